"""Text model: the document and its lines, normal forms, prose measures, scripts, findings."""
