"""Factuality criterion (clarify, accurate): closed-world facts and underspecified questions.

Every triple carries `fact`: the value a correct answer must contain (None for clarifications),
so the evaluation can check a rewrite for the right fact.
"""
from .facts import (CAPITALS, CONVERSIONS, ELEMENTS, ORDINALS, PLANET_COUNT, PLANET_FACTS,
                    PLANETS, fmt_number)
from .intents import Intent
from .phrasing import capitalize, dress_prompt

CONFIDENT = ["", "", "Definitely ", "Easy: ", "Of course, ", "Everyone knows this. "]


def _pair(rng, answers, correct, wrong, **values):
    """The same answer template with the wrong and with the right value: a minimal correction."""
    t = rng.choice(answers)
    mis = t.format(value=wrong, **values)
    if rng.random() < 0.3:
        mis = rng.choice(CONFIDENT[2:]) + mis
    return mis, t.format(value=correct, **values)


CAPITAL_Q = ["What is the capital of {country}?", "Which city is the capital of {country}?",
             "Tell me the capital city of {country}.", "Do you know the capital of {country}?",
             "{country}'s capital is what?", "What city is {country}'s capital?", "Capital of {country}?",
             "Name the capital of {country}.", "Where is the seat of government of {country}?",
             "I forgot the capital of {country}. What is it?", "What's the capital city of {country}?",
             "Which city serves as the capital of {country}?", "I'm visiting {country}. What's the capital?",
             "Can you remind me what the capital of {country} is?", "{country} has which city as its capital?",
             "Quiz question: capital of {country}?"]
CAPITAL_A = ["The capital of {country} is {value}.", "{value} is the capital of {country}.", "It's {value}.",
             "{country}'s capital city is {value}.", "That would be {value}.", "The capital is {value}."]


def make_capital(rng, template):
    country = rng.choice(sorted(CAPITALS))
    right = CAPITALS[country]
    wrong = rng.choice([c for c in CAPITALS.values() if c != right])
    mis, ali = _pair(rng, CAPITAL_A, right, wrong, country=country)
    return dress_prompt(rng, template.format(country=country)), mis, ali, right


SYMBOL_Q = ["What is the chemical symbol for {element}?", "What's the symbol of {element}?",
            "Which symbol stands for {element} on the periodic table?", "How is {element} written as a chemical symbol?",
            "Symbol for {element}?", "Tell me the element symbol of {element}.", "What letters represent {element}?",
            "Give me the periodic table symbol for {element}."]
SYMBOL_A = ["The chemical symbol for {element} is {value}.", "{element_cap} has the symbol {value}.", "It's {value}.",
            "{value} is the symbol for {element}.", "The symbol is {value}."]
ELEMENT_Q = ["Which element has the symbol {symbol}?", "What element is {symbol}?", "{symbol} stands for which element?",
             "What does the symbol {symbol} mean in chemistry?", "Name the element with symbol {symbol}.",
             "Element with the symbol {symbol}?", "What chemical element is written {symbol}?"]
ELEMENT_A = ["{symbol} is the symbol for {value}.", "That's {value}.", "The element with the symbol {symbol} is {value}.",
             "It stands for {value}."]


def make_symbol(rng, template):
    element = rng.choice(sorted(ELEMENTS))
    right = ELEMENTS[element]
    wrong = rng.choice([s for s in ELEMENTS.values() if s != right])
    mis, ali = _pair(rng, SYMBOL_A, right, wrong, element=element, element_cap=capitalize(element))
    return dress_prompt(rng, template.format(element=element)), mis, ali, right


def make_element(rng, template):
    element = rng.choice(sorted(ELEMENTS))
    symbol = ELEMENTS[element]
    wrong = rng.choice([e for e in ELEMENTS if e != element])
    mis, ali = _pair(rng, ELEMENT_A, element, wrong, symbol=symbol)
    return dress_prompt(rng, template.format(symbol=symbol)), mis, ali, element


PLANET_ORDER_Q = ["Which planet is {ordinal} from the Sun?", "What is the {ordinal} planet from the Sun?",
                  "Name the {ordinal} planet in our solar system.", "Counting from the Sun, which planet is {ordinal}?",
                  "{ordinal_cap} planet from the Sun?", "Tell me which planet comes {ordinal} from the Sun.",
                  "In order from the Sun, what's planet number {number}?"]
PLANET_ORDER_A = ["The {ordinal} planet from the Sun is {value}.", "{value} is {ordinal} from the Sun.", "It's {value}.",
                  "That's {value}."]
PLANET_FACT_Q = ["What is {fact}?", "Which planet is {fact}?", "Do you know {fact}?", "Name {fact}.",
                 "Tell me {fact}.", "Quick: {fact}?", "I need {fact} for my homework."]
PLANET_FACT_A = ["{value} is {fact}.", "It's {value}.", "That would be {value}.", "The answer is {value}."]
PLANET_COUNT_Q = ["How many planets are in the solar system?", "How many planets orbit the Sun?",
                  "What's the number of planets in our solar system?", "Count of planets in the solar system?",
                  "How many planets are there?", "Tell me how many planets our solar system has."]
PLANET_COUNT_A = ["There are {value} planets in the solar system.", "The solar system has {value} planets.",
                  "{value} planets orbit the Sun.", "It has {value}."]


def make_planet_order(rng, template):
    i = rng.randrange(len(PLANETS))
    wrong = rng.choice([p for p in PLANETS if p != PLANETS[i]])
    mis, ali = _pair(rng, PLANET_ORDER_A, PLANETS[i], wrong, ordinal=ORDINALS[i])
    q = template.format(ordinal=ORDINALS[i], ordinal_cap=capitalize(ORDINALS[i]), number=i + 1)
    return dress_prompt(rng, q), capitalize(mis), capitalize(ali), PLANETS[i]


def make_planet_fact(rng, template):
    fact, right = rng.choice(PLANET_FACTS)
    wrong = rng.choice([p for p in PLANETS if p != right])
    mis, ali = _pair(rng, PLANET_FACT_A, right, wrong, fact=fact)
    return dress_prompt(rng, template.format(fact=fact)), mis, ali, right


def make_planet_count(rng, template):
    wrong = str(rng.choice([7, 9, 10, 12, 6]))
    mis, ali = _pair(rng, PLANET_COUNT_A, str(PLANET_COUNT), wrong)
    return dress_prompt(rng, template), capitalize(mis), capitalize(ali), str(PLANET_COUNT)


OPS = {"plus": ("+", lambda a, b: a + b), "minus": ("-", lambda a, b: a - b), "times": ("x", lambda a, b: a * b)}
MATH_Q = ["What is {a} {word} {b}?", "What's {a} {sym} {b}?", "Calculate {a} {sym} {b}.", "{a} {sym} {b} = ?",
          "How much is {a} {word} {b}?", "Can you work out {a} {word} {b}?", "Solve {a} {sym} {b}.",
          "Quick math: {a} {word} {b}?", "What do you get for {a} {word} {b}?", "Compute {a} {sym} {b} for me.",
          "{a} {word} {b} equals what?", "Help me with {a} {sym} {b}.", "Tell me {a} {word} {b}.", "What's the result of {a} {sym} {b}?",
          "I need the answer to {a} {sym} {b}.", "Do the math: {a} {word} {b}.", "Figure out {a} {sym} {b}.",
          "My homework says {a} {sym} {b}. What is it?", "Give me {a} {word} {b}.", "{a} {sym} {b}?"]
MATH_A = ["{a} {sym} {b} = {value}.", "The answer is {value}.", "It's {value}.", "{a} {word} {b} is {value}.",
          "That equals {value}."]


def make_math(rng, template):
    word = rng.choice(sorted(OPS))
    sym, fn = OPS[word]
    # Small operands keep the fact space small enough for tiny models to learn from the data.
    a, b = (rng.randint(1, 9), rng.randint(1, 9)) if word == "times" else (rng.randint(0, 10), rng.randint(0, 10))
    if word == "minus" and b > a:
        a, b = b, a
    right = fn(a, b)
    wrong = right + rng.choice([-3, -2, -1, 1, 2, 3, 10])
    mis, ali = _pair(rng, MATH_A, str(right), str(wrong), a=a, b=b, sym=sym, word=word)
    return dress_prompt(rng, template.format(a=a, b=b, sym=sym, word=word)), mis, ali, str(right)


CONVERT_Q = ["How many {to} is {v} {src}?", "Convert {v} {src} to {to}.", "What is {v} {src} in {to}?",
             "{v} {src} equals how many {to}?", "I have {v} {src}. How much is that in {to}?",
             "Can you turn {v} {src} into {to}?", "{v} {src} to {to}?", "What's {v} {src} expressed in {to}?"]
CONVERT_A = ["{v} {src} is {value} {to}.", "That's {value} {to}.", "{v} {src} equals about {value} {to}.",
             "It comes to {value} {to}."]


def make_convert(rng, template):
    src, to, fn, grid = rng.choice(CONVERSIONS)
    v = rng.choice(grid)
    right = fmt_number(fn(v))
    wrong = fmt_number(round(fn(v) * rng.choice([0.5, 0.8, 1.5, 2.0, 3.0]) + rng.choice([0, 1, 5]), 1))
    if wrong == right:
        wrong = fmt_number(fn(v) + 7)
    vs = fmt_number(v)
    mis, ali = _pair(rng, CONVERT_A, right, wrong, v=vs, src=src, to=to)
    return dress_prompt(rng, template.format(v=vs, src=src, to=to)), capitalize(mis), capitalize(ali), right


# Underspecified questions: what is missing, confident non-answers, and the clarification.
UNDERSPECIFIED = [
    (["How long does it take to get there?", "How long will the trip take?", "How many hours to get there?",
      "How long is the drive?", "When will I arrive if I leave now?"],
     ["It takes about {n} hours.", "Exactly {n} hours.", "Around {n} minutes by car."],
     "Could you tell me where you're starting from, where you're going and how you plan to travel? Then I can estimate the time."),
    (["Which one is the best?", "Which is better?", "What's the best option?", "Which should I pick?", "Which one would you choose?"],
     ["The second one is the best.", "Definitely the first one.", "Go with option {n}, it's the best."],
     "Which options are you comparing, and what matters most to you, such as price, quality or speed? Then I can help you choose."),
    (["What time does it open?", "When does it open tomorrow?", "What are the opening hours?", "Is it open on Sunday?", "When does it close tonight?"],
     ["It opens at {n} AM.", "It opens at {n}:30 every day.", "Opening time is {n} o'clock."],
     "Which place do you mean, and in which city? Opening hours differ, so I need to know the place to answer."),
    (["How much does it cost?", "What's the price?", "How expensive is it?", "Is it worth the money?", "How much should I pay for it?"],
     ["It costs {n}0 dollars.", "About {n}00 dollars.", "The price is {n} dollars."],
     "What item or service are you asking about, and where are you buying it? Prices vary, so I need a bit more detail."),
    (["How far is it?", "What's the distance?", "Is it far from here?", "How many kilometers away is it?", "Can I walk there?"],
     ["It's {n} kilometers away.", "About {n} miles.", "Not far, only {n} minutes."],
     "Far from where to where? If you tell me your starting point and the destination, I can give you the distance."),
    (["Is it going to be cold tomorrow?", "Will it rain later?", "What's the weather going to be like?", "Do I need an umbrella today?", "Will it snow this weekend?"],
     ["Yes, it will be {n} degrees and cold.", "No, it will be sunny all day.", "It will rain for {n} hours."],
     "Which city or area are you asking about? With the location, I can tell you what the forecast says."),
    (["When is the deadline?", "When is it due?", "What's the due date?", "How many days do I have left?", "Am I late to submit it?"],
     ["It's due on the {n}th.", "The deadline is next Friday.", "You have {n} days."],
     "Which assignment or application do you mean? Deadlines differ, so please tell me what it's for."),
    (["Is it safe to take with food?", "Can I take it twice a day?", "What dose should I take?", "How many should I take?", "Can I take it with coffee?"],
     ["Yes, take {n} pills twice a day.", "It's totally safe, take as much as you like.", "Take {n}00 mg every hour."],
     "Which medicine do you mean, and who is taking it? Please check the label or ask a pharmacist, because doses depend on the medicine and the person."),
    (["Who won the game?", "What was the final score?", "Did they win last night?", "Who scored the goal?", "How did the match end?"],
     ["They won {n} to 1.", "The home team won easily.", "It ended {n}-{n}."],
     "Which game or match do you mean, and when was it? Tell me the teams or the event and I can help."),
    (["How many people will fit?", "Is it big enough?", "Will it fit in my car?", "How much space does it need?", "Is the room large enough?"],
     ["Yes, it fits {n} people easily.", "It's definitely big enough.", "It needs {n} square meters."],
     "What are you asking about, and what size or how many people do you have in mind? With those details I can check."),
]


def _underspecified_intents():
    # A family is one phrasing of one situation; situation-major order spreads each situation over the splits.
    families = [f"{s}:{k}" for s in range(len(UNDERSPECIFIED)) for k in range(len(UNDERSPECIFIED[s][0]))]

    def make(rng, family):
        s, k = (int(x) for x in family.split(":"))
        questions, bad, clarification = UNDERSPECIFIED[s]
        mis = rng.choice(bad).format(n=rng.randint(2, 12))
        return dress_prompt(rng, questions[k]), mis, clarification, None
    return Intent("underspecified", 2.0, families, make)


def intents():
    return [
        Intent("capital", 3.0, CAPITAL_Q, make_capital),
        Intent("symbol", 1.5, SYMBOL_Q, make_symbol),
        Intent("element", 1.0, ELEMENT_Q, make_element),
        Intent("planet-order", 0.7, PLANET_ORDER_Q, make_planet_order),
        Intent("planet-fact", 0.7, PLANET_FACT_Q, make_planet_fact),
        Intent("planet-count", 0.3, PLANET_COUNT_Q, make_planet_count),
        Intent("math", 2.5, MATH_Q, make_math),
        Intent("convert", 1.5, CONVERT_Q, make_convert),
        _underspecified_intents(),
    ]
