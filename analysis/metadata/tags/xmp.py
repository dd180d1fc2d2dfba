"""XMP namespaces and properties as ExifTool 12.57 knows them (lib/Image/ExifTool/XMP.pm %nsURI and
%stdXlatNS, and the tag tables and structures %Image::ExifTool::XMP::Main leads to, in XMP.pm, XMP2.pl,
MWG.pm, Microsoft.pm, PLUS.pm, DarwinCore.pm, PhotoMechanic.pm, DJI.pm and Nikon.pm).

Every property and structure field ExifTool knows has a row, because a known property is treated
differently from an unknown one: its value is not converted by guess, it gathers list items from lists
nested in structures, and a later duplicate replaces an earlier one (unless it has low priority). A
property is named by its local name with the first letter upper-cased, and a structure field by its
parent's name followed by the field's (``xmpMM:History/stEvt:action`` is ``HistoryAction``); a row
overrides that with ``name``, and gives a value conversion (a key of
``analysis.metadata.xmp.CONVERSIONS``), the structure of its fields, the prefix those fields are named
after when it is not the name (``flat``), ``join`` for a list ExifTool reads as one space-separated
value, ``single`` for a property ExifTool keeps one value of even inside lists (``List => 0``) and
``low`` for low priority (``Avoid``, ``Priority => 0``). Ids made of several names are flattened tags
that ExifTool names specially.
"""

from typing import NamedTuple


class Prop(NamedTuple):
    """How ExifTool names, converts and keeps one XMP property or structure field."""

    name: str | None = None
    conv: str | None = None
    struct: str | None = None
    flat: str | None = None
    join: bool = False
    single: bool = False
    low: bool = False


PLAIN = Prop()


def plain(ids: str) -> dict[str, Prop]:
    """Rows for properties ExifTool knows and handles by default (space-separated ids)."""
    return dict.fromkeys(ids.split(), PLAIN)


# Namespace URI -> ExifTool's standard prefix (XMP.pm %nsURI, with the namespaces the other tables register).
NAMESPACES: dict[str, str] = {
    "http://ns.apple.com/adjustment-settings/1.0/": "aas",
    "http://ns.acdsee.com/iptc/1.0/": "acdsee",
    "http://ns.adobe.com/album/1.0/": "album",
    "http://ns.apple.com/faceinfo/1.0/": "apple-fi",
    "http://ns.nikon.com/asteroid/1.0/": "ast",
    "http://ns.adobe.com/exif/1.0/aux/": "aux",
    "http://creativecommons.org/ns#": "cc",
    "http://developer.sonyericsson.com/cell/1.0/": "cell",
    "http://ns.adobe.com/camera-raw-defaults/1.0/": "crd",
    "http://ns.adobe.com/creatorAtom/1.0/": "creatorAtom",
    "http://ns.adobe.com/camera-raw-embedded-lens-profile/1.0/": "crlcp",
    "http://ns.adobe.com/camera-raw-settings/1.0/": "crs",
    "http://ns.adobe.com/camera-raw-saved-settings/1.0/": "crss",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://ns.google.com/photos/dd/1.0/device/": "Device",
    "http://ns.optimasc.com/dex/1.0/": "dex",
    "http://ns.adobe.com/DICOM/": "DICOM",
    "http://www.digikam.org/ns/1.0/": "digiKam",
    "http://www.dji.com/drone-dji/1.0/": "drone-dji",
    "http://rs.tdwg.org/dwc/index.htm": "dwc",
    "http://ns.exiftool.org/1.0/": "et",
    "http://ns.adobe.com/exif/1.0/": "exif",
    "http://cipa.jp/exif/1.0/": "exifEX",
    "http://ns.microsoft.com/expressionmedia/1.0/": "expressionmedia",
    "http://ns.extensis.com/extensis/1.0/": "extensis",
    "http://ns.fastpictureviewer.com/fpv/1.0/": "fpv",
    "http://ns.google.com/photos/1.0/audio/": "GAudio",
    "http://ns.google.com/photos/1.0/camera/": "GCamera",
    "http://ns.google.com/photos/1.0/creations/": "GCreations",
    "http://ns.google.com/photos/1.0/depthmap/": "GDepth",
    "http://xmp.gettyimages.com/gift/1.0/": "GettyImagesGIFT",
    "http://ns.google.com/photos/1.0/focus/": "GFocus",
    "http://ns.google.com/photos/1.0/image/": "GImage",
    "http://ns.google.com/photos/1.0/panorama/": "GPano",
    "http://ns.google.com/videos/1.0/spherical/": "GSpherical",
    "http://ns.adobe.com/hdr-metadata/1.0/": "hdr_metadata",
    "http://ns.idimager.com/ics/1.0/": "ics",
    "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/": "Iptc4xmpCore",
    "http://iptc.org/std/Iptc4xmpExt/2008-02-29/": "Iptc4xmpExt",
    "http://ns.adobe.com/iX/1.0/": "iX",
    "http://ns.leiainc.com/photos/1.0/image/": "LImage",
    "http://ns.adobe.com/lightroom/1.0/": "lr",
    "http://ns.iview-multimedia.com/mediapro/1.0/": "mediapro",
    "http://ns.microsoft.com/photo/1.0": "MicrosoftPhoto",
    "http://ns.microsoft.com/photo/1.2/": "MP",
    "http://ns.microsoft.com/photo/1.1": "MP1",
    "http://ns.microsoft.com/photo/1.2/t/Region#": "MPReg",
    "http://ns.microsoft.com/photo/1.2/t/RegionInfo#": "MPRI",
    "http://www.metadataworkinggroup.com/schemas/collections/": "mwg-coll",
    "http://www.metadataworkinggroup.com/schemas/keywords/": "mwg-kw",
    "http://www.metadataworkinggroup.com/schemas/regions/": "mwg-rs",
    "http://ns.nikon.com/nine/1.0/": "nine",
    "http://ns.adobe.com/pdf/1.3/": "pdf",
    "http://ns.adobe.com/pdfx/1.3/": "pdfx",
    "http://ns.camerabits.com/photomechanic/1.0/": "photomechanic",
    "http://ns.adobe.com/photoshop/1.0/": "photoshop",
    "http://ns.useplus.org/ldf/xmp/1.0/": "plus",
    "http://prismstandard.org/namespaces/pmi/2.2/": "pmi",
    "http://prismstandard.org/namespaces/basic/2.0/": "prism",
    "http://prismstandard.org/namespaces/prl/2.1/": "prl",
    "http://prismstandard.org/namespaces/prm/3.0/": "prm",
    "http://ns.google.com/photos/dd/1.0/profile/": "Profile",
    "http://prismstandard.org/namespaces/prismusagerights/2.1/": "pur",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs",
    "http://ns.nikon.com/sdc/1.0/": "sdc",
    "http://ns.adobe.com/xmp/sType/Area#": "stArea",
    "http://ns.adobe.com/photoshop/1.0/camera-profile": "stCamera",
    "http://ns.adobe.com/xap/1.0/sType/Dimensions#": "stDim",
    "http://ns.adobe.com/xap/1.0/sType/ResourceEvent#": "stEvt",
    "http://ns.adobe.com/xap/1.0/sType/Font#": "stFnt",
    "http://ns.adobe.com/xap/1.0/sType/Job#": "stJob",
    "http://ns.adobe.com/xap/1.0/sType/ManifestItem#": "stMfs",
    "http://ns.adobe.com/xap/1.0/sType/ResourceRef#": "stRef",
    "http://ns.adobe.com/xap/1.0/sType/Version#": "stVer",
    "http://www.w3.org/2000/svg": "svg",
    "http://ns.adobe.com/swf/1.0/": "swf",
    "http://ns.adobe.com/tiff/1.0/": "tiff",
    "adobe:ns:meta/": "x",
    "http://ns.adobe.com/xap/1.0/": "xmp",
    "http://ns.adobe.com/xap/1.0/bj/": "xmpBJ",
    "http://ns.adobe.com/xmp/1.0/DynamicMedia/": "xmpDM",
    "http://ns.adobe.com/xap/1.0/g/": "xmpG",
    "http://ns.adobe.com/xap/1.0/g/img/": "xmpGImg",
    "http://ns.adobe.com/xmp/Identifier/qual/1.0/": "xmpidq",
    "http://ns.adobe.com/xap/1.0/mm/": "xmpMM",
    "http://ns.adobe.com/xmp/note/": "xmpNote",
    "http://ns.adobe.com/xap/1.0/PLUS/": "xmpPLUS",
    "http://ns.adobe.com/xap/1.0/rights/": "xmpRights",
    "http://ns.adobe.com/xap/1.0/t/pg/": "xmpTPg",
}

# Standard prefix -> family-1 group suffix where ExifTool shortens it (XMP.pm %stdXlatNS).
GROUP_OF_PREFIX: dict[str, str] = {
    "Iptc4xmpCore": "iptcCore",
    "Iptc4xmpExt": "iptcExt",
    "photomechanic": "photomech",
    "MicrosoftPhoto": "microsoft",
    "prismusagerights": "pur",
    "GettyImagesGIFT": "getty",
    "hdr_metadata": "hdr",
}

# Groups whose every property has low priority (a table PRIORITY of 0, or Avoid on every row).
LOW_PRIORITY_GROUPS = frozenset(
    {
        "GDepth",
        "GSpherical",
        "PixelLive",
        "acdsee",
        "crd",
        "exif",
        "exifEX",
        "expressionmedia",
        "pmi",
        "prism",
        "prl",
        "prm",
        "pur",
        "tiff",
        "xmpPLUS",
    }
)

# Family-1 group suffix -> property id -> Prop.
PROPERTIES: dict[str, dict[str, Prop]] = {
    "aas": {
        **plain(
            "AffineA AffineB AffineC AffineD AffineX AffineY Curve0x Curve0y Curve1x Curve1y Curve2x "
            "Curve2y Curve3x Curve3y Curve4x Curve4y FaceBalanceOrigI FaceBalanceOrigQ "
            "FaceBalanceStrength FaceBalanceWarmth"
        ),
        "CropH": Prop(low=True),
        "CropW": Prop(low=True),
        "CropX": Prop(low=True),
        "CropY": Prop(low=True),
        "Highlights": Prop(low=True),
        "Shadows": Prop(low=True),
        "Vibrance": Prop(low=True),
    },
    "acdsee": {
        **plain(
            "author caption categories collections EditStatus FixtureIdentifier keywords notes "
            "ObjectCycle OriginatingProgram rating rawrppused ReleaseDate ReleaseTime Snapshots tagged"
        ),
        "datetime": Prop("DateTime", conv="date"),
        "dpp": Prop("DPP"),
        "rpp": Prop("RPP"),
    },
    "album": {
        **plain("Notes"),
    },
    "apple-fi": {
        **plain("AngleInfoRoll AngleInfoYaw ConfidenceLevel FaceID"),
        "Timestamp": Prop("TimeStamp"),
    },
    "ast": {
        **plain("about GPSImgDirectionRef GPSMapDatum IPTC version XMLPackets"),
        "GPSAltitude": Prop(conv="base64_double"),
        "GPSAltitudeRef": Prop(conv="base64_version"),
        "GPSImgDirection": Prop(conv="base64_double"),
        "GPSLatitude": Prop(conv="base64_dms"),
        "GPSLatitudeRef": Prop(conv="base64_int32u"),
        "GPSLongitude": Prop(conv="base64_dms"),
        "GPSLongitudeRef": Prop(conv="base64_int32u"),
        "GPSVersionID": Prop(conv="base64_version"),
    },
    "aux": {
        **plain(
            "DistortionCorrectionAlreadyApplied EnhanceDetailsAlreadyApplied EnhanceDetailsVersion "
            "EnhanceSuperResolutionAlreadyApplied EnhanceSuperResolutionVersion Firmware ImageNumber "
            "IsMergedHDR IsMergedPanorama LateralChromaticAberrationCorrectionAlreadyApplied Lens "
            "LensDistortInfo NeutralDensityFactor VignetteCorrectionAlreadyApplied"
        ),
        "ApproximateFocusDistance": Prop(conv="rational"),
        "EnhanceSuperResolutionScale": Prop(conv="rational"),
        "FlashCompensation": Prop(conv="rational"),
        "LensID": Prop(low=True),
        "LensInfo": Prop(conv="rational_list", low=True),
        "LensSerialNumber": Prop(low=True),
        "OwnerName": Prop(low=True),
        "SerialNumber": Prop(low=True),
    },
    "cc": {
        **plain(
            "attributionName attributionURL jurisdiction license morePermissions permits prohibits "
            "requires useGuidelines"
        ),
        "deprecatedOn": Prop(conv="date"),
        "legalcode": Prop("LegalCode"),
    },
    "cell": {
        "cellid": Prop("CellTowerID"),
        "cgi": Prop("CellGlobalID"),
        "lac": Prop("LocationAreaCode"),
        "mcc": Prop("MobileCountryCode"),
        "mnc": Prop("MobileNetworkCode"),
        "r": Prop("CellR"),
    },
    "creatorAtom": {
        "aeProjectLink": Prop(struct="AEProjectLink"),
        "macAtom": Prop(struct="MacAtom"),
        "windowsAtom": Prop(struct="WindowsAtom"),
    },
    "crs": {
        **plain(
            "AlreadyApplied AutoBrightness AutoContrast AutoExposure AutoLateralCA AutoShadows AutoTone "
            "AutoToneDigest AutoToneDigestNoSat AutoWhiteVersion Blacks2012 BlueHue BlueSaturation "
            "Brightness CameraModelRestriction CameraProfile CameraProfileDigest ChromaticAberrationB "
            "ChromaticAberrationR Clarity Clarity2012 ClipboardAspectRatio ClipboardOrientation Cluster "
            "ColorGradeBlending ColorGradeGlobalHue ColorGradeGlobalLum ColorGradeGlobalSat "
            "ColorGradeHighlightLum ColorGradeMidtoneHue ColorGradeMidtoneLum ColorGradeMidtoneSat "
            "ColorGradeShadowLum ColorNoiseReduction ColorNoiseReductionDetail "
            "ColorNoiseReductionSmoothness CompatibleVersion ContactInfo Contrast2012 Converter "
            "ConvertToGrayscale CropAngle CropBottom CropConstrainToWarp CropHeight CropLeft CropRight "
            "CropTop CropUnit CropUnits CropWidth DefaultAutoGray DefaultAutoTone DefaultsSpecificToISO "
            "DefaultsSpecificToSerial Defringe DefringeGreenAmount DefringeGreenHueHi DefringeGreenHueLo "
            "DefringePurpleAmount DefringePurpleHueHi DefringePurpleHueLo Dehaze DNGIgnoreSidecars "
            "Exposure Exposure2012 FillLight GrainAmount GrainFrequency GrainSeed GrainSize GrayMixerAqua "
            "GrayMixerBlue GrayMixerGreen GrayMixerMagenta GrayMixerOrange GrayMixerPurple GrayMixerRed "
            "GrayMixerYellow GreenHue GreenSaturation HasCrop HasSettings HDREditMode Highlight2012 "
            "HighlightRecovery Highlights2012 HueAdjustmentAqua HueAdjustmentBlue HueAdjustmentGreen "
            "HueAdjustmentMagenta HueAdjustmentOrange HueAdjustmentPurple HueAdjustmentRed "
            "HueAdjustmentYellow IncrementalTemperature IncrementalTint JPEGHandling "
            "LensManualDistortionAmount LensProfileChromaticAberrationScale LensProfileDigest "
            "LensProfileDistortionScale LensProfileEnable LensProfileFilename LensProfileIsEmbedded "
            "LensProfileMatchKeyCameraModelName LensProfileMatchKeyExifMake LensProfileMatchKeyExifModel "
            "LensProfileMatchKeyIsRaw LensProfileMatchKeyLensID LensProfileMatchKeyLensInfo "
            "LensProfileMatchKeyLensName LensProfileMatchKeySensorFormatFactor LensProfileName "
            "LensProfileSetup LensProfileVignettingScale LookName LuminanceAdjustmentAqua "
            "LuminanceAdjustmentBlue LuminanceAdjustmentGreen LuminanceAdjustmentMagenta "
            "LuminanceAdjustmentOrange LuminanceAdjustmentPurple LuminanceAdjustmentRed "
            "LuminanceAdjustmentYellow LuminanceNoiseReductionContrast LuminanceNoiseReductionDetail "
            "LuminanceSmoothing MoireFilter NegativeCacheLargePreviewSize NegativeCacheMaximumSize "
            "NegativeCachePath OverrideLookVignette ParametricDarks ParametricHighlights "
            "ParametricHighlightSplit ParametricLights ParametricMidtoneSplit ParametricShadows "
            "ParametricShadowSplit PerspectiveAspect PerspectiveHorizontal PerspectiveRotate "
            "PerspectiveScale PerspectiveUpright PerspectiveVertical PerspectiveX PerspectiveY "
            "PostCropVignetteAmount PostCropVignetteFeather PostCropVignetteHighlightContrast "
            "PostCropVignetteMidpoint PostCropVignetteRoundness PostCropVignetteStyle PresetType "
            "ProcessVersion RawFileName RedEyeInfo RedHue RedSaturation RetouchInfo "
            "SaturationAdjustmentAqua SaturationAdjustmentBlue SaturationAdjustmentGreen "
            "SaturationAdjustmentMagenta SaturationAdjustmentOrange SaturationAdjustmentPurple "
            "SaturationAdjustmentRed SaturationAdjustmentYellow SDRBlend SDRBrightness SDRContrast "
            "SDRHighlights SDRShadows SDRWhites Shadows Shadows2012 ShadowTint SharpenDetail "
            "SharpenEdgeMasking SharpenRadius ShortName Smoothness SortName SplitToningBalance "
            "SplitToningHighlightHue SplitToningHighlightSaturation SplitToningShadowHue "
            "SplitToningShadowSaturation SupportsAmount SupportsColor SupportsHighDynamicRange "
            "SupportsMonochrome SupportsNormalDynamicRange SupportsOutputReferred SupportsSceneReferred "
            "Texture TIFFHandling Tint ToggleStyleAmount ToggleStyleDigest ToneCurve ToneCurveBlue "
            "ToneCurveGreen ToneCurveName ToneCurveName2012 ToneCurvePV2012 ToneCurvePV2012Blue "
            "ToneCurvePV2012Green ToneCurvePV2012Red ToneCurveRed ToneMapStrength UprightCenterMode "
            "UprightCenterNormX UprightCenterNormY UprightDependentDigest UprightFocalLength35mm "
            "UprightFocalMode UprightFourSegments_0 UprightFourSegments_1 UprightFourSegments_2 "
            "UprightFourSegments_3 UprightFourSegmentsCount UprightGuidedDependentDigest UprightPreview "
            "UprightTransform_0 UprightTransform_1 UprightTransform_2 UprightTransform_3 "
            "UprightTransform_4 UprightTransform_5 UprightTransformCount UprightVersion Version Vibrance "
            "VignetteAmount VignetteMidpoint What Whites2012"
        ),
        "CircularGradientBasedCorrections": Prop(struct="Correction", flat="CircGradBasedCorr"),
        "CircularGradientBasedCorrectionsCorrectionMasks": Prop("CircGradBasedCorrMasks", flat="CircGradBasedCorrMask"),
        "CircularGradientBasedCorrectionsCorrectionMasksDabs": Prop("CircGradBasedCorrMaskDabs", single=True),
        "Contrast": Prop(low=True),
        "Copyright": Prop(low=True),
        "Description": Prop(low=True),
        "GradientBasedCorrections": Prop(struct="Correction", flat="GradientBasedCorr"),
        "GradientBasedCorrectionsCorrectionMasks": Prop("GradientBasedCorrMasks", flat="GradientBasedCorrMask"),
        "GradientBasedCorrectionsCorrectionMasksDabs": Prop("GradientBasedCorrMaskDabs", single=True),
        "Group": Prop(low=True),
        "Look": Prop(struct="Look"),
        "MaskGroupBasedCorrections": Prop(struct="Correction", flat="MaskGroupBasedCorr"),
        "Name": Prop(low=True),
        "PaintBasedCorrections": Prop(struct="Correction", flat="PaintCorrection"),
        "PaintBasedCorrectionsCorrectionMasks": Prop("PaintBasedCorrectionMasks", flat="PaintCorrectionMask"),
        "PaintBasedCorrectionsCorrectionMasksDabs": Prop("PaintCorrectionMaskDabs", single=True),
        "RangeMaskMapInfo": Prop("RangeMask", struct="RangeMask", flat="RangeMask"),
        "RetouchAreas": Prop(struct="RetouchArea", flat="RetouchArea"),
        "RetouchAreasMasks": Prop("RetouchAreaMasks", flat="RetouchAreaMask"),
        "RetouchAreasMasksDabs": Prop("RetouchAreaMaskDabs", single=True),
        "Saturation": Prop(low=True),
        "Sharpness": Prop(low=True),
        "Temperature": Prop("ColorTemperature"),
        "UUID": Prop(low=True),
        "WhiteBalance": Prop(low=True),
    },
    "dc": {
        **plain(
            "contributor coverage creator description format identifier language publisher relation "
            "rights subject title type"
        ),
        "date": Prop(conv="date"),
        "source": Prop(low=True),
    },
    "Device": {
        "AppInfo": Prop(struct="AppInfo"),
        "Cameras": Prop(struct="DeviceCameras", flat=""),
        "Container": Prop(struct="DeviceContainer"),
        "EarthPos": Prop(struct="EarthPose"),
        "Planes": Prop(struct="DevicePlanes", flat=""),
        "Pose": Prop(struct="Pose"),
        "Profiles": Prop(struct="DeviceProfiles", flat=""),
        "VendorInfo": Prop(struct="VendorInfo"),
    },
    "dex": {
        **plain("revision"),
        "crc32": Prop("CRC32"),
        "ffid": Prop("FFID"),
        "licensetype": Prop("LicenseType"),
        "os": Prop("OS"),
        "rating": Prop(low=True),
        "shortdescription": Prop("ShortDescription"),
        "source": Prop(low=True),
    },
    "DICOM": {
        **plain(
            "EquipmentInstitution EquipmentManufacturer PatientID PatientName PatientSex "
            "SeriesDescription SeriesModality SeriesNumber StudyDescription StudyID StudyPhysician"
        ),
        "PatientDOB": Prop("PatientBirthDate", conv="date"),
        "SeriesDateTime": Prop(conv="date"),
        "StudyDateTime": Prop(conv="date"),
    },
    "digiKam": {
        **plain(
            "CaptionsAuthorNames CaptionsDateTimeStamps ColorLabel LensCorrectionSettings "
            "picasawebGPhotoId PickLabel TagsList"
        ),
        "ImageHistory": Prop(low=True),
        "ImageUniqueID": Prop(low=True),
    },
    "drone-dji": {
        **plain(
            "AbsoluteAltitude CalibratedFocalLength CalibratedOpticalCenterX CalibratedOpticalCenterY "
            "CamReverse DewarpData DewarpFlag FlightPitchDegree FlightRollDegree FlightXSpeed "
            "FlightYawDegree FlightYSpeed FlightZSpeed GimbalPitchDegree GimbalReverse GimbalRollDegree "
            "GimbalYawDegree Latitude Longitude RelativeAltitude RtkFlag RtkStdHgt RtkStdLat RtkStdLon "
            "SelfData"
        ),
        "GpsLatitude": Prop("GPSLatitude", low=True),
        "GpsLongitude": Prop("GPSLongitude", low=True),
        "GpsLongtitude": Prop("GPSLongtitude"),
    },
    "dwc": {
        **plain("GeologicalContextBed GeologicalContextFormation GeologicalContextGroup GeologicalContextMember"),
        "dctermsLocation": Prop("DCTermsLocation", struct="DarwinCore_DCTermsLocation", flat="DC"),
        "Event": Prop("DCEvent", struct="DarwinCore_Event", flat="Event"),
        "EventEventDate": Prop("EventDate"),
        "EventEventID": Prop("EventID"),
        "EventEventRemarks": Prop("EventRemarks"),
        "EventEventTime": Prop("EventTime"),
        "FossilSpecimen": Prop(struct="DarwinCore_MaterialSample"),
        "GeologicalContext": Prop(struct="DarwinCore_GeologicalContext", flat=""),
        "HumanObservation": Prop(struct="DarwinCore_Event"),
        "Identification": Prop(struct="DarwinCore_Identification", flat=""),
        "LivingSpecimen": Prop(struct="DarwinCore_MaterialSample"),
        "MachineObservation": Prop(struct="DarwinCore_Event"),
        "MaterialSample": Prop(struct="DarwinCore_MaterialSample"),
        "MaterialSampleMaterialSampleID": Prop("MaterialSampleID"),
        "MeasurementOrFact": Prop(struct="DarwinCore_MeasurementOrFact", flat=""),
        "Occurrence": Prop(struct="DarwinCore_Occurrence"),
        "OccurrenceOccurrenceDetails": Prop("OccurrenceDetails"),
        "OccurrenceOccurrenceID": Prop("OccurrenceID"),
        "OccurrenceOccurrenceRemarks": Prop("OccurrenceRemarks"),
        "OccurrenceOccurrenceStatus": Prop("OccurrenceStatus"),
        "Organism": Prop(struct="DarwinCore_Organism"),
        "OrganismOrganismID": Prop("OrganismID"),
        "OrganismOrganismName": Prop("OrganismName"),
        "OrganismOrganismRemarks": Prop("OrganismRemarks"),
        "OrganismOrganismScope": Prop("OrganismScope"),
        "PreservedSpecimen": Prop(struct="DarwinCore_MaterialSample"),
        "Record": Prop(struct="DarwinCore_Record"),
        "ResourceRelationship": Prop(struct="DarwinCore_ResourceRelationship", flat=""),
        "Taxon": Prop(struct="DarwinCore_Taxon"),
        "TaxonTaxonConceptID": Prop("TaxonConceptID"),
        "TaxonTaxonID": Prop("TaxonID"),
        "TaxonTaxonRank": Prop("TaxonRank"),
        "TaxonTaxonRemarks": Prop("TaxonRemarks"),
    },
    "exif": {
        **plain(
            "ComponentsConfiguration Contrast CustomRendered ExifVersion ExposureMode ExposureProgram "
            "FileSource FlashpixVersion FocalPlaneResolutionUnit GainControl GPSAltitudeRef "
            "GPSAreaInformation GPSDestBearingRef GPSDestDistanceRef GPSDifferential GPSImgDirectionRef "
            "GPSMapDatum GPSMeasureMode GPSProcessingMethod GPSSatellites GPSSpeedRef GPSStatus "
            "GPSTrackRef GPSVersionID ImageUniqueID LightSource MakerNote MeteringMode NativeDigest "
            "RelatedSoundFile Saturation SceneCaptureType SceneType SensingMethod Sharpness "
            "SpectralSensitivity SubjectArea SubjectDistanceRange SubjectLocation UserComment "
            "WhiteBalance"
        ),
        "ApertureValue": Prop(conv="aperture"),
        "BrightnessValue": Prop(conv="rational"),
        "CFAPattern": Prop(struct="CFAPattern"),
        "ColorSpace": Prop(conv="color_space"),
        "CompressedBitsPerPixel": Prop(conv="rational"),
        "DateTimeDigitized": Prop(conv="date"),
        "DateTimeOriginal": Prop(conv="date"),
        "DeviceSettingDescription": Prop(struct="DeviceSettings"),
        "DigitalZoomRatio": Prop(conv="rational"),
        "ExposureBiasValue": Prop("ExposureCompensation", conv="rational"),
        "ExposureIndex": Prop(conv="rational"),
        "ExposureTime": Prop(conv="rational"),
        "Flash": Prop(struct="Flash"),
        "FlashEnergy": Prop(conv="rational"),
        "FNumber": Prop(conv="rational"),
        "FocalLength": Prop(conv="rational"),
        "FocalLengthIn35mmFilm": Prop("FocalLengthIn35mmFormat"),
        "FocalPlaneXResolution": Prop(conv="rational"),
        "FocalPlaneYResolution": Prop(conv="rational"),
        "GPSAltitude": Prop(conv="rational"),
        "GPSDestBearing": Prop(conv="rational"),
        "GPSDestDistance": Prop(conv="rational"),
        "GPSDestLatitude": Prop(conv="degrees"),
        "GPSDestLongitude": Prop(conv="degrees"),
        "GPSDOP": Prop(conv="rational"),
        "GPSHPositioningError": Prop(conv="rational"),
        "GPSImgDirection": Prop(conv="rational"),
        "GPSLatitude": Prop(conv="degrees"),
        "GPSLongitude": Prop(conv="degrees"),
        "GPSSpeed": Prop(conv="rational"),
        "GPSTimeStamp": Prop("GPSDateTime", conv="date"),
        "GPSTrack": Prop(conv="rational"),
        "ISOSpeedRatings": Prop("ISO"),
        "MaxApertureValue": Prop(conv="aperture"),
        "OECF": Prop("Opto-ElectricConvFactor", struct="OECF", flat="OECF"),
        "PixelXDimension": Prop("ExifImageWidth"),
        "PixelYDimension": Prop("ExifImageHeight"),
        "ShutterSpeedValue": Prop(conv="shutter"),
        "SpatialFrequencyResponse": Prop(struct="OECF"),
        "SubjectDistance": Prop(conv="rational"),
    },
    "exifEX": {
        **plain(
            "CompositeImage CompositeImageCount ISOSpeed ISOSpeedLatitudeyyy ISOSpeedLatitudezzz LensMake "
            "LensModel LensSerialNumber PhotographicSensitivity RecommendedExposureIndex SensitivityType "
            "StandardOutputSensitivity"
        ),
        "Acceleration": Prop(conv="rational"),
        "BodySerialNumber": Prop("SerialNumber"),
        "CameraElevationAngle": Prop(conv="rational"),
        "CameraOwnerName": Prop("OwnerName"),
        "CompositeImageExposureTimes": Prop(struct="CompImageExp", flat="CompImage"),
        "Gamma": Prop(conv="rational"),
        "Humidity": Prop(conv="rational"),
        "InteroperabilityIndex": Prop("InteropIndex"),
        "LensSpecification": Prop("LensInfo", conv="rational", join=True),
        "Pressure": Prop(conv="rational"),
        "Temperature": Prop("AmbientTemperature", conv="rational"),
        "WaterDepth": Prop(conv="rational"),
    },
    "expressionmedia": {
        **plain("CatalogSets Event People Status"),
    },
    "extensis": {
        **plain("Approved ApprovedBy ClientName JobName JobStatus RoutedTo RoutingNotes WorkToDo"),
    },
    "fpv": {
        **plain("RichTextComment"),
    },
    "GAudio": {
        "Data": Prop("AudioData", conv="base64"),
        "Mime": Prop("AudioMimeType"),
    },
    "GCamera": {
        **plain(
            "BurstID BurstPrimary DisableAutoCreation MicroVideo MicroVideoOffset "
            "MicroVideoPresentationTimestampUs MicroVideoVersion PortraitNote PortraitVersion "
            "SpecialTypeID"
        ),
        "hdrp_makernote": Prop("HDRPMakerNote", conv="base64"),
        "PortraitRequest": Prop(conv="base64"),
        "shot_log_data": Prop("ShotLogData", conv="base64"),
    },
    "GCreations": {
        **plain("CameraBurstID"),
        "Type": Prop(low=True),
    },
    "GDepth": {
        **plain(
            "ConfidenceMime Far Format ImageHeight ImageWidth Manufacturer MeasureType Mime Model Near Software Units"
        ),
        "Confidence": Prop(conv="base64"),
        "Data": Prop("DepthImage", conv="base64"),
    },
    "getty": {
        **plain(
            "AssetID CallForImage CameraFilename Composition ExclusiveCoverage GIFTFtpPriority ImageRank "
            "MediaEventIdDate ParentMediaEventID ParentMEID Personality PrimaryFTP RoutingDestinations "
            "RoutingExclusions SecondaryFTP TimeShot"
        ),
        "CameraMakeModel": Prop(low=True),
        "CameraSerialNumber": Prop(low=True),
        "OriginalCreateDateTime": Prop(conv="date", low=True),
        "OriginalFilename": Prop("OriginalFileName"),
    },
    "GFocus": {
        **plain("BlurAtInfinity FocalDistance FocalPointX FocalPointY"),
    },
    "GImage": {
        "Data": Prop("ImageData", conv="base64"),
        "Mime": Prop("ImageMimeType"),
    },
    "GPano": {
        **plain(
            "CaptureSoftware CroppedAreaImageHeightPixels CroppedAreaImageWidthPixels "
            "CroppedAreaLeftPixels CroppedAreaTopPixels ExposureLockUsed FullPanoHeightPixels "
            "FullPanoWidthPixels InitialCameraDolly InitialHorizontalFOVDegrees InitialVerticalFOVDegrees "
            "InitialViewHeadingDegrees InitialViewPitchDegrees InitialViewRollDegrees "
            "LargestValidInteriorRectHeight LargestValidInteriorRectLeft LargestValidInteriorRectTop "
            "LargestValidInteriorRectWidth PoseHeadingDegrees PosePitchDegrees PoseRollDegrees "
            "ProjectionType SourcePhotosCount StitchingSoftware UsePanoramaViewer"
        ),
        "FirstPhotoDate": Prop(conv="date"),
        "LastPhotoDate": Prop(conv="date"),
    },
    "GSpherical": {
        **plain(
            "CroppedAreaImageHeightPixels CroppedAreaImageWidthPixels CroppedAreaLeftPixels "
            "CroppedAreaTopPixels FullPanoHeightPixels FullPanoWidthPixels InitialViewHeadingDegrees "
            "InitialViewPitchDegrees InitialViewRollDegrees ProjectionType SourceCount Spherical "
            "StereoMode Stitched StitchingSoftware"
        ),
        "Timestamp": Prop("TimeStamp", conv="unix_time"),
    },
    "hdr": {
        "ccv_avg_luminance_nits": Prop("CCVAvgLuminanceNits"),
        "ccv_max_luminance_nits": Prop("CCVMaxLuminanceNits"),
        "ccv_min_luminance_nits": Prop("CCVMinLuminanceNits"),
        "ccv_primaries_xy": Prop("CCVPrimariesXY"),
        "ccv_white_xy": Prop("CCVWhiteXY"),
        "scene_referred": Prop("SceneReferred"),
    },
    "ics": {
        **plain("ImageRef"),
        "AppVersion": Prop(low=True),
        "SubVersions": Prop(struct="SubVersion"),
        "SubVersionsFileName": Prop("SubVersionFileName"),
        "SubVersionsVersRef": Prop("SubVersionReference"),
        "TagStructure": Prop(struct="TagStructure"),
        "TagStructureLabelName": Prop("LabelName1"),
        "TagStructureParentReference": Prop("ParentReference1"),
        "TagStructureReference": Prop("Reference1"),
        "TagStructureSubLabels": Prop("SubLabels1"),
        "TagStructureSubLabelsLabelName": Prop("LabelName2"),
        "TagStructureSubLabelsParentReference": Prop("ParentReference2"),
        "TagStructureSubLabelsReference": Prop("Reference2"),
        "TagStructureSubLabelsSubLabels": Prop("SubLabels2"),
        "TagStructureSubLabelsSubLabelsLabelName": Prop("LabelName3"),
        "TagStructureSubLabelsSubLabelsParentReference": Prop("ParentReference3"),
        "TagStructureSubLabelsSubLabelsReference": Prop("Reference3"),
        "TagStructureSubLabelsSubLabelsSubLabels": Prop("SubLabels3"),
        "TagStructureSubLabelsSubLabelsSubLabelsLabelName": Prop("LabelName4"),
        "TagStructureSubLabelsSubLabelsSubLabelsParentReference": Prop("ParentReference4"),
        "TagStructureSubLabelsSubLabelsSubLabelsReference": Prop("Reference4"),
        "TagStructureSubLabelsSubLabelsSubLabelsSubLabels": Prop("SubLabels4"),
        "TagStructureSubLabelsSubLabelsSubLabelsSubLabelsLabelName": Prop("LabelName5"),
        "TagStructureSubLabelsSubLabelsSubLabelsSubLabelsParentReference": Prop("ParentReference5"),
        "TagStructureSubLabelsSubLabelsSubLabelsSubLabelsReference": Prop("Reference5"),
        "TagStructureSubLabelsSubLabelsSubLabelsSubLabelsSubLabels": Prop("SubLabels5"),
        "TagStructureSubLabelsSubLabelsSubLabelsSubLabelsSubLabelsLabelName": Prop("LabelName6"),
        "TagStructureSubLabelsSubLabelsSubLabelsSubLabelsSubLabelsParentReference": Prop("ParentReference6"),
        "TagStructureSubLabelsSubLabelsSubLabelsSubLabelsSubLabelsReference": Prop("Reference6"),
        "TimeStamp": Prop(conv="date", low=True),
    },
    "iptcCore": {
        **plain("AltTextAccessibility CountryCode ExtDescrAccessibility IntellectualGenre Location Scene SubjectCode"),
        "CreatorContactInfo": Prop(struct="ContactInfo"),
        "CreatorContactInfoCiAdrCity": Prop("CreatorCity"),
        "CreatorContactInfoCiAdrCtry": Prop("CreatorCountry"),
        "CreatorContactInfoCiAdrExtadr": Prop("CreatorAddress"),
        "CreatorContactInfoCiAdrPcode": Prop("CreatorPostalCode"),
        "CreatorContactInfoCiAdrRegion": Prop("CreatorRegion"),
        "CreatorContactInfoCiEmailWork": Prop("CreatorWorkEmail"),
        "CreatorContactInfoCiTelWork": Prop("CreatorWorkTelephone"),
        "CreatorContactInfoCiUrlWork": Prop("CreatorWorkURL"),
    },
    "iptcExt": {
        **plain(
            "AboutCvTermCvId audioBitsPerSample audioChannelCount CircaDateCreated CopyrightYear "
            "DigitalSourceType Dopesheet Event ExternalMetadataLink FeedIdentifier MaxAvailHeight "
            "MaxAvailWidth ModelAge OrganisationInImageCode OrganisationInImageName PersonInImage "
            "ReleaseReady StorylineIdentifier StreamReady StylePeriod Transcript videoEncodingProfile "
            "videoStreamsCount"
        ),
        "AboutCvTerm": Prop(struct="CVTermDetails"),
        "AboutCvTermCvTermId": Prop("AboutCvTermId"),
        "AboutCvTermCvTermName": Prop("AboutCvTermName"),
        "AboutCvTermCvTermRefinedAbout": Prop("AboutCvTermRefinedAbout"),
        "AddlModelInfo": Prop("AdditionalModelInformation"),
        "ArtworkOrObject": Prop(struct="ArtworkOrObjectDetails"),
        "ArtworkOrObjectAOCircaDateCreated": Prop("ArtworkCircaDateCreated"),
        "ArtworkOrObjectAOContentDescription": Prop("ArtworkContentDescription"),
        "ArtworkOrObjectAOContributionDescription": Prop("ArtworkContributionDescription"),
        "ArtworkOrObjectAOCopyrightNotice": Prop("ArtworkCopyrightNotice"),
        "ArtworkOrObjectAOCreator": Prop("ArtworkCreator"),
        "ArtworkOrObjectAOCreatorId": Prop("ArtworkCreatorID"),
        "ArtworkOrObjectAOCurrentCopyrightOwnerId": Prop("ArtworkCopyrightOwnerID"),
        "ArtworkOrObjectAOCurrentCopyrightOwnerName": Prop("ArtworkCopyrightOwnerName"),
        "ArtworkOrObjectAOCurrentLicensorId": Prop("ArtworkLicensorID"),
        "ArtworkOrObjectAOCurrentLicensorName": Prop("ArtworkLicensorName"),
        "ArtworkOrObjectAODateCreated": Prop("ArtworkDateCreated"),
        "ArtworkOrObjectAOPhysicalDescription": Prop("ArtworkPhysicalDescription"),
        "ArtworkOrObjectAOSource": Prop("ArtworkSource"),
        "ArtworkOrObjectAOSourceInvNo": Prop("ArtworkSourceInventoryNo"),
        "ArtworkOrObjectAOSourceInvURL": Prop("ArtworkSourceInvURL"),
        "ArtworkOrObjectAOStylePeriod": Prop("ArtworkStylePeriod"),
        "ArtworkOrObjectAOTitle": Prop("ArtworkTitle"),
        "audioBitRate": Prop("AudioBitrate"),
        "audioBitRateMode": Prop("AudioBitrateMode"),
        "ContainerFormat": Prop(struct="Entity"),
        "Contributor": Prop(struct="EntityWithRole"),
        "Creator": Prop(struct="EntityWithRole"),
        "CVterm": Prop("ControlledVocabularyTerm"),
        "DataOnScreen": Prop(struct="TextRegion"),
        "DigImageGUID": Prop("DigitalImageGUID"),
        "DigitalSourcefileType": Prop("DigitalSourceFileType"),
        "DopesheetLink": Prop(struct="QualifiedLink"),
        "EmbdEncRightsExpr": Prop(struct="EEREDetails"),
        "EmbdEncRightsExprEncRightsExpr": Prop("EmbeddedEncodedRightsExpr"),
        "EmbdEncRightsExprRightsExprEncType": Prop("EmbeddedEncodedRightsExprType"),
        "EmbdEncRightsExprRightsExprLangId": Prop("EmbeddedEncodedRightsExprLangID"),
        "Episode": Prop(struct="EpisodeOrSeason"),
        "EventExt": Prop("ShownEvent", struct="Entity"),
        "EventId": Prop("EventID"),
        "Genre": Prop(struct="CVTermDetails"),
        "Headline": Prop(low=True),
        "ImageRegion": Prop(struct="ImageRegion"),
        "IptcLastEdited": Prop("IPTCLastEdited", conv="date"),
        "LinkedEncRightsExpr": Prop(struct="LEREDetails"),
        "LinkedEncRightsExprLinkedRightsExpr": Prop("LinkedEncodedRightsExpr"),
        "LinkedEncRightsExprRightsExprEncType": Prop("LinkedEncodedRightsExprType"),
        "LinkedEncRightsExprRightsExprLangId": Prop("LinkedEncodedRightsExprLangID"),
        "LocationCreated": Prop(struct="LocationDetails"),
        "LocationShown": Prop(struct="LocationDetails"),
        "metadataAuthority": Prop(struct="Entity"),
        "metadataLastEdited": Prop(conv="date"),
        "metadataLastEditor": Prop(struct="Entity"),
        "parentId": Prop("ParentID"),
        "PersonHeard": Prop(struct="Entity"),
        "PersonInImageWDetails": Prop(struct="PersonDetails"),
        "PersonInImageWDetailsPersonCharacteristic": Prop("PersonInImageCharacteristic"),
        "PersonInImageWDetailsPersonCharacteristicCvId": Prop("PersonInImageCvTermCvId"),
        "PersonInImageWDetailsPersonCharacteristicCvTermId": Prop("PersonInImageCvTermId"),
        "PersonInImageWDetailsPersonCharacteristicCvTermName": Prop("PersonInImageCvTermName"),
        "PersonInImageWDetailsPersonCharacteristicCvTermRefinedAbout": Prop("PersonInImageCvTermRefinedAbout"),
        "PersonInImageWDetailsPersonDescription": Prop("PersonInImageDescription"),
        "PersonInImageWDetailsPersonId": Prop("PersonInImageId"),
        "PersonInImageWDetailsPersonName": Prop("PersonInImageName"),
        "PlanningRef": Prop(struct="EntityWithRole"),
        "ProductInImage": Prop(struct="ProductDetails"),
        "ProductInImageProductDescription": Prop("ProductInImageDescription"),
        "ProductInImageProductGTIN": Prop("ProductInImageGTIN"),
        "ProductInImageProductName": Prop("ProductInImageName"),
        "PublicationEvent": Prop(struct="PublicationEvent"),
        "Rating": Prop(struct="Rating"),
        "RecDevice": Prop(struct="Device"),
        "RegistryId": Prop("RegistryID", struct="RegistryEntryDetails"),
        "RegistryIdRegEntryRole": Prop("RegistryEntryRole"),
        "RegistryIdRegItemId": Prop("RegistryItemID"),
        "RegistryIdRegOrgId": Prop("RegistryOrganisationID"),
        "Season": Prop(struct="EpisodeOrSeason"),
        "Series": Prop(struct="Series"),
        "SnapshotLink": Prop("Snapshot", struct="LinkedImage"),
        "SupplyChainSource": Prop(struct="Entity"),
        "TemporalCoverage": Prop(struct="TemporalCoverage"),
        "TranscriptLink": Prop(struct="QualifiedLink"),
        "videoBitRate": Prop("VideoBitrate"),
        "videoBitRateMode": Prop("VideoBitrateMode"),
        "videoDisplayAspectRatio": Prop(conv="rational"),
        "VideoShotType": Prop(struct="Entity"),
        "VisualColour": Prop("VisualColor"),
        "WorkflowTag": Prop(struct="CVTermDetails"),
    },
    "LImage": {
        **plain("MajorVersion MinorVersion"),
        "RightAlbedo": Prop(conv="base64"),
    },
    "lr": {
        **plain("hierarchicalSubject privateRTKInfo weightedFlatSubject"),
    },
    "mediapro": {
        **plain("CatalogSets People Status UserFields"),
        "Event": Prop(low=True),
        "Location": Prop(low=True),
    },
    "microsoft": {
        **plain(
            "CameraSerialNumber CreatorOpenWithUIOptions FlashManufacturer FlashModel ItemSubType "
            "LastKeywordIPTC LastKeywordXMP LensManufacturer"
        ),
        "CreatorAppId": Prop("CreatorAppID"),
        "DateAcquired": Prop(conv="date"),
        "LensModel": Prop(low=True),
        "Rating": Prop("RatingPercent"),
    },
    "MP": {
        **plain("RegionInfoDateRegionsValid RegionInfoRegions"),
        "RegionInfo": Prop("RegionInfoMP", struct="Microsoft_RegionInfo"),
        "RegionInfoRegionsPersonDisplayName": Prop("RegionPersonDisplayName"),
        "RegionInfoRegionsPersonEmailDigest": Prop("RegionPersonEmailDigest"),
        "RegionInfoRegionsPersonLiveIdCID": Prop("RegionPersonLiveIdCID"),
        "RegionInfoRegionsPersonSourceID": Prop("RegionPersonSourceID"),
        "RegionInfoRegionsRectangle": Prop("RegionRectangle"),
    },
    "MP1": {
        **plain(
            "PanoramicStitchCameraMotion PanoramicStitchMapType PanoramicStitchPhi0 PanoramicStitchPhi1 "
            "PanoramicStitchTheta0 PanoramicStitchTheta1 PipelineVersion StreamType WhiteBalance0 "
            "WhiteBalance1 WhiteBalance2"
        ),
        "Brightness": Prop(low=True),
        "CameraModelID": Prop(low=True),
        "Contrast": Prop(low=True),
        "ExposureCompensation": Prop(low=True),
    },
    "mwg-coll": {
        "Collections": Prop(struct="MWG_CollectionInfo", flat=""),
    },
    "mwg-kw": {
        "Keywords": Prop("KeywordInfo", struct="MWG_KeywordInfo"),
        "KeywordsHierarchy": Prop("HierarchicalKeywords"),
        "KeywordsHierarchyApplied": Prop("HierarchicalKeywords1Applied"),
        "KeywordsHierarchyChildren": Prop("HierarchicalKeywords1Children"),
        "KeywordsHierarchyChildrenApplied": Prop("HierarchicalKeywords2Applied"),
        "KeywordsHierarchyChildrenChildren": Prop("HierarchicalKeywords2Children"),
        "KeywordsHierarchyChildrenChildrenApplied": Prop("HierarchicalKeywords3Applied"),
        "KeywordsHierarchyChildrenChildrenChildren": Prop("HierarchicalKeywords3Children"),
        "KeywordsHierarchyChildrenChildrenChildrenApplied": Prop("HierarchicalKeywords4Applied"),
        "KeywordsHierarchyChildrenChildrenChildrenChildren": Prop("HierarchicalKeywords4Children"),
        "KeywordsHierarchyChildrenChildrenChildrenChildrenApplied": Prop("HierarchicalKeywords5Applied"),
        "KeywordsHierarchyChildrenChildrenChildrenChildrenChildren": Prop("HierarchicalKeywords5Children"),
        "KeywordsHierarchyChildrenChildrenChildrenChildrenChildrenApplied": Prop("HierarchicalKeywords6Applied"),
        "KeywordsHierarchyChildrenChildrenChildrenChildrenChildrenKeyword": Prop("HierarchicalKeywords6"),
        "KeywordsHierarchyChildrenChildrenChildrenChildrenKeyword": Prop("HierarchicalKeywords5"),
        "KeywordsHierarchyChildrenChildrenChildrenKeyword": Prop("HierarchicalKeywords4"),
        "KeywordsHierarchyChildrenChildrenKeyword": Prop("HierarchicalKeywords3"),
        "KeywordsHierarchyChildrenKeyword": Prop("HierarchicalKeywords2"),
        "KeywordsHierarchyKeyword": Prop("HierarchicalKeywords1"),
    },
    "mwg-rs": {
        "Regions": Prop("RegionInfo", struct="MWG_RegionInfo", flat="Region"),
        "RegionsRegionList": Prop("RegionList"),
    },
    "nine": {
        **plain("about Label NineEdits Rating version"),
        "Trim": Prop(conv="base64"),
    },
    "pdf": {
        **plain("Author Keywords PDFVersion Producer"),
        "Copyright": Prop(low=True),
        "CreationDate": Prop(conv="date"),
        "Creator": Prop(low=True),
        "Marked": Prop(low=True),
        "ModDate": Prop(conv="date"),
        "Subject": Prop(low=True),
        "Title": Prop(low=True),
        "Trapped": Prop(conv="strip_slash"),
    },
    "photomech": {
        **plain("ColorClass EditStatus PMVersion Prefs Tagged"),
        "CountryCode": Prop(low=True),
        "TimeCreated": Prop(conv="exif_time", low=True),
    },
    "photoshop": {
        **plain(
            "AuthorsPosition CaptionWriter Category City ColorMode Country Credit DocumentAncestors "
            "EmbeddedXMPDigest Headline History Instructions LegacyIPTCDigest SidecarForExtension Source "
            "State SupplementalCategories TransmissionReference Urgency"
        ),
        "CameraProfiles": Prop(struct="Camera"),
        "DateCreated": Prop(conv="date"),
        "ICCProfile": Prop("ICCProfileName"),
        "TextLayers": Prop(struct="Layer", flat="Text"),
    },
    "PixelLive": {
        "AUTHOR": Prop("Author"),
        "COMMENTS": Prop("Comments"),
        "COPYRIGHT": Prop("Copyright"),
        "DATE": Prop("Date"),
        "GENRE": Prop("Genre"),
        "TITLE": Prop("Title"),
    },
    "plus": {
        **plain(
            "CopyrightOwnerImageID CopyrightRegistrationNumber Custom1 Custom10 Custom2 Custom3 Custom4 "
            "Custom5 Custom6 Custom7 Custom8 Custom9 FileNameAsDelivered ImageCreatorImageID "
            "ImageSupplierImageID LicenseeImageID LicenseeImageNotes LicenseeProjectReference "
            "LicenseeTransactionID LicenseID LicensorImageID LicensorNotes LicensorTransactionID "
            "MediaConstraints MediaSummaryCode ModelReleaseID OtherConditions OtherConstraints "
            "OtherImageInfo OtherLicenseDocuments OtherLicenseInfo OtherLicenseRequirements "
            "ProductOrServiceConstraints PropertyReleaseID RegionConstraints TermsAndConditionsText "
            "TermsAndConditionsURL"
        ),
        "AdultContentWarning": Prop(conv="plus_vocab"),
        "CopyrightOwner": Prop(struct="CopyrightOwner", flat=""),
        "CopyrightStatus": Prop(conv="plus_vocab"),
        "CreditLineRequired": Prop(conv="plus_vocab"),
        "EndUser": Prop(struct="EndUser", flat=""),
        "FirstPublicationDate": Prop(conv="date"),
        "ImageAlterationConstraints": Prop(conv="plus_vocab"),
        "ImageCreator": Prop(struct="ImageCreator", flat=""),
        "ImageDuplicationConstraints": Prop(conv="plus_vocab"),
        "ImageFileConstraints": Prop(conv="plus_vocab"),
        "ImageFileFormatAsDelivered": Prop(conv="plus_vocab"),
        "ImageFileSizeAsDelivered": Prop(conv="plus_vocab"),
        "ImageSupplier": Prop(struct="ImageSupplier", flat=""),
        "ImageType": Prop(conv="plus_vocab"),
        "Licensee": Prop(struct="Licensee", flat=""),
        "LicenseEndDate": Prop(conv="date"),
        "LicenseStartDate": Prop(conv="date"),
        "LicenseTransactionDate": Prop(conv="date"),
        "Licensor": Prop(struct="Licensor", flat=""),
        "MinorModelAgeDisclosure": Prop(conv="plus_vocab"),
        "ModelReleaseStatus": Prop(conv="plus_vocab"),
        "PropertyReleaseStatus": Prop(conv="plus_vocab"),
        "Reuse": Prop(conv="plus_vocab"),
        "Version": Prop("PLUSVersion"),
    },
    "pmi": {
        **plain(
            "color contactInfo displayName distributorProductID eventAlias eventEnd eventStart "
            "eventSubtype eventType field framing location make manufacturer model modelYear "
            "objectDescription objectSubtype objectType orientation positionDescriptor productID "
            "productIDType season sequenceName sequenceNumber sequenceTotalNumber setting shootID "
            "slideshowName slideshowNumber slideshowTotalNumber viewpoint visualTechnique"
        ),
    },
    "prism": {
        **plain(
            "academicField aggregateIssueNumber aggregationType blogTitle blogURL bookEdition byteCount "
            "complianceProfile contentType copyrightYear corporateEntity coverDisplayDate device "
            "distributor edition eIssn endingPage event genre hasAlternative hasTranslation industry "
            "isAlternativeOf isCorrectionOf issueIdentifier issueName issueTeaser issueType "
            "isTranslationOf keyword link location nationalCatalogNumber number object organization "
            "originPlatform pageCount pageProgressionDirection pageRange person platform productCode "
            "profession publicationName publishingFrequency rating samplePageRange section sellingAgency "
            "seriesNumber seriesTitle sport startingPage subsection1 subsection2 subsection3 subsection4 "
            "subtitle supplementDisplayID supplementStartingPage supplementTitle teaser ticker timePeriod "
            "uspsNumber versionIdentifier volume wordCount"
        ),
        "alternateTitle": Prop(struct="prismAlternateTitle"),
        "channel": Prop(struct="prismChannel"),
        "coverDate": Prop(conv="date"),
        "creationDate": Prop(conv="date"),
        "dateRecieved": Prop(conv="date"),
        "doi": Prop("DOI"),
        "hasCorrection": Prop(struct="prismHasCorrection"),
        "isbn": Prop("ISBN"),
        "issn": Prop("ISSN"),
        "killDate": Prop(struct="prismKillDate"),
        "modificationDate": Prop(conv="date"),
        "offSaleDate": Prop(struct="prismOffSaleDate"),
        "onSaleDate": Prop(struct="prismOnSaleDate"),
        "onSaleDay": Prop(struct="prismOnSaleDay"),
        "publicationDate": Prop(struct="prismPublicationDate"),
        "publicationDisplayDate": Prop(struct="prismPublicationDate"),
        "url": Prop("URL", struct="prismUrl"),
    },
    "prl": {
        **plain("geography industry usage"),
    },
    "prm": {
        **plain(
            "cookingEquipment cookingMethod course cuisine dietaryNeeds dishType duration "
            "ingredientExclusion mainIngredient meal recipeEndingPage recipePageRange recipeSource "
            "recipeStartingPage recipeTitle servingSize skillLevel specialOccasion yield"
        ),
    },
    "pur": {
        **plain(
            "adultContentWarning agreement copyright creditLine imageSizeRestriction permissions "
            "restrictions reuseProhibited rightsAgent rightsOwner"
        ),
        "embargoDate": Prop(conv="date"),
        "exclusivityEndDate": Prop(conv="date"),
        "expirationDate": Prop(conv="date"),
        "optionEndDate": Prop(conv="date"),
    },
    "rdf": {
        **plain("about"),
    },
    "sdc": {
        **plain("about version"),
        "appname": Prop("AppName"),
        "appversion": Prop("AppVersion"),
    },
    "swf": {
        "bgalpha": Prop("BackgroundAlpha"),
        "forwardlock": Prop("ForwardLock"),
        "maxstorage": Prop("MaxStorage"),
        "type": Prop(low=True),
    },
    "tiff": {
        **plain(
            "Artist BitsPerSample Compression Copyright ImageDescription ImageWidth Make Model "
            "NativeDigest Orientation PhotometricInterpretation PlanarConfiguration ResolutionUnit "
            "SamplesPerPixel Software TransferFunction YCbCrPositioning"
        ),
        "DateTime": Prop(conv="date"),
        "ImageLength": Prop("ImageHeight"),
        "PrimaryChromaticities": Prop(conv="rational"),
        "ReferenceBlackWhite": Prop(conv="rational"),
        "WhitePoint": Prop(conv="rational"),
        "XResolution": Prop(conv="rational"),
        "YCbCrCoefficients": Prop(conv="rational"),
        "YCbCrSubSampling": Prop(join=True),
        "YResolution": Prop(conv="rational"),
    },
    "x": {
        "xmptk": Prop("XMPToolkit"),
    },
    "xmp": {
        **plain("Advisory BaseURL CreatorTool Label Nickname Rating"),
        "Author": Prop(low=True),
        "CreateDate": Prop(conv="date", low=True),
        "Description": Prop(low=True),
        "Format": Prop(low=True),
        "Identifier": Prop(low=True),
        "Keywords": Prop(low=True),
        "MetadataDate": Prop(conv="date"),
        "ModifyDate": Prop(conv="date", low=True),
        "PageInfo": Prop(struct="PageInfo", flat="PageImage"),
        "PageInfoImage": Prop("PageImage"),
        "RatingPercent": Prop(low=True),
        "Thumbnails": Prop(struct="Thumbnail", flat="Thumbnail"),
        "Title": Prop(low=True),
    },
    "xmpBJ": {
        "JobRef": Prop(struct="JobRef"),
    },
    "xmpDM": {
        **plain(
            "absPeakAudioFilePath album altTapeName audioChannelType audioCompressor audioSampleRate "
            "audioSampleType cameraAngle cameraLabel cameraModel cameraMove client composer director "
            "directorPhotography discNumber engineer genre good instrument key logComment loop lyrics "
            "numberOfBeats partOfCompilation projectName pullDown relativePeakAudioFilePath scaleType "
            "shotDay shotLocation shotName shotNumber shotSize speakerPlacement startTimeSampleSize "
            "startTimeScale stretchMode takeNumber tapeName tempo timeSignature trackNumber "
            "videoAlphaMode videoAlphaUnityIsTransparent videoColorSpace videoCompressor videoFieldOrder "
            "videoFrameRate videoPixelDepth"
        ),
        "altTimecode": Prop(struct="Timecode"),
        "artist": Prop(low=True),
        "audioModDate": Prop(conv="date"),
        "beatSpliceParams": Prop(struct="BeatSpliceStretch"),
        "comment": Prop("DMComment"),
        "contributedMedia": Prop(struct="Media"),
        "copyright": Prop(low=True),
        "duration": Prop(struct="Time"),
        "fileDataRate": Prop(conv="rational"),
        "introTime": Prop(struct="Time"),
        "markers": Prop(struct="Marker"),
        "metadataModDate": Prop(conv="date"),
        "outCue": Prop(struct="Time"),
        "projectRef": Prop(struct="ProjectLink"),
        "relativeTimestamp": Prop(struct="Time"),
        "releaseDate": Prop(conv="date"),
        "resampleParams": Prop(struct="ResampleStretch"),
        "scene": Prop(low=True),
        "shotDate": Prop(conv="date"),
        "startTimecode": Prop(struct="Timecode"),
        "timeScaleParams": Prop(struct="TimeScaleStretch"),
        "Tracks": Prop(struct="Track"),
        "videoAlphaPremultipleColor": Prop(struct="Colorant"),
        "videoFrameSize": Prop(struct="Dimensions"),
        "videoModDate": Prop(conv="date"),
        "videoPixelAspectRatio": Prop(conv="rational"),
    },
    "xmpMM": {
        **plain(
            "DocumentID InstanceID LastURL Manager ManagerVariant ManageTo ManageUI OriginalDocumentID "
            "PreservedFileName RenditionClass RenditionParams SaveID VersionID"
        ),
        "DerivedFrom": Prop(struct="ResourceRef"),
        "History": Prop(struct="ResourceEvent"),
        "Ingredients": Prop(struct="ResourceRef"),
        "ManagedFrom": Prop(struct="ResourceRef"),
        "Manifest": Prop(struct="ManifestItem"),
        "Pantry": Prop(struct="PantryItem"),
        "RenditionOf": Prop(struct="ResourceRef"),
        "subject": Prop(low=True),
        "Versions": Prop(struct="Version"),
    },
    "xmpNote": {
        **plain("HasExtendedXMP"),
    },
    "xmpPLUS": {
        **plain("CreditLineReq ReuseAllowed"),
    },
    "xmpRights": {
        **plain("Certificate Marked Owner UsageTerms WebStatement"),
    },
    "xmpTPg": {
        **plain("HasVisibleOverprint HasVisibleTransparency NPages PlateNames SwatchGroupsColorants"),
        "Colorants": Prop(struct="Colorant", flat="Colorant"),
        "Fonts": Prop(struct="Font", flat=""),
        "FontsComposite": Prop("FontComposite"),
        "FontsVersionString": Prop("FontVersion"),
        "MaxPageSize": Prop(struct="Dimensions"),
        "SwatchGroups": Prop(struct="SwatchGroup"),
        "SwatchGroupsGroupName": Prop("SwatchGroupName"),
        "SwatchGroupsGroupType": Prop("SwatchGroupType"),
    },
}
# Camera Raw defaults are read with the Camera Raw settings table (XMP.pm).
PROPERTIES["crd"] = PROPERTIES["crs"]

# Structure name -> field id -> Prop (``name`` is the field's part of the flattened tag name).
STRUCTS: dict[str, dict[str, Prop]] = {
    "AEProjectLink": {
        **plain("compositionID fullPath renderOutputModuleIndex renderQueueItemID renderTimeStamp"),
    },
    "AppInfo": {
        **plain("Application ItemURI Version"),
    },
    "Area": {
        **plain("d h unit w x y"),
    },
    "AreaModels": {
        "AreaComponents": Prop("Components"),
        "ColorRangeMaskAreaSampleInfo": Prop("ColorSampleInfo"),
    },
    "ArtworkOrObjectDetails": {
        **plain(
            "AOCircaDateCreated AOContentDescription AOContributionDescription AOCopyrightNotice "
            "AOCreator AOCreatorId AOCurrentCopyrightOwnerId AOCurrentCopyrightOwnerName "
            "AOCurrentLicensorId AOCurrentLicensorName AOPhysicalDescription AOSource AOSourceInvNo "
            "AOSourceInvURL AOStylePeriod AOTitle"
        ),
        "AODateCreated": Prop(conv="date"),
    },
    "BeatSpliceStretch": {
        **plain("riseInDecibel useFileBeatsMarker"),
        "riseInTimeDuration": Prop(struct="Time"),
    },
    "BoundaryPoint": {
        "rbX": Prop("X"),
        "rbY": Prop("Y"),
    },
    "Camera": {
        **plain(
            "ApertureValue Author AutoScale CameraPrettyName CameraRawProfile FocalLength FocusDistance "
            "Lens LensPrettyName Make Model ProfileName SensorFormatFactor UniqueCameraModel"
        ),
        "PerspectiveModel": Prop(struct="PerspectiveModel"),
    },
    "CFAPattern": {
        **plain("Columns Rows Values"),
    },
    "Colorant": {
        **plain("A B black blue cyan gray green L magenta mode red swatchName tint type yellow"),
    },
    "CompImageExp": {
        "MaxExposureTimesOfAll": Prop("MaxExposureAll", conv="rational"),
        "MaxExposureTimesOfUsed": Prop("MaxExposureUsed", conv="rational"),
        "MinExposureTimesOfAll": Prop("MinExposureAll", conv="rational"),
        "MinExposureTimesOfUsed": Prop("MinExposureUsed", conv="rational"),
        "NumberOfImagesInSequences": Prop("ImagesPerSequence"),
        "NumberOfSequences": Prop("NumSequences"),
        "SumOfExposureTimesOfAll": Prop("SumExposureAll", conv="rational"),
        "SumOfExposureTimesOfUsed": Prop("SumExposureUsed", conv="rational"),
        "TotalExposurePeriod": Prop(conv="rational"),
        "Values": Prop(conv="rational"),
    },
    "ContactInfo": {
        **plain("CiAdrCity CiAdrCtry CiAdrExtadr CiAdrPcode CiAdrRegion CiEmailWork CiTelWork CiUrlWork"),
    },
    "CopyrightOwner": {
        **plain("CopyrightOwnerID CopyrightOwnerName"),
    },
    "Correction": {
        **plain("CorrectionName CorrectionSyncID"),
        "CorrectionActive": Prop("Active", single=True),
        "CorrectionAmount": Prop("Amount", single=True),
        "CorrectionMasks": Prop("Mask", struct="CorrectionMask"),
        "CorrectionRangeMask": Prop("RangeMask", struct="CorrRangeMask"),
        "LocalBlacks2012": Prop("Blacks2012", single=True),
        "LocalBrightness": Prop("Brightness", single=True),
        "LocalClarity": Prop("Clarity", single=True),
        "LocalClarity2012": Prop("Clarity2012", single=True),
        "LocalContrast": Prop("Contrast", single=True),
        "LocalContrast2012": Prop("Contrast2012", single=True),
        "LocalDefringe": Prop("Defringe", single=True),
        "LocalDehaze": Prop("Dehaze", single=True),
        "LocalExposure": Prop("Exposure", single=True),
        "LocalExposure2012": Prop("Exposure2012", single=True),
        "LocalHighlights2012": Prop("Highlights2012", single=True),
        "LocalHue": Prop("Hue", single=True),
        "LocalLuminanceNoise": Prop("LuminanceNoise", single=True),
        "LocalMoire": Prop("Moire", single=True),
        "LocalSaturation": Prop("Saturation", single=True),
        "LocalShadows2012": Prop("Shadows2012", single=True),
        "LocalSharpness": Prop("Sharpness", single=True),
        "LocalTemperature": Prop("Temperature", single=True),
        "LocalTexture": Prop("Texture", single=True),
        "LocalTint": Prop("Tint", single=True),
        "LocalToningHue": Prop("ToningHue", single=True),
        "LocalToningSaturation": Prop("ToningSaturation", single=True),
        "LocalWhites2012": Prop("Whites2012", single=True),
        "What": Prop(single=True),
    },
    "CorrectionMask": {
        **plain("Dabs"),
        "Alpha": Prop(single=True),
        "Angle": Prop(single=True),
        "Bottom": Prop(single=True),
        "CenterValue": Prop(single=True),
        "CenterWeight": Prop(single=True),
        "CorrectionRangeMask": Prop("Range", struct="CorrRangeMask"),
        "Feather": Prop(single=True),
        "Flipped": Prop(single=True),
        "Flow": Prop(single=True),
        "FullX": Prop(single=True),
        "FullY": Prop(single=True),
        "InputDigest": Prop(single=True),
        "Left": Prop(single=True),
        "MaskActive": Prop(single=True),
        "MaskBlendMode": Prop(single=True),
        "MaskDigest": Prop(single=True),
        "MaskInverted": Prop(single=True),
        "MaskName": Prop(single=True),
        "Masks": Prop(struct="CorrectionMask"),
        "MaskSubType": Prop(single=True),
        "MaskSyncID": Prop(single=True),
        "MaskValue": Prop("Value", single=True),
        "MaskVersion": Prop(single=True),
        "Midpoint": Prop(single=True),
        "Origin": Prop(single=True),
        "PerimeterValue": Prop(single=True),
        "Radius": Prop(single=True),
        "ReferencePoint": Prop(single=True),
        "Right": Prop(single=True),
        "Roundness": Prop(single=True),
        "SizeX": Prop(single=True),
        "SizeY": Prop(single=True),
        "Top": Prop(single=True),
        "Version": Prop(single=True),
        "What": Prop(single=True),
        "WholeImageArea": Prop(single=True),
        "X": Prop(single=True),
        "Y": Prop(single=True),
        "ZeroX": Prop(single=True),
        "ZeroY": Prop(single=True),
    },
    "CorrRangeMask": {
        **plain(
            "ColorAmount DepthFeather DepthMax DepthMin Invert LumFeather LuminanceDepthSampleInfo LumMax "
            "LumMin LumRange SampleType Type Version"
        ),
        "AreaModels": Prop(struct="AreaModels"),
    },
    "CuePointParam": {
        **plain("key value"),
    },
    "CVTermDetails": {
        **plain("CvId CvTermId CvTermName CvTermRefinedAbout"),
    },
    "DarwinCore_DCTermsLocation": {
        **plain(
            "continent coordinatePrecision coordinateUncertaintyInMeters country countryCode county "
            "decimalLatitude decimalLongitude footprintSpatialFit footprintSRS footprintWKT geodeticDatum "
            "georeferencedBy georeferencedDate georeferenceProtocol georeferenceRemarks "
            "georeferenceSources georeferenceVerificationStatus higherGeography higherGeographyID island "
            "islandGroup locality locationAccordingTo locationID locationRemarks maximumDepthInMeters "
            "maximumDistanceAboveSurfaceInMeters maximumElevationInMeters minimumDepthInMeters "
            "minimumDistanceAboveSurfaceInMeters minimumElevationInMeters municipality "
            "pointRadiusSpatialFit stateProvince verbatimCoordinates verbatimCoordinateSystem "
            "verbatimDepth verbatimElevation verbatimLatitude verbatimLocality verbatimLongitude "
            "verbatimSRS verticalDatum waterBody"
        ),
    },
    "DarwinCore_Event": {
        **plain(
            "day endDayOfYear eventRemarks fieldNotes fieldNumber habitat month parentEventID "
            "sampleSizeUnit sampleSizeValue samplingEffort samplingProtocol startDayOfYear "
            "verbatimEventDate year"
        ),
        "earliestDate": Prop(conv="date"),
        "eventDate": Prop(conv="date"),
        "eventID": Prop(low=True),
        "eventTime": Prop(conv="date"),
        "latestDate": Prop(conv="date"),
    },
    "DarwinCore_GeologicalContext": {
        **plain(
            "bed earliestAgeOrLowestStage earliestEonOrLowestEonothem earliestEpochOrLowestSeries "
            "earliestEraOrLowestErathem earliestPeriodOrLowestSystem formation geologicalContextID group "
            "highestBiostratigraphicZone latestAgeOrHighestStage latestEonOrHighestEonothem "
            "latestEpochOrHighestSeries latestEraOrHighestErathem latestPeriodOrHighestSystem "
            "lithostratigraphicTerms lowestBiostratigraphicZone member"
        ),
    },
    "DarwinCore_Identification": {
        **plain(
            "identificationID identificationQualifier identificationReferences identificationRemarks "
            "identificationVerificationStatus identifiedBy identifiedByID typeStatus "
            "verbatimIdentification"
        ),
        "dateIdentified": Prop(conv="date"),
    },
    "DarwinCore_MaterialSample": {
        **plain("materialSampleID"),
    },
    "DarwinCore_MeasurementOrFact": {
        **plain(
            "measurementAccuracy measurementDeterminedBy measurementID measurementMethod "
            "measurementRemarks measurementType measurementUnit measurementValue"
        ),
        "measurementDeterminedDate": Prop(conv="date"),
    },
    "DarwinCore_Occurrence": {
        **plain(
            "associatedMedia associatedOccurrences associatedReferences associatedSequences "
            "associatedTaxa behavior catalogNumber degreeOfEstablishment disposition establishmentMeans "
            "georeferenceVerificationStatus individualCount individualID lifeStage occurrenceDetails "
            "occurrenceID occurrenceRemarks occurrenceStatus organismQuantity organismQuantityType "
            "otherCatalogNumbers pathway preparations previousIdentifications recordedBy recordedByID "
            "recordNumber reproductiveCondition sex"
        ),
    },
    "DarwinCore_Organism": {
        **plain(
            "associatedOccurrences associatedOrganisms organismID organismName organismRemarks "
            "organismScope previousIdentifications"
        ),
    },
    "DarwinCore_Record": {
        **plain(
            "basisOfRecord collectionCode collectionID dataGeneralizations datasetID datasetName "
            "dynamicProperties informationWithheld institutionCode institutionID ownerInstitutionCode"
        ),
    },
    "DarwinCore_ResourceRelationship": {
        **plain(
            "relatedResourceID relationshipAccordingTo relationshipOfResource relationshipOfResourceID "
            "relationshipRemarks resourceID resourceRelationshipID"
        ),
        "relationshipEstablishedDate": Prop(conv="date"),
    },
    "DarwinCore_Taxon": {
        **plain(
            "acceptedNameUsage acceptedNameUsageID class cultivarEpithet family genus "
            "higherClassification infraspecificEpithet kingdom nameAccordingTo nameAccordingToID "
            "namePublishedIn namePublishedInID namePublishedInYear nomenclaturalCode nomenclaturalStatus "
            "order originalNameUsage originalNameUsageID parentNameUsage parentNameUsageID phylum "
            "scientificName scientificNameAuthorship scientificNameID specificEpithet subgenus "
            "taxonConceptID taxonID taxonomicStatus taxonRank taxonRemarks verbatimTaxonRank "
            "vernacularName"
        ),
    },
    "Device": {
        **plain("AttLensDescription Manufacturer ModelName OwnersDeviceId SerialNumber"),
    },
    "DeviceCamera": {
        **plain("Trait"),
        "AppInfo": Prop(struct="AppInfo"),
        "DepthMap": Prop(struct="DeviceDepthMap"),
        "Image": Prop(struct="DeviceImage"),
        "ImagingModel": Prop(struct="DeviceImagingModel"),
        "LightEstimate": Prop(struct="DeviceLightEstimate"),
        "PointCloud": Prop(struct="DevicePointCloud"),
        "Pose": Prop(struct="Pose"),
        "VendorInfo": Prop(struct="VendorInfo"),
    },
    "DeviceCameras": {
        "Camera": Prop(struct="DeviceCamera"),
    },
    "DeviceContainer": {
        "Directory": Prop(struct="DeviceDirectory"),
    },
    "DeviceDepthMap": {
        **plain(
            "ConfidenceURI DepthURI Far FocalTable FocalTableEntryCount Format ItemSemantic MeasureType "
            "Near Software Units"
        ),
    },
    "DeviceDirectory": {
        "Item": Prop(struct="DeviceItem"),
    },
    "DeviceImage": {
        **plain("ItemSemantic ItemURI"),
    },
    "DeviceImagingModel": {
        **plain(
            "Distortion DistortionCount FocalLengthX FocalLengthY ImageHeight ImageWidth PixelAspectRatio "
            "PrincipalPointX PrincipalPointY Skew"
        ),
    },
    "DeviceItem": {
        **plain("DataURI Length Mime Padding"),
    },
    "DeviceLightEstimate": {
        **plain("ColorCorrectionB ColorCorrectionG ColorCorrectionR PixelIntensity"),
    },
    "DevicePlane": {
        **plain("Boundary BoundaryVertexCount ExtentX ExtentZ"),
        "Pose": Prop(struct="Pose"),
    },
    "DevicePlanes": {
        "Plane": Prop(struct="DevicePlane"),
    },
    "DevicePointCloud": {
        **plain("Metric PointCloud Points"),
    },
    "DeviceProfile": {
        **plain("CameraIndices Type"),
    },
    "DeviceProfiles": {
        "Profile": Prop(struct="DeviceProfile"),
    },
    "DeviceSettings": {
        **plain("Columns Rows Settings"),
    },
    "Dimensions": {
        **plain("h unit w"),
    },
    "EarthPose": {
        **plain("Altitude RotationW RotationX RotationY RotationZ Timestamp"),
        "Latitude": Prop(conv="degrees"),
        "Longitude": Prop(conv="degrees"),
    },
    "EEREDetails": {
        **plain("EncRightsExpr RightsExprEncType RightsExprLangId"),
    },
    "EndUser": {
        **plain("EndUserID EndUserName"),
    },
    "Entity": {
        **plain("Identifier Name"),
    },
    "EntityWithRole": {
        **plain("Identifier Name Role"),
    },
    "EpisodeOrSeason": {
        **plain("Identifier Name Number"),
    },
    "Flash": {
        **plain("Fired Function Mode RedEyeMode Return"),
    },
    "Font": {
        **plain("childFontFiles composite fontFace fontFamily fontFileName fontName fontType versionString"),
    },
    "ImageCreator": {
        **plain("ImageCreatorID ImageCreatorName"),
    },
    "ImageRegion": {
        **plain("Name"),
        "rCtype": Prop("Ctype", struct="Entity"),
        "RegionBoundary": Prop("Boundary", struct="RegionBoundary"),
        "rId": Prop("ID"),
        "rRole": Prop("Role", struct="Entity"),
    },
    "ImageSupplier": {
        **plain("ImageSupplierID ImageSupplierName"),
    },
    "JobRef": {
        **plain("id name url"),
    },
    "Layer": {
        **plain("LayerName LayerText"),
    },
    "LEREDetails": {
        **plain("LinkedRightsExpr RightsExprEncType RightsExprLangId"),
    },
    "Licensee": {
        **plain("LicenseeID LicenseeName"),
    },
    "Licensor": {
        **plain(
            "LicensorCity LicensorCountry LicensorEmail LicensorExtendedAddress LicensorID LicensorName "
            "LicensorPostalCode LicensorRegion LicensorStreetAddress LicensorTelephone1 "
            "LicensorTelephone2 LicensorURL"
        ),
        "LicensorTelephoneType1": Prop(conv="plus_vocab"),
        "LicensorTelephoneType2": Prop(conv="plus_vocab"),
    },
    "LinkedImage": {
        **plain("format HeightPixels ImageRole Link LinkQualifier WidthPixels"),
        "UsedVideoFrame": Prop(struct="Timecode"),
    },
    "LocationDetails": {
        **plain(
            "City CountryCode CountryName Identifier LocationId LocationName ProvinceState Sublocation WorldRegion"
        ),
        "GPSAltitude": Prop(conv="rational"),
        "GPSLatitude": Prop(conv="degrees"),
        "GPSLongitude": Prop(conv="degrees"),
    },
    "Look": {
        **plain("Amount Cluster Copyright Group Name SupportsAmount SupportsMonochrome SupportsOutputReferred UUID"),
        "Parameters": Prop(struct="LookParms"),
    },
    "LookParms": {
        **plain(
            "CameraProfile Clarity2012 ConvertToGrayscale LookTable ProcessVersion ToneCurvePV2012 "
            "ToneCurvePV2012Blue ToneCurvePV2012Green ToneCurvePV2012Red Version"
        ),
    },
    "MacAtom": {
        **plain("applicationCode invocationAppleEvent posixProjectPath"),
    },
    "ManifestItem": {
        **plain("linkForm placedResolutionUnit placedXResolution placedYResolution"),
        "reference": Prop(struct="ResourceRef"),
    },
    "MapInfo": {
        **plain("LabMax LabMin LumEq RGBMax RGBMin"),
    },
    "Marker": {
        **plain("comment cuePointType duration location name probability speaker startTime target type"),
        "cuePointParams": Prop(struct="CuePointParam"),
    },
    "Media": {
        **plain("managed path track webStatement"),
        "duration": Prop(struct="Time"),
        "startTime": Prop(struct="Time"),
    },
    "Microsoft_RegionInfo": {
        "DateRegionsValid": Prop(conv="date"),
        "Regions": Prop(struct="Microsoft_Regions"),
    },
    "Microsoft_Regions": {
        **plain("PersonDisplayName PersonEmailDigest PersonLiveIdCID PersonSourceID Rectangle"),
    },
    "MWG_CollectionInfo": {
        **plain("CollectionName CollectionURI"),
    },
    "MWG_KeywordInfo": {
        "Hierarchy": Prop(struct="MWG_KeywordStruct"),
    },
    "MWG_KeywordStruct": {
        **plain("Applied Keyword"),
        "Children": Prop(struct="MWG_KeywordStruct"),
    },
    "MWG_RegionInfo": {
        "AppliedToDimensions": Prop(struct="Dimensions"),
        "RegionList": Prop("Region", struct="MWG_RegionStruct"),
    },
    "MWG_RegionStruct": {
        **plain("BarCodeValue Description FocusUsage Name Rotation seeAlso Type"),
        "Area": Prop(struct="Area"),
        "Extensions": Prop(struct="MWG_Extensions"),
    },
    "OECF": {
        **plain("Columns Names Rows"),
        "Values": Prop(conv="rational"),
    },
    "PageInfo": {
        **plain("format height PageNumber width"),
        "image": Prop(conv="base64"),
    },
    "PantryItem": {
        "InstanceID": Prop(single=True),
    },
    "PersonDetails": {
        **plain("PersonDescription PersonId PersonName"),
        "PersonCharacteristic": Prop(struct="CVTermDetails"),
    },
    "PerspectiveModel": {
        **plain(
            "ImageXCenter ImageYCenter RadialDistortParam1 RadialDistortParam2 RadialDistortParam3 ScaleFactor Version"
        ),
    },
    "Pose": {
        **plain("PositionX PositionY PositionZ RotationW RotationX RotationY RotationZ Timestamp"),
    },
    "prismAlternateTitle": {
        **plain("a-lang a-platform text"),
    },
    "prismChannel": {
        **plain("a-lang channel subchannel1 subchannel2 subchannel3 subchannel4"),
    },
    "prismHasCorrection": {
        **plain("a-lang a-platform text"),
    },
    "prismKillDate": {
        **plain("a-platform"),
        "date": Prop(conv="date"),
    },
    "prismOffSaleDate": {
        **plain("a-platform"),
        "date": Prop(conv="date"),
    },
    "prismOnSaleDate": {
        **plain("a-platform"),
        "date": Prop(conv="date"),
    },
    "prismOnSaleDay": {
        **plain("a-platform day"),
    },
    "prismPublicationDate": {
        **plain("a-platform"),
        "date": Prop(conv="date"),
    },
    "prismUrl": {
        **plain("a-platform url"),
    },
    "ProductDetails": {
        **plain("ProductDescription ProductGTIN ProductId ProductName"),
    },
    "ProjectLink": {
        **plain("path type"),
    },
    "PublicationEvent": {
        **plain("Identifier Name"),
        "Date": Prop(conv="date"),
    },
    "QualifiedLink": {
        **plain("Link LinkQualifier"),
    },
    "RangeMask": {
        "RangeMaskMapInfo": Prop("MapInfo", struct="MapInfo"),
    },
    "Rating": {
        "RatingRegion": Prop("Region", struct="LocationDetails"),
        "RatingScaleMaxValue": Prop("ScaleMaxValue"),
        "RatingScaleMinValue": Prop("ScaleMinValue"),
        "RatingSourceLink": Prop("SourceLink"),
        "RatingValue": Prop("Value"),
        "RatingValueLogoLink": Prop("ValueLogoLink"),
    },
    "RegionBoundary": {
        "rbH": Prop("H"),
        "rbRx": Prop("Rx"),
        "rbShape": Prop("Shape"),
        "rbUnit": Prop("Unit"),
        "rbVertices": Prop("Vertices", struct="BoundaryPoint"),
        "rbW": Prop("W"),
        "rbX": Prop("X"),
        "rbY": Prop("Y"),
    },
    "RegistryEntryDetails": {
        **plain("RegEntryRole RegItemId RegOrgId"),
    },
    "ResampleStretch": {
        **plain("quality"),
    },
    "ResourceEvent": {
        **plain("action changed instanceID parameters softwareAgent"),
        "when": Prop(conv="date"),
    },
    "ResourceRef": {
        **plain(
            "alternatePaths documentID filePath fromPart instanceID lastURL linkCategory linkForm manager "
            "managerVariant manageTo manageUI maskMarkers originalDocumentID partMapping "
            "placedResolutionUnit placedXResolution placedYResolution renditionClass renditionParams "
            "toPart versionID"
        ),
        "lastModifyDate": Prop(conv="date"),
    },
    "RetouchArea": {
        "Feather": Prop(single=True),
        "Masks": Prop("Mask", struct="CorrectionMask"),
        "Method": Prop(single=True),
        "OffsetY": Prop(single=True),
        "Opacity": Prop(single=True),
        "Seed": Prop(single=True),
        "SourceState": Prop(single=True),
        "SourceX": Prop(single=True),
        "SpotType": Prop(single=True),
    },
    "Series": {
        **plain("Identifier Name"),
    },
    "SubVersion": {
        **plain("FileName VersRef"),
    },
    "SwatchGroup": {
        **plain("groupName groupType"),
        "Colorants": Prop("SwatchColorant", struct="Colorant"),
    },
    "TagStructure": {
        **plain("LabelName ParentReference Reference"),
        "SubLabels": Prop(struct="TagStructure"),
    },
    "TemporalCoverage": {
        "tempCoverageFrom": Prop("From", conv="date"),
        "tempCoverageTo": Prop("To", conv="date"),
    },
    "TextRegion": {
        **plain("RegionText"),
        "Region": Prop(struct="Area"),
    },
    "Thumbnail": {
        **plain("format height width"),
        "image": Prop(conv="base64", low=True),
    },
    "Time": {
        **plain("value"),
        "scale": Prop(conv="rational"),
    },
    "Timecode": {
        **plain("timeFormat timeValue value"),
    },
    "TimeScaleStretch": {
        **plain("frameOverlappingPercentage frameSize quality"),
    },
    "Track": {
        **plain("frameRate trackName trackType"),
        "markers": Prop(struct="Marker"),
    },
    "VendorInfo": {
        **plain("Manufacturer Model Notes"),
    },
    "Version": {
        **plain("comments modifier version"),
        "event": Prop(struct="ResourceEvent"),
        "modifyDate": Prop(conv="date"),
    },
    "WindowsAtom": {
        **plain("extension invocationFlags uncProjectPath"),
    },
}
