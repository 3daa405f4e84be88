"""Surface style shared by both classes: openings, closings and connectives are drawn from the
same pools whatever the label, so a model cannot learn them instead of the content."""

OPENINGS = [
    "", "", "", "", "Sure.", "Okay.", "Right,", "Well,", "So,", "Honestly,", "Good question.", "Here you go:", "Alright.",
    "Got it.", "Of course.", "Happy to.", "Let me think.", "Short answer:", "In brief:", "Yes.",
]
CLOSINGS = [
    "", "", "", "", "Hope that helps.", "Good luck!", "Let me know how it goes.", "Anything else?", "Cheers.", "Take care.",
    "That's it.", "Hope this is useful.",
]
STEP_JOINS = [" ", " Then ", " After that, ", " Next, ", " "]


def _starts_with_i(text):
    """Whether `text` opens with the pronoun "I" (I, I'm, I'd...), which keeps its capital after a comma."""
    return text[:1] == "I" and text[1:2] in ("", " ", "'", "\u2019")


def dress(rng, body, opening=True, closing=True):
    """`body` with an opening and, half the time when `closing`, a closing from the shared pools (each often empty)."""
    parts = []
    if opening:
        o = rng.choice(OPENINGS)
        if o:
            parts.append(o)
            if o.endswith(",") and body[:1].isupper() and not body[1:2].isupper() and not _starts_with_i(body):
                body = body[0].lower() + body[1:]
    parts.append(body)
    # Half the answers that may close do: the same share whatever the label.
    if closing and rng.random() < 0.5:
        c = rng.choice(CLOSINGS)
        if c:
            parts.append(c)
    text = " ".join(parts)
    return text[0].upper() + text[1:] if text else text


def sentence(s):
    s = s.strip()
    if not s:
        return s
    s = s[0].upper() + s[1:]
    return s if s[-1] in ".!?:" else s + "."


def steps_text(rng, steps, numbered=None):
    """Steps as prose or as a numbered list."""
    numbered = rng.random() < 0.35 if numbered is None else numbered
    if numbered:
        return " ".join(f"{i + 1}. {sentence(s)}" for i, s in enumerate(steps))
    out = [sentence(steps[0])]
    for s in steps[1:]:
        join = rng.choice(STEP_JOINS)
        out.append(sentence(s) if join == " " else join.strip() + " " + s.strip().rstrip(".") + ".")
    return " ".join(out)
