from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from hub.registry import register_group_setup

        from . import signals, uploads  # noqa: F401
        from .indexing import add_normalized_fields
        from .synonym_admin import setup_search_editors

        add_normalized_fields()
        register_group_setup(setup_search_editors)
