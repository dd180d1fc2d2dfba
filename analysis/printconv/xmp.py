"""Printed values of ExifTool's XMP tables (lib/Image/ExifTool/XMP.pm and XMP2.pl, 12.57), one
table per namespace: groups XMP-exif, XMP-tiff, XMP-crs... The EXIF-derived namespaces share the
EXIF and GPS lookups where ExifTool does, but not where its XMP tables list fewer values (XMP-exif
MeteringMode has no 0). Each item of an XMP list is printed on its own, and a value a lookup does
not know prints ``"Unknown (value)"`` even when it is descriptive text. Dates print as read.
"""

from . import exif, gps, iptc, photoshop
from .convert import Printer, dms, exposure_time, f_number, fraction, known, lens_info, lookup, suffix, template
from .table import Table, names

CRS_CROP_UNIT = {
    0: "pixels",
    1: "inches",
    2: "cm",
}

CRS_PERSPECTIVE_UPRIGHT = {
    0: "Off",
    1: "Auto",
    2: "Full",
    3: "Level",
    4: "Vertical",
    5: "Guided",
}

CRS_POST_CROP_VIGNETTE_STYLE = {
    1: "Highlight Priority",
    2: "Color Priority",
    3: "Paint Overlay",
}

EXIF_COLOR_SPACE = {
    1: "sRGB",
    2: "Adobe RGB",
    65535: "Uncalibrated",
}

EXIF_CUSTOM_RENDERED = {
    0: "Normal",
    1: "Custom",
}

EXIF_EXPOSURE_PROGRAM = {
    0: "Not Defined",
    1: "Manual",
    2: "Program AE",
    3: "Aperture-priority AE",
    4: "Shutter speed priority AE",
    5: "Creative (Slow speed)",
    6: "Action (High speed)",
    7: "Portrait",
    8: "Landscape",
}

EXIF_FILE_SOURCE = {
    1: "Film Scanner",
    2: "Reflection Print Scanner",
    3: "Digital Camera",
}

EXIF_FLASH_MODE = {
    0: "Unknown",
    1: "On",
    2: "Off",
    3: "Auto",
}

EXIF_FLASH_RETURN = {
    0: "No return detection",
    2: "Return not detected",
    3: "Return detected",
}

EXIF_METERING_MODE = {
    1: "Average",
    2: "Center-weighted average",
    3: "Spot",
    4: "Multi-spot",
    5: "Multi-segment",
    6: "Partial",
    255: "Other",
}

EXIF_SCENE_CAPTURE_TYPE = {
    0: "Standard",
    1: "Landscape",
    2: "Portrait",
    3: "Night",
}

IPTCEXT_AUDIO_BITRATE_MODE = {
    "fixed": "Fixed",
    "variable": "Variable",
}

IPTCEXT_IMAGE_REGION_BOUNDARY_SHAPE = {
    "circle": "Circle",
    "polygon": "Polygon",
    "rectangle": "Rectangle",
}

IPTCEXT_IMAGE_REGION_BOUNDARY_UNIT = {
    "pixel": "Pixel",
    "relative": "Relative",
}

IPTCEXT_SNAPSHOT_USED_VIDEO_FRAME_TIME_FORMAT = {
    "23976Timecode": "23.976 fps",
    "24Timecode": "24 fps",
    "25Timecode": "25 fps",
    "2997DropTimecode": "29.97 fps (drop)",
    "2997NonDropTimecode": "29.97 fps (non-drop)",
    "30Timecode": "30 fps",
    "50Timecode": "50 fps",
    "5994DropTimecode": "59.94 fps (drop)",
    "5994NonDropTimecode": "59.94 fps (non-drop)",
    "60Timecode": "60 fps",
}

IPTCEXT_STREAM_READY = {
    "false": "False",
    "true": "True",
    "unknown": "Unknown",
}

IPTCEXT_VISUAL_COLOR = {
    "bw-monochrome": "Monochrome",
    "colour": "Color",
}

XMPDM_AUDIO_SAMPLE_TYPE = {
    "16Int": "16-bit integer",
    "24Int": "24-bit integer",
    "32Float": "32-bit float",
    "32Int": "32-bit integer",
    "8Int": "8-bit integer",
    "Compressed": "Compressed",
    "Other": "Other",
    "Packed": "Packed",
}

XMPDM_PROJECT_REF_TYPE = {
    "audio": "Audio",
    "custom": "Custom",
    "movie": "Movie",
    "still": "Still Image",
}

XMPDM_VIDEO_ALPHA_MODE = {
    "none": "None",
    "pre-multiplied": "Pre-multiplied",
    "straight": "Straight",
}

XMPDM_VIDEO_ALPHA_PREMULTIPLE_COLOR_MODE = {
    "CMYK": "CMYK",
    "LAB": "Lab",
    "RGB": "RGB",
}

XMPDM_VIDEO_PIXEL_DEPTH = {
    "16Int": "16-bit integer",
    "24Int": "24-bit integer",
    "32Float": "32-bit float",
    "32Int": "32-bit integer",
    "8Int": "8-bit integer",
    "Other": "Other",
}

# Namespace prefix (as in the group name XMP-<prefix>) → tag → printer.
ROWS: dict[str, dict[str, Printer]] = {
    "Device": {
        "EarthPosAltitude": suffix(" m"),
        "EarthPosLatitude": dms("N"),
        "EarthPosLongitude": dms("E"),
    },
    "GDepth": {
        "Format": known("RangeInverse", "RangeLinear"),
        "MeasureType": known("OpticalAxis", "OpticalRay"),
    },
    "aux": {
        "LensInfo": lens_info,
    },
    "crs": {
        "CropUnit": lookup(CRS_CROP_UNIT),
        "CropUnits": lookup(CRS_CROP_UNIT),
        "MoireFilter": known("Off", "On"),
        "PerspectiveUpright": lookup(CRS_PERSPECTIVE_UPRIGHT),
        "PostCropVignetteStyle": lookup(CRS_POST_CROP_VIGNETTE_STYLE),
        "ToneCurveName": known("Custom", "Linear", "Medium Contrast", "Strong Contrast"),
        "WhiteBalance": known(
            "As Shot", "Auto", "Cloudy", "Custom", "Daylight", "Flash", "Fluorescent", "Shade", "Tungsten"
        ),
    },
    "exif": {
        "ApertureValue": template("%.1f"),
        "ColorSpace": lookup(EXIF_COLOR_SPACE),
        "ComponentsConfiguration": lookup(exif.COMPONENTS_CONFIGURATION),
        "Contrast": lookup(exif.NORMAL_LOW_HIGH),
        "CustomRendered": lookup(EXIF_CUSTOM_RENDERED),
        "ExposureCompensation": fraction,
        "ExposureMode": lookup(exif.EXPOSURE_MODE),
        "ExposureProgram": lookup(EXIF_EXPOSURE_PROGRAM),
        "ExposureTime": exposure_time,
        "FNumber": f_number,
        "FileSource": lookup(EXIF_FILE_SOURCE),
        "FlashMode": lookup(EXIF_FLASH_MODE),
        "FlashReturn": lookup(EXIF_FLASH_RETURN),
        "FocalLength": template("%.1f mm"),
        "FocalLengthIn35mmFormat": suffix(" mm"),
        "FocalPlaneResolutionUnit": lookup(exif.FOCAL_PLANE_RESOLUTION_UNIT),
        "GPSAltitude": suffix(" m"),
        "GPSAltitudeRef": lookup(gps.ALTITUDE_REF),
        "GPSDestBearingRef": lookup(gps.NORTH_REF),
        "GPSDestDistanceRef": lookup(gps.DISTANCE_REF),
        "GPSDestLatitude": dms("N"),
        "GPSDestLongitude": dms("E"),
        "GPSDifferential": lookup(gps.DIFFERENTIAL),
        "GPSHPositioningError": suffix(" m"),
        "GPSImgDirectionRef": lookup(gps.NORTH_REF),
        "GPSLatitude": dms("N"),
        "GPSLongitude": dms("E"),
        "GPSMeasureMode": lookup(gps.MEASURE_MODE),
        "GPSSpeedRef": lookup(gps.SPEED_REF),
        "GPSStatus": lookup(gps.STATUS),
        "GPSTrackRef": lookup(gps.NORTH_REF),
        "GainControl": lookup(exif.GAIN_CONTROL),
        "LightSource": lookup(exif.LIGHT_SOURCE),
        "MaxApertureValue": template("%.1f"),
        "MeteringMode": lookup(EXIF_METERING_MODE),
        "Saturation": lookup(exif.NORMAL_LOW_HIGH),
        "SceneCaptureType": lookup(EXIF_SCENE_CAPTURE_TYPE),
        "SceneType": lookup(exif.SCENE_TYPE),
        "SensingMethod": lookup(exif.SENSING_METHOD),
        "Sharpness": lookup(exif.SHARPNESS),
        "ShutterSpeedValue": exposure_time,
        "SubjectDistance": suffix(" m"),
        "SubjectDistanceRange": lookup(exif.SUBJECT_DISTANCE_RANGE),
        "WhiteBalance": lookup(exif.WHITE_BALANCE),
    },
    "exifEX": {
        "CompositeImage": lookup(exif.COMPOSITE_IMAGE),
        "InteropIndex": lookup(exif.INTEROP_INDEX),
        "LensInfo": lens_info,
        "SensitivityType": lookup(exif.SENSITIVITY_TYPE),
    },
    "iptcExt": {
        "AudioBitrateMode": lookup(IPTCEXT_AUDIO_BITRATE_MODE),
        "ImageRegionBoundaryShape": lookup(IPTCEXT_IMAGE_REGION_BOUNDARY_SHAPE),
        "ImageRegionBoundaryUnit": lookup(IPTCEXT_IMAGE_REGION_BOUNDARY_UNIT),
        "LocationCreatedGPSAltitude": suffix(" m"),
        "LocationCreatedGPSLatitude": dms("N"),
        "LocationCreatedGPSLongitude": dms("E"),
        "LocationShownGPSAltitude": suffix(" m"),
        "LocationShownGPSLatitude": dms("N"),
        "LocationShownGPSLongitude": dms("E"),
        "RatingRegionGPSAltitude": suffix(" m"),
        "RatingRegionGPSLatitude": dms("N"),
        "RatingRegionGPSLongitude": dms("E"),
        "SnapshotUsedVideoFrameTimeFormat": lookup(IPTCEXT_SNAPSHOT_USED_VIDEO_FRAME_TIME_FORMAT),
        "StreamReady": lookup(IPTCEXT_STREAM_READY),
        "VideoBitrateMode": lookup(IPTCEXT_AUDIO_BITRATE_MODE),
        "VisualColor": lookup(IPTCEXT_VISUAL_COLOR),
    },
    "pdf": {
        "Trapped": known("False", "True", "Unknown"),
    },
    "photoshop": {
        "ColorMode": lookup(photoshop.COLOR_MODE),
        "Urgency": lookup(iptc.PRIORITY),
    },
    "tiff": {
        "Compression": lookup(exif.COMPRESSION),
        "Orientation": lookup(exif.ORIENTATION),
        "PhotometricInterpretation": lookup(exif.PHOTOMETRIC_INTERPRETATION),
        "PlanarConfiguration": lookup(exif.PLANAR_CONFIGURATION),
        "ResolutionUnit": lookup(exif.RESOLUTION_UNIT),
        "YCbCrPositioning": lookup(exif.YCBCR_POSITIONING),
        "YCbCrSubSampling": lookup(exif.YCBCR_SUB_SAMPLING),
    },
    "xmpDM": {
        "AltTimecodeTimeFormat": lookup(IPTCEXT_SNAPSHOT_USED_VIDEO_FRAME_TIME_FORMAT),
        "AudioChannelType": known("16 Channel", "5.1", "7.1", "Mono", "Other", "Stereo"),
        "AudioSampleType": lookup(XMPDM_AUDIO_SAMPLE_TYPE),
        "Key": known("A", "A#", "B", "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#"),
        "ProjectRefType": lookup(XMPDM_PROJECT_REF_TYPE),
        "PullDown": known("SSWWW", "SWWWS", "SWWWW", "WSSWW", "WSWWW", "WWSSW", "WWSWW", "WWWSS", "WWWSW", "WWWWS"),
        "ResampleParamsQuality": known("High", "Low", "Medium"),
        "ScaleType": known("Both", "Major", "Minor", "Neither"),
        "StartTimecodeTimeFormat": lookup(IPTCEXT_SNAPSHOT_USED_VIDEO_FRAME_TIME_FORMAT),
        "StretchMode": known("Beat Splice", "Fixed length", "Hybrid", "Resample", "Time-Scale"),
        "TimeScaleParamsQuality": known("High", "Low", "Medium"),
        "TimeSignature": known("12/8", "2/4", "3/4", "4/4", "5/4", "6/8", "7/4", "9/8", "other"),
        "VideoAlphaMode": lookup(XMPDM_VIDEO_ALPHA_MODE),
        "VideoAlphaPremultipleColorMode": lookup(XMPDM_VIDEO_ALPHA_PREMULTIPLE_COLOR_MODE),
        "VideoColorSpace": known("CCIR-601", "CCIR-709", "sRGB"),
        "VideoFieldOrder": known("Lower", "Progressive", "Upper"),
        "VideoPixelDepth": lookup(XMPDM_VIDEO_PIXEL_DEPTH),
    },
    "xmpMM": {
        "DerivedFromMaskMarkers": known("All", "None"),
        "IngredientsMaskMarkers": known("All", "None"),
        "ManagedFromMaskMarkers": known("All", "None"),
        "ManifestReferenceMaskMarkers": known("All", "None"),
        "RenditionOfMaskMarkers": known("All", "None"),
    },
    "xmpTPg": {
        "ColorantMode": lookup(XMPDM_VIDEO_ALPHA_PREMULTIPLE_COLOR_MODE),
        "SwatchColorantMode": lookup(XMPDM_VIDEO_ALPHA_PREMULTIPLE_COLOR_MODE),
    },
    "photomech": {"Prefs": iptc.preferences},
}

# Properties ExifTool types as text (Writable 'string' or 'lang-alt'; the XMP default): a number-like
# value prints as the text it is. Namespaces not listed keep their -n values.
TEXT: dict[str, frozenset[str]] = {
    "aux": names(
        """
        EnhanceDetailsVersion EnhanceSuperResolutionVersion Firmware ImageNumber Lens LensDistortInfo LensID
        LensInfo LensSerialNumber NeutralDensityFactor OwnerName SerialNumber
        """
    ),
    "dc": names(
        """
        Contributor Coverage Creator Description Format Identifier Language Publisher Relation Rights Source
        Subject Title Type
        """
    ),
    "exif": names(
        """
        CFAPattern DeviceSettingDescription DeviceSettingDescriptionSettings ExifVersion Flash
        FlashpixVersion GPSAreaInformation GPSDestBearingRef GPSDestDistanceRef GPSDestLatitude
        GPSDestLongitude GPSImgDirectionRef GPSLatitude GPSLongitude GPSMapDatum GPSProcessingMethod
        GPSSatellites GPSSpeedRef GPSStatus GPSTrackRef GPSVersionID ImageUniqueID LightSource MakerNote
        NativeDigest OECFNames Opto-ElectricConvFactor RelatedSoundFile SpatialFrequencyResponse
        SpatialFrequencyResponseNames SpectralSensitivity UserComment
        """
    ),
    "exifEX": names(
        """
        CompositeImageExposureTimes InteropIndex LensMake LensModel LensSerialNumber OwnerName SerialNumber
        """
    ),
    "iptcCore": names(
        """
        AltTextAccessibility CountryCode CreatorAddress CreatorCity CreatorContactInfo CreatorCountry
        CreatorPostalCode CreatorRegion CreatorWorkEmail CreatorWorkTelephone CreatorWorkURL
        ExtDescrAccessibility IntellectualGenre Location Scene SubjectCode
        """
    ),
    "pdf": names(
        """
        Author Copyright Creator Keywords PDFVersion Producer Subject Title Trapped
        """
    ),
    "photoshop": names(
        """
        AuthorsPosition CameraProfiles CameraProfilesAuthor CameraProfilesCameraPrettyName
        CameraProfilesLens CameraProfilesLensPrettyName CameraProfilesMake CameraProfilesModel
        CameraProfilesPerspectiveModel CameraProfilesPerspectiveModelVersion CameraProfilesProfileName
        CameraProfilesUniqueCameraModel CaptionWriter Category City Country Credit DocumentAncestors
        EmbeddedXMPDigest Headline History ICCProfileName Instructions LegacyIPTCDigest SidecarForExtension
        Source State SupplementalCategories TextLayerName TextLayerText TextLayers TransmissionReference
        """
    ),
    "tiff": names(
        """
        Artist Copyright ImageDescription Make Model NativeDigest Software
        """
    ),
    "xmp": names(
        """
        Advisory Author BaseURL CreatorTool Description Format Identifier Keywords Label Nickname PageImage
        PageImageFormat PageInfo ThumbnailFormat ThumbnailImage Thumbnails Title
        """
    ),
    "xmpRights": names(
        """
        Certificate Owner UsageTerms WebStatement
        """
    ),
    "crs": names("CameraProfile CompatibleVersion LensProfileName ProcessVersion RawFileName Version"),
}

TABLES: dict[str, Table] = {
    namespace: Table(ROWS.get(namespace, {}), text=TEXT.get(namespace, frozenset()), items=True)
    for namespace in ROWS | TEXT
}
# xmpMM: all text but for three numbers.
TABLES["xmpMM"] = Table(
    ROWS["xmpMM"], items=True, numeric=names("ManifestPlacedXResolution ManifestPlacedYResolution SaveID")
)
