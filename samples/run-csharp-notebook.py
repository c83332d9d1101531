#!/usr/bin/env python3
"""Runs a C# Polyglot notebook without .NET Interactive: its code cells, in order, become one .NET 10
file-based program that `dotnet run` builds and runs, so a cell that stops compiling or throws fails CI.

    python3 samples/run-csharp-notebook.py samples/incidents-csharp.ipynb [--write-outputs]

- `#r "nuget: IncidentParsing[, VERSION]"` becomes `#:project` on src/IncidentParsing (the source tree);
  any other `#r "nuget: NAME, VERSION"` becomes `#:package NAME@VERSION`.
- `using` directives are moved to the top of the program; `display(x)` prints x, as the notebook shows it.
- With --write-outputs, what each cell printed is stored as that cell's output in the notebook.
Only the standard library is used."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORE_PROJECT = os.path.join(ROOT, "src", "IncidentParsing", "IncidentParsing.csproj")
NUGET_REF = re.compile(r'^\s*#r\s+"nuget:\s*([^,"\s]+)\s*(?:,\s*([^"\s]+))?\s*"\s*$')
USING = re.compile(r"^\s*using\s+[\w.]+(\s*=\s*[\w.<>]+)?\s*;\s*$")
MARKER = "#%%cell%%# "


def source_of(cell):
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def to_program(code_cells, program_dir):
    directives = ["#:property PublishAot=false", "#:property TreatWarningsAsErrors=true"]
    usings, body = [], []
    for index, cell in enumerate(code_cells):
        body.append(f'System.Console.WriteLine("{MARKER}{index}");')
        for line in source_of(cell).splitlines():
            ref = NUGET_REF.match(line)
            if ref and ref.group(1) == "IncidentParsing":
                directives.append("#:project " + os.path.relpath(CORE_PROJECT, program_dir).replace(os.sep, "/"))
            elif ref:
                directives.append(f"#:package {ref.group(1)}@{ref.group(2) or '*'}")
            elif USING.match(line) and not line.lstrip().startswith("using ("):
                usings.append(line.strip())
            else:
                body.append(line)
    shim = ["", "// The notebook's display(): Polyglot renders the value; here it is printed.",
            "static void display(object? value) => System.Console.WriteLine(value);"]
    return "\n".join(directives + sorted(set(usings)) + [""] + body + shim) + "\n"


def split_outputs(stdout, count):
    outputs = [""] * count
    current = None
    for line in stdout.splitlines(keepends=True):
        if line.startswith(MARKER):
            current = int(line[len(MARKER):].strip())
        elif current is not None:
            outputs[current] += line
    return outputs


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    notebook_path = os.path.abspath(argv[1])
    write_outputs = "--write-outputs" in argv[2:]
    with open(notebook_path, encoding="utf-8") as f:
        notebook = json.load(f)
    code_cells = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    program_dir = os.path.join(os.path.dirname(notebook_path), ".generated")
    os.makedirs(program_dir, exist_ok=True)
    name = os.path.splitext(os.path.basename(notebook_path))[0]
    program = os.path.join(program_dir, re.sub(r"[^A-Za-z0-9_]", "_", name) + ".cs")
    with open(program, "w", encoding="utf-8") as f:
        f.write(to_program(code_cells, program_dir))
    # The notebook's own folder is the working directory, as in Polyglot Notebooks.
    run = subprocess.run(["dotnet", "run", "--file", program], cwd=os.path.dirname(notebook_path),
                         capture_output=True, text=True, encoding="utf-8")
    sys.stderr.write(run.stderr)
    if run.returncode != 0:
        sys.stdout.write(run.stdout)
        print(f"run-csharp-notebook: {program} failed (exit {run.returncode})", file=sys.stderr)
        return 1
    outputs = split_outputs(run.stdout, len(code_cells))
    for index, (cell, text) in enumerate(zip(code_cells, outputs)):
        print(f"--- cell {index + 1}\n{text}", end="" if text.endswith("\n") or not text else "\n")
        if write_outputs:
            cell["execution_count"] = index + 1
            cell["outputs"] = [{"name": "stdout", "output_type": "stream", "text": text.splitlines(keepends=True)}] if text else []
    if write_outputs:
        with open(notebook_path, "w", encoding="utf-8") as f:
            json.dump(notebook, f, ensure_ascii=False, indent=1)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
