"""scrapelint: lint and clean corpora of scraped news text."""

__version__ = "0.1.0"
