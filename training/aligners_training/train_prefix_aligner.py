"""Fine-tunes the prefix-LM aligner (`prefix_aligner.py`) in two phases.

1. The template triples and the family triples of answers phrased like real ones
   (`pairs/triples.py`): PHASE1_STEPS of a PHASE1_SCHEDULE-step cosine schedule.
2. From there, the same rows and the open triples (`pairs/open_triples.py`), PHASE2_STEPS with a
   new warm-up. Phase 1 alone learnt the families by heart and recited them for unseen requests;
   the open triples can only be learnt by copying from the input.

    python3 -m aligners_training.train_prefix_aligner --phase 1 --out work/prefix-aligner-1.pt
    python3 -m aligners_training.train_prefix_aligner --phase 2 --init work/prefix-aligner-1.pt --out work/prefix-aligner.pt

The word embeddings stay as pretrained (they are also the output weights): the rewrite can then use
words the triples never contain, with the meaning the encoder learnt for them. A checkpoint is
written every `--save-every` steps, so a long run can be exported while it goes on.
"""
import argparse
import random
import time

import torch

from . import prefix_aligner as P
from .batching import cosine_lr
from .data import generate
from .pairs import open_triples, triples

# Template triples per criterion: the aligner keeps what the template-trained one did, with the
# broader triples (answers phrased like real ones) seen TRIPLE_REPEATS times as often.
TEMPLATE_ROWS = {"ethical": 3000, "factuality": 3000, "helpful": 3000}
TRIPLE_REPEATS = 2
MAX_INPUT, MAX_OUTPUT = 192, 96
BATCH_TOKENS = 2400
PHASE1_SCHEDULE, PHASE1_STEPS, PHASE1_LR = 1400, 800, 1.5e-4
PHASE2_STEPS, PHASE2_LR = 800, 1e-4


def rows(seed, smoke=False, open_rows=False):
    template = generate.generate(seed, {c: 100 if smoke else n for c, n in TEMPLATE_ROWS.items()})["train"]
    extra = triples.build()["train"]
    out = template + (extra[:200] if smoke else extra * TRIPLE_REPEATS)
    if open_rows:
        more = open_triples.build()
        out += more[:200] if smoke else more
    return out


def encode(wp, data):
    return [(P.prefix_ids(wp, r["criterion"], r["prompt"], r["misaligned"], MAX_INPUT),
             P.target_ids(wp, r["aligned"], MAX_OUTPUT)) for r in data]


def batches(data, batch_tokens, rng):
    """Batches of similar total length holding about `batch_tokens` tokens each, shuffled."""
    order = sorted(range(len(data)), key=lambda i: (len(data[i][0]) + len(data[i][1]), rng.random()))
    out, cur, width = [], [], 0
    for i in order:
        n = len(data[i][0]) + len(data[i][1])
        if cur and max(width, n) * (len(cur) + 1) > batch_tokens:
            out.append(cur)
            cur, width = [], 0
        cur.append(i)
        width = max(width, n)
    if cur:
        out.append(cur)
    rng.shuffle(out)
    return out


def train(model, data, steps, batch_tokens, lr, seed, out, save_every, log=print, stop_at=None):
    """`steps` of a cosine schedule (stopping early at `stop_at`), checkpoints into `out`."""
    torch.manual_seed(seed)
    rng = random.Random(seed)
    model.word.weight.requires_grad = False
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    step, t0, seen = 0, time.time(), 0
    last = min(steps, stop_at or steps)
    while step < last:
        for batch in batches(data, batch_tokens, rng):
            if step >= last:
                break
            model.train()
            for g in opt.param_groups:
                g["lr"] = cosine_lr(step, steps, lr, warmup=max(1, steps // 20))
            loss = P.loss_on(model, [data[i] for i in batch])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            step += 1
            seen += len(batch)
            if step % 20 == 0 or step == last:
                log(f"prefix aligner step {step}/{last} loss {loss.item():.4f} rows {seen} "
                    f"{(time.time() - t0) / step:.2f} s/step")
            if step % save_every == 0 or step == last:
                torch.save(model.state_dict(), out)
    model.eval()
    return model


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--phase", type=int, choices=(1, 2), required=True)
    ap.add_argument("--init", help="phase 2: the state dict phase 1 wrote")
    ap.add_argument("--seed", type=int, default=20240306)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--save-every", type=int, default=100)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    model, wp, _ = P.load()
    if args.init:
        model.load_state_dict(torch.load(args.init))
    run_phase(model, wp, args.phase, args.seed, args.out, args.save_every, log=lambda m: print(m, flush=True))


def run_phase(model, wp, phase, seed, out, save_every=100, smoke=False, log=print):
    data = encode(wp, rows(seed, smoke, open_rows=phase == 2))
    log(f"prefix aligner phase {phase}: {len(data)} rows, mean length {sum(len(x) + len(y) for x, y in data) / len(data):.0f}")
    if phase == 1:
        steps, stop_at, lr = (3, None, PHASE1_LR) if smoke else (PHASE1_SCHEDULE, PHASE1_STEPS, PHASE1_LR)
    else:
        steps, stop_at, lr = (3 if smoke else PHASE2_STEPS), None, PHASE2_LR
    return train(model, data, steps, BATCH_TOKENS, lr, seed + phase - 1, out, save_every, log=log, stop_at=stop_at)


if __name__ == "__main__":
    main()
