"""Agreement with ExifTool 12.57 on the shared corpus may rise, never fall.

The floors are the shares (in %) of ExifTool's tags we give with an equal value, as measured by
``bench/exiftool_agreement.py``; raise them when a reader improves. The comparison rules are tested
first, without the corpus.
"""

import functools
from pathlib import Path

from bench.exiftool_agreement import Agreement, Counts, measure, values_equal

# Measured with `.venv/bin/python bench/exiftool_agreement.py` (standard groups: IFD0, ExifIFD,
# GPS, InteropIFD, IFD1, IPTC, XMP-*, ICC*, JFIF, PNG, Photoshop).
STANDARD_FLOOR = 100.0
# Families of groups read by the XMP, IPTC and ICC readers.
FAMILY_FLOORS = {"XMP-": 100.0, "IPTC": 100.0, "ICC": 100.0}
# Maker-note groups of the nine brands read (Canon, Nikon, Apple, Sony, FujiFilm, Olympus,
# Panasonic, Pentax, Samsung): 100.0% measured, a little room left for ExifTool's own quirks.
MAKER_FLOOR = 99.5


@functools.cache
def _agreement(shared: Path) -> Agreement:
    return measure(shared)


def _family(agreement: Agreement, prefix: str) -> Counts:
    total = Counts()
    for group, counts in agreement.groups.items():
        if group.startswith(prefix):
            total.total += counts.total
            total.present += counts.present
            total.equal += counts.equal
    return total


def test_standard_groups_agree_at_least_as_well_as_before(shared):
    assert _agreement(shared).standard.share >= STANDARD_FLOOR


def test_maker_note_groups_agree_at_least_as_well_as_before(shared):
    assert _agreement(shared).maker.share >= MAKER_FLOOR


def test_xmp_iptc_and_icc_groups_agree_at_least_as_well_as_before(shared):
    agreement = _agreement(shared)
    shares = {prefix: _family(agreement, prefix).share for prefix in FAMILY_FLOORS}
    assert all(shares[prefix] >= floor for prefix, floor in FAMILY_FLOORS.items()), shares


def test_binary_data_matches_its_length():
    assert values_equal({"binary": 2060}, "(Binary data 2060 bytes, use -b option to extract)")
    assert not values_equal({"binary": 2059}, "(Binary data 2060 bytes, use -b option to extract)")
    assert values_equal({"binary": 3}, "base64:AAEC")


def test_numbers_match_within_a_relative_tolerance():
    assert values_equal(0.333333333333333, 1 / 3)
    assert values_equal(10.043046, 10.0430460561975)
    assert not values_equal(10.05, 10.0430460561975)
    assert not values_equal("2.8", 2.8)


def test_a_number_exiftool_printed_as_text_matches_by_value():
    assert values_equal(0.00495723030153021, "0.00495723030153021")
    assert not values_equal(0.005, "0.00495723030153021")


def test_lists_match_element_by_element():
    assert values_equal(["a", 2], ["a", 2])
    assert not values_equal(["a"], "a")
    assert values_equal([0.9642, 1, 0.82491], "0.9642 1 0.82491")


def test_text_and_booleans_match_exactly():
    assert values_equal("RGB ", "RGB ")
    assert not values_equal("RGB", "RGB ")
    assert values_equal(True, True)
    assert values_equal("False", False)
    assert not values_equal(1, True)
