"""PNG text chunks (PNG spec §11.3.3: tEXt, zTXt, iTXt) as ExifTool's PNG.pm FoundPNG reads them.

Each keyword becomes a PNG tag (``parameters`` → ``Parameters``, ``prompt`` → ``Prompt`` for AI
generators), except XMP (``XML:com.adobe.xmp``) and ImageMagick's hex-encoded ``Raw profile
type …`` text, which are handed over as EXIF, XMP, IPTC, ICC or Photoshop blocks.
"""

import re
import zlib

from ..errors import AnalysisError, LimitError, MalformedDataError
from ..limits import MAX_INFLATE
from ..metadata.context import Block, ReadContext
from ..metadata.tags.png import RAW_PROFILES, RFC1123_DATES, TEXT_BLOCKS, TEXT_NAMES, XMP_DATES
from ..metadata.values import binary, json_text

GROUP = "PNG"
PROFILE = re.compile(rb"\n(.*?)\n\s*(\d+)\n(.*)", re.S)
HEX = re.compile(rb"[0-9a-fA-F]*")
MONTHS = {
    m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)
}
ZONES = {"UT": "+00:00", "GMT": "+00:00", "UTC": "+00:00", "Z": "+00:00", "EST": "-05:00", "EDT": "-04:00"}
ZONES |= {"CST": "-06:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00"}


class Inflater:
    """zlib decompression sharing one budget of MAX_INFLATE output bytes for a whole file, so
    that many small compressed chunks cannot add up to a bomb either."""

    def __init__(self) -> None:
        self.remaining = MAX_INFLATE

    def __call__(self, raw: bytes) -> bytes:
        """A complete zlib stream, decompressed. Raises LimitError past the remaining budget and
        MalformedDataError for corrupt or truncated data."""
        engine = zlib.decompressobj()
        try:
            out = engine.decompress(raw, self.remaining + 1)
        except zlib.error as exc:
            raise MalformedDataError(f"corrupt compressed data ({exc})") from exc
        if len(out) > self.remaining:
            self.remaining = 0
            raise LimitError(f"compressed data expands beyond {MAX_INFLATE} bytes")
        if not engine.eof:
            raise MalformedDataError("compressed data is truncated")
        self.remaining -= len(out)
        return out


def read_text(kind: str, body: bytes, inflate: Inflater, ctx: ReadContext) -> None:
    """One ``tEXt``/``zTXt``/``iTXt`` chunk body: keyword, NUL, then the chunk's own layout."""
    raw_keyword, _, rest = body.partition(b"\x00")
    keyword, language, method = raw_keyword.decode("latin-1"), "", None
    if kind == "zTXt":
        method, rest = rest[:1], rest[1:]
    elif kind == "iTXt":
        if len(rest) < 4:
            return
        flag, method = rest[0], rest[1:2]
        language, _, rest = rest[2:].partition(b"\x00")
        language = _language(language.decode("ascii", "replace"))
        rest = rest.partition(b"\x00")[2]  # after the translated keyword
        method = method if flag else None
    if method is not None:
        if method != b"\x00":
            ctx.warn(GROUP, f"Unknown compression method for {keyword}")
            return
        try:
            rest = inflate(rest)
        except AnalysisError as exc:
            ctx.warn(GROUP, f"Error inflating {keyword}: {exc}")
            return
    if keyword in TEXT_BLOCKS:
        block_kind, directory = TEXT_BLOCKS[keyword]
        ctx.read(Block(block_kind, rest, f"PNG-{directory}"))
    elif keyword.startswith("Raw profile type ") and keyword[17:] in RAW_PROFILES:
        _raw_profile(keyword[17:], rest, ctx)
    elif keyword.startswith("Raw profile type "):
        ctx.add(GROUP, {tag_name(keyword): binary(len(rest))})
    else:
        text = rest.decode("utf-8" if kind == "iTXt" else "latin-1", "replace")
        name = tag_name(keyword)
        ctx.add(GROUP, {f"{name}-{language}" if language else name: _convert(name, text)})


def tag_name(keyword: str) -> str:
    """ExifTool's tag name for a text keyword: its table name, else white space removed with the
    next letter capitalised, characters other than letters, digits, ``-`` and ``_`` dropped,
    the first letter capitalised, and ``Tag`` prefixed to a name not starting with a letter."""
    for candidate in (keyword, keyword[:1].upper() + keyword[1:]):
        if candidate in TEXT_NAMES:
            return TEXT_NAMES[candidate]
    name = re.sub(r"\s+(.)", lambda m: m.group(1).upper(), keyword)
    name = re.sub(r"[^-_a-zA-Z0-9]", "", name)
    name = name[:1].upper() + name[1:]
    return name if len(name) >= 2 and name[0].isalpha() else f"Tag{name}"


def _raw_profile(profile: str, text: bytes, ctx: ReadContext) -> None:
    """``\\n<type>\\n <length>\\n<hex lines>`` (ImageMagick); ExifTool ProcessProfile."""
    kind, tag = RAW_PROFILES[profile]
    match = PROFILE.match(text)
    if not match:
        return
    digits = re.sub(rb"\s+", b"", match.group(3))
    hex_digits = HEX.match(digits).group()
    if len(hex_digits) < len(digits):
        ctx.warn(GROUP, f"{tag} has {len(digits) - len(hex_digits)} bytes of non-hex text after its data")
    data = bytes.fromhex(hex_digits[: len(hex_digits) // 2 * 2].decode("ascii"))
    if int(match.group(2)) != len(data):
        ctx.warn(GROUP, f"{tag} is wrong size (should be {int(match.group(2))} bytes but is {len(data)})")
    if kind == "EXIF":
        if data.startswith(b"Exif\x00\x00"):
            data = data[6:]
        elif data.startswith(b"http://ns.adobe.com/xap/1.0/\x00"):
            kind, data = "XMP", data[29:]
        elif not data.startswith((b"II*\x00", b"MM\x00*")):
            ctx.warn(GROUP, f"Unknown raw profile '{match.group(1).decode('latin-1')}'")
            return
    elif kind == "IPTC" and not data.startswith(b"\x1c"):
        kind = "Photoshop"  # ExifTool: the "iptc" profile may hold a Photoshop IRB instead
    ctx.read(Block(kind, data, f"PNG-{tag}"))


def _convert(name: str, text: str) -> str | int | float | bool:
    """Dates in ExifTool's form; other text as exiftool -j prints it (numbers as numbers)."""
    if name in RFC1123_DATES:
        return _rfc1123_date(text)
    if name in XMP_DATES:
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2})?(\S*)$", text)
        if match:
            return f"{match[1]}:{match[2]}:{match[3]} {match[4]}:{match[5]}{match[6] or ''}{match[7]}"
    return json_text(text)


def _rfc1123_date(text: str) -> str:
    """ "Mon, 1 Jan 2018 12:10:22 EST" → "2018:01:01 12:10:22-05:00" (ExifTool ConvertPNGDate)."""
    match = re.search(r"(\d+)\s*([A-Za-z]{3})\s*(\d+)\s+(\d+):(\d{2})(:\d{2})?\s*(\S*)", text)
    if not match or match[2].title() not in MONTHS:
        return text
    day, month, year, hour, minute, second, zone = match.groups()
    year = int(year) + (1900 if int(year) > 70 else 2000) if int(year) < 100 else int(year)
    month = MONTHS[month.title()]
    if zone.upper() in ZONES:
        zone = ZONES[zone.upper()]
    elif zone and (numeric := re.match(r"([-+]\d+):?(\d{2})", zone)):
        zone = f"{numeric[1]}:{numeric[2]}"
    elif zone:
        return text
    return f"{year:04d}:{month:02d}:{int(day):02d} {int(hour):02d}:{minute}{second or ':00'}{zone}"


def _language(code: str) -> str:
    """RFC 3066 code in ExifTool's standard case (``en-US``); "" for none or x-default."""
    if not code or code.lower() == "x-default":
        return ""
    match = re.match(r"([a-z]{2,3}|[xi])(-[a-z]{2})\b(.*)", code, re.I)
    return match[1].lower() + match[2].upper() + match[3].lower() if match else code.lower()
