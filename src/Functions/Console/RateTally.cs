using Aligners.Orchestration.Instances;

namespace Aligners.Functions.Console;

/// <summary>One criterion on one day: answers checked, flagged by its inspector, rewritten by its aligner.</summary>
public sealed record CriterionRate(int Checked, int Flagged, int Rewritten);

/// <summary>One day's rates, per criterion, and its privacy findings per type (in the request, the answer or on the way out).</summary>
public sealed record DayRates(DateOnly Date, IReadOnlyDictionary<string, CriterionRate> Criteria, IReadOnlyDictionary<string, int> Privacy);

/// <summary>
/// Flag and rewrite counts per criterion per day (UTC) over finished instances, and privacy findings
/// per type, for the console's chart: pure, from each instance's creation time, policy and output.
/// </summary>
public static class RateTally
{
    /// <summary>Every day from <paramref name="from"/> to <paramref name="to"/>, empty days included.</summary>
    public static IReadOnlyList<DayRates> Count(IEnumerable<(DateTimeOffset Created, AlignmentPolicy Policy, AlignmentOutput Output)> instances,
        DateOnly from, DateOnly to)
    {
        var days = new SortedDictionary<DateOnly, Dictionary<string, CriterionRate>>();
        var privacy = new Dictionary<DateOnly, SortedDictionary<string, int>>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            days[d] = [];
            privacy[d] = new SortedDictionary<string, int>(StringComparer.Ordinal);
        }
        foreach (var (created, policy, output) in instances)
        {
            if (!days.TryGetValue(DateOnly.FromDateTime(created.UtcDateTime), out var day))
            {
                continue;
            }
            foreach (var (criterion, scores) in output.Scores)
            {
                var r = day.GetValueOrDefault(criterion) ?? new CriterionRate(0, 0, 0);
                day[criterion] = new CriterionRate(r.Checked + 1,
                    r.Flagged + (scores.Before < policy.ThresholdOf(criterion) ? 1 : 0),
                    r.Rewritten + (output.Applied.Contains(criterion) ? 1 : 0));
            }
            foreach (var mark in output.Privacy?.All() ?? [])
            {
                var found = privacy[DateOnly.FromDateTime(created.UtcDateTime)];
                found[mark.Type] = found.GetValueOrDefault(mark.Type) + 1;
            }
        }
        return [.. days.Select(p => new DayRates(p.Key, p.Value, privacy[p.Key]))];
    }
}
