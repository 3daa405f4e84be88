namespace Aligners.Inference.Tests.Server;

/// <summary>One server process for a test class.</summary>
public sealed class InferenceServerFixture : IAsyncLifetime
{
    public InferenceServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await InferenceServerProcess.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
