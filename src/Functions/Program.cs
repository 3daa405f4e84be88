using Aligners.Functions.Cli;

// One executable, two faces: `serve` (the default) is the Azure Functions custom handler and
// local server; the other verbs are the command-line tool. See Cli/CommandLine.cs.
return await CommandLine.InvokeAsync(args);

/// <summary>The function app's entry point (public for WebApplicationFactory in the tests).</summary>
public partial class Program;
