"""Metadata readers: one module per block kind, each giving ``{family-1 group: {tag: value}}``."""
