using System.Net.Http.Headers;
using Azure.Core;
using Azure.Identity;

namespace Aligners.Inference.Client;

/// <summary>
/// Puts the caller's credentials on every request to the inference server: the API key when one
/// is configured, else a Microsoft Entra ID token for <see cref="InferenceOptions.Scope"/> from
/// the credential (the function app's managed identity through <c>DefaultAzureCredential</c>),
/// cached until shortly before it expires.
/// </summary>
public sealed class InferenceCredentials(InferenceOptions options, TokenCredential credential) : DelegatingHandler
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private AccessToken? _token;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            request.Headers.Remove("x-api-key");
            request.Headers.Add("x-api-key", options.ApiKey);
        }
        else if (!string.IsNullOrEmpty(options.Scope))
        {
            var token = await TokenAsync(options.Scope, cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> TokenAsync(string scope, CancellationToken ct)
    {
        if (_token is { } cached && cached.ExpiresOn - RefreshMargin > DateTimeOffset.UtcNow)
        {
            return cached.Token;
        }
        await _refresh.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_token is { } fresh && fresh.ExpiresOn - RefreshMargin > DateTimeOffset.UtcNow)
            {
                return fresh.Token;
            }
            try
            {
                _token = await credential.GetTokenAsync(new TokenRequestContext([scope]), ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is AuthenticationFailedException or CredentialUnavailableException)
            {
                throw new InferenceRequestException(
                    $"cannot get a token for the inference server (scope {scope}): {e.Message.Split('\n')[0]} " +
                    "Give the app a managed identity (or sign in locally), or set Inference:ApiKey.", e);
            }
            return _token.Value.Token;
        }
        finally
        {
            _refresh.Release();
        }
    }
}
