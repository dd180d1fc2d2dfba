"""Values computed from the file rather than read from it: hashes, pixel checks, composites."""
