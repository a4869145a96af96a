"""Every clinical number is traceable in one hop: a verbatim quote and a locator, or a label."""

from dataclasses import replace

import pytest

from course.facts import (
    FACTS,
    MAX_QUOTE_WORDS,
    Fact,
    Table,
    evidence_problems,
    source_evidence,
    source_note,
)
from course.references import REFERENCES


@pytest.mark.parametrize("name", FACTS)
def test_fact_is_quoted_or_labelled(name):
    assert evidence_problems(FACTS[name]) == []


@pytest.mark.parametrize("name", FACTS)
def test_fact_sources_exist(name):
    record = FACTS[name]
    keys = record.sources() if isinstance(record, Table) else {record.source}
    assert keys <= REFERENCES.keys(), f"unknown reference keys {keys - REFERENCES.keys()}"


def test_confirmed_fact_without_quote_or_locator_is_reported():
    bare = Fact("x", 1, "%", "coleman2006")
    assert evidence_problems(bare) == ["confirmed but has no quote", "confirmed but has no locator"]


def test_long_quote_is_reported():
    long = Fact("x", 1, "%", "coleman2006", quote="1" + " word" * MAX_QUOTE_WORDS, locator="p. 1")
    assert evidence_problems(long) == [f"quote has {MAX_QUOTE_WORDS + 1} words (at most 60)"]


def test_secondary_fact_must_say_where_it_was_seen():
    assert evidence_problems(Fact("x", 1, "%", "coleman2006", evidence="secondary")) == [
        "secondary evidence but no note says where the number was seen"
    ]
    seen = Fact("x", 1, "%", "coleman2006", evidence="secondary", note="seen in a review")
    assert evidence_problems(seen) == []


def test_unknown_evidence_status_is_refused():
    with pytest.raises(ValueError, match="evidence must be one of"):
        Fact("x", 1, "%", "coleman2006", evidence="likely")
    with pytest.raises(ValueError, match="evidence must be one of"):
        Table("t", ("a",), ((1,),), "coleman2006", evidence="")


def test_learners_see_secondary_status_and_confirmed_words():
    secondary = next(n for n, r in FACTS.items() if r.evidence == "secondary")
    assert source_note(secondary).endswith("(secondary evidence)")
    assert FACTS[secondary].note in source_evidence(secondary)
    shown = source_evidence("xray_missed_lesions")
    assert FACTS["xray_missed_lesions"].quote in shown and "Salvo et al. 2009" in shown


def test_a_confirmed_value_missing_from_its_quote_is_reported():
    quote = "At postmortem examination, ~70% of patients dying of these cancers have bone ..."
    wrong = Fact("x", 75, "%", "coleman2006", quote=quote, locator="p. 1")
    assert evidence_problems(wrong) == [
        "value [75] is in neither the quote nor a note that derives it"
    ]
    assert evidence_problems(Fact("x", 70, "%", "coleman2006", quote=quote, locator="p. 1")) == []
    derived = Fact("x", 20, "%", "hcm", quote="one in five", locator="p. 1", note="1 in 5 = 20 %")
    assert evidence_problems(derived) == []
    assert evidence_problems(replace(derived, note="about 1 in 5")) != []
