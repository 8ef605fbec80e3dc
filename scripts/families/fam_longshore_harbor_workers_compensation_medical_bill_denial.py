"""Family 'longshore_harbor_workers_compensation_medical_bill_denial': medical bills for a work injury under the
federal Longshore and Harbor Workers' Compensation Act, refused by the employer's carrier (treatment not authorized,
a change of physician without consent, unrelated to the accepted injury, the physician's report not furnished).
Invented carrier (Breakwater Mutual Marine Casualty Company) and invented people; the district office memorandum
mirrors the program's public wording (informal conference, district director, OWCP No., LS- form numbers) for
structure only.

Files: the carrier's explanation of review with four bill lines (one denied); a letter told only in sentences;
the treating clinic's statement to the injured worker (denies nothing); the district office memorandum after an
informal conference; an approval after reconsideration with a sidebar; a two-page notice with a running header;
a faxed stack (cover, the clinic's authorization request letter, the carrier's denial).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddd_famddd import Page, band, body_at, fdate, m2, money, out, plus, sidebar
from public_kit import truth

FAMILY = "longshore_harbor_workers_compensation_medical_bill_denial"
LANG = "en"
CAR = "Breakwater Mutual Marine Casualty Company"
CAR_ADDR = "PO Box 4471, Gulf Breeze Landing, LA 70599"
CAR_PH = "1-888-555-0142"
DOL = "U.S. Department of Labor"
OWCP = "Office of Workers' Compensation Programs"
DLH = "Division of Longshore and Harbor Workers' Compensation"
EMPS = ["Pelican Point Stevedoring Co.", "Sabine Narrows Ship Repair, LLC", "Bayou Gantry Terminal Services"]
FIRST = ["Desmond", "Octavia", "Rutherford", "Marguerite", "Ignatius", "Philomena", "Lazarus", "Henrietta"]
LAST = ["Thibodeaux", "Broussard", "Okonjo", "Landry", "Vasilakis", "Fontenot", "Ekwueme", "Guidry"]
CLIN = [("Dr. Lucian Arceneaux", "Crescent Harbor Orthopaedic Clinic"),
        ("Dr. Temperance Oyelowo", "Lakeshore Spine & Pain Associates"),
        ("Dr. Anselm Villiers", "Riverfront Imaging Partners"),
        ("Dr. Ophelia Marchand", "Delta Occupational Medicine Center")]


def dig(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def base(r):
    dec = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 140))
    doi = dt.date(2025, r.randint(2, 9), r.randint(1, 28))
    name = f"{r.choice(FIRST)} {r.choice('BCDFGHJKLMNPRSTW')}. {r.choice(LAST)}"
    return dict(dec=dec, doi=doi, name=name, claim=f"LH-{dig(r, 7)}", owcp=f"08-{dig(r, 6)}", emp=r.choice(EMPS),
                ssn4=f"XXX-XX-{dig(r, 4)}", npi=dig(r, 10), tin=f"72-{dig(r, 7)}", recv=plus(dec, -r.randint(10, 30)))


def alts(f, **kw):
    d = {"insurer": [CAR.replace(" Company", "")], "case_numbers": None}
    d.update(kw)
    return {k: v for k, v in d.items() if v is not None}


def head(p, style=0):
    if style == 0:
        band(p, CAR.upper(), f"Longshore & Maritime Claims  ·  {CAR_ADDR}  ·  {CAR_PH}", h=16)
    else:
        p.line(CAR, 14, "B")
        p.line(f"Longshore Claims Department  |  {CAR_ADDR}  |  Tel {CAR_PH}  |  Fax 1-888-555-0143", 8)
        p.ln(5)


def claim_block(p, f, ds, extra=()):
    p.pairs([("Injured worker", f["name"]), ("Carrier claim no.", f["claim"]), ("OWCP No.", f["owcp"]),
             ("Employer", f["emp"]), ("Date of injury", fdate(f["doi"], ds)), ("SSN", f["ssn4"])] + list(extra),
            label_w=44, size=9.5)
    p.ln(2)


# 1. born digital: explanation of review, four lines, one denied (unrelated to the accepted injury)
def doc_eor(r):
    f = base(r)
    clin, org = CLIN[0]
    ds = "slash"
    dos = plus(f["dec"], -r.randint(25, 50))
    lines = [(dos, "99214", "Office visit, established", 215.00, 138.60, "01"),
             (dos, "73562", "X-ray knee, 3 views, right", 164.00, 92.15, "01"),
             (dos, "72100", "X-ray lumbar spine, 2-3 views", round(r.randint(150, 190) + 0.4, 2), 0.0, "47"),
             (plus(dos, 14), "97110", "Therapeutic exercise x3", 246.75, 171.00, "01")]
    bill = f"BR{dig(r, 8)}"
    tot = round(sum(x[3] for x in lines), 2)
    p = Page(footer="Page {n} of {nb}", footer_left=f"{CAR}  ·  Explanation of Review")
    p.add_page()
    head(p, 0)
    p.line("EXPLANATION OF REVIEW - MEDICAL BILL", 12, "B")
    p.line("Longshore and Harbor Workers' Compensation Act claim", 9)
    p.ln(2)
    claim_block(p, f, ds, [("Date of review", fdate(f["dec"], ds)), ("Bill review no.", bill),
                           ("Provider", f"{org} ({clin})"), ("Provider NPI / TIN", f"{f['npi']} / {f['tin']}"),
                           ("Bill received", fdate(f["recv"], ds))])
    p.table(["Date of Service", "Code", "Description", "Billed Charge", "Allowed (Fee Schedule)", "Reason"],
            [[fdate(x[0], ds), x[1], x[2], money(x[3]), money(x[4]), x[5]] for x in lines] +
            [["Total", "", "", money(tot), money(sum(x[4] for x in lines)), ""]],
            [24, 16, 62, 24, 30, 18], size=8.5, head_h=10, bold_last=True)
    p.heading("Reason codes", 10)
    p.para("01  Allowed at the OWCP Longshore medical fee schedule.\n47  Denied. The lumbar spine is not part of the "
           "accepted injury; the carrier has accepted only the right knee injury of the date of injury above. "
           "This service is not related to the accepted work injury.", 8.5)
    p.para(f"If you disagree with this review, send a written request for reconsideration with supporting records to "
           f"{CAR}, Bill Review Unit, {CAR_ADDR}, within 60 days of the date of this review. A dispute over medical "
           f"care may also be brought to the district director, {DLH}, who may hold an informal conference. Do not "
           f"bill the injured worker for services under a Longshore claim.", 8.5)
    t = truth("eob", "not_covered", insurer=CAR, member_name=f["name"], cases=[f["claim"], bill, f["owcp"]],
              claim_amount=m2(tot), service_dates=[dos.isoformat()], denial_date=f["dec"].isoformat(), provider=org,
              appeal_deadline=plus(f["dec"], 60).isoformat(), denial_alternates=["other"],
              alternates=alts(f, provider=[clin], claim_amount=[m2(lines[2][3])],
                              case_numbers=[[f["claim"], bill]]))
    return out(p), t


# 2. scan 150: letter told only in sentences, neck MRI unrelated
def doc_sentences(r):
    f = base(r)
    clin, org = CLIN[2]
    ds = "long"
    dos = plus(f["dec"], -r.randint(20, 40))
    amt = round(r.randint(1400, 2300) + 0.25, 2)
    p = Page(footer=None, footer_left=f"{CAR} · Longshore Claims")
    p.add_page()
    head(p, 1)
    p.line(fdate(f["dec"], ds), 10)
    p.ln(4)
    p.para(f"{f['name']}\n77 Tchoupitoulas Landing Rd\nHouma, LA 70360", 10)
    p.para(f"Dear {f['name'].split()[0]} {f['name'].split()[-1]}:")
    p.para(f"We are writing about your Longshore claim, carrier claim number {f['claim']}, for the injury to your left "
           f"shoulder while working for {f['emp']} on {fdate(f['doi'], ds)}. The Department of Labor has this claim "
           f"under OWCP No. {f['owcp']}.")
    p.para(f"{org} sent us a bill of {money(amt)} for an MRI of your cervical spine (neck) that {clin} read on "
           f"{fdate(dos, ds)}. We reviewed the bill and your medical records, and we will not pay it. The neck was "
           f"not reported as part of the injury, and the records do not connect the neck condition to the accident. "
           f"Under the Act the employer and carrier must furnish medical care only for the work injury.")
    p.para("Your shoulder treatment is still accepted and will continue to be paid. If you have medical evidence that "
           "the neck was injured in the same accident, send it to us and we will review the bill again. You may also "
           "ask the district director of the Office of Workers' Compensation Programs for an informal conference. "
           "You should not be billed by the imaging center while this is in dispute.")
    p.para(f"Sincerely,\n\nRosalind P. Arnaud\nClaims Examiner, {CAR}\n{CAR_PH}")
    t = truth("denial_letter", "not_covered", insurer=CAR, member_name=f["name"], cases=[f["claim"], f["owcp"]],
              claim_amount=m2(amt), service_dates=[dos.isoformat()], denial_date=f["dec"].isoformat(), provider=org,
              denial_alternates=["other"], alternates=alts(f, provider=[clin], case_numbers=[[f["claim"]]]))
    return out(p), t


# 3. phone photo: clinic's statement to the injured worker (denies nothing)
def doc_statement(r):
    f = base(r)
    clin, org = CLIN[3]
    ds = "dmy"
    stmt = f["dec"]
    d0 = plus(stmt, -r.randint(40, 60))
    lines = [(d0, "99204", "New patient visit", 310.00), (d0, "29125", "Short arm splint", 96.50),
             (plus(d0, 10), "99213", "Follow-up visit", 158.00), (plus(d0, 24), "97140", "Manual therapy", 88.25)]
    tot = round(sum(x[3] for x in lines), 2)
    acct = f"A{dig(r, 6)}"
    p = Page(footer="Page {n} of {nb}", footer_left=f"{org} · 5510 Levee Blvd, Gretna LA 70053 · (504) 555-0112")
    p.add_page()
    band(p, org, "Patient Statement  ·  Occupational injury account", h=15)
    p.pairs([("Statement date", fdate(stmt, ds)), ("Patient", f["name"]), ("Account no.", acct),
             ("Billed to", f"{CAR} (workers' comp)"), ("Workers' comp claim #", f["claim"]),
             ("Employer", f["emp"]), ("Date of injury", fdate(f["doi"], ds))], label_w=48, size=9.5)
    p.ln(2)
    p.table(["Date", "CPT", "Description", "Charge", "Status"],
            [[fdate(x[0], ds), x[1], x[2], money(x[3], "nosign"), "Billed to carrier"] for x in lines] +
            [["", "", "Total charges", money(tot, "nosign"), ""]], [28, 18, 60, 26, 40], size=9, bold_last=True)
    p.para("AMOUNT DUE FROM PATIENT: $0.00. These charges have been sent to your employer's Longshore carrier. "
           "Federal law does not allow us to bill you for treatment of an accepted work injury. Please keep this "
           "statement for your records and call our billing office with any change of address.", 9)
    t = truth("other", None, insurer=None, member_name=f["name"], cases=[f["claim"]], claim_amount=m2(tot),
              service_dates=[x[0].isoformat() for x in lines], denial_date=stmt.isoformat(), provider=org,
              unscored=["insurer", "appeal_deadline"],
              alternates={"provider": [clin], "case_numbers": [[]], "denial_date": [None]})
    p.para(f"Treating physician: {clin}.", 8.5)
    return out(p), t


# 4. photocopy: district office memorandum of informal conference (upholds the carrier's denial)
def doc_memo(r):
    f = base(r)
    clin, org = CLIN[1]
    ds = "iso"
    dos = plus(f["dec"], -r.randint(70, 110))
    conf = plus(f["dec"], -r.randint(5, 12))
    amt = round(r.randint(3800, 6200) + 0.0, 2)
    p = Page(footer="Page {n} of {nb}", footer_left=f"{DOL} · {OWCP} · {DLH}")
    p.add_page()
    p.line(DOL.upper(), 13, "B")
    p.line(OWCP, 10)
    p.line(f"{DLH}  ·  District Office  ·  600 Harbor Plaza Suite 410  ·  (504) 555-0150", 8.5)
    p.ln(4)
    p.line("MEMORANDUM OF INFORMAL CONFERENCE", 12, "B")
    p.ln(2)
    p.pairs([("OWCP No.", f["owcp"]), ("Claimant", f["name"]), ("Employer", f["emp"]), ("Carrier", CAR),
             ("Carrier claim no.", f["claim"]), ("Date of injury", fdate(f["doi"], ds)),
             ("Conference held", fdate(conf, ds)), ("Date of memorandum", fdate(f["dec"], ds))], label_w=46)
    p.ln(2)
    p.para(f"Issue: whether the employer and carrier are liable for the bill of {org} for lumbar epidural steroid "
           f"injections given by {clin} on {fdate(dos, ds)}, billed at {money(amt)}. The carrier controverted the "
           f"bill on Form LS-207, stating that the low back condition is not related to the accepted right ankle "
           f"injury.")
    p.para("Discussion: the claimant testified that the back pain began some months after the ankle injury. No "
           "physician has stated that the back condition was caused or aggravated by the injury or by the altered "
           "gait that followed it. The medical evidence in the file does not support a connection.")
    p.para("Recommendation: the district director recommends that the carrier is not liable for the lumbar "
           "injections. The carrier remains liable for reasonable and necessary treatment of the right ankle.")
    p.para("Each party should notify this office in writing within 14 days of the date of this memorandum whether "
           "it accepts this recommendation. A party who does not agree may ask that the claim be transferred to the "
           "Office of Administrative Law Judges for a formal hearing (Form LS-18, Pre-Hearing Statement).")
    p.para("Claims Examiner, for the District Director", 10)
    t = truth("denial_letter", "not_covered", insurer=DOL, member_name=f["name"], cases=[f["owcp"], f["claim"]],
              claim_amount=m2(amt), service_dates=[dos.isoformat()], denial_date=f["dec"].isoformat(), provider=clin,
              appeal_deadline=plus(f["dec"], 14).isoformat(), denial_alternates=["other"],
              alternates={"insurer": [OWCP, DLH, f"{DOL}, {OWCP}"], "provider": [org], "appeal_deadline": [None],
                          "case_numbers": [[f["owcp"]]]})
    return out(p), t


# 5. born digital: approval after reconsideration, sidebar (denies nothing)
def doc_approval(r):
    f = base(r)
    clin, org = CLIN[0]
    ds = "abbr"
    start = plus(f["dec"], r.randint(3, 10))
    end = plus(start, 41)
    auth = f"AUTH-{dig(r, 6)}"
    p = Page(footer="Page {n} of {nb}", footer_left=f"{CAR} - Longshore & Maritime Claims")
    p.add_page()
    head(p, 0)
    p.line("NOTICE OF AUTHORIZATION - RECONSIDERATION DECISION", 11.5, "B")
    p.ln(3)
    x, y0, y1 = sidebar(p, [("Date", fdate(f["dec"], ds)), ("Injured worker", f["name"]),
                            ("Claim no.", f["claim"]), ("Authorization", auth), ("OWCP No.", f["owcp"]),
                            ("Date of injury", fdate(f["doi"], ds)), ("Physician", clin),
                            ("Request received", fdate(f["recv"], ds))], w=54)
    body_at(p, x, y0 + 1, [
        f"Dear {f['name'].split()[0]} {f['name'].split()[-1]}:",
        f"On reconsideration, we have approved the request of {clin} of {org} for post-operative physical therapy "
        f"for your right knee, 12 visits, from {fdate(start, ds)} through {fdate(end, ds)}.",
        "The operative report and therapy plan you sent show that the therapy treats the accepted work injury. Our "
        "earlier refusal is withdrawn, and bills for these visits will be paid at the Longshore fee schedule.",
        "You do not need to do anything. If more visits are needed, your physician should ask before the last "
        "approved date.",
    ])
    p.set_y(max(p.get_y(), y1) + 4)
    p.para(f"Questions: {CAR_PH}. cc: {org}; {f['emp']}; District Director, {DLH}.", 8.5)
    t = truth("other", None, insurer=CAR, member_name=f["name"], cases=[f["claim"], auth, f["owcp"]],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=f["dec"].isoformat(), provider=clin,
              unscored=["appeal_deadline"],
              alternates=alts(f, provider=[org], service_dates=[[start.isoformat()]],
                              case_numbers=[[f["claim"], auth]]))
    return out(p), t


# 6. scan 300: two pages, running header; physician's report not furnished (records) -> other
def doc_two_page(r):
    f = base(r)
    clin, org = CLIN[3]
    ds = "upper"
    d1 = plus(f["dec"], -r.randint(45, 70))
    lines = [(d1, "99203", "New patient evaluation", 265.00), (d1, "73030", "X-ray shoulder, 2 views", 118.40),
             (plus(d1, 7), "20610", "Injection, major joint", 232.00)]
    tot = round(sum(x[3] for x in lines), 2)
    ref = f"MB{dig(r, 7)}"
    rh = f"{CAR}  ·  Claim {f['claim']}  ·  {f['name']}  ·  {fdate(f['dec'], ds)}"
    p = Page(run_head=rh, footer="Page {n} of {nb}", footer_left="Breakwater Mutual - Longshore Claims")
    p.add_page()
    head(p, 1)
    p.line("NOTICE OF MEDICAL BILL DENIAL", 12, "B")
    p.ln(2)
    claim_block(p, f, ds, [("Notice date", fdate(f["dec"], ds)), ("Medical bill ref.", ref),
                           ("Billing provider", org), ("Treating physician", clin)])
    p.table(["Service Date", "CPT", "Description", "Billed"], [[fdate(x[0], ds), x[1], x[2], money(x[3])]
                                                              for x in lines] + [["", "", "Bill total", money(tot)]],
            [34, 20, 80, 30], size=9, bold_last=True)
    p.heading("Why this bill was denied", 11, rule=True)
    p.para(f"Section 7(d) of the Act requires the treating physician to furnish a report of the injury and treatment "
           f"within 10 days following the first treatment (Form LS-1, Request for Examination and/or Treatment, or "
           f"an equivalent report). We have not received a report from {clin} for any of the dates above. Without "
           f"the report we cannot pay the bill. The denial is not a decision about your injury; your claim remains "
           f"accepted.", 9.5)
    p.add_page()
    p.heading("What happens next", 11, rule=True)
    p.para("If the physician sends the report and records, we will review the bill again. The district director may "
           "excuse a late report for good cause. Please do not pay this bill yourself.", 9.5)
    p.heading("If you disagree", 11, rule=True)
    p.para(f"You or the provider may ask us to reconsider. Send a written request to {CAR}, Longshore Claims, "
           f"{CAR_ADDR}, within 90 days of the date of this notice. You may also contact the district office of the "
           f"{DLH} and ask for an informal conference; the district office can be reached at (504) 555-0150. "
           f"Questions about this notice: {CAR_PH}.", 9.5)
    p.para("Forms mentioned in this notice: LS-1, LS-202 (Employer's First Report of Injury), LS-207 (Notice of "
           "Controversion).", 8)
    t = truth("denial_letter", "other", insurer=CAR, member_name=f["name"], cases=[f["claim"], ref, f["owcp"]],
              claim_amount=m2(tot), service_dates=[x[0].isoformat() for x in lines], denial_date=f["dec"].isoformat(),
              provider=org, appeal_deadline=plus(f["dec"], 90).isoformat(),
              alternates=alts(f, provider=[clin], case_numbers=[[f["claim"], ref]]), type_alternates=["eob"])
    return out(p), t


# 7. fax standard stack: cover, clinic's authorization letter, carrier's denial (change of physician not authorized)
def doc_stack(r):
    f = base(r)
    clin, org = CLIN[1]
    ltr = plus(f["dec"], -r.randint(10, 20))
    dos = plus(ltr, -r.randint(10, 25))
    amt = round(r.randint(900, 1600) + 0.8, 2)
    fl = f"{fdate(f['dec'], 'slash')} 09:{r.randint(10, 59)}  FROM: LAKESHORE SPINE BILLING  (504) 555-0177  P.{{p}}"
    p = Page(fax_line=fl, footer=None, footer_left=f"{org} · 1200 Causeway Blvd · Metairie LA 70001")
    p.add_page()
    p.line(org, 14, "B")
    p.ln(4)
    p.line(fdate(ltr, "long"), 10)
    p.ln(3)
    p.para(f"{CAR}\nLongshore Claims Department\n{CAR_ADDR}", 10)
    p.line(f"Re: {f['name']}  ·  Claim {f['claim']}  ·  DOI {fdate(f['doi'], 'slash')}", 10, "B")
    p.ln(2)
    p.para(f"Our patient came under the care of {clin} on {fdate(dos, 'long')} after the first choice of physician "
           f"retired. We ask that you authorize the change of treating physician and pay our bill of {money(amt)} for "
           f"that visit and the lumbar x-rays. The patient's back injury is the accepted injury on this claim.")
    p.para(f"Thank you,\nBilling Office for {clin}\nNPI {f['npi']}")
    t1 = truth("other", None, insurer=None, member_name=f["name"], cases=[f["claim"]], claim_amount=m2(amt),
               service_dates=[dos.isoformat()], denial_date=ltr.isoformat(), provider=clin,
               unscored=["insurer", "appeal_deadline"], alternates={"provider": [org], "denial_date": [None]})
    q = Page(fax_line=fl, footer="Page {n} of {nb}", footer_left=CAR)
    q.add_page()
    head(q, 1)
    q.line(fdate(f["dec"], "long"), 10)
    q.ln(3)
    q.para(f"{org}\nAttn: Billing Office", 10)
    q.pairs([("Injured worker", f["name"]), ("Claim number", f["claim"]), ("OWCP No.", f["owcp"]),
             ("Service date", fdate(dos, "long")), ("Amount billed", money(amt)), ("Letter received", fdate(
                 plus(ltr, 2), "long"))], label_w=40)
    q.ln(2)
    q.para(f"We have reviewed your letter. The injured worker chose a treating physician at the start of this claim. "
           f"Under Section 7(c)(2) of the Act, a change to another physician must first be authorized by the employer, "
           f"the carrier or the district director. No request was made before {clin} began treatment, so the visit "
           f"was not authorized and the bill is denied.")
    q.para("To go on treating, ask for authorization of the change in writing; we will answer within 10 days. If "
           "the change is authorized, bills for later dates will be paid. You may ask the district director for an "
           "informal conference if you disagree. Reconsideration requests must be received within 60 days of the date "
           "of this letter.")
    t2 = truth("denial_letter", "prior_authorization", insurer=CAR, member_name=f["name"],
               cases=[f["claim"], f["owcp"]], claim_amount=m2(amt), service_dates=[dos.isoformat()],
               denial_date=f["dec"].isoformat(), provider=clin, appeal_deadline=plus(f["dec"], 60).isoformat(),
               alternates=alts(f, provider=[org], case_numbers=[[f["claim"]]]))
    return [(out(p), t1), (out(q), t2)]


def documents(rng) -> list[Item]:
    r = random.Random(350403)
    F = FAMILY
    return [
        Item(f"{F}_bd_explanation_of_review_four_lines", "born_digital", [doc_eor(r)]),
        Item(f"{F}_lowres_neck_mri_unrelated_sentences", "scan_lowres_150", [doc_sentences(r)]),
        Item(f"{F}_phone_clinic_statement", "phone_photo", [doc_statement(r)]),
        Item(f"{F}_copy_district_office_memorandum", "photocopy", [doc_memo(r)]),
        Item(f"{F}_bd_pt_authorized_on_reconsideration", "born_digital", [doc_approval(r)]),
        Item(f"{F}_scan300_two_page_report_not_furnished", "scan_clean_300", [doc_two_page(r)]),
        Item(f"{F}_faxstd_stack_change_of_physician", "fax_standard_g4", doc_stack(r), separators=["cover", None]),
    ]
