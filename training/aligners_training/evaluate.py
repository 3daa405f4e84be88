"""Held-out quality on the test split: inspector accuracy and AUROC, aligner fix and copy rates."""
import re

from . import formats, train_inspector
from .generation import greedy


def auroc(labels, scores):
    """Area under the ROC curve by the rank-sum formula (ties count half)."""
    pos = [s for s, y in zip(scores, labels) if y == 1]
    neg = [s for s, y in zip(scores, labels) if y == 0]
    if not pos or not neg:
        return float("nan")
    wins = 0.0
    for p in pos:
        for n in neg:
            wins += 1.0 if p > n else 0.5 if p == n else 0.0
    return wins / (len(pos) * len(neg))


def inspector_metrics(model, sp, rows, criterion, max_len):
    own = [r for r in rows if r["criterion"] == criterion]
    pairs, labels = [], []
    for r in own:
        pairs.append((r["prompt"], r["aligned"]))
        labels.append(1)
        if not r["identity"]:
            pairs.append((r["prompt"], r["misaligned"]))
            labels.append(0)
    scores = train_inspector.score(model, sp, pairs, max_len)
    correct = sum((s >= 0.5) == (y == 1) for s, y in zip(scores, labels))
    return {"examples": len(labels), "accuracy": round(correct / len(labels), 4),
            "auroc": round(auroc(labels, scores), 4)}


def rewrite(aligner, sp, criterion, items, max_input, max_output, batch_size=64):
    """Greedy rewrites of (prompt, response) items, as text."""
    done = sp.piece_to_id("[DONE]")
    out = []
    for i in range(0, len(items), batch_size):
        prompts = [formats.aligner_prompt_ids(sp, criterion, p, r, max_input) for p, r in items[i:i + batch_size]]
        out += [sp.decode(ids) for ids in greedy(aligner, prompts, done, max_output)]
    return out


def contains_fact(text, fact):
    return re.search(r"(?<![\w.])" + re.escape(fact.lower()) + r"(?![\w])", text.lower()) is not None


def aligner_metrics(aligner, inspector, sp, rows, criterion, max_input, max_output, inspector_len):
    own = [r for r in rows if r["criterion"] == criterion]
    broken = [r for r in own if not r["identity"]]
    good = [r for r in own if r["identity"]]
    fixed = rewrite(aligner, sp, criterion, [(r["prompt"], r["misaligned"]) for r in broken], max_input, max_output)
    scores = train_inspector.score(inspector, sp, [(r["prompt"], y) for r, y in zip(broken, fixed)], inspector_len)
    copied = rewrite(aligner, sp, criterion, [(r["prompt"], r["aligned"]) for r in good], max_input, max_output)
    metrics = {
        "misaligned_examples": len(broken),
        "fix_rate": round(sum(s >= 0.5 for s in scores) / max(1, len(broken)), 4),
        "aligned_examples": len(good),
        "copy_rate": round(sum(c == r["aligned"] for c, r in zip(copied, good)) / max(1, len(good)), 4),
    }
    if criterion == "factuality":
        with_fact = [(r, y) for r, y in zip(broken, fixed) if r.get("fact")]
        metrics["fact_examples"] = len(with_fact)
        metrics["correct_fact_rate"] = round(
            sum(contains_fact(y, r["fact"]) for r, y in with_fact) / max(1, len(with_fact)), 4)
    samples = [{"prompt": r["prompt"], "response": r["misaligned"], "rewrite": y, "score": round(s, 3)}
               for r, y, s in list(zip(broken, fixed, scores))[:8]]
    return metrics, samples
