using System.Text.RegularExpressions;

namespace Aligners.Inference.Privacy;

/// <summary>
/// An AWS secret access key under its name, as the AWS CLI's credentials and config files, environment
/// files and SDK settings write it (<c>aws_secret_access_key = ...</c>, <c>AWS_SECRET_ACCESS_KEY=...</c>,
/// <c>"SecretAccessKey": "..."</c>): forty characters of base64's alphabet, '/' and '+' included, which a
/// reader of values stopping at a comment's "//" would cut short. The name makes the value a secret; the
/// documentation's example key is a placeholder (<see cref="Placeholders"/>).
/// </summary>
internal static class AwsSecretKeys
{
    private const int KeyLength = 40;

    private static readonly Regex Named = new(
        @"\b(aws_secret_access_key|aws_secret_key|secret_access_key|secretaccesskey|awssecretaccesskey)[""']?[ \t]*[:=][ \t]*[""']?(?<value>[A-Za-z0-9+/]{40})",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Every secret access key <paramref name="text"/> gives under its name.</summary>
    public static IEnumerable<PrivacyEntity> Find(string text)
    {
        if (text.IndexOf("secret", StringComparison.OrdinalIgnoreCase) < 0)
        {
            yield break;
        }
        foreach (Match m in Named.Matches(text))
        {
            var value = m.Groups["value"];
            var end = value.Index + value.Length;
            // Exactly forty: a longer run of the alphabet is some other value, not a key.
            if ((end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '+' or '/' or '='))
                || Placeholders.IsPlaceholder(text.AsSpan(value.Index, KeyLength)))
            {
                continue;
            }
            yield return new PrivacyEntity(PrivacyTypes.Credential, value.Index, KeyLength, "aws-secret-access-key", 0.95);
        }
    }
}
