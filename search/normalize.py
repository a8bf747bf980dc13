"""Hebrew, Arabic and English text made searchable: one set of rules, applied alike when pages
are indexed and when residents search, on every backend (see elasticsearch.py for the same rules
as Elasticsearch analysis settings).

In order: delete marks (niqqud, tashkeel, tatweel, bidi and zero-width controls); map characters
(final letters, quote and maqaf variants, Arabic letter variants, Arabic-Indic digits); join
acronyms (a quote after a Hebrew letter belongs to the word: מנכ"ל → מנכל); tokenise and
lower-case; collapse doubled yod and vav. Then each written word has its forms (`word_forms`):
without its prefixes (Hebrew ו ה ב כ ל מ ש and their chains, Arabic conjunction, preposition and
article), and, marked apart from whole words, its light stems (Hebrew plural and construct
endings, Arabic sound plural and ta marbuta, English plurals) and its spelling without vav and
yod. A query word (`query_forms`) loses its prefixes only towards a word the index knows, or when
it is unknown itself: שכונה, a known word, does not find מכונה."""

import re
import unicodedata
from functools import lru_cache

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
    "ئ": "ي",
    "ؤ": "و",
    "ة": "ه",
    **{chr(0x0660 + digit): str(digit) for digit in range(10)},
    **{chr(0x06F0 + digit): str(digit) for digit in range(10)},
}

HEBREW_LETTER = "\u05d0-\u05ea"
ACRONYM_QUOTE = re.compile(f"(?<=[{HEBREW_LETTER}])['\"]+")
DOUBLED = re.compile("(י)י+|(ו)ו+")
TOKEN = re.compile(r"[^\W_]+")
HEBREW_WORD = re.compile(f"[{HEBREW_LETTER}]")
ARABIC_WORD = re.compile("[\u0621-\u064a]")

PREFIX_LETTERS = "ובכלמשה"
# A legal chain of prefixes: and, then that/when/from, then the/in/as/to.
PREFIX_CHAIN = re.compile("^(ו)?(ש|כש|מ)?(ה|ב|כ|ל)?")
SUFFIXES = ["יות", "ימ", "ות", "ית", "תי", "ה", "ת", "י"]  # ים after final-letter folding
SHORTEST = 3
# A word this long is also its own stem: מרכז finds מרכזים, but שיר does not find שירות.
OWN_STEM = 4
MAX_QUERY_WORDS = 12
LONGEST_WORD = (
    100  # longer "words" (a pasted hash, a run of letters) are neither indexed nor sought
)
# Stems and spellings without vav and yod are kept apart from whole words in the hub's index, so
# that a whole query word never matches a stem of a longer, unrelated one. The marks are letters
# no indexed language writes, so every tokenizer keeps them inside the word.
STEM, DEFECTIVE = "σ", "δ"
MATRES = re.compile("(?<=.)[וי]")

_TABLE = str.maketrans({**dict.fromkeys(DELETED), **CHARACTER_MAP})


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


def index_text(text):
    """Every form of every word of `text`, space-separated: what the fields Wagtail's own
    backends index hold (search.indexing), so the admin's searches find words with prefixes
    too."""
    return " ".join(sorted({form for token in tokens(text) for form in word_forms(token)}))


def defective(word):
    """The word without vav and yod after its first letter (כיכר and ככר, רישיון and רשיון are
    spelled alike), if at least SHORTEST letters are left; ככר is its own."""
    bare = MATRES.sub("", word)
    return bare if len(bare) >= SHORTEST else None


def _hebrew_bases(word):
    bases = {strip_chain(word)}
    if word[0] in PREFIX_LETTERS and len(word) - 1 >= SHORTEST:
        bases.add(word[1:])
    bases.discard(word)
    return bases


def _hebrew_variants(words):
    """Stems and defective spellings of Hebrew words, marked."""
    forms = set()
    for word in words:
        stems = without_suffixes(word) | ({word} if len(word) >= OWN_STEM else set())
        forms.update(STEM + stem for stem in stems)
        for spelled in {word, *stems}:
            bare = defective(spelled)
            if bare:
                forms.add(DEFECTIVE + bare)
    return forms


# Arabic: a conjunction, then a preposition and the article (وبال، فلل، كال…), and sound
# plural, dual, nisba and ta marbuta endings (ة is already ه).
ARABIC_CONJUNCTIONS = ("و", "ف")
ARABIC_ARTICLES = ("بال", "كال", "لل", "ال", "ب", "ك", "ل")
ARABIC_SUFFIXES = ["ات", "ون", "ين", "ان", "يه", "ه", "ي"]
ARABIC_OWN_STEM = 5  # مكتب (office) is not the stem of مكتبة (library)


def _arabic_bases(word):
    """The word without its conjunction, and without its conjunction and article or
    preposition (at least SHORTEST letters left)."""
    bases = set()
    rest = word[1:] if word.startswith(ARABIC_CONJUNCTIONS) else word
    candidates = [rest]
    article = next((a for a in ARABIC_ARTICLES if rest.startswith(a)), "")
    candidates.append(rest[len(article) :])
    for base in candidates:
        if len(base) >= SHORTEST and base != word:
            bases.add(base)
    return bases


def _arabic_stems(words):
    stems = set()
    for word in words:
        stems.update(
            word[: -len(suffix)]
            for suffix in ARABIC_SUFFIXES
            if word.endswith(suffix) and len(word) - len(suffix) >= SHORTEST
        )
        if len(word) >= ARABIC_OWN_STEM:
            stems.add(word)
    return {STEM + stem for stem in stems}


ENGLISH_PLURALS = [
    (re.compile("^([a-z]{2,})ies$"), r"\1y"),
    (re.compile("^([a-z]+(?:ch|sh|ss|x|z))es$"), r"\1"),
    (re.compile("^([a-z]{2,}[^su])s$"), r"\1"),
]


def english_stem(word):
    """Plurals only (parks → park, libraries → library, benches → bench; not parking → park,
    which a full stemmer conflates): the first rule that applies. Elasticsearch runs the same
    patterns."""
    for pattern, replacement in ENGLISH_PLURALS:
        if pattern.match(word):
            return pattern.sub(replacement, word)
    return word


def _stems(token):
    """English stems, marked; none for other scripts."""
    if token.isalpha() and token.isascii():
        return {STEM + english_stem(token)}
    return set()


@lru_cache(maxsize=100_000)
def word_forms(token):
    """Everything the hub's index holds for one written word: the word, the word without its
    prefixes (בשכונה → שכונה), and its marked stems and spellings."""
    if HEBREW_WORD.search(token):
        words = {token, *_hebrew_bases(token)}
        return frozenset(words | _hebrew_variants(words))
    if ARABIC_WORD.search(token):
        words = {token, *_arabic_bases(token)}
        return frozenset(words | _arabic_stems(words))
    return frozenset({token, *_stems(token)})


def prefix_candidates(token):
    """The words a query word may be after its prefixes (למרכז → מרכז, بالمركز → مركز), of at
    least SHORTEST letters: לחם is not ל + חם, nor כלב כ + לב."""
    if HEBREW_WORD.search(token):
        return _hebrew_bases(token)
    if ARABIC_WORD.search(token):
        return _arabic_bases(token)
    return set()


def query_forms(token, known=frozenset()):
    """The forms a query word matches in the index. Its prefixes come off when what is left is a
    word the index knows, or when the query word itself is unknown (בפרגולות) and what is left
    has at least SHORTEST letters: שכונה, a known word, is not read as ש + כונה."""
    bases = {
        base
        for base in prefix_candidates(token)
        if base in known or (token not in known and len(base) >= SHORTEST)
    }
    words = {token, *bases}
    if HEBREW_WORD.search(token):
        return frozenset(words | _hebrew_variants(words))
    if ARABIC_WORD.search(token):
        return frozenset(words | _arabic_stems(words))
    return frozenset({token, *_stems(token)})


def query_words(text):
    """The words of a query that are searched for, at most MAX_QUERY_WORDS."""
    return [word for word in tokens(text) if len(word) <= LONGEST_WORD][:MAX_QUERY_WORDS]


def phrase_tokens(text):
    return tuple(tokens(text))


def _readings(phrase):
    """A phrase as written, and with a prefix off its first word (לביה"ס → ביה"ס)."""
    first, *rest = phrase
    return [phrase, *((base, *rest) for base in sorted(prefix_candidates(first)))]


def find_synonyms(words, groups):
    """The query's words as clauses: each clause is a list of alternative phrases (tuples of
    words). A phrase of a synonym group found in the query (longest first, also after a prefix)
    becomes a clause with every phrase of its group; every other word is a clause of its own."""
    phrases = {}
    for group in groups:
        for phrase in group:
            phrases.setdefault(phrase, group)
    longest = max((len(phrase) for phrase in phrases), default=0)
    clauses, position = [], 0
    while position < len(words):
        for length in range(min(longest, len(words) - position), 0, -1):
            written = tuple(words[position : position + length])
            phrase = next((p for p in _readings(written) if p in phrases), None)
            if phrase:
                others = [p for p in phrases[phrase] if p != phrase]
                clauses.append([written, *([phrase] if phrase != written else []), *others])
                position += length
                break
        else:
            clauses.append([(words[position],)])
            position += 1
    return clauses
