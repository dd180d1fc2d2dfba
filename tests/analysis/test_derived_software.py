"""The programs a file names (analysis.derived.software and its product table)."""

import io
import struct

import pytest
from PIL import Image, ImageCms
from PIL.PngImagePlugin import PngInfo

from analysis import analyse
from analysis.derived.software import find_software
from analysis.derived.software_table import Device, Identity, identify
from analysis.result import Evidence, FileInfo, Report, Software, SoftwareRole
from tests.builders import ASCII, exif_tiff, jpeg

CAMERA, PHONE, EDITOR, RAW = "camera_firmware", "phone_os", "editor", "raw_converter"
GENERATOR, PLATFORM, ENCODER, OTHER = "generator", "platform", "encoder", "other"
SOFTWARE, PROCESSING_SOFTWARE, MAKE, MODEL = 0x0131, 0x000B, 0x010F, 0x0110
NO_DEVICE = Device()


def segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def spliced(data: bytes, *segments: bytes) -> bytes:
    """``data`` (a JPEG) with ``segments`` inserted right after SOI."""
    return data[:2] + b"".join(segments) + data[2:]


def xmp(body: str, toolkit: str = "") -> bytes:
    """An APP1 XMP segment whose rdf:Description holds ``body``."""
    packet = (
        f'<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="{toolkit}">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
        'xmlns:tiff="http://ns.adobe.com/tiff/1.0/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" '
        'xmlns:stEvt="http://ns.adobe.com/xap/1.0/sType/ResourceEvent#">'
        f"{body}</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    return segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + packet.encode())


def history(*steps: dict[str, str]) -> str:
    items = "".join("<rdf:li " + " ".join(f'stEvt:{k}="{v}"' for k, v in step.items()) + "/>" for step in steps)
    return f"<xmpMM:History><rdf:Seq>{items}</rdf:Seq></xmpMM:History>"


def irb(*resources: tuple[int, bytes]) -> bytes:
    """An APP13 Photoshop IRB with 8BIM ``(id, data)`` resources (empty names)."""
    body = b"".join(
        b"8BIM" + struct.pack(">H", rid) + b"\x00\x00" + struct.pack(">I", len(data)) + data + b"\x00" * (len(data) % 2)
        for rid, data in resources
    )
    return segment(0xED, b"Photoshop 3.0\x00" + body)


def ustr32(text: str) -> bytes:
    return struct.pack(">I", len(text)) + text.encode("utf-16-be")


def version_info(writer: str, reader: str) -> tuple[int, bytes]:
    """IRB 0x0421 VersionInfo: version, HasRealMergedData, writer, reader, file version."""
    return 0x0421, struct.pack(">IB", 1, 1) + ustr32(writer) + ustr32(reader) + struct.pack(">I", 1)


JPEG_QUALITY = (0x0406, struct.pack(">hhh", 8, 0, 3))


def software_of(data: bytes, name: str = "image.jpg") -> list[Software]:
    return analyse(data, name, strict=True).software


def entry(programs: list[Software], name: str) -> Software:
    return next(program for program in programs if program.name == name)


def png_bytes(info: PngInfo | None = None, **kwargs) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (1, 2, 3)).save(out, "PNG", pnginfo=info, **kwargs)
    return out.getvalue()


# --- the table ---------------------------------------------------------------------------------

APPLE_15 = Device("Apple", "iPhone 15")

TABLE = [
    ("Adobe Photoshop 24.0 (Windows)", NO_DEVICE, ("Adobe Photoshop", "24.0", EDITOR)),
    ("Adobe Photoshop CS5 Windows", NO_DEVICE, ("Adobe Photoshop", "CS5", EDITOR)),
    ("Adobe Photoshop CC 2019 (Macintosh)", NO_DEVICE, ("Adobe Photoshop", "CC 2019", EDITOR)),
    ("Adobe Photoshop", NO_DEVICE, ("Adobe Photoshop", None, EDITOR)),
    ("Adobe Photoshop Elements 7.0", NO_DEVICE, ("Adobe Photoshop Elements", "7.0", EDITOR)),
    ("Adobe Photoshop Lightroom Classic 12.1 (Windows)", NO_DEVICE, ("Adobe Lightroom Classic", "12.1", EDITOR)),
    ("Adobe Photoshop Lightroom 6.2.1 (Macintosh)", NO_DEVICE, ("Adobe Lightroom", "6.2.1", EDITOR)),
    ("Adobe Lightroom 5.3 (Macintosh)", NO_DEVICE, ("Adobe Lightroom", "5.3", EDITOR)),
    ("Adobe Photoshop Camera Raw 9.1", NO_DEVICE, ("Adobe Camera Raw", "9.1", RAW)),
    ("Adobe Fireworks CS5 11.0.0.484 Windows", NO_DEVICE, ("Adobe Fireworks", "11.0.0.484", EDITOR)),
    ("GIMP 2.10.30", NO_DEVICE, ("GIMP", "2.10.30", EDITOR)),
    ("Gimp 2.10 (Linux)", NO_DEVICE, ("GIMP", "2.10", EDITOR)),
    ("Created with GIMP", NO_DEVICE, ("GIMP", None, EDITOR)),
    ("GIMP built-in sRGB", NO_DEVICE, ("GIMP", None, EDITOR)),
    ("paint.net 4.3.12", NO_DEVICE, ("Paint.NET", "4.3.12", EDITOR)),
    ("Paint.NET v3.36", NO_DEVICE, ("Paint.NET", "3.36", EDITOR)),
    ("Affinity Photo 2.0.4", NO_DEVICE, ("Affinity Photo", "2.0.4", EDITOR)),
    ("Pixelmator Pro 3.2", NO_DEVICE, ("Pixelmator Pro", "3.2", EDITOR)),
    ("Pixelmator 2.1", NO_DEVICE, ("Pixelmator", "2.1", EDITOR)),
    ("Canva", NO_DEVICE, ("Canva", None, EDITOR)),
    ("PicsArt", NO_DEVICE, ("PicsArt", None, EDITOR)),
    ("Snapseed 2.0", NO_DEVICE, ("Snapseed", "2.0", EDITOR)),
    ("VSCO", NO_DEVICE, ("VSCO", None, EDITOR)),
    ("Facetune2", NO_DEVICE, ("Facetune", None, EDITOR)),
    ("Meitu", NO_DEVICE, ("Meitu", None, EDITOR)),
    ("Microsoft Windows Photo Viewer 6.1.7600.16385", NO_DEVICE, ("Windows Photo Viewer", "6.1.7600.16385", EDITOR)),
    ("Microsoft Photos", NO_DEVICE, ("Microsoft Photos", None, EDITOR)),
    ("Microsoft Windows Photo Gallery 6.0.6001.18000", NO_DEVICE, ("Windows Photo Gallery", "6.0.6001.18000", EDITOR)),
    ("ACDSee Pro 8", NO_DEVICE, ("ACDSee", "8", EDITOR)),
    ("IrfanView", NO_DEVICE, ("IrfanView", None, EDITOR)),
    ("XnViewMP 1.4.3", NO_DEVICE, ("XnViewMP", "1.4.3", EDITOR)),
    ("XnView", NO_DEVICE, ("XnView", None, EDITOR)),
    ("Picasa", NO_DEVICE, ("Picasa", None, EDITOR)),
    ("Corel PaintShop Pro 21.0", NO_DEVICE, ("Corel PaintShop Pro", "21.0", EDITOR)),
    ("PhotoScape", NO_DEVICE, ("PhotoScape", None, EDITOR)),
    ("Fotor", NO_DEVICE, ("Fotor", None, EDITOR)),
    ("Polarr", NO_DEVICE, ("Polarr", None, EDITOR)),
    ("Remini", NO_DEVICE, ("Remini", None, EDITOR)),
    ("FaceApp", NO_DEVICE, ("FaceApp", None, EDITOR)),
    ("Lensa", NO_DEVICE, ("Lensa", None, EDITOR)),
    ("GraphicConverter", NO_DEVICE, ("GraphicConverter", None, EDITOR)),
    ("darktable 4.2.1", NO_DEVICE, ("darktable", "4.2.1", RAW)),
    ("RawTherapee 5.8", NO_DEVICE, ("RawTherapee", "5.8", RAW)),
    ("Capture One 21 Windows", NO_DEVICE, ("Capture One", "21", RAW)),
    ("DxO PhotoLab 5", NO_DEVICE, ("DxO PhotoLab", "5", RAW)),
    ("DxO OpticsPro 11.4.2", NO_DEVICE, ("DxO OpticsPro", "11.4.2", RAW)),
    ("Luminar Neo", NO_DEVICE, ("Luminar", None, RAW)),
    ("SILKYPIX Developer Studio Pro 8E", NO_DEVICE, ("SILKYPIX", "8E", RAW)),
    ("Digital Photo Professional 4.15", NO_DEVICE, ("Canon Digital Photo Professional", "4.15", RAW)),
    ("Capture NX 2.4.7 W", NO_DEVICE, ("Nikon Capture NX", "2.4.7", RAW)),
    ("NX Studio 1.2.0 W", NO_DEVICE, ("Nikon NX Studio", "1.2.0", RAW)),
    ("Nikon Transfer 1.1 W", NO_DEVICE, ("Nikon Transfer", "1.1", OTHER)),
    ("ImageMagick 7.1.0-62 Q16-HDRI x86_64 20835", NO_DEVICE, ("ImageMagick", "7.1.0-62", ENCODER)),
    ("GraphicsMagick 1.3.38", NO_DEVICE, ("GraphicsMagick", "1.3.38", ENCODER)),
    ("libvips 8.14.2", NO_DEVICE, ("libvips", "8.14.2", ENCODER)),
    ("Pillow", NO_DEVICE, ("Pillow", None, ENCODER)),
    ("Squoosh", NO_DEVICE, ("Squoosh", None, ENCODER)),
    ("MozJPEG", NO_DEVICE, ("MozJPEG", None, ENCODER)),
    ("libjpeg-turbo 2.1.5", NO_DEVICE, ("libjpeg-turbo", "2.1.5", ENCODER)),
    ("Skia", NO_DEVICE, ("Skia", None, ENCODER)),
    ("Google", NO_DEVICE, ("Google", None, ENCODER)),
    ("NovelAI", NO_DEVICE, ("NovelAI", None, GENERATOR)),
    ("Midjourney", NO_DEVICE, ("Midjourney", None, GENERATOR)),
    ("DALL·E", NO_DEVICE, ("OpenAI DALL·E", None, GENERATOR)),
    ("Adobe_Firefly", NO_DEVICE, ("Adobe Firefly", None, GENERATOR)),
    ("Imagen", NO_DEVICE, ("Google Imagen", None, GENERATOR)),
    ("Draw Things", NO_DEVICE, ("Draw Things", None, GENERATOR)),
    ("ComfyUI", NO_DEVICE, ("ComfyUI", None, GENERATOR)),
    ("InvokeAI", NO_DEVICE, ("InvokeAI", None, GENERATOR)),
    ("Instagram", NO_DEVICE, ("Instagram", None, PLATFORM)),
    ("Facebook", NO_DEVICE, ("Facebook", None, PLATFORM)),
    ("WhatsApp", NO_DEVICE, ("WhatsApp", None, PLATFORM)),
    ("Twitter for iPhone", NO_DEVICE, ("Twitter", None, PLATFORM)),
    ("TikTok", NO_DEVICE, ("TikTok", None, PLATFORM)),
    ("Image::ExifTool 12.57", NO_DEVICE, ("ExifTool", "12.57", OTHER)),
    ("XMP Core 4.4.0-Exiv2", NO_DEVICE, ("Exiv2", None, OTHER)),
    ("Adobe XMP Core 5.6-c140 79.160451, 2017/05/06-01:08:21", NO_DEVICE, ("Adobe XMP Core", "5.6-c140", OTHER)),
    ("17.1", APPLE_15, ("iOS", "17.1", PHONE)),
    ("16.6.1", Device("Apple", "iPhone 12 mini"), ("iOS", "16.6.1", PHONE)),
    ("HDR+ 1.0.199571065z", Device("Google", "Pixel 3"), ("Google Camera HDR+", "1.0.199571065z", CAMERA)),
    ("Ver.1.00", Device("NIKON CORPORATION", "NIKON D70s"), ("Camera firmware", "1.00", CAMERA)),
    ("E775v1.3u", Device("NIKON", "E775"), ("Camera firmware", "1.3u", CAMERA)),
    ("K10D Ver 1.30", Device("PENTAX Corporation", "PENTAX K10D"), ("Camera firmware", "1.30", CAMERA)),
    ("V612P-75", Device("SANYO Electric Co.,Ltd.", "SR612"), ("Camera firmware", "V612P-75", CAMERA)),
    (
        "Digital Camera FinePix2400Zoom Ver1.70",
        Device("FUJIFILM", "FinePix2400Zoom"),
        ("Camera firmware", "1.70", CAMERA),
    ),
    ("Firmware Version 1.0.3", Device("Canon", "Canon EOS R5"), ("Camera firmware", "1.0.3", CAMERA)),
    ("J320FXXU0AQL1", Device("samsung", "SM-J320F"), ("Camera firmware", "J320FXXU0AQL1", CAMERA)),
]


@pytest.mark.parametrize(("text", "device", "expected"), TABLE, ids=[row[0] for row in TABLE])
def test_the_table_names_the_program_version_and_role(text, device, expected):
    name, version, role = expected
    assert identify(text, device) == Identity(name, version, SoftwareRole(role))


@pytest.mark.parametrize(
    ("text", "device"),
    [
        ("17.1", NO_DEVICE),  # a bare version is iOS only on an iPhone
        ("17.1", None),  # nor where the device's software cannot be written
        ("Ver.1.00", NO_DEVICE),
        ("Common_dll v8.0.6b1", Device("FLIR Systems AB", "FLIR_i7")),  # the prefix is not the model
        ("My Photoshop actions", NO_DEVICE),  # names are matched whole, never searched for
        ("Photos", NO_DEVICE),  # Apple's or Microsoft's: not guessed
        ("comment in GIMP 2.4.5", NO_DEVICE),
    ],
)
def test_the_table_does_not_guess(text, device):
    assert identify(text, device) is None


# --- places ------------------------------------------------------------------------------------


def test_it_reads_ifd0_software():
    programs = software_of(jpeg(exif_tiff([(SOFTWARE, ASCII, "GIMP 2.10.30")])))
    assert [p.to_dict() for p in programs] == [
        {
            "name": "GIMP",
            "version": "2.10.30",
            "role": "editor",
            "places": [{"where": "IFD0:Software", "value": "GIMP 2.10.30"}],
        }
    ]


def test_it_reads_ifd0_processing_software():
    programs = software_of(jpeg(exif_tiff([(PROCESSING_SOFTWARE, ASCII, "RawTherapee 5.8")])))
    assert entry(programs, "RawTherapee").places == [Evidence("IFD0:ProcessingSoftware", "RawTherapee 5.8")]


def test_it_keeps_an_unknown_name_verbatim_as_other():
    report = analyse(jpeg(exif_tiff([(SOFTWARE, ASCII, "  Frobnicator   3000")])), "image.jpg", strict=True)
    place = Evidence("IFD0:Software", report.tag("IFD0", "Software"))  # the raw value, as read
    assert report.software == [Software("Frobnicator 3000", None, SoftwareRole.OTHER, [place])]


def test_it_reads_xmp_creator_tool_tiff_software_and_toolkit():
    body = "<xmp:CreatorTool>Affinity Photo 2.0.4</xmp:CreatorTool><tiff:Software>Snapseed</tiff:Software>"
    programs = software_of(spliced(jpeg(), xmp(body, toolkit="Image::ExifTool 12.57")))
    assert entry(programs, "Affinity Photo").places == [Evidence("XMP-xmp:CreatorTool", "Affinity Photo 2.0.4")]
    assert entry(programs, "Snapseed").places == [Evidence("XMP-tiff:Software", "Snapseed")]
    assert entry(programs, "ExifTool").places == [Evidence("XMP-x:XMPToolkit", "Image::ExifTool 12.57")]
    assert entry(programs, "ExifTool").role is SoftwareRole.OTHER


def test_it_lists_each_history_step_with_its_action_and_time():
    steps = history(
        {"action": "created", "softwareAgent": "Adobe Photoshop CS5 Windows", "when": "2019-01-02T03:04:05+01:00"},
        {"action": "saved", "softwareAgent": "Adobe Photoshop CC 2019 (Windows)", "when": "2019-02-03T04:05:06+01:00"},
    )
    programs = software_of(spliced(jpeg(), xmp(steps)))
    assert [(p.name, p.version) for p in programs] == [("Adobe Photoshop", "CS5")]
    assert programs[0].places == [
        Evidence(
            "XMP-xmpMM:HistorySoftwareAgent, item 1 of 2",
            "created by Adobe Photoshop CS5 Windows at 2019:01:02 03:04:05+01:00",
        ),
        Evidence(
            "XMP-xmpMM:HistorySoftwareAgent, item 2 of 2",
            "saved by Adobe Photoshop CC 2019 (Windows) at 2019:02:03 04:05:06+01:00",
        ),
    ]


def test_history_actions_are_not_paired_with_agents_when_a_step_lacks_one():
    steps = history(
        {"action": "derived"}, {"action": "saved", "softwareAgent": "Adobe Photoshop Lightroom Classic 7.4"}
    )
    programs = software_of(spliced(jpeg(), xmp(steps)))
    # ExifTool's flattened lists no longer line up: the agent is given alone, never a wrong action.
    assert programs[0].places == [
        Evidence("XMP-xmpMM:HistorySoftwareAgent, item 1 of 1", "Adobe Photoshop Lightroom Classic 7.4")
    ]


def test_places_naming_one_program_merge_into_one_entry():
    data = spliced(
        jpeg(exif_tiff([(SOFTWARE, ASCII, "Adobe Photoshop 24.0 (Windows)")])),
        xmp("<xmp:CreatorTool>Adobe Photoshop CS6 (Windows)</xmp:CreatorTool>"),
        irb(version_info("Adobe Photoshop", "Adobe Photoshop 2022")),
    )
    programs = software_of(data)
    assert len(programs) == 1
    # The version comes from the place rewritten on every save; every place keeps its own value.
    assert (programs[0].name, programs[0].version) == ("Adobe Photoshop", "24.0")
    assert [place.where for place in programs[0].places] == [
        "IFD0:Software",
        "Photoshop:WriterName",
        "Photoshop:ReaderName",
        "XMP-xmp:CreatorTool",
    ]


def test_photoshop_jpeg_quality_corroborates_photoshop_named_elsewhere():
    programs = software_of(spliced(jpeg(), irb(version_info("Adobe Photoshop", "Adobe Photoshop 6.0"), JPEG_QUALITY)))
    places = entry(programs, "Adobe Photoshop").places
    assert [place.where for place in places][-2:] == ["Photoshop:PhotoshopQuality", "Photoshop:PhotoshopFormat"]


def test_photoshop_jpeg_quality_alone_names_no_program():
    assert software_of(spliced(jpeg(), irb(JPEG_QUALITY))) == []


def test_an_app12_ducky_segment_names_photoshop_save_for_web():
    ducky = segment(0xEC, b"Ducky" + struct.pack(">HHI", 1, 4, 70) + b"\x00\x00")
    programs = software_of(spliced(jpeg(), ducky))
    assert programs == [Software("Adobe Photoshop", None, SoftwareRole.EDITOR, [Evidence("Ducky:Quality", 70)])]


def test_an_app15_graphicconverter_segment_names_graphicconverter():
    programs = software_of(spliced(jpeg(), segment(0xEF, b"Q 70")))
    assert programs == [Software("GraphicConverter", None, SoftwareRole.EDITOR, [Evidence("GraphConv:Quality", 70)])]


def test_camera_raw_settings_name_camera_raw_and_its_version():
    body = '<crs:Version xmlns:crs="http://ns.adobe.com/camera-raw-settings/1.0/">15.1</crs:Version>'
    program = entry(software_of(spliced(jpeg(), xmp(body))), "Adobe Camera Raw")
    assert (program.version, program.role) == ("15.1", SoftwareRole.RAW_CONVERTER)
    assert [place.where for place in program.places] == ["XMP-crs:Version"]


def test_a_jpeg_comment_names_a_program_only_when_the_table_knows_it():
    def with_comment(text: str) -> bytes:
        out = io.BytesIO()
        Image.new("RGB", (8, 8)).save(out, "JPEG", comment=text)
        return out.getvalue()

    assert software_of(with_comment("Created with GIMP")) == [
        Software("GIMP", None, SoftwareRole.EDITOR, [Evidence("File:Comment", "Created with GIMP")])
    ]
    assert software_of(with_comment("Holiday in Rome, shot with GIMP-like colours")) == []


def test_png_software_and_comment_text_are_read():
    info = PngInfo()
    info.add_text("Software", "paint.net 4.3.12")
    info.add_text("Comment", "Created with GIMP")
    programs = software_of(png_bytes(info), "image.png")
    assert entry(programs, "Paint.NET").places == [Evidence("PNG:Software", "paint.net 4.3.12")]
    assert entry(programs, "GIMP").places == [Evidence("PNG:Comment", "Created with GIMP")]


def test_a_gif_comment_is_read():
    out = io.BytesIO()
    Image.new("P", (8, 8)).save(out, "GIF", comment=b"GIF converted with https://ezgif.com/webp-to-gif")
    programs = software_of(out.getvalue(), "image.gif")
    assert [(p.name, p.role, p.places[0].where) for p in programs] == [
        ("ezgif.com", SoftwareRole.ENCODER, "File:Comment")
    ]


def test_an_icc_profile_made_by_little_cms_is_noted_as_other():
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    programs = software_of(png_bytes(icc_profile=profile), "image.png")
    assert programs == [
        Software("Little CMS", None, SoftwareRole.OTHER, [Evidence("ICC-header:ProfileCreator", "lcms")])
    ]


def test_an_icc_profile_description_gimp_writes_names_gimp(shared):
    data = (shared / "corpus/formats/webp/mars.webp").read_bytes()
    gimp = entry(software_of(data, "mars.webp"), "GIMP")
    assert gimp.places == [Evidence("ICC_Profile:ProfileDescription", "GIMP built-in sRGB")]


def test_firmware_needs_the_make_of_a_camera():
    with_make = jpeg(exif_tiff([(MAKE, ASCII, "NIKON"), (MODEL, ASCII, "E950"), (SOFTWARE, ASCII, "v981-79")]))
    assert [(p.name, p.version, p.role) for p in software_of(with_make)] == [
        ("Camera firmware", "v981-79", SoftwareRole.CAMERA_FIRMWARE)
    ]
    without = software_of(jpeg(exif_tiff([(SOFTWARE, ASCII, "v981-79")])))
    assert [(p.name, p.version, p.role) for p in without] == [("v981-79", None, SoftwareRole.OTHER)]


def test_an_iphone_names_its_ios_version(shared):
    data = (shared / "corpus/exif-samples/heic/IMG_5195.HEIC").read_bytes()
    ios = entry(software_of(data, "IMG_5195.HEIC"), "iOS")
    assert (ios.version, ios.role) == ("14.4.2", SoftwareRole.PHONE_OS)
    assert ios.places == [Evidence("IFD0:Software", "14.4.2"), Evidence("XMP-xmp:CreatorTool", "14.4.2")]


def test_the_firefly_c2pa_manifest_names_firefly_as_generator(shared):
    data = (shared / "corpus/origin/adobe_firefly/Firefly_tabby_cat.jpg").read_bytes()
    firefly = entry(software_of(data, "Firefly_tabby_cat.jpg"), "Adobe Firefly")
    assert firefly.role is SoftwareRole.GENERATOR
    assert [(place.where, place.value) for place in firefly.places if "claim_generator" not in place.where] == [
        ("C2PA active manifest, action c2pa.created softwareAgent", "Adobe Firefly")
    ]
    assert Evidence("C2PA active manifest claim_generator", "Adobe_Firefly") in firefly.places


def report_with_manifest(manifest: dict) -> Report:
    report = Report("test", FileInfo(0, "JPEG", "image/jpeg", "", "", ""))
    report.sections["c2pa"] = {"state": "valid", "active_manifest": manifest}
    return report


def test_a_claim_generator_names_its_first_product_token_not_its_libraries():
    manifest = {
        "claim_generator": "Adobe_Photoshop/26.9.0 adobe_c2pa/0.14.2 c2pa-rs/0.43.0",
        "claim_generator_info": [{"name": "Adobe Photoshop", "version": "26.9.0"}],
        "actions": [{"action": "c2pa.edited", "softwareAgent": {"name": "Adobe Firefly", "version": "3"}}],
    }
    programs = find_software(report_with_manifest(manifest))
    assert [(p.name, p.version, p.role) for p in programs] == [
        ("Adobe Photoshop", "26.9.0", SoftwareRole.EDITOR),
        ("Adobe Firefly", "3", SoftwareRole.GENERATOR),
    ]
    assert [place.where for place in programs[0].places] == [
        "C2PA active manifest claim_generator",
        "C2PA active manifest claim_generator_info[0]",
    ]


def test_an_unknown_claim_generator_is_kept_with_the_version_it_states():
    programs = find_software(report_with_manifest({"claim_generator": "make_test_images/0.33.1 c2pa-rs/0.33.1"}))
    assert [(p.name, p.version, p.role) for p in programs] == [("make_test_images", "0.33.1", SoftwareRole.OTHER)]


def test_a_photo_mechanic_trailer_names_photo_mechanic_as_a_metadata_tool():
    tagged = struct.pack(">BBBH", 0x1C, 2, 221, 4) + struct.pack(">I", 1)  # PhotoMechanic:Tagged
    data = jpeg() + tagged + struct.pack(">I", len(tagged)) + b"cbipcbbl"
    [found] = analyse(data, strict=True).software
    assert (found.name, found.role) == ("Photo Mechanic", SoftwareRole.OTHER)
    assert found.places == [Evidence("PhotoMechanic:Tagged", 1)]
