"""XMP packet reader (Adobe XMP Specification Part 1; ExifTool XMP.pm ProcessXMP, ParseXMPElement,
FoundXMP).

The packet is parsed with defusedxml (no DTD, no entity declarations, no external references) as a
stream of elements whose names keep the document's prefixes, so that properties are named the way
ExifTool names them with ``-G1`` and without ``-struct``: the family-1 group is ``XMP-`` plus the
standard prefix of the namespace URI (or the document's own prefix for unknown namespaces), and a
property nested in structures gets the names of its parents joined (``xmpMM:History`` →
``rdf:Seq`` → ``rdf:li`` → ``stEvt:action`` is ``XMP-xmpMM:HistoryAction``). Exceptions to the
naming and the value conversions come from :mod:`analysis.metadata.tags.xmp`.

Values are as ``exiftool -j -n`` prints them: list items as lists (a single item as itself),
numbers as numbers where ExifTool types the property as a number (text stays text, even "8.0"),
``True``/``False`` as booleans where it types it so, the x-default item of a language alternative
under the plain name and the other languages as ``Name-lang``.
"""

import base64
import binascii
import functools
import math
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from xml.sax import SAXException, SAXParseException
from xml.sax.handler import ContentHandler

import defusedxml.sax
from defusedxml import DefusedXmlException

from ..limits import MAX_XML_BYTES, MAX_XMP_LIST_ITEMS, MAX_XMP_NODES, MAX_XMP_PACKETS
from .context import Block, ReadContext
from .tags.xmp import GROUP_OF_PREFIX, LOW_PRIORITY_GROUPS, NAMESPACES, PROPERTIES, STRUCTS, Prop
from .tags.xmp_types import BOOLEAN, NUMERIC
from .values import apex_aperture, apex_shutter, binary, exif_time, is_number, json_text, number, rational, xmp_date
from .values import degrees as degrees_of

KIND = "XMP"
WARNING_GROUP = "XMP"

# Prefixes that never name a property (XMP.pm %ignoreNamespace).
IGNORED_PREFIXES = frozenset({"x", "rdf", "xmlns", "xml", "svg", "et", "office"})
# Attributes read as tags of their own even though their prefix is ignored (XMP.pm %recognizedAttrs).
RECOGNIZED_ATTRIBUTES = {
    "rdf:about": ("XMP-rdf", "About"),
    "x:xmptk": ("XMP-x", "XMPToolkit"),
    "x:xaptk": ("XMP-x", "XMPToolkit"),
}
LIST_CONTAINERS = frozenset({"rdf:Bag", "rdf:Seq", "rdf:Alt"})
RATIONAL = re.compile(r"(-?\d+)/(-?\d+)")
ISO_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?\s*\S*")
PERL_NUMBER = re.compile(r"\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)")
XML_DECLARATION = re.compile(rb"<\?xml[^>]*\?>")
CONTROL_CHARACTERS = re.compile(rb"[\x01-\x08\x0b\x0c\x0e-\x1f]")
PACKET_END = re.compile(rb"<\?xpacket\s+end\s*=\s*['\"][rw]['\"]\s*\?>")
# A UTF-16/32 packet starts with "<" (after an optional byte-order mark) padded with NULs.
WIDE_ENCODINGS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\x00<", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
)


def _cap(local: str) -> str:
    return local[:1].upper() + local[1:]


PREFIX_URIS = frozenset(NAMESPACES.values())
# Structure fields by their part of a flattened tag id (the field id, first letter upper-cased).
FIELDS = {name: {_cap(field): prop for field, prop in fields.items()} for name, fields in STRUCTS.items()}


def read(block: Block, ctx: ReadContext) -> None:
    """Read one XMP packet (already reassembled from extended-XMP parts by the container walker).

    Stores ``{"XMP-<ns>": {tag: value}}`` through ``ctx.add``. A packet declaring a DTD or
    entities, or one that is not XML, is reported with ``ctx.warn`` and yields nothing (or what
    came before the damage); entities are never expanded. Per file, at most MAX_XMP_PACKETS
    packets and MAX_XML_BYTES of XML are read and MAX_XMP_NODES nodes walked; past that, a
    warning and what was read so far.
    """
    if ctx.count("XMP packets") > MAX_XMP_PACKETS:
        ctx.warn(WARNING_GROUP, f"more than {MAX_XMP_PACKETS} XMP packets in this file, the rest not read")
        return
    if ctx.count("XMP bytes", len(block.data)) > MAX_XML_BYTES:
        ctx.warn(WARNING_GROUP, f"{block.path}: XMP in this file exceeds {MAX_XML_BYTES} bytes in all, not read")
        return
    xml = _decode(block.data, block.path, ctx)
    if xml is None:
        return
    handler = _Handler(MAX_XMP_NODES - ctx.count("XMP nodes", 0))
    try:
        defusedxml.sax.parseString(xml, handler, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        ctx.warn(WARNING_GROUP, f"{block.path}: XMP refused, it declares a DTD or entities ({type(exc).__name__})")
        return
    except _OutOfNodes:
        ctx.warn(
            WARNING_GROUP, f"{block.path}: XMP in this file has more than {MAX_XMP_NODES} nodes, the rest not read"
        )
    except SAXParseException as exc:
        # ExifTool scans XMP with its own tolerant reader; read malformed XML the same way.
        ctx.warn(
            WARNING_GROUP,
            f"{block.path}: XMP format error, not well-formed XML ({exc.getMessage()}), read as ExifTool does",
        )
        handler = _Handler(MAX_XMP_NODES - ctx.count("XMP nodes", 0))
        try:
            _Scan(xml.decode("utf-8", "replace"), handler).level(0, len(xml), 0)
        except _OutOfNodes:
            ctx.warn(
                WARNING_GROUP, f"{block.path}: XMP in this file has more than {MAX_XMP_NODES} nodes, the rest not read"
            )
    ctx.count("XMP nodes", handler.nodes)
    handler.finish()
    for message in handler.warnings:
        ctx.warn(WARNING_GROUP, f"{block.path}: {message}")
    # Tags of normal priority replace those of an earlier packet; unknown and low-priority ones
    # (ExifTool's priority 0) never override (ExifTool.pm FoundTag).
    for group, tags in handler.tags(latest=False).items():
        ctx.add(group, tags)
    for group, tags in handler.tags(latest=True).items():
        ctx.add_latest(group, tags)


def _decode(data: bytes, path: str, ctx: ReadContext) -> bytes | None:
    """The packet as UTF-8 bytes from its first ``<`` to its ``xpacket end``, without an XML
    declaration (the encoding is settled here), NUL padding removed."""
    for mark, encoding in WIDE_ENCODINGS:
        if data.startswith(mark):
            text = data.decode(encoding, errors="replace").lstrip("\ufeff")
            data = text.encode()
            break
    else:
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
    end = PACKET_END.search(data)
    if end:
        data = data[: end.end()]
    start = data.find(b"<")
    if start < 0:
        if data.strip(b"\x00 \t\r\n"):
            ctx.warn(WARNING_GROUP, f"{path}: Invalid XMP")
        return None
    data = data[start:].rstrip(b"\x00 \t\r\n")
    if b"\x00" in data:
        ctx.warn(WARNING_GROUP, f"{path}: XMP contains NUL bytes, removed")
        data = data.replace(b"\x00", b"")
    if CONTROL_CHARACTERS.search(data):
        ctx.warn(WARNING_GROUP, f"{path}: XMP contains control characters XML does not allow, replaced")
        data = CONTROL_CHARACTERS.sub("\ufffd".encode(), data)
    data = XML_DECLARATION.sub(b"", data, count=1) if data.startswith(b"<?xml") else data
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:  # XMP must be Unicode; some writers use their local 8-bit set
        ctx.warn(WARNING_GROUP, f"{path}: XMP is not UTF-8, read as Latin-1")
        data = data.decode("latin-1").encode()
    return data


@dataclass
class _Element:
    prop: str
    attrs: dict[str, str]
    xlat: dict[str, str]
    pushed: bool
    node: str | None = None
    has_child: bool = False
    shorthand: bool = False
    items: int = 0
    text: list[str] = field(default_factory=list)


@dataclass
class _Found:
    list_scope: int | None
    join: bool
    conv: str | None
    values: list[Any] = field(default_factory=list)
    # Normal priority: replaces the same tag read earlier in the file (another packet).
    latest: bool = False


class _OutOfNodes(SAXException):
    """The file's XMP node budget is spent: stop parsing, keep what was read."""


class _Handler(ContentHandler):
    """Follows ExifTool's ParseXMPElement over SAX events (element names are not
    namespace-resolved; prefixes are translated to ExifTool's standard ones here)."""

    def __init__(self, budget: int) -> None:
        super().__init__()
        self.nodes = 0
        self._budget = budget
        self.warnings: list[str] = []
        self._stack: list[_Element] = []
        self._props: list[str] = []
        self._found: dict[tuple[str, str], _Found] = {}
        self._uri_prefix: dict[str, str] = {}
        self._prefix_uri: dict[str, str] = {}
        self._blank: dict[str, tuple[dict[str, None], dict[str, tuple[str, list[str]]]]] = {}
        self._list_scope = 0
        self._skip = 0

    def startElement(self, name: str, attrs: Any) -> None:
        self.nodes += 1 + len(attrs)
        if self.nodes > self._budget:
            raise _OutOfNodes("node budget spent")
        parent = self._stack[-1] if self._stack else None
        if parent:
            parent.has_child = True
        if self._skip:  # inside a list item past the cap
            self._skip += 1
            self._stack.append(_Element(name, {}, {}, False))
            return
        xlat = parent.xlat if parent else {}
        raw = dict(attrs.items())
        for attr, uri in raw.items():
            if attr.startswith("xmlns:"):
                xlat = self._declare(attr[6:], uri, xlat, parent)
        prop = _translate(name, xlat)
        own = {_translate(a, xlat): v for a, v in raw.items() if a != "xmlns" and not a.startswith("xmlns:")}
        pushed = True
        if prop == "rdf:li":
            if parent and parent.items >= MAX_XMP_LIST_ITEMS:
                self.warnings.append(f"Extracted only {MAX_XMP_LIST_ITEMS} items of one XMP list")
                self._skip = 1
                self._stack.append(_Element(prop, own, xlat, False))
                return
            index = parent.items if parent else 0
            if parent:
                parent.items += 1
            if index == 0 and not any(p.startswith("rdf:li ") for p in self._props):
                self._list_scope += 1
            prop = f"rdf:li {len(str(index))}{index}"
        elif prop == "rdf:Description" and "rdf:Description" in self._props:
            pushed = False  # a nested description is a structure, not a property level
        node = parent.node if parent else None
        if "rdf:nodeID" in own:  # an RDF blank node: its properties are resolved in finish()
            node = own.pop("rdf:nodeID")
            prop, pushed = f"{prop} #{node}", True
        element = _Element(prop, own, xlat, pushed, node)
        self._stack.append(element)
        if pushed:
            self._props.append(prop)
        self._shorthand(element)

    def characters(self, content: str) -> None:
        if self._stack and not self._skip:
            self._stack[-1].text.append(content)

    def endElement(self, name: str) -> None:
        element = self._stack.pop()
        if self._skip:
            self._skip -= 1
            return
        if not element.has_child:
            self._leaf(element)
        if element.pushed:
            self._props.pop()

    def _declare(self, prefix: str, uri: str, xlat: dict[str, str], parent: _Element | None) -> dict[str, str]:
        """Scope a namespace declaration: known URIs take ExifTool's prefix, an unknown URI keeps
        the first prefix it was declared with, and a clash gets ``tmpN`` (XMP.pm)."""
        standard = _standard_prefix(uri)
        if standard:
            new = standard if standard != prefix else ("" if prefix in xlat else None)
        elif uri in self._uri_prefix:
            new = self._uri_prefix[uri] if self._uri_prefix[uri] != prefix else None
        else:
            used = prefix
            if prefix in self._prefix_uri or prefix in PREFIX_URIS:
                n = 0
                while f"tmp{n}" in self._prefix_uri:
                    n += 1
                used = f"tmp{n}"
            self._uri_prefix[uri] = used
            self._prefix_uri[used] = uri
            new = used if used != prefix else None
        if new is None:
            return xlat
        xlat = dict(xlat) if parent is None or xlat is parent.xlat else xlat
        if new:
            xlat[prefix] = new
        else:
            xlat.pop(prefix, None)
        return xlat

    def _shorthand(self, element: _Element) -> None:
        """Attributes are properties too (RDF abbreviated syntax)."""
        for attr, value in element.attrs.items():
            if ":" in attr:
                prefix = attr.split(":", 1)[0]
            else:
                prefix = element.prop.split(":", 1)[0] if ":" in element.prop else ""
                attr = f"{prefix}:{attr}" if prefix else attr
            if prefix in IGNORED_PREFIXES:
                if attr in RECOGNIZED_ATTRIBUTES and value:
                    group, tag = RECOGNIZED_ATTRIBUTES[attr]
                    # a later, different rdf:about replaces the first (XMP.pm HandleTag, FoundTag)
                    self._found[group, tag] = _Found(None, False, None, [value], latest=True)
                continue
            self._props.append(attr)
            self._emit(element, value, {})
            self._props.pop()
            element.shorthand = True

    def _leaf(self, element: _Element) -> None:
        value = "".join(element.text)
        if element.prop == "rdf:Description":
            value = value.strip()
        was_empty = False
        if value == "":
            for attr in ("rdf:value", "rdf:resource", "rdf:about"):
                if element.attrs.get(attr):
                    value, was_empty = element.attrs[attr], True
                    break
        if not value and element.shorthand:
            return
        last = self._props[-1] if self._props else ""
        if (last == "rdf:type" and was_empty) or last in ("et:desc", "et:prt", "et:val"):
            return
        self._emit(element, value, element.attrs)

    def _emit(self, element: _Element, value: str, attrs: dict[str, str]) -> None:
        if element.node is None:
            self._property(self._props, value, attrs)
            return
        # XMP.pm SaveBlankInfo: split the path at each node into what refers to the node and what
        # the node holds.
        path = "/".join(self._props)
        for node in re.findall(r" #([^ /]*)", path):
            match = re.match(rf"(.*?)/([^/]*) #{re.escape(node)}((?:/.*)?)$", path)
            if not match:
                continue
            pre, prop, post = match.groups()
            if prop != "rdf:Description":
                pre, post = (pre, f"/{prop}{post}") if post else (f"{pre}/{prop}", post)
            subjects, objects = self._blank.setdefault(node, ({}, {}))
            subjects[pre] = None
            if post or value:
                objects[post] = (value, list(self._props))

    def finish(self) -> None:
        """Give each property of a blank node to every property that refers to the node, and
        read those no property refers to where they stand (XMP.pm ProcessBlankInfo)."""
        for node in sorted(self._blank):
            subjects, objects = self._blank[node]
            unused = set(objects)
            for pre in sorted(subjects):
                if "/rdf:Description/" not in pre:
                    continue
                for post in sorted(objects):
                    self._property(f"{pre}{post}".split("/"), objects[post][0], {})
                    unused.discard(post)
            for post in sorted(unused):
                value, props = objects[post]
                self._property(props, value, {})

    def _property(self, props: list[str], value: str, attrs: dict[str, str]) -> None:
        """ExifTool's FoundXMP: name the property, convert its value, store it."""
        resolved = _resolve(tuple("rdf:li" if p.startswith("rdf:li ") else p for p in props))
        if resolved is None:
            return
        group, name, prop, nested_list = resolved
        direct = len(props) > 2 and props[-1].startswith("rdf:li ") and props[-2] in LIST_CONTAINERS
        lang = attrs.get("xml:lang")
        language = bool(lang) and props[-2:-1] == ["rdf:Alt"]
        if language and lang.lower() != "x-default":
            name = f"{name}-{_language(lang)}"
        # A known property inherits the list of an enclosing structure (a language alternative is
        # not a list); an unknown one only gathers the items of its own rdf:Bag/Seq/Alt.
        if prop is None:
            in_list = direct and not language
        else:
            in_list = not prop.single and ((direct and not language) or nested_list)
        if "base64" in attrs.get("rdf:datatype", ""):
            value = _base64(value)
        elif prop is None:
            value = _auto(value)
        found = self._found.get((group, name))
        scope = self._list_scope if in_list else None
        if found is not None and scope is not None and found.list_scope == scope:
            found.values.append(value)
        # Of duplicates ExifTool shows the last, unless the property is unknown or has low priority.
        elif found is None or (prop is not None and not prop.low):
            known = prop is not None and not prop.low
            self._found[group, name] = _Found(
                scope, bool(prop and prop.join), prop.conv if prop else None, [value], latest=known
            )

    def tags(self, latest: bool | None = None) -> dict[str, dict[str, Any]]:
        """``{group: {tag: value}}`` as exiftool -j -n prints them; only the tags of normal
        priority (``latest=True``) or only the others (``False``) when asked."""
        out: dict[str, dict[str, Any]] = {}
        for (group, name), found in self._found.items():
            if latest is not None and found.latest != latest:
                continue
            values = [_convert(found.conv, v) for v in found.values]
            if found.join:  # ExifTool joins the converted items into one value (RawJoin)
                values = [" ".join(_perl_string(v) for v in values)]
            values = [_typed(group, name, v) for v in values]
            out.setdefault(group, {})[name] = values[0] if len(values) == 1 else values
        return out


# ExifTool's tolerant XML scan (XMP.pm ParseXMPElement): the next element start (or a closing tag,
# processing instruction, comment or CDATA section, skipped), then the matching closing tag of a
# name, nested elements of the same name counted.
SCAN_ELEMENT = re.compile(r"<([?/]?)([-\w:.\x80-\uffff]+|!--)([^>]*)>|(<!\[CDATA\[)", re.DOTALL)
SCAN_ATTRIBUTE = re.compile(r"(\S+?)\s*=\s*(['\"])(.*?)\2", re.DOTALL)
SCAN_ENTITY = re.compile(r"&(#?\w+);")
SCAN_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
SCAN_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
XML_ENTITIES = {"quot": '"', "amp": "&", "apos": "'", "lt": "<", "gt": ">"}
# Levels of nesting the tolerant scan follows: each level rescans its content, so this bounds the
# work on hostile input (real XMP nests about ten levels deep).
MAX_SCAN_DEPTH = 32


class _Scan:
    """Feeds a packet that is not well-formed XML to :class:`_Handler` the way ExifTool reads any
    packet (XMP.pm ParseXMPElement): an element runs to the next closing tag of its name (so
    ``<exif:TIFF/EPStandardID>`` is ``exif:TIFF``), an element with no elements inside is a value,
    attributes are ``name='value'`` pairs, and a missing closing tag ends the level being read."""

    def __init__(self, xml: str, handler: "_Handler") -> None:
        self.xml = xml
        self.handler = handler
        self.too_deep = False

    def level(self, start: int, end: int, depth: int) -> int:
        """Scan ``xml[start:end]``; return the number of elements found at this level."""
        xml, count, pos = self.xml, 0, start
        while pos <= end - 4:
            match = SCAN_ELEMENT.search(xml, pos, end)
            if not match:
                break
            pos = match.end()
            if match.group(1):
                continue
            if match.group(4) or match.group(2) == "!--":
                close = xml.find("]]>" if match.group(4) else "-->", pos, end)
                if close < 0:
                    break
                pos = close + 3
                continue
            name, attrs = match.group(2), match.group(3)
            value_start = pos
            if attrs.endswith("/"):
                attrs, value_end = attrs[:-1], pos
            else:
                value_end, pos = self._closing(name, pos, end)
                if value_end < 0:
                    self.handler.warnings.append(f"XMP format error (no closing tag for {name})")
                    break
            if depth >= MAX_SCAN_DEPTH:
                if not self.too_deep:
                    self.handler.warnings.append(f"XMP nested more than {MAX_SCAN_DEPTH} levels deep, not read there")
                    self.too_deep = True
                count += 1  # (an element all the same: its parent is no value)
                if self.handler._stack:
                    self.handler._stack[-1].has_child = True
                continue
            self.handler.startElement(name, self._attributes(attrs))
            inner = self.level(value_start, value_end, depth + 1)
            if not inner and value_end > value_start:
                self.handler.characters(_unescape(SCAN_COMMENT.sub("", xml[value_start:value_end])))
            self.handler.endElement(name)
            count += 1
        return count

    def _closing(self, name: str, pos: int, end: int) -> tuple[int, int]:
        """Where the value of element ``name`` ends and the scan resumes, or (-1, -1)."""
        pattern = re.compile(rf"<(?:(/?){re.escape(name)}([-\w:.\x80-\uffff]*)(.*?(/?))>|(!\[CDATA\[|!--))", re.DOTALL)
        nesting = 1
        while True:
            match = pattern.search(self.xml, pos, end)
            if not match:
                return -1, -1
            pos = match.end()
            if match.group(5):
                close = self.xml.find("]]>" if match.group(5) == "![CDATA[" else "-->", pos, end)
                if close < 0:
                    return -1, -1
                pos = close + 3
            elif match.group(2):
                continue  # another element whose name starts with this one
            elif match.group(1):
                nesting -= 1
                if not nesting:
                    return match.start(), pos
            elif not match.group(4):
                nesting += 1

    @staticmethod
    def _attributes(attrs: str) -> dict[str, str]:
        return {m.group(1): _unescape(m.group(3)) for m in SCAN_ATTRIBUTE.finditer(attrs)}


def _unescape(value: str) -> str:
    """XML character references and the five predefined entities replaced, CDATA sections
    unwrapped (XMP.pm FoundXMP, UnescapeXML); other entities are left as written."""
    parts, pos = [], 0
    for match in SCAN_CDATA.finditer(value):
        parts += [SCAN_ENTITY.sub(_entity, value[pos : match.start()]), match.group(1)]
        pos = match.end()
    return "".join([*parts, SCAN_ENTITY.sub(_entity, value[pos:])])


def _entity(match: re.Match[str]) -> str:
    name = match.group(1)
    try:
        if name[:2].lower() == "#x":
            return chr(int(name[2:], 16))
        if name[:1] == "#":
            return chr(int(name[1:]))
    except (ValueError, OverflowError):
        return match.group(0)
    return XML_ENTITIES.get(name, match.group(0))


def _typed(group: str, name: str, value: Any) -> Any:
    """A value as ExifTool types it: text of a property its tables write as integer, real or
    rational becomes a number when it reads as one, of a boolean property ``True``/``False``;
    any other text stays text, even "8.0" (tags/xmp_types.py)."""
    if not isinstance(value, str):
        return value
    if name in NUMERIC.get(group, ()):
        return json_text(value)
    if name in BOOLEAN.get(group, ()) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


def _standard_prefix(uri: str) -> str | None:
    """ExifTool's prefix for a namespace URI, forgiving a missing or extra final slash and a
    different version number (XMP.pm)."""
    if uri in NAMESPACES:
        return NAMESPACES[uri]
    other = uri[:-1] if uri.endswith("/") else uri + "/"
    if other in NAMESPACES:
        return NAMESPACES[other]
    versionless = re.sub(r"/\d+\.\d+(/|$)", r"/#\1", uri)
    if versionless != uri:
        for known, prefix in NAMESPACES.items():
            if re.sub(r"/\d+\.\d+(/|$)", r"/#\1", known) == versionless:
                return prefix
    return None


def _translate(qname: str, xlat: dict[str, str]) -> str:
    prefix, sep, local = qname.partition(":")
    return f"{xlat[prefix]}:{local}" if sep and prefix in xlat else qname


@functools.lru_cache(maxsize=4096)
def _resolve(path: tuple[str, ...]) -> tuple[str, str, Prop | None, bool] | None:
    """For a property path (list items unnumbered): its group, its tag name, its row (None when
    ExifTool does not know it; ``low`` also set for a low-priority group) and whether it lies in
    an rdf:Bag or rdf:Seq; None when nothing in the path names a property."""
    ids = _property_ids(path)
    if not ids:
        return None
    prefix = ids[0][0]
    group_ns = GROUP_OF_PREFIX.get(prefix, prefix)
    name, prop = _name(group_ns, [local for _, local in ids])
    if prop is not None and group_ns in LOW_PRIORITY_GROUPS:
        prop = prop._replace(low=True)
    nested_list = any(p == "rdf:li" and path[i - 1] in ("rdf:Bag", "rdf:Seq") for i, p in enumerate(path))
    return (f"XMP-{_group_name(group_ns)}" if group_ns else "XMP"), name, prop, nested_list


def _property_ids(props: tuple[str, ...]) -> list[tuple[str, str]]:
    """(prefix, local name) of each level that contributes to the tag name (XMP.pm GetXMPTagID):
    RDF syntax levels are skipped, a numbered rdf:_N item is kept, an all-capitals name is
    camel-cased unless ExifTool knows it so."""
    ids: list[tuple[str, str]] = []
    for prop in props:
        prefix, _, local = prop.partition(":") if ":" in prop else ("", "", prop)
        local = local.split(" ", 1)[0]
        if prefix in IGNORED_PREFIXES:
            if prefix == "rdf" and re.fullmatch(r"_\d+", local) and ids:
                ids.append(("rdf", local))
            continue
        if not re.search("[a-z]", local):
            group_ns = GROUP_OF_PREFIX.get(prefix, prefix)
            if local not in PROPERTIES.get(group_ns, {}):
                local = re.sub(r"_([a-z])", lambda m: m.group(1).upper(), local.lower())
        ids.append((prefix, local))
    return ids


def _name(group_ns: str, ids: list[str]) -> tuple[str, Prop | None]:
    """The ExifTool tag name of a property path (XMP.pm FoundXMP, AddFlattenedTags) and the row of
    its deepest level (None where ExifTool does not know the property or field)."""
    table = PROPERTIES.get(group_ns, {})
    row = table.get(ids[0])
    name = _first(row and row.name, _cap(ids[0]))
    prefix = _first(row and row.flat, name)
    struct = FIELDS.get(row.struct) if row and row.struct else None
    prop, tag_id = row, ids[0]
    for local in ids[1:]:
        tag_id += _cap(local)
        field = struct.get(_cap(local)) if struct else None
        row = table.get(tag_id)  # a flattened tag ExifTool names specially; the field fills its gaps
        if row:
            name = _first(row.name, _cap(tag_id))
            prefix = _first(row.flat, field and field.name, name)
        else:
            name = prefix + _first(field and field.name, _cap(local))
            prefix = name
        if prop is not None and (row or field):
            prop = Prop(
                name,
                (row and row.conv) or (field and field.conv),
                join=bool(row and row.join),
                single=bool((row and row.single) or (field and field.single)),
                low=bool((row and row.low) or (field and field.low) or prop.low),
            )
        else:
            prop = None
        nested = (field and field.struct) or (row and row.struct)
        struct = FIELDS.get(nested) if nested else None
    return _clean_name(name), prop


def _first(*names: str | None) -> str:
    """The first name given, an empty one included (ExifTool tests FlatName with ``defined``)."""
    return next(n for n in names if isinstance(n, str))


def _clean_name(name: str) -> str:
    """ExifTool's rules for a generated tag name (ExifTool.pm AddTagToTable)."""
    name = _cap(re.sub(r"[^-_a-zA-Z0-9]", "", name))
    return name if len(name) >= 2 and name[:1].isalpha() else f"Tag{name}"


def _group_name(prefix: str) -> str:
    """A document prefix made usable as a group name (XMP.pm FoundXMP)."""
    if re.fullmatch(r"[A-Z_a-z\x80-\uffff][-.0-9A-Z_a-z\x80-\uffff]*", prefix):
        return prefix
    cleaned = re.sub(r"[^-.0-9A-Z_a-z\x80-\uffff]", "", prefix)
    return cleaned if re.match(r"[A-Z_a-z\x80-\uffff]", cleaned) else f"ns_{cleaned}"


def _language(lang: str) -> str:
    """XMP.pm StandardLangCase, then ``_`` to ``-`` (ExifTool GetLangInfo)."""
    match = re.match(r"([a-z]{2,3}|[xi])(-[a-z]{2})\b(.*)", lang, re.IGNORECASE)
    lang = match.group(1).lower() + match.group(2).upper() + match.group(3).lower() if match else lang.lower()
    return lang.replace("_", "-")


def _base64(value: str) -> Any:
    """An ``rdf:datatype`` base64 value: text when short and printable, else binary (XMP.pm)."""
    raw = _decoded(value)
    if len(raw) > 100 or re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", raw):
        return binary(len(raw))
    return raw.decode("utf-8", errors="replace")


def _auto(value: str) -> Any:
    """ExifTool's guess for properties it has no row for (XMPAutoConv): a rational becomes a
    number, an ISO date-time an EXIF-style one."""
    rational = _rational(value)
    if rational is not None:
        return rational
    return xmp_date(value, "") if ISO_DATE_TIME.fullmatch(value) else value


def _rational(value: Any) -> Any:
    """``"28/10"`` → 2.8, ``"1/0"`` → "inf", ``"0/0"`` → "undef"; None if not a rational (XMP.pm
    ConvertRational)."""
    match = RATIONAL.fullmatch(value) if isinstance(value, str) else None
    return rational(int(match.group(1)), int(match.group(2)), 15) if match else None


def _perl_number(value: Any) -> float:
    """A value as a Perl expression uses it: a number, else its leading number, else 0
    ("inf" is infinite)."""
    if is_number(value):
        return value
    if value == "inf":
        return math.inf
    match = PERL_NUMBER.match(str(value))
    return float(match.group(1)) if match else 0.0


def _apex(function: Callable[[float, str], Any]) -> Callable[[Any], Any]:
    """An APEX conversion of values.py applied after ConvertRational, to Perl's reading of the value."""

    def convert(value: Any) -> Any:
        converted = _rational(value)
        return function(_perl_number(value if converted is None else converted), "")

    return convert


def _degrees(value: Any) -> Any:
    """A GPS coordinate ("47,23.1234N") as signed decimal degrees (GPS.pm ToDegrees with sign)."""
    text = str(value)
    if re.search(r"\b(inf|undef)\b", text):
        return ""
    parts = [float(p) for p in re.findall(r"[+-]?(?=\d|\.\d)\d*(?:\.\d*)?(?:[Ee][+-]\d+)?", text)]
    if not parts:
        return ""
    degrees = number(degrees_of(parts[:3]))
    return -degrees if re.search(r"[^A-Z](S(outh)?|W(est)?)\s*$", text, re.IGNORECASE) else degrees


def _decoded(value: Any) -> bytes:
    try:
        return base64.b64decode(re.sub(r"[^A-Za-z0-9+/]", "", str(value)) + "==")
    except (binascii.Error, ValueError):
        return b""


def _doubles(value: Any, count: int) -> tuple[float, ...] | None:
    raw = _decoded(value)
    return struct.unpack_from(f"<{count}d", raw) if len(raw) >= 8 * count else None


def _double(value: Any) -> Any:
    """Nikon asteroid (ast) values: a base64 little-endian double."""
    parts = _doubles(value, 1)
    return number(parts[0]) if parts else value


def _dms(value: Any) -> Any:
    """Nikon asteroid coordinates: three base64 little-endian doubles, degrees minutes seconds."""
    parts = _doubles(value, 3)
    return number(parts[0] + parts[1] / 60 + parts[2] / 3600) if parts else value


def _int32u(value: Any) -> Any:
    raw = _decoded(value)
    return struct.unpack_from("<I", raw)[0] if len(raw) >= 4 else value


def _unix_time(value: Any) -> Any:
    """Seconds since 1970 as ``YYYY:MM:DD HH:MM:SS`` UTC (ExifTool ConvertUnixTime)."""
    seconds = _perl_number(value)
    if not seconds:
        return "0000:00:00 00:00:00"
    try:
        return datetime.fromtimestamp(int(seconds + 1e-6), UTC).strftime("%Y:%m:%d %H:%M:%S")
    except (OverflowError, OSError, ValueError):
        return value


def _rational_list(value: Any) -> Any:
    """Four rationals in one string as numbers (XMP.pm ConvertRationalList)."""
    parts = [_rational(p) for p in str(value).split()]
    if len(parts) != 4 or None in parts:
        return value
    return " ".join(_perl_string(p) for p in parts)


def _perl_string(value: Any) -> str:
    return format(value, ".15g") if isinstance(value, float) else str(value)


# Value conversions named in tags/xmp.py: ExifTool's conversion for the Writable type ('rational',
# 'date') and the ValueConv of the row.
CONVERSIONS: dict[str, Callable[[Any], Any]] = {
    "rational": lambda v: _first_value(_rational(v), v),
    "date": lambda v: xmp_date(v, ""),
    "degrees": _degrees,
    "aperture": _apex(apex_aperture),
    "shutter": _apex(apex_shutter),
    "color_space": lambda v: 0xFFFF if _perl_number(v) == 0xFFFFFFFF else v,
    "rational_list": _rational_list,
    "base64": lambda v: binary(len(_decoded(v))),
    "base64_double": _double,
    "base64_dms": _dms,
    "base64_int32u": _int32u,
    "base64_version": lambda v: ".".join(str(b) for b in _decoded(v)),
    "unix_time": _unix_time,
    "plus_vocab": lambda v: str(v).replace("http://ns.useplus.org/ldf/vocab/", ""),
    "strip_slash": lambda v: str(v).removeprefix("/"),
    "exif_time": lambda v: exif_time(str(v)),
}


def _first_value(value: Any, default: Any) -> Any:
    return default if value is None else value


def _convert(conv: str | None, value: Any) -> Any:
    return CONVERSIONS[conv](value) if conv and not isinstance(value, dict) else value
