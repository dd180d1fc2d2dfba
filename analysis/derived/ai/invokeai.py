"""InvokeAI generation metadata (SIGNATURES A18).

Version 3 and later write the PNG text ``invokeai_metadata`` (JSON: ``positive_prompt``,
``negative_prompt``, ``width``, ``height``, ``seed``, ``steps``, ``cfg_scale``, ``scheduler``,
``model: {model_name | name}``, ``app_version``) with ``invokeai_graph`` (the node graph that
ran, ``{"nodes": {id: {"id", "type"}}}``) or ``invokeai_workflow``. Version 2 and its
predecessor lstein/stable-diffusion wrote ``sd-metadata`` (JSON: ``model_weights`` or
``model_id``, ``app_id``, ``app_version``, ``image: {prompt: [{prompt, weight}], steps,
cfg_scale, seed, sampler, width, height}``) and ``Dream``, the command line
``"prompt" -s steps -S seed -W width -H height -C cfg -A sampler``. ExifTool names the tags
``PNG:Invokeai_metadata``, ``PNG:Invokeai_graph``, ``PNG:Invokeai_workflow``, ``PNG:Sd-metadata``
and ``PNG:Dream``. Source: invoke-ai/InvokeAI (image metadata and legacy "dream" prompt format).
"""

import re
from typing import Any

from ...result import Report
from .part import Part, as_dict, as_list, json_object, mark, nodes_summary, number, scalar, size, text

METADATA, GRAPH, WORKFLOW = "PNG:Invokeai_metadata", "PNG:Invokeai_graph", "PNG:Invokeai_workflow"
LEGACY, DREAM = "PNG:Sd-metadata", "PNG:Dream"
# The legacy app ids and the name each stands for.
APP_IDS = {"invoke-ai/InvokeAI": "InvokeAI", "lstein/stable-diffusion": "InvokeAI (lstein/stable-diffusion)"}
DREAM_PROMPT = re.compile(r'\s*"(.*)"((?:\s+-{1,2}\w+(?:\s+[^\s-]\S*)*)*)\s*', re.S)
DREAM_OPTION = re.compile(r"(?:^|\s)-(\w+)\s+(\S+)")


def read(report: Report) -> Part | None:
    """The InvokeAI part from whichever of its tags are present (newest format first), or None."""
    metadata, graph, workflow = (json_object(text(report, place)) for place in (METADATA, GRAPH, WORKFLOW))
    legacy, dream = json_object(text(report, LEGACY)), _dream(text(report, DREAM))
    found = {METADATA: metadata, GRAPH: graph, WORKFLOW: workflow, LEGACY: legacy, DREAM: dream}
    places = [place for place, value in found.items() if value]
    if not places:
        return None
    version = scalar(metadata.get("app_version")) or scalar(legacy.get("app_version"))
    app = scalar(legacy.get("app_id"))
    name = APP_IDS.get(app or "", app) if app and not metadata else "InvokeAI"
    part = Part("text", True, [mark(report, place) for place in places], f"generation parameters in {places[0]}")
    part.generator = f"{name} {version}" if version else name
    model = as_dict(metadata.get("model"))
    part.fill(
        model=scalar(model.get("model_name")) or scalar(model.get("name")),
        prompt=scalar(metadata.get("positive_prompt")),
        negative_prompt=scalar(metadata.get("negative_prompt")),
        seed=number(metadata.get("seed")),
        steps=number(metadata.get("steps")),
        sampler=scalar(metadata.get("scheduler")),
        cfg_scale=number(metadata.get("cfg_scale")),
        size=size(metadata.get("width"), metadata.get("height")),
    )
    image = as_dict(legacy.get("image"))
    prompts = [scalar(as_dict(entry).get("prompt")) for entry in as_list(image.get("prompt"))]
    part.fill(
        model=scalar(legacy.get("model_weights")) or scalar(legacy.get("model_id")),
        prompt=" ".join(filter(None, prompts)) or scalar(image.get("prompt")),
        seed=number(image.get("seed")),
        steps=number(image.get("steps")),
        sampler=scalar(image.get("sampler")),
        cfg_scale=number(image.get("cfg_scale")),
        size=size(image.get("width"), image.get("height")),
    )
    part.fill(**dream)
    nodes = as_dict(graph.get("nodes"))
    if nodes:
        summary = [(key, as_dict(node).get("type"), None) for key, node in nodes.items()]
        part.workflow = {"tool": "InvokeAI", "nodes": nodes_summary(summary), "raw": text(report, GRAPH)}
    return part


def _dream(value: str | None) -> dict[str, Any]:
    """The fields of a ``Dream`` command line, {} unless it is a quoted prompt followed by
    options of which at least one is known."""
    match = DREAM_PROMPT.fullmatch(value) if value else None
    if not match:
        return {}
    options = dict(DREAM_OPTION.findall(match[2]))
    fields = {
        "seed": number(options.get("S")),
        "steps": number(options.get("s")),
        "sampler": options.get("A"),
        "cfg_scale": number(options.get("C")),
        "size": size(options.get("W"), options.get("H")),
    }
    return {"prompt": match[1], **fields} if any(value is not None for value in fields.values()) else {}
