namespace Aligners.Orchestration.Activities;

/// <summary>An activity failure that retrying will not fix (bad input, no LLM configured, an empty answer).</summary>
public sealed class PermanentActivityException(string message, Exception? inner = null) : Exception(message, inner);
