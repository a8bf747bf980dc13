from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BusinessConfig(AppConfig):
    name = "business"
    verbose_name = _("Business promotion")

    def ready(self):
        from . import plugins  # noqa: F401  (registers with the hub)
