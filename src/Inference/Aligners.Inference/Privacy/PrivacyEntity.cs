namespace Aligners.Inference.Privacy;

/// <summary>The kinds of personal data and secrets the detectors find.</summary>
public static class PrivacyTypes
{
    /// <summary>An e-mail address.</summary>
    public const string Email = "email";

    /// <summary>A telephone number that the numbering plan says can exist.</summary>
    public const string Phone = "phone";

    /// <summary>A payment card number (PAN).</summary>
    public const string Card = "card";

    /// <summary>An international bank account number.</summary>
    public const string Iban = "iban";

    /// <summary>An IPv4 or IPv6 address.</summary>
    public const string Ip = "ip";

    /// <summary>A government-issued personal identifier (SSN, NINO, BSN, DNI, personnummer).</summary>
    public const string NationalId = "national-id";

    /// <summary>A key, token, password or other secret that grants access.</summary>
    public const string Credential = "credential";

    /// <summary>Every type, in the order reports list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Email, Phone, Card, Iban, Ip, NationalId, Credential];
}

/// <summary>
/// Something a detector found: its type, where it stands in the text, which detector (or which of a
/// detector's rules) found it, and how sure it is. It carries no copy of the value: read it from
/// the text through <see cref="Start"/> and <see cref="Length"/>.
/// </summary>
/// <param name="Type">One of <see cref="PrivacyTypes"/>.</param>
/// <param name="Start">Index of the first character in the scanned text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Detector">The detector or rule that found it ("luhn-card", "jwt").</param>
/// <param name="Confidence">How likely the span is real personal data or a real secret, in [0, 1].</param>
public sealed record PrivacyEntity(string Type, int Start, int Length, string Detector, double Confidence)
{
    /// <summary>Index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The two spans share at least one character.</summary>
    public bool Overlaps(PrivacyEntity other) => Start < other.End && other.Start < End;
}
