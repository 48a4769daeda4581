"""Tests of scrapelint.engine."""
