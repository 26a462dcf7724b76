"""Building the gazetteer: the shared TSVs, our verified supplement and lexicons → ``data/gazetteer/``.

:func:`build` turns the shared, verified TSVs (``../shared/data/wikidata``: countries,
places, organizations, people), the verified supplement (``data/wikidata-extra``) and our
own lexicons (``kg/lang/<lang>/aliases.json``) into ``entries.jsonl``, ``stats.json``,
``dropped.tsv`` and ``SOURCES.md``. The output is committed, so a fresh clone needs nothing
outside the repository. The build is deterministic (sorted, no timestamps): rebuilding from
the same inputs gives the same bytes, and a diff of ``entries.jsonl`` shows exactly what changed.
Rows of the shared tables are :mod:`kg.gazetteer.shared_rows`, our lexicons :mod:`kg.gazetteer.lexicon_entries`,
alias cleaning :mod:`kg.gazetteer.aliases`; ``SOURCES.md`` is :mod:`kg.gazetteer.sources`.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg import paths
from kg.errors import ResourceError
from kg.gazetteer.entry import SUBTYPES
from kg.gazetteer.files import (
    DROPPED_FILE,
    ENTRIES_FILE,
    SCHEMA_VERSION,
    SOURCES_FILE,
    STATS_FILE,
    write_atomic,
)
from kg.gazetteer.index import Gazetteer, clear_cache
from kg.gazetteer.lexicon_entries import LexiconEntries
from kg.gazetteer.shared_rows import EXTRA_SOURCE, TSV_FILES, SharedRows
from kg.gazetteer.sources import licence_of, sources_markdown
from kg.model import EntityType

__all__ = ["EXTRA_FILE", "EXTRA_SOURCE", "SUBTYPES", "TSV_FILES", "BuildReport", "build", "build_command"]

# Our verified supplement: QIDs the shared tables lack (regions, seas, former leaders, treaties …),
# each row with the public evidence that pairs the name with the QID (data/wikidata-extra/SOURCES.md).
EXTRA_FILE = paths.PROJECT_DIR / "data" / "wikidata-extra" / "verified.tsv"


@dataclass(frozen=True)
class BuildReport:
    """What :func:`build` did; ``seconds`` is wall time (not written to the output)."""

    out_dir: Path
    entries: int
    by_type: dict[str, int]
    from_lexicons: int
    surface_forms: dict[str, int]
    dropped_aliases: dict[str, int]
    bytes_written: int
    seconds: float
    files: tuple[Path, ...] = field(default=())
    from_supplement: int = 0  # entries added by the verified supplement (included in ``by_type``)

    def __str__(self) -> str:
        return self.summary()

    def summary(self) -> str:
        types = ", ".join(f"{count} {name}" for name, count in self.by_type.items())
        forms = ", ".join(f"{lang}: {count}" for lang, count in self.surface_forms.items())
        dropped = sum(self.dropped_aliases.values())
        return (
            f"gazetteer: {self.entries} entries ({types}; {self.from_lexicons} of them from our lexicons, "
            f"{self.from_supplement} from the verified supplement)\n"
            f"surface forms: {forms}\n"
            f"aliases dropped: {dropped} (see {self.out_dir / DROPPED_FILE})\n"
            f"wrote {self.bytes_written / 1e6:.2f} MB to {self.out_dir} in {self.seconds:.2f}s"
        )


class _Builder(SharedRows, LexiconEntries):
    """One build: the shared rows, then our lexicons, into one table; see :func:`build`."""


def build(
    source_dir: Path | str,
    out_dir: Path | str,
    lexicon_dir: Path | str | None = None,
    extra: Path | str | None = EXTRA_FILE,
) -> BuildReport:
    """Build the gazetteer from the shared TSVs in ``source_dir`` and our lexicons.

    Writes ``entries.jsonl``, ``stats.json``, ``dropped.tsv`` and ``SOURCES.md``
    to ``out_dir`` (each atomically). ``lexicon_dir`` defaults to ``kg/lang``. ``extra`` is the
    verified supplement (default :data:`EXTRA_FILE`; ``None`` builds without one).
    Raises :class:`~kg.errors.ResourceError` on a missing or malformed source, on a
    lexicon entry that does not resolve (e.g. a QID not in the TSVs) and on a supplement
    row whose country the build lacks.
    """
    started = time.perf_counter()
    source_dir, out_dir = Path(source_dir), Path(out_dir)
    if not source_dir.is_dir():
        raise ResourceError(
            f"gazetteer source folder not found: {source_dir}",
            hint="Pass --source ../shared/data/wikidata (the folder with the four TSVs).",
        )
    builder = _Builder(source_dir, Path(lexicon_dir) if lexicon_dir is not None else paths.LANG_DIR)
    builder.countries()
    builder.places()
    builder.organizations()
    builder.people()
    if extra is not None:
        builder.extra(Path(extra))
    builder.ambiguity()
    builder.leaders_raise_country_priors()
    builder.lexicons()
    builder.fold_lexicon_into_verified()
    entries = builder.sorted_entries()
    gazetteer = Gazetteer(entries)
    from kg.language import SUPPORTED

    forms = {lang: sum(1 for _ in gazetteer.surface_forms(lang)) for lang in SUPPORTED}

    lines = [json.dumps(e.to_json(), ensure_ascii=False, separators=(",", ":")) for e in entries]
    dropped_rows = sorted(set(builder.dropped))
    reasons = Counter(re.sub(r":.*", "", reason) for *_, reason in dropped_rows)
    by_type = Counter(e.type.value for e in entries)
    licences = Counter(licence_of(e) for e in entries)
    stats = {
        "schema": SCHEMA_VERSION,
        "entries": len(entries),
        "by_type": dict(sorted(by_type.items())),
        "by_subtype": dict(sorted(Counter(e.subtype or "-" for e in entries).items())),
        "with_qid": sum(1 for e in entries if e.qid),
        "from_lexicons": builder.lexicon_entries,
        "from_verified_supplement": builder.extra_entries,
        "by_licence": dict(sorted(licences.items())),
        "surface_forms": forms,
        "aliases_dropped": dict(sorted(reasons.items())),
        "places_merged_into_countries": sorted(builder.merged_places),
        "people_with_country": sum(1 for e in entries if e.type is EntityType.PERSON and e.country),
        "lexicon_sha256": dict(sorted(builder.lexicon_hashes.items())),
        "supplement_sha256": builder.extra_hash,
        "source_sha256": {
            name: hashlib.sha256((source_dir / name).read_bytes()).hexdigest() for name in TSV_FILES
        },
    }
    dropped_tsv = "file\tqid\talias\treason\n" + "".join("\t".join(row) + "\n" for row in dropped_rows)
    written = 0
    files = (out_dir / ENTRIES_FILE, out_dir / STATS_FILE, out_dir / DROPPED_FILE, out_dir / SOURCES_FILE)
    written += write_atomic(files[0], "\n".join(lines) + "\n")
    written += write_atomic(files[1], json.dumps(stats, ensure_ascii=False, indent=2) + "\n")
    written += write_atomic(files[2], dropped_tsv)
    written += write_atomic(files[3], sources_markdown(source_dir, entries, stats))
    clear_cache()
    return BuildReport(
        out_dir=out_dir,
        entries=len(entries),
        by_type=dict(sorted(by_type.items())),
        from_lexicons=builder.lexicon_entries,
        from_supplement=builder.extra_entries,
        surface_forms=forms,
        dropped_aliases=dict(sorted(reasons.items())),
        bytes_written=written,
        seconds=time.perf_counter() - started,
        files=files,
    )


def build_command(source: Path | str, out: Path | str, extra: Path | str | None = EXTRA_FILE) -> BuildReport:
    """CLI hook for ``kg gazetteer --source DIR --out DIR``: build, print a summary, return the report."""
    import click

    report = build(Path(source), Path(out), extra=extra)
    click.echo(report.summary())
    return report

