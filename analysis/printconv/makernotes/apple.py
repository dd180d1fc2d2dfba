"""Printed values of ExifTool's Apple maker-note tables
(Apple.pm, 12.57), keyed by
tag name: ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its expressions
as the named printers of :mod:`.functions`. Where tables of one group name a tag alike with
different conversions, the main table's (else the one the engine reads) is kept."""

from ..convert import flags, lookup
from ..table import Table, names
from .common import FOCAL_PLANE_AF_POINTS_USED, NO_YES
from .functions import in_order_range

HDR_IMAGE_TYPE = {
    3: "HDR Image",
    4: "Original Image",
}

RUN_TIME_FLAGS = {
    0: "Valid",
    1: "Has been rounded",
    2: "Positive infinity",
    3: "Negative infinity",
    4: "Indefinite",
}

TABLES: dict[str, Table] = {
    "Apple": Table(
        rows={
            "AFStable": lookup(NO_YES),
            "FocusDistanceRange": in_order_range("%.2f - %.2f m"),
            "ImageProcessingFlags": flags(FOCAL_PLANE_AF_POINTS_USED),
            "SceneFlags": flags(FOCAL_PLANE_AF_POINTS_USED),
            "HDRImageType": lookup(HDR_IMAGE_TYPE),
            "AEStable": lookup(NO_YES),
            "FrontFacingCamera": lookup(NO_YES),
            "RunTimeFlags": flags(RUN_TIME_FLAGS),
        },
        text=names(
            """
            BurstUUID ImageCaptureReqestID ImageUniqueID MediaGroupUUID QualityHint
            """
        ),
    ),
}
