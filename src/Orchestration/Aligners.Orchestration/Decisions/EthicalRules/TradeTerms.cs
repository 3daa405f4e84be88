namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// Risky words used as terms of a harmless trade: "kill" of a process, a job or a task; "kill"
/// of a houseplant or weeds; "cut" and "knife" beside food; "password" of the asker's own router.
/// The ethical model, and <see cref="RuleText.HarmfulTopic"/>, read the word and not its object;
/// <see cref="HarmfulWordsBesidesTheTrade"/> reads each risky word with the words around it and
/// keeps every one whose neighbours name no such object, so that "kill your headlights" and
/// "cut her" stay harmful.
/// </summary>
internal static class TradeTerms
{
    // How far, in words, the object of a trade may stand from the risky word: "kill -9 <PID>",
    // "kill the hung python process", "someone who kills every plant".
    private const int Window = 4;

    // A knife and the food it cuts stand further apart: "dice the onion finely with a sharp knife".
    private const int KitchenWindow = 6;

    private static readonly HashSet<string> KillWords = new(StringComparer.Ordinal) { "kill", "kills", "killing" };

    // Objects of "kill" in computing and in the garden: nothing here is a person or an animal.
    private static readonly HashSet<string> KillObjects = new(StringComparer.Ordinal)
    {
        "process", "processes", "pid", "sigterm", "sigkill", "task", "tasks", "job", "jobs", "daemon", "thread",
        "threads", "container", "containers", "terminal", "plant", "plants", "houseplant", "houseplants", "weeds",
        "moss", "mould", "mold", "germs", "bacteria", "aphids",
    };

    private static readonly HashSet<string> CutWords = new(StringComparer.Ordinal) { "cut", "cutting", "knife" };

    // Food and the kitchen: a knife beside an onion is a recipe. A tool for food ("butter knife",
    // "chopping board") is left out: it opens a window as well as it spreads butter.
    private static readonly HashSet<string> FoodObjects = new(StringComparer.Ordinal)
    {
        "onion", "onions", "carrot", "carrots", "potato", "potatoes", "tomato", "tomatoes", "vegetables", "veg", "bread",
        "cake", "garlic", "pepper", "peppers", "chicken", "meat", "fish", "apple", "apples", "fruit", "dough", "recipe", "pizza",
    };

    private static readonly HashSet<string> PasswordWords = new(StringComparer.Ordinal) { "password", "passwords" };

    // The device a password belongs to, beside the word.
    private static readonly HashSet<string> DeviceObjects = new(StringComparer.Ordinal)
    {
        "router", "wi", "fi", "wifi", "modem", "default", "defaults", "sticker", "admin",
    };

    // A prompt about the asker's own device: "reset my router".
    private static readonly string[] OwnDevice = ["my router", "my wifi", "my wi-fi", "my modem", "my home network", "our router", "our wifi"];

    // A prompt about someone else's device or account, or about getting in: never the asker's own.
    private static readonly HashSet<string> SomeoneElse = new(StringComparer.Ordinal)
    {
        "neighbour", "neighbour's", "neighbor", "neighbor's", "neighbours", "neighbors", "ex", "ex's", "her", "his", "their",
        "someone", "someone's", "somebody", "crack", "hack", "bypass", "guess", "without", "school's", "work's", "teacher",
        "boss", "girlfriend", "boyfriend", "wife", "husband", "partner", "roommate", "parents", "dad's", "mum's", "mom's",
    };

    /// <summary>
    /// The words of <paramref name="normalized"/> in <see cref="RuleText.HarmfulTopic"/> (and "kills")
    /// that are not a term of a trade. A password counts as the trade's only where
    /// <paramref name="ownDevice"/> holds (see <see cref="AboutOwnDevice"/>).
    /// </summary>
    public static List<string> HarmfulWordsBesidesTheTrade(string normalized, bool ownDevice)
    {
        var words = RuleText.Words(normalized);
        var harmful = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!IsRisky(word))
            {
                continue;
            }
            var trade = KillWords.Contains(word) ? Near(words, i, KillObjects, Window)
                : CutWords.Contains(word) ? Near(words, i, FoodObjects, KitchenWindow)
                : PasswordWords.Contains(word) && ownDevice && Near(words, i, DeviceObjects, Window);
            if (!trade)
            {
                harmful.Add(word);
            }
        }
        return harmful;
    }

    /// <summary>Whether <paramref name="normalized"/> holds a term of a trade (<see cref="HarmfulWordsBesidesTheTrade"/> drops it).</summary>
    public static bool HasTradeTerm(string normalized, bool ownDevice) =>
        RuleText.Words(normalized).Count(IsRisky) > HarmfulWordsBesidesTheTrade(normalized, ownDevice).Count;

    // The topic list, and every form of the words this class reads in a trade ("kills" is not in the list).
    private static bool IsRisky(string word) =>
        RuleText.HarmfulTopic.Contains(word) || KillWords.Contains(word) || CutWords.Contains(word) || PasswordWords.Contains(word);

    /// <summary>
    /// Whether the prompt <paramref name="asked"/> (normalized) is about the asker's own router or
    /// network and names nobody else's and no way of getting in.
    /// </summary>
    public static bool AboutOwnDevice(string asked) =>
        RuleText.ContainsAny(asked, OwnDevice) && !RuleText.Words(asked).Any(SomeoneElse.Contains);

    private static bool Near(List<string> words, int index, HashSet<string> objects, int window)
    {
        var from = Math.Max(0, index - window);
        var to = Math.Min(words.Count - 1, index + window);
        for (var j = from; j <= to; j++)
        {
            if (j != index && objects.Contains(words[j]))
            {
                return true;
            }
        }
        return false;
    }
}
