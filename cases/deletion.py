"""Deleting evidence: rows are deleted in the transaction, stored files once it has committed."""

from collections.abc import Iterable

from django.db import transaction

from .models import EvidenceImage


def remove_stored_files(images: Iterable[EvidenceImage]) -> None:
    """Delete the originals and thumbnails of ``images`` from storage when the current
    transaction commits, so that a rolled-back delete keeps its files."""
    stored = [f for image in images for f in (image.file, image.thumbnail) if f]

    def delete() -> None:
        for f in stored:
            f.storage.delete(f.name)

    transaction.on_commit(delete)
