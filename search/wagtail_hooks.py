"""The editors' view of what residents search: the most searched and the zero-result queries of
the last 30 days. Promoting a result for a query is Wagtail's "Promoted search results".
The report of documents whose text cannot be searched (search.reports), the script that
shows an upload's warnings in the page editor (search.uploads), and the synonyms editors keep per
language (search.synonym_admin)."""

import datetime

from django.db.models import Sum
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from . import promotions
from .models import SearchTerm
from .reports import UnsearchableDocumentsView, may_view_report
from .synonym_admin import SynonymViewSet
from .uploads import pending_messages

DAYS = 30
ROWS = 25


def search_terms_report(request):
    since = timezone.localdate() - datetime.timedelta(days=DAYS)
    recent = SearchTerm.objects.filter(date__gte=since).values("query")
    context = {
        "days": DAYS,
        "popular": recent.annotate(total=Sum("searches")).order_by("-total", "query")[:ROWS],
        "zero": recent.annotate(total=Sum("zero_results"))
        .filter(total__gt=0)
        .order_by("-total", "query")[:ROWS],
    }
    return render(request, "search/admin/report.html", context)


@hooks.register("register_admin_urls")
def urls():
    documents = "reports/unsearchable-documents/"
    return [
        path("search-terms/", search_terms_report, name="search_terms_report"),
        path(documents, UnsearchableDocumentsView.as_view(), name="unsearchable_documents"),
        path(
            f"{documents}results/",
            UnsearchableDocumentsView.as_view(results_only=True),
            name="unsearchable_documents_results",
        ),
        path("messages/pending/", pending_messages, name="pending_messages"),
    ]


@hooks.register("register_reports_menu_item")
def menu_item():
    return MenuItem(
        _("What residents search"), reverse("search_terms_report"), icon_name="search", order=900
    )


# --- Promoted search results for units' managers (search.promotions) ---


def register_promotion_hooks():
    """Wagtail's promoted search results, ahead of its own screens at the same addresses, with
    each unit's managers limited to their unit's pages, in the screens and in the page chooser."""
    hooks.register("register_admin_urls", promotions.admin_urls, order=-1)
    hooks.register("construct_page_chooser_queryset", promotions.chooser_pages)


register_promotion_hooks()


class UnsearchableDocumentsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_view_report(request.user)


@hooks.register("register_reports_menu_item")
def unsearchable_documents_menu_item():
    return UnsearchableDocumentsMenuItem(
        _("Documents whose text residents cannot search"),
        reverse("unsearchable_documents"),
        icon_name="doc-full-inverse",
        order=910,
    )


@hooks.register("insert_global_admin_js")
def upload_messages_js():
    return format_html(
        '<script src="{}" data-messages-url="{}" data-upload-url="{}"></script>',
        static("search/upload-messages.js"),
        reverse("pending_messages"),
        reverse("wagtaildocs_chooser:create"),
    )


register_snippet(SynonymViewSet)
