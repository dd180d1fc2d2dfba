"""Generate the maker-note print tables of ``analysis/printconv/makernotes/`` from ExifTool's own tag
tables, as a developer tool (not run by the engine or the tests).

It needs the installed ExifTool 12.57 (its Perl modules under ``/usr/share/perl5``): ``dump.pl``
dumps a module's tag tables as JSON, this script turns them into our modules (ExifTool's PrintConv
hashes as lookups, its expressions as the printers of ``makernotes/functions.py``), then says each
printer once (:mod:`tidy`). To regenerate, from the repository root::

    mkdir -p /tmp/tables /tmp/out
    for m in Casio Sanyo Kodak Minolta Sigma Ricoh GE JVC NikonCapture Nikon FLIR InfiRay PhaseOne \\
             NikonCustom CanonCustom; do
        perl tools/exiftool_tables/dump.pl $m > /tmp/tables/$(echo $m | tr A-Z a-z).json
    done
    .venv/bin/python tools/exiftool_tables/generate.py /tmp/tables /tmp/out       # every module
    diff -r /tmp/out analysis/printconv/makernotes | less                         # then copy what you want

A few generated modules were edited by hand afterwards (casio, minolta, ricoh: a row or two the
generator does not port, Minolta's lens types taken from ``sony_lenses``), so diff before copying.
``--tidy FILE...`` runs only the tidy passes on modules in place (the brand modules canon.py,
nikon.py, sony.py... were assembled from generated rows by hand, and are kept tidy this way).
Expressions the generator cannot port are listed on stderr (``UNPORTED``).
"""

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import printers
import tidy

# module: (ExifTool module, group, [tables in the order the reader prefers])
BRANDS = {
    "casio": ("Casio", "Casio", ["Main", "Type2"]),
    "sanyo": ("Sanyo", "Sanyo", ["Main"]),
    "kodak": ("Kodak", "Kodak", ["Main", "Type3", "Type4"]),
    "minolta": ("Minolta", "Minolta", ["Main", "CameraSettings"]),
    "sigma": ("Sigma", "Sigma", ["Main"]),
    "ricoh": ("Ricoh", "Ricoh", ["Main", "ImageInfo", "Subdir", "Text"]),
    "ge": ("GE", "GE", ["Main"]),
    "jvc": ("JVC", "JVC", ["Main", "Text"]),
    "nikon_capture": (
        "NikonCapture",
        "NikonCapture",
        [
            "Main",
            "Brightness",
            "ColorBoost",
            "CropData",
            "DLightingHQ",
            "DLightingHS",
            "Exposure",
            "HighlightData",
            "NoiseReduction",
            "PhotoEffects",
            "PictureCtrl",
            "RedEyeData",
            "UnsharpData",
            "WBAdjData",
        ],
    ),
    "nikon_scan": ("Nikon", "NikonScan", ["Scan"]),
    "flir": (
        "FLIR",
        "FLIR",
        [
            "CameraInfo",
            "Main",
            "FFF",
            "FPF",
            "GPSInfo",
            "MeasInfo",
            "MeterLink",
            "PaletteInfo",
            "ParamInfo",
            "Params",
            "PiP",
            "TextInfo",
            "EmbeddedImage",
            "RawData",
            "SerialNums",
            "MoreInfo",
            "Parts",
            "Composite",
        ],
    ),
    "infiray": ("InfiRay", "InfiRay", ["Version", "Factory", "Picture", "Sensor", "MixMode", "OpMode", "Isothermal"]),
    "phaseone": ("PhaseOne", "PhaseOne", ["Main", "SensorCalibration"]),
}

_FUNCTIONS = [
    "by_count",
    "either",
    "first_space",
    "full_or_exposure_time",
    "hundredths",
    "if_integer",
    "if_nonzero",
    "in_turn",
    "joined",
    "labelled",
    "plus_before_digit",
    "position_ratio",
    "prefixed",
    "rounded",
    "scaled",
    "signed",
    "sprintf",
]
_CONVERT = "from ..convert import dms, each, exposure_time, f_number, flags, fraction, lookup, suffix, text_of\n"


def _imports(table_names: str) -> str:
    """Every printer a generated module may use (``ruff check --fix`` drops those it does not)."""
    listed = "".join(f"    {name},\n" for name in _FUNCTIONS)
    return _CONVERT + f"from ..table import {table_names}\nfrom .functions import (\n{listed})\n\n"


def _balanced(text: str, start: int) -> int:
    """End (exclusive) of the call starting at ``text[start]``, -1 if it does not end."""
    depth, i, in_string = 0, start, False
    while i < len(text):
        c = text[i]
        if in_string:
            if c == "\\":
                i += 2
                continue
            if c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c in "({[":
            depth += 1
        elif c in ")}]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def hoist(body: str, min_count: int = 2, min_len: int = 30) -> tuple[str, str]:
    """Printers written more than once in ``body`` become module constants named after the first
    tag that uses them: (constants text, body)."""
    occurrences: dict[str, int] = {}
    names: dict[str, str] = {}
    for m in re.finditer(r'"([A-Za-z0-9_\-]+)": ((?:lookup|flags|either|in_turn|by_count)\()', body):
        call = body[m.start(2) : _balanced(body, m.start(2))]
        occurrences[call] = occurrences.get(call, 0) + 1
        names.setdefault(call, m.group(1))
    constants, used = [], set()
    for call, count in sorted(occurrences.items(), key=lambda kv: body.index(kv[0])):
        if count < min_count or len(call) < min_len:
            continue
        base = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", names[call]).upper().replace("-", "_")
        name, n = base, 2
        while name in used:
            name, n = f"{base}{n}", n + 1
        used.add(name)
        constants.append(f"{name} = {call}\n")
        body = body.replace(call, name)
    return "".join(constants), body


def _shared(constants: str) -> str:
    return "# Printers several tables share.\n" + constants + "\n\n" if constants else ""


def _tag_names(dump: dict, table: str) -> set[str]:
    """The names of a table's tags (a Perl code entry, dumped as ``CODE(0x...)``, is none)."""
    return {
        e["Name"]
        for vs in dump[table]["tags"].values()
        for e in vs
        if e.get("Name") and not e.get("Unknown") and not e["Name"].startswith("CODE(")
    }


def brand(module: str, dumps: Path) -> str:
    """One brand module: the first table's rows (and the later tables' names it lacks) as the
    family's rows; a later table that prints a name otherwise as a Source known by its own tags."""
    exiftool_module, group, tables = BRANDS[module]
    dump = json.loads((dumps / f"{exiftool_module.lower()}.json").read_text())
    all_rows = {t: printers.table_rows(dump, t) for t in tables}
    first = _tag_names(dump, tables[0])
    base = dict(all_rows[tables[0]].get(None, {}))
    for t in tables[1:]:
        for name, text in all_rows[t].get(None, {}).items():
            if name not in first:
                base.setdefault(name, text)
    body, sources = [], []
    for i, t in enumerate(tables):
        rows = all_rows[t]
        const = f"{t.upper()}_ROWS"
        own = _tag_names(dump, t) - set().union(*(_tag_names(dump, o) for o in tables if o != t))
        for model, model_rows in rows.items():
            if model is None:
                continue
            slug = printers.model_slug(model, brand=True)
            body.append(f"{const}_{slug} = {printers.rows_text(model_rows, '    ')}\n")
            sources.append(f'        Source("{exiftool_module}::{t}", model(r"{model}"), {const}_{slug}),\n')
        if i == 0:
            continue
        plain = rows.get(None, {})
        shared = sorted(_tag_names(dump, t) & first)
        differing = {n: plain.get(n, "None") for n in shared if base.get(n) != plain.get(n)}
        if differing and own:
            wrapped = textwrap.fill(" ".join(sorted(own)), 100, initial_indent=" " * 16, subsequent_indent=" " * 16)
            body.append(f"{const} = {printers.rows_text(differing, '    ')}\n")
            known_by = f'has_tag("{group}", """\n{wrapped}\n{" " * 16}""")'
            sources.append(f'        Source("{exiftool_module}::{t}", {known_by}, {const}),\n')
    doc = f"""Printed values of ExifTool's {exiftool_module} tables for the {group} group ({exiftool_module}.pm,
        12.57), keyed by tag name: ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its
        expressions as the named printers of :mod:`.functions`. The {", ".join(tables)} tables feed the {group}
        group; where a later one prints a name of an earlier one otherwise, its rows are a
        :class:`..table.Source` known by the tags only it has."""
    head = f'"""{textwrap.fill(" ".join(doc.split()), 100)}"""\n\n'
    head += _imports("Source, Table, has_tag, model")
    text = "\n\n".join(body) + "\n\nTABLES: dict[str, Table] = {\n"
    text += f'    "{group}": Table(\n        rows={printers.rows_text(base, "            ")},\n'
    if sources:
        text += "        sources=(\n" + "".join("    " + s for s in sources) + "        ),\n"
    text += "    ),\n}\n"
    constants, text = hoist(text)
    return head + _shared(constants) + text


def by_model_tables(doc: str, dump: dict, specs: list[tuple[str, str, str]], conditions: str) -> str:
    """A module of one :class:`Source` per table (``specs``: table, source name, the code of its
    ``applies``), a table's model variants first, as ``SOURCES``; ``conditions`` is the code of the
    ``applies`` constants."""
    body, sources, used = [], [], set()
    for table, name, applies in specs:
        rows = printers.table_rows(dump, table)
        const = printers.constant_name(table)
        for model, model_rows in rows.items():
            if model is None:
                continue
            model_const = const + "_" + printers.model_slug(model)
            if model.startswith("^(?!"):
                model_const = const + "_NOT_" + model_const[len(const) + 1 :]
            while model_const in used:
                model_const += "_"
            used.add(model_const)
            body.append(f"{model_const} = {printers.rows_text(model_rows, '    ')}\n")
            sources.append(f'    Source("{name}", all_of({applies}, model(r"{model}")), {model_const}),\n')
        body.append(f"{const} = {printers.rows_text(rows.get(None, {}), '    ')}\n")
        sources.append(f'    Source("{name}", {applies}, {const}),\n')
    head = f'"""{doc}"""\n\n' + _imports("Source, all_of, model, value_matches")
    constants, text = hoist("\n\n".join(body))
    return head + conditions + "\n" + _shared(constants) + text + "\n\n" + "SOURCES = (\n" + "".join(sources) + ")\n"


NIKON_CUSTOM_DOC = """Printed values of ExifTool's NikonCustom custom-settings tables (NikonCustom.pm, 12.57), one
:class:`..table.Source` per table: each camera has its own layout and its own meanings for names
the others share (NikonCustom:ISODisplay 1 is "Show Frame Count" on one model, "Show ISO
Sensitivity" on another), chosen as ExifTool chooses them: by the ShotInfo table that holds them,
itself picked by the ShotInfoVersion the maker note gives."""

# NikonCustom table: the ShotInfoVersion of the ShotInfo table that holds it (None: by model, below).
NIKON_SETTINGS = [
    ("SettingsD40", "0209"),
    ("SettingsD80", "0208"),
    ("SettingsD90", "0213"),
    ("SettingsD3", "02(10|14|16|18)"),
    ("SettingsD700", "0212"),
    ("SettingsD800", "0222"),
    ("SettingsD810", "0233"),
    ("SettingsD850", "0243"),
    ("SettingsD5000", "0215"),
    ("SettingsD5100", "0221"),
    ("SettingsD5200", "0226"),
    ("SettingsD7000", "0220"),
    ("SettingsD4", "02(23|31)"),
    ("SettingsD610", "0232"),
    ("SettingsD5", None),
    ("SettingsD500", "023[89]"),
    ("SettingsZ9", "0805"),
]


def nikon_custom(dumps: Path) -> str:
    """nikon_custom.py: a Source per NikonCustom table, chosen by ShotInfoVersion (Nikon.pm 0x0091)."""
    conditions = (
        "\n# ExifTool's choice of ShotInfo table (Nikon.pm tag 0x0091, by ShotInfoVersion), each naming its\n"
        "# custom-settings table; the D5 and D500 share ShotInfoD500 and part by model.\n"
    )
    specs = []
    for table, version in NIKON_SETTINGS:
        const = table.upper().replace("SETTINGS", "SHOT_INFO_")
        if version is None:
            conditions += (
                f'{const} = all_of(value_matches("Nikon", "ShotInfoVersion", r"023[89]"), model(r"\\bD5\\b"))\n'
            )
        else:
            conditions += f'{const} = value_matches("Nikon", "ShotInfoVersion", r"{version}")\n'
        specs.append((table, f"NikonCustom::{table}", const))
    dump = json.loads((dumps / "nikoncustom.json").read_text())
    return by_model_tables(NIKON_CUSTOM_DOC, dump, specs, conditions + "\n")


CANON_CUSTOM_DOC = """Printed values of ExifTool's CanonCustom custom-function tables (CanonCustom.pm, 12.57), one
:class:`..table.Source` per table: the older EOS models each have their own table (one function
number, one name, another meaning per model: ExposureLevelIncrements 0 is "1/2 Stop" on a D30 and
"1/3-stop set, 1/3-stop comp." on an EOS-1D), chosen as ExifTool chooses them, by the camera model;
every later model shares Functions2, whose rows ExifTool varies by model or by the number of values.

The model patterns are those of Canon.pm's tag 0x000F (CustomFunctions1D...) narrowed to the models
that write it: the EOS-1D Mark III and later, the 5D Mark II and later write tag 0x0099 (Functions2)."""

# CanonCustom table (Functions<key>): ExifTool's model condition of Canon.pm tag 0x000F or 0x0090.
CANON_MODELS = {
    "1D": r"\bEOS-1Ds?( Mark II( N)?)?$",
    "5D": r"\bEOS 5D$",
    "10D": r"\bEOS 10D\b",
    "20D": r"\bEOS 20D\b",
    "30D": r"\bEOS 30D\b",
    "350D": r"\b(350D|REBEL XT|Kiss Digital N)\b",
    "400D": r"\b(400D|REBEL XTi|Kiss Digital X|K236)\b",
    "D30": r"\bEOS D[36]0\b",
}
# All those models at once, for the Functions2 condition (every other model).
CANON_OLD_MODELS = [
    r"\bEOS-1Ds?( Mark II( N)?)?$|\bEOS 5D$|\bEOS (10D|20D|30D|D30|D60)\b",
    r"|\b(350D|REBEL XTi?|Kiss Digital [NX]|400D|K236)\b",
]


def _canon_conditions() -> str:
    text = "\n# ExifTool's model conditions of Canon.pm tag 0x000F and 0x0090, models with tag 0x0099 left out.\n"
    text += "".join(f'EOS_{key} = model(r"{pattern}")\n' for key, pattern in CANON_MODELS.items())
    text += "_OLD = (\n" + "".join(f'    r"{part}"\n' for part in CANON_OLD_MODELS) + ")\n"
    text += "# Every other model writes its custom functions in the Functions2 layout.\n"
    return text + 'FUNCTIONS2_MODELS = model(rf"^(?!.*(?:{_OLD}))")\n\n'


def canon_custom(dumps: Path) -> str:
    """canon_custom.py: a Source per CanonCustom table, chosen by camera model."""
    specs = [(f"Functions{t}", f"CanonCustom::Functions{t}", f"EOS_{t}") for t in CANON_MODELS]
    specs.append(("Functions2", "CanonCustom::Functions2", "FUNCTIONS2_MODELS"))
    dump = json.loads((dumps / "canoncustom.json").read_text())
    return by_model_tables(CANON_CUSTOM_DOC, dump, specs, _canon_conditions())


def _ruff(*arguments: str) -> None:
    # The project's own formatter, from this interpreter's environment (a developer tool, fixed arguments).
    subprocess.run([sys.executable, "-m", "ruff", *arguments], check=False, capture_output=True)  # noqa: S603


def tidy_files(paths: list[Path]) -> None:
    """The tidy passes on modules in place, formatted between passes as the project formats."""
    for path in paths:
        path.write_text(tidy.shared_once(path.read_text(), path))
    _ruff("check", "-q", "--select", "I,F", "--fix", *map(str, paths))
    _ruff("format", "-q", *map(str, paths))
    for path in paths:
        path.write_text(tidy.built_on(path.read_text())[0])
    _ruff("format", "-q", *map(str, paths))
    _ruff("check", "-q", "--fix", *map(str, paths))


def main(argv: list[str]) -> None:
    """``generate.py DUMPS OUT [module...]`` or ``generate.py --tidy FILE...``."""
    if argv[:1] == ["--tidy"]:
        tidy_files([Path(p) for p in argv[1:]])
        return
    dumps, out = Path(argv[0]), Path(argv[1])
    builders = {**{m: (lambda m=m: brand(m, dumps)) for m in BRANDS}, "nikon_custom": lambda: nikon_custom(dumps)}
    builders["canon_custom"] = lambda: canon_custom(dumps)
    wanted = argv[2:] or list(builders)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for module in wanted:
        path = out / f"{module}.py"
        path.write_text(builders[module]())
        written.append(path)
    _ruff("check", "-q", "--fix", *map(str, written))
    _ruff("format", "-q", *map(str, written))
    tidy_files(written)
    for where, why in printers.UNPORTED:
        print("UNPORTED", where, why, file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
