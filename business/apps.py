from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BusinessConfig(AppConfig):
    name = "business"
    verbose_name = _("Business promotion")

    def ready(self):
        from hub.registry import register_calendar_source

        from .calendar import BusinessEventsSource

        register_calendar_source(BusinessEventsSource())
