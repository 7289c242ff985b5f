"""The spaCy tokenizer: jieba on the t2s view, words sliced from the original text.

``doc.text`` is always identical to the input; ``doc._.view`` holds the normalised view
(same length) that the recognisers read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path

import jieba
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from pipeline.text.view import TextView

if not Doc.has_extension("view"):
    Doc.set_extension("view", default=None)


def make_jieba(user_words: Iterable[str] = (), user_dicts: Iterable[Path] = ()) -> jieba.Tokenizer:
    """A private jieba tokenizer (never the global one) with the domain words added."""
    logging.getLogger("jieba").setLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    for path in user_dicts:
        tok.load_userdict(str(path))
    for word in user_words:
        word = word.strip()
        if word and not word.isspace():
            tok.add_word(word, freq=max(tok.suggest_freq(word, tune=False), 2000))
    return tok


class T2SJiebaTokenizer:
    """Segments the normalised view with jieba; slices the original text by the token lengths."""

    def __init__(self, vocab: Vocab, segmenter: jieba.Tokenizer, view: TextView, hmm: bool = True):
        self.vocab = vocab
        self.segmenter = segmenter
        self.view = view
        self.hmm = hmm

    def __call__(self, text: str) -> Doc:
        view = self.view(text)
        words: list[str] = []
        pos = 0
        for piece in self.segmenter.cut(view, HMM=self.hmm):
            words.append(text[pos : pos + len(piece)])
            pos += len(piece)
        assert pos == len(text)
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        doc._.view = view
        return doc

    # spaCy serialisation hooks: the tokenizer is rebuilt from config, nothing to save.
    def to_bytes(self, **_: object) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: object) -> T2SJiebaTokenizer:
        return self

    def to_disk(self, _path: object, **_: object) -> None:
        return None

    def from_disk(self, _path: object, **_: object) -> T2SJiebaTokenizer:
        return self


@registry.tokenizers("finkg.t2s_jieba.v1")
def create_tokenizer(
    user_dicts: list[str] | None = None, with_gazetteer: bool = True, hmm: bool = True
) -> Callable[[Language], T2SJiebaTokenizer]:
    """Factory registered by name; configured through the nlp config (see pipeline.nlp.wiring)."""

    def make(nlp: Language) -> T2SJiebaTokenizer:
        from pipeline.nlp.lexicon import domain_words

        view = TextView()
        words = domain_words(view, with_gazetteer=with_gazetteer)
        seg = make_jieba(words, [Path(p) for p in (user_dicts or [])])
        return T2SJiebaTokenizer(nlp.vocab, seg, view, hmm=hmm)

    return make
