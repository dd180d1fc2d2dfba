"""Say each printer of a generated print-table module once (source to source, on the module's text).

1. :func:`named_dicts`: a lookup dict written out where a module constant (or one of ``common.py``
   or a module it may import, :data:`IMPORTABLE`) holds the same entries becomes that constant;
2. :func:`shared_printers`: a printer call written twice or more becomes one module constant;
3. :func:`built_on`: a lookup dict holding all of another's entries says only its own,
   ``{**OTHER, ...}`` (ExifTool's hashes often grow by a few entries from one model to the next).

Each pass leaves behaviour as it was: the same printers for the same rows. Run ``ruff format``
between the passes (they copy expressions as formatted).
"""

import ast
import re
from collections.abc import Callable
from pathlib import Path

MAKERNOTES = Path(__file__).resolve().parents[2] / "analysis" / "printconv" / "makernotes"
# Modules a module may import constants from (no import cycle: these import nothing of it).
IMPORTABLE = {
    "nikon": ["nikon_custom", "nikon_sources"],
    "canon": ["canon_custom", "canon_lenses"],
    "minolta": ["sony_lenses", "sony"],
    "sony": ["sony_lenses"],
    "olympus": ["olympus_lenses"],
    "pentax": ["pentax_lenses"],
}
# The printer builders whose calls are worth a name.
BUILDERS = {"lookup", "flags", "either", "in_turn", "by_count", "lookup_or_same", "labelled", "if_nonzero"}
# A dict others build on has at least this many entries.
MIN_BASE = 4

Edit = tuple[int, int, str]


def _offsets(src: str) -> Callable[[int, int], int]:
    starts = [0]
    for line in src.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    return lambda lineno, col: starts[lineno - 1] + col


def _span(src: str, node: ast.AST) -> tuple[int, int]:
    at = _offsets(src)
    return at(node.lineno, node.col_offset), at(node.end_lineno, node.end_col_offset)


def _literal(node: ast.AST) -> object:
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError):
        return None


def _splice(src: str, edits: list[Edit]) -> str:
    for start, end, text in sorted(edits, reverse=True):
        src = src[:start] + text + src[end:]
    return src


def _constants(tree: ast.Module) -> dict[str, tuple[int, ast.expr]]:
    """{name: (statement index, value)} of the module-level ``NAME = value``."""
    out = {}
    for i, stmt in enumerate(tree.body):
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            out[stmt.targets[0].id] = (i, stmt.value)
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value is not None:
            out[stmt.target.id] = (i, stmt.value)
    return out


def _statement_of(tree: ast.Module, node: ast.AST) -> int | None:
    for i, stmt in enumerate(tree.body):
        ends_after = (stmt.end_lineno, stmt.end_col_offset) >= (node.end_lineno, node.end_col_offset)
        if stmt.lineno <= node.lineno and ends_after:
            return i
    return None


def _comment_start(lines: list[str], lineno: int) -> int:
    """The first line of ``lineno``'s statement with the comment block right above it."""
    while lineno > 1 and lines[lineno - 2].startswith("#"):
        lineno -= 1
    return lineno


def _dict_key(value: dict) -> str:
    return repr(sorted((repr(k), v) for k, v in value.items()))


def _add_imports(src: str, imports: set[tuple[str, str]]) -> str:
    """``from .module import NAME`` lines after the module's imports (ruff sorts them)."""
    for module in sorted({m for m, _ in imports}):
        names = sorted(n for m, n in imports if m == module)
        last = [s for s in ast.parse(src).body if isinstance(s, ast.Import | ast.ImportFrom)][-1]
        position = _offsets(src)(last.end_lineno + 1, 0)
        src = src[:position] + f"from .{module} import " + ", ".join(names) + "\n" + src[position:]
    return src


def named_dicts(src: str, path: Path) -> tuple[str, int]:
    """Lookup dicts equal to a module constant's (or an importable one's) become its name; the
    importable modules are read beside ``path``, else in the repository's makernotes folder."""
    tree = ast.parse(src)
    constants = _constants(tree)
    known: dict[str, tuple[str, int]] = {}  # dict entries -> (name, statement index, -1 if imported)
    origin = {}
    for other in [*IMPORTABLE.get(path.stem, []), "common"]:
        if other == path.stem:
            continue
        source = path.parent / f"{other}.py"
        if not source.exists():
            source = MAKERNOTES / f"{other}.py"
        for name, (_, node) in _constants(ast.parse(source.read_text())).items():
            value = _literal(node)
            if isinstance(value, dict) and value and _dict_key(value) not in known:
                known[_dict_key(value)] = (name, -1)
                origin[name] = other
    edits: list[Edit] = []
    imports: set[tuple[str, str]] = set()
    for name, (i, node) in constants.items():
        value = _literal(node) if isinstance(node, ast.Dict) else None
        if isinstance(value, dict) and value:
            other, j = known.setdefault(_dict_key(value), (name, i))
            if other != name:  # a second constant of the same dict: the first one's name
                if j == -1:
                    if other in constants:
                        continue
                    imports.add((origin[other], other))
                edits.append((*_span(src, node), other))
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Dict)):
            continue
        value = _literal(node.args[0])
        hit = known.get(_dict_key(value)) if isinstance(value, dict) and value else None
        if not hit:
            continue
        name, i = hit
        where = _statement_of(tree, node)
        if i >= 0 and (where is None or where <= i):
            continue
        if i == -1:
            if name in constants:
                continue
            imports.add((origin[name], name))
        edits.append((*_span(src, node.args[0]), name))
    return _add_imports(_splice(src, edits), imports), len(edits)


def _upper(tag: str | None) -> str:
    base = re.sub(r"[^A-Z0-9_]", "_", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", tag or "PRINTER").upper())
    return "_" + base if base[0].isdigit() else base


def _printer_name(call: ast.Call, tag: str | None, taken: set[str]) -> str:
    """A short lookup named by its texts (``OFF_ON``), any other by the first tag it prints."""
    base = None
    is_lookup = isinstance(call.func, ast.Name) and call.func.id == "lookup" and len(call.args) == 1
    value = _literal(call.args[0]) if is_lookup and not call.keywords else None
    if isinstance(value, dict) and 1 < len(value) <= 4 and all(isinstance(x, str) for x in value.values()):
        words = "_".join(re.sub(r"[^A-Za-z0-9]+", "_", x).strip("_").upper() for x in value.values())
        if len(words) <= 32 and all(re.sub(r"[^A-Za-z0-9]+", "", x) for x in value.values()) and not words[0].isdigit():
            base = words
    base = base or _upper(tag)
    name, n = base, 2
    while name in taken:
        name, n = f"{base}{n}", n + 1
    taken.add(name)
    return name


def shared_printers(src: str) -> tuple[str, int]:
    """A printer call (with a literal dict or list in it) written twice or more becomes one module
    constant, placed before the statement that first uses it; one equal to a constant's value
    becomes that constant."""
    tree = ast.parse(src)
    lines = src.splitlines(keepends=True)
    constants = _constants(tree)
    taken = set(constants) | {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    taken |= {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom) for a in n.names}
    by_value = {}
    for name, (i, node) in constants.items():
        by_value.setdefault(ast.dump(node), (name, i))
    constant_nodes = {id(node) for _, node in constants.values()}
    found: list[tuple[ast.Call, str | None]] = []

    def visit(node: ast.AST, tag: str | None) -> None:
        is_builder = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in BUILDERS
        if is_builder and id(node) not in constant_nodes:
            found.append((node, tag))
            return
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                visit(value, key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else tag)
            return
        for child in ast.iter_child_nodes(node):
            visit(child, tag)

    for stmt in tree.body:
        visit(stmt, None)
    groups: dict[str, list[tuple[ast.Call, str | None]]] = {}
    for node, tag in found:
        groups.setdefault(ast.dump(node), []).append((node, tag))
    edits: list[Edit] = []
    definitions: dict[int, list[str]] = {}
    for key, uses in groups.items():
        if not any(isinstance(n, ast.Dict | ast.List) for n in ast.walk(uses[0][0])):
            continue  # lookup(NAMED_DICT): the dict is said once already
        if key in by_value:
            name, i = by_value[key]
            for node, _ in uses:
                where = _statement_of(tree, node)
                if where is not None and where > i:
                    edits.append((*_span(src, node), name))
            continue
        if len(uses) < 2:
            continue
        name = _printer_name(uses[0][0], uses[0][1], taken)
        first = min(_statement_of(tree, n) for n, _ in uses)
        definitions.setdefault(first, []).append(f"{name} = {ast.get_source_segment(src, uses[0][0])}\n")
        edits.extend((*_span(src, node), name) for node, _ in uses)
    at = _offsets(src)
    for i, texts in definitions.items():
        position = at(_comment_start(lines, tree.body[i].lineno), 0)
        edits.append((position, position, "".join(texts) + "\n\n"))
    return _splice(src, edits), len(edits)


def _values_name(tag: str) -> str:
    base = re.sub(r"[^A-Z0-9_]+", "_", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", tag).upper()).strip("_")
    return (base if base and not base[0].isdigit() else "_" + base) + "_VALUES"


def _entries(value: dict) -> frozenset:
    return frozenset((type(k).__name__, k, v) for k, v in value.items())


def built_on(src: str) -> tuple[str, int]:
    """Each lookup dict holding all the entries of another (of :data:`MIN_BASE` or more) is written
    ``{**OTHER, own entries}``, OTHER the largest such; dicts others build on get a name
    (``<TAG>_VALUES``) in one block before their first use."""
    tree = ast.parse(src)
    lines = src.splitlines(keepends=True)
    # every literal dict of texts: (node, statement index, tag it prints, whether it is a constant's value)
    found: list[tuple[ast.Dict, int, str, bool]] = []

    def visit(node: ast.AST, i: int, hint: str, stmt: ast.stmt) -> None:
        if isinstance(node, ast.Dict):
            value = _literal(node) if all(k is not None for k in node.keys) else None
            if isinstance(value, dict) and value and all(isinstance(x, str | int | float) for x in value.values()):
                found.append((node, i, hint, isinstance(stmt, ast.Assign) and stmt.value is node))
                return
            for key, item in zip(node.keys, node.values, strict=True):
                tag = key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else hint
                visit(item, i, tag, stmt)
            return
        for child in ast.iter_child_nodes(node):
            visit(child, i, hint, stmt)

    for i, stmt in enumerate(tree.body):
        named = isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Name)
        visit(stmt, i, stmt.targets[0].id if named else "LOOKUP", stmt)
    sets = [_entries(_literal(node)) for node, *_ in found]
    representative: dict[frozenset, int] = {}
    for j, entries in enumerate(sets):
        if entries not in representative or (found[j][3] and not found[representative[entries]][3]):
            representative[entries] = j
    parent = {}
    for entries in representative:
        bases = [b for b in representative if len(b) >= MIN_BASE and b < entries]
        if bases:
            parent[entries] = max(bases, key=len)
    counts: dict[frozenset, int] = {}
    for entries in sets:
        counts[entries] = counts.get(entries, 0) + 1
    named = set(parent.values()) | {e for e, c in counts.items() if c > 1 and len(e) >= MIN_BASE}
    if not named:
        return src, 0
    first_use: dict[frozenset, int] = {}
    for j, entries in enumerate(sets):
        for e in (entries, parent.get(entries)):
            if e in named:
                first_use[e] = min(first_use.get(e, len(tree.body)), found[j][1])

    def stays(e: frozenset) -> bool:  # a constant already defined before every use
        _, i, _, is_constant = found[representative[e]]
        return is_constant and first_use[e] >= i

    def block_position() -> int:
        return min((first_use[e] for e in named if not stays(e)), default=len(tree.body))

    moved = True
    while moved:  # a constant a block entry builds on moves into the block
        moved = False
        at_block = block_position()
        for e in named:
            if stays(e) and found[representative[e]][1] > at_block and any(parent.get(c) == e for c in named):
                first_use[e] = at_block
                moved = True
    taken = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    name_of: dict[frozenset, str] = {}
    block: list[frozenset] = []
    moved_from: set[int] = set()
    for e in sorted(named, key=lambda e: (len(e), representative[e])):
        j = representative[e]
        node, i, hint, is_constant = found[j]
        if is_constant:
            name_of[e] = tree.body[i].targets[0].id
            if stays(e):
                continue
            moved_from.add(j)
        else:
            base = _values_name(hint)
            name, n = base, 2
            while name in taken:
                name, n = f"{base}{n}", n + 1
            taken.add(name)
            name_of[e] = name
        block.append(e)

    def text_of(entries: frozenset, node: ast.Dict) -> str:
        if entries not in parent:
            return ast.get_source_segment(src, node)
        base = parent[entries]
        own = [
            (k, v)
            for k, v in zip(node.keys, node.values, strict=True)
            if not _entries(_literal(ast.Dict([k], [v]))) <= base
        ]
        own_text = ", ".join(f"{ast.get_source_segment(src, k)}: {ast.get_source_segment(src, v)}" for k, v in own)
        return "{**" + name_of[base] + ", " + own_text + "}"

    at = _offsets(src)
    edits: list[Edit] = []
    for j, (node, i, _, is_constant) in enumerate(found):
        entries = sets[j]
        if j in moved_from:
            start = _comment_start(lines, tree.body[i].lineno)
            end = tree.body[i].end_lineno + 1
            while end <= len(lines) and not lines[end - 1].strip():
                end += 1
            edits.append((at(start, 0), at(end, 0), ""))
        elif entries in named and not (is_constant and tree.body[i].targets[0].id == name_of[entries]):
            edits.append((*_span(src, node), name_of[entries]))
        elif entries in parent:
            edits.append((*_span(src, node), text_of(entries, node)))
    if block:
        position = at(_comment_start(lines, tree.body[block_position()].lineno), 0)
        text = "# Lookup values several printers build on (ExifTool's hashes, one holding all of another's).\n"
        for entries in block:
            j = representative[entries]
            node, i, _, _ = found[j]
            if j in moved_from:
                stmt = tree.body[i]
                text += "".join(lines[_comment_start(lines, stmt.lineno) - 1 : stmt.lineno - 1])
            text += f"{name_of[entries]} = {text_of(entries, node)}\n"
        edits.append((position, position, text + "\n\n"))
    return _splice(src, edits), len(edits)


def shared_once(src: str, path: Path) -> str:
    """Passes 1 and 2 until nothing changes (a constant made may let another go)."""
    for _ in range(4):
        src, n_dicts = named_dicts(src, path)
        src, n_printers = shared_printers(src)
        if not n_dicts + n_printers:
            break
    return src
