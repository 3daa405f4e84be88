#!/usr/bin/env bash
# The project's local Azurite: install (from npm into tools/azurite/node_modules, git-ignored).
# The app and the tests start and stop it themselves; this script only installs it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
case "${1:-install}" in
  install)
    if [ ! -x "$root/tools/azurite/node_modules/.bin/azurite" ]; then
      echo "Installing Azurite from npm into tools/azurite ..."
      (cd "$root/tools/azurite" && npm ci --no-audit --no-fund --loglevel=error)
    fi
    ;;
  *)
    echo "usage: scripts/azurite.sh install" >&2
    exit 2
    ;;
esac
