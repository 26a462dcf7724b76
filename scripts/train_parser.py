"""Train the Universal Dependencies tagger + parser newskg ships in ``data/models/<lang>_ud/``.

Why this exists: the extractor needs argument structure (subject and object of a trigger,
passives, "between X and Y", coordination) that word windows cannot give, and spaCy's trained
pipelines cannot be downloaded where newskg runs. UD treebanks (CC BY-SA 4.0, in
``../shared/data/ud/``) let us train a small CPU parser offline, here, reproducibly.

What it does, per language:

1. reads the CoNLL-U files (``conllu`` package) of the training treebanks and turns every
   sentence into a spaCy ``Doc`` *in newskg's tokenisation*: a UD multi-word token (Indonesian
   "katanya" = kata + nya, "Apakah" = Apa + kah; English "its" = it + s) stays split when
   ``spacy.blank(lang)`` splits it the same way (English "don't" -> do + n't) and is merged into
   one token otherwise, taking the head, relation, POS and features of its syntactic root;
2. holds out every ``--dev-every``-th training sentence as dev (model selection only);
3. trains ``tok2vec`` (CNN, hashed NORM/PREFIX/SUFFIX/SHAPE, no vectors) shared by a
   ``morphologizer`` (UPOS + features) and a transition-based ``parser`` with ``spacy train``
   on CPU. Training runs on raw text re-tokenised by ``spacy.blank(lang)`` (``gold_preproc =
   false``), so the few tokens our tokenizer splits differently from UD ("sistem-sistem",
   "e-mail") are missing values, never wrong ones;
4. packages ``sentencizer`` (newskg's punctuation) + the three trained components into a
   fresh ``spacy.blank(lang)`` with a blank vocabulary (``spacy.load(path)`` works), plus
   ``LICENSE`` (CC BY-SA 4.0) and ``README.md`` (attribution, settings, scores);
5. scores the packaged model on the UD ``test`` files twice: on the gold tokens and sentences,
   and on running raw text (5 sentences or one UD document per text) tokenised and split into
   sentences by newskg's tokenizer and sentencizer, aligned to the gold tokens with
   ``spacy.training.Example`` (spaCy's ``Scorer``: UAS/LAS without punctuation, as spaCy
   reports them, and with it, as UD's CoNLL 2018 scorer does);
6. records settings, scores, size and speed in ``meta.json`` (``newskg_training``).

Usage (from the repo root; ``make parser`` runs both languages)::

    .venv/bin/python scripts/train_parser.py --lang id [--out data/models/id_ud]

About 10-15 minutes per language on 2 busy CPU cores with the defaults. ``--help`` lists the knobs;
docs/models.md has the settings tried.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.util import load_config
from thinc.api import Config

try:
    import conllu
except ImportError:  # pragma: no cover - a clear message beats a traceback
    raise SystemExit("scripts/train_parser.py needs the `conllu` package: pip install -e '.[train]'") from None

REPO_DIR = Path(__file__).resolve().parents[1]
DEFAULT_UD_DIR = REPO_DIR.parent / "shared" / "data" / "ud"
DEFAULT_POS_CORPUS = REPO_DIR.parent / "shared" / "data" / "id-pos" / "dataset_postag.txt"
LICENSE_TEXT = REPO_DIR / "docs" / "licenses" / "CC-BY-SA-4.0.txt"
CONFIG = REPO_DIR / "configs" / "parser.cfg"

TREEBANKS: dict[str, dict[str, list[str]]] = {
    "id": {"train": ["id_gsd-ud-dev.conllu", "id_csui-ud-train.conllu"],
           "test": ["id_gsd-ud-test.conllu", "id_csui-ud-test.conllu"]},
    "en": {"train": ["en_ewt-ud-dev.conllu"], "test": ["en_ewt-ud-test.conllu"]},
}
"""Only these files were obtainable (no GSD/EWT ``train``): see ../shared/data/ud/README.md."""

ATTRIBUTION = {
    "id": "UD Indonesian-GSD (Google's Universal Dependency Treebank, McDonald et al. 2013, converted and "
          "revised by the UD Indonesian maintainers; release at commit 89491e4) and UD Indonesian-CSUI "
          "(Universitas Indonesia, Alfina et al.; commit 41dd7f2)",
    "en": "UD English-EWT (annotations © 2013-2021 The Board of Trustees of the Leland Stanford Junior "
          "University; commit 15d613d)",
}

SENTENCE_PUNCT = [".", "!", "?", "。", "…"]
"""newskg's sentencizer characters (kg/nlp/pipeline.py), so the packaged model splits alike."""

TRAINED = ("tok2vec", "morphologizer", "parser")
SENTENCES_PER_RAW_TEXT = 5

# kumparan tags (../shared/data/id-pos) -> UPOS, for the "add the id-pos corpus" experiment only.
KUMPARAN_TO_UPOS = {
    "ADV": "ADV", "CC": "CCONJ", "DT": "DET", "FW": "X", "IN": "ADP", "JJ": "ADJ", "NEG": "PART",
    "NN": "NOUN", "NNP": "PROPN", "NUM": "NUM", "PR": "PRON", "RP": "PART", "SC": "SCONJ",
    "SYM": "PUNCT", "UH": "INTJ", "VB": "VERB",
}
CLITICS = frozenset({"nya", "lah", "kah", "pun", "ku", "mu"})

KNOBS: dict[str, tuple[str, ...]] = {
    "width": ("components.tok2vec.model.embed.width", "components.tok2vec.model.encode.width",
              "components.morphologizer.model.tok2vec.width", "components.parser.model.tok2vec.width"),
    "depth": ("components.tok2vec.model.encode.depth",),
    "rows": ("components.tok2vec.model.embed.rows",),
    "hidden_width": ("components.parser.model.hidden_width",),
    "min_action_freq": ("components.parser.min_action_freq",),
    "dropout": ("training.dropout",),
    "max_steps": ("training.max_steps",),
    "patience": ("training.patience",),
    "eval_frequency": ("training.eval_frequency",),
    "seed": ("system.seed",),
}
"""Command-line knob -> the places it sets in configs/parser.cfg (whose values are the defaults)."""


def config_overrides(lang: str, knobs: dict[str, Any]) -> dict[str, Any]:
    overrides: dict[str, Any] = {"nlp.lang": lang}
    for knob, value in knobs.items():
        if value is not None:
            overrides.update(dict.fromkeys(KNOBS[knob], value))
    return overrides


def effective_settings(config: Config) -> dict[str, Any]:
    """The knob values a training run used, read back from its resolved config."""
    settings = {}
    for knob, (path, *_) in KNOBS.items():
        node: Any = config
        for part in path.split("."):
            node = node[part]
        settings[knob] = node
    return settings


# --------------------------------------------------------------------------------------------
# Treebanks -> Docs in newskg's tokenisation


def read_treebank(path: Path) -> list[conllu.TokenList]:
    with path.open(encoding="utf-8") as fh:
        return list(conllu.parse_incr(fh))


def ud_doc(nlp: Language, sentence: conllu.TokenList, *, features: bool = True) -> tuple[Doc, list[tuple[int, int]]]:
    """One sentence as a Doc of UD syntactic words, and its multi-word tokens as word spans.

    Heads are absolute, the root points to itself with the label ``ROOT`` (spaCy's
    convention); a multi-word token's ``SpaceAfter`` sits on its range line, so its words are
    glued to each other and spaced after the last one.
    """
    multiword = {tok["id"][0]: tok for tok in sentence if isinstance(tok["id"], tuple) and tok["id"][1] == "-"}
    words, spaces, heads, deps, pos, morphs, lemmas = [], [], [], [], [], [], []
    spans: list[tuple[int, int]] = []
    mwt_end, mwt_space = 0, True
    for k, tok in enumerate(t for t in sentence if isinstance(t["id"], int)):
        if tok["id"] in multiword:
            mwt = multiword[tok["id"]]
            mwt_end = mwt["id"][2]
            mwt_space = (mwt["misc"] or {}).get("SpaceAfter") != "No"
            spans.append((k, k + mwt_end - tok["id"] + 1))
        if tok["id"] < mwt_end:
            spaces.append(False)
        elif tok["id"] == mwt_end:
            spaces.append(mwt_space)
        else:
            spaces.append((tok["misc"] or {}).get("SpaceAfter") != "No")
        words.append(tok["form"])
        heads.append(tok["head"] - 1 if tok["head"] else k)
        deps.append("ROOT" if tok["deprel"] == "root" else tok["deprel"])
        pos.append(tok["upos"])
        feats = tok["feats"] if features else None
        morphs.append("|".join(f"{key}={value}" for key, value in (feats or {}).items()))
        lemmas.append(tok["lemma"])
    spaces[-1] = False
    sent_starts = [True] + [False] * (len(words) - 1)
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, morphs=morphs,
              lemmas=lemmas, sent_starts=sent_starts)
    return doc, spans


def newskg_tokens(nlp: Language, doc: Doc, multiword: Sequence[tuple[int, int]]) -> tuple[Doc, int]:
    """Merge each multi-word token our tokenizer does not split into UD's words.

    The merged token inherits the attributes of the span's syntactic root (spaCy's
    retokenizer): "Menurutnya" (menurut/case + nya/obl) becomes one PRON/obl token, "katanya"
    (kata/VERB + nya/nsubj) one VERB token. Returns the Doc and how many spans were merged.
    """
    to_merge = []
    for start, end in multiword:
        words = [t.text for t in doc[start:end]]
        if [t.text for t in nlp.tokenizer("".join(words))] != words:
            to_merge.append(doc[start:end])
    if to_merge:
        with doc.retokenize() as retokenizer:
            for span in to_merge:
                retokenizer.merge(span)
    return doc, len(to_merge)


@dataclass
class Sentence:
    """A treebank sentence: newskg tokens (for training and scoring) and its document id."""

    doc: Doc
    doc_id: str
    merged: int
    genre: str = ""
    """EWT: the document id's prefix (weblog, newsgroup, email, answers, reviews)."""


def load_sentences(nlp: Language, path: Path, *, features: bool = True) -> list[Sentence]:
    """The file's sentences in newskg's tokenisation; sentences of one UD document share a
    ``doc_id`` (files without document ids: every five sentences, for running-text scoring)."""
    treebank = read_treebank(path)
    has_docs = any("newdoc id" in tl.metadata for tl in treebank)
    sentences = []
    doc_id = ""
    for i, tl in enumerate(treebank):
        doc_id = tl.metadata.get("newdoc id", doc_id) if has_docs else f"{path.stem}-{i // SENTENCES_PER_RAW_TEXT}"
        doc, spans = ud_doc(nlp, tl, features=features)
        doc, merged = newskg_tokens(nlp, doc, spans)
        sentences.append(Sentence(doc, doc_id, merged, doc_id.split("-", 1)[0] if has_docs else ""))
    return sentences


def split_dev(sentences: Sequence[Sentence], every: int) -> tuple[list[Sentence], list[Sentence]]:
    """Every ``every``-th sentence goes to dev: deterministic, spread over all files."""
    train = [s for i, s in enumerate(sentences) if i % every != every - 1]
    dev = [s for i, s in enumerate(sentences) if i % every == every - 1]
    return train, dev


def repeat_genres(sentences: Sequence[Sentence], repeats: Sequence[str]) -> list[Sentence]:
    """Training sentences with those of some genres repeated (``["weblog=2"]``).

    For the experiment "does weighting EWT toward its news-like genres help?": half of EWT dev
    is reviews and answers, where half the sentences are fragments without a verb ("Great
    service!"), while newskg reads news. The genre is the prefix of the UD document id.
    """
    times = {genre: int(n) for genre, n in (r.split("=", 1) for r in repeats)}
    out: list[Sentence] = []
    for sentence in sentences:
        out += [sentence] * times.get(sentence.genre, 1)
    return out


def read_pos_corpus(nlp: Language, path: Path, limit: int) -> list[Doc]:
    """The first ``limit`` id-pos sentences as POS-only Docs, clitics glued to their host.

    For the experiment "does the 560 k-token id-pos corpus help the tagger?": kumparan tags are
    mapped to UPOS (:data:`KUMPARAN_TO_UPOS`; its tag set has no AUX and no PROPN/NOUN split of
    titles, so the mapping is approximate); a clitic token ("nya") is merged into the word before
    it, as newskg's tokenizer does, keeping the host's tag.
    """
    docs: list[Doc] = []
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[0]:
                word, tag = parts[0], KUMPARAN_TO_UPOS.get(parts[1].strip().upper(), "X")
                if word.lower() in CLITICS and words and words[-1][-1:].isalnum():
                    words[-1] += word
                else:
                    words.append(word)
                    tags.append("SYM" if tag == "PUNCT" and any(c.isalnum() for c in word) else tag)
                continue
            if words:
                spaces = [nxt not in {".", ",", ";", ":", "!", "?", ")"} for nxt in [*words[1:], "."]]
                docs.append(Doc(nlp.vocab, words=words, spaces=spaces, pos=tags))
                words, tags = [], []
            if len(docs) >= limit:
                break
    return docs


# --------------------------------------------------------------------------------------------
# Training and packaging


def train(lang: str, knobs: dict[str, Any], train_docs: Iterable[Doc], dev_docs: Iterable[Doc],
          workdir: Path) -> Path:
    """Run ``spacy train`` with configs/parser.cfg on DocBins in ``workdir``; returns model-best."""
    from spacy.cli.train import train as spacy_train

    for name, docs in (("train", train_docs), ("dev", dev_docs)):
        DocBin(docs=docs, store_user_data=False).to_disk(workdir / f"{name}.spacy")
    overrides = config_overrides(lang, knobs)
    overrides.update({"paths.train": str(workdir / "train.spacy"), "paths.dev": str(workdir / "dev.spacy")})
    spacy_train(CONFIG, workdir / "output", use_gpu=-1, overrides=overrides)
    return workdir / "output" / "model-best"


def package(trained_path: Path, lang: str, out: Path) -> Language:
    """newskg's sentencizer + the trained components in a fresh blank pipeline, saved to ``out``.

    Rebuilding from the component configs keeps a blank vocabulary (the training output also
    carries every string of the training corpus, which inference does not need) and drops the
    training section of the config (corpus paths). Label strings are added so ``token.dep_``
    and ``token.morph`` resolve after loading.
    """
    trained = spacy.load(trained_path)
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer", config={"punct_chars": SENTENCE_PUNCT})
    for name in TRAINED:
        config = dict(trained.config["components"][name])
        factory = config.pop("factory")
        pipe = nlp.add_pipe(factory, name=name, config=config)
        pipe.from_bytes(trained.get_pipe(name).to_bytes(exclude=["vocab"]), exclude=["vocab"])
    for name in ("morphologizer", "parser"):
        for label in trained.get_pipe(name).labels:
            nlp.vocab.strings.add(label)
    nlp.meta.update({
        "name": "ud",
        "version": "1.0.0",
        "description": f"newskg {lang} sentencizer + tok2vec + morphologizer (UPOS, features) + dependency parser "
                       "trained on Universal Dependencies (scripts/train_parser.py).",
        "license": "CC BY-SA 4.0",
        "author": "newskg (model); Universal Dependencies contributors (data), see README.md",
        "sources": [{"name": ATTRIBUTION[lang], "url": "https://universaldependencies.org",
                     "license": "CC BY-SA 4.0"}],
    })
    if out.exists() and any(out.iterdir()) and not (out / "config.cfg").exists():
        raise SystemExit(f"refusing to overwrite {out}: not empty and not a spaCy pipeline")
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    nlp.to_disk(out)
    return spacy.load(out)


# --------------------------------------------------------------------------------------------
# Evaluation


def running_texts(sentences: Sequence[Sentence]) -> list[list[Sentence]]:
    """Sentences grouped into running texts: a UD document (EWT), or five consecutive sentences
    (the Indonesian treebanks have no document ids)."""
    groups: list[list[Sentence]] = []
    for k, sentence in enumerate(sentences):
        if k == 0 or sentence.doc_id != sentences[k - 1].doc_id:
            groups.append([])
        groups[-1].append(sentence)
    return groups


def gold_token_examples(nlp: Language, sentences: Sequence[Sentence]) -> list[Example]:
    """Predictions on the gold tokens, one sentence per Doc with its boundaries preset."""
    docs = []
    for sentence in sentences:
        ref = sentence.doc
        docs.append(Doc(nlp.vocab, words=[t.text for t in ref], spaces=[bool(t.whitespace_) for t in ref],
                        sent_starts=[t.i == 0 for t in ref]))
    syntax = [(name, nlp.get_pipe(name)) for name in TRAINED]
    predicted = docs
    for _, pipe in syntax:
        predicted = list(pipe.pipe(predicted, batch_size=256))
    return [Example(p, s.doc) for p, s in zip(predicted, sentences, strict=True)]


def raw_text_examples(nlp: Language, texts: Sequence[Sequence[Sentence]]) -> tuple[list[Example], float]:
    """The whole packaged pipeline on raw running text (sentences joined by one space), aligned
    to the gold Docs; returns the examples and the pipeline's words/s."""
    refs = [Doc.from_docs([s.doc for s in text], ensure_whitespace=True) for text in texts]
    start = time.perf_counter()
    predicted = list(nlp.pipe((ref.text for ref in refs), batch_size=64))
    seconds = time.perf_counter() - start
    words = sum(len(doc) for doc in predicted)
    return [Example(p, r) for p, r in zip(predicted, refs, strict=True)], words / seconds


def dep_label(token: Any, attr: str) -> str:
    return token.vocab.strings.as_string(getattr(token, attr)).lower()


def scores(examples: Sequence[Example]) -> dict[str, float]:
    """UAS/LAS (spaCy: punctuation excluded; UD/CoNLL 2018: included), UPOS and feature accuracy,
    sentence F1. Labels are compared in full ("nsubj:pass"), unlike CoNLL 2018's LAS."""
    deps = Scorer.score_deps(examples, "dep", getter=dep_label, ignore_labels=("p", "punct"))
    deps_all = Scorer.score_deps(examples, "dep", getter=dep_label, ignore_labels=())
    pos = Scorer.score_token_attr(examples, "pos")
    morph = Scorer.score_token_attr(examples, "morph")
    sents = Scorer.score_spans(examples, "sents", has_annotation=lambda doc: doc.has_annotation("SENT_START"))
    return {
        "uas": round(deps["dep_uas"], 4),
        "las": round(deps["dep_las"], 4),
        "uas_with_punct": round(deps_all["dep_uas"], 4),
        "las_with_punct": round(deps_all["dep_las"], 4),
        "pos_acc": round(pos["pos_acc"], 4),
        "morph_acc": round(morph["morph_acc"], 4),
        "sents_f": round(sents["sents_f"], 4),
    }


def evaluate(nlp: Language, test_sets: dict[str, list[Sentence]]) -> dict[str, Any]:
    """Scores per test file, per EWT genre, and over all files; the slowest words/s measured."""
    results: dict[str, Any] = {}
    all_gold: list[Example] = []
    all_raw: list[Example] = []
    speeds = []

    def entry(sentences: Sequence[Sentence], gold: list[Example], raw: list[Example]) -> dict[str, Any]:
        return {"sentences": len(sentences), "tokens": sum(len(s.doc) for s in sentences),
                "gold_tokens": scores(gold), "raw_text": scores(raw)}

    for name, sentences in test_sets.items():
        texts = running_texts(sentences)
        gold = gold_token_examples(nlp, sentences)
        raw, wps = raw_text_examples(nlp, texts)
        all_gold += gold
        all_raw += raw
        speeds.append(wps)
        results[name] = entry(sentences, gold, raw)
        for genre in sorted({s.genre for s in sentences if s.genre}):
            results[f"{name} [{genre}]"] = entry(
                [s for s in sentences if s.genre == genre],
                [eg for eg, s in zip(gold, sentences, strict=True) if s.genre == genre],
                [eg for eg, text in zip(raw, texts, strict=True) if text[0].genre == genre],
            )
    if len(test_sets) > 1:
        results["all"] = entry([s for sents in test_sets.values() for s in sents], all_gold, all_raw)
    results["words_per_second"] = round(min(speeds))
    return results


# --------------------------------------------------------------------------------------------
# Output


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def pct(x: float) -> str:
    return f"{x * 100:.1f}"


def score_rows(results: dict[str, Any]) -> str:
    rows = []
    for name, r in results.items():
        if not isinstance(r, dict):
            continue
        for kind in ("gold_tokens", "raw_text"):
            s = r[kind]
            rows.append(f"| {name} | {kind.replace('_', ' ')} | {pct(s['uas'])} | {pct(s['las'])} | "
                        f"{pct(s['uas_with_punct'])} | {pct(s['las_with_punct'])} | {pct(s['pos_acc'])} | "
                        f"{pct(s['morph_acc'])} | {pct(s['sents_f']) if kind == 'raw_text' else 'preset'} |")
    return "\n".join(rows)


def write_readme(out: Path, lang: str, record: dict[str, Any]) -> None:
    """README.md beside the model: what it is, attribution and licence (CC BY-SA 4.0), scores."""
    st = record["settings"]
    text = f"""# newskg {lang} Universal Dependencies parser (`data/models/{lang}_ud/`)

A spaCy {record["spacy_version"]} pipeline: `sentencizer` (newskg's sentence punctuation) →
`tok2vec` (CNN, shared) → `morphologizer` (UPOS in `token.pos_`, features in `token.morph`) →
`parser` (UD relations in `token.dep_`, `token.head`). `spacy.load("data/models/{lang}_ud")`
loads it; newskg adds its trained components to its own pipeline with `kg.nlp.syntax.add_syntax`.

## Data, attribution and licence

Trained on {", ".join(record["train_files"])} from Universal Dependencies
(https://universaldependencies.org): {ATTRIBUTION[lang]}. Universal Dependencies contributors.
The treebanks are licensed under the Creative Commons Attribution-ShareAlike 4.0 International
licence; this model is derived from them and is licensed under the same terms (CC BY-SA 4.0,
full text in `LICENSE`, https://creativecommons.org/licenses/by-sa/4.0/). Changes: the
treebanks were converted to spaCy training data (multi-word tokens that newskg's tokenizer keeps
whole were merged) and used to train this statistical model; no treebank text is included.

## How it was trained

```
{record["command"]}
```

- CPU, seed {st["seed"]}, {record["train_seconds"]:.0f} s of training on {record["cpus"]} cores.
- {record["train_sentences"]:,} training sentences; {record["dev_sentences"]:,} dev sentences (every
  {record["dev_every"]}th of the training files) for model selection only.
- {record["merged_multiword"]:,} multi-word tokens that newskg's tokenizer keeps whole merged.
- tok2vec: MultiHashEmbed NORM/PREFIX/SUFFIX/SHAPE, rows {"/".join(map(str, st["rows"]))};
  MaxoutWindowEncoder width {st["width"]}, depth {st["depth"]}. Parser hidden width
  {st["hidden_width"]}. Morphological features: {"yes" if st["features"] else "no (UPOS only)"}.
- Dropout {st["dropout"]}, at most {st["max_steps"]} steps (best dev checkpoint kept).

## Scores on the UD test files

Test files: {", ".join(record["test_files"])}. In %: UAS/LAS without punctuation (spaCy's
convention) and with it (UD's CoNLL 2018 convention), labels compared in full (`nsubj:pass`).
"gold tokens": gold tokens and sentences; "raw text": running text (a UD document, or five
sentences) tokenised and split into sentences by newskg's tokenizer and sentencizer, aligned to
the gold tokens.{" EWT rows in brackets are its genres." if lang == "en" else ""}

| test file | input | UAS | LAS | UAS+punct | LAS+punct | UPOS | features | sentence F1 |
|---|---|---|---|---|---|---|---|---|
{score_rows(record["eval"])}

Size {record["size_bytes"] / 1e6:.1f} MB (without this file and `LICENSE`). Speed:
{record["eval"]["words_per_second"]:,} words/s (this pipeline on raw text, one process).
"""
    (out / "README.md").write_text(text, encoding="utf-8")


def summary(results: dict[str, Any]) -> str:
    lines = []
    for name, r in results.items():
        if isinstance(r, dict):
            g, w = r["gold_tokens"], r["raw_text"]
            lines.append(f"{name:<28} gold UAS {pct(g['uas'])} LAS {pct(g['las'])} UPOS {pct(g['pos_acc'])} | "
                         f"raw UAS {pct(w['uas'])} LAS {pct(w['las'])} UPOS {pct(w['pos_acc'])} "
                         f"sents F {pct(w['sents_f'])}")
    return "\n".join(lines)


def int_list(text: str) -> list[int]:
    return [int(x) for x in text.split(",")]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog="Model knobs default to configs/parser.cfg. Settings tried: docs/models.md.")
    ap.add_argument("--lang", choices=sorted(TREEBANKS), required=True)
    ap.add_argument("--ud-dir", type=Path, default=DEFAULT_UD_DIR, help="folder with the CoNLL-U files")
    ap.add_argument("--out", type=Path, help="model folder (default data/models/<lang>_ud)")
    ap.add_argument("--dev-every", type=int, default=10, help="every n-th training sentence is dev (default 10)")
    ap.add_argument("--no-features", dest="features", action="store_false",
                    help="the morphologizer predicts UPOS only, no morphological features")
    ap.add_argument("--extra-pos-sentences", type=int, default=0, metavar="N",
                    help="Indonesian: add N id-pos corpus sentences (tags mapped to UPOS, no parse) to training")
    ap.add_argument("--repeat-genre", action="append", default=[], metavar="GENRE=N",
                    help="English: train on the sentences of one EWT genre (weblog, newsgroup, email, answers, "
                         "reviews: the document id's prefix) N times; may be repeated")
    ap.add_argument("--pos-corpus", type=Path, default=DEFAULT_POS_CORPUS, help="id-pos dataset_postag.txt")
    ap.add_argument("--workdir", type=Path, help="keep DocBins and checkpoints here (default: a temporary folder)")
    ap.add_argument("--eval-only", action="store_true", help="only score the model in --out")
    knob = ap.add_argument_group("model and training knobs (override configs/parser.cfg)")
    for name in KNOBS:
        kind = int_list if name == "rows" else float if name == "dropout" else int
        knob.add_argument(f"--{name.replace('_', '-')}", type=kind, metavar="N" if kind is not int_list else "N,N,N,N")
    args = ap.parse_args(argv)
    lang: str = args.lang
    out: Path = args.out or REPO_DIR / "data" / "models" / f"{lang}_ud"
    knobs = {name: getattr(args, name) for name in KNOBS}

    spacy.require_cpu()
    blank = spacy.blank(lang)
    files = TREEBANKS[lang]
    train_sents = [s for f in files["train"] for s in load_sentences(blank, args.ud_dir / f, features=args.features)]
    test_sets = {f.removesuffix(".conllu"): load_sentences(blank, args.ud_dir / f) for f in files["test"]}
    train_part, dev_part = split_dev(train_sents, args.dev_every)
    merged = sum(s.merged for s in train_sents)
    print(f"{lang}: {len(train_part)} train / {len(dev_part)} dev sentences, {merged} multi-word tokens merged; "
          f"test {', '.join(f'{k} {len(v)}' for k, v in test_sets.items())}", flush=True)

    train_seconds = 0.0
    if args.eval_only:
        nlp = spacy.load(out)
        dev_scores = None
    else:
        workdir = args.workdir or Path(tempfile.mkdtemp(prefix=f"{lang}_ud_"))
        workdir.mkdir(parents=True, exist_ok=True)
        train_docs = [s.doc for s in repeat_genres(train_part, args.repeat_genre)]
        if args.extra_pos_sentences:
            train_docs += read_pos_corpus(blank, args.pos_corpus, args.extra_pos_sentences)
        start = time.perf_counter()
        best = train(lang, knobs, train_docs, [s.doc for s in dev_part], workdir)
        train_seconds = time.perf_counter() - start
        dev_scores = json.loads((best / "meta.json").read_text(encoding="utf-8")).get("performance", {})
        nlp = package(best, lang, out)
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)

    results = evaluate(nlp, test_sets)
    size = dir_size(out) - sum((out / f).stat().st_size for f in ("README.md", "LICENSE") if (out / f).exists())
    record = {
        "command": " ".join(["python", "scripts/train_parser.py", *(argv if argv is not None else sys.argv[1:])]),
        "spacy_version": spacy.__version__,
        "settings": {**effective_settings(load_config(CONFIG, overrides=config_overrides(lang, knobs))),
                     "features": args.features, "extra_pos_sentences": args.extra_pos_sentences,
                     "repeat_genre": args.repeat_genre},
        "train_files": files["train"],
        "test_files": files["test"],
        "train_sentences": len(train_part),
        "dev_sentences": len(dev_part),
        "dev_every": args.dev_every,
        "merged_multiword": merged,
        "train_seconds": round(train_seconds, 1),
        "cpus": os.cpu_count(),
        "size_bytes": size,
        "dev": {k: round(v, 4) for k, v in (dev_scores or {}).items() if isinstance(v, float)},
        "eval": results,
    }
    print(summary(results))
    print(f"dev {record['dev']}; size {size / 1e6:.2f} MB, {results['words_per_second']:,} words/s, "
          f"training {train_seconds:.0f} s")
    if args.eval_only:
        print(json.dumps(record, indent=1))
        return 0
    meta_path = out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["newskg_training"] = record
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    shutil.copyfile(LICENSE_TEXT, out / "LICENSE")
    write_readme(out, lang, record)
    print(f"wrote {out} (LICENSE, README.md; metrics in meta.json under 'newskg_training')")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
