"""How many of ExifTool's printed values we reproduce, on the shared corpus or any folder of files.

For every corpus file with an ExifTool 12.57 print reference (``shared/compat/exiftool-print/<path>.json``,
``exiftool -j -G1`` without ``-n``) — or, with ``--dir``, for every file under the given folders, the
reference made there and then by running the installed ``exiftool -j -G1 -r`` — runs
:func:`analysis.analyse` and compares, tag by tag, our printed
value (``report.metadata_print``, else the ``-n`` value of ``report.metadata``) with ExifTool's. Only tags
we read are compared (which tags we read is what ``bench/exiftool_agreement.py`` measures), in the standard
groups (IFD0, ExifIFD, GPS, InteropIFD, IFD1, IPTC, XMP-*, ICC*, JFIF, PNG, Photoshop) and File, and apart
from them in the maker-note groups (``Canon``, ``NikonCustom``...: ``is_maker`` of that bench). Values agree
as in the ``-n`` bench, and also where ExifTool's JSON gave a number for text we keep as text (Software
"8.0", FNumber "5.6"). ExifTool's ``Composite:`` tags are measured on their own (every tag of the
reference counts, a missing one as different), on the last line.

    .venv/bin/python bench/print_agreement.py                 # ../shared next to the repo
    .venv/bin/python bench/print_agreement.py /path/to/shared --show ExifIFD
    .venv/bin/python bench/print_agreement.py --dir /tmp/exiftool/t/images --dir /tmp/exiv2/test/data
"""

import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import analyse  # noqa: E402 (after the path set-up, so the script runs from anywhere)
from analysis.metadata.values import json_text  # noqa: E402
from bench.exiftool_agreement import (  # noqa: E402
    DEFAULT_SHARED,
    Counts,
    arguments,
    exiftool_references,
    is_maker,
    is_standard,
    misses_text,
    reference_files,
    values_equal,
)


def is_compared(group: str) -> bool:
    """The standard groups of the ``-n`` bench, and File."""
    return is_standard(group) or group == "File"


def printed_equal(ours: Any, theirs: Any) -> bool:
    """Whether our printed value is the one ExifTool printed: :func:`values_equal`, or our text of a
    number that ExifTool's JSON writer turned into that number (``"5.6"`` for 5.6)."""
    if values_equal(ours, theirs):
        return True
    if isinstance(ours, str) and isinstance(theirs, int | float) and not isinstance(theirs, bool):
        number = json_text(ours)
        return isinstance(number, int | float) and not isinstance(number, bool) and math.isclose(number, theirs)
    return False


@dataclass
class PrintAgreement:
    """Per-group counts (``total`` = tags compared, ``equal``), their sum over the standard groups and
    File (``overall``) and over the maker-note groups (``maker``), ExifTool's Composite tags (counted
    apart: every one of the reference, a missing one as different), and the differences."""

    groups: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    overall: Counts = field(default_factory=Counts)
    maker: Counts = field(default_factory=Counts)
    composite: Counts = field(default_factory=Counts)
    missed: Counter = field(default_factory=Counter)
    differences: list[tuple[str, str, Any, Any]] = field(default_factory=list)
    files: int = 0

    def share(self, prefix: str) -> float:
        """Equal tags, in %, over the groups whose name starts with ``prefix`` (100.0 for none)."""
        compared = [counts for group, counts in self.groups.items() if group.startswith(prefix)]
        total = sum(counts.total for counts in compared)
        return 100.0 * sum(counts.equal for counts in compared) / total if total else 100.0


def measure(shared: Path = DEFAULT_SHARED, show: str | None = None) -> PrintAgreement:
    """Run analyse() on every corpus file with a print reference and tally the agreement. ``show``
    keeps the differing values of groups starting with it in ``differences``."""
    return tally(print_references(shared), show)


def print_references(shared: Path) -> Iterator[tuple[Path, str, dict[str, Any]]]:
    """(file, label, print reference object) for every corpus file with a stored print reference."""
    for path, reference_path in reference_files(shared):
        relative = reference_path.relative_to(shared / "compat" / "exiftool")
        printed_path = shared / "compat" / "exiftool-print" / relative
        if printed_path.is_file():
            yield path, str(relative), json.loads(printed_path.read_text())[0]


def tally(references: Iterable[tuple[Path, str, dict[str, Any]]], show: str | None = None) -> PrintAgreement:
    """Run analyse() on each (file, label, print reference) and tally the agreement (see
    :func:`measure`); files the engine does not read (no file type) are left out."""
    result = PrintAgreement()
    for path, label, reference in references:
        report = analyse(path.read_bytes(), filename=path.name)
        if report.file.type is None:
            continue
        result.files += 1
        for key, theirs in reference.items():
            group, _, tag = key.partition(":")
            if group == "Composite":
                result.composite.add(*composite_equal(report, tag, theirs))
                continue
            if not (is_compared(group) or is_maker(group)) or tag not in report.metadata.get(group, {}):
                continue
            ours = report.metadata_print.get(group, {}).get(tag, report.metadata[group][tag])
            equal = printed_equal(ours, theirs)
            result.groups[group].add(True, equal)
            (result.overall if is_compared(group) else result.maker).add(True, equal)
            if not equal:
                result.missed[key] += 1
                if show and group.startswith(show):
                    result.differences.append((label, key, ours, theirs))
    return result


def composite_equal(report: Any, tag: str, theirs: Any) -> tuple[bool, bool]:
    """(present, equal) of one ``Composite:`` tag: our printed value, else our value, against ExifTool's."""
    derived = report.metadata.get("Composite", {})
    if tag not in derived:
        return False, False
    return True, printed_equal(report.metadata_print.get("Composite", {}).get(tag, derived[tag]), theirs)


def report_text(agreement: PrintAgreement, top: int) -> str:
    """The printed report."""
    out = [f"{agreement.files} files", "", f"{'group':<20}{'compared':>9}{'equal':>8}{'share':>9}"]
    rows = sorted(agreement.groups.items(), key=lambda item: (-item[1].total, item[0]))
    totals = [("all", agreement.overall), ("maker notes", agreement.maker), ("Composite (apart)", agreement.composite)]
    out += [f"{name:<20}{c.total:>9}{c.equal:>8}{c.share:>8.1f}%" for name, c in [*rows, *totals]]
    out += misses_text(agreement.missed, agreement.differences, top, "different")
    return "\n".join(out)


def main() -> None:
    args = arguments(__doc__, "exiftool-print", folders=True)
    references = exiftool_references(args.dir, numeric=False) if args.dir else print_references(args.shared)
    print(report_text(tally(references, args.show), args.top))


if __name__ == "__main__":
    main()
