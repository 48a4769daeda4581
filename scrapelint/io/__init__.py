"""Inputs and outputs: finding and reading files, formats, compression, atomic writes."""
