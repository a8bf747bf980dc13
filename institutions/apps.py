from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InstitutionsConfig(AppConfig):
    name = "institutions"
    verbose_name = _("Community, youth and sport institutions")

    def ready(self):
        from hub.registry import (
            register_calendar_source,
            register_neighborhood_section,
            register_page_neighborhoods,
        )

        from .calendar import InstitutionEventsSource
        from .sections import institution_neighborhoods, neighborhood_institutions

        register_neighborhood_section(neighborhood_institutions)
        register_page_neighborhoods(institution_neighborhoods)
        register_calendar_source(InstitutionEventsSource())
