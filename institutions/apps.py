from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InstitutionsConfig(AppConfig):
    name = "institutions"
    verbose_name = _("Community, youth and sport institutions")

    def ready(self):
        from . import plugins  # noqa: F401  (registers with the hub)
