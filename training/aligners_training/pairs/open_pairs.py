"""Inspector pairs from open vocabularies: thousands of harmless requests about things WordNet names
(instruments, sports, games, dishes, plants, subjects, crafts), harmful requests built from open
slots (`open_requests.REQUESTS`), and kind secrets answered with the steps of harmful compliance.
Used by `build(open_vocabulary=True)`, which the ethical inspector trains on (docs/models.md).

The hand-written families hold 33 tasks and 28 harms. An ethical inspector trained on them alone
learns which topics it has seen helped with, and flags step-by-step help for anything else. Here a
topic seldom repeats, so what decides the label has to be the request's harm or the answer's
contempt: the same steps are good after a harmless request and contemptuous after a sneer.
Families are split by slot (each WordNet noun, each request template), like the hand-written ones,
except that validation holds out one topic group whole (`held_out_topic`).
"""
from collections import Counter
from functools import lru_cache

from . import wordnet
from .harms import CONTEMPT
from .open_requests import ASKS as HARM_ASKS, CLAUSE_REFUSALS, COMPLY, REQUESTS, fill_request
from .style import dress, sentence, steps_text
from ..data.intents import second_person

# Groups of WordNet (noun, sense); ASKS and STEPS hold, per group, how people ask about one of its
# kinds and steps that help with any of them.
TOPICS = [
    (("musical instrument", 1),),
    (("sport", 1), ("game", 1), ("exercise", 1)),
    (("dish", 2),),
    (("vegetable", 1), ("flower", 1)),
    (("discipline", 1), ("craft", 1)),
]
ASKS = [
    ["How do I learn to play the {x}?", "I'd like to pick up the {x}. Where do I start?", "any tips for a beginner on the {x}",
     "Is the {x} hard to learn? How should I begin?"],
    ["How do I get into {x}?", "Any tips for a beginner at {x}?", "I want to start {x}. What should I know?", "how do I get better at {x}"],
    ["How do I make {x}?", "What's the easiest way to cook {x} at home?", "any tips for making {x}", "Can you walk me through making {x}?"],
    ["How do I grow {x}?", "any tips for growing {x} in my garden", "When and how should I plant {x}?", "How do I look after {x}?"],
    ["How do I learn {x}?", "What's a good way to get started with {x}?", "I want to understand {x}. Where should I begin?", "how to study {x} on my own"],
]
STEPS = [
    ["find a teacher or a beginner's course for the {x}", "learn to hold it properly before anything else",
     "practise for twenty minutes a day rather than for hours once a week", "start with simple pieces and play them slowly",
     "record yourself now and then so you can hear your progress", "play with other people once you know a few pieces"],
    ["look for a local club or class that takes beginners", "borrow or buy second-hand kit before spending much",
     "warm up properly before each session", "learn the rules and the basic technique from someone experienced",
     "go regularly and build up slowly", "watch people who are good at {x} and copy what they do"],
    ["find a well-reviewed recipe for {x}", "measure the ingredients and get them ready before you start",
     "follow the quantities exactly the first time", "keep the heat moderate so nothing burns", "taste as you go and adjust the seasoning",
     "serve it while it's fresh"],
    ["check when {x} should be sown or planted where you live", "pick a spot with the right amount of sun", "dig some compost into the soil first",
     "water regularly, but don't leave the roots sitting in water", "keep an eye out for slugs and other pests",
     "feed it every few weeks in the growing season"],
    ["start with an introductory book or a free online course on {x}", "set aside a little time every day", "write short summaries in your own words",
     "work through exercises rather than only reading", "find a study group or forum to ask questions",
     "go back to the basics when something doesn't make sense"],
]
WHAT_IS = ["What is {x}?", "what's {x}", "Can you explain what {x} is?", "What does {x} mean?", "I keep hearing about {x}. What is it?"]
DEFINE = ["It's {g}.", "That's {g}.", "{X} is {g}.", "{X}: {g}.", "In short, {g}."]
ALTERNATIVES = ["If something has gone wrong between you, talking it through with someone you trust is a better start.",
                "If you're in a difficult spot, I can help you look at legal options.",
                "If you feel you've been wronged, the police or a solicitor can tell you what you can do.",
                "If you're struggling, a counsellor or a helpline can help you think it through."]
# Requests where keeping quiet and choosing the moment are what a kind plan needs: the compliance
# steps below, word for word, are good answers to them, so only the request tells harm apart.
SECRETS = ["plan a surprise party for {p}", "hide a birthday present from {p} until the day", "keep a surprise proposal secret from {p}",
           "organise a surprise visit for {p}", "get {p} a present they won't guess", "plan a surprise trip for {p}",
           "leave a surprise thank-you note for {p}", "arrange a surprise dinner for {p}"]
FRIENDS = ["my sister", "my mum", "my dad", "my best friend", "my partner", "my cousin", "an old friend", "my grandmother", "my brother",
           "my flatmate", "my wife", "my husband", "my teacher", "my coworker"]
KIND_STEPS = ["wait until nobody is around", "keep it to yourself and tell nobody", "plan it around their daily routine",
              "have an excuse ready in case someone asks", "act normal afterwards so nobody suspects anything",
              "delete the messages afterwards", "pay in cash so there's no record", "do it on a weekday when most people are at work",
              "start with something small to see if it works"]
HARM_REQUESTS, SECRET_REQUESTS = 1500, 600


def topics():
    """(topic index, word, gloss) of every thing WordNet names under each topic's roots."""
    for i, roots in enumerate(TOPICS):
        seen = set()
        for word, sense in roots:
            for name, gloss in wordnet.kinds(word, sense):
                if name not in seen:
                    seen.add(name)
                    yield i, name, gloss


def _steps(rng, i, x):
    steps = [s.format(x=x) for s in STEPS[i]]
    return steps_text(rng, steps[:rng.randint(3, len(steps))])


def _definition(rng, x, gloss):
    return rng.choice(DEFINE).format(x=x, X=x[0].upper() + x[1:], g=gloss)


def held_out_topic():
    """The topic group the validation split holds out whole: the smallest, so that training loses
    least. Its nouns, asks and steps are never trained on, so validation scores a kind of request
    the model has not seen, as use does; with nouns split one by one, every validation topic
    shared its asks and steps with training, and the models chosen on it all scored near 1.0."""
    sizes = Counter(i for i, _, _ in topics())
    return min(sizes, key=lambda i: (sizes[i], i))


def topic_split(x, held_out, split_of):
    """The split of noun `x`: validation if the held-out group has it (whatever group it comes from
    here: a flageolet is an instrument and a bean); otherwise train or test by the noun's family (a
    noun whose family falls in validation trains)."""
    if x in _nouns_of(held_out):
        return "validation"
    split = split_of(f"open-topic/{x}")
    return "train" if split == "validation" else split


@lru_cache(maxsize=None)
def _nouns_of(i):
    return frozenset(x for j, x, _ in topics() if j == i)


def harmless(rng, split_of, out):
    """Harmless requests about WordNet's kinds: step-by-step help and definitions are good answers,
    the same answers after a sneer bad ones."""
    held_out = held_out_topic()
    for i, x, gloss in topics():
        split = topic_split(x, held_out, split_of)
        ask = rng.choice(ASKS[i]).format(x=x)
        out[split].append((ask, dress(rng, _steps(rng, i, x)), 1))
        what = rng.choice(WHAT_IS).format(x=x)
        definition = sentence(_definition(rng, x, gloss))
        if rng.random() < 0.4:
            out[split].append((what, dress(rng, definition, closing=False), 1))
        if rng.random() < 0.5:
            question, bad = (ask, _steps(rng, i, x)) if rng.random() < 0.6 else (what, definition)
            body = rng.choice(CONTEMPT) + " " + bad if rng.random() < 0.6 else bad + " " + rng.choice(CONTEMPT)
            out[split].append((question, dress(rng, body), 0))


def harmful(rng, split_of, out, n=HARM_REQUESTS):
    """Harmful requests from open slots, split by request template: plain compliance is a bad
    answer; a refusal that restates the request, or offers something lawful, is a good one. Then
    kind secrets answered with the same kind of steps, as good answers."""
    for _ in range(n):
        template = rng.choice(REQUESTS)
        split = split_of(f"open-harm/{template}")
        x = fill_request(rng, template)
        ask = rng.choice(HARM_ASKS).format(x=x)
        out[split].append((ask, dress(rng, steps_text(rng, rng.sample(COMPLY, rng.randint(2, 4)))), 0))
        roll = rng.random()
        if roll < 0.5:
            good = rng.choice(CLAUSE_REFUSALS).format(x=second_person(x))
        elif roll < 0.8:
            good = rng.choice(CLAUSE_REFUSALS).format(x=second_person(x)) + " " + rng.choice(ALTERNATIVES)
        else:
            good = rng.choice(ALTERNATIVES)
        out[split].append((ask, dress(rng, good, closing=False), 1))
    for _ in range(SECRET_REQUESTS):
        template = rng.choice(SECRETS)
        ask = rng.choice(HARM_ASKS).format(x=template.format(p=rng.choice(FRIENDS)))
        out[split_of(f"open-secret/{template}")].append((ask, dress(rng, steps_text(rng, rng.sample(KIND_STEPS, rng.randint(2, 4)))), 1))
