"""Family 'hospital_charity_care_application_incomplete_notice': invented hospital financial assistance (charity care)
decisions (application incomplete for missing documents, over the income limit, a partial discount, a full
approval in Spanish) next to the health plan's own denials of the same hospital stays.

Cases (letter-heavy): a plan letter denying an emergency admission because coverage had ended for unpaid premium
(eligibility); a hospital financial assistance office's notice that the application is incomplete (missing pay
stubs and tax return, documents due by a date); a hospital decision granting a 60% sliding-scale discount with a
small account summary; a plan EOB denying an inpatient admission for no notification within two business days
(an ER physician claim beside it paid); a fax stack of a cover sheet, the plan's first-level appeal decision
upholding an out-of-network denial of an elective surgery and the hospital's letter that the patient's household
income is over the charity care limit; a Spanish hospital letter approving 100% charity care (nothing denied); a
plan letter denying inpatient days as observation level of care.

Layouts are invented, modelled loosely on published hospital financial assistance policy notices (IRS 501(r)
plain-language summaries), commercial plan letters and EOBs. All values invented: plans, hospitals, physicians,
patients, IDs, amounts; phones 1-555. Decoys: dates of birth, application received dates, hospital account numbers,
guarantor names, NPIs, the federal poverty level table, documents-due dates, allowed/paid/you-owe amounts, an ER
physician's paid claim.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_money, pdf_bytes, truth
from inv_kit import fmt_date as _fmt_date

FAMILY = "hospital_charity_care_application_incomplete_notice"
LANG = "en"
SEED = 274500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def pat(r, p):
    """An ID after a pattern: 9 a digit, A a letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def head(d, name, lines, style=0):
    if style == 0:
        d.text_line(name, 15, "B")
        for s in lines:
            d.text_line(s, 8.5)
        d.rule(0.5, 5)
    elif style == 1:
        d.text_line(name, 13, "B", "R")
        for s in lines:
            d.text_line(s, 8.3, "", "R")
        d.ln(2)
        d.rule(1.2, 5)
    else:
        d.text_line(name, 14, "B", "C")
        d.text_line("  |  ".join(lines), 8.3, "", "C")
        d.rule(0.3, 1)
        d.rule(0.3, 5)


def address_block(d, who, addr):
    for s in (who, *addr):
        d.text_line(s, 10)
    d.ln(4)


def kv(d, rows, w=50, size=9.5):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(1)
        else:
            d.para(p, size)


def person(r, firsts, lasts):
    return f"{r.choice(firsts)} {r.choice(MI)}. {r.choice(lasts)}"


FIRST = ["Ottoline", "Barnaby", "Rosalind", "Fitzgerald", "Imogen", "Leopold", "Cordelia", "Ambrose", "Philippa",
         "Ignatius", "Seraphina", "Thaddeus"]
LAST = ["Wetherell", "Cattermole", "Brightside", "Lindqvist", "Mallinson", "Okonkwo-Hale", "Pettigrew", "Rookwood",
        "Sandoval-Pike", "Thistlewood"]
FIRST_ES = ["Maricela", "Evaristo", "Yesenia", "Anacleto", "Rosaura", "Fulgencio"]
LAST_ES = ["Quiñones", "Arredondo", "Betancourt", "Villaseñor", "Echevarría", "Cardona"]
CITIES = ["Harrowgate, OH 45999", "Millbrook Station, KS 66999", "Larkhaven, VT 05999", "Dunmere, ID 83999"]
CITIES_ES = ["Guaynabo, PR 00999", "San Benito, TX 78999"]
STREETS = ["Wicker Lane", "Bramblegate Road", "Chancel Street", "Oxbow Avenue", "Tallow Court"]
HOSPITALS = ["St. Odilia Regional Medical Center", "Marrowfield Community Hospital", "Greyfriars Valley Hospital"]
ATTENDING = ["Dr. Benedikt R. Samarov, MD", "Dr. Josephine A. Trelawney, MD", "Dr. Aurelio N. Castellanos, MD"]


def base(r, lang="en"):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 180))
    es = lang == "es"
    adm = notice - dt.timedelta(days=r.randint(35, 70))
    return dict(notice=notice, member=person(r, FIRST_ES if es else FIRST, LAST_ES if es else LAST),
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES_ES if es else CITIES)),
                phone=ph(r), npi=npi(r), adm=adm, dis=adm + dt.timedelta(days=r.randint(2, 5)),
                dob=dt.date(r.randint(1955, 1998), r.randint(1, 12), r.randint(1, 28)))


def fmt_date(d, style):
    """inv_kit's date styles plus a two-digit year with zeros (07/06/26)."""
    return d.strftime("%m/%d/%y") if style == "yy" else _fmt_date(d, style)


def stay(f):
    return f"{f['adm'].isoformat()}/{f['dis'].isoformat()}"


# ---------------------------------------------------------------- 0: plan letter, coverage ended (eligibility)
def doc_eligibility(r):
    f = base(r)
    plan = "Tamarack Valley Health Plan"
    ds, ms = "long", "plain"
    hosp = HOSPITALS[0]
    claim = pat(r, "TV9999999999")
    f.update(mid=pat(r, "TVH999999999"), grp=pat(r, "IND-99999"))
    total = fee(r, 18000, 42000)
    term = f["adm"] - dt.timedelta(days=r.randint(5, 20))
    d = Page(footer="Tamarack Valley Health Plan  |  Claims Department  |  Page {p} of {n}")
    d.add_page()
    head(d, plan, ["Claims Department, 88 Ledgerock Parkway, Harrowgate, OH 45999",
                   f"Customer Care {f['phone']}  (TTY 711)"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Notice of Adverse Benefit Determination - Claim Denied", 12.5, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
           ("Date of birth:", fmt_date(f["dob"], "slash")), ("Claim number:", claim),
           ("Facility:", hosp), ("Attending physician:", ATTENDING[0]),
           ("Admission:", f"{fmt_date(f['adm'], ds)} through {fmt_date(f['dis'], ds)}"),
           ("Total charges:", fmt_money(total, ms)), ("Coverage ended:", fmt_date(term, ds))], w=46, size=9.3)
    paras(d, [
        "#Why we denied this claim",
        f"We received a claim from {hosp} for your emergency admission. Our records show that your coverage under "
        f"this individual plan ended on {fmt_date(term, ds)} because the premium for that month was not paid "
        "by the end of the grace period. You were not enrolled in the plan on the dates of this hospital stay, so "
        "the plan cannot pay for it (Evidence of Coverage, Section 9, When Coverage Ends).",
        "If you believe your premium was paid, send us proof of payment. You may also be able to get help with the "
        "hospital bill through the hospital's financial assistance program; ask the hospital's patient financial "
        "services office for an application.",
        "#Your right to appeal",
        "You may appeal this decision within 180 days of the date of this letter. Send your appeal in writing to "
        "Tamarack Valley Health Plan, Appeals Unit, PO Box 3301, Harrowgate, OH 45999, or call Customer Care. You "
        "may request free copies of all documents relevant to your claim. If your appeal is denied, you may ask for "
        "an external review by an independent review organization.",
        "Sincerely,", "Eligibility and Claims Resolution, Tamarack Valley Health Plan"], size=9.5)
    t = truth("denial_letter", "eligibility", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[stay(f)],
              denial_date=f["notice"].isoformat(), provider=hosp,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [ATTENDING[0]], "service_dates": [[f["adm"].isoformat()]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: hospital FA notice, application incomplete
def doc_incomplete(r):
    f = base(r)
    hosp = HOSPITALS[1]
    ds, ms = "slash", "plain"
    app_no = pat(r, "FA-2026-99999")
    acct = pat(r, "99999999")
    total = fee(r, 6000, 19000)
    recv = f["notice"] - dt.timedelta(days=r.randint(6, 14))
    due = f["notice"] + dt.timedelta(days=30)
    guarantor = person(r, FIRST, [f["member"].split()[-1]])
    d = Page(footer=f"{hosp}  -  Financial Assistance Program  -  FAP-112 (01/2026)")
    d.add_page()
    head(d, hosp, ["Patient Financial Services, 400 Cloister Road, Millbrook Station, KS 66999",
                   f"Financial Counselors {f['phone']}   Fax 1-555-640-2281"], 1)
    d.text_line(f"Date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, guarantor, f["addr"])
    d.text_line("FINANCIAL ASSISTANCE APPLICATION - INCOMPLETE", 12.5, "B")
    d.ln(1)
    kv(d, [("Patient:", f["member"]), ("Guarantor:", guarantor), ("Application no.:", app_no),
           ("Hospital account:", acct), ("Application received:", fmt_date(recv, ds)),
           ("Dates of service:", f"{fmt_date(f['adm'], ds)} - {fmt_date(f['dis'], ds)}"),
           ("Account balance:", fmt_money(total, ms))], w=46)
    paras(d, [
        f"Dear {guarantor.split()[0]} {guarantor.split()[-1]}:",
        "Thank you for applying for financial assistance. We cannot make a decision yet because your application "
        "is missing the information checked below. Under our Financial Assistance Policy we must verify household "
        "size and income for the 12 months before the date of the application."], size=9.6)
    for box, item in [("[X]", "Pay stubs for the last 3 months for every working adult in the household"),
                      ("[X]", "Most recent federal income tax return (Form 1040), all pages"),
                      ("[ ]", "Unemployment, Social Security or disability award letter"),
                      ("[X]", "Signed page 4 (attestation) of the application"),
                      ("[ ]", "Letter of support if you have no income")]:
        d.text_line(f"   {box}  {item}", 9.4)
    d.ln(3)
    paras(d, [
        f"Please send the missing items by {fmt_date(due, ds)}. While your application is pending, we will not "
        "send your account to a collection agency or take any extraordinary collection action. If we do not "
        "receive the items by that date, your application will be closed; you may apply again at any time up to "
        "240 days after your first billing statement.",
        "Your health plan has denied this stay. A denial by your insurance does not affect whether you qualify for "
        "financial assistance, and you do not need to finish an insurance appeal before we decide.",
        "Mail or fax the documents to the address above, or bring them to any registration desk. Write the "
        "application number on every page.",
        "Financial Assistance Office, " + hosp], size=9.4)
    t = truth("other", None, member_name=f["member"], case_numbers=[app_no], claim_amount=f"{total:.2f}",
              service_dates=[stay(f)], denial_date=f["notice"].isoformat(), provider=hosp,
              unscored=["insurer", "member_id", "group_number"],
              alternates={"case_numbers": [[]], "appeal_deadline": [due.isoformat()],
                          "service_dates": [[f["adm"].isoformat()]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: hospital FA decision, partial discount
def doc_partial(r):
    f = base(r)
    hosp = HOSPITALS[2]
    ds, ms = "abbr", "nosign"
    app_no = pat(r, "GVH-FAP-999999")
    acct = pat(r, "HA99999999")
    lines = [("Room and board, semi-private (3 days)", fee(r, 5200, 7400)), ("Pharmacy", fee(r, 700, 1900)),
             ("Laboratory", fee(r, 800, 1600)), ("CT scan, abdomen", fee(r, 2100, 3300))]
    total = round(sum(x[1] for x in lines), 2)
    ins_adj = 0.0
    disc = round(total * 0.6, 2)
    d = Page(footer="Greyfriars Valley Hospital is a nonprofit hospital. A plain language summary of our Financial "
                    "Assistance Policy is available on request.")
    d.add_page()
    head(d, hosp, ["Business Office, 12 Abbey Mill Road, Larkhaven, VT 05999", f"Billing questions {f['phone']}"], 2)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Financial Assistance Determination", 13, "B")
    d.ln(2)
    d.boxes([("Patient", f["member"], 62), ("Application number", app_no, 48), ("Hospital account", acct, 40),
             ("Decision", "60% discount", 30)], h=12)
    d.boxes([("Admitted", fmt_date(f["adm"], ds), 45), ("Discharged", fmt_date(f["dis"], ds), 45),
             ("Household size", str(r.randint(2, 5)), 35), ("Income as % of FPL", f"{r.randint(251, 299)}%", 55)], h=12)
    d.ln(4)
    paras(d, [
        "We reviewed your application for financial assistance. Your household income is between 251% and 300% "
        "of the Federal Poverty Guidelines, so you qualify for a partial discount of 60% off your remaining "
        "balance for this hospital stay. Patients with income at or below 250% qualify for free care. We do not "
        "charge patients who qualify for assistance more than the amounts generally billed to insured patients."],
        size=9.5)
    rows = [[desc, fmt_money(a, ms)] for desc, a in lines]
    rows += [["*Total charges", fmt_money(total, ms)], ["Insurance payments/adjustments", fmt_money(ins_adj, ms)],
             ["Financial assistance discount (60%)", "-" + fmt_money(disc, ms)],
             ["*Your new balance", fmt_money(round(total - disc, 2), ms)]]
    d.table(["Description", "Amount"], rows, [120, 40], size=8.8, aligns="LR")
    paras(d, [
        "Your insurance carrier, Ridgeline Cooperative Health, denied the claim for this stay, so the full charges "
        "were used. If your insurance later pays, we will refund any overpayment. You may set up an interest-free "
        "payment plan by calling the number above.",
        "If you disagree with this decision you may ask for a review by the Financial Assistance Committee. Send a "
        "letter explaining why, with any new information about your income."], size=9.3)
    t = truth("other", None, member_name=f["member"], case_numbers=[app_no], claim_amount=f"{total:.2f}",
              service_dates=[stay(f)], denial_date=f["notice"].isoformat(), provider=hosp,
              unscored=["insurer", "member_id", "group_number"],
              alternates={"case_numbers": [[]], "service_dates": [[f["adm"].isoformat()]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: plan EOB, no notification of admission
def doc_eob_notify(r):
    f = base(r)
    plan = "Ridgeline Cooperative Health"
    ds, ms = "yy", "nosign"
    hosp, er_doc = HOSPITALS[0], "Emberlight Emergency Physicians, PC"
    claim, er_claim = pat(r, "99A99999999"), pat(r, "99A99999999")
    f.update(mid=pat(r, "RCH99999999"), grp=pat(r, "999999"))
    total = fee(r, 14000, 36000)
    er = fee(r, 900, 1800)
    er_allowed = round(er * 0.55, 2)
    d = Page(footer="Ridgeline Cooperative Health  |  This is not a bill  |  Page {p} of {n}")
    d.add_page()
    head(d, plan, ["PO Box 5150, Dunmere, ID 83999", f"Member Services {f['phone']}"], 1)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    d.ln(1)
    kv(d, [("Statement date", fmt_date(f["notice"], ds)), ("Member", f["member"]), ("Member ID", f["mid"]),
           ("Group no.", f["grp"]), ("Date of birth", fmt_date(f["dob"], ds))], w=40, size=9.2)
    W = [30, 56, 20, 18, 16, 18, 16]
    hd = ["Service date", "Provider / service", "Charges", "Allowed", "Paid", "You owe", "Code"]
    d.text_line(f"Claim {er_claim}", 9.2, "B")
    d.table(hd, [[fmt_date(f["adm"], ds), f"{er_doc} - ER visit 99285", fmt_money(er, ms), fmt_money(er_allowed, ms),
                  fmt_money(er_allowed - 150, ms), "150.00", "P1"]], W, size=7.8, aligns="LLRRRRL")
    d.text_line(f"Claim {claim}", 9.2, "B")
    d.table(hd, [[f"{fmt_date(f['adm'], ds)}-{fmt_date(f['dis'], ds)}", f"{hosp} - inpatient admission",
                  fmt_money(total, ms), "0.00", "0.00", fmt_money(total, ms), "N48"],
                 ["*Claim total", "", fmt_money(total, ms), "0.00", "0.00", fmt_money(total, ms), ""]],
            W, size=7.8, aligns="LLRRRRL")
    paras(d, [
        "#Explanation of codes",
        "P1  Paid at the in-network emergency benefit after your emergency room copay.",
        "N48  Denied. Your plan requires the hospital to notify us of an inpatient admission within two business "
        "days after an emergency admission and to get authorization for the stay. We have no record of notification "
        "or authorization for this admission. The hospital may send the clinical records and ask for a retrospective "
        "review.",
        "#Appeals",
        "If you disagree with this decision, you may file an appeal within 180 days of the date of this statement. "
        "Write to Ridgeline Cooperative Health, Appeals, PO Box 5155, Dunmere, ID 83999. If you cannot pay your "
        "hospital bill, ask the hospital about its financial assistance policy."], size=8.8)
    t = truth("eob", "prior_authorization", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[stay(f)],
              denial_date=f["notice"].isoformat(), provider=hosp,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"service_dates": [[f["adm"].isoformat()]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: fax stack: appeal upheld (OON) + FA over income
def doc_stack(r):
    f = base(r)
    plan = "Silverbrook Assurance Health"
    ds, ms = "dmy", "plain"
    hosp = HOSPITALS[2]
    surgeon = ATTENDING[1]
    appeal, claim = pat(r, "SAH-APL-99999"), pat(r, "SA999999999")
    f.update(mid=pat(r, "SAH-999999999"), grp=pat(r, "G-9999"))
    f["dis"] = f["adm"] + dt.timedelta(days=2)
    total = fee(r, 24000, 48000)
    d = Page(footer="Silverbrook Assurance Health - Member Appeals - Page {p} of {n}")
    d.add_page()
    head(d, plan, ["Member Appeals, 2700 Weathervane Drive, Harrowgate, OH 45999",
                   f"Phone {f['phone']}  Fax 1-555-311-7046"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("First-Level Appeal Decision", 12.5, "B")
    kv(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Appeal number", appeal),
           ("Claim number", claim), ("Facility", hosp), ("Surgeon", surgeon),
           ("Dates of service", f"{fmt_date(f['adm'], ds)} to {fmt_date(f['dis'], ds)}"),
           ("Billed charges", fmt_money(total, ms))], w=40, size=9.2)
    paras(d, [
        f"We have completed our review of your appeal of the denial of your elective laparoscopic cholecystectomy at "
        f"{hosp}. The hospital is not in the Silverbrook Select network. Your plan is an exclusive provider plan "
        "that pays for services from out-of-network providers only for emergencies or when we approve an "
        "exception before the service because no network provider can do it.",
        "The surgery was scheduled, not an emergency, and no network exception was requested. Four network "
        "hospitals within 30 miles of your home perform this surgery. Our decision to deny the claim is upheld.",
        "#Next steps",
        "You may request a second-level appeal within 60 days of the date of this letter. You may also ask for "
        "an external review after your second-level appeal. You can ask for free copies of the documents we used.",
        "Silverbrook Assurance Health, Member Appeals"], size=9.3)
    t1 = truth("denial_letter", "out_of_network", insurer=plan, member_id=f["mid"], group_number=f["grp"],
               member_name=f["member"], case_numbers=[appeal, claim], claim_amount=f"{total:.2f}",
               service_dates=[stay(f)], denial_date=f["notice"].isoformat(), provider=hosp,
               appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
               alternates={"provider": [surgeon], "case_numbers": [[appeal]],
                           "service_dates": [[f["adm"].isoformat()]]})
    pdf1 = pdf_bytes(d)
    n2 = f["notice"] + dt.timedelta(days=r.randint(9, 20))
    app_no, acct = pat(r, "99-99999"), pat(r, "9999999999")
    d = Page()
    d.add_page()
    head(d, hosp, ["Financial Assistance Office, 12 Abbey Mill Road, Larkhaven, VT 05999", "1-555-702-4410"], 1)
    d.text_line(f"Notice date: {fmt_date(n2, ds)}", 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("Financial Assistance - Not Approved", 12.5, "B")
    kv(d, [("Patient", f["member"]), ("Application #", app_no), ("Account #", acct),
           ("Service dates", f"{fmt_date(f['adm'], ds)} to {fmt_date(f['dis'], ds)}"),
           ("Balance", fmt_money(total, ms))], w=40, size=9.2)
    paras(d, [
        "We are sorry, but you do not qualify for financial assistance. Your household of 2 reported an annual "
        "income that is 412% of the Federal Poverty Guidelines. Our policy provides free care at or below 250% "
        "and discounts up to 400%.",
        "Because you are uninsured for this stay (your plan denied it as out of network), you still receive our "
        "self-pay discount, and you will not be charged more than the amounts generally billed. You may reapply if "
        "your income changes, or call us to set up a payment plan of up to 24 months.",
        "Income guideline used: 2026 FPL for a household of 2. Medical hardship: balances over 25% of annual "
        "income may qualify; ask for the hardship form."], size=9.2)
    t2 = truth("other", None, member_name=f["member"], case_numbers=[app_no], claim_amount=f"{total:.2f}",
               service_dates=[stay(f)], denial_date=n2.isoformat(), provider=hosp,
               unscored=["insurer", "member_id", "group_number"],
               alternates={"case_numbers": [[]], "service_dates": [[f["adm"].isoformat()]]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 5: Spanish: 100% charity care approved
def doc_es(r):
    f = base(r, "es")
    hosp = "Hospital Comunitario San Bartolomé"
    ds, ms = "es", "plain"
    sol = pat(r, "AF-99999")
    acct = pat(r, "99999999")
    total = fee(r, 3500, 12000)
    d = Page(footer="Hospital Comunitario San Bartolomé - Programa de Asistencia Financiera")
    d.add_page()
    head(d, hosp, ["Servicios Financieros al Paciente, Calle Ceiba 210, Guaynabo, PR 00999",
                   f"Consejeros financieros {f['phone']}"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Aviso de determinación de asistencia financiera", 12.5, "B")
    d.ln(1)
    kv(d, [("Paciente:", f["member"]), ("Número de solicitud:", sol), ("Cuenta del hospital:", acct),
           ("Fechas de servicio:", f"{fmt_date(f['adm'], ds)} al {fmt_date(f['dis'], ds)}"),
           ("Cargos totales:", fmt_money(total, ms)), ("Fecha de nacimiento:", fmt_date(f["dob"], "slash"))],
       w=48, size=9.3)
    paras(d, [
        "Estimado(a) paciente:",
        "Hemos revisado su solicitud de asistencia financiera. Nos complace informarle que usted califica para "
        "atención gratuita (descuento del 100%) en el saldo de esta hospitalización. El ingreso de su hogar es "
        "menor del 200% de las Guías Federales de Pobreza.",
        "Su nuevo saldo es de $0.00. No tiene que pagar nada por estas fechas de servicio. Esta aprobación es "
        "válida por 6 meses para otros servicios en nuestro hospital; después de esa fecha debe presentar una "
        "nueva solicitud.",
        "Si su seguro médico u otra persona paga parte de esta cuenta más adelante, aplicaremos ese pago a la "
        "cuenta. Guarde esta carta.",
        "Atentamente,", "Oficina de Asistencia Financiera"], size=9.6)
    t = truth("other", None, lang="es", member_name=f["member"], case_numbers=[sol], claim_amount=f"{total:.2f}",
              service_dates=[stay(f)], denial_date=f["notice"].isoformat(), provider=hosp,
              unscored=["insurer", "member_id", "group_number"],
              alternates={"case_numbers": [[]], "service_dates": [[f["adm"].isoformat()]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: plan letter, inpatient days -> observation
def doc_observation(r):
    f = base(r)
    plan = "Ashgrove Benefit Health Company"
    ds, ms = "iso", "usd"
    hosp, att = HOSPITALS[1], ATTENDING[2]
    ref, claim = pat(r, "UR-99999999"), pat(r, "999999999999")
    f.update(mid=pat(r, "AB9999999"), grp=pat(r, "99999A"))
    f["dis"] = f["adm"] + dt.timedelta(days=2)
    total = fee(r, 11000, 23000)
    d = Page(footer="Ashgrove Benefit Health Company  -  Utilization Review  -  page {p}/{n}")
    d.add_page()
    head(d, plan, ["Utilization Review, 61 Foundry Hill, Millbrook Station, KS 66999",
                   f"{f['phone']}  |  ashgrove.example"], 2)
    d.text_line(f"Letter date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("Denial of Inpatient Level of Care", 12, "B")
    d.ln(1)
    kv(d, [("Patient", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Review number", ref),
           ("Claim", claim), ("Hospital", hosp), ("Attending", att),
           ("Stay", f"{fmt_date(f['adm'], ds)} to {fmt_date(f['dis'], ds)}"), ("Billed", fmt_money(total, ms))],
       w=40)
    paras(d, [
        "We reviewed the records for your hospital stay for chest pain. Your tests (serial troponins, ECG and a "
        "stress test) were normal and you did not need treatment that can only be given to a hospital inpatient. "
        "Under our inpatient admission criteria, your care could have been provided safely as outpatient "
        "observation. We have denied the inpatient level of care. The hospital may rebill the stay as observation "
        "services, which your plan covers under the outpatient benefit.",
        "This decision was made by a board-certified internist. It is not a decision that the care you got was "
        "not needed; it is about the setting in which it was billed.",
        "#Appeal rights",
        "You or the hospital may appeal within 180 days of the date of this letter. External review: if we uphold "
        "our decision, you may ask for an external review within 4 months. If you are having trouble paying the "
        "hospital, ask about the hospital's financial assistance program."], size=9.4)
    t = truth("denial_letter", "level_of_care", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[ref, claim], claim_amount=f"{total:.2f}",
              service_dates=[stay(f)], denial_date=f["notice"].isoformat(), provider=hosp,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [att], "case_numbers": [[ref], [claim]],
                          "service_dates": [[f["adm"].isoformat()]]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


PLAN = [
    ("bd_plan_denial_coverage_ended_premium", "born_digital", doc_eligibility, None),
    ("scan300_fa_application_incomplete", "scan_clean_300", doc_incomplete, None),
    ("lowres_fa_partial_discount_sixty", "scan_lowres_150", doc_partial, None),
    ("copy_eob_admission_not_notified", "photocopy", doc_eob_notify, None),
    ("faxfine_stack_cover_appeal_upheld_oon_fa_over_income", "fax_fine_g4", doc_stack, ["cover", None]),
    ("photo_es_asistencia_financiera_aprobada", "phone_photo", doc_es, None),
    ("rotated_inpatient_denied_observation", "rotated", doc_observation, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
