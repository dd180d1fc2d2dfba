"""The AI declaration and generation parameters read from a file (analysis.derived.ai)."""

import io
import json
import struct

import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from analysis import analyse
from analysis.derived.ai import read_ai
from analysis.derived.ai.part import EVIDENCE_TEXT, MAX_WORKFLOW_NODES
from analysis.provenance.manifest import summarise
from analysis.result import NO_AI_DECLARATION, FileInfo, Report
from tests.builders import UNDEFINED, exif_tiff, jpeg

DST = "http://cv.iptc.org/newscodes/digitalsourcetype/"

A1111 = (
    'a lighthouse on a cliff at dusk, (dramatic sky:1.2), "oil painting"\n'
    "Negative prompt: blurry, lowres,\nwatermark\n"
    "Steps: 28, Sampler: DPM++ 2M Karras, CFG scale: 6.5, Seed: 3141592653, Size: 768x512, Model hash: 6ce0161689, "
    'Model: dreamshaper_8, Lora hashes: "detail: 1a2b3c, film: 4d5e6f", Version: v1.9.4'
)

# An API graph as ComfyUI's SaveImage writes it: a LoRA between the checkpoint and the sampler.
COMFY_PROMPT = {
    "3": {
        "class_type": "KSampler",
        "inputs": {
            "seed": 156680208700286,
            "steps": 20,
            "cfg": 7.5,
            "sampler_name": "dpmpp_2m",
            "scheduler": "karras",
            "denoise": 1.0,
            "model": ["10", 0],
            "positive": ["6", 0],
            "negative": ["7", 0],
            "latent_image": ["5", 0],
        },
    },
    "4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "sd_xl_base_1.0.safetensors"}},
    "10": {
        "class_type": "LoraLoader",
        "inputs": {"lora_name": "film.safetensors", "model": ["4", 0], "clip": ["4", 1]},
    },
    "5": {"class_type": "EmptyLatentImage", "inputs": {"width": 1024, "height": 768, "batch_size": 1}},
    "6": {"class_type": "CLIPTextEncode", "inputs": {"text": "a red fox in fresh snow", "clip": ["10", 1]}},
    "7": {"class_type": "CLIPTextEncode", "inputs": {"text": "text, watermark", "clip": ["10", 1]}},
    "8": {"class_type": "VAEDecode", "inputs": {"samples": ["3", 0], "vae": ["4", 2]}},
    "9": {"class_type": "SaveImage", "inputs": {"filename_prefix": "ComfyUI", "images": ["8", 0]}},
}


def comfy_workflow() -> dict:
    """The editor graph of COMFY_PROMPT (nodes with widget values, links [id, from, slot, to, slot, type])."""

    def node(node_id, kind, widgets, inputs=(), title=None):
        entry = {"id": node_id, "type": kind, "widgets_values": widgets}
        entry["inputs"] = [{"name": name, "type": "ANY", "link": link} for name, link in inputs]
        return entry | ({"title": title} if title else {})

    return {
        "last_node_id": 10,
        "last_link_id": 9,
        "nodes": [
            node(4, "CheckpointLoaderSimple", ["sd_xl_base_1.0.safetensors"]),
            node(10, "LoraLoader", ["film.safetensors", 1, 1], [("model", 1), ("clip", 2)]),
            node(6, "CLIPTextEncode", ["a red fox in fresh snow"], [("clip", 3)], title="Positive"),
            # "multiline" is a widget option in many nodes; it must never be read as a signal.
            node(7, "CLIPTextEncode", ["text, watermark"], [("clip", 4)], title="multiline negative"),
            node(
                3,
                "KSampler",
                [156680208700286, "randomize", 20, 7.5, "dpmpp_2m", "karras", 1.0],
                [("model", 5), ("positive", 6), ("negative", 7), ("latent_image", 8)],
            ),
            node(5, "EmptyLatentImage", [1024, 768, 1]),
        ],
        "links": [
            [1, 4, 0, 10, 0, "MODEL"],
            [2, 4, 1, 10, 1, "CLIP"],
            [3, 10, 1, 6, 0, "CLIP"],
            [4, 10, 1, 7, 0, "CLIP"],
            [5, 10, 0, 3, 0, "MODEL"],
            [6, 6, 0, 3, 1, "CONDITIONING"],
            [7, 7, 0, 3, 2, "CONDITIONING"],
            [8, 5, 0, 3, 3, "LATENT"],
        ],
        "version": 0.4,
    }


def png_with(**texts: str) -> bytes:
    """A real PNG whose tEXt chunks are ``texts`` (keyword → text)."""
    info = PngInfo()
    for keyword, value in texts.items():
        info.add_text(keyword.replace("__", "-"), value)
    out = io.BytesIO()
    Image.new("RGB", (16, 16), (40, 60, 80)).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def jpeg_with_xmp(properties: str, body: str = "") -> bytes:
    """A real JPEG with one XMP packet whose rdf:Description has ``properties`` (attributes) and ``body``."""
    packet = (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
        'xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        f"{properties}>{body}</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    payload = b"http://ns.adobe.com/xap/1.0/\x00" + packet.encode()
    data = jpeg()
    return data[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + data[2:]


def ai_of(data: bytes, name: str = "image") -> dict:
    return analyse(data, name, strict=True).ai.to_dict()


def c2pa_report(active: dict, others: dict | None = None, failure: list | None = None) -> Report:
    """A report whose ``c2pa`` section is the summary of an SDK store with ``active`` as active manifest."""
    store = {
        "active_manifest": "urn:active",
        "manifests": {"urn:active": active, **(others or {})},
        "validation_results": {"activeManifest": {"failure": failure or []}},
    }
    report = Report("test", FileInfo(0, "JPEG", "image/jpeg", "", "", ""))
    report.sections["c2pa"] = {"state": summarise(store).pop("state"), **summarise(store)}
    return report


def action(name: str, term: str | None = None, agent=None) -> dict:
    """A C2PA action ``c2pa.<name>`` with a digital source type ``term`` and a softwareAgent."""
    entry = {"action": f"c2pa.{name}"}
    entry |= {"digitalSourceType": DST + term} if term else {}
    return entry | ({"softwareAgent": agent} if agent else {})


def manifest(*actions: dict, claim_generator: str | None = None) -> dict:
    return {
        "claim_generator": claim_generator,
        "assertions": [{"label": "c2pa.actions", "data": {"actions": list(actions)}}],
    }


# --- no declaration ------------------------------------------------------------------------------


def test_a_plain_image_declares_nothing_and_says_absence_proves_nothing():
    ai = ai_of(jpeg())
    assert ai["declared"] is False and ai["by"] == [] and ai["evidence"] == []
    assert ai["statement"] == NO_AI_DECLARATION


def camera_originals(shared) -> list:
    """The camera JPEGs of the shared corpus (exif-samples and formats/jpg)."""
    corpus = shared / "corpus"
    return sorted([*(corpus / "exif-samples").rglob("*.jpg"), *(corpus / "formats" / "jpg").glob("*.jpg")])


def test_camera_originals_of_the_corpus_declare_nothing(shared):
    for path in camera_originals(shared):
        ai = ai_of(path.read_bytes(), path.name)
        assert (ai["declared"], ai["evidence"]) == (False, []), path.name


# --- AUTOMATIC1111 infotext ---------------------------------------------------------------------


def test_a1111_parameters_chunk_is_parsed_into_prompt_negative_prompt_and_settings():
    ai = ai_of(png_with(parameters=A1111))
    assert ai["declared"] is True and ai["by"] == ["text"]
    assert ai["prompt"] == 'a lighthouse on a cliff at dusk, (dramatic sky:1.2), "oil painting"'
    assert ai["negative_prompt"] == "blurry, lowres,\nwatermark"
    assert (ai["steps"], ai["sampler"], ai["cfg_scale"], ai["seed"]) == (28, "DPM++ 2M Karras", 6.5, 3141592653)
    assert (ai["size"], ai["model"]) == ("768x512", "dreamshaper_8")
    assert ai["evidence"][0]["where"] == "PNG:Parameters"
    assert ai["statement"] == (
        "Declared AI-generated by Stable Diffusion web UI (AUTOMATIC1111 or a fork) "
        "(generation parameters in PNG:Parameters)"
    )


def test_a1111_infotext_in_a_jpeg_unicode_user_comment_is_read():
    comment = b"UNICODE\x00" + A1111.encode("utf-16-be")  # as A1111 writes it (piexif, "unicode")
    data = jpeg(exif_tiff([], exif=[(0x9286, UNDEFINED, comment)], order=">"))
    ai = ai_of(data, "00012-3141592653.jpg")
    assert ai["declared"] is True and ai["seed"] == 3141592653
    assert ai["evidence"][0]["where"] == "ExifIFD:UserComment"


def test_forge_is_named_by_its_version_parameter():
    ai = ai_of(png_with(parameters=A1111.replace("Version: v1.9.4", "Version: f2.0.1v1.10.1-previous-313-g8a042934")))
    assert ai["generator"] == "Stable Diffusion WebUI Forge"


def test_text_with_steps_but_no_sampler_or_cfg_is_not_infotext():
    ai = ai_of(png_with(parameters="Holiday notes\nSteps: 12000, Distance: 9 km, Weather: fine"))
    assert ai["declared"] is False and ai["evidence"] == []


def test_a_user_comment_mentioning_steps_in_prose_declares_nothing():
    data = jpeg(exif_tiff([], exif=[(0x9286, UNDEFINED, b"ASCII\x00\x00\x00Took 300 steps up the hill")]))
    assert ai_of(data)["declared"] is False


def test_real_a1111_png_and_jpeg(shared):
    for name in ("automatic1111_cropped.png", "automatic1111_cropped.jpg"):
        ai = ai_of((shared / "corpus/provenance/ai" / name).read_bytes(), name)
        assert (ai["prompt"], ai["negative_prompt"], ai["sampler"]) == ("photo of a duck", "monochrome", "UniPC")
        assert (ai["model"], ai["size"], ai["seed"]) == ("realistic_realisticVisionV20_v20", "512x400", 235284042)


# --- ComfyUI --------------------------------------------------------------------------------------


def test_comfyui_prompt_graph_is_followed_from_the_sampler():
    ai = ai_of(png_with(prompt=json.dumps(COMFY_PROMPT)))
    assert ai["declared"] is True and ai["generator"] == "ComfyUI" and ai["by"] == ["text"]
    assert (ai["prompt"], ai["negative_prompt"]) == ("a red fox in fresh snow", "text, watermark")
    assert ai["model"] == "sd_xl_base_1.0.safetensors"  # through the LoRA loader
    assert (ai["seed"], ai["steps"], ai["cfg_scale"]) == (156680208700286, 20, 7.5)
    assert (ai["sampler"], ai["size"]) == ("dpmpp_2m (karras)", "1024x768")
    assert ai["workflow"]["tool"] == "ComfyUI"
    assert {"id": "3", "type": "KSampler", "title": None} in ai["workflow"]["nodes"]


def test_comfyui_workflow_gives_the_node_list_and_raw_json():
    workflow = json.dumps(comfy_workflow())
    ai = ai_of(png_with(prompt=json.dumps(COMFY_PROMPT), workflow=workflow))
    assert ai["workflow"]["raw"] == workflow
    assert [n["type"] for n in ai["workflow"]["nodes"]][:3] == [
        "CheckpointLoaderSimple",
        "LoraLoader",
        "CLIPTextEncode",
    ]
    assert {"id": 6, "type": "CLIPTextEncode", "title": "Positive"} in ai["workflow"]["nodes"]
    assert [e["where"] for e in ai["evidence"]] == ["PNG:Prompt", "PNG:Workflow"]


def test_comfyui_workflow_alone_is_followed_through_its_links():
    ai = ai_of(png_with(workflow=json.dumps(comfy_workflow())))
    assert ai["declared"] is True
    assert (ai["prompt"], ai["negative_prompt"]) == ("a red fox in fresh snow", "text, watermark")
    assert (ai["model"], ai["seed"], ai["steps"], ai["cfg_scale"]) == (
        "sd_xl_base_1.0.safetensors",
        156680208700286,
        20,
        7.5,
    )


def test_a_comfyui_workflow_saying_multiline_is_comfyui_and_nothing_else():
    report = analyse(png_with(workflow=json.dumps(comfy_workflow())), "ComfyUI_00001_.png", strict=True)
    assert report.ai.generator == "ComfyUI"
    citing = [f.rule for f in report.findings if any(e.where == "PNG:Workflow" for e in f.evidence)]
    assert citing == ["ai_declared"]
    assert {software.name for software in report.software} <= {"ComfyUI"}


def test_comfyui_graph_in_webp_exif_model_and_make_is_read():
    exif = exif_tiff(
        [(0x010F, 2, "workflow:" + json.dumps(comfy_workflow())), (0x0110, 2, "prompt:" + json.dumps(COMFY_PROMPT))]
    )
    out = io.BytesIO()
    Image.new("RGB", (16, 16)).save(out, "WEBP", exif=b"Exif\x00\x00" + exif)
    ai = ai_of(out.getvalue())
    assert ai["declared"] is True and ai["prompt"] == "a red fox in fresh snow"
    assert [e["where"] for e in ai["evidence"]] == ["IFD0:Model", "IFD0:Make"]


def test_real_comfyui_img2img(shared):
    ai = ai_of((shared / "corpus/provenance/ai/img2img_cropped.png").read_bytes())
    assert ai["prompt"] == "photograph of victorian woman with wings, sky clouds, meadow grass"
    assert (ai["negative_prompt"], ai["model"]) == ("watermark, text", "v1-5-pruned-emaonly.ckpt")
    assert (ai["seed"], ai["steps"], ai["sampler"]) == (280823642470253, 20, "sample_dpmpp_2m (normal)")


@pytest.mark.parametrize(
    "chunks",
    [
        {"prompt": '{"3": {"class_type": "KSampler", "inputs": {"seed": [1, 2'},  # truncated
        {"prompt": "[" * 100_000 + "]" * 100_000},  # nested past the parser's recursion limit
        {"prompt": '{"3": {"class_type": ["KSampler"], "inputs": {"positive": [{"x": 1}, 0]}}}'},  # odd shapes
        {
            "workflow": '{"nodes": [{"id": [1], "type": "KSampler", "inputs": [{"name": "positive", "link": [3]}]}],'
            ' "links": [[[3], 1, 0, 2, 0, "X"], [4, {"a": 1}]]}'
        },
        {"workflow": '{"nodes": "not a list", "links": 7}'},
    ],
)
def test_malformed_graph_json_gives_fewer_fields_never_an_error(chunks):
    ai = ai_of(png_with(**chunks))
    assert ai["prompt"] is None and ai["seed"] is None


def test_a_prompt_chunk_that_is_not_a_graph_declares_nothing():
    assert ai_of(png_with(prompt="a cat in a hat"))["declared"] is False


def test_a_workflow_summary_keeps_a_bounded_number_of_nodes():
    nodes = [{"id": n, "type": "Note"} for n in range(MAX_WORKFLOW_NODES + 50)]
    ai = ai_of(png_with(workflow=json.dumps({"nodes": nodes, "links": []})))
    assert len(ai["workflow"]["nodes"]) == MAX_WORKFLOW_NODES
    assert len(ai["evidence"][0]["value"]) == EVIDENCE_TEXT + 1  # clipped, marked with "…"


# --- InvokeAI, NovelAI, Fooocus, SwarmUI, Draw Things ------------------------------------------------


def test_invokeai_metadata_json_is_read():
    metadata = {
        "app_version": "4.2.9",
        "generation_mode": "txt2img",
        "positive_prompt": "a castle in the clouds",
        "negative_prompt": "people",
        "width": 832,
        "height": 1216,
        "seed": 4242,
        "steps": 30,
        "cfg_scale": 7,
        "scheduler": "dpmpp_2m_k",
        "model": {"name": "Juggernaut XL v9", "base": "sdxl", "type": "main"},
    }
    ai = ai_of(png_with(invokeai_metadata=json.dumps(metadata)))
    assert ai["generator"] == "InvokeAI 4.2.9" and ai["model"] == "Juggernaut XL v9"
    assert (ai["prompt"], ai["negative_prompt"], ai["size"], ai["sampler"]) == (
        "a castle in the clouds",
        "people",
        "832x1216",
        "dpmpp_2m_k",
    )


def test_invokeai_dream_command_line_alone_is_read():
    ai = ai_of(png_with(Dream='"a tiny robot, watercolor" -s 40 -S 1234567 -W 512 -H 640 -C 7.5 -A k_euler_a'))
    assert ai["declared"] is True and ai["generator"] == "InvokeAI"
    assert (ai["prompt"], ai["steps"], ai["seed"], ai["size"], ai["cfg_scale"], ai["sampler"]) == (
        "a tiny robot, watercolor",
        40,
        1234567,
        "512x640",
        7.5,
        "k_euler_a",
    )


def test_real_invokeai_files(shared):
    corpus = shared / "corpus"
    imeta = ai_of((corpus / "provenance/ai/invokeai_imeta1.png").read_bytes())
    assert (imeta["model"], imeta["seed"], imeta["size"]) == ("juggernautXL", 3293022630, "1024x1024")
    legacy = ai_of((corpus / "provenance/ai/invokeai_sdmeta1.png").read_bytes())
    assert (legacy["generator"], legacy["model"], legacy["steps"]) == ("InvokeAI 2.3.0", "deliberateForInvoke_v08", 50)
    graph = ai_of((corpus / "origin/invokeai/blue-sphere-red-cube-hybrid.png").read_bytes())
    assert graph["prompt"] == "blue sphere, red cube, hybrid" and graph["workflow"]["tool"] == "InvokeAI"
    elven = ai_of((corpus / "origin/invokeai/elven_princess.png").read_bytes())
    assert elven["declared"] is True and elven["prompt"] == "fantasy portrait of elven princess"


def test_novelai_software_description_and_comment_are_read():
    comment = {
        "prompt": "ignored when Description is set",
        "uc": "lowres",
        "steps": 28,
        "sampler": "k_euler",
        "scale": 5.0,
        "seed": 99,
        "width": 832,
        "height": 1216,
    }
    ai = ai_of(
        png_with(
            Software="NovelAI",
            Description="1girl, scenery",
            Source="NovelAI Diffusion V3 7BCCAA2C",
            Comment=json.dumps(comment),
        )
    )
    assert (ai["generator"], ai["prompt"], ai["negative_prompt"]) == ("NovelAI", "1girl, scenery", "lowres")
    assert (ai["model"], ai["cfg_scale"], ai["size"]) == ("NovelAI Diffusion V3 7BCCAA2C", 5.0, "832x1216")


def test_novelai_with_malformed_comment_still_declares():
    ai = ai_of(png_with(Software="NovelAI", Description="a fox", Comment='{"steps": 28, "uc": '))
    assert ai["declared"] is True and ai["prompt"] == "a fox" and ai["steps"] is None


def test_real_novelai_and_fooocus(shared):
    novel = ai_of((shared / "corpus/provenance/ai/novelai1_cropped.png").read_bytes())
    assert (novel["generator"], novel["seed"], novel["sampler"]) == ("NovelAI", 2253955223, "k_euler_ancestral")
    fooocus = ai_of((shared / "corpus/provenance/ai/fooocus1_cropped.png").read_bytes())
    assert (fooocus["generator"], fooocus["prompt"], fooocus["size"]) == (
        "Fooocus v2.4.3",
        "a smiling goldfish",
        "768x1280",
    )
    assert fooocus["seed"] == 6952411511246973023


def test_fooocus_with_a1111_scheme_is_named_fooocus():
    text = A1111.replace("Version: v1.9.4", "Version: Fooocus v2.5.0")
    ai = ai_of(png_with(parameters=text, fooocus_scheme="a1111"))
    assert ai["generator"] == "Fooocus" and ai["seed"] == 3141592653


def test_swarmui_parameters_json_is_read():
    params = {
        "sui_image_params": {
            "prompt": "a koi pond",
            "negativeprompt": "blur",
            "model": "flux1-dev",
            "seed": 7,
            "steps": 24,
            "cfgscale": 1,
            "width": 1024,
            "height": 1024,
            "swarm_version": "0.9.2.1",
        },
        "sui_extra_data": {"date": "2024-09-01"},
    }
    ai = ai_of(png_with(parameters=json.dumps(params)))
    assert (ai["generator"], ai["model"], ai["prompt"], ai["size"]) == (
        "SwarmUI 0.9.2.1",
        "flux1-dev",
        "a koi pond",
        "1024x1024",
    )


def test_draw_things_creator_tool_and_user_comment_json_are_read():
    comment = json.dumps(
        {
            "c": "a lighthouse",
            "uc": "fog",
            "model": "flux_1_dev_q5p.ckpt",
            "seed": 11,
            "steps": 30,
            "scale": 3.5,
            "sampler": "Euler A Trailing",
            "size": "512x768",
        }
    )
    escaped = comment.replace("&", "&amp;").replace("<", "&lt;")
    body = f'<exif:UserComment><rdf:Alt><rdf:li xml:lang="x-default">{escaped}</rdf:li></rdf:Alt></exif:UserComment>'
    ai = ai_of(jpeg_with_xmp('xmp:CreatorTool="Draw Things"', body))
    assert (ai["generator"], ai["prompt"], ai["model"], ai["size"]) == (
        "Draw Things",
        "a lighthouse",
        "flux_1_dev_q5p.ckpt",
        "512x768",
    )
    assert [e["where"] for e in ai["evidence"]] == ["XMP-xmp:CreatorTool", "XMP-exif:UserComment"]


# --- IPTC ---------------------------------------------------------------------------------------------


def test_iptc_trained_algorithmic_media_declares_ai_generation():
    ai = ai_of(jpeg_with_xmp(f'Iptc4xmpExt:DigitalSourceType="{DST}trainedAlgorithmicMedia"'))
    assert ai["declared"] is True and ai["by"] == ["iptc"]
    assert ai["statement"] == "Declared AI-generated (IPTC digital source type)"
    assert ai["evidence"] == [{"where": "XMP-iptcExt:DigitalSourceType", "value": f"{DST}trainedAlgorithmicMedia"}]


def test_iptc_composite_with_trained_media_declares_ai_editing():
    ai = ai_of(jpeg_with_xmp(f'Iptc4xmpExt:DigitalSourceType="{DST}compositeWithTrainedAlgorithmicMedia"'))
    assert ai["statement"] == "Declared edited with generative AI (IPTC digital source type)"


@pytest.mark.parametrize(
    "term", ["digitalCapture", "computationalCapture", "humanEdits", "compositeCapture", "screenCapture"]
)
def test_iptc_capture_and_human_edit_terms_declare_nothing(term):
    ai = ai_of(jpeg_with_xmp(f'Iptc4xmpExt:DigitalSourceType="{DST}{term}"'))
    assert (ai["declared"], ai["evidence"]) == (False, [])


def test_iptc_algorithmic_media_is_kept_as_evidence_but_is_not_generative_ai():
    ai = ai_of(jpeg_with_xmp(f'Iptc4xmpExt:DigitalSourceType="{DST}algorithmicMedia"'))
    assert ai["declared"] is False and ai["statement"] == NO_AI_DECLARATION
    assert [e["where"] for e in ai["evidence"]] == ["XMP-iptcExt:DigitalSourceType"]


def test_google_credit_with_source_type_names_google():
    ai = ai_of(
        jpeg_with_xmp(
            f'Iptc4xmpExt:DigitalSourceType="{DST}trainedAlgorithmicMedia" photoshop:Credit="Made with Google AI"'
        )
    )
    assert ai["generator"] == "Google AI"
    assert ai["statement"] == "Declared AI-generated by Google AI (IPTC digital source type, IPTC credit line)"


def test_iptc_ai_system_fields_name_the_system_and_prompt():
    ai = ai_of(
        jpeg_with_xmp(
            'Iptc4xmpExt:AISystemUsed="Midjourney" Iptc4xmpExt:AISystemVersionUsed="6.1" '
            'Iptc4xmpExt:AIPromptInformation="a cat astronaut"'
        )
    )
    assert (ai["declared"], ai["generator"], ai["prompt"]) == (True, "Midjourney 6.1", "a cat astronaut")


def test_midjourney_job_id_alone_is_only_a_weak_mark():
    ai = ai_of(
        jpeg_with_xmp(
            "",
            '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">a koi pond --ar 16:9 Job ID: '
            "0b5a7c52-3f0e-4a39-9f5e-2c1d7e8a9b10</rdf:li></rdf:Alt></dc:description>",
        )
    )
    assert (ai["declared"], ai["generator"], ai["prompt"]) == (False, None, "a koi pond --ar 16:9")
    assert [e["where"] for e in ai["evidence"]] == ["XMP-dc:Description"]


def test_midjourney_job_id_with_source_type_names_midjourney():
    ai = ai_of(
        jpeg_with_xmp(
            f'Iptc4xmpExt:DigitalSourceType="{DST}trainedAlgorithmicMedia"',
            '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">a koi pond Job ID: '
            "0b5a7c52-3f0e-4a39-9f5e-2c1d7e8a9b10</rdf:li></rdf:Alt></dc:description>",
        )
    )
    assert ai["statement"] == "Declared AI-generated by Midjourney (IPTC digital source type)"


# --- C2PA ------------------------------------------------------------------------------------------


def test_c2pa_created_with_trained_media_names_the_software_agent():
    created = action("created", "trainedAlgorithmicMedia", "Adobe Firefly")
    ai = read_ai(c2pa_report(manifest(created, claim_generator="Adobe_Firefly c2pa-rs/0.32.6")))
    assert (ai.declared, ai.by, ai.generator) == (True, ["c2pa"], "Adobe Firefly")
    assert ai.statement == "Declared AI-generated by Adobe Firefly (C2PA Content Credentials)"
    assert ai.evidence[0].where == "C2PA active manifest urn:active, action c2pa.created"


def test_c2pa_composite_only_is_declared_ai_edited():
    edited = action("edited", "compositeWithTrainedAlgorithmicMedia", {"name": "Adobe Photoshop", "version": "26.9"})
    ai = read_ai(c2pa_report(manifest(edited, claim_generator="Adobe_Photoshop/26.9.0 c2pa-rs/0.43.0")))
    assert ai.statement == "Declared edited with generative AI by Adobe Photoshop 26.9 (C2PA Content Credentials)"


def test_c2pa_editor_that_opened_an_ai_ingredient_is_not_named_generator():
    ingredient = manifest(action("created", "trainedAlgorithmicMedia"))
    report = c2pa_report(
        manifest(action("opened"), claim_generator="GIMP/3.0 c2pa-rs/0.40"), {"urn:ingredient": ingredient}
    )
    ai = read_ai(report)
    assert ai.declared is True and ai.generator is None
    assert ai.evidence[0].where == "C2PA manifest urn:ingredient (not active), action c2pa.created"


def test_c2pa_algorithmic_media_is_not_a_generative_ai_declaration():
    created = action("created", "algorithmicMedia", "Make Test Images")
    ai = read_ai(c2pa_report(manifest(created, claim_generator="make_test_images/0.33.1")))
    assert ai.declared is False and [e.value for e in ai.evidence] == [DST + "algorithmicMedia"]


@pytest.mark.parametrize(
    ("path", "generator", "statement_start"),
    [
        ("origin/adobe_firefly/Firefly_tabby_cat.jpg", "Adobe Firefly", "Declared AI-generated"),
        ("origin/dalle_chatgpt/DALL-E_cloud_surfing_puppy.webp", "OpenAI ChatGPT", "Declared AI-generated"),
        ("origin/google_gemini_imagen/trusted.jpg", "Google", "Declared AI-generated"),
        ("provenance/c2pa/Designer.jpeg", "Microsoft Designer", "Declared AI-generated"),
        ("provenance/c2pa/ocsp.jpg", "Adobe Firefly", "Declared edited with generative AI"),
    ],
)
def test_real_c2pa_declarations(shared, path, generator, statement_start):
    ai = ai_of((shared / "corpus" / path).read_bytes())
    assert (ai["declared"], ai["by"], ai["generator"]) == (True, ["c2pa"], generator)
    assert ai["statement"].startswith(statement_start) and ai["statement"].endswith("(C2PA Content Credentials)")


@pytest.mark.parametrize("name", ["C.jpg", "CA.jpg", "E-sig-CA.jpg", "FireflyTrain.jpg", "cloud-only-firefly.jpg"])
def test_real_c2pa_files_without_a_generative_ai_action_declare_nothing(shared, name):
    assert ai_of((shared / "corpus/provenance/c2pa" / name).read_bytes())["declared"] is False


def test_several_sources_are_all_listed_and_c2pa_names_the_generator():
    report = c2pa_report(manifest(action("created", "trainedAlgorithmicMedia", "Adobe Firefly")))
    report.metadata = {"XMP-iptcExt": {"DigitalSourceType": DST + "trainedAlgorithmicMedia", "AISystemUsed": "Other"}}
    ai = read_ai(report)
    assert ai.by == ["c2pa", "iptc"] and ai.generator == "Adobe Firefly"
    assert ai.statement.endswith("(C2PA Content Credentials; IPTC digital source type, IPTC AI system used)")


def test_a_generator_graph_too_deep_to_parse_is_said_not_passed_over_in_silence():
    deep = '{"3": {"class_type": "KSampler", "inputs": {"seed": ' + "[" * 5000 + "]" * 5000 + "}}}"
    info = PngInfo()
    info.add_text("prompt", deep)
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "PNG", pnginfo=info)
    report = analyse(out.getvalue(), "ComfyUI_00001_.png", strict=True)
    assert not report.ai.declared
    assert any(w.group == "AI" and "PNG:Prompt" in w.message and "was not read" in w.message for w in report.warnings)
