"""The state shared by the format walkers and block readers while one file is read.

Format modules (``analysis/formats``) find blocks in their container and hand each to
:meth:`ReadContext.read`, which dispatches on ``Block.kind`` to the reader registered in
:data:`analysis.metadata.READERS`. Readers store tags with :meth:`ReadContext.add`, report
damage with :meth:`ReadContext.warn` and may pass nested blocks back to :meth:`ReadContext.read`
(an IPTC block inside a Photoshop IRB, EXIF inside a PNG text chunk).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import AnalysisError
from ..limits import MAX_DEPTH, MAX_TAGS_PER_GROUP, MAX_WARNINGS_PER_BLOCK
from ..result import ReadWarning


@dataclass(frozen=True)
class Block:
    """A metadata block found in a container.

    ``kind`` selects the reader (``"EXIF"``, ``"XMP"``, ``"IPTC"``, ``"ICC"``, …); ``path`` is
    where it was found, in ExifTool family-5 style (``"JPEG-APP1"``); ``offset`` is the absolute
    file offset of ``data`` (0 when the block was decompressed or reassembled).
    """

    kind: str
    data: bytes
    path: str
    offset: int = 0


class ReadContext:
    """Collects ``metadata`` (``{group: {tag: value}}``), ``warnings`` and extra report
    ``sections`` (such as ``"jpeg"``) for one file."""

    def __init__(self, data: bytes, readers: dict[str, Callable[["Block", "ReadContext"], None]], strict: bool = False):
        self.data = data
        self.metadata: dict[str, dict[str, Any]] = {}
        self.warnings: list[ReadWarning] = []
        self.sections: dict[str, Any] = {}
        self._readers = readers
        self._strict = strict
        self._depth = 0
        self._warned: dict[str, int] = {}
        self._counts: dict[str, int] = {}

    def add(self, group: str, tags: dict[str, Any]) -> None:
        """Store tags under an ExifTool family-1 group; the first value of a tag is kept, as
        ExifTool keeps the first of duplicate tags in one group."""
        target = self.metadata.setdefault(group, {})
        for name, value in tags.items():
            if name not in target and len(target) >= MAX_TAGS_PER_GROUP:
                self.warn(group, f"more than {MAX_TAGS_PER_GROUP} tags, the rest not kept")
                return
            target.setdefault(name, value)

    def add_latest(self, group: str, tags: dict[str, Any]) -> None:
        """Store tags that replace an earlier value of the same tag in ``group``: ExifTool lets a
        later tag of normal priority override an earlier one (ExifTool.pm FoundTag), which
        matters where a file holds the same block twice (two XMP packets)."""
        target = self.metadata.setdefault(group, {})
        for name, value in tags.items():
            if name not in target and len(target) >= MAX_TAGS_PER_GROUP:
                self.warn(group, f"more than {MAX_TAGS_PER_GROUP} tags, the rest not kept")
                return
            target[name] = value

    def count(self, name: str, amount: int = 1) -> int:
        """Add ``amount`` to the file's tally of ``name`` and return the tally, this one included.

        Readers number the family-1 groups of repeated blocks with it (ExifTool's DIR_COUNT:
        ``IPTC2``, ``ICC_Profile2``) and keep per-file budgets against the limits with it."""
        self._counts[name] = self._counts.get(name, 0) + amount
        return self._counts[name]

    def warn(self, group: str, message: str) -> None:
        """Record damage once per message, at most MAX_WARNINGS_PER_BLOCK per group."""
        count = self._warned.get(group, 0)
        if count >= MAX_WARNINGS_PER_BLOCK:
            return
        if any(w.group == group and w.message == message for w in self.warnings):
            return
        self._warned[group] = count + 1
        self.warnings.append(ReadWarning(group, message))

    def read(self, block: Block) -> None:
        """Dispatch ``block`` to its reader. A reader's failure becomes a warning (re-raised
        in strict mode); unknown kinds are ignored; nesting is capped at MAX_DEPTH."""
        reader = self._readers.get(block.kind)
        if reader is None:
            return
        if self._depth >= MAX_DEPTH:
            self.warn(block.kind, f"{block.path}: nested too deeply, not read")
            return
        self._depth += 1
        try:
            reader(block, self)
        except AnalysisError as exc:
            if self._strict:
                raise
            self.warn(block.kind, f"{block.path}: {exc}")
        except Exception as exc:  # a reader bug must not cost the rest of the report
            if self._strict:
                raise
            self.warn(block.kind, f"{block.path}: could not be read ({type(exc).__name__}: {exc})")
        finally:
            self._depth -= 1
