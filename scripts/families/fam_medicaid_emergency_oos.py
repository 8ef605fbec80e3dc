"""Family 'medicaid_emergency_oos': an invented state Medicaid agency's notices about emergency care a member got in
another state.

The Aldermere Health Care Authority (State of Aldermere) is fictional, and so is every hospital, doctor and number.
Out-of-state care is paid only for emergencies and only to hospitals enrolled with the state, so the notices say
why an out-of-state hospital's claim was paid in part or not at all: days after the member was stable with no prior
approval, a visit that was not an emergency under the prudent layperson rule, a hospital that never enrolled,
coverage that had lapsed, a claim filed too late. Decoys: the county case worker block (her phone, the eligibility
case number), the notice ID, the state form number, NPI, received dates, paid and allowed amounts, and on one notice
the other claims of the same trip that were paid.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundn_famr1 import address, days, digits, fdate, iso, local_phone, m2, mixed, money, npi, person, phone, usd

FAMILY = "medicaid_emergency_oos"
LANG = "en"
INSURER = "Aldermere Health Care Authority"
HOSPITALS = [("Saint Brendan's Regional Hospital", "Duluth, MN"), ("Coldwater Falls Medical Center", "Rapid City, SD"),
             ("Lakehaven Memorial Hospital", "Green Bay, WI"), ("Prairie Sentinel Hospital", "Sioux Falls, SD")]
WORKERS = ["Philippa Roundtree", "Ambrose Tewkesbury", "Clementine Yarwood"]
COUNTIES = ["Beckett County", "Harrow County", "Stillwater County"]
# kind -> (title line, denial, denial alternates)
KINDS = {
    "poststab": ("Your out-of-state hospital claim was paid in part", "prior_authorization",
                 ["level_of_care", "not_covered"]),
    "multi": ("Claims from your out-of-state emergency", "out_of_network", ["other"]),
    "plp": ("Out-of-state claim denied: not an emergency", "not_covered", ["medical_necessity", "out_of_network"]),
    "lapsed": ("Out-of-state claim denied: no coverage on the date of service", "eligibility", ["other"]),
    "late": ("Out-of-state claim denied: filed too late", "timely_filing", []),
    "screen": ("Your out-of-state emergency room claim was paid in part", "not_covered", ["medical_necessity"]),
    "enroll": ("Out-of-state claim denied: hospital not enrolled", "out_of_network", ["other"]),
}
LABELS = {
    0: dict(mem="Member name", mid="Medicaid ID", claim="Claim number (ICN)", prov="Hospital", dos="Date(s) of service",
            billed="Total billed", paid="Amount paid", rcvd="Claim received", notice="Notice ID"),
    1: dict(mem="Recipient", mid="Recipient ID no.", claim="ICN", prov="Billing provider", dos="Service dates",
            billed="Billed charges", paid="Paid by Medicaid", rcvd="Date received", notice="Notice no."),
    2: dict(mem="Patient / Paciente", mid="Client ID / No. de cliente", claim="Claim # / Reclamo", prov="Provider",
            dos="From - through", billed="Charges", paid="Medicaid paid", rcvd="Received", notice="Document ID"),
}


def letterhead(d: Doc, f: dict) -> None:
    y0 = d.get_y()
    d.set_font(f["font"], "", 8.5)
    d.cell(110, 4, "STATE OF ALDERMERE", new_x="LMARGIN", new_y="NEXT")
    if f["lh"] == 0:
        d.set_font(f["font"], "B", 16)
        d.cell(110, 7.5, "Aldermere Health Care Authority", new_x="LMARGIN", new_y="NEXT")
    else:
        d.set_font(f["font"], "B", 16)
        d.cell(110, 7, "ALDERMERE HEALTH", new_x="LMARGIN", new_y="NEXT")
        d.cell(110, 7, "CARE AUTHORITY", new_x="LMARGIN", new_y="NEXT")
    d.set_font(f["font"], "I", 9)
    d.cell(110, 4.5, "Medicaid Program - Out-of-State Services Unit")
    d.set_xy(130, y0)
    d.set_font(f["font"], "", 7.8)
    d.multi_cell(0, 3.5, f"PO Box 7720\nTamsworth 58001\nMember Help Line {f['ph']}\nTTY 711",
                 align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 27)
    d.rule(0.5, 3)


def grid(d: Doc, f: dict) -> None:
    lab, fd, mo = f["labels"], f["fd"], f["money"]
    when = fd(f["start"]) if f["end"] == f["start"] else f"{fd(f['start'])} - {fd(f['end'])}"
    rows = [(lab["mem"], f["name"]), (lab["mid"], f["mid"]), (lab["claim"], f["icn"]),
            (lab["prov"], f["hospital"]), ("Location", f["hcity"]), ("NPI", f["npi"]), (lab["dos"], when),
            (lab["billed"], mo(f["billed"])), (lab["paid"], mo(f["paid"])), (lab["rcvd"], fd(f["received"]))]
    if f["kind"] == "multi":
        rows = rows[:2] + [(lab["dos"], when)]
    per, lw, vw = (1, 52, 120) if f["labels"] is LABELS[2] else (2, 31, 58)
    for i in range(0, len(rows), per):
        for k, v in rows[i:i + per]:
            d.set_font(f["font"], "B", 8.8)
            d.cell(lw, 5.4, k + ":")
            d.set_font(f["font"], "", 9.5)
            d.cell(vw, 5.4, v)
        d.ln(5.6)
    d.ln(2)


def claims_table(d: Doc, f: dict) -> None:
    mo, fd = f["money"], f["fd"]
    d.set_font(f["font"], "B", 8.4)
    for h, w in zip(["Claim number", "Provider", "Date", "Billed", "Paid", "Status"], [30, 62, 24, 22, 20, 22]):
        d.cell(w, 6, h, border="B")
    d.ln(6.5)
    d.set_font(f["font"], "", 8.4)
    for icn, prov, day, billed, paid, status in f["rows"]:
        for v, w in zip([icn, prov, fd(day), mo(billed), mo(paid), status], [30, 62, 24, 22, 20, 22]):
            d.cell(w, 5.2, v)
        d.ln(5.4)
    d.ln(3)


def reason(f: dict) -> list[str]:
    fd, hosp, st = f["fd"], f["hospital"], f["hcity"].split(", ")[1]
    k = f["kind"]
    if k == "poststab":
        return [f"You were taken to the emergency room at {hosp} on {fd(f['start'])} and admitted. We paid for the "
                f"emergency room care and the first day of your stay. Our medical reviewer found you were stable "
                f"on {fd(f['stable'])}. After that day, care in another state is paid only when the hospital asks us "
                "for prior approval, so that we can arrange your transfer to a hospital in Aldermere. "
                f"{hosp} did not ask. We did not pay for the days from {fd(f['dstart'])} through {fd(f['end'])}.",
                f"The hospital billed {f['money'](f['billed'])} for the whole stay and we paid "
                f"{f['money'](f['paid'])}. Under Medicaid rules the hospital may not bill you for the rest."]
    if k == "multi":
        return [f"The table lists the claims we received for the care you got in {st}. The ambulance and the "
                "emergency doctor were paid. The claim from " + hosp + " was denied because the hospital is not "
                "enrolled as an Aldermere Medicaid provider. We wrote to the hospital on "
                f"{fd(f['asked'])} with the enrollment forms. It did not finish enrolling within 120 days, so "
                "we cannot pay its claim. If it enrolls later it may send the claim again."]
    if k in ("plp", "screen"):
        what = ("an emergency" if k == "plp" else "an emergency after the screening exam")
        base = [f"Aldermere Medicaid pays for care in another state only when it is an emergency or was approved "
                f"ahead of time. We use the prudent layperson rule: would a person with average knowledge of health "
                f"think the symptoms needed care right away to avoid serious harm? The hospital's records show a "
                f"visit on {fd(f['start'])} {f['why']}. A careful person would not think that was {what}."]
        if k == "screen":
            base.append(f"We paid for the medical screening exam every emergency room must give "
                        f"({f['money'](f['paid'])}). We denied the rest of the claim (lab tests, imaging and the "
                        "treatment that followed), because it could have waited until you were home.")
        return base
    if k == "lapsed":
        return [f"Your Medicaid coverage ended on {fd(f['lapse'])} because your renewal form was not returned. "
                f"You were seen at {hosp} on {fd(f['start'])}, after your coverage ended, so we cannot pay the "
                "claim. If you send your renewal within 90 days of the date coverage ended, coverage may be "
                "restored back to that date; then ask the hospital to send the claim again. Your case worker "
                "can help."]
    if k == "late":
        return [f"{hosp} sent this claim on {fd(f['received'])}. Claims for care in another state must reach us "
                f"within 365 days of the date of service. The service was on {fd(f['start'])}, so the claim "
                "arrived too late and is denied. The hospital may not bill you for it."]
    return [f"{hosp} is not enrolled with Aldermere Medicaid. Any hospital outside the state that treats a member "
            "in an emergency can be paid once it enrolls, but it must finish enrolling before we can pay. We "
            f"sent the hospital our enrollment packet on {fd(f['asked'])}; it was not returned. The claim is "
            "denied. You may give the hospital our Provider Enrollment number, " + f["ph2"] + "."]


def rights(d: Doc, f: dict) -> None:
    fd = f["fd"]
    d.text_line("If you disagree", 11, "B", h=6)
    if f["dl"] == "within":
        d.para(f"You may ask us to reconsider within 30 days of the date of this notice. Write to the Out-of-State "
               f"Services Unit at the address above or call {f['ph']}. A reviewer who did not make this decision "
               "will look at it again.", 9.3, gap=2)
    elif f["dl"] == "by":
        d.para(f"You may ask us to reconsider this decision. Your request must reach us by {fd(f['deadline'])}. Write "
               f"to the Out-of-State Services Unit at the address above or call {f['ph']}.", 9.3, gap=2)
    d.para("You also have the right to a State Fair Hearing. Ask for a hearing within 90 days of the date this "
           "notice was mailed; call the Office of Administrative Hearings at " + f["ph3"] + " or send form "
           f"HCA-{f['form2']}. You may bring a lawyer, a friend or anyone you choose. Free legal help may be "
           "available in your area.", 9.3, gap=2)


def worker(d: Doc, f: dict) -> None:
    d.set_fill_color(238, 238, 238)
    d.set_font(f["font"], "", 8.6)
    d.multi_cell(0, 4.2, f"Your case worker: {f['worker']}, {f['county']} Office of Human Services, "
                 f"{f['wph']}   Eligibility case no. {f['elig']}   Office hours 8:00 - 4:30", fill=True,
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def build(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc(f["font"], footer=f"Form HCA-{f['form']} (Rev. 01/2026)   {f['labels']['notice']} {f['notice_id']}   "
            "Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f"Date of notice: {fd(f['notice'])}", 10, h=5)
    d.text_line(f"{f['labels']['notice']}: {f['notice_id']}", 8.5, h=4.5)
    d.ln(3)
    for ln in [f["addressee"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(4)
    d.text_line(KINDS[f["kind"]][0], 12.5, "B", h=7)
    d.ln(1)
    grid(d, f)
    if f["kind"] == "multi":
        claims_table(d, f)
    d.para(f"Dear {f['addressee']}:" if f["child"] else "Dear Member:", 10.3, gap=2)
    for t in reason(f):
        d.para(t, 10.2, gap=2.2)
    d.para(f"This decision is based on Aldermere Administrative Code {f['rule']}.", 9.5, gap=3)
    worker(d, f)
    rights(d, f)
    d.para("Aldermere Health Care Authority\nOut-of-State Services Unit", 10, gap=2)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ds: str, ms: str, dl: str, lh: int, li: int, font: str, child: bool) -> dict:
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    hosp, hcity = r.choice(HOSPITALS)
    name = person(r)
    f = dict(kind=kind, fd=lambda x: fdate(x, ds), money=lambda v: usd(v, ms), dl=dl, lh=lh, labels=LABELS[li],
             font=font, child=child, notice=notice, name=name, addressee=person(r, last=name.split()[-1]) if child
             else name, addr=list(address(r)), mid=mixed(r, r.choice(["AL99999999A", "9999999999", "A9A9999999"])),
             icn=mixed(r, r.choice(["2699999999999", "26A999999999", "OS-26-9999999"])), hospital=hosp,
             hcity=hcity, npi=npi(r), ph=phone(r), ph2=phone(r), ph3=phone(r), form=digits(r, 4),
             form2=digits(r, 4), notice_id=mixed(r, "N26-999999"), worker=r.choice(WORKERS),
             county=r.choice(COUNTIES), wph=local_phone(r), elig=mixed(r, "99-9999999"),
             rule=f"{r.randint(140, 199)}-{r.randint(10, 80)}-{r.randint(100, 900)}")
    f["start"] = days(notice, -r.randint(35, 80))
    f["end"] = f["start"]
    f["billed"], f["paid"] = money(r, 1400, 9800), 0.0
    f["received"] = days(f["start"], r.randint(15, 30))
    if kind == "poststab":
        f["end"] = days(f["start"], r.randint(5, 8))
        f["stable"] = days(f["start"], 1)
        f["dstart"] = days(f["start"], 2)
        f["billed"] = money(r, 38000, 71000)
        f["paid"] = money(r, 6100, 9900)
    if kind == "screen":
        f["paid"] = money(r, 180, 420)
    if kind in ("plp", "screen"):
        f["why"] = r.choice(["for a refill of a blood pressure medicine that had run out two days before",
                             "for a rash on the forearm that had been there for a week",
                             "for a mild sore throat with no fever"])
    if kind == "lapsed":
        f["lapse"] = days(f["start"], -r.randint(5, 20))
    if kind == "late":
        f["start"] = days(notice, -r.randint(420, 500))
        f["end"] = f["start"]
        f["received"] = days(notice, -r.randint(8, 20))
    if kind in ("multi", "enroll"):
        f["asked"] = days(notice, -r.randint(130, 160))
    if kind == "multi":
        f["end"] = days(f["start"], 1)
        f["rows"] = [(mixed(r, "2699999999999"), "Northwind Ambulance Service", f["start"], money(r, 900, 1600),
                      money(r, 300, 500), "Paid"),
                     (mixed(r, "2699999999999"), "Emergency Physicians of " + hcity.split(",")[0], f["start"],
                      money(r, 600, 1100), money(r, 150, 300), "Paid"),
                     (f["icn"], hosp, f["start"], f["billed"], 0.0, "Denied")]
    f["deadline"] = days(notice, 30)
    return f


def make_truth(f: dict) -> dict:
    _, denial, dalts = KINDS[f["kind"]]
    alts: dict = {"insurer": ["Aldermere Medicaid"]}
    dates = [iso(f["start"], f["end"])]
    if f["kind"] == "poststab":
        dates = [iso(f["dstart"], f["end"])]
        alts["service_dates"] = [[iso(f["start"], f["end"])]]
    if f["kind"] == "multi":
        dates = [iso(f["start"])]
        alts["service_dates"] = [[iso(f["start"], f["end"])]]
    deadline = None if f["dl"] == "hearing" else iso(f["deadline"])
    if f["dl"] == "hearing":
        alts["appeal_deadline"] = [iso(days(f["notice"], 90))]
    return truth("denial_letter", denial, insurer=INSURER, member_id=f["mid"], member_name=f["name"],
                 case_numbers=[f["icn"]], claim_amount=m2(f["billed"]), service_dates=dates,
                 denial_date=iso(f["notice"]), provider=f["hospital"], appeal_deadline=deadline,
                 alternates=alts, denial_alternates=dalts)


# (stem, condition, kind, date style, money style, deadline style, letterhead, labels, font, child)
PLAN = [
    ("medicaid_emergency_oos_bd_poststab", "born_digital", "poststab", "long", "plain", "within", 0, 0, "Helvetica", False),
    ("medicaid_emergency_oos_bd_multi", "born_digital", "multi", "slash", "plain", "by", 1, 1, "Times", False),
    ("medicaid_emergency_oos_scan_plp", "scan_clean_300", "plp", "abbr", "nosign", "hearing", 1, 2, "Helvetica", True),
    ("medicaid_emergency_oos_lowres_lapsed", "scan_lowres_150", "lapsed", "iso", "plain", "within", 0, 1, "Times", False),
    ("medicaid_emergency_oos_copy_late", "photocopy", "late", "dmy", "usd", "by", 0, 0, "Helvetica", False),
    ("medicaid_emergency_oos_phone_screen", "phone_photo", "screen", "long", "plain", "within", 1, 0, "Times", True),
    ("medicaid_emergency_oos_faxs_enroll", "fax_standard_g4", "enroll", "upper", "bare", "hearing", 0, 2, "Helvetica", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ds, ms, dl, lh, li, font, child) in enumerate(PLAN):
        r = random.Random(14100 + i)
        f = facts(r, kind, ds, ms, dl, lh, li, font, child)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
