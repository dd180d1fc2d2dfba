"""Hard limits against hostile input. Every cap the engine applies is named here and nowhere else."""

# Largest upload accepted anywhere (the original API's Flask MAX_CONTENT_LENGTH).
MAX_FILE_BYTES = 20 * 1024 * 1024

# IFD walking (TIFF/EXIF): entries per directory, directories per file, nesting depth.
MAX_IFD_ENTRIES = 1000
MAX_IFDS = 64
MAX_DEPTH = 8
# Sub-IFDs followed from one SubIFD-type pointer tag (ExifTool's MaxSubdirs, Exif.pm 0x14a).
MAX_SUBIFDS = 10
# Values of a numeric IFD tag: more are ignored with a warning (ExifTool ProcessExif: 100000).
MAX_IFD_VALUES = 100_000
# ExifTool gives up on a directory after more than 10 warnings (Exif.pm); so do we.
MAX_WARNINGS_PER_BLOCK = 10
# A single tag value larger than this is reported as {"binary": length}, never copied.
MAX_VALUE_BYTES = 4 * 1024 * 1024

# Decompression of compressed text and profiles (zTXt, iCCP, ...).
MAX_INFLATE = 16 * 1024 * 1024
# XMP: bytes of XML parsed in one file (all packets together), packets read, and XML nodes
# (elements plus attributes) walked; each XML node costs a Python callback, so the node budget
# is what bounds the time (20 000 is ~0.3 s; real packets, Lightroom histories included, stay
# under a few thousand).
MAX_XML_BYTES = 8 * 1024 * 1024
MAX_XMP_PACKETS = 32
MAX_XMP_NODES = 20_000
# Tags kept in one family-1 group (the largest real group in the corpus has under 200).
MAX_TAGS_PER_GROUP = 2000

# The letterbox check decodes pixels; non-JPEG images (which cannot be draft-decoded) are only
# decoded when no larger than this.
MAX_LETTERBOX_DECODE_PIXELS = 4_000_000

# Container walkers (formats/): segments, chunks or boxes visited per container, and HEIF items
# (and item extents) considered. Past these the walker warns and stops.
MAX_SEGMENTS = 10_000
MAX_ITEMS = 4096

# XMP: items read from one rdf:Bag/Seq/Alt (ExifTool stops at 1000 too, XMP.pm ParseXMPElement).
MAX_XMP_LIST_ITEMS = 1000
# ICC profiles: tag-table entries; ExifTool refuses a table of 256 or more (ICC_Profile.pm).
MAX_ICC_TAGS = 255

# C2PA Content Credentials (analysis/provenance): text copied from a manifest (untrusted, written
# by whoever signed it) is cut to MAX_C2PA_TEXT characters; each list in the summary (assertions,
# actions, ingredients, validation codes, manifests looked through) keeps MAX_C2PA_ITEMS entries.
MAX_C2PA_TEXT = 500
MAX_C2PA_ITEMS = 100

# AI generation parameters: characters of a text value copied into evidence (prompts and graphs
# can run to megabytes; the whole text stays in the metadata), nodes kept in a workflow summary
# (real ComfyUI graphs have tens to a few hundred), and links a graph walk follows from one node
# before giving up (cycles, hostile chains).
EVIDENCE_TEXT = 300
MAX_WORKFLOW_NODES = 1000
MAX_LINKS = 4 * MAX_DEPTH
