#!/usr/bin/env bash
# The quick start: installs local storage, builds, starts Azurite and the app on the local host, aligns samples/
# through the HTTP bulk API, prints a per-criterion before/after table and keeps serving
# (Ctrl-C stops the app and Azurite). Options go to the demo verb: --port N, --samples FILE.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/azurite.sh install
exec dotnet run --project src/LocalHost -c Release -- demo "$@"
