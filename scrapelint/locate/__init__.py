"""Locating the article in a document: blocks, body edges, the located span and its context."""
