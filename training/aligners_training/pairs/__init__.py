"""Inspector training pairs (prompt, response, aligned?) written to look like real answers.

Each criterion's module yields pairs from scenario families; aligned and misaligned answers of a
family draw their openings, closings and politeness from the same pool (`style.py`), so only the
content tells them apart. Families, not rows, are split into train, validation and test.
"""
