# The function app without the Azure Functions host, for Azure Container Apps or any container host
# (the alternative to Flex Consumption): the local host serves the app's own [Function] classes,
# with the HTTP routes behind its key check, listeners on the app's queues, and the Durable Task
# engine in-process on Azure Storage; KEDA can scale it on queue length. The isolated worker
# itself (Aligners.Functions.dll) has no command line: it only runs under a Functions host.
# From the repository root:
#   docker build -f infra/docker/functions.Dockerfile -t aligners-functions .
# Run it with storage (AzureWebJobsStorage, or AzureWebJobsStorage__accountName and a managed
# identity), the keys (Keys__FunctionKeys__0, Keys__AdminKey, Keys__SystemKey) and the audit key
# (Audit__KeyVersion, Audit__HmacKey); without the audit key it refuses to start.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/LocalHost/Aligners.LocalHost.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
EXPOSE 8080
ENTRYPOINT ["dotnet", "Aligners.LocalHost.dll", "serve", "--urls", "http://0.0.0.0:8080"]
