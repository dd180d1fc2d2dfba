"""PNG (ISO/IEC 15948, PNG specification 3rd edition).

Chunks are walked from the signature to IEND (PNG spec §5.3: u32 length, type, data, CRC) as
ExifTool's ProcessPNG (PNG.pm) does, chunks after IDAT included. Structural chunks become tags of
groups PNG / PNG-pHYs; text chunks go to :mod:`.png_text`; iCCP, eXIf and caBX are handed over
as ICC, EXIF and JUMBF blocks (kept as binary ``ICC_Profile``/``eXIf`` when ExifTool could not
read them). Chunks found after IEND are read into group ``Trailer``, as ExifTool reads them. A
bad CRC is reported, not fatal.
"""

import re
import struct
import zlib

from ..errors import AnalysisError, LimitError
from ..limits import MAX_SEGMENTS
from ..metadata.context import Block, ReadContext
from ..metadata.tags.png import CHUNKS, STRUCTURES
from ..metadata.values import binary, json_text, number, text
from .png_text import Inflater, read_text, readable

FILE_TYPE = "PNG"
MIME = "image/png"
PILLOW_FORMATS = ("PNG",)
SIGNATURE = b"\x89PNG\r\n\x1a\n"
GROUP = "PNG"
TRAILER = "Trailer"  # ExifTool's family-1 group of chunks after IEND (PNG.pm ProcessPNG)
TEXT_CHUNKS = {b"tEXt", b"zTXt", b"iTXt"}
TIFF_START = (b"II", b"MM")


def sniff(head: bytes) -> str | None:
    """The eight-byte PNG signature (PNG spec §5.2)."""
    return FILE_TYPE if head.startswith(SIGNATURE) else None


def read(data: bytes, ctx: ReadContext) -> None:
    """Walk the chunks; damage (bad size, truncation, CRC) is reported as a warning. Chunks
    after IEND are read too, into group ``Trailer`` (as ExifTool does: data hidden after the
    image), where damage just ends the walk."""
    ctx.add("File", {"FileTypeExtension": "PNG"})
    pos, after_data, color_type, inflate = len(SIGNATURE), False, None, Inflater()
    trailer = False
    for index in range(MAX_SEGMENTS):
        if pos + 12 > len(data):
            if not trailer:
                ctx.warn(GROUP, "Truncated PNG image")
            return
        length, kind = struct.unpack_from(">I4s", data, pos)
        if length > 0x7FFFFFFF or pos + 12 + length > len(data):
            if not trailer:
                ctx.warn(GROUP, "Invalid PNG chunk size" if length > 0x7FFFFFFF else "Corrupted PNG image")
            return
        body = data[pos + 8 : pos + 8 + length]
        name = kind.decode("latin-1")
        crc = int.from_bytes(data[pos + 8 + length : pos + 12 + length], "big")
        if not trailer and zlib.crc32(kind + body) != crc:
            ctx.warn(GROUP, f"Bad CRC for {name} chunk")
        if index == 0 and kind != b"IHDR":
            ctx.warn(GROUP, "PNG image did not start with IHDR")
        if kind == b"IDAT":
            after_data = True
        elif after_data and (kind in TEXT_CHUNKS or kind == b"eXIf"):
            ctx.warn(GROUP, "Text/EXIF chunk(s) found after PNG IDAT (may be ignored by some readers)")
        if kind == b"IHDR" and length >= 10:
            color_type = body[9]
        if kind != b"IEND":
            _chunk(kind, body, pos + 8, color_type, inflate, ctx, TRAILER if trailer else None)
        pos += 12 + length
        if kind == b"IEND" and not trailer:
            if pos >= len(data):
                return
            ctx.warn(GROUP, "Trailer data after PNG IEND chunk")
            trailer = True
    ctx.warn(GROUP, f"More than {MAX_SEGMENTS} PNG chunks; the rest was not read")


def _chunk(
    kind: bytes,
    body: bytes,
    offset: int,
    color_type: int | None,
    inflate: Inflater,
    ctx: ReadContext,
    regroup: str | None = None,
) -> None:
    """One chunk's tags; ``regroup`` replaces the group of every tag (``Trailer``)."""
    group = regroup or GROUP
    if kind in STRUCTURES:
        structure_group, fmt, names, divisor = STRUCTURES[kind]
        values = _fitting(fmt, body)  # as ExifTool's ProcessBinaryData: the fields that fit
        if values:
            scaled = [number(v / divisor) if divisor != 1 else v for v in values]
            ctx.add(regroup or structure_group, dict(zip(names, scaled, strict=False)))
    elif kind in CHUNKS:
        tag, decoder = CHUNKS[kind]
        value = binary(len(body), offset) if decoder == "binary" else DECODERS[decoder](body)
        if value is not None:  # a value ExifTool's conversion leaves undefined is not stored
            ctx.add(group, {tag: value})
    elif kind == b"sCAL":
        ctx.add(group, _subject_scale(body))
    elif kind == b"tRNS":
        ctx.add(group, {"Transparency": _transparency(body, color_type)})
    elif kind in TEXT_CHUNKS:
        read_text(kind.decode("ascii"), body, inflate, ctx, group)
    elif kind == b"iCCP":
        _icc(body, inflate, ctx, group)
    elif kind.lower() in (b"exif", b"zxif"):
        _exif(kind, body, offset, inflate, ctx, group)
    elif kind == b"tXMP":  # XMP where a September 2001 draft put it
        ctx.read(Block("XMP", body, "PNG-tXMP", offset))
    elif kind == b"caBX":
        ctx.read(Block("JUMBF", body, "PNG-caBX", offset))


def _icc(body: bytes, inflate: Inflater, ctx: ReadContext, group: str = GROUP) -> None:
    """iCCP: profile name, NUL, compression method (0 = zlib), compressed profile. A profile
    that cannot be inflated or read is kept as binary ``ICC_Profile``, as ExifTool does."""
    name, separator, rest = body.partition(b"\x00")
    if not separator:  # no profile at all: the chunk itself is kept
        ctx.add(group, {"ICC_Profile": binary(len(body))})
        return
    if name:
        ctx.add(group, {"ProfileName": name.decode("latin-1")})
    if not rest or rest[0] != 0:
        ctx.warn(GROUP, "Unknown compression method for ICC_Profile")
        ctx.add(group, {"ICC_Profile": binary(max(len(rest) - 1, 0))})
        return
    try:
        profile = inflate(rest[1:])
    except AnalysisError as exc:
        ctx.warn(GROUP, f"Error inflating iCCP: {exc}")
        if not isinstance(exc, LimitError):
            ctx.add(group, {"ICC_Profile": binary(inflate.unread)})
        return
    if readable("ICC", profile):
        ctx.read(Block("ICC", profile, "PNG-iCCP"))
    else:
        ctx.add(group, {"ICC_Profile": binary(len(profile))})


def _exif(kind: bytes, body: bytes, offset: int, inflate: Inflater, ctx: ReadContext, group: str = GROUP) -> None:
    """eXIf holds a TIFF structure; ExifTool tolerates (and reports) a leading Exif\\0\\0, reads
    the once-proposed zxIf (a 0 byte, the inflated size, zlib data) and a chunk name in another
    case, and keeps a chunk it cannot read as binary under the chunk's name (PNG.pm
    ProcessPNG_eXIf)."""
    name = "eXIf" if kind.lower() == b"exif" else "zxIf"
    if kind.decode("latin-1") != name:
        ctx.warn(GROUP, f"{kind.decode('latin-1')} chunk should be {name}")
    if body.startswith(b"Exif\x00\x00"):
        ctx.warn(GROUP, 'Improper "Exif00" header in EXIF chunk')
        body, offset = body[6:], offset + 6
    if body[:1] == b"\x00":  # compressed
        try:
            body, offset = inflate(body[5:]), 0
        except AnalysisError as exc:
            ctx.warn(GROUP, f"Error inflating {name}: {exc}")
            if not isinstance(exc, LimitError):
                ctx.add(group, {name: binary(inflate.unread)})
            return
    if not body.startswith(TIFF_START):
        ctx.warn(GROUP, f"Invalid {name} chunk")
        ctx.add(group, {name: binary(len(body))})
        return
    ctx.read(Block("EXIF", body, f"PNG-{name}", offset))


def _subject_scale(body: bytes) -> dict:
    """sCAL (PNG.pm %PNG::SubjectScale): unit byte (1 metres, 2 radians), then the pixel width
    and height as NUL-separated decimal text."""
    if not body:
        return {}
    width, _, rest = body[1:].partition(b"\x00")
    height = rest.partition(b"\x00")[0]
    found = {"SubjectUnits": body[0], "SubjectPixelWidth": json_text(text(width))}
    return found | ({"SubjectPixelHeight": json_text(text(height))} if rest else {})


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


def _gamma(body: bytes) -> float | int | str:
    """Stored encoding gamma x 100000; ExifTool reports the decoding gamma rounded to 4 places
    (a chunk too short for it, or a zero, as its bytes)."""
    stored = int.from_bytes(body[:4], "big") if len(body) >= 4 else 0
    return int(1e9 / stored + 0.5) / 1e4 if stored else text(body)


def _offset(body: bytes) -> str:
    """oFFs as ExifTool prints it from ``unpack("NNC")``: unsigned, a missing field empty."""
    x, y, unit = [*_fitting(">IIB", body), "", "", 0][:3]
    return f"{x}, {y} ({'microns' if unit else 'pixels'})"


def _fitting(fmt: str, body: bytes) -> list[int]:
    """The leading fields of ``fmt`` (``">IIB"``, ``">8I"``) that ``body`` holds in full."""
    codes = "".join(code * int(count or 1) for count, code in re.findall(r"(\d*)([a-zA-Z])", fmt[1:]))
    values, pos = [], 0
    for code in codes:
        size = struct.calcsize(fmt[0] + code)
        if pos + size > len(body):
            break
        values.append(struct.unpack_from(fmt[0] + code, body, pos)[0])
        pos += size
    return values


DECODERS = {
    "numbers": lambda b: _join(
        list(b[:1]) if len(b) < 2 else [int.from_bytes(b[i : i + 2], "big") for i in range(0, len(b) - 1, 2)]
    ),
    "bytes": lambda b: _join(list(b)),
    "byte": lambda b: b[0] if b else None,
    "gamma": _gamma,
    "offset": _offset,
    "palette": lambda b: _join(list(b)) if len(b) <= 3 else binary(len(b)),
    "time": lambda b: "{:04d}:{:02d}:{:02d} {:02d}:{:02d}:{:02d}".format(
        *struct.unpack_from(">H5B", b.ljust(7, b"\x00"))
    ),
}
