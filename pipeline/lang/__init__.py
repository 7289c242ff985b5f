"""Language data: one package per language (``zh``), tables and no code (spaCy's ``lang/`` convention)."""
