#!/usr/bin/env python3
"""Score newskg's English event extraction against the PLOVER gold-standard records.

Why: the PLOVER records are 322 English news sentences coded by people outside this
project, so they catch regressions (and over-eager rules) that our own hand-written
tests cannot. The coding scheme differs from ours, so the comparison is approximate
and is read per type, never as one headline number.

Data: ``../shared/eval/plover/PLOVER_GSR_CAMEO.txt`` — from openeventdata/PLOVER,
``gold_standard_records/PLOVER_GSR_CAMEO.txt`` (commit 5e0c24f), © the PLOVER/OEDA
authors, licensed CC BY-SA 4.0 (attribution: "PLOVER: Political Language Ontology
for Verifiable Event Records", Open Event Data Alliance). This script reads the file
where it lies and copies none of it into the repository; per-sentence output written
with ``--json`` contains the sentences and is derived from the data, so it carries the
same licence and notice.

Type mapping (see ../shared/eval/plover/README.md):

* CONSULT with mode ``visit`` → Visit; CONSULT with any other mode → Meeting
  (``lenient`` also accepts the other of the two: a coded visit often says "met");
* DISAPPROVE → Accusation; SANCTION → Sanction; AGREE → Agreement.
* Every other PLOVER type (ASSAULT, PROTEST, FIGHT, MOBILIZE, THREATEN, DEMAND, REJECT,
  COERCE, …) has no counterpart: any Visit, Meeting, Agreement, Accusation or Sanction we
  produce there counts as a false positive (Statement and Denial are not counted — a
  REJECT or DEMAND sentence is often legitimately a statement or denial).

Measures:

* recall per mapped type: sentences where we produced an event of the expected type;
* precision per our type: of the sentences (mapped or not) where we produced that type,
  how many are coded with the PLOVER type mapped to it;
* agent / target agreement, on sentences where the type was found: PLOVER's source
  (target) actor text shares a content word with the names of the event's agents
  (targets). Meetings and agreements are symmetric (every party is an agent), so there
  PLOVER's sources and targets together are compared with our agents and targets
  together. Demonyms count as their country ("Iraqi" ≈ Iraq);
* the false-positive rate on no-counterpart sentences, overall and per PLOVER type.

Usage::

    .venv/bin/python scripts/eval_plover.py [--data DIR] [--json details.json] [--show 15]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "plover"
DATA_FILE = "PLOVER_GSR_CAMEO.txt"

OURS = ("Visit", "Meeting", "Agreement", "Accusation", "Sanction")  # the types PLOVER can score
MAPPED = {"CONSULT", "DISAPPROVE", "SANCTION", "AGREE"}
SKIP = {"DOCUMENT"}  # the file's own header record
CONSULT_FAMILY = {"Visit", "Meeting"}

# Words of an actor text that say nothing about who it is: titles, ranks, determiners.
_FUNCTION_WORDS = {
    "the", "a", "an", "of", "and", "in", "for", "on", "to", "at", "s", "its", "their", "his", "her",
    "president", "prime", "minister", "foreign", "defense", "defence", "secretary", "state", "vice", "deputy",
    "government", "officials", "official", "leader", "leaders", "senior", "top", "chief", "head", "spokesman",
    "spokeswoman", "ambassador", "envoy", "king", "queen", "general", "gen", "mr", "mrs", "ms", "dr", "u",
    "ministry", "department", "forces", "troops", "army", "police", "diplomats", "delegation", "group",
}


def parse_records(path: Path) -> list[dict[str, Any]]:
    """The PLOVER file is JSON with trailing commas; strip them, parse, drop the header record."""
    text = path.read_text(encoding="utf-8")
    records = json.loads(re.sub(r",\s*([}\]])", r"\1", text))
    return [r for r in records if r.get("event") not in SKIP and r.get("text")]


def expected_type(record: dict[str, Any]) -> str | None:
    """Our event type for a PLOVER record, or None when our ontology has no counterpart."""
    event, mode = record.get("event"), (record.get("mode") or "").strip().lower()
    if event == "CONSULT":
        return "Visit" if mode == "visit" else "Meeting"
    return {"DISAPPROVE": "Accusation", "SANCTION": "Sanction", "AGREE": "Agreement"}.get(event)


def actor_texts(value: Any) -> list[str]:
    """``source``/``target`` is a list of {actorText, …}, a string, or missing."""
    if isinstance(value, list):
        return [str(a.get("actorText", "")).strip() for a in value if isinstance(a, dict) and a.get("actorText")]
    if isinstance(value, str) and value.strip():
        return [value.strip()]
    return []


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def content_words(text: str, demonyms: dict[str, str]) -> set[str]:
    """Lower-cased words that identify an actor; a demonym adds its country's words."""
    words = set(re.findall(r"[a-z0-9]+", _fold(text).replace("'s", "")))
    for word in list(words):
        if word in demonyms:
            words |= set(re.findall(r"[a-z0-9]+", _fold(demonyms[word])))
    return {w for w in words if w not in _FUNCTION_WORDS and len(w) > 1}


def overlaps(gold: Sequence[str], ours: Sequence[str], demonyms: dict[str, str]) -> bool:
    gold_words = set().union(*(content_words(g, demonyms) for g in gold)) if gold else set()
    our_words = set().union(*(content_words(o, demonyms) for o in ours)) if ours else set()
    return bool(gold_words & our_words)


@dataclass
class Found:
    """One of our events, flattened for the report."""

    kind: str
    agents: list[str]
    targets: list[str]
    rule: str


@dataclass
class Sentence:
    id: str
    text: str
    plover: str
    mode: str
    expected: str | None
    source: list[str]
    target: list[str]
    trigger_words: list[str]
    got: list[Found] = field(default_factory=list)
    type_hit: bool = False
    lenient_hit: bool = False
    agent_ok: bool | None = None  # None: not applicable (type missed, or PLOVER gives no actor)
    target_ok: bool | None = None
    false_positives: list[str] = field(default_factory=list)  # our scored types on a no-counterpart sentence

    @property
    def kinds(self) -> set[str]:
        return {f.kind for f in self.got}


def _entity_names(extraction: Any, key: str) -> list[str]:
    entity = extraction.entity(key)
    return [entity.name, *entity.aliases, *(m.text for m in entity.mentions)]


def markup_triggers(record: dict[str, Any]) -> list[str]:
    """The words PLOVER marks as the event, ``(EVT: …)`` in ``textInfo.markup``."""
    info = record.get("textInfo") or {}
    markup = info.get("markup", "") if isinstance(info, dict) else str(info)  # one record has the bare string
    return [m.strip().lower() for m in re.findall(r"\(EVT:\s*([^)]*)\)", markup)]


def evaluate(records: Iterable[dict[str, Any]]) -> list[Sentence]:
    """Run ``kg.extract.extract`` on each sentence as its own English document and compare."""
    from kg.extract import extract
    from kg.gazetteer import load
    from kg.model import Document

    demonyms = {_fold(word): entry.name_en for word, entry in load().demonyms("en").items()}
    out: list[Sentence] = []
    for record in records:
        expected = expected_type(record)
        s = Sentence(id=record["id"], text=record["text"], plover=record["event"], mode=record.get("mode") or "",
                     expected=expected, source=actor_texts(record.get("source")),
                     target=actor_texts(record.get("target")), trigger_words=markup_triggers(record))
        extraction = extract(Document(record["id"], record["text"], "en", f"plover:{record['id']}"))
        names = {e.key: _entity_names(extraction, e.key) for e in extraction.entities}
        s.got = [Found(str(ev.kind), [extraction.entity(a).name for a in ev.agents],
                       [extraction.entity(t).name for t in ev.targets], ev.evidence.rule)
                 for ev in extraction.events]
        if expected is not None:
            s.type_hit = expected in s.kinds
            s.lenient_hit = s.type_hit or (expected in CONSULT_FAMILY and bool(s.kinds & CONSULT_FAMILY))
            if s.type_hit:
                events = [ev for ev in extraction.events if str(ev.kind) == expected]
                symmetric = expected in ("Meeting", "Agreement")

                def names_of(keys: Iterable[str], names: dict[str, list[str]] = names) -> list[str]:
                    return [n for k in keys for n in names.get(k, [])]

                if symmetric:
                    gold = s.source + s.target
                    if gold:
                        s.agent_ok = any(overlaps(gold, names_of((*ev.agents, *ev.targets)), demonyms)
                                         for ev in events)
                else:
                    if s.source:
                        s.agent_ok = any(overlaps(s.source, names_of(ev.agents), demonyms) for ev in events)
                    if s.target:
                        s.target_ok = any(overlaps(s.target, names_of(ev.targets), demonyms) for ev in events)
        else:
            s.false_positives = sorted(k for k in s.kinds if k in OURS)
        out.append(s)
    return out


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def summarise(sentences: Sequence[Sentence]) -> dict[str, Any]:
    """The numbers the table shows (and tests/test_plover.py asserts on)."""
    per_type: dict[str, Any] = {}
    for kind in OURS:
        gold = [s for s in sentences if s.expected == kind]
        hits = [s for s in gold if s.type_hit]
        predicted = [s for s in sentences if kind in s.kinds]
        correct = [s for s in predicted if s.expected == kind]
        agent_known = [s for s in hits if s.agent_ok is not None]
        target_known = [s for s in hits if s.target_ok is not None]
        per_type[kind] = {
            "gold": len(gold), "found": len(hits), "recall": _ratio(len(hits), len(gold)),
            "lenient_recall": _ratio(sum(s.lenient_hit for s in gold), len(gold)),
            "predicted": len(predicted), "correct": len(correct), "precision": _ratio(len(correct), len(predicted)),
            "agent_agreement": _ratio(sum(bool(s.agent_ok) for s in agent_known), len(agent_known)),
            "agent_n": len(agent_known),
            "target_agreement": _ratio(sum(bool(s.target_ok) for s in target_known), len(target_known)),
            "target_n": len(target_known),
        }
    mapped = [s for s in sentences if s.expected is not None]
    predicted_pairs = [(s, k) for s in sentences for k in s.kinds if k in OURS]
    mapped_pred = [(s, k) for s, k in predicted_pairs if s.expected is not None]
    none = [s for s in sentences if s.expected is None]
    by_plover: dict[str, list[Sentence]] = defaultdict(list)
    for s in none:
        by_plover[s.plover].append(s)
    fp_rules = Counter(f.rule for s in none for f in s.got if f.kind in OURS)
    return {
        "sentences": len(sentences),
        "mapped": {
            "sentences": len(mapped),
            "recall": _ratio(sum(s.type_hit for s in mapped), len(mapped)),
            "lenient_recall": _ratio(sum(s.lenient_hit for s in mapped), len(mapped)),
            # of our (sentence, type) predictions on sentences whose PLOVER type maps to ours: right type?
            "precision": _ratio(sum(k == s.expected for s, k in mapped_pred), len(mapped_pred)),
            "lenient_precision": _ratio(sum(k == s.expected or (k in CONSULT_FAMILY and s.expected in CONSULT_FAMILY)
                                            for s, k in mapped_pred), len(mapped_pred)),
        },
        "per_type": per_type,
        "no_counterpart": {
            "sentences": len(none),
            "with_false_positive": sum(bool(s.false_positives) for s in none),
            "false_positive_rate": _ratio(sum(bool(s.false_positives) for s in none), len(none)),
            "by_kind": dict(Counter(k for s in none for k in s.false_positives)),
            "by_plover_type": {t: {"sentences": len(ss), "with_false_positive": sum(bool(s.false_positives)
                                                                                      for s in ss)}
                               for t, ss in sorted(by_plover.items())},
            "by_rule": dict(fp_rules.most_common()),
        },
    }


def _pct(value: float | None) -> str:
    return "   –" if value is None else f"{100 * value:4.0f}%"


def print_table(summary: dict[str, Any]) -> None:
    print(f"PLOVER gold-standard records: {summary['sentences']} sentences, {summary['mapped']['sentences']} "
          f"with a type we model, {summary['no_counterpart']['sentences']} without")
    print()
    header = (f"{'our type':<11} {'gold':>4} {'found':>5} {'recall':>6} {'lenient':>7} {'pred':>4} {'prec':>5} "
              f"{'agent':>5} {'(n)':>4} {'target':>6} {'(n)':>4}")
    print(header)
    print("-" * len(header))
    for kind, row in summary["per_type"].items():
        print(f"{kind:<11} {row['gold']:>4} {row['found']:>5} {_pct(row['recall']):>6} {_pct(row['lenient_recall']):>7}"
              f" {row['predicted']:>4} {_pct(row['precision']):>5} {_pct(row['agent_agreement']):>5} "
              f"{row['agent_n']:>4} {_pct(row['target_agreement']):>6} {row['target_n']:>4}")
    m = summary["mapped"]
    print(f"{'all mapped':<11} {m['sentences']:>4} {'':>5} {_pct(m['recall']):>6} {_pct(m['lenient_recall']):>7} "
          f"{'':>4} {_pct(m['precision']):>5}   (precision: our types on mapped sentences; lenient "
          f"{_pct(m['lenient_precision']).strip()})")
    n = summary["no_counterpart"]
    print()
    print(f"no counterpart in our ontology: {n['with_false_positive']}/{n['sentences']} sentences with a "
          f"Visit/Meeting/Agreement/Accusation/Sanction = false-positive rate {_pct(n['false_positive_rate']).strip()}")
    print("  by our type: " + ", ".join(f"{k} {v}" for k, v in sorted(n["by_kind"].items(), key=lambda kv: -kv[1])))
    print("  by PLOVER type: " + ", ".join(f"{t} {v['with_false_positive']}/{v['sentences']}"
                                          for t, v in n["by_plover_type"].items()))
    print("  by rule: " + ", ".join(f"{r} {c}" for r, c in list(n["by_rule"].items())[:12]))


def _trigger_key(s: Sentence) -> str:
    return " / ".join(s.trigger_words[:2]) or s.plover.lower()


def instructive(sentences: Sequence[Sentence], limit: int) -> list[tuple[str, Sentence, str]]:
    """One example per pattern, the patterns that cover most sentences first.

    A miss's pattern is the PLOVER trigger words (its first ``(EVT: …)``), or "wrong roles"
    when the type was found with neither the agent nor the target matching; a false
    positive's pattern is the rule that fired. So each printed line stands for a fix.
    """
    groups: dict[tuple[str, str], list[Sentence]] = defaultdict(list)
    for s in sentences:
        if s.expected is not None and not s.type_hit:
            word = s.trigger_words[0].split()[0] if s.trigger_words else s.plover.lower()
            groups[("miss", f"{s.expected}: '{word}'")].append(s)
        elif s.type_hit and (s.agent_ok is False or s.target_ok is False):
            groups[("roles", f"{s.expected}: wrong {'agent' if s.agent_ok is False else 'target'}")].append(s)
        for f in s.got:
            if s.expected is None and f.kind in OURS:
                groups[("false positive", f.rule)].append(s)
            elif s.expected is not None and f.kind in OURS and f.kind != s.expected and not (
                    f.kind in CONSULT_FAMILY and s.expected in CONSULT_FAMILY):
                groups[("wrong type", f.rule)].append(s)
    order = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    # alternate categories so both misses and false positives show up
    picked: list[tuple[str, Sentence, str]] = []
    by_cat: dict[str, list[tuple[str, Sentence, str]]] = defaultdict(list)
    for (cat, key), ss in order:
        by_cat[cat].append((cat, ss[0], f"{key} (×{len(ss)})"))
    queues = [by_cat[c] for c in ("miss", "false positive", "roles", "wrong type") if by_cat[c]]
    while len(picked) < limit and any(queues):
        for q in queues:
            if q and len(picked) < limit:
                picked.append(q.pop(0))
    return picked


def describe(s: Sentence) -> str:
    got = "; ".join(f"{f.kind}(agents={f.agents}, targets={f.targets}) [{f.rule}]" for f in s.got) or "nothing"
    expected = (f"{s.expected} (PLOVER {s.plover}{'/' + s.mode if s.mode else ''}; source={s.source}, "
                f"target={s.target}, EVT={s.trigger_words})" if s.expected else
                f"none of ours (PLOVER {s.plover}{'/' + s.mode if s.mode else ''}, EVT={s.trigger_words})")
    return f"    {s.id}: {s.text}\n      expected: {expected}\n      got:      {got}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"folder with {DATA_FILE}")
    parser.add_argument("--json", type=Path, help="write the summary and per-sentence details here")
    parser.add_argument("--show", type=int, default=15, help="how many instructive cases to print (default 15)")
    args = parser.parse_args(argv)
    path = args.data / DATA_FILE
    if not path.is_file():
        print(f"{path} not found (the PLOVER records live in ../shared/eval/plover)", file=sys.stderr)
        return 2
    sentences = evaluate(parse_records(path))
    summary = summarise(sentences)
    print_table(summary)
    print(f"\n{args.show} most instructive cases (one per pattern, most frequent patterns first):")
    for cat, s, key in instructive(sentences, args.show):
        print(f"  [{cat}] {key}")
        print(describe(s))
    misses = Counter(w for s in sentences if s.expected and not s.type_hit for w in s.trigger_words[:1])
    print("\nPLOVER trigger words of the misses: " + ", ".join(f"{w} {c}" for w, c in misses.most_common(25)))
    if args.json:
        args.json.write_text(json.dumps({
            "licence": "Derived from PLOVER_GSR_CAMEO.txt (openeventdata/PLOVER), CC BY-SA 4.0, © PLOVER/OEDA "
                       "authors; 'PLOVER: Political Language Ontology for Verifiable Event Records', Open Event "
                       "Data Alliance.",
            "summary": summary, "sentences": [asdict(s) for s in sentences]}, indent=1, ensure_ascii=False) + "\n",
            encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
