"""Family 'stool_dna_colorectal_screening_frequency_denial': plan, Medicare Advantage and Medicare notices and EOBs
on multitarget stool DNA screening (CPT 81528, older HCPCS G0464): denied because the last stool DNA test was less
than 3 years earlier, denied because a screening colonoscopy within 10 years is on file, the lab out of network,
and the follow-up colonoscopy after a positive stool DNA result billed as diagnostic with a deductible and
coinsurance (an EOB that denies nothing). One Spanish Medicare Summary Notice; one photocopy. All values invented.

Issuers: Tidewell Senior Advantage (MA EOB; rotated upheld reconsideration), Ambergate Health Assurance
(commercial letter and cost-sharing EOB), Medicare (Spanish MSN), Orchard Vale Health Plan (out-of-network lab
letter, photocopy), Coldbrook Benefit Administrators (provider claim denial to the lab, fax).
Decoys: the ordering clinician (and NPI), the date of the prior stool DNA test or colonoscopy, dates of birth,
the date the claim was received, the specimen/accession number, ICD-10 codes, plan paid / you owe amounts.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, m2, pdf_bytes, truth

FAMILY = "stool_dna_colorectal_screening_frequency_denial"
LANG = "en"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

TID = "Tidewell Senior Advantage"
AMB = "Ambergate Health Assurance"
MEDICARE = "Medicare"
ORV = "Orchard Vale Health Plan"
COL = "Coldbrook Benefit Administrators"
LABS = ["Sallowmere Molecular Laboratories", "Quillfield Genomic Diagnostics, LLC", "Brackenridge Molecular Lab",
        "Norhaven Precision Laboratory", "Tesselwood Diagnostics, Inc.", "Quillfield Genomic Diagnostics, LLC",
        "Sallowmere Molecular Laboratories"]
ORDERING = ["Dr. Oluwaseun T. Adebayo", "Dr. Katarzyna M. Wisniewska", "Dr. Ravindra S. Kulkarni",
            "Dr. Fionnuala B. Keane", "Dr. Tomasz R. Zielinski", "Dr. Ngozi A. Eze", "Dr. Haruki J. Morimoto"]
GI = "Lindqvist Digestive Health Associates"


def base(i: int) -> tuple[Rand, dict]:
    r = Rand(242500 + i)
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 160))
    dos = notice - dt.timedelta(days=r.randint(20, 45))
    prev = dos - dt.timedelta(days=r.randint(420, 950))  # within 3 years
    colo = dos - dt.timedelta(days=r.randint(1500, 3000))  # within 10 years
    return r, dict(member=r.person("es" if i == 3 else "en"), addr=r.address("es" if i == 3 else "en"),
                   notice=notice, dos=dos, prev=prev, colo=colo, lab=LABS[i], ordering=ORDERING[i], npi=r.npi(),
                   onpi=r.npi(), phone=r.phone(), acc="SP" + r.digits(8),
                   dob=dt.date(r.randint(1948, 1975), r.randint(1, 12), r.randint(1, 28)))


def mbi(r: Rand) -> str:
    return (f"{r.randint(1, 9)}{r.letters(1)}{r.digits(1)}{r.letters(1)}-{r.letters(1)}{r.digits(1)}"
            f"{r.letters(1)}-{r.letters(1)}{r.digits(2)}{r.letters(1)}")


def kv(d: Doc, rows, lw: float = 42, size: float = 10, h: float = 5.4, x: float | None = None) -> None:
    for k, v in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, k)
        d.font(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- 1. MA EOB, within 3 years (born digital)
def ma_eob(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "TSA" + r.digits(8)
    claim = "26" + r.digits(9)
    other_claim = "26" + r.digits(9)
    charge = 592.0 + r.randint(0, 120)
    ov = 165.0 + r.randint(0, 60)
    deadline = f["notice"] + dt.timedelta(days=65)
    d = Doc("Helvetica", footer="Tidewell Senior Advantage  -  Explanation of Benefits  -  Page {p} of {n}")
    d.add_page()
    d.text_line("TIDEWELL SENIOR ADVANTAGE", 16, "B")
    d.text_line("Tidewell Medicare Complete (HMO-POS)  |  H4417-006", 9.5)
    d.rule(0.8, 3)
    y = d.get_y()
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 10)
    d.set_xy(112, y)
    kv(d, [("Member ID:", mid), ("Statement date:", fmt_date(f["notice"], "long")),
           ("Date of birth:", fmt_date(f["dob"], "long"))], lw=32, size=9, h=4.8, x=112)
    d.ln(5)
    d.text_line("Your Explanation of Benefits (EOB) - this is not a bill", 12, "B")
    d.ln(1)
    d.text_line(f"Claim {other_claim}  -  {f['ordering']} (office visit)", 9.5, "B")
    d.table(["Date", "Service", "Charged", "Plan allowed", "Plan paid", "You owe", "Note"],
            [[fmt_date(f["dos"] - dt.timedelta(days=9), "slash"), "Office visit, est. patient 99214",
              fmt_money(ov), fmt_money(round(ov * 0.6, 2)), fmt_money(round(ov * 0.6, 2) - 15), "$15.00", "--"]],
            [24, 62, 22, 24, 20, 18, 12], size=8.3, aligns="LLRRRRL")
    d.text_line(f"Claim {claim}  -  {f['lab']}  -  ordered by {f['ordering']}", 9.5, "B")
    d.table(["Date", "Service", "Charged", "Plan allowed", "Plan paid", "You owe", "Note"],
            [[fmt_date(f["dos"], "slash"), "Stool DNA colorectal screen 81528", fmt_money(charge), "$0.00",
              "$0.00", "$0.00", "X7"]],
            [24, 62, 22, 24, 20, 18, 12], size=8.3, aligns="LLRRRRL")
    d.text_line("Note X7 - why we did not pay", 10, "B")
    d.para(f"Multitarget stool DNA screening (such as 81528) is covered once every 3 years for members 45 to 85 "
           f"with no symptoms. Our records show a stool DNA test paid on {fmt_date(f['prev'], 'slash')}. This test "
           f"was done before 3 years had passed, so it is not covered (CARC 119). The lab may not bill you for it "
           f"unless you signed a notice agreeing to pay.", 9)
    d.text_line("Want to appeal?", 10, "B")
    d.para(f"If you disagree with our decision on claim {claim}, ask for a reconsideration within 65 days of the "
           f"statement date. Call Member Services at {f['phone']} (TTY 711), 8 a.m. to 8 p.m.", 9)
    t = truth("eob", "not_covered", "en", insurer=TID, plan_id="H4417-006", member_id=mid, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(charge), service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["lab"], appeal_deadline=deadline.isoformat(),
              alternates={"plan_id": [None]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2. commercial EOB, follow-up colonoscopy cost share
def followup_eob(i: int):
    r, f = base(i)
    m = f["member"]
    sub = r.person()
    mid = "AMB" + r.digits(9)
    grp = "G" + r.digits(6)
    claim = r.digits(4) + "-" + r.digits(7)
    colo_dos = f["dos"] + dt.timedelta(days=r.randint(24, 40))
    stmt = colo_dos + dt.timedelta(days=r.randint(18, 30))
    lines = [("45380", "Colonoscopy with biopsy", 1840.0 + r.randint(0, 300)),
             ("88305", "Surgical pathology, level IV", 212.0 + r.randint(0, 60)),
             ("00811", "Anesthesia, lower GI endoscopy", 690.0 + r.randint(0, 120))]
    total = sum(x[2] for x in lines)
    rows, owe_total = [], 0.0
    for code, desc, amt in lines:
        allowed = round(amt * 0.47, 2)
        ded = round(min(allowed, 350.0), 2) if code == "45380" else 0.0
        coins = round((allowed - ded) * 0.2, 2)
        owe_total += ded + coins
        rows.append([fmt_date(colo_dos, "dmy"), f"{code} {desc}", fmt_money(amt), fmt_money(allowed),
                     fmt_money(ded), fmt_money(coins), fmt_money(allowed - ded - coins), "DX2"])
    rows.append(["*Total", "", fmt_money(total), "", "", "", "", ""])
    d = Doc("Times", footer="Ambergate Health Assurance - EOB - page {p}/{n}")
    d.add_page()
    d.text_line(AMB, 16, "B")
    d.text_line("Explanation of Benefits  -  THIS IS NOT A BILL", 10)
    d.rule(0.5, 3)
    kv(d, [("Subscriber", sub[0]), ("Patient", m[0]), ("Member ID", mid), ("Group no.", grp),
           ("Claim no.", claim), ("Processed", fmt_date(stmt, "dmy")), ("Provider", GI),
           ("Referred by", f"{f['ordering']}  NPI {f['onpi']}")], lw=34, size=10)
    d.ln(3)
    d.table(["Service date", "Service", "Billed", "Allowed", "Deductible", "Coinsurance", "Plan paid", "Rmk"],
            rows, [24, 52, 20, 20, 18, 20, 20, 10], size=8.2, aligns="LLRRRRRL")
    d.text_line("Remark DX2", 10.5, "B")
    d.para(f"This colonoscopy was billed as diagnostic because it followed a positive stool DNA screening test "
           f"(81528, {f['lab']}, collected {fmt_date(f['dos'], 'dmy')}; ICD-10 R19.5). Under your plan a "
           f"colonoscopy done to follow up an abnormal non-invasive screening test is a diagnostic procedure, so your "
           f"deductible and coinsurance apply. Your share for this claim is {fmt_money(owe_total)}.", 9.8)
    d.para("If you think this claim should have been paid as preventive care, you may ask for a review within 180 "
           f"days of receiving this statement. Customer Service: {f['phone']}.", 9.8)
    t = truth("other", None, "en", insurer=AMB, group_number=grp, member_id=mid, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[colo_dos.isoformat()],
              denial_date=stmt.isoformat(), provider=GI, type_alternates=["eob"],
              alternates={"appeal_deadline": [(stmt + dt.timedelta(days=180)).isoformat()]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3. commercial letter, colonoscopy within 10 years
def colo_letter(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "AMB" + r.digits(9)
    grp = "G" + r.digits(6)
    claim = r.digits(4) + "-" + r.digits(7)
    ref = "ABD" + r.digits(7)
    charge = 649.0 + r.randint(0, 60)
    recv = f["dos"] + dt.timedelta(days=r.randint(5, 11))
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Times")
    d.add_page()
    d.text_line(AMB, 15, "B")
    d.text_line("Medical Claims Review  |  PO Box 44180  |  Erie, PA 16501", 9)
    d.ln(6)
    d.text_line(fmt_date(f["notice"], "long"), 11)
    d.ln(3)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 11)
    d.ln(4)
    d.text_line(f"RE: Notice of adverse benefit determination - reference {ref}", 11.5, "B")
    d.ln(1)
    kv(d, [("Patient:", m[0]), ("Member ID:", mid), ("Group:", grp), ("Claim:", claim),
           ("Test:", "Multitarget stool DNA (81528)"), ("Collection date:", fmt_date(f["dos"], "long")),
           ("Date received:", fmt_date(recv, "long")), ("Laboratory:", f["lab"]), ("Amount billed:", fmt_money(charge)),
           ("Ordered by:", f["ordering"])], lw=38, size=10.5)
    d.ln(3)
    d.para(f"Dear {m[1]} {m[3]}:", 11)
    d.para(f"We cannot pay for the stool DNA test above. Your plan covers one colorectal cancer screening method "
           f"at a time. Our records show a screening colonoscopy on {fmt_date(f['colo'], 'long')}, with no "
           "findings that call for earlier testing. After a normal colonoscopy the next screening is due 10 years "
           "later, so a stool DNA test in between is not a covered preventive service under Ambergate's "
           "Colorectal Cancer Screening policy (CP-114).", 11)
    d.text_line("How to appeal", 11.5, "B")
    d.para(f"You or your doctor may file an appeal within 180 days of the date of this letter. Send it to the "
           f"address above or call {f['phone']}. If your doctor sees a reason you needed the test sooner "
           "(for example new symptoms or a family history), send those records with your appeal.", 11)
    d.para("Sincerely,\nMedical Claims Review, Ambergate Health Assurance", 11)
    t = truth("denial_letter", "not_covered", "en", insurer=AMB, group_number=grp, member_id=mid, member_name=m[0],
              case_numbers=[claim, ref], claim_amount=m2(charge), service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["lab"], appeal_deadline=deadline.isoformat(),
              alternates={"case_numbers": [[claim], [ref]]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4. Spanish MSN, within 3 years (lowres)
def msn_es(i: int):
    r, f = base(i)
    m = f["member"]
    num = mbi(r)
    claim = r.digits(2) + "-" + r.digits(4) + "-" + r.digits(4) + "-" + r.digits(3)
    charge = 508.0 + r.randint(0, 90) + 0.5
    deadline = f["notice"] + dt.timedelta(days=120)
    d = Doc("DejaVu", footer="Página {p} de {n}")
    d.add_font("DejaVu", "B", DEJAVU_B)
    d.add_page()
    d.font(17, "B")
    d.cell(120, 9, "Resumen de Medicare (MSN)")
    d.font(9)
    d.cell(0, 9, "Parte B (Seguro Médico)", align="R", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.8, 3)
    kv(d, [("Aviso para", m[0]), ("Número de Medicare", num), ("Fecha de este aviso", fmt_date(f["notice"], "es"))],
       lw=48, size=10)
    for ln in f["addr"]:
        d.text_line(ln, 10)
    d.ln(3)
    d.set_fill_color(230, 230, 230)
    d.font(10.5)
    d.multi_cell(0, 6, " ¿Aprobó Medicare todos los servicios? NO\n Si no está de acuerdo con alguna decisión, "
                       f"presente una apelación antes del {fmt_date(deadline, 'es')}.", fill=True,
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line(f"{f['lab']}, {fmt_date(f['dos'], 'es')}", 10.5)
    d.text_line(f"Número de reclamación {claim}   Referido por {f['ordering']}", 9)
    d.table(["Servicio y código", "¿Aprobado?", "Cobro proveedor", "Aprobado Medicare",
             "Pagado Medicare", "Le pueden cobrar", "Notas"],
            [["Prueba ADN en heces (81528)", "No", fmt_money(charge), "$0.00", "$0.00", "$0.00", "A"]],
            [44, 17, 26, 28, 26, 27, 12], size=7.4)
    d.text_line("Notas sobre las reclamaciones", 10.5)
    d.para(f"A  Medicare paga una prueba de ADN de múltiples objetivos en heces una vez cada 3 años. Su última "
           f"prueba fue el {fmt_date(f['prev'], 'es')}. Usted no es responsable de este cargo porque no firmó un "
           "Aviso Anticipado al Beneficiario (ABN).", 9)
    d.text_line("Cómo presentar una apelación", 10.5)
    d.para(f"Encierre en un círculo el servicio con el que no está de acuerdo, explique por qué y envíe este aviso "
           f"al contratista antes del {fmt_date(deadline, 'es')}. Llame al 1-800-MEDICARE (1-800-633-4227); TTY "
           "1-877-486-2048.", 9)
    t = truth("eob", "not_covered", "es", insurer=MEDICARE, member_id=num, member_name=m[0], case_numbers=[claim],
              claim_amount=m2(charge), service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(),
              provider=f["lab"], appeal_deadline=deadline.isoformat(),
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5. out-of-network lab letter (photocopy)
def oon_letter(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "OVH" + r.digits(3) + "-" + r.digits(5)
    grp = r.digits(5)
    claim = "C" + r.digits(11)
    charge = 681.0 + r.randint(0, 90) + 0.75
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Helvetica")
    d.add_page()
    d.text_line("Orchard Vale Health Plan", 15, "B")
    d.text_line("Member Appeals & Grievances  *  2200 Quarry Street  *  Duluth, MN 55802", 8.5)
    d.rule(0.5, 4)
    kv(d, [("Date:", fmt_date(f["notice"], "slash")), ("Member:", m[0]), ("ID #:", mid), ("Group #:", grp),
           ("Claim #:", claim)], lw=26, size=10.5)
    d.ln(3)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    d.text_line("We denied payment for a laboratory test", 12.5, "B")
    d.ln(1)
    d.para(f"Your doctor, {f['ordering']}, ordered a stool DNA colorectal cancer screening test. The kit was "
           f"collected on {fmt_date(f['dos'], 'slash')} and processed by {f['lab']}, which billed "
           f"{fmt_money(charge)} for CPT 81528 (accession {f['acc']}).", 10.5)
    d.para(f"{f['lab']} is not in the Orchard Vale network. Your HMO plan pays for non-emergency services only "
           "when an in-network provider gives them, or when we approve an out-of-network provider in advance. "
           "No approval was requested, and in-network laboratories offer this test. The claim is denied as "
           "out of network. Because the lab is out of network, it may bill you for the full amount.", 10.5)
    d.text_line("Your right to appeal", 11.5, "B")
    d.para("You must file an appeal within 180 days of the date of this letter. Write to the address above or call "
           f"{f['phone']}. You may ask for copies of the documents we used free of charge.", 10.5)
    d.para("Orchard Vale Health Plan, Claims Department", 10.5)
    t = truth("denial_letter", "out_of_network", "en", insurer=ORV, group_number=grp, member_id=mid,
              member_name=m[0], case_numbers=[claim], claim_amount=m2(charge), service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["lab"], appeal_deadline=deadline.isoformat())
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6. TPA claim denial to the lab (fax)
def tpa_fax(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "W" + r.digits(8)
    grp = "CB-" + r.digits(4)
    claim = r.digits(12)
    charge = 560.0 + r.randint(0, 80)
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Courier", margins=(14, 14, 14))
    d.add_page()
    d.text_line("COLDBROOK BENEFIT ADMINISTRATORS", 12, "B")
    d.text_line("Third-party administrator for the Halvorsen Foods Employee Health Plan", 8.5)
    d.text_line("PO Box 6610  Fargo ND 58102   Provider line " + f["phone"], 8.5)
    d.rule(0.4, 3)
    d.text_line("PROVIDER CLAIM DETERMINATION", 11, "B")
    d.ln(1)
    kv(d, [("DATE", fmt_date(f["notice"], "iso")), ("TO", f["lab"]), ("BILLING NPI", f["npi"]),
           ("PATIENT", m[0].upper()), ("DOB", fmt_date(f["dob"], "iso")), ("MEMBER ID", mid), ("GROUP", grp),
           ("CLAIM", claim), ("ORDERING", f"{f['ordering'].upper()} NPI {f['onpi']}")], lw=34, size=9)
    d.ln(2)
    d.table(["DOS", "CODE", "UNITS", "CHARGE", "ALLOWED", "PAID", "CARC"],
            [[fmt_date(f["dos"], "iso"), "G0464", "1", fmt_money(charge, "nosign"), "0.00", "0.00", "119"]],
            [28, 20, 14, 26, 24, 22, 20], size=8.5, aligns="LLRRRRL")
    d.para(f"DENIED. COLORECTAL CANCER SCREENING, STOOL-BASED DNA (G0464/81528) IS LIMITED TO ONE TEST EVERY 36 "
           f"MONTHS. PRIOR TEST PAID WITH DOS {fmt_date(f['prev'], 'iso')}. CARC 119: BENEFIT MAXIMUM FOR THIS TIME "
           "PERIOD HAS BEEN REACHED.", 8.8)
    d.para("TO REQUEST A REVIEW, SUBMIT A WRITTEN APPEAL WITH MEDICAL RECORDS WITHIN 180 DAYS OF THE DATE OF THIS "
           "NOTICE. FAX 701-555-0162. DO NOT BALANCE BILL THE MEMBER FOR CHARGES DENIED UNDER CARC 119 UNLESS A "
           "SIGNED WAIVER IS ON FILE.", 8.8)
    t = truth("denial_letter", "not_covered", "en", insurer=COL, group_number=grp, member_id=mid, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(charge), service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["lab"], appeal_deadline=deadline.isoformat(),
              type_alternates=["eob"], denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 7. MA reconsideration upheld (rotated)
def ma_upheld(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "TSA" + r.digits(8)
    claim = "26" + r.digits(9)
    appeal = "REC-" + r.digits(6)
    charge = 599.0 + r.randint(0, 80) + 0.25
    decided = f["notice"]
    deadline = decided + dt.timedelta(days=60)
    d = Doc("Times", footer="Y0117_TSA26RECON  page {p} of {n}")
    d.add_page()
    d.text_line("Tidewell Senior Advantage", 15, "B")
    d.text_line("Appeals Unit, PO Box 8812, Bangor, ME 04401", 9)
    d.ln(5)
    d.text_line(fmt_date(decided, "abbr"), 11)
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 11)
    d.ln(3)
    kv(d, [("Member ID:", mid), ("Appeal number:", appeal), ("Claim number:", claim)], lw=36, size=10.5)
    d.ln(2)
    d.text_line("Your reconsideration decision", 13, "B")
    d.para(f"You asked us to reconsider our decision not to pay {f['lab']} {fmt_money(charge)} for a stool DNA "
           f"screening test (81528) collected on {fmt_date(f['dos'], 'abbr')}, ordered by {f['ordering']}.", 11)
    d.para(f"We upheld our decision. A physician reviewer found a screening colonoscopy on "
           f"{fmt_date(f['colo'], 'abbr')} with normal results. Medicare and your plan do not cover stool DNA "
           "screening when the next screening colonoscopy is not yet due, and your records show no new symptoms.",
           11)
    d.para("Because this is a payment request, we have sent your case to the Independent Review Entity. If you do "
           "not agree with that decision you may ask for a hearing with an Administrative Law Judge within 60 "
           "days of the date of the Independent Review Entity's decision letter.", 11)
    d.para(f"Questions: call {f['phone']} (TTY 711).", 11)
    t = truth("denial_letter", "not_covered", "en", insurer=TID, member_id=mid, member_name=m[0],
              case_numbers=[appeal, claim], claim_amount=m2(charge), service_dates=[f["dos"].isoformat()],
              denial_date=decided.isoformat(), provider=f["lab"], appeal_deadline=None,
              alternates={"case_numbers": [[appeal]]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


PLAN = [
    ("bd_ma_eob_within_3_years", "born_digital", ma_eob),
    ("bd_followup_colonoscopy_diagnostic_cost_share", "born_digital", followup_eob),
    ("scan300_letter_colonoscopy_within_10_years", "scan_clean_300", colo_letter),
    ("lowres_msn_es_within_3_years", "scan_lowres_150", msn_es),
    ("copy_letter_lab_out_of_network", "photocopy", oon_letter),
    ("faxstd_tpa_lab_denial_g0464", "fax_standard_g4", tpa_fax),
    ("rotated_ma_reconsideration_upheld", "rotated", ma_upheld),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (s, c, fn) in enumerate(PLAN):
        out = fn(i)
        items.append(Item(f"{FAMILY}_{s}", c, out if isinstance(out, list) else [out]))
    return items
