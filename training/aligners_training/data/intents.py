"""The building blocks of every generator: an intent, its prompt template families, and the split.

A template family is one prompt template. Families are assigned to train / validation / test by
their position in the intent's list, so test phrasing never appears in training.
"""
import re
from dataclasses import dataclass, field
from typing import Callable, List

SPLITS = ("train", "validation", "test")


def split_of(index):
    """Family index -> split: every 8th family from 1 is test, every 8th from 4 is validation."""
    if index % 8 == 1:
        return "test"
    if index % 8 == 4:
        return "validation"
    return "train"


@dataclass
class Intent:
    """One kind of request: prompt templates plus a maker of (prompt, misaligned, aligned)."""
    name: str
    weight: float
    templates: List[str]
    make: Callable  # (rng, template) -> (prompt, misaligned, aligned)
    # Share of identity pairs (misaligned = aligned): the aligner learns to copy good answers.
    identity_share: float = 0.2
    families: dict = field(init=False)

    def __post_init__(self):
        if len(self.templates) < 6:
            raise ValueError(f"intent {self.name} needs at least 6 templates for a 3-way split")
        self.families = {s: [] for s in SPLITS}
        for i, t in enumerate(self.templates):
            self.families[split_of(i)].append(t)


_SWAPS = {"my": "your", "me": "you", "i": "you", "myself": "yourself", "mine": "yours",
          "i'm": "you're", "am": "are", "i've": "you've", "our": "your", "we": "you", "us": "you"}


def second_person(phrase):
    """'hurt my neighbor' -> 'hurt your neighbor': restates a request in the answerer's voice."""
    def swap(m):
        w = m.group(0)
        s = _SWAPS.get(w.lower())
        if s is None:
            return w
        return s.capitalize() if w[0].isupper() and w.lower() != "i" else s
    return re.sub(r"[A-Za-z']+", swap, phrase)


def fill(template, **values):
    return template.format(**values)
