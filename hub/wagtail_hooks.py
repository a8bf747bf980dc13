from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub import translations, widgets
from hub.documents import refuse_unpublished
from hub.models import MunicipalUnit
from hub.permissions import refuse_foreign_move

# Before Wagtail's collection privacy, so that an unpublished document is a 404 rather than a
# password form that would confirm it exists.
hooks.register("before_serve_document", refuse_unpublished, order=-1)


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


# Translating is editing: wagtail-localize's screens that change content, with the page editor's
# checks, ahead of its own URLs and editor (see hub.translations).
hooks.register("register_admin_urls", translations.admin_urls, order=-1)
hooks.register("before_edit_page", translations.before_edit, order=-1)
hooks.register("before_edit_snippet", translations.before_edit, order=-1)
hooks.register("before_move_page", refuse_foreign_move)
# Typed dates stay as typed: the date pickers' options, before any field starts its picker.
hooks.register("insert_global_admin_js", widgets.date_picker_js)
