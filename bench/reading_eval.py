"""The reading of every image in a folder: what software, AI declaration and findings the engine
gives each file, for a person to check against what is known about the files.

    .venv/bin/python bench/reading_eval.py ../shared/corpus            # every file below the folder
    .venv/bin/python bench/reading_eval.py ../shared/corpus --min-severity medium --json out.json

Prints one block per file (summary, software with roles, AI declaration, findings with severity
and evidence places), then counts: files read, files per highest severity, findings per rule, AI
declarations per source, software names seen, and the engine's time per file.
"""

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import Severity, analyse  # noqa: E402

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".heic", ".heif", ".avif", ".tif", ".tiff", ".psd", ".bmp"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--min-severity", default="info", choices=[s.value for s in Severity])
    parser.add_argument("--json", type=Path, help="also write every file's reading as JSON here")
    args = parser.parse_args()
    floor = Severity(args.min_severity).rank
    files = sorted(p for p in args.folder.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)
    highest, rules, ai_by, software, timings, dumped = Counter(), Counter(), Counter(), Counter(), [], {}
    for path in files:
        data = path.read_bytes()
        started = time.perf_counter()
        report = analyse(data, filename=path.name)
        timings.append(time.perf_counter() - started)
        relative = path.relative_to(args.folder).as_posix()
        dumped[relative] = report.reading()
        top = report.findings[0].severity.value if report.findings else "none"
        highest[top] += 1
        print(f"\n== {relative}  [{report.file.type}; highest finding: {top}]")
        print(f"   summary: {report.summary}")
        if report.error:
            print(f"   error: {report.error}")
        for program in report.software:
            software[program.name] += 1
            places = "; ".join(place.where for place in program.places)
            print(f"   software: {program.name} {program.version or ''} ({program.role.value}) at {places}")
        if report.ai.declared:
            ai_by.update(report.ai.by)
            ai = report.ai
            print(f"   ai: declared by {', '.join(ai.by)}; generator {ai.generator}; model {ai.model}")
        for finding in report.findings:
            rules[finding.rule] += 1
            if finding.severity.rank >= floor:
                where = "; ".join(f"{e.where} = {str(e.value)[:60]}" for e in finding.evidence[:3])
                print(f"   {finding.severity.value:6} {finding.rule}: {finding.title} [{where}]")
    print(f"\n== {len(files)} files")
    print("highest severity per file:", dict(highest.most_common()))
    print("findings per rule:", dict(rules.most_common()))
    print("AI declarations by source:", dict(ai_by.most_common()))
    print("software seen:", dict(software.most_common(25)))
    if timings:
        print(f"analyse(): median {statistics.median(timings) * 1000:.1f} ms, max {max(timings) * 1000:.1f} ms")
    if args.json:
        args.json.write_text(json.dumps(dumped, indent=1, default=str))


if __name__ == "__main__":
    main()
