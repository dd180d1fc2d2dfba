"""Printed values of the maker-note groups (ExifTool 12.57 PrintConv): one module per brand with its
groups' tables (``TABLES``: family-1 group → :class:`~analysis.printconv.table.Table`), the lens-type
names as data modules of their own, and the named printers of :mod:`.functions`."""
