"""Reading inputs: files, folders, JSON Lines, bad files, stable ids, language choice."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from kg import ingest
from kg.errors import LanguageError
from kg.ingest import InputItem, Notice, Problem
from kg.model import Document

EN_TEXT = "The foreign minister met her counterpart in Jakarta on Monday.\nBoth sides agreed to meet again.\n"
EN_TEXT_2 = "The talks in Geneva ended without an agreement.\nA new round is planned.\n"
ID_TEXT = "Menteri luar negeri bertemu dengan mitranya di Jakarta pada hari Senin."
ID_TEXT_2 = "Presiden Rusia tiba di Pyongyang pada Rabu dini hari untuk kunjungan kenegaraan."


def split(results: list[Document | Problem | Notice]) -> tuple[list[Document], list[Problem]]:
    docs = [r for r in results if isinstance(r, Document)]
    problems = [r for r in results if isinstance(r, Problem)]
    notices = [r for r in results if isinstance(r, Notice)]
    assert len(docs) + len(problems) + len(notices) == len(results)
    return docs, problems


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder with good, empty, binary, latin-1 and JSON Lines inputs (and files to ignore)."""
    root = tmp_path / "inputs"
    (root / "nested" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a-good.txt").write_text(EN_TEXT, encoding="utf-8")
    (root / "b-empty.txt").write_bytes(b"")
    (root / "c-blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (root / "d-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (root / "e-latin1.txt").write_bytes("Kunjungan ke Brasília\n".encode("latin-1"))
    (root / "f-bom-crlf.txt").write_bytes(b"\xef\xbb\xbf" + ID_TEXT.encode() + b"\r\nBaris kedua.\r\n")
    lines = [
        json.dumps({"id": "doc-1", "text": ID_TEXT_2, "title": "Putin di Pyongyang", "lang": "in"}),
        '{"id": "doc-2", "text": "unterminated',
        json.dumps({"id": "doc-3", "title": "no text here"}),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "doc-5", "text": "Some text.", "title": 7}),
        json.dumps({"id": "doc-6", "text": "Un texte.", "lang": "fr"}),
        json.dumps(
            {"text": EN_TEXT_2.replace("\n", "\r\n"), "url": "https://example.org/a", "published": None}
        ),
        json.dumps({"id": "doc-8", "text": "   "}),
    ]
    (root / "nested" / "g-docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "nested" / "deeper" / "h-deep.txt").write_text(ID_TEXT_2, encoding="utf-8")
    (root / "nested" / "notes.md").write_text("ignored", encoding="utf-8")
    (root / "image.png").write_bytes(b"\x89PNG\x00")
    (root / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (root / ".git" / "HEAD.txt").write_text("hidden folder", encoding="utf-8")
    return root


def test_mixed_folder_gives_exactly_the_right_documents_and_problems(mixed: Path) -> None:
    docs, problems = split(list(ingest.read_inputs([mixed])))

    assert [d.source for d in docs] == [
        str(mixed / "a-good.txt"),
        str(mixed / "e-latin1.txt"),
        str(mixed / "f-bom-crlf.txt"),
        str(mixed / "nested" / "deeper" / "h-deep.txt"),
        f"{mixed / 'nested' / 'g-docs.jsonl'}:1",
        f"{mixed / 'nested' / 'g-docs.jsonl'}:8",
    ]
    by_source = {Path(d.source).name: d for d in docs}
    assert by_source["a-good.txt"].lang == "en"
    assert by_source["f-bom-crlf.txt"].text == ID_TEXT + "\nBaris kedua.\n"  # BOM gone, CRLF → LF
    assert by_source["f-bom-crlf.txt"].lang == "id"
    jsonl = by_source["g-docs.jsonl:1"]
    assert (jsonl.id, jsonl.lang, jsonl.title) == ("doc-1", "id", "Putin di Pyongyang")
    eighth = by_source["g-docs.jsonl:8"]
    assert eighth.text == EN_TEXT_2 and eighth.url == "https://example.org/a" and eighth.published is None
    assert eighth.id == ingest.content_id(EN_TEXT_2) and eighth.lang == "en"

    assert by_source["e-latin1.txt"].text == "Kunjungan ke Brasília\n"  # not UTF-8: detected, decoded, kept

    found = {(Path(p.source).name, p.line): p.message for p in problems}
    codes = {(Path(p.source).name, p.line): p.code for p in problems}
    assert found[("b-empty.txt", None)] == "empty file" and codes[("b-empty.txt", None)] == "E104"
    assert "only whitespace" in found[("c-blank.txt", None)] and codes[("c-blank.txt", None)] == "E104"
    assert "binary" in found[("d-binary.txt", None)] and codes[("d-binary.txt", None)] == "E105"
    assert found[("g-docs.jsonl", 2)].startswith("malformed JSON") and codes[("g-docs.jsonl", 2)] == "E107"
    assert found[("g-docs.jsonl", 3)] == "missing 'text' field"
    assert found[("g-docs.jsonl", 5)] == "expected a JSON object, got array"
    assert found[("g-docs.jsonl", 6)] == "field 'title' must be a string, got number"
    assert "unsupported language 'fr'" in found[("g-docs.jsonl", 7)]
    assert found[("g-docs.jsonl", 9)] == "field 'text' is empty"


def test_problem_list_is_exact(mixed: Path) -> None:
    _, problems = split(list(ingest.read_inputs([mixed])))
    assert sorted((Path(p.source).name, p.line) for p in problems) == [
        ("b-empty.txt", None),
        ("c-blank.txt", None),
        ("d-binary.txt", None),
        ("g-docs.jsonl", 2),
        ("g-docs.jsonl", 3),
        ("g-docs.jsonl", 5),
        ("g-docs.jsonl", 6),
        ("g-docs.jsonl", 7),
        ("g-docs.jsonl", 9),
    ]


def test_latin1_file_is_decoded_with_a_warning_naming_the_encoding(mixed: Path) -> None:
    results = list(ingest.read_inputs([mixed / "e-latin1.txt"]))
    notice, doc = results
    assert isinstance(notice, Notice) and notice.code == "W101" and "decoded as cp1252" in notice.message
    assert isinstance(doc, Document) and doc.text == "Kunjungan ke Brasília\n"


def test_problem_str_names_file_line_and_code() -> None:
    problem = Problem("x/docs.jsonl", 3, "missing 'text' field", "E107")
    assert str(problem) == "x/docs.jsonl:3: [E107] missing 'text' field"
    assert str(Problem("x/a.txt", None, "empty file", "E104")) == "x/a.txt: [E104] empty file"


def test_plan_is_cheap_and_sorted(mixed: Path) -> None:
    items = ingest.plan([mixed])
    assert all(isinstance(i, InputItem) for i in items)
    names = [i.path.relative_to(mixed).as_posix() for i in items if isinstance(i, InputItem)]
    assert names == [
        "a-good.txt",
        "b-empty.txt",
        "c-blank.txt",
        "d-binary.txt",
        "e-latin1.txt",
        "f-bom-crlf.txt",
        "nested/deeper/h-deep.txt",
        "nested/g-docs.jsonl",
    ]
    assert ingest.count_inputs([mixed]) == 8
    assert [i.kind for i in items if isinstance(i, InputItem)][-1] == "jsonl"


def test_same_file_twice_is_read_once(mixed: Path) -> None:
    assert ingest.count_inputs([mixed, mixed / "a-good.txt"]) == 8


def test_missing_path_is_a_problem_and_the_run_continues(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(EN_TEXT, encoding="utf-8")
    results = list(ingest.read_inputs([tmp_path / "nope.txt", good]))
    assert results[0] == Problem(str(tmp_path / "nope.txt"), None, "no such file or folder", "E101")
    assert isinstance(results[1], Document)


def test_explicit_file_with_other_suffix_is_read_as_text(tmp_path: Path) -> None:
    note = tmp_path / "article.md"
    note.write_text(ID_TEXT, encoding="utf-8")
    (doc,) = ingest.read_inputs([note])
    assert isinstance(doc, Document) and doc.text == ID_TEXT


def test_ids_are_stable_across_runs_and_locations(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "elsewhere" / "two"
    one.mkdir()
    two.mkdir(parents=True)
    (one / "a.txt").write_text(ID_TEXT, encoding="utf-8")
    (two / "renamed.txt").write_bytes(ID_TEXT.replace("\n", "\r\n").encode())
    first = [d.id for d in ingest.read_inputs([one]) if isinstance(d, Document)]
    again = [d.id for d in ingest.read_inputs([one]) if isinstance(d, Document)]
    moved = [d.id for d in ingest.read_inputs([two]) if isinstance(d, Document)]
    assert first == again == moved == [ingest.content_id(ID_TEXT)]
    assert len(first[0]) == 16 and int(first[0], 16) >= 0


def test_same_text_twice_in_one_run_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ID_TEXT, encoding="utf-8")
    shutil.copy(tmp_path / "a.txt", tmp_path / "b.txt")
    docs, problems = split(list(ingest.read_inputs([tmp_path])))
    assert [Path(d.source).name for d in docs] == ["a.txt"]
    assert len(problems) == 1 and problems[0].source.endswith("b.txt")
    assert "duplicate document id" in problems[0].message


def test_duplicate_jsonl_id_reports_its_line(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(
        "\n".join(json.dumps({"id": "x", "text": text}) for text in ("First text.", "Other.")) + "\n",
        encoding="utf-8",
    )
    docs, problems = split(list(ingest.read_inputs([path], lang="en")))
    assert len(docs) == 1 and problems == [Problem(str(path), 2, problems[0].message, "E108")]


def test_seen_ids_find_every_duplicate_as_the_table_grows() -> None:
    # The ids of a long build are kept as 8-byte hashes in two arrays of machine words, not as a Python int pair
    # per document (~100 bytes each, the driver's one structure that grew with the documents it read).
    seen = ingest._SeenIds(slots=8)
    for number in range(5_000):
        assert seen.first(f"doc-{number}", "a.jsonl", 0, number + 1) is None
    assert len(seen) == 5_000
    assert seen.nbytes <= 48 * len(seen)  # 16 bytes a slot, at least a third of the slots used
    assert seen.first("doc-0", "b.jsonl", 1, 9) == "a.jsonl:1"
    assert seen.first("doc-4999", "b.jsonl", 1, 10) == "a.jsonl:5000"
    assert seen.first("doc-5000", "b.txt", 2, None) is None
    assert seen.first("doc-5000", "c.txt", 3, None) == "b.txt"
    assert len(seen) == 5_001


def test_language_override_wins_over_field_and_detection(mixed: Path) -> None:
    docs, _ = split(list(ingest.read_inputs([mixed], lang="ind")))
    assert {d.lang for d in docs} == {"id"}
    docs, _ = split(list(ingest.read_inputs([mixed], lang="eng")))
    assert {d.lang for d in docs} == {"en"}


def test_jsonl_lang_field_wins_over_detection(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"id": "x", "text": EN_TEXT, "lang": "id"}) + "\n", encoding="utf-8")
    (doc,) = ingest.read_inputs([path])
    assert isinstance(doc, Document) and doc.lang == "id"


def test_bad_override_raises_before_reading(tmp_path: Path) -> None:
    with pytest.raises(LanguageError):
        list(ingest.read_inputs([tmp_path / "does-not-matter"], lang="fr"))


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig"])
def test_a_byte_order_mark_decides_the_encoding(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "bom.txt"
    marks = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-be": b"\x00\x00\xfe\xff"}
    path.write_bytes(marks.get(codec, b"") + (ID_TEXT + "\r\n").encode(codec))
    (doc,) = ingest.read_inputs([path])  # no warning: the mark says what the bytes are
    assert isinstance(doc, Document) and doc.text == ID_TEXT + "\n" and doc.lang == "id"


def test_mostly_control_characters_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "ctrl.txt"
    path.write_bytes(bytes(range(1, 9)) * 20 + b"abc")
    (problem,) = ingest.read_inputs([path])
    assert isinstance(problem, Problem) and "control characters" in problem.message


def test_a_legacy_encoded_jsonl_line_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "ok", "text": "Fine."}).encode()
    bad = b'{"id": "cafe", "text": "Le caf\xe9 cr\xe8me de Paris."}'
    path.write_bytes(good + b"\n" + bad + b"\n")
    results = list(ingest.read_inputs([path], lang="en"))
    docs, problems = split(results)
    assert [d.id for d in docs] == ["ok", "cafe"] and not problems
    assert docs[1].text == "Le café crème de Paris."
    (notice,) = [r for r in results if isinstance(r, Notice)]
    assert (notice.line, notice.code) == (2, "W101") and "cp1252" in notice.message


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ID_TEXT, encoding="utf-8")
    path.chmod(0)
    try:
        (problem,) = ingest.read_inputs([path])
    finally:
        path.chmod(0o644)
    assert isinstance(problem, Problem) and "permission denied" in problem.message


def test_unreadable_file_is_a_problem_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ID_TEXT, encoding="utf-8")
    real_open = os.open

    def deny(file, flags, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(ingest.files.os, "open", deny)
    (problem,) = ingest.read_inputs([path])
    assert problem == Problem(str(path), None, "cannot read file: permission denied", "E103")


def test_read_one_item(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(EN_TEXT, encoding="utf-8")
    (item,) = ingest.plan([path])
    assert isinstance(item, InputItem) and item.kind == "text"
    (doc,) = ingest.read(item)
    assert isinstance(doc, Document) and doc.lang == "en" and doc.id == ingest.content_id(EN_TEXT)
