"""Lung-cancer treatment lines: a schematic sequence of systemic treatment for metastatic NSCLC,
with each line's median duration from a sourced fact where one exists (teaching only)."""

from dataclasses import dataclass

from ..facts import fact
from ..validate import choice, flags

__all__ = ["EGFR_FIRST_LINES", "LUNG_DRIVERS", "TreatmentLine", "lung_treatment_lines"]


@dataclass(frozen=True)
class TreatmentLine:
    """One line of systemic treatment in the lung-cancer timeline."""

    name: str
    months: float | None  # median duration of control; None when no sourced figure is shown
    basis: str  # "trial median", "approximate" or "not quantified"
    source: str = ""  # a fact key


LUNG_DRIVERS = ("egfr", "alk or ros1", "no driver")
EGFR_FIRST_LINES = ("osimertinib", "earlier-generation inhibitor")


def lung_treatment_lines(
    driver: str, first_line: str = "osimertinib", t790m: bool = False, pdl1_high: bool = False
) -> list[TreatmentLine]:
    """Return a schematic sequence of systemic treatment lines for metastatic NSCLC.

    Durations are trial medians (FLAURA, AURA3) where sourced, the approximate 1–3-year
    'honeymoon' for ALK/ROS1 inhibitors, and unquantified otherwise. Teaching only.
    """
    choice("driver", driver, LUNG_DRIVERS)
    choice("first_line", first_line, EGFR_FIRST_LINES)
    flags(t790m=t790m, pdl1_high=pdl1_high)
    flaura, flaura_control = {r[0]: r[1:3] for r in fact("flaura").rows}[
        "median progression-free survival"
    ]
    aura3 = dict(fact("aura3_pfs").rows)
    chemo = TreatmentLine(
        "platinum chemotherapy", aura3["platinum–pemetrexed"], "trial median", "aura3_pfs"
    )
    if driver == "egfr":
        if first_line == "osimertinib":
            return [
                TreatmentLine("osimertinib (first line)", flaura, "trial median", "flaura"),
                chemo,
            ]
        lines = [TreatmentLine("gefitinib or erlotinib", flaura_control, "trial median", "flaura")]
        if t790m:
            lines.append(
                TreatmentLine(
                    "osimertinib (T790M resistance)",
                    aura3["osimertinib"],
                    "trial median",
                    "aura3_pfs",
                )
            )
        return [*lines, chemo]
    if driver == "alk or ros1":
        low, high = fact("targeted_honeymoon").value
        return [
            TreatmentLine(
                "ALK or ROS1 inhibitor", 12 * (low + high) / 2, "approximate", "targeted_honeymoon"
            ),
            TreatmentLine(
                "next-generation inhibitor or platinum chemotherapy", None, "not quantified"
            ),
        ]
    if pdl1_high:
        return [
            TreatmentLine("immunotherapy (PD-L1 high)", None, "not quantified"),
            TreatmentLine("platinum chemotherapy", None, "not quantified"),
        ]
    return [TreatmentLine("platinum chemotherapy ± immunotherapy", None, "not quantified")]
