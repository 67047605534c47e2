#!/usr/bin/env python3
"""Generates scenarios/un-ga-193.yaml: the flagship's clauses negotiated by all 193 UN
member states, each its own voting delegation, plus the G77 and EU blocs.

Usage (from anywhere; paths are relative to the repository):

    python3 scripts/generate-un-ga-193.py           # (re)writes scenarios/un-ga-193.yaml
    python3 scripts/generate-un-ga-193.py --check   # exit 1 if the file is not what this writes

Python 3 standard library only. The output is a pure function of three inputs, so regenerating
is byte-identical:

- scenarios/un-ai-dialogue-2026.yaml (the flagship). Python has no YAML parser in its standard
  library, so this script reads the flagship's simple, regular layout line by line (see
  `parse_delegations`) and stops with an error on any line it does not expect, rather than guess.
  Its sources and clauses are copied verbatim; its delegations give the stances below.
- src/main/resources/org/plenary/io/scenario/member-states.txt (the 193 codes and names).
- the judgement tables in this file (profiles, influence tiers).

Rules (each repeated in the generated file's header):

1. The thirteen states that are delegations of the flagship (USA, CHN, IND, BRA, PAK, GBR, RUS,
   JPN, KOR, CAN, CHE, SGP, ARE) take their flagship delegation exactly: influence, concession,
   every stance with its red line, rationale and source.
2. The blocs G77 and EU keep their flagship positions, influence, cohesion, concession and
   member lists; their `votes` are what the reader computes (members that are not delegations):
   EU 0, G77 1 (the State of Palestine, a G77 member that is not a UN member state). The African
   Group, a negotiating bloc of the flagship with no members listed and no votes, is copied as it
   is.
3. Every other G77 member takes the G77 stances, every other EU member the EU stances, and the
   26 UN members in neither take one of the profiles in PROFILES (a judgement, see there).
   Salience, concession and source come from the base unchanged.
4. Positions of the derived states (rule 3) get a deterministic jitter of -5..+5 per state and
   clause, from SHA-256 of "CODE/clause-id", clamped to 0..100. It only keeps the states from
   being identical; it is not evidence of a national position.
5. Influence: flagship states keep theirs; the others by the coarse tiers in TIERS.
6. No red lines beyond the flagship's (USA, CHN, RUS).
7. Protocol as the flagship (with its forum), except that a vote needs 2/3 of yes over yes + no
   (and, for a flagship without a forum, the decision rule: majority).
"""

import hashlib
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAGSHIP = ROOT / "scenarios" / "un-ai-dialogue-2026.yaml"
MEMBER_STATES = ROOT / "src" / "main" / "resources" / "org" / "plenary" / "io" / "scenario" / "member-states.txt"
OUTPUT = ROOT / "scenarios" / "un-ga-193.yaml"

# Rule 7: the threshold of a vote here, whatever the flagship's (a judgement, see the header).
TWO_THIRDS = "0.6667"

# Rule 1: states copied from the flagship unchanged.
FLAGSHIP_STATES = ["USA", "CHN", "IND", "BRA", "PAK", "GBR", "RUS", "JPN", "KOR", "CAN", "CHE", "SGP", "ARE"]
# The flagship's blocs: G77 and EU have members (rule 2); the others negotiate without members or
# votes and are copied as they are.
MEMBERLESS_BLOCS = ["AFR"]

# Rule 3: the 26 UN member states in neither bloc and not flagship delegations. Each profile is
# the per-clause mean (positions rounded half up to whole numbers, saliences to 2 decimals,
# concession to 2 decimals) of the listed flagship delegations. All of it is judgement.
PROFILES = {
    "like-minded": {
        "bases": ["CAN", "JPN"],
        "why": "like-minded developed profile (mean of CAN and JPN): OECD democracies that back"
               " voluntary, rights-based and interoperable governance",
        "states": ["AUS", "NZL", "NOR", "ISL", "LIE", "ISR", "AND", "MCO", "SMR"],
    },
    "eu-aligned": {
        "bases": ["EU"],
        "why": "EU-aligned profile (the EU stance): candidate and associated countries that usually"
               " align themselves with EU statements at the UN (TUR and SRB least reliably)",
        "states": ["ALB", "BIH", "MNE", "MKD", "SRB", "MDA", "UKR", "GEO", "TUR"],
    },
    "eurasian": {
        "bases": ["RUS", "G77"],
        "why": "Eurasian profile (mean of RUS and G77): members of Russia-led groupings (EAEU,"
               " CSTO, CIS) that share its sovereignty line on data and the state's role but, as"
               " developing economies, also want capacity building",
        "states": ["BLR", "ARM", "KAZ", "KGZ", "UZB"],
    },
    "bridge": {
        "bases": ["G77", "CAN", "JPN"],
        "why": "bridge profile (mean of G77, CAN and JPN): an OECD member that left the G77 and"
               " keeps a Latin American, development-minded multilateralism",
        "states": ["MEX"],
    },
    "pacific": {
        "bases": ["G77"],
        "why": "Pacific island profile (the G77 stance): small island developing states outside"
               " the G77 that share the development priorities of its Pacific members",
        "states": ["PLW", "TUV"],
    },
}

# Rule 5: influence of the states that are not flagship delegations (the flagship's scale:
# USA 10, CHN 8, EU 6, G77 5, IND 3, GBR/JPN 2.5, RUS/KOR 2, BRA/CAN 1.5, PAK 1). Judgement.
TIERS = [
    ("large", Decimal("1.5"),
     "the other G20 members, at the influence of the flagship's smallest G20 states (BRA, CAN)",
     ["ARG", "AUS", "DEU", "FRA", "IDN", "ITA", "MEX", "SAU", "TUR", "ZAF"]),
    ("medium", Decimal("0.5"),
     "OECD members outside the G20, and large or regionally weighty non-OECD economies"
     " (roughly the world's 60 largest economies; IRQ chaired the G77 in 2025)",
     ["AUT", "BEL", "CHL", "COL", "CRI", "CZE", "DNK", "EST", "FIN", "GRC", "HUN", "ISL", "IRL",
      "ISR", "LVA", "LTU", "LUX", "NLD", "NZL", "NOR", "POL", "PRT", "SVK", "SVN", "ESP", "SWE",
      "THA", "PHL", "VNM", "BGD", "MYS", "EGY", "IRN", "ROU", "KAZ", "PER", "NGA",
      "IRQ", "DZA", "QAT", "UKR", "KWT", "ETH", "MAR", "KEN"]),
]
SMALL = ("small", Decimal("0.2"), "every other member state")

JITTER = 5


class FlagshipFormatError(Exception):
    pass


# ---------------------------------------------------------------- reading the inputs

def read_member_states():
    states = {}
    for line in MEMBER_STATES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, name = line.split("\t")
        states[code] = name
    return states


def section(lines, start, end):
    """Lines from the line equal to `start` up to (not including) the line equal to `end`."""
    i = lines.index(start)
    j = lines.index(end, i + 1)
    return lines[i:j]


def yaml_scalar(text, where):
    """A plain or double-quoted scalar of the flagship (no escapes are used there)."""
    text = text.strip()
    if text.startswith('"'):
        if not text.endswith('"') or len(text) < 2 or "\\" in text or '"' in text[1:-1]:
            raise FlagshipFormatError(f"{where}: unexpected quoted text {text!r}")
        return text[1:-1]
    if text.startswith(("'", "{", "[", "&", "*", "!", "|", ">")):
        raise FlagshipFormatError(f"{where}: unexpected value {text!r}")
    return text


def number(text, where):
    if not re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", text):
        raise FlagshipFormatError(f"{where}: expected a number, got {text!r}")
    return Decimal(text)


def parse_delegations(lines, first_line_no):
    """Parses the flagship's `delegations:` section (block style, two-space indents)."""
    delegations = {}
    order = []
    d = None
    stance = None
    members_open = False
    for offset, raw in enumerate(lines):
        where = f"{FLAGSHIP.name}:{first_line_no + offset}"
        line = raw.rstrip()
        if members_open:
            m = re.fullmatch(r" {14}([A-Z ,]+)(\])?", line)
            if not m:
                raise FlagshipFormatError(f"{where}: unexpected line in members: {line!r}")
            d["members"] += [c.strip() for c in m.group(1).split(",") if c.strip()]
            members_open = m.group(2) is None
            continue
        if not line.strip() or line.strip().startswith("#") or line == "delegations:":
            continue
        m = re.fullmatch(r"  - id: ([A-Z0-9]+)", line)
        if m:
            d = {"id": m.group(1), "clauses": {}, "members": []}
            delegations[d["id"]] = d
            order.append(d["id"])
            stance = None
            continue
        m = re.fullmatch(r"    (name|kind|influence|votes|cohesion|concession): (.+)", line)
        if m and d is not None:
            key, value = m.groups()
            d[key] = yaml_scalar(value, where) if key in ("name", "kind") else number(value, where)
            continue
        m = re.fullmatch(r"    callsVotes: (true|false)", line)
        if m and d is not None:
            d["callsVotes"] = m.group(1)
            continue
        m = re.fullmatch(r"    members: \[([A-Z ,]+)(\])?", line)
        if m and d is not None:
            d["members"] = [c.strip() for c in m.group(1).split(",") if c.strip()]
            members_open = m.group(2) is None
            continue
        if line == "    clauses:" and d is not None:
            continue
        m = re.fullmatch(r"      ([a-z][a-z0-9-]*):", line)
        if m and d is not None:
            stance = {}
            d["clauses"][m.group(1)] = stance
            continue
        m = re.fullmatch(r"        redLine: \{min: ([0-9.]+), max: ([0-9.]+)\}", line)
        if m and stance is not None:
            stance["redLine"] = (number(m.group(1), where), number(m.group(2), where))
            continue
        m = re.fullmatch(r"        (position|salience|rationale|source): (.+)", line)
        if m and stance is not None:
            key, value = m.groups()
            stance[key] = number(value, where) if key in ("position", "salience") else yaml_scalar(value, where)
            continue
        raise FlagshipFormatError(f"{where}: line not understood: {line!r}")
    if members_open:
        raise FlagshipFormatError(f"{FLAGSHIP.name}: unterminated members list")
    return delegations, order


def parse_protocol(lines):
    protocol = {}
    for line in lines[1:]:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = re.fullmatch(r"  ([A-Za-z]+): (\S+)", line.rstrip())
        if not m:
            raise FlagshipFormatError(f"{FLAGSHIP.name}: protocol line not understood: {line!r}")
        protocol[m.group(1)] = m.group(2)
    return protocol


def read_flagship():
    text = FLAGSHIP.read_text(encoding="utf-8")
    lines = text.split("\n")
    sources = section(lines, "  sources:", "clauses:")
    while sources and not sources[-1].strip():
        sources.pop()
    clauses = section(lines, "clauses:", "delegations:")
    while clauses and not clauses[-1].strip():
        clauses.pop()
    start = lines.index("delegations:")
    end = lines.index("protocol:")
    delegations, order = parse_delegations(lines[start:end], start + 1)
    seed_line = next(l for l in lines[end:] if l.startswith("seed: "))
    protocol = parse_protocol(lines[end:lines.index(seed_line)])
    clause_ids = [m.group(1) for m in (re.fullmatch(r"  - id: (\S+)", l) for l in clauses) if m]
    # The flagship's uncertainty section (the last section of the file) is taken over verbatim: the
    # same spreads apply to every member state's stance.
    uncertainty = []
    if "uncertainty:" in lines:
        uncertainty = [l for l in lines[lines.index("uncertainty:"):] if l.strip()]
    return {
        "uncertainty": uncertainty,
        "sources": sources,
        "clauses": clauses,
        "clause_ids": clause_ids,
        "delegations": delegations,
        "order": order,
        "protocol": protocol,
        "seed": seed_line.split(": ", 1)[1],
    }


# ---------------------------------------------------------------- the rules

def number_word(n):
    words = {9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen"}
    return words.get(n, str(n))


def half_up(value, places):
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def fmt(value):
    """A Decimal as YAML writes it: no exponent, no trailing zeros."""
    text = format(value.normalize(), "f")
    return text


def jitter(code, clause):
    digest = hashlib.sha256(f"{code}/{clause}".encode("ascii")).digest()
    return int.from_bytes(digest[:8], "big") % (2 * JITTER + 1) - JITTER


def clamp(x):
    return max(Decimal(0), min(Decimal(100), x))


def profile_base(flag, bases, clause_ids):
    """Per-clause mean stance of the base delegations; concession mean."""
    ds = [flag["delegations"][b] for b in bases]
    n = Decimal(len(ds))
    base = {}
    for c in clause_ids:
        base[c] = {
            "position": half_up(sum(d["clauses"][c]["position"] for d in ds) / n, 0),
            "salience": half_up(sum(d["clauses"][c]["salience"] for d in ds) / n, 2),
            "source": ds[0]["clauses"][c]["source"],
            "parts": " and ".join(f"{b} {fmt(d['clauses'][c]['position'])}" for b, d in zip(bases, ds)),
        }
    concession = half_up(sum(d["concession"] for d in ds) / n, 2)
    return base, concession


def influence_of(code):
    for name, value, _, states in TIERS:
        if code in states:
            return name, value
    return SMALL[0], SMALL[1]


def check_tables(flag, states):
    problems = []
    for name, _, _, members in TIERS:
        for c in members:
            if c not in states:
                problems.append(f"tier {name}: {c} is not a UN member state")
            if c in FLAGSHIP_STATES:
                problems.append(f"tier {name}: {c} is a flagship delegation")
    seen = {}
    for name, p in PROFILES.items():
        for b in p["bases"]:
            if b not in flag["delegations"]:
                problems.append(f"profile {name}: base {b} is not a flagship delegation")
        for c in p["states"]:
            if c in seen:
                problems.append(f"{c} is in profiles {seen[c]} and {name}")
            seen[c] = name
    g77 = set(flag["delegations"]["G77"]["members"])
    eu = set(flag["delegations"]["EU"]["members"])
    for c in states:
        if c in ("PSE", "VAT"):
            continue
        homes = [h for h, inside in (("flagship", c in FLAGSHIP_STATES), ("G77", c in g77 and c not in FLAGSHIP_STATES),
                                     ("EU", c in eu), ("profile", c in seen)) if inside]
        if len(homes) != 1:
            problems.append(f"{c} has {len(homes)} stance rules: {homes}")
    for c in seen:
        if c not in states:
            problems.append(f"{c} (profile {seen[c]}) is not a UN member state")
    if problems:
        raise SystemExit("generate-un-ga-193: inconsistent tables:\n  " + "\n  ".join(problems))


# ---------------------------------------------------------------- writing

def q(text):
    """A YAML double-quoted scalar; the texts here have no backslashes or control characters."""
    if "\\" in text or any(ord(ch) < 32 for ch in text):
        raise ValueError(f"cannot quote {text!r}")
    return '"' + text.replace('"', '\\"') + '"'


def wrap_codes(codes, indent, first_prefix):
    """A flow list of codes, 16 per line, the continuation lines aligned under the first code."""
    out = []
    for i in range(0, len(codes), 16):
        chunk = ", ".join(codes[i:i + 16])
        last = i + 16 >= len(codes)
        prefix = first_prefix + "[" if i == 0 else " " * (len(first_prefix) + 1)
        out.append(" " * indent + prefix + chunk + ("]" if last else ","))
    return out


def copied_delegation(d, clause_ids, extra=()):
    out = [f"  - id: {d['id']}", f"    name: {q(d['name'])}", f"    kind: {d['kind']}",
           f"    influence: {fmt(d['influence'])}"]
    out += list(extra)
    out.append(f"    concession: {fmt(d['concession'])}")
    if "callsVotes" in d:
        out.append(f"    callsVotes: {d['callsVotes']}")
    if d["members"]:
        out += wrap_codes(d["members"], 4, "members: ")
    out.append("    clauses:")
    for c in clause_ids:
        s = d["clauses"][c]
        out.append(f"      {c}:")
        out.append(f"        position: {fmt(s['position'])}")
        out.append(f"        salience: {fmt(s['salience'])}")
        if "redLine" in s:
            out.append(f"        redLine: {{min: {fmt(s['redLine'][0])}, max: {fmt(s['redLine'][1])}}}")
        out.append(f"        rationale: {q(s['rationale'])}")
        out.append(f"        source: {s['source']}")
    return out


def derived_delegation(code, name, rule, base, concession, clause_ids):
    tier, influence = influence_of(code)
    out = [f"  - id: {code}", f"    name: {q(name)}", "    kind: state",
           f"    influence: {fmt(influence)}  # {tier} tier",
           f"    concession: {fmt(concession)}", "    clauses:"]
    for c in clause_ids:
        b = base[c]
        j = jitter(code, c)
        position = clamp(b["position"] + j)
        note = f"jitter {j:+d}" + (", clamped" if position != b["position"] + j else "")
        if rule == "G77" or rule == "EU":
            why = f"derived: {rule} stance {fmt(b['position'])}, {note}"
        else:
            why = f"judgement: {rule} profile {fmt(b['position'])} ({b['parts']}), {note}"
        out.append(f"      {c}: {{position: {fmt(position)}, salience: {fmt(b['salience'])},"
                   f" rationale: {q(why)}, source: {b['source']}}}")
    return out


def comment_wrap(text, first, rest, width=98):
    """Comment lines of at most `width` characters (words are never split)."""
    lines = []
    line = first
    for word in text.split():
        if line.strip() not in ("", "#") and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = rest
        line += ("" if line in (first, rest) else " ") + word
    lines.append(line)
    return lines


def header(flag, states, g77_votes, eu_votes):
    others_weight = sum(influence_of(c)[1] for c in states
                        if c not in ("PSE", "VAT") and c not in FLAGSHIP_STATES)
    flagship_weight = sum(flag["delegations"][c]["influence"] for c in FLAGSHIP_STATES)
    bloc_weight = sum(flag["delegations"][b]["influence"] for b in ["G77", "EU"] + MEMBERLESS_BLOCS)
    profiled = sum(len(p["states"]) for p in PROFILES.values())
    tier_lines = []
    for name, value, why, members in TIERS:
        tier_lines += comment_wrap(f"{name} {fmt(value)}: {why}:", "#     ", "#       ")
        tier_lines += comment_wrap(", ".join(members) + ".", "#       ", "#       ")
    tier_lines += comment_wrap(f"{SMALL[0]} {fmt(SMALL[1])}: {SMALL[2]}.", "#     ", "#       ")
    profile_lines = []
    for name, p in PROFILES.items():
        profile_lines += comment_wrap(", ".join(p["states"]) + ":", "#     ", "#       ")
        profile_lines += comment_wrap(p["why"] + ".", "#       ", "#       ")
    return "\n".join([
        "# yaml-language-server: $schema=../schema/scenario.schema.json",
        "#",
        "# GENERATED FILE - do not edit by hand. Regenerate with",
        "#     python3 scripts/generate-un-ga-193.py",
        "# (Python 3 standard library only; the output is byte-identical for the same inputs:",
        "# scenarios/un-ai-dialogue-2026.yaml, the list of member states, and the tables in the script).",
        "# Check that it is current with `python3 scripts/generate-un-ga-193.py --check`.",
        "#",
        f"# The {number_word(len(flag['clause_ids']))} clauses of the Geneva 2026 scenario (un-ai-dialogue-2026.yaml, the flagship)",
        "# negotiated by all 193 UN member states, each a voting delegation with 1 vote, plus the G77",
        "# and EU blocs, which still negotiate for their members with the flagship's stances, and the",
        "# African Group, which negotiates without votes as in the flagship.",
        "#",
        "# How the delegations are made:",
        *comment_wrap(f"- The {number_word(len(FLAGSHIP_STATES))} states that are delegations of the flagship"
                      f" ({', '.join(FLAGSHIP_STATES)}) are copied from it exactly: influence, concession,"
                      " every stance with its red line, rationale and source.", "# ", "#   "),
        "# - G77 and EU: the flagship's positions, influence (5 and 6), cohesion (0.6 and 0.9),",
        "#   concession and members. Every member is now a delegation that votes itself, so the reader",
        f"#   computes the blocs' votes as their members that are not delegations: EU {eu_votes}; G77 {g77_votes},",
        "#   the State of Palestine (PSE), a G77 member but not a UN member state. That one vote is an",
        "#   artefact of the format (PSE has no vote in the General Assembly); it is 1 of 194 votes.",
        "#   A member delegation votes with its bloc with probability `cohesion`, otherwise by its own",
        "#   response to the final text.",
        *comment_wrap(f"- {', '.join(MEMBERLESS_BLOCS)}: copied from the flagship as it is, a bloc that"
                      " negotiates without members or votes (its members vote in the G77).", "# ", "#   "),
        "# - Every other G77 member takes the G77 stance and every other EU member the EU stance, with",
        f"#   the bloc's salience, concession and source. The {profiled} UN members in neither bloc take one of",
        "#   these profiles (judgement; a profile is the per-clause mean of flagship delegations,",
        "#   positions rounded half up):",
        *profile_lines,
        f"# - Jitter: each derived position is moved by -{JITTER}..+{JITTER}, a deterministic function of the",
        "#   state's code and the clause (SHA-256 of \"CODE/clause-id\"), clamped to 0..100. It only keeps",
        "#   the states from being identical; it is not evidence of a national position. The rationale",
        "#   of each derived stance names its base and its jitter.",
        "# - Red lines only where the flagship has them: USA (legal-nature), CHN (data-governance),",
        "#   RUS (military-ai).",
        *comment_wrap("- Influence (judgement): the flagship states keep the flagship's values ("
                      + ", ".join(f"{c} {fmt(flag['delegations'][c]['influence'])}" for c in FLAGSHIP_STATES)
                      + "), the blocs theirs ("
                      + ", ".join(f"{b} {fmt(flag['delegations'][b]['influence'])}" for b in ["G77", "EU"] + MEMBERLESS_BLOCS)
                      + ": the weight of speaking for the group, on top of the members' own); the others by"
                      " coarse tiers:", "# ", "#   "),
        *tier_lines,
        *comment_wrap(f"Together the {193 - len(FLAGSHIP_STATES)} other states weigh {fmt(others_weight)} against"
                      f" the flagship states' {fmt(flagship_weight)} and the blocs' {fmt(bloc_weight)}: the membership"
                      " mass now counts in the chair's compromise.", "#   ", "#   "),
        "#",
        "# Protocol: as the flagship (30 rounds, quadratic loss, temperature 0, mediator step 0.5, the",
        "# General Assembly forum: consensus sought in the shadow of a vote, red lines met at their edge;",
        f"# the USA calls a recorded vote when outvoted). Consensus needs all {193 + 2 + len(MEMBERLESS_BLOCS)} negotiating delegations",
        "# to accept the same text in the same round. When it fails, or a member calls for one, the",
        "# General Assembly votes: important questions need two thirds of the members present and",
        "# voting (UN Charter, Article 18(2)), other questions a simple majority, and contested AI texts",
        "# such as A/RES/79/62 on autonomous weapons were adopted by recorded vote. A vote here needs 2/3",
        "# of yes over yes + no, the stricter of the Charter's two thresholds (judgement), so that",
        "# adoption means broad support; the flagship uses the simple majority.",
        "#",
        "# Deterministic run (`plenary run`, seed 2026, tau 0), as generated from the flagship of the",
        "# same commit: the USA and Russia refuse the opening draft on their red lines (legal nature,",
        "# military AI), which the chair then meets at their edges; the others accept one by one, and in",
        "# round 21 the chair, whose forecast of a vote adopts the text, tables it for adoption: the USA,",
        "# outvoted, calls a recorded vote, and the text is adopted 192-2 (99%; two thirds needed):",
        "# non-binding recommendations, the UN the principal platform, a pooled fund, access to compute",
        "# beyond voluntary programmes, military uses referred to other fora. Only the USA loses against",
        "# its BATNA. The uncertainty section is the flagship's, applied to every state's stance. With it,",
        "# `plenary simulate --runs 2000` (seed 2026) gives adoption by a vote the USA calls in every",
        "# run (rounds 17-25, mean 20.7); no run ends in consensus or without agreement.",
        "",
    ])


def generate():
    flag = read_flagship()
    states = read_member_states()
    clause_ids = flag["clause_ids"]
    check_tables(flag, states)
    dels = flag["delegations"]
    g77, eu = dels["G77"], dels["EU"]
    for d in list(dels.values()):
        if set(d["clauses"]) != set(clause_ids):
            raise FlagshipFormatError(f"{d['id']} has stances on {sorted(d['clauses'])}, not on every clause")
    un_members = [c for c in states if c not in ("PSE", "VAT")]
    if len(un_members) != 193:
        raise SystemExit(f"expected 193 UN member states, found {len(un_members)}")
    g77_votes = len([m for m in g77["members"] if m not in un_members])
    eu_votes = len([m for m in eu["members"] if m not in un_members])

    out = [header(flag, states, g77_votes, eu_votes)]
    out += [
        "metadata:",
        '  title: "UN General Assembly, 193 member states: AI governance outcome text"',
        "  description: >-",
        f"    The {number_word(len(clause_ids))} clauses of the outcome text of the Global Dialogue on AI Governance (Geneva,",
        "    July 2026) negotiated by all 193 UN member states, each with its own vote, and the G77 and",
        f"    EU blocs speaking for their members. {number_word(len(FLAGSHIP_STATES)).capitalize()} states take their stances from the Geneva",
        "    scenario; the others derive theirs from their bloc or a stated profile with a small",
        "    deterministic jitter. A vote, called or when consensus fails, needs two thirds.",
        '  date: "2026-07-06"',
    ]
    out += flag["sources"]
    out.append("")
    out += flag["clauses"]
    out.append("")
    out.append("delegations:")
    out.append("  # The blocs: flagship stances; votes as the reader computes them (see the header).")
    out += copied_delegation(g77, clause_ids, extra=[
        f"    votes: {g77_votes}  # PSE; the other 133 members are delegations and vote themselves",
        f"    cohesion: {fmt(g77['cohesion'])}"])
    out += copied_delegation(eu, clause_ids, extra=[
        f"    votes: {eu_votes}  # all 27 members are delegations and vote themselves",
        f"    cohesion: {fmt(eu['cohesion'])}"])
    for code in MEMBERLESS_BLOCS:
        if dels[code]["members"] or dels[code]["kind"] != "bloc":
            raise FlagshipFormatError(f"{code} is expected to be a bloc without members")
        out += copied_delegation(dels[code], clause_ids)
    out.append("  # The flagship's states, copied exactly.")
    for code in FLAGSHIP_STATES:
        out += copied_delegation(dels[code], clause_ids)

    bases = {"G77": profile_base(flag, ["G77"], clause_ids), "EU": profile_base(flag, ["EU"], clause_ids)}
    for name, p in PROFILES.items():
        bases[name] = profile_base(flag, p["bases"], clause_ids)
    profile_of = {c: name for name, p in PROFILES.items() for c in p["states"]}
    groups = [
        ("G77", "Other G77 members: the G77 stance with jitter.",
         [c for c in un_members if c in g77["members"] and c not in FLAGSHIP_STATES]),
        ("EU", "EU members: the EU stance with jitter.", [c for c in un_members if c in eu["members"]]),
    ]
    for name, p in PROFILES.items():
        groups.append((name, f"The {name} profile (see the header), with jitter.",
                       [c for c in un_members if profile_of.get(c) == name]))
    for rule, comment, codes in groups:
        out.append(f"  # {comment}")
        base, concession = bases[rule]
        for code in sorted(codes):
            out += derived_delegation(code, states[code], rule, base, concession, clause_ids)
    written = len(FLAGSHIP_STATES) + sum(len(codes) for _, _, codes in groups)
    if written != 193:
        raise SystemExit(f"wrote {written} member states, expected 193")

    p = flag["protocol"]
    out += ["", "protocol:"]
    if "forum" in p:
        out.append(f"  forum: {p['forum']}")
    out += [
        f"  maxRounds: {p['maxRounds']}",
        f"  loss: {p['loss']}",
        f"  temperature: {p['temperature']}",
        f"  mediatorStep: {p['mediatorStep']}",
        f"  dropContestedAfter: {p['dropContestedAfter']}",
    ]
    if "forum" in p:
        out.append("  # The flagship's forum; a vote needs two thirds of yes over yes + no here (see the header).")
    else:
        out += ["  # The flagship keeps consensus; here a two-thirds vote decides when consensus fails (see the header).",
                "  decisionRule: majority"]
    out += [
        f"  threshold: {TWO_THIRDS}",
        f"seed: {flag['seed']}",
    ]
    if flag["uncertainty"]:
        out += ["# Taken over from the flagship: the same spreads for every stance (see its comments)."]
        out += flag["uncertainty"]
    out += [""]
    return "\n".join(out)


def main(argv):
    if argv not in ([], ["--check"]):
        print("\n\n".join(__doc__.split("\n\n")[1:3]), file=sys.stderr)
        return 2
    try:
        text = generate()
    except FlagshipFormatError as e:
        print(f"generate-un-ga-193: cannot read the flagship: {e}", file=sys.stderr)
        return 1
    data = text.encode("utf-8")
    if argv == ["--check"]:
        if OUTPUT.exists() and OUTPUT.read_bytes() == data:
            print(f"{OUTPUT.relative_to(ROOT)} is current")
            return 0
        print(f"{OUTPUT.relative_to(ROOT)} differs from what the script generates; regenerate it", file=sys.stderr)
        return 1
    OUTPUT.write_bytes(data)
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
