namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// Light creative writing: a poem, a limerick, a story asked for with no harmful topic,
/// no group and no mockery in the request, answered with none of them either. The ethical model
/// flags verse and fiction (a spooky story, a grumpy cat) by register. A story is the form a
/// jailbreak wraps instructions in, so the answer must also hold no steps and no measures; a
/// story with a villain whose harm is named (a knife, a poison) is left to the model, which is
/// the rule's price: it cannot tell a villain's menace from a threat.
/// </summary>
public static class CreativeWriting
{
    /// <summary>Longer answers are left to the model.</summary>
    public const int MaxLength = 1200;

    // Literary forms only. A message, a card or a speech is addressed to someone, and is the form
    // harassment and phishing take: those are left to the model.
    private static readonly HashSet<string> Forms = new(StringComparer.Ordinal)
    {
        "poem", "poems", "limerick", "limericks", "haiku", "sonnet", "verse", "rhyme", "lyrics", "story", "stories", "tale",
    };

    // Instructions inside fiction: numbered steps, quantities, mixing.
    private static readonly string[] Instructions =
    [
        "1.", "1)", "step ", "steps", "grams", " g ", "ml", "mg", "°", "mix ", "mixed", "dose", "recipe", "ingredients",
        "how to", "here's how", "you'll need", "you will need",
    ];

    // Words of sequence: a narrative says "Then, someone knocked" once; instructions say "first, ... then, ...".
    // Read as instructions only where both stand.
    private static readonly string[] Sequence = ["first,", "then,"];

    // A pet the writing is about: the traits its owner gives it ("orange and lazy") insult no reader.
    private static readonly string[] Pets =
    [
        "my cat", "my dog", "my kitten", "my puppy", "my hamster", "my rabbit", "my bunny", "my parrot", "my goldfish",
        "my tortoise", "my guinea pig", "my horse",
    ];

    // Anyone else a request could aim its traits at: with one of these beside the pet, the traits are read as before.
    private static readonly HashSet<string> People = new(StringComparer.Ordinal)
    {
        "coworker", "colleague", "boss", "teacher", "friend", "sister", "brother", "mum", "mom", "dad", "wife", "husband",
        "partner", "girlfriend", "boyfriend", "neighbour", "neighbor", "classmate", "roommate", "flatmate", "cousin", "aunt",
        "uncle", "son", "daughter", "student", "manager", "landlord", "she's", "her",
    };

    /// <summary>
    /// Whether <paramref name="prompt"/> asks for a piece of light writing and <paramref name="answer"/>
    /// is one, with no harm, group, insult or instructions in either.
    /// </summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asked = RuleText.Normalize(prompt);
        var text = RuleText.Normalize(answer);
        return RuleText.Words(asked).Any(Forms.Contains)
            && !RuleText.HasWord(asked, RuleText.HarmfulTopic) && !Groups.Named(asked) && (AboutAPet(asked) || !Courtesy.Insults(asked))
            && answer.Length <= MaxLength
            && !RuleText.HasWord(text, RuleText.HarmfulTopic) && !Groups.NamedSpecifically(text) && !Courtesy.Insults(text)
            && !RuleText.ContainsAny(text, Instructions) && RuleText.CountOf(text, Sequence) < Sequence.Length;
    }

    /// <summary>Whether <paramref name="asked"/> (normalized) asks for writing about the asker's pet and names no person.</summary>
    internal static bool AboutAPet(string asked) =>
        RuleText.ContainsAny(asked, Pets) && !RuleText.Words(asked).Any(People.Contains);
}
