"""The home page, the participation page built from seed 000, and the accessibility statement."""

import datetime

from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from hub.demo import (
    SOURCE_LANGUAGE,
    TARGET_LANGUAGES,
    add_child_page,
    child_page,
    ensure_locales,
    home_page,
    seed_list_items,
    seed_text,
    step,
    translate,
)
from hub.demo_content import unit

from .models import AccessibilityStatementPage, HomePage, StandardPage

HOME = {
    "title": {
        "he": "עיריית תל אביב-יפו – כל המידע העירוני במקום אחד",
        "ar": "بلدية تل أبيب - يافا – كل المعلومات البلدية في مكان واحد",
        "en": "Tel Aviv-Yafo Municipality – all municipal information in one place",
    },
    "intro": {
        "he": "פרויקטים בשכונה, מרכזים קהילתיים, מידע לעסקים ואנשי קשר בכל יחידות העירייה – בעברית, בערבית ובאנגלית.",
        "ar": "مشاريع في الحي، مراكز جماهيرية، معلومات للمصالح التجارية وجهات اتصال في جميع وحدات البلدية – بالعبرية والعربية والإنجليزية.",
        "en": "Projects in your neighborhood, community centers, information for businesses and contacts in every municipal unit – in Hebrew, Arabic and English.",
    },
    "heading": {
        "he": "לשמוע · להשמיע · להשפיע",
        "ar": "أن نسمع · أن نُسمِع · أن نؤثّر",
        "en": "To hear, to be heard, to influence",
    },
    "paragraph": {
        "he": "העירייה מפרסמת כאן את המידע על הפרויקטים ההנדסיים, על המוסדות הקהילתיים ועל השירותים לעסקים: הדמיות, פליירים, הזמנות למפגשי תושבים ופרוטוקולים. כך כל תושבת ותושב יכולים לדעת מה מתוכנן ליד הבית, להגיע למפגש ולהשמיע את קולם.",
        "ar": "تنشر البلدية هنا المعلومات عن المشاريع الهندسية والمؤسسات الجماهيرية والخدمات للمصالح التجارية: تصوّرات ونشرات ودعوات للقاءات السكان ومحاضر. هكذا يستطيع كل مقيم ومقيمة معرفة ما يُخطَّط بالقرب من البيت، والحضور إلى اللقاء وإسماع صوتهم.",
        "en": "The municipality publishes its engineering projects, community institutions and services for businesses here: renderings, flyers, invitations to residents' meetings and protocols. Every resident can see what is planned near home, come to a meeting and make their voice heard.",
    },
    "tasks": [
        {
            "path": ["neighborhoods"],
            "description": {
                "he": "פרויקטים, מוסדות ואירועים ליד הבית",
                "ar": "مشاريع ومؤسسات وفعاليات بالقرب من البيت",
                "en": "Projects, institutions and events near home",
            },
        },
        {
            "path": ["projects"],
            "description": {
                "he": "הדמיות, מפגשי תושבים ופרוטוקולים",
                "ar": "تصوّرات ولقاءات سكان ومحاضر",
                "en": "Renderings, residents' meetings and protocols",
            },
        },
        {
            "path": ["institutions"],
            "description": {
                "he": "מרכזים קהילתיים, חוגים, הטבות ושעות פתיחה",
                "ar": "مراكز جماهيرية ودورات وامتيازات وساعات عمل",
                "en": "Community centers, courses, benefits and opening hours",
            },
        },
        {
            "path": ["events"],
            "description": {
                "he": "מה קורה בעיר: מפגשים ואירועים לפי תאריך",
                "ar": "ماذا يحدث في المدينة: لقاءات وفعاليات حسب التاريخ",
                "en": "What is on in the city: meetings and events by date",
            },
        },
        {
            "path": ["business"],
            "description": {
                "he": "פתיחת עסק, רישוי, ארנונה ולמי פונים",
                "ar": "فتح مصلحة، ترخيص، أرنونا ولمن تتوجّهون",
                "en": "Opening a business, licensing, municipal tax and whom to ask",
            },
        },
        {
            "path": ["units"],
            "description": {
                "he": 'למי פונים ואיך: טלפונים, דוא"ל ושעות',
                "ar": "لمن نتوجّه وكيف: هواتف وبريد إلكتروني وساعات",
                "en": "Whom to contact and how: phones, e-mail and hours",
            },
        },
        {
            "path": ["participation"],
            "description": {
                "he": "איך משפיעים על החלטות העירייה",
                "ar": "كيف نؤثّر على قرارات البلدية",
                "en": "How to take part in municipal decisions",
            },
        },
        {
            "path": ["accessibility"],
            "description": {
                "he": "נגישות האתר והשירותים, ולמי לפנות",
                "ar": "إتاحة الموقع والخدمات، ولمن نتوجّه",
                "en": "Accessibility of the site and services, and whom to contact",
            },
        },
    ],
}


def _home_fields(language, with_tasks):
    fields = {
        "title": HOME["title"][language],
        "intro": HOME["intro"][language],
        "body": [
            ("heading", {"text": HOME["heading"][language], "level": "h2"}),
            ("paragraph", RichText(f"<p>{HOME['paragraph'][language]}</p>")),
        ],
    }
    if with_tasks:
        home = home_page()
        fields["top_tasks"] = [
            (
                "task",
                {
                    "page": child_page(home, task["path"][0]),
                    "title": "",
                    "description": task["description"][language],
                },
            )
            for task in HOME["tasks"]
            if child_page(home, task["path"][0]) is not None
        ]
    return fields


@step(20)
def build_home_page():
    """Replace Wagtail's welcome page with the hub's home page, in every language."""
    ensure_locales()
    site = Site.objects.get(is_default_site=True)
    if not isinstance(site.root_page.specific, HomePage):
        welcome = site.root_page
        home = HomePage(slug="tel-aviv-yafo", **_home_fields(SOURCE_LANGUAGE, with_tasks=False))
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
        site.root_page = home
        site.site_name = "Tel Aviv-Yafo"
        site.save()
        if type(welcome.specific) is Page:
            welcome.delete()
    translate(
        site.root_page,
        {lang: _home_fields(lang, with_tasks=False) for lang in TARGET_LANGUAGES},
    )


PARTICIPATION = {
    "title": {
        "he": "שיתוף ציבור ושירות",
        "ar": "إشراك الجمهور والخدمة",
        "en": "Participation and service",
    },
    "intro": {
        "he": seed_text("שיתוף ציבור, שירות וקשר עם התושבים"),
        "ar": "إشراك الجمهور، الخدمة والتواصل مع السكان",
        "en": "Public participation, service and contact with residents",
    },
    "challenges_heading": {
        "he": "אתגרים לשנים הבאות",
        "ar": "تحديات للسنوات القادمة",
        "en": "Challenges for the coming years",
    },
    "challenges": {
        "ar": [
            "ترسيخ روتين إدارة ومؤشرات خدمة وفق معايير السهولة والشفافية والحساسية – في مراكز الخدمة والوحدات.",
            "رفع مستوى الخدمة من استلام توجّه المتلقّي حتى إغلاقه – في جميع قنوات التواصل.",
            "تطبيق الانتقال إلى بلدية رقمية ومدينة ذكية.",
            "تطوير العمل الجماهيري والقيادة والتطوّع.",
            "تعزيز المركز الجماهيري كمركز جذب ونشاط في الحارة والحي.",
            "دفع الحوار مع الجمهور وإشراكه في اتخاذ القرارات بطرق مختلفة.",
            "زيادة استخدام فئات الرفاه الخاصة لقواعد المعلومات عن الحقوق الاجتماعية والنشاطات البلدية.",
            "مواصلة تطوير نادي متلقّي خدمات ديجيتل (سكان ومصالح تجارية).",
            "الإطلاع والحوار وشفافية المعلومات بالوسائل الرقمية.",
            "إتاحة الخدمات والمعلومات للجمهور – محدّثة وملائمة للمتلقّي وفي الوقت الحقيقي.",
            "تحسين قواعد المعلومات البلدية وفتحها للجمهور.",
            "تحديث محتوى موقع الإنترنت وديجيتل من جميع المؤسسات البلدية والجمعيات وممثلي الجمهور، ومنح المجتمع أدوات لنشر المعلومات.",
            "تحسين مسارات تدفّق المعلومات وتنجيعها.",
            "تطوير العلاقة مع القطاع التجاري.",
        ],
        "en": [
            "Management routines and service metrics by ease, transparency and sensitivity – in the service centers and units.",
            "Better service from receiving a resident's inquiry to closing it – in every channel.",
            "The move to a digital municipality and a smart city.",
            "Developing community work, leadership and volunteering.",
            "Strengthening the community center as the anchor of the neighborhood and the quarter.",
            "Dialogue with the public and its participation in decisions, in different ways.",
            "Wider use of databases on social rights and municipal activities by welfare populations.",
            "Growing the Digitel club for residents and businesses.",
            "Informing, dialogue and transparency by digital means.",
            "Services and information accessible to the public – current, fitted to the person and in real time.",
            "Improving municipal databases and opening them to the public.",
            "Content for the website and Digitel from all municipal institutions, NGOs and public representatives, with tools for the community to publish.",
            "Improving the flow of information.",
            "Developing the relationship with the business sector.",
        ],
    },
}


def _participation_fields(language):
    challenges = (
        seed_list_items("000")
        if language == SOURCE_LANGUAGE
        else PARTICIPATION["challenges"][language]
    )
    items = "".join(f"<li>{item}</li>" for item in challenges)
    return {
        "title": PARTICIPATION["title"][language],
        "intro": PARTICIPATION["intro"][language],
        "body": [
            ("heading", {"text": PARTICIPATION["challenges_heading"][language], "level": "h2"}),
            ("paragraph", RichText(f"<ul>{items}</ul>")),
        ],
    }


ACCESSIBILITY = {
    "title": {"he": "הצהרת נגישות", "ar": "بيان الإتاحة", "en": "Accessibility statement"},
    "intro": {
        "he": "עיריית תל אביב-יפו רואה חשיבות רבה בהנגשת המידע והשירותים לכלל התושבים, ובהם אנשים עם מוגבלות.",
        "ar": "ترى بلدية تل أبيب - يافا أهمية كبيرة في إتاحة المعلومات والخدمات لجميع السكان، ومنهم الأشخاص ذوو الإعاقة.",
        "en": "The Tel Aviv-Yafo municipality gives great importance to making its information and services accessible to all residents, including people with disabilities.",
    },
    "conformance": {
        "he": "תקן ישראלי 5568, המבוסס על הנחיות WCAG 2.0, ברמה AA",
        "ar": "المواصفة الإسرائيلية 5568، المستندة إلى إرشادات WCAG 2.0، بمستوى AA",
        "en": "Israeli Standard 5568, based on WCAG 2.0, level AA",
    },
    "heading": {
        "he": "מה הונגש באתר",
        "ar": "ما الذي أُتيح في الموقع",
        "en": "What we have made accessible",
    },
    "items": {
        "he": [
            "האתר מוצג בעברית ובערבית מימין לשמאל ובאנגלית משמאל לימין.",
            "אפשר לנווט בכל האתר באמצעות המקלדת בלבד, עם קישור לדילוג לתוכן הראשי ומיקוד נראה.",
            "לכל תמונה בעלת משמעות יש טקסט חלופי בכל שפה.",
            "האתר מותאם לטלפונים ולהגדלת טקסט עד 200%.",
        ],
        "ar": [
            "يُعرض الموقع بالعبرية والعربية من اليمين إلى اليسار وبالإنجليزية من اليسار إلى اليمين.",
            "يمكن التنقل في الموقع كله بلوحة المفاتيح فقط، مع رابط للانتقال إلى المحتوى الرئيسي وتركيز ظاهر.",
            "لكل صورة ذات معنى نص بديل بكل لغة.",
            "الموقع ملائم للهواتف ولتكبير النص حتى 200%.",
        ],
        "en": [
            "The site is shown right to left in Hebrew and Arabic and left to right in English.",
            "The whole site can be used with a keyboard alone, with a link to skip to the main content and a visible focus.",
            "Every image that carries meaning has alternative text in each language.",
            "The site fits phones and text enlarged up to 200%.",
        ],
    },
    "coordinator": {
        "he": "רכזת הנגישות העירונית",
        "ar": "منسّقة الإتاحة البلدية",
        "en": "Municipal accessibility coordinator",
    },
}


def _accessibility_fields(language):
    items = "".join(f"<li>{item}</li>" for item in ACCESSIBILITY["items"][language])
    return {
        "title": ACCESSIBILITY["title"][language],
        "intro": ACCESSIBILITY["intro"][language],
        "conformance": ACCESSIBILITY["conformance"][language],
        "coordinator_name": ACCESSIBILITY["coordinator"][language],
        "body": [
            ("heading", {"text": ACCESSIBILITY["heading"][language], "level": "h2"}),
            ("paragraph", RichText(f"<ul>{items}</ul>")),
        ],
    }


@step(40)
def general_pages():
    home = home_page()
    participation = add_child_page(
        home,
        StandardPage(
            slug="participation",
            show_in_menus=True,
            unit=unit("participation-program"),
            **_participation_fields(SOURCE_LANGUAGE),
        ),
    )
    translate(participation, {lang: _participation_fields(lang) for lang in TARGET_LANGUAGES})
    statement = add_child_page(
        home,
        AccessibilityStatementPage(
            slug="accessibility",
            show_in_menus=True,
            unit=unit("digitel"),
            coordinator_phone="03-724-1111",
            coordinator_email="negishut@tlv-hub.example",
            last_reviewed=datetime.date(2026, 11, 1),
            **_accessibility_fields(SOURCE_LANGUAGE),
        ),
    )
    translate(statement, {lang: _accessibility_fields(lang) for lang in TARGET_LANGUAGES})


@step(90)
def home_top_tasks():
    """Shortcuts on the home page to the sections the steps before have built."""
    home = home_page()
    if home.top_tasks:
        return
    fields = _home_fields(SOURCE_LANGUAGE, with_tasks=True)
    home.top_tasks = fields["top_tasks"]
    home.save_revision().publish()
    translate(
        home, {lang: _home_fields(lang, with_tasks=True) for lang in TARGET_LANGUAGES}, update=True
    )
