"""Family 'disabled_adult_dependent_over_26_certification_denial': an invented self-funded employer plan
(public-ish: the ERISA adverse benefit determination content of 29 CFR 2560.503-1(g) and the usual "incapable of
self-sustaining employment" disabled-dependent test) refusing to continue a disabled child's coverage past age 26
because the certification came in late and without the physician's statement; the child's claims are then
refused as ineligible, and the appeal is granted.

Documents: the plan's reminder asking for the certification (denies nothing, phone photo); the plan
administrator's born-digital Notice of Adverse Benefit Determination (eligibility, no claim); the TPA's family
EOB with three claims (the parent's two paid, the child's refused); a prose-only claim denial (standard fax); the
neurology practice's statement to the parent (denies nothing, photocopy); a Spanish claim denial for another
family (low resolution); a sideways stack of the appeal decision granting coverage, a blank separator and the
reprocessed paid EOB.

All people, plans, employers and numbers are invented (555 phone numbers). Decoys: date of birth, 26th birthday
and coverage end dates, form received dates, the 31-day certification window, Plan No. vs group vs EIN, NPI,
account numbers, claims-processed periods, other claims, external-review and 72-hour limits, form numbers.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "disabled_adult_dependent_over_26_certification_denial"
LANG = "en"
SEED = 340200

EMPLOYER = "Pellston Glassworks, Inc."
PLAN = "Pellston Glassworks, Inc. Group Health Plan"
PLAN_ADDR = "Benefits Office, 900 Furnace Street, Pellston Falls, MI 49788"
PLAN_NO = "502"
EIN = "38-2094417"
GRP = "PG-20117"
TPA = "Northwind Trail Benefit Services"
TPA_ADDR = "PO Box 26610, Ashgrove, WI 53599"
TPA_PH = "1-855-555-0164"
PLAN_PH = "1-888-555-0129"

EMP = "Ingrid V. Fairchild"
DEP = "Jasper M. Fairchild"
EMP_ID = "PGW0418872"
DEP_ID = "PGW0418872-03"
DEP_DOB = dt.date(2000, 1, 14)
BDAY26 = dt.date(2026, 1, 14)
NEURO = "Lakemont Neurology Associates"
NEURO_DR = "Dr. Priya S. Venkataraman"
CASE = "ELG-26-00731"
CLAIM_NEURO = "NTB26-0288145"


def plus(d, n):
    return d + dt.timedelta(days=n)


def dmy(d):
    return f"{d.day} {d.strftime('%b %Y')}"


REMIND = plus(BDAY26, -44)
FORM_RCVD = plus(BDAY26, 39)
NOTICE = plus(BDAY26, 46)
EOB_DATE = plus(BDAY26, 58)
PROSE_DATE = plus(BDAY26, 71)
STMT_DATE = plus(BDAY26, 83)
APPEAL_DATE = plus(BDAY26, 112)
REPRO_DATE = plus(BDAY26, 127)
NEURO_DOS = plus(BDAY26, 20)


def plan_head(d, title_right=None):
    d.add_page()
    d.text_line(PLAN, 14, "B")
    d.text_line(PLAN_ADDR + "   |   " + PLAN_PH, 8)
    d.text_line(f"Plan sponsor: {EMPLOYER}   EIN {EIN}   Plan No. {PLAN_NO}", 8)
    d.rule(0.6, 4)


def tpa_head(d, right=False, sub=None):
    d.add_page()
    d.text_line("NORTHWIND TRAIL", 18, "B", "R" if right else "L")
    d.text_line("Benefit Services", 10, "", "R" if right else "L")
    d.text_line(sub or f"{TPA_ADDR}  -  {TPA_PH}  -  claims administrator for the {PLAN}", 7.5, "",
                "R" if right else "L")
    d.rule(0.5, 4)


def labels(d, rows, w=48, size=9.5, colon=True):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.2, k + (":" if colon else ""))
        d.font(size)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, ps, size=10):
    for p in ps:
        if p.startswith("#"):
            d.text_line(p[1:], size + 1, "B")
            d.ln(1)
        else:
            d.para(p, size)


TEST = ("incapable of self-sustaining employment by reason of a mental or physical disability that began before "
        "age 26, and chiefly dependent upon the employee for support and maintenance")


def reminder():
    """Phone photo: the plan's reminder that the child turns 26 and must be certified (denies nothing)."""
    d = Doc(font="Times", footer="Form PG-DD1-L (rev. 07/2025)")
    plan_head(d)
    d.text_line(fmt_date(REMIND, "long"), 10.5)
    d.ln(3)
    for l in [EMP, "318 Juniper Drive", "Fargo, ND 58102"]:
        d.text_line(l, 10.5)
    d.ln(4)
    d.text_line("Re: Continued coverage for " + DEP + " after age 26", 11, "B")
    d.ln(2)
    labels(d, [("Dependent", DEP), ("Dependent member ID", DEP_ID), ("Date of birth", fmt_date(DEP_DOB, "long")),
               ("Group number", GRP), ("Coverage ends", fmt_date(BDAY26, "long") + " unless certified")], 50, 10)
    paras(d, [f"Our records show that your son will reach age 26 on {fmt_date(BDAY26, 'long')}. Under Section 3.4 "
              "of the Plan, a child may stay covered past age 26 only if the child is " + TEST + ".",
              "To continue his coverage, return the enclosed Disabled Dependent Certification (Form PG-DD1). Part A "
              "is completed by you; Part B, the Physician's Statement, must be completed and signed by the child's "
              "treating physician. The completed form must reach the Benefits Office no later than 31 days after "
              "the child's 26th birthday.",
              "This letter is not a denial of coverage or of any claim. If you have questions call the Benefits "
              f"Office at {PLAN_PH}, Monday to Friday, 8 a.m. to 5 p.m.",
              "Benefits Office, " + EMPLOYER], 10.5)
    t = truth("other", None, insurer=PLAN, plan_id=PLAN_NO, group_number=GRP, member_id=DEP_ID, member_name=DEP,
              denial_date=REMIND.isoformat(), alternates={"plan_id": [None]})
    return pdf_bytes(d), t


def eligibility_notice():
    """Born digital: the plan administrator's ERISA notice refusing the over-age disabled dependent."""
    d = Doc(font="Helvetica", footer="PG-ABD-ELG  |  Page {p} of {n}")
    plan_head(d)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", "C")
    d.text_line("Eligibility - Over-Age Disabled Dependent", 10, "", "C")
    d.ln(3)
    labels(d, [("Date of this notice", fmt_date(NOTICE, "slash")), ("Employee", EMP),
               ("Employee ID", EMP_ID), ("Dependent", DEP), ("Dependent member ID", DEP_ID),
               ("Dependent date of birth", fmt_date(DEP_DOB, "slash")), ("Group number", GRP),
               ("Plan number", PLAN_NO), ("Eligibility case number", CASE),
               ("Certification received", fmt_date(FORM_RCVD, "slash")),
               ("Coverage end date", fmt_date(BDAY26, "slash"))], 56, 9.5)
    paras(d, ["#1. What we decided",
              f"We cannot continue {DEP}'s coverage as an over-age disabled dependent. His coverage as a child "
              f"ended on {fmt_date(BDAY26, 'slash')}, the day he reached age 26. Claims for services on or after "
              "that date will be denied.",
              "#2. Why",
              "(a) The Disabled Dependent Certification was received on " + fmt_date(FORM_RCVD, "slash") + ", "
              "more than 31 days after the dependent's 26th birthday. (b) Part B, the Physician's Statement, was "
              "not completed, so the Plan has no medical information showing that the dependent is " + TEST + ".",
              "#3. Plan provisions",
              "Plan Document and Summary Plan Description, Section 3.4 (Disabled Dependent Children) and Section "
              "3.9 (Proof of Continued Eligibility).",
              "#4. What you can send to change this decision",
              "A complete Form PG-DD1 with Part B signed by the treating physician, and any records (for example, "
              "an award letter from the Social Security Administration) that show the disability began before "
              "age 26. Please also explain why the form was late.",
              "#5. Your right to appeal",
              "You may appeal this decision in writing within 180 days of the date of this notice. Send your "
              f"appeal to the Plan Administrator, {PLAN_ADDR}. You may submit written comments, documents and "
              "other information and may ask, free of charge, for copies of all documents relevant to your "
              "claim. We will decide your appeal within 60 days after we receive it.",
              "#6. Your right to bring a civil action",
              "If your appeal is denied, you have the right to bring a civil action under section 502(a) of the "
              "Employee Retirement Income Security Act of 1974 (ERISA). You may also contact the Employee Benefits "
              "Security Administration at 1-866-444-3272.",
              "Rescission note: this is not a retroactive cancellation of coverage; coverage ended at age 26 under "
              "the Plan's terms."], 9.3)
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=PLAN_NO, group_number=GRP, member_id=DEP_ID,
              member_name=DEP, case_numbers=[CASE], denial_date=NOTICE.isoformat(),
              appeal_deadline=plus(NOTICE, 180).isoformat(), alternates={"member_id": [EMP_ID]})
    return pdf_bytes(d), t


def family_eob():
    """Scan 300: the TPA's family EOB, three claims, only the child's refused."""
    d = Doc(font="Helvetica", footer=f"{TPA}  -  EOB  -  Page {{p}} of {{n}}")
    tpa_head(d, right=True)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(2)
    d.boxes([("Date issued", dmy(EOB_DATE), 34), ("Employee", EMP, 48), ("Employee ID", EMP_ID, 36),
             ("Group", GRP, 28), ("Plan no.", PLAN_NO, 28)])
    d.ln(2)
    d.para(f"Claims received {dmy(plus(EOB_DATE, -40))} through {dmy(plus(EOB_DATE, -4))}.", 8.5)
    d1, d2 = plus(NEURO_DOS, -9), plus(NEURO_DOS, 6)
    head = ["Patient / claim", "Service", "Date", "Billed", "Allowed", "Paid", "Code"]
    w = [44, 44, 22, 20, 20, 18, 12]
    rows = [[f"{EMP} (self)", "", "", "", "", "", ""],
            ["NTB26-0271930", "Office visit 99213", dmy(d1), "$186.00", "$121.40", "$91.40", "PD"],
            ["NTB26-0294417", "Lab, lipid panel", dmy(d2), "$72.00", "$18.90", "$18.90", "PD"],
            [f"{DEP} (son)  ID {DEP_ID}", "", "", "", "", "", ""],
            [CLAIM_NEURO, "EEG 95816", dmy(NEURO_DOS), "$684.00", "$0.00", "$0.00", "E26"],
            ["", "Office visit 99215", dmy(NEURO_DOS), "$298.00", "$0.00", "$0.00", "E26"],
            ["", "  claim total", "", "$982.00", "", "$0.00", ""]]
    d.table(head, rows, w, 8, "LLLRRRL")
    d.para(f"Providers: claims NTB26-0271930 and NTB26-0294417 - Pellston Falls Family Medicine; claim {CLAIM_NEURO} "
           f"- {NEURO}, {NEURO_DR}.", 8.5)
    paras(d, ["#Codes",
              "PD  Paid according to your plan's benefits.",
              "E26  Denied. The patient was not eligible on the date of service. Dependent children are covered to "
              "age 26; coverage past 26 requires an approved Disabled Dependent Certification, which is not on "
              "file. See the Plan Administrator's notice of " + dmy(NOTICE) + " (case " + CASE + ").",
              "#Appeal rights",
              "You may appeal a denied claim within 180 days of the date this EOB was issued. Write to "
              f"{TPA}, Appeals, {TPA_ADDR} or call {TPA_PH}. Urgent care appeals are decided within 72 hours."],
          8.8)
    t = truth("eob", "eligibility", insurer=TPA, plan_id=PLAN_NO, group_number=GRP, member_id=DEP_ID,
              member_name=DEP, case_numbers=[CLAIM_NEURO], claim_amount="982.00",
              service_dates=[NEURO_DOS.isoformat()], denial_date=EOB_DATE.isoformat(), provider=NEURO,
              appeal_deadline=plus(EOB_DATE, 180).isoformat(),
              alternates={"insurer": [PLAN], "member_id": [EMP_ID], "provider": [NEURO_DR],
                          "case_numbers": [[CLAIM_NEURO, CASE]]})
    return pdf_bytes(d), t


def prose_letter():
    """Standard fax: every fact in sentences (a physical therapy claim refused for the same reason)."""
    pt_dos = plus(BDAY26, 33)
    d = Doc(font="Times", footer=None)
    tpa_head(d, sub=f"{TPA_ADDR}   {TPA_PH}")
    d.text_line(fmt_date(PROSE_DATE, "wlong"), 10.5)
    d.ln(4)
    for l in [EMP, "318 Juniper Drive", "Fargo, ND 58102"]:
        d.text_line(l, 10.5)
    d.ln(5)
    paras(d, [f"Dear Ms. Fairchild,",
              f"We have processed claim NTB26-0317752 from Harborline Rehabilitation for the physical therapy "
              f"evaluation your son {DEP} received on {fmt_date(pt_dos, 'long')}. The therapist, Owen T. Marchetti, "
              f"billed $415.00. We pay claims for the {PLAN} (group {GRP}), and your son's member ID is {DEP_ID}.",
              f"We denied this claim because your son was not covered on that date. His coverage as a dependent "
              f"child ended when he turned 26, and the Plan Administrator has not approved a Disabled Dependent "
              f"Certification for him (eligibility case {CASE}).",
              "If you disagree, you may appeal within 180 days of the date of this letter. If the Plan "
              "Administrator later approves the certification, tell us and we will reprocess the claim without a "
              "new appeal.",
              f"Sincerely,", "Claims Resolution, " + TPA], 10.5)
    t = truth("denial_letter", "eligibility", insurer=TPA, group_number=GRP, member_id=DEP_ID, member_name=DEP,
              case_numbers=["NTB26-0317752"], claim_amount="415.00", service_dates=[pt_dos.isoformat()],
              denial_date=PROSE_DATE.isoformat(), provider="Owen T. Marchetti",
              appeal_deadline=plus(PROSE_DATE, 180).isoformat(),
              alternates={"provider": ["Harborline Rehabilitation"], "insurer": [PLAN],
                          "case_numbers": [["NTB26-0317752", CASE]]})
    return pdf_bytes(d), t


def neuro_statement():
    """Photocopy: the neurology practice's statement to the parent (denies nothing)."""
    d = Doc(font="Helvetica", footer=None)
    d.add_page()
    d.text_line(NEURO, 15, "B", "C")
    d.text_line("4120 Old Mill Road, Suite B  -  Fargo, ND 58103  -  Billing 701-555-0148", 8.5, "", "C")
    d.ln(5)
    d.text_line("Statement", 13, "B")
    labels(d, [("Statement date", fmt_date(STMT_DATE, "mdy_nopad")), ("Account", "LNA-0063318"),
               ("Responsible party", EMP), ("Patient", DEP), ("Provider", NEURO_DR),
               ("Insurance", f"Northwind Trail / Pellston Glassworks - ID {DEP_ID}")], 40, 10, colon=False)
    rows = [[fmt_date(NEURO_DOS, "mdy_nopad"), "95816", "EEG, awake and drowsy", "684.00"],
            [fmt_date(NEURO_DOS, "mdy_nopad"), "99215", "Office visit, established", "298.00"],
            [fmt_date(plus(EOB_DATE, 5), "mdy_nopad"), "", "Insurance denied - patient not eligible", "0.00"],
            ["", "", "Previous balance", "0.00"],
            ["*", "", "Patient balance", "982.00"]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [30, 20, 96, 28], 9.5, "LLLR")
    d.para("Your insurance reports that the patient's coverage ended. If you have other insurance or if coverage is "
           "reinstated, please call our billing office and we will re-bill the claim. Payment is due within 30 "
           "days. NPI 1689034417.", 9.5)
    t = truth("other", None, member_id=DEP_ID, member_name=DEP, claim_amount="982.00",
              service_dates=[NEURO_DOS.isoformat()], denial_date=STMT_DATE.isoformat(), provider=NEURO,
              unscored=["insurer"], alternates={"provider": [NEURO_DR], "denial_date": [None]})
    return pdf_bytes(d), t


def spanish():
    """Low resolution: the TPA's Spanish claim denial for another family's over-age dependent."""
    dep, dep_id = "Itzel R. Carrasco", "PGW0552093-02"
    notice = dt.date(2026, 4, 9)
    dos = dt.date(2026, 3, 17)
    d = Doc(font="Helvetica", footer="NTB-ES-ELG  Página {p} de {n}")
    tpa_head(d, sub=f"{TPA_ADDR}  -  Servicios en español {TPA_PH}, opción 2")
    d.text_line(fmt_date(notice, "es"), 10)
    d.ln(3)
    for l in ["Efraín Carrasco", "1207 Calle Las Flores", "Santa Ana, CA 92701"]:
        d.text_line(l, 10)
    d.ln(3)
    d.text_line("Aviso de denegación de reclamación", 13, "B")
    d.ln(1)
    labels(d, [("Paciente", dep), ("Número de miembro", dep_id), ("Número de grupo", GRP),
               ("Número de reclamación", "NTB26-0330861"), ("Fecha de servicio", fmt_date(dos, "es")),
               ("Proveedor", "Centro de Terapia Ocupacional Valle Sur"), ("Cargo total", "$1,236.40"),
               ("Fecha de nacimiento", fmt_date(dt.date(1999, 12, 2), "es"))], 52, 9.5)
    paras(d, ["#Motivo de la denegación",
              "La paciente no era elegible en la fecha de servicio. La cobertura de los hijos termina a los 26 "
              "años. Para continuar la cobertura de un hijo discapacitado, el Plan exige el formulario de "
              "Certificación de Dependiente Discapacitado con la declaración del médico dentro de los 31 días "
              "siguientes al cumpleaños número 26. El formulario recibido no incluía la declaración del médico.",
              "#Su derecho a apelar",
              "Usted puede apelar dentro de 180 días a partir de la fecha de este aviso. Envíe su apelación por "
              f"escrito a {TPA}, Apelaciones, {TPA_ADDR}. Tiene derecho a presentar una demanda civil según la "
              "sección 502(a) de ERISA si su apelación es denegada."], 9.5)
    t = truth("denial_letter", "eligibility", lang="es", insurer=TPA, group_number=GRP, member_id=dep_id,
              member_name=dep, case_numbers=["NTB26-0330861"], claim_amount="1236.40",
              service_dates=[dos.isoformat()], denial_date=notice.isoformat(),
              provider="Centro de Terapia Ocupacional Valle Sur", appeal_deadline=plus(notice, 180).isoformat(),
              alternates={"insurer": [PLAN]})
    return pdf_bytes(d), t


def appeal_granted():
    """Rotated stack, doc 1: the plan administrator grants the appeal and reinstates coverage."""
    appeal = "APL-PG-26-0142"
    d = Doc(font="Helvetica", footer=None)
    plan_head(d)
    d.text_line(fmt_date(APPEAL_DATE, "abbr"), 10)
    d.ln(3)
    d.text_line(EMP, 10)
    d.text_line("318 Juniper Drive, Fargo, ND 58102", 10)
    d.ln(4)
    labels(d, [("Appeal no.", appeal), ("Eligibility case", CASE), ("Dependent", DEP),
               ("Dependent ID", DEP_ID), ("Group", GRP), ("Appeal received", fmt_date(plus(APPEAL_DATE, -33), "abbr"))],
           40, 9.5)
    paras(d, ["#Decision on appeal: APPROVED",
              "We have reviewed your appeal and the completed Part B Physician's Statement signed by "
              f"{NEURO_DR}, together with the Social Security disability award letter you sent. They show that "
              f"{DEP} has had a disability since childhood and is chiefly dependent on you for support. We accept "
              "the late filing because the form was mailed to an old address.",
              f"{DEP} is approved as an over-age disabled dependent, with no break in coverage from "
              f"{fmt_date(BDAY26, 'abbr')}. We have told {TPA} to reprocess the claims it denied for him; you "
              "will receive new Explanations of Benefits. We will ask for a new certification every two years.",
              f"Questions: Benefits Office {PLAN_PH}."], 10)
    t = truth("other", None, insurer=PLAN, plan_id=PLAN_NO, group_number=GRP, member_id=DEP_ID, member_name=DEP,
              case_numbers=[appeal, CASE], denial_date=APPEAL_DATE.isoformat(),
              alternates={"case_numbers": [[appeal]], "plan_id": [None]})
    return pdf_bytes(d), t


def reprocessed_eob():
    """Rotated stack, doc 2: the TPA's reprocessed EOB paying the neurology claim (denies nothing)."""
    claim = CLAIM_NEURO + "R1"
    d = Doc(font="Courier", footer=None)
    d.add_page()
    d.text_line("NORTHWIND TRAIL BENEFIT SERVICES", 12, "B")
    d.text_line("EXPLANATION OF BENEFITS - ADJUSTED CLAIM", 10, "B")
    d.rule(0.4, 3)
    labels(d, [("ISSUE DATE", fmt_date(REPRO_DATE, "iso")), ("PATIENT", DEP), ("MEMBER ID", DEP_ID),
               ("GROUP", GRP), ("CLAIM", claim + "  (replaces " + CLAIM_NEURO + ")"), ("PROVIDER", NEURO)], 34,
           9.5, colon=False)
    d.table(["DOS", "CODE", "BILLED", "ALLOWED", "DEDUCT", "PAID", "YOU OWE"],
            [[fmt_date(NEURO_DOS, "iso"), "95816", "684.00", "412.30", "0.00", "329.84", "82.46"],
             [fmt_date(NEURO_DOS, "iso"), "99215", "298.00", "176.55", "0.00", "141.24", "35.31"],
             ["TOTAL", "", "982.00", "588.85", "0.00", "471.08", "117.77"]], [28, 18, 24, 24, 22, 24, 24], 9,
            "LLRRRRR")
    d.para("THIS CLAIM WAS REPROCESSED AFTER THE PLAN ADMINISTRATOR APPROVED THE PATIENT'S DISABLED DEPENDENT "
           "CERTIFICATION. PAYMENT WAS SENT TO THE PROVIDER. YOU MAY APPEAL ANY PART OF THIS DECISION WITHIN 180 "
           "DAYS OF THE ISSUE DATE.", 9)
    t = truth("eob", None, insurer=TPA, group_number=GRP, member_id=DEP_ID, member_name=DEP, case_numbers=[claim],
              claim_amount="982.00", service_dates=[NEURO_DOS.isoformat()], denial_date=REPRO_DATE.isoformat(),
              provider=NEURO, appeal_deadline=plus(REPRO_DATE, 180).isoformat(),
              alternates={"appeal_deadline": [None], "case_numbers": [[claim, CLAIM_NEURO]]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    F = FAMILY
    return [Item(f"{F}_photo_certification_reminder", "phone_photo", [reminder()]),
            Item(f"{F}_bd_adverse_determination_eligibility", "born_digital", [eligibility_notice()]),
            Item(f"{F}_scan300_family_eob_three_claims", "scan_clean_300", [family_eob()]),
            Item(f"{F}_faxstd_prose_claim_denial", "fax_standard_g4", [prose_letter()]),
            Item(f"{F}_copy_neurology_statement", "photocopy", [neuro_statement()]),
            Item(f"{F}_lowres_es_aviso", "scan_lowres_150", [spanish()]),
            Item(f"{F}_rotated_stack_appeal_granted_reprocessed_eob", "rotated",
                 [appeal_granted(), reprocessed_eob()], separators=["blank", None])]
