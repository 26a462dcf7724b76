"""Reading inputs: files, folders, JSON Lines, bad files, stable ids, language choice."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from kg import ingest
from kg.errors import LanguageError
from kg.ingest import InputItem, Problem
from kg.model import Document

EN_TEXT = "The foreign minister met her counterpart in Jakarta on Monday.\nBoth sides agreed to meet again.\n"
EN_TEXT_2 = "The talks in Geneva ended without an agreement.\nA new round is planned.\n"
ID_TEXT = "Menteri luar negeri bertemu dengan mitranya di Jakarta pada hari Senin."
ID_TEXT_2 = "Presiden Rusia tiba di Pyongyang pada Rabu dini hari untuk kunjungan kenegaraan."


def split(results: list[Document | Problem]) -> tuple[list[Document], list[Problem]]:
    docs = [r for r in results if isinstance(r, Document)]
    problems = [r for r in results if isinstance(r, Problem)]
    assert len(docs) + len(problems) == len(results)
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

    found = {(Path(p.source).name, p.line): p.message for p in problems}
    assert found[("b-empty.txt", None)] == "empty file"
    assert "only whitespace" in found[("c-blank.txt", None)]
    assert "binary" in found[("d-binary.txt", None)]
    offset = len("Kunjungan ke Bras")  # the latin-1 "í" (0xED) is the first byte that is not UTF-8
    assert found[("e-latin1.txt", None)].startswith(f"not valid UTF-8: byte 0xED at byte offset {offset}")
    assert found[("g-docs.jsonl", 2)].startswith("malformed JSON")
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
        ("e-latin1.txt", None),
        ("g-docs.jsonl", 2),
        ("g-docs.jsonl", 3),
        ("g-docs.jsonl", 5),
        ("g-docs.jsonl", 6),
        ("g-docs.jsonl", 7),
        ("g-docs.jsonl", 9),
    ]


def test_problem_str_names_file_and_line() -> None:
    assert str(Problem("x/docs.jsonl", 3, "missing 'text' field")) == "x/docs.jsonl:3: missing 'text' field"
    assert str(Problem("x/a.txt", None, "empty file")) == "x/a.txt: empty file"


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
    assert results[0] == Problem(str(tmp_path / "nope.txt"), None, "no such file or folder")
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
    assert len(docs) == 1 and problems == [Problem(str(path), 2, problems[0].message)]


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


def test_utf16_file_is_reported_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(ID_TEXT.encode("utf-16"))
    (problem,) = ingest.read_inputs([path])
    assert isinstance(problem, Problem) and "UTF-16" in problem.message


def test_mostly_control_characters_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "ctrl.txt"
    path.write_bytes(bytes(range(1, 9)) * 20 + b"abc")
    (problem,) = ingest.read_inputs([path])
    assert isinstance(problem, Problem) and "control characters" in problem.message


def test_invalid_utf8_inside_jsonl_line_keeps_other_lines(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "ok", "text": "Fine."}).encode()
    bad = b'{"id": "bad", "text": "caf\xe9"}'
    path.write_bytes(good + b"\n" + bad + b"\n")
    docs, problems = split(list(ingest.read_inputs([path], lang="en")))
    assert [d.id for d in docs] == ["ok"]
    assert problems[0].line == 2
    offset = len(good) + 1 + bad.index(b"\xe9")  # counted from the start of the file
    assert f"byte 0xE9 at byte offset {offset}" in problems[0].message


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

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    (problem,) = ingest.read_inputs([path])
    assert problem == Problem(str(path), None, "cannot read file: permission denied")


def test_read_one_item(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(EN_TEXT, encoding="utf-8")
    (item,) = ingest.plan([path])
    assert isinstance(item, InputItem) and item.kind == "text"
    (doc,) = ingest.read(item)
    assert isinstance(doc, Document) and doc.lang == "en" and doc.id == ingest.content_id(EN_TEXT)
