"""One build step on top of pyproject.toml: the wheel carries the ontology, queries, gazetteer and models.

The repository keeps ``ontology/``, ``queries/`` and ``data/`` at its top level (the README,
``kg gazetteer`` and the dev-set scorer rely on those paths). A wheel can only install files
inside the package, so ``build_py`` copies the folders named in ``kg.paths.SHIPPED`` into
``kg/shipped/`` of the build; ``kg.paths`` reads them from there when no checkout is around.
An editable install reads the checkout itself and gets no copy.
"""

import runpy
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = runpy.run_path(str(ROOT / "kg" / "paths.py"))["SHIPPED"]  # one list, read without importing kg


class BuildWithResources(build_py):
    """``build_py`` that also copies the top-level resource folders into ``kg/shipped/``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "kg" / "shipped"
        for folder in SHIPPED:
            destination = target / folder
            if destination.exists():
                shutil.rmtree(destination)
            shutil.copytree(ROOT / folder, destination, ignore=shutil.ignore_patterns("__pycache__", ".*"))


setup(cmdclass={"build_py": BuildWithResources})
