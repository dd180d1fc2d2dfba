"""The HEIF/AVIF walker: primary image's Exif/XMP items and properties, bounded box parsing."""

import struct
import time

from analysis import analyse
from analysis.formats import heif
from analysis.metadata.context import ReadContext
from tests.analysis.exiftool_oracle import oracle, without_offsets
from tests.analysis.test_format_jpeg_trailers import samsung
from tests.builders import exif_tiff
from tests.conftest import fixture_bytes

TIFF = exif_tiff([(0x010F, 2, "Apple")])
EXIF_ITEM = b"\x00\x00\x00\x06Exif\x00\x00" + TIFF
XMP = b"<x:xmpmeta/>"


def box(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", 8 + len(body)) + kind + body


def full(kind: bytes, body: bytes, version: int = 0) -> bytes:
    return box(kind, bytes([version, 0, 0, 0]) + body)


def infe(item_id: int, item_type: bytes, content_type: bytes = b"") -> bytes:
    tail = content_type + b"\x00" if item_type == b"mime" else b""
    return full(b"infe", struct.pack(">HH", item_id, 0) + item_type + b"name\x00" + tail, version=2)


def iloc(extents: list[tuple[int, int, int]]) -> bytes:
    """Version 0, 4-byte offsets and lengths, one extent per ``(item, offset, length)``."""
    records = b"".join(struct.pack(">HHHII", item, 0, 1, offset, length) for item, offset, length in extents)
    return full(b"iloc", struct.pack(">HH", 0x4400, len(extents)) + records)


def ipma(associations: dict[int, list[int]]) -> bytes:
    records = b"".join(
        struct.pack(">HB", item, len(p)) + bytes(0x80 | i for i in p) for item, p in associations.items()
    )
    return full(b"ipma", struct.pack(">I", len(associations)) + records)


def cdsc(source: int, target: int) -> bytes:
    return full(b"iref", box(b"cdsc", struct.pack(">HHH", source, 1, target)))


PROPERTIES = [
    full(b"ispe", struct.pack(">II", 4032, 3024)),
    box(b"irot", b"\x03"),
    full(b"pixi", b"\x03\x08\x08\x08"),
    box(b"colr", b"prof" + b"icc-profile"),
    full(b"ispe", struct.pack(">II", 160, 120)),
    full(b"auxC", b"urn:mpeg:hevc:2015:auxid:1\x00"),
]


def heic(
    *,
    exif_refers_to: int = 1,
    extra_meta: bytes = b"",
    items: list[tuple[int, int, int]] | None = None,
    other_properties: tuple[bytes, ...] = (),
) -> bytes:
    """ftyp, meta (primary item 1 with properties 1-4, item 4 with 5-6 and ``other_properties``,
    Exif item 2, XMP item 3), mdat."""
    ftyp = box(b"ftyp", b"heic\x00\x00\x00\x00mif1heic")

    def meta(mdat_at: int) -> bytes:
        located = items or [(2, mdat_at, len(EXIF_ITEM)), (3, mdat_at + len(EXIF_ITEM), len(XMP))]
        children = [
            full(b"hdlr", b"\x00\x00\x00\x00pict" + b"\x00" * 12 + b"\x00"),
            full(b"pitm", struct.pack(">H", 1)),
            full(
                b"iinf",
                struct.pack(">H", 4)
                + infe(1, b"hvc1")
                + infe(2, b"Exif")
                + infe(3, b"mime", b"application/rdf+xml")
                + infe(4, b"hvc1"),
            ),
            iloc(located),
            cdsc(2, exif_refers_to),
            box(
                b"iprp",
                box(b"ipco", b"".join(PROPERTIES + list(other_properties)))
                + ipma({1: [1, 2, 3, 4], 4: list(range(5, 7 + len(other_properties)))}),
            ),
            extra_meta,
        ]
        return full(b"meta", b"".join(children))

    mdat_at = len(ftyp) + len(meta(0)) + 8
    return ftyp + meta(mdat_at) + box(b"mdat", EXIF_ITEM + XMP)


def walk(data: bytes) -> tuple[ReadContext, list]:
    blocks = []
    ctx = ReadContext(data, {k: lambda b, _c: blocks.append(b) for k in ("EXIF", "XMP", "ICC")})
    ctx.add("File", {"FileType": "HEIC"})
    heif.read(data, ctx)
    return ctx, blocks


def test_it_reads_brands_handler_and_primary_item():
    ctx, _ = walk(heic())
    tags = ctx.metadata["QuickTime"]
    assert (tags["MajorBrand"], tags["MinorVersion"], tags["CompatibleBrands"]) == ("heic", "0.0.0", ["mif1", "heic"])
    assert tags["HandlerType"] == "pict"
    assert ctx.metadata["Meta"]["PrimaryItemReference"] == 1


def test_it_hands_exif_over_from_its_tiff_header_and_xmp_as_is():
    data = heic()
    _, blocks = walk(data)
    exif, xmp = (b for b in blocks if b.kind in ("EXIF", "XMP"))
    assert (exif.data, xmp.data) == (TIFF, XMP)
    assert data[exif.offset : exif.offset + 4] == TIFF[:4]


def test_it_reads_the_primary_images_properties():
    ctx, blocks = walk(heic())
    assert (ctx.metadata["File"]["ImageWidth"], ctx.metadata["File"]["ImageHeight"]) == (4032, 3024)
    tags = ctx.metadata["QuickTime"]
    assert (tags["ImageSpatialExtent"], tags["Rotation"], tags["ImagePixelDepth"]) == ("4032 3024", 270, "8 8 8")
    assert [b.data for b in blocks if b.kind == "ICC"] == [b"icc-profile"]


def test_other_items_properties_only_fill_what_the_primary_lacks():
    tags = walk(heic())[0].metadata["QuickTime"]
    assert tags["ImageSpatialExtent"] == "4032 3024"  # not the 160x120 thumbnail's
    assert tags["AuxiliaryImageType"] == "urn:mpeg:hevc:2015:auxid:1"


def test_metadata_of_another_image_is_read_after_the_primary_images():
    # ExifTool reads it as a sub-document; in -G1 output it only adds what the primary lacks,
    # which reading it last gives (the first value of a tag in a group is kept).
    _, blocks = walk(heic(exif_refers_to=4))
    assert [b.kind for b in blocks if b.kind in ("EXIF", "XMP")] == ["XMP", "EXIF"]
    _, blocks = walk(heic())
    assert [b.kind for b in blocks if b.kind in ("EXIF", "XMP")] == ["EXIF", "XMP"]


def test_every_icc_profile_is_read_in_box_order():
    _, blocks = walk(heic(other_properties=(box(b"colr", b"prof" + b"gain-map-icc"),)))
    assert [b.data for b in blocks if b.kind == "ICC"] == [b"icc-profile", b"gain-map-icc"]


def test_it_reports_the_last_media_data_box():
    data = heic()
    tags = walk(data + box(b"mdat", b"abc"))[0].metadata["QuickTime"]
    assert (tags["MediaDataOffset"], tags["MediaDataSize"]) == (len(data) + 8, 3)


def test_an_extent_past_the_end_is_a_warning():
    ctx, blocks = walk(heic(items=[(2, 10**6, 50)]))
    assert "EXIF" not in [b.kind for b in blocks]
    assert any("runs past the data" in w.message for w in ctx.warnings)


def test_extents_larger_than_the_file_are_refused_not_copied():
    extents = [(2, 0, 1000)] * 200  # 200 overlapping extents of the whole file would need 200x its size
    records = struct.pack(">HHH", 2, 0, len(extents)) + b"".join(struct.pack(">II", o, n) for _, o, n in extents)
    bomb = full(b"iloc", struct.pack(">HH", 0x4400, 1) + records)
    ctx, _ = walk(heic(extra_meta=bomb))
    assert any("larger than the data" in w.message for w in ctx.warnings)


def test_empty_extent_fields_cannot_spin():
    records = b"".join(struct.pack(">HHH", item, 0, 0xFFFF) for item in range(10, 4000))
    spin = full(b"iloc", struct.pack(">HH", 0x0000, 3990) + records)
    started = time.perf_counter()
    ctx, _ = walk(heic(extra_meta=spin))
    assert time.perf_counter() - started < 1
    assert any("extents" in w.message for w in ctx.warnings)


def test_a_box_running_past_the_end_is_reported_and_the_rest_kept():
    data = heic()
    ctx, _ = walk(data + struct.pack(">I", 1000) + b"free")
    assert ctx.metadata["Meta"]["PrimaryItemReference"] == 1
    assert any("runs past its container" in w.message for w in ctx.warnings)


def test_every_truncation_is_read_without_an_exception():
    data = heic()
    for end in range(12, len(data), 3):
        walk(data[:end])


def test_it_reads_the_fixture_heic_and_avif():
    heic_tags = analyse(fixture_bytes("heic/L_exif_xmp_iptc.heic"), strict=True).metadata
    assert heic_tags["QuickTime"]["MajorBrand"] == "heic" and heic_tags["IFD0"]["Make"] == "SONY"
    avif = analyse(fixture_bytes("avif/paris_icc_exif_xmp.avif"), strict=True).metadata
    assert (avif["File"]["ImageWidth"], avif["File"]["ImageHeight"]) == (403, 302)
    assert avif["QuickTime"]["ColorProfiles"] == "nclx"


# ExifTool 12.57 let any item without a cdsc reference lend its properties to the primary image,
# the later winning; ExifTool 13 and we keep the primary image's own (QuickTime.pm %dontInherit).
OLDER_RULE = {
    ("iphone_13_pro_max.HEIC", "ImagePixelDepth"),
    ("truncated.heic", "CleanAperture"),
}


def test_it_agrees_with_exiftool_on_the_corpus_heif_files(shared):
    paths = [p for p in (shared / "corpus").rglob("*") if p.suffix.lower() in (".heic", ".heif", ".avif")]
    for path in sorted(paths):
        if path.name.startswith("colors-animated"):  # an image sequence ExifTool reads as MP4
            continue
        expected, ours = oracle(shared, path), without_offsets(analyse(path.read_bytes()).metadata)
        assert ours["Meta"] == expected["Meta"], path.name
        for tag, value in expected["QuickTime"].items():
            if (path.name, tag) not in OLDER_RULE:
                assert ours["QuickTime"][tag] == value, (path.name, tag)
        assert ours["File"]["ImageWidth"] == expected["File"]["ImageWidth"], path.name


def test_a_samsung_sefd_box_is_read_as_the_samsung_trailer():
    sef = samsung((0x0A01, b"Image_UTC_Data", b"1593487679058"), (0x0AA1, b"MCC_Data", b"466"))
    tags = walk(heic() + box(b"sefd", sef))[0].metadata["Samsung"]
    assert tags["TimeStamp"] == "2020:06:30 03:27:59.058+00:00"
    assert tags["MCCData"] == "466"
