"""WordNet 3.0 nouns (Debian's `wordnet-base`, /usr/share/wordnet), for vocabulary the hand-written
families cannot hold: every kind of instrument, sport, dish, plant or subject, with its gloss.
Reads the database files directly; nothing is downloaded."""
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DICT = Path(os.environ.get("WORDNET_DICT", "/usr/share/wordnet"))


@dataclass(frozen=True)
class Synset:
    offset: str
    words: tuple
    hyponyms: tuple
    gloss: str


def available():
    return (DICT / "data.noun").exists()


@lru_cache(maxsize=1)
def _nouns():
    if not available():
        raise FileNotFoundError(f"WordNet not found at {DICT}: install Debian's wordnet-base")
    synsets = {}
    with open(DICT / "data.noun", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue  # the licence header
            head, _, gloss = line.partition(" | ")
            parts = head.split()
            count = int(parts[3], 16)
            words = tuple(parts[4 + 2 * i].replace("_", " ") for i in range(count))
            at = 4 + 2 * count
            pointers = int(parts[at])
            # Each pointer is (symbol, offset, pos, source/target); '~' and '~i' lead to hyponyms.
            hyponyms = tuple(parts[at + 2 + 4 * i] for i in range(pointers)
                             if parts[at + 1 + 4 * i] in ("~", "~i") and parts[at + 3 + 4 * i] == "n")
            synsets[parts[0]] = Synset(parts[0], words, hyponyms, gloss.split(";")[0].strip())
    return synsets


def synset(word, sense=1):
    """The `sense`-th noun sense of `word` (WordNet's order, most frequent first)."""
    key = word.replace(" ", "_").lower()
    with open(DICT / "index.noun", encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if parts and parts[0] == key:
                offsets = parts[-int(parts[2]):]
                return _nouns()[offsets[sense - 1]]
    raise KeyError(f"{word} is not a WordNet noun")


def kinds(word, sense=1, limit_words=3):
    """Every synset below `word`'s sense, as (name, gloss): the first lemma of each, of at most
    `limit_words` words, lower-case lemmas only (proper names are left out)."""
    out, seen, stack = [], set(), [synset(word, sense).offset]
    nouns = _nouns()
    while stack:
        s = nouns[stack.pop()]
        for h in s.hyponyms:
            if h in seen:
                continue
            seen.add(h)
            child = nouns[h]
            name = child.words[0].split("(")[0]
            if name.islower() and len(name.split()) <= limit_words and name.replace(" ", "").replace("-", "").isalpha():
                out.append((name, child.gloss))
            stack.append(h)
    return sorted(out)
