"""Multi-file spec → one document with *named* components.

Hand-written because the field's bundlers do not fit: prance inlines every ``$ref`` (component names are lost,
and the generated clients would get anonymous models), and Redocly's bundler is a Node tool. The rule is small:
a ``$ref`` to ``components/<type>/<Name>.yaml`` becomes ``#/components/<type>/<Name>`` and that file becomes the
component; a ``$ref`` to any other file (path items) is inlined. Two files that claim the same component name,
dangling refs and inlining cycles are refused with their location.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smsspec import refs, yamlio
from smsspec.findings import Finding, SmsspecError, errors
from smsspec.layout import COMPONENT_TYPES

ComponentKey = tuple[str, str]


@dataclass
class Bundle:
    """The bundled document, and where each part of it came from (for locating findings in sources)."""

    document: dict[str, Any]
    origins: dict[str, tuple[Path, str]]
    component_files: dict[ComponentKey, Path]
    display: Callable[[Path], str] = str

    def locate(self, pointer: str) -> tuple[str, str]:
        """(source file, JSON pointer inside it) for a pointer into the bundled document."""
        probe = pointer
        while True:
            if probe in self.origins:
                path, base = self.origins[probe]
                return self.display(path), "#" + base + pointer[len(probe) :]
            if not probe:
                return "<bundle>", "#" + pointer
            probe = probe.rsplit("/", 1)[0]

    def finding(self, pointer: str, rule: str, message: str, severity: Any = "error") -> Finding:
        file, location = self.locate(pointer)
        return Finding(file, location, rule, message, severity)


@dataclass
class _Bundler:
    spec_dir: Path
    display: Callable[[Path], str]
    files: dict[Path, Any] = field(default_factory=dict)
    components: dict[ComponentKey, Path] = field(default_factory=dict)
    content: dict[ComponentKey, Any] = field(default_factory=dict)
    origins: dict[str, tuple[Path, str]] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    inlining: list[Path] = field(default_factory=list)

    def problem(self, file: Path, pointer: str, rule: str, message: str) -> None:
        self.findings.append(Finding(self.display(file), "#" + pointer, rule, message))

    def load(self, path: Path) -> Any:
        if path not in self.files:
            self.files[path] = yamlio.load(path, self.display(path))
        return self.files[path]

    def component_key(self, path: Path) -> ComponentKey | None:
        try:
            parts = path.relative_to(self.spec_dir).parts
        except ValueError:
            return None
        if len(parts) >= 3 and parts[0] == "components" and parts[1] in COMPONENT_TYPES:
            return parts[1], Path(parts[-1]).stem
        return None

    def walk(self, node: Any, file: Path, at: str, out: str) -> Any:
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                return self.ref(node, file, at, out)
            return {k: self.walk(v, file, refs.join(at, k), refs.join(out, k)) for k, v in node.items()}
        if isinstance(node, list):
            return [self.walk(v, file, refs.join(at, i), refs.join(out, i)) for i, v in enumerate(node)]
        return node

    def ref(self, node: dict[str, Any], file: Path, at: str, out: str) -> Any:
        ref: str = node["$ref"]
        siblings = {k: self.walk(v, file, refs.join(at, k), refs.join(out, k)) for k, v in node.items() if k != "$ref"}
        file_part, fragment = refs.split_ref(ref)
        target = (file.parent / file_part).resolve() if file_part else file
        if not target.is_file():
            self.problem(file, at, "ref-dangling", f"$ref {ref!r}: file {self.display(target)} not found; fix the path")
            return node
        key = self.component_key(target)
        if key is not None:
            if not self.component(key, target, file, at):
                return node
            if self.check_fragment(self.load(target), fragment, ref, file, at) is None:
                return node
            return {"$ref": f"#/components/{key[0]}/{refs.escape(key[1])}{fragment}", **siblings}
        if not file_part and file != self.inlining[0]:
            self.problem(
                file,
                at,
                "ref-local-in-inlined-file",
                f"$ref {ref!r} points inside a file that gets inlined; move the target to components/",
            )
            return node
        if not file_part:
            return node  # a local ref in the root stays as it is; the bundled document still resolves it
        if target in self.inlining:
            self.problem(
                file, at, "ref-cycle", f"$ref {ref!r} inlines a file that includes itself; make it a component"
            )
            return node
        sub = self.check_fragment(self.load(target), fragment, ref, file, at)
        if sub is None:
            return node
        self.origins[out] = (target, fragment)
        self.inlining.append(target)
        try:
            result = self.walk(sub, target, fragment, out)
        finally:
            self.inlining.pop()
        return {**result, **siblings} if isinstance(result, dict) else result

    def check_fragment(self, content: Any, fragment: str, ref: str, file: Path, at: str) -> Any:
        """The node ``fragment`` designates in ``content``, or ``None`` after reporting that it does not exist."""
        try:
            return refs.resolve(content, fragment)
        except LookupError as exc:
            self.problem(file, at, "ref-dangling", f"$ref {ref!r}: {exc} in the target; fix the pointer")
            return None

    def component(self, key: ComponentKey, target: Path, file: Path, at: str) -> bool:
        known = self.components.get(key)
        if known == target:
            return True
        if known is not None:
            self.problem(
                file,
                at,
                "component-name-clash",
                f"{self.display(target)} and {self.display(known)} both define "
                f"#/components/{key[0]}/{key[1]}; rename one of them",
            )
            return False
        self.components[key] = target
        out = refs.join("/components", *key)
        self.origins[out] = (target, "")
        saved, self.inlining = self.inlining, [target]
        try:
            self.content[key] = self.walk(self.load(target), target, "", out)
        finally:
            self.inlining = saved
        return True

    def assemble(self, document: dict[str, Any], root: Path) -> None:
        section = document.setdefault("components", {})
        ordered: dict[str, Any] = {}
        for kind in (*COMPONENT_TYPES, *section):
            names = {**section.get(kind, {})}
            for (k, name), value in sorted(self.content.items()):
                if k != kind:
                    continue
                inline = names.get(name)
                if inline is not None and inline != {"$ref": f"#/components/{kind}/{refs.escape(name)}"}:
                    self.problem(
                        root,
                        refs.join("/components", kind, name),
                        "component-name-clash",
                        f"defined inline and in {self.display(self.components[(k, name)])}; keep one",
                    )
                names[name] = value
            if names:
                ordered[kind] = dict(sorted(names.items()))
        if ordered:
            document["components"] = ordered
        else:
            del document["components"]


def bundle(root: Path, display: Callable[[Path], str] = str) -> Bundle:
    """Bundle the spec whose root document is ``root``; raises ``SmsspecError`` with every problem found."""
    root = root.resolve()
    bundler = _Bundler(root.parent, display)
    source = bundler.load(root)
    if not isinstance(source, dict):
        raise SmsspecError([Finding(display(root), "", "spec-not-a-mapping", "the root document must be a mapping")])
    bundler.inlining = [root]
    bundler.origins[""] = (root, "")
    document = bundler.walk(source, root, "", "")
    bundler.assemble(document, root)
    result = Bundle(document, bundler.origins, bundler.components, display)
    for pointer, ref in refs.internal_refs(document):
        file_part, fragment = refs.split_ref(ref)
        if file_part:
            continue  # a file ref still here was already reported as dangling
        try:
            refs.resolve(document, fragment)
        except LookupError as exc:
            bundler.findings.append(result.finding(pointer, "ref-dangling", f"$ref {ref!r}: {exc}; fix the target"))
    if errors(bundler.findings):
        raise SmsspecError(bundler.findings)
    return result
