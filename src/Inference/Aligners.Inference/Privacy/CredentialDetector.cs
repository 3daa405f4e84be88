using System.Text.RegularExpressions;

namespace Aligners.Inference.Privacy;

/// <summary>
/// Keys and tokens whose issuers give them a recognisable shape: AWS access key ids (AKIA or ASIA
/// and 16 more), GitHub tokens (ghp_, gho_, ghu_, ghs_, ghr_ and 36 more; github_pat_ and the rest),
/// npm tokens (npm_ and 36 more), SendGrid keys (SG. and two dotted parts of 22 and 43), Google API
/// keys (AIza and 35 more), Slack tokens (xoxb-, xoxp-, xoxa-, ...), Stripe secret and restricted
/// keys (sk_live_, rk_live_, and their _test_ twins; the publishable pk_ keys are public), Twilio API key SIDs (SK and 32
/// lower-case hex: half of the pair that grants access, the key's secret being the other half, which is found by name), GitLab personal access tokens (glpat-), Laravel application keys
/// (base64: and a random base64 key), OpenAI-style keys (sk-, optionally proj-, svcacct- or admin-, and
/// at least 32 more that mix cases and digits), Azure storage and Service Bus keys in connection
/// strings (the value after AccountKey= or SharedAccessKey=) and the signature of an Azure SAS
/// token (the value of sig= in a query that also has sv=); and passwords where only a password
/// stands: in a URL's user information (scheme://user:password@host, or a random token as the
/// whole user information, https://TOKEN@host), glued to the MySQL clients' -p option, after
/// the user name of curl's -u user:password, and after the -p or --password option of a container
/// registry's login (docker login, podman login, helm registry login, ...), with those a
/// file format, another client's option or a conversation gives (<see cref="PasswordShapes"/>), the password argument of a
/// connect call that fixes its position (<see cref="ConnectCalls"/>), that of a command whose syntax fixes it
/// (<see cref="PositionalPasswords"/>: rabbitmqctl add_user, htpasswd -b, net user, ...) and an Azure storage key a neighbouring field names
/// (<see cref="StorageKeys"/>), an AWS secret access key under its name (<see cref="AwsSecretKeys"/>), the secret an SDK client's
/// constructor takes after an account id (<see cref="ClientConstructors"/>), a registry's base64 <c>user:password</c>
/// (<see cref="BasicAuthValues"/>), a device's <c>admin / password</c> (<see cref="DeviceLogins"/>) and an API key in a URL's query
/// (<see cref="QueryKeys"/>), an SNMP community string (<see cref="SnmpCommunities"/>) and a chat's answer giving a password
/// (<see cref="PasswordReplies"/>). Slack's incoming
/// webhook URLs are secrets whole. The span is the secret itself, so a redacted connection string keeps its
/// account name and endpoint. Documentation placeholders (AKIAXXXXXXXXXXXXXXXX, ghp_xxxx...,
/// AWS's AKIAIOSFODNN7EXAMPLE, ${DB_PASSWORD}, &lt;password&gt;) are not secrets (<see cref="Placeholders"/>), nor is a
/// password hash where a password would stand (<see cref="PasswordHashes"/>).
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
        new("sendgrid-key", new Regex(@"\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]+", Options), 0, v => v.Length == 69),
        new("google-api-key", new Regex(@"\bAIza[A-Za-z0-9_\-]+", Options), 0, v => v.Length == 39),
        new("slack-token", new Regex(@"\bxox[abposr]-[A-Za-z0-9]+-[A-Za-z0-9\-]{8,}", Options), 0, v => v.Length >= 24),
        // Twilio calls an API key's SID an identifier, but it is half of the pair that signs requests: whoever reads it in an
        // answer holds the account's key id, and the eighth, fourteenth, fifteenth and sixteenth sets' writers call it a credential.
        new("twilio-api-key", new Regex(@"\bSK[0-9a-f]{32}\b", Options), 0, _ => true),
        new("stripe-key", new Regex(@"\b[rs]k_(live|test)_[A-Za-z0-9]{20,}", Options), 0, _ => true),
        new("gitlab-token", new Regex(@"\bglpat-[A-Za-z0-9_\-]{20,}", Options), 0, _ => true),
        new("laravel-app-key", new Regex(@"\bbase64:[A-Za-z0-9+/]{40,}={0,2}", Options), 0, v => SecretEntropyDetector.LooksRandom(v.AsSpan(7))),
        new("azure-storage-key", new Regex(@"\b(AccountKey|SharedAccessKey|accountkey|sharedaccesskey)=[A-Za-z0-9+/]+={0,2}", Options),
            -1, v => v.Length >= 40),
        // An incoming webhook URL is its own credential: whoever holds it can post to the channel.
        new("slack-webhook", new Regex(@"\bhttps://hooks\.slack\.com/(services|workflows|triggers)/T[A-Z0-9]{6,}/[A-Z0-9]{6,}/[A-Za-z0-9]{16,}", Options), 0, _ => true),
        new("azure-sas-signature", new Regex(@"[?&]sig=[A-Za-z0-9%+/=_\-]+", Options), -1, v => v.Length >= 20),
    ];

    // The start of a URL's user information with a password (scheme://user:); the password, whatever it looks like and
    // whatever '#', '?', '/' or '@' it holds, runs to the '@' before the host (UserInformation).
    private static readonly Regex UrlUser = new(@"\b[A-Za-z][A-Za-z0-9+.\-]{1,20}://[^\s/:@?#]{0,64}:", Options);

    // A token standing alone as a URL's user information (https://ghp_...@github.com, https://TOKEN@host): random, not a login name.
    private static readonly Regex UrlToken = new(@"\b[A-Za-z][A-Za-z0-9+.\-]{1,20}://(?<value>[^\s/:@]{16,128})@", Options);

    // curl's -u / --user user:password, read only on a line that runs curl.
    private static readonly Regex CurlUser = new(@"(^|\s)(-u|--user)[ =]?['""]?[^\s:'""]{1,64}:(?<value>[^\s'""]{1,128})", Options);

    // The MySQL clients' password option glued to its value (-pSecret, -p'Secret'), read only on a line that runs one of them.
    private static readonly Regex MysqlPassword = new(@"(^|\s)-p(?<value>'[^'\s]{4,128}'|""[^""\s]{4,128}""|[^\s'""\-][^\s]{3,127})", Options);

    // A container registry login's password option and its value (docker login -u ci -p VALUE), read only on a line that runs such a login.
    private static readonly Regex RegistryPassword = new(@"(^|\s)(-p|--password)[ =](?<value>'[^'\s]{4,128}'|""[^""\s]{4,128}""|[^\s'""\-][^\s]{3,127})", Options);

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
                if (!rule.Valid(value.ToString()) || Placeholders.IsPlaceholder(value))
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
        found.AddRange(UrlPasswords(text));
        found.AddRange(Passwords(text, MysqlPassword, "mysql-password", (t, at) => LineRuns(t, at, "mysql", "mysqldump", "mysqladmin")));
        found.AddRange(Passwords(text, CurlUser, "curl-password", (t, at) => LineRuns(t, at, "curl")));
        found.AddRange(Passwords(text, RegistryPassword, "registry-password",
            (t, at) => LineRuns(t, at, "docker login", "podman login", "nerdctl login", "buildah login", "skopeo login", "oras login", "registry login")));
        // A registry login's --password is also any client's: report its value once.
        var shaped = PasswordShapes.Find(text).Where(p => !found.Exists(f => f.Start == p.Start && f.Length == p.Length)).ToList();
        found.AddRange(shaped);
        found.AddRange(PositionalPasswords.Find(text).Where(p => !found.Exists(f => f.Start == p.Start && f.Length == p.Length)));
        found.AddRange(ConnectCalls.Find(text).Where(p => !found.Exists(f => f.Start == p.Start && f.Length == p.Length)));
        found.AddRange(StorageKeys.Find(text).Where(p => !found.Exists(f => f.Start == p.Start && f.Length == p.Length)));
        found.AddRange(AwsSecretKeys.Find(text).Where(p => !found.Exists(f => f.Start == p.Start && f.Length == p.Length)));
        // SDK clients' secrets, registry logins' base64, devices' "admin / password", API keys in a URL's query, SNMP
        // community strings and a chat's answer to a question for a password.
        foreach (var extra in ClientConstructors.Find(text).Concat(BasicAuthValues.Find(text)).Concat(DeviceLogins.Find(text)).Concat(QueryKeys.Find(text))
            .Concat(SnmpCommunities.Find(text)).Concat(BasicHeaderPasswords.Find(text)).Concat(PasswordReplies.Find(text)))
        {
            if (!found.Exists(f => f.Start == extra.Start && f.Length == extra.Length))
            {
                found.Add(extra);
            }
        }
        found.AddRange(Passwords(text, UrlToken, "url-token", (t, at) => !IsDsn(t, at))
            .Where(f => SecretEntropyDetector.LooksRandom(text.AsSpan(f.Start, f.Length))));
        // An Amazon Resource Name names a resource, a secret's too, and holds no secret of its own; a password hash is what a
        // system stores instead of the password.
        found.RemoveAll(f => PublicShapes.InsideArn(text, f.Start) || PasswordHashes.Length(text, f.Start) > 0);
        return found;
    }

    /// <summary>The passwords of URLs' user information that are not placeholders.</summary>
    private static List<PrivacyEntity> UrlPasswords(string text)
    {
        var found = new List<PrivacyEntity>();
        foreach (var m in UrlUser.EnumerateMatches(text))
        {
            var start = m.Index + m.Length;
            var end = UserInformation.PasswordEnd(text, start);
            if (end > start && !Placeholders.IsPlaceholder(text.AsSpan(start, end - start)))
            {
                found.Add(new PrivacyEntity(PrivacyTypes.Credential, start, end - start, "url-password", 0.9));
            }
        }
        return found;
    }

    /// <summary>The values of <paramref name="pattern"/>'s <c>value</c> group that are not placeholders, quotes left out.</summary>
    private static IEnumerable<PrivacyEntity> Passwords(string text, Regex pattern, string name, Func<string, int, bool> where)
    {
        foreach (Match m in pattern.Matches(text))
        {
            var value = m.Groups["value"];
            var (start, length) = (value.Index, value.Length);
            if (text[start] is '\'' or '"')
            {
                (start, length) = (start + 1, length - 2);
            }
            if (!Placeholders.IsPlaceholder(text.AsSpan(start, length)) && where(text, value.Index))
            {
                yield return new PrivacyEntity(PrivacyTypes.Credential, start, length, name, 0.9);
            }
        }
    }

    /// <summary>
    /// The URL whose user information starts at <paramref name="at"/> is an error tracker's DSN
    /// (<c>SENTRY_DSN=https://KEY@o1.ingest.sentry.io/42</c>): its user information is the project's
    /// public key, which the service documents as safe to ship in client code, not a secret. Read from
    /// the line's name for it ("DSN") or the host's ("sentry").
    /// </summary>
    private static bool IsDsn(string text, int at)
    {
        var lineStart = LineBounds.Start(text, at);
        var lineEnd = LineBounds.End(text, at);
        var line = text.AsSpan(lineStart, lineEnd - lineStart);
        var host = text.AsSpan(at, line.Length - (at - lineStart));
        var hostStart = host.IndexOf('@');
        host = hostStart < 0 ? [] : host[(hostStart + 1)..];
        var hostEnd = host.IndexOfAny("/ \t\"'");
        host = hostEnd < 0 ? host : host[..hostEnd];
        return line[..(at - lineStart)].Contains("dsn", StringComparison.OrdinalIgnoreCase) || host.Contains("sentry", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The line holding <paramref name="at"/> runs one of <paramref name="clients"/> before it.</summary>
    internal static bool LineRuns(string text, int at, params ReadOnlySpan<string> clients)
    {
        var from = at;
        while (from > 0 && at - from < 512 && text[from - 1] != '\n')
        {
            from--;
        }
        var line = text.AsSpan(from, at - from);
        foreach (var client in clients)
        {
            // The client as a command word: after a space, a path or the line's start (a diff's '+' or '-' marker
            // before it left out: the line is read as without it), and before a space.
            var i = line.IndexOf(client + " ", StringComparison.Ordinal);
            if (i >= 0 && (i == 0 || line[i - 1] is ' ' or '/' or '\t' or '$' or '`' or '(' || (i == 1 && line[0] is '+' or '-')))
            {
                return true;
            }
        }
        return false;
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
