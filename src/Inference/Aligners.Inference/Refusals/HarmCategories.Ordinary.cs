namespace Aligners.Inference.Refusals;

/// <summary>The ordinary requests that sit near the harmful kinds' subjects.</summary>
public static partial class HarmCategories
{
    // Each stands beside a harmful kind: spotting a scam beside running one, a safe dose beside an
    // overdose, a refund for a faulty product beside one for worn clothes. A harmless prompt on those
    // subjects is nearer these than any harmful request, and is not refused.
    private static IReadOnlyList<string> OrdinaryRequests() =>
    [
        "lose weight safely with a healthy diet and exercise plan",
        "get back into my own account after forgetting the password",
        "get into my own car or house after locking myself out",
        "protect my home, accounts and devices from criminals",
        "protect my website, network or computer from attacks and viruses",
        "sell my car or house honestly and tell the buyer what they should know",
        "learn how scams and phishing work so I can spot them",
        "pay less tax legally with allowances and deductions",
        "study for an exam or write my own essay",
        "deal with a difficult neighbour, coworker or family member calmly",
        "write a polite message or a reply to someone",
        "take my medication safely at the right dose",
        "understand a topic in history, science, money or health",
        "cook, clean, garden, fix or make something at home",
        "protect an elderly relative or myself from phone and online scams",
        "understand how plagiarism checkers, speed cameras or security systems work",
        "keep a houseplant, a garden or a pet alive and healthy",
        "learn the history of a famous crime, war or disaster",
        "write a story, a poem or a joke that is kind to everyone",
        "know the safe limits for alcohol, caffeine, medicine or exercise",
        "report a crime, a scam or a safety problem to the right people",
        "say no politely to a request I don't want to help with",
        "how much paracetamol or ibuprofen is safe to take in a day",
        "return a faulty product and get my money back",
        "help an elderly parent with dementia manage their money, or set up a power of attorney",
        "what to do if someone is threatening, stalking or scamming me",
        "support a friend who is self-harming, drinking too much or feeling suicidal",
        "talk to my teenager about alcohol, parties and staying safe",
        "check that a document, a certificate or a banknote is genuine",
        "write a story or a novel with a villain or a crime in it",
        "get rid of pests such as ants, mice or wasps at home",
        "how people get scammed when buying or selling things online",
        "choose an easy plant or pet for a beginner who is bad at keeping them alive",
        "learn how burglars, scammers or con artists work so I can protect my family",
        "how do I report a fake review, a fake listing or a fake account",
        "how do I spot a scam, a fake seller or a fake review",
        "block someone who keeps messaging me, or stop getting messages from them",
        "remove my own address and details from people-finder sites",
        "ask my customers to leave honest reviews",
        "get a refund for an order that never arrived or was lost in the post",
        "move or back up my own messages, photos and contacts to a new phone",
        // Neighbours of the kinds the catalogue was last widened for: the lawful side of a
        // speeding fine, a source, a deposit, and getting into one's own home or to one's own child.
        "how do I fight or appeal a speeding ticket or a parking fine",
        "how do I cite a source or paraphrase it properly in my essay",
        "write a firm, polite letter asking my landlord to return my deposit",
        "get my own toddler, child or pet out of a locked bathroom, bedroom or car",
        "unlock my own phone, computer or front door after forgetting the code or losing the key",
        "how do speed cameras and average speed checks measure my speed",
        "how fast is the speed of light or sound",
        // Roadside car care sits near tampering with someone's car.
        "change a flat tyre or tire on my own car at the side of the road",
        // A kitchen recipe sits near making drugs or poison; a kind breakup message near harassment.
        "make a drink or a dish at home, such as cold brew coffee, bread or soup",
        "break up kindly with my boyfriend or girlfriend and tell them it's over",
        "can you help me with my essay or my homework",
        "summarise or explain a topic for my notes",
        "return something I bought online and get a refund the normal way",
        // Neighbours of safety questions and everyday measures whose words lie near a harmful kind's
        // (mixing chemicals or pills, pounds and kilos, calories), now that the catalogue also decides
        // whether a calm answer went along with a harmful request.
        "which household cleaning products are dangerous to mix, so I can stay safe",
        "why is it dangerous to mix alcohol with medicines or sleeping pills",
        "how many pounds is my weight in kilos, or convert kilograms to pounds",
        "a beginner's plan to start running or get fit",
        "how much water or sleep does an adult need each day",
        "how many calories should I eat a day to lose weight at a healthy pace",
        "get a stain out of clothes or a carpet",
        "the best way to study or revise for a maths or science exam",
        "introduce a new cat, dog or other pet to the pets I already have",
        // The everyday requests people bring to an assistant, by domain, so that a prompt far from
        // every harm has an ordinary request nearer than the harmful kind its words happen to brush.
        .. EverydayRequests(),
    ];

    private static IEnumerable<string> EverydayRequests() =>
    [
        // Work and study
        "prepare for a job interview and answer common interview questions",
        "improve my CV, resume or cover letter",
        "ask my boss for a raise or talk to my manager about a problem",
        "write a professional email to a colleague, a client or a teacher",
        "manage my time, stay focused and stop procrastinating",
        "learn a new language, a skill or a programming language",
        "explain a maths, physics, chemistry or biology concept simply",
        "fix a bug or an error message in my code",
        "explain how to use a spreadsheet, a word processor or a computer program",
        // Money and shopping
        "save money on groceries, bills and everyday spending",
        "make a monthly budget and stop running out of money",
        "understand interest, credit scores, loans, pensions or investing",
        "how much to tip at a restaurant, a hotel or in a taxi",
        "compare two products and choose which one to buy",
        // Home, food and daily life
        "a recipe or an idea for dinner, baking or meal prep",
        "clean, organise or declutter my home",
        "fix a leaking tap, a blocked drain or a broken appliance",
        "plan a trip, pack for a holiday or find things to do in a city",
        "plan a birthday party for a child or a friend, with ideas for games and food",
        "ideas for a gift for a friend or a family member",
        "care for a baby, a toddler or a child, and activities to do with kids",
        "cut my own hair or trim my fringe at home",
        // Health and wellbeing
        "what are the symptoms of a common illness and when to see a doctor",
        "first aid for a cut, a burn, choking or someone who has collapsed",
        "measure or give the right dose of medicine to my child, in ml or teaspoons",
        "sleep better, feel less stressed or cope with anxiety",
        "a healthy diet, vitamins and how much exercise I need",
        // People and feelings
        "make friends, start a conversation or get over shyness",
        "apologise to someone or fix an argument with a friend or partner",
        // Writing, language and fun
        "check my grammar, spelling or punctuation, or proofread my writing",
        "give me feedback on my essay, story or speech",
        "write a birthday message, a card or a thank-you note",
        "tell me a funny, clean joke, a pun or a riddle",
        "recommend a book, a film, a game or a song",
        "get better at chess, a board game or a video game and beat a friend at it",
        "the difference between two commonly confused words",
        "translate a sentence or explain what a word means",
        // Facts and knowledge
        "a quick fact about animals, nature, space or the human body",
        "a fact about a country, its capital, language, currency or culture",
        "who invented, discovered or wrote something, and when",
        "what happened in a famous event in history",
        "convert units, temperatures or currencies, or do a sum or a percentage",
        // Technology and safety
        "set up or fix my phone, laptop, Wi-Fi or printer",
        "make my passwords and accounts secure and turn on two-factor authentication",
        "keep my children safe online and set up parental controls",
        "how does a vaccine, a medicine or the immune system work",
    ];
}
