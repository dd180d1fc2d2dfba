"""IPTC IIM reader (IPTC-NAA Information Interchange Model 4.2; ExifTool IPTC.pm ProcessIPTC).

A block is a run of datasets: tag marker 0x1C, record number, dataset number, a big-endian 16-bit
length (or, with its top bit set, the count of length bytes that follow) and the value. Values go to
the family-1 group ``IPTC`` as ExifTool names them (:mod:`analysis.metadata.tags.iptc`); a second
block in a non-standard place goes to ``IPTC2`` and so on, as ExifTool numbers them, and the first
block in a standard place also gives ``File:CurrentIPTCDigest``. Text of records 2 to 6 is decoded
in the coded character set of dataset 1:90: UTF-8 when it is ``ESC % G``, otherwise Latin
(Windows-1252), ExifTool's default.
"""

import hashlib
import re
from collections.abc import Iterator
from typing import Any

from .context import Block, ReadContext
from .tags.iptc import RECORDS, Dataset
from .values import exif_date, exif_time, json_text, text

KIND = "IPTC"
GROUP = "IPTC"
MARKER = 0x1C
UTF8 = b"\x1b%G"
# Where ExifTool expects IPTC (IPTC.pm %isStandardIPTC); elsewhere in these file types it is a
# second, numbered group. File types not listed have no standard place.
STANDARD_PATHS = frozenset(
    {
        *("JPEG-APP13-Photoshop-IPTC", "TIFF-IFD0-IPTC", "PSD-IPTC", "MIE-IPTC", "EPS-Photoshop-IPTC"),
        *("PS-Photoshop-IPTC", "EXV-APP13-Photoshop-IPTC"),
    }
)
FILE_TYPES_WITH_STANDARD_PATH = frozenset({"JPEG", "TIFF", "PSD", "MIE", "EPS", "PS", "EXV"})
CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})


def read(block: Block, ctx: ReadContext) -> None:
    """Read the datasets of one IPTC block into ``IPTC`` (or ``IPTC2``, ...).

    Repeatable datasets become lists, a repeated single dataset keeps its last value, unknown
    datasets are skipped as ExifTool skips them without ``-u``. A bad tag marker, an unknown
    record or a dataset running past the end is reported with ``ctx.warn``; what came before
    is kept.
    """
    group = _group(block, ctx)
    data = _unswapped(block.data, ctx)
    found: dict[str, list[Any]] = {}
    utf8 = False
    for record, number_, raw in datasets(data, ctx, GROUP):
        if record not in RECORDS:
            ctx.warn(GROUP, f"Unrecognized IPTC record {record} (ignored)")
            continue
        dataset = RECORDS[record].get(number_)
        if dataset is None:
            continue
        if (record, number_) == (1, 90):
            utf8 = raw.rstrip(b"\x00") == UTF8
            if raw.startswith(b"\x1b%") and not utf8:
                ctx.warn(GROUP, "Some IPTC characters not converted (unsupported CodedCharacterSet)")
        value = _value(dataset, raw, utf8 or record == 1 or record >= 7)
        if dataset.repeatable:
            found.setdefault(dataset.name, []).append(value)
        else:
            found[dataset.name] = [value]  # ExifTool shows the last of repeated datasets
    if found:
        ctx.add(group, {name: values[0] if len(values) == 1 else values for name, values in found.items()})


def datasets(data: bytes, ctx: ReadContext, group: str) -> Iterator[tuple[int, int, bytes]]:
    """``(record, dataset number, value bytes)`` of each dataset in an IIM block, in order.

    The walk stops, with a warning to ``group``, at a bad tag marker (NUL padding at the end is
    allowed), a bad extended length or a dataset running past the end. Used for IPTC and for
    the IIM-structured trailers (ExifTool PhotoMechanic.pm)."""
    pos, end = 0, len(data)
    while pos + 5 <= end:
        marker, record, number_ = data[pos : pos + 3]
        length = int.from_bytes(data[pos + 3 : pos + 5])
        if marker != MARKER:
            if marker or data[pos:].strip(b"\x00"):  # some writers pad the block with NULs
                ctx.warn(group, f"Bad IPTC data tag (marker 0x{marker:x})")
            return
        pos += 5
        if length & 0x8000:  # extended dataset: the length is in the next (length & 0x7fff) bytes
            size = length & 0x7FFF
            if size > 8 or pos + size > end:
                ctx.warn(group, f"Invalid extended IPTC entry (dataset {record}:{number_})")
                return
            length, pos = int.from_bytes(data[pos : pos + size]), pos + size
        if pos + length > end:
            ctx.warn(group, f"IPTC dataset {record}:{number_} runs past the end of the block (truncated)")
            return
        yield record, number_, data[pos : pos + length]
        pos += length


def _value(dataset: Dataset, raw: bytes, utf8: bool) -> Any:
    """One dataset's value as exiftool -n reads it; text stays text even when it looks like a
    number (ExifTool's JSON writer turns "0042" into 42; an investigator needs the characters)."""
    if dataset.format == "binary":
        return {"binary": len(raw)}
    if dataset.format == "int":  # ExifTool leaves a value longer than 8 bytes as it is
        return int.from_bytes(raw) if len(raw) <= 8 else json_text(text(raw))
    raw = raw.rstrip(b"\x00")
    if dataset.conv == "history":
        raw = re.sub(rb"\x00+", b"\n", raw)
    value = text(raw) if utf8 or not re.search(rb"[\x80-\xff]", raw) else _latin(raw)
    if dataset.conv == "date":
        value = exif_date(value)
    elif dataset.conv == "time":
        value = exif_time(value)
    # IIM "digits" datasets (Urgency, ...) are numbers written as digits; "string" ones are text.
    return json_text(value) if dataset.format == "digits" else value


def _latin(raw: bytes) -> str:
    """ExifTool's default IPTC character set, Windows-1252 (the five bytes it leaves undefined
    read as Latin-1). The text ends at the first NUL, where ExifTool's re-encoding to UTF-8 cuts
    it (Charset.pm Recompose); text with ISO 2022 shift codes is left untranslated (IPTC.pm
    TranslateCodedString)."""
    if re.search(rb"[\x14\x15\x1b]", raw):
        return text(raw)
    try:
        value = raw.decode("cp1252")
    except UnicodeDecodeError:
        value = "".join(chr(b) if b in CP1252_UNDEFINED else bytes([b]).decode("cp1252") for b in raw)
    return value.split("\x00", 1)[0]


def _unswapped(data: bytes, ctx: ReadContext) -> bytes:
    """Undo 32-bit byte swapping some writers apply to the whole block (IPTC.pm)."""
    if len(data) >= 4 and data[0] != MARKER and data[3] == MARKER:
        ctx.warn(GROUP, "IPTC data was improperly byte-swapped")
        padded = data + b"\x00" * (-len(data) % 4)
        return b"".join(padded[i : i + 4][::-1] for i in range(0, len(padded), 4))[: len(data)]
    return data


def _group(block: Block, ctx: ReadContext) -> str:
    """``IPTC`` for the first block in a standard place (or in a file type that has none),
    ``IPTC2``, ``IPTC3``, ... for the others, as ExifTool numbers them (IPTC.pm ProcessIPTC). The
    first block truly in its standard place also gives ``File:CurrentIPTCDigest``, the MD5 of its
    bytes as found (before any byte-swap repair), which Photoshop's IPTCDigest resource should match."""
    file_type = block.path.split("-", 1)[0]
    standard = block.path in STANDARD_PATHS or file_type not in FILE_TYPES_WITH_STANDARD_PATH
    if standard and ctx.count("standard IPTC") == 1:
        if block.path in STANDARD_PATHS:
            ctx.add("File", {"CurrentIPTCDigest": hashlib.md5(block.data, usedforsecurity=False).hexdigest()})
        return GROUP
    return f"{GROUP}{ctx.count(GROUP) + 1}"
