"""JPEG (ITU-T T.81; JFIF and Exif APPn segments). Pillow opens JPEGs with an MPF index as MPO.

The walker reads marker segments up to the first SOS (start of scan) for metadata, as ExifTool's
ProcessJPEG (ExifTool.pm) does, then skips entropy-coded data (never decoding it) from scan to
scan until EOI, so that progressive scans and data trailing the image are seen too. APPn
segments go to :mod:`.jpeg_app` by identifier; SOF and COM become ``File`` tags; DQT tables, the
segment list and the trailer make the report's ``jpeg`` section.
"""

import re
import struct
from collections.abc import Iterator

from ..derived.jpeg_quality import estimate_quality
from ..limits import MAX_SEGMENTS
from ..metadata.context import ReadContext
from ..metadata.values import text
from .jpeg_app import AppSegments
from .jpeg_trailers import read_trailers

FILE_TYPE = "JPEG"
MIME = "image/jpeg"
PILLOW_FORMATS = ("JPEG", "MPO")

SOI, EOI, SOS, DQT, COM = 0xD8, 0xD9, 0xDA, 0xDB, 0xFE
# Markers without a length field (T.81 B.1.1.3): TEM, RST0-7, SOI, EOI.
STANDALONE = {0x01, *range(0xD0, 0xD8), SOI, EOI}
# SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC); the low nibble is ExifTool's EncodingProcess.
SOF_MARKERS = set(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
PROGRESSIVE = {0xC2, 0xC6, 0xCA, 0xCE}
# Marker codes T.81 defines (B.1.1.3, Table B.1): TEM and 0xC0-0xFE. Other bytes after 0xFF
# are damage, not markers.
MARKERS = {0x01, *range(0xC0, 0xFF)}
# In entropy-coded data 0xFF is followed by 0x00 (stuffing), RSTn or fill; a defined non-RST
# marker code ends the scan. Any other byte is damaged data, skipped so the walker stays in sync.
SCAN_END = re.compile(rb"\xff[\x01\xc0-\xcf\xd8-\xfe]")
# Marker names as ExifTool's JpegMarkerName (ExifTool.pm %jpegMarker).
NAMES = {0x01: "TEM", 0xC4: "DHT", 0xC8: "JPGA", 0xCC: "DAC", SOI: "SOI", EOI: "EOI", SOS: "SOS", DQT: "DQT"}
NAMES |= {0xDC: "DNL", 0xDD: "DRI", 0xDE: "DHP", 0xDF: "EXP", COM: "COM"}
# YCbCrSubSampling → common notation (ExifTool.pm %JPEG::yCbCrSubSampling).
SUBSAMPLING = {"1 1": "4:4:4", "2 1": "4:2:2", "2 2": "4:2:0", "4 1": "4:1:1", "4 2": "4:1:0", "1 2": "4:4:0"}
SUBSAMPLING |= {"1 4": "4:4:1", "2 4": "4:2:1"}


def _zigzag() -> list[int]:
    """Natural (row-major) index of each coefficient in the order DQT stores them (T.81 Figure A.6)."""
    order = []
    for diagonal in range(15):
        rows = range(max(0, diagonal - 7), min(diagonal, 7) + 1)
        order.extend(row * 8 + diagonal - row for row in (reversed(rows) if diagonal % 2 == 0 else rows))
    return order


ZIGZAG = _zigzag()


def sniff(head: bytes) -> str | None:
    """SOI marker followed by the start of another marker (T.81 B.1.1.2)."""
    return FILE_TYPE if head[:3] == b"\xff\xd8\xff" else None


def marker_name(marker: int) -> str:
    """ExifTool's name for a marker code: ``APP1``, ``SOF2``, ``RST3``, ``DQT``…"""
    if marker in NAMES:
        return NAMES[marker]
    prefix = {0xC0: "SOF", 0xD0: "RST", 0xE0: "APP", 0xF0: "JPG"}.get(marker & 0xF0)
    return f"{prefix}{marker & 0x0F}" if prefix else f"marker 0x{marker:02x}"


def read(data: bytes, ctx: ReadContext) -> None:
    """Walk the segments: ``File`` tags from SOF/COM, APPn blocks to ``ctx``, and
    ``ctx.sections["jpeg"]`` (see :func:`_section`)."""
    ctx.add("File", {"FileTypeExtension": "JPG"})
    apps = AppSegments(ctx)
    segments, tables, scans, sof, eoi_end = [], {}, 0, None, None
    for marker, offset, body in _segments(data, ctx):
        segments.append(
            {
                "marker": marker_name(marker),
                "offset": offset,
                "length": len(body) + (2 if marker in STANDALONE else 4),
                "identifier": _identifier(marker, body),
            }
        )
        if marker == EOI:
            eoi_end = offset + 2
        elif marker == SOS:
            if not scans:
                apps.finish()
            scans += 1
        elif scans:
            continue  # ExifTool reads no metadata after the first scan
        elif marker in SOF_MARKERS and sof is None and len(body) >= 6:
            sof = (marker, body)
            _read_sof(marker, body, ctx)
        elif marker == DQT:
            _read_dqt(body, tables, ctx)
        elif marker == COM:
            ctx.add("File", {"Comment": text(body.rstrip(b"\x00"))})
        else:
            apps.segment(marker, offset + 4, body)
    if not scans:
        apps.finish()
        ctx.warn("JPEG", "Missing JPEG SOS")
    else:  # as ExifTool, which looks for trailers once it reaches the image data (ProcessJPEG)
        read_trailers(data, ctx, FILE_TYPE, eoi_end or len(data))
    if eoi_end is None:
        ctx.warn("JPEG", "JPEG EOI marker not found: the file is truncated or damaged")
    ctx.sections["jpeg"] = _section(sof, tables, scans, segments, eoi_end, len(data))


def _segments(data: bytes, ctx: ReadContext) -> Iterator[tuple[int, int, bytes]]:
    """Yield ``(marker, offset of its 0xFF, segment body)`` from SOI to EOI; entropy-coded data
    after each SOS is skipped. Stops at damage with a warning; at most MAX_SEGMENTS."""
    yield SOI, 0, b""
    pos, in_scan = 2, False
    for _ in range(MAX_SEGMENTS - 1):
        if in_scan:
            pos = _end_of_scan(data, pos)
        elif data[pos : pos + 1] != b"\xff":
            found = data.find(b"\xff", pos)
            if found < 0:
                return
            ctx.warn("JPEG", f"Skipped unknown {found - pos} bytes at offset {pos}")
            pos = found
        while data[pos + 1 : pos + 2] == b"\xff":  # fill bytes (T.81 B.1.1.2)
            pos += 1
        if pos + 2 > len(data):
            return
        marker = data[pos + 1]
        if marker not in MARKERS:
            ctx.warn("JPEG", f"Invalid JPEG marker 0x{marker:02x} at offset {pos}, skipped")
            pos += 2
            continue
        if marker in STANDALONE:
            yield marker, pos, b""
            if marker == EOI:
                return
            pos += 2
            continue
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if length < 2 or pos + 2 + length > len(data):
            ctx.warn("JPEG", f"JPEG {marker_name(marker)} segment at offset {pos} is truncated")
            return
        yield marker, pos, data[pos + 4 : pos + 2 + length]
        pos += 2 + length
        in_scan = marker == SOS
    ctx.warn("JPEG", f"More than {MAX_SEGMENTS} JPEG segments; the rest was not read")


def _end_of_scan(data: bytes, pos: int) -> int:
    """Offset of the first marker after entropy-coded data at ``pos`` (0xFF not followed by a
    stuffed 0x00, an RSTn or another 0xFF), or the end of ``data``."""
    found = SCAN_END.search(data, pos)
    return found.start() if found else len(data)


def _read_sof(marker: int, body: bytes, ctx: ReadContext) -> None:
    """Frame header (T.81 B.2.2) → ExifTool's JPEG::SOF tags in group File."""
    bits, height, width, components = struct.unpack_from(">BHHB", body)
    ctx.add("File", {"ImageWidth": width, "ImageHeight": height, "EncodingProcess": marker - 0xC0})
    ctx.add("File", {"BitsPerSample": bits, "ColorComponents": components})
    subsampling = _subsampling(body)
    if subsampling:
        ctx.add("File", {"YCbCrSubSampling": subsampling})


def _subsampling(body: bytes) -> str | None:
    """ExifTool's YCbCrSubSampling: max/min of the sampling factors of 3 components, as "h v"."""
    if body[5] != 3 or len(body) < 15:
        return None
    factors = [body[7 + 3 * i] for i in range(3)]
    horizontal, vertical = [f >> 4 for f in factors], [f & 0x0F for f in factors]
    if not min(horizontal) or not min(vertical):
        return None
    return f"{_number(max(horizontal) / min(horizontal))} {_number(max(vertical) / min(vertical))}"


def _read_dqt(body: bytes, tables: dict[int, dict], ctx: ReadContext) -> None:
    """Quantization tables (T.81 B.2.4.1): Pq/Tq byte, then 64 values of 1 or 2 bytes in zigzag order."""
    pos = 0
    while pos < len(body):
        precision, table_id = body[pos] >> 4, body[pos] & 0x0F
        size = 64 * (2 if precision else 1)
        raw = body[pos + 1 : pos + 1 + size]
        if len(raw) < size or table_id > 3:
            ctx.warn("JPEG", "Invalid DQT segment")
            return
        zigzag = list(raw) if not precision else [int.from_bytes(raw[i : i + 2], "big") for i in range(0, size, 2)]
        values = [0] * 64
        for index, value in zip(ZIGZAG, zigzag, strict=True):
            values[index] = value
        tables[table_id] = {"id": table_id, "precision": 16 if precision else 8, "values": values}
        pos += 1 + size


def _section(sof, tables: dict[int, dict], scans: int, segments: list, eoi_end: int | None, size: int) -> dict:
    """The report's ``jpeg`` section: SOF number and progressive flag, subsampling, the
    quantization tables (natural order), the estimated quality, scan count, every segment as
    ``{marker, offset, length (bytes incl. marker), identifier}``, and the trailer after EOI."""
    marker, body = sof if sof else (None, b"")
    subsampling = _subsampling(body) if sof else None
    return {
        "encoding_process": marker - 0xC0 if sof else None,
        "progressive": marker in PROGRESSIVE,
        "subsampling": SUBSAMPLING.get(subsampling, subsampling),
        "quantization_tables": [tables[key] for key in sorted(tables)],
        "quality": estimate_quality({key: table["values"] for key, table in tables.items()}),
        "scans": scans,
        "segments": segments,
        "trailer": {"offset": eoi_end, "length": size - eoi_end} if eoi_end is not None and eoi_end < size else None,
    }


def _identifier(marker: int, body: bytes) -> str | None:
    """The printable signature an APPn segment starts with (``Exif``, ``ICC_PROFILE``…)."""
    if not 0xE0 <= marker <= 0xEF:
        return None
    match = re.match(rb"[\x20-\x7e]{1,64}", body)
    return match.group().decode("ascii") if match else None


def _number(value: float) -> int | float:
    return int(value) if value == int(value) else value
