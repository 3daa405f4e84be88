using System.Text;
using System.Text.Json;
using Aligners.Orchestration.Bulk;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Requests;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask.Client;
using Spectre.Console;

namespace Aligners.LocalHost.Cli;

/// <summary>
/// <c>align --input IN --output OUT</c>: every input line through the alignment orchestration on
/// the local engine. Resumable: ids already in OUT are skipped, and each line's instance id comes
/// from its content, so a rerun against the same storage finds instances where they stopped.
/// </summary>
internal static class AlignCommand
{
    public static async Task<int> RunAsync(FileInfo input, FileInfo output, string? criteria, string? policy, int concurrency, CancellationToken ct)
    {
        if (!input.Exists)
        {
            Console.Error.WriteLine($"error: --input {input.FullName} does not exist");
            return 2;
        }
        // The input is checked with the app's validator before the engine starts: a bad line is an
        // error at once, with no worker started and stopped for nothing.
        await using var host = await CliHost.BuildAsync(ct);
        var validator = host.Services.GetRequiredService<RequestValidator>();
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        var lines = new List<(string Id, AlignmentInput Input, string InstanceId)>();
        var stamp = await CliInstanceIds.StampAsync(host.Services, ct);
        try
        {
            var parsed = await validator.ParseLinesAsync(await File.ReadAllBytesAsync(input.FullName, ct), ct);
            foreach (var (line, _) in parsed)
            {
                var withDefaults = line with
                {
                    Criteria = line.Criteria ?? criteria?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
                    Policy = line.Policy ?? policy,
                };
                var workflow = await validator.ValidateAsync(withDefaults, ct, $"id '{line.Id}' ");
                lines.Add((line.Id!, workflow, CliInstanceIds.For("cli", withDefaults, stamp)));
            }
        }
        catch (InvalidRequestException e)
        {
            Console.Error.WriteLine($"error: {input.Name}: {e.Field}: {e.Problem}");
            return 2;
        }
        await host.StartEngineAsync(ct);
        var done = ReadDoneIds(output);
        var pending = lines.Where(l => !done.Contains(l.Id)).ToList();
        Console.Error.WriteLine($"{lines.Count} lines, {lines.Count - pending.Count} already in {output.Name}, {pending.Count} to align.");
        output.Directory?.Create();
        await using var writer = new StreamWriter(output.FullName, append: true, new UTF8Encoding(false));
        var gate = new SemaphoreSlim(1, 1);
        int completed = 0, failed = 0, finished = 0;
        var interactive = AnsiConsole.Profile.Capabilities.Interactive && !Console.IsErrorRedirected;
        await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency), CancellationToken = ct }, async (line, token) =>
        {
            await client.StartOnceAsync(AlignmentOrchestrator.TaskName, line.Input, line.InstanceId, token);
            var metadata = await client.WaitWithinAsync(line.InstanceId, Timeout.InfiniteTimeSpan, TimeSpan.FromMilliseconds(50), token);
            var result = metadata?.RuntimeStatus == OrchestrationRuntimeStatus.Completed && metadata.ReadOutputAs<AlignmentOutput>() is { } o
                ? ResultLine.Completed(line.Id, line.InstanceId, o)
                : ResultLine.Failed(line.Id, line.InstanceId, line.Input.Request.Prompt, metadata?.ErrorOf() ?? $"instance ended {metadata?.RuntimeStatus}");
            await gate.WaitAsync(token);
            try
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(result, WorkflowJson.Options));
                await writer.FlushAsync(token);
            }
            finally
            {
                gate.Release();
            }
            Interlocked.Increment(ref result.Status == OrchestrationRuntimeStatus.Completed ? ref completed : ref failed);
            var n = Interlocked.Increment(ref finished);
            if (!interactive && (n % 10 == 0 || n == pending.Count))
            {
                Console.Error.WriteLine($"aligned {n}/{pending.Count}");
            }
        });
        Console.Error.WriteLine($"done: {completed} completed, {failed} failed; results in {output.FullName}");
        return failed == 0 ? 0 : 1;
    }

    private static HashSet<string> ReadDoneIds(FileInfo output)
    {
        var ids = new HashSet<string>();
        if (!output.Exists)
        {
            return ids;
        }
        foreach (var line in File.ReadLines(output.FullName))
        {
            try
            {
                if (JsonDocument.Parse(line).RootElement.TryGetProperty("id", out var id) && id.GetString() is { } s)
                {
                    ids.Add(s);
                }
            }
            catch (JsonException)
            {
                // A line cut short by an interrupted run: that id is aligned again.
            }
        }
        return ids;
    }
}
