namespace Aligners.Orchestration.Instances;

/// <summary>
/// A value the privacy scanner found, without the value: its type, where it stands, which detector
/// found it and how sure it is, and the keyed fingerprint (HMAC-SHA256 under <c>Privacy:FingerprintKey</c>)
/// that lets an auditor tell two findings of one value apart from two values.
/// </summary>
/// <param name="Type">One of the scanner's types (<c>email</c>, <c>card</c>, ...).</param>
/// <param name="Start">Index of its first character in the text it was found in.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Detector">The detector or rule that found it.</param>
/// <param name="Confidence">How likely it is real personal data or a real secret.</param>
/// <param name="Fingerprint">HMAC-SHA256 of its canonical value, lower-case hex.</param>
/// <param name="Where">The text it was found in (<c>prompt</c>, <c>messages[2]</c>, <c>response</c>, <c>aligned</c>); null for the text an inspector scored.</param>
public sealed record PrivacyMark(string Type, int Start, int Length, string Detector, double Confidence, string? Fingerprint = null, string? Where = null);

/// <summary>
/// What an instance's privacy rules found and did: the values found in the request on its way to
/// the upstream LLM (replaced by placeholders there in the redacting modes), those the <c>privacy</c>
/// inspector found in the answer as it came, those found and redacted as the answer left, and how
/// many placeholders the caller's own values went back into. No value appears in it.
/// </summary>
/// <param name="Mode">The policy's privacy mode (<see cref="PrivacyModes"/>).</param>
/// <param name="Request">Findings in the prompt, the conversation and a given response.</param>
/// <param name="Answer">The <c>privacy</c> inspector's findings on the answer as it came (where the criterion was checked).</param>
/// <param name="Released">Findings in the answer as it left: redacted there unless the mode is <c>detect</c>.</param>
/// <param name="Restored">Placeholders of the aligned answer that got the caller's values back (mode <c>upstream</c>).</param>
public sealed record PrivacyReport(string Mode, IReadOnlyList<PrivacyMark> Request, IReadOnlyList<PrivacyMark> Answer,
    IReadOnlyList<PrivacyMark> Released, int Restored = 0)
{
    /// <summary>Every finding, request, answer and release.</summary>
    public IEnumerable<PrivacyMark> All() => Request.Concat(Answer).Concat(Released);
}
