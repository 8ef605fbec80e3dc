"""Family 'white_bagging_specialty_pharmacy_mandate_letter': plan letters, a hospital infusion-center notice and
EOBs where the plan pays a physician-administered drug (infliximab J1745, pembrolizumab J9271, ocrelizumab J2350)
only when it is shipped from the plan's specialty pharmacy to the infusion site ("white bagging"): the hospital's
buy-and-bill drug line is denied while the infusion (administration) is paid; a site exception granted for a
hospital whose pharmacy cannot accept drugs it did not buy; a site exception denied for a hospital that can; a
phone photo of a member letter. All plans, hospitals, people and numbers are invented.

Documents show the member, member ID, group, the hospital or infusion center (provider), the designated specialty
pharmacy and the prescribing physician (decoys), infusion dates, drug and administration amounts next to the claim
total, a claim or authorization number and the appeal deadline.

Issuers: Harrowgate Mutual Health (plan; bold wordmark with a tagline and a side address block; its EOB a ruled
statement), St. Anselm Regional Medical Center (hospital letterhead, Infusion Center notice to the patient).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "white_bagging_specialty_pharmacy_mandate_letter"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PLAN = "Harrowgate Mutual Health"
SP = "Larkspur Specialty Pharmacy"
HOSP_ANSELM = "St. Anselm Regional Medical Center"
HOSPS = [HOSP_ANSELM, "Wrenfield University Hospital Infusion Services", "Clovermeade Community Hospital",
         "Pinecastle Outpatient Infusion Center"]
MEMBERS = ["Oluwaseun T. Adebayo", "Margit H. Halvorsen", "Rafael D. Quesada", "Yuki A. Brennan",
           "Cormac J. Tierney", "Zofia K. Wisniewska", "Anand V. Raghunathan", "Delphine R. Okafor"]
DOCTORS = ["Dr. Ottilie S. Marchbanks", "Dr. Emeka P. Chukwu", "Dr. Saoirse L. Gallagher", "Dr. Viktor N. Halloran"]
DRUGS = {
    "infliximab": dict(name="infliximab (Remicade)", code="J1745", unit="10 mg", units=50, rate=(168, 196),
                       admin=[("96365", "IV infusion, first hour", (380, 460)),
                              ("96366", "IV infusion, each additional hour", (140, 190))]),
    "pembrolizumab": dict(name="pembrolizumab (Keytruda)", code="J9271", unit="1 mg", units=200, rate=(88, 104),
                          admin=[("96413", "Chemotherapy administration, IV infusion, first hour", (560, 720))]),
    "ocrelizumab": dict(name="ocrelizumab (Ocrevus)", code="J2350", unit="1 mg", units=600, rate=(58, 66),
                        admin=[("96365", "IV infusion, first hour", (380, 460)),
                               ("96366", "IV infusion, each additional hour", (140, 190))]),
}


def fdate(d: dt.date, s: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%d-%b-%Y"), "dsp": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y")}[s]


def usd(v: float, s: str = "plain") -> str:
    g = f"{v:,.2f}"
    return {"plain": f"${g}", "nosign": g, "usd": f"USD {g}"}[s]


def m2(v: float) -> str:
    return f"{v:.2f}"


def dd(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


class Page(Doc):
    def __init__(self, footer: str | None = None, header: str | None = None):
        super().__init__("DejaVu", footer=footer, header=header, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(i: int, drug: str, ds: str, ms: str, hosp: str | None = None) -> dict:
    r = random.Random(201520 + i)
    letter = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 190))
    inf = dd(letter, -r.randint(18, 40))
    g = DRUGS[drug]
    rate = float(r.randint(*g["rate"])) + r.choice([0.0, 0.25, 0.5])
    drug_amt = round(rate * g["units"], 2)
    admin = []
    for code, desc, (lo, hi) in g["admin"]:
        n = 1 if code != "96366" else r.choice([1, 2, 3])
        admin.append((code, desc, n, float(r.randint(lo, hi)) * n))
    admin_amt = round(sum(a[3] for a in admin), 2)
    return dict(
        r=r, ds=ds, ms=ms, drug=drug, g=g, letter=letter, inf=inf, planned=dd(letter, r.randint(12, 28)),
        member=r.choice(MEMBERS), mid=f"HMH-{r.randint(1000000, 9999999)}-0{r.randint(1, 4)}",
        grp=f"{r.randint(300, 899)}{r.choice('ABCK')}{r.randint(1000, 9999)}",
        dob=dt.date(r.randint(1958, 2002), r.randint(1, 12), r.randint(1, 28)),
        hosp=hosp or r.choice(HOSPS[1:]), doctor=r.choice(DOCTORS),
        npi=r.choice("12") + "".join(r.choice("0123456789") for _ in range(9)),
        claim=f"H{inf.strftime('%y')}{r.randint(10 ** 9, 10 ** 10 - 1)}", auth=f"SX-{r.randint(400000, 899999)}",
        acct=f"{r.randint(10 ** 7, 10 ** 8 - 1)}", rate=rate, drug_amt=drug_amt, admin=admin, admin_amt=admin_amt,
        total=round(drug_amt + admin_amt, 2), admin_paid=round(admin_amt * r.choice([0.7, 0.8, 0.9]), 2),
        phone=f"1-866-{r.randint(200, 989)}-{r.randint(1000, 9999)}",
        sp_phone=f"1-877-{r.randint(200, 989)}-{r.randint(1000, 9999)}")


def lab(d: Page, label: str, value: str, w1: float = 50, size: float = 9.5):
    d.font(size)
    d.cell(w1, 5.2, label)
    d.font(size, "B")
    d.cell(0, 5.2, value, new_x="LMARGIN", new_y="NEXT")


def plan_head(d: Page, f: dict):
    y = d.get_y()
    d.text_line("HARROWGATE", 20, "B")
    d.text_line("Mutual Health  -  care that travels with you", 9)
    d.set_xy(128, y)
    d.font(8)
    d.multi_cell(0, 4, f"{PLAN}\nSpecialty Drug Programs\n1200 Wexford Road\nMacon, GA 31201\n{f['phone']} (TTY 711)",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.rule(0.7, 4)


def claim_table(d: Page, f: dict, denied_drug: bool = True, size: float = 8.8):
    ds, ms, g = f["ds"], f["ms"], f["g"]
    rows = []
    for code, desc, n, amt in f["admin"]:
        rows.append([fdate(f["inf"], ds), code, desc, str(n), usd(amt, ms), "Paid"])
    rows.append([fdate(f["inf"], ds), g["code"], f"{g['name']}, per {g['unit']}", str(g["units"]),
                 usd(f["drug_amt"], ms), "Denied" if denied_drug else "Paid"])
    rows.append(["*Total billed", "", "", "", usd(f["total"], ms), ""])
    d.table(["Date of service", "Code", "Service", "Units", "Billed", "Status"], rows, [28, 16, 76, 13, 26, 18],
            size, "LLLRRL")


# ---------------------------------------------------------------- member letter (infliximab / ocrelizumab)
def member_letter(f: dict, short: bool = False) -> bytes:
    d = Page(footer="HMH-SDP-WB-02  page {p} of {n}")
    d.add_page()
    ds, ms, g = f["ds"], f["ms"], f["g"]
    plan_head(d, f)
    d.text_line(fdate(f["letter"], ds), 10)
    d.ln(2)
    d.text_line(f["member"], 10)
    d.text_line("3318 Lantern Way, Yuma, AZ 85364", 10)
    d.ln(3)
    d.text_line("Notice of Claim Denial: Drug Not Supplied by the Plan's Specialty Pharmacy", 11.5, "B")
    d.ln(1)
    for a, b in (("Member", f["member"]), ("Member ID", f["mid"]), ("Group number", f["grp"]),
                 ("Claim number", f["claim"]), ("Infusion site", f["hosp"]), ("Prescribing physician", f["doctor"]),
                 ("Date of infusion", fdate(f["inf"], ds)), ("Drug", f"{g['name']} ({g['code']})")):
        lab(d, a + ":", b, 46)
    d.ln(2)
    if not short:
        claim_table(d, f)
    d.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    d.para(f"Your plan covers {g['name'].split(' (')[0]} given in a hospital or infusion center only when the drug "
           f"is dispensed by the plan's designated specialty pharmacy, {SP}, and shipped to the infusion site for "
           f"you (this is sometimes called white bagging). {f['hosp']} bought the drug itself and billed us "
           f"{usd(f['drug_amt'], ms)} for it. We denied that charge. The infusion itself "
           f"({usd(f['admin_amt'], ms)} billed) was covered and paid under your medical benefit.", 10)
    if short:
        d.para(f"The claim from {f['hosp']} totals {usd(f['total'], ms)}; only the drug line was denied.", 10)
    d.para("Because the infusion site is in our network, it may not bill you for the denied drug. For your next "
           f"infusion, your doctor's office can order the drug from {SP} at {f['sp_phone']}.", 10)
    d.text_line("If you disagree", 10.5, "B")
    d.para("You have the right to appeal. We must receive your appeal within 180 days of the date of this letter. "
           "If your hospital cannot accept drugs shipped from an outside pharmacy, your doctor may ask us for a "
           "site exception. You may have the right to an external review after our final decision.", 10)
    d.ln(2)
    d.text_line("Specialty Drug Programs, " + PLAN, 10)
    return pdf_bytes(d)


# ---------------------------------------------------------------- EOB (ocrelizumab)
def eob(f: dict) -> bytes:
    d = Page(footer="Harrowgate Mutual Health  |  Explanation of Benefits  |  {p}/{n}")
    d.add_page()
    ds, ms, g = f["ds"], f["ms"], f["g"]
    d.text_line("HARROWGATE MUTUAL HEALTH", 12, "B")
    d.text_line("Explanation of Benefits - This is not a bill", 10)
    d.ln(2)
    d.boxes([("Member", f["member"], 58), ("Member ID", f["mid"], 44), ("Group", f["grp"], 30),
             ("Issue date", fdate(f["letter"], ds), 38)])
    d.boxes([("Claim ID", f["claim"], 58), ("Provider", f["hosp"], 112)])
    d.boxes([("Patient account no.", f["acct"], 58), ("Ordering physician", f["doctor"], 62),
             ("Received", fdate(dd(f["inf"], 6), ds), 50)])
    d.ln(4)
    rows = []
    for code, desc, n, amt in f["admin"]:
        allowed = round(amt * 0.78, 2)
        rows.append([fdate(f["inf"], ds), code, desc[:34], usd(amt, ms), usd(allowed, ms), usd(allowed * 0.9, ms),
                     usd(allowed * 0.1, ms), ""])
    rows.append([fdate(f["inf"], ds), g["code"], f"{g['name'].split(' (')[0]} {g['units']} units",
                 usd(f["drug_amt"], ms), usd(0, ms), usd(0, ms), usd(0, ms), "WB1"])
    paid = sum(round(a[3] * 0.78, 2) * 0.9 for a in f["admin"])
    share = sum(round(a[3] * 0.78, 2) * 0.1 for a in f["admin"])
    rows.append(["*Totals", "", "", usd(f["total"], ms), "", usd(paid, ms), usd(share, ms), ""])
    d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Code"], rows,
            [23, 14, 52, 22, 20, 20, 18, 11], 8, "LLLRRRRL")
    d.text_line("Explanation codes", 10, "B")
    d.para(f"WB1 - Specialty drug mandate. This drug is covered only when dispensed by {SP} and delivered to the "
           "infusion site. The facility-supplied drug is not payable (CARC 242: services not provided by network/"
           "primary care providers; RARC N54). The administration was processed under your medical benefit. The "
           "network facility may not bill you for the denied drug.", 8.5)
    ddl = dd(f["letter"], 180)
    d.text_line("Your appeal rights", 10, "B")
    d.para(f"To appeal, send a written request so that we receive it by {fdate(ddl, ds)}. Call {f['phone']} for "
           "help. You may request an external review after the internal appeal.", 8.5)
    return pdf_bytes(d)


# ---------------------------------------------------------------- hospital infusion-center notice to the patient
def hospital_notice(f: dict) -> bytes:
    d = Page()
    d.add_page()
    ds, ms, g = f["ds"], f["ms"], f["g"]
    d.text_line(HOSP_ANSELM, 14, "B", "C")
    d.text_line("Outpatient Infusion Center  |  901 Harbor View Road, Bellingham, WA 98225  |  (555) 418-2270", 8.5,
                "", "C")
    d.rule(0.4, 4)
    d.text_line(fdate(f["letter"], ds), 10)
    d.ln(2)
    d.text_line(f["member"], 10)
    d.text_line("77 Birchwood Lane, Bellingham, WA 98225", 10)
    d.ln(3)
    d.text_line("Important information about your infusion medicine and your insurance", 11.5, "B")
    d.ln(1)
    for a, b in (("Patient", f["member"]), ("Insurance", PLAN), ("Member ID", f["mid"]), ("Group", f["grp"]),
                 ("Account number", f["acct"]), ("Insurer claim number", f["claim"]),
                 ("Treatment date", fdate(f["inf"], ds)), ("Oncologist", f["doctor"])):
        lab(d, a + ":", b, 46)
    d.ln(2)
    d.para(f"On {fdate(f['inf'], ds)} you received {g['name']} at our infusion center. We billed {PLAN} "
           f"{usd(f['total'], ms)} for the visit: {usd(f['drug_amt'], ms)} for the medicine and "
           f"{usd(f['admin_amt'], ms)} for giving it. {PLAN} paid the infusion but denied the medicine, because your "
           f"plan now requires that the medicine be sent to us by its specialty pharmacy, {SP} (white bagging).",
           10)
    d.para("Our pharmacy does not accept medicines shipped in from outside pharmacies for patients' infusions. We "
           "cannot confirm how an outside drug was stored and handled, and our safety rules for hazardous "
           "medicines do not allow it. We have asked your plan for a site exception so your treatment can continue "
           "here without a gap.", 10)
    d.para("You do not owe the denied amount while the exception and our appeal are reviewed. Please keep your "
           "next appointment. If your plan denies the exception, our financial counselor will call you about your "
           "choices, including another infusion site.", 10)
    d.para("Financial counseling: (555) 418-2291, Monday to Friday, 8:00 a.m. - 4:30 p.m.", 10)
    d.ln(2)
    d.text_line("Patient Financial Services, Infusion Center", 10)
    d.text_line(HOSP_ANSELM, 10)
    return pdf_bytes(d)


# ---------------------------------------------------------------- claim denial letter to the hospital
def provider_letter(f: dict) -> bytes:
    d = Page(header=f"Claim {f['claim']}  -  {PLAN}")
    d.add_page()
    ds, ms, g = f["ds"], f["ms"], f["g"]
    plan_head(d, f)
    d.text_line(f"Date: {fdate(f['letter'], ds)}", 10)
    d.ln(2)
    for ln in (f["hosp"], "Attn: Patient Accounts / Pharmacy Revenue", "2045 Old Mill Road", "Lubbock, TX 79401"):
        d.text_line(ln, 10)
    d.ln(3)
    d.text_line("Provider Notice of Partial Claim Denial - Specialty Drug Sourcing", 11.5, "B")
    d.ln(1)
    for a, b in (("Patient", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim number", f["claim"]),
                 ("Facility NPI", f["npi"]), ("Attending physician", f["doctor"]),
                 ("Date(s) of service", fdate(f["inf"], ds)), ("Total billed", usd(f["total"], ms))):
        lab(d, a + ":", b, 44)
    d.ln(2)
    claim_table(d, f)
    d.para(f"Effective January 1, 2026, {g['name']} ({g['code']}) for members of this group is covered only when "
           f"supplied by {SP}. Your facility's own supply of the drug ({usd(f['drug_amt'], ms)}) is not payable; "
           f"the administration lines were allowed and paid ({usd(f['admin_paid'], ms)}). Under your network "
           "agreement the member may not be billed for the denied drug line.", 10)
    d.para("If your facility cannot accept drugs dispensed by an outside pharmacy, request a site exception before "
           f"the next date of service by calling {f['phone']}. To dispute this decision, file a provider appeal "
           "within 60 days of the date of this notice, with the medication administration record and invoice.", 10)
    d.ln(2)
    d.text_line("Provider Claims Review", 10)
    d.text_line(PLAN, 10)
    return pdf_bytes(d)


# ---------------------------------------------------------------- site exception decisions
def exception_letter(f: dict, granted: bool) -> bytes:
    d = Page()
    d.add_page()
    ds, g = f["ds"], f["g"]
    plan_head(d, f)
    d.text_line(fdate(f["letter"], ds), 10)
    d.ln(2)
    for ln in (f["hosp"], "Infusion Pharmacy Manager", "5 Fenwick Avenue", "Pueblo, CO 81003"):
        d.text_line(ln, 10)
    d.ln(3)
    d.text_line("Site-of-Care Exception: " + ("APPROVED" if granted else "DENIED"), 12, "B")
    d.ln(1)
    for a, b in (("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]),
                 ("Exception request no.", f["auth"]), ("Drug", f"{g['name']} {g['code']}"),
                 ("Requesting facility", f["hosp"]), ("Treating physician", f["doctor"]),
                 ("Next scheduled infusion", fdate(f["planned"], ds))):
        lab(d, a + ":", b, 50)
    d.ln(2)
    if granted:
        end = dd(f["planned"], 180)
        d.para(f"We reviewed your request for an exception to the specialty pharmacy requirement for "
               f"{g['name']}. Your facility attested that its pharmacy policy does not allow it to accept patient-"
               "specific drugs dispensed by an outside pharmacy, and no other in-network infusion site within 30 "
               "miles of the member can give the drug. The exception is APPROVED.", 10)
        d.para(f"{f['hosp']} may buy the drug and bill it on the medical claim with the administration for dates of "
               f"service from {fdate(f['planned'], ds)} through {fdate(end, ds)}. Include exception number "
               f"{f['auth']} on each claim. {SP} will not ship the drug for this member while the exception is in "
               "effect.", 10)
        d.para("Prior authorization of the drug itself is still required and is not changed by this letter.", 10)
    else:
        d.para(f"We reviewed your request for an exception to the specialty pharmacy requirement for "
               f"{g['name']}. Our records show that {f['hosp']} accepts drugs dispensed by {SP} for other members "
               "and has received white-bagged shipments in the last 90 days. The request does not meet the "
               "exception criteria (facility unable to accept outside drugs, no alternate in-network site, or a "
               "clinical need for same-day dose changes). The exception is DENIED.", 10)
        d.para(f"The infusion on {fdate(f['planned'], ds)} remains covered when the drug is ordered from {SP} at "
               f"{f['sp_phone']} at least 5 business days before the appointment. If the facility supplies the drug "
               "itself, the drug charge will be denied.", 10)
        ddl = dd(f["letter"], 180)
        d.para(f"The member or the facility on the member's behalf may appeal. Appeals must be received by "
               f"{fdate(ddl, ds)}. Urgent appeals are decided within 72 hours.", 10)
    d.ln(2)
    d.text_line("Pharmacy Clinical Review, " + PLAN, 10)
    return pdf_bytes(d)


def docs_for(kind: str, f: dict) -> tuple[bytes, dict]:
    base = dict(member_name=f["member"], member_id=f["mid"], group_number=f["grp"],
                denial_date=f["letter"].isoformat())
    dalt = ["out_of_network", "other"]
    if kind in ("member", "member_short"):
        t = truth("denial_letter", "not_covered", case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                  service_dates=[f["inf"].isoformat()], provider=f["hosp"], insurer=PLAN,
                  appeal_deadline=dd(f["letter"], 180).isoformat(), denial_alternates=dalt,
                  alternates={"claim_amount": [m2(f["drug_amt"])]}, **base)
        return member_letter(f, kind == "member_short"), t
    if kind == "eob":
        t = truth("eob", "not_covered", case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                  service_dates=[f["inf"].isoformat()], provider=f["hosp"], insurer=PLAN,
                  appeal_deadline=dd(f["letter"], 180).isoformat(), denial_alternates=dalt,
                  alternates={"claim_amount": [m2(f["drug_amt"])]}, **base)
        return eob(f), t
    if kind == "hospital":
        t = truth("other", None, case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                  service_dates=[f["inf"].isoformat()], provider=HOSP_ANSELM, insurer=None, unscored=["insurer"],
                  type_alternates=["denial_letter"], denial_alternates=["not_covered", "out_of_network", "other"],
                  alternates={"claim_amount": [m2(f["drug_amt"])]}, **base)
        return hospital_notice(f), t
    if kind == "provider":
        t = truth("denial_letter", "not_covered", case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                  service_dates=[f["inf"].isoformat()], provider=f["hosp"], insurer=PLAN,
                  appeal_deadline=dd(f["letter"], 60).isoformat(), denial_alternates=dalt,
                  alternates={"claim_amount": [m2(f["drug_amt"])]}, **base)
        return provider_letter(f), t
    if kind == "granted":
        end = dd(f["planned"], 180)
        t = truth("other", None, case_numbers=[f["auth"]], service_dates=[f["planned"].isoformat()],
                  provider=f["hosp"], insurer=PLAN,
                  alternates={"service_dates": [[f"{f['planned'].isoformat()}/{end.isoformat()}"]]}, **base)
        return exception_letter(f, True), t
    if kind == "denied":
        t = truth("denial_letter", "not_covered", case_numbers=[f["auth"]], service_dates=[f["planned"].isoformat()],
                  provider=f["hosp"], insurer=PLAN, appeal_deadline=dd(f["letter"], 180).isoformat(),
                  denial_alternates=["out_of_network", "other", "level_of_care"], **base)
        return exception_letter(f, False), t
    raise ValueError(kind)


# (stem suffix, condition, kind, drug, date style, money style, hospital)
PLAN_ITEMS = [
    ("bd_member_letter_infliximab_drug_denied", "born_digital", "member", "infliximab", "long", "plain", None),
    ("bd_eob_ocrelizumab_drug_denied_admin_paid", "born_digital", "eob", "ocrelizumab", "slash", "plain", None),
    ("scan300_hospital_notice_pembrolizumab", "scan_clean_300", "hospital", "pembrolizumab", "abbr", "plain",
     HOSP_ANSELM),
    ("copy_site_exception_granted_ocrelizumab", "photocopy", "granted", "ocrelizumab", "dsp", "plain", HOSP_ANSELM),
    ("lowres_provider_letter_pembrolizumab", "scan_lowres_150", "provider", "pembrolizumab", "iso", "nosign", None),
    ("faxs_site_exception_denied_infliximab", "fax_standard_g4", "denied", "infliximab", "dmy", "plain", None),
    ("phone_member_letter_ocrelizumab", "phone_photo", "member_short", "ocrelizumab", "slash", "usd", None),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, drug, ds, ms, hosp) in enumerate(PLAN_ITEMS):
        f = facts(i, drug, ds, ms, hosp)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [docs_for(kind, f)]))
    return items
