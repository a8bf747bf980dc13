"""The editors' view of what residents search: the most searched and the zero-result queries of
the last 30 days. Promoting a result for a query is Wagtail's "Promoted search results"."""

import datetime

from django.db.models import Sum
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import promotions
from .models import SearchTerm

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
    return [path("search-terms/", search_terms_report, name="search_terms_report")]


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
