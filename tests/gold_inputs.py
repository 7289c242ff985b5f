"""Deal-extraction inputs built from a gold file, to measure the deal finder in isolation.

``pipeline.nlp.deals.find_deals`` runs on the gold amounts and entities of each corpus
article; its deals are scored by the evaluator's own deal scorer (``pipeline.eval.match_deals``),
so these figures and ``finkg evaluate`` count deals the same way. Run
``python -m tests.gold_inputs [--show-errors] [--evidence] [--pipeline]`` for the figures.
"""

from __future__ import annotations

import json
import sys
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from pipeline.eval import match_deals
from pipeline.eval.contract import to_contract
from pipeline.model.records import Amount, Article, Capacity, Deal, Extraction, Mention, Sentence, ShareCount
from pipeline.nlp.deals import ID_ORG, find_deals
from pipeline.text.dates import find_article_date
from pipeline.text.sentences import split_sentences
from pipeline.text.view import TextView

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

#: outlets named in the corpus gold files (test data: the real pipeline types media itself)
MEDIA = frozenset(
    [
        "彭博社",
        "彭博",
        "路透",
        "聯合新聞網",
        "理財周刊",
        "山西晚报",
        "盖世汽车",
        "21经济网",
        "南方财经",
        "中央社",
        "明報",
        "經濟通通訊社",
        "星岛日报",
        "2home.co",
        "中证网",
    ]
)


@dataclass(frozen=True)
class GoldInputs:
    text: str
    view: str
    gold: dict  # type: ignore[type-arg]
    amounts: list[Amount]
    capacities: list[Capacity]
    shares: list[ShareCount]
    mentions: list[Mention]


def _dec(x: object) -> Decimal | None:
    return None if x is None else Decimal(str(x))


def canonical(gold: dict) -> dict[str, str]:  # type: ignore[type-arg]
    """Surface form -> entity key (the main name of its alias group)."""
    key: dict[str, str] = {}
    for group in ("organization_aliases", "people_aliases"):
        for main, forms in (gold.get(group) or {}).items():
            key[main] = main
            for f in forms:
                key[f] = main
    for name in (*gold.get("organizations", []), *gold.get("people", [])):
        key.setdefault(name, name)
    return key


def gold_inputs(gold_path: Path, view_maker: TextView | None = None) -> GoldInputs:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (CORPUS / "articles" / (gold_path.stem + ".txt")).read_text(encoding="utf-8")
    view = (view_maker or TextView())(text)
    by_text_start = {(a["text"], a["start"]) for a in gold["amounts"]}
    amounts = []
    for a in gold["amounts"]:
        conv = a.get("converted_from")
        conv_start = a.get("converted_from_start")
        if conv and conv_start is None:
            conv_start = next((s for t, s in by_text_start if t == conv and s < a["start"]), a["start"] - 1)
        amounts.append(
            Amount(
                a["start"], a["end"], a["text"], _dec(a["value"]), a.get("currency"),
                a.get("qualifier", "exact"), _dec(a.get("min")), _dec(a.get("max")), a.get("per"),
                converted_from_start=conv_start,
            )
        )  # fmt: skip
    caps = [
        Capacity(c["start"], c["end"], c["text"], _dec(c["value_watts"]), c.get("qualifier", "exact"))
        for c in gold["capacities"]
    ]
    shares = [
        ShareCount(x["start"], x["end"], x["text"], _dec(x["value"]), x.get("qualifier", "exact"))
        for x in gold["shares"]
    ]
    key = canonical(gold)
    people = set(gold.get("people", []))
    for forms in (gold.get("people_aliases") or {}).values():
        people.update(forms)
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for name in sorted(key, key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(start < e and s < end for s, e in taken):
                kind = "person" if name in people else "media" if name in MEDIA else "organization"
                mentions.append(Mention(start, end, name, ID_ORG + key[name], kind))  # type: ignore[arg-type]
                taken.append((start, end))
            start = text.find(name, start + 1)
    mentions.sort(key=lambda m: m.start)
    return GoldInputs(text, view, gold, amounts, caps, shares, mentions)


def run_gold(gi: GoldInputs) -> list[Deal]:
    date = find_article_date(gi.text, gi.view)
    body = gi.gold.get("body_spans") or [[0, len(gi.text)]]
    # as the component does: sentences outside the body (captions) state no deals
    sentences = [s for s in split_sentences(gi.text) if any(b <= s.start and s.end <= e for b, e in body)]
    deals = find_deals(gi.text, gi.view, sentences, gi.amounts, gi.capacities, gi.shares, gi.mentions, date)
    return [d for d in deals if any(b <= d.evidence[0].start and d.evidence[0].end <= e for b, e in body)]


# ----------------------------------------------------------------------------- scoring


def predicted_contract(gi: GoldInputs, deals: Sequence[Deal]) -> dict:  # type: ignore[type-arg]
    """The contract object of the deals found on the gold inputs (amounts and mentions as given)."""
    article = Article(key="gold-inputs", text=gi.text, source="gold-inputs", content_hash="")
    extraction = Extraction(
        article=article,
        amounts=tuple(gi.amounts),
        capacities=tuple(gi.capacities),
        shares=tuple(gi.shares),
        mentions=tuple(gi.mentions),
        deals=tuple(deals),
    )
    return to_contract(extraction)


def score_article(
    gi: GoldInputs,
    deals: Sequence[Deal],
    pairs: list[tuple[dict, list[int]]] | None = None,  # type: ignore[type-arg]
) -> tuple[int, int, int, list[str]]:
    """Deal TP / predicted / gold counts and error lines, as ``finkg evaluate`` scores deals;
    ``pairs`` collects, for each matched deal, the gold deal and the predicted evidence starts."""
    match = match_deals(gi.gold, predicted_contract(gi, deals))
    if pairs is not None:
        pairs.extend((g, _evidence_starts(p)) for g, p in match.matched())
    counts = match.counts
    errors = [f"  {e.kind} {e.text} | {e.detail}" for e in match.errors("")]
    return counts.tp, counts.tp + counts.fp, counts.tp + counts.fn, errors


def _evidence_starts(deal: dict) -> list[int]:  # type: ignore[type-arg]
    return [deal["evidence_start"], *deal.get("evidence_extra_start", [])]


# ----------------------------------------------------------------------------- evidence


@dataclass
class EvidenceScore:
    """Evidence sentences of matched deals against gold ``evidence`` + ``evidence_extra``.

    Sentences are compared by the sentence (``split_sentences``) that holds each start, since gold
    evidence may start inside a sentence (a clause, a list item)."""

    tp: int = 0
    pred: int = 0
    gold: int = 0
    deals: int = 0
    first_ok: int = 0

    def add(self, text: str, gold_deal: dict, pred_starts: Sequence[int]) -> list[str]:  # type: ignore[type-arg]
        sentences = split_sentences(text)
        gold_idx = [_sentence_index(sentences, s) for s in gold_evidence_starts(text, gold_deal)]
        pred_idx = [_sentence_index(sentences, s) for s in pred_starts]
        g, p = set(gold_idx), set(pred_idx)
        self.tp, self.pred, self.gold = self.tp + len(g & p), self.pred + len(p), self.gold + len(g)
        self.deals += 1
        self.first_ok += int(bool(pred_idx) and bool(gold_idx) and pred_idx[0] == gold_idx[0])
        lines = [f"  extra   {sentences[i].text[:70]}" for i in sorted(p - g)]
        lines += [f"  missing {sentences[i].text[:70]}" for i in sorted(g - p)]
        if pred_idx and gold_idx and pred_idx[0] != gold_idx[0]:
            lines.append(f"  first   {sentences[pred_idx[0]].text[:70]}")
        if lines:
            head = f"  {gold_deal['type']} {gold_deal['agent']} -> {gold_deal['counterparty']}"
            lines.insert(0, head + f" {gold_deal.get('amount_text')}")
        return lines

    def format(self, label: str) -> str:
        prec = self.tp / self.pred if self.pred else 1.0
        rec = self.tp / self.gold if self.gold else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return (
            f"evidence ({label}): P={prec:.3f} R={rec:.3f} F1={f1:.3f}  "
            f"(tp={self.tp} pred={self.pred} gold={self.gold}; first sentence right "
            f"{self.first_ok}/{self.deals} matched deals)"
        )


def gold_evidence_starts(text: str, deal: dict) -> list[int]:  # type: ignore[type-arg]
    """The gold evidence and its restatements, by start (devset extras are a string, located)."""
    starts = [int(deal["evidence_start"])]
    extra = deal.get("evidence_extra") or []
    extra_starts = deal.get("evidence_extra_start")
    if isinstance(extra, str):
        extra = [extra]
    if extra_starts is None:
        extra_starts = [text.find(e) for e in extra]
    starts.extend(s for s in extra_starts if s is not None and s >= 0)
    return starts


def _sentence_index(sentences: Sequence[Sentence], offset: int) -> int:
    starts = [s.start for s in sentences]
    return max(0, bisect_right(starts, offset) - 1)


def pipeline_pairs(gold: dict, pred: dict) -> list[tuple[dict, list[int]]]:  # type: ignore[type-arg]
    """Matched (gold deal, predicted evidence starts), matched as ``finkg evaluate`` matches deals."""
    return [(g, _evidence_starts(p)) for g, p in match_deals(gold, pred).matched()]


def main(argv: list[str]) -> None:
    show = "--show-errors" in argv
    evidence = "--evidence" in argv
    if "--pipeline" in argv:
        _main_pipeline(show)
        return
    view = TextView()
    TP = P = G = 0
    ev_score = EvidenceScore()
    for path in sorted((CORPUS / "gold").glob("*.json")):
        gi = gold_inputs(path, view)
        deals = run_gold(gi)
        pairs: list[tuple[dict, list[int]]] = []  # type: ignore[type-arg]
        tp, p, g, errors = score_article(gi, deals, pairs)
        TP, P, G = TP + tp, P + p, G + g
        print(f"{path.stem[:40]:40} tp={tp:3} pred={p:3} gold={g:3}")
        if show:
            print("\n".join(errors))
        for gold_deal, starts in pairs:
            lines = ev_score.add(gi.text, gold_deal, starts)
            if evidence and show and lines:
                print("\n".join(lines))
    prec = TP / P if P else 0.0
    rec = TP / G if G else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"deals (gold inputs): P={prec:.3f} R={rec:.3f} F1={f1:.3f}  (tp={TP} pred={P} gold={G})")
    print(ev_score.format("gold inputs"))


def _main_pipeline(show: bool) -> None:
    """Evidence of the deals the whole pipeline finds (``python -m tests.gold_inputs --pipeline``)."""
    from pipeline.eval import read_article
    from pipeline.nlp.extract import extract
    from pipeline.nlp.wiring import build_nlp

    nlp = build_nlp()
    ev_score = EvidenceScore()
    for path in sorted((CORPUS / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        article_path = CORPUS / "articles" / (path.stem + ".txt")
        text = article_path.read_bytes().decode("utf-8")
        pred = to_contract(extract(nlp, read_article(article_path)))
        for gold_deal, starts in pipeline_pairs(gold, pred):
            lines = ev_score.add(text, gold_deal, starts)
            if show and lines:
                print(path.stem[:40])
                print("\n".join(lines))
    print(ev_score.format("pipeline"))


if __name__ == "__main__":
    main(sys.argv[1:])
