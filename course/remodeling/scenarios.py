"""Side-by-side runs of the tumour model: bone mass under several therapies and starting states."""

from collections.abc import Mapping, Sequence

import pandas as pd

from ..validate import whole
from .model import simulate
from .parameters import Parameters, Therapy, TumourParameters


def compare_therapies(
    params: Parameters,
    tumour: TumourParameters,
    therapies: Mapping[str, Therapy | Sequence[Therapy] | None],
    *,
    starts: Mapping[str, Mapping[str, float] | None] | None = None,
    days: Sequence[int] = (1500, 3650),
) -> pd.DataFrame:
    """Bone mass (%) on each of ``days`` for each named therapy (rows) and start (columns).

    ``starts`` maps a label to an ``initial`` state for :func:`simulate` (``None``: the default
    start); without it, one column group "default start". Columns are ``(start, "day N")``.
    Values rounded to 0.1 %. Raises ``ValueError`` for an empty ``therapies`` or ``days``, or a
    day that is not a whole number ≥ 0.
    """
    if not therapies or not days:
        raise ValueError("compare_therapies needs at least one therapy and one day")
    for day in days:
        whole("days", day)
    starts = starts or {"default start": None}
    table: dict[tuple[str, str], dict[str, float]] = {}
    for label, start in starts.items():
        for name, therapy in therapies.items():
            run = simulate(params, max(days), tumour=tumour, therapy=therapy, initial=start)
            for day in days:
                table.setdefault((label, f"day {day}"), {})[name] = float(run.bone_mass.iloc[day])
    return pd.DataFrame(table).round(1)
