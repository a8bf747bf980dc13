from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from hub.models import MunicipalUnit
from hub.permissions import create_demo_admin, create_demo_users, setup_unit


class Command(BaseCommand):
    help = (
        "Create or update, for every municipal unit, an editors' and a managers' group with "
        "permissions on the unit's part of the page tree, a collection for its media and a "
        "moderation workflow. Idempotent; run it again after changing which unit owns a section."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-users",
            action="store_true",
            help="Also create one editor and one manager per unit and an admin (dev only).",
        )

    def handle(self, *args, demo_users=False, **options):
        if demo_users and not settings.HUB_DEMO_USERS_ALLOWED:
            raise CommandError("Demo users with a published password are not allowed here.")
        units = MunicipalUnit.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        for unit in units.order_by("sort_order"):
            editors, managers = setup_unit(unit)
            if demo_users:
                create_demo_users(unit, editors, managers)
            self.stdout.write(f"{unit.code}: {editors.name}, {managers.name}")
        if demo_users:
            create_demo_admin()
