"""C2PA Content Credentials read with c2pa-python (the Content Authenticity Initiative's
bindings to c2pa-rs), which parses the manifest store and checks signatures and hashes.

The SDK is loaded and called only when :mod:`.markers` finds a store in the bytes, so files
without one cost a byte search. It never reaches the network: remote manifests and OCSP are not
fetched and no host is allowed, so a store referenced only by URL is reported as ``remote``.
"""

import io
import json
from typing import Any

from ..limits import MAX_C2PA_TEXT, MAX_INFLATE
from .manifest import summarise
from .markers import has_store

# c2pa-rs settings JSON ("verify" and "core" sections). The SDK ignores unknown keys silently,
# so a test pins the effect: a manifest URL pointing at a local listener is never requested.
SETTINGS = {
    "version": 1,
    "verify": {"remote_manifest_fetch": False, "ocsp_fetch": False},
    "core": {"allowed_network_hosts": [], "max_decompressed_manifest_size_in_mb": MAX_INFLATE // 2**20},
}

# Containers the SDK reads a store from (c2pa.Reader.get_supported_mime_types(), images only).
READABLE_MIMES = frozenset(
    {"image/jpeg", "image/png", "image/heic", "image/heif", "image/avif", "image/webp", "image/gif", "image/tiff"}
)

NO_STORE = "a C2PA manifest store marker is present but the SDK found no store"


class RemoteOnlyError(Exception):
    """The SDK found no embedded store, only a reference to a remote one."""


def read_c2pa(
    data: bytes,
    mime: str | None,
    *,
    provenance_url: str | None = None,
    jpeg_segments: list[dict[str, Any]] | None = None,
) -> dict[str, Any] | None:
    """Summary of the C2PA Content Credentials of the file ``data`` of type ``mime``, or None
    when it carries neither an embedded manifest store nor a provenance URL.

    ``provenance_url`` is XMP ``dcterms:provenance`` (:func:`.markers.remote_reference`);
    ``jpeg_segments`` the ``jpeg`` section's segment list, confining the search to APP11.
    Returns ``{"state", "embedded", "remote_url", ...}`` with ``state`` one of:

    - ``"valid"`` / ``"invalid"``: the embedded store was read; the rest is
      :func:`.manifest.summarise` (active manifest, validation codes, AI declaration);
    - ``"remote"``: no embedded store, only ``remote_url`` (never fetched);
    - ``"unreadable"``: a store is present but the SDK refused it; ``error`` says why.

    Never raises: any SDK failure becomes ``unreadable``.
    """
    embedded = mime in READABLE_MIMES and has_store(data, jpeg_segments)
    if not embedded:
        return {"state": "remote", "embedded": False, "remote_url": provenance_url} if provenance_url else None
    head = {"embedded": True, "remote_url": provenance_url}
    try:
        store = _read_store(data, mime)
    except RemoteOnlyError:
        return {"state": "remote", "embedded": False, "remote_url": provenance_url}
    except Exception as exc:  # the SDK signals damage with many exception types
        message = str(exc) or type(exc).__name__
        return {"state": "unreadable", **head, "error": message[:MAX_C2PA_TEXT]}
    if not isinstance(store, dict):
        return {"state": "unreadable", **head, "error": NO_STORE}
    summary = summarise(store)
    return {"state": summary.pop("state"), **head, **summary}


def _read_store(data: bytes, mime: str) -> dict[str, Any] | None:
    """The SDK's JSON report of the embedded manifest store, None when it finds none.

    Raises RemoteOnlyError for a store referenced only by URL, the SDK's ``C2paError`` (or
    anything else it raises) for a store it cannot read.
    """
    import c2pa as sdk  # loaded on first use: ~40 ms and a 23 MB native library

    with sdk.Context.from_dict(SETTINGS) as context:
        try:
            reader = sdk.Reader.try_create(mime, io.BytesIO(data), context=context)
        except sdk.C2paError as exc:
            # c2pa-python 0.38 maps the native "Remote:" error to the base class, not RemoteManifest
            if isinstance(exc, sdk.C2paError.RemoteManifest) or str(exc).startswith("Remote:"):
                raise RemoteOnlyError(str(exc)) from exc
            raise
        if reader is None:
            return None
        with reader:
            # The SDK writes its maps in a different key order on every read: keys are sorted, so
            # the same file gives the same report (a duplicated key keeps its last value, as json does).
            return json.loads(reader.json(), object_pairs_hook=_sorted_object)


def _sorted_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    return dict(sorted(pairs, key=lambda pair: pair[0]))
