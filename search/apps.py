from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from . import signals  # noqa: F401
        from .indexing import extend_indexed_models

        extend_indexed_models()
