"""Binder, checked without Docker: what repo2docker would do with .binder/, step by step.

repo2docker uses .binder/environment.yml (conda: the Python version, then pip: the runtime pins),
then runs .binder/postBuild, then opens the `urlpath` of the link. The badge and the link come
from the one setting .binder/launch.json.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import nbformat
import pytest

from .conftest import ROOT
from .test_environment import environment_pip_lines, package, requirement_lines

BINDER = ROOT / ".binder"
LAUNCH = json.loads((BINDER / "launch.json").read_text())
TEST_AND_BUILD_TOOLS = {
    package(p)
    for name in ("requirements-test.txt", "requirements-lite.txt")
    for p in requirement_lines(name)
}


def badge_url(launch: dict) -> str:
    """The Binder link of the setting: repository, ref and the page to open."""
    return f"https://mybinder.org/v2/{launch['repository']}/{launch['ref']}?urlpath={launch['urlpath']}"


def start_notebook(launch: dict) -> Path:
    """The file that the link's urlpath opens (lab/tree/<path>)."""
    path = launch["urlpath"].removeprefix("lab/tree/")
    assert path != launch["urlpath"], f"urlpath must open lab/tree/...: {launch['urlpath']}"
    return ROOT / path


def test_readme_badge_is_built_from_the_one_setting():
    readme = (ROOT / "README.md").read_text()
    links = re.findall(r"https://mybinder\.org/v2/[^)\s]+", readme)
    assert links and set(links) == {badge_url(LAUNCH)}, links


def test_start_notebook_exists_and_opens():
    path = start_notebook(LAUNCH)
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    assert notebook.metadata.kernelspec.name == "python3"  # the kernel Binder's image has
    assert notebook.cells[0].cell_type == "markdown"


def test_a_wrong_urlpath_is_caught():
    with pytest.raises(AssertionError):
        start_notebook(LAUNCH | {"urlpath": "tree/notebooks/00_start_here.ipynb"})
    assert not start_notebook(LAUNCH | {"urlpath": "lab/tree/notebooks/00_missing.ipynb"}).exists()


def test_environment_resolves_for_its_python_without_test_tools(tmp_path):
    """pip resolves the environment's pins for its exact Python, wheels only, and the result
    holds no test or build tool (pulled in by a dependency, say)."""
    env = (BINDER / "environment.yml").read_text()
    python = re.search(r"^\s*- python=(3\.\d+)\.\d+\s*$", env, re.M).group(1)
    (tmp_path / "req.txt").write_text("\n".join(environment_pip_lines(env)) + "\n")
    report = tmp_path / "report.json"
    out = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--dry-run", "--ignore-installed"]
        + ["--only-binary=:all:", "--python-version", python, "--target", str(tmp_path / "t")]
        + ["--report", str(report), "-r", str(tmp_path / "req.txt")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    resolved = {package(i["metadata"]["name"]) for i in json.loads(report.read_text())["install"]}
    assert {package(p) for p in environment_pip_lines(env)} <= resolved
    assert not resolved & TEST_AND_BUILD_TOOLS, resolved & TEST_AND_BUILD_TOOLS


def test_postbuild_installs_the_course_and_nothing_else(tmp_path):
    """Run postBuild as repo2docker does (bash, in the repository, with the image's python first
    on PATH), in a fresh venv that sees this one's runtime packages: it must add `course` only."""
    repo = tmp_path / "repo"
    for part in ("course", ".binder", "pyproject.toml", "README.md", "LICENSE"):
        src = ROOT / part
        (shutil.copytree if src.is_dir() else shutil.copy2)(
            src,
            repo / part,
            **({"ignore": shutil.ignore_patterns("__pycache__")} if src.is_dir() else {}),
        )
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    # the image's runtime packages: this venv's, seen through a .pth file (not "--local")
    (next(venv.glob("lib/python3*/site-packages")) / "runtime.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n"
    )
    run_env = os.environ | {"PATH": f"{venv / 'bin'}:{os.environ['PATH']}"}
    out = subprocess.run(
        ["bash", ".binder/postBuild"], cwd=repo, env=run_env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr[-2000:]
    added = subprocess.run(
        [venv / "bin/python", "-m", "pip", "list", "--local", "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    names = {package(p["name"]) for p in json.loads(added)} - {"pip", "setuptools"}
    assert names == {"bone-metastases-course"}, names
    where = subprocess.run(
        [venv / "bin/python", "-c", "import course.widgets, course.plots; print(course.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert where.startswith(str(repo)), where
    settings = venv / "share/jupyter/lab/settings/overrides.json"
    assert json.loads(settings.read_text()) == json.loads((BINDER / "overrides.json").read_text())
    postbuild = (BINDER / "postBuild").read_text()
    assert not any(tool in postbuild for tool in TEST_AND_BUILD_TOOLS | {"requirements-"})
