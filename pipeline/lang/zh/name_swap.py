"""Tables for the name-swap evaluation (:mod:`pipeline.eval.name_swap`): what stays of a company
name when its trade name (字號) is replaced, and which names are not swapped.

A name is read from the end: organisational forms and industry words (:data:`NAME_TAILS`, longest
first, repeatedly) stay; what is left before them is the trade name, which is replaced. Names of
public bodies, media, places and schools (:data:`KEPT_NAME_ENDS`) and trade names that are places
(:data:`KEPT_CORES`) are kept, since a public body is named by its place, not by a trade name.
"""

from __future__ import annotations

#: Forms and industry words after a trade name, both scripts (stripped repeatedly, longest first).
NAME_TAILS: tuple[str, ...] = tuple(sorted(set((
    "股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "私人有限公司", "集团", "集團", "控股",
    "银行", "銀行", "商银", "商銀", "证券", "證券", "基金", "投资", "投資", "科技",
    "能源", "电子", "電子", "实业", "實業", "建设", "建設", "营造", "營造",
    "信托", "信託", "保险", "保險", "资本", "資本", "创投", "創投", "管理",
    "医药", "醫藥", "汽车", "汽車", "电力", "電力", "海运", "海運", "航运",
    "航運", "半导体", "半導體", "光电", "光電", "材料", "新材料", "电气", "電氣",
    "机电", "機電", "重工", "工业", "工業", "化工", "钢铁", "鋼鐵", "地产",
    "地產", "置业", "置業", "发展", "發展", "物流", "智能", "数据", "數據",
    "信息", "资讯", "資訊", "资产", "資產", "租赁", "租賃", "国际", "國際",
    "股权", "股權", "产业", "產業", "合伙企业", "合夥企業", "风电", "風電", "光伏",
    "新能源", "生物", "制药", "製藥", "医疗", "醫療", "食品", "饮料", "飲料",
    "通信", "通訊", "网络", "網絡", "網路", "软件", "軟體", "軟件", "微电子",
    "微電子", "精密", "工程", "环保", "環保", "公司", "企业", "企業", "事业",
    "事業", "金控", "金融", "人寿", "人壽", "财险", "產險", "创业投资", "創業投資",
    "私募", "资产管理", "資產管理", "基金管理", "证券投资", "證券投資",
)), key=len, reverse=True))  # fmt: skip

#: Names ending so are public bodies, media, schools or places: never swapped.
KEPT_NAME_ENDS: tuple[str, ...] = (
    "署", "局", "委", "政府", "部", "厅", "廳", "委员会", "委員會", "报", "報", "社", "网", "網", "台",
    "县", "縣", "市", "省", "州", "所", "会", "會", "院", "大学", "大學", "办", "辦", "处", "處", "中心",
)  # fmt: skip

#: Trade names that are places or the state: the name is kept.
KEPT_CORES: frozenset[str] = frozenset((
    "中国", "中國", "香港", "台湾", "台灣", "上海", "北京", "深圳", "广东",
    "廣東", "江苏", "江蘇", "浙江", "福建", "新加坡", "马来西亚", "馬來西亞", "日本",
    "美国", "美國", "韩国", "韓國", "亚洲", "亞洲", "国家", "國家", "中华",
    "中華", "台北", "天津", "重庆", "重慶", "四川", "湖北", "湖南", "安徽",
    "山东", "山東", "河南", "河北", "陕西", "陝西", "广州", "廣州",
))  # fmt: skip

#: Characters new trade names are drawn from (common in real 字號, ordinary in both scripts), by script.
TRADE_NAME_CHARS: dict[str, str] = {
    "simplified": (
        "泰源德瑞恒信益嘉宏晟昇和安康博志明光星辰海川峰祥福盛元利"
        "富美佳天力新中正合永全华金丰乐普同久立凯英威晶睿铭朗"
    ),
    "traditional": (
        "泰源德瑞恒信益嘉宏晟昇和安康博志明光星辰海川峰祥福盛元利"
        "富美佳天力新中正合永全華金豐樂普同久立凱英威晶睿銘朗"
    ),
}

#: Brackets inside a name (a region: 某某(江蘇)實業有限公司), dropped when reading the trade name.
NAME_BRACKETS: tuple[tuple[str, str], ...] = (("（", "）"), ("(", ")"))
