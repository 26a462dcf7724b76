"""The gazetteer's files: their names, reading JSON lexicons, writing outputs atomically."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from kg.errors import ResourceError

SCHEMA_VERSION = 1
ENTRIES_FILE = "entries.jsonl"
STATS_FILE = "stats.json"
SOURCES_FILE = "SOURCES.md"
DROPPED_FILE = "dropped.tsv"


def read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ResourceError(f"lexicon not found: {path}") from None
    except (OSError, ValueError) as error:
        raise ResourceError(f"{path}: cannot read JSON ({error})") from None
    if not isinstance(data, dict):
        raise ResourceError(f"{path}: expected a JSON object")
    return data



def write_atomic(path: Path, text: str) -> int:
    data = text.encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)  # mkstemp creates 0600; the files are committed and shared
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(data)

