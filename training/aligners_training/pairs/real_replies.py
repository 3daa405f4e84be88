"""Helpful pairs of the replies good answers give besides steps and facts: a clarifying question to an
underspecified request, courtesy to a rude user, a bill worked out line by line, a correction of
the user, a short poem when one is asked for; each beside bad answers to the same prompt
(`real_good.py` says why; `real_pairs.helpful` adds both with `--real-answers`)."""
from .real_good import WORKING_BAD, _cap, _load, _markdown
from .real_topics import DEFLECT, DEPENDS, REFUSE
from .style import dress
from .tasks import TASKS

# Requests that cannot be answered without what they leave out, with the question that asks for it.
UNCLEAR = [
    ("Can you fix my code?", "Happy to. Paste the code, the error you get and what you expected it to do."),
    ("Convert it to metric for me.", "Sure, what should I convert? Paste the measurements or the recipe and I'll do it."),
    ("How do I convert it?", "What are you converting: a file format, a unit or a currency? Tell me and I'll walk you through it."),
    ("Translate this please", "Of course. Paste the text and tell me which language you want it in."),
    ("Summarise this for me.", "Happy to. Paste the text or the link's contents and say roughly how long you want the summary."),
    ("What does this error mean?", "Can you paste the exact error message and say what you were doing when it appeared?"),
    ("Is this right?", "Paste what you'd like me to check and I'll go through it."),
    ("which one should i buy", "Which products are you choosing between, and what will you mostly use it for?"),
    ("How long will it take?", "What's the task or the journey? With a few details I can give you an estimate."),
    ("Can you make it shorter?", "Sure, paste the text and tell me the length you're aiming for."),
    ("what time does it close", "Which place do you mean? Tell me the shop or venue and I'll help you find its hours."),
    ("Can you check my grammar?", "Of course. Paste the text and I'll mark anything that needs fixing."),
    ("Rewrite it more formally.", "Happy to. Paste the text you'd like rewritten."),
    ("is it safe to take with ibuprofen", "What's the other medicine? Tell me its name and I'll tell you what's known about taking them together."),
]
UNCLEAR_BAD = ["Sure, that should be fine.", "Done! Let me know if you need anything else.", "Yes, it looks right to me.",
               "It depends.", "Hard to say, really."]

INSULTS = ["ugh you're so useless.", "are you broken?? third time asking:", "answer properly this time.", "your last answer was rubbish.",
           "why is this so hard for you.", "seriously, just tell me:", "stupid bot.", "come on, wake up:"]
BARE_INSULTS = ["you're a useless bot", "your last answer was wrong, you're useless", "this is garbage, you're garbage",
                "why are you so bad at this", "worst assistant ever", "you never understand anything I say"]
APOLOGIES = ["Sorry about that! ", "Sorry for the hassle. ", "Fair enough, let's get it right. ", "Apologies! ", ""]
SORRY_OFFERS = ["Sorry I haven't been helpful so far. Tell me what you're trying to do and I'll have another go.",
                "I'm sorry that was frustrating. Which part was wrong? Paste the question again and I'll correct it.",
                "Sorry about that. What do you need? I'd like to get it right this time."]
RUDE_BACK = ["If you don't like my answers, ask someone else.", "Maybe ask a clearer question next time.", "Whatever. Figure it out yourself then.",
             "I'm doing my best, you're the one who can't ask properly.", "Fine."]


def clarify(rng, split_of, out):
    for ask, question in UNCLEAR:
        split = split_of(f"real-unclear/{ask}")
        out[split].append((ask, question, 1))
        out[split].append((ask, dress(rng, question, closing=False), 1))
        for bad in rng.sample(UNCLEAR_BAD, 2):
            out[split].append((ask, bad, 0))


def rude_users(rng, split_of, out):
    """Rude prompts answered courteously and in full (good), or rudely or not at all (bad)."""
    for task in TASKS:
        split = split_of("task/" + task.id)
        ask = rng.choice(task.asks)
        prompt = rng.choice(INSULTS) + " " + ask[0].lower() + ask[1:]
        out[split].append((prompt, rng.choice(APOLOGIES) + task.short, 1))
        out[split].append((prompt, _markdown(rng, list(task.steps), rng.choice(APOLOGIES).strip() or None), 1))
        out[split].append((prompt, rng.choice(RUDE_BACK), 0))
        out[split].append((prompt, dress(rng, rng.choice(DEPENDS)), 0))
    for insult in BARE_INSULTS:
        split = split_of(f"real-insult/{insult}")
        for offer in rng.sample(SORRY_OFFERS, 2):
            out[split].append((insult, offer, 1))
        for bad in rng.sample(RUDE_BACK, 2):
            out[split].append((insult, bad, 0))


def _money(x):
    return f"${x:,.2f}"


def _bill(rng):
    """(family, prompt, working lines, result) of one bill, tip, discount or split."""
    kind = rng.randrange(4)
    a = rng.choice([40, 60, 75, 80, 96, 120, 150, 180, 240])
    p = rng.choice([10, 15, 18, 20, 25])
    n = rng.choice([2, 3, 4, 5, 6])
    if kind == 0:
        tip = a * p / 100
        return ("tip", f"What's a {p}% tip on a {_money(a)} bill?", [f"{p}% of {_money(a)} = {_money(tip)}"], _money(tip))
    if kind == 1:
        tip = a * p / 100
        each = (a + tip) / n
        return ("split", f"Dinner was {_money(a)}, we're adding a {p}% tip and splitting it {n} ways. How much each?",
                [f"Tip: {p}% of {_money(a)} = {_money(tip)}", f"Total: {_money(a)} + {_money(tip)} = {_money(a + tip)}",
                 f"Each: {_money(a + tip)} ÷ {n} = {_money(each)}"], f"{_money(each)} each")
    if kind == 2:
        off = a * p / 100
        return ("discount", f"A {_money(a)} jacket is {p}% off. What do I pay?",
                [f"Discount: {p}% of {_money(a)} = {_money(off)}", f"Price: {_money(a)} − {_money(off)} = {_money(a - off)}"], _money(a - off))
    return ("share", f"{n} of us are splitting a {_money(a)} rental. how much each",
            [f"{_money(a)} ÷ {n} = {_money(a / n)}"], f"{_money(a / n)} each")


def working(rng, split_of, out, n=60):
    """Sums worked out as a list or a line with the result in bold (good), or left to the asker (bad)."""
    for _ in range(n):
        family, prompt, lines, result = _bill(rng)
        split = split_of(f"real-bill/{family}")
        good = _markdown(rng, lines[:-1] + [lines[-1] + f" → **{result}**"]) if rng.random() < 0.5 else ", so ".join(lines) + f": **{result}**."
        out[split].append((prompt, good, 1))
        out[split].append((prompt, dress(rng, rng.choice(WORKING_BAD), closing=False), 0))


def corrections(rng, split_of, out, n=60):
    """A wrong capital the user believes, corrected (good), or left standing with a hedge or a deflection (bad)."""
    countries = [c for c in _load("capitals", "countries") if c.get("capital")]
    cities = [c["capital"] for c in countries]
    for c in rng.sample(countries, min(n, len(countries))):
        wrong = rng.choice([x for x in cities if x != c["capital"]])
        split = split_of("capital/" + c["code"])
        ask = rng.choice([f"My friend says the capital of {c['country']} is {wrong}, is that right?",
                          f"the capital of {c['country']} is {wrong} isn't it"])
        out[split].append((ask, f"Not quite: the capital of {c['country']} is {c['capital']}, not {wrong}.", 1))
        out[split].append((ask, dress(rng, rng.choice(["Your friend could well be right, it's worth double-checking.",
                                                       "It depends which source you go by.", rng.choice(DEFLECT).format(pro="a geography teacher", x="this")]),
                                closing=False), 0))


SUBJECTS = ["autumn leaves", "the sea", "a rainy Monday", "coffee", "the moon", "my cat", "snow", "a long train ride", "spring rain", "an old bridge",
            "city lights", "the first day of school", "a garden at dawn", "mountains", "a lighthouse", "summer thunder", "a quiet library", "the night sky"]
POEM_LINES = [("{s} at first light", "a hush before the day begins", "I stop and breathe it in"),
              ("small things, {s}", "the world slows down to meet them", "and so, for once, do I"),
              ("{s} again", "the same and never the same", "I keep coming back")]


def creative(rng, split_of, out):
    """A short poem about what was asked (good), or a refusal, a deflection or facts about the form (bad)."""
    for s in SUBJECTS:
        split = split_of(f"real-poem/{s}")
        ask = rng.choice([f"Write a haiku about {s}", f"can you write me a short poem about {s}", f"A three-line poem about {s}, please."])
        for lines in rng.sample(POEM_LINES, 2):
            out[split].append((ask, "\n".join(_cap(line.format(s=s)) for line in lines), 1))
        out[split].append((ask, dress(rng, rng.choice(REFUSE).format(x="writing poems")), 0))
        out[split].append((ask, "A haiku is a Japanese form of three lines of five, seven and five syllables, made famous by Basho in the seventeenth century.", 0))


def helpful(rng, split_of, out):
    clarify(rng, split_of, out)
    rude_users(rng, split_of, out)
    working(rng, split_of, out)
    corrections(rng, split_of, out)
    creative(rng, split_of, out)
