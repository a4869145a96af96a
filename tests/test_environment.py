"""requirements.txt (pip) and environment.yml (Binder) pin the same packages."""

import re

from .conftest import ROOT

PIN = re.compile(r"^[A-Za-z0-9_.\-\[\]]+==[A-Za-z0-9_.\-+]+$")


def requirement_lines() -> list[str]:
    lines = (ROOT / "requirements.txt").read_text().splitlines()
    return [s for s in (line.split("#")[0].strip() for line in lines) if s]


def environment_pip_lines(text: str) -> list[str]:
    """The entries of the pip: section of an environment.yml (without a YAML parser)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "- pip:")
    indent = len(lines[start + 1]) - len(lines[start + 1].lstrip())
    pins = []
    for line in lines[start + 1 :]:
        if not line.strip() or len(line) - len(line.lstrip()) < indent:
            break
        pins.append(line.strip().removeprefix("- ").strip())
    return pins


def test_every_requirement_is_an_exact_pin():
    reqs = requirement_lines()
    assert reqs
    assert all(PIN.match(r) for r in reqs), [r for r in reqs if not PIN.match(r)]


def test_environment_installs_the_same_pins():
    env = (ROOT / "environment.yml").read_text()
    assert environment_pip_lines(env) == requirement_lines()


def test_environment_pins_an_exact_python():
    env = (ROOT / "environment.yml").read_text()
    assert re.search(r"^\s*- python=3\.\d+\.\d+\s*$", env, re.M)


def test_binder_uses_the_same_environment_and_installs_the_package():
    binder = ROOT / ".binder"
    assert (binder / "environment.yml").read_text() == (ROOT / "environment.yml").read_text()
    assert "pip install --no-deps -e ." in (binder / "postBuild").read_text()
    assert '"fetchNews": "false"' in (binder / "overrides.json").read_text()


def test_parser_sees_a_disagreement():
    env = (ROOT / "environment.yml").read_text().replace("plotly==", "plotly>=")
    assert environment_pip_lines(env) != requirement_lines()
