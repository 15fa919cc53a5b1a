#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS seconds
# (default 30) over its corpus. Crashes are written to tests/fuzz/crashers/,
# where tests/test_fuzz_crashers.cpp replays them as regression tests.
#   bash tests/fuzz/run.sh          # short run, as CI does
#   SECONDS_PER_TARGET=3600 bash tests/fuzz/run.sh   # a long run
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${SECONDS_PER_TARGET:-30}
cmake -S . -B build-fuzz -DKANKEI_FUZZ=ON -DKANKEI_BUILD_TESTS=OFF -DCMAKE_CXX_COMPILER=clang++ \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j2 --target fuzz_text fuzz_graph_json
for target in fuzz_text fuzz_graph_json; do
  corpus=tests/fuzz/corpus/${target#fuzz_}
  work=$(mktemp -d)
  cp -r "$corpus"/. "$work"/ 2>/dev/null || true
  echo "fuzzing $target for ${seconds}s"
  build-fuzz/tests/fuzz/$target -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=tests/fuzz/crashers/$target- "$work" 2>&1 | tail -3
  rm -rf "$work"
done
# The crasher test replays files ending in .json as graphs: name graph crashes so.
for f in tests/fuzz/crashers/fuzz_graph_json-*; do
  [[ -e $f && $f != *.json ]] && mv "$f" "$f.json"
done
true
