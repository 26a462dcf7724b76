"""Train the Indonesian part-of-speech tagger that newskg ships in ``data/models/id_pos/``.

Why this exists: spaCy's trained pipelines cannot be downloaded where newskg runs, yet the
Indonesian extractor needs to know which capitalised words are proper nouns (runs of ``NNP``
are unknown persons, organisations and places no gazetteer lists; a sentence-initial
"Kemitraan" is not a name). The kumparan POS corpus (MIT) gives us that signal, so we train a
small CPU tagger on it here, reproducibly, and ship the result.

What it does, in order:

1. reads ``token<TAB>tag`` sentences, repairs the few malformed lines, drops exact duplicates;
2. splits deterministically: near-duplicate sentences (the corpus is augmented with
   re-inflected copies) are grouped, and every ``--dev-every``-th group goes to dev;
3. builds training docs from the *corpus tokens* (``Doc(words=...)``, trained with
   ``gold_preproc``), adds copies of sentences as ``spacy.blank("id")`` tokenises their text
   (tags projected through the alignment), and joins sentences into multi-sentence docs (some
   separated by line breaks) so sentence starts inside a document are learned;
4. writes a config whose tagger has its own inline tok2vec (no listener), so a caller can
   ``add_pipe("tagger", source=...)`` that one component into any pipeline, and trains it
   with ``spacy train`` on CPU, bounded by ``--max-steps`` (``--max-epochs`` also works);
5. saves a minimal pipeline (tokenizer + tagger, blank vocabulary) to ``--out``;
6. evaluates the *saved* model on dev: on the corpus tokens, and on raw text rebuilt from
   them and re-tokenised by ``spacy.blank("id")`` (how newskg uses it), aligned with
   ``spacy.training.Example``, one sentence and five sentences per Doc; measures words/s;
   records everything in ``meta.json`` and ``NOTICE.md`` (which also carries the licence).

Runs in about 5 minutes on 2 CPU cores (training ~4 of them). The defaults are the shipped
settings; ``--width 64 --max-steps 4000`` gives a 5.6 MB, twice as fast, slightly less accurate
model (see docs/models.md).

Usage (from the repo root)::

    .venv/bin/python scripts/train_id_tagger.py [CORPUS] [--out data/models/id_pos]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

REPO_DIR = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO_DIR.parent / "shared" / "data" / "id-pos" / "dataset_postag.txt"
DEFAULT_OUT = REPO_DIR / "data" / "models" / "id_pos"

Sentence = tuple[tuple[str, ...], tuple[str, ...]]

# Tokens that a news writer glues to the previous word ("ada nya" in the corpus is "adanya"
# in the article); used only to rebuild plausible raw text for the re-tokenised evaluation.
CLITICS = frozenset({"nya", "lah", "kah", "ku", "mu"})
NO_SPACE_BEFORE = frozenset({".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "...", "’", "”", "/"})
NO_SPACE_AFTER = frozenset({"(", "[", "{", "‘", "“", "/"})
QUOTES = frozenset({'"', "'"})

CONFIG_TEMPLATE = """
[paths]
train = null
dev = null

[system]
gpu_allocator = null
seed = {seed}

[nlp]
lang = "id"
pipeline = ["tagger"]
batch_size = 1000
tokenizer = {{"@tokenizers":"spacy.Tokenizer.v1"}}

[components]

[components.tagger]
factory = "tagger"
overwrite = false
neg_prefix = "!"
label_smoothing = 0.0
scorer = {{"@scorers":"spacy.tagger_scorer.v1"}}

[components.tagger.model]
@architectures = "spacy.Tagger.v2"
nO = null
normalize = false

# Inline tok2vec (not a listener): the tagger is self-contained, so it can be sourced alone.
[components.tagger.model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

# NORM = lower-cased form; PREFIX/SUFFIX = first char / last 3 chars; SHAPE = character shape
# ("Xxxxx", "XXX", "dd.ddd"), the capitalisation signal a proper-noun decision needs.
[components.tagger.model.tok2vec.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [{rows_norm},{rows_prefix},{rows_suffix},{rows_shape}]
include_static_vectors = false

[components.tagger.model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 3

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
max_length = 0
gold_preproc = true
limit = 0
augmenter = null

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}
max_length = 0
gold_preproc = true
limit = 0
augmenter = null

[training]
seed = ${{system.seed}}
gpu_allocator = ${{system.gpu_allocator}}
dropout = {dropout}
accumulate_gradient = 1
patience = {patience}
max_epochs = {max_epochs}
max_steps = {max_steps}
eval_frequency = {eval_frequency}
frozen_components = []
annotating_components = []
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
before_to_disk = null
before_update = null

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
get_length = null

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001
t = 0.0

[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = true
eps = 0.00000001
learn_rate = 0.001

[training.score_weights]
tag_acc = 1.0

[pretraining]

[initialize]
vectors = null
init_tok2vec = null
vocab_data = null
lookups = null
before_init = null
after_init = null

[initialize.components]

[initialize.tokenizer]
"""


NOT_IN_CONFIG = frozenset({"retok_augment", "max_doc_sentences"})


@dataclass
class Settings:
    """Model and training knobs; defaults are the shipped trade-off (see docs/models.md)."""

    width: int = 96
    depth: int = 4
    rows_norm: int = 10000
    rows_prefix: int = 1000
    rows_suffix: int = 2500
    rows_shape: int = 1000
    dropout: float = 0.1
    max_steps: int = 3000
    max_epochs: int = 0
    eval_frequency: int = 500
    patience: int = 0
    seed: int = 0
    retok_augment: int = 1
    max_doc_sentences: int = 4

    def config_text(self) -> str:
        return CONFIG_TEMPLATE.format(**{k: v for k, v in self.__dict__.items() if k not in NOT_IN_CONFIG})


# --------------------------------------------------------------------------------------------
# Corpus


def read_corpus(path: Path) -> tuple[list[Sentence], dict[str, int]]:
    """Read ``token<TAB>tag`` sentences, repairing what would otherwise poison training.

    The file has a handful of defects: lines with two tags (``nya<TAB>PR<TAB>NN``; we keep the
    first), one lower-case tag (``vb``), runs of blank lines. Duplicated sentences are dropped
    (first occurrence kept) so that no dev sentence is also a training sentence.
    """
    stats = {"sentences_raw": 0, "tokens_raw": 0, "extra_tag_lines": 0, "duplicates_dropped": 0}
    sentences: list[Sentence] = []
    seen: set[tuple[str, ...]] = set()
    words: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if not words:
            return
        stats["sentences_raw"] += 1
        stats["tokens_raw"] += len(words)
        key = tuple(words)
        if key in seen:
            stats["duplicates_dropped"] += 1
        else:
            seen.add(key)
            sentences.append((key, tuple(tags)))
        words.clear()
        tags.clear()

    with path.open(encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                flush()
                continue
            parts = line.split("\t")
            if len(parts) < 2 or not parts[0] or not parts[1].strip():
                raise ValueError(f"{path}:{lineno}: expected token<TAB>tag, got {line!r}")
            if len(parts) > 2:
                stats["extra_tag_lines"] += 1
            words.append(parts[0])
            tags.append(parts[1].strip().upper())
    flush()
    return sentences, stats


def variant_groups(sentences: Sequence[Sentence], n: int = 4, threshold: float = 0.5) -> list[int]:
    """Group id per sentence, joining near-duplicates (union-find over shared word n-grams).

    Why: the corpus is augmented. Most sentences occur two or more times, far apart in the
    file, with verbs re-inflected ("melintasi" / "lintasi", "menyebabkan" / "sebabi") or a
    clitic split differently. An interleaved split puts one variant in train and the other in
    dev, which measured 99.7 % "accuracy" (a dev sentence's 6-grams were 54 % present in
    train). Two sentences are joined when they share at least ``threshold`` of the n-grams of
    the shorter one; n-grams seen in over 100 sentences are ignored as boilerplate.
    """
    parent = list(range(len(sentences)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    shingles: list[set[tuple[str, ...]]] = []
    for words, _ in sentences:
        low = [w.lower() for w in words]
        shingles.append({tuple(low[i : i + n]) for i in range(len(low) - n + 1)} or {tuple(low)})
    index: dict[tuple[str, ...], list[int]] = {}
    for i, grams in enumerate(shingles):
        for g in grams:
            index.setdefault(g, []).append(i)
    for i, grams in enumerate(shingles):
        shared: dict[int, int] = {}
        for g in grams:
            holders = index[g]
            if len(holders) > 100:
                continue
            for j in holders:
                if j > i:
                    shared[j] = shared.get(j, 0) + 1
        for j, count in shared.items():
            if count / min(len(grams), len(shingles[j])) >= threshold:
                a, b = find(i), find(j)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    return [find(i) for i in range(len(sentences))]


def split(sentences: Sequence[Sentence], dev_every: int) -> tuple[list[Sentence], list[Sentence]]:
    """Every ``dev_every``-th variant group (in order of first appearance) goes to dev.

    Deterministic and spread over the whole file; all variants of a sentence land on the
    same side, so dev measures generalisation rather than recall of a re-inflected twin.
    """
    groups = variant_groups(sentences)
    rank: dict[int, int] = {}
    for g in groups:
        rank.setdefault(g, len(rank))
    is_dev = [rank[g] % dev_every == dev_every - 1 for g in groups]
    train = [s for s, d in zip(sentences, is_dev, strict=True) if not d]
    dev = [s for s, d in zip(sentences, is_dev, strict=True) if d]
    return train, dev


def join_sentences(sentences: Sequence[Sentence], max_per_doc: int) -> list[Sentence]:
    """Concatenate consecutive sentences into training docs of 1, 2, ... ``max_per_doc`` sentences.

    Why: newskg tags whole articles, where most sentence-initial words follow a full stop or a
    line break, not the start of the Doc. Trained on one-sentence docs only, the tagger learned
    "Doc start" rather than "sentence start" and tagged a capitalised common word after ". " as
    NNP ("... tertutup. Kemitraan strategis ..." -> 17 % of such words in 5-sentence docs). Of
    the sentence boundaries inside a doc, every fourth gets a "\n\n" token and every fourth
    loses its full stop for a "\n" token (a headline or dateline line), because spaCy keeps
    line breaks as whitespace tokens, which the corpus never shows; they are tagged SYM.
    """
    docs: list[Sentence] = []
    i, size, boundary = 0, 1, 0
    while i < len(sentences):
        words: list[str] = []
        tags: list[str] = []
        for k, (sent_words, sent_tags) in enumerate(sentences[i : i + size]):
            if k:
                boundary += 1
                if boundary % 4 == 2:
                    words.append("\n\n")
                    tags.append("SYM")
                elif boundary % 4 == 3:
                    if words[-1] == ".":
                        words.pop()
                        tags.pop()
                    words.append("\n")
                    tags.append("SYM")
            words += sent_words
            tags += sent_tags
        docs.append((tuple(words), tuple(tags)))
        i += size
        size = size % max(1, max_per_doc) + 1
    return docs


def to_docbin(nlp: Language, sentences: Iterable[Sentence]) -> DocBin:
    """Docs from the corpus tokens themselves, so training never depends on our tokenizer."""
    db = DocBin(attrs=["ORTH", "TAG"], store_user_data=False)
    for words, tags in sentences:
        db.add(Doc(nlp.vocab, words=list(words), tags=list(tags)))
    return db


def retokenised_copies(nlp: Language, sentences: Iterable[Sentence]) -> list[Sentence]:
    """Training copies of sentences as ``spacy.blank('id')`` tokenises their rebuilt text.

    Why: newskg tags spaCy tokens, not corpus tokens. The corpus writes "beras nya", "Bagi ku",
    "kuil-kuil"; the tokenizer yields "berasnya", "Bagiku", "kuil - kuil". Trained on corpus
    tokens alone, the tagger has rarely seen such forms and guesses (ADV for "berasnya", NNP for
    a sentence-initial "Artinya"). Tags are projected through the character alignment: a merged
    token takes the tag of its first corpus token (the stem), a split piece takes its token's
    tag, and a piece without letters or digits (the hyphen of "kuil - kuil") takes SYM, as
    standalone punctuation does in the corpus. Only sentences whose tokens differ are copied.
    """
    copies: list[Sentence] = []
    for words, tags in sentences:
        text, _ = detokenize(words)
        pred = nlp.make_doc(text)
        if [t.text for t in pred] == list(words):
            continue
        ref = Doc(nlp.vocab, words=list(words), spaces=detokenize(words)[1])
        x2y = Example(pred, ref).alignment.x2y
        new_tags = []
        for tok in pred:
            ys = x2y[tok.i]
            if not len(ys):
                break
            tag = tags[int(ys[0])]
            if not any(c.isalnum() for c in tok.text):
                tag = "SYM"
            new_tags.append(tag)
        else:
            copies.append((tuple(t.text for t in pred), tuple(new_tags)))
    return copies


def detokenize(words: Sequence[str]) -> tuple[str, list[bool]]:
    """Rebuild plausible article text (and per-token trailing spaces) from corpus tokens.

    The corpus lost the original spacing; a plain space-join would hide every tokenisation
    difference from the evaluation. These rules follow Indonesian news orthography: clitics
    (``nya``, ``lah``, ...) glue to the previous word, punctuation attaches, straight quotes
    alternate open/close.
    """
    spaces = [True] * len(words)
    quote_open = False
    for i, w in enumerate(words):
        if w in QUOTES:
            prev = words[i - 1] if i else ""
            closing = i > 0 and (quote_open or prev in {".", ",", "!", "?"})
            glue_left = closing
            quote_open = not closing
            if not closing:
                spaces[i] = False  # opening quote hugs the next word
        elif i == 0:
            glue_left = False
        else:
            glue_left = w in NO_SPACE_BEFORE or (w.lower() in CLITICS and words[i - 1][-1:].isalnum())
        if glue_left and i > 0:
            spaces[i - 1] = False
        if w in NO_SPACE_AFTER:
            spaces[i] = False
    spaces[-1] = False
    text = "".join(w + (" " if sp else "") for w, sp in zip(words, spaces, strict=True))
    return text, spaces


# --------------------------------------------------------------------------------------------
# Evaluation


@dataclass
class Counts:
    """Token-level tallies; NNP is scored as a binary decision per gold token."""

    tokens: int = 0
    correct: int = 0
    nnp_tp: int = 0
    nnp_fp: int = 0
    nnp_fn: int = 0
    run_tp: int = 0
    run_pred: int = 0
    run_gold: int = 0
    init_common: int = 0
    init_common_as_nnp: int = 0
    init_nnp: int = 0
    init_nnp_found: int = 0
    one_to_one: int = 0
    one_to_one_correct: int = 0
    confusions: dict[str, int] = field(default_factory=dict)

    def add(self, gold: Sequence[str], pred: Sequence[str], words: Sequence[str]) -> None:
        for g, p in zip(gold, pred, strict=True):
            self.tokens += 1
            self.correct += g == p
            if g != p:
                key = f"{g}->{p}"
                self.confusions[key] = self.confusions.get(key, 0) + 1
            self.nnp_tp += g == "NNP" and p == "NNP"
            self.nnp_fp += g != "NNP" and p == "NNP"
            self.nnp_fn += g == "NNP" and p != "NNP"
        if words and words[0][:1].isupper():
            if gold[0] == "NNP":
                self.init_nnp += 1
                self.init_nnp_found += pred[0] == "NNP"
            else:
                self.init_common += 1
                self.init_common_as_nnp += pred[0] == "NNP"
        gold_runs, pred_runs = nnp_runs(gold), nnp_runs(pred)
        self.run_gold += len(gold_runs)
        self.run_pred += len(pred_runs)
        self.run_tp += len(gold_runs & pred_runs)

    def report(self) -> dict[str, float | int | dict[str, int]]:
        p = self.nnp_tp / max(1, self.nnp_tp + self.nnp_fp)
        r = self.nnp_tp / max(1, self.nnp_tp + self.nnp_fn)
        rp = self.run_tp / max(1, self.run_pred)
        rr = self.run_tp / max(1, self.run_gold)
        top = dict(sorted(self.confusions.items(), key=lambda kv: -kv[1])[:12])
        return {
            "tokens": self.tokens,
            "tag_acc": round(self.correct / max(1, self.tokens), 4),
            "nnp_p": round(p, 4),
            "nnp_r": round(r, 4),
            "nnp_f": round(2 * p * r / max(1e-9, p + r), 4),
            "nnp_run_p": round(rp, 4),
            "nnp_run_r": round(rr, 4),
            "nnp_run_f": round(2 * rp * rr / max(1e-9, rp + rr), 4),
            "initial_common_as_nnp": round(self.init_common_as_nnp / max(1, self.init_common), 4),
            "initial_common_n": self.init_common,
            "initial_nnp_r": round(self.init_nnp_found / max(1, self.init_nnp), 4),
            "initial_nnp_n": self.init_nnp,
            "one_to_one_share": round(self.one_to_one / max(1, self.tokens), 4),
            "tag_acc_one_to_one": round(self.one_to_one_correct / max(1, self.one_to_one), 4),
            "top_confusions": top,
        }


def nnp_runs(tags: Sequence[str]) -> set[tuple[int, int]]:
    """Maximal runs of NNP as (start, end) token offsets: the unit newskg turns into names."""
    runs: set[tuple[int, int]] = set()
    start = None
    for i, t in enumerate([*tags, "_END_"]):
        if t == "NNP" and start is None:
            start = i
        elif t != "NNP" and start is not None:
            runs.add((start, i))
            start = None
    return runs


def paragraphs(dev: Sequence[Sentence], per_doc: int) -> list[tuple[str, list[Sentence], list[bool]]]:
    """Rebuilt raw text of ``per_doc`` consecutive dev sentences, with the sentences and spaces.

    Sentences are separated by a space, except every third boundary by a blank line, as
    in an article's paragraphs (the blank line is a whitespace token the alignment skips).
    """
    out = []
    boundary = 0
    for i in range(0, len(dev), per_doc):
        chunk = list(dev[i : i + per_doc])
        text, spaces = "", []
        for k, (words, _) in enumerate(chunk):
            sent_text, sp = detokenize(words)
            if k:
                boundary += 1
                text += "\n\n" if boundary % 3 == 0 else " "
            text += sent_text
            spaces += [*sp[:-1], True]
        spaces[-1] = False
        out.append((text, chunk, spaces))
    return out


def score_retokenised(nlp: Language, dev: Sequence[Sentence], per_doc: int) -> Counts:
    """Tag rebuilt raw text as newskg would and judge every corpus token (see :func:`evaluate`)."""
    counts = Counts()
    chunks = paragraphs(dev, per_doc)
    texts = [text for text, _, _ in chunks]
    for pred, (_, chunk, spaces) in zip(nlp.pipe(texts, batch_size=64), chunks, strict=True):
        words = [w for ws, _ in chunk for w in ws]
        tags = [t for _, ts in chunk for t in ts]
        ref = Doc(nlp.vocab, words=words, spaces=spaces, tags=tags)
        eg = Example(pred, ref)
        y2x, x2y = eg.alignment.y2x, eg.alignment.x2y
        projected = []
        for i in range(len(ref)):
            xs = y2x[i]
            projected.append(pred[int(xs[0])].tag_ if len(xs) else "")
            if len(xs) == 1 and len(x2y[int(xs[0])]) == 1:
                counts.one_to_one += 1
                counts.one_to_one_correct += projected[-1] == tags[i]
        offset = 0
        for sent_words, sent_tags in chunk:
            n = len(sent_words)
            counts.add(sent_tags, projected[offset : offset + n], sent_words)
            offset += n
    return counts


def evaluate(nlp: Language, dev: Sequence[Sentence]) -> dict[str, dict[str, float | int | dict[str, int]]]:
    """Score on corpus tokens, and on raw text re-tokenised by ``spacy.blank('id')``.

    Raw text is rebuilt from the corpus tokens (:func:`detokenize`) one sentence per Doc, and
    five consecutive sentences per Doc (running text with some blank lines, as in an article). Every *gold* token
    gets a prediction: the tag of the first spaCy token aligned to it (a split "kuil-kuil" ->
    "kuil - kuil" is judged by "kuil"; a merged "ada"+"nya" -> "adanya" lends its one tag to
    both, so "nya" is usually counted wrong). The denominator stays the corpus tokens, so the
    numbers are comparable; ``tag_acc_one_to_one`` restricts to tokens both sides agree on.
    """
    tagger = nlp.get_pipe("tagger")
    gold_tok = Counts()
    docs = [Doc(nlp.vocab, words=list(w)) for w, _ in dev]
    for doc, (words, tags) in zip(tagger.pipe(docs, batch_size=256), dev, strict=True):
        gold_tok.add(tags, [t.tag_ for t in doc], words)
        gold_tok.one_to_one += len(words)
        gold_tok.one_to_one_correct += sum(t.tag_ == g for t, g in zip(doc, tags, strict=True))
    return {
        "corpus_tokens": gold_tok.report(),
        "spacy_retokenised": score_retokenised(nlp, dev, 1).report(),
        "spacy_retokenised_5_sentence_docs": score_retokenised(nlp, dev, 5).report(),
    }


def words_per_second(nlp: Language, texts: Sequence[str], repeats: int = 3) -> float:
    """Throughput of tokenizer+tagger on raw text, single process, best of ``repeats``."""
    list(nlp.pipe(texts[:200]))  # warm-up
    best = 0.0
    for _ in range(repeats):
        start = time.perf_counter()
        n = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
        best = max(best, n / (time.perf_counter() - start))
    return best


# --------------------------------------------------------------------------------------------
# Output


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def save_minimal(trained: Path, out: Path) -> Language:
    """Rebuild the trained tagger inside a fresh ``blank('id')`` and save only that.

    A plain ``to_disk`` of the training output would carry the training config (corpus paths)
    and ~0.4 MB of strings seen in training that inference never needs. Building the tagger from
    its component config and loading its weights (without the vocab) keeps the blank vocabulary
    plus the tag labels, which ``token.tag_`` must be able to resolve.
    """
    source = spacy.load(trained)
    nlp = spacy.blank("id")
    config = dict(source.config["components"]["tagger"])
    config.pop("factory")
    tagger = nlp.add_pipe("tagger", config=config)
    tagger.from_bytes(source.get_pipe("tagger").to_bytes(exclude=["vocab"]), exclude=["vocab"])
    for label in tagger.labels:
        nlp.vocab.strings.add(label)
    nlp.meta.update(
        {
            "name": "newskg_id_pos",
            "version": "1.0.0",
            "description": "Indonesian POS tagger (tokenizer + tagger with inline tok2vec).",
            "license": "MIT (model and corpus); corpus © kumparan.com, see NOTICE.md",
            "sources": [
                {"name": "kumparan POS corpus (nlp-id 0.1.23.0 dataset_postag.txt)", "license": "MIT"}
            ],
        }
    )
    if out.exists() and any(out.iterdir()) and not (out / "config.cfg").exists():
        raise SystemExit(f"refusing to overwrite {out}: not empty and not a spaCy pipeline")
    if out.exists():
        for child in out.iterdir():
            if child.is_dir():
                shutil.rmtree(child)
            else:
                child.unlink()
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    return spacy.load(out)


def fmt(m: dict[str, float | int | dict[str, int]]) -> str:
    return (
        f"acc {float(m['tag_acc']):.2%} | NNP P {float(m['nnp_p']):.2%} R {float(m['nnp_r']):.2%} "
        f"F1 {float(m['nnp_f']):.2%} | NNP-run F1 {float(m['nnp_run_f']):.2%} | "
        f"initial common->NNP {float(m['initial_common_as_nnp']):.2%} of {m['initial_common_n']}"
    )


def write_notice(out: Path, license_text: str, record: dict) -> None:
    """NOTICE.md: the corpus licence must travel with the model, plus how it was made."""
    ev = record["eval"]
    ct, rt, pt = ev["corpus_tokens"], ev["spacy_retokenised"], ev["spacy_retokenised_5_sentence_docs"]

    def pct(x: float) -> str:
        return f"{x * 100:.2f} %"

    rows = "\n".join(
        f"| {name} | {pct(m['tag_acc'])} | {pct(m['nnp_p'])} | {pct(m['nnp_r'])} | {pct(m['nnp_f'])} "
        f"| {pct(m['nnp_run_f'])} |"
        for name, m in (
            ("corpus tokens, one sentence per Doc", ct),
            ("raw text, `spacy.blank(\"id\")` tokenizer, one sentence per Doc", rt),
            ("raw text, `spacy.blank(\"id\")` tokenizer, five sentences per Doc", pt),
        )
    )
    st, corpus = record["settings"], record["corpus"]
    text = f"""# newskg Indonesian POS tagger (`data/models/id_pos/`)

A spaCy pipeline (`spacy.blank("id")` tokenizer + one `tagger` with an inline tok2vec, no
listener) trained by `scripts/train_id_tagger.py` on the kumparan Indonesian POS corpus. Tags
are in `token.tag_` ({len(record["labels"])} tags: {", ".join(record["labels"])}); `NNP` marks
proper nouns.

## Data and licence

Trained on `dataset_postag.txt` from the `nlp-id` package (PyPI, version 0.1.23.0,
`nlp_id/data/dataset_postag.txt`), © kumparan.com, MIT licence. This model is derived from that
corpus; the corpus licence and copyright notice follow and must be kept with the model:

```
{license_text.strip()}
```

## How it was trained

```
{record["command"]}
```

spaCy {record["spacy_version"]}, CPU only, seed {st["seed"]}; {record["train_seconds"]:.0f} s of
training on {record["cpus"]} CPU cores.

- Corpus: {corpus["sentences_raw"]:,} sentences / {corpus["tokens_raw"]:,} tokens read;
  {corpus["extra_tag_lines"]} lines with two tags kept their first; {corpus["duplicates_dropped"]:,} exact
  duplicate sentences dropped.
- Split: the corpus is augmented (most sentences recur with verbs re-inflected, e.g.
  *melintasi* / *lintasi*), so near-duplicates are grouped (shared word 4-grams) and every
  {record["dev_every"]}th group goes to dev: {record["dev_sentences"]:,} dev sentences ({ct["tokens"]:,} tokens),
  {record["train_sentences"]:,} training sentences. An interleaved split without grouping
  leaked and measured 99.7 % accuracy.
- Training data: the corpus tokens (`Doc(words=...)`, `gold_preproc`), plus
  {record["retok_copies"]:,} copies of training sentences whose rebuilt text `spacy.blank("id")`
  tokenises differently (*berasnya* vs *beras nya*), tags projected through the alignment;
  sentences concatenated into docs of 1-{st["max_doc_sentences"]} sentences, some boundaries
  marked by a line break (tagged SYM), so sentence starts inside an article are learned too.
- Model: MultiHashEmbed over NORM, PREFIX, SUFFIX, SHAPE (rows
  {st["rows_norm"]}/{st["rows_prefix"]}/{st["rows_suffix"]}/{st["rows_shape"]}), MaxoutWindowEncoder
  width {st["width"]}, depth {st["depth"]}; Adam, {st["max_steps"]} steps, dropout {st["dropout"]}.

## Measured on the dev split

| input | tag acc. | NNP P | NNP R | NNP F1 | NNP-run F1 |
|---|---|---|---|---|---|
{rows}

- *Raw text*: the sentence text rebuilt from the corpus tokens (clitics such as *nya* glued
  back, punctuation attached), tokenised by `spacy.blank("id")` and aligned to the corpus
  tokens with `spacy.training.Example`. Each corpus token is judged by the first spaCy token
  aligned to it, so a merged *ada*+*nya* = *adanya* counts *nya* wrong; on the
  {pct(pt["one_to_one_share"])} of tokens aligned one-to-one the accuracy is
  {pct(pt["tag_acc_one_to_one"])}.
- *NNP-run F1*: exact match of maximal runs of NNP, the unit newskg reads as a name.
- Sentence-initial capitalised common words (*Kemitraan*, *Sebagai*) tagged NNP:
  {pct(pt["initial_common_as_nnp"])} of {pt["initial_common_n"]:,} (five sentences per Doc);
  sentence-initial proper nouns found: {pct(pt["initial_nnp_r"])} of {pt["initial_nnp_n"]}.

Size on disk (without this file): {record["size_bytes"] / 1e6:.1f} MB. Speed, tokenizer + tagger
on raw text, `nlp.pipe`, one process on {record["cpus"]} cores: {record["words_per_second"]:,.0f} words/s.
"""
    (out / "NOTICE.md").write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="dataset_postag.txt")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the pipeline is written")
    ap.add_argument("--dev-every", type=int, default=10)
    ap.add_argument("--workdir", type=Path, default=None, help="keep DocBins/config/checkpoints here")
    ap.add_argument("--eval-only", action="store_true", help="only evaluate the model in --out")
    defaults = Settings()
    for name, value in defaults.__dict__.items():
        ap.add_argument(f"--{name.replace('_', '-')}", type=type(value), default=value)
    args = ap.parse_args(argv)
    settings = Settings(**{k: getattr(args, k) for k in defaults.__dict__})

    spacy.require_cpu()
    random.seed(settings.seed)
    corpus: Path = args.corpus.resolve()
    license_path = corpus.parent / "LICENSE"
    sentences, stats = read_corpus(corpus)
    train, dev = split(sentences, args.dev_every)
    print(f"corpus {corpus}: {stats}; {len(train)} train / {len(dev)} dev sentences", flush=True)

    train_seconds = 0.0
    retok_copies = 0
    if not args.eval_only:
        workdir = args.workdir or Path(tempfile.mkdtemp(prefix="id_pos_"))
        workdir.mkdir(parents=True, exist_ok=True)
        blank = spacy.blank("id")
        train_docs = join_sentences(train, settings.max_doc_sentences)
        if settings.retok_augment:
            copies = retokenised_copies(blank, train)
            retok_copies = len(copies)
            print(f"adding {retok_copies} re-tokenised training copies", flush=True)
            train_docs += join_sentences(copies, settings.max_doc_sentences)
        to_docbin(blank, train_docs).to_disk(workdir / "train.spacy")
        to_docbin(blank, dev).to_disk(workdir / "dev.spacy")
        (workdir / "config.cfg").write_text(settings.config_text(), encoding="utf-8")
        from spacy.cli.train import train as spacy_train

        start = time.perf_counter()
        spacy_train(
            workdir / "config.cfg",
            workdir / "output",
            use_gpu=-1,
            overrides={"paths.train": str(workdir / "train.spacy"), "paths.dev": str(workdir / "dev.spacy")},
        )
        train_seconds = time.perf_counter() - start
        nlp = save_minimal(workdir / "output" / "model-best", args.out)
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    else:
        nlp = spacy.load(args.out)

    results = evaluate(nlp, dev)
    wps = words_per_second(nlp, [text for text, _, _ in paragraphs(dev, 5)])
    size = dir_size(args.out) - (
        (args.out / "NOTICE.md").stat().st_size if (args.out / "NOTICE.md").exists() else 0
    )
    record = {
        "command": " ".join(["python", "scripts/train_id_tagger.py", *(argv or sys.argv[1:])]),
        "spacy_version": spacy.__version__,
        "settings": settings.__dict__,
        "corpus": stats,
        "dev_every": args.dev_every,
        "train_sentences": len(train),
        "dev_sentences": len(dev),
        "train_seconds": round(train_seconds, 1),
        "retok_copies": retok_copies,
        "cpus": os.cpu_count(),
        "size_bytes": size,
        "words_per_second": round(wps),
        "labels": list(nlp.get_pipe("tagger").labels),
        "eval": results,
    }
    print("corpus tokens      :", fmt(results["corpus_tokens"]))
    print("spaCy re-tokenised :", fmt(results["spacy_retokenised"]))
    print("  in 5-sentence docs:", fmt(results["spacy_retokenised_5_sentence_docs"]))
    print(f"size {size / 1e6:.2f} MB, {wps:,.0f} words/s, training {train_seconds:.0f} s")
    if args.eval_only:
        print(json.dumps(record, indent=1))
    else:
        meta_path = args.out / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["newskg_training"] = record
        meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        if license_path.exists():
            write_notice(args.out, license_path.read_text(encoding="utf-8"), record)
        else:
            print(f"WARNING: {license_path} missing; NOTICE.md not written", file=sys.stderr)
        print(f"wrote {args.out} (metrics in meta.json under 'newskg_training', and NOTICE.md)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
