using Aligners.Functions.Extensions;
using Aligners.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// The Azure Functions isolated worker. Locally, src/LocalHost runs the same functions without a Functions host.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
// Inside the ASP.NET Core integration's middleware, which writes the problem this one sets as the result.
builder.UseMiddleware<InvalidRequestMiddleware>();
builder.Services.AddFunctionApp(builder.Configuration);
builder.Build().Run();
