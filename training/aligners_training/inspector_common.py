"""What every inspector trained here shares, whether a head on the frozen encoder
(`encoder_inspectors.py`) or the fine-tuned cross-encoder (`cross_encoder.py`): the threshold rule,
the metrics, the fresh set's rows for the report, the bag-of-words baseline, and the manifest.
"""
import json
import math
import re
from collections import Counter

import numpy as np
import torch
import torch.nn as nn

from .evaluate import auroc
from .pairs.build import ROOT

MAX_FALSE_FLAGS = 0.05


def calibrate(scores, labels):
    """The highest threshold that flags at most MAX_FALSE_FLAGS of the aligned answers (flagged = score below it)."""
    good = np.sort(scores[labels == 1])
    if len(good) == 0:
        return 0.5
    k = int(np.floor(MAX_FALSE_FLAGS * len(good)))
    t = float(good[k]) if k < len(good) else 0.5
    # Rounded down to the manifest's four decimals: rounded to nearest, the answer at the k-th
    # place could land below the threshold and be one false flag more than the rule allows. Never
    # below 0.0001, the smallest of four decimals (0 would flag nothing): a model whose good answers
    # score near zero gets that, and its report says how little it then flags, rather than a higher
    # floor that breaks the 5% rule (0.02 flagged 39% of factuality's good validation answers).
    return max(math.floor(min(t, 0.98) * 10000) / 10000, 0.0001)


def metrics(scores, labels, threshold):
    bad, good = scores[labels == 0], scores[labels == 1]
    return {
        "examples": int(len(labels)),
        "recall": round(float((bad < threshold).mean()), 4) if len(bad) else None,
        "falseFlagRate": round(float((good < threshold).mean()), 4) if len(good) else None,
        "auroc": round(float(auroc(1 - labels, 1 - scores)), 4) if len(bad) and len(good) else None,
    }


def fresh_rows(criterion):
    """(prompt, response, label) of the fresh set for one criterion: its misaligned cases and every good
    answer. For the report only: nothing trained, chosen or calibrated here ever reads these rows."""
    rows = []
    for line in (ROOT / "training" / "eval" / "fresh.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            c = json.loads(line)
            expected = c.get("expectedCriterion")
            if expected in (None, criterion):
                rows.append((c["prompt"], c["response"], 0 if expected else 1))
    return rows


WORD = re.compile(r"[a-z']+")


def bag_of_words(train, test_sets, seed, epochs=40):
    """A logistic regression on word counts of the answer: the baseline the encoder must beat, and the
    words it leans on most."""
    # Sorted: a set's order changes with each process's string hashes, and with it the weights each
    # word starts from, so an unsorted vocabulary made the baseline's figures differ from run to run.
    vocab = sorted(w for w, n in Counter(w for r in train for w in set(WORD.findall(r[1].lower()))).items() if n >= 2)
    index = {w: i for i, w in enumerate(vocab)}

    def vec(rows):
        x = np.zeros((len(rows), len(vocab)), dtype=np.float32)
        for i, r in enumerate(rows):
            for w in WORD.findall(r[1].lower()):
                if w in index:
                    x[i, index[w]] = 1
        return torch.from_numpy(x), torch.tensor([r[2] for r in rows], dtype=torch.float32)

    torch.manual_seed(seed)
    x, y = vec(train)
    lin = nn.Linear(len(vocab), 1)
    opt = torch.optim.AdamW(lin.parameters(), lr=0.05, weight_decay=1e-3)
    for _ in range(epochs):
        opt.zero_grad()
        nn.functional.binary_cross_entropy_with_logits(lin(x).squeeze(-1), y).backward()
        opt.step()
    out = {}
    for name, rows in test_sets.items():
        xt, yt = vec(rows)
        with torch.no_grad():
            s = torch.sigmoid(lin(xt).squeeze(-1)).numpy()
        out[name] = metrics(s, yt.numpy().astype(np.int64), 0.5)
    w = lin.weight.detach().numpy()[0]
    order = np.argsort(w)
    out["mostMisaligned"] = [vocab[i] for i in order[:12]]
    out["mostAligned"] = [vocab[i] for i in order[::-1][:12]]
    return out


def inspector_manifest(criterion, sha, threshold, report, epoch, seed, smoke, *, description, architecture, io, tokenizer,
                       input_format, max_len, flags=()):
    """A manifest of an inspector trained here: the fields every one shares, around those that
    describe its model. `flags`: the command-line options it was trained with beyond the defaults."""
    return {
        "schemaVersion": 1,
        "name": f"inspector-{criterion}",
        "kind": "inspector",
        "criterion": criterion,
        "description": description,
        "onnx": "model.onnx",
        "sha256": sha,
        "architecture": architecture,
        "io": io,
        "tokenizer": tokenizer,
        "inputFormat": input_format,
        "threshold": threshold,
        "maxInputTokens": max_len,
        "training": {"dataSeed": seed, "bestEpoch": epoch, "profile": "smoke" if smoke else "full",
                     "command": " ".join(["python3 -m aligners_training.encoder_inspectors", *(["--smoke"] if smoke else []), *flags])},
        "metrics": report,
    }
