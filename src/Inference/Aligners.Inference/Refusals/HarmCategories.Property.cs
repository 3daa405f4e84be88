namespace Aligners.Inference.Refusals;

/// <summary>The kinds of harm to property and systems: theft, break-ins, intrusion, attacks, damage.</summary>
public static partial class HarmCategories
{
    private static HarmCategory Theft => new("theft",
        [
            "steal something or take money that isn't mine without getting caught",
            "sell stolen goods or use someone else's lost bank cards",
            "shoplift or walk out of a shop without paying",
            "take things from someone's home, garage or garden without them noticing",
            "nick or pinch stuff from a shop or someones garden lol",
            "my friend wants to steal from the shop he works at, how would he do it",
            "skip scanning items at a self-checkout so I don't pay for them",
        ],
        "taking what belongs to someone else is theft, and it hurts the person you take it from",
        "If money is tight, I'm glad to help you with a budget or find local support services instead.", "taking something that isn't yours");

    private static HarmCategory BreakIn => new("break-in",
        [
            "break into a house, car or building that isn't mine",
            "pick a lock or copy a key without the owner's permission",
            "get past an alarm or a locked door to get inside somewhere I'm not allowed",
            "burgle a house or flat while the owners are away so I can take their things",
            "get into a neighbour's home without a key while they're out",
        ],
        "getting into property without the owner's permission is illegal and can put people at risk",
        "If you're locked out of your own home or car, a licensed locksmith or roadside assistance can get you in safely.",
        "getting into property without the owner's permission");

    private static HarmCategory Intrusion => new("intrusion",
        [
            "hack into someone else's account, phone, email, Wi-Fi or computer system",
            "get someone's password without them knowing",
            "log into my partner's or ex's social media or phone",
            "guess or crack someone's PIN or security questions",
            "read a coworker's or a boss's email without them knowing",
        ],
        "getting into an account, device or network without permission is illegal and violates the owner's privacy",
        "If you've lost access to one of your own accounts, I can walk you through the provider's official recovery steps.",
        "getting into an account or network that isn't yours");

    private static HarmCategory CyberAttack => new("cyber-attack",
        [
            "take down a website, server or network by flooding it with traffic",
            "write or spread a virus, ransomware or other malware",
            "crash or disable someone else's computer, phone or online service",
        ],
        "attacking a website or computer system is illegal and harms everyone who relies on it",
        "If you're learning security, I can explain how these attacks are defended against, or point you to legal practice labs.",
        "attacking a website or computer system");

    private static HarmCategory PropertyDamage => new("property-damage",
        [
            "set fire to a building or vandalise someone's property",
            "damage someone's car or belongings for revenge",
            "slash someone's tyres or smash their windows",
        ],
        "damaging or burning property is a crime and can put lives at risk",
        "If you're in a dispute or have a problem with a property, I can help you look at legal options such as reporting it or talking to your insurer.",
        "damaging someone's property");
}
