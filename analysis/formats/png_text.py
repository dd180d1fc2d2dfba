"""PNG text chunks (PNG spec §11.3.3: tEXt, zTXt, iTXt) as ExifTool's PNG.pm FoundPNG reads them.

Each keyword becomes a PNG tag (``parameters`` → ``Parameters``, ``prompt`` → ``Prompt`` for AI
generators; ``Title-fr`` for a known keyword in another language), except XMP
(``XML:com.adobe.xmp``) and ImageMagick's hex-encoded ``Raw profile type …`` text, which are
handed over as EXIF, XMP, IPTC, ICC or Photoshop blocks. What ExifTool cannot decode or read
(corrupt compressed text, a profile that is not the block it names, a chunk without a keyword)
it keeps as binary data under the tag's name, and so does this module.
"""

import re
import zlib

from ..errors import AnalysisError, LimitError, MalformedDataError
from ..limits import MAX_INFLATE
from ..metadata.context import Block, ReadContext
from ..metadata.tags.png import (
    CHUNK_NAMES,
    RAW_PROFILES,
    RFC1123_DATES,
    TEXT_BLOCKS,
    TEXT_KEYWORDS,
    TEXT_NAMES,
    XMP_DATES,
)
from ..metadata.values import binary

GROUP = "PNG"
PROFILE = re.compile(rb"\n(.*?)\n\s*(\d+)\n(.*)", re.S)
HEX = re.compile(rb"[0-9a-fA-F]*")
MARKER = 0x1C  # IPTC dataset tag marker
PHOTOSHOP_TYPES = (b"8BIM", b"PHUT", b"DCSR", b"AgHg", b"MeSa")  # Photoshop.pm resource types
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
        # Bytes of the last stream zlib had not read when it failed: ExifTool (Compress::Zlib)
        # keeps those as the tag's binary value.
        self.unread = 0

    def __call__(self, raw: bytes) -> bytes:
        """A complete zlib stream, decompressed. Raises LimitError past the remaining budget and
        MalformedDataError for corrupt or truncated data (setting ``unread``)."""
        engine = zlib.decompressobj()
        try:
            out = engine.decompress(raw, self.remaining + 1)
        except zlib.error as exc:
            self.unread = len(raw) - _read_before_error(raw)
            raise MalformedDataError(f"corrupt compressed data ({exc})") from exc
        if len(out) > self.remaining:
            self.remaining = 0
            raise LimitError(f"compressed data expands beyond {MAX_INFLATE} bytes")
        if not engine.eof:
            self.unread = 0
            raise MalformedDataError("compressed data is truncated")
        self.remaining -= len(out)
        return out


def _read_before_error(raw: bytes) -> int:
    """How many bytes of a corrupt zlib stream zlib reads before it reports the damage (the
    damaged byte included). Called only after the stream failed within the inflate budget, so
    the output decompressed again here (and discarded) is bounded by that budget."""
    engine, pos = zlib.decompressobj(), 0
    while pos < len(raw):
        chunk, saved = raw[pos : pos + 4096], engine.copy()
        try:
            engine.decompress(chunk)
        except zlib.error:
            for index in range(len(chunk)):
                try:
                    saved.decompress(chunk[index : index + 1])
                except zlib.error:
                    return pos + index + 1
            break
        pos += len(chunk)
    return len(raw)


def read_text(kind: str, body: bytes, inflate: Inflater, ctx: ReadContext, group: str = GROUP) -> None:
    """One ``tEXt``/``zTXt``/``iTXt`` chunk body: keyword, NUL, then the chunk's own layout.

    As ExifTool's FoundPNG: a body without a keyword separator is kept as the chunk's binary
    (``TextualData``…); text that cannot be inflated, and a metadata block that cannot be read,
    are kept as binary under the keyword's tag name."""
    raw_keyword, separator, rest = body.partition(b"\x00")
    if not separator or (kind == "iTXt" and len(rest) < 4):
        ctx.add(group, {CHUNK_NAMES[kind]: binary(len(body))})
        return
    keyword, language, method = raw_keyword.decode("latin-1"), "", None
    if kind == "zTXt":
        method, rest = rest[:1], rest[1:]
    elif kind == "iTXt":
        flag, method = rest[0], rest[1:2]
        language, _, rest = rest[2:].partition(b"\x00")
        language = _language(language.decode("ascii", "replace"))
        rest = rest.partition(b"\x00")[2]  # after the translated keyword
        method = method if flag else None
    block = keyword in TEXT_BLOCKS or keyword.startswith("Raw profile type ")
    # ExifTool has no language variant of a block keyword or of a keyword outside its table:
    # those keep their plain tag name (PNG.pm GetLangInfo).
    known = not block and (keyword in TEXT_KEYWORDS or keyword[:1].upper() + keyword[1:] in TEXT_KEYWORDS)
    if language and block:
        block = False
    name = _block_tag(keyword) if block else tag_name(keyword)
    if method is not None and method != b"\x00":
        ctx.warn(GROUP, f"Unknown compression method {method[0] if method else 0} for {keyword}")
        ctx.add(group, {name: binary(len(rest))})
        return
    if method is not None:
        try:
            rest = inflate(rest)
        except AnalysisError as exc:
            ctx.warn(GROUP, f"Error inflating {keyword}: {exc}")
            if not isinstance(exc, LimitError):  # a bomb is refused; damage is kept as ExifTool keeps it
                ctx.add(group, {name: binary(inflate.unread)})
            return
    if block and keyword in TEXT_BLOCKS:
        block_kind, directory = TEXT_BLOCKS[keyword]
        if rest.strip(b" \x00"):
            ctx.read(Block(block_kind, rest, f"PNG-{directory}"))
        else:
            ctx.add(group, {directory: binary(len(rest))})
    elif block and keyword[17:] in RAW_PROFILES:
        if not _raw_profile(keyword[17:], rest, ctx):
            ctx.add(group, {RAW_PROFILES[keyword[17:]][1]: binary(len(rest))})
    elif keyword.startswith("Raw profile type "):
        ctx.add(group, {name: binary(len(rest))})
    else:
        text = rest.decode("utf-8" if kind == "iTXt" else "latin-1", "replace")
        ctx.add(group, {f"{name}-{language}" if language and known else name: _convert(name, text)})


def _block_tag(keyword: str) -> str:
    """The tag name ExifTool gives a block keyword it keeps as binary."""
    if keyword in TEXT_BLOCKS:
        return TEXT_BLOCKS[keyword][1]
    profile = RAW_PROFILES.get(keyword[17:])
    return profile[1] if profile else tag_name(keyword)


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


def _raw_profile(profile: str, text: bytes, ctx: ReadContext) -> bool:
    """``\\n<type>\\n <length>\\n<hex lines>`` (ImageMagick), decoded and read as its block;
    False when ExifTool would not process it (ExifTool PNG.pm ProcessProfile): no header, or
    data that is not the block it claims to be."""
    kind, tag = RAW_PROFILES[profile]
    match = PROFILE.match(text)
    if not match:
        return False
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
        if kind == "EXIF" and not data.startswith((b"II*\x00", b"MM\x00*")):
            name = re.sub(rb"[\x00-\x1f\x7f-\xff]", b".", match.group(1)).decode("latin-1")
            ctx.warn(GROUP, f"Unknown raw profile '{name}'")
            return False
    elif kind == "IPTC" and not data.startswith(b"\x1c"):
        kind = "Photoshop"  # ExifTool: the "iptc" profile may hold a Photoshop IRB instead
    if not readable(kind, data):
        return False
    ctx.read(Block(kind, data, f"PNG-{tag}"))
    return True


def readable(kind: str, data: bytes) -> bool:
    """Whether ExifTool's processor of a ``kind`` block would accept ``data`` (it returns false
    and the carrier is kept as binary otherwise): an ICC header and tag count in bounds
    (ICC_Profile.pm), XMP or RDF markup (XMP.pm), an IPTC dataset or Photoshop resource start."""
    if kind == "ICC":
        declared = int.from_bytes(data[:4], "big")
        count = int.from_bytes(data[128:132], "big")
        return 128 <= declared <= len(data) and 1 <= count < 0x100 and 132 + 12 * count <= len(data)
    if kind == "XMP":
        return re.search(rb"<(x:x[ma]pmeta|rdf:RDF)\b", data) is not None
    if kind == "IPTC":
        return len(data) >= 5 and MARKER in (data[0], data[3])
    if kind == "Photoshop":
        return len(data) > 8 and data[:4] in PHOTOSHOP_TYPES
    return True


def _convert(name: str, text: str) -> str:
    """Dates in ExifTool's form; other text as it is: ExifTool stores PNG text as text, so "8.0"
    stays "8.0" (its JSON writer alone prints such text as a number)."""
    if name in RFC1123_DATES:
        return _rfc1123_date(text)
    if name in XMP_DATES:
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2})?(\S*)$", text)
        if match:
            return f"{match[1]}:{match[2]}:{match[3]} {match[4]}:{match[5]}{match[6] or ''}{match[7]}"
    return text


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
