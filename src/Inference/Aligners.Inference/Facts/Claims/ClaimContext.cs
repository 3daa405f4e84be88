namespace Aligners.Inference.Facts;

/// <summary>
/// An answer read once for the claim checks: its folded text, the knowledge it mentions and its
/// segments, with the prompt read the same way (empty where the prompt is not read).
/// </summary>
internal sealed class ClaimContext
{
    private static readonly string[] Negations = [" not ", "n't", " never ", " no longer ", " nor ", " neither "];
    private static readonly string[] Contrasts = [" unlike ", " but ", " whereas ", " while ", " rather than ", " instead ", " except ", " formerly ", " used to ", " until ", " former ", " before ", " not "];

    public ClaimContext(string prompt, string answer, KnowledgeIndex index)
    {
        Answer = new FoldedText(answer);
        Prompt = new FoldedText(prompt);
        Mentions = index.Find(Answer);
        PromptMentions = prompt.Length == 0 ? [] : index.Find(Prompt);
        Segments = Facts.Segments.Split(answer);
        bySegment = Segments.Select(_ => new List<Mention>()).ToList();
        var k = 0;
        foreach (var m in Mentions)
        {
            while (k < Segments.Count && Segments[k].End <= m.Start)
            {
                k++;
            }
            if (k < Segments.Count && m.Start >= Segments[k].Start && m.End <= Segments[k].End)
            {
                bySegment[k].Add(m);
            }
        }
        for (var i = 0; i < Segments.Count; i++)
        {
            segmentIndex[Segments[i].Start] = i;
        }
    }

    private readonly List<List<Mention>> bySegment;
    private readonly Dictionary<int, int> segmentIndex = [];
    private readonly Dictionary<(int Segment, MentionKind Kind), List<Mention>> byKind = [];
    private readonly Dictionary<IReadOnlyList<string>, (int FirstEnd, bool InPrompt)> cueCache = new(ReferenceEqualityComparer.Instance);

    /// <summary>The answer, folded.</summary>
    public FoldedText Answer { get; }

    /// <summary>The prompt, folded.</summary>
    public FoldedText Prompt { get; }

    /// <summary>The knowledge the answer mentions, in order.</summary>
    public List<Mention> Mentions { get; }

    /// <summary>The knowledge the prompt mentions, in order.</summary>
    public List<Mention> PromptMentions { get; }

    /// <summary>The answer's sentences, list items, rows and lines.</summary>
    public List<(int Start, int End)> Segments { get; }

    /// <summary>The mentions of <paramref name="kind"/> inside a segment, in order; the list is shared, not to be changed.</summary>
    public IReadOnlyList<Mention> In((int Start, int End) segment, MentionKind kind)
    {
        if (!segmentIndex.TryGetValue(segment.Start, out var i) || Segments[i] != segment)
        {
            return Mentions.Where(m => m.Kind == kind && m.Start >= segment.Start && m.End <= segment.End).ToList();
        }
        // Every reader asks each segment for its kinds: sorted once per segment and kind, most of them empty.
        if (bySegment[i].Count == 0)
        {
            return [];
        }
        if (!byKind.TryGetValue((i, kind), out var found))
        {
            found = bySegment[i].Where(m => m.Kind == kind).ToList();
            byKind[(i, kind)] = found;
        }
        return found;
    }

    /// <summary>The segment's text as written.</summary>
    public string Text((int Start, int End) segment) => Answer.Text[segment.Start..segment.End];

    /// <summary>What a mention says, as written in the answer.</summary>
    public string Written(Mention m) => Answer.Text.Substring(m.Start, m.Length);

    /// <summary>Whether a cue stands in the segment, before it in the answer, or in the prompt.</summary>
    public bool HasCue(IReadOnlyList<string> cues, (int Start, int End) segment)
    {
        if (cues.Count == 0)
        {
            return true;
        }
        // Where the first cue of the list ends in the answer, and whether the prompt holds one: found once per list.
        if (!cueCache.TryGetValue(cues, out var found))
        {
            var first = int.MaxValue;
            foreach (var c in cues)
            {
                var at = FirstWordStart(Answer.Folded, c, 0, Answer.Folded.Length);
                if (at >= 0)
                {
                    first = Math.Min(first, at + c.Length);
                }
            }
            found = (first, cues.Any(c => HasWordStart(Prompt.Folded, c, 0, Prompt.Folded.Length)));
            cueCache[cues] = found;
        }
        return found.InPrompt || found.FirstEnd <= segment.End;
    }

    /// <summary>Whether a cue stands in the segment itself.</summary>
    public bool HasCueIn(IReadOnlyList<string> cues, (int Start, int End) segment) =>
        cues.Any(c => HasWordStart(Answer.Folded, c, segment.Start, segment.End));

    /// <summary>Whether a cue starts a word of <paramref name="folded"/> inside a span.</summary>
    public static bool HasCueIn(string folded, IReadOnlyList<string> cues, (int Start, int End) span) =>
        cues.Any(c => HasWordStart(folded, c, span.Start, span.End));

    /// <summary>Whether the segment denies something ("not", "isn't", "never").</summary>
    public bool Negated((int Start, int End) segment) => Has(segment, Negations);

    /// <summary>Whether the segment sets one thing against another ("unlike", "but", "formerly").</summary>
    public bool Contrasted((int Start, int End) segment) => Has(segment, Contrasts);

    /// <summary>Words by which a segment speaks of places other than the one asked about.</summary>
    private static readonly string[] Others = [" neighbo", " other ", " others ", " surrounding ", " nearby ", " elsewhere ", " rest of ", " adjacent "];

    /// <summary>Whether the segment speaks of other places ("its neighbours", "the rest of the continent").</summary>
    public bool AboutOthers((int Start, int End) segment) => Has(segment, Others);

    /// <summary>Tag questions ("didn't it?") ask for agreement rather than deny.</summary>
    private static readonly string[] Tags = ["n't it", "n't they", "n't he", "n't she", "n't there", "n't you", "n't we", "n't i"];

    private bool Has((int Start, int End) segment, string[] words)
    {
        // Every relation asks each segment whether it denies or contrasts: the segment is prepared once.
        if (!prepared.TryGetValue(segment, out var text))
        {
            text = " " + Answer.Folded[segment.Start..segment.End].Replace(',', ' ') + " ";
            foreach (var tag in Tags)
            {
                text = text.Replace(tag + "?", "?", StringComparison.Ordinal).Replace(tag + " ", " ", StringComparison.Ordinal);
            }
            prepared[segment] = text;
        }
        foreach (var w in words)
        {
            if (text.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private readonly Dictionary<(int Start, int End), string> prepared = [];

    /// <summary>The folded answer between two spaces, so that a word at either end is found as " word ".</summary>
    public string Padded => padded ??= " " + Answer.Folded + " ";

    private string? padded;

    /// <summary>
    /// Whether <paramref name="cue"/> starts a word of <paramref name="folded"/> between the bounds;
    /// a short cue ("by") must be the whole word.
    /// </summary>
    public static bool HasWordStart(string folded, string cue, int from, int to) => FirstWordStart(folded, cue, from, to) >= 0;

    /// <summary>Where <paramref name="cue"/> first starts a word between the bounds, or -1; the search reads no further than <paramref name="to"/>.</summary>
    public static int FirstWordStart(string folded, string cue, int from, int to)
    {
        for (var i = from; i + cue.Length <= to;)
        {
            var at = folded.IndexOf(cue, i, to - i, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }
            var before = at == 0 || !char.IsLetterOrDigit(folded[at - 1]);
            var after = cue.Length > 3 || at + cue.Length == folded.Length || !char.IsLetterOrDigit(folded[at + cue.Length]);
            if (before && after)
            {
                return at;
            }
            i = at + 1;
        }
        return -1;
    }

    /// <summary>The characters between two mentions (0 where they touch or overlap).</summary>
    public static int Gap(Mention a, Mention b) => Math.Max(0, Math.Max(b.Start - a.End, a.Start - b.End));
}
