"""Family 'hospice_general_inpatient_level_of_care_denial': general inpatient hospice days (revenue code 0656)
paid or certified only at the routine home care level (0651) because the records do not show pain or symptoms that
could not be managed at home; seen from Original Medicare (Part A MSN and a contractor's redetermination), a
Medicare Advantage plan, a commercial plan, a Medicaid managed care plan and the hospice itself.

Documents: a two-page Part A Medicare Summary Notice (a paid routine-care claim and a claim whose GIP days were
paid at the routine home care rate); a scanned stack of an MA plan's notice of denial of payment and the hospice's
claim summary (UB-04 style copy) behind it; the hospice's letter to the patient's daughter relaying the denial
(standard fax); a commercial plan's two-page concurrent review letter with a running header and a days table
(photocopy); a Medicare contractor's redetermination upholding the reduction, addressed to the hospice (photo); a
paid hospice EOB (nothing denied), fed sideways; a Medicaid managed care notice of adverse benefit determination in
ruled boxes with check boxes (150 dpi).

Decoys: the daughter / representative, DOB, election dates, admission dates of certified days, NPIs, provider
numbers, patient control numbers, benefit period numbers, paid claims, plan-paid and may-be-billed amounts, the
claims-processed period, QIC 180-day, 72-hour, fair-hearing and continuation limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "hospice_general_inpatient_level_of_care_denial"
LANG = "en"
SEED = 293600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HOSPICES = ["Evening Star Hospice & Palliative Care", "Willow Crossing Hospice", "Brightwater Hospice of the Plains",
            "Lamplight Hospice Services"]
RHC, GIP = 212.40, 1127.60


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(16, 14, 16), orientation="P"):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins, orientation=orientation)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"1-{r.choice(['800', '855', '877'])}-{r.digits(3)}-{r.digits(4)}"


def mbi(r: Rand) -> str:
    return f"{r.randint(1, 9)}{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(2)}"


def pt(r: Rand) -> dict:
    p, first, mid, last = r.person()
    dob = dt.date(r.randint(1931, 1956), r.randint(1, 12), r.randint(1, 28))
    gstart = dt.date(2026, 1, 10) + dt.timedelta(days=r.randint(0, 120))
    cert = r.randint(2, 3)
    gend = gstart + dt.timedelta(days=r.randint(6, 9))
    rel = f"{r.choice(['Ruth', 'Adele', 'Norma', 'Celeste', 'Bernard', 'Lionel'])} {r.choice('ABCDEFGHJKLMN')}. {last}"
    return dict(p=p, first=first, last=last, dob=dob, addr=r.address(), gstart=gstart, gend=gend,
                dstart=gstart + dt.timedelta(days=cert), elect=gstart - dt.timedelta(days=r.randint(20, 90)),
                rel=rel, npi=r.npi(), ph=ph(r))


def days(a: dt.date, b: dt.date) -> int:
    return (b - a).days + 1


# ------------------------------------------------------------------ 0: MSN Part A (born digital, 2 pages)
def doc_msn(r: Rand):
    f = pt(r)
    hos = HOSPICES[0]
    num = mbi(r)
    notice = f["gend"] + dt.timedelta(days=r.randint(30, 50))
    appeal_by = notice + dt.timedelta(days=120)
    p_from, p_to = notice - dt.timedelta(days=90), notice - dt.timedelta(days=1)
    c1, c2 = f"{r.digits(2)}{r.digits(3)}{r.digits(6)}{r.digits(3)}", f"{r.digits(2)}{r.digits(3)}{r.digits(6)}{r.digits(3)}"
    m1s = f["elect"]
    m1e = f["gstart"] - dt.timedelta(days=1)
    n1 = days(m1s, m1e)
    ch1 = round(n1 * RHC * 1.1, 2)
    cert = days(f["gstart"], f["dstart"] - dt.timedelta(days=1))
    den = days(f["dstart"], f["gend"])
    ch2 = round((cert + den) * GIP, 2)
    paid2 = round(cert * GIP + den * RHC, 2)
    d = Page("Page {p} of {n}   Medicare Summary Notice for Part A   Centers for Medicare & Medicaid Services",
             margins=(14, 12, 14))
    d.add_page()
    d.text_line("Medicare Summary Notice", 20, "B", h=9)
    d.text_line("for Part A (Hospital Insurance)", 12, h=6)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5,
                h=5)
    d.rule(1, 3)
    y = d.get_y()
    for ln in [f["p"].upper(), *[a.upper() for a in f["addr"]]]:
        d.text_line(ln, 9.6, h=5)
    d.set_y(y)
    for lab, val in [("Date of This Notice", fmt_date(notice, "long")), ("Medicare Number", num),
                     ("Claims Processed Between", f"{fmt_date(p_from, 'long')} - {fmt_date(p_to, 'long')}")]:
        d.set_x(112)
        d.font(8.4, "B")
        d.cell(0, 4.6, lab, new_x="LMARGIN", new_y="NEXT")
        d.set_x(112)
        d.font(10)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.set_fill_color(228, 228, 228)
    d.font(11, "B")
    d.cell(0, 7, "  Your Claims & Costs This Period", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.para("Did Medicare Approve All Services?  NO. Medicare did not approve some days at the level billed. Look for "
           "NO in the \"Approved?\" column on page 2 to see which days were not approved at that level.", 9.6)
    d.para(f"Total You May Be Billed: $0.00.  Providers with claims this period: {hos}.", 9.6)
    d.font(11, "B")
    d.cell(0, 7, "  Your Benefit Period", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.para(f"Hospice benefit election date: {fmt_date(m1s, 'slash')}. Hospice care has no deductible. You are in your "
           "first 90-day hospice benefit period.", 9.6)
    d.font(11, "B")
    d.cell(0, 7, "  If You Disagree", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.para(f"If you disagree with any claims decisions on this notice, you can file an appeal. Appeals must be filed "
           f"by {fmt_date(appeal_by, 'long')}. See page 2 for how to appeal.", 9.6)
    d.add_page()
    d.text_line("Your Facility Claims for Part A", 13, "B", h=7)
    for cn, nm, rows, ch, pd, note in [
        (c1, "routine", [[f"Routine home care (0651), {n1} days", fmt_date(m1s, "slash") + "-" + fmt_date(m1e, "slash"),
                          "YES", fmt_money(ch1), "$0.00", fmt_money(round(n1 * RHC, 2)), "$0.00", ""]], ch1,
         round(n1 * RHC, 2), ""),
        (c2, "gip", [[f"General inpatient care (0656), {cert} days", fmt_date(f["gstart"], "slash") + "-" +
                      fmt_date(f["dstart"] - dt.timedelta(days=1), "slash"), "YES", fmt_money(cert * GIP), "$0.00",
                      fmt_money(cert * GIP), "$0.00", ""],
                     [f"General inpatient care (0656), {den} days", fmt_date(f["dstart"], "slash") + "-" +
                      fmt_date(f["gend"], "slash"), "NO", fmt_money(den * GIP), fmt_money(den * (GIP - RHC)),
                      fmt_money(den * RHC), "$0.00", "A"]], ch2, paid2, "")]:
        d.font(9.4, "B")
        d.cell(0, 5.6, f"{hos}   Claim number {cn}", new_x="LMARGIN", new_y="NEXT")
        d.font(8.4)
        d.cell(0, 4.8, f"Provider NPI {f['npi']}   Total amount provider charged {fmt_money(ch)}   Medicare paid "
               f"{fmt_money(pd)}", new_x="LMARGIN", new_y="NEXT")
        d.table(["Service", "Dates", "Approved?", "Charged", "Non-covered", "Medicare paid", "You may be billed",
                 "See"], rows, [50, 34, 15, 19, 19, 20, 23, 8], size=7.4, aligns="LLLRRRRL", head_fill=True)
    d.text_line("Notes for Your Claims", 10, "B", h=6)
    d.para("A  Medicare paid these days at the routine home care rate. General inpatient hospice care is covered "
           "only for pain control or acute symptoms that cannot be managed in another setting. The medical records "
           "did not show this after the first days of the stay. You are not responsible for the difference.", 8.8)
    d.text_line("How to Handle Denied Claims or File an Appeal", 10, "B", h=6)
    d.para(f"Circle the item(s) you disagree with, explain why, and send this notice to: Medicare Claims "
           f"Redetermination, Heartland Medicare Services, PO Box 6708, Topeka Crossing, KS 66601. You must file "
           f"your appeal by {fmt_date(appeal_by, 'long')}. Call 1-800-MEDICARE (1-800-633-4227) for help.", 8.8)
    t = truth("denial_letter", "level_of_care", insurer="Medicare", member_id=num, member_name=f["p"],
              case_numbers=[c2], claim_amount=m2(ch2), service_dates=[iso(f["dstart"], f["gend"])],
              denial_date=iso(notice), provider=hos, appeal_deadline=iso(appeal_by),
              type_alternates=["eob"], denial_alternates=["medical_necessity"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"],
                          "claim_amount": [m2(den * GIP)]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: stack: MA denial of payment + claim summary
def doc_ma(r: Rand, f: dict):
    ins = "Crestline Senior Advantage Health Plan, Inc."
    notice = f["gend"] + dt.timedelta(days=r.randint(25, 40))
    f["notice"] = notice
    d = Page(f"H{r.digits(4)}_{r.letters(3)}{r.digits(4)}_C   Form CMS-10003-NDMCP (Exp. 12/31/2027)",
             margins=(20, 16, 20))
    d.add_page()
    d.text_line("Crestline Senior Advantage", 14, "B", h=7)
    d.text_line(f"{ins}  ·  PO Box 4421, Yuma, AZ 85364  ·  Member Services {f['ph']} (TTY 711)", 8.2, h=4.6)
    d.ln(5)
    d.text_line("Notice of Denial of Payment", 15, "B", align="C", h=8)
    d.ln(3)
    for lab, val in [("Date:", fmt_date(notice, "slash")), ("Member number:", f["mid"]), ("Name:", f["p"])]:
        d.font(10, "B")
        d.cell(36, 6, lab)
        d.font(10)
        d.cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"We have denied payment for the medical services/items listed below that you received from "
           f"{f['hos']}:", 10)
    d.para(f"General inpatient hospice care (revenue code 0656) from {fmt_date(f['dstart'], 'long')} through "
           f"{fmt_date(f['gend'], 'long')}, claim {f['claim']}, billed {fmt_money(f['den_ch'])} for those days. We "
           "paid these days at the routine home care level (revenue code 0651) instead.", 10)
    d.text_line("Why did we deny your request?", 11, "B", h=6.5)
    d.para("General inpatient hospice care is for a short stay to control pain or symptoms that cannot be managed "
           "at home. The hospice records show that your pain was controlled on oral medicine by "
           f"{fmt_date(f['dstart'], 'long')} and that you were waiting for a place in a nursing home. Care from "
           "that day on could have been given at the routine home care level. This decision was made by a "
           "physician. (Evidence of Coverage, Chapter 4, Section 2.3, Hospice care.)", 10)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6.5)
    d.para("You have the right to ask Crestline Senior Advantage to review our decision by asking for an appeal. "
           "Ask for an appeal within 65 calendar days of the date of this notice. We can give you more time if "
           "you have a good reason for missing the deadline. You do not have to pay the hospice for these days.", 10)
    d.para("A fast appeal does not apply to payment requests. If we keep our decision, your case goes to an "
           "Independent Review Entity automatically.", 9.4)
    t = truth("denial_letter", "level_of_care", insurer=ins, member_id=f["mid"], member_name=f["p"],
              case_numbers=[f["claim"]], claim_amount=m2(f["den_ch"]),
              service_dates=[iso(f["dstart"], f["gend"])], denial_date=iso(notice), provider=f["hos"],
              appeal_deadline=iso(notice + dt.timedelta(days=65)), denial_alternates=["medical_necessity"],
              alternates={"insurer": ["Crestline Senior Advantage"], "claim_amount": [m2(f["total"])]})
    return pdf_bytes(d), t


def doc_claim_summary(r: Rand, f: dict):
    printed = f["notice"] + dt.timedelta(days=r.randint(3, 9))
    pcn = f"WX{r.digits(7)}"
    d = Page(None, margins=(12, 10, 12))
    d.add_page()
    d.text_line(f["hos"], 13, "B", h=6.5)
    d.text_line("Patient Accounts  ·  9 Lantern Way, Yuma, AZ 85364  ·  " + ph(r), 8.4, h=4.5)
    d.ln(2)
    d.text_line("HOSPICE CLAIM SUMMARY  (copy of institutional claim as submitted)", 11, "B", h=6.5)
    d.boxes([("1 Provider", f["hos"], 66), ("3a Pat. cntl #", pcn, 36), ("4 Type of bill", "0822", 26),
             ("6 Statement covers period", f"{fmt_date(f['gstart'], 'slash')} - {fmt_date(f['gend'], 'slash')}", 58)])
    d.boxes([("8 Patient name", f["p"], 66), ("10 Birthdate", fmt_date(f["dob"], "slash"), 36),
             ("50 Payer", "Crestline Senior Advantage", 50), ("60 Insured's unique ID", f["mid"], 34)])
    d.boxes([("Date printed", fmt_date(printed, "slash"), 40), ("Payer claim no.", f["claim"], 50),
             ("56 NPI", f["npi"], 40), ("Claim status", "Paid at 0651 for part", 56)])
    d.ln(4)
    rows = [["0656", "General inpatient care - days certified", fmt_date(f["gstart"], "slash"), str(f["cert"]),
             fmt_money(f["cert"] * GIP, "nosign")],
            ["0656", "General inpatient care - days reduced to 0651", fmt_date(f["dstart"], "slash"), str(f["den"]),
             fmt_money(f["den_ch"], "nosign")],
            ["0657", "Physician services (attending)", fmt_date(f["gstart"], "slash"), "1", "0.00"],
            ["*0001", "Total charges", "", "", fmt_money(f["total"], "nosign")]]
    d.table(["42 Rev", "43 Description", "45 Date", "46 Units", "47 Total charges"], rows, [20, 92, 28, 18, 32],
            size=8.6, aligns="LLLRR", border_head="TB")
    d.para(f"Attending physician: Dr. Wendell H. Kessler (hospice medical director). Election date "
           f"{fmt_date(f['elect'], 'slash')}. Condition code 85 not reported. Remarks: payer paid days "
           f"{fmt_date(f['dstart'], 'slash')} - {fmt_date(f['gend'], 'slash')} at the routine home care rate; "
           "hospice will not bill the patient or family for the difference.", 8.8)
    t = truth("other", None, member_id=f["mid"], member_name=f["p"], case_numbers=[f["claim"]],
              claim_amount=m2(f["total"]), service_dates=[iso(f["gstart"], f["gend"])], denial_date=iso(printed),
              provider=f["hos"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "service_dates": [[iso(f["dstart"], f["gend"])]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = pt(r)
    f.update(hos=HOSPICES[1], mid=f"{r.digits(9)}01", claim=f"{r.digits(4)}-{r.digits(4)}-{r.digits(4)}")
    f["cert"] = days(f["gstart"], f["dstart"] - dt.timedelta(days=1))
    f["den"] = days(f["dstart"], f["gend"])
    f["den_ch"] = round(f["den"] * GIP, 2)
    f["total"] = round((f["cert"] + f["den"]) * GIP, 2)
    a = doc_ma(r, f)
    b = doc_claim_summary(r, f)
    return Item(f"{FAMILY}_scan_stack", "scan_clean_300", [a, b])


# ------------------------------------------------------------------ 2: hospice letter to the family (standard fax)
def doc_family_letter(r: Rand):
    f = pt(r)
    hos = HOSPICES[2]
    ins = "Meridian Prairie Health"
    mid = f"MPH{r.digits(8)}"
    ref = f"UM-{r.digits(7)}"
    ldate = f["gend"] + dt.timedelta(days=r.randint(8, 16))
    d = Page(None, margins=(24, 20, 24))
    d.add_page()
    d.text_line(hos, 14, "B", h=7)
    d.text_line("Family Support Office  ·  400 Old Mill Road, Lubbock, TX 79401  ·  " + f["ph"], 8.8, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(ldate, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [f["rel"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.para(f"Dear {f['rel']}:", 10)
    d.para(f"We are writing about the care your parent, {f['p']}, received in our inpatient unit. {f['first']} came to "
           f"the unit on {fmt_date(f['gstart'], 'long')} for pain that could not be controlled at home, and our team "
           "gave care there until the return home.", 10)
    d.para(f"The health plan, {ins}, reviewed the stay. On review number {ref} the plan agreed that the first days "
           f"were general inpatient care, but decided that from {fmt_date(f['dstart'], 'long')} through "
           f"{fmt_date(f['gend'], 'long')} the symptoms could have been managed at the routine home care level. "
           "The plan will pay those days at the lower routine home care rate.", 10)
    d.para("Please know that this does not change the care that was given, and you do not owe anything for the "
           "difference. Our agreement with the plan does not allow us to bill you or your parent for it. We have "
           f"asked the plan to reconsider and sent the nursing notes. The member ID with the plan is {mid}.", 10)
    d.para("If you want to file your own appeal as the patient's representative, the plan's letter to the patient explains how. Our "
           "social worker can help you with the form; call us at the number above.", 10)
    d.para(f"With sympathy and respect,\n\nTamsin Greer, RN\nClinical Manager, {hos}", 10)
    t = truth("other", None, member_id=mid, member_name=f["p"], case_numbers=[ref],
              service_dates=[iso(f["dstart"], f["gend"])], denial_date=iso(ldate), provider=hos,
              unscored=["insurer"], type_alternates=["denial_letter"], denial_alternates=["level_of_care"],
              alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: commercial concurrent review, 2 pages
def doc_concurrent(r: Rand):
    f = pt(r)
    f["p"], f["dob"] = f["p"], dt.date(r.randint(1962, 1975), r.randint(1, 12), r.randint(1, 28))
    hos = HOSPICES[3]
    ins = "Granite Bay Health Insurance Company"
    mid, grp = f"{r.letters(3)}{r.digits(6)}-01", f"{r.digits(7)}"
    ref = f"CR{r.digits(9)}"
    notice = f["dstart"] + dt.timedelta(days=r.randint(0, 1))
    dr = "Dr. Percy L. Underhill"
    d = Page("Granite Bay Health  ·  Utilization Management  ·  page {p} of {n}",
             header=f"{f['p']}  ·  Member ID {mid}  ·  Review {ref}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Granite Bay Health", 15, "B", h=7)
    d.text_line(f"{ins}  ·  Utilization Management  ·  PO Box 2090, Bangor, ME 04401", 8.6, h=4.6)
    d.text_line(f"Phone {f['ph']}  ·  UM fax {ph(r)}", 8.6, h=4.6)
    d.ln(5)
    d.text_line(f"Date of letter: {fmt_date(notice, 'dmy')}", 10, h=6)
    d.ln(2)
    for ln in [f["p"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("CONCURRENT REVIEW: HOSPICE LEVEL OF CARE", 11.5, "B", h=7)
    d.para(f"Review number {ref}. Group number {grp}. Hospice: {hos}. Attending: {dr}. Copy to the hospice.", 9.4,
           gap=4)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"{hos} asked us to approve general inpatient (GIP) hospice care in its inpatient unit starting "
           f"{fmt_date(f['gstart'], 'dmy')}. A hospice and palliative medicine physician reviewed the records.", 10)
    rows = [[fmt_date(f["gstart"], "dmy") + " to " + fmt_date(f["dstart"] - dt.timedelta(days=1), "dmy"),
             "0656 General inpatient", "Approved"],
            [fmt_date(f["dstart"], "dmy") + " to " + fmt_date(f["gend"], "dmy"), "0656 General inpatient",
             "NOT APPROVED - approved as 0651"],
            [fmt_date(f["dstart"], "dmy") + " to " + fmt_date(f["gend"], "dmy"), "0651 Routine home care",
             "Approved"]]
    d.table(["Days", "Level of care requested", "Decision"], rows, [60, 52, 58], size=9, border_head="TB")
    d.para("Why: GIP care is covered while pain or symptoms need care that cannot be given in a home setting. "
           f"By {fmt_date(f['dstart'], 'dmy')} the records show that the pain crisis had resolved on a stable "
           "oral regimen, no intravenous medicine was being adjusted, and the stay continued because of caregiver "
           "availability. Those needs can be met at the routine home care level of care (in the home, or in a "
           "facility as respite or residential care). Hospice care itself is still covered.", 10)
    d.add_page()
    d.text_line("What you can do", 11, "B", h=6.5)
    d.para("You, your representative or the hospice may appeal. Your appeal must be filed within 180 days of the "
           "date of this letter. Because this is an ongoing stay, you may ask for an expedited appeal; we will "
           "decide it within 72 hours. The hospice's physician may also ask for a peer-to-peer talk within 2 "
           "business days.", 10)
    d.para("If we keep our decision after appeal, you may ask for an independent external review within 4 months "
           "of our final decision. You may ask for free copies of the clinical criteria (Granite Bay guideline "
           "UM-HSP-07) and of your case file.", 10)
    d.para(f"Member date of birth on file: {fmt_date(f['dob'], 'dmy')}. Hospice NPI {f['npi']}.", 8.8)
    d.para("Utilization Management\nGranite Bay Health", 10)
    t = truth("denial_letter", "level_of_care", insurer=ins, group_number=grp, member_id=mid, member_name=f["p"],
              case_numbers=[ref], service_dates=[iso(f["dstart"], f["gend"])], denial_date=iso(notice),
              provider=hos, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["medical_necessity"],
              alternates={"provider": ["Percy L. Underhill"], "insurer": ["Granite Bay Health"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: MAC redetermination upheld (phone photo)
def doc_redetermination(r: Rand):
    f = pt(r)
    hos = HOSPICES[0]
    mac = "Heartland Medicare Services, LLC"
    num = mbi(r)
    icn = f"{r.digits(13)}"
    appeal = f"R{r.digits(2)}-{r.digits(6)}"
    recv = f["gend"] + dt.timedelta(days=r.randint(70, 100))
    notice = recv + dt.timedelta(days=r.randint(35, 55))
    den = days(f["dstart"], f["gend"])
    ch = round(days(f["gstart"], f["gend"]) * GIP, 2)
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line(mac, 13.5, "B", h=7)
    d.text_line("Medicare Administrative Contractor  ·  Part A Redeterminations  ·  PO Box 6708, Topeka Crossing, KS 66601",
                8.2, h=4.6)
    d.ln(5)
    d.text_line(fmt_date(notice, "abbr"), 10, h=6)
    d.ln(1)
    for ln in [hos, "Attn: Billing Manager", "5120 Harbor View Road", "Bellingham, WA 98225"]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("MEDICARE REDETERMINATION NOTICE", 12, "B", h=7)
    d.table(["Beneficiary", "Medicare number", "Claim (ICN)", "Appeal number", "Billed"],
            [[f["p"], num, icn, appeal, fmt_money(ch)]], [42, 34, 36, 26, 24], size=8.6, border_head="TB")
    d.para(f"Dear Provider: we received your request for redetermination on {fmt_date(recv, 'abbr')}. You asked us "
           f"to pay general inpatient hospice care (revenue code 0656) for {f['p']} from {fmt_date(f['dstart'], 'abbr')} "
           f"through {fmt_date(f['gend'], 'abbr')} ({den} days), which were paid at the routine home care rate.", 10)
    d.text_line("Decision: UNFAVORABLE", 11, "B", h=6.5)
    d.para("The initial determination is upheld. Under 42 CFR 418.302(b)(4), general inpatient care is for pain "
           "control or acute or chronic symptom management that cannot be managed in other settings. The nursing "
           "notes for these days show stable vital signs, pain scores of 2 of 10 or less on scheduled oral "
           "medicine, and no change in the plan of care. The documentation does not support the general inpatient "
           "level of care for these days.", 10)
    d.text_line("If you disagree", 11, "B", h=6.5)
    d.para("You may ask a Qualified Independent Contractor for a reconsideration. You must file it within 180 days "
           "of receiving this letter. Beneficiary liability: the beneficiary is not liable for the difference.", 10)
    d.para(f"Hospice NPI {f['npi']}.  Beneficiary DOB {fmt_date(f['dob'], 'slash')}.", 8.6)
    t = truth("denial_letter", "level_of_care", insurer=mac, member_id=num, member_name=f["p"],
              case_numbers=[icn, appeal], claim_amount=m2(ch), service_dates=[iso(f["dstart"], f["gend"])],
              denial_date=iso(notice), provider=hos, denial_alternates=["medical_necessity"],
              alternates={"case_numbers": [[appeal]], "insurer": ["Medicare"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: paid hospice EOB (rotated)
def doc_paid(r: Rand):
    f = pt(r)
    hos = HOSPICES[3]
    ins = "Blue Heron Mutual Insurance Company"
    mid, grp = f"BH{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"{r.digits(5)}-{r.letters(1)}"
    claim = f"{r.digits(12)}"
    issued = f["gend"] + dt.timedelta(days=r.randint(20, 30))
    cert = days(f["gstart"], f["gend"])
    rh_s = f["gend"] + dt.timedelta(days=1)
    rh_e = rh_s + dt.timedelta(days=r.randint(8, 14))
    nr = days(rh_s, rh_e)
    ll = [("0656", "General inpatient care", f"{fmt_date(f['gstart'], 'mdy_nopad')}-{fmt_date(f['gend'], 'mdy_nopad')}",
           cert, round(cert * GIP * 1.05, 2)),
          ("0651", "Routine home care", f"{fmt_date(rh_s, 'mdy_nopad')}-{fmt_date(rh_e, 'mdy_nopad')}", nr,
           round(nr * RHC * 1.05, 2))]
    billed = sum(x[4] for x in ll)
    d = Page("Blue Heron Mutual  ·  Explanation of Benefits  ·  {p}/{n}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Blue Heron Mutual", 16, "B", h=8)
    d.text_line(f"{ins}  ·  PO Box 8800, Macon, GA 31201  ·  {f['ph']}", 8.4, h=4.6)
    d.rule(0.6, 3)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 11.5, "B", h=7)
    d.boxes([("Processed on", fmt_date(issued, "mdy_nopad"), 34), ("Member", f["p"], 50), ("Member ID", mid, 38),
             ("Group", grp, 26), ("Claim #", claim, 36)], h=12)
    d.boxes([("Provider", hos, 80), ("In network", "Yes", 26), ("Hospice election", fmt_date(f["elect"], "mdy_nopad"),
             40), ("Provider NPI", f["npi"], 38)], h=12)
    d.ln(4)
    rows = [[c, desc, dates, str(n), fmt_money(b, "usd"), fmt_money(round(b * 0.9, 2), "usd"),
             fmt_money(round(b * 0.9, 2), "usd"), "USD 0.00"] for c, desc, dates, n, b in ll]
    rows.append(["*Total", "", "", "", fmt_money(billed, "usd"), fmt_money(round(billed * 0.9, 2), "usd"),
                 fmt_money(round(billed * 0.9, 2), "usd"), "USD 0.00"])
    d.table(["Rev", "Service", "Dates", "Days", "Billed", "Allowed", "Paid", "You owe"], rows,
            [12, 40, 40, 10, 24, 24, 24, 14], size=7.8, aligns="LLLRRRRR", head_fill=True)
    d.para("Hospice care is covered at 100% with no cost sharing when you have elected the hospice benefit. "
           "General inpatient days were certified by Utilization Management (authorization on file).", 9)
    d.para("Questions? Call Member Services. If you disagree with how we processed this claim, you may appeal within "
           "180 days after you receive this statement.", 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["p"], case_numbers=[claim],
              claim_amount=m2(billed), service_dates=[iso(f["gstart"], f["gend"]), iso(rh_s, rh_e)],
              denial_date=iso(issued), provider=hos, type_alternates=["other"],
              alternates={"service_dates": [[iso(f["gstart"], rh_e)]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: Medicaid MCO NABD (boxes, check boxes)
def doc_medicaid(r: Rand):
    f = pt(r)
    hos = HOSPICES[1]
    ins = "Sunfield Community Health Plan"
    mid = f"{r.digits(8)}"
    nno = f"{r.digits(4)}-{r.digits(5)}"
    notice = f["dstart"] + dt.timedelta(days=r.randint(1, 2))
    d = Page("SCHP-NABD-0626  ·  Sunfield Community Health Plan, a Medicaid managed care plan", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Sunfield Community Health Plan", 14, "B", h=7)
    d.text_line(f"Medicaid Managed Care  ·  PO Box 310, Erie, PA 16501  ·  {f['ph']}", 8.6, h=4.6)
    d.ln(2)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", align="C", h=7)
    d.ln(2)
    d.boxes([("Notice date", fmt_date(notice, "long"), 46), ("Notice number", nno, 34), ("Enrollee", f["p"], 58),
             ("Medicaid ID", mid, 44)], h=12)
    d.boxes([("Provider who asked", hos, 78), ("Service", "Hospice general inpatient care (0656)", 78),
             ("Days asked", str(days(f["gstart"], f["gend"])), 26)], h=12)
    d.boxes([("Days approved (0656)", f"{fmt_date(f['gstart'], 'long')} - "
              f"{fmt_date(f['dstart'] - dt.timedelta(days=1), 'long')}", 91),
             ("Days not approved (0656)", f"{fmt_date(f['dstart'], 'long')} - {fmt_date(f['gend'], 'long')}", 91)],
            h=12)
    d.ln(4)
    d.text_line("What we decided", 10.5, "B", h=6)
    for box, txt in [("[ ]", "Denied the service"), ("[X]", "Approved fewer days or a lower level than asked"),
                     ("[ ]", "Ended or reduced a service you were getting")]:
        d.text_line(f"{box}  {txt}", 9.6, h=5.2)
    d.ln(2)
    d.para("Reason: general inpatient hospice care is for symptoms that cannot be managed at home or in another "
           "setting. The hospice's notes show your symptoms were controlled. For the days not approved, the plan "
           "covers routine home care (0651) instead. Rule: Sunfield hospice policy HSP-4 and the state Medicaid hospice manual, section 6.", 9.6)
    d.text_line("Your rights", 10.5, "B", h=6)
    d.para("You may ask for a plan appeal within 60 days from the date on this notice. If you want your hospice "
           "services to stay the same while we decide, ask within 10 days. You may ask for a fast appeal (72 hours). "
           "After the plan appeal you may ask for a State Fair Hearing within 120 days of the plan's appeal "
           "decision. You may get free copies of the documents and criteria we used.", 9.4)
    d.para(f"Enrollee DOB {fmt_date(f['dob'], 'slash')}.  Provider NPI {f['npi']}.", 8.4)
    t = truth("denial_letter", "level_of_care", insurer=ins, member_id=mid, member_name=f["p"], case_numbers=[nno],
              service_dates=[iso(f["dstart"], f["gend"])], denial_date=iso(notice), provider=hos,
              appeal_deadline=iso(notice + dt.timedelta(days=60)), denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_msn, "msn_part_a", "born_digital"),
              (2, doc_family_letter, "family_letter", "fax_standard_g4"),
              (3, doc_concurrent, "concurrent_review", "photocopy"),
              (4, doc_redetermination, "redetermination", "phone_photo"),
              (5, doc_paid, "paid_eob", "rotated"),
              (6, doc_medicaid, "medicaid_nabd", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
