"""The shipped UD tagger + parser give newskg the structures its extractor needs.

Why these cases: argument attachment (subject and object of a trigger, passives and their
agent, "between X and Y", coordination, relative clauses, the name a title attaches to) is
what a dependency parse adds over word windows. The sentences are written for this test (not
taken from the treebanks or the shared evaluation set); each assertion is a relation a UD
annotator would give. Added to a newskg pipeline, the parser must not change tokens, sentence
boundaries or entities. Skips per language when its model folder is absent.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.errors import ResourceError
from kg.nlp import pipeline, syntax


def needs_model(lang: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(not syntax.has_model(lang),
                              reason=f"{syntax.model_path(lang)} is absent (scripts/train_parser.py --lang {lang})")


def fresh_pipeline(lang: str) -> Language:
    """newskg's pipeline, built anew: the cached one that ``kg build`` uses stays untouched."""
    return getattr(pipeline.make_pipeline, "__wrapped__", pipeline.make_pipeline)(lang)


_PARSERS: dict[str, Language] = {}


def parse(lang: str, text: str) -> Doc:
    if lang not in _PARSERS:
        nlp = fresh_pipeline(lang)
        assert syntax.add_syntax(nlp)
        _PARSERS[lang] = nlp
    return _PARSERS[lang](text)


def word(doc: Doc | Span, text: str) -> Token:
    matches = [t for t in doc if t.text == text]
    assert len(matches) == 1, f"{text!r} occurs {len(matches)} times in {doc.text!r}"
    return matches[0]


def deps(token: Token) -> dict[str, list[str]]:
    """The token's dependents by relation: {"nsubj": ["Presiden"], "obl": ["Menteri", "Tokyo"]}."""
    out: dict[str, list[str]] = {}
    for child in token.children:
        out.setdefault(child.dep_, []).append(child.text)
    return out


def only_sentence(doc: Doc) -> Span:
    sents = list(doc.sents)
    assert len(sents) == 1, [s.text for s in sents]
    return sents[0]


# ---------------------------------------------------------------------------------------------
# Integration: where the components go, what they must leave alone


@pytest.mark.parametrize("lang", [pytest.param("id", marks=needs_model("id")),
                                  pytest.param("en", marks=needs_model("en"))])
def test_syntax_goes_after_the_sentence_setters(lang: str) -> None:
    nlp = fresh_pipeline(lang)
    before = list(nlp.pipe_names)
    assert syntax.add_syntax(nlp)
    assert syntax.has_syntax(nlp)
    added = ["syntax_tok2vec", "syntax_morphologizer", "syntax_parser"]
    cut = before.index("kg_sentence_quotes") + 1
    assert nlp.pipe_names == before[:cut] + added + before[cut:]
    assert syntax.add_syntax(nlp)  # a second call changes nothing
    assert nlp.pipe_names == before[:cut] + added + before[cut:]
    bare = spacy.blank(lang)  # no sentencizer: the parser would make one tree of a whole text
    with pytest.raises(ValueError, match="add a sentencizer first"):
        syntax.add_syntax(bare)
    assert bare.pipe_names == []


RUNNING_TEXT = {
    "id": ('Menteri Luar Negeri Indonesia tiba di Tokyo pada Senin. Ia bertemu Perdana Menteri Jepang. '
           '"Kami sepakat memperkuat kerja sama," katanya. Apakah kunjungan itu berhasil? '
           'Pemerintah Jepang menyambut baik kunjungan tersebut.'),
    "en": ('The Indonesian foreign minister arrived in Tokyo on Monday. She met the Japanese prime minister. '
           '"We agreed to deepen our cooperation," she said. Was the visit a success? '
           "Japan's government didn't comment on the talks."),
}


@pytest.mark.parametrize("lang", [pytest.param("id", marks=needs_model("id")),
                                  pytest.param("en", marks=needs_model("en"))])
def test_syntax_keeps_tokens_sentences_and_entities(lang: str) -> None:
    text = RUNNING_TEXT[lang]
    plain = pipeline.make_pipeline(lang)(text)
    parsed = parse(lang, text)
    assert [(t.text, t.idx) for t in parsed] == [(t.text, t.idx) for t in plain]
    assert [(s.start, s.end) for s in parsed.sents] == [(s.start, s.end) for s in plain.sents]
    assert len(list(plain.sents)) == 5
    assert [(e.start, e.end, e.label_) for e in parsed.ents] == [(e.start, e.end, e.label_) for e in plain.ents]
    assert parsed.ents, "the sample text has entities to protect"
    for sent in parsed.sents:  # one tree per sentence, never across a boundary
        roots = [t for t in sent if t.dep_ == "ROOT"]
        assert roots == [sent.root]
        assert all(sent.start <= t.head.i < sent.end for t in sent)
        assert all(t.dep_ and t.pos_ for t in sent)


def test_pipeline_is_untouched_without_a_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    monkeypatch.setenv("NEWSKG_DATA", str(tmp_path))  # a data folder without models/
    assert not syntax.has_model("en")
    assert not syntax.add_syntax(nlp)
    assert nlp.pipe_names == ["sentencizer"]
    monkeypatch.undo()
    other = spacy.blank("xx")  # a language we train no model for
    assert not syntax.has_model("xx")
    assert not syntax.add_syntax(other)
    assert other.pipe_names == []


def test_a_broken_model_folder_is_a_resource_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = syntax.model_path("en") if syntax.has_model("en") else None
    folder = tmp_path / "models" / "en_ud"
    folder.mkdir(parents=True)
    monkeypatch.setenv("NEWSKG_DATA", str(tmp_path))
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    (folder / "config.cfg").write_text("[components]\n", encoding="utf-8")  # no components in it
    with pytest.raises(ResourceError, match=r"train_parser\.py --lang en"):
        syntax.add_syntax(nlp)
    assert nlp.pipe_names == ["sentencizer"]
    if shipped is not None:  # a complete config without the weights beside it
        shutil.copyfile(shipped / "config.cfg", folder / "config.cfg")
        with pytest.raises(ResourceError, match="cannot load the syntax model"):
            syntax.add_syntax(nlp)
        assert nlp.pipe_names == ["sentencizer"]


@pytest.mark.parametrize("lang", [pytest.param("id", marks=needs_model("id")),
                                  pytest.param("en", marks=needs_model("en"))])
def test_shipped_model_is_small_licensed_and_loadable(lang: str) -> None:
    folder = syntax.model_path(lang)
    assert folder is not None
    assert sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) < 10_000_000
    assert "Attribution-ShareAlike 4.0 International" in (folder / "LICENSE").read_text(encoding="utf-8")
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in readme and "Universal Dependencies" in readme
    assert ("UD Indonesian-GSD" in readme and "UD Indonesian-CSUI" in readme) if lang == "id" \
        else "UD English-EWT" in readme
    model = spacy.load(folder)  # a plain spaCy pipeline: no newskg code needed to use it
    assert model.pipe_names == ["sentencizer", "tok2vec", "morphologizer", "parser"]
    assert model.meta["license"] == "CC BY-SA 4.0"



# ---------------------------------------------------------------------------------------------
# Indonesian structures


@needs_model("id")
def test_id_subject_and_obliques_of_a_meeting() -> None:
    sent = only_sentence(parse("id", "Presiden Indonesia bertemu dengan Perdana Menteri Jepang di Tokyo."))
    verb = word(sent, "bertemu")
    assert sent.root == verb and verb.pos_ == "VERB"
    assert deps(verb)["nsubj"] == ["Presiden"]
    assert word(sent, "Indonesia").head.text == "Presiden"
    obliques = deps(verb)["obl"]
    assert "Tokyo" in obliques and {"Perdana", "Menteri"} & set(obliques)  # the head of "Perdana Menteri Jepang"
    assert word(sent, "dengan").dep_ == "case" and word(sent, "dengan").head.text in obliques
    assert word(sent, "di").head.text == "Tokyo"


@needs_model("id")
def test_id_transitive_verb_and_negation() -> None:
    sent = only_sentence(parse("id", "Kanada tidak menandatangani perjanjian itu."))
    verb = word(sent, "menandatangani")
    assert sent.root == verb
    assert deps(verb)["nsubj"] == ["Kanada"] and deps(verb)["obj"] == ["perjanjian"]
    assert word(sent, "tidak").head == verb and word(sent, "tidak").dep_ == "advmod"
    assert word(sent, "tidak").morph.get("Polarity") == ["Neg"]  # features resolve in our vocabulary
    assert verb.morph.get("Voice") == ["Act"]


@needs_model("id")
def test_id_passive_di_verb_with_oleh_agent() -> None:
    sent = only_sentence(parse("id", "Perjanjian itu ditandatangani oleh kedua menteri di Jakarta."))
    verb = word(sent, "ditandatangani")
    assert sent.root == verb
    assert deps(verb)["nsubj:pass"] == ["Perjanjian"]  # the thing signed, not the signer
    assert verb.morph.get("Voice") == ["Pass"]
    agent = word(sent, "menteri")
    assert agent.head == verb and agent.dep_ in {"obl", "obl:agent"}
    assert word(sent, "oleh").head == agent


@needs_model("id")
def test_id_between_x_and_y_and_coordination() -> None:
    sent = only_sentence(parse("id", "Perundingan antara Malaysia dan Thailand berakhir tanpa kesepakatan."))
    assert sent.root.text == "berakhir" and deps(sent.root)["nsubj"] == ["Perundingan"]
    first, second = word(sent, "Malaysia"), word(sent, "Thailand")
    assert first.head.text == "Perundingan" and word(sent, "antara").head == first
    assert second.dep_ == "conj" and second.head == first and word(sent, "dan").head == second


@needs_model("id")
def test_id_coordinated_subjects_with_titles() -> None:
    doc = parse("id", "Menteri Luar Negeri Indonesia dan Menteri Luar Negeri Australia "
                      "menandatangani nota kesepahaman.")
    sent = only_sentence(doc)
    first, second = doc[0], doc[5]
    assert first.text == second.text == "Menteri"
    assert sent.root.text == "menandatangani" and first.head == sent.root and first.dep_ == "nsubj"
    assert second.head == first and second.dep_ == "conj"
    assert word(sent, "Australia").head == second  # the country belongs to the second title
    assert deps(sent.root)["obj"] == ["nota"]


@needs_model("id")
def test_id_relative_clause_and_list_of_destinations() -> None:
    sent = only_sentence(parse("id", "Duta besar yang ditunjuk presiden tiba di Canberra."))
    assert sent.root.text == "tiba" and deps(sent.root)["nsubj"] == ["Duta"]
    relative = word(sent, "ditunjuk")
    assert relative.dep_ == "acl:relcl" and relative.head.text == "Duta"
    sent = only_sentence(parse("id", "Presiden Prancis akan mengunjungi Vietnam, Laos dan Kamboja bulan depan."))
    verb = word(sent, "mengunjungi")
    assert sent.root == verb and deps(verb)["obj"] == ["Vietnam"] and deps(verb)["aux"] == ["akan"]
    assert word(sent, "Laos").head.text == word(sent, "Kamboja").head.text == "Vietnam"
    assert word(sent, "Kamboja").dep_ == "conj"


@needs_model("id")
def test_id_clitic_words_stay_whole_and_get_one_relation() -> None:
    sent = only_sentence(parse("id", "Menurutnya, kedua negara sepakat memperluas perdagangan."))
    clitic = word(sent, "Menurutnya")  # UD: menurut + nya; newskg's tokenizer keeps one token
    assert clitic.head == sent.root and clitic.dep_ == "obl"
    assert deps(word(sent, "memperluas"))["obj"] == ["perdagangan"]


# ---------------------------------------------------------------------------------------------
# English structures


@needs_model("en")
def test_en_passive_with_by_agent() -> None:
    for text, subject, agent in (("The bank was sanctioned by the Treasury.", "bank", "Treasury"),
                                 ("The sanctions were imposed by the European Union.", "sanctions", "Union")):
        sent = only_sentence(parse("en", text))
        verb = sent.root
        assert verb.pos_ == "VERB" and verb.text in text.split()
        assert deps(verb)["nsubj:pass"] == [subject]
        assert verb.morph.get("Voice") == ["Pass"]
        assert deps(verb)["aux:pass"] in (["was"], ["were"])
        assert word(sent, agent).head == verb and word(sent, agent).dep_ in {"obl", "obl:agent"}
        assert word(sent, "by").head.text == agent


@needs_model("en")
def test_en_subject_object_negation_and_future() -> None:
    sent = only_sentence(parse("en", "Canada did not sign the agreement."))
    verb = word(sent, "sign")
    assert sent.root == verb
    assert deps(verb)["nsubj"] == ["Canada"] and deps(verb)["obj"] == ["agreement"]
    assert word(sent, "not").head == verb and word(sent, "did").dep_ == "aux"
    assert word(sent, "not").morph.get("Polarity") == ["Neg"]
    sent = only_sentence(parse("en", "He will visit Japan next week."))
    assert sent.root.text == "visit" and deps(sent.root)["aux"] == ["will"] and deps(sent.root)["obj"] == ["Japan"]


@needs_model("en")
def test_en_between_x_and_y() -> None:
    sent = only_sentence(parse("en", "The talks between Canada and Mexico ended without a deal."))
    assert sent.root.text == "ended" and deps(sent.root)["nsubj"] == ["talks"]
    first, second = word(sent, "Canada"), word(sent, "Mexico")
    assert first.head.text == "talks" and first.dep_ == "nmod" and word(sent, "between").head == first
    assert second.head == first and second.dep_ == "conj"


@needs_model("en")
def test_en_reported_speech_and_list_of_objects() -> None:
    sent = only_sentence(parse("en", "The ministry said that the meeting was productive."))
    assert sent.root.text == "said" and deps(sent.root)["nsubj"] == ["ministry"]
    complement = word(sent, "productive")
    assert complement.head == sent.root and complement.dep_ == "ccomp"
    assert deps(complement)["nsubj"] == ["meeting"]
    sent = only_sentence(parse("en", "The president visited Vietnam, Laos and Cambodia."))
    assert sent.root.text == "visited" and deps(sent.root)["obj"] == ["Vietnam"]
    assert word(sent, "Laos").head.text == word(sent, "Cambodia").head.text == "Vietnam"


@needs_model("en")
def test_en_relative_clause_and_contraction() -> None:
    sent = only_sentence(parse("en", "She met the minister who had arrived from Jakarta."))
    relative = word(sent, "arrived")
    assert relative.dep_ == "acl:relcl" and relative.head.text == "minister"
    assert deps(relative)["nsubj"] == ["who"]
    doc = parse("en", "Japan didn't comment.")  # our tokenizer splits "didn't" as UD does: did + n't
    assert [t.text for t in doc][:3] == ["Japan", "did", "n't"]
    assert doc[2].head.text == "comment" and doc[1].dep_ == "aux"


# --------------------------------------------------------------------------- one sentence on demand


@needs_model("en")
def test_the_sentence_parser_parses_one_sentence_of_a_newskg_doc_as_the_pipeline_would() -> None:
    """A copy of one sentence: the same tokens, one tree, the same analysis as the parser inside a pipeline."""
    text = "The talks ended. The bank was sanctioned by the Treasury on Friday, officials said."
    doc = pipeline.make_pipeline("en")(text)
    sent = list(doc.sents)[1]
    parser = syntax.sentence_parser("en")
    assert parser is not None and parser is syntax.sentence_parser("en")  # loaded once
    before = parser.sentences
    tree = parser(sent)
    assert parser.sentences == before + 1
    assert [t.text for t in tree] == [t.text for t in sent]
    assert len([t for t in tree if t.dep_ == "ROOT"]) == 1
    assert deps(word(tree, "sanctioned")).get("nsubj:pass") == ["bank"]
    inline = only_sentence(parse("en", sent.text))
    assert [(t.text, t.dep_, t.head.i - inline.start, t.pos_) for t in inline] == \
        [(t.text, t.dep_, t.head.i, t.pos_) for t in tree]
    assert doc[sent.start].dep_ == ""  # the analysed Doc itself is left unparsed


@needs_model("en")
def test_a_broken_model_folder_is_a_resource_error_at_the_first_parse(tmp_path: Path) -> None:
    """The sentence parser reads its model at the first parse: a folder without weights fails there, each time."""
    shutil.copyfile(syntax.model_path("en") / "config.cfg", tmp_path / "config.cfg")  # type: ignore[operator]
    parser = syntax.SentenceParser("en", tmp_path)
    assert not parser.loaded
    sent = next(iter(pipeline.make_pipeline("en")("The talks ended.").sents))
    for _ in range(2):
        with pytest.raises(ResourceError, match="cannot load the syntax model"):
            parser(sent)
        assert not parser.loaded and parser.sentences == 0
    working = syntax.SentenceParser("en", syntax.model_path("en"))  # type: ignore[arg-type]
    assert [t.text for t in working(sent)] == ["The", "talks", "ended", "."] and working.loaded


def test_no_sentence_parser_without_a_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert syntax.sentence_parser("xx") is None
    monkeypatch.setenv("NEWSKG_DATA", str(tmp_path))
    pipeline.reset()
    try:
        assert syntax.sentence_parser("en") is None
    finally:
        monkeypatch.undo()
        pipeline.reset()
