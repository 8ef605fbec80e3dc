"""Family 'medicare_part_d_coverage_gap_drug_not_on_formulary_transition_denial': an invented Medicare
prescription drug plan that covered a one-time transition supply of a drug not on its Drug List and then refused
further fills, following the public CMS-10146 Notice of Denial of Medicare Prescription Drug Coverage (with its
Spanish version), the CMS-10147 pharmacy notice and a Part D redetermination notice.

Documents: the member denial notice (CMS-10146 structure); the transition-fill letter (denies nothing); the
pharmacy's counter notice (denies nothing); a fax stack of the prescriber's coverage-determination denial and
the prescriber's filled redetermination request; the upheld redetermination; a Spanish denial notice for another
member; a monthly Part D EOB with three fills of which one was rejected.

All people, plans and numbers are invented (555 phone numbers). Decoys: DOB, prescriber NPI, Rx numbers, BIN/PCN,
received dates, 72-hour/24-hour expedited limits, IRE time limits, form and material numbers, drug-stage totals.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, fmt_date, pdf_bytes, truth

FAMILY = "medicare_part_d_coverage_gap_drug_not_on_formulary_transition_denial"
LANG = "en"
SEED = 341800

INS = "Larkspur Health Plans"
PLAN = "Larkspur Senior Rx Choice (PDP)"
PLAN_ID = "S4417-006"
ADDR = "PO Box 52280, Pueblo, CO 81003"
PH = "1-844-555-0163"
MAT = "S4417_CD26_M"
MEM = "Wendell T. Abernathy"
MID = "LKR 7720 4319 55"
MID_T = "LKR7720431955"
DRUG = "Calvetra XR 150 mg tablets"
PRES = "Anselm P. Oduya"
PHARM = "Ridgeline Pharmacy #412"
TFILL = dt.date(2026, 1, 14)
REJ = dt.date(2026, 2, 16)
CD = "CD-2602-44178"
RD = "RD-2603-10293"


def D(y, m, d):
    return dt.date(y, m, d)


def plus(d, n):
    return (d + dt.timedelta(days=n)).isoformat()


def pd(d, n):
    return d + dt.timedelta(days=n)


def labels(d, rows, w=40, size=9.5, h=5.2):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, h, k)
        d.font(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def paras(d, items, size=10, gap=2.5):
    for p in items:
        if p.startswith("#"):
            d.ln(1)
            d.text_line(p[1:], size + 1, "B")
            d.ln(1)
        else:
            d.para(p, size, gap)


def head(d, sub=None):
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.rect(18, 12, 6, 12, style="F")
    d.set_xy(27, 12)
    d.font(17, "B")
    d.cell(0, 7, "Larkspur", new_x="LMARGIN", new_y="NEXT")
    d.set_x(27)
    d.font(8)
    d.cell(0, 4, sub or f"Health Plans  -  {ADDR}  -  {PH}, TTY 711, 8 a.m.-8 p.m., 7 days a week",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.rule(0.6, 4)


def base(**kw):
    f = dict(insurer=INS, plan_id=PLAN_ID, member_id=MID_T, member_name=MEM)
    f.update(kw)
    return f


RIGHTS = ["#You have the right to ask us to review our decision (redetermination)",
          "If you want, you can request a redetermination (appeal) of this decision. You must ask within 65 days "
          "from the date of this notice. We can give you more time if you have a good reason for missing the "
          "deadline.",
          "#How to ask for a redetermination",
          f"Call {PH}, fax 1-844-555-0165, or write to Larkspur Part D Appeals, {ADDR}. You can use the "
          "Redetermination Request Form (CMS-20027). Your prescriber may ask for you.",
          "#Fast (expedited) redetermination",
          "If you or your prescriber believe that waiting 7 days could seriously harm your health, ask for an "
          "expedited redetermination; we decide within 72 hours.",
          "#What to include",
          "Your name, address, member ID, the reasons for appealing, and any evidence you wish to attach, such as "
          "a statement from your prescriber."]


# 1 born digital: CMS-10146-style notice to the member
def notice_member():
    notice = D(2026, 2, 20)
    d = Doc(footer=f"Form CMS-10146  OMB Approval 0938-0976   {MAT}   Page {{p}} of {{n}}")
    head(d)
    d.text_line("Notice of Denial of Medicare Prescription Drug Coverage", 13, "B", "C")
    d.ln(2)
    labels(d, [("Date:", fmt_date(notice, "slash")), ("Member name:", MEM), ("Member number:", MID),
               ("Plan:", f"{PLAN}   Plan ID {PLAN_ID}"), ("Request number:", CD)], 34, 9.5)
    paras(d, ["#Your request was denied",
              f"We denied your request for the prescription drug listed below. We received the request from your "
              f"prescriber, Dr. {PRES}, on 02/17/2026.",
              f"Drug: {DRUG}, #30 per 30 days.",
              "#Why we denied your request",
              "We denied this request because the drug is not on our plan's list of covered drugs (formulary). You "
              f"already received a one-time transition supply on {fmt_date(TFILL, 'slash')}, and the transition "
              "period for new members has ended. Your prescriber did not show that the covered alternatives on our "
              "Drug List (metformin ER, glipizide, sitagliptin) would not be as effective for you or would harm you.",
              "You can ask for a formulary exception: your prescriber must send a statement supporting the request."]
          + RIGHTS + ["Larkspur Health Plans is a PDP plan with a Medicare contract. Enrollment depends on contract "
                      "renewal."], 9.6, 2)
    t = truth("denial_letter", "not_covered", **base(case_numbers=[CD], claim_amount=None, service_dates=[],
                                                     denial_date=notice.isoformat(), provider=PRES,
                                                     appeal_deadline=plus(notice, 65)))
    return pdf_bytes(d), t


# 2 scan 300: transition fill letter (no denial)
def transition_letter():
    day = D(2026, 1, 19)
    d = Doc(footer=f"{MAT}_TRN  Page {{p}} of {{n}}")
    head(d)
    paras(d, [fmt_date(day, "long"), f"{MEM}\n3411 Lantern Way\nPueblo, CO 81003",
              f"Member ID: {MID}     {PLAN}, Plan ID {PLAN_ID}", "#Important: you received a temporary supply of a drug",
              f"On {fmt_date(TFILL, 'long')}, {PHARM} filled a temporary 30-day supply of {DRUG}. We paid for it "
              "because you are new to our plan and the drug is not on our Drug List (formulary). This is a "
              "one-time transition fill.",
              "Before your supply runs out, talk with your prescriber about switching to a drug on our Drug List or "
              "asking us for an exception. If we do not approve an exception, we will not pay for more fills of "
              "this drug.",
              f"Your cost for this fill was $47.00. Drug payment stage: Deductible stage ($615.00 deductible; "
              "$212.40 met). Call us at 1-844-555-0163 with questions.",
              "Sincerely,\nLarkspur Pharmacy Services"], 10)
    t = truth("other", None, **base(case_numbers=[], claim_amount=None, service_dates=[TFILL.isoformat()],
                                    denial_date=day.isoformat(), provider=PHARM, alternates={"provider": [None, PRES]}))
    t["unscored"] = ["appeal_deadline", "case_numbers", "service_dates"]
    return pdf_bytes(d), t


# 3 scan lowres: pharmacy's counter notice (CMS-10147 structure)
def pharmacy_notice():
    day = REJ
    d = Doc(footer="Form CMS-10147   OMB Approval No. 0938-0975")
    d.add_page()
    d.text_line(PHARM.upper(), 14, "B")
    d.text_line("2290 Old Mill Road, Pueblo, CO 81003   (719) 555-0144   NCPDP 0641187", 8)
    d.rule(0.4, 3)
    d.text_line("Medicare Prescription Drug Coverage and Your Rights", 12.5, "B", "C")
    d.ln(2)
    labels(d, [("Enrollee's name", MEM), ("Drug and prescription number", f"{DRUG}  Rx 6120447"),
               ("Date", fmt_date(day, "dmy")), ("Plan", PLAN)], 56, 9.5)
    paras(d, ["#Your Medicare rights",
              "You have the right to request a coverage determination from your Medicare drug plan if you disagree "
              "with information provided by the pharmacy. You also have the right to request a special type of "
              "coverage determination called an exception if you believe you need a drug that is not on your drug "
              "plan's list of covered drugs.",
              "#What you need to do",
              f"Contact your Medicare drug plan to ask for a coverage determination by calling {PH}, 24 hours a day. "
              "Have this information ready: the name of the prescription drug that was not filled, including dose "
              "and strength; the name of the pharmacy; the date you tried to fill your prescription.",
              "Pharmacist note: claim rejected by plan - NDC not on formulary (reject 70), transition fill used."],
          9.5)
    t = truth("other", None, **base(insurer=None, plan_id=None, member_id=None, case_numbers=[], claim_amount=None,
                                    service_dates=[REJ.isoformat()], denial_date=day.isoformat(), provider=PHARM,
                                    alternates={"provider": [None, PRES]}))
    t["unscored"] = ["insurer", "appeal_deadline", "case_numbers", "denial_date"]
    return pdf_bytes(d), t


# 4a fax stack: coverage determination faxed to the prescriber
def prescriber_fax():
    day = D(2026, 2, 20)
    d = Doc(footer="Page {p} of {n}  CONFIDENTIAL")
    head(d, sub="Health Plans  -  Part D Coverage Determinations  -  Fax 1-844-555-0165")
    d.text_line("COVERAGE DETERMINATION - PRESCRIBER NOTIFICATION", 11.5, "B")
    d.ln(1)
    d.boxes([("To", f"Dr. {PRES}", 70), ("Prescriber NPI", "1427753018", 46), ("Fax", "(719) 555-0128", 44)])
    d.boxes([("Patient", MEM, 70), ("Member ID", MID, 46), ("DOB", "06/23/1951", 44)])
    d.boxes([("Case #", CD, 70), ("Decision date", fmt_date(day, "iso"), 46), ("Decision", "DENIED", 44)])
    d.ln(3)
    labels(d, [("Medication requested", DRUG), ("Request type", "Formulary exception / standard"),
               ("Received", "2026-02-17 09:42"), ("Plan", f"{PLAN} ({PLAN_ID})")], 46, 9.2)
    paras(d, ["Rationale: Requested drug is non-formulary. Member's transition supply was dispensed 2026-01-14. "
              "Supporting statement did not document trial and failure of, or contraindication to, the formulary "
              "alternatives metformin ER, glipizide and sitagliptin.",
              "The enrollee has been sent form CMS-10146 and may request a redetermination within 65 days of the "
              "date of the notice. Prescribers may request on the enrollee's behalf. Peer-to-peer discussion: "
              "1-844-555-0166."], 9.4)
    t = truth("denial_letter", "not_covered", **base(case_numbers=[CD], claim_amount=None, service_dates=[],
                                                     denial_date=day.isoformat(), provider=PRES,
                                                     appeal_deadline=plus(day, 65)))
    return pdf_bytes(d), t


# 4b fax stack: filled redetermination request (prescriber paper)
def redet_request():
    day = D(2026, 3, 2)
    d = Doc(footer="Form CMS-20027 (v. 2025)")
    d.add_page()
    d.text_line("REQUEST FOR REDETERMINATION OF MEDICARE PRESCRIPTION DRUG DENIAL", 11, "B", "C")
    d.ln(3)
    labels(d, [("Enrollee's name:", MEM), ("Enrollee's Part D plan member ID #:", MID),
               ("Plan name:", PLAN), ("Prescriber's name:", f"Dr. {PRES}"), ("Prescriber NPI:", "1427753018"),
               ("Prescription drug you are requesting:", DRUG), ("Coverage determination number:", CD),
               ("Date of request:", fmt_date(day, "slash"))], 68, 9.5)
    paras(d, ["Reason for appeal: Patient had lactic acidosis risk with metformin ER (eGFR 38), hypoglycemia on "
              "glipizide in 2024 and pancreatitis history excluding sitagliptin. Calvetra XR controlled A1c at 7.1%.",
              "Prescriber signature: A. P. Oduya, MD       Phone (719) 555-0127"], 9.8)
    t = truth("other", None, **base(insurer=None, plan_id=None, case_numbers=[CD], claim_amount=None,
                                    service_dates=[], denial_date=day.isoformat(), provider=PRES))
    t["unscored"] = ["insurer", "appeal_deadline", "denial_date"]
    return pdf_bytes(d), t


# 5 photocopy: redetermination upheld
def redet_upheld():
    notice = D(2026, 3, 9)
    d = Doc(footer=f"{MAT}_RDN   Page {{p}} of {{n}}")
    head(d)
    d.text_line("Redetermination Notice", 14, "B", "C")
    d.text_line("Denial of Medicare Prescription Drug Coverage", 10, "", "C")
    d.ln(2)
    labels(d, [("Date:", fmt_date(notice, "abbr")), ("Enrollee:", MEM), ("Member ID:", MID),
               ("Plan ID:", PLAN_ID), ("Appeal number:", RD), ("Original request:", CD)], 36, 9.5)
    paras(d, [f"We have reviewed your request for a redetermination (appeal) of our decision to deny coverage of "
              f"{DRUG}, filed by Dr. {PRES}. After review, we have decided to uphold our original decision.",
              "#Why we denied your appeal",
              "The drug is not on our formulary. A physician reviewer found that the records show intolerance to "
              "metformin and glipizide but no trial of, or reason against, sitagliptin or the other DPP-4 "
              "inhibitor on our Drug List. The formulary exception criteria are not met.",
              "#If you disagree",
              "You have the right to request an independent review of our decision by the Independent Review Entity "
              "(IRE). You must make your request in writing within 65 days from the date of this notice, using the "
              "enclosed Request for Reconsideration form. If your health could be seriously harmed by waiting, you "
              "may ask the IRE for an expedited review (decided within 72 hours)."], 9.8)
    t = truth("denial_letter", "not_covered", **base(case_numbers=[RD, CD], claim_amount=None, service_dates=[],
                                                     denial_date=notice.isoformat(), provider=PRES,
                                                     appeal_deadline=plus(notice, 65),
                                                     alternates={"appeal_deadline": [None],
                                                                 "case_numbers": [[RD]]}))
    return pdf_bytes(d), t


# 6 phone photo: Spanish notice (CMS-10146 Spanish) for another member
def notice_es():
    notice = D(2026, 4, 6)
    mem, mid, cd = "Itzel R. Montalvo", "LKR8815209347", "CD-2604-51902"
    pres = "Efraín L. Carrasco"
    d = Doc("DejaVu", footer=f"Formulario CMS-10146  {MAT}_SP   Página {{p}} de {{n}}")
    d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    head(d, sub=f"Health Plans  -  {ADDR}  -  {PH}, TTY 711")
    d.text_line("Aviso de denegación de cobertura de medicamentos recetados de Medicare", 11.5, "B", "C")
    d.ln(2)
    labels(d, [("Fecha:", fmt_date(notice, "es")), ("Nombre del afiliado:", mem), ("Número de afiliado:", mid),
               ("Número de solicitud:", cd), ("Plan:", f"{PLAN} {PLAN_ID}")], 42, 9.5)
    paras(d, ["#Su solicitud fue denegada",
              f"Denegamos su solicitud del medicamento Tirzelmo 2.5 mg pluma, pedido por el Dr. {pres}. El "
              "medicamento no está en la lista de medicamentos cubiertos (formulario) del plan. Usted ya recibió "
              "un suministro de transición el 12 de marzo de 2026 y el período de transición terminó.",
              "#Usted tiene derecho a pedir una redeterminación",
              "Debe pedirla dentro de 65 días a partir de la fecha de este aviso. Llame al 1-844-555-0163 o escriba "
              f"a Larkspur Part D Appeals, {ADDR}. Si esperar 7 días puede perjudicar gravemente su salud, pida una "
              "redeterminación rápida (72 horas).",
              "Ayuda en otros idiomas: 1-844-555-0163 (TTY 711)."], 9.6)
    t = truth("denial_letter", "not_covered", lang="es", insurer=INS, plan_id=PLAN_ID, member_id=mid, member_name=mem,
              case_numbers=[cd], claim_amount=None, service_dates=[], denial_date=notice.isoformat(), provider=pres,
              appeal_deadline=plus(notice, 65))
    return pdf_bytes(d), t


# 7 rotated: monthly Part D EOB, one of three fills rejected
def eob_month():
    stmt = D(2026, 3, 4)
    rclm = "RX26047719023"
    d = Doc(footer=f"{MAT}_EOB   Page {{p}} of {{n}}")
    head(d)
    d.text_line("Part D Explanation of Benefits", 14, "B")
    d.text_line("for prescriptions filled February 1, 2026 - February 28, 2026.  This is not a bill.", 9)
    d.ln(2)
    labels(d, [("Statement date", fmt_date(stmt, "upper")), ("Member", MEM), ("Member ID", MID),
               ("Plan", f"{PLAN}   {PLAN_ID}"), ("RxBIN / RxPCN", "610288 / LKRX")], 34, 9)
    d.table(["Fill date", "Claim no.", "Drug / Rx #", "Pharmacy", "Drug cost", "Plan paid", "You paid"],
            [[fmt_date(D(2026, 2, 3), "slash"), "RX26047701140", "Atorvastatin 40 mg / 6120311", "Ridgeline #412",
              "$12.80", "$11.80", "$1.00"],
             [fmt_date(REJ, "slash"), rclm, "Calvetra XR 150 mg / 6120447", "Ridgeline #412", "$612.45", "$0.00",
              "$0.00 *R"],
             [fmt_date(D(2026, 2, 24), "slash"), "RX26047725518", "Lisinopril 10 mg / 6120290", "Ridgeline #412",
              "$9.10", "$8.10", "$1.00"]], [20, 28, 48, 24, 18, 18, 18], 7.8, "LLLLRRR")
    d.font(8.5)
    d.cell(0, 5, f"Pharmacy: {PHARM}, Pueblo, CO.  Prescriber (Calvetra XR): Dr. {PRES}.", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(2)
    paras(d, ["*R  Not paid. This drug is not on the Larkspur Drug List and your one-time transition supply was "
              "already used. Ask your prescriber about a covered drug, or ask us for a coverage determination "
              "(exception).",
              "#Your drug payment stage",
              "Deductible stage: $615.00 deductible, $235.30 met.  Initial coverage stage: not reached.  "
              "Catastrophic stage: after $2,100.00 out of pocket. The coverage gap stage no longer applies.",
              f"Questions: {PH} (TTY 711). Report fraud: 1-800-MEDICARE."], 9)
    t = truth("eob", "not_covered", **base(case_numbers=[rclm], claim_amount="612.45", service_dates=[REJ.isoformat()],
                                           denial_date=stmt.isoformat(), provider=PHARM,
                                           alternates={"provider": [None, PRES, "Ridgeline #412"]}))
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    F = FAMILY
    return [Item(f"{F}_bd_cms10146_notice", "born_digital", [notice_member()]),
            Item(f"{F}_scan300_transition_letter", "scan_clean_300", [transition_letter()]),
            Item(f"{F}_lowres_pharmacy_notice", "scan_lowres_150", [pharmacy_notice()]),
            Item(f"{F}_faxstd_stack_prescriber_redet", "fax_standard_g4", [prescriber_fax(), redet_request()],
                 separators=["cover", "blank"]),
            Item(f"{F}_copy_redetermination_upheld", "photocopy", [redet_upheld()]),
            Item(f"{F}_photo_notice_es", "phone_photo", [notice_es()]),
            Item(f"{F}_rotated_partd_eob", "rotated", [eob_month()])]
