"""Sentence punctuation as it stands in the original text (both widths), for the sentence
splitter, which runs on the text itself (the recognisers' tables in ``grammar`` are view forms)."""

from __future__ import annotations

#: End a sentence: full stops, exclamation and question marks, semicolons (both widths).
SENTENCE_ENDS: str = "。！？!?；;"
#: Closing quotes and brackets that stay with the sentence they close.
SENTENCE_CLOSERS: str = "」』”’）)"
