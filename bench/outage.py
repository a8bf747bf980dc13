"""The site under load while its services fail: gunicorn (production settings, two workers, as
deploy/gunicorn.conf.py runs it) with PostgreSQL and a Redis of this script's own, 8 connections
for 60 s on a mix of pages in three languages and searches, and in the middle, for 10 s:

1. Redis stopped (the process ended, then started again on the same port): no 5xx at all.
2. PostgreSQL unreachable (a relay between the app and the machine's server cut): only 503s
   (pages in the page cache still 200), and everything 200 again within 2 s after.

"Nothing lost": each search of a word made up for the run is recorded in the database when it
is answered with 200 (search.views.record); the database's count must equal the 200s.

    .venv/bin/python bench/outage.py [--seconds 60] [--outage 10] [--connections 8]

Needs PostgreSQL at 127.0.0.1:5432 (a database of its own is made and dropped) and Debian's
redis-server; never touches the machine's Redis.
"""

import argparse
import http.client
import os
import random
import shutil
import statistics
import string
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE))

from tests.demo_pages import PATHS  # noqa: E402
from tests.servers import (  # noqa: E402
    TcpRelay,
    free_port,
    load_demo,
    manage,
    production_env,
    running_gunicorn,
    server_env,
)

POSTGRES = "postgres://postgres@127.0.0.1:5432"


class Redis:
    def __init__(self, workdir):
        self.port = free_port()
        self.workdir = workdir
        self.process = None
        self.start()

    def start(self):
        self.process = subprocess.Popen(
            [shutil.which("redis-server"), "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--save", "", "--dir", str(self.workdir)],
            stdout=subprocess.DEVNULL,
        )
        time.sleep(0.3)

    def stop(self):
        self.process.terminate()
        self.process.wait(10)


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    except OSError:
        return 0  # no answer at all
    finally:
        connection.close()


def load(port, seconds, connections, paths, outage_at, outage, fail, restore):
    """Requests from `connections` threads for `seconds`; the service fails at `outage_at` for
    `outage` seconds. Each result: (seconds since start, status, milliseconds, path)."""
    results, lock = [], threading.Lock()
    started = time.monotonic()

    def worker(number):
        rng = random.Random(number)
        while (now := time.monotonic() - started) < seconds:
            path = rng.choice(paths)
            before = time.perf_counter()
            status = get(port, path)
            with lock:
                results.append((now, status, (time.perf_counter() - before) * 1000, path))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(connections)]
    for thread in threads:
        thread.start()
    time.sleep(outage_at)
    fail()
    failed_at = time.monotonic() - started
    time.sleep(outage)
    restore()
    restored_at = time.monotonic() - started
    for thread in threads:
        thread.join()
    return results, failed_at, restored_at


def report(name, results, seconds, failed_at, restored_at, probe, recorded):
    timings = sorted(result[2] for result in results)
    statuses = {}
    for result in results:
        statuses[result[1]] = statuses.get(result[1], 0) + 1
    # A request is in the outage if it was still waiting for its answer when the service went.
    during = [r for r in results if r[0] + r[2] / 1000 >= failed_at and r[0] < restored_at]
    after = [r for r in results if r[0] >= restored_at]
    bad_after = [r for r in after if r[1] != 200]
    recovery = (max(r[0] for r in bad_after) - restored_at) if bad_after else 0.0
    outside = [
        r for r in results if r[0] + r[2] / 1000 < failed_at or r[0] >= restored_at + recovery
    ]
    probes_ok = sum(1 for r in results if probe in r[3] and r[1] == 200)
    print(f"\n## {name}")
    print(f"requests: {len(results)} in {seconds} s = {len(results) / seconds:.1f} req/s")
    print(
        f"p50 {statistics.median(timings):.0f} ms, p95 {timings[int(len(timings) * 0.95)]:.0f} ms"
    )
    print(f"statuses: {dict(sorted(statuses.items()))}")
    print(
        f"during the outage ({restored_at - failed_at:.1f} s): "
        f"{ {s: sum(1 for r in during if r[1] == s) for s in sorted({r[1] for r in during})} }"
    )
    print(f"5xx outside the outage: {sum(1 for r in outside if r[1] >= 500 or r[1] == 0)}")
    print(f"recovered {recovery:.2f} s after the service came back")
    print(f"searches answered 200: {probes_ok}; recorded in the database: {recorded}")
    return {
        "five_hundreds": sum(1 for r in results if r[1] >= 500 or r[1] == 0),
        "non_503_during": sum(1 for r in during if r[1] not in (200, 503)),
        "outside": sum(1 for r in outside if r[1] >= 500 or r[1] == 0),
        "recovery": recovery,
        "lost": probes_ok - recorded,
    }


def recorded_searches(database_url, probe):
    import psycopg

    with psycopg.connect(database_url) as connection:
        row = connection.execute(
            "SELECT coalesce(sum(searches), 0) FROM search_searchterm WHERE query = %s", [probe]
        ).fetchone()
    return row[0]


def reset_searches(database_url, probe):
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute("DELETE FROM search_searchterm WHERE query = %s", [probe])


def run_scenarios(port, args, database_url, redis, relay):
    probe = "".join(random.choice(string.ascii_lowercase) for _ in range(12))
    paths = [f"/{language}/{path}" for language in ("he", "ar", "en") for path in PATHS]
    paths += [f"/he/search/?q={probe}"] * 6
    for path in paths:
        get(port, path)  # warm: renditions made, the page cache filled
    reset_searches(database_url, probe)
    outcomes = {}
    for label, fail, restore in (
        ("Redis stopped", redis.stop, redis.start),
        ("PostgreSQL unreachable", relay.pause, relay.resume),
    ):
        outage_at = (args.seconds - args.outage) / 2
        results, failed_at, restored_at = load(
            port, args.seconds, args.connections, paths, outage_at, args.outage, fail, restore
        )
        time.sleep(1)
        recorded = recorded_searches(database_url, probe)
        outcomes[label] = report(
            label, results, args.seconds, failed_at, restored_at, probe, recorded
        )
        reset_searches(database_url, probe)
    return outcomes


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--outage", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()
    import psycopg

    workdir = Path(tempfile.mkdtemp(prefix="hub-outage-"))
    name = f"hub_outage_{os.getpid()}"
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    database_url = f"{POSTGRES}/{name}"
    redis = Redis(workdir)
    relay = TcpRelay("127.0.0.1", 5432)
    try:
        print("loading the demo content…", flush=True)
        load_demo(server_env(workdir, database_url))
        env = production_env(
            workdir,
            f"postgres://postgres@127.0.0.1:{relay.port}/{name}",
            f"redis://127.0.0.1:{redis.port}/0",
            LOG_REQUESTS="0",
        )
        manage(env, "collectstatic", "--no-input", "-v0")
        with running_gunicorn(env, workdir / "gunicorn.log") as url:
            outcomes = run_scenarios(int(url.rsplit(":", 1)[1]), args, database_url, redis, relay)
        redis_ok = outcomes["Redis stopped"]
        database_ok = outcomes["PostgreSQL unreachable"]
        verdict = (
            redis_ok["five_hundreds"] == 0
            and redis_ok["lost"] == 0
            and database_ok["non_503_during"] == 0
            and database_ok["outside"] == 0
            and database_ok["recovery"] <= 2
            and database_ok["lost"] == 0
        )
        print("\nall targets met" if verdict else "\nTARGET MISSED")
        return 0 if verdict else 1
    finally:
        relay.close()
        redis.stop()
        with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
