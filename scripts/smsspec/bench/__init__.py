"""Benchmarks (``make bench``, never part of ``make test``): ``python -m smsspec.bench mock [PROVIDER…]``."""
