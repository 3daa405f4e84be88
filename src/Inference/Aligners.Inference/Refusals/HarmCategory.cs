namespace Aligners.Inference.Refusals;

/// <summary>
/// A kind of harmful request the refusal aligner recognises: how such requests read (for the
/// sentence encoder), why it declines them, what it offers instead, and whether the asker may be
/// in danger themselves (then the refusal gives crisis resources).
/// </summary>
/// <param name="Name">The category's name, as the audit trail records it.</param>
/// <param name="Requests">Requests of this kind in plain words, first person; the prompt is compared with each.</param>
/// <param name="Reason">Why not, as a clause: "taking what belongs to someone else is theft".</param>
/// <param name="Alternative">A safe alternative, as one or two whole sentences.</param>
/// <param name="Summary">The kind of request as a gerund phrase, for a prompt whose request cannot be restated.</param>
/// <param name="Crisis">The asker may harm themselves: the refusal is gentle and gives crisis lines.</param>
public sealed record HarmCategory(string Name, IReadOnlyList<string> Requests, string Reason, string Alternative, string Summary, bool Crisis = false);
