"""The normaliser's Unicode facts, the relevance table on every backend that runs here, and the
Elasticsearch settings built from the same rules."""

import os
import re
import uuid

import pytest

from search import elasticsearch, store
from search.engine import parse
from search.normalize import (
    DEFECTIVE,
    STEM,
    find_synonyms,
    normalize,
    query_forms,
    tokens,
    word_forms,
)

# Unicode facts


def test_niqqud_and_cantillation_are_deleted():
    assert normalize("שִׂמְחַת תּוֹרָה") == "שמחת תורה"
    assert normalize("בְּרֵאשִׁ֖ית") == "בראשית"


def test_final_letters_fold():
    assert normalize("ךםןףץ") == "כמנפצ"


def test_every_quote_variant_joins_an_acronym():
    for written in ('מנכ"ל', "מנכ״ל", "מנכ“ל", "מנכ”ל"):
        assert tokens(written) == ["מנכל"], written
    for written in ("ג'ימבורי", "ג׳ימבורי", "ג’ימבורי"):
        assert tokens(written) == ["גימבורי"], written


def test_maqaf_splits_words():
    assert tokens("תל־אביב") == ["תל", "אביב"]


def test_doubled_yod_and_vav_collapse():
    assert tokens("חנייה תקווה") == tokens("חניה תקוה")


def test_arabic_marks_tatweel_and_letter_variants():
    assert normalize("البلديـــة") == "البلديه"
    assert normalize("مَدْرَسَة") == "مدرسه"
    assert normalize("أإآٱ ى") == "اااا ي"
    assert normalize("٠١٢٣٤٥٦٧٨٩") == "0123456789"


def test_bidi_and_zero_width_controls_are_deleted():
    assert tokens("\u200fשכונה\u200e \u202bיפו\u202c\u200b") == ["שכונה", "יפו"]


def test_punctuation_and_controls_make_no_tokens():
    assert tokens("\"'!?…\x00\x1b -- ״׳") == []
    assert tokens("\x00\x07") == []


def test_an_acronym_with_two_apostrophes_is_one_word():
    for written in ("מתנ''ס", "מתנ׳׳ס", 'מתנ"ס', "מתנ״ס", "מתנס"):
        assert tokens(written) == ["מתנס"], written


def test_a_known_query_word_keeps_its_prefixes():
    """שכונה is a word the index knows: it is not read as ש + כונה."""
    assert "כונה" not in query_forms("שכונה", known={"שכונה"})
    assert "כונה" in word_forms("מכונה")


def test_prefixes_come_off_a_query_word_towards_a_known_word():
    assert "מרכז" in query_forms("למרכז", known={"למרכז", "מרכז"})
    assert "מרכז" not in query_forms("למרכז", known={"למרכז"})


def test_an_unknown_query_word_loses_its_prefixes():
    forms = query_forms("בפרגולות", known=set())
    assert "פרגולות" in forms and STEM + "פרגול" in forms


def test_plural_singular_and_construct_share_a_stem():
    stems = [word_forms(w) for w in ("שכונה", "שכונות", "שכונת")]
    assert STEM + "שכונ" in stems[0] & stems[1] & stems[2]


def test_a_short_word_is_not_the_stem_of_a_longer_one():
    assert not query_forms("שיר", known={"שיר"}) & word_forms("שירות")


def test_spelling_with_and_without_vav_and_yod():
    assert DEFECTIVE + "ככר" in word_forms("כיכר") & query_forms("ככר")
    assert word_forms(tokens("רישיון")[0]) & query_forms(tokens("רשיון")[0])


def test_synonym_phrases_become_alternatives():
    groups = [[("מתנס",), ("מרכז", "קהילתי")]]
    assert find_synonyms(["חוג", "מתנס"], groups) == [
        [("חוג",)],
        [("מתנס",), ("מרכז", "קהילתי")],
    ]
    assert find_synonyms(["מרכז", "קהילתי", "יפו"], groups) == [
        [("מרכז", "קהילתי"), ("מתנס",)],
        [("יפו",)],
    ]


# The relevance table: each query must find its document, on the backend in use.

TABLE = [
    ("גינה", "פתיחת הגינה הקהילתית בשכונה"),
    ("ספרייה", "שעות הפתיחה של הספריה העירונית"),
    ("מרכז קהילתי", "פעילויות במרכזים הקהילתיים של יפו"),
    ('יו"ר', "היו״ר של ועד השכונה"),
    ('מתנ"ס', "חוג ציור במתנ״ס נווה עופר"),
    ("פרוטוקול", "פרוטוקולים מישיבות התושבים"),
    ("שמחת תורה", "שִׂמְחַת תּוֹרָה בְּיָפוֹ"),
    ("עסקים", "מידע לבעלי עסק בעיר"),
    ("הדמיה", "הדמיות של הפרויקט"),
    ("ג'ימבורי", "בג׳ימבורי של המרכז"),
    ("שכונה", "בשכונת נווה צדק"),
    ('מנכ"ל', "דבר המנכ״ל לתושבים"),
    ("שִׂמְחַת", "שמחת תורה בשכונה"),
    ("حديقة", "افتتاح الحديقة العامة"),
    ("اجتماع", "الاجتماعات مع السكان"),
    ("مكتبة", "ساعات عمل المكتبه"),
    ("أحياء", "احياء المدينة"),
    ("بلدية", "خدمات البلديـــة"),
    ("meeting", "Residents' meetings on the square"),
]
MISSES = [("רחוב", "המרחב הציבורי"), ("שכונה", "מכונה חדשה לכביסה")]


@pytest.fixture
def documents(db, demo_page):
    """One page per document text, under the home page, indexed as editors' pages are."""
    from home.models import StandardPage

    home = demo_page("")
    unit = demo_page("participation").unit
    pages = {}
    for number, (_query, text) in enumerate(TABLE + MISSES):
        page = StandardPage(
            title=f"zz{number}", slug=f"doc-{uuid.uuid4().hex[:8]}", intro=text, unit=unit
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        pages[text] = page
    return pages


def found(query, pages):
    locale = next(iter(pages.values())).locale
    clauses, words = parse(query, locale)
    return {row[2] for row in store.match(clauses, words, locale.pk) if row[1] == "page"}


@pytest.mark.parametrize("query,text", TABLE)
def test_query_finds_its_document(documents, query, text):
    assert documents[text].pk in found(query, documents)


@pytest.mark.parametrize("query,text", MISSES)
def test_query_does_not_find_a_lookalike(documents, query, text):
    assert documents[text].pk not in found(query, documents)


# Elasticsearch settings, as data


def test_elasticsearch_settings_cover_the_python_rules():
    settings = elasticsearch.index_settings()["settings"]["analysis"]
    mappings = settings["char_filter"]["hub_marks_and_letters"]["mappings"]
    deleted = {rule.split("=>")[0] for rule in mappings if rule.endswith("=>")}
    assert "\\u05b0" in deleted and "\\u0640" in deleted and "\\u200f" in deleted
    assert "\\u05da=>כ" in mappings and "\\u0629=>ه" in mappings
    assert settings["analyzer"]["default"]["char_filter"] == [
        "hub_marks_and_letters",
        "hub_acronyms",
    ]
    assert "hub_index_variants" in settings["analyzer"]["default"]["filter"]
    assert "hub_query_variants" in settings["analyzer"]["default_search"]["filter"]
    query_filters = settings["filter"]["hub_query_variants"]["filters"]
    assert not any("prefix" in name or "chain" in name for name in query_filters)


@pytest.mark.parametrize(
    "pattern_name,word,expected",
    [
        ("prefix_pattern", "הגינה", "גינה"),
        ("chain_pattern", "ומהמכרז", "מכרז"),
        ("suffix_pattern", "פרוטוקולימ", "פרוטוקול"),
        ("suffix_pattern", "גינה", "גינ"),
    ],
)
def test_elasticsearch_patterns_strip_as_python_does(pattern_name, word, expected):
    pattern = getattr(elasticsearch, pattern_name)()
    stripped = re.sub(pattern, r"\1", word)
    assert stripped == expected
    assert stripped in {form.removeprefix(STEM) for form in word_forms(word)}


@pytest.mark.skipif(not os.environ.get("ELASTICSEARCH_URL"), reason="no Elasticsearch server")
def test_elasticsearch_analyzer_for_real():
    from elasticsearch import Elasticsearch

    client = Elasticsearch(os.environ["ELASTICSEARCH_URL"])
    name = f"hub_test_{uuid.uuid4().hex[:8]}"
    client.indices.create(index=name, settings=elasticsearch.index_settings()["settings"])
    try:
        for query, text in TABLE:
            indexed = {
                t["token"]
                for t in client.indices.analyze(index=name, analyzer="default", text=text)["tokens"]
            }
            for word in tokens(query):
                searched = {
                    t["token"]
                    for t in client.indices.analyze(
                        index=name, analyzer="default_search", text=word
                    )["tokens"]
                }
                assert searched & indexed, (query, text)
    finally:
        client.indices.delete(index=name)


def test_production_uses_elasticsearch_with_our_settings_and_a_fallback():
    import json
    import subprocess
    import sys

    script = (
        "import json, django; django.setup(); from django.conf import settings; "
        "print(json.dumps({'backends': settings.WAGTAILSEARCH_BACKENDS, "
        "'fallback': settings.HUB_SEARCH_FALLBACK}))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
        "ELASTICSEARCH_URL": "http://search.internal:9200",
        "ELASTICSEARCH_INDEX_PREFIX": "tlv_",
    }
    output = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    ).stdout
    config = json.loads(output.strip().splitlines()[-1])
    default = config["backends"]["default"]
    assert default["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert default["URLS"] == ["http://search.internal:9200"]
    assert default["INDEX_PREFIX"] == "tlv_"
    assert default["INDEX_SETTINGS"] == elasticsearch.index_settings()
    assert config["backends"]["hub"]["BACKEND"] == "search.backend"
    assert config["fallback"] == "hub"
