"""Perceptual hashes for finding the same picture again after re-encoding, resizing or small edits.

Computed with the ``imagehash`` library (J. Buchner): pHash (DCT of a 32x32 grey picture, 64 bits),
dHash (gradient signs of a 9x8 grey picture, 64 bits) and colorhash (the share of each hue and of
grey, black and white; 42 bits at 3 bits per bin), which catches pictures the grey-level hashes
miss and the other way round. The hash of a file says nothing of its origin; two files within the
distance show the same scene, not that one was made from the other.
"""

from dataclasses import asdict, dataclass

import imagehash

from .load import working_image

# Hashes are computed from a copy this size (imagehash scales to 32x32 or smaller anyway); decoding a
# JPEG at a reduced DCT scale makes hashing a 12 MP picture cheap.
HASH_SIDE = 512

# Hamming distance (bits) at or under which two pictures count as near-duplicates, per hash: 10 of
# 64 bits is the usual pHash/dHash cut-off (re-encodes and resizes measure 0-6, unrelated pictures
# about 32); colorhash is coarser (42 bits), so 6.
NEAR_DUPLICATE = {"phash": 10, "dhash": 10, "colorhash": 6}


@dataclass(frozen=True)
class PerceptualHashes:
    """Hex strings: ``phash`` and ``dhash`` of 16 hex digits (64 bits), ``colorhash`` of 11 (42 bits)."""

    phash: str
    dhash: str
    colorhash: str

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


def perceptual_hashes(data: bytes) -> PerceptualHashes:
    """pHash, dHash and colorhash of the picture in ``data`` (any format Pillow decodes), computed on a
    copy at most :data:`HASH_SIDE` on the longest side. Raises as
    :func:`analysis.pixels.load.working_image`."""
    image = working_image(data, HASH_SIDE).image
    return PerceptualHashes(
        phash=str(imagehash.phash(image)),
        dhash=str(imagehash.dhash(image)),
        colorhash=str(imagehash.colorhash(image)),
    )


def hamming(first: str, second: str) -> int:
    """Number of differing bits between two hex hashes of one kind. Raises ``ValueError`` when their
    lengths differ (hashes of different kinds or sizes are not comparable)."""
    if len(first) != len(second):
        raise ValueError(f"hashes of different lengths cannot be compared ({len(first)} and {len(second)} digits)")
    return (int(first, 16) ^ int(second, 16)).bit_count()


# A dHash with fewer than this many bits set, or as many unset, describes a picture with almost no
# gradient (flat, 1x1, an 8x8 test image): all such pictures hash alike, so they prove no likeness.
MIN_INFORMATIVE_BITS = 8


def informative(hashes: PerceptualHashes) -> bool:
    """True when the picture has enough structure for its hashes to tell it from others."""
    bits = int(hashes.dhash, 16).bit_count() if hashes.dhash else 0
    return MIN_INFORMATIVE_BITS <= bits <= 64 - MIN_INFORMATIVE_BITS


def near_duplicates(first: PerceptualHashes, second: PerceptualHashes) -> dict[str, int] | None:
    """The distance per hash when the grey-level hashes (pHash and dHash) are both within
    :data:`NEAR_DUPLICATE` and both pictures are :func:`informative`, else None."""
    if not (informative(first) and informative(second)):
        return None
    distances = {kind: hamming(getattr(first, kind), getattr(second, kind)) for kind in NEAR_DUPLICATE}
    grey = ("phash", "dhash")
    return distances if all(distances[kind] <= NEAR_DUPLICATE[kind] for kind in grey) else None
