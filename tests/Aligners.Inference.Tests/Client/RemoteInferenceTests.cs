using Aligners.Inference.Client;
using Aligners.Inference.Extensions;
using Aligners.Inference.Tests.Server;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Aligners.Inference.Tests.Client;

/// <summary>
/// <see cref="RemoteInference"/> as the function app uses it (registered by
/// <c>AddAlignmentInference</c> in remote mode) against the real inference server in its own
/// process, over real sockets, with a fault-injecting proxy in between.
/// </summary>
[Trait("Category", "Integration")]
public class RemoteInferenceTests(InferenceServerFixture fixture) : IClassFixture<InferenceServerFixture>
{
    // A call's own timeout, long enough for a first generation on a machine other builds and test
    // runs share (one took over 10 s there); the test that is about timeouts sets its own.
    private static ServiceProvider Remote(Uri endpoint, int timeoutSeconds = 60, int retries = 3, string? apiKey = InferenceServerProcess.ApiKey,
        string? scope = null, TokenCredential? credential = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Inference:Mode"] = "remote",
            ["Inference:Endpoint"] = endpoint.ToString(),
            ["Inference:TimeoutSeconds"] = timeoutSeconds.ToString(),
            ["Inference:MaxRetries"] = retries.ToString(),
            ["Inference:ApiKey"] = apiKey,
            ["Inference:Scope"] = scope,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        if (credential is not null)
        {
            services.AddSingleton(credential);
        }
        services.AddAlignmentInference();
        return services.BuildServiceProvider();
    }

    private static IAlignmentInference Inference(ServiceProvider sp) => sp.GetRequiredService<IAlignmentInference>();

    [Fact]
    public async Task InspectAndAlign_EqualLocalInferenceOnTheSameModels()
    {
        using var sp = Remote(fixture.Server.BaseAddress);
        var remote = Inference(sp);
        await using var local = new LocalInference(Aligners.Inference.Models.ModelRegistry.Load(RepositoryPaths.Models, new Aligners.Inference.Execution.ExecutionOptions()),
            new Aligners.Inference.Inspection.BatchingOptions { Mode = "off" },
            () => Aligners.Inference.Embedding.SentenceEncoder.Load(AppContext.BaseDirectory, new Aligners.Inference.Execution.ExecutionOptions()));

        foreach (var criterion in new[] { "ethical", "factuality", "helpful" })
        {
            var r = await remote.InspectAsync(criterion, "What is the capital of Peru?", "The capital of Peru is Oslo.");
            var l = await local.InspectAsync(criterion, "What is the capital of Peru?", "The capital of Peru is Oslo.");
            Assert.Equal(l, r, 5);
        }
        var rewrite = await remote.AlignAsync("factuality", "What is the capital of Peru?", "The capital of Peru is Oslo.");
        var expected = await local.AlignAsync("factuality", "What is the capital of Peru?", "The capital of Peru is Oslo.");
        Assert.Equal(expected.Aligned, rewrite.Aligned);
        // The bundled aligners list their stock sentences: every rewrite sentence comes back beside its closest one.
        Assert.NotEmpty(rewrite.StockMatches!);
        Assert.Equal(expected.StockMatches!.Select(m => (m.Sentence, m.Stock, m.Question)), rewrite.StockMatches!.Select(m => (m.Sentence, m.Stock, m.Question)));
        Assert.Equal(6, (await remote.GetModelsAsync()).Count);
        var remoteTopic = await remote.SimilaritiesAsync("How do I cook rice?", ["Rinse it and simmer it.", "Paris is in France."]);
        var localTopic = await local.SimilaritiesAsync("How do I cook rice?", ["Rinse it and simmer it.", "Paris is in France."]);
        Assert.Equal(localTopic[0], remoteTopic[0], 5);
        Assert.Equal(localTopic[1], remoteTopic[1], 5);
        Assert.True(remoteTopic[0] > remoteTopic[1]);
    }

    [Fact]
    public async Task ServerErrorsAndThrottling_AreRetriedHonouringRetryAfter_AndTheServerRunsTheCallOnce()
    {
        await using var proxy = await FaultProxy.StartAsync(fixture.Server.BaseAddress);
        using var sp = Remote(proxy.BaseAddress);
        proxy.Enqueue(new Fault.Status(503), new Fault.Status(429, RetryAfter: "1"));
        var started = DateTime.UtcNow;

        var score = await Inference(sp).InspectAsync("helpful", "How do I cook rice?", "Just search it online.");

        Assert.InRange(score, 0f, 1f);
        Assert.Equal(3, proxy.Received);
        Assert.Equal(1, proxy.Forwarded);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(0.9), "the client did not wait for Retry-After");
    }

    [Fact]
    public async Task TimeoutAndDroppedConnection_AreRetried()
    {
        await using var proxy = await FaultProxy.StartAsync(fixture.Server.BaseAddress);
        using var sp = Remote(proxy.BaseAddress, timeoutSeconds: 2);
        proxy.Enqueue(new Fault.Delay(TimeSpan.FromSeconds(6)), new Fault.Drop());

        var score = await Inference(sp).InspectAsync("ethical", "What is 2 plus 2?", "It's 4.");

        Assert.InRange(score, 0f, 1f);
        // Each fault cost one attempt and was retried. A forwarded attempt may itself outlive the
        // per-attempt timeout on a loaded machine and be retried too, so it is counted, not fixed.
        Assert.InRange(proxy.Forwarded, 1, 2);
        Assert.Equal(proxy.Forwarded + 2, proxy.Received);
    }

    [Fact]
    public async Task FailuresBeyondTheRetryLimit_EndAsAClearFailure()
    {
        await using var proxy = await FaultProxy.StartAsync(fixture.Server.BaseAddress);
        using var sp = Remote(proxy.BaseAddress, retries: 2);
        proxy.Enqueue([.. Enumerable.Repeat<Fault>(new Fault.Status(503), 10)]);

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => Inference(sp).InspectAsync("ethical", "q", "r"));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, e.StatusCode);
        Assert.Contains("503", e.Message);
        Assert.Equal(3, proxy.Received);
        Assert.Equal(0, proxy.Forwarded);
    }

    [Fact]
    public async Task BadRequest_IsPermanent_NotRetried()
    {
        await using var proxy = await FaultProxy.StartAsync(fixture.Server.BaseAddress);
        using var sp = Remote(proxy.BaseAddress);

        var e = await Assert.ThrowsAsync<InferenceRequestException>(() => Inference(sp).InspectAsync("tone", "q", "r"));

        Assert.Contains("400", e.Message);
        Assert.Equal(1, proxy.Forwarded);
    }

    [Fact]
    public async Task ServerRestartInTheMiddleOfARequest_IsRetriedOnTheNewProcess()
    {
        await using var first = await InferenceServerProcess.StartAsync();
        // Retries enough for the new process to start and load its models (503 with Retry-After
        // while it loads), on a machine busy with other work too.
        using var sp = Remote(first.BaseAddress, timeoutSeconds: 20, retries: 10);
        var remote = Inference(sp);
        await remote.GetModelsAsync();

        var call = remote.AlignAsync("helpful", "How do I cook rice?", "Just search it online.", new AlignRequestOptions(MaxNewTokens: 64));
        await Task.Delay(30);
        Assert.False(call.IsCompleted, "the call finished before the server went down");
        first.Kill();
        await using var second = await InferenceServerProcess.StartAsync(port: first.Port);

        var rewrite = await call;

        Assert.False(string.IsNullOrWhiteSpace(rewrite.Aligned));
    }

    [Fact]
    public async Task EntraToken_FromTheCredential_IsAccepted_AndAMissingCredentialSaysSo()
    {
        await using var issuer = await TestTokenIssuer.StartAsync();
        var settings = InferenceServerProcess.DefaultSettings();
        settings["Auth:Authority"] = issuer.Authority;
        settings["Auth:Audience"] = "api://aligners-inference";
        settings["Auth:RequireHttpsMetadata"] = "false";
        settings["Auth:AllowedCallers:0"] = TestTokenIssuer.FunctionAppObjectId;
        await using var server = await InferenceServerProcess.StartAsync(settings);

        using (var sp = Remote(server.BaseAddress, apiKey: null, scope: "api://aligners-inference/.default", credential: issuer.Credential("api://aligners-inference")))
        {
            Assert.InRange(await Inference(sp).InspectAsync("ethical", "What is 2 plus 2?", "It's 4."), 0f, 1f);
        }
        using (var sp = Remote(server.BaseAddress, apiKey: null, scope: "api://aligners-inference/.default", credential: new UnavailableCredential()))
        {
            var e = await Assert.ThrowsAsync<InferenceRequestException>(() => Inference(sp).InspectAsync("ethical", "q", "r"));
            Assert.Contains("cannot get a token for the inference server", e.Message);
            Assert.Contains("Inference:ApiKey", e.Message);
        }
    }

    /// <summary>A credential with nothing to offer, as DefaultAzureCredential is on a machine without an identity.</summary>
    private sealed class UnavailableCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new CredentialUnavailableException("DefaultAzureCredential failed to retrieve a token from the included credentials.");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromException<AccessToken>(new CredentialUnavailableException("DefaultAzureCredential failed to retrieve a token from the included credentials."));
    }
}
