#!/usr/bin/env bash
# Fuzzes IncidentParser.Parse with AFL++ through SharpFuzz.
#   bash fuzz/run-afl.sh [SECONDS]     (default 600; findings go to fuzz/findings/)
# Needs Debian's afl++ and the SharpFuzz.CommandLine dotnet tool; installs both when run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
if ! command -v afl-fuzz >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
export PATH="$PATH:$HOME/.dotnet/tools"
command -v sharpfuzz >/dev/null || dotnet tool install --global SharpFuzz.CommandLine >/dev/null
out=fuzz/bin
rm -rf "$out" && dotnet publish fuzz/IncidentParsing.Fuzzing -c Release -o "$out" --nologo -v q
sharpfuzz "$out/IncidentParsing.dll"
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1
timeout --preserve-status "$seconds" afl-fuzz -i fuzz/corpus -o fuzz/findings -t 10000 -m none -- dotnet "$out/IncidentParsing.Fuzzing.dll" || true
crashes=$(find fuzz/findings -path '*crashes/id*' 2>/dev/null | wc -l)
echo "afl: $crashes crashing inputs in fuzz/findings"
[ "$crashes" -eq 0 ]
