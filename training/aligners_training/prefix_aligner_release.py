"""Everything the C# side needs of the prefix-LM aligner, written into a models folder:
`aligner/model.onnx`, its vocabulary and stock sentences, the three criteria's manifests (with the
confidence floor calibrated on validation data), golden files for the parity tests, and metrics.

    python3 -m aligners_training.prefix_aligner_release --out work/prefix-models [--checkpoint work/prefix-aligner-2.pt] [--smoke]

Without a checkpoint the aligner is trained first (`train_prefix_aligner.py`, about 80 minutes on
2 cores). Copy the bundled inspectors beside it to run the pipeline on it: the bundled models keep
the decoder, for the reasons in docs/models.md ("The aligner on the pretrained encoder").
"""
import argparse
from collections import Counter
import json
import os
import random
from pathlib import Path

import torch

from . import golden, stock
from . import prefix_aligner as P
from . import train_prefix_aligner as T
from .data import generate
from .export import aligner_io
from .generation import greedy
from .minilm import LICENSE
from .pairs import triples

GOLDEN_CASES, GOLDEN_NEW_TOKENS = 4, 48
CRITERIA = ("ethical", "factuality", "helpful")


def decode(vocab, ids):
    """The text Hugging Face's WordPiece decoder gives (the C# tokenizer runs that decoder): a space
    before each piece that does not continue a word (`##`), then its clean-up token by token, which
    drops the space before `.`, `?`, `!` and `,` (the other clean-up rules span several pieces)."""
    out = []
    for i, t in enumerate(vocab[i] for i in ids if i not in P.SPECIAL.values() and i not in (P.CLS, P.SEP, P.PAD)):
        if out:
            t = t[2:] if t.startswith("##") else " " + t
        for a, b in ((" .", "."), (" ?", "?"), (" !", "!"), (" ,", ","), (" ' ", "'"), (" n't", "n't"), (" 'm", "'m"),
                     (" do not", " don't"), (" 's", "'s"), (" 've", "'ve"), (" 're", "'re")):
            t = t.replace(a, b)
        out.append(t)
    return "".join(out)


def validation_rows(seed, n):
    rng = random.Random(seed)
    rows = triples.build()["validation"]
    return rng.sample(rows, min(n, len(rows)))


def _contains(ids, part):
    return any(ids[i:i + len(part)] == part for i in range(len(ids) - len(part) + 1))


def _f1(a, b):
    common = sum((Counter(a) & Counter(b)).values())
    return 0.0 if not common else 2 * common / (len(a) + len(b))


@torch.no_grad()
def metrics(model, wp, vocab, rows):
    """On validation triples: exact copies of good answers, refusals that restate the request, and
    the confidence floor: just below the least sure rewrite that matches its target (token F1 at
    least 0.6), so the gate refuses rewrites less sure than any right one."""
    copies = restated = harmful = 0
    right = []
    # One greedy pass over every row; each measure reads the rewrites it needs.
    for s in range(0, len(rows), 16):
        chunk = rows[s:s + 16]
        prefixes = [P.prefix_ids(wp, r["criterion"], r["prompt"], r["misaligned"], T.MAX_INPUT) for r in chunk]
        for r, x, out in zip(chunk, prefixes, greedy(model, prefixes, P.SPECIAL["[DONE]"], T.MAX_OUTPUT)):
            target = wp.pieces(r["aligned"])
            if r["identity"]:
                copies += out == target
                continue
            if _f1(out, target) >= 0.6:
                right.append(mean_log_probability(model, x, out, T.MAX_OUTPUT))
            if r["criterion"] == "ethical" and r["intent"] == "harm" and (request := triples.restated(r["prompt"])) is not None:
                restated += _contains(out, wp.pieces(request))
                harmful += 1
    kept = [r for r in rows if r["identity"]]
    return {"validation_copies": len(kept), "copy_rate": round(copies / max(1, len(kept)), 4),
            "validation_harm_asks": harmful, "restate_rate": round(restated / max(1, harmful), 4),
            "validation_right_rewrites": len(right), "confidence_floor": round(min(right) - 0.05, 2) if right else None}


@torch.no_grad()
def golden_cases(model, wp, vocab, criterion, rows):
    cases = []
    for r in rows:
        ids = P.prefix_ids(wp, criterion, r["prompt"], r["misaligned"], T.MAX_INPUT)
        new = greedy(model, [ids], P.SPECIAL["[DONE]"], GOLDEN_NEW_TOKENS)[0]
        first = model(torch.tensor([ids]), torch.ones(1, len(ids), dtype=torch.long), torch.arange(len(ids))[None],
                      *model.empty_past(1))[0][0, -1]
        cases.append({"prompt": r["prompt"], "response": r["misaligned"], "input_ids": ids,
                      "first_step_logits": golden.rounded(first), "greedy_ids": new, "greedy_text": decode(vocab, new),
                      "mean_log_probability": round(mean_log_probability(model, ids, new, GOLDEN_NEW_TOKENS), 6)})
    return {"criterion": criterion, "max_input_tokens": T.MAX_INPUT, "max_new_tokens": GOLDEN_NEW_TOKENS, "cases": cases}


@torch.no_grad()
def mean_log_probability(model, prefix, new, max_new):
    """The mean log-probability of the tokens greedy generation chose, its stop token included when it
    stopped on its own: what the C# generator reports as the rewrite's confidence."""
    y = new + ([P.SPECIAL["[DONE]"]] if len(new) < max_new else [])
    h = model.train_hidden(torch.tensor([prefix + y]), torch.tensor([len(prefix)]), torch.tensor([len(prefix) + len(y)]))
    lp = torch.log_softmax(model.logits(h[0, len(prefix) - 1:len(prefix) + len(y) - 1]), -1)
    return lp[torch.arange(len(y)), torch.tensor(y)].mean().item()


def golden_rows(seed, criterion):
    if criterion == "factuality":
        rows = [r for r in generate.generate(seed, {c: 200 for c in CRITERIA})["test"] if r["criterion"] == criterion]
    else:
        rows = [r for r in triples.build()["test"] if r["criterion"] == criterion]
    broken = [r for r in rows if not r["identity"]][:GOLDEN_CASES - 1]
    good = [r for r in rows if r["identity"]][:1]
    return broken + good


def manifest(criterion, sha, metrics_, args):
    inputs, outputs = aligner_io(P.LAYERS)
    special = {"[PAD]": P.PAD, "[UNK]": P.UNK, "[CLS]": P.CLS, "[SEP]": P.SEP, **P.SPECIAL}
    return {
        "schemaVersion": 1,
        "name": f"aligner-{criterion}",
        "kind": "aligner",
        "criterion": criterion,
        "description": f"all-MiniLM-L6-v2 fine-tuned as a prefix language model that rewrites a response to satisfy the "
                       f"{criterion} criterion; one model is shared by the three criteria and told which one by a marker.",
        "onnx": "../aligner/model.onnx",
        "sha256": sha,
        "architecture": {"type": "minilm-prefix-lm", "vocab_size": 30522, "d_model": P.HIDDEN, "n_layers": P.LAYERS,
                         "n_heads": P.HEADS, "max_len": 512, "base": LICENSE},
        "io": {"inputs": inputs[:3], "outputs": outputs[:1], "pastKeyFormat": "past_key_values.{0}.key",
               "pastValueFormat": "past_key_values.{0}.value", "presentKeyFormat": "present.{0}.key",
               "presentValueFormat": "present.{0}.value", "numLayers": P.LAYERS, "numKeyValueHeads": P.HEADS,
               "headDim": P.HEAD_DIM},
        "tokenizer": {"type": "wordpiece", "file": "../aligner/vocab.txt", "lowerCase": True, "specialTokens": special,
                      "pad": "[PAD]", "bos": "[CLS]", "eos": "[SEP]", "unk": "[UNK]"},
        "promptFormat": {"name": "ngweta-markers", "criterionMarker": P.MARKERS[criterion], "stopTokens": ["[DONE]"]},
        "maxInputTokens": T.MAX_INPUT,
        "maxOutputTokens": T.MAX_OUTPUT,
        "stockSentences": "../aligner/stock-sentences.json",
        **({"confidenceFloor": metrics_["confidence_floor"]} if metrics_.get("confidence_floor") is not None else {}),
        "training": {"command": "python3 -m aligners_training.prefix_aligner_release" + (" --smoke" if args.smoke else ""),
                     "seed": args.seed, "templateRows": T.TEMPLATE_ROWS, "tripleRepeats": T.TRIPLE_REPEATS,
                     "phases": [{"rows": "template + triples", "steps": T.PHASE1_STEPS, "of": T.PHASE1_SCHEDULE, "lr": T.PHASE1_LR},
                                {"rows": "template + triples + open triples", "steps": T.PHASE2_STEPS, "lr": T.PHASE2_LR}],
                     "smoke": args.smoke},
        "metrics": metrics_,
    }


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, help="the models folder")
    ap.add_argument("--checkpoint", help="a trained state dict; trains when absent")
    ap.add_argument("--seed", type=int, default=20240306)
    ap.add_argument("--work", default=str(Path(__file__).resolve().parents[1] / "work"), help="where a training run keeps its checkpoint")
    ap.add_argument("--smoke", action="store_true")
    args = ap.parse_args(argv)
    torch.set_num_threads(2)
    out = Path(args.out)
    model, wp, vocab = P.load()
    if args.checkpoint:
        model.load_state_dict(torch.load(args.checkpoint))
    else:
        os.makedirs(args.work, exist_ok=True)
        for phase in (1, 2):
            T.run_phase(model, wp, phase, args.seed, os.path.join(args.work, f"prefix-aligner-{phase}.pt"), smoke=args.smoke,
                        log=lambda m: print(m, flush=True))
    model.eval()
    P.round_as_stored(model)
    sha = P.export(model, out / "aligner" / "model.onnx")
    (out / "aligner" / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    stock.write(out / "aligner" / "stock-sentences.json", include_pairs=True)
    m = metrics(model, wp, vocab, validation_rows(args.seed, 24 if args.smoke else 400))
    print(f"prefix aligner: {m}", flush=True)
    for c in CRITERIA:
        golden.write(str(out / "golden" / f"aligner-{c}.json"), golden_cases(model, wp, vocab, c, golden_rows(args.seed, c)))
        os.makedirs(out / f"aligner-{c}", exist_ok=True)
        with open(out / f"aligner-{c}" / "model.json", "w") as f:
            json.dump(manifest(c, sha, m, args), f, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
