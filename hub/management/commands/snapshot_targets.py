import datetime

from django.core.management.base import BaseCommand, CommandError

from hub.targets.snapshots import schedule, take_snapshots


class Command(BaseCommand):
    help = (
        "Measure every work-plan target and keep today's values for the history charts. "
        "With --schedule, queue the nightly run on the background worker instead (once; "
        "each run queues the next)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--day", help="The day to file the values under, YYYY-MM-DD.")
        parser.add_argument(
            "--schedule", action="store_true", help="Queue the nightly run on the worker."
        )

    def handle(self, *args, day=None, **options):
        if options["schedule"]:
            run_after = schedule()
            self.stdout.write(f"Next snapshot: {run_after.isoformat()}")
            return
        try:
            day = datetime.date.fromisoformat(day) if day else None
        except ValueError as error:
            raise CommandError(f"--day: {error}") from error
        taken = take_snapshots(day=day)
        self.stdout.write(f"{taken} targets measured.")
