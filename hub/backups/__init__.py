"""Backups of the whole site: the database, the media in Django's default storage, and a manifest
of what they hold, so that a restore proves it got everything back (`manage.py backup`,
`manage.py restore`)."""

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

from django.core.files.storage import default_storage
from django.core.management.base import CommandError
from django.db import connection

from . import database, media

MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar"
FORMAT = 1


def make_backup(directory):
    """A new folder in `directory`, named after the time (UTC), holding the database dump, the
    media archive and the manifest; its path and the manifest. The folder gets its name only
    once complete: a failed backup leaves nothing that looks like one."""
    created = datetime.now(UTC)
    target = Path(directory) / f"hub-{created:%Y%m%d-%H%M%S}"
    partial = target.with_name(target.name + ".partial")
    try:
        partial.mkdir(parents=True)
    except OSError as error:
        raise CommandError(f"Cannot create the backup folder {partial}: {error}") from None
    try:
        manifest = _write_backup(partial, created)
        partial.rename(target)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return target, manifest


def _write_backup(folder, created):
    engine = database.engine()
    # The database first: every file it names was uploaded before the dump, so is archived.
    counts, named_files = database.dump(folder / database.DUMP_FILES[engine])
    stored = media.archive(default_storage, folder / MEDIA_ARCHIVE)
    manifest = {
        "format": FORMAT,
        "created": created.isoformat(timespec="seconds"),
        "engine": engine,
        "database": database.DUMP_FILES[engine],
        "counts": counts,
        "media": stored,
        # Named by the database but absent from the storage already: a restore cannot bring
        # them back, and says so.
        "missing_media": sorted(named_files - stored.keys()),
    }
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    (folder / MANIFEST).write_text(text, encoding="utf-8")
    return manifest


def read_manifest(path):
    manifest_path = Path(path) / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CommandError(f"{path} is not a backup: it has no {MANIFEST}.") from None
    except (OSError, ValueError) as error:
        raise CommandError(f"Cannot read {manifest_path}: {error}") from None
    if manifest.get("format") != FORMAT:
        raise CommandError(f"{manifest_path} is not a manifest this version can read.")
    return manifest


def restore_backup(path):
    """Load a backup into the configured database, which must be empty, and its media into the
    default storage; the manifest and how many media files were written."""
    path = Path(path)
    manifest = read_manifest(path)
    if manifest["engine"] != database.engine():
        raise CommandError(
            f"This backup holds a {manifest['engine']} database; the configured database is "
            f"{database.engine()}."
        )
    dump_path, archive_path = path / manifest["database"], path / MEDIA_ARCHIVE
    for part in (dump_path, archive_path):
        if not part.is_file():
            raise CommandError(f"The backup is incomplete: {part} is missing.")
    database.load(dump_path)
    return manifest, media.restore(default_storage, archive_path)


def verify(manifest):
    """What the configured database and storage lack compared with the manifest: counts that
    differ, media files missing or changed. Empty when everything is back."""
    with connection.cursor() as cursor:
        counts, _ = database.facts(cursor)
    problems = [
        f"{name}: {expected} in the backup, {counts.get(name)} restored"
        for name, expected in manifest["counts"].items()
        if counts.get(name) != expected
    ]
    return problems + list(media.differences(default_storage, manifest["media"]))
