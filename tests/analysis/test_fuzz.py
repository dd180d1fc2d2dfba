"""Mutated files never crash or hang the engine: damage is an AnalysisError or a warning.

Seeded, so a failure is reproducible: the test id names the file and the mutation number.
In strict mode every reader's exception propagates, so anything but an AnalysisError is a bug.
"""

import random
import time

import pytest

from analysis import analyse
from analysis.errors import AnalysisError
from tests.builders import ASCII, RATIONAL, exif_tiff, jpeg, png
from tests.conftest import FIXTURES

MUTATIONS = 60
SEEDS = {
    "synthetic.jpg": jpeg(exif_tiff([(0x010F, ASCII, "Canon")], gps=[(2, RATIONAL, [(1, 1), (2, 1), (3, 1)])])),
    "synthetic.png": png(),
    **{p.name: p.read_bytes() for p in sorted(FIXTURES.rglob("*")) if p.suffix in (".jpg", ".heic", ".avif")},
}


def mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    kind = rng.randrange(4)
    if kind == 0:  # truncate
        return bytes(buf[: rng.randrange(1, len(buf))])
    if kind == 1:  # flip bytes, mostly in the header area where the metadata is
        for _ in range(rng.randrange(1, 16)):
            buf[rng.randrange(min(len(buf), 4096))] = rng.randrange(256)
        return bytes(buf)
    if kind == 2:  # write 0xFF.. runs: absurd lengths, counts and offsets
        at = rng.randrange(min(len(buf), 4096))
        buf[at : at + 4] = b"\xff\xff\xff\xff"
        return bytes(buf)
    at = rng.randrange(len(buf))  # insert garbage
    return bytes(buf[:at]) + rng.randbytes(rng.randrange(1, 64)) + bytes(buf[at:])


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_mutated_files_give_a_report_or_an_analysis_error(name):
    rng = random.Random(name)
    for number in range(MUTATIONS):
        data = mutate(SEEDS[name], rng)
        started = time.perf_counter()
        try:
            analyse(data, filename=name, strict=True)
        except AnalysisError:
            pass
        except Exception as exc:  # pragma: no cover - the failure message is the point
            pytest.fail(f"{name} mutation {number}: {type(exc).__name__}: {exc}")
        assert time.perf_counter() - started < 5, f"{name} mutation {number} took too long"
        assert analyse(data, filename=name).to_dict()  # and never raises in production mode
