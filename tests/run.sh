#!/usr/bin/env bash
# Installs the build dependencies (Debian 12, as root), builds, and runs the
# whole test suite under CTest. The README's second command.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2
