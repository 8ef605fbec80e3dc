"""Family 'irf_ltach_post_acute_admission_denial': a Medicare Advantage or commercial plan's decision on a patient's
admission to an inpatient rehabilitation facility (IRF) or a long-term acute care hospital (LTACH) after a hospital
stay. Pre-service notices in the shape of a plan's Notice of Denial of Medical Coverage (what was requested, why we
said no, expedited reconsideration decided within 72 hours, standard reconsideration within 65 days of the notice;
commercial: appeal within 180 days), the referring hospital and its discharge planner as decoys, the plan's medical
director by name, a peer-to-peer offer; reasons: can tolerate only about 1 hour of therapy a day (not the 3 hours an
IRF gives), needs can be met in a skilled nursing facility, LTACH criteria not met (not medically necessary); one
later claim EOB for an IRF stay denied for no authorization with amounts; one approval of a SNF admission instead
(nothing denied); one fax stack behind the referring hospital's own fax cover sheet. All values invented.

Issuers: Cairnmoor Health Plan (Medicare Advantage HMO; "CAIRNMOOR" logo word over a rule), Wrenfield Mutual Health
Insurance Company (commercial; parent line "A Tollund Financial company"), Ostrava Senior Advantage (Medicare
Advantage PPO; return-address block "Utilization Management").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "irf_ltach_post_acute_admission_denial"
LANG = "en"

FIRST = ["Oluwaseun", "Margit", "Tomasz", "Priyanka", "Haruto", "Eleni", "Bartholomew", "Zainab", "Lorcan",
         "Svetlana", "Kofi", "Ingeborg", "Thanh", "Rosalba", "Anneliese", "Dervla", "Emeka", "Ximena"]
LAST = ["Adeyemi", "Kowalewski", "Halvorsen", "Okafor", "Papadakis", "Lindqvist", "Castellanos", "Brannigan",
        "Yilmaz", "Ferreira", "Mathai", "Szczepanik", "Duchamp", "Aguilera", "Rasmussen", "Nakashima"]
FIRST_ES = ["Eusebio", "Maricruz", "Anselmo", "Yadira", "Florencio", "Graciela"]
LAST_ES = ["Arredondo", "Quiñones", "Barrientos", "Echeverría", "Solórzano", "Villaseñor"]
STREETS = ["Brackenridge Road", "Tamarisk Lane", "Cobble Hill Street", "Wychwood Avenue", "Fernhollow Court",
           "Heron Marsh Drive", "Kittiwake Way"]
CITIES = [("Ashby Falls", "MN", "56309"), ("Quillan", "OR", "97471"), ("Merrow", "PA", "16443"),
          ("Dunmere", "WI", "54491"), ("Calloway Springs", "KY", "42071"), ("Tessin", "ND", "58274")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]

CA, WR, OS = "Cairnmoor Health Plan", "Wrenfield Mutual Health Insurance Company", "Ostrava Senior Advantage"
ADDR = {CA: ("PO Box 48120", "Ashby Falls, MN 56309"), WR: ("1750 Gallowglass Parkway", "Merrow, PA 16443"),
        OS: ("Utilization Management, PO Box 9044", "Dunmere, WI 54491")}
HOSPITALS = ["St. Brendan's Regional Medical Center", "Ashgrove University Hospital", "Pinecroft Memorial Hospital"]
IRFS = ["Larchmont Heights Rehabilitation Institute", "Silverbrook Rehabilitation Hospital"]
LTACHS = ["Meridian Bay Specialty Hospital", "Cobalt Ridge Long-Term Acute Care Hospital"]
SNF = "Thornapple Gardens Skilled Nursing & Rehabilitation"
PLANNERS = ["Renata Vukovic, RN, CCM", "Declan O'Hare, MSW", "Precious Mahlangu, RN"]
DIRECTORS = ["Ignatius P. Okonjo, MD", "Helga R. Sundqvist, DO", "Rafael T. Benavides, MD"]


# -- small helpers (shared with fam_routine_foot_care_podiatry_exclusion_denial) --------------------------------

def person(r: random.Random, lang: str = "en") -> tuple[str, str, str, str]:
    first = r.choice(FIRST_ES if lang == "es" else FIRST)
    last = r.choice(LAST_ES if lang == "es" else LAST)
    mid = r.choice("BCDFGHJKLMNPRSTW")
    return f"{first} {mid}. {last}", first, mid, last


def address(r: random.Random) -> tuple[str, str]:
    city, st, z = r.choice(CITIES)
    return f"{r.randint(14, 9860)} {r.choice(STREETS)}", f"{city}, {st} {z}"


def mixed(r: random.Random, pattern: str) -> str:
    """A = letter, 9 = digit, anything else kept."""
    return "".join(r.choice("ACDEFGHJKMNPQRTUVWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def mbi(r: random.Random) -> str:
    return mixed(r, "9AA9A99AA99").replace("0", "4", 1)


def money(r: random.Random, lo: int, hi: int) -> float:
    return round(r.randint(lo, hi) + r.choice([0, 0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def usd(v: float, style: str = "plain") -> str:
    g = f"{v:,.2f}"
    return {"plain": f"${g}", "nosign": g, "bare": f"{v:.2f}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def phone(r: random.Random) -> str:
    return f"({r.choice(['218', '541', '814', '715', '270', '701'])}) 555-{r.randint(100, 199):04d}"


def tollfree(r: random.Random) -> str:
    return f"1-8{r.choice('0345678')}{r.choice('0345678')}-555-{r.randint(100, 199):04d}"


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(str(r.randint(0, 9)) for _ in range(9))


def kv(d: Doc, rows: list[tuple[str, str]], w: float = 52, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, size * 0.52, k + ":")
        d.font(size)
        d.cell(0, size * 0.52, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def boxed(d: Doc, rows: list[tuple[str, str]], w: float = 60, size: float = 9.5) -> None:
    full = d.w - d.l_margin - d.r_margin
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 6.4, " " + k, border=1)
        d.font(size)
        d.cell(full - w, 6.4, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


# -- facts ------------------------------------------------------------------------------------------------------

def facts(r: random.Random, kind: str, ins: str, ds: str) -> dict:
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 210))
    hosp_adm = days(notice, -r.randint(5, 12))
    facility = r.choice(LTACHS if kind in ("ltach", "ltach_snf") else IRFS)
    f = dict(kind=kind, ins=ins, ds=ds, notice=notice, hosp_adm=hosp_adm, member=person(r), addr=address(r),
             dob=dt.date(r.randint(1936, 1962), r.randint(1, 12), r.randint(1, 28)),
             hospital=r.choice(HOSPITALS), planner=r.choice(PLANNERS), director=r.choice(DIRECTORS),
             facility=facility, fac_npi=npi(r), hosp_npi=npi(r), attending=f"{r.choice(FIRST)} {r.choice('BCDFGHK')}. "
             f"{r.choice(LAST)}, MD", ph=tollfree(r), fax=phone(r), p2p=phone(r), hphone=phone(r), hfax=phone(r),
             received=notice, req_date=days(notice, r.randint(0, 2)),
             ma=ins in (CA, OS))
    f["received"] = dt.datetime.combine(days(notice, -1), dt.time(r.randint(8, 16), r.choice([5, 20, 35, 50])))
    f["mid"] = {CA: mixed(r, "CMH99999999"), WR: mixed(r, "WMH-999-99-9999"), OS: mixed(r, "OSA9999999-01")}[ins]
    f["grp"] = mixed(r, "99999-A") if ins == WR else None
    f["case"] = {CA: mixed(r, "UM-2026-9999999"), WR: mixed(r, "PRE99999999"), OS: mixed(r, "OS-A9-999999")}[ins]
    f["mbi"] = mbi(r)
    if kind == "eob":
        f["stay_from"] = days(notice, -r.randint(45, 70))
        f["stay_to"] = days(f["stay_from"], r.randint(11, 16))
        n = (f["stay_to"] - f["stay_from"]).days
        rate = money(r, 1850, 2450)
        f["lines"] = [("0128", "Room & board - rehabilitation", n, round(rate * n, 2)),
                      ("0420", "Physical therapy", n, money(r, 3100, 5200)),
                      ("0430", "Occupational therapy", n, money(r, 2600, 4700)),
                      ("0440", "Speech-language pathology", max(3, n // 2), money(r, 900, 1900)),
                      ("0250", "Pharmacy", 1, money(r, 700, 2600))]
        f["total"] = round(sum(x[3] for x in f["lines"]), 2)
        f["claim"] = mixed(r, "26999A99999")
        f["other_claim"] = mixed(r, "26999A99999")
        f["other_amt"] = money(r, 140, 420)
    return f


REASON = {
    "one_hour": ("The information from {hospital} shows that {first} is taking part in about 1 hour of therapy a "
                 "day and tires quickly. Admission to an inpatient rehabilitation facility requires that the patient "
                 "be able to take part in and benefit from an intensive program, generally 3 hours of therapy a day "
                 "at least 5 days a week. {first} can tolerate only 1 hour of therapy a day at this time. The care "
                 "{first} needs can be given in a skilled nursing facility, which is covered under your plan. "
                 "Because a less intensive setting is appropriate, we denied the admission to {facility}."),
    "snf_ok": ("We reviewed the records sent by {facility} and the discharge summary from {hospital}. Your needs "
               "(help with walking, daily dressing changes and physical therapy) can be met safely in a skilled "
               "nursing facility (SNF). An inpatient rehabilitation facility level of care is not needed. This "
               "decision is about the setting of your care; your plan covers SNF care after a hospital stay."),
    "ltach": ("Long-term acute care hospital (LTACH) admission is covered when a patient needs hospital-level care "
              "for an extended time, such as prolonged weaning from a ventilator, complex wound care with daily "
              "debridement, or multiple intravenous therapies with close physician oversight. The records show "
              "{first} has been off the ventilator for 4 days, is on room air and takes medicines by mouth. The "
              "LTACH admission is not medically necessary based on the plan's criteria for LTACH care."),
    "ltach_snf": ("Your doctor asked us to approve admission to {facility}, a long-term acute care hospital. You no "
                  "longer need daily physician visits or intensive care; your wound care and IV antibiotics can "
                  "be given in a skilled nursing facility. We denied the LTACH stay because your care can be "
                  "provided in a lower level of care (skilled nursing facility)."),
}


# -- documents --------------------------------------------------------------------------------------------------

def letterhead(d: Doc, f: dict) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == CA:
        d.text_line("CAIRNMOOR", 24, "B")
        d.rule(0.8, 1.5)
        d.text_line(f"{CA} (HMO)  |  Medicare Advantage  |  {a[0]}, {a[1]}  |  {f['ph']} (TTY 711)", 8.5)
    elif ins == WR:
        d.text_line("A Tollund Financial company", 8)
        d.text_line(WR, 14, "B")
        d.text_line(f"{a[0]}  -  {a[1]}  -  Customer Service {f['ph']}", 8.5)
    else:
        d.text_line(OS, 13, "B")
        d.text_line("A Medicare Advantage PPO plan", 9)
        d.text_line(a[0], 9)
        d.text_line(a[1], 9)
    d.ln(6)


def admission_letter(d: Doc, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    ds, m, k = f["ds"], f["member"], f["kind"]
    d.text_line(("Date: " if f["ins"] == OS else "") + fdate(f["notice"], ds), 10.5)
    d.ln(3)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)
    title = "NOTICE OF DENIAL OF MEDICAL COVERAGE" if f["ma"] else "Notice of Adverse Benefit Determination"
    d.text_line(title, 13, "B", "C" if f["ma"] else "L")
    d.ln(3)
    ftype = "Long-term acute care hospital (LTACH) admission" if k in ("ltach", "ltach_snf") else \
        "Inpatient rehabilitation facility (IRF) admission"
    rows = [("Member name", m[0]),
            ("Member ID" if f["ins"] != OS else "Member number", f["mid"]),
            ("Date of birth", fdate(f["dob"], "slash"))]
    if f["grp"]:
        rows.append(("Group number", f["grp"]))
    rows += [("Case number" if f["ins"] != WR else "Reference number", f["case"]),
             ("Service requested", ftype),
             ("Facility requested", f"{f['facility']} (NPI {f['fac_npi']})"),
             ("Requested admission date", fdate(f["req_date"], ds)),
             ("Referring hospital", f"{f['hospital']} (admitted {fdate(f['hosp_adm'], ds)})"),
             ("Discharge planner", f"{f['planner']}  {f['hphone']}"),
             ("Request received", f["received"].strftime("%m/%d/%Y %I:%M %p"))]
    if f["ins"] == OS:
        boxed(d, rows)
    else:
        kv(d, rows, 56, 9.5)
    d.para(f"Dear {m[1]} {m[3]}:", 10.5)
    d.para(f"{f['facility']} asked {f['ins']} to approve your admission on {fdate(f['req_date'], ds)}, after your "
           f"stay at {f['hospital']}. We have DENIED this request. A physician reviewer, {f['director']}, Medical "
           "Director, made this decision.")
    d.text_line("Why did we deny your request?", 11, "B")
    d.para(REASON[k].format(hospital=f["hospital"], first=m[1], facility=f["facility"]))
    d.text_line("Peer-to-peer conversation", 11, "B")
    d.para(f"Your doctor or the facility's physician may discuss this decision with the physician reviewer. Call "
           f"{f['p2p']} within 2 business days of this notice to set up a peer-to-peer conversation. A "
           "peer-to-peer conversation is not an appeal.")
    d.text_line("You have the right to appeal our decision", 11, "B")
    if f["ma"]:
        d.para("You have the right to ask us to review (reconsider) this decision. If you want to appeal, you must "
               "ask within 65 days of the date of this notice. We can give you more time if you have a good reason "
               "for missing the deadline.")
        d.para("If you or your doctor believe that waiting for a standard decision could seriously harm your health, "
               "ask for an expedited (fast) reconsideration. We will give you a decision within 72 hours. A "
               "standard reconsideration is decided within 30 days.")
        d.para(f"To appeal, call {f['ph']} (TTY 711), fax {f['fax']}, or write to the address at the top of this "
               "notice. If we keep our decision, your case is sent automatically to an Independent Review Entity.")
    else:
        d.para("You or your authorized representative may appeal this decision. Your written appeal must be "
               "received within 180 days of the date of this letter. If your situation is urgent, you may ask for "
               "an expedited appeal, which we will decide within 72 hours. You may also have the right to an "
               "external review by an independent review organization after the internal appeal.")
        d.para(f"Send appeals to the Appeals Unit at {ADDR[WR][0]}, {ADDR[WR][1]}, or fax {f['fax']}.")
    d.ln(2)
    d.para(f"{f['director']}\nMedical Director, Utilization Management\n{f['ins']}", 10)
    d.para(f"cc: {f['facility']}; {f['hospital']}, Case Management ({f['planner']})", 8.5)
    if f["ma"]:
        d.text_line("Form CMS-10003-NDMCP (approved OMB 0938-0829)  " + ("H5821_UM26_C" if f["ins"] == CA
                                                                          else "H7340_NDMC_M"), 7)


def approval_letter(d: Doc, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    ds, m = f["ds"], f["member"]
    d.text_line(fdate(f["notice"], ds), 10.5)
    d.ln(3)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)
    d.text_line("Your request for skilled nursing facility care is approved", 13, "B")
    d.ln(2)
    kv(d, [("Member", m[0]), ("Member ID", f["mid"]), ("Authorization number", f["case"]),
           ("Facility", SNF), ("Admission date", fdate(f["req_date"], ds)),
           ("Approved days", "7 days; next review " + fdate(days(f["req_date"], 6), ds)),
           ("Discharging hospital", f["hospital"]), ("Hospital case manager", f["planner"])], 55, 9.5)
    d.para(f"Dear {m[1]} {m[3]}:")
    d.para(f"Good news. {f['ins']} has approved your admission to {SNF} on {fdate(f['req_date'], ds)} for skilled "
           "nursing and therapy after your hospital stay. The facility asked for this approval after your care "
           "team agreed that a skilled nursing facility is the right place for your recovery. You do not need to "
           "do anything.")
    d.para("The facility will contact us before the approved days end so we can review your progress. You pay "
           "the SNF copayment shown in your Evidence of Coverage. If we later decide to end your covered SNF "
           "stay, you will receive a Notice of Medicare Non-Coverage at least two days before your services end.")
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711), 8 a.m. to 8 p.m., seven days a week.")
    d.para(f"{f['director']}\nMedical Director", 10)


def eob(d: Doc, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    ds, m = f["ds"], f["member"]
    d.text_line("Explanation of Benefits - THIS IS NOT A BILL", 14, "B")
    d.ln(1)
    kv(d, [("Statement date", fdate(f["notice"], ds)), ("Member", m[0]), ("Member ID", f["mid"]),
           ("Group", f["grp"] or "-"), ("Claims processed", f"{fdate(days(f['notice'], -30), ds)} to "
                                                           f"{fdate(days(f['notice'], -1), ds)}")], 40, 9.5)
    d.text_line(f"Claim {f['other_claim']}  -  {f['attending']} (office visit)", 10, "B")
    d.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            [[fdate(days(f["notice"], -20), "short"), "Office visit 99213", usd(f["other_amt"]),
              usd(round(f["other_amt"] * 0.55, 2)), usd(round(f["other_amt"] * 0.55 - 30, 2)), "$30.00", "-"]],
            [22, 52, 22, 22, 22, 20, 14], size=8.5, aligns="LLRRRRL")
    d.text_line(f"Claim {f['claim']}  -  {f['facility']} (inpatient rehabilitation)", 10, "B")
    rows = [[f"{fdate(f['stay_from'], 'short')}-{fdate(f['stay_to'], 'short')}", f"{rc} {desc}", usd(ch), "$0.00",
             "$0.00", "$0.00", "PA1"] for rc, desc, u, ch in f["lines"]]
    rows.append(["*Claim total", "", usd(f["total"]), "$0.00", "$0.00", "$0.00", ""])
    d.table(["Dates", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"], rows,
            [30, 56, 24, 18, 20, 18, 12], size=8, aligns="LLRRRRL")
    d.para(f"Admitted {fdate(f['stay_from'], ds)}, discharged {fdate(f['stay_to'], ds)}. Transferred from "
           f"{f['hospital']}.", 9.5)
    d.text_line("Code PA1", 10, "B")
    d.para("Denied - no prior authorization. Admission to an inpatient rehabilitation facility must be approved by "
           "the plan before the admission. No authorization was requested for this stay. The facility is a network "
           "provider and may not bill you for these charges (CARC 197).", 9.5)
    d.text_line("Your right to appeal", 10, "B")
    d.para("If you disagree with this decision, you may file an appeal within 180 days of the date of this "
           f"statement. Call Customer Service at {f['ph']} or write to {ADDR[WR][0]}, {ADDR[WR][1]}.", 9.5)


def cover(f: dict) -> bytes:
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(f["hospital"], 15, "B")
    d.text_line("Case Management / Discharge Planning", 10)
    d.text_line(f"Phone {f['hphone']}   Fax {f['hfax']}", 9.5)
    d.ln(8)
    d.text_line("FAX TRANSMITTAL", 22, "B")
    d.ln(4)
    kv(d, [("To", f"{f['facility']} - Admissions"), ("Fax", f["fax"]), ("From", f["planner"]),
           ("Date", fdate(f["notice"], "slash")), ("Pages", "3 (including cover)"),
           ("Re", "Plan decision on post-acute referral")], 30, 11)
    d.para("Please see the attached notice from the patient's health plan on the admission we referred to you. "
           "We are arranging an alternative discharge plan with the family. Please call me with any questions.", 11)
    d.ln(20)
    d.para("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in "
           "error, notify the sender at the number above and destroy all copies.", 8.5)
    return pdf_bytes(d)


def build(f: dict) -> bytes:
    d = Doc("Helvetica", footer="Page {p} of {n}" if f["kind"] not in ("approve",) else None)
    {"eob": eob, "approve": approval_letter}.get(f["kind"], admission_letter)(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k, m = f["kind"], f["member"]
    alts: dict = {}
    common = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=m[0],
                  denial_date=iso(f["notice"]))
    if k == "eob":
        return truth("eob", "prior_authorization", case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                     service_dates=[iso(f["stay_from"], f["stay_to"])], provider=f["facility"],
                     appeal_deadline=iso(days(f["notice"], 180)),
                     alternates={"service_dates": [[iso(f["stay_from"]), iso(f["stay_to"])]]}, **common)
    if k == "approve":
        return truth("other", None, case_numbers=[f["case"]], service_dates=[iso(f["req_date"])], provider=SNF,
                     **common)
    dl = days(f["notice"], 65 if f["ma"] else 180)
    den = {"one_hour": "level_of_care", "snf_ok": "level_of_care", "ltach": "medical_necessity",
           "ltach_snf": "level_of_care"}[k]
    dalt = ["medical_necessity"] if den == "level_of_care" else ["level_of_care"]
    return truth("denial_letter", den, case_numbers=[f["case"]], service_dates=[iso(f["req_date"])],
                 provider=f["facility"], appeal_deadline=iso(dl), alternates=alts or None,
                 denial_alternates=dalt, **common)


# (stem suffix, condition, kind, issuer, date style, fax stack with the hospital's cover)
PLAN = [
    ("bd_irf_tolerates_one_hour_therapy", "born_digital", "one_hour", CA, "long", False),
    ("bd_commercial_ltach_not_medically_necessary", "born_digital", "ltach", WR, "slash", False),
    ("scan300_irf_stay_eob_no_authorization", "scan_clean_300", "eob", WR, "abbr", False),
    ("lowres_snf_admission_approved", "scan_lowres_150", "approve", CA, "dmy", False),
    ("copy_ltach_snf_can_meet_needs", "photocopy", "ltach_snf", OS, "iso", False),
    ("faxstd_hospital_cover_irf_snf_level", "fax_standard_g4", "snf_ok", OS, "slash", True),
    ("phone_irf_one_hour_therapy_ppo", "phone_photo", "one_hour", OS, "long", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds, stacked) in enumerate(PLAN):
        f = facts(random.Random(155500 + i), kind, ins, ds)
        doc = [(build(f), make_truth(f))]
        items.append(Item(f"{FAMILY}_{suffix}", cond, doc, separators=[cover(f)] if stacked else None))
    return items
