#!/usr/bin/env python3
"""The service hall's benchmark (issue 17; not a test): DESKS desk processes saving and
updating cases for SECONDS against one store, each save one `policy-wizard cases save` run
(start-up, connection and schema check included, as a script at a desk would do it).

Every second save of a desk repeats an earlier request id (an update of that case), the
others are new cases. Prints saves per second, p50/p99 latency, and checks that the store ends
with exactly as many cases as distinct request ids were reported saved (a failed save, exit
75, must store nothing).

  scripts/bench-hall.py --db postgresql://hall:PASSWORD@127.0.0.1:PORT/bench
  scripts/bench-hall.py --db /tmp/bench/cases.sqlite          # SQLite, WAL, one machine
Options: --desks 20 --seconds 60 --binary .build/release/policy-wizard
"""
import argparse
import json
import os
import statistics
import subprocess
import threading
import time

parser = argparse.ArgumentParser()
parser.add_argument("--db", required=True)
parser.add_argument("--desks", type=int, default=20)
parser.add_argument("--seconds", type=float, default=60)
parser.add_argument("--binary", default=".build/release/policy-wizard")
parser.add_argument("--profile", default="Data/samples/1-hohhot-dairy-tech.json")
arguments = parser.parse_args()

lock = threading.Lock()
latencies = []
new_cases = {}
updates = 0
failures = []
deadline = time.monotonic() + arguments.seconds


def desk(number):
    global updates
    count = 0
    while time.monotonic() < deadline:
        count += 1
        # Odd saves are new cases; even ones save the previous request id again (an update).
        key = f"desk{number}-{count if count % 2 else count - 1}"
        start = time.monotonic()
        result = subprocess.run(
            [arguments.binary, "cases", "save", arguments.profile, "--request-id", key,
             "--note", f"desk {number}", "--db", arguments.db],
            capture_output=True, text=True)
        took = time.monotonic() - start
        with lock:
            if result.returncode == 0:
                latencies.append(took)
                # A key saved before is an update of its case; the first success of a key
                # made the case (an odd save that failed leaves it to the next one).
                if key in new_cases:
                    updates += 1
                new_cases[key] = result.stdout.strip()
            else:
                failures.append((key, result.returncode, result.stderr.strip()[:200]))


threads = [threading.Thread(target=desk, args=(n,)) for n in range(1, arguments.desks + 1)]
began = time.monotonic()
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
elapsed = time.monotonic() - began

listing = subprocess.run(
    [arguments.binary, "cases", "list", "--format", "json", "--db", arguments.db],
    capture_output=True, text=True, check=True)
stored = len(json.loads(listing.stdout)["cases"])
latencies.sort()
p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else 0
print(json.dumps({
    "store": "postgresql" if arguments.db.startswith("postgres") else "sqlite",
    "desks": arguments.desks, "seconds": round(elapsed, 1),
    "saves": len(latencies), "newCases": len(new_cases), "updates": updates,
    "failures": len(failures), "savesPerSecond": round(len(latencies) / elapsed, 1),
    "p50ms": round(statistics.median(latencies) * 1000, 1) if latencies else None,
    "p99ms": round(p99 * 1000, 1), "casesStored": stored,
    "countMatches": stored == len(new_cases),
}, indent=1))
for failure in failures[:5]:
    print("failure:", failure)
raise SystemExit(0 if stored == len(new_cases) and not failures else 1)
