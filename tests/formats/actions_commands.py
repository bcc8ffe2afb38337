#!/usr/bin/env python3
"""Reads routekaart's output as the GitHub Actions runner reads a step's log, and reports every
line that the runner would take as a workflow command, and every line that a problem matcher
would take as a finding at a place where routekaart reported none.

The emulation follows the runner (actions/runner, src/Runner.Common/ActionCommand.cs and
src/Runner.Worker/ActionCommandManager.cs):
- output is decoded as UTF-8 (bytes that are not UTF-8 become U+FFFD) and split into lines at
  CR LF, CR and LF (.NET's StreamReader.ReadLine);
- a line is a command when, after .NET's String.TrimStart() (Char.IsWhiteSpace), it starts with
  "::" and has another "::" after it (TryParseV2), or when it holds "##[" anywhere with a "]"
  after it (the legacy TryParse). The runner acts only on the commands it knows (error, warning,
  notice, debug, group, endgroup, echo, add-mask, add-path, set-env, set-output, save-state,
  add-matcher, remove-matcher, stop-commands and the token that stop-commands names), case
  insensitively; this check counts every such line, whatever its name, so it is stricter.
- `::stop-commands::TOKEN` makes the runner ignore commands until `::TOKEN::`. This check does not
  stop: a line after a (forged) stop-commands still counts, so that a command hidden behind one,
  or the resuming `::TOKEN::` line itself, is found too.

Problem matchers: the pattern of GitHub's gcc matcher (lazy, as setup actions register it) and a
greedy variant of it. A match counts as forged unless its line, column and severity are those of
a finding in routekaart's JSON report of the same files, and its message does not start with the
text the hostile files use (FORGED).

  actions_commands.py --findings REPORT.json [--allow-annotations N] OUTPUT...

--allow-annotations N: OUTPUT is `--format github`; it must hold exactly N commands, each at the
start of its line, named error, warning or notice, with no property but file, line, col and title.
Every output must be UTF-8. Exit 0 when every output passes, 1 otherwise (each problem printed).
"""
import argparse
import json
import re
import sys

# .NET Char.IsWhiteSpace: what String.TrimStart() removes.
DOTNET_SPACE = ("\u0009\u000a\u000b\u000c\u000d\u0020\u0085\u00a0\u1680"
                "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                "\u2028\u2029\u202f\u205f\u3000")

GCC = re.compile(r"^(.*?):(\d+):(\d*):?\s+(?:fatal\s+)?(warning|error):\s+(.*)$")
GREEDY = re.compile(r"^(.+):(\d+):(\d+):\s+(error|warning|info|notice):\s+(.*)$")


def runner_lines(data):
    """The lines as the runner reads them."""
    text = data.decode("utf-8", errors="replace")
    return re.split(r"\r\n|\r|\n", text)


def command(line):
    """(form, name, properties, data) when the runner would parse `line` as a command."""
    trimmed = line.lstrip(DOTNET_SPACE)
    if trimmed.startswith("::"):
        end = trimmed.find("::", 2)
        if end >= 0:
            name, _, props = trimmed[2:end].partition(" ")
            return ("::", name, props, trimmed[end + 2:])
    start = line.find("##[")
    if start >= 0:
        end = line.find("]", start)
        if end >= 0:
            name, _, props = line[start + 3:end].partition(" ")
            return ("##[", name, props, line[end + 1:])
    return None


def own_annotation(line, found):
    form, name, props, _ = found
    return (form == "::" and line.startswith("::") and name in ("error", "warning", "notice")
            and all(p.split("=", 1)[0] in ("file", "line", "col", "title")
                    for p in props.split(",") if p))


def check_output(path, findings, allowed):
    problems = []
    with open(path, "rb") as f:
        data = f.read()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"{path}: not UTF-8 ({e})")
    lines = runner_lines(data)
    annotations = 0
    for number, line in enumerate(lines, 1):
        found = command(line)
        if found:
            if allowed is not None and own_annotation(line, found):
                annotations += 1
            else:
                problems.append(f"{path}:{number}: a workflow command ({found[0]}{found[1]}): "
                                f"{line!r}")
            continue
        for pattern in (GCC, GREEDY):
            match = pattern.match(line)
            if not match:
                continue
            where = (int(match.group(2)), int(match.group(3) or 0), match.group(4))
            if where not in findings or match.group(5).startswith("FORGED"):
                problems.append(f"{path}:{number}: a forged finding for a problem matcher "
                                f"{where}: {line!r}")
                break
    if allowed is not None and annotations != allowed:
        problems.append(f"{path}: {annotations} annotations, expected {allowed}")
    return problems, len(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--findings", required=True)
    parser.add_argument("--allow-annotations", type=int)
    parser.add_argument("outputs", nargs="+")
    args = parser.parse_args()
    with open(args.findings, encoding="utf-8") as f:
        report = json.load(f)
    findings = {(d["line"], d["column"], d["severity"]) for file in report["files"]
                for d in file["findings"]}
    failed = False
    for path in args.outputs:
        problems, count = check_output(path, findings, args.allow_annotations)
        for p in problems:
            print("FAIL: " + p)
        failed = failed or bool(problems)
        if not problems:
            print(f"ok: {path}: {count} lines, no command or location from a file")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
