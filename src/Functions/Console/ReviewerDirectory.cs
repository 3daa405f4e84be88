using System.ComponentModel.DataAnnotations;
using Aligners.Orchestration.Tenants;

namespace Aligners.Functions.Console;

/// <summary>One reviewer: the SHA-256 digests of the function keys issued to them (several allow rotation).</summary>
public sealed class ReviewerSettings
{
    /// <summary>Lower-case hex SHA-256 of each key that identifies the reviewer.</summary>
    public List<string> KeySha256 { get; set; } = [];
}

/// <summary>
/// The reviewers (configuration section <c>Reviewers</c>, by name): the credential of the review
/// console and its routes, in place of the host's master key, which on Azure also opens every
/// tenant's keys. A reviewer's key is a function key like any other, so the platform checks and
/// revokes it; its digest here says whose it is, and that name signs the reviewer's decisions.
/// </summary>
/// <remarks>
/// Where App Service Authentication (Entra ID sign-in) stands in front of the app and
/// <see cref="ReviewerSignInOptions.AppServiceAuthentication"/> is on, a signed-in principal with
/// the reviewer role names the reviewer instead; the platform strips that header from callers, so
/// it is trusted only then. The master key alone is no reviewer.
/// </remarks>
public sealed class ReviewerDirectory : Dictionary<string, ReviewerSettings>, IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Reviewers";

    /// <summary>The reviewer one of whose keys is <paramref name="presentedKey"/>, or null.</summary>
    public string? Find(string? presentedKey) => KeyDigests.Owner(this, r => r.KeySha256, presentedKey);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, reviewer) in this)
        {
            if (name.Length is 0 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '@'))
            {
                yield return new ValidationResult($"Reviewers:{name}: a reviewer name is 1 to 64 letters, digits, '-', '_', '.' or '@'.", [name]);
            }
            for (var i = 0; i < reviewer.KeySha256.Count; i++)
            {
                if (reviewer.KeySha256[i] is not { Length: 64 } hex || !hex.All(char.IsAsciiHexDigit))
                {
                    yield return new ValidationResult($"Reviewers:{name}:KeySha256:{i} must be 64 hex digits (sha256sum of the key).", [name]);
                }
            }
        }
    }
}
