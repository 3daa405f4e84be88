using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Aligners.Functions.Apis;
using Aligners.Orchestration.Client;
using Aligners.Orchestration.Instances;
using Spectre.Console;

namespace Aligners.Functions.Cli;

/// <summary>
/// <c>align --input IN --output OUT</c>: every input line through the orchestration, in-process.
/// Resumable: ids already in OUT are skipped, and each line's instance is keyed by its content,
/// so a rerun against the same storage picks up instances where they stopped.
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
        var lines = new List<(AlignInput Input, string Key)>();
        var number = 0;
        foreach (var raw in await File.ReadAllLinesAsync(input.FullName, ct))
        {
            number++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }
            AlignInput? line;
            try
            {
                line = JsonSerializer.Deserialize<AlignInput>(raw, JsonBody.Options);
            }
            catch (JsonException e)
            {
                Console.Error.WriteLine($"error: {input.Name} line {number}: malformed JSON: {e.Message.Split('\n')[0]}");
                return 2;
            }
            if (line?.Prompt is null)
            {
                Console.Error.WriteLine($"error: {input.Name} line {number}: prompt is required");
                return 2;
            }
            line = line with
            {
                Id = line.Id ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Criteria = line.Criteria ?? criteria?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
                Policy = line.Policy ?? policy,
            };
            var key = "cli:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(line, JsonBody.Options))));
            lines.Add((line, key));
        }
        var done = ReadDoneIds(output);
        var pending = lines.Where(l => !done.Contains(l.Input.Id!)).ToList();
        Console.Error.WriteLine($"{lines.Count} lines, {lines.Count - pending.Count} already in {output.Name}, {pending.Count} to align.");
        if (pending.Count == 0)
        {
            return 0;
        }

        await using var host = await CliHost.StartAsync(ct);
        var client = host.Services.GetRequiredService<AlignmentClient>();
        foreach (var (line, _) in pending)
        {
            try
            {
                line.ToRequest(int.MaxValue);
            }
            catch (AlignmentRequestException e)
            {
                Console.Error.WriteLine($"error: id {line.Id}: {e.Message}");
                return 2;
            }
        }
        output.Directory?.Create();
        await using var writer = new StreamWriter(output.FullName, append: true, new UTF8Encoding(false));
        var gate = new SemaphoreSlim(1, 1);
        int completed = 0, failed = 0;
        async Task AlignOne((AlignInput Input, string Key) item, Action advance, CancellationToken token)
        {
            InstanceStatus status;
            try
            {
                var started = await client.StartAsync(item.Input.ToRequest(int.MaxValue),
                    new StartOptions { IdempotencyKey = item.Key, MessageDelay = TimeSpan.FromHours(1) }, token);
                status = await client.RunInlineAsync(started.InstanceId, started.Message, Timeout.InfiniteTimeSpan, token);
            }
            catch (AlignmentRequestException e)
            {
                Console.Error.WriteLine($"error: id {item.Input.Id}: {e.Message}");
                Interlocked.Increment(ref failed);
                advance();
                return;
            }
            var result = ResultLine.From(item.Input.Id!, status, item.Input.Prompt!);
            await gate.WaitAsync(token);
            try
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(result, JsonBody.Options));
                await writer.FlushAsync(token);
            }
            finally
            {
                gate.Release();
            }
            Interlocked.Increment(ref status.RuntimeStatus == RuntimeStatus.Completed ? ref completed : ref failed);
            advance();
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency), CancellationToken = ct };
        if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsErrorRedirected)
        {
            await AnsiConsole.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("Aligning", maxValue: pending.Count);
                await Parallel.ForEachAsync(pending, options, (item, token) => new ValueTask(AlignOne(item, () => task.Increment(1), token)));
            });
        }
        else
        {
            var finished = 0;
            await Parallel.ForEachAsync(pending, options, (item, token) => new ValueTask(AlignOne(item, () =>
            {
                var n = Interlocked.Increment(ref finished);
                if (n % 10 == 0 || n == pending.Count)
                {
                    Console.Error.WriteLine($"aligned {n}/{pending.Count}");
                }
            }, token)));
        }
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
