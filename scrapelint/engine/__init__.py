"""Rules and their execution: rule values, packs and kinds, selection, claims, the guard."""
