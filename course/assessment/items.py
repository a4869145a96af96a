"""Item analysis of an autograded assignment: difficulty, discrimination, options chosen.

Per item (a graded cell of the nbgrader gradebook), over the students who submitted:

- **difficulty** ``p``: the mean score as a share of the item's points (for a 1-point item, the
  share of students with full marks); high ``p`` means easy;
- **point-biserial** ``r``: Pearson's correlation between the item score and the *rest score*
  (the student's assignment total minus this item), so the item does not correlate with itself;
- **upper-lower** ``D``: ``p`` among the 27 % of students with the highest totals minus ``p``
  among the 27 % with the lowest (``round(0.27 * n)`` students each, at least one; ties keep
  the gradebook's student order);
- for multiple-choice items, how many students chose each option. The choice is the answer the
  grader compared with the key: the one answer record (:func:`course.grading.record_answer`) in
  the test cell's outputs of ``autograded/<student>/<assignment>/<notebook>.ipynb``, with that
  run's nonce, normalised like the grader does (``" B "`` reads ``b``); no record, two records,
  a record without the nonce (forged) or no letter count as "no answer". The options are the
  ``- **a.** …`` lines of the item's prompt in ``source/``.

Flags, with thresholds an instructor can change: ``p > 0.9`` (nearly everyone gets it right),
``r < 0.2`` (or no spread at all: ``r`` undefined), and options nobody picked.

``python -m course.assessment.items ASSIGNMENT --html REPORT`` (in the course folder;
``make item-analysis``) prints the tables and writes an HTML page with the figures.
"""

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import nbformat
import numpy as np
import pandas as pd

from course.assessment.keys import NoRecord, find_answer, load_keys
from course.grading import normalise_choice

if TYPE_CHECKING:  # nbgrader is only needed to read a gradebook, not by the figures
    from nbgrader.api import Gradebook

__all__ = [
    "EASY",
    "LOW_DISCRIMINATION",
    "NO_ANSWER",
    "UPPER_LOWER_FRACTION",
    "choice_options",
    "chosen_options",
    "item_scores",
    "item_statistics",
    "main",
    "option_counts",
    "point_biserial",
    "upper_lower",
]

EASY = 0.9
LOW_DISCRIMINATION = 0.2
UPPER_LOWER_FRACTION = 0.27
NO_ANSWER = "no answer"
NONCE = re.compile(r'nonce="(\w*)"')  # autograde's record_answer("id", var, nonce="…")
OPTION_LINE = re.compile(r"^\s*[-*]\s+(?:\*\*)?\(?([a-z])[.)](?:\*\*)?\s+(.+?)\s*$")


def item_scores(gradebook: "Gradebook", assignment: str) -> tuple[pd.DataFrame, pd.Series]:
    """Scores of every submission of ``assignment``: students (rows) × graded cells (columns).

    Returns the table and each item's maximum score. Columns are the cells' ``grade_id``s
    (``notebook:grade_id`` when the assignment has several notebooks), sorted by name.
    """
    found = gradebook.find_assignment(assignment)
    several = len(found.notebooks) > 1
    maxima: dict[str, float] = {}
    for notebook in found.notebooks:
        for cell in notebook.grade_cells:
            maxima[f"{notebook.name}:{cell.name}" if several else cell.name] = float(cell.max_score)
    rows: dict[str, dict[str, float]] = {}
    for sub in found.submissions:
        row = rows.setdefault(sub.student.id, {})
        for notebook in sub.notebooks:
            for grade in notebook.grades:
                row[f"{notebook.name}:{grade.name}" if several else grade.name] = float(grade.score)
    items = sorted(maxima)
    table = pd.DataFrame.from_dict(rows, orient="index", columns=items).sort_index()
    return table.astype(float), pd.Series(maxima)[items].astype(float)


def point_biserial(item: Sequence[float], rest: Sequence[float]) -> float:
    """Pearson's r between item scores and rest scores; NaN when either has no spread.

    For an item scored 0/1 this is the point-biserial correlation
    ``(M1 - M0) / s * sqrt(p * q)`` (``s``: population SD of the rest scores).
    """
    x, y = np.asarray(item, dtype=float), np.asarray(rest, dtype=float)
    if x.shape != y.shape or x.size < 2:
        raise ValueError(
            f"item and rest must be two equal lists of >= 2 scores, got {x.size}, {y.size}"
        )
    if np.ptp(x) == 0 or np.ptp(y) == 0:
        return float("nan")
    return float(np.corrcoef(x, y)[0, 1])


def upper_lower(
    share: Sequence[float], total: Sequence[float], fraction: float = UPPER_LOWER_FRACTION
) -> float:
    """Mean ``share`` (item score / max) of the top ``fraction`` by ``total`` minus the bottom's.

    Each group has ``round(fraction * n)`` students (at least 1); ties in ``total`` keep the
    given order (a stable sort).
    """
    if not 0 < fraction <= 0.5:
        raise ValueError(f"fraction must be in (0, 0.5], got {fraction!r}")
    s, t = np.asarray(share, dtype=float), np.asarray(total, dtype=float)
    if s.shape != t.shape or s.size < 2:
        raise ValueError(
            f"share and total must be two equal lists of >= 2 scores, got {s.size}, {t.size}"
        )
    n = max(1, round(fraction * s.size))
    order = np.argsort(-t, kind="stable")
    return float(s[order[:n]].mean() - s[order[-n:]].mean())


def item_statistics(
    scores: pd.DataFrame,
    max_scores: pd.Series,
    easy: float = EASY,
    low: float = LOW_DISCRIMINATION,
) -> pd.DataFrame:
    """Difficulty, point-biserial and upper-lower of each item, and its flags (see module doc).

    ``scores``: students × items (from :func:`item_scores`); ``max_scores``: points per item.
    """
    if len(scores) < 2:
        raise ValueError(f"scores must hold at least 2 students, got {len(scores)}")
    if (max_scores <= 0).any():
        raise ValueError(f"max_scores must be > 0, got {max_scores[max_scores <= 0].to_dict()}")
    total = scores.sum(axis=1)
    rows = []
    for item in scores.columns:
        share = scores[item] / max_scores[item]
        p = float(share.mean())
        r = point_biserial(scores[item], total - scores[item])
        flags = []
        if p > easy:
            flags.append(f"difficulty > {easy:g}")
        if np.isnan(r):
            flags.append("no spread: r undefined")
        elif r < low:
            flags.append(f"point-biserial < {low:g}")
        rows.append(
            {
                "item": item,
                "max_score": float(max_scores[item]),
                "students": len(scores),
                "difficulty": p,
                "point_biserial": r,
                "upper_lower": upper_lower(share, total),
                "flags": "; ".join(flags),
            }
        )
    return pd.DataFrame(rows)


def choice_options(notebook: nbformat.NotebookNode) -> dict[str, dict[str, str]]:
    """Options of each multiple-choice item of a source notebook: ``{grade_id: {letter: text}}``.

    Options are the ``- **a.** text`` (or ``- a. text``) lines of the last markdown cell before the
    item's test cell (a graded code cell that is no answer cell).
    """
    found: dict[str, dict[str, str]] = {}
    pending: dict[str, str] = {}
    for cell in notebook.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "markdown":
            options = dict(
                m.groups() for m in map(OPTION_LINE.match, cell.source.splitlines()) if m
            )
            pending = options or pending
        elif meta.get("grade") and not meta.get("solution"):
            if pending:
                found[meta["grade_id"]] = pending
            pending = {}
    return found


def _test_cell(cells: list, grade_id: str) -> Any:
    """The graded code cell (no answer cell) named ``grade_id``, as autograde ran it, or None.

    A student may add cells that carry nbgrader metadata; autograde keeps the grading metadata of
    one cell per ``grade_id`` only, and grades that one.
    """
    for cell in cells:
        meta = cell.metadata.get("nbgrader", {})
        if (
            cell.cell_type == "code"
            and meta.get("grade_id") == grade_id
            and meta.get("grade")
            and not meta.get("solution")
        ):
            return cell
    return None


def _recorded_letter(cell: Any, grade_id: str) -> str | None:
    """The normalised letter the grader compared with the key in test ``cell``, or None.

    The same rule as the grader's (:func:`course.assessment.keys.find_answer`): exactly one
    record in the cell's outputs, naming ``grade_id`` and the nonce that autograde wrote into
    the cell's source (none outside autograde). Anything else, forged or not, is no answer.
    """
    nonce = NONCE.search(cell.source)
    try:
        answer = find_answer(cell.get("outputs", []), grade_id, nonce.group(1) if nonce else "")
    except NoRecord:
        return None
    return normalise_choice(answer)


def chosen_options(
    autograded: Path, assignment: str, notebook: str, items: Sequence[str]
) -> pd.DataFrame:
    """Each student's recorded letter for ``items``: students (rows) × items; ``None``: no answer.

    ``autograded`` is the course's ``autograded/`` folder; students are its sub-folders that hold
    ``<assignment>/<notebook>.ipynb``.
    """
    rows: dict[str, dict[str, str | None]] = {}
    for path in sorted(autograded.glob(f"*/{assignment}/{notebook}.ipynb")):
        nb = nbformat.read(path, as_version=4)
        cells = {item: _test_cell(nb.cells, item) for item in items}
        rows[path.parts[-3]] = {
            item: _recorded_letter(cell, item) if cell is not None else None
            for item, cell in cells.items()
        }
    return pd.DataFrame.from_dict(rows, orient="index", columns=list(items))


def option_counts(
    choices: pd.DataFrame,
    options: dict[str, dict[str, str]],
    keys: dict[str, str] | None = None,
) -> pd.DataFrame:
    """How many students chose each option of each item, and the options nobody chose.

    One row per (item, option) with ``label``, ``count``, ``share`` (of the students),
    ``key`` (the right letter, from ``keys``) and ``unused``; a ``"no answer"`` row follows when
    some students gave no valid letter (or one that is not an option).
    """
    keys = keys or {}
    rows = []
    for item in choices.columns:
        picked = choices[item]
        n = len(picked)
        for letter, label in options[item].items():
            count = int((picked == letter).sum())
            rows.append(
                {
                    "item": item,
                    "option": letter,
                    "label": label,
                    "count": count,
                    "share": count / n if n else float("nan"),
                    "key": keys.get(item) == letter,
                    "unused": count == 0,
                }
            )
        missing = int((~picked.isin(list(options[item]))).sum())
        if missing:
            rows.append(
                {
                    "item": item,
                    "option": NO_ANSWER,
                    "label": "no valid letter recorded",
                    "count": missing,
                    "share": missing / n,
                    "key": False,
                    "unused": False,
                }
            )
    return pd.DataFrame(rows)


def analyse(course: Path, assignment: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Item statistics and option counts of ``assignment`` in the nbgrader course at ``course``."""
    from course.assessment.lms import open_gradebook

    gradebook, _ = open_gradebook(course)
    with gradebook:
        scores, maxima = item_scores(gradebook, assignment)
        notebooks = [nb.name for nb in gradebook.find_assignment(assignment).notebooks]
    stats = item_statistics(scores, maxima)
    counts = []
    for name in notebooks:
        source = nbformat.read(course / "source" / assignment / f"{name}.ipynb", as_version=4)
        options = {k: v for k, v in choice_options(source).items() if k in scores.columns}
        key_file = course / "keys" / f"{assignment}.json"
        keys = {
            gid: key.value
            for gid, key in (load_keys(key_file).items() if key_file.is_file() else [])
            if key.kind == "choice"
        }
        choices = chosen_options(course / "autograded", assignment, name, list(options))
        counts.append(option_counts(choices, options, keys))
    return stats, pd.concat(counts, ignore_index=True) if counts else pd.DataFrame()


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m course.assessment.items ASSIGNMENT [--html FILE]``."""
    from .item_plots import item_map, option_figure

    parser = argparse.ArgumentParser(prog="python -m course.assessment.items", description=__doc__)
    parser.add_argument("assignment")
    parser.add_argument("--course", type=Path, default=Path.cwd(), help="nbgrader course folder")
    parser.add_argument("--html", type=Path, help="write the figures and tables to this page")
    args = parser.parse_args(argv)
    try:
        stats, counts = analyse(args.course, args.assignment)
    except ValueError as err:
        parser.error(str(err))
    with pd.option_context("display.width", 160, "display.max_rows", 500):
        print(stats.round(3).to_string(index=False))
        unused = counts[counts.unused] if len(counts) else counts
        print(f"\noptions nobody chose: {len(unused)}")
        if len(unused):
            print(unused[["item", "option", "label"]].to_string(index=False))
    if args.html:
        figures = [item_map(stats, args.assignment)]
        if len(counts):
            figures.append(option_figure(counts, args.assignment))
        parts = [f.to_html(full_html=False, include_plotlyjs=i == 0) for i, f in enumerate(figures)]
        tables = stats.round(3).to_html(index=False) + (
            counts.round(3).to_html(index=False) if len(counts) else ""
        )
        args.html.write_text(
            f"<!doctype html><html lang='en'><meta charset='utf-8'>"
            f"<title>Item analysis: {args.assignment}</title><body>"
            + "".join(parts)
            + tables
            + "</body></html>"
        )
        print(f"\nwrote {args.html}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
