#!/usr/bin/env bash
# Writes the fact checker's capitals table from npm countries-list (see make_capitals.js).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
(cd "$here" && npm install --no-audit --no-fund --silent)
node "$here/make_capitals.js" "$@"
