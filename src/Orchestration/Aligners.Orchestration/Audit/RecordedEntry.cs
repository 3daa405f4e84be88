namespace Aligners.Orchestration.Audit;

/// <summary>
/// What an append came to for one entry: the entry as recorded (for an id recorded before, the
/// first one) and whether this append wrote it, so that what happens once per entry (a completion
/// counted) happens once however often the step is delivered.
/// </summary>
public sealed record RecordedEntry(AuditEntry Entry, bool Appended);
