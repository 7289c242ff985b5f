"""A headline restating the article's deal: 比亚迪获30亿元银团贷款 (the title) … 比亚迪全资子公司Y与Z
签订30亿元银团贷款合同 (the body). The title names the deal by the group's short name or a bank's
short form, the body by the parties that sign it: one deal, with the body's parties (the title's
where the body names none) and the title as its extra evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.figures import close


def headline_only(c: Candidate) -> bool:
    """Every report of the candidate is a heading (a title, a bullet headline)."""
    return bool(c.units) and all(u.heading for u in c.units)


def headlines_restate(cands: Sequence[Candidate]) -> list[Candidate]:
    """Fold each headline deal into the one deal of the body with its type and figure (none when
    the body states several such deals, or none)."""
    out: list[Candidate | None] = list(cands)
    for i, h in enumerate(cands):
        if not headline_only(h) or h.amount is None:
            continue
        hosts = [j for j, c in enumerate(out) if c is not None and j != i and _restates(h, c)]
        if len(hosts) != 1:
            continue
        body = out[hosts[0]]
        assert body is not None
        out[hosts[0]] = replace(
            body,
            # 所需资金将通过发行N中期票据筹措: a body report with no subject takes the title's parties
            agent=body.agent or h.agent,
            counterparty=body.counterparty or h.counterparty,
            extra=(*body.extra, h.sentence, *h.extra),
            units=(*body.units, *h.units),
        )
        out[i] = None
    return [c for c in out if c is not None]


def _restates(head: Candidate, body: Candidate) -> bool:
    assert head.amount is not None
    return (
        not headline_only(body)
        and body.type == head.type
        and body.amount is not None
        and close(body.amount, head.amount)
    )
