"""Tests of scrapelint.cli."""
