#!/usr/bin/env bash
# Writes the fact checker's country and element tables from npm data packages (see make_capitals.js
# and make_elements.js; the packages, versions and licences are in Facts/Data/SOURCES.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
(cd "$here" && npm install --no-audit --no-fund --silent)
node "$here/make_capitals.js" "$@"
node "$here/make_elements.js"
