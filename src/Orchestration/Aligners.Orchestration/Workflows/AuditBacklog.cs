namespace Aligners.Orchestration.Workflows;

/// <summary>
/// The audit entries an orchestration has stated (an inspection round's scores, as its history has
/// them) and not yet had recorded. They ride on the next step that records (an aligner, the review,
/// the release, the closing entry) and go into the record in the same append as that step's own
/// entry, so a round costs no request of its own.
/// </summary>
/// <remarks>
/// Built from the history only, so every replay carries the same entries to the same step, and a
/// step delivered twice carries them twice to a record that keeps each id once. They leave the
/// backlog only when the step that carried them completed: a step that failed left them unrecorded,
/// and the next one carries them again.
/// </remarks>
internal sealed class AuditBacklog
{
    private readonly List<AuditCall> _entries = [];

    /// <summary>States entries to record.</summary>
    public void Add(IEnumerable<AuditCall> entries) => _entries.AddRange(entries);

    /// <summary>The entries for the next recording step to carry; null when there are none.</summary>
    public IReadOnlyList<AuditCall>? Carry() => _entries.Count == 0 ? null : [.. _entries];

    /// <summary>The step that carried <paramref name="carried"/> completed: they are recorded.</summary>
    public void Recorded(IReadOnlyList<AuditCall>? carried) => _entries.RemoveRange(0, carried?.Count ?? 0);
}
