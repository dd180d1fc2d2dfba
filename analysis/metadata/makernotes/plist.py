"""Binary property lists inside maker notes (Apple), read as ExifTool's PLIST.pm shows them.

Parsing is the standard library's ``plistlib``; what differs is the presentation: ExifTool
12.57 ExtractObject names the boolean markers the other way round from Apple's format (0x08
"True", 0x09 "False"), and ConvertPLIST serialises a dictionary as ``{key=value,...}`` with
sorted keys (XMPStruct.pl SerializeStruct). Both are kept so values match ExifTool's.
"""

import plistlib
from typing import Any

from ..values import number

PLIST_ERRORS = (
    plistlib.InvalidFileException,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    OverflowError,
    RecursionError,
)


def load(data: bytes) -> Any:
    """The object of a binary plist with ExifTool's booleans, or None when it is not one."""
    try:
        return _exiftool_view(plistlib.loads(data, fmt=plistlib.FMT_BINARY))
    except PLIST_ERRORS:
        return None


def _exiftool_view(obj: Any) -> Any:
    if isinstance(obj, bool):
        return not obj
    if isinstance(obj, dict):
        return {str(key): _exiftool_view(value) for key, value in obj.items()}
    if isinstance(obj, list):
        return [_exiftool_view(item) for item in obj]
    if isinstance(obj, float):
        return number(obj)
    if isinstance(obj, bytes):
        return {"binary": len(obj)}
    return obj


def plist_value(data: Any) -> Any:
    """ExifTool's ConvertPLIST: the plist's value, a dictionary serialised as text; None (no
    tag) when the value is not a binary plist."""
    obj = load(data) if isinstance(data, bytes) else None
    return serialise(obj) if isinstance(obj, dict) else obj


def serialise(obj: Any, closing: str = "") -> str:
    """XMPStruct.pl SerializeStruct: ``{a=1,b=[x,y]}``, with ``|`` escaping the characters
    that would end a field."""
    if isinstance(obj, dict):
        return "{" + ",".join(f"{key}={serialise(obj[key], '}')}" for key in sorted(obj)) + "}"
    if isinstance(obj, list):
        return "[" + ",".join(serialise(item, "]") for item in obj) + "]"
    text = str(obj)  # Perl's numbers, and "True"/"False" as Python spells them too
    specials = {",", "|"} | ({closing} if closing else set())
    escaped = "".join(f"|{char}" if char in specials else char for char in text)
    if escaped[:1] in (" ", "\t", "\n", "\r", "[", "{"):
        escaped = "|" + escaped
    return escaped
