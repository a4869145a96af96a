"""Sources of the safety-critical rules in :mod:`course.facts.safety` (labels, regulators'
restrictions, trials and current guidelines)."""

from ._model import Reference

REFERENCES: dict[str, Reference] = {}
