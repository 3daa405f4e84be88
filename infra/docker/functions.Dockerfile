# The function app for Azure Container Apps (the alternative to Flex Consumption): no Functions
# host, so the app polls its own queues; KEDA scales it on queue length. From the repository root:
#   docker build -f infra/docker/functions.Dockerfile -t aligners-functions .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Functions/Aligners.Functions.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "Aligners.Functions.dll", "serve"]
