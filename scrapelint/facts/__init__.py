"""Facts about a document: dates, attribution, language, metadata, and the corpus policy."""
