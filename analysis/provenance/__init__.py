"""Provenance the file declares about itself: C2PA Content Credentials (:mod:`.c2pa`), found
cheaply by :mod:`.markers` and summarised by :mod:`.manifest`. Reads bytes, never the network."""
