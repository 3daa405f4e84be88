"""Helpful pairs in the shapes that good answers take outside the project, each beside the bad
answers of the same surface (`real_pairs.helpful` adds them with `--real-answers`).

Answers written elsewhere are laid out in Markdown (numbered lines, bullets, bold results), answer a
factual question with a bare name ("Carbon dioxide."), ask what an underspecified request means,
show their working for a bill split, correct the user, write the haiku asked for, and stay
courteous to a user who is rude. Trained only on the families of `real_pairs.py`, an inspector
learns that short answers and clarifying questions are non-answers and flags them. The same
prompts here are also answered vaguely ("consistency is key"), dismissively, with trivia about the
topic, with "it depends" or a deflection, so that the substance, not the layout or the length,
tells the classes apart. Families are split by `split_of` like the rest.
"""
import json
from pathlib import Path

from . import open_pairs
from .real_topics import TOPICS
from .style import dress, sentence
from .tasks import TASKS

FACTS = Path(__file__).resolve().parents[3] / "src" / "Inference" / "Aligners.Inference" / "Facts" / "Data"

# Non-answers that name the topic and say nothing about it: bad for helpful whatever the layout.
VAGUE = ["{X} takes some care. Be sure to research it properly before you start.", "There are lots of ways to go about {x}. Try a few and see what works for you.",
         "Just take it step by step and you'll get there. Consistency is key!", "{X} is something a lot of people enjoy. Stay patient and keep at it.",
         "Do it carefully and make sure you use the right method.", "It's all about finding what works for you. Good luck with {x}!",
         "Make sure you're well prepared and think about what you need. You've got this!", "There are various options out there for {x}."]
DISMISS = ["Honestly, {x} isn't worth the effort. I'd skip it.", "You don't really need help with {x}. Just wing it.",
           "Everyone works out {x} eventually. You will too.", "That's not really something worth worrying about.",
           "It's not that complicated. Search online and you'll find something."]
PIVOTS = [" Speaking of which, have you thought about taking up something else instead?", " By the way, it's worth reading about its history some time.", ""]
FACT_BAD = ["That's a great question with a long history behind it. Lots of people have been involved over the years.",
            "You can look that up in a couple of seconds online.", "It depends on which sources you read, really.",
            "I'd check an encyclopaedia or ask a teacher for something like this.", "I'm sorry, I can't help with trivia questions.",
            "Good question! It's one of those things many people get wrong."]
WORKING_BAD = ["Just use a calculator app for that.", "It depends on the numbers, really. Everyone does it differently.",
               "Customs around this vary a lot from country to country.", "That's simple maths, you can work it out yourself.",
               "I'd ask whoever is handling the bill to do it."]


def _cap(s):
    return s[0].upper() + s[1:]


def _load(name, key):
    return json.loads((FACTS / f"{name}.json").read_text(encoding="utf-8"))[key]


def _markdown(rng, lines, lead=None):
    """`lines` as a numbered or bulleted Markdown list, items sometimes led by bold words, after an optional lead line."""
    numbered, bold = rng.random() < 0.5, rng.random() < 0.5
    items = []
    for i, line in enumerate(lines):
        text = sentence(line)
        if bold:
            words = text.split(" ")
            k = min(len(words) - 1, rng.randint(2, 3))
            text = "**" + " ".join(words[:k]) + "**" + (" – " if rng.random() < 0.5 else " ") + " ".join(words[k:]) if k > 0 else text
        items.append((f"{i + 1}. " if numbered else "- ") + text)
    head = (lead + "\n\n") if lead else ""
    return head + "\n".join(items)


def _sentences(text):
    return [s.strip() for s in text.replace("\n", " ").split(". ") if s.strip()]


def layout(rng, split_of, out):
    """Every task's steps and every topic's full answer in Markdown (good), and their trivia, another
    task's steps or a vague answer in the same layout (bad)."""
    leads = [None, "Here's how:", "Sure! Here's a quick guide:", "Try these in order:", "**Short answer:** it's easy once you know the steps."]
    for task in TASKS:
        split = split_of("task/" + task.id)
        others = [t for t in TASKS if t.id != task.id and split_of("task/" + t.id) == split] or TASKS
        for ask in task.asks:
            good = _markdown(rng, list(task.steps), rng.choice(leads))
            if rng.random() < 0.3:
                good = f"**{sentence(task.short)}**\n\n" + good
            out[split].append((ask, good, 1))
            k = rng.randint(min(3, len(task.steps)), len(task.steps))
            out[split].append((ask, _markdown(rng, list(task.steps[:k]), rng.choice(leads)), 1))
            out[split].append((ask, _markdown(rng, list(task.trivia) + [rng.choice(VAGUE).format(x="it", X="It")], rng.choice(leads[:2])), 0))
            out[split].append((ask, _markdown(rng, list(rng.choice(others).steps), rng.choice(leads)), 0))
    for topic in TOPICS:
        split = split_of(f"real-topic/{topic.id}")
        for ask in topic.asks:
            out[split].append((ask, _markdown(rng, _sentences(topic.full), rng.choice(leads)), 1))
            out[split].append((ask, _markdown(rng, _sentences(topic.background), rng.choice(leads[:2])), 0))


def vague_topics(rng, split_of, out, n=300):
    """Harmless asks about a named thing answered in full (good) or with a platitude, a dismissal or a
    change of subject that names the thing (bad)."""
    for topic in TOPICS:
        split = split_of(f"real-topic/{topic.id}")
        for ask in topic.asks:
            x = topic.x
            out[split].append((ask, dress(rng, rng.choice(VAGUE).format(x=x, X=_cap(x))), 0))
            out[split].append((ask, dress(rng, rng.choice(DISMISS).format(x=x), opening=False), 0))
            out[split].append((ask, topic.background.split(". ")[0].rstrip(".") + "." + rng.choice(PIVOTS[:2]), 0))
            out[split].append((ask, dress(rng, topic.full), 1))
    chosen = list(open_pairs.topics())
    for i, x, gloss in rng.sample(chosen, min(n, len(chosen))):
        split = split_of(f"real-open/{x}")
        ask = rng.choice(open_pairs.ASKS[i]).format(x=x)
        steps = [s.format(x=x) for s in rng.sample(open_pairs.STEPS[i], rng.randint(3, len(open_pairs.STEPS[i])))]
        out[split].append((ask, dress(rng, " ".join(sentence(s) for s in steps)), 1))
        bad = rng.choice([rng.choice(VAGUE).format(x=x, X=_cap(x)), rng.choice(DISMISS).format(x=x),
                          sentence(f"{_cap(x)} is {gloss}") + rng.choice(PIVOTS)])
        out[split].append((ask, dress(rng, bad), 0))


def _fact_questions():
    """(family key, [asks], [good answers]) from the knowledge the fact checker ships, keyed as the
    factuality pairs about the same work, element or country are, so that a question both ask stays
    in one split."""
    for d in _load("discoveries", "discoveries"):
        who, subject = d["people"][0], d["subject"]
        when = [f"{who}, in {d['years'][0]}.", f"That was {who}, back in {d['years'][0]}."] if d["years"] else [f"That was {who}."]
        yield (f"real-factq/discovery/{subject}", [f"Who is credited with {subject}?", f"who came up with {subject}", f"{_cap(subject)}: who was behind it?"],
               [f"{who}.", f"It's credited to {who}."] + when)
    for w in _load("works", "works"):
        yield ("work/" + w["title"], [f"Who wrote {w['title']}?", f"who's the author of {w['title']}"],
               [f"{w['author']}.", f"{w['author']} wrote it.", f"That's {w['author']}."])
    for c in _load("capitals", "countries"):
        name = c["country"]
        if c.get("languages"):
            yield ("capital/" + c["code"], [f"What language do they speak in {name}?", f"main language of {name}?"],
                   [f"{c['languages'][0]}.", f"Mostly {c['languages'][0]}.", f"The main language is {c['languages'][0]}."])
        if c.get("currencies"):
            yield ("capital/" + c["code"], [f"What currency does {name} use?", f"what money do they use in {name}"],
                   [f"The {c['currencies'][0]}.", f"{name} uses the {c['currencies'][0]}.", f"{c['currencies'][0]}."])
    for e in _load("elements", "elements"):
        yield ("element/" + e["symbol"], [f"What's the chemical symbol for {e['name']}?", f"symbol for {e['name']}?"],
               [f"{e['symbol']}.", f"It's {e['symbol']}.", f"{e['symbol']} (atomic number {e['number']})."])
    for m in _load("planets", "moons"):
        yield (f"real-factq/moon/{m['name']}", [f"Which planet does {m['name']} orbit?"], [f"{m['planet']}.", f"It orbits {m['planet']}."])


def fact_questions(rng, split_of, out, n=320):
    """Factual questions answered with the bare fact (good) or with anything but it (bad)."""
    rows = list(_fact_questions())
    for key, asks, goods in rng.sample(rows, min(n, len(rows))):
        split = split_of(key)
        ask = rng.choice(asks)
        for good in rng.sample(goods, min(2, len(goods))):
            out[split].append((ask, good, 1))
        for bad in rng.sample(FACT_BAD, 2):
            out[split].append((ask, dress(rng, bad, closing=False), 0))
