"""Per-file limits kept by the read context."""

from analysis.limits import MAX_TAGS_PER_GROUP
from analysis.metadata import READERS
from analysis.metadata.context import ReadContext


def test_a_group_keeps_at_most_so_many_tags():
    ctx = ReadContext(b"", READERS)
    ctx.add("XMP-dc", {f"Tag{i}": i for i in range(MAX_TAGS_PER_GROUP + 50)})
    ctx.add("XMP-dc", {"Late": 1})
    assert len(ctx.metadata["XMP-dc"]) == MAX_TAGS_PER_GROUP
    assert [w.group for w in ctx.warnings] == ["XMP-dc"]
