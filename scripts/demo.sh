#!/usr/bin/env bash
# Quick start, part 1: install what is missing, build, index corpus/ into the default database
# ($TALLY_DB, else ${XDG_DATA_HOME:-~/.local/share}/tally/index) and run the example query.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
build/bin/tally-index corpus/
build/bin/tally-search "soldier deaths Feb 27"
