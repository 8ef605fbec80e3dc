"""Family 'oxygen_cmn_cms484_with_supplier_denial': a copy of a filled CMS-484 Certificate of Medical Necessity
(Oxygen) sent back with the plan's or the DME supplier's letter that the home-oxygen claim was denied or paid.
Modelled from memory on the public form CMS-484 (09/05), "DME 484.03": Section A (certification type and date:
initial / revised / recertification; patient name, address, telephone and HICN/MBI; supplier name, address,
telephone and NSC or NPI; place of service; HCPCS codes; patient DOB, sex; physician name, address, telephone and NPI),
Section B (estimated length of need 1-99, ICD-10 diagnosis codes, questions 1-9: 1 a) PO2 mm Hg b) saturation %
c) date of test; 2 test in a chronic stable state / within two days of discharge / other; 3 at rest / during exercise
/ during sleep; 4 portable and mobile within the home; 5 highest flow rate LPM; 6 test on 4 LPM; 7-9 edema, cor
pulmonale, hematocrit over 56% only if PO2 56-59 or saturation 89), Section C narrative of equipment and cost,
Section D physician attestation, signature and date. All values invented.

Letterheads: Cerkno Health Plan (logo word "CERKNO" over a rule; Medicare Advantage), Komen Mutual Health Insurance
Company (parent line "A Ziri Financial Group company"), Zuzemberk Home Medical Supply (return-address block; the
supplier relaying the plan's denial). Reasons: saturation 91% at rest above the 88% limit (keyword), test taken more
than 30 days before the initial certification (plain words), physician's signature and date missing in Section D
(supplier's letter; and a rotated fax from the plan), PO2 58 mm Hg with questions 7-9 answered No (plain words),
Spanish denial for a saturation of 90%, and one paid claim. Decoys: the form's supplier and physician NPIs, HCPCS
codes E1390 / E0431 / E1392, the test date, the certification date, the patient's MBI on the form vs the plan ID.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundak_famkc import address, clinician, days, fdate, iso, m2, mbi, mixed, money, npi, person, phone, \
    tollfree, usd

FAMILY = "oxygen_cmn_cms484_with_supplier_denial"
LANG = "en"
CE, KO, ZU = "Cerkno Health Plan", "Komen Mutual Health Insurance Company", "Zuzemberk Home Medical Supply"
ADDR = {CE: ("PO Box 3120", "Kocevje, OR 97498"), KO: ("PO Box 77010", "Ribnica Falls, ID 83871"),
        ZU: ("415 Radece Court", "Brezice, NE 68879")}
SUPPLIERS = {"Zuzemberk Home Medical Supply": ("415 Radece Court", "Brezice, NE 68879"),
             "Cerknica Valley Respiratory, LLC": ("2290 Trebnje Road", "Murska, KS 67583")}
LABELS = [("Claim number", "Date of this notice", "Amount billed", "Date of service", "Member ID"),
          ("Claim #", "Notice date", "Total charges", "Service date", "ID number"),
          ("Reference number", "Date", "Billed amount", "Rental start date", "Member no."),
          ("Número de reclamación", "Fecha del aviso", "Cantidad facturada", "Fecha de servicio",
           "Número de miembro")]


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str) -> dict:
    lang = "es" if lab == 3 else "en"
    dec = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 190))
    dos = days(dec, -r.randint(25, 60))
    test = days(dos, -(r.randint(41, 75) if kind == "old" else r.randint(2, 20)))
    lines = [("E1390", "Oxygen concentrator, single delivery port, monthly rental", money(r, 210, 290)),
             ("E0431", "Portable gaseous oxygen system, rental", money(r, 38, 60))]
    if kind in ("paid", "sig"):
        lines.append(("E0443", "Portable oxygen contents, gaseous, 1 month", money(r, 40, 70)))
    plan_ins = KO if ins == ZU else ins
    sup = "Zuzemberk Home Medical Supply" if ins == ZU or r.random() < 0.5 else "Cerknica Valley Respiratory, LLC"
    sat = {"high": 91, "es": 90, "old": 86, "paid": 85, "sig": 87, "po2": None}[kind]
    return dict(kind=kind, ins=ins, plan_ins=plan_ins, L=LABELS[lab], ds=ds, lang=lang, dec=dec, dos=dos, test=test,
                lines=lines, total=round(sum(x[2] for x in lines), 2), member=person(r, lang),
                addr=address(r, lang), mbi=mbi(r),
                mid=(mixed(r, "CHP99999999") if plan_ins == CE else mixed(r, "KMH-999-99999")),
                grp=(mixed(r, "G-99999") if plan_ins == KO else None), sup=sup, sup_npi=npi(r),
                nsc=mixed(r, "9999999999"), doc=clinician(r), doc_npi=npi(r),
                claim=(mixed(r, "9999999999999") if plan_ins == CE else mixed(r, "OX99-999999")),
                sat=sat, po2=(58 if kind == "po2" else None), lpm=r.choice([2, 2, 3]), los=r.choice([12, 99, 99]),
                dob=dt.date(r.randint(1938, 1958), r.randint(1, 12), r.randint(1, 28)),
                ph=tollfree(r), fax=phone(r), pph=phone(r), sphone=phone(r), dphone=phone(r),
                signed=(None if kind == "sig" or (kind == "high" and ins == CE and ds == "fax") else days(dos, -1)),
                deadline_days=(60 if plan_ins == CE else 180))


def form_date(d: dt.date | None) -> str:
    return d.strftime("%m/%d/%y") if d else "__/__/__"


def box(d: Doc, x: float, y: float, w: float, h: float, label: str, lines: list[str], vs: float = 8.6) -> None:
    d.rect(x, y, w, h)
    d.set_xy(x + 0.8, y + 0.5)
    d.set_font("Helvetica", "", 5.6)
    d.cell(w - 1.6, 2.6, label)
    yy = y + 3.4
    for ln in lines:
        d.set_xy(x + 1.2, yy)
        d.set_font("Courier", "", vs)
        d.cell(w - 2.4, vs * 0.43, ln)
        yy += vs * 0.43


def form(d: Doc, f: dict) -> None:
    d.set_auto_page_break(False)
    d.add_page()
    x0, y = 10, 10
    d.set_font("Helvetica", "", 6.5)
    d.set_xy(x0, y)
    d.cell(120, 3, "DEPARTMENT OF HEALTH AND HUMAN SERVICES")
    d.cell(0, 3, "Form Approved", align="R")
    d.set_xy(x0, y + 3)
    d.cell(120, 3, "CENTERS FOR MEDICARE & MEDICAID SERVICES")
    d.cell(0, 3, "OMB No. 0938-0534", align="R")
    d.set_xy(x0, y + 8)
    d.set_font("Helvetica", "B", 12)
    d.cell(150, 6, "CERTIFICATE OF MEDICAL NECESSITY    CMS-484 - OXYGEN")
    d.set_font("Helvetica", "B", 8)
    d.cell(0, 6, "DME 484.03", align="R")
    y += 16
    d.set_xy(x0, y)
    d.set_font("Helvetica", "B", 8)
    d.cell(0, 4, "SECTION A   Certification Type/Date:   INITIAL " + form_date(f["dos"]) +
           "    REVISED __/__/__    RECERTIFICATION __/__/__")
    y += 5
    m, a = f["member"], f["addr"]
    sa = SUPPLIERS[f["sup"]]
    box(d, x0, y, 98, 22, "PATIENT NAME, ADDRESS, TELEPHONE and HICN",
        [f"{m[1].upper()} {m[2]} {m[3].upper()}", a[0].upper(), a[1].upper(), f"{f['pph']}   HICN {f['mbi']}"])
    box(d, x0 + 98, y, 98, 22, "SUPPLIER NAME, ADDRESS, TELEPHONE and NSC or NPI #",
        [f["sup"].upper(), sa[0].upper(), sa[1].upper(), f"{f['sphone']}  NSC {f['nsc']}  NPI {f['sup_npi']}"])
    y += 22
    codes = "  ".join(c for c, _, _ in f["lines"])
    box(d, x0, y, 30, 10, "PLACE OF SERVICE", ["12"])
    box(d, x0 + 30, y, 68, 10, "HCPCS CODE", [codes])
    box(d, x0 + 98, y, 50, 10, "PT DOB", [form_date(f["dob"])])
    box(d, x0 + 148, y, 48, 10, "Sex (M/F)", ["F" if m[1] in ("Nusa", "Tadeja", "Natasa", "Jozica", "Urbana")
                                             else "M"])
    y += 10
    box(d, x0, y, 98, 18, "NAME and ADDRESS of FACILITY if applicable (See Reverse)", ["N/A"])
    box(d, x0 + 98, y, 98, 18, "PHYSICIAN NAME, ADDRESS, TELEPHONE and UPIN or NPI #",
        [f"DR {f['doc'].upper()}", "PULMONARY ASSOCIATES", f"{f['dphone']}  NPI {f['doc_npi']}"])
    y += 20
    d.set_xy(x0, y)
    d.set_font("Helvetica", "B", 8)
    d.cell(0, 4, "SECTION B   Information in this section may not be completed by the supplier of the items/supplies.")
    y += 5
    box(d, x0, y, 98, 9, "EST. LENGTH OF NEED (# OF MONTHS): 1-99 (99=LIFETIME)", [str(f["los"])])
    box(d, x0 + 98, y, 98, 9, "DIAGNOSIS CODES (ICD-10):", ["J44.9    J96.11"])
    y += 11
    po2 = f"{f['po2']} mm Hg" if f["po2"] else "___ mm Hg"
    sat = f"{f['sat']} %" if f["sat"] else "___ %"
    qs = [(f"a) {po2}  b) {sat}  c) {form_date(f['test'])}",
           "1. Enter the result of most recent test taken on or before the certification date listed in Section A. "
           "Enter (a) arterial blood gas PO2 and/or (b) oxygen saturation test; (c) date of test."),
          ("(1)X  2  3", "2. Was the test in Question 1 performed (1) with the patient in a chronic stable state as an "
           "outpatient, (2) within two days prior to discharge from an inpatient facility to home, or (3) under "
           "other circumstances?"),
          ("(1)X  2  3", "3. Check the one number for the condition of the test in Question 1: (1) At Rest; "
           "(2) During Exercise; (3) During Sleep"),
          ("(Y)  N  D", "4. If you are ordering portable oxygen, is the patient mobile within the home? If you are "
           "not ordering portable oxygen, check D."),
          (f"{f['lpm']} LPM", "5. Enter the highest oxygen flow rate ordered for this patient in liters per minute. "
           "If less than 1 LPM, enter an \"X\"."),
          ("a) ___ b) ___ c) ___", "6. If greater than 4 LPM is prescribed, enter results of recent test taken on "
           "4 LPM. This may be an (a) arterial blood gas PO2 and/or (b) oxygen saturation test with patient in a "
           "chronic stable state. Enter date of test (c)."),
          ("Y  (N)", "7. Does the patient have dependent edema due to congestive heart failure?"),
          ("Y  (N)", "8. Does the patient have cor pulmonale or pulmonary hypertension documented by P pulmonale on "
           "an EKG or by an echocardiogram, gated blood pool scan or direct pulmonary artery pressure measurement?"),
          ("Y  (N)", "9. Does the patient have a hematocrit greater than 56%?")]
    for ans, q in qs:
        d.set_xy(x0, y)
        d.set_font("Courier", "", 8.2)
        d.cell(46, 3.6, ans)
        d.set_xy(x0 + 46, y)
        d.set_font("Helvetica", "", 6.8)
        d.multi_cell(150, 3.1, q)
        y = max(d.get_y(), y + 3.8) + 0.8
        if q.startswith("6."):
            d.set_xy(x0 + 46, y)
            d.set_font("Helvetica", "B", 6.8)
            d.cell(0, 3.1, "ANSWER QUESTIONS 7-9 ONLY IF PO2 = 56-59 OR OXYGEN SATURATION = 89 IN QUESTION 1")
            y += 4
    d.set_xy(x0, y)
    d.set_font("Helvetica", "", 6.8)
    d.cell(0, 3.2, "NAME OF PERSON ANSWERING SECTION B QUESTIONS, IF OTHER THAN PHYSICIAN (Please Print):  "
                   "NAME: ______  TITLE: ______  EMPLOYER: ______")
    y += 6
    d.set_xy(x0, y)
    d.set_font("Helvetica", "B", 8)
    d.cell(0, 4, "SECTION C   Narrative Description of Equipment and Cost")
    y += 5
    d.set_xy(x0, y)
    d.set_font("Courier", "", 8.2)
    for c, desc, ch in f["lines"]:
        d.set_x(x0)
        d.cell(0, 3.8, f"{c}  {desc:<58} {usd(ch, 'nosign'):>9}", new_x="LMARGIN", new_y="NEXT")
    y = d.get_y() + 2
    d.set_xy(x0, y)
    d.set_font("Helvetica", "B", 8)
    d.cell(0, 4, "SECTION D   PHYSICIAN Attestation and Signature/Date")
    y += 5
    d.set_xy(x0, y)
    d.set_font("Helvetica", "", 6.6)
    d.multi_cell(196, 3, "I certify that I am the treating physician identified in Section A of this form. I have "
                 "received Sections A, B and C of the Certificate of Medical Necessity (including charges for items "
                 "ordered). Any statement on my letterhead attached hereto, has been reviewed and signed by me. I "
                 "certify that the medical necessity information in Section B is true, accurate and complete, to the "
                 "best of my knowledge.")
    y = d.get_y() + 3
    d.set_xy(x0, y)
    d.set_font("Helvetica", "", 8)
    sig = f"/s/ {f['doc']}" if f["signed"] else "______________________"
    d.cell(120, 5, f"PHYSICIAN'S SIGNATURE  {sig}")
    d.cell(0, 5, f"DATE {form_date(f['signed'])}")
    d.set_xy(x0, 262)
    d.set_font("Helvetica", "", 6.5)
    d.cell(0, 3, "Form CMS-484 (09/05)")
    d.set_auto_page_break(True, margin=20)


def letterhead(d: Doc, f: dict) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if f["ds"] == "fax":
        d.text_line(f"FROM: {ins.upper()}   FAX {f['fax']}   TO: {f['sup'].upper()}   P. 1/2", 8)
        d.ln(2)
    if ins == CE:
        d.text_line("CERKNO", 24, "B")
        d.rule(0.8, 1.5)
        d.text_line(f"{CE}  ·  Medicare Advantage  ·  {a[0]}, {a[1]}  ·  {f['ph']}", 8.5)
    elif ins == KO:
        d.text_line("A Ziri Financial Group company", 8)
        d.text_line(KO, 14, "B")
        d.text_line(f"{a[0]}  ·  {a[1]}", 8.5)
    else:
        for ln in (ZU, *a, f"Phone {f['sphone']}"):
            d.text_line(ln, 10 if ln != ZU else 12, "" if ln != ZU else "B")
    d.ln(5)


REASONS = {
    "high": ("Not medically necessary. Medicare coverage criteria for home oxygen require an oxygen saturation of "
             "88 percent or below (or a PO2 of 55 mm Hg or below) at rest. The CMN reports a saturation of {sat}% "
             "at rest on room air, so the oxygen equipment is not medically necessary under the plan's criteria."),
    "old": ("The blood oxygen test on the certificate was done on {test}. For a first certification, the test must "
            "be done within 30 days before the start date of {dos}. The test is too old, so we cannot pay for the "
            "oxygen equipment. Your doctor may order a new test."),
    "sig": ("The Certificate of Medical Necessity that came with the claim has no physician signature or date in "
            "Section D. We cannot pay a home oxygen claim without a signed and dated certificate from the treating "
            "physician."),
    "po2": ("Your blood gas test showed a PO2 of 58 mm Hg. At that level, oxygen is covered only if you also have "
            "swelling from heart failure, strain on the right side of the heart, or a high red blood cell count. "
            "The certificate answers No to all three questions, so the plan will not pay for the oxygen."),
}


def letter(d: Doc, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    L, ds, m, es = f["L"], f["ds"] if f["ds"] != "fax" else "slash", f["member"], f["lang"] == "es"
    k = f["kind"]
    d.text_line(fdate(f["dec"], ds), 10.5)
    d.ln(3)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    title = {"paid": "Explanation of Your Oxygen Equipment Claim", "es": "Aviso de denegación de pago"}.get(
        k, "Notice of Denial of Payment" if f["ins"] != ZU else "Your Home Oxygen Claim Was Denied by Your Plan")
    d.text_line(title, 13, "B")
    d.ln(2)
    rows = [(L[4], f["mid"]), (L[0], f["claim"]), (L[3], fdate(f["dos"], ds)), (L[2], usd(f["total"])),
            ("Supplier" if not es else "Proveedor", f"{f['sup']} (NPI {f['sup_npi']})"),
            ("Ordering physician" if not es else "Médico que ordenó", f"Dr. {f['doc']}")]
    if f["grp"]:
        rows.insert(1, ("Group" if not es else "Grupo", f["grp"]))
    for kk, v in rows:
        d.font(10, "B")
        d.cell(48, 5.4, kk + ":")
        d.font(10)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.table(["HCPCS", "Description" if not es else "Descripción", "Billed" if not es else "Facturado"],
            [[c, desc, usd(ch)] for c, desc, ch in f["lines"]] + [["*Total", "", usd(f["total"])]],
            [24, 120, 30], size=9, aligns="LLR")
    if es:
        d.para(f"Estimado(a) {m[1]} {m[3]}: {CE} negó el pago del equipo de oxígeno que le entregó {f['sup']} "
               f"el {fdate(f['dos'], 'es')}. El certificado (CMS-484) indica una saturación de {f['sat']}% en "
               "reposo. Para cubrir el oxígeno en casa, la saturación debe ser de 88% o menos. El oxígeno no es "
               "médicamente necesario según los criterios del plan.")
        d.para(f"Si no está de acuerdo, puede apelar dentro de 60 días a partir de la fecha de este aviso. Llame al "
               f"{f['ph']} (TTY 711).")
        return
    if k == "paid":
        d.para(f"We approved and paid this claim. The certificate shows a saturation of {f['sat']}% at rest on room "
               f"air, which meets the coverage criteria. We paid {f['sup']} directly; you may owe your 20% "
               f"coinsurance. The certificate is valid for {f['los']} months from the initial date.")
        return
    if f["ins"] == ZU:
        d.para(f"Dear {m[1]} {m[3]}: {KO} denied our claim for the home oxygen equipment we delivered on "
               f"{fdate(f['dos'], ds)}. {KO} gave this reason: " + REASONS["sig"])
        d.para(f"We have asked Dr. {f['doc']} to sign and date the certificate. You may also appeal to {KO}; your "
               f"appeal must reach them by {fdate(f['dec'] + dt.timedelta(days=180), ds)}. Until then you will not "
               "be billed.")
        d.para(f"Billing Office, {ZU}", 10)
        return
    reason = REASONS["sig" if k == "sig" else k].format(sat=f["sat"], test=fdate(f["test"], ds),
                                                         dos=fdate(f["dos"], ds))
    d.text_line("Why we denied payment", 11, "B")
    d.para(reason)
    d.text_line("Your right to appeal", 11, "B")
    word = "notice" if f["plan_ins"] == CE else "letter"
    d.para(f"If you disagree, you can ask for a reconsideration (appeal). Your request must be made within "
           f"{f['deadline_days']} days of the date of this {word}. A fast (72-hour) appeal does not apply to payment "
           f"requests. Call {f['ph']} (TTY 711).")


def build(f: dict, form_first: bool) -> bytes:
    d = Doc("Helvetica")
    if form_first:
        form(d, f)
        letter(d, f)
    else:
        letter(d, f)
        form(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts: dict = {"provider": [f"Dr. {f['doc']}", f["doc"]]}
    if f["ins"] == ZU:
        alts["insurer"] = [KO]
    dl = None if k == "paid" else days(f["dec"], 180 if f["ins"] == ZU else f["deadline_days"])
    common = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"][0],
                  case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=[iso(f["dos"])],
                  denial_date=iso(f["dec"]), provider=f["sup"], appeal_deadline=None if dl is None else iso(dl))
    if k == "paid":
        return truth("other", None, f["lang"], alternates=alts, type_alternates=["eob"], **common)
    den = {"high": "medical_necessity", "es": "medical_necessity", "po2": "medical_necessity",
           "old": "medical_necessity", "sig": "other"}[k]
    da = {"old": ["other"], "sig": ["medical_necessity"]}.get(k)
    return truth("denial_letter", den, f["lang"], alternates=alts, denial_alternates=da, **common)


# (stem suffix, condition, kind, issuer, label set, date style, form first)
PLAN = [
    ("bd_saturation_91_at_rest_not_necessary", "born_digital", "high", CE, 0, "long", False),
    ("bd_paid_concentrator_and_portable", "born_digital", "paid", KO, 1, "slash", False),
    ("scan300_test_older_than_30_days", "scan_clean_300", "old", CE, 2, "abbr", True),
    ("lowres_supplier_letter_unsigned_cmn", "scan_lowres_150", "sig", ZU, 0, "dmy", False),
    ("copy_spanish_saturation_90", "photocopy", "es", CE, 3, "es", False),
    ("phone_po2_58_no_secondary_criteria", "phone_photo", "po2", KO, 2, "iso", True),
    ("rotated_fax_unsigned_section_d", "rotated", "sig", CE, 1, "fax", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, lab, ds, ff) in enumerate(PLAN):
        f = facts(random.Random(139600 + i), kind, ins, lab, ds)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f, ff), make_truth(f))]))
    return items
