"""AI declarations in IPTC metadata (SIGNATURES A10, A22-A25, A30).

``XMP-iptcExt:DigitalSourceType`` holds a term URI of the IPTC Digital Source Type vocabulary;
trainedAlgorithmicMedia (A22) declares generative-AI content, compositeWithTrainedAlgorithmicMedia
(A23) AI-edited content. algorithmicMedia and compositeSynthetic (A24, A25) are kept as evidence
without declaring generative AI; the other terms (A26-A28: captures, human edits) are not read.
The IPTC 2025 AI fields (A30) name the system and prompt; Google's credit line "Made with Google
AI" (A10) declares it in words. IPTC IIM has no digital source type dataset, so only XMP is read.
"""

from ...result import Report
from .part import Part, at, mark, scalar, text

DST = "XMP-iptcExt:DigitalSourceType"
GENERATED, EDITED = "trainedAlgorithmicMedia", "compositeWithTrainedAlgorithmicMedia"
SYNTHETIC = frozenset({"algorithmicMedia", "compositeSynthetic"})
SYSTEM, VERSION = "XMP-iptcExt:AISystemUsed", "XMP-iptcExt:AISystemVersionUsed"
PROMPT, PROMPT_WRITER = "XMP-iptcExt:AIPromptInformation", "XMP-iptcExt:AIPromptWriterName"

# Credit lines that are declarations, lower case, and the generator each names (A10).
CREDITS = {"made with google ai": "Google AI"}
CREDIT_PLACES = ("XMP-photoshop:Credit", "IPTC:Credit")


def read(report: Report) -> Part | None:
    """The IPTC part: declared on a generative-AI digital source type, an AI system named in
    AISystemUsed, or a declaring credit line; None when none of these nor a synthetic source
    type nor an AI prompt field is present."""
    part = Part("iptc", False, [])
    sources = []
    term = (text(report, DST) or "").rsplit("/", 1)[-1]
    if term in (GENERATED, EDITED) or term in SYNTHETIC:
        part.evidence.append(mark(report, DST))
    if term in (GENERATED, EDITED):
        part.declared, part.edited = True, term == EDITED
        sources.append("IPTC digital source type")
    if system := scalar(at(report, SYSTEM)):
        version = scalar(at(report, VERSION))
        part.declared, part.generator = True, f"{system} {version}" if version else system
        part.evidence += filter(None, (mark(report, SYSTEM), mark(report, VERSION)))
        sources.append("IPTC AI system used")
    for place in CREDIT_PLACES:
        credit = (text(report, place) or "").lower()
        if credit in CREDITS:
            part.declared, part.generator = True, part.generator or CREDITS[credit]
            part.evidence.append(mark(report, place))
            sources.append("IPTC credit line")
            break
    if prompt := text(report, PROMPT):
        part.fill(prompt=prompt)
        part.evidence += filter(None, (mark(report, PROMPT), mark(report, PROMPT_WRITER)))
    part.source = ", ".join(sources)
    return part if part.evidence else None
