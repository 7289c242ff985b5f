"""Words that make a capitalised Latin phrase a personal name (John Smith, Peter Chan).

A phrase of two or three capitalised words with no organisation word stands in a party slot
(公司與John Smith簽署協議, 由Peter Chan出資) for a company or a person alike: a common given name
first or a romanised Chinese surname last says it is a person. Lower case, as the recogniser
compares them. Names that often begin a company's name (Morgan, Ford, Warner …) are left out.
"""

# ruff: noqa: SIM905

from __future__ import annotations

#: Common English given names (and the short forms Hong Kong and Singapore news writes)
LATIN_GIVEN_NAMES: frozenset[str] = frozenset(
    """
    adam alan albert alex alexander alice amy andrew andy angela ann anna anne anthony antony
    ben benjamin bill bob brian carol catherine charles charlie chris christina christine
    christopher daniel david dennis diana douglas edward edmund elaine elizabeth emily emma eric
    frank frederick gary george grace helen henry ian irene jack james jane janet jason jeff
    jennifer jessica jim joe john johnny jonathan joseph joyce julia kate kelvin kenneth kevin
    larry laura lawrence linda lisa margaret maria mark martin mary matthew michael michelle
    nancy nicholas nick patrick paul peter philip rachel raymond richard robert rose ruth ryan
    sam samuel sarah simon stanley stephen steven susan terence thomas timothy tom tony victor
    vincent walter wendy william winnie
    """.split()
)

#: Romanised Chinese surnames (Cantonese, Hokkien, Hakka and pinyin spellings)
LATIN_CHINESE_SURNAMES: frozenset[str] = frozenset(
    """
    chan chen cheng cheung chiu chong chow choi chu chung fung ho hsu huang hui kwan kwok kwong lai
    lam lau lee leung li liang lim lin liu lo loh low lu luk mak ng ong pang poon siu so tan tang
    teo tsang tse tsui wang wong woo wu yang yeo yeung yip yu yuen zhang zhao zhou
    """.split()
)
