namespace Aligners.Inference.Privacy;

/// <summary>
/// Runs every detector over a text, drops what the policy allows and what falls below its least
/// confidence, and resolves overlaps, one entity per span: where spans overlap, the stronger
/// detector wins (<see cref="Strength"/>: a value that passes a check digit, then one of a fixed
/// structure, then a phone number), then the longest, then the most confident, then the earliest (a
/// phone-shaped run inside an IBAN is reported as the IBAN, and a BSN in parentheses as the BSN,
/// not as a phone number with its bracket). Pure and thread-safe; the cost is linear in the text's length.
/// </summary>
public sealed class PrivacyScanner
{
    private readonly IReadOnlyList<IPrivacyDetector> detectors;
    private readonly Dictionary<string, HashSet<string>> allowed;
    private readonly IReadOnlyList<string> phoneRegions;

    private PrivacyScanner(PrivacyPolicy policy, IReadOnlyList<IPrivacyDetector> detectors)
    {
        Policy = policy;
        this.detectors = detectors;
        phoneRegions = policy.ReadPhoneRegions;
        allowed = PrivacyTypes.All.ToDictionary(
            type => type,
            type => policy.Allow.Select(v => PrivacyValues.Normalize(type, v.Trim(), policy.ReadPhoneRegions)).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The scanner with every bundled detector under <paramref name="policy"/> (or <see cref="PrivacyPolicy.Default"/>).</summary>
    public static PrivacyScanner Create(PrivacyPolicy? policy = null)
    {
        policy ??= PrivacyPolicy.Default;
        return Create(policy, DefaultDetectors([.. policy.ReadPhoneRegions]));
    }

    /// <summary>A scanner with the given detectors under <paramref name="policy"/>.</summary>
    public static PrivacyScanner Create(PrivacyPolicy policy, IEnumerable<IPrivacyDetector> detectors)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(detectors);
        return new PrivacyScanner(policy, detectors.ToList());
    }

    /// <summary>Every bundled detector, reading national phone numbers as numbers of <paramref name="phoneRegions"/> (none given: US).</summary>
    public static IReadOnlyList<IPrivacyDetector> DefaultDetectors(params string[] phoneRegions) =>
    [
        new EmailDetector(), new PhoneDetector(phoneRegions), new PaymentCardDetector(), new IbanDetector(), new IpAddressDetector(),
        new NationalIdDetector(), new PemPrivateKeyDetector(), new JwtDetector(), new CredentialDetector(), new SecretEntropyDetector(),
    ];

    /// <summary>The policy this scanner applies.</summary>
    public PrivacyPolicy Policy { get; }

    /// <summary>The detectors this scanner runs.</summary>
    public IReadOnlyList<IPrivacyDetector> Detectors => detectors;

    /// <summary>The findings of <paramref name="text"/> and its score.</summary>
    public PrivacyScan Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<PrivacyFinding>();
        foreach (var detector in detectors)
        {
            foreach (var entity in detector.Detect(text))
            {
                if (entity.Confidence < Policy.MinConfidence || entity.Length <= 0)
                {
                    continue;
                }
                var value = text.Substring(entity.Start, entity.Length);
                var normalized = PrivacyValues.Normalize(entity.Type, value, phoneRegions);
                if (!allowed[entity.Type].Contains(normalized))
                {
                    candidates.Add(new PrivacyFinding(entity, value, normalized));
                }
            }
        }
        return new PrivacyScan(ResolveOverlaps(candidates, text.Length));
    }

    /// <summary>
    /// How strong a type's evidence is: card numbers, IBANs and national identifiers pass a check
    /// digit or a checksum (2); e-mail and IP addresses and credentials have a fixed structure or a
    /// name (1); a phone number is any run of digits libphonenumber can read as one (0), so it gives
    /// way to any other finding over the same characters.
    /// </summary>
    internal static int Strength(string type) => type switch
    {
        PrivacyTypes.Card or PrivacyTypes.Iban or PrivacyTypes.NationalId => 2,
        PrivacyTypes.Phone => 0,
        _ => 1,
    };

    /// <summary>Strongest first, then longest, then most confident, then earliest; a candidate that overlaps one already kept is dropped.</summary>
    internal static IReadOnlyList<PrivacyFinding> ResolveOverlaps(List<PrivacyFinding> candidates, int textLength)
    {
        if (candidates.Count <= 1)
        {
            return candidates;
        }
        candidates.Sort((a, b) => Strength(a.Type) != Strength(b.Type) ? Strength(b.Type).CompareTo(Strength(a.Type))
            : b.Length != a.Length ? b.Length.CompareTo(a.Length)
            : b.Confidence != a.Confidence ? b.Confidence.CompareTo(a.Confidence)
            : a.Start.CompareTo(b.Start));
        var taken = new bool[textLength];
        var kept = new List<PrivacyFinding>();
        foreach (var candidate in candidates)
        {
            if (taken.AsSpan(candidate.Start, candidate.Length).Contains(true))
            {
                continue;
            }
            taken.AsSpan(candidate.Start, candidate.Length).Fill(true);
            kept.Add(candidate);
        }
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}
