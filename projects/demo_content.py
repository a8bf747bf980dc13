"""Demo engineering projects across several neighborhoods, with renderings drawn by code, PDF
flyers and protocols with real text, and meetings before and after today. Some projects are
deliberately incomplete, so the transparency status shows both states."""

import datetime

from django.utils import timezone
from wagtail.rich_text import RichText

from hub.demo import (
    SOURCE_LANGUAGE,
    TARGET_LANGUAGES,
    add_child_page,
    add_section,
    child_page,
    home_page,
    step,
    t,
    translate,
)
from hub.demo.media import demo_document, demo_image
from hub.demo_content import unit
from hub.models import NeighborhoodPage
from hub.permissions import unit_collection

from .models import MeetingKind, MeetingPage, ProjectIndexPage, ProjectNeighborhood, ProjectPage

INDEX = {
    "title": t("פרויקטים הנדסיים", "مشاريع هندسية", "Engineering projects"),
    "intro": t(
        "מה נבנה ומשתפץ בעיר: הדמיות, מינשרים, הזמנות למפגשי תושבים ופרוטוקולים של כל פרויקט מתואם.",
        "ما الذي يُبنى ويُرمَّم في المدينة: تصوّرات ونشرات ودعوات للقاءات السكان ومحاضر كل مشروع منسَّق.",
        "What is being built and renewed in the city: renderings, flyers, invitations to residents' meetings and protocols for every coordinated project.",
    ),
}

ACCESSIBLE_VENUE = t(
    "כניסה ללא מדרגות, שירותי נכים ולולאת השראה",
    "مدخل بدون درج، مراحيض ملائمة ودائرة حثّ سمعية",
    "Step-free entrance, accessible toilet and hearing loop",
)

PROJECTS = [
    {
        "slug": "yehuda-hayamit-street-renewal",
        "unit": "jaffa-administration",
        "status": "in_execution",
        "neighborhoods": ["ajami", "old-jaffa"],
        "title": t(
            "חידוש רחוב יהודה הימית", "تجديد شارع يهودا هيميت", "Yehuda HaYamit Street renewal"
        ),
        "summary": t(
            "הרחבת מדרכות, נטיעת עצים, שבילי אופניים ותאורה חדשה לאורך רחוב יהודה הימית ביפו.",
            "توسيع الأرصفة وزراعة الأشجار ومسارات للدراجات وإنارة جديدة على طول شارع يهودا هيميت في يافا.",
            "Wider pavements, new trees, cycle lanes and new lighting along Yehuda HaYamit Street in Jaffa.",
        ),
        "address": t(
            "רחוב יהודה הימית, יפו", "شارع يهودا هيميت، يافا", "Yehuda HaYamit St., Jaffa"
        ),
        "location": ("32.049800", "34.755200"),
        "renderings": 2,
        "flyer": True,
        "stages": [
            (t("תכנון", "تخطيط", "Planning"), -400, -200),
            (t("ביצוע – שלב א'", "تنفيذ – المرحلة الأولى", "Works – phase 1"), -120, 90),
            (t("ביצוע – שלב ב'", "تنفيذ – المرحلة الثانية", "Works – phase 2"), 100, 300),
        ],
        "meetings": [
            {
                "slug": "informing-meeting",
                "kind": MeetingKind.INFORMING,
                "days": -60,
                "protocol": True,
                "title": t(
                    "מפגש יידוע ציבור על חידוש הרחוב",
                    "لقاء إطلاع الجمهور حول تجديد الشارع",
                    "Public-informing meeting on the street renewal",
                ),
                "place": t(
                    "המרכז הקהילתי עג'מי, רחוב יהודה הימית",
                    "المركز الجماهيري العجمي، شارع يهودا هيميت",
                    "Ajami community center, Yehuda HaYamit St.",
                ),
                "summary": t(
                    "הוצגו שלבי העבודה והסדרי התנועה; התושבים ביקשו לשמור על החניה לתושבי הרחוב.",
                    "عُرضت مراحل العمل وترتيبات السير؛ وطلب السكان الحفاظ على مواقف سكان الشارع.",
                    "The works phases and traffic arrangements were presented; residents asked to keep parking for the street's residents.",
                ),
            },
            {
                "slug": "residents-meeting-phase-2",
                "kind": MeetingKind.RESIDENTS,
                "days": 21,
                "title": t(
                    "מפגש תושבים לקראת שלב ב'",
                    "لقاء السكان قبل المرحلة الثانية",
                    "Residents' meeting before phase 2",
                ),
                "place": t(
                    "המרכז הקהילתי עג'מי, רחוב יהודה הימית",
                    "المركز الجماهيري العجمي، شارع يهودا هيميت",
                    "Ajami community center, Yehuda HaYamit St.",
                ),
                "invitation": t(
                    "תושבות ותושבים יקרים, אתם מוזמנים לשמוע על שלב ב' של העבודות ולהשמיע את עמדתכם.",
                    "أيتها السيدات والسادة، أنتم مدعوون لسماع تفاصيل المرحلة الثانية من الأعمال وإبداء رأيكم.",
                    "Dear residents, you are invited to hear about phase 2 of the works and to have your say.",
                ),
                "online": True,
            },
        ],
        "update": (
            t(
                "העבודות בקטע הצפוני הסתיימו",
                "انتهت الأعمال في القسم الشمالي",
                "Works on the northern section are finished",
            ),
            t(
                'המדרכות החדשות בקטע שבין שדרות ירושלים לרחוב הבעש"ט פתוחות להולכי רגל.',
                "الأرصفة الجديدة في القسم بين جادة القدس وشارع هبعشط مفتوحة للمشاة.",
                "The new pavements between Jerusalem Boulevard and HaBesht St. are open to pedestrians.",
            ),
            -10,
        ),
    },
    {
        "slug": "hatikva-community-center-upgrade",
        "unit": "engineering-coordination",
        "status": "approved",
        "neighborhoods": ["hatikva"],
        "title": t(
            "שדרוג המרכז הקהילתי בשכונת התקווה",
            "تطوير المركز الجماهيري في حي هتكفا",
            "Hatikva community center upgrade",
        ),
        "summary": t(
            "אולם רב־תכליתי חדש, חדרי חוגים מונגשים וחצר פתוחה לקהילה.",
            "قاعة جديدة متعددة الاستعمالات، غرف نشاطات ملائمة لذوي الإعاقة وساحة مفتوحة للمجتمع.",
            "A new multi-purpose hall, accessible activity rooms and a courtyard open to the community.",
        ),
        "address": t('רחוב האצ"ל, שכונת התקווה', "شارع هإتسل، حي هتكفا", "HaEtzel St., Hatikva"),
        "location": ("32.052900", "34.788100"),
        "renderings": 1,
        "flyer": True,
        "stages": [
            (t("תכנון מפורט", "تخطيط مفصّل", "Detailed design"), -200, -30),
            (t("ביצוע", "تنفيذ", "Construction"), 60, 420),
        ],
        "meetings": [
            {
                "slug": "informing-meeting",
                "kind": MeetingKind.INFORMING,
                "days": 14,
                "title": t(
                    "מפגש יידוע ציבור: המרכז הקהילתי המחודש",
                    "لقاء إطلاع الجمهور: المركز الجماهيري المجدَّد",
                    "Public-informing meeting: the renewed community center",
                ),
                "place": t(
                    "אולם המרכז הקהילתי התקווה",
                    "قاعة المركز الجماهيري هتكفا",
                    "Hatikva community center hall",
                ),
                "invitation": t(
                    "נציג מחלקת תיאום הנדסי יציג את התוכניות ואת לוח הזמנים, ויענה על שאלות.",
                    "سيعرض ممثل قسم التنسيق الهندسي المخططات والجدول الزمني ويجيب عن الأسئلة.",
                    "A representative of the engineering coordination department will present the plans and the schedule and answer questions.",
                ),
                "flyer": True,
            },
        ],
    },
    {
        "slug": "kfar-shalem-neighborhood-park",
        "unit": "engineering-coordination",
        "status": "planning",
        "neighborhoods": ["kfar-shalem"],
        "title": t(
            "פארק שכונתי חדש בכפר שלם",
            "حديقة حيّ جديدة في كفار شاليم",
            "New neighborhood park in Kfar Shalem",
        ),
        "summary": t(
            "פארק של שמונה דונם עם מתקני משחק, מגרש כדורסל ושבילי הליכה מוצלים.",
            "حديقة بمساحة ثمانية دونمات مع ألعاب للأطفال وملعب كرة سلة وممرات مشي مظللة.",
            "An eight-dunam park with playgrounds, a basketball court and shaded walking paths.",
        ),
        "address": t(
            "רחוב משה דיין, כפר שלם", "شارع موشيه ديان، كفار شاليم", "Moshe Dayan St., Kfar Shalem"
        ),
        "location": ("32.048100", "34.797300"),
        "renderings": 1,
        "flyer": False,
        "stages": [(t("תכנון ראשוני", "تخطيط أولي", "Initial design"), -60, 180)],
        "meetings": [],
    },
    {
        "slug": "shapira-community-garden",
        "unit": "engineering-coordination",
        "status": "completed",
        "neighborhoods": ["shapira", "florentin"],
        "title": t(
            "גינה קהילתית בשכונת שפירא", "حديقة مجتمعية في حي شبيرا", "Shapira community garden"
        ),
        "summary": t(
            "הגינה הקהילתית נפתחה: ערוגות לתושבים, פינת ישיבה מוצלת ומתקן מים.",
            "افتُتحت الحديقة المجتمعية: أحواض للسكان، زاوية جلوس مظللة ونافورة مياه.",
            "The community garden has opened: beds for residents, a shaded seating corner and a water fountain.",
        ),
        "address": t(
            "רחוב מסילת ישרים, שפירא", "شارع مسيلات يشاريم، شبيرا", "Mesilat Yesharim St., Shapira"
        ),
        "location": ("32.050500", "34.773400"),
        "renderings": 0,
        "flyer": True,
        "stages": [(t("הקמה", "إنشاء", "Construction"), -300, -45)],
        "meetings": [
            {
                "slug": "residents-meeting",
                "kind": MeetingKind.RESIDENTS,
                "days": -240,
                "protocol": True,
                "title": t(
                    "מפגש תושבים לתכנון הגינה",
                    "لقاء السكان لتخطيط الحديقة",
                    "Residents' meeting to plan the garden",
                ),
                "place": t(
                    "הספרייה השכונתית שפירא", "مكتبة حي شبيرا", "Shapira neighborhood library"
                ),
                "summary": t(
                    "התושבים בחרו את מיקום הערוגות ואת סוגי הצמחייה.",
                    "اختار السكان مواقع الأحواض وأنواع النباتات.",
                    "Residents chose where the beds go and what to plant.",
                ),
            },
            {
                "slug": "opening-round-table",
                "kind": MeetingKind.ROUND_TABLE,
                "days": -50,
                "cancelled": True,
                "title": t(
                    "שולחן עגול לקראת הפתיחה",
                    "طاولة مستديرة قبل الافتتاح",
                    "Round table before the opening",
                ),
                "place": t(
                    "הגינה הקהילתית שפירא", "الحديقة المجتمعية شبيرا", "Shapira community garden"
                ),
                "cancellation": t(
                    'בוטל בשל מזג האוויר; השאלות נענו בדוא"ל.',
                    "أُلغي بسبب الطقس؛ أُجيب عن الأسئلة بالبريد الإلكتروني.",
                    "Cancelled because of the weather; questions were answered by e-mail.",
                ),
            },
        ],
    },
    {
        "slug": "neve-sharett-sports-field",
        "unit": "engineering-coordination",
        "status": "planning",
        "neighborhoods": ["neve-sharett"],
        "title": t(
            "חידוש מגרש הספורט בנווה שרת",
            "تجديد الملعب الرياضي في نفيه شاريت",
            "Neve Sharett sports field renewal",
        ),
        "summary": t(
            "משטח סינתטי חדש, תאורה חסכונית וגדר היקפית למגרש השכונתי.",
            "أرضية اصطناعية جديدة وإنارة موفّرة وسياج محيطي للملعب الحيّ.",
            "A new synthetic surface, efficient lighting and a perimeter fence for the neighborhood field.",
        ),
        "address": t(
            "רחוב דבורה הנביאה, נווה שרת",
            "شارع دبورا هنفيئا، نفيه شاريت",
            "Dvora HaNevia St., Neve Sharett",
        ),
        "location": ("32.118800", "34.826100"),
        "renderings": 0,
        "flyer": False,
        "stages": [(t("תכנון", "تخطيط", "Planning"), -30, 150)],
        "meetings": [
            {
                "slug": "residents-meeting",
                "kind": MeetingKind.RESIDENTS,
                "days": 35,
                "title": t(
                    "מפגש תושבים על המגרש",
                    "لقاء السكان حول الملعب",
                    "Residents' meeting on the field",
                ),
                "place": t(
                    "מועדון הנוער נווה שרת", "نادي الشبيبة نفيه شاريت", "Neve Sharett youth club"
                ),
                "invitation": t(
                    "בואו לספר לנו מה חשוב לכם במגרש החדש.",
                    "تعالوا وأخبرونا بما يهمّكم في الملعب الجديد.",
                    "Come and tell us what matters to you in the new field.",
                ),
            },
        ],
    },
]


def _when(days, hour=18):
    today = timezone.localdate()
    moment = datetime.datetime.combine(today + datetime.timedelta(days=days), datetime.time(hour))
    return timezone.make_aware(moment)


def _document(project, kind, language_texts, seed_title):
    title = f"{project['title']['he']} – {seed_title}"
    paragraphs = [("he", title)] + [(lang, text) for lang, text in language_texts.items()]
    return demo_document(title, f"{project['slug']}-{kind}.pdf", paragraphs)


def _project_fields(data, language, images, documents):
    fields = {
        "title": data["title"][language],
        "summary": data["summary"][language],
        "address": data["address"][language],
        "description": [("paragraph", RichText(f"<p>{data['summary'][language]}</p>"))],
        "renderings": [
            (
                "rendering",
                {
                    "image": image,
                    "alt_text": t(
                        f"הדמיה {number} של {data['title']['he']}: רחוב עם בניינים, עצים ומדרכות רחבות",
                        f"تصوّر {number} لـ{data['title']['ar']}: شارع مع مبانٍ وأشجار وأرصفة واسعة",
                        f"Rendering {number} of {data['title']['en']}: a street with buildings, trees and wide pavements",
                    )[language],
                    "decorative": False,
                    "caption": t(f"הדמיה {number}", f"تصوّر {number}", f"Rendering {number}")[
                        language
                    ],
                },
            )
            for number, image in enumerate(images, start=1)
        ],
        "documents": [
            (
                "document",
                {
                    "document": document,
                    "title": t(
                        f"מינשר: {data['title']['he']}",
                        f"نشرة: {data['title']['ar']}",
                        f"Flyer: {data['title']['en']}",
                    )[language],
                    "kind": "flyer",
                    "language": "he",
                },
            )
            for document in documents
        ],
        "timeline": [
            (
                "stage",
                {
                    "title": title[language],
                    "start": timezone.localdate() + datetime.timedelta(days=start),
                    "end": timezone.localdate() + datetime.timedelta(days=end),
                },
            )
            for title, start, end in data["stages"]
        ],
        "updates": [],
    }
    if data.get("update"):
        title, text, days = data["update"]
        fields["updates"] = [
            (
                "update",
                {
                    "date": timezone.localdate() + datetime.timedelta(days=days),
                    "title": title[language],
                    "text": text[language],
                },
            )
        ]
    return fields


def _meeting_fields(meeting, language):
    fields = {
        "title": meeting["title"][language],
        "place": meeting["place"][language],
        "venue_accessibility": ACCESSIBLE_VENUE[language],
    }
    if meeting.get("invitation"):
        fields["invitation"] = f"<p>{meeting['invitation'][language]}</p>"
    if meeting.get("summary"):
        fields["summary"] = meeting["summary"][language]
    if meeting.get("cancellation"):
        fields["cancellation_note"] = meeting["cancellation"][language]
    return fields


def _add_meeting(project_page, project, meeting):
    start = _when(meeting["days"])
    documents = {}
    if meeting.get("protocol"):
        documents["protocol"] = _document(
            project,
            f"{meeting['slug']}-protocol",
            {
                lang: f"{meeting['title'][lang]}. {meeting['summary'][lang]}"
                for lang in ("he", "ar", "en")
            },
            "פרוטוקול",
        )
    if meeting.get("flyer"):
        documents["flyer"] = _document(
            project,
            f"{meeting['slug']}-flyer",
            {
                lang: f"{meeting['title'][lang]}. {meeting['invitation'][lang]}"
                for lang in ("he", "ar", "en")
            },
            "הזמנה",
        )
    page = add_child_page(
        project_page,
        MeetingPage(
            slug=meeting["slug"],
            unit=project_page.unit,
            kind=meeting["kind"],
            start=start,
            end=start + datetime.timedelta(hours=2),
            online_url="https://meet.tlv-hub.example/" + project["slug"]
            if meeting.get("online")
            else "",
            cancelled=bool(meeting.get("cancelled")),
            **documents,
            **_meeting_fields(meeting, SOURCE_LANGUAGE),
        ),
    )
    translate(page, {lang: _meeting_fields(meeting, lang) for lang in TARGET_LANGUAGES})


@step(50)
def projects():
    coordination = unit("engineering-coordination")
    index = add_section(
        home_page(), ProjectIndexPage, "projects", INDEX, show_in_menus=True, unit=coordination
    )
    for number, data in enumerate(PROJECTS):
        if child_page(index, data["slug"]) is not None:
            continue
        owner = unit(data["unit"])
        collection = unit_collection(owner)
        images = [
            demo_image(
                f"{data['title']['he']} – הדמיה {n}", seed=100 * number + n, collection=collection
            )
            for n in range(1, data["renderings"] + 1)
        ]
        documents = []
        if data["flyer"]:
            documents.append(
                _document(
                    data,
                    "flyer",
                    {
                        lang: f"{data['title'][lang]}. {data['summary'][lang]}"
                        for lang in ("he", "ar", "en")
                    },
                    "מינשר",
                )
            )
        latitude, longitude = data["location"]
        project = ProjectPage(
            slug=data["slug"],
            unit=owner,
            status=data["status"],
            latitude=latitude,
            longitude=longitude,
            contact_phone="03-724-1111",
            contact_email=f"{data['slug']}@tlv-hub.example",
            **_project_fields(data, SOURCE_LANGUAGE, images, documents),
        )
        for slug in data["neighborhoods"]:
            neighborhood = NeighborhoodPage.objects.get(
                slug=slug, locale__language_code=SOURCE_LANGUAGE
            )
            project.neighborhood_links.add(ProjectNeighborhood(neighborhood=neighborhood))
        project = add_child_page(index, project)
        translate(
            project,
            {lang: _project_fields(data, lang, images, documents) for lang in TARGET_LANGUAGES},
        )
        for meeting in data["meetings"]:
            _add_meeting(project, data, meeting)
