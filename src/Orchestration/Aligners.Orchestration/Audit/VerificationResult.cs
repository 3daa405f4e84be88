namespace Aligners.Orchestration.Audit;

/// <summary>
/// Outcome of verifying an audit record: valid, or the first bad entry and why.
/// <see cref="Unkeyed"/> marks a valid record holding entries from before keyed chaining: their
/// SHA-256 chain holds, which shows they were not damaged, but anyone who could write the blob
/// could have written them, so they prove nothing about who did.
/// </summary>
public sealed record VerificationResult(bool Valid, int Entries, long? FirstBadSeq, string? Reason, bool Unkeyed = false)
{
    /// <summary>A record whose every entry checks out.</summary>
    public static VerificationResult Ok(int entries) => new(true, entries, null, null);

    /// <summary>A record whose chain holds but which has entries without a key version.</summary>
    public static VerificationResult UnkeyedOk(int entries) => new(true, entries, null, null, Unkeyed: true);

    /// <summary>A record whose entry <paramref name="seq"/> is the first that fails.</summary>
    public static VerificationResult Bad(int entries, long seq, string reason) => new(false, entries, seq, reason);
}
