# The inference server, CPU build. From the repository root:
#   docker build -f infra/docker/inference.Dockerfile -t aligners-inference:cpu .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Inference/Aligners.Inference.Server/Aligners.Inference.Server.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    Inference__ModelsDirectory=models
EXPOSE 8080
HEALTHCHECK CMD ["curl", "-fs", "http://localhost:8080/healthz"]
ENTRYPOINT ["dotnet", "Aligners.Inference.Server.dll"]
