"""Family 'wilderness_therapy_program_residential_exclusion_denial': outdoor behavioral health / wilderness therapy
programs (H2020 therapeutic behavioral services per diem, H0019 long-term behavioral health residential per diem)
for adolescents, refused because the program is not a licensed residential treatment facility, is educational or
recreational, or the teen could be treated at a lower level of care.

Documents: a two-page prose denial letter to the parent (teen is the patient); a fine-fax stack of a cover sheet,
an upheld first-level appeal (grey sidebar) and the program's invoice; a parity (MHPAEA) disclosure response; a
photocopied three-claim EOB (two outpatient claims paid, the wilderness claim denied); a phone photo of an
external review decision overturning the denial; a sideways TPA key-value claim decision (level of care); a low-res
paid EOB for family therapy. Decoys: DOB, received dates, NPIs, tax IDs, enrollment numbers, tuition deposit,
plan-paid / you-owe amounts, policy numbers, 72-hour and 4-month external review limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "wilderness_therapy_program_residential_exclusion_denial"
LANG = "en"
SEED = 299500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PROGRAMS = ["Redrock Trails Outdoor Behavioral Health", "Silver Sage Wilderness Therapy", "Highline Ascent Expeditions"]


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def base(r: Rand) -> dict:
    teen, tf, tm, tl = r.person()
    parent, pf, pm, pl = r.person()
    parent = f"{pf} {pm}. {tl}"
    start = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 120))
    days = r.randint(42, 70)
    return dict(teen=teen, tf=tf, tl=tl, parent=parent, pf=pf, addr=r.address(), start=start,
                end=start + dt.timedelta(days=days - 1), days=days, dob=dt.date(r.randint(2008, 2011), r.randint(1, 12),
                r.randint(1, 28)), npi=r.npi(), ph=r.phone(), rate=float(r.choice([595, 645, 710, 760])))


def addr_block(d: Page, name: str, addr, size=10):
    for ln in [name, *addr]:
        d.text_line(ln, size, h=size * 0.5)


# ---------------------------------------------------------------- 0: two-page prose denial letter (born digital)
def doc_letter(r: Rand):
    f = base(r)
    ins = "Cascadia Crest Health Plan"
    mid, grp, ref = f"CCH{r.digits(8)}-02", f"{r.digits(6)}", f"UM-{r.digits(4)}-{r.digits(5)}"
    prog = PROGRAMS[0]
    notice = f["start"] - dt.timedelta(days=r.randint(6, 12))
    d = Page("Cascadia Crest Health Plan  .  page {p} of {n}", header=f"{f['teen']}  .  Reference {ref}  .  continued")
    d.add_page()
    d.text_line("Cascadia Crest Health Plan", 16, "B", h=8)
    d.text_line(f"Behavioral Health Utilization Management  .  1400 Alder Street, Suite 9, Tacoma, WA 98402  .  {f['ph']}", 8.2, h=4.4)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(2)
    addr_block(d, f"Parent or guardian of {f['teen']}", f["addr"])
    d.ln(6)
    d.para(f"Dear {f['pf']} {f['tl']}:", 10.5)
    d.para(f"On {fmt_date(notice - dt.timedelta(days=4), 'long')} we received a request from {prog} to cover an "
           f"outdoor behavioral health program for your child, {f['teen']} (member number {mid}, group {grp}), "
           f"planned to begin on {fmt_date(f['start'], 'long')}. The request was for the program's daily rate under "
           "HCPCS H2020 (therapeutic behavioral services, per diem). We have reviewed this request under reference "
           f"number {ref}.", 10.5)
    d.para("We cannot approve this request. Your plan covers residential mental health treatment only when it is "
           "given in a facility licensed by the state as a residential treatment center and accredited by a "
           "recognized body. The program is a wilderness expedition that moves between field sites; it holds an "
           "outdoor youth program permit, not a residential treatment license. Your Evidence of Coverage, Section 8, "
           "excludes \"wilderness, adventure, outdoor or camp programs, and services that are primarily educational "
           "or recreational.\" This is a benefit exclusion, not a decision about whether your child needs care.", 10.5)
    d.para("Other care your plan does cover: outpatient therapy, intensive outpatient programs, partial "
           "hospitalization and licensed residential treatment centers in our network. Call us and a care manager "
           "will help you find a program.", 10.5)
    d.add_page()
    d.text_line("Your appeal rights", 12, "B", h=7)
    d.para("You, your child's provider or someone you name may appeal. You must ask for an appeal within 180 days "
           "of the date of this letter. Write to Appeals, Cascadia Crest Health Plan, PO Box 2215, Tacoma, WA 98401, "
           "or fax (555) 010-4477. If waiting could seriously harm your child's health, ask for an expedited appeal; "
           "we decide those within 72 hours.", 10.5)
    d.para("After our final decision you may ask for an independent external review within 4 months. Rules we "
           "used: Medical Policy BH-RES-207, Residential Treatment Facility Standards.", 10.5)
    d.para(f"Program NPI {f['npi']}.  Member date of birth {fmt_date(f['dob'], 'slash')}.", 9)
    d.para("Sincerely,\n\nM. Thorvaldsen, LICSW\nBehavioral Health Care Manager", 10.5)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["teen"],
              case_numbers=[ref], service_dates=[iso(f["start"])], denial_date=iso(notice), provider=prog,
              appeal_deadline=iso(notice + dt.timedelta(days=180)), alternates={"service_dates": [[]]},
              denial_alternates=["level_of_care"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: upheld appeal + program invoice
def doc_appeal(r: Rand, f: dict):
    ins = "Beaconfield Mutual Health"
    d = Page(None, margins=(62, 14, 16))
    d.add_page()
    d.set_fill_color(215, 215, 215)
    d.rect(10, 10, 46, 258, "F")
    y = 16
    for lab, val in [("Member", f["teen"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Appeal no.", f["appeal"]),
                     ("Claim no.", f["claim"]), ("Decision date", fmt_date(f["dec"], "dmy")),
                     ("Date received", fmt_date(f["dec"] - dt.timedelta(days=24), "dmy"))]:
        d.set_xy(12, y)
        d.font(7, "B")
        d.cell(42, 4, lab.upper())
        d.set_xy(12, y + 4)
        d.font(9)
        d.cell(42, 5, val)
        y += 13
    d.set_xy(62, 14)
    d.text_line("BEACONFIELD MUTUAL HEALTH", 14, "B", h=7)
    d.text_line("Appeals and Grievances  .  88 Lantern Hill Road, Concord, NH 03301", 8.4, h=4.5)
    d.ln(8)
    addr_block(d, f["parent"], f["addr"])
    d.ln(5)
    d.text_line("First-level appeal decision: denial upheld", 11.5, "B", h=7)
    d.para(f"You appealed our denial of the claim from {f['prog']} for {f['days']} days of wilderness therapy for "
           f"{f['teen']}, {fmt_date(f['start'], 'long')} through {fmt_date(f['end'], 'long')}, billed at "
           f"{fmt_money(f['total'])}. A board-certified child and adolescent psychiatrist who took no part in the "
           "first decision reviewed your appeal, the program's treatment notes and your letter.", 10)
    d.para("We are upholding the denial. The program is licensed as an outdoor youth program, not as a residential "
           "treatment facility, and your plan excludes wilderness and outdoor programs. The reviewer noted that "
           "licensed residential treatment was available in network.", 10)
    d.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months of receiving this letter. For urgent situations, an expedited external "
           "review is decided within 72 hours.", 10)
    d.para("Appeals Unit, Beaconfield Mutual Health", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["teen"], case_numbers=[f["appeal"], f["claim"]], claim_amount=m2(f["total"]),
              service_dates=[iso(f["start"], f["end"])], denial_date=iso(f["dec"]), provider=f["prog"],
              alternates={"case_numbers": [[f["appeal"]]], "service_dates": [[iso(f["start"]), iso(f["end"])]]})
    return pdf_bytes(d), t


def doc_invoice(r: Rand, f: dict):
    inv = f"INV-{r.digits(5)}"
    issued = f["dec"] + dt.timedelta(days=r.randint(5, 12))
    d = Page("Silver Sage Wilderness Therapy, LLC  .  Tax ID 8{0}-{1}".format(r.digits(1), r.digits(7)))
    d.add_page()
    d.text_line(f["prog"].upper(), 15, "B", h=7.5)
    d.text_line("Field office: 3 Juniper Flat Road, Kanab, UT 84741  .  Admissions and billing " + r.phone(), 8.4, h=4.5)
    d.rule(0.6, 4)
    d.text_line("FAMILY INVOICE", 12, "B", h=6.5)
    d.boxes([("Invoice", inv, 32), ("Invoice date", fmt_date(issued, "iso"), 34), ("Student", f["teen"], 50),
             ("Enrollment no.", f"SS-{r.digits(4)}", 30), ("Balance", fmt_money(f["total"] - 4500), 32)])
    d.ln(4)
    d.para(f"Responsible party: {f['parent']}, {', '.join(f['addr'])}.  Insurance on file: Beaconfield Mutual "
           f"Health, member {f['mid']} (claim {f['claim']} denied, appeal upheld).", 9)
    rows = [[fmt_date(f["start"], "iso") + " - " + fmt_date(f["end"], "iso"), "H2020", "Field therapy per diem",
             str(f["days"]), fmt_money(f["rate"], "nosign"), fmt_money(f["total"], "nosign")],
            ["", "", "Less enrollment deposit received", "", "", "-4,500.00"],
            ["*Balance due", "", "", "", "", fmt_money(f["total"] - 4500, "nosign")]]
    d.table(["Service period", "Code", "Description", "Days", "Rate", "Amount"], rows, [52, 16, 56, 14, 20, 22],
            size=8.6, aligns="LLLRRR", head_fill=True)
    d.para("Your insurer has upheld its denial. The balance is due within 30 days of this invoice; payment plans "
           "are available. We can provide a superbill for an external review request.", 9)
    t = truth("other", None, member_name=f["teen"], case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
              service_dates=[iso(f["start"], f["end"])], denial_date=iso(issued), provider=f["prog"],
              member_id=f["mid"], unscored=["insurer"],
              alternates={"case_numbers": [[], [inv]], "claim_amount": [m2(f["total"] - 4500)],
                          "service_dates": [[iso(f["start"]), iso(f["end"])]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(prog=PROGRAMS[1], mid=f"BMH{r.digits(9)}", grp=f"NH-{r.digits(5)}", appeal=f"AP{r.digits(7)}",
             claim=f"{r.digits(4)}-{r.digits(6)}", total=f["rate"] * f["days"])
    f["dec"] = f["end"] + dt.timedelta(days=r.randint(60, 90))
    return Item(f"{FAMILY}_fax_appeal_invoice", "fax_fine_g4", [doc_appeal(r, f), doc_invoice(r, f)],
                separators=["cover", None])


# ---------------------------------------------------------------- 2: parity disclosure response (other)
def doc_parity(r: Rand):
    f = base(r)
    ins = "Tamarack Health Insurance Company"
    mid, grp, req = f"T{r.digits(3)} {r.digits(3)} {r.digits(3)}", f"{r.digits(5)}-A", f"DR-26-{r.digits(5)}"
    dated = f["end"] + dt.timedelta(days=r.randint(40, 70))
    d = Page("Tamarack Health  -  Parity disclosure  -  {p}")
    d.add_page()
    d.text_line("TAMARACK HEALTH", 15, "B", h=7.5)
    d.text_line(f"{ins}  .  Compliance Office  .  500 Granite Way, Boise, ID 83702", 8.4, h=4.5)
    d.ln(6)
    d.text_line(fmt_date(dated, "abbr"), 10, h=6)
    addr_block(d, f["parent"], f["addr"])
    d.ln(4)
    d.para(f"Subject: Your request for plan documents under the Mental Health Parity and Addiction Equity Act\n"
           f"Member: {f['teen']}   ID: {mid}   Group: {grp}   Request no.: {req}", 10, gap=4)
    d.para(f"You asked how the plan decides whether to cover programs such as {PROGRAMS[2]}, whose claim for "
           f"services from {fmt_date(f['start'], 'long')} was denied. This letter answers your request; it is not a "
           "new claim decision and does not change the earlier decision or your appeal rights on it.", 10)
    d.table(["Limit (NQTL)", "Mental health / substance use", "Medical / surgical comparison"],
            [["Facility type", "State-licensed residential treatment center", "Licensed skilled nursing facility"],
             ["Accreditation", "Joint Commission, CARF or COA", "Joint Commission or CMS certification"],
             ["Exclusion", "Wilderness, outdoor, camp programs", "Custodial, recreational, camp programs"],
             ["Prior authorization", "Required for residential", "Required for SNF and rehab"]],
            [48, 66, 60], size=8.4, border_head="TB")
    d.para("Our analysis finds that the licensing requirement is applied in the same way to comparable "
           "medical/surgical facilities. The criteria documents listed above are enclosed. You may request the "
           "full comparative analysis at no cost by calling Member Services.", 10)
    d.para("Compliance Office, Tamarack Health Insurance Company", 10)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid.replace(" ", ""), member_name=f["teen"],
              case_numbers=[req], denial_date=iso(dated), provider=PROGRAMS[2],
              service_dates=[iso(f["start"])],
              alternates={"case_numbers": [[]], "service_dates": [[]], "provider": [None]},
              type_alternates=["denial_letter"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: three-claim EOB (photocopy)
def doc_eob(r: Rand):
    f = base(r)
    ins = "Prairie Vine Health Cooperative"
    mid, grp = f"PV-{r.digits(7)}", f"{r.digits(4)}"
    stmt = f["end"] + dt.timedelta(days=r.randint(25, 40))
    prog = PROGRAMS[2]
    c1, c2, c3 = r.digits(11), r.digits(11), r.digits(11)
    d1, d2 = f["start"] - dt.timedelta(days=r.randint(20, 30)), f["start"] - dt.timedelta(days=r.randint(5, 12))
    total = f["rate"] * f["days"]
    d = Page("Prairie Vine Health Cooperative  |  Explanation of Benefits  |  Page {p} of {n}", margins=(13, 12, 13))
    d.add_page()
    d.text_line("Prairie Vine Health Cooperative", 16, "B", h=8)
    d.text_line(f"Explanation of Benefits - This is not a bill  |  Member Services {f['ph']}", 8.6, h=4.6)
    d.ln(3)
    y = d.get_y()
    addr_block(d, f["parent"], f["addr"], 9.4)
    d.set_y(y)
    for lab, val in [("Statement date", fmt_date(stmt, "slash")), ("Subscriber", f["parent"]),
                     ("Member number", mid), ("Group", grp), ("Patient", f["teen"])]:
        d.set_x(120)
        d.font(8.8, "B")
        d.cell(32, 4.8, lab)
        d.font(8.8)
        d.cell(50, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    rows = [[c1, "Dr. Anneliese Korvath, MD", fmt_date(d1, "slash"), "90792", "385.00", "301.20", "271.08", "30.12", ""],
            [c2, "Lakeshore Family Counseling", fmt_date(d2, "slash"), "90837", "210.00", "164.00", "147.60", "16.40", ""],
            [c3, prog, fmt_date(f["start"], "slash") + "-" + fmt_date(f["end"], "slash"), "H2020 x" + str(f["days"]),
             fmt_money(total, "nosign"), "0.00", "0.00", fmt_money(total, "nosign"), "W41"]]
    d.table(["Claim", "Provider", "Dates", "Service", "Billed", "Allowed", "Paid", "You owe", "Note"], rows,
            [22, 42, 34, 18, 17, 14, 14, 17, 10], size=7.4, head_fill=True)
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("W41  Outdoor, wilderness and adventure programs are excluded under your plan. The program is not a "
           "licensed residential treatment facility; its services are primarily educational and recreational.", 8.6)
    d.para("You may appeal a denied claim within 180 days of the date of this statement. Send a letter to Prairie "
           "Vine Appeals, PO Box 771, Des Moines, IA 50306. Expedited appeals are decided within 72 hours.", 8.6)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["teen"],
              case_numbers=[c3], claim_amount=m2(total), service_dates=[iso(f["start"], f["end"])],
              denial_date=iso(stmt), provider=prog, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"service_dates": [[iso(f["start"]), iso(f["end"])]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: external review overturned (phone photo)
def doc_iro(r: Rand):
    f = base(r)
    iro = "Meridian Independent Review Associates"
    ins = "Cascadia Crest Health Plan"
    case, mid = f"IRO-{r.digits(2)}-{r.digits(4)}", f"CCH{r.digits(8)}-01"
    dec = f["end"] + dt.timedelta(days=r.randint(100, 130))
    prog = PROGRAMS[0]
    total = f["rate"] * f["days"]
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line(iro, 14, "B", h=7)
    d.text_line("Independent Review Organization certified by the Washington Office of the Insurance Commissioner", 8.4, h=4.5)
    d.ln(6)
    d.text_line("NOTICE OF EXTERNAL REVIEW DECISION", 12, "B", h=7)
    for lab, val in [("Case", case), ("Decision date", fmt_date(dec, "long")), ("Enrollee", f["teen"]),
                     ("Health plan", f"{ins}, member {mid}"), ("Provider", prog),
                     ("Service", f"H0019 residential behavioral health, {fmt_date(f['start'], 'slash')} to "
                                 f"{fmt_date(f['end'], 'slash')}"), ("Amount in dispute", fmt_money(total))]:
        d.font(9.6, "B")
        d.cell(40, 5.4, lab)
        d.font(9.6)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Decision: OVERTURNED", 11.5, "B", h=7)
    d.para("The reviewer, a psychiatrist board certified in child and adolescent psychiatry, finds that the "
           "program held a state residential treatment license for the dates in dispute (license enclosed with "
           "the request) and that residential care was medically necessary. The health plan's denial is reversed. "
           "The plan must pay the claim within 5 business days of this decision.", 10)
    d.para("This decision is binding on the health plan. Questions: call the IRO at " + r.phone() + ".", 10)
    t = truth("other", None, insurer=iro, member_id=mid, member_name=f["teen"], case_numbers=[case],
              claim_amount=m2(total), service_dates=[iso(f["start"], f["end"])], denial_date=iso(dec), provider=prog,
              alternates={"insurer": [ins], "service_dates": [[iso(f["start"]), iso(f["end"])]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: TPA key-value decision, level of care (rotated)
def doc_tpa(r: Rand):
    f = base(r)
    tpa = "Northgate Benefit Services"
    plan = "Harlan County Schools Employee Benefit Plan"
    mid, grp, claim = f"NBS{r.digits(7)}", f"HCS-{r.digits(3)}", f"{r.digits(3)}{r.letters(2)}{r.digits(6)}"
    notice = f["end"] + dt.timedelta(days=r.randint(20, 35))
    prog = "Blue Mesa Ranch Adolescent Programs"
    total = f["rate"] * f["days"]
    d = Page("Northgate Benefit Services  -  Claim decision  -  {p}")
    d.add_page()
    d.text_line("Northgate Benefit Services", 14, "B", h=7)
    d.text_line(f"Claims administrator for the {plan}", 8.6, h=4.5)
    d.rule(0.5, 4)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 11.5, "B", h=7)
    for lab, val in [("Notice date", fmt_date(notice, "dmy")), ("Patient", f["teen"]), ("Employee", f["parent"]),
                     ("ID number", mid), ("Group", grp), ("Claim", claim), ("Facility", prog),
                     ("Facility NPI", f["npi"]), ("Dates of service", f"{fmt_date(f['start'], 'dmy')} - "
                                                                     f"{fmt_date(f['end'], 'dmy')}"),
                     ("Revenue / HCPCS", "1001 / H0019 x " + str(f["days"])), ("Charges", fmt_money(total))]:
        d.font(9.4)
        d.cell(44, 5.2, lab + " ....")
        d.font(9.4, "B")
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Reason", 10, "B", h=6)
    d.para("The plan covers residential treatment when the patient cannot be safely treated at a less intensive "
           "level. The records show no safety risk, stable sleep and school attendance before admission; the "
           "patient could have been treated in an intensive outpatient program. Residential level of care is not "
           "supported (criteria: LOCUS/CALOCUS level 3).", 9.6)
    d.text_line("How to appeal", 10, "B", h=6)
    d.para(f"Appeal in writing within 180 days of the date of this notice to Northgate Benefit Services, PO Box 40, "
           f"Lexington, KY 40507. You may request the criteria used, free of charge. Patient DOB "
           f"{fmt_date(f['dob'], 'dmy')}.", 9.6)
    t = truth("denial_letter", "level_of_care", insurer=tpa, group_number=grp, member_id=mid, member_name=f["teen"],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(f["start"], f["end"])],
              denial_date=iso(notice), provider=prog, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["medical_necessity"], alternates={"insurer": [plan],
                                                                   "service_dates": [[iso(f["start"]), iso(f["end"])]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: paid EOB, family therapy (low-res)
def doc_paid(r: Rand):
    f = base(r)
    ins = "Beaconfield Mutual Health"
    mid, grp, claim = f"BMH{r.digits(9)}", f"NH-{r.digits(5)}", f"{r.digits(4)}-{r.digits(6)}"
    stmt = f["start"] + dt.timedelta(days=r.randint(20, 30))
    prov = "Granite Bay Family Therapy Group"
    dates = [f["start"] + dt.timedelta(days=7 * i) for i in range(3)]
    d = Page("BEACONFIELD MUTUAL HEALTH  EOB  {p}/{n}")
    d.add_page()
    d.text_line("BEACONFIELD MUTUAL HEALTH", 14, "B", h=7)
    d.text_line("Your claim summary  -  not a bill", 10, h=5.5)
    d.ln(2)
    d.boxes([("Date issued", fmt_date(stmt, "upper"), 34), ("Patient", f["teen"], 50), ("Member ID", mid, 42),
             ("Group", grp, 26), ("Claim", claim, 30)])
    d.boxes([("Provider", prov, 100), ("In network", "Yes", 30), ("Received", fmt_date(stmt - dt.timedelta(days=9), "upper"), 52)])
    d.ln(4)
    rows = [[fmt_date(x, "upper"), "90847", "Family psychotherapy with patient", "180.00", "142.00", "127.80", "14.20"]
            for x in dates]
    rows.append(["*Total", "", "", "540.00", "426.00", "383.40", "42.60"])
    d.table(["Date", "Code", "Service", "Billed", "Allowed", "Paid", "You owe"], rows, [28, 16, 64, 20, 20, 20, 20],
            size=8.4, aligns="LLLRRRR")
    d.para("All services on this claim were paid at the in-network level. Your share is your 10% coinsurance. If you "
           "disagree, you may appeal within 180 days after you receive this summary.", 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["teen"], case_numbers=[claim],
              claim_amount="540.00", service_dates=[iso(x) for x in dates], denial_date=iso(stmt), provider=prov,
              type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_letter, "prose_letter", "born_digital"), (2, doc_parity, "parity_response", "scan_clean_300"),
              (3, doc_eob, "three_claim_eob", "photocopy"), (4, doc_iro, "iro_overturned", "phone_photo"),
              (5, doc_tpa, "tpa_level_of_care", "rotated"), (6, doc_paid, "paid_family_eob", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
