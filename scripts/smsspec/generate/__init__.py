"""Regeneration: everything under ``generated/`` comes from here, and ``check`` proves it is up to date."""

from smsspec.generate.runner import check, run

__all__ = ["check", "run"]
