"""Throughput under load: gunicorn on 127.0.0.1 serving the database bench/institutions.py
fills, and bounded headless runs of Locust (bench/locustfile.py) with anonymous traffic, once
with the whole-page cache and once without it.

    make bench-deps                    # installs Locust (requirements-bench.txt)
    .venv/bin/python bench/institutions.py   # once, to fill the database
    .venv/bin/python bench/load.py [--users 20] [--seconds 30]
"""

import argparse
import csv
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
BASE = BENCH.parent
VENV_BIN = Path(sys.executable).parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("gunicorn did not start")


def run(label, page_cache_seconds, users, seconds, workers):
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
        "DEBUG": "0",
        "DATABASE_URL": os.environ.get(
            "DATABASE_URL", f"sqlite:///{BENCH / 'institutions.sqlite3'}"
        ),
        "MEDIA_ROOT": str(BENCH / "media"),
        "HUB_PAGE_CACHE_SECONDS": str(page_cache_seconds),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
    }
    server = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            "hub.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=BASE,
        env={**env, "DJANGO_SETTINGS_MODULE": "hub.settings.dev"},
    )
    try:
        wait_for(port)
        with tempfile.TemporaryDirectory() as folder:
            prefix = Path(folder) / "stats"
            subprocess.run(
                [
                    str(VENV_BIN / "locust"),
                    "-f",
                    str(BENCH / "locustfile.py"),
                    "--headless",
                    "--host",
                    f"http://127.0.0.1:{port}",
                    "--users",
                    str(users),
                    "--spawn-rate",
                    str(users),
                    "--run-time",
                    f"{seconds}s",
                    "--csv",
                    str(prefix),
                    "--only-summary",
                    "--loglevel",
                    "WARNING",
                ],
                check=False,
                capture_output=True,
            )
            with open(f"{prefix}_stats.csv", newline="") as file:
                rows = list(csv.DictReader(file))
    finally:
        server.terminate()
        server.wait(timeout=30)
    return label, rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    print(f"{args.users} users, {args.seconds} s each, gunicorn with {args.workers} workers\n")
    print("| run | page | requests/s | median ms | p95 ms | failures |")
    print("|---|---|---:|---:|---:|---:|")
    for label, cache_seconds in (("page cache on", 60), ("page cache off", 0)):
        _label, rows = run(label, cache_seconds, args.users, args.seconds, args.workers)
        for row in rows:
            print(
                f"| {label} | {row['Name']} | {float(row['Requests/s']):.1f} | "
                f"{row['50%']} | {row['95%']} | {row['Failure Count']} |"
            )


if __name__ == "__main__":
    main()
