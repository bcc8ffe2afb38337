#!/usr/bin/env python3
"""Reads a JUnit report as GitLab and Jenkins read it and checks that every finding of routekaart's
JSON report for the same files is a test case they show.

GitLab (lib/gitlab/ci/parsers/test/junit.rb): every <testcase> under <testsuite>; its status is
failed with a <failure> (whose text is shown), error with <error>, skipped with <skipped>, and
success otherwise (nothing shown but the name); `file` links the case to the repository file.
Jenkins (junit plugin): the classname is split at its last '.' into package and class.

  junit_readers.py REPORT.xml REPORT.json FAIL_ON
FAIL_ON: error, warning, info or never (the --fail-on of the run). Exit 0 when it holds.
"""
import json
import sys
import xml.etree.ElementTree as ET

RANK = {"info": 0, "warning": 1, "error": 2}


def main():
    xml_path, json_path, fail_on = sys.argv[1:4]
    report = json.load(open(json_path, encoding="utf-8"))
    suites = ET.parse(xml_path).getroot().findall("testsuite")
    problems = []
    for file, suite in zip(report["files"], suites):
        cases = suite.findall("testcase")
        # GitLab's view of each case.
        shown = []
        for case in cases:
            if case.find("failure") is not None:
                status, output = "failed", case.find("failure").text or ""
            elif case.find("error") is not None:
                status, output = "error", case.find("error").text or ""
            elif case.find("skipped") is not None:
                status, output = "skipped", case.find("skipped").text or ""
            else:
                status, output = "success", ""
            shown.append((case.get("name"), status, output, case.get("file"), case.get("classname")))
        for name, status, output, path, classname in shown:
            if file["path"] != "-" and path != file["path"]:
                problems.append(f"{name!r}: file={path!r}, expected {file['path']!r}")
            package, _, cls = classname.rpartition(".")
            if package != "routekaart" or cls in ("yaml", "yml") or not cls:
                problems.append(f"{name!r}: Jenkins shows package {package!r}, class {cls!r}")
            if status == "failed" and not output.strip():
                problems.append(f"{name!r}: a failed case without text")
        for d in file["findings"]:
            if d["rule"] == "RK107":  # the coverage case carries it
                matches = [s for s in shown if s[0].startswith(("coverage ", "dekking "))]
            else:
                matches = [s for s in shown if s[0].startswith(d["rule"] + " ")
                           and d["message"].replace("\n", " ") in s[0]]
            if len(matches) < 1:
                problems.append(f"{file['path']}: {d['rule']} {d['message']!r} is no test case")
                continue
            expect = "failed" if fail_on != "never" and RANK[d["severity"]] >= RANK[fail_on] else "success"
            if not any(m[1] == expect for m in matches):
                problems.append(f"{file['path']}: {d['rule']} {d['message']!r}: "
                                f"{[m[1] for m in matches]}, expected {expect}")
        declared = int(suite.get("tests")), int(suite.get("failures"))
        counted = len(cases), sum(1 for s in shown if s[1] == "failed")
        if declared != counted:
            problems.append(f"{file['path']}: tests/failures {declared}, counted {counted}")
    if len(suites) != len(report["files"]):
        problems.append(f"{len(suites)} suites for {len(report['files'])} files")
    for p in problems:
        print(f"FAIL: {xml_path}: {p}")
    if not problems:
        total = sum(len(s.findall("testcase")) for s in suites)
        print(f"ok: {xml_path}: {total} test cases, every finding shown")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
