"""The search evaluation set (tests/search/evaluation.py) on a fresh SQLite database and a fresh
PostgreSQL database side by side: recall@10, MRR and precision per language and database, the
pairs that miss by category, and whether both databases give the same first ten results for
every query (the issue asks that they do).

    .venv/bin/python bench/search_eval.py
    .venv/bin/python bench/search_eval.py --postgres postgres://postgres@127.0.0.1:5432/search_eval

Each run is the test suite's own evaluation (tests/search/test_evaluation.py, so the pages, the
synonyms and the measure are the ones the suite asserts on), run by pytest in a database made
for it: SQLite in memory, and on PostgreSQL `test_<name>`, created anew (--create-db) and
dropped afterwards. Both run at once. SEARCH_EVAL_REPORT has each write every query's results
as JSON; a run whose measures fall short of the test's thresholds still reports them."""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
TEST = "tests/search/test_evaluation.py::test_the_engine_finds_what_residents_mean_and_nothing_else"
POSTGRES = "postgres://postgres@127.0.0.1:5432/search_eval"
LANGUAGES = ("he", "ar", "en")


def start(name, database_url, folder):
    """pytest running the evaluation against `database_url` (None: SQLite in memory)."""
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    if database_url:
        env["DATABASE_URL"] = database_url
    env["SEARCH_EVAL_REPORT"] = str(folder / f"{name}.json")
    log = open(folder / f"{name}.log", "w")
    command = [sys.executable, "-m", "pytest", TEST, "-q", "-p", "no:cacheprovider", "--create-db"]
    return subprocess.Popen(command, cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT)


def load(name, process, folder):
    process.wait()
    path = folder / f"{name}.json"
    if not path.exists():
        log = (folder / f"{name}.log").read_text()
        sys.exit(f"{name}: the evaluation did not run (pytest exit {process.returncode}):\n{log}")
    return json.loads(path.read_text())


def measures(records):
    finds = [r for r in records if r["kind"] == "find"]
    misses = [r for r in records if r["kind"] == "miss"]
    return (
        len(finds),
        sum(r["rank"] is not None for r in finds) / len(finds),
        sum(1 / r["rank"] for r in finds if r["rank"]) / len(finds),
        len(misses),
        sum(r["rank"] is None for r in misses) / len(misses),
    )


def measures_table(runs):
    lines = [
        "| database | language | pairs | recall@10 | MRR | precision pairs | precision |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for name, run in runs.items():
        records = run["records"]
        for language in (*LANGUAGES, "all"):
            chosen = [r for r in records if language in ("all", r["language"])]
            finds, recall, mrr, misses, precision = measures(chosen)
            lines.append(
                f"| {name} | {language} | {finds} | {recall:.3f} | {mrr:.3f} | {misses} "
                f"| {precision:.3f} |"
            )
    return "\n".join(lines)


def missed(record):
    if record["kind"] == "find":
        return record["rank"] != 1
    return record["rank"] is not None


def category_table(runs):
    """Per category: pairs, and per database those not first (finds) or found (misses)."""
    names = list(runs)
    first = runs[names[0]]["records"]
    sizes = Counter((r["kind"], r["category"]) for r in first)
    counts = {
        name: Counter((r["kind"], r["category"]) for r in run["records"] if missed(r))
        for name, run in runs.items()
    }
    lines = [
        "| kind | category | pairs | " + " | ".join(f"{n} missing" for n in names) + " |",
        "|---|---|---:|" + "---:|" * len(names),
    ]
    for kind, category in sorted(sizes):
        row = [str(counts[n][(kind, category)]) for n in names]
        lines.append(f"| {kind} | {category} | {sizes[(kind, category)]} | {' | '.join(row)} |")
    return "\n".join(lines)


def differences(runs):
    """The queries whose first ten differ between the databases."""
    (a, run_a), (b, run_b) = runs.items()
    tops_b = {(r["kind"], r["language"], r["query"]): r["top"] for r in run_b["records"]}
    lines = []
    for r in run_a["records"]:
        other = tops_b.get((r["kind"], r["language"], r["query"]))
        if other != r["top"]:
            lines.append(f"- {r['category']} “{r['query']}”:\n  {a}: {r['top']}\n  {b}: {other}")
    return lines


def failing_pairs(runs):
    lines = []
    for name, run in runs.items():
        lines.append(f"\n{name}:")
        for r in sorted(run["records"], key=lambda r: r["category"]):
            if not missed(r):
                continue
            if r["kind"] == "miss":
                what = f"found at {r['rank']}"
            elif r["rank"] is None:
                what = "not in the first ten"
            else:
                what = f"at {r['rank']}, after {r['top'][: r['rank'] - 1]}"
            lines.append(f"  {r['category']}: {r['query']} → {r['key']}: {what}")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--postgres",
        default=POSTGRES,
        help="PostgreSQL URL whose test_<name> database the run creates (default: %(default)s)",
    )
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        processes = {
            "sqlite": start("sqlite", None, folder),
            "postgresql": start("postgresql", arguments.postgres, folder),
        }
        runs = {name: load(name, process, folder) for name, process in processes.items()}
    for name, run in runs.items():
        backends = sorted({r.get("backend") or "?" for r in run["records"]})
        print(f"{name}: database {run['database']}, search backend {', '.join(backends)}")
    print()
    print(measures_table(runs))
    print()
    print(category_table(runs))
    different = differences(runs)
    queries = len(runs["sqlite"]["records"])
    print(
        f"\nSame first ten on both databases: {queries - len(different)} of {queries} queries"
        + (":" if different else ".")
    )
    print("\n".join(different))
    print(failing_pairs(runs))


if __name__ == "__main__":
    main()
