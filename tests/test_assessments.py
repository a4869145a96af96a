"""Every assignment generates with nbgrader, validates, and releases no solution or hidden test."""

import json
import shutil

import nbformat
import pytest

from course.assessment.markers import SOLUTION
from course.assessment.release import assignments, nbgrader

from .conftest import ASSESSMENTS
from .nbgrader_course import copy_course, generate_all, leaks, secret_lines

pytestmark = pytest.mark.nbgrader
ASSIGNMENTS = assignments(ASSESSMENTS)


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """A temporary course with every assignment generated into release/."""
    return generate_all(ASSESSMENTS, tmp_path_factory.mktemp("tmp") / "course").parent


def notebooks(folder):
    return sorted(folder.glob("*.ipynb"))


def test_there_is_an_assignment():
    assert ASSIGNMENTS


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_source_passes_validation(course, name):
    for nb in notebooks(course / "source" / name):
        out = nbgrader(course, "validate", str(nb)).stdout
        assert "Success! Your notebook passes all the tests." in out, out


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_release_fails_every_test(course, name):
    for nb in notebooks(course / "release" / name):
        plain = nbgrader(course, "validate", str(nb)).stdout
        assert "Success!" not in plain, plain
        inverted = nbgrader(course, "validate", "--invert", str(nb)).stdout
        assert "Success! The notebook does not pass any tests." in inverted, inverted


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_release_holds_no_secret(course, name):
    released = notebooks(course / "release" / name)
    assert released
    for path in released:
        source = nbformat.read(course / "source" / name / path.name, as_version=4)
        assert list(secret_lines(source)), "an assignment without solutions or tests"
        assert leaks(source, nbformat.read(path, as_version=4)) == []


def test_a_leaking_assignment_is_caught(course, tmp_path):
    """An author who copies a solution line into a visible cell leaks the answer."""
    name = ASSIGNMENTS[0]
    leaky = copy_course(course, tmp_path / "leaky")
    shutil.rmtree(leaky / "source" / name)
    shutil.copytree(course / "source" / name, leaky / "source" / name)
    path = notebooks(leaky / "source" / name)[0]
    nb = nbformat.read(path, as_version=4)
    hidden = next(line for line in secret_lines(nb, (SOLUTION,)) if " = " in line)
    nb.cells.append(nbformat.v4.new_code_cell(f"# worked example\n{hidden}"))
    nbformat.write(nb, path)
    nbgrader(leaky, "generate_assignment", name, "--force")
    released = nbformat.read(leaky / "release" / name / path.name, as_version=4)
    assert hidden in leaks(nb, released)


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_keys_stay_with_the_source_and_out_of_the_release(course, name):
    """Generation computes the keys next to the source; the release holds the notebook only."""
    assert [p.name for p in (course / "release" / name).iterdir()] == [f"{name}.ipynb"]
    keys = json.loads((course / "keys" / f"{name}.json").read_text())
    assert keys and (course / "keys" / f"{name}.json").stat().st_mode & 0o077 == 0
    nb = nbformat.read(course / "release" / name / f"{name}.ipynb", as_version=4)
    released = "\n".join(cell.source for cell in nb.cells)
    spec = [line.strip() for line in (course / "keys" / f"{name}.py").read_text().splitlines()]
    assert [line for line in spec if line.startswith('"q') and line in released] == []


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_committed_release_matches_source(course, name):
    """Binder users open the committed release: it must be what the source generates now."""
    fresh = notebooks(course / "release" / name)
    committed = notebooks(ASSESSMENTS / "release" / name)
    assert [p.name for p in committed] == [p.name for p in fresh], "run: make release"
    for new, old in zip(fresh, committed, strict=True):
        a, b = (nbformat.read(p, as_version=4) for p in (new, old))
        assert [(c.cell_type, c.source, c.metadata) for c in a.cells] == [
            (c.cell_type, c.source, c.metadata) for c in b.cells
        ], f"{old} is out of date: run make release"
