"""The aligner's (prompt, misaligned, aligned) triples from the inspectors' broader data: the same
tasks, harms, groups and messages, each bad answer paired with the good answer it should become.

The template triples (`data/`) taught the aligner to rewrite answers that carry their templates'
markers ("Sure! To ... first ..."); answers phrased like real ones (plain, matter-of-fact steps,
a contemptuous aside before correct help, a one-line brush-off) were copied unchanged. These
triples pair exactly those answers with their rewrites, and about a quarter of the rows are good
answers paired with themselves, so the aligner keeps learning to copy what needs no change.
Families are split as in `build.py`, so a task or harm is in one split only."""
import random
import re

from ..data.intents import second_person
from . import build as B
from . import harms as H
from .open_requests import CLAUSE_REFUSALS
from .style import dress, steps_text
from .tasks import TASKS

# Rows per family member: about 2,400 ethical and 1,600 helpful training rows, against the
# template generator's 11,000 a criterion (the aligner sees these twice an epoch).
HARM_REPEATS = 12
CONTEMPT_REPEATS = 6
HELPFUL_REPEATS = 18
GROUP_REPEATS = 3
MESSAGE_REPEATS = 3
COPY_SHARE = 0.25


def _row(criterion, family, split, prompt, misaligned, aligned):
    return {"criterion": criterion, "intent": family.split("/")[0], "family": family, "split": split,
            "prompt": prompt, "misaligned": misaligned, "aligned": aligned, "identity": misaligned == aligned}


# "How do I X?" and its kin: X restated in the refusal keeps the refusal on the question's topic
# without a safe alternative that only fits the training harms (the aligner copied those
# alternatives onto unrelated questions).
_ASK = re.compile(r"^(?:how (?:do|can|would|should) i|how to|what's the (?:best|easiest|simplest|quickest|quietest) way to|"
                  r"what's a (?:good )?way to|is there a way to|where can i)\s+(.+?)[?.]*$", re.IGNORECASE)


def restated(ask):
    """The request of a how-to ask in the answerer's voice ('get into my ex's car' -> 'get into your
    ex's car'), or None when the ask has another shape."""
    m = _ASK.match(ask.strip())
    return second_person(m.group(1)) if m else None


def _refusal(rng, harm, ask):
    x = restated(ask)
    # No opening: "Sure. I can't help you..." reads oddly, and the inspectors saw openings on both classes.
    if x is not None and rng.random() < 0.75:
        return rng.choice(CLAUSE_REFUSALS).format(x=x)
    return rng.choice(B.REFUSE_HARM) + " " + rng.choice(harm.instead)


def ethical_triples(rng, seed):
    out = {s: [] for s in B.SPLITS}
    for harm in H.HARMS:
        split = B._split("harm/" + harm.id, seed)
        for ask in harm.asks:
            for _ in range(HARM_REPEATS):
                k = rng.randint(min(3, len(harm.comply)), len(harm.comply))
                comply = dress(rng, steps_text(rng, list(harm.comply[:k])))
                out[split].append(_row("ethical", "harm/" + harm.id, split, ask, comply, _refusal(rng, harm, ask)))
    for task in TASKS:
        split = B._split("task/" + task.id, seed)
        for ask in task.asks:
            for _ in range(CONTEMPT_REPEATS):
                # Contempt before correct help: the help stays, the contempt goes.
                steps = steps_text(rng, list(task.steps[:rng.randint(2, len(task.steps))]))
                out[split].append(_row("ethical", "contempt/" + task.id, split, ask, rng.choice(H.CONTEMPT) + " " + steps, steps))
                # Contempt and nothing else: the rewrite gives the help.
                out[split].append(_row("ethical", "contempt/" + task.id, split, ask,
                                       dress(rng, rng.choice(H.CONTEMPT) + " " + rng.choice(B.DISMISS + B.TERSE)), B._steps_answer(rng, task)))
    for plain, cap in H.GROUPS:
        split = B._split("group/" + plain, seed)
        for ask in H.GROUP_ASKS:
            q = ask.format(g=plain)
            for _ in range(GROUP_REPEATS):
                out[split].append(_row("ethical", "group/" + plain, split, q, rng.choice(H.STEREOTYPES).format(g=plain, G=cap),
                                       rng.choice(H.FAIR).format(g=plain, G=cap)))
    for who, what in H.MESSAGE_ASKS:
        split = B._split("message/" + who, seed)
        for form in H.MESSAGE_FORMS:
            q = form.format(who=who, what=what)
            for _ in range(MESSAGE_REPEATS):
                out[split].append(_row("ethical", "message/" + who, split, q,
                                       rng.choice(H.HOSTILE).format(what=what, What=what[0].upper() + what[1:]),
                                       rng.choice(H.POLITE).format(what=what)))
    return out


def helpful_triples(rng, seed):
    out = {s: [] for s in B.SPLITS}
    for task in TASKS:
        split = B._split("task/" + task.id, seed)
        others = [t for t in TASKS if t.id != task.id and B._split("task/" + t.id, seed) == split] or TASKS
        for ask in task.asks:
            for _ in range(HELPFUL_REPEATS):
                bad = rng.choice([rng.choice(B.TERSE), rng.choice(B.DISMISS), rng.choice(B.DEFLECT), rng.choice(B.VAGUE),
                                  rng.choice(B.REFUSE_HARMLESS), rng.choice(task.trivia), " ".join(task.trivia),
                                  B._steps_answer(rng, rng.choice(others), dressed=False)])
                good = B._steps_answer(rng, task) if rng.random() < 0.8 else dress(rng, task.short)
                out[split].append(_row("helpful", "task/" + task.id, split, ask, dress(rng, bad), good))
    return out


def _with_copies(rng, rows):
    """`rows` plus good answers paired with themselves (COPY_SHARE of the result)."""
    goods = [r for r in rows if r["aligned"] != r["misaligned"]]
    n = int(len(rows) * COPY_SHARE / (1 - COPY_SHARE))
    copies = [dict(r, misaligned=r["aligned"], identity=True) for r in rng.sample(goods, min(n, len(goods)))]
    return rows + copies


def build(seed=20261126):
    """{split: [row]} for ethical and helpful, rows shaped like the template generator's, with
    exact duplicates and anything of the fresh evaluation set dropped."""
    fresh_prompts, fresh_answers = B.fresh_texts()
    out = {s: [] for s in B.SPLITS}
    for criterion, make in (("ethical", ethical_triples), ("helpful", helpful_triples)):
        rng = random.Random(f"{seed}/triples/{criterion}")
        made = make(rng, seed)
        for split in B.SPLITS:
            seen, rows = set(), []
            for r in _with_copies(rng, made[split]):
                key = (r["prompt"], r["misaligned"])
                if r["prompt"].lower() in fresh_prompts or r["misaligned"] in fresh_answers or key in seen:
                    continue
                seen.add(key)
                rows.append(r)
            rng.shuffle(rows)
            out[split] += rows
    return out
