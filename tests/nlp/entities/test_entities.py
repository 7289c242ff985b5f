from __future__ import annotations

import pytest

from pipeline.model.iris import slug, unknown_iri
from pipeline.model.records import Article
from pipeline.nlp.extract import run
from tests.nlp.entities.support import ID, found, mentions


# --- one IRI across scripts and languages -------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "name", "iri"),
    [
        ("市場傳出輝達將擴大在台採購。", "輝達", "org/nvidia"),
        ("市场传出辉达将扩大在台采购。", "辉达", "org/nvidia"),
        ("英偉達股價周三收高。", "英偉達", "org/nvidia"),
        ("英伟达股价周三收高。", "英伟达", "org/nvidia"),
        ("分析師看好NVIDIA新一代產品。", "NVIDIA", "org/nvidia"),
        ("分析師看好Nvidia新一代產品。", "Nvidia", "org/nvidia"),
        ("晶片龍頭輝達 (NVDA-US) 周三公布財報。", "NVDA", "org/nvidia"),
        ("台積電（2330）董事會通過資本預算。", "台積電", "org/tsmc"),
        ("台积电董事会通过资本预算。", "台积电", "org/tsmc"),
        ("大摩調升目標價。", "大摩", "org/morgan-stanley"),
        ("摩根士丹利調升目標價。", "摩根士丹利", "org/morgan-stanley"),
        ("小摩與高盛同步看好。", "小摩", "org/jpmorgan"),
        ("鴻海與富士康是同一家公司。", "富士康", "org/foxconn"),
        ("超微今年推出新款加速器。", "超微", "org/amd"),
        ("山姆·奧特曼再度募資。", "山姆·奧特曼", "person/sam-altman"),
        ("阿特曼再度募資。", "阿特曼", "person/sam-altman"),
        ("《彭博社》引述知情人士報導。", "彭博社", "org/bloomberg"),
    ],
)
def test_every_script_links_to_one_iri(nlp, sentence: str, name: str, iri: str) -> None:
    got = found(nlp, sentence)
    assert name in got, got
    assert got[name].iri == ID + iri


def test_media_outlets_are_typed_media(nlp) -> None:
    got = found(nlp, "據路透與《金融時報》報導，軟銀正洽談新一輪投資。")
    assert got["路透"].type == "media" and got["金融時報"].type == "media"
    assert got["軟銀"].type == "organization"


# --- unknown organisations --------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # organisation words at the end, left boundary at verbs and descriptors
        ("昨日,招商局集團旗下招商銀行深圳分行與比亞迪股份有限公司簽署戰略合作協議。", "招商銀行深圳分行"),
        ("江蘇恆瑞醫藥股份有限公司宣布與默沙東達成授權合作。", "江蘇恆瑞醫藥股份有限公司"),
        ("青島啟明星光電科技有限公司完成A輪融資。", "青島啟明星光電科技有限公司"),
        ("經濟部核准香港商高盛亞洲證券有限公司增資。", "香港商高盛亞洲證券有限公司"),
        ("據悉,浙江綠源新材料股份有限公司擬在越南設廠。", "浙江綠源新材料股份有限公司"),
        ("該案由安泰聯合控股集團牽頭。", "安泰聯合控股集團"),
        # names before tickers
        ("宏碁轉投資的展碁國際（6776）今日掛牌。", "展碁國際"),
        ("港股方面,百能達醫藥-B(02617)首日上市。", "百能達醫藥-B"),
        ("寶豐能源(600989.SH)公告擬發行可轉債。", "寶豐能源"),
        ("Lumentum(LITE-US)股價大漲。", "Lumentum"),
        # Latin-script names
        ("避險基金Elliott Management已持有約5%股權。", "Elliott Management"),
        ("晶片設計公司Ampere Computing獲軟銀收購。", "Ampere Computing"),
        ("資產管理公司Blue Harbor Partners宣布募集新基金。", "Blue Harbor Partners"),
        ("新創Lightmatter完成4億美元融資。", "Lightmatter"),
        ("美國PROJECT ORION (DE) LLC將負責興建。", "PROJECT ORION (DE) LLC"),
    ],
)
def test_unknown_organisations(nlp, sentence: str, expected: str) -> None:
    got = found(nlp, sentence)
    assert expected in got, got
    assert got[expected].type == "organization"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "昨日,招商局集團旗下招商銀行深圳分行與比亞迪股份有限公司簽署戰略合作協議。",
            {"招商局集團", "比亞迪股份有限公司"},
        ),
        ("晶圓代工廠世界先進（5347）宣布擴產。", {"世界先進"}),
    ],
)
def test_boundaries_do_not_swallow_clause_words(nlp, sentence: str, expected: set[str]) -> None:
    got = found(nlp, sentence)
    assert expected <= set(got), got
    assert not any(name.startswith(("昨日", "晶圓代工廠", "旗下")) for name in got), got


def test_same_unknown_company_in_either_script_is_one_node(nlp) -> None:
    trad = found(nlp, "昨日浙江綠源新材料股份有限公司公告增資。")["浙江綠源新材料股份有限公司"]
    simp = found(nlp, "昨日浙江绿源新材料股份有限公司公告增资。")["浙江绿源新材料股份有限公司"]
    assert trad.iri == simp.iri == unknown_iri("organization", "浙江绿源新材料股份有限公司")
    assert not trad.iri.startswith(ID + "org/浙江綠")


def test_short_form_of_an_unknown_company_links_to_its_full_name(nlp) -> None:
    text = "寧波東海藍帆科技股份有限公司今日公告。東海藍帆表示,新廠將於明年投產。"
    ms = [m for m in mentions(nlp, text) if m.type == "organization"]
    by_text = {m.text: m.iri for m in ms}
    assert {"寧波東海藍帆科技股份有限公司", "東海藍帆"} <= set(by_text), by_text
    assert by_text["東海藍帆"] == by_text["寧波東海藍帆科技股份有限公司"]


def test_later_mentions_of_a_found_name_are_found(nlp) -> None:
    text = "展碁國際（6776）今日掛牌。展碁國際表示,營收將成長。"
    ms = [m for m in mentions(nlp, text) if m.text == "展碁國際"]
    assert len(ms) == 2 and ms[0].iri == ms[1].iri


def test_english_name_in_brackets_is_an_alias(nlp) -> None:
    got = found(nlp, "新加坡的吉寶房地產投資信託(Keppel REIT)宣布收購。")
    assert got["Keppel REIT"].iri == got["吉寶房地產投資信託"].iri
    got = found(nlp, "青島啟明星光電科技有限公司(Qingdao Morningstar Optoelectronics)完成融資。")
    assert got["Qingdao Morningstar Optoelectronics"].iri == got["青島啟明星光電科技有限公司"].iri


def test_possessive_gives_two_entities(nlp) -> None:
    got = found(nlp, "馬斯克旗下xAI與微軟旗下GitHub都在招募工程師。")
    assert got["馬斯克"].type == "person"
    assert got["xAI"].iri == ID + "org/xai"
    assert got["微軟"].iri == ID + "org/microsoft" and "GitHub" in got


def test_ticker_in_brackets_is_an_alias_without_exchange(nlp) -> None:
    ms = mentions(nlp, "博通(AVGO-US)與甲骨文 (ORCL-US) 同步走高。")
    by_text = {m.text: m.iri for m in ms}
    assert by_text["AVGO"] == by_text["博通"] == ID + "org/broadcom"
    assert by_text["ORCL"] == ID + "org/oracle"
    assert "AVGO-US" not in by_text


# --- people ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("聯發科執行長蔡力行表示,將與輝達合作。", "蔡力行"),
        ("元大投信總經理劉宗聖說明配息政策。", "劉宗聖"),
        ("分析師郭明錤認為,新機銷量將優於預期。", "郭明錤"),
        ("美光財務長Mark Murphy指出,需求強勁。", "Mark Murphy"),
        ("華碩董事長暨執行長施崇棠出席記者會。", "施崇棠"),
        ("〔記者王怡婷／台北報導〕央行今日公布。", "王怡婷"),
        ("創辦人兼執行長歐陽志遠（David Ouyang）表示,將在台設廠。", "歐陽志遠"),
    ],
)
def test_people_next_to_titles(nlp, sentence: str, name: str) -> None:
    got = found(nlp, sentence, ("person",))
    assert name in got, got


def test_name_list_and_english_alias(nlp) -> None:
    got = found(nlp, "華碩董事長施崇棠、共同執行長胡書賓與許先越出席。", ("person",))
    assert {"施崇棠", "胡書賓", "許先越"} <= set(got)
    got = found(nlp, "創辦人兼執行長歐陽志遠（David Ouyang）表示,將在台設廠。", ("person",))
    assert got["David Ouyang"].iri == got["歐陽志遠"].iri
    got = found(nlp, "該公司與陳柏宇、林雅雯簽署協議。", ("person",))
    assert {"陳柏宇", "林雅雯"} <= set(got)


def test_known_person_keeps_gazetteer_iri_in_both_scripts(nlp) -> None:
    trad = found(nlp, "輝達執行長黃仁勳表示需求強勁。")["黃仁勳"]
    simp = found(nlp, "英伟达首席执行官黄仁勋表示需求强劲。")["黄仁勋"]
    assert trad.iri == simp.iri == ID + "person/jensen-huang"


# --- traps -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "該公司表示,政府補助將用於研發。",
        "這家公司與多家銀行洽談聯貸,業者普遍看好。",
        "美國科技公司透過債市募資。",
        "集團策略投資規劃已獲董事會通過。",
        "新創公司與上市公司的估值差距擴大。",
        "特殊目的公司(SPV)負責採購晶片。",
        "全球算力基礎建設持續擴張,再生能源需求大增。",
        "年複合成長率(CAGR)達13%,處理逾100兆Token。",
        "他在社群平台X上聲稱並未募資。",
        "「表外融資」(off-balance-sheet financing)手法引發討論。",
        "總裝置容量632MW,以10GW/1000億美元計算。",
    ],
)
def test_generic_words_are_not_organisations(nlp, sentence: str) -> None:
    got = found(nlp, sentence, ("organization", "media"))
    assert not got, got


def test_index_and_products_are_not_organisations(nlp) -> None:
    got = found(nlp, "那斯達克指數下跌,NVIDIA GPU與Blackwell架構仍供不應求。")
    assert "那斯達克" not in got
    assert "NVIDIA" in got and "NVIDIA GPU" not in got
    assert "Blackwell" not in got
    products = found(nlp, "輝達推出Blackwell晶片。", ("product",))
    assert "Blackwell" in products


def test_facilities_are_not_organisations(nlp) -> None:
    ms = mentions(nlp, "甲骨文參與星際之門計畫,xAI擴建Colossus 2資料中心。")
    types = {m.text: m.type for m in ms}
    assert types["星際之門計畫"] == "facility"
    assert types["Colossus 2"] == "facility"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("浙江绿源新材料", "浙江绿源新材料"),
        ("Blue Harbor  Partners", "blue-harbor-partners"),
        ("ＡＢＣ Ltd.", "abc-ltd."),
    ],
)
def test_slug(name: str, expected: str) -> None:
    assert slug(name) == expected


def test_byline_on_its_own_line(nlp) -> None:
    got = found(nlp, "半導體周報\n\ntechdaily.tw  蔡宜芳\n\n晶片需求持續升溫。", ("person",))
    assert "蔡宜芳" in got


def test_a_listed_ticker_links_a_full_legal_name_to_the_known_company(nlp) -> None:
    got = found(nlp, "宁德时代新能源科技股份有限公司(300750.SZ)拟在香港发行H股。")
    assert got["宁德时代新能源科技股份有限公司"].iri == ID + "org/catl"


def test_institutions_jieba_knows_as_one_word(nlp) -> None:
    got = found(nlp, "昨天,成都市人民政府與當地企業簽署合作協議。")
    assert got["成都市人民政府"].type == "organization"


def test_transliterated_name_between_title_and_verb(nlp) -> None:
    got = found(nlp, "聯合國秘書長古特瑞斯呼籲各國加強合作。", ("person",))
    assert "古特瑞斯" in got


@pytest.mark.parametrize(
    "sentence",
    [
        "總裁高度肯定團隊表現,董事會通過配息案。",
        "執行長期待明年營收成長,分析師認為估值偏高。",
        "市長選舉將於年底舉行,發言人表示尊重結果。",
        "大股東馮氏家族持股比例下降。",
    ],
)
def test_titles_followed_by_ordinary_words_are_not_people(nlp, sentence: str) -> None:
    assert not found(nlp, sentence, ("person",))


@pytest.mark.parametrize(
    ("region", "iri"), [("hongkong", "org/sfc-hk"), ("mainland", "org/csrc"), (None, "org/csrc")]
)
def test_regional_reading_of_an_ambiguous_name(nlp, region, iri: str) -> None:
    text = "證監會今日公布新規,要求上市公司加強披露。"
    article = Article(key="t", text=text, source="test", content_hash="0", region=region)
    doc = run(nlp, article)
    got = {m.text: m.iri for m in doc._.mentions}
    assert got["證監會"] == ID + iri


@pytest.mark.parametrize(
    ("text", "market", "name", "iri"),
    [
        # 國家能源 / 國家石油公司 in Malaysian news: Tenaga, Petronas (every country has one)
        pytest.param(
            "金務大獲國家能源頒發一項價值12億令吉的工程合約。",
            "malaysia",
            "國家能源",
            "org/tenaga",
            id="tenaga-hant",
        ),
        pytest.param(
            "金务大获国家能源颁发一项价值12亿令吉的工程合约。",
            "malaysia",
            "国家能源",
            "org/tenaga",
            id="tenaga-hans",
        ),
        pytest.param(
            "森那美產業獲國家石油公司頒發價值5億令吉的合約。",
            "malaysia",
            "國家石油公司",
            "org/petronas",
            id="petronas-hant",
        ),
        pytest.param(
            "森那美产业获国家石油公司颁发价值5亿令吉的合约。",
            "malaysia",
            "国家石油公司",
            "org/petronas",
            id="petronas-hans",
        ),
    ],
)
def test_a_markets_reading_of_a_national_company(nlp, text: str, market: str, name: str, iri: str) -> None:
    article = Article(key="t", text=text, source="test", content_hash="0", region="other", market=market)
    got = {m.text: m.iri for m in run(nlp, article)._.mentions}
    assert got.get(name) == ID + iri, got


@pytest.mark.parametrize("market", ["mainland", "singapore", None])
def test_a_national_company_elsewhere_is_no_malaysian_one(nlp, market: str | None) -> None:
    text = "國家能源將投資新建風電場。"
    article = Article(key="t", text=text, source="test", content_hash="0", region=None, market=market)
    got = {m.text: m.iri for m in run(nlp, article)._.mentions}
    assert ID + "org/tenaga" not in got.values(), got


# --- name boundaries, registered names, subsidiaries and affiliates ----------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name after a title, glued by jieba to the verb after it (王國|龍指)
        ("領展行政總裁王國龍指，零售物業租金已見回穩。", {"領展": "org/link-reit", "王國龍": None}),
        # a foreign country is no part of the name
        ("韓國三星集團宣布投資。", {"三星集團": "org/samsung-electronics"}),
        # a registered name: place + brand + industry words + legal suffix is the brand
        (
            "北京字节跳动科技有限公司旗下火山引擎宣布降价。",
            {
                "北京字节跳动科技有限公司": "org/bytedance",
                "火山引擎": "org/volcano-engine",
            },
        ),
        (
            "深圳市大疆创新科技有限公司（大疆）发言人回应称。",
            {
                "深圳市大疆创新科技有限公司": "org/dji",
                "大疆": "org/dji",
            },
        ),
        # a known name, industry words and an organisation word: a subsidiary, not the parent
        ("道富環球投資顧問表示看好。", {"道富環球投資顧問": "org/ssga"}),
        ("嘉信環球資產管理表示看好。", {"嘉信環球資產管理": None}),
        # place + industry words + a legal word, or + a short form in brackets
        ("新加坡報業控股今日公布業績。", {"新加坡報業控股": "org/sph"}),
        ("東帝汶國家石油公司（東油）宣布，東油將削減開支。", {"東帝汶國家石油公司": None, "東油": None}),
        # an unknown company right after 旗下 and before the verb
        ("字节跳动旗下飞书宣布裁员。", {"字节跳动": "org/bytedance", "飞书": None}),
        # a one-character verb between a known name and a place-tied organisation stays a verb
        ("兆豐撤墨爾本分行。", {"兆豐": "org/mega-fh", "墨爾本分行": None}),
    ],
)
def test_boundaries_registered_names_and_affiliates(
    nlp, sentence: str, expected: dict[str, str | None]
) -> None:
    got = found(nlp, sentence)
    assert set(got) == set(expected), got
    for name, iri in expected.items():
        if iri is not None:
            assert got[name].iri == ID + iri, (name, got[name].iri)
    if "東油" in expected:
        assert len({m.iri for m in mentions(nlp, sentence) if m.text in expected}) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "該集團旗下基金今日宣布，旗下業務將分拆。",
        "新鴻基地產宣布，旗下將軍澳新盤首輪推售320伙。",
        "全球算力基礎建設持續擴張。",
        "多家新加坡科技公司裁員。",
    ],
)
def test_affiliate_and_place_rules_leave_generic_phrases(nlp, sentence: str) -> None:
    got = found(nlp, sentence, ("organization", "media"))
    assert set(got) <= {"新鴻基地產"}, got


# --- organisation words glued to other words; words that end a name only before an alias ----
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an organisation word jieba glued to an industry word (顧問公司, 電力公司)
        ("群益證券投資顧問公司研究員黃志明指出。", {"群益證券投資顧問公司": None, "黃志明": None}),
        ("美國電力公司（AEP）宣布擴建輸電網。", {"美國電力公司": None, "AEP": None}),
        # a known name, industry words and 公司: a subsidiary
        ("凱基證券投資顧問公司分析師李怡婷認為。", {"凱基證券投資顧問公司": None, "李怡婷": None}),
        # 工程 / 機器人 end a name before its ticker or Latin name
        ("中鼎工程（9933）董事長余俊彥表示。", {"中鼎工程": None, "余俊彥": None}),
        # after 旗下, a name ends before a title or a regional division with a title
        (
            "美的集团旗下库卡机器人中国区总裁王振华表示。",
            {"美的集团": None, "库卡机器人": None, "王振华": None},
        ),
        # a foreign country before a known name and its legal word is no part of it
        ("德國福斯汽車集團宣布裁員。", {"福斯汽車集團": "org/volkswagen"}),
        # a lone character jieba split off the front of a name (大|聯大, 大|東方)
        ("華僑銀行旗下大東方控股上季盈利增長。", {"華僑銀行": None, "大東方控股": None}),
    ],
)
def test_glued_organisation_words_and_alias_bound_endings(
    nlp, sentence: str, expected: dict[str, str | None]
) -> None:
    got = found(nlp, sentence)
    assert set(got) == set(expected), got
    for name, iri in expected.items():
        if iri is not None:
            assert got[name].iri == ID + iri, (name, got[name].iri)


@pytest.mark.parametrize(
    "sentence",
    [
        "這家顧問公司表示，將協助客戶轉型。",
        "一家投資顧問公司今年獲利大增。",
        "多家科技公司與電力公司洽談長期購電協議。",
        "該公司表示，母公司將持續注資，子公司亦同步增資。",
        "當地建設公司承攬這項工程（第二期）。",
        "服務機器人（AMR）出貨量大增。",
    ],
)
def test_glued_suffix_and_alias_rules_leave_generic_phrases(nlp, sentence: str) -> None:
    assert found(nlp, sentence, ("organization", "media")) == {}
