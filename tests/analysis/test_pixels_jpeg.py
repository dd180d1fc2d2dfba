"""JPEG quantisation grids and double-compression evidence (analysis.pixels.jpeg)."""

import pytest

from analysis import analyse
from analysis.pixels import double_compression, quantisation_grids
from analysis.pixels.jpeg import ALIGNED_THRESHOLD, NON_ALIGNED_THRESHOLD
from tests.analysis.pixel_scenes import decoded, jpeg_bytes, scene


def resaved(first: int, last: int, crop: tuple[int, int] = (0, 0)) -> bytes:
    """A scene saved at quality ``first``, decoded, cropped by ``crop`` (columns, rows) and saved at ``last``."""
    picture = decoded(jpeg_bytes(scene(1), first))
    left, top = crop
    return jpeg_bytes(picture.crop((left, top, picture.width, picture.height)), last)


def test_the_quantisation_tables_are_shaped_as_8x8_grids():
    data = jpeg_bytes(scene(1, (64, 64)), 75)
    grids = quantisation_grids(analyse(data, "q.jpg", strict=True).sections["jpeg"])
    assert [grid.id for grid in grids] == [0, 1]
    assert [len(row) for row in grids[0].grid] == [8] * 8
    # IJG's luminance table (ITU T.81 K.1) halved at quality 75: row 0 starts 16 11 10 16, column 0 16 12 14 14.
    assert (grids[0].grid[0][:4], [row[0] for row in grids[0].grid[:4]], grids[0].grid[7][7]) == (
        [8, 6, 5, 8],
        [8, 6, 7, 7],
        50,
    )


@pytest.mark.parametrize("quality", [60, 90])
def test_a_single_save_is_not_double_compressed(quality):
    result = double_compression(jpeg_bytes(scene(1), quality))
    assert result.aligned < ALIGNED_THRESHOLD and result.non_aligned < NON_ALIGNED_THRESHOLD
    assert result.detected == [] and result.finding() is None


def test_a_single_save_after_a_crop_is_not_double_compressed():
    result = double_compression(jpeg_bytes(scene(1).crop((3, 5, 700, 500)), 90))
    assert result.detected == []


def test_a_resave_on_the_same_grid_is_found_with_its_statistic_and_threshold():
    result = double_compression(resaved(60, 90))
    assert result.detected == ["aligned"]
    finding = result.finding()
    assert finding.rule == "jpeg_double_compression" and finding.severity == "low"
    (evidence,) = finding.evidence
    assert evidence.value == {"statistic": result.aligned, "threshold": ALIGNED_THRESHOLD}


def test_a_resave_after_a_crop_is_found_on_the_shifted_grid():
    # Cropping 3 columns and 5 rows moves the first grid to start at row 3, column 5.
    result = double_compression(resaved(60, 95, crop=(3, 5)))
    assert result.detected == ["non_aligned"]
    assert result.shift == (3, 5)
    assert "(3, 5)" in result.finding().evidence[0].where


def test_it_is_not_asked_of_other_formats():
    import io

    out = io.BytesIO()
    scene(1, (64, 64)).save(out, "PNG")
    assert double_compression(out.getvalue()) is None


def test_camera_originals_are_not_double_compressed(shared):
    for name in ["Canon_40D.jpg", "exif-org/fujifilm-dx10.jpg", "gps/DSCN0010.jpg", "hdr/canon_hdr_NO.jpg"]:
        result = double_compression((shared / "corpus/exif-samples/jpg" / name).read_bytes())
        assert result.finding() is None, (name, result)
