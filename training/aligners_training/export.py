"""ONNX export in the Optimum layout, and the way back: PyTorch weights from an exported file.

Constant folding is off so every initializer keeps its parameter's name; ONNX Runtime folds the
weight transposes once at session creation, and `load_weights` can rebuild the PyTorch module
from the committed ONNX file alone (used by the golden check and the PyTorch benchmark).
"""
import hashlib

import onnx
import torch
from onnx import numpy_helper

OPSET = 17


def inspector_io():
    return ["input_ids", "attention_mask"], ["logits"]


def aligner_io(n_layers):
    past = [f"past_key_values.{i}.{kv}" for i in range(n_layers) for kv in ("key", "value")]
    present = [f"present.{i}.{kv}" for i in range(n_layers) for kv in ("key", "value")]
    return ["input_ids", "attention_mask", "position_ids"] + past, ["logits"] + present


def export_inspector(model, path):
    inputs, outputs = inspector_io()
    ids = torch.tensor([[2, 10, 11, 7, 12, 3], [2, 10, 7, 13, 3, 0]])
    mask = (ids != 0).long()
    dyn = {"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"},
           "logits": {0: "batch"}}
    model.eval()
    torch.onnx.export(model, (ids, mask), path, input_names=inputs, output_names=outputs,
                      dynamic_axes=dyn, opset_version=OPSET, do_constant_folding=False)
    check_onnx(path)


def export_aligner(model, path):
    cfg = model.cfg
    inputs, outputs = aligner_io(cfg.n_layers)
    b, s, past_len = 2, 3, 2
    ids = torch.randint(11, cfg.vocab_size, (b, s))
    mask = torch.ones(b, past_len + s, dtype=torch.long)
    pos = torch.arange(past_len, past_len + s).unsqueeze(0).repeat(b, 1)
    past = [torch.randn(b, cfg.n_heads, past_len, cfg.head_dim) for _ in range(2 * cfg.n_layers)]
    dyn = {"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "total_sequence"},
           "position_ids": {0: "batch", 1: "sequence"}, "logits": {0: "batch", 1: "sequence"}}
    for name in inputs[3:]:
        dyn[name] = {0: "batch", 2: "past_sequence"}
    for name in outputs[1:]:
        dyn[name] = {0: "batch", 2: "total_sequence"}
    model.eval()
    torch.onnx.export(model, (ids, mask, pos, *past), path, input_names=inputs, output_names=outputs,
                      dynamic_axes=dyn, opset_version=OPSET, do_constant_folding=False)
    check_onnx(path)


def check_onnx(path):
    """Fails unless the ONNX file at `path` passes the checker's full check."""
    onnx.checker.check_model(onnx.load(path), full_check=True)


def load_weights(model, path):
    """Copies an exported file's initializers back into `model` by parameter name."""
    graph = onnx.load(path).graph
    found = {i.name: torch.from_numpy(numpy_helper.to_array(i).copy()) for i in graph.initializer}
    state = model.state_dict()
    missing = [k for k in state if k not in found]
    if missing:
        raise ValueError(f"{path}: no initializer for {missing[:5]}")
    model.load_state_dict({k: found[k] for k in state})
    return model.eval()


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
