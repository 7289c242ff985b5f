"""Quantities: money, capacities, share counts and percentages (component ``finkg_quantities``,
:mod:`~pipeline.nlp.quantities.component`), read by the grammar of
:mod:`~pipeline.nlp.quantities.grammar` from the tables of :mod:`pipeline.lang.zh`."""
