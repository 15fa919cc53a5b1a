#!/usr/bin/env bash
# The README's second command: installs the Debian 12 packages (as root),
# builds, runs the whole test suite under CTest, runs it again under
# AddressSanitizer + UndefinedBehaviorSanitizer, and fuzzes briefly.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2

echo "== the same tests under ASan + UBSan"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DKANKEI_SANITIZE=ON >/dev/null
cmake --build build-asan -j2
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir build-asan --output-on-failure -j2

echo "== a short fuzz run"
SECONDS_PER_TARGET=${SECONDS_PER_TARGET:-20} bash tests/fuzz/run.sh
