"""The per-process caches (:mod:`kg.caches`) and the hooks that empty them in a mutation run
(``tests/mutation_caches.py``, ``tests/conftest.py``), issue 9 (branch mut15).

A cache the hooks do not empty hides every mutant of the code that fills it: seed 181's ``event_words._read`` 86
survived so, and mutants of a cached builder that the old hook did empty were counted killed because the hook
itself crashed (it emptied a cache the linker no longer had, and mutmut counts pytest's internal error as a
kill). These tests fail when a cache goes unregistered, when the worker's hook stops emptying one, or when a
hook raises.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from facts import read
from mutation_caches import READS_TEXT, add_builders_if_text_was_read, empty_for_mutant

from kg import caches
from kg.extract.event_words import EventWords
from kg.model import EventKind
from kg.nlp import pipeline

ROOT = Path(__file__).resolve().parents[1]
MUTATED = [*sorted((ROOT / "kg" / "extract").rglob("*.py")), *sorted((ROOT / "kg" / "nlp").rglob("*.py")),
           *(ROOT / "kg" / "link" / name for name in ("__init__.py", "offline.py", "ranking.py"))]
# caches in the mutated packages that need no emptying: nothing they compute comes from a function mutmut mutates
NOT_MUTANT_DEPENDENT = {
    "kg.nlp.tokens.first_words": "the first words of a phrase set, computed from its argument alone",
    "kg.nlp.resources._hints": "typing.get_type_hints of a dataclass: no code of the package runs",
}
READ_MUTANT = "kg.extract.event_words.xǁEventWordsǁ_read__mutmut_86"
BUILDER_MUTANT = "kg.nlp.names.finder.xǁNameFinderǁ_org_openers__mutmut_7"


def _module(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def _is_cache_decorator(node: ast.expr) -> bool:
    target = node.func if isinstance(node, ast.Call) else node
    name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
    return name in {"cache", "lru_cache"}


def _is_empty_container(node: ast.expr | None) -> bool:
    if isinstance(node, ast.Dict | ast.List | ast.Set):
        return not (getattr(node, "keys", None) or getattr(node, "elts", None))
    return isinstance(node, ast.Call) and getattr(node.func, "id", "") in {"dict", "list", "set"} and not node.args


def _caches_in(path: Path) -> set[str]:
    """Module-level functions wrapped in a cache, and module-level containers that start empty (filled later)."""
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef) and any(_is_cache_decorator(d) for d in node.decorator_list):
            found.add(node.name)
        elif isinstance(node, ast.AnnAssign) and _is_empty_container(node.value):
            found.add(ast.unparse(node.target))
        elif isinstance(node, ast.Assign) and _is_empty_container(node.value):
            found.update(ast.unparse(t) for t in node.targets)
    return {f"{_module(path)}.{name}" for name in found}


def test_every_cache_of_the_mutated_code_is_registered() -> None:
    read("Chile met Peru.", "en")  # imports every module whose cache a document's reading fills
    found = set().union(*(_caches_in(p) for p in MUTATED))
    assert "kg.extract.event_words._BY_RESOURCES" in found and "kg.nlp.pipeline.make_pipeline" in found  # the scan
    assert found - set(NOT_MUTANT_DEPENDENT) <= {c.name for c in caches.registered()}


def test_clear_empties_the_cheap_caches_and_the_costly_ones_only_when_asked() -> None:
    read("Chile met Peru.", "en")
    assert pipeline.make_pipeline.cache_info().currsize > 0
    cheap = caches.clear(costly=False)
    assert "kg.extract.event_words._BY_RESOURCES" in cheap and "kg.nlp.pipeline.make_pipeline" not in cheap
    assert pipeline.make_pipeline.cache_info().currsize > 0
    assert "kg.nlp.pipeline.make_pipeline" in caches.clear()
    assert pipeline.make_pipeline.cache_info().currsize == 0


def _counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Replace ``EventWords._read`` (what a mutant of it would replace) by the same code that also counts calls."""
    calls: list[object] = []
    original = EventWords._read.__func__

    def counted(cls: type[EventWords], res: object) -> EventWords:
        calls.append(res)
        return original(cls, res)

    monkeypatch.setattr(EventWords, "_read", classmethod(counted))
    return calls


def test_a_mutants_worker_builds_the_cached_event_words_again(monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSKG_CACHE", str(tmp_path / "derived"))
    builders = tmp_path / "cache-builders.json"
    builders.write_text(json.dumps([BUILDER_MUTANT.partition("__mutmut_")[0]]), encoding="utf-8")
    read("Chile accused Peru.", "en")
    calls = _counting_reads(monkeypatch)
    read("Chile accused Peru.", "en")
    assert calls == []  # served from the cache: what hid seed 181's survivor
    emptied = empty_for_mutant(READ_MUTANT, builders)
    assert "kg.extract.event_words._BY_RESOURCES" in emptied
    assert pipeline.make_pipeline.cache_info().currsize > 0  # not a builder of the pipelines: they stay
    assert os.environ["NEWSKG_CACHE"] == str(tmp_path / "derived")
    assert read("Chile accused Peru.", "en").events(EventKind.ACCUSATION) == {(("Chile",), ("Peru",))}
    assert len(calls) == 1  # the words were read again, under the mutant in a mutation run


@pytest.mark.parametrize("listed", [True, False])
def test_a_builder_of_the_pipelines_or_an_unknown_one_empties_them_too(monkeypatch: pytest.MonkeyPatch,
                                                                       tmp_path: Path, listed: bool) -> None:
    monkeypatch.setenv("NEWSKG_CACHE", str(tmp_path / "derived"))
    builders = tmp_path / "cache-builders.json"
    if listed:
        builders.write_text(json.dumps([BUILDER_MUTANT.partition("__mutmut_")[0]]), encoding="utf-8")
    read("Chile met Peru.", "en")
    assert "kg.nlp.pipeline.make_pipeline" in empty_for_mutant(BUILDER_MUTANT, builders)
    assert pipeline.make_pipeline.cache_info().currsize == 0
    assert os.environ["NEWSKG_CACHE"] == ""  # the tokenizer's derived data is derived again, under the mutant
    assert read("Chile met Peru.", "en").events(EventKind.MEETING) == {(("Chile", "Peru"), ())}


def test_recorded_builders_go_to_the_tests_that_read_text_only() -> None:
    builders = frozenset({"kg.nlp.names.finder.xǁNameFinderǁ_org_openers"})
    reading = {"kg.extract.event_words.xǁEventWordsǁof"}
    add_builders_if_text_was_read(reading, builders)
    assert reading == {"kg.extract.event_words.xǁEventWordsǁof", *builders}
    linking = {"kg.link.offline.x_choose"}
    add_builders_if_text_was_read(linking, builders)
    assert linking == {"kg.link.offline.x_choose"}
    assert not linking.pop().startswith(READS_TEXT)


@pytest.mark.parametrize("mutant", [BUILDER_MUTANT, READ_MUTANT, "stats"])
def test_the_hooks_run_clean_in_a_mutation_run(tmp_path: Path, mutant: str) -> None:
    """The hooks in a pytest run as mutmut starts it: an exception in one is pytest's internal error, which
    mutmut counts as a kill — as it counted every mutant of a builder while the old hook crashed."""
    if mutant == "stats":
        pytest.importorskip("mutmut")
    env = {**os.environ, "MUTANT_UNDER_TEST": mutant}
    test = ROOT / "tests" / "test_guards_reciprocals.py"
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--rootdir={ROOT}",
                          f"{test}::test_a_symmetric_act_with_a_reciprocal_is_one_event_of_both"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert "2 passed" in run.stdout
    if mutant == "stats":  # the builders are written for the workers (none here: nothing is trampolined)
        assert json.loads((tmp_path / "cache-builders.json").read_text(encoding="utf-8")) == []
