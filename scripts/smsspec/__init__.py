"""smsspec: bundle, validate and generate from the OpenAPI specs of five SMS providers."""

from smsspec.bundle import Bundle, bundle
from smsspec.findings import Finding, SmsspecError
from smsspec.layout import PROVIDERS, Layout
from smsspec.pipeline import Built, build, build_all
from smsspec.validate import validate

__all__ = [
    "PROVIDERS",
    "Built",
    "Bundle",
    "Finding",
    "Layout",
    "SmsspecError",
    "build",
    "build_all",
    "bundle",
    "validate",
]
