"""The normalised fields every indexed model gets from search/indexing.py: present on every model
through Wagtail's registry, without a method or attribute on any model, accepted by the system
checks, and what the database index and the Elasticsearch mapping hold."""

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page
from wagtail.search import index
from wagtail.search.backends.elasticsearch9 import Elasticsearch9Mapping
from wagtail.search.models import IndexEntry

from hub.models import MunicipalUnit
from search.indexing import (
    TEXT_FIELD,
    TITLE_FIELD,
    ComputedField,
    normalized_text,
    normalized_title,
)

GARDEN = "projects/shapira-community-garden"


def computed_columns(model):
    return [
        (isinstance(field, index.AutocompleteField), field.get_attname(model))
        for field in model.get_search_fields()
        if isinstance(field, ComputedField)
    ]


def test_every_indexed_model_gets_the_fields_and_no_attribute():
    models = index.get_indexed_models()
    assert Page in models and MunicipalUnit in models
    for model in models:
        assert computed_columns(model) == [
            (False, TITLE_FIELD),
            (False, TEXT_FIELD),
            (True, TITLE_FIELD),
        ], model
        assert not hasattr(model, TITLE_FIELD) and not hasattr(model, TEXT_FIELD), model


def test_system_checks_accept_the_fields():
    call_command("check", fail_level="WARNING")


@pytest.mark.django_db
def test_database_index_holds_the_normalised_title_and_text(demo_page):
    if connection.vendor != "sqlite":
        pytest.skip("the index holds text on SQLite only (tsvectors elsewhere)")
    page = demo_page(GARDEN, "en")
    entry = IndexEntry.objects.get(content_type=page.content_type, object_id=str(page.pk))
    assert page.title in entry.title
    assert normalized_title(page) in entry.body
    assert normalized_text(page) in entry.body
    assert normalized_title(page) in entry.autocomplete


@pytest.mark.django_db
def test_elasticsearch_mapping_and_document(demo_page):
    page = demo_page(GARDEN, "he")
    mapping = Elasticsearch9Mapping(type(page))
    prefix = f"{page._meta.app_label}_{page._meta.model_name}__"
    properties = mapping.get_mapping()["properties"]
    assert properties[prefix + TITLE_FIELD] == {
        "type": "text",
        "copy_to": ["_all_text", "_all_text_boost_5_0"],
    }
    assert properties[prefix + TEXT_FIELD] == {"type": "text", "copy_to": "_all_text"}
    assert properties[prefix + TITLE_FIELD + "_edgengrams"]["type"] == "text"
    document = mapping.get_document(page)
    assert document[prefix + TITLE_FIELD] == normalized_title(page)
    assert document[prefix + TEXT_FIELD] == normalized_text(page)
    assert normalized_title(page) in document["_edgengrams"]


@pytest.mark.django_db
def test_each_copy_of_an_object_has_its_own_text():
    first = MunicipalUnit.objects.order_by("pk").first()
    second = MunicipalUnit.objects.get(pk=first.pk)
    second.description = "ספרייה עירונית חדשה"
    assert normalized_text(first) == normalized_text(first)
    assert "ספריה" in normalized_text(second)
    assert "ספריה" not in normalized_text(first)
