"""The case page's time range (``?from=&to=``): which images' capture times fall inside it.

A bound is an ISO 8601 date or date-time (``2008-10-22``, ``2008-10-22T16:00``, with seconds, and
optionally ``Z`` or ``+02:00``). A bound without a zone is read against the camera's wall clock
(``DateTimeOriginal`` as recorded); a bound with a zone is an instant, compared with the capture
time in UTC, which needs the image's offset, recorded or inferred from GPS time
(:mod:`cases.timezones`): an image whose zone is unknown cannot be placed and is left out. A date
alone as ``to`` takes in that whole day. Images without a capture time are left out while a range
is set. An unreadable bound is ignored and named in :attr:`TimeRange.errors`.
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from .overview import Overview
from .timezones import zoned_capture

PARAMETERS = ("from", "to")


@dataclass(frozen=True)
class TimeRange:
    """``start <= capture time < end``; either side None is open. Aware bounds are instants,
    naive bounds wall-clock times (see the module docstring)."""

    start: datetime | None = None
    end: datetime | None = None
    raw: dict[str, str] = field(default_factory=dict)
    errors: tuple[str, ...] = ()

    @classmethod
    def from_query(cls, query: Any) -> "TimeRange":
        """The range a request's GET parameters (``from``, ``to``) ask for; never raises."""
        bounds: dict[str, datetime | None] = {}
        raw, errors = {}, []
        for name in PARAMETERS:
            text = (query.get(name) or "").strip()
            bounds[name] = None
            if not text:
                continue
            raw[name] = text
            try:
                bounds[name] = parse_bound(text, end=name == "to")
            except ValueError:
                errors.append(f"'{text[:40]}' is not a date or date-time (YYYY-MM-DD or YYYY-MM-DDTHH:MM); ignored.")
        return cls(bounds["from"], bounds["to"], raw, tuple(errors))

    @property
    def active(self) -> bool:
        return self.start is not None or self.end is not None

    @property
    def query(self) -> str:
        """The range as a query string (``from=...&to=...``), empty when none is set: for links
        that should keep it, such as the map exports."""
        return urlencode(self.raw)

    def contains(self, report: dict[str, Any] | None) -> bool:
        """True when the range is open, or the report's capture time falls inside it."""
        if not self.active:
            return True
        zoned = zoned_capture(report)
        if zoned is None:
            return False
        return all(
            _compare(bound, zoned.time.local, zoned.utc, after=after)
            for bound, after in ((self.start, True), (self.end, False))
            if bound is not None
        )

    def apply(self, overview: Overview) -> Overview:
        """The images of ``overview`` captured inside the range (all of them when it is open)."""
        if not self.active:
            return overview
        return Overview([facts for facts in overview.images if self.contains(facts.report)])


def parse_bound(text: str, *, end: bool = False) -> datetime:
    """``text`` as a datetime (aware when it carries a zone). A date alone is its midnight, or,
    as an ``end``, the next midnight (the range's end is exclusive). Raises ValueError."""
    if len(text) == len("YYYY-MM-DD"):
        day = date.fromisoformat(text)
        return datetime.combine(day + timedelta(days=1) if end else day, datetime.min.time())
    return datetime.fromisoformat(text)


def _compare(bound: datetime, local: datetime, utc: datetime | None, *, after: bool) -> bool:
    """``local`` (or ``utc``, for an aware bound) is at or after ``bound`` (``after``), or before it."""
    if bound.tzinfo is None:
        moment = local
    elif utc is None:
        return False  # an instant cannot be compared with a time whose zone is unknown
    else:
        moment, bound = utc, bound.astimezone(UTC).replace(tzinfo=None)
    return moment >= bound if after else moment < bound
