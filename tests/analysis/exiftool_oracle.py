"""ExifTool 12.57 reference output for corpus files, for tests comparing whole groups."""

import json
from pathlib import Path


def _reference(shared: Path, corpus_path: Path) -> Path:
    relative = corpus_path.relative_to(shared / "corpus")
    if relative.parts[0] == "exif-samples":
        relative = relative.relative_to("exif-samples")
    return shared / "compat/exiftool" / f"{relative.as_posix()}.json"


def referenced(shared: Path, pattern: str) -> list[Path]:
    """The corpus files matching ``pattern`` that have an ExifTool reference (files added to the
    corpus later, such as ``origin/``, may have none)."""
    return [path for path in sorted((shared / "corpus").rglob(pattern)) if _reference(shared, path).is_file()]


def oracle(shared: Path, corpus_path: Path) -> dict:
    """``{group: {tag: value}}`` of ``exiftool -j -G1 -n`` for a file under ``shared/corpus``;
    "(Binary data N bytes, ...)" is given as our ``{"binary": N}``."""
    reference = json.loads(_reference(shared, corpus_path).read_text())[0]
    groups: dict[str, dict] = {}
    for key, value in reference.items():
        group, tag = key.split(":", 1)
        if isinstance(value, str) and value.startswith("(Binary data "):
            value = {"binary": int(value.split()[2])}
        groups.setdefault(group, {})[tag] = value
    return groups


def without_offsets(metadata: dict) -> dict:
    """Our metadata with binary values cut to ``{"binary": length}``, as ExifTool describes them
    (we add the file offset where it is known)."""
    return {
        group: {tag: {"binary": v["binary"]} if isinstance(v, dict) and "binary" in v else v for tag, v in tags.items()}
        for group, tags in metadata.items()
    }
