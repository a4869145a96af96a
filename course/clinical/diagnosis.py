"""Clinical calculators for the diagnosis lessons."""

__all__: list[str] = []
