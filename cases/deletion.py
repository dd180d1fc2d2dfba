"""Deleting evidence: rows are deleted in the transaction, stored files once it has committed."""

from collections.abc import Iterable

from django.db import transaction

from .models import EvidenceImage, derived_folder, evidence_storage


def remove_stored_files(images: Iterable[EvidenceImage]) -> None:
    """Delete the originals, thumbnails and derived images (their folder, cases.pixels) of ``images``
    from storage when the current transaction commits, so that a rolled-back delete keeps its files."""
    images = list(images)
    stored = [f for image in images for f in (image.file, image.thumbnail) if f]
    folders = [derived_folder(image) for image in images]

    def delete() -> None:
        for f in stored:
            f.storage.delete(f.name)
        storage = evidence_storage()
        for folder in folders:
            if storage.exists(folder):
                for name in storage.listdir(folder)[1]:
                    storage.delete(f"{folder}/{name}")

    transaction.on_commit(delete)
