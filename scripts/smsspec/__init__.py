"""smsspec: bundle, validate and generate from the OpenAPI specs of five SMS providers, and mock them.

The package imports nothing itself: each command loads only what it uses (the mock must start fast).
"""
