"""Every Composite row, in the order they are computed: a row comes after the rows whose tags it
reads (``Megapixels`` after ``ImageSize``, ``GPSPosition`` after the signed ``GPSLatitude``), otherwise
in the order declared. Ordered once, at import."""

from dataclasses import dataclass

from . import dates, exif, gps, lens, makers
from .table import Composite

DECLARED: list[Composite] = [*exif.ROWS, *gps.ROWS, *dates.ROWS, *lens.ROWS, *makers.ROWS]


def _ordered(rows: list[Composite]) -> list[Composite]:
    """``rows`` with each after the rows named (bare or as ``Composite:``) by its sources and
    inhibitors, except that a row inhibited by its own name waits only for the rows of that name
    declared before it (the alternatives ExifTool tries first); stable otherwise. Raises
    ValueError on a cycle."""

    def needs(index: int, row: Composite) -> set[int]:
        wanted = set()
        for name in (*row.sources.values(), *row.inhibit):
            group, _, tag = name.rpartition(":")
            if group in ("", "Composite"):
                before = index if tag == row.name else len(rows)
                wanted |= {i for i, other in enumerate(rows[:before]) if other.name == tag and other is not row}
        return wanted

    pending = {i: needs(i, row) for i, row in enumerate(rows)}
    ordered: list[Composite] = []
    while pending:
        ready = next((i for i, wanted in pending.items() if not wanted & pending.keys()), None)
        if ready is None:
            raise ValueError(f"Composite rows depend on each other: {sorted(rows[i].name for i in pending)}")
        ordered.append(rows[ready])
        del pending[ready]
    return ordered


ROWS: list[Composite] = _ordered(DECLARED)


def bare(name: str) -> str:
    """A source name without its group (``"GPS:GPSLatitude"`` → ``"GPSLatitude"``)."""
    return name.rpartition(":")[2]


# Every tag name a row reads or is inhibited by: the only tags worth indexing in a report.
WANTED: frozenset[str] = frozenset(bare(name) for row in ROWS for name in (*row.sources.values(), *row.inhibit))


@dataclass(frozen=True)
class Plan:
    """A row with its source names split once: ``required`` the bare names that must all exist,
    ``sources`` (index, name, bare name) of every source, ``size`` the length of its value arrays."""

    row: Composite
    required: tuple[str, ...]
    sources: tuple[tuple[int, str, str], ...]
    size: int


PLANS: list[Plan] = [
    Plan(
        row,
        tuple(bare(name) for name in row.require.values()),
        tuple((i, name, bare(name)) for i, name in row.sources.items()),
        max(row.sources) + 1,
    )
    for row in ROWS
]
