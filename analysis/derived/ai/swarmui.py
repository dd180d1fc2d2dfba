"""SwarmUI generation metadata (SIGNATURES A20).

SwarmUI writes the PNG text ``parameters`` as JSON whose ``sui_image_params`` object holds
``prompt``, ``negativeprompt``, ``model``, ``seed``, ``steps``, ``cfgscale``, ``width``,
``height``, ``sampler``, ``scheduler`` and ``swarm_version``. Source: mcmonkeyprojects/SwarmUI
(T2IParamTypes, metadata writing).
"""

from ...result import Report
from .part import Part, as_dict, json_object, mark, number, scalar, size, text

PLACES = ("PNG:Parameters", "ExifIFD:UserComment")


def read(report: Report) -> Part | None:
    """The SwarmUI part of the first place holding JSON with ``sui_image_params``, or None."""
    for place in PLACES:
        params = as_dict(json_object(text(report, place)).get("sui_image_params"))
        if not params:
            continue
        version = scalar(params.get("swarm_version"))
        part = Part("text", True, [mark(report, place)], f"generation parameters in {place}")
        part.generator = f"SwarmUI {version}" if version else "SwarmUI"
        part.fill(
            model=scalar(params.get("model")),
            prompt=scalar(params.get("prompt")),
            negative_prompt=scalar(params.get("negativeprompt")),
            seed=number(params.get("seed")),
            steps=number(params.get("steps")),
            sampler=scalar(params.get("sampler")),
            cfg_scale=number(params.get("cfgscale")),
            size=size(params.get("width"), params.get("height")),
        )
        return part
    return None
