"""The report of a run and what reads it: summary, gate, baseline, restore, output formats."""
