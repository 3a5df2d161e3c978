"""Publishing: spec flavours (3.1 bundled and dereferenced, 3.0), the changelog, offline docs and spec diffs."""
