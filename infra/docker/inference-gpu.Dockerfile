# The inference server, GPU build: the CUDA switch swaps in ONNX Runtime's CUDA package, and the
# app is published self-contained onto an NVIDIA CUDA runtime base with cuDNN. From the repository root:
#   docker build -f infra/docker/inference-gpu.Dockerfile -t aligners-inference:gpu .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Inference/Aligners.Inference.Server/Aligners.Inference.Server.csproj -c Release -o /app --nologo \
    -p:UseCuda=true -p:SelfContained=true

# ONNX Runtime 1.31.0 CUDA loads CUDA 13 (cuBLAS 13, cuRAND 10) and cuDNN 9.
FROM nvidia/cuda:13.0.0-cudnn-runtime-ubuntu24.04
RUN apt-get update && apt-get install -y --no-install-recommends libicu74 ca-certificates curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    Inference__ModelsDirectory=models \
    Inference__Execution__Device=cuda
EXPOSE 8080
HEALTHCHECK CMD ["curl", "-fs", "http://localhost:8080/healthz"]
ENTRYPOINT ["./Aligners.Inference.Server"]
