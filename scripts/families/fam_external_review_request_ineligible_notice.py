"""Family 'external_review_request_ineligible_notice': notices from a state insurance department, the federal
(HHS-administered) external review process and an independent review organization (IRO) finding a request for
external review not eligible (invented agencies, plans, people and numbers).

After a plan's final internal denial a member may ask for an external review. The reviewer first checks
eligibility and, when the request does not qualify, sends a notice saying why: the plan is a self-funded ERISA plan
(the state has no jurisdiction), the plan's internal appeals are not exhausted, the denial was about eligibility or
a contract limit rather than medical judgment, or the request was filed more than four months after the final
internal denial. Notices show the applicant (a parent for a child), the patient, the external review case number,
the plan's claim or appeal number, the insurer or plan (a decoy: the letterhead issued the notice), the treating
provider, the date of the final internal denial (a decoy) and the notice date. One notice accepts a request and
assigns it to an IRO; one fax arrives behind a fax cover sheet.

Issuers: Wendover Department of Insurance (state seal-like centred heading), Calloway Federal Review Services, LLC
(for the HHS-administered federal external review process; ruled boxes), Thornbury Independent Review
Organization, Inc. (IRO; left label column).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "external_review_request_ineligible_notice"
LANG = "en"
WD = "Wendover Department of Insurance"
CF = "Calloway Federal Review Services, LLC"
TB = "Thornbury Independent Review Organization, Inc."
FIRST = ["Ximena", "Tadeusz", "Chidinma", "Rasmus", "Aiyana", "Kristof", "Parisa", "Deshawn", "Ottilie", "Ruairi",
         "Soraya", "Emmerich", "Nkechi", "Valentijn"]
LAST = ["Brzezinski", "Okonkwo-Reyes", "Halloran", "Tsvetkova", "Ekwueme", "Lindahl", "Moradi", "Castellucci",
        "Pennywhistle", "Yamaguchi", "Achebe-Moss", "Thorvaldsen"]
TOWNS = [("Ellery Junction", "WV", "25911"), ("Port Ansel", "WV", "26144"), ("Cobb Hollow", "WV", "24860")]
STREETS = ["Fennimore Street", "Quillan Avenue", "Rooksby Lane", "Harrier Court", "Stoddard Road"]


def person(r: random.Random, last: str | None = None) -> tuple[str, str, str]:
    first, mid = r.choice(FIRST), r.choice("ABCDEFGHJKLMNPRSTW")
    last = last or r.choice(LAST)
    return f"{first} {mid}. {last}", first, last


def dd(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def facts(seed: int, ds: str, child: bool = False) -> dict:
    r = random.Random(seed)
    name, first, last = person(r)
    app = name
    if child:
        app, first, _ = person(r, last)
    town = r.choice(TOWNS)
    dec = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 160))
    return dict(r=r, ds=ds, name=name, applicant=app, first=first, last=last, dec=dec, child=child,
                addr=(f"{r.randint(15, 9800)} {r.choice(STREETS)}", f"{town[0]}, {town[1]} {town[2]}"),
                recv=dd(dec, -r.randint(4, 12)), dob=dt.date(r.randint(1950, 2016), r.randint(1, 12), r.randint(1, 28)))


def fd(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def addr(d: Doc, f: dict) -> None:
    for ln in (f["applicant"], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(4)


REASONS = {
    "self_funded": ("Your health coverage is provided through a self-funded (self-insured) group health plan. The "
                    "plan documents show that {plan} is sponsored by your employer and paid from the employer's own "
                    "funds; {admin} only administers claims for it. Self-funded employer plans are governed by the "
                    "federal Employee Retirement Income Security Act (ERISA), and state law does not apply to them. The "
                    "Department therefore has no jurisdiction to conduct an external review of this denial. Your "
                    "plan's final internal appeal letter describes the federal external review process that applies "
                    "to your plan; you may also contact the U.S. Department of Labor, Employee Benefits Security "
                    "Administration, for help."),
    "not_exhausted": ("An external review is available only after the health carrier's internal appeal process is "
                      "exhausted. {plan} reports that your internal appeal {appeal}, filed on {filed}, is still being "
                      "reviewed, and no final adverse determination has been issued. The carrier has not waived the "
                      "internal appeal, and the expedited exception does not apply because the service has already "
                      "been provided. You may ask for an external review again after you receive the carrier's final "
                      "decision on your appeal."),
    "late": ("A request for external review must be filed within four (4) months after you receive the notice of "
             "final adverse determination. The final internal denial from {plan} is dated {final}. Your request was "
             "received on {recv}, which is more than four months later. No information was submitted to show good "
             "cause for the late filing, so the request cannot be accepted."),
    "eligibility": ("Federal external review is available for adverse benefit determinations that involve medical "
                    "judgment (such as medical necessity, appropriateness, health care setting, level of care, or "
                    "whether a treatment is experimental or investigational) or a rescission of coverage. {plan} "
                    "denied this claim because your coverage had ended on {term} for non-payment of premium. A "
                    "denial based on eligibility for coverage, which is not a rescission, does not involve medical "
                    "judgment and is not eligible for external review."),
    "limit": ("The health carrier denied the claim because the annual benefit limit of 20 visits for outpatient "
              "physical therapy under the certificate of coverage had already been used. The denial applied a "
              "contract limit; it was not based on medical necessity or any other medical judgment, and it was not "
              "a rescission. Under the state's external review law, this type of denial is not eligible for "
              "independent external review. You may contact the Wendover Department of Insurance if you believe "
              "the carrier applied the contract terms incorrectly."),
}


def reason(f: dict) -> str:
    return REASONS[f["kind"]].format(plan=f["plan"], admin=f.get("admin", ""), appeal=f["appeal"],
                                     filed=fd(f, f.get("filed", f["final"])), final=fd(f, f["final"]),
                                     recv=fd(f, f["recv"]), term=fd(f, f.get("term", f["final"])))


def wd_notice(f: dict) -> bytes:
    d = Doc("Times", footer="WDOI-ER-7 (rev. 2025)    Page {p} of {n}")
    d.add_page()
    d.set_font("Times", "B", 11)
    d.cell(0, 5.5, "STATE OF WENDOVER", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "B", 17)
    d.cell(0, 8, WD, align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 9)
    d.cell(0, 4.5, "Consumer Services Division  -  External Review Unit", align="C", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.5, f"1120 Capitol Row, Ellery Junction, WV 25901  -  Consumer Hotline {f['phone']}", align="C",
           new_x="LMARGIN", new_y="NEXT")
    d.rule(0.5, 6)
    d.text_line(fd(f, f["dec"]), 10.5)
    d.ln(3)
    addr(d, f)
    rows = [("External Review No.", f["er"]), ("Covered person", f["name"])]
    if f["child"]:
        rows.append(("Requested by", f"{f['applicant']} (parent)"))
    rows += [("Health carrier / plan", f["plan"]), ("Member ID", f["mid"]), ("Carrier appeal no.", f["appeal"]),
             ("Treating provider", f["prov"]), ("Service", f["svc"])]
    if f.get("dos"):
        rows.append(("Date of service", fd(f, f["dos"])))
    rows += [("Final internal denial dated", fd(f, f["final"]) if f["kind"] != "not_exhausted" else "none issued"),
             ("Request received", fd(f, f["recv"]))]
    d.text_line("RE:  Notice of Ineligibility for External Review", 11.5, "B")
    d.ln(1)
    for k, v in rows:
        d.set_x(d.l_margin + 10)
        d.font(10, "B")
        d.cell(56, 5.4, k + ":")
        d.font(10)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"The Department received your request for an independent external review of the decision by "
           f"{f['plan']} to deny {f['svc'].lower()} provided by {f['prov']}. Before a request is assigned to an "
           f"independent review organization, the Department must decide whether it is eligible under the Wendover "
           f"Health Carrier External Review Act. We have decided that your request is NOT eligible for external "
           f"review, for the reason below.")
    d.text_line("Reason", 11, "B")
    d.ln(1)
    d.para(reason(f))
    d.para("This decision does not decide whether the service should be covered. It means only that the Department "
           "cannot review it under state law. If you have questions, call the Consumer Hotline.")
    d.para(f"Sincerely,\n\n{f['officer']}\nExternal Review Coordinator\n{WD}")
    d.para(f"cc: {f['plan']}, Appeals Department", size=9)
    return pdf_bytes(d)


def cf_notice(f: dict) -> bytes:
    d = Doc("Helvetica", footer="Federal External Review Process  -  FER-ELIG-2  -  Page {p} of {n}")
    d.add_page()
    d.set_font("Helvetica", "B", 15)
    d.cell(0, 7, "Calloway Federal Review Services", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 8.5)
    d.cell(0, 4.2, f"{CF}  |  Federal External Review Process administered for the U.S. Department of Health and "
           "Human Services", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.2, f"PO Box 51907, Arlen Heights, VA 22391  |  Toll-free {f['phone']}  |  Fax {f['fax']}",
           new_x="LMARGIN", new_y="NEXT")
    d.rule(0.4, 5)
    addr(d, f)
    acc = f["kind"] == "accepted"
    d.text_line("Notice of Acceptance for Federal External Review" if acc else
                "Notice: Your Request Is Not Eligible for Federal External Review", 12.5, "B")
    d.ln(2)
    d.boxes([("Date of notice", fd(f, f["dec"]), 36), ("Federal external review case", f["er"], 52),
             ("Patient", f["name"], 52), ("Member ID", f["mid"], 39)])
    cells = [("Health plan / issuer", f["plan"], 79), ("Plan claim number", f["claim"], 46),
             ("Final internal denial", fd(f, f["final"]), 54)]
    d.boxes(cells)
    d.boxes([("Provider", f["prov"], 79), ("Date(s) of service", fd(f, f["dos"]), 46),
             ("Amount billed", fmt_money(f["billed"]) if f.get("billed") else "-", 54)])
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']}:")
    if acc:
        d.para(f"We received your request for external review on {fd(f, f['recv'])}. We reviewed it and found that it "
               f"is eligible: {f['plan']} denied {f['svc'].lower()} as not medically necessary, you completed the "
               f"plan's internal appeal, and you filed within four months of the final internal denial.")
        d.para(f"Your request has been assigned to an independent review organization (IRO), {f['iro']}. The IRO "
               f"will send you a letter. You may send the IRO additional information in writing within 10 business "
               f"days after you receive this notice. The IRO must give its decision within 45 days after it receives "
               f"the request.")
        d.para("This notice is not a decision on your claim. The IRO's decision will be binding on the plan, except "
               "to the extent other remedies are available under state or federal law.")
    else:
        d.para(f"We received your request for external review on {fd(f, f['recv'])}. We reviewed it and found that it "
               f"is not eligible for the federal external review process.")
        d.text_line("Why your request is not eligible", 11, "B")
        d.ln(1)
        d.para(reason(f))
        d.para("This notice does not change the plan's decision and is not a decision on the medical facts of your "
               "claim. If you believe we made a mistake, call us at the toll-free number above.")
    d.para(f"Federal External Review Team\n{CF}")
    return pdf_bytes(d)


def tb_notice(f: dict) -> bytes:
    d = Doc("Helvetica", footer=f"Thornbury IRO  -  file {f['iro_file']}")
    d.add_page()
    d.set_font("Times", "B", 16)
    d.cell(0, 7, "Thornbury", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 9.5)
    d.cell(0, 4.5, "Independent Review Organization, Inc.  -  certified by the Wendover Department of Insurance",
           new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.5, f"77 Wexcombe Plaza, Suite 410, Port Ansel, WV 26101  -  {f['phone']}", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(6)
    addr(d, f)
    d.text_line("PRELIMINARY REVIEW RESULT: REQUEST NOT ELIGIBLE", 12, "B")
    d.ln(2)
    x0, y0 = d.l_margin, d.get_y()
    rows = [("Notice date", fd(f, f["dec"])), ("State external review case", f["er"]),
            ("Enrollee (patient)", f["name"]), ("Enrollee ID", f["mid"]), ("Health carrier", f["plan"]),
            ("Carrier claim no.", f["claim"]), ("Claim amount", fmt_money(f["billed"])),
            ("Dates of service", " - ".join(fd(f, x) for x in f["dos_list"]) if len(f["dos_list"]) <= 2 else
             ", ".join(fd(f, x) for x in f["dos_list"])),
            ("Treating provider", f["prov"]), ("Carrier's final denial", fd(f, f["final"])),
            ("Request received", fd(f, f["recv"]))]
    d.set_fill_color(232, 232, 232)
    for k, v in rows:
        d.font(9, "B")
        d.cell(52, 6, " " + k, fill=True)
        d.font(9)
        d.cell(0, 6, " " + v, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"The Wendover Department of Insurance assigned your request for external review of the denial by "
           f"{f['plan']} to Thornbury Independent Review Organization. Before a clinical reviewer looks at a case, "
           f"we complete a preliminary review to confirm that the request can be reviewed. Your request cannot be "
           f"reviewed, for this reason:")
    d.para(reason(f))
    d.para("We have returned the file to the Department and closed our review. No clinical reviewer was assigned and "
           "no fee is charged to you.")
    d.para(f"{f['officer']}\nCase Intake Manager, {TB}")
    return pdf_bytes(d)


def t_ineligible(f: dict, issuer: str, den: str, cases: list[str], sdates: list[str], amount: str | None) -> dict:
    dal = [x for x in ("other", None) if x != den]
    return truth("denial_letter", den, insurer=issuer, member_id=f["mid"], member_name=f["name"], case_numbers=cases,
                 claim_amount=amount, service_dates=sdates, denial_date=iso(f["dec"]), provider=f["prov"],
                 appeal_deadline=None, type_alternates=["other"], denial_alternates=dal)


def documents(rng) -> list[Item]:
    items = []
    # 1 self-funded ERISA plan, state department, born digital
    f = facts(196600, "long")
    r = f["r"]
    f.update(kind="self_funded", plan="Quarrybrook Manufacturing Employee Health Plan",
             admin="Pinecastle Benefit Administrators", mid=f"QMP{r.randint(1000000, 9999999)}",
             er=f"ER-2026-{r.randint(1000, 9999)}", appeal=f"APL-{r.randint(100000, 999999)}",
             prov="Marlowe Ridge Orthopedic Institute", svc="Lumbar spinal fusion surgery", dos=None,
             final=dd(f["dec"], -r.randint(30, 60)), phone="1-800-555-0161", officer="Imelda K. Varga-Stroud")
    items.append(Item(f"{FAMILY}_bd_self_funded_erisa_no_state_jurisdiction", "born_digital",
                      [(wd_notice(f), t_ineligible(f, WD, "other", [f["er"], f["appeal"]], [], None))]))
    # 2 accepted, federal process, born digital
    f = facts(196601, "abbr")
    r = f["r"]
    f.update(kind="accepted", plan="Sorrelby Health Plan, Inc.", mid=f"SHP{r.randint(10**8, 10**9 - 1)}",
             er=f"FER-{r.randint(100000, 999999)}", claim=f"{r.randint(10**11, 10**12 - 1)}", appeal="",
             prov="Kingsbury Sleep and Neurology Center", svc="An attended overnight sleep study",
             dos=dd(f["dec"], -r.randint(150, 170)), billed=2840.00, final=dd(f["dec"], -r.randint(40, 70)),
             phone="1-888-555-0127", fax="1-888-555-0196", iro="Ashgrove Review Associates")
    items.append(Item(f"{FAMILY}_bd_accepted_assigned_to_iro", "born_digital",
                      [(cf_notice(f), truth("other", None, insurer=CF, member_id=f["mid"], member_name=f["name"],
                                            case_numbers=[f["er"], f["claim"]], claim_amount=m2(f["billed"]),
                                            service_dates=[iso(f["dos"])], denial_date=iso(f["dec"]),
                                            provider=f["prov"]))]))
    # 3 filed after four months, state department, scan 300 (a child; parent applies)
    f = facts(196602, "slash", child=True)
    r = f["r"]
    f.update(kind="late", plan="Greywater Mutual Health Insurance Company", mid=f"GWM-{r.randint(100000, 999999)}-02",
             er=f"ER-2026-{r.randint(1000, 9999)}", appeal=f"GA{r.randint(1000000, 9999999)}",
             prov="Dr. Anouk V. Emberley", svc="Applied behavior analysis therapy", dos=None,
             final=dd(f["dec"], -r.randint(150, 175)), phone="1-800-555-0161", officer="Imelda K. Varga-Stroud")
    items.append(Item(f"{FAMILY}_scan300_filed_after_four_months", "scan_clean_300",
                      [(wd_notice(f), t_ineligible(f, WD, "timely_filing", [f["er"], f["appeal"]], [], None))]))
    # 4 eligibility, not medical judgment, federal, 150 dpi
    f = facts(196603, "dmy")
    r = f["r"]
    f.update(kind="eligibility", plan="Fallowmere Care HMO", mid=f"FC{r.randint(10**8, 10**9 - 1)}",
             er=f"FER-{r.randint(100000, 999999)}", claim=f"{r.randint(10**11, 10**12 - 1)}", appeal="",
             prov="Dr. Tsering P. Halvorsen", svc="Outpatient knee arthroscopy", dos=dd(f["dec"], -r.randint(120, 150)),
             billed=6715.40, final=dd(f["dec"], -r.randint(30, 60)), phone="1-888-555-0127", fax="1-888-555-0196")
    f["term"] = dd(f["dos"], -r.randint(10, 25))
    items.append(Item(f"{FAMILY}_lowres_eligibility_denial_not_medical_judgment", "scan_lowres_150",
                      [(cf_notice(f), t_ineligible(f, CF, "eligibility", [f["er"], f["claim"]], [iso(f["dos"])],
                                                   m2(f["billed"])))]))
    # 5 filed after four months, IRO, photocopy
    f = facts(196604, "iso")
    r = f["r"]
    dos0 = dd(f["dec"], -r.randint(230, 260))
    f.update(kind="late", plan="Greywater Mutual Health Insurance Company", mid=f"GWM-{r.randint(100000, 999999)}-01",
             er=f"ER-2026-{r.randint(1000, 9999)}", claim=f"GC{r.randint(10**8, 10**9 - 1)}", appeal="",
             prov="Saltmarsh Cardiac Rehabilitation", dos_list=[dos0], billed=1260.00,
             final=dd(f["dec"], -r.randint(140, 170)), phone="1-877-555-0119", officer="Benedikt O. Farrow",
             iro_file=f"TIR-{r.randint(10000, 99999)}")
    items.append(Item(f"{FAMILY}_copy_iro_filed_after_four_months", "photocopy",
                      [(tb_notice(f), t_ineligible(f, TB, "timely_filing", [f["er"], f["claim"]], [iso(dos0)],
                                                   m2(f["billed"])))]))
    # 6 contract visit limit, not medical judgment, IRO, rotated
    f = facts(196605, "long")
    r = f["r"]
    d0 = dd(f["dec"], -r.randint(60, 80))
    dl = [d0, dd(d0, 3), dd(d0, 7)]
    f.update(kind="limit", plan="Sorrelby Health Plan, Inc.", mid=f"SHP{r.randint(10**8, 10**9 - 1)}",
             er=f"ER-2026-{r.randint(1000, 9999)}", claim=f"{r.randint(10**11, 10**12 - 1)}", appeal="",
             prov="Brookvale Physical Therapy Partners", dos_list=dl, billed=585.00,
             final=dd(f["dec"], -r.randint(20, 35)), phone="1-877-555-0119", officer="Benedikt O. Farrow",
             iro_file=f"TIR-{r.randint(10000, 99999)}")
    items.append(Item(f"{FAMILY}_rotated_iro_contract_visit_limit", "rotated",
                      [(tb_notice(f), t_ineligible(f, TB, "not_covered", [f["er"], f["claim"]],
                                                   [iso(x) for x in dl], m2(f["billed"])))]))
    # 7 internal appeal not exhausted, state department, fax standard behind a cover sheet
    f = facts(196606, "abbr")
    r = f["r"]
    f.update(kind="not_exhausted", plan="Fallowmere Care HMO", mid=f"FC{r.randint(10**8, 10**9 - 1)}",
             er=f"ER-2026-{r.randint(1000, 9999)}", appeal=f"FA-{r.randint(100000, 999999)}",
             prov="Dr. Ruairi T. Pennington", svc="Continuous glucose monitor supplies",
             dos=dd(f["dec"], -r.randint(40, 60)), final=dd(f["dec"], -1), phone="1-800-555-0161",
             officer="Imelda K. Varga-Stroud")
    f["filed"] = dd(f["dec"], -r.randint(15, 25))
    items.append(Item(f"{FAMILY}_faxstd_cover_internal_appeal_not_exhausted", "fax_standard_g4",
                      [(wd_notice(f), t_ineligible(f, WD, "other", [f["er"], f["appeal"]], [iso(f["dos"])], None))],
                      separators=["cover"]))
    return items
