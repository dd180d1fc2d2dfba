"""Fooocus generation metadata (SIGNATURES A19).

Fooocus writes the PNG text ``fooocus_scheme`` (``PNG:Fooocus_scheme``: "fooocus" or "a1111")
and ``parameters``: with the "fooocus" scheme a JSON object (``prompt``, ``negative_prompt``,
``steps``, ``sampler``, ``scheduler``, ``seed``, ``guidance_scale``, ``resolution`` as
"(W, H)", ``base_model``, ``version`` as "Fooocus v2.4.3"); with "a1111" infotext, read by
:mod:`.a1111`. Source: lllyasviel/Fooocus modules/meta_parser.py.
"""

from ...result import Report
from .part import Part, json_object, mark, number, scalar, size_text, text

SCHEME, PARAMETERS = "PNG:Fooocus_scheme", "PNG:Parameters"


def read(report: Report) -> Part | None:
    """The Fooocus part when ``PNG:Fooocus_scheme`` is present or the JSON parameters name a
    Fooocus version, else None."""
    params = json_object(text(report, PARAMETERS))
    version = scalar(params.get("version"))
    named = bool(version and version.startswith("Fooocus"))
    if not (text(report, SCHEME) or named):
        return None
    places = [place for place, found in ((SCHEME, text(report, SCHEME)), (PARAMETERS, params)) if found]
    part = Part("text", True, [mark(report, place) for place in places], f"generation parameters in {places[-1]}")
    part.generator = version if named else "Fooocus"
    part.fill(
        model=scalar(params.get("base_model")),
        prompt=scalar(params.get("prompt")),
        negative_prompt=scalar(params.get("negative_prompt")),
        seed=number(params.get("seed")),
        steps=number(params.get("steps")),
        sampler=scalar(params.get("sampler")),
        cfg_scale=number(params.get("guidance_scale")),
        size=size_text(params.get("resolution")),
    )
    return part
