using Aligners.Orchestration.Instances;

namespace Aligners.LocalHost.Cli;

/// <summary>
/// <c>--aligner CRITERION=BACKEND</c>: the aligner backends an evaluation run gives criteria in
/// every case, over what each case's policy says, checked as a policy's backends are.
/// </summary>
internal static class AlignerOverrides
{
    /// <summary>The overrides of <paramref name="values"/>; null when all are good, else what is wrong with the first bad one.</summary>
    public static string? Parse(IReadOnlyList<string> values, out Dictionary<string, string> overrides)
    {
        overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var parts = value.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                return $"'{value}' is not CRITERION=BACKEND (e.g. ethical=refuse)";
            }
            if (AlignerBackends.Problem(parts[0], parts[1]) is { } problem)
            {
                return $"{parts[0]} {problem}";
            }
            overrides[parts[0]] = parts[1];
        }
        return null;
    }

    /// <summary><paramref name="policy"/> with <paramref name="overrides"/> over its aligner backends.</summary>
    public static AlignmentPolicy Apply(AlignmentPolicy policy, IReadOnlyDictionary<string, string> overrides)
    {
        var backends = new Dictionary<string, string>(policy.AlignerBackends, StringComparer.Ordinal);
        foreach (var (criterion, backend) in overrides)
        {
            backends[criterion] = backend;
        }
        return policy with { AlignerBackends = backends };
    }
}
