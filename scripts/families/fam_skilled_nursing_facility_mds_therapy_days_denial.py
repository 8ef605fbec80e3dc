"""Family 'skilled_nursing_facility_mds_therapy_days_denial': skilled nursing facility (SNF) days after daily
therapy stopped (MDS discharge from therapy, PDPM assessments) refused as custodial care, i.e. no longer a skilled
level of care.

Documents: the SNF's monthly statement (covered and non-covered days, account number and MDS dates as decoys);
a phone photo of a Medicare Advantage plan's Notice of Medicare Non-Coverage (the date coverage ends, the QIO fast
appeal by noon; it refuses no claim); a standard-fax stack of the plan's CMS-10003 style notice of denial of payment
for the days after therapy ended and a copy of the SNF's institutional claim form; a sideways Independent Review
Entity reconsideration upholding the plan; a Spanish Medicare Summary Notice (Part A) with the non-covered days;
a low-resolution Medicare Advantage EOB with three claims (two paid, only the custodial days refused); a
photocopied statement of SNF benefit days used. All values invented (plans, facilities, people, IDs).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "skilled_nursing_facility_mds_therapy_days_denial"
LANG = "en"
SEED = 322600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SNFS = ["Willowbend Rehabilitation and Nursing Center", "Copper Hollow Skilled Nursing", "Marlow Gardens Care Center",
        "Ravensford Health and Rehabilitation", "Centro de Rehabilitación Las Palmas"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(18, 14, 18), font="DejaVu"):
        super().__init__(font, footer=foot, header=header, margins=margins)
        if font == "DejaVu":
            self.add_font("DejaVu", "B", BOLD)


def mbi(r: Rand) -> str:
    return f"{r.randint(1, 9)}{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(2)}"


def stay(r: Rand) -> dict:
    adm = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 60))
    tstop = adm + dt.timedelta(days=r.randint(16, 24))
    cut = tstop + dt.timedelta(days=2)
    dc = cut + dt.timedelta(days=r.randint(9, 16))
    return dict(adm=adm, tstop=tstop, cut=cut, first_denied=cut + dt.timedelta(days=1), dc=dc,
                rate=float(r.choice([465, 488, 512, 539, 560])))


# ------------------------------------------------------------------ 0: SNF statement (born digital)
def doc_snf_statement(r: Rand) -> tuple[bytes, dict]:
    _, first, mid_i, last = r.person()
    member = f"{first} {mid_i}. {last}"
    s = stay(r)
    snf = SNFS[0]
    plan = "Lakespire Medicare Advantage"
    mid = f"LKS{r.digits(9)}"
    acct = f"{r.digits(7)}"
    per_start, per_end = s["first_denied"], s["dc"]
    ndays = (per_end - per_start).days
    stmt = per_end + dt.timedelta(days=r.randint(12, 20))
    room = s["rate"] * ndays
    anc = [("Pharmacy", float(r.randint(180, 420))), ("Medical supplies", float(r.randint(60, 150)))]
    total = room + sum(a for _, a in anc)
    d = Page("Willowbend Rehabilitation and Nursing Center  |  Business Office  |  {p}/{n}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Willowbend", 20, "B", h=9)
    d.text_line("Rehabilitation and Nursing Center", 11, h=5.5)
    d.text_line(f"1200 Orchard Terrace, Millbrook, IA 50999  |  Business office {r.phone()}", 8.5, h=5)
    d.rule(0.6, 4)
    d.text_line("RESIDENT ACCOUNT STATEMENT", 12, "B", h=7)
    d.boxes([("Statement date", fmt_date(stmt, "mdy_nopad"), 36), ("Resident", member, 56),
             ("Account", acct, 30), ("Billing period", f"{fmt_date(per_start, 'mdy_nopad')} - "
              f"{fmt_date(per_end, 'mdy_nopad')}", 56)])
    d.boxes([("Admitted", fmt_date(s["adm"], "mdy_nopad"), 36), ("Primary payer", plan, 64),
             ("Payer member ID", mid, 44), ("Room", f"{r.randint(101, 240)}-B", 34)])
    d.ln(4)
    rows = [[f"{fmt_date(per_start, 'mdy_nopad')}-{fmt_date(per_end, 'mdy_nopad')}", "0120",
             f"Room and board, semi-private ({ndays} days)", fmt_money(room, "nosign")]]
    rows += [["", rc, nm, fmt_money(a, "nosign")] for (nm, a), rc in zip(anc, ["0250", "0270"])]
    rows.append(["*Total charges this period", "", "", fmt_money(total, "nosign")])
    rows.append(["", "", f"Plan payment ({plan}) - days not covered", "0.00"])
    rows.append(["*Resident responsibility", "", "", fmt_money(total, "nosign")])
    d.table(["Dates", "Rev.", "Description", "Amount"], rows, [46, 16, 92, 28], size=8.7, aligns="LLLR",
            head_fill=True)
    d.text_line("About these charges", 10, "B", h=6)
    d.para(f"Skilled therapy ended on {fmt_date(s['tstop'], 'mdy_nopad')} (MDS therapy discharge assessment "
           f"completed {fmt_date(s['tstop'] + dt.timedelta(days=1), 'mdy_nopad')}). Your health plan gave you a "
           f"notice that its coverage of your stay ended on {fmt_date(s['cut'], 'mdy_nopad')}. The days in this "
           "billing period are billed to you at our private daily rate because the plan considers them "
           "custodial care. If an appeal is decided in your favour, we will rebill the plan and refund you.", 9)
    d.para(f"Payment is due within 30 days. Previous balance: $0.00. Our Medicare provider number is "
           f"{r.digits(2)}-5{r.digits(3)}.", 8.6)
    t = truth("other", None, member_id=mid, member_name=member, claim_amount=m2(total),
              service_dates=[iso(per_start, per_end)], denial_date=iso(stmt), provider=snf, unscored=["insurer"],
              alternates={"member_id": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: NOMNC (phone photo)
def doc_nomnc(r: Rand) -> tuple[bytes, dict]:
    _, first, mid_i, last = r.person()
    member = f"{first} {mid_i}. {last}"
    s = stay(r)
    snf = SNFS[1]
    plan = "Pinemoor Senior Advantage"
    mid = f"PSA-{r.digits(8)}"
    pat = f"{r.digits(6)}"
    issued = s["cut"] - dt.timedelta(days=2)
    qio = "Livanta-style QIO: Heartland Beneficiary Quality Review"
    d = Page("Form CMS-10123-NOMNC (Exp. 06/30/2028)      OMB Approval No. 0938-0953", margins=(18, 14, 18),
             font="Helvetica")
    d.add_page()
    d.text_line(f"{plan}  -  on behalf of your plan, delivered by {snf}", 9, h=5)
    d.ln(2)
    d.text_line("Notice of Medicare Non-Coverage", 15, "B", h=8, align="C")
    d.ln(2)
    d.font(10, "B")
    d.cell(32, 6, "Patient name:")
    d.font(10)
    d.cell(70, 6, member)
    d.font(10, "B")
    d.cell(32, 6, "Patient number:")
    d.font(10)
    d.cell(0, 6, pat, new_x="LMARGIN", new_y="NEXT")
    d.font(10, "B")
    d.cell(32, 6, "Plan member ID:")
    d.font(10)
    d.cell(70, 6, mid)
    d.font(10, "B")
    d.cell(32, 6, "Date issued:")
    d.font(10)
    d.cell(0, 6, fmt_date(issued, "slash"), new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("THE EFFECTIVE DATE COVERAGE OF YOUR CURRENT SKILLED NURSING SERVICES WILL END: "
           f"{fmt_date(s['cut'], 'long').upper()}", 11)
    d.para("- Your Medicare provider and/or health plan have determined that Medicare probably will not pay for "
           "your current skilled nursing services after the effective date indicated above.", 10)
    d.para("- You may have to pay for any services you receive after the above date.", 10)
    d.text_line("YOUR RIGHT TO APPEAL THIS DECISION", 11, "B", h=7)
    d.para("- You have the right to an immediate, independent medical review (appeal) of the decision to end "
           "Medicare coverage of these services. Your services will continue during the appeal.", 10)
    d.para(f"- If you choose to appeal, the independent reviewer will ask for your opinion. The reviewer is "
           f"{qio.split(': ')[1]}, your Quality Improvement Organization (QIO). Call {r.phone()}.", 10)
    d.para("- If you miss the deadline, you may have other appeal rights: if you have Medicare Advantage, you can "
           "request an expedited reconsideration from your plan.", 10)
    d.text_line("HOW TO ASK FOR AN IMMEDIATE APPEAL", 11, "B", h=7)
    d.para("- You must make your request to your QIO no later than noon of the day before the effective date "
           "indicated above.", 10)
    d.text_line("ADDITIONAL INFORMATION (OPTIONAL)", 10, "B", h=6)
    d.para(f"Daily skilled therapy ended {fmt_date(s['tstop'], 'slash')}. Your care needs are now custodial "
           f"(help with bathing, dressing and walking). Attending: Dr. Corinne A. Vasquez. Plan contact "
           f"{r.phone()}.", 10)
    d.para("Please sign below to indicate you received and understood this notice.\n"
           "Signature of Patient or Representative ____________________   Date ____________", 10)
    t = truth("other", None, insurer=plan, member_id=mid, member_name=member, denial_date=iso(issued),
              provider=snf, type_alternates=["denial_letter"], denial_alternates=["level_of_care"],
              alternates={"service_dates": [[iso(s["cut"])]], "insurer": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 2: fax stack: IDN payment denial + claim copy
def doc_idn(r: Rand, f: dict) -> tuple[bytes, dict]:
    s = f["s"]
    d = Page("Form CMS-10003-NDMCP (Exp. 01/31/2028)   " + f["hnum"] + "   Page {p} of {n}",
             header=f"{f['member']}  -  Member #{f['mid']}", margins=(20, 16, 20))
    d.add_page()
    d.text_line(f["plan"], 13, "B", h=7)
    d.text_line(f"Medicare Advantage Appeals & Coverage  -  PO Box 2290, Osprey Point, FL 33999  -  {r.phone()}",
                8.5, h=4.5)
    d.ln(4)
    d.text_line("Notice of Denial of Payment", 15, "B", h=8, align="C")
    d.ln(2)
    for lab, val in [("Date:", fmt_date(f["notice"], "long")), ("Name:", f["member"]), ("Member number:", f["mid"]),
                     ("Reference:", f["ref"])]:
        d.font(10, "B")
        d.cell(36, 5.8, lab)
        d.font(10)
        d.cell(0, 5.8, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Your request was denied", 11.5, "B", h=7)
    d.para(f"We denied payment for the skilled nursing facility days listed below. {f['snf']} billed us "
           f"{fmt_money(f['billed'])} on claim {f['claim']} for your stay from {fmt_date(s['first_denied'], 'long')} "
           f"through {fmt_date(s['dc'], 'long')}.", 10)
    d.text_line("Why did we deny your request?", 11.5, "B", h=7)
    d.para(f"Medicare Advantage plans cover skilled nursing facility care only when you need daily skilled "
           f"nursing or therapy that can only be given in a skilled nursing facility. Your physical and "
           f"occupational therapy ended on {fmt_date(s['tstop'], 'long')}. The Minimum Data Set (MDS) assessment "
           "and nursing notes after that date show help with bathing, dressing, eating and walking, which is "
           "custodial care. Custodial care is not covered (Evidence of Coverage, Chapter 4, Section 3; 42 CFR "
           "409.31 and 411.15(g)).", 10)
    d.text_line("You have the right to appeal our decision", 11.5, "B", h=7)
    d.para("You have the right to ask us to review our decision by asking for an appeal (reconsideration). You "
           "must ask within 65 calendar days of the date of this notice. If you ask after 65 days, you must "
           "explain why your appeal is late. We will decide a payment appeal within 60 days. Fast (72-hour) "
           "appeals are for services not yet received and do not apply to payment requests. If we keep the "
           "denial, your case goes to an Independent Review Entity (IRE) automatically.", 10)
    d.para(f"Doctor who certified the stay: Dr. Malcolm J. Winslow. Date of birth: {fmt_date(f['dob'], 'slash')}.",
           9)
    d.add_page()
    d.text_line("Important information about your appeal rights", 12, "B", h=7)
    d.text_line("Who may ask for an appeal?", 10.5, "B", h=6)
    d.para("You or someone you name to act for you (your representative) can ask. Your doctor or the facility can "
           "also ask for you. Use form CMS-1696 to name a representative.", 10)
    d.text_line("How do I ask for an appeal?", 10.5, "B", h=6)
    d.para(f"Write to the address on page 1 or fax {r.phone()}. Put the member number and the reference number on "
           "every page you send. You may send medical records, therapy notes and a letter from your doctor. You "
           "can ask for copies of the records and the coverage rules we used, at no cost to you.", 10)
    d.text_line("What happens next?", 10.5, "B", h=6)
    d.para("If we decide against you on appeal, we send your case to an Independent Review Entity. If the IRE "
           "decides against you and the amount is $190.00 or more, you may ask for a hearing with an "
           "Administrative Law Judge within 60 days after you receive the IRE's decision.", 10)
    d.text_line("Get help", 10.5, "B", h=6)
    d.para("Call your State Health Insurance Assistance Program (SHIP) for free counseling, or 1-800-MEDICARE "
           "(TTY 1-877-486-2048), 24 hours a day, 7 days a week.", 10)
    t = truth("denial_letter", "level_of_care", insurer=f["plan"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["ref"], f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(s["first_denied"], s["dc"])], denial_date=iso(f["notice"]), provider=f["snf"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)),
              denial_alternates=["not_covered", "medical_necessity"],
              alternates={"case_numbers": [[f["ref"]], [f["claim"]]]})
    return pdf_bytes(d), t


def doc_claim_copy(r: Rand, f: dict) -> tuple[bytes, dict]:
    s = f["s"]
    d = Page(None, margins=(10, 10, 10), font="Helvetica")
    d.add_page()
    d.text_line("COPY - INSTITUTIONAL CLAIM (UB-04 FORMAT) - FOR PATIENT RECORDS", 9, "B", h=5)
    d.ln(1)
    d.boxes([("1 Provider", f["snf"], 92), ("3a Pat. cntl #", f["pcn"], 46), ("4 Type of bill", "0212", 30),
             ("5 Fed. tax no.", f"{r.digits(2)}-{r.digits(7)}", 28)], h=12, value_size=8.5)
    d.boxes([("6 Statement covers period", f"{fmt_date(s['first_denied'], 'slash')} thru "
              f"{fmt_date(s['dc'], 'slash')}", 62), ("8 Patient name", f["member"], 70),
             ("10 Birthdate", fmt_date(f["dob"], "short"), 30), ("12 Admission date", fmt_date(s["adm"], "short"), 34)],
            h=12, value_size=8.5)
    d.ln(3)
    nd = (s["dc"] - s["first_denied"]).days
    rows = [["0022", "SNF PPS (HIPPS)", "KDCE1", fmt_date(s["first_denied"], "short"), "1", "0.00"],
            ["0120", "Room-board semi", "", fmt_date(s["first_denied"], "short"), str(nd),
             fmt_money(f["room"], "nosign")],
            ["0250", "Pharmacy", "", fmt_date(s["first_denied"], "short"), "1", fmt_money(f["rx"], "nosign")],
            ["0001", "*Total charges", "", "", "", fmt_money(f["billed"], "nosign")]]
    d.table(["42 Rev cd", "43 Description", "44 HCPCS/Rates", "45 Serv. date", "46 Units", "47 Total charges"],
            rows, [24, 54, 30, 30, 20, 34], size=8.4, aligns="LLLLRR", border_head="TB")
    d.boxes([("50 Payer name", f["plan"], 80), ("54 Prior payments", "0.00", 32), ("60 Insured's unique ID",
             f["mid"], 50), ("64 Document control no.", f["claim"], 34)], h=12, value_size=8.5)
    d.boxes([("67 Principal dx", "I63.512", 40), ("76 Attending", "WINSLOW, MALCOLM J", 70),
             ("NPI", r.npi(), 40), ("80 Remarks", "therapy d/c; NOMNC issued", 46)], h=12, value_size=8.5)
    d.ln(3)
    d.para("Copy sent to the resident's family on request. This form copy is not a bill and not a payer decision.",
           8.5)
    t = truth("other", None, insurer=f["plan"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(s["first_denied"], s["dc"])], provider=f["snf"], unscored=["insurer"],
              alternates={"case_numbers": [[], [f["pcn"]], [f["claim"], f["pcn"]]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    _, first, mid_i, last = r.person()
    s = stay(r)
    nd = (s["dc"] - s["first_denied"]).days
    room = s["rate"] * nd
    rx = float(r.randint(140, 390))
    f = dict(member=f"{first} {mid_i}. {last}", s=s, snf=SNFS[2], plan="Osprey Coast Medicare Plans",
             mid=f"{r.digits(9)}{r.letters(1)}", ref=f"UM-{r.digits(8)}", claim=f"{r.digits(14)}",
             pcn=f"MG{r.digits(6)}", hnum=f"H{r.digits(4)}_{r.letters(3)}{r.digits(2)}_C",
             dob=dt.date(r.randint(1935, 1955), r.randint(1, 12), r.randint(1, 28)), room=room, rx=rx,
             billed=room + rx, notice=s["dc"] + dt.timedelta(days=r.randint(20, 32)))
    return Item(f"{FAMILY}_fax_stack", "fax_standard_g4", [doc_idn(r, f), doc_claim_copy(r, f)])


# ------------------------------------------------------------------ 3: IRE reconsideration upheld (rotated)
def doc_ire(r: Rand) -> tuple[bytes, dict]:
    _, first, mid_i, last = r.person()
    member = f"{first} {mid_i}. {last}"
    s = stay(r)
    snf = SNFS[3]
    plan = "Lakespire Medicare Advantage"
    ire = "Northgate Independent Review Services"
    mid = f"LKS{r.digits(9)}"
    ire_no = f"{r.digits(1)}-{r.digits(7)}{r.digits(3)}"
    plan_case = f"REC-{r.digits(7)}"
    recv = s["dc"] + dt.timedelta(days=r.randint(70, 90))
    notice = recv + dt.timedelta(days=r.randint(20, 35))
    billed = s["rate"] * (s["dc"] - s["first_denied"]).days + 250.0
    d = Page("Northgate Independent Review Services  -  Medicare Managed Care Reconsideration  -  {p}",
             margins=(24, 18, 24), font="Times")
    d.add_page()
    d.text_line("NORTHGATE", 18, "B", h=8)
    d.text_line("Independent Review Services", 11, h=5)
    d.text_line("Medicare Part C Independent Review Entity  -  88 Ledger Way, Suite 400, Pittsford, NY 14999", 9, h=5)
    d.ln(8)
    d.text_line(fmt_date(notice, "dmy"), 11, h=6)
    d.ln(2)
    for ln in [member, *r.address()]:
        d.text_line(ln, 11, h=5.4)
    d.ln(4)
    d.text_line("RECONSIDERATION DECISION: UNFAVORABLE", 12, "B", h=7)
    d.ln(1)
    d.para(f"Our appeal number {ire_no}. Your plan, {plan}, sent us its reconsideration file {plan_case} on "
           f"{fmt_date(recv, 'dmy')}, because the plan did not decide fully in your favour. Medicare requires "
           "us to review the case independently.", 11)
    d.para(f"The issue is whether the plan must pay {snf} for your stay from {fmt_date(s['first_denied'], 'dmy')} "
           f"to {fmt_date(s['dc'], 'dmy')} (charges of {fmt_money(billed)}). We reviewed the therapy logs, the "
           "MDS assessments and nursing notes. Your therapy ended because you had reached your goals, and after "
           "that date your nursing needs (medication passes, help with bathing and transfers) could be met by "
           "non-skilled staff. Care of this kind is custodial and does not need a skilled nursing facility "
           "level of care. We agree with the plan: the plan does not have to pay for these days.", 11)
    d.text_line("If you disagree", 11.5, "B", h=6.5)
    d.para("You may ask for a hearing before an Administrative Law Judge (ALJ) if the amount in controversy is at "
           "least $190.00. Your request must be received within 60 days after you receive this notice. Send it "
           "to the office named on the enclosed form OMHA-100.", 11)
    d.para(f"Plan member ID: {mid}. Physician reviewer: board-certified in geriatric medicine.", 10)
    d.para(f"Sincerely,\n\nReconsideration Unit\n{ire}", 11)
    t = truth("denial_letter", "level_of_care", insurer=ire, member_id=mid, member_name=member,
              case_numbers=[ire_no, plan_case], claim_amount=m2(billed),
              service_dates=[iso(s["first_denied"], s["dc"])], denial_date=iso(notice), provider=snf,
              denial_alternates=["not_covered", "medical_necessity"],
              alternates={"insurer": [plan], "case_numbers": [[ire_no]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: Spanish MSN, Part A (scan 300)
def doc_msn_es(r: Rand) -> tuple[bytes, dict]:
    member, first, mid_i, last = r.person("es")
    s = stay(r)
    snf = SNFS[4]
    m = mbi(r)
    notice = s["dc"] + dt.timedelta(days=r.randint(30, 45))
    by = notice + dt.timedelta(days=120)
    nd_cov = (s["first_denied"] - s["adm"]).days
    nd_den = (s["dc"] - s["first_denied"]).days
    ch_cov = s["rate"] * nd_cov + 410.0
    ch_den = s["rate"] * nd_den + 190.0
    cl1, cl2 = f"{r.digits(5)}{r.digits(3)}{r.digits(5)}", f"{r.digits(13)}"
    d = Page("Resumen de Medicare, Parte A  -  Página {p} de {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Resumen de Medicare (MSN)", 17, "B", h=8)
    d.text_line("Parte A (Seguro de Hospital)  -  Servicios para pacientes internos", 9.5, h=5)
    d.rule(0.8, 3)
    y = d.get_y()
    d.text_line(member.upper(), 9.5, h=5)
    for ln in r.address("es"):
        d.text_line(ln.upper(), 9.5, h=5)
    d.set_y(y)
    for lab, val in [("Fecha de este aviso", fmt_date(notice, "es")), ("Número de Medicare", m),
                     ("Reclamaciones procesadas entre", f"{fmt_date(s['dc'], 'es_abbr')} y "
                      f"{fmt_date(notice - dt.timedelta(days=3), 'es_abbr')}")]:
        d.set_x(112)
        d.font(8.3, "B")
        d.cell(0, 4.6, lab, new_x="LMARGIN", new_y="NEXT")
        d.set_x(112)
        d.font(9.5)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.text_line("Sus reclamaciones de la Parte A", 11.5, "B", h=7)
    for cl, a, b, ch, days, ok in [(cl1, s["adm"], s["cut"], ch_cov, nd_cov, True),
                                    (cl2, s["first_denied"], s["dc"], ch_den, nd_den, False)]:
        d.set_fill_color(228, 228, 228)
        d.font(8.8, "B")
        d.cell(0, 5.5, f" {snf}   Reclamación {cl}", fill=True, new_x="LMARGIN", new_y="NEXT")
        d.table(["Fechas de servicio", "¿Aprobado?", "Días", "Cargos", "Usted puede deber", "Ver nota"],
                [[f"{fmt_date(a, 'es_abbr')} - {fmt_date(b, 'es_abbr')}", "Sí" if ok else "No", str(days),
                  fmt_money(ch), "$0.00" if ok else fmt_money(ch), "" if ok else "A, B"]],
                [46, 22, 14, 30, 34, 20], size=8.3, aligns="LLRRRL")
    d.text_line("Notas", 10, "B", h=6)
    d.para("A  El cuidado que recibió después de terminar la terapia diaria era cuidado de custodia (ayuda para "
           "bañarse, vestirse y caminar). Medicare no paga el cuidado de custodia ni cubre días en un centro de "
           "enfermería especializada cuando no necesita atención especializada diaria.", 8.8)
    d.para("B  El centro le dio un aviso por escrito antes de prestar estos servicios; usted puede ser "
           "responsable del pago.", 8.8)
    d.text_line("Cómo presentar una apelación", 10, "B", h=6)
    d.para(f"Si no está de acuerdo con la decisión de Medicare, presente una apelación antes del "
           f"{fmt_date(by, 'es')}. Marque los servicios en este aviso, explique por qué no está de acuerdo y "
           f"envíelo a: Medicare Parte A, Contratista Administrativo, Apartado 7100, Caguas, PR 00725. "
           f"Llame al 1-800-MEDICARE.", 8.8)
    t = truth("eob", "level_of_care", lang="es", insurer="Medicare", member_id=m, member_name=member,
              case_numbers=[cl2], claim_amount=m2(ch_den), service_dates=[iso(s["first_denied"], s["dc"])],
              denial_date=iso(notice), provider=snf, appeal_deadline=iso(by),
              denial_alternates=["not_covered", "medical_necessity"], type_alternates=["denial_letter"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: MA EOB, three claims (lowres)
def doc_ma_eob(r: Rand) -> tuple[bytes, dict]:
    _, first, mid_i, last = r.person()
    member = f"{first} {mid_i}. {last}"
    s = stay(r)
    snf = SNFS[3]
    plan = "Bramblecourt Health Medicare Advantage"
    mid = f"BHM {r.digits(4)} {r.digits(4)}"
    notice = s["dc"] + dt.timedelta(days=r.randint(25, 40))
    c1, c2, c3 = f"{r.digits(11)}", f"{r.digits(11)}", f"{r.digits(11)}"
    d1 = (s["tstop"] - s["adm"]).days + 1
    d2 = (s["dc"] - s["first_denied"]).days
    ch1 = s["rate"] * d1
    ch_doc = 212.0
    ch3 = s["rate"] * d2
    d = Page("Bramblecourt Health  -  Medicare Advantage Explanation of Benefits  -  {p} of {n}",
             margins=(12, 12, 12))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(13, "B")
    d.cell(0, 9, "  Bramblecourt Health  |  Your Medicare Advantage EOB", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.para(f"For: {member}     Plan member no.: {mid}     Notice date: {fmt_date(notice, 'iso')}", 9.5, gap=1)
    d.para(f"{plan}  |  Plan contract {r.letters(1)}{r.digits(4)}  |  Member Services {r.phone()} (TTY 711)", 8.3)
    d.ln(2)
    head = ["Claim", "Provider", "Dates", "Service", "Charged", "Plan paid", "You owe", "Note"]
    wid = [26, 42, 36, 22, 18, 18, 16, 10]
    rows = [[c1, snf[:24], f"{fmt_date(s['adm'], 'iso')}-{fmt_date(s['tstop'], 'iso')}", f"SNF {d1} days",
             fmt_money(ch1, "nosign"), fmt_money(ch1 * 0.78, "nosign"), "0.00", ""],
            [c2, "Dr. Priya N. Abernathy", fmt_date(s["adm"] + dt.timedelta(days=3), "iso"), "99309",
             fmt_money(ch_doc, "nosign"), fmt_money(148.6, "nosign"), "0.00", ""],
            [c3, snf[:24], f"{fmt_date(s['first_denied'], 'iso')}-{fmt_date(s['dc'], 'iso')}", f"SNF {d2} days",
             fmt_money(ch3, "nosign"), "0.00", fmt_money(ch3, "nosign"), "CU"]]
    d.table(head, rows, wid, size=7.7, aligns="LLLLRRRL", head_fill=True)
    d.para(f"Facility for SNF claims: {snf}.", 8.6, gap=1)
    d.text_line("Note CU - custodial care", 9.5, "B", h=5.5)
    d.para(f"Daily skilled therapy ended on {fmt_date(s['tstop'], 'iso')} and the notice of non-coverage said "
           f"coverage would end on {fmt_date(s['cut'], 'iso')}. The days after that were custodial care, which "
           "does not need a skilled nursing facility level of care and is not covered. Days 1-20 of your "
           "benefit period had a $0.00 copay.", 8.6)
    d.text_line("Your appeal rights", 9.5, "B", h=5.5)
    d.para("If you disagree with a denied claim, you can ask for a reconsideration within 65 days of the date of "
           "this notice. Call Member Services or write to Bramblecourt Appeals, 5 Kiln Road, Stratton, VT 05999. "
           "If we say no, your case goes to an Independent Review Entity.", 8.6)
    t = truth("eob", "level_of_care", insurer=plan, member_id=mid.replace(" ", ""), member_name=member,
              case_numbers=[c3], claim_amount=m2(ch3), service_dates=[iso(s["first_denied"], s["dc"])],
              denial_date=iso(notice), provider=snf, appeal_deadline=iso(notice + dt.timedelta(days=65)),
              denial_alternates=["not_covered", "medical_necessity"],
              alternates={"insurer": ["Bramblecourt Health"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: SNF benefit days used (photocopy)
def doc_days_used(r: Rand) -> tuple[bytes, dict]:
    _, first, mid_i, last = r.person()
    member = f"{first} {mid_i}. {last}"
    s = stay(r)
    snf = SNFS[0]
    plan = "Pinemoor Senior Advantage"
    mid = f"PSA-{r.digits(8)}"
    issued = s["cut"] + dt.timedelta(days=r.randint(10, 20))
    used = (s["cut"] - s["adm"]).days + 1
    d = Page(None, margins=(22, 18, 22), font="Times")
    d.add_page()
    d.text_line("Pinemoor Senior Advantage", 16, "B", h=8)
    d.text_line(f"Care Coordination  -  410 Heron Lane, Gull Harbor, NC 27999  -  {r.phone()}", 9, h=5)
    d.ln(6)
    d.text_line(fmt_date(issued, "abbr"), 11, h=6)
    d.ln(2)
    for ln in [member, *r.address()]:
        d.text_line(ln, 11, h=5.4)
    d.ln(4)
    d.text_line("Your skilled nursing facility benefit: days used", 12.5, "B", h=7)
    d.ln(1)
    d.para(f"Dear {first} {last},", 11)
    d.para(f"This letter tells you how many skilled nursing facility (SNF) days you have used in your current "
           f"benefit period, counting your stay at {snf}. It is for your information only; it does not deny any service and you do not need to "
           f"do anything. Your member ID is {mid}.", 11)
    d.table(["Facility", "Covered from", "Covered through", "Days used", "Days left"],
            [[snf[:30], fmt_date(s["adm"], "abbr"), fmt_date(s["cut"], "abbr"), str(used), str(100 - used)]],
            [62, 28, 30, 22, 22], size=9, aligns="LLLRR", border_head="TB")
    d.para("Your plan covers up to 100 days of SNF care in each benefit period. Days 1 through 20 have a $0.00 "
           "copay; days 21 through 100 have a $203.00 copay per day. A new benefit period starts after you have "
           "been out of a hospital or SNF for 60 days in a row.", 11)
    d.para("If you go back to a SNF and need daily skilled care, your remaining days can be used. Questions? Call "
           "your care coordinator. An example: if you used 30 days, you would have 70 left.", 11)
    d.para("Sincerely,\nCare Coordination Team\nPinemoor Senior Advantage", 11)
    t = truth("other", None, insurer=plan, member_id=mid, member_name=member,
              service_dates=[iso(s["adm"], s["cut"])], denial_date=iso(issued), provider=snf,
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_snf_statement, "snf_statement", "born_digital"), (1, doc_nomnc, "nomnc", "phone_photo"),
              (3, doc_ire, "ire_decision", "rotated"), (4, doc_msn_es, "msn_es", "scan_clean_300"),
              (5, doc_ma_eob, "ma_eob", "scan_lowres_150"), (6, doc_days_used, "days_used", "photocopy")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(2, item_stack(Rand(SEED + 2)))
    return items
