"""ExifTool's printed values (PrintConv) in ``report.metadata_print``, beside the ``-n`` metadata.

Each kind of conversion is checked on a synthesized file read by the whole engine (strict), with
the value ExifTool 12.57 prints for it; the ``-n`` metadata must stay as it was.
"""

from analysis import analyse
from analysis.printconv import print_values
from tests.builders import ASCII, RATIONAL, SHORT, UNDEFINED, exif_tiff, iptc_app13, jpeg, with_segments, xmp_app1

SRATIONAL, BYTE = 10, 1


def _report(ifd0=(), exif=(), gps=()):
    data = jpeg(exif_tiff(list(ifd0), exif=list(exif) or None, gps=list(gps) or None))
    return analyse(data, "synthetic.jpg", strict=True)


def test_a_lookup_prints_the_name_of_a_code():
    report = _report(ifd0=[(0x0112, SHORT, [6])], exif=[(0x8822, SHORT, [2]), (0x9207, SHORT, [5])])
    assert report.metadata["IFD0"]["Orientation"] == 6
    assert report.metadata_print["IFD0"]["Orientation"] == "Rotate 90 CW"
    assert report.metadata_print["ExifIFD"]["ExposureProgram"] == "Program AE"
    assert report.metadata_print["ExifIFD"]["MeteringMode"] == "Multi-segment"


def test_a_code_the_lookup_does_not_know_prints_as_unknown():
    report = _report(exif=[(0x9207, SHORT, [7]), (0x9209, SHORT, [2])])
    assert report.metadata_print["ExifIFD"]["MeteringMode"] == "Unknown (7)"
    assert report.metadata_print["ExifIFD"]["Flash"] == "Unknown (0x2)"  # Flash is printed in hex


def test_flash_prints_its_mode_and_whether_it_fired():
    report = _report(exif=[(0x9209, SHORT, [24])])
    assert report.metadata["ExifIFD"]["Flash"] == 24
    assert report.metadata_print["ExifIFD"]["Flash"] == "Auto, Did not fire"


def test_bit_flags_print_the_name_of_each_set_bit():
    report = _report(ifd0=[(0x00FE, 4, [0x18])])
    assert report.metadata_print["IFD0"]["SubfileType"] == "TIFF/IT final page, TIFF-FX mixed raster content"
    assert print_values({"IFD0": {"SubfileType": 0x21}})["IFD0"]["SubfileType"] == "Reduced resolution, [5]"


def test_exposure_time_prints_as_a_fraction_of_a_second():
    report = _report(exif=[(0x829A, RATIONAL, [(1, 493)]), (0x9201, SRATIONAL, [(8951, 1000)])])
    assert report.metadata_print["ExifIFD"]["ExposureTime"] == "1/493"
    assert report.metadata_print["ExifIFD"]["ShutterSpeedValue"] == "1/495"  # APEX 8.951
    assert print_values({"ExifIFD": {"ExposureTime": 2}}) == {}  # "2" shows what 2 shows
    assert print_values({"ExifIFD": {"ExposureTime": 1.3}}) == {}


def test_exposure_bias_prints_as_a_signed_fraction():
    report = _report(exif=[(0x9204, SRATIONAL, [(-2, 3)])])
    assert report.metadata_print["ExifIFD"]["ExposureCompensation"] == "-2/3"
    assert print_values({"ExifIFD": {"ExposureCompensation": 1}})["ExifIFD"]["ExposureCompensation"] == "+1"
    assert print_values({"ExifIFD": {"ExposureCompensation": 0.7}})["ExifIFD"]["ExposureCompensation"] == "+0.7"


def test_f_number_prints_with_one_decimal_or_two_below_one():
    report = _report(exif=[(0x829D, RATIONAL, [(189, 100)]), (0x9202, RATIONAL, [(95, 100)])])
    assert report.metadata["ExifIFD"]["FNumber"] == 1.89
    assert report.metadata_print["ExifIFD"]["FNumber"] == "1.9"
    assert report.metadata_print["ExifIFD"]["ApertureValue"] == "1.4"  # APEX 0.95 is f/1.39
    assert print_values({"ExifIFD": {"FNumber": 0.952}})["ExifIFD"]["FNumber"] == "0.95"
    assert print_values({"ExifIFD": {"FNumber": 5.6}}) == {}


def test_focal_lengths_and_lens_info_print_with_their_unit():
    report = _report(
        exif=[
            (0x920A, RATIONAL, [(48, 1)]),
            (0xA405, SHORT, [27]),
            (0xA432, RATIONAL, [(24, 1), (70, 1), (28, 10), (0, 0)]),
        ]
    )
    assert report.metadata_print["ExifIFD"]["FocalLength"] == "48.0 mm"
    assert report.metadata_print["ExifIFD"]["FocalLengthIn35mmFormat"] == "27 mm"
    assert report.metadata_print["ExifIFD"]["LensInfo"] == "24-70mm f/2.8-?"


def test_gps_coordinates_print_as_degrees_minutes_seconds():
    report = _report(
        gps=[
            (0x0000, BYTE, [2, 3, 0, 0]),
            (0x0001, ASCII, "N"),
            (0x0002, RATIONAL, [(52, 1), (30, 1), (3600, 100)]),
            (0x0005, BYTE, [0]),
            (0x0006, RATIONAL, [(125, 10)]),
        ]
    )
    assert report.metadata["GPS"]["GPSLatitude"] == 52.51
    printed = report.metadata_print["GPS"]
    assert printed["GPSLatitude"] == "52 deg 30' 36.00\""
    assert printed["GPSLatitudeRef"] == "North"
    assert printed["GPSVersionID"] == "2.3.0.0"
    assert printed["GPSAltitude"] == "12.5 m"
    assert printed["GPSAltitudeRef"] == "Above Sea Level"


def test_xmp_coordinates_are_signed_and_carry_their_hemisphere():
    printed = print_values({"XMP-exif": {"GPSLatitude": -33.8675, "GPSLongitude": 151.207}})["XMP-exif"]
    assert printed == {"GPSLatitude": "33 deg 52' 3.00\" S", "GPSLongitude": "151 deg 12' 25.20\" E"}


def test_dates_print_as_read_and_gps_time_keeps_six_decimals():
    report = _report(
        exif=[(0x9003, ASCII, "2023:05:06 07:08:09")],
        gps=[(0x0007, RATIONAL, [(10, 1), (4, 1), (51234567, 10000000)]), (0x001D, ASCII, "2023:05:06")],
    )
    assert "DateTimeOriginal" not in report.metadata_print.get("ExifIFD", {})
    assert "GPSDateStamp" not in report.metadata_print["GPS"]
    assert report.metadata["GPS"]["GPSTimeStamp"] == "10:04:05.1234567"
    assert report.metadata_print["GPS"]["GPSTimeStamp"] == "10:04:05.123457"


def test_number_like_text_stays_text():
    report = _report(ifd0=[(0x0131, ASCII, "8.0"), (0x010F, ASCII, "Canon")], exif=[(0x9291, ASCII, "641")])
    assert report.metadata["IFD0"]["Software"] == "8.0"  # exiftool -j makes a number of it; we keep the text
    assert report.metadata["ExifIFD"]["SubSecTimeOriginal"] == "641"
    # the printed value is the same text, so no separate printed value is needed
    assert "Software" not in report.metadata_print.get("IFD0", {})
    assert "SubSecTimeOriginal" not in report.metadata_print.get("ExifIFD", {})


def test_a_number_tag_is_not_turned_into_text():
    report = _report(exif=[(0x8827, SHORT, [100])])
    assert "ExifIFD" not in report.metadata_print


def test_an_exif_string_is_cut_at_its_first_nul():
    report = _report(ifd0=[(0x013B, ASCII, b"Getty Images\x00junk")])
    assert report.metadata["IFD0"]["Artist"] == "Getty Images"
    assert "IFD0" not in report.metadata_print


def test_an_iptc_string_loses_only_its_trailing_nuls_as_in_exiftool():
    # IPTC.pm strips trailing NULs only; ExifTool's JSON writer drops an inner NUL (12.57 and 13.58).
    data = with_segments(jpeg(), iptc_app13([(2, 80, b"Getty Images\x00\x00"), (2, 120, b"cap\x00tion")]))
    report = analyse(data, "synthetic.jpg", strict=True)
    assert report.metadata["IPTC"] == {"By-line": "Getty Images", "Caption-Abstract": "caption"}


def test_iptc_prints_its_character_set_and_urgency_and_keeps_keywords_text():
    records = [(1, 90, b"\x1b%G"), (2, 10, b"8"), (2, 25, b"2023"), (2, 25, b"cat")]
    report = analyse(with_segments(jpeg(), iptc_app13(records)), "synthetic.jpg", strict=True)
    assert report.metadata["IPTC"]["Keywords"] == ["2023", "cat"]  # text in -n already: nothing to print apart
    assert report.metadata_print["IPTC"] == {"CodedCharacterSet": "UTF8", "Urgency": "8 (least urgent)"}


def test_each_item_of_an_xmp_list_is_printed_and_unknown_text_says_so():
    xmp = xmp_app1(
        "<exif:ComponentsConfiguration><rdf:Seq><rdf:li>1</rdf:li><rdf:li>2</rdf:li><rdf:li>3</rdf:li>"
        "<rdf:li>0</rdf:li></rdf:Seq></exif:ComponentsConfiguration><exif:MeteringMode>Pattern</exif:MeteringMode>",
        'xmlns:exif="http://ns.adobe.com/exif/1.0/"',
    )
    report = analyse(with_segments(jpeg(), xmp), "synthetic.jpg", strict=True)
    assert report.metadata_print["XMP-exif"] == {
        "ComponentsConfiguration": ["Y", "Cb", "Cr", "-"],
        "MeteringMode": "Unknown (Pattern)",
    }


def test_an_exif_multi_number_value_is_printed_as_one_value():
    report = _report(exif=[(0x9101, UNDEFINED, b"\x01\x02\x03\x00")], ifd0=[(0x0153, SHORT, [1, 1, 1])])
    assert report.metadata_print["ExifIFD"]["ComponentsConfiguration"] == "Y, Cb, Cr, -"
    assert report.metadata_print["IFD0"]["SampleFormat"] == "Unsigned; Unsigned; Unsigned"


def test_icc_signatures_and_version_print_as_named():
    printed = print_values(
        {"ICC-header": {"ProfileVersion": 1072, "ProfileCMMType": "lcms", "ProfileID": "0 0 0 0", "CMMFlags": 0}}
    )
    assert printed["ICC-header"] == {
        "ProfileVersion": "4.3.0",
        "ProfileCMMType": "Little CMS",
        "ProfileID": 0,
        "CMMFlags": "Not Embedded, Independent",
    }


def test_jfif_png_photoshop_and_file_values_print_as_exiftool_does():
    printed = print_values(
        {
            "JFIF": {"JFIFVersion": "1 2", "ResolutionUnit": 1},
            "PNG": {"ColorType": 6, "Software": 8.0, "ImageWidth": 640},
            "Photoshop": {"PhotoshopQuality": 8, "XResolution": 71.9999847412109, "LayerOpacities": [100, 55]},
            "File": {"EncodingProcess": 2, "FileTypeExtension": "JPG", "YCbCrSubSampling": "2 2"},
            "IFD1": {"Compression": 6},
            "ICC_Profile2": {"Technology": "CRT "},
        }
    )
    assert printed == {
        "JFIF": {"JFIFVersion": "1.02", "ResolutionUnit": "inches"},
        "PNG": {"ColorType": "RGB with Alpha", "Software": "8.0"},
        "Photoshop": {"PhotoshopQuality": "12", "XResolution": "72", "LayerOpacities": ["100%", "55%"]},
        "File": {
            "EncodingProcess": "Progressive DCT, Huffman coding",
            "FileTypeExtension": "jpg",
            "YCbCrSubSampling": "YCbCr4:2:0 (2 2)",
        },
        "IFD1": {"Compression": "JPEG (old-style)"},
        "ICC_Profile2": {"Technology": "Cathode Ray Tube Display"},
    }


def test_groups_without_a_table_and_binary_values_are_left_out():
    metadata = {"Nintendo": {"CameraParameters": 1}, "IFD1": {"ThumbnailImage": {"binary": 2314, "offset": 872}}}
    assert print_values(metadata) == {}


def test_the_report_carries_the_printed_values_in_its_dictionary():
    report = _report(ifd0=[(0x0112, SHORT, [1])])
    printed = report.to_dict()["metadata_print"]
    assert printed["IFD0"] == {"Orientation": "Horizontal (normal)"}
    assert printed["JFIF"] == {"JFIFVersion": "1.01", "ResolutionUnit": "None"}
