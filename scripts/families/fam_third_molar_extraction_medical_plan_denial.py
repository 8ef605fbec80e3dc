"""Family 'third_molar_extraction_medical_plan_denial': medical-plan letters and EOBs on wisdom tooth (third molar)
extraction by an oral surgeon billed to the medical plan (CDT D7210-D7240 or CPT 41899 with tooth numbers).

Erupted or soft-tissue impacted teeth are denied as dental care (submit to the dental plan); teeth completely
impacted in bone are covered under the medical plan (one paid EOB); deep sedation / general anesthesia given in the
office is denied while the extractions are paid; a Medicaid managed care plan denies an adult's extraction because
adult dental is covered only under the emergency exception (infection, swelling, trauma); an appeal decision upholds
a dental denial; a fax stack holds the oral surgeon's pre-authorization request and the plan's partial approval.

Decoys: the referring general dentist, the practice NPI, date of birth, the date the request or claim was received,
allowed / paid amounts, phone and fax numbers, the state fair-hearing and continuation limits.
Issuers (invented): Ossington Health Plan, Duskwater Mutual Health, Marshcombe Community Care (Medicaid managed
care), Gallowglen Health Partners. Practices: Cedarbluff Oral & Maxillofacial Surgery, P.A.; Brambury Oral Surgery
Associates; Stonereach Facial & Oral Surgery Group.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "third_molar_extraction_medical_plan_denial"
LANG = "en"
OSS = "Ossington Health Plan"
DUSK = "Duskwater Mutual Health"
MARSH = "Marshcombe Community Care"
GALLOW = "Gallowglen Health Partners"
PRACTICES = ["Cedarbluff Oral & Maxillofacial Surgery, P.A.", "Brambury Oral Surgery Associates",
             "Stonereach Facial & Oral Surgery Group"]
DENTISTS = [("Dr. Ifeoma R. Castellanos, DDS", "Pinegrove Family Dentistry"),
            ("Dr. Henrik L. Abiodun, DMD", "Lakeshore Smiles Dental"),
            ("Dr. Priyanka T. Moravec, DDS", "Old Orchard Dental Care")]
SURGEONS = ["Dr. Tomasz E. Okafor, DMD, MD", "Dr. Rosalind H. Nakagawa, DDS", "Dr. Emeka J. Lindqvist, DMD"]
FIRST = ["Soren", "Adaeze", "Kalani", "Matthias", "Noor", "Esperanza", "Declan", "Ayumi", "Tobias", "Zofia",
         "Rashida", "Caspian", "Lucía", "Ilse"]
LAST = ["Brannigan", "Okonkwo-Hale", "Vasilakis", "Thorsby", "Haddad", "Mwangi", "Kowalczyk", "Fairweather",
        "Delacroix", "Yamashiro", "Petrossian", "Achterberg"]
# (tooth, CDT code, description, low fee, high fee)
CDT = {"D7240": "Removal of impacted tooth - completely bony", "D7230": "Removal of impacted tooth - partially bony",
       "D7220": "Removal of impacted tooth - soft tissue", "D7210": "Extraction, erupted tooth, surgical"}
FEE = {"D7240": (520, 690), "D7230": (410, 540), "D7220": (330, 430), "D7210": (260, 350)}


def dd(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def facts(i: int, ds: str, codes: list[str], dependent: bool = False) -> dict:
    r = Rand(204500 + i)
    surg = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 200))
    letter = dd(surg, r.randint(18, 40))
    teeth = ["1", "16", "17", "32"][:len(codes)] if len(codes) < 4 else ["1", "16", "17", "32"]
    lines = []
    for t, c in zip(teeth, codes):
        lo, hi = FEE[c]
        lines.append((t, c, float(r.randint(lo, hi))))
    name = f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"
    sub = f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {name.split()[-1]}" if dependent else name
    den = r.choice(DENTISTS)
    return dict(r=r, ds=ds, surg=surg, letter=letter, lines=lines, name=name, sub=sub,
                mid=f"{r.letters(3)}{r.digits(9)}", grp=f"{r.randint(10, 99)}-{r.digits(5)}",
                claim=f"{r.digits(2)}{surg.strftime('%y')}{r.digits(9)}", ref=f"UM-{r.digits(7)}",
                practice=PRACTICES[i % 3], surgeon=SURGEONS[i % 3], npi=r.npi(), dentist=den[0], den_office=den[1],
                dob=dt.date(r.randint(1986, 2007), r.randint(1, 12), r.randint(1, 28)),
                recv=dd(surg, r.randint(5, 12)), sfx="-02" if dependent else "-01", phone=r.phone(), fax=f"1-555-{r.digits(3)}-{r.digits(4)}")


def fd(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"]) if f["ds"] != "dmon" else d.strftime("%-d %b %Y")


def total(f: dict, extra: float = 0.0) -> float:
    return sum(x[2] for x in f["lines"]) + extra


def labels(d: Doc, rows: list[tuple[str, str]], w: float = 50, size: float = 9.5) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, k)
        d.font(size)
        d.cell(0, size * 0.55, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def address(d: Doc, f: dict, who: str) -> None:
    r = f["r"]
    for ln in (who, f"{r.randint(14, 9800)} {r.choice(['Wexford Lane', 'Cobalt Street', 'Aspen Hollow Road'])}",
               r.choice(["Tarrant Falls, OH 43822", "New Almsbury, WI 53920", "Coldwater Bend, KY 40390"])):
        d.text_line(ln, 10)
    d.ln(4)


# ---------------------------------------------------------------- documents

def letter_dental(f: dict, issuer: str, variant: str) -> bytes:
    """Post-service denial letter: the teeth removed are dental care, not a medical-plan benefit."""
    d = Doc("Helvetica", footer=issuer + " - Claim determination   Page {p} of {n}")
    d.add_page()
    if issuer == OSS:
        d.set_font("Helvetica", "B", 18)
        d.cell(0, 8, "OSSINGTON", new_x="LMARGIN", new_y="NEXT")
        d.text_line("Ossington Health Plan  |  Medical Claims Review  |  PO Box 7710, Harlow Mills, OH 43099", 8.5)
    else:
        d.set_font("Times", "B", 16)
        d.cell(0, 7, GALLOW, align="C", new_x="LMARGIN", new_y="NEXT")
        d.set_font("Times", "", 9)
        d.cell(0, 4.5, "Claims Determination Unit - 400 Quarrystone Parkway - Elm Ridge, KY 40213", align="C",
               new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"Customer Service {f['phone']}  (TTY 711)", 8.5, align="C" if issuer == GALLOW else "L")
    d.rule(0.6, 4)
    d.text_line(fd(f, f["letter"]), 10)
    d.ln(2)
    address(d, f, f["sub"])
    d.text_line("Notice of claim denial - oral surgery billed to your medical plan", 11.5, "B")
    d.ln(1)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
            ("Claim number:", f["claim"]), ("Date of service:", fd(f, f["surg"])),
            ("Provider:", f"{f['practice']} (NPI {f['npi']})"),
            ("Referring dentist:", f"{f['dentist']}, {f['den_office']}"),
            ("Amount billed:", fmt_money(total(f))), ("Claim received:", fd(f, f["recv"]))]
    labels(d, rows, 44)
    if variant == "erupted":
        d.para(f"Dear {f['sub'].split()[0]}: We reviewed the claim from {f['practice']} for the removal of third "
               f"molars (wisdom teeth). The claim was billed with CPT 41899 (unlisted procedure, dentoalveolar "
               f"structures) and the dental codes shown below. Your medical plan does not cover dental services, "
               f"including the extraction of teeth, except for the removal of teeth that are completely impacted in "
               f"bone. The records show that these teeth were erupted or impacted only in soft tissue. This claim "
               f"is DENIED under Exclusions, Section 7.4 (Dental Services) of your Evidence of Coverage.", 10)
    else:
        d.para(f"Dear {f['sub'].split()[0]}: Our dental consultant reviewed the panoramic X-ray sent with this "
               f"claim. The third molars removed were partially erupted or only partly covered by bone. The medical "
               f"plan pays for the removal of third molars only when the teeth are completely impacted in bone, or "
               f"when removal is needed before radiation therapy or an organ transplant. Removal of these teeth is "
               f"dental care, so we cannot pay it under your medical benefits.", 10)
    d.table(["Tooth", "Procedure", "Description", "Billed"],
            [[t, f"41899 / {c}", CDT[c], fmt_money(a)] for t, c, a in f["lines"]]
            + [["*", "", "Total billed", fmt_money(total(f))]], [16, 32, 94, 30], size=9, aligns="LLLR")
    d.para("What you can do: send this claim to your dental plan or dental insurance carrier, with a copy of this "
           "letter. Your referring dentist's office may be able to help you file it.", 10)
    if variant == "erupted":
        d.para("Your right to appeal: you or your provider may ask for an appeal within 180 days of the date of this "
               "letter. Write to Ossington Health Plan, Appeals, PO Box 7712, Harlow Mills, OH 43099.", 10)
    else:
        dl = dd(f["letter"], 180)
        d.para(f"Your right to appeal: if you disagree, send a written appeal to Gallowglen Health Partners, Member "
               f"Appeals. Your appeal must be received by {fd(f, dl)}. Date of birth on file: {fd(f, f['dob'])}.", 10)
    d.para("Sincerely,\nMedical Claims Review", 10)
    return pdf_bytes(d)


def eob(f: dict, kind: str) -> bytes:
    """Duskwater EOB: extraction lines, plus office anesthesia lines (kind 'anes') or all paid (kind 'paid')."""
    d = Doc("Helvetica", footer="Duskwater Mutual Health - This is not a bill   Page {p} of {n}")
    d.add_page()
    d.set_fill_color(230, 230, 230)
    d.set_font("Helvetica", "B", 15)
    d.cell(0, 9, "  DUSKWATER MUTUAL HEALTH", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.text_line("EXPLANATION OF BENEFITS", 12, "B")
    d.text_line(f"Statement date: {fd(f, f['letter'])}      Member Services {f['phone']}", 9)
    d.ln(3)
    d.boxes([("Subscriber", f["sub"], 58), ("Patient", f["name"], 58), ("Member ID", f["mid"] + f["sfx"], 40),
             ("Group", f["grp"], 24)])
    d.boxes([("Claim number", f["claim"], 58), ("Provider", f["practice"], 96), ("Received", fd(f, f["recv"]), 26)],
            value_size=8.5)
    d.ln(4)
    rows, allowed_tot, paid_tot = [], 0.0, 0.0
    for t, c, a in f["lines"]:
        al = round(a * 0.82, 2)
        pd_ = round(al * 0.8, 2)
        allowed_tot += al
        paid_tot += pd_
        rows.append([fd(f, f["surg"]), f"41899 {c} #{t}", fmt_money(a, "nosign"), fmt_money(al, "nosign"),
                     fmt_money(pd_, "nosign"), "M1"])
    anes = 0.0
    if kind == "anes":
        units = f["r"].randint(3, 5)
        per = float(f["r"].randint(170, 240))
        anes = units * per
        rows.append([fd(f, f["surg"]), f"D9223 x{units}", fmt_money(anes, "nosign"), "0.00", "0.00", "AN7"])
    rows.append(["*Totals", "", fmt_money(total(f, anes), "nosign"), fmt_money(allowed_tot, "nosign"),
                 fmt_money(paid_tot, "nosign"), ""])
    d.table(["Service date", "Code / tooth", "Billed", "Allowed", "Plan paid", "Remark"], rows,
            [30, 40, 28, 28, 28, 20], size=8.5, aligns="LLRRRL", head_fill=True)
    d.text_line("Remarks", 10, "B")
    d.para("M1  Removal of a third molar completely impacted in bone (D7240) is covered under your medical plan "
           "(Medical Policy OS-114). Paid at 80% after the deductible.", 9)
    if kind == "anes":
        d.para("AN7  Deep sedation / general anesthesia (D9223) given in the dental or oral surgery office is not a "
               "covered medical benefit. Anesthesia for oral surgery is covered only in a hospital or ambulatory "
               "surgery center when medically necessary. The provider may bill you for this amount.", 9)
    d.para(f"Referred by {f['dentist']} ({f['den_office']}). Provider NPI {f['npi']}.", 9)
    d.para("Appeals: if you disagree with how this claim was processed, you may appeal within 180 days of the date "
           "of this statement. Call Member Services or write to Duskwater Mutual Health, Appeals Unit, "
           "PO Box 3390, Larch Hollow, WI 53188.", 9)
    f["anes"] = anes
    return pdf_bytes(d)


def medicaid_notice(f: dict) -> bytes:
    """Medicaid managed care notice: adult dental only under the emergency exception."""
    d = Doc("Helvetica", footer="MCC-NABD-DEN (Rev. 01/2026)   Page {p} of {n}")
    d.add_page()
    d.set_font("Helvetica", "B", 14)
    d.cell(0, 7, MARSH, new_x="LMARGIN", new_y="NEXT")
    d.text_line("A Medicaid managed care health plan  -  1180 Ferrier Street, Dunmore Flats, KY 40981", 8.5)
    d.text_line(f"Member Services {f['phone']}  TTY 711  -  Monday to Friday, 8 a.m. to 6 p.m.", 8.5)
    d.rule(0.8, 4)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", align="C")
    d.text_line("Date of this notice: " + fd(f, f["letter"]), 10, align="C")
    d.ln(4)
    address(d, f, f["name"])
    f["medicaid"] = f"{f['r'].digits(10)}"
    d.boxes([("Member name", f["name"], 60), ("Plan member ID", f["mid"], 46), ("Medicaid ID", f["medicaid"], 40),
             ("Date of birth", fd(f, f["dob"]), 34)])
    d.boxes([("Provider", f["practice"], 100), ("Claim number", f["claim"], 50), ("Date of service", fd(f, f["surg"]), 30)],
            value_size=8.5)
    d.boxes([("Service", "Removal of 4 impacted wisdom teeth (41899)", 100), ("Amount billed", fmt_money(total(f)), 40),
             ("Amount paid", "$0.00", 40)], value_size=9)
    d.ln(4)
    d.text_line("What we decided", 11, "B")
    d.para(f"We denied payment of the claim from {f['practice']} for the removal of your wisdom teeth on "
           f"{fd(f, f['surg'])}.", 10)
    d.text_line("Why we decided this", 11, "B")
    d.para("For members age 21 and older, Medicaid covers dental services only in an emergency: to treat an acute "
           "infection or abscess, swelling, uncontrolled bleeding, trauma to the mouth or severe pain. This is the "
           "emergency exception in the state Medicaid dental rules (907 KAR 1:026, Section 4). The records from "
           "your provider show impacted teeth with no infection, swelling or trauma. The extraction was planned, "
           f"not an emergency, so it is not a covered service for adults. Your dentist, {f['dentist']}, referred you.",
           10)
    d.text_line("Your right to appeal", 11, "B")
    dl = dd(f["letter"], 60)
    d.para(f"You have 60 days from the date of this notice to ask us for an appeal. Your appeal must reach us by "
           f"{fd(f, dl)}. You may call or write to us. If your health is in serious danger, ask for a fast appeal; we "
           "will decide within 72 hours.", 10)
    d.para("After our appeal decision, if you still disagree, you may ask for a State Fair Hearing within 120 days of "
           "the date of our appeal decision. If you are getting a service we are stopping, ask for your appeal "
           "within 10 days to keep the service during the appeal.", 10)
    d.para(f"Request received from provider: {fd(f, f['recv'])}. Provider NPI: {f['npi']}.", 9)
    return pdf_bytes(d)


def appeal_upheld(f: dict) -> bytes:
    """Gallowglen appeal decision upholding a dental denial (second-level appeal within 60 days)."""
    d = Doc("Times", footer="GHP-APL-220")
    d.add_page()
    d.set_font("Times", "B", 16)
    d.cell(0, 7, GALLOW, new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "I", 9.5)
    d.cell(0, 5, "Member Appeals Department", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.4, 4)
    d.text_line(fd(f, f["letter"]), 11)
    d.ln(2)
    address(d, f, f["name"])
    f["appeal_no"] = f"APL-{f['r'].digits(8)}"
    d.font(10.5, "B")
    d.multi_cell(0, 5.2, f"RE: Appeal number {f['appeal_no']}\nMember: {f['name']}     Member ID: {f['mid']}\n"
                 f"Original claim: {f['claim']}   Date of service: {fd(f, f['surg'])}\n"
                 f"Provider: {f['practice']}   Billed: {fmt_money(total(f), 'usd')}", new_x="LMARGIN",
                 new_y="NEXT")
    d.ln(3)
    d.para(f"Dear {f['name'].split()[0]} {f['name'].split()[-1]}:", 11)
    d.para(f"We received your appeal on {fd(f, f['recv'])} about our denial of the claim for the surgical extraction "
           f"of your wisdom teeth (D7210 erupted, billed under CPT 41899). An oral and maxillofacial surgeon who was "
           f"not involved in the first decision reviewed your appeal, the operative note and the X-ray report.", 11)
    d.para("Decision: we UPHOLD our denial. The teeth were fully erupted. Removing erupted teeth, even surgically, "
           "is a dental service that your medical plan excludes (Certificate of Coverage, Part 6, Dental Care). The "
           "letter from your general dentist, " + f["dentist"] + ", says the teeth were causing crowding; this is "
           "a dental reason and does not change the decision. Please send the claim to your dental plan.", 11)
    dl = dd(f["letter"], 60)
    d.para(f"If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter "
           f"(no later than {fd(f, dl)}). You may also have the right to an external review.", 11)
    d.para("Sincerely,\n\nAppeals Coordinator\nGallowglen Health Partners", 11)
    return pdf_bytes(d)


def preauth_request(f: dict) -> bytes:
    """The oral surgeon's faxed prior authorization request (a provider document)."""
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(f["practice"], 14, "B")
    d.text_line(f"{f['surgeon']}  -  NPI {f['npi']}  -  Phone {f['r'].phone()}  -  Fax {f['fax']}", 8.5)
    d.rule(0.8, 3)
    d.text_line("FAX - PRIOR AUTHORIZATION REQUEST (MEDICAL PLAN)", 12.5, "B")
    d.text_line(f"Date sent: {fd(f, f['req'])}      To: {OSS}, Utilization Management      Pages: 2", 9)
    d.ln(3)
    labels(d, [("Patient:", f["name"]), ("Date of birth:", fd(f, f["dob"])), ("Subscriber:", f["sub"]),
               ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Planned surgery date:", fd(f, f["surg"])),
               ("Place of service:", "Office (POS 11), IV sedation by the surgeon"),
               ("Diagnosis:", "K01.1 Impacted teeth; K05.20 pericoronitis history"),
               ("Referring dentist:", f"{f['dentist']}, {f['den_office']}")], 46)
    d.table(["Tooth", "CDT", "CPT", "Description", "Fee"],
            [[t, c, "41899", CDT[c], fmt_money(a)] for t, c, a in f["lines"]]
            + [["*", "", "", "Total requested", fmt_money(total(f))]], [14, 18, 18, 96, 26], size=8.5,
            aligns="LLLLR")
    d.para("Clinical summary: panoramic X-ray (attached) shows teeth 1 and 16 completely covered by bone and teeth "
           "17 and 32 partially erupted with soft tissue coverage. Recurrent pain on the lower left. We ask that the "
           "extractions be reviewed under the medical plan's impacted-teeth benefit.", 9.5)
    d.para(f"Please fax the determination to {f['fax']}. Thank you. - Surgical coordinator", 9.5)
    return pdf_bytes(d)


def preauth_reply(f: dict) -> bytes:
    """Ossington UM's reply: bony impactions approved, soft-tissue impactions denied as dental."""
    d = Doc("Helvetica", footer="OHP-UM-PA Determination   Page {p} of {n}")
    d.add_page()
    d.set_font("Helvetica", "B", 18)
    d.cell(0, 8, "OSSINGTON", new_x="LMARGIN", new_y="NEXT")
    d.text_line("Ossington Health Plan  |  Utilization Management  |  Fax 1-555-014-2290", 8.5)
    d.rule(0.6, 4)
    d.text_line("PRIOR AUTHORIZATION DETERMINATION", 12.5, "B")
    d.ln(1)
    labels(d, [("Determination date:", fd(f, f["letter"])), ("Reference number:", f["ref"]),
               ("Request received:", fd(f, f["req"])), ("Member:", f["name"]), ("Member ID:", f["mid"]),
               ("Group number:", f["grp"]), ("Requesting provider:", f["practice"]),
               ("Requested date of service:", fd(f, f["surg"]))], 52)
    rows = []
    for t, c, _ in f["lines"]:
        rows.append([t, f"41899 ({c})", "APPROVED" if c == "D7240" else "DENIED"])
    d.table(["Tooth", "Procedure", "Decision"], rows, [20, 50, 40], size=9)
    d.para("Teeth 1 and 16 are completely impacted in bone and are approved under the medical plan's benefit for "
           "impacted teeth. Teeth 17 and 32 are impacted only in soft tissue. Their removal is a dental service that "
           "the medical plan does not cover (Evidence of Coverage, Section 7.4). Please submit those two teeth to "
           "the member's dental plan. Approval is not a guarantee of payment; eligibility is checked when the claim "
           "is received. Office IV sedation was not reviewed in this request.", 9.5)
    d.para("The member or the provider may appeal the denied part of this decision within 180 days of the date of "
           "this notice. A copy of this notice was mailed to the member.", 9.5)
    return pdf_bytes(d)


# ---------------------------------------------------------------- truth and items

def base(f: dict, insurer: str | None, **kw) -> dict:
    c = dict(insurer=insurer, member_id=f["mid"], member_name=f["name"], group_number=f["grp"],
             provider=f["practice"], service_dates=[iso(f["surg"])], denial_date=iso(f["letter"]))
    c.update(kw)
    return c


def documents(rng: random.Random) -> list[Item]:
    out = []
    # 1. Ossington letter: erupted / soft-tissue teeth denied as dental, appeal 180 days of the letter
    f = facts(1, "long", ["D7220", "D7220", "D7210", "D7210"])
    out.append(Item(f"{FAMILY}_bg_bd_letter_denied_as_dental", "born_digital", [(letter_dental(f, OSS, "erupted"), truth(
        "denial_letter", "not_covered", **base(f, OSS, case_numbers=[f["claim"]], claim_amount=m2(total(f)),
                                                appeal_deadline=iso(dd(f["letter"], 180)))))]))
    # 2. Duskwater EOB: bony impactions paid, office deep sedation denied
    f = facts(2, "slash", ["D7240"] * 4, dependent=True)
    pdf = eob(f, "anes")
    out.append(Item(f"{FAMILY}_bg_bd_eob_office_anesthesia_denied", "born_digital", [(pdf, truth(
        "eob", "not_covered", **base(f, DUSK, member_id=f["mid"] + f["sfx"], case_numbers=[f["claim"]],
                                      claim_amount=m2(total(f, f["anes"])),
                                      appeal_deadline=iso(dd(f["letter"], 180)),
                                      alternates={"claim_amount": [m2(f["anes"])], "member_id": [f["mid"]]},
                                      denial_alternates=["level_of_care"])))]))
    # 3. Medicaid managed care: adult, not an emergency
    f = facts(3, "abbr", ["D7240", "D7240", "D7230", "D7230"])
    pdf = medicaid_notice(f)
    out.append(Item(f"{FAMILY}_bg_scan300_medicaid_adult_not_emergency", "scan_clean_300", [(pdf, truth(
        "denial_letter", "not_covered", **base(f, MARSH, group_number=None, case_numbers=[f["claim"]],
                                                claim_amount=m2(total(f)), appeal_deadline=iso(dd(f["letter"], 60)),
                                                alternates={"member_id": [f["medicaid"]]},
                                                denial_alternates=["medical_necessity"])))]))
    # 4. Duskwater EOB: all four bony impactions paid under the medical plan
    f = facts(4, "iso", ["D7240"] * 4)
    f["sub"] = f["name"]
    pdf = eob(f, "paid")
    out.append(Item(f"{FAMILY}_bg_lowres_eob_bony_impaction_paid", "scan_lowres_150", [(pdf, truth(
        "eob", None, **base(f, DUSK, member_id=f["mid"] + f["sfx"], case_numbers=[f["claim"]],
                             claim_amount=m2(total(f)), appeal_deadline=iso(dd(f["letter"], 180)),
                             alternates={"appeal_deadline": [None], "member_id": [f["mid"]]})))]))
    # 5. Gallowglen appeal decision upheld (erupted teeth, D7210)
    f = facts(5, "dmy", ["D7210", "D7210"])
    pdf = appeal_upheld(f)
    out.append(Item(f"{FAMILY}_bg_copy_appeal_upheld_erupted", "photocopy", [(pdf, truth(
        "denial_letter", "not_covered", **base(f, GALLOW, group_number=None, case_numbers=[f["appeal_no"], f["claim"]],
                                                claim_amount=m2(total(f)), appeal_deadline=iso(dd(f["letter"], 60)),
                                                alternates={"case_numbers": [[f["appeal_no"]]]})))]))
    # 6. fax stack: cover + oral surgeon's prior authorization request + plan's partial approval
    f = facts(6, "dmon", ["D7240", "D7240", "D7220", "D7220"], dependent=True)
    f["surg"] = dd(f["letter"], 21)       # planned date after the decision
    f["req"] = dd(f["letter"], -4)
    t_req = truth("other", None, unscored=["insurer"],
                  alternates={"claim_amount": [None],
                              "provider": [f["surgeon"].replace("Dr. ", "").split(",")[0]]},
                  **base(f, None, denial_date=iso(f["req"]), case_numbers=[], claim_amount=m2(total(f)),
                         appeal_deadline=None))
    t_rep = truth("denial_letter", "not_covered",
                  **base(f, OSS, case_numbers=[f["ref"]], claim_amount=None,
                         appeal_deadline=iso(dd(f["letter"], 180)),
                         denial_alternates=["medical_necessity"]))
    out.append(Item(f"{FAMILY}_bg_faxfine_stack_preauth_request_and_reply", "fax_fine_g4",
                    [(preauth_request(f), t_req), (preauth_reply(f), t_rep)], separators=["cover", None]))
    # 7. Gallowglen letter: partly bony / soft tissue, printed appeal date
    f = facts(7, "upper", ["D7230", "D7230", "D7220", "D7220"])
    pdf = letter_dental(f, GALLOW, "partial")
    out.append(Item(f"{FAMILY}_bg_rotated_letter_partial_bony_dental", "rotated", [(pdf, truth(
        "denial_letter", "not_covered", **base(f, GALLOW, case_numbers=[f["claim"]], claim_amount=m2(total(f)),
                                                appeal_deadline=iso(dd(f["letter"], 180)))))]))
    return out
