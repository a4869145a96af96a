"""The question engine: a question by id in the learner's order, the progress file, the scores."""

import base64
import getpass
import io
import json
import re
import zipfile
from pathlib import Path

import ipywidgets as widgets
import pytest

from course.questions import (
    bank,
    download_link,
    get,
    lesson_score,
    load_bank,
    progress_summary,
    question,
)
from course.questions import progress as prog
from course.questions.display import ARCHIVE, LessonScore, QuestionCheck, score_html, summary_html
from tests.test_question_bank import sample_toml


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch) -> Path:
    """Every test gets its own progress folder."""
    monkeypatch.setenv(prog.ENV_VAR, str(tmp_path))
    return tmp_path


def _texts(widget: widgets.Widget) -> str:
    """Everything the rendered widget shows as text (HTML values and option labels)."""
    if isinstance(widget, widgets.Box):
        return " ".join(_texts(child) for child in widget.children)
    if isinstance(widget, widgets.HTML):
        return widget.value
    if isinstance(widget, widgets.RadioButtons):
        return " ".join(widget.options[i][0] for i in range(len(widget.options)))
    return ""


# --- learner id -----------------------------------------------------------------------------------


def test_learner_id_is_made_once_and_kept(home):
    first = prog.learner_id()
    assert re.fullmatch(r"[0-9a-f]{32}", first)
    assert (home / "learner-id").read_text().strip() == first
    assert prog.learner_id() == first


def test_learner_id_falls_back_to_the_user_name_when_the_folder_is_read_only(home, monkeypatch):
    blocker = home / "a-file"
    blocker.write_text("")
    monkeypatch.setenv(prog.ENV_VAR, str(blocker / "inside"))
    assert prog.learner_id() == getpass.getuser()


# --- the question widget --------------------------------------------------------------------------


def test_question_shows_the_options_in_the_learners_order():
    q = get("03-denosumab-step")
    shown = question("03-denosumab-step")
    assert isinstance(shown, QuestionCheck)
    order = prog.option_order(q, prog.learner_id())
    assert [label for label, _ in shown.choice.options] == [q.options[i].text for i in order]
    assert question("03-denosumab-step").order == order


def test_no_answer_or_explanation_is_visible_before_checking():
    q = get("05-corrected-calcium")
    visible = _texts(question(q.id))
    assert q.stem in visible
    assert all(o.explanation not in visible for o in q.options)
    assert "Correct." not in visible


def test_revisiting_question_says_which_lesson_it_brings_back():
    assert "Looking back to lesson 01" in _texts(question("03-denosumab-step"))


def test_first_attempt_is_saved_and_later_attempts_do_not_overwrite_it(home):
    shown = question("03-denosumab-step")
    right = next(i for i, o in enumerate(shown.options) if o.correct)
    wrong = (right + 1) % len(shown.options)
    assert "Not quite." in shown.check(wrong)
    assert "Correct." in shown.check(right)
    saved = json.loads((home / "progress.json").read_text())
    assert saved["attempts"]["03-denosumab-step"]["correct"] is False
    assert saved["attempts"]["03-denosumab-step"]["lesson"] == "03"
    again = question("03-denosumab-step")
    again.check(next(i for i, o in enumerate(again.options) if o.correct))
    assert prog.load()["attempts"]["03-denosumab-step"]["correct"] is False


def test_checking_with_nothing_chosen_records_nothing(home):
    shown = question("01-resorbing-cell")
    assert "Choose an answer first" in shown.check(None)
    assert not (home / "progress.json").exists()


def test_unwritable_progress_folder_is_reported_in_the_feedback(home, monkeypatch):
    shown = question("01-resorbing-cell")
    blocker = home / "a-file"
    blocker.write_text("")
    monkeypatch.setenv(prog.ENV_VAR, str(blocker / "inside"))
    html = shown.check(0)
    assert "Your progress could not be saved" in html
    assert "Correct." in html or "Not quite." in html


def test_unknown_question_shows_a_message_not_a_traceback():
    shown = question("03-no-such-question")
    assert isinstance(shown, widgets.HTML)
    assert "unknown question id" in shown.value


# --- the progress file ----------------------------------------------------------------------------


def test_progress_round_trip_is_atomic(home):
    q = get("02-batson-route")
    assert prog.record_first_attempt(q, True)
    assert not prog.record_first_attempt(q, False)
    data = prog.load()
    assert data["attempts"]["02-batson-route"]["correct"] is True
    prog.save(data)
    assert prog.load() == data
    assert sorted(p.name for p in home.iterdir()) == ["progress.json"]


@pytest.mark.parametrize(
    "content",
    ["{not json", '{"version": 1, "attempts": []}', '{"version": 99, "attempts": {}}', "\udcff"],
)
def test_corrupt_progress_file_is_reset_with_a_warning_and_kept(home, content):
    path = home / "progress.json"
    path.write_text(content, errors="surrogateescape")
    with pytest.warns(UserWarning, match="could not be read; starting afresh"):
        data = prog.load()
    assert data == {"version": prog.VERSION, "attempts": {}}
    assert (home / "progress.json.corrupt").exists()
    prog.record_first_attempt(get("01-resorbing-cell"), True)
    assert prog.load()["attempts"]["01-resorbing-cell"]["correct"] is True


def test_a_corrupt_file_does_not_break_the_widget(home):
    (home / "progress.json").write_text("garbage")
    shown = question("01-resorbing-cell")
    with pytest.warns(UserWarning):
        shown.check(0)
    assert "01-resorbing-cell" in prog.load()["attempts"]


# --- scores ---------------------------------------------------------------------------------------

FIXTURE = 'lesson = "03"\n' + "".join(
    sample_toml(f"03-q{i}", f"Stem number {i}?") for i in (1, 2, 3)
)


@pytest.fixture
def small_bank(tmp_path):
    folder = tmp_path / "bank"
    folder.mkdir()
    (folder / "lesson03.toml").write_text(FIXTURE)
    return load_bank(folder)


def _attempts(**results: bool) -> dict:
    return {
        "version": 1,
        "attempts": {
            qid.replace("_", "-"): {"lesson": "03", "correct": ok, "when": ""}
            for qid, ok in results.items()
        },
    }


def test_score_counts_right_first_time_and_lists_what_to_revisit(small_bank):
    html = score_html("03", _attempts(**{"03_q1": True, "03_q2": False}), small_bank)
    assert "Lesson 03: 1 of 3 right first time." in html
    revisit, unanswered = html.split("Worth revisiting")[1].split("Not answered yet")
    assert "Stem number 2?" in revisit and "Stem number 1?" not in revisit
    assert "Stem number 3?" in unanswered and "Stem number 2?" not in unanswered


def test_score_with_everything_right_lists_nothing(small_bank):
    data = _attempts(**{"03_q1": True, "03_q2": True, "03_q3": True})
    html = score_html("03", data, small_bank)
    assert "3 of 3 right first time" in html
    assert "revisiting" not in html and "Not answered" not in html


def test_summary_lists_each_lesson_with_answered_and_right(small_bank):
    html = summary_html(_attempts(**{"03_q1": True, "03_q2": False}), small_bank)
    assert "<tr><td>03</td><td>2 of 3</td><td>1</td><td>started</td></tr>" in html
    done = summary_html(_attempts(**{"03_q1": True, "03_q2": False, "03_q3": True}), small_bank)
    assert "<td>3 of 3</td><td>2</td><td>done</td>" in done
    assert "<td>0 of 3</td><td>0</td><td>not started</td>" in summary_html(_attempts(), small_bank)


def test_download_link_carries_the_progress_json():
    data = _attempts(**{"03_q1": True})
    link = download_link(data)
    payload = re.search(r'href="data:application/json;base64,([^"]+)"', link).group(1)
    assert json.loads(base64.b64decode(payload)) == data
    assert 'download="progress.json"' in link


def test_lesson_score_widget_updates_after_an_answer():
    score = lesson_score("01")
    assert isinstance(score, LessonScore)
    total = sum(q.lesson == "01" for q in bank().values())
    assert f"0 of {total} right first time" in score.view.value
    shown = question("01-resorbing-cell")
    shown.check(next(i for i, o in enumerate(shown.options) if o.correct))
    assert f"1 of {total} right first time" in score.view.value


def test_bad_lesson_shows_a_message_not_a_traceback():
    shown = lesson_score("3")
    assert isinstance(shown, widgets.HTML) and "lesson must be one of" in shown.value


def _zip_from_link(html: str) -> zipfile.ZipFile:
    payload = re.search(r'href="data:application/zip;base64,([^"]+)"', html).group(1)
    return zipfile.ZipFile(io.BytesIO(base64.b64decode(payload)))


def test_progress_summary_shows_the_table_and_both_download_links(tmp_path):
    lessons = tmp_path / "lessons"
    lessons.mkdir()
    (lessons / "00_start_here.ipynb").write_text('{"cells": ["mine"]}')
    (lessons / "03_vicious_cycle.ipynb").write_text('{"cells": ["edited"]}')
    (lessons / "notes.txt").write_text("not a notebook")
    question("02-batson-route").check(0)
    text = _texts(progress_summary(lessons))
    assert "Self-checks answered" in text and "<td>02</td><td>1 of" in text
    assert 'download="progress.json"' in text and f'download="{ARCHIVE}"' in text
    archive = _zip_from_link(text)
    assert sorted(archive.namelist()) == [
        "notebooks/00_start_here.ipynb",
        "notebooks/03_vicious_cycle.ipynb",
        "progress.json",
    ]
    assert archive.read("notebooks/03_vicious_cycle.ipynb") == b'{"cells": ["edited"]}'
    assert json.loads(archive.read("progress.json")) == prog.load()
    assert "02-batson-route" in prog.load()["attempts"]
    assert "On Binder both are lost when the session ends" in text


def test_progress_folder_is_in_the_browser_storage_in_pyodide(tmp_path, monkeypatch):
    monkeypatch.delenv(prog.ENV_VAR, raising=False)
    monkeypatch.setattr(prog, "DRIVE", tmp_path)
    monkeypatch.setattr(prog.sys, "platform", "emscripten")
    assert prog.folder() == tmp_path / ".bone-metastases-course"
    monkeypatch.setattr(prog, "DRIVE", tmp_path / "not-mounted")
    assert prog.folder() == Path.home() / ".bone-metastases-course"
    monkeypatch.setattr(prog, "DRIVE", tmp_path)
    monkeypatch.setattr(prog.sys, "platform", "linux")
    assert prog.folder() == Path.home() / ".bone-metastases-course"
