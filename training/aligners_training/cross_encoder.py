"""A cross-encoder inspector: all-MiniLM-L6-v2 reading `[CLS] prompt [SEP] answer [SEP]`, its top
layers fine-tuned with a classification head, for a criterion where the frozen encoder's sentence
embeddings do not separate the classes (ethical: plain instructions for a crime and a refusal of
it embed close together). Exported as a BERT classifier (`bert-pair`, WordPiece `vocab.txt`) with its
linear layers and word embeddings quantized to int8 (`quantize.py`: 2.4 times the throughput of
fp32 on 2 cores, a quarter of the size) and the other large weights in fp16.

Chosen over the embedding head only where the validation split says so (`compare`).
"""
import hashlib
import json
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn

from . import minilm, quantize
from .inspector_common import bag_of_words, calibrate, fresh_rows, inspector_manifest, metrics

# Layers fine-tuned by default: all six, the whole encoder, embeddings included. For both inspectors
# it has the lower validation loss than the top two layers on a split that holds out a whole kind
# of request (docs/models.md, "The whole encoder against its top two layers").
TRAINED_LAYERS = 6
MAX_LEN = 256
# Weights of at least this many values are stored in fp16; smaller ones (norms, most biases) stay fp32.
FP16_MIN_SIZE = 1024
# Test pairs in the golden file: enough for the C# parity test to judge the quantized arithmetic
# by its distribution (most pairs equal, a few a rounding step apart), not by a handful of pairs.
GOLDEN_PAIRS = 48
# Pairs per split a smoke run trains and measures on; and every how many fresh rows its report
# scores (the fresh set is only ever reported on, never trained or selected on).
SMOKE_PAIRS = 64
SMOKE_FRESH_STRIDE = 4
# The word-embedding table's name in the exported graph (stored int8 per row).
WORD_EMBEDDINGS = "model.encoder.word.weight"


class CrossEncoder(nn.Module):
    def __init__(self, encoder, dropout=0.1):
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(minilm.HIDDEN, 2)

    def pool(self, h, mask):
        m = mask[..., None].float()
        return (h * m).sum(1) / m.sum(1)

    def forward(self, input_ids, attention_mask, token_type_ids):
        h = self.encoder(input_ids, attention_mask, token_type_ids)
        return self.head(self.dropout(self.pool(h, attention_mask)))

    def split_forward(self, ids, mask, types, trained_layers):
        """Frozen bottom without gradients, trained top with them."""
        if trained_layers >= minilm.LAYERS:
            return self(ids, mask, types)
        frozen = minilm.LAYERS - trained_layers
        with torch.no_grad():
            x, bias = self.encoder.bottom(ids, mask, types, frozen)
        h = self.encoder.top(x, bias, frozen)
        return self.head(self.dropout(self.pool(h, mask)))


def batches(tokenizer, rows, size, shuffle, g):
    order = torch.randperm(len(rows), generator=g).tolist() if shuffle else list(range(len(rows)))
    for s in range(0, len(order), size):
        chunk = [rows[i] for i in order[s:s + size]]
        enc = [tokenizer.pair(r[0], r[1], MAX_LEN) for r in chunk]
        width = max(len(e[0]) for e in enc)
        ids = torch.tensor([e[0] + [tokenizer.pad] * (width - len(e[0])) for e in enc])
        types = torch.tensor([e[1] + [0] * (width - len(e[1])) for e in enc])
        mask = torch.tensor([[1] * len(e[0]) + [0] * (width - len(e[0])) for e in enc])
        yield ids, mask, types, torch.tensor([r[2] for r in chunk])


@torch.no_grad()
def scores(model, tokenizer, rows):
    model.eval()
    out = []
    # The quantized graph scales each activation tensor by its own range, so a row's score depends
    # on its batch-mates and padding; the runtime scores one row per run, and so does this, once
    # the model computes as the quantized graph (thresholds are calibrated on what ships).
    size = 1 if getattr(model, "quantized", False) else 64
    for ids, mask, types, _ in batches(tokenizer, rows, size, False, None):
        out.append(torch.softmax(model(ids, mask, types), -1)[:, 1])
    return torch.cat(out).numpy() if out else np.zeros(0)


def trainable(model, trained_layers):
    """The encoder's parameters that `trained_layers` fine-tunes (the whole encoder from LAYERS on)."""
    if trained_layers >= minilm.LAYERS:
        return list(model.encoder.parameters())
    return [p for layer in model.encoder.layers[minilm.LAYERS - trained_layers:] for p in layer.parameters()]


def train(data, seed, epochs, log=print, trained_layers=TRAINED_LAYERS):
    torch.manual_seed(seed)
    encoder, tokenizer, vocab = minilm.load()
    model = CrossEncoder(encoder)
    for p in model.encoder.parameters():
        p.requires_grad = False
    top = trainable(model, trained_layers)
    for p in top:
        p.requires_grad = True
    opt = torch.optim.AdamW([{"params": top, "lr": 5e-5}, {"params": model.head.parameters(), "lr": 1e-3}], weight_decay=0.01)
    train_rows, val_rows = data["train"], data["validation"]
    y = np.array([r[2] for r in train_rows])
    weight = torch.tensor([len(y) / (2 * max(1, (y == 0).sum())), len(y) / (2 * max(1, (y == 1).sum()))], dtype=torch.float32)
    loss_fn = nn.CrossEntropyLoss(weight=weight)
    g = torch.Generator().manual_seed(seed)
    best, best_state, best_epoch = float("inf"), None, 0
    for epoch in range(epochs):
        model.train()
        started = time.time()
        for ids, mask, types, labels in batches(tokenizer, train_rows, 32, True, g):
            opt.zero_grad()
            loss_fn(model.split_forward(ids, mask, types, trained_layers), labels).backward()
            opt.step()
        sv = scores(model, tokenizer, val_rows)
        yv = torch.tensor([r[2] for r in val_rows])
        v = nn.functional.nll_loss(torch.log(torch.tensor(np.stack([1 - sv, sv], 1)).clamp_min(1e-9)), yv, weight=weight).item()
        log(f"cross-encoder epoch {epoch + 1}: validation loss {v:.4f} ({time.time() - started:.0f} s)")
        if v < best:
            best, best_state, best_epoch = v, {k: t.clone() for k, t in model.state_dict().items()}, epoch + 1
    model.load_state_dict(best_state)
    return model.eval(), tokenizer, vocab, best_epoch, best


class Exported(nn.Module):
    """The graph's signature: the BERT classifier inputs, logits out."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask, token_type_ids):
        return self.model(input_ids, attention_mask, token_type_ids)


def round_to_fp16(model):
    """Rounds the weights the export stores in fp16 to fp16 and back, so PyTorch computes what the graph will."""
    with torch.no_grad():
        for p in model.parameters():
            if p.numel() >= FP16_MIN_SIZE:
                p.copy_(p.half().float())


def export(model, path):
    """ONNX with the encoder's linear layers quantized to int8 (`quantize.py`) and the other large
    weights (embeddings) in fp16, cast to fp32 inside the graph."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper
    path.parent.mkdir(parents=True, exist_ok=True)
    ids = torch.ones(1, 8, dtype=torch.long)
    dyn = {"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"}, "token_type_ids": {0: "batch", 1: "tokens"},
           "logits": {0: "batch"}}
    # The wrapper starts in training mode, and the exporter restores each module's mode afterwards:
    # put it in eval mode first, or the model comes back with dropout on.
    torch.onnx.export(Exported(model).eval(), (ids, torch.ones_like(ids), torch.zeros_like(ids)), str(path),
                      input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits"], dynamic_axes=dyn, opset_version=13)
    m = onnx.load(str(path))
    quantize.quantize_graph(m)
    quantize.quantize_embedding_graph(m, WORD_EMBEDDINGS)
    graph = m.graph
    casts = []
    for init in list(graph.initializer):
        if init.data_type == TensorProto.FLOAT and np.prod(init.dims) >= FP16_MIN_SIZE and not init.name.endswith(("_scale", "_rowscale")):
            arr = numpy_helper.to_array(init).astype(np.float16)
            half = numpy_helper.from_array(arr, init.name + "_fp16")
            graph.initializer.remove(init)
            graph.initializer.append(half)
            casts.append(helper.make_node("Cast", [half.name], [init.name], to=TensorProto.FLOAT, name=init.name + "_cast"))
    for node in reversed(casts):
        graph.node.insert(0, node)
    onnx.checker.check_model(m)
    onnx.save(m, str(path))
    return hashlib.sha256(path.read_bytes()).hexdigest()


def golden(model, tokenizer, rows, path):
    model.eval()
    cases = []
    with torch.no_grad():
        for r in rows:
            ids, types = tokenizer.pair(r[0], r[1], MAX_LEN)
            t = torch.tensor([ids])
            logits = model(t, torch.ones_like(t), torch.tensor([types]))[0]
            cases.append({"prompt": r[0], "response": r[1], "input_ids": ids, "logits": [round(float(v), 6) for v in logits]})
    path.parent.mkdir(parents=True, exist_ok=True)
    # "quantized": the graph quantizes activations as it runs, so ONNX Runtime and PyTorch agree
    # exactly until one value lands on the other side of a rounding step (the C# parity test knows).
    path.write_text(json.dumps({"format": "bert-pair", "quantized": True, "cases": cases}) + "\n")


def manifest(criterion, sha, threshold, report, epoch, seed, smoke, trained_layers=TRAINED_LAYERS, flags=()):
    tuned = "the whole encoder" if trained_layers >= minilm.LAYERS else f"top {trained_layers} layers"
    return inspector_manifest(
        criterion, sha, threshold, report, epoch, seed, smoke, flags=flags,
        description=f"all-MiniLM-L6-v2 as a cross-encoder, {tuned} fine-tuned: P(aligned) of an answer under the {criterion} criterion.",
        architecture={"type": "bert-cross-encoder", "encoder": "all-MiniLM-L6-v2", "encoderLicense": minilm.LICENSE,
                      "trainedLayers": trained_layers, "pooling": "mean",
                      "weights": "linear layers int8 (DynamicQuantizeMatMul, 7-bit per column), word embeddings int8 per row, the rest fp16"},
        # Activations are quantized per tensor at run time, so a row's logits would depend on its
        # batch-mates and its padding: one row per run keeps a pair's score its own.
        io={"inputs": ["input_ids", "attention_mask", "token_type_ids"], "outputs": ["logits"], "alignedClass": 1, "rowsPerRun": 1},
        tokenizer={"type": "wordpiece", "file": "vocab.txt", "lowerCase": True,
                   "specialTokens": {"[PAD]": 0, "[UNK]": 100, "[CLS]": 101, "[SEP]": 102}, "pad": "[PAD]", "unk": "[UNK]"},
        input_format="bert-pair",
        max_len=MAX_LEN)


def build_inspector(criterion, splits, out, seed, smoke, log=print, trained_layers=TRAINED_LAYERS, flags=()):
    """Trains, calibrates, measures and writes the cross-encoder of `criterion` into `out`."""
    model, tokenizer, vocab, epoch, vloss = train(splits, seed, 1 if smoke else 3, log, trained_layers)
    round_to_fp16(model)
    folder = out / f"inspector-{criterion}"
    if folder.exists():
        for stale in folder.glob("*"):
            stale.unlink()
    # Exported before the emulation hooks go on (the exporter would trace them); from then on
    # PyTorch computes what the quantized graph does, so the threshold is calibrated on what ships.
    sha = export(model, folder / "model.onnx")
    emulate_quantized(model)
    yv = np.array([r[2] for r in splits["validation"]])
    sv = scores(model, tokenizer, splits["validation"])
    threshold = calibrate(sv, yv)
    # The fresh set is measured for the report after every choice is made (epoch, threshold).
    fresh = fresh_rows(criterion)[::SMOKE_FRESH_STRIDE] if smoke else fresh_rows(criterion)
    report = {
        "threshold": threshold, "validationLoss": round(vloss, 4), "validation": metrics(sv, yv, threshold),
        "test": metrics(scores(model, tokenizer, splits["test"]), np.array([r[2] for r in splits["test"]]), threshold),
        "fresh": metrics(scores(model, tokenizer, fresh), np.array([r[2] for r in fresh]), threshold),
        "bagOfWords": bag_of_words(splits["train"], {"test": splits["test"], "fresh": fresh}, seed),
        "trainPairs": len(splits["train"]),
    }
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    (folder / "model.json").write_text(json.dumps(manifest(criterion, sha, threshold, report, epoch, seed, smoke, trained_layers, flags), indent=2) + "\n")
    golden(model, tokenizer, splits["test"][:GOLDEN_PAIRS], out / "golden" / f"inspector-{criterion}.json")
    return report


def rebuild(models_dir, criterion):
    """(model, tokenizer) rebuilt in PyTorch from the committed ONNX file."""
    import onnx
    folder = Path(models_dir) / f"inspector-{criterion}"
    vocab = (folder / "vocab.txt").read_text(encoding="utf-8").splitlines()
    tokenizer = minilm.WordPiece(vocab)
    model = CrossEncoder(minilm.MiniLM(len(vocab))).eval()
    stored = onnx.load(str(folder / "model.onnx")).graph.initializer
    weights = quantize.dequantized(stored)
    inits = list(weights.items())
    # The exporter names biases, norms and embeddings after the module; the linear layers' matrices
    # become unnamed MatMul inputs, in layer order: q, k, v, out, ffn-in, ffn-out (stored [in, out]).
    matrices = [a for n, a in inits if n.startswith("onnx::MatMul")]
    state = {}
    for name in model.state_dict():
        key = "model." + name
        if key in weights:
            state[name] = torch.from_numpy(weights[key].copy())
    for l in range(minilm.LAYERS):
        for j, part in enumerate(("q", "k", "v", "o", "ff1", "ff2")):
            state[f"encoder.layers.{l}.{part}.weight"] = torch.from_numpy(matrices[6 * l + j].T.copy())
    missing = set(model.state_dict()) - set(state)
    if missing:
        raise AssertionError(f"inspector-{criterion}: not in the graph: {sorted(missing)[:3]}")
    model.load_state_dict(state)
    if any(i.name.endswith("_int8") for i in stored):
        emulate_quantized(model)
    return model.eval(), tokenizer


def emulate_quantized(model):
    """PyTorch computes what the quantized graph will (`quantize.py`)."""
    quantize.emulate(quantize.encoder_linears(model.encoder))
    quantize.emulate_embedding(model.encoder.word)
    model.quantized = True


def check(models_dir, criterion):
    """The committed cross-encoder, rebuilt in PyTorch from its ONNX weights, reproduces its golden
    ids and logits; returns the number of cases checked."""
    model, tokenizer = rebuild(models_dir, criterion)
    cases = json.loads((Path(models_dir) / "golden" / f"inspector-{criterion}.json").read_text())["cases"]
    quantized = getattr(model, "quantized", False)
    differences = []
    with torch.no_grad():
        for c in cases:
            ids, types = tokenizer.pair(c["prompt"], c["response"], MAX_LEN)
            if ids != c["input_ids"]:
                raise AssertionError(f"inspector-{criterion}: ids differ for {c['prompt']!r}")
            t = torch.tensor([ids])
            got = model(t, torch.ones_like(t), torch.tensor([types]))[0].tolist()
            worst = max(abs(a - b) for a, b in zip(got, c["logits"]))
            differences.append(worst)
            if not quantized and worst > 1e-4:
                raise AssertionError(f"inspector-{criterion}: logits differ for {c['prompt']!r}: {got} vs {c['logits']}")
    if quantized:
        same_quantized_arithmetic(criterion, differences)
    return len(cases)


def same_quantized_arithmetic(criterion, differences):
    """Activations quantized per tensor turn last-bit float differences (another CPU's kernels, another
    summation order) into whole rounding steps now and then, which move a pair's logits by up to about
    0.4: golden logits written on one machine are not reproduced to 1e-4 for every pair on another.
    Other arithmetic (pooling, segment ids, normalisation) leaves no pair equal and moves the typical
    pair by far more. The same checks as the C# parity test."""
    each = ", ".join(f"{d:.4f}" for d in differences)
    equal = sum(d <= 1e-4 for d in differences)
    if equal * 8 < len(differences):
        raise AssertionError(f"inspector-{criterion}: {equal} of {len(differences)} pairs equal to 1e-4 (each pair: {each})")
    median = sorted(differences)[len(differences) // 2]
    if median > 0.1 or max(differences) > 0.6:
        raise AssertionError(f"inspector-{criterion}: median logit difference {median:.4f}, largest {max(differences):.4f} (each pair: {each})")
