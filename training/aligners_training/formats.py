"""How text becomes model input: the contract the C# side reproduces token for token."""
from . import tokenizer as tk


def truncate_pair(prompt_ids, response_ids, budget):
    """Fits a (prompt, response) pair into `budget` tokens, keeping both represented.

    The response keeps its first tokens and the prompt its last (a question usually ends the
    prompt). Each side is guaranteed half the budget when both are long; a short side gives its
    unused share to the other.
    """
    p, r = len(prompt_ids), len(response_ids)
    if p + r <= budget:
        return prompt_ids, response_ids
    p_keep = min(p, max(budget // 2, budget - r))
    r_keep = min(r, budget - p_keep)
    return prompt_ids[p - p_keep:], response_ids[:r_keep]


def inspector_ids(sp, prompt, response, max_len):
    """`<s> prompt [SEP] response </s>`."""
    sep = sp.piece_to_id("[SEP]")
    p, r = truncate_pair(tk.encode(sp, prompt), tk.encode(sp, response), max_len - 3)
    return [tk.BOS] + p + [sep] + r + [tk.EOS]


def aligner_prompt_ids(sp, criterion, prompt, response, max_input):
    """`<s> [CRITERION] prompt [INIT] response [ALIGNED]`: each segment encoded on its own."""
    marker = sp.piece_to_id(tk.CRITERION_MARKERS[criterion])
    p, r = truncate_pair(tk.encode(sp, prompt), tk.encode(sp, response), max_input - 4)
    return [tk.BOS, marker] + p + [sp.piece_to_id("[INIT]")] + r + [sp.piece_to_id("[ALIGNED]")]


def aligner_target_ids(sp, aligned, max_output):
    """`aligned [DONE]`, the part the loss is taken on."""
    ids = tk.encode(sp, aligned)[: max_output - 1]
    return ids + [sp.piece_to_id("[DONE]")]
