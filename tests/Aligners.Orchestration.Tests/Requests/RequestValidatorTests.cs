using Aligners.Orchestration.Extensions;
using Aligners.Orchestration.Requests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Aligners.Orchestration.Tests.Requests;

/// <summary>
/// The validator as the app registers it (its options bound from configuration, the bundled models
/// read in process), without the engine or storage: validating JSON needs neither.
/// </summary>
[Trait("Category", "Unit")]
public sealed class RequestValidatorTests : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    private RequestValidator Validator => _services.GetRequiredService<RequestValidator>();

    public Task InitializeAsync()
    {
        _services = Services(new() { ["Requests:MaxTextCharacters"] = "50" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    /// <summary>The app's services over the bundled models and <paramref name="settings"/>.</summary>
    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        settings["Inference:ModelsDirectory"] = RepositoryPaths.Models;
        settings["Privacy:FingerprintKey"] = HostSettings.FingerprintKey;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddAlignmentServices()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false });
    }

    [Theory]
    [InlineData("""{"response": "r"}""", "prompt", false)]
    [InlineData("""{"prompt": "  ", "response": "r"}""", "prompt", false)]
    [InlineData("""{"prompt": "q"}""", "response", false)]
    [InlineData("""{"prompt": "q", "response": "r", "criteria": ["ethical", "tone"]}""", "criteria[1]", false)]
    [InlineData("""{"prompt": "q", "response": "r", "policy": "strict"}""", "policy", false)]
    [InlineData("""{"prompt": "q", "response": "r", "criteria": "ethical"}""", "body.criteria", false)]
    [InlineData("""{"prompt": "q", "response": "012345678901234567890123456789012345678901234567890"}""", "response", true)]
    [InlineData("""{"prompt": "q", "response": "r", "id": "a/b"}""", "id", false)]
    public async Task Parse_BadRequest_NamesTheField(string json, string field, bool tooLarge)
    {
        var e = await Assert.ThrowsAsync<InvalidRequestException>(() => Validator.ParseAsync(json, default));

        Assert.Equal(field, e.Field);
        Assert.Equal(tooLarge, e.TooLarge);
    }

    [Fact]
    public async Task Parse_GoodRequest_RecordsEachInspectorsCalibratedThresholdInThePolicy()
    {
        var calibrated = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Models, "inspector-ethical", "model.json")))!["threshold"]!.GetValue<double>();

        var (_, input) = await Validator.ParseAsync("""{"prompt": "q", "response": "r"}""", default);

        Assert.NotEqual(0.5, calibrated);
        Assert.Equal(calibrated, input.Policy.ThresholdOf("ethical"));
        Assert.Equal(input.Policy.Thresholds.Keys.Order(), ["ethical", "factuality", "helpful"]);
    }

    [Fact]
    public async Task Parse_PrivacyCriterion_IsKnownWhenNamed_ButNoDefault()
    {
        var (_, plain) = await Validator.ParseAsync("""{"prompt": "q", "response": "r"}""", default);
        var (_, named) = await Validator.ParseAsync("""{"prompt": "q", "response": "r", "criteria": ["privacy", "ethical"]}""", default);
        var unknown = await Assert.ThrowsAsync<InvalidRequestException>(() => Validator.ParseAsync("""{"prompt": "q", "response": "r", "criteria": ["tone"]}""", default));

        Assert.Equal(["ethical", "factuality", "helpful"], plain.Criteria);
        Assert.Equal(["privacy", "ethical"], named.Criteria);
        Assert.Equal(0.5, named.Policy.Thresholds["privacy"]);
        Assert.Contains("privacy", unknown.Problem);
    }

    [Fact]
    public async Task Parse_PolicyThreshold_WinsOverTheCalibratedOne()
    {
        await using var services = Services(new() { ["Alignment:Policies:default:Thresholds:ethical"] = "0.7" });

        var (_, input) = await services.GetRequiredService<RequestValidator>().ParseAsync("""{"prompt": "q", "response": "r"}""", default);

        Assert.Equal(0.7, input.Policy.ThresholdOf("ethical"));
    }

    [Fact]
    public async Task Parse_GoodRequest_ResolvesCriteriaAndPolicy()
    {
        var (_, input) = await Validator.ParseAsync("""{"prompt": "q", "response": "r"}""", default);

        Assert.Equal(["ethical", "factuality", "helpful"], input.Criteria);
        Assert.Equal("default", input.Policy.Name);
    }

    [Fact]
    public async Task ParseLines_BadLine_NamesItsLineNumber_BlankLinesSkipped()
    {
        var jsonl = "{\"prompt\": \"a\", \"response\": \"b\"}\n\n{\"prompt\": \"c\", \"response\": \"d\", \"criteria\": [\"x\"]}\n";

        var e = await Assert.ThrowsAsync<InvalidRequestException>(() => Validator.ParseLinesAsync(Encoding.UTF8.GetBytes(jsonl), default));

        Assert.Equal("lines[3].criteria[0]", e.Field);
    }

    [Fact]
    public async Task ParseLines_IdsDefaultToLineNumbers()
    {
        var lines = await Validator.ParseLinesAsync(Encoding.UTF8.GetBytes("{\"prompt\": \"a\", \"response\": \"b\"}\n{\"id\": \"x\", \"prompt\": \"c\", \"response\": \"d\"}"), default);

        Assert.Equal(["1", "x"], lines.Select(l => l.Input.Id));
    }
}
