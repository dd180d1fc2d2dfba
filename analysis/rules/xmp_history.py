"""XMP identity chain and edit history (SIGNATURES.md R13, C12; XMP Specification Part 2, xmpMM).

Reads ``XMP-xmpMM:DocumentID``, ``InstanceID``, ``OriginalDocumentID``, the ``DerivedFrom``
reference (``DerivedFromDocumentID``, ``DerivedFromInstanceID``,
``DerivedFromOriginalDocumentID``) and the ``History`` event list, which ExifTool flattens into
one list per field (``HistoryAction``, ``HistoryWhen``, ``HistorySoftwareAgent``,
``HistoryChanged``, ``HistoryParameters``, ``HistoryInstanceID``). A field written for only some
events gives a shorter list that can no longer be matched to its events; such fields are
reported whole, not assigned to steps.

Findings are information: they prove that an XMP-aware program (Adobe, GIMP, Lightroom...)
saved the file and what it recorded about its own steps and the parent document. They do not
prove that the history is complete or true (any tool may drop or write these fields), nor that
the image content was changed: a "saved" step may be a metadata-only save.
"""

from collections.abc import Iterable
from typing import Any

from ..result import Evidence, Finding, Severity
from .base import Subject, present

NAME = "xmp_history"

GROUP = "XMP-xmpMM"
IDS = ("DocumentID", "OriginalDocumentID", "InstanceID")
DERIVED = ("DerivedFromDocumentID", "DerivedFromInstanceID", "DerivedFromOriginalDocumentID")
# History fields and how each reads in a step's sentence.
STEP_FIELDS = [("SoftwareAgent", "by {}"), ("When", "at {}"), ("Changed", "changed {}"), ("Parameters", "({})")]
# ID prefixes that name the program family that minted the ID (ExifTool t/*.out samples).
ID_PREFIXES = [
    ("adobe:docid:photoshop:", "Adobe Photoshop"),
    ("adobe:docid:imageready:", "Adobe ImageReady"),
    ("adobe:docid:indd:", "Adobe InDesign"),
    ("gimp:docid:gimp:", "GIMP"),
    ("xmp.did:", "a program using Adobe's XMP toolkit (Adobe CS4 or later, or its SDK)"),
    ("xmp.iid:", "a program using Adobe's XMP toolkit (Adobe CS4 or later, or its SDK)"),
]


def check(subject: Subject) -> Iterable[Finding]:
    yield from _derived(subject)
    yield from _history(subject)
    yield from _id_tools(subject)


def _place(field: str) -> str:
    return f"{GROUP}:{field}"


def _derived(subject: Subject) -> Iterable[Finding]:
    document, original = subject.evidence(_place("DocumentID")), subject.evidence(_place("OriginalDocumentID"))
    parents = list(present(*(subject.evidence(_place(field)) for field in DERIVED)))
    differs = document is not None and original is not None and original.value != document.value
    if not parents and not differs:
        return
    yield Finding(
        rule=NAME,
        severity=Severity.INFO,
        title="Derived from another document",
        detail=("OriginalDocumentID differs from DocumentID; " if differs else "")
        + ("the XMP names the parent it was saved from (DerivedFrom)." if parents else "it was saved as a new file."),
        proves="An XMP-aware program saved this file as a new document made from another one "
        '("Save As", export or conversion), and recorded the parent\'s IDs.',
        does_not_prove="What was changed, or that the parent still exists; IDs can be copied or written by hand.",
        evidence=[*present(document, original), *parents],
    )


def _history(subject: Subject) -> Iterable[Finding]:
    actions = _as_list(subject.tag(_place("HistoryAction")))
    if not actions:
        return
    fields = {name: _as_list(subject.tag(_place(f"History{name}"))) for name, _ in STEP_FIELDS}
    aligned = {name: values for name, values in fields.items() if len(values) == len(actions)}
    steps = []
    for index, action in enumerate(actions):
        words = [str(action)] + [
            template.format(aligned[name][index]) for name, template in STEP_FIELDS if name in aligned
        ]
        steps.append(Evidence(f"{GROUP}:History step {index + 1}", " ".join(words)))
    loose = [
        Evidence(_place(f"History{name}"), subject.tag(_place(f"History{name}")))
        for name, values in fields.items()
        if values and name not in aligned
    ]
    agents = sorted({str(agent) for agent in fields["SoftwareAgent"]})
    yield Finding(
        rule=NAME,
        severity=Severity.INFO,
        title=f"XMP edit history: {len(actions)} step(s)",
        detail="Recorded steps: "
        + ", ".join(str(a) for a in actions)
        + "."
        + (f" Programs named: {', '.join(agents)}." if agents else ""),
        proves="The programs named in the history saved or converted this file (or its ancestors) at the times "
        "given, as they recorded it themselves.",
        does_not_prove="That the history is complete (steps by programs that do not write XMP are missing) or "
        "what exactly was changed; 'changed /' means the program may have changed anything.",
        evidence=steps + loose,
    )


def _id_tools(subject: Subject) -> Iterable[Finding]:
    named = []
    for field in IDS + DERIVED:
        found = subject.evidence(_place(field))
        tool = _tool(found.value) if found else None
        if tool:
            named.append((found, tool))
    if not named:
        return
    tools = sorted({tool for _, tool in named})
    yield Finding(
        rule=NAME,
        severity=Severity.INFO,
        title="Document IDs name the program that minted them",
        detail="ID prefixes point to " + "; ".join(tools) + ".",
        proves="The IDs were created by these program families when a document in this file's history was "
        "created or saved.",
        does_not_prove="Which program saved this very file last, nor what it changed; a prefix only says who "
        "minted the ID.",
        evidence=[found for found, _ in named],
    )


def _tool(value: Any) -> str | None:
    text = str(value).lower()
    return next((tool for prefix, tool in ID_PREFIXES if text.startswith(prefix)), None)


def _as_list(value: Any) -> list:
    if value is None or value == "":
        return []
    return list(value) if isinstance(value, list) else [value]
