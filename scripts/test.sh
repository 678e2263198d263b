#!/usr/bin/env bash
# Quick start, part 2 (and CI): install what is missing, build with warnings as errors, and run
# the whole test suite (unit tables, the seed scorers, end-to-end runs of the real programs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset test >/dev/null
cmake --build --preset test
ctest --preset test
