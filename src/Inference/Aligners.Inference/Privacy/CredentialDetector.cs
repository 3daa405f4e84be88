using System.Text.RegularExpressions;

namespace Aligners.Inference.Privacy;

/// <summary>
/// Keys and tokens whose issuers give them a recognisable shape: AWS access key ids (AKIA or ASIA
/// and 16 more), GitHub tokens (ghp_, gho_, ghu_, ghs_, ghr_ and 36 more; github_pat_ and the rest),
/// npm tokens (npm_ and 36 more), OpenAI-style keys (sk-, optionally proj-, svcacct- or admin-, and
/// at least 32 more that mix cases and digits), Azure storage and Service Bus keys in connection
/// strings (the value after AccountKey= or SharedAccessKey=) and the signature of an Azure SAS
/// token (the value of sig= in a query that also has sv=). The span is the secret itself, so a
/// redacted connection string keeps its account name and endpoint.
/// </summary>
public sealed class CredentialDetector : IPrivacyDetector
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Rule[] Rules =
    [
        new("aws-access-key-id", new Regex(@"\b(AKIA|ASIA)[A-Z0-9]{16}\b", Options), 0, _ => true),
        new("github-token", new Regex(@"\bgh[opusr]_[A-Za-z0-9]{36}\b", Options), 0, _ => true),
        new("github-token", new Regex(@"\bgithub_pat_[A-Za-z0-9_]+", Options), 0, v => v.Length >= 40),
        new("npm-token", new Regex(@"\bnpm_[A-Za-z0-9]{36}\b", Options), 0, _ => true),
        new("openai-key", new Regex(@"\bsk-[A-Za-z0-9_\-]+", Options), 0, OpenAiKey),
        new("azure-storage-key", new Regex(@"\b(AccountKey|SharedAccessKey|accountkey|sharedaccesskey)=[A-Za-z0-9+/]+={0,2}", Options),
            -1, v => v.Length >= 40),
        new("azure-sas-signature", new Regex(@"[?&]sig=[A-Za-z0-9%+/=_\-]+", Options), -1, v => v.Length >= 20),
    ];

    /// <inheritdoc />
    public string Name => "credential";

    /// <inheritdoc />
    public IEnumerable<PrivacyEntity> Detect(string text)
    {
        var found = new List<PrivacyEntity>();
        foreach (var rule in Rules)
        {
            foreach (var m in rule.Pattern.EnumerateMatches(text))
            {
                // Rules with ValueAfter = -1 report only what follows the first '=' of the match.
                var start = rule.ValueAfter < 0 ? text.IndexOf('=', m.Index, m.Length) + 1 : m.Index;
                var length = m.Index + m.Length - start;
                var value = text.AsSpan(start, length);
                if (!rule.Valid(value.ToString()))
                {
                    continue;
                }
                if (rule.Name == "azure-sas-signature" && !QueryHasVersion(text, m.Index))
                {
                    continue;
                }
                found.Add(new PrivacyEntity(PrivacyTypes.Credential, start, length, rule.Name, 0.97));
            }
        }
        return found;
    }

    /// <summary>An OpenAI-style key: after sk- and its optional kind, 32 or more characters that mix upper case, lower case and digits.</summary>
    private static bool OpenAiKey(string value)
    {
        var body = value[3..];
        foreach (var kind in new[] { "proj-", "svcacct-", "admin-" })
        {
            if (body.StartsWith(kind, StringComparison.Ordinal))
            {
                body = body[kind.Length..];
                break;
            }
        }
        return body.Length >= 32 && body.Any(char.IsAsciiLetterUpper) && body.Any(char.IsAsciiLetterLower) && body.Any(char.IsAsciiDigit);
    }

    /// <summary>
    /// The query holding the signature also carries a signed version (sv=): that makes it an Azure
    /// SAS token rather than any URL with a "sig" parameter. Reads at most a bounded window.
    /// </summary>
    private static bool QueryHasVersion(string text, int sigAt)
    {
        const int Window = 1024;
        var from = sigAt;
        while (from > 0 && sigAt - from < Window && !IsUrlEnd(text[from - 1]))
        {
            from--;
        }
        var to = sigAt + 1;
        while (to < text.Length && to - sigAt < Window && !IsUrlEnd(text[to]))
        {
            to++;
        }
        var query = text.AsSpan(from, to - from);
        return query.Contains("?sv=", StringComparison.Ordinal) || query.Contains("&sv=", StringComparison.Ordinal)
            || query.StartsWith("sv=", StringComparison.Ordinal);
    }

    private static bool IsUrlEnd(char c) => char.IsWhiteSpace(c) || c is '"' or '\'' or '<' or '>' or '`' or '(' or ')';

    private sealed record Rule(string Name, Regex Pattern, int ValueAfter, Func<string, bool> Valid);
}
