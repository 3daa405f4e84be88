namespace Aligners.LocalHost.Hosting;

/// <summary>
/// No storage is configured and the project's local Azurite cannot be used (not installed, not
/// found, or not answering on its ports): something the user fixes, so the command line reports it
/// as one line rather than a stack trace.
/// </summary>
public sealed class LocalStorageUnavailableException(string message) : Exception(message);
