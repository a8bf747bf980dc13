from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from . import signals, uploads  # noqa: F401
        from .indexing import add_normalized_fields

        add_normalized_fields()
