"""The rules of search.normalize as Elasticsearch analysis settings, built from the same tables,
so production answers like the embedded default. Used as INDEX_SETTINGS when ELASTICSEARCH_URL
is set; tested as data (and against a real server where one is configured)."""

from .normalize import (
    ARABIC_ARTICLES,
    ARABIC_CONJUNCTIONS,
    ARABIC_SUFFIXES,
    CHARACTER_MAP,
    DELETED,
    ENGLISH_PLURALS,
    HEBREW_LETTER,
    MATRES,
    PREFIX_LETTERS,
    SHORTEST,
    SUFFIXES,
)


def _escape(character):
    return f"\\u{ord(character):04x}"


def char_mappings():
    """Marks deleted and characters mapped, as a `mapping` char filter's rules."""
    mappings = [f"{_escape(chr(code))}=>" for code in DELETED]
    mappings += [
        f"{_escape(source)}=>{target if target.strip() else _escape(' ')}"
        for source, target in CHARACTER_MAP.items()
    ]
    return mappings


def suffix_pattern():
    """Any light suffix, leaving at least SHORTEST letters (Java and Python regex alike)."""
    alternatives = "|".join(sorted(SUFFIXES, key=len, reverse=True))
    return f"^([{HEBREW_LETTER}]{{{SHORTEST},}}?)({alternatives})$"


def prefix_pattern():
    return f"^[{PREFIX_LETTERS}]([{HEBREW_LETTER}]{{{SHORTEST},}})$"


def chain_pattern():
    return f"^ו?(?:ש|כש|מ)?(?:ה|ב|כ|ל)?([{HEBREW_LETTER}]{{{SHORTEST},}})$"


# Each rule applies to what the one before left: at most one of them matches a word.
ENGLISH_PLURAL = ", ".join(f"hub_english_plural_{n}" for n in range(len(ENGLISH_PLURALS)))


def arabic_prefix_pattern():
    """A conjunction and an article or preposition (search.normalize._arabic_bases)."""
    conjunctions = "".join(ARABIC_CONJUNCTIONS)
    articles = "|".join(ARABIC_ARTICLES)
    return f"^[{conjunctions}]?(?:{articles})?([\u0621-\u064a]{{{SHORTEST},}})$"


def arabic_suffix_pattern():
    alternatives = "|".join(sorted(ARABIC_SUFFIXES, key=len, reverse=True))
    return f"^([\u0621-\u064a]{{{SHORTEST},}}?)({alternatives})$"


def _replace(pattern, replacement="$1"):
    return {"type": "pattern_replace", "pattern": pattern, "replacement": replacement}


def _rewriting_filters():
    """Each rule of search.normalize as a pattern_replace filter."""
    return {
        "hub_doubled_letters": _replace("(\u05d9)\u05d9+|(\u05d5)\u05d5+", "$1$2"),
        "hub_without_prefix": _replace(prefix_pattern()),
        "hub_without_chain": _replace(chain_pattern()),
        "hub_without_suffix": _replace(suffix_pattern()),
        "hub_defective": _replace(MATRES.pattern, ""),
        "hub_arabic_without_prefixes": _replace(arabic_prefix_pattern()),
        "hub_arabic_without_suffix": _replace(arabic_suffix_pattern()),
        **{
            f"hub_english_plural_{number}": _replace(
                pattern.pattern, replacement.replace("\\1", "$1")
            )
            for number, (pattern, replacement) in enumerate(ENGLISH_PLURALS)
        },
    }


def token_filters():
    """Tokens with doubled letters collapsed, and the multiplexers that emit each token's
    variants: more at index time than at query time (prefixes come off a query word only where
    the vocabulary says so, which the engine decides before it asks: see search.engine)."""
    return {
        **_rewriting_filters(),
        "hub_index_variants": {
            "type": "multiplexer",
            "preserve_original": True,
            "filters": [
                "hub_without_prefix",
                "hub_without_chain",
                "hub_without_suffix",
                "hub_without_prefix, hub_without_suffix",
                "hub_without_chain, hub_without_suffix",
                "hub_defective",
                "hub_without_prefix, hub_defective",
                "hub_without_suffix, hub_defective",
                "hub_arabic_without_prefixes",
                "hub_arabic_without_suffix",
                "hub_arabic_without_prefixes, hub_arabic_without_suffix",
                ENGLISH_PLURAL,
            ],
        },
        "hub_query_variants": {
            "type": "multiplexer",
            "preserve_original": True,
            "filters": [
                "hub_without_suffix",
                "hub_defective",
                "hub_without_suffix, hub_defective",
                "hub_arabic_without_suffix",
                ENGLISH_PLURAL,
            ],
        },
    }


def char_filters():
    return {
        "hub_marks_and_letters": {"type": "mapping", "mappings": char_mappings()},
        "hub_acronyms": {
            "type": "pattern_replace",
            "pattern": f"(?<=[{HEBREW_LETTER}])['\"]+",
            "replacement": "",
        },
    }


def _analyzer(variants):
    return {
        "type": "custom",
        "char_filter": ["hub_marks_and_letters", "hub_acronyms"],
        "tokenizer": "standard",
        "filter": ["lowercase", "hub_doubled_letters", variants, "unique"],
    }


def index_settings():
    """Settings for Wagtail's Elasticsearch backend: its default analyzers (index and search)
    replaced by ours, which every text field then uses."""
    return {
        "settings": {
            "analysis": {
                "char_filter": char_filters(),
                "filter": token_filters(),
                "analyzer": {
                    "default": _analyzer("hub_index_variants"),
                    "default_search": _analyzer("hub_query_variants"),
                },
            }
        }
    }
