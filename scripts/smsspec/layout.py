"""Where things live: provider ids and the fixed project layout (DESIGN.md section 2)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from smsspec.findings import Finding, SmsspecError

PROVIDERS: tuple[str, ...] = ("boolky", "bsg", "serwersms", "octopush", "smsgateway24")

PUBLISHED = "openapi"
# Document flavours: the published one (every consumer reads it) first, then the ones overlays can add to it.
FLAVOURS: tuple[str, ...] = (PUBLISHED, "sdk")

COMPONENT_TYPES: tuple[str, ...] = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
)


def check_providers(names: list[str] | None) -> list[str]:
    """The providers to work on: all of them when ``names`` is empty; unknown names are a user error."""
    if not names:
        return list(PROVIDERS)
    unknown = [n for n in names if n not in PROVIDERS]
    if unknown:
        raise SmsspecError(
            Finding(n, "", "unknown-provider", f"no such provider; choose from {', '.join(PROVIDERS)}") for n in unknown
        )
    return names


def path_file_name(path: str) -> str:
    """Redocly's file-per-path naming: ``/sms/{id}`` → ``sms_{id}.yaml``."""
    return path.lstrip("/").replace("/", "_") + ".yaml"


@dataclass(frozen=True)
class Layout:
    """The project tree rooted at ``root``."""

    root: Path

    def spec_dir(self, provider: str) -> Path:
        return self.root / "specs" / provider

    def spec_root(self, provider: str) -> Path:
        return self.spec_dir(provider) / "openapi.yaml"

    def overlay_dir(self, provider: str) -> Path:
        return self.root / "overlays" / provider

    @property
    def generated(self) -> Path:
        return self.root / "generated"

    @property
    def generated_specs(self) -> Path:
        return self.generated / "specs"

    def relative(self, path: Path) -> str:
        """A path as users see it in messages: relative to the project root when inside it."""
        try:
            return str(path.resolve().relative_to(self.root.resolve()))
        except ValueError:
            return str(path)


def find_root(start: Path | None = None) -> Path:
    """The nearest directory above ``start`` (default: cwd) that holds ``specs/``."""
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if (candidate / "specs").is_dir():
            return candidate
    raise SmsspecError(
        [Finding(str(here), "", "no-project", "no specs/ directory here or above; run from the project")]
    )
