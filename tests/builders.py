"""Byte builders for synthetic test images: TIFF/EXIF structures and small real JPEGs."""

import io
import struct
import zlib

from PIL import Image

ASCII, SHORT, LONG, RATIONAL, UNDEFINED = 2, 3, 4, 5, 7
SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8}
EXIF_IFD, GPS_IFD = 0x8769, 0x8825


def _value(ftype: int, value, order: str) -> tuple[int, bytes]:
    if ftype == ASCII:
        raw = (value.encode() if isinstance(value, str) else value) + b"\x00"
        return len(raw), raw
    if ftype == UNDEFINED or isinstance(value, bytes):
        return len(value), value
    if ftype in (RATIONAL, 10):
        code = "I" if ftype == RATIONAL else "i"
        return len(value), b"".join(struct.pack(order + code * 2, n, d) for n, d in value)
    code = {1: "B", 3: "H", 4: "I", 9: "i"}[ftype]
    return len(value), struct.pack(order + code * len(value), *value)


def ifd(entries: list[tuple], start: int, order: str = "<", next_offset: int = 0) -> bytes:
    """One IFD placed at ``start`` with its out-of-line values after it.

    ``entries`` are ``(tag, type, value)``; ``value`` is text for ASCII, bytes for UNDEFINED,
    a list of ints, or a list of ``(num, den)`` pairs. A 4-tuple ``(tag, type, count, field)``
    writes the raw count and 4-byte field as given (for damaged entries).
    """
    head = struct.pack(order + "H", len(entries))
    data_at = start + 2 + 12 * len(entries) + 4
    body, tail = b"", b""
    for entry in sorted(entries, key=lambda e: e[0]):
        if len(entry) == 4:
            tag, ftype, count, field = entry
            body += struct.pack(order + "HHI", tag, ftype, count) + field
            continue
        tag, ftype, value = entry
        count, raw = _value(ftype, value, order)
        if len(raw) <= 4:
            field = raw.ljust(4, b"\x00")
        else:
            field = struct.pack(order + "I", data_at + len(tail))
            tail += raw + (b"\x00" if len(raw) % 2 else b"")
        body += struct.pack(order + "HHI", tag, ftype, count) + field
    return head + body + struct.pack(order + "I", next_offset) + tail


def exif_tiff(
    ifd0: list[tuple], exif: list[tuple] | None = None, gps: list[tuple] | None = None, order: str = "<"
) -> bytes:
    """A TIFF structure (as in a JPEG APP1 after ``Exif\\0\\0``) with IFD0 and optional
    Exif and GPS sub-IFDs, their pointer tags added to IFD0."""
    mark = b"II*\x00" if order == "<" else b"MM\x00*"
    pointers = [(EXIF_IFD, LONG, [0])] * bool(exif) + [(GPS_IFD, LONG, [0])] * bool(gps)
    first = ifd(ifd0 + pointers, 8, order)
    subs, at, placed = [], 8 + len(first), []
    for tag, entries in ((EXIF_IFD, exif), (GPS_IFD, gps)):
        if entries:
            block = ifd(entries, at, order)
            subs.append(block)
            placed.append((tag, LONG, [at]))
            at += len(block)
    first = ifd(ifd0 + placed, 8, order)
    return mark + struct.pack(order + "I", 8) + first + b"".join(subs)


def jpeg(exif: bytes | None = None, size: tuple[int, int] = (64, 48), color=(120, 80, 40)) -> bytes:
    """A small real JPEG, with ``exif`` (a TIFF structure) written as its APP1 Exif segment."""
    out = io.BytesIO()
    kwargs = {"exif": b"Exif\x00\x00" + exif} if exif is not None else {}
    Image.new("RGB", size, color).save(out, "JPEG", **kwargs)
    return out.getvalue()


def png(size: tuple[int, int] = (32, 32)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (10, 20, 30)).save(out, "PNG")
    return out.getvalue()


def png_chunk(kind: bytes, body: bytes) -> bytes:
    """One PNG chunk with its length and CRC (PNG spec §5.3)."""
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_header(width: int, height: int, *chunks: bytes) -> bytes:
    """A PNG signature and IHDR claiming ``width`` x ``height`` (8-bit greyscale), then ``chunks``."""
    ihdr = png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + ihdr + b"".join(chunks)


def segment(marker: int, body: bytes) -> bytes:
    """One JPEG marker segment ``FF marker`` with its 2-byte length."""
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


def with_segments(data: bytes, *segments: bytes) -> bytes:
    """The JPEG ``data`` with ``segments`` inserted right after SOI."""
    return data[:2] + b"".join(segments) + data[2:]


def iptc_app13(records: list[tuple[int, int, bytes]]) -> bytes:
    """An APP13 "Photoshop 3.0" segment whose IPTC-NAA resource (0x0404) holds ``records``
    ``(record, dataset, value)``, e.g. ``(2, 40, b"FBMD01...")`` for SpecialInstructions."""
    iptc = b"".join(
        b"\x1c" + bytes([record, dataset]) + struct.pack(">H", len(v)) + v for record, dataset, v in records
    )
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    return segment(0xED, b"Photoshop 3.0\x00" + resource + b"\x00" * (len(iptc) % 2))


def xmp_app1(properties: str, namespaces: str = "") -> bytes:
    """An APP1 XMP segment whose rdf:Description carries ``properties`` (XML text) with the
    extra ``namespaces`` declarations (``xmlns:p="..."`` text)."""
    packet = (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description rdf:about="" {namespaces}>{properties}</rdf:Description></rdf:RDF></x:xmpmeta>'
    )
    return segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + packet.encode())
