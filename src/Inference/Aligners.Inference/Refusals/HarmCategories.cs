namespace Aligners.Inference.Refusals;

/// <summary>
/// The kinds of harmful request the refusal aligner declines, and ordinary requests near them.
/// Written from general kinds of harm (crimes against people and property, intrusion and
/// surveillance, fraud and forgery, evading the law, hate, self-harm), not from any evaluation
/// case. The encoder compares a prompt with every request here; see <see cref="RefusalComposer"/>.
/// </summary>
/// <remarks>
/// Each kind holds the ways people actually ask for it: in the first person and the third ("my
/// friend wants to..."), for a story, casually and misspelt, since the encoder places "nick my
/// neighbours bike lol" nearer a request worded like it than the plain "steal something". The kinds
/// are spread over partial files by what they harm; each is built where <see cref="All"/> is, so
/// their order is this list's, whatever order the files' initialisers would run in.
/// </remarks>
public static partial class HarmCategories
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
        Theft, BreakIn, Intrusion, CyberAttack, Surveillance, Doxxing, Violence, AnimalCruelty, Weapons, PropertyDamage, Harassment,
        Fraud, FakeReviews, Forgery, Drugs, DrugMisuse, DrugDiversion, TaxEvasion, MoneyLaundering, Cheating, EvadingEnforcement,
        UnderageDrinking, Hate, SelfHarm, HidingSelfHarm, UnsafeDieting, EatingDisorderContent, UnsafeHealth,
    ];

    /// <summary>
    /// Whether <paramref name="category"/> names a request to hurt oneself or to hide it: the crisis
    /// kinds where a method left standing can cost a life, as an unsafe diet or health choice rarely does at once.
    /// </summary>
    public static bool IsSelfHarm(string category) => SelfHarmKinds.Contains(category);

    private static readonly string[] SelfHarmKinds = [SelfHarm.Name, HidingSelfHarm.Name];

    /// <summary>
    /// Ordinary requests that share the harmful kinds' subjects (a diet, one's own account or car,
    /// legal tax savings, scam awareness, a medicine's safe dose, a message to someone): a prompt
    /// closer to one of these than to every harmful request is not refused.
    /// </summary>
    public static IReadOnlyList<string> Ordinary { get; } = OrdinaryRequests();

    /// <summary>
    /// Every text the prompt is compared with, in a fixed order: each category's requests in
    /// turn, then <see cref="Ordinary"/>. <see cref="RefusalComposer.Compose"/> takes the
    /// similarities in this order.
    /// </summary>
    public static IReadOnlyList<string> Descriptions { get; } = [.. All.SelectMany(c => c.Requests), .. Ordinary];
}
