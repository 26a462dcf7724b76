"""Files of derived data in ``NEWSKG_CACHE``, each stamped with the key of what it was derived from.

A file holds ``[key, payload]`` as JSON. Reading gives the payload only when the key matches (anything
else — no file, a damaged one, an older key — reads as nothing, and the caller derives the data again);
writing is atomic and removes the files of older keys. Failures are ignored: the cache only saves time.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["read_keyed", "write_keyed"]


def read_keyed(path: Path, key: str) -> Any | None:
    """The payload stored under ``key`` in ``path``, or None."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, list) or len(data) != 2 or data[0] != key:
        return None
    return data[1]


def write_keyed(path: Path, key: str, payload: Any) -> None:
    """Write ``[key, payload]`` to ``path`` (a temporary file renamed into place), then remove the files of
    older keys: names that differ from ``path``'s only in the key's first 16 characters before ``.json``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".part")
        try:
            os.close(handle)
            text = json.dumps([key, payload], ensure_ascii=False, separators=(",", ":"))
            Path(temporary).write_text(text, encoding="utf-8")
            os.chmod(temporary, 0o644)  # a cache file, not a secret (mkstemp makes it private)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        stem = path.name[: -len(key[:16]) - len(".json")]
        for old in path.parent.glob(f"{stem}*.json"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
