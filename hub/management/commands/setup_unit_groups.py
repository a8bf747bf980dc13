from django.conf import settings
from django.core.management.base import BaseCommand

from hub import registry
from hub.models import MunicipalUnit
from hub.permissions import setup_unit


class Command(BaseCommand):
    help = (
        "Create or update, for every municipal unit, an editors' and a managers' group with "
        "permissions on the unit's part of the page tree, a collection for its media and a "
        "moderation workflow. Idempotent; run it again after changing which unit owns a section."
    )

    def handle(self, *args, **options):
        units = MunicipalUnit.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        for unit in units.order_by("sort_order"):
            editors, managers = setup_unit(unit)
            self.stdout.write(f"{unit.code}: {editors.name}, {managers.name}")
        for setup in registry.group_setups:
            group = setup()
            if group is not None:
                self.stdout.write(group.name)
