"""Closed-class words and punctuation shared by every recogniser: one table each.

Written in Simplified (the recognisers read the t2s view, where Traditional forms are already
folded) with ASCII punctuation where the view folds full-width forms to half-width; the
full-width forms that the view keeps (。、「」) are listed as they are.
"""

from __future__ import annotations

#: ends a sentence (on the view: ！？；： fold to ASCII, 。 stays)
SENTENCE_END: frozenset[str] = frozenset("。;!?\n")
#: ends a clause: sentence ends plus commas and colons
CLAUSE_END: frozenset[str] = SENTENCE_END | frozenset(",:")
#: opening and closing brackets and quotes (as they appear on the view)
OPEN_BRACKETS: frozenset[str] = frozenset("(（[【「『“《〈")
CLOSE_BRACKETS: frozenset[str] = frozenset(")）]】」』”》〉")
#: joins the members of a list of names or figures: A、B及C, A和B, A与B, A以及B, A跟B
LIST_CONJUNCTIONS: tuple[str, ...] = ("、", "及", "以及", "和", "与", "跟", "暨", "并")
#: the list conjunctions that join nothing but list members (和, 与, 跟 also mean "with")
LIST_ONLY_JOINERS: tuple[str, ...] = ("、", "及", "以及", "暨")

#: jieba part-of-speech tags (ICTCLAS set) of words that never begin or continue a name:
#: verbs, prepositions, conjunctions, particles, adverbs, pronouns, numerals, measure words,
#: locatives, time words, modal particles, interjections, onomatopoeia, descriptive words,
#: adjectives, distinguishing words, suffixes, prefixes, places of relation
NON_NAME_TAGS: tuple[str, ...] = (
    "v",
    "p",
    "c",
    "u",
    "d",
    "r",
    "m",
    "q",
    "f",
    "t",
    "y",
    "e",
    "o",
    "z",
    "a",
    "b",
    "k",
    "h",
    "s",
)
#: jieba tags of words that are distinctive enough to be (part of) a name
NAME_TAGS: frozenset[str] = frozenset({"nz", "nr", "nrt", "nrfg", "nt", "eng"})
