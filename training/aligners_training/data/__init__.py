"""Synthetic triples (prompt, misaligned, aligned) for the three alignment criteria."""
