"""PNG (ISO/IEC 15948, PNG specification 3rd edition).

Chunks are walked from the signature to IEND (PNG spec §5.3: u32 length, type, data, CRC) as
ExifTool's ProcessPNG (PNG.pm) does, chunks after IDAT included. Structural chunks become tags of
groups PNG / PNG-pHYs; text chunks go to :mod:`.png_text`; iCCP, eXIf and caBX are handed over
as ICC, EXIF and JUMBF blocks. A bad CRC is reported, not fatal.
"""

import struct
import zlib

from ..errors import AnalysisError
from ..limits import MAX_SEGMENTS
from ..metadata.context import Block, ReadContext
from ..metadata.tags.png import CHUNKS, STRUCTURES
from ..metadata.values import binary
from .png_text import Inflater, read_text

FILE_TYPE = "PNG"
MIME = "image/png"
PILLOW_FORMATS = ("PNG",)
SIGNATURE = b"\x89PNG\r\n\x1a\n"
GROUP = "PNG"
TEXT_CHUNKS = {b"tEXt", b"zTXt", b"iTXt"}
TIFF_START = (b"II", b"MM")


def sniff(head: bytes) -> str | None:
    """The eight-byte PNG signature (PNG spec §5.2)."""
    return FILE_TYPE if head.startswith(SIGNATURE) else None


def read(data: bytes, ctx: ReadContext) -> None:
    """Walk the chunks; damage (bad size, truncation, CRC) is reported as a warning."""
    ctx.add("File", {"FileTypeExtension": "PNG"})
    pos, after_data, color_type, inflate = len(SIGNATURE), False, None, Inflater()
    for index in range(MAX_SEGMENTS):
        if pos + 12 > len(data):
            ctx.warn(GROUP, "Truncated PNG image")
            return
        length, kind = struct.unpack_from(">I4s", data, pos)
        if length > 0x7FFFFFFF or pos + 12 + length > len(data):
            ctx.warn(GROUP, "Invalid PNG chunk size" if length > 0x7FFFFFFF else "Corrupted PNG image")
            return
        body = data[pos + 8 : pos + 8 + length]
        name = kind.decode("latin-1")
        if zlib.crc32(kind + body) != int.from_bytes(data[pos + 8 + length : pos + 12 + length], "big"):
            ctx.warn(GROUP, f"Bad CRC for {name} chunk")
        if index == 0 and kind != b"IHDR":
            ctx.warn(GROUP, "PNG image did not start with IHDR")
        if kind == b"IDAT":
            after_data = True
        elif after_data and (kind in TEXT_CHUNKS or kind == b"eXIf"):
            ctx.warn(GROUP, "Text/EXIF chunk(s) found after PNG IDAT (may be ignored by some readers)")
        if kind == b"IHDR" and length >= 10:
            color_type = body[9]
        _chunk(kind, body, pos + 8, color_type, inflate, ctx)
        pos += 12 + length
        if kind == b"IEND":
            if pos < len(data):
                ctx.warn(GROUP, "Trailer data after PNG IEND chunk")
            return
    ctx.warn(GROUP, f"More than {MAX_SEGMENTS} PNG chunks; the rest was not read")


def _chunk(kind: bytes, body: bytes, offset: int, color_type: int | None, inflate: Inflater, ctx: ReadContext) -> None:
    if kind in STRUCTURES:
        group, fmt, names, divisor = STRUCTURES[kind]
        if len(body) >= struct.calcsize(fmt):
            values = struct.unpack_from(fmt, body)
            ctx.add(group, {n: v / divisor if divisor != 1 else v for n, v in zip(names, values, strict=True)})
    elif kind in CHUNKS:
        tag, decoder = CHUNKS[kind]
        if body:
            ctx.add(GROUP, {tag: binary(len(body), offset) if decoder == "binary" else DECODERS[decoder](body)})
    elif kind == b"tRNS":
        ctx.add(GROUP, {"Transparency": _transparency(body, color_type)})
    elif kind in TEXT_CHUNKS:
        read_text(kind.decode("ascii"), body, inflate, ctx)
    elif kind == b"iCCP":
        _icc(body, inflate, ctx)
    elif kind in (b"eXIf", b"exIf"):
        _exif(body, offset, ctx)
    elif kind == b"caBX":
        ctx.read(Block("JUMBF", body, "PNG-caBX", offset))


def _icc(body: bytes, inflate: Inflater, ctx: ReadContext) -> None:
    """iCCP: profile name, NUL, compression method (0 = zlib), compressed profile."""
    name, _, rest = body.partition(b"\x00")
    if name:
        ctx.add(GROUP, {"ProfileName": name.decode("latin-1")})
    if not rest or rest[0] != 0:
        ctx.warn(GROUP, "Unknown compression method for ICC_Profile")
        return
    try:
        profile = inflate(rest[1:])
    except AnalysisError as exc:
        ctx.warn(GROUP, f"Error inflating iCCP: {exc}")
        return
    ctx.read(Block("ICC", profile, "PNG-iCCP"))


def _exif(body: bytes, offset: int, ctx: ReadContext) -> None:
    """eXIf holds a TIFF structure; ExifTool tolerates (and reports) a leading Exif\\0\\0."""
    if body.startswith(b"Exif\x00\x00"):
        ctx.warn(GROUP, 'Improper "Exif00" header in EXIF chunk')
        body, offset = body[6:], offset + 6
    if not body.startswith(TIFF_START):
        ctx.warn(GROUP, "Invalid eXIf chunk")
        return
    ctx.read(Block("EXIF", body, "PNG-eXIf", offset))


def _transparency(body: bytes, color_type: int | None):
    """tRNS: binary beyond 6 bytes, else palette bytes (color type 3) or 16-bit samples."""
    if len(body) > 6:
        return binary(len(body))
    values = (
        list(body) if color_type == 3 else [int.from_bytes(body[i : i + 2], "big") for i in range(0, len(body) - 1, 2)]
    )
    return _join(values)


def _join(values: list[int]) -> int | str:
    return values[0] if len(values) == 1 else " ".join(map(str, values))


def _gamma(body: bytes) -> float | int:
    """Stored encoding gamma x 100000; ExifTool reports the decoding gamma rounded to 4 places."""
    stored = int.from_bytes(body[:4], "big")
    return int(1e9 / stored + 0.5) / 1e4 if stored else 0


def _offset(body: bytes) -> str:
    x, y, unit = struct.unpack_from(">iiB", body.ljust(9, b"\x00"))
    return f"{x}, {y} ({'microns' if unit else 'pixels'})"


DECODERS = {
    "numbers": lambda b: _join(
        [b[0]] if len(b) < 2 else [int.from_bytes(b[i : i + 2], "big") for i in range(0, len(b) - 1, 2)]
    ),
    "bytes": lambda b: _join(list(b)),
    "gamma": _gamma,
    "offset": _offset,
    "palette": lambda b: _join(list(b)) if len(b) <= 3 else binary(len(b)),
    "time": lambda b: "{:04d}:{:02d}:{:02d} {:02d}:{:02d}:{:02d}".format(
        *struct.unpack_from(">H5B", b.ljust(7, b"\x00"))
    ),
}
