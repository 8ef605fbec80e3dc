"""Family 'home_health_episode_denial': an invented Medicare Advantage plan's notices, and its home health
agencies' notices written on the plan's behalf, about 30-day home health periods denied or cut.

Larkfield Health Plans (Larkfield Senior Advantage (HMO)), Copperbeech Home Health Services and Wrenfold Visiting
Nurse Agency are fictional, and so is every person and number. Reasons: not homebound, skilled need ended, visits
beyond those authorised, a cut from three therapy visits a week to one, custodial care only, a period billed late.
The period is a date span in a sentence ("for the 30-day period from ... through ..."); the agency is the provider,
and the certifying physician, the start-of-care and face-to-face dates, visit counts, the HIPPS code, the agency's
Medicare provider number, NPI and received dates are decoys.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundp_famp2 import address, days, doctor, fdate, iso, local_phone, m2, mixed, money, npi, person, phone, usd

FAMILY = "home_health_episode_denial"
LANG = "en"
INSURER = "Larkfield Health Plans"
PRODUCT = "Larkfield Senior Advantage (HMO)"
AGENCIES = ["Copperbeech Home Health Services", "Wrenfold Visiting Nurse Agency"]


def letterhead(d: Doc, f: dict) -> None:
    if f["agency_issued"]:
        d.text_line(f["agency"], 15, "B", h=7.5)
        d.text_line(f"{f['ag_addr']}   Office {f['ag_ph']}   Medicare provider no. {f['ccn']}", 8.2, h=4.5)
        d.text_line(f"Notice given on behalf of {INSURER}", 8.6, "I", h=5)
    elif f["lh"] == 0:
        d.text_line("LARKFIELD", 19, "B", h=8)
        d.text_line("Health Plans", 11.5, "", h=5.5)
        d.text_line(f"{PRODUCT}   |   PO Box {f['box']}, Hays, KS 67601   |   {f['ph']}", 8.2, h=4.5)
    else:
        d.text_line(INSURER, 15, "B", h=7.5)
        d.text_line(f"{PRODUCT}  -  Utilization Management, Home Health Unit", 9, "", h=5)
        d.text_line(f"PO Box {f['box']}, Hays, KS 67601   Phone {f['ph']}   Fax {local_phone_fixed(f)}", 8.2, h=4.5)
    d.rule(0.6, 4)


def local_phone_fixed(f: dict) -> str:
    return f["fax"]


def info(d: Doc, f: dict) -> None:
    lab, fd = f["lab"], f["fd"]
    rows = [(lab["mem"], f["name"]), (lab["mid"], f["mid"])]
    if f["contract"]:
        rows.append(("Contract/PBP", f["contract"]))
    rows += [(lab["case"], f["case"]), ("Home health agency", f["agency"]),
             ("Certifying physician", f"{f['phys']}, MD (NPI {f['phys_npi']})"),
             ("Start of care", fd(f["soc"])), ("Face-to-face encounter", fd(f["f2f"]))]
    if f["hipps"]:
        rows.append(("HIPPS code", f["hipps"]))
    for k, v in rows:
        d.set_font(f["font"], "B", 9.2)
        d.cell(48, 5.1, k + ":")
        d.set_font(f["font"], "", 9.6)
        d.cell(0, 5.1, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def period(f: dict) -> str:
    fd = f["fd"]
    return f"the 30-day period from {fd(f['start'])} through {fd(f['end'])}"


def body(f: dict) -> tuple[str, list[str]]:
    fd, mo, k = f["fd"], f["money"], f["kind"]
    who = f"{f['name'].split()[0]} {f['name'].split()[-1]}"
    if k == "homebound":
        return "We cannot approve more home health care", [
            f"{f['agency']} asked us to approve skilled nursing and physical therapy visits at home for {period(f)}. "
            f"Dr. {f['phys']} signed the plan of care.",
            "To get home health care, a member must be homebound: leaving home must take a considerable and taxing "
            "effort. The agency's own visit notes say you drive to the grocery store and to church each week and "
            "walk in your neighborhood without help. You are not homebound, so home health visits are not covered "
            "for this period. Outpatient physical therapy at a clinic is covered under your plan."]
    if k == "skilled":
        return "Your skilled home health care will not continue", [
            f"You received home health care from {f['agency']} during the first period after your hip surgery "
            f"({f['visits_done']} nursing and therapy visits). The agency asked to continue skilled visits for "
            f"{period(f)}.",
            "A nurse reviewer and one of our doctors read the records. Your wound has healed, your medicines are "
            "stable and you now do your exercise program on your own. You no longer need skilled nursing or "
            "therapy at home, so the visits for this period are denied. Help with daily tasks may be available "
            "through community programs."]
    if k == "visits":
        extra = ", ".join(fd(x) for x in f["extra"])
        return "Claim for home health visits partly denied", [
            f"{f['agency']} billed {mo(f['billed'])} for {f['billed_visits']} skilled nursing visits to {who} during "
            f"{period(f)} (claim {f['case']}). We approved {f['auth_visits']} skilled nursing visits for that period.",
            f"We paid for the {f['auth_visits']} approved visits ({mo(f['paid'])}). The {len(f['extra'])} visits on "
            f"{extra} were more than we approved. The agency did not ask us to approve more visits before making "
            "them, so we did not pay for them. The agency cannot bill you for these visits."]
    if k == "cut":
        return "Change to your home health therapy", [
            f"{f['agency']} asked for physical therapy three times a week during {period(f)}, 12 visits in all. "
            "We approved one visit a week (4 visits) and did not approve the other 8 visits.",
            "Our physical therapy reviewer found that you can now walk 150 feet with a cane and climb stairs with "
            "the rail. One visit a week to update your home program meets your needs; more visits are not medically "
            "necessary. This is a reduction of the services asked for."]
    if k == "custodial":
        return "Home health aide visits not covered", [
            f"{f['agency']} billed {mo(f['billed'])} for home health aide visits to {who} during {period(f)}. No "
            "nurse or therapist visits were made during that period.",
            "Your plan covers home health aide visits only while you also need skilled nursing or therapy. Help with "
            "bathing, dressing and meals alone is custodial care, which your plan does not cover."]
    return "Claim for home health period denied", [
        f"{f['agency']} billed {mo(f['billed'])} for home health care to {who} during {period(f)}. We received the "
        f"claim on {fd(f['recd'])}.",
        "Claims for home health periods must reach us within 365 days after the period ends. This claim came later "
        "than that, so we cannot pay it. Because the agency sent the claim late, the agency cannot bill you for it."]


def rights(d: Doc, f: dict) -> None:
    fd = f["fd"]
    when = {"within": "within 65 days of the date of this notice", "by": f"by {fd(f['deadline'])}",
            "receipt": "within 65 days from the date you receive this notice"}[f["dl"]]
    d.text_line("If you disagree", 11, "B", h=6.5)
    d.para(f"You may ask {INSURER} to look at this decision again (a reconsideration). Your request must reach us "
           f"{when}. Write to Larkfield Appeals, PO Box {f['abox']}, Hays, KS 67601, or call {f['ph']} (TTY 711). "
           "If waiting could seriously harm your health, ask for a fast decision: we answer within 72 hours. A "
           "doctor may ask for you. If we keep our decision, your case goes to an independent review entity "
           "automatically.", 9.8)


def notice(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc(f["font"], footer=f"{f['form']}   Notice ID {f['nid']}")
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f["date"]), 10.3, h=5)
    d.ln(2)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.3, h=5)
    d.ln(4)
    info(d, f)
    title, paras = body(f)
    d.text_line(title, 12, "B", h=7)
    d.para(f"Dear {f['name'].split()[0]} {f['name'].split()[-1]}:", 10.2)
    if f["agency_issued"]:
        d.para(f"We are your home health agency. We are sending this notice for {INSURER}, which decides what your "
               "plan pays for. In the rest of this notice, \"we\" and \"us\" mean the plan.", 10.2)
    for t in paras:
        d.para(t, 10.2)
    rights(d, f)
    d.para(f"Sincerely,\n\n{'Intake Coordinator, ' + f['agency'] if f['agency_issued'] else 'Home Health Review'}"
           f"\n{INSURER}" + ("" if not f["agency_issued"] else " (by its contracted agency)"), 10)
    d.para(f"cc: Dr. {f['phys']}, certifying physician", 8.5)
    return pdf_bytes(d)


LABELS = [dict(mem="Member", mid="Member ID", case="Reference no."),
          dict(mem="Enrollee", mid="Enrollee ID", case="Authorization request"),
          dict(mem="Patient", mid="Plan member no.", case="Claim number")]


def facts(r: random.Random, kind: str, ds: str, ms: str, dl: str, lh: int, li: int, font: str, agency_issued: bool,
          contract: bool) -> dict:
    date = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 150))
    claim = kind in ("visits", "custodial", "late")
    start = days(date, -r.randint(45, 90)) if claim else days(date, r.randint(1, 6))
    if kind == "late":
        start = days(date, -r.randint(430, 480))
    ag = r.choice(AGENCIES)
    a1, a2 = address(r)
    f = dict(kind=kind, fd=lambda x: fdate(x, ds), money=lambda v: usd(v, ms), dl=dl, lh=lh, lab=LABELS[li],
             font=font, date=date, name=person(r), addr=[a1, a2], agency=ag, agency_issued=agency_issued,
             ag_addr=f"{r.randint(100, 999)} Starling Avenue, Hays, KS 67601", ag_ph=local_phone(r),
             fax=local_phone(r), ccn=mixed(r, "179999"), mid=mixed(r, r.choice(["LK9999999A", "L99A9999999",
                                                                                   "99999-LK-99"])),
             contract=mixed(r, "H9999-099") if contract else None, ph=phone(r), box=r.randint(8000, 8999),
             abox=r.randint(900, 999), form=mixed(r, "LK-HH-99A"), nid=mixed(r, "N99A99999"),
             phys=doctor(r), phys_npi=npi(r), start=start, end=days(start, 29),
             hipps=mixed(r, "9AA99") if claim else None, visits_done=r.randint(11, 18),
             case=mixed(r, r.choice(["HH26A99999", "UM-26-99A999", "26H99999999"])))
    f["soc"] = days(start, -30 if kind in ("skilled", "homebound", "cut") else -r.randint(0, 2) - 30)
    f["f2f"] = days(f["soc"], -r.randint(5, 20))
    if claim:
        f["billed"] = money(r, 1800, 6400)
        f["recd"] = days(date, -r.randint(8, 16))
    if kind == "visits":
        f["auth_visits"] = r.choice([8, 10])
        f["billed_visits"] = f["auth_visits"] + 3
        f["paid"] = round(f["billed"] * f["auth_visits"] / f["billed_visits"] * 0.7, 2)
        f["extra"] = [days(start, 22), days(start, 25), days(start, 28)]
    f["deadline"] = days(date, 65)
    return f


DENIAL = {"homebound": ("not_covered", ["eligibility", "medical_necessity"]),
          "skilled": ("level_of_care", ["medical_necessity"]), "visits": ("prior_authorization", ["not_covered"]),
          "cut": ("medical_necessity", ["level_of_care"]), "custodial": ("not_covered", ["level_of_care"]),
          "late": ("timely_filing", [])}


def make_truth(f: dict) -> dict:
    alts: dict = {"insurer": [PRODUCT, "Larkfield"] + ([f["agency"]] if f["agency_issued"] else [])}
    deadline = None if f["dl"] == "receipt" else iso(f["deadline"])
    if f["dl"] == "receipt":
        alts["appeal_deadline"] = [iso(f["deadline"])]
    dates = [iso(f["start"], f["end"])]
    if f["kind"] == "visits":
        dates = [iso(x) for x in f["extra"]]
        alts["service_dates"] = [[iso(f["start"], f["end"])]]
    else:
        alts["service_dates"] = [[iso(f["start"])]]
    denial, dalts = DENIAL[f["kind"]]
    return truth("denial_letter", denial, insurer=INSURER, plan_id=f["contract"], member_id=f["mid"],
                 member_name=f["name"], case_numbers=[f["case"]],
                 claim_amount=m2(f["billed"]) if f.get("billed") else None, service_dates=dates,
                 denial_date=iso(f["date"]), provider=f["agency"], appeal_deadline=deadline, alternates=alts,
                 denial_alternates=dalts)


# (stem, condition, kind, date style, money, deadline, letterhead, labels, font, agency-issued, contract)
PLAN = [
    ("home_health_episode_denial_bd_homebound", "born_digital", "homebound", "long", "plain", "within", 0, 0,
     "Helvetica", False, True),
    ("home_health_episode_denial_bd_visits", "born_digital", "visits", "slash", "plain", "by", 1, 2, "Times", False,
     False),
    ("home_health_episode_denial_scan_skilled", "scan_clean_300", "skilled", "abbr", "plain", "within", 0, 1,
     "Helvetica", True, False),
    ("home_health_episode_denial_lowres_cut", "scan_lowres_150", "cut", "dmy", "plain", "receipt", 1, 1, "Helvetica",
     False, True),
    ("home_health_episode_denial_phone_late", "phone_photo", "late", "long", "usd", "within", 0, 2, "Times", False,
     False),
    ("home_health_episode_denial_faxs_custodial", "fax_standard_g4", "custodial", "iso", "nosign", "by", 1, 2,
     "Helvetica", False, True),
    ("home_health_episode_denial_copy_homebound", "photocopy", "homebound", "slash", "plain", "within", 1, 0,
     "Helvetica", True, False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ds, ms, dl, lh, li, font, ag, con) in enumerate(PLAN):
        r = random.Random(25600 + i)
        f = facts(r, kind, ds, ms, dl, lh, li, font, ag, con)
        items.append(Item(stem, cond, [(notice(f), make_truth(f))]))
    return items
