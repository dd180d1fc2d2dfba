"""How report values are shown (cases/templatetags/metadata.py): readable, and never changed."""

from datetime import timedelta

from cases.templatetags.metadata import coordinate, exact_size, gap, meta_value


def test_it_shows_binary_blocks_by_their_size():
    assert meta_value({"binary": 123456}) == "(binary data, 123,456 bytes)"


def test_it_joins_lists_and_cuts_very_long_ones():
    assert meta_value([1, 2.5, "x"]) == "1, 2.5, x"
    assert meta_value(list(range(100))).endswith("… (36 more)")


def test_it_shows_control_characters_as_escapes():
    assert meta_value("ab\x00\x01c") == "ab\\x00\\x01c"


def test_it_cuts_very_long_text_saying_how_long_it_was():
    assert meta_value("x" * 5000).endswith("… (5,000 characters in all)")


def test_it_shows_numbers_without_float_noise():
    assert meta_value(0.1 + 0.2) == "0.3"
    assert meta_value(None) == "—"


def test_it_gives_sizes_exactly_and_readably():
    assert exact_size(7958) == "7,958 bytes (7.8\xa0KB)"


def test_coordinates_have_six_decimals():
    assert coordinate(-33.85681234) == "-33.856812"


def test_gaps_between_captures_are_short_and_signed():
    assert gap(timedelta(minutes=9, seconds=41)) == "+9 min 41 s"
    assert gap(timedelta(days=2, hours=3, minutes=5)) == "+2 d 3 h"
    assert gap(timedelta(0)) == "same second"


def test_it_puts_each_record_of_a_list_on_its_own_line():
    assert meta_value([{"marker": "APP1", "length": 16}, {"marker": "SOS", "length": 12}]) == (
        "marker: APP1; length: 16\nmarker: SOS; length: 12"
    )
