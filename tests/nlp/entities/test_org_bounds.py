"""Where an organisation's name begins and ends, and names read whole (issue 13).

Registered names whose legal form follows a group word (…集團有限責任公司), a local government's
departments whose official names jieba cuts around a conjunction (…經濟和信息化局), place-tied
institutions (a city's exchange, a province's industry fund), industry words that end a trade
name (…教育, …醫療, …水務). Every name below is invented or another real company's, every
sentence written for these tests, in both scripts; negative rows are common phrases ending in
the same words.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import ORG_TYPES, found


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


NAMES_READ_WHOLE = [
    # a group word before 有限責任公司
    pytest.param(
        "四川省嵐翊投資集團有限責任公司獲得銀行授信。",
        ["四川省嵐翊投資集團有限責任公司"],
        [],
        id="group-llc-hant",
    ),
    pytest.param(
        "四川省岚翊投资集团有限责任公司获得银行授信。",
        ["四川省岚翊投资集团有限责任公司"],
        [],
        id="group-llc-hans",
    ),
    pytest.param(
        "成都高新投資集團有限責任公司完成發債。",
        ["成都高新投資集團有限責任公司"],
        [],
        id="zone-group-llc-hant",
    ),
    pytest.param(
        "成都高新投资集团有限责任公司完成发债。",
        ["成都高新投资集团有限责任公司"],
        [],
        id="zone-group-llc-hans",
    ),
    pytest.param("澄源控股有限責任公司擬增資。", ["澄源控股有限責任公司"], [], id="holding-llc-hant"),
    pytest.param("澄源控股有限责任公司拟增资。", ["澄源控股有限责任公司"], [], id="holding-llc-hans"),
    # a place and an industry word at a clause start doing what a company does
    pytest.param("四川路橋公告，中標一項工程。", ["四川路橋"], [], id="place-industry-notice-hant"),
    pytest.param("四川路桥公告，中标一项工程。", ["四川路桥"], [], id="place-industry-notice-hans"),
    pytest.param("浙江建工宣布收購一家設計院。", ["浙江建工"], [], id="place-industry-acts-hant"),
    pytest.param("浙江建工宣布收购一家设计院。", ["浙江建工"], [], id="place-industry-acts-hans"),
    pytest.param("香港地產股價大跌。", [], ["香港地產"], id="place-industry-sector-hant"),
    pytest.param("香港地产股价大跌。", [], ["香港地产"], id="place-industry-sector-hans"),
    pytest.param("廣東能源消費增長。", [], ["廣東能源"], id="place-industry-noun-hant"),
    pytest.param("广东能源消费增长。", [], ["广东能源"], id="place-industry-noun-hans"),
    # a local government's departments
    pytest.param("北京市經濟和信息化局發布通知。", ["北京市經濟和信息化局"], [], id="econ-it-bureau-hant"),
    pytest.param("北京市经济和信息化局发布通知。", ["北京市经济和信息化局"], [], id="econ-it-bureau-hans"),
    pytest.param(
        "杭州市住房和城鄉建設局批覆了方案。", ["杭州市住房和城鄉建設局"], [], id="housing-bureau-hant"
    ),
    pytest.param(
        "杭州市住房和城乡建设局批复了方案。", ["杭州市住房和城乡建设局"], [], id="housing-bureau-hans"
    ),
    pytest.param(
        "浙江省人力資源和社會保障廳表示支持。", ["浙江省人力資源和社會保障廳"], [], id="hr-department-hant"
    ),
    pytest.param(
        "浙江省人力资源和社会保障厅表示支持。", ["浙江省人力资源和社会保障厅"], [], id="hr-department-hans"
    ),
    pytest.param(
        "上海市地方金融監督管理局指出，風險可控。", ["上海市地方金融監督管理局"], [], id="finance-bureau-hant"
    ),
    pytest.param(
        "上海市地方金融监督管理局指出，风险可控。", ["上海市地方金融监督管理局"], [], id="finance-bureau-hans"
    ),
    pytest.param(
        "深圳市南山區科技創新局發布通知。", ["深圳市南山區科技創新局"], [], id="district-bureau-hant"
    ),
    pytest.param(
        "深圳市南山区科技创新局发布通知。", ["深圳市南山区科技创新局"], [], id="district-bureau-hans"
    ),
    pytest.param("杭州市投資促進局表示歡迎。", ["杭州市投資促進局"], [], id="any-bureau-hant"),
    pytest.param("杭州市投资促进局表示欢迎。", ["杭州市投资促进局"], [], id="any-bureau-hans"),
    pytest.param("成都市水務局表示，工程將於年底完工。", ["成都市水務局"], [], id="glued-bureau-hant"),
    pytest.param("成都市水务局表示，工程将于年底完工。", ["成都市水务局"], [], id="glued-bureau-hans"),
    pytest.param(
        "廣州市規劃和自然資源局批覆了方案。", ["廣州市規劃和自然資源局"], [], id="planning-bureau-hant"
    ),
    pytest.param(
        "广州市规划和自然资源局批复了方案。", ["广州市规划和自然资源局"], [], id="planning-bureau-hans"
    ),
    pytest.param("上海市衛生健康委員會通報。", ["上海市衛生健康委員會"], [], id="health-commission-hant"),
    pytest.param("上海市卫生健康委员会通报。", ["上海市卫生健康委员会"], [], id="health-commission-hans"),
    pytest.param("美國當局表示將加強審查。", [], ["美國當局"], id="authorities-hant"),
    pytest.param("美国当局表示将加强审查。", [], ["美国当局"], id="authorities-hans"),
    pytest.param("公司打開了局面。", [], ["局面"], id="bureau-char-word-hant"),
    pytest.param("公司打开了局面。", [], ["局面"], id="bureau-char-word-hans"),
    # place-tied institutions: an exchange, a fund, a trading centre
    pytest.param("深圳市數據交易所正式揭牌。", ["深圳市數據交易所"], [], id="city-exchange-hant"),
    pytest.param("深圳市数据交易所正式揭牌。", ["深圳市数据交易所"], [], id="city-exchange-hans"),
    pytest.param("貴陽大數據交易所宣布成立。", ["貴陽大數據交易所"], [], id="city-data-exchange-hant"),
    pytest.param("贵阳大数据交易所宣布成立。", ["贵阳大数据交易所"], [], id="city-data-exchange-hans"),
    pytest.param("浙江省產業基金出資5億元。", ["浙江省產業基金"], [], id="province-fund-hant"),
    pytest.param("浙江省产业基金出资5亿元。", ["浙江省产业基金"], [], id="province-fund-hans"),
    pytest.param("合肥市引導基金參與本輪投資。", ["合肥市引導基金"], [], id="city-guidance-fund-hant"),
    pytest.param("合肥市引导基金参与本轮投资。", ["合肥市引导基金"], [], id="city-guidance-fund-hans"),
    pytest.param(
        "上海市公共資源交易中心發布公告。", ["上海市公共資源交易中心"], [], id="trading-centre-hant"
    ),
    pytest.param(
        "上海市公共资源交易中心发布公告。", ["上海市公共资源交易中心"], [], id="trading-centre-hans"
    ),
    pytest.param("兩地交易所同步上線。", [], ["兩地交易所"], id="no-place-exchange-hant"),
    pytest.param("两地交易所同步上线。", [], ["两地交易所"], id="no-place-exchange-hans"),
    pytest.param("該基金獲得產業基金支持。", [], ["產業基金"], id="bare-industry-fund-hant"),
    pytest.param("该基金获得产业基金支持。", [], ["产业基金"], id="bare-industry-fund-hans"),
    # industry words that end a trade name
    pytest.param("大馬嵐翊建築宣布擴展業務。", ["大馬嵐翊建築"], [], id="construction-hant"),
    pytest.param("大马岚翊建筑宣布扩展业务。", ["大马岚翊建筑"], [], id="construction-hans"),
    pytest.param("推動綠色建築發展。", [], ["綠色建築"], id="construction-phrase-hant"),
    pytest.param("推动绿色建筑发展。", [], ["绿色建筑"], id="construction-phrase-hans"),
    pytest.param("嵐翊教育宣布完成5億元融資。", ["嵐翊教育"], [], id="education-hant"),
    pytest.param("岚翊教育宣布完成5亿元融资。", ["岚翊教育"], [], id="education-hans"),
    pytest.param("公司向澄岳醫療收購30%股權。", ["澄岳醫療"], [], id="medical-hant"),
    pytest.param("公司向澄岳医疗收购30%股权。", ["澄岳医疗"], [], id="medical-hans"),
    pytest.param("瀚藍水務表示，項目年底投產。", ["瀚藍水務"], [], id="water-hant"),
    pytest.param("瀚蓝水务表示，项目年底投产。", ["瀚蓝水务"], [], id="water-hans"),
    pytest.param("凱岳儲能與當地政府簽約。", ["凱岳儲能"], [], id="storage-hant"),
    pytest.param("凯岳储能与当地政府签约。", ["凯岳储能"], [], id="storage-hans"),
    pytest.param("翔鷺文旅獲得授信。", ["翔鷺文旅"], [], id="culture-tourism-hant"),
    pytest.param("翔鹭文旅获得授信。", ["翔鹭文旅"], [], id="culture-tourism-hans"),
    pytest.param(
        "公司將加強職業教育與高等教育投入。", [], ["職業教育", "高等教育"], id="education-phrase-hant"
    ),
    pytest.param(
        "公司将加强职业教育与高等教育投入。", [], ["职业教育", "高等教育"], id="education-phrase-hans"
    ),
    pytest.param("全球醫療器械市場擴大。", [], ["全球醫療"], id="medical-phrase-hant"),
    pytest.param("全球医疗器械市场扩大。", [], ["全球医疗"], id="medical-phrase-hans"),
    pytest.param("公司將擴大文旅投資。", [], ["文旅"], id="tourism-phrase-hant"),
    pytest.param("公司将扩大文旅投资。", [], ["文旅"], id="tourism-phrase-hans"),
    pytest.param(
        "希望醫療宣布收購一家診所。",
        ["希望醫療"],
        [],
        id="common-verb-trade-name-hant",
        marks=_xfail("a trade name that is a common verb (希望) and an industry word"),
    ),
    pytest.param(
        "希望医疗宣布收购一家诊所。",
        ["希望医疗"],
        [],
        id="common-verb-trade-name-hans",
        marks=_xfail("a trade name that is a common verb (希望) and an industry word"),
    ),
]


BOUNDARIES = [
    # an organisation word whose first character jieba glued to the unknown name before it
    pytest.param("澄岳新材料宣布擴產。", ["澄岳新材料"], [], id="glued-industry-initial-hant"),
    pytest.param("澄岳新材料宣布扩产。", ["澄岳新材料"], [], id="glued-industry-initial-hans"),
    pytest.param("公司與澄岳新材料簽署合作協議。", ["澄岳新材料"], [], id="glued-industry-partner-hant"),
    pytest.param("公司与澄岳新材料签署合作协议。", ["澄岳新材料"], [], id="glued-industry-partner-hans"),
    # a preposition glued to the name after it is no part of it
    pytest.param("據瀚藍集團指出，需求旺盛。", ["瀚藍集團"], ["據瀚藍集團"], id="according-to-hant"),
    pytest.param("据瀚蓝集团指出，需求旺盛。", ["瀚蓝集团"], ["据瀚蓝集团"], id="according-to-hans"),
    # a branch of an organisation the gazetteer does not know, with or without its legal form
    pytest.param("澄岳銀行蘇州分行向該公司提供貸款。", ["澄岳銀行蘇州分行"], ["蘇州分行"], id="branch-hant"),
    pytest.param("澄岳银行苏州分行向该公司提供贷款。", ["澄岳银行苏州分行"], ["苏州分行"], id="branch-hans"),
    pytest.param(
        "嵐翊保險股份有限公司北京市分公司承保。",
        ["嵐翊保險股份有限公司北京市分公司"],
        [],
        id="legal-branch-hant",
    ),
    pytest.param(
        "岚翊保险股份有限公司北京市分公司承保。",
        ["岚翊保险股份有限公司北京市分公司"],
        [],
        id="legal-branch-hans",
    ),
    pytest.param("興業銀行杭州分行牽頭銀團。", ["興業銀行杭州分行"], [], id="known-bank-branch-hant"),
    pytest.param("兴业银行杭州分行牵头银团。", ["兴业银行杭州分行"], [], id="known-bank-branch-hans"),
    # a word saying what the company is ends the walk left (企業, 車企, 券商 before the name)
    pytest.param(
        "深圳本土企業澄岳科技完成融資。", ["澄岳科技"], ["深圳本土企業澄岳科技"], id="enterprise-before-hant"
    ),
    pytest.param(
        "深圳本土企业澄岳科技完成融资。", ["澄岳科技"], ["深圳本土企业澄岳科技"], id="enterprise-before-hans"
    ),
    pytest.param(
        "杭州企業嵐翊電子宣布擴產。", ["嵐翊電子"], ["杭州企業嵐翊電子"], id="city-enterprise-before-hant"
    ),
    pytest.param(
        "杭州企业岚翊电子宣布扩产。", ["岚翊电子"], ["杭州企业岚翊电子"], id="city-enterprise-before-hans"
    ),
    pytest.param(
        "上海嵐翊企業管理諮詢有限公司認購。",
        ["上海嵐翊企業管理諮詢有限公司"],
        [],
        id="enterprise-inside-hant",
    ),
    pytest.param(
        "上海岚翊企业管理咨询有限公司认购。",
        ["上海岚翊企业管理咨询有限公司"],
        [],
        id="enterprise-inside-hans",
    ),
    pytest.param("經澄岳科技董事會審議。", ["澄岳科技"], ["經澄岳科技"], id="through-glued-hant"),
    pytest.param("经澄岳科技董事会审议。", ["澄岳科技"], ["经澄岳科技"], id="through-glued-hans"),
    pytest.param(
        "新能源車企澄岳汽車宣布融資。",
        ["澄岳汽車"],
        [],
        id="carmaker-glued-hant",
        marks=_xfail("jieba cuts 車|企澄岳: the descriptor split across two tokens"),
    ),
    pytest.param(
        "新能源车企澄岳汽车宣布融资。",
        ["澄岳汽车"],
        [],
        id="carmaker-glued-hans",
        marks=_xfail("jieba cuts 车|企澄岳: the descriptor split across two tokens"),
    ),
    # a government body's centre and a bureau's branch named right after the body
    pytest.param(
        "國家藥品監督管理局藥品審評中心受理申請。",
        ["國家藥品監督管理局藥品審評中心"],
        [],
        id="body-centre-hant",
    ),
    pytest.param(
        "国家药品监督管理局药品审评中心受理申请。",
        ["国家药品监督管理局药品审评中心"],
        [],
        id="body-centre-hans",
    ),
    pytest.param(
        "國家發改委價格監測中心發布報告。", ["國家發改委價格監測中心"], [], id="commission-centre-hant"
    ),
    pytest.param(
        "国家发改委价格监测中心发布报告。", ["国家发改委价格监测中心"], [], id="commission-centre-hans"
    ),
    pytest.param("國家外匯管理局上海市分局表示。", ["國家外匯管理局上海市分局"], [], id="bureau-branch-hant"),
    pytest.param("国家外汇管理局上海市分局表示。", ["国家外汇管理局上海市分局"], [], id="bureau-branch-hans"),
    pytest.param(
        "金管會拚亞資中心，推動改革。", ["金管會"], ["金管會拚亞資中心"], id="body-verb-centre-hant"
    ),
    pytest.param(
        "金管会拚亚资中心，推动改革。", ["金管会"], ["金管会拚亚资中心"], id="body-verb-centre-hans"
    ),
    pytest.param("國家統計局表示，中心城區房價下跌。", ["國家統計局"], [], id="centre-elsewhere-hant"),
    pytest.param("国家统计局表示，中心城区房价下跌。", ["国家统计局"], [], id="centre-elsewhere-hans"),
    pytest.param(
        "國家能源局在數據中心建設方面表示。", ["國家能源局"], [], id="centre-after-preposition-hant"
    ),
    pytest.param(
        "国家能源局在数据中心建设方面表示。", ["国家能源局"], [], id="centre-after-preposition-hans"
    ),
    # a Latin word inside a bare name counts as one character of its length
    pytest.param("嵐翊Capital宣布完成募資。", ["嵐翊Capital"], ["Capital"], id="latin-end-bare-hant"),
    pytest.param("岚翊Capital宣布完成募资。", ["岚翊Capital"], ["Capital"], id="latin-end-bare-hans"),
    pytest.param("本輪由澄岳Ventures領投。", ["澄岳Ventures"], [], id="latin-end-lead-hant"),
    pytest.param("本轮由澄岳Ventures领投。", ["澄岳Ventures"], [], id="latin-end-lead-hans"),
    # a place in brackets after a bare name is part of its registered name
    pytest.param("澄岳（中國）宣布完成融資。", ["澄岳（中國）"], [], id="bare-bracket-place-hant"),
    pytest.param("澄岳（中国）宣布完成融资。", ["澄岳（中国）"], [], id="bare-bracket-place-hans"),
    pytest.param("公司向嵐翊（香港）收購股權。", ["嵐翊（香港）"], [], id="party-bracket-place-hant"),
    pytest.param("公司向岚翊（香港）收购股权。", ["岚翊（香港）"], [], id="party-bracket-place-hans"),
    # a series number jieba cut into a number and its character (1|號, 2|期)
    pytest.param("嵐翊1號基金出資3億元。", ["嵐翊1號基金"], [], id="series-number-hant"),
    pytest.param("岚翊1号基金出资3亿元。", ["岚翊1号基金"], [], id="series-number-hans"),
    pytest.param("澄岳2期基金完成募集。", ["澄岳2期基金"], [], id="series-phase-hant"),
    pytest.param("澄岳2期基金完成募集。", ["澄岳2期基金"], [], id="series-phase-hans"),
    pytest.param("公司設立1號基金。", [], ["1號基金"], id="series-alone-hant"),
    pytest.param("公司设立1号基金。", [], ["1号基金"], id="series-alone-hans"),
    # a fund's series after its head word (X基金三期, X基金第二期) is part of its name
    pytest.param("嵐翊科技基金三期完成募集。", ["嵐翊科技基金三期"], [], id="fund-series-after-head-hant"),
    pytest.param("岚翊科技基金三期完成募集。", ["岚翊科技基金三期"], [], id="fund-series-after-head-hans"),
    pytest.param("澄岳創新基金第二期目標規模20億元。", ["澄岳創新基金第二期"], [], id="fund-nth-series-hant"),
    pytest.param("澄岳创新基金第二期目标规模20亿元。", ["澄岳创新基金第二期"], [], id="fund-nth-series-hans"),
    pytest.param("該基金二期已完成募集。", [], ["基金二期", "該基金二期"], id="fund-series-alone-hant"),
    pytest.param("该基金二期已完成募集。", [], ["基金二期", "该基金二期"], id="fund-series-alone-hans"),
    # a partnership's role nouns (普通合伙人, 有限合伙人) are no name with an officer's title
    pytest.param(
        "該基金的普通合夥人為嵐翊資本管理有限公司。",
        ["嵐翊資本管理有限公司"],
        ["普通"],
        id="general-partner-role-hant",
    ),
    pytest.param(
        "该基金的普通合伙人为岚翊资本管理有限公司。",
        ["岚翊资本管理有限公司"],
        ["普通"],
        id="general-partner-role-hans",
    ),
    pytest.param(
        "基金目標規模為20億元，普通合夥人為澄岳創投。", ["澄岳創投"], ["普通"], id="gp-after-size-hant"
    ),
    pytest.param(
        "基金目标规模为20亿元，普通合伙人为澄岳创投。", ["澄岳创投"], ["普通"], id="gp-after-size-hans"
    ),
    # a verb or a preposition between two names joins them; neither is part of a name
    pytest.param("嵐翊能源攜手澄岳電子投資建廠。", ["嵐翊能源", "澄岳電子"], [], id="hand-in-hand-hant"),
    pytest.param("岚翊能源携手澄岳电子投资建厂。", ["岚翊能源", "澄岳电子"], [], id="hand-in-hand-hans"),
    pytest.param("嵐翊能源聯合澄岳電子成立基金。", ["嵐翊能源", "澄岳電子"], [], id="jointly-hant"),
    pytest.param("岚翊能源联合澄岳电子成立基金。", ["岚翊能源", "澄岳电子"], [], id="jointly-hans"),
    pytest.param("嵐翊能源同澄岳電子簽約。", ["嵐翊能源", "澄岳電子"], [], id="with-glued-hant"),
    pytest.param("岚翊能源同澄岳电子签约。", ["岚翊能源", "澄岳电子"], [], id="with-glued-hans"),
    pytest.param("嵐翊能源替澄岳電子擔保。", ["嵐翊能源", "澄岳電子"], [], id="for-glued-hant"),
    pytest.param("岚翊能源替澄岳电子担保。", ["岚翊能源", "澄岳电子"], [], id="for-glued-hans"),
    pytest.param("中國能源建設集團宣布。", ["中國能源建設集團"], [], id="verb-before-suffix-hant"),
    pytest.param("中国能源建设集团宣布。", ["中国能源建设集团"], [], id="verb-before-suffix-hans"),
    # 控股股东 (controlling shareholder) takes its 控股 from the name before it
    pytest.param(
        "格力電器控股股東擬轉讓股權。", ["格力電器"], ["格力電器控股"], id="controlling-holder-known-hant"
    ),
    pytest.param(
        "格力电器控股股东拟转让股权。", ["格力电器"], ["格力电器控股"], id="controlling-holder-known-hans"
    ),
    pytest.param(
        "澄岳科技控股股東擬減持股份。", ["澄岳科技"], ["澄岳科技控股"], id="controlling-holder-unknown-hant"
    ),
    pytest.param(
        "澄岳科技控股股东拟减持股份。", ["澄岳科技"], ["澄岳科技控股"], id="controlling-holder-unknown-hans"
    ),
    # ... but X控股's shareholders' meeting keeps the name, and so does a name alone
    pytest.param("澄岳控股股東大會通過決議。", ["澄岳控股"], [], id="holding-shareholders-meeting-hant"),
    pytest.param("澄岳控股股东会通过决议。", ["澄岳控股"], [], id="holding-shareholders-meeting-hans"),
    pytest.param("澄岳控股宣布收購一家公司。", ["澄岳控股"], [], id="holding-alone-hant"),
    # a noun saying what the company makes (電池廠, 無人機廠) ends the walk left, also glued to the name
    pytest.param("國發基金增資無人機廠嵐翊科技。", ["嵐翊科技"], ["廠嵐翊科技"], id="maker-glued-hant"),
    pytest.param("国发基金增资无人机厂岚翊科技。", ["岚翊科技"], ["厂岚翊科技"], id="maker-glued-hans"),
    pytest.param("無人機廠澄岳航太宣布擴產。", ["澄岳航太"], ["無人機廠澄岳航太"], id="maker-before-hant"),
    pytest.param("无人机厂澄岳航太宣布扩产。", ["澄岳航太"], ["无人机厂澄岳航太"], id="maker-before-hans"),
    pytest.param("鴻海入股印度電池廠Nova Cell。", ["Nova Cell"], [], id="maker-latin-hant"),
    pytest.param("鸿海入股印度电池厂Nova Cell。", ["Nova Cell"], [], id="maker-latin-hans"),
    pytest.param("日月光併購韓國封測廠KTA。", ["KTA"], [], id="maker-acronym-hant"),
    pytest.param("日月光并购韩国封测厂KTA。", ["KTA"], [], id="maker-acronym-hans"),
    # ... but a plant's name after 工廠 / 電廠 is no company
    pytest.param("特斯拉柏林超級工廠Giga Berlin擴產。", [], ["Giga Berlin"], id="plant-latin-hant"),
    pytest.param("特斯拉柏林超级工厂Giga Berlin扩产。", [], ["Giga Berlin"], id="plant-latin-hans"),
    # a technology word of a digit and letters inside a trade name, not a quantity
    pytest.param("嵐翊3D科技完成融資。", ["嵐翊3D科技"], [], id="digit-tech-word-hant"),
    pytest.param("岚翊3D科技完成融资。", ["岚翊3D科技"], [], id="digit-tech-word-hans"),
    pytest.param("公司推出5G科技產品。", [], ["5G科技"], id="digit-tech-alone-hant"),
    pytest.param("公司推出5G科技产品。", [], ["5G科技"], id="digit-tech-alone-hans"),
]


AFTER_THE_NAME = [
    # 方面, 官方, 相關負責人 after a name: the company's side speaks, the name ends before them
    pytest.param("嵐翊方面表示，項目進展順利。", ["嵐翊"], ["嵐翊方面"], id="side-bare-hant"),
    pytest.param("岚翊方面表示，项目进展顺利。", ["岚翊"], ["岚翊方面"], id="side-bare-hans"),
    pytest.param("澄岳科技方面表示，將按期交付。", ["澄岳科技"], [], id="side-industry-hant"),
    pytest.param("澄岳科技方面表示，将按期交付。", ["澄岳科技"], [], id="side-industry-hans"),
    pytest.param("凱岳相關負責人表示，訂單充足。", ["凱岳"], [], id="officer-bare-hant"),
    pytest.param("凯岳相关负责人表示，订单充足。", ["凯岳"], [], id="officer-bare-hans"),
    pytest.param("嵐翊電子官方發布消息。", ["嵐翊電子"], [], id="official-hant"),
    pytest.param("岚翊电子官方发布消息。", ["岚翊电子"], [], id="official-hans"),
    pytest.param("美國方面表示，關稅將上調。", [], ["美國"], id="side-country-hant"),
    pytest.param("美国方面表示，关税将上调。", [], ["美国"], id="side-country-hans"),
    pytest.param("市場方面表示樂觀。", [], ["市場"], id="side-common-noun-hant"),
    pytest.param("市场方面表示乐观。", [], ["市场"], id="side-common-noun-hans"),
    # a regional division and a title after the name
    pytest.param("嵐翊電子北美區總裁表示看好。", ["嵐翊電子"], [], id="region-title-split-hant"),
    pytest.param("岚翊电子北美区总裁表示看好。", ["岚翊电子"], [], id="region-title-split-hans"),
    pytest.param("澄岳科技亞太區董事總經理王大明表示。", ["澄岳科技"], [], id="region-title-word-hant"),
    pytest.param("澄岳科技亚太区董事总经理王大明表示。", ["澄岳科技"], [], id="region-title-word-hans"),
]


PARTY_SLOTS = [
    # a foreign country between the slot's cue and the name: the cue still marks the name, which
    # keeps the country it is written with (as 法國梅里埃集團; a known name drops it)
    pytest.param("國巨將收購日本嵐翊電機全部股權。", ["日本嵐翊電機"], [], id="country-after-verb-hant"),
    pytest.param("国巨将收购日本岚翊电机全部股权。", ["日本岚翊电机"], [], id="country-after-verb-hans"),
    pytest.param("鴻海與美國澄岳動力簽署合作協議。", ["美國澄岳動力"], [], id="country-after-partner-hant"),
    pytest.param("鸿海与美国澄岳动力签署合作协议。", ["美国澄岳动力"], [], id="country-after-partner-hans"),
    pytest.param("國巨將收購日本一家感測器廠。", [], ["一家感測器廠"], id="country-then-counted-noun-hant"),
    # a common noun or an adjective and an industry word between an opener and a deal verb
    pytest.param("本輪由星火醫療領投，老股東跟投。", ["星火醫療"], [], id="led-by-noun-industry-hant"),
    pytest.param("本轮由星火医疗领投，老股东跟投。", ["星火医疗"], [], id="led-by-noun-industry-hans"),
    pytest.param("公司向先鋒教育收購30%股權。", ["先鋒教育"], [], id="bought-from-noun-industry-hant"),
    pytest.param("公司向先锋教育收购30%股权。", ["先锋教育"], [], id="bought-from-noun-industry-hans"),
    pytest.param("公司獲產業基金投資。", [], ["產業基金"], id="kind-of-investor-hant"),
    pytest.param("公司获产业基金投资。", [], ["产业基金"], id="kind-of-investor-hans"),
    pytest.param("公司與地方政府簽署協議。", [], ["地方政府"], id="local-government-hant"),
    pytest.param("公司与地方政府签署协议。", [], ["地方政府"], id="local-government-hans"),
    pytest.param("本輪由產業資本領投。", [], ["產業資本"], id="industrial-capital-hant"),
    pytest.param("本轮由产业资本领投。", [], ["产业资本"], id="industrial-capital-hans"),
    pytest.param("公司與央企簽署協議。", [], ["央企"], id="descriptor-alone-hant"),
    pytest.param("公司与央企签署协议。", [], ["央企"], id="descriptor-alone-hans"),
    pytest.param("險資入股多家銀行。", [], ["險資"], id="kind-of-money-hant"),
    pytest.param("险资入股多家银行。", [], ["险资"], id="kind-of-money-hans"),
    pytest.param("國家隊入股多家銀行。", [], ["國家隊"], id="kind-of-player-hant"),
    pytest.param("国家队入股多家银行。", [], ["国家队"], id="kind-of-player-hans"),
    pytest.param("公司與科技公司合作。", [], ["科技公司"], id="tech-company-hant"),
    pytest.param("公司与科技公司合作。", [], ["科技公司"], id="tech-company-hans"),
    pytest.param(
        "該行與北方物流簽署協議。",
        ["北方物流"],
        [],
        id="direction-word-party-hant",
        marks=_xfail("a direction word (北方) begins no bare name"),
    ),
    pytest.param(
        "该行与北方物流签署协议。",
        ["北方物流"],
        [],
        id="direction-word-party-hans",
        marks=_xfail("a direction word (北方) begins no bare name"),
    ),
    # 等 closes a list of names before their predicate or closer
    pytest.param(
        "本輪由澄源領投，嵐翊、凱岳等跟投。", ["澄源", "嵐翊", "凱岳"], [], id="list-end-follow-hant"
    ),
    pytest.param(
        "本轮由澄源领投，岚翊、凯岳等跟投。", ["澄源", "岚翊", "凯岳"], [], id="list-end-follow-hans"
    ),
    pytest.param("餘下股份由嵐翊等承購。", ["嵐翊"], [], id="list-end-underwrite-hant"),
    pytest.param("余下股份由岚翊等承购。", ["岚翊"], [], id="list-end-underwrite-hans"),
    pytest.param("新股由凱岳認購。", ["凱岳"], [], id="subscribed-by-hant"),
    pytest.param("新股由凯岳认购。", ["凯岳"], [], id="subscribed-by-hans"),
    pytest.param("本輪由專家等參與。", [], ["專家"], id="list-end-people-hant"),
    pytest.param("本轮由专家等参与。", [], ["专家"], id="list-end-people-hans"),
    pytest.param("市場等待消息。", [], ["市場"], id="wait-not-list-end-hant"),
    pytest.param("市场等待消息。", [], ["市场"], id="wait-not-list-end-hans"),
    # a capitalised Latin phrase between an opener and a deal verb
    pytest.param("該公司與Harbor Ridge簽署買賣協議。", ["Harbor Ridge"], [], id="latin-partner-hant"),
    pytest.param("该公司与Harbor Ridge签署买卖协议。", ["Harbor Ridge"], [], id="latin-partner-hans"),
    pytest.param("本輪由Blue Harbor領投。", ["Blue Harbor"], [], id="latin-lead-hant"),
    pytest.param("本轮由Blue Harbor领投。", ["Blue Harbor"], [], id="latin-lead-hans"),
    pytest.param("公司向Northern Lights收購30%股權。", ["Northern Lights"], [], id="latin-seller-hant"),
    pytest.param("公司向Northern Lights收购30%股权。", ["Northern Lights"], [], id="latin-seller-hans"),
    # a capitalised Latin phrase where only a company stands
    pytest.param("Blue Harbor宣布完成募資。", ["Blue Harbor"], [], id="latin-company-act-hant"),
    pytest.param("Blue Harbor宣布完成募资。", ["Blue Harbor"], [], id="latin-company-act-hans"),
    pytest.param("Red Rock旗下基金入股該公司。", ["Red Rock"], [], id="latin-affiliates-hant"),
    pytest.param("Red Rock旗下基金入股该公司。", ["Red Rock"], [], id="latin-affiliates-hans"),
    pytest.param("投資方包括Blue Harbor等。", ["Blue Harbor"], [], id="latin-introducer-hant"),
    pytest.param("投资方包括Blue Harbor等。", ["Blue Harbor"], [], id="latin-introducer-hans"),
    pytest.param(
        "投資方包括Blue Harbor、Red Rock等。", ["Blue Harbor", "Red Rock"], [], id="latin-list-hant"
    ),
    pytest.param(
        "投资方包括Blue Harbor、Red Rock等。", ["Blue Harbor", "Red Rock"], [], id="latin-list-hans"
    ),
    pytest.param(
        "股東包括紅杉中國、Blue Harbor及Red Rock。", ["Blue Harbor", "Red Rock"], [], id="latin-members-hant"
    ),
    pytest.param(
        "股东包括红杉中国、Blue Harbor及Red Rock。", ["Blue Harbor", "Red Rock"], [], id="latin-members-hans"
    ),
    pytest.param("輝達、GPU等概念股大漲。", ["輝達"], ["GPU"], id="latin-trade-word-hant"),
    pytest.param("辉达、GPU等概念股大涨。", [], ["GPU"], id="latin-trade-word-hans"),
    pytest.param("John Smith表示，將辭職。", [], ["John Smith"], id="latin-speaker-hant"),
    pytest.param("John Smith表示，将辞职。", [], ["John Smith"], id="latin-speaker-hans"),
    pytest.param("他在Blue Harbor工作多年。", [], ["Blue Harbor"], id="latin-no-slot-hant"),
    pytest.param("他在Blue Harbor工作多年。", [], ["Blue Harbor"], id="latin-no-slot-hans"),
    pytest.param(
        "公司與John Smith簽署協議。",
        [],
        ["John Smith"],
        id="latin-person-party-hant",
    ),
    pytest.param(
        "公司与John Smith签署协议。",
        [],
        ["John Smith"],
        id="latin-person-party-hans",
    ),
]


SUBJECTS = [
    # a distinctive bare name at a clause start doing what a company (and a person) does
    pytest.param("澄源宣布，將在越南建廠。", ["澄源"], [], id="announces-hant"),
    pytest.param("澄源宣布，将在越南建厂。", ["澄源"], [], id="announces-hans"),
    pytest.param("嵐翊表示，今年營收將增長。", ["嵐翊"], [], id="says-hant"),
    pytest.param("岚翊表示，今年营收将增长。", ["岚翊"], [], id="says-hans"),
    pytest.param("凱岳完成對嵐翊的收購。", ["凱岳"], [], id="completes-hant"),
    pytest.param("凯岳完成对岚翊的收购。", ["凯岳"], [], id="completes-hans"),
    pytest.param("澄源入股嵐翊。", ["澄源"], [], id="buys-into-hant"),
    pytest.param("澄源入股岚翊。", ["澄源"], [], id="buys-into-hans"),
    pytest.param("澄源透過子公司收購一家工廠。", ["澄源"], [], id="through-subsidiary-hant"),
    pytest.param("澄源通过子公司收购一家工厂。", ["澄源"], [], id="through-subsidiary-hans"),
    pytest.param("澄源成為嵐翊第一大股東。", ["澄源"], [], id="becomes-hant"),
    pytest.param("澄源成为岚翊第一大股东。", ["澄源"], [], id="becomes-hans"),
    # a listed company's short name and its share class
    pytest.param("嵐翊-B公布業績。", ["嵐翊"], [], id="share-class-b-hant"),
    pytest.param("岚翊-B公布业绩。", ["岚翊"], [], id="share-class-b-hans"),
    pytest.param("投資者買入凱岳-W。", ["凱岳"], [], id="share-class-w-hant"),
    pytest.param("投资者买入凯岳-W。", ["凯岳"], [], id="share-class-w-hans"),
    pytest.param("澄岳-KY宣布私募。", ["澄岳"], [], id="share-class-ky-hant"),
    pytest.param("澄岳-KY宣布私募。", ["澄岳"], [], id="share-class-ky-hans"),
    pytest.param("嵐翊稱將擴產。", ["嵐翊"], [], id="says-glued-hant"),
    pytest.param("岚翊称将扩产。", ["岚翊"], [], id="says-glued-hans"),
    pytest.param("凱岳公布上半年業績。", ["凱岳"], [], id="publishes-hant"),
    pytest.param("凯岳公布上半年业绩。", ["凯岳"], [], id="publishes-hans"),
    # an affiliate after 旗下的
    pytest.param(
        "澄岳科技旗下的凱岳智能宣布擴產。", ["澄岳科技", "凱岳智能"], [], id="affiliate-possessive-hant"
    ),
    pytest.param(
        "澄岳科技旗下的凯岳智能宣布扩产。", ["澄岳科技", "凯岳智能"], [], id="affiliate-possessive-hans"
    ),
    # sides, people, reports and persons in the same slot
    pytest.param("日方表示，將加強合作。", [], ["日方"], id="side-hant"),
    pytest.param("日方表示，将加强合作。", [], ["日方"], id="side-hans"),
    pytest.param("知情人士透露，交易已完成。", [], ["知情人士"], id="insider-hant"),
    pytest.param("知情人士透露，交易已完成。", [], ["知情人士"], id="insider-hans"),
    pytest.param("研報指出，行業回暖。", [], ["研報"], id="report-hant"),
    pytest.param("研报指出，行业回暖。", [], ["研报"], id="report-hans"),
    pytest.param("英媒指出，交易存疑。", [], ["英媒"], id="media-side-hant"),
    pytest.param("英媒指出，交易存疑。", [], ["英媒"], id="media-side-hans"),
    pytest.param("戈德曼表示看好後市。", [], ["戈德曼"], id="transliterated-person-hant"),
    pytest.param("戈德曼表示看好后市。", [], ["戈德曼"], id="transliterated-person-hans"),
    pytest.param("陳偉宣布辭職。", [], ["陳偉"], id="two-char-person-hant"),
    pytest.param("陈伟宣布辞职。", [], ["陈伟"], id="two-char-person-hans"),
    pytest.param(
        "澄源以20億元收購嵐翊。",
        ["澄源"],
        [],
        id="with-amount-hant",
        marks=_xfail("以 and an amount between the subject and its verb"),
    ),
    pytest.param(
        "澄源以20亿元收购岚翊。",
        ["澄源"],
        [],
        id="with-amount-hans",
        marks=_xfail("以 and an amount between the subject and its verb"),
    ),
]


def _check(nlp, text: str, present: list[str], absent: list[str]) -> None:
    orgs = found(nlp, text, ORG_TYPES)
    for name in present:
        assert name in orgs, (name, sorted(orgs))
    for name in absent:
        assert name not in orgs, (name, sorted(orgs))


@pytest.mark.parametrize(("text", "present", "absent"), NAMES_READ_WHOLE)
def test_names_read_whole(nlp, text: str, present: list[str], absent: list[str]) -> None:
    _check(nlp, text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), BOUNDARIES)
def test_name_boundaries(nlp, text: str, present: list[str], absent: list[str]) -> None:
    _check(nlp, text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), AFTER_THE_NAME)
def test_what_follows_a_name(nlp, text: str, present: list[str], absent: list[str]) -> None:
    _check(nlp, text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), PARTY_SLOTS)
def test_names_in_party_slots(nlp, text: str, present: list[str], absent: list[str]) -> None:
    _check(nlp, text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), SUBJECTS)
def test_bare_subjects(nlp, text: str, present: list[str], absent: list[str]) -> None:
    _check(nlp, text, present, absent)
