"""Family 'msp_conditional_payment_letter': Medicare Secondary Payer recovery letters - the Benefits Coordination &
Recovery Center's Conditional Payment Letter (CPL) and Conditional Payment Notice (CPN), and a Medicare Advantage
plan's recovery vendor's conditional payment itemization - which deny nothing (document type other), plus claim
denials because another payer is primary: a Medicare Administrative Contractor's letter (group health plan
primary), an MSN-style summary with one claim denied (no-fault insurance primary) and a Medicare Advantage plan's
notice of denial of payment (auto no-fault / PIP pays first).

Modelled from memory on the public BCRC letters (headings "Conditional Payment Letter", "Conditional Payment Notice",
"Payment Summary Form" with ICN, provider, from / to dates, total charges, reimbursed amount, conditional payment,
diagnosis codes; case identification number, date of incident, insurance type; dispute / 30-day response
paragraphs) and on the Medicare Summary Notice. Contractors, plans, addresses, people and numbers are invented:
Abay Government Benefits Administrators (MAC), Mekdela Health Plan, Sidamo Recovery Partners; Ethiopian and
Eritrean names; 555 phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, pdf_bytes, truth

FAMILY = "msp_conditional_payment_letter"
LANG = "en"

BCRC = "Benefits Coordination & Recovery Center"
MAC = "Abay Government Benefits Administrators, LLC"
MEK = "Mekdela Health Plan"
SID = "Sidamo Recovery Partners"
FIRST = ["Getachew", "Birtukan", "Yared", "Eleni", "Kassahun", "Mulu", "Tewodros", "Azeb", "Girma", "Saba"]
LAST = ["Demissie", "Gebreyes", "Wolde", "Tekle", "Ayana", "Ghebremedhin", "Desta", "Habte", "Zewdu", "Fikre"]
ATTYS = ["Rahel T. Mengistu, Esq.", "Law Office of Berihun Lemma", "Yirga & Assefa, PLLC"]
PROVIDERS = ["Axum Regional Medical Center", "Harar Orthopedic Associates", "Lake Tana Imaging Center",
             "Dire Dawa Physical Therapy", "Blue Nile Emergency Physicians", "Semien Ambulance Service",
             "Arba Minch Neurology Group"]
STREETS = ["Tana Street", "Jimma Road", "Bale Mountain Drive", "Ambo Avenue", "Rift Valley Way"]
TOWNS = [("Gondar Springs", "OK", "73151"), ("Debre Falls", "KS", "66870"), ("Awasa Creek", "MO", "64493")]
DX = ["S32.401A", "S13.4XXA", "M54.2", "S82.201A", "S06.0X0A", "M25.561", "V43.52XA", "S22.31XA"]


def d2(r: random.Random, pattern: str) -> str:
    return "".join(str(r.randint(0, 9)) if c == "9" else r.choice("ACDEFGHJKMNPQRTUVWXY") if c == "#" else c
                   for c in pattern)


def mbi(r: random.Random) -> str:
    return d2(r, "9#") + r.choice("ACDEFGHJKMNPQRTUVWXY0123456789") + d2(r, "9#") + \
        r.choice("ACDEFGHJKMNPQRTUVWXY0123456789") + d2(r, "9##99")


def phone(r: random.Random) -> str:
    return f"(555) {r.randint(210, 980)}-{r.randint(1000, 9999)}"


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "bare": f"{v:.2f}"}[style]


def person(r: random.Random) -> tuple[str, str, str]:
    first, last = r.choice(FIRST), r.choice(LAST)
    return f"{first} {r.choice('BDGHKMSTWY')}. {last}", first, last


def claims(r: random.Random, n: int, start: dt.date, inst_first: bool = True) -> list[dict]:
    out, provs = [], r.sample(PROVIDERS, n)
    day = start
    for i in range(n):
        inst = inst_first and i == 0
        span = r.randint(2, 5) if inst else (r.choice([0, 0, 0, 14]) if i else 0)
        frm = day
        to = frm + dt.timedelta(days=span)
        charges = round(r.randint(2400, 38000) + r.randint(0, 99) / 100, 2) if inst else \
            round(r.randint(160, 2900) + r.choice([0, 0.5, r.randint(1, 99) / 100]), 2)
        paid = round(charges * r.uniform(0.18, 0.42), 2)
        out.append(dict(icn=d2(r, "9999999999999" if not inst else "99999999999999"), prov=provs[i], frm=frm,
                        to=to, charges=charges, paid=paid, cpay=paid, dx=", ".join(r.sample(DX, 2)),
                        npi=r.choice("12") + d2(r, "999999999")))
        day = to + dt.timedelta(days=r.randint(3, 24))
    return out


def span_iso(c: dict) -> str:
    return c["frm"].isoformat() if c["frm"] == c["to"] else f"{c['frm'].isoformat()}/{c['to'].isoformat()}"


def facts(seed: int, kind: str, ds: str, lab: int, ncl: int, to_atty: bool = False) -> dict:
    r = random.Random(seed)
    dec = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 200))
    doi = dec - dt.timedelta(days=r.randint(120, 400))
    f = dict(kind=kind, ds=ds, lab=lab, dec=dec, doi=doi, member=person(r), mbi=mbi(r),
             case=d2(r, "19999999999"), recovery=d2(r, "SRP-99-999999"), mek_id=d2(r, "MK9999999-01"),
             street=f"{r.randint(40, 9800)} {r.choice(STREETS)}", town="{}, {} {}".format(*r.choice(TOWNS)),
             ph=f"1-555-{r.randint(210, 980)}-{r.randint(1000, 9999)}", fax=phone(r), to_atty=to_atty,
             atty=r.choice(ATTYS), ins_type=r.choice(["Liability", "No-Fault", "Workers' Compensation"]),
             dob=dt.date(r.randint(1936, 1958), r.randint(1, 12), r.randint(1, 28)),
             received=dec - dt.timedelta(days=r.randint(8, 30)))
    f["ins_type"] = {"cpl": "Liability", "cpn": "No-Fault"}.get(kind, f["ins_type"])
    f["claims"] = claims(r, ncl, doi + dt.timedelta(days=r.randint(0, 3)), inst_first=(ncl > 1 or r.random() < .5))
    if kind in ("mac_ghp", "msn_nofault", "ma_pip"):
        f["claims"] = claims(r, ncl, dec - dt.timedelta(days=r.randint(40, 80)), inst_first=False)
    f["other_ins"] = r.choice(["Tigray Mutual Insurance Company", "Afar Casualty & Auto Insurance Co.",
                               "Ogaden General Insurance"])
    f["other_pol"] = d2(r, "PA-9999999-99")
    f["employer"] = r.choice(["Sidamo Freight Lines", "Wollega Coffee Importers, Inc."])
    return f


def letterhead(d: Doc, f: dict, who: str) -> None:
    if who == BCRC:
        d.text_line("Medicare", 22, "B")
        d.text_line("Medicare Secondary Payer Recovery", 9.5)
        d.text_line(BCRC, 12, "B")
        d.text_line("PO Box 138830  ·  Gondar Springs, OK 73151  ·  " + f["ph"] + "  (TTY/TDD 1-555-486-2048)", 8.5)
        d.rule(0.6, 3)
    elif who == MAC:
        d.text_line(MAC, 13, "B")
        d.text_line("Medicare Administrative Contractor  ·  Part B  ·  Jurisdiction Q", 9)
        d.text_line("PO Box 7715, Debre Falls, KS 66870   " + f["ph"], 8.5)
        d.ln(5)
    elif who == MEK:
        d.set_fill_color(228, 228, 228)
        d.font(15, "B")
        d.cell(0, 10, "  MEKDELA HEALTH PLAN", fill=True, new_x="LMARGIN", new_y="NEXT")
        d.text_line("A Medicare Advantage plan  ·  PO Box 60412, Awasa Creek, MO 64493  ·  " + f["ph"], 8.5)
        d.ln(4)
    else:
        d.text_line(SID, 14, "B")
        d.text_line(f"Subrogation and recovery services for {MEK} (Medicare Advantage)", 9, "I")
        d.text_line("2210 Rift Valley Way, Suite 9  ·  Awasa Creek, MO 64493  ·  Tel " + f["ph"] + "  ·  Fax " +
                    f["fax"], 8.5)
        d.rule(0.3, 3)


def addressee(d: Doc, f: dict) -> None:
    if f["to_atty"]:
        lines = [f["atty"], "Attn: Medicare Secondary Payer", "480 Ambo Avenue, Suite 210", "Debre Falls, KS 66870"]
    else:
        lines = [f["member"][0], f["street"], f["town"]]
    for ln in lines:
        d.text_line(ln, 10.5)
    d.ln(4)


def kv(d: Doc, rows: list[tuple[str, str]], w: float = 58) -> None:
    for k, v in rows:
        d.font(10, "B")
        d.cell(w, 5.3, k)
        d.font(10)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


LABELS = [("Medicare Number:", "Case Identification Number:", "Date of Incident:", "Insurance Type:"),
          ("Medicare ID:", "Case ID:", "Date of Injury/Incident:", "Type of Insurance:"),
          ("MBI:", "BCRC Case Number:", "Incident Date:", "Insurance Type:")]


def summary_form(d: Doc, f: dict, title: str = "PAYMENT SUMMARY FORM") -> None:
    d.add_page()
    d.text_line(title, 12, "B", align="C")
    d.text_line(f"Beneficiary: {f['member'][0]}    Medicare ID: {f['mbi']}    Case ID: {f['case']}", 8.5,
                align="C")
    d.ln(3)
    cl = f["claims"]
    rows = [[c["icn"], c["prov"], c["frm"].strftime("%m/%d/%Y"), c["to"].strftime("%m/%d/%Y"), usd(c["charges"]),
             usd(c["paid"]), usd(c["cpay"]), c["dx"]] for c in cl]
    rows.append(["*Total", "", "", "", usd(sum(c["charges"] for c in cl)), usd(sum(c["paid"] for c in cl)),
                 usd(sum(c["cpay"] for c in cl)), ""])
    d.table(["ICN", "Provider Name", "From Date", "To Date", "Total Charges", "Reimbursed", "Conditional Pmt",
             "Diagnosis Codes"], rows, [30, 44, 18, 18, 22, 20, 22, 22], size=6.8, aligns="LLLLRRRL",
            border_head="TB")
    d.para("Claims are listed by ICN (internal control number). The Diagnosis Codes column shows the codes on each "
           "claim that Medicare associated with this case. The amounts are interim and may change.", 8)


def total_cpay(f: dict) -> float:
    return round(sum(c["cpay"] for c in f["claims"]), 2)


def total_charges(f: dict) -> float:
    return round(sum(c["charges"] for c in f["claims"]), 2)


def build_cpl(f: dict) -> bytes:
    k, ds, L = f["kind"], f["ds"], LABELS[f["lab"]]
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    who = SID if k == "ma_cpl" else BCRC
    letterhead(d, f, who)
    d.text_line(fmt_date(f["dec"], ds), 10.5)
    d.ln(3)
    addressee(d, f)
    title = {"cpl": "CONDITIONAL PAYMENT LETTER", "cpn": "CONDITIONAL PAYMENT NOTICE",
             "final": "Conditional Payment Letter - Updated Conditional Payment Amount",
             "ma_cpl": "Notice of Conditional Payments (Itemization of Lien)"}[k]
    d.text_line(title, 13, "B")
    d.ln(2)
    if k == "ma_cpl":
        kv(d, [("Member:", f["member"][0]), ("Member ID:", f["mek_id"]), ("Our file number:", f["recovery"]),
               ("Date of loss:", fmt_date(f["doi"], ds)), ("Claim type:", f["ins_type"]),
               ("Date of birth:", fmt_date(f["dob"], "slash"))])
    else:
        kv(d, [("Beneficiary:" if f["lab"] != 1 else "Beneficiary Name:", f["member"][0]), (L[0], f["mbi"]),
               (L[1], f["case"]), (L[2], fmt_date(f["doi"], ds)), (L[3], f["ins_type"])])
    cp = usd(total_cpay(f))
    if k == "cpl":
        d.para(f"Dear {f['member'][1]} {f['member'][2]}:")
        d.para(f"This letter is in response to the request for conditional payment information we received on "
               f"{fmt_date(f['received'], ds)}. Medicare paid for some of your medical care that may be related to "
               f"the incident listed above. These are called conditional payments. As of the date of this letter, "
               f"Medicare has identified {cp} in conditional payments related to this case. The enclosed Payment "
               "Summary Form lists each claim.")
        d.text_line("This is not a bill", 11, "B")
        d.para("Do not send payment now. The amount above is not final and may increase or decrease as we update "
               "the claims. When the case settles, send us the settlement information and we will issue a "
               "demand letter with the final amount Medicare must be repaid.")
        d.text_line("If you disagree with a claim on the list", 11, "B")
        d.para("If you believe any claims on the Payment Summary Form are not related to this case, you may send "
               "a dispute with an explanation and supporting documents, or use the Medicare Secondary Payer "
               "Recovery Portal. A dispute is not an appeal; appeal rights are given when a demand letter is "
               "issued.")
    elif k == "cpn":
        d.para(f"Dear {f['member'][1]} {f['member'][2]}:")
        d.para(f"{f['other_ins']} has reported to Medicare that it has accepted ongoing responsibility for medical "
               f"care related to the incident listed above (policy {f['other_pol']}). Medicare paid {cp} in "
               "conditional payments for care that may be related. The enclosed Payment Summary Form lists the "
               "claims.")
        d.text_line("What you need to do", 11, "B")
        d.para("You have 30 days from the date of this notice to tell us if any claims on the list are not related "
               "to the incident, and to send any documents that support your position. If we do not hear from "
               f"you, we will send a demand for {cp} to you and the insurer. This notice is not a demand for "
               "payment and is not an initial determination.")
    elif k == "final":
        d.para(f"Dear {f['atty']}:")
        d.para(f"You are the authorized representative of {f['member'][0]} for the case above. In response to "
               f"your request for a final conditional payment amount dated {fmt_date(f['received'], ds)}, Medicare "
               f"has updated the claims related to this case. The total conditional payment amount is now {cp}.")
        d.para("This amount is current through the date of this letter. It is not a demand. Please send the "
               "settlement date, the total settlement amount and your attorney fees and costs within 30 days of "
               "the settlement so that a demand can be issued.")
        d.para("Disputes of claims on the enclosed Payment Summary Form must be sent before the final amount is "
               "requested again. Questions? Call " + f["ph"] + ".", 9.5)
    else:
        d.para(f"Dear {f['atty']}:")
        d.para(f"{MEK} paid for medical care for its member named above that appears related to the date of loss "
               f"shown. Under the Medicare Secondary Payer rules that apply to Medicare Advantage plans, "
               f"{MEK} is entitled to recover these conditional payments from any settlement, judgment or award. "
               f"Payments to date total {cp}. Please see the itemization below.")
        d.table(["Claim no.", "Provider", "Service dates", "Billed", "Paid by plan"],
                [[c["icn"], c["prov"], c["frm"].strftime("%m/%d/%y") + ("" if c["frm"] == c["to"] else
                                                                         " - " + c["to"].strftime("%m/%d/%y")),
                  usd(c["charges"]), usd(c["paid"])] for c in f["claims"]] +
                [["*Totals", "", "", usd(total_charges(f)), usd(total_cpay(f))]],
                [36, 58, 36, 26, 26], size=8.4, aligns="LLLRR", border_head="TB")
        d.para("This itemization is not final. If you believe a listed charge is unrelated, write to us within 30 "
               "days of the date of this letter with the reason. Please notify us before any settlement is "
               f"disbursed. Refer to file number {f['recovery']} on all correspondence.")
        d.para("Sincerely,\nLien Resolution Team", 10)
        return pdf_bytes(d)
    d.para("Sincerely,\nMedicare Secondary Payer Recovery", 10)
    d.para("Enclosure: Payment Summary Form.   Paperwork Reduction Act: OMB No. 0938-0565 (informational).", 8)
    summary_form(d, f)
    return pdf_bytes(d)


def build_denial(f: dict) -> bytes:
    k, ds = f["kind"], f["ds"]
    c = f["claims"][-1] if k == "msn_nofault" else f["claims"][0]
    d = Doc("Helvetica", footer=("Page {p} of {n}" if k != "msn_nofault" else None))
    d.add_page()
    if k == "msn_nofault":
        d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B")
        d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                    8.5)
        d.rule(0.6, 3)
        kv(d, [("Name", f["member"][0]), ("Medicare Number", f["mbi"]),
               ("Dates of service", f"{fmt_date(f['claims'][0]['frm'], 'abbr')} - {fmt_date(c['to'], 'abbr')}"),
               ("Notice date", fmt_date(f["dec"], "long")),
               ("Customer Service", "1-555-633-4227 (TTY 1-555-486-2048)")], w=45)
        d.text_line("Your Claims & Costs This Period", 11, "B")
        for i, cl in enumerate(f["claims"]):
            denied = cl is c
            when = cl["frm"].strftime("%m/%d/%Y") + ("" if cl["frm"] == cl["to"] else
                                                       " - " + cl["to"].strftime("%m/%d/%Y"))
            d.text_line(f"{cl['prov']}   Claim number {cl['icn']}   Service date {when}", 9, "B")
            code = ["99284", "97110", "72148"][i % 3]
            d.table(["Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
                     "Medicare-Approved Amount", "Amount Medicare Paid", "Max You May Be Billed", "See Notes"],
                    [[f"Service ({code})", "No" if denied else "Yes", usd(cl["charges"]),
                      "$0.00" if denied else usd(round(cl["charges"] * .45, 2)),
                      "$0.00" if denied else usd(round(cl["charges"] * .36, 2)),
                      usd(cl["charges"]) if denied else usd(round(cl["charges"] * .09, 2)), "A" if denied else ""]],
                    [44, 20, 24, 24, 22, 24, 14], size=7.6, aligns="LCRRRRC", border_head="TB")
        d.text_line("Notes for Claims Above", 10, "B")
        d.para(f"A  Our records show that another insurer ({f['other_ins']}, no-fault insurance) should pay for this "
               f"service first because it is related to an accident on {fmt_date(f['doi'], 'abbr')}. Medicare "
               "denied the claim. Ask your provider to bill the no-fault insurer. If that insurer does not pay "
               "within 120 days, Medicare may pay conditionally.", 9)
        dl = f["dec"] + dt.timedelta(days=120)
        d.text_line("How to handle denied claims or file an appeal", 10, "B")
        d.para(f"If you disagree with Medicare's decision not to cover a service, you can file an appeal. Appeals "
               f"must be filed by {fmt_date(dl, 'long')}. Circle the service(s) you disagree with and explain why, "
               "sign this page and send it to the contractor at the address on the back.", 9)
        return pdf_bytes(d)
    who = MAC if k == "mac_ghp" else MEK
    letterhead(d, f, who)
    d.text_line(fmt_date(f["dec"], ds), 10.5)
    d.ln(3)
    addressee(d, f)
    if k == "mac_ghp":
        d.text_line("Medicare Cannot Pay Your Claim - Another Plan Pays First", 13, "B")
        d.ln(2)
        kv(d, [("Medicare Number:", f["mbi"]), ("Claim Number (ICN):", c["icn"]),
               ("Date(s) of Service:", fmt_date(c["frm"], ds)), ("Provider:", c["prov"]),
               ("Amount Billed:", usd(c["charges"])), ("Reason Code:", "CO-22 / MA04")], w=48)
        d.para(f"Dear {f['member'][1]} {f['member'][2]}:")
        d.para(f"We denied the claim above. Our records show that you have group health plan coverage through "
               f"{f['employer']}, the employer of your spouse, with {f['other_ins']}. When you or your spouse are "
               "still working for an employer with 20 or more employees, the group health plan pays first and "
               "Medicare pays second. The provider must send the claim to the group health plan first; after it "
               "pays, the claim can be sent to Medicare for any secondary payment.")
        d.para("If our records are wrong (for example, your spouse retired or the coverage ended), call the "
               "Benefits Coordination & Recovery Center to update them, then ask the provider to resubmit.")
        d.text_line("Your right to appeal", 11, "B")
        d.para("If you disagree with this decision, you may ask for a redetermination. Your request must be filed "
               "within 120 days of the date of this letter. Use form CMS-20027 or send a signed letter with your "
               "Medicare Number and the claim number to the address above.")
        d.para("Sincerely,\nMedicare Part B Claims", 10)
        return pdf_bytes(d)
    d.text_line("Notice of Denial of Payment", 14, "B")
    d.ln(2)
    kv(d, [("Member name", f["member"][0]), ("Member ID", f["mek_id"]), ("Claim number", c["icn"]),
           ("Date of service", fmt_date(c["frm"], ds)), ("Provider", f"{c['prov']} (NPI {c['npi']})"),
           ("Billed amount", usd(c["charges"]))], w=45)
    d.text_line("Why did we deny your payment request?", 11, "B")
    d.para(f"Your provider's claim says this care was needed because of a motor vehicle accident on "
           f"{fmt_date(f['doi'], ds)}. Your auto insurance policy with {f['other_ins']} includes personal injury "
           f"protection (no-fault) coverage. That insurance must pay first. {MEK} denied the claim; the provider "
           "should bill the auto insurer. If the auto insurer denies or exhausts its coverage, send us its "
           "explanation and we will review the claim again.")
    d.text_line("You have the right to appeal our decision", 11, "B")
    d.para("If you want to appeal, you must ask for an appeal (reconsideration) within 65 days of the date of this "
           f"notice. We can give you more time if you have a good reason. Call {f['ph']} (TTY 711), 8 a.m. to 8 p.m., "
           "seven days a week.")
    d.para("Form CMS-10003-NDMCP (modified)   OMB Approval 0938-0829", 7.5)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    if k in ("cpl", "cpn", "final", "ma_cpl"):
        cl = f["claims"]
        provs = [c["prov"] for c in cl]
        ins = SID if k == "ma_cpl" else BCRC
        alts = {"insurer": [MEK] if k == "ma_cpl" else ["Medicare", "Centers for Medicare & Medicaid Services"],
                "claim_amount": [f"{total_cpay(f):.2f}"],
                "case_numbers": [[f["recovery"] if k == "ma_cpl" else f["case"]] + [c["icn"] for c in cl]]}
        if k in ("cpn", "ma_cpl"):
            alts["appeal_deadline"] = [(f["dec"] + dt.timedelta(days=30)).isoformat()]
        unsc = ["provider"] if len(provs) > 1 else []
        return truth("other", None, "en", insurer=ins, member_id=(f["mek_id"] if k == "ma_cpl" else f["mbi"]),
                     member_name=f["member"][0], case_numbers=[f["recovery"] if k == "ma_cpl" else f["case"]],
                     claim_amount=f"{total_charges(f):.2f}", service_dates=[span_iso(c) for c in cl],
                     denial_date=f["dec"].isoformat(), provider=provs[0], alternates=alts, unscored=unsc)
    c = f["claims"][-1] if k == "msn_nofault" else f["claims"][0]
    days = {"mac_ghp": 120, "msn_nofault": 120, "ma_pip": 65}[k]
    ins = {"mac_ghp": MAC, "msn_nofault": "Medicare", "ma_pip": MEK}[k]
    alts = {"mac_ghp": {"insurer": ["Medicare"]}, "msn_nofault": {"insurer": ["Centers for Medicare & Medicaid "
                                                                              "Services"]}, "ma_pip": {}}[k]
    return truth("eob" if k == "msn_nofault" else "denial_letter", "other", "en", insurer=ins,
                 member_id=(f["mek_id"] if k == "ma_pip" else f["mbi"]), member_name=f["member"][0],
                 case_numbers=[c["icn"]], claim_amount=f"{c['charges']:.2f}", service_dates=[span_iso(c)],
                 denial_date=f["dec"].isoformat(), provider=c["prov"],
                 appeal_deadline=(f["dec"] + dt.timedelta(days=days)).isoformat(), alternates=alts)


# (suffix, condition, kind, date style, label set, claims, to attorney, separators)
PLAN = [
    ("bd_cpl_liability_three_claims", "born_digital", "cpl", "long", 0, 3, False, None),
    ("bd_mac_denial_group_health_plan_primary", "born_digital", "mac_ghp", "slash", 0, 1, False, None),
    ("scan300_cpn_no_fault_30_days", "scan_clean_300", "cpn", "abbr", 1, 2, False, None),
    ("lowres_msn_claim_denied_no_fault_primary", "scan_lowres_150", "msn_nofault", "long", 0, 2, False, None),
    ("copy_ma_plan_lien_itemization_to_attorney", "photocopy", "ma_cpl", "dmy", 0, 3, True, None),
    ("faxfine_cover_final_cpl_to_attorney", "fax_fine_g4", "final", "iso", 2, 1, True, ["cover"]),
    ("phone_ma_denial_auto_pip_primary", "phone_photo", "ma_pip", "upper", 0, 1, False, None),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, lab, ncl, atty, seps) in enumerate(PLAN):
        f = facts(141600 + i, kind, ds, lab, ncl, atty)
        pdf = build_cpl(f) if kind in ("cpl", "cpn", "final", "ma_cpl") else build_denial(f)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, make_truth(f))], separators=seps))
    return items
