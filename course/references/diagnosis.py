"""Extra references used only by the diagnosis lessons (the shared ones are in ``core``)."""

from ._model import Reference

REFERENCES: dict[str, Reference] = {}
