"""Statistics of the bank that show whether it can be gamed and whether it teaches.

Pure functions over a mapping id → :class:`Question`; the bank test prints them and enforces the
limits of the course (issue 12): the correct option evenly spread over positions for each learner,
rarely the uniquely longest (or shortest) option, at least half of the bank application or
analysis, a figure or data question in each lesson 01–08, and a question revisiting an earlier
lesson in each lesson 03–09.
"""

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from difflib import SequenceMatcher
from itertools import combinations

from .bank import BLOOM_LEVELS, LESSON_IDS, Question
from .progress import option_order

Bank = Mapping[str, Question]


def correct_positions(questions: Bank, learner: str) -> Counter[str]:
    """Count, for one learner, the letter (A, B, …) at which the correct option is shown."""
    counts: Counter[str] = Counter()
    for q in questions.values():
        order = option_order(q, learner, questions)
        shown = next(i for i, k in enumerate(order) if q.options[k].correct)
        counts["ABCDEFGH"[shown]] += 1
    return counts


def _unique_extreme(q: Question, pick: Callable[[list[int]], int]) -> bool:
    lengths = [len(o.text) for o in q.options]
    extreme = pick(lengths)
    return lengths.count(extreme) == 1 and len(q.answer.text) == extreme


def share_uniquely_longest(questions: Bank) -> float:
    """Return the share of questions whose correct option is the uniquely longest."""
    return sum(_unique_extreme(q, max) for q in questions.values()) / len(questions)


def share_uniquely_shortest(questions: Bank) -> float:
    """Return the share of questions whose correct option is the uniquely shortest."""
    return sum(_unique_extreme(q, min) for q in questions.values()) / len(questions)


def bloom_mix(questions: Bank) -> dict[str, int]:
    """Count the questions at each Bloom level."""
    counts = Counter(q.bloom for q in questions.values())
    return {level: counts[level] for level in BLOOM_LEVELS}


def per_lesson(questions: Bank) -> dict[str, dict[str, int]]:
    """Per lesson: questions, figure or data questions, and questions revisiting earlier lessons."""
    table = {}
    for lesson in LESSON_IDS:
        asked = [q for q in questions.values() if q.lesson == lesson]
        table[lesson] = {
            "questions": len(asked),
            "figure_or_data": sum(q.kind != "text" for q in asked),
            "revisiting": sum(bool(q.revisits) for q in asked),
        }
    return table


def most_similar_stems(questions: Iterable[Question]) -> tuple[float, str, str]:
    """Return the highest word-sequence similarity between two stems, and their ids."""
    best = (0.0, "", "")
    for a, b in combinations(questions, 2):
        ratio = SequenceMatcher(None, a.stem.lower().split(), b.stem.lower().split()).ratio()
        best = max(best, (ratio, a.id, b.id))
    return best


def report(questions: Bank, learners: Iterable[str]) -> str:
    """Return the statistics as a plain-text table (what the bank test prints)."""
    n = len(questions)
    lines = [f"questions: {n}"]
    for learner in learners:
        counts = correct_positions(questions, learner)
        spread = "  ".join(f"{k} {counts[k]:2d}" for k in sorted(counts))
        lines.append(f"correct position, learner {learner!r}: {spread}")
    lines.append(f"correct option uniquely longest: {share_uniquely_longest(questions):.0%}")
    lines.append(f"correct option uniquely shortest: {share_uniquely_shortest(questions):.0%}")
    mix = bloom_mix(questions)
    lines.append("Bloom: " + ", ".join(f"{k} {v} ({v / n:.0%})" for k, v in mix.items()))
    lines.append("lesson  questions  figure/data  revisiting")
    for lesson, row in per_lesson(questions).items():
        lines.append(
            f"{lesson:>6}  {row['questions']:9d}  {row['figure_or_data']:11d}  "
            f"{row['revisiting']:10d}"
        )
    ratio, a, b = most_similar_stems(questions.values())
    lines.append(f"most similar stems: {a} / {b} ({ratio:.2f})")
    return "\n".join(lines)
