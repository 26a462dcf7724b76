"""Saved web pages and WARC archives → article text, headline, date and URL.

A news page is mostly not the article: navigation, scripts, cookie banners, related links,
comments. **trafilatura** (the maintained library for exactly this) finds the main text and
the page's metadata; the date comes from **htmldate** (through trafilatura, restricted to the
page's own markers: meta tags, ``<time>``, JSON-LD, the URL — no guessing from free text).
Scripts, styles and navigation never reach extraction.

A WARC file (``.warc``, ``.warc.gz``, read with **warcio**) is treated as a folder of such
pages: every ``response`` or ``resource`` record with an HTML payload and a 2xx status is
one page; other records (requests, images, redirects) are passed over.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

__all__ = ["Page", "WarcPage", "extract_page", "looks_like_html", "meta_charset", "warc_pages"]

_MARKUP_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.IGNORECASE)
_CONTENT_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:\-]+)", re.IGNORECASE)
MIN_ARTICLE_WORDS = 10
"""Fewer words than this in the main text, and a page holds no article (trafilatura returns what little
text it finds, even a lone "Home" link)."""

_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True)
class Page:
    """What a news page says: the article's text (paragraphs separated by a blank line) and metadata."""

    text: str
    title: str | None
    url: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One HTML payload of a WARC file: its record number (1-based), target URI, bytes, charset."""

    record: int
    url: str | None
    payload: bytes
    charset: str | None


def looks_like_html(text: str) -> bool:
    """True when a text is clearly a web page (starts with a doctype or ``<html``), not prose."""
    return bool(_MARKUP_START.match(text[:4096]))


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` of its first 4 KB (the HTML prescan's reach)."""
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii", "replace") if found else None


def extract_page(html: str, url: str | None = None) -> Page | None:
    """The article of a page, or ``None`` when the page holds no article text."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, deduplicate=False, date_extraction_params=_DATE_PARAMS,
    )
    if result is None or not (result.text or "").strip():
        return None
    title = " ".join((result.title or "").split()) or None
    blocks = [" ".join(line.split()) for line in result.text.splitlines()]
    blocks = [block for block in blocks if block]
    if title and blocks and blocks[0] == title:  # the headline is kept as the title, not as a sentence
        blocks = blocks[1:]
    if sum(len(block.split()) for block in blocks) < MIN_ARTICLE_WORDS:  # a menu, a caption, a login form
        return None
    return Page("\n\n".join(blocks), title, result.url or url, result.date or None)


def _http_charset(content_type: str | None) -> str | None:
    found = _CONTENT_CHARSET.search(content_type or "")
    return found.group(1) if found else None


def warc_pages(stream: BinaryIO, max_bytes: int) -> Iterator[WarcPage | tuple[int, str]]:
    """The HTML pages of a WARC stream, or ``(record, message)`` for a record that cannot be used.

    A payload over ``max_bytes`` is reported, not read. When the archive itself is broken
    (truncated, not a WARC), iteration stops with a ``(record, message)`` for where it broke.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        for record in ArchiveIterator(stream):
            number += 1
            if record.rec_type not in ("response", "resource"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            if record.http_headers is not None:
                status = record.http_headers.get_statuscode() or ""
                if not status.startswith("2"):
                    continue
                content_type = record.http_headers.get_header("Content-Type")
            else:
                content_type = record.rec_headers.get_header("Content-Type")
            if "html" not in (content_type or "").lower():
                continue
            payload = record.content_stream().read(max_bytes + 1)
            if len(payload) > max_bytes:
                yield number, f"page {url} is larger than the {max_bytes:,} bytes --max-chars allows"
                continue
            yield WarcPage(number, url, payload, _http_charset(content_type))
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as error:
        reason = " ".join(str(error).split())[:200]
        yield number + 1, f"cannot read the WARC file from record {number + 1} on: {reason}"
