#!/usr/bin/env bash
# usage: tools/compare-native.sh NATIVE PORTABLE
#   NATIVE    the native (ahead-of-time compiled) incident-parse
#   PORTABLE  the portable one, as a command ("dotnet src/IncidentParsing.Cli/bin/Release/net10.0/incident-parse.dll")
# Both parse the seeds, ../shared/wild and ../shared/archive in every output format, and the conformance sets; every
# output must be the same bytes. Run from the repository root; CI runs it after installing the tool.
set -euo pipefail
native=$1
read -r -a portable <<<"$2"
shared=../shared
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

same() { # NAME ARGS...: runs both tools with ARGS (the output file is $out/<tool>.<NAME>) and compares the outputs
  local name=$1; shift
  "$native" "${@//@OUT@/$out/native.$name}" >/dev/null 2>"$out/native.err" || { cat "$out/native.err" >&2; exit 1; }
  "${portable[@]}" "${@//@OUT@/$out/portable.$name}" >/dev/null 2>"$out/portable.err" || { cat "$out/portable.err" >&2; exit 1; }
  cmp "$out/native.$name" "$out/portable.$name"
  echo "  same: $name ($(wc -c <"$out/native.$name") bytes)"
}

sets=(seeds)
if [ -d "$shared/wild/notices" ] && [ -d "$shared/archive/notices" ]; then
  sets+=(wild archive)
elif [ "${CI:-}" = true ]; then
  echo "$shared (wild, archive) is required in CI" >&2; exit 1
else
  echo "  $shared not beside the repository: seeds only" >&2
fi
files() {
  case $1 in
    seeds) echo seeds/*.txt ;;
    wild) echo "$shared"/wild/notices/*.txt ;;
    archive) echo "$shared"/archive/notices/*.txt ;;
  esac
}

for set in "${sets[@]}"; do
  # shellcheck disable=SC2046 # the file lists are globs without spaces
  same "$set.json" parse $(files "$set") -o @OUT@
  if [ "$set" != archive ]; then
    for format in jsonl csv parquet veris html; do
      # shellcheck disable=SC2046
      same "$set.$format" parse $(files "$set") -f "$format" -o @OUT@
    done
  fi
done
if command -v mecab >/dev/null; then
  # shellcheck disable=SC2046
  same seeds.mecab.json parse $(files seeds) --tokenizer mecab -o @OUT@
fi
for cases in tests/conformance/dates.jsonl tests/conformance/numbers.jsonl; do
  "$native" conformance "$cases" --json >"$out/native.conf"
  "${portable[@]}" conformance "$cases" --json >"$out/portable.conf"
  cmp "$out/native.conf" "$out/portable.conf"
  echo "  same: conformance $(basename "$cases")"
done
