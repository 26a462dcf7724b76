"""The gazetteer: build from the shared TSVs, the committed data, lookup, surface forms, lexicons."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from kg import gazetteer, paths
from kg.errors import ResourceError
from kg.gazetteer import GazetteerEntry
from kg.gazetteer.entry import sort_key
from kg.language import SUPPORTED
from kg.model import EntityType
from kg.paths import LANG_DIR, PROJECT_DIR
from kg.text import normalise

SHARED = Path(__file__).parents[1].parent / "shared/data/wikidata"
COMMITTED = PROJECT_DIR / "data" / "gazetteer"
OUTPUTS = (gazetteer.ENTRIES_FILE, gazetteer.STATS_FILE, gazetteer.DROPPED_FILE, gazetteer.SOURCES_FILE)
needs_shared = pytest.mark.skipif(not (SHARED / "countries.tsv").is_file(), reason=f"{SHARED} not available")


@pytest.fixture
def committed() -> gazetteer.Gazetteer:
    gazetteer.clear_cache()
    return gazetteer.load(COMMITTED)


def _lexicon(lang: str) -> dict:
    return json.loads((LANG_DIR / lang / "aliases.json").read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- committed data


def test_committed_gazetteer_loads_without_shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh clone has only data/gazetteer: loading reads nothing else (here, a copy elsewhere)."""
    data = tmp_path / "data"
    shutil.copytree(COMMITTED, data / "gazetteer")
    monkeypatch.setenv("NEWSKG_DATA", str(data))
    gazetteer.clear_cache()
    gaz = gazetteer.load()
    assert gaz.directory == (data / "gazetteer").resolve()
    assert len(gaz) > 3500
    assert gaz.by_qid("Q252").name_en == "Indonesia"
    assert gazetteer.load() is gaz  # cached


def test_committed_gazetteer_is_small_and_sorted(committed: gazetteer.Gazetteer) -> None:
    size = sum((COMMITTED / name).stat().st_size for name in OUTPUTS)
    assert size < 4_000_000
    keys = [sort_key(e) for e in committed.entries]
    assert keys == sorted(keys)
    types = {e.type for e in committed.entries}
    assert set(EntityType) - {EntityType.TREATY} <= types  # Treaty entries come from the supplement


def test_committed_gazetteer_matches_current_lexicons() -> None:
    """Editing kg/lang/*/aliases.json needs a rebuild (`make gazetteer`); this catches a forgotten one."""
    stats = json.loads((COMMITTED / gazetteer.STATS_FILE).read_text(encoding="utf-8"))
    for name, digest in stats["lexicon_sha256"].items():
        assert hashlib.sha256((PROJECT_DIR / name).read_bytes()).hexdigest() == digest, f"{name} changed"


def test_missing_gazetteer_raises_with_hint(tmp_path: Path) -> None:
    with pytest.raises(ResourceError) as raised:
        gazetteer.load(tmp_path / "nowhere")
    assert raised.value.code == "E030" and "kg gazetteer" in raised.value.hint


def test_malformed_gazetteer_names_the_line(tmp_path: Path) -> None:
    good = '{"qid": "Q1", "type": "Country", "name_en": "X"}'
    (tmp_path / gazetteer.ENTRIES_FILE).write_text(good + "\n{oops\n")
    with pytest.raises(ResourceError, match=r"entries.jsonl:2"):
        gazetteer.load(tmp_path)


# --------------------------------------------------------------------------- lookup and surface forms


def test_lookup_cases(committed: gazetteer.Gazetteer) -> None:
    def qids(text: str, lang: str | None = None) -> list[str | None]:
        return [e.qid for e in committed.lookup(text, lang)]

    assert qids("Kim Jong-un")[0] == qids("Kim Jong Un")[0] == qids("KIM JONG UN")[0] == "Q56226"
    assert qids("Tiongkok")[0] == "Q148"
    assert qids("Korut")[0] == qids("Korea Utara")[0] == "Q423"
    assert qids("the United States")[0] == qids("Amerika Serikat")[0] == qids("A.S.")[0] == "Q30"
    assert qids("Moskow")[0] == "Q649"
    assert qids("Dewan Keamanan PBB")[0] == qids("Security Council")[0] == "Q37470"
    assert committed.lookup("Gedung Putih")[0].name_en == "White House"
    assert committed.lookup("Kemlu")[0].qid is None  # not in the shared TSVs, so no QID
    assert qids("no such place at all") == []


def test_as_is_indonesian_only_and_case_sensitive(committed: gazetteer.Gazetteer) -> None:
    us = committed.by_qid("Q30")
    assert "AS" not in us.aliases and ("id", "AS") in us.lang_forms
    assert [e.qid for e in committed.lookup("AS", "id")] == ["Q30"]
    assert committed.lookup("AS", "en") == []
    forms_id = [f for f in committed.surface_forms("id") if f.text == "AS"]
    assert [(f.entry.qid, f.case_sensitive) for f in forms_id] == [("Q30", True)]
    assert not any(f.text in {"AS", "A.S."} for f in committed.surface_forms("en"))


def test_everyday_words_are_blocked_per_language(committed: gazetteer.Gazetteer) -> None:
    """'Lima' is 'five' and 'Anda' is 'you' in Indonesian: not matched there, still in English and lookup."""
    id_texts = {f.text for f in committed.surface_forms("id")}
    assert "Lima" not in id_texts and "Anda" not in id_texts and "Antara" not in id_texts
    assert "ANTARA" in id_texts and "Kantor Berita Antara" in id_texts
    assert "Lima" in {f.text for f in committed.surface_forms("en")}
    assert committed.lookup("Lima", "id")[0].qid == "Q2868"


def test_surface_forms_cover_names_aliases_acronyms_and_variants(committed: gazetteer.Gazetteer) -> None:
    en = {(f.text, f.entry.key) for f in committed.surface_forms("en")}
    id_ = {(f.text, f.entry.key) for f in committed.surface_forms("id")}
    assert ("United Nations", "Q1065") in en and ("UN", "Q1065") in en and ("U.N.", "Q1065") in en
    assert ("Perserikatan Bangsa-Bangsa", "Q1065") in id_ and ("PBB", "Q1065") in id_
    assert ("Kim Jong un", "Q56226") in en  # hyphen variant of "Kim Jong-un"
    assert ("Sao Paulo", "Q174") in en  # accents dropped
    assert ("Korut", "Q423") in id_ and ("Korut", "Q423") not in en
    assert ("America", "Q30") in en and ("Amerika", "Q30") in id_
    assert all(len(f.text) >= 2 for f in committed.surface_forms("id"))


def test_surface_forms_accept_language_codes(committed: gazetteer.Gazetteer) -> None:
    assert len(list(committed.surface_forms("ind"))) == len(list(committed.surface_forms("id")))


def test_lookup_words_finds_partial_names(committed: gazetteer.Gazetteer) -> None:
    assert committed.lookup_words("Putin")[0].qid == "Q7747"
    assert committed.lookup_words("two words") == []


def test_entry_fields(committed: gazetteer.Gazetteer) -> None:
    putin = committed.by_qid("Q7747")
    assert (putin.type, putin.subtype, putin.country) == (EntityType.PERSON, "Leader", "Q159")
    jakarta = committed.by_qid("Q3630")
    assert (jakarta.subtype, jakarta.country, jakarta.name_id) == ("City", "Q252", "Jakarta")
    assert "capital" in (jakarta.role or "")
    assert committed.by_qid("Q204839").subtype == "NewsAgency"  # Xinhua
    assert committed.by_qid("Q1065").subtype == "InternationalOrganization"
    assert committed.by_key("local:ministry-of-foreign-affairs-of-indonesia").subtype == "Agency"
    assert all(0.0 <= e.prior <= 1.0 for e in committed.entries)
    assert committed.by_qid("Q30").prior > committed.by_qid("Q16645").prior  # a state over a territory
    assert committed.by_qid("Q334").type is EntityType.COUNTRY  # city-state kept once, as a country


def test_entry_json_round_trip(committed: gazetteer.Gazetteer) -> None:
    for entry in committed.entries[:: max(1, len(committed.entries) // 200)]:
        assert GazetteerEntry.from_json(entry.to_json()) == entry


def test_junk_aliases_are_cleaned(committed: gazetteer.Gazetteer) -> None:
    mexico_city = committed.by_qid("Q1489")
    assert "Ciudad de Mdxico" not in mexico_city.aliases and "Ciudad de M" not in mexico_city.aliases
    assert "London2" not in committed.by_qid("Q84").aliases
    assert "IDN" not in committed.by_qid("Q252").aliases
    assert "Brasglia" not in committed.by_qid("Q2844").aliases
    assert "Kyiv" in committed.by_qid("Q1899").aliases
    assert "U.S." in committed.by_qid("Q30").aliases  # a spelling variant, not a duplicate


def test_demonyms(committed: gazetteer.Gazetteer) -> None:
    en = committed.demonyms("en")
    assert en["Russian"].qid == "Q159" and en["Egyptian"].qid == "Q79" and en["North Korean"].qid == "Q423"
    assert en["Indonesian"].qid == "Q252" and en["American"].qid == "Q30"
    assert committed.demonyms("id")["Amerika"].qid == "Q30"


# --------------------------------------------------------------------------- lexicon checks


def test_lexicon_qids_exist_in_the_shared_tsvs(committed: gazetteer.Gazetteer) -> None:
    """Every QID our lexicons use comes from the TSV-derived entries, never from memory."""
    from_tsv = {e.qid for e in committed.entries if e.qid and not e.source.startswith("newskg lexicon")}
    for lang in [code for code in SUPPORTED if (LANG_DIR / code / "aliases.json").is_file()]:
        data = _lexicon(lang)
        for item in data.get("forms", []):
            if "qid" in item:
                assert item["qid"] in from_tsv, f"{lang}: {item['qid']} ({item.get('name')})"
                entry = committed.by_qid(item["qid"])
                assert normalise(item["name"]) in {normalise(n) for n in entry.names()}
            else:
                assert committed.by_key(item["key"]) is not None, item["key"]
        for entry in data.get("entries", []):
            assert "qid" not in entry
            if entry.get("country"):
                assert entry["country"] in from_tsv
                assert committed.by_qid(entry["country"]).type is EntityType.COUNTRY


def test_demonym_qids_are_countries_of_the_tsvs(committed: gazetteer.Gazetteer) -> None:
    for lang in SUPPORTED:
        data = json.loads((LANG_DIR / lang / "demonyms.json").read_text(encoding="utf-8"))
        for qid in set(data["demonyms"].values()):
            entry = committed.by_qid(qid)
            assert entry is not None and entry.type is EntityType.COUNTRY, qid
            assert normalise(data["countries"][qid]) in {normalise(n) for n in entry.names()}


# --------------------------------------------------------------------------- building


@needs_shared
def test_build_from_shared_tsvs_is_deterministic_and_committed(tmp_path: Path) -> None:
    first = gazetteer.build(SHARED, tmp_path / "one")
    second = gazetteer.build(SHARED, tmp_path / "two")
    for name in OUTPUTS:
        data = (tmp_path / "one" / name).read_bytes()
        assert data == (tmp_path / "two" / name).read_bytes(), f"{name} differs between two builds"
        stale = f"data/gazetteer/{name} is stale: run `make gazetteer`"
        assert data == (COMMITTED / name).read_bytes(), stale
    assert first.entries == second.entries > 3500
    # counts follow from the files the build read, not from a snapshot of them
    shared = {name: _tsv_rows(SHARED / name) for name in gazetteer.TSV_FILES}
    shared_qids = {row["qid"] for rows in shared.values() for row in rows}
    supplement = [row for row in _tsv_rows(gazetteer.EXTRA_FILE) if row["qid"] not in shared_qids]
    added = Counter(row["type"] for row in supplement)
    assert first.from_supplement == len(supplement)
    assert first.entries == len(shared_qids) + len(supplement) + first.from_lexicons
    assert first.by_type["Country"] == len(shared["countries.tsv"]) + added["Country"]
    assert first.by_type["Person"] == len({r["qid"] for r in shared["people.tsv"]}) + added["Person"]
    assert first.by_type.get("Treaty", 0) == added["Treaty"]
    assert sum(first.by_type.values()) == first.entries
    assert first.surface_forms["en"] > 5000 and first.surface_forms["id"] > 5000
    sources = (tmp_path / "one" / gazetteer.SOURCES_FILE).read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in sources and "confirmordeny/supraverden" in sources and "Unicode" in sources


@needs_shared
def test_every_supplement_row_is_in_a_build_from_the_shared_tsvs(tmp_path: Path) -> None:
    gazetteer.build(SHARED, tmp_path / "out")
    gaz = gazetteer.load(tmp_path / "out")
    for row in _tsv_rows(gazetteer.EXTRA_FILE):
        entry = gaz.by_qid(row["qid"])
        assert entry is not None, f"{row['qid']} ({row['name_en']}) missing"
        if gazetteer.EXTRA_SOURCE in entry.source:  # else the shared tables had it first
            assert entry.type.value == row["type"] and entry.name_en == row["name_en"], row["qid"]


def test_supplement_rows_are_well_formed() -> None:
    rows = _tsv_rows(gazetteer.EXTRA_FILE)
    qids = [row["qid"] for row in rows]
    assert len(qids) == len(set(qids)), "a QID twice in the supplement"
    for row in rows:
        assert row["evidence"] and EntityType(row["type"]), row["qid"]


def test_supplement_country_missing_from_the_source_fails_the_build(tiny_source: Path, tmp_path: Path) -> None:
    lexicons = _tiny_lexicons(tmp_path / "lang")
    with pytest.raises(ResourceError, match="not a country QID"):
        gazetteer.build(tiny_source, tmp_path / "out", lexicon_dir=lexicons, extra=gazetteer.EXTRA_FILE)


def _tsv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _write_tsv(path: Path, header: str, rows: list[str]) -> None:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")


@pytest.fixture
def tiny_source(tmp_path: Path) -> Path:
    """Four small TSVs in the shared format, with the kinds of junk the real ones carry."""
    src = tmp_path / "src"
    src.mkdir()
    _write_tsv(
        src / "countries.tsv",
        "qid\tiso2\tiso3\tname_en\tname_id\tformal_en\taliases\tsource",
        [
            "Q30\tUS\tUSA\tUnited States of America\tAmerika Serikat\t\t"
            "United States|US|USA|U.S.|AS|A.S.\tne",
            "Q96\tMX\tMEX\tMexico\tMeksiko\tUnited Mexican States\tMEX\tne",
            "Q971\tCG\tCOG\tRepublic of the Congo\tRepublik Kongo\t\tCongo (Republic)\tne",
            "Q974\tCD\tCOD\tDemocratic Republic of the Congo\tRepublik Demokratik Kongo\t\tCongo (DRC)\tne",
        ],
    )
    _write_tsv(
        src / "places.tsv",
        "qid\tname_en\tname_id\tcountry_qid\tfeature\tpopulation\taliases\tsource",
        [
            "Q1489\tMexico City\t\tQ96\tcapital\t19028000\tCiudad de M|Ciudad de Mdxico|Mexico City2\tne4",
            "Q2844\tBrasília\t\tQ96\tcapital\t3716996\tBrasglia|Brasilia\tne4",
            "Q60\tNew York City\t\tQ30\tcity\t19040000\tNew York|New York-Newark|S\tne4",
        ],
    )
    _write_tsv(
        src / "organizations.tsv",
        "qid\tname_en\tname_id\tacronym\taliases\tkind\tsource",
        ["Q1065\tUnited Nations\tPerserikatan Bangsa-Bangsa\tUN\tPBB\tinternational organisation\tsv"],
    )
    _write_tsv(
        src / "people.tsv",
        "qid\tname_en\taliases\trole\tsource",
        ["Q6279\tJoe Biden\t\tPresident of the United States (2021–)\tworld-leaders-2021"],
    )
    return src


def _tiny_lexicons(root: Path, id_forms: list[dict] | None = None) -> Path:
    for lang in ("en", "id"):
        (root / lang).mkdir(parents=True)
    (root / "en" / "aliases.json").write_text(json.dumps({"lang": "en", "forms": []}), encoding="utf-8")
    data = {
        "lang": "id",
        "forms": id_forms
        if id_forms is not None
        else [{"qid": "Q30", "name": "United States of America", "forms": ["AS", "A.S."], "exclusive": True}],
        "entries": [{"type": "Place", "name_en": "White House", "name_id": "Gedung Putih", "country": "Q30"}],
    }
    (root / "id" / "aliases.json").write_text(json.dumps(data), encoding="utf-8")
    return root


def test_build_rules_on_tiny_source(tiny_source: Path, tmp_path: Path) -> None:
    lexicons = _tiny_lexicons(tmp_path / "lang")
    report = gazetteer.build(tiny_source, tmp_path / "out", lexicon_dir=lexicons, extra=None)
    assert report.entries == 10 and report.from_lexicons == 1
    gaz = gazetteer.load(tmp_path / "out")
    assert gaz.by_qid("Q1489").aliases == ()  # truncated, encoding damage, numbered duplicate
    assert gaz.by_qid("Q2844").aliases == ("Brasilia",)  # plain accent stripping is kept
    assert gaz.by_qid("Q60").aliases == ("New York",)  # metro-area name and one-letter form dropped
    assert gaz.by_qid("Q96").aliases == ("United Mexican States",)  # ISO alpha-3 code dropped
    assert "Congo" not in gaz.by_qid("Q971").aliases  # shared by two countries
    assert gaz.by_qid("Q974").aliases == ("DRC",)
    us = gaz.by_qid("Q30")
    assert us.aliases == ("United States", "US", "U.S.") and ("id", "AS") in us.lang_forms
    assert gaz.by_qid("Q6279").subtype == "Leader" and gaz.by_qid("Q6279").country == "Q30"
    assert gaz.by_qid("Q1489").prior > gaz.by_qid("Q60").prior - 0.2
    dropped = (tmp_path / "out" / gazetteer.DROPPED_FILE).read_text(encoding="utf-8")
    assert "Ciudad de Mdxico" in dropped and "ISO 3166 alpha-3 code" in dropped
    assert "CC BY-SA 4.0" in (tmp_path / "out" / gazetteer.SOURCES_FILE).read_text(encoding="utf-8")


def test_build_is_byte_identical_twice(tiny_source: Path, tmp_path: Path) -> None:
    lexicons = _tiny_lexicons(tmp_path / "lang")
    gazetteer.build(tiny_source, tmp_path / "a", lexicon_dir=lexicons, extra=None)
    gazetteer.build(tiny_source, tmp_path / "b", lexicon_dir=lexicons, extra=None)
    for name in OUTPUTS:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_a_lexicon_entry_named_like_one_verified_entry_is_folded_into_it(tiny_source: Path, tmp_path: Path) -> None:
    """Our lexicon's "Group of Seven" is the supplement's "G7" (one of whose names it is): one candidate, not two.

    A lexicon name that two verified entries share says nothing about which one it is: it stays apart.
    """
    extra = tmp_path / "extra.tsv"
    header = "qid\ttype\tsubtype\tname_en\tname_id\taliases\tcountry\trole\tevidence"
    _write_tsv(extra, header, [
        "Q900000001\tOrganization\tInternationalOrganization\tG9\t\tGroup of Nine|Shared Club\t\t\ttest row",
        "Q900000002\tOrganization\t\tG10\t\tShared Club\t\t\ttest row",
    ])
    lexicons = _tiny_lexicons(tmp_path / "lang")
    data = json.loads((lexicons / "en" / "aliases.json").read_text(encoding="utf-8"))
    data["entries"] = [
        {"type": "Organization", "name_en": "Group of Nine", "aliases": ["G-9"], "prior": 0.8},
        {"type": "Organization", "name_en": "Shared Club", "prior": 0.8},
    ]
    (lexicons / "en" / "aliases.json").write_text(json.dumps(data), encoding="utf-8")
    gazetteer.build(tiny_source, tmp_path / "out", lexicon_dir=lexicons, extra=extra)
    gaz = gazetteer.load(tmp_path / "out")
    nine = gaz.lookup("Group of Nine")
    assert [e.qid for e in nine] == ["Q900000001"]
    assert "G-9" in nine[0].aliases and nine[0].prior == 0.8
    assert gaz.lookup("G-9") == nine
    assert sorted(str(e.qid) for e in gaz.lookup("Shared Club")) == ["None", "Q900000001", "Q900000002"]


def test_lexicon_qid_not_in_tsvs_fails_the_build(tiny_source: Path, tmp_path: Path) -> None:
    lexicons = _tiny_lexicons(tmp_path / "lang", [{"qid": "Q148", "name": "China", "forms": ["Tiongkok"]}])
    with pytest.raises(ResourceError, match="Q148"):
        gazetteer.build(tiny_source, tmp_path / "out", lexicon_dir=lexicons, extra=None)


def test_lexicon_name_guard_catches_a_wrong_qid(tiny_source: Path, tmp_path: Path) -> None:
    lexicons = _tiny_lexicons(tmp_path / "lang", [{"qid": "Q96", "name": "North Korea", "forms": ["Korut"]}])
    with pytest.raises(ResourceError, match="wrong QID"):
        gazetteer.build(tiny_source, tmp_path / "out", lexicon_dir=lexicons, extra=None)


def test_missing_source_raises(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="not found"):
        gazetteer.build(tmp_path / "missing", tmp_path / "out")
    (tmp_path / "half").mkdir()
    with pytest.raises(ResourceError, match=r"countries\.tsv"):
        gazetteer.build(tmp_path / "half", tmp_path / "out")


def test_build_command_prints_a_summary(
    tiny_source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lexicons = _tiny_lexicons(tmp_path / "lang")
    monkeypatch.setattr(paths, "LANG_DIR", lexicons)
    report = gazetteer.build_command(tiny_source, tmp_path / "out", extra=None)
    assert "10 entries" in capsys.readouterr().out
    assert str(report) == report.summary()


def test_the_index_lists_an_entry_once_per_key_and_language_however_its_names_are_spelled() -> None:
    """Names that normalise alike ("Kim Jong-un", "Kim Jong Un") index the entry once; a language form indexes it for
    that language only, also under a key a neutral name has; another entry under the same key comes after it."""
    kim = GazetteerEntry("Q56226", EntityType.PERSON, "Kim Jong-un", aliases=("Kim Jong Un", "KIM JONG UN"),
                         lang_forms=(("id", "Kim Jong-un"), ("id", "Jong Un")))
    namesake = GazetteerEntry(None, EntityType.PERSON, "Kim Jong Un", prior=0.1)
    gaz = gazetteer.Gazetteer([kim, namesake])
    assert gaz.lookup("kim jong un") == [kim, namesake]
    assert gaz.lookup("Kim Jong-Un", "id") == [kim, namesake]
    assert gaz.lookup("Jong Un", "id") == [kim]
    assert gaz.lookup("Jong Un", "en") == [] and gaz.lookup("Jong Un") == [kim]
    assert gaz._index[normalise("Kim Jong Un")] == [(kim, None), (kim, "id"), (namesake, None)]
