"""Origin evaluation on a labelled folder (one subfolder per true label): confusion matrix,
per-label precision and recall, and the precision of claims made with confidence >= 0.7.

    .venv/bin/python bench/make_origin_set.py /tmp/origin-set
    .venv/bin/python bench/origin_eval.py /tmp/origin-set [--show-misses]
"""

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import analyse  # noqa: E402

CONFIDENT = 0.7


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show-misses", action="store_true", help="list every file labelled wrongly")
    args = parser.parse_args()
    rows: list[tuple[str, str, float, str]] = []
    for folder in sorted(p for p in args.folder.iterdir() if p.is_dir()):
        for path in sorted(p for p in folder.iterdir() if p.is_file()):
            origin = analyse(path.read_bytes(), filename=path.name).origin
            rows.append((folder.name, origin.label, origin.confidence, path.name))
    truths = sorted({truth for truth, *_ in rows})
    predicted = sorted({label for _, label, *_ in rows})
    matrix = Counter((truth, label) for truth, label, *_ in rows)
    width = max(map(len, truths + predicted)) + 1
    print(f"{len(rows)} files; rows = true label, columns = label given")
    print(" " * width + "".join(f"{label[:9]:>10}" for label in predicted))
    for truth in truths:
        print(f"{truth:<{width}}" + "".join(f"{matrix[truth, label] or '.':>10}" for label in predicted))
    print(f"\n{'label':<{width}} precision  recall  claims>={CONFIDENT}  precision>={CONFIDENT}")
    for label in sorted(set(truths) | set(predicted)):
        given = [row for row in rows if row[1] == label]
        actual = [row for row in rows if row[0] == label]
        confident = [row for row in given if row[2] >= CONFIDENT]
        precision = _ratio(sum(row[0] == label for row in given), len(given))
        recall = _ratio(sum(row[1] == label for row in actual), len(actual))
        confident_precision = _ratio(sum(row[0] == label for row in confident), len(confident))
        print(f"{label:<{width}} {precision:>9}  {recall:>6}  {len(confident):>11}  {confident_precision:>14}")
    confident = [row for row in rows if row[2] >= CONFIDENT and row[1] != "unknown"]
    right = sum(truth == label for truth, label, *_ in confident)
    print(f"\nall claims >= {CONFIDENT}: {right}/{len(confident)} right ({_ratio(right, len(confident))})")
    if args.show_misses:
        for truth, label, confidence, name in rows:
            if truth != label:
                print(f"  {truth:>12} -> {label:<12} {confidence:.2f}  {name}")


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "-"


if __name__ == "__main__":
    main()
