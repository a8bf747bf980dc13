from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub.models import MunicipalUnit


class MunicipalUnitViewSet(SnippetViewSet):
    model = MunicipalUnit
    icon = "group"
    menu_label = _("Municipal units")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "phone", "email", "parent"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


register_snippet(MunicipalUnitViewSet)
