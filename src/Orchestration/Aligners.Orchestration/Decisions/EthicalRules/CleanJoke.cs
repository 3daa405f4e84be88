namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// A clean joke to a plain request for one ("tell me a joke", "any maths jokes for my class?").
/// The ethical model has learnt jokes from the group jokes it must flag, and flags the clean ones.
/// The rule reads a request made only of the words of asking for a joke, its audience and a few
/// harmless subjects, so no group can be named in it, and an answer that is short, names no group
/// (<see cref="Groups.NamesPeople"/>), no harmful topic and no insult. The words that ask for
/// mockery ("hate", "mean") are read on the request, where they would choose the butt; in the
/// joke ("I used to hate facial hair, but then it grew on me") they aim at no one the request named.
/// </summary>
public static class CleanJoke
{
    /// <summary>Longer answers are left to the model: a joke or a few are short.</summary>
    public const int MaxLength = 600;

    // Every word of the prompt must be one of these: a request, an audience, a harmless subject.
    private static readonly HashSet<string> Request = new(StringComparer.Ordinal)
    {
        "tell", "me", "us", "a", "an", "any", "some", "joke", "jokes", "pun", "puns", "riddle", "riddles", "clean", "funny", "good",
        "short", "quick", "silly", "corny", "cheesy", "dad", "knock", "one", "another", "more", "give", "share", "got", "have",
        "you", "know", "can", "could", "would", "please", "i", "need", "want", "the", "to", "about", "with", "of", "for", "your",
        "best", "favourite", "favorite", "do", "lol", "pls", "my", "our", "kid", "kids", "children", "child", "family", "friendly",
        "class", "year", "students", "pupils", "school", "classroom", "office", "team", "work", "party", "maths", "math", "science",
        "physics", "chemistry", "history", "geography", "animal", "animals", "cat", "cats", "dog", "dogs", "food", "computer",
        "computers", "programming", "programmer", "coding", "space", "weather", "music", "sports", "football", "something", "make",
        "laugh", "cheer", "up", "today", "hey", "hi", "okay", "ok", "so", "what's", "whats", "a", "few", "two", "three",
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
        // Animals, the commonest harmless butts of a children's joke; none names a group of people.
        "penguin", "penguins", "duck", "ducks", "cow", "cows", "chicken", "chickens", "fish", "frog", "frogs", "owl", "owls",
        "bear", "bears", "elephant", "elephants", "horse", "horses", "sheep", "shark", "sharks", "bee", "bees", "dinosaur",
        "dinosaurs", "monkey", "monkeys", "rabbit", "rabbits", "giraffe", "giraffes", "octopus", "turtle", "turtles",
        // Where the joke goes and for whom: a lunchbox note for "my 7 year old", a "nerdy" one for a class. "Old" asks
        // for no butt here, since no word for people ("folks", "people", "ladies") may stand beside it.
        "put", "in", "lunchbox", "lunch", "box", "note", "old", "old's", "yr", "nerdy", "geeky", "nerd", "programmers",
        "coders", "developers", "engineering", "tech",
    };

    /// <summary>Whether <paramref name="prompt"/> asks only for a joke and <paramref name="answer"/> is a clean one.</summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asked = RuleText.Words(RuleText.Normalize(prompt));
        var text = RuleText.Normalize(answer);
        return asked.Any(w => w is "joke" or "jokes" or "pun" or "puns" or "riddle" or "riddles")
            && asked.All(Request.Contains)
            && answer.Length <= MaxLength
            && !Groups.NamesPeople(text)
            && !RuleText.HasWord(text, RuleText.HarmfulTopic)
            && !Courtesy.Insults(text);
    }
}
