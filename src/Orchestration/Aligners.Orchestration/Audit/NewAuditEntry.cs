using System.Text.Json.Nodes;

namespace Aligners.Orchestration.Audit;

/// <summary>An entry to append to an instance's audit record: its step's id, its type (<see cref="AuditTypes"/>) and its data.</summary>
public sealed record NewAuditEntry(string Id, string Type, JsonObject Data);
