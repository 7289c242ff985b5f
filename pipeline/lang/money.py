"""Currency words, scale words and units. (First version: to be completed by the amounts grammar.)"""

from __future__ import annotations

TOKENIZER_WORDS: tuple[str, ...] = (
    "美元", "美金", "新台币", "新臺幣", "台币", "港元", "港币", "人民币", "日圆", "日元",
    "欧元", "英镑", "新加坡元", "令吉", "韩元", "亿元", "万元", "千兆瓦", "吉瓦", "兆瓦",
)
