"""Promoted search results for units' managers: Wagtail's screens (Settings → Promoted search
results), each manager limited to the pages of the units they manage, in every language.

A manager sees the search terms that promote one of their unit's pages, and adds, changes,
reorders and deletes only those promotions; another unit's promotions of the same term are shown
and kept as they are, in their places. Links to other sites are for administrators only: they
have no owning unit to approve them, to answer for them or to keep them up to date, so a unit
links out from one of its own pages and promotes that page. Superusers keep Wagtail's screens
unchanged. The screens are registered before Wagtail's own, at the same addresses.
"""

from django import forms
from django.db import transaction
from django.db.models import Q
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminPageChooser
from wagtail.contrib.search_promotions import views as upstream
from wagtail.contrib.search_promotions.forms import QueryForm, SearchPromotionForm
from wagtail.contrib.search_promotions.forms import SearchPromotionsFormSet as BaseFormSet
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.log_actions import log
from wagtail.models import Page, get_page_models

from hub.models import MunicipalUnit, UnitOwnedPage, ancestor_paths
from hub.permissions import section_roots

from .views import MAX_QUERY_LENGTH
from .views import clean as clean_query

# The page chooser passes this on to `chooser_pages` (Wagtail checks no such permission).
CHOOSER_PERMISSION = "promote_for_unit"
EXTERNAL_LINKS_HELP = _("Only administrators promote links to other sites.")


def managed_units(user):
    return MunicipalUnit.objects.filter(managers_group__user=user)


def promotable_pages(user):
    """The pages `user` may promote: those owned by a unit whose managers' group they are in, in
    any language; None for a superuser, who may promote any page."""
    if user.is_superuser:
        return None
    keys = managed_units(user).values("translation_key")
    owned = Q()
    for model in get_page_models():
        if issubclass(model, UnitOwnedPage) and not model._meta.abstract:
            owned |= Q(pk__in=model.objects.filter(unit__translation_key__in=keys).values("pk"))
    return Page.objects.filter(owned) if owned else Page.objects.none()


def own(promotions, pages):
    """The promotions among `promotions` of the `pages` (all of them when `pages` is None)."""
    return promotions if pages is None else promotions.filter(page__in=pages)


def chooser_pages(pages, request):
    """In the page chooser of a promotion, a manager's unit's pages and the pages that lead to
    them (Wagtail's construct_page_chooser_queryset hook)."""
    if request.GET.get("user_perms") != CHOOSER_PERMISSION:
        return pages
    promotable = promotable_pages(request.user)
    if promotable is None:
        return pages
    units = {unit.translation_key: unit for unit in managed_units(request.user)}
    leads = {
        path
        for unit in units.values()
        for root in section_roots(unit)
        for path in ancestor_paths(root.path, inclusive=False)
    }
    return pages.filter(Q(pk__in=promotable.values("pk")) | Q(path__in=leads))


class PromotionQueryForm(QueryForm):
    """The search term as the search page reads it: without control characters, and no longer
    than the search page keeps a query, so that the promotion can be found."""

    query_string = forms.CharField(
        label=QueryForm.base_fields["query_string"].label,
        help_text=QueryForm.base_fields["query_string"].help_text,
        max_length=MAX_QUERY_LENGTH,
    )

    def clean_query_string(self):
        query = clean_query(self.cleaned_data["query_string"])
        if not query:
            raise forms.ValidationError(_("Enter the words residents search for."))
        return query


class UnitPromotionForm(SearchPromotionForm):
    """A promotion of one of the manager's unit's pages (`pages`; None for any page or link)."""

    def __init__(self, *args, pages=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.pages = pages
        if pages is None:
            return
        self.fields["page"].widget = AdminPageChooser(user_perms=CHOOSER_PERMISSION)
        for name in ("external_link_url", "external_link_text"):
            self.fields[name].disabled = True
            self.fields[name].help_text = EXTERNAL_LINKS_HELP

    def clean(self):
        cleaned_data = super().clean()
        if self.pages is None:
            return cleaned_data
        if self.data.get(self.add_prefix("external_link_url")):
            self.add_error(None, EXTERNAL_LINKS_HELP)
        page = cleaned_data.get("page")
        if page is not None and not self.pages.filter(pk=page.pk).exists():
            self.add_error(
                "page",
                _("You can promote only your unit's pages. This page belongs to another unit."),
            )
        return cleaned_data


class UnitPromotionsFormSet(
    forms.inlineformset_factory(
        Query,
        SearchPromotion,
        form=UnitPromotionForm,
        formset=BaseFormSet,
        can_order=True,
        can_delete=True,
        extra=0,
    )
):
    """The promotions of a search term that the user may change; the others are not in it, so
    saving leaves them as they are."""

    def __init__(self, *args, pages=None, **kwargs):
        queryset = own(SearchPromotion.objects.all(), pages)
        super().__init__(*args, queryset=queryset, form_kwargs={"pages": pages}, **kwargs)


def place(promotions, held, query):
    """Put `promotions` (in the order chosen) in the places `held` before the save, then after
    every other promotion of `query`, whose places do not change."""
    others = SearchPromotion.objects.filter(query=query).exclude(
        pk__in=[promotion.pk for promotion in promotions]
    )
    start = max([*held, *(p.sort_order or 0 for p in others)], default=-1) + 1
    places = sorted(held)[: len(promotions)]
    places += range(start, start + len(promotions) - len(places))
    for promotion, sort_order in zip(promotions, places, strict=True):
        SearchPromotion.objects.filter(pk=promotion.pk).update(sort_order=sort_order)


class UnitScopeMixin:
    """The pages the user may promote (None for a superuser: every page)."""

    @cached_property
    def pages(self):
        return promotable_pages(self.request.user)


class QueryScopeMixin(UnitScopeMixin):
    """A search term the user may change: one with a promotion of their unit's pages."""

    def get_queryset(self):
        if self.pages is None:
            return super().get_queryset()
        promotions = own(SearchPromotion.objects.all(), self.pages)
        return Query.objects.filter(pk__in=promotions.values("query_id"))

    def kept(self):
        """Other units' promotions of this term, which the user cannot change."""
        if self.pages is None or not getattr(self.object, "pk", None):
            return []
        return self.object.editors_picks.exclude(
            pk__in=own(SearchPromotion.objects.all(), self.pages)
        ).select_related("page")

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "kept": self.kept()}


class PromotionFormMixin(QueryScopeMixin):
    """Wagtail's add and edit screens with the forms above; the user's promotions keep their
    places among the term's others."""

    form_class = PromotionQueryForm

    @cached_property
    def searchpicks_formset(self):
        data = self.request.POST if self.request.method == "POST" else None
        return UnitPromotionsFormSet(data, instance=self.object, pages=self.pages)

    def save_searchpicks(self, query, new_query):
        formset = self.searchpicks_formset
        held = [f.instance.sort_order or 0 for f in formset.initial_forms if f.instance.pk]
        with transaction.atomic():
            super().save_searchpicks(query, new_query)
            if self.pages is not None:
                place([form.instance for form in formset.ordered_forms], held, new_query)


class IndexView(UnitScopeMixin, upstream.IndexView):
    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if self.pages is None:
            return queryset
        promotions = own(SearchPromotion.objects.all(), self.pages)
        return queryset.filter(pk__in=promotions.values("query_id"))


class CreateView(PromotionFormMixin, upstream.CreateView):
    pass


class EditView(PromotionFormMixin, upstream.EditView):
    template_name = "search/admin/promotions_edit.html"


class DeleteView(QueryScopeMixin, upstream.DeleteView):
    template_name = "search/admin/promotions_delete.html"

    def delete_action(self):
        promotions = own(self.object.editors_picks.all(), self.pages)
        with transaction.atomic():
            for promotion in promotions:
                log(promotion, "wagtail.delete")
            promotions.delete()


def admin_urls():
    """Wagtail's screens of promoted search results, at their own addresses."""
    return [
        path("searchpicks/", IndexView.as_view(), name="search_promotions"),
        path(
            "searchpicks/results/",
            IndexView.as_view(results_only=True),
            name="search_promotions_results",
        ),
        path("searchpicks/add/", CreateView.as_view(), name="search_promotions_add"),
        path("searchpicks/<int:query_id>/", EditView.as_view(), name="search_promotions_edit"),
        path(
            "searchpicks/<int:query_id>/delete/",
            DeleteView.as_view(),
            name="search_promotions_delete",
        ),
    ]
