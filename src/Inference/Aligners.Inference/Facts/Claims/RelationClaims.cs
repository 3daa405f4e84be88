namespace Aligners.Inference.Facts;

/// <summary>
/// Claims of a <see cref="Relation"/> wherever they stand: in each segment, each value is paired
/// with its nearest subject (a lone value in a segment that contrasts nothing belongs to every
/// subject there: "Io, Europa and Titan are Jupiter's moons"); a segment with values and no subject
/// takes the one subject the prompt names, unless it speaks of other places ("its neighbours"). A subject with a right value is confirmed; one with
/// only wrong values is contradicted by the nearest, unless the segment denies something
/// ("Japan does not use the yuan").
/// </summary>
internal static class RelationClaims
{
    public static IEnumerable<FactFinding> Check(ClaimContext context, Relation relation)
    {
        var judged = Judged(context, relation).ToList();
        // Where the answer states a subject's right value elsewhere, a segment that names no subject
        // and borrows the prompt's speaks of context ("shops near the border take euros" after "the
        // Swiss franc"), and a language said to be learnt or spoken too is a second language ("many
        // also learn English"), not a second claim of the relation.
        return judged.Where(j => !(j.Finding.Verdict == FactVerdicts.Contradicted
                && judged.Any(o => o.Finding.Verdict == FactVerdicts.Confirmed && o.Finding.Subject == j.Finding.Subject)
                && (j.Borrowed || (relation.ValueKind == MentionKind.Language && context.HasCueIn(Additions, j.Segment)))))
            .Select(j => j.Finding);
    }

    /// <summary>Word starts by which a segment adds a language to the one a country speaks.</summary>
    private static readonly string[] Additions = ["also", "too", "as well", "learn", "second", "besides", "alongside", "in addition", "widely", "foreign", "minorit", "regional"];

    private static IEnumerable<(FactFinding Finding, bool Borrowed, (int Start, int End) Segment)> Judged(ClaimContext context, Relation relation)
    {
        foreach (var segment in context.Segments)
        {
            // Values first: most segments have none, and then the subjects need no reading.
            var present = context.In(segment, relation.ValueKind);
            if (present.Count == 0 || !context.HasCue(relation.Cues, segment))
            {
                continue;
            }
            var values = present.ToList();
            var subjects = context.In(segment, relation.SubjectKind)
                .Where(s => relation.Describe(s.Key) is not null && relation.Narrowed?.Invoke(context.Answer.Folded, s) != true).ToList();
            values.RemoveAll(v => subjects.Any(s => s.Overlaps(v)));
            // "They turn liquid in a warm room" is no state at room temperature.
            values.RemoveAll(v => v.Kind == MentionKind.State && StateChanges.Holds(context.Answer.Folded, v.Start, v.Length));
            // "The rest of the continent speaks Spanish" says nothing of the country named nearby.
            values.RemoveAll(v => relation.SubjectKind == MentionKind.Country && relation.ValueKind != MentionKind.Continent
                && OtherPlaceClauses.Holds(context, segment, v, relation.SubjectKind));
            if (values.Count == 0)
            {
                continue;
            }
            var named = subjects.ToList();
            subjects.RemoveAll(s => LaterClauseSubjects.Holds(context.Answer.Folded, segment, s, values, named));
            if (subjects.Count == 0)
            {
                // "Most of its neighbours speak Spanish": the segment speaks of other places, not the asked one.
                if (context.AboutOthers(segment))
                {
                    continue;
                }
                var asked = context.PromptMentions.Where(m => m.Kind == relation.SubjectKind && relation.Describe(m.Key) is not null
                        && relation.Narrowed?.Invoke(context.Prompt.Folded, m) != true)
                    .Select(m => m.Key).Distinct().ToList();
                if (asked.Count != 1)
                {
                    continue;
                }
                subjects.Add(new Mention(relation.SubjectKind, asked[0], -1, 0));
            }
            var paired = Pair(context, segment, relation, subjects, values);
            // One subject among three or more values enumerates them ("seven continents: Africa, ...
            // Australia, Europe") rather than stating the subject's.
            var enumerating = values.Count >= 3 && paired.Count == 1;
            var judged = new List<FactFinding>();
            foreach (var (key, found) in paired.Where(p => !enumerating || p.Values.Any(v => relation.IsRight(p.Key, v.Key))))
            {
                if (Judge(context, segment, relation, key, found) is { } judgedFinding)
                {
                    // A value the question itself names is not rewritten: the subject is what is wrong.
                    var finding = AskedValues.Unplaced(context, relation, found, judgedFinding);
                    judged.Add(finding);
                    yield return (finding, subjects.All(s => s.Start < 0), segment);
                }
            }
            if (values.Count == 1 && Likeness.Check(context, segment, relation, values[0], subjects, judged) is { } likeness)
            {
                yield return (likeness, false, segment);
            }
        }
    }

    private static List<(string Key, List<Mention> Values)> Pair(ClaimContext context, (int Start, int End) segment, Relation relation, List<Mention> subjects, List<Mention> values)
    {
        var bySubject = new List<(string Key, List<Mention> Values)>();
        void Give(string key, Mention v)
        {
            var i = bySubject.FindIndex(p => p.Key == key);
            if (i < 0)
            {
                bySubject.Add((key, [v]));
            }
            else
            {
                bySubject[i].Values.Add(v);
            }
        }
        if (values.Count == 1 && !context.Contrasted(segment))
        {
            subjects.Where(s => !AsideOf(context, relation, s, values[0], subjects)).Select(s => s.Key).Distinct().ToList().ForEach(k => Give(k, values[0]));
            return bySubject;
        }
        foreach (var v in values)
        {
            // The nearest subject; on a tie the one before the value, as English names the subject first.
            var nearest = subjects.OrderBy(s => s.Start < 0 ? 0 : ClaimContext.Gap(s, v)).ThenBy(s => s.Start <= v.Start ? 0 : 1).First();
            Give(nearest.Key, v);
        }
        return bySubject;
    }

    /// <summary>Where one clause of a sentence ends and the next, with its own subject, begins.</summary>
    private static readonly string[] ClauseBreaks = [", and ", ", but ", ", while ", ", though ", ", although ", " - ", " — ", " – "];

    /// <summary>
    /// Whether a subject stands in another clause than the lone value, which is right for a subject
    /// of its own clause: "Edison is known for the phonograph, and he also improved telephone
    /// transmitters" credits him with the phonograph and says something else of the telephone.
    /// </summary>
    private static bool AsideOf(ClaimContext context, Relation relation, Mention subject, Mention value, List<Mention> subjects)
    {
        if (subject.Start < 0 || relation.IsRight(subject.Key, value.Key))
        {
            return false;
        }
        var credited = subjects.Where(s => s.Start >= 0 && relation.IsRight(s.Key, value.Key)).ToList();
        return credited.Count > 0 && credited.All(s => !Between(context.Answer.Text, s, value)) && Between(context.Answer.Text, subject, value);
    }

    /// <summary>Whether a clause break stands between two mentions.</summary>
    private static bool Between(string text, Mention a, Mention b)
    {
        var (from, to) = a.Start < b.Start ? (a.End, b.Start) : (b.End, a.Start);
        if (to <= from)
        {
            return false;
        }
        var span = text.AsSpan(from, to - from);
        foreach (var cut in ClauseBreaks)
        {
            if (span.Contains(cut, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words by which an answer says a subject lies only partly where it names ("partly in Asia", "spans two continents").</summary>
    private static readonly string[] Hedges =
        [" partly", " partially", " part of its", " part of it ", " small part", " portion", " both ", " spans", " straddl", " transcontinental", " bridge",
         " sinai", " corner", " extends", " stretches", " two continents", " mostly", " mainly", " primarily", " largely", " mainland", " thrace", " ural", " darien", " darién"];

    /// <summary>
    /// Whether the segment's right values all hold for only a small part of the subject ("Egypt is in
    /// Asia"), the answer names no value that holds for most of it anywhere, and says nothing of parts.
    /// </summary>
    private static bool Misplaces(ClaimContext context, (int Start, int End) segment, Relation relation, string key, List<Mention> values)
    {
        if (relation.Partly is null || relation.Mainly is null || context.Negated(segment))
        {
            return false;
        }
        if (values.Any(v => relation.IsRight(key, v.Key) && !relation.Partly(key, v.Key)))
        {
            return false;
        }
        if (context.Mentions.Any(m => m.Kind == relation.ValueKind && relation.IsRight(key, m.Key) && !relation.Partly(key, m.Key)))
        {
            return false;
        }
        var folded = context.Padded;
        return !Hedges.Any(h => folded.Contains(h, StringComparison.Ordinal));
    }

    private static FactFinding? Judge(ClaimContext context, (int Start, int End) segment, Relation relation, string key, List<Mention> values)
    {
        var subject = relation.Describe(key)!;
        var right = values.FirstOrDefault(v => relation.IsRight(key, v.Key));
        if (right != default && relation.Every?.Invoke(key) == true && ListedStrangers.Judge(context, segment, relation, key, values, subject) is { } stranger)
        {
            return stranger;
        }
        if (right != default && Misplaces(context, segment, relation, key, values))
        {
            return new FactFinding(relation.Domain, FactVerdicts.Contradicted, subject, context.Written(right), relation.Mainly!(key), relation.Source(key), right.Start);
        }
        if (right != default)
        {
            return new FactFinding(relation.Domain, FactVerdicts.Confirmed, subject, context.Written(right), relation.Expected(key), relation.Source(key));
        }
        // "..., so you won't need to change money" denies the consequence, not the claim.
        if (context.Negated(ConsequenceClauses.UpToConsequence(context.Answer.Folded, segment, values.Max(v => v.End))))
        {
            return null;
        }
        var wrong = values[0];
        if (relation.Only?.Invoke(context, segment, key, wrong) is { } only)
        {
            return only;
        }
        // A wrong person is replaced whole: "Thomas Edison", not only "Edison".
        var (start, length) = relation.ValueKind is MentionKind.Person or MentionKind.Figure ? ClaimText.WithGivenNames(context.Answer.Text, wrong.Start, wrong.Length) : (wrong.Start, wrong.Length);
        return new FactFinding(relation.Domain, FactVerdicts.Contradicted, subject, context.Answer.Text.Substring(start, length), relation.Expected(key), relation.Source(key), start);
    }
}
