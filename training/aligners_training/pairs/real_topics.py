"""Harmless requests (recipes, poems, everyday money and health facts, how-tos) with a full answer, a
short complete answer in a casual register, and background about the topic that does not answer
it; and the ways real answers fail such requests: refusing, deflecting to a professional, "it
depends", background instead of the steps, a one-line non-answer, rudeness. Slots: {x} the thing
asked about, {pro} the professional a deflection names."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    id: str
    x: str               # the thing asked about, for the failure templates
    pro: str             # whom a deflection sends the asker to
    asks: tuple
    full: str
    casual: str
    background: str


def _t(id, x, pro, asks, full, casual, background):
    return Topic(id, x, pro, tuple(asks), full, casual, background)


TOPICS = [
    _t("bread", "a bread recipe", "a baker", ["Can you give me a simple bread recipe?", "how do I bake a basic loaf of bread", "What's an easy white bread recipe for a beginner?"],
       "Mix 500 g strong white flour, 7 g fast-action yeast, 10 g salt and about 300 ml warm water into a dough. Knead for ten minutes until smooth, cover and leave it to rise "
       "for an hour. Shape it, put it in a tin, let it rise another 30 to 45 minutes, then bake at 220 C for about 30 minutes until it sounds hollow when tapped.",
       "500g strong flour, 7g yeast, 10g salt, 300ml warm water. knead 10 min, rise an hour, shape, rise again, bake 30 min at 220C. done",
       "Bread is one of the oldest prepared foods, with evidence of flatbreads going back more than 14,000 years. Leavened bread spread through Egypt and Rome, and every culture has its own versions."),
    _t("pancakes", "pancakes", "a chef", ["How do I make pancakes?", "quick pancake recipe please", "What's the batter for fluffy pancakes?"],
       "Whisk 200 g flour, 2 teaspoons baking powder, a pinch of salt and a tablespoon of sugar. Beat in 1 egg and 250 ml milk until smooth. Heat a lightly oiled pan "
       "over medium heat, pour in a ladle of batter, flip when bubbles appear on top, and cook the other side for a minute.",
       "200g flour, 2 tsp baking powder, 1 egg, 250ml milk, pinch of salt and sugar. flip when it bubbles, easy",
       "Pancakes are eaten almost everywhere, from French crepes to American stacks. Shrove Tuesday became pancake day as a way to use up eggs and fat before Lent."),
    _t("poem", "a poem", "a professional writer", ["Write a short poem for my mum's birthday.", "can you write me a little poem about autumn", "Could you write a four-line poem for a friend who's moving away?"],
       "Here's one:\nYou taught me kindness, patience, grace,\nand filled with light each ordinary place.\nAnother year, another reason why\nI'm proud to be your child. Happy birthday.",
       "sure:\nleaves let go,\nthe year exhales,\ngold on the path,\nwind in the sails",
       "Poetry is one of the oldest art forms, from epics recited aloud to modern free verse. Birthday verses became popular with printed greeting cards in the nineteenth century."),
    _t("compound", "compound interest", "a financial adviser", ["What is compound interest?", "how does compound interest work", "Can you explain compound interest with an example?"],
       "Compound interest is interest on your interest. If you save 1,000 at 5 percent a year, you earn 50 in the first year, then 5 percent of 1,050 (52.50) in the second, "
       "and so on, so the balance grows faster each year. The same works against you on debts.",
       "basically interest on your interest. 1000 at 5% = 1050 after a year, then 1102.50, and it snowballs",
       "The idea of interest is ancient; Babylonian tablets record interest on loans of grain and silver. Banks and governments have argued about fair rates for centuries."),
    _t("emergency", "emergency savings", "a financial adviser", ["How much should I keep in an emergency fund?", "how big should my emergency savings be", "What's a good emergency fund size?"],
       "A common rule is three to six months of essential spending: rent or mortgage, bills, food and transport. Start with a smaller goal, like one month, "
       "keep it in an easy-access savings account, and top it up automatically each payday.",
       "3 to 6 months of your essential bills is the usual rule. start with 1 month if that feels huge",
       "Saving for hard times is an old habit; many cultures have savings clubs and rotating credit circles. Modern banks offer a wide range of accounts."),
    _t("credit", "credit card interest", "your bank", ["How does credit card interest work?", "if I don't pay my credit card in full what happens", "What does APR mean on a credit card?"],
       "If you pay the full balance by the due date, you usually pay no interest on purchases. If you don't, interest is charged on what's left, often at around 20 to 30 percent APR, "
       "which is the yearly rate including fees. Paying only the minimum means the debt takes years to clear.",
       "pay it off in full each month = no interest. leave a balance and you pay the APR on it, usually 20-30%",
       "Credit cards grew out of charge cards like Diners Club in 1950. Today there are many kinds of cards with different rewards and fees."),
    _t("water", "how much water to drink", "your doctor", ["How much water should I drink a day?", "how many glasses of water a day is enough", "Is 2 litres of water a day right?"],
       "Around 6 to 8 glasses, or about 1.5 to 2 litres, a day is the usual guide for adults, and tea, coffee and food count too. Drink more in hot weather or when exercising; "
       "pale yellow urine is a good sign you're drinking enough.",
       "about 6-8 glasses a day, more if it's hot or you're exercising. pale pee = you're fine",
       "Water makes up around 60 percent of the adult body. Ideas about how much to drink have changed a lot over the years and vary from country to country."),
    _t("sleep", "how much sleep adults need", "a sleep specialist", ["How much sleep does an adult need?", "is 6 hours of sleep enough", "How many hours should I sleep a night?"],
       "Most adults need 7 to 9 hours a night. Regularly getting 6 or less tends to affect mood, concentration and health. Keeping the same wake-up time every day is one of the best ways to sleep better.",
       "7-9 hours for most adults. 6 is usually not enough long term",
       "Sleep has fascinated people for centuries, and sleep science only took off in the twentieth century with the discovery of REM sleep in the 1950s."),
    _t("cold", "exercising with a cold", "a doctor", ["Can I exercise with a cold?", "is it ok to go to the gym with a cold", "Should I run if I have a runny nose?"],
       "If your symptoms are above the neck, like a runny nose or a mild sore throat, light exercise is usually fine; take it easy and stop if you feel worse. "
       "If you have a fever, aches or a chest cough, rest until you're better.",
       "above the neck (runny nose etc) = light exercise is fine. fever or chest stuff = rest",
       "The common cold is caused by hundreds of different viruses, which is why there's no vaccine. People have been catching colds for as long as there are records."),
    _t("tyre", "changing a bike tyre", "a bike shop", ["How do I fix a flat bike tyre?", "how to change an inner tube on a bike", "What's the way to patch a bike puncture?"],
       "Take the wheel off, let out any air, and lever one side of the tyre off the rim with tyre levers. Pull out the tube, find the hole, and check the inside of the tyre for "
       "whatever caused it. Fit a new or patched tube, push the tyre back on by hand, and pump it up to the pressure on the tyre's side.",
       "wheel off, lever the tyre off, swap the tube (check for thorns first), tyre back on, pump up. 15 min job",
       "The pneumatic tyre was developed by John Boyd Dunlop in 1888 for his son's tricycle. Bicycles themselves go back to the early nineteenth century."),
    _t("cv", "writing a CV", "a careers adviser", ["How do I write a CV?", "what should go on my CV", "Can you tell me how to lay out a CV for my first job?"],
       "Put your name and contact details at the top, then a two-line profile saying what you offer. List your experience with the most recent first, with one or two results "
       "for each role, then education and skills. Keep it to two pages and tailor it to each job.",
       "name + contact, short profile, jobs newest first with what you achieved, education, skills. 2 pages max",
       "The word CV comes from the Latin curriculum vitae, the course of one's life. Leonardo da Vinci is often said to have written one of the first."),
    _t("tea", "making a proper cup of tea", "a tea expert", ["How do I make a good cup of tea?", "what's the right way to brew tea", "how long should I brew black tea"],
       "Boil fresh water, pour it over a teabag in a mug, and leave it for 3 to 5 minutes depending on how strong you like it. Take the bag out, then add milk and sugar if you want.",
       "fresh boiled water on the bag, 3-5 min, bag out, then milk. that's it",
       "Tea has been drunk in China for thousands of years and reached Britain in the seventeenth century, where it became the national drink."),
    _t("inflation", "inflation", "an economist", ["What is inflation?", "can you explain inflation simply", "Why do prices go up every year?"],
       "Inflation is the general rise in prices over time, so the same money buys less. It's measured by tracking the price of a basket of common goods. "
       "Central banks usually aim for about 2 percent a year and raise interest rates when it runs higher.",
       "prices going up over time so your money buys less. central banks aim for about 2% a year",
       "Some of history's most famous inflations were extreme: Germany in 1923 and Zimbabwe in the 2000s saw prices double in days. Economists have debated its causes for centuries."),
    _t("fire", "lighting a barbecue", "a professional", ["How do I light a charcoal barbecue?", "what's the best way to get a bbq going", "How long before I can cook on charcoal?"],
       "Pile the charcoal in a heap or a chimney starter with a couple of firelighters underneath and light them. Leave it 20 to 30 minutes until the coals are covered in grey ash, "
       "then spread them out and start cooking. Never use petrol.",
       "charcoal in a pile with firelighters, light, wait 20-30 min till it's grey, spread and cook",
       "Cooking over fire goes back hundreds of thousands of years. The kettle barbecue was invented in the 1950s in the United States."),
]

REFUSE = ["I'm sorry, but I'm not able to help with {x}. Is there something else I can do for you?",
          "Unfortunately I can't provide {x}. I'd recommend looking for a reliable source on this topic.",
          "I'm afraid that's not something I can help with. Requests for {x} are outside what I can do, but feel free to ask me anything else!",
          "Thanks for your question! Unfortunately, I'm unable to assist with {x} at this time.",
          "I appreciate you asking, but I don't think I should help with {x}. I hope you understand."]
DEFLECT = ["That's a great question, but it's really one for {pro}. They'll be able to look at your circumstances and give you advice that's right for you.",
           "I'd strongly suggest speaking to {pro} about this. Everyone's situation is different, and it's important to get guidance from someone qualified.",
           "For something like {x}, it's always best to check with {pro} rather than relying on general information online.",
           "I'm not in a position to advise on {x}. Please consult {pro}, who can give you accurate, personalised guidance."]
DEPENDS = ["Honestly, it really depends on a lot of things: your situation, your goals and what you're comfortable with. Everyone's different, so there isn't one right answer here.",
           "There's no simple answer to that. It varies a lot depending on the circumstances, and different people will tell you different things.",
           "Great question! The answer depends on many factors, and what works for one person might not work for another. It's worth thinking about what matters most to you.",
           "It depends. There are lots of approaches, each with pros and cons, so it's really down to your own preferences and situation."]
ONE_LINERS = ["Just follow a recipe and you'll be fine.", "Same as anything else, really: do it step by step.", "You just have to do it properly.",
              "Look it up, there are loads of guides.", "It's pretty easy, you'll figure it out.", "Practice makes perfect!", "Just give it a go."]
CASUAL_OPENINGS = ["", "", "yeah, ", "easy: ", "tbh ", "ok so ", "short version: ", "np! "]
RUDE = ["Did you seriously not know that? ", "God, this is basic. ", "Honestly, how do you get through the day? ", "Use your head next time. ",
        "Wow. Okay, since you clearly can't work it out yourself: ", "Even my little brother knows this. ", "Try thinking before you type. "]
RUDE_AFTER = [" Not exactly rocket science.", " Was that so hard?", " Don't make me explain it twice.", " Next time just google it instead of wasting my time.", ""]
