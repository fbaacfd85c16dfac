#!/usr/bin/env python3
"""Turns the raw wrk figures of bench/run.sh into its results file (medians over rounds, ratios, targets).
Arguments: work startup_ms rss_kb duration rounds connections database output
(database: how the API's database is described, e.g. "SQLite"; output: bench/results/latest.md or latest-postgres.md).
Environment: BENCH_SCALE, BENCH_LOAD (load average during the cases), BENCH_IMPORT_MS, BENCH_ROSTER_MS (median),
BENCH_ROSTERS (each), BENCH_PHASES ("name N s;…"), BENCH_SEED (the seeder's seed.json, for the data set's counts)."""
import json
import os
import platform
import re
import statistics
import subprocess
import sys
from datetime import datetime, timezone

work, startup_ms, rss_kb, duration, rounds, connections, database, output = sys.argv[1:9]

def to_ms(value):
    m = re.match(r"([\d.]+)(us|ms|s)$", value or "")
    if not m:
        return None
    number, unit = float(m.group(1)), m.group(2)
    return number / 1000 if unit == "us" else number * 1000 if unit == "s" else number

rows = {}
order = []
for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    name, rps, p50, p99 = line.split("|")
    rps_values = [float(v) for v in rps.split() if v not in ("", "?")]
    p50_values = [v for v in (to_ms(x) for x in p50.split()) if v is not None]
    p99_values = [v for v in (to_ms(x) for x in p99.split()) if v is not None]
    rows[name] = {
        "rps": statistics.median(rps_values) if rps_values else 0.0,
        "p50": statistics.median(p50_values) if p50_values else None,
        "p99": statistics.median(p99_values) if p99_values else None,
    }
    order.append(name)

reference_of = {
    "GET /directions": "ref directions",
    "GET /campaigns?page=1&pageSize=20": "ref campaigns page",
    "GET /campaigns/{id}": "ref campaign",
    "GET /stats": "ref stats",
    "GET /volunteers?search= (staff)": "ref volunteers search",
}
public_cacheable = {"GET /directions", "GET /training-stages", "GET /campaigns?page=1&pageSize=20", "GET /campaigns/{id}", "GET /stats"}
ceiling = rows.get("ceiling", {}).get("rps") or 0

def ratio(a, b):
    return f"{a / b:.2f}x" if a and b else "n/a"

def fmt_ms(v):
    return "n/a" if v is None else f"{v:.2f} ms"

def cpu_model():
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        for line in out.splitlines():
            if line.startswith("Model name:"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"

def memory():
    with open("/proc/meminfo") as f:
        total_kb = int(f.readline().split()[1])
    return f"{total_kb / 1024 / 1024:.1f} GiB"

dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True, check=False).stdout.strip()
lines = []
lines.append("# Benchmark results")
lines.append("")
lines.append(f"Run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores ({cpu_model()}), {memory()} RAM, "
             f"{platform.system()} {platform.release()}, .NET SDK {dotnet}. wrk, {connections} connections, 2 threads, "
             f"{duration} s per case, {rounds} alternating rounds; medians shown. API in Release, Production environment, {database}.")
lines.append("")
seed = {}
if os.environ.get("BENCH_SEED") and os.path.exists(os.environ["BENCH_SEED"]):
    with open(os.environ["BENCH_SEED"]) as f:
        seed = json.load(f)
counts = seed.get("counts", {})
def count(key):
    return f"{counts[key]:,}" if key in counts else "?"
lines.append(f"Data set (scale {int(os.environ.get('BENCH_SCALE', '0')):,}): {count('volunteers')} volunteers "
             f"({count('volunteersActive')} active), {count('campaigns')} campaigns, {count('shifts')} shifts, "
             f"{count('signUps')} past sign-ups ({count('checkedOut')} with hours), {count('helpRequests')} help requests, "
             f"{count('applications')} applications; seeded in {seed.get('seconds', '?')} s. "
             f"Load average (1, 5, 15 min) at the end of the cases: {os.environ.get('BENCH_LOAD', '?')} — the machine is shared.")
if os.environ.get("BENCH_PHASES"):
    lines.append("")
    lines.append("Phases: " + ", ".join(p for p in os.environ["BENCH_PHASES"].split(";") if p) + ".")
lines.append("")
raw = "raw Npgsql" if database.startswith("PostgreSQL") else "raw ADO.NET"
lines.append(f"| case | req/s | p50 | p99 | vs {raw} | vs ceiling |")
lines.append("|---|---:|---:|---:|---:|---:|")
for name in order:
    r = rows[name]
    ref = reference_of.get(name)
    vs_ref = ratio(r["rps"], rows.get(ref, {}).get("rps")) if ref else ""
    vs_ceiling = ratio(r["rps"], ceiling) if name in public_cacheable or name.startswith("ref ") else ""
    lines.append(f"| {name} | {r['rps']:,.0f} | {fmt_ms(r['p50'])} | {fmt_ms(r['p99'])} | {vs_ref} | {vs_ceiling} |")

service = [entry.split("|") for entry in os.environ.get("BENCH_SERVICE", "").split(";") if entry.count("|") == 3]
if service:
    lines.append("")
    lines.append("Service time of each API read with one connection (no queueing; one round):")
    lines.append("")
    lines.append("| case | req/s | p50 | p99 |")
    lines.append("|---|---:|---:|---:|")
    for name, rps, p50, p99 in service:
        lines.append(f"| {name} | {float(rps or 0):,.0f} | {fmt_ms(to_ms(p50))} | {fmt_ms(to_ms(p99))} |")

startup = int(startup_ms)
rss_mb = int(rss_kb) / 1024
import_ms = int(os.environ.get("BENCH_IMPORT_MS") or -1)
roster_ms = int(os.environ.get("BENCH_ROSTER_MS") or -1)
lines.append("")
lines.append(f"Start-up to `/health/ready`: **{startup} ms** (median of 3). Peak RSS of the API over the whole run: **{rss_mb:.0f} MB**.")
lines.append("")
lines.append(f"`POST /volunteers/import` of 10,000 new volunteers (one request, CSV): **{import_ms} ms**"
             + (" (failed)" if import_ms < 0 else "") + ". "
             f"`POST /mobilizations/{{id}}/rosters`, 500 active + 2,000 reserve drawn from the whole registry: "
             f"**{roster_ms} ms** (median of three days: {os.environ.get('BENCH_ROSTERS', '?')} ms).")
lines.append("")
lines.append("## Targets")
lines.append("")
lines.append("| target | measured | met |")
lines.append("|---|---|---|")

def target(label, measured, ok):
    lines.append(f"| {label} | {measured} | {'yes' if ok else 'no'} |")

for name, ref in reference_of.items():
    if name in rows and ref in rows and rows[ref]["rps"]:
        value = rows[name]["rps"] / rows[ref]["rps"]
        target(f"{name} ≥ 0.5× {raw}", f"{value:.2f}×", value >= 0.5)
for name in sorted(public_cacheable):
    if name in rows and ceiling:
        value = rows[name]["rps"] / ceiling
        target(f"{name} ≥ 0.7× ceiling", f"{value:.2f}×", value >= 0.7)
pdf_ms = sorted(float(v) for v in os.environ.get("PDF_TIMINGS_MS", "").split())
if pdf_ms:
    target("GET /certificates/{code}/pdf (one at a time, median of 20) ≤ 200 ms", f"{statistics.median(pdf_ms):.1f} ms (max {pdf_ms[-1]:.1f} ms)",
           statistics.median(pdf_ms) <= 200)
for name in order:
    if name.startswith("GET ") and rows[name]["p99"] is not None:
        target(f"{name} p99 ≤ 20 ms", fmt_ms(rows[name]["p99"]), rows[name]["p99"] <= 20)
if "POST /applications (unique)" in rows:
    value = rows["POST /applications (unique)"]["rps"]
    target("POST /applications ≥ 1,500/s", f"{value:,.0f}/s", value >= 1500)
target("POST /volunteers/import of 10,000 rows ≤ 1.5 s", f"{import_ms} ms", 0 <= import_ms <= 1500)
target("roster of 500 + 2,000 ≤ 1 s", f"{roster_ms} ms", 0 <= roster_ms <= 1000)
target("start-up to ready ≤ 1 s", f"{startup} ms", startup <= 1000)
target("peak RSS ≤ 200 MB", f"{rss_mb:.0f} MB", rss_mb <= 200)

os.makedirs(os.path.dirname(output) or ".", exist_ok=True)
with open(output, "w") as f:
    f.write("\n".join(lines) + "\n")
