"""Writes the synthetic triples: deterministic from a seed, split by template family.

Usage: python -m aligners_training.data.generate --out DIR [--seed N] [--per-criterion N]
"""
import argparse
import hashlib
import json
import os
import random
import re

from . import ethical, factuality, helpful
from .intents import SPLITS

CRITERIA = {"ethical": ethical, "factuality": factuality, "helpful": helpful}
SPLIT_SHARE = {"train": 1.0, "validation": 0.1, "test": 0.1}


def _words(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def near_duplicate(misaligned, aligned):
    """A non-identity pair whose words are the same (only case, spacing or punctuation differ)
    teaches no correction, so it is dropped."""
    return misaligned != aligned and _words(misaligned) == _words(aligned)


def generate(seed, train_per_criterion):
    """Returns {split: [triple, ...]} for all criteria, in a deterministic order.

    `train_per_criterion` is a count, or a {criterion: count} for criteria that need more data
    (factuality has facts to learn, not just a style)."""
    out = {s: [] for s in SPLITS}
    for criterion in sorted(CRITERIA):
        rng = random.Random(f"{seed}/{criterion}")
        intents = CRITERIA[criterion].intents()
        weights = [i.weight for i in intents]
        seen = set()
        for split in SPLITS:
            per = train_per_criterion[criterion] if isinstance(train_per_criterion, dict) else train_per_criterion
            target = max(1, int(per * SPLIT_SHARE[split]))
            rows, attempts = [], 0
            while len(rows) < target:
                attempts += 1
                if attempts > target * 50:
                    raise RuntimeError(f"{criterion}/{split}: could not reach {target} distinct triples")
                intent = rng.choices(intents, weights)[0]
                template = rng.choice(intent.families[split])
                made = intent.make(rng, template)
                prompt, mis, ali = made[:3]
                fact = made[3] if len(made) > 3 else None
                if rng.random() < intent.identity_share:
                    mis = ali
                if near_duplicate(mis, ali):
                    continue
                key = (prompt.lower(), mis)
                if key in seen:
                    continue
                seen.add(key)
                row = {"criterion": criterion, "intent": intent.name, "family": f"{intent.name}/{template}"[:80],
                       "split": split, "prompt": prompt, "misaligned": mis, "aligned": ali,
                       "identity": mis == ali}
                if criterion == "factuality":
                    row["fact"] = fact
                rows.append(row)
            out[split] += rows
    return out


def write(out_dir, data):
    """Writes one JSONL per split and returns the SHA-256 over all of them (the data hash)."""
    os.makedirs(out_dir, exist_ok=True)
    digest = hashlib.sha256()
    for split in SPLITS:
        path = os.path.join(out_dir, f"{split}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for row in data[split]:
                line = json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n"
                f.write(line)
                digest.update(line.encode("utf-8"))
    return digest.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20240306)
    ap.add_argument("--per-criterion", type=int, default=11000)
    args = ap.parse_args()
    data = generate(args.seed, args.per_criterion)
    print(write(args.out, data))


if __name__ == "__main__":
    main()
