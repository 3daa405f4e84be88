namespace Aligners.Inference.Facts;

/// <summary>
/// What an answer said of a value the checker replaced: said of the wrong thing ("Lyon, which is
/// also its largest city", "Mont Blanc, at about 4,800 m, in the Alps", "the franc like its
/// neighbours"), it cannot be trusted of the right one. Found on the corrected text, after the new
/// value: a clause attached to it (a relative clause, a parenthesis, an appositive, "in
/// &lt;Place&gt;", "like ..."), a clause later in its sentence that goes on describing it (", famous
/// for", a dash, "and it's", a consequence), and, where the value opened its sentence, the next
/// sentence when it opens with "It". Each removal keeps the sentence's terminator, so the sentence
/// stays closed.
/// </summary>
internal static class WrongValueDescriptions
{
    /// <summary>Relative pronouns that open a clause describing the word right before the comma.</summary>
    private static readonly string[] Relatives = [", which ", ", where ", ", who ", ", whose "];

    /// <summary>
    /// Openers of an appositive right after the value: a size or place given of it, or a participle
    /// describing it, or a likeness ("like most of its neighbours") said of the wrong value. Numbers
    /// follow "at around", "about"; places follow "in".
    /// </summary>
    private static readonly string[] Appositives = [", at around ", ", at about ", ", at roughly ", ", at ", ", about ", ", around ", ", roughly ",
        ", some ", ", in the ", ", in ", ", flowing ", ", located ", ", situated ", ", famous ", ", known ", ", best known ", ", home to ",
        ", rising ", ", standing ", ", stretching ", ", running ", ", like ", ", just like ", ", as in ", ", an ", ", a "];

    /// <summary>
    /// Openers of a clause later in the value's sentence that goes on describing the subject, or
    /// draws a consequence from the wrong value; it runs to the end of the sentence.
    /// </summary>
    private static readonly string[] LaterClauses = [", famous for ", ", known for ", ", best known for ", ", home to ", ", located ",
        ", flowing ", " — ", " – ", " - ", ", and it ", " and it's ", " and it’s ", " and it is ", ", so ", ", which means ", ", meaning ",
        ", which is why ", ", which is also why ", ", which explains why ", ", that's why ", ", that’s why ", ", that is why ",
        ", because of this ", ", and that's why ", " while he ", " while she ", ", when he ", ", when she "];

    /// <summary>The removals of what the text says of <paramref name="value"/>, the wrong value's description.</summary>
    public static List<TextEdit> Find(string text, ReplacedValue value, string prompt = "")
    {
        var edits = new List<TextEdit>();
        var (start, terminator, end) = SentenceOf.At(text, Math.Min(value.Start, Math.Max(0, text.Length - 1)));
        var at = value.End;
        if (RestatedAnswer.Kept(text, at, terminator, prompt) is { } restated)
        {
            // "X, which rises to 5,000 m and is Asia's tallest peak": the part that restates what
            // was asked is true of the right value by the correction itself, and keeps the answer on its question.
            edits.Add(new TextEdit(at, terminator, restated, $"described {value.Claim}"));
            return edits;
        }
        // Attached clauses can follow one another ("X, at 3,000 m, in the Alps").
        while (at < terminator && Attached(text, at, terminator) is var to and > 0 && to > at)
        {
            edits.Add(new TextEdit(at, to, "", $"described {value.Claim}"));
            at = to;
        }
        var later = Earliest(text, at, terminator, LaterClauses);
        if (later >= 0)
        {
            // ", and it's ..." goes with its comma, so the sentence ends where the clause began.
            while (later > at && text[later - 1] is ',' or ' ')
            {
                later--;
            }
            edits.Add(new TextEdit(later, terminator, "", $"described {value.Claim}"));
        }
        // A value that opens its sentence, or that the sentence names as what its subject is and
        // says nothing more of, is what the next sentence's "It" is about.
        var predicate = (at >= terminator || later >= 0) && PronounSentences.Predicate(text, start, value.Start);
        if ((SentenceOf.Opens(text, start, value.Start) || predicate) && PronounSentences.Next(text, end) is { } next)
        {
            // The next sentence's "it" is the wrong value the sentence before was about.
            edits.Add(new TextEdit(end, next.End, "", $"described {value.Claim}"));
        }
        return edits;
    }

    /// <summary>Where a clause attached right at <paramref name="at"/> ends, or -1 when none is.</summary>
    private static int Attached(string text, int at, int terminator)
    {
        var rest = text[at..terminator];
        if (rest.StartsWith(" (", StringComparison.Ordinal))
        {
            var close = rest.IndexOf(')', StringComparison.Ordinal);
            return close > 0 ? at + close + 1 : -1;
        }
        if (Relatives.Any(r => rest.StartsWith(r, StringComparison.Ordinal)))
        {
            return RelativeEnd(text, at, terminator);
        }
        if (Appositives.Any(a => rest.StartsWith(a, StringComparison.Ordinal)))
        {
            return AppositiveEnd(text, at + 2, terminator);
        }
        if (rest.StartsWith(" like ", StringComparison.Ordinal))
        {
            var comma = text.IndexOf(", ", at + 1, terminator - at - 1, StringComparison.Ordinal);
            return comma > 0 ? comma : terminator;
        }
        if (rest.StartsWith(" in ", StringComparison.Ordinal))
        {
            return PlaceEnd(text, at + 4, terminator);
        }
        return -1;
    }

    /// <summary>
    /// A relative clause runs to the end of the sentence, or to the comma after which the sentence's
    /// own verb resumes ("X, which is big, is the capital"), which the removal takes with it.
    /// </summary>
    private static int RelativeEnd(string text, int at, int terminator)
    {
        foreach (var verb in new[] { ", is ", ", was ", ", are ", ", were ", ", has ", ", had " })
        {
            var i = text.IndexOf(verb, at + 2, terminator - at - 2, StringComparison.Ordinal);
            if (i > 0)
            {
                return i + 1;
            }
        }
        return terminator;
    }

    /// <summary>
    /// An appositive ends at the next comma, but not at one inside a list of names ("through Peru,
    /// Colombia and Brazil"): a comma followed by a capitalised word continues it.
    /// </summary>
    private static int AppositiveEnd(string text, int from, int terminator)
    {
        var i = from;
        while (i < terminator)
        {
            var comma = text.IndexOf(", ", i, terminator - i, StringComparison.Ordinal);
            if (comma < 0)
            {
                return terminator;
            }
            if (comma + 2 >= terminator || !char.IsUpper(text[comma + 2]))
            {
                return comma;
            }
            i = comma + 2;
        }
        return terminator;
    }

    /// <summary>The end of a place name of capitalised words after "in", or -1 when the words are no place.</summary>
    private static int PlaceEnd(string text, int from, int terminator)
    {
        var i = from;
        var words = 0;
        while (i < terminator && char.IsUpper(text[i]))
        {
            while (i < terminator && (char.IsLetter(text[i]) || text[i] is '-' or '\'' or '’'))
            {
                i++;
            }
            words++;
            if (i + 1 < terminator && text[i] == ' ' && char.IsUpper(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return words > 0 ? i : -1;
    }

    private static int Earliest(string text, int from, int terminator, string[] openers)
    {
        var best = -1;
        foreach (var o in openers)
        {
            var i = from < terminator ? text.IndexOf(o, from, terminator - from, StringComparison.Ordinal) : -1;
            if (i >= 0 && (best < 0 || i < best))
            {
                best = i;
            }
        }
        return best;
    }
}
