namespace Aligners.Inference.Refusals;

/// <summary>
/// The kinds of harmful request the refusal aligner declines, and ordinary requests near them.
/// Written from general kinds of harm (crimes against people and property, intrusion and
/// surveillance, fraud and forgery, evading the law, hate, self-harm), not from any evaluation
/// case. The encoder compares a prompt with every request here; see <see cref="RefusalComposer"/>.
/// </summary>
public static class HarmCategories
{
    /// <summary>
    /// Crisis lines, given with every refusal of a request that may hurt the asker: the US 988
    /// Suicide &amp; Crisis Lifeline, Samaritans (UK and Ireland), and the international directory.
    /// </summary>
    public const string CrisisResources =
        "If you're thinking about harming yourself, please reach out now: in the US call or text 988, in the UK and Ireland call Samaritans on 116 123, " +
        "or call your local emergency number; findahelpline.com lists free, confidential lines in other countries.";

    /// <summary>The harmful kinds.</summary>
    public static IReadOnlyList<HarmCategory> All { get; } =
    [
        new("theft",
            [
                "steal something or take money that isn't mine without getting caught",
                "sell stolen goods or use someone else's lost bank cards",
                "shoplift or walk out of a shop without paying",
                "take things from someone's home, garage or garden without them noticing",
            ],
            "taking what belongs to someone else is theft, and it hurts the person you take it from",
            "If money is tight, I'm glad to help you with a budget or find local support services instead.", "taking something that isn't yours"),
        new("break-in",
            [
                "break into a house, car or building that isn't mine",
                "pick a lock or copy a key without the owner's permission",
                "get past an alarm or a locked door to get inside somewhere I'm not allowed",
            ],
            "getting into property without the owner's permission is illegal and can put people at risk",
            "If you're locked out of your own home or car, a licensed locksmith or roadside assistance can get you in safely.",
            "getting into property without the owner's permission"),
        new("intrusion",
            [
                "hack into someone else's account, phone, email, Wi-Fi or computer system",
                "get someone's password without them knowing",
                "log into my partner's or ex's social media or phone",
                "guess or crack someone's PIN or security questions",
            ],
            "getting into an account, device or network without permission is illegal and violates the owner's privacy",
            "If you've lost access to one of your own accounts, I can walk you through the provider's official recovery steps.",
            "getting into an account or network that isn't yours"),
        new("cyber-attack",
            [
                "take down a website, server or network by flooding it with traffic",
                "write or spread a virus, ransomware or other malware",
                "crash or disable someone else's computer, phone or online service",
            ],
            "attacking a website or computer system is illegal and harms everyone who relies on it",
            "If you're learning security, I can explain how these attacks are defended against, or point you to legal practice labs.",
            "attacking a website or computer system"),
        new("surveillance",
            [
                "secretly follow, track or spy on a person",
                "read someone's messages or see their location without them knowing",
                "put a tracker or spy app on someone's car or phone",
                "find out where someone lives from their photos or posts",
                "install a keylogger or spyware to see what someone types or does on their computer",
                "find a stranger's home address from their name, car or number plate",
            ],
            "watching or tracking someone without their consent violates their privacy and can frighten or endanger them",
            "If you're worried about someone or about your relationship, talking to them directly or to a counsellor is a better start, and I can help you prepare for that conversation.",
            "secretly watching or tracking someone"),
        new("violence",
            [
                "hurt, poison or attack another person",
                "put drugs in someone's drink",
                "get back at someone by hurting them physically",
                "start a fight or beat someone up",
                "put something in someone's food or drink to make them ill",
            ],
            "it could seriously injure someone, and it is a crime",
            "If someone is threatening you or you feel unsafe, please contact the police or a local support service; if you're angry with someone, I can help you find a safe way to deal with it.",
            "hurting another person"),
        new("weapons",
            [
                "make a bomb, an explosive or a weapon",
                "get a gun without a background check or a licence",
                "make a gun fully automatic or build one that can't be traced",
                "carry a weapon past security",
            ],
            "weapons made or bought outside the law put lives at risk",
            "If you want to own a firearm legally, I can explain the licensing process where you live.", "getting or making a weapon outside the law"),
        new("property-damage",
            [
                "set fire to a building or vandalise someone's property",
                "damage someone's car or belongings for revenge",
                "slash someone's tyres or smash their windows",
            ],
            "damaging or burning property is a crime and can put lives at risk",
            "If you're in a dispute or have a problem with a property, I can help you look at legal options such as reporting it or talking to your insurer.",
            "damaging someone's property"),
        new("harassment",
            [
                "threaten, scare or harass someone",
                "get revenge on someone or make their life miserable",
                "get back at someone who wronged me",
                "humiliate someone online or spread rumours about them",
                "write a nasty message to frighten or shame someone",
            ],
            "threatening or harassing someone causes real harm and can be a crime",
            "If you're in a conflict with someone, I can help you write a calm, firm message or find a fair way to resolve it.", "threatening or harassing someone"),
        new("fraud",
            [
                "trick people into giving me their money, passwords or bank details",
                "run a scam or send a phishing email",
                "make a fake charity, a fake website or a fake invoice to get paid",
                "claim benefits or insurance money I'm not entitled to",
                "hide a fault, damage or rolled-back mileage from the person I'm selling to",
                "exaggerate an injury or damage to get a bigger insurance payout",
            ],
            "deceiving people out of their money or personal details is fraud, and it hurts real people",
            "If you're working on security awareness, I can explain how to recognise and report scams and phishing.", "tricking people out of their money or details"),
        new("forgery",
            [
                "forge a document, a signature, a doctor's note or an ID",
                "make a fake certificate, receipt or review",
                "fake a sick note for work or school",
                "make counterfeit money or copy banknotes",
            ],
            "forging a document is fraud and can have serious consequences for you",
            "If you need a document you don't have, I can help you ask for a genuine one or explain your situation honestly.", "making a forged or fake document"),
        new("drugs",
            [
                "buy drugs or prescription pills without a prescription",
                "make or sell illegal drugs",
                "get high on household products or someone else's medication",
                "smuggle drugs through customs or the post",
            ],
            "drugs from unregulated sources can be dangerous, and buying them is illegal",
            "A doctor or pharmacist can help you get the medicine you need safely, and many areas have free, confidential drug-support services.",
            "getting drugs outside the law"),
        new("tax-evasion",
            [
                "hide income from the tax office and avoid paying tax illegally",
                "keep cash income off the books",
                "not declare money I earn or move it abroad so the tax office can't see it",
                "pay workers cash so no tax is paid",
            ],
            "hiding income from the tax office is tax evasion, which is illegal and carries heavy penalties",
            "I can explain legal ways to lower your tax bill, such as allowances, deductions and pension contributions, or you could speak to an accountant.",
            "hiding income from the tax office"),
        new("cheating",
            [
                "cheat on an exam or a test",
                "hand in someone else's essay or get past a plagiarism checker",
                "get someone to do my homework, my exam or my coursework for me",
                "use AI or hidden notes in a test without getting caught",
            ],
            "cheating breaks your school's rules and can get you failed or expelled",
            "I'm glad to help you study or plan your work instead: tell me the subject and I can quiz you or help you outline it.", "cheating on schoolwork or exams"),
        new("evading-enforcement",
            [
                "avoid the police, speed cameras or a background check",
                "get away with breaking the law without getting caught",
                "beat a breathalyser or get through a police checkpoint after drinking",
                "bring cash or goods across a border without declaring them",
                "avoid paying a fine or a parking ticket by lying",
            ],
            "getting around the law's checks puts other people at risk and can make the consequences much worse",
            "If you're worried about a fine or a legal problem, I can explain your rights and how to deal with it properly.", "getting around the law's checks"),
        new("hate",
            [
                "write a joke or an insult mocking a group of people",
                "say something demeaning about people of a religion, race, gender or nationality",
                "tell jokes that make fun of women, immigrants or a nationality",
                "explain why one race, religion or gender is worse than another",
            ],
            "jokes and insults that target people for who they are are hurtful and feed prejudice",
            "I'm happy to write you a joke on another topic, or help with something else.", "making fun of a group of people"),
        new("self-harm",
            [
                "kill myself or end my life",
                "hurt myself or take an overdose of pills",
                "cut myself where nobody will see it",
                "find out how many pills it takes to die",
            ],
            "it could end your life or seriously hurt you",
            "You don't have to go through this alone, and I'm here to listen if you want to talk about what's going on.", "hurting yourself", Crisis: true),
        new("unsafe-health",
            [
                "starve myself or lose a lot of weight dangerously fast",
                "drink bleach or another poisonous product",
                "lose ten kilos in a week or two",
                "hide an eating disorder from my family or doctor",
            ],
            "it could do serious harm to your body",
            "A doctor, pharmacist or dietitian can help you reach your goal safely.", "putting your health in danger", Crisis: true),
    ];

    /// <summary>
    /// Ordinary requests that share the harmful kinds' subjects (a diet, one's own account or car,
    /// legal tax savings, scam awareness, a message to someone): a prompt closer to one of these
    /// than to every harmful request is not refused.
    /// </summary>
    public static IReadOnlyList<string> Ordinary { get; } =
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
    ];

    /// <summary>
    /// Every text the prompt is compared with, in a fixed order: each category's requests in
    /// turn, then <see cref="Ordinary"/>. <see cref="RefusalComposer.Compose"/> takes the
    /// similarities in this order.
    /// </summary>
    public static IReadOnlyList<string> Descriptions { get; } = [.. All.SelectMany(c => c.Requests), .. Ordinary];
}
