"""The spaCy tokenizer: jieba on the t2s view, words sliced from the original text.

``doc.text`` is always identical to the input; ``doc._.view`` holds the normalised view
(same length) that the recognisers read. jieba and its user dictionary (language words and
every gazetteer name) are loaded in :meth:`T2SJiebaTokenizer.initialize`, from the same
``[paths] gazetteer`` setting the entity component uses.

Two backends segment with jieba's dictionary, model and algorithm: ``rjieba`` (the binding of
jieba-rs, about 20x faster; the default) and ``jieba`` (the Python original). jieba-rs keeps
an ASCII run such as ``2025-10-08`` or ``GPT-4`` whole where jieba splits it with its
``finalseg`` rule, so the rjieba backend re-splits ASCII words by that same rule; the two give
identical words on every bundled article (tests/nlp/test_tokenizer.py checks it).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import itertools
import logging
import re
import sys
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from pipeline.cache import memo
from pipeline.model.records import Article
from pipeline.nlp.extensions import keep_text, register
from pipeline.nlp.gazetteer import gazetteer_at
from pipeline.nlp.lexemes import faster_getters
from pipeline.nlp.lexicon import segmenter_words
from pipeline.text.view import Compact, TextView, compact, text_view

if TYPE_CHECKING:
    import jieba
    import rjieba

#: the frequency a domain word gets at least, so jieba keeps it whole
DOMAIN_WORD_FREQ = 2000
T = TypeVar("T")


def make_jieba(
    user_words: Iterable[str] = (), user_dicts: Iterable[Path] = (), soft_words: Iterable[str] = ()
) -> jieba.Tokenizer:
    """A private jieba tokenizer (never the global one) with the domain words added; a soft
    word only if jieba would not keep it whole by itself."""
    import jieba  # only for this backend: importing jieba loads its HMM tables

    logging.getLogger("jieba").setLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    for path in user_dicts:
        tok.load_userdict(str(path))
    for word in user_words:
        word = word.strip()
        if word and not word.isspace():
            _add_word(tok, word)
    for word in soft_words:
        if list(tok.cut(word, HMM=False)) != [word]:
            _add_word(tok, word)
    return tok


def _add_word(tok: jieba.Tokenizer, word: str) -> None:
    """Add a domain word as jieba-rs does: a word jieba knows already gets the new frequency
    in place of its old one (Python jieba would add both to the total, and every dictionary
    word among the gazetteer's names would shift the two backends' splits apart)."""
    old = tok.FREQ.get(word, 0)
    tok.add_word(word, freq=max(tok.suggest_freq(word, tune=False), DOMAIN_WORD_FREQ))
    tok.total -= old


Backend = Literal["rjieba", "jieba"]
#: jieba's finalseg rule for runs of Latin letters and digits (5.2, 70%, 1.47% stay whole)
_JIEBA_SKIP = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")


class Segmenter(Protocol):
    def cut(self, text: str) -> Iterable[str]: ...


class JiebaSegmenter:
    """The Python jieba, a private ``jieba.Tokenizer`` (never the global one)."""

    def __init__(
        self,
        words: Iterable[str],
        user_dicts: Iterable[Path] = (),
        hmm: bool = True,
        soft: Iterable[str] = (),
        signature: str | None = None,
    ):
        self.tokenizer = make_jieba(words, user_dicts, soft)
        self.hmm = hmm

    def cut(self, text: str) -> Iterable[str]:
        return self.tokenizer.cut(text, HMM=self.hmm)


@cache
def rjieba_class() -> type[rjieba.Jieba]:
    """``rjieba.Jieba``, without the dictionary ``import rjieba`` loads for its module-level
    default instance (about 0.15 s a process, and memory, for an instance finkg never uses).

    The binding's extension module (``rjieba.rjieba``) is loaded and registered by itself, so a
    later ``import rjieba`` finds it; when the package is imported already, its class is used.
    (A cache of one immutable class, not of state.)
    """
    if "rjieba.rjieba" in sys.modules:
        return sys.modules["rjieba.rjieba"].Jieba
    spec = importlib.util.find_spec("rjieba")
    folder = next(iter(spec.submodule_search_locations or ()), None) if spec is not None else None
    binaries = sorted(Path(folder).glob("rjieba.*.so")) if folder is not None else []
    if not binaries:  # not a layout this knows: the package as it is
        import rjieba

        return rjieba.Jieba
    loader = importlib.machinery.ExtensionFileLoader("rjieba.rjieba", str(binaries[0]))
    binding = importlib.util.spec_from_file_location("rjieba.rjieba", str(binaries[0]), loader=loader)
    assert binding is not None
    module = importlib.util.module_from_spec(binding)
    loader.exec_module(module)
    sys.modules["rjieba.rjieba"] = module
    return module.Jieba


class RJiebaSegmenter:
    """jieba-rs through ``rjieba``, with jieba's own split of ASCII runs.

    Each domain word gets the frequency jieba suggests for it (at least
    :data:`DOMAIN_WORD_FREQ`) given the words added before it; ``signature`` names the word list,
    so those frequencies are computed once per word list and cached (:mod:`pipeline.cache`).
    Soft words (places) are added after them, only where jieba would cut them.
    """

    def __init__(
        self,
        words: Iterable[str],
        user_dicts: Iterable[Path] = (),
        hmm: bool = True,
        soft: Iterable[str] = (),
        signature: str | None = None,
    ):
        self.jieba = rjieba_class()()
        for path in user_dicts:
            for line in Path(path).read_text(encoding="utf-8").splitlines():
                parts = line.split()
                if parts:
                    freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
                    self.jieba.add_word(parts[0], freq, parts[2] if len(parts) > 2 else None)
        todo = [w for w in (word.strip() for word in words) if w]
        added: list[list[int]] = []

        def add() -> list[int]:
            added.append(self._add(todo))
            return added[-1]

        freqs = add() if signature is None else memo(f"rjieba-words-{signature}", add)
        if not added:  # read from the cache: the same words with the frequencies they got
            for word, freq in zip(todo, freqs, strict=True):
                self.jieba.add_word(word, freq, None)
        for word in soft:  # a place: only where jieba does not keep it whole by itself
            if list(self.jieba.cut(word, False)) != [word]:
                self.jieba.add_word(word, max(self.jieba.suggest_freq(word), DOMAIN_WORD_FREQ), None)
        self.hmm = hmm

    def _add(self, words: list[str]) -> list[int]:
        """Add ``words`` in order; their frequencies (what the cache keeps)."""
        freqs = []
        for word in words:
            freq = max(self.jieba.suggest_freq(word), DOMAIN_WORD_FREQ)
            self.jieba.add_word(word, freq, None)
            freqs.append(freq)
        return freqs

    def cut(self, text: str) -> list[str]:
        words = list(self.jieba.cut(text, self.hmm))
        # (the rare ASCII word with punctuation found first, in one pass: most texts have none)
        odd = [k for k, word in enumerate(words) if len(word) > 1 and word.isascii() and not word.isalnum()]
        if not odd:
            return words
        out: list[str] = []
        last = 0
        for k in odd:
            out += words[last:k]
            out += [piece for piece in _JIEBA_SKIP.split(words[k]) if piece]
            last = k + 1
        out += words[last:]
        return out


SEGMENTERS: dict[str, type[JiebaSegmenter] | type[RJiebaSegmenter]] = {
    "rjieba": RJiebaSegmenter,
    "jieba": JiebaSegmenter,
}


class T2SJiebaTokenizer:
    """Segments the normalised view with jieba; slices the original text by the token lengths."""

    def __init__(self, vocab: Vocab, view: TextView, hmm: bool = True, backend: Backend = "rjieba"):
        if backend not in SEGMENTERS:
            raise ValueError(f"unknown segmenter backend {backend!r} (choose from {', '.join(SEGMENTERS)})")
        self.vocab = vocab
        self.view = view
        self.hmm = hmm
        self.backend = backend
        self._segmenter: Segmenter | None = None
        #: the segmenter being built by a thread (initialize), until it is asked for
        self._building: Future[Segmenter] | None = None
        #: a digest of the segmenter's settings and words (None until initialised)
        self.signature: str | None = None

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        gazetteer: str | None = None,
        with_gazetteer: bool = True,
        user_dicts: list[str] | None = None,
        pkuseg_model: str | None = None,
        pkuseg_user_dict: str | None = None,
    ) -> None:
        """Load jieba with the domain words (``gazetteer``: a file or directory, None = shipped).

        ``pkuseg_*`` are the settings of spaCy's own Chinese tokenizer that the ``zh`` defaults
        carry into ``[initialize.tokenizer]``; this tokenizer has no use for them.
        """
        gaz = gazetteer_at(gazetteer) if with_gazetteer else None
        words, places = segmenter_words(self.view, gaz)
        dicts = [Path(p) for p in (user_dicts or [])]
        self.signature = _signature(self.backend, self.hmm, [*words, "|", *places], dicts)
        make = SEGMENTERS[self.backend]
        self._segmenter = None
        # jieba-rs reads its dictionary without the GIL: the later components initialise meanwhile
        self._building = _in_background(
            lambda: make(words, dicts, hmm=self.hmm, soft=places, signature=self.signature)
        )

    @property
    def segmenter(self) -> Segmenter | None:
        """The segmenter (None before :meth:`initialize`); waits for the thread building it."""
        self.wait()
        return self._segmenter

    def wait(self) -> None:
        """Until the segmenter is built (build_nlp waits: no thread outlives it, none is forked)."""
        if self._building is not None:
            building, self._building = self._building, None
            self._segmenter = building.result()

    def __call__(self, text: str) -> Doc:
        return self.tokenize(text)

    def tokenize(self, text: str, view: str | None = None) -> Doc:
        """The Doc of ``text``; ``view`` is its normalised view when the caller has it already."""
        view, words = self.words(text, view)
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        doc._.view = view
        keep_text(doc, text)
        return doc

    def words(self, text: str, view: str | None = None) -> tuple[str, list[str]]:
        """The view of ``text`` and its words (slices of ``text``), without making a Doc."""
        if self.segmenter is None:
            raise RuntimeError(
                "the finkg tokenizer is not initialised: call nlp.initialize() (build_nlp does)"
            )
        if view is None or len(view) != len(text):
            view = self.view(text)
        return view, _words(text, self.segmenter.cut, compact(view))

    # spaCy serialisation hooks: the tokenizer is rebuilt from config, nothing to save.
    def to_bytes(self, **_: object) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: object) -> T2SJiebaTokenizer:
        return self

    def to_disk(self, _path: object, **_: object) -> None:
        return None

    def from_disk(self, _path: object, **_: object) -> T2SJiebaTokenizer:
        return self


def _in_background(make: Callable[[], T]) -> Future[T]:
    """``make()`` run by a new thread; its result (or exception) in the future."""
    future: Future[T] = Future()

    def run() -> None:
        try:
            future.set_result(make())
        except BaseException as e:  # given to the thread that asks for the result
            future.set_exception(e)

    threading.Thread(target=run, name="finkg-segmenter", daemon=True).start()
    return future


def _signature(backend: str, hmm: bool, words: Iterable[str], user_dicts: Iterable[Path]) -> str:
    """What the segmentation depends on besides finkg's code: backend, HMM, words, user dicts."""
    digest = hashlib.sha256(f"{backend}|{hmm}|".encode())
    digest.update("\n".join(words).encode("utf-8"))
    for path in user_dicts:
        digest.update(b"\0" + path.read_bytes())
    return digest.hexdigest()[:24]


def _words(text: str, cut: Callable[[str], Iterable[str]], view: Compact) -> list[str]:
    """jieba's words of the view without its invisible characters (沃\u200b旭 stays one word),
    sliced from the original text; an invisible character goes with the word before it."""
    ends = itertools.accumulate(map(len, cut(view.text)))
    bounds = [0, *(ends if view.positions is None else map(view.start, ends))]
    bounds[-1] = len(text)
    return [text[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def article_doc(nlp: Language, article: Article) -> Doc:
    """The Doc of an article with the article attached, tokenised on the view the reader
    computed (``Article.view``), so the text is not converted a second time."""
    tokenizer = getattr(nlp, "tokenizer", None)
    if isinstance(tokenizer, T2SJiebaTokenizer):
        doc = tokenizer.tokenize(article.text, article.view)
    else:
        doc = nlp.make_doc(article.text)
    doc._.article = article
    return doc


@registry.tokenizers("finkg.t2s_jieba.v1")
def create_tokenizer(
    hmm: bool = True, backend: Backend = "rjieba"
) -> Callable[[Language], T2SJiebaTokenizer]:
    """Factory registered by name; configured through the nlp config (see pipeline.nlp.wiring)."""

    def make(nlp: Language) -> T2SJiebaTokenizer:
        register()
        faster_getters(nlp.vocab)
        return T2SJiebaTokenizer(nlp.vocab, text_view(), hmm=hmm, backend=backend)

    return make
