"""Words the learned deal scorer (:mod:`pipeline.nlp.deals.features`) looks for in a candidate's
sentence: each group is one feature, matched on the t2s view (Simplified), so one entry covers
both scripts.

``BETWEEN_CUES`` are read in the text between a party and the deal word (the role markers of
Chinese deal clauses: 向/对/给 mark the receiver, 从/自 the source, 由/获/被 put the subject in
the other role, 与/和/跟 a symmetric partner, 为 a beneficiary, 通过/以 the means).
``SENTENCE_CUES`` are read in the whole sentence: what makes a figure a plan, a report, a
background fact or a statistic rather than the deal the article states.
"""

from __future__ import annotations

BETWEEN_CUES: dict[str, tuple[str, ...]] = {
    "to": ("向", "对", "给", "予"),
    "from": ("从", "自"),
    "passive": ("由", "获", "被", "受"),
    # not 同 (同比, 同时) nor 及 (a list's "and")
    "with": ("与", "和", "跟", "偕同"),
    "for": ("为", "替"),
    "means": ("通过", "透过", "经由", "以"),
    "holding": ("旗下", "子公司", "附属"),
}

SENTENCE_CUES: dict[str, tuple[str, ...]] = {
    # a plan or an intention: 拟/计划/将/有意/洽谈
    "plan": ("拟", "计划", "计画", "将", "有意", "洽谈", "考虑", "预计"),
    # a completed act: 完成/已/宣布/签署
    "done": ("完成", "已", "宣布", "签署", "签订", "公告"),
    # hearsay: 据悉/消息/传出/知情人士
    "hearsay": ("据悉", "消息", "传出", "传闻", "知情", "报道", "报导"),
    # negation and withdrawal
    "negation": ("未", "没有", "否认", "终止", "取消", "撤回", "不会"),
    # background: 曾/此前/去年/过去/累计
    "background": ("曾", "此前", "先前", "去年", "过去", "累计", "历年"),
    # market totals and statistics: 市场/总额/规模/占/排名/同比
    "statistic": ("市场", "总额", "规模", "排名", "同比", "年增", "占比", "市值", "估值"),
}
