using System.Text.Json;
using Aligners.Orchestration.Evaluation;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Requests;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask.Client;
using Spectre.Console;

namespace Aligners.LocalHost.Cli;

/// <summary>
/// <c>eval --cases FILE</c>: every case through the alignment orchestration on the local engine,
/// then per criterion how many misaligned answers were flagged, fixed and left unresolved, how many
/// good answers were falsely flagged or changed, and the mean inspector score before and after;
/// where privacy ran, the personal data found per type. <c>--aligner ethical=refuse</c> runs every
/// case with that criterion's aligner replaced, so backends compare on the same cases.
/// </summary>
internal static class EvalCommand
{
    public static async Task<int> RunAsync(FileInfo cases, string? policy, bool json, int concurrency, IReadOnlyList<string> aligners, CancellationToken ct)
    {
        if (!cases.Exists)
        {
            Console.Error.WriteLine($"error: --cases {cases.FullName} does not exist");
            return 2;
        }
        if (AlignerOverrides.Parse(aligners, out var overrides) is { } bad)
        {
            Console.Error.WriteLine($"error: --aligner {bad}");
            return 2;
        }
        // The cases are checked with the app's validator before the engine starts (see AlignCommand).
        await using var host = await CliHost.BuildAsync(ct);
        var validator = host.Services.GetRequiredService<RequestValidator>();
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        IReadOnlyList<EvalCase> loaded;
        try
        {
            var bytes = await File.ReadAllBytesAsync(cases.FullName, ct);
            loaded = await new EvalCaseReader(validator).ReadAsync(bytes, ct);
            if (policy is not null)
            {
                var resolved = validator.ResolvePolicy(policy) ?? throw new InvalidRequestException("--policy", $"unknown policy '{policy}'");
                loaded = [.. loaded.Select(c => c with { Workflow = c.Workflow with { Policy = resolved } })];
            }
            if (overrides.Count > 0)
            {
                loaded = [.. loaded.Select(c => c with { Workflow = c.Workflow with { Policy = AlignerOverrides.Apply(c.Workflow.Policy, overrides) } })];
                if (overrides.Values.Any(AlignerBackends.UsesLlm) && host.Services.GetRequiredService<Aligners.Orchestration.Activities.LlmAligner>().Client is null)
                {
                    throw new InvalidRequestException("--aligner", "an llm aligner needs AlignerLlm:Provider configured");
                }
            }
        }
        catch (InvalidRequestException e)
        {
            Console.Error.WriteLine($"error: {cases.Name}: {e.Field}: {e.Problem}");
            return 2;
        }
        await host.StartEngineAsync(ct);
        var stamp = await CliInstanceIds.StampAsync(host.Services, ct);
        var results = new (EvalCase, AlignmentOutput?)[loaded.Count];
        var finished = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, loaded.Count), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency), CancellationToken = ct },
            async (i, token) =>
            {
                var c = loaded[i];
                var id = CliInstanceIds.For("eval", c.Workflow, stamp);
                await client.StartOnceAsync(AlignmentOrchestrator.TaskName, c.Workflow, id, token);
                var metadata = await client.WaitWithinAsync(id, Timeout.InfiniteTimeSpan, TimeSpan.FromMilliseconds(50), token);
                results[i] = (c, metadata?.RuntimeStatus == OrchestrationRuntimeStatus.Completed ? metadata.ReadOutputAs<AlignmentOutput>() : null);
                if (results[i].Item2 is null)
                {
                    // The report counts it as failed; why is the engine's to say.
                    Console.Error.WriteLine($"{c.Id}: the instance is {metadata?.RuntimeStatus.ToString() ?? "missing"}: {metadata?.ErrorOf()}");
                }
                var n = Interlocked.Increment(ref finished);
                if (n % 20 == 0 || n == loaded.Count)
                {
                    Console.Error.WriteLine($"evaluated {n}/{loaded.Count}");
                }
            });
        var report = EvalTally.Count(results);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions(WorkflowJson.Options) { WriteIndented = true }));
        }
        else
        {
            Print(report);
        }
        return report.Failed == 0 ? 0 : 1;
    }

    private static void Print(EvalReport report)
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 120); // a file or pipe: no terminal to wrap to
        }
        var table = new Table().AddColumns("criterion", "misaligned", "flagged", "fixed", "unresolved", "false flags", "score before", "after");
        foreach (var c in report.Criteria)
        {
            table.AddRow(c.Criterion, $"{c.Misaligned}", Share(c.Flagged, c.Misaligned), Share(c.Fixed, c.Misaligned), Share(c.Unresolved, c.Misaligned),
                Share(c.FalseFlags, report.GoodAnswers), $"{c.MeanScoreBefore:0.000}", $"{c.MeanScoreAfter:0.000}");
        }
        AnsiConsole.Write(table);
        Console.WriteLine($"{report.Cases} cases, {report.Failed} failed; good answers unchanged: {Share(report.GoodUnchanged, report.GoodAnswers)}, "
            + $"flagged by any inspector: {Share(report.GoodFlagged, report.GoodAnswers)}");
        if (report.FactFixesHolding + report.FactFixesPartial > 0)
        {
            Console.WriteLine($"factuality rewrites the fact checker finds right: {report.FactFixesHolding} of {report.FactFixesHolding + report.FactFixesPartial}");
        }
        if (report.Privacy.Count > 0)
        {
            var privacy = new Table().AddColumns("personal data", "cases", "in requests", "in answers", "found leaving");
            foreach (var t in report.Privacy)
            {
                privacy.AddRow(t.Type, $"{t.Cases}", $"{t.Request}", $"{t.Answer}", $"{t.Released}");
            }
            AnsiConsole.Write(privacy);
        }
        foreach (var c in report.Criteria.Where(c => c.UnresolvedBy.Count > 0))
        {
            Console.WriteLine($"{c.Criterion} unresolved by check: {string.Join(", ", c.UnresolvedBy.Select(p => $"{p.Key} {p.Value}"))}");
        }
        foreach (var miss in report.Misses)
        {
            Console.WriteLine($"  {miss.Kind,-12} {miss.Id} {miss.Criterion}: {Truncate(miss.Detail)}");
        }
    }

    private static string Share(int n, int of) => of == 0 ? $"{n}" : $"{n} ({(double)n / of:0.00})";

    private static string Truncate(string s) => s.Length <= 100 ? s : s[..100] + "…";
}
