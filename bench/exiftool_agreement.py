"""How much of ExifTool's output we reproduce, on the shared corpus, and how fast.

For every corpus file with an ExifTool 12.57 reference (``shared/compat/exiftool/<path>.json``,
``exiftool -j -G1 -n``), runs :func:`analysis.analyse` on the bytes and compares ``metadata`` with
the reference tag by tag ("Group:Tag"). A tag counts as *present* when we give that group and tag,
and as *equal* when the values agree: numbers within 1e-4 relative; a number ExifTool printed as a
string (more than 16 decimals) or a boolean it printed from text compares by value; lists element by
element (a space-separated string of numbers ExifTool printed for a fixed-size array matches our
list); ``(Binary data N bytes, ...)`` and ``base64:...`` match our ``{"binary": N}``. The groups
Composite, System, File and ExifTool are left out: they are ExifTool's derivations and file-system
facts, not metadata read from the file.

Prints a table per group, the share of equal tags for the standard groups and for the maker-note
groups of the nine brands (overall and per file type), the most-missed tags, and the time of
``analyse()`` per file type (median and p95, in ms).

    .venv/bin/python bench/exiftool_agreement.py                 # ../shared next to the repo
    .venv/bin/python bench/exiftool_agreement.py /path/to/shared --top 40 --show XMP-crs
"""

import argparse
import base64
import binascii
import json
import math
import os
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import analyse  # noqa: E402 (after the path set-up, so the script runs from anywhere)

DEFAULT_SHARED = Path(os.environ.get("IMGMETA_SHARED", ROOT.parent / "shared"))
EXCLUDED_GROUPS = frozenset({"Composite", "System", "File", "ExifTool"})
STANDARD_GROUPS = frozenset({"IFD0", "ExifIFD", "GPS", "InteropIFD", "IFD1", "JFIF", "PNG", "Photoshop"})
MAKER_BRANDS = ("Canon", "Nikon", "Apple", "Sony", "FujiFilm", "Olympus", "Panasonic", "Pentax", "Samsung")
# Where each reference folder's files are in the corpus (the reference mirrors the corpus layout).
CORPUS_ROOTS = {"formats": "corpus/formats", "provenance": "corpus/provenance"}
EXIF_SAMPLES = "corpus/exif-samples"
BINARY_TEXT = re.compile(r"\(Binary data (\d+) bytes, use -b option to extract\)")
REL_TOLERANCE = 1e-4


def is_standard(group: str) -> bool:
    """IFD0, ExifIFD, GPS, InteropIFD, IFD1, IPTC, XMP-*, ICC*, JFIF, PNG, Photoshop (a second
    IPTC block or ICC profile, ``IPTC2``/``ICC_Profile2``, counts with its kind)."""
    return group in STANDARD_GROUPS or group.startswith(("XMP-", "ICC")) or re.fullmatch(r"IPTC\d*", group) is not None


def is_maker(group: str) -> bool:
    """Maker-note groups of the nine brands (``Canon``, ``CanonCustom``, ``NikonCustom``, ...)."""
    return group.startswith(MAKER_BRANDS)


@dataclass
class Counts:
    """Tags in the reference, how many of them we give, and how many with an equal value."""

    total: int = 0
    present: int = 0
    equal: int = 0

    def add(self, present: bool, equal: bool) -> None:
        self.total += 1
        self.present += present
        self.equal += equal

    @property
    def share(self) -> float:
        """Equal tags as a percentage of the reference's (100.0 when there is nothing to match)."""
        return 100.0 * self.equal / self.total if self.total else 100.0


@dataclass
class Agreement:
    """The figures of one run. ``groups``: per family-1 group; ``formats``: per file type (as
    ExifTool names it) the standard and maker-note counts; ``missed``: "Group:Tag" → times
    missing or different; ``timings``: per file type, analyse() times in ms."""

    groups: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    standard: Counts = field(default_factory=Counts)
    maker: Counts = field(default_factory=Counts)
    overall: Counts = field(default_factory=Counts)
    formats: dict[str, dict[str, Counts]] = field(default_factory=dict)
    missed: Counter = field(default_factory=Counter)
    timings: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    differences: list[tuple[str, str, Any, Any]] = field(default_factory=list)
    files: int = 0


def reference_files(shared: Path) -> list[tuple[Path, Path]]:
    """(corpus file, reference JSON) pairs for every reference whose file is in the corpus."""
    compat = shared / "compat" / "exiftool"
    pairs = []
    for reference in sorted(compat.rglob("*.json")):
        relative = reference.relative_to(compat).as_posix().removesuffix(".json")
        top, _, rest = relative.partition("/")
        corpus = shared / CORPUS_ROOTS[top] / rest if top in CORPUS_ROOTS else shared / EXIF_SAMPLES / relative
        if corpus.is_file():
            pairs.append((corpus, reference))
    return pairs


def _binary_length(ours: Any) -> int | None:
    # Our binary values are {"binary": length} plus, where known, {"offset": ...}.
    return ours.get("binary") if isinstance(ours, dict) else None


def values_equal(ours: Any, theirs: Any) -> bool:
    """Whether our value is the one ExifTool printed (rules in the module docstring)."""
    if isinstance(theirs, str):
        binary = BINARY_TEXT.fullmatch(theirs)
        if binary:
            return _binary_length(ours) == int(binary.group(1))
        if theirs.startswith("base64:"):
            try:
                return _binary_length(ours) == len(base64.b64decode(theirs[7:]))
            except (binascii.Error, ValueError):
                return False
        if _is_number(ours):
            number = _float(theirs)
            return number is not None and _close(ours, number)
        if isinstance(ours, list) and len(theirs.split()) == len(ours) > 1:
            return all(values_equal(o, t) for o, t in zip(ours, _numbers(theirs.split()), strict=True))
        return isinstance(ours, str) and ours.replace("\x00", "") == theirs
    if isinstance(theirs, bool):
        return ours is theirs or (isinstance(ours, str) and ours.lower() == str(theirs).lower())
    if _is_number(theirs):
        return _is_number(ours) and _close(ours, theirs)
    if isinstance(theirs, list):
        return (
            isinstance(ours, list)
            and len(ours) == len(theirs)
            and all(values_equal(o, t) for o, t in zip(ours, theirs, strict=True))
        )
    return ours == theirs


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _numbers(parts: list[str]) -> list[Any]:
    return [_float(p) if _float(p) is not None else p for p in parts]


def _close(a: float, b: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return math.isclose(a, b, rel_tol=REL_TOLERANCE, abs_tol=1e-12)


def compare(ours: dict[str, dict[str, Any]], reference: dict[str, Any]) -> list[tuple[str, str, bool, bool]]:
    """(group, tag, present, equal) for each tag of one reference object, excluded groups left out."""
    rows = []
    for key, theirs in reference.items():
        group, sep, tag = key.partition(":")
        if not sep or group in EXCLUDED_GROUPS:
            continue
        present = tag in ours.get(group, {})
        rows.append((group, tag, present, present and values_equal(ours[group][tag], theirs)))
    return rows


def measure(shared: Path = DEFAULT_SHARED, show: str | None = None) -> Agreement:
    """Run analyse() on every referenced corpus file and tally the agreement. ``show`` keeps the
    differing values of groups starting with it in ``Agreement.differences``."""
    result = Agreement()
    for path, reference_path in reference_files(shared):
        reference = json.loads(reference_path.read_text())[0]
        file_type = reference.get("File:FileType", path.suffix.lstrip(".").upper())
        data = path.read_bytes()
        start = time.perf_counter()
        report = analyse(data, filename=path.name)
        result.timings[file_type].append(1000 * (time.perf_counter() - start))
        result.files += 1
        per_format = result.formats.setdefault(file_type, {"standard": Counts(), "maker": Counts()})
        for group, tag, present, equal in compare(report.metadata, reference):
            result.groups[group].add(present, equal)
            result.overall.add(present, equal)
            if is_standard(group):
                result.standard.add(present, equal)
                per_format["standard"].add(present, equal)
            elif is_maker(group):
                result.maker.add(present, equal)
                per_format["maker"].add(present, equal)
            if not equal:
                result.missed[f"{group}:{tag}"] += 1
                if show and group.startswith(show):
                    ours = report.metadata.get(group, {}).get(tag, "<missing>")
                    theirs = reference[f"{group}:{tag}"]
                    result.differences.append((str(path.relative_to(shared)), f"{group}:{tag}", ours, theirs))
    return result


def _line(label: str, counts: Counts) -> str:
    return f"{label:<28}{counts.total:>8}{counts.present:>9}{counts.equal:>8}{counts.share:>8.1f}%"


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)]


def report_text(agreement: Agreement, top: int) -> str:
    """The printed report."""
    out = [f"{agreement.files} files", "", f"{'group':<28}{'oracle':>8}{'present':>9}{'equal':>8}{'share':>9}"]
    for group, counts in sorted(agreement.groups.items(), key=lambda item: (-item[1].total, item[0])):
        out.append(_line(group, counts))
    out += ["", _line("standard groups", agreement.standard), _line("maker-note groups", agreement.maker)]
    out += [_line("all compared groups", agreement.overall), ""]
    out.append(f"{'file type':<12}{'files':>6}{'standard':>10}{'maker':>8}{'median ms':>11}{'p95 ms':>9}")
    for file_type, counts in sorted(agreement.formats.items()):
        times = agreement.timings[file_type]
        maker = f"{counts['maker'].share:.1f}%" if counts["maker"].total else "-"
        out.append(
            f"{file_type:<12}{len(times):>6}{counts['standard'].share:>9.1f}%{maker:>8}"
            f"{statistics.median(times):>11.1f}{_percentile(times, 0.95):>9.1f}"
        )
    out += misses_text(agreement.missed, agreement.differences, top, "missing or different")
    return "\n".join(out)


def misses_text(missed: Counter, differences: list[tuple[str, str, Any, Any]], top: int, what: str) -> list[str]:
    """The most-missed tags and each kept difference, as report lines."""
    out = ["", f"most-missed tags (top {top}, files where {what}):"]
    out += [f"{count:>5}  {tag}" for tag, count in missed.most_common(top)]
    for path, tag, ours, theirs in differences:
        out.append(f"{path}  {tag}\n    ours:     {ours!r:.200}\n    exiftool: {theirs!r:.200}")
    return out


def arguments(doc: str, reference: str) -> argparse.Namespace:
    """The command line of an agreement bench: the shared folder (which must hold
    ``compat/<reference>``), ``--top`` and ``--show``."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("shared", nargs="?", type=Path, default=DEFAULT_SHARED, help="the shared folder")
    parser.add_argument("--top", type=int, default=25, help="how many most-missed tags to list")
    parser.add_argument("--show", metavar="GROUP", help="print each difference in groups starting with GROUP")
    args = parser.parse_args()
    if not (args.shared / "compat" / reference).is_dir():
        raise SystemExit(f"no ExifTool reference under {args.shared}/compat/{reference}")
    return args


def main() -> None:
    args = arguments(__doc__, "exiftool")
    print(report_text(measure(args.shared, args.show), args.top))


if __name__ == "__main__":
    main()
