"""The bibliography and the facts that cite it."""

import pytest

from course.facts import Fact, Table, fact, source_note
from course.references import REFERENCES, Reference, cite, reference_list

GOOD = {"authors": "Doe J", "title": "A title", "journal": "A journal", "year": 2020}
"""The required fields of a complete reference, for tests that spoil one of them."""


@pytest.mark.parametrize("key", REFERENCES)
def test_every_reference_is_complete(key):
    assert REFERENCES[key].problems() == []


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"url": "https://www.who.int"}, "home page"),
        ({"url": "https://www.accessdata.fda.gov/"}, "home page"),
        ({"url": "https://pubmed.ncbi.nlm.nih.gov/?term=bone"}, "search-results page"),
        ({"url": ""}, "neither doi nor url"),
        ({"title": ""}, "title is empty"),
        ({"journal": " "}, "journal is empty"),
        ({"authors": ""}, "authors is empty"),
        ({"authors": "Karim et al."}, "surname and initials"),
        ({"authors": "et al."}, "surname and initials"),
        ({"authors": "J Palliat Med (author not recorded)"}, "placeholder"),
        ({"title": "Bone metastases (as cited in clinical-facts.md)"}, "placeholder"),
        ({"title": "TODO"}, "placeholder"),
        ({"journal": "placeholder"}, "placeholder"),
    ],
)
def test_incomplete_reference_is_reported(fields, problem):
    ref = Reference(**{**GOOD, "url": "https://example.org/paper/1", **fields})
    assert any(problem in p for p in ref.problems()), ref.problems()


def test_complete_reference_has_no_problems():
    ref = Reference("Doe J, Roe R", "A title", "A journal", 2020, doi="10.1234/abc.5")
    assert ref.problems() == []


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"doi": "https://doi.org/10.1234/x"}, "doi"),
        ({"doi": "10.12/x"}, "doi"),
        ({"doi": "doi:10.1234/x"}, "doi"),
        ({"url": "www.nice.org.uk/guidance/ng234"}, "url"),
        ({"url": "ftp://example.org/a"}, "url"),
        ({"year": 20}, "year"),
        ({"year": 3000}, "year"),
        ({"year": "2020"}, "year"),
    ],
)
def test_malformed_reference_is_refused(fields, field):
    with pytest.raises(ValueError, match=f"^{field} must"):
        Reference(**{**GOOD, **fields})


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


def test_source_note_names_every_source_and_flags_secondary_evidence():
    note = source_note("incidence_by_primary")
    assert "Battafarano et al. 2018" in note and "Macedo et al. 2017" in note
    assert "evidence" not in note  # read in both named sources
    assert source_note("flare_window").endswith("(secondary evidence)")


def test_incidence_table_matches_fact_sheet():
    table = fact("incidence_by_primary").frame().set_index("primary")
    assert tuple(table.loc["Breast", ["low_pct", "high_pct"]]) == (65, 75)
    assert tuple(table.loc["Renal", ["low_pct", "high_pct"]]) == (20, 25)


def test_markdown_does_not_double_the_full_stop():
    ref = Reference("Doe J et al.", "A title", "A journal", 2020)
    assert ref.markdown().startswith("Doe J et al. A title.")


@pytest.mark.parametrize(
    ("authors", "short"),
    [
        ("Guise TA", "Guise 2005"),
        ("Karim et al.", "Karim et al. 2005"),
        ("World Health Organization", "World Health Organization 2005"),
        ("Jacofsky DJ et al.", "Jacofsky et al. 2005"),
    ],
)
def test_short_citation_forms(authors, short):
    assert Reference(authors, "t", "j", 2005).short() == short


def test_markdown_says_what_was_not_checked():
    ref = Reference(**GOOD, doi="10.1000/xyz", unchecked="the DOI")
    assert ref.markdown().endswith("*(Not checked against the publisher's record: the DOI.)*")
    assert "Not checked" not in Reference(**GOOD, doi="10.1000/xyz").markdown()


@pytest.mark.parametrize(
    ("key", "year", "doi"),
    [  # each as its PubMed or PMC record gives it (review of the cases' new sources)
        ("osorio2017", 2017, "10.1002/hed.24655"),
        ("heldmann1997", 1997, "10.1080/02841859709172086"),
        ("soutome2018", 2018, "10.1371/journal.pone.0201343"),
        ("temel2010", 2010, "10.1056/NEJMoa1000678"),
        ("lee2017_ici_egfr", 2017, "10.1016/j.jtho.2016.10.007"),
    ],
)
def test_case_sources_carry_the_doi_of_their_record(key, year, doi):
    assert (REFERENCES[key].year, REFERENCES[key].doi) == (year, doi)
