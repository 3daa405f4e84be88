using System.Globalization;
using System.Text.Json;
using Aligners.Inference.Client;
using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Privacy;
using Aligners.Orchestration.Tenants;
using Aligners.Orchestration.Workflows;
using Microsoft.Extensions.Options;

namespace Aligners.Orchestration.Requests;

/// <summary>
/// The one validator of align requests, whichever way they arrive (HTTP body, bulk line, queue
/// message, CLI line): checks sizes, criteria, the policy and that an answer can be had, and
/// resolves criteria and policy into the workflow input, so that later configuration changes never
/// change what a started instance does.
/// </summary>
/// <remarks>
/// Every method takes the request's tenant (<see cref="TenantDirectory.Identify"/>): its policies
/// are the ones a request can name, and the instance records the tenant.
/// </remarks>
public sealed class RequestValidator(IAlignmentInference inference, PolicyCatalog policies, IOptions<LlmOptions> llm,
    IOptions<RequestLimits> limits, IOptions<Retries> retries, IOptions<PrivacyOptions> privacy)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The size limits in force.</summary>
    public RequestLimits Limits => limits.Value;

    /// <summary>The retry policies new instances start with.</summary>
    public Retries Retries => retries.Value;

    /// <summary>Every criterion a request may name, ordered by name: those with both an inspector and an aligner model, and the built-in privacy criterion.</summary>
    public async Task<IReadOnlyList<string>> GetCriteriaAsync(CancellationToken ct) => (await GetModelsAsync(ct).ConfigureAwait(false)).Known;

    /// <summary>The models' criteria, and the calibrated threshold each inspector's manifest records.</summary>
    private async Task<KnownModels> GetModelsAsync(CancellationToken ct)
    {
        var models = await inference.GetModelsAsync(ct).ConfigureAwait(false);
        var inspectors = models.Where(m => m.Kind == "inspector").ToList();
        var names = inspectors.Select(m => m.Criterion).ToHashSet();
        return new KnownModels(
            [.. models.Where(m => m.Kind == "aligner" && names.Contains(m.Criterion)).Select(m => m.Criterion).Distinct().Order(StringComparer.Ordinal)],
            inspectors.Where(m => m.Threshold is not null).GroupBy(m => m.Criterion).ToDictionary(g => g.Key, g => g.First().Threshold!.Value));
    }

    /// <summary>
    /// The models' criteria (what a request that names none checks) and thresholds. The privacy
    /// criterion is known besides them but checked only where named (see <see cref="PrivacyCriterion"/>).
    /// </summary>
    private sealed record KnownModels(IReadOnlyList<string> Criteria, IReadOnlyDictionary<string, double> Thresholds)
    {
        public IReadOnlyList<string> Known { get; } = [.. Criteria.Append(PrivacyCriterion.Name).Distinct().Order(StringComparer.Ordinal)];

        /// <summary>The thresholds an instance checking <paramref name="criteria"/> records: the built-in criterion's too where it is among them.</summary>
        public IReadOnlyDictionary<string, double> ThresholdsFor(IReadOnlyList<string> criteria) =>
            criteria.Contains(PrivacyCriterion.Name) && !Thresholds.ContainsKey(PrivacyCriterion.Name)
                ? new Dictionary<string, double>(Thresholds) { [PrivacyCriterion.Name] = PrivacyCriterion.Threshold }
                : Thresholds;
    }

    /// <summary>Validates one request; <paramref name="prefix"/> locates it in a larger body (<c>lines[3].</c>).</summary>
    /// <exception cref="InvalidRequestException">A field is missing, wrong or too large.</exception>
    public async Task<AlignmentInput> ValidateAsync(AlignInput input, CancellationToken ct, string prefix = "",
        string tenant = TenantDirectory.DefaultTenant) =>
        Validate(input, await GetModelsAsync(ct).ConfigureAwait(false), prefix, tenant);

    /// <summary>Parses and validates a JSON request body given as bytes, which must be UTF-8.</summary>
    /// <exception cref="InvalidRequestException">The bytes are no UTF-8, the JSON is malformed or the request invalid.</exception>
    public Task<(AlignInput Input, AlignmentInput Workflow)> ParseAsync(ReadOnlyMemory<byte> body, CancellationToken ct,
        string tenant = TenantDirectory.DefaultTenant) =>
        ParseAsync(RequestText.Decode(body.Span, "body"), ct, tenant: tenant);

    /// <summary>Parses and validates a JSON request (a queue message, a body).</summary>
    /// <exception cref="InvalidRequestException">The JSON is malformed or the request invalid.</exception>
    public async Task<(AlignInput Input, AlignmentInput Workflow)> ParseAsync(string json, CancellationToken ct, string where = "body",
        string tenant = TenantDirectory.DefaultTenant)
    {
        var input = Parse(json, where);
        return (input, Validate(input, await GetModelsAsync(ct).ConfigureAwait(false), where == "body" ? "" : where + ".", tenant));
    }

    /// <summary>Parses and validates every line of a JSONL document; names the first bad line.</summary>
    /// <exception cref="InvalidRequestException">A line is malformed or invalid, or there are none or too many.</exception>
    public async Task<IReadOnlyList<(AlignInput Input, AlignmentInput Workflow)>> ParseLinesAsync(ReadOnlyMemory<byte> jsonl, CancellationToken ct,
        string tenant = TenantDirectory.DefaultTenant)
    {
        var known = await GetModelsAsync(ct).ConfigureAwait(false);
        var lines = new List<(AlignInput, AlignmentInput)>();
        var number = 0;
        var offset = 0;
        // Line by line over the bytes: a body of blank lines costs nothing per line, and a body
        // with too many lines is refused at the first line over the limit, not after it is all split.
        while (offset < jsonl.Length)
        {
            var rest = jsonl.Span[offset..];
            var end = rest.IndexOf((byte)'\n');
            var raw = end < 0 ? rest : rest[..end];
            offset += end < 0 ? rest.Length : end + 1;
            number++;
            if (raw.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }
            var where = $"lines[{number}]";
            var input = Parse(RequestText.Decode(raw, where).TrimEnd('\r'), where);
            input = input with { Id = input.Id ?? number.ToString(CultureInfo.InvariantCulture) };
            lines.Add((input, Validate(input, known, where + ".", tenant)));
            if (lines.Count > limits.Value.MaxBulkLines)
            {
                throw new InvalidRequestException("body", $"holds more than {limits.Value.MaxBulkLines} lines", tooLarge: true);
            }
        }
        return lines.Count == 0 ? throw new InvalidRequestException("body", "holds no JSONL lines") : lines;
    }

    /// <summary>The policy called <paramref name="name"/> (the default when null), or null when unknown.</summary>
    public AlignmentPolicy? ResolvePolicy(string? name, string tenant = TenantDirectory.DefaultTenant) => policies.Resolve(tenant, name);

    /// <summary>Checks an idempotency key or caller id.</summary>
    /// <exception cref="InvalidRequestException">It is empty, too long, or holds control characters or path separators.</exception>
    public void ValidateId(string? id, string field)
    {
        if (id is null)
        {
            return;
        }
        if (id.Length == 0 || id.Length > limits.Value.MaxIdCharacters || id.Any(c => char.IsControl(c) || c is '/' or '\\'))
        {
            throw new InvalidRequestException(field, $"must be 1 to {limits.Value.MaxIdCharacters} characters without control characters, '/' or '\\'");
        }
    }

    private static AlignInput Parse(string json, string where)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new InvalidRequestException(where, "is empty; send a JSON object");
        }
        try
        {
            return JsonSerializer.Deserialize<AlignInput>(json, Json) ?? throw new InvalidRequestException(where, "is JSON null; send a JSON object");
        }
        catch (JsonException e)
        {
            var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? where : where + e.Path.TrimStart('$');
            throw new InvalidRequestException(path, $"malformed JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine}): {e.Message.Split('\n')[0].Trim()}");
        }
    }

    private AlignmentInput Validate(AlignInput input, KnownModels models, string prefix, string tenant)
    {
        var known = models.Known;
        var max = limits.Value.MaxTextCharacters;
        ValidateId(input.Id, prefix + "id");
        RequestText.RequireFiniteNumbers(input.Metadata, prefix + "metadata");
        if (string.IsNullOrWhiteSpace(input.Prompt))
        {
            throw new InvalidRequestException(prefix + "prompt", "is required and must not be blank");
        }
        if (input.Prompt.Length > max)
        {
            throw new InvalidRequestException(prefix + "prompt", $"is {input.Prompt.Length} characters; the limit is {max}", tooLarge: true);
        }
        if (input.Response?.Length > max)
        {
            throw new InvalidRequestException(prefix + "response", $"is {input.Response.Length} characters; the limit is {max}", tooLarge: true);
        }
        if (input.Response is null && !llm.Value.IsConfigured)
        {
            throw new InvalidRequestException(prefix + "response",
                "is required: no upstream LLM is configured (Llm:Provider is none), so the request must bring the answer to align");
        }
        var policy = policies.Resolve(tenant, input.Policy)
            ?? throw new InvalidRequestException(prefix + "policy", $"unknown policy '{input.Policy}'; known: {string.Join(", ", policies.Names(tenant))}");
        // A policy that names its criteria enforces them: a request may add criteria, never drop one.
        if (input.Criteria is { Count: > 0 } narrowed && policy.PresetCriteria.Except(narrowed, StringComparer.Ordinal).ToList() is { Count: > 0 } dropped)
        {
            throw new InvalidRequestException(prefix + "criteria",
                $"policy '{policy.Name}' checks {string.Join(", ", policy.PresetCriteria)}; a request may not leave out {string.Join(", ", dropped)}");
        }
        var criteria = input.Criteria is { Count: > 0 } asked ? asked : policy.PresetCriteria is { Count: > 0 } preset ? [.. preset] : [.. models.Criteria];
        for (var i = 0; i < criteria.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(criteria[i]) || !known.Contains(criteria[i]))
            {
                var field = input.Criteria is { Count: > 0 } ? $"{prefix}criteria[{i}]" : prefix + "policy";
                throw new InvalidRequestException(field, $"unknown criterion '{criteria[i]}'; known: {string.Join(", ", known)}");
            }
        }
        if ((criteria.Contains(PrivacyCriterion.Name) || policy.Privacy.Mode != PrivacyModes.Off) && !privacy.Value.IsConfigured)
        {
            // Without the key the audit record could hold neither the values nor their fingerprints: refuse rather than record less.
            throw new InvalidRequestException(input.Criteria is { Count: > 0 } ? prefix + "criteria" : prefix + "policy",
                "privacy is not available here: the app has no Privacy:FingerprintKey to fingerprint its findings with");
        }
        var request = new AlignmentRequest { Prompt = input.Prompt, Response = input.Response, Policy = input.Policy, Metadata = input.Metadata };
        return new AlignmentInput(request, [.. criteria.Distinct()], policy.WithModelThresholds(models.ThresholdsFor(criteria)), retries.Value, Tenant: tenant);
    }
}
