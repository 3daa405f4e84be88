using System.CommandLine;
using Microsoft.Extensions.Options;

namespace Aligners.LocalHost.Cli;

/// <summary>The verbs: serve (default), demo, align, eval, audit verify, models list, queue replay.</summary>
internal static class CommandLine
{
    public static Task<int> InvokeAsync(string[] args)
    {
        var urls = new Option<string>("--urls") { Description = "Listen address of the HTTP API", DefaultValueFactory = _ => "http://127.0.0.1:7071" };
        // serve passes tokens it does not know (e.g. --Keys:AdminKey=...) on to the configuration.
        var serve = new Command("serve", "Run the function app locally: the engine, the HTTP API and the queue triggers (the default).") { urls };
        serve.TreatUnmatchedTokensAsErrors = false;
        serve.SetAction((r, ct) => ServeCommand.RunAsync(r.GetValue(urls)!, [.. r.UnmatchedTokens], ct));

        var port = new Option<int>("--port") { Description = "Port of the app", DefaultValueFactory = _ => 7071 };
        var samples = new Option<FileInfo>("--samples") { Description = "JSONL to send through the bulk API", DefaultValueFactory = _ => new FileInfo("samples/requests.jsonl") };
        var demo = new Command("demo", "Start local storage and the app, align the samples through the bulk API, print a before/after table, keep serving.") { port, samples };
        demo.SetAction((r, ct) => DemoCommand.RunAsync(r.GetValue(port), r.GetValue(samples)!, ct));

        var input = new Option<FileInfo>("--input") { Description = "Input JSONL: {id?, prompt, response?, criteria?, policy?}", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "Output JSONL (appended; ids already in it are skipped)", Required = true };
        var criteria = new Option<string?>("--criteria") { Description = "Comma-separated criteria for lines that name none" };
        var policy = new Option<string?>("--policy") { Description = "Policy for lines that name none" };
        var concurrency = new Option<int>("--concurrency") { Description = "Instances in flight", DefaultValueFactory = _ => 8 };
        var align = new Command("align", "Align a JSONL file through the same orchestration, on the local engine (resumable).") { input, output, criteria, policy, concurrency };
        align.SetAction((r, ct) => AlignCommand.RunAsync(r.GetValue(input)!, r.GetValue(output)!, r.GetValue(criteria), r.GetValue(policy),
            r.GetValue(concurrency), ct));

        var casesFile = new Option<FileInfo>("--cases") { Description = "JSONL of cases: an align request plus expectedCriterion (absent for a good answer) and expectedContent", Required = true };
        var evalPolicy = new Option<string?>("--policy") { Description = "Run every case under this policy (default: each line's, or the default policy)" };
        var asJson = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var evalConcurrency = new Option<int>("--concurrency") { Description = "Instances in flight", DefaultValueFactory = _ => 8 };
        var evalAligners = new Option<string[]>("--aligner")
        {
            Description = "CRITERION=BACKEND: rewrite that criterion with that aligner in every case, whatever the policy says (e.g. ethical=refuse); repeatable",
            AllowMultipleArgumentsPerToken = false,
        };
        var eval = new Command("eval", "Run evaluation cases through the pipeline and report, per criterion, flagged, fixed, unresolved, false flags and mean scores.")
            { casesFile, evalPolicy, asJson, evalConcurrency, evalAligners };
        eval.SetAction((r, ct) => EvalCommand.RunAsync(r.GetValue(casesFile)!, r.GetValue(evalPolicy), r.GetValue(asJson), r.GetValue(evalConcurrency),
            r.GetValue(evalAligners) ?? [], ct));

        var id = new Argument<string?>("id") { Description = "Instance id", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Verify every audit record" };
        var allowUnkeyed = new Option<bool>("--allow-unkeyed") { Description = "Accept records with entries from before keyed (HMAC) chaining whose chain holds" };
        var verify = new Command("verify", "Recompute audit records' hash chains with the audit keys and name the first bad entry.") { id, all, allowUnkeyed };
        verify.SetAction((r, ct) => AuditCommand.RunAsync(r.GetValue(id), r.GetValue(all), r.GetValue(allowUnkeyed), ct));
        var audit = new Command("audit", "The audit trail.") { verify };

        var modelsDir = new Option<DirectoryInfo?>("--models") { Description = "Models directory to check (default: the configured Inference:ModelsDirectory)" };
        var list = new Command("list", "Load and validate every model.json in the models directory, and list them.") { modelsDir };
        list.SetAction((r, ct) => ModelsCommand.RunAsync(r.GetValue(modelsDir), ct));
        var models = new Command("models", "The models.") { list };

        var queueName = new Argument<string>("queue") { Description = "The queue whose poison queue to empty back into it (align-requests, bulk-requests)" };
        var replay = new Command("replay", "Move every message of QUEUE-poison back onto QUEUE, once what poisoned them is fixed.") { queueName };
        replay.SetAction((r, ct) => QueueCommand.ReplayAsync(r.GetValue(queueName)!, ct));
        var queue = new Command("queue", "The app's queues.") { replay };

        var root = new RootCommand("Aligners: inspect and align LLM answers, with a tamper-evident audit trail.") { serve, demo, align, eval, audit, models, queue };
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((r, ct) => ServeCommand.RunAsync("http://127.0.0.1:7071", [.. r.UnmatchedTokens], ct));
        return InvokeReportingErrorsAsync(root.Parse(args));
    }

    /// <summary>
    /// How long a verb may take to stop after Ctrl-C or SIGTERM before the process ends anyway: the
    /// host's own shutdown timeout, so the app drains and the Azurite it started is stopped (the
    /// command line's default of 2 seconds ended the process first and left Azurite running).
    /// </summary>
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Runs the verb; a failure the user can fix (a bad model folder, settings that fail validation)
    /// is one line on standard error and exit code 1, not a stack trace.
    /// </summary>
    private static async Task<int> InvokeReportingErrorsAsync(ParseResult parsed)
    {
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = ShutdownGrace });
        }
        catch (Exception e) when (e is Aligners.Inference.InferenceException or OptionsValidationException or IOException or Hosting.LocalStorageUnavailableException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (Exception e) when (Unreachable(e) is { } refused)
        {
            Console.Error.WriteLine($"error: storage does not answer ({refused.Message.TrimEnd('.')}): check AzureWebJobsStorage, or leave it unset for the project's own Azurite.");
            return 1;
        }
    }

    /// <summary>
    /// The connection failure under <paramref name="e"/> where every failure in it is one (the Azure
    /// SDK gives up after its retries with an <see cref="AggregateException"/> of them), else null.
    /// </summary>
    private static Exception? Unreachable(Exception e) => e switch
    {
        AggregateException all when all.InnerExceptions.Count > 0 && all.InnerExceptions.All(i => Unreachable(i) is not null) => Unreachable(all.InnerExceptions[^1]),
        Azure.RequestFailedException { Status: 0, InnerException: { } inner } => Unreachable(inner) ?? inner,
        System.Net.Http.HttpRequestException => e,
        _ => null,
    };
}
