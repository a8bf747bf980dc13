from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Engineering projects")

    def ready(self):
        from hub.registry import (
            register_calendar_source,
            register_neighborhood_section,
            register_page_neighborhoods,
        )

        from .calendar import MeetingsSource
        from .sections import neighborhood_projects, project_neighborhoods

        register_neighborhood_section(neighborhood_projects)
        register_page_neighborhoods(project_neighborhoods)
        register_calendar_source(MeetingsSource())
