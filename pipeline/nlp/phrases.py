"""Phrase matching on token keys: spaCy's ``PhraseMatcher`` semantics on plain strings.

A pattern is a key and the sequence of its token keys (the folded view forms of its tokens);
a match is every token span whose keys equal a pattern's, reported in the order spaCy's
``PhraseMatcher`` reports them: by start token, then shorter before longer. Keeping the token
keys as strings (rather than spaCy Docs) means building the matcher costs no vocabulary entries,
and the patterns can be cached between processes (:mod:`pipeline.cache`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

#: a trie node: child nodes by token key, and the keys of the patterns that end here
_Node = tuple[dict[str, "_Node"], list[str]]


class TokenPhrases:
    """A trie of token-key sequences; ``matches(keys)`` finds every pattern in a token sequence."""

    def __init__(self, patterns: Iterable[tuple[str, Sequence[str]]]):
        self._root: dict[str, _Node] = {}
        self.size = 0
        for key, tokens in patterns:
            if not tokens:
                continue  # spaCy skips an empty pattern
            children, node = self._root, None
            for token in tokens:
                node = children.get(token)
                if node is None:
                    node = children[token] = ({}, [])
                children = node[0]
            if node is not None and key not in node[1]:
                node[1].append(key)
                self.size += 1

    def __len__(self) -> int:
        return self.size

    def matches(self, tokens: Sequence[str]) -> list[tuple[str, int, int]]:
        """(pattern key, start token, end token) of every match, by start then length."""
        out: list[tuple[str, int, int]] = []
        root = self._root
        n = len(tokens)
        for i in range(n):
            node = root.get(tokens[i])
            j = i + 1
            while node is not None:
                for key in node[1]:
                    out.append((key, i, j))
                if j == n:
                    break
                node = node[0].get(tokens[j])
                j += 1
        return out
