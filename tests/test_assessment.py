"""Keys, answer records, the sandbox command and LMS file names (course.assessment)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output
from nbgrader.utils import determine_grade
from traitlets.config import Config

from course.assessment import preprocessors
from course.assessment.collect import collected_count, parse_lms_name
from course.assessment.keys import (
    NoRecord,
    choice,
    compute_keys,
    find_answer,
    load_keys,
    matches,
    number,
    save_keys,
    text,
)
from course.assessment.markers import HIDDEN_TESTS
from course.assessment.preprocessors import (
    CompareAnswers,
    InjectNonce,
    RefuseLinks,
    SandboxedExecute,
)
from course.assessment.release import assignments
from course.assessment.sandbox import SandboxKernelManager, bwrap_available, sandbox_command
from course.grading import ANSWER_MIME, recordable

from .conftest import ASSESSMENTS

NAME = "quiz01_pathophysiology"


def record(grade_id="q01", nonce="n0", answer="b"):
    data = {ANSWER_MIME: {"grade_id": grade_id, "nonce": nonce, "answer": answer}}
    return new_output("display_data", data=data)


@pytest.mark.parametrize(
    ("key", "right", "wrong"),
    [
        (choice("B"), ["b", " (B) ", "b."], ["c", 2, None, "bb"]),
        (number(0.6923, abs_tol=0.005), [0.69, "0.695", 0.6923], [0.68, "0,69", None, True]),
        (text("Bladder"), ["bladder", " BLADDER "], ["lung", 1, None]),
    ],
)
def test_matches_accepts_every_right_form_and_nothing_else(key, right, wrong):
    assert all(matches(key, a) for a in right)
    assert not any(matches(key, a) for a in wrong)


@pytest.mark.parametrize(
    ("make", "args", "field"),
    [(choice, ("bb",), "letter"), (number, (float("nan"),), "value"), (text, (), "accepted")],
)
def test_bad_keys_are_refused_naming_the_field(make, args, field):
    with pytest.raises(ValueError, match=field):
        make(*args)


def test_keys_round_trip_through_json_readable_by_the_grader_only(tmp_path):
    keys = {"q1": choice("c"), "q2": number(4.5, abs_tol=0.01), "q3": text("mild", "Mild ")}
    save_keys(keys, tmp_path / "k.json")
    assert load_keys(tmp_path / "k.json") == keys
    assert (tmp_path / "k.json").stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("name", assignments(ASSESSMENTS))
def test_every_key_specification_computes(name):
    keys = compute_keys(ASSESSMENTS / "keys" / f"{name}.py")
    assert keys and all(k.kind in ("choice", "number", "text") for k in keys.values())


def test_recorded_answers_are_json_values():
    assert [recordable(a) for a in ["b", 0.5, 3, None, [1], True, float("nan")]] == [
        "b",
        0.5,
        3.0,
        None,
        None,
        None,
        None,
    ]


def test_find_answer_reads_one_record_of_this_item_and_run():
    assert find_answer([record()], "q01", "n0") == "b"


@pytest.mark.parametrize(
    "outputs",
    [
        [],
        [record(), record(answer="c")],  # a forged second record
        [record(grade_id="q02")],
        [record(nonce="old")],
        [new_output("stream", name="stdout", text=json.dumps({ANSWER_MIME: {}}))],
        [new_output("display_data", data={ANSWER_MIME: {"grade_id": "q01", "answer": "b"}})],
    ],
)
def test_find_answer_refuses_missing_forged_or_foreign_records(outputs):
    with pytest.raises(NoRecord):
        find_answer(outputs, "q01", "n0")


@pytest.mark.parametrize(
    ("path", "student", "file_id"),
    [
        ("/x/extracted/doejane_12345_678901_quiz01_pathophysiology.ipynb", "12345", NAME),
        ("/x/doejane_LATE_12345_678901_quiz01_pathophysiology-1.ipynb", "12345", NAME),
        ("/x/Jane Doe_777_assignsubmission_file_quiz01_pathophysiology (1).ipynb", "777", NAME),
        ("/x/Jane Doe_777_assignsubmission_file_/quiz01_pathophysiology.ipynb", "777", NAME),
    ],
)
def test_lms_names_give_the_student_and_the_notebook(path, student, file_id):
    assert parse_lms_name(path) == {"student_id": student, "file_id": f"{file_id}.ipynb"}


def test_other_names_are_not_collected():
    assert parse_lms_name("/x/quiz01_pathophysiology.ipynb") is None
    assert collected_count("[ZipCollectApp | INFO] 0 files collected") == 0
    assert collected_count("[ZipCollectApp | INFO] 3 files collected") == 3


def test_sandbox_command_hides_paths_and_keeps_workdir_and_sockets(tmp_path):
    cmd = sandbox_command(
        ["python"],
        workdir=tmp_path / "course" / "autograded" / "s" / "a",
        shared=tmp_path / "ipc",
        hidden=[tmp_path],
        memory_mb=100,
        max_processes=10,
        max_file_mb=1,
    )
    joined = " ".join(cmd)
    assert "--unshare-net" in joined or "--unshare-all" in joined
    assert "--clearenv" in cmd and "--die-with-parent" in cmd
    # the hidden folder is emptied first, then the working folder and sockets come back
    assert joined.index(f"--tmpfs {tmp_path} ") < joined.index(f"--ro-bind {tmp_path}/course")
    assert f"--bind {tmp_path}/ipc {tmp_path}/ipc" in joined
    assert cmd[-1] == "python" and "--as=104857600" in cmd and "--nproc=10" in cmd
    with pytest.raises(ValueError, match="memory_mb"):
        sandbox_command(
            ["python"],
            workdir=tmp_path,
            shared=tmp_path,
            hidden=[],
            memory_mb=0,
            max_processes=1,
            max_file_mb=1,
        )


@pytest.mark.skipif(not bwrap_available(), reason="bubblewrap (bwrap) is not installed")
def test_sandbox_sees_no_hidden_file_no_network_and_no_environment(tmp_path, monkeypatch):
    secret = tmp_path / "course" / "gradebook.db"
    work = tmp_path / "course" / "autograded"
    work.mkdir(parents=True)
    secret.write_text("grades")
    (work / "mine.txt").write_text("mine")
    monkeypatch.setenv("NBGRADER_DB_URL", "postgresql+psycopg2://u:pw@db/x")
    probe = (
        "import os, socket, pathlib\n"
        f"print(sorted(os.listdir({str(tmp_path / 'course')!r})))\n"
        "print(open('mine.txt').read(), 'NBGRADER_DB_URL' in os.environ)\n"
        "try:\n    socket.create_connection(('127.0.0.1', 22), timeout=2)\n"
        "except OSError as e:\n    print('no network')\n"
    )
    cmd = sandbox_command(
        [sys.executable, "-c", probe],
        workdir=work,
        shared=tmp_path / "ipc",
        hidden=[tmp_path / "course"],
        memory_mb=4096,
        max_processes=512,
        max_file_mb=1,
    )
    (tmp_path / "ipc").mkdir()
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd=work)
    assert out.stdout.splitlines() == ["['autograded']", "mine False", "no network"], out.stderr
    assert Path(secret).read_text() == "grades"


def test_grader_injects_a_nonce_and_fails_wrong_or_forged_answers(tmp_path):
    """InjectNonce and CompareAnswers on a notebook whose kernel output we write by hand."""
    save_keys({"q1": choice("c"), "q2": number(4.5, abs_tol=0.01)}, tmp_path / "a.json")
    cells = []
    for gid in ("q1", "q2"):
        cell = new_code_cell(
            f'check(x)\n### {HIDDEN_TESTS.begin}\nrecord_answer("{gid}", x)\n### {HIDDEN_TESTS.end}'
        )
        cell.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": gid}
        cells.append(cell)
    resources = {"nbgrader": {"assignment": "a"}}
    nb, resources = InjectNonce().preprocess(new_notebook(cells=cells), resources)
    nonce = resources["answer_nonce"]
    assert f'record_answer("q1", x, nonce="{nonce}")' in nb.cells[0].source
    nb.cells[0].outputs = [record("q1", nonce, " C ")]  # right
    nb.cells[1].outputs = [record("q2", "forged", 4.5)]  # right value, wrong nonce
    compare = CompareAnswers(keys_dir=str(tmp_path))
    nb, _ = compare.preprocess(nb, resources)
    assert [o.output_type for o in nb.cells[0].outputs] == ["display_data"]
    assert nb.cells[1].outputs[-1].ename == "IncorrectAnswer"
    nb.cells[0].outputs = [record("q1", nonce, "b")]  # wrong
    nb.cells[1].outputs = [record("q2", nonce, "4.5")]  # right
    nb, _ = compare.preprocess(nb, resources)
    assert nb.cells[0].outputs[-1].ename == "IncorrectAnswer"
    assert [o.output_type for o in nb.cells[1].outputs] == ["display_data"]


def test_only_the_comparison_decides_a_test_cells_score(tmp_path):
    """nbgrader scores a cell by its first execute_result, before any error after it (partial
    credit): a cheater's own execute_result must not outweigh the comparison's verdict."""
    save_keys({"q1": choice("c")}, tmp_path / "a.json")
    resources = {"nbgrader": {"assignment": "a"}, "answer_nonce": "n"}
    shown = new_output("execute_result", data={"text/plain": "'full marks'"}, execution_count=1)
    zero = new_output("execute_result", data={"text/plain": "0"}, execution_count=1)
    failed = new_output("error", ename="ValueError", evalue="", traceback=[])
    cases = {
        "wrong, then shown": ([record("q1", "n", "b"), shown], 0),
        "shown, then its own error": ([shown, failed], 0),
        "nothing recorded": ([shown], 0),
        "right, then a zero": ([record("q1", "n", "c"), zero], 2),
    }
    scores = {}
    for case, (outputs, _) in cases.items():
        cell = new_code_cell("record_answer('q1', x)", outputs=outputs)
        meta = {"grade": True, "solution": False, "grade_id": "q1", "points": 2}
        cell.metadata["nbgrader"] = meta
        nb, _ = CompareAnswers(keys_dir=str(tmp_path)).preprocess(
            new_notebook(cells=[cell]), resources
        )
        scores[case] = determine_grade(nb.cells[0])[0]
    assert scores == {case: points for case, (_, points) in cases.items()}


def test_autograde_refuses_to_run_unsandboxed_unless_told_to(monkeypatch):
    monkeypatch.setattr(preprocessors, "bwrap_available", lambda: False)
    with pytest.raises(RuntimeError, match="allow_unsandboxed"):
        SandboxedExecute()
    plain = SandboxedExecute(allow_unsandboxed=True)
    assert plain.kernel_manager_class is not SandboxKernelManager
    monkeypatch.setattr(preprocessors, "bwrap_available", lambda: True)
    assert SandboxedExecute().kernel_manager_class is SandboxKernelManager


def test_linked_submission_files_are_not_graded(tmp_path):
    """A link to the instructor's notebook grades an empty one; a linked file leaves the
    kernel's folder before it starts, a plain file stays."""
    submitted = tmp_path / "submitted" / "s" / "a"
    graded = tmp_path / "autograded" / "s" / "a"
    submitted.mkdir(parents=True)
    graded.mkdir(parents=True)
    (tmp_path / "key.json").write_text("{}")
    (submitted / "a.ipynb").symlink_to(tmp_path / "source.ipynb")
    (submitted / "key.json").symlink_to(tmp_path / "key.json")
    for name in ("key.json", "data.csv"):
        (graded / name).write_text("copied by nbgrader")
    (submitted / "data.csv").write_text("mine")
    config = Config({"CourseDirectory": {"root": str(tmp_path)}})
    solved = new_notebook(cells=[new_code_cell("x = 'c'", outputs=[record()])])
    resources = {"nbgrader": {"student": "s", "assignment": "a", "notebook": "a"}}
    resources["metadata"] = {"path": str(graded)}
    nb, _ = RefuseLinks(config=config).preprocess(solved, resources)
    assert [(c.source, c.outputs) for c in nb.cells] == [("", [])]
    assert sorted(p.name for p in graded.iterdir()) == ["data.csv"]


def test_any_json_answer_is_compared_without_raising():
    keys = [choice("b"), number(4.5, abs_tol=0.1), text("lytic")]
    answers = [10**400, -(10**400), "1e400", [4.5], {"answer": "b"}, None, True, "NaN"]
    assert [matches(k, a) for k in keys for a in answers] == [False] * 24
