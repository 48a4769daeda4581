"""Tests of scrapelint.facts."""
