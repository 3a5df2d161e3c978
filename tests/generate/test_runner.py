"""The generation runner: staged per-provider swap, manifest-driven skipping, stale files, drift check."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from smsspec.bundle import Bundle
from smsspec.findings import Finding, SmsspecError
from smsspec.generate import manifest, runner, specs
from smsspec.generate.manifest import Manifest
from smsspec.generate.producer import Producer
from smsspec.layout import PROVIDERS, Layout
from smsspec.pipeline import Built
from smsspec.validate import openapi_findings

from ..conftest import ROOT


def notes(built: Built, out: Path) -> None:
    """A stand-in producer: one file named after the spec title, so a spec change renames the output."""
    target = out / "notes" / f"{built.document['info']['title'].replace(' ', '-')}.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(built.provider + "\n")


def failing(built: Built, out: Path) -> None:
    (out / "half-written.txt").write_text("partial")
    raise SmsspecError([Finding(built.provider, "", "tool-failed", "the generator failed; see above")])


NOTES = Producer("notes", notes)
PRODUCERS = (specs.PRODUCER, NOTES)


def files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def generate(project: Path, producers: tuple[Producer, ...] = PRODUCERS) -> list[str]:
    lines: list[str] = []
    runner.run(Layout(project), ["boolky"], project / "generated", lines.append, producers)
    return lines


def test_outputs_and_manifest_are_written_and_a_rerun_skips(project: Path) -> None:
    first = generate(project)
    out = project / "generated"
    written = files(out)
    assert {"specs/boolky.openapi.yaml", "specs/boolky.sdk.json", "manifest.json"} <= set(written)
    assert "boolky: notes generated" in first
    entry = Manifest.load(out).providers["boolky"]
    assert entry.outputs == {n: manifest.sha256(b) for n, b in written.items() if n != "manifest.json"}
    assert generate(project) == ["boolky: valid; unchanged, skipped"]
    assert files(out) == written


def test_the_schema_check_is_skipped_only_for_documents_the_manifest_vouches_for(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[str] = []

    def counting(bundle: Bundle) -> list[Finding]:
        checked.append(bundle.document["info"].get("title", ""))
        return openapi_findings(bundle)

    monkeypatch.setattr("smsspec.pipeline.openapi_findings", counting)
    generate(project)
    flavours = len(checked)
    assert flavours >= 2  # every flavour was checked on the first run
    generate(project)
    assert len(checked) == flavours  # unchanged documents, matching entry: trusted
    root = project / "specs" / "boolky" / "openapi.yaml"
    root.write_text(root.read_text().replace("title: ", "title: Renamed ", 1))
    generate(project)
    assert len(checked) == 2 * flavours
    assert checked[-1].startswith("Renamed ")
    before = files(project / "generated")
    root.write_text(root.read_text().replace("title: Renamed ", "titel: ", 1))  # info.title is required
    with pytest.raises(SmsspecError) as raised:
        generate(project)
    assert "openapi-invalid" in {f.rule for f in raised.value.findings}
    assert files(project / "generated") == before  # nothing is generated from an invalid spec


def test_an_edited_output_or_a_new_tool_version_regenerates(project: Path) -> None:
    generate(project)
    out = project / "generated"
    pristine = files(out)
    (out / "specs" / "boolky.openapi.yaml").write_text("edited by hand\n")
    assert "boolky: specs generated" in generate(project)
    assert files(out) == pristine
    recorded = Manifest.load(out)
    recorded.providers["boolky"].inputs = "0" * 64
    (out / "manifest.json").write_text(recorded.dumps())
    assert "boolky: notes generated" in generate(project)


def test_stale_outputs_are_removed_with_their_empty_directories(project: Path) -> None:
    generate(project)
    root = project / "specs" / "boolky" / "openapi.yaml"
    root.write_text(root.read_text().replace("title: ", "title: Renamed ", 1))
    generate(project)
    notes_dir = project / "generated" / "notes"
    assert [p.name.startswith("Renamed-") for p in notes_dir.iterdir()] == [True]
    generate(project, (specs.PRODUCER,))
    assert not notes_dir.exists()


def test_a_failing_producer_leaves_the_previous_output_intact(project: Path) -> None:
    generate(project)
    out = project / "generated"
    before = files(out)
    with pytest.raises(SmsspecError) as caught:
        generate(project, (*PRODUCERS, Producer("broken", failing)))
    assert [f.rule for f in caught.value.findings] == ["tool-failed"]
    assert files(out) == before
    assert not list(out.glob(".tmp-*"))


def test_regeneration_is_byte_identical(project: Path, tmp_path: Path) -> None:
    generate(project)
    again = tmp_path / "again"
    runner.run(Layout(project), ["boolky"], again, lambda _: None, PRODUCERS)
    assert files(again) == files(project / "generated")


def test_check_names_every_drift_and_the_command_that_fixes_it(project: Path) -> None:
    generate(project)
    out = project / "generated"
    layout = Layout(project)
    assert runner.check(layout, ["boolky"], PRODUCERS) == []
    (out / "specs" / "boolky.deref.json").write_text("{}\n")
    (out / "specs" / "boolky.sdk.yaml").unlink()
    assert runner.check(layout, ["boolky"], PRODUCERS) == [
        "generated/specs/boolky.sdk.yaml: missing; run `make generate PROVIDER=boolky`",
        "generated/specs/boolky.deref.json: differs from what the specs generate; "
        "run `make generate PROVIDER=boolky` (never edit generated files)",
    ]


def test_check_names_outputs_the_specs_no_longer_produce(project: Path) -> None:
    generate(project)
    root = project / "specs" / "boolky" / "openapi.yaml"
    root.write_text(root.read_text().replace("title: ", "title: Renamed ", 1))
    drift = runner.check(Layout(project), ["boolky"], PRODUCERS)
    fix = "run `make generate PROVIDER=boolky`"
    assert "generated/notes/Fixture.txt: not produced by the specs any more; " + fix in drift
    assert "generated/notes/Renamed-Fixture.txt: missing; " + fix in drift
    assert f"generated/manifest.json: entry 'boolky' is out of date; {fix}" in drift


def test_a_run_over_every_provider_removes_files_nothing_claims(tmp_path: Path) -> None:
    for part in ("specs", "overlays"):
        shutil.copytree(ROOT / part, tmp_path / part)
    out = tmp_path / "generated"
    leftover = out / "clients" / "gone" / "module.py"
    leftover.parent.mkdir(parents=True)
    leftover.write_text("from an older layout\n")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    shutil.copyfile(ROOT / ".gitignore", tmp_path / ".gitignore")  # ignores build/, and the staging .tmp-*/
    built_in_place = out / "clients" / "bsg" / "build" / "lib" / "module.py"  # `pip install generated/clients/bsg`
    built_in_place.parent.mkdir(parents=True)
    built_in_place.write_text("")
    runner.run(Layout(tmp_path), list(PROVIDERS), out, lambda _: None, (specs.PRODUCER,))
    assert not leftover.parent.exists()
    assert built_in_place.is_file()  # what git ignores is not ours to delete, nor drift:
    assert runner.check(Layout(tmp_path), list(PROVIDERS), (specs.PRODUCER,)) == []
    assert (out / "docs" / "index.html").is_file()
    assert (out / "specs" / "bsg.openapi.yaml").is_file()
