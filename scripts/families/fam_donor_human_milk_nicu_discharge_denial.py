"""Family 'donor_human_milk_nicu_discharge_denial': an invented commercial plan refusing pasteurized donor human
milk after a baby's discharge from the NICU (excluded as food or nutritional supplement, or not medically
necessary once the baby is gaining weight), with the milk bank's invoice, the pediatrician's letter and the EOB.

Documents: a born-digital pre-service denial (label column, benefit exclusion); the pediatrician's letter of
medical necessity on a standard fax (denies nothing); a phone photo of a Spanish letter to the parent told in
sentences; a low-resolution milk bank invoice with four shipments, two refused by the plan; a photocopied EOB with
three claims, the milk bank's refused; a born-digital two-page upheld appeal decision (running header); a scanned
stack of a short approval, a blank separator, and the refusal to extend it with its page fed upside down.
All invented; phones 1-555. Decoys: baby's DOB and gestational age, NICU discharge date, NPIs, lot numbers,
request-received dates, medical policy numbers, other claims, external-review and 72-hour limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundcy_famcyb import Page, addr, boxes, fd, letterhead, lv, m2, out, paras, pat, plus
from public_kit import truth

FAMILY = "donor_human_milk_nicu_discharge_denial"
LANG = "en"
SEED = 349401
ORG = "Coho Bay Mutual Health"
ORG_ADDR = "PO Box 66130, Boise, ID 83799"
PED = "Dr. Marguerite O. Lindahl"
PED_BARE = "Marguerite O. Lindahl"
PRACT = "Kestrel Ridge Pediatrics"
BANK = "Bright Harbor Milk Bank"
NICU = "Stillwater Cove Children's Hospital"
BABIES = [("Juniper A. Castellanos", "Rosalind Castellanos"), ("Otis B. Wrenfield", "Paulette Wrenfield"),
          ("Itzel M. Carrasco", "Milagros Carrasco"), ("Ezra T. Holloway", "Naomi Holloway"),
          ("Clementine R. Abara", "Desmond Abara"), ("Silas N. Prewitt", "Harriet Prewitt"),
          ("Wren P. Okafor", "Sunita Okafor")]


def base(r, k):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 110))
    baby, parent = BABIES[k]
    dob = plus(notice, -r.randint(45, 80))
    return dict(notice=notice, baby=baby, parent=parent, mid=f"CBM{pat(r, '999999999')}-0{r.randint(2, 4)}",
                group=pat(r, "99999") + "-" + pat(r, "AA"), dob=dob, dc=plus(dob, r.randint(28, 40)),
                ga=f"{r.randint(27, 32)} weeks", phone=f"1-555-{r.randint(300, 899)}-{r.randint(1000, 9999)}",
                addr=[f"{r.randint(100, 9800)} W Syringa Bluff Ln", "Meridian, ID 83699"],
                npi=r.choice("12") + pat(r, "999999999"))


def doc_preservice_bd(r):
    f = base(r, 0)
    ref = "UR-" + pat(r, "99999999")
    got = plus(f["notice"], -r.randint(3, 6))
    a, b = plus(f["notice"], 1), plus(f["notice"], 90)
    d = Page(footer="Page {n} of {nb}", footer_left=ORG)
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Customer Care {f['phone']}", "TTY 711"], 0)
    d.line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["parent"], *f["addr"]])
    d.line("Notice of Adverse Benefit Determination", 13, "B")
    d.ln(2)
    lv(d, [("Patient", f["baby"]), ("Member ID", f["mid"]), ("Subscriber", f["parent"]), ("Group", f["group"]),
           ("Patient date of birth", fd(f["dob"], "long")), ("Review number", ref),
           ("Requesting physician", f"{PED}, {PRACT}"), ("Physician NPI", f["npi"]),
           ("Request received", fd(got, "long")),
           ("Item requested", "Pasteurized donor human milk, up to 32 oz per day (T2101)"),
           ("Dates requested", f"{fd(a, 'long')} through {fd(b, 'long')}"), ("Supplier", BANK)], w=52)
    paras(d, [
        "#Our decision",
        "We cannot approve this request. Your plan does not cover this item.",
        "#The reason",
        "Your certificate of coverage excludes food, infant formula and nutritional supplements for use at home, "
        "including donor breast milk, except when given as part of an inpatient stay. Donor milk given to your "
        f"baby in the NICU at {NICU} before discharge on {fd(f['dc'], 'long')} was covered as part of that stay. "
        "Milk used at home after discharge is excluded (Certificate section 7.4, Exclusions; medical policy "
        "MP-NUT-042).",
        "#Your right to appeal",
        "You may ask us to review this decision. Send your appeal within 180 days of the date of this letter to "
        f"{ORG} Appeals, {ORG_ADDR}, or fax 1-555-402-7719. If your baby's health could be seriously harmed by "
        "waiting, ask for an urgent appeal; we will decide within 72 hours. After our appeal decision you may ask "
        "for an external review by an independent review organization within 4 months.",
        "You may ask for free copies of the documents and criteria used in this decision."], 9.5)
    t = truth("denial_letter", "not_covered", insurer=ORG, group=f["group"], member_id=f["mid"],
              member_name=f["baby"], cases=[ref], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=PED, appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [PED_BARE, BANK]})
    return out(d), t


def doc_ped_letter_fax(r):
    f = base(r, 1)
    a = plus(f["notice"], 2)
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, PRACT, ["4410 N Chinden Crossing, Suite 210, Boise, ID 83799",
                          "Tel 1-555-371-0480  |  Fax 1-555-371-0481"], 2)
    d.line(fd(f["notice"], "slash"), 10)
    d.ln(3)
    addr(d, [f"{ORG}", "Utilization Review - Fax 1-555-402-7700"])
    paras(d, [
        f"RE: {f['baby']}    Member ID {f['mid']}    DOB {fd(f['dob'], 'slash')}",
        "Letter of medical necessity: pasteurized donor human milk",
        "To the medical reviewer:",
        f"I am the primary pediatrician for {f['baby']}, who was born at {f['ga']} gestation and went home from "
        f"the NICU at {NICU} on {fd(f['dc'], 'slash')}. While in the NICU the baby had necrotizing enterocolitis "
        "that was treated without surgery, and the neonatology team advised an exclusive human milk diet for "
        "another three months. The mother's own supply covers about half of the baby's intake despite a hospital-"
        "grade pump and lactation support.",
        f"I am asking you to approve pasteurized donor human milk from {BANK}, 16 ounces a day, starting "
        f"{fd(a, 'slash')} for 90 days. Cow's milk formula was tried for two days and caused bloody stools. The "
        "baby's weight is on the 4th percentile and rising slowly.",
        "The discharge summary, growth chart and lactation notes are attached. Please call me at 1-555-371-0480 "
        "for a peer-to-peer discussion if needed.",
        "Sincerely,", f"{PED}, MD, FAAP", PRACT], 10.2)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["baby"], service_dates=[a.isoformat()],
              denial_date=f["notice"].isoformat(), provider=PED, unscored=["insurer"],
              alternates={"provider": [PED_BARE, PRACT]})
    return out(d), t


def doc_es_photo(r):
    f = base(r, 2)
    ref = pat(r, "99-9999999")
    a, b = plus(f["notice"], 3), plus(f["notice"], 62)
    d = Page(footer="Página {n} de {nb}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Atención al Cliente {f['phone']}  TTY 711"], 1)
    d.line(fd(f["notice"], "es"), 10)
    d.ln(3)
    addr(d, [f["parent"], *f["addr"]])
    paras(d, [
        f"Estimada señora {f['parent'].split()[-1]}:",
        f"Le escribimos sobre la solicitud que hizo {PED} para su bebé, {f['baby']}, número de miembro "
        f"{f['mid']}. La solicitud, con número de referencia {ref}, pide leche humana pasteurizada de donante "
        f"de {BANK} del {fd(a, 'es')} al {fd(b, 'es')}.",
        "Un pediatra de nuestro equipo revisó el expediente. Su bebé ya pesa más de 3 kilos, toma el pecho y "
        "fórmula sin problemas y no tiene una enfermedad del intestino. Por eso la leche de donante no es "
        "médicamente necesaria para su bebé en casa y hemos negado la solicitud. La leche que su bebé recibió "
        "en la unidad de cuidados intensivos ya fue cubierta.",
        "Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta. Escriba a "
        f"{ORG} Appeals, {ORG_ADDR}. Si la salud de su bebé corre peligro, pida una apelación urgente y "
        "decidiremos dentro de 72 horas. También puede pedir una revisión externa independiente dentro de 4 "
        "meses después de nuestra decisión de apelación.",
        "Si necesita ayuda, llame a Atención al Cliente. Tenemos intérpretes sin costo.",
        "Atentamente,", "Departamento de Revisión Médica", ORG], 10)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ORG, member_id=f["mid"],
              member_name=f["baby"], cases=[ref], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=PED, appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [PED_BARE, BANK]})
    return out(d), t


def doc_invoice_lowres(r):
    f = base(r, 3)
    inv = "INV-" + pat(r, "99999")
    days = [plus(f["dc"], 3 + 7 * i) for i in range(4)]
    qty = [r.choice([80, 96, 112]) for _ in days]
    rate = 4.75
    lines = [(x, q, q * rate) for x, q in zip(days, qty)]
    status = ["Paid by insurance", "Paid by insurance", "Denied by insurance", "Denied by insurance"]
    d = Page(footer=None)
    d.add_page()
    letterhead(d, BANK, ["A nonprofit donor milk bank", "880 Harbor Light Way, Boise, ID 83799",
                         "Billing 1-555-218-6044"], 1)
    d.line("INVOICE", 15, "B")
    d.ln(1)
    y = d.get_y()
    addr(d, ["Bill to:", f["parent"], *f["addr"]])
    d.set_y(y)
    lv(d, [("Invoice", inv), ("Invoice date", fd(f["notice"], "iso")), ("Recipient infant", f["baby"]),
           ("Insurance", ORG), ("Member ID", f["mid"]), ("Prescriber", PED)], w=30, x=110, size=9)
    d.ln(6)
    rows = [[fd(x, "iso"), f"Lot {pat(r, 'A9999')}", f"{q} oz", f"{rate:.2f}", f"{amt:,.2f}", s]
            for (x, q, amt), s in zip(lines, status)]
    total = sum(x[2] for x in lines)
    denied = lines[2][2] + lines[3][2]
    rows.append(["", "", "", "Total", f"{total:,.2f}", ""])
    d.table(["Ship date", "Lot", "Quantity", "Per oz", "Amount", "Insurance"], rows, [26, 24, 22, 20, 26, 56],
            size=8.6, bold_last=True)
    paras(d, [
        f"Balance due from you: {denied:,.2f} (the two shipments your insurance denied as not covered after "
        "discharge from the hospital). Payment plans and our charity care program are available; call billing.",
        "Shipments are frozen, pasteurized (Holder method) and screened; lot numbers are for tracking only."], 9.4)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["baby"], claim_amount=m2(denied),
              service_dates=[days[2].isoformat(), days[3].isoformat()], denial_date=f["notice"].isoformat(),
              provider=BANK, unscored=["insurer"],
              alternates={"claim_amount": [m2(total)], "service_dates": [[x.isoformat() for x in days]]})
    return out(d), t


def doc_eob_copy(r):
    f = base(r, 4)
    stmt = f["notice"]
    c1, c2, c3 = (pat(r, "E9999999999") for _ in range(3))
    v1 = plus(stmt, -r.randint(30, 36))
    v2 = plus(stmt, -r.randint(24, 29))
    m_a, m_b = plus(stmt, -41), plus(stmt, -14)
    amt = round(r.randint(90, 140) * 4.75 * 4, 2)
    d = Page(footer="Page {n} of {nb}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Customer Care {f['phone']}"], 2)
    d.line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B", align="C")
    d.ln(2)
    lv(d, [("Statement date", fd(stmt, "abbr")), ("Subscriber", f["parent"]), ("Member ID", f["mid"]),
           ("Group number", f["group"]), ("Claims processed", f"{fd(plus(stmt, -30), 'abbr')} - {fd(stmt, 'abbr')}")],
       w=42)
    def claim(no, who, pt, svc, dates, billed, allowed, paid, owe, code):
        d.f(9.4, "B")
        d.cell(0, 5.5, f"Claim {no}   Patient: {pt}   Provider: {who}", new_x="LMARGIN", new_y="NEXT")
        d.table(["Service", "Dates", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
                [[svc, dates, billed, allowed, paid, owe, code]], [44, 42, 20, 20, 20, 18, 12], size=8.2)
    claim(c1, PRACT, f["baby"], "Newborn follow-up visit", fd(v1, "abbr"), "$245.00", "$182.10", "$152.10",
          "$30.00", "")
    claim(c2, "Sagebrush Lactation Services", f["parent"], "Lactation consult", fd(v2, "abbr"), "$160.00",
          "$160.00", "$160.00", "$0.00", "")
    claim(c3, BANK, f["baby"], "Donor human milk T2101", f"{fd(m_a, 'abbr')} - {fd(m_b, 'abbr')}",
          f"${amt:,.2f}", "$0.00", "$0.00", f"${amt:,.2f}", "X42")
    paras(d, [
        "#Code X42",
        "Not covered. Food and nutritional products for home use, including donor human milk, are excluded by your "
        "plan. Donor milk is covered only during an inpatient stay.",
        "#Your appeal rights",
        "If you disagree with how a claim was processed, you may appeal within 180 days of the date of this "
        f"statement. Write to {ORG} Appeals, {ORG_ADDR}. Urgent appeals are decided within 72 hours. You may also "
        "have the right to an external review."], 9.0)
    t = truth("eob", "not_covered", insurer=ORG, group=f["group"], member_id=f["mid"], member_name=f["baby"],
              cases=[c3], claim_amount=m2(amt), service_dates=[f"{m_a.isoformat()}/{m_b.isoformat()}"],
              denial_date=stmt.isoformat(), provider=BANK, appeal_deadline=plus(stmt, 180).isoformat(),
              alternates={"service_dates": [[m_a.isoformat(), m_b.isoformat()]]})
    return out(d), t


def doc_upheld_bd(r):
    f = base(r, 5)
    f["notice"] = plus(f["notice"], 30)
    appeal, ref = "GA" + pat(r, "9999999"), "UR-" + pat(r, "99999999")
    first = plus(f["notice"], -r.randint(26, 34))
    got = plus(first, r.randint(5, 9))
    a, b = plus(first, 2), plus(first, 61)
    hdr = f"{f['baby']} - Member ID {f['mid']} - Appeal {appeal}"
    d = Page(footer="Page {n} of {nb}")
    d.add_page()
    letterhead(d, ORG, ["Grievances and Appeals", ORG_ADDR, "Fax 1-555-402-7719"], 1)
    d.line(fd(f["notice"], "dmy"), 10)
    d.ln(3)
    addr(d, [f"{f['parent']}, parent of {f['baby']}", *f["addr"]])
    d.line("Appeal decision: denial upheld", 12.5, "B")
    d.ln(1)
    lv(d, [("Appeal number", appeal), ("Original review", ref), ("Patient", f["baby"]), ("Member ID", f["mid"]),
           ("Group", f["group"]), ("Appeal received", fd(got, "dmy")),
           ("Service", "Pasteurized donor human milk (T2101)"),
           ("Dates", f"{fd(a, 'dmy')} to {fd(b, 'dmy')}"), ("Requesting physician", PED)], w=44)
    paras(d, [
        f"Dear {f['parent']}:",
        f"We have finished our review of your appeal. A board-certified neonatologist who did not take part in "
        f"the first decision reviewed the letter from {PED}, the NICU discharge summary and the growth records. "
        "We are upholding our decision.",
        "#Reason",
        "Our medical policy MP-NUT-042 covers donor milk after discharge only for infants under 1,800 grams or "
        "with a current intestinal condition that makes formula unsafe. Your baby weighed 2,940 grams at the last "
        "visit, is gaining about 30 grams a day, and the records do not show a current intestinal condition. "
        "Donor milk at home is not medically necessary for your baby."], 9.6)
    d.add_page()
    d.f(8.5)
    d.cell(0, 4.5, hdr, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    paras(d, [
        "#This is our final internal decision",
        "You have used all internal appeals under your plan. You may ask for an external review by an independent "
        "review organization. Send the enclosed form within 4 months of the date you receive this letter. If your "
        "baby's health is in serious danger, ask for an expedited external review, decided within 72 hours.",
        "You may also contact the state Department of Insurance consumer line at 1-555-334-4250.",
        "#Other rights",
        "You may ask for free copies of the policy and all records used in this decision. If your plan is "
        "covered by ERISA, you may have the right to bring a civil action under section 502(a).",
        "Sincerely,", "Lorenzo P. Achterberg, MD, Medical Director", ORG], 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, group=f["group"], member_id=f["mid"],
              member_name=f["baby"], cases=[appeal, ref], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=PED, alternates={"provider": [PED_BARE]})
    return out(d), t


def stack_scan(r):
    f = base(r, 6)
    auth, ref2 = "AU" + pat(r, "99999999"), "UR-" + pat(r, "99999999")
    appr = plus(f["dc"], -2)
    a, b = plus(f["dc"], 1), plus(f["dc"], 30)
    f["notice"] = plus(b, -6)
    c, e = plus(b, 1), plus(b, 60)
    d = Page(footer=None)
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Customer Care {f['phone']}"], 0)
    d.line("Approval notice", 13, "B")
    d.ln(2)
    boxes(d, [("Date", fd(appr, "slash"), 40), ("Authorization", auth, 48), ("Member ID", f["mid"], 52),
              ("Group", f["group"], 40)])
    boxes(d, [("Patient", f["baby"], 70), ("Ordering physician", PED, 64), ("Supplier", BANK, 46)])
    boxes(d, [("Approved item", "Donor human milk T2101, 24 oz/day", 90), ("From", fd(a, "slash"), 45),
              ("Through", fd(b, "slash"), 45)])
    d.ln(4)
    paras(d, [
        f"Good news: we approved donor human milk for your baby for 30 days after discharge from {NICU}, under the "
        "medical exception in policy MP-NUT-042 (recent intestinal illness). If more is needed, the doctor must "
        "send a new request with a current weight and feeding plan at least 7 days before the approval ends.",
        "This approval is not a guarantee of payment; the member must be covered on the date the milk is shipped."],
        9.8)
    t1 = truth("other", None, insurer=ORG, group=f["group"], member_id=f["mid"], member_name=f["baby"], cases=[auth],
               service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=appr.isoformat(), provider=PED,
               alternates={"provider": [PED_BARE, BANK]})
    p1 = out(d)
    d = Page(footer=None)
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Customer Care {f['phone']}"], 0)
    d.line("Notice of Adverse Benefit Determination - extension request", 12, "B")
    d.ln(2)
    boxes(d, [("Date", fd(f["notice"], "slash"), 40), ("Review number", ref2, 48), ("Member ID", f["mid"], 52),
              ("Group", f["group"], 40)])
    boxes(d, [("Patient", f["baby"], 70), ("Ordering physician", PED, 64), ("Prior approval", auth, 46)])
    boxes(d, [("Requested item", "Donor human milk T2101, 24 oz/day", 90), ("From", fd(c, "slash"), 45),
              ("Through", fd(e, "slash"), 45)])
    d.ln(4)
    paras(d, [
        "#Decision: extension denied",
        "The new records show your baby's intestinal illness has resolved and your baby now tolerates a "
        "hydrolyzed formula. More donor milk is not medically necessary. The first 30 days stay approved.",
        "#Appeal",
        "You may appeal within 180 days of the date of this notice. Urgent appeals: 72 hours. External review: "
        "within 4 months of our final appeal decision."], 9.8)
    t2 = truth("denial_letter", "medical_necessity", insurer=ORG, group=f["group"], member_id=f["mid"],
               member_name=f["baby"], cases=[ref2], service_dates=[f"{c.isoformat()}/{e.isoformat()}"],
               denial_date=f["notice"].isoformat(), provider=PED, appeal_deadline=plus(f["notice"], 180).isoformat(),
               alternates={"provider": [PED_BARE, BANK], "case_numbers": [[ref2, auth]]})
    return [(p1, t1), (out(d), t2)]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    return [
        Item(f"{FAMILY}_bd_preservice_excluded", "born_digital", [doc_preservice_bd(r(0))]),
        Item(f"{FAMILY}_faxstd_pediatrician_letter", "fax_standard_g4", [doc_ped_letter_fax(r(1))]),
        Item(f"{FAMILY}_photo_carta_es_parent", "phone_photo", [doc_es_photo(r(2))]),
        Item(f"{FAMILY}_lowres_milk_bank_invoice", "scan_lowres_150", [doc_invoice_lowres(r(3))]),
        Item(f"{FAMILY}_copy_eob_three_claims", "photocopy", [doc_eob_copy(r(4))]),
        Item(f"{FAMILY}_bd_appeal_upheld_two_page", "born_digital", [doc_upheld_bd(r(5))]),
        Item(f"{FAMILY}_scan300_stack_approval_then_extension_denied", "scan_clean_300", stack_scan(r(6)),
             separators=["blank", None], turns={(1, 0): 180}),
    ]
