"""Titles of Japanese and Korean companies' officers as the Chinese press writes them
(社長山田健一, 會長李在鎔), besides the person titles of :mod:`.entities`; and how long such a
person's name is when written in kanji or hanja (two characters of surname, two of given name)."""

from __future__ import annotations

#: in Traditional script, as the person titles of :mod:`.entities` (the tables normalise them)
FOREIGN_OFFICER_TITLES: tuple[str, ...] = ("社長", "副社長", "專務", "常務", "代表取締役", "取締役")
#: the lengths of a Japanese name in kanji after one of these titles, longest first
KANJI_NAME_LENGTHS: tuple[int, ...] = (4, 3)
