"""Agreement of our maker-note reading with ExifTool's (``exiftool -j -G1 -n``) on the corpus.

Usage: ``python bench/makernote_agreement.py [--diff] [--direct] [BRAND ...]`` from the
repository root, with the shared corpus at ``../shared`` (or ``$IMGMETA_SHARED``). Every corpus
file whose oracle JSON has maker-note groups is read with :func:`analysis.analyse` (or, with
``--direct``, its maker note is located through the ``Exif\\0\\0`` header and decoded with
:func:`analysis.metadata.makernotes.read_makernote` alone), and compared tag by tag: equal text, or
numbers within 1e-4 relative; ExifTool's space-joined lists against our lists; ExifTool's
"(Binary data N bytes ...)" against our ``{"binary": N}``.
"""

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis import analyse  # noqa: E402
from analysis.binary import ByteReader  # noqa: E402
from analysis.metadata import READERS  # noqa: E402
from analysis.metadata.context import ReadContext  # noqa: E402
from analysis.metadata.ifd import decode, open_tiff, read_directory  # noqa: E402
from analysis.metadata.makernotes import read_makernote  # noqa: E402

SHARED = Path(os.environ.get("IMGMETA_SHARED", Path(__file__).resolve().parent.parent.parent / "shared"))
ORACLE = SHARED / "compat" / "exiftool"
GROUPS = {
    "Canon": "Canon",
    "Nikon": "Nikon",
    "Apple": "Apple",
    "Sony": "Sony",
    "FujiFilm": "FujiFilm",
    "Olympus": "Olympus",
    "Panasonic": "Panasonic",
    "Pentax": "Pentax",
    "Samsung": "Samsung",
}


def corpus_path(oracle: Path) -> Path:
    relative = oracle.relative_to(ORACLE).with_suffix("")
    if relative.parts[0] in ("formats", "provenance"):
        return SHARED / "corpus" / relative
    return SHARED / "corpus" / "exif-samples" / relative


def find_tiff(data: bytes) -> tuple[bytes, int] | None:
    for match in re.finditer(rb"Exif\x00\x00(II\*\x00|MM\x00\*)", data):
        return data[match.start() + 6 :], match.start() + 6
    return None


def makernote(ctx: ReadContext, tiff_bytes: bytes, file_offset: int) -> None:
    reader, ifd0 = open_tiff(tiff_bytes)
    directory, _ = read_directory(reader, ifd0)
    ifd0_tags = {entry.tag: entry for entry in directory.entries}
    make = decode(reader, ifd0_tags[0x010F]).split(b"\x00")[0].decode("latin-1") if 0x010F in ifd0_tags else ""
    model = decode(reader, ifd0_tags[0x0110]).split(b"\x00")[0].decode("latin-1") if 0x0110 in ifd0_tags else ""
    exif_ifd = decode(reader, ifd0_tags[0x8769])[0]
    directory, _ = read_directory(reader, exif_ifd)
    for entry in directory.entries:
        if entry.tag == 0x927C:
            offset = int.from_bytes(entry.field, "little" if reader.order == "<" else "big")
            read_makernote(ctx, make=make, model=model, tiff=ByteReader(tiff_bytes, reader.order), offset=offset, count=entry.count, file_offset=file_offset)


def same(expected, ours) -> bool:
    if isinstance(ours, dict) and "binary" in ours:
        found = re.match(r"\(Binary data (\d+) bytes", str(expected))
        return bool(found) and int(found.group(1)) == ours["binary"]
    if isinstance(ours, list):
        ours = " ".join(str(item) for item in ours)
    if isinstance(expected, bool) or isinstance(ours, bool):
        return expected == ours
    try:
        a, b = float(expected), float(ours)
        return a == b or abs(a - b) <= 1e-4 * max(abs(a), abs(b))
    except (TypeError, ValueError):
        pass
    if isinstance(expected, str) and isinstance(ours, str):
        left, right = expected.split(), ours.split()
        if len(left) == len(right) and len(left) > 1:
            return all(same(x, y) for x, y in zip(left, right, strict=True))
    return str(expected) == str(ours)


def main(argv: list[str]) -> None:
    show = "--diff" in argv
    direct = "--direct" in argv
    brands = [arg for arg in argv if not arg.startswith("-")]
    totals, agree, extra = Counter(), Counter(), Counter()
    for oracle in sorted(ORACLE.rglob("*.json")):
        expected = json.loads(oracle.read_text())[0]
        wanted = {k: v for k, v in expected.items() if k.split(":")[0] in GROUPS}
        if brands:
            wanted = {k: v for k, v in wanted.items() if k.split(":")[0] in brands}
        if not wanted:
            continue
        path = corpus_path(oracle)
        data = path.read_bytes()
        if direct:
            ctx = ReadContext(data, READERS)
            found = find_tiff(data)
            if found:
                makernote(ctx, *found)
            metadata, warnings = ctx.metadata, [(w.group, w.message) for w in ctx.warnings]
        else:
            report = analyse(data, filename=path.name).to_dict()
            metadata = report["metadata"]
            warnings = [(w.get("group"), w.get("message")) for w in report.get("warnings", [])]
        ours = {f"{g}:{t}": v for g, tags in metadata.items() for t, v in tags.items()}
        for key, value in wanted.items():
            group = key.split(":")[0]
            totals[group] += 1
            if key in ours and same(value, ours[key]):
                agree[group] += 1
            elif show:
                print(f"  {oracle.relative_to(ORACLE)} {key}: exiftool={value!r} ours={ours.get(key, '<absent>')!r}")
        for key in ours:
            if key.split(":")[0] in GROUPS and key not in expected:
                extra[key.split(":")[0]] += 1
                if show:
                    print(f"  {oracle.relative_to(ORACLE)} EXTRA {key}={ours[key]!r}")
        if show:
            for group, message in warnings:
                if group in GROUPS:
                    print(f"  {oracle.relative_to(ORACLE)} WARN {group}: {message}")
    for group in sorted(totals):
        print(f"{group:10} {agree[group]:5}/{totals[group]:<5} {100 * agree[group] / totals[group]:6.1f}%  extra {extra[group]}")
    print(f"{'all':10} {sum(agree.values()):5}/{sum(totals.values()):<5} {100 * sum(agree.values()) / sum(totals.values()):6.1f}%")


if __name__ == "__main__":
    main(sys.argv[1:])
