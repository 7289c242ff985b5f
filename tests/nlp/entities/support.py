"""Helpers for the entity tests: run the pipeline on one sentence and index its mentions."""

from __future__ import annotations

from spacy.language import Language

from pipeline.model.records import Article, Mention
from pipeline.nlp.extract import run

ID = "https://w3id.org/finkg/id/"
ORG_TYPES = ("organization", "media")
NAMED = ("organization", "media", "person")


def mentions(nlp: Language, text: str, region: str | None = None) -> list[Mention]:
    """Every mention of ``text``, checked for consistent offsets and entities."""
    doc = run(nlp, Article(key="t", text=text, source="test", content_hash="0", region=region))
    for m in doc._.mentions:
        assert text[m.start : m.end] == m.text
        assert m.iri in doc._.entities
    assert doc._.mentions == sorted(doc._.mentions, key=lambda m: (m.start, m.end))
    return list(doc._.mentions)


def found(
    nlp: Language, text: str, types: tuple[str, ...] = NAMED, region: str | None = None
) -> dict[str, Mention]:
    """Surface form → mention, for the mentions of the given types."""
    return {m.text: m for m in mentions(nlp, text, region) if m.type in types}


def found_iris(
    nlp: Language,
    text: str,
    expected: dict[str, str],
    types: tuple[str, ...] = NAMED,
    region: str | None = None,
) -> dict[str, str]:
    """Surface form → IRI, for the mentions of the forms of ``expected`` (compare with
    :func:`as_iris` of it)."""
    got = found(nlp, text, types, region)
    return {form: got[form].iri for form in expected if form in got}


def as_iris(expected: dict[str, str]) -> dict[str, str]:
    """``{form: "org/…"}`` → ``{form: ID + "org/…"}``."""
    return {form: ID + path for form, path in expected.items()}


def forms_holding(nlp: Language, text: str, word: str) -> list[str]:
    """The organisation and media mentions of ``text`` that hold ``word``."""
    return [form for form in found(nlp, text, ORG_TYPES) if word in form]
