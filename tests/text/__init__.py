"""Tests of scrapelint.text."""
