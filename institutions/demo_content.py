"""Demo institutions of the community, youth and sport division in several neighborhoods, with
photos drawn by code, opening hours and holiday exceptions, activities, club benefits, facility
upgrades and events inside and outside their buildings, including the Jaffa holiday events.
Some institutions deliberately fall short of the work-plan targets (two benefits, two events in
the community space, an open Beit Am) so the report has something to show."""

import datetime

from django.utils import timezone

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
from hub.demo.media import demo_image
from hub.demo_content import unit
from hub.models import NeighborhoodPage
from hub.permissions import unit_collection

from .models import (
    HoursException,
    InstitutionEventPage,
    InstitutionIndexPage,
    InstitutionPage,
    OpeningHours,
)

INDEX = {
    "title": t(
        "מוסדות קהילה, נוער וספורט",
        "مؤسسات المجتمع والشبيبة والرياضة",
        "Community, youth and sport",
    ),
    "intro": t(
        "מרכזים קהילתיים, מועדוני נוער, קאנטרי, מתקני ספורט ומוסדות תרבות בכל שכונות העיר: שעות פתיחה, חוגים, הטבות דיגיתל ואירועים.",
        "مراكز جماهيرية ونوادي شبيبة ونادٍ رياضي ومنشآت رياضية ومؤسسات ثقافية في جميع أحياء المدينة: ساعات العمل والدورات وامتيازات ديجيتل والفعاليات.",
        "Community centers, youth clubs, a country club, sport facilities and culture institutions in every neighborhood: opening hours, courses, Digitel benefits and events.",
    ),
}

ACCESSIBLE = t(
    "כניסה ללא מדרגות, מעלית, שירותי נכים ולולאת השראה באולם.",
    "مدخل بدون درج، مصعد، مراحيض ملائمة ودائرة حثّ سمعية في القاعة.",
    "Step-free entrance, lift, accessible toilet and a hearing loop in the hall.",
)

# Weekly hours: (weekdays, opens, closes); Sunday = 0. A closing time before the opening time
# runs past midnight.
COMMUNITY_HOURS = [((0, 1, 2, 3, 4), "08:00", "22:00"), ((5,), "08:00", "13:00")]
YOUTH_HOURS = [((0, 1, 2, 3), "16:00", "22:00"), ((4,), "16:00", "23:30"), ((5,), "20:00", "01:00")]
COUNTRY_HOURS = [
    ((0, 1, 2, 3, 4), "06:00", "22:00"),
    ((5,), "06:00", "19:00"),
    ((6,), "07:00", "19:00"),
]
SPORT_HOURS = [((0, 1, 2, 3, 4, 5), "06:00", "23:00"), ((6,), "08:00", "18:00")]
CULTURE_HOURS = [
    ((0, 1, 2, 3, 4), "09:00", "21:00"),
    ((5,), "09:00", "14:00"),
    ((6,), "10:00", "14:00"),
]

CHILDREN_CLUB = {
    "title": t("חוג רובוטיקה", "دورة روبوتيكا", "Robotics club"),
    "description": t(
        "בנייה ותכנות של רובוטים.", "بناء وبرمجة الروبوتات.", "Building and programming robots."
    ),
    "audiences": ["children"],
    "language": "he",
    "schedule": t("ימי ב', 16:30–18:00", "أيام الاثنين، 16:30–18:00", "Mondays, 16:30–18:00"),
}
SENIORS_CLUB = {
    "title": t("מועדון גיל הזהב", "نادي المسنين", "Seniors' club"),
    "description": t(
        "הרצאות, התעמלות ומפגש חברתי.",
        "محاضرات ورياضة ولقاء اجتماعي.",
        "Talks, exercise and company.",
    ),
    "audiences": ["seniors"],
    "language": "mixed",
    "schedule": t(
        "ימי א' וד', 10:00–12:00",
        "أيام الأحد والأربعاء، 10:00–12:00",
        "Sundays and Wednesdays, 10:00–12:00",
    ),
}
DIGITEL_DISCOUNT = {
    "title": t("20% הנחה בחוגים", "خصم 20% على الدورات", "20% off courses"),
    "description": t(
        "הנחה לחברי דיגיתל על כל חוגי הערב.",
        "خصم لأعضاء ديجيتل على جميع دورات المساء.",
        "A discount for Digitel members on every evening course.",
    ),
    "conditions": t(
        "בהצגת כרטיס דיגיתל; לא כפל מבצעים.",
        "عند إبراز بطاقة ديجيتل؛ لا يُجمع مع عروض أخرى.",
        "Show your Digitel card; not with other offers.",
    ),
}
FREE_TRIAL = {
    "title": t("שיעור ניסיון חינם", "درس تجريبي مجاني", "A free trial class"),
    "description": t(
        "שיעור ראשון בכל חוג ללא תשלום.",
        "الدرس الأول في كل دورة بدون مقابل.",
        "The first class of any course at no charge.",
    ),
    "conditions": t(
        "בהרשמה מראש באתר דיגיתל.",
        "بالتسجيل المسبق في موقع ديجيتل.",
        "Book ahead on the Digitel site.",
    ),
}


def event(
    slug,
    days,
    hours,
    title,
    description,
    outside=False,
    place=None,
    audiences=(),
    price=None,
    holiday="",
    unit_code=None,
    start_hour=18,
):
    return {
        "slug": slug,
        "days": days,
        "hours": hours,
        "title": title,
        "description": description,
        "outside": outside,
        "place": place,
        "audiences": list(audiences),
        "price": price,
        "holiday": holiday,
        "unit": unit_code,
        "start_hour": start_hour,
    }


INSTITUTIONS = [
    {
        "slug": "jaffa-d-community-center",
        "unit": "community-centers",
        "kind": "community_center",
        "neighborhood": "jaffa-d",
        "location": ("32.040600", "34.762100"),
        "title": t("המרכז הקהילתי יפו ד'", "المركز الجماهيري يافا د", "Jaffa D community center"),
        "summary": t(
            "בית לכל תושבי יפו ד': חוגים לילדים, מועדון גיל הזהב, תרבות בשתי שפות ובית עם פתוח.",
            "بيت لجميع سكان يافا د: دورات للأطفال ونادي المسنين وثقافة بلغتين وبيت شعب مفتوح.",
            "A home for every resident of Jaffa D: children's courses, a seniors' club, culture in two languages and an open Beit Am.",
        ),
        "address": t(
            "שדרות ירושלים 150, יפו", "جادة القدس 150، يافا", "150 Jerusalem Blvd., Jaffa"
        ),
        "hours": COMMUNITY_HOURS,
        "beit_am": t(
            "ימים א'–ה', 16:00–20:00.",
            "أيام الأحد–الخميس، 16:00–20:00.",
            "Sunday to Thursday, 16:00–20:00.",
        ),
        "activities": [
            CHILDREN_CLUB,
            SENIORS_CLUB,
            {
                "title": t("חוג ערבית מדוברת", "دورة عربية محكية", "Spoken Arabic course"),
                "description": t(
                    "שיחה בערבית למתחילים.",
                    "محادثة بالعربية للمبتدئين.",
                    "Conversation for beginners.",
                ),
                "audiences": ["adults"],
                "language": "ar",
                "schedule": t(
                    "ימי ג', 19:00–20:30", "أيام الثلاثاء، 19:00–20:30", "Tuesdays, 19:00–20:30"
                ),
            },
        ],
        "benefits": [DIGITEL_DISCOUNT, FREE_TRIAL],
        "upgrades": [
            (
                t("שיפוץ אולם הספורט", "ترميم قاعة الرياضة", "Sports hall renovation"),
                "construction",
                2026,
            ),
            (t("מרחב לימוד לנוער", "حيّز تعلّم للشبيبة", "Study space for youth"), "opened", 2025),
        ],
        "exceptions": [(12, "holiday", "hanukkah", "10:00", "14:00")],
        "events": [
            event(
                "ramadan-iftar",
                80,
                3,
                t("איפטאר קהילתי בכיכר", "إفطار جماعي في الساحة", "Community iftar in the square"),
                t(
                    "ארוחת שבירת הצום המשותפת לשכונה, פתוחה לכולם.",
                    "مائدة إفطار مشتركة للحي، مفتوحة للجميع.",
                    "The neighborhood's shared fast-breaking meal, open to all.",
                ),
                outside=True,
                place=t("כיכר השעון", "ساحة الساعة", "Clock Tower Square"),
                holiday="ramadan",
                unit_code="jaffa-administration",
                start_hour=17,
            ),
            event(
                "eid-al-fitr-festival",
                110,
                4,
                t(
                    "חגיגת עיד אל-פיטר לילדים",
                    "احتفال عيد الفطر للأطفال",
                    "Eid al-Fitr children's festival",
                ),
                t(
                    "מתנפחים, הופעות ומתנות לילדי השכונה.",
                    "ألعاب نفخ وعروض وهدايا لأطفال الحي.",
                    "Bouncy castles, shows and gifts for the neighborhood's children.",
                ),
                outside=True,
                place=t("גן השניים", "حديقة الاثنين", "HaShnayim Garden"),
                audiences=["children", "families"],
                holiday="eid_al_fitr",
                unit_code="jaffa-administration",
                start_hour=10,
            ),
            event(
                "independence-day",
                170,
                4,
                t(
                    "ערב יום העצמאות השכונתי",
                    "أمسية يوم الاستقلال في الحي",
                    "Neighborhood Independence Day evening",
                ),
                t(
                    "הופעות ומופע זיקוקים בגן השכונתי.",
                    "عروض وألعاب نارية في حديقة الحي.",
                    "Performances and fireworks in the neighborhood park.",
                ),
                outside=True,
                place=t("פארק צ'ארלס קלור", "منتزه تشارلز كلور", "Charles Clore Park"),
                audiences=["families"],
                holiday="independence_day",
                unit_code="jaffa-administration",
                start_hour=19,
            ),
            event(
                "simchat-torah",
                -49,
                3,
                t(
                    "הקפות שניות בשכונה",
                    "الهقافوت الثانية في الحي",
                    "Second hakafot in the neighborhood",
                ),
                t(
                    "ריקודים עם ספרי התורה ברחבת המרכז.",
                    "رقص مع أسفار التوراة في ساحة المركز.",
                    "Dancing with the Torah scrolls on the center's plaza.",
                ),
                outside=True,
                place=t(
                    "רחבת המרכז הקהילתי", "ساحة المركز الجماهيري", "The community center's plaza"
                ),
                holiday="simchat_torah",
                unit_code="jaffa-administration",
                start_hour=20,
            ),
            event(
                "arabic-poetry-evening",
                6,
                2,
                t(
                    "ערב שירה בערבית ובעברית",
                    "أمسية شعر بالعربية والعبرية",
                    "Poetry evening in Arabic and Hebrew",
                ),
                t(
                    "משוררות ומשוררים מיפו קוראים משיריהם.",
                    "شاعرات وشعراء من يافا يقرؤون من قصائدهم.",
                    "Jaffa poets read their work.",
                ),
                audiences=["adults"],
                price="20",
            ),
        ],
    },
    {
        "slug": "ajami-community-center",
        "unit": "community-centers",
        "kind": "community_center",
        "neighborhood": "ajami",
        "location": ("32.049500", "34.750600"),
        "title": t("המרכז הקהילתי עג'מי", "المركز الجماهيري العجمي", "Ajami community center"),
        "summary": t(
            "מרכז קהילתי דו-לשוני מול הים: חוגים, מועדוני נוער ואירועי חג לכל הקהילות.",
            "مركز جماهيري ثنائي اللغة مقابل البحر: دورات ونوادي شبيبة وفعاليات أعياد لجميع المجتمعات.",
            "A bilingual community center by the sea: courses, youth clubs and holiday events for every community.",
        ),
        "address": t("רחוב יפת 120, יפו", "شارع يافت 120، يافا", "120 Yefet St., Jaffa"),
        "hours": COMMUNITY_HOURS,
        "beit_am": None,
        "activities": [
            CHILDREN_CLUB,
            {
                "title": t("להקת דבקה לנוער", "فرقة دبكة للشبيبة", "Youth dabke troupe"),
                "description": t(
                    "ריקוד עם ערבי מסורתי.", "رقص شعبي عربي تقليدي.", "Traditional Arab folk dance."
                ),
                "audiences": ["youth"],
                "language": "ar",
                "schedule": t(
                    "ימי ד', 17:00–19:00", "أيام الأربعاء، 17:00–19:00", "Wednesdays, 17:00–19:00"
                ),
            },
        ],
        "benefits": [FREE_TRIAL],
        "upgrades": [
            (t("מגרש משחקים מונגש", "ملعب ألعاب مُتاح", "Accessible playground"), "design", 2027),
        ],
        "exceptions": [(33, "holiday", "christmas", None, None)],
        "events": [
            event(
                "christmas-lights",
                31,
                3,
                t("הדלקת אורות חג המולד", "إضاءة أنوار عيد الميلاد", "Christmas lights evening"),
                t(
                    "מקהלה, שוק חג ואורות ברחוב.",
                    "جوقة وسوق العيد وأضواء في الشارع.",
                    "A choir, a holiday market and lights in the street.",
                ),
                outside=True,
                place=t("רחוב יפת", "شارع يافت", "Yefet Street"),
                audiences=["families"],
                holiday="christmas",
                unit_code="jaffa-administration",
                start_hour=18,
            ),
            event(
                "shavuot",
                200,
                3,
                t(
                    "חג שבועות: יריד ביכורים",
                    "عيد الأسابيع: سوق البواكير",
                    "Shavuot first-fruits fair",
                ),
                t(
                    "יריד תוצרת מקומית ופעילות לילדים.",
                    "سوق منتجات محلية وفعاليات للأطفال.",
                    "A local produce fair and activities for children.",
                ),
                audiences=["families"],
                holiday="shavuot",
                unit_code="jaffa-administration",
                start_hour=10,
            ),
            event(
                "sudan-memorial",
                -190,
                2,
                t(
                    "טקס לזכר הנספים בדרכם לארץ דרך סודן",
                    "مراسم لذكرى من قضوا في طريقهم إلى البلاد عبر السودان",
                    "Memorial for those who perished on the way through Sudan",
                ),
                t(
                    "טקס זיכרון קהילתי בשיתוף יוצאי אתיופיה ביפו.",
                    "مراسم تذكارية مجتمعية بمشاركة يهود إثيوبيا في يافا.",
                    "A community memorial with Jaffa's Ethiopian-Israeli residents.",
                ),
                holiday="sudan_memorial",
                unit_code="jaffa-administration",
                start_hour=18,
            ),
        ],
    },
    {
        "slug": "hatikva-community-center",
        "unit": "community-centers",
        "kind": "community_center",
        "neighborhood": "hatikva",
        "location": ("32.052900", "34.786300"),
        "title": t("המרכז הקהילתי התקווה", "المركز الجماهيري هتكفا", "HaTikva community center"),
        "summary": t(
            "מרכז קהילתי ותיק בלב שכונת התקווה, עם בית עם פתוח ופעילות ענפה במרחב הציבורי.",
            "مركز جماهيري عريق في قلب حي هتكفا، مع بيت شعب مفتوح ونشاط واسع في الحيّز العام.",
            "A long-standing community center in the heart of HaTikva, with an open Beit Am and plenty of activity in public space.",
        ),
        "address": t(
            'רחוב האצ"ל 40, שכונת התקווה', "شارع هإيتسل 40، حي هتكفا", "40 HaEtzel St., HaTikva"
        ),
        "hours": COMMUNITY_HOURS,
        "beit_am": t(
            "ימים א'–ה', 17:00–21:00.",
            "أيام الأحد–الخميس، 17:00–21:00.",
            "Sunday to Thursday, 17:00–21:00.",
        ),
        "activities": [SENIORS_CLUB, CHILDREN_CLUB],
        "benefits": [DIGITEL_DISCOUNT, FREE_TRIAL],
        "upgrades": [
            (
                t("חידוש הספרייה הקהילתית", "تجديد المكتبة المجتمعية", "Community library renewal"),
                "opened",
                2026,
            )
        ],
        "exceptions": [],
        "events": [
            event(
                "sigd",
                -4,
                3,
                t("חג הסיגד בשכונה", "عيد السيغد في الحي", "Sigd in the neighborhood"),
                t(
                    "תפילה, מוזיקה אתיופית ומאכלי חג בגן הציבורי.",
                    "صلاة وموسيقى إثيوبية وأطعمة العيد في الحديقة العامة.",
                    "Prayer, Ethiopian music and holiday food in the public garden.",
                ),
                outside=True,
                place=t("גן התקווה", "حديقة هتكفا", "HaTikva garden"),
                holiday="sigd",
                unit_code="jaffa-administration",
                start_hour=10,
            ),
            event(
                "street-market-evening",
                18,
                3,
                t(
                    "ערב שוק ומוזיקה ברחוב",
                    "أمسية سوق وموسيقى في الشارع",
                    "Market and music street evening",
                ),
                t(
                    "דוכנים של תושבים והופעה חיה.",
                    "أكشاك للسكان وعرض حيّ.",
                    "Residents' stalls and live music.",
                ),
                outside=True,
                place=t("רחוב התקווה", "شارع هتكفا", "HaTikva Street"),
                start_hour=19,
            ),
        ],
    },
    {
        "slug": "neve-sharett-youth-club",
        "unit": "community-youth-sport",
        "kind": "youth_club",
        "neighborhood": "neve-sharett",
        "location": ("32.118000", "34.826800"),
        "title": t("מועדון הנוער נווה שרת", "نادي الشبيبة نفيه شاريت", "Neve Sharett youth club"),
        "summary": t(
            "מקום לבני נוער אחרי הלימודים: סטודיו למוזיקה, משחקים, ליווי בלימודים ולילות שישי פתוחים.",
            "مكان للشبيبة بعد المدرسة: استوديو موسيقى وألعاب ومرافقة دراسية وليالي جمعة مفتوحة.",
            "A place for teenagers after school: a music studio, games, homework help and open Friday nights.",
        ),
        "address": t(
            "רחוב דבורה הנביאה 12, נווה שרת",
            "شارع دبورا هنفيئا 12، نفيه شاريت",
            "12 Dvora HaNevia St., Neve Sharett",
        ),
        "hours": YOUTH_HOURS,
        "beit_am": None,
        "activities": [
            {
                "title": t("סטודיו להקלטות", "استوديو تسجيل", "Recording studio"),
                "description": t(
                    "הפקה מוזיקלית בליווי מדריך.",
                    "إنتاج موسيقي بمرافقة مرشد.",
                    "Music production with a guide.",
                ),
                "audiences": ["youth"],
                "language": "he",
                "schedule": t(
                    "ימי א'–ה', 16:00–22:00",
                    "الأحد–الخميس، 16:00–22:00",
                    "Sunday to Thursday, 16:00–22:00",
                ),
            }
        ],
        "benefits": [FREE_TRIAL, DIGITEL_DISCOUNT],
        "upgrades": [],
        "exceptions": [],
        "events": [
            event(
                "open-mic",
                9,
                3,
                t("ערב במה פתוחה", "أمسية منصة مفتوحة", "Open mic night"),
                t(
                    "בני נוער מופיעים על הבמה של המועדון.",
                    "الشبيبة يقدّمون عروضهم على منصة النادي.",
                    "Teenagers take the club's stage.",
                ),
                audiences=["youth"],
                start_hour=20,
            ),
        ],
    },
    {
        "slug": "ramat-aviv-country-club",
        "unit": "community-youth-sport",
        "kind": "country_club",
        "neighborhood": "ramat-aviv",
        "location": ("32.114200", "34.797000"),
        "title": t(
            "הקאנטרי העירוני רמת אביב",
            "النادي الرياضي البلدي رمات أفيف",
            "Ramat Aviv municipal country club",
        ),
        "summary": t(
            "בריכה מקורה, חדר כושר וחוגי שחייה לכל הגילים, פתוח גם בשבת.",
            "مسبح مغطّى وصالة لياقة ودورات سباحة لجميع الأعمار، مفتوح يوم السبت أيضاً.",
            "An indoor pool, a gym and swimming lessons for every age, open on Saturdays too.",
        ),
        "address": t(
            "רחוב איינשטיין 50, רמת אביב",
            "شارع أينشتاين 50، رمات أفيف",
            "50 Einstein St., Ramat Aviv",
        ),
        "hours": COUNTRY_HOURS,
        "beit_am": None,
        "activities": [
            {
                "title": t(
                    "שחייה לפעוטות ולהורים",
                    "سباحة للأطفال الصغار والأهل",
                    "Swimming for toddlers and parents",
                ),
                "description": t(
                    "היכרות עם המים בליווי הורה.",
                    "التعرّف على الماء بمرافقة أحد الوالدين.",
                    "Getting used to water with a parent.",
                ),
                "audiences": ["children", "families"],
                "language": "he",
                "schedule": t(
                    "ימי ו', 09:00–10:00", "أيام الجمعة، 09:00–10:00", "Fridays, 09:00–10:00"
                ),
            },
            {
                "title": t(
                    "הידרותרפיה לגיל השלישי", "علاج مائي لكبار السن", "Hydrotherapy for seniors"
                ),
                "description": t(
                    "תרגול עדין במים חמים.",
                    "تمارين لطيفة في مياه دافئة.",
                    "Gentle exercise in warm water.",
                ),
                "audiences": ["seniors"],
                "language": "mixed",
                "schedule": t(
                    "ימי ב' וה', 08:00–09:00",
                    "أيام الاثنين والخميس، 08:00–09:00",
                    "Mondays and Thursdays, 08:00–09:00",
                ),
            },
        ],
        "benefits": [
            DIGITEL_DISCOUNT,
            FREE_TRIAL,
            {
                "title": t(
                    "כניסה חינם לבני 80 ומעלה",
                    "دخول مجاني لمن بلغ 80 فما فوق",
                    "Free entry from age 80",
                ),
                "description": t(
                    "כניסה יומית לבריכה ללא תשלום.",
                    "دخول يومي إلى المسبح بدون مقابل.",
                    "Daily pool entry at no charge.",
                ),
                "conditions": t(
                    "בהצגת תעודה מזהה.", "عند إبراز بطاقة الهوية.", "Show an identity card."
                ),
            },
        ],
        "upgrades": [
            (
                t("קירוי הבריכה הפתוחה", "تسقيف المسبح المكشوف", "Roofing the open-air pool"),
                "planned",
                2028,
            )
        ],
        "exceptions": [(3, "maintenance", "", None, None)],
        "events": [
            event(
                "family-sport-day",
                20,
                5,
                t(
                    "יום ספורט משפחתי בפארק",
                    "يوم رياضي عائلي في المنتزه",
                    "Family sport day in the park",
                ),
                t(
                    "מקצי ריצה, יוגה ומשחקים לכל המשפחה.",
                    "سباقات جري ويوغا وألعاب لكل العائلة.",
                    "Fun runs, yoga and games for the whole family.",
                ),
                outside=True,
                place=t(
                    "פארק הירקון, מגרש הכדורגל",
                    "منتزه اليركون، ملعب كرة القدم",
                    "Yarkon Park, football field",
                ),
                audiences=["families", "children"],
                start_hour=9,
            ),
            event(
                "swimming-gala",
                -20,
                3,
                t("תחרות שחייה עירונית", "مسابقة سباحة بلدية", "City swimming gala"),
                t(
                    "תחרות לבני נוער בבריכה המקורה.",
                    "مسابقة للشبيبة في المسبح المغطّى.",
                    "A youth competition in the indoor pool.",
                ),
                audiences=["youth"],
                start_hour=16,
            ),
            event(
                "night-swim",
                15,
                2,
                t("שחיית לילה במוזיקה", "سباحة ليلية مع موسيقى", "Night swim with music"),
                t(
                    "הבריכה פתוחה בערב עם די-ג'יי.",
                    "المسبح مفتوح مساءً مع دي جي.",
                    "The pool opens in the evening with a DJ.",
                ),
                audiences=["adults"],
                price="35",
                start_hour=21,
            ),
        ],
    },
    {
        "slug": "yad-eliyahu-sports-center",
        "unit": "community-youth-sport",
        "kind": "sport",
        "neighborhood": "yad-eliyahu",
        "location": ("32.057100", "34.792300"),
        "title": t(
            "מרכז הספורט השכונתי יד אליהו",
            "المركز الرياضي الحيّ يد إلياهو",
            "Yad Eliyahu neighborhood sports center",
        ),
        "summary": t(
            "אולם ספורט, מגרשים ומסלול ריצה לקבוצות ולתושבים, עם שדרוגים בתכנון ובביצוע.",
            "قاعة رياضية وملاعب ومسار جري للفرق والسكان، مع تحسينات قيد التخطيط والتنفيذ.",
            "A sports hall, pitches and a running track for teams and residents, with upgrades in design and under way.",
        ),
        "address": t(
            "רחוב יגאל אלון 51, יד אליהו",
            "شارع يغئال ألون 51، يد إلياهو",
            "51 Yigal Alon St., Yad Eliyahu",
        ),
        "hours": SPORT_HOURS,
        "beit_am": None,
        "activities": [
            {
                "title": t(
                    "ליגת כדורסל שכונתית", "دوري كرة سلة للحي", "Neighborhood basketball league"
                ),
                "description": t(
                    "קבוצות לנערים ולנערות.", "فرق للفتيان والفتيات.", "Teams for boys and girls."
                ),
                "audiences": ["youth"],
                "language": "he",
                "schedule": t(
                    "ימי ג' וה', 18:00–20:00",
                    "أيام الثلاثاء والخميس، 18:00–20:00",
                    "Tuesdays and Thursdays, 18:00–20:00",
                ),
            }
        ],
        "benefits": [DIGITEL_DISCOUNT],
        "upgrades": [
            (t("מגרש סינתטי חדש", "ملعب اصطناعي جديد", "New synthetic pitch"), "design", 2027),
            (
                t("תאורת לד במגרשים", "إنارة LED في الملاعب", "LED lighting on the pitches"),
                "opened",
                2025,
            ),
            (
                t("חדר כושר פתוח לציבור", "صالة لياقة مفتوحة للجمهور", "Gym open to the public"),
                "planned",
                2028,
            ),
            (t("הנגשת היציע", "إتاحة المدرّج", "Making the stand accessible"), "construction", 2026),
        ],
        "exceptions": [],
        "events": [
            event(
                "night-run",
                26,
                2,
                t(
                    'מרוץ לילה שכונתי 5 ק"מ',
                    "سباق ليلي في الحي 5 كم",
                    "Neighborhood 5 km night run",
                ),
                t(
                    "מרוץ עממי ברחובות השכונה.",
                    "سباق شعبي في شوارع الحي.",
                    "A fun run through the neighborhood's streets.",
                ),
                outside=True,
                place=t(
                    "יציאה מכיכר המרכז", "الانطلاق من ساحة المركز", "Start at the center's square"
                ),
                audiences=["adults", "youth"],
                start_hour=20,
            ),
            event(
                "street-basketball",
                -10,
                3,
                t("טורניר כדורסל רחוב", "بطولة كرة سلة الشارع", "Street basketball tournament"),
                t(
                    "שלוש על שלוש במגרשי השכונה.",
                    "ثلاثة ضد ثلاثة في ملاعب الحي.",
                    "Three-on-three on the neighborhood courts.",
                ),
                outside=True,
                place=t("גן יד אליהו", "حديقة يد إلياهو", "Yad Eliyahu garden"),
                audiences=["youth"],
                start_hour=17,
            ),
        ],
    },
    {
        "slug": "florentin-culture-house",
        "unit": "community-youth-sport",
        "kind": "culture",
        "neighborhood": "florentin",
        "location": ("32.056400", "34.769800"),
        "title": t("בית התרבות פלורנטין", "بيت الثقافة فلورنتين", "Florentin culture house"),
        "summary": t(
            "אולם מופעים קטן, גלריה וסדנאות אמנות, עם תיאטרון רחוב ברחובות השכונה.",
            "قاعة عروض صغيرة ومعرض وورشات فنية، مع مسرح شارع في شوارع الحي.",
            "A small performance hall, a gallery and art workshops, with street theatre in the neighborhood.",
        ),
        "address": t(
            "רחוב פלורנטין 30, פלורנטין",
            "شارع فلورنتين 30، فلورنتين",
            "30 Florentin St., Florentin",
        ),
        "hours": CULTURE_HOURS,
        "beit_am": t(
            "ימי שישי, 10:00–13:00: קפה ועיתונים לכל תושב.",
            "أيام الجمعة، 10:00–13:00: قهوة وصحف لكل مقيم.",
            "Fridays, 10:00–13:00: coffee and newspapers for every resident.",
        ),
        "activities": [
            {
                "title": t("סדנת קרמיקה", "ورشة خزف", "Ceramics workshop"),
                "description": t(
                    "עבודה באובניים ובבנייה ידנית.",
                    "العمل على الدولاب والتشكيل اليدوي.",
                    "Wheel throwing and hand building.",
                ),
                "audiences": ["adults", "seniors"],
                "language": "he",
                "schedule": t(
                    "ימי ד', 19:00–21:00", "أيام الأربعاء، 19:00–21:00", "Wednesdays, 19:00–21:00"
                ),
            }
        ],
        "benefits": [DIGITEL_DISCOUNT, FREE_TRIAL],
        "upgrades": [
            (t("מערכת הגברה לאולם", "نظام صوت للقاعة", "Sound system for the hall"), "opened", 2026)
        ],
        "exceptions": [],
        "events": [
            event(
                "street-theatre",
                12,
                2,
                t("תיאטרון רחוב בפלורנטין", "مسرح شارع في فلورنتين", "Street theatre in Florentin"),
                t(
                    "הצגה לכל המשפחה בכיכר השכונה.",
                    "عرض لكل العائلة في ساحة الحي.",
                    "A show for the whole family in the neighborhood square.",
                ),
                outside=True,
                place=t("כיכר פלורנטין", "ساحة فلورنتين", "Florentin square"),
                audiences=["families"],
                price="30",
                start_hour=17,
            ),
            event(
                "chamber-concert",
                5,
                2,
                t("קונצרט קאמרי", "حفل موسيقى الحجرة", "Chamber concert"),
                t(
                    "רביעיית מיתרים מנגנת מוצרט ופרוקופייב.",
                    "رباعي وتري يعزف موتسارت وبروكوفييف.",
                    "A string quartet plays Mozart and Prokofiev.",
                ),
                audiences=["adults", "seniors"],
                price="40",
                start_hour=20,
            ),
            event(
                "gallery-opening",
                -30,
                2,
                t(
                    "פתיחת תערוכה: אנשי השכונה",
                    "افتتاح معرض: أهل الحي",
                    "Exhibition opening: people of the neighborhood",
                ),
                t(
                    "צילומים של תושבי פלורנטין.",
                    "صور لسكان فلورنتين.",
                    "Photographs of Florentin's residents.",
                ),
                start_hour=19,
            ),
            event(
                "mural-day",
                40,
                4,
                t("יום ציור קיר קהילתי", "يوم رسم جداري مجتمعي", "Community mural day"),
                t(
                    "מציירים יחד את קיר הגן הציבורי.",
                    "نرسم معاً جدار الحديقة العامة.",
                    "Painting the public garden's wall together.",
                ),
                outside=True,
                place=t("גן העלייה השנייה", "حديقة الهجرة الثانية", "HaAliya HaShniya garden"),
                audiences=["families", "youth"],
                start_hour=10,
            ),
        ],
    },
]


def _time(value):
    return datetime.time.fromisoformat(value) if value else None


def _moment(days, hour):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def _institution_fields(data, language, images):
    fields = {
        "title": data["title"][language],
        "summary": data["summary"][language],
        "address": data["address"][language],
        "photos": [
            (
                "photo",
                {
                    "image": image,
                    "alt_text": t(
                        f"{data['title']['he']}: חזית הבניין, עצים ואנשים בכניסה",
                        f"{data['title']['ar']}: واجهة المبنى وأشجار وأشخاص عند المدخل",
                        f"{data['title']['en']}: the front of the building, trees and people at the entrance",
                    )[language],
                    "decorative": False,
                    "caption": "",
                },
            )
            for image in images
        ],
        "accessibility": ACCESSIBLE[language],
        "beit_am_hours": data["beit_am"][language] if data["beit_am"] else "",
        "activities": [
            (
                "activity",
                {
                    "title": activity["title"][language],
                    "description": activity["description"][language],
                    "audiences": activity["audiences"],
                    "language": activity["language"],
                    "schedule": activity["schedule"][language],
                },
            )
            for activity in data["activities"]
        ],
        "benefits": [
            (
                "benefit",
                {
                    "title": benefit["title"][language],
                    "description": benefit["description"][language],
                    "conditions": benefit["conditions"][language],
                    "valid_from": timezone.localdate() - datetime.timedelta(days=60),
                    "valid_to": timezone.localdate() + datetime.timedelta(days=300),
                },
            )
            for benefit in data["benefits"]
        ],
        "upgrades": [
            ("upgrade", {"what": what[language], "status": status, "year": year})
            for what, status, year in data["upgrades"]
        ],
    }
    return fields


def _event_fields(item, language):
    return {
        "title": item["title"][language],
        "description": item["description"][language],
        "place": item["place"][language] if item["place"] else "",
    }


def _add_events(institution, data):
    for item in data["events"]:
        start = _moment(item["days"], item["start_hour"])
        page = add_child_page(
            institution,
            InstitutionEventPage(
                slug=item["slug"],
                unit=unit(item["unit"]) if item["unit"] else institution.unit,
                start=start,
                end=start + datetime.timedelta(hours=item["hours"]),
                setting="community_space" if item["outside"] else "inside",
                audiences=item["audiences"],
                free=item["price"] is None,
                price=item["price"],
                holiday=item["holiday"],
                **_event_fields(item, SOURCE_LANGUAGE),
            ),
        )
        translate(page, {lang: _event_fields(item, lang) for lang in TARGET_LANGUAGES})


@step(55)
def institutions():
    index = add_section(
        home_page(),
        InstitutionIndexPage,
        "institutions",
        INDEX,
        show_in_menus=True,
        unit=unit("community-youth-sport"),
    )
    for number, data in enumerate(INSTITUTIONS):
        if child_page(index, data["slug"]) is not None:
            continue
        owner = unit(data["unit"])
        image = demo_image(
            data["title"]["he"], seed=700 + number, collection=unit_collection(owner)
        )
        latitude, longitude = data["location"]
        institution = InstitutionPage(
            slug=data["slug"],
            unit=owner,
            kind=data["kind"],
            neighborhood=NeighborhoodPage.objects.get(
                slug=data["neighborhood"], locale__language_code=SOURCE_LANGUAGE
            ),
            latitude=latitude,
            longitude=longitude,
            phone="03-724-1111",
            email=f"{data['slug']}@tlv-hub.example",
            open_beit_am=bool(data["beit_am"]),
            **_institution_fields(data, SOURCE_LANGUAGE, [image]),
        )
        for weekdays, opens, closes in data["hours"]:
            for weekday in weekdays:
                institution.opening_hours.add(
                    OpeningHours(weekday=weekday, opens=_time(opens), closes=_time(closes))
                )
        for days, reason, holiday, opens, closes in data["exceptions"]:
            institution.hours_exceptions.add(
                HoursException(
                    date=timezone.localdate() + datetime.timedelta(days=days),
                    reason=reason,
                    holiday=holiday,
                    closed=opens is None,
                    opens=_time(opens),
                    closes=_time(closes),
                )
            )
        institution = add_child_page(index, institution)
        translate(
            institution,
            {lang: _institution_fields(data, lang, [image]) for lang in TARGET_LANGUAGES},
        )
        _add_events(institution, data)
