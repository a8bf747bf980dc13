from django.core.management.base import BaseCommand, CommandError

from hub.backups import restore_backup, verify

from .backup import summary


class Command(BaseCommand):
    help = (
        "Restore a folder made by `backup` into the configured database, which must be empty "
        "(no tables: a new database), and its media into the media storage; then check both "
        "against the backup's manifest, and fail naming whatever is missing or different. Run "
        "`migrate` afterwards when the code is newer than the backup."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup", help="a backup folder, such as backups/hub-20261126-020000")

    def handle(self, *args, backup, **options):
        manifest, written = restore_backup(backup)
        self.stdout.write(f"Restored the database and {written} media files from {backup}.")
        problems = verify(manifest)
        for problem in problems:
            self.stderr.write(problem)
        if problems:
            raise CommandError(
                f"The restored site differs from the backup in {len(problems)} ways (listed above)."
            )
        self.stdout.write(f"Verified against the manifest: {summary(manifest)}.")
        if manifest["missing_media"]:
            self.stderr.write(
                "Warning: these files were already missing when the backup was made: "
                + ", ".join(manifest["missing_media"])
            )
