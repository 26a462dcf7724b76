#!/usr/bin/env python3
"""Fit the calibration table of ``kg:confidence`` on labelled articles, and measure it honestly.

    .venv/bin/python scripts/calibrate.py --jobs 2            # measure only (prints Markdown)
    .venv/bin/python scripts/calibrate.py --jobs 2 --write    # … and write data/models/calibration.json
    make calibrate                                            # the same as --blind-era --write (below)
    .venv/bin/python scripts/calibrate.py --jobs 2 --check DIR  # … and measure the table on articles it never saw
    .venv/bin/python scripts/calibrate.py --jobs 2 --blind-era  # each team folder read by its session-start code

The labelled articles are the shared dev set and the team's own articles of ``data/calibration/``
(``--gold DIR`` names other folders, ``--dev-only`` none): the rules were developed against the dev
set, where they are right 98 % of the time, so a table fitted there alone promised 0.98 on every
fact while on text the rules had not seen fewer than nine in ten were right. Every article
(``NAME.txt`` beside its gold ``NAME.json``) is built as the scorer builds it —
``kg build NAME.txt --no-store --out NAME.trig`` — with the rules' own confidences
(``NEWSKG_CALIBRATION=none``), so the fit never sees an older table. The unit is a fact as the
scorer reads it, (relation type, subject, object): it is right or wrong by the scorer's own
matching (``score_doc`` of ``../shared/eval/score.py``, imported at run time), its evidences
(``kg:rule``, ``kg:confidence``) are those of the fact nodes behind it, and its raw confidence is
the most confident of them. :func:`kg.extract.calibration.fit` turns the labelled facts into
the table. "Calibrated" is measured by leave-one-document-out cross-validation: the table fitted
on the other articles calibrates each article's facts. Rule names are read from the output, so
the script works with whatever rules exist; a rule added later falls back to its nearest level.

Needs ``../shared/eval`` (or ``--eval DIR``): without it the script says so and exits 2.
Nothing from the evaluation articles is written to the repository: the table holds rule names,
fact kinds and counts only. ``--check DIR`` (repeatable) scores the fitted table on folders it was
not fitted on — a fresh probe written after the rules — without fitting on them.

``--blind-era`` builds each team folder with the code as it stood when the session that wrote it began (the
commit of its row in ``data/calibration/README.md``, "read blind by"; ``scripts/blind_era.py``), not with
today's: the rules were later fixed against those articles, so today's code reads them better than it reads
fresh news, and a table fitted on today's reading is too sure on text nobody has seen (docs/accuracy.md,
"Calibration", session 14). The dev set, on which the rules were written from the start, has no blind era and is
left out of that fit. A rule renamed since falls back to its nearest level the old code used.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from types import ModuleType

from blind_era import BLIND_COLUMN, EraFailed, blind_eras, era_tree, run_era_build

from kg.extract.calibration import TABLE_ENV, CalibrationTable
from kg.extract.reliability import (
    STRENGTHS,
    Observation,
    brier,
    calibrated,
    calibration_error,
    choose_strength,
    cross_validated,
    fit,
    reliability,
)
from kg.model import EventKind, RelationKind

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "data" / "models" / "calibration.json"
# Articles the team wrote, with gold by the shared guidelines (data/calibration/README.md): fitted on with the dev set.
TEAM_ARTICLES = ROOT / "data" / "calibration"

# The scorer's relation types and the fact kinds (kg.model) behind them.
KINDS: dict[str, str] = {
    "leaderOf": RelationKind.LEADER_OF, "officialOf": RelationKind.OFFICIAL_OF,
    "treatyParty": RelationKind.TREATY_PARTY, "visit": EventKind.VISIT, "meet": EventKind.MEETING,
    "agreement": EventKind.AGREEMENT, "accuse": EventKind.ACCUSATION, "deny": EventKind.DENIAL,
    "statement": EventKind.STATEMENT, "sanction": EventKind.SANCTION,
}
# The scorer's relation queries (score.py, REL_QUERIES) with the fact node's evidences added: a direct triple's
# evidence is on its rdf:Statement, an event's on the event. `facts_of` checks they find the scorer's facts.
_EVIDENCE = "?fact kg:evidence ?ev . ?ev kg:rule ?rule ; kg:confidence ?conf ."
_RELATION = ("SELECT ?s ?o ?rule ?conf WHERE {{ ?s kg:{p} ?o . ?fact rdf:subject ?s ; rdf:predicate kg:{p} ; "
             "rdf:object ?o . " + _EVIDENCE + " }}")
EVIDENCE_QUERIES: dict[str, str] = {
    "leaderOf": _RELATION.format(p="leaderOf"),
    "officialOf": _RELATION.format(p="officialOf"),
    "treatyParty": "SELECT ?s ?o ?rule ?conf WHERE { ?o a/rdfs:subClassOf* kg:Treaty ; kg:party ?s . "
                   "?fact rdf:subject ?o ; rdf:predicate kg:party ; rdf:object ?s . " + _EVIDENCE + " }",
    "visit": "SELECT ?s ?o ?rule ?conf WHERE { ?fact a/rdfs:subClassOf* kg:Visit ; kg:agent ?s ; "
             "kg:target|kg:location ?o . " + _EVIDENCE + " }",
    "meet": "SELECT ?s ?o ?rule ?conf WHERE { ?fact a/rdfs:subClassOf* kg:Meeting ; kg:agent ?s ; "
            "kg:agent|kg:target ?o FILTER(?s != ?o) " + _EVIDENCE + " }",
    "agreement": "SELECT ?s ?o ?rule ?conf WHERE { ?fact a/rdfs:subClassOf* kg:Agreement ; kg:agent ?s ; "
                 "kg:agent|kg:target ?o FILTER(?s != ?o) " + _EVIDENCE + " }",
    "sanction": "SELECT ?s ?o ?rule ?conf WHERE { ?fact a/rdfs:subClassOf* kg:Sanction ; kg:target ?o "
                "OPTIONAL { ?fact kg:agent ?s } " + _EVIDENCE + " }",
    "accuse": "SELECT ?s ?o ?rule ?conf WHERE { ?fact a/rdfs:subClassOf* kg:Accusation ; kg:agent ?s ; "
              "kg:target ?o . " + _EVIDENCE + " }",
    "deny": "SELECT ?s ?o ?rule ?conf WHERE { ?fact a/rdfs:subClassOf* kg:Denial ; kg:agent ?s "
            "OPTIONAL { ?fact kg:target ?o } " + _EVIDENCE + " }",
    "statement": "SELECT ?s ?o ?rule ?conf WHERE { ?fact a/rdfs:subClassOf* kg:Statement ; kg:agent ?s "
                 "OPTIONAL { ?fact kg:target ?o } " + _EVIDENCE + " }",
}


class CalibrationFailed(Exception):
    """Something the script cannot work around: it prints the message and exits 2."""


def load_scorer(eval_dir: Path) -> ModuleType:
    score_py = eval_dir / "score.py"
    if not score_py.is_file() or not (eval_dir / "dev").is_dir():
        raise CalibrationFailed(f"no evaluation set at {eval_dir} (needs score.py and dev/): the calibration is fitted "
                                "on the shared dev articles; give their folder with --eval DIR")
    spec = importlib.util.spec_from_file_location("newskg_eval_score", score_py)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_all(score: ModuleType, jobs_todo: Sequence[tuple[Path, Path, Path | None]], jobs: int,
              reuse: bool) -> None:
    """``kg build`` every (gold, output, tree) with raw confidences, ``jobs`` side by side: tree None with this
    checkout's code (the scorer's own ``run_build``), else with the code of that tree (``--blind-era``)."""
    os.environ[TABLE_ENV] = "none"  # inherited by the builds: the rules' own confidences
    todo = [job for job in jobs_todo if not (reuse and job[1].is_file())]
    print(f"building {len(todo)} of {len(jobs_todo)} articles ({jobs} at a time) …", file=sys.stderr)

    def build(job: tuple[Path, Path, Path | None]) -> str | None:
        gold, out, tree = job
        if tree is None:
            return score.run_build(ROOT, gold.with_suffix(".txt"), out, 900)
        return run_era_build(ROOT, tree, gold.with_suffix(".txt"), out, 900)

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        errors = list(pool.map(build, todo))
    failed = [f"{g.stem}: {e}" for (g, _, _), e in zip(todo, errors, strict=True) if e]
    if failed:
        raise CalibrationFailed("build failed: " + "; ".join(failed))


def facts_of(score: ModuleType, graph, gold: dict, doc: str) -> list[Observation]:
    """The document's scored facts, each labelled by the scorer and carrying its evidences."""
    nodes = score.entity_nodes(graph)
    node_key = score.match_nodes(nodes, gold)
    result = score.score_doc(graph, gold)["relations"]
    wrong = {tuple(extra) for extra in result["extra"]}
    init = {"kg": score.KG, "rdfs": score.RDFS, "rdf": score.RDF}

    def key(rtype: str, s_node, o_node) -> tuple | None:  # the scorer's own reading of a row (score_doc)
        s = node_key.get(s_node) if s_node is not None else None
        o = node_key.get(o_node) if o_node is not None else None
        if s_node is not None and s is None:
            s = f"?{s_node}"
        if o_node is not None and o is None:
            o = f"?{o_node}"
        if "IGNORE" in (s, o):
            return None
        return (rtype, s, None if rtype in score.SUBJECT_ONLY else o)

    out: list[Observation] = []
    for rtype, query in score.REL_QUERIES.items():
        scored = {k for row in graph.query(query, initNs=init) if (k := key(rtype, row[0], row[1])) is not None}
        if rtype not in EVIDENCE_QUERIES:
            raise CalibrationFailed(f"the scorer reads a relation type {rtype!r} this script does not know")
        evidences: dict[tuple, set[tuple[str, float]]] = defaultdict(set)
        for s, o, rule, conf in graph.query(EVIDENCE_QUERIES[rtype], initNs=init):
            k = key(rtype, s, o)
            if k is not None:
                evidences[k].add((str(rule), float(conf.toPython())))
        if set(evidences) != scored:
            raise CalibrationFailed(f"{doc}: the evidence query for {rtype!r} finds other facts than the scorer's "
                                    f"(scorer only: {sorted(scored - set(evidences), key=str)[:3]}, "
                                    f"evidence only: {sorted(set(evidences) - scored, key=str)[:3]}): "
                                    "update EVIDENCE_QUERIES to the scorer's REL_QUERIES")
        for k in sorted(scored, key=str):
            correct = tuple(map(str, k)) not in wrong
            out.append(Observation(str(KINDS[rtype]), tuple(sorted(evidences[k])), correct, doc))
    if len(out) != result["pred"] or sum(o.correct for o in out) != result["pred_ok"]:
        raise CalibrationFailed(f"{doc}: {len(out)} facts ({sum(o.correct for o in out)} right) but the scorer "
                                f"counts {result['pred']} ({result['pred_ok']} right)")
    return out


def label(score: ModuleType, folders: Sequence[Path], builds: Path, jobs: int, reuse: bool,
          trees: Sequence[Path | None] = ()) -> tuple[int, list[Observation]]:
    """How many articles the folders hold, and their scored facts labelled right or wrong.

    Each folder holds ``NAME.txt`` + ``NAME.json`` (gold in the format of the scorer's guidelines); its builds go to
    a subfolder of ``builds`` of its own, so that two folders may hold articles of the same name. ``trees[n]``, when
    given and not None, is the source tree whose code builds folder ``n`` (``--blind-era``); else this checkout's.
    """
    gold_files = [(n, g) for n, folder in enumerate(folders) for g in sorted(folder.glob("*.json"))
                  if g.with_suffix(".txt").is_file()]
    for n in {n for n, _ in gold_files}:
        (builds / str(n)).mkdir(parents=True, exist_ok=True)
    build_all(score, [(g, builds / str(n) / f"{g.stem}.trig", trees[n] if n < len(trees) else None)
                      for n, g in gold_files], jobs, reuse)
    ontology = score.Graph()
    for ttl in sorted((ROOT / "ontology").glob("*.ttl")):
        ontology.parse(ttl, format="turtle")
    observations: list[Observation] = []
    for n, gold_file in gold_files:
        graph = score.load_output(builds / str(n) / f"{gold_file.stem}.trig", ontology)
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        observations += facts_of(score, graph, gold, f"{folders[n].name}/{gold_file.stem}")
    return len(gold_files), observations


def paired(after: Sequence[tuple[float, bool]], before: Sequence[tuple[float, bool]]) -> str:
    """The mean per-fact difference of squared errors and its standard error: is a change more than noise?"""
    diffs = [(a - ok) ** 2 - (b - ok2) ** 2 for (a, ok), (b, ok2) in zip(after, before, strict=True)]
    mean = sum(diffs) / len(diffs)
    spread = (sum((d - mean) ** 2 for d in diffs) / (len(diffs) - 1)) ** 0.5 if len(diffs) > 1 else 0.0
    return f"{mean:+.3f} ± {spread / len(diffs) ** 0.5:.3f} (standard error over facts)"


def deciles(columns: dict[str, Sequence[tuple[float, bool]]]) -> list[str]:
    """A Markdown table of reliability by decile, one column per way of scoring the same facts."""
    bins = {name: {round(b.lower, 1): b for b in reliability(scored)} for name, scored in columns.items()}

    def cell(b) -> str:
        return f"{b.facts} · {b.mean_confidence:.2f} · {b.precision:.2f}" if b else "—"

    lines = ["| confidence | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    for lower in sorted(set().union(*bins.values())):
        lines.append(f"| {lower:.1f}–{lower + 0.1:.1f} | " + " | ".join(cell(b.get(lower)) for b in bins.values())
                     + " |")
    return lines


def checked(facts: Sequence[Observation], articles: int, table: CalibrationTable) -> str:
    """The Markdown of how the fitted table does on articles it was not fitted on (``--check``)."""
    raw = [(f.confidence, f.correct) for f in facts]
    ours = [(calibrated(table, f), f.correct) for f in facts]
    right = sum(f.correct for f in facts)

    def mean(scored: Sequence[tuple[float, bool]]) -> float:
        return sum(c for c, _ in scored) / len(scored)

    return "\n".join([
        f"Held out (--check): {len(facts)} scored facts from {articles} articles, {right} right "
        f"(precision {right / len(facts):.2f}); the table above, fitted without them.", "",
        "| confidence | Brier score | calibration error (ECE, deciles) | mean confidence |", "|---|---|---|---|",
        f"| raw | {brier(raw):.3f} | {calibration_error(raw):.3f} | {mean(raw):.2f} |",
        f"| calibrated | {brier(ours):.3f} | {calibration_error(ours):.3f} | {mean(ours):.2f} |",
        "", f"Brier score, calibrated minus raw: {paired(ours, raw)}.", "",
        *deciles({"raw": raw, "calibrated": ours})])


def report(facts: Sequence[Observation], articles: int, table: CalibrationTable, fixed: float | None) -> str:
    """The Markdown of docs/accuracy.md's Calibration section: Brier scores, reliability by decile, the table."""
    raw = [(f.confidence, f.correct) for f in facts]
    started = time.perf_counter()
    held_out = cross_validated(facts, fixed)  # nested: each fold also chooses its strength on its own training set
    print(f"leave-one-article-out{' (nested)' if fixed is None else ''}: {time.perf_counter() - started:.1f} s",
          file=sys.stderr)
    in_sample = [(calibrated(table, f), f.correct) for f in facts]
    right = sum(f.correct for f in facts)
    base = right / len(facts)
    how = f"prior strength {fixed:g}" if fixed is not None else "prior strength chosen in each fold among " + \
        ", ".join(f"{s:g}" for s in STRENGTHS)
    lines = [f"{len(facts)} scored facts from {articles} articles ({len({f.document for f in facts})} with facts), "
             f"{right} right (precision {base:.2f}); {how}; the final table: strength {table.strength:g}.", "",
             "| confidence | Brier score | calibration error (ECE, deciles) |", "|---|---|---|",
             f"| raw (the rules' own numbers) | {brier(raw):.3f} | {calibration_error(raw):.3f} |",
             f"| calibrated, leave-one-article-out (nested) | {brier(held_out):.3f} | "
             f"{calibration_error(held_out):.3f} |",
             f"| calibrated, fitted on all (in-sample: optimistic) | {brier(in_sample):.3f} | "
             f"{calibration_error(in_sample):.3f} |",
             f"| one constant, the overall precision {base:.2f} (in-sample reference) | "
             f"{brier([(base, ok) for _, ok in raw]):.3f} | {calibration_error([(base, ok) for _, ok in raw]):.3f} |",
             "", f"Brier score, calibrated (leave-one-article-out) minus raw: {paired(held_out, raw)}.",
             "", "Reliability by decile of confidence (facts · mean confidence · share right):", "",
             *deciles({"raw": raw, "calibrated (leave-one-article-out)": held_out})]
    lines += ["", "What a threshold keeps (`--min-confidence X`, leave-one-article-out confidences): the facts at or "
              "above X, the share of them that is right, and the share of all right facts they hold:", "",
              "| X | facts kept | precision | right facts kept |", "|---|---|---|---|"]
    for threshold in (0.0, 0.6, 0.7, 0.8, 0.85, 0.9):
        kept = [ok for c, ok in held_out if c >= threshold]
        precision = f"{sum(kept) / len(kept):.2f}" if kept else "—"
        lines.append(f"| {threshold:g} | {len(kept)} | {precision} | {sum(kept) / right:.2f} |")
    lines += ["", "Leave-one-article-out Brier score by prior strength (all articles): " + ", ".join(
        f"{s:g} → {brier(cross_validated(facts, s)):.3f}" for s in STRENGTHS) + ".", "",
        "The final table (fitted on all articles) by fact kind:", "",
        "| kind | facts | right | confidence | rule levels of their own |", "|---|---|---|---|---|"]
    for kind, c in sorted(table.kinds.items()):
        lines.append(f"| {kind} | {c.seen} | {c.correct} | {c.value:.2f} | {len(table.rules.get(kind, {}))} |")
    return "\n".join(lines)


def blind_era_trees(folders: Sequence[Path], eras_table: Path, trees: Path) -> list[Path | None]:
    """The source tree that read each folder blind (``--blind-era``), None for a folder the table gives no commit."""
    eras = blind_eras(eras_table)
    print(f"blind era: {sum(f.name in eras for f in folders)} of {len(folders)} folders by their session-start code "
          f"({', '.join(sorted(set(eras[f.name] for f in folders if f.name in eras)))})", file=sys.stderr)
    return [era_tree(ROOT, eras[f.name], trees) if f.name in eras else None for f in folders]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval",
                    help="the evaluation folder holding score.py and dev/ (default: ../shared/eval)")
    ap.add_argument("--gold", type=Path, action="append", metavar="DIR",
                    help="a folder of labelled articles (NAME.txt + NAME.json in the guidelines' format) to fit on "
                         "besides the dev set; repeatable (default: the folders of data/calibration/)")
    ap.add_argument("--dev-only", action="store_true", help="fit on the dev set alone, without --gold folders")
    ap.add_argument("--check", type=Path, action="append", default=[], metavar="DIR",
                    help="a folder of labelled articles the table is only measured on, never fitted on; repeatable")
    ap.add_argument("--write", action="store_true", help="write the table fitted on all articles to --table")
    ap.add_argument("--table", type=Path, default=TABLE, help="where --write puts the table (default: %(default)s)")
    ap.add_argument("--strength", type=float,
                    help="pseudo-observations behind each level's prior (default: the one of "
                         f"{', '.join(f'{s:g}' for s in STRENGTHS)} with the best leave-one-article-out Brier score)")
    ap.add_argument("--jobs", type=int, default=1, help="articles built side by side (default: 1)")
    ap.add_argument("--builds", type=Path, help="keep the built .trig files in this folder (default: a temporary one)")
    ap.add_argument("--reuse", action="store_true", help="do not rebuild an article whose .trig is in --builds")
    ap.add_argument("--blind-era", action="store_true",
                    help="fit on the team folders (not the dev set), each built with the code that read it blind: "
                         "the commit of its row in --eras (a folder without one: this checkout's code)")
    ap.add_argument("--eras", type=Path, default=TEAM_ARTICLES / "README.md",
                    help=f"the Markdown table naming each folder's {BLIND_COLUMN!r} commit (default: %(default)s)")
    args = ap.parse_args(argv)
    if args.reuse and args.builds is None:
        ap.error("--reuse needs --builds")
    try:
        score = load_scorer(args.eval.resolve())
        with tempfile.TemporaryDirectory() as tmp:
            builds = args.builds or Path(tmp)
            builds.mkdir(parents=True, exist_ok=True)
            extra = [] if args.dev_only else args.gold or sorted(p for p in TEAM_ARTICLES.iterdir() if p.is_dir())
            dev = args.eval.resolve() / "dev"
            if args.blind_era:  # the dev set has no blind era: the rules were written on it from the start
                if args.dev_only:
                    raise CalibrationFailed("--blind-era fits on the team folders, without the dev set: "
                                            "not with --dev-only")
                articles, facts = label(score, extra, builds / "fit", args.jobs, args.reuse,
                                        blind_era_trees(extra, args.eras, builds / "trees"))
            else:
                articles, facts = label(score, [dev, *extra], builds / "fit", args.jobs, args.reuse)
            held = label(score, args.check, builds / "check", args.jobs, args.reuse) if args.check else None
        if not facts:
            raise CalibrationFailed("the articles fitted on gave no facts: nothing to calibrate")
    except (CalibrationFailed, EraFailed) as exc:
        print(f"calibrate: {exc}", file=sys.stderr)
        return 2
    table = fit(facts, args.strength if args.strength is not None else choose_strength(facts))
    table = replace(table, documents=articles)  # fit counts the articles with facts; all were read
    print(report(facts, articles, table, args.strength))
    if held is not None and held[1]:
        print("\n" + checked(held[1], held[0], table))
    if args.write:
        args.table.parent.mkdir(parents=True, exist_ok=True)
        table.write(args.table)
        print(f"\nwrote {args.table}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
