"""The graph side: vocabularies (``FIN`` generated from the ontology), pyoxigraph terms, the
mapping of an extraction to its named graph, the SHACL shapes and the named queries."""
