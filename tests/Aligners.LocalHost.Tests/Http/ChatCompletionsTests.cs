using System.ClientModel;
using System.Security.Cryptography;
using OpenAI;
using OpenAI.Chat;

namespace Aligners.LocalHost.Tests.Http;

/// <summary>
/// A host whose upstream LLM is the loopback chat-completions server. Its tenant acme's key digest is
/// configured but the key is no function key (revoked at the platform); the quick start's function
/// key is the default tenant's. Two more tenants check privacy, one giving the caller's values back
/// (mode upstream), one leaving them redacted (mode both, cards masked). It logs at Information, so
/// that what its logs leave out is tested.
/// </summary>
public sealed class ChatHostFixture : IAsyncLifetime
{
    public const string RestoringKey = "restoring-key-0123456789abcdef";

    public const string RedactingKey = "redacting-key-0123456789abcdef";

    public AzuriteFixture Azurite { get; } = new();

    public const string RevokedKey = "revoked-acme-key-0123456789";

    public ChatCompletionsServer Upstream { get; private set; } = null!;

    public LocalHostProcess Host { get; private set; } = null!;

    public Dictionary<string, string?> Settings { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Azurite.InitializeAsync();
        Upstream = await ChatCompletionsServer.StartAsync();
        var settings = Settings = HostSettings.Fresh(Azurite);
        settings["Llm:Provider"] = "openai-compatible";
        settings["Llm:Endpoint"] = new Uri(Upstream.BaseAddress, "v1").ToString();
        settings["Llm:Deployment"] = "upstream-model";
        settings["Llm:ApiKey"] = "upstream-key";
        settings["Tenants:acme:KeySha256:0"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(RevokedKey)));
        settings["Api:ChatKeepAliveSeconds"] = "0.05";
        foreach (var (tenant, key, mode) in new[] { ("restoring", RestoringKey, "upstream"), ("redacting", RedactingKey, "both") })
        {
            settings[$"Keys:FunctionKeys:{(mode == "upstream" ? 3 : 4)}"] = key;
            settings[$"Tenants:{tenant}:KeySha256:0"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
            settings[$"Tenants:{tenant}:Policies:default:Criteria:0"] = "privacy";
            settings[$"Tenants:{tenant}:Policies:default:Privacy:Mode"] = mode;
            settings[$"Tenants:{tenant}:Policies:default:Privacy:RedactionByType:card"] = "mask";
        }
        settings["Logging:LogLevel:Default"] = "Information";
        settings["Logging:LogLevel:DurableTask"] = "Information";
        settings["Logging:LogLevel:Microsoft.DurableTask"] = "Information";
        Host = await LocalHostProcess.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Upstream.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

/// <summary><c>/api/v1/chat/completions</c> with the official OpenAI .NET client, plain and streaming, and raw HTTP for the errors.</summary>
[Trait("Category", "Integration")]
public class ChatCompletionsTests(ChatHostFixture fixture) : IClassFixture<ChatHostFixture>
{
    /// <summary>The official client, with the key as its API key and, as the Functions host reads it, as <c>x-functions-key</c>.</summary>
    private ChatClient OfficialClient(string key = HostSettings.FunctionKey)
    {
        var options = new OpenAIClientOptions { Endpoint = new Uri(fixture.Host.BaseAddress, "api/v1") };
        options.AddPolicy(new FunctionsKeyPolicy(key), System.ClientModel.Primitives.PipelinePosition.PerCall);
        return new OpenAIClient(new ApiKeyCredential(key), options).GetChatClient("gpt-4o-mini");
    }

    private async Task<JsonElement> InstanceOutputAsync(string completionId)
    {
        var status = await fixture.Host.Client().GetFromJsonAsync<JsonElement>($"api/align/{completionId["chatcmpl-".Length..]}");
        return status.GetProperty("output");
    }

    [Fact]
    public async Task OfficialClient_Plain_GetsTheAlignedAnswer_WithTheAlignmentAlongside()
    {
        fixture.Upstream.DefaultAnswer = _ => "Just search it online.";

        var result = await OfficialClient().CompleteChatAsync(
            [new SystemChatMessage("You are terse."), new UserChatMessage("How do I cook rice?")],
            new ChatCompletionOptions { Temperature = 0.2f, EndUserId = "user-7" });

        var output = await InstanceOutputAsync(result.Value.Id);
        Assert.Equal(output.GetProperty("aligned").GetString(), result.Value.Content[0].Text);
        Assert.NotEqual("Just search it online.", result.Value.Content[0].Text);
        Assert.Equal(ChatFinishReason.Stop, result.Value.FinishReason);
        Assert.Equal("upstream-model", result.Value.Model);
        var raw = JsonDocument.Parse(result.GetRawResponse().Content.ToString()).RootElement;
        Assert.Contains("helpful", raw.GetProperty("alignment").GetProperty("applied").EnumerateArray().Select(a => a.GetString()));
        var upstream = fixture.Upstream.Requests.Last();
        Assert.Equal(["system", "user"], upstream["messages"]!.AsArray().Select(m => m!["role"]!.GetValue<string>()));
        Assert.Equal("user-7", upstream["user"]!.GetValue<string>());
    }

    [Fact]
    public async Task OfficialClient_Streaming_GetsTheAlignedAnswerInChunks()
    {
        fixture.Upstream.DefaultAnswer = _ => "Just search it online.";

        var text = new StringBuilder();
        string? id = null;
        ChatFinishReason? finish = null;
        await foreach (var update in OfficialClient().CompleteChatStreamingAsync([new UserChatMessage("How do I cook rice?")]))
        {
            id ??= update.CompletionId;
            finish ??= update.FinishReason;
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }
        }

        var output = await InstanceOutputAsync(id!);
        Assert.Equal(output.GetProperty("aligned").GetString(), text.ToString());
        Assert.Equal(ChatFinishReason.Stop, finish);
    }

    [Fact]
    public async Task Stream_WhileTheUpstreamIsSlow_SendsKeepAliveComments_ThenDone()
    {
        fixture.Upstream.Enqueue(new ScriptedReply(200, "The capital of France is Paris.", DelayMs: 600));
        var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/chat/completions")
        {
            Content = new StringContent("""{"model": "m", "stream": true, "messages": [{"role": "user", "content": "What is the capital of France?"}]}""", Encoding.UTF8, "application/json"),
        };
        var response = await fixture.Host.Client().SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(": keep-alive\n\n", body);
        Assert.True(body.IndexOf(": keep-alive", StringComparison.Ordinal) < body.IndexOf("data: {", StringComparison.Ordinal));
        Assert.EndsWith("data: [DONE]\n\n", body);
        Assert.Contains("\"finish_reason\":\"stop\"", body);
    }

    [Theory]
    [InlineData("not-a-key-at-all-0123")]
    [InlineData(ChatHostFixture.RevokedKey)]
    public async Task KeyThePlatformDoesNotHold_Is401_EvenWhenATenantListsItsDigest(string key)
    {
        var e = await Assert.ThrowsAsync<ClientResultException>(() => OfficialClient(key).CompleteChatAsync([new UserChatMessage("Hi")]));

        Assert.Equal(401, e.Status);
    }

    [Fact]
    public async Task BearerAlone_IsNoKeyThePlatformReads_Is401()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/chat/completions")
        {
            Content = new StringContent("""{"messages": [{"role": "user", "content": "Hi"}]}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", HostSettings.FunctionKey);

        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Host.Client(null).SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("""{"messages": []}""", "messages")]
    [InlineData("""{"messages": [{"role": "assistant", "content": "Hello"}]}""", "messages[0]")]
    [InlineData("""{"messages": [{"role": "wizard", "content": "Hello"}]}""", "messages[0].role")]
    [InlineData("""{"messages": [{"role": "user", "content": "Hi"}], "temperature": 7}""", "temperature")]
    [InlineData("""{"messages": [{"role": "user", "content": "Hi"}], "n": 3}""", "n")]
    public async Task BadRequest_Is400NamingTheParam(string json, string param)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/chat/completions") { Content = new StringContent(json, Encoding.UTF8, "application/json") };

        var response = await fixture.Host.Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.Equal(param, error.GetProperty("param").GetString());
    }

    [Theory]
    [InlineData(ChatHostFixture.RestoringKey, "I will write to jane.doe@example.com and charge 4111 1111 1111 1111; [EMAIL_2] confirms.")]
    [InlineData(ChatHostFixture.RedactingKey, "I will write to [EMAIL_1] and charge **** **** **** 1111; [EMAIL_2] confirms.")]
    public async Task PromptWithAnEmailAndACard_ReachesTheUpstreamAsPlaceholders_AndComesBackAsThePolicySays_WithNoValueRecordedOrLogged(
        string key, string expected)
    {
        const string email = "jane.doe@example.com";
        const string card = "4111 1111 1111 1111";
        // The card as it may be written anywhere; its first group alone also stands in timings ("28.4111ms").
        string[] cardForms = [card, card.Replace(" ", ""), card.Replace(' ', '-')];
        fixture.Upstream.Enqueue(new ScriptedReply(200, "I will write to [EMAIL_1] and charge [CARD_1]; bob@corp.example.org confirms."));
        var before = fixture.Upstream.Requests.Count;

        var result = await OfficialClient(key).CompleteChatAsync(
            [new SystemChatMessage("You are the billing desk."), new UserChatMessage($"Please send the receipt to {email} and charge my card {card}.")]);

        var received = fixture.Upstream.Requests.Skip(before).Single().ToJsonString();
        Assert.Contains("[EMAIL_1]", received);
        Assert.Contains("[CARD_1]", received);
        Assert.DoesNotContain(email, received);
        Assert.All(cardForms, c => Assert.DoesNotContain(c, received));
        // The caller's values back or redacted; the address the upstream made up, redacted either way.
        Assert.Equal(expected, result.Value.Content[0].Text);
        var alignment = JsonDocument.Parse(result.GetRawResponse().Content.ToString()).RootElement.GetProperty("alignment");
        Assert.Equal(["email", "card"], alignment.GetProperty("privacy").GetProperty("request").EnumerateArray().Select(f => f.GetProperty("type").GetString()));
        var instanceId = result.Value.Id["chatcmpl-".Length..];
        var record = await new BlobContainerClient(fixture.Azurite.ConnectionString, fixture.Settings["Storage:AuditContainer"])
            .GetBlobClient($"{instanceId}.jsonl").DownloadContentAsync();
        var lines = record.Value.Content.ToString();
        Assert.Contains("\"Released\"", lines);
        Assert.DoesNotContain(email, lines);
        Assert.All(cardForms, c => Assert.DoesNotContain(c, lines));
        var logs = fixture.Host.Output;
        Assert.Contains(instanceId, logs);
        Assert.DoesNotContain(email, logs);
        Assert.All(cardForms, c => Assert.DoesNotContain(c, logs));
    }
}

/// <summary>Sends the key as <c>x-functions-key</c> on every call, the header the Functions host reads.</summary>
internal sealed class FunctionsKeyPolicy(string key) : System.ClientModel.Primitives.PipelinePolicy
{
    public override void Process(System.ClientModel.Primitives.PipelineMessage message, IReadOnlyList<System.ClientModel.Primitives.PipelinePolicy> pipeline, int currentIndex)
    {
        message.Request.Headers.Set("x-functions-key", key);
        ProcessNext(message, pipeline, currentIndex);
    }

    public override ValueTask ProcessAsync(System.ClientModel.Primitives.PipelineMessage message, IReadOnlyList<System.ClientModel.Primitives.PipelinePolicy> pipeline, int currentIndex)
    {
        message.Request.Headers.Set("x-functions-key", key);
        return ProcessNextAsync(message, pipeline, currentIndex);
    }
}
