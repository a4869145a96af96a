"""The record type of one bibliographic reference."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Reference:
    """One published source: who, what, where and when, with a DOI or URL to find it."""

    authors: str
    title: str
    journal: str
    year: int
    doi: str = ""
    url: str = ""

    def short(self) -> str:
        """Return the in-text form, e.g. ``Coleman et al. 2006``."""
        first = self.authors.split(",")[0].strip()
        words = first.split()
        if len(words) > 1 and words[-1].isupper() and len(words[-1]) <= 3:
            first = " ".join(words[:-1])  # drop the initials: "Coleman RE" -> "Coleman"
        many = "," in self.authors or " and " in self.authors
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
            return f"{text} [doi:{self.doi}]({self.link()})"
        if self.url:
            return f"{text} <{self.url}>"
        return text
