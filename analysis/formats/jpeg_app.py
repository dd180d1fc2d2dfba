"""JPEG APPn segments told apart by their identifier, as ExifTool's ProcessJPEG (ExifTool.pm) does.

Single-segment blocks are a row of :data:`BLOCKS`. Four kinds may span several segments and are
put together first: EXIF continued in the following APP1 segments, Photoshop IRB data in
consecutive APP13 segments, ICC profile chunks numbered in APP2 (ICC.1:2010 Annex B.4) and
extended XMP chunks in APP1 keyed by GUID (XMP Specification Part 3, §1.1.3.1). A camera preview
split over APP2 segments is only described (File:PreviewImage).
"""

import re

from ..metadata.context import Block, ReadContext
from ..metadata.values import binary
from ..metadata.vendor_app import VendorSegments

TIFF_HEADERS = (b"II*\x00", b"MM\x00*")
XMP_EXTENSION = b"http://ns.adobe.com/xmp/extension/\x00"
ICC_PROFILE = b"ICC_PROFILE\x00"
# A JPEG preview some cameras (Samsung, BenQ, Rollei) split over consecutive APP2 segments.
APP2_PREVIEW = re.compile(rb"(|QVGA\x00|BGTH)\xff\xd8\xff[\xdb\xe0\xe1]")
APP2_IDENTIFIERS = (ICC_PROFILE, b"MPF\x00", b"FPXR\x00")
# APP13 identifiers and the header length ExifTool skips for each ($psAPP13hdr, $psAPP13old).
PHOTOSHOP = ((b"Photoshop 3.0\x00", 14), (b"Adobe_Photoshop2.5:", 27))

# (marker, identifier) → kind of the block that follows the identifier.
BLOCKS = {
    (0xE0, b"JFIF\x00"): "JFIF",
    (0xE0, b"JFXX\x00"): "JFXX",
    (0xE1, b"http://ns.adobe.com/xap/1.0/\x00"): "XMP",
    (0xE2, b"MPF\x00"): "MPF",
    (0xEC, b"Ducky"): "Ducky",
    (0xED, b"Adobe_CM"): "AdobeCM",
    (0xEE, b"Adobe"): "Adobe",
}


class AppSegments:
    """Receives the segments before the first scan in file order and hands blocks to ``ctx``;
    :meth:`finish` must be called at the first SOS (or the end) to complete pending blocks."""

    def __init__(self, ctx: ReadContext) -> None:
        self.ctx = ctx
        self._pending: tuple[str, str, int, list[bytes]] | None = None
        self._icc_total: int | None = None
        self._icc_count = 0
        self._icc_chunks: dict[int, bytes] = {}
        self._icc_done = False
        self._extended: dict[bytes, tuple[int, dict[int, bytes]]] = {}
        self._xmp = b""
        self._vendor = VendorSegments(ctx)  # FLIR, InfiRay, Qualcomm, Casio QVCI

    def segment(self, marker: int, offset: int, body: bytes) -> None:
        """One segment: ``offset`` is the absolute offset of ``body`` (after the length field)."""
        if self._continues(marker, body):
            return
        self._flush()
        if self._vendor.segment(marker, body):
            return
        path = f"JPEG-APP{marker - 0xE0}"
        for (app, identifier), kind in BLOCKS.items():
            if marker == app and body.startswith(identifier):
                if kind == "XMP" and not self._xmp:
                    self._xmp = body  # names the GUID of its extended XMP, read at finish()
                self.ctx.read(Block(kind, body[len(identifier) :], path, offset + len(identifier)))
                return
        exif_at = body.find(b"Exif\x00", 0, 10)
        if marker == 0xE1 and 0 <= exif_at <= 4 and len(body) > exif_at + 6:
            if exif_at:
                self.ctx.warn("JPEG", "Unknown garbage at start of EXIF segment")
            self._pending = ("EXIF", path, offset + exif_at + 6, [body[exif_at + 6 :]])
        elif marker == 0xE1 and body.startswith(XMP_EXTENSION):
            self._extended_xmp(body)
        elif marker == 0xE2 and body.startswith(ICC_PROFILE) and len(body) >= 14:
            self._icc(body, offset)
        elif marker == 0xE2 and (preview := APP2_PREVIEW.match(body)):
            self._pending = ("PreviewImage", path, offset, [body[len(preview.group(1)) :]])
        elif marker == 0xED:
            for identifier, skip in PHOTOSHOP:
                if body.startswith(identifier):
                    # the path names the directory: IPTC inside is "standard" only at
                    # JPEG-APP13-Photoshop-IPTC (ExifTool IPTC.pm %isStandardIPTC)
                    self._pending = ("Photoshop", "JPEG-APP13-Photoshop", offset + skip, [body[skip:]])
        else:
            self._small(marker, body)

    def finish(self) -> None:
        """Complete what waits for the end of the metadata segments (ExifTool does this at SOS)."""
        self._flush()
        self._vendor.finish()
        for guid, (size, parts) in sorted(self._extended.items()):
            self._read_extended(guid.decode("ascii"), size, parts)
        self._extended.clear()
        if self._icc_total is not None and not self._icc_done:
            self.ctx.warn("JPEG", "Incomplete ICC_Profile record")
            self._icc_done = True

    def _continues(self, marker: int, body: bytes) -> bool:
        if self._pending is None:
            return False
        kind, _, _, parts = self._pending
        if kind == "EXIF" and marker == 0xE1 and body.startswith(b"Exif\x00") and body[6:10] not in TIFF_HEADERS:
            if len(parts) == 1:
                self.ctx.warn("JPEG", "File contains multi-segment EXIF")
            parts.append(body[6:])
            return True
        if kind == "Photoshop" and marker == 0xED and body.startswith(PHOTOSHOP[0][0]):
            parts.append(body[PHOTOSHOP[0][1] :])
            return True
        if kind == "PreviewImage" and marker == 0xE2 and not body.startswith(APP2_IDENTIFIERS):
            parts.append(body)
            return True
        return False

    def _flush(self) -> None:
        if self._pending is not None:
            kind, path, offset, parts = self._pending
            self._pending = None
            if kind == "PreviewImage":  # not a metadata block: only described, as ExifTool does
                self.ctx.add("File", {kind: binary(sum(map(len, parts)))})
            else:
                self.ctx.read(Block(kind, b"".join(parts), path, offset if len(parts) == 1 else 0))

    def _icc(self, body: bytes, offset: int) -> None:
        """ICC chunks: byte 12 is the sequence number, byte 13 the chunk count (ICC.1 B.4)."""
        sequence, total = body[12], body[13]
        if self._icc_done or (self._icc_total is not None and total != self._icc_total):
            self.ctx.warn("JPEG", "Invalid or extraneous ICC_Profile chunk(s)")
            return
        if self._icc_total is None:
            self._icc_total = total
            if not total:
                self.ctx.warn("JPEG", "ICC_Profile chunk count is zero")
        if sequence in self._icc_chunks:
            self.ctx.warn("JPEG", "Duplicate ICC_Profile chunk number(s)")
        self._icc_chunks[sequence] = self._icc_chunks.get(sequence, b"") + body[14:]
        self._icc_count += 1
        if self._icc_count >= total:
            single = offset + 14 if self._icc_count == 1 else 0
            profile = b"".join(self._icc_chunks[key] for key in sorted(self._icc_chunks))
            self._icc_done, self._icc_chunks = True, {}
            self.ctx.read(Block("ICC", profile, "JPEG-APP2", single))

    def _extended_xmp(self, body: bytes) -> None:
        """Header: 35-byte identifier, 32-byte GUID, full size and this chunk's offset (u32 BE)."""
        if len(body) <= 75:
            self.ctx.warn("JPEG", "Invalid extended XMP segment")
            return
        guid = body[35:67]
        if not guid.isalnum():
            self.ctx.warn("JPEG", "Invalid extended XMP GUID")
            return
        size, at = int.from_bytes(body[67:71], "big"), int.from_bytes(body[71:75], "big")
        known_size, parts = self._extended.setdefault(guid, (size, {}))
        if size != known_size:
            self.ctx.warn("JPEG", "Inconsistent extended XMP size")
        parts[at] = body[75:]

    def _read_extended(self, guid: str, size: int, parts: dict[int, bytes]) -> None:
        """Read a complete extended XMP whose GUID the main XMP names (xmpNote:HasExtendedXMP),
        as ExifTool does by default; others are reported and left."""
        pieces, at = [], 0
        while at < size and parts.get(at):
            pieces.append(parts[at])
            at += len(parts[at])
        if at != size:
            self.ctx.warn("JPEG", f"Incomplete extended XMP (GUID {guid})")
        elif guid.encode("ascii") not in self._xmp:
            self.ctx.warn("JPEG", f"Ignored non-standard extended XMP (GUID {guid})")
        else:
            self.ctx.read(Block("XMP", b"".join(pieces), "JPEG-APP1"))

    def _small(self, marker: int, body: bytes) -> None:
        """Segments whose few tags are read in place (ExifTool JPEG.pm AVI1, GraphConv; APP10 comment)."""
        if marker == 0xE0 and body.startswith(b"AVI1") and len(body) > 4:
            self.ctx.add("AVI1", {"InterleavedField": body[4]})
        elif marker == 0xEA and body.startswith(b"UNICODE\x00"):
            self.ctx.add("File", {"Comment": body[8:].decode("utf-16-be", errors="replace")})
        elif marker == 0xEF and len(body) == 4 and (quality := re.match(rb"Q\s*(\d+)", body)):
            self.ctx.add("GraphConv", {"Quality": int(quality.group(1))})
