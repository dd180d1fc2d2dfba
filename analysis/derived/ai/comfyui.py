"""ComfyUI node graphs (SIGNATURES A16).

ComfyUI's SaveImage writes two PNG text chunks: ``prompt``, the API graph that ran
(``{node id: {"class_type", "inputs", "_meta": {"title"}}}``, an input wired to another node
being ``[node id, output slot]``), and ``workflow``, the editor's graph (``{"nodes": [{"id",
"type", "title", "inputs": [{"name", "link"}], "widgets_values"}], "links": [[link id, from
node, from slot, to node, to slot, type]]}``). Its WebP saver writes the same JSON into EXIF
``Model`` ("prompt:{…}") and ``Make`` ("workflow:{…}"). Source: comfyanonymous/ComfyUI nodes.py
SaveImage and comfy_extras/nodes_images.py SaveAnimatedWEBP.

The parameters are read from the sampler node: seed, steps, cfg, sampler_name, scheduler, and
the text of the nodes wired to its ``positive`` and ``negative`` inputs and the checkpoint
loader wired to its ``model`` input, followed link by link. Only parsed JSON is read: words
inside the graph (a node's "multiline" widget, a prompt) are never matched as signals.
"""

from typing import Any

from ...limits import MAX_LINKS
from ...result import Report
from .part import Part, as_dict, as_list, load_json, mark, nodes_summary, number, scalar, size, text

# (place, prefix before the JSON) for the API graph and the editor graph.
PROMPT_PLACES = (("PNG:Prompt", ""), ("IFD0:Model", "prompt:"))
WORKFLOW_PLACES = (("PNG:Workflow", ""), ("IFD0:Make", "workflow:"))

# Sampler nodes of the core node set and the input naming their seed.
SAMPLERS = {"KSampler": "seed", "KSamplerAdvanced": "noise_seed", "SamplerCustom": "noise_seed"}
# Inputs holding a model file name, per loader node (core nodes; the first one found wins).
MODEL_INPUTS = ("ckpt_name", "unet_name", "model_name", "gguf_name")
# Inputs holding prompt text (CLIPTextEncode "text", SDXL "text_g", text primitives "string"/"value").
TEXT_INPUTS = ("text", "text_g", "string", "value")
# KSampler widget values in the editor graph, in order (nodes.py KSampler INPUT_TYPES, with the
# editor's "control after generate" widget after the seed).
KSAMPLER_WIDGETS = ("seed", "seed_control", "steps", "cfg", "sampler_name", "scheduler", "denoise")
# Inputs a model or text passes through on its way to the sampler (LoRA loaders, conditioning nodes).
THROUGH = ("model", "conditioning", "conditioning_1", "clip")


def read(report: Report) -> Part | None:
    """The ComfyUI part when an API graph or an editor graph parses as one; else None."""
    prompt_place, prompt_text, graph = _json(report, PROMPT_PLACES)
    api = {str(key): node for key, node in as_dict(graph).items() if isinstance(node, dict) and "class_type" in node}
    workflow_place, workflow_text, editor = _json(report, WORKFLOW_PLACES)
    editor_nodes = [node for node in as_list(as_dict(editor).get("nodes")) if isinstance(node, dict) and "type" in node]
    places = [place for place, found in ((prompt_place, api), (workflow_place, editor_nodes)) if found]
    if not places:
        return None
    part = Part("text", True, [mark(report, place) for place in places], f"ComfyUI graph in {places[0]}", "ComfyUI")
    if api:
        _read_api(api, part)
    if editor_nodes:
        _read_editor(editor_nodes, as_list(as_dict(editor).get("links")), part)
        nodes = [(node.get("id"), node.get("type"), node.get("title")) for node in editor_nodes]
        part.workflow = {"tool": "ComfyUI", "nodes": nodes_summary(nodes), "raw": workflow_text}
    else:
        nodes = [(key, node.get("class_type"), as_dict(node.get("_meta")).get("title")) for key, node in api.items()]
        part.workflow = {"tool": "ComfyUI", "nodes": nodes_summary(nodes), "raw": prompt_text}
    return part


def _json(report: Report, places: tuple[tuple[str, str], ...]) -> tuple[str | None, str | None, Any]:
    """``(place, JSON text, parsed value)`` of the first of ``places`` whose text, after its
    prefix, parses as JSON; Nones when none does."""
    for place, prefix in places:
        value = text(report, place) or ""
        if value.startswith(prefix) and (parsed := load_json(value[len(prefix) :])) is not None:
            return place, value[len(prefix) :], parsed
    return None, None, None


def _read_api(nodes: dict[str, dict[str, Any]], part: Part) -> None:
    """Parameters from the first sampler node of an API graph and the nodes wired to it."""
    sampler = next((node for node in nodes.values() if str(node.get("class_type")) in SAMPLERS), None)
    if sampler is None:
        return
    inputs = as_dict(sampler.get("inputs"))
    latent = _api_inputs(nodes, inputs.get("latent_image"))
    part.fill(
        model=_api_upstream(nodes, inputs.get("model"), MODEL_INPUTS),
        prompt=_api_upstream(nodes, inputs.get("positive"), TEXT_INPUTS),
        negative_prompt=_api_upstream(nodes, inputs.get("negative"), TEXT_INPUTS),
        seed=number(inputs.get(SAMPLERS[str(sampler["class_type"])])),
        steps=number(inputs.get("steps")),
        sampler=_sampler(inputs.get("sampler_name"), inputs.get("scheduler")),
        cfg_scale=number(inputs.get("cfg")),
        size=size(latent.get("width"), latent.get("height")),
    )


def _api_inputs(nodes: dict[str, dict[str, Any]], link: Any) -> dict[str, Any]:
    """The inputs of the node an API-graph link ``[node id, slot]`` points at, or {}."""
    target = as_list(link)
    return as_dict(as_dict(nodes.get(str(target[0]))).get("inputs")) if target else {}


def _api_upstream(nodes: dict[str, dict[str, Any]], link: Any, wanted: tuple[str, ...]) -> str | None:
    """The first text input named in ``wanted`` met following ``link`` upstream: through an
    input of ``wanted`` that is itself a link (a text primitive), else through the first of
    THROUGH (a LoRA loader's ``model``); None after MAX_LINKS nodes or at a dead end."""
    for _ in range(MAX_LINKS):
        inputs = _api_inputs(nodes, link)
        value = next((scalar(inputs[key]) for key in wanted if isinstance(inputs.get(key), str)), None)
        if value is not None:
            return value
        link = next((inputs[key] for key in (*wanted, *THROUGH) if as_list(inputs.get(key))), None)
        if link is None:
            return None
    return None


def _read_editor(nodes: list[dict[str, Any]], links: list[Any], part: Part) -> None:
    """Parameters from the first KSampler of an editor graph, whose widget values are
    ``[seed, seed control, steps, cfg, sampler_name, scheduler, denoise]``, and from the text
    encoders and checkpoint loader wired to it (see :func:`_editor_upstream`)."""
    sampler = next((node for node in nodes if node.get("type") == "KSampler"), None)
    if sampler is None:
        return
    sources = {
        link[0]: link[1]
        for link in map(as_list, links)
        if len(link) > 1 and isinstance(link[0], int) and _is_id(link[1])
    }
    graph = ({node.get("id"): node for node in nodes if _is_id(node.get("id"))}, sources)
    widgets = as_list(sampler.get("widgets_values"))
    if len(widgets) != len(KSAMPLER_WIDGETS):
        widgets = [None] * len(KSAMPLER_WIDGETS)
    values = dict(zip(KSAMPLER_WIDGETS, widgets, strict=True))
    part.fill(
        model=_editor_upstream(graph, sampler, "model", "Checkpoint"),
        prompt=_editor_upstream(graph, sampler, "positive", "TextEncode"),
        negative_prompt=_editor_upstream(graph, sampler, "negative", "TextEncode"),
        seed=number(values["seed"]),
        steps=number(values["steps"]),
        sampler=_sampler(values["sampler_name"], values["scheduler"]),
        cfg_scale=number(values["cfg"]),
    )


Graph = tuple[dict[Any, dict[str, Any]], dict[int, Any]]


def _editor_upstream(graph: Graph, node: dict[str, Any], name: str, kind: str) -> str | None:
    """The file or text widget of the first node whose type contains ``kind`` met following
    input ``name`` of ``node`` upstream, then the first linked input of each node passed; the
    file name is a checkpoint loader's last widget, the text an encoder's first."""
    by_id, link_source = graph
    link = _link(node, name)
    for _ in range(MAX_LINKS):
        node = as_dict(by_id.get(link_source.get(link)))
        if kind in str(node.get("type", "")):
            widgets = as_list(node.get("widgets_values")) or [None]
            return scalar(widgets[-1] if kind == "Checkpoint" else widgets[0])
        link = _link(node, None)
        if link is None:
            return None
    return None


def _link(node: dict[str, Any], name: str | None) -> Any:
    """The link id of input ``name`` of an editor-graph node (of its first linked input when
    ``name`` is None), or None."""
    entries = [entry for entry in map(as_dict, as_list(node.get("inputs"))) if isinstance(entry.get("link"), int)]
    return next((entry["link"] for entry in entries if name is None or entry.get("name") == name), None)


def _is_id(value: Any) -> bool:
    """True for a node id as JSON gives it (a number or text; other shapes cannot be keys)."""
    return isinstance(value, int | str)


def _sampler(name: Any, scheduler: Any) -> str | None:
    """ "dpmpp_2m (karras)": the sampler name and, when given, its scheduler."""
    name, scheduler = scalar(name), scalar(scheduler)
    return f"{name} ({scheduler})" if name and scheduler else name
