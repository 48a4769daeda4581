"""Runs spread over a Ray cluster (`--engine ray`, the optional `ray` extra)."""
