"""Tests of scrapelint.locate."""
