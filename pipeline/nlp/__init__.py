"""Extraction with spaCy: the pipeline built in :mod:`pipeline.nlp.wiring`, the tokenizer, the
extensions, the components (:mod:`~pipeline.nlp.quantities`, :mod:`~pipeline.nlp.entities`,
:mod:`~pipeline.nlp.deals`, conversions, spans) and :func:`pipeline.nlp.extract.extract`."""
