"""Backups: the whole demo site backed up, restored into a fresh database and media folder by
`manage.py restore` in a process of its own, and found there again page by page, revision by
revision and file by file; on PostgreSQL when DATABASE_URL names it, on SQLite otherwise."""

import io
import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import InMemoryStorage, default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from hub.backups import media
from hub.backups.media import walk
from tests.servers import BASE_DIR, MANAGE, manage, server_database, server_env


def inventory():
    """Everything a restore must give back, as JSON, to compare one database with another."""
    image = get_image_model()
    found = {
        "pages": [[p.id, p.url_path, p.title, p.live] for p in Page.objects.order_by("id")],
        "revisions": list(Revision.objects.order_by("id").values_list("id", "object_id")),
        "documents": list(
            get_document_model().objects.order_by("id").values_list("id", "title", "file")
        ),
        "images": list(image.objects.order_by("id").values_list("id", "title", "file")),
        "renditions": list(
            image.get_rendition_model().objects.order_by("id").values_list("file", flat=True)
        ),
    }
    return json.loads(json.dumps(found))


@pytest.fixture(scope="module")
def backup(django_db_setup, django_db_blocker, tmp_path_factory):
    """One backup of the demo site (committed once per run by tests/conftest.py)."""
    out = io.StringIO()
    with django_db_blocker.unblock(), pytest.MonkeyPatch.context() as patch:
        # The browser tests' Playwright keeps an event loop set on this thread for the session;
        # Django would take this plain command for async code.
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
        call_command("backup", str(tmp_path_factory.mktemp("backups")), stdout=out)
    return Path(out.getvalue().splitlines()[-1])


@pytest.fixture
def fresh_site(tmp_path):
    """The environment of a new, empty database (SQLite file, or a new PostgreSQL database on the
    suite's server) and an empty media folder, for commands run in their own process."""
    with server_database(tmp_path, label="restore") as url:
        yield server_env(tmp_path, url)


def restore(env, backup_path):
    return subprocess.run(
        [*MANAGE, "restore", str(backup_path)],
        env=env,
        capture_output=True,
        text=True,
        cwd=BASE_DIR,
    )


def restored_inventory(env):
    script = (
        "import json; from tests.hub.test_backup import inventory; print(json.dumps(inventory()))"
    )
    return json.loads(manage(env, "shell", "-v0", "-c", script).splitlines()[-1])


def test_a_backup_holds_the_database_dump_the_media_and_their_manifest(backup, db):
    manifest = json.loads((backup / "manifest.json").read_text())
    assert backup.name.startswith("hub-") and manifest["engine"] == connection.vendor
    assert (backup / manifest["database"]).stat().st_size > 0
    assert manifest["counts"] == {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "documents": get_document_model().objects.count(),
        "images": get_image_model().objects.count(),
        "renditions": get_image_model().get_rendition_model().objects.count(),
    }
    assert sorted(manifest["media"]) == sorted(walk(default_storage))
    assert manifest["missing_media"] == []
    with tarfile.open(backup / "media.tar") as tar:
        assert {m.name: m.size for m in tar} == {
            name: facts["size"] for name, facts in manifest["media"].items()
        }


def test_a_restore_into_a_fresh_database_finds_every_page_revision_and_file(
    backup, fresh_site, db, demo_page
):
    done = restore(fresh_site, backup)
    assert done.returncode == 0, done.stderr
    assert "Verified against the manifest" in done.stdout

    expected = inventory()
    assert len(expected["pages"]) > 100 and len(expected["revisions"]) >= len(expected["pages"])
    assert expected["documents"] and expected["images"]
    assert restored_inventory(fresh_site) == expected

    restored_pages = {(url_path, title) for _, url_path, title, _ in expected["pages"]}
    for language in ("he", "ar", "en"):
        for path in (
            "projects/yehuda-hayamit-street-renewal",
            "institutions/jaffa-d-community-center/ramadan-iftar",
        ):
            page = demo_page(path, language)
            assert (page.url_path, page.title) in restored_pages

    media = Path(fresh_site["MEDIA_ROOT"])
    for name in [file for _, _, file in expected["documents"] + expected["images"]]:
        with default_storage.open(name, "rb") as original:
            assert (media / name).read_bytes() == original.read(), name


def test_a_restore_refuses_a_database_that_is_not_empty(backup, db):
    pages = Page.objects.count()
    with pytest.raises(CommandError, match="is not empty"):
        call_command("restore", str(backup))
    assert Page.objects.count() == pages
    with pytest.raises(CommandError, match="is not a backup"):
        call_command("restore", str(backup.parent / "no-such-backup"))


def test_verification_names_media_files_missing_or_changed(backup, fresh_site, tmp_path):
    damaged = tmp_path / "damaged"
    shutil.copytree(backup, damaged)
    manifest = json.loads((backup / "manifest.json").read_text())
    document = next(name for name in manifest["media"] if name.startswith("documents/"))
    image = next(name for name in manifest["media"] if name.startswith("original_images/"))
    with (
        tarfile.open(backup / "media.tar") as source,
        tarfile.open(damaged / "media.tar", "w") as tar,
    ):
        for member in source:
            content = source.extractfile(member).read()
            if member.name == document:
                continue
            if member.name == image:
                content = content[:-1] + bytes([content[-1] ^ 0xFF])
            tar.addfile(member, io.BytesIO(content))

    done = restore(fresh_site, damaged)
    assert done.returncode == 1
    assert f"media file missing: {document}" in done.stderr
    assert f"media file differs from the backup (size or SHA-256): {image}" in done.stderr
    assert "differs from the backup in 2 ways" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_backup_that_cannot_be_made_says_why_and_leaves_nothing(db, tmp_path, monkeypatch):
    (tmp_path / "taken").write_text("a file where the folder would go")
    with pytest.raises(CommandError, match="Cannot create the backup folder"):
        call_command("backup", str(tmp_path / "taken"))
    if connection.vendor == "postgresql":
        monkeypatch.setenv("PATH", str(tmp_path))
        with pytest.raises(CommandError, match="pg_dump was not found on PATH"):
            call_command("backup", str(tmp_path / "backups"))
        assert os.listdir(tmp_path / "backups") == []


def test_media_go_through_the_storage_api_alone(tmp_path):
    """A storage with no files on disk (as S3 in production): every file, however deep, is
    archived and written back with its bytes."""
    source, target = InMemoryStorage(), InMemoryStorage()
    files = {"top.txt": b"1", "documents/פרוטוקול.pdf": b"%PDF-a", "images/2026/11/b.webp": b"RIFF"}
    for name, content in files.items():
        source.save(name, ContentFile(content))
    archived = media.archive(source, tmp_path / "media.tar")
    assert sorted(archived) == sorted(files)
    assert media.restore(target, tmp_path / "media.tar") == len(files)
    assert list(media.differences(target, archived)) == []
    assert {name: target.open(name).read() for name in files} == files
