"""Where the hub's index keeps its words, in the database's own full-text index: an FTS5 table
on SQLite (ranked with bm25), tsvector columns with a GIN index on PostgreSQL (ranked with
ts_rank_cd). Each entry has its written words ("exact") and every form search.normalize derives
from them ("forms"), per field: title, summary, body and the text of documents. A query matches
on the forms and is ranked by both, so a written word counts above a derived one, a title above
a summary, a summary above a body, a body above a document's text, and the query's words side by
side above the same words apart.

Both vendors get the words from Python, already normalised (the SQLite tokenizer only splits at
spaces; PostgreSQL gets tsvector and tsquery literals, not its parser's reading of the text), so
they hold and match exactly the same forms."""

from django.db import connection, transaction

from .normalize import HEBREW_WORD

FIELDS = ("title", "summary", "body", "documents")
# Weights of the fields, and of a written word over a derived form.
FIELD_WEIGHTS = {"title": 20.0, "summary": 4.0, "body": 2.0, "documents": 1.0}
EXACT_WEIGHT = 2.0
PG_WEIGHT_LETTERS = {"title": "A", "summary": "B", "body": "C", "documents": "D"}
PG_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"  # D, C, B, A, as ts_rank_cd takes them
MAX_POSITION = 16383  # PostgreSQL's highest tsvector position

FTS_TABLE = "search_text"
ARTICLE = "ה"
EXACT_COLUMNS = [f"{name}_exact" for name in FIELDS]
FORM_COLUMNS = list(FIELDS)


def _tsvector(fields, per_field=256):
    """A tsvector literal of {field: [words, in order]}: each word at its position, weighted by
    its field (positions run on across fields, with a gap, so a phrase never spans two), at
    most `per_field` positions of a word in a field."""
    positions = {}
    position = 1
    for name in FIELDS:
        letter = PG_WEIGHT_LETTERS[name]
        seen = {}
        for words in fields.get(name, ()):
            for word in words:
                seen[word] = seen.get(word, 0) + 1
                if seen[word] <= per_field:
                    place = f"{min(position, MAX_POSITION)}{letter}"
                    positions.setdefault(word, []).append(place)
            position += 1
        position += 10
    return " ".join(
        f"'{word}':{','.join(places[:256])}" for word, places in sorted(positions.items())
    )


def write(rows):
    """Store the words of new entries: rows of (entry id, {field: [[forms of one written word],
    …]}), where the first form of each word is the word as written. An entry written again is
    a new entry: its old words are deleted with the old one (`delete`)."""
    if not rows:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            columns = ", ".join(["rowid", *EXACT_COLUMNS, *FORM_COLUMNS])
            marks = ", ".join(["%s"] * (1 + 2 * len(FIELDS)))
            values = [
                (
                    entry_id,
                    *(" ".join(w[0] for w in fields.get(name, ())) for name in FIELDS),
                    *(" ".join(" ".join(w) for w in fields.get(name, ())) for name in FIELDS),
                )
                for entry_id, fields in rows
            ]
            cursor.executemany(f"INSERT INTO {FTS_TABLE} ({columns}) VALUES ({marks})", values)
        elif connection.vendor == "postgresql":
            values = [
                (
                    _tsvector({name: [[w[0]] for w in fields.get(name, ())] for name in FIELDS}),
                    # The forms are for matching and a rough rank: one position per field is
                    # enough, and keeps the vector small to read for every match.
                    _tsvector(fields, per_field=1),
                    entry_id,
                )
                for entry_id, fields in rows
            ]
            cursor.executemany(
                "UPDATE search_entry SET exact = %s::tsvector, forms = %s::tsvector WHERE id = %s",
                values,
            )


def delete(ids):
    if ids and connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [(i,) for i in ids])


def clear():
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS_TABLE}")


# Matching


def _fts_phrase(words):
    return '"' + " ".join(words) + '"'


def _fts_word(word):
    forms = " OR ".join(_fts_phrase([form]) for form in sorted(word.forms))
    matched = f"{{{' '.join(FORM_COLUMNS)}}}: ({forms})"
    if not word.written:
        return f"({matched})"
    return f"({matched} OR {{{' '.join(EXACT_COLUMNS)}}}: {_fts_phrase([word.exact])})"


def _fts_query(clauses, phrase):
    expression = " AND ".join(
        "(" + " OR ".join("(" + " AND ".join(map(_fts_word, alt)) + ")" for alt in clause) + ")"
        for clause in clauses
    )
    if len(phrase) > 1:
        expression = f"({expression}) OR {{{' '.join(EXACT_COLUMNS)}}}: {_fts_phrase(phrase)}"
    return expression


def _ts_lexeme(form):
    return "'" + form.replace("'", "''") + "'"


def _ts_query(clauses):
    def word(w):
        return "(" + " | ".join(_ts_lexeme(form) for form in sorted(w.forms)) + ")"

    return " & ".join(
        "(" + " | ".join("(" + " & ".join(map(word, alt)) + ")" for alt in clause) + ")"
        for clause in clauses
    )


def _ts_exact(clauses, phrase):
    words = sorted({w.exact for clause in clauses for alt in clause for w in alt if w.written})
    parts = [_ts_lexeme(w) for w in words]
    if len(phrase) > 1:
        parts.append("(" + " <-> ".join(_ts_lexeme(w) for w in phrase) + ")")
    return " | ".join(parts)


def _bm25_weights():
    weights = [FIELD_WEIGHTS[name] * EXACT_WEIGHT for name in FIELDS]
    weights += [FIELD_WEIGHTS[name] for name in FIELDS]
    return ", ".join(str(w) for w in weights)


ENTRY_COLUMNS = "e.id, e.kind, e.object_id, e.type_key, e.unit_key, e.neighborhood_keys, e.path"


def match(clauses, phrase, locale_id):
    """Every live entry of the locale (and every document) matching the clauses, best first:
    rows of (id, kind, object_id, type_key, unit_key, neighborhood_keys, path, score)."""
    where = "e.live AND (e.locale_id = %s OR e.kind = 'document')"
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            score = f"-bm25({FTS_TABLE}, {_bm25_weights()})"
            cursor.execute(
                f"SELECT {ENTRY_COLUMNS}, {score} AS score FROM {FTS_TABLE} "
                f"JOIN search_entry e ON e.id = {FTS_TABLE}.rowid "
                f"WHERE {FTS_TABLE} MATCH %s AND {where} ORDER BY score DESC, e.id",
                [_fts_query(clauses, phrase), locale_id],
            )
        else:
            # The query's tsquery as a literal parameter of the WHERE clause, so the planner
            # sees it and takes the GIN index.
            forms, exact = _ts_query(clauses), _ts_exact(clauses, phrase)
            # A common word matches a large share of the entries; the planner would then read
            # (and unpack) every row's vectors rather than ask the GIN index.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(
                f"SELECT {ENTRY_COLUMNS}, "
                f"ts_rank_cd('{PG_WEIGHTS}', e.exact, %s::tsquery, 1) * {EXACT_WEIGHT} "
                f"+ ts_rank('{PG_WEIGHTS}', e.forms, %s::tsquery, 1) AS score "
                "FROM search_entry e "
                f"WHERE e.forms @@ %s::tsquery AND {where} ORDER BY score DESC, e.id",
                [exact, forms, forms, locale_id],
            )
        return cursor.fetchall()


def _starts(word):
    """A title word may start as typed, or with the article ה before it (מרכ → המרכז); no other
    prefix, so ועד does not suggest מועדון."""
    return [word, ARTICLE + word] if HEBREW_WORD.search(word) else [word]


def title_starts(words, locale_id, limit):
    """Object ids of live pages of the locale whose titles have words starting like `words`
    (all but the last written whole), best first."""
    *whole, start = words
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            terms = [" OR ".join(_fts_phrase([w]) for w in _starts(word)) for word in whole]
            terms.append(" OR ".join(_fts_phrase([w]) + "*" for w in _starts(start)))
            cursor.execute(
                f"SELECT e.object_id FROM {FTS_TABLE} "
                f"JOIN search_entry e ON e.id = {FTS_TABLE}.rowid "
                f"WHERE {FTS_TABLE} MATCH %s AND e.live AND e.locale_id = %s "
                f"AND e.kind = 'page' ORDER BY bm25({FTS_TABLE}), e.id LIMIT %s",
                [
                    "{title_exact}: (" + " AND ".join(f"({t})" for t in terms) + ")",
                    locale_id,
                    limit,
                ],
            )
        else:
            terms = [" | ".join(_ts_lexeme(w) + ":A" for w in _starts(word)) for word in whole]
            terms.append(" | ".join(_ts_lexeme(w) + ":*A" for w in _starts(start)))
            query = " & ".join(f"({t})" for t in terms)
            cursor.execute(
                "SELECT e.object_id FROM search_entry e "
                "WHERE e.exact @@ %s::tsquery AND e.live AND e.locale_id = %s "
                "AND e.kind = 'page' ORDER BY ts_rank_cd(e.exact, %s::tsquery) DESC, e.id "
                "LIMIT %s",
                [query, locale_id, query, limit],
            )
        return [object_id for (object_id,) in cursor.fetchall()]
