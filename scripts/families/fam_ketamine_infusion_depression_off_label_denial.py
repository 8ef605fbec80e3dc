"""Family 'ketamine_infusion_depression_off_label_denial': plan letters and EOBs on IV ketamine infusions for
depression (J3490 unlisted drug, 96365 IV infusion, first hour; 96366 each added hour; the clinic facility fee billed as
revenue code 0510). Written at first sight; all values invented.

Issuers: Sanday Health Plan (pre-service letter, appeal decision, reimbursement letter), Westray Mutual Insurance
Company (EOBs "WESTRAY MUTUAL" with a line table and remark codes), Eday Health Cooperative (facility fee letter,
series letter in a boxed grid).
Reasons: IV ketamine is off-label for depression and investigational (pre-service, EOB, upheld appeal, series
letter), the infusion center's facility fee denied (the clinic is not a licensed facility), a self-pay receipt the
member sent for reimbursement denied (letter and EOB), esketamine nasal spray suggested as the covered alternative.
Decoys: the referring psychiatrist, dates of birth, receipt and received dates, NPIs, phone numbers, the clinic's
invoice number, paid office visit lines.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, pdf_bytes, truth

FAMILY = "ketamine_infusion_depression_off_label_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SA, WE, ED = "Sanday Health Plan", "Westray Mutual Insurance Company", "Eday Health Cooperative"
CLINICS = ["Rousay Ketamine & Wellness Center", "Stronsay Infusion Clinic", "Hoy Bay Ketamine Therapeutics"]
PSY = ["Dr. Olumide B. Fashola, MD", "Dr. Signe H. Halvorsen, DO", "Dr. Anjali R. Deshpande, MD",
       "Dr. Mateus L. Carvalho, MD"]
ESK = ("Esketamine nasal spray (Spravato) is FDA-approved for treatment-resistant depression and is covered "
       "with prior approval when given at a REMS-certified treatment center. Your psychiatrist can ask us to approve "
       "it instead.")


def D(f, d):
    return fmt_date(d, f["ds"]) if f["ds"] != "dmy1" else d.strftime("%-d %b %Y")


def facts(i, kind, ins, ds, ms):
    r = Rand(245600 + i)
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 160))
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, notice=notice, name=r.person()[0], addr=r.address(),
             dob=dt.date(r.randint(1955, 2000), r.randint(1, 12), r.randint(1, 28)),
             mid={SA: "SHP", WE: "WMI", ED: "EHC"}[ins] + r.digits(8), group=r.letters(2) + r.digits(5),
             clinic=r.choice(CLINICS), psy=r.choice(PSY), npi=r.npi(), cnpi=r.npi(), ph=r.phone(), fax=r.phone(),
             received=notice - dt.timedelta(days=r.randint(3, 9)), inv="INV-" + r.digits(6),
             ref={SA: "SHP-" + r.letters(1) + r.digits(8), WE: r.digits(12), ED: "EHC" + r.digits(9)}[ins],
             appeal_no="APL-" + r.digits(7))
    f["start"] = notice + dt.timedelta(days=r.randint(5, 14))
    n = {"pre": 0, "eob": 3, "facility": 2, "reimb": 4, "appeal": 0, "reimb_eob": 4, "series": 0}[kind]
    first = notice - dt.timedelta(days=r.randint(25, 45))
    drug = float(r.randint(380, 520))
    inf = float(r.randint(240, 330)) + 0.5
    fac = float(r.randint(150, 260))
    lines = []
    for k in range(n):
        dd = first + dt.timedelta(days=2 * k + (k // 2))
        if kind == "facility":
            lines.append(dict(date=dd, code="0510", desc="Clinic facility fee", ch=fac, denied=True))
            lines.append(dict(date=dd, code="96365", desc="IV infusion, first hour", ch=inf, denied=False))
        elif kind in ("reimb", "reimb_eob"):
            lines.append(dict(date=dd, code="J3490", desc="Ketamine IV infusion, 0.5 mg/kg (self-pay)",
                              ch=drug + inf, denied=True))
        else:
            lines.append(dict(date=dd, code="J3490", desc="Unlisted drug - ketamine HCl", ch=drug, denied=True))
            lines.append(dict(date=dd, code="96365", desc="IV infusion, first hour", ch=inf, denied=True))
            if k == 0:
                lines.append(dict(date=dd, code="99204", desc="New patient visit", ch=285.0, denied=False))
    f["lines"] = lines
    f["total"] = round(sum(x["ch"] for x in lines), 2)
    f["denied_total"] = round(sum(x["ch"] for x in lines if x["denied"]), 2)
    return f


def head(d, f):
    if f["ins"] == SA:
        d.text_line(SA, 18, "B", h=9)
        d.text_line(f"Utilization Review  -  PO Box 4410, Erie, PA 16512  -  {f['ph']}  -  Fax {f['fax']}", 8.5, h=4.5)
        d.rule(0.6, 6)
    elif f["ins"] == WE:
        d.text_line("WESTRAY MUTUAL", 22, "B", h=10)
        d.rule(1.0, 1.5)
        d.text_line(f"{WE}  -  Claims, 9 Fenwick Avenue, Yuma, AZ 85364  -  {f['ph']}", 8, h=4.5)
        d.ln(4)
    else:
        d.text_line(ED, 15, "B", align="C", h=8)
        d.text_line(f"Member Services {f['ph']}  |  TTY 711  |  eday-coop.example", 8.5, align="C", h=4.5)
        d.rule(0.4, 6)


def pairs(d, rows, w=50, size=9.5):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.4, k)
        d.font(size)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addr(d, f):
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(5)


def appeal(f, days=None, by=None):
    when = f"within {days} days of the date of this letter" if days else f"by {D(f, by)}"
    return (f"Your right to appeal: you or your doctor may appeal {when}. Send your appeal in writing with any "
            "medical records. A fast (expedited) appeal is decided within 72 hours when waiting could seriously "
            "harm your health. You may also have the right to an external review by an independent reviewer.")


OFFLABEL = ("Intravenous ketamine is approved by the FDA as an anesthetic. Its use to treat depression is off-label, "
            "and our medical policy MP-BH-031 considers IV ketamine infusion for depression investigational: the "
            "published studies do not yet show lasting benefit and safety compared with standard treatment.")


def pre(d, f):
    d.add_page()
    head(d, f)
    addr(d, f)
    d.text_line("Notice of Denial - Prior Authorization Request", 13, "B", h=7)
    d.ln(2)
    pairs(d, [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["group"]),
              ("Birth date", D(f, f["dob"])), ("Reference #", f["ref"]), ("Received", D(f, f["received"])),
              ("Requesting provider", f["clinic"]), ("Referred by", f"{f['psy']}  (NPI {f['npi']})"),
              ("Service", "IV ketamine infusion series, 6 sessions (J3490, 96365)"),
              ("First session planned", D(f, f["start"]))])
    d.para(f"Dear {f['name']}: We reviewed the request from {f['clinic']} for a series of six intravenous ketamine "
           "infusions for major depressive disorder. " + OFFLABEL, 10)
    d.para("For this reason the request is denied. " + ESK, 10)
    d.para(appeal(f, days=180), 9.5)
    d.para(f"Sincerely,\nDr. Marguerite E. Okonkwo, Medical Director\n{SA}", 10)


def eob(d, f):
    d.add_page()
    head(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B", h=7)
    d.text_line("THIS IS NOT A BILL", 9, h=5)
    d.ln(2)
    d.boxes([("Date issued", D(f, f["notice"]), 40), ("Patient", f["name"], 62), ("Member ID", f["mid"], 40),
             ("Group", f["group"], 38)])
    d.boxes([("Claim number", f["ref"], 50), ("Provider", f["clinic"], 130)])
    d.ln(3)
    if f["kind"] == "reimb_eob":
        d.text_line(f"Member-submitted claim (receipt {f['inv']}); payee: member. Received {D(f, f['received'])}.",
                    8.5)
    else:
        d.text_line(f"Referring physician: {f['psy']}   Provider NPI {f['cnpi']}", 8.5)
    d.ln(2)
    mo = lambda v: fmt_money(v, f["ms"])  # noqa: E731
    rows = []
    for x in f["lines"]:
        al = 0 if x["denied"] else round(x["ch"] * 0.6, 2)
        rows.append([D(f, x["date"]), x["code"], x["desc"], mo(x["ch"]), mo(al), mo(round(al * 0.8, 2)),
                     "X21" if x["denied"] else "01"])
    rows.append(["*Claim total", "", "", mo(f["total"]), "", "", ""])
    d.table(["Date of service", "Code", "Description", "Charged", "Allowed", "Paid", "Remark"], rows,
            [28, 14, 66, 22, 20, 20, 14], 7.8, "LLLRRRL")
    d.para("X21 - Not covered: IV ketamine for depression is investigational under medical policy MP-BH-031 "
           "(off-label use). The infusion administration is not covered when the drug is not covered.", 9)
    if any(not x["denied"] for x in f["lines"]):
        d.para("01 - Paid under your specialist benefit.", 9)
    d.para("Esketamine nasal spray is a covered alternative with prior approval.", 9)
    d.para(f"If you disagree, you may appeal within 180 days of the date of this statement. Call {f['ph']}.", 9)


def facility(d, f):
    d.add_page()
    head(d, f)
    addr(d, f)
    dates = sorted({x["date"] for x in f["lines"]})
    d.text_line("About your claim: facility fee not payable", 13, "B", h=7)
    d.ln(2)
    d.boxes([("Member", f["name"], 60), ("ID number", f["mid"], 44), ("Claim", f["ref"], 44),
             ("Group", f["group"], 32)])
    d.ln(4)
    mo = lambda v: fmt_money(v, f["ms"])  # noqa: E731
    d.para(f"{f['clinic']} sent a claim for {mo(f['total'])} for visits on "
           + " and ".join(D(f, x) for x in dates) + ". The claim has two parts:", 10)
    d.table(["Date", "Code", "Item", "Billed", "Decision"],
            [[D(f, x["date"]), x["code"], x["desc"], mo(x["ch"]), "Denied" if x["denied"] else "Processed"]
             for x in f["lines"]], [30, 18, 60, 26, 40], 9)
    d.para(f"The clinic facility fee (revenue code 0510) is denied. A facility fee is paid only to a licensed "
           f"hospital outpatient department or ambulatory surgery center. {f['clinic']} is a physician office, "
           "so its costs are included in the professional payment. The infusion line was processed separately "
           "and is shown on your Explanation of Benefits.", 10)
    d.para(appeal(f, days=60), 9.5)
    d.para(f"Eday Health Cooperative - Claims Services\nReferring doctor on the claim: {f['psy']}", 9)


def reimb(d, f):
    d.add_page()
    head(d, f)
    addr(d, f)
    mo = lambda v: fmt_money(v, f["ms"])  # noqa: E731
    d.text_line(f"Re: Your request for reimbursement - claim {f['ref']}", 11, "B")
    d.text_line(f"Member ID: {f['mid']}", 10)
    d.ln(3)
    d.para(f"Dear {f['name']},", 10)
    d.para(f"We received your reimbursement form on {D(f, f['received'])} with a paid receipt ({f['inv']}) from "
           f"{f['clinic']}. The receipt lists four intravenous ketamine infusions that you paid for yourself:", 10)
    d.table(["Infusion date", "Code", "Amount paid"],
            [[D(f, x["date"]), x["code"], mo(x["ch"])] for x in f["lines"]] + [["*Total", "", mo(f["total"])]],
            [50, 30, 40], 9.5, "LLR")
    d.para("We cannot reimburse you. " + OFFLABEL + " The clinic is also not in our network, but the reason for "
           "this decision is that the treatment is not covered for any provider. " + ESK, 10)
    f["by"] = f["notice"] + dt.timedelta(days=180)
    d.para(appeal(f, by=f["by"]), 9.5)
    d.para(f"Sincerely,\nMember Reimbursement Unit\n{SA}", 10)


def appeal_dec(d, f):
    d.add_page()
    head(d, f)
    addr(d, f)
    d.text_line("Appeal Decision - Denial Upheld", 13, "B", h=7)
    d.ln(2)
    pairs(d, [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Appeal number:", f["appeal_no"]),
              ("Original reference:", f["ref"]), ("Provider:", f["clinic"]),
              ("Service:", "IV ketamine infusions (J3490 + 96365), 6 sessions"),
              ("Requested start:", D(f, f["start"])), ("Appeal received:", D(f, f["received"]))], 44)
    d.para(f"A psychiatrist who was not part of the first decision reviewed your appeal and the letter from "
           f"{f['psy']}. The letter explains that two antidepressants did not help you. We understand how hard "
           "this has been. " + OFFLABEL, 10)
    d.para("The reviewer upheld the denial. " + ESK, 10)
    d.para("This is our final internal decision. You may ask for an external review within 4 months of the date "
           "of this letter.", 9.5)
    d.para(f"Appeals and Grievances\n{SA}", 10)


def series(d, f):
    d.add_page()
    head(d, f)
    addr(d, f)
    d.text_line("We denied your prior authorization request", 13, "B", h=7)
    d.ln(2)
    w = d.w - d.l_margin - d.r_margin
    for k, v in [("Notice date", D(f, f["notice"])), ("Member", f["name"]), ("Member ID", f["mid"]),
                 ("Request number", f["ref"]), ("Ketamine clinic", f["clinic"]),
                 ("Referring psychiatrist", f["psy"]), ("Codes", "J3490 ketamine, 96365 IV infusion, 96366"),
                 ("Dates requested", f"{D(f, f['start'])} (first of 6 infusions over 3 weeks)")]:
        d.font(9.5, "B")
        d.cell(52, 6.4, " " + k, border=1)
        d.font(9.5)
        d.cell(w - 52, 6.4, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("Decision: denied - experimental / investigational. " + OFFLABEL, 10)
    d.para("What you can do: " + ESK, 10)
    d.para(appeal(f, days=65), 9.5)


PLAN = [
    ("bd_prior_auth_off_label_investigational", "born_digital", "pre", SA, "long", "plain"),
    ("bd_eob_infusions_and_drug_denied", "born_digital", "eob", WE, "slash", "plain"),
    ("scan300_clinic_facility_fee_denied", "scan_clean_300", "facility", ED, "abbr", "plain"),
    ("lowres_self_pay_receipt_reimbursement", "scan_lowres_150", "reimb", SA, "iso", "plain"),
    ("faxfine_appeal_upheld_esketamine_suggested", "fax_fine_g4", "appeal", SA, "long", "plain"),
    ("phone_eob_member_reimbursement_denied", "phone_photo", "reimb_eob", WE, "dmy1", "nosign"),
    ("rotated_series_request_denied", "rotated", "series", ED, "slash", "plain"),
]


def t_for(f):
    k = f["kind"]
    alts = {}
    common = dict(insurer=f["ins"], member_id=f["mid"], member_name=f["name"], denial_date=iso(f["notice"]),
                  provider=f["clinic"], case_numbers=[f["ref"]])
    dl180 = (f["notice"] + dt.timedelta(days=180)).isoformat()
    den = sorted({iso(x["date"]) for x in f["lines"] if x["denied"]})
    tot = f"{f['total']:.2f}"
    if k == "pre":
        return truth("denial_letter", "experimental", group_number=f["group"], service_dates=[iso(f["start"])],
                     appeal_deadline=dl180, denial_alternates=["not_covered"], **common)
    if k == "series":
        return truth("denial_letter", "experimental", service_dates=[iso(f["start"])],
                     appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
                     denial_alternates=["not_covered"], **common)
    if k == "appeal":
        common["case_numbers"] = [f["appeal_no"], f["ref"]]
        alts["case_numbers"] = [[f["appeal_no"]]]
        return truth("denial_letter", "experimental", service_dates=[iso(f["start"])], appeal_deadline=None,
                     alternates=alts, denial_alternates=["not_covered"], **common)
    if k == "facility":
        alts["claim_amount"] = [f"{f['denied_total']:.2f}"]
        return truth("denial_letter", "not_covered", group_number=f["group"], claim_amount=tot, service_dates=den,
                     appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(), alternates=alts,
                     denial_alternates=["other", "coding_error"], **common)
    if k == "reimb":
        return truth("denial_letter", "experimental", claim_amount=tot, service_dates=den,
                     appeal_deadline=f["by"].isoformat(), denial_alternates=["not_covered"], **common)
    if k == "eob":
        alts["claim_amount"] = [f"{f['denied_total']:.2f}"]
    return truth("eob", "experimental", group_number=f["group"], claim_amount=tot, service_dates=den,
                 appeal_deadline=dl180, alternates=alts, denial_alternates=["not_covered"], **common)


def documents(rng) -> list[Item]:
    items = []
    for i, (suf, cond, kind, ins, ds, ms) in enumerate(PLAN):
        f = facts(i, kind, ins, ds, ms)
        d = Doc("DejaVu", footer="Page {p} of {n}", header=f"{f['name']}  -  {f['mid']}")
        d.add_font("DejaVu", "B", BOLD)
        {"pre": pre, "eob": eob, "facility": facility, "reimb": reimb, "appeal": appeal_dec, "reimb_eob": eob,
         "series": series}[kind](d, f)
        items.append(Item(f"{FAMILY}_{suf}", cond, [(pdf_bytes(d), t_for(f))]))
    return items
