"""Search over 20,000 pages of text in three languages (SQLite by default, or DATABASE_URL):
fills bench/text.sqlite3 once with standard pages in Hebrew, Arabic and English written from
municipal vocabulary, then measures a full reindex, the indexed text with and without the
normalised fields, and two-word queries in each language.

    .venv/bin/python bench/text.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/hub_bench_text .venv/bin/python bench/text.py
"""

import random
import sys
import time

from common import measure, setup, table

setup("text")

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from wagtail.models import Page  # noqa: E402

from home.models import StandardPage  # noqa: E402
from search.indexing import normalized_text, normalized_title, searchable_text  # noqa: E402

PAGES = 20_000
WORDS = {
    "he": (
        "שכונה בשכונת השכונה גינה הגינה בגינה ספרייה הספריה מרכז במרכז המרכזים קהילתי "
        "הקהילתיים פרויקט הפרויקט פרויקטים תושבים התושבים לתושבים מפגש המפגש מפגשים פרוטוקול "
        "פרוטוקולים עירייה העירייה בעירייה רחוב ברחוב הרחוב תנועה חנייה חניה תחבורה אופניים "
        "שביל מדרכה עצים נטיעה שיפוץ בנייה תכנון אישור ביצוע מכרז ומהמכרז חוזה תקציב הנדסה "
        'מהנדס יו"ר מנכ"ל מתנ"ס חוג חוגים ילדים נוער מבוגרים גיל הזהב ספורט תרבות מוזיקה '
        "הצגה אירוע אירועים חג שבועות סוכות עסק עסקים רישוי ארנונה היתר שירות פנייה מוקד"
    ).split(),
    "ar": (
        "حي الحي حديقة الحديقة مكتبة المكتبة مركز المركز جماهيري مشروع المشروع مشاريع سكان "
        "السكان لقاء اللقاء اجتماع الاجتماعات محضر بلدية البلدية شارع الشارع حركة موقف مواصلات "
        "دراجات رصيف أشجار ترميم بناء تخطيط مصادقة تنفيذ مناقصة عقد ميزانية هندسة مهندس دورة "
        "أطفال شبيبة بالغون مسنون رياضة ثقافة موسيقى عرض فعالية فعاليات عيد رمضان مصلحة ترخيص "
        "أرنونا تصريح خدمة توجه مركز"
    ).split(),
    "en": (
        "neighborhood neighborhoods garden gardens library libraries community center centers "
        "project projects residents meeting meetings protocol protocols municipality street "
        "streets traffic parking transport bicycles path pavement trees planting renovation "
        "building planning approval works tender contract budget engineering engineer course "
        "courses children youth adults seniors sport culture music show event events holiday "
        "business businesses licensing tax permit service request hotline"
    ).split(),
}


# Words each put on a few pages only, so a query can be rare: the first on every 500th page of
# a language (about 13 pages), both together on every 1000th (about 7).
RARE = {
    "he": ("פרגולה", "מוצללת"),
    "ar": ("عريشة", "مظللة"),
    "en": ("pergola", "shaded"),
}


def sentence(rng, language, length):
    return " ".join(rng.choice(WORDS[language]) for _ in range(length))


def intro(rng, language, number):
    text = " ".join(sentence(rng, language, 12) for _ in range(4))
    first, second = RARE[language]
    if number % 1000 == 250:
        text = f"{text} {first} {second}"
    elif number % 500 == 250:
        text = f"{text} {first}"
    return text


def fill():
    call_command("migrate", verbosity=0)
    call_command("load_demo", "--no-users", stdout=open("/dev/null", "w"))  # noqa: SIM115
    write_pages()


def write_pages(batch=200):
    """Add the pages (resuming where an interrupted run stopped) without indexing them one by
    one: the benchmarks time the reindex that follows."""
    backends = {
        name: {**config, "AUTO_UPDATE": False}
        for name, config in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        for language in WORDS:
            rng = random.Random(f"2026-{language}")
            home = Page.objects.get(depth=2, locale__language_code=language)
            archive = home.get_children().filter(slug="archive").first()
            if archive is None:
                archive = StandardPage(
                    title="archive", slug="archive", unit=StandardPage.objects.first().unit
                )
                home.add_child(instance=archive)
            archive = archive.specific
            pages = [
                StandardPage(
                    title=sentence(rng, language, 4),
                    slug=f"page-{number}",
                    intro=intro(rng, language, number),
                    unit=archive.unit,
                )
                for number in range(PAGES // 3)
            ]
            for start in range(archive.get_children().count(), len(pages), batch):
                with transaction.atomic():
                    for page in pages[start : start + batch]:
                        archive.add_child(instance=page)
                print(f"  {language}: {start + batch}", file=sys.stderr)


QUERIES = {
    "he": ["מרכז קהילתי", "פרוטוקול מפגש", "חניה ברחוב"],
    "ar": ["حديقة عامة", "اجتماع السكان"],
    "en": ["community garden", "parking permit"],
}


def main():
    fill()
    pages = Page.objects.count()
    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    reindex = time.perf_counter() - started
    raw = normalized = 0
    for page in Page.objects.specific().iterator(chunk_size=500):
        raw += len(f"{page.title} {searchable_text(page)}".encode())
        normalized += len(f"{normalized_title(page)} {normalized_text(page)}".encode())
    client = Client()
    results = [
        (f"{language}: “{query}”", measure(client, f"/{language}/search/?q={query}", runs=15))
        for language, queries in QUERIES.items()
        for query in queries
    ]
    print(f"{pages} pages; full reindex {reindex:.0f} s")
    print(
        f"indexed text: {raw / 1e6:.1f} MB as written, {(raw + normalized) / 1e6:.1f} MB with the "
        f"normalised fields (+{normalized / raw:.0%})"
    )
    print(table(results))


if __name__ == "__main__":
    main()
