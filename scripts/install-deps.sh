#!/usr/bin/env bash
# Installs the Debian 12 packages tally builds and tests with, when any is missing.
# Runs as root (or through sudo when it is there); does nothing when all are present.
set -euo pipefail

packages=(
  g++ cmake make pkg-config       # toolchain
  libxapian-dev xapian-tools      # the search library; xapian-delve/xapian-compact for checks
  libcli11-dev                    # command-line parsing
  libreadline-dev                 # line editing and history in the interactive session
  help2man                        # man pages generated from --help at build time
  catch2                          # unit tests (v2)
  nlohmann-json3-dev              # JSON Lines input and --json output
  libzstd-dev zstd                # reads .zst feeds such as the bench corpus
  libgumbo-dev                    # HTML pages (a browser-grade HTML5 parser)
  libjemalloc-dev                 # tally-index's allocator (faster than glibc's for Xapian's many small strings)
  python3                         # the evaluation scorers
  tmux                            # the interactive-session test
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
