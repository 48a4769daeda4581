"""Tests of scrapelint.io."""
