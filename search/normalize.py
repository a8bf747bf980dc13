"""Hebrew, Arabic and English text made searchable: one set of rules, applied alike when pages
are indexed and when residents search, on every backend (see elasticsearch.py for the same rules
as Elasticsearch analysis settings).

In order: delete marks (niqqud, tashkeel, tatweel, bidi and zero-width controls); map characters
(final letters, quote and maqaf variants, Arabic letter variants, Arabic-Indic digits); join
acronyms (a quote after a Hebrew letter belongs to the word: מנכ"ל → מנכל); tokenise and
lower-case; collapse doubled yod and vav. Then each token has variants: Hebrew without one prefix
letter, without its longest prefix chain, and without a light suffix (at least three letters
left); Arabic stemmed; English stemmed. A query word keeps its prefixes (ש+כונה is as likely as
שכונה), so שכונה does not find מכונה; the documents' prefixes are stripped instead."""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

HEBREW_MARKS = [
    *range(0x0591, 0x05BE),
    0x05BF,
    0x05C1,
    0x05C2,
    0x05C4,
    0x05C5,
    0x05C7,
]
ARABIC_MARKS = [*range(0x064B, 0x0660), 0x0670, *range(0x0610, 0x061B), *range(0x06D6, 0x06EE)]
CONTROLS = [
    0x0640,  # tatweel
    0x00AD,  # soft hyphen
    0x061C,  # Arabic letter mark
    *range(0x200B, 0x2010),  # zero-width space, joiners, LRM, RLM
    *range(0x202A, 0x202F),  # bidi embeddings and overrides
    *range(0x2066, 0x206A),  # bidi isolates
    0xFEFF,
]
DELETED = [*HEBREW_MARKS, *ARABIC_MARKS, *CONTROLS]

CHARACTER_MAP = {
    "ך": "כ",
    "ם": "מ",
    "ן": "נ",
    "ף": "פ",
    "ץ": "צ",
    "׳": "'",
    "‘": "'",
    "’": "'",
    "`": "'",
    "´": "'",
    "״": '"',
    "“": '"',
    "”": '"',
    "„": '"',
    "־": " ",
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    **{chr(0x0660 + digit): str(digit) for digit in range(10)},
    **{chr(0x06F0 + digit): str(digit) for digit in range(10)},
}

HEBREW_LETTER = "\u05d0-\u05ea"
ACRONYM_QUOTE = re.compile(f"(?<=[{HEBREW_LETTER}])['\"]")
DOUBLED = re.compile("(י)י+|(ו)ו+")
TOKEN = re.compile(r"[^\W_]+")
HEBREW_WORD = re.compile(f"[{HEBREW_LETTER}]")
ARABIC_WORD = re.compile("[\u0621-\u064a]")

PREFIX_LETTERS = "ובכלמשה"
# A legal chain of prefixes: and, then that/when/from, then the/in/as/to.
PREFIX_CHAIN = re.compile("^(ו)?(ש|כש|מ)?(ה|ב|כ|ל)?")
SUFFIXES = ["יות", "ימ", "ות", "ית", "תי", "ה", "ת", "י"]  # ים after final-letter folding
SHORTEST = 3
MAX_QUERY_WORDS = 12

_TABLE = str.maketrans({**dict.fromkeys(DELETED), **CHARACTER_MAP})
_arabic = snowballstemmer.stemmer("arabic")
_english = snowballstemmer.stemmer("english")


def normalize(text):
    """The text with marks deleted, characters mapped and acronyms joined, lower-cased."""
    text = unicodedata.normalize("NFC", text or "").translate(_TABLE)
    text = unicodedata.normalize("NFC", text).translate(_TABLE)
    return ACRONYM_QUOTE.sub("", text).lower()


def tokens(text):
    return [DOUBLED.sub(r"\1\2", token) for token in TOKEN.findall(normalize(text))]


def without_suffixes(word):
    """The word without each light suffix it ends with (הדמיות → הדמ, הדמי)."""
    return {
        word[: -len(suffix)]
        for suffix in SUFFIXES
        if word.endswith(suffix) and len(word) - len(suffix) >= SHORTEST
    }


def strip_chain(word):
    chain = PREFIX_CHAIN.match(word).end()
    return word[chain:] if len(word) - chain >= SHORTEST else word


@lru_cache(maxsize=50_000)
def variants(token, query=False):
    """The forms of one token that the index holds (or, for a query, that may match)."""
    forms = {token}
    if HEBREW_WORD.search(token):
        bases = [token]
        if not query:
            bases.append(strip_chain(token))
            if token[0] in PREFIX_LETTERS and len(token) - 1 >= SHORTEST:
                bases.append(token[1:])
        for base in bases:
            forms.add(base)
            forms.update(without_suffixes(base))
    elif ARABIC_WORD.search(token):
        form = token
        for _ in range(3):
            stemmed = _arabic.stemWord(form)
            if stemmed == form:
                break
            forms.add(stemmed)
            form = stemmed
    elif token.isalpha():
        forms.add(_english.stemWord(token))
    return frozenset(form for form in forms if form)


def index_text(text):
    """What the index stores for `text`: every variant of every token, space-separated."""
    return " ".join(sorted({form for token in tokens(text) for form in variants(token)}))


def query_groups(text):
    """A query as groups of alternatives: a document must match one form of every word."""
    groups = []
    for token in tokens(text)[:MAX_QUERY_WORDS]:
        group = variants(token, query=True)
        if group not in groups:
            groups.append(group)
    return groups
