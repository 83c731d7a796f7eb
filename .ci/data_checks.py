#!/usr/bin/env python3
"""Team data checks (issue 18) against the real binary.

Makes a few hundred plain-mode calls across several agents and languages,
exports them as JSON Lines, runs every ```sql block of docs/analytics.md with
DuckDB over the exports and checks each result against what this script did;
validates records, an exported playbook and a config file against the JSON
Schemas in schemas/; parses the follow-up calendar with `icalendar`.

    python3 .ci/data_checks.py target/debug/calma [--keep DIR] [--show]

Needs duckdb, jsonschema and icalendar (.ci/run makes a venv with them).
Exits 1 with one line per failed check.
"""

import argparse
import concurrent.futures
import datetime as dt
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

import duckdb
import icalendar
import jsonschema

REPO = Path(__file__).resolve().parent.parent
TODAY = dt.date.today()
OUTCOMES = ["resolved", "escalated", "paused", "unresolved", "let_go"]
# Customer cues raised by a note: the note is one of the cue's own patterns.
CUES = ["legal", "cancel", "supervisor", "insult_threat", "refund"]
CALLS_PER_AGENT = 100
AGENTS = {  # agent -> UI languages of their calls
    "Ana": ["hr", "en"],
    "Bruno": ["pt", "es"],
    "Chiara": ["it", "en", "hr"],
}
# A promise and a plain note that raise no cue in any language.
NEUTRAL = "Ref 1043"
NAMES = ["Ana Horvat", "João Silva", "María Pérez", "Luca Bianchi", "Ivo Kovač"]

failures = []


def fail(check, message):
    failures.append(f"{check}: {message}")
    print(f"FAIL {check}: {message}", file=sys.stderr)


def expect(check, what, expected, got):
    if expected != got:
        fail(check, f"{what}: expected {expected!r}, got {got!r}")


class Calma:
    """The binary with one data directory and one config file."""

    def __init__(self, binary, data, config):
        self.binary, self.data, self.config = binary, str(data), str(config)

    def run(self, args, stdin="", lang="en", check=True):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "CALMA_"))}
        env.update(CALMA_CONFIG=self.config, TERM="dumb", NO_COLOR="1")
        out = subprocess.run(
            [self.binary, "--data-dir", self.data, "--lang", lang, *args],
            input=stdin.encode(), capture_output=True, env=env, timeout=60,
        )
        if check and out.returncode != 0:
            raise SystemExit(f"calma {' '.join(args)} exited {out.returncode}: {out.stderr.decode()}")
        return out


def cue_patterns():
    """For each language, one pattern per cue of CUES, usable as a note."""
    patterns = {}
    for lang in {l for langs in AGENTS.values() for l in langs}:
        pack = json.loads((REPO / "playbooks" / f"{lang}.json").read_text())
        by_id = {c["id"]: c["when"] for c in pack["cues"]}
        patterns[lang] = {}
        for cue in CUES:
            plain = [p for p in by_id[cue] if not p.endswith("*")]
            patterns[lang][cue] = plain[0] if plain else by_id[cue][0].rstrip("*")
    return patterns


def plan_call(rng, agent, n, langs):
    """One scripted call: the input lines and what it should leave behind."""
    lang = langs[n % len(langs)]
    key = f"{agent[0]}-{n:03d}"
    call = {"agent": agent, "lang": lang, "key": key, "ticket": None, "customer": None}
    if n % 4 != 3:
        call["ticket"] = key
    if n % 3 == 0 or call["ticket"] is None:
        call["customer"] = f"{NAMES[n % len(NAMES)]} {key}"
    lines, mood, moods = [], 3, [3]
    # Steps ticked (so done), by their number in the playbook.
    call["ticked"] = set()
    for step, number, chance in (("listen", 2, 0.5), ("empathy", 4, 0.3)):
        if rng.random() < chance:
            lines += [f"step {number}", "tick 1"]
            call["ticked"].add(step)
    for _ in range(rng.randint(0, 4)):
        step = rng.choice("+-")
        if (step == "+" and mood == 5) or (step == "-" and mood == 1):
            continue
        mood += 1 if step == "+" else -1
        moods.append(mood)
        lines.append(step)
    call["abuse"] = rng.random() < 0.3
    call["hostile"] = call["abuse"] or 5 in moods
    if call["abuse"]:
        lines.append("!")
        if mood < 4:  # abuse means angry at least
            mood = 4
            moods.append(mood)
        if rng.random() < 0.5:
            lines.append("tick 1")  # `!` goes to `limits`
            call["ticked"].add("limits")
        if rng.random() < 0.3:
            lines += ["step 11", "tick 1"]
            call["ticked"].add("pause")
    call["moods"] = moods
    call["cue"] = rng.choice(CUES + [None, None])
    call["cue_action"] = None
    if call["cue"]:
        lines.append("n " + PATTERNS[lang][call["cue"]])
        call["cue_action"] = rng.choice(["c", "x", None])
        if call["cue_action"]:
            lines.append(call["cue_action"])
    if rng.random() < 0.4:
        lines.append("n " + NEUTRAL)
    call["promises"] = []
    if rng.random() < 0.5:
        call["promises"].append(f"{NEUTRAL} {key}")
        lines.append(f"p {NEUTRAL} {key}")
    if call["hostile"] and rng.random() < 0.5:
        lines.append("l")
    outcome = rng.choice(OUTCOMES)
    if outcome == "escalated":
        lines.append("e")
    if outcome == "resolved":
        lines.append("r")
    call["outcome"] = outcome
    kind = rng.choice(["none", "past", "future", "past_timed", "future_timed"])
    day = TODAY + dt.timedelta(days=rng.randint(2, 20) * (-1 if kind.startswith("past") else 1))
    call["follow_up"] = None if kind == "none" else day.isoformat()
    call["follow_up_time"] = None
    answer = "-"
    if kind != "none":
        answer = day.isoformat()
        if kind.endswith("timed"):
            call["follow_up_time"] = f"{rng.randint(8, 17):02d}:{rng.choice(['00', '30'])}"
            answer += " " + call["follow_up_time"]
    # Some past follow-ups get marked done: not overdue any more.
    call["mark_done"] = kind.startswith("past") and rng.random() < 0.3
    lines += ["q", str(OUTCOMES.index(outcome) + 1), f"Summary {key}", answer]
    call["status"] = "complete"
    call["input"] = "\n".join(lines) + "\n"
    return call


def plan_interrupted(agent, n, lang):
    """A call whose input ends mid-call: kept as a journal."""
    key = f"{agent[0]}-{n:03d}"
    return {
        "agent": agent, "lang": lang, "key": key, "ticket": key, "customer": None,
        "moods": [3, 4], "abuse": False, "ticked": set(), "hostile": False, "cue": None, "cue_action": None,
        "promises": [f"{NEUTRAL} {key}"], "outcome": None, "follow_up": None,
        "follow_up_time": None, "mark_done": False, "status": "interrupted",
        "input": f"+\nn {NEUTRAL}\np {NEUTRAL} {key}\n",
    }


def make_agent(binary, root, agent, langs, seed):
    """All calls of one agent in their own data directory; the plans."""
    home = root / agent.lower()
    home.mkdir()
    config = home / "config.toml"
    config.write_text(f'agent = "{agent}"\nlang = "{langs[0]}"\ntheme = "default"\n')
    calma = Calma(binary, home / "data", config)
    rng = random.Random(seed)
    plans = [plan_call(rng, agent, n, langs) for n in range(CALLS_PER_AGENT)]
    if agent != "Bruno":  # two interrupted calls, the last of their agents
        plans.append(plan_interrupted(agent, CALLS_PER_AGENT, langs[-1]))
    for plan in plans:
        args = ["call", "--plain"]
        if plan["ticket"]:
            args += ["--ticket", plan["ticket"]]
        if plan["customer"]:
            args += ["--customer", plan["customer"]]
        calma.run(args, plan["input"], lang=plan["lang"])
    export = calma.run(["export", "--all", "--format", "jsonl"]).stdout.decode()
    records = [json.loads(line) for line in export.splitlines()]
    by_key = {r["ticket"] or r["customer"].split()[-1]: r for r in records}
    for plan in plans:
        plan["id"] = by_key[plan["key"]]["id"]
        if plan["mark_done"]:
            calma.run(["followups", "done", plan["id"], "--note", "Called back"])
    # Exported after the done marks, as a lead would collect them.
    export = calma.run(["export", "--all", "--format", "jsonl"]).stdout.decode()
    return calma, plans, export


def sql_blocks(markdown):
    """(check name, sql) for every ```sql block, in order."""
    blocks = []
    pattern = re.compile(r"(?:<!-- check: (\w+) -->\n)?```sql\n(.*?)```", re.S)
    for match in pattern.finditer(markdown):
        blocks.append((match.group(1), match.group(2)))
    return blocks


def check_queries(exports_dir, plans, records, show=False):
    doc = (REPO / "docs" / "analytics.md").read_text()
    blocks = sql_blocks(doc)
    if not blocks:
        fail("docs/analytics.md", "no ```sql block found")
    checks = {name: fn for name, fn in CHECKS.items()}
    con = duckdb.connect()
    results = {}
    os.chdir(exports_dir.parent)  # the queries read 'exports/*.jsonl'
    for name, sql in blocks:
        if name is None:
            fail("docs/analytics.md", f"a ```sql block has no <!-- check: NAME --> before it:\n{sql}")
            continue
        if name not in checks:
            fail(name, "no check of that name in .ci/data_checks.py")
            continue
        try:
            cur = con.execute(sql)
            rows = []
            if cur.description:
                cols = [d[0] for d in cur.description]
                rows = [dict(zip(cols, row)) for row in cur.fetchall()]
        except duckdb.Error as err:
            fail(name, f"the query failed: {err}\n{sql}")
            continue
        results[name] = rows
        before = len(failures)
        checks.pop(name)(rows, plans, records)
        status = "ok" if len(failures) == before else "FAILED"
        print(f"  query {name}: {len(rows)} rows, {status}")
        if show and rows:
            con.sql(sql.strip().rstrip(";")).show(max_rows=40, max_width=200)
    for name in checks:
        fail(name, "docs/analytics.md has no query for this check")
    return results


# --- what each query must return, from the plans (what the script did) ---

def check_view(rows, plans, records):
    """Nothing to compare: every query below reads the view."""


def check_records(rows, plans, records):
    expected = Counter((p["agent"], p["status"]) for p in plans)
    got = Counter()
    for r in rows:
        got[(r["agent"], r["status"])] += r["records"]
        if not r["filename"].endswith(f"{r['agent'].lower()}.jsonl"):
            fail("records", f"agent {r['agent']} in file {r['filename']}")
    expect("records", "records per (agent, status)", dict(sorted(expected.items())), dict(sorted(got.items())))


def check_hostile(rows, plans, records):
    hostile_ids = {p["id"] for p in plans if p["hostile"]}
    got_ids = {r["id"] for r in records
               if any(a["situation"] == "hostile" for a in r.get("adherence", []))
               or any(m["kind"] == "abuse" for m in r.get("timeline", []))}
    expect("hostile_adherence", "hostile calls (abuse or mood 5)", sorted(hostile_ids), sorted(got_ids))
    # The steps, from the records themselves (a second reading).
    per_step = defaultdict(lambda: [0, 0])
    for r in records:
        if r["id"] not in hostile_ids:
            continue
        done = defaultdict(bool)
        for a in r["adherence"]:
            done[a["step"]] |= a["done"]
        for step, d in done.items():
            per_step[step][0 if d else 1] += 1
    expected = {s: (d + k, d, k) for s, (d, k) in per_step.items()}
    got = {r["step"]: (r["hostile_calls"], r["done"], r["skipped"]) for r in rows}
    expect("hostile_adherence", "(calls, done, skipped) per step", expected, got)
    # What the script knows: a step is done in the calls where it ticked it.
    hostile = [p for p in plans if p["hostile"]]
    for step in ("listen", "empathy", "limits", "pause"):
        ticked = sum(1 for p in hostile if step in p["ticked"])
        expect("hostile_adherence", f"hostile calls that ticked {step}", ticked, got.get(step, (0, 0))[1])
    order = [r["skipped"] for r in rows]
    expect("hostile_adherence", "most skipped first", sorted(order, reverse=True), order)


def check_outcomes(rows, plans, records):
    week = {p["id"]: None for p in plans}
    for r in records:
        day = dt.datetime.fromisoformat(r["started_at"]).astimezone().date()
        week[r["id"]] = day - dt.timedelta(days=day.weekday())
    expected = Counter((p["agent"], week[p["id"]], p["outcome"] or "interrupted") for p in plans)
    got = {(r["agent"], r["week"], r["outcome"]): r["calls"] for r in rows}
    expect("outcomes_per_week", "calls per (agent, week, outcome)", dict(sorted(expected.items())), dict(sorted(got.items())))


def check_mood(rows, plans, records):
    by_agent = defaultdict(list)
    for p in plans:
        by_agent[p["agent"]].append(p["moods"])
    expected = {}
    for agent, curves in by_agent.items():
        n = len(curves)
        expected[agent] = (
            n,
            round(sum(c[0] for c in curves) / n, 2),
            round(sum(c[-1] for c in curves) / n, 2),
            round(sum(c[-1] - c[0] for c in curves) / n, 2),
            sum(1 for c in curves if c[-1] < c[0]),
            sum(1 for c in curves if c[-1] > c[0]),
        )
    got = {r["agent"]: (r["calls"], float(r["mood_start"]), float(r["mood_end"]), float(r["change"]),
                        r["calmer"], r["worse"]) for r in rows}
    expect("mood_change", "(calls, start, end, change, calmer, worse) per agent", expected, got)


def check_overdue(rows, plans, records):
    expected = sorted(
        (p["follow_up"], p["agent"], p["id"], p["ticket"], p["follow_up_time"], p["promises"])
        for p in plans
        if p["follow_up"] and p["follow_up"] < TODAY.isoformat() and not p["mark_done"]
    )
    got = [(r["follow_up"].isoformat(), r["agent"], r["id"], r["ticket"],
            r["follow_up_time"].strftime("%H:%M") if r["follow_up_time"] else None, r["promises"])
           for r in rows]
    expect("overdue", "overdue follow-ups (day, agent, id, ticket, time, promises)", expected, got)
    for r in rows:
        days = (TODAY - r["follow_up"]).days
        if r["days_overdue"] != days:
            fail("overdue", f"{r['id']}: days_overdue expected {days}, got {r['days_overdue']}")
    if not expected:
        fail("overdue", "the generated data has no overdue follow-up: the check proves nothing")


def check_cues(rows, plans, records):
    expected = {}
    for cue in CUES:
        raised = [p for p in plans if p["cue"] == cue]
        expected[cue] = (
            len(raised), len(raised),
            sum(1 for p in raised if p["cue_action"] == "c"),
            sum(1 for p in raised if p["cue_action"] == "x"),
        )
    expected = {k: v for k, v in expected.items() if v[0]}
    got = {r["cue"]: (r["raised"], r["calls"], r["followed"], r["dismissed"]) for r in rows}
    expect("cues", "(raised, calls, followed, dismissed) per cue", expected, got)
    order = [r["raised"] for r in rows]
    expect("cues", "most frequent first", sorted(order, reverse=True), order)


CHECKS = {
    "view": check_view,
    "records": check_records,
    "hostile_adherence": check_hostile,
    "outcomes_per_week": check_outcomes,
    "mood_change": check_mood,
    "overdue": check_overdue,
    "cues": check_cues,
}


# --- schemas ---

def validator(name):
    schema = json.loads((REPO / "schemas" / f"{name}.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def first_error(v, instance):
    err = jsonschema.exceptions.best_match(v.iter_errors(instance))
    return None if err is None else f"{'/'.join(map(str, err.absolute_path)) or '(top)'}: {err.message}"


def check_schemas(binary, root, exports, configs):
    record = validator("record")
    lines = 0
    for path in sorted(exports.glob("*.jsonl")):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            lines += 1
            if (error := first_error(record, json.loads(line))) is not None:
                fail("schema record", f"{path.name} line {number}: {error}")
    wrong = json.loads(next(iter(sorted(exports.glob("*.jsonl")))).read_text().splitlines()[0])
    wrong["duration_secs"] = "ten minutes"
    if first_error(record, wrong) is None:
        fail("schema record", "a record with a string duration_secs validates: the schema checks nothing")
    print(f"  schema record: {lines} lines")

    pb_dir = root / "playbook"
    Calma(binary, root / "pb-data", "/nonexistent/calma/config.toml").run(["playbook", "export", str(pb_dir)])
    playbook, scenario = validator("playbook"), validator("scenario")
    files = 0
    for name in ("playbook", "scenario"):
        shipped = json.loads((pb_dir / "schemas" / f"{name}.schema.json").read_text())
        expect(f"schema {name}", "the exported schema equals schemas/", json.loads((REPO / "schemas" / f"{name}.schema.json").read_text()), shipped)
    for path in sorted(pb_dir.glob("*.json")) + sorted((pb_dir / "scenarios").glob("*.json")):
        files += 1
        doc = json.loads(path.read_text())
        v = scenario if path.parent.name == "scenarios" else playbook
        target = pb_dir / path.parent.relative_to(pb_dir) / doc.get("$schema", "")
        if not target.is_file():
            fail("schema playbook", f"{path.relative_to(pb_dir)}: $schema {doc.get('$schema')!r} is no file")
        if (error := first_error(v, doc)) is not None:
            fail("schema playbook", f"{path.relative_to(pb_dir)}: {error}")
    expect("schema playbook", "exported files (5 languages + 12 scenarios)", 17, files)
    wrong = json.loads((pb_dir / "en.json").read_text())
    wrong["steps"] = "calm"
    if first_error(playbook, wrong) is None:
        fail("schema playbook", "a playbook whose steps are a string validates")

    config = validator("config")
    for path in configs:
        with open(path, "rb") as f:
            if (error := first_error(config, tomllib.load(f))) is not None:
                fail("schema config", f"{path}: {error}")
    if first_error(config, {"agent": 7}) is None or first_error(config, {"colour": "red"}) is None:
        fail("schema config", "a config with a number for agent, or an unknown key, validates")
    print(f"  schemas: {files} playbook files, {len(configs)} config files")


# --- the calendar ---

def check_calendar(agents, root):
    for agent, (calma, plans) in agents.items():
        raw = calma.run(["followups", "--format", "ics"]).stdout
        named = calma.run(["followups", "--format", "ics", "--with-names"]).stdout
        open_ = {p["id"]: p for p in plans if p["follow_up"] and not p["mark_done"]}
        for label, data in (("ics", raw), ("ics --with-names", named)):
            check = f"{label} ({agent})"
            if b"\n" in data.replace(b"\r\n", b"") or b"\r" in data.replace(b"\r\n", b""):
                fail(check, "a bare LF or CR: CRLF only (RFC 5545 §3.1)")
            if not data.endswith(b"END:VCALENDAR\r\n"):
                fail(check, f"does not end with END:VCALENDAR CRLF: {data[-30:]!r}")
            cal = icalendar.Calendar.from_ical(data)
            prodid = str(cal.get("PRODID", ""))
            if "calma" not in prodid.lower():
                fail(check, f"PRODID {prodid!r} does not name calma")
            events = {str(e["UID"]).split("@")[0]: e for e in cal.walk("VEVENT")}
            expect(check, "events (open follow-ups)", sorted(open_), sorted(events))
            for uid, event in events.items():
                plan = open_.get(uid)
                if plan is None:
                    continue
                if "DESCRIPTION" in event and not str(event["DESCRIPTION"]).strip():
                    fail(check, f"{uid}: empty DESCRIPTION")
                summary = str(event.get("SUMMARY", ""))
                name = plan["customer"]
                if label == "ics":
                    want = f"Follow up: {plan['ticket']}" if plan["ticket"] else "Call back"
                    expect(check, f"{uid} SUMMARY", want, summary)
                    values = " ".join(str(v) for v in event.values())
                    if name and name in values:
                        fail(check, f"{uid}: the customer's name {name!r} without --with-names")
                elif name and name not in summary:
                    fail(check, f"{uid}: --with-names SUMMARY {summary!r} lacks {name!r}")
                start = event["DTSTART"].dt
                if plan["follow_up_time"]:
                    want = dt.datetime.combine(dt.date.fromisoformat(plan["follow_up"]),
                                               dt.time.fromisoformat(plan["follow_up_time"]))
                    got = start.replace(tzinfo=None) if isinstance(start, dt.datetime) else start
                    expect(check, f"{uid} timed DTSTART", want, got)
                else:
                    if isinstance(start, dt.datetime) or start.isoformat() != plan["follow_up"]:
                        fail(check, f"{uid}: expected an all-day event on {plan['follow_up']}, got {start!r}")
        print(f"  ics {agent}: {len(open_)} open follow-ups")
    # Nothing to follow up: no calendar at all, one line on stderr.
    empty = Calma(agents["Ana"][0].binary, root / "empty", "/nonexistent/calma/config.toml")
    empty.run(["call", "--plain"], "q\n1\nDone\n-\n")
    out = empty.run(["followups", "--format", "ics"])
    expect("ics (nothing open)", "stdout", b"", out.stdout)
    expect("ics (nothing open)", "lines on stderr", 1, len(out.stderr.decode().splitlines()))


PATTERNS = {}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", help="the calma binary, e.g. target/debug/calma")
    parser.add_argument("--keep", help="make the data here (kept) instead of a temporary directory")
    parser.add_argument("--show", action="store_true", help="print every query's result")
    args = parser.parse_args()
    binary = str(Path(args.binary).resolve())
    PATTERNS.update(cue_patterns())
    started = time.monotonic()
    root = Path(args.keep or tempfile.mkdtemp(prefix="calma-data-checks-")).resolve()
    if args.keep:
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
    exports = root / "exports"
    exports.mkdir()
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            jobs = {agent: pool.submit(make_agent, binary, root, agent, langs, seed)
                    for seed, (agent, langs) in enumerate(AGENTS.items())}
            agents = {}
            for agent, job in jobs.items():
                calma, plans, export = job.result()
                (exports / f"{agent.lower()}.jsonl").write_text(export)
                agents[agent] = (calma, plans)
        plans = [p for _, ps in agents.values() for p in ps]
        records = [json.loads(l) for f in sorted(exports.glob("*.jsonl")) for l in f.read_text().splitlines()]
        made = time.monotonic() - started
        print(f"==> data checks: {len(plans)} calls by {len(agents)} agents in {made:.1f} s")
        expect("export", "records exported", len(plans), len(records))
        check_queries(exports, plans, records, args.show)
        check_schemas(binary, root, exports, [root / a.lower() / "config.toml" for a in AGENTS])
        check_calendar(agents, root)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    took = time.monotonic() - started
    if failures:
        print(f"data checks: {len(failures)} failed ({took:.1f} s)", file=sys.stderr)
        sys.exit(1)
    print(f"==> data checks passed in {took:.1f} s")


if __name__ == "__main__":
    main()
