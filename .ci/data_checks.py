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
    """For each language, one pattern per cue of CUES, usable as a note; and
    the steps and cues of the language's playbook (the model reads them)."""
    patterns = {}
    for lang in {l for langs in AGENTS.values() for l in langs}:
        pack = json.loads((REPO / "playbooks" / f"{lang}.json").read_text())
        by_id = {c["id"]: c["when"] for c in pack["cues"]}
        patterns[lang] = {}
        for cue in CUES:
            plain = [p for p in by_id[cue] if not p.endswith("*")]
            patterns[lang][cue] = plain[0] if plain else by_id[cue][0].rstrip("*")
        PACKS[lang] = {"steps": [s["id"] for s in pack["steps"]], "cues": {c["id"]: c for c in pack["cues"]}}
    return patterns


def abusive_cue(lang, cue):
    """Whether a customer cue is an abusive turn: its severity is abuse (the
    playbook's field, a customer need unless told)."""
    info = PACKS[lang]["cues"][cue]
    return info.get("severity", "need") == "abuse" and info.get("speaker", "customer") == "customer"


# --- the model: what calma's adherence says of a call, from its input ---

RUNGS = ["limits", "pause", "let_go"]  # src/coach/call/boundary.rs
SEVERITIES = ["info", "need", "supervisor", "abuse", "critical"]


class Ladder:
    """The abuse ladder: an abusive turn asks for the next rung unless one is
    still due; a rung is taken when its step is done while it is due; a
    calm customer (mood <= 2) or a resolution settles what is due."""

    def __init__(self):
        self.taken, self.due, self.turns, self.asked = 0, None, 0, -1

    def abuse(self):
        self.turns += 1
        if self.due is None:
            self.due = min(self.taken, len(RUNGS) - 1)
            self.asked = max(self.asked, self.due)

    def done(self, step):
        if self.due is not None and RUNGS[self.due] == step:
            self.due, self.taken = None, self.taken + 1

    def settle(self):
        self.due = None


def model_adherence(call):
    """The record's adherence, as src/records/record/replay.rs derives it, from the
    plain-mode lines of the call. `upset` (listen, empathy) for every call
    but one where the customer shouted (mood 5) without abuse, which is
    `hostile` (calm, listen, empathy); `abuse` when there was an abusive
    turn (`!`, or a note raising a cue of severity abuse): the boundary
    steps the ladder asked for, letting go left out; `escalated`,
    `resolved`, `every` (a call that ended). A step is done once an item
    of it is ticked (`document` once the form is filed), and stays done."""
    lang = call["lang"]
    steps, cues = PACKS[lang]["steps"], PACKS[lang]["cues"]
    current = steps.index("calm")
    ticks, done, cards, ladder = set(), set(), [], Ladder()
    state = {"mood": 3, "shouted": False}
    escalated = resolved = ended = False

    def mark_done(step):
        done.add(step)
        ladder.done(step)
        cards[:] = [c for c in cards if cues[c]["step"] != step]

    def rank(cue):
        return SEVERITIES.index(cues[cue].get("severity", "need"))

    def set_mood(mood):
        mood = max(1, min(5, mood))
        if mood != state["mood"]:
            state["shouted"] |= mood == 5
            if mood <= 2:
                ladder.settle()
            state["mood"] = mood

    for line in call["input"].splitlines():
        word, _, rest = line.partition(" ")
        if word == "q":
            ended = True
            done.add("document")  # the form that follows is the call's documentation
            break
        if word == "step":
            current = int(rest) - 1
        elif word == "tick":
            assert current is not None, f"{call['key']}: a tick after →, on a step the model does not know"
            key = (current, int(rest))
            ticks ^= {key}
            if key in ticks:
                mark_done(steps[current])
        elif word in ("+", "-"):
            set_mood(state["mood"] + (1 if word == "+" else -1))
        elif word == "!":
            ladder.abuse()
            set_mood(max(state["mood"], 4))
            current = steps.index(RUNGS[ladder.due])  # plain mode goes to the step due
        elif word == "n":  # a promise (`p`) raises no customer cue
            for cue in (c for c in CUES if PATTERNS[lang][c] == rest):
                if abusive_cue(lang, cue):
                    ladder.abuse()
                cards[:] = [c for c in cards if c != cue]  # most severe first, the newest among equals
                at = next((i for i, c in enumerate(cards) if rank(c) <= rank(cue)), len(cards))
                cards.insert(at, cue)
        elif word in ("c", "x") and cards:
            cue = cards.pop(0)
            if word == "c":
                current = steps.index(cues[cue]["step"])
        elif word == "l":
            current = None  # → goes where the coach advises: not modelled, nothing is ticked after it
        elif word == "e":
            escalated, current = True, steps.index("escalate")
        elif word == "r":
            ladder.settle()
            resolved, current = True, steps.index("close")
    abuse = ladder.turns > 0
    shouting = state["shouted"] and not abuse
    situations = [
        (not shouting, "upset", ["listen", "empathy"]),
        (shouting, "hostile", ["calm", "listen", "empathy"]),
        (abuse, "abuse", [s for s in RUNGS[:ladder.asked + 1] if s != "let_go"]),
        (escalated, "escalated", ["escalate"]),
        (resolved, "resolved", ["close"]),
        (ended, "every", ["document"]),
    ]
    return [{"situation": situation, "step": step, "done": step in done}
            for applies, situation, steps_ in situations if applies for step in steps_]


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
    for step, number, chance in (("calm", 1, 0.3), ("listen", 2, 0.5), ("empathy", 4, 0.3)):
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
    bang = rng.random() < 0.3  # the agent marks the customer abusive
    if bang:
        lines.append("!")
        if mood < 4:  # abuse means angry at least
            mood = 4
            moods.append(mood)
        limits = rng.random() < 0.5
        if limits:
            lines.append("tick 1")  # the first `!` goes to `limits`
            call["ticked"].add("limits")
        if rng.random() < 0.3:
            lines += ["step 11", "tick 1"]  # a pause before abuse asked for one
            call["ticked"].add("pause")
        if rng.random() < 0.4:
            # Abuse goes on: `!` goes to the step due, the pause once the
            # limits were set (else the limits still); ticked or not.
            lines.append("!")
            if rng.random() < 0.5:
                lines.append("tick 2")
                call["ticked"].add("pause" if limits else "limits")
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
    if (bang or 5 in moods or call["cue"] == "insult_threat") and rng.random() < 0.5:
        lines.append("l")  # → with a hard customer: where the coach advises
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
        # calma refuses a day gone by: a past follow-up is typed as a day
        # ahead, and the record aged to the past one afterwards (a call
        # of some days ago), see age_past_follow_ups.
        typed = day if day >= TODAY else TODAY + (TODAY - day)
        answer = typed.isoformat()
        if kind.endswith("timed"):
            call["follow_up_time"] = f"{rng.randint(8, 17):02d}:{rng.choice(['00', '30'])}"
            answer += " " + call["follow_up_time"]
    # Some past follow-ups get marked done: not overdue any more.
    call["mark_done"] = kind.startswith("past") and rng.random() < 0.3
    lines += ["q", str(OUTCOMES.index(outcome) + 1), f"Summary {key}", answer]
    call["status"] = "complete"
    call["input"] = "\n".join(lines) + "\n"
    call["adherence"] = model_adherence(call)
    return call


def plan_interrupted(agent, n, lang):
    """A call whose input ends mid-call: kept as a journal."""
    key = f"{agent[0]}-{n:03d}"
    call = {
        "agent": agent, "lang": lang, "key": key, "ticket": key, "customer": None,
        "moods": [3, 4], "ticked": set(), "cue": None, "cue_action": None,
        "promises": [f"{NEUTRAL} {key}"], "outcome": None, "follow_up": None,
        "follow_up_time": None, "mark_done": False, "status": "interrupted",
        "input": f"+\nn {NEUTRAL}\np {NEUTRAL} {key}\n",
    }
    call["adherence"] = model_adherence(call)  # upset only: the call never ended
    return call


def listen_mode(calls, plan):
    """What listen mode writes in a call it hears (issue 31), which needs
    audio: an interruption it heard and the talk time, appended to the
    interrupted call's journal as the call would have written them."""
    journal = next(calls.glob("*.journal.jsonl"))
    last = json.loads(journal.read_text().splitlines()[-1])
    n = int(plan["key"].split("-")[1])
    talk = {"agent_secs": 40 + n, "customer_secs": 90 + n,
            "listening_agent_secs": 10, "listening_customer_secs": 30}
    events = [
        {"event": "heard", "speaker": "agent", "cues": ["interruption"]},
        {"event": "talk", **talk},
    ]
    with journal.open("a") as f:
        for i, event in enumerate(events):
            entry = {"kind": "event", "at": last["at"], "secs": last["secs"] + 1 + i, "event": event}
            f.write(json.dumps(entry) + "\n")
    plan["talk"], plan["interruptions"] = talk, 1


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
    if agent != "Bruno":
        listen_mode(home / "data" / "calls", plans[-1])
    export = calma.run(["export", "--all", "--format", "jsonl"]).stdout.decode()
    records = [json.loads(line) for line in export.splitlines()]
    by_key = {r["ticket"] or r["customer"].split()[-1]: r for r in records}
    for plan in plans:
        plan["id"] = by_key[plan["key"]]["id"]
    age_past_follow_ups(calma, plans)
    for plan in plans:
        if plan["mark_done"]:
            calma.run(["followups", "done", plan["id"], "--note", "Called back"])
    # Exported after the done marks, as a lead would collect them.
    export = calma.run(["export", "--all", "--format", "jsonl"]).stdout.decode()
    return calma, plans, export


def age_past_follow_ups(calma, plans):
    """Sets the past follow-ups the plans want in the records: calma takes
    only today or later, so they were typed as days ahead."""
    for plan in plans:
        if plan["follow_up"] and plan["follow_up"] < TODAY.isoformat():
            path = Path(calma.data) / "calls" / f"{plan['id']}.json"
            record = json.loads(path.read_text())
            record["follow_up"] = plan["follow_up"]
            path.write_text(json.dumps(record, ensure_ascii=False, indent=2))


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


def hard_situation(adherence):
    """`abuse` or `hostile` if the call's adherence names it (never both), else None."""
    situations = {a["situation"] for a in adherence}
    return next((s for s in ("abuse", "hostile") if s in situations), None)


def check_hostile_abuse(rows, plans, records):
    check = "hostile_abuse_adherence"
    # Every record's adherence is what the model of the rules makes of its input.
    by_id = {r["id"]: r for r in records}
    wrong = [p for p in plans if by_id[p["id"]].get("adherence") != p["adherence"]]
    for p in wrong[:5]:
        fail(check, f"{p['id']} ({p['lang']}, input {p['input'].split(chr(10) + 'q')[0]!r}): adherence "
                    f"expected {p['adherence']}, got {by_id[p['id']].get('adherence')}")
    if wrong:
        fail(check, f"{len(wrong)} of {len(plans)} records' adherence differ from the model")
    # The query: per situation and step, the calls, done and skipped.
    per_step = defaultdict(lambda: [0, 0])
    for p in plans:
        situation = hard_situation(p["adherence"])
        if situation is None:
            continue
        done = defaultdict(bool)
        for a in p["adherence"]:
            done[a["step"]] |= a["done"]
        for step, d in done.items():
            per_step[(situation, step)][0 if d else 1] += 1
    expected = {k: (d + s, d, s) for k, (d, s) in per_step.items()}
    got = {(r["situation"], r["step"]): (r["calls"], r["done"], r["skipped"]) for r in rows}
    expect(check, "(calls, done, skipped) per (situation, step)", dict(sorted(expected.items())),
           dict(sorted(got.items())))
    for r in rows:  # rounded to one decimal (a tie may go either way)
        if r["calls"] and abs(float(r["skipped_pct"]) - 100.0 * r["skipped"] / r["calls"]) > 0.05 + 1e-9:
            fail(check, f"{r['situation']} {r['step']}: skipped_pct {r['skipped_pct']} for "
                        f"{r['skipped']} of {r['calls']}")
    order = [(r["situation"], -r["skipped"], r["step"]) for r in rows]
    expect(check, "by situation, most skipped first", sorted(order), order)
    # What the script knows: a step is done in the calls where it ticked it.
    for situation in ("abuse", "hostile"):
        calls = [p for p in plans if hard_situation(p["adherence"]) == situation]
        for step in ("calm", "listen", "empathy", "limits", "pause"):
            asked = [p for p in calls if any(a["step"] == step for a in p["adherence"])]
            ticked = sum(1 for p in asked if step in p["ticked"])
            expect(check, f"{situation} calls that ticked {step}", ticked,
                   got.get((situation, step), (0, 0))[1])
    # The data must hold what the rules tell apart, or the check proves nothing.
    cases = {
        "shouting without abuse (hostile)": lambda p: hard_situation(p["adherence"]) == "hostile",
        "mood 5 with abuse (abuse, not hostile)": lambda p: 5 in p["moods"] and hard_situation(p["adherence"]) == "abuse",
        "abuse from a note alone, no `!`": lambda p: "\n!\n" not in "\n" + p["input"]
        and hard_situation(p["adherence"]) == "abuse",
        "abuse going on after the limits (pause asked)": lambda p: any(
            a["situation"] == "abuse" and a["step"] == "pause" for a in p["adherence"]),
        "the pause asked and done": lambda p: {"situation": "abuse", "step": "pause", "done": True} in p["adherence"],
        "the pause asked and skipped": lambda p: {"situation": "abuse", "step": "pause", "done": False} in p["adherence"],
        "abuse with the limits skipped": lambda p: {"situation": "abuse", "step": "limits", "done": False} in p["adherence"],
    }
    for case, holds in cases.items():
        if not any(holds(p) for p in plans):
            fail(check, f"the generated data has no call with {case}: the check proves nothing")


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
    # The voice cues listen mode raised are the talk check's.
    got = {r["cue"]: (r["raised"], r["calls"], r["followed"], r["dismissed"]) for r in rows
           if r["cue"] not in VOICE_CUES}
    expect("cues", "(raised, calls, followed, dismissed) per cue", expected, got)
    order = [r["raised"] for r in rows]
    expect("cues", "most frequent first", sorted(order, reverse=True), order)


VOICE_CUES = ["interruption", "raised_voice", "customer_louder", "customer_calmer", "silence"]


def check_talk(rows, plans, records):
    expected = {}
    for p in plans:
        if "talk" not in p:
            continue
        calls, agent, customer, la, lc, cut = expected.get(p["agent"], (0, 0, 0, 0, 0, 0))
        t = p["talk"]
        expected[p["agent"]] = (calls + 1, agent + t["agent_secs"], customer + t["customer_secs"],
                                la + t["listening_agent_secs"], lc + t["listening_customer_secs"],
                                cut + p["interruptions"])
    expected = {a: (c, ag, cu, round(100.0 * la / (la + lc)), cut) for a, (c, ag, cu, la, lc, cut) in expected.items()}
    got = {r["agent"]: (r["calls"], r["agent_secs"], r["customer_secs"], r["listening_share"], r["interruptions"])
           for r in rows}
    expect("talk", "(calls, agent_secs, customer_secs, listening_share, interruptions) per agent", expected, got)
    if not expected:
        fail("talk", "no call with talk time: the check proves nothing")


CHECKS = {
    "view": check_view,
    "records": check_records,
    "hostile_abuse_adherence": check_hostile_abuse,
    "outcomes_per_week": check_outcomes,
    "mood_change": check_mood,
    "overdue": check_overdue,
    "cues": check_cues,
    "talk": check_talk,
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
                    if plan["ticket"]:
                        expect(check, f"{uid} SUMMARY", f"Follow up: {plan['ticket']}", summary)
                    elif not re.fullmatch(r"Call back \(call of \d{4}-\d\d-\d\d \d\d:\d\d\)", summary):
                        fail(check, f"{uid}: SUMMARY {summary!r} does not say which call")
                    values = " ".join(str(v) for v in event.values())
                    if name and name in values:
                        fail(check, f"{uid}: the customer's name {name!r} without --with-names")
                elif name and name not in summary:
                    fail(check, f"{uid}: --with-names SUMMARY {summary!r} lacks {name!r}")
                start = event["DTSTART"].dt
                if plan["follow_up_time"]:
                    want = dt.datetime.combine(dt.date.fromisoformat(plan["follow_up"]),
                                               dt.time.fromisoformat(plan["follow_up_time"]))
                    # A timed event is an instant (UTC or TZID), not floating.
                    if not isinstance(start, dt.datetime) or start.tzinfo is None:
                        fail(check, f"{uid}: a timed follow-up is not a timed event in a zone: {start!r}")
                    got = start.astimezone().replace(tzinfo=None)
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
PACKS = {}  # lang -> {"steps": [step ids], "cues": {id: cue}}


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
