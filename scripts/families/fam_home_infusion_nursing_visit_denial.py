"""Family 'home_infusion_nursing_visit_denial': Medicare Advantage, commercial and Medicaid managed-care EOBs and
letters on home infusion nursing visits (99601 first 2 hours, 99602 each added hour, S9123 nursing per hour) for
IV antibiotics or immunoglobulin (per diems S9500, S9338).

Cases: the antibiotic per diem paid with the nursing visits denied for no nursing authorization (MA EOB); nursing
hours over the authorized units (commercial letter; commercial IVIG EOB, rotated); home visits denied when the
member could go to the plan's infusion suite (Medicaid notice of adverse benefit determination; its appeal
decision upheld, photocopied, which names a state fair hearing deadline only); an approval for weekly visits; a fax
stack from the nursing agency: cover sheet, the MA plan's denial of hours over the authorized units, and the
agency's statement.

Layouts are invented, modelled loosely on typical EOBs, CMS-10003-style notices and Medicaid managed-care notices.
All people, plans, agencies and numbers are invented (555 phone numbers). Decoys: the infectious disease doctor
who ordered the therapy, NPIs, dates of birth, the date a claim or request was received, the claims-processed
period, the PICC line placement date, authorized unit counts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fam_smoking_cessation_counseling_session_limit_msn import (Page, build_eob, build_letter, fd, fee, line, m2,
                                                                npi, pat, ph, usd)
from inv_kit import pdf_bytes, truth

FAMILY = "home_infusion_nursing_visit_denial"
LANG = "en"
FIRST = ["Leocadia", "Ambrose", "Chidinma", "Torsten", "Evdokia", "Rafferty", "Yevgenia", "Osric", "Makena",
         "Clementine", "Dagfinn", "Soraya"]
LAST = ["Penhallow", "Ugwu-Barnes", "Eskildsen", "Marchetti", "Haverford", "Oyelaran", "Tremblay-Ross",
        "Quartermaine", "Iwasaki", "Dunleavy", "Braithwaite", "Kowalczyk"]
STREETS = ["Cinder Mill Road", "Wrenfield Court", "Lanternfly Lane", "Post Oak Row", "Glasshouse Way"]
CITIES = [("Cinder Falls", "NC", "27599"), ("Wrenfield", "IN", "46999"), ("Glasshouse Point", "ME", "04699")]
AGENCIES = [("Wrenfield Home Infusion Pharmacy", "40 Wrenfield Court, Wrenfield, IN 46999"),
            ("Cinder Mill Infusion Nursing Services, LLC", "1205 Cinder Mill Road, Cinder Falls, NC 27599"),
            ("Lanternfly Home IV & Nursing", "77 Lanternfly Lane, Glasshouse Point, ME 04699")]
IDDOCS = ["Dr. Severin A. Holloway", "Dr. Chiara B. Nwosu-Park", "Dr. Magnus T. Ferreira"]
ORGS = {"MA": dict(word="POST OAK HEALTH", org="Post Oak Health Plans", product="Post Oak Medicare Select (HMO)",
                   addr="PO Box 31880, Wrenfield, IN 46999", pbp="H6214-009"),
        "COM": dict(word="GLASSHOUSE", org="Glasshouse Life & Health Insurance Company",
                    product="Glasshouse Choice EPO", addr="PO Box 770, Glasshouse Point, ME 04699", pbp=""),
        "MCD": dict(word="CINDER VALLEY CARE", org="Cinder Valley Community Care Plan",
                    product="Medicaid Managed Care", addr="PO Box 5140, Cinder Falls, NC 27599", pbp="")}
N1, N2, N3 = "Home infusion nursing visit, first 2 hours", "Home infusion nursing, each additional hour", \
    "Nursing care in the home, per hour"
ABX, IG = "Home infusion antibiotic therapy, per diem", "Home infusion immunoglobulin, per diem"


def person(r):
    return f"{r.choice(FIRST)} {r.choice('BCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"


def days(r, start, n, step=(1, 2, 3)):
    out, d = [], start
    for _ in range(n):
        out.append(d)
        d += dt.timedelta(days=r.choice(step))
    return out


def make(kind, r, ds, ls):
    notice = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 210))
    org = {"perdiem": "MA", "hours": "COM", "suite": "MCD", "weekly": "MCD", "stack": "MA", "ivig": "COM",
           "upheld": "MCD"}[kind]
    ai = {"perdiem": 0, "hours": 1, "suite": 2, "weekly": 2, "stack": 1, "ivig": 0, "upheld": 2}[kind]
    city, st, z = r.choice(CITIES)
    f = dict(kind=kind, lang="en", ds=ds, ls=ls, notice=notice, member=person(r), org=ORGS[org], okey=org,
             addr=(f"{r.randint(10, 9900)} {r.choice(STREETS)}", f"{city}, {st} {z}"), prac=AGENCIES[ai],
             iddoc=IDDOCS[ai], npi=npi(r), ph=ph(r),
             period=(notice - dt.timedelta(days=r.randint(28, 33)), notice - dt.timedelta(days=r.randint(1, 4))),
             dob=dt.date(r.randint(1940, 1995), r.randint(1, 12), r.randint(1, 28)))
    f["mid"] = pat(r, {"MA": "POH99999999", "COM": "GLH-999999999", "MCD": "99999999A"}[org])
    f["group"] = pat(r, "GX99999") if org == "COM" else None
    f["claim"] = pat(r, "99A9999999999")
    start = notice - dt.timedelta(days=r.randint(30, 42))
    c1, c2, c3 = fee(r, 180, 260), fee(r, 70, 110), fee(r, 60, 95)
    if kind == "perdiem":
        vs = days(r, start, 3, (3, 4))
        pdm = fee(r, 140, 210)
        f["lines"] = []
        for v in vs:
            f["lines"].append(line(v, "S9500", ABX, pdm, round(pdm * .7, 2), paid=round(pdm * .7, 2), you=0.0,
                                   note="P"))
            f["lines"].append(line(v, "99601", N1, c1, 0, ok=False, note="N"))
        f["denied"] = vs
        f["picc"] = start - dt.timedelta(days=1)
    elif kind in ("hours", "ivig", "stack"):
        vs = days(r, start, 2 if kind != "stack" else 3, (7,) if kind == "ivig" else (2, 3))
        f["lines"] = []
        for v in vs:
            if kind == "stack":
                f["lines"].append(line(v, "S9123", N3 + " (2 authorized)", round(c3 * 2, 2), round(c3 * 1.4, 2),
                                       paid=round(c3 * 1.4, 2), you=0.0, note="1"))
                f["lines"].append(line(v, "S9123", N3 + " (over authorized)", round(c3 * 2, 2), 0, ok=False,
                                       note="2"))
            else:
                f["lines"].append(line(v, "99601", N1, c1, round(c1 * .6, 2), paid=round(c1 * .6, 2), you=0.0,
                                       note="A"))
                f["lines"].append(line(v, "99602", N2 + " x3", round(c2 * 3, 2), 0, ok=False, note="B"))
        f["denied"] = vs
        f["auth"] = pat(r, "AU99999999")
        if kind == "stack":
            f["appeal_days"] = 65
            f["stmt_date"] = notice + dt.timedelta(days=r.randint(4, 9))
            f["acct"] = pat(r, "HI-99999")
            f["sph"], f["sfx"] = ph(r), ph(r)
    elif kind in ("suite", "upheld"):
        vs = days(r, start, 4, (7,))
        f["lines"] = [line(v, "99601", N1, c1, 0, ok=False) for v in vs]
        f["denied"] = vs
        f["suite"] = "Cinder Valley Infusion Suite, 300 Post Oak Row, Cinder Falls"
        if kind == "upheld":
            f["appeal"] = pat(r, "APP-2026-99999")
            f["received"] = notice - dt.timedelta(days=r.randint(15, 25))
            f["fh"] = notice + dt.timedelta(days=120)
    elif kind == "weekly":
        f["case"] = pat(r, "PA-99999999")
        f["start"] = notice + dt.timedelta(days=r.randint(3, 7))
        f["end"] = f["start"] + dt.timedelta(days=r.choice([41, 55]))
    if "lines" in f:
        f["total"] = round(sum(x["ch"] for x in f["lines"]), 2)
        f.setdefault("received", max(x["dos"] for x in f["lines"]) + dt.timedelta(days=r.randint(3, 8)))
    return f


def build_perdiem(f):
    return build_eob(dict(f, by=f"Ordered by {f['iddoc']} (Infectious Disease)", notes=[
        ("P", "Home infusion drug and supplies per diem paid in full under your home infusion benefit."),
        ("N", "Home infusion nursing visits need a separate authorization from the plan. No nursing "
              "authorization was on file for this date. You do not have to pay this amount.")],
        tail=[f"PICC line placed {fd(f['picc'], f['ds'])} (not part of this claim)."]))


def build_ivig(f):
    return build_eob(dict(f, by=f"Ordered by {f['iddoc']}", days=180, notes=[
        ("A", "Paid. Nursing visits for immunoglobulin infusion are authorized at 99601 x1 and 99602 x1 per visit."),
        ("B", f"Nursing hours are over the units authorized (authorization {f['auth']}: 1 additional hour per "
              "visit). 3 additional hours were billed. The added hours are denied.")],
        tail=[f"Group number: {f['group']}"]))


def build_hours(f):
    ds, ls = f["ds"], f["ls"]
    rows = [("Patient:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["group"]),
            ("Claim number:", f["claim"]), ("Provider:", f"{f['prac'][0]}, NPI {f['npi']}"),
            ("Ordering physician:", f["iddoc"]), ("Authorization:", f"{f['auth']} - 99601 x1 and 99602 x1 per visit"),
            ("Claim received:", fd(f["received"], ds))]
    tbl = (["Visit date", "Code", "Service", "Billed", "Allowed", "Status"],
           [[fd(x["dos"], ls), x["code"], x["desc"], usd(x["ch"]), usd(x["appr"]), "Paid" if x["ok"] else "Denied"]
            for x in f["lines"]] + [["*Total", "", "", usd(f["total"]), "", ""]],
           [24, 16, 72, 22, 22, 22], 8.0, "LLLRRL")
    paras = ["We reviewed the home infusion nursing claim above for your IV antibiotic therapy. The first two hours "
             "of each visit were paid. Your authorization allows one additional hour (99602) per visit; the claim "
             "billed three additional hours per visit. The hours over the authorized units are denied. Your nurse "
             "agency may ask us to add units if more time is needed.",
             "#If you disagree",
             "You may file an appeal within 180 days of the date of this letter. Write to Glasshouse Appeals, "
             f"{f['org']['addr']}, or call {f['ph']}. You are not responsible for the denied hours."]
    return build_letter(f, "Claim Determination - Home Infusion Nursing", rows, paras, tbl)


def build_suite(f):
    ds, ls = f["ds"], f["ls"]
    rows = [("Member:", f["member"]), ("Medicaid ID:", f["mid"]), ("Date of birth:", fd(f["dob"], ds)),
            ("Claim number:", f["claim"]), ("Provider:", f["prac"][0]), ("Ordered by:", f["iddoc"])]
    tbl = (["Date", "Service", "Billed", "Decision"],
           [[fd(x["dos"], ls), f"{x['code']} {x['desc']}", usd(x["ch"]), "Denied"] for x in f["lines"]] +
           [["*Total", "", usd(f["total"]), ""]], [28, 96, 26, 30], 8.4, "LLRL")
    paras = ["#What we decided",
             "We denied the home nursing visits listed above. Home infusion nursing is covered when you cannot "
             "leave home to receive your infusion. The records show you drive and go to work, and you can receive "
             f"your weekly immunoglobulin at a plan infusion suite ({f['suite']}). Care at home is not needed "
             "for you; the infusion suite is the right place of service.",
             "#Your right to appeal",
             "If you disagree, you can ask for a plan appeal. You must ask within 60 days of the date of this "
             f"notice. Call {f['ph']} or write to {f['org']['org']}, Appeals, {f['org']['addr']}. If you still "
             "disagree after the plan appeal, you can ask for a State Fair Hearing within 120 days of the appeal "
             "decision.",
             "If you are getting these services now, you can ask to keep getting them during the appeal if you "
             "ask within 10 days of the date of this notice."]
    return build_letter(f, "NOTICE OF ADVERSE BENEFIT DETERMINATION", rows, paras, tbl)


def build_upheld(f):
    ds, ls = f["ds"], f["ls"]
    rows = [("Member:", f["member"]), ("Medicaid ID:", f["mid"]), ("Appeal number:", f["appeal"]),
            ("Claim number:", f["claim"]), ("Provider:", f["prac"][0]), ("Appeal received:", fd(f["received"], ds)),
            ("Visit dates:", ", ".join(fd(x["dos"], ls) for x in f["lines"])),
            ("Amount billed:", usd(f["total"]))]
    paras = ["#Appeal decision: DENIAL UPHELD",
             f"A nurse reviewer and a doctor who did not make the first decision looked at your appeal and the "
             f"letter from {f['iddoc']}. You can travel to the infusion suite, so nursing visits in your home are "
             "not covered. Your immunoglobulin can be given at the suite at no cost to you.",
             "#State Fair Hearing",
             f"If you disagree, you may ask for a State Fair Hearing. You must ask by {fd(f['fh'], ds)}. Call the "
             f"State Hearings Office at {f['ph']} or write to the address on the enclosed form."]
    return build_letter(f, "NOTICE OF APPEAL RESOLUTION", rows, paras)


def build_weekly(f):
    ds = f["ds"]
    rows = [("Member:", f["member"]), ("Medicaid ID:", f["mid"]), ("Authorization number:", f["case"]),
            ("Provider:", f["prac"][0]), ("Ordered by:", f["iddoc"]),
            ("Approved:", "Home infusion nursing (99601), 1 visit per week"),
            ("Dates:", f"{fd(f['start'], ds)} to {fd(f['end'], ds)}")]
    paras = ["We APPROVED home infusion nursing visits once a week for your IV antibiotics. The pharmacy delivers "
             "your medicine and supplies; a nurse visits weekly to check your line and draw labs.",
             f"If you need more visits, {f['prac'][0]} can ask us. Questions: {f['ph']}."]
    return build_letter(f, "Notice of Approval", rows, paras)


def build_stack_letter(f):
    ds, ls = f["ds"], f["ls"]
    rows = [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Claim:", f["claim"]),
            ("Provider:", f["prac"][0]), ("Authorization:", f"{f['auth']} - S9123, 2 hours per visit"),
            ("Ordering physician:", f["iddoc"])]
    tbl = (["Date", "Code", "Hours", "Billed", "Decision"],
           [[fd(x["dos"], ls), x["code"], "2", usd(x["ch"]), "Paid" if x["ok"] else "Denied"] for x in f["lines"]] +
           [["*Total billed", "", "", usd(f["total"]), ""]], [30, 22, 18, 30, 30], 8.4, "LLRRL")
    paras = ["#We denied part of your home nursing claim",
             "Your authorization covers 2 hours of nursing care per visit for your IV antibiotic infusions. The "
             "agency billed 4 hours for each visit. The 2 hours over the authorized units on each date are denied.",
             "#Your appeal rights",
             "You may ask for a reconsideration within 65 days of the date of this notice. Write to "
             f"{f['org']['org']}, Appeals, {f['org']['addr']}, or call {f['ph']} (TTY 711)."]
    return build_letter(f, "Notice of Denial of Payment", rows, paras, tbl)


def build_stmt(f):
    ds, ls = f["ds"], f["ls"]
    d = Page(footer="Page {p} of {n}")
    d.add_page()
    d.font(15, "B")
    d.cell(0, 7, f["prac"][0], new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{f['prac'][1]}  ·  Phone {f['sph']}  ·  Fax {f['sfx']}", 8.5)
    d.rule(0.5, 4)
    d.text_line("STATEMENT", 13, "B")
    d.rows([("Account:", f["acct"]), ("Statement date:", fd(f["stmt_date"], ds)), ("Patient:", f["member"])], 40, 9.8)
    den = [x for x in f["lines"] if not x["ok"]]
    d.wtable(["Date", "Service", "Charge", "Plan paid", "Balance"],
             [[fd(x["dos"], ls), "S9123 nursing, hours over authorization", usd(x["ch"]), usd(0), usd(0)]
              for x in den] + [["*Amount due", "", "", "", usd(0)]], [26, 88, 24, 24, 24], 8.4, "LLRRR")
    d.para("Your plan denied the extra nursing hours. We are appealing and have written off the balance while the "
           "appeal is open. You owe nothing now.", 9.8)
    return pdf_bytes(d)


def truth_of(f):
    k, o = f["kind"], f["org"]
    c = dict(insurer=o["org"], member_name=f["member"], member_id=f["mid"], provider=f["prac"][0],
             denial_date=f["notice"].isoformat())
    if f.get("group"):
        c["group_number"] = f["group"]
    alt = {"insurer": [o["product"]]} if k not in ("suite", "upheld", "weekly") else {}
    if "lines" in f:
        c.update(claim_amount=m2(f["total"]), case_numbers=[f["claim"]],
                 service_dates=[d.isoformat() for d in f["denied"]])
    if f.get("auth") and k != "stmt":
        alt = {**alt, "case_numbers": [[f["claim"], f["auth"]]]}
    dl = lambda n: (f["notice"] + dt.timedelta(days=n)).isoformat()  # noqa: E731
    if k == "perdiem":
        return truth("eob", "prior_authorization", plan_id=o["pbp"], appeal_deadline=dl(65),
                     alternates={**alt, "plan_id": [None]}, **c)
    if k == "ivig":
        return truth("eob", "prior_authorization", appeal_deadline=dl(180), alternates=alt,
                     denial_alternates=["medical_necessity", "other"], **c)
    if k == "hours":
        return truth("denial_letter", "prior_authorization", appeal_deadline=dl(180), alternates=alt,
                     denial_alternates=["medical_necessity", "other"], type_alternates=["eob"], **c)
    if k == "suite":
        return truth("denial_letter", "level_of_care", appeal_deadline=dl(60), **c)
    if k == "upheld":
        c["case_numbers"] = [f["appeal"], f["claim"]]
        return truth("denial_letter", "level_of_care", appeal_deadline=None, **c)
    if k == "weekly":
        return truth("other", None, case_numbers=[f["case"]],
                     service_dates=[f"{f['start'].isoformat()}/{f['end'].isoformat()}"],
                     alternates={"service_dates": [[], [f["start"].isoformat()]]}, **c)
    if k == "stack":
        return truth("denial_letter", "prior_authorization", appeal_deadline=dl(65), alternates=alt,
                     denial_alternates=["medical_necessity", "other"], **c)
    if k == "stmt":
        den = [x for x in f["lines"] if not x["ok"]]
        return truth("other", None, member_name=f["member"], provider=f["prac"][0],
                     service_dates=[x["dos"].isoformat() for x in den],
                     denial_date=f["stmt_date"].isoformat(), alternates={"denial_date": [None]},
                     unscored=["insurer"])
    raise ValueError(k)


BUILD = {"perdiem": build_perdiem, "ivig": build_ivig, "hours": build_hours, "suite": build_suite,
         "upheld": build_upheld, "weekly": build_weekly}

PLAN = [
    ("bd_ma_eob_s9500_paid_99601_no_auth", "born_digital", "perdiem", "long", "slash"),
    ("bd_letter_99602_hours_over_authorized", "born_digital", "hours", "abbr", "slash"),
    ("scan300_medicaid_notice_infusion_suite", "scan_clean_300", "suite", "slash", "slash"),
    ("lowres_medicaid_approval_weekly_visits", "scan_lowres_150", "weekly", "dmy", "slash"),
    ("faxstd_stack_cover_ma_s9123_denial_statement", "fax_standard_g4", "stack", "slash", "short"),
    ("rotated_eob_ivig_nursing_hours_over_units", "rotated", "ivig", "iso", "iso"),
    ("copy_medicaid_appeal_upheld_fair_hearing", "photocopy", "upheld", "long", "slash"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ls) in enumerate(PLAN):
        f = make(kind, random.Random(252600 + i), ds, ls)
        if kind == "stack":
            st = dict(f, kind="stmt")
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(build_stack_letter(f), truth_of(f)),
                                                           (build_stmt(st), truth_of(st))],
                              separators=["cover", None]))
        else:
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(BUILD[kind](f), truth_of(f))]))
    return items
