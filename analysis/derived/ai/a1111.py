"""Stable Diffusion web UI "infotext" (AUTOMATIC1111 and its forks; SIGNATURES A15).

The text is the prompt, optionally a line starting "Negative prompt:", then one line of
``Name: value`` pairs separated by commas, values with commas quoted in JSON style:
``Steps: 20, Sampler: Euler a, CFG scale: 7, Seed: 1, Size: 512x512, Model hash: 6ce0161689,
Model: v1-5-pruned-emaonly``. PNG files keep it in the tEXt ``parameters`` (``PNG:Parameters``);
JPEG and WebP in ``ExifIFD:UserComment`` (written with the UNICODE character code). The
reliable test is ``Steps`` with ``Sampler`` or ``CFG scale`` on that line (A15).
Source: AUTOMATIC1111/stable-diffusion-webui modules/infotext_utils.py parse_generation_parameters.
"""

import json
import re

from ...result import Report
from .part import Part, mark, number, size_text, text

PLACES = ("PNG:Parameters", "ExifIFD:UserComment")
# re_param_code of infotext_utils.py: a name, a colon, then a quoted or unquoted value.
PARAM = re.compile(r'\s*(\w[\w \-/]+):\s*("(?:\\.|[^\\"])+"|[^,]*)(?:,|$)')
NEGATIVE = "Negative prompt:"

# Forks known by the "Version" parameter they write: (pattern, generator); the first match wins.
VARIANTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^f\d"), "Stable Diffusion WebUI Forge"),  # Forge versions read "f2.0.1v1.10.1-…"
    (re.compile(r"^Fooocus\b"), "Fooocus"),  # Fooocus with metadata scheme "a1111" (A19)
    (re.compile(r"^ComfyUI\b"), "ComfyUI"),  # ComfyUI nodes saving A1111-style text (A16)
)
DEFAULT = "Stable Diffusion web UI (AUTOMATIC1111 or a fork)"


def read(report: Report) -> Part | None:
    """The infotext part of the first place holding text that passes the A15 test, or None."""
    for place in PLACES:
        found = parse(text(report, place) or "")
        if found is None:
            continue
        prompt, negative, params = found
        version = params.get("Version", "")
        generator = next((name for pattern, name in VARIANTS if pattern.search(version)), DEFAULT)
        part = Part("text", True, [mark(report, place)], f"generation parameters in {place}", generator)
        part.fill(
            model=params.get("Model") or params.get("Model hash"),
            prompt=prompt,
            negative_prompt=negative,
            seed=number(params.get("Seed")),
            steps=number(params.get("Steps")),
            sampler=params.get("Sampler"),
            cfg_scale=number(params.get("CFG scale")),
            size=size_text(params.get("Size")),
        )
        return part
    return None


def parse(infotext: str) -> tuple[str, str | None, dict[str, str]] | None:
    """``(prompt, negative prompt or None, {name: value})`` of an infotext, or None when its
    last line is not a parameter line with Steps and Sampler or CFG scale."""
    *lines, last = infotext.strip().split("\n")
    params = {name.strip(): _unquote(value.strip()) for name, value in PARAM.findall(last)}
    if "Steps" not in params or not ("Sampler" in params or "CFG scale" in params):
        return None
    prompt, negative = [], None
    for line in lines:
        if negative is None and line.startswith(NEGATIVE):
            negative = line[len(NEGATIVE) :].strip()
        elif negative is None:
            prompt.append(line)
        else:
            negative += "\n" + line
    return "\n".join(prompt).strip(), negative, params


def _unquote(value: str) -> str:
    """A JSON-quoted value ("\\"a, b\\"") unquoted; other values unchanged."""
    if len(value) < 2 or not (value.startswith('"') and value.endswith('"')):
        return value
    try:
        unquoted = json.loads(value)
    except ValueError:  # a badly escaped value is kept as written
        return value
    return unquoted if isinstance(unquoted, str) else value
