#!/usr/bin/env bash
# CPU and CUDA side by side, in one run on a machine with an NVIDIA GPU, the .NET 10 SDK, and the
# CUDA 12 and cuDNN 9 runtime libraries that ONNX Runtime's CUDA build loads. Builds the bench with
# the CUDA build of ONNX Runtime (-p:UseCuda=true) into its own folder, runs the inference bench on
# each device with the same threads, and writes both results and the card's name to OUT.
#   bash bench/gpu.sh [OUT]        (default: bench/results/gpu)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/bench/results/gpu}"
mkdir -p "$out"
bin="$out/bin"
dotnet build "$root/bench/Aligners.Bench/Aligners.Bench.csproj" -c Release -p:UseCuda=true -o "$bin" --nologo -v quiet
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader | tee "$out/gpu.txt"
threads=$(nproc)
for device in cpu cuda; do
  dotnet "$bin/Aligners.Bench.dll" inference --device "$device" --threads "$threads" --no-pytorch --output "$out/$device.json"
done
echo "Results in $out (cpu.json, cuda.json, gpu.txt)"
