"""Family ma_eob: a Medicare Advantage (Part C) monthly Explanation of Benefits, as plans mail it.

Modelled on the public CMS model Part C EOB: plan name with its plan benefit package (H1234-001 style),
'This is not a bill', the month covered, a summary of this month's and year-to-date costs with the maximum
out-of-pocket, then claim by claim (claim number, provider, dates) a table of service, amount the provider
billed, plan-approved amount, plan's share, your share and notes; lettered notes with adjustment codes;
what to do if you disagree; fraud line and the plan's material ID. Some months deny nothing.
"""

from __future__ import annotations

import random

from capture import Item
from public_kit import (CLINICIANS, FACILITIES, Page, address, amount, digits, fdate, m2, money, notice_date, out,
                        person, plus, truth)

FAMILY = "ma_eob"
LANG = "en"

PLANS = [("Juniper Ridge Health", "Juniper Ridge Medicare Complete (HMO)", "H5528", "PO Box 92004, Reno NV 89520"),
         ("Harbor & Hill Senior Plans", "Harbor & Hill Advantage Choice (PPO)", "H3871", "PO Box 4100, Portland ME 04112"),
         ("Sunstone Medicare Health Plan", "Sunstone Classic Care (HMO-POS)", "H6690", "7700 Mesa Blvd, Phoenix AZ 85021")]
SERVICES = [("Office visit, established patient", "99214", 180, 260), ("Blood test, lipid panel", "80061", 45, 90),
            ("X-ray, knee, 3 views", "73562", 120, 210), ("Physical therapy, exercises", "97110", 90, 150),
            ("Specialist visit, new patient", "99204", 290, 420), ("CT scan, chest, without dye", "71250", 680, 1200),
            ("Cardiac stress test", "93015", 400, 780), ("Cataract surgery, right eye", "66984", 3100, 4600)]
DENIED = {
    "prior_authorization": (("MRI, lumbar spine", "72148", 1600, 2400), "Z1", "CO-197",
                            "This service needs approval from the plan before you get it (prior authorization). "
                            "We did not get a request for approval. Because your provider is in our network, you "
                            "do not have to pay for this service."),
    "medical_necessity": (("Sleep study, in lab", "95810", 2200, 3300), "M4", "CO-50",
                          "The plan does not pay for this service because the records sent do not show it was "
                          "medically needed for your condition."),
    "out_of_network": (("Office visit, new patient", "99203", 220, 340), "N2", "PR-242",
                       "This provider is not in the plan\u2019s network and the visit was not an emergency or urgently "
                       "needed care. HMO members must use network providers."),
    "coding_error": (("Surgical tray", "A4550", 150, 260), "C7", "CO-97",
                     "This item is included in the payment for the main procedure on the same day and cannot be paid "
                     "separately."),
    "not_covered": (("Routine dental cleaning", "D1110", 110, 180), "X3", "PR-96",
                    "Routine dental care is not covered by your plan. You may have to pay this amount."),
    "experimental": (("Cell-free tumor DNA blood test", "0242U", 3500, 5100), "E9", "CO-55",
                     "This test is considered investigational for your condition and is not covered."),
}


def claim_table(p, claim, ds):
    rows = []
    for ln in claim["lines"]:
        rows.append([fdate(ln["dos"], "short"), f"{ln['desc']} ({ln['code']})", money(ln["billed"]),
                     money(ln["approved"]), money(ln["plan"]), money(ln["you"]), ln.get("note", "")])
    tot = lambda k: sum(ln[k] for ln in claim["lines"])  # noqa: E731
    rows.append(["", "Claim total", money(tot("billed")), money(tot("approved")), money(tot("plan")),
                 money(tot("you")), ""])
    p.table(["Date", "Service provided (code)", "Amount the\nprovider\nbilled", "Plan-\napproved\namount",
             "Plan\u2019s share", "Your share", "See note"], rows, [17, 61, 22, 22, 20, 18, 14], size=7.8, head_h=10,
            aligns=["L", "L", "R", "R", "R", "R", "C"], bold_last=True)


def make(rng, denial, n_claims):
    org, prod, contract, addr = rng.choice(PLANS)
    pbp = f"{contract}-{rng.choice(['001', '002', '004', '012', '019'])}"
    name, *_ = person(rng)
    notice = notice_date(rng)
    month_end = notice.replace(day=1) - __import__("datetime").timedelta(days=1)
    month_start = month_end.replace(day=1)
    member = rng.choice([f"{digits(rng, 9)}01", f"{rng.choice('JKNRW')}{digits(rng, 8)}", digits(rng, 11)])
    ds = rng.choice(["long", "slash", "dmy", "abbr"])
    claims, bad = [], rng.randrange(n_claims) if denial else -1
    for i in range(n_claims):
        prov = rng.choice(CLINICIANS + FACILITIES)
        dos = plus(month_start, rng.randint(0, 20))
        lines = []
        for desc, code, lo, hi in rng.sample(SERVICES, rng.randint(1, 2)):
            lines.append(dict(desc=desc, code=code, billed=amount(rng, lo, hi), dos=dos, ok=True))
        if i == bad:
            (desc, code, lo, hi), note, carc, _ = DENIED[denial]
            lines.append(dict(desc=desc, code=code, billed=amount(rng, lo, hi), ok=False,
                              dos=plus(dos, rng.choice([0, 0, rng.randint(1, 6)])), note=note))
        for ln in lines:
            ln["approved"] = round(ln["billed"] * rng.uniform(0.35, 0.6), 2) if ln["ok"] else 0.0
            ln["you"] = (rng.choice([0.0, 20.0, 35.0, 45.0]) if ln["ok"] else
                         (ln["billed"] if denial in ("not_covered", "out_of_network") else 0.0))
            ln["you"] = min(ln["you"], ln["approved"]) if ln["ok"] else ln["you"]
            ln["plan"] = round(ln["approved"] - ln["you"], 2) if ln["ok"] else 0.0
        claims.append(dict(no=rng.choice([digits(rng, 12), f"{notice.strftime('%y')}{digits(rng, 10)}"]), prov=prov,
                           lines=lines, denied=(i == bad)))
    p = Page(footer="Page {n} of {nb}", footer_left=f"{contract}_EOB{notice.strftime('%y')}_M  \u2022  {name}")
    p.add_page()
    y = p.get_y()
    p.line(org, 15, "B", h=7)
    p.line(addr, 8.5, h=4.2)
    p.set_xy(130, y)
    p.f(10, "B")
    p.multi_cell(0, 6, "THIS IS NOT A BILL", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 18)
    p.line(f"Explanation of Benefits for {prod}", 13, "B", h=7)
    p.line(f"Your Medicare health benefits and services for {month_start.strftime('%B %Y')}", 10.5, h=5.5)
    p.ln(3)
    for ln in [name.upper()] + address(rng):
        p.line(ln, 10, h=5)
    p.ln(3)
    p.pairs([("Member ID", member), ("Plan", f"{prod} {pbp}" if rng.random() < 0.5 else prod),
             ("Plan benefit package", pbp), ("Date of this notice", fdate(notice, ds)),
             ("Claims processed", f"{fdate(month_start, ds)} through {fdate(month_end, ds)}")], label_w=50, size=9.5)
    p.ln(2)
    tot = lambda k: sum(ln[k] for c in claims for ln in c["lines"])  # noqa: E731
    ytd = rng.uniform(1.8, 4.5)
    p.heading("Summary of your medical costs", 11, rule=True)
    p.table(["", "This month", "This year (Jan 1 \u2013 " + month_end.strftime("%b %-d") + ")"],
            [["Total cost of your medical care", money(tot("billed")), money(tot("billed") * ytd)],
             ["Plan\u2019s share", money(tot("plan")), money(tot("plan") * ytd)],
             ["Your share", money(tot("you")), money(tot("you") * ytd)],
             ["Toward your $5,900.00 maximum out-of-pocket", money(tot("you")), money(tot("you") * ytd)]],
            [80, 40, 54], size=9, head_h=7, aligns=["L", "R", "R"])
    p.heading("Your medical claims in detail", 11, rule=True)
    notes = {}
    for c in claims:
        p.f(9.5, "B")
        p.cell(0, 5, f"Claim number {c['no']}   \u2022   {c['prov']}", new_x="LMARGIN", new_y="NEXT")
        claim_table(p, c, ds)
        for ln in c["lines"]:
            if not ln["ok"]:
                notes[ln["note"]] = DENIED[denial]
    if notes:
        p.heading("Notes", 10)
        for letter, (_, _, carc, text) in notes.items():
            p.para(f"**{letter}** ({carc}) {text}", 9, gap=1)
    p.heading("What if you disagree with a coverage decision?", 10.5)
    if denial:
        p.para("If we denied coverage for any service on this notice, you or your provider can ask us for an appeal "
               "(a reconsideration). You must ask within 65 days of the date of this notice. See Chapter 9 of your "
               "Evidence of Coverage, or call Member Services.", 9.5)
    else:
        p.para("You can ask us to reconsider any decision about your coverage. Chapter 9 of your Evidence of Coverage "
               "explains how and by when, or call Member Services.", 9.5)
    p.para(f"Member Services: 1-8{rng.randint(55, 88)}-555-{rng.randint(1000, 9999)} (TTY 711). Report suspected fraud: "
           f"1-8{rng.randint(55, 88)}-555-{rng.randint(1000, 9999)}. {org} is an HMO/PPO plan with a Medicare "
           f"contract. Enrollment depends on contract renewal.", 8.5)
    target = next((c for c in claims if c["denied"]), claims[0])
    dates = [ln["dos"].isoformat() for ln in target["lines"] if not ln["ok"]] or \
        [ln["dos"].isoformat() for ln in target["lines"]]
    t = truth("eob", denial, insurer=org, plan_id=pbp, member_id=member, member_name=name, cases=[target["no"]],
              claim_amount=m2(sum(ln["billed"] for ln in target["lines"])), service_dates=dates,
              denial_date=notice.isoformat(), provider=target["prov"],
              appeal_deadline=plus(notice, 65).isoformat() if denial else None,
              alternates={"insurer": [prod]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    return [Item("ma_eob_bd_priorauth", "born_digital", [make(rng, "prior_authorization", 3)]),
            Item("ma_eob_bd_paid", "born_digital", [make(rng, None, 1)]),
            Item("ma_eob_scan_exper", "scan_clean_300", [make(rng, "experimental", 2)]),
            Item("ma_eob_lowres_oon", "scan_lowres_150", [make(rng, "out_of_network", 1)]),
            Item("ma_eob_copy_coding", "photocopy", [make(rng, "coding_error", 2)]),
            Item("ma_eob_faxs_mednec", "fax_standard_g4", [make(rng, "medical_necessity", 2)]),
            Item("ma_eob_photo_notcov", "phone_photo", [make(rng, "not_covered", 1)]),
            Item("ma_eob_faxf_paid", "fax_fine_g4", [make(rng, None, 1)])]
