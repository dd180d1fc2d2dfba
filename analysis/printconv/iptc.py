"""Printed values of ExifTool's IPTC tables (lib/Image/ExifTool/IPTC.pm, 12.57: EnvelopeRecord and
ApplicationRecord): groups IPTC, IPTC2... Dates and times print as read (ExifTool converts them
only with its ``-d`` option)."""

import re
from typing import Any

from .convert import lookup
from .table import Table, names

PRIORITY = {
    0: "0 (reserved)",
    1: "1 (most urgent)",
    2: 2,
    3: 3,
    4: 4,
    5: "5 (normal urgency)",
    6: 6,
    7: 7,
    8: "8 (least urgent)",
    9: "9 (user-defined priority)",
}

FILE_FORMAT = {
    0: "No ObjectData",
    1: "IPTC-NAA Digital Newsphoto Parameter Record",
    2: "IPTC7901 Recommended Message Format",
    3: "Tagged Image File Format (Adobe/Aldus Image data)",
    4: "Illustrator (Adobe Graphics data)",
    5: "AppleSingle (Apple Computer Inc)",
    6: "NAA 89-3 (ANPA 1312)",
    7: "MacBinary II",
    8: "IPTC Unstructured Character Oriented File Format (UCOFF)",
    9: "United Press International ANPA 1312 variant",
    10: "United Press International Down-Load Message",
    11: "JPEG File Interchange (JFIF)",
    12: "Photo-CD Image-Pac (Eastman Kodak)",
    13: "Bit Mapped Graphics File [.BMP] (Microsoft)",
    14: "Digital Audio File [.WAV] (Microsoft & Creative Labs)",
    15: "Audio plus Moving Video [.AVI] (Microsoft)",
    16: "PC DOS/Windows Executable Files [.COM][.EXE]",
    17: "Compressed Binary File [.ZIP] (PKWare Inc)",
    18: "Audio Interchange File Format AIFF (Apple Computer Inc)",
    19: "RIFF Wave (Microsoft Corporation)",
    20: "Freehand (Macromedia/Aldus)",
    21: "Hypertext Markup Language [.HTML] (The Internet Society)",
    22: "MPEG 2 Audio Layer 2 (Musicom), ISO/IEC",
    23: "MPEG 2 Audio Layer 3, ISO/IEC",
    24: "Portable Document File [.PDF] Adobe",
    25: "News Industry Text Format (NITF)",
    26: "Tape Archive [.TAR]",
    27: "Tidningarnas Telegrambyra NITF version (TTNITF DTD)",
    28: "Ritzaus Bureau NITF version (RBNITF DTD)",
    29: "Corel Draw [.CDR]",
}

ACTION_ADVISED = {
    "": "",
    "01": "Object Kill",
    "02": "Object Replace",
    "03": "Object Append",
    "04": "Object Reference",
}

AUDIO_TYPE = {
    "0T": "Text Only",
    "1A": "Mono Actuality",
    "1C": "Mono Question and Answer Session",
    "1M": "Mono Music",
    "1Q": "Mono Response to a Question",
    "1R": "Mono Raw Sound",
    "1S": "Mono Scener",
    "1V": "Mono Voicer",
    "1W": "Mono Wrap",
    "2A": "Stereo Actuality",
    "2C": "Stereo Question and Answer Session",
    "2M": "Stereo Music",
    "2Q": "Stereo Response to a Question",
    "2R": "Stereo Raw Sound",
    "2S": "Stereo Scener",
    "2V": "Stereo Voicer",
    "2W": "Stereo Wrap",
}

EDITORIAL_UPDATE = {
    "01": "Additional language",
}

IMAGE_ORIENTATION = {
    "L": "Landscape",
    "P": "Portrait",
    "S": "Square",
}

OBJECT_CYCLE = {
    "a": "Morning",
    "b": "Both Morning and Evening",
    "p": "Evening",
}


def coded_character_set(value: Any) -> Any:
    """CodedCharacterSet: ``ESC % G`` is ``"UTF8"``; another ISO 2022 escape is spelled out with
    its escapes as ``ESC`` (IPTC.pm PrintCodedCharset)."""
    if value == "\x1b%G":
        return "UTF8"
    spaced = re.sub(r"(.)", r" \1", str(value), flags=re.S).replace(" \x1b", ", ESC")
    return re.sub(r"^,? ", "", spaced)


def preferences(value: Any) -> Any:
    """Photo Mechanic's Prefs ``"0:0:0:-00001"`` as ``"Tagged:0, ColorClass:0, Rating:0,
    FrameNum:-00001"`` (IPTC.pm)."""
    return _PREFS.sub(r"Tagged:\1, ColorClass:\2, Rating:\3, FrameNum:\4", str(value), count=1)


_PREFS = re.compile(r"\s*(\d+):\s*(\d+):\s*(\d+):\s*(\S*)")

# Datasets of string format: a number-like value is printed as the text it is.
TEXT = names("""
    AudioOutcue AudioType By-line By-lineTitle Caption-Abstract CatalogSets Category City ClassifyState
    CodedCharacterSet Contact ContentLocationCode ContentLocationName CopyrightNotice
    Country-PrimaryLocationCode Country-PrimaryLocationName Credit Destination DigitalCreationTime
    DocumentHistory DocumentNotes EditStatus ExifCameraInfo ExpirationTime FixtureIdentifier Headline
    ImageOrientation ImageType JobID Keywords LanguageIdentifier LocalCaption MasterDocumentID
    ObjectAttributeReference ObjectCycle ObjectName ObjectTypeReference OriginalTransmissionReference
    OriginatingProgram OwnerID Prefs ProductID ProgramVersion Province-State ReferenceService ReleaseTime
    ServiceIdentifier ShortDocumentID SimilarityIndex Source SpecialInstructions Sub-location SubjectReference
    SupplementalCategories TimeCreated TimeSent UniqueDocumentID UniqueObjectName Writer-Editor
    """)

TABLE = Table(
    {
        "ActionAdvised": lookup(ACTION_ADVISED),
        "AudioType": lookup(AUDIO_TYPE),
        "CodedCharacterSet": coded_character_set,
        "EditorialUpdate": lookup(EDITORIAL_UPDATE),
        "EnvelopePriority": lookup(PRIORITY),
        "FileFormat": lookup(FILE_FORMAT),
        "ImageOrientation": lookup(IMAGE_ORIENTATION),
        "ObjectCycle": lookup(OBJECT_CYCLE),
        "ObjectPreviewFileFormat": lookup(FILE_FORMAT),
        "Prefs": preferences,
        "Urgency": lookup(PRIORITY),
    },
    text=TEXT,
    items=True,
)
