"""Clinical numbers used by the pathophysiology lessons (filled in by their issue)."""

from ._model import Fact, Table

FACTS: dict[str, Fact | Table] = {}
