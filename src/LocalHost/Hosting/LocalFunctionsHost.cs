using System.Net;
using System.Security.Cryptography;
using Aligners.Functions.Extensions;
using Aligners.LocalHost.Engine;
using Aligners.LocalHost.Functions;
using Aligners.LocalHost.Security;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Aligners.LocalHost.Hosting;

/// <summary>
/// Builds the local host: configuration as the Functions host assembles it (host.json,
/// local.settings.json's Values, environment variables), the local Azurite when no storage is
/// configured (with an audit key kept in local.settings.json when none is set), the function app's services, the Durable Task engine, the HTTP functions on
/// the given address and the queue listeners.
/// </summary>
public static class LocalFunctionsHost
{
    private static readonly Lazy<(string Function, string Admin, string System, string Reviewer)> GeneratedKeys = new(() =>
        (Hex(), Hex(), Hex(), Hex()));

    /// <summary>The reviewer a generated reviewer key belongs to, when no keys are configured.</summary>
    public const string GeneratedReviewer = "local-reviewer";

    /// <summary>The function app's assembly: where the functions are found.</summary>
    public static System.Reflection.Assembly FunctionApp => typeof(FunctionAppExtensions).Assembly;

    /// <summary>
    /// Builds the app with the engine in it (not yet started), with the local Azurite when one was
    /// needed. <paramref name="services"/>, when given, changes the app's services last (a test
    /// process that builds many apps shares what is the same in all of them).
    /// </summary>
    public static async Task<LocalRuntime> BuildAsync(string[] args, string urls, bool http, CancellationToken ct,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        // The queue triggers name their queues by app setting; on Azure the deployment sets them, here the defaults stand in.
        var queues = new Orchestration.Storage.QueueOptions();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{Orchestration.Storage.QueueOptions.Section}:{nameof(queues.AlignRequests)}"] = queues.AlignRequests,
            [$"{Orchestration.Storage.QueueOptions.Section}:{nameof(queues.AlignResults)}"] = queues.AlignResults,
            [$"{Orchestration.Storage.QueueOptions.Section}:{nameof(queues.BulkRequests)}"] = queues.BulkRequests,
        });
        builder.Configuration.AddHostJson();
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        builder.Configuration.AddLocalSettings(Directory.GetCurrentDirectory());
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args);
        var azurite = await LocalAzurite.StartIfNeededAsync(builder.Configuration, ct);
        try
        {
            if (azurite is not null)
            {
                LocalAuditKey.EnsureConfigured(builder.Configuration, Directory.GetCurrentDirectory());
            }
            var first = urls.Split(';')[0];
            builder.WebHost.UseUrls();
            builder.WebHost.ConfigureKestrel(k =>
            {
                if (http)
                {
                    var uri = new Uri(first);
                    k.Listen(uri.Host switch { "localhost" => IPAddress.Loopback, "*" or "+" or "0.0.0.0" => IPAddress.Any, var h => IPAddress.Parse(h) }, uri.Port);
                }
                else
                {
                    // No API wanted (CLI, tests): an ephemeral loopback port instead of Kestrel's default 5000.
                    k.Listen(IPAddress.Loopback, 0);
                }
                k.Limits.MaxRequestBodySize = null;
            });
            builder.Services.AddFunctionApp(builder.Configuration);
            builder.Services.AddInProcessEngine();
            builder.Services.AddOptions<KeyOptions>().BindConfiguration(KeyOptions.Section)
                .PostConfigure<ILoggerFactory>((keys, logs) => GenerateMissingKeys(keys, logs)).ValidateDataAnnotations().ValidateOnStart();
            builder.Services.AddSingleton<KeyCheck>();
            builder.Services.AddOptions<Aligners.Functions.Console.ReviewerDirectory>()
                .PostConfigure<IOptions<KeyOptions>>((reviewers, keys) => AddGeneratedReviewer(reviewers, keys.Value));
            builder.Services.AddOptions<Orchestration.Privacy.PrivacyOptions>().PostConfigure<ILoggerFactory>(GenerateMissingFingerprintKey);
            builder.Services.AddOptions<QueueHostOptions>().BindConfiguration(QueueHostOptions.Section).ValidateDataAnnotations().ValidateOnStart();
            foreach (var function in FunctionCatalog.Find<QueueTriggerAttribute>(FunctionApp))
            {
                builder.Services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<QueueTriggerListener>(sp, function));
            }
            builder.Services.AddProblemDetails();
            services?.Invoke(builder.Services);
            var app = builder.Build();
            app.UseExceptionHandler();
            app.UseStatusCodePages();
            app.MapHttpFunctions(FunctionApp, app.Configuration[$"{HostJson.Section}:extensions:http:routePrefix"] ?? "api");
            app.MapDurableWebhooks();
            // The task hub exists before anything uses the client, even a verb that never starts the worker.
            await app.Services.GetRequiredService<DurableTask.AzureStorage.AzureStorageOrchestrationService>().CreateIfNotExistsAsync().WaitAsync(ct);
            return new LocalRuntime(app, azurite);
        }
        catch
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }
            throw;
        }
    }

    /// <summary>Without configured keys, random ones for this process, printed once.</summary>
    private static void GenerateMissingKeys(KeyOptions keys, ILoggerFactory logs)
    {
        keys.FunctionKeys.RemoveAll(string.IsNullOrWhiteSpace);
        if (!string.IsNullOrEmpty(keys.AdminKey) && !string.IsNullOrEmpty(keys.SystemKey) && keys.FunctionKeys.Count > 0)
        {
            return;
        }
        var created = !GeneratedKeys.IsValueCreated;
        var (function, admin, system, reviewer) = GeneratedKeys.Value;
        keys.AdminKey ??= admin;
        keys.SystemKey ??= system;
        if (keys.FunctionKeys.Count == 0)
        {
            keys.FunctionKeys.Add(function);
            keys.FunctionKeys.Add(reviewer);
        }
        if (created)
        {
            logs.CreateLogger("Aligners.LocalHost.Keys").LogWarning(
                "No Keys configured: generated for this run. Function key: {FunctionKey}. Admin key: {AdminKey}. Reviewer key (the console): {ReviewerKey}",
                keys.FunctionKeys[0], keys.AdminKey, reviewer);
        }
    }

    /// <summary>
    /// With generated keys and no reviewers configured, the generated reviewer key is
    /// <see cref="GeneratedReviewer"/>'s, so the console opens on a fresh checkout.
    /// </summary>
    private static void AddGeneratedReviewer(Aligners.Functions.Console.ReviewerDirectory reviewers, KeyOptions keys)
    {
        if (reviewers.Count == 0 && GeneratedKeys.IsValueCreated && keys.FunctionKeys.Contains(GeneratedKeys.Value.Reviewer))
        {
            reviewers[GeneratedReviewer] = new Aligners.Functions.Console.ReviewerSettings
            {
                KeySha256 = [Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(GeneratedKeys.Value.Reviewer)))],
            };
        }
    }

    /// <summary>The reviewer key generated for this process, if one was.</summary>
    public static string? GeneratedReviewerKey(KeyOptions keys) =>
        GeneratedKeys.IsValueCreated && keys.FunctionKeys.Contains(GeneratedKeys.Value.Reviewer) ? GeneratedKeys.Value.Reviewer : null;

    /// <summary>
    /// Without a configured fingerprint key, a random one for this process, so that privacy works
    /// locally out of the box; fingerprints then match only within the run, which is said once.
    /// </summary>
    private static void GenerateMissingFingerprintKey(Orchestration.Privacy.PrivacyOptions options, ILoggerFactory logs)
    {
        if (options.IsConfigured)
        {
            return;
        }
        var created = !GeneratedFingerprintKey.IsValueCreated;
        options.FingerprintKey = GeneratedFingerprintKey.Value;
        if (created)
        {
            logs.CreateLogger("Aligners.LocalHost.Keys").LogWarning(
                "No Privacy:FingerprintKey configured: generated for this run; privacy fingerprints will not match those of other runs.");
        }
    }

    private static readonly Lazy<string> GeneratedFingerprintKey = new(() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    private static string Hex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
