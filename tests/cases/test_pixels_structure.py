"""The structure view: the file's blocks in order with offsets, lengths and hex dumps, and its printable
strings with URLs and e-mail addresses picked out, all escaped."""

import io
import struct

from django.urls import reverse
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from cases import structure
from cases.ingest import ingest_file
from cases.models import AuditEvent
from tests.builders import ASCII, exif_tiff, jpeg, png_chunk
from tests.helpers import logged_in

COMMENT = "see https://example.org/x?a=1 or write to leaker@example.com <script>alert(1)</script>"


def structure_page(client, user, image) -> str:
    return logged_in(client, user).get(reverse("cases:structure", args=[image.case_id, image.pk])).content.decode()


def test_jpeg_segments_are_listed_with_offsets_and_hex_dumps(client, cast):
    data = jpeg(exif_tiff([(0x010F, ASCII, "TestCam")]))
    image = ingest_file(cast.case, cast.bob, "photo.jpg", data).image
    page = structure_page(client, cast.carol, image)
    assert "<code>SOI</code> at 0, 2 bytes" in page
    assert "<code>APP0</code> at 2, 18 bytes" in page and "<code>APP1</code> at 20," in page
    assert "00000014  ff e1" in page  # the APP1 segment's first bytes, at their file offset
    assert "Exif.." in page
    event = AuditEvent.objects.get(action=AuditEvent.Action.IMAGE_VIEWED)
    assert event.details == {"view": "structure"}


def test_strings_are_listed_with_urls_and_emails_picked_out_and_escaped(client, cast):
    out = io.BytesIO()
    Image.new("RGB", (16, 16), (10, 20, 30)).save(out, "JPEG", comment=COMMENT.encode())
    image = ingest_file(cast.case, cast.bob, "photo.jpg", out.getvalue()).image
    page = structure_page(client, cast.carol, image)
    urls = page.split("<h3>URLs</h3>")[1].split("</ul>")[0]
    emails = page.split("<h3>E-mail addresses</h3>")[1].split("</ul>")[0]
    assert "<code>https://example.org/x?a=1</code>" in urls.replace("&amp;", "&")
    assert "<code>leaker@example.com</code>" in emails
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_png_chunks_are_walked_in_order():
    info = PngInfo()
    info.add_text("Comment", "hello world")
    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, "PNG", pnginfo=info)
    found, cut = structure.blocks(out.getvalue(), {})
    assert [b.name for b in found] == ["signature", "IHDR", "tEXt", "IDAT", "IEND"]
    assert (found[1].offset, found[1].length) == (8, 25) and not cut
    assert found[1].hex[0].startswith("00000008  00 00 00 0d 49 48 44 52")


def test_tiff_ifds_and_their_exif_ifd_are_listed():
    data = exif_tiff([(0x010F, ASCII, "TestCam")], [(0x9003, ASCII, "2020:01:01 00:00:00")])
    found, _ = structure.blocks(data, {})
    assert [b.name for b in found] == ["TIFF header", "IFD0", "ExifIFD"]
    assert found[1].offset == 8 and found[1].detail == "2 entries"


def test_riff_chunks_are_listed():
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 10, 10)).save(out, "WEBP", lossless=True)
    found, _ = structure.blocks(out.getvalue(), {})
    assert found[0].name == "RIFF" and found[0].detail == "WEBP"
    assert found[1].name == "VP8L" and found[1].offset == 12


def test_iso_bmff_boxes_are_listed_with_their_children():
    def box(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I4s", 8 + len(body), kind) + body

    data = (
        box(b"ftyp", b"heic\x00\x00\x00\x00")
        + box(b"meta", b"\x00" * 4 + box(b"hdlr", b"\x00" * 20))
        + box(b"mdat", b"x")
    )
    found, _ = structure.blocks(data, {})
    assert [(b.name, b.offset, b.depth) for b in found] == [
        ("ftyp", 0, 0),
        ("meta", 16, 0),
        ("hdlr", 28, 1),
        ("mdat", 56, 0),
    ]


def test_a_chunk_claiming_more_than_the_file_stops_the_walk_and_hex_stays_bounded():
    data = (
        b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", b"\x00" * 13) + struct.pack(">I", 0x7FFFFFFF) + b"zTXt" + b"a" * 600
    )
    found, _ = structure.blocks(data, {})
    assert found[-1].name == "zTXt" and len(found[-1].hex) == structure.HEX_BYTES // 16


def test_the_strings_are_bounded():
    data = b"\x00".join(b"string%04d" % i for i in range(structure.MAX_STRINGS + 5))
    strings = structure.printable_strings(data)
    assert len(strings.items) == structure.MAX_STRINGS and strings.cut
