"""An editor or raw converter named on a file that otherwise looks like a camera original
(SIGNATURES.md R8, with C11-C13 for the editor's marks).

Reads ``IFD0:Make`` and ``IFD0:Model`` (C1), the maker note decoded from ``ExifIFD:MakerNote``
into its brand's group (C2: cameras write one, editors often drop it) and the programs of
``report.software`` whose role is editor or raw converter. One finding (medium) per such program
on a file with all three camera marks; its evidence is those marks and every place naming the
program. Make and Model alone are too weak to call a file a camera's (C1), so without a decoded
maker note the rule stays silent, as it does when no editor is named (absence proves nothing).
"""

from collections.abc import Iterator

from ..metadata.makernotes import MAKER_NOTE_GROUPS
from ..reading import device_name
from ..result import EDITING_ROLES, Evidence, Finding, Severity
from .base import Subject

NAME = "editor_on_camera"


def check(subject: Subject) -> Iterator[Finding]:
    make, model = subject.evidence("IFD0:Make"), subject.evidence("IFD0:Model")
    note = _maker_note(subject)
    if make is None or model is None or note is None:
        return
    camera = device_name(str(make.value).strip(), str(model.value).strip())
    for program in subject.report.software:
        if program.role not in EDITING_ROLES:
            continue
        label = f"{program.name} {program.version}" if program.version else program.name
        places = ", ".join(dict.fromkeys(place.where for place in program.places))
        yield Finding(
            rule=NAME,
            severity=Severity.MEDIUM,
            title=f"Camera file re-saved by {label}",
            detail=(
                f"The file keeps the Make, Model and maker note of a {camera}, as the camera wrote them, "
                f"and {places} name {label} ({program.role.value.replace('_', ' ')})."
            ),
            proves=f"This {camera} file was opened and saved again by {label} after it left the camera.",
            does_not_prove=(
                "That the picture content was altered: re-saving, rotating, re-compressing or adding a caption "
                "write these marks too; nor that the Make, Model or program names are genuine, since any tool "
                "can write them."
            ),
            evidence=(make, model, note, *program.places),
        )


def _maker_note(subject: Subject) -> Evidence | None:
    """The decoded maker note as evidence: its place (0x927C in the Exif IFD) and which brand's
    directory was read from it, or None when no maker note was decoded."""
    for group in MAKER_NOTE_GROUPS:
        tags = subject.report.metadata.get(group)
        if tags:
            return Evidence("ExifIFD:MakerNote", f"{group} maker note, {len(tags)} tags decoded")
    return None
