#!/usr/bin/env bash
# Assembles the function app's deployment folder: host.json, one folder per function with its
# function.json, and the published app (with the bundled models) under app/.
#   bash scripts/publish.sh [OUT]      (default: publish/functionapp; also writes OUT.zip)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/publish/functionapp}"
rm -rf "$out"
mkdir -p "$out"
dotnet publish "$root/src/Functions/Aligners.Functions.csproj" -c Release -o "$out/app" --nologo -v quiet
cp "$root/host.json" "$out/"
for dir in "$root"/functions/*/; do
  name="$(basename "$dir")"
  mkdir -p "$out/$name"
  cp "$dir/function.json" "$out/$name/"
done
(cd "$out" && rm -f "../$(basename "$out").zip" && python3 -c "import shutil,sys; shutil.make_archive(sys.argv[1], 'zip', '.')" "../$(basename "$out")")
echo "Deployment folder: $out (zip: $out.zip)"
