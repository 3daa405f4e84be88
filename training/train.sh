#!/usr/bin/env bash
# Runs the training pipeline (see training/README.md); installs its Debian packages when missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if ! /usr/bin/python3 -c "import torch, onnx, sentencepiece" 2>/dev/null || ! dpkg -s libopenblas0-pthread >/dev/null 2>&1 \
   || [ ! -f /usr/share/wordnet/data.noun ]; then
  echo "Installing python3-torch, python3-onnx, python3-sentencepiece, libopenblas0-pthread, wordnet-base from Debian..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-torch python3-onnx python3-sentencepiece libopenblas0-pthread wordnet-base >/dev/null
fi
PYTHONPATH="$here${PYTHONPATH:+:$PYTHONPATH}" exec /usr/bin/python3 -m aligners_training.pipeline "$@"
