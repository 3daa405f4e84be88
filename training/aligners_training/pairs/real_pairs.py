"""Pairs written to look like answers from outside the project, for the ethical and helpful inspectors
(`build(real_answers=True)` adds them to both; `encoder_inspectors --real-answers` trains on them).

The generated families taught both inspectors what a bad answer looks like in this project's own
phrasing: numbered steps, one-line refusals. Answers written elsewhere fail differently: a forged
letter written out in full, a joke at a nationality's expense, a paragraph of advice for hiding
income, a long courteous refusal of a bread recipe, "it depends", a history of the topic instead
of the steps, contempt around a correct answer. And good answers look like the bad ones on the
surface: a scam explained to train staff, the history of a robbery, a dose limit stated with what
to do past it, a short correct answer in a casual register, a polite refusal of a harmful request.
Each family here holds both, so only the request and the answer's substance tell them apart.

Families (a harm, a document, a nationality, a topic, a task) are split by `split_of`, like the
rest, so validation and test score families the model has not seen.
"""
from . import open_pairs, real_good, real_replies
from .real_harms import (CLEAN_JOKES, DATES, DOCUMENTS, FAMILIES, FIRST, FORGE_ASKS, FORGE_REFUSALS, GROUP_JOKES, HISTORY, JOKE_ASKS,
                         JOKE_GOOD_WRAP, JOKE_GROUPS, LEGIT_ASKS, LETTER, LETTER_EXTRA, PLACE, SURNAME, THRESHOLDS, WOMEN_ASKS, WOMEN_JOKES)
from .real_topics import CASUAL_OPENINGS, DEFLECT, DEPENDS, ONE_LINERS, REFUSE, RUDE, RUDE_AFTER, TOPICS
from .style import dress, sentence
from .tasks import TASKS

# Whom a deflection names for WordNet's topic groups (open_pairs.TOPICS order).
OPEN_PROS = ["a music teacher", "a coach", "a chef", "a gardener", "a tutor"]
OPEN_THINGS = ["lessons on the {x}", "advice on {x}", "a recipe for {x}", "growing tips for {x}", "help with studying {x}"]
# WordNet topics the helpful data draws (of about 4,000), and the share of them answered well.
OPEN_HELPFUL = 500


def casual(rng, text):
    """`text` as someone typing quickly: a casual opening and no capital."""
    opening = rng.choice(CASUAL_OPENINGS)
    body = text[0].lower() + text[1:] if opening and not text.startswith("I ") else text
    return opening + body


def rude(rng, answer):
    return rng.choice(RUDE) + sentence(answer) + rng.choice(RUDE_AFTER)


def _letter(rng, doc, legit_name=None):
    """A document of `doc` (one of DOCUMENTS) written out in full, with its issuer and the names filled."""
    kind, issuer, claim = doc
    first, surname, place = rng.choice(FIRST), rng.choice(SURNAME), rng.choice(PLACE)
    d1, d2 = rng.sample(DATES, 2)
    issuer = issuer.format(first=first, surname=surname, place=place)
    name = legit_name or f"{rng.choice(FIRST)} {rng.choice(SURNAME)}"
    text = rng.choice(LETTER).format(
        issuer_cap=issuer[0].upper() + issuer[1:], date_line=f"{rng.choice(DATES)} 2026", name=name,
        claim=claim.format(date=d1, date2=d2), extra=rng.choice(LETTER_EXTRA).format(ref=rng.randint(10000, 99999)),
        signer=f"{first} {surname}" if "{first}" in doc[1] or "Dr" in doc[1] else f"{rng.choice(FIRST)} {rng.choice(SURNAME)}", issuer=issuer)
    return kind, issuer, text


# What a request says the document claims, in the asker's words.
CLAIMS = {"sick note": "was too ill to work last week", "reference letter": "worked there for three years",
          "landlord reference": "always paid the rent on time", "payslip letter": "earn 42,000 a year",
          "university letter": "have a business degree", "jury service excuse": "can't do jury service for medical reasons",
          "school absence letter": "was off school for a family bereavement", "bank letter": "have savings of over 15,000"}


def _claim_short(doc):
    return CLAIMS[doc[0]]


def forgery(rng, split_of, out, helpful):
    """Forged documents written out (bad), the same letters drafted for their real issuer (good) and refusals (good)."""
    for doc in DOCUMENTS:
        split = split_of(f"real-forge/{doc[0]}")
        for template in FORGE_ASKS:
            kind, issuer, text = _letter(rng, doc)
            ask = template.format(doc=kind, issuer=issuer, claim_short=_claim_short(doc))
            refusal = rng.choice(FORGE_REFUSALS).format(doc=kind, issuer=issuer)
            out[split].append((ask, dress(rng, refusal, closing=False), 1))
            if not helpful:
                out[split].append((ask, text, 0))
                out[split].append((ask, dress(rng, "Here you go:\n\n" + text, opening=False), 0))
        for template in LEGIT_ASKS:
            kind, issuer, text = _letter(rng, doc)
            name = f"{rng.choice(FIRST)} {rng.choice(SURNAME)}"
            ask = template.format(doc=kind, issuer=issuer, subject=rng.choice(["employee", "patient", "tenant", "student", "client"]),
                                  claim_short=_claim_short(doc), name=name)
            out[split].append((ask, _letter(rng, doc, name)[2], 1))


def jokes(rng, split_of, out, helpful):
    """Jokes at a nationality's or at women's expense (bad) and harmless jokes for the same asks (good)."""
    asks = [(f"real-joke/{n}", a.format(n=n), [j.format(n=n) for j in GROUP_JOKES]) for n in JOKE_GROUPS for a in rng.sample(JOKE_ASKS, 2)]
    asks += [(f"real-joke-women/{a}", a, WOMEN_JOKES) for a in WOMEN_ASKS]
    for key, ask, bad in asks:
        split = split_of(key)
        for joke in rng.sample(bad, 2):
            if not helpful:
                out[split].append((ask, dress(rng, joke, closing=rng.random() < 0.3), 0))
            out[split].append((ask, dress(rng, rng.choice(JOKE_GOOD_WRAP).format(j=rng.choice(CLEAN_JOKES)), closing=rng.random() < 0.3), 1))


def harm_families(rng, split_of, out, helpful, repeat):
    """Compliance written as prose (bad for ethical), refusals that say why (good for both), and the
    harmless requests on each harm's topic answered in full (good for both)."""
    for family in FAMILIES:
        split = split_of(f"real-harm/{family.id}")
        for ask in family.asks:
            for _ in range(repeat):
                if not helpful:
                    out[split].append((ask, dress(rng, rng.choice(family.comply)), 0))
                out[split].append((ask, dress(rng, rng.choice(family.refuse), closing=False), 1))
        for ask, answer in family.learn:
            for _ in range(repeat):
                out[split].append((ask, dress(rng, answer), 1))
            if helpful:
                # Basic facts deflected or refused are unhelpful, whatever the topic sounds like.
                out[split].append((ask, dress(rng, rng.choice(DEFLECT).format(pro="a professional", x="this")), 0))
                out[split].append((ask, dress(rng, rng.choice(REFUSE).format(x="this topic")), 0))
    for i, (ask, answer) in enumerate(HISTORY + THRESHOLDS):
        split = split_of(f"real-fact/{ask}")
        for _ in range(repeat):
            out[split].append((ask, dress(rng, answer), 1))
        if helpful:
            pro = "a doctor or pharmacist" if i >= len(HISTORY) else "a historian"
            out[split].append((ask, dress(rng, rng.choice(DEFLECT).format(pro=pro, x="this")), 0))
            out[split].append((ask, dress(rng, rng.choice(REFUSE).format(x="questions like this")), 0))
            out[split].append((ask, dress(rng, rng.choice(DEPENDS)), 0))


def _topic_rows(rng, ask, full, short, background, x, pro, helpful):
    """Good and bad answers to one harmless ask, as (answer, label) for the criterion."""
    rows = [(dress(rng, full), 1), (casual(rng, short), 1), (dress(rng, rude(rng, short), opening=False), 0)]
    unhelpful = [rng.choice(REFUSE).format(x=x), rng.choice(DEFLECT).format(x=x, pro=pro), rng.choice(DEPENDS), background,
                 background + " " + rng.choice(DEPENDS), rng.choice(ONE_LINERS)]
    if helpful:
        rows += [(dress(rng, casual(rng, short), opening=False), 1)] + [(dress(rng, u), 0) for u in unhelpful]
    else:
        # Not an ethical fault: the helpful inspector flags these.
        rows += [(dress(rng, u), 1) for u in rng.sample(unhelpful, 2)]
    return rows


def topics(rng, split_of, out, helpful):
    for topic in TOPICS:
        split = split_of(f"real-topic/{topic.id}")
        for ask in topic.asks:
            for answer, label in _topic_rows(rng, ask, topic.full, topic.casual, topic.background, topic.x, topic.pro, helpful):
                out[split].append((ask, answer, label))
    for task in TASKS:
        # The task's own family key, so its asks stay in the split build.py gives them.
        split = split_of("task/" + task.id)
        for ask in task.asks:
            full = " ".join(sentence(s) for s in task.steps)
            for answer, label in _topic_rows(rng, ask, full, task.short, " ".join(task.trivia), "that", "a professional", helpful):
                out[split].append((ask, answer, label))


def open_topics(rng, split_of, out):
    """Helpful only: WordNet's kinds asked about, answered with steps (good) or refused, deflected,
    hedged or given a definition and history instead (bad)."""
    chosen = list(open_pairs.topics())
    for i, x, gloss in rng.sample(chosen, min(OPEN_HELPFUL, len(chosen))):
        split = split_of(f"real-open/{x}")
        ask = rng.choice(open_pairs.ASKS[i]).format(x=x)
        steps = open_pairs.STEPS[i]
        out[split].append((ask, dress(rng, " ".join(sentence(s.format(x=x)) for s in rng.sample(steps, rng.randint(3, len(steps))))), 1))
        thing = OPEN_THINGS[i].format(x=x)
        background = sentence(f"{x[0].upper() + x[1:]} is {gloss}") + " " + rng.choice(
            ["It has a long history and is popular in many countries.", "People have enjoyed it for generations.", "There are many regional variations."])
        bad = rng.choice([rng.choice(REFUSE).format(x=thing), rng.choice(DEFLECT).format(x=thing, pro=OPEN_PROS[i]), rng.choice(DEPENDS), background])
        out[split].append((ask, dress(rng, bad), 0))


def ethical(rng, split_of, out, repeat=3):
    forgery(rng, split_of, out, helpful=False)
    jokes(rng, split_of, out, helpful=False)
    harm_families(rng, split_of, out, helpful=False, repeat=repeat)
    topics(rng, split_of, out, helpful=False)


def helpful(rng, split_of, out, repeat=2):
    forgery(rng, split_of, out, helpful=True)
    jokes(rng, split_of, out, helpful=True)
    harm_families(rng, split_of, out, helpful=True, repeat=repeat)
    topics(rng, split_of, out, helpful=True)
    open_topics(rng, split_of, out)
    real_good.layout(rng, split_of, out)
    real_good.vague_topics(rng, split_of, out)
    real_good.fact_questions(rng, split_of, out)
    real_replies.helpful(rng, split_of, out)
