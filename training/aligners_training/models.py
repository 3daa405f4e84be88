"""The two architectures: a BERT-style inspector and a Llama-style aligner decoder.

Both are written so that `torch.onnx.export` yields the Optimum I/O layout the C# side expects.
"""
import math
from dataclasses import asdict, dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F

NEG = -1e9  # additive mask value: large but finite, so fully masked rows stay NaN-free


@dataclass
class InspectorConfig:
    vocab_size: int
    d_model: int = 128
    n_layers: int = 4
    n_heads: int = 4
    d_ff: int = 512
    max_len: int = 256
    dropout: float = 0.1
    # "cls" reads the first position; "mean" averages every real position, which generalizes
    # better to prompt phrasings the model has not seen.
    pooling: str = "cls"

    def to_dict(self):
        return asdict(self)


class Inspector(nn.Module):
    """Encoder classifier on `<s> prompt [SEP] response </s>`; logits [batch, 2], class 1 = aligned."""

    def __init__(self, cfg: InspectorConfig):
        super().__init__()
        self.cfg = cfg
        self.tok = nn.Embedding(cfg.vocab_size, cfg.d_model)
        self.pos = nn.Embedding(cfg.max_len, cfg.d_model)
        self.norm = nn.LayerNorm(cfg.d_model)
        self.layers = nn.ModuleList([_EncoderBlock(cfg) for _ in range(cfg.n_layers)])
        self.final = nn.LayerNorm(cfg.d_model)
        self.head = nn.Linear(cfg.d_model, 2)
        self.apply(_init_weights)

    def forward(self, input_ids, attention_mask):
        seq = input_ids.shape[1]
        pos = torch.arange(seq, device=input_ids.device).unsqueeze(0)
        x = self.norm(self.tok(input_ids) + self.pos(pos))
        bias = (1.0 - attention_mask.to(x.dtype))[:, None, None, :] * NEG
        for block in self.layers:
            x = block(x, bias)
        x = self.final(x)
        if self.cfg.pooling == "mean":
            keep = attention_mask.to(x.dtype).unsqueeze(-1)
            return self.head((x * keep).sum(1) / keep.sum(1).clamp(min=1.0))
        return self.head(x[:, 0])


class _EncoderBlock(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.h, self.hd = cfg.n_heads, cfg.d_model // cfg.n_heads
        self.ln1 = nn.LayerNorm(cfg.d_model)
        self.qkv = nn.Linear(cfg.d_model, 3 * cfg.d_model)
        self.out = nn.Linear(cfg.d_model, cfg.d_model)
        self.ln2 = nn.LayerNorm(cfg.d_model)
        self.ff1 = nn.Linear(cfg.d_model, cfg.d_ff)
        self.ff2 = nn.Linear(cfg.d_ff, cfg.d_model)
        self.drop = nn.Dropout(cfg.dropout)

    def forward(self, x, bias):
        b, s, d = x.shape
        q, k, v = self.qkv(self.ln1(x)).view(b, s, 3, self.h, self.hd).permute(2, 0, 3, 1, 4).unbind(0)
        att = (q @ k.transpose(-1, -2)) / math.sqrt(self.hd) + bias
        y = (att.softmax(-1) @ v).transpose(1, 2).reshape(b, s, d)
        x = x + self.drop(self.out(y))
        return x + self.drop(self.ff2(F.gelu(self.ff1(self.ln2(x)))))


@dataclass
class AlignerConfig:
    vocab_size: int
    d_model: int = 256
    n_layers: int = 4
    n_heads: int = 4
    d_ff: int = 704
    max_len: int = 512
    rope_theta: float = 10000.0
    eps: float = 1e-5

    @property
    def head_dim(self):
        return self.d_model // self.n_heads

    def to_dict(self):
        return asdict(self)


class RMSNorm(nn.Module):
    def __init__(self, d, eps):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(d))

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def _rotate_half(x):
    x1, x2 = x.chunk(2, dim=-1)
    return torch.cat((-x2, x1), dim=-1)


class _DecoderBlock(nn.Module):
    def __init__(self, cfg: AlignerConfig):
        super().__init__()
        d, self.h, self.hd = cfg.d_model, cfg.n_heads, cfg.head_dim
        self.attn_norm = RMSNorm(d, cfg.eps)
        self.q = nn.Linear(d, d, bias=False)
        self.k = nn.Linear(d, d, bias=False)
        self.v = nn.Linear(d, d, bias=False)
        self.o = nn.Linear(d, d, bias=False)
        self.mlp_norm = RMSNorm(d, cfg.eps)
        self.gate = nn.Linear(d, cfg.d_ff, bias=False)
        self.up = nn.Linear(d, cfg.d_ff, bias=False)
        self.down = nn.Linear(cfg.d_ff, d, bias=False)

    def forward(self, x, cos, sin, bias, past_k, past_v):
        b, s, _ = x.shape
        h = self.attn_norm(x)
        q = self.q(h).view(b, s, self.h, self.hd).transpose(1, 2)
        k = self.k(h).view(b, s, self.h, self.hd).transpose(1, 2)
        v = self.v(h).view(b, s, self.h, self.hd).transpose(1, 2)
        q = q * cos + _rotate_half(q) * sin
        k = k * cos + _rotate_half(k) * sin
        k = torch.cat([past_k, k], dim=2)
        v = torch.cat([past_v, v], dim=2)
        att = (q @ k.transpose(-1, -2)) / math.sqrt(self.hd) + bias
        y = (att.softmax(-1) @ v).transpose(1, 2).reshape(b, s, -1)
        x = x + self.o(y)
        h = self.mlp_norm(x)
        return x + self.down(F.silu(self.gate(h)) * self.up(h)), k, v


class Aligner(nn.Module):
    """Llama-style decoder (RMSNorm, rotary positions, SwiGLU, no biases, tied embeddings).

    forward(input_ids, attention_mask, position_ids, *past) -> (logits, *present), where past and
    present are [batch, heads, length, head_dim] per layer, key then value. attention_mask covers
    past and current tokens; an empty past (length 0) is the prefill.
    """

    def __init__(self, cfg: AlignerConfig):
        super().__init__()
        self.cfg = cfg
        self.embed = nn.Embedding(cfg.vocab_size, cfg.d_model)
        self.blocks = nn.ModuleList([_DecoderBlock(cfg) for _ in range(cfg.n_layers)])
        self.norm = RMSNorm(cfg.d_model, cfg.eps)
        self.apply(_init_weights)
        for block in self.blocks:  # GPT-2 style: residual projections scaled by depth
            for w in (block.o.weight, block.down.weight):
                nn.init.normal_(w, std=0.02 / math.sqrt(2 * cfg.n_layers))
        inv = 1.0 / (cfg.rope_theta ** (torch.arange(0, cfg.head_dim, 2).float() / cfg.head_dim))
        self.register_buffer("inv_freq", inv, persistent=False)

    def forward(self, input_ids, attention_mask, position_ids, *past):
        b, s = input_ids.shape
        x = self.embed(input_ids)
        freqs = position_ids.to(x.dtype).unsqueeze(-1) * self.inv_freq
        emb = torch.cat((freqs, freqs), dim=-1)
        cos, sin = emb.cos().unsqueeze(1), emb.sin().unsqueeze(1)
        past_len = past[0].shape[2]
        total = past_len + s
        # Query i sits at absolute slot past_len + i and sees slots 0..past_len + i that the mask keeps.
        q_slot = torch.arange(s, device=x.device).unsqueeze(1) + past_len
        k_slot = torch.arange(total, device=x.device).unsqueeze(0)
        causal = (k_slot <= q_slot).to(x.dtype)[None, None]
        keep = causal * attention_mask.to(x.dtype)[:, None, None, :]
        bias = (1.0 - keep) * NEG
        present = []
        for i, block in enumerate(self.blocks):
            x, k, v = block(x, cos, sin, bias, past[2 * i], past[2 * i + 1])
            present += [k, v]
        logits = self.norm(x) @ self.embed.weight.t()
        return (logits, *present)

    def empty_past(self, batch):
        c = self.cfg
        z = torch.zeros(batch, c.n_heads, 0, c.head_dim)
        return [z] * (2 * c.n_layers)


def _init_weights(m):
    if isinstance(m, (nn.Linear, nn.Embedding)):
        nn.init.normal_(m.weight, std=0.02)
        if isinstance(m, nn.Linear) and m.bias is not None:
            nn.init.zeros_(m.bias)


def count_params(model):
    return sum(p.numel() for p in model.parameters())
