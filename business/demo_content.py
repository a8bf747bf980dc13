"""The business section: topic pages across sectors and stages, the services-to-units map and
events for businesses, in three languages, wired to the units of the foundation."""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from hub.demo import (
    SOURCE_LANGUAGE,
    TARGET_LANGUAGES,
    add_child_page,
    add_section,
    home_page,
    step,
    t,
    translate,
)
from hub.demo.media import demo_document
from hub.demo_content import unit
from hub.models import MunicipalUnit

from .models import (
    BusinessDirectoryPage,
    BusinessEventPage,
    BusinessIndexPage,
    BusinessService,
    BusinessTopicPage,
)

SECTION = {
    "title": t(
        "עסקים בתל אביב-יפו", "المصالح التجارية في تل أبيب - يافا", "Business in Tel Aviv-Yafo"
    ),
    "intro": t(
        "מינהלת קידום העסקים היא הכתובת האחת של בעלי העסקים בעירייה. בחרו את השלב שבו העסק שלכם נמצא ומצאו מה לעשות ולמי לפנות.",
        "إدارة تطوير المصالح التجارية هي العنوان الواحد لأصحاب المصالح في البلدية. اختاروا المرحلة التي تمرّ بها مصلحتكم واعرفوا ماذا تفعلون ولمن تتوجّهون.",
        "The Business Promotion Administration is business owners' single point of contact with the municipality. Choose the stage your business is at and find what to do and whom to ask.",
    ),
}
DIRECTORY = {
    "title": t(
        "מי מטפל במה: שירותים לעסקים",
        "من يعالج ماذا: خدمات للمصالح التجارية",
        "Who handles what: services for businesses",
    ),
    "intro": t(
        "כל השירותים העירוניים לעסקים והיחידה האחראית לכל אחד מהם.",
        "جميع الخدمات البلدية للمصالح التجارية والوحدة المسؤولة عن كل منها.",
        "Every municipal service for businesses and the unit responsible for each.",
    ),
}

TOPICS = [
    {
        "slug": "opening-a-business",
        "handler": "business-promotion",
        "sectors": [],
        "stages": ["opening"],
        "title": t("פתיחת עסק", "فتح مصلحة تجارية", "Opening a business"),
        "summary": t(
            "מה צריך לבדוק ולהגיש לפני שפותחים עסק בעיר: ייעוד הנכס, רישוי, ארנונה ושילוט.",
            "ما الذي يجب فحصه وتقديمه قبل فتح مصلحة في المدينة: تخصيص العقار، الترخيص، الأرنونا واللافتات.",
            "What to check and file before opening a business in the city: the property's zoning, licensing, municipal tax and signage.",
        ),
        "steps": [
            (
                t("בדקו את ייעוד הנכס", "افحصوا تخصيص العقار", "Check the property's zoning"),
                t(
                    "ודאו בתיק המידע של הנכס שמותר לנהל בו את סוג העסק שלכם.",
                    "تأكّدوا في ملف معلومات العقار أنه مسموح إدارة نوع مصلحتكم فيه.",
                    "Make sure the property's information file allows your kind of business there.",
                ),
            ),
            (
                t("הגישו בקשה לרישיון עסק", "قدّموا طلب ترخيص", "Apply for a business licence"),
                t(
                    "אם העסק טעון רישוי, הגישו בקשה לאגף רישוי עסקים לפני הפתיחה.",
                    "إذا كانت المصلحة تحتاج ترخيصًا، قدّموا طلبًا لقسم الترخيص قبل الافتتاح.",
                    "If your business needs a licence, apply to the Business Licensing Division before opening.",
                ),
            ),
            (
                t(
                    "רשמו את העסק בארנונה",
                    "سجّلوا المصلحة في الأرنونا",
                    "Register for municipal tax",
                ),
                t(
                    "הודיעו לאגף החיובים על תחילת החזקה בנכס.",
                    "أبلغوا قسم الجباية عن بداية حيازة العقار.",
                    "Tell the Billing Division when you start occupying the property.",
                ),
            ),
        ],
        "form": t(
            "טופס פנייה למינהלת קידום העסקים",
            "نموذج التوجّه إلى إدارة تطوير المصالح",
            "Contact form for the Business Promotion Administration",
        ),
    },
    {
        "slug": "business-licensing",
        "handler": "business-licensing",
        "sectors": ["food", "retail", "tourism", "culture"],
        "stages": ["opening", "running"],
        "title": t("רישוי עסקים", "ترخيص المصالح التجارية", "Business licensing"),
        "summary": t(
            "אילו עסקים טעונים רישיון, איך מגישים בקשה ואיך מחדשים רישיון.",
            "أي المصالح تحتاج ترخيصًا، كيف يُقدَّم الطلب وكيف يُجدَّد الترخيص.",
            "Which businesses need a licence, how to apply and how to renew.",
        ),
        "steps": [
            (
                t(
                    "בדקו אם העסק טעון רישוי",
                    "افحصوا إن كانت المصلحة تحتاج ترخيصًا",
                    "Check whether you need a licence",
                ),
                t(
                    "צו רישוי עסקים קובע אילו סוגי עסקים טעונים רישיון.",
                    "يحدّد أمر ترخيص المصالح أنواع المصالح التي تحتاج ترخيصًا.",
                    "The Business Licensing Order lists the kinds of business that need a licence.",
                ),
            ),
            (
                t(
                    "הגישו את הבקשה ואת המסמכים",
                    "قدّموا الطلب والمستندات",
                    "File the application and documents",
                ),
                t(
                    "צרפו תשריט של העסק ואישורי גורמי הרישוי.",
                    "أرفقوا مخطط المصلحة وموافقات جهات الترخيص.",
                    "Attach a plan of the premises and the approvals of the licensing authorities.",
                ),
            ),
        ],
        "form": t(
            "טופס בקשה לרישיון עסק", "نموذج طلب ترخيص مصلحة", "Business licence application form"
        ),
    },
    {
        "slug": "municipal-tax-for-businesses",
        "handler": "municipal-tax",
        "sectors": [],
        "stages": ["opening", "running", "closing"],
        "title": t("ארנונה לעסקים", "الأرنونا للمصالح التجارية", "Municipal tax for businesses"),
        "summary": t(
            "איך נקבע החיוב, איך מעדכנים מחזיק בנכס ואיך מגישים השגה.",
            "كيف تُحدَّد الجباية، كيف يُحدَّث الحائز على العقار وكيف يُقدَّم اعتراض.",
            "How the charge is set, how to update a property's occupier and how to object.",
        ),
        "steps": [
            (
                t("עדכנו את פרטי המחזיק", "حدّثوا تفاصيل الحائز", "Update the occupier's details"),
                t(
                    "שלחו הודעה על תחילת או סיום החזקה בנכס בתוך 30 יום.",
                    "أرسلوا إشعارًا ببداية الحيازة أو انتهائها خلال 30 يومًا.",
                    "Report the start or end of occupancy within 30 days.",
                ),
            ),
            (
                t("בדקו את החיוב", "افحصوا الجباية", "Check your charge"),
                t(
                    "אם לדעתכם החיוב שגוי, הגישו השגה בתוך 90 יום מקבלת ההודעה.",
                    "إذا كانت الجباية خاطئة برأيكم، قدّموا اعتراضًا خلال 90 يومًا من استلام الإشعار.",
                    "If you think the charge is wrong, object within 90 days of the notice.",
                ),
            ),
        ],
        "form": t(
            "טופס השגה על חיוב ארנונה",
            "نموذج اعتراض على جباية الأرنونا",
            "Municipal tax objection form",
        ),
    },
    {
        "slug": "signage",
        "handler": "business-licensing",
        "sectors": ["retail", "food"],
        "stages": ["opening", "running"],
        "title": t("שילוט ופרסום", "اللافتات والإعلان", "Signs and advertising"),
        "summary": t(
            "היתר לשלט על חזית העסק ואגרת שילוט שנתית.",
            "تصريح للافتة على واجهة المصلحة ورسوم اللافتات السنوية.",
            "A permit for a sign on your shopfront and the yearly signage fee.",
        ),
        "steps": [
            (
                t("הגישו בקשה להיתר שילוט", "قدّموا طلب تصريح لافتة", "Apply for a signage permit"),
                t(
                    "צרפו הדמיה של השלט ומידותיו.",
                    "أرفقوا تصوّرًا للافتة وقياساتها.",
                    "Attach a picture of the sign and its size.",
                ),
            )
        ],
    },
    {
        "slug": "tables-and-chairs-in-public-space",
        "handler": "business-licensing",
        "sectors": ["food"],
        "stages": ["running"],
        "title": t(
            "שולחנות וכיסאות במרחב הציבורי",
            "الطاولات والكراسي في الحيّز العام",
            "Tables and chairs in public space",
        ),
        "summary": t(
            "היתר להצבת שולחנות, כיסאות וסוככים על המדרכה מול בית העסק.",
            "تصريح لوضع طاولات وكراسي ومظلات على الرصيف أمام المصلحة.",
            "A permit to put tables, chairs and awnings on the pavement in front of your business.",
        ),
        "steps": [
            (
                t("בדקו את רוחב המדרכה", "افحصوا عرض الرصيف", "Check the pavement's width"),
                t(
                    "יש להשאיר מעבר פנוי של 1.5 מטר לפחות להולכי רגל.",
                    "يجب ترك ممرّ خالٍ بعرض 1.5 متر على الأقل للمشاة.",
                    "Leave a clear path of at least 1.5 metres for pedestrians.",
                ),
            ),
            (
                t("הגישו בקשה להיתר", "قدّموا طلب تصريح", "Apply for the permit"),
                t(
                    "הבקשה מוגשת לאגף רישוי עסקים ומתחדשת מדי שנה.",
                    "يُقدَّم الطلب لقسم الترخيص ويُجدَّد سنويًا.",
                    "Apply to the Business Licensing Division; the permit is renewed every year.",
                ),
            ),
        ],
    },
    {
        "slug": "grants-and-initiatives",
        "handler": "business-promotion",
        "sectors": ["offices", "retail", "culture"],
        "stages": ["growing"],
        "title": t(
            "מענקים ויוזמות לעסקים",
            "منح ومبادرات للمصالح التجارية",
            "Grants and initiatives for businesses",
        ),
        "summary": t(
            "תוכניות עירוניות לעידוד חדשנות, שדרוג חזיתות וליווי עסקים קטנים.",
            "برامج بلدية لتشجيع الابتكار وتجديد الواجهات ومرافقة المصالح الصغيرة.",
            "Municipal programmes that encourage innovation, renew shopfronts and mentor small businesses.",
        ),
        "steps": [
            (
                t(
                    "בדקו את התוכניות הפתוחות",
                    "افحصوا البرامج المفتوحة",
                    "See which programmes are open",
                ),
                t(
                    "מינהלת קידום העסקים מפרסמת קולות קוראים לאורך השנה.",
                    "تنشر إدارة تطوير المصالح دعوات لتقديم الطلبات على مدار السنة.",
                    "The Business Promotion Administration publishes calls throughout the year.",
                ),
            )
        ],
    },
    {
        "slug": "tourism-businesses",
        "handler": "business-promotion",
        "sectors": ["tourism", "food"],
        "stages": ["running", "growing"],
        "title": t("עסקי תיירות", "مصالح السياحة", "Tourism businesses"),
        "summary": t(
            "מידע למלונות, הוסטלים ומסעדות באזורי התיירות, ובהם יפו העתיקה והנמל.",
            "معلومات للفنادق والنُّزُل والمطاعم في مناطق السياحة، ومنها يافا القديمة والميناء.",
            "Information for hotels, hostels and restaurants in tourist areas, including Old Jaffa and the port.",
        ),
        "steps": [
            (
                t(
                    "הצטרפו לפורום עסקי התיירות",
                    "انضمّوا إلى منتدى مصالح السياحة",
                    "Join the tourism business forum",
                ),
                t(
                    "הפורום נפגש ארבע פעמים בשנה עם נציגי העירייה.",
                    "يجتمع المنتدى أربع مرات في السنة مع ممثلي البلدية.",
                    "The forum meets municipal representatives four times a year.",
                ),
            )
        ],
    },
    {
        "slug": "closing-a-business",
        "handler": "municipal-tax",
        "sectors": [],
        "stages": ["closing"],
        "title": t("סגירת עסק", "إغلاق مصلحة تجارية", "Closing a business"),
        "summary": t(
            "מה מודיעים לעירייה כשסוגרים עסק או עוזבים נכס.",
            "ما الذي يُبلَّغ للبلدية عند إغلاق مصلحة أو ترك عقار.",
            "What to tell the municipality when you close a business or leave a property.",
        ),
        "steps": [
            (
                t(
                    "הודיעו על סיום החזקה",
                    "أبلغوا عن انتهاء الحيازة",
                    "Report the end of occupancy",
                ),
                t(
                    "שלחו לאגף החיובים הודעה עם קריאת מונה המים ופרטי המחזיק הבא.",
                    "أرسلوا لقسم الجباية إشعارًا مع قراءة عدّاد المياه وتفاصيل الحائز التالي.",
                    "Send the Billing Division a notice with the water meter reading and the next occupier's details.",
                ),
            ),
            (
                t("החזירו את רישיון העסק", "أعيدوا ترخيص المصلحة", "Return the business licence"),
                t(
                    "הודיעו לאגף רישוי עסקים על סגירת העסק.",
                    "أبلغوا قسم الترخيص عن إغلاق المصلحة.",
                    "Tell the Business Licensing Division that the business has closed.",
                ),
            ),
        ],
    },
]

SERVICES = [
    (
        "opening-a-business",
        "business-promotion",
        [],
        ["opening"],
        t(
            "ליווי אישי בפתיחת עסק",
            "مرافقة شخصية في فتح مصلحة",
            "Personal guidance when opening a business",
        ),
    ),
    (
        "business-licensing",
        "business-licensing",
        ["food", "retail", "tourism", "culture"],
        ["opening"],
        t("רישיון עסק חדש", "ترخيص مصلحة جديد", "New business licence"),
    ),
    (
        "business-licensing",
        "business-licensing",
        ["food", "retail", "tourism", "culture"],
        ["running"],
        t("חידוש רישיון עסק", "تجديد ترخيص مصلحة", "Renewing a business licence"),
    ),
    (
        "municipal-tax-for-businesses",
        "municipal-tax",
        [],
        ["opening", "running"],
        t(
            "רישום מחזיק בנכס עסקי",
            "تسجيل حائز على عقار تجاري",
            "Registering the occupier of a business property",
        ),
    ),
    (
        "municipal-tax-for-businesses",
        "municipal-tax",
        [],
        ["running"],
        t(
            "השגה על חיוב ארנונה",
            "اعتراض على جباية الأرنونا",
            "Objecting to a municipal tax charge",
        ),
    ),
    (
        "signage",
        "business-licensing",
        ["retail", "food"],
        ["opening", "running"],
        t("היתר שילוט", "تصريح لافتة", "Signage permit"),
    ),
    (
        "tables-and-chairs-in-public-space",
        "business-licensing",
        ["food"],
        ["running"],
        t("היתר הצבה במרחב הציבורי", "تصريح وضع في الحيّز العام", "Public-space seating permit"),
    ),
    (
        "grants-and-initiatives",
        "business-promotion",
        ["offices", "retail", "culture"],
        ["growing"],
        t("מענק לשדרוג חזית העסק", "منحة لتجديد واجهة المصلحة", "Shopfront renewal grant"),
    ),
    (
        "tourism-businesses",
        "business-promotion",
        ["tourism"],
        ["running", "growing"],
        t("פורום עסקי התיירות", "منتدى مصالح السياحة", "Tourism business forum"),
    ),
    (
        "closing-a-business",
        "municipal-tax",
        [],
        ["closing"],
        t("סיום חיוב ארנונה", "إنهاء جباية الأرنونا", "Ending a municipal tax charge"),
    ),
    (
        None,
        "hotline-106",
        [],
        ["opening", "running", "growing", "closing"],
        t(
            "מידע ודיווח על מפגעים 24/7",
            "معلومات وإبلاغ عن المخاطر على مدار الساعة",
            "Information and reporting hazards, 24/7",
        ),
    ),
]

EVENTS = [
    {
        "slug": "small-business-workshop",
        "kind": "workshop",
        "days": 12,
        "title": t(
            "סדנת שיווק דיגיטלי לעסקים קטנים",
            "ورشة تسويق رقمي للمصالح الصغيرة",
            "Digital marketing workshop for small businesses",
        ),
        "place": t(
            "מרכז העסקים העירוני, שדרות בן גוריון 2",
            "مركز المصالح البلدي، جادة بن غوريون 2",
            "Municipal business center, 2 Ben Gurion Blvd.",
        ),
        "description": t(
            "סדנה מעשית לבעלי עסקים: רשתות חברתיות, מועדון דיגיטל והטבות לתושבים.",
            "ورشة عملية لأصحاب المصالح: الشبكات الاجتماعية، نادي ديجيتل وامتيازات للسكان.",
            "A hands-on workshop for business owners: social networks, the Digitel club and benefits for residents.",
        ),
    },
    {
        "slug": "jaffa-business-meeting",
        "kind": "meeting",
        "days": 30,
        "title": t(
            "מפגש בעלי עסקים ביפו", "لقاء أصحاب المصالح في يافا", "Jaffa business owners' meeting"
        ),
        "place": t(
            "המשלמה ליפו, שדרות ירושלים",
            "إدارة يافا، جادة القدس",
            "Jaffa Administration, Jerusalem Blvd.",
        ),
        "description": t(
            "מפגש עם המשלמה ליפו ומינהלת קידום העסקים על עבודות הרחוב ועל תנועת הלקוחות.",
            "لقاء مع إدارة يافا وإدارة تطوير المصالح حول أعمال الشارع وحركة الزبائن.",
            "A meeting with the Jaffa Administration and the Business Promotion Administration on street works and customer traffic.",
        ),
    },
    {
        "slug": "innovation-conference",
        "kind": "conference",
        "days": 60,
        "title": t("כנס חדשנות עירוני", "مؤتمر الابتكار البلدي", "Municipal innovation conference"),
        "place": t(
            "בית העירייה, כיכר רבין", "مبنى البلدية، ميدان رابين", "City Hall, Rabin Square"
        ),
        "description": t(
            "יום של הרצאות ומפגשים בין סטארטאפים, עסקים ויחידות העירייה.",
            "يوم من المحاضرات واللقاءات بين الشركات الناشئة والمصالح ووحدات البلدية.",
            "A day of talks and meetings between start-ups, businesses and municipal units.",
        ),
    },
]


def _topic_fields(topic, language, document):
    return {
        "title": topic["title"][language],
        "summary": topic["summary"][language],
        "steps": [
            ("step", {"title": title[language], "text": text[language]})
            for title, text in topic["steps"]
        ],
        "documents": [("document", {"document": document, "title": topic["form"][language]})]
        if document
        else [],
    }


def _event_fields(event, language):
    return {
        "title": event["title"][language],
        "place": event["place"][language],
        "description": event["description"][language],
    }


@step(60)
def business():
    owner = unit("business-promotion")
    section = add_section(
        home_page(), BusinessIndexPage, "business", SECTION, show_in_menus=True, unit=owner
    )
    topics = {}
    for topic in TOPICS:
        document = None
        if topic.get("form"):
            document = demo_document(
                topic["form"]["he"],
                f"{topic['slug']}-form.pdf",
                [
                    ("he", topic["form"]["he"]),
                    ("he", topic["summary"]["he"]),
                    ("ar", topic["summary"]["ar"]),
                    ("en", topic["summary"]["en"]),
                ],
            )
        page = add_child_page(
            section,
            BusinessTopicPage(
                slug=topic["slug"],
                unit=owner,
                handling_unit=unit(topic["handler"]),
                sectors=topic["sectors"],
                stages=topic["stages"],
                **_topic_fields(topic, SOURCE_LANGUAGE, document),
            ),
        )
        translate(page, {lang: _topic_fields(topic, lang, document) for lang in TARGET_LANGUAGES})
        topics[topic["slug"]] = page
    add_section(section, BusinessDirectoryPage, "who-handles-what", DIRECTORY, unit=owner)
    source = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    for topic_slug, unit_code, sectors, stages, name in SERVICES:
        service = BusinessService.objects.filter(locale=source, name=name[SOURCE_LANGUAGE]).first()
        if service is None:
            service = BusinessService.objects.create(
                locale=source,
                name=name[SOURCE_LANGUAGE],
                unit=MunicipalUnit.objects.get(locale=source, code=unit_code),
                topic=topics.get(topic_slug),
                sectors=sectors,
                stages=stages,
            )
        translate(service, {lang: {"name": name[lang]} for lang in TARGET_LANGUAGES})
    today = timezone.localdate()
    for event in EVENTS:
        start = timezone.make_aware(
            datetime.datetime.combine(
                today + datetime.timedelta(days=event["days"]), datetime.time(17)
            )
        )
        page = add_child_page(
            section,
            BusinessEventPage(
                slug=event["slug"],
                unit=owner,
                kind=event["kind"],
                start=start,
                end=start + datetime.timedelta(hours=3),
                **_event_fields(event, SOURCE_LANGUAGE),
            ),
        )
        translate(page, {lang: _event_fields(event, lang) for lang in TARGET_LANGUAGES})
