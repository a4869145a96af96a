"""Clinical calculators for the management lessons."""

__all__: list[str] = []
