using System.Collections.Frozen;
using System.Reflection;

namespace Aligners.Orchestration.Decisions.Wording;

/// <summary>
/// English words as SCOWL lists them (<c>english-words.txt</c>, an embedded resource; source and
/// licence in <c>english-words.README.md</c> beside it), with the forms a list leaves out read
/// from the ones it has: an inflection or derivation of a listed word ("routers", "paperless",
/// "natively"), a contraction ("there'll"), a listed word behind a common prefix ("reattach",
/// "cyberbullying") and a compound of two listed words of three letters or more ("paperclip",
/// "flexbox"). Pure; the list is read once.
/// </summary>
public static class EnglishWords
{
    private const string Resource = "Aligners.Orchestration.Decisions.Wording.english-words.txt";

    // A stem shorter than this ("ad" + "dst") is a fragment, not a word the suffix was put on.
    private const int MinStem = 3;

    private static readonly string[] Contractions = ["'ll", "'re", "'ve", "'d", "'m"];
    private static readonly string[] Suffixes = ["s", "es", "ed", "d", "ing", "er", "ers", "ly", "less", "able", "ness", "ment", "ity", "ic", "al", "ism"];
    private static readonly string[] Prefixes = ["re", "un", "in", "non", "pre", "over", "under", "cyber", "micro", "multi", "sub", "super", "anti", "self",
        "de", "mis", "co", "inter", "tele", "post"];

    private static readonly Lazy<FrozenSet<string>> Listed = new(Load);

    /// <summary>Whether the lower-case <paramref name="word"/> is an English word or a regular form of one.</summary>
    public static bool IsWord(string word)
    {
        if (Inflected(word))
        {
            return true;
        }
        foreach (var prefix in Prefixes)
        {
            if (word.Length - prefix.Length >= MinStem && word.StartsWith(prefix, StringComparison.Ordinal) && Inflected(word[prefix.Length..]))
            {
                return true;
            }
        }
        // Two words are joined without an apostrophe: "i'm" + "pound" is a decoder's join, not a compound.
        for (var split = MinStem; word.Length - split >= MinStem && !word.Contains('\'', StringComparison.Ordinal); split++)
        {
            if (Listed.Value.Contains(word[..split]) && Inflected(word[split..]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Listed, a listed word's possessive, or a listed word (or one less its final e) with a suffix.</summary>
    private static bool Inflected(string word)
    {
        var listed = Listed.Value;
        if (listed.Contains(word) || (word.EndsWith("'s", StringComparison.Ordinal) && listed.Contains(word[..^2])))
        {
            return true;
        }
        // "there'll", "who've": the list has the common contractions only.
        if (Contractions.FirstOrDefault(c => word.EndsWith(c, StringComparison.Ordinal)) is { } contraction)
        {
            return listed.Contains(word[..^contraction.Length]);
        }
        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= MinStem && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                if (listed.Contains(stem) || listed.Contains(stem + "e"))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static FrozenSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the word list {Resource} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = new StreamReader(stream);
        var words = new List<string>(140_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
