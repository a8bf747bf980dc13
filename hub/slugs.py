"""Names made from other names: a page's short Latin address from its title, and a clean title
from an uploaded file's name.

A slug is the title in Latin letters, at most SLUG_LENGTH characters, cut between words. English
stays as it is; Hebrew and Arabic, written without vowels, are transliterated by the readable
tables below and a few rules that guess the vowels a reader would say ("שכונת התקווה" →
"shkhunat-hatikva", "حي الشيخ جراح" → "hay-al-shikh-jarah"). The rules are regular expressions
with plain replacements (lookarounds only, `$1` for a group), so that one list runs both here and
in the admin's slug field as the editor types the title: Wagtail's own slug widget applies them
(`SlugInput(formatters=...)`) before it makes the slug.
"""

import re

from anyascii import anyascii
from django.utils.text import slugify
from wagtail.admin.widgets import SlugInput
from wagtail.coreutils import find_available_slug

SLUG_LENGTH = 50
FALLBACK_SLUG = "page"

HEBREW = "\u05d0-\u05ea"
# ג׳ ז׳ צ׳ (as in loanwords) stand in the Hebrew rules as the one-letter ج ژ چ, which the Arabic
# table then writes j, zh, ch.
HEBREW_CONSONANT = HEBREW + "\u062c\u0698\u0686"
ARABIC = "\u0621-\u064a\u067e\u0686\u0698\u06a4\u06af"
VOWEL = "aeiou"

# Common words of the city's titles that the vowel rules would misread; with and without the
# definite article ה.
HEBREW_WORDS = {
    "בית": "beit",
    "עם": "am",
    "שכונה": "shkhuna",
    "שכונת": "shkhunat",
    "שכונות": "shkhunot",
    "מרכז": "merkaz",
    "קהילה": "kehila",
    "קהילתי": "kehilati",
    "קהילתית": "kehilatit",
    "ספורט": "sport",
    "פארק": "park",
    "פרויקט": "proyekt",
    "פרוטוקול": "protokol",
    "ספרייה": "sifriya",
    "עירייה": "iriya",
    "תקווה": "tikva",
    "תל": "tel",
    "כפר": "kfar",
    "נווה": "neve",
    "גן": "gan",
}
HEBREW_SOFT = {"ב": "v", "כ": "kh", "פ": "f"}  # after a vowel; at a word's start or after a
HEBREW_LETTERS = {  # consonant they are hard: b, k, p
    **{"ב": "b", "כ": "k", "פ": "p", "ך": "kh", "ף": "f"},
    **{"ג": "g", "ד": "d", "ה": "h", "ו": "v", "ז": "z", "ח": "h", "ט": "t", "י": "y"},
    **{"ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s", "צ": "ts", "ץ": "ts"},
    **{"ק": "k", "ר": "r", "ש": "sh", "ת": "t"},
}
ARABIC_WORDS = {"حي": "hay", "شارع": "sharia"}
ARABIC_LETTERS = {
    **{"ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh"},
    **{"ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z"},
    **{"ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n"},
    **{"ه": "h", "و": "w", "ي": "y", "ء": "", "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g"},
    **{"ڤ": "v"},
}


def vowel_between(consonants):
    """Where a word has two consonants in a row, the vowel "a" that the script leaves unwritten:
    before a word's last consonant, and otherwise once in each pair, counting from the word's
    start or from the last written vowel (so "מרכז" is mar-kaz, "התקוו" hat-kav)."""
    c, x, v = f"[{consonants}]", f"[{consonants}{VOWEL}]", f"[{VOWEL}]"
    first_or_third = f"(?<!{x}{c})|(?<={c}{c}{c})(?<!{x}{c}{c}{c})"
    second_or_fourth = f"(?<={v}{c}{c})|(?<={v}{c}{c}{c}{c})"
    return (
        f"(?<={c})(?={c})(?:(?={c}(?!{x}))|{first_or_third}|{second_or_fourth})",
        "a",
    )


def word(letters, spelling, latin):
    """A whole word, not part of a longer one."""
    return (f"(?<![{letters}]){spelling}(?![{letters}])", latin)


def hebrew_rules():
    rules = [
        ("\u05be", " "),  # maqaf
        ("[\u0591-\u05bd\u05bf-\u05c7]", ""),  # vowel points and cantillation
        (f'[\u05f4"\u201d](?=[{HEBREW}])', ""),  # gershayim of an acronym: מתנ"ס
        ("ג[\u05f3'\u2019]", "\u062c"),
        ("ז[\u05f3'\u2019]", "\u0698"),
        ("[צץ][\u05f3'\u2019]", "\u0686"),
        (f"(?<=[{HEBREW}])[\u05f3']", ""),
    ]
    for spelling, latin in HEBREW_WORDS.items():
        rules += [word(HEBREW, "ה" + spelling, "ha" + latin), word(HEBREW, spelling, latin)]
    c = HEBREW_CONSONANT
    rules += [
        (f"(?<=[{c}])(?<!ו)ו(?!ו)", "o"),  # ו inside a word is a vowel, וו the consonant v
        ("וו", "ו"),
        (f"(?<=[{c}])(?<!י)י(?!י)", "i"),  # the same for י and יי
        ("יי", "י"),
        (f"ה(?![{c}{VOWEL}])", "a"),
        (f"[אע](?=[{VOWEL}])", ""),
        ("[אע]", "a"),
        vowel_between(c),
    ]
    rules += [(f"(?<=[{VOWEL}]){letter}", latin) for letter, latin in HEBREW_SOFT.items()]
    return rules + list(HEBREW_LETTERS.items())


def arabic_rules():
    rules = [
        ("[\u064b-\u065f\u0670\u0640]", ""),  # vowel marks and tatweel
        (f"(?<![{ARABIC}])ال(?=[{ARABIC}])", "al "),
        *(word(ARABIC, spelling, latin) for spelling, latin in ARABIC_WORDS.items()),
        (f"(?<![{ARABIC}])[اأآ]", "a"),
        (f"(?<![{ARABIC}])إ", "i"),
        ("[اأإآىةئ]", "a"),
        ("ؤ", "u"),
        (f"(?<=[{ARABIC}{VOWEL}])و(?![{VOWEL}])", "u"),  # و and ي inside a word before a
        (f"(?<=[{ARABIC}{VOWEL}])ي(?![{VOWEL}])", "i"),  # consonant are the long vowels
        vowel_between(ARABIC),
    ]
    digits = [(chr(0x0660 + digit), str(digit)) for digit in range(10)]
    return rules + list(ARABIC_LETTERS.items()) + digits


def length_rules():
    """Punctuation out, then at most SLUG_LENGTH characters, cut between words."""
    return [
        ("['\u2019]", ""),
        ("[^0-9A-Za-z\u00c0-\u024f-]+", " "),
        ("^[\\s-]+|[\\s-]+$", ""),
        (f"^(?=.{{{SLUG_LENGTH + 1}}})(.{{0,{SLUG_LENGTH}}})[\\s-].*$", "$1"),
        (f"^(.{{{SLUG_LENGTH}}}).+$", "$1"),
    ]


SLUG_RULES = hebrew_rules() + arabic_rules() + length_rules()
_COMPILED = [(re.compile(pattern), latin.replace("$1", r"\1")) for pattern, latin in SLUG_RULES]


def latin_title(title):
    """The title in Latin letters, punctuation dropped, cut to the slug's length."""
    text = title.strip()
    for pattern, latin in _COMPILED:
        text = pattern.sub(latin, text)
    return text


def slug_for(title):
    """The page address made from `title`: what the admin's slug field shows as the title is
    typed. Another script than Latin, Hebrew or Arabic falls back to a plain transliteration."""
    slug = slugify(latin_title(title))
    if not slug:
        slug = slugify(latin_title(anyascii(title)))
    return slug or FALLBACK_SLUG


def available_slug(parent, title, page=None):
    """slug_for(title), with a number added when a sibling of `page` under `parent` has it."""
    return find_available_slug(parent, slug_for(title), ignore_page_id=page and page.pk)


def slug_input():
    """Wagtail's slug widget, making the slug from the title by the same rules as slug_for."""
    return SlugInput(formatters=SLUG_RULES)


# A file's name as the title of a document or image: no extension, words apart, no trailing
# marks of a copy. Dates stay as they are written (2026-03-01, 01.03.2026).
COPY_MARKERS = ["final", "copy", "סופי", "עותק", "نهائي", "نسخة"]
TITLE_RULES = [
    ("^.*[\\\\/]", ""),
    ("\\.[0-9A-Za-z]{1,5}$", ""),
    ("_|(?<![0-9])[.-]|[.-](?![0-9])", " "),
    ("\\s+", " "),
    (f"(?:\\s*[(\\[][0-9]+[)\\]]|(?:^|\\s+)(?:{'|'.join(COPY_MARKERS)}))+$", ""),
    ("^\\s+|\\s+$", ""),
]
_COMPILED_TITLE = [(re.compile(pattern, re.IGNORECASE), text) for pattern, text in TITLE_RULES]


def title_from_filename(filename):
    """A clean title from a file's name: "flyer_meeting-north_final.pdf" → "flyer meeting
    north". A name that is nothing but marks keeps its own words."""
    title = filename
    for pattern, text in _COMPILED_TITLE:
        title = pattern.sub(text, title)
    if title:
        return title
    return re.sub("\\.[0-9A-Za-z]{1,5}$", "", filename.rsplit("/", 1)[-1]).strip() or filename
