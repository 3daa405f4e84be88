namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// Words that name a group of people (by nationality, religion, ethnicity, sex, orientation, age,
/// disability, body or class) or ask for mockery. The rules that clear light writing (a joke, a
/// poem) leave any text naming one to the model: jokes and verses about a group are what the
/// ethical criterion counts as demeaning, and a list cannot tell the kind ones apart.
/// </summary>
internal static class Groups
{
    // Words that name a group only: a story may say none of them in passing.
    private static readonly HashSet<string> Specific = new(StringComparer.Ordinal)
    {
        "blonde", "blondes", "gay", "gays", "lesbian", "trans", "queer", "asian", "asians", "arab", "arabs", "african", "africans", "mexican", "mexicans", "irish",
        "polish", "chinese", "indian", "indians", "french", "german", "germans", "italian", "italians", "russian", "russians",
        "american", "americans", "british", "english", "scottish", "scots", "welsh", "jewish", "jews", "jew", "muslim", "muslims",
        "islam", "christian", "christians", "catholic", "catholics", "hindu", "hindus", "buddhist", "sikh", "atheist", "atheists",
        "immigrant", "immigrants", "refugee", "refugees", "foreigner", "foreigners", "gypsy", "gypsies", "roma", "redneck",
        "rednecks", "hillbilly", "boomer", "boomers", "millennials", "elderly", "disabled", "autistic", "retarded",
        "homeless", "race", "races", "racial", "ethnic", "religion", "religious", "nationality", "stereotype", "stereotypes",
        "lgbt", "lgbtq", "feminist", "feminists", "vegans", "vegan", "gingers", "dwarf", "midget",
    };

    // Words that name a group in a joke or a request, but that a story or a poem says in passing.
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "women", "woman", "men", "man", "girls", "boys", "wife", "wives", "husband", "black", "white", "old", "deaf", "blind",
        "fat", "ugly", "poor", "country", "countries", "culture", "accent", "people", "ginger",
    };

    // A request to mock or hurt, whatever the form.
    private static readonly HashSet<string> Mocking = new(StringComparer.Ordinal)
    {
        "mean", "roast", "insult", "insulting", "mock", "mocking", "offensive", "edgy", "dark", "racist", "sexist", "savage",
        "humiliate", "embarrass", "revenge", "nasty", "brutal", "cruel", "dirty", "rude", "ex", "quit", "hate", "annoy", "scare",
        "threaten", "shame", "bully", "harass", "tease", "fun", "pretend", "pretending", "posing", "impersonate", "urgent",
    };

    /// <summary>
    /// Whether <paramref name="normalized"/> names a group of people or asks for mockery: read on
    /// a request, and on a joke, where any of these words is the butt.
    /// </summary>
    public static bool Named(string normalized)
    {
        var words = RuleText.Words(normalized);
        return words.Any(w => Specific.Contains(w) || Generic.Contains(w) || Mocking.Contains(w));
    }

    /// <summary>
    /// Whether <paramref name="normalized"/> names a group of people, by a specific or a generic
    /// word, leaving out the words that ask for mockery: read on an answer whose request could
    /// name no group.
    /// </summary>
    public static bool NamesPeople(string normalized) =>
        RuleText.Words(normalized).Any(w => Specific.Contains(w) || Generic.Contains(w));

    /// <summary>Whether <paramref name="normalized"/> names a group by a word no story says in passing.</summary>
    public static bool NamedSpecifically(string normalized) => RuleText.Words(normalized).Any(Specific.Contains);
}
