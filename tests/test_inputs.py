"""Inputs as they come: hostile files and folders, every encoding, Unicode that is not NFC, web pages, WARC.

Every file here is written by the test itself (pages, archives, encodings): nothing is copied from elsewhere.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import threading
import unicodedata
from pathlib import Path

import pytest

from kg import ingest
from kg.ingest import Notice, Problem
from kg.model import Document

EN = "Foreign Minister Retno Marsudi met her counterpart in Jakarta on Monday. Both agreed to meet again.\n"


def read_all(*paths: Path, **options) -> tuple[list[Document], list[Problem], list[Notice]]:
    """read_inputs in a thread that must finish within 60 s: a FIFO or a link loop must not hang the run."""
    results: list = []
    worker = threading.Thread(target=lambda: results.extend(ingest.read_inputs(list(paths), **options)), daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive(), "reading the inputs hung"
    docs = [r for r in results if isinstance(r, Document)]
    problems = [r for r in results if isinstance(r, Problem)]
    notices = [r for r in results if isinstance(r, Notice)]
    assert len(docs) + len(problems) + len(notices) == len(results)
    return docs, problems, notices


def codes(problems: list[Problem]) -> dict[str, str]:
    return {Path(p.source).name + (f":{p.line}" if p.line is not None else ""): p.code for p in problems}


# --------------------------------------------------------------------------- files and folders


def test_symlinks_inside_a_folder_are_not_followed_and_loops_do_not_hang(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("The password of the server is hunter2.\n", encoding="utf-8")
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "good.txt").write_text(EN, encoding="utf-8")
    (root / "leak.txt").symlink_to(outside / "secret.txt")  # a link out of the input folder
    (root / "loop.txt").symlink_to(root / "loop.txt")  # a link to itself
    (root / "sub" / "up").symlink_to(root)  # a folder link back up: a cycle
    (root / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    docs, problems, _ = read_all(root)
    assert [Path(d.source).name for d in docs] == ["good.txt"]
    assert all("hunter2" not in d.text for d in docs)
    assert codes(problems) == {"dangling.txt": "E102", "leak.txt": "E102", "loop.txt": "E102", "up": "E102"}
    assert all("symbolic link, not followed" in p.message for p in problems)


def test_a_named_symlink_is_followed_and_a_named_loop_is_reported(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "named.txt").symlink_to(tmp_path / "article.txt")
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    docs, problems, _ = read_all(tmp_path / "named.txt", tmp_path / "a.txt")
    assert [d.text for d in docs] == [EN]
    assert [(p.code, p.message) for p in problems] == [("E102", "symbolic link loop")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_named_txt_is_skipped_not_waited_on(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    os.mkfifo(root / "pipe.txt")
    (root / "z-good.txt").write_text(EN, encoding="utf-8")
    docs, problems, _ = read_all(root)  # in a folder
    assert [Path(d.source).name for d in docs] == ["z-good.txt"]
    assert [(p.code, p.message) for p in problems] == [("E102", "a FIFO (named pipe), not read")]
    docs, problems, _ = read_all(root / "pipe.txt")  # named on the command line
    assert not docs and problems[0].code == "E102"


def test_a_deep_folder_is_walked_without_recursion(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    deep = folder
    for level in range(400):  # deeper than any recursion would like, shallower than PATH_MAX allows
        deep = deep / f"{level % 10}"
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text(EN, encoding="utf-8")
    docs, problems, _ = read_all(folder)
    assert len(docs) == 1 and not problems


def test_files_larger_than_max_chars_allow_are_not_read(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("word " * 1000, encoding="utf-8")
    (tmp_path / "small.txt").write_text(EN, encoding="utf-8")
    docs, problems, _ = read_all(tmp_path, max_chars=800)
    assert [Path(d.source).name for d in docs] == ["small.txt"]
    assert codes(problems) == {"big.txt": "E109"}


def test_a_jsonl_line_over_the_limit_is_skipped_and_the_next_lines_are_read(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    lines = [json.dumps({"id": "a", "text": EN}), json.dumps({"id": "huge", "text": "x " * 5000}),
             json.dumps({"id": "b", "text": EN.replace("Monday", "Tuesday")})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, problems, _ = read_all(path, max_chars=1000)
    assert [d.id for d in docs] == ["a", "b"]
    assert codes(problems) == {"d.jsonl:2": "E109"}


# --------------------------------------------------------------------------- text


def test_nfd_input_becomes_nfc_and_reads_like_the_nfc_spelling(tmp_path: Path) -> None:
    from kg.extract import extract

    nfc = "Foreign Minister Joséphine Arnaud met President Joko Widodo in Jakarta on Monday.\n"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    (tmp_path / "nfd.txt").write_text(nfd, encoding="utf-8")
    (tmp_path / "nfc.txt").write_text(nfc.replace("Monday", "Tuesday"), encoding="utf-8")
    docs, _, _ = read_all(tmp_path / "nfd.txt", tmp_path / "nfc.txt")
    assert docs[0].text == nfc
    names = [{e.name for e in extract(doc).entities} for doc in docs]
    assert "Joséphine Arnaud" in names[0] and names[0] == names[1]


def test_lone_surrogates_and_control_characters_are_repaired_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    # json.dumps writes "\ud800" as an escape: legal JSON, never valid Unicode
    record = {"id": "s", "title": "Head\ud800line", "text": "President Joko Widodo\x00 visited\ud800 Tokyo.\x0c"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    docs, problems, notices = read_all(path)
    assert not problems
    (doc,) = docs
    assert doc.text == "President Joko Widodo  visited\ufffd Tokyo. " and doc.title == "Head\ufffdline"
    assert [(n.code, n.count) for n in notices] == [("W102", 2)]


def test_labels_lose_bidi_and_control_characters() -> None:
    from kg import rdf
    from kg.model import Entity, EntityType
    from kg.rdf import entities as rdf_entities

    entity = Entity("x", EntityType.PERSON, "Jo\u202eko\x00Wi\u200fdodo", "id", aliases=("\u2066Jokowi\u2069",))
    graph_labels = {str(t[2]) for t in rdf_entities.label_triples(entity, rdf.entity_iri(entity))}
    assert graph_labels == {"Joko Widodo", "Jokowi"}


@pytest.mark.parametrize(("codec", "text"), [
    ("cp1252", "Le président Macron a rencontré le chancelier à Berlin lundi, a déclaré l’Élysée.\n"),
    ("latin-1", "Señor Muñoz visitó São Paulo y Brasília con la ministra.\n"),
    ("cp1250", "Minister spraw zagranicznych Polski spotkał się z ministrem w Warszawie. Zażółć gęślą jaźń.\n"),
])
def test_legacy_encodings_are_detected_and_named(tmp_path: Path, codec: str, text: str) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(codec))
    docs, problems, notices = read_all(path)
    assert not problems and [d.text for d in docs] == [text]
    (notice,) = notices
    assert notice.code == "W101" and "not UTF-8: decoded as cp125" in notice.message


def test_utf16_jsonl_with_a_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    lines = "\r\n".join(json.dumps({"id": f"d{i}", "text": EN}, ensure_ascii=False) for i in range(3)) + "\r\n"
    path.write_bytes(lines.encode("utf-16"))
    docs, problems, _ = read_all(path)
    assert [d.id for d in docs] == ["d0", "d1", "d2"] and not problems


# --------------------------------------------------------------------------- web pages and WARC

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}">
<title>Ministers meet in Jakarta | The Test Gazette</title>
<meta property="og:url" content="https://news.example.org/2024/03/ministers-meet">
<meta property="article:published_time" content="2024-03-05T08:00:00+07:00">
<script>var tracking = "SCRIPT-TEXT-MUST-NOT-APPEAR"; function f() {{ return 1; }}</script>
<style>.x {{ color: red }}</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World NAV-TEXT-MUST-NOT-APPEAR</a></li></ul></nav>
<article>
<h1>Ministers meet in Jakarta</h1>
<p>Foreign Minister Retno Marsudi met her Japanese counterpart in Jakarta on Monday to discuss trade and
maritime security in the region, officials said after the meeting.</p>
<p>Both ministers agreed to hold another round of talks in Tokyo next year, the ministry said in a statement
released on {day}.</p>
</article>
<footer>Copyright The Test Gazette. FOOTER-TEXT-MUST-NOT-APPEAR</footer>
</body></html>
"""


def page(charset: str = "utf-8", day: str = "Tuesday") -> str:
    return PAGE.format(charset=charset, day=day)


def assert_article(doc: Document) -> None:
    assert doc.text.startswith("Foreign Minister Retno Marsudi")
    assert "met her Japanese counterpart in Jakarta on Monday" in doc.text
    assert "agreed to hold another round of talks in Tokyo" in doc.text
    for junk in ("SCRIPT-TEXT", "NAV-TEXT", "FOOTER-TEXT", "color: red", "Ministers meet in Jakarta"):
        assert junk not in doc.text
    assert doc.title == "Ministers meet in Jakarta"
    assert doc.published == "2024-03-05"
    assert doc.lang == "en"


def test_a_saved_page_gives_its_article_headline_date_and_url(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(page(), encoding="utf-8")
    (tmp_path / "saved-as.txt").write_text(page(day="Wednesday"), encoding="utf-8")  # markup in a .txt
    docs, problems, notices = read_all(tmp_path)
    assert not problems and not notices and len(docs) == 2
    for doc in docs:
        assert_article(doc)
        assert doc.url == "https://news.example.org/2024/03/ministers-meet"


def test_a_page_in_a_declared_legacy_charset_is_decoded_with_a_warning(tmp_path: Path) -> None:
    html = page(charset="windows-1252").replace("Retno Marsudi", "Retno Marsudi (née Lestari)")
    (tmp_path / "page.htm").write_bytes(html.encode("cp1252"))
    docs, problems, notices = read_all(tmp_path)
    assert not problems and "née" in docs[0].text
    assert [(n.code, "declared by the page" in n.message) for n in notices] == [("W101", True)]


def test_a_page_without_an_article_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>",
                                         encoding="utf-8")
    docs, problems, _ = read_all(tmp_path)
    assert not docs and codes(problems) == {"empty.html": "E110"}


def write_warc(path: Path, pages: list[tuple[str, str, bytes]], *, gzipped: bool) -> None:
    """A WARC file of (url, content type, body) responses, each preceded by its request record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)
        for url, content_type, body in pages:
            status = "404 Not Found" if "missing" in url else "200 OK"
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(request)
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


@pytest.mark.parametrize("gzipped", [False, True])
def test_a_warc_file_is_a_folder_of_pages(tmp_path: Path, gzipped: bool) -> None:
    name = "crawl.warc.gz" if gzipped else "crawl.warc"
    write_warc(tmp_path / name, [
        ("https://news.example.org/a", "text/html; charset=utf-8", page().encode()),
        ("https://news.example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        ("https://news.example.org/missing", "text/html", b"<html><body>gone</body></html>"),
        ("https://news.example.org/b", "text/html; charset=windows-1252",
         page(day="Friday").replace("Retno Marsudi", "Retno Marsudi, née Lestari,").encode("cp1252")),
    ], gzipped=gzipped)
    docs, problems, notices = read_all(tmp_path)
    assert not problems
    assert [d.source for d in docs] == [f"{tmp_path / name}:2", f"{tmp_path / name}:8"]  # record numbers
    for doc in docs:
        assert_article(doc)
    assert "née Lestari" in docs[1].text
    assert [(n.code, n.line) for n in notices] == [("W101", 8)]


def test_a_broken_warc_keeps_its_good_records_and_names_the_bad_one(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(whole, [("https://news.example.org/a", "text/html", page().encode()),
                       ("https://news.example.org/b", "text/html", page(day="Friday").encode())], gzipped=False)
    data = whole.read_bytes()
    other = tmp_path / "other.warc"
    write_warc(other, [("https://news.example.org/c", "text/html", page(day="Saturday").encode()),
                       ("https://news.example.org/d", "text/html", page(day="Sunday").encode())], gzipped=False)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cut.warc").write_bytes(data[: len(data) - 700])  # the last page cut short
    (tmp_path / "in" / "junk.warc").write_bytes(other.read_bytes() + b"GARBAGE LINE\r\n" * 20)
    docs, problems, _ = read_all(tmp_path / "in")
    assert [Path(d.source).name for d in docs] == ["cut.warc:2", "junk.warc:2", "junk.warc:4"]
    assert [(p.where.rsplit("/", 1)[1], p.code) for p in problems] == [("cut.warc:4", "E110"), ("junk.warc:5", "E110")]
    assert "cannot read the WARC file from record 5 on" in problems[1].message


def test_a_gzip_that_is_not_a_warc_is_one_problem(tmp_path: Path) -> None:
    (tmp_path / "junk.warc.gz").write_bytes(gzip.compress(b"this is not an archive\n" * 10))
    docs, problems, _ = read_all(tmp_path)
    assert not docs and {p.code for p in problems} == {"E110"}
