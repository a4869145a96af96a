"""The course map: every lesson and assessment, its time and objectives.

``course_map(root)`` renders the map as Markdown, linking what exists under ``root`` and marking
the rest as coming. The README and ``00_start_here.ipynb`` hold a copy between
``<!-- course-map -->`` markers; ``python -m course.syllabus`` rewrites both copies.
"""

import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat


@dataclass(frozen=True)
class Lesson:
    """One notebook of the course map."""

    path: str  # relative to the repository root
    title: str
    minutes: int
    objectives: str


LESSONS: tuple[Lesson, ...] = (
    Lesson(
        "notebooks/00_start_here.ipynb",
        "Start here",
        15,
        "Find your way around JupyterLab, the widgets and the course.",
    ),
    Lesson(
        "notebooks/01_bone_remodelling.ipynb",
        "Bone remodelling",
        55,
        "Explain the remodelling unit, RANK/RANKL/OPG and coupling; run the Komarova model.",
    ),
    Lesson(
        "notebooks/02_metastasis_to_bone.ipynb",
        "Metastasis to bone",
        45,
        "Describe the metastatic cascade, seed and soil, and why cancers choose bone.",
    ),
    Lesson(
        "notebooks/03_vicious_cycle.ipynb",
        "The vicious cycle",
        70,
        "Simulate tumour-driven bone loss and predict where each drug breaks the cycle.",
    ),
    Lesson(
        "notebooks/04_clinical_presentation.ipynb",
        "Clinical presentation",
        55,
        "Recognise pain patterns, skeletal-related events and the two emergencies.",
    ),
    Lesson(
        "notebooks/05_diagnosis.ipynb",
        "Diagnosis",
        70,
        "Choose an imaging test and interpret a result with Bayes' theorem; correct calcium.",
    ),
    Lesson(
        "notebooks/06_systemic_and_bone_targeted_therapy.ipynb",
        "Systemic and bone-targeted therapy",
        65,
        "Compare bisphosphonates and denosumab from trial data; adjust for renal function.",
    ),
    Lesson(
        "notebooks/07_local_treatments.ipynb",
        "Local treatments",
        65,
        "Decide between radiotherapy, surgery and ablation with Mirels and SINS.",
    ),
    Lesson(
        "notebooks/08_supportive_care_and_prognosis.ipynb",
        "Supportive care and prognosis",
        50,
        "Plan pain relief and support; read survival data and prognostic scores.",
    ),
    Lesson(
        "notebooks/09_cases.ipynb",
        "Integrated cases",
        70,
        "Make decisions in six patient cases and justify them as a tumour board would.",
    ),
    Lesson(
        "notebooks/10_emergencies_and_prognosis.ipynb",
        "Emergencies and prognosis",
        90,
        "Order the steps for the three emergencies; weigh fracture risk against survival; "
        "answer patients' questions.",
    ),
    Lesson(
        "notebooks/11_reading_the_images.ipynb",
        "Reading the images",
        40,
        "Read lytic, blastic and mixed lesions, bone-scan patterns, vertebral collapse and MRI.",
    ),
)

ASSESSMENTS: tuple[Lesson, ...] = (
    Lesson(
        "assessments/release/sample00_orientation/sample00_orientation.ipynb",
        "Sample 00: orientation",
        10,
        "Practise answering and checking an nbgrader quiz.",
    ),
    Lesson(
        "assessments/release/quiz01_pathophysiology/quiz01_pathophysiology.ipynb",
        "Quiz 1: pathophysiology",
        30,
        "Lessons 01–03.",
    ),
    Lesson(
        "assessments/release/quiz02_diagnosis/quiz02_diagnosis.ipynb",
        "Quiz 2: diagnosis",
        30,
        "Lessons 04–05.",
    ),
    Lesson(
        "assessments/release/quiz03_management/quiz03_management.ipynb",
        "Quiz 3: management",
        30,
        "Lessons 06–08.",
    ),
    Lesson(
        "assessments/release/case01_tumour_board/case01_tumour_board.ipynb",
        "Case 1: tumour board",
        45,
        "An integrated case drawing on the whole course.",
    ),
)

BEGIN, END = "<!-- course-map -->", "<!-- /course-map -->"


def _row(item: Lesson, root: Path, link_from: Path) -> str:
    exists = (root / item.path).exists()
    target = os.path.relpath(item.path, link_from)
    name = f"[{item.title}]({target})" if exists else f"{item.title} *(coming)*"
    return f"| {name} | {item.minutes} min | {item.objectives} |"


def course_map(root: Path, link_from: Path = Path(".")) -> str:
    """Return the course map as Markdown tables, with links relative to ``link_from``."""
    head = "| {} | Time | You will be able to |\n|---|---|---|"
    lessons = "\n".join(_row(item, root, link_from) for item in LESSONS)
    tests = "\n".join(_row(item, root, link_from) for item in ASSESSMENTS)
    return f"{head.format('Lesson')}\n{lessons}\n\n{head.format('Assessment')}\n{tests}"


def replace_block(text: str, block: str) -> str:
    """Replace the text between the course-map markers with ``block``."""
    pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.S)
    if not pattern.search(text):
        raise ValueError("no course-map markers found")
    return pattern.sub(lambda _: f"{BEGIN}\n{block}\n{END}", text)


def sync(root: Path) -> list[str]:
    """Rewrite the course map in README.md and 00_start_here.ipynb; return the files changed."""
    changed = []
    readme = root / "README.md"
    new = replace_block(readme.read_text(), course_map(root))
    if new != readme.read_text():
        readme.write_text(new)
        changed.append(str(readme))
    start = root / LESSONS[0].path
    nb = nbformat.read(start, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown" and BEGIN in cell.source:
            new = replace_block(cell.source, course_map(root, Path("notebooks")))
            if new != cell.source:
                cell.source = new
                nbformat.write(nb, start)
                changed.append(str(start))
    return changed


if __name__ == "__main__":
    print(json.dumps(sync(Path(sys.argv[1] if len(sys.argv) > 1 else "."))))
