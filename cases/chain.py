"""The custody chain: each audit event carries the hash of the event before it in its chain and
its own hash over a canonical encoding of its fields, so that an event changed, removed or
inserted in the database breaks a link that :func:`check` names.

There is one chain per case (the events whose ``case_id`` is the case's, kept after the case is
deleted) and one for the site (events of no case: sign-in lock-outs, deleted users). The
encoding and the link checks are those of the package's verifier
(:mod:`cases.package_script.verify_package`), so the site and an exported package agree.

With a signing key in the settings (``CUSTODY_ED25519_KEY_FILE``, a PEM PKCS#8 Ed25519 private
key, or ``CUSTODY_HMAC_KEY``, a shared secret), each event is signed as the head of its chain
when it is written: a database administrator who rewrites events can recompute the hashes but
not the signatures. Ed25519 signatures are deterministic, so the site checks one by signing
the head again.
"""

import base64
import functools
import hashlib
import hmac
import ipaddress
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from .package_script.verify_package import (
    ED25519,
    HASHED_FIELDS,
    HMAC_SHA256,
    Problem,
    check_chain,
    ed25519_key_id,
    event_hash,
    head_message,
    hmac_key_id,
    split_signature,
)

SITE = "site"


def chain_key(case_id: int | None) -> str:
    """The name of the chain an event of ``case_id`` belongs to: ``case:<id>``, or ``site``."""
    return SITE if case_id is None else f"case:{case_id}"


def event_record(event) -> dict[str, Any]:
    """An audit event as the custody record that is hashed and exported: the fields of
    :data:`~cases.package_script.verify_package.HASHED_FIELDS` in JSON types (``created_at``
    as UTC ``YYYY-MM-DDTHH:MM:SS.ffffffZ``, the IP address in its compressed form, ``details``
    as the database gives them back), then ``hash`` and ``signature``."""
    values = {
        "sequence": event.sequence,
        "previous_hash": event.previous_hash,
        "created_at": event.created_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "actor_id": event.actor_id,
        "actor_name": event.actor_name,
        "action": event.action,
        "case_id": event.case_id,
        "target_type": event.target_type,
        "target_id": event.target_id,
        "target_repr": event.target_repr,
        "ip_address": str(ipaddress.ip_address(event.ip_address)) if event.ip_address else None,
        # Through JSON and back, as the JSON column stores them: tuples become lists, keys text.
        "details": json.loads(json.dumps(event.details)),
    }
    return {name: values[name] for name in HASHED_FIELDS} | {"hash": event.hash, "signature": event.signature}


@dataclass(frozen=True)
class Signer:
    """The site's signing key: ``algorithm`` (``ed25519`` or ``hmac-sha256``), its public
    ``key_id``, ``sign`` (bytes to signature bytes) and, for Ed25519, the 32-byte ``public_key``."""

    algorithm: str
    key_id: str
    sign: Callable[[bytes], bytes]
    public_key: bytes | None = None

    def sign_head(self, hash_hex: str) -> str:
        """The ``signature`` of the event whose hash is ``hash_hex`` as the head of its chain:
        ``<algorithm>:<key id>:<base64 signature>``."""
        signature = base64.b64encode(self.sign(head_message(hash_hex))).decode("ascii")
        return f"{self.algorithm}:{self.key_id}:{signature}"

    def describe(self) -> dict[str, str]:
        """The key as a package's manifest names it: algorithm, key id and, for Ed25519, the
        public key (base64 of its 32 bytes, and PEM)."""
        if self.public_key is None:
            return {"algorithm": self.algorithm, "key_id": self.key_id}
        pem = Ed25519PublicKey.from_public_bytes(self.public_key).public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return {
            "algorithm": self.algorithm,
            "key_id": self.key_id,
            "public_key": base64.b64encode(self.public_key).decode("ascii"),
            "public_key_pem": pem.decode("ascii"),
        }


def signer() -> Signer | None:
    """The signing key the settings name, or None. Raises ImproperlyConfigured when both are
    set, or the key file cannot be read or holds no Ed25519 private key."""
    return _load_signer(settings.CUSTODY_ED25519_KEY_FILE, settings.CUSTODY_HMAC_KEY)


@functools.lru_cache(maxsize=4)
def _load_signer(key_file: str | None, hmac_key: str | None) -> Signer | None:
    if key_file and hmac_key:
        raise ImproperlyConfigured("Set CUSTODY_ED25519_KEY_FILE or CUSTODY_HMAC_KEY, not both")
    if hmac_key:
        secret = hmac_key.encode("utf-8")
        return Signer(HMAC_SHA256, hmac_key_id(secret), lambda message: hmac.digest(secret, message, hashlib.sha256))
    if not key_file:
        return None
    try:
        private = serialization.load_pem_private_key(Path(key_file).read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise ImproperlyConfigured(f"CUSTODY_ED25519_KEY_FILE: no unencrypted PEM private key ({exc})") from None
    if not isinstance(private, Ed25519PrivateKey):
        raise ImproperlyConfigured("CUSTODY_ED25519_KEY_FILE holds a key that is not Ed25519")
    public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return Signer(ED25519, ed25519_key_id(public), private.sign, public)


def seal(event, previous_sequence: int, previous_hash: str) -> None:
    """Make ``event`` the next link after the head (``previous_sequence``, ``previous_hash``;
    0 and ``GENESIS`` for a chain's first event): set its ``sequence``, ``previous_hash``,
    ``hash`` and, with a signing key, ``signature``."""
    event.sequence, event.previous_hash = previous_sequence + 1, previous_hash
    event.hash = event_hash(event_record(event) | {"hash": "", "signature": ""})
    key = signer()
    event.signature = key.sign_head(event.hash) if key else ""


@dataclass(frozen=True)
class ChainCheck:
    """One chain checked: its name (``case:<id>`` or ``site``), the ``events`` checked, the
    first ``problem`` (empty when intact) with the id of the event it is about (``event_id``),
    how many events have a signature the current key ``verified``, and how many are signed by
    another key (``other_key``: not checked)."""

    chain: str
    events: int
    problem: str = ""
    event_id: int | None = None
    verified: int = 0
    other_key: int = 0

    @property
    def ok(self) -> bool:
        return not self.problem

    def describe(self) -> str:
        """One line: "custody chain case:1 is intact: N events, M signatures verified", or the
        first broken link."""
        if not self.ok:
            at = f" (audit event id {self.event_id})" if self.event_id is not None else ""
            return f"custody chain {self.chain} is broken: {self.problem}{at}"
        signed = f", {self.verified} signatures verified" if self.verified else ""
        other = f", {self.other_key} signed by another key (not checked)" if self.other_key else ""
        events = f"{self.events} event{'' if self.events == 1 else 's'}"
        return f"custody chain {self.chain} is intact: {events}{signed}{other}"

    def as_details(self) -> dict[str, Any]:
        """The audit-event details of this check."""
        return {"chain": self.chain, "events": self.events, "problem": self.problem, "event_id": self.event_id}


def check(chain: str, events: Iterable, head: tuple[int, str] | None, case_id: int | None = None) -> ChainCheck:
    """Check one chain: ``events`` are its audit events in sequence order, up to the ``head``
    recorded for it (its ``(sequence, hash)``; None when none is recorded). Names the first
    broken link (:func:`~cases.package_script.verify_package.check_chain`), an event whose
    signature by the current key does not verify, an unsigned event after signed ones while a
    key is set, and events missing at the end (the head records more than there are)."""
    key = signer()
    ids: list[int] = []
    counts = {"verified": 0, "other_key": 0, "signed": 0}

    def records():
        for event in events:
            ids.append(event.pk)
            record = event_record(event)
            yield record
            _check_signature(record, key, counts)

    try:
        count, last = check_chain(records(), case_id)
        if head is None and count:
            raise Problem(f"no head is recorded for its {count} events")
        if head is not None and (count, last) != tuple(head):
            raise Problem(
                f"its head records {head[0]} events ending in {head[1]}, the events end at #{count}: "
                "events at the end were removed or rewritten"
            )
    except Problem as problem:
        at = problem.sequence - 1 if problem.sequence and problem.sequence <= len(ids) else None
        return ChainCheck(chain, len(ids), str(problem), ids[at] if at is not None else None)
    return ChainCheck(chain, count, verified=counts["verified"], other_key=counts["other_key"])


def _check_signature(record: dict, key: Signer | None, counts: dict[str, int]) -> None:
    # Called once check_chain has found the record's links and hash intact.
    where, sequence = f"custody event #{record['sequence']}", record["sequence"]
    if not record["signature"]:
        if key is not None and counts["signed"]:
            raise Problem(f"{where} is not signed, though events before it are: its signature was removed", sequence)
        return
    counts["signed"] += 1
    try:
        _, key_id, _ = split_signature(record["signature"])
    except ValueError:
        raise Problem(f"{where}: its signature is malformed", sequence) from None
    if key is None or key_id != key.key_id:
        counts["other_key"] += 1
    elif hmac.compare_digest(key.sign_head(record["hash"]), record["signature"]):
        counts["verified"] += 1
    else:
        raise Problem(f"{where}: its signature does not verify: the chain was rebuilt without the key", sequence)
