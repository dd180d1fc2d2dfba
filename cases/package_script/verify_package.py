#!/usr/bin/env python3
"""Verify an imgmeta case package offline, with nothing but Python 3.9 or later.

    python3 verify_package.py [PACKAGE] [--key-id ID] [--hmac-key KEY | --hmac-key-file FILE]

PACKAGE is the package's ZIP file or the folder it was extracted to (default: the folder holding
this script). The script re-hashes every file the manifest lists (SHA-256) and checks its size,
refuses files the manifest does not list, checks the custody chain (custody/chain.jsonl: every
event numbered in order, linked to the hash of the one before, and hashing to its stored hash;
the last one the head the manifest names), and checks the signatures: the manifest's
(manifest.sig) and that of the newest signed custody event, which covers every event before it
through the links. It prints ``OK`` and what was checked, or ``FAILED:`` and the first problem,
and exits 0 or 1 (2 for a wrong command line).

Signatures: Ed25519 (the site's public key is in the manifest; verified here in pure Python, RFC
8032 section 5.1.7) or HMAC-SHA256 (a shared secret: give it with ``--hmac-key``; without it the
signature is reported as not checked). A public key inside the package proves only that whoever
made the package had the matching private key: compare the key id printed with the one the
site publishes, or give it with ``--key-id`` so that a package unsigned or signed by another key
fails.

The application imports this module (cases.chain, cases.package) so that the package and the
site hash and check the chain with the same code: keep it standard library only, Python 3.9.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import json
import sys
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

PACKAGE_FORMAT = "imgmeta-case-package"
PACKAGE_VERSION = 1
MANIFEST, MANIFEST_SIGNATURE = "manifest.json", "manifest.sig"
CHAIN_PATH = "custody/chain.jsonl"
# The previous hash of the first event of a chain.
GENESIS = "0" * 64
# What each custody event's hash covers, in the canonical encoding of :func:`canonical`.
HASHED_FIELDS = (
    "sequence",
    "previous_hash",
    "created_at",
    "actor_id",
    "actor_name",
    "action",
    "case_id",
    "target_type",
    "target_id",
    "target_repr",
    "ip_address",
    "details",
)
RECORD_FIELDS = frozenset((*HASHED_FIELDS, "hash", "signature"))
# Domain prefixes: a hash or signature of one kind of text can never pass for another kind's.
EVENT_PREFIX = b"imgmeta custody event v1\n"
HEAD_PREFIX = b"imgmeta custody head v1\n"
MANIFEST_PREFIX = b"imgmeta package manifest v1\n"
ED25519, HMAC_SHA256 = "ed25519", "hmac-sha256"
CHUNK = 1024 * 1024


class Problem(Exception):
    """The first problem found, as one line of text; ``sequence`` is the custody event it is
    about (1-based), when it is about one."""

    def __init__(self, message: str, sequence: int | None = None) -> None:
        super().__init__(message)
        self.sequence = sequence


# Canonical encoding and hashing (shared with the application)


def canonical(value: object) -> bytes:
    """``value`` as canonical JSON bytes: keys sorted, no spaces, ASCII only (other characters as
    ``\\uXXXX``), no NaN or infinity (ValueError)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False).encode("ascii")


def event_hash(record: dict) -> str:
    """The SHA-256 (hex) of a custody event: its :data:`HASHED_FIELDS` canonically encoded after
    :data:`EVENT_PREFIX`. Raises KeyError when one is missing."""
    return hashlib.sha256(EVENT_PREFIX + canonical({name: record[name] for name in HASHED_FIELDS})).hexdigest()


def head_message(event_hash_hex: str) -> bytes:
    """What a custody event's signature signs: the event's hash as the head of its chain."""
    return HEAD_PREFIX + event_hash_hex.encode("ascii")


def manifest_message(manifest: bytes) -> bytes:
    """What the manifest's signature signs: the manifest file's bytes."""
    return MANIFEST_PREFIX + manifest


def hmac_key_id(key: bytes) -> str:
    """The public id of an HMAC key: the first 16 hex digits of a SHA-256 of it."""
    return hashlib.sha256(b"imgmeta hmac key id\n" + key).hexdigest()[:16]


def ed25519_key_id(public_key: bytes) -> str:
    """The public id of an Ed25519 key: the first 16 hex digits of the SHA-256 of its 32 bytes."""
    return hashlib.sha256(public_key).hexdigest()[:16]


def split_signature(text: str) -> tuple[str, str, bytes]:
    """``"<algorithm>:<key id>:<base64 signature>"`` (a custody event's ``signature``) as its
    three parts; raises ValueError when it is not that."""
    algorithm, key_id, encoded = text.split(":")
    return algorithm, key_id, base64.b64decode(encoded, validate=True)


def check_chain(records: Iterable[dict], case_id: int | None = None) -> tuple[int, str]:
    """Check the links of a custody chain, oldest event first: each record has exactly
    :data:`RECORD_FIELDS`, is numbered one after the one before (from 1), names the hash of the
    one before as ``previous_hash`` (:data:`GENESIS` for the first), hashes to its ``hash``
    (:func:`event_hash`) and, when ``case_id`` is given, belongs to that case.

    Returns the number of events and the hash of the last (the head); raises :class:`Problem`
    naming the first broken link.
    """
    previous, sequence = GENESIS, 0
    for record in records:
        sequence += 1
        where = f"custody event #{sequence}"
        if not isinstance(record, dict) or set(record) != RECORD_FIELDS:
            raise Problem(f"{where}: its fields are not those of a custody event", sequence)
        if record["sequence"] != sequence:
            raise Problem(
                f"{where} is numbered {record['sequence']!r}: an event before it was removed or inserted", sequence
            )
        if record["previous_hash"] != previous:
            raise Problem(
                f"{where} does not link to the hash of the event before it: an event before it was removed, "
                "inserted or rewritten",
                sequence,
            )
        if case_id is not None and record["case_id"] != case_id:
            raise Problem(f"{where} belongs to case {record['case_id']!r}, not to case {case_id}", sequence)
        try:
            intact = event_hash(record) == record["hash"]
        except ValueError:  # NaN or infinity: JSON that no event was written with
            intact = False
        if not intact:
            raise Problem(f"{where} no longer hashes to its stored hash: it was changed after it was written", sequence)
        previous = record["hash"]
    return sequence, previous


# Ed25519 verification (RFC 8032 section 5.1.7, after its section 6 reference code)

_P = 2**255 - 19
_L = 2**252 + 27742317777372353535851937790883648493  # the order of the base point
_D = -121665 * pow(121666, _P - 2, _P) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)


def _add(a: tuple, b: tuple) -> tuple:
    # Points in extended homogeneous coordinates (X, Y, Z, T), x = X/Z, y = Y/Z, x*y = T/Z.
    ya_minus, yb_minus = (a[1] - a[0]) % _P, (b[1] - b[0]) % _P
    big_a, big_b = ya_minus * yb_minus % _P, (a[1] + a[0]) * (b[1] + b[0]) % _P
    big_c, big_d = 2 * a[3] * b[3] * _D % _P, 2 * a[2] * b[2] % _P
    e, f, g, h = big_b - big_a, big_d - big_c, big_d + big_c, big_b + big_a
    return (e * f % _P, g * h % _P, f * g % _P, e * h % _P)


def _multiply(scalar: int, point: tuple) -> tuple:
    result = (0, 1, 1, 0)
    while scalar > 0:
        if scalar & 1:
            result = _add(result, point)
        point = _add(point, point)
        scalar >>= 1
    return result


def _same(a: tuple, b: tuple) -> bool:
    return (a[0] * b[2] - b[0] * a[2]) % _P == 0 and (a[1] * b[2] - b[1] * a[2]) % _P == 0


def _recover_x(y: int, sign: int) -> int | None:
    if y >= _P:
        return None
    x2 = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P) % _P
    if x2 == 0:
        return None if sign else 0
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P:
        x = x * _SQRT_M1 % _P
    if (x * x - x2) % _P:
        return None
    return _P - x if (x & 1) != sign else x


def _decompress(encoded: bytes) -> tuple | None:
    y = int.from_bytes(encoded, "little")
    sign, y = y >> 255, y & ((1 << 255) - 1)
    x = _recover_x(y, sign)
    return None if x is None else (x, y, 1, x * y % _P)


_BASE = _decompress((4 * pow(5, _P - 2, _P) % _P).to_bytes(32, "little"))


def ed25519_verify(public_key: bytes, message: bytes, signature: bytes) -> bool:
    """True when ``signature`` (64 bytes) is the Ed25519 signature of ``message`` by the key
    whose 32-byte encoding is ``public_key``."""
    if len(public_key) != 32 or len(signature) != 64:
        return False
    point_a, point_r = _decompress(public_key), _decompress(signature[:32])
    s = int.from_bytes(signature[32:], "little")
    if point_a is None or point_r is None or s >= _L:
        return False
    h = int.from_bytes(hashlib.sha512(signature[:32] + public_key + message).digest(), "little") % _L
    return _same(_multiply(s, _BASE), _add(point_r, _multiply(h, point_a)))


# The package


class Package:
    """The files of a package, from its ZIP file or its folder: :meth:`names` (``/``-separated
    paths) and :meth:`open`. Raises :class:`Problem` when it cannot be read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.archive = None
        if path.is_file():
            try:
                self.archive = zipfile.ZipFile(path)
            except (OSError, zipfile.BadZipFile) as exc:
                raise Problem(f"{path} is not a readable ZIP file ({exc})") from None
        elif not path.is_dir():
            raise Problem(f"{path} is neither a package folder nor its ZIP file")

    def names(self) -> set[str]:
        if self.archive is not None:
            return {name for name in self.archive.namelist() if not name.endswith("/")}
        return {file.relative_to(self.path).as_posix() for file in self.path.rglob("*") if file.is_file()}

    def open(self, name: str):
        """The file ``name`` opened for reading bytes; FileNotFoundError when absent."""
        if self.archive is not None:
            try:
                return self.archive.open(name)
            except KeyError:
                raise FileNotFoundError(name) from None
        return (self.path / name).open("rb")

    def read(self, name: str) -> bytes:
        with self.open(name) as file:
            return file.read()


def _hash_file(package: Package, name: str) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with package.open(name) as file:
        for chunk in iter(lambda: file.read(CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _safe_path(name: object) -> bool:
    if not isinstance(name, str) or not name or "\\" in name:
        return False
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts and path.as_posix() == name


def _chain_records(package: Package) -> Iterator[dict]:
    with package.open(CHAIN_PATH) as file:
        for number, line in enumerate(file, 1):
            try:
                yield json.loads(line)
            except ValueError:
                raise Problem(f"{CHAIN_PATH} line {number} is not JSON", number) from None


class Keys:
    """What the verifier trusts: the key id the site publishes (``key_id``, None: any key, said
    in the result) and the HMAC secret (``hmac_key``, None: HMAC signatures not checked)."""

    def __init__(self, key_id: str | None = None, hmac_key: bytes | None = None) -> None:
        self.key_id, self.hmac_key = key_id, hmac_key

    def check(self, signing: dict, key_id: str, signature: bytes, message: bytes, what: str) -> str:
        """Check one signature made with the package's ``signing`` key; returns a note for the
        result (``""`` when verified), raises :class:`Problem` when it does not verify."""
        algorithm = signing.get("algorithm")
        if key_id != signing.get("key_id"):
            raise Problem(f"{what} is signed by key {key_id}, not by the package's key {signing.get('key_id')}")
        if algorithm == ED25519:
            try:
                public_key = base64.b64decode(str(signing.get("public_key", "")), validate=True)
            except ValueError:
                raise Problem("the manifest's public key is not base64") from None
            if ed25519_key_id(public_key) != key_id:
                raise Problem(f"the manifest's public key does not have the id {key_id} it is listed with")
            if not ed25519_verify(public_key, message, signature):
                raise Problem(f"{what}: the Ed25519 signature does not verify")
            return ""
        if algorithm != HMAC_SHA256:
            raise Problem(f"{what} is signed with an unknown algorithm {algorithm!r}")
        if self.hmac_key is None:
            return f"{what}: HMAC-SHA256 signature not checked (give the site's key with --hmac-key)"
        if hmac_key_id(self.hmac_key) != key_id:
            raise Problem(
                f"{what} is signed by HMAC key {key_id}, not by the key given (id {hmac_key_id(self.hmac_key)})"
            )
        if not hmac.compare_digest(hmac.new(self.hmac_key, message, hashlib.sha256).digest(), signature):
            raise Problem(f"{what}: the HMAC-SHA256 signature does not verify")
        return ""


def verify(path: Path, keys: Keys) -> list[str]:
    """Verify the package at ``path`` (ZIP file or folder). Returns what was checked, as lines
    (notes of what could not be checked among them); raises :class:`Problem` at the first
    problem."""
    package = Package(path)
    try:
        manifest_bytes = package.read(MANIFEST)
    except FileNotFoundError:
        raise Problem(f"{MANIFEST} is missing") from None
    try:
        manifest = json.loads(manifest_bytes)
    except ValueError:
        raise Problem(f"{MANIFEST} is not JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != PACKAGE_FORMAT:
        raise Problem(f"{MANIFEST} is not the manifest of an imgmeta case package")
    if manifest.get("version") != PACKAGE_VERSION:
        raise Problem(f"package version {manifest.get('version')!r} is not {PACKAGE_VERSION}: use its own script")
    lines = [_check_manifest_signature(package, manifest, manifest_bytes, keys)]
    lines.append(_check_files(package, manifest))
    lines.extend(_check_custody(package, manifest, keys))
    return [line for line in lines if line]


def _check_manifest_signature(package: Package, manifest: dict, manifest_bytes: bytes, keys: Keys) -> str:
    signing = manifest.get("signing")
    names = package.names()
    if not isinstance(signing, dict):
        if keys.key_id is not None:
            raise Problem(f"the package is not signed, but key {keys.key_id} was expected")
        if MANIFEST_SIGNATURE in names:
            raise Problem(f"{MANIFEST_SIGNATURE} is present but the manifest names no signing key")
        return "NOTE: the package is not signed (the site had no signing key): its files can be checked, not its origin"
    if keys.key_id is not None and signing.get("key_id") != keys.key_id:
        raise Problem(f"the package is signed by key {signing.get('key_id')}, not by the expected key {keys.key_id}")
    if MANIFEST_SIGNATURE not in names:
        raise Problem(f"{MANIFEST_SIGNATURE} is missing, though the manifest names a signing key")
    try:
        signed = json.loads(package.read(MANIFEST_SIGNATURE))
        signature = base64.b64decode(signed["signature"], validate=True)
        key_id = signed["key_id"]
    except (ValueError, KeyError, TypeError):
        raise Problem(f"{MANIFEST_SIGNATURE} is not a signature") from None
    note = keys.check(signing, key_id, signature, manifest_message(manifest_bytes), "the manifest")
    if note:
        return f"NOTE: {note}"
    trusted = "the expected key" if keys.key_id else "a key you should compare with the one the site publishes"
    return f"manifest signature: {signing['algorithm']} by key {key_id} ({trusted})"


def _check_files(package: Package, manifest: dict) -> str:
    files = manifest.get("files")
    if not isinstance(files, list) or not files:
        raise Problem(f"{MANIFEST} lists no files")
    listed = set()
    for entry in files:
        name = entry.get("path") if isinstance(entry, dict) else None
        if not _safe_path(name) or name in listed or name in (MANIFEST, MANIFEST_SIGNATURE):
            raise Problem(f"{MANIFEST} lists an invalid or repeated path {name!r}")
        listed.add(name)
        try:
            sha256, size = _hash_file(package, name)
        except FileNotFoundError:
            raise Problem(f"{name} is missing") from None
        if sha256 != entry.get("sha256"):
            raise Problem(f"{name} has changed: its SHA-256 is {sha256}, the manifest lists {entry.get('sha256')}")
        if size != entry.get("size"):
            raise Problem(f"{name} is {size} bytes, the manifest lists {entry.get('size')}")
    unlisted = sorted(package.names() - listed - {MANIFEST, MANIFEST_SIGNATURE})
    if unlisted:
        raise Problem(f"{unlisted[0]} is in the package but not in the manifest")
    return f"{len(listed)} files re-hashed (SHA-256) and matching the manifest"


def _check_custody(package: Package, manifest: dict, keys: Keys) -> list[str]:
    custody = manifest.get("custody")
    case = manifest.get("case")
    if not isinstance(custody, dict) or not isinstance(case, dict):
        raise Problem(f"{MANIFEST} names no custody chain or case")
    records = []

    def kept(records_in: Iterator[dict]) -> Iterator[dict]:
        for record in records_in:
            records.append(record)
            yield record

    count, head = check_chain(kept(_chain_records(package)), case.get("id"))
    if [count, head] != [custody.get("events"), custody.get("head")]:
        raise Problem(
            f"the custody chain has {count} events ending in {head}; the manifest lists {custody.get('events')} "
            f"ending in {custody.get('head')} (events removed or added at the end)"
        )
    signed = [record for record in records if record["signature"]]
    signing = manifest.get("signing")
    if not signed or not isinstance(signing, dict):
        return [f"custody chain: {count} events linked and hashing to their stored hashes, head {head}"]
    newest = signed[-1]
    try:
        _, key_id, signature = split_signature(newest["signature"])
    except (ValueError, TypeError):
        raise Problem(f"custody event #{newest['sequence']}: its signature is malformed", newest["sequence"]) from None
    what = f"custody event #{newest['sequence']}"
    note = keys.check(signing, key_id, signature, head_message(newest["hash"]), what)
    after = count - newest["sequence"]
    lines = [
        f"custody chain: {count} events linked and hashing to their stored hashes, head {head}; "
        + (f"signed up to event #{newest['sequence']}" if not note else "signatures not checked")
    ]
    if after:
        lines.append(f"NOTE: the last {after} custody events are not signed (no signing key when they were written)")
    return lines + [f"NOTE: {note}"] * bool(note)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Verify an imgmeta case package offline.")
    parser.add_argument(
        "package", nargs="?", type=Path, default=Path(__file__).resolve().parent, help="the ZIP file or its folder"
    )
    parser.add_argument("--key-id", help="the signing key id the site publishes: any other key, or none, fails")
    secret = parser.add_mutually_exclusive_group()
    secret.add_argument("--hmac-key", help="the site's HMAC key (for packages signed with HMAC-SHA256)")
    secret.add_argument("--hmac-key-file", type=Path, help="a file holding the site's HMAC key")
    args = parser.parse_args(argv)
    hmac_key = args.hmac_key.encode("utf-8") if args.hmac_key is not None else None
    if args.hmac_key_file is not None:
        hmac_key = args.hmac_key_file.read_bytes().strip()
    try:
        lines = verify(args.package, Keys(args.key_id, hmac_key))
    except Problem as problem:
        print(f"FAILED: {problem}")
        return 1
    print("OK")
    for line in lines:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
