"""The media half of a backup: every file in Django's default storage, reached only through the
storage API, so the same code copies a folder on disk and an S3 bucket."""

import hashlib
import posixpath
import tarfile
import tempfile

from django.core.exceptions import SuspiciousFileOperation
from django.core.files import File
from django.core.management.base import CommandError

# Files up to this size are copied in memory on their way into the archive, larger ones on disk.
SPOOL_BYTES = 8 * 1024 * 1024


def walk(storage, path=""):
    """The name of every file in the storage, as the database names them."""
    try:
        directories, files = storage.listdir(path)
    except FileNotFoundError:  # a filesystem storage before its first upload
        return
    for name in sorted(files):
        yield posixpath.join(path, name)
    for directory in sorted(directories):
        yield from walk(storage, posixpath.join(path, directory))


def archive(storage, tar_path):
    """Copy every file of the storage into a tar archive; their sizes and SHA-256 by name."""
    files = {}
    with tarfile.open(tar_path, "w") as tar:
        for name in walk(storage):
            # Read once: the copy gives the archive its size and the manifest its hash.
            with (
                storage.open(name, "rb") as source,
                tempfile.SpooledTemporaryFile(SPOOL_BYTES) as copy,
            ):
                digest = hashlib.sha256()
                for chunk in source.chunks():
                    digest.update(chunk)
                    copy.write(chunk)
                member = tarfile.TarInfo(name)
                member.size = copy.tell()
                copy.seek(0)
                tar.addfile(member, copy)
            files[name] = {"size": member.size, "sha256": digest.hexdigest()}
    return files


def restore(storage, tar_path):
    """Write every file of the archive back under its own name; how many."""
    count = 0
    try:
        with tarfile.open(tar_path) as tar:
            for member in tar:
                if member.isfile():
                    _save(storage, member.name, tar.extractfile(member))
                    count += 1
    except (OSError, tarfile.TarError) as error:
        raise CommandError(f"Cannot read the media archive {tar_path}: {error}") from None
    return count


def _save(storage, name, content):
    # The database names this file: a copy already there is replaced, never saved beside it
    # under another name.
    try:
        if storage.exists(name):
            storage.delete(name)
        saved = storage.save(name, File(content, name=name))
    except SuspiciousFileOperation as error:
        raise CommandError(f"Refusing a media file name in the archive: {error}") from None
    if saved != name:
        raise CommandError(f"The media file {name} was stored as {saved}.")


def fingerprint(storage, name):
    digest = hashlib.sha256()
    size = 0
    with storage.open(name, "rb") as stored:
        for chunk in stored.chunks():
            digest.update(chunk)
            size += len(chunk)
    return {"size": size, "sha256": digest.hexdigest()}


def differences(storage, expected):
    """What the storage lacks or holds differently from `expected` (name → size and hash)."""
    present = set(walk(storage))
    for name, facts in sorted(expected.items()):
        if name not in present:
            yield f"media file missing: {name}"
        elif fingerprint(storage, name) != facts:
            yield f"media file differs from the backup (size or SHA-256): {name}"
