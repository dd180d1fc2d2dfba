"""The PDF report of a case (or of one image), drawn server-side with fpdf2 (pure Python, from
PyPI wheels alone: no browser, no system libraries).

Layout, each part starting on a new page, A4 portrait: a cover (case reference, title, examiner,
date, engine version); a summary table of every image; one or more pages per image (thumbnail,
hashes, capture time, GPS point, the reading with its evidence, key metadata); a map of all GPS
points drawn from the coordinates (no tiles); the custody log; the originals with their hashes;
the limitations of the reading. Every page but the cover carries the case reference in its
header, and every page the case reference and "page X of Y" in its footer.

Values from files are hostile: they are written as plain text (fpdf2's markdown stays off), with
control characters shown as ``\\xNN``, characters the PDF's built-in fonts cannot draw as
``\\uNNNN`` escapes, and long values cut with a note of their length.
"""

import io
import json
import math
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fpdf import FPDF
from PIL import Image

from analysis import ENGINE_VERSION

from .facts import gps_point, is_placeholder, key_facts, key_metadata
from .models import AuditEvent
from .overview import ImageFacts
from .templatetags.metadata import as_text
from .templatetags.reading import origin_label, software_role
from .timezones import zoned_capture

# The PDF's built-in fonts hold Windows-1252 (PDF 32000-1 Annex D); other characters are escaped.
ENCODING = "windows-1252"
FONT = "Helvetica"
MARGIN = 15  # mm
THUMB_SUMMARY, THUMB_PAGE = 14, 55  # mm, the longest side of a thumbnail in the summary / on its page
SHORT, LONG = 120, 600  # characters of a value shown in a table cell / in a paragraph
MAP_HEIGHT = 150  # mm
# The smallest span the map shows (about 1 km), so one point or a tight cluster still has a frame.
MIN_SPAN_DEGREES = 0.01
KM_PER_DEGREE = 111.32  # along a meridian, and along the equator (WGS 84, rounded)
SEVERITY_COLOURS = {"high": (170, 0, 0), "medium": (190, 90, 0), "low": (120, 110, 0), "info": (80, 80, 80)}
# Line height and baseline below a line's top, in mm per point of font size (1 pt = 0.3528 mm).
LINE_SPACING, BASELINE = 0.45, 0.3
PADDING = 1  # mm inside a table cell
HEADER_FILL = 230  # grey level of a table's header row

LIMITATIONS = [
    (
        "Absence proves nothing",
        "A marker that is missing (no editing software named, no AI declaration, no Content Credentials) "
        "does not show that the picture was not edited or generated: metadata is dropped by most "
        "platforms, editors and conversions.",
    ),
    (
        "Metadata can be forged",
        "Every value read here is what the file says. Anyone can write any camera, date, GPS position or "
        "software name into a file with free tools; a consistent file is not thereby authentic.",
    ),
    (
        "Origin confidence",
        "The origin label and its confidence (0 to 1) weigh the signals found in the file. Below 0.7 "
        "the label is a hint, not a finding; 'unknown' means no signal pointed anywhere, which is an "
        "honest answer and not a clean bill.",
    ),
    (
        "Times and places",
        "Capture times are the camera's clock, which may be wrong or set to another zone. A time zone "
        "marked 'inferred from GPS time' is the difference between that clock and the GPS fix: it "
        "says which zone the clock kept, not where the picture was taken. A GPS position is where the "
        "device's last fix was, when it recorded one; (0, 0) is a placeholder, not a position.",
    ),
    (
        "No pixel forensics",
        "The reading examines the file's structure and metadata only. It does not analyse the pixels "
        "(no detection of splicing, cloning, retouching or generation from the image content).",
    ),
    (
        "Engine version",
        "Each reading was made by the engine version it names. A later engine may read the same bytes "
        "differently; the originals' hashes below let anyone re-run it on the same evidence.",
    ),
]


@dataclass(frozen=True)
class Picture:
    """A table cell holding a thumbnail (JPEG bytes that Pillow has read)."""

    data: bytes


@dataclass(frozen=True)
class _Table:
    columns: list[float]  # mm
    size: float  # pt
    line: float  # mm


@dataclass(frozen=True)
class ReportInput:
    """What a report shows: the case's ``reference`` and ``title``, what it covers (``subject``:
    "Case report", or "Image report: name"), who asked (``examiner``), when (``generated_at``,
    aware), the ``images`` with their full reports, and the custody ``events`` (oldest first)."""

    reference: str
    title: str
    subject: str
    examiner: str
    generated_at: datetime
    images: list[ImageFacts]
    events: list[AuditEvent]


def pdf_text(value: Any, limit: int = SHORT, *, one_line: bool = False) -> str:
    """``value`` as text the report can draw: control characters as ``\\xNN``, characters outside
    :data:`ENCODING` as ``\\uNNNN``, cut after ``limit`` characters with a note of the length;
    line breaks become spaces when ``one_line``."""
    text = as_text(value, limit)
    if one_line:
        text = " ".join(text.split())
    return text.encode(ENCODING, errors="backslashreplace").decode(ENCODING)


def render(content: ReportInput) -> bytes:
    """The report as PDF bytes (see the module docstring for its layout)."""
    pdf = _ReportPDF(content.reference)
    pdf.set_title(pdf_text(f"{content.subject} — {content.reference}", one_line=True))
    pdf.set_author(pdf_text(content.examiner, one_line=True))
    pdf.set_creator(f"imgmeta engine {ENGINE_VERSION}")
    pdf.set_creation_date(content.generated_at)
    _cover(pdf, content)
    _summary(pdf, content.images)
    for number, facts in enumerate(content.images, 1):
        _image_pages(pdf, number, facts)
    _map(pdf, content.images)
    _custody(pdf, content.events)
    _originals(pdf, content.images)
    _limitations(pdf)
    return bytes(pdf.output())


class _ReportPDF(FPDF):
    def __init__(self, reference: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.core_fonts_encoding = ENCODING
        self.reference = pdf_text(reference, 64, one_line=True)
        # An alias a file's value cannot contain by chance: fpdf2 replaces it everywhere in the text.
        self.alias_nb_pages(f"{{nb-{secrets.token_hex(8)}}}")
        self.set_margins(MARGIN, MARGIN + 5, MARGIN)
        self.set_auto_page_break(True, margin=MARGIN + 5)
        self.previews: dict[int, bytes | None] = {}

    def preview(self, facts: ImageFacts) -> bytes | None:
        """The image's thumbnail bytes, read from storage once per report."""
        if facts.image.pk not in self.previews:
            self.previews[facts.image.pk] = _thumbnail_bytes(facts)
        return self.previews[facts.image.pk]

    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font(FONT, "", 8)
            self.set_text_color(100)
            self.set_y(8)
            self.cell(0, 5, f"Case {self.reference} — imgmeta forensic report", align="R")
            self.set_text_color(0)
            self.set_y(MARGIN + 5)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.set_text_color(100)
        self.cell(0, 5, f"Case {self.reference}", align="L")
        # Left-aligned in a box at the right: fpdf2 measures the page-count alias, not the number.
        self.set_x(self.w - MARGIN - 30)
        self.cell(30, 5, f"Page {self.page_no()} of {self.str_alias_nb_pages}", align="L")
        self.set_text_color(0)

    def heading(self, text: str, size: int = 15) -> None:
        self.paragraph(pdf_text(text, 200, one_line=True), size=size, style="B")
        self.ln(2)

    def paragraph(self, text: str, size: float = 9, style: str = "") -> None:
        """``text`` (already drawable) wrapped to the text width, moving to a new page as needed."""
        self.set_font(FONT, style, size)
        line = size * LINE_SPACING
        for wrapped in self.wrap(text, self.epw):
            if self.y + line > self.page_break_trigger:
                self.add_page()
            self.text(self.l_margin, self.y + size * BASELINE, wrapped)
            self.y += line
        self.set_font(FONT, "", 9)

    def wrap(self, text: str, width: float) -> list[str]:
        """``text`` in lines at most ``width`` mm wide in the current font: broken at spaces and
        line breaks, a word longer than a line cut. Measured with the built-in font's glyph
        widths directly: fpdf2's own line breaking takes seconds for a hundred image pages."""
        lines = []
        space = self.width_of(" ")
        for paragraph in text.split("\n"):
            line, used = "", 0.0
            for word in paragraph.split(" "):
                size = self.width_of(word)
                if line and used + space + size <= width:
                    line, used = f"{line} {word}", used + space + size
                    continue
                if line:
                    lines.append(line)
                while size > width:  # a word longer than the line (a hash, a path): cut it
                    cut = self.fitting(word, width)
                    lines.append(word[:cut])
                    word = word[cut:]
                    size = self.width_of(word)
                line, used = word, size
            lines.append(line)
        return lines

    def width_of(self, text: str) -> float:
        """Width in mm of drawable ``text`` in the current built-in font."""
        widths = self.current_font.cw
        glyphs = text.encode(ENCODING, errors="replace").decode("latin-1")
        return sum(widths[glyph] for glyph in glyphs) * self.font_size_pt * 0.001 / self.k

    def fitting(self, word: str, width: float) -> int:
        """How many leading characters of ``word`` fit in ``width`` mm (at least one)."""
        low, high = 1, len(word)
        while low < high:
            middle = (low + high + 1) // 2
            low, high = (middle, high) if self.width_of(word[:middle]) <= width else (low, middle - 1)
        return low

    def pairs(
        self, rows: Iterable[tuple[str, str]], widths: tuple[float, float] = (1, 3), *, width: float | None = None
    ) -> None:
        """A two-column table of label (bold) and text, both already drawable."""
        self.grid(widths, rows, size=8, bold_first=True, width=width)

    def grid(
        self,
        widths: Sequence[float],
        rows: Iterable[Sequence["str | Picture"]],
        *,
        header: Sequence[str] | None = None,
        size: float = 7,
        bold_first: bool = False,
        min_height: float = 0,
        width: float | None = None,
    ) -> None:
        """A table at the left margin, ``width`` mm wide (the text width by default), its columns
        the given fractions of it; cells are drawable text or a :class:`Picture`. Each row is as
        high as its tallest text (wrapped) and at least ``min_height``; a row that does not fit
        goes to the next page, where the ``header`` is drawn again; a cell taller than a page is
        cut with a note."""
        columns = [(width or self.epw) * part / sum(widths) for part in widths]
        table = _Table(columns, size, size * LINE_SPACING)
        header_styles = ["B"] * len(columns)
        styles = ["B" if bold_first else ""] + [""] * (len(columns) - 1)
        if header:
            self._row(table, header, header_styles, 0, fill=True)
        for row in rows:
            if not self._row(table, row, styles, min_height, dry_run=True):
                self.add_page()
                if header:
                    self._row(table, header, header_styles, 0, fill=True)
            self._row(table, row, styles, min_height)
        self.ln(2)
        self.set_font(FONT, "", 9)

    def _row(
        self,
        table: "_Table",
        row: Sequence["str | Picture"],
        styles: list[str],
        min_height: float,
        *,
        fill: bool = False,
        dry_run: bool = False,
    ) -> bool:
        """Draw one row of ``table`` at the current position and move below it; with ``dry_run``,
        only say whether it fits on this page."""
        most_lines = int((self.page_break_trigger - self.t_margin - 2 * PADDING) / table.line) - 1
        cells: list[list[str] | Picture] = []
        for cell, column, style in zip(row, table.columns, styles, strict=True):
            if isinstance(cell, Picture):
                cells.append(cell)
                continue
            self.set_font(FONT, style, table.size)
            lines = self.wrap(cell, column - 2 * PADDING)
            if len(lines) > most_lines:
                lines = [*lines[: most_lines - 1], f"... ({len(lines) - most_lines + 1} more lines not shown)"]
            cells.append(lines)
        height = max([min_height] + [len(c) * table.line + 2 * PADDING for c in cells if isinstance(c, list)])
        if dry_run:
            return self.y + height <= self.page_break_trigger
        x, top = self.l_margin, self.y
        self.set_fill_color(HEADER_FILL)
        for cell, column, style in zip(cells, table.columns, styles, strict=True):
            self.rect(x, top, column, height, style="DF" if fill else "D")
            if isinstance(cell, Picture):
                side = min(column, height) - 2 * PADDING
                self.image(
                    io.BytesIO(cell.data), x=x + PADDING, y=top + PADDING, w=side, h=side, keep_aspect_ratio=True
                )
            else:
                self.set_font(FONT, style, table.size)
                for number, text in enumerate(cell):
                    self.text(x + PADDING, top + PADDING + number * table.line + table.size * BASELINE, text)
            x += column
        self.y = top + height
        return True

    def thumbnail(self, facts: ImageFacts, x: float, y: float, side: float) -> bool:
        """Draw the image's stored thumbnail in a ``side`` mm square at (x, y); False when it
        has none or it cannot be read."""
        data = self.preview(facts)
        if data is None:
            return False
        try:
            self.image(io.BytesIO(data), x=x, y=y, keep_aspect_ratio=True, w=side, h=side)
        except Exception:  # a thumbnail is a nicety: a damaged one is shown as "no preview"
            return False
        return True


def _cover(pdf: _ReportPDF, content: ReportInput) -> None:
    pdf.add_page()
    pdf.ln(30)
    pdf.paragraph(pdf_text(content.subject, 200, one_line=True), size=24, style="B")
    pdf.ln(6)
    pdf.paragraph(pdf_text(content.title, 200, one_line=True), size=14)
    pdf.ln(10)
    dated = [f.captured for f in content.images if f.captured]
    pdf.pairs(
        [
            ("Case reference", pdf.reference),
            ("Examiner", pdf_text(content.examiner, one_line=True)),
            ("Generated", f"{content.generated_at:%Y-%m-%d %H:%M:%S %Z}"),
            ("Engine version", f"imgmeta engine {ENGINE_VERSION} (this report's generator)"),
            ("Images", str(len(content.images))),
            ("With GPS position", str(sum(1 for f in content.images if f.point))),
            (
                "Capture times",
                f"{min(d.local for d in dated):%Y-%m-%d %H:%M} to {max(d.local for d in dated):%Y-%m-%d %H:%M} "
                "(camera clocks)"
                if dated
                else "none recorded",
            ),
        ]
    )
    pdf.ln(8)
    pdf.paragraph(
        "This report sets out what the automated reading found in the files' structure and metadata, each "
        "finding with the exact place and value it rests on, what it proves and what it does not. Read the "
        "limitations at the end before relying on any of it. The sha256 of every original identifies the "
        "evidence the reading was made on.",
        size=9,
    )


def _summary(pdf: _ReportPDF, images: list[ImageFacts]) -> None:
    pdf.add_page()
    pdf.heading("Summary of the images")
    if not images:
        pdf.paragraph("The case holds no images.")
        return
    rows = (
        [str(number), Picture(data) if (data := pdf.preview(facts)) else "no preview", *_summary_row(facts)]
        for number, facts in enumerate(images, 1)
    )
    pdf.grid(
        (5, 12, 30, 22, 22, 22, 14, 13),
        rows,
        header=("#", "Preview", "File name", "Camera", "Captured", "Origin", "AI", "Highest"),
        min_height=THUMB_SUMMARY + 2 * PADDING,
    )


def _summary_row(facts: ImageFacts) -> list[str]:
    """File name, camera, capture time, origin, AI generator, highest finding: drawable text."""
    origin = facts.origin
    zoned = zoned_capture(facts.report)
    read = facts.rules_run is not None
    return [
        pdf_text(facts.image.original_filename, one_line=True),
        pdf_text(facts.camera or "none recorded", one_line=True),
        pdf_text(zoned.describe() if zoned else "none recorded", one_line=True),
        pdf_text(f"{origin_label(origin['label'])} ({origin.get('confidence', 0):.2f})" if origin else "not read"),
        pdf_text(facts.ai_generator or ("none declared" if read else "not read"), one_line=True),
        facts.top_severity or ("no findings" if read else "not read"),
    ]


def _image_pages(pdf: _ReportPDF, number: int, facts: ImageFacts) -> None:
    image, report = facts.image, facts.report
    pdf.add_page()
    pdf.heading(f"{number}. {pdf_text(image.original_filename, 200, one_line=True)}", size=13)
    top = pdf.get_y()
    if not pdf.thumbnail(facts, pdf.w - MARGIN - THUMB_PAGE, top, THUMB_PAGE):
        pdf.set_xy(pdf.w - MARGIN - THUMB_PAGE, top + THUMB_PAGE / 2)
        pdf.cell(THUMB_PAGE, 5, "no preview", align="C")
    pdf.set_xy(MARGIN, top)
    point = gps_point(report)
    zoned = zoned_capture(report)
    pdf.pairs(
        [
            ("Size", f"{image.size:,} bytes, {pdf_text(image.mime or 'type unknown', one_line=True)}"),
            ("MD5", image.md5),
            ("SHA-1", image.sha1),
            ("SHA-256", image.sha256),
            ("Uploaded", f"{image.uploaded_at:%Y-%m-%d %H:%M:%S %Z} by {pdf_text(image.uploaded_by, 64)}"),
            ("Status", image.get_status_display() + (f": {pdf_text(image.error)}" if image.error else "")),
            ("Engine", pdf_text(report.get("engine_version") or "not analysed", one_line=True)),
            ("Captured", pdf_text(zoned.describe() if zoned else "no capture time recorded")),
            ("GPS point", _point_text(point)),
        ],
        widths=(1, 6),
        width=pdf.epw - THUMB_PAGE - 4,
    )
    pdf.set_y(max(pdf.get_y(), top + THUMB_PAGE + 3))
    _reading(pdf, facts)
    pdf.ln(2)
    metadata = [(label, pdf_text(text)) for label, text in key_facts(report)]
    metadata += [(label, pdf_text(value)) for label, value in key_metadata(report) if label not in dict(metadata)]
    if metadata:
        pdf.heading("Key metadata", size=11)
        pdf.pairs(metadata)


def _point_text(point: tuple[float, float] | None) -> str:
    if point is None:
        return "none recorded"
    if is_placeholder(point):
        return "0, 0 recorded: a placeholder written into empty GPS fields, not a position"
    return f"{point[0]:.6f}, {point[1]:.6f} (latitude, longitude, WGS 84)"


def _reading(pdf: _ReportPDF, facts: ImageFacts) -> None:
    read = facts.reading
    pdf.heading("Reading", size=11)
    if not read:
        pdf.paragraph("No reading: not analysed, or analysed by an engine before the reading existed.")
        return
    pdf.paragraph(pdf_text(read.get("summary") or "No summary.", LONG), style="B")
    pdf.ln(1)
    origin = facts.origin
    if origin:
        confidence = origin.get("confidence") or 0
        note = " (a hint, not a finding: below 0.7)" if confidence < 0.7 else ""
        detail = f" ({origin['detail']})" if origin.get("detail") else ""
        pdf.paragraph(
            pdf_text(f"Origin: {origin_label(origin['label'])}{detail}, confidence {confidence:.2f}{note}", LONG)
        )
        signals = [
            (
                pdf_text(f"{s.get('signal')} ({s.get('strength')})", one_line=True),
                (
                    "for this origin"
                    if s.get("points_to") == origin["label"]
                    else pdf_text(f"points to {origin_label(s.get('points_to'))}", one_line=True)
                )
                + "\n"
                + _evidence_text(s.get("evidence")),
            )
            for s in origin.get("signals") or []
        ]
        pdf.pairs(signals, widths=(2, 3))
    findings = read.get("findings") or []
    pdf.heading(f"Findings ({len(findings)} from {facts.rules_run} rules)", size=10)
    for finding in findings:
        severity = str(finding.get("severity"))
        pdf.set_text_color(*SEVERITY_COLOURS.get(severity, (0, 0, 0)))
        pdf.paragraph(pdf_text(f"[{severity}] {finding.get('title')}", 200, one_line=True), style="B")
        pdf.set_text_color(0)
        pdf.pairs(
            [
                ("Detail", pdf_text(finding.get("detail") or "-", LONG)),
                ("Evidence", _evidence_text(finding.get("evidence"))),
                ("Proves", pdf_text(finding.get("proves") or "-", LONG)),
                ("Does not prove", pdf_text(finding.get("does_not_prove") or "-", LONG)),
            ]
        )
    software = read.get("software") or []
    if software:
        pdf.heading("Software named in the file", size=10)
        pdf.pairs(
            [
                (
                    pdf_text(" ".join(str(p) for p in (s.get("name"), s.get("version")) if p), one_line=True),
                    f"{software_role(s.get('role'))}: {_evidence_text(s.get('places'))}",
                )
                for s in software
            ],
            widths=(2, 3),
        )
    ai = read.get("ai") or {}
    if ai.get("declared"):
        pdf.paragraph(pdf_text(f"AI generation declared: {ai.get('generator') or 'generator not named'}", LONG))
        pdf.pairs([("Evidence", _evidence_text(ai.get("evidence")))])
    elif ai.get("statement"):
        pdf.paragraph(pdf_text(ai["statement"], LONG))


def _evidence_text(items: Any) -> str:
    """Places and values, one a line: ``Group:Tag = value``."""
    lines = [
        f"{pdf_text(item.get('where'), one_line=True)} = {pdf_text(item.get('value'), one_line=True)}"
        for item in items or []
        if isinstance(item, dict)
    ]
    return "\n".join(lines) or "-"


def _map(pdf: _ReportPDF, images: list[ImageFacts]) -> None:
    pdf.add_page()
    pdf.heading("Map of the GPS points")
    points = [(number, f) for number, f in enumerate(images, 1) if f.point]
    if not points:
        pdf.paragraph("No image records a GPS position (the 0, 0 placeholder is not a position).")
        return
    frame = _MapFrame([f.point for _, f in points], pdf.epw, MAP_HEIGHT)
    left, top = MARGIN, pdf.get_y()
    frame.draw(pdf, left, top, [number for number, _ in points])
    pdf.set_y(top + frame.height + 8)
    pdf.paragraph(
        "Points drawn from the recorded coordinates on an equirectangular projection (longitude scaled by the "
        "cosine of the mean latitude), without a base map; the numbers are the images' numbers in this report.",
        size=8,
    )
    pdf.ln(2)
    rows = (
        [
            str(number),
            pdf_text(facts.image.original_filename, one_line=True),
            f"{facts.point[0]:.6f}",
            f"{facts.point[1]:.6f}",
            pdf_text(zoned.describe() if (zoned := zoned_capture(facts.report)) else "none recorded"),
        ]
        for number, facts in points
    )
    pdf.grid((6, 50, 20, 20, 40), rows, header=("#", "File name", "Latitude", "Longitude", "Captured"))


class _MapFrame:
    """The points' bounds (padded) fitted, centred, into a ``width`` x ``height`` mm frame."""

    def __init__(self, points: list[tuple[float, float]], width: float, height: float) -> None:
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        lat_span = max(max(lats) - min(lats), MIN_SPAN_DEGREES) * 1.2
        lon_span = max(max(lons) - min(lons), MIN_SPAN_DEGREES) * 1.2
        self.mid_lat, self.mid_lon = (max(lats) + min(lats)) / 2, (max(lons) + min(lons)) / 2
        self.x_scale = max(math.cos(math.radians(self.mid_lat)), 0.05)  # a degree of longitude, in degrees of latitude
        self.mm_per_degree = min(width / (lon_span * self.x_scale), height / lat_span)
        self.width, self.height = width, height
        self.points = points

    def xy(self, lat: float, lon: float, left: float, top: float) -> tuple[float, float]:
        x = left + self.width / 2 + (lon - self.mid_lon) * self.x_scale * self.mm_per_degree
        y = top + self.height / 2 - (lat - self.mid_lat) * self.mm_per_degree
        return x, y

    def draw(self, pdf: FPDF, left: float, top: float, numbers: list[int]) -> None:
        pdf.set_draw_color(0)
        pdf.rect(left, top, self.width, self.height)
        self._graticule(pdf, left, top)
        self._scale_bar(pdf, left, top)
        # Images at the same position share one marker, labelled with all their numbers.
        labels: dict[tuple[float, float], list[str]] = {}
        for number, point in zip(numbers, self.points, strict=True):
            labels.setdefault(point, []).append(str(number))
        pdf.set_font(FONT, "B", 7)
        pdf.set_fill_color(200, 0, 0)
        for (lat, lon), numbers_here in labels.items():
            x, y = self.xy(lat, lon, left, top)
            pdf.circle(x, y, 1.2, style="F")
            pdf.text(x + 1.6, y - 0.8, ", ".join(numbers_here)[:60])
        pdf.set_fill_color(255)

    def _graticule(self, pdf: FPDF, left: float, top: float) -> None:
        """Parallels and meridians every 1, 2 or 5 x 10^k degrees, about six across, labelled."""
        half_lat = self.height / self.mm_per_degree / 2
        half_lon = self.width / self.mm_per_degree / self.x_scale / 2
        step = _nice_step(max(half_lat, half_lon) / 3)
        pdf.set_draw_color(190)
        pdf.set_line_width(0.1)
        pdf.set_font(FONT, "", 6)
        pdf.set_text_color(90)
        for index in range(
            math.ceil((self.mid_lat - half_lat) / step), math.floor((self.mid_lat + half_lat) / step) + 1
        ):
            lat = index * step
            if abs(lat) <= 90:
                _, y = self.xy(lat, self.mid_lon, left, top)
                pdf.line(left, y, left + self.width, y)
                pdf.text(left + 1, y - 0.6, _degrees(lat, "N", "S", step))
        for index in range(
            math.ceil((self.mid_lon - half_lon) / step), math.floor((self.mid_lon + half_lon) / step) + 1
        ):
            lon = index * step
            if abs(lon) <= 180:
                x, _ = self.xy(self.mid_lat, lon, left, top)
                pdf.line(x, top, x, top + self.height)
                pdf.text(x + 0.6, top + self.height - 1, _degrees(lon, "E", "W", step))
        pdf.set_text_color(0)
        pdf.set_draw_color(0)
        pdf.set_line_width(0.2)

    def _scale_bar(self, pdf: FPDF, left: float, top: float) -> None:
        km_per_mm = KM_PER_DEGREE / self.mm_per_degree
        km = _nice_step(km_per_mm * self.width / 5)
        length = km / km_per_mm
        x, y = left + self.width - length - 5, top + 6
        pdf.set_fill_color(255)
        pdf.rect(x - 2, y - 4, length + 4, 6, style="F")
        pdf.set_line_width(0.5)
        pdf.line(x, y, x + length, y)
        pdf.set_line_width(0.2)
        pdf.set_font(FONT, "", 6)
        pdf.text(x, y - 1, f"{km:g} km" if km >= 1 else f"{km * 1000:g} m")


def _nice_step(rough: float) -> float:
    """1, 2 or 5 times a power of ten, at most ``rough`` (a graticule or scale-bar step)."""
    power = 10 ** math.floor(math.log10(rough))
    return next(step * power for step in (5, 2, 1) if step * power <= rough)


def _degrees(value: float, positive: str, negative: str, step: float) -> str:
    decimals = max(0, -math.floor(math.log10(step)))
    return f"{abs(value):.{decimals}f}{positive if value >= 0 else negative}"


def _custody(pdf: _ReportPDF, events: list[AuditEvent]) -> None:
    pdf.add_page()
    pdf.heading("Custody log")
    pdf.paragraph(
        "Every recorded action on this evidence, oldest first, as the audit trail holds it (times in UTC).", size=8
    )
    pdf.ln(2)
    if not events:
        pdf.paragraph("No events recorded.")
        return
    rows = (
        [
            f"{event.created_at:%Y-%m-%d %H:%M:%S}",
            pdf_text(event.actor.get_username() if event.actor else "system", one_line=True),
            event.get_action_display(),
            pdf_text(event.target_repr, one_line=True),
            pdf_text(json.dumps(event.details, ensure_ascii=False, default=str), 300),
        ]
        for event in events
    )
    pdf.grid((24, 16, 20, 40, 50), rows, header=("When (UTC)", "Who", "Action", "Target", "Details"))


def _originals(pdf: _ReportPDF, images: list[ImageFacts]) -> None:
    pdf.add_page()
    pdf.heading("Originals and their hashes")
    pdf.paragraph(
        f"This report was generated by imgmeta engine {ENGINE_VERSION}; each image's reading names the engine "
        "version that made it. The sha256 of each original as received:",
        size=8,
    )
    pdf.ln(2)
    rows = (
        [str(number), pdf_text(f.image.original_filename, one_line=True), f"{f.image.size:,}", f.image.sha256]
        for number, f in enumerate(images, 1)
    )
    pdf.grid((6, 48, 16, 100), rows, header=("#", "File name", "Bytes", "SHA-256"))


def _limitations(pdf: _ReportPDF) -> None:
    pdf.add_page()
    pdf.heading("Limitations of the automated reading")
    for title, text in LIMITATIONS:
        pdf.paragraph(title, size=10, style="B")
        pdf.paragraph(text)
        pdf.ln(2)


def _thumbnail_bytes(facts: ImageFacts) -> bytes | None:
    """The stored thumbnail JPEG (cases/thumbnails.py), None when there is none or it is unreadable."""
    thumbnail = facts.image.thumbnail
    if not thumbnail:
        return None
    try:
        with thumbnail.open("rb") as stored:
            data = stored.read()
        with Image.open(io.BytesIO(data)) as opened:
            return data if opened.format == "JPEG" else None
    except Exception:  # a missing or damaged thumbnail is shown as "no preview", whatever the failure
        return None
