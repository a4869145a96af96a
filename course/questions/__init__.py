"""The self-check bank and its engine: show a question by id, score a lesson, track progress.

A lesson cell is one line, ``question("03-denosumab-step")``; the questions are TOML data in
``course/questions/data``, one file per lesson, that a clinician can edit without reading Python.
"""

from .bank import Question, bank, get, load_bank
from .display import download_link, lesson_score, progress_summary, question

__all__ = [
    "Question",
    "bank",
    "download_link",
    "get",
    "lesson_score",
    "load_bank",
    "progress_summary",
    "question",
]
