"""The records every stage exchanges (frozen dataclasses, ``Decimal`` money, vocabularies as
``Literal`` types) and deterministic IRI minting, with no dependency on any other room."""
