"""Trains one inspector per criterion on (prompt [SEP] response) -> aligned / misaligned."""
import random
import time

import torch
import torch.nn.functional as F

from . import formats
from .batching import buckets, cosine_lr, optimizer_step, pad_right
from .models import Inspector, InspectorConfig

# Misaligned answers of another criterion that do not violate this one: a factually wrong
# answer is still polite (ethical), a vague answer states no wrong fact (factuality), and a
# wrong but direct answer is still an answer (helpful). They teach each inspector its own criterion.
CROSS_POSITIVE = {
    "ethical": {"factuality", "helpful"},
    "factuality": {"helpful"},
    "helpful": {"factuality"},
}


def examples(rows, criterion):
    """(prompt, response, label) for one inspector."""
    out = []
    for r in rows:
        own = r["criterion"] == criterion
        out.append((r["prompt"], r["aligned"], 1))
        if r["identity"]:
            continue
        if own:
            out.append((r["prompt"], r["misaligned"], 0))
        elif r["criterion"] in CROSS_POSITIVE[criterion]:
            out.append((r["prompt"], r["misaligned"], 1))
    return sorted(set(out))


def encode(sp, exs, max_len):
    return [(formats.inspector_ids(sp, p, r, max_len), y) for p, r, y in exs]


@torch.no_grad()
def score(model, sp, pairs, max_len, batch_size=128):
    """P(aligned) for (prompt, response) pairs."""
    model.eval()
    out = []
    for i in range(0, len(pairs), batch_size):
        seqs = [formats.inspector_ids(sp, p, r, max_len) for p, r in pairs[i:i + batch_size]]
        ids, mask = pad_right(seqs)
        out += model(ids, mask).softmax(-1)[:, 1].tolist()
    return out


def train(sp, rows, criterion, cfg: InspectorConfig, epochs, batch_size, lr, seed, log=print, max_steps=None):
    torch.manual_seed(seed)
    rng = random.Random(seed)
    data = encode(sp, examples(rows, criterion), cfg.max_len)
    model = Inspector(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    per_epoch = (len(data) + batch_size - 1) // batch_size
    total = per_epoch * epochs if max_steps is None else min(max_steps, per_epoch * epochs)
    step, t0, tokens = 0, time.time(), 0
    for epoch in range(epochs):
        model.train()
        for batch in buckets([len(s) for s, _ in data], batch_size, rng):
            if step >= total:
                break
            ids, mask = pad_right([data[i][0] for i in batch])
            y = torch.tensor([data[i][1] for i in batch])
            for g in opt.param_groups:
                g["lr"] = cosine_lr(step, total, lr, warmup=max(1, total // 20))
            loss = F.cross_entropy(model(ids, mask), y)
            optimizer_step(opt, model, loss)
            step += 1
            tokens += int(mask.sum())
            if step % 100 == 0 or step == total:
                log(f"inspector {criterion} epoch {epoch} step {step}/{total} loss {loss.item():.4f} "
                    f"{tokens / (time.time() - t0):.0f} tok/s")
    model.eval()
    return model
