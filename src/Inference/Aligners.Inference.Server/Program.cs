using Aligners.Inference.Server.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddInferenceServer();

var app = builder.Build();
app.MapInferenceServer();
app.Run();

/// <summary>The inference server's entry point (public for the integration tests' WebApplicationFactory).</summary>
public partial class Program;
