"""Language data for Chinese financial text: tables, not code (spaCy's lang/ convention)."""

from __future__ import annotations


def tokenizer_words() -> list[str]:
    """Words from the language tables that jieba should keep whole (currencies, units, fund heads)."""
    from pipeline.lang.zh import money, org_forms

    return [
        *money.TOKENIZER_WORDS,
        *org_forms.FUND_HEAD_WORDS,
        *org_forms.TRADE_INDUSTRY_WORDS,
        *org_forms.ENERGY_TRADE_WORDS,
    ]
