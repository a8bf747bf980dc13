from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from demo.content import STEPS
from demo.synonyms import add_search_editor, add_synonyms
from demo.users import check_allowed, create_demo_users


class Command(BaseCommand):
    help = (
        "Build the demo site from the seeds: units, neighborhoods, pages in he/ar/en, unit groups "
        "and demo users. Idempotent: it only adds what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-users", action="store_true", help="Skip the demo editor and manager accounts."
        )

    def handle(self, *args, no_users=False, **options):
        # The demo publishes pages no unit approved and accounts with a published password: not
        # where the demo is not allowed (production), with or without its accounts.
        try:
            check_allowed()
        except ImproperlyConfigured as refusal:
            raise CommandError(str(refusal)) from refusal
        for run_step in STEPS:
            self.stdout.write(f"demo: {run_step.__module__}.{run_step.__name__}")
            run_step()
        add_synonyms()
        call_command("setup_unit_groups", stdout=self.stdout)
        if not no_users:
            create_demo_users()
            add_search_editor()
        call_command("update_index", stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
