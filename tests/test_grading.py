"""Answer normalisers and visible checks (course.grading); the feedback filter
(course.assessment.feedback)."""

import copy
import math
import os

import nbformat
import numpy as np
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output
from traitlets.config.loader import PyFileConfigLoader

from course.assessment.feedback import FAILED_HIDDEN, HIDDEN_NOTE, RUBRIC_FLAG, redact_feedback
from course.assessment.markers import HIDDEN_TESTS
from course.grading import (
    FormError,
    as_number,
    check_choice,
    check_number,
    check_text,
    close_to,
    normalise_choice,
    normalise_text,
)

from .conftest import ASSESSMENTS


@pytest.mark.parametrize("answer", ["b", "B", "  B ", "(b)", "b)", "b.", "\tb\n"])
def test_choice_spellings_of_b(answer):
    assert normalise_choice(answer) == "b"


@pytest.mark.parametrize("answer", [2, None, ["b"], "", "bb", "b c", "β", b"b", 0.5])
def test_choice_of_wrong_type_or_form_is_none(answer):
    assert normalise_choice(answer) is None


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        (0.5, 0.5),
        ("0.5", 0.5),
        (" 0.5 ", 0.5),
        (1, 1.0),
        ("\u22122", -2.0),
        (np.float64(3.25), 3.25),
    ],
)
def test_numbers_read_from_numbers_and_strings(answer, value):
    assert as_number(answer) == value


@pytest.mark.parametrize("answer", [True, "0,5", "abc", None, [0.5], math.nan, "inf", {1: 2}])
def test_non_numbers_are_none(answer):
    assert as_number(answer) is None


def test_close_to_uses_tolerance_and_never_raises():
    assert close_to("12.84", 12.8, abs_tol=0.05)
    assert not close_to(12.9, 12.8, abs_tol=0.05)
    assert close_to(101, 100, rel_tol=0.02)
    assert not close_to(["12.8"], 12.8, abs_tol=1)
    assert not close_to(None, 0, abs_tol=1)


def test_normalise_text_collapses_case_and_spaces():
    assert normalise_text("  Potentially   Unstable ") == "potentially unstable"
    assert normalise_text(3) is None
    assert normalise_text("   ") is None


def test_visible_checks_return_normalised_answers():
    assert check_choice(" C ", "abcd") == "c"
    assert check_number("41.3", 0, 300) == 41.3
    assert check_text("MODERATE", ["normal", "moderate"]) == "moderate"


@pytest.mark.parametrize(
    ("check", "args", "message"),
    [
        (check_choice, ("e", "abcd"), "one letter from a, b, c, d"),
        (check_choice, (2, "abcd"), "got 2"),
        (check_number, ("twelve",), "a number"),
        (check_number, (150, 0, 100), "between 0 and 100"),
        (check_text, ("huge", ["mild", "severe"]), "one of ['mild', 'severe']"),
    ],
)
def test_visible_checks_explain_the_expected_form(check, args, message):
    with pytest.raises(FormError, match=message.replace("[", r"\[").replace("]", r"\]")):
        check(*args)


def test_form_error_is_an_assertion_error():
    """nbgrader counts any exception as a failed test; FormError is also an AssertionError."""
    assert issubclass(FormError, AssertionError)


def error(ename, evalue="", line='assert normalise_choice(q1) == "b"'):
    return new_output("error", ename=ename, evalue=evalue, traceback=[f"----> 4 {line}", ename])


def graded_notebook(outputs):
    """A test cell with a visible check and a hidden test, after grading, with ``outputs``."""
    cell = new_code_cell(
        f'check_choice(q1, "abcd")\n### {HIDDEN_TESTS.begin}\nassert normalise_choice(q1) == "b"\n'
        f"### {HIDDEN_TESTS.end}"
    )
    cell.outputs = outputs
    plain = new_code_cell("print('student work')")
    plain.outputs = [error("ZeroDivisionError", "division by zero", "1/0")]
    return new_notebook(cells=[new_markdown_cell("# quiz"), plain, cell])


def test_redaction_removes_hidden_source_and_traceback():
    nb = redact_feedback(graded_notebook([error("AssertionError")]))
    cell = nb.cells[2]
    assert cell.source == f'check_choice(q1, "abcd")\n{HIDDEN_NOTE}'
    assert [o.text for o in cell.outputs] == [FAILED_HIDDEN + "\n"]
    assert "normalise_choice" not in nbformat.writes(nb)


@pytest.mark.parametrize(
    ("ename", "evalue", "shown"),
    [
        ("FormError", "answer with one letter", "FormError: answer with one letter\n"),
        ("NameError", "name 'q1' is not defined", "NameError: name 'q1' is not defined\n"),
        ("TypeError", "'<' not supported between 'str' and 'int'", FAILED_HIDDEN + "\n"),
    ],
)
def test_redaction_keeps_only_form_and_missing_variable_messages(ename, evalue, shown):
    nb = redact_feedback(graded_notebook([error(ename, evalue)]))
    assert [o.text for o in nb.cells[2].outputs] == [shown]


def test_redaction_of_a_passed_test_leaves_no_output():
    out = new_output("stream", name="stdout", text="debug print of the answer: b\n")
    assert redact_feedback(graded_notebook([out])).cells[2].outputs == []


def test_redaction_leaves_cells_without_hidden_tests_alone():
    nb = graded_notebook([])
    before = copy.deepcopy(nb.cells[:2])
    assert redact_feedback(nb).cells[:2] == before


def load_config(monkeypatch, **env):
    for key in ("NBGRADER_EXCHANGE", "NBGRADER_DB_URL"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return PyFileConfigLoader("nbgrader_config.py", path=str(ASSESSMENTS)).load_config()


def test_config_course_timeout_and_exchange_from_environment(monkeypatch):
    default = load_config(monkeypatch)
    assert default.CourseDirectory.course_id == "bone-metastases"
    assert 0 < default.Execute.timeout <= 10
    assert default.Exchange.root == "/srv/nbgrader/exchange"
    assert "db_url" not in default.CourseDirectory
    custom = load_config(
        monkeypatch, NBGRADER_EXCHANGE="/tmp/x", NBGRADER_DB_URL="postgresql+psycopg2://db/course"
    )
    assert custom.Exchange.root == "/tmp/x"
    assert custom.CourseDirectory.db_url == "postgresql+psycopg2://db/course"
    assert os.path.samefile(custom.CourseDirectory.root, ASSESSMENTS)


def test_config_feedback_runs_the_filter(monkeypatch):
    pipeline = load_config(monkeypatch).GenerateFeedback.preprocessors
    names = [p.__name__ for p in pipeline]
    assert names == ["GetGrades", "HideHiddenTests", "CSSHTMLHeaderPreprocessor"]
    nb, _ = pipeline[1]().preprocess(graded_notebook([error("AssertionError")]), {})
    assert "normalise_choice" not in nbformat.writes(nb)


def test_redaction_drops_the_rubric_shown_to_the_grader():
    nb = graded_notebook([])
    rubric = new_markdown_cell("**Rubric for the grader**: 1 point for the MRI")
    rubric.metadata["course"] = {RUBRIC_FLAG: True}
    nb.cells.insert(1, rubric)
    assert "Rubric" not in nbformat.writes(redact_feedback(nb))


def test_config_autograde_compares_outside_a_sandbox_that_hides_the_course(monkeypatch, tmp_path):
    config = load_config(monkeypatch, NBGRADER_DB_URL=f"sqlite:///{tmp_path}/gradebook.db")
    steps = [p.__name__ for p in config.Autograde.autograde_preprocessors]
    assert steps[:5] == [
        "RefuseLinks",
        "InjectNonce",
        "SandboxedExecute",
        "CompareAnswers",
        "ShowRubric",
    ]
    assert steps.index("CompareAnswers") < steps.index("SaveAutoGrades")
    assert "Execute" not in steps
    hidden = config.SandboxKernelManager.hidden_paths
    assert {str(ASSESSMENTS), str(tmp_path), config.Exchange.root} <= set(hidden)
    generate = [p.__name__ for p in config.GenerateAssignment.preprocessors]
    assert generate[-1] == "ComputeKeys" and "SaveCells" in generate
