"""nbgrader preprocessors: keys at generation, nonce + sandbox + outside comparison at autograde.

Wired in ``assessments/nbgrader_config.py``:

- :class:`ComputeKeys` (``generate_assignment``) computes ``keys/<assignment>.json`` from
  ``keys/<assignment>.py`` in the grader's process and checks that every test cell has a key;
- :class:`RefuseLinks` (``autograde``, first) grades no symbolic link of the submission;
- :class:`InjectNonce` (``autograde``, before execution) gives each hidden test a per-run nonce;
- :class:`SandboxedExecute` runs the submission in :mod:`course.assessment.sandbox` and, when a
  cell outlives its timeout even after an interrupt, kills the kernel and grades what ran;
- :class:`CompareAnswers` (after execution) compares each recorded answer with its key and turns a
  failed comparison into the error output that nbgrader scores as 0;
- :class:`ShowRubric` puts the hand-graded item's rubric under the answer for formgrader;
- :class:`HideHiddenTests` (``generate_feedback``) removes hidden tests, tracebacks and rubrics.
"""

import os
import re
import secrets
import shutil
from pathlib import Path
from typing import Any

import nbformat
from jupyter_core.utils import run_sync
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat.v4 import new_markdown_cell, new_output
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import Execute, NbGraderPreprocessor
from traitlets import Bool, Unicode

from course.assessment.feedback import RUBRIC_FLAG, STOPPED, redact_feedback
from course.assessment.keys import (
    NoRecord,
    compute_keys,
    find_answer,
    load_keys,
    matches,
    save_keys,
)
from course.assessment.markers import HIDDEN_TESTS, MARK_SCHEME
from course.assessment.sandbox import SandboxKernelManager, bwrap_available

RECORD_CALL = re.compile(r'^record_answer\("(\w+)", (\w+)\)$')
WRONG = "IncorrectAnswer"


def _is_test(cell: Any) -> bool:
    meta = cell.metadata.get("nbgrader", {})
    return cell.cell_type == "code" and bool(meta.get("grade")) and not meta.get("solution")


def _error(ename: str, evalue: str) -> Any:
    return new_output("error", ename=ename, evalue=evalue, traceback=[f"{ename}: {evalue}"])


def _hidden_region(source: str) -> tuple[str, str, str]:
    """Split a test cell's source into (before, hidden region, after) at the hidden markers."""
    begin = source.index(HIDDEN_TESTS.begin)
    start = source.index("\n", begin) + 1
    end = source.rindex("\n", 0, source.index(HIDDEN_TESTS.end)) + 1
    return source[:start], source[start:end], source[end:]


class ComputeKeys(NbGraderPreprocessor):
    """Compute the assignment's keys (grader's process) and store them with the source."""

    keys_dir = Unicode(help="Folder with <assignment>.py key specifications.").tag(config=True)

    def preprocess(self, nb: Any, resources: dict) -> tuple[Any, dict]:
        assignment = resources["nbgrader"]["assignment"]
        folder = Path(self.keys_dir)
        keys = compute_keys(folder / f"{assignment}.py")
        tests = {c.metadata["nbgrader"]["grade_id"] for c in nb.cells if _is_test(c)}
        if set(keys) != tests:
            raise ValueError(
                f"keys/{assignment}.py must give a key for each test cell: missing "
                f"{sorted(tests - set(keys))}, unknown {sorted(set(keys) - tests)}"
            )
        save_keys(keys, folder / f"{assignment}.json")
        return nb, resources


class RefuseLinks(NbGraderPreprocessor):
    """Grade nothing that a submission holds as a symbolic link.

    nbgrader reads ``submitted/<student>/<assignment>`` in the grader's process and follows links:
    a linked notebook would be the instructor's ``source/`` one, a linked file would put a key or
    the gradebook in the sandboxed kernel's folder. A linked notebook is graded with every cell
    emptied; the grader's copies of linked files are deleted before the kernel starts.
    """

    def preprocess(self, nb: Any, resources: dict) -> tuple[Any, dict]:
        info = resources["nbgrader"]
        course = CourseDirectory(config=self.config)
        submitted = course.format_path(
            course.submitted_directory, info["student"], info["assignment"]
        )
        graded = Path(resources["metadata"]["path"])
        for folder, dirs, files in os.walk(submitted):
            for name in dirs + files:
                link = Path(folder, name)
                if not link.is_symlink():
                    continue
                relative = link.relative_to(submitted)
                self.log.error("%s is a symbolic link: not graded", link)
                if relative == Path(f"{info['notebook']}.ipynb"):
                    for cell in nb.cells:
                        cell.source = ""
                        if cell.cell_type == "code":
                            cell.outputs = []
                elif (graded / relative).is_dir():
                    shutil.rmtree(graded / relative)
                else:
                    (graded / relative).unlink(missing_ok=True)
        return nb, resources


class InjectNonce(NbGraderPreprocessor):
    """Replace each hidden test, ``record_answer("id", var)``, by the same call with a nonce."""

    def preprocess(self, nb: Any, resources: dict) -> tuple[Any, dict]:
        nonce = secrets.token_hex(16)
        resources["answer_nonce"] = nonce
        for cell in nb.cells:
            if _is_test(cell) and HIDDEN_TESTS.begin in cell.source:
                before, hidden, after = _hidden_region(cell.source)
                call = RECORD_CALL.match(hidden.strip())
                if call is None:
                    raise ValueError(f'hidden test must be record_answer("id", var): {hidden!r}')
                grade_id, variable = call.groups()
                line = f'record_answer("{grade_id}", {variable}, nonce="{nonce}")\n'
                cell.source = before + line + after
        return nb, resources


class CompareAnswers(NbGraderPreprocessor):
    """Compare each test cell's recorded answer with its key; a failure becomes an error output.

    nbgrader scores a test cell by its first ``execute_result`` (partial credit; text that is no
    number counts as full marks) before it looks at a later error, and kernel code can add one to
    any cell. A recorder shows no result, so every ``execute_result`` of a test cell is dropped:
    the comparison alone decides.
    """

    keys_dir = Unicode(help="Folder with the <assignment>.json keys.").tag(config=True)

    def preprocess(self, nb: Any, resources: dict) -> tuple[Any, dict]:
        keys = load_keys(Path(self.keys_dir) / f"{resources['nbgrader']['assignment']}.json")
        nonce = resources["answer_nonce"]
        for cell in nb.cells:
            if not _is_test(cell):
                continue
            cell.outputs = [o for o in cell.outputs if o.output_type != "execute_result"]
            if any(o.output_type == "error" for o in cell.outputs):
                continue
            key = keys.get(cell.metadata["nbgrader"]["grade_id"])
            try:
                answer = find_answer(cell.outputs, cell.metadata["nbgrader"]["grade_id"], nonce)
            except NoRecord as err:
                cell.outputs.append(_error(WRONG, f"no answer was recorded ({err})"))
                continue
            if key is None or not matches(key, answer):
                cell.outputs.append(_error(WRONG, "the recorded answer does not match the key"))
        return nb, resources


class SandboxedExecute(Execute):
    """nbgrader's Execute in a bubblewrap sandbox; a kernel that ignores interrupts is killed.

    When a cell still runs after its timeout and the interrupt, the kernel is killed; that cell
    and every later code cell get a ``KernelStopped`` error, and the cells that ran are graded.
    """

    allow_unsandboxed = Bool(
        False,
        help="Grade with the plain kernel, which runs with the grader's rights, when bubblewrap "
        "(bwrap) or prlimit is missing. Off: autograde refuses to run without the sandbox.",
    ).tag(config=True)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._stopped = ""
        if bwrap_available():
            if "kernel_manager_class" not in kwargs:
                self.kernel_manager_class = SandboxKernelManager
        elif not self.allow_unsandboxed:
            raise RuntimeError(
                "bubblewrap (bwrap) or prlimit is missing, so the submission's kernel would run "
                "with the grader's rights: install them (Debian: bubblewrap, util-linux), or set "
                "c.SandboxedExecute.allow_unsandboxed = True to grade without the sandbox"
            )
        else:
            self.log.warning("NO SANDBOX: bwrap or prlimit is missing; kernels have your rights")

    def reset_execution_trackers(self) -> None:
        super().reset_execution_trackers()
        self._stopped = ""

    async def async_execute_cell(
        self, cell: Any, cell_index: int, execution_count: int | None = None, **kwargs: Any
    ) -> Any:
        if self._stopped and cell.cell_type == "code" and cell.source.strip():
            cell.outputs = [_error(STOPPED, f"not run: {self._stopped}")]
            return cell
        try:
            return await super().async_execute_cell(cell, cell_index, execution_count, **kwargs)
        except (CellTimeoutError, DeadKernelError) as err:
            self._stopped = f"the kernel was stopped in cell {cell_index} ({type(err).__name__})"
            self.log.error("Killing the kernel: %s", self._stopped)
            if self.km is not None and await self.km.is_alive():
                await self.km.shutdown_kernel(now=True)
            cell.outputs.append(_error(STOPPED, self._stopped))
            return cell

    execute_cell = run_sync(async_execute_cell)  # nbclient binds its own at class creation


class ShowRubric(NbGraderPreprocessor):
    """Insert each hand-graded answer's rubric (from the instructor's source) below it.

    The inserted cell carries ``metadata.course.rubric_for_grader``; feedback drops it.
    """

    source_dir = Unicode(help="The course's source/ folder.").tag(config=True)

    def preprocess(self, nb: Any, resources: dict) -> tuple[Any, dict]:
        info = resources["nbgrader"]
        path = Path(self.source_dir) / info["assignment"] / f"{info['notebook']}.ipynb"
        rubrics = {
            c.metadata["nbgrader"]["grade_id"]: found
            for c in nbformat.read(path, as_version=4).cells
            if (found := MARK_SCHEME.inside(c.source)) and "nbgrader" in c.metadata
        }
        cells = []
        for cell in nb.cells:
            cells.append(cell)
            rubric = rubrics.get(cell.metadata.get("nbgrader", {}).get("grade_id"))
            if rubric:
                note = new_markdown_cell(f"**Rubric for the grader** (not in feedback)\n\n{rubric}")
                note.metadata["course"] = {RUBRIC_FLAG: True}
                cells.append(note)
        nb.cells = cells
        return nb, resources


class HideHiddenTests(NbGraderPreprocessor):
    """Feedback without hidden tests' source, tracebacks or rubrics (course.assessment.feedback)."""

    def preprocess(self, nb: Any, resources: dict) -> tuple[Any, dict]:
        return redact_feedback(nb), resources
