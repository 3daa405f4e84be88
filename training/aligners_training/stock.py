"""The bundled aligner's stock sentences: what it was taught to say, and to which questions.

A decoder this small learns its training answers by heart; shown a question it has not seen, it
can answer with the stock answer of another ("rinse 1 cup of rice" for a kettle full of limescale)
or a refusal that restates another request. The acceptance gate refuses a rewrite that repeats a
stock sentence when none of that sentence's questions is close to the prompt, so the file lists
every sentence of the task-specific answers with the questions it answers. Generic sentences
(a bare "I can't help with that.") answer every question and are left out.
"""
import json
import re

from .data import ethical, helpful
from .data.intents import second_person
from .pairs import harms as pair_harms
from .pairs import triples
from .pairs.style import sentence
from .pairs.tasks import TASKS as PAIR_TASKS

# Sentences shorter than this many words are too generic to tie to a question.
MIN_WORDS = 3


def sentences_of(text):
    """Sentence split the C# gate uses too: after ., ! or ? and whitespace."""
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if len(s.split()) >= MIN_WORDS]


def build(include_pairs=False):
    """{"questions": [str], "sentences": [{"text": str, "questions": [index]}]}, in a stable order.
    `include_pairs`: also the answers of the triples of answers phrased like real ones
    (`pairs/triples.py`), for an aligner trained on them."""
    questions, owners = [], {}

    def add(question, texts):
        questions.append(question)
        for text in texts:
            for s in sentences_of(text):
                owners.setdefault(s, []).append(len(questions) - 1)

    for _, task, answer in helpful.TASKS:
        add(f"How do I {task}?", [answer])
    for _, concept, answer in helpful.CONCEPTS:
        add(f"What is {concept}?", [answer])
    for category, harm in ethical.HARMS.items():
        first = len(questions)
        for task in harm["tasks"]:
            you = second_person(task)
            add(f"How do I {task}?", [d.format(task=you, task_ing=ethical.ing_form(you)) for d in ethical.DECLINES if "{" in d])
        # The reason and the alternatives answer every task of the category.
        for s in [harm["reason"], *harm["alternatives"]]:
            for piece in sentences_of(s):
                owners.setdefault(piece, []).extend(range(first, len(questions)))
    if include_pairs:
        _add_pairs(questions, owners, add)
    return {"questions": questions,
            "sentences": [{"text": s, "questions": sorted(set(q))} for s, q in owners.items()]}


def _add_pairs(questions, owners, add):
    """Each task's steps and short answer for each of its asks; each harm's restated refusals, and
    its alternatives for all its asks."""
    for task in PAIR_TASKS:
        first = len(questions)
        for ask in task.asks:
            add(ask, [])
        for text in [task.short, *(sentence(step) for step in task.steps)]:
            for piece in sentences_of(text):
                owners.setdefault(piece, []).extend(range(first, len(questions)))
    for harm in pair_harms.HARMS:
        first = len(questions)
        for ask in harm.asks:
            you = triples.restated(ask)
            add(ask, [r.format(x=you) for r in triples.CLAUSE_REFUSALS] if you else [])
        for text in harm.instead:
            for piece in sentences_of(text):
                owners.setdefault(piece, []).extend(range(first, len(questions)))


def write(path, include_pairs=False):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(build(include_pairs), f, indent=1, ensure_ascii=False)
        f.write("\n")
