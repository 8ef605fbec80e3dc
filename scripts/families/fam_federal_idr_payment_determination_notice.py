"""Family 'federal_idr_payment_determination_notice': the payment determination a certified independent dispute
resolution (IDR) entity sends to both parties of a No Surprises Act federal IDR dispute (the out-of-network provider,
facility or air ambulance company that initiated it and the plan or issuer), modelled on the published federal IDR
payment determination notice: dispute reference number (DISP-nnnnnn), initiating / non-initiating party, the qualified
IDR item or service (claim number, date of service, service code, place of service), the QPA, each party's offer, the
selected offer, the rationale, the 30-calendar-day payment deadline, the binding-decision sentence, the 90-day
cooling-off period and the fees. The patient's claim is named but the patient is not the addressee.
Scenarios: provider's offer selected (emergency physician visit; neurosurgery co-surgeon; facility imaging), plan's
offer selected (anesthesia; air ambulance; a batched dispute of two lines; radiology read).
Issuers (fictional certified IDR entities): Ostrava Dispute Resolution Services, LLC (logo "OSTRAVA DRS" over a rule),
Olomouc Claims Arbitration Group, Inc. (parent line "A Pardubice Review Partners company"), Jihlava Independent
Review Organization (return-address block).
Truth: insurer = the letterhead issuer (the certified IDR entity), the plan accepted; document type other, no denial
(type denial_letter / denial other accepted where the plan's lower offer won); member = the patient; member ID = the
patient's plan ID where printed; case numbers = the dispute number and the claim number (the dispute number alone
accepted); claim amount = the billed charges of the disputed claim; service date = the date of service; notice date =
the determination date; provider = the initiating provider or facility (the rendering clinician accepted); no appeal
deadline (the 30-day payment deadline, the 90-day cooling-off end, initiation, selection and offer dates are decoys).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundaj_famjb import (Page, clinician, days, digits, fdate, iso, letterhead, m2, mail_to, mixed, npi, pairs,
                               person, phone, signature, usd)

FAMILY = "federal_idr_payment_determination_notice"
LANG = "en"
ENTITIES = {
    "ostrava": dict(name="Ostrava Dispute Resolution Services, LLC", style="logo", logo="OSTRAVA DRS",
                    line2="Certified IDR Entity | PO Box 4418, Larned, KS 67550"),
    "olomouc": dict(name="Olomouc Claims Arbitration Group, Inc.", style="parent",
                    parent="A Pardubice Review Partners company",
                    line2="Federal IDR Operations | 2210 Kolin Parkway, Kinsley, KS 67547"),
    "jihlava": dict(name="Jihlava Independent Review Organization", style="block",
                    line2="Certified Independent Dispute Resolution Entity | 77 Znojmo Plaza, Suite 400 | "
                          "Lyons, KS 67554"),
}
PLANS = ["Plzen Valley Health Plan", "Liberec Mutual Health Insurance Company", "Opava Employers Health Trust"]
LABELS = {
    1: dict(disp="Dispute reference number", init="Initiating party", non="Non-initiating party", pat="Patient",
            mid="Patient member ID", clm="Claim number", dos="Date of service", code="Service code", qpa="QPA",
            bill="Billed charge", det="Date of determination", sel="Selected offer", grp="Group number"),
    2: dict(disp="DISP #", init="Initiating Party (IP)", non="Non-Initiating Party (NIP)", pat="Patient name",
            mid="Member ID", clm="Claim #", dos="DOS", code="CPT/HCPCS", qpa="Qualifying payment amount",
            bill="Billed amount", det="Determination date", sel="Prevailing offer", grp="Group #"),
    3: dict(disp="IDR reference no.", init="Provider / facility (initiating)", non="Plan / issuer (non-initiating)",
            pat="Claim of (patient)", mid="Enrollee ID", clm="Claim identifier", dos="Service date",
            code="Item or service code", qpa="QPA (median in-network rate)", bill="Total billed charges",
            det="Notice date", sel="Out-of-network rate determined", grp="Plan group no."),
}
# provider, kind of provider, rendering clinician?, service lines (code, description, billed, qpa, ip offer, nip offer)
SCEN = {
    "er": dict(win="ip", prov="Plzen Emergency Physicians, PA", clin=True, pos="23 - Emergency room, hospital",
               lines=[("99285", "Emergency department visit, high complexity", 1840.00, 412.37, 1350.00, 430.00)],
               why="The initiating party submitted information on the acuity of the patient and the complexity of "
                   "the services (a critically ill patient with sepsis, several hours of physician time) that the "
                   "QPA does not reflect. The non-initiating party's offer is close to the QPA and it gave no "
                   "information answering this. The offer that best represents the value of the service is the "
                   "initiating party's offer."),
    "anes": dict(win="nip", prov="Liberec Anesthesia Associates", clin=True, pos="22 - On campus outpatient hospital",
                 lines=[("00790", "Anesthesia, upper abdominal laparoscopic procedure, 9 units", 3960.00, 905.40,
                         3100.00, 960.00)],
                 why="The initiating party stated that its clinicians have more training and experience than "
                     "others in the area but did not show how that made this service different from the service "
                     "reflected in the QPA. Its market-share and prior contract information was not credible for "
                     "this geographic region. The non-initiating party's offer best represents the value of the "
                     "service."),
    "air": dict(win="nip", prov="Jihlava Air Medical Transport, Inc.", clin=False, pos="41 - Ambulance, land or air",
                lines=[("A0431", "Rotary wing air transport, base rate", 48750.00, 21940.66, 41000.00, 23000.00),
                       ("A0436", "Rotary wing air mileage, 38 statute miles", 11970.00, 5102.20, 9800.00, 5300.00)],
                why="Both parties addressed the vehicle type and the population density of the pick-up location. "
                    "The initiating party's information on its costs was not specific to this transport. The "
                    "non-initiating party's offers, a little above the QPA for each line, best represent the value "
                    "of the services."),
    "neuro": dict(win="ip", prov="Olomouc Neurosurgical Specialists", clin=True, pos="21 - Inpatient hospital",
                  lines=[("63047", "Laminectomy, lumbar, single segment, co-surgeon", 14300.00, 2611.82, 6900.00,
                          2650.00)],
                  why="The initiating party showed that the procedure was done as an emergency on a patient with "
                      "cauda equina syndrome at night, with two co-surgeons, and that the QPA was calculated for a "
                      "single-surgeon procedure. The non-initiating party did not explain how its offer reflected "
                      "the co-surgeon work. The initiating party's offer best represents the value."),
    "rad": dict(win="nip", prov="Znojmo Diagnostic Radiology Group", clin=True, pos="23 - Emergency room, hospital",
                lines=[("74177", "CT abdomen and pelvis with contrast, professional component", 910.00, 88.64,
                        640.00, 95.00)],
                why="The initiating party gave no information about the complexity of the read or the training of "
                    "the radiologist beyond a general statement. The non-initiating party's offer best represents "
                    "the value of the service."),
    "mri": dict(win="ip", prov="Melnik Regional Medical Center", clin=False, pos="22 - On campus outpatient hospital",
                lines=[("70553", "MRI brain without and with contrast, facility", 6420.00, 1180.55, 3900.00,
                        1200.00)],
                why="The facility showed that the scan was done on an emergency basis as part of stroke "
                    "protocol, a case-mix the QPA does not account for, and gave its teaching status. The "
                    "non-initiating party's offer did not address these. The initiating party's offer best "
                    "represents the value of the service."),
    "batch": dict(win="nip", prov="Kladno Orthopedic Surgery Partners", clin=True,
                  pos="22 - On campus outpatient hospital",
                  lines=[("29881", "Knee arthroscopy with meniscectomy", 7150.00, 1304.18, 5200.00, 1350.00),
                         ("20610", "Arthrocentesis, major joint", 640.00, 92.47, 420.00, 100.00)],
                  why="This batched dispute concerns two items billed on the same claim. The initiating party's "
                      "information on its surgeon's experience did not show a difference in the services from "
                      "those reflected in the QPA. The non-initiating party's offers best represent the value of "
                      "both items."),
}


def notice(f: dict) -> bytes:
    s = SCEN[f["scen"]]
    L = LABELS[f["lab"]]
    e = ENTITIES[f["ent"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    mu = lambda v: usd(v, f["ms"])  # noqa: E731
    d = Page(foot=f"{e['name']}  ·  {f['disp']}  ·  page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, e["style"], e["name"], e["line2"], e.get("logo", ""), e.get("parent", ""))
    d.text_line(fd(f["date"]), 10, h=6)
    if f["mail"]:
        mail_to(d, [f"{s['prov']}", "Attn: Billing / IDR Coordinator"] + list(f["paddr"]))
    d.text_line("Payment Determination Notice", 13, "B", h=7)
    d.text_line("Federal Independent Dispute Resolution (IDR) Process - No Surprises Act", 9.5, h=5)
    d.ln(2)
    rows = [(L["disp"], f["disp"]), (L["init"], f"{s['prov']} (NPI {f['pnpi']}, TIN {f['tin']})"),
            (L["non"], f["plan"]), (L["det"], fd(f["date"])),
            ("Date of initiation", fd(f["initd"])), ("Date IDR entity selected", fd(f["seld"])),
            ("Offers received", fd(f["offd"]))]
    if f["lab"] == 2:
        d.boxes([(L["disp"], f["disp"], 46), (L["det"], fd(f["date"]), 50), ("Dispute type", "Batched" if len(
            s["lines"]) > 1 else "Single", 36), ("Plan type", f["ptype"], 44)], h=11)
        d.ln(3)
        rows = [r for r in rows if r[0] not in (L["disp"], L["det"])]
    pairs(d, rows, kw=62, size=9.0)
    d.text_line("Qualified IDR item or service", 10.5, "B", h=6)
    total = sum(x[2] for x in s["lines"])
    crow = [(L["pat"], f["member"]), (L["mid"], f["mid"]), (L["grp"], f["group"]), (L["clm"], f["clm"]),
            (L["dos"], fd(f["dos"])), ("Place of service", s["pos"]),
            ("Rendering clinician", f["clin"] if s["clin"] else None),
            ("Location of service", f["loc"]), (L["bill"], mu(total))]
    pairs(d, crow, kw=62, size=9.0)
    d.table([L["code"], "Description", L["qpa"][:26], "IP offer", "NIP offer", L["sel"][:24]],
            [[c, desc[:44], mu(q), mu(ip), mu(nip), mu(ip if s["win"] == "ip" else nip)]
             for c, desc, b, q, ip, nip in s["lines"]],
            [16, 70, 26, 22, 22, 26], size=7.8, aligns="LLRRRR")
    winner = "initiating party" if s["win"] == "ip" else "non-initiating party"
    wname = s["prov"] if s["win"] == "ip" else f["plan"]
    d.text_line("Determination", 10.5, "B", h=6)
    d.para(f"{e['name']}, a certified IDR entity, has reviewed the offers and the information submitted by both "
           f"parties under 45 CFR 149.510. The certified IDR entity determines that the offer submitted by the "
           f"{winner}, {wname}, is the out-of-network rate for the qualified IDR item or service listed above.", 9.2)
    d.text_line("Rationale", 10.5, "B", h=6)
    d.para("The certified IDR entity began with the qualifying payment amount and then considered the additional "
           "information the parties submitted that was credible and relates to the offers. " + s["why"], 9.0)
    d.text_line("Payment", 10.5, "B", h=6)
    sel = sum((ip if s["win"] == "ip" else nip) for _, _, _, _, ip, nip in s["lines"])
    init_paid = sum(x[3] for x in s["lines"]) * 0.97
    who = "initiating party" if s["win"] == "ip" else "non-initiating party"
    pay = (f"The selected offer is the {who}'s offer of {mu(sel)}. The plan or issuer must pay the initiating party "
           f"that amount, less the initial payment of {mu(init_paid)} and any cost sharing already paid by the "
           f"patient, no later than 30 calendar days after the date of this notice ({fd(days(f['date'], 30))}).")
    d.para(pay, 9.0)
    d.para("This determination is legally binding on the parties, except in cases of fraud or evidence of "
           "intentional misrepresentation of material facts presented to the certified IDR entity. It is not "
           "subject to judicial review except as provided in 9 U.S.C. 10(a). The party that submitted the "
           "initiation notice may not submit a later notice involving the same other party for the same or a "
           f"similar item or service during the 90 calendar days after this determination "
           f"(through {fd(days(f['date'], 90))}). Claims for that item or service furnished during that period may "
           "be submitted within 30 business days after it ends.", 8.6)
    d.para(f"Fees: the certified IDR entity fee of {mu(f['fee'])} is owed by the non-prevailing party; each party "
           f"paid the non-refundable administrative fee of {mu(115.00)}. The patient may not be billed more than the "
           "in-network cost-sharing amount for this item or service.", 8.6)
    d.para(f"Questions about this notice: {e['name']}, {phone(f['r'])}, or through the Federal IDR portal. "
           f"cc: {f['plan']}, Claims Dispute Unit; {s['prov']}.", 8.4)
    signature(d, [f["signer"], "IDR Adjudicator", e["name"]], "Issued by,")
    return pdf_bytes(d)


def rsigner(r: random.Random, f_taken=None) -> str:
    return r.choice(["Kunes T. Opocensky", "Hedvika M. Strakonice", "Ludmila R. Vyskov"])


def facts(r: random.Random, ent: str, scen: str, lab: int, ds: str, ms: str, date: dt.date, mail: bool,
          grp: bool) -> dict:
    s = SCEN[scen]
    dos = days(date, -r.randint(150, 260))
    initd = days(date, -r.randint(60, 80))
    clin = clinician(r)
    return dict(r=r, ent=ent, scen=scen, lab=lab, ds=ds, ms=ms, date=date, mail=mail, dos=dos, initd=initd,
                seld=days(initd, r.randint(5, 9)), offd=days(initd, r.randint(14, 18)),
                disp="DISP-" + digits(r, 6), clm=mixed(r, "99AA9999999"), member=person(r), mid=mixed(r, "AAA999999999"),
                group=mixed(r, "99999") if grp else None, plan=r.choice(PLANS), pnpi=npi(r),
                tin=f"{digits(r, 2)}-{digits(r, 7)}", clin=clin, loc=r.choice(["Kolin Memorial Hospital, Emporia, KS",
                                                                          "Tabor County Hospital, Pratt, KS"]),
                paddr=(f"{r.randint(100, 990)} Kladno Road", "Chanute, KS 66720"),
                ptype=r.choice(["Fully insured", "Self-insured (ERISA)"]), fee=float(r.choice([475, 550, 640])),
                signer=rsigner(r, f_taken=None))


def doc_truth(f: dict) -> dict:
    s = SCEN[f["scen"]]
    total = sum(x[2] for x in s["lines"])
    alts = {"insurer": [f["plan"]], "case_numbers": [[f["disp"]]]}
    if s["clin"]:
        alts["provider"] = [f["clin"].split(",")[0]]
    kw = dict(insurer=ENTITIES[f["ent"]]["name"], plan_id=None, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["disp"], f["clm"]], claim_amount=m2(total),
              service_dates=[iso(f["dos"])], denial_date=iso(f["date"]), provider=s["prov"], appeal_deadline=None,
              alternates=alts)
    if s["win"] == "nip":
        return truth("other", None, "en", type_alternates=["denial_letter"], denial_alternates=["other"], **kw)
    return truth("other", None, "en", **kw)


# (stem, condition, entity, scenario, labels, date style, money style, mailing block, group printed)
PLAN = [
    ("federal_idr_payment_determination_notice_bd_er_provider_wins", "born_digital", "ostrava", "er", 1, "long",
     "plain", True, False),
    ("federal_idr_payment_determination_notice_bd_anesthesia_plan_wins", "born_digital", "olomouc", "anes", 2,
     "slash", "plain", False, True),
    ("federal_idr_payment_determination_notice_scan_air_ambulance", "scan_clean_300", "jihlava", "air", 3, "iso",
     "nosign", False, False),
    ("federal_idr_payment_determination_notice_lowres_cosurgeon_provider_wins", "scan_lowres_150", "olomouc",
     "neuro", 1, "abbr", "plain", True, True),
    ("federal_idr_payment_determination_notice_rot_radiology_read", "rotated", "ostrava", "rad", 2, "dmy", "usd",
     False, False),
    ("federal_idr_payment_determination_notice_copy_facility_mri_provider_wins", "photocopy", "jihlava", "mri", 3,
     "upper", "plain", True, False),
    ("federal_idr_payment_determination_notice_fax_batched_plan_wins", "fax_fine_g4", "ostrava", "batch", 1, "mdy",
     "plain", False, True),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, ent, scen, lab, ds, ms, mail, grp) in enumerate(PLAN):
        r = random.Random(135500 + n)
        date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 240))
        f = facts(r, ent, scen, lab, ds, ms, date, mail, grp)
        items.append(Item(stem, cond, [(notice(f), doc_truth(f))]))
    return items
