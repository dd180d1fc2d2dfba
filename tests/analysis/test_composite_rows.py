"""Composite rows ported from ExifTool 12.57 beyond the basic exposure set: Nikon's LensID from its
lens data, the LensID of Adobe's XMP-aux:LensID, Canon's flash and file-number tags, the CFA pattern
and preview size, the XMP GPS references, and which ImageWidth a TIFF-based raw's size comes from
(the priority directory). Inputs are ``{group: {tag: -n value}}`` as the readers give them."""

import math
import struct

import pytest

from analysis import analyse
from analysis.composite import composite_tags
from analysis.composite.rationals import focal_plane_rationals
from tests.builders import ASCII, RATIONAL, exif_tiff

# A Nikon D70's LensData: AF-S DX Zoom-Nikkor 18-70mm f/3.5-4.5G IF-ED, "7F 40 2D 5C 2C 34 84 06".
NIKON_LENS_DATA = {
    "LensIDNumber": 127,
    "LensFStops": 64 / 12,
    "MinFocalLength": 5 * 2 ** (45 / 24),
    "MaxFocalLength": 5 * 2 ** (92 / 24),
    "MaxApertureAtMinFocal": 2 ** (44 / 24),
    "MaxApertureAtMaxFocal": 2 ** (52 / 24),
    "MCUVersion": 132,
    "LensType": 6,
}


def derive(metadata: dict, printed: dict | None = None, rationals: dict | None = None) -> tuple[dict, dict]:
    return composite_tags(metadata, printed or {}, rationals)


def test_nikon_lens_id_is_the_lens_data_bytes_and_prints_the_lens():
    values, printed = derive({"IFD0": {"Make": "NIKON CORPORATION"}, "Nikon": NIKON_LENS_DATA})
    assert values["LensID"] == "7F 40 2D 5C 2C 34 84 06"
    assert printed["LensID"] == "AF-S DX Zoom-Nikkor 18-70mm f/3.5-4.5G IF-ED"


def test_an_unlisted_nikon_lens_id_is_matched_without_its_lens_number_and_marked_unknown():
    values, printed = derive({"Nikon": {**NIKON_LENS_DATA, "LensIDNumber": 0x7E}})
    assert values["LensID"] == "7E 40 2D 5C 2C 34 84 06"
    assert printed["LensID"] == "Unknown (7E 40 2D 5C 2C 34 84 06) AF-S DX Zoom-Nikkor 18-70mm f/3.5-4.5G IF-ED ?"


def test_adobe_xmp_lens_id_of_a_nikon_is_unknown_with_its_focal_range():
    metadata = {
        "IFD0": {"Make": "NIKON CORPORATION"},
        "XMP-aux": {"LensID": "-7910804157571773682", "LensInfo": "18 250 3.5 6.3"},
    }
    values, printed = derive(metadata)
    assert values["LensID"] == "-7910804157571773682"
    assert printed["LensID"] == "Unknown (92 37 2D 88 2C 40 4B 0E) 18-250mm"


def test_a_maker_lens_type_wins_over_adobe_xmp_lens_id():
    metadata = {"IFD0": {"Make": "SONY"}, "Sony": {"LensType": 65535}, "XMP-aux": {"LensID": 53}}
    values, _ = derive(metadata)
    assert values["LensID"] == 65535


def test_canon_flash_tags_exist_only_when_flash_bits_are_set():
    canon = {"FlashBits": 0x4008, "CanonFlashMode": 6, "FlashExposureComp": 0}
    values, printed = derive({"Canon": canon, "CanonCustom": {"ShutterCurtainSync": 1}})
    assert (values["FlashType"], printed["FlashType"]) == (1, "External")
    assert (values["RedEyeReduction"], printed["RedEyeReduction"]) == (1, "On")
    assert values["ConditionalFEC"] == 0
    assert (values["ShutterCurtainHack"], printed["ShutterCurtainHack"]) == (1, "2nd-curtain sync")
    values, _ = derive({"Canon": {**canon, "FlashBits": 0}})
    assert not {"FlashType", "RedEyeReduction", "ConditionalFEC", "ShutterCurtainHack"} & values.keys()


def test_canon_file_number_joins_directory_and_file_index():
    values, printed = derive({"Canon": {"DirectoryIndex": 108, "FileIndex": 232}})
    assert (values["FileNumber"], printed["FileNumber"]) == ("1080232", "108-0232")
    values, _ = derive({"Canon": {"DirectoryIndex": 108, "FileIndex": 10000}})
    assert values["FileNumber"] == "1090001"


def test_cfa_pattern_and_preview_size_are_derived():
    metadata = {
        "SubIFD": {"CFARepeatPatternDim": [2, 2], "CFAPattern2": [0, 1, 1, 2]},
        "Canon": {"PreviewImageWidth": 1536, "PreviewImageHeight": 1024},
    }
    values, printed = derive(metadata)
    assert (values["CFAPattern"], printed["CFAPattern"]) == ("2 2 0 1 1 2", "[Red,Green][Green,Blue]")
    assert values["PreviewImageSize"] == "1536x1024"


def test_xmp_coordinates_give_their_hemispheres():
    values, printed = derive({"XMP-exif": {"GPSLatitude": -33.9, "GPSLongitude": 151.2}})
    assert (values["GPSLatitudeRef"], printed["GPSLatitudeRef"]) == ("S", "South")
    assert (values["GPSLongitudeRef"], printed["GPSLongitudeRef"]) == ("E", "East")


def test_an_empty_xmp_flash_structure_still_gives_a_flash_value():
    values, _ = derive({"XMP-exif": {"Flash": "\n  "}})
    assert values["Flash"] == 0


@pytest.mark.parametrize(
    ("ifds", "size"),
    [
        # DNG: IFD0 is a thumbnail, the SubIFD with SubfileType 0 the raw image
        ({"IFD0": (8, 8, 1), "SubIFD": (3516, 2328, 0), "SubIFD1": (1024, 683, 1)}, [3516, 2328]),
        # a TIFF without SubfileType keeps the first IFD's size
        ({"IFD0": (200, 130, None), "SubIFD": (256, 166, None)}, [200, 130]),
    ],
)
def test_the_full_resolution_ifd_gives_the_image_size(ifds, size):
    metadata = {}
    for group, (width, height, subfile) in ifds.items():
        metadata[group] = {"ImageWidth": width, "ImageHeight": height}
        if subfile is not None:
            metadata[group]["SubfileType"] = subfile
    values, _ = derive(metadata)
    assert values["ImageSize"] == size


def test_a_cr2_size_comes_from_exif_image_width():
    metadata = {
        "File": {"FileType": "CR2"},
        "IFD0": {"ImageWidth": 1536, "ImageHeight": 1024},
        "ExifIFD": {"ExifImageWidth": 3456, "ExifImageHeight": 2304},
    }
    assert derive(metadata)[0]["ImageSize"] == [3456, 2304]


def test_a_kodak_maker_note_exposure_is_preferred_to_the_exif_one():
    values, _ = derive({"ExifIFD": {"FNumber": 6.7, "ExposureTime": 0.0055}, "Kodak": {"FNumber": 6.73}})
    assert values["Aperture"] == 6.73


def test_canon_sensor_size_comes_from_the_focal_plane_fractions_of_a_tiff_raw():
    # A Canon writes FocalPlaneXResolution as image width x 1000 over the sensor width in 1/1000 inch.
    tiff = exif_tiff(
        [(0x010F, ASCII, "Canon")],
        [(0xA20E, RATIONAL, [(3456000, 874)]), (0xA20F, RATIONAL, [(2304000, 582)]), (0x920A, RATIONAL, [(55, 1)])],
    )
    assert focal_plane_rationals(tiff, None) == {
        "FocalPlaneXResolution": (3456000, 874),
        "FocalPlaneYResolution": (2304000, 582),
    }
    values = analyse(tiff, "a.dng", strict=True).metadata["Composite"]
    assert values["ScaleFactor35efl"] == pytest.approx(math.hypot(36, 24) / (math.hypot(874, 582) * 0.0254))


def test_the_exif_block_of_another_container_is_found_after_an_item_named_exif():
    tiff = exif_tiff([(0x010F, ASCII, "Canon")], [(0xA20E, RATIONAL, [(6000000, 1400)])])
    heif_like = b"....infe\x00Exif\x00\x00mime" + struct.pack(">I", 6) + b"Exif\x00\x00" + tiff
    assert focal_plane_rationals(heif_like, None) == {"FocalPlaneXResolution": (6000000, 1400)}


def lens_id(group: str, maker: dict, printed: dict | None = None, make: str = "Canon", exif: dict | None = None) -> str:
    metadata = {"IFD0": {"Make": make}, "ExifIFD": exif or {}, group: maker}
    return derive(metadata, {group: printed or {}})[1]["LensID"]


def test_canon_lens_id_keeps_the_lenses_sharing_a_number_whose_range_fits():
    maker = {"LensType": 161, "MinFocalLength": 28, "MaxFocalLength": 70, "MaxAperture": 2.798, "FocalLength": 70}
    printed = lens_id("Canon", maker, {"LensType": "Canon EF 28-70mm f/2.8L USM or Other Lens"})
    assert printed == "Canon EF 28-70mm f/2.8L USM or Sigma 28-70mm f/2.8 EX"


def test_canon_rf_lens_type_names_the_lens():
    maker = {"LensType": 61182, "RFLensType": 263, "MinFocalLength": 24, "MaxFocalLength": 70, "MaxAperture": 2.83}
    assert lens_id("Canon", maker) == "Canon RF 24-70mm F2.8L IS USM"


def test_pentax_lens_id_chooses_among_the_lenses_of_its_number_by_focal_length_and_aperture():
    maker = {"LensType": "3 44", "MaxAperture": 3.914, "FocalLength": 10}
    printed = lens_id("Pentax", maker, {"LensType": "Sigma or Tamron Lens (3 44)"}, make="PENTAX Corporation")
    assert printed == "Sigma AF 10-20mm F4-5.6 EX DC"


def test_a_sony_e_mount_lens_is_named_by_lens_type2_and_lens_model():
    maker = {"LensType": 65535, "LensType2": 32881, "LensType3": 32881, "MinFocalLength": 24, "MaxFocalLength": 50}
    exif = {"FocalLength": 39, "MaxApertureValue": 2.8, "LensModel": "FE 24-50mm F2.8 G"}
    assert lens_id("Sony", maker, make="SONY", exif=exif) == "FE 24-50mm F2.8 G"


def test_panasonic_advanced_scene_mode_names_the_scene():
    values, printed = derive({"IFD0": {"Model": "DMC-FZ28"}, "Panasonic": {"SceneMode": 2, "AdvancedSceneType": 3}})
    assert (values["AdvancedSceneMode"], printed["AdvancedSceneMode"]) == ("DMC-FZ28 2 3", "Indoor Portrait")
    values, printed = derive({"IFD0": {"Model": "DMC-ZS7"}, "Panasonic": {"SceneMode": 0, "AdvancedSceneType": 1}})
    assert printed["AdvancedSceneMode"] == "Off"
