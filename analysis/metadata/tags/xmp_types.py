"""The XMP properties ExifTool 12.57 types as numbers or booleans (the ``Writable`` type of its XMP
tables: ``integer``, ``real`` and ``rational``; ``boolean``), by family-1 group and tag name, as
``exiftool -listx`` lists them. A value of any other property, or of a property ExifTool does not
know, is text and stays text even when it looks like a number ("8.0", "0042"), as ExifTool stores it.
"""


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Camera Raw settings and defaults share one table in ExifTool (XMP-crs, XMP-crd).
_CAMERA_RAW_NUMERIC = _names(
    "AutoLateralCA AutoWhiteVersion Blacks2012 BlueHue BlueSaturation Brightness ChromaticAberrationB "
    "ChromaticAberrationR CircGradBasedCorrAmount CircGradBasedCorrBlacks2012 CircGradBasedCorrBrightness "
    "CircGradBasedCorrClarity CircGradBasedCorrClarity2012 CircGradBasedCorrContrast "
    "CircGradBasedCorrContrast2012 CircGradBasedCorrDefringe CircGradBasedCorrDehaze "
    "CircGradBasedCorrExposure CircGradBasedCorrExposure2012 CircGradBasedCorrHighlights2012 "
    "CircGradBasedCorrHue CircGradBasedCorrLuminanceNoise CircGradBasedCorrMaskAlpha "
    "CircGradBasedCorrMaskAngle CircGradBasedCorrMaskBottom CircGradBasedCorrMaskCenterValue "
    "CircGradBasedCorrMaskCenterWeight CircGradBasedCorrMaskFeather CircGradBasedCorrMaskFlow "
    "CircGradBasedCorrMaskFullX CircGradBasedCorrMaskFullY CircGradBasedCorrMaskLeft "
    "CircGradBasedCorrMaskMaskBlendMode CircGradBasedCorrMaskMasksAlpha CircGradBasedCorrMaskMasksAngle "
    "CircGradBasedCorrMaskMasksBottom CircGradBasedCorrMaskMasksCenterValue "
    "CircGradBasedCorrMaskMasksCenterWeight CircGradBasedCorrMaskMasksFeather "
    "CircGradBasedCorrMaskMasksFlow CircGradBasedCorrMaskMasksFullX CircGradBasedCorrMaskMasksFullY "
    "CircGradBasedCorrMaskMasksLeft CircGradBasedCorrMaskMasksMaskBlendMode "
    "CircGradBasedCorrMaskMasksMidpoint CircGradBasedCorrMaskMasksPerimeterValue "
    "CircGradBasedCorrMaskMasksRadius CircGradBasedCorrMaskMasksRight CircGradBasedCorrMaskMasksRoundness "
    "CircGradBasedCorrMaskMasksSizeX CircGradBasedCorrMaskMasksSizeY CircGradBasedCorrMaskMasksTop "
    "CircGradBasedCorrMaskMasksValue CircGradBasedCorrMaskMasksVersion CircGradBasedCorrMaskMasksX "
    "CircGradBasedCorrMaskMasksY CircGradBasedCorrMaskMasksZeroX CircGradBasedCorrMaskMasksZeroY "
    "CircGradBasedCorrMaskMidpoint CircGradBasedCorrMaskPerimeterValue CircGradBasedCorrMaskRadius "
    "CircGradBasedCorrMaskRangeColorAmount CircGradBasedCorrMaskRangeDepthFeather "
    "CircGradBasedCorrMaskRangeDepthMax CircGradBasedCorrMaskRangeDepthMin "
    "CircGradBasedCorrMaskRangeLumFeather CircGradBasedCorrMaskRangeLumMax "
    "CircGradBasedCorrMaskRangeLumMin CircGradBasedCorrMaskRangeSampleType CircGradBasedCorrMaskRight "
    "CircGradBasedCorrMaskRoundness CircGradBasedCorrMaskSizeX CircGradBasedCorrMaskSizeY "
    "CircGradBasedCorrMaskTop CircGradBasedCorrMaskValue CircGradBasedCorrMaskVersion "
    "CircGradBasedCorrMaskX CircGradBasedCorrMaskY CircGradBasedCorrMaskZeroX CircGradBasedCorrMaskZeroY "
    "CircGradBasedCorrMoire CircGradBasedCorrRangeMaskColorAmount CircGradBasedCorrRangeMaskDepthFeather "
    "CircGradBasedCorrRangeMaskDepthMax CircGradBasedCorrRangeMaskDepthMin "
    "CircGradBasedCorrRangeMaskLumFeather CircGradBasedCorrRangeMaskLumMax "
    "CircGradBasedCorrRangeMaskLumMin CircGradBasedCorrRangeMaskSampleType CircGradBasedCorrSaturation "
    "CircGradBasedCorrShadows2012 CircGradBasedCorrSharpness CircGradBasedCorrTemperature "
    "CircGradBasedCorrTexture CircGradBasedCorrTint CircGradBasedCorrToningHue "
    "CircGradBasedCorrToningSaturation CircGradBasedCorrWhites2012 Clarity Clarity2012 "
    "ClipboardAspectRatio ClipboardOrientation ColorGradeBlending ColorGradeGlobalHue ColorGradeGlobalLum "
    "ColorGradeGlobalSat ColorGradeHighlightLum ColorGradeMidtoneHue ColorGradeMidtoneLum "
    "ColorGradeMidtoneSat ColorGradeShadowLum ColorNoiseReduction ColorNoiseReductionDetail "
    "ColorNoiseReductionSmoothness ColorTemperature Contrast Contrast2012 CropAngle CropBottom "
    "CropConstrainToWarp CropHeight CropLeft CropRight CropTop CropUnit CropUnits CropWidth Defringe "
    "DefringeGreenAmount DefringeGreenHueHi DefringeGreenHueLo DefringePurpleAmount DefringePurpleHueHi "
    "DefringePurpleHueLo Dehaze Exposure Exposure2012 FillLight GradientBasedCorrAmount "
    "GradientBasedCorrBlacks2012 GradientBasedCorrBrightness GradientBasedCorrClarity "
    "GradientBasedCorrClarity2012 GradientBasedCorrContrast GradientBasedCorrContrast2012 "
    "GradientBasedCorrDefringe GradientBasedCorrDehaze GradientBasedCorrExposure "
    "GradientBasedCorrExposure2012 GradientBasedCorrHighlights2012 GradientBasedCorrHue "
    "GradientBasedCorrLuminanceNoise GradientBasedCorrMaskAlpha GradientBasedCorrMaskAngle "
    "GradientBasedCorrMaskBottom GradientBasedCorrMaskCenterValue GradientBasedCorrMaskCenterWeight "
    "GradientBasedCorrMaskFeather GradientBasedCorrMaskFlow GradientBasedCorrMaskFullX "
    "GradientBasedCorrMaskFullY GradientBasedCorrMaskLeft GradientBasedCorrMaskMaskBlendMode "
    "GradientBasedCorrMaskMasksAlpha GradientBasedCorrMaskMasksAngle GradientBasedCorrMaskMasksBottom "
    "GradientBasedCorrMaskMasksCenterValue GradientBasedCorrMaskMasksCenterWeight "
    "GradientBasedCorrMaskMasksFeather GradientBasedCorrMaskMasksFlow GradientBasedCorrMaskMasksFullX "
    "GradientBasedCorrMaskMasksFullY GradientBasedCorrMaskMasksLeft "
    "GradientBasedCorrMaskMasksMaskBlendMode GradientBasedCorrMaskMasksMidpoint "
    "GradientBasedCorrMaskMasksPerimeterValue GradientBasedCorrMaskMasksRadius "
    "GradientBasedCorrMaskMasksRight GradientBasedCorrMaskMasksRoundness GradientBasedCorrMaskMasksSizeX "
    "GradientBasedCorrMaskMasksSizeY GradientBasedCorrMaskMasksTop GradientBasedCorrMaskMasksValue "
    "GradientBasedCorrMaskMasksVersion GradientBasedCorrMaskMasksX GradientBasedCorrMaskMasksY "
    "GradientBasedCorrMaskMasksZeroX GradientBasedCorrMaskMasksZeroY GradientBasedCorrMaskMidpoint "
    "GradientBasedCorrMaskPerimeterValue GradientBasedCorrMaskRadius "
    "GradientBasedCorrMaskRangeColorAmount GradientBasedCorrMaskRangeDepthFeather "
    "GradientBasedCorrMaskRangeDepthMax GradientBasedCorrMaskRangeDepthMin "
    "GradientBasedCorrMaskRangeLumFeather GradientBasedCorrMaskRangeLumMax "
    "GradientBasedCorrMaskRangeLumMin GradientBasedCorrMaskRangeSampleType GradientBasedCorrMaskRight "
    "GradientBasedCorrMaskRoundness GradientBasedCorrMaskSizeX GradientBasedCorrMaskSizeY "
    "GradientBasedCorrMaskTop GradientBasedCorrMaskValue GradientBasedCorrMaskVersion "
    "GradientBasedCorrMaskX GradientBasedCorrMaskY GradientBasedCorrMaskZeroX GradientBasedCorrMaskZeroY "
    "GradientBasedCorrMoire GradientBasedCorrRangeMaskColorAmount GradientBasedCorrRangeMaskDepthFeather "
    "GradientBasedCorrRangeMaskDepthMax GradientBasedCorrRangeMaskDepthMin "
    "GradientBasedCorrRangeMaskLumFeather GradientBasedCorrRangeMaskLumMax "
    "GradientBasedCorrRangeMaskLumMin GradientBasedCorrRangeMaskSampleType GradientBasedCorrSaturation "
    "GradientBasedCorrShadows2012 GradientBasedCorrSharpness GradientBasedCorrTemperature "
    "GradientBasedCorrTexture GradientBasedCorrTint GradientBasedCorrToningHue "
    "GradientBasedCorrToningSaturation GradientBasedCorrWhites2012 GrainAmount GrainFrequency GrainSeed "
    "GrainSize GrayMixerAqua GrayMixerBlue GrayMixerGreen GrayMixerMagenta GrayMixerOrange "
    "GrayMixerPurple GrayMixerRed GrayMixerYellow GreenHue GreenSaturation HDREditMode Highlight2012 "
    "HighlightRecovery Highlights2012 HueAdjustmentAqua HueAdjustmentBlue HueAdjustmentGreen "
    "HueAdjustmentMagenta HueAdjustmentOrange HueAdjustmentPurple HueAdjustmentRed HueAdjustmentYellow "
    "IncrementalTemperature IncrementalTint LensManualDistortionAmount "
    "LensProfileChromaticAberrationScale LensProfileDistortionScale LensProfileEnable "
    "LensProfileMatchKeySensorFormatFactor LensProfileVignettingScale LuminanceAdjustmentAqua "
    "LuminanceAdjustmentBlue LuminanceAdjustmentGreen LuminanceAdjustmentMagenta "
    "LuminanceAdjustmentOrange LuminanceAdjustmentPurple LuminanceAdjustmentRed LuminanceAdjustmentYellow "
    "LuminanceNoiseReductionContrast LuminanceNoiseReductionDetail LuminanceSmoothing "
    "MaskGroupBasedCorrAmount MaskGroupBasedCorrBlacks2012 MaskGroupBasedCorrBrightness "
    "MaskGroupBasedCorrClarity MaskGroupBasedCorrClarity2012 MaskGroupBasedCorrContrast "
    "MaskGroupBasedCorrContrast2012 MaskGroupBasedCorrDefringe MaskGroupBasedCorrDehaze "
    "MaskGroupBasedCorrExposure MaskGroupBasedCorrExposure2012 MaskGroupBasedCorrHighlights2012 "
    "MaskGroupBasedCorrHue MaskGroupBasedCorrLuminanceNoise MaskGroupBasedCorrMaskAlpha "
    "MaskGroupBasedCorrMaskAngle MaskGroupBasedCorrMaskBottom MaskGroupBasedCorrMaskCenterValue "
    "MaskGroupBasedCorrMaskCenterWeight MaskGroupBasedCorrMaskFeather MaskGroupBasedCorrMaskFlow "
    "MaskGroupBasedCorrMaskFullX MaskGroupBasedCorrMaskFullY MaskGroupBasedCorrMaskLeft "
    "MaskGroupBasedCorrMaskMaskBlendMode MaskGroupBasedCorrMaskMasksAlpha "
    "MaskGroupBasedCorrMaskMasksAngle MaskGroupBasedCorrMaskMasksBottom "
    "MaskGroupBasedCorrMaskMasksCenterValue MaskGroupBasedCorrMaskMasksCenterWeight "
    "MaskGroupBasedCorrMaskMasksFeather MaskGroupBasedCorrMaskMasksFlow MaskGroupBasedCorrMaskMasksFullX "
    "MaskGroupBasedCorrMaskMasksFullY MaskGroupBasedCorrMaskMasksLeft "
    "MaskGroupBasedCorrMaskMasksMaskBlendMode MaskGroupBasedCorrMaskMasksMidpoint "
    "MaskGroupBasedCorrMaskMasksPerimeterValue MaskGroupBasedCorrMaskMasksRadius "
    "MaskGroupBasedCorrMaskMasksRight MaskGroupBasedCorrMaskMasksRoundness "
    "MaskGroupBasedCorrMaskMasksSizeX MaskGroupBasedCorrMaskMasksSizeY MaskGroupBasedCorrMaskMasksTop "
    "MaskGroupBasedCorrMaskMasksValue MaskGroupBasedCorrMaskMasksVersion MaskGroupBasedCorrMaskMasksX "
    "MaskGroupBasedCorrMaskMasksY MaskGroupBasedCorrMaskMasksZeroX MaskGroupBasedCorrMaskMasksZeroY "
    "MaskGroupBasedCorrMaskMidpoint MaskGroupBasedCorrMaskPerimeterValue MaskGroupBasedCorrMaskRadius "
    "MaskGroupBasedCorrMaskRangeColorAmount MaskGroupBasedCorrMaskRangeDepthFeather "
    "MaskGroupBasedCorrMaskRangeDepthMax MaskGroupBasedCorrMaskRangeDepthMin "
    "MaskGroupBasedCorrMaskRangeLumFeather MaskGroupBasedCorrMaskRangeLumMax "
    "MaskGroupBasedCorrMaskRangeLumMin MaskGroupBasedCorrMaskRangeSampleType MaskGroupBasedCorrMaskRight "
    "MaskGroupBasedCorrMaskRoundness MaskGroupBasedCorrMaskSizeX MaskGroupBasedCorrMaskSizeY "
    "MaskGroupBasedCorrMaskTop MaskGroupBasedCorrMaskValue MaskGroupBasedCorrMaskVersion "
    "MaskGroupBasedCorrMaskX MaskGroupBasedCorrMaskY MaskGroupBasedCorrMaskZeroX "
    "MaskGroupBasedCorrMaskZeroY MaskGroupBasedCorrMoire MaskGroupBasedCorrRangeMaskColorAmount "
    "MaskGroupBasedCorrRangeMaskDepthFeather MaskGroupBasedCorrRangeMaskDepthMax "
    "MaskGroupBasedCorrRangeMaskDepthMin MaskGroupBasedCorrRangeMaskLumFeather "
    "MaskGroupBasedCorrRangeMaskLumMax MaskGroupBasedCorrRangeMaskLumMin "
    "MaskGroupBasedCorrRangeMaskSampleType MaskGroupBasedCorrSaturation MaskGroupBasedCorrShadows2012 "
    "MaskGroupBasedCorrSharpness MaskGroupBasedCorrTemperature MaskGroupBasedCorrTexture "
    "MaskGroupBasedCorrTint MaskGroupBasedCorrToningHue MaskGroupBasedCorrToningSaturation "
    "MaskGroupBasedCorrWhites2012 NegativeCacheLargePreviewSize NegativeCacheMaximumSize "
    "PaintCorrectionAmount PaintCorrectionBlacks2012 PaintCorrectionBrightness PaintCorrectionClarity "
    "PaintCorrectionClarity2012 PaintCorrectionContrast PaintCorrectionContrast2012 "
    "PaintCorrectionDefringe PaintCorrectionDehaze PaintCorrectionExposure PaintCorrectionExposure2012 "
    "PaintCorrectionHighlights2012 PaintCorrectionHue PaintCorrectionLuminanceNoise "
    "PaintCorrectionMaskAlpha PaintCorrectionMaskAngle PaintCorrectionMaskBottom "
    "PaintCorrectionMaskCenterValue PaintCorrectionMaskCenterWeight PaintCorrectionMaskFeather "
    "PaintCorrectionMaskFlow PaintCorrectionMaskFullX PaintCorrectionMaskFullY PaintCorrectionMaskLeft "
    "PaintCorrectionMaskMaskBlendMode PaintCorrectionMaskMasksAlpha PaintCorrectionMaskMasksAngle "
    "PaintCorrectionMaskMasksBottom PaintCorrectionMaskMasksCenterValue "
    "PaintCorrectionMaskMasksCenterWeight PaintCorrectionMaskMasksFeather PaintCorrectionMaskMasksFlow "
    "PaintCorrectionMaskMasksFullX PaintCorrectionMaskMasksFullY PaintCorrectionMaskMasksLeft "
    "PaintCorrectionMaskMasksMaskBlendMode PaintCorrectionMaskMasksMidpoint "
    "PaintCorrectionMaskMasksPerimeterValue PaintCorrectionMaskMasksRadius PaintCorrectionMaskMasksRight "
    "PaintCorrectionMaskMasksRoundness PaintCorrectionMaskMasksSizeX PaintCorrectionMaskMasksSizeY "
    "PaintCorrectionMaskMasksTop PaintCorrectionMaskMasksValue PaintCorrectionMaskMasksVersion "
    "PaintCorrectionMaskMasksX PaintCorrectionMaskMasksY PaintCorrectionMaskMasksZeroX "
    "PaintCorrectionMaskMasksZeroY PaintCorrectionMaskMidpoint PaintCorrectionMaskPerimeterValue "
    "PaintCorrectionMaskRadius PaintCorrectionMaskRangeColorAmount PaintCorrectionMaskRangeDepthFeather "
    "PaintCorrectionMaskRangeDepthMax PaintCorrectionMaskRangeDepthMin PaintCorrectionMaskRangeLumFeather "
    "PaintCorrectionMaskRangeLumMax PaintCorrectionMaskRangeLumMin PaintCorrectionMaskRangeSampleType "
    "PaintCorrectionMaskRight PaintCorrectionMaskRoundness PaintCorrectionMaskSizeX "
    "PaintCorrectionMaskSizeY PaintCorrectionMaskTop PaintCorrectionMaskValue PaintCorrectionMaskVersion "
    "PaintCorrectionMaskX PaintCorrectionMaskY PaintCorrectionMaskZeroX PaintCorrectionMaskZeroY "
    "PaintCorrectionMoire PaintCorrectionRangeMaskColorAmount PaintCorrectionRangeMaskDepthFeather "
    "PaintCorrectionRangeMaskDepthMax PaintCorrectionRangeMaskDepthMin PaintCorrectionRangeMaskLumFeather "
    "PaintCorrectionRangeMaskLumMax PaintCorrectionRangeMaskLumMin PaintCorrectionRangeMaskSampleType "
    "PaintCorrectionSaturation PaintCorrectionShadows2012 PaintCorrectionSharpness "
    "PaintCorrectionTemperature PaintCorrectionTexture PaintCorrectionTint PaintCorrectionToningHue "
    "PaintCorrectionToningSaturation PaintCorrectionWhites2012 ParametricDarks ParametricHighlightSplit "
    "ParametricHighlights ParametricLights ParametricMidtoneSplit ParametricShadowSplit ParametricShadows "
    "PerspectiveAspect PerspectiveHorizontal PerspectiveRotate PerspectiveScale PerspectiveUpright "
    "PerspectiveVertical PerspectiveX PerspectiveY PostCropVignetteAmount PostCropVignetteFeather "
    "PostCropVignetteHighlightContrast PostCropVignetteMidpoint PostCropVignetteRoundness "
    "PostCropVignetteStyle RedHue RedSaturation RetouchAreaFeather RetouchAreaMaskAlpha "
    "RetouchAreaMaskAngle RetouchAreaMaskBottom RetouchAreaMaskCenterValue RetouchAreaMaskCenterWeight "
    "RetouchAreaMaskFeather RetouchAreaMaskFlow RetouchAreaMaskFullX RetouchAreaMaskFullY "
    "RetouchAreaMaskLeft RetouchAreaMaskMaskBlendMode RetouchAreaMaskMasksAlpha RetouchAreaMaskMasksAngle "
    "RetouchAreaMaskMasksBottom RetouchAreaMaskMasksCenterValue RetouchAreaMaskMasksCenterWeight "
    "RetouchAreaMaskMasksFeather RetouchAreaMaskMasksFlow RetouchAreaMaskMasksFullX "
    "RetouchAreaMaskMasksFullY RetouchAreaMaskMasksLeft RetouchAreaMaskMasksMaskBlendMode "
    "RetouchAreaMaskMasksMidpoint RetouchAreaMaskMasksPerimeterValue RetouchAreaMaskMasksRadius "
    "RetouchAreaMaskMasksRight RetouchAreaMaskMasksRoundness RetouchAreaMaskMasksSizeX "
    "RetouchAreaMaskMasksSizeY RetouchAreaMaskMasksTop RetouchAreaMaskMasksValue "
    "RetouchAreaMaskMasksVersion RetouchAreaMaskMasksX RetouchAreaMaskMasksY RetouchAreaMaskMasksZeroX "
    "RetouchAreaMaskMasksZeroY RetouchAreaMaskMidpoint RetouchAreaMaskPerimeterValue "
    "RetouchAreaMaskRadius RetouchAreaMaskRangeColorAmount RetouchAreaMaskRangeDepthFeather "
    "RetouchAreaMaskRangeDepthMax RetouchAreaMaskRangeDepthMin RetouchAreaMaskRangeLumFeather "
    "RetouchAreaMaskRangeLumMax RetouchAreaMaskRangeLumMin RetouchAreaMaskRangeSampleType "
    "RetouchAreaMaskRight RetouchAreaMaskRoundness RetouchAreaMaskSizeX RetouchAreaMaskSizeY "
    "RetouchAreaMaskTop RetouchAreaMaskValue RetouchAreaMaskVersion RetouchAreaMaskX RetouchAreaMaskY "
    "RetouchAreaMaskZeroX RetouchAreaMaskZeroY RetouchAreaOffsetY RetouchAreaOpacity RetouchAreaSeed "
    "RetouchAreaSourceX SDRBlend SDRBrightness SDRContrast SDRHighlights SDRShadows SDRWhites Saturation "
    "SaturationAdjustmentAqua SaturationAdjustmentBlue SaturationAdjustmentGreen "
    "SaturationAdjustmentMagenta SaturationAdjustmentOrange SaturationAdjustmentPurple "
    "SaturationAdjustmentRed SaturationAdjustmentYellow ShadowTint Shadows Shadows2012 SharpenDetail "
    "SharpenEdgeMasking SharpenRadius Sharpness Smoothness SplitToningBalance SplitToningHighlightHue "
    "SplitToningHighlightSaturation SplitToningShadowHue SplitToningShadowSaturation Texture Tint "
    "ToggleStyleAmount ToneMapStrength UprightCenterMode UprightCenterNormX UprightCenterNormY "
    "UprightFocalLength35mm UprightFocalMode UprightFourSegmentsCount UprightTransformCount "
    "UprightVersion Vibrance VignetteAmount VignetteMidpoint Whites2012"
)
_CAMERA_RAW_BOOLEAN = _names(
    "AlreadyApplied AutoBrightness AutoContrast AutoExposure AutoShadows AutoTone CircGradBasedCorrActive "
    "CircGradBasedCorrMaskFlipped CircGradBasedCorrMaskMaskActive CircGradBasedCorrMaskMaskInverted "
    "CircGradBasedCorrMaskMasksFlipped CircGradBasedCorrMaskMasksMaskActive "
    "CircGradBasedCorrMaskMasksMaskInverted CircGradBasedCorrMaskRangeInvert "
    "CircGradBasedCorrRangeMaskInvert ConvertToGrayscale DNGIgnoreSidecars DefaultAutoGray "
    "DefaultAutoTone DefaultsSpecificToISO DefaultsSpecificToSerial GradientBasedCorrActive "
    "GradientBasedCorrMaskFlipped GradientBasedCorrMaskMaskActive GradientBasedCorrMaskMaskInverted "
    "GradientBasedCorrMaskMasksFlipped GradientBasedCorrMaskMasksMaskActive "
    "GradientBasedCorrMaskMasksMaskInverted GradientBasedCorrMaskRangeInvert "
    "GradientBasedCorrRangeMaskInvert HasCrop HasSettings LensProfileIsEmbedded LensProfileMatchKeyIsRaw "
    "MaskGroupBasedCorrActive MaskGroupBasedCorrMaskFlipped MaskGroupBasedCorrMaskMaskActive "
    "MaskGroupBasedCorrMaskMaskInverted MaskGroupBasedCorrMaskMasksFlipped "
    "MaskGroupBasedCorrMaskMasksMaskActive MaskGroupBasedCorrMaskMasksMaskInverted "
    "MaskGroupBasedCorrMaskRangeInvert MaskGroupBasedCorrRangeMaskInvert OverrideLookVignette "
    "PaintCorrectionActive PaintCorrectionMaskFlipped PaintCorrectionMaskMaskActive "
    "PaintCorrectionMaskMaskInverted PaintCorrectionMaskMasksFlipped PaintCorrectionMaskMasksMaskActive "
    "PaintCorrectionMaskMasksMaskInverted PaintCorrectionMaskRangeInvert PaintCorrectionRangeMaskInvert "
    "RetouchAreaMaskFlipped RetouchAreaMaskMaskActive RetouchAreaMaskMaskInverted "
    "RetouchAreaMaskMasksFlipped RetouchAreaMaskMasksMaskActive RetouchAreaMaskMasksMaskInverted "
    "RetouchAreaMaskRangeInvert SupportsAmount SupportsColor SupportsHighDynamicRange SupportsMonochrome "
    "SupportsNormalDynamicRange SupportsOutputReferred SupportsSceneReferred UprightPreview"
)


NUMERIC: dict[str, frozenset[str]] = {
    "GSpherical": _names(
        "CroppedAreaImageHeightPixels CroppedAreaImageWidthPixels CroppedAreaLeftPixels CroppedAreaTopPixels "
        "FullPanoHeightPixels FullPanoWidthPixels InitialViewHeadingDegrees InitialViewPitchDegrees "
        "InitialViewRollDegrees SourceCount TimeStamp"
    ),
    "XMP-Device": _names(
        "CameraDepthMapFar CameraDepthMapFocalTableEntryCount CameraDepthMapNear "
        "CameraImagingModelDistortionCount CameraImagingModelFocalLengthX CameraImagingModelFocalLengthY "
        "CameraImagingModelImageHeight CameraImagingModelImageWidth CameraImagingModelPixelAspectRatio "
        "CameraImagingModelPrincipalPointX CameraImagingModelPrincipalPointY CameraImagingModelSkew "
        "CameraLightEstimateColorCorrectionB CameraLightEstimateColorCorrectionG "
        "CameraLightEstimateColorCorrectionR CameraLightEstimatePixelIntensity CameraPointCloudPointCloud "
        "CameraPosePositionX CameraPosePositionY CameraPosePositionZ CameraPoseRotationW CameraPoseRotationX "
        "CameraPoseRotationY CameraPoseRotationZ CameraPoseTimestamp ContainerDirectoryItemLength "
        "ContainerDirectoryItemPadding EarthPosAltitude EarthPosLatitude EarthPosLongitude EarthPosRotationW "
        "EarthPosRotationX EarthPosRotationY EarthPosRotationZ EarthPosTimestamp PlaneBoundaryVertexCount "
        "PlaneExtentX PlaneExtentZ PlanePosePositionX PlanePosePositionY PlanePosePositionZ "
        "PlanePoseRotationW PlanePoseRotationX PlanePoseRotationY PlanePoseRotationZ PlanePoseTimestamp "
        "PosePositionX PosePositionY PosePositionZ PoseRotationW PoseRotationX PoseRotationY PoseRotationZ "
        "PoseTimestamp ProfileCameraIndices"
    ),
    "XMP-GCamera": _names("MicroVideo MicroVideoOffset MicroVideoPresentationTimestampUs MicroVideoVersion"),
    "XMP-GDepth": _names("Far ImageHeight ImageWidth Near"),
    "XMP-GFocus": _names("BlurAtInfinity FocalDistance FocalPointX FocalPointY"),
    "XMP-GPano": _names(
        "CroppedAreaImageHeightPixels CroppedAreaImageWidthPixels CroppedAreaLeftPixels CroppedAreaTopPixels "
        "FullPanoHeightPixels FullPanoWidthPixels InitialCameraDolly InitialHorizontalFOVDegrees "
        "InitialVerticalFOVDegrees InitialViewHeadingDegrees InitialViewPitchDegrees InitialViewRollDegrees "
        "LargestValidInteriorRectHeight LargestValidInteriorRectLeft LargestValidInteriorRectTop "
        "LargestValidInteriorRectWidth PoseHeadingDegrees PosePitchDegrees PoseRollDegrees SourcePhotosCount"
    ),
    "XMP-MP1": _names(
        "PanoramicStitchPhi0 PanoramicStitchPhi1 PanoramicStitchTheta0 PanoramicStitchTheta1 WhiteBalance0 "
        "WhiteBalance1 WhiteBalance2"
    ),
    "XMP-aas": _names(
        "AffineA AffineB AffineC AffineD AffineX AffineY CropH CropW CropX CropY Curve0x Curve0y Curve1x "
        "Curve1y Curve2x Curve2y Curve3x Curve3y Curve4x Curve4y FaceBalanceOrigI FaceBalanceOrigQ "
        "FaceBalanceStrength FaceBalanceWarmth Highlights Shadows Vibrance"
    ),
    "XMP-acdsee": _names("Rating"),
    "XMP-apple-fi": _names("AngleInfoRoll AngleInfoYaw ConfidenceLevel FaceID TimeStamp"),
    "XMP-aux": _names("ApproximateFocusDistance EnhanceSuperResolutionScale FlashCompensation"),
    "XMP-crd": _CAMERA_RAW_NUMERIC,
    "XMP-creatorAtom": _names("AeProjectLinkRenderTimeStamp"),
    "XMP-crs": _CAMERA_RAW_NUMERIC,
    "XMP-dex": _names("CRC32 OS"),
    "XMP-drone-dji": _names(
        "AbsoluteAltitude CalibratedFocalLength CalibratedOpticalCenterX CalibratedOpticalCenterY "
        "FlightPitchDegree FlightRollDegree FlightXSpeed FlightYSpeed FlightYawDegree FlightZSpeed "
        "GPSLatitude GPSLongitude GPSLongtitude GimbalPitchDegree GimbalRollDegree GimbalYawDegree Latitude "
        "Longitude RelativeAltitude RtkStdHgt RtkStdLat RtkStdLon"
    ),
    "XMP-dwc": _names(
        "EventDay EventEndDayOfYear EventMonth EventStartDayOfYear EventYear HumanObservationDay "
        "HumanObservationEndDayOfYear HumanObservationMonth HumanObservationStartDayOfYear "
        "HumanObservationYear MachineObservationDay MachineObservationEndDayOfYear MachineObservationMonth "
        "MachineObservationStartDayOfYear MachineObservationYear"
    ),
    "XMP-exif": _names(
        "ApertureValue BrightnessValue CFAPatternColumns CFAPatternRows CFAPatternValues ColorSpace "
        "ComponentsConfiguration CompressedBitsPerPixel Contrast CustomRendered "
        "DeviceSettingDescriptionColumns DeviceSettingDescriptionRows DigitalZoomRatio ExifImageHeight "
        "ExifImageWidth ExposureCompensation ExposureIndex ExposureMode ExposureProgram ExposureTime FNumber "
        "FileSource FlashEnergy FlashMode FlashReturn FocalLength FocalLengthIn35mmFormat "
        "FocalPlaneResolutionUnit FocalPlaneXResolution FocalPlaneYResolution GPSAltitude GPSAltitudeRef "
        "GPSDOP GPSDestBearing GPSDestDistance GPSDifferential GPSHPositioningError GPSImgDirection "
        "GPSMeasureMode GPSSpeed GPSTrack GainControl ISO MaxApertureValue MeteringMode OECFColumns OECFRows "
        "OECFValues Saturation SceneCaptureType SceneType SensingMethod Sharpness ShutterSpeedValue "
        "SpatialFrequencyResponseColumns SpatialFrequencyResponseRows SpatialFrequencyResponseValues "
        "SubjectArea SubjectDistance SubjectDistanceRange SubjectLocation WhiteBalance"
    ),
    "XMP-exifEX": _names(
        "Acceleration AmbientTemperature CameraElevationAngle CompImageImagesPerSequence "
        "CompImageMaxExposureAll CompImageMaxExposureUsed CompImageMinExposureAll CompImageMinExposureUsed "
        "CompImageNumSequences CompImageSumExposureAll CompImageSumExposureUsed CompImageTotalExposurePeriod "
        "CompImageValues CompositeImage CompositeImageCount Gamma Humidity ISOSpeed ISOSpeedLatitudeyyy "
        "ISOSpeedLatitudezzz LensInfo PhotographicSensitivity Pressure RecommendedExposureIndex "
        "SensitivityType StandardOutputSensitivity WaterDepth"
    ),
    "XMP-hdr": _names("CCVAvgLuminanceNits CCVMaxLuminanceNits CCVMinLuminanceNits"),
    "XMP-iptcExt": _names(
        "AudioBitrate AudioBitsPerSample AudioChannelCount CopyrightYear DataOnScreenRegionD "
        "DataOnScreenRegionH DataOnScreenRegionW DataOnScreenRegionX DataOnScreenRegionY ImageRegionBoundaryH "
        "ImageRegionBoundaryRx ImageRegionBoundaryVerticesX ImageRegionBoundaryVerticesY ImageRegionBoundaryW "
        "ImageRegionBoundaryX ImageRegionBoundaryY LocationCreatedGPSAltitude LocationShownGPSAltitude "
        "MaxAvailHeight MaxAvailWidth ModelAge RatingRegionGPSAltitude SnapshotHeightPixels "
        "SnapshotUsedVideoFrameValue SnapshotWidthPixels VideoBitrate VideoDisplayAspectRatio "
        "VideoStreamsCount"
    ),
    "XMP-mwg-rs": _names(
        "RegionAppliedToDimensionsH RegionAppliedToDimensionsW RegionAreaD RegionAreaH RegionAreaW "
        "RegionAreaX RegionAreaY RegionRotation"
    ),
    "XMP-photomech": _names("ColorClass"),
    "XMP-photoshop": _names(
        "CameraProfilesApertureValue CameraProfilesFocalLength CameraProfilesFocusDistance "
        "CameraProfilesPerspectiveModelImageXCenter CameraProfilesPerspectiveModelImageYCenter "
        "CameraProfilesPerspectiveModelRadialDistortParam1 CameraProfilesPerspectiveModelRadialDistortParam2 "
        "CameraProfilesPerspectiveModelRadialDistortParam3 CameraProfilesPerspectiveModelScaleFactor "
        "CameraProfilesSensorFormatFactor ColorMode Urgency"
    ),
    "XMP-pmi": _names("SlideshowNumber SlideshowTotalNumber"),
    "XMP-prism": _names("AggregateIssueNumber ByteCount PageCount SeriesNumber WordCount"),
    "XMP-swf": _names("BackgroundAlpha MaxStorage"),
    "XMP-tiff": _names(
        "BitsPerSample Compression ImageHeight ImageWidth Orientation PhotometricInterpretation "
        "PlanarConfiguration PrimaryChromaticities ReferenceBlackWhite ResolutionUnit SamplesPerPixel "
        "TransferFunction WhitePoint XResolution YCbCrCoefficients YCbCrPositioning YCbCrSubSampling "
        "YResolution"
    ),
    "XMP-xmp": _names(
        "PageImageHeight PageImagePageNumber PageImageWidth Rating RatingPercent ThumbnailHeight ThumbnailWidth"
    ),
    "XMP-xmpDM": _names(
        "AltTimecodeValue AudioSampleRate BeatSpliceParamsRiseInDecibel "
        "BeatSpliceParamsRiseInTimeDurationScale BeatSpliceParamsRiseInTimeDurationValue "
        "ContributedMediaDurationScale ContributedMediaDurationValue ContributedMediaStartTimeScale "
        "ContributedMediaStartTimeValue DurationScale DurationValue FileDataRate IntroTimeScale "
        "IntroTimeValue MarkersProbability NumberOfBeats OutCueScale OutCueValue RelativeTimestampScale "
        "RelativeTimestampValue StartTimeSampleSize StartTimecodeValue TakeNumber Tempo "
        "TimeScaleParamsFrameOverlappingPercentage TimeScaleParamsFrameSize TrackNumber "
        "TracksMarkersProbability VideoAlphaPremultipleColorA VideoAlphaPremultipleColorB "
        "VideoAlphaPremultipleColorBlack VideoAlphaPremultipleColorBlue VideoAlphaPremultipleColorCyan "
        "VideoAlphaPremultipleColorGray VideoAlphaPremultipleColorGreen VideoAlphaPremultipleColorL "
        "VideoAlphaPremultipleColorMagenta VideoAlphaPremultipleColorRed VideoAlphaPremultipleColorTint "
        "VideoAlphaPremultipleColorYellow VideoFrameRate VideoFrameSizeH VideoFrameSizeW "
        "VideoPixelAspectRatio"
    ),
    "XMP-xmpMM": _names("ManifestPlacedXResolution ManifestPlacedYResolution SaveID"),
    "XMP-xmpTPg": _names(
        "ColorantA ColorantB ColorantBlack ColorantBlue ColorantCyan ColorantGray ColorantGreen ColorantL "
        "ColorantMagenta ColorantRed ColorantTint ColorantYellow MaxPageSizeH MaxPageSizeW NPages "
        "SwatchColorantA SwatchColorantB SwatchColorantBlack SwatchColorantBlue SwatchColorantCyan "
        "SwatchColorantGray SwatchColorantGreen SwatchColorantL SwatchColorantMagenta SwatchColorantRed "
        "SwatchColorantTint SwatchColorantYellow SwatchGroupType"
    ),
}

BOOLEAN: dict[str, frozenset[str]] = {
    "GSpherical": _names("Spherical Stitched"),
    "XMP-Device": _names("CameraPointCloudMetric"),
    "XMP-GPano": _names("ExposureLockUsed UsePanoramaViewer"),
    "XMP-acdsee": _names("Rawrppused Tagged"),
    "XMP-aux": _names(
        "DistortionCorrectionAlreadyApplied EnhanceDetailsAlreadyApplied EnhanceSuperResolutionAlreadyApplied "
        "IsMergedHDR IsMergedPanorama LateralChromaticAberrationCorrectionAlreadyApplied "
        "VignetteCorrectionAlreadyApplied"
    ),
    "XMP-crd": _CAMERA_RAW_BOOLEAN,
    "XMP-crs": _CAMERA_RAW_BOOLEAN,
    "XMP-exif": _names("FlashFired FlashFunction FlashRedEyeMode"),
    "XMP-extensis": _names("Approved"),
    "XMP-hdr": _names("SceneReferred"),
    "XMP-iptcExt": _names("ReleaseReady"),
    "XMP-mwg-kw": _names(
        "HierarchicalKeywords1Applied HierarchicalKeywords2Applied HierarchicalKeywords3Applied "
        "HierarchicalKeywords4Applied HierarchicalKeywords5Applied HierarchicalKeywords6Applied"
    ),
    "XMP-pdf": _names("Marked"),
    "XMP-photomech": _names("Tagged"),
    "XMP-photoshop": _names("CameraProfilesAutoScale CameraProfilesCameraRawProfile"),
    "XMP-pur": _names("ReuseProhibited"),
    "XMP-swf": _names("ForwardLock"),
    "XMP-xmpDM": _names(
        "BeatSpliceParamsUseFileBeatsMarker ContributedMediaManaged Good Loop PartOfCompilation "
        "VideoAlphaUnityIsTransparent"
    ),
    "XMP-xmpPLUS": _names("CreditLineReq ReuseAllowed"),
    "XMP-xmpRights": _names("Marked"),
    "XMP-xmpTPg": _names("FontComposite HasVisibleOverprint HasVisibleTransparency"),
}
