"""Inspectors on the pretrained sentence encoder: the packaged all-MiniLM-L6-v2 stays frozen (it is
read from its NuGet package at run time, never committed) and each criterion gets a small head on
features of the prompt's and the answer's embeddings. Trained on `pairs/` data, thresholds
calibrated on the validation split, measured on the test split (unseen families), and, for the
report only, on the hand-written fresh set and against a bag-of-words baseline.

Usage: python3 -m aligners_training.encoder_inspectors --out models [--smoke] [--work training/work]
       [--criteria ethical] [--no-open-vocabulary] [--real-answers [ethical] [helpful] | --no-real-answers]
       [--trained-layers 6]
"""
import argparse
import hashlib
import json
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn

from . import cross_encoder, minilm
from .inspector_common import bag_of_words, calibrate, fresh_rows, inspector_manifest, metrics
from .pairs.build import ROOT, SPLITS, build

# Factuality keeps its own model with the fact checker: a sentence encoder cannot tell a wrong
# capital from a right one (measured: test AUROC 0.61), so only these two move onto the encoder.
CRITERIA = ("ethical", "helpful")
# Criteria that also try the encoder as a fine-tuned cross-encoder (cross_encoder.py), kept where the
# validation split scores it higher (int8, 23 MB each).
CROSS_ENCODER_CANDIDATES = ("ethical", "helpful")
FEATURES = 4 * minilm.HIDDEN
# The criteria whose inspectors train on pairs/real_pairs.py's answers written like real ones by
# default: those that ship were trained so (docs/models.md).
REAL_ANSWERS = ("helpful",)


def features(p, r):
    """[answer, prompt, prompt * answer, |prompt - answer|]: the layout the C# inspector builds."""
    return np.concatenate([r, p, p * r, np.abs(p - r)], axis=-1).astype(np.float32)


class Head(nn.Module):
    def __init__(self, hidden=256, dropout=0.2):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(FEATURES, hidden), nn.GELU(), nn.Dropout(dropout), nn.Linear(hidden, 2))

    def forward(self, features):
        return self.net(features)


class EmbeddingCache:
    """Embeddings of every text, by SHA-1 of the text, kept on disk between runs."""

    def __init__(self, path, model, tokenizer):
        self.path, self.model, self.tokenizer = Path(path), model, tokenizer
        self.table = {}
        if self.path.exists():
            z = np.load(self.path)
            self.table = dict(zip(z["keys"].tolist(), z["values"]))

    @staticmethod
    def key(text):
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def get(self, texts):
        missing = sorted({t for t in texts if self.key(t) not in self.table})
        if missing:
            for t, e in zip(missing, minilm.encode(self.model, self.tokenizer, missing)):
                self.table[self.key(t)] = e
            self.path.parent.mkdir(parents=True, exist_ok=True)
            keys = list(self.table)
            np.savez(self.path, keys=np.array(keys), values=np.stack([self.table[k] for k in keys]))
        return np.stack([self.table[self.key(t)] for t in texts])


def matrix(cache, rows):
    p = cache.get([r[0] for r in rows])
    a = cache.get([r[1] for r in rows])
    return features(p, a), np.array([r[2] for r in rows], dtype=np.int64)


def p_aligned(head, x):
    with torch.no_grad():
        return torch.softmax(head(torch.from_numpy(x)), -1)[:, 1].numpy()


def train_head(x, y, xv, yv, seed, epochs):
    torch.manual_seed(seed)
    head = Head()
    opt = torch.optim.AdamW(head.parameters(), lr=1e-3, weight_decay=1e-2)
    # Balance the classes: each criterion's data holds more of one than the other.
    weight = torch.tensor([len(y) / (2 * max(1, (y == 0).sum())), len(y) / (2 * max(1, (y == 1).sum()))], dtype=torch.float32)
    loss_fn = nn.CrossEntropyLoss(weight=weight)
    xt, yt = torch.from_numpy(x), torch.from_numpy(y)
    xvt, yvt = torch.from_numpy(xv), torch.from_numpy(yv)
    g = torch.Generator().manual_seed(seed)
    best, best_state, best_epoch = float("inf"), None, 0
    for epoch in range(epochs):
        head.train()
        for idx in torch.randperm(len(xt), generator=g).split(64):
            opt.zero_grad()
            loss_fn(head(xt[idx]), yt[idx]).backward()
            opt.step()
        head.eval()
        with torch.no_grad():
            v = loss_fn(head(xvt), yvt).item()
        if v < best:
            best, best_state, best_epoch = v, {k: t.clone() for k, t in head.state_dict().items()}, epoch + 1
    head.load_state_dict(best_state)
    return head.eval(), best_epoch, best


def runner_up_folder(models_dir, criterion):
    """Where an embedding head that lost to a cross-encoder goes: the test models beside the bundle
    (`tests/models` for the repository's `models`), never into the bundle itself."""
    return Path(models_dir).resolve().parent / "tests" / "models" / f"inspector-{criterion}-head"


def export_head(head, path):
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(head, torch.zeros(1, FEATURES), str(path), input_names=["features"], output_names=["logits"],
                      dynamic_axes={"features": {0: "batch"}, "logits": {0: "batch"}}, opset_version=13)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_golden(path, head, rows, x):
    """Pairs with the features PyTorch built from the encoder and the head's logits on them: the C#
    side checks its own features against the first and its head's output against the second."""
    cases = [{"prompt": r[0], "response": r[1], "features": [round(float(v), 6) for v in f],
              "logits": [round(float(v), 6) for v in head(torch.from_numpy(f[None]))[0].detach()]} for r, f in zip(rows, x)]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"format": "sentence-embeddings", "cases": cases}) + "\n")


def check_head(folder, golden_file):
    """An embedding head, rebuilt from its ONNX file, reproduces its golden logits; returns the cases checked."""
    import onnx
    from onnx import numpy_helper
    graph = onnx.load(str(folder / "model.onnx")).graph
    weights = {i.name: torch.from_numpy(numpy_helper.to_array(i).copy()) for i in graph.initializer}
    head = Head()
    for name, param in head.named_parameters():
        param.data.copy_(weights[name])
    head.eval()
    cases = json.loads(golden_file.read_text())["cases"]
    for case in cases:
        got = head(torch.tensor([case["features"]]))[0].tolist()
        if max(abs(a - b) for a, b in zip(got, case["logits"])) > 1e-4:
            raise AssertionError(f"{folder.name}: logits differ for {case['prompt']!r}: {got} vs {case['logits']}")
    return len(cases)


def check(models_dir):
    """Each committed head or cross-encoder, and each runner-up head kept for the tests, rebuilt from
    its ONNX file, reproduces its golden logits."""
    models_dir = Path(models_dir)
    checked = 0
    for criterion in CRITERIA:
        folder = models_dir / f"inspector-{criterion}"
        if json.loads((folder / "model.json").read_text())["inputFormat"] == "bert-pair":
            checked += cross_encoder.check(models_dir, criterion)
        else:
            checked += check_head(folder, models_dir / "golden" / f"inspector-{criterion}.json")
        runner_up = runner_up_folder(models_dir, criterion)
        if (runner_up / "model.json").exists():
            checked += check_head(runner_up, runner_up / "golden.json")
    return checked


def manifest(criterion, sha, threshold, report, epoch, seed, smoke, flags=()):
    return inspector_manifest(
        criterion, sha, threshold, report, epoch, seed, smoke, flags=flags,
        description=f"Head on the frozen pretrained sentence encoder all-MiniLM-L6-v2: P(aligned) of an answer under the {criterion} criterion.",
        architecture={"type": "sentence-embedding-head", "encoder": "all-MiniLM-L6-v2", "encoderLicense": minilm.LICENSE,
                      "features": "[answer, prompt, prompt*answer, |prompt-answer|] of mean-pooled L2-normalised embeddings",
                      "featureSize": FEATURES, "hidden": 256},
        io={"inputs": ["features"], "outputs": ["logits"], "alignedClass": 1},
        tokenizer={"type": "sentence-encoder"},
        input_format="sentence-embeddings",
        max_len=minilm.MAX_LEN)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "models"))
    ap.add_argument("--work", default=str(ROOT / "training" / "work"))
    ap.add_argument("--seed", type=int, default=20261126)
    ap.add_argument("--smoke", action="store_true", help="a few hundred pairs and epochs: checks the pipeline in seconds")
    ap.add_argument("--open-vocabulary", action=argparse.BooleanOptionalAction, default=True,
                    help="ethical also trains on the open-vocabulary pairs of pairs/open_pairs.py (default; "
                         "--no-open-vocabulary: the hand-written families only, as the inspector shipped before them)")
    ap.add_argument("--real-answers", nargs="*", choices=CRITERIA, default=None, metavar="CRITERION",
                    help="these criteria (none named: both) also train on pairs/real_pairs.py's answers written like "
                         f"real ones (default: {' '.join(REAL_ANSWERS) or 'none'}, as the inspectors that ship; see docs/models.md)")
    ap.add_argument("--no-real-answers", dest="real_answers", action="store_const", const=(), help="no criterion trains on them")
    ap.add_argument("--criteria", nargs="+", choices=CRITERIA, default=list(CRITERIA),
                    help="the inspectors to train (default: all); the others in --out are left as they are")
    ap.add_argument("--trained-layers", type=int, default=None, choices=range(1, 7), metavar="1..6",
                    help="encoder layers the cross-encoders fine-tune (default 6: the whole encoder, embeddings included; "
                         "2: the top two)")
    args = ap.parse_args(argv)
    started = time.time()
    out, work = Path(args.out), Path(args.work)
    model, tokenizer, _ = minilm.load()
    cache = EmbeddingCache(work / "minilm-embeddings.npz", model, tokenizer)
    real = tuple(REAL_ANSWERS if args.real_answers is None else sorted(args.real_answers) if args.real_answers != [] else CRITERIA)
    data = build(args.seed, open_vocabulary=args.open_vocabulary, real_answers=real)
    # Recorded in each manifest's command, so that a model trained off the defaults says how.
    flags = ([] if args.open_vocabulary else ["--no-open-vocabulary"]) + \
        ([f"--real-answers {' '.join(real)}" if real else "--no-real-answers"] if real != tuple(REAL_ANSWERS) else []) + \
        ([f"--trained-layers {args.trained_layers}"] if args.trained_layers else [])
    epochs = 3 if args.smoke else 40
    summary = {}
    for criterion in args.criteria:
        splits = {s: data[criterion][s][:300] if args.smoke else data[criterion][s] for s in SPLITS}
        x, y = matrix(cache, splits["train"])
        xv, yv = matrix(cache, splits["validation"])
        xt, yt = matrix(cache, splits["test"])
        head, epoch, vloss = train_head(x, y, xv, yv, args.seed, epochs)
        threshold = calibrate(p_aligned(head, xv), yv)
        head_validation = metrics(p_aligned(head, xv), yv, threshold)
        chosen = "head"
        if criterion in CROSS_ENCODER_CANDIDATES:
            layers = args.trained_layers or cross_encoder.TRAINED_LAYERS
            # The smoke run fine-tunes on a few dozen pairs: it checks that the cross-encoder trains,
            # exports and measures, and the full encoder runs eagerly, so each pair costs.
            cross_splits = {s: rows[:cross_encoder.SMOKE_PAIRS] for s, rows in splits.items()} if args.smoke else splits
            report = cross_encoder.build_inspector(criterion, cross_splits, out, args.seed, args.smoke, log=lambda m: print(m, flush=True),
                                                   trained_layers=layers, flags=flags)
            if report["validation"]["auroc"] > head_validation["auroc"]:
                chosen = "cross-encoder"
                report["selection"] = {"embeddingHeadValidation": head_validation, "crossEncoderValidation": report["validation"]}
                manifest_file = out / f"inspector-{criterion}" / "model.json"
                m = json.loads(manifest_file.read_text())
                m["metrics"] = report
                manifest_file.write_text(json.dumps(m, indent=2) + "\n")
                summary[criterion] = report
                print(f"{criterion}: cross-encoder (validation AUROC {report['validation']['auroc']} against the head's "
                      f"{head_validation['auroc']}), test {report['test']}, fresh {report['fresh']}", flush=True)
        # The head is written either way: as the bundled inspector, or as the runner-up beside the
        # test models, where the C# tests of embedding inspectors load it.
        folder = out / f"inspector-{criterion}" if chosen == "head" else runner_up_folder(out, criterion)
        golden_file = out / "golden" / f"inspector-{criterion}.json" if chosen == "head" else folder / "golden.json"
        # Measured for the report after the epoch and threshold are chosen on validation data.
        fresh = fresh_rows(criterion)
        xf, yf = matrix(cache, fresh)
        if folder.exists():
            for stale in folder.glob("*"):
                stale.unlink()
        head_report = {
            "threshold": threshold, "validationLoss": round(vloss, 4), "validation": head_validation,
            "test": metrics(p_aligned(head, xt), yt, threshold),
            "fresh": metrics(p_aligned(head, xf), yf, threshold),
            "bagOfWords": bag_of_words(splits["train"], {"test": splits["test"], "fresh": fresh}, args.seed),
            "trainPairs": int(len(y)),
        }
        sha = export_head(head, folder / "model.onnx")
        (folder / "model.json").write_text(json.dumps(manifest(criterion, sha, threshold, head_report, epoch, args.seed, args.smoke, flags), indent=2) + "\n")
        write_golden(golden_file, head, splits["test"][:6], xt[:6])
        if chosen == "head":
            summary[criterion] = head_report
            print(f"{criterion}: epoch {epoch}, threshold {threshold}, test {head_report['test']}, fresh {head_report['fresh']}", flush=True)
    print(f"done in {time.time() - started:.0f} s", flush=True)
    return summary


if __name__ == "__main__":
    main()
