"""The original Flask API's reading of an image, reproduced for drop-in compatibility.

``exif`` gives its flat EXIF keys and ``gps``; ``verdict`` its ``analysis`` object (both of its
versions). Behaviour is taken from Lilith-VnK/Image-metadata-extractor ``Image_extractor.py``
(SIGNATURES.md §1) and checked against ``shared/compat/goldens*``.
"""
