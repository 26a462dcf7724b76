"""``python -m kg.cli``: the ``kg`` command."""

from kg.__main__ import run

run()
