"""Draw Things images (SIGNATURES A21, medium).

Draw Things writes XMP with ``xmp:CreatorTool`` "Draw Things" and its parameters as JSON in
``exif:UserComment`` (``XMP-exif:UserComment``): ``c`` (prompt), ``uc`` (negative prompt),
``model``, ``sampler``, ``scale``, ``seed``, ``steps`` and ``size`` ("WxH"). Source: third-party
Draw Things metadata readers (public code); no file of the corpus carries it.
"""

from ...result import Report
from .part import Part, json_object, mark, number, scalar, size_text, text

CREATOR, COMMENT = "XMP-xmp:CreatorTool", "XMP-exif:UserComment"


def read(report: Report) -> Part | None:
    """The Draw Things part when ``XMP-xmp:CreatorTool`` starts with "Draw Things", else None."""
    creator = text(report, CREATOR)
    if not creator or not creator.startswith("Draw Things"):
        return None
    params = json_object(text(report, COMMENT))
    places = [CREATOR] + [COMMENT] * bool(params)
    part = Part("text", True, [mark(report, place) for place in places], CREATOR, creator)
    part.fill(
        model=scalar(params.get("model")),
        prompt=scalar(params.get("c")),
        negative_prompt=scalar(params.get("uc")),
        seed=number(params.get("seed")),
        steps=number(params.get("steps")),
        sampler=scalar(params.get("sampler")),
        cfg_scale=number(params.get("scale")),
        size=size_text(params.get("size")),
    )
    return part
