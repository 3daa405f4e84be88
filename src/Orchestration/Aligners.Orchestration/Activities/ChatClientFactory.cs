using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Aligners.Orchestration.Activities;

/// <summary>
/// Builds the <see cref="IChatClient"/> of a <see cref="ChatEndpointOptions"/>. The SDK retries throttling
/// and server errors inside a call, honouring Retry-After (<see cref="ChatEndpointOptions.MaxRetries"/>);
/// the engine's retry policy retries whole calls beyond that.
/// </summary>
public static class ChatClientFactory
{
    /// <summary>The chat client, or null when the provider is none.</summary>
    public static IChatClient? Create(ChatEndpointOptions options)
    {
        var timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        return options.Provider switch
        {
            "azure-openai" => AzureClient(options, timeout).GetChatClient(options.Deployment).AsIChatClient(),
            "openai-compatible" => new OpenAIClient(new ApiKeyCredential(options.ApiKey!), new OpenAIClientOptions
            {
                Endpoint = options.Endpoint,
                RetryPolicy = new ClientRetryPolicy(options.MaxRetries),
                NetworkTimeout = timeout,
            }).GetChatClient(options.Deployment).AsIChatClient(),
            _ => null,
        };
    }

    private static AzureOpenAIClient AzureClient(ChatEndpointOptions options, TimeSpan timeout)
    {
        var clientOptions = new AzureOpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(options.MaxRetries), NetworkTimeout = timeout };
        return string.IsNullOrEmpty(options.ApiKey)
            ? new AzureOpenAIClient(options.Endpoint!, new DefaultAzureCredential(), clientOptions)
            : new AzureOpenAIClient(options.Endpoint!, new ApiKeyCredential(options.ApiKey), clientOptions);
    }
}
