#!/usr/bin/env python3
"""Brings PublicAPI.Unshipped.txt of the packable projects in line with the code, after a deliberate change of the
public API: builds each project, adds the symbols the analyzer reports as undeclared (RS0016) and removes the ones it
reports as gone (RS0017). Review the diff: every line is a promise to users.

usage: python3 tools/public-api.py
"""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECTS = ["src/IncidentParsing", "src/IncidentParsing.MeCab", "src/IncidentParsing.Testing"]
ADDED = re.compile(r"error RS0016: Symbol '(.*)' is not part of the declared public API")
REMOVED = re.compile(r"error RS0017: Symbol '(.*)' is part of the declared API, but is either not public or could not be found")


def sort_key(line):
    return re.sub(r"^(~|override |static |abstract |virtual |const |readonly |sealed )+", "", line)


def main():
    for project in PROJECTS:
        for _ in range(3):  # a project's own errors can hide a dependent's until it builds
            out = subprocess.run(["dotnet", "build", str(ROOT / project), "-c", "Release", "--no-incremental"],
                                 capture_output=True, text=True).stdout
            added = set(ADDED.findall(out))
            removed = set(REMOVED.findall(out))
            if not added and not removed:
                break
            path = ROOT / project / "PublicAPI.Unshipped.txt"
            lines = [l for l in path.read_text(encoding="utf-8").splitlines()[1:] if l and l not in removed]
            lines = sorted(set(lines) | added, key=sort_key)
            path.write_text("#nullable enable\n" + "\n".join(lines) + "\n", encoding="utf-8")
            print(f"{project}: +{len(added)} -{len(removed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
