namespace Aligners.Inference.Privacy;

/// <summary>
/// The secret an SDK client's constructor takes second, after the account's public id: Twilio's
/// <c>twilio(accountSid, authToken)</c>, <c>new Twilio(...)</c>, <c>TwilioClient.Init(...)</c> and Python's
/// <c>Client(accountSid, authToken)</c>; Plivo's <c>plivo.RestClient(authId, authToken)</c>; Mailjet's
/// <c>apiConnect(apiKey, apiSecret)</c>. Any call whose first argument is a Twilio account SID literal
/// (<c>AC</c> and 32 hex digits) passes the auth token second too, whatever the client is called. The SID
/// is an identifier; only a string literal in the second place that looks random counts (a variable holds
/// the secret elsewhere, and a placeholder holds none).
/// </summary>
internal static class ClientConstructors
{
    /// <summary>The shortest secret read: Twilio's tokens have 32 characters, Plivo's 40.</summary>
    private const int MinSecret = 16;

    // Calls, as written before their '(', that take an account's id first and its secret second.
    private static readonly string[] Calls = ["twilio", "TwilioClient.Init", "plivo.RestClient", "apiConnect"];

    /// <summary>Every secret literal <paramref name="text"/> passes second to a client's constructor.</summary>
    public static IEnumerable<PrivacyEntity> Find(string text)
    {
        foreach (var call in Calls)
        {
            var at = 0;
            while ((at = text.IndexOf(call, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var open = Open(text, at, call.Length);
                at += call.Length;
                if (open > 0 && Secret(text, open) is { } secret)
                {
                    yield return secret;
                }
            }
        }
        // Any client given an account SID first: the token follows it.
        var sid = 0;
        while ((sid = text.IndexOf("AC", sid, StringComparison.Ordinal)) >= 0)
        {
            var open = sid - 1;
            sid += 2;
            if (open < 1 || text[open] is not ('"' or '\''))
            {
                continue;
            }
            var paren = open - 1;
            while (paren > 0 && text[paren] is ' ' or '\t')
            {
                paren--;
            }
            // A call's name before the '(', or the call that returns the client ("require('twilio')(...)").
            if (text[paren] == '(' && IsAccountSid(text, open + 1) && paren > 0 && (char.IsLetterOrDigit(text[paren - 1]) || text[paren - 1] is '_' or ')')
                && Secret(text, paren) is { } secret)
            {
                yield return secret;
            }
        }
    }

    /// <summary>Where the call's '(' stands, or -1 where the name at <paramref name="at"/> is not a whole call's name.</summary>
    private static int Open(string text, int at, int length)
    {
        var open = at + length;
        while (open < text.Length && text[open] is ' ' or '\t')
        {
            open++;
        }
        var whole = (at == 0 || !(char.IsLetterOrDigit(text[at - 1]) || text[at - 1] == '_')) && open < text.Length && text[open] == '(';
        return whole ? open : -1;
    }

    /// <summary>The second argument after the '(' at <paramref name="open"/> where it is a random-looking literal.</summary>
    private static PrivacyEntity? Secret(string text, int open)
    {
        var (start, end) = ConnectCalls.Argument(text, open + 1, 1);
        if (end - start < MinSecret)
        {
            return null;
        }
        var value = text.AsSpan(start, end - start);
        return Placeholders.IsPlaceholder(value) || !SecretEntropyDetector.LooksRandom(value)
            ? null
            : new PrivacyEntity(PrivacyTypes.Credential, start, end - start, "client-secret", 0.9);
    }

    /// <summary>A Twilio account SID at <paramref name="at"/>: "AC", 32 hex digits and the literal's closing quote.</summary>
    private static bool IsAccountSid(string text, int at)
    {
        if (at + 35 > text.Length || text[at + 34] is not ('"' or '\''))
        {
            return false;
        }
        for (var k = at + 2; k < at + 34; k++)
        {
            if (!char.IsAsciiHexDigit(text[k]))
            {
                return false;
            }
        }
        return true;
    }
}
