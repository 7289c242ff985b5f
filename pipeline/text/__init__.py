"""Facts about a text, each computed in one place: the length-preserving t2s view and the script
(:mod:`~pipeline.text.view`), the region and its home currency (:mod:`~pipeline.text.region`),
dates (:mod:`~pipeline.text.dates`) and sentences (:mod:`~pipeline.text.sentences`)."""
