"""What an investment word's money goes into when no investee company is named: a place (在德国投资,
投资N于爱达荷州), a project or a facility (对龙潭新厂投资, 投资成都某项目). Such a spend is the
spender's own capital expenditure (capex), not an investment in someone (docs/gold-format.md).

Matched on the t2s view (Simplified), so one entry covers both scripts.
"""

from __future__ import annotations

import re

#: words that may stand between the place or project and the deal word (在美国再追加投资)
_ADVERBS = r"(?:计划|拟|将|再|又|新|追加|陆续|继续|共|合计|累计|总|大举|预计|有意|斥资|额外|另)*"
#: what a spend builds or runs: the heads of a project or facility noun phrase
PROJECT_HEADS = (
    r"(?:项目|工程|新厂|厂区|厂房|工厂|晶圆厂|基地|园区|产业园|电站|电厂|风场|产线|生产线"
    r"|数据中心|资料中心|算力中心|研发中心|物流中心|总部|港口|码头|机场|球场|设施)"
)

#: 在德国投资 / 于龙潭新厂投资: a locative phrase right before the deal word in its clause
LOCATIVE_BEFORE = re.compile(
    r"(?<![位对关由基等属处鉴至终善存现实正所])(?:在|于|赴)(?P<place>[^，,。；;：:、“”「」]{1,16}?)"
    + _ADVERBS
    + r"$"
)
#: 投资150亿美元于爱达荷州 / 投资N在云冰区: a locative phrase after the deal word and its figure
LOCATIVE_AFTER = re.compile(
    r"^[^，,。；;于在]{1,20}?(?:于|在)(?P<place>[^，,。；;：:]{1,16}?)(?=$|[，,。；;])"
)
#: 对镇海炼化扩建项目投资 / 向新厂投资: a project or facility marked as the object before the deal word
PROJECT_BEFORE = re.compile(r"(?:对|向)[^，,。；;]{0,20}?" + PROJECT_HEADS + _ADVERBS + r"$")
#: 投资5亿元成都某项目: a project or facility as the object after the figure
PROJECT_AFTER = re.compile(r"^[^，,。；;]{2,24}?" + PROJECT_HEADS + r"(?=$|[，,。；;])")

#: a locative that is a time (于2025年, 在今年内), not a place
TIME_WORDS = re.compile(r"[0-9０-９年月日时]|今|明|去|期间|之前|之后|以前|以后|当中|过程")
#: a locative that is a field of business (投资N于AI领域), not a place: the spend is unclear
FIELD_HEADS: tuple[str, ...] = (
    "领域", "产业", "行业", "赛道", "方向", "方面", "业务", "市场", "板块", "技术",
)  # fmt: skip
#: A、B和C等企业(承诺)在美国投资N: companies listed as a group, each spending in a place (no joint
#: venture of theirs)
GROUP_OF_SPENDERS = re.compile(
    r"\s*等(?:[\d一二三四五六七八九十几多数]+家)?(?:企业|公司|科技巨头|科技公司|厂商|车企|巨头|大厂|集团)"
)
#: the sentence describes the spender as an investor coming in (最大的投资单位是X / 外商X有意投资N在Y):
#: its pledge is an investment into the place, not its own capex
#: 向东南亚科技企业投资N / 投资N于本地初创企业: companies described, not named, as the investee —
#: the money goes into companies (an investment with a null investee), no build-out of one's own
DESCRIBED_INVESTEES_BEFORE = re.compile(
    r"(?:向|对)[^，,。；;向对]{0,16}?(?:企业|公司|初创|新创|新创事业|新创公司|初创企业|中小企)$"
)
DESCRIBED_INVESTEES_AFTER = re.compile(
    r"^[^，,。；;]{0,12}?(?:于|在|到)[^，,。；;]{0,16}?(?:企业|公司|初创|新创|新创事业|初创企业|中小企)(?=$|[，,。；;])"
)
INWARD_INVESTORS: tuple[str, ...] = ("投资公司", "投资单位", "投资者", "投资方", "投资商", "外资", "外商")

#: 与X合作的Y / 和X合资的Y / 与X共同持有的Y: the partner inside the relative clause only describes Y
#: (the gap between the two names; a short descriptor may follow 的: 与华为合作的车企Y)
PARTNER_RELATIVE = re.compile(
    r"[^，,。；;：:]{0,6}?(?:合作|合资|联手|携手|结盟|合伙|共同持有|共同持股|共同控股)(?:成立|设立|经营)?的"
    r"[^，,。；;：:、]{0,4}"
)

#: the agreements that frame what the parties will do (an investment, a joint venture, a cooperation):
#: 签署投资协议，X将向Y投资N — the investment is the agreement's content and its figure the agreement's
#: (a sale, loan or supply contract is not one: the deal it names hosts the signing)
FRAMEWORK_AGREEMENTS = re.compile(
    r"(?:投资|合作|框架|合资|战略|意向|投资合作|战略合作)(?:框架)?(?:协议|协定|合约|备忘录|意向书)(?:书)?"
    r"|备忘录|意向书"
)
#: a joint venture's agreement (合资协议 / 合营合同): with its founders' contributions stated (A出资N1，
#: B出资N2), those are the deals, not the agreement (devset2 tune gold)
JV_AGREEMENT = re.compile(r"(?:合资|合营)(?:经营)?(?:协议|合同|合约|契约)")
#: the kinds of investment a founder makes into the company it sets up
CONTRIBUTION_SUBTYPES: frozenset[str] = frozenset({"capital_contribution"})
#: 签订了总投资20亿欧元的合资协议: the figure modifies the agreement noun after it
FIGURE_OF_AGREEMENT = re.compile(r"[^，,。；;]{0,3}的[^，,。；;]{0,12}?(?:协议|协定|合约|备忘录|意向书)")

#: the markers of the other party (向/对/与/给/予) right before a party the text leaves unnamed
#: (向某投资者出售 / 与一位客户签订): the other role is nobody's, the object is what changes hands
UNNAMED_OTHER_MARKERS: tuple[str, ...] = ("向", "对", "与", "和", "跟", "同", "给", "予")

#: the deal words a company spends with (投资N): with no object at all after the figure (X计划今年投资N),
#: the spend is its own capex — an investing house's (X资本投资N) stays an investment
SPEND_WORDS: tuple[str, ...] = ("投资",)
#: what may stand after the figure in a bare spend's clause (投资了N元左右)
BARE_TAIL = re.compile(r"[了约共逾近达至左右上下以及余多。.\s]*")
#: a next clause that breaks the figure down or compares it (计划投资N，其中新开工项目12个 / ，同比增长8%)
#: names no investee: the spend before it is still bare
BREAKDOWN_CLAUSES: tuple[str, ...] = ("其中", "当中", "同比", "较上年", "较去年", "比上年", "比去年")
#: 投资N，用于湛江基地二期: the next clause says the money goes to a project or facility
PURPOSE_PROJECT = re.compile(r"(?:主要)?(?:用于|用作|投向|投入)[^，,。；;]{0,16}?" + PROJECT_HEADS)

#: a party right after these, after the deal word, is where the money goes (投资N在Y经贸合作区建设),
#: not the investee; after PLACE_LOCATIVES only a place-named party is (投资N于Y市 — 投资N于字节跳动:
#: the investee)
LOCATIVES: tuple[str, ...] = ("在", "落户", "落地")
PLACE_LOCATIVES: tuple[str, ...] = ("于",)
#: verbs between the deal word and a party make the party their object (投资N发展Y物业 / 投资N开发Y
#: 项目): what the money develops, not the investee (the build words of .deals count as well)
DEVELOPING_VERBS: tuple[str, ...] = ("发展", "开发", "经营", "运营", "营运", "研发", "布局", "推动")

#: X担任配售代理 / 作为独家财务顾问: a party that serves the deal (an agent, adviser, sponsor or
#: underwriter) plays no role in it — a loan's lead arranger or agent bank (牵头行, 代理行) does: it lends
_SERVING_ROLES = (
    r"(?:配售代理|配售代理人|财务顾问|独家顾问|顾问|保荐人|保荐机构|承销商|主承销商|联席承销商|包销商|全球协调人"
    r"|整体协调人|账簿管理人|簿记管理人|律师|审计师|审计机构|评估机构)"
)
INTERMEDIARY = re.compile(
    r"\s*(?:担任|出任|任(?!命|职)|作为|担当|为|是)(?:本次|此次|该|是次)?[^，,。；;]{0,8}?"
    + _SERVING_ROLES
    # 作为保荐人相关子公司跟投: the sponsor's investment arm invests (科创板 跟投), it serves nothing
    + r"(?!(?:的)?(?:相关|全资|另类投资|投资)?(?:子公司|关联方|另类投资子公司))"
)
#: 透过配售代理X配售新股 / 配售代理为X / 委任X: the serving role named right before the party —
#: but not after a preposition of the other party: 向其保荐人X收购 (a REIT buys from its sponsor)
_FROM_THE_ROLE = "".join(f"(?<!{p})(?<!{p}其)" for p in ("向", "从", "自"))
INTERMEDIARY_BEFORE = re.compile(_FROM_THE_ROLE + _SERVING_ROLES + r"(?:为|是|[:：])?\s*$")

#: 增资美国子公司 / 增资旗下合资公司: a capital increase whose object is a company the text describes
#: but names not is an investment into it (investee null), not a raise of the subject's own
DESCRIBED_INVESTEE = re.compile(
    r"(?:其|旗下)?[^，,。；;]{0,6}?(?:全资|控股|间接全资)?(?:子公司|孙公司|附属公司|合资公司|联营公司|参股公司)"
)

#: 投入N用于扩充12英寸产能: the money adds capacity — a build-out, though no build word stands beside it
CAPACITY_PURPOSE = re.compile(
    r"(?:用于|用以|用来|以)[^，,。；;]{0,4}?(?:扩充|扩大|提升|新增|扩张|增加)[^，,。；;]{0,12}?产能"
)

#: 投入N于新铁路项目 / 斥资N用于电网设施: money spent on works (a project, infrastructure, a plant)
PROJECT_PURPOSE = re.compile(
    r"(?:于|用于|用在|投放于|在)[^，,。；;]{0,16}?"
    r"(?:项目|工程|基建|基础设施|设施|电网|铁路|管网|园区|厂房|生产线|数据中心|资料中心)"
)

#: 与中国企业 / 与多家新加坡商家 / 与一家德国车企: a partner the text describes but names not, right
#: after the 与 of a place's signing — the companies that will invest stay unnamed (agent null)
DESCRIBED_PARTNER = re.compile(
    r"(?:[一两二三四五六七八九十数多几]+(?:家|名|位|间|个|批))?[^，,。；;与和]{0,8}?"
    r"(?:企业|公司|商家|厂商|车企|财团|投资者|投资商|投资方|客商)"
)
#: the markers of a signing partner (与X签署)
PARTNER_MARKERS: tuple[str, ...] = ("与", "和", "同", "跟")

#: the markers of an investee before a spend word (对Y的投资金额, 向Y的投资)
INVESTEE_MARKERS: tuple[str, ...] = ("对", "向")
#: 投资N，持有/取得Y 20%股权: the next clause names the company whose stake the money buys
STAKE_HOLDING_VERBS: tuple[str, ...] = ("持有", "取得", "获得", "占有", "换取", "占")
STAKE_AFTER = re.compile(r"\s*(?:约|合计|共)?[\d.]+\s*[%％]|\s*(?:的)?(?:股权|股份|权益)")

#: 日本将对美投资N / 韩国承诺在美国投资N: a state leading the deal word's clause is its subject (a
#: country's pledge, no company's, whoever spoke in the clause before); states beyond the foreign
#: ones of :mod:`.entities`
PLEDGING_STATES: tuple[str, ...] = ("中国", "欧盟", "台湾", "香港", "新加坡", "马来西亚")
#: the deal types a state pledges (investment, spending)
PLEDGE_TYPES: frozenset[str] = frozenset({"investment", "capex"})

#: 增资完成后，其注册资本… / 收购后X将持有Y 51%: a deal word opening a time clause names the deal
#: under discussion, it states none of its own
TIME_CLAUSE_AFTER: tuple[str, ...] = ("完成后", "完成之后", "完成前", "之后", "后", "前")
#: what may stand before such a deal word in its clause (本次增资完成后)
TIME_CLAUSE_LEAD = re.compile(r"\s*(?:待|在|于|本次|此次|该次|是次|这次|上述|有关)*\s*")
#: 最终获配对象共12家 / 认购对象为35名特定投资者: the deal word names the allottees and counts them,
#: it states no deal (the list after it, 其中A、B分别获配N1、N2, does)
COUNTED_ALLOTTEES = re.compile(
    r"\s*(?:对象|方|者)\s*(?:共|为|合计|总计|共计)?\s*[\d一二三四五六七八九十两几数]+\s*(?:家|名|个|位)"
)
#: 获配对象共12家，其中A、B分别获配N1、N2: after 其中 the sentence names members of the counted group
#: and their own deals
AMONG: str = "其中"

#: 董事会 stands for its company (同日董事会亦通过，向Y申请联合授信) — not where it names the board's
#: officers or seats (董事会主席X表示, 董事会秘书, 取得董事会多数席位)
BOARD_ANAPHORA: tuple[str, ...] = ("董事会", "公司董事会")
BOARD_NOT_BEFORE: tuple[str, ...] = ("主席", "秘书", "成员", "席位", "办公室", "换届", "副主席", "提名")
#: what may open a clause before the board (同日董事会亦通过 / 此外，董事会同意)
OPENERS_BEFORE_BOARD: tuple[str, ...] = (
    "同日", "当日", "今日", "昨日", "日前", "近日", "同时", "此外", "另外", "另", "并", "亦", "也",
)  # fmt: skip
#: an approval by someone else (项目经经济部核准，… / 报请国资委批准): the approver stays out
APPROVAL_SOUGHT_FROM: tuple[str, ...] = ("经", "经过", "获", "由", "被", "报", "报请", "须", "需")
