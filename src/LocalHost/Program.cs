using Aligners.LocalHost.Cli;

// The local stand-in for the Azure Functions host, and the command-line tool. See Cli/CommandLine.cs.
return await CommandLine.InvokeAsync(args);
