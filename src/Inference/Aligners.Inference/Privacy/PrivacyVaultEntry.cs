namespace Aligners.Inference.Privacy;

/// <summary>
/// One placeholder of a <see cref="PrivacyVault"/> and the value behind it, so that a vault can be
/// carried from one step of a request to the next (a workflow's state) and rebuilt there with
/// <see cref="PrivacyVault.Create"/>. It holds personal data: keep it with the request, never log
/// or record it; <see cref="ToString"/> shows no value.
/// </summary>
/// <param name="Placeholder">The placeholder, such as <c>[EMAIL_1]</c>.</param>
/// <param name="Type">One of <see cref="PrivacyTypes"/>.</param>
/// <param name="NormalizedValue">The value in its type's canonical form (the vault's key).</param>
/// <param name="Value">The value as it was written.</param>
public sealed record PrivacyVaultEntry(string Placeholder, string Type, string NormalizedValue, string Value)
{
    /// <summary>The placeholder and type; never the value.</summary>
    public override string ToString() => $"{Placeholder} ({Type})";
}
