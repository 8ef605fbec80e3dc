"""Family 'platelet_rich_plasma_knee_injection_plan_exclusion_eob': an invented commercial plan refusing
platelet-rich plasma (PRP, 0232T) injections of the knee because its certificate of coverage excludes them.

Documents: a born-digital member EOB with three claims (office visit and knee x-ray paid, the PRP claim with its
injection and ultrasound-guidance lines refused); the orthopaedic clinic's patient statement (denies nothing); a
fine-fax claim denial letter in ruled boxes; a photocopied appeal decision upholding the exclusion; a phone photo
of a prose-only denial; a low-resolution Spanish notice; a standard-fax stack of a cover, the plan's
predetermination reply (pre-service, no amount) and the clinic's self-pay waiver (denies nothing).

All people, plans, clinics and numbers are invented (555 phone numbers). Decoys: DOB, NPI, tax ID, account
numbers, claims-processed periods, claim received dates, other claims, certificate section and form numbers,
72-hour and external-review limits, a 30-day payment term.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "platelet_rich_plasma_knee_injection_plan_exclusion_eob"
LANG = "en"
SEED = 340100

INS = "Cobalt Ridge Health Insurance Company"
INS_SHORT = "Cobalt Ridge Health"
INS_ADDR = "PO Box 40917, Marrowfield, OH 43299"
PLAN = "Cobalt Ridge Select PPO 2000"
CLINIC = "Stillwater Bend Orthopaedic & Sports Clinic"
CLINIC_ADDR = "2204 Kestrel Mill Parkway, Suite 310, Hollins Ferry, OH 43011"
DOC = "Thaddeus M. Okafor"
DOC_CRED = "Thaddeus M. Okafor, MD"
PH = "1-866-555-0182"
GRP = "CR-558120"


def base(seed):
    r = random.Random(SEED + seed)
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 110))
    dos = notice - dt.timedelta(days=r.randint(18, 45))
    return r, notice, dos


def plus(d, n):
    return d + dt.timedelta(days=n)


def letterhead(d, right=False, word="COBALT RIDGE HEALTH", sub=None, size=17):
    d.add_page()
    d.text_line(word, size, "B", "R" if right else "L")
    d.text_line(sub or (INS + "  -  " + INS_ADDR + "  -  " + PH), 7.5, "", "R" if right else "L")
    d.rule(0.7, 4)


def labels(d, rows, w=44, size=9.5, colon=True):
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


EXCL = ("Certificate of Coverage, Section 9 (General Exclusions), item 37: \"platelet-rich plasma and other "
        "autologous blood-derived injections, for any indication\"")


def eob_multi():
    """Born-digital member EOB: three claims, the PRP claim (two lines) refused, the others paid."""
    r, notice, dos = base(1)
    mem, mid = "Harriet D. Lomax", "CRH730418862"
    d = Doc(font="Helvetica", footer="CRH-EOB-22  |  Page {p} of {n}")
    letterhead(d)
    d.text_line("Explanation of Benefits", 14, "B")
    d.text_line("This is not a bill. Keep it for your records.", 8.5)
    d.ln(2)
    x0, y0 = d.get_x(), d.get_y()
    d.set_xy(120, y0)
    d.font(8.5, "B")
    d.cell(0, 4.6, "Statement date", new_x="LMARGIN", new_y="NEXT")
    d.set_x(120)
    d.font(10)
    d.cell(0, 5, fmt_date(notice, "long"), new_x="LMARGIN", new_y="NEXT")
    d.set_x(120)
    d.font(8.5, "B")
    d.cell(0, 4.6, "Claims processed", new_x="LMARGIN", new_y="NEXT")
    d.set_x(120)
    d.font(9)
    d.cell(0, 5, f"{fmt_date(plus(notice, -31), 'slash')} to {fmt_date(plus(notice, -3), 'slash')}",
           new_x="LMARGIN", new_y="NEXT")
    d.set_xy(x0, y0)
    for l in [mem, "611 Sycamore Court", "Duluth, MN 55802"]:
        d.text_line(l, 10)
    d.ln(8)
    labels(d, [("Member", mem), ("Member number", mid), ("Group", GRP), ("Plan", PLAN)], 36, 9.5, colon=False)
    d1, d2, d3 = plus(dos, -14), dos, plus(dos, -14)
    head = ["Service date", "Code / description", "Charged", "Allowed", "Not covered", "Plan paid", "Remark"]
    w = [24, 54, 19, 19, 21, 19, 14]
    rows = [["*Claim 26-044817-01   " + CLINIC + "   (patient: Harriet D. Lomax)", "", "", "", "", "", ""],
            [fmt_date(d1, "slash"), "99204 New patient visit", "$312.00", "$198.40", "$0.00", "$158.72", "A1"],
            ["*Claim 26-044821-03   Hollins Ferry Imaging Center", "", "", "", "", "", ""],
            [fmt_date(d3, "slash"), "73562 X-ray knee, 3 views", "$164.00", "$71.15", "$0.00", "$56.92", "A1"],
            ["*Claim 26-051936-02   " + CLINIC, "", "", "", "", "", ""],
            [fmt_date(d2, "slash"), "0232T PRP injection, R knee", "$1,150.00", "$0.00", "$1,150.00", "$0.00", "X37"],
            [fmt_date(d2, "slash"), "76942 US guidance, needle", "$235.00", "$0.00", "$235.00", "$0.00", "X37"],
            ["*", "Claim total", "$1,385.00", "$0.00", "$1,385.00", "$0.00", ""]]
    d.table(head, rows, w, 8, "LLRRRRL")
    paras(d, ["#Remarks",
              "A1  Paid at the in-network benefit after coinsurance. Your coinsurance is shown on your "
              "deductible and out-of-pocket summary on page 2.",
              "X37  Not covered. Your plan excludes this service: " + EXCL + ". Image guidance billed with an "
              "excluded service is also excluded. You may be billed for these charges.",
              "#If you disagree",
              "You have the right to appeal. Send a written appeal within 180 days of the date of this statement "
              f"to {INS}, Member Appeals, {INS_ADDR}, or call {PH} (TTY 711). If waiting would seriously harm "
              "your health you may ask for a 72-hour expedited appeal. You may also have a right to an external "
              "review by an independent review organization."], 8.8)
    d.add_page()
    d.text_line("Deductible and out-of-pocket summary - plan year 2026", 11, "B")
    d.table(["", "In-network", "Met so far", "Remaining"],
            [["Deductible (individual)", "$2,000.00", "$1,640.00", "$360.00"],
             ["Out-of-pocket maximum", "$6,500.00", "$2,104.36", "$4,395.64"]], [60, 34, 34, 34], 9, "LRRR")
    d.para("Amounts that are not covered by your plan do not count toward your deductible or out-of-pocket "
           "maximum.", 9)
    t = truth("eob", "not_covered", insurer=INS, group_number=GRP, member_id=mid, member_name=mem,
              case_numbers=["26-051936-02"], claim_amount="1385.00", service_dates=[d2.isoformat()],
              denial_date=notice.isoformat(), provider=CLINIC, appeal_deadline=plus(notice, 180).isoformat(),
              alternates={"insurer": [INS_SHORT]})
    return pdf_bytes(d), t


def clinic_statement():
    """The clinic's patient statement: a series of three PRP injections, insurer denied, balance due."""
    r, notice, dos = base(2)
    mem = "Wendell F. Pemberton"
    d = Doc(font="Times", footer=None)
    d.add_page()
    d.text_line(CLINIC, 15, "B", "C")
    d.text_line(CLINIC_ADDR, 9, "", "C")
    d.text_line("Billing office 614-555-0133   |   Tax ID 31-4470926", 9, "", "C")
    d.ln(5)
    d.text_line("PATIENT STATEMENT", 13, "B")
    d.ln(1)
    d.boxes([("Statement date", fmt_date(notice, "abbr"), 40), ("Account number", "SBO-2291047", 40),
             ("Patient", mem, 56), ("Amount due", "$3,255.00", 38)])
    d.ln(3)
    labels(d, [("Guarantor", mem + ", 4410 Fenwick Avenue, Erie, PA 16501"),
               ("Primary insurance", "Cobalt Ridge Health  -  ID CRH214470931  -  Group CR-558120"),
               ("Physician", DOC_CRED)], 38, 10, colon=False)
    s1, s2, s3 = plus(dos, -28), plus(dos, -14), dos
    rows = []
    for s in (s1, s2, s3):
        rows.append([fmt_date(s, "abbr"), "0232T", "PRP injection, left knee (incl. guidance)", "1,085.00"])
    rows += [[fmt_date(plus(notice, -9), "abbr"), "", "Insurance: Cobalt Ridge - denied, plan exclusion", "0.00"],
             [fmt_date(plus(notice, -9), "abbr"), "", "Patient payment - thank you", "0.00"],
             ["*", "", "Total charges", "3,255.00"]]
    d.table(["Date", "CPT", "Description", "Charge"], rows, [32, 20, 96, 26], 9.5, "LLLR")
    d.para("Your insurance company has told us that platelet-rich plasma injections are excluded under your plan. "
           "You signed our self-pay agreement before your first injection. Please pay the amount due within 30 "
           "days of the statement date or call us to set up a payment plan. Ask about our 15% prompt-pay discount.",
           10)
    t = truth("other", None, group_number=GRP, member_id="CRH214470931", member_name=mem, claim_amount="3255.00",
              service_dates=[s1.isoformat(), s2.isoformat(), s3.isoformat()], denial_date=notice.isoformat(),
              provider=CLINIC, unscored=["insurer"], alternates={"provider": [DOC], "denial_date": [None]})
    return pdf_bytes(d), t


def boxed_letter():
    """Fine fax: claim denial letter with ruled boxes and the exclusion quoted."""
    r, notice, dos = base(3)
    mem, mid, claim = "Kwame B. Oduya", "CRH508836217", "26-063302-01"
    d = Doc(font="Helvetica", footer="Form CRH-ADV-7 (01/2026)")
    letterhead(d, right=True)
    d.text_line("NOTICE OF CLAIM DENIAL", 13, "B")
    d.ln(1)
    d.boxes([("Date of notice", fmt_date(notice, "iso"), 36), ("Member ID", mid, 42), ("Group no.", GRP, 32),
             ("Claim no.", claim, 36), ("Date of birth", fmt_date(dt.date(1971, 9, 2), "iso"), 32)])
    d.boxes([("Patient", mem, 50), ("Provider", DOC_CRED, 56), ("Provider NPI", "1407762915", 34),
             ("Received", fmt_date(plus(dos, 5), "iso"), 38)])
    d.boxes([("Date(s) of service", fmt_date(dos, "iso"), 46), ("Service", "0232T platelet-rich plasma, knee", 78),
             ("Billed", fmt_money(1240.00, "nosign"), 54)])
    d.ln(4)
    paras(d, ["#Decision",
              "We denied this claim. The service is excluded under your plan: " + EXCL + ". We did not review "
              "whether the injection was medically necessary, because an excluded service is not covered for any "
              "reason.",
              "#How to appeal",
              f"You, or someone you authorize, may appeal within 180 days of the date of this notice. Mail or fax "
              f"your appeal to {INS}, Appeals Unit, {INS_ADDR}; fax 1-866-555-0190. Include a copy of this notice. "
              "Urgent appeals are decided within 72 hours. You may ask for copies of the documents we used, free of "
              "charge.",
              "#Other help",
              "You may contact your state's department of insurance consumer assistance program. An external "
              "review may be requested within 4 months after a final internal appeal decision."], 9.5)
    t = truth("denial_letter", "not_covered", insurer=INS, group_number=GRP, member_id=mid, member_name=mem,
              case_numbers=[claim], claim_amount="1240.00", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=DOC, appeal_deadline=plus(notice, 180).isoformat(),
              alternates={"insurer": [INS_SHORT], "provider": [CLINIC]})
    return pdf_bytes(d), t


def appeal_upheld():
    """Photocopy: final internal appeal decision upholding the exclusion; external review only."""
    r, notice, dos = base(4)
    mem, mid = "Beatriz N. Kessler", "CRH661023584"
    appeal, claim = "APL-2026-118473", "26-038850-04"
    d = Doc(font="Helvetica", footer=None)
    letterhead(d, word="Cobalt Ridge Health", size=15)
    d.text_line(fmt_date(notice, "dmy"), 10)
    d.ln(3)
    for l in [mem, "77 Lantern Way", "Pueblo, CO 81003"]:
        d.text_line(l, 10)
    d.ln(4)
    labels(d, [("Appeal number", appeal), ("Original claim", claim), ("Member ID", mid), ("Group", GRP),
               ("Appeal received", fmt_date(plus(notice, -24), "dmy"))], 40, 9.5)
    paras(d, ["#Final internal appeal decision: denial upheld",
              f"You appealed our denial of the platelet-rich plasma injections of your right knee given by "
              f"{DOC_CRED}, at {CLINIC} on {fmt_date(dos, 'dmy')}, billed at {fmt_money(2170.00)}. A physician "
              "reviewer board-certified in orthopaedic surgery, who was not involved in the first decision, read "
              "your appeal, the clinic's notes and the published studies you sent.",
              "The denial is upheld. Your plan lists platelet-rich plasma injections among its general exclusions "
              "(Certificate of Coverage, Section 9, item 37), and the plan also considers them unproven for knee "
              "osteoarthritis. Studies supporting benefit in some patients do not change a plan exclusion.",
              "#Your further rights",
              "This was your final internal appeal. You may ask for an external review by an independent review "
              "organization within 4 months of receiving this letter. You may also bring a civil action. For "
              f"help call {PH} or your state consumer assistance program at 1-877-555-0110."], 10)
    t = truth("denial_letter", "not_covered", insurer=INS, group_number=GRP, member_id=mid, member_name=mem,
              case_numbers=[appeal, claim], claim_amount="2170.00", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=DOC, appeal_deadline=None,
              denial_alternates=["experimental"],
              alternates={"insurer": [INS_SHORT], "case_numbers": [[appeal]], "provider": [CLINIC]})
    return pdf_bytes(d), t


def prose():
    """Phone photo: every fact in sentences."""
    r, notice, dos = base(5)
    mem = "Colin R. Abernathy"
    d = Doc(font="Times", footer=None)
    d.add_page()
    d.text_line("Cobalt Ridge Health Insurance Company", 14, "B", "C")
    d.text_line("Claims Department  -  " + INS_ADDR, 8.5, "", "C")
    d.ln(8)
    d.text_line(fmt_date(notice, "upper"), 10.5)
    d.ln(5)
    paras(d, [f"Dear {mem},",
              f"This letter is about claim number 26-070415-02, which {CLINIC} sent us for the injection of "
              f"platelet-rich plasma into your left knee on {fmt_date(dos, 'long')}. "
              f"The clinic charged $1,096.50 for the visit, which was performed by Dr. {DOC}. We have your member "
              f"number as CRH447190358 and your employer group as {GRP}.",
              "We are not able to pay this claim. Your certificate of coverage excludes platelet-rich plasma "
              "injections for any condition, so no benefits are available even when your doctor recommends them.",
              "If you think we made a mistake, you may file an appeal within 180 days of the date of this letter. "
              f"You can call us at {PH} or write to the address above. If your health could be seriously harmed "
              "by waiting, ask for a fast appeal and we will answer within 72 hours.",
              "Sincerely,", "Claims Department, Cobalt Ridge Health"], 10.5)
    t = truth("denial_letter", "not_covered", insurer=INS, group_number=GRP, member_id="CRH447190358",
              member_name=mem, case_numbers=["26-070415-02"], claim_amount="1096.50", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=DOC, appeal_deadline=plus(notice, 180).isoformat(),
              alternates={"insurer": [INS_SHORT], "provider": [CLINIC]})
    return pdf_bytes(d), t


def spanish():
    """Low-resolution Spanish notice."""
    r, notice, dos = base(6)
    mem, mid, claim = "Milagros T. Villalobos", "CRH392208174", "26-059927-01"
    d = Doc(font="Helvetica", footer="CRH-ADV-7-SP")
    letterhead(d, word="COBALT RIDGE SALUD",
               sub=INS + "  -  " + INS_ADDR + "  -  Servicios al afiliado " + PH)
    d.text_line(fmt_date(notice, "es"), 10)
    d.ln(3)
    for l in [mem, "1820 Calle Las Flores", "Laredo, TX 78040"]:
        d.text_line(l, 10)
    d.ln(3)
    d.text_line("Aviso de denegación de una reclamación", 13, "B")
    d.ln(1)
    labels(d, [("Paciente", mem), ("Número de afiliado", mid), ("Grupo", GRP), ("Número de reclamación", claim),
               ("Fecha de nacimiento", fmt_date(dt.date(1966, 11, 23), "es")),
               ("Fecha de servicio", fmt_date(dos, "es")), ("Médico", DOC_CRED),
               ("Cantidad facturada", "US$1,310.00")], 50, 9.5)
    paras(d, ["#Motivo",
              "Su plan no cubre las inyecciones de plasma rico en plaquetas (código 0232T) en la rodilla. Este "
              "servicio está excluido en su Certificado de Cobertura, sección 9, punto 37.",
              "#Su derecho a apelar",
              "Puede presentar una apelación dentro de 180 días a partir de la fecha de este aviso. Escriba a "
              f"{INS}, Apelaciones, {INS_ADDR}, o llame al {PH}. Una apelación urgente se decide en 72 horas. "
              "Puede pedir una revisión externa dentro de 4 meses después de la decisión final."], 9.8)
    t = truth("denial_letter", "not_covered", lang="es", insurer=INS, group_number=GRP, member_id=mid,
              member_name=mem, case_numbers=[claim], claim_amount="1310.00", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=DOC, appeal_deadline=plus(notice, 180).isoformat(),
              alternates={"insurer": [INS_SHORT]})
    return pdf_bytes(d), t


def predetermination():
    """Standard fax stack, doc 1: the plan's pre-service predetermination reply to the clinic (no amount)."""
    r, notice, dos = base(7)
    mem, mid, ref = "Ezra G. Holloway", "CRH815530446", "PD-26-0041592"
    planned = plus(notice, 16)
    d = Doc(font="Courier", footer=None)
    d.add_page()
    d.text_line("COBALT RIDGE HEALTH - PROVIDER PREDETERMINATION UNIT", 11, "B")
    d.text_line("FAX 1-866-555-0177   PHONE " + PH, 9)
    d.rule(0.5, 3)
    labels(d, [("DATE", fmt_date(notice, "upper")), ("TO", DOC_CRED + " / " + CLINIC), ("ATTN", "Prior review desk"),
               ("PATIENT", mem), ("MEMBER ID", mid), ("GROUP", GRP), ("DOB", fmt_date(dt.date(1959, 4, 30), "upper")),
               ("REFERENCE", ref), ("REQUEST RCVD", fmt_date(plus(notice, -3), "upper")),
               ("SERVICE", "0232T X1 RIGHT KNEE"), ("PLANNED DOS", fmt_date(planned, "upper"))], 40, 9.5,
           colon=False)
    paras(d, ["DETERMINATION: NOT COVERED - BENEFIT EXCLUSION.",
              "PLATELET-RICH PLASMA INJECTIONS ARE EXCLUDED UNDER THE MEMBER'S CERTIFICATE OF COVERAGE "
              "(SECTION 9, ITEM 37). THIS IS A BENEFIT DETERMINATION, NOT A MEDICAL NECESSITY REVIEW. THE MEMBER "
              "MAY BE BILLED ONLY IF A WRITTEN WAIVER IS SIGNED BEFORE THE SERVICE.",
              "APPEAL: THE MEMBER OR THE PROVIDER ON THE MEMBER'S BEHALF MAY APPEAL WITHIN 180 DAYS OF THE DATE OF "
              "THIS NOTICE. A COPY HAS BEEN MAILED TO THE MEMBER."], 9.5)
    t = truth("denial_letter", "not_covered", insurer=INS_SHORT, group_number=GRP, member_id=mid, member_name=mem,
              case_numbers=[ref], service_dates=[planned.isoformat()], denial_date=notice.isoformat(), provider=DOC,
              appeal_deadline=plus(notice, 180).isoformat(), alternates={"provider": [CLINIC]})
    return pdf_bytes(d), t, mem, mid, planned, notice


def waiver(mem, mid, planned, pd_notice):
    """Standard fax stack, doc 2: the clinic's self-pay agreement for the excluded injection (denies nothing)."""
    d = Doc(font="Helvetica", footer=None)
    d.add_page()
    d.text_line(CLINIC, 13, "B")
    d.text_line(CLINIC_ADDR, 8.5)
    d.rule(0.4, 4)
    d.text_line("Patient Financial Responsibility Agreement - Non-Covered Service", 11.5, "B")
    d.ln(2)
    signed = plus(pd_notice, 4)
    labels(d, [("Patient", mem), ("Insurance ID", mid), ("Physician", DOC_CRED),
               ("Planned service", "Platelet-rich plasma injection, right knee (0232T)"),
               ("Scheduled date", fmt_date(planned, "slash")), ("Estimated charge", "$1,150.00"),
               ("Agreement date", fmt_date(signed, "slash"))], 42, 10)
    d.para("I understand that my health plan, Cobalt Ridge Health, has told the clinic that this service is excluded "
           "from my coverage. I agree to pay the clinic's self-pay price for it on the day of the service. I may "
           "cancel this agreement at any time before the injection.", 10)
    d.ln(8)
    d.text_line("Patient signature: ______________________________      Witness: ____________________", 10)
    t = truth("other", None, member_id=mid, member_name=mem, claim_amount="1150.00",
              service_dates=[planned.isoformat()], denial_date=signed.isoformat(), provider=CLINIC,
              unscored=["insurer"],
              alternates={"provider": [DOC], "claim_amount": [None], "denial_date": [None], "service_dates": [[]]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    F = FAMILY
    pdf, t, mem, mid, planned, notice = predetermination()
    return [Item(f"{F}_bd_member_eob_three_claims", "born_digital", [eob_multi()]),
            Item(f"{F}_scan300_clinic_statement", "scan_clean_300", [clinic_statement()]),
            Item(f"{F}_faxfine_boxed_claim_denial", "fax_fine_g4", [boxed_letter()]),
            Item(f"{F}_copy_appeal_upheld", "photocopy", [appeal_upheld()]),
            Item(f"{F}_photo_prose_letter", "phone_photo", [prose()]),
            Item(f"{F}_lowres_es_aviso", "scan_lowres_150", [spanish()]),
            Item(f"{F}_faxstd_stack_predetermination_waiver", "fax_standard_g4",
                 [(pdf, t), waiver(mem, mid, planned, notice)], separators=["cover", None])]
