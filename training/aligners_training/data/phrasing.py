"""Surface variation shared by all criteria: greetings, context sentences, names and noise.

Models must learn the criterion, not the template, so every prompt is dressed differently.
"""

NAMES = [
    "Sam", "Alex", "Maria", "John", "Aisha", "Wei", "Priya", "Carlos", "Emma", "Liam", "Noah",
    "Olivia", "Fatima", "Yuki", "Ivan", "Sofia", "Omar", "Grace", "Lucas", "Chloe", "Mateo",
    "Hannah", "Ravi", "Zoe", "Daniel", "Amara", "Jonas", "Leila", "Tom", "Nina", "Kofi", "Mei",
]

GREETINGS = [
    "Hi.", "Hello!", "Hey,", "Hi there.", "Good morning.", "Hello there,", "Hey there!",
    "Quick question:", "Sorry to bother you,", "Hi, hope you're well.", "Yo,", "Greetings.",
]

CONTEXTS = [
    "My friend {name} asked me this.", "I was wondering about this today.",
    "This came up at dinner.", "I need this for {name}.", "My coworker {name} brought it up.",
    "I'm trying to settle a debate.", "It's for a quiz tonight.", "I keep forgetting this.",
    "My kid asked me and I wasn't sure.", "I've been thinking about it all week.",
    "I have {n} minutes before a meeting.", "Asking for a project at school.",
]


def dress_prompt(rng, text):
    """Adds an optional greeting and context sentence, then casing and punctuation noise."""
    parts = []
    r = rng.random()
    if r < 0.25:
        parts.append(rng.choice(GREETINGS))
    if rng.random() < 0.2:
        parts.append(rng.choice(CONTEXTS).format(name=rng.choice(NAMES), n=rng.randint(2, 30)))
    parts.append(text)
    out = " ".join(parts)
    return add_noise(rng, out)


def add_noise(rng, text):
    """Casing and punctuation noise of the kind people type."""
    r = rng.random()
    if r < 0.12:
        text = text.lower()
    elif r < 0.16:
        text = text.upper() if len(text) < 60 else text
    r = rng.random()
    if r < 0.12 and text and text[-1] in "?.!":
        text = text[:-1]
    elif r < 0.18 and text and text[-1] == "?" and not text.endswith("??"):
        # Two marks, never three: runs of three tie in unigram segmentation, and tie-breaking
        # differs between SentencePiece and Microsoft.ML.Tokenizers.
        text = text + "?"
    elif r < 0.22 and text and text[-1] in ".!":
        text = text[:-1] + "!!"
    if rng.random() < 0.05:
        text = text.replace(" ", "  ", 1)
    return text


def capitalize(text):
    return text[:1].upper() + text[1:] if text else text
