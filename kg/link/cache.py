"""Endpoint answers on disk, so a second ``kg link`` run sends nothing it asked before."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["DEFAULT_CACHE_DIR", "Cache"]

DEFAULT_CACHE_DIR = Path(".kg/wikidata-cache")


class Cache:
    """Endpoint answers on disk, one JSON file per (endpoint, query) hash.

    Written atomically (temporary file + rename), so an interrupted run never leaves
    half a file; an unreadable file is treated as a miss. ``None`` as directory turns
    caching off.
    """

    def __init__(self, directory: Path | str | None) -> None:
        self.directory = Path(directory) if directory is not None else None
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(endpoint: str, query: str) -> str:
        return hashlib.sha256(f"{endpoint}\n{query}".encode()).hexdigest()

    def _path(self, endpoint: str, query: str) -> Path | None:
        if self.directory is None:
            return None
        key = self.key(endpoint, query)
        return self.directory / key[:2] / f"{key}.json"

    def get(self, endpoint: str, query: str) -> dict[str, Any] | None:
        path = self._path(endpoint, query)
        if path is None or not path.is_file():
            self.misses += 1
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.misses += 1
            return None
        if data.get("endpoint") != endpoint or data.get("query") != query:  # a hash collision, or a stray file
            self.misses += 1
            return None
        self.hits += 1
        return data

    def put(self, endpoint: str, query: str, payload: dict[str, Any]) -> None:
        path = self._path(endpoint, query)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {"endpoint": endpoint, "query": query, **payload}
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, sort_keys=True)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


