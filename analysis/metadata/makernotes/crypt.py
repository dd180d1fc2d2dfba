"""The ciphers some makers apply to parts of their maker notes.

Nikon (Nikon.pm Decrypt): a stream cipher keyed by the camera's serial number and shutter
count, from two 256-byte tables. Sony (Sony.pm Decipher): a byte substitution, each byte ``b``
below 249 stored as ``b**3 % 249``.
"""

from collections.abc import Callable

from .table import Values

# Nikon.pm @xlat.
NIKON_XLAT = (
    bytes.fromhex(
        "c1bf6d0d59c5139d83616b4fc77f3d3d5359e3c7e92f95a7951fdf7f2b29c70ddf07ef71893d133d3b13fb0d89c1651f"
        "b30d6b29e3fbefa36b477f9535a7474fc7f1599535112961f13db32b0d4389c19d9d8965f1e9dfbf3d7f5397e5e99517"
        "1d3d8bfbc7e367a707f171a753b52989e52ba71729e94fc5656d6bef0d89492fb34353651d49a3138959ef6bef651d0b"
        "5913e34f9db329432b071d95595947fbe5e961472f357f177fef7f959571d3a30b71a3ad0b3bb5fba3bf4f831dade92f"
        "7165a3e507353d0db5e9e5473b9def35a3bfb3df53d397534971073561712f432f11df1797fb953b7f6bd325bfadc7c5"
        "c5b58bef2fd3076b25499525496d71c7"
    ),
    bytes.fromhex(
        "a7bcc9ad91df85e5d478d517467c294c4d03e925681186b3bdf76f6122a226342abe1e4614689d4418c240f47e5f1bad"
        "0b94b667b40be1ea959c66dce75d6c05dad5df7aeff6db1f824cc06847a1bdee3950564adddfa5f8c6daca90ca01429d"
        "8b0c7343750594de24b38034e52cdc9b3fca3345d0db5ff552c321dae222726b3ed05ba8878c065d0fdd091993d0b9fc"
        "8b0f8460331c9b45f1f0a3943a1277334d4478283c9efd655716946bfb59d0c82236dbd2639843a1048786f7a626bbd6"
        "594dbf6a2eaa2befe678b64ee02fdc7cbe5719327e2ad0b8ba29003c527da8493b2deb2549faa3aa39a7c5a7501136fb"
        "c6674af5a512657eb0dfaf4eb3617f2f"
    ),
)
# Tag values from which Nikon decryption keys are taken (stored by nikon.read before the walk).
NIKON_SERIAL_KEY = "NikonSerialKey"
NIKON_COUNT_KEY = "NikonCountKey"


def nikon_decrypt(start: int, length: int | None = None) -> Callable[[bytes, Values], bytes | None]:
    """A ``prepare`` step deciphering ``length`` bytes (all when None) from ``start`` with the
    note's serial-number and shutter-count keys; None when a key is missing, as ExifTool
    then leaves the block unread."""

    def prepare(data: bytes, values: Values) -> bytes | None:
        serial, count = values.get(NIKON_SERIAL_KEY), values.get(NIKON_COUNT_KEY)
        if not isinstance(serial, int) or not isinstance(count, int):
            return None
        end = len(data) if length is None else min(len(data), start + length)
        if end <= start:
            return data
        stream = _nikon_keystream(serial, count)
        size = end - start
        pad = (stream * (size // len(stream) + 1))[:size]
        plain = int.from_bytes(data[start:end], "big") ^ int.from_bytes(pad, "big")
        return data[:start] + plain.to_bytes(size, "big") + data[end:]

    return prepare


def _nikon_keystream(serial: int, count: int) -> bytes:
    """One period of the key stream: ``ck`` counts through the 256 byte values and ``cj``
    gains ``ci * 128`` (mod 256) each time it does, so the stream repeats every 512 bytes."""
    key = 0
    for shift in (0, 8, 16, 24):
        key ^= (count >> shift) & 0xFF
    ci, cj, ck = NIKON_XLAT[0][serial & 0xFF], NIKON_XLAT[1][key], 0x60
    stream = bytearray(512)
    for pos in range(512):
        cj = (cj + ci * ck) & 0xFF
        ck = (ck + 1) & 0xFF
        stream[pos] = cj
    return bytes(stream)


SONY_DECIPHER = bytes.maketrans(bytes(b**3 % 249 for b in range(249)), bytes(range(249)))


def sony_decipher(data: bytes, values: Values) -> bytes:
    """The ``prepare`` step of Sony's enciphered blocks (tags 0x2010, 0x9050, 0x94xx)."""
    return data.translate(SONY_DECIPHER)
