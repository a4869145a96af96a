"""Every topic the seed articles raise (issue 13) is taught in a lesson: each has a tagged
section whose cells show at least one sourced fact."""

import re

import nbformat
import pytest

from course.facts import fact

from .conftest import NOTEBOOKS

SEED_TOPICS = {
    "incidence-stage-iv": "yearly US incidence and the 'stage IV' framing",
    "sites-by-primary": "which sites each primary favours",
    "physical-examination": "the physical examination",
    "surgical-reconstruction": "surgical reconstruction options",
    "adjuvant-bone-modifying-agents": "adjuvant bone-modifying agents",
    "thyroid-kidney": "thyroid and kidney specifics",
    "xgeva-prolia": "Xgeva versus Prolia (the same drug at different doses)",
    "nutrition": "nutrition beyond calcium",
    "goals-of-care": "goals of care",
    "patient-questions": "how to answer a patient's questions",
}
TAG = re.compile(r"<!-- seed-topic: ([a-z-]+) -->")
# A fact shown by a call in a code cell, or by a placeholder of course.display.prose.
FACT_CALL = re.compile(
    r"(?:fact_table|source_evidence)\('(\w+)'|\{(?:fact|value|table|evidence|source):(\w+)\}"
)


def sections() -> dict[str, list[nbformat.NotebookNode]]:
    """Topic tag -> the cells from its tag to the next tag or heading of level 1-3 without one."""
    found: dict[str, list[nbformat.NotebookNode]] = {}
    for path in sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")):
        current = None
        for cell in nbformat.read(path, as_version=4).cells:
            tags = TAG.findall(cell.source) if cell.cell_type == "markdown" else []
            if tags:
                current = tags[-1]
                found.setdefault(current, []).append(cell)
            elif cell.cell_type == "markdown" and re.match(r"#{1,3} ", cell.source):
                current = None
            elif current:
                found[current].append(cell)
    return found


@pytest.mark.parametrize("topic", SEED_TOPICS)
def test_seed_topic_is_taught_with_a_source(topic):
    cells = sections().get(topic)
    assert cells, f"no lesson teaches {SEED_TOPICS[topic]} (tag it <!-- seed-topic: {topic} -->)"
    text = "\n".join(c.source for c in cells)
    assert len(text.split()) >= 40, f"{topic}: too little taught"
    if topic == "patient-questions":
        assert text.count("<summary>A good plain-language answer</summary>") >= 3
        assert text.count("*What not to say:*") >= 3
        return
    names = [call or placeholder for call, placeholder in FACT_CALL.findall(text)]
    assert names, f"{topic}: no sourced fact shown"
    for name in names:
        fact(name)


def test_no_unknown_topic_tags():
    assert set(sections()) <= set(SEED_TOPICS)
