#!/usr/bin/env bash
# Publishes the function app (isolated worker) for deployment: the worker, functions.metadata,
# host.json, the host extensions in .azurefunctions, and the bundled models.
#   bash scripts/publish.sh [OUT]      (default: publish/functionapp; also writes OUT.zip)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/publish/functionapp}"
rm -rf "$out"
dotnet publish "$root/src/Functions/Aligners.Functions.csproj" -c Release -o "$out" --nologo -v quiet
(cd "$out" && rm -f "../$(basename "$out").zip" && python3 -c "import shutil,sys; shutil.make_archive(sys.argv[1], 'zip', '.')" "../$(basename "$out")")
echo "Deployment folder: $out (zip: $out.zip)"
