using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aligners.Functions.Tests.Apis;

[Collection(FunctionAppCollection.Name)]
public class LoggingTests(FunctionAppStorage storage)
{
    private sealed class CapturingProvider : ILoggerProvider
    {
        public ConcurrentBag<(LogLevel Level, string Message)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Entries.Add((logLevel, formatter(state, exception) + exception));
        }
    }

    [Fact]
    public async Task Align_PromptAndResponseText_NeverLoggedAtInformationOrAbove()
    {
        var provider = new CapturingProvider();
        await using var app = new FunctionApp(storage, new() { ["Logging:LogLevel:Default"] = "Trace" });
        await using var factory = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(provider)));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", FunctionApp.FunctionKey);
        const string prompt = "Zanzibar-secret-prompt: what is the capital of Peru?";
        const string response = "Quixotic-secret-response: the capital of Peru is Oslo.";

        var answer = await client.PostAsJsonAsync("/api/align", new { prompt, response });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains(provider.Entries, e => e.Level >= LogLevel.Information);
        Assert.DoesNotContain(provider.Entries, e => e.Level >= LogLevel.Information && (e.Message.Contains("Zanzibar") || e.Message.Contains("Quixotic")));
    }
}
