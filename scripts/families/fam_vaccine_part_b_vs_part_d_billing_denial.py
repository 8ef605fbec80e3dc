"""Family 'vaccine_part_b_vs_part_d_billing_denial': vaccines billed to the wrong Medicare benefit. Shingles, Tdap
and RSV vaccines are Part D drugs (billed to Part B they are denied, CO-109 / N418 "misrouted claim"); flu,
pneumococcal and COVID-19 vaccines are Part B (billed to a Part D plan or run at a pharmacy counter against Part D
they are rejected, NCPDP "A5 - not covered under Part D law"). Papers: a Part B Medicare Summary Notice (English and
Spanish), a Part B contractor's paper remittance to the clinic (another patient's paid flu shot as a decoy), a Part D
plan's notice denying a member's reimbursement request, a pharmacy counter reject receipt stacked with the plan's
form notice, the clinic's letter telling the patient where the claim was re-billed, and a Part D EOB paying the
shingles vaccine after it was billed to the right benefit. All values invented.

Names: Breton given names and surnames for people and places, Galician names for the Spanish MSN.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "vaccine_part_b_vs_part_d_billing_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIRST = ["Maiwenn", "Tanguy", "Gwenael", "Yannig", "Nolwenn", "Erwan", "Soazig", "Loeiz", "Enora", "Goulven"]
LAST = ["Kerbrat", "Guivarch", "Queffelec", "Bozec", "Cariou", "Jaouen", "Kervella", "Le Gall", "Thepaut"]
FIRST_ES = ["Uxía", "Brais", "Antía", "Xulio", "Iria"]
LAST_ES = ["Outeiro", "Regueira", "Castiñeira", "Vilariño", "Souto"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
CLINIC = "Lesneven Family Medicine & Immunization Clinic"
CLINIC2 = "Landivisiau Internal Medicine Associates"
PHARM = "Loctudy Community Pharmacy #0417"
MAC = "Kernevel Medicare Services, LLC"
PLAN_ORG = "Abervrac Health Plans, Inc."
PLAN = "Abervrac Rx Saver (PDP)"
CITIES = [("Astoria", "OR", "97103"), ("Newport", "OR", "97365"), ("Coos Bay", "OR", "97420"), ("Tillamook", "OR", "97141")]
STREETS = ["Penmarch Road", "Audierne Lane", "Crozon Street", "Pont-Aven Drive"]


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def person(r, lang="en"):
    fi, la = (FIRST_ES, LAST_ES) if lang == "es" else (FIRST, [x for x in LAST if " " not in x])
    return f"{r.choice(fi)} {r.choice('BCDFGHJKLMNPRT')}. {r.choice(la)}"


def mixed(r, pat):
    return "".join(r.choice("ACDEFGHJKMNPQRTUVWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in pat)


def mbi(r):
    return mixed(r, "9AA9AA9AA99")


def fd(d, s):
    if s == "es":
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y")}[s]


def usd(v, s="plain"):
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "space": f"$ {v:,.2f}"}[s]


def plus(d, n):
    return d + dt.timedelta(days=n)


def addr(r):
    c, st, z = r.choice(CITIES)
    return [f"{r.randint(20, 8800)} {r.choice(STREETS)}", f"{c}, {st} {z}"]


def kv(d, label, value, w=48, size=9.5, bold=True):
    d.font(size - 0.8)
    d.cell(w, 5, label)
    d.font(size, "B" if bold else "")
    d.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")


VAX = {"zoster": ("90750", "Zoster vaccine, recombinant, adjuvanted (IM)", "58160-0823-11", 212.40),
       "tdap": ("90715", "Tdap vaccine, 7 yrs or older (IM)", "58160-0842-52", 58.90),
       "rsv": ("90679", "RSV vaccine, preF, recombinant, adjuvanted (IM)", "58160-0848-11", 295.60),
       "flu": ("90662", "Influenza virus vaccine, high dose (IM)", "49281-0124-65", 78.15),
       "pcv": ("90677", "Pneumococcal conjugate vaccine, 20 valent (IM)", "00005-2000-01", 286.70),
       "covid": ("91320", "COVID-19 vaccine, mRNA, 2025-2026 formula (IM)", "80777-0110-99", 162.35)}
NAMES = {"zoster": "shingles (zoster)", "tdap": "Tdap (tetanus, diphtheria, pertussis)", "rsv": "RSV",
         "flu": "flu (influenza)", "pcv": "pneumococcal", "covid": "COVID-19"}


# ---------------------------------------------------------------- A / F: Medicare Summary Notice (Part B)
def msn(r, es=False, vax="zoster", ds="slash", masked=False):
    pat = person(r, "es" if es else "en")
    num = mbi(r)
    shown = ("XXXX-XXX-" + num[-4:]) if masked else f"{num[:4]}-{num[4:7]}-{num[7:]}"
    notice = dt.date(2026, r.randint(2, 9), r.randint(1, 27))
    given = plus(notice, -r.randint(25, 60))
    other_d = plus(given, -r.randint(3, 20))
    code, desc, ndc, price = VAX[vax]
    adm = 38.00 if vax != "rsv" else 41.50
    total = round(price + adm, 2)
    claim = mixed(r, "99-9999-9999-999")
    claim2 = mixed(r, "99-9999-9999-999")
    due = plus(notice, 120)
    ov = (99213, 148.00, 101.27, 81.02)
    d = Page()
    d.add_page()
    if es:
        d.text_line("Resumen de Medicare para la Parte B (Seguro Médico)", 14, "B")
        d.text_line("El Resumen Oficial de Sus Reclamaciones de Medicare de los Centros de Servicios de Medicare y Medicaid", 7.5)
    else:
        d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B")
        d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 7.5)
    d.rule(0.6)
    a = addr(r)
    y0 = d.get_y()
    d.font(10, "B")
    d.cell(95, 5, pat.upper(), new_x="LMARGIN", new_y="NEXT")
    d.font(9.5)
    for ln in a:
        d.cell(95, 5, ln.upper(), new_x="LMARGIN", new_y="NEXT")
    d.set_xy(118, y0)
    lab = (("Número de Medicare", "Fecha de este aviso", "Reclamaciones procesadas entre")
           if es else ("Medicare Number", "Date of this notice", "Claims processed between"))
    for k, v in ((lab[0], shown), (lab[1], fd(notice, ds)),
                 (lab[2], f"{fd(plus(notice, -92), ds)} - {fd(notice, ds)}")):
        d.set_x(118)
        d.font(7.5)
        d.cell(0, 4, k, new_x="LMARGIN", new_y="NEXT")
        d.set_x(118)
        d.font(8.5 if len(v) > 30 else 10, "B")
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.set_fill_color(232, 232, 232)
    d.font(10, "B")
    d.cell(0, 7, ("Las apelaciones deben presentarse antes del: " if es else "If you disagree, appeals must be filed by: ")
           + fd(due, ds), fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Sus reclamaciones y costos este período" if es else "Your Claims & Costs This Period", 11, "B")
    d.ln(1)
    hd = (["Servicio y código", "¿Aprobado?", "Cobrado", "Aprobado", "Pagado", "Máximo a pagar", "Notas"]
          if es else ["Service Provided & Billing Code", "Approved?", "Charged", "Medicare Approved", "Medicare Paid",
                      "You May Be Billed", "Notes"])
    W = [54, 16, 19, 27, 23, 29, 11]
    # decoy claim (paid office visit)
    d.text_line(f"{CLINIC2}, {fd(other_d, ds)}  -  " + ("Reclamación número " if es else "Claim number ") + claim2, 8.5, "B")
    d.table(hd, [[("Consulta, paciente establecido" if es else "Office visit, est. patient") + f" ({ov[0]})",
                  "Sí" if es else "Yes", usd(ov[1]), usd(ov[2]), usd(ov[3]), usd(ov[2] - ov[3]), ""]],
            W, 7.8, "LLRRRRL")
    d.text_line(f"{CLINIC}, {fd(given, ds)}  -  " + ("Reclamación número " if es else "Claim number ") + claim, 8.5, "B")
    admin = "Administración de vacuna" if es else "Immunization administration"
    no = "No"
    vdesc = {"rsv": "Vacuna contra el VRS", "tdap": "Vacuna Tdap", "zoster": "Vacuna contra el herpes zóster"}[vax] if es else desc[:32]
    d.table(hd, [[f"{vdesc} ({code})", no, usd(price), usd(0), usd(0), usd(0), "A"],
                 [f"{admin} (90471)", no, usd(adm), usd(0), usd(0), usd(0), "A"],
                 ["*Total" if not es else "*Total", "", usd(total), usd(0), usd(0), usd(0), ""]],
            W, 7.8, "LLRRRRL")
    d.text_line("Definiciones de las notas" if es else "Notes for Your Claims", 10, "B")
    if es:
        d.para(f"A  La vacuna contra {('el herpes zóster' if vax == 'zoster' else 'el VRS' if vax == 'rsv' else 'el tétanos, difteria y tos ferina (Tdap)')} "
               "está cubierta por su plan de medicamentos de Medicare (Parte D), no por la Parte B. Pida a su "
               "proveedor que facture a su plan de medicamentos. Su proveedor no puede cobrarle por este servicio "
               "bajo la Parte B.", 8.5)
        d.para("Cómo presentar una apelación: marque los servicios con los que no está de acuerdo, explique por qué "
               "y envíe esta página firmada a la dirección de la página 4 antes de la fecha indicada arriba. "
               "Para ayuda llame al 1-800-MEDICARE.", 8.5)
    else:
        d.para(f"A  The {NAMES[vax]} vaccine is covered under Medicare drug coverage (Part D), not Medicare Part B. "
               "Ask your provider to bill your Medicare drug plan. This claim was sent to the wrong Medicare "
               "contractor.", 8.5)
        d.para("How to file an appeal: circle the services you disagree with, explain why on this page, sign it and "
               "send it to the address on page 4 by the date above. Call 1-800-MEDICARE (1-800-633-4227) for help.",
               8.5)
    t = truth("eob", "not_covered", "es" if es else "en", insurer="Medicare", member_id=shown, member_name=pat,
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[given.isoformat()],
              denial_date=notice.isoformat(), provider=CLINIC, appeal_deadline=due.isoformat(),
              alternates={"insurer": ["Centers for Medicare & Medicaid Services", "Medicare Part B"]},
              denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- B: Part D EOB, paid
def partd_eob(r):
    pat = person(r)
    mid = mixed(r, "A99999999")
    notice = dt.date(2026, r.randint(3, 10), r.randint(1, 27))
    fill = plus(notice, -r.randint(12, 30))
    dob = dt.date(r.randint(1938, 1959), r.randint(1, 12), r.randint(1, 27))
    code, desc, ndc, price = VAX["zoster"]
    fee = 24.50
    total = round(price + fee, 2)
    rx = mixed(r, "9999999")
    claim = mixed(r, "RX9999999999")
    copay = 0.00
    d = Page()
    d.add_page()
    d.text_line(PLAN_ORG, 15, "B")
    d.text_line(f"{PLAN}  |  PO Box 6620, Salem, OR 97304  |  Member Services 1-555-310-4471 (TTY 711)", 7.8)
    d.rule(0.8, 3)
    d.text_line("Your Part D Explanation of Benefits", 13, "B")
    d.text_line(f"for prescriptions filled in {fill.strftime('%B %Y')}", 9)
    d.ln(2)
    for k, v in (("Member", pat), ("Member ID", mid), ("Date of birth", fd(dob, "slash")),
                 ("Plan", f"{PLAN}  S7729-014"), ("Statement date", fd(notice, "long"))):
        kv(d, k + ":", v, 38)
    d.ln(3)
    d.text_line("Your prescriptions this month", 11, "B")
    d.table(["Date filled", "Drug / vaccine (NDC)", "Pharmacy", "Rx #", "Total cost", "Plan paid", "You paid"],
            [[fd(fill, "slash"), "SHINGRIX (zoster vaccine)", PHARM[:24], rx, usd(total), usd(total - copay), usd(copay)],
             ["", f"NDC {ndc}  + vaccine admin fee {usd(fee)}", "", "", "", "", ""]],
            [22, 48, 42, 16, 20, 20, 16], 7.8, "LLLLRRR")
    d.para(f"Claim number {claim}, filled at {PHARM}. Your {PLAN} pays the full cost of vaccines recommended by ACIP, including "
           "the shingles vaccine, when the pharmacy bills it to your Part D plan. You pay $0.", 9)
    d.text_line("Year-to-date totals", 10, "B")
    ytd = round(total + r.randint(300, 900) + 0.41, 2)
    d.table(["", "This month", "Year to date"],
            [["Total drug costs", usd(total), usd(ytd)], ["Your out-of-pocket costs", usd(0), usd(r.randint(60, 240) + 0.5)]],
            [60, 30, 30], 8.5, "LRR")
    d.para("If you think something on this statement is wrong, call Member Services. You may ask for a coverage "
           "determination if a drug is ever refused at the pharmacy. This is not a bill.", 8.5)
    t = truth("eob", None, "en", insurer=PLAN_ORG, plan_id="S7729-014", member_id=mid, member_name=pat,
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[fill.isoformat()],
              denial_date=notice.isoformat(), provider=PHARM,
              alternates={"insurer": [PLAN], "plan_id": [None], "claim_amount": [f"{price:.2f}"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- C: Part D plan notice (prose)
def partd_letter(r, vax="flu", ds="abbr"):
    pat = person(r)
    mid = mixed(r, "A99999999")
    notice = dt.date(2026, r.randint(1, 11), r.randint(1, 27))
    given = plus(notice, -r.randint(20, 45))
    recv = plus(given, r.randint(5, 12))
    code, desc, ndc, price = VAX[vax]
    paid = round(price + 30.00, 2)
    req = mixed(r, "DR-2026-999999")
    d = Page()
    d.add_page()
    d.text_line(PLAN_ORG.upper(), 13, "B", "R")
    d.text_line("Pharmacy Services  -  PO Box 6620, Salem, OR 97304", 8, "", "R")
    d.ln(6)
    d.text_line(fd(notice, ds), 10)
    d.ln(3)
    for ln in [pat, *addr(r)]:
        d.text_line(ln, 10)
    d.ln(5)
    d.text_line("Notice of Denial of Medicare Prescription Drug Coverage", 12.5, "B")
    d.ln(1)
    kv(d, "Member ID:", mid, 36)
    kv(d, "Plan:", PLAN, 36)
    kv(d, "Request number:", req, 36)
    kv(d, "Request received:", fd(recv, ds), 36)
    d.ln(3)
    d.para(f"Dear {pat.split()[0]} {pat.split()[-1]}:")
    d.para(f"We received your request to pay you back for the {NAMES[vax]} vaccine ({desc.split(',')[0]}, CPT {code}) "
           f"you got at {CLINIC} on {fd(given, ds)}. You paid the clinic {usd(paid)}. We have denied your request.")
    d.para(f"Why we denied it: {NAMES[vax].capitalize()} vaccines and the shot to give them are covered by Medicare Part B "
           "(Medical Insurance), not by your Part D prescription drug plan. Part D plans may not pay for drugs "
           f"that Part B covers. Ask {CLINIC} to bill Original Medicare (Part B) for the vaccine; if Part B pays, "
           "the clinic should refund what you paid.")
    d.text_line("Your right to ask for a redetermination (appeal)", 10.5, "B")
    d.para("If you disagree, you may ask us for a redetermination. Your request must be received within 65 days "
           "of the date of this notice. You, your prescriber or your representative may ask by writing to the "
           "address above or calling 1-555-310-4471. If your health could be seriously harmed by waiting, ask for "
           "a fast (expedited) decision; we decide fast appeals within 72 hours.")
    d.para("Form CMS-10146", 7)
    d.text_line("Theo Abgrall, PharmD, Coverage Determinations", 9.5)
    t = truth("denial_letter", "not_covered", "en", insurer=PLAN_ORG, member_id=mid, member_name=pat,
              case_numbers=[req], claim_amount=f"{paid:.2f}", service_dates=[given.isoformat()],
              denial_date=notice.isoformat(), provider=CLINIC, appeal_deadline=plus(notice, 65).isoformat(),
              alternates={"insurer": [PLAN], "claim_amount": [None]}, denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- D: pharmacy reject receipt + plan form notice
def reject_stack(r):
    pat = person(r)
    mid = mixed(r, "A99999999")
    day = dt.date(2026, 10, r.randint(2, 27))
    code, desc, ndc, price = VAX["covid"]
    rx = mixed(r, "9999999")
    d = Page(margins=(40, 14, 40))
    d.add_page()
    d.text_line(PHARM, 11, "B", "C")
    d.text_line("18 Quay Street, Astoria, OR 97103   (555) 448-2210", 8, "", "C")
    d.text_line("NCPDP 3829914   NPI 1548203967", 8, "", "C")
    d.rule(0.3)
    d.text_line("*** CLAIM REJECTED - NOT DISPENSED ***", 10, "B", "C")
    d.ln(1)
    for k, v in (("Date", fd(day, "slash") + "  10:42"), ("Patient", pat), ("DOB", "04/19/1948"),
                 ("Cardholder ID", mid), ("BIN / PCN / Group", "019876 / ABVPD / RXPDP14"),
                 ("Plan", PLAN), ("Rx #", rx), ("Drug", desc[:30]), ("NDC", ndc), ("Qty", "0.5 mL"),
                 ("Submitted (U&C)", usd(price))):
        kv(d, k, v, 42, 8.5)
    d.ln(1)
    d.text_line("Reject: A5 - Not Covered Under Part D Law", 9, "B")
    d.text_line("Reject: 70 - Product/Service Not Covered", 9, "B")
    d.para("Msg: COVID-19 VACCINE COVERED BY MEDICARE PART B. BILL PART B (MBI) - DO NOT BILL PDP.", 8.5)
    d.rule(0.3)
    d.text_line("Medicare Prescription Drug Coverage and Your Rights", 9, "B")
    d.para("Your Medicare drug plan did not pay for this prescription. You have the right to ask your plan for a "
           "coverage determination. Call the number on your plan card. Pharmacist: Soazig Le Roux, RPh", 7.8)
    t1 = truth("other", None, "en", member_id=mid, member_name=pat, service_dates=[day.isoformat()],
               denial_date=day.isoformat(), provider=PHARM, insurer=PLAN,
               unscored=["insurer", "claim_amount"], alternates={"insurer": [PLAN_ORG]},
               type_alternates=["denial_letter"])
    # doc 2: plan's form notice on reimbursement of pneumococcal vaccine
    pat2 = pat
    notice = plus(day, r.randint(15, 25))
    code2, desc2, _, price2 = VAX["pcv"]
    paid = round(price2 + 28.00, 2)
    given2 = plus(day, -r.randint(40, 80))
    req = mixed(r, "CD99999999")
    e = Page()
    e.add_page()
    e.text_line(PLAN_ORG, 12, "B")
    e.text_line(f"{PLAN}   |   1-555-310-4471", 8.5)
    e.ln(3)
    e.text_line("NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE", 11.5, "B", "C")
    e.ln(2)
    e.boxes([("Date", fd(notice, "iso"), 40), ("Member name", pat2, 75), ("Member number", mid, 55)])
    e.boxes([("Case number", req, 50), ("Drug requested", desc2, 120)])
    e.boxes([("Given by", CLINIC2, 80), ("Date given", fd(given2, "iso"), 40), ("Amount you paid", usd(paid), 50)])
    e.ln(4)
    e.text_line("[X] We denied payment for the drug listed above.", 10)
    e.ln(1)
    e.para("Reason: Pneumococcal vaccines are covered under Medicare Part B. A Part D plan cannot pay for a "
           f"drug Medicare Part B covers. {CLINIC2} should submit this vaccine to Original Medicare (Part B).")
    e.text_line("If you disagree", 10.5, "B")
    e.para("You have the right to ask us for a redetermination (appeal). We must receive your request within 65 days "
           "from the date of this notice. Call us or write to Appeals, PO Box 6630, Salem, OR 97304.")
    e.para("Form CMS-10146. Member ID card BIN 019876.", 7)
    t2 = truth("denial_letter", "not_covered", "en", insurer=PLAN_ORG, member_id=mid, member_name=pat2,
               case_numbers=[req], claim_amount=f"{paid:.2f}", service_dates=[given2.isoformat()],
               denial_date=notice.isoformat(), provider=CLINIC2, appeal_deadline=plus(notice, 65).isoformat(),
               alternates={"insurer": [PLAN]}, denial_alternates=["other"])
    return [(pdf_bytes(d), t1), (pdf_bytes(e), t2)]


# ---------------------------------------------------------------- E: Part B remittance (paper)
def remit(r):
    pats = [person(r), person(r)]
    ids = [mbi(r), mbi(r)]
    rdate = dt.date(2026, r.randint(2, 10), r.randint(1, 27))
    dos = [plus(rdate, -r.randint(16, 30)), plus(rdate, -r.randint(16, 30))]
    icn = [mixed(r, "9999999999999"), mixed(r, "9999999999999")]
    acnt = [mixed(r, "LFM99999"), mixed(r, "LFM99999")]
    fl = VAX["flu"]
    td = VAX["tdap"]
    den_total = round(td[3] + 38.00, 2)
    d = Page(margins=(12, 10, 12))
    d.add_page()
    d.text_line(MAC.upper(), 11, "B")
    d.text_line("MEDICARE PART B  -  JURISDICTION 20  -  PO BOX 30511  PORTLAND OR 97208", 8)
    d.text_line("MEDICARE REMITTANCE NOTICE", 12, "B", "C")
    d.ln(1)
    for k, v in (("PROVIDER", CLINIC.upper()), ("NPI", "1376082945"), ("PTAN", "LF04417"),
                 ("CHECK/EFT #", mixed(r, "99999999999")), ("REMIT DATE", fd(rdate, "short"))):
        kv(d, k, v, 30, 8.5)
    d.ln(2)
    hd = ["PERF PROV", "SERV DATE", "POS", "PROC", "MODS", "BILLED", "ALLOWED", "PROV PD", "GRP/RC"]
    W = [26, 22, 10, 16, 12, 22, 22, 22, 30]
    for i in (0, 1):
        d.font(8, "B")
        d.cell(0, 5, f"NAME {pats[i].upper()}   MID {ids[i]}   ACNT {acnt[i]}   ICN {icn[i]}   ASG Y",
               new_x="LMARGIN", new_y="NEXT")
        if i == 0:
            rows = [["1376082945", fd(dos[0], "short"), "11", fl[0], "", f"{fl[3]:.2f}", "62.11", "62.11", ""],
                    ["1376082945", fd(dos[0], "short"), "11", "G0008", "", "38.00", "33.96", "33.96", ""],
                    ["*PT RESP 0.00", "", "", "", "CLAIM TOTAL", f"{fl[3] + 38:.2f}", "96.07", "96.07", ""]]
        else:
            rows = [["1376082945", fd(dos[1], "short"), "11", td[0], "", f"{td[3]:.2f}", "0.00", "0.00", "CO-109"],
                    ["1376082945", fd(dos[1], "short"), "11", "90471", "", "38.00", "0.00", "0.00", "CO-109"],
                    ["*PT RESP 0.00", "", "", "", "CLAIM TOTAL", f"{den_total:.2f}", "0.00", "0.00", ""]]
        d.table(hd, rows, W, 7.8, "LLLLLRRRL", row_h=4.6)
        if i == 1:
            d.font(7.8)
            d.cell(0, 4.5, "REM: N418 MA130", new_x="LMARGIN", new_y="NEXT")
            d.ln(2)
    d.text_line("GLOSSARY: Group, Reason, MOA, Remark and Reason Codes", 8.5, "B")
    d.para("CO  Contractual Obligation.  109  Claim/service not covered by this payer/contractor. You must send the "
           "claim/service to the correct payer/contractor.  N418  Misrouted claim. See the payer's claim submission "
           "instructions.  MA130  Your claim contains incomplete and/or invalid information, and no appeal rights "
           "are afforded because the claim is unprocessable. Submit a new claim with the complete/correct "
           "information.", 7.8)
    d.para("Tdap, shingles and RSV vaccines are Part D drugs: bill the patient's Part D plan (or use the plan's "
           "vaccine billing portal). A redetermination of a processed claim must be requested within 120 days of "
           "the date of this notice.", 7.8)
    d.text_line(f"TOTALS: # OF CLAIMS 2   BILLED {fl[3] + 38 + den_total:.2f}   ALLOWED 96.07   PROV PAID 96.07", 8, "B")
    t = truth("eob", "not_covered", "en", insurer=MAC, member_id=ids[1], member_name=pats[1], case_numbers=[icn[1]],
              claim_amount=f"{den_total:.2f}", service_dates=[dos[1].isoformat()], denial_date=rdate.isoformat(),
              provider=CLINIC, appeal_deadline=plus(rdate, 120).isoformat(),
              alternates={"insurer": ["Medicare"], "appeal_deadline": [None]},
              denial_alternates=["other", "coding_error"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- G: clinic's letter to the patient
def clinic_letter(r):
    pat = person(r)
    num = mbi(r)
    ld = dt.date(2026, r.randint(3, 10), r.randint(1, 27))
    given = plus(ld, -r.randint(40, 60))
    code, desc, ndc, price = VAX["rsv"]
    total = round(price + 41.50, 2)
    claim = mixed(r, "99-9999-9999-999")
    d = Page()
    d.add_page()
    d.text_line(CLINIC, 14, "B", "C")
    d.text_line("2207 Morlaix Avenue, Newport, OR 97365   Billing office (555) 265-0193", 8.5, "", "C")
    d.rule(0.5, 6)
    d.text_line(fd(ld, "dmy"), 10)
    d.ln(3)
    for ln in [pat, *addr(r)]:
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line(f"About your RSV vaccine on {fd(given, 'dmy')}", 11, "B")
    kv(d, "Patient:", pat, 34)
    kv(d, "Medicare Number:", f"{num[:4]}-{num[4:7]}-{num[7:]}", 34)
    kv(d, "Medicare claim:", claim, 34)
    kv(d, "Amount billed:", usd(total), 34)
    d.ln(3)
    d.para(f"Dear {pat.split()[0]},")
    d.para(f"We billed Medicare Part B for the RSV vaccine (CPT {code}) and the injection (CPT 90471) you received at "
           f"our clinic. Medicare's contractor, {MAC}, denied the claim because RSV vaccines are covered by "
           "Medicare drug plans (Part D), not by Part B. Your Medicare Summary Notice will show this.")
    d.para(f"What we are doing: we have re-billed the vaccine to your Part D plan, {PLAN}, through its vaccine "
           "billing service. You do not need to do anything now. If your Part D plan also refuses to pay, we will "
           "send you a statement; under most Part D plans an ACIP-recommended vaccine costs you $0.")
    d.para("You may still appeal Medicare's decision by following the instructions on your Medicare Summary Notice, "
           "but because the vaccine is a Part D drug an appeal to Part B is unlikely to change the result.")
    d.ln(2)
    d.text_line("Gwenola Tanguy", 10)
    d.text_line("Patient Accounts Manager", 10)
    t = truth("other", None, "en", insurer=None, member_id=f"{num[:4]}-{num[4:7]}-{num[7:]}", member_name=pat,
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[given.isoformat()],
              denial_date=ld.isoformat(), provider=CLINIC, unscored=["insurer", "appeal_deadline"],
              type_alternates=["denial_letter"], denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    R = [random.Random(160500 + i) for i in range(7)]
    return [
        Item(f"{FAMILY}_bd_msn_shingles_billed_to_part_b", "born_digital", [msn(R[0], False, "zoster", "slash")]),
        Item(f"{FAMILY}_bd_partd_eob_shingles_paid", "born_digital", [partd_eob(R[1])]),
        Item(f"{FAMILY}_scan300_partd_letter_flu_reimbursement_denied", "scan_clean_300", [partd_letter(R[2], "flu", "abbr")]),
        Item(f"{FAMILY}_copy_stack_pharmacy_reject_covid_and_pcv_notice", "photocopy", reject_stack(R[3]),
             separators=[None, None]),
        Item(f"{FAMILY}_faxstd_remit_tdap_co109", "fax_standard_g4", [remit(R[4])]),
        Item(f"{FAMILY}_phone_msn_es_rsv", "phone_photo", [msn(R[5], True, "rsv", "es", masked=True)]),
        Item(f"{FAMILY}_rotated_clinic_letter_rsv_rebilled", "rotated", [clinic_letter(R[6])]),
    ]
