"""Which lessons teach which topic, to check the cross-references between lessons.

A lesson that says "… corrected for albumin (lesson 05)" must send the learner to a lesson that
teaches it. :data:`TOPICS` maps a topic (a regular expression, matched case-insensitively on
whole words) to the lessons that teach it; :func:`reference_problems` reads a lesson's text and
returns every "lesson NN" reference whose topic (the one named nearest before it, in the same
clause) is taught elsewhere.
"""

import re
from dataclasses import dataclass

TOPICS: dict[str, tuple[str, ...]] = {
    r"remodell\w*|komarova|coupling": ("01", "03"),
    r"rankl|opg|osteoprotegerin": ("01", "03", "06"),
    r"metastatic cascade|seed and soil|batson\w*|marrow niche|dormant|dormancy": ("02",),
    r"vicious cycle|pthrp|ayati": ("03",),
    r"pain patterns?|red flags?|marrow failure|clinical presentation": ("04",),
    r"skeletal-related events?|sres?": ("04", "06"),
    r"cord compression|mscc": ("04", "07"),
    r"imaging|bone scans?|biops\w+|work-up|flare|bayes\w*|tumour markers?": ("05",),
    r"corrected calcium|albumin|cockcroft\W+gault": ("05", "06"),
    r"(?:calcium|hypercalcaemia) (?:is |was )?treated|treat\w* (?:the )?hypercalcaemia": (
        "06",
        "09",
    ),
    r"bisphosphonates?|denosumab|zoledronic acid|bone-modifying agents?|antiresorptives?": (
        "03",
        "06",
    ),
    r"systemic (?:anti-tumour )?therapy|chemotherapy|hormone therapy|targeted therapy": ("06",),
    r"radium-223": ("06", "07"),
    r"radiopharmaceuticals?|strontium-89|samarium-153\S*|lutetium\S*|177lu\S*": ("07",),
    r"radiotherapy|surgery|surgical|ablation|cementoplasty|local treatments?": ("07",),
    r"mirels|sins|spinal instability|fracture scores?|prophylactic fixation": ("07",),
    r"remission|restaging|maintenance": ("06", "08"),
    r"prognos\w+|survival|life expectancy|tokuhashi|katagiri": ("08",),
    r"analges\w+|opioids?|pain relief|supportive care": ("08",),
}

REFERENCE = re.compile(r"\blessons? (\d{2})((?:\s*(?:,|and|–|-|or)\s*\d{2})*)", re.IGNORECASE)
WINDOW = 90
"""How many characters before a reference (within its clause) may name its topic."""
CLAUSE_END = re.compile(r"(?:[.!?;:,]\s|\swhile\s|\n\s*\n|\n[-*] |\n\d+\. )")
AFTER_REFERENCE = re.compile(r"^\]?(?:\([^)]*\))?\s*(?:\([^)]*\))?")
"""A link target and a parenthesis right after a reference belong to that reference."""


@dataclass(frozen=True)
class Reference:
    """One "lesson NN" reference, the lessons it names and the topic named just before it."""

    text: str
    lessons: tuple[str, ...]
    topic: str | None


def _lessons(first: str, rest: str) -> tuple[str, ...]:
    numbers = [first, *re.findall(r"\d{2}", rest)]
    if re.search(r"\d{2}\s*[–-]\s*\d{2}", f"{first}{rest}") and len(numbers) == 2:
        low, high = int(numbers[0]), int(numbers[1])
        return tuple(f"{n:02d}" for n in range(low, high + 1))
    return tuple(numbers)


def nearest_topic(text: str) -> str | None:
    """Return the pattern of :data:`TOPICS` mentioned last in ``text`` (None if none is)."""
    ends = {}
    for pattern in TOPICS:
        for match in re.finditer(rf"\b(?:{pattern})\b", text, re.IGNORECASE):
            ends[pattern] = match.end()
    return max(ends, key=ends.__getitem__) if ends else None


def references(text: str) -> list[Reference]:
    """Return every "lesson NN" reference in ``text`` with the topic named just before it.

    The topic window is the text before the reference, back to the start of its clause (or the
    end of the previous reference and its parenthesis), at most :data:`WINDOW` characters.
    """
    found = []
    previous_end = 0
    for match in REFERENCE.finditer(text):
        window = text[max(previous_end, match.start() - WINDOW) : match.start()]
        if match.start() - previous_end <= WINDOW and previous_end:
            window = AFTER_REFERENCE.sub("", window)
        window = CLAUSE_END.split(window)[-1]
        lessons = _lessons(match.group(1), match.group(2))
        found.append(Reference(match.group(0), lessons, nearest_topic(window)))
        previous_end = match.end()
    return found


def reference_problems(text: str) -> list[str]:
    """Return a message for each reference whose topic no referenced lesson teaches."""
    return [
        f"{ref.text!r} follows /{ref.topic}/, taught in lesson(s) {', '.join(TOPICS[ref.topic])}"
        for ref in references(text)
        if ref.topic is not None and not set(TOPICS[ref.topic]) & set(ref.lessons)
    ]
