"""Safety-critical rules found in clinical review: prescribing restrictions, renal rules by
indication, triage of new bone pain and current guideline recommendations."""

from ._model import Fact, Table

FACTS: dict[str, Fact | Table] = {}
