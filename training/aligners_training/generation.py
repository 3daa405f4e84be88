"""Greedy generation with the KV cache in PyTorch: the reference the C# generator must match."""
import torch

from .batching import pad_left, positions


@torch.no_grad()
def greedy(model, prompts, stop_id, max_new):
    """Greedy continuation of each prompt (token id lists), batched with left padding.

    Returns the new tokens per prompt, without the stop token.
    """
    model.eval()
    ids, mask = pad_left(prompts)
    pos = positions(mask)
    out = model(ids, mask, pos, *model.empty_past(len(prompts)))
    logits, past = out[0], list(out[1:])
    done = [False] * len(prompts)
    result = [[] for _ in prompts]
    for _ in range(max_new):
        nxt = logits[:, -1].argmax(-1)
        for i, t in enumerate(nxt.tolist()):
            if not done[i]:
                if t == stop_id:
                    done[i] = True
                else:
                    result[i].append(t)
        if all(done):
            break
        mask = torch.cat([mask, torch.ones(len(prompts), 1, dtype=torch.long)], dim=1)
        pos = pos[:, -1:] + 1
        out = model(nxt.unsqueeze(1), mask, pos, *past)
        logits, past = out[0], list(out[1:])
    return result


@torch.no_grad()
def first_step_logits(model, prompt):
    """Logits at the last prompt position after the prefill (one prompt, no padding)."""
    ids = torch.tensor([prompt])
    mask = torch.ones_like(ids)
    out = model(ids, mask, positions(mask), *model.empty_past(1))
    return out[0][0, -1]
