"""The database half of a backup: a dump taken from one consistent snapshot, the counts and file
names read from that same snapshot, and the restore into an empty database."""

import os
import sqlite3
import subprocess
from contextlib import contextmanager

from django.apps import apps
from django.core.management.base import CommandError
from django.db import OperationalError, connection, models
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

DUMP_FILES = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}


def engine():
    if connection.vendor not in DUMP_FILES:
        raise CommandError(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")
    return connection.vendor


def counted_tables():
    """What a restore must find again, by name in the manifest."""
    image = get_image_model()
    counted = {
        "pages": Page,
        "revisions": Revision,
        "documents": get_document_model(),
        "images": image,
        "renditions": image.get_rendition_model(),
    }
    return {name: model._meta.db_table for name, model in counted.items()}


def file_columns():
    """Every column that names a file in the media storage (documents, images, renditions, and
    any other app's FileField)."""
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        for field in model._meta.local_concrete_fields:
            if isinstance(field, models.FileField):
                yield model._meta.db_table, field.column


def facts(cursor):
    """The counts and the file names a database holds, read through a DB-API cursor, so the same
    query serves the dump's snapshot and the restored database."""
    counts = {}
    for name, table in counted_tables().items():
        cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
        counts[name] = cursor.fetchone()[0]
    files = set()
    for table, column in file_columns():
        cursor.execute(f'SELECT "{column}" FROM "{table}" WHERE "{column}" <> \'\'')
        files.update(row[0] for row in cursor.fetchall())
    return counts, files


def dump(path):
    """Write the configured database to `path`; its counts and file names, as dumped."""
    with _reaching_database():
        if engine() == "sqlite":
            return _dump_sqlite(path)
        return _dump_postgresql(path)


def _dump_sqlite(path):
    # The online backup API copies the live database, a file or the test suite's in-memory one.
    connection.ensure_connection()
    copy = sqlite3.connect(path)
    try:
        connection.connection.backup(copy)
        return facts(copy.cursor())
    finally:
        copy.close()


def _dump_postgresql(path):
    # pg_dump and the counts share one exported snapshot: what an editor saves meanwhile is in
    # neither, so the manifest describes exactly the dump.
    snapshot_connection = connection.copy()
    try:
        snapshot_connection.ensure_connection()
        snapshot_connection.set_autocommit(False)
        with snapshot_connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            _run("pg_dump", ["--format=custom", f"--snapshot={snapshot}", f"--file={path}"])
            return facts(cursor)
    finally:
        snapshot_connection.close()


def is_empty():
    return not connection.introspection.table_names()


def load(path):
    """Restore a dump into the configured database, which must hold no table at all."""
    with _reaching_database():
        empty = is_empty()
    if not empty:
        raise CommandError(
            f"The database {connection.settings_dict['NAME']} is not empty: a backup is restored "
            "only into a new, empty database (create one, or drop this one and create it again, "
            "then restore)."
        )
    if engine() == "sqlite":
        connection.ensure_connection()
        dumped = sqlite3.connect(path)
        try:
            dumped.backup(connection.connection)
        finally:
            dumped.close()
    else:
        # Objects belong to whoever restores; the dump's grants name roles this server may lack.
        # One transaction: a restore that fails leaves the database empty.
        options = ["--no-owner", "--no-privileges", "--single-transaction", "--dbname"]
        _run("pg_restore", options, str(path))


@contextmanager
def _reaching_database():
    try:
        yield
    except OperationalError as error:
        name = connection.settings_dict["NAME"]
        raise CommandError(f"Cannot use the database {name}: {error}".strip()) from None


def _run(program, options, *arguments):
    """pg_dump or pg_restore against the configured database. Django's own psql client builds the
    connection (user, host, port, then `options`, then the database name, which is why
    pg_restore's last option is --dbname) and the environment (PGPASSWORD, SSL settings)."""
    args, env = connection.client.settings_to_cmd_args_env(
        connection.settings_dict, ["--no-password", *options]
    )
    command = [program, *args[1:], *arguments]
    try:
        done = subprocess.run(command, env={**os.environ, **(env or {})}, capture_output=True)
    except FileNotFoundError:
        raise CommandError(
            f"{program} was not found on PATH: install the PostgreSQL client of the server's "
            "major version (Debian: postgresql-client-15)."
        ) from None
    if done.returncode:
        message = done.stderr.decode(errors="replace").strip()
        raise CommandError(f"{program} failed (exit {done.returncode}): {message}")
