#!/usr/bin/env python3
"""Copies a generated SQLite history store into a PostgreSQL one (bench/fleet-page.sh), unless it already
holds scans: the schema comes from the tool (`FleetHistoryBench open`, run by the bench before), the rows go
through psql's COPY, then ANALYZE so the planner sees the real row counts.
Usage: fleet-sqlite2pg.py STORE.db 'jdbc:postgresql://host:port/db?user=U&password=P'"""
import csv, os, sqlite3, subprocess, sys, tempfile
from urllib.parse import parse_qs, urlparse

src, jdbc = sys.argv[1], sys.argv[2]
url = urlparse(jdbc[len("jdbc:"):])
query = {k: v[0] for k, v in parse_qs(url.query).items()}
env = dict(os.environ, PGPASSWORD=query.get("password", ""))
psql = ["psql", "-h", url.hostname or "localhost", "-p", str(url.port or 5432), "-U", query.get("user", "postgres"),
        "-d", url.path.lstrip("/"), "-qtA", "-v", "ON_ERROR_STOP=1", "-c"]
count = subprocess.run(psql + ["SELECT count(*) FROM scans"], env=env, check=True, capture_output=True, text=True).stdout.strip()
if count != "0":
    print(f"PostgreSQL store already holds {count} scans")
    sys.exit(0)
tables = {"scans": "id, target, platform, team, scanned_at, recorded_at, status, reason, rubric_digest, tool_version, report,"
                   " rubric_version",
          "axis_levels": "scan_id, axis, track, applicable, level, ceiling",
          "criterion_outcomes": "scan_id, axis, track, criterion, outcome"}
c = sqlite3.connect(src)
with tempfile.TemporaryDirectory(dir=os.path.dirname(os.path.abspath(src))) as tmp:
    for table, columns in tables.items():
        path = os.path.join(tmp, table + ".csv")
        with open(path, "w", newline="") as f:
            w = csv.writer(f)
            for row in c.execute(f"SELECT {columns} FROM {table}"):
                w.writerow(["\\N" if v is None else v for v in row])
        subprocess.run(psql + [f"\\copy {table} ({columns}) FROM '{path}' WITH (FORMAT csv, NULL '\\N')"], env=env, check=True)
        os.remove(path)
        print(f"copied {table}", flush=True)
subprocess.run(psql + ["ANALYZE"], env=env, check=True)
