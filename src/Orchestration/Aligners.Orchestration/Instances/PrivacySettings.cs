using System.ComponentModel.DataAnnotations;
using Aligners.Inference.Privacy;

namespace Aligners.Orchestration.Instances;

/// <summary>
/// A policy's privacy rules: what happens to personal data and secrets on the way to the upstream
/// LLM and back (<see cref="Mode"/>), how the <c>privacy</c> criterion and the way back redact a
/// value (<see cref="Redaction"/>, per type <see cref="RedactionByType"/>), and the values that are
/// never findings (<see cref="Allow"/>, e.g. the company's own support address).
/// </summary>
public sealed record PrivacySettings
{
    /// <summary>
    /// <c>off</c>: nothing is scanned on the way; <c>detect</c>: the prompt and the answer are scanned and what
    /// was found is reported, nothing is changed; <c>upstream</c>: values in the prompt are replaced
    /// by placeholders before the LLM sees it and put back into the answer afterwards; <c>both</c>:
    /// replaced before the LLM and left redacted in the answer. Either redacting mode also redacts,
    /// on the way back, any value in the answer that the caller did not give.
    /// </summary>
    [RegularExpression("^(off|detect|upstream|both)$", ErrorMessage = "Privacy:Mode must be off, detect, upstream or both.")]
    public string Mode { get; init; } = PrivacyModes.Off;

    /// <summary>How a value is redacted: a <c>placeholder</c> such as [EMAIL_1], a <c>mask</c> (a card keeps its last four digits), or <c>remove</c>d.</summary>
    [RegularExpression("^(placeholder|mask|remove)$", ErrorMessage = "Privacy:Redaction must be placeholder, mask or remove.")]
    public string Redaction { get; init; } = "placeholder";

    /// <summary>Per type (<c>email</c>, <c>phone</c>, <c>card</c>, <c>iban</c>, <c>ip</c>, <c>national-id</c>, <c>credential</c>), a redaction other than <see cref="Redaction"/>.</summary>
    public IReadOnlyDictionary<string, string> RedactionByType { get; init; } = new Dictionary<string, string>();

    /// <summary>Values that are never findings (the company's support address, its public phone line), compared in each type's canonical form.</summary>
    public IReadOnlyList<string>? Allow { get; init; }

    /// <summary>The ISO 3166 region whose national format a phone number without "+" is read in.</summary>
    [RegularExpression("^[A-Z]{2}$", ErrorMessage = "Privacy:PhoneRegion must be two capital letters (ISO 3166).")]
    public string PhoneRegion { get; init; } = "US";

    /// <summary>
    /// Further ISO 3166 regions whose national phone formats are tried after <see cref="PhoneRegion"/>,
    /// in order: the countries the deployment's users write from (each costs one more pass of the phone detector).
    /// </summary>
    public IReadOnlyList<string>? PhoneRegions { get; init; }

    /// <summary>Findings less confident than this are dropped.</summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; init; } = 0.5;

    /// <summary>Whether the prompt is redacted before the upstream LLM.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Redacts => Mode is PrivacyModes.Upstream or PrivacyModes.Both;

    /// <summary>The scanner's and redactor's policy these settings describe, allowing <paramref name="alsoAllowed"/> too.</summary>
    public PrivacyPolicy ToPolicy(IEnumerable<string>? alsoAllowed = null) => new()
    {
        Allow = [.. (Allow ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Concat(alsoAllowed ?? [])],
        MinConfidence = MinConfidence,
        PhoneRegion = PhoneRegion,
        PhoneRegions = [.. (PhoneRegions ?? []).Where(r => !string.IsNullOrWhiteSpace(r))],
        Redaction = ParseRedaction(Redaction),
        RedactionByType = RedactionByType.ToDictionary(p => p.Key, p => ParseRedaction(p.Value)),
    };

    /// <summary>The checks configuration cannot state as attributes: each phone region is known, each per-type redaction names a type and a redaction.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var region in new[] { PhoneRegion }.Concat(PhoneRegions ?? []).Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            if (!PhoneDetector.Supports(region))
            {
                yield return $"Privacy:PhoneRegions holds '{region}', which is no ISO 3166 region with a telephone numbering plan (two capital letters, such as GB).";
            }
        }
        foreach (var (type, redaction) in RedactionByType)
        {
            if (!PrivacyTypes.All.Contains(type))
            {
                yield return $"Privacy:RedactionByType:{type} names no type; the types are {string.Join(", ", PrivacyTypes.All)}.";
            }
            if (redaction is not ("placeholder" or "mask" or "remove"))
            {
                yield return $"Privacy:RedactionByType:{type} is '{redaction}'; it must be placeholder, mask or remove.";
            }
        }
    }

    private static RedactionMode ParseRedaction(string redaction) => redaction switch
    {
        "mask" => RedactionMode.Mask,
        "remove" => RedactionMode.Remove,
        _ => RedactionMode.Placeholder,
    };
}

/// <summary>The values of <see cref="PrivacySettings.Mode"/>.</summary>
public static class PrivacyModes
{
    /// <summary>Nothing is scanned on the way to the LLM and back (the <c>privacy</c> criterion still runs where a request or policy names it).</summary>
    public const string Off = "off";

    /// <summary>Shadow: scan and report, change nothing.</summary>
    public const string Detect = "detect";

    /// <summary>Placeholders before the LLM; the caller's own values restored in the answer.</summary>
    public const string Upstream = "upstream";

    /// <summary>Placeholders before the LLM; the values stay redacted in the answer.</summary>
    public const string Both = "both";
}
