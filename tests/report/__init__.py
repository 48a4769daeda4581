"""Tests of scrapelint.report."""
