"""How much of ExifTool's output we reproduce, on the shared corpus or any folder of files, and how fast.

For every corpus file with an ExifTool 12.57 reference (``shared/compat/exiftool/<path>.json``,
``exiftool -j -G1 -n``) — or, with ``--dir``, for every file under the given folders, the
reference made there and then by running the installed ``exiftool -j -G1 -n -r`` — runs
:func:`analysis.analyse` on the bytes and compares ``metadata`` with the reference tag by tag
("Group:Tag"); files the engine does not read (no file type) are counted apart. A tag counts
as *present* when we give that group and tag, and as *equal* when the values agree: numbers
within 1e-4 relative; a number ExifTool printed as a string (more than 16 decimals) or a
boolean it printed from text compares by value; lists element by element (a space-separated
string of numbers ExifTool printed for a fixed-size array matches our list); text of ours
that ExifTool's JSON writer prints as a number (a string tag such as Software "8.0", which
``exiftool -j`` turns into 8.0) matches that number; ``(Binary data N bytes, ...)`` and
``base64:...`` match our ``{"binary": N}``. The groups Composite, System, File and ExifTool
are left out: they are ExifTool's derivations and file-system facts, not metadata read from
the file; ExifTool's derived tags (``Composite:``) are measured on their own, on one line after the
totals.

Prints a table per group, one per maker-note brand (every brand whose maker notes ExifTool
reads, :data:`MAKER_BRANDS`), the share of equal tags for the standard groups and for the
maker-note groups (overall and per file type), the most-missed tags, and the time of
``analyse()`` per file type (median and p95, in ms).

    .venv/bin/python bench/exiftool_agreement.py                 # ../shared next to the repo
    .venv/bin/python bench/exiftool_agreement.py /path/to/shared --top 40 --show XMP-crs
    .venv/bin/python bench/exiftool_agreement.py --dir /tmp/exiftool/t/images --dir /tmp/exiv2/test/data
"""

import argparse
import base64
import binascii
import json
import math
import os
import re
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import analyse  # noqa: E402 (after the path set-up, so the script runs from anywhere)
from analysis.metadata.values import json_text  # noqa: E402

DEFAULT_SHARED = Path(os.environ.get("IMGMETA_SHARED", ROOT.parent / "shared"))
EXCLUDED_GROUPS = frozenset({"Composite", "System", "File", "ExifTool"})
STANDARD_GROUPS = frozenset({"IFD0", "ExifIFD", "GPS", "InteropIFD", "IFD1", "JFIF", "PNG", "Photoshop"})
# The brands whose maker notes ExifTool 12.57 reads (MakerNotes.pm), as the family-1 group names
# start; FLIR and InfiRay count with them for their APPn records. A group belongs to the longest
# matching name.
MAKER_BRANDS = (
    *("Apple", "Canon", "Casio", "DJI", "FLIR", "FujiFilm", "GE", "Google", "HP", "InfiRay", "JVC", "Kodak"),
    "Kyocera",
    *("Leica", "Minolta", "Motorola", "Nikon", "Nintendo", "Olympus", "Panasonic", "Pentax", "PhaseOne"),
    *("Qualcomm", "Reconyx", "Ricoh", "Samsung", "Sanyo", "Sigma", "Sony", "MakerUnknown", "PreviewIFD"),
)
# Groups named like a brand that ExifTool reads from a raw file's own header, not a maker note.
NOT_MAKER_GROUPS = frozenset({"CanonDR4", "CanonVRD", "PanasonicRaw", "SigmaRaw"})
# Where each reference folder's files are in the corpus (the reference mirrors the corpus layout).
CORPUS_ROOTS = {"formats": "corpus/formats", "provenance": "corpus/provenance"}
EXIF_SAMPLES = "corpus/exif-samples"
BINARY_TEXT = re.compile(r"\(Binary data (\d+) bytes, use -b option to extract\)")
REL_TOLERANCE = 1e-4


def is_standard(group: str) -> bool:
    """IFD0, ExifIFD, GPS, InteropIFD, IFD1, IPTC, XMP-*, ICC*, JFIF, PNG, Photoshop (a second
    IPTC block or ICC profile, ``IPTC2``/``ICC_Profile2``, counts with its kind)."""
    return group in STANDARD_GROUPS or group.startswith(("XMP-", "ICC")) or re.fullmatch(r"IPTC\d*", group) is not None


def brand(group: str) -> str | None:
    """The maker-note brand of a family-1 group (``CanonCustom`` → ``Canon``), or None."""
    if group in NOT_MAKER_GROUPS:
        return None
    return max((name for name in MAKER_BRANDS if group.startswith(name)), key=len, default=None)


def is_maker(group: str) -> bool:
    """Maker-note groups of every brand (``Canon``, ``CanonCustom``, ``KodakBordersIFD``, ...)."""
    return brand(group) is not None


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
    """The figures of one run. ``groups``: per family-1 group; ``composite``: ExifTool's Composite
    tags, kept out of the other figures; ``formats``: per file type (as
    ExifTool names it) the standard and maker-note counts; ``brands``: per maker-note brand;
    ``missed``: "Group:Tag" → times missing or different; ``timings``: per file type, analyse()
    times in ms; ``unread``: files the engine gave no file type (left out of the figures)."""

    groups: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    brands: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    standard: Counts = field(default_factory=Counts)
    maker: Counts = field(default_factory=Counts)
    overall: Counts = field(default_factory=Counts)
    composite: Counts = field(default_factory=Counts)
    formats: dict[str, dict[str, Counts]] = field(default_factory=dict)
    missed: Counter = field(default_factory=Counter)
    timings: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    differences: list[tuple[str, str, Any, Any]] = field(default_factory=list)
    files: int = 0
    unread: int = 0


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


def corpus_references(shared: Path) -> Iterator[tuple[Path, str, dict[str, Any]]]:
    """(file, label, reference object) for every corpus file with a stored reference."""
    for path, reference_path in reference_files(shared):
        yield path, str(path.relative_to(shared)), json.loads(reference_path.read_text())[0]


def exiftool_references(folders: Iterable[Path], *, numeric: bool = True) -> Iterator[tuple[Path, str, dict[str, Any]]]:
    """(file, label, reference object) for every file under ``folders``, the reference made by
    running the installed ``exiftool -j -G1 -n -r`` (12.57 for figures comparable with the
    shared references); without ``numeric``, no ``-n``: ExifTool's printed values. Raises
    SystemExit when exiftool cannot be run."""
    options = ["-j", "-G1", *(["-n"] if numeric else []), "-r"]
    for folder in folders:
        try:
            done = subprocess.run(["exiftool", *options, str(folder)], capture_output=True, check=False, timeout=900)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise SystemExit(f"exiftool could not be run on {folder}: {exc}") from exc
        # ExifTool copies bytes that are not UTF-8 into its JSON as they are (exiv2's fuzzed files).
        for reference in json.loads(done.stdout.decode("utf-8", "replace") or "[]"):
            path = Path(reference["SourceFile"])
            yield path, str(path.relative_to(folder.parent) if path.is_relative_to(folder.parent) else path), reference


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
        if isinstance(ours, str):  # text ExifTool's JSON writer printed as a number
            ours = json_text(ours)
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


def compare_composite(ours: dict[str, dict[str, Any]], reference: dict[str, Any]) -> list[tuple[str, bool, bool]]:
    """(tag, present, equal) for each ``Composite:`` tag of one reference object."""
    derived = ours.get("Composite", {})
    return [
        (tag, tag in derived, tag in derived and values_equal(derived[tag], theirs))
        for key, theirs in reference.items()
        for group, _, tag in [key.partition(":")]
        if group == "Composite"
    ]


def measure(shared: Path = DEFAULT_SHARED, show: str | None = None) -> Agreement:
    """Run analyse() on every referenced corpus file and tally the agreement. ``show`` keeps the
    differing values of groups starting with it in ``Agreement.differences``."""
    return tally(corpus_references(shared), show)


def tally(references: Iterable[tuple[Path, str, dict[str, Any]]], show: str | None = None) -> Agreement:
    """Run analyse() on each (file, label, reference) and tally the agreement (see :func:`measure`)."""
    result = Agreement()
    for path, label, reference in references:
        file_type = reference.get("File:FileType", path.suffix.lstrip(".").upper())
        data = path.read_bytes()
        start = time.perf_counter()
        report = analyse(data, filename=path.name)
        elapsed = 1000 * (time.perf_counter() - start)
        if report.file.type is None:
            result.unread += 1
            continue
        result.timings[file_type].append(elapsed)
        result.files += 1
        per_format = result.formats.setdefault(file_type, {"standard": Counts(), "maker": Counts()})
        for tag, present, equal in compare_composite(report.metadata, reference):
            result.composite.add(present, equal)
            if not equal:
                result.missed[f"Composite:{tag}"] += 1
        for group, tag, present, equal in compare(report.metadata, reference):
            result.groups[group].add(present, equal)
            result.overall.add(present, equal)
            maker = brand(group)
            if is_standard(group):
                result.standard.add(present, equal)
                per_format["standard"].add(present, equal)
            elif maker:
                result.maker.add(present, equal)
                result.brands[maker].add(present, equal)
                per_format["maker"].add(present, equal)
            if not equal:
                result.missed[f"{group}:{tag}"] += 1
                if show and group.startswith(show):
                    ours = report.metadata.get(group, {}).get(tag, "<missing>")
                    result.differences.append((label, f"{group}:{tag}", ours, reference[f"{group}:{tag}"]))
    return result


def _line(label: str, counts: Counts) -> str:
    return f"{label:<28}{counts.total:>8}{counts.present:>9}{counts.equal:>8}{counts.share:>8.1f}%"


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)]


def report_text(agreement: Agreement, top: int) -> str:
    """The printed report."""
    unread = f" ({agreement.unread} more not read by the engine)" if agreement.unread else ""
    heading = f"{'oracle':>8}{'present':>9}{'equal':>8}{'share':>9}"
    out = [f"{agreement.files} files{unread}", "", f"{'group':<28}{heading}"]
    for group, counts in sorted(agreement.groups.items(), key=lambda item: (-item[1].total, item[0])):
        out.append(_line(group, counts))
    out += ["", f"{'maker-note brand':<28}{heading}"]
    out += [_line(name, counts) for name, counts in sorted(agreement.brands.items())]
    out += ["", _line("standard groups", agreement.standard), _line("maker-note groups", agreement.maker)]
    out += [_line("all compared groups", agreement.overall), _line("Composite (not in the above)", agreement.composite)]
    out += [""]
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


def arguments(doc: str, reference: str, folders: bool = False) -> argparse.Namespace:
    """The command line of an agreement bench: the shared folder (which must hold
    ``compat/<reference>``), ``--top`` and ``--show``; with ``folders``, ``--dir`` (repeatable)
    to measure on the files of those folders instead."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("shared", nargs="?", type=Path, default=DEFAULT_SHARED, help="the shared folder")
    parser.add_argument("--top", type=int, default=25, help="how many most-missed tags to list")
    parser.add_argument("--show", metavar="GROUP", help="print each difference in groups starting with GROUP")
    if folders:
        parser.add_argument(
            "--dir", type=Path, action="append", default=[], help="measure on this folder's files, running exiftool"
        )
    args = parser.parse_args()
    if not getattr(args, "dir", None) and not (args.shared / "compat" / reference).is_dir():
        raise SystemExit(f"no ExifTool reference under {args.shared}/compat/{reference}")
    return args


def main() -> None:
    args = arguments(__doc__, "exiftool", folders=True)
    references = exiftool_references(args.dir) if args.dir else corpus_references(args.shared)
    print(report_text(tally(references, args.show), args.top))


if __name__ == "__main__":
    main()
