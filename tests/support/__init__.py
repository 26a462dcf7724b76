"""Test harnesses shared by the tests and the benchmark scripts (not part of the installed package)."""
