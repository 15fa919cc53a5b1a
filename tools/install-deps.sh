#!/usr/bin/env bash
# Installs kankei's Debian 12 packages when any is missing (needs root).
set -euo pipefail
packages=(build-essential cmake pkg-config libboost-graph-dev libmecab-dev mecab mecab-ipadic-utf8 mecab-utils
          nlohmann-json3-dev libspdlog-dev doctest-dev libcli11-dev libutf8proc-dev graphviz fonts-noto-cjk
          iso-codes python3 python3-networkx clang libclang-rt-14-dev
          chromium python3-pandas python3-matplotlib python3-scipy)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
