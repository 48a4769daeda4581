"""Tests of scrapelint.run."""
