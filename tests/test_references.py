"""The bibliography and the facts that cite it."""

import pytest

from course.facts import FACTS, Fact, Table, fact, source_note
from course.references import REFERENCES, Reference, cite, reference_list


def test_every_fact_source_resolves():
    for name, record in FACTS.items():
        keys = record.sources() if isinstance(record, Table) else {record.source}
        missing = keys - REFERENCES.keys()
        assert not missing, f"fact {name!r} cites unknown references {missing}"


def test_every_reference_is_complete():
    for key, ref in REFERENCES.items():
        assert ref.authors and ref.title and ref.journal, key
        assert 1900 < ref.year <= 2026, key


def test_short_citation_drops_initials():
    assert cite("coleman2006") == "Coleman 2006"
    assert cite("yang2011") == "Yang et al. 2011"


def test_reference_list_is_numbered_and_deduplicated():
    text = reference_list(["yang2011", "coleman2006", "yang2011"])
    lines = text.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("1. Yang HL") and "doi.org/10.1007/s00330-011-2221-4" in lines[0]
    assert lines[1].startswith("2. Coleman RE")


@pytest.mark.parametrize("bad", [["no_such_key"], []])
def test_reference_list_refuses_bad_keys(bad):
    with pytest.raises(ValueError):
        reference_list(bad)


def test_markdown_without_doi_uses_url():
    ref = Reference("Doe J", "A title", "A journal", 2020, url="https://example.org")
    assert ref.markdown().endswith("<https://example.org>")
    assert ref.link() == "https://example.org"


def test_fact_text_and_lookup():
    assert Fact("x", (65, 75), "%", "coleman2006").text() == "65–75 %"
    assert fact("autopsy_breast_prostate").text() == "70 %"
    with pytest.raises(ValueError, match="unknown fact"):
        fact("nope")


def test_table_rows_must_match_columns():
    with pytest.raises(ValueError):
        Table("t", ("a", "b"), ((1,),), "coleman2006")


def test_source_note_flags_secondary_evidence():
    note = source_note("incidence_by_primary")
    assert "Battafarano et al. 2018" in note and "secondary evidence" in note


def test_incidence_table_matches_fact_sheet():
    table = fact("incidence_by_primary").frame().set_index("primary")
    assert tuple(table.loc["Breast", ["low_pct", "high_pct"]]) == (65, 75)
    assert tuple(table.loc["Renal", ["low_pct", "high_pct"]]) == (20, 25)


def test_markdown_does_not_double_the_full_stop():
    ref = Reference("Doe J et al.", "A title", "A journal", 2020)
    assert ref.markdown().startswith("Doe J et al. A title.")
