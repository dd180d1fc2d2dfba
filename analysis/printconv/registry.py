"""Which print table serves which family-1 group.

Groups are looked up by name with any trailing copy number removed (``IFD0``/``IFD1`` → ``IFD``,
``IPTC2`` → ``IPTC``, ``ICC-header2`` → ``ICC-header``). A maker-note family is added by mapping
its group names (``"Canon"``, ``"NikonCustom"``...) to its table here.
"""

import re

from . import exif, file, gps, icc, iptc, jfif, photoshop, png, trailers, xmp
from .makernotes import (
    apple,
    canon,
    casio,
    flir,
    fujifilm,
    ge,
    infiray,
    jvc,
    kodak,
    kodak_meta,
    minolta,
    nikon,
    nikon_capture,
    nikon_scan,
    olympus,
    panasonic,
    pentax,
    phaseone,
    reconyx,
    ricoh,
    samsung,
    sanyo,
    sigma,
    sony,
)
from .table import Table

GROUPS: dict[str, Table] = {
    "IFD": exif.TABLE,
    "SubIFD": exif.TABLE,
    "ExifIFD": exif.TABLE,
    "InteropIFD": exif.TABLE,
    "GlobParamIFD": exif.TABLE,
    "PreviewIFD": exif.TABLE,  # Nikon's preview IFD: EXIF tags, printed as EXIF prints them
    # BigTIFF names its sub-IFDs after their pointer tags and reads them all with the EXIF table.
    **dict.fromkeys(("ExifOffset", "GPSInfo", "InteropOffset", "GlobalParametersIFD", "KodakIFD"), exif.TABLE),
    "GPS": gps.TABLE,
    "IPTC": iptc.TABLE,
    "JFIF": jfif.TABLE,
    "Photoshop": photoshop.TABLE,
    "File": file.TABLE,
    **icc.TABLES,
    **png.TABLES,
    **trailers.TABLES,
    **{f"XMP-{namespace}": table for namespace, table in xmp.TABLES.items()},
    **canon.TABLES,
    **nikon.TABLES,
    **apple.TABLES,
    **sony.TABLES,
    **fujifilm.TABLES,
    **olympus.TABLES,
    **panasonic.TABLES,
    **pentax.TABLES,
    **samsung.TABLES,
    **casio.TABLES,
    **ge.TABLES,
    **jvc.TABLES,
    **kodak.TABLES,
    **kodak_meta.TABLES,
    **minolta.TABLES,
    **reconyx.TABLES,
    **ricoh.TABLES,
    **sanyo.TABLES,
    **sigma.TABLES,
    **nikon_capture.TABLES,
    **nikon_scan.TABLES,
    **flir.TABLES,
    **infiray.TABLES,
    **phaseone.TABLES,
}

_COPY_NUMBER = re.compile(r"\d+$")


def table_for(group: str) -> Table | None:
    """The table for ``group``, or None when its values are printed as they are."""
    return GROUPS.get(group) or GROUPS.get(_COPY_NUMBER.sub("", group))
