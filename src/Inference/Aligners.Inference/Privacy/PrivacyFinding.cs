using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace Aligners.Inference.Privacy;

/// <summary>
/// A confirmed entity of a scanned text, with its value. The value is for redaction and for a
/// caller that must show it; it never appears in <see cref="ToString"/> or in JSON. Audit records
/// carry <see cref="Fingerprint"/> instead: it lets an auditor tell whether two findings are the
/// same value, and check a value they already hold, without storing it.
/// </summary>
public sealed class PrivacyFinding
{
    internal PrivacyFinding(PrivacyEntity entity, string value, string normalized)
    {
        Entity = entity;
        Value = value;
        NormalizedValue = normalized;
    }

    /// <summary>What was found and where.</summary>
    public PrivacyEntity Entity { get; }

    /// <summary>One of <see cref="PrivacyTypes"/>.</summary>
    public string Type => Entity.Type;

    /// <summary>Index of the first character in the scanned text.</summary>
    public int Start => Entity.Start;

    /// <summary>Number of characters.</summary>
    public int Length => Entity.Length;

    /// <summary>The detector or rule that found it.</summary>
    public string Detector => Entity.Detector;

    /// <summary>How likely the span is real personal data or a real secret, in [0, 1].</summary>
    public double Confidence => Entity.Confidence;

    /// <summary>The text of the span. Sensitive: do not log it.</summary>
    [JsonIgnore]
    public string Value { get; }

    /// <summary>
    /// The value in a canonical form (lower-case e-mail, digits of a card, E.164 phone, compact
    /// IBAN), so that one value written two ways is recognised as one. Sensitive: do not log it.
    /// </summary>
    [JsonIgnore]
    public string NormalizedValue { get; }

    /// <summary>
    /// HMAC-SHA256 of the normalized value under <paramref name="key"/>, as lower-case hex. Without
    /// the key, the fingerprint of a short value (a phone number, an SSN) cannot be reversed by
    /// trying every candidate, as a plain hash could.
    /// </summary>
    public string Fingerprint(ReadOnlySpan<byte> key)
    {
        if (key.IsEmpty)
        {
            throw new ArgumentException("The fingerprint key must not be empty.", nameof(key));
        }
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(NormalizedValue)));
    }

    /// <summary>Type, span, detector and confidence; never the value.</summary>
    public override string ToString() => $"{Type} at {Start}+{Length} by {Detector} ({Confidence:0.00})";
}
