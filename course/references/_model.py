"""The record type of one bibliographic reference, and the checks that keep it complete."""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from .._registry import Check, record_fields, text, whole_number

DOI_PATTERN = re.compile(r"^10\.\d{4,9}/\S+$")
"""A DOI as registered: ``10.`` + a registrant code of 4–9 digits + ``/`` + a suffix."""

PLACEHOLDER = re.compile(
    r"\bnot recorded\b|\btodo\b|\btbd\b|\bplaceholder\b|\bas cited in\b|clinical-facts|"
    r"models\.md|shared/",
    re.IGNORECASE,
)
"""Wording that marks a field as unfinished, or as internal to the course's authoring notes."""

_LAST_YEAR = date.today().year + 1
"""The latest year a reference may carry (next year's issues are sometimes online already)."""


def _is_home_page(url: str) -> bool:
    parts = urlsplit(url)
    return parts.path.strip("/") == "" and not parts.query


def _is_search_page(url: str) -> bool:
    parts = urlsplit(url)
    return "term=" in parts.query or parts.path.rstrip("/").endswith("/search")


@dataclass(frozen=True)
class Reference:
    """One published source: who, what, where and when, with a DOI or URL to find it.

    Construction refuses a malformed year, DOI or URL (``ValueError`` naming the field);
    :meth:`problems` lists what still keeps a well-formed record from being citable.
    """

    authors: str
    title: str
    journal: str
    year: int
    doi: str = ""
    url: str = ""
    unchecked: str = ""
    """What could not be checked against a publisher or PubMed record (shown to learners)."""

    def __post_init__(self) -> None:
        if not isinstance(self.year, int) or not 1800 <= self.year <= _LAST_YEAR:
            raise ValueError(
                f"year must be an integer from 1800 to {_LAST_YEAR}, got {self.year!r}"
            )
        if self.doi and not DOI_PATTERN.match(self.doi):
            raise ValueError(
                f"doi must look like '10.NNNN/suffix' (no 'https://doi.org/'), got {self.doi!r}"
            )
        if self.url:
            parts = urlsplit(self.url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ValueError(f"url must be an http(s) address with a host, got {self.url!r}")

    def problems(self) -> list[str]:
        """Return what keeps the record from being complete and citable (empty when fine).

        Checked: authors, title and journal present and free of placeholder wording; "et al."
        only after a first author with initials; a DOI or a URL; a URL that names a specific
        page (not a site's home page, not a search-results page).
        """
        found = []
        for name in ("authors", "title", "journal"):
            value = getattr(self, name).strip()
            if not value:
                found.append(f"{name} is empty")
            elif PLACEHOLDER.search(value):
                found.append(f"{name} has placeholder or internal wording: {value!r}")
        named = re.split(r"\bet al\b", self.authors, maxsplit=1)[0].strip(" ,.;")
        if "et al" in self.authors and len(named.split()) < 2:
            found.append("authors needs at least the first author's surname and initials")
        if not self.doi and not self.url:
            found.append("neither doi nor url is given")
        if self.url and _is_home_page(self.url):
            found.append(f"url is a site's home page: {self.url!r}")
        if self.url and _is_search_page(self.url):
            found.append(f"url is a search-results page, not the record: {self.url!r}")
        return found

    def short(self) -> str:
        """Return the in-text form, e.g. ``Coleman 2006`` or ``Yang et al. 2011``."""
        first = self.authors.split(",")[0].strip()
        many = "," in self.authors or first.endswith("et al.")
        first = first.removesuffix("et al.").strip()
        words = first.split()
        if len(words) > 1 and words[-1].isupper() and len(words[-1]) <= 3:
            first = " ".join(words[:-1])  # drop the initials: "Coleman RE" -> "Coleman"
        return f"{first}{' et al.' if many else ''} {self.year}"

    def link(self) -> str:
        """Return a URL for the reference (from the DOI when there is one), or ``""``."""
        if self.doi:
            return f"https://doi.org/{self.doi}"
        return self.url

    def markdown(self) -> str:
        """Return the full reference as one line of Markdown."""
        text = f"{self.authors.rstrip('.')}. {self.title}. *{self.journal}* {self.year}."
        if self.doi:
            text = f"{text} [doi:{self.doi}]({self.link()})"
        elif self.url:
            text = f"{text} <{self.url}>"
        if self.unchecked:
            text = f"{text} *(Not checked against the publisher's record: {self.unchecked}.)*"
        return text


_CHECKS: dict[str, Check] = {
    "authors": text,
    "title": text,
    "journal": text,
    "year": whole_number,
    "doi": text,
    "url": text,
    "unchecked": text,
}


def reference_record(raw: Mapping[str, object]) -> Reference:
    """Make the :class:`Reference` that a record's TOML table describes (types checked)."""
    return Reference(**record_fields(Reference, raw, _CHECKS))
