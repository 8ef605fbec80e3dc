"""Family 'medicare_rac_overpayment_demand_letter': Recovery Audit Contractor (RAC) review result and demand
letters, a MAC overpayment demand letter and the beneficiary's copy of the notice after a complex or automated
review (invented contractors, providers, people and numbers).

A RAC reviews paid Medicare claims; when it finds an improper payment the provider (the hospital or clinic, also
the letter's addressee) gets a review result letter and a demand for the overpayment: an inpatient stay found not
reasonable and necessary (care could have been given as outpatient / observation), a DRG changed after coding
validation, units over the limit for a drug or service. Letters show the beneficiary, the Medicare number (MBI or
an older HICN), the claim control number (ICN), the RAC review ID, dates of service, the amount paid versus the
overpayment, the letter date, a 15-day rebuttal deadline, the recoupment date (day 41) and the redetermination
deadline (120 days) - each a decoy of the others. One letter finds no improper payment; one arrives by fax.

Issuers: Corvallen Recovery Audit Solutions, LLC (RAC Region 3; bold left wordmark over a rule),
Ostrander Government Health Administrators (MAC Jurisdiction K; centred serif letterhead).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "medicare_rac_overpayment_demand_letter"
LANG = "en"
RAC = "Corvallen Recovery Audit Solutions, LLC"
MAC = "Ostrander Government Health Administrators"
FIRST = ["Auberon", "Chiamaka", "Leopoldo", "Fenella", "Dariusz", "Sakura", "Ignatius", "Wilhelmina", "Tariq",
         "Rosalind", "Bartholomew", "Yevgenia"]
LAST = ["Quarrington", "Nwachukwu", "Castellanos", "Pryzbylski", "Featherstone", "Hagopian", "Ulvaeus",
        "Mbatha", "Kowalczyk", "Delacroix-Hayes"]
HOSP = [("Brindlemoor Regional Medical Center", "4410 Gantry Road", "Sallow Creek, OH 44890"),
        ("St. Ottoline Community Hospital", "77 Weaver's Row", "Harkett, IN 47991"),
        ("Pellham Valley Oncology Clinic", "1209 Larchmont Pike", "Dunmore Falls, KY 41880")]


def person(r: random.Random) -> str:
    return f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"


def mbi(r: random.Random) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    return (r.choice("123456789") + r.choice(a) + r.choice(a + "0123456789") + r.choice("0123456789") + r.choice(a)
            + r.choice(a + "0123456789") + r.choice("0123456789") + r.choice(a) + r.choice(a)
            + r.choice("0123456789") + r.choice("0123456789"))


def dd(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def facts(seed: int, ds: str, kind: str, hosp: int) -> dict:
    r = random.Random(199500 + seed)
    letter = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    adm = dd(letter, -r.randint(300, 700))
    los = r.randint(1, 3)
    billed = r.randint(9000, 48000) + r.choice([0, 0.5, 0.25, 0.8])
    paid = round(billed * r.uniform(0.28, 0.45), 2)
    over = paid if kind == "inpatient" else round(paid * r.uniform(0.2, 0.55), 2)
    if kind == "units":
        billed = r.randint(2400, 9800) + 0.0
        paid = round(billed * 0.52, 2)
        over = round(paid * r.uniform(0.3, 0.6), 2)
    h = HOSP[hosp]
    return dict(r=r, ds=ds, kind=kind, letter=letter, adm=adm, dis=dd(adm, los), name=person(r), mid=mbi(r),
                hicn=r.choice("1234567") + "".join(r.choice("0123456789") for _ in range(8)) + "A",
                icn="".join(r.choice("0123456789") for _ in range(13)),
                review=f"R3-{r.choice(['CR', 'AR'])}-{letter.year}-{r.randint(100000, 999999)}",
                ptan=str(r.randint(100000, 399999)), npi=r.choice("12") + "".join(r.choice("0123456789") for _ in range(9)),
                billed=m2(billed), paid=m2(paid), over=m2(over), hosp=h, attending=person(r),
                dob=dt.date(r.randint(1936, 1958), r.randint(1, 12), r.randint(1, 28)),
                adr=dd(letter, -r.randint(60, 150)), phone=f"1-866-{r.randint(200, 999)}-{r.randint(1000, 9999)}")


def fd(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


FINDING = {
    "inpatient": ("Medical record review found that the inpatient admission was not reasonable and necessary. The "
                  "documentation does not support an expectation that the beneficiary would require hospital care "
                  "spanning two midnights; the services could have been safely furnished in an outpatient or "
                  "observation setting. The Part A inpatient payment is therefore denied in full. You may be able to "
                  "rebill the medically necessary ancillary services under Part B (type of bill 12X)."),
    "drg": ("Coding validation found that the principal diagnosis billed is not supported by the medical record. "
            "The DRG billed, {old}, was changed to DRG {new} after the secondary diagnosis of acute respiratory "
            "failure (MCC) was removed as not documented by the treating physician. The difference in payment is "
            "an overpayment."),
    "units": ("Automated review found that the units billed for HCPCS J9271 (injection, pembrolizumab, 1 mg) on the "
              "date of service exceed the maximum units allowed per day for this drug. Units billed: {ub}; units "
              "allowed: {ua}. Payment for the units over the limit is an overpayment. No medical records were "
              "requested for this automated review."),
}


def finding(f: dict) -> str:
    return FINDING[f["kind"]].format(old=f.get("old", "871"), new=f.get("new", "872"), ub=f.get("ub", 400),
                                     ua=f.get("ua", 200))


def dates_line(f: dict) -> str:
    if f["kind"] == "units":
        return fd(f, f["adm"])
    return f"{fd(f, f['adm'])} - {fd(f, f['dis'])}"


def svc(f: dict) -> list[str]:
    return [iso(f["adm"])] if f["kind"] == "units" else [iso(f["adm"], f["dis"])]


def addressee(d: Doc, f: dict) -> None:
    h = f["hosp"]
    for ln in ("Attn: Patient Financial Services / Medicare Audit Coordinator", h[0], h[1], h[2]):
        d.text_line(ln, 10)
    d.ln(4)


def rac_letter(f: dict, demand: bool = True, nofind: bool = False) -> bytes:
    d = Doc("Helvetica", footer="Corvallen RAC Region 3 - " + ("RRL" if not demand else "DL") + "-07   Page {p} of {n}")
    d.add_page()
    d.set_font("Helvetica", "B", 18)
    d.cell(0, 8, "CORVALLEN", new_x="LMARGIN", new_y="NEXT")
    d.text_line("Recovery Audit Solutions, LLC  |  Medicare Recovery Audit Contractor - Region 3", 9)
    d.text_line(f"PO Box 40118, Tessaly, MO 63117   Provider portal: corvallen-rac.example   {f['phone']}", 8)
    d.rule(0.6, 4)
    d.text_line(fd(f, f["letter"]), 10)
    d.ln(3)
    addressee(d, f)
    title = ("REVIEW RESULTS LETTER - NO IMPROPER PAYMENT IDENTIFIED" if nofind else
             "REVIEW RESULTS AND OVERPAYMENT DEMAND LETTER" if demand else "REVIEW RESULTS LETTER")
    d.text_line(title, 11.5, "B")
    d.ln(2)
    rows = [("Provider", f["hosp"][0]), ("NPI / PTAN", f"{f['npi']} / {f['ptan']}"),
            ("Beneficiary", f["name"]), ("Medicare Number (MBI)", f["mid"]),
            ("Claim Control Number (ICN)", f["icn"]), ("RAC Review ID", f["review"]),
            ("Dates of Service", dates_line(f)), ("Review type", "Complex" if f["kind"] != "units" else "Automated")]
    if f["kind"] != "units":
        rows.append(("ADR letter date", fd(f, f["adr"])))
    for k, v in rows:
        d.font(9.5, "B")
        d.cell(58, 5.2, k + ":")
        d.font(9.5)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    if nofind:
        d.para(f"Dear Provider: {RAC}, the Recovery Audit Contractor for Medicare Region 3, completed a complex "
               f"review of the claim above using the medical records you submitted in response to our additional "
               f"documentation request. We found that the claim was billed and paid correctly. No improper payment "
               f"was identified, and no action is required from you. This review is closed.", 10)
        d.para("Claim total charges: " + fmt_money(f["billed"]) + ".   Medicare paid: " + fmt_money(f["paid"]) + ".", 10)
        d.para(f"Because no overpayment was found, there is nothing to appeal. Questions may be directed to our "
               f"provider services line at {f['phone']}.", 10)
        d.para("Sincerely,\nMedical Review Department\n" + RAC, 10)
        return pdf_bytes(d)
    d.text_line("Findings", 10.5, "B")
    d.para(finding(f), 10)
    d.table(["Total charges", "Medicare paid", "Corrected payment", "Overpayment amount"],
            [[fmt_money(f["billed"]), fmt_money(f["paid"]), fmt_money(m2(float(f["paid"]) - float(f["over"]))),
              fmt_money(f["over"])]], [42, 42, 46, 46], size=9.5, aligns="RRRR")
    reb = dd(f["letter"], 15)
    rec = dd(f["letter"], 41)
    red = dd(f["letter"], 120)
    d.text_line("Your options", 10.5, "B")
    d.para(f"Discussion period / rebuttal: You may submit a rebuttal statement or request a discussion with our "
           f"medical director. A rebuttal must be received within 15 days of the date of this letter (by "
           f"{fd(f, reb)}). A rebuttal is not an appeal.", 10)
    d.para(f"Recoupment: If the overpayment of {fmt_money(f['over'])} is not paid in full, Medicare will begin "
           f"recouping it from your payments on {fd(f, rec)} (day 41), unless a valid redetermination request is "
           f"received within 30 days of this letter. Interest accrues from the date of this letter.", 10)
    d.para(f"Redetermination (first level of appeal): If you disagree with this determination, file a request "
           f"for redetermination with the Medicare Administrative Contractor, {MAC}, within 120 days of the date "
           f"you receive this letter. Requests must be received no later than {fd(f, red)}. Use form CMS-20027 and "
           f"include the ICN and this review ID.", 10)
    d.para(f"The attending physician listed on the claim was {f['attending']}, M.D.; this determination concerns "
           f"the facility claim only.", 9)
    d.para("Sincerely,\nOverpayment Recovery Unit\n" + RAC, 10)
    return pdf_bytes(d)


def mac_letter(f: dict) -> bytes:
    d = Doc("Times", footer="OGHA-OP-DL1    Page {p} of {n}")
    d.add_page()
    d.set_font("Times", "B", 16)
    d.cell(0, 7, MAC, align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 9)
    d.cell(0, 4.5, "Medicare Administrative Contractor - Jurisdiction K  -  Part A Overpayment Recovery",
           align="C", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.5, f"PO Box 7120, Cromwell Heights, NY 12204  -  Provider Contact Center {f['phone']}",
           align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.text_line("Letter date: " + fd(f, f["letter"]), 10.5)
    d.ln(2)
    addressee(d, f)
    d.text_line("RE: Initial Request for Repayment of Medicare Overpayment", 11, "B")
    d.ln(1)
    d.boxes([("Beneficiary name", f["name"], 60), ("HICN", f["hicn"], 46), ("Date of birth", fd(f, f["dob"]), 40),
             ("Provider number", f["ptan"], 34)])
    d.boxes([("Internal control number", f["icn"], 60), ("Recovery auditor review ID", f["review"], 66),
             ("From - Through", dates_line(f), 54)])
    d.ln(4)
    d.para(f"Dear Medicare Provider: This letter is to notify you that an overpayment was identified by the "
           f"Recovery Audit Contractor, {RAC}, on the claim above for {f['hosp'][0]}. " + finding(f), 10.5)
    d.table(["Claim", "Billed charges", "Original payment", "Revised payment", "Overpayment"],
            [[f["icn"], fmt_money(f["billed"], "nosign"), fmt_money(f["paid"], "nosign"),
              fmt_money(m2(float(f["paid"]) - float(f["over"])), "nosign"), fmt_money(f["over"], "nosign")]],
            [42, 32, 34, 34, 32], size=9, aligns="LRRRR")
    d.para(f"Total amount due: {fmt_money(f['over'])}. Please pay within 30 days. If we do not receive payment in "
           f"full, recoupment of the balance will begin on {fd(f, dd(f['letter'], 41))}.", 10.5)
    d.para(f"Appeal rights: You may request a redetermination within 120 days from the date you receive this "
           f"letter (no later than {fd(f, dd(f['letter'], 120))}). To stop recoupment, the request must be "
           f"received within 30 days. A rebuttal may be submitted within 15 days; it is not an appeal.", 10.5)
    d.para("Sincerely,\nOverpayment Recovery Department", 10.5)
    return pdf_bytes(d)


def bene_notice(f: dict) -> bytes:
    d = Doc("Helvetica", footer="Beneficiary copy - CRAS-BN-2")
    d.add_page()
    d.set_font("Helvetica", "B", 16)
    d.cell(0, 8, "CORVALLEN", new_x="LMARGIN", new_y="NEXT")
    d.text_line("Recovery Audit Solutions, LLC - Medicare Recovery Audit Contractor", 9)
    d.rule(0.6, 4)
    d.text_line(fd(f, f["letter"]), 10)
    d.ln(2)
    d.text_line(f["name"], 10)
    d.text_line("Medicare Number: " + f["mid"], 10)
    d.ln(4)
    d.text_line("Notice to Medicare Beneficiary - Review of a Hospital Claim", 12, "B")
    d.text_line("THIS IS NOT A BILL", 10, "B")
    d.ln(2)
    d.para(f"Medicare has reviewed a claim from {f['hosp'][0]} for your hospital stay from "
           f"{dates_line(f).replace(' - ', ' to ')}. " + finding(f), 10.5)
    d.para(f"The hospital was told on this date that Medicare paid too much ({fmt_money(f['over'])} of "
           f"{fmt_money(f['paid'])} paid; the hospital's total charges were {fmt_money(f['billed'])}). Claim number "
           f"(ICN): {f['icn']}. Review ID: {f['review']}.", 10.5)
    d.para("In most cases you are not responsible for this overpayment, because the hospital is expected to know "
           "Medicare's rules. If the hospital bills you, call 1-800-MEDICARE.", 10.5)
    d.para(f"If you disagree with this decision you may ask for a redetermination within 120 days of the date "
           f"you receive this notice (by {fd(f, dd(f['letter'], 120))}).", 10.5)
    return pdf_bytes(d)


def t_of(f: dict, issuer: str, mid: str, denial: str, alt: list | None = None, bene: bool = False) -> dict:
    kw = {}
    if alt:
        kw["denial_alternates"] = alt
    if bene:
        kw["type_alternates"] = ["other"]
    return truth("denial_letter", denial, insurer=issuer, member_id=mid, member_name=f["name"],
                 case_numbers=[f["icn"], f["review"]], claim_amount=f["billed"], service_dates=svc(f),
                 denial_date=iso(f["letter"]), provider=f["hosp"][0], appeal_deadline=iso(dd(f["letter"], 120)),
                 alternates={"claim_amount": [f["over"]], "case_numbers": [[f["icn"]]]}, **kw)


def documents(rng: random.Random) -> list[Item]:
    out = []
    f = facts(1, "long", "inpatient", 0)
    out.append(Item(f"{FAMILY}_be_inpatient_not_reasonable", "born_digital",
                    [(rac_letter(f), t_of(f, RAC, f["mid"], "level_of_care", ["medical_necessity"]))]))
    f = facts(2, "slash", "drg", 1)
    f.update(old="871", new="872")
    out.append(Item(f"{FAMILY}_be_mac_drg_change", "scan_clean_300",
                    [(mac_letter(f), t_of(f, MAC, f["hicn"], "coding_error"))]))
    f = facts(3, "abbr", "units", 2)
    f.update(ub=400, ua=200)
    out.append(Item(f"{FAMILY}_be_units_over_limit", "scan_lowres_150",
                    [(rac_letter(f), t_of(f, RAC, f["mid"], "coding_error", ["medical_necessity"]))]))
    f = facts(4, "dmy", "inpatient", 1)
    out.append(Item(f"{FAMILY}_be_beneficiary_copy", "photocopy",
                    [(bene_notice(f), t_of(f, RAC, f["mid"], "level_of_care", ["medical_necessity"], bene=True))]))
    f = facts(5, "iso", "inpatient", 0)
    t = truth("other", None, insurer=RAC, member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["icn"], f["review"]], claim_amount=f["billed"], service_dates=svc(f),
              denial_date=iso(f["letter"]), provider=f["hosp"][0], alternates={"case_numbers": [[f["icn"]]]})
    out.append(Item(f"{FAMILY}_be_no_findings", "born_digital", [(rac_letter(f, nofind=True), t)]))
    f = facts(6, "slash", "drg", 0)
    f.update(old="291", new="292")
    out.append(Item(f"{FAMILY}_be_fax_rac_drg_demand", "fax_fine_g4",
                    [(rac_letter(f), t_of(f, RAC, f["mid"], "coding_error"))], separators=["cover"]))
    f = facts(7, "abbr", "inpatient", 2)
    out.append(Item(f"{FAMILY}_be_rotated_mac_inpatient", "rotated",
                    [(mac_letter(f), t_of(f, MAC, f["hicn"], "level_of_care", ["medical_necessity"]))]))
    return out
