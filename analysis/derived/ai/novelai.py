"""NovelAI images (SIGNATURES A17).

NovelAI writes the PNG texts ``Software`` = "NovelAI", ``Description`` (the prompt), ``Source``
(the model, e.g. "Stable Diffusion 1D44365E"), ``Title`` ("AI generated image") and ``Comment``,
JSON with ``prompt``, ``uc`` (the negative prompt), ``steps``, ``sampler``, ``scale``, ``seed``
and, in later versions, ``width`` and ``height``. Source: AUTOMATIC1111 modules/images.py
read_info_from_image (its NovelAI branch).
"""

from ...result import Report
from .part import Part, json_object, mark, number, scalar, size, text

SOFTWARE, DESCRIPTION, SOURCE, TITLE, COMMENT = (
    f"PNG:{tag}" for tag in ("Software", "Description", "Source", "Title", "Comment")
)


def read(report: Report) -> Part | None:
    """The NovelAI part when ``PNG:Software`` is "NovelAI", else None."""
    if text(report, SOFTWARE) != "NovelAI":
        return None
    comment = json_object(text(report, COMMENT))
    places = (SOFTWARE, TITLE, DESCRIPTION, SOURCE, COMMENT)
    found = [mark(report, place) for place in places]
    part = Part("text", True, [item for item in found if item], f"{SOFTWARE} and PNG text", "NovelAI")
    part.fill(
        model=text(report, SOURCE),
        prompt=text(report, DESCRIPTION) or scalar(comment.get("prompt")),
        negative_prompt=scalar(comment.get("uc")),
        seed=number(comment.get("seed")),
        steps=number(comment.get("steps")),
        sampler=scalar(comment.get("sampler")),
        cfg_scale=number(comment.get("scale")),
        size=size(comment.get("width"), comment.get("height")),
    )
    return part
