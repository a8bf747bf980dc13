from django.templatetags.static import static
from django.utils.html import format_html, json_script
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub import translations, widgets
from hub.documents import refuse_unpublished
from hub.models import MunicipalUnit
from hub.pageviews import HubPageViewSet
from hub.permissions import refuse_foreign_move
from hub.slugs import TITLE_RULES
from hub.targets import admin as targets_admin  # noqa: F401  (its hooks)
from hub.targets.snippets import WorkPlanGroup

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
    # A handful of units: the listing's search reads their names in the database itself (the
    # search backend cannot limit a search to one field on SQLite).
    search_fields = ["name"]
    search_backend_name = None
    ordering = ["sort_order", "name"]


register_snippet(MunicipalUnitViewSet)


# Translating is editing: wagtail-localize's screens that change content, with the page editor's
# checks, ahead of its own URLs and editor (see hub.translations).
hooks.register("register_admin_urls", translations.admin_urls, order=-1)
hooks.register("before_edit_page", translations.before_edit, order=-1)
hooks.register("before_edit_snippet", translations.before_edit, order=-1)
hooks.register("before_move_page", refuse_foreign_move)


# After Wagtail's own registration, so that every page type uses the hub's page views.
hooks.register("register_admin_viewset", lambda: HubPageViewSet(name="hub_pages"), order=1)


@hooks.register("construct_help_menu")
def without_english_guides(request, menu_items):
    """Wagtail's guide and release notes exist in English only; editors ask their unit."""
    menu_items[:] = [
        item
        for item in menu_items
        if item.name != "editor-guide" and not item.name.startswith("whats-new-in-wagtail")
    ]


@hooks.register("insert_global_admin_js")
def upload_titles_js():
    """Uploaded files are titled by their names, cleaned by the rules the server also uses."""
    return json_script(TITLE_RULES, "hub-title-rules") + format_html(
        '<script src="{}"></script>', static("hub/admin/documents-upload.js")
    )


# Typed dates stay as typed: the date pickers' options, before any field starts its picker.
hooks.register("insert_global_admin_js", widgets.date_picker_js)


# The work plan: its targets and reported values, the report and the dashboard panel.
register_snippet(WorkPlanGroup)
