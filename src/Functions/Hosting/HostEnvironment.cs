namespace Aligners.Functions.Hosting;

/// <summary>How the process was started: under an Azure Functions host, or on its own.</summary>
public static class HostEnvironment
{
    /// <summary>The port the Functions host expects the custom handler on, when one runs.</summary>
    public static int? CustomHandlerPort(IConfiguration configuration) =>
        int.TryParse(configuration["FUNCTIONS_CUSTOMHANDLER_PORT"], out var port) ? port : null;

    /// <summary>Whether a Functions host delivers the triggers.</summary>
    public static bool UnderFunctionsHost(IConfiguration configuration) => CustomHandlerPort(configuration) is not null;
}
