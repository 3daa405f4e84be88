"""The shared SentencePiece tokenizer.

Unigram, not BPE: Microsoft.ML.Tokenizers 2.0.1 reproduces Python's ids for a unigram model with
user-defined symbols, but turns them into unknowns for a BPE model. No byte fallback: the
library's unigram path offsets byte-piece ids by 255 (it takes the last byte piece as the first),
so characters outside the corpus become <unk> on both sides instead.
"""
import io
import json

import sentencepiece as spm

PAD, UNK, BOS, EOS = 0, 1, 2, 3
MARKERS = ["[INIT]", "[ALIGNED]", "[DONE]", "[SEP]"]
CRITERION_MARKERS = {"ethical": "[ETHICAL]", "factuality": "[FACTUALITY]", "helpful": "[HELPFUL]"}
SPECIAL_PIECES = {"<pad>": PAD, "<unk>": UNK, "<s>": BOS, "</s>": EOS}


def corpus_lines(rows):
    for r in rows:
        yield r["prompt"]
        yield r["misaligned"]
        if r["aligned"] != r["misaligned"]:
            yield r["aligned"]


def train(rows, path_prefix, vocab_size, seed):
    """Trains the model and writes PATH_PREFIX.model; returns the loaded processor."""
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(sorted(set(corpus_lines(rows)))),
        model_writer=model,
        model_type="unigram",
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        character_coverage=1.0,
        byte_fallback=False,
        normalization_rule_name="identity",
        pad_id=PAD, unk_id=UNK, bos_id=BOS, eos_id=EOS,
        user_defined_symbols=MARKERS + list(CRITERION_MARKERS.values()),
        num_threads=1,
        minloglevel=2,
    )
    with open(path_prefix + ".model", "wb") as f:
        f.write(model.getvalue())
    return load(path_prefix + ".model")


def load(path):
    return spm.SentencePieceProcessor(model_file=path)


def special_tokens(sp):
    """Special symbol -> id, as written into the manifests."""
    names = list(SPECIAL_PIECES) + MARKERS + list(CRITERION_MARKERS.values())
    return {n: sp.piece_to_id(n) for n in names}


def encode(sp, text):
    """Plain text to ids: no BOS/EOS (the prompt formats add those)."""
    return sp.encode(text, out_type=int)


def write_info(sp, path):
    with open(path, "w") as f:
        json.dump({"vocab_size": sp.get_piece_size(), "special_tokens": special_tokens(sp)}, f, indent=2)
