"""FROM / FROM NAMED (issue 11 item 9): a query naming its dataset is run on the graphs it names;
the remote store then leaves out its "default graph = merged graph" pragma (Virtuoso)."""

from __future__ import annotations

import pytest

from pipeline.store.results import has_dataset_clause


@pytest.mark.parametrize(
    ("query", "named"),
    [
        pytest.param("SELECT * FROM <g> WHERE { ?s ?p ?o }", True, id="from"),
        pytest.param("select * from named <g> where { graph ?g { ?s ?p ?o } }", True, id="from-named"),
        pytest.param("PREFIX x: <http://x#> SELECT * FROM x:g WHERE { ?s ?p ?o }", True, id="prefixed"),
        pytest.param('SELECT * WHERE { ?s ?p "from here" }', False, id="in-a-string"),
        pytest.param("SELECT * WHERE { ?s <http://x/from> ?o } # from", False, id="in-an-iri-and-a-comment"),
        pytest.param("SELECT ?from $from WHERE { ?from ex:from ?x }", False, id="variables-and-names"),
        pytest.param("SELECT * WHERE { ?s ?p ?o }", False, id="none"),
    ],
)
def test_a_dataset_clause_is_found(query: str, named: bool) -> None:
    assert has_dataset_clause(query) is named
