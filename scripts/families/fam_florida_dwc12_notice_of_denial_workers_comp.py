"""Family 'florida_dwc12_notice_of_denial_workers_comp': Florida workers' compensation papers. Public structure
mirrored: the Division of Workers' Compensation "Notice of Denial" form (DFS-F2-DWC-12: employee, employer and
carrier blocks, entire claim or specific benefits denied, reasons with facts, notice to the employee about the
Employee Assistance Office and the Petition for Benefits), the carrier's letters that go with it, and the
Explanation of Bill Review (EOBR) a carrier sends a health care provider under s. 440.13, F.S.

Documents: born-digital DWC-12 denying the entire claim (injury not arising out of employment); scanned carrier
letter refusing a lumbar MRI as not medically necessary (managed care arrangement grievance within 30 days);
photocopied EOBR with two bills (office visit paid, physical therapy bill refused as not authorized); fine-fax
stack (cover sheet, medical-only claim accepted letter, DWC-12 denying chiropractic care past the 24-treatment /
12-week limit); phone photo of a Spanish carrier letter (injury not reported to the employer within 30 days);
sideways DWC-12 (claimant an independent contractor); low-resolution reconsideration response to a provider
(manual therapy bundled into chiropractic manipulation without modifier 59).

Decoys: dates of accident and birth, masked SSNs, FEIN, carrier codes, NPIs, bill received dates, the paid bill,
2-year / 1-year Petition for Benefits limits, 45-day reimbursement dispute limit, 120-day rule, 72-hour review,
$10 co-payment after MMI, form and rule numbers. All people, employers, carriers and numbers are invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "florida_dwc12_notice_of_denial_workers_comp"
LANG = "en"
SEED = 334500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FL = [("Lakeland", "FL 33801"), ("Ocala", "FL 34471"), ("Fort Myers", "FL 33901"), ("Pensacola", "FL 32501"),
      ("Sebring", "FL 33870"), ("Palatka", "FL 32177")]
STREETS = ["Citrus Grove Rd", "Pelican Bay Dr", "NW 9th Ave", "Sawgrass Ln", "Old Dixie Hwy", "Live Oak St"]
EAO = "1-800-555-0147"


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def base(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    doa = dt.date(2025, 11, 3) + dt.timedelta(days=r.randint(0, 90))
    city, st = r.choice(FL)
    return dict(member=member, first=first, mid=mid, last=last, doa=doa,
                addr=[f"{r.randint(101, 9870)} {r.choice(STREETS)}", f"{city}, {st}"],
                ssn=f"XXX-XX-{r.digits(4)}", dob=dt.date(r.randint(1962, 2003), r.randint(1, 12), r.randint(1, 28)),
                fein=f"59-{r.digits(7)}", npi=r.npi())


def kv(d: Page, rows, lw=42, size=9.4, x=None, h=5.2):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def section(d: Page, title: str):
    d.ln(1.5)
    d.set_fill_color(215, 215, 215)
    d.font(8.6, "B")
    d.cell(0, 5.4, " " + title, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")


def check(flag: bool) -> str:
    return "[X]" if flag else "[  ]"


def dwc12(f: dict, carrier: str, code: str, admin: str, admin_addr: str, claim: str, employer: str,
          emp_addr: str, notice: dt.date, ds: str, entire: bool, benefits: str, reasons: list[str],
          adjuster: str, phone: str) -> bytes:
    """The DWC-12 Notice of Denial form, filled."""
    d = Page("DFS-F2-DWC-12 (Rev. 07/2024)   Rule 69L-3.0046, F.A.C.   Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("FLORIDA DEPARTMENT OF FINANCIAL SERVICES", 8.6, "B", h=4.4)
    d.text_line("DIVISION OF WORKERS' COMPENSATION", 8.6, "B", h=4.4)
    d.text_line("200 East Gaines Street, Tallahassee, FL 32399", 7.6, h=4)
    d.ln(2)
    d.text_line("NOTICE OF DENIAL", 15, "B", align="C", h=8)
    d.text_line("This form must be sent to the employee and the Division when a claim or benefit is denied.", 7.8,
                align="C", h=4.4)
    section(d, "EMPLOYEE INFORMATION")
    d.boxes([("Employee name (first, middle, last)", f["member"], 78), ("Social Security number", f["ssn"], 50),
             ("Date of accident", fmt_date(f["doa"], ds), 54)], h=11, value_size=9.6)
    d.boxes([("Mailing address", ", ".join(f["addr"]), 128), ("Date of birth", fmt_date(f["dob"], ds), 54)], h=11,
            value_size=9.6)
    section(d, "EMPLOYER INFORMATION")
    d.boxes([("Employer name", employer, 78), ("Employer address", emp_addr, 70), ("FEIN", f["fein"], 34)], h=11,
            value_size=9)
    section(d, "CARRIER / CLAIM ADMINISTRATOR INFORMATION")
    d.boxes([("Insurer (carrier) name", carrier, 110), ("Carrier code #", code, 30), ("Claim number", claim, 42)],
            h=11, value_size=9.4)
    d.boxes([("Claim administrator / service company", admin, 78), ("Address", admin_addr, 74),
             ("Telephone", phone, 30)], h=11, value_size=8.4)
    section(d, "DENIAL")
    d.ln(1)
    d.font(9.4)
    d.cell(0, 5.4, f"{check(entire)}  Entire claim denied", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5.4, f"{check(not entire)}  Specific benefit(s) denied: {benefits if not entire else ''}",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.font(9.4, "B")
    d.cell(0, 5.4, "Reason(s) for denial (state the specific facts and the law relied upon):", new_x="LMARGIN",
           new_y="NEXT")
    for rr in reasons:
        d.para(rr, 9.2, gap=1.2)
    d.boxes([("Date this notice was mailed", fmt_date(notice, ds), 60), ("Adjuster", adjuster, 70),
             ("Adjuster telephone", phone, 52)], h=11, value_size=9.4)
    d.ln(3)
    d.text_line("NOTICE TO EMPLOYEE", 10, "B", h=5.6)
    d.para("The carrier has denied the claim or benefit(s) shown above. If you have questions or disagree, you may "
           f"contact the Employee Assistance Office (EAO) of the Division of Workers' Compensation at {EAO}. The EAO "
           "can explain your rights and may be able to resolve the dispute informally.", 8.6, gap=1.2)
    d.para("You may also file a Petition for Benefits with the Office of the Judges of Compensation Claims. A petition "
           "must be filed within 2 years after the date of the accident, or within 1 year after the carrier last paid "
           "compensation or furnished medical care, whichever is later (s. 440.19, F.S.). Benefits paid under the "
           "120-day pay-and-investigate provision do not waive this denial.", 8.6, gap=1.2)
    d.para("Copy filed with the Division electronically (EDI). The Division does not decide whether a claim is "
           "payable.", 7.8)
    return pdf_bytes(d)


# ---------------------------------------------------------------- 0: DWC-12 entire claim (born digital)
def doc_dwc12_entire(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    carrier, admin = "Palmetto Keys Mutual Insurance Company", "Seagrape Claims Services, Inc."
    claim = f"PK{r.digits(2)}-{r.digits(6)}"
    notice = f["doa"] + dt.timedelta(days=r.randint(12, 14))
    reasons = [f"The employee reports that on {fmt_date(f['doa'], 'slash')} the employee slipped on a wet parking surface at a "
               "restaurant across Highway 27 while on an unpaid 30-minute meal break, off the employer's premises.",
               "The injury did not arise out of and in the course of the employment (s. 440.02(1) and s. "
               "440.092(2), F.S.). The employee was not performing a service for the employer and the employer did "
               "not control the premises. The first report of injury (DWC-1) was received on "
               f"{fmt_date(f['doa'] + dt.timedelta(days=2), 'slash')}."]
    pdf = dwc12(f, carrier, "417", admin, "PO Box 30418, Tampa, FL 33630", claim, "Okeechobee Citrus Packers, LLC",
                "4100 SR 70 W, Okeechobee, FL 34972", notice, "slash", True, "", reasons, "Darla M. Whitcomb",
                "(813) 555-0196")
    t = truth("denial_letter", "other", insurer=carrier, member_name=f["member"], case_numbers=[claim],
              denial_date=iso(notice), alternates={"insurer": [admin], "service_dates": [[iso(f["doa"])]]},
              denial_alternates=["not_covered"])
    return pdf, t


# ---------------------------------------------------------------- 1: MRI not medically necessary (scan clean)
def doc_mri_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    carrier = "Suncoast Employers Casualty Company"
    sent = f["doa"] + dt.timedelta(days=r.randint(40, 60))
    recv = sent - dt.timedelta(days=r.randint(3, 5))
    planned = sent + dt.timedelta(days=r.randint(6, 12))
    claim, auth = f"{r.digits(3)}-{r.digits(2)}-{r.digits(6)}", f"UR{r.digits(8)}"
    atp = "Dr. Nathaniel B. Corwin, MD"
    d = Page(None, margins=(22, 16, 22))
    d.add_page()
    d.text_line("SUNCOAST EMPLOYERS CASUALTY COMPANY", 14, "B", h=7)
    d.text_line("Workers' Compensation Managed Care Arrangement  ·  PO Box 52910, Lakeland, FL 33807", 8.4, h=4.6)
    d.text_line("Utilization Review (863) 555-0142  ·  Fax (863) 555-0143", 8.4, h=4.6)
    d.rule(0.5, 5)
    d.text_line(fmt_date(sent, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    kv(d, [("Re:", "Denial of requested medical care"), ("Claim No.:", claim), ("Authorization request:", auth),
           ("Employer:", "Bayfront Hotel Group, Inc."), ("Date of accident:", fmt_date(f["doa"], "long")),
           ("Request received:", fmt_date(recv, "long"))], lw=48, size=9.8)
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"Your authorized treating physician, {atp} of Polk Spine & Occupational Medicine (NPI {f['npi']}), asked "
           "us to authorize an MRI of the lumbar spine without contrast (CPT 72148), to be performed on "
           f"{fmt_date(planned, 'long')}.", 10.5)
    d.para("We are denying this request because it is not medically necessary. A physician adviser board certified "
           "in physical medicine reviewed your records. Your low back strain is improving with physical therapy, "
           "the neurological examination is normal and there are no red-flag findings. The Florida workers' "
           "compensation practice parameters for low back pain do not support an MRI in the first six weeks "
           "without these findings. This decision is about medical necessity only; your claim remains accepted.",
           10.5)
    d.para("Grievance. Because your care is provided through our managed care arrangement, you must use our "
           "grievance procedure before you file a Petition for Benefits for this medical care. You may file a "
           "written grievance within 30 days of the date of this letter with the Grievance Coordinator at the "
           "address above. If a delay could seriously harm your health, ask for an expedited review; it is "
           "decided within 72 hours.", 10.5)
    d.para("Sincerely,\nUtilization Review Department\nSuncoast Employers Casualty Company", 10.5)
    d.para(f"cc: {atp}; Bayfront Hotel Group, Inc.", 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=carrier, member_name=f["member"],
              case_numbers=[claim, auth], service_dates=[iso(planned)], denial_date=iso(sent), provider=atp,
              appeal_deadline=iso(sent + dt.timedelta(days=30)),
              alternates={"provider": ["Polk Spine & Occupational Medicine"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: EOBR, two bills, PT refused (photocopy)
def doc_eobr(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    admin = "Seagrape Claims Services, Inc."
    clinic = "Gulf Breeze Orthopaedic & Rehab Associates"
    claim = f"PK{r.digits(2)}-{r.digits(6)}"
    dos1 = f["doa"] + dt.timedelta(days=r.randint(3, 6))
    dos2 = dos1 + dt.timedelta(days=r.randint(8, 12))
    review = dos2 + dt.timedelta(days=r.randint(20, 28))
    b1, b2 = f"B{r.digits(9)}", f"B{r.digits(9)}"
    ov, xr = 186.00, 94.50
    pt = [("97110", 3, 41.25), ("97140", 2, 38.50), ("97014", 1, 22.75)]
    bill2 = round(sum(u * p for _, u, p in pt), 2)
    up = lambda x: fmt_date(x, "dmy").upper()  # noqa: E731
    d = Page("Seagrape Claims Services EOBR  ·  Page {p} of {n}", margins=(13, 12, 13))
    d.add_page()
    d.text_line("Seagrape Claims Services, Inc.", 14, "B", h=7)
    d.text_line("Claim administrator for Palmetto Keys Mutual Insurance Company  ·  Carrier code 417", 8.4, h=4.5)
    d.text_line("Medical Bill Review  ·  PO Box 30418, Tampa, FL 33630  ·  (813) 555-0188", 8.4, h=4.5)
    d.ln(2)
    d.text_line("EXPLANATION OF BILL REVIEW", 12.5, "B", h=7)
    d.ln(1)
    y0 = d.get_y()
    kv(d, [("Provider:", clinic), ("", "1180 Gulf Breeze Pkwy"), ("", "Gulf Breeze, FL 32561"),
           ("Provider FEIN:", f"59-{r.digits(7)}"), ("Billing NPI:", f["npi"])], lw=30, size=8.8, h=4.8)
    d.set_xy(122, y0)
    kv(d, [("Date of review:", up(review)), ("Employee:", f["member"]), ("Claim #:", claim),
           ("Date of injury:", up(f["doa"])), ("Employer:", "Tarpon Roofing & Sheet Metal")], lw=30, size=8.8,
       x=122, h=4.8)
    d.ln(4)
    rows = [[f"*Bill {b1}  received {up(dos1 + dt.timedelta(days=6))}", "", "", "", "", "", ""],
            [up(dos1), "99214", "1", fmt_money(ov), "$142.18", "$142.18", "10"],
            [up(dos1), "72100", "1", fmt_money(xr), "$61.07", "$61.07", "10"],
            [f"*Bill {b2}  received {up(dos2 + dt.timedelta(days=5))}", "", "", "", "", "", ""]]
    for code, u, p in pt:
        rows.append([up(dos2), code, str(u), fmt_money(u * p), "$0.00", "$0.00", "21"])
    rows.append(["", "Bill total", "", fmt_money(bill2), "$0.00", "$0.00", ""])
    d.table(["DOS", "CPT", "Units", "Billed", "Allowed", "Paid", "EOBR"], rows, [48, 30, 14, 28, 26, 24, 14],
            size=8.4, aligns="LLRRRRL", head_fill=True)
    d.text_line("EOBR code explanations", 9.6, "B", h=5.5)
    d.para("10  Payment made according to the Florida Workers' Compensation Health Care Provider Reimbursement "
           "Manual.", 8.4, gap=0.8)
    d.para("21  Payment disallowed. The service was not authorized by the carrier as required by s. 440.13(3), F.S. "
           "Physical therapy requires authorization before it is rendered.", 8.4, gap=1.5)
    d.para("A health care provider who disputes the disallowance or adjustment of payment may petition the "
           "Department of Financial Services for resolution of a reimbursement dispute within 45 days after "
           "receipt of this notice (s. 440.13(7), F.S.). The provider may not bill the injured employee for these "
           "services. Payment of bill " + b1 + " was issued by check 0081" + r.digits(5) + ".", 8.4)
    t = truth("eob", "prior_authorization", insurer=admin, member_name=f["member"], case_numbers=[claim, b2],
              claim_amount=m2(bill2), service_dates=[iso(dos2)], denial_date=iso(review), provider=clinic,
              alternates={"case_numbers": [[b2], [claim]],
                          "insurer": ["Palmetto Keys Mutual Insurance Company"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: stack: medical-only accepted + DWC-12 chiro
def doc_accepted(r: Rand, f: dict) -> tuple[bytes, dict]:
    carrier = "Coquina Coast Insurance Company"
    sent = f["doa"] + dt.timedelta(days=r.randint(6, 9))
    f["sent"] = sent
    claim = f"CQ{r.digits(9)}"
    f["claim"] = claim
    atp = "Clearwater Occupational Medicine"
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Coquina Coast Insurance Company", 14, "B", h=7)
    d.text_line("Workers' Compensation Claims  ·  2200 Courtney Campbell Cswy, Tampa, FL 33607", 8.4, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(sent, "mdy_nopad"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    d.text_line(f"Claim number {claim}   ·   Date of accident {fmt_date(f['doa'], 'mdy_nopad')}", 10, "B", h=6)
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para("We have accepted your workers' compensation claim as a medical-only claim. This means we will pay for "
           "authorized, medically necessary care for your work injury. You have not lost more than 7 days of work, "
           "so no wage-loss benefits are payable at this time.", 10.5)
    d.para(f"Your authorized provider is {atp}, 615 Drew Street, Clearwater, FL 33755. Please get all care for this "
           "injury from your authorized provider; care from other providers must be authorized by us first. Once "
           "your doctor says you have reached maximum medical improvement, a $10.00 co-payment applies to each "
           "visit.", 10.5)
    d.para("If you miss more than 7 days of work because of the injury, tell your employer and call your adjuster, "
           "Renata Solis, at (727) 555-0131.", 10.5)
    t = truth("other", None, insurer=carrier, member_name=f["member"], case_numbers=[claim], denial_date=iso(sent),
              provider=atp, alternates={"service_dates": [[iso(f["doa"])]]})
    return pdf_bytes(d), t


def doc_dwc12_chiro(r: Rand, f: dict) -> tuple[bytes, dict]:
    carrier = "Coquina Coast Insurance Company"
    notice = f["sent"] + dt.timedelta(days=r.randint(80, 95))
    start = notice + dt.timedelta(days=r.randint(4, 8))
    end = start + dt.timedelta(days=27)
    dc = "Dr. Lionel A. Featherly, DC"
    reasons = [f"{dc} of Dunedin Spine & Chiropractic asked for 12 additional chiropractic treatments from "
               f"{fmt_date(start, 'mdy_nopad')} through {fmt_date(end, 'mdy_nopad')}.",
               "Chiropractic care is limited to 24 treatments or 12 weeks from the first chiropractic treatment, "
               "whichever comes first, unless the carrier authorizes more or the employee is catastrophically "
               "injured (s. 440.13(2)(a), F.S.). The employee received 24 treatments between the first visit and "
               "the date of this request and is not catastrophically injured. Additional treatments are denied. "
               "Medical care with the authorized physician continues."]
    pdf = dwc12(f, carrier, "583", carrier, "2200 Courtney Campbell Cswy, Tampa, FL 33607", f["claim"],
                "Pinellas Marine Supply Co.", "88 Seaboard Ave, Dunedin, FL 34698", notice, "mdy_nopad", False,
                "[X] Medical  [  ] Indemnity - chiropractic care", reasons, "Renata Solis", "(727) 555-0131")
    t = truth("denial_letter", "not_covered", insurer=carrier, member_name=f["member"], case_numbers=[f["claim"]],
              service_dates=[iso(start, end)], denial_date=iso(notice), provider=dc,
              alternates={"service_dates": [[iso(start)]], "provider": ["Dunedin Spine & Chiropractic"]},
              denial_alternates=["other"])
    return pdf, t


# ---------------------------------------------------------------- 4: Spanish carrier letter (phone photo)
def doc_es(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    carrier = "Everglades Workforce Insurance Company"
    claim = f"EW-{r.digits(4)}-{r.digits(5)}"
    reported = f["doa"] + dt.timedelta(days=r.randint(41, 55))
    sent = reported + dt.timedelta(days=r.randint(10, 13))
    d = Page(None, margins=(22, 16, 22))
    d.add_page()
    d.text_line("EVERGLADES WORKFORCE INSURANCE COMPANY", 13, "B", h=7)
    d.text_line("Departamento de Reclamaciones de Compensación al Trabajador", 9, h=5)
    d.text_line("8250 NW 36th St, Doral, FL 33166  ·  (305) 555-0174", 8.4, h=4.6)
    d.ln(6)
    d.text_line(f"Doral, {fmt_date(sent, 'es')}", 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    d.text_line("Asunto: Aviso de denegación de su reclamación", 10.5, "B", h=6)
    d.ln(2)
    d.para(f"Estimado(a) {f['first']} {f['last']}:", 10.5)
    d.para(f"Le escribimos sobre su reclamación de compensación al trabajador número {claim}, por la lesión en el "
           f"hombro que usted dice haber sufrido el {fmt_date(f['doa'], 'es')} mientras trabajaba para Hialeah "
           "Precision Cabinets, Inc.", 10.5)
    d.para(f"Su empleador nos informó que usted le notificó la lesión por primera vez el {fmt_date(reported, 'es')}, "
           "más de 30 días después del accidente. La ley de la Florida exige que el empleado informe la lesión a su "
           "empleador dentro de los 30 días siguientes al accidente (sección 440.185(1), Estatutos de la Florida). "
           "No encontramos ninguna excepción que justifique la demora. Por lo tanto, denegamos toda la reclamación.",
           10.5)
    d.para("Junto con esta carta le enviamos el formulario DFS-F2-DWC-12, Aviso de denegación. Si tiene preguntas, "
           f"llame a la Oficina de Asistencia al Empleado de la División de Compensación al Trabajador al {EAO}. "
           "Usted puede presentar una Petición de Beneficios ante la Oficina de los Jueces de Reclamaciones de "
           "Compensación dentro de los 2 años siguientes a la fecha del accidente.", 10.5)
    d.para("Atentamente,\nMaritza Oquendo, ajustadora\nEverglades Workforce Insurance Company", 10.5)
    t = truth("denial_letter", "timely_filing", lang="es", insurer=carrier, member_name=f["member"],
              case_numbers=[claim], denial_date=iso(sent), alternates={"service_dates": [[iso(f["doa"])]]},
              denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: DWC-12 independent contractor (rotated)
def doc_dwc12_contractor(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    carrier, admin = "Gulfstream Builders Assurance Corp.", "Mangrove Risk Services, LLC"
    claim = f"{r.digits(10)}"
    notice = f["doa"] + dt.timedelta(days=r.randint(16, 30))
    reasons = [f"On {fmt_date(f['doa'], 'iso')} the claimant fell from a ladder while installing gutters at a "
               "residence in Fort Myers.",
               "The claimant was not an employee of the insured on the date of accident. The claimant holds an "
               "certificate of election to be exempt, supplied own tools and crew, was paid by the job on "
               "invoices and set own hours. He was an independent contractor under s. 440.02(15)(d), F.S., "
               "and is not entitled to benefits under the insured's policy (policy WC " + r.digits(7) + ")."]
    pdf = dwc12(f, carrier, "692", admin, "PO Box 61077, Fort Myers, FL 33906", claim,
                "Caloosa Seamless Gutters Inc.", "14 Anchor Ct, Cape Coral, FL 33904", notice, "iso", True, "",
                reasons, "Bradley T. Kimura", "(239) 555-0160")
    t = truth("denial_letter", "eligibility", insurer=carrier, member_name=f["member"], case_numbers=[claim],
              denial_date=iso(notice), alternates={"insurer": [admin], "service_dates": [[iso(f["doa"])]]},
              denial_alternates=["other"])
    return pdf, t


# ---------------------------------------------------------------- 6: reconsideration response (low-res)
def doc_recon(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    carrier = "Suncoast Employers Casualty Company"
    clinic = "Panhandle Chiropractic & Wellness"
    claim = f"{r.digits(3)}-{r.digits(2)}-{r.digits(6)}"
    dos = f["doa"] + dt.timedelta(days=r.randint(10, 30))
    sent = dos + dt.timedelta(days=r.randint(55, 70))
    req = sent - dt.timedelta(days=r.randint(12, 18))
    bill = f"SE{r.digits(8)}"
    manip, mt, ex = 62.00, 2 * 39.75, 88.00
    total = round(manip + mt + ex, 2)
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Suncoast Employers Casualty Company", 14, "B", h=7)
    d.text_line("Medical Bill Review Unit  ·  PO Box 52910, Lakeland, FL 33807  ·  Fax (863) 555-0150", 8.4, h=4.6)
    d.ln(5)
    d.text_line(fmt_date(sent, "abbr"), 10.5, h=6)
    d.ln(2)
    for ln in [clinic, "Attn: Billing", "3021 Mobile Hwy, Pensacola, FL 32505"]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    d.text_line("Response to request for reconsideration of EOBR", 11, "B", h=6)
    d.ln(1)
    kv(d, [("Injured employee", f["member"]), ("Claim number", claim), ("Bill number", bill),
           ("Date of service", fmt_date(dos, "abbr")), ("Amount billed", fmt_money(total, "usd")),
           ("Amount in dispute", fmt_money(mt, "usd")), ("Your request received", fmt_date(req, "abbr"))],
       lw=50, size=9.8)
    d.ln(3)
    d.para("We reviewed your request to reconsider the Explanation of Bill Review for the bill above. Manual "
           "therapy (CPT 97140, 2 units) was billed on the same day as chiropractic manipulative treatment of the "
           "same spinal region (CPT 98941) without modifier 59 or documentation of a separate anatomic region. "
           "Under the National Correct Coding Initiative edits adopted by the Florida reimbursement manual, 97140 is "
           "included in 98941 in that case.", 10.2)
    d.para("Decision: the original adjustment stands (EOBR code 31, procedure included in another procedure). "
           "The manipulation and the examination were paid as billed under the fee schedule.", 10.2)
    d.para("If you still disagree, you may petition the Department of Financial Services, Division of Workers' "
           "Compensation, for resolution of a reimbursement dispute within 45 days after you receive this "
           f"response. Questions: Provider Services (863) 555-0151. Employee date of birth on file: "
           f"{fmt_date(f['dob'], 'abbr')}.", 10.2)
    t = truth("denial_letter", "coding_error", insurer=carrier, member_name=f["member"], case_numbers=[claim, bill],
              claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(sent), provider=clinic,
              alternates={"claim_amount": [m2(mt)], "case_numbers": [[bill]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r3 = Rand(SEED + 3)
    f3 = base(r3)
    return [Item(f"{FAMILY}_bd_dwc12_entire_claim", "born_digital", [doc_dwc12_entire(Rand(SEED))]),
            Item(f"{FAMILY}_scan_mri_ur_denial", "scan_clean_300", [doc_mri_letter(Rand(SEED + 1))]),
            Item(f"{FAMILY}_photocopy_eobr_two_bills", "photocopy", [doc_eobr(Rand(SEED + 2))]),
            Item(f"{FAMILY}_faxfine_stack_accepted_dwc12_chiro", "fax_fine_g4",
                 [doc_accepted(r3, f3), doc_dwc12_chiro(r3, f3)], separators=["cover", None]),
            Item(f"{FAMILY}_phone_aviso_denegacion_es", "phone_photo", [doc_es(Rand(SEED + 4))]),
            Item(f"{FAMILY}_rotated_dwc12_contractor", "rotated", [doc_dwc12_contractor(Rand(SEED + 5))]),
            Item(f"{FAMILY}_lowres_reconsideration_bundling", "scan_lowres_150", [doc_recon(Rand(SEED + 6))])]
