from django.core.management.base import BaseCommand

from hub.backups import make_backup


def summary(manifest):
    counts = ", ".join(f"{count} {name}" for name, count in manifest["counts"].items())
    return f"{counts}; {len(manifest['media'])} media files"


class Command(BaseCommand):
    help = (
        "Back up the configured database and every file of the media storage into a new folder "
        "inside DIRECTORY, named after the time (UTC), with a manifest of what it holds. "
        "PostgreSQL needs pg_dump of the server's major version on PATH."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="where to create the backup folder")

    def handle(self, *args, directory, **options):
        path, manifest = make_backup(directory)
        missing = manifest["missing_media"]
        if missing:
            self.stderr.write(
                f"Warning: {len(missing)} files named by the database were already missing from "
                "the media storage: " + ", ".join(missing)
            )
        self.stdout.write(f"Backed up {manifest['engine']}: {summary(manifest)}.")
        self.stdout.write(str(path))
