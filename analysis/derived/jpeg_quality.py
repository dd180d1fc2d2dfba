"""JPEG quality estimated from the quantization tables (no pixels decoded).

Encoders built on the IJG library (libjpeg, libjpeg-turbo, mozjpeg in its default mode: Pillow,
GIMP, ImageMagick, most web tooling) scale the example tables of ITU-T T.81 Annex K (Table K.1
luminance, K.2 chrominance) by a factor derived from the 1-100 quality setting (libjpeg
``jcparam.c``: ``jpeg_quality_scaling`` and ``jpeg_add_quant_table``). Inverting that scaling is
the estimate ImageMagick's ``identify`` and ExifTool's JPEGQualityEstimate (JPEGDigest.pm, after
ImageMagick ``coders/jpeg.c``) approximate with lookup sums; here every quality is tried and the
closest tables win, and ``exact`` says whether the file's tables *are* IJG tables at that quality.
Cameras and Photoshop use their own tables, so for them the number is only a comparable scale.
"""

import numpy

# ITU-T T.81 Annex K, Tables K.1 and K.2, in natural (row-major) order.
LUMINANCE = (
    16, 11, 10, 16, 24, 40, 51, 61,
    12, 12, 14, 19, 26, 58, 60, 55,
    14, 13, 16, 24, 40, 57, 69, 56,
    14, 17, 22, 29, 51, 87, 80, 62,
    18, 22, 37, 56, 68, 109, 103, 77,
    24, 35, 55, 64, 81, 104, 113, 92,
    49, 64, 78, 87, 103, 121, 120, 101,
    72, 92, 95, 98, 112, 100, 103, 99,
)  # fmt: skip
CHROMINANCE = (
    17, 18, 24, 47, 99, 99, 99, 99,
    18, 21, 26, 66, 99, 99, 99, 99,
    24, 26, 56, 99, 99, 99, 99, 99,
    47, 66, 99, 99, 99, 99, 99, 99,
) + (99,) * 32  # fmt: skip


def scaled_table(base: tuple[int, ...], quality: int) -> list[int]:
    """``base`` scaled as libjpeg does for ``quality`` (1-100) with baseline (8-bit) limits."""
    scale = 5000 // quality if quality < 50 else 200 - 2 * quality
    return [min(max((value * scale + 50) // 100, 1), 255) for value in base]


# Every IJG quality's (luminance, chrominance) tables, computed once: the search below is on the
# path of every JPEG analysed, so it is one array operation over all qualities.
SCALED = {quality: (scaled_table(LUMINANCE, quality), scaled_table(CHROMINANCE, quality)) for quality in range(1, 101)}
QUALITIES = numpy.arange(1, 101)
LUMINANCE_TABLES = numpy.array([SCALED[quality][0] for quality in QUALITIES], dtype=numpy.int32)
CHROMINANCE_TABLES = numpy.array([SCALED[quality][1] for quality in QUALITIES], dtype=numpy.int32)


def estimate_quality(tables: dict[int, list[int]]) -> dict | None:
    """Estimate the IJG quality from quantization tables ``{table id: 64 values, natural order}``.

    Returns ``{"estimate": 1..100, "exact": bool}`` using table 0 (luminance) and, when present,
    table 1 (chrominance); None without a table 0 or when a table is not 64 values long.
    """
    luminance, chrominance = tables.get(0), tables.get(1)
    if not luminance or len(luminance) != 64 or (chrominance is not None and len(chrominance) != 64):
        return None
    errors = numpy.abs(LUMINANCE_TABLES - numpy.array(luminance, dtype=numpy.int32)).sum(axis=1)
    if chrominance is not None:
        errors += numpy.abs(CHROMINANCE_TABLES - numpy.array(chrominance, dtype=numpy.int32)).sum(axis=1)
    # The highest quality among equally close ones, as a scan from 1 to 100 keeping ties would.
    best = int(numpy.flatnonzero(errors == errors.min())[-1])
    return {"estimate": int(QUALITIES[best]), "exact": bool(errors[best] == 0)}
