namespace Aligners.Orchestration.Activities;

/// <summary>
/// An activity failure worth another attempt (throttling, a server error, a timeout, a dropped
/// connection). The engine's retry policies (<see cref="Workflows.Retries"/>) retry only these.
/// </summary>
public sealed class TransientActivityException(string message, Exception? inner = null) : Exception(message, inner);
