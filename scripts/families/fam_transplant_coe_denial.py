"""Family 'transplant_coe_denial': an invented health plan's denials of transplant evaluations and transplants at
hospitals outside its Centers of Excellence network.

Wealdmoor Health Plan, Inc. (under its parent, Scarcliffe Health Holdings) is fictional, and so is every hospital and
doctor. Long letters (two or three pages): an RE block, the decision in plain words, a table of the plan's designated
Centers of Excellence for that organ (decoy organisation names, addresses and phone numbers), a travel and lodging
benefit paragraph with example amounts (decoys), appeal rights. Kinds: kidney evaluation at a hospital that is not a
center (out of network), liver transplant at such a hospital, a multi-organ case judged investigational, the
hospital's claim for an evaluation it did anyway, a first-level appeal decision upholding a denial, a center's
request missing its records, and a transplant planned after coverage ends.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundm_famzz import address, days, digits, fdate, iso, local_phone, m2, mixed, money, npi, person, phone, usd

FAMILY = "transplant_coe_denial"
LANG = "en"
INSURER = "Wealdmoor Health Plan, Inc."
PARENT = "Scarcliffe Health Holdings"
SERIF = "Times"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
OUTSIDE = [("Mirefield General Hospital Transplant Service", "Dr. Balthazar Inchcolm, MD"),
           ("Tollbridge Memorial Hospital", "Dr. Elfrida Saltaire, MD"),
           ("Haverleigh Medical Center Transplant Program", "Dr. Cadogan Wensley, MD")]
CENTERS = [("Tarnbeck University Hospital Transplant Institute", "1400 Fellside Parkway", "Lincoln, NE 68508"),
           ("Quernstone Medical Center, Abdominal Transplant Program", "77 Birkdale Avenue", "Denver, CO 80218"),
           ("Holmfirth Transplant Center", "2900 Mardale Road", "Tulsa, OK 74104"),
           ("Swaledale Methodist Hospital Organ Transplant Center", "515 Glenrothes Street", "Omaha, NE 68131"),
           ("Kirkstall Heart and Lung Institute", "60 Ashkirk Boulevard", "Wichita, KS 67214"),
           ("Calderbrook University Medical Center", "3300 Oxcombe Drive", "Albuquerque, NM 87106")]
CENTER_DOCS = ["Dr. Philomel Beckwith, MD", "Dr. Tristram Haverfield, MD", "Dr. Aspasia Scarsdale, MD"]
# kind -> (organ, service text, denial, denial alternates)
KINDS = {
    "eval": ("kidney", "Kidney transplant evaluation (outpatient, 3 days)", "out_of_network", ["not_covered"]),
    "liver": ("liver", "Liver transplant (deceased donor), including listing and the transplant admission",
              "out_of_network", ["not_covered"]),
    "multi": ("heart", "Combined heart, liver and kidney transplant", "experimental", ["not_covered"]),
    "claim": ("kidney", "Kidney transplant evaluation", "not_covered", ["out_of_network"]),
    "upheld": ("liver", "Liver transplant evaluation and transplant", "out_of_network", ["not_covered"]),
    "records": ("lung", "Bilateral lung transplant: listing and transplant admission", "other",
                ["medical_necessity"]),
    "ended": ("marrow", "Allogeneic stem cell transplant (unrelated donor), inpatient admission", "eligibility",
              ["other"]),
}
ORGAN_WORD = {"kidney": "kidney", "liver": "liver", "heart": "heart", "lung": "lung", "marrow": "blood and marrow"}


class Letter(Doc):
    def __init__(self, f: dict):
        super().__init__(f["font"], footer=f"WHP-TX-{f['form']} (01/26)   Letter ID {f['letter_id']}   Page {{p}} of {{n}}",
                         header=f"{f['name']}   {f['labels']['case']} {f['case']}")
        self.add_font("DejaVu", "B", SANS_B)


def letterhead(d: Letter, f: dict) -> None:
    y0 = d.get_y()
    if f["lh"] == 0:
        d.set_font(f["font"], "", 8.5)
        d.cell(110, 4, PARENT, new_x="LMARGIN", new_y="NEXT")
        d.set_font(f["font"], "B", 17)
        d.cell(110, 8, "Wealdmoor Health Plan")
    else:
        d.set_font(f["font"], "B", 22)
        d.cell(110, 9, "WEALDMOOR", new_x="LMARGIN", new_y="NEXT")
        d.set_font(f["font"], "", 11)
        d.cell(110, 5.5, "Health Plan, Inc.")
    d.set_xy(125, y0)
    d.set_font(f["font"], "", 7.8)
    d.multi_cell(0, 3.5, f"Transplant Case Management\nPO Box 39120\nSalina, KS 67402\nPhone {f['ph']}\nFax "
                 f"{f['fax']}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 24)
    d.rule(0.5, 3)


def re_block(d: Letter, f: dict) -> None:
    lab, fd = f["labels"], f["fd"]
    organ, service = KINDS[f["kind"]][:2]
    rows = [(lab["mem"], f["name"]), (lab["mid"], f["mid"])]
    rows += [(lab["grp"], f["group"])] if f["group"] else []
    rows += [("Plan number", f["plan_no"])] if f["plan_no"] else []
    rows += [(lab["case"], f["case"])]
    rows += [("Claim number", f["claim"])] if f["kind"] == "claim" else []
    rows += [("Appeal number", f["appeal_no"])] if f["kind"] == "upheld" else []
    claim = f["kind"] == "claim"
    rows += [("Service", service), ("Billing facility" if claim else lab["fac"], f["hospital"]),
             (lab["doc"], f["doctor"]), ("NPI", f["npi"])]
    if f["start"]:
        when = fd(f["start"]) if not f["end"] else f"{fd(f['start'])} - {fd(f['end'])}"
        rows += [("Dates of service" if claim else lab["dates"], when)]
    if f["kind"] == "claim":
        rows += [("Total billed", f["money"](f["billed"]))]
    rows += [("Claim received" if claim else lab["rcvd"], fd(f["received"]))]
    d.set_font(f["font"], "B", 10)
    d.cell(12, 5.2, "RE:")
    x = d.get_x()
    for k, v in rows:
        d.set_x(x)
        d.set_font(f["font"], "", 9.6)
        d.cell(48, 5, k + ":")
        d.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def decision(f: dict) -> list[str]:
    fd, hosp, doc = f["fd"], f["hospital"], f["doctor"]
    organ = ORGAN_WORD[KINDS[f["kind"]][0]]
    span = f"from {fd(f['start'])} through {fd(f['end'])}" if f["start"] and f["end"] else ""
    coe = (f"Your plan covers {organ} transplant services only at a hospital we have named a Center of "
           "Excellence (COE) for that organ. These centers are chosen for their results and experience. ")
    return {
        "eval": lambda: [f"{doc} asked us to approve a {organ} transplant evaluation at {hosp} {span}. {coe}"
                         f"{hosp} is not one of our centers and is not in your plan's network. Your plan has no "
                         "out-of-network benefit for transplant services, so we cannot approve the evaluation there.",
                         "This decision is about where the care is given, not whether you need it. Any center in "
                         "the list below can do your evaluation, and we will approve it there."],
        "liver": lambda: [f"We received a request from {doc} to approve your listing and {organ} transplant at "
                          f"{hosp}. {coe}{hosp} is not a {organ} Center of Excellence in our network. We are "
                          "denying the request because the plan does not pay for transplant care at hospitals outside "
                          "that network.",
                          "Your need for a transplant is not in question. If you are listed at one of our centers, "
                          "the plan pays for the evaluation, the listing, the organ, the transplant stay and a year "
                          "of follow-up care."],
        "multi": lambda: [f"{doc} at {hosp} asked us to approve a combined heart, liver and kidney transplant in one "
                          "operation. Our transplant policy covers the combinations that the published studies show "
                          "to be safe and effective: heart-kidney, liver-kidney, heart-lung and pancreas-kidney. "
                          "There are very few reports of a heart, liver and kidney transplant done together, and they "
                          "do not show how well patients do over time. For that reason the plan considers this "
                          "combination investigational, and it is not covered, at any hospital.",
                          "Your doctors may ask us to review a plan of care that separates the transplants, or a "
                          "covered combination. Our Centers of Excellence for heart transplant are listed below."],
        "claim": lambda: [f"{hosp} sent us a claim for the {organ} transplant evaluation you had {span}. {coe}"
                          f"{hosp} is not one of our centers. Transplant services from a hospital that is not a "
                          "designated center are excluded from your benefits, so the claim is denied. We wrote to you "
                          f"about this on {fd(f['earlier'])}, before the evaluation."],
        "upheld": lambda: [f"You appealed our decision not to approve your {organ} transplant at {hosp}. A "
                           "transplant surgeon who was not part of the first decision reviewed your appeal, the "
                           f"letter from {doc} and your records. {coe}",
                           f"We are upholding our decision. {hosp} is still not a {organ} Center of Excellence in our "
                           "network, and the records do not show that none of our centers could accept you. This is "
                           "our final decision on your internal appeal."],
        "records": lambda: [f"{hosp} is one of our {organ} Centers of Excellence. {doc} asked us to approve your "
                            "listing for a lung transplant. To decide, we need the results of the evaluation: the "
                            "heart catheterization, the breathing tests and the social work assessment. We asked "
                            f"the center for them on {fd(f['asked1'])} and again on {fd(f['asked2'])}. We did not "
                            "receive them, so we cannot approve the listing now.",
                            "As soon as the center sends the results, we will review the request again. You do not "
                            "need to start over."],
        "ended": lambda: [f"{doc} at {hosp} asked us to approve your {organ} transplant with an admission planned "
                          f"for {fd(f['start'])}. {hosp} is one of our Centers of Excellence, and the treatment plan "
                          "meets our guideline. However, your employer told us your coverage under the plan ends on "
                          f"{fd(f['cov_end'])}, before the admission date. We cannot approve care that will take "
                          "place after coverage ends.",
                          "If you choose to continue your coverage (COBRA), call us and we will review the request "
                          "again right away."],
    }[f["kind"]]()


def centers_table(d: Letter, f: dict) -> None:
    organ = ORGAN_WORD[KINDS[f["kind"]][0]]
    d.text_line(f"Wealdmoor Centers of Excellence for {organ} transplant", 11, "B", h=6)
    d.para("Call your transplant case manager before you contact a center; we will send the referral for you.",
           9.2, gap=1.5)
    d.set_font(f["font"], "B", 8.6)
    for h, w in zip(["Center", "Address", "Phone"], [82, 62, 36]):
        d.cell(w, 6, h, border="B")
    d.ln(6.5)
    d.set_font(f["font"], "", 8.6)
    for (name, street, city), ph in zip(f["centers"], f["center_ph"]):
        y = d.get_y()
        d.multi_cell(82, 4.3, name)
        y2 = d.get_y()
        d.set_xy(18 + 82, y)
        d.multi_cell(62, 4.3, f"{street}\n{city}")
        d.set_xy(18 + 144, y)
        d.cell(36, 4.3, ph)
        d.set_y(max(y2, y + 8.6) + 1.5)
    d.ln(2)


def travel(d: Letter, f: dict) -> None:
    mo = f["money"]
    d.text_line("Travel and lodging benefit", 11, "B", h=6)
    d.para("When the center is more than 100 miles from your home, the plan helps pay for travel and lodging for "
           f"you and one adult companion (two for a child). The benefit pays up to {mo(f['tcap'])} for each "
           f"transplant, lodging up to {mo(f['lodge'])} per night and mileage at {f['mile']} per mile. For example, "
           f"a member who drives 240 miles each way for three visits and stays six nights could be paid "
           f"{mo(f['ex_mile'])} for mileage and {mo(f['ex_lodge'])} for lodging. Keep your receipts; send them "
           "within 90 days of the trip.", 9.3, gap=2)


def appeal(d: Letter, f: dict) -> None:
    fd = f["fd"]
    d.text_line("Your appeal rights", 11, "B", h=6)
    if f["kind"] == "upheld":
        d.para("You have finished our internal appeal process. You may ask for an external review by an independent "
               "review organization within 4 months of the date you receive this letter. The external reviewer's "
               f"decision is binding on the plan. Call {f['ph']} for the request form. You may also contact your "
               f"state Department of Insurance consumer line at {f['doi']}.", 9.3, gap=2)
        return
    when = {"within": f"within {f['n']} days of the date of this letter",
            "by": f"no later than {fd(f['deadline'])}" if f["deadline"] else "",
            "receive": f"within {f['n']} days from the day you receive this letter"}[f["dl"]]
    d.para(f"You, your doctor or someone you choose may appeal this decision {when}. Send a letter saying why you "
           f"disagree, with any records, to {INSURER}, Appeals, PO Box 39155, Salina, KS 67402, or fax it to "
           f"{f['fax']}.", 9.3, gap=2)
    d.para("If your doctor says waiting could seriously harm your life or health, ask for an urgent appeal: we will "
           "decide within 72 hours. After our final internal decision, you may ask for an external review within "
           f"4 months. Your state Department of Insurance can help: {f['doi']}.", 9.3, gap=2)


def build(f: dict) -> bytes:
    fd = f["fd"]
    d = Letter(f)
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f["notice"]), 10.5, h=5)
    d.ln(3)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(4)
    re_block(d, f)
    title = {"upheld": "Decision on your appeal", "claim": "Your claim was denied"}.get(
        f["kind"], "We cannot approve this transplant request" if f["kind"] != "eval" else
        "We cannot approve this transplant evaluation")
    d.text_line(title, 12.5, "B", h=7)
    d.ln(1)
    d.para(f"Dear {f['name'].split()[0]} {f['name'].split()[-1]}:", 10.5, gap=2)
    for t in decision(f):
        d.para(t, 10.3, gap=2.2)
    d.para(f"Your transplant case manager is {f['cm']}, RN. Call {f['cm_ph']} on weekdays from 8 a.m. to 5 p.m.",
           10.3, gap=3)
    if f["kind"] != "ended":
        centers_table(d, f)
        travel(d, f)
    appeal(d, f)
    d.para(f"Sincerely,\n\n{f['md']}\nMedical Director, Transplant Services\n{INSURER}", 10, gap=2)
    d.para(f"cc: {f['doctor']}; {f['hospital']}", 8.5, gap=1)
    return pdf_bytes(d)


LABELS = {
    0: dict(mem="Member", mid="Member ID", grp="Group", case="Transplant case no.", fac="Requested facility",
            doc="Requesting physician", dates="Requested dates", rcvd="Request received"),
    1: dict(mem="Patient", mid="Subscriber no.", grp="Group number", case="Case number", fac="Hospital",
            doc="Referring doctor", dates="Date(s) of service", rcvd="Date received"),
    2: dict(mem="Enrollee", mid="Identification number", grp="Employer group no.", case="Reference",
            fac="Transplant center requested", doc="Attending physician", dates="Planned admission",
            rcvd="Received on"),
}


def facts(r: random.Random, kind: str, ds: str, ms: str, dl: str, lh: int, li: int, font: str) -> dict:
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 170))
    hosp, doc = r.choice(OUTSIDE)
    if kind in ("records", "ended"):
        hosp, doc = r.choice(CENTERS)[0], r.choice(CENTER_DOCS)
    centers = r.sample(CENTERS, 5)
    f = dict(kind=kind, fd=lambda x: fdate(x, ds), money=lambda v: usd(v, ms), dl=dl, lh=lh, labels=LABELS[li],
             font=font, n=180, notice=notice, name=person(r), addr=list(address(r)),
             mid=mixed(r, r.choice(["WHP999999999", "W99AA99999", "9999A99999-02"])),
             group=r.choice([None, digits(r, 6), mixed(r, "AA9999")]), plan_no=r.choice([None, None, str(r.randint(501, 599))]),
             case=mixed(r, r.choice(["TX-26-99999", "26T99999AA", "TCM9999999"])), hospital=hosp, doctor=doc,
             npi=npi(r), received=days(notice, -r.randint(4, 12)), start=None, end=None,
             centers=[c for c in centers if c[0] != hosp][:4], center_ph=[local_phone(r) for _ in range(4)],
             ph=phone(r), fax=local_phone(r), doi=phone(r), cm=r.choice(["Mahalath Lightowler", "Osmund Threlkeld",
                                                                         "Gunnhild Heptonstall"]),
             cm_ph=phone(r), md=r.choice(["Dr. Eudora Ruddlesden, MD", "Dr. Lancelot Ormondroyd, MD"]),
             tcap=r.choice([10000.0, 12500.0, 15000.0]), lodge=r.choice([50.0, 60.0, 75.0]),
             mile=r.choice(["$0.21", "21 cents"]), form=digits(r, 3), letter_id=mixed(r, "L26-999999"))
    f["ex_mile"] = round(240 * 2 * 3 * 0.21, 2)
    f["ex_lodge"] = 6 * f["lodge"]
    if kind in ("eval", "claim"):
        f["start"] = days(notice, r.randint(12, 30)) if kind == "eval" else days(notice, -r.randint(40, 70))
        f["end"] = days(f["start"], 2)
    if kind == "claim":
        f.update(claim=mixed(r, "99999A99999"), billed=money(r, 9400, 23800), earlier=days(f["start"], -r.randint(9, 20)))
        f["received"] = days(f["end"], r.randint(10, 25))
    if kind == "upheld":
        f["appeal_no"] = "APL-" + mixed(r, "2699999")
    if kind == "records":
        f["asked1"], f["asked2"] = days(notice, -r.randint(25, 30)), days(notice, -r.randint(10, 15))
    if kind == "ended":
        f["start"] = days(notice, r.randint(25, 40))
        f["cov_end"] = days(f["start"], -r.randint(6, 15))
    f["deadline"] = days(notice, f["n"]) if dl == "by" else None
    return f


def make_truth(f: dict) -> dict:
    k = f["kind"]
    _, _, denial, dalts = KINDS[k]
    alts: dict = {"provider": [f["hospital"]]}
    cases = [f["case"]]
    if k == "claim":
        cases.append(f["claim"])
        alts["case_numbers"] = [[f["claim"]]]
        provider = f["hospital"]
        alts["provider"] = [f["doctor"]]
    else:
        provider = f["doctor"]
    if k == "upheld":
        cases.append(f["appeal_no"])
        alts["case_numbers"] = [[f["case"]]]
    dates = [iso(f["start"], f["end"])] if f["start"] else []
    if f["end"]:
        alts["service_dates"] = [[iso(f["start"])]]
    deadline = None
    if k != "upheld":
        deadline = {"within": days(f["notice"], f["n"]), "by": f["deadline"], "receive": None}[f["dl"]]
        if f["dl"] == "receive":
            alts["appeal_deadline"] = [iso(days(f["notice"], f["n"]))]
    return truth("denial_letter", denial, insurer=INSURER, plan_id=f["plan_no"], group_number=f["group"],
                 member_id=f["mid"], member_name=f["name"], case_numbers=cases,
                 claim_amount=m2(f["billed"]) if k == "claim" else None, service_dates=dates,
                 denial_date=iso(f["notice"]), provider=provider, appeal_deadline=iso(deadline) if deadline else None,
                 alternates=alts, denial_alternates=dalts)


# (stem, condition, kind, date style, money style, deadline style, letterhead, labels, font)
PLAN = [
    ("transplant_coe_denial_bd_kidney_eval", "born_digital", "eval", "long", "plain", "within", 0, 0, SERIF),
    ("transplant_coe_denial_bd_liver", "born_digital", "liver", "slash", "plain", "by", 1, 1, "Helvetica"),
    ("transplant_coe_denial_scan_multiorgan", "scan_clean_300", "multi", "abbr", "usd", "receive", 0, 2, SERIF),
    ("transplant_coe_denial_copy_claim", "photocopy", "claim", "long", "nosign", "within", 1, 0, "Helvetica"),
    ("transplant_coe_denial_rot_upheld", "rotated", "upheld", "dmy", "plain", "within", 0, 1, SERIF),
    ("transplant_coe_denial_faxs_records", "fax_standard_g4", "records", "iso", "plain", "by", 1, 2, "Helvetica"),
    ("transplant_coe_denial_lowres_ended", "scan_lowres_150", "ended", "upper", "plain", "within", 0, 0, SERIF),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ds, ms, dl, lh, li, font) in enumerate(PLAN):
        r = random.Random(13300 + i)
        f = facts(r, kind, ds, ms, dl, lh, li, font)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
