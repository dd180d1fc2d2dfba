"""Cryptographic digests of the exact bytes received."""

import hashlib


def digests(data: bytes) -> dict[str, str]:
    """Return ``{"md5", "sha1", "sha256"}`` as lower-case hex strings of ``data``."""
    return {name: hashlib.new(name, data).hexdigest() for name in ("md5", "sha1", "sha256")}
