#!/usr/bin/env bash
# Runs the whole test suite: installs what it needs (Azurite from npm, Debian's Python packages
# for the training smoke test, Debian's Chromium for the console's browser tests), runs every .NET
# test project with TRX results (the local host's tests beside the others) and the training tests,
# and ends with one line:
# "tests: N passed, N failed[, N skipped]".
#
# --fast runs the unit tier only ([Trait("Category", "Unit")]: no Azurite, no child process, no
# network): it builds, installs nothing, and skips the GPU build and the training tests.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
fast=0
case "${1:-}" in
  "") ;;
  --fast) fast=1 ;;
  *) echo "usage: scripts/test.sh [--fast]" >&2; exit 2 ;;
esac
results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

# The results' summary: passed, failed and skipped over the TRX files (and the training log, where there is one).
summarize() {
python3 - "$results" <<'PY'
import glob, os, re, sys
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    text = open(path, encoding="utf-8").read()
    m = re.search(r"<Counters ([^>]*)/>", text)
    if not m:
        continue
    c = dict(re.findall(r'(\w+)="(\d+)"', m.group(1)))
    passed += int(c.get("passed", 0))
    failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    skipped += int(c.get("notExecuted", 0))
training = sys.argv[1] + "/training.log"
if os.path.exists(training):
    log = open(training, encoding="utf-8").read()
    m = re.search(r"Ran (\d+) tests?", log)
    ran = int(m.group(1)) if m else 0
    bad = sum(int(x) for x in re.findall(r"(?:failures|errors)=(\d+)", log))
    sk = sum(int(x) for x in re.findall(r"skipped=(\d+)", log))
    if not m:
        bad += 1
    passed += ran - bad - sk
    failed += bad
    skipped += sk
line = f"tests: {passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
open(sys.argv[1] + "/summary.txt", "w").write(line + "\n")
PY
[ -s "$results/summary.txt" ] || echo "tests: 0 passed, 1 failed" > "$results/summary.txt"
if grep -qE ", [1-9][0-9]* failed" "$results/summary.txt" && [ $status -eq 0 ]; then status=1; fi
cat "$results/summary.txt"
}

if [ $fast -eq 1 ]; then
  status=0
  dotnet build Aligners.sln -c Release --nologo -v quiet || status=$?
  if [ $status -eq 0 ]; then
    dotnet test Aligners.sln -c Release --no-build --nologo --filter "Category=Unit" \
      --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?
  fi
  summarize
  exit $status
fi

SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
need=()
/usr/bin/python3 -c "import torch, onnx, sentencepiece" 2>/dev/null || need+=(python3-torch python3-onnx python3-sentencepiece)
dpkg -s libopenblas0-pthread >/dev/null 2>&1 || need+=(libopenblas0-pthread)
# The inspectors' open-vocabulary pairs read WordNet's nouns.
[ -f /usr/share/wordnet/data.noun ] || need+=(wordnet-base)
# The review console's browser tests drive Debian's Chromium through Playwright.
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing from Debian: ${need[*]}"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
# Azurite installs from npm (network and disk) while the solution builds (CPU).
bash scripts/azurite.sh install > "$results/azurite-install.log" 2>&1 &
azurite_install=$!

status=0
dotnet build Aligners.sln -c Release --nologo -v quiet || status=$?
if ! wait $azurite_install; then
  cat "$results/azurite-install.log"
  status=1
fi
# The GPU build of the inference server (CUDA build of ONNX Runtime) must compile too; it runs only on a GPU.
if [ $status -eq 0 ]; then
  echo "Building the inference server's GPU build (-p:UseCuda=true) ..."
  dotnet build src/Inference/Aligners.Inference.Server -c Release -p:UseCuda=true --nologo -v quiet || status=$?
fi

# One test project's run, its TRX named after it (runs side by side must not share a TRX name).
test_project() {
  local name
  name="$(basename "$1" .csproj)"
  dotnet test "$1" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$results" \
    --blame-hang --blame-hang-timeout 15m
}

if [ $status -eq 0 ]; then
  # The local host's tests, the longest run and mostly waiting on processes, Azurite and HTTP, start
  # first, in the background, with their output kept in a log; beside them the other test projects
  # run one after another, then the training tests.
  localhost_tests=tests/Aligners.LocalHost.Tests/Aligners.LocalHost.Tests.csproj
  test_project "$localhost_tests" > "$results/localhost-tests.log" 2>&1 &
  localhost_run=$!
  for project in tests/*/*.Tests.csproj; do
    [ "$project" = "$localhost_tests" ] && continue
    test_project "$project" || status=$?
  done
fi

# The training code: its smoke run and the committed models' golden check.
/usr/bin/python3 -m unittest discover -s training/tests -t training -v 2> "$results/training.log"
training_status=$?
tail -n 5 "$results/training.log"
[ $training_status -ne 0 ] && status=$training_status

if [ -n "${localhost_run:-}" ]; then
  wait $localhost_run
  localhost_status=$?
  echo "Local host tests:"
  cat "$results/localhost-tests.log"
  [ $localhost_status -ne 0 ] && status=$localhost_status
fi

summarize
exit $status
