"""Golden files: fixed inputs with the PyTorch outputs the C# parity tests must reproduce."""
import json
import os

import torch

from . import formats
from . import tokenizer as tk
from .generation import first_step_logits, greedy

# Inputs outside the corpus: the unknown-character rule and truncation must match too.
EXTRA_TEXTS = [
    "Wie geht's? Café, naïve, 日本語 and an emoji 🙂 are outside the vocabulary.",
    "  Leading and   repeated   spaces survive as one.  ",
]


def pick(rows, criterion, n):
    """n test inputs for one criterion: misaligned and already-aligned ones, deterministic."""
    own = [r for r in rows if r["criterion"] == criterion]
    broken = [r for r in own if not r["identity"]][: n - n // 4]
    good = [r for r in own if r["identity"]][: n // 4]
    return [(r["prompt"], r["misaligned"]) for r in broken + good]


def rounded(values, digits=6):
    """`values` as floats rounded to `digits` places, as the golden files hold them."""
    return [round(float(v), digits) for v in values]


def tokenizer_cases(sp, rows):
    texts = [r["prompt"] for r in rows[:: max(1, len(rows) // 40)]] + EXTRA_TEXTS
    return {"tokenizer": "tokenizer/tokenizer.model",
            "cases": [{"text": t, "ids": tk.encode(sp, t)} for t in texts]}


@torch.no_grad()
def inspector_cases(model, sp, items, max_len):
    long_prompt = " ".join(["Please tell me about the capital of France and its history."] * 40)
    items = items + [(long_prompt, "The capital of France is Paris. " * 30)]
    cases = []
    for prompt, response in items:
        ids = formats.inspector_ids(sp, prompt, response, max_len)
        logits = model(torch.tensor([ids]), torch.ones(1, len(ids), dtype=torch.long))[0]
        cases.append({"prompt": prompt, "response": response, "input_ids": ids, "logits": rounded(logits)})
    return {"max_input_tokens": max_len, "cases": cases}


@torch.no_grad()
def aligner_cases(model, sp, criterion, items, max_input, max_output):
    done = sp.piece_to_id("[DONE]")
    cases = []
    for prompt, response in items:
        ids = formats.aligner_prompt_ids(sp, criterion, prompt, response, max_input)
        new = greedy(model, [ids], done, max_output)[0]
        cases.append({"prompt": prompt, "response": response, "input_ids": ids,
                      "first_step_logits": rounded(first_step_logits(model, ids)),
                      "greedy_ids": new, "greedy_text": sp.decode(new)})
    return {"criterion": criterion, "max_input_tokens": max_input, "max_new_tokens": max_output, "cases": cases}


def write(path, payload):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(payload, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


def compare_logits(expected, actual, tol):
    worst = max(abs(a - b) for a, b in zip(expected, actual))
    if len(expected) != len(actual) or worst > tol:
        raise AssertionError(f"logits differ by {worst} (tolerance {tol})")
