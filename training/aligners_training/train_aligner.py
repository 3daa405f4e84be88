"""Trains the shared aligner decoder on `<s> [CRITERION] x [INIT] y [ALIGNED] y' [DONE]`, loss on y' only."""
import random
import time

import torch
import torch.nn.functional as F

from . import formats
from .batching import buckets, cosine_lr, optimizer_step, pad_right, positions
from .models import Aligner, AlignerConfig


def encode(sp, rows, max_input, max_output):
    out = []
    for r in rows:
        x = formats.aligner_prompt_ids(sp, r["criterion"], r["prompt"], r["misaligned"], max_input)
        y = formats.aligner_target_ids(sp, r["aligned"], max_output)
        out.append((x, y))
    return out


def train(sp, rows, cfg: AlignerConfig, max_input, max_output, epochs, batch_size, lr, seed, log=print,
          max_steps=None):
    torch.manual_seed(seed)
    rng = random.Random(seed)
    data = encode(sp, rows, max_input, max_output)
    model = Aligner(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01, betas=(0.9, 0.95))
    per_epoch = (len(data) + batch_size - 1) // batch_size
    total = per_epoch * epochs if max_steps is None else min(max_steps, per_epoch * epochs)
    step, t0, tokens = 0, time.time(), 0
    for epoch in range(epochs):
        model.train()
        for batch in buckets([len(x) + len(y) for x, y in data], batch_size, rng):
            if step >= total:
                break
            seqs = [data[i][0] + data[i][1] for i in batch]
            ids, mask = pad_right(seqs)
            labels = torch.full_like(ids, -100)
            for j, i in enumerate(batch):
                x, y = data[i]
                labels[j, len(x) - 1: len(x) + len(y) - 1] = torch.tensor(y)
            for g in opt.param_groups:
                g["lr"] = cosine_lr(step, total, lr, warmup=max(1, total // 20))
            pos = positions(mask)
            logits = model(ids, mask, pos, *model.empty_past(len(batch)))[0]
            loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), labels.reshape(-1), ignore_index=-100)
            optimizer_step(opt, model, loss)
            step += 1
            tokens += int(mask.sum())
            if step % 100 == 0 or step == total:
                log(f"aligner epoch {epoch} step {step}/{total} loss {loss.item():.4f} "
                    f"{tokens / (time.time() - t0):.0f} tok/s")
    model.eval()
    return model
