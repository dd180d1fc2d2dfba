"""Camera makers' own JPEG APPn segments: FLIR's FFF structure in APP1 ``FLIR`` chunks, InfiRay's
IJPEG sections in APP2-APP9, Qualcomm camera attributes in APP7 and Casio's APP1 ``QVCI``
(ExifTool 12.57 ExifTool.pm ProcessJPEG, FLIR.pm, InfiRay.pm, Qualcomm.pm, Casio.pm QVCI,
DJI.pm, Kodak.pm Meta), in groups FLIR, InfiRay, Qualcomm, Casio, DJI and MetaIFD.

:class:`VendorSegments` is handed every APPn segment before the first scan by the JPEG walker
(:mod:`analysis.formats.jpeg_app`) and keeps those it recognises:

- FLIR: each APP1 segment is ``FLIR\\0``, a byte, the chunk number, the highest chunk number,
  then a piece of one FFF structure; once every chunk has come the pieces are joined in number
  order and the FFF read: a 64-byte header (``FFF\\0`` or ``AFF\\0``, the creating program, a
  version 100-199 that gives the byte order, the offset and count of the record directory),
  then 32-byte directory entries (record type, offset and length) naming the records.
- InfiRay: an APP2 segment ``....IJPEG\\0`` (the IJPEG version header) announces the others;
  APP3 is the raw image data (described, not copied), APP4-APP9 hold fixed little-endian blocks.
- Qualcomm (``\\x1aQualcomm Camera Attributes``): little-endian records of a 16-bit value size,
  an 8-bit name size, the name, a format byte, two 16-bit counts and the value; tag names are
  made from the record names as Qualcomm.pm MakeNameAndDesc does.
- Casio QVCI (QV-7000SX): one fixed block.
- Kodak APP3 ``Meta`` (DC240, DC280...): a TIFF structure of Kodak's own IFD tags.
- DJI thermal cameras (IFD0 Make ``DJI``): raw thermal data in APP3 and calibration in APP5
  (described), thermal parameters in APP4 (``\\xaa\\x55\\x12\\x06``), and an APP6 ``DTAT``
  analysis record (text), group DJI.

Nothing is raised on damaged input: problems are warnings on the group.
"""

import re
import struct

from ..binary import ByteReader
from .context import ReadContext
from .makernotes.note import Note, jsonable
from .makernotes.table import Table, Tag
from .makernotes.tags import casio, flir, infiray, kodak
from .makernotes.tags import dji as dji_tags
from .makernotes.walker import decode, read_block, read_ifd
from .values import binary

FLIR_GROUP, INFIRAY_GROUP = "FLIR", "InfiRay"
FLIR_CHUNK = b"FLIR\x00"
FLIR_CHUNK_HEADER = 8
FFF_HEADER = 0x40
FFF_ENTRY = 0x20
FFF_SIGNATURE = re.compile(rb"[AF]FF\x00")
FFF_VERSIONS = range(100, 200)
# FLIR.pm FFF: record type → (table, fixed byte order or None to follow the FFF's).
FFF_RECORDS: dict[int, tuple[Table, str | None]] = {
    0x01: (flir.RAW_DATA, None),
    0x0E: (flir.EMBEDDED_IMAGE, None),
    0x20: (flir.CAMERA_INFO, None),
    0x22: (flir.PALETTE_INFO, None),
    0x2A: (flir.PIP, "<"),
    0x2B: (flir.GPS_INFO, "<"),
}
# Records whose first 16-bit word is a byte-order mark (2 or 3 when read right): RawData,
# EmbeddedImage, CameraInfo (FLIR.pm ToggleByteOrder).
ORDER_MARKED = (0x01, 0x0E, 0x20)
RAW_DATA, EMBEDDED_IMAGE = 0x01, 0x0E
IMAGE_AT = 0x20  # image bytes follow the record's 32-byte header
TIFF_HEADER = 0xCC  # ExifTool MakeTiffHeader: what it puts before 16-bit raw thermal data
PLANCK_TO_MICRONS = 14387.6515  # FLIR.pm Composite PeakSpectralSensitivity: 14387.6515 / PlanckB

IJPEG = re.compile(rb"....IJPEG\x00", re.S)
# InfiRay sections after the version header: marker → (table, least segment length).
INFIRAY_SECTIONS = {
    0xE4: (infiray.FACTORY, 120),
    0xE5: (infiray.PICTURE, 38),
    0xE6: (infiray.MIX_MODE, 129),
    0xE7: (infiray.OP_MODE, 32),
    0xE8: (infiray.ISOTHERMAL, 32),
    0xE9: (infiray.SENSOR, 768),
}
APP2, APP3, APP4, APP5, APP6, APP7 = 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7
# ExifTool.pm tests these identifiers before the InfiRay and DJI data of the same marker.
TAKEN_FIRST = {
    APP3: re.compile(rb"(Meta|META|Exif)\x00\x00|Stim\x00|_JPSJPS_"),
    APP4: re.compile(rb"SCALADO\x00|FPXR\x00"),
    APP5: re.compile(rb"RMETA\x00|ssuniqueid\x00"),
    APP6: re.compile(rb"EPPIM\x00|NITF\x00|TDHD\x01\x00\x00\x00|GoPro\x00|DTAT\x00\x00.\{", re.S),
    APP7: re.compile(rb"PENTAX \x00(II|MM)|HUAWEI\x00\x00(II|MM)"),
    0xE8: re.compile(rb"SPIFF\x00"),
    0xE9: re.compile(rb"Media Jukebox\x00"),
}
DJI_GROUP = "DJI"
KODAK_META = re.compile(rb"(?:Meta|META|Exif)\x00\x00")
KODAK_META_HEADER = 6
TIFF_MARKS = {b"II*\x00": "<", b"MM\x00*": ">"}
DJI_THERMAL_PARAMS = b"\xaa\x55\x12\x06"
DJI_DTAT = re.compile(rb"DTAT\x00\x00.\{", re.S)
QVCI = b"QVCI\x00"
CASIO_GROUP, QUALCOMM_GROUP = "Casio", "Qualcomm"
QUALCOMM = b"\x1aQualcomm Camera Attributes"
# Qualcomm.pm: format byte → ExifTool format (others are kept as bytes).
QUALCOMM_FORMATS = ("int8u", "int8s", "int16u", "int16s", "int32u", "int32s", "float", "double")
QUALCOMM_ACRONYM = re.compile(r"^(asf|awb|aec|afr|af_|la_|r2_tl|tl)")


class VendorSegments:
    """Collects the FLIR, InfiRay, Qualcomm, Casio QVCI and DJI segments of one JPEG;
    :meth:`finish` must be called at the end of the metadata segments (it completes the image
    data of consecutive APP3 segments)."""

    def __init__(self, ctx: ReadContext) -> None:
        self.ctx = ctx
        self._flir_total: int | None = None
        self._flir_chunks: dict[int, bytes] | None = None
        self._flir_done = False
        self._ijpeg = False
        self._imaging: int | None = None  # bytes of consecutive APP3 segments (image data)

    def segment(self, marker: int, body: bytes) -> bool:
        """Take ``body`` of an APPn segment (``marker`` 0xE0-0xEF) when it is one of these, in
        ExifTool's order of tests; False leaves it to the other readers."""
        if marker != APP3:
            self._finish_imaging()
        if marker == 0xE1 and body.startswith(FLIR_CHUNK) and len(body) >= FLIR_CHUNK_HEADER:
            self._flir_chunk(body)
            return True
        if marker == 0xE1 and body.startswith(QVCI):
            self._read(CASIO_GROUP, body, ">", casio.QVCI)
            return True
        if marker == APP7 and body.startswith(QUALCOMM):
            read_qualcomm(self.ctx, body[len(QUALCOMM) :])
            return True
        if marker == APP2 and IJPEG.match(body):
            self._ijpeg = True
            self._read(INFIRAY_GROUP, body, "<", infiray.VERSION)
            return True
        if marker == APP6 and DJI_DTAT.match(body):
            self.ctx.add(DJI_GROUP, {"DJI_DTAT": body[7:].decode("utf-8", "replace")})
            return True
        if marker == APP3 and KODAK_META.match(body):
            read_kodak_meta(self.ctx, body[KODAK_META_HEADER:])
            return True
        taken = TAKEN_FIRST.get(marker)
        if taken is not None and taken.match(body):
            return False
        dji = self.ctx.metadata.get("IFD0", {}).get("Make") == "DJI"
        if marker == APP3 and (self._ijpeg or dji):
            self._imaging = (self._imaging or 0) + len(body)
            return True
        if dji and marker == APP4 and body.startswith(DJI_THERMAL_PARAMS):
            self._read(DJI_GROUP, body, "<", dji_tags.THERMAL_PARAMS)
            return True
        if dji and marker == APP5:
            self.ctx.add(DJI_GROUP, {"ThermalCalibration": binary(len(body))})
            return True
        section = INFIRAY_SECTIONS.get(marker) if self._ijpeg else None
        if section is not None and len(body) >= section[1]:
            self._read(INFIRAY_GROUP, body, "<", section[0])
            return True
        return False

    def finish(self) -> None:
        """Complete what waits for the end of the segments."""
        self._finish_imaging()
        if self._flir_chunks and not self._flir_done:
            self.ctx.warn(FLIR_GROUP, "Incomplete FLIR record")

    def _finish_imaging(self) -> None:
        """Consecutive APP3 segments are one block: InfiRay ImagingData, else DJI ThermalData."""
        if self._imaging is not None:
            group, name = (INFIRAY_GROUP, "ImagingData") if self._ijpeg else (DJI_GROUP, "ThermalData")
            self.ctx.add(group, {name: binary(self._imaging)})
            self._imaging = None

    def _flir_chunk(self, body: bytes) -> None:
        """ExifTool.pm: byte 6 numbers the chunk, byte 7 is the last chunk number; a chunk
        count that changes abandons the record."""
        number, total = body[6], body[7] + 1
        if self._flir_done:
            self.ctx.warn(FLIR_GROUP, "Invalid or extraneous FLIR chunk(s)")
            return
        if self._flir_total is None:
            self._flir_total, self._flir_chunks = total, {}
        elif total != self._flir_total:
            self._flir_chunks = None
        if self._flir_chunks is None:
            self.ctx.warn(FLIR_GROUP, "Invalid or extraneous FLIR chunk(s)")
            return
        if number in self._flir_chunks:
            self.ctx.warn(FLIR_GROUP, "Duplicate FLIR chunk number(s)")
        self._flir_chunks[number] = self._flir_chunks.get(number, b"") + body[FLIR_CHUNK_HEADER:]
        if len(self._flir_chunks) >= total:
            data = b"".join(self._flir_chunks[key] for key in sorted(self._flir_chunks))
            self._flir_chunks, self._flir_done = {}, True
            read_fff(self.ctx, data)

    def _read(self, group: str, data: bytes, order: str, table: Table) -> None:
        note = _note(self.ctx, group)
        read_block(note, data, order, table)
        note.flush()


def _note(ctx: ReadContext, group: str) -> Note:
    ifd0 = ctx.metadata.get("IFD0", {})
    return Note(ctx, group, str(ifd0.get("Make", "")), str(ifd0.get("Model", "")))


def read_fff(ctx: ReadContext, data: bytes) -> None:
    """Read one FLIR FFF structure (FLIR.pm ProcessFLIR) into group FLIR. Its tags replace the
    FLIR maker note's of the same name (the maker note has priority 0 in ExifTool)."""
    if len(data) < FFF_HEADER or not FFF_SIGNATURE.match(data):
        return
    order = next((o for o in (">", "<") if struct.unpack_from(o + "I", data, 0x14)[0] in FFF_VERSIONS), None)
    if order is None:
        ctx.warn(FLIR_GROUP, "Unsupported FLIR FFF version")
        return
    start, count = struct.unpack_from(order + "II", data, 0x18)
    if start + count * FFF_ENTRY > len(data):
        ctx.warn(FLIR_GROUP, "Truncated FLIR FFF directory")
        return
    note = _note(ctx, FLIR_GROUP)
    read_block(note, data[:FFF_HEADER], order, flir.HEADER)
    for index in range(count):
        entry = start + index * FFF_ENTRY
        kind = struct.unpack_from(order + "H", data, entry)[0]
        if kind == 0:
            continue
        at, length = struct.unpack_from(order + "II", data, entry + 0x0C)
        if at + length > len(data):
            ctx.warn(FLIR_GROUP, "Invalid FLIR record")
            break
        if kind not in FFF_RECORDS:
            continue
        record = data[at : at + length]
        table, fixed = FFF_RECORDS[kind]
        record_order = fixed or order
        if kind in ORDER_MARKED and len(record) >= 2 and struct.unpack_from(order + "H", record)[0] >= 0x100:
            record_order = "<" if order == ">" else ">"  # FLIR.pm ToggleByteOrder, for this record
        read_block(note, record, record_order, table)
        if kind in (RAW_DATA, EMBEDDED_IMAGE):
            _image(note, kind, record[IMAGE_AT:], record_order)
    note.flush(latest=True)
    planck_b = ctx.metadata.get(FLIR_GROUP, {}).get("PlanckB")
    if isinstance(planck_b, (int, float)) and planck_b:
        ctx.add(FLIR_GROUP, {"PeakSpectralSensitivity": PLANCK_TO_MICRONS / planck_b})


def read_kodak_meta(ctx: ReadContext, tiff: bytes) -> None:
    """Kodak.pm Meta: the APP3 ``Meta`` segment is a TIFF structure like EXIF's whose first IFD
    holds Kodak's film and scan tags (group MetaIFD) and points to the special-effects and
    borders IFDs; the IFDs chained after the first are not read."""
    order = TIFF_MARKS.get(tiff[:4])
    if order is None or len(tiff) < 8:
        ctx.warn("MetaIFD", "Kodak Meta segment without a TIFF header")
        return
    note = _note(ctx, "MetaIFD")
    read_ifd(note, ByteReader(tiff, order), struct.unpack_from(order + "I", tiff, 4)[0], 0, kodak.META)
    note.flush()


def qualcomm_name(record: str) -> str:
    """Qualcomm.pm MakeNameAndDesc: a tag name from a record name (``aec_current_sensor_luma``
    → ``AECCurrentSensorLuma``, ``asf5_luma_filter[0]`` → ``ASF5LumaFilter00``); "" when none."""
    found = QUALCOMM_ACRONYM.match(record)
    name = found[1].upper() + record[found.end() :] if found else record[:1].upper() + record[1:]
    name = re.sub(r"_([a-z])", lambda m: "_" + m[1].upper(), name)
    name = re.sub(r"\[(\d+)\]$", lambda m: f"_{int(m[1]):02d}", name)
    name = re.sub(r"[^-_a-zA-Z0-9]", "", name)
    if "_" in name:
        name = re.sub(r"_([A-Z][a-z])", r"\1", name)
        name = re.sub(r"([a-z0-9])_([A-Z])", r"\1\2", name)
        name = re.sub(r"([A-Za-z])_(\d)", r"\1\2", name)
    return name


def read_qualcomm(ctx: ReadContext, data: bytes) -> None:
    """Qualcomm.pm ProcessQualcomm: every record of the APP7 block after its identifier."""
    tags: dict[str, object] = {}
    pos = 0
    while pos + 3 < len(data):
        size, name_size = struct.unpack_from("<HB", data, pos)
        if pos + 8 + name_size + size > len(data):
            break
        record = data[pos + 3 : pos + 3 + name_size].decode("latin-1")
        pos += 3 + name_size
        code = data[pos]
        pos += 5
        value = data[pos : pos + size]
        pos += size
        name = qualcomm_name(record)
        if not name or name in tags:
            continue
        if code < len(QUALCOMM_FORMATS):
            decoded = decode(value, QUALCOMM_FORMATS[code], None, "<")
            tags[name] = "" if decoded is None else jsonable(decoded)
        else:
            tags[name] = binary(len(value))
    ctx.add(QUALCOMM_GROUP, tags)


def _image(note: Note, kind: int, image: bytes, order: str) -> None:
    """FLIR.pm GetImageType and EmbeddedImageType: the image after a RawData or EmbeddedImage
    record's header, by its type (PNG, JPG, else raw data, which ExifTool gives a TIFF header
    when it is little-endian 16-bit RawData); described by its length, never copied."""
    if image.startswith(b"\x89PNG"):
        image_type = "PNG"
    elif image.startswith(b"\xff\xd8\xff"):
        image_type = "JPG"
    else:
        image_type = "DAT"
    if kind == EMBEDDED_IMAGE:
        _put(note, "EmbeddedImageType", image_type)
        _put(note, "EmbeddedImage", binary(len(image)))
        return
    size = len(image)
    if image_type == "PNG" and not image.startswith(b"\x89PNG\r\n\x1a\n"):
        image_type = "DAT"
    if image_type == "DAT":
        width, height = note.values["RawThermalImageWidth"], note.values["RawThermalImageHeight"]
        if size != width * height * 2:
            note.warn("Unrecognized FLIR RawThermalImage data format")
        elif order == "<":
            image_type, size = "TIFF", size + TIFF_HEADER
        else:
            note.warn("Don't yet support big-endian TIFF RawThermalImage")
    _put(note, "RawThermalImageType", image_type)
    _put(note, "RawThermalImage", binary(size))


def _put(note: Note, name: str, value: object) -> None:
    note.store(note.group, Tag(name), value, 1)
