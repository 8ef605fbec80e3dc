"""Family 'hep_c_daa_pharmacy_prior_auth_denial': a pharmacy benefit manager's or a state Medicaid pharmacy
program's prior-authorization decisions on a hepatitis C direct-acting antiviral (sofosbuvir/velpatasvir,
glecaprevir/pibrentasvir, ledipasvir/sofosbuvir, sofosbuvir/velpatasvir/voxilaprevir): criteria not met because
the fibrosis score is too low, the prescriber is not (and did not consult) a specialist, the recent substance-use
attestation is missing, the drug is not on the preferred drug list, or lab results were not sent; one approval for
8 weeks; one fax stack of the pharmacy's point-of-sale reject printout and the denial letter.

All PBMs, programs, pharmacies, prescribers, people, numbers and phones are invented (555 numbers). Decoys:
RxBIN / RxPCN, NDC, NCPDP and NPI numbers, the request-received date, quantity and days' supply, HCV RNA and
fibrosis results with their dates, date of birth, the fair-hearing and expedited time limits, prescription numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, pdf_bytes, truth

FAMILY = "hep_c_daa_pharmacy_prior_auth_denial"
LANG = "en"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_M = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

PBMS = [("Keystone Arc Pharmacy Solutions", "PO Box 61044", "Fort Calder, MO 64199"),
        ("Meridale Rx Benefit Services", "PO Box 3380", "Sable Point, AZ 85099")]
STATES = [("Dunmoor State Medicaid Pharmacy Program", "Dunmoor Department of Health Care Finance", "PO Box 22718",
           "Ashgrove, DN 40819"),
          ("Quillan Medical Assistance Pharmacy Services", "Quillan Health Authority", "PO Box 5009",
           "Harrowgate, QL 73119")]
DRUGS = [("sofosbuvir/velpatasvir 400 mg/100 mg tablet", 28, 28, 12),
         ("glecaprevir/pibrentasvir 100 mg/40 mg tablet", 84, 28, 8),
         ("ledipasvir/sofosbuvir 90 mg/400 mg tablet", 28, 28, 12),
         ("sofosbuvir/velpatasvir/voxilaprevir 400/100/100 mg tablet", 28, 28, 12)]
PRESCRIBERS = [("Dr. Wendeline Harcourt", "Family Medicine"), ("Dr. Kofi Asante-Mensah", "Internal Medicine"),
               ("Dr. Lucinda Ferreira-Holt", "Gastroenterology"), ("Dr. Rustam Nazarov", "Infectious Disease"),
               ("Dr. Ottilie Brandvold", "Hepatology")]
PHARMACIES = ["Ridgeback Specialty Pharmacy", "Corriveau Community Drug", "Alder & Pike Specialty Rx",
              "Larkmoor Pharmacy #217"]
FIRST = ["Thaddeus", "Marisol", "Grzegorz", "Ebony", "Anatole", "Philippa", "Desmond", "Ngozi", "Leopold", "Juniper"]
LAST = ["Vandermeer", "Okafor-Lind", "Brackenridge", "Szczepanski", "Moreau", "Achebe-Tran", "Fitzwilliam",
        "Halvorsen"]


def digits(r, n):
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def new_doc(footer="Page {p} of {n}"):
    d = Doc("DejaVu", footer=footer)
    d.add_font("DejaVu", "B", DEJAVU_B)
    d.add_font("Mono", "", DEJAVU_M)
    return d


def kv(d, rows, w=55, size=9.5):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.2, k)
        d.font(size)
        d.multi_cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")


def facts(r, payer, drug_i, presc_i):
    date = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 165))
    first, last = r.choice(FIRST), r.choice(LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTW")
    drug, qty, days, weeks = DRUGS[drug_i]
    pay = r.choice(PBMS if payer == "pbm" else STATES)
    presc, spec = PRESCRIBERS[presc_i]
    return dict(pay=pay, payer=payer, date=date, recv=date - dt.timedelta(days=r.randint(1, 4)), first=first,
                last=last, mid=mid, name=f"{first} {mid}. {last}",
                dob=dt.date(r.randint(1955, 1995), r.randint(1, 12), r.randint(1, 28)),
                mid_id=(f"{'KAP' if pay[0].startswith('Key') else 'MRX'}{digits(r, 9)}" if payer == "pbm" else digits(r, 10)),
                grp=(f"HC{r.randint(100, 999)}{r.choice('ABCDE')}" if payer == "pbm" else None),
                bin=f"{r.randint(600000, 619999)}", pcn={"K": "KARX01", "M": "MDRXPCN", "D": "DMMCAID", "Q": "QLRX"}[pay[0][0]],
                drug=drug, qty=qty, days=days, weeks=weeks, presc=presc, spec=spec, presc_npi="1" + digits(r, 9),
                pharm=r.choice(PHARMACIES), ncpdp=digits(r, 7), pa=f"{r.choice(['PA', 'RX'])}{digits(r, 9)}",
                ndc=f"{r.randint(10000, 79999)}-{r.randint(100, 999)}-{r.randint(10, 99)}",
                phone=f"(555) {r.randint(200, 989)}-{r.randint(1000, 9999)}",
                fax=f"(555) {r.randint(200, 989)}-{r.randint(1000, 9999)}",
                pfax=f"(555) {r.randint(200, 989)}-{r.randint(1000, 9999)}",
                rna=f"{r.randint(120, 980)},{r.randint(100, 999)}", geno=r.choice(["1a", "1b", "2", "3"]),
                lab_date=date - dt.timedelta(days=r.randint(20, 60)), fib=r.choice(["F0-F1", "F1"]),
                kpa=f"{r.uniform(4.6, 7.0):.1f}", rx=digits(r, 7))


REASONS = {
    "specialist": ("The request was written by {presc} ({spec}). Our hepatitis C criteria require that the "
                   "prescription be written by, or in consultation with, a gastroenterologist, hepatologist or "
                   "infectious disease specialist. The request did not include a specialist consultation note "
                   "dated within the past 12 months. The prior authorization criteria are not met."),
    "fibrosis": ("The program covers direct-acting antivirals for members with fibrosis stage F2 or higher, or "
                 "with specific conditions listed in the criteria. The request shows a fibrosis score of {fib} "
                 "(transient elastography {kpa} kPa on {lab}). No qualifying condition was documented. The "
                 "criteria for approval are not met."),
    "substance": ("The criteria require a signed attestation that the member has not used illicit drugs or "
                  "alcohol in the past 3 months, or is in a treatment program, and has been counseled on "
                  "re-infection risk. The attestation section of the request form was left blank and no treatment "
                  "program information was sent. The prior authorization criteria are not met."),
    "pdl": ("{drug} is a non-preferred drug on the Preferred Drug List (PDL). The preferred hepatitis C agent is "
            "sofosbuvir/velpatasvir (generic). Non-preferred agents are covered only when the member cannot take "
            "the preferred agent (documented contraindication, interaction or prior treatment failure). None was "
            "documented, so the non-preferred drug is not covered."),
    "labs": ("The request did not include the laboratory results required by the criteria: a quantitative HCV RNA "
             "result and genotype from the past 6 months and a hepatic function panel. We asked for them by fax on "
             "{recv} and did not receive them, so we could not approve the request."),
}


def letter(f, ds, reason, to="member", upheld=False):
    """Prior-authorization denial letter from a PBM or a state Medicaid pharmacy program."""
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    d.add_page()
    pay = f["pay"]
    d.text_line(pay[0], 14, "B")
    if f["payer"] == "state":
        d.text_line(f"{pay[1]}  |  {pay[2]}, {pay[3]}", 8.5)
    else:
        d.text_line(f"{pay[1]}, {pay[2]}   Member Services {f['phone']}", 8.5)
    d.text_line(f"Pharmacy Prior Authorization Unit   Phone {f['phone']}   Fax {f['fax']}", 8.5)
    d.rule(0.6, 4)
    d.text_line(D(f["date"]), 10.5)
    d.ln(2)
    if to == "member":
        for ln in (f["name"], "58 Quenby Street", "Ashgrove, DN 40811" if f["payer"] == "state" else "Fort Calder, MO 64102"):
            d.text_line(ln, 10)
    else:
        for ln in (f["presc"], f"{f['spec']} Associates", f"Fax {f['pfax']}"):
            d.text_line(ln, 10)
    d.ln(3)
    title = ("NOTICE OF DENIAL - Pharmacy Prior Authorization" if not upheld else
             "REDETERMINATION DECISION - Denial Upheld")
    d.text_line(title, 12.5, "B")
    d.ln(1)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid_id"]), ("Date of birth:", fmt_date(f["dob"], "slash"))]
    if f["grp"]:
        rows.append(("RxBIN / RxPCN / RxGRP:", f"{f['bin']} / {f['pcn']} / {f['grp']}"))
    else:
        rows.append(("RxBIN / RxPCN:", f"{f['bin']} / {f['pcn']}"))
    rows += [("PA request number:", f["pa"]), ("Request received:", D(f["recv"])),
             ("Drug requested:", f["drug"]), ("Quantity / days' supply:", f"{f['qty']} tablets / {f['days']} days "
                                                                            f"({f['weeks']} weeks of therapy)"),
             ("Prescriber:", f"{f['presc']} (NPI {f['presc_npi']})"),
             ("Pharmacy:", f"{f['pharm']} (NCPDP {f['ncpdp']})")]
    kv(d, rows, 52, 9.3)
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:" if to == "member" else f"Dear {f['presc']}:")
    if upheld:
        d.para(f"You asked us to look again (redetermination) at our denial of {f['drug']} for {f['name']}. A "
               "pharmacist and a physician who did not make the first decision reviewed the request and the "
               "records you sent. We have upheld the denial.")
    else:
        who = "you" if to == "member" else f["name"]
        d.para(f"We received a request for {f['drug']} for {who}. We have DENIED this request.")
    d.text_line("Reason for the decision", 11, "B")
    d.para(REASONS[reason].format(presc=f["presc"], spec=f["spec"], fib=f["fib"], kpa=f["kpa"],
                                  lab=D(f["lab_date"]), drug=f["drug"].split(" ")[0], recv=D(f["recv"])))
    d.para("The decision was based on the hepatitis C direct-acting antiviral prior authorization criteria. You may "
           "ask for a free copy of the criteria and of the documents we used.", 9.5)
    d.text_line("Appeal rights", 11, "B")
    if f["payer"] == "state":
        d.para(f"The member, or the prescriber for the member, may ask for a reconsideration of this decision within "
               f"60 days of the date of this notice. Call {f['phone']} or fax {f['fax']}. The member also has the "
               "right to a State Fair Hearing: the request must be made within 90 days of the date of this notice. "
               "If the member's health is at risk, an expedited review is decided within 24 hours.", 9.5)
    elif upheld:
        d.para("This is the final internal decision. You may ask for an external review by an independent review "
               "organization within 4 months of the date of this letter. Instructions are enclosed.", 9.5)
    else:
        d.para(f"You or your prescriber may request a redetermination (appeal) within 60 days of the date of this "
               f"letter. Call {f['phone']} or send the request by fax to {f['fax']}. If waiting could seriously harm "
               "your health, ask for an expedited appeal; we will decide within 72 hours.", 9.5)
    d.para(f"Sincerely,\nClinical Pharmacist, Prior Authorization\n{pay[0]}", 9.5)
    dl = None if upheld else f["date"] + dt.timedelta(days=60)
    return pdf_bytes(d), dl


def approval(f, ds):
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    d.add_page()
    pay = f["pay"]
    d.text_line(pay[0], 14, "B")
    d.text_line(f"{pay[1]}  |  {pay[2]}, {pay[3]}  |  {f['phone']}", 8.5)
    d.rule(0.6, 4)
    d.text_line(f"Notice date: {D(f['date'])}", 10.5)
    d.ln(2)
    for ln in (f["name"], "1140 Vetch Lane", "Harrowgate, QL 73104"):
        d.text_line(ln, 10)
    d.ln(3)
    d.text_line("Prior Authorization Approved", 12.5, "B")
    d.ln(1)
    end = f["start"] + dt.timedelta(days=55)
    kv(d, [("Member:", f["name"]), ("Member ID:", f["mid_id"]), ("Authorization number:", f["pa"]),
           ("Drug:", f["drug"]), ("Approved quantity:", f"{f['qty']} tablets per {f['days']} days, 2 fills"),
           ("Approved from:", f"{D(f['start'])} through {D(end)} (8 weeks)"),
           ("Prescriber:", f["presc"]), ("Pharmacy:", f"{f['pharm']} (NCPDP {f['ncpdp']})")], 50)
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"Your prescriber asked us to cover {f['drug']} to treat hepatitis C. We APPROVED 8 weeks of treatment "
           "(2 fills of 28 days). Take 3 tablets once a day with food. Please get each refill on time and do not "
           "miss doses.")
    d.para(f"Your prescriber will ask you to have a blood test (HCV RNA) 12 weeks after you finish treatment. "
           f"Questions? Call {f['phone']}.")
    d.para(f"Sincerely,\nPharmacy Prior Authorization\n{pay[0]}", 9.5)
    return pdf_bytes(d), end


def pos_reject(f, fill):
    """The pharmacy's point-of-sale claim reject printout (monospace receipt)."""
    d = Doc("Mono", footer=None, margins=(40, 16, 40))
    d.add_font("Mono", "", DEJAVU_M)
    d.add_page()
    lines = [f["pharm"].upper(), "2217 HARLOW PIKE  FORT CALDER MO", f"PH {f['pfax'][:-4]}{f['rx'][-4:]}  NCPDP {f['ncpdp']}",
             "-" * 44, "CLAIM RESPONSE - REJECTED", "-" * 44,
             f"DATE OF SERVICE : {fill.strftime('%m/%d/%Y')}", f"RX #            : {f['rx']}",
             f"PATIENT         : {f['last'].upper()}, {f['first'].upper()} {f['mid']}",
             f"CARDHOLDER ID   : {f['mid_id']}", f"BIN/PCN/GROUP   : {f['bin']}/{f['pcn']}/{f['grp']}",
             f"PROCESSOR       : {f['pay'][0].upper()}", f"DRUG            : {f['drug'][:30].upper()}",
             f"NDC             : {f['ndc'].replace('-', '')}", f"QTY / DAYS      : {f['qty']}.000 / {f['days']}",
             f"PRESCRIBER      : {f['presc'].upper()}", f"PRESCRIBER NPI  : {f['presc_npi']}",
             "-" * 44, "STATUS: R  (REJECTED)", "REJECT 75 : PRIOR AUTHORIZATION REQUIRED",
             "REJECT 76 : PLAN LIMITATIONS EXCEEDED", f"MSG: CALL PA DEPT {f['phone']}",
             f"MSG: HEP C DAA - PA ON FILE REQUIRED", "-" * 44, "PATIENT PAY AMOUNT : $0.00",
             "CLAIM NOT PAID - DO NOT DISPENSE", "-" * 44,
             "Patient: ask your doctor to request a prior", "authorization, or ask us for the notice",
             "'Your Prescription Cannot Be Filled'.", "", "*** KEEP THIS RECEIPT ***"]
    d.set_font("Mono", "", 9)
    for ln in lines:
        d.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


PLAN = [
    ("bd_pbm_letter_prescriber_not_specialist", "born_digital", "specialist", "pbm", 0, 0, "long", "member"),
    ("bd_medicaid_notice_fibrosis_below_f2", "born_digital", "fibrosis", "state", 1, 3, "slash", "member"),
    ("scan300_medicaid_prescriber_substance_attestation", "scan_clean_300", "substance", "state", 0, 3, "abbr",
     "prescriber"),
    ("copy_pbm_letter_non_preferred_pdl", "photocopy", "pdl", "pbm", 2, 2, "dmy", "member"),
    ("lowres_medicaid_approval_8_weeks", "scan_lowres_150", "approval", "state", 1, 4, "iso", "member"),
    ("faxstd_stack_pos_reject_and_denial", "fax_standard_g4", "stack", "pbm", 0, 1, "slash", "member"),
    ("rotated_pbm_redetermination_upheld", "rotated", "upheld", "pbm", 3, 0, "long", "member"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, payer, drug_i, presc_i, ds, to) in enumerate(PLAN):
        r = random.Random(156600 + i)
        f = facts(r, payer, drug_i, presc_i)
        base = dict(insurer=f["pay"][0], member_id=f["mid_id"], member_name=f["name"], group_number=f["grp"],
                    denial_date=f["date"].isoformat(), case_numbers=[f["pa"]], provider=f["presc"])
        alts = {"provider": [f["pharm"]]}
        if payer == "state":
            alts["insurer"] = [f["pay"][1]]
        if kind == "approval":
            f["start"] = f["date"] + dt.timedelta(days=r.randint(2, 6))
            pdf, end = approval(f, ds)
            t = truth("other", None, service_dates=[f"{f['start'].isoformat()}/{end.isoformat()}"],
                      alternates=dict(alts, service_dates=[[f["start"].isoformat()], []]), **base)
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)]))
            continue
        if kind == "stack":
            fill = f["recv"] - dt.timedelta(days=r.randint(1, 3))
            p1, dl = letter(f, ds, "labs", to)
            t1 = truth("denial_letter", "prior_authorization", denial_alternates=["medical_necessity", "other"],
                       appeal_deadline=dl.isoformat(), alternates=alts, **base)
            p2 = pos_reject(f, fill)
            b2 = dict(base, case_numbers=[], provider=f["pharm"], denial_date=fill.isoformat())
            t2 = truth("other", None, service_dates=[fill.isoformat()], unscored=["insurer"],
                       alternates={"provider": [f["presc"]], "denial_date": [None]}, **b2)
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(p1, t1), (p2, t2)]))
            continue
        pdf, dl = letter(f, ds, "specialist" if kind == "upheld" else kind, to, upheld=(kind == "upheld"))
        den = {"specialist": "medical_necessity", "fibrosis": "medical_necessity", "substance": "medical_necessity",
               "pdl": "not_covered", "upheld": "medical_necessity"}[kind]
        dalt = ["prior_authorization"] if den == "medical_necessity" else ["medical_necessity", "prior_authorization"]
        if kind == "substance":
            dalt = ["prior_authorization", "other"]
        t = truth("denial_letter", den, denial_alternates=dalt, appeal_deadline=dl.isoformat() if dl else None,
                  alternates=alts, **base)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)]))
    return items
