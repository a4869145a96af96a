"""The display module: fact tables and computed tables as readable Markdown, and prose with
facts filled in."""

import math

import pandas as pd
import pytest
from IPython.display import Markdown

from course.display import MISSING, fact_table, frame_table, markdown_table, prose
from course.facts import fact, source_note
from course.references import cite


def test_fact_table_has_units_citation_and_no_nan():
    text = fact_table("katagiri_survival")
    header, rule, *rows = text.split("\n\n")[0].splitlines()
    assert header == "| Group | 6-month survival (%) | 1-year survival (%) | 2-year survival (%) |"
    assert rule == "|---|---|---|---|"
    assert "| score ≥ 7 | 27 | 6 | – |" in rows  # the missing 2-year value, not NaN or None
    assert "nan" not in text.lower() and "None" not in text
    assert text.endswith(f"*{fact('katagiri_survival').label}.* {source_note('katagiri_survival')}")


def test_fact_table_cites_a_source_column_and_merges_low_high():
    record = fact("guideline_recommendations")
    text = fact_table("guideline_recommendations")
    assert text.splitlines()[0] == "| Topic | Recommendation | Level, grade | Source |"
    keys = {row[record.columns.index("source")] for row in record.rows}
    assert all(cite(k) in text for k in keys) and not any(f"| {k} |" in text for k in keys)
    assert "| 4–7 | 4 |" in fact_table("mirels_risk_by_total")


def test_fact_table_options_and_refusals():
    renal = fact_table("zoledronic_renal_dosing", columns=["band", "dose_mg"])
    assert renal.splitlines()[0] == "| Creatinine clearance | Dose (mg) |"
    sins = fact_table("sins_points", group_first=True).splitlines()
    assert sins[2:6] == [
        "| location | junctional | 3 |",
        "|  | mobile | 2 |",
        "|  | semirigid | 1 |",
        "|  | rigid | 0 |",
    ]
    per_row = fact_table("hypercalcaemia_severity_thresholds").splitlines()[0]
    assert per_row == "| Unit | Mild above | Moderate from | Severe from | Source |"
    with pytest.raises(ValueError, match=r"no column\(s\) \['colour'\]"):
        fact_table("sins_points", columns=["colour"])
    with pytest.raises(ValueError, match="'sins_referral_threshold' is a single fact"):
        fact_table("sins_referral_threshold")
    with pytest.raises(ValueError, match="unknown fact 'no_such_table'"):
        fact_table("no_such_table")


def test_frame_table_drops_the_default_index_and_shows_a_named_one():
    frame = pd.DataFrame({"dose_mg": [4.0, 3.5], "risk_pct": [1.5, math.nan]})
    text = frame_table(frame, units={"dose_mg": "mg", "risk_pct": "%"}, caption="Source: test")
    assert text.splitlines()[:4] == [
        "| Dose (mg) | Fracture risk (%) |",
        "|---|---|",
        "| 4 | 1.5 |",
        f"| 3.5 | {MISSING} |",
    ]
    assert text.endswith("\n\nSource: test")
    named = frame_table(frame.set_index(pd.Index(["a", "b"], name="study_arm")))
    assert named.splitlines()[0] == "| Study arm | Dose | Fracture risk |"
    assert named.splitlines()[2] == "| a | 4 | 1.5 |"
    labelled = frame.set_index(pd.Index(["a", "b"]))
    with pytest.raises(ValueError, match="index has no name; pass index="):
        frame_table(labelled)
    assert frame_table(labelled, index="Arm").splitlines()[0] == "| Arm | Dose | Fracture risk |"


def test_frame_table_joins_two_level_columns():
    columns = pd.MultiIndex.from_tuples(
        [("default start", "day 1500"), ("default start", "day 3650")]
    )
    frame = pd.DataFrame([[1.9, 0.0]], index=pd.Index(["no therapy"]), columns=columns)
    assert frame_table(frame, index="Therapy").splitlines()[::2] == [
        "| Therapy | Default start · day 1500 | Default start · day 3650 |",
        "| no therapy | 1.9 | 0 |",
    ]


def test_markdown_table_escapes_pipes_and_newlines():
    assert markdown_table(["A"], [["x | y\nz"]]).splitlines()[2] == "| x \\| y z |"


def test_prose_fills_facts_values_and_keywords():
    out = prose(
        "Loss of **{fact:xray_mineral_loss}** ({value:xray_mineral_loss} without unit); "
        "{label:xray_mineral_loss}. *{source:xray_mineral_loss}.* {cite:komarova2003}; "
        "example {x:.1f} mg/dL.",
        x=10.0 + 0.6 * 2,
    )
    record = fact("xray_mineral_loss")
    assert isinstance(out, Markdown)
    assert out.data == (
        f"Loss of **{record.text()}** ({record.value:g} without unit); {record.label}. "
        f"*{source_note('xray_mineral_loss')}.* {cite('komarova2003')}; example 11.2 mg/dL."
    )
    assert prose("{table:katagiri_survival}").data == fact_table("katagiri_survival")


def test_prose_names_a_missing_fact_or_value():
    with pytest.raises(
        ValueError, match=r"\{fact:xray_minerl_loss\}: unknown fact 'xray_minerl_loss'"
    ):
        prose("Loss of {fact:xray_minerl_loss}.")
    with pytest.raises(ValueError, match=r"no value for \{example\}: pass example="):
        prose("corrects to {example:.1f}")
    with pytest.raises(ValueError, match="is a table: show it with {table:katagiri_survival}"):
        prose("{fact:katagiri_survival}")
