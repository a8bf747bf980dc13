from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Engineering projects")

    def ready(self):
        from hub.registry import register_neighborhood_section

        from .sections import neighborhood_projects

        register_neighborhood_section(neighborhood_projects)
