"""ExifTool tag-table dumps (``dump.pl`` JSON) as the Python text of our print-table rows.

Each ExifTool PrintConv becomes the text of one printer of :mod:`analysis.printconv.convert` or
:mod:`analysis.printconv.makernotes.functions`: a hash is ``lookup({...})``, a hash with a BITMASK
``flags({...})``, a list ``in_turn(...)``, and the Perl expressions ExifTool's tables use often
(``sprintf("%.1f",$val)``, ``"$val mm"``, ``PrintExposureTime``...) their named printer. An
expression not known here is left out and named in :data:`UNPORTED`.
"""

import json
import re
from collections.abc import Callable
from typing import Any

UNPORTED: list[tuple[str, str]] = []
"""(where, why) of every conversion left out, for the developer to port by hand."""


def text(value: Any) -> str:
    """A Python literal for a string or number (JSON's quoting is Python's for these)."""
    return json.dumps(value, ensure_ascii=False)


def _is_number(key: str) -> bool:
    return bool(re.fullmatch(r"-?\d+", key)) and not (key.startswith("0") and len(key) > 1)


def _key(key: str) -> str:
    return str(int(key)) if _is_number(key) else text(key)


def dict_text(table: dict[str, Any]) -> str:
    """A PrintConv hash as a dict literal: number keys as numbers, in numeric order, then the others."""
    items = sorted(table.items(), key=lambda kv: (0, int(kv[0]), "") if _is_number(kv[0]) else (1, 0, kv[0]))
    return "{" + ", ".join(f"{_key(k)}: {text(v)}" for k, v in items if not str(v).startswith("REF:")) + "}"


# Perl PrintConv expressions (whitespace collapsed) and the printer text each stands for.
EXPRESSIONS: list[tuple[re.Pattern, Callable[[re.Match], str]]] = [
    (
        re.compile(r'"([^"$]*)" \. Image::ExifTool::Exif::PrintExposureTime\(\$val\)'),
        lambda m: f"labelled({text(m.group(1))}, exposure_time)",
    ),
    (
        re.compile(
            r"my @v = split ' ', \$val; return 'n/a' if \$v\[0\] == 65535 or not \$v\[1\] or not \$v\[3\]; "
            r"sprintf \"%\.2g %\.2g\", \$v\[0\]/\$v\[1\], \$v\[2\]/\$v\[3\];"
        ),
        lambda m: "position_ratio",
    ),
    (
        re.compile(r"my @a = map \{ sprintf\('([^']*)', \$_\) \} split ' ', \$val; return \"@a\";"),
        lambda m: f'each(sprintf({text(m.group(1))}), " ")',
    ),
    (
        re.compile(r'my @a=split " ",\$val;join " ", map \{ sprintf\("([^"]*)",\$_\) \} @a'),
        lambda m: f'each(sprintf({text(m.group(1))}), " ")',
    ),
    (re.compile(r"\$val=~s/ / to /; \$val"), lambda m: 'first_space(" to ")'),
    (
        re.compile(r'sprintf\("([^"$]*)",\s*\$val\s*\*\s*(\d+)\)'),
        lambda m: f"scaled({m.group(2)}, sprintf({text(m.group(1))}))",
    ),
    (
        re.compile(r'\$val=~/\^Rev\(\\d\+\)\$/ \? sprintf\("%\.2f",\$1/100\) : \$val'),
        lambda m: 'hundredths(r"^Rev(\\d+)$")',
    ),
    (
        re.compile(r'\$val=~/\^\\d\+\$/ \? sprintf\("%\.2f",\$val/100\) : \$val'),
        lambda m: 'hundredths(r"^(\\d+)$")',
    ),
    (re.compile(r'IsInt\(\$val\) \? "\$val([^"$]*)" : \$val'), lambda m: f"if_integer(suffix({text(m.group(1))}))"),
    (re.compile(r"\$val and \$val =~ s/\^\(\\d\)/\\\+\$1/; \$val"), lambda m: "plus_before_digit"),
    (
        re.compile(r'Image::ExifTool::GPS::ToDMS\(\$self, \$val, 1, "([NE])"\)'),
        lambda m: f'dms("{m.group(1)}")',
    ),
    (re.compile(r"\$val =~ tr/ /x/; \$val"), lambda m: 'joined("x")'),
    (re.compile(r'\$val > 0 \? "\+\$val" : \$val'), lambda m: "signed"),
    (re.compile(r"int\(\$val \+ 0\.5\)"), lambda m: "rounded"),
    (re.compile(r'\$val eq "inf" \? \$val : "\$val m"'), lambda m: 'suffix(" m")'),
    (re.compile(r'\$val \? \$val : "([^"$]*)"'), lambda m: f"if_nonzero(text_of, {text(m.group(1))})"),
    (
        re.compile(r'\$val \? "\$val([^"$]*)" : "([^"$]*)"'),
        lambda m: f"if_nonzero(suffix({text(m.group(1))}), {text(m.group(2))})",
    ),
    (
        re.compile(r'\$val \? "([^"$]*)\$val([^"$]*)" : "([^"$]*)"'),
        lambda m: f"if_nonzero(prefixed({text(m.group(1) + '{}' + m.group(2))}), {text(m.group(3))})",
    ),
    (re.compile(r'\$val \? sprintf\("([^"$]*)",\s*\$val\) : 0'), lambda m: f"if_nonzero(sprintf({text(m.group(1))}))"),
    (
        re.compile(r"return 'Full' if \$val > 0\.99; Image::ExifTool::Exif::PrintExposureTime\(\$val\);?"),
        lambda m: "full_or_exposure_time",
    ),
    (re.compile(r'sprintf\("([^"$]*)",\s*\$val\)'), lambda m: f"sprintf({text(m.group(1))})"),
    (re.compile(r"Image::ExifTool::Exif::PrintExposureTime\(\$val\)"), lambda m: "exposure_time"),
    (re.compile(r"Image::ExifTool::Exif::PrintFNumber\(\$val\)"), lambda m: "f_number"),
    (re.compile(r"Image::ExifTool::Exif::PrintFraction\(\$val\)"), lambda m: "fraction"),
    (re.compile(r'"\$val([^"$@\\]*)"'), lambda m: f"suffix({text(m.group(1))})"),
    (
        re.compile(r'"([^"$@\\]*)\$val([^"$@\\]*)"'),
        lambda m: f"prefixed({text(m.group(1) + '{}' + m.group(2))})",
    ),
]


def printer(conv: dict[str, Any] | None, where: str) -> str | None:
    """The printer text of one dumped PrintConv (``{"hash": ...}``, ``{"list": ...}``, ``{"expr": ...}``),
    None where there is none or it is not ported (then noted in :data:`UNPORTED`)."""
    if conv is None:
        return None
    if "hash" in conv:
        table = dict(conv["hash"])
        other = table.pop("OTHER", None)
        table.pop("Notes", None)
        bits = table.pop("BITMASK", None)
        if bits is not None:
            ordered = sorted(bits.items(), key=lambda kv: int(kv[0]))
            bits_text = "{" + ", ".join(f"{int(k)}: {text(v)}" for k, v in ordered) + "}"
            return f"flags({bits_text}, {dict_text(table)})" if table else f"flags({bits_text})"
        if other:
            UNPORTED.append((where, "OTHER sub on hash"))
        return f"lookup({dict_text(table)})"
    if "list" in conv:
        parts = [printer(c, where) if c else None for c in conv["list"]]
        return "in_turn(" + ", ".join(p or "None" for p in parts) + ")"
    if "expr" in conv:
        expression = re.sub(r"\s+", " ", conv["expr"].strip())
        for pattern, make in EXPRESSIONS:
            m = pattern.fullmatch(expression)
            if m:
                return make(m)
        UNPORTED.append((where, expression))
        return None
    UNPORTED.append((where, "code"))
    return None


_MODEL_CONDITION = re.compile(r"\$\$self\{Model\}\s*=~\s*/(.*?)/(i?)")
_COUNT_CONDITION = re.compile(r"\$count\s*==\s*(\d+)")


def _model_pattern(condition: str) -> tuple[str | None, int | None, bool]:
    """(model regex, value count, understood) of a tag variant's Condition."""
    negative = re.fullmatch(r"\$\$self\{Model\}\s*!~\s*/(.*?)/", condition)
    if negative:
        condition = "$$self{Model} =~ /^(?!.*(?:" + negative.group(1) + "))/"
    models = _MODEL_CONDITION.findall(condition)
    rest = re.sub(r"\bor\b|\s|\(|\)", "", _MODEL_CONDITION.sub("", condition))
    count = _COUNT_CONDITION.fullmatch(condition)
    if count:
        return None, int(count.group(1)), True
    if not models or rest:
        return None, None, False
    inner = [re.fullmatch(r"\\b\((.*)\)\\b", m) for m, _ in models]
    if len(models) > 1 and all(inner):
        pattern = r"\b(" + "|".join(i.group(1) for i in inner if i) + r")\b"
    else:
        pattern = "|".join(f"(?:{m})" if len(models) > 1 else m for m, _ in models)
    if any(flag for _, flag in models):
        pattern = "(?i)" + pattern
    return pattern, None, True


def variant_printers(variants: list[dict[str, Any]], where: str) -> list[tuple[str | None, str, str | None]]:
    """[(model regex or None, tag name, printer text)] for the variants of one tag id: variants told
    apart by the camera model each get their own; those told apart by the value count are folded
    into one ``by_count``."""
    by_model: dict[str | None, dict[str, Any]] = {}
    for entry in variants:
        if not entry.get("Name"):
            continue
        condition = entry.get("Condition", "").strip().replace("$self->{", "$$self{")
        condition = re.sub(
            r'\$\$self\{Model\}\s*eq\s*"([^"]*)"',
            lambda m: "$$self{Model} =~ /^" + re.escape(m.group(1)) + "$/",
            condition,
        )
        condition = re.sub(
            r'\$\$self\{Model\}\s*ne\s*"([^"]*)"',
            lambda m: "$$self{Model} !~ /^" + re.escape(m.group(1)) + "$/",
            condition,
        )
        text_ = printer(entry.get("PrintConv"), where + ":" + entry["Name"])
        if text_ and entry.get("PrintHex") and text_.startswith("lookup("):
            text_ = text_[:-1] + ", hex_unknown=True)"
        model, count = None, None
        if condition:
            model, count, understood = _model_pattern(condition)
            if not understood:
                UNPORTED.append((where + ":" + entry["Name"], "condition " + condition[:80]))
                condition = ""  # not told apart here: the first such variant serves as the default
        elif isinstance(entry.get("Count"), int):
            count = entry["Count"]
        slot = by_model.setdefault(model, {"name": entry["Name"], "counts": {}, "default": None})
        if count is not None and condition:
            slot["counts"][count] = text_
        elif slot["default"] is None:
            slot["default"] = text_
            if count is not None:
                slot["counts"].setdefault(count, text_)
    out = []
    for model, slot in by_model.items():
        counts = slot["counts"]
        if counts and len(set(counts.values()) | {slot["default"]}) > 1:
            inner = ", ".join(f"{c}: {p or 'None'}" for c, p in sorted(counts.items()))
            out.append((model, slot["name"], f"by_count({{{inner}}}, {slot['default'] or 'None'})"))
        else:
            out.append((model, slot["name"], slot["default"]))
    return out


def table_rows(dump: dict[str, Any], table: str) -> dict[str | None, dict[str, str]]:
    """{model regex or None: {tag name: printer text}} for one dumped ExifTool table; tags ExifTool
    shows only with -u are left out, and of two tags named alike the later one's conversion is kept
    (with ``either`` where both are lookups), as ExifTool keeps the later tag."""
    rows: dict[str | None, dict[str, str]] = {}
    tags = dump[table]["tags"]

    def order(tag_id: str) -> float:
        try:
            return float(tag_id)
        except ValueError:
            return 1e12

    for tag_id in sorted(tags, key=order):
        if all(entry.get("Unknown") for entry in tags[tag_id]):
            continue
        for model, name, text_ in variant_printers(tags[tag_id], f"{table}:{tag_id}"):
            if text_ is None:
                if name in rows.get(model, {}):
                    rows[model][name] = "None"
                continue
            earlier = rows.setdefault(model, {}).get(name)
            both_lookups = bool(earlier) and earlier.startswith("lookup(") and text_.startswith("lookup(")
            if both_lookups and earlier not in ("None", text_):
                text_ = f"either({text_}, {earlier})"
            rows[model][name] = text_
    return rows


def rows_text(rows: dict[str, str], indent: str = "        ") -> str:
    """A rows dict literal, one row a line."""
    return "{\n" + "".join(f"{indent}{text(n)}: {t},\n" for n, t in rows.items()) + indent[:-4] + "}"


def constant_name(table: str) -> str:
    """ExifTool's CamelCase table name as an upper-case constant name (``Functions1D`` → ``FUNCTIONS_1D``)."""
    return re.sub(r"(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Z][a-z])", "_", table).upper()


def model_slug(model: str, *, brand: bool = False) -> str:
    """A model regex as a constant-name suffix (``\\bEOS 40D\\b`` → ``EOS_40D``), at most 24
    characters. ``brand``: as the brand modules were named (a ``(?i)`` kept as ``I_``, a cut name
    may end in ``_``)."""
    flags = "" if brand else r"|\(\?i\)"
    slug = re.sub(r"[^A-Z0-9]+", "_", re.sub(r"\\b|\(\?[:!]" + flags + r"|[\^.*?$\\]", "", model).upper())
    slug = slug.strip("_")[:24]
    return slug if brand else slug.strip("_")
