"""Titles of Japanese and Korean companies' officers as the Chinese press writes them
(社長山田健一, 會長李在鎔), besides the person titles of :mod:`.entities`; and how long such a
person's name is when written in kanji or hanja (two characters of surname, two of given name)."""

from __future__ import annotations

#: in Traditional script, as the person titles of :mod:`.entities` (the tables normalise them)
FOREIGN_OFFICER_TITLES: tuple[str, ...] = ("社長", "副社長", "專務", "常務", "代表取締役", "取締役")
#: the lengths of a Japanese name in kanji after one of these titles, longest first
KANJI_NAME_LENGTHS: tuple[int, ...] = (4, 3)

#: common Japanese surnames of two characters (in Traditional script): after any title (總經理佐藤健二),
#: such a surname begins a kanji name of four or three characters
JAPANESE_SURNAMES: tuple[str, ...] = (
    "佐藤", "鈴木", "高橋", "田中", "渡邊", "伊藤", "山本", "中村", "小林", "加藤", "吉田", "山田",
    "山口", "松本", "井上", "木村", "清水", "山崎", "池田", "橋本", "阿部", "石川", "山下", "中島",
    "石井", "小川", "前田", "岡田", "藤田", "後藤", "近藤", "村上", "遠藤", "青木", "坂本", "齋藤",
    "福田", "太田", "西村", "藤井", "金子", "岡本", "藤原", "中野", "三浦", "原田", "松田", "竹內",
    "中川", "野口", "宮崎", "岸田", "豐田", "柳井", "三木", "大西", "北村", "菊池", "安藤",
)  # fmt: skip
