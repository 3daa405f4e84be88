using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Aligners.Inference.Client;
using Aligners.Orchestration.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace Aligners.LocalHost.Cli;

/// <summary>
/// Instance ids of the file-driven verbs (<c>align</c>, <c>eval</c>): they follow a line's content,
/// the loaded models and this build. A rerun on the same storage picks up the instances it already
/// ran (a run cut short resumes), and after a new model or build every line runs again instead of
/// returning what the old ones answered.
/// </summary>
public static class CliInstanceIds
{
    /// <summary>
    /// What the answers depend on besides the input: this build of the workflows and of the inference
    /// library (the fact checker and the rules' word lists decide as much as the workflows), and the
    /// models' hashes and thresholds (a recalibrated threshold changes what is flagged).
    /// </summary>
    public static async Task<string> StampAsync(IServiceProvider services, CancellationToken ct)
    {
        var models = await services.GetRequiredService<IAlignmentInference>().GetModelsAsync(ct);
        return Stamp(typeof(WorkflowCatalog).Assembly.ManifestModule.ModuleVersionId, typeof(IAlignmentInference).Assembly.ManifestModule.ModuleVersionId, models);
    }

    /// <summary>The stamp of the two builds' module ids and <paramref name="models"/>.</summary>
    public static string Stamp(Guid workflows, Guid inference, IEnumerable<ModelDescription> models) =>
        $"{workflows}{inference}" + string.Concat(models.Select(m => $"{m.Sha256}:{m.Threshold?.ToString(System.Globalization.CultureInfo.InvariantCulture)};"));

    /// <summary>The instance id of <paramref name="content"/> (serialized as the workflows serialize) under <paramref name="stamp"/>.</summary>
    public static string For(string verb, object content, string stamp)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(content, WorkflowJson.Options) + stamp)));
        return DurableClientExtensions.InstanceIdFromKey(verb, key);
    }
}
