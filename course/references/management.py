"""Extra references used only by the management lessons (the shared ones are in ``core``)."""

from ._model import Reference

REFERENCES: dict[str, Reference] = {}
