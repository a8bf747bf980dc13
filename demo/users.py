"""Demo accounts: an editor and a manager for every unit and an admin, all with the password the
README publishes. Only where HUB_DEMO_USERS_ALLOWED is on (never in production)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured

from hub.models import MunicipalUnit

DEMO_PASSWORD = "hub-demo-2026"


def check_allowed():
    if not settings.HUB_DEMO_USERS_ALLOWED:
        raise ImproperlyConfigured(
            "The demo site (pages no unit approved, accounts with a published password) is not "
            "allowed here."
        )


def create_demo_users():
    """The unit groups must exist (setup_unit_groups)."""
    User = get_user_model()
    units = MunicipalUnit.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    for unit in units.select_related("editors_group", "managers_group").order_by("sort_order"):
        for role, group in (("editor", unit.editors_group), ("manager", unit.managers_group)):
            user, created = User.objects.get_or_create(
                username=f"{unit.code}-{role}",
                defaults={"email": f"{unit.code}-{role}@tlv-hub.example"},
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
            user.groups.add(group)
    if not User.objects.filter(username="admin").exists():
        User.objects.create_superuser("admin", "admin@tlv-hub.example", DEMO_PASSWORD)
