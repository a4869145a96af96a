"""The pin files: exact, split by who needs them, and environment.yml (Binder) = the runtime."""

import re

from .conftest import ROOT

PIN = re.compile(r"^[A-Za-z0-9_.\-\[\]]+==[A-Za-z0-9_.\-+]+$")
# Who needs what: the learner (runtime, Binder), the tests, the static-site build.
PIN_FILES = ("requirements.txt", "requirements-test.txt", "requirements-lite.txt")


def requirement_lines(name: str = "requirements.txt") -> list[str]:
    lines = (ROOT / name).read_text().splitlines()
    return [s for s in (line.split("#")[0].strip() for line in lines) if s]


def package(pin: str) -> str:
    return re.sub(r"[-_.]+", "-", pin.split("==")[0]).lower()


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
    for name in PIN_FILES:
        reqs = requirement_lines(name)
        assert reqs, name
        assert all(PIN.match(r) for r in reqs), (name, [r for r in reqs if not PIN.match(r)])


def test_each_package_is_pinned_in_one_file_only():
    seen: dict[str, str] = {}
    for name in PIN_FILES:
        for pin in requirement_lines(name):
            assert package(pin) not in seen, f"{pin} in {name} and {seen[package(pin)]}"
            seen[package(pin)] = name


def test_the_runtime_holds_no_test_or_build_tool():
    runtime = {package(p) for p in requirement_lines()}
    for tool in ("pytest", "playwright", "ruff", "nbval", "jupyterlite-core"):
        assert tool not in runtime


def test_setup_installs_every_pin_file():
    makefile = (ROOT / "Makefile").read_text()
    for name in PIN_FILES:
        assert f"-r {name}" in makefile, name


def test_environment_installs_the_same_pins():
    env = (ROOT / "environment.yml").read_text()
    assert environment_pip_lines(env) == requirement_lines()


def test_environment_pins_an_exact_python():
    env = (ROOT / "environment.yml").read_text()
    assert re.search(r"^\s*- python=3\.\d+\.\d+\s*$", env, re.M)


def test_binder_uses_the_same_environment():
    binder = ROOT / ".binder"
    assert (binder / "environment.yml").read_text() == (ROOT / "environment.yml").read_text()
    assert '"fetchNews": "false"' in (binder / "overrides.json").read_text()


def test_parser_sees_a_disagreement():
    env = (ROOT / "environment.yml").read_text().replace("plotly==", "plotly>=")
    expected = [p.replace("plotly==", "plotly>=") for p in requirement_lines()]
    assert "plotly>=7.1.0" in expected
    assert environment_pip_lines(env) == expected
