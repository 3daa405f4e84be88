"""Tiny random-weight models in the layouts real exports ship, for the loaders' tests.

`training/byo/make_tokenizers.js` writes each folder's tokenizer files (Hugging Face's own
library); this module adds an ONNX model in the Optimum layout, a `model.json` and the PyTorch
outputs the C# side must reproduce:

- `gpt2-bytelevel`: decoder with a byte-level BPE `tokenizer.json`, the `template` prompt format;
- `llama-sentencepiece`: decoder with a SentencePiece-style `tokenizer.json`, the `pku-template`
  prompt format of aligner-7b-v1.0;
- `bert-wordpiece`: BERT classifier (`input_ids`, `attention_mask`, `token_type_ids`) with an
  uncased WordPiece `vocab.txt`.

    python3 -m aligners_training.byo training/byo/models
"""
import json
import math
import os
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

from .export import OPSET, check_onnx, export_aligner, sha256
from .generation import greedy
from .models import Aligner, AlignerConfig

SEED = 20241126
MAX_NEW = 12


def _read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class BertClassifier(nn.Module):
    """BERT for sequence classification: word, position and segment embeddings, post-norm blocks, pooler."""

    def __init__(self, vocab_size, d=64, layers=2, heads=4, ff=128, max_len=128):
        super().__init__()
        self.heads = heads
        self.word = nn.Embedding(vocab_size, d)
        self.pos = nn.Embedding(max_len, d)
        self.seg = nn.Embedding(2, d)
        self.norm = nn.LayerNorm(d)
        self.layers = nn.ModuleList([nn.TransformerEncoderLayer(d, heads, ff, dropout=0.0, activation="gelu",
                                                                batch_first=True) for _ in range(layers)])
        self.pool = nn.Linear(d, d)
        self.head = nn.Linear(d, 2)

    def forward(self, input_ids, attention_mask, token_type_ids):
        pos = torch.arange(input_ids.shape[1]).unsqueeze(0)
        x = self.norm(self.word(input_ids) + self.pos(pos) + self.seg(token_type_ids))
        pad = (1.0 - attention_mask.to(x.dtype))[:, None, None, :] * -1e9
        for layer in self.layers:
            x = _post_norm_block(layer, x, pad, self.heads)
        return self.head(torch.tanh(self.pool(x[:, 0])))


def _post_norm_block(layer, x, bias, heads):
    # Written out instead of calling the layer, so the export has no fused kernels the exporter lacks.
    b, s, d = x.shape
    hd = d // heads
    qkv = F.linear(x, layer.self_attn.in_proj_weight, layer.self_attn.in_proj_bias)
    q, k, v = qkv.view(b, s, 3, heads, hd).permute(2, 0, 3, 1, 4).unbind(0)
    att = (q @ k.transpose(-1, -2)) / math.sqrt(hd) + bias
    y = layer.self_attn.out_proj((att.softmax(-1) @ v).transpose(1, 2).reshape(b, s, d))
    x = layer.norm1(x + y)
    return layer.norm2(x + layer.linear2(F.gelu(layer.linear1(x))))


def _tokenizer(folder, golden, file, kind, **names):
    spec = {"type": kind, "file": file, "specialTokens": {}}
    vocab = _vocab(folder)
    for role, token in names.items():
        spec["specialTokens"][token] = vocab[token]
        if role in ("pad", "bos", "eos", "unk"):
            spec[role] = token
    return spec


def _vocab(folder):
    with open(os.path.join(folder, "tokenizer.json"), encoding="utf-8") as f:
        data = json.load(f)
    vocab = dict(data["model"]["vocab"])
    vocab.update({t["content"]: t["id"] for t in data["added_tokens"]})
    return vocab


def _manifest(folder, **fields):
    onnx = os.path.join(folder, "model.onnx")
    body = {"schemaVersion": 1, **fields, "onnx": "model.onnx", "sha256": sha256(onnx)}
    with open(os.path.join(folder, "model.json"), "w", encoding="utf-8") as f:
        json.dump(body, f, indent=2)
        f.write("\n")


def _decoder(folder, criterion, prompt_format, names):
    golden = _read_json(os.path.join(folder, "golden.json"))
    cfg = AlignerConfig(vocab_size=golden["vocabSize"], d_model=64, n_layers=2, n_heads=4, d_ff=128, max_len=256)
    vocab = _vocab(folder)
    bos = [vocab[names["bos"]]] if "bos" in names else []
    prompt = bos + golden["template"]["ids"]
    eos = vocab[names["eos"]]
    # Random weights give near-ties; pick the first seed whose greedy path is decided by a clear margin.
    for seed in range(SEED, SEED + 50):
        torch.manual_seed(seed)
        model = Aligner(cfg).eval()
        with torch.no_grad():
            for p in model.parameters():
                p.mul_(25.0)
        if _margin(model, prompt, eos) > 1e-2:
            break
    export_aligner(model, os.path.join(folder, "model.onnx"))
    tokens = greedy(model, [prompt], eos, MAX_NEW)[0]
    golden["model"] = {"promptIds": prompt, "maxNewTokens": MAX_NEW, "greedyIds": tokens}
    _write_golden(folder, golden)
    _manifest(folder, name=f"byo-{os.path.basename(folder)}", kind="aligner", criterion=criterion,
              description="Tiny random-weight decoder for the loader tests.",
              architecture={"type": "llama-decoder", **cfg.to_dict()},
              io={"inputs": ["input_ids", "attention_mask", "position_ids"], "outputs": ["logits"],
                  "numLayers": cfg.n_layers, "numKeyValueHeads": cfg.n_heads, "headDim": cfg.head_dim},
              tokenizer=_tokenizer(folder, golden, "tokenizer.json", "huggingface", **names),
              promptFormat=prompt_format, maxInputTokens=200, maxOutputTokens=MAX_NEW)


@torch.no_grad()
def _margin(model, prompt, eos):
    ids = list(prompt)
    worst = float("inf")
    for _ in range(MAX_NEW):
        x = torch.tensor([ids])
        mask = torch.ones_like(x)
        logits = model(x, mask, torch.arange(len(ids)).unsqueeze(0), *model.empty_past(1))[0][0, -1]
        top = logits.topk(2).values
        worst = min(worst, float(top[0] - top[1]))
        nxt = int(logits.argmax())
        if nxt == eos:
            break
        ids.append(nxt)
    return worst


def _classifier(folder):
    golden = _read_json(os.path.join(folder, "golden.json"))
    torch.manual_seed(SEED)
    model = BertClassifier(golden["vocabSize"]).eval()
    with torch.no_grad():
        for p in model.parameters():
            p.mul_(4.0)
    ids = torch.tensor([[2, 10, 11, 3, 12, 13, 3], [2, 10, 3, 14, 3, 0, 0]])
    mask = (ids != 0).long()
    types = torch.tensor([[0, 0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 0, 0]])
    path = os.path.join(folder, "model.onnx")
    dyn = {n: {0: "batch", 1: "sequence"} for n in ("input_ids", "attention_mask", "token_type_ids")}
    dyn["logits"] = {0: "batch"}
    torch.onnx.export(model, (ids, mask, types), path, input_names=["input_ids", "attention_mask", "token_type_ids"],
                      output_names=["logits"], dynamic_axes=dyn, opset_version=OPSET, do_constant_folding=False)
    check_onnx(path)
    # The pair "<cls> prompt <sep> response <sep>" of the first two probe texts, scored by PyTorch.
    cases = golden["cases"]
    vocab = _vocab(folder)
    pair = [vocab["[CLS]"]] + cases[0]["ids"] + [vocab["[SEP]"]] + cases[1]["ids"] + [vocab["[SEP]"]]
    seg = [0] * (len(cases[0]["ids"]) + 2) + [1] * (len(cases[1]["ids"]) + 1)
    with torch.no_grad():
        logits = model(torch.tensor([pair]), torch.ones(1, len(pair), dtype=torch.long), torch.tensor([seg]))[0]
    golden["model"] = {"prompt": cases[0]["text"], "response": cases[1]["text"], "inputIds": pair, "tokenTypeIds": seg,
                       "pAligned": round(float(logits.softmax(-1)[1]), 6)}
    _write_golden(folder, golden)
    names = {"pad": "[PAD]", "unk": "[UNK]", "cls": "[CLS]", "sep": "[SEP]"}
    tok = _tokenizer(folder, golden, "vocab.txt", "wordpiece", **names)
    tok["lowerCase"] = True
    _manifest(folder, name="byo-bert-wordpiece", kind="inspector", criterion="helpful",
              description="Tiny random-weight BERT classifier for the loader tests.",
              architecture={"type": "bert-encoder", "d_model": 64, "n_layers": 2},
              io={"inputs": ["input_ids", "attention_mask", "token_type_ids"], "outputs": ["logits"], "alignedClass": 1},
              tokenizer=tok, inputFormat="bert-pair", threshold=0.5, maxInputTokens=128)


def _write_golden(folder, golden):
    import re
    text = json.dumps(golden, indent=1, ensure_ascii=False)
    text = re.sub(r"\[[\d,\s]*\]", lambda m: json.dumps(json.loads(m.group(0)), separators=(",", ":")), text)
    with open(os.path.join(folder, "golden.json"), "w", encoding="utf-8") as f:
        f.write(text + "\n")


def main(out):
    template = _read_json(os.path.join(out, "gpt2-bytelevel", "golden.json"))["template"]
    _decoder(os.path.join(out, "gpt2-bytelevel"), "helpful",
             {"name": "template", "prefix": template["prefix"], "separator": template["separator"],
              "suffix": template["suffix"]}, {"eos": "<|endoftext|>"})
    _decoder(os.path.join(out, "llama-sentencepiece"), "ethical", {"name": "pku-template"},
             {"bos": "<s>", "eos": "</s>", "unk": "<unk>"})
    _classifier(os.path.join(out, "bert-wordpiece"))
    print(f"models written under {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "byo", "models"))
