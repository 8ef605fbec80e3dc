"""Family 'opioid_treatment_program_weekly_bundle_denial': invented state Medicaid agency notices, Medicare Advantage
letters and EOBs, and plan letters on opioid treatment program (OTP) weekly bundles: G2067 (methadone), G2068
(buprenorphine) and the G2078 take-home add-on, denied for overlapping weeks, a program not enrolled with the payer,
or a take-home add-on billed without its weekly bundle.

Letter-heavy: a state Medicaid agency Notice of Action in a numbered form layout with check boxes (buprenorphine
bundles from a program not enrolled as a Medicaid OTP); a fax stack of a cover sheet, a Medicare Advantage EOB
denying G2078 take-home add-ons billed without a G2067 bundle for the week, and the OTP's own statement to the
patient (no balance); an MA EOB denying a G2067 bundle whose 7-day episode overlaps the week already paid; an MA
Notice of Denial of Medical Payment for a program not enrolled in Medicare as an OTP; a Spanish state Medicaid
notice (Aviso de Accion) denying a take-home add-on without the bundle; a Medicaid managed-care approval of
continued methadone bundles with take-home doses (no denial); a commercial appeal decision upholding an
overlapping-week denial (buprenorphine week billed inside a paid methadone week).

Layouts are invented, modelled loosely on state Medicaid notice-of-action forms, CMS-10003-style MA notices and Part
C EOBs. All values invented: agencies, plans, programs, clinicians, people, IDs, amounts; phones 1-555. Decoys:
medical directors and counselors, program NPIs and Medicaid provider numbers, SAMHSA/DEA-like registration numbers,
dates of birth, paid weeks, received dates, form numbers, dosing amounts, allowed/paid amounts, account numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "opioid_treatment_program_weekly_bundle_denial"
LANG = "en"
SEED = 265600
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
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKMNPRTUVWXY") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


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


def address_block(d, who, addr):
    for s in (who, *addr):
        d.text_line(s, 10)
    d.ln(4)


def person(r, firsts, lasts):
    return f"{r.choice(firsts)} {r.choice(MI)}. {r.choice(lasts)}"


def weeks(start, n):
    return [start + dt.timedelta(days=7 * k) for k in range(n)]


def section(d, title, size=10):
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.font(size, "B")
    d.cell(0, 6.5, " " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(1.5)


def checks(d, items, size=8.8):
    for mark, text in items:
        d.font(size, "B")
        d.cell(9, size * 0.5, "[X]" if mark else "[  ]")
        d.font(size)
        d.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.8)
    d.ln(2)


FIRST = ["Tobiah", "Marguerite", "Lysander", "Constance", "Oisin", "Araminta", "Jethro", "Winifred", "Caspian",
         "Ottoline", "Peregrine", "Beatrix"]
LAST = ["Kettleborough", "Amadi-Rowe", "Lindgren", "Featherstone", "Castellane", "Oyelowo", "Brackenridge",
        "Sutcliffe", "Marchbanks", "Ingleby"]
FIRST_ES = ["Evangelina", "Rigoberto", "Maribel", "Anacleto", "Yesenia"]
LAST_ES = ["Balderrama", "Cisneros", "Olivares", "Mendieta", "Ugalde"]
CITIES = ["Brackwater, NM 87099", "Linden Ferry, WV 25099", "Okeshire, MO 63999", "Calloway Springs, KY 40099"]
STREETS = ["Tanner's Row", "Buttonwood Street", "Pilgrim Hill Road", "Weatherby Lane", "Foundry Street"]
OTPS = ["Harbor Light Recovery Treatment Center", "New Dawn Opioid Treatment Program", "Crestline Comprehensive "
        "Treatment Center", "Clínica de Tratamiento Amanecer", "Riverbend Medication-Assisted Recovery"]
DIRECTORS = ["Dr. Ignatius P. Woolcott, MD", "Dr. Farida N. Sandoval-Reyes, DO", "Dr. Cornelius J. Abara, MD",
             "Dra. Remedios L. Tovar, MD"]
G = {"G2067": "Methadone weekly bundle (OTP)", "G2068": "Buprenorphine oral weekly bundle (OTP)",
     "G2078": "Take-home supply of methadone, 7 days (add-on)"}


def base(r, lang="en"):
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 190))
    fl, ll = (FIRST_ES, LAST_ES) if lang == "es" else (FIRST, LAST)
    return dict(notice=notice, member=person(r, fl, ll),
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)), phone=ph(r), npi=npi(r),
                dob=dt.date(r.randint(1958, 1998), r.randint(1, 12), r.randint(1, 28)))


# ---------------------------------------------------------------- 0: state Medicaid notice of action, not enrolled
def doc_state(r):
    f = base(r)
    agency, program = "State Department of Human Services", "MedAssist"
    otp = OTPS[4]
    wk = weeks(f["notice"] - dt.timedelta(days=r.randint(45, 60)), 3)
    ch = fee(r, 210, 260)
    total = round(ch * len(wk), 2)
    rid, ncn = pat(r, "99999999999"), "NOA-2026-" + pat(r, "999999")
    prov_id = pat(r, "9999999")
    ds = "slash"
    review = f["notice"] + dt.timedelta(days=30)
    d = Page(footer="Form DHS-MA-2210 (Rev. 07/2025)   Notice of Action - Medical Assistance   Page {p} of {n}")
    d.add_page()
    d.text_line("STATE DEPARTMENT OF HUMAN SERVICES", 12.5, "B", "C")
    d.text_line("Division of Medical Assistance  -  MedAssist Program", 10, "", "C")
    d.text_line(f"PO Box 1400, Brackwater, NM 87099   Recipient Help Line {f['phone']}   TTY 711", 8.3, "", "C")
    d.ln(2)
    d.text_line("NOTICE OF ACTION", 14, "B", "C")
    d.text_line("Denial of Payment for Services Already Received", 10, "", "C")
    d.ln(3)
    d.boxes([("1. Date of notice", fmt_date(f["notice"], ds), 42), ("2. Notice control number", ncn, 52),
             ("3. Recipient ID number", rid, 48), ("4. Program", program, 38)], h=12)
    d.boxes([("5. Recipient name", f["member"], 62), ("6. Date of birth", fmt_date(f["dob"], ds), 32),
             ("7. Provider / program", otp, 86)], h=12)
    d.boxes([("8. Provider Medicaid ID", prov_id, 42), ("9. Provider NPI", f["npi"], 42),
             ("10. Medical director", DIRECTORS[2], 96)], h=12)
    d.ln(4)
    address_block(d, f["member"], f["addr"])
    section(d, "SECTION A - SERVICES THIS NOTICE IS ABOUT")
    rows = [[fmt_date(w, ds), fmt_date(w + dt.timedelta(days=6), ds), "G2068", G["G2068"], fmt_money(ch), "Denied"]
            for w in wk]
    rows.append(["*Total billed", "", "", "", fmt_money(total), ""])
    d.table(["Date of service", "Episode ends", "Code", "Description", "Billed", "Action"], rows,
            [26, 24, 16, 66, 22, 20], size=8, aligns="LLLLRL")
    section(d, "SECTION B - REASON FOR THIS ACTION (the box marked X applies)")
    checks(d, [
        (False, "The same service was already paid for the same week (duplicate or overlapping episode)."),
        (True, f"The provider, {otp}, was not enrolled with the MedAssist Program as an Opioid Treatment Program "
               "on the dates of service. MedAssist pays weekly OTP bundles only to programs enrolled with provider "
               "type 32 (Opioid Treatment Program) and certified by the federal government."),
        (False, "A take-home add-on was billed without a weekly bundle for the same week."),
        (False, "You were not eligible for MedAssist on the dates of service.")])
    d.para("Legal basis: State Medical Assistance Rules, Chapter 8.310.2 (provider enrollment) and 42 CFR 455.410. "
           "An enrolled program may not bill you for these services. A program that is not enrolled should not "
           "bill you without first telling you in writing that MedAssist will not pay.", 8.8)
    section(d, "SECTION C - YOUR RIGHTS")
    paras(d, [
        f"AGENCY REVIEW: If you think this action is wrong, you may ask for an agency review. Your request must "
        f"reach us within 30 days of the date of this notice (by {fmt_date(review, ds)}). Call the Recipient Help "
        "Line or return page 2 of this form.",
        "FAIR HEARING: You also have the right to a fair hearing before an administrative law judge. Ask within "
        "90 days of the date of this notice. You may represent yourself or have a lawyer, relative or friend "
        "speak for you. Free legal help: Brackwater Legal Aid, 1-555-870-3300.",
        "Medication for opioid use disorder is still a covered benefit. Call the Help Line to find an enrolled "
        "program near you."], size=8.8)
    t = truth("denial_letter", "out_of_network", insurer=agency, member_id=rid, member_name=f["member"],
              case_numbers=[ncn], claim_amount=f"{total:.2f}", service_dates=[w.isoformat() for w in wk],
              denial_date=f["notice"].isoformat(), provider=otp, appeal_deadline=review.isoformat(),
              denial_alternates=["other", "eligibility"],
              alternates={"insurer": ["Division of Medical Assistance", "MedAssist Program",
                                      "Department of Human Services"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: MA EOB take-home w/o bundle + OTP note
def doc_stack(r):
    f = base(r)
    org, product = "Wyncroft Health Plan, Inc.", "Wyncroft Medicare Advantage Plus (HMO)"
    otp = OTPS[0]
    wk = weeks(f["notice"] - dt.timedelta(days=r.randint(40, 55)), 3)
    g67 = fee(r, 200, 240)
    g78 = fee(r, 95, 130)
    # weeks 0 and 1: bundle + take-home paid; week 2: take-home only, denied
    lines = [(wk[0], "G2067", g67, True), (wk[0], "G2078", g78, True), (wk[1], "G2067", g67, True),
             (wk[1], "G2078", g78, True), (wk[2], "G2078", g78, False)]
    total = round(sum(x[2] for x in lines), 2)
    claim = pat(r, "99999A999999")
    mid = pat(r, "WY99999999")
    acct = pat(r, "HL-999999")
    ds, ms = "abbr", "plain"
    d = Page(footer="Y0552_WYN_EOB_2026   Wyncroft Health Plan, Inc.")
    d.add_page()
    d.text_line(product, 13, "B")
    d.text_line(f"{org}  |  PO Box 5530, Linden Ferry, WV 25099  |  {f['phone']} (TTY 711)", 8.4)
    d.rule(0.5, 3)
    d.text_line("EXPLANATION OF BENEFITS  -  Medical claims", 12, "B")
    d.text_line(f"Issued {fmt_date(f['notice'], ds)}.  This is not a bill.", 9.5)
    d.ln(2)
    kv(d, [("Member", f["member"]), ("Member ID", mid), ("Claim", claim), ("Provider", f"{otp} (in network)"),
           ("Provider NPI", f["npi"])], w=36, size=9.2)
    rows = []
    for w, c, ch, ok in lines:
        ap = round(ch * 0.86, 2) if ok else 0.0
        rows.append([fmt_date(w, ds), c, G[c][:36], fmt_money(ch, ms), fmt_money(ap, ms), fmt_money(ap, ms),
                     fmt_money(0, ms), "" if ok else "T7"])
    rows.append(["*Total", "", "", fmt_money(total, ms), "", "", fmt_money(0, ms), ""])
    d.table(["Week starting", "Code", "Service", "Billed", "Approved", "Plan paid", "You owe", "Note"], rows,
            [24, 14, 60, 18, 18, 18, 16, 10], size=7.6, aligns="LLLRRRRL")
    paras(d, [
        "#Note T7",
        f"The take-home supply add-on (G2078) for the week starting {fmt_date(wk[2], ds)} was billed without a "
        "methadone weekly bundle (G2067) for the same week. The add-on is paid only together with the weekly "
        "bundle it belongs to. The program may correct and resubmit the claim. You owe nothing for this line.",
        "#Appeals",
        "If you disagree, you can ask us to reconsider within 65 days of the date this EOB was issued. Write to "
        "Wyncroft Appeals, PO Box 5538, Linden Ferry, WV 25099, or call Member Services."], size=8.8)
    t1 = truth("eob", "coding_error", insurer=org, member_id=mid, member_name=f["member"], case_numbers=[claim],
               claim_amount=f"{total:.2f}", service_dates=[wk[2].isoformat()], denial_date=f["notice"].isoformat(),
               provider=otp, appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
               denial_alternates=["other"], alternates={"insurer": [product]})
    pdf1 = pdf_bytes(d)
    st_date = f["notice"] + dt.timedelta(days=r.randint(6, 12))
    ds2 = "slash"
    d = Page()
    d.add_page()
    d.text_line(otp, 13.5, "B")
    d.text_line("Business Office, 77 Foundry Street, Linden Ferry, WV 25099   1-555-390-6610", 8.6)
    d.rule(0.4, 4)
    d.text_line("Account Notice", 12, "B")
    kv(d, [("Date", fmt_date(st_date, ds2)), ("Patient", f["member"]), ("Account no.", acct),
           ("Insurance", f"{product}, ID {mid}"), ("Insurance claim", claim)], w=34, size=9.2)
    d.table(["Week of", "Code", "Charge", "Insurance", "Status"],
            [[fmt_date(w, ds2), c, fmt_money(ch), fmt_money(round(ch * 0.86, 2) if ok else 0),
              "Paid" if ok else "Corrected claim sent"] for w, c, ch, ok in lines] +
            [["*Total charges", "", fmt_money(total), "", ""]],
            [30, 20, 26, 26, 50], size=8.4, aligns="LLRRL")
    paras(d, [
        f"Dear {f['member'].split()[0]},",
        f"Your plan returned one line of our claim for the week of {fmt_date(wk[2], ds2)} because our billing "
        "office left off the weekly methadone bundle. This was our error. We have sent a corrected claim. You do "
        "not need to do anything and you owe nothing for this week.",
        "Your balance today: $0.00.",
        "Questions about your account? Call the business office. Questions about your dosing or take-home "
        "schedule? Talk with your counselor or the nursing station."], size=9.4)
    t2 = truth("other", None, member_id=mid, member_name=f["member"], case_numbers=[claim],
               claim_amount=f"{total:.2f}", service_dates=[wk[2].isoformat()], denial_date=st_date.isoformat(),
               provider=otp, unscored=["insurer"],
               alternates={"claim_amount": [None], "case_numbers": [[]],
                           "service_dates": [[w.isoformat() for w in wk], []]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 2: MA EOB, overlapping methadone week
def doc_overlap(r):
    f = base(r)
    org = "Tamsin Valley Health Plan"
    product = "Tamsin Valley Senior Advantage (PPO)"
    otp, director = OTPS[2], DIRECTORS[0]
    w0 = f["notice"] - dt.timedelta(days=r.randint(40, 52))
    paid = weeks(w0, 3)
    bad = paid[1] + dt.timedelta(days=3)
    g67 = fee(r, 205, 245)
    lines = [(paid[0], g67, True), (paid[1], g67, True), (bad, g67, False), (paid[2], g67, True)]
    total = round(g67 * 4, 2)
    claim = pat(r, "TV-9999-9999999")
    mid, pid = pat(r, "TVS999999999"), "H3390-014"
    ds, ms = "upper", "nosign"
    d = Page(footer="H3390_EOBMED_26   Tamsin Valley Health Plan   page {p} of {n}")
    d.add_page()
    d.set_fill_color(228, 228, 228)
    d.font(14, "B")
    d.cell(0, 10, "  TAMSIN VALLEY HEALTH PLAN", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"  {product}  -  Plan {pid}  -  Member Services {f['phone']}", 8.6)
    d.ln(3)
    d.text_line("Explanation of Benefits", 13, "B")
    d.text_line(f"STATEMENT DATE: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    kv(d, [("Patient name", f["member"]), ("Member number", mid), ("Claim number", claim),
           ("Billing provider", otp), ("Medical director", director),
           ("Patient DOB", fmt_date(f["dob"], ds))], w=40, size=9.2)
    rows = [[fmt_date(w, ds), fmt_date(w + dt.timedelta(days=6), ds), "G2067", fmt_money(g67, ms),
             fmt_money(round(g67 * 0.9, 2) if ok else 0, ms), fmt_money(round(g67 * 0.9, 2) if ok else 0, ms),
             "PAID" if ok else "DENIED 18"] for w, g67, ok in lines]
    rows.append(["*TOTAL", "", "", fmt_money(total, ms), "", "", ""])
    d.table(["From", "Through", "Code", "Amount billed", "Plan allowed", "Plan paid", "Status"], rows,
            [26, 26, 16, 28, 26, 24, 28], size=8, aligns="LLLRRRL")
    paras(d, [
        "#Reason code",
        "18  The 7-day episode starting on this date overlaps a weekly bundle already paid for the same patient "
        f"({fmt_date(paid[1], ds)} through {fmt_date(paid[1] + dt.timedelta(days=6), ds)}). Only one weekly "
        "methadone bundle may be paid for any 7 consecutive days. The program may not bill you for the denied "
        "episode.",
        "#Your appeal rights",
        "If you do not agree with this decision, you may request a reconsideration within 65 days of the date of "
        "this statement. Send your request to Tamsin Valley Health Plan, Medicare Appeals, PO Box 902, Okeshire, "
        "MO 63999. You may ask for a fast decision only for care you have not yet received.",
        "Your year-to-date out-of-pocket costs: $0.00. Maximum out-of-pocket: $4,900.00."], size=8.8)
    t = truth("eob", "other", insurer=org, plan_id=pid, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=f"{total:.2f}", service_dates=[bad.isoformat()], denial_date=f["notice"].isoformat(),
              provider=otp, appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
              denial_alternates=["coding_error"], alternates={"plan_id": [None], "insurer": [product]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: MA notice of denial of payment, not enrolled
def doc_ma_notice(r):
    f = base(r)
    org, product = "Copperfield Health Company", "Copperfield Medicare Complete (HMO)"
    otp = OTPS[1]
    wk = weeks(f["notice"] - dt.timedelta(days=r.randint(50, 65)), 2)
    g67 = fee(r, 210, 250)
    total = round(g67 * 2, 2)
    claim = pat(r, "9999999999999")
    mid = pat(r, "CF999999A")
    ds = "long"
    d = Page(footer="Form CMS-10003-NDMCP   OMB Approval 0938-0829   Y0712_NDMCP_OTP26")
    d.add_page()
    d.text_line(product, 12.5, "B", "C")
    d.text_line(f"{org}, 4100 Weatherby Lane, Calloway Springs, KY 40099  |  {f['phone']}, TTY 711", 8.3, "", "C")
    d.ln(3)
    d.text_line(f"Date: {fmt_date(f['notice'], ds)}", 10)
    d.text_line(f"Member number: {mid}", 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("NOTICE OF DENIAL OF MEDICAL PAYMENT", 13, "B", "C")
    d.ln(2)
    paras(d, [
        f"Name: {f['member']}",
        f"We have denied payment for the following services you received from {otp}, "
        f"Claim number {claim}:"], size=10)
    d.table(["Date of service", "Code", "Service", "Amount billed"],
            [[fmt_date(w, ds), "G2067", G["G2067"], fmt_money(g67)] for w in wk] + [["*Total", "", "", fmt_money(total)]],
            [40, 18, 86, 30], size=8.8, aligns="LLLR")
    paras(d, [
        "#Why did we deny your payment request?",
        f"Medicare pays for opioid treatment program services only when the program is enrolled in Medicare as an "
        f"Opioid Treatment Program. {otp} was not enrolled in Medicare as an OTP on these dates, and it is not in "
        "our plan network, so we cannot pay for these weekly bundles. You did not get a referral or plan approval "
        "to use this program.",
        "If the program enrolls with Medicare later, it may ask us to review the claim again.",
        "#You have the right to appeal our decision",
        "You have the right to ask us to change our decision. If you want to appeal, you must ask for a "
        "reconsideration within 65 days of the date of this notice. We can give you more time if you have a good "
        "reason for missing the deadline. Write to Copperfield Appeals Department, PO Box 771, Calloway Springs, "
        "KY 40099, or fax 1-555-640-2288.",
        "If we decide fully or partly against you, we will send your case to an Independent Review Entity. "
        "Payment appeals cannot be expedited.",
        "#Get help and more information",
        f"Copperfield Member Services {f['phone']} (TTY 711). 1-800-MEDICARE (1-555-633-4227). Your State Health "
        "Insurance Assistance Program, 1-555-226-8820."], size=9.4)
    t = truth("denial_letter", "out_of_network", insurer=org, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[w.isoformat() for w in wk],
              denial_date=f["notice"].isoformat(), provider=otp,
              appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
              denial_alternates=["other", "eligibility"], alternates={"insurer": [product]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: Spanish state Medicaid notice, add-on alone
def doc_es(r):
    f = base(r, "es")
    agency = "Departamento Estatal de Servicios Humanos"
    otp = OTPS[3]
    wk = f["notice"] - dt.timedelta(days=r.randint(35, 50))
    g78 = fee(r, 95, 125)
    rid, ncn = pat(r, "99999999999"), "NOA-2026-" + pat(r, "999999")
    ds = "es"
    d = Page(footer="Formulario DHS-MA-2210S (Rev. 07/2025)   Aviso de Acción   Página {p} de {n}")
    d.add_page()
    d.text_line("DEPARTAMENTO ESTATAL DE SERVICIOS HUMANOS", 12.5, "B", "C")
    d.text_line("División de Asistencia Médica  -  Programa MedAssist", 10, "", "C")
    d.text_line(f"PO Box 1400, Brackwater, NM 87099   Línea de ayuda {f['phone']}   TTY 711", 8.3, "", "C")
    d.ln(2)
    d.text_line("AVISO DE ACCIÓN", 14, "B", "C")
    d.text_line("Negación de pago de servicios ya recibidos", 10, "", "C")
    d.ln(3)
    d.boxes([("1. Fecha del aviso", fmt_date(f["notice"], ds), 50), ("2. Número de control", ncn, 50),
             ("3. Número de beneficiario", rid, 46), ("4. Programa", "MedAssist", 34)], h=12, label_size=6)
    d.boxes([("5. Nombre del beneficiario", f["member"], 76), ("6. Fecha de nacimiento", fmt_date(f["dob"], "slash"),
                                                                 40), ("7. Proveedor", otp, 64)], h=12, label_size=6)
    d.ln(4)
    address_block(d, f["member"], f["addr"])
    section(d, "SECCIÓN A - SERVICIOS DE ESTE AVISO")
    d.table(["Fecha de servicio", "Código", "Descripción", "Cobrado", "Acción"],
            [[fmt_date(wk, ds), "G2078", "Dosis para llevar a casa (metadona, 7 días)", fmt_money(g78), "Negado"]],
            [40, 18, 76, 24, 20], size=8.2, aligns="LLLRL")
    section(d, "SECCIÓN B - RAZÓN DE ESTA ACCIÓN (se aplica la casilla marcada con X)")
    checks(d, [
        (False, "El mismo servicio ya se pagó para la misma semana."),
        (True, "Se cobró el complemento de dosis para llevar a casa (G2078) sin el paquete semanal de metadona "
               "(G2067) de la misma semana. El complemento solo se paga junto con el paquete semanal."),
        (False, "El proveedor no estaba inscrito en el Programa MedAssist en las fechas de servicio.")])
    d.para("El programa no le puede cobrar a usted por este servicio. Puede corregir la factura y enviarla de nuevo.",
           9)
    section(d, "SECCIÓN C - SUS DERECHOS")
    paras(d, [
        "REVISIÓN DE LA AGENCIA: Si cree que esta acción es un error, puede pedir una revisión. Su pedido debe "
        "llegarnos dentro de 30 días a partir de la fecha de este aviso. Llame a la línea de ayuda o devuelva la "
        "página 2.",
        "AUDIENCIA IMPARCIAL: También puede pedir una audiencia imparcial dentro de 90 días a partir de la fecha "
        "de este aviso. Ayuda legal gratuita: 1-555-870-3300."], size=8.8)
    t = truth("denial_letter", "coding_error", lang="es", insurer=agency, member_id=rid, member_name=f["member"],
              case_numbers=[ncn], claim_amount=f"{g78:.2f}", service_dates=[wk.isoformat()],
              denial_date=f["notice"].isoformat(), provider=otp,
              appeal_deadline=(f["notice"] + dt.timedelta(days=30)).isoformat(),
              denial_alternates=["other"],
              alternates={"insurer": ["Departamento de Servicios Humanos", "Programa MedAssist",
                                      "División de Asistencia Médica"], "claim_amount": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: Medicaid MCO approval (no denial)
def doc_approval(r):
    f = base(r)
    plan = "Juniper Crest Community Health Plan"
    otp, director = OTPS[0], DIRECTORS[1]
    start = f["notice"] + dt.timedelta(days=r.randint(3, 9))
    end = start + dt.timedelta(days=r.choice([89, 179]))
    auth = pat(r, "JC99999999")
    mid = pat(r, "99999999A")
    req = f["notice"] - dt.timedelta(days=r.randint(3, 6))
    ds = "wlong"
    d = Page(footer="Juniper Crest Community Health Plan is a Medicaid managed care plan.  JC-UM-APR-26")
    d.add_page()
    d.text_line("Juniper Crest", 20, "B")
    d.text_line("Community Health Plan", 11)
    d.text_line(f"Utilization Management  |  9 Pilgrim Hill Road, Okeshire, MO 63999  |  {f['phone']}", 8.4)
    d.rule(0.6, 5)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("Your request is approved", 13, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("Medicaid ID:", mid), ("Authorization number:", auth),
           ("Requested by:", f"{otp} (provider)"), ("Program physician:", director),
           ("Request received:", fmt_date(req, "slash"))], w=46, size=9.5)
    d.table(["Code", "Service", "Units approved"],
            [["G2067", G["G2067"], "1 per week"], ["G2078", G["G2078"], "up to 1 per week"]],
            [22, 110, 40], size=8.8)
    paras(d, [
        f"Approved period: {fmt_date(start, 'slash')} to {fmt_date(end, 'slash')}.",
        f"Dear {f['member'].split()[0]},",
        "We approved continued treatment at your opioid treatment program, including take-home doses of "
        "methadone. Your program told us you have been in treatment for more than 90 days, attend counseling and "
        "have stable dosing. Take-home doses follow your program's rules and federal rules.",
        "This approval is not a guarantee of payment. You must be eligible for Medicaid on the dates you get the "
        "service. The program must bill the weekly bundle together with any take-home add-on for the same week.",
        "If you have questions, call Member Services. Interpreters are free. Si necesita ayuda en español, llame "
        "al número de arriba."], size=9.6)
    t = truth("other", None, insurer=plan, member_id=mid, member_name=f["member"], case_numbers=[auth],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=otp, alternates={"service_dates": [[], [start.isoformat()]], "provider": [director]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: commercial appeal upheld, overlapping week
def doc_upheld(r):
    f = base(r)
    plan = "Bramblecote Assurance Health Plans"
    otp = OTPS[2]
    mwk = f["notice"] - dt.timedelta(days=r.randint(80, 100))
    bwk = mwk + dt.timedelta(days=2)
    g68 = fee(r, 190, 230)
    claim, appeal = "BA" + pat(r, "99999999"), "APL-" + pat(r, "999999")
    mid, grp = "BCA" + pat(r, "999999999"), pat(r, "99999")
    rec = f["notice"] - dt.timedelta(days=r.randint(20, 28))
    ds = "iso"
    d = Page(footer="Bramblecote Assurance Health Plans - Member Appeals - page {p} of {n}")
    d.add_page()
    d.text_line("BRAMBLECOTE ASSURANCE", 15, "B")
    d.text_line("Health Plans  |  Member Appeals Unit, 230 Tanner's Row, Calloway Springs, KY 40099", 8.6)
    d.text_line(f"Phone {f['phone']}  |  Fax 1-555-402-9911", 8.6)
    d.rule(0.4, 4)
    d.text_line(f"Date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("First-Level Appeal Decision", 12.5, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("Member ID:", mid), ("Group:", grp), ("Appeal number:", appeal),
           ("Claim number:", claim), ("Provider:", otp), ("Service:", "G2068 buprenorphine weekly bundle"),
           ("Date of service:", fmt_date(bwk, ds)), ("Billed amount:", fmt_money(g68, "usd")),
           ("Appeal received:", fmt_date(rec, ds))], w=40, size=9.4)
    paras(d, [
        f"Dear {f['member']}:",
        "We have finished reviewing your appeal. We are upholding the original decision to deny this claim.",
        "#Reason",
        f"Your plan pays one opioid treatment program weekly bundle for any 7-day period. The plan already paid a "
        f"methadone weekly bundle (G2067) from the same program for the 7 days starting {fmt_date(mwk, ds)}. The "
        "buprenorphine bundle billed for the episode starting two days later overlaps that week. When a "
        "patient changes medication during a week, the program bills the new bundle starting the next week. The "
        "denial was correct under the plan's payment policy RP-118, Opioid Treatment Program Bundled Services.",
        "#Your next step",
        "If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter. Send "
        "your request and any new information to the Member Appeals Unit at the address above. After the "
        "second-level appeal, you may have the right to an external review by an independent review "
        "organization.",
        "Sincerely,", "Member Appeals Unit"], size=9.6)
    t = truth("denial_letter", "other", insurer=plan, member_id=mid, group_number=grp, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=f"{g68:.2f}", service_dates=[bwk.isoformat()],
              denial_date=f["notice"].isoformat(), provider=otp,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              denial_alternates=["coding_error"], alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_state_notice_of_action_otp_not_enrolled", "born_digital", doc_state, None),
    ("faxstd_stack_cover_ma_eob_takehome_without_bundle", "fax_standard_g4", doc_stack, ["cover", None]),
    ("scan300_ma_eob_overlapping_methadone_week", "scan_clean_300", doc_overlap, None),
    ("copy_ma_notice_program_not_medicare_enrolled", "photocopy", doc_ma_notice, None),
    ("photo_aviso_de_accion_es_dosis_sin_paquete", "phone_photo", doc_es, None),
    ("rotated_medicaid_mco_approval_takehome", "rotated", doc_approval, None),
    ("lowres_appeal_upheld_overlapping_bup_week", "scan_lowres_150", doc_upheld, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
