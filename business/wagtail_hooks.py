from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import BusinessService


class BusinessServiceViewSet(SnippetViewSet):
    model = BusinessService
    icon = "tasks"
    menu_label = _("Services for businesses")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "unit", "topic"]
    search_fields = ["name"]


register_snippet(BusinessServiceViewSet)
