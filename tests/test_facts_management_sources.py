"""Every management fact can be checked in one hop: a quote and a locator, or an honest status.

A record marked "confirmed" carries the source's own words (``quote``, at most 60 words) and where
they are (``locator``); every number of a confirmed single fact appears in its quote. A record that
rests on a patient-facing source article says so in its label and is never "confirmed".
"""

import re

import pytest

from course.facts import FACTS_BY_TOPIC, Fact, Table
from course.references import REFERENCES

FACTS = FACTS_BY_TOPIC["management"]

PLACEHOLDERS = ("not recorded", "as cited in", "todo", "tbd", "xxx", "clinical-facts", "shared/")
SOURCE_ARTICLES = {"gupta_icliniq", "ytrove_lung_bone"}  # patient-facing source articles
NUMBER = re.compile(r"\d+(?:[.·]\d+)?")


def _numbers(text: str) -> set[float]:
    """Every number written in ``text`` ("0·26" and "0.26" both read as 0.26)."""
    return {float(n.replace("·", ".")) for n in NUMBER.findall(text)}


def _keys(record: Fact | Table) -> set[str]:
    return record.sources() if isinstance(record, Table) else {record.source}


def _texts(record: Fact | Table) -> list[str]:
    """The learner-visible strings of a record: label, note, quote, locator and table cells."""
    texts = [record.label, record.note, record.quote, record.locator]
    if isinstance(record, Table):
        texts += [str(cell) for row in record.rows for cell in row if isinstance(cell, str)]
    return texts


@pytest.mark.parametrize("name", sorted(FACTS))
def test_confirmed_record_has_quote_and_locator(name):
    record = FACTS[name]
    if record.evidence == "confirmed":
        assert record.quote.strip(), f"{name}: confirmed but no quote"
        assert record.locator.strip(), f"{name}: confirmed but no locator"
    else:
        assert record.note.strip(), (
            f"{name}: {record.evidence} but no note saying where it was seen"
        )


@pytest.mark.parametrize("name", sorted(FACTS))
def test_quote_is_at_most_60_words(name):
    assert len(FACTS[name].quote.split()) <= 60, name


@pytest.mark.parametrize("name", sorted(FACTS))
def test_every_source_key_exists(name):
    missing = _keys(FACTS[name]) - REFERENCES.keys()
    assert not missing, f"{name} cites unknown references {missing}"


@pytest.mark.parametrize("name", sorted(FACTS))
def test_no_placeholder_text(name):
    for text in _texts(FACTS[name]):
        lowered = text.lower()
        found = [p for p in PLACEHOLDERS if p in lowered]
        assert not found, f"{name}: placeholder {found} in {text!r}"


@pytest.mark.parametrize(
    "name", sorted(n for n, r in FACTS.items() if isinstance(r, Fact) and r.evidence == "confirmed")
)
def test_confirmed_fact_value_is_in_its_quote(name):
    record = FACTS[name]
    values = record.value if isinstance(record.value, tuple) else (record.value,)
    missing = [v for v in values if float(v) not in _numbers(record.quote)]
    assert not missing, f"{name}: {missing} not in the quote {record.quote!r}"


ORDINAL_COLUMNS = {"step"}  # numbering, not a sourced number


@pytest.mark.parametrize(
    "name",
    sorted(n for n, r in FACTS.items() if isinstance(r, Table) and r.evidence == "confirmed"),
)
def test_confirmed_table_numbers_are_in_its_quote_or_note(name):
    """The table quote holds the table source's words; per-row sources are quoted in
    ``source_quotes`` (or, for secondary rows, the note)."""
    record = FACTS[name]
    row_quotes = " ".join(quote for quote, _ in record.source_quotes.values())
    written = _numbers(f"{record.quote} {record.note} {row_quotes}")
    missing = [
        (column, cell)
        for row in record.rows
        for column, cell in zip(record.columns, row, strict=True)
        if isinstance(cell, int | float)
        and column not in ORDINAL_COLUMNS
        and not (cell == 0 and column.startswith("min_"))  # open lower end of a scale
        and float(cell) not in written
    ]
    assert not missing, f"{name}: {missing} appear in neither quote nor note"


@pytest.mark.parametrize("name", sorted(n for n, r in FACTS.items() if _keys(r) & SOURCE_ARTICLES))
def test_source_article_claims_are_labelled_and_not_confirmed(name):
    record = FACTS[name]
    assert record.evidence != "confirmed", name
    assert "source article" in record.label.lower(), f"{name}: label hides whose claim it is"


def test_the_five_source_article_numbers_of_issue_11_are_honest():
    """The numbers that once rested only on a patient-facing page (issue 11, item 13)."""
    pain = FACTS["ebrt_pain_reduction"]
    assert pain.source == "saito2019" and pain.evidence == "confirmed" and pain.value == (67, 70)
    for name in ("radiopharm_min_life_expectancy", "radiopharm_washout", "ablation_neural_margin"):
        assert FACTS[name].source == "gupta_icliniq" and FACTS[name].evidence == "secondary"
    assert FACTS["targeted_honeymoon"].source == "ytrove_lung_bone"  # not the iCliniq page


def test_renal_table_cites_the_label_and_excludes_hypercalcaemia():
    renal = FACTS["zoledronic_renal_dosing"]
    assert renal.source == "fda_zoledronic"
    assert "not for hypercalcaemia" in renal.label
    assert "4.5 mg/dL" in renal.note and "400 µmol/L" in renal.note
