"""The generic mock engine: one ASGI app per bundled spec, faithful to the vendor's dialect (see ``app``)."""

from smsspec.mock.app import MockApp, Settings

__all__ = ["MockApp", "Settings"]
