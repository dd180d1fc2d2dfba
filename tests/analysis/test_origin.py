"""Where the picture came from: one label, a confidence that means what it says, signals with evidence."""

import io

import pytest
from PIL import Image, ImageCms

import analysis.origin as origin_module
from analysis import analyse
from analysis.result import Evidence, OriginSignal, Strength
from tests.builders import ASCII, LONG, UNDEFINED, exif_tiff, iptc_app13, jpeg, png, with_segments, xmp_app1
from tests.conftest import fixture_bytes

FBMD = b"FBMD01000abe03000092100000ed21000016230000a02400006d2d000084480000b74b0000884e0000a751000095830000"


def origin(data: bytes, name: str = "upload.jpg"):
    return analyse(data, name, strict=True).origin


def test_a_file_with_no_signal_is_unknown_never_a_guess():
    found = origin(jpeg())
    assert (found.label, found.confidence, found.signals) == ("unknown", 0.0, [])


def test_a_signal_without_evidence_cannot_be_made():
    with pytest.raises(ValueError, match="no evidence"):
        OriginSignal("x", "camera", Strength.STRONG, ())


def test_a_1600px_jpeg_without_exif_never_reaches_0_7_for_whatsapp_even_with_its_file_name():
    found = origin(jpeg(size=(1600, 1200)), "IMG-20240101-WA0001.jpg")
    assert found.label == "whatsapp"
    assert found.confidence <= 0.5
    assert {s.signal for s in found.signals} == {"whatsapp_size", "file_name_p9"}


def test_a_file_name_alone_is_weak():
    found = origin(png(), "Screenshot_20240101-120000.png")
    assert (found.label, found.detail) == ("screenshot", "android")
    assert found.confidence <= 0.5
    assert found.signals[0].evidence[0].value == "Screenshot_20240101-120000.png"


def test_facebooks_fbmd_marker_names_facebook():
    data = with_segments(jpeg(), iptc_app13([(2, 40, FBMD), (2, 103, b"e6mzlOUxcoZGuSxSElsO")]))
    found = origin(data)
    assert found.label == "facebook" and found.confidence >= 0.7
    evidence = found.signals[0].evidence
    assert evidence[0].where == "IPTC:SpecialInstructions" and evidence[0].value.startswith("FBMD01")
    assert evidence[1].where == "IPTC:OriginalTransmissionReference"


def test_the_word_fbmd_elsewhere_names_no_platform():
    data = with_segments(jpeg(), iptc_app13([(2, 120, b"Caption mentioning FBMD01000abe0300009210")]))
    assert origin(data).label == "unknown"


def test_apples_screenshot_comment_names_a_screenshot():
    exif = exif_tiff([], exif=[(0x9286, UNDEFINED, b"ASCII\x00\x00\x00Screenshot")])
    found = origin(jpeg(exif, size=(60, 130)))
    assert (found.label, found.detail) == ("screenshot", "ios")
    assert found.confidence >= 0.7
    assert found.signals[0].evidence[0].where == "ExifIFD:UserComment"


def test_a_camera_original_is_camera_with_its_device(shared):
    found = origin((shared / "corpus/exif-samples/jpg/gps/DSCN0010.jpg").read_bytes(), "DSCN0010.jpg")
    assert (found.label, found.detail) == ("camera", "NIKON COOLPIX P6000")
    assert found.confidence >= 0.7
    assert "maker_note" in {s.signal for s in found.signals}


def test_a_maker_note_of_any_brand_the_engine_reads_is_strong_camera_evidence():
    # Ricoh's text maker note: every brand of the maker-note registry counts, not a hand-kept few.
    exif = exif_tiff(
        [(0x010F, ASCII, "RICOH"), (0x0110, ASCII, "Caplio RR30")], exif=[(0x927C, UNDEFINED, b"Rv0207;Rg76;")]
    )
    found = origin(jpeg(exif))
    maker_note = next(s for s in found.signals if s.signal == "maker_note")
    assert maker_note.strength is Strength.STRONG
    assert maker_note.evidence[1].where == "Ricoh maker note (ExifIFD:MakerNote)"


def test_a_damaged_exif_size_stored_as_a_list_is_no_size_signal():
    # Two values in ExifImageWidth (a damaged or crafted EXIF): no size claim, and no crash.
    exif = exif_tiff([(0x010F, ASCII, "Canon")], exif=[(0xA002, LONG, [64, 48]), (0xA003, LONG, [48])])
    found = origin(jpeg(exif, size=(64, 48)))
    assert "exif_size_matches" not in {s.signal for s in found.signals}


def test_make_and_model_alone_stay_weak():
    found = origin(jpeg(exif_tiff([(0x010F, ASCII, "Canon"), (0x0110, ASCII, "Canon EOS 40D")])))
    assert (found.label, found.detail) == ("camera", "Canon EOS 40D")
    assert found.confidence <= 0.5


def test_contradicting_sources_lower_the_confidence_and_appear_as_alternatives():
    nikon = fixture_bytes("jpg/gps/DSCN0010.jpg")
    camera_only = origin(nikon)
    screenshot = xmp_app1(
        "<exif:UserComment>Screenshot</exif:UserComment>", 'xmlns:exif="http://ns.adobe.com/exif/1.0/"'
    )
    both = origin(with_segments(nikon, screenshot))
    assert both.confidence < camera_only.confidence
    assert {alternative["label"] for alternative in both.alternatives} & {"camera", "screenshot"}


def test_a_medium_platform_signal_alone_cannot_name_the_platform_with_confidence():
    found = origin(jpeg(size=(1080, 1080)), "123456789_123456789_123456789_n.jpg")
    assert found.label in ("facebook", "instagram")
    assert found.confidence <= 0.65


def test_an_edited_camera_original_is_edited_with_the_camera_as_alternative():
    nikon = fixture_bytes("jpg/gps/DSCN0010.jpg")
    edited = nikon.replace(b"Nikon Transfer 1.1 W", b"Adobe Photoshop 24.0", 1)
    found = origin(edited)
    assert found.label == "edited" and found.detail.startswith("Adobe Photoshop")
    assert found.alternatives[0]["label"] == "camera"


def test_every_signal_in_the_json_names_evidence_and_weight():
    data = with_segments(jpeg(), iptc_app13([(2, 40, FBMD)]))
    out = analyse(data, strict=True).to_dict()["analysis"]["origin"]
    assert out["label"] == "facebook"
    assert out["signals"][0] == {
        "signal": "fbmd",
        "points_to": "facebook",
        "weight": 0.9,
        "strength": "strong",
        "detail": None,
        "evidence": [{"where": "IPTC:SpecialInstructions", "value": FBMD.decode()}],
    }


@pytest.mark.parametrize(
    ("folder", "label"),
    [
        ("facebook", "facebook"),
        ("flickr", "flickr"),
        ("ios_screenshot", "screenshot"),
        ("windows_screenshot", "screenshot"),
    ],
)
def test_real_files_of_known_origin(shared, folder, label):
    for path in (shared / "corpus/origin" / folder).iterdir():
        assert origin(path.read_bytes(), path.name).label == label, path.name


def _png(size=(2880, 1800), dpi=None, icc=None) -> bytes:
    out = io.BytesIO()
    kwargs = {"dpi": dpi} if dpi else {}
    if icc:
        kwargs["icc_profile"] = icc
    Image.new("RGB", size, (20, 20, 20)).save(out, "PNG", **kwargs)
    return out.getvalue()


def test_a_retina_png_with_a_display_profile_is_a_macos_screenshot():
    # lcms' sRGB profile renamed as the Mac's built-in screen ("sRGB built-in", UTF-16, same length).
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    display = srgb.replace("sRGB built-in".encode("utf-16-be"), "Color LCD    ".encode("utf-16-be"))
    found = origin(_png(dpi=(144, 144), icc=display), "capture.png")
    assert (found.label, found.detail) == ("screenshot", "macos")
    assert "macos_retina_capture" in {s.signal for s in found.signals}
    plain = origin(_png(size=(300, 200), dpi=(144, 144)), "capture.png")
    assert {s.signal for s in plain.signals} == {"retina_density"} and plain.confidence <= 0.5


def test_camera_tables_of_the_same_make_are_a_strong_camera_signal(shared):
    path = shared / "corpus/exif-samples/jpg/exif-org/canon-ixus.jpg"
    found = origin(path.read_bytes(), path.name)
    tables = next(s for s in found.signals if s.signal == "camera_quantization_tables")
    assert tables.strength is Strength.STRONG and tables.evidence[1].value.startswith("Canon PowerShot")


def test_an_exif_size_equal_to_the_pixels_is_a_weak_camera_signal():
    exif = exif_tiff([(0x010F, ASCII, "Canon")], exif=[(0xA002, LONG, [64]), (0xA003, LONG, [48])])
    assert "exif_size_matches" in {s.signal for s in origin(jpeg(exif)).signals}


def _signals(*found: tuple[str, str, Strength]):
    evidence = (Evidence("IFD0:Make", "Canon"),)
    return [lambda subject: [OriginSignal(name, label, strength, evidence) for name, label, strength in found]]


def test_a_medium_hint_of_an_edit_does_not_outvote_a_strong_camera_original(monkeypatch):
    monkeypatch.setattr(
        origin_module,
        "DETECTORS",
        _signals(("maker_note", "camera", Strength.STRONG), ("tables", "edited", Strength.MEDIUM)),
    )
    found = origin(jpeg())
    assert found.label == "camera" and found.alternatives == [{"label": "edited", "confidence": 0.6}]


def test_a_strong_edit_is_the_latest_step_of_a_camera_original(monkeypatch):
    monkeypatch.setattr(
        origin_module,
        "DETECTORS",
        _signals(("maker_note", "camera", Strength.STRONG), ("editor", "edited", Strength.STRONG)),
    )
    assert origin(jpeg()).label == "edited"


def test_no_confidence_reaches_certainty(monkeypatch):
    strong = [(f"s{n}", "camera", Strength.STRONG) for n in range(4)]
    monkeypatch.setattr(origin_module, "DETECTORS", _signals(*strong))
    assert origin(jpeg()).confidence == 0.99


def test_the_summary_never_contradicts_the_origin(monkeypatch):
    monkeypatch.setattr(origin_module, "DETECTORS", _signals(("c2pa_digital_source_type", "camera", Strength.STRONG)))
    report = analyse(jpeg(), strict=True)
    assert report.summary == "A camera capture; origin confidence 0.90"
    monkeypatch.setattr(origin_module, "DETECTORS", _signals(("generator_named", "ai_generated", Strength.MEDIUM)))
    assert analyse(jpeg(), strict=True).summary.startswith("Possibly AI-generated")
