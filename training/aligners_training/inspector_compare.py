"""Two cross-encoder inspectors of a criterion on the same held-out pairs: each scored by its own
committed ONNX weights (rebuilt in PyTorch with the quantized arithmetic, one row per run, as the
runtime does) at its own threshold, on the validation and test splits of `build()`, and on the
rows of those splits that `real_pairs.py` added (the ones written like answers from outside).

Usage: python3 -m aligners_training.inspector_compare --criterion helpful --models models /tmp/new/models
"""
import argparse
import json
from pathlib import Path

import numpy as np

from . import cross_encoder
from .inspector_common import metrics
from .pairs.build import build


def compare(criterion, folders, seed=20261126, splits=("validation", "test")):
    data = build(seed, open_vocabulary=True, real_answers=True)[criterion]
    before = build(seed, open_vocabulary=True, real_answers=False)[criterion]
    report = {}
    for folder in folders:
        model, tokenizer = cross_encoder.rebuild(folder, criterion)
        threshold = json.loads((Path(folder) / f"inspector-{criterion}" / "model.json").read_text())["threshold"]
        entry = {"threshold": threshold}
        for split in splits:
            rows = data[split]
            s = cross_encoder.scores(model, tokenizer, rows)
            y = np.array([r[2] for r in rows])
            added = np.array([r not in set(before[split]) for r in rows])
            entry[split] = metrics(s, y, threshold)
            entry[f"{split}Real"] = metrics(s[added], y[added], threshold)
            entry[f"{split}Earlier"] = metrics(s[~added], y[~added], threshold)
        report[str(folder)] = entry
    return report


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--criterion", required=True, choices=("ethical", "helpful"))
    ap.add_argument("--models", nargs="+", required=True, help="models folders, each with inspector-<criterion> as a cross-encoder")
    ap.add_argument("--seed", type=int, default=20261126)
    args = ap.parse_args(argv)
    print(json.dumps(compare(args.criterion, args.models, args.seed), indent=2))


if __name__ == "__main__":
    main()
