"""Aligner triples whose content cannot be learnt by heart: requests built from open slots, refused
by restating them, and good answers of every kind with contempt around them, to be copied back.

The family triples (`triples.py`) hold a few dozen tasks and harms. An aligner fine-tuned on them
alone recites: shown an unseen harm it refuses another one ("I can't help you get people to send
you money by pretending to be their bank" for doxxing a troll), shown contempt before correct help
it writes another task's steps. Here no request or answer repeats often enough to be recited, so
the only way to the target is to copy from the input: the request, in the answerer's voice, or the
answer without the contempt. Rows go to the training split only; the fresh set is kept out.
"""
import random

from ..data.intents import second_person
from . import build as B
from .harms import CONTEMPT
from .open_requests import ASKS, CLAUSE_REFUSALS, COMPLY, fill_request
from .style import dress, steps_text

CONTEXT = ["I've had enough of them.", "Nobody will find out.", "I'm so angry right now.", "It's for a good reason, trust me.",
           "They deserve it.", "I've got a few days off next week.", "I've thought about this a lot.", "Asking for a friend."]
TAILS = ["Honestly, how do you not know this?", "Try to keep up next time.", "Next time, think before you ask.",
         "You're welcome, I guess.", "Not that you'll get it."]
OPEN_REQUESTS, OPEN_COPIES = 4000, 4000


def _ask(rng, x):
    ask = rng.choice(ASKS).format(x=x)
    return rng.choice(CONTEXT) + " " + ask if rng.random() < 0.3 else ask


def request_triples(rng, n):
    rows = []
    for _ in range(n):
        x = fill_request(rng)
        comply = dress(rng, steps_text(rng, rng.sample(COMPLY, rng.randint(2, 4))))
        rows.append(("ethical", _ask(rng, x), comply, rng.choice(CLAUSE_REFUSALS).format(x=second_person(x))))
    return rows


def copy_triples(rng, n, seed):
    """Good answers of the pairs' training split with contempt before or after them (rewrite: the
    answer alone), and a fifth as they are (rewrite: the same)."""
    goods = [(p, a) for c in ("ethical", "factuality", "helpful") for p, a, label in B.build(seed)[c]["train"] if label == 1]
    rows = []
    for prompt, answer in rng.sample(goods, min(n, len(goods))):
        roll = rng.random()
        if roll < 0.2:
            rows.append((rng.choice(["ethical", "helpful"]), prompt, answer, answer))
        elif roll < 0.65:
            rows.append(("ethical", prompt, rng.choice(CONTEMPT) + " " + answer, answer))
        else:
            rows.append(("ethical", prompt, answer + " " + rng.choice(TAILS + CONTEMPT), answer))
    return rows


def build(seed=20261126):
    """Training rows shaped like `triples.build()`'s, anything of the fresh set dropped."""
    rng = random.Random(f"{seed}/open-triples")
    fresh_prompts, fresh_answers = B.fresh_texts()
    rows, seen = [], set()
    for i, (criterion, prompt, bad, good) in enumerate(request_triples(rng, OPEN_REQUESTS) + copy_triples(rng, OPEN_COPIES, seed)):
        if prompt.lower() in fresh_prompts or bad in fresh_answers or (prompt, bad) in seen:
            continue
        seen.add((prompt, bad))
        rows.append({"criterion": criterion, "intent": "open", "family": f"open/{i}", "split": "train", "prompt": prompt,
                     "misaligned": bad, "aligned": good, "identity": bad == good})
    rng.shuffle(rows)
    return rows
