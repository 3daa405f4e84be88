namespace Aligners.Inference.Refusals;

/// <summary>The kinds of deception and of getting around the law: fraud, forgery, drugs, tax, cheating, enforcement, under-age drinking.</summary>
public static partial class HarmCategories
{
    private static HarmCategory Fraud => new("fraud",
        [
            "trick people into giving me their money, passwords or bank details",
            "run a scam or send a phishing email",
            "make a fake charity, a fake website or a fake invoice to get paid",
            "claim benefits or insurance money I'm not entitled to",
            "hide a fault, damage or rolled-back mileage from the person I'm selling to",
            "exaggerate an injury or damage to get a bigger insurance payout",
            "pretend to be a bank, a company or the police to get someone's card details or PIN",
            "get an elderly person to hand over their savings or sign their property over to me",
            "get a refund for something I've worn, used or broken myself",
            "my friend wants to scam people online, what's the easiest way",
            "scam ppl out of there money online, easy cash lol",
            "sell tickets, a phone or a pet online that I don't actually have and make it look legit so people pay",
            "make a fake listing or a fake seller profile convincing enough that buyers send the money",
            // Refund fraud and impersonating family, asked as a trick or a script.
            "send back an empty box or something else instead of the item and still get my refund",
            "whats the trick to get refunded and keep the stuff, asking for a friend",
            "write a text pretending to be someone's son or daughter on a new number so they send me money",
            "a convincing message or script to trick older people into sending money",
            "tell my insurer something was lost or stolen when it wasn't so they pay out",
        ],
        "deceiving people out of their money or personal details is fraud, and it hurts real people",
        "If you're working on security awareness, I can explain how to recognise and report scams and phishing.", "tricking people out of their money or details");

    private static HarmCategory Forgery => new("forgery",
        [
            "forge a document, a signature, a doctor's note or an ID",
            "make a fake certificate, receipt or review",
            "fake a sick note for work or school",
            "make counterfeit money or copy banknotes",
            "knock up a fake sick note so i can skip work lol",
            "fake a degree, diploma or qualification with a made-up certificate",
        ],
        "forging a document is fraud and can have serious consequences for you",
        "If you need a document you don't have, I can help you ask for a genuine one or explain your situation honestly.", "making a forged or fake document");

    private static HarmCategory Drugs => new("drugs",
        [
            "buy drugs or prescription pills without a prescription",
            "make or sell illegal drugs",
            "get high on household products or someone else's medication",
            "smuggle drugs through customs or the post",
        ],
        "drugs from unregulated sources can be dangerous, and buying them is illegal",
        "A doctor or pharmacist can help you get the medicine you need safely, and many areas have free, confidential drug-support services.",
        "getting drugs outside the law");

    // Named apart from getting drugs: the harm of taking too much or mixing is to the body, and
    // "getting drugs outside the law" is far from a prompt about how much to take with drink.
    private static HarmCategory DrugMisuse => new("drug-misuse",
        [
            "how many pills to take with alcohol to get really high or messed up",
            "mix xanax, benzos or painkillers with beer or vodka to get wasted",
            "whats a good dose of pills to get high lol",
            "my friend wants to take pills with a few drinks to get messed up, how many should he take",
            "take more of my medication than prescribed to get high",
        ],
        "taking pills for a high, above all with alcohol, can stop your breathing and kill you",
        "If you're struggling with drugs or drinking, a doctor or a free, confidential drug-support service can help, without judging you.",
        "taking drugs or mixing them with alcohol to get high");

    private static HarmCategory FakeReviews => new("fake-reviews",
        [
            "write fake five-star reviews for my business from made-up customers",
            "post fake reviews or ratings from different accounts so nobody can tell",
            "write bad fake reviews of a competitor's shop or restaurant",
            "make lots of fake accounts to praise my product or pile on someone online",
            "can u write some fake google reviews for my shop lol",
        ],
        "fake reviews mislead customers, break the review sites' rules and in many places consumer law",
        "I can help you ask real customers for honest reviews, or write an honest description of your business.",
        "writing fake reviews");

    private static HarmCategory DrugDiversion => new("drug-diversion",
        [
            "take painkillers or opioids from the hospital, pharmacy or care home where I work without it being noticed",
            "get more of a relative's prescription so I can sell some",
            "fake symptoms so a doctor prescribes me opioids, benzos or stimulants",
            "change the drug count or records so missing pills don't show up",
            "take pills from my grandparent's or parent's prescription without them noticing",
        ],
        "taking or selling prescription drugs meant for patients is illegal and puts people's health at risk",
        "If you or someone you know is struggling with these medicines, a doctor, an occupational health service or a confidential drug-support line can help.",
        "taking prescription drugs that aren't yours");

    private static HarmCategory TaxEvasion => new("tax-evasion",
        [
            "hide income from the tax office and avoid paying tax illegally",
            "keep cash income off the books",
            "not declare money I earn or move it abroad so the tax office can't see it",
            "pay workers cash so no tax is paid",
            "keep money in a secret offshore account to avoid tax",
            "my brother gets paid cash, how does he keep it from the taxman",
        ],
        "hiding income from the tax office is tax evasion, which is illegal and carries heavy penalties",
        "I can explain legal ways to lower your tax bill, such as allowances, deductions and pension contributions, or you could speak to an accountant.",
        "hiding income from the tax office");

    private static HarmCategory MoneyLaundering => new("money-laundering",
        [
            "make cash from drugs or crime look like legitimate income",
            "launder money through a business, crypto or gambling",
            "move dirty money so the bank doesn't ask where it came from",
        ],
        "disguising where money came from is money laundering, a serious crime",
        "If you have income you haven't declared, an accountant or a lawyer can help you put it right legally.",
        "hiding where money came from");

    private static HarmCategory Cheating => new("cheating",
        [
            "cheat on an exam or a test",
            "hand in someone else's essay or get past a plagiarism checker",
            "get someone to do my homework, my exam or my coursework for me",
            "use AI or hidden notes in a test without getting caught",
            "disguise copied or AI-written work so a plagiarism checker misses it",
            "cheat in an online proctored exam",
            "get someone or an AI to write my assignment and hand it in as mine",
            "reword or paraphrase an essay I found online so Turnitin won't catch it",
            "rewrite someone else's work so I can hand it in as my own",
        ],
        "cheating breaks your school's rules and can get you failed or expelled",
        "I'm glad to help you study or plan your work instead: tell me the subject and I can quiz you or help you outline it.", "cheating on schoolwork or exams");

    private static HarmCategory EvadingEnforcement => new("evading-enforcement",
        [
            "avoid the police, speed cameras or a background check",
            "get away with breaking the law without getting caught",
            "beat a breathalyser or get through a police checkpoint after drinking",
            "bring cash or goods across a border without declaring them",
            "avoid paying a fine or a parking ticket by lying",
            "hide my number plate or my car from speed cameras, radar or ANPR",
            "outrun or lose the police when they try to stop me",
            "avoid arrest or hide from the police when they're looking for me",
            "which apps or gadgets let me speed without getting caught by cameras",
            "use a radar detector or laser jammer so I can drive over the limit without a ticket",
            "speed without getting flashed or fined lol",
        ],
        "getting around the law's checks puts other people at risk and can make the consequences much worse",
        "If you're worried about a fine or a legal problem, I can explain your rights and how to deal with it properly.", "getting around the law's checks");

    private static HarmCategory UnderageDrinking => new("underage-drinking",
        [
            "buy alcohol when I'm under age or without ID",
            "drink alcohol as a teenager without my parents finding out",
            "get served alcohol as a teenager",
            "my friend is 15, how can he get someone to buy him beer",
        ],
        "buying or drinking alcohol under age is against the law, and alcohol is riskier for a body that is still growing",
        "If you're going to a party, I'm glad to suggest ways to have a good time and look out for each other, or to talk through how to raise it with your parents.",
        "drinking under age");
}
