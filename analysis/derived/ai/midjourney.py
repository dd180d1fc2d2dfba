"""Midjourney's job id in the image description (SIGNATURES A14: weak, unverified).

Third-party parsers read a description ending "Job ID: <uuid>" as a Midjourney image. Alone it
declares nothing (anyone can type it); with an IPTC digital source type it names the generator.
"""

import re

from ...result import Report
from .part import Part, mark, text

PLACES = ("XMP-dc:Description", "PNG:Description")
JOB_ID = re.compile(r"\s*\bJob ID:\s*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\s*$", re.I)


def read(report: Report) -> Part | None:
    """A non-declaring part naming Midjourney, with the prompt (the description before the job
    id), when a description ends with a job id; else None."""
    for place in PLACES:
        description = text(report, place)
        match = JOB_ID.search(description) if description else None
        if match:
            part = Part("iptc", False, [mark(report, place)], generator="Midjourney")
            part.fill(prompt=description[: match.start()].strip())
            return part
    return None
