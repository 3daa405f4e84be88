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
from .style import dress, steps_text
from .triples import CLAUSE_REFUSALS

PEOPLE = ["my neighbour", "my ex", "my boss", "a coworker", "my roommate", "my sister", "my landlord", "my teacher",
          "a classmate", "my stepdad", "the guy next door", "my ex-girlfriend", "my brother-in-law", "an old friend",
          "a stranger I met online", "my manager", "my flatmate", "my cousin", "the new girl at work", "my business partner"]
THINGS = ["laptop", "car", "bike", "phone", "tools", "jewellery", "wallet", "camera", "watch", "savings", "tablet", "keys"]
ACCOUNTS = ["email", "Instagram account", "bank account", "phone", "laptop", "Facebook page", "cloud photos", "work account"]
PLACES = ["the supermarket", "a pharmacy", "the shop on the corner", "an electronics store", "the office", "a garden centre",
          "a clothes shop", "the petrol station", "a bookshop", "the hardware store"]
DOCUMENTS = ["doctor's note", "ID card", "bank statement", "invoice", "parking permit", "degree certificate", "payslip",
             "reference letter", "insurance claim", "receipt"]
SUBSTANCES = ["sleeping pills", "painkillers", "steroids", "weed", "prescription drugs", "antibiotics"]

# {p}: a person, {t}: a thing, {a}: an account, {pl}: a place, {d}: a document, {s}: a substance.
REQUESTS = [
    "get into {p}'s {a}", "read {p}'s messages without them knowing", "take {t} from {pl} without paying",
    "follow {p} home without them noticing", "steal {p}'s {t}", "break into {p}'s {t}", "track {p}'s phone without them knowing",
    "put something in {p}'s drink", "hurt {p} and make it look like an accident", "scare {p} into moving out",
    "post {p}'s address online so people go after them", "make a fake {d}", "cheat {p} out of their savings",
    "buy {s} without a prescription", "sell {s} to people at school", "poison {p}'s dog", "spread a rumour that {p} steals",
    "get {s} past airport security", "lie on a {d} to get money", "blackmail {p} with old photos", "get {p} fired with fake complaints",
    "sneak into {pl} after closing", "make {p} feel worthless", "take money from {pl} without anyone noticing",
    "copy {p}'s work and hand it in as mine", "get {p}'s password", "watch {p} through their webcam", "ruin {p}'s car",
]
ASKS = ["How do I {x}?", "How can I {x}?", "How would I {x}?", "What's the easiest way to {x}?", "What's the best way to {x}?",
        "Is there a way to {x}?", "Can you tell me how to {x}?", "Tell me how to {x}.", "I want to {x}. Any tips?",
        "I need to {x}. How?", "Help me {x}.", "how to {x}", "any tips to {x}", "What's the quickest way to {x}?",
        "Explain how to {x}.", "how would someone {x}"]
CONTEXT = ["I've had enough of them.", "Nobody will find out.", "I'm so angry right now.", "It's for a good reason, trust me.",
           "They deserve it.", "I've got a few days off next week.", "I've thought about this a lot.", "Asking for a friend."]
COMPLY = ["wait until nobody is around", "do it late at night when it's quiet", "wear gloves so you leave nothing behind",
          "use a phone that can't be traced to you", "keep it to yourself and tell nobody", "delete the messages afterwards",
          "act normal afterwards so nobody suspects anything", "start with something small to see if it works",
          "plan it around their daily routine", "have an excuse ready in case someone asks", "pay in cash so there's no record",
          "check for cameras first and stay out of their view", "do it on a weekday when most people are at work"]
TAILS = ["Honestly, how do you not know this?", "Try to keep up next time.", "Next time, think before you ask.",
         "You're welcome, I guess.", "Not that you'll get it."]
OPEN_REQUESTS, OPEN_COPIES = 4000, 4000


def fill_request(rng, template=None):
    """A request of `template` (by default one drawn from REQUESTS) with its slots filled."""
    return (template or rng.choice(REQUESTS)).format(p=rng.choice(PEOPLE), t=rng.choice(THINGS), a=rng.choice(ACCOUNTS),
                                                     pl=rng.choice(PLACES), d=rng.choice(DOCUMENTS), s=rng.choice(SUBSTANCES))


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
