"""Family 'nicu_level_of_care_newborn_days_denial': plan and Medicaid letters and EOBs on a newborn's neonatal
intensive care days (revenue codes 0174 level IV and 0173 level III) at a hospital.

Issuers (all invented): Brennock Valley Health Plan (commercial; letters with a boxed summary and EOBs),
Sunmeadow Community Care (a Medicaid managed care plan; notice of action, approval after review),
Larchmont Mutual Benefit Company (employer group plan; eligibility letter, a fax stack with the hospital's cover).
Contents: NICU days paid at the lower level of a special care nursery (0172); days after the baby was ready for
discharge denied; the newborn not added to the plan within 30 days of birth; NICU level approved after the
hospital's reconsideration. The member is the baby ('Baby Boy/Girl <surname>' as the hospital registered the baby,
sometimes with the name given later); the subscriber (parent) and the neonatologist are decoys, with NPIs, dates
of birth, birth weights, the mother's ID and received dates.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import MONTHS_ES, Doc, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "nicu_level_of_care_newborn_days_denial"
LANG = "en"

BV, SM, LM = "Brennock Valley Health Plan", "Sunmeadow Community Care", "Larchmont Mutual Benefit Company"
ADDR = {BV: ("PO Box 60417", "Carrow Falls, NE 68999"), SM: ("1200 Tanager Parkway, Suite 400", "Linden Bluff, KY 40999"),
        LM: ("88 Wickham Square", "Port Averell, ME 04999")}
HOSPITALS = ["St. Aldric Women's & Children's Hospital", "Pennrose Regional Medical Center",
             "Mercy Thornfield Children's Hospital"]
NEONATOLOGISTS = ["Dr. Ifeoma T. Lindqvist, MD", "Dr. Rafferty J. Nakashima, DO", "Dr. Zainab E. Hollingsworth, MD",
                  "Dr. Casimir O. Adeyemi, MD"]
PARENTS_F = ["Anneke", "Folasade", "Marisela", "Siobhan", "Yuki", "Priyanka", "Halldora", "Tatiana"]
PARENTS_M = ["Emeka", "Dashiell", "Rustam", "Tobiah", "Leander", "Joaquim", "Bertrand", "Kofi"]
LAST = ["Haverford", "Okonkwo-Reyes", "Lindgren", "Castellanos", "Mbatha", "Vreeland", "Saarinen", "Abernethy",
        "Delacroix", "Thistlewood"]
STREETS = ["Wren Hollow Road", "Cobbler's Lane", "Fieldstone Court", "Marsh Hawk Drive", "Pelham Terrace"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def D(f: dict, d: dt.date) -> str:
    s = f["ds"]
    if s == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y")}[s]


def facts(r: random.Random, ins: str, ds: str) -> dict:
    last = r.choice(LAST)
    sex = r.choice(["Boy", "Girl"])
    parent_first = r.choice(PARENTS_F + PARENTS_M)
    pmid = r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 150))
    born = notice - dt.timedelta(days=r.randint(45, 80))
    los = r.randint(9, 24)
    ids = {BV: ("BVH" + digits(r, 9) + "-0" + str(r.randint(2, 4)), "BV-" + digits(r, 5)),
           SM: ("KY" + digits(r, 9), None), LM: ("LMB" + digits(r, 8), "G" + digits(r, 6))}[ins]
    return dict(ins=ins, ds=ds, baby=f"Baby {sex} {last}", sex=sex, last=last,
                given=r.choice(["Amara", "Theodore", "Isolde", "Cassius", "Noor", "Matthias", "Wilhelmina", "Ezio"]),
                parent=f"{parent_first} {pmid}. {last}", parent_first=parent_first,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", r.choice(["Carrow Falls, NE 68999",
                      "Linden Bluff, KY 40999", "Port Averell, ME 04999"])),
                notice=notice, born=born, adm=born, dis=born + dt.timedelta(days=los), los=los,
                recv=notice - dt.timedelta(days=r.randint(3, 9)), mid=ids[0], grp=ids[1],
                claim=digits(r, 3) + "-" + digits(r, 8), ref="NR-" + digits(r, 7), hosp=r.choice(HOSPITALS),
                neo=r.choice(NEONATOLOGISTS), npi=npi(r), npi2=npi(r), ph=phone(r),
                weight=f"{r.randint(1150, 2400)} g", ga=f"{r.randint(28, 34)} weeks",
                pdob=dt.date(r.randint(1984, 2001), r.randint(1, 12), r.randint(1, 28)),
                acct="HA" + digits(r, 8))


def letterhead(d: Doc, f: dict) -> None:
    ins = f["ins"]
    a = ADDR[ins]
    if ins == BV:
        d.text_line("BRENNOCK VALLEY", 19, "B")
        d.text_line(f"{BV}  -  {a[0]}, {a[1]}  -  Member Services {f['ph']}", 8.5)
        d.rule(0.8, 1)
    elif ins == SM:
        d.text_line(SM, 15, "B", align="C")
        d.text_line("A Medicaid managed care plan", 9, align="C")
        d.text_line(f"{a[0]}, {a[1]}   |   {f['ph']} (TTY 711)", 8.5, align="C")
        d.rule(0.4, 1)
    else:
        d.text_line(LM, 13.5, "B", align="R")
        d.text_line(f"{a[0]}, {a[1]}", 8.5, align="R")
        d.text_line(f"Group Health Services  {f['ph']}", 8.5, align="R")
        d.rule(0.3, 1)
    d.ln(5)


def pairs(d: Doc, rows, lw: float = 56, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def boxed(d: Doc, rows, lw: float = 60) -> None:
    w = d.w - d.l_margin - d.r_margin
    for k, v in rows:
        d.font(9.5, "B")
        d.cell(lw, 6.4, " " + k, border=1)
        d.font(9.5)
        d.cell(w - lw, 6.4, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def letter(f: dict, title: str, rows, body: list[str], *, denial, appeal: str | None, days: int = 180, cases,
           sdates, provider, amt=None, alts=None, dalts=(), sign="Utilization Management", box: bool = False,
           lines=None, medicaid: bool = False, to: str | None = None) -> tuple[bytes, dict]:
    """appeal: None, 'days' (within N days of this letter), 'dated' (received by a date)."""
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    for ln in ((to,) if to else (f"Parent or guardian of {f['baby']}", f["parent"], *f["addr"])):
        d.text_line(ln, 10.5)
    d.ln(5)
    d.text_line(title, 13, "B")
    d.ln(2)
    (boxed if box else pairs)(d, rows)
    if lines:
        head, rws, widths = lines
        d.table(head, rws, widths, size=8, aligns="LLLRRL", border_head="TB")
    d.para(f"Dear {f['parent_first']} {f['last']}:" if not to else "Dear Provider:")
    for p in body:
        d.para(p)
    dl = None
    if appeal:
        d.text_line("Your right to appeal", 11, "B")
        d.ln(1)
        dl = f["notice"] + dt.timedelta(days=days)
        if appeal == "days":
            d.para(f"If you do not agree with this decision, you or the baby's doctor may ask for an appeal within "
                   f"{days} days of the date of this letter. Call {f['ph']} or write to the address above.")
        else:
            d.para(f"To appeal, send us a written request. We must receive it by {D(f, dl)}. A parent, the hospital "
                   f"or the baby's doctor may appeal. Call {f['ph']} with questions.")
        if medicaid:
            d.para("State fair hearing: after our appeal decision you may ask for a State Fair Hearing within 120 "
                   "days of the date of the appeal decision letter. If you want the baby's services to continue "
                   "during the appeal, ask within 10 days of the date of this notice.", 9.5)
        d.para("If waiting would seriously harm the baby's health, ask for a fast (expedited) appeal; we decide "
               "those within 72 hours.", 9.5)
    d.para(f"Sincerely,\n{sign}\n{f['ins']}", 10)
    t = truth("denial_letter" if denial else "other", denial, insurer=f["ins"], member_id=f["mid"],
              group_number=f["grp"], member_name=f["baby"], case_numbers=cases,
              claim_amount=None if amt is None else m2(amt), service_dates=sdates, denial_date=iso(f["notice"]),
              provider=provider, appeal_deadline=None if dl is None else iso(dl),
              alternates={k: v for k, v in (alts or {}).items() if v}, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def eob(f: dict, lines, remarks, intro: str, denial, *, sdates, days=180, dalts=(), alts=None,
        header_extra=()) -> tuple[bytes, dict]:
    """lines: (dates text, rev code, description, units, billed, allowed, paid, you owe, remark)."""
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 15, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(3)
    y0 = d.get_y()
    for ln in (f["parent"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.set_xy(110, y0)
    lab = ["Statement date", "Subscriber", "Patient", "Member ID", "Group"]
    for k, v in zip(lab, [D(f, f["notice"]), f["parent"], f["baby"], f["mid"], f["grp"]]):
        d.set_x(110)
        d.font(9, "B")
        d.cell(30, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.para(intro, 9.5)
    d.font(10, "B")
    d.cell(0, 6, f"Claim {f['claim']}  -  {f['hosp']}  (NPI {f['npi']})", new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    d.cell(0, 5, f"Inpatient stay {D(f, f['adm'])} - {D(f, f['dis'])}   Attending neonatologist: {f['neo']}",
           new_x="LMARGIN", new_y="NEXT")
    for x in header_extra:
        d.cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    rows = [[a, b, c, str(u), fmt_money(e), fmt_money(g), fmt_money(h), fmt_money(i), j]
            for a, b, c, u, e, g, h, i, j in lines]
    tot = [sum(x[i] for x in lines) for i in (4, 5, 6, 7)]
    rows.append(["*Claim total", "", "", "", *[fmt_money(v) for v in tot], ""])
    d.table(["Dates", "Rev", "Service", "Days", "Billed", "Allowed", "Plan paid", "You owe", "Rmk"], rows,
            [36, 10, 44, 10, 20, 19, 19, 15, 9], size=7.4, aligns="LLLRRRRRL", border_head="TB")
    d.text_line("Remarks", 10, "B")
    for k, v in remarks:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=days)
    d.para(f"Appeal rights: if you disagree with how this claim was processed, you may appeal within {days} days of "
           f"the date of this statement. Call {f['ph']} or write to the address above.", 9)
    t = truth("eob", denial, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["baby"],
              case_numbers=[f["claim"]], claim_amount=m2(tot[0]), service_dates=sdates, denial_date=iso(f["notice"]),
              provider=f["hosp"], appeal_deadline=iso(dl),
              alternates={k: v for k, v in (alts or {}).items() if v}, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def cover(f: dict, r: random.Random) -> bytes:
    """The hospital's fax cover sheet (belongs to no document)."""
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(f["hosp"], 15, "B")
    d.text_line("Patient Financial Services - NICU Case Management", 10)
    d.ln(6)
    d.text_line("FAX", 26, "B")
    d.ln(4)
    pairs(d, [("To:", f"{f['parent']} (parent of {f['baby']})"), ("Fax:", phone(r)), ("From:", "NICU Case Manager"),
              ("Phone:", phone(r)), ("Date:", D(f, f["notice"] + dt.timedelta(days=29))),
              ("Hospital account:", f["acct"]), ("Pages:", "3 including cover")], lw=44, size=11)
    d.para("Attached are the letter and the Explanation of Benefits we received from your health plan about the "
           "baby's NICU stay. Please read them. If you decide to appeal, our case management team can send the "
           "NICU records to the plan for you. Call us with any question.", 10.5)
    d.ln(10)
    d.para("CONFIDENTIAL: this fax contains protected health information intended only for the addressee. If you "
           "received it in error, call the sender and destroy it.", 8.5)
    return pdf_bytes(d)


def documents(rng) -> list[Item]:
    items = []
    span = lambda f: iso(f["adm"], f["dis"])  # noqa: E731

    # 1 born digital: commercial letter, NICU level IV/III days paid at the special care nursery level (0172)
    f = facts(random.Random(240501), BV, "long")
    r = random.Random(240511)
    ln = [("0174", "NICU level IV", 6, 6 * 7250.00), ("0173", "NICU level III", 5, 5 * 5480.00),
          ("0250", "Pharmacy", 1, 3122.60), ("0300", "Laboratory", 1, 4187.15)]
    amt = sum(x[3] for x in ln)
    rows = [("Patient", f"{f['baby']} (newborn)"), ("Subscriber", f"{f['parent']}"), ("Member ID", f["mid"]),
            ("Group", f["grp"]), ("Claim number", f["claim"]), ("Hospital", f"{f['hosp']}, NPI {f['npi']}"),
            ("Admitted / discharged", f"{D(f, f['adm'])} - {D(f, f['dis'])}"), ("Total billed", fmt_money(amt))]
    lt = (["Rev.", "Accommodation", "", "Days", "Billed", "Paid as"],
          [[a, b, "", str(c), fmt_money(e), "0172 level II" if a in ("0174", "0173") else "as billed"]
           for a, b, c, e in ln], [16, 56, 8, 18, 34, 40])
    body = [f"We reviewed the hospital claim for your baby's stay in the neonatal intensive care unit (NICU) of "
            f"{f['hosp']}. The baby was born at {f['ga']} weighing {f['weight']} and was cared for by "
            f"{f['neo']}. We cover the stay, but not at the intensive care level billed for every day.",
            "The hospital billed 6 days at NICU level IV (revenue code 0174) and 5 days at level III (0173). The "
            "records show the baby breathed room air from the second day, needed no ventilator or IV medicines "
            "after day 3, and was in an open crib feeding and gaining weight. This is the care given in a special "
            "care nursery. Under our Neonatal Level of Care policy (UM-NEO-12) we paid these 11 days at the "
            "special care nursery level II rate (0172). Pharmacy and laboratory lines were paid as billed.",
            "The hospital is in network and may not bill you the difference between the NICU and special care "
            "nursery rates. You owe only your inpatient cost share."]
    items.append(Item(f"{FAMILY}_bd_letter_nicu_paid_at_special_care_nursery", "born_digital", [letter(
        f, "Notice of Adverse Benefit Determination - Level of Care", rows, body, denial="level_of_care",
        appeal="days", days=180, cases=[f["claim"]], sdates=[span(f)], provider=f["hosp"], amt=amt, lines=lt,
        box=True, dalts=["medical_necessity"], sign="Clinical Claims Review")]))

    # 2 born digital: commercial EOB, days after the baby was ready for discharge denied
    f = facts(random.Random(240502), BV, "slash")
    ready = f["dis"] - dt.timedelta(days=3)
    l1 = [(f"{D(f, f['adm'])}-{D(f, ready - dt.timedelta(days=1))}", "0173", "NICU level III", f["los"] - 3,
           (f["los"] - 3) * 5395.00, (f["los"] - 3) * 3120.00, (f["los"] - 3) * 3120.00 - 500, 500.00, "P1"),
          (f"{D(f, ready)}-{D(f, f['dis'] - dt.timedelta(days=1))}", "0173", "NICU level III", 3, 3 * 5395.00, 0, 0,
           0, "N42"),
          (D(f, f["adm"]), "0636", "Drugs, detailed coding (surfactant)", 1, 2840.00, 1610.00, 1610.00, 0, "P1")]
    rem = [("P1", "Paid at your in-network inpatient benefit after your $500.00 copay."),
           ("N42", f"Not medically necessary. The baby met the hospital's own discharge criteria on {D(f, ready)}: "
                   "stable temperature in an open crib, full feeds by mouth and steady weight gain for 48 hours. The "
                   "3 days after that were spent waiting for the car seat test and the parents' training and are "
                   "not an acute hospital level of care. The network hospital may not bill you for these days.")]
    items.append(Item(f"{FAMILY}_bd_eob_days_after_discharge_ready_denied", "born_digital", [eob(
        f, l1, rem, "This statement shows how your plan processed the hospital claim for your newborn. Three days "
        "were denied; see remark N42.", "medical_necessity", sdates=[span(f)],
        dalts=["level_of_care"], alts={"service_dates": [[iso(ready, f["dis"] - dt.timedelta(days=1))]]},
        header_extra=[f"Birth weight {f['weight']}   Subscriber date of birth {D(f, f['pdob'])}"])]))

    # 3 scan 300: employer plan letter, newborn not added within 30 days of birth
    f = facts(random.Random(240503), LM, "dmy")
    amt = 48215.40
    deadline_add = f["born"] + dt.timedelta(days=30)
    rows = [("Subscriber:", f["parent"]), ("Subscriber ID:", f["mid"]), ("Group number:", f["grp"]),
            ("Patient:", f"{f['baby']}, born {D(f, f['born'])}"), ("Claim number:", f["claim"]),
            ("Provider:", f"{f['hosp']} (NPI {f['npi']})"),
            ("Dates of service:", f"{D(f, f['adm'])} through {D(f, f['dis'])}"),
            ("Amount billed:", fmt_money(amt)), ("Enrollment form received:", D(f, f["recv"]))]
    body = [f"We cannot pay the hospital's claim for {f['baby']}'s stay in the neonatal intensive care unit. Your "
            "plan covers a newborn for the first 30 days after birth. To keep coverage after that, the baby must be "
            f"added to your plan by an enrollment form received within 30 days of birth, that is by "
            f"{D(f, deadline_add)}. We received your form on {D(f, f['recv'])}.",
            "Because the baby was not enrolled in time, the baby is covered for the first 30 days only. The days of "
            f"this stay after {D(f, deadline_add)} are not covered, and because the hospital billed the whole stay "
            "on one claim, the claim was denied. The hospital may send a new claim for the first 30 days. You may "
            "add the baby at the next open enrollment or after another qualifying life event.",
            f"The baby's neonatologist, {f['neo']}, bills separately; that claim will be decided the same way."]
    items.append(Item(f"{FAMILY}_scan300_newborn_not_added_30_days", "scan_clean_300", [letter(
        f, "Claim Denial - Newborn Not Enrolled", rows, body, denial="eligibility", appeal="dated", days=180,
        cases=[f["claim"]], sdates=[span(f)], provider=f["hosp"], amt=amt, sign="Eligibility and Enrollment")]))

    # 4 150 dpi: Medicaid managed care, NICU level III approved after the hospital's reconsideration
    f = facts(random.Random(240504), SM, "abbr")
    rows = [("Member:", f"{f['baby']} ({f['given']} {f['last']})"), ("Medicaid ID:", f["mid"]),
            ("Mother's Medicaid ID:", "KY" + digits(random.Random(240514), 9)),
            ("Reconsideration number:", f["ref"]), ("Hospital:", f["hosp"]),
            ("Attending:", f"{f['neo']} (Neonatology), NPI {f['npi2']}"),
            ("Stay:", f"{D(f, f['adm'])} to {D(f, f['dis'])}"), ("Request received:", D(f, f["recv"]))]
    body = [f"{f['hosp']} asked us to look again at our earlier decision to pay part of {f['baby']}'s NICU stay at "
            "the special care nursery level. A neonatologist who did not make the first decision reviewed the "
            "records, including apnea episodes that needed stimulation and caffeine through day 9.",
            f"Decision: APPROVED. All {f['los']} days are approved at NICU level III (revenue code 0173). We will "
            "reprocess the hospital's claim within 30 days. You do not need to do anything, and you owe nothing "
            "for covered Medicaid services."]
    items.append(Item(f"{FAMILY}_lowres_medicaid_nicu_level_approved", "scan_lowres_150", [letter(
        f, "Notice of Reconsideration Decision - Approved", rows, body, denial=None, appeal=None,
        cases=[f["ref"]], sdates=[span(f)], provider=f["hosp"], sign="Utilization Management",
        alts={"member_name": [f"{f['given']} {f['last']}"]})]))

    # 5 photocopy: Medicaid notice of action, NICU level IV reduced to special care nursery
    f = facts(random.Random(240505), SM, "slash")
    amt = 96480.00
    step = f["adm"] + dt.timedelta(days=4)
    rows = [("Member:", f["baby"]), ("Medicaid ID:", f["mid"]), ("Parent:", f"{f['parent']}"),
            ("Authorization number:", f["ref"]), ("Hospital:", f"{f['hosp']}"),
            ("Requested:", f"NICU level IV (0174), {D(f, f['adm'])} - {D(f, f['dis'])}"),
            ("Billed charges on file:", fmt_money(amt)),
            ("Action:", f"Level IV approved {D(f, f['adm'])} - {D(f, step - dt.timedelta(days=1))}; "
                        f"special care nursery (0172) from {D(f, step)}")]
    body = [f"This notice tells you about an action we took on the NICU stay of {f['baby']} at {f['hosp']}. After "
            f"the fourth day, the baby no longer needed intensive care: no breathing support, no central line, and "
            "feeds by tube only. Level IV NICU care is covered when a newborn needs that care (Sunmeadow Clinical "
            "Criteria NEO-4). Care at the special care nursery level is approved for the rest of the stay.",
            "This is not a decision about whether the baby gets care; the baby stayed and was treated. It is a "
            "decision about the level of care we pay the hospital for."]
    items.append(Item(f"{FAMILY}_photocopy_medicaid_notice_level_iv_reduced", "photocopy", [letter(
        f, "Notice of Action", rows, body, denial="level_of_care", appeal="days", days=60, cases=[f["ref"]],
        sdates=[span(f)], provider=f["hosp"], amt=amt, medicaid=True, dalts=["medical_necessity"],
        alts={"claim_amount": [None]}, sign="Utilization Management")]))

    # 6 fax std stack: hospital's cover, then the plan's letter and its EOB
    f = facts(random.Random(240506), LM, "iso")
    ready = f["dis"] - dt.timedelta(days=2)
    rows = [("Patient:", f["baby"]), ("Subscriber:", f["parent"]), ("Member ID:", f["mid"]),
            ("Group number:", f["grp"]), ("Review number:", f["ref"]), ("Facility:", f["hosp"]),
            ("Admission date:", D(f, f["adm"])), ("Days not approved:", f"{D(f, ready)} to {D(f, f['dis'])}")]
    body = [f"Our nurse reviewer read the records of {f['baby']}'s NICU stay sent by the hospital's case manager. The baby was "
            f"ready to go home on {D(f, ready)}: feeding well by bottle, stable in an open crib and off monitors. "
            "The remaining days were needed only to arrange home nursing and are not covered as hospital days.",
            f"The attending neonatologist, {f['neo']}, was offered a peer-to-peer talk and did not request one."]
    doc1 = letter(f, "Retrospective Stay Review - Adverse Determination", rows, body, denial="medical_necessity",
                  appeal="days", days=180, cases=[f["ref"]], sdates=[iso(ready, f["dis"])], provider=f["hosp"],
                  dalts=["level_of_care"], alts={"service_dates": [[iso(f["adm"], f["dis"])]]})
    f2 = dict(f, notice=f["notice"] + dt.timedelta(days=26))
    l2 = [(f"{D(f, f['adm'])}/{D(f, ready - dt.timedelta(days=1))}", "0174", "NICU level IV", f["los"] - 2,
           (f["los"] - 2) * 6990.00, (f["los"] - 2) * 4050.00, (f["los"] - 2) * 4050.00 - 750, 750.00, "A"),
          (f"{D(f, ready)}/{D(f, f['dis'] - dt.timedelta(days=1))}", "0174", "NICU level IV", 2, 2 * 6990.00, 0, 0,
           0, "CS")]
    rem = [("A", "Paid after your $750.00 inpatient copay."),
           ("CS", f"Days after the baby was ready for discharge were not approved on stay review "
                  f"{f['ref']}. You are not responsible for these days.")]
    doc2 = eob(f2, l2, rem, "How we processed your newborn's NICU claim.", "medical_necessity",
               sdates=[iso(f["adm"], f["dis"])], dalts=["level_of_care"],
               alts={"service_dates": [[iso(ready, f["dis"] - dt.timedelta(days=1))]]})
    items.append(Item(f"{FAMILY}_faxstd_stack_hospital_cover_letter_eob", "fax_standard_g4", [doc1, doc2],
                      separators=[cover(f, random.Random(240516)), None]))

    # 7 phone photo: commercial EOB, NICU level III paid at level II (0172) on a claim
    f = facts(random.Random(240507), BV, "short")
    d3 = f["los"] - 2
    l3 = [(f"{D(f, f['adm'])}-{D(f, f['adm'] + dt.timedelta(days=1))}", "0173", "NICU level III", 2, 2 * 5620.00,
           2 * 3310.00, 2 * 3310.00, 0, "A1"),
          (f"{D(f, f['adm'] + dt.timedelta(days=2))}-{D(f, f['dis'] - dt.timedelta(days=1))}", "0173",
           "NICU level III", d3, d3 * 5620.00, d3 * 1480.00, d3 * 1480.00 - 400, 400.00, "L2")]
    rem = [("A1", "Paid as billed level."),
           ("L2", "Level of care adjusted: these days were paid at the special care nursery level II rate (0172). "
                  "The baby's care on these days did not meet NICU level III criteria (UM-NEO-12). You owe only "
                  "your copay; the network hospital may not bill you the difference.")]
    items.append(Item(f"{FAMILY}_phone_eob_level_iii_paid_as_level_ii", "phone_photo", [eob(
        f, l3, rem, "Your newborn's hospital claim was paid at a lower level of care for some days.",
        "level_of_care", sdates=[span(f)], dalts=["medical_necessity"],
        header_extra=[f"Birth weight {f['weight']}, gestational age {f['ga']}"])]))
    return items
