"""Every Composite row, in the order they are computed: a row comes after the rows whose tags it
reads (``Megapixels`` after ``ImageSize``, ``GPSPosition`` after the signed ``GPSLatitude``), otherwise
in the order declared. Ordered once, at import."""

from . import dates, exif, gps, lens, makers
from .table import Composite

DECLARED: list[Composite] = [*exif.ROWS, *gps.ROWS, *dates.ROWS, *lens.ROWS, *makers.ROWS]


def _ordered(rows: list[Composite]) -> list[Composite]:
    """``rows`` with each after the rows named (bare or as ``Composite:``) by its sources and
    inhibitors; stable otherwise. Raises ValueError on a cycle."""

    def needs(row: Composite) -> set[int]:
        wanted = set()
        for name in (*row.sources.values(), *row.inhibit):
            group, _, tag = name.rpartition(":")
            if group in ("", "Composite"):
                wanted |= {i for i, other in enumerate(rows) if other.name == tag and other is not row}
        return wanted

    pending = {i: needs(row) for i, row in enumerate(rows)}
    ordered: list[Composite] = []
    while pending:
        ready = next((i for i, wanted in pending.items() if not wanted & pending.keys()), None)
        if ready is None:
            raise ValueError(f"Composite rows depend on each other: {sorted(rows[i].name for i in pending)}")
        ordered.append(rows[ready])
        del pending[ready]
    return ordered


ROWS: list[Composite] = _ordered(DECLARED)
