"""Item analysis (course.assessment.items and .item_plots) against values computed by hand.

A real nbgrader gradebook of 10 students (s01-s10) and four items:

    student  q1 (1)  q2 (1)  q3 (2)  q4 (1)  total
    s01      1       1       2       1       5
    s02      1       0       2       1       4
    s03      1       1       2       1       5
    s04      1       0       1       1       3
    s05      1       1       1       1       4
    s06      1       0       1       1       3
    s07      0       1       1       1       3
    s08      0       0       0       1       1
    s09      0       1       0       1       2
    s10      0       0       0       1       1

Point-biserial with the rest score (total minus the item), r = (M1 - M0) / s * sqrt(p q):

- q1: rest = 4 3 4 2 3 2 | 3 1 2 1; M1 = 18/6 = 3.0, M0 = 7/4 = 1.75; mean 2.5, mean of squares
  73/10, s^2 = 7.3 - 6.25 = 1.05; p = 0.6: r = 1.25 * sqrt(0.24 / 1.05) = 0.597614.
- q2: rest = 4 4 4 3 3 3 2 1 1 1; correct s01 s03 s05 s07 s09: M1 = 14/5 = 2.8, M0 = 12/5 = 2.4;
  mean 2.6, s^2 = 8.2 - 6.76 = 1.44, s = 1.2; p = 0.5: r = 0.4 / 1.2 * 0.5 = 0.166667 (< 0.2).
- q3 (0-2 points, Pearson): rest = 3 2 3 2 3 2 2 1 2 1 (mean 2.1, var 4.9 - 4.41 = 0.49);
  q3 mean 1.0, var 1.6 - 1 = 0.6; cov = 25/10 - 1.0 * 2.1 = 0.4: r = 0.4 / (sqrt(0.6) * 0.7)
  = 0.737711. Difficulty 1.0 / 2 = 0.5.
- q4: everyone right: difficulty 1.0 (> 0.9), r undefined.

Upper-lower 27 %: round(2.7) = 3 students each. By total (stable): top s01 s03 s02, bottom s09
s08 s10. D(q1) = 1 - 0 = 1; D(q2) = 2/3 - 1/3 = 1/3; D(q3) = 1 - 0 = 1; D(q4) = 0.

Choices recorded (q1 key b, q2 key c): q1 a a c | b x6 (as "b", "(b)", " B ") | s10 two records
(no answer); option d nobody. q2: c x5 (s09's record stored as JSON text), a x3, b x1, d x1.
"""

import json
import math
import shutil

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output
from nbgrader.api import Gradebook

from course.assessment.item_plots import item_map, option_figure
from course.assessment.items import (
    NO_ANSWER,
    choice_options,
    chosen_options,
    item_scores,
    item_statistics,
    main,
    option_counts,
    point_biserial,
    upper_lower,
)
from course.assessment.keys import choice, compute_keys, number, save_keys
from course.grading import ANSWER_MIME
from course.plots import OKABE_ITO

from .conftest import ASSESSMENTS
from .gradebooks import COURSE_ID, build_gradebook

pytestmark = pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")  # nbgrader's own
QUIZ = "quiz"
STUDENTS = [f"s{i:02d}" for i in range(1, 11)]
TABLE = {
    "q1": [1, 1, 1, 1, 1, 1, 0, 0, 0, 0],
    "q2": [1, 0, 1, 0, 1, 0, 1, 0, 1, 0],
    "q3": [2, 2, 2, 1, 1, 1, 1, 0, 0, 0],
    "q4": [1] * 10,
}
POINTS = {"q1": 1, "q2": 1, "q3": 2, "q4": 1}
CHOSEN = {
    "q1": ["b", "(b)", " B ", "b", "b", "b", "a", "a", "c", None],  # s10: two records
    "q2": ["c", "a", "c", "a", "c", "b", "c", "d", "c", "a"],
}
OPTIONS = {"a": "first", "b": "second", "c": "third", "d": "fourth"}


def quiz_notebook(answers: dict[str, object] | None = None) -> nbformat.NotebookNode:
    """The quiz as the source (no outputs) or as one student's autograded copy."""
    cells = []
    for item in POINTS:
        if item in CHOSEN:
            lines = "\n".join(f"- **{k}.** {v}" for k, v in OPTIONS.items())
            cells.append(new_markdown_cell(f"## {item}\n\n{lines}\n\nSet `{item}`."))
        nonce = "" if answers is None else ', nonce="n"'  # autograde writes the run's nonce
        test = new_code_cell(f'record_answer("{item}", {item}{nonce})')
        test.metadata["nbgrader"] = {"grade": True, "grade_id": item, "points": POINTS[item]}
        if answers is not None and item in answers:
            records = answers[item] if isinstance(answers[item], list) else [answers[item]]
            test.outputs = [
                new_output("display_data", data={ANSWER_MIME: {"grade_id": item, "nonce": "n",
                                                               "answer": a}})
                for a in records
            ]  # fmt: skip
        cells.append(test)
    return new_notebook(cells=cells)


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """A course folder: gradebook, source notebook, keys and every autograded notebook."""
    root = tmp_path_factory.mktemp("course")
    grades = {(QUIZ, s): {item: TABLE[item][i] for item in TABLE} for i, s in enumerate(STUDENTS)}
    build_gradebook(root / "gradebook.db", {QUIZ: POINTS}, {s: {} for s in STUDENTS}, grades)
    (root / "nbgrader_config.py").write_text(
        f"c = get_config()\nc.CourseDirectory.course_id = {COURSE_ID!r}\n"
    )
    (root / "source" / QUIZ).mkdir(parents=True)
    nbformat.write(quiz_notebook(), root / "source" / QUIZ / f"{QUIZ}.ipynb")
    (root / "keys").mkdir()
    keys = {"q1": choice("b"), "q2": choice("c"), "q3": number(1.0), "q4": number(2.0)}
    save_keys(keys, root / "keys" / f"{QUIZ}.json")
    for i, student in enumerate(STUDENTS):
        answers = {item: CHOSEN[item][i] for item in CHOSEN}
        if student == "s10":
            answers["q1"] = ["b", "a"]  # a forged second record: the grader accepts neither
        nb = quiz_notebook(answers)
        if student == "s09":  # a JSON bundle stored as text reads the same
            output = next(
                c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "q2"
            ).outputs[0]
            output.data[ANSWER_MIME] = json.dumps(output.data[ANSWER_MIME])
        folder = root / "autograded" / student / QUIZ
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / f"{QUIZ}.ipynb")
    return root


@pytest.fixture
def gradebook(course, tmp_path):
    shutil.copy(course / "gradebook.db", tmp_path / "gradebook.db")
    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}", course_id=COURSE_ID) as gb:
        yield gb


@pytest.fixture
def stats(gradebook):
    scores, maxima = item_scores(gradebook, QUIZ)
    return item_statistics(scores, maxima).set_index("item")


def test_scores_come_from_the_gradebook(gradebook):
    scores, maxima = item_scores(gradebook, QUIZ)
    assert list(scores.index) == STUDENTS
    assert {item: list(scores[item]) for item in scores} == TABLE
    assert maxima.to_dict() == POINTS


def test_statistics_match_the_hand_computed_values(stats):
    assert stats.difficulty.to_dict() == pytest.approx({"q1": 0.6, "q2": 0.5, "q3": 0.5, "q4": 1.0})
    assert stats.point_biserial["q1"] == pytest.approx(1.25 * math.sqrt(0.24 / 1.05))
    assert stats.point_biserial["q1"] == pytest.approx(0.597614, abs=1e-6)
    assert stats.point_biserial["q2"] == pytest.approx(0.4 / 1.2 * 0.5)
    assert stats.point_biserial["q3"] == pytest.approx(0.737711, abs=1e-6)
    assert math.isnan(stats.point_biserial["q4"])
    assert stats.upper_lower.to_dict() == pytest.approx({"q1": 1, "q2": 1 / 3, "q3": 1, "q4": 0})


def test_flags_name_the_rule(stats):
    assert stats["flags"].to_dict() == {
        "q1": "",
        "q2": "point-biserial < 0.2",
        "q3": "",
        "q4": "difficulty > 0.9; no spread: r undefined",
    }


def test_point_biserial_and_upper_lower_refuse_bad_input():
    with pytest.raises(ValueError, match="item and rest must be two equal lists"):
        point_biserial([1, 0], [1, 2, 3])
    with pytest.raises(ValueError, match=r"fraction must be in \(0, 0.5\]"):
        upper_lower([1, 0], [1, 0], fraction=0.6)


def test_option_counts_read_the_recorded_answers(course):
    options = choice_options(nbformat.read(course / "source" / QUIZ / f"{QUIZ}.ipynb", 4))
    assert options == {"q1": OPTIONS, "q2": OPTIONS}
    choices = chosen_options(course / "autograded", QUIZ, QUIZ, ["q1", "q2"])
    counts = option_counts(choices, options, {"q1": "b", "q2": "c"}).set_index(["item", "option"])
    assert counts["count"].to_dict() == {
        ("q1", "a"): 2, ("q1", "b"): 6, ("q1", "c"): 1, ("q1", "d"): 0, ("q1", NO_ANSWER): 1,
        ("q2", "a"): 3, ("q2", "b"): 1, ("q2", "c"): 5, ("q2", "d"): 1,
    }  # fmt: skip
    assert list(counts.index[counts.unused]) == [("q1", "d")]
    assert list(counts.index[counts.key]) == [("q1", "b"), ("q2", "c")]
    # The key's count equals the gradebook's full marks on each 1-point item.
    assert counts.loc[("q1", "b"), "count"] == sum(TABLE["q1"])
    assert counts.loc[("q2", "c"), "count"] == sum(TABLE["q2"])


def test_every_multiple_choice_key_of_the_course_is_among_its_options():
    for spec in sorted((ASSESSMENTS / "keys").glob("*.py")):
        source = ASSESSMENTS / "source" / spec.stem / f"{spec.stem}.ipynb"
        options = choice_options(nbformat.read(source, as_version=4))
        keys = {g: k.value for g, k in compute_keys(spec).items() if k.kind == "choice"}
        assert keys and set(keys) == set(options), spec.stem
        assert all(keys[g] in options[g] for g in keys), spec.stem


def test_item_map_draws_each_item_where_its_statistics_are(stats):
    table = stats.reset_index()
    fig = item_map(table, QUIZ)
    drawn = {
        label.split(" ")[0]: (x, y, trace.marker.color)
        for trace in fig.data
        for label, x, y in zip(trace.text, trace.x, trace.y, strict=True)
    }
    assert drawn["q1"] == pytest.approx((0.6, 0.597614, OKABE_ITO["blue"]), abs=1e-6)
    assert drawn["q2"][2] == drawn["q4"][2] == OKABE_ITO["vermillion"]
    assert drawn["q4"][:2] == (1.0, 0.0)  # r undefined: drawn at 0 and labelled so
    assert (
        "Difficulty" in fig.layout.xaxis.title.text and "(fraction)" in fig.layout.xaxis.title.text
    )
    assert "point-biserial" in fig.layout.yaxis.title.text and QUIZ in fig.layout.title.text
    with pytest.raises(ValueError, match="stats must have the columns"):
        item_map(table.drop(columns="flags"), QUIZ)


def test_item_map_gives_items_at_one_point_one_marker():
    stats = item_statistics(
        pd.DataFrame({"x1": [1, 0, 1], "x2": [1, 0, 1], "x3": [0, 1, 1]}),
        pd.Series({"x1": 1.0, "x2": 1.0, "x3": 1.0}),
    )
    labels = [label for trace in item_map(stats, QUIZ).data for label in trace.text]
    assert sorted(labels) == ["x1, x2", "x3"]


def test_option_figure_shows_counts_key_and_unused_options(course):
    options = {"q1": OPTIONS, "q2": OPTIONS}
    choices = chosen_options(course / "autograded", QUIZ, QUIZ, ["q1", "q2"])
    counts = option_counts(choices, options, {"q1": "b", "q2": "c"})
    fig = option_figure(counts, QUIZ)
    q1 = fig.data[0]
    assert list(q1.y) == ["a", "b", "c", "d", NO_ANSWER] and list(q1.x) == [2, 6, 1, 0, 1]
    assert list(q1.text) == ["2", "6 (key)", "1", "nobody", "1"]
    assert q1.marker.color[1] == OKABE_ITO["bluish green"]
    assert "(students)" in fig.layout.xaxis2.title.text


def test_command_prints_the_tables_and_writes_the_page(course, tmp_path, capsys):
    page = tmp_path / "report.html"
    assert main([QUIZ, "--course", str(course), "--html", str(page)]) == 0
    out = capsys.readouterr().out
    assert "options nobody chose: 1" in out and "fourth" in out
    html = page.read_text()
    assert html.count("Plotly.newPlot") == 2 and "point-biserial &lt; 0.2" in html


def test_choices_are_read_from_what_record_answer_shows_in_a_kernel(tmp_path):
    """The record format end to end: a real kernel runs the recorder, the notebook is saved."""
    from nbclient import NotebookClient

    nb = quiz_notebook()
    nb.cells.insert(0, new_code_cell('from course.grading import record_answer\nq1 = " C "'))
    nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") != "q2"]
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") in ("q3", "q4"):
            cell.source = ""
    NotebookClient(nb, timeout=60, kernel_name="python3").execute()
    folder = tmp_path / "autograded" / "s01" / QUIZ
    folder.mkdir(parents=True)
    nbformat.write(nb, folder / f"{QUIZ}.ipynb")
    choices = chosen_options(tmp_path / "autograded", QUIZ, QUIZ, ["q1"])
    assert choices.to_dict() == {"q1": {"s01": "c"}}


NONCE = "5f0c9a"


def _record(grade_id: str, answer: object, nonce: str = NONCE) -> nbformat.NotebookNode:
    record = {"grade_id": grade_id, "nonce": nonce, "answer": answer}
    return new_output("display_data", data={ANSWER_MIME: record})


def _test_cell(outputs: list) -> nbformat.NotebookNode:
    """q1's test cell as autograde leaves it: the nonce in its source, the run's outputs."""
    cell = new_code_cell(f'record_answer("q1", q1, nonce="{NONCE}")', outputs=outputs)
    cell.metadata["nbgrader"] = {"grade": True, "grade_id": "q1", "points": 1}
    return cell


def _decoy() -> nbformat.NotebookNode:
    """A cell the student added with q1's id (no grading flags: autograde leaves it) and a record
    that even names the nonce, printed in its source."""
    cell = new_code_cell(f'# nonce="{NONCE}"', outputs=[_record("q1", "c")])
    cell.metadata["nbgrader"] = {"grade_id": "q1"}
    return cell


FORGED = {
    "honest": [_test_cell([_record("q1", "b")])],
    "rebound": [_test_cell([_record("q1", "c", nonce="")])],  # their own record_answer
    "two_items": [_test_cell([_record("q1", "c"), _record("q2", "a")])],
    "decoy": [_test_cell([]), _decoy()],
    "odd": [_test_cell([_record("q1", {"answer": "b"})])],
    "list": [_test_cell([new_output("display_data", data={ANSWER_MIME: ["q1", "b"]})])],
}


def test_forged_records_count_as_no_answer_as_the_grader_sees_them(tmp_path):
    """A student's forged records change only their own row, to "no answer" (the grader gave
    them no point either), and crash nothing; an honest classmate's choice still counts."""
    for student, cells in FORGED.items():
        folder = tmp_path / "autograded" / student / QUIZ
        folder.mkdir(parents=True)
        nbformat.write(new_notebook(cells=cells), folder / f"{QUIZ}.ipynb")
    choices = chosen_options(tmp_path / "autograded", QUIZ, QUIZ, ["q1"])
    assert sorted(choices.index) == sorted(FORGED)
    assert choices["q1"].dropna().to_dict() == {"honest": "b"}
