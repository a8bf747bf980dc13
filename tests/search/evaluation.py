"""The project's own search evaluation set: municipal pages in Hebrew, Arabic and English, the
queries residents type for them, and the queries that must not bring a page up.

Data only; tests/search/test_evaluation.py builds the pages and measures the engine on them,
bench/search_eval.py compares the databases.

- PAGES: per language, pages with a stable key (also their slug), a title, a one-sentence
  summary (the page's introduction) and a body of a few sentences.
- FINDS: (category, query, key): the page a resident typing the query is looking for. The
  category names the rule the query needs (a prefix, a plural, a spelling...); outside the
  "-exact" and "-multiword" categories at least one query word is not written as such on the
  page, so the pair measures that rule and not an exact match.
- MISSES: (category, query, key): a page that must not be in the results at all, because the
  query shares letters with one of its words but not its meaning (שכונה and מכונה, park and
  parking, مكتب and مكتبة).
- SYNONYMS: the groups of words editors keep for the same thing that FINDS relies on (the
  "-synonym" categories); the test adds them to the language's groups.
- UNIT: the municipal unit that owns the pages; the queries run filtered to it, so the pages the
  demo site holds besides are not part of the measure.
"""

UNIT = {
    "code": "search-evaluation",
    "name": {
        "he": "מחלקת מערכות מידע",
        "ar": "قسم نظم المعلومات",
        "en": "Information Systems Department",
    },
}

PAGES = {
    "he": [
        {
            "key": "he-pergolas",
            "title": "פרגולות חדשות לגן מאיר",
            "summary": "העירייה מציבה פרגולות מעץ להצללה של שבילי הגן.",
            "body": "פרגולות העץ יוצבו לאורך השביל המרכזי, ליד פינת המשחקים. העבודות יתחילו "
            "באביב ויימשכו כשלושה שבועות. בזמן העבודות ייסגר חלק מהשביל לציבור.",
        },
        {
            "key": "he-benches",
            "title": "ספסלים חדשים בשדרות רוטשילד",
            "summary": "מאה ספסלים מעץ ממוחזר יוצבו לאורך השדרה.",
            "body": "הדגם נבחר בהצבעת תושבים ברשת. ההצבה תסתיים לפני הקיץ. ספסלים ישנים "
            "יועברו לגינות ציבוריות.",
        },
        {
            "key": "he-shading",
            "title": "הצללה במגרשי המשחקים",
            "summary": "סככות הצללה יותקנו השנה בעשרים מגרשי משחקים ברחבי העיר.",
            "body": "הסככות מגינות על הילדים מפני השמש בשעות החמות. ההתקנה נעשית בתיאום עם "
            "ועדי ההורים. רשימת המגרשים מתעדכנת באתר.",
        },
        {
            "key": "he-parking-permit",
            "title": "תו חנייה לתושבי האזור",
            "summary": "איך מקבלים תו חנייה אזורי ומה מצרפים לבקשה.",
            "body": "התו ניתן לתושבים הרשומים בכתובת בעיר. לבקשה מצרפים את מסמכי הרכב ותעודת "
            "זהות. התו מאפשר להחנות בלי תשלום באזור המגורים.",
        },
        {
            "key": "he-business-licensing",
            "title": "רישוי עסקים: איך מקבלים רישיון עסק",
            "summary": "מדריך לבעלי עסקים: הגשת בקשה לרישיון, היתר זמני וחידוש.",
            "body": "את הבקשה מגישים באתר ומצרפים תשריט של העסק. הבקשה מועברת לכבאות, למשטרה "
            "ולמשרד הבריאות. עסק שקיבל היתר זמני רשאי לפעול עד שיינתן הרישיון.",
        },
        {
            "key": "he-rabin-square",
            "title": "שיפוץ כיכר רבין",
            "summary": "הכיכר תהפוך לגינה עירונית עם צל, מים ומדשאה גדולה.",
            "body": "התכנון כולל עצים, מזרקה ופינות ישיבה. ההדמיות של התכנון מוצגות בבניין "
            "העירייה. העבודות צפויות להסתיים בעוד שנתיים.",
        },
        {
            "key": "he-residents-meeting",
            "title": "אסיפת תושבים בפלורנטין",
            "summary": "אסיפה פתוחה לתושבי השכונה על תוכנית התחבורה החדשה.",
            "body": "האסיפה תתקיים בשבע בערב באולם בית הספר השכונתי. נציגי אגף התנועה יציגו את "
            "התוכנית ויענו לשאלות. סיכום האסיפה יפורסם באתר.",
        },
        {
            "key": "he-protocols",
            "title": "פרוטוקולים של מפגשי התושבים",
            "summary": "כל הפרוטוקולים של מפגשי התושבים בשכונות יפו, לפי תאריך.",
            "body": "כל מסמך מפרט את הנוכחים, את הנושאים שנדונו ואת ההחלטות. המסמכים נכתבים "
            "בידי רכזת השיתוף ומתפרסמים בתוך שבועיים. אפשר לשלוח הערות לנוסח בדואר אלקטרוני.",
        },
        {
            "key": "he-renderings",
            "title": "הדמיות: שדרות ירושלים אחרי השיפוץ",
            "summary": "ההדמיות מציגות את השדרה עם שבילי אופניים, עצים ומדרכות רחבות.",
            "body": "ההדמיות הוצגו בכנס תושבים במרכז יפו. התכנון כולל נתיב לתחבורה ציבורית "
            "ושתי תחנות של הרכבת הקלה. אפשר לשלוח תגובות עד סוף החודש.",
        },
        {
            "key": "he-library",
            "title": "ספריית בית אריאלה",
            "summary": "הספרייה העירונית המרכזית: השאלת ספרים, חדרי קריאה ואירועי תרבות.",
            "body": "ההשאלה ללא תשלום לתושבי העיר. בקומה השנייה יש אגף לילדים ולנוער. אפשר "
            "להזמין ספרים מראש באתר.",
        },
        {
            "key": "he-songs-evening",
            "title": "ערב שירה בציבור ברחבת הסינמטק",
            "summary": "ערב שירים עבריים עם מקהלת העיר ונגנים מהשכונה.",
            "body": "הקהל מוזמן להצטרף ולשיר את השירים האהובים. דפי מילים יחולקו בכניסה. "
            "הכניסה חופשית.",
        },
        {
            "key": "he-hotline-106",
            "title": "מוקד 106: שירות לתושבים בכל שעה",
            "summary": "המוקד העירוני מקבל פניות על מפגעים, תאורה ובעלי חיים.",
            "body": "אפשר לפנות למוקד בטלפון, בוואטסאפ או באפליקציה. כל פנייה מקבלת מספר לצורך "
            "מעקב. השירות ניתן בעברית, בערבית, ברוסית ובאנגלית.",
        },
        {
            "key": "he-repair-cafe",
            "title": "קפה תיקונים: מתקנים במקום לזרוק",
            "summary": "מתנדבים עוזרים לתקן מכונת תפירה, מכונה ביתית קטנה או אופניים.",
            "body": "הביאו מכונות קטנות, בגדים קרועים ומכשירי חשמל. המתנדבים מלמדים איך לתקן "
            "בעצמכם. הפעילות ללא תשלום ומתקיימת פעם בחודש.",
        },
        {
            "key": "he-bike-theft",
            "title": "איך מונעים גניבת אופניים",
            "summary": "עצות לנעילת אופניים וחניונים מאובטחים ברחבי העיר.",
            "body": "גנבים פועלים בעיקר בלילה ליד תחנות הרכבת. כדאי לנעול את השלדה ואת הגלגל "
            "הקדמי יחד. אם האופניים נגנבו, דווחו למשטרה ולמוקד העירוני.",
        },
        {
            "key": "he-garden-waste",
            "title": "לוח ימי איסוף גזם",
            "summary": "גזם נאסף בימים קבועים בכל אזור בעיר.",
            "body": "את הגזם מניחים ליד הבית בערב שלפני האיסוף. ענפים ארוכים קושרים בצרורות. "
            "כמויות גדולות מפנים בתיאום עם המוקד.",
        },
        {
            "key": "he-beaches",
            "title": "חופי הים של העיר: שעות רחצה",
            "summary": "הרחצה מותרת רק בחופים מוכרזים, בשעות שיש בהן מציל.",
            "body": "בעונת הרחצה פתוחים שלושה עשר חופים מוכרזים לאורך הים. בחוף הכלבים מותר "
            "להגיע עם כלב ברצועה. אסור להיכנס למים כשמונף דגל שחור.",
        },
        {
            "key": "he-summer-vacation",
            "title": "פעילויות בחופשת הקיץ לילדים",
            "summary": "מה עושים בחופשה הגדולה: הצגות, סדנאות וסרטים במוסדות העירייה.",
            "body": "בחופשת הקיץ המוזיאונים פתוחים עד מאוחר. ההצגות לילדים ניתנות בחינם "
            "בפארקים. את התוכנייה המלאה אפשר לקבל במוקד.",
        },
        {
            "key": "he-independence-day",
            "title": "חגיגות יום העצמאות בפארק הירקון",
            "summary": "מופעים, זיקוקים ודוכני מזון בערב החג.",
            "body": "המופע המרכזי יתחיל בתשע בערב על הבמה הגדולה. תחבורה ציבורית מוגברת תפעל "
            "עד שלוש לפנות בוקר. מומלץ להגיע באופניים או ברגל.",
        },
        {
            "key": "he-tree-planting",
            "title": "נטיעת עצים ברחובות העיר",
            "summary": "אלף עצי צל חדשים יינטעו השנה במדרכות ובגינות.",
            "body": "התושבים מוזמנים לבחור את מיני העצים ברחוב שלהם. גיזום העצים נעשה פעם בשנה "
            "בידי גנני העירייה. עצים שנפגעו בסערה מחליפים בתוך חודש.",
        },
        {
            "key": "he-wall-mural",
            "title": "ציורי קיר בשכונת שפירא",
            "summary": "אמנים מהשכונה ציירו על קירות המקלטים.",
            "body": "המיזם נעשה יחד עם בני נוער מהשכונה. כל יצירה מציגה סיפור של משפחה ותיקה. "
            "בסוף החודש יתקיים סיור מודרך בין הציורים.",
        },
        {
            "key": "he-roofing",
            "title": "קירוי מגרש הכדורסל בבית הספר",
            "summary": "המגרש יקורה בגג קל, כדי שאפשר יהיה לשחק בו גם בחורף.",
            "body": "הקירוי שומר על השחקנים מגשם ומשמש גם לאירועי בית הספר. העבודות יתבצעו "
            "בחודשי הקיץ. המגרש יהיה סגור לציבור עד סוף העבודות.",
        },
        {
            "key": "he-heatwave",
            "title": "היערכות לשרב: מה עושים ביום חם",
            "summary": "בימי שרב העירייה פותחת אולמות ממוזגים ומחלקת מים בגינות.",
            "body": "ביום חם מאוד שותים הרבה מים ונמנעים משהייה בשמש. קשישים ובודדים יכולים "
            "לבקש ביקור של מתנדב. רשימת האולמות הממוזגים מתפרסמת באתר ובמוקד 106.",
        },
        {
            "key": "he-city-center",
            "title": "תוכנית להחייאת לב העיר",
            "summary": "מסחר, מגורים ותרבות בלב העיר הוותיק.",
            "body": "התוכנית מעודדת פתיחת חנויות בקומות הקרקע. בעלי דירות ישנות יוכלו לקבל "
            "מענק לשיפוץ החזיתות. בערבי הקיץ ייסגרו כמה רחובות לתנועה.",
        },
        {
            "key": "he-dog-parks",
            "title": "גינות כלבים ברחבי העיר",
            "summary": "שלושים גינות מגודרות שבהן מותר לשחרר כלבים מהרצועה.",
            "body": "בכל גינה יש ברזייה ושקיות לאיסוף. בעלי הכלבים אחראים לניקיון. אפשר להציע "
            "מקום לגינה חדשה דרך המוקד.",
        },
        {
            "key": "he-food-bank",
            "title": "חלוקת סלי מזון לקראת החגים",
            "summary": "משפחות רשומות יקבלו סלים עם לחם, שמן, אורז וירקות.",
            "body": "החלוקה נעשית במרכזי הרווחה השכונתיים. ההרשמה נעשית דרך העובדת "
            "הסוציאלית. מתנדבים מוזמנים לעזור באריזת הסלים.",
        },
        {
            "key": "he-school-registration",
            "title": "רישום לבתי הספר ולגני הילדים",
            "summary": "ההרשמה לכיתה א' ולגני הילדים נפתחת בינואר.",
            "body": "הרישום נעשה באתר העירייה לפי אזור בית הספר. תשובות השיבוץ נשלחות בדואר "
            "במאי. אפשר לערער על השיבוץ בתוך שלושה שבועות.",
        },
        {
            "key": "he-country-club",
            "title": "קאנטרי גורדון: מנויים ושעות פתיחה",
            "summary": "בריכה, חדר כושר ומגרשי טניס במתחם הספורט העירוני.",
            "body": "המנוי השנתי כולל את הבריכה ואת חדר הכושר. תושבי העיר מקבלים הנחה של "
            "עשרים אחוז. בקיץ הבריכה פתוחה עד עשר בלילה.",
        },
        {
            "key": "he-garbage",
            "title": "פינוי אשפה ומחזור",
            "summary": "לוח הזמנים לפינוי האשפה ולריקון פחי המחזור בכל רחוב.",
            "body": "האשפה מפונה שש פעמים בשבוע. פחים כתומים מיועדים לאריזות ופחים כחולים "
            "לנייר. בקבוקים מחזירים למכלים הירוקים.",
        },
        {
            "key": "he-tabaa",
            "title": 'תב"ע חדשה למתחם התחנה',
            "summary": 'הוועדה המקומית אישרה להפקיד את התב"ע למתחם.',
            "body": "התוכנית מוסיפה דירות, שטחי ציבור וגינה שכונתית. מסמכי התוכנית פתוחים "
            "לעיון במינהל ההנדסה. התנגדויות מגישים בתוך שישים יום.",
        },
        {
            "key": "he-audit-report",
            "title": "דוח הביקורת השנתי",
            "summary": "מבקר העירייה מפרסם את הדוח על פעולות העירייה בשנה שעברה.",
            "body": "הדוח עוסק השנה ברכש, בתחזוקת מבני ציבור ובמענה לפניות תושבים. תגובות "
            "היחידות מצורפות לכל פרק. הדוח המלא זמין להורדה.",
        },
        {
            "key": "he-community-center-neve-tzedek",
            "title": "המרכז הקהילתי נווה צדק",
            "summary": "חוגים, הרצאות ופעילות לכל הגילים במרכז הקהילתי של השכונה.",
            "body": "ההרשמה לחוגי הסתיו נפתחת באחד בספטמבר. במרכז פועלים חוגי ציור, מחול "
            "ושחמט לילדים ולמבוגרים. לפרטים פונים למזכירות המרכז.",
        },
        {
            "key": "he-matnas-yad-eliyahu",
            "title": 'חוגי הקיץ של מתנ"ס יד אליהו',
            "summary": "קייטנות וחוגי קיץ לילדים בני 6 עד 12 בשכונה.",
            "body": 'ההרשמה לקייטנות נעשית באתר המתנ"ס או במזכירות. שבועיים עולים 900 שקלים. יש '
            "הנחה לאח השני.",
        },
        {
            "key": "he-beit-am",
            "title": "בית העם בשכונת התקווה",
            "summary": "בית העם הוא מקום מפגש לתושבי השכונה, לאירועים ולכנסים.",
            "body": "בבית העם מתקיימים כנסים, הרצאות וערבי זמר. אפשר לשכור את האולם לאירועים "
            "משפחתיים. האולם נגיש לכיסאות גלגלים.",
        },
        {
            "key": "he-neighborhood-committees",
            "title": "ועדי השכונות בעיר",
            "summary": "ועדי השכונות נבחרים בידי התושבים ומייצגים אותם מול העירייה.",
            "body": "כל ועד נפגש עם מנהלת הרובע פעמיים בשנה. הבחירות לוועדים נערכות כל ארבע "
            "שנים. רשימת חברי הוועדים מתפרסמת באתר.",
        },
        {
            "key": "he-preservation",
            "title": "שימור בתים היסטוריים בנווה צדק",
            "summary": "בעלי בתים לשימור זכאים להקלות בבנייה ולמענקים.",
            "body": "מהנדסי מחלקת השימור מלווים את בעלי הנכסים לאורך העבודות. לפני כל שינוי "
            "בחזית צריך היתר. רשימת המבנים לשימור מתפרסמת באתר.",
        },
    ],
    "ar": [
        {
            "key": "ar-community-center-jaffa",
            "title": "المركز الجماهيري في يافا ج",
            "summary": "دورات ونشاطات للأطفال والشباب والكبار.",
            "body": "يفتح المركز أبوابه من الأحد إلى الخميس. يبدأ التسجيل للدورات الجديدة في "
            "أيلول. للمزيد من المعلومات يمكن التوجه إلى سكرتارية المركز.",
        },
        {
            "key": "ar-community-center-ajami",
            "title": "مركز مجتمعي جديد في العجمي",
            "summary": "تفتتح البلدية المركز المجتمعي الجديد لسكان حي العجمي.",
            "body": "يضم المركز قاعة رياضة ومكتبة صغيرة وغرفة حاسوب. تبدأ النشاطات في الشهر "
            "القادم. التسجيل مفتوح لجميع الأعمار.",
        },
        {
            "key": "ar-rose-garden",
            "title": "حديقة الورد",
            "summary": "حديقة عامة فيها أكثر من مئتي نوع من الورود.",
            "body": "الدخول إلى الحديقة مجاني طوال السنة. يمكن التنزه بين أحواض الورد والجلوس "
            "في ظل الأشجار. يمنع إدخال الدراجات إلى الحديقة.",
        },
        {
            "key": "ar-complaint-reply",
            "title": "الرد على شكاوى السكان",
            "summary": "كيف تتابع البلدية الشكاوى ومتى يصل الرد.",
            "body": "كل شكوى تحصل على رقم متابعة. يصل الرد خلال أسبوعين في معظم الحالات. إذا "
            "لم يصل رد يمكن التوجه إلى ديوان رئيس البلدية.",
        },
        {
            "key": "ar-office",
            "title": "مكتب خدمة الجمهور في يافا",
            "summary": "يستقبل مكتب البلدية في يافا السكان لدفع الأرنونا وتقديم الطلبات.",
            "body": "يعمل المكتب من الأحد إلى الخميس في ساعات الصباح. يمكن حجز دور عبر الموقع. "
            "يجب إحضار بطاقة الهوية.",
        },
        {
            "key": "ar-library",
            "title": "مكتبة يافا العامة",
            "summary": "إعارة الكتب وقاعة مطالعة ونشاطات للأطفال.",
            "body": "الإعارة مجانية لسكان المدينة. تضم المكتبة كتبا بالعربية والعبرية "
            "والإنجليزية. تقام في المكتبة أمسيات أدبية مرة في الشهر.",
        },
        {
            "key": "ar-shade",
            "title": "مظلات جديدة في ساحات الألعاب",
            "summary": "تركّب البلدية مظلات تحمي الأطفال من الشمس في عشرين ساحة ألعاب.",
            "body": "يجري تركيب المظلات بالتنسيق مع لجان الأهالي. تنتهي الأعمال قبل بداية "
            "الصيف. قائمة الساحات منشورة على موقع البلدية.",
        },
        {
            "key": "ar-benches",
            "title": "مقاعد جديدة على شاطئ يافا",
            "summary": "وضعت البلدية مقاعد خشبية جديدة على طول الكورنيش مقابل البحر.",
            "body": "صنعت المقاعد من خشب معاد تدويره. اختار السكان التصميم في تصويت على "
            "الموقع. ستركب مقاعد أخرى في الحدائق العامة.",
        },
        {
            "key": "ar-business-license",
            "title": "ترخيص المصالح التجارية",
            "summary": "كيف تحصل على رخصة مصلحة تجارية من البلدية.",
            "body": "يقدم الطلب عبر موقع البلدية مع مخطط للمصلحة. تحول البلدية الطلب إلى الإطفاء "
            "والشرطة ووزارة الصحة. يمكن للمصلحة أن تعمل بتصريح مؤقت حتى صدور الرخصة.",
        },
        {
            "key": "ar-residents-meeting",
            "title": "اجتماع السكان في حي النزهة",
            "summary": "اجتماع مفتوح للسكان حول خطة المواصلات الجديدة في الحي.",
            "body": "يعقد الاجتماع في قاعة المدرسة في السابعة مساء. يعرض ممثلو قسم المواصلات "
            "الخطة ويجيبون عن الاستفسارات. ينشر ملخص الاجتماع على الموقع.",
        },
        {
            "key": "ar-protocols",
            "title": "محاضر لقاءات السكان",
            "summary": "جميع محاضر لقاءات السكان في أحياء يافا مرتبة حسب التاريخ.",
            "body": "يذكر كل محضر الحاضرين والمواضيع والقرارات. تكتب المحاضر منسقة المشاركة "
            "وتنشر خلال أسبوعين. يمكن إرسال تعليقات على النص بالبريد الإلكتروني.",
        },
        {
            "key": "ar-renderings",
            "title": "صور توضيحية لجادة القدس بعد التجديد",
            "summary": "تعرض الصور الجادة مع أرصفة واسعة ومسارات للدراجات وأشجار.",
            "body": "عرضت الصور على السكان في قاعة البلدية. يشمل التخطيط مسارا للمواصلات العامة "
            "ومحطتين للقطار الخفيف. يمكن إرسال الملاحظات حتى نهاية الشهر.",
        },
        {
            "key": "ar-football",
            "title": "ملعب كرة القدم في حي العجمي",
            "summary": "ملعب جديد من العشب الصناعي مفتوح للفرق والمدارس.",
            "body": "يمكن حجز الملعب عبر الموقع. تنظم البلدية في الصيف دوري كرة قدم للشباب. "
            "يسجل المشاركون مع مدربيهم.",
        },
        {
            "key": "ar-volunteers",
            "title": "متطوعون في خدمة الحي",
            "summary": "ابحث عن فرصة تطوع في المدارس والحدائق والمراكز الجماهيرية.",
            "body": "يساعد المتطوعون كبار السن في التسوق وفي زيارات المنازل. يحصل كل متطوع على "
            "تدريب وتأمين. للتسجيل يمكن الاتصال بوحدة التطوع.",
        },
        {
            "key": "ar-engineers",
            "title": "استشارة مع مهندسي البلدية",
            "summary": "يجيب مهندسو البلدية عن أسئلة السكان حول الترميمات في البيوت القديمة.",
            "body": "تعقد الاستشارة في قاعة المجلس في أول اثنين من كل شهر. يجب التسجيل المسبق. "
            "يمكن إحضار المخططات والصور.",
        },
        {
            "key": "ar-lighting",
            "title": "إنارة الشوارع في يافا",
            "summary": "تستبدل البلدية مصابيح الإنارة القديمة بمصابيح موفرة للطاقة.",
            "body": "تشمل الأعمال ألفي عمود إنارة. يمكن الإبلاغ عن عمود مطفأ عبر الخط 106. "
            "تنتهي الأعمال في نهاية السنة.",
        },
        {
            "key": "ar-clinic",
            "title": "عيادة الأم والطفل في مبنى البلدية",
            "summary": "تطعيمات ومتابعة لنمو الأطفال من الولادة حتى سن السادسة.",
            "body": "الزيارة مجانية لسكان المدينة. المبنى قريب من المستشفى. يجب حجز موعد مسبقا "
            "عبر الهاتف.",
        },
        {
            "key": "ar-music-festival",
            "title": "ملتقى الموسيقى العربية في يافا",
            "summary": "ثلاثة أيام من الحفلات في الساحات والحدائق.",
            "body": "يشارك في الملتقى فنانون من يافا والناصرة وحيفا. الدخول مجاني لجميع "
            "الحفلات. يفتتح الملتقى عازفو العود من مدرسة الموسيقى.",
        },
        {
            "key": "ar-hotel",
            "title": "فندق جديد في منطقة الميناء",
            "summary": "صادقت لجنة التخطيط على بناء فندق من مئة وعشرين غرفة.",
            "body": "يشمل المشروع مطعما ومسبحا للنزلاء. تبدأ أعمال البناء في السنة القادمة. "
            "يمكن الاعتراض على الخطة خلال ستين يوما.",
        },
        {
            "key": "ar-art-gallery",
            "title": "معرض فن محلي في صالة البلدية",
            "summary": "أعمال فنية لرسامين من أحياء جنوب المدينة.",
            "body": "المعرض مفتوح مجانا حتى نهاية الشهر. تنظم جولات إرشادية يوم الجمعة. يمكن "
            "للأطفال الانضمام إلى ورشة رسم يوم السبت.",
        },
        {
            "key": "ar-heatwave",
            "title": "نصائح لأيام الحر الشديد",
            "summary": "تفتح البلدية في أيام موجة الحر قاعات مكيفة للسكان.",
            "body": "اشربوا الماء بكثرة وتجنبوا الشمس في ساعات الظهر. يمكن لكبار السن طلب "
            "زيارة متطوع. قائمة القاعات المكيفة منشورة على الموقع.",
        },
        {
            "key": "ar-parking",
            "title": "بطاقة وقوف للسكان",
            "summary": "كيف تحصل على بطاقة الوقوف في منطقة سكنك.",
            "body": "تمنح البطاقة للسكان المسجلين في عنوان داخل المدينة. يجب إرفاق وثيقة "
            "تسجيل السيارة. تسمح البطاقة بالوقوف مجانا في منطقة السكن.",
        },
    ],
    "en": [
        {
            "key": "en-community-center-florentin",
            "title": "Florentin Community Center",
            "summary": "Classes, talks and activities for all ages at the neighborhood's "
            "community center.",
            "body": "Registration for autumn classes opens on 1 September. The center runs "
            "painting, dance and chess groups for children and adults. For details, contact "
            "the center's office.",
        },
        {
            "key": "en-matnas-summer-camps",
            "title": "Summer camps at the Yad Eliyahu matnas",
            "summary": "Day camps for children aged 6 to 12 in the neighborhood.",
            "body": "Register for the camps on the matnas website or at its office. Two weeks "
            "cost 900 shekels. A second child gets a discount.",
        },
        {
            "key": "en-parks",
            "title": "Parks and gardens of the city",
            "summary": "Opening hours, dog runs and playgrounds in the city's main parks.",
            "body": "The Yarkon is the largest green space in the city. Meir Garden has new "
            "wooden pergolas. Most parks are open around the clock.",
        },
        {
            "key": "en-parking",
            "title": "Residents' parking permits",
            "summary": "How to get a zone parking permit and what to attach to the application.",
            "body": "The permit is issued to residents registered at an address in the city. "
            "Attach your vehicle registration and ID card. The permit lets you leave your car "
            "without paying in your home zone.",
        },
        {
            "key": "en-business-licensing",
            "title": "How to get a business licence",
            "summary": "A guide for business owners: applying, temporary permits and renewal.",
            "body": "Apply on the municipality's website and attach a plan of the premises. The "
            "application goes to the fire service, the police and the Ministry of Health. A "
            "business with a temporary permit may operate until the licence is issued.",
        },
        {
            "key": "en-bus-lines",
            "title": "New bus lines to Jaffa",
            "summary": "Three new bus lines connect Jaffa with the city centre from next month.",
            "body": "Buses run every ten minutes at peak hours. The stops are marked on the map "
            "below. Night buses run on Thursdays and Fridays.",
        },
        {
            "key": "en-career-fair",
            "title": "Career fair for young residents",
            "summary": "Employers from the city meet job seekers aged 18 to 30.",
            "body": "Bring a printed CV and come ready for an interview. Workshops on writing a "
            "CV run all day. Entry is free with registration.",
        },
        {
            "key": "en-organ-recital",
            "title": "Organ recital at St. Peter's Church in Jaffa",
            "summary": "An evening of Bach and Handel on the church's historic organ.",
            "body": "The concert is part of the city's summer music series. Doors open at 7 pm "
            "and seats are free on a first-come basis. The church is a short walk from the "
            "clock tower.",
        },
        {
            "key": "en-residents-organizations",
            "title": "Residents' organizations and committees",
            "summary": "How neighborhood committees are elected and how they work with the "
            "municipality.",
            "body": "Each committee meets the district director twice a year. Elections to the "
            "committees are held every four years. The list of members is published on the "
            "website.",
        },
        {
            "key": "en-antenna",
            "title": "Permits for telecommunications antennas",
            "summary": "Where mobile phone antennas may be placed and how residents can object.",
            "body": "Every antenna on a roof needs a building permit. Objections can be filed "
            "within 30 days of the notice. Radiation measurements are published for each site.",
        },
        {
            "key": "en-beaches",
            "title": "City beaches and swimming hours",
            "summary": "Swimming is allowed only at declared beaches when a lifeguard is on duty.",
            "body": "During the bathing season thirteen declared beaches are open along the sea "
            "front. Dogs on a lead are welcome at the dog beach. Do not enter the sea when a "
            "black flag is flying.",
        },
        {
            "key": "en-stadium-seats",
            "title": "New seats at Bloomfield Stadium",
            "summary": "The stadium's stands get 8,000 new seats before the season opens.",
            "body": "The old plastic seats will be recycled. Season ticket holders keep their "
            "places. Works close the east stand until August.",
        },
        {
            "key": "en-shop-signs",
            "title": "Shop signs: what the bylaw allows",
            "summary": "Article 5 of the municipal bylaw sets the size and lighting of shop signs.",
            "body": "Signs larger than one square metre need a permit. Flashing lights are not "
            "allowed in residential streets. The articles of the bylaw are published in Hebrew, "
            "Arabic and English.",
        },
        {
            "key": "en-art-exhibition",
            "title": "Local art exhibition at the city gallery",
            "summary": "Works by artists from the southern neighborhoods.",
            "body": "The exhibition is open free of charge until the end of the month. Guided "
            "tours run on Fridays. Children can join a drawing workshop on Saturdays.",
        },
        {
            "key": "en-benches",
            "title": "New benches along Rothschild Boulevard",
            "summary": "A hundred benches made of recycled wood are being placed along the "
            "boulevard.",
            "body": "The design was chosen by residents in an online vote. Installation will be "
            "finished before summer. Old benches will move to public gardens.",
        },
        {
            "key": "en-shading",
            "title": "Shade for playgrounds",
            "summary": "Shade canopies are being installed at twenty playgrounds across the city.",
            "body": "The canopies protect children from the sun in the hottest hours. "
            "Installation is coordinated with parents' committees. The list of playgrounds is "
            "updated online.",
        },
        {
            "key": "en-protocols",
            "title": "Minutes of residents' meetings",
            "summary": "The minutes of every residents' meeting in Jaffa's neighborhoods, by date.",
            "body": "Each protocol lists who attended, what was discussed and what was decided. "
            "The minutes are written by the participation coordinator and published within two "
            "weeks. Comments on the wording can be sent by email.",
        },
        {
            "key": "en-renderings",
            "title": "Renderings of the renewed Jerusalem Boulevard",
            "summary": "The renderings show the boulevard with cycle paths, trees and wide "
            "pavements.",
            "body": "The designs were presented to residents at the city hall. The plan includes "
            "a public transport lane and two light rail stops. Comments can be sent until the "
            "end of the month.",
        },
        {
            "key": "en-beit-am",
            "title": "Beit Am in the Hatikva neighborhood",
            "summary": "The Beit Am is a meeting place for local residents, events and assemblies.",
            "body": "Lectures and singing evenings are held at the Beit Am. The hall can be "
            "rented for family events. The hall is wheelchair accessible.",
        },
        {
            "key": "en-library",
            "title": "Beit Ariela Library",
            "summary": "The city's central library: book loans, reading rooms and cultural events.",
            "body": "Borrowing books is free for residents of the city. The children's and "
            "teens' section is on the second floor. Books can be reserved online.",
        },
        {
            "key": "en-pool",
            "title": "Gordon Pool: memberships and opening hours",
            "summary": "An outdoor pool, a gym and tennis courts at the municipal sports complex.",
            "body": "The annual membership includes the pool and the gym. Residents get a 20 "
            "percent discount. In summer the pool is open until 10 pm.",
        },
    ],
}

SYNONYMS = {
    "he": [
        ('מתנ"ס', "מרכז קהילתי"),
        ('ביה"ס', "בית ספר"),
        ("פינוי אשפה", "איסוף פסולת"),
    ],
    "ar": [
        ("مركز جماهيري", "مركز مجتمعي", "متناس"),
        ("محضر", "بروتوكول"),
    ],
    "en": [
        ("community center", "community centre", "matnas"),
        ("licence", "license"),
    ],
}

FINDS = [
    # Hebrew
    ("he-exact", "פרגולות", "he-pergolas"),
    ("he-exact", "מוקד 106", "he-hotline-106"),
    ("he-exact", "קפה תיקונים", "he-repair-cafe"),
    ("he-exact", "גזם", "he-garden-waste"),
    ("he-exact", "לחם", "he-food-bank"),
    ("he-exact", 'תב"ע', "he-tabaa"),
    ("he-exact", 'מתנ"ס', "he-matnas-yad-eliyahu"),
    ("he-prefix", "הפרגולות", "he-pergolas"),
    ("he-prefix", "בפרגולות", "he-pergolas"),
    ("he-prefix", "לפרגולות", "he-pergolas"),
    ("he-prefix", "הספסלים", "he-benches"),
    ("he-prefix", "בהצללה", "he-shading"),
    ("he-prefix", "בקאנטרי", "he-country-club"),
    ("he-prefix", "לבריכה", "he-country-club"),
    ("he-prefix", "לספרייה", "he-library"),
    ("he-prefix", "בגזם", "he-garden-waste"),
    ("he-prefix", "בשרב", "he-heatwave"),
    ("he-prefix", "לחוף", "he-beaches"),
    ("he-prefix", "ועצי צל", "he-tree-planting"),
    ("he-prefix", "מהמוקד", "he-hotline-106"),
    ("he-prefix", "למרכז הקהילתי", "he-community-center-neve-tzedek"),
    ("he-prefix", "לבית העם", "he-beit-am"),
    ("he-prefix", "עצמאות", "he-independence-day"),
    ("he-prefix", "בכיכר", "he-rabin-square"),
    ("he-prefix", "לפרוטוקולים", "he-protocols"),
    ("he-prefix-short", "בגן מאיר", "he-pergolas"),
    ("he-prefix-short", "בים", "he-beaches"),
    ("he-prefix-chain", "ובפרגולות", "he-pergolas"),
    ("he-prefix-chain", "וכשהספסלים", "he-benches"),
    ("he-prefix-chain", "ומהמרכז הקהילתי", "he-community-center-neve-tzedek"),
    ("he-prefix-chain", "שבספרייה", "he-library"),
    ("he-prefix-chain", "מהספרייה", "he-library"),
    ("he-prefix-chain", "ולכיכר", "he-rabin-square"),
    ("he-prefix-chain", "וכשהגזם", "he-garden-waste"),
    ("he-prefix-chain", "ומהבריכה", "he-country-club"),
    ("he-prefix-chain", "ובחוף", "he-beaches"),
    ("he-prefix-chain", "וכשהאסיפה", "he-residents-meeting"),
    ("he-plural", "פרגולה", "he-pergolas"),
    ("he-plural", "ספסל", "he-benches"),
    ("he-plural", "סככה", "he-shading"),
    ("he-plural", "מגרש משחקים", "he-shading"),
    ("he-plural", "פרוטוקול מפגש", "he-protocols"),
    ("he-plural", "נטיעת עץ", "he-tree-planting"),
    ("he-plural", "קייטנה", "he-matnas-yad-eliyahu"),
    ("he-plural", "רישיונות עסקים", "he-business-licensing"),
    ("he-plural", "היתרים זמניים", "he-business-licensing"),
    ("he-plural", "כיכרות", "he-rabin-square"),
    ("he-plural", "מקלט", "he-wall-mural"),
    ("he-plural", "ציור קיר", "he-wall-mural"),
    ("he-plural", "ציורי קיר בשכונות", "he-wall-mural"),
    ("he-plural", "פעילות קיץ", "he-summer-vacation"),
    ("he-plural", "דוחות ביקורת", "he-audit-report"),
    ("he-plural", "פח מחזור", "he-garbage"),
    ("he-plural", "זיקוק", "he-independence-day"),
    ("he-plural", "השאלת ספר", "he-library"),
    ("he-plural", "סל מזון", "he-food-bank"),
    ("he-plural", "מפגע", "he-hotline-106"),
    ("he-plural", "גינת כלבים", "he-dog-parks"),
    ("he-plural", "מנוי", "he-country-club"),
    ("he-plural", "חנות", "he-city-center"),
    ("he-plural", "ועד שכונה", "he-neighborhood-committees"),
    ("he-plural", "אסיפות תושבים", "he-residents-meeting"),
    ("he-plural", "שיר", "he-songs-evening"),
    ("he-plural", "מגרשי כדורסל", "he-roofing"),
    ("he-plural", "אולם ממוזג", "he-heatwave"),
    ("he-plural", "גן ילדים", "he-school-registration"),
    ("he-plural", "מהנדס שימור", "he-preservation"),
    ("he-plural", "הדמיה שדרות ירושלים", "he-renderings"),
    ("he-spelling", "ככר רבין", "he-rabin-square"),
    ("he-spelling", "שפוץ ככר", "he-rabin-square"),
    ("he-spelling", "רשיון עסק", "he-business-licensing"),
    ("he-spelling", "לרשיון", "he-business-licensing"),
    ("he-spelling", "חניה", "he-parking-permit"),
    ("he-spelling", "תו חניה", "he-parking-permit"),
    ("he-spelling", "ספריה", "he-library"),
    ("he-spelling", "ספרית בית אריאלה", "he-library"),
    ("he-spelling", "מיחזור", "he-garbage"),
    ("he-spelling", "תקונים", "he-repair-cafe"),
    ("he-spelling", "וועד שכונה", "he-neighborhood-committees"),
    ("he-spelling", "תכנית לב העיר", "he-city-center"),
    ("he-spelling", "קיטנות", "he-matnas-yad-eliyahu"),
    ("he-spelling", "גניבת אופנים", "he-bike-theft"),
    ("he-spelling", "גזום עצים", "he-tree-planting"),
    ("he-niqqud", "פֶּרְגּוֹלוֹת", "he-pergolas"),
    ("he-niqqud", "סַפְסָלִים", "he-benches"),
    ("he-niqqud", "כִּכָּר רַבִּין", "he-rabin-square"),
    ("he-niqqud", "סִפְרִיָּה", "he-library"),
    ("he-niqqud", "חוֹף הַיָּם", "he-beaches"),
    ("he-niqqud", "וַעַד שְׁכוּנָה", "he-neighborhood-committees"),
    ("he-niqqud", "גִּנּוֹת כְּלָבִים", "he-dog-parks"),
    ("he-acronym", "מתנ״ס", "he-matnas-yad-eliyahu"),
    ("he-acronym", "מתנ׳׳ס", "he-matnas-yad-eliyahu"),
    ("he-acronym", "מתנ''ס", "he-matnas-yad-eliyahu"),
    ("he-acronym", "מתנס", "he-matnas-yad-eliyahu"),
    ("he-acronym", "במתנ״ס יד אליהו", "he-matnas-yad-eliyahu"),
    ("he-acronym", "תב״ע", "he-tabaa"),
    ("he-acronym", "תב׳׳ע", "he-tabaa"),
    ("he-acronym", "תב''ע", "he-tabaa"),
    ("he-acronym", "תבע", "he-tabaa"),
    ("he-acronym", "בתב״ע", "he-tabaa"),
    ("he-acronym", 'דו"ח ביקורת', "he-audit-report"),
    ("he-acronym", "דו״ח מבקר העירייה", "he-audit-report"),
    ("he-synonym", 'מתנ"ס נווה צדק', "he-community-center-neve-tzedek"),
    ("he-synonym", "מתנס נווה צדק", "he-community-center-neve-tzedek"),
    ("he-synonym", "מרכז קהילתי יד אליהו", "he-matnas-yad-eliyahu"),
    ("he-synonym", 'רישום לביה"ס', "he-school-registration"),
    ("he-synonym", "שיבוץ ביה״ס", "he-school-registration"),
    ("he-synonym", "איסוף פסולת", "he-garbage"),
    ("he-multiword", "ספסלים בשדרות רוטשילד", "he-benches"),
    ("he-multiword", "שעות רחצה בחוף", "he-beaches"),
    ("he-multiword", "תו חנייה לתושבים", "he-parking-permit"),
    ("he-multiword", "גניבת אופניים בלילה", "he-bike-theft"),
    ("he-multiword", "אסיפת תושבים פלורנטין", "he-residents-meeting"),
    ("he-multiword", "חוגים לילדים במרכז הקהילתי", "he-community-center-neve-tzedek"),
    ("he-multiword", "ערב שירה בציבור", "he-songs-evening"),
    ("he-multiword", "בית עם התקווה", "he-beit-am"),
    ("he-multiword", "הרשמה לקייטנות", "he-matnas-yad-eliyahu"),
    ("he-multiword", "איסוף גזם", "he-garden-waste"),
    ("he-irregular", "שימור בית היסטורי", "he-preservation"),
    # Arabic
    ("ar-exact", "المركز الجماهيري", "ar-community-center-jaffa"),
    ("ar-exact", "حديقة الورد", "ar-rose-garden"),
    ("ar-exact", "فن", "ar-art-gallery"),
    ("ar-hamza", "انارة الشوارع", "ar-lighting"),
    ("ar-hamza", "عمود انارة", "ar-lighting"),
    ("ar-hamza", "الابلاغ عن عمود", "ar-lighting"),
    ("ar-hamza", "إجتماع السكان", "ar-residents-meeting"),
    ("ar-hamza", "احياء يافا", "ar-protocols"),
    ("ar-hamza", "اسئلة السكان", "ar-engineers"),
    ("ar-hamza", "الارنونا", "ar-office"),
    ("ar-hamza", "شاطي يافا", "ar-benches"),
    ("ar-hamza", "امسيات ادبية", "ar-library"),
    ("ar-hamza", "الام والطفل", "ar-clinic"),
    ("ar-hamza", "الاطفاء", "ar-business-license"),
    ("ar-hamza", "ساحة العاب", "ar-shade"),
    ("ar-ta-marbuta", "حديقه الورد", "ar-rose-garden"),
    ("ar-ta-marbuta", "مكتبه يافا", "ar-library"),
    ("ar-ta-marbuta", "رخصه", "ar-business-license"),
    ("ar-ta-marbuta", "عياده", "ar-clinic"),
    ("ar-ta-marbuta", "كره القدم", "ar-football"),
    ("ar-ta-marbuta", "صاله البلدية", "ar-art-gallery"),
    ("ar-ta-marbuta", "ارصفه واسعة", "ar-renderings"),
    ("ar-alef-maqsura", "مبني البلدية", "ar-clinic"),
    ("ar-alef-maqsura", "ملتقي الموسيقي", "ar-music-festival"),
    ("ar-alef-maqsura", "شكاوي السكان", "ar-complaint-reply"),
    ("ar-alef-maqsura", "مستشفي", "ar-clinic"),
    ("ar-plural", "مظلة", "ar-shade"),
    ("ar-plural", "اجتماعات السكان", "ar-residents-meeting"),
    ("ar-plural", "دورة", "ar-community-center-jaffa"),
    ("ar-plural", "متطوعين", "ar-volunteers"),
    ("ar-plural", "مشاركين", "ar-football"),
    ("ar-plural", "فنانين", "ar-music-festival"),
    ("ar-plural", "حفلة", "ar-music-festival"),
    ("ar-plural", "تطعيم", "ar-clinic"),
    ("ar-plural", "ملاحظة", "ar-renderings"),
    ("ar-plural", "مهندسين", "ar-engineers"),
    ("ar-plural", "مهندس البلدية", "ar-engineers"),
    ("ar-plural", "لقاء السكان", "ar-protocols"),
    ("ar-plural", "بطاقات وقوف", "ar-parking"),
    ("ar-plural", "ترميم", "ar-engineers"),
    ("ar-plural", "رسام", "ar-art-gallery"),
    ("ar-plural", "قاعة مكيفة", "ar-heatwave"),
    ("ar-prefix", "بالحديقة", "ar-rose-garden"),
    ("ar-prefix", "للمكتبة", "ar-library"),
    ("ar-prefix", "والمظلات", "ar-shade"),
    ("ar-prefix", "بالمركز الجماهيري", "ar-community-center-jaffa"),
    ("ar-prefix", "وبالملعب", "ar-football"),
    ("ar-prefix", "بالكورنيش", "ar-benches"),
    ("ar-prefix", "للمتطوعين", "ar-volunteers"),
    ("ar-prefix", "فالملتقى", "ar-music-festival"),
    ("ar-prefix", "والفندق", "ar-hotel"),
    ("ar-prefix", "بترخيص", "ar-business-license"),
    ("ar-prefix", "وبالإنارة", "ar-lighting"),
    ("ar-prefix", "للاجتماع", "ar-residents-meeting"),
    ("ar-prefix", "بالمعرض", "ar-art-gallery"),
    ("ar-prefix", "ومحاضر", "ar-protocols"),
    ("ar-prefix", "ورد", "ar-rose-garden"),
    ("ar-prefix", "بحر", "ar-benches"),
    ("ar-prefix", "جادة القدس", "ar-renderings"),
    ("ar-prefix", "قطار خفيف", "ar-renderings"),
    ("ar-prefix", "موجة حر", "ar-heatwave"),
    ("ar-prefix", "ببطاقة الوقوف", "ar-parking"),
    ("ar-synonym", "مركز جماهيري العجمي", "ar-community-center-ajami"),
    ("ar-synonym", "متناس العجمي", "ar-community-center-ajami"),
    ("ar-synonym", "بروتوكول لقاءات السكان", "ar-protocols"),
    ("ar-synonym", "مركز مجتمعي يافا", "ar-community-center-jaffa"),
    ("ar-multiword", "رقم متابعة الشكوى", "ar-complaint-reply"),
    ("ar-multiword", "تصريح مؤقت للمصلحة", "ar-business-license"),
    ("ar-multiword", "مكتب خدمة الجمهور", "ar-office"),
    ("ar-broken-plural", "حدائق الورد", "ar-rose-garden"),
    ("ar-broken-plural", "مقعد", "ar-benches"),
    ("ar-broken-plural", "تراخيص", "ar-business-license"),
    # English
    ("en-exact", "Florentin Community Center", "en-community-center-florentin"),
    ("en-exact", "light rail", "en-renderings"),
    ("en-exact", "organ", "en-organ-recital"),
    ("en-stem", "park", "en-parks"),
    ("en-stem", "pergola", "en-parks"),
    ("en-stem", "bench", "en-benches"),
    ("en-stem", "bus stop", "en-bus-lines"),
    ("en-stem", "libraries", "en-library"),
    ("en-stem", "protocols", "en-protocols"),
    ("en-stem", "rendering", "en-renderings"),
    ("en-stem", "canopy", "en-shading"),
    ("en-stem", "shading playgrounds", "en-shading"),
    ("en-stem", "lifeguards", "en-beaches"),
    ("en-stem", "swim", "en-beaches"),
    ("en-stem", "careers", "en-career-fair"),
    ("en-stem", "CV workshop", "en-career-fair"),
    ("en-stem", "concerts", "en-organ-recital"),
    ("en-stem", "committee election", "en-residents-organizations"),
    ("en-stem", "antenna objection", "en-antenna"),
    ("en-stem", "artist", "en-art-exhibition"),
    ("en-stem", "exhibitions", "en-art-exhibition"),
    ("en-stem", "assembly", "en-beit-am"),
    ("en-stem", "lecture", "en-beit-am"),
    ("en-stem", "licences", "en-business-licensing"),
    ("en-stem", "shop sign", "en-shop-signs"),
    ("en-stem", "summer camp", "en-matnas-summer-camps"),
    ("en-stem", "pools", "en-pool"),
    ("en-stem", "tennis court", "en-pool"),
    ("en-stem", "book loan", "en-library"),
    ("en-stem", "reserve books online", "en-library"),
    ("en-stem", "cycle path", "en-renderings"),
    ("en-synonym", "Florentin community centre", "en-community-center-florentin"),
    ("en-synonym", "matnas Florentin", "en-community-center-florentin"),
    ("en-synonym", "community center Yad Eliyahu", "en-matnas-summer-camps"),
    ("en-synonym", "business license", "en-business-licensing"),
    ("en-stem", "business licensing", "en-business-licensing"),
    ("en-multiword", "residents parking permit", "en-parking"),
    ("en-multiword", "Beit Am Hatikva", "en-beit-am"),
    ("en-multiword", "beit am", "en-beit-am"),
    ("en-multiword", "dog beach", "en-beaches"),
    ("en-multiword", "organ recital Jaffa", "en-organ-recital"),
    ("en-multiword", "bus lines to Jaffa", "en-bus-lines"),
    ("en-multiword", "meeting minutes", "en-protocols"),
    ("en-multiword", "Yad Eliyahu summer camps", "en-matnas-summer-camps"),
]

MISSES = [
    # A prefix letter taken off a word that was not prefixed.
    ("he-prefix-strip", "שכונה", "he-repair-cafe"),
    ("he-prefix-strip", "שכונות", "he-repair-cafe"),
    ("he-prefix-strip", "מכונה", "he-neighborhood-committees"),
    ("he-prefix-strip", "לחם", "he-heatwave"),
    ("he-prefix-strip", "כלב", "he-city-center"),
    # A plural or construct ending taken off (or added to) a word that has none.
    ("he-suffix-strip", "שיר", "he-hotline-106"),
    ("he-suffix-strip", "שירים", "he-hotline-106"),
    ("he-suffix-strip", "ים", "he-garden-waste"),
    # A short word matching the start of a longer one.
    ("he-word-start", "גן", "he-bike-theft"),
    ("he-word-start", "חוף", "he-summer-vacation"),
    ("he-word-start", "עץ", "he-independence-day"),
    ("he-word-start", "קיר", "he-roofing"),
    ("ar-suffix-strip", "مكتب", "ar-library"),
    ("ar-suffix-strip", "مكتبة", "ar-office"),
    ("ar-suffix-strip", "مكتبات", "ar-office"),
    ("ar-prefix-strip", "ورد", "ar-complaint-reply"),
    ("ar-prefix-strip", "بحر", "ar-heatwave"),
    ("ar-word-start", "فن", "ar-hotel"),
    ("en-stem-strip", "park", "en-parking"),
    ("en-stem-strip", "parking", "en-parks"),
    ("en-stem-strip", "organ", "en-residents-organizations"),
    ("en-stem-strip", "community", "en-antenna"),
    ("en-word-start", "bus", "en-business-licensing"),
    ("en-word-start", "car", "en-career-fair"),
    ("en-word-start", "sea", "en-stadium-seats"),
    ("en-word-start", "art", "en-shop-signs"),
]
