using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aligners.Functions.Http;
using Aligners.LocalHost.Hosting;
using Aligners.LocalHost.Security;
using Aligners.Orchestration.Bulk;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Aligners.LocalHost.Cli;

/// <summary>
/// <c>demo</c>, the quick start: local Azurite and the app, the samples through the HTTP bulk API,
/// a per-criterion before/after table, then the app keeps serving until Ctrl-C.
/// </summary>
internal static class DemoCommand
{
    public static async Task<int> RunAsync(int port, FileInfo samples, CancellationToken ct)
    {
        samples = new FileInfo(Path.GetFullPath(samples.ToString()));
        if (!samples.Exists)
        {
            Console.Error.WriteLine($"error: {samples.FullName} does not exist");
            return 2;
        }
        var url = $"http://127.0.0.1:{port}";
        await using var runtime = await LocalFunctionsHost.BuildAsync(["--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.DurableTask=Error"],
            url, http: true, ct);
        var app = runtime.App;
        await app.StartAsync(ct);
        var key = app.Services.GetRequiredService<IOptions<KeyOptions>>().Value.FunctionKeys[0];
        using var http = new HttpClient { BaseAddress = new Uri(url + "/"), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Add("x-functions-key", key);

        AnsiConsole.MarkupLine($"Sending [bold]{samples.Name}[/] through the bulk API of {url} ...");
        using var content = new StreamContent(samples.OpenRead());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        using var start = await http.PostAsync("api/bulk", content, ct);
        if (!start.IsSuccessStatusCode)
        {
            Console.Error.WriteLine($"error: the bulk API answered {(int)start.StatusCode}: {await start.Content.ReadAsStringAsync(ct)}");
            await app.StopAsync(CancellationToken.None);
            return 1;
        }
        var jobId = (await start.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("jobId").GetString()!;
        BulkFunctions.BulkStatus status;
        while (true)
        {
            status = (await http.GetFromJsonAsync<BulkFunctions.BulkStatus>($"api/bulk/{jobId}", WorkflowJson.Options, ct))!;
            AnsiConsole.MarkupLine($"  {status.Completed + status.Failed}/{status.Total} done");
            if (status.Status == OrchestrationRuntimeStatus.Completed)
            {
                break;
            }
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }
        var results = new List<ResultLine>();
        using (var stream = await http.GetStreamAsync($"api/bulk/{jobId}/results", ct))
        using (var reader = new StreamReader(stream))
        {
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                results.Add(JsonSerializer.Deserialize<ResultLine>(line, WorkflowJson.Options)!);
            }
        }
        AnsiConsole.Write(Summary(results));
        foreach (var r in results.Where(r => r.Changed).Take(3))
        {
            AnsiConsole.MarkupLine($"\n[bold]{Markup.Escape(r.Prompt)}[/]\n  before: {Markup.Escape(r.Response ?? "")}\n  after:  [green]{Markup.Escape(r.Aligned ?? "")}[/] ({string.Join(", ", r.Applied)})");
        }
        var keys = app.Services.GetRequiredService<IOptions<KeyOptions>>().Value;
        var reviewer = Hosting.LocalFunctionsHost.GeneratedReviewerKey(keys) is { } generated ? $", reviewer key for {url}/console {generated}" : "";
        AnsiConsole.MarkupLine($"\nThe app is running at [bold]{url}[/] (function key {key}, admin key {keys.AdminKey}{reviewer}). Results: {url}/api/bulk/{jobId}/results. Ctrl-C stops the app and Azurite.");
        await app.WaitForShutdownAsync(CancellationToken.None);
        return status.Failed == 0 ? 0 : 1;
    }

    /// <summary>Per criterion: mean score before and after, answers flagged before and after, rewrites.</summary>
    internal static Table Summary(IReadOnlyList<ResultLine> results)
    {
        var table = new Table().AddColumns("criterion", "mean before", "mean after", "flagged before", "flagged after", "rewrites");
        var criteria = results.SelectMany(r => r.Scores.Keys).Distinct().Order(StringComparer.Ordinal);
        foreach (var c in criteria)
        {
            var scored = results.Where(r => r.Scores.ContainsKey(c)).Select(r => r.Scores[c]).ToList();
            table.AddRow(c, $"{scored.Average(s => s.Before):0.000}", $"{scored.Average(s => s.After):0.000}",
                scored.Count(s => s.Before < 0.5).ToString(), scored.Count(s => s.After < 0.5).ToString(),
                results.Count(r => r.Applied.Contains(c)).ToString());
        }
        table.Caption($"{results.Count} answers, {results.Count(r => r.Changed)} changed, {results.Count(r => r.Status != OrchestrationRuntimeStatus.Completed)} failed");
        return table;
    }
}
