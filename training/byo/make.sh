#!/usr/bin/env bash
# Writes the tiny bring-your-own test models into training/byo/models (or the folder given):
# tokenizer files with Hugging Face's tokenizers library (npm), then random-weight ONNX models,
# manifests and PyTorch golden outputs (Debian's python3-torch). See aligners_training/byo.py.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/models}"
(cd "$here" && npm install --no-audit --no-fund --silent)
node "$here/make_tokenizers.js" "$out"
PYTHONPATH="$here/.." /usr/bin/python3 -m aligners_training.byo "$out" 2> >(grep -v -i warning >&2)
