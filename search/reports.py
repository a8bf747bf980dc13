"""Reports → Documents whose text residents cannot search: PDFs locked with a password, damaged,
or scans without text, by unit, with the pages that show them, so a unit can replace them with
PDFs that have text. Office files are not listed: their text is never read, whoever uploads them.

Each unit's editors and managers see the documents in their unit's collection; superusers see
all; users with no collection to upload to are refused."""

import django_filters
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, ReferenceIndex
from wagtail.permissions import policy_registry

from hub.models import MunicipalUnit

from .uploads import UNSEARCHABLE

UPLOADER_ACTIONS = ["add", "change"]


def document_policy():
    return policy_registry.get_by_type(get_document_model())


def may_view_report(user):
    return document_policy().user_has_any_permission(user, UPLOADER_ACTIONS)


def unit_names(collections):
    """{collection id: name of the unit it belongs to, in the admin's language}. A unit's
    collection is named after the unit in the source language (hub.permissions.unit_collection);
    other collections keep their own name."""
    names = {collection.pk: collection.name for collection in collections}
    keys = dict(
        MunicipalUnit.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE, name__in=names.values()
        ).values_list("name", "translation_key")
    )
    translated = dict(
        MunicipalUnit.objects.filter(
            locale=Locale.get_active(), translation_key__in=keys.values()
        ).values_list("translation_key", "name")
    )
    return {pk: translated.get(keys.get(name), name) for pk, name in names.items()}


def pages_using(documents):
    """{document id: [pages whose content uses it]}, from Wagtail's reference index."""
    document_type = ContentType.objects.get_for_model(get_document_model())
    references = ReferenceIndex.objects.filter(
        to_content_type=document_type,
        to_object_id__in=[str(document.pk) for document in documents],
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("to_object_id", "object_id")
    references = {(int(document_id), int(page_id)) for document_id, page_id in references}
    pages = Page.objects.in_bulk({page_id for _document_id, page_id in references})
    used = {}
    for document_id, page_id in sorted(references):
        if page_id in pages:
            used.setdefault(document_id, []).append(pages[page_id])
    return used


class UnitFilterSet(WagtailFilterSet):
    collection = django_filters.ChoiceFilter(label=_("Unit"), empty_label=_("All units"))

    class Meta:
        model = get_document_model()
        fields = []

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        choices = sorted((units or {}).items(), key=lambda item: item[1])
        self.filters["collection"].extra["choices"] = choices


class PagesColumn(Column):
    cell_template_name = "search/admin/pages_cell.html"


class UnsearchableDocumentsView(ReportView):
    page_title = _("Documents whose text residents cannot search")
    header_icon = "doc-full-inverse"
    index_url_name = "unsearchable_documents"
    index_results_url_name = "unsearchable_documents_results"
    filterset_class = UnitFilterSet
    any_permission_required = UPLOADER_ACTIONS

    @cached_property
    def permission_policy(self):
        return document_policy()

    @cached_property
    def collections(self):
        return list(
            self.permission_policy.collections_user_has_any_permission_for(
                self.request.user, UPLOADER_ACTIONS
            )
        )

    @cached_property
    def units(self):
        return unit_names(self.collections)

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label=_("Title"), url_name="wagtaildocs:edit"),
            Column("filename", label=_("File")),
            Column("unit", label=_("Unit")),
            Column("reason", label=_("Reason"), accessor="extracted_text.get_status_display"),
            DateColumn("created_at", label=_("Uploaded")),
            PagesColumn("used_on", label=_("Used on")),
        ]

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "units": self.units}

    def get_queryset(self):
        return (
            get_document_model()
            .objects.filter(
                collection__in=self.collections, extracted_text__status__in=UNSEARCHABLE
            )
            .select_related("extracted_text", "collection")
            .order_by("collection__path", "title", "pk")
        )

    def decorate_paginated_queryset(self, documents):
        used = pages_using(documents)
        for document in documents:
            document.unit = self.units.get(document.collection_id, document.collection.name)
            document.used_on = used.get(document.pk, [])
        return documents
