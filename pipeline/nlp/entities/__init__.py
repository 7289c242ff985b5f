"""nlp/entities: organisations, media and people as passes over frozen candidates (see component.py)."""
