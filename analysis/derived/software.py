"""Every program that touched the file, from the places that name one (SIGNATURES.md §3-§5).

Each place found gives one :class:`~analysis.result.Evidence` (the ExifTool ``Group:Tag`` or the
manifest part, and the raw value); places naming the same program merge into one
:class:`~analysis.result.Software`. Names are recognised by :mod:`.software_table`; a field that
exists to name a program (Software, CreatorTool, a history step, a claim generator…) is kept
verbatim with role ``other`` when no row knows it, while free text (comments, ICC descriptions)
names a program only when a row matches it whole.
"""

from enum import Enum
from typing import Any

from ..result import Evidence, Report, Software, SoftwareRole
from .software_table import Device, Identity, identify


class Kind(Enum):
    """What a field holds: a program's name, a name that may be the device's own firmware or
    OS version, or free text that names a program only when a table row matches it whole."""

    NAME = "name"
    DEVICE = "device"
    TEXT = "text"


# Fields read as they are, in the order programs are listed; an entry's version is the first one
# found in this order, so the fields a program rewrites on every save come before CreatorTool (the
# first tool that made the document, XMP Part 2 xmp:CreatorTool). Sources: C11 (Software,
# CreatorTool), C5 (firmware), C13/E1 (IRB 0x0421 VersionInfo), E5-E8 (XMP toolkit), E6/E17
# (comments), IPTC IIM 2:65 OriginatingProgram.
FIELDS: tuple[tuple[str, str, Kind], ...] = (
    ("IFD0", "Software", Kind.DEVICE),
    ("IFD0", "ProcessingSoftware", Kind.NAME),
    ("XMP-tiff", "Software", Kind.DEVICE),
    ("XMP-exif", "Software", Kind.DEVICE),
    ("PNG", "Software", Kind.NAME),
    ("Photoshop", "WriterName", Kind.NAME),
    ("Photoshop", "ReaderName", Kind.NAME),
    ("IPTC", "OriginatingProgram", Kind.NAME),
    ("XMP-xmp", "CreatorTool", Kind.DEVICE),  # iPhones copy their iOS version here
    ("File", "Comment", Kind.TEXT),  # JPEG COM and GIF comment extensions
    ("PNG", "Comment", Kind.TEXT),
    ("ICC_Profile", "ProfileDescription", Kind.TEXT),
    ("ICC-header", "ProfileCreator", Kind.TEXT),  # a 4-character signature; only "lcms" names a program
    ("XMP-x", "XMPToolkit", Kind.NAME),
)

# Blocks whose presence names the program that writes them: (group, tag, program, role, whether
# the tag's value is the program's version); tag None: any tag of the group. E2 Photoshop "Save
# for Web" APP12 Ducky, E12 GraphicConverter APP15, E4 Camera Raw settings (crs:Version is the
# Camera Raw version); the trailers Camera Bits Photo Mechanic and FotoWare FotoStation append
# (PhotoMechanic.pm, FotoStation.pm): metadata and soft edits, the pixels untouched, so "other".
MARKERS: tuple[tuple[str, str | None, str, SoftwareRole, bool], ...] = (
    ("Ducky", "Quality", "Adobe Photoshop", SoftwareRole.EDITOR, False),
    ("GraphConv", "Quality", "GraphicConverter", SoftwareRole.EDITOR, False),
    ("XMP-crs", "Version", "Adobe Camera Raw", SoftwareRole.RAW_CONVERTER, True),
    ("PhotoMechanic", None, "Photo Mechanic", SoftwareRole.OTHER, False),
    ("FotoStation", None, "FotoStation", SoftwareRole.OTHER, False),
)

# Places that only back up a program named elsewhere: Photoshop's JPEG save options (IRB 0x0406,
# C13/E1) are listed with Photoshop when something else names Photoshop.
CORROBORATING: tuple[tuple[str, str, str], ...] = (
    ("Adobe Photoshop", "Photoshop", "PhotoshopQuality"),
    ("Adobe Photoshop", "Photoshop", "PhotoshopFormat"),
)

HISTORY = "XMP-xmpMM"
C2PA_PLACE = "C2PA active manifest"


def find_software(report: Report) -> list[Software]:
    """The programs named in ``report``'s metadata and ``c2pa`` section, one entry per program
    in the order first named, each with every place that names it. Never raises on odd values."""
    device = Device(_clean(report.tag("IFD0", "Make")) or "", _clean(report.tag("IFD0", "Model")) or "")
    named = [*_fields(report, device), *_history(report), *_c2pa(report), *_markers(report)]
    programs: dict[str, Software] = {}
    for identity, place in named:
        program = programs.setdefault(identity.name, Software(identity.name, None, identity.role))
        program.version = program.version or identity.version
        program.places.append(place)
    for name, group, tag in CORROBORATING:
        if name in programs and (found := _find(report, group, tag)):
            programs[name].places.append(Evidence(*found))
    return list(programs.values())


def _fields(report: Report, device: Device) -> list[tuple[Identity, Evidence]]:
    found = []
    for group, tag, kind in FIELDS:
        place = _find(report, group, tag)
        text = _clean(place[1]) if place else None
        if not text:
            continue
        identity = identify(text, device if kind is Kind.DEVICE else None)
        if identity or kind is not Kind.TEXT:
            found.append((identity or Identity(text, None, SoftwareRole.OTHER), Evidence(*place)))
    return found


def _history(report: Report) -> list[tuple[Identity, Evidence]]:
    """One place per ``XMP-xmpMM:History`` step naming a program (R13), as "saved by <agent> at <when>".

    ExifTool flattens the History structure into one list per field and a step without a field is
    left out of that field's list, so actions and times are paired with agents only when their
    lists are as long as the agents' list.
    """
    agents, actions, whens = (
        _items(report.tag(HISTORY, f"History{field}")) for field in ("SoftwareAgent", "Action", "When")
    )
    actions = actions if len(actions) == len(agents) else [None] * len(agents)
    whens = whens if len(whens) == len(agents) else [None] * len(agents)
    found = []
    for index, (agent, action, when) in enumerate(zip(agents, actions, whens, strict=True), 1):
        text = _clean(agent)
        if not text:
            continue
        value = " ".join(filter(None, [f"{action} by" if action else None, text, f"at {when}" if when else None]))
        place = Evidence(f"{HISTORY}:HistorySoftwareAgent, item {index} of {len(agents)}", value)
        found.append((identify(text, None) or Identity(text, None, SoftwareRole.OTHER), place))
    return found


def _c2pa(report: Report) -> list[tuple[Identity, Evidence]]:
    """The active manifest's claim generator and the software agents of its actions (A6).

    A v1 ``claim_generator`` is a list of User-Agent style product tokens ("Adobe_Photoshop/26.9.0
    adobe_c2pa/0.14.2 c2pa-rs/0.43.0"): the first names the generator, the rest the libraries it
    used; "_" stands for a space. Of ``claim_generator_info`` the first entry is the generator.
    """
    section = report.sections.get("c2pa")
    manifest = section.get("active_manifest") if isinstance(section, dict) else None
    if not isinstance(manifest, dict):
        return []
    found = []
    generator = manifest.get("claim_generator")
    if isinstance(generator, str) and generator.split():
        name, _, version = generator.split()[0].partition("/")
        found.append((_product(name, version), Evidence(f"{C2PA_PLACE} claim_generator", generator)))
    info = manifest.get("claim_generator_info")
    if isinstance(info, list) and info and isinstance(info[0], dict) and isinstance(info[0].get("name"), str):
        version = info[0].get("version")
        found.append(
            (
                _product(info[0]["name"], version if isinstance(version, str) else ""),
                Evidence(f"{C2PA_PLACE} claim_generator_info[0]", info[0]),
            )
        )
    for action in manifest.get("actions") or []:
        agent = action.get("softwareAgent") if isinstance(action, dict) else None
        name, version = (agent.get("name"), agent.get("version")) if isinstance(agent, dict) else (agent, "")
        if isinstance(name, str) and name.strip():
            where = f"{C2PA_PLACE}, action {action.get('action')} softwareAgent"
            found.append((_product(name, version if isinstance(version, str) else ""), Evidence(where, agent)))
    return found


def _markers(report: Report) -> list[tuple[Identity, Evidence]]:
    found = []
    for group, tag, name, role, versioned in MARKERS:
        name_of_tag = tag if tag is not None else next(iter(report.metadata.get(group) or ()), None)
        place = _find(report, group, name_of_tag) if name_of_tag else None
        if place and place[1] not in (None, ""):
            version = _clean(str(place[1])) if versioned else None
            found.append((Identity(name, version, role), Evidence(*place)))
    return found


def _product(name: str, version: str) -> Identity:
    """A C2PA product name and version through the table; unknown ones as written."""
    text = " ".join(filter(None, [_clean(name.replace("_", " ")), _clean(version)]))
    return identify(text, None) or Identity(_clean(name) or name, _clean(version), SoftwareRole.OTHER)


def _find(report: Report, group: str, tag: str) -> tuple[str, Any] | None:
    """``("Group:Tag", value)`` of ``tag`` in ``group``; the tag's case may differ (ExifTool
    names an XMP property as written: Windows Photo Gallery writes ``xmp:Creatortool``)."""
    tags = report.metadata.get(group) or {}
    name = tag if tag in tags else next((key for key in tags if key.lower() == tag.lower()), None)
    return None if name is None else (f"{group}:{name}", tags[name])


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _clean(value: Any) -> str | None:
    """Text with fixed-length padding (NULs) cut and runs of spaces made one; None for non-text."""
    if not isinstance(value, str):
        return None
    return " ".join(value.split("\x00", 1)[0].split()) or None
