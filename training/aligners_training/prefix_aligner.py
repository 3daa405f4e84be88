"""The aligner warm-started from the pretrained sentence encoder: all-MiniLM-L6-v2 run as a prefix
language model (one stack, as in UniLM, Dong et al. 2019; Rothe et al. 2020 warm-start two).

The Ngweta input `[CLS] [CRITERION] prompt [INIT] response [ALIGNED]` is the prefix: its tokens see
each other both ways, as the encoder was trained. The rewrite follows, each token seeing the prefix
and the tokens before it, and ends with `[DONE]`. The markers are the vocabulary's `[unused0..5]`
slots, so the WordPiece vocabulary and every pretrained weight are used as they are; a new head
(dense, GELU, LayerNorm, the word embeddings tied as output weights) turns hidden states into logits.

The exported graph has the Optimum KV-cache layout the C# generator runs (`input_ids`,
`attention_mask`, `position_ids`, `past_key_values.{i}.key|value` -> `logits`, `present.{i}.*`):
a run with an empty cache is the prefill and attends both ways; a run with a cache attends to it all.
The prefix carries segment 0 and the rewrite segment 1, so the graph picks the segment the same way.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

from . import minilm
from .formats import truncate_pair

HIDDEN, HEADS, LAYERS = minilm.HIDDEN, minilm.HEADS, minilm.LAYERS
HEAD_DIM = HIDDEN // HEADS
NEG = -1e9
# [unused0..5] of the BERT uncased vocabulary.
SPECIAL = {"[INIT]": 1, "[ALIGNED]": 2, "[DONE]": 3, "[ETHICAL]": 4, "[FACTUALITY]": 5, "[HELPFUL]": 6}
MARKERS = {"ethical": "[ETHICAL]", "factuality": "[FACTUALITY]", "helpful": "[HELPFUL]"}
CLS, SEP, PAD, UNK = 101, 102, 0, 100


class PrefixAligner(nn.Module):
    """forward(input_ids, attention_mask, position_ids, *past) -> (logits, *present), past and present
    [batch, heads, length, head_dim] per layer, key then value; an empty past is the prefill."""

    def __init__(self, base: minilm.MiniLM):
        super().__init__()
        self.word, self.position, self.token_type, self.ln = base.word, base.position, base.token_type, base.ln
        self.layers = base.layers
        self.head = nn.Linear(HIDDEN, HIDDEN)
        self.head_ln = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.head_bias = nn.Parameter(torch.zeros(base.word.num_embeddings))
        nn.init.normal_(self.head.weight, std=0.02)
        nn.init.zeros_(self.head.bias)

    @staticmethod
    def _layer(layer, x, bias, past_k, past_v):
        b, s, _ = x.shape
        split = lambda y: y.view(b, s, HEADS, HEAD_DIM).transpose(1, 2)
        q = split(layer.q(x))
        k = torch.cat([past_k, split(layer.k(x))], dim=2)
        v = torch.cat([past_v, split(layer.v(x))], dim=2)
        att = (q @ k.transpose(-1, -2)) / HEAD_DIM ** 0.5 + bias
        ctx = (att.softmax(-1) @ v).transpose(1, 2).reshape(b, s, HIDDEN)
        x = layer.ln1(x + layer.o(ctx))
        return layer.ln2(x + layer.ff2(F.gelu(layer.ff1(x)))), k, v

    def logits(self, h):
        return self.head_ln(F.gelu(self.head(h))) @ self.word.weight.t() + self.head_bias

    def run(self, ids, types, position_ids, bias, past):
        x = self.ln(self.word(ids) + self.position(position_ids) + self.token_type(types))
        present = []
        for i, layer in enumerate(self.layers):
            x, k, v = self._layer(layer, x, bias, past[2 * i], past[2 * i + 1])
            present += [k, v]
        return x, present

    def forward(self, input_ids, attention_mask, position_ids, *past):
        b, s = input_ids.shape
        past_len = past[0].shape[2]
        # 1 when a cache is given (the rewrite), 0 for the prefill (the prefix): a tensor, so the
        # exported graph decides at run time.
        cached = (torch.arange(1) + past_len).clamp(max=1)
        q_slot = torch.arange(s).unsqueeze(1) + past_len + (1 - cached) * 1_000_000
        k_slot = torch.arange(past_len + s).unsqueeze(0)
        keep = (k_slot <= q_slot).float()[None, None] * attention_mask.float()[:, None, None, :]
        types = cached.expand(b, s)
        x, present = self.run(input_ids, types, position_ids, (1.0 - keep) * NEG, past)
        return (self.logits(x), *present)

    def empty_past(self, batch):
        z = torch.zeros(batch, HEADS, 0, HEAD_DIM)
        return [z] * (2 * LAYERS)

    def train_hidden(self, ids, prefix_lens, lengths):
        """Hidden states of right-padded prefix+rewrite rows in one pass: the prefix both ways, the
        rewrite causally, padding unseen."""
        b, t = ids.shape
        slot = torch.arange(t)
        prefix = slot[None, :] < prefix_lens[:, None]                       # [b, t]
        real = slot[None, :] < lengths[:, None]
        causal = slot[None, :, None] >= slot[None, None, :]                # query >= key
        keep = (causal | prefix[:, None, :] & prefix[:, :, None]) & real[:, None, :]
        bias = (1.0 - keep.float())[:, None] * NEG
        types = (~prefix).long()
        x, _ = self.run(ids, types, slot.unsqueeze(0).expand(b, t), bias, self.empty_past(b))
        return x


def prefix_ids(wp, criterion, prompt, response, max_input):
    """`[CLS] [CRITERION] prompt [INIT] response [ALIGNED]`, the pair cut as the C# PairTruncation cuts it."""
    p, r = truncate_pair(wp.pieces(prompt), wp.pieces(response), max_input - 4)
    return [CLS, SPECIAL[MARKERS[criterion]]] + p + [SPECIAL["[INIT]"]] + r + [SPECIAL["[ALIGNED]"]]


def target_ids(wp, aligned, max_output):
    return wp.pieces(aligned)[: max_output - 1] + [SPECIAL["[DONE]"]]


def load(path=None):
    """(PrefixAligner warm-started from the packaged encoder, WordPiece tokenizer, vocabulary lines)."""
    base, wp, vocab = minilm.load(path)
    return PrefixAligner(base), wp, vocab


def loss_on(model, batch):
    """Cross-entropy of the rewrite tokens (and [DONE]) of (prefix, target) pairs, right-padded."""
    seqs = [x + y for x, y in batch]
    t = max(map(len, seqs))
    ids = torch.full((len(seqs), t), PAD, dtype=torch.long)
    for i, s in enumerate(seqs):
        ids[i, :len(s)] = torch.tensor(s)
    prefix_lens = torch.tensor([len(x) for x, _ in batch])
    h = model.train_hidden(ids, prefix_lens, torch.tensor([len(s) for s in seqs]))
    # Only the positions that predict a rewrite token go through the 30k-way head.
    rows = torch.cat([torch.full((len(y),), i) for i, (x, y) in enumerate(batch)])
    cols = torch.cat([torch.arange(len(x) - 1, len(x) + len(y) - 1) for x, y in batch])
    labels = torch.cat([torch.tensor(y) for _, y in batch])
    return F.cross_entropy(model.logits(h[rows, cols]), labels)


WORD = "word.weight"
FP16_MIN_SIZE = 1024


def round_as_stored(model):
    """Rounds the weights to what `export` stores (the word table to int8 rows, other large weights
    to fp16), so PyTorch computes what the graph will."""
    from .quantize import emulate_embedding
    emulate_embedding(model.word)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name != WORD and p.numel() >= FP16_MIN_SIZE:
                p.copy_(p.half().float())


def export(model, path):
    """ONNX in the Optimum KV-cache layout. The word table (input embeddings and output weights) is
    stored once as int8 rows with a scale each, the other large weights in fp16; Cast and Mul nodes
    restore fp32, which ONNX Runtime folds once at session creation. Returns the file's sha256."""
    import hashlib
    from pathlib import Path

    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    from .export import aligner_io
    from .quantize import quantize_rows
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    inputs, outputs = aligner_io(LAYERS)
    b, s, past_len = 2, 3, 2
    ids = torch.randint(1000, 2000, (b, s))
    mask = torch.ones(b, past_len + s, dtype=torch.long)
    pos = torch.arange(past_len, past_len + s).unsqueeze(0).repeat(b, 1)
    past = [torch.randn(b, HEADS, past_len, HEAD_DIM) for _ in range(2 * LAYERS)]
    dyn = {"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "total_sequence"},
           "position_ids": {0: "batch", 1: "sequence"}, "logits": {0: "batch", 1: "sequence"}}
    dyn.update({n: {0: "batch", 2: "past_sequence"} for n in inputs[3:]})
    dyn.update({n: {0: "batch", 2: "total_sequence"} for n in outputs[1:]})
    model.eval()
    torch.onnx.export(model, (ids, mask, pos, *past), str(path), input_names=inputs, output_names=outputs,
                      dynamic_axes=dyn, opset_version=17, do_constant_folding=False)
    m = onnx.load(str(path))
    graph = m.graph
    restore = []
    for init in list(graph.initializer):
        if init.data_type != TensorProto.FLOAT or np.prod(init.dims) < FP16_MIN_SIZE:
            continue
        array = numpy_helper.to_array(init)
        graph.initializer.remove(init)
        if init.name == WORD:
            q, scale = quantize_rows(array)
            graph.initializer.extend([numpy_helper.from_array(q, WORD + "_rows8"),
                                      numpy_helper.from_array(scale, WORD + "_rowscale"),
                                      numpy_helper.from_array(np.array([1], dtype=np.int64), WORD + "_axis")])
            restore += [helper.make_node("Cast", [WORD + "_rows8"], [WORD + "_f"], to=TensorProto.FLOAT, name=WORD + "_cast"),
                        helper.make_node("Unsqueeze", [WORD + "_rowscale", WORD + "_axis"], [WORD + "_s"], name=WORD + "_unsqueeze"),
                        helper.make_node("Mul", [WORD + "_f", WORD + "_s"], [WORD], name=WORD + "_dequantize")]
        else:
            graph.initializer.append(numpy_helper.from_array(array.astype(np.float16), init.name + "_fp16"))
            restore.append(helper.make_node("Cast", [init.name + "_fp16"], [init.name], to=TensorProto.FLOAT, name=init.name + "_cast"))
    for node in reversed(restore):
        graph.node.insert(0, node)
    onnx.checker.check_model(m)
    onnx.save(m, str(path))
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_exported(path):
    """The PyTorch module back from an exported file (weights as stored), with its tokenizer."""
    import onnx
    from .quantize import dequantized
    model, wp, vocab = load()
    weights = dequantized(onnx.load(str(path)).graph.initializer)
    state = model.state_dict()
    missing = [k for k in state if k not in weights]
    if missing:
        raise ValueError(f"{path}: no initializer for {missing[:5]}")
    model.load_state_dict({k: torch.from_numpy(weights[k].reshape(state[k].shape).copy()) for k in state})
    return model.eval(), wp, vocab
