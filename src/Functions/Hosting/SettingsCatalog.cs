using System.Collections;
using System.Reflection;
using Aligners.Inference.Client;
using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Privacy;
using Aligners.Orchestration.Requests;
using Aligners.Orchestration.Storage;
using Aligners.Orchestration.Workflows;

namespace Aligners.Functions.Hosting;

/// <summary>
/// Every setting the app reads, as app-setting names (<c>Section__Property</c>), derived from the
/// options classes it binds plus the few raw settings it reads. Dictionary and list settings are
/// named by their first entry (<c>__0</c>) or by a sample key (<c>default</c>, <c>ethical</c>, or
/// the one <see cref="SampleKeys"/> gives the dictionary); a dictionary entry's <c>Name</c> is its key, not a setting.
/// The deployment tests check this list against <c>local.settings.sample.json</c> and the Bicep.
/// </summary>
public static class SettingsCatalog
{
    /// <summary>
    /// Settings read directly rather than through an options class, and the tenants' settings by a
    /// sample tenant <c>acme</c> (a tenant's policies take every <c>Alignment__Policies__*</c> setting).
    /// </summary>
    public static readonly string[] Raw = ["AzureWebJobsStorage", "FUNCTIONS_WORKER_RUNTIME", "OTEL_EXPORTER_OTLP_ENDPOINT",
        "Tenants__acme__KeySha256__0", "Tenants__acme__DefaultPolicy", "Tenants__acme__AppPolicies__0", "Tenants__acme__Policies__default__Version", "Reviewers__ana__KeySha256__0"];

    /// <summary>The options classes and their sections.</summary>
    public static readonly (string Section, Type Type)[] Sections =
    [
        (StorageOptions.Section, typeof(StorageOptions)),
        (AuditOptions.Section, typeof(AuditOptions)),
        (QueueOptions.Section, typeof(QueueOptions)),
        (AlignmentOptions.Section, typeof(AlignmentOptions)),
        (LlmOptions.Section, typeof(LlmOptions)),
        (AlignerLlmOptions.Section, typeof(AlignerLlmOptions)),
        (PrivacyOptions.Section, typeof(PrivacyOptions)),
        (InferenceOptions.Section, typeof(InferenceOptions)),
        (RequestLimits.Section, typeof(RequestLimits)),
        (Retries.Section, typeof(Retries)),
        (ApiOptions.Section, typeof(ApiOptions)),
        (Console.ReviewerSignInOptions.Section, typeof(Console.ReviewerSignInOptions)),
    ];

    /// <summary>Sample keys of dictionaries whose keys are not criteria or policy names, by the setting's full name.</summary>
    private static readonly Dictionary<string, string> DictionarySamples = new()
    {
        // Earlier audit keys by version.
        ["Audit__Keys"] = "0",
    };

    /// <summary>Sample keys of dictionaries whose keys are not criteria or policies, by property name wherever it stands.</summary>
    public static readonly IReadOnlyDictionary<string, string> SampleKeys = new Dictionary<string, string>
    {
        [nameof(PrivacySettings.RedactionByType)] = "card",
    };

    /// <summary>Every setting name.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. Sections.SelectMany(s => Walk(s.Section, s.Type)).Concat(Raw).Distinct()];

    private static IEnumerable<string> Walk(string prefix, Type type, bool isEntry = false)
    {
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetSetMethod() is not null))
        {
            if (isEntry && p.Name == "Name")
            {
                continue;
            }
            var name = $"{prefix}__{p.Name}";
            var t = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            if (t.IsGenericType && t.GetGenericArguments() is [var key, var value] && key == typeof(string))
            {
                var sample = DictionarySamples.GetValueOrDefault(name)
                    ?? (SampleKeys.TryGetValue(p.Name, out var given) ? given : value == typeof(double) || value == typeof(string) ? "ethical" : "default");
                foreach (var k in IsLeaf(value) ? [$"{name}__{sample}"] : Walk($"{name}__{sample}", value, isEntry: true))
                {
                    yield return k;
                }
            }
            else if (t != typeof(string) && typeof(IEnumerable).IsAssignableFrom(t))
            {
                yield return $"{name}__0";
            }
            else if (IsLeaf(t))
            {
                yield return name;
            }
            else
            {
                foreach (var k in Walk(name, t))
                {
                    yield return k;
                }
            }
        }
    }

    private static bool IsLeaf(Type t) => t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Uri) || t == typeof(TimeSpan);
}
