"""The fact and reference records are TOML data: every file is read, and a mistake in one is a
``ValueError`` that names the file, the record and the field."""

import sys
from pathlib import Path

import pytest

from course import facts, references
from course._registry import merge_unique, read_topics
from course.facts._data import fact_record
from course.references._model import reference_record

PACKAGE = "records_under_test"
FACT = 'label = "Share"\nvalue = 70\nunit = "%"\nsource = "coleman2006"\n'
TABLE = 'label = "T"\ncolumns = ["a", "b"]\nrows = [["x", 1], ["y", {}]]\nsource = "coleman2006"\n'
REFERENCE = 'authors = "Doe J"\ntitle = "A title"\njournal = "A journal"\nyear = 2020\n'


@pytest.fixture
def data(tmp_path, monkeypatch):
    """Write TOML files into a throwaway package's data folder; return a reader of its topics."""
    folder = tmp_path / PACKAGE / "data"
    folder.mkdir(parents=True)
    (folder.parent / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    sys.modules.pop(PACKAGE, None)

    def read(build=fact_record, **files: str):
        for topic, text in files.items():
            (folder / f"{topic}.toml").write_text(text, encoding="utf-8")
        return read_topics(PACKAGE, list(files), build)

    yield read
    sys.modules.pop(PACKAGE, None)


@pytest.mark.parametrize(
    ("package", "topics"), [("facts", facts.TOPICS), ("references", references.TOPICS)]
)
def test_every_data_file_is_read(package, topics):
    folder = Path(facts.__file__).parent.parent / package / "data"
    assert sorted(p.stem for p in folder.glob("*.toml")) == sorted(topics)


def test_records_keep_their_types(data):
    loaded = data(one=f"[share]\n{FACT}\n[range]\n{FACT.replace('70', '[65, 75.5]')}\n[t]\n{TABLE}")
    share, span, table = loaded["one"].values()
    assert (share.value, span.value) == (70, (65, 75.5))
    assert type(share.value) is int and type(span.value[1]) is float
    assert table.rows == (("x", 1), ("y", None)) and table.columns == ("a", "b")


def test_source_quotes_and_units_are_read(data):
    quoted = f'[t]\n{TABLE}units = {{ b = "%" }}\n[t.source_quotes.macedo2017]\n'
    quoted += 'quote = "words"\nlocator = "p. 1"\n'
    (table,) = data(one=quoted)["one"].values()
    assert table.units == {"b": "%"}
    assert table.source_quotes == {"macedo2017": ("words", "p. 1")}


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (FACT + 'colour = "red"\n', "unknown field 'colour'"),
        (FACT.replace('unit = "%"\n', ""), "missing field 'unit'"),
        (FACT.replace("70", '"70"'), "field 'value' must be a number"),
        (FACT.replace("70", "true"), "field 'value' must be a number"),
        (FACT.replace("70", "[1, 2, 3]"), "field 'value' must be a number or a \\[low, high\\]"),
        (FACT.replace('"coleman2006"', "2006"), "field 'source' must be a string"),
        (FACT + 'evidence = "likely"\n', "Share: evidence must be one of"),
        (TABLE.replace('["y", {}]', '["y"]'), "T: rows: row 2 has 1 cells"),
        (TABLE.replace("{}", "[1]"), "field 'rows' has a cell \\[1\\]"),
        (TABLE.replace('["a", "b"]', '"a, b"'), "field 'columns' must be an array of strings"),
        (TABLE.replace("columns", "kolumns"), "unknown field 'kolumns'"),
        (TABLE + "units = { b = 1 }\n", "field 'units' must be a table"),
        (
            TABLE + '[bad.source_quotes.macedo2017]\nquote = "words"\n',
            "field 'source_quotes' entry 'macedo2017' must hold the strings quote and locator",
        ),
    ],
    ids=[
        "unknown-field",
        "missing-field",
        "string-for-number",
        "bool-for-number",
        "range-of-three",
        "number-for-string",
        "bad-evidence",
        "short-row",
        "array-cell",
        "columns-not-array",
        "misspelt-columns",
        "unit-not-string",
        "quote-without-locator",
    ],
)
def test_a_bad_fact_names_file_record_and_field(data, record, message):
    with pytest.raises(ValueError, match=f"^{PACKAGE}/data/topic.toml: record 'bad': {message}"):
        data(topic=f"[good]\n{FACT}\n[bad]\n{record}")


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (REFERENCE.replace("2020", '"2020"'), "field 'year' must be a whole number"),
        (REFERENCE + "volume = 3\n", "unknown field 'volume'"),
        (REFERENCE.replace('journal = "A journal"\n', ""), "missing field 'journal'"),
        (REFERENCE + 'doi = "https://doi.org/10.1/x"\n', "doi must look like"),
    ],
    ids=["string-year", "unknown-field", "missing-field", "doi-as-url"],
)
def test_a_bad_reference_names_file_record_and_field(data, record, message):
    with pytest.raises(ValueError, match=f"^{PACKAGE}/data/core.toml: record 'doe2020': {message}"):
        data(reference_record, core=f"[doe2020]\n{record}")


def test_a_toml_syntax_error_names_the_file(data):
    with pytest.raises(ValueError, match=f"^{PACKAGE}/data/topic.toml: .*line 3"):
        data(topic=f"[good]\n{FACT.replace('70', '70 %')}")


def test_a_key_that_is_not_a_table_is_refused(data):
    with pytest.raises(ValueError, match="record 'share': must be a table"):
        data(topic="share = 70\n")


def test_a_name_defined_in_two_files_is_refused(data):
    loaded = data(one=f"[share]\n{FACT}", two=f"[share]\n{FACT}")
    with pytest.raises(ValueError, match="fact 'share' is defined twice"):
        merge_unique("fact", *loaded.values())
