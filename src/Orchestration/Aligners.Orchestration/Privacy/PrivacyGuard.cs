using Aligners.Inference.Privacy;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Workflows;
using Microsoft.Extensions.Options;

namespace Aligners.Orchestration.Privacy;

/// <summary>
/// What the privacy steps decide, free of I/O: the <c>privacy</c> inspector's score and findings,
/// its aligner's redaction, the request's values replaced by placeholders before the upstream LLM,
/// and the answer released to the caller. The activities call it and record what it returns.
/// Findings leave it as <see cref="PrivacyMark"/>s, which carry a keyed fingerprint and never a value.
/// </summary>
public sealed class PrivacyGuard
{
    private static readonly IReadOnlyDictionary<string, RedactionMode> NoOverrides = new Dictionary<string, RedactionMode>();

    private readonly byte[]? key;

    /// <summary>A guard fingerprinting under <c>Privacy:FingerprintKey</c>.</summary>
    public PrivacyGuard(IOptions<PrivacyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        key = options.Value.IsConfigured ? options.Value.KeyBytes() : null;
    }

    /// <summary>The scan of <paramref name="text"/> under <paramref name="settings"/>, allowing <paramref name="alsoAllowed"/> too.</summary>
    public static PrivacyScan Scan(string text, PrivacySettings settings, IEnumerable<string>? alsoAllowed = null) =>
        PrivacyScanner.Create(settings.ToPolicy(alsoAllowed)).Scan(text);

    /// <summary>The findings of <paramref name="scan"/> as marks: type, span, detector, confidence and fingerprint.</summary>
    public IReadOnlyList<PrivacyMark> Marks(PrivacyScan scan, string? where = null) =>
        [.. scan.Findings.Select(f => new PrivacyMark(f.Type, f.Start, f.Length, f.Detector, Math.Round(f.Confidence, 6),
            key is null ? null : f.Fingerprint(key), where))];

    /// <summary>The <c>privacy</c> inspector: P(aligned) of <paramref name="text"/> and what it found.</summary>
    public (double Score, IReadOnlyList<PrivacyMark> Findings) Inspect(string text, PrivacySettings settings)
    {
        var scan = Scan(text, settings);
        return (Math.Round(scan.Score, 6), Marks(scan));
    }

    /// <summary>
    /// The <c>privacy</c> aligner: every finding of <paramref name="text"/> redacted as the policy
    /// says. Placeholders continue the numbering of <paramref name="vault"/> (the request's), so a
    /// new value never takes a placeholder that will get the caller's value back.
    /// </summary>
    public static string Redact(string text, PrivacySettings settings, IReadOnlyList<PrivacyVaultEntry> vault)
    {
        var scan = Scan(text, settings);
        return scan.Findings.Count == 0 ? text : Redact(text, scan, settings.ToPolicy(), PrivacyVault.Create(vault));
    }

    /// <summary>
    /// The request with its values behind placeholders (modes <c>upstream</c> and <c>both</c>) or as it
    /// came (<c>detect</c>), the findings, and the vault. The conversation and prompt get
    /// placeholders whatever the policy's redaction, since they are what lets the values come back.
    /// A given response gets the prompt's placeholders for the values it repeats; other values in it
    /// are for the <c>privacy</c> criterion and the release to find.
    /// </summary>
    public ProtectedRequest Protect(ProtectCall call)
    {
        var settings = call.Settings;
        var placeholders = new Redactor(settings.ToPolicy() with { Redaction = RedactionMode.Placeholder, RedactionByType = NoOverrides });
        var vault = new PrivacyVault();
        var findings = new List<PrivacyMark>();
        string Protect(string text, string where)
        {
            var scan = Scan(text, settings);
            findings.AddRange(Marks(scan, where));
            return settings.Redacts ? placeholders.Redact(text, scan, vault) : text;
        }
        ChatRequest? chat = null;
        string prompt;
        if (call.Chat is { Messages.Count: > 0 } conversation)
        {
            List<ChatTurn> turns = [.. conversation.Messages.Select((m, i) => m with { Content = Protect(m.Content, $"messages[{i}]") })];
            chat = conversation with { Messages = turns };
            // The prompt is the last user message: the same text, already protected.
            prompt = conversation.Messages[^1].Content == call.Prompt ? turns[^1].Content : Protect(call.Prompt, "prompt");
        }
        else
        {
            prompt = Protect(call.Prompt, "prompt");
        }
        string? response = null;
        if (call.Response is { } given)
        {
            var scan = Scan(given, settings);
            findings.AddRange(Marks(scan, "response"));
            response = settings.Redacts ? placeholders.Redact(given, new PrivacyScan([.. scan.Findings.Where(vault.Holds)]), vault) : given;
        }
        return new ProtectedRequest(prompt, chat ?? call.Chat, response, findings, vault.Entries, 0);
    }

    /// <summary>
    /// The texts as they leave for the caller. <c>upstream</c>: the caller's own values go back into
    /// their placeholders; <c>both</c>: the placeholders become the values redacted as the policy
    /// redacts them. Then each text is scanned as it leaves, the caller's own values allowed in
    /// <c>upstream</c>, and whatever else is found (a value the caller did not give, written by the
    /// upstream LLM or an aligner) is redacted. <c>detect</c>: scanned and reported, nothing changed.
    /// </summary>
    public ReleasedAnswer Release(ReleaseCall call)
    {
        var settings = call.Settings;
        var findings = new List<PrivacyMark>();
        var policy = settings.ToPolicy();
        var restored = 0;
        string Release(string text, string where)
        {
            if (!settings.Redacts)
            {
                findings.AddRange(Marks(Scan(text, settings), where));
                return text;
            }
            var vault = PrivacyVault.Create(call.Vault);
            var back = settings.Mode == PrivacyModes.Upstream
                ? vault.Restore(text, entry =>
                {
                    restored += where == "aligned" ? 1 : 0;
                    return entry.Value;
                })
                : new Redactor(policy).RedactPlaceholders(text, vault);
            var scan = Scan(back, settings, settings.Mode == PrivacyModes.Upstream ? call.Vault.Select(e => e.Value) : null);
            findings.AddRange(Marks(scan, where));
            return scan.Findings.Count == 0 ? back : Redact(back, scan, policy, vault);
        }
        var aligned = Release(call.Aligned, "aligned");
        var response = call.Response == call.Aligned ? aligned : Release(call.Response, "response");
        var shadow = call.ShadowRewrite is { } s ? Release(s, "shadowRewrite") : null;
        return new ReleasedAnswer(aligned, response, shadow, restored, findings, 0);
    }

    /// <summary>
    /// The findings of <paramref name="scan"/> redacted; where removing them would leave nothing of
    /// the text, placeholders instead, which at least say what was there.
    /// </summary>
    private static string Redact(string text, PrivacyScan scan, PrivacyPolicy policy, PrivacyVault vault)
    {
        var redacted = new Redactor(policy).Redact(text, scan, vault);
        return string.IsNullOrWhiteSpace(redacted)
            ? new Redactor(policy with { Redaction = RedactionMode.Placeholder, RedactionByType = NoOverrides }).Redact(text, scan, vault)
            : redacted;
    }
}
