"""axe-core on every lesson's content in JupyterLab after Run All: no serious or critical
violation in the notebook's outputs and Markdown (JupyterLab's own chrome is not checked).

axe-core comes from npm, pinned: ``make test`` installs it into ``build/axe`` (git-ignored) when
npm is on the machine. Without it the tests are skipped with one line saying so.
"""

import json

import pytest

from ..conftest import NOTEBOOKS, ROOT
from .lab_page import NotebookPage

AXE_VERSION = "4.14.1"
AXE = ROOT / "build" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.xdist_group("browser"),
    pytest.mark.skipif(
        not AXE.exists(),
        reason=f"axe tests skipped: {AXE.relative_to(ROOT)} not found (install it with "
        f"`npm install --prefix build/axe axe-core@{AXE_VERSION}`)",
    ),
]

LESSONS = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
CONTENT = [f"{PANEL} .jp-OutputArea-output", f"{PANEL} .jp-MarkdownOutput"]
"""What axe checks: every output and every rendered Markdown cell of the open notebook."""
BLOCKING = ("serious", "critical")
RUN_AXE_JS = """async ([selectors, version]) => {
    if (axe.version !== version) return {version: axe.version};
    const result = await axe.run({include: selectors.map(s => [s])},
                                 {resultTypes: ['violations']});
    return {version: axe.version, violations: result.violations.map(v => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.slice(0, 160)}))}))};
}"""


def axe_violations(page) -> list[dict]:
    """Inject the pinned axe-core into the page and return its violations in the content."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(RUN_AXE_JS, [CONTENT, AXE_VERSION])
    assert result["version"] == AXE_VERSION, f"axe-core {result['version']}, not {AXE_VERSION}"
    return result["violations"]


def describe(violation: dict) -> str:
    nodes = "; ".join(f"{n['target']} {n['html']}" for n in violation["nodes"][:4])
    count = len(violation["nodes"])
    return f"{violation['impact']} {violation['id']} ({violation['help']}) x{count}: {nodes}"


@pytest.mark.parametrize("name", LESSONS)
def test_lesson_content_has_no_serious_axe_violation(page, lab, artifacts, name):
    stem = name.removesuffix(".ipynb")
    nb = NotebookPage(page, artifacts / "axe")
    nb.open(lab.lab_url(f"notebooks/{name}", workspace=f"axe-{stem}"))
    nb.run_all()
    nb.wait_rendered()
    violations = axe_violations(page)
    counts: dict[str, int] = {}
    for v in violations:
        counts[v["impact"]] = counts.get(v["impact"], 0) + len(v["nodes"])
    with (artifacts / "axe.jsonl").open("a") as out:
        out.write(json.dumps({"notebook": name, "counts": counts, "violations": violations}) + "\n")
    print(f"{name}: axe {counts or 'no violations'}")
    blocking = [describe(v) for v in violations if v["impact"] in BLOCKING]
    assert blocking == [], f"{name}: serious or critical axe violations:\n" + "\n".join(blocking)
