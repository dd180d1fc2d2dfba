"""ZIP intake: the image members of an uploaded archive, every other member named and skipped.

A member's name is text only: it is reported, and kept exactly as the archive holds it as the
image's original filename (shown through escaping filters), but never joined to a path
(originals are stored under their hash, see ``cases.models.original_path``). Its bytes are read
as ``unzip`` reads them (:func:`member_name`): UTF-8 when the archive says so or when they are
valid UTF-8 (Info-ZIP on Linux and macOS writes UTF-8 names without saying so), else cp437.
An archive over any cap in settings (``ZIP_MAX_MEMBERS``, ``ZIP_MAX_TOTAL_BYTES``,
``ZIP_MAX_RATIO``) is refused whole from its central directory, before anything is decompressed.
Nested archives are never opened. The archive is read from a file (ZIP64 included, as zipfile
reads it) one member at a time: a member the engine can read whole (``MAX_FILE_BYTES``) comes as
bytes, a larger one as a stream to copy (:class:`LargeMember`).
"""

import io
import lzma
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, BinaryIO

from django.conf import settings

from analysis import formats
from analysis.limits import MAX_FILE_BYTES

# Local file header and end-of-central-directory (empty archive) signatures (APPNOTE.TXT 4.3.7, 4.3.16).
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")

# Members no larger than this are not checked for their compression ratio: a small file of
# repeated bytes compresses very well without being a bomb.
RATIO_FLOOR_BYTES = 1024 * 1024

# The name flag of a member whose name is UTF-8 (APPNOTE.TXT 4.4.4, general purpose bit 11), and the
# Info-ZIP Unicode Path extra field, a UTF-8 name beside a legacy one (APPNOTE.TXT 4.6.9).
UTF8_NAME_FLAG = 0x800
UNICODE_PATH_EXTRA = 0x7075

# Leading bytes of archive and compressed-stream formats (each format's own specification).
ARCHIVE_SIGNATURES = {
    b"PK\x03\x04": "ZIP",
    b"PK\x05\x06": "ZIP",
    b"PK\x07\x08": "ZIP",
    b"Rar!\x1a\x07": "RAR",
    b"7z\xbc\xaf\x27\x1c": "7-Zip",
    b"\x1f\x8b": "gzip",
    b"BZh": "bzip2",
    b"\xfd7zXZ\x00": "xz",
    b"\x28\xb5\x2f\xfd": "Zstandard",
    b"MSCF": "CAB",
}
# POSIX tar: "ustar" at offset 257 of the first header block.
TAR_MAGIC_AT, TAR_MAGIC = 257, b"ustar"
ARCHIVE_SUFFIXES = (".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".cab", ".jar")

# What zipfile raises for a damaged archive or member: its own errors, those of the
# decompressors (zlib; bz2 as OSError; lzma), unsupported versions, methods and encryption
# (NotImplementedError, RuntimeError), and offsets or names it cannot use (a negative seek or an
# undecodable UTF-8 name is a ValueError, a seek past 2**63 an OverflowError).
DAMAGED_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    lzma.LZMAError,
    NotImplementedError,
    RuntimeError,
    EOFError,
    OSError,
    ValueError,
    OverflowError,
)


class ZipRefusedError(Exception):
    """The archive as a whole is refused (unreadable, or over a cap); the message says why."""


@dataclass(frozen=True)
class Member:
    """An image member: its name in the archive (text) and its bytes."""

    name: str
    data: bytes


@dataclass(frozen=True)
class LargeMember:
    """A member larger than ``MAX_FILE_BYTES`` (by the archive's directory): ``open()`` gives its
    decompressed bytes as a stream, only until the walk moves on to the next member."""

    name: str
    size: int
    open: Callable[[], IO[bytes]]


@dataclass(frozen=True)
class Skipped:
    """A member not taken, and why."""

    name: str
    reason: str


def is_zip(data: bytes) -> bool:
    """True when ``data`` starts as a ZIP archive does (its content, never its name, decides)."""
    return data[:4] in ZIP_SIGNATURES


def image_members(source: bytes | BinaryIO) -> Iterator[Member | LargeMember | Skipped]:
    """Check the archive in ``source`` (bytes, or a seekable binary file) against the caps, then
    yield its members one at a time: a :class:`Member` for each image the engine can read whole,
    a :class:`LargeMember` for each member larger than that (the caller reads its start to tell
    whether it is an image, :func:`refusal_from_content`), a :class:`Skipped` for everything else
    (directories are left out silently). Only one member's bytes (at most ``MAX_FILE_BYTES``) are
    held at once.

    Raises :class:`ZipRefusedError` at once, before yielding, when the archive cannot be read
    or exceeds ``ZIP_MAX_MEMBERS``, ``ZIP_MAX_TOTAL_BYTES`` or ``ZIP_MAX_RATIO``.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except DAMAGED_ZIP_ERRORS as exc:
        raise ZipRefusedError(f"not a readable ZIP archive ({exc})") from exc
    _check_caps(archive.infolist())
    return _walk(archive)


def display_name(name: str) -> str:
    """A member name as stored and reported: exactly as in the archive (characters that do not
    print are made visible where it is shown, :func:`cases.templatetags.metadata.visible`), or
    "(unnamed member)" when it is empty."""
    return name or "(unnamed member)"


def member_name(info: zipfile.ZipInfo) -> str:
    """The name of ``info`` as ``unzip`` reads it. zipfile decodes a name without the UTF-8 flag
    as cp437, but Info-ZIP on Linux and macOS writes UTF-8 names without setting that flag, so
    "Crémieux.tiff" would be kept as "Cr├⌐mieux.tiff". Without the flag, the raw name bytes
    (``orig_filename`` encoded back as cp437, which maps every byte to one character and back)
    are read from an Info-ZIP Unicode Path extra field that matches them, else as UTF-8 when
    they are valid UTF-8, else as cp437. Cut at a NUL, as zipfile cuts ``filename``."""
    name = info.orig_filename
    if not info.flag_bits & UTF8_NAME_FLAG:
        raw = name.encode("cp437")
        name = _unicode_path(info.extra, raw)
        if name is None:
            try:
                name = raw.decode("utf-8")
            except UnicodeDecodeError:
                name = info.orig_filename
    return name.split("\x00", 1)[0]


def _unicode_path(extra: bytes, raw: bytes) -> str | None:
    """The UTF-8 name of an Info-ZIP Unicode Path extra field (version 1) in ``extra`` whose CRC
    is that of the ``raw`` header name (a field left from before a rename does not match), or None."""
    at = 0
    while at + 4 <= len(extra):
        kind, size = struct.unpack_from("<HH", extra, at)
        body = extra[at + 4 : at + 4 + size]
        at += 4 + size
        matches = len(body) >= 5 and body[0] == 1 and struct.unpack_from("<I", body, 1)[0] == zlib.crc32(raw)
        if kind == UNICODE_PATH_EXTRA and matches:
            try:
                return body[5:].decode("utf-8")
            except UnicodeDecodeError:
                return None
    return None


def _check_caps(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > settings.ZIP_MAX_MEMBERS:
        raise ZipRefusedError(f"it has {len(infos)} members; the limit is {settings.ZIP_MAX_MEMBERS}")
    total = sum(info.file_size for info in infos)
    if total > settings.ZIP_MAX_TOTAL_BYTES:
        raise ZipRefusedError(
            f"it would expand to {_mb(total)}; the limit is {_mb(settings.ZIP_MAX_TOTAL_BYTES)} (possible ZIP bomb)"
        )
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR_BYTES and ratio > settings.ZIP_MAX_RATIO:
            raise ZipRefusedError(
                f"member {display_name(member_name(info))!r} expands {ratio:.0f} times; the limit is "
                f"{settings.ZIP_MAX_RATIO} (possible ZIP bomb)"
            )


def _walk(archive: zipfile.ZipFile) -> Iterator[Member | LargeMember | Skipped]:
    with archive:
        for info in archive.infolist():
            if info.filename.endswith("/"):  # a folder (ZipInfo.is_dir() fails on an empty name)
                continue
            name = display_name(member_name(info))
            reason = _refusal(info, name)
            if reason:
                yield Skipped(name, reason)
                continue
            if info.file_size > MAX_FILE_BYTES:
                yield LargeMember(name, info.file_size, lambda info=info: archive.open(info))
                continue
            try:
                with archive.open(info) as member:
                    data = member.read(MAX_FILE_BYTES + 1)
            except DAMAGED_ZIP_ERRORS as exc:
                yield Skipped(name, f"unreadable ({exc})")
                continue
            yield _classify(name, data)


def _refusal(info: zipfile.ZipInfo, name: str) -> str | None:
    """Why a member named ``name`` is skipped from its directory entry alone, without decompressing it."""
    if info.flag_bits & 0x1:
        return "encrypted"
    if name.lower().endswith(ARCHIVE_SUFFIXES):
        return "nested archive, not opened (upload it on its own)"
    if info.file_size == 0:
        return "empty"
    return None


def _classify(name: str, data: bytes) -> Member | Skipped:
    if len(data) > MAX_FILE_BYTES:  # the archive's directory said it was smaller
        return Skipped(name, "larger than its entry in the archive's directory states (damaged or forged)")
    reason = refusal_from_content(data)
    return Skipped(name, reason) if reason else Member(name, data)


def refusal_from_content(head: bytes) -> str | None:
    """Why a member whose bytes start with ``head`` is skipped (a nested archive, not an image),
    None for an image."""
    kind = _archive_kind(head)
    if kind:
        return f"nested archive ({kind}), not opened (upload it on its own)"
    if formats.detect(head) is None:
        return "not an image"
    return None


def _archive_kind(data: bytes) -> str | None:
    for signature, kind in ARCHIVE_SIGNATURES.items():
        if data.startswith(signature):
            return kind
    if data[TAR_MAGIC_AT : TAR_MAGIC_AT + len(TAR_MAGIC)] == TAR_MAGIC:
        return "tar"
    return None


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"
