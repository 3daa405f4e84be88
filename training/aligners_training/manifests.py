"""model.json manifests: what the C# registry needs to load, validate and run each model."""
import json
import os

from . import export, stock
from . import tokenizer as tk

SCHEMA = 1


def _tokenizer(sp, rel):
    return {"type": "sentencepiece", "file": rel, "specialTokens": tk.special_tokens(sp),
            "pad": "<pad>", "bos": "<s>", "eos": "</s>", "unk": "<unk>"}


def _training(run, data_hash):
    return {"dataSeed": run.seed, "dataSha256": data_hash, "profile": run.name,
            "command": "python3 -m aligners_training.pipeline" + (" --smoke" if run.name == "smoke" else "")}


def inspector(run, sp, criterion, metrics, data_hash):
    onnx_file = os.path.join(run.inspector_dir(criterion), "model.onnx")
    cfg = run.inspector_arch(criterion)
    inputs, outputs = export.inspector_io()
    return {
        "schemaVersion": SCHEMA,
        "name": f"inspector-{criterion}",
        "kind": "inspector",
        "criterion": criterion,
        "description": f"Tiny BERT-style classifier: P(aligned) of a response under the {criterion} criterion.",
        "onnx": "model.onnx",
        "sha256": export.sha256(onnx_file),
        "architecture": {"type": "bert-encoder", "vocab_size": sp.get_piece_size(), **cfg},
        "io": {"inputs": inputs, "outputs": outputs, "alignedClass": 1},
        "tokenizer": _tokenizer(sp, "../tokenizer/tokenizer.model"),
        "inputFormat": "pair-sep",
        "threshold": 0.5,  # until the calibrate stage sets it (token_calibration.py)
        "maxInputTokens": cfg["max_len"],
        "training": _training(run, data_hash),
        "metrics": metrics[criterion]["inspector"],
    }


def aligner(run, sp, criterion, metrics, data_hash):
    onnx_file = run.path("aligner", "model.onnx")
    cfg = run.p["aligner"]
    inputs, outputs = export.aligner_io(cfg["n_layers"])
    return {
        "schemaVersion": SCHEMA,
        "name": f"aligner-{criterion}",
        "kind": "aligner",
        "criterion": criterion,
        "description": f"Tiny Llama-style decoder that rewrites a response to satisfy the {criterion} criterion; "
                       "one decoder is shared by the three criteria and told which one by a marker.",
        "onnx": "../aligner/model.onnx",
        "sha256": export.sha256(onnx_file),
        "architecture": {"type": "llama-decoder", "vocab_size": sp.get_piece_size(), **cfg},
        "io": {"inputs": inputs[:3], "outputs": outputs[:1], "pastKeyFormat": "past_key_values.{0}.key",
               "pastValueFormat": "past_key_values.{0}.value", "presentKeyFormat": "present.{0}.key",
               "presentValueFormat": "present.{0}.value", "numLayers": cfg["n_layers"], "numKeyValueHeads": cfg["n_heads"],
               "headDim": cfg["d_model"] // cfg["n_heads"]},
        "tokenizer": _tokenizer(sp, "../tokenizer/tokenizer.model"),
        "promptFormat": {"name": "ngweta-markers", "criterionMarker": tk.CRITERION_MARKERS[criterion],
                         "stopTokens": ["[DONE]"]},
        "maxInputTokens": run.p["max_input"],
        "maxOutputTokens": run.p["max_output"],
        "stockSentences": "../aligner/stock-sentences.json",
        "training": dict(_training(run, data_hash), **({"pairsTripleRepeats": run.p["aligner_triple_repeats"]}
                                                        if run.p["aligner_triple_repeats"] else {})),
        "metrics": metrics[criterion]["aligner"],
    }


def write_all(run, sp, metrics, data_hash, criteria, token_inspectors):
    """Manifests of the aligners and of the token inspectors (the encoder heads write their own),
    and the aligners' stock sentences beside their shared decoder."""
    stock.write(run.path("aligner", "stock-sentences.json"))
    for c in criteria:
        for kind, build in (("inspector", inspector), ("aligner", aligner)):
            if kind == "inspector" and c not in token_inspectors:
                continue
            folder = run.path(f"{kind}-{c}")
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, "model.json"), "w") as f:
                json.dump(build(run, sp, c, metrics, data_hash), f, indent=2)
                f.write("\n")
