"""PyTorch eager timings of the shipped weights, for the side-by-side in docs/performance.md.

The benchmark harness (bench/Aligners.Bench) writes the token ids it uses and runs this script
with the same thread count; both sides then time the same work:

    python3 -m aligners_training.pytorch_baseline --models ../models --inputs ids.json --threads 2
"""
import argparse
import json
import os
import statistics
import time

import torch

from . import export
from .batching import pad_left, pad_right, positions
from .models import Aligner, AlignerConfig, Inspector, InspectorConfig


def load(models, name, cls, cfg_cls):
    with open(os.path.join(models, name, "model.json")) as f:
        m = json.load(f)
    arch = {k: v for k, v in m["architecture"].items() if k != "type"}
    return export.load_weights(cls(cfg_cls(**arch)), os.path.join(models, name, m["onnx"]))


def median_seconds(fn, warmup=2, trials=5):
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(trials):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


@torch.no_grad()
def inspector_rates(model, ids):
    inputs = [ids[i % len(ids)] for i in range(32)]
    rates = {}
    for batch in (1, 8, 32):
        batches = [pad_right(inputs[i:i + batch]) for i in range(0, 32, batch)]
        seconds = median_seconds(lambda: [model(x, m) for x, m in batches])
        rates[str(batch)] = round(32 / seconds, 1)
    return rates


@torch.no_grad()
def decode_rate(model, prompts, new_tokens=64):
    ids, mask = pad_left(prompts)
    pos = positions(mask)
    samples = []
    for trial in range(7):
        out = model(ids, mask, pos, *model.empty_past(len(prompts)))
        logits, past = out[0], list(out[1:])
        m, p = mask, pos
        start = time.perf_counter()
        nxt = logits[:, -1].argmax(-1)
        for _ in range(new_tokens - 1):
            m = torch.cat([m, torch.ones(len(prompts), 1, dtype=torch.long)], dim=1)
            p = p[:, -1:] + 1
            out = model(nxt.unsqueeze(1), m, p, *past)
            logits, past = out[0], list(out[1:])
            nxt = logits[:, -1].argmax(-1)
        if trial >= 2:
            samples.append(time.perf_counter() - start)
    return round(len(prompts) * (new_tokens - 1) / statistics.median(samples), 1)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", required=True)
    ap.add_argument("--inputs", required=True)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    with open(args.inputs) as f:
        data = json.load(f)
    inspector = load(args.models, "inspector-factuality", Inspector, InspectorConfig)
    aligner = load(args.models, "aligner-helpful", Aligner, AlignerConfig)
    result = {
        "torch": torch.__version__,
        "threads": args.threads,
        "inspectorPairsPerSecond": inspector_rates(inspector, data["inspector"]),
        "alignerDecodeTokensPerSecond": {str(b): decode_rate(aligner, data["aligner"][:b]) for b in (1, 8)},
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
