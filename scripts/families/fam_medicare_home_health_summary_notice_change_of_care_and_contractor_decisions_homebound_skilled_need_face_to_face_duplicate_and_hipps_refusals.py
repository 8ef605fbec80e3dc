"""Medicare home health papers, mirrored (structure and plain wording style only) from Original Medicare's public
notices: the Medicare Summary Notice for Part A (Hospital Insurance) that lists a beneficiary's hospital and home
health claims with "Claim approved?", notes letters explained on a later page and a printed "file an appeal by"
date; the Home Health Change of Care Notice (form CMS-10280) a home health agency gives when it reduces or stops
services; and the papers of a home health and hospice Medicare Administrative Contractor (MAC) and a Qualified
Independent Contractor (QIC): an additional documentation request (ADR) review result, a redetermination notice (one
in Spanish, one fully favorable), a provider remittance advice and a claim adjustment letter. The Medicare rules
mirrored: home health is paid only for a beneficiary who is homebound and needs intermittent skilled nursing or
therapy under a plan of care, after a face-to-face encounter related to the primary reason for home care; care is
paid by 30-day periods grouped by HIPPS code; Original Medicare does not pay for a beneficiary enrolled in a
Medicare Advantage plan; a duplicate claim is refused; redeterminations are asked within 120 days, QIC
reconsiderations within 180 days, ALJ hearings within 60 days of receipt. Medicare, CMS, 1-800-MEDICARE, form
numbers CMS-10280 and CMS-20027, HCPCS G-codes and CARC / RARC codes appear as themselves; the MAC (Mullein
Government Health Services, LLC), the QIC (Chervil Appeals Review, Inc.), every agency, hospital, doctor,
beneficiary, Medicare number, ICN, appeal number, HIPPS code assignment, amount and address are invented (phones 555).

Documents (8 in 7 files):
- born_digital_msn_part_a_three_claims_side_column_second_period_note_c: a four-page MSN for Part A ("MEDICARE"
  beside the title); the claims page's table has a side column ("Your Medicare at a glance") beside it; the second
  home health period is "Claim approved? No" with notes C and D, told only on page 4 (not homebound); "File an
  appeal in writing by" a printed date.
- faxfine_stack_agency_letter_cover_hhccn_then_adr_face_to_face_page_two_sideways: a fine-fax stack of the
  agency's fax cover whose message is a letter to the patient's son ("Dear Mr. ..."), the change of care notice
  (denies nothing) and the MAC's two-page ADR review result (face-to-face encounter unrelated to the reason for home
  care; page 2 fed sideways).
- phone_es_redeterminacion_sin_necesidad_de_servicios_especializados: a photographed Spanish redetermination
  notice keeping the refusal of a period after the wound healed (no skilled need).
- scanclean_remittance_advice_nine_claims_duplicate_co18_first_on_page_two: a clean-scan two-page remittance
  advice in the monospace face; the eighth of nine claims (the first on page 2, heads repeated) pays 0.00 under
  CO 18 / N111, told only in the code glossary.
- photocopy_qic_reconsideration_medicare_advantage_enrollment: a photocopied two-page QIC reconsideration
  (unfavorable): the beneficiary had joined a Medicare Advantage plan before the period.
- rotated_redetermination_fully_favorable_homebound_supported: a fully favorable redetermination to an agency fed
  turned (denies nothing).
- lowres_claim_adjustment_hipps_functional_level_changed: a 150 dpi claim adjustment letter: the HIPPS code's
  functional impairment level not supported by the OASIS answers, the code changed and the payment reduced.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundel_famld import (ELSheet, abbr, day_long, digits, dmy_abbr, dmy_dash, elder_address, es_date, iso,
                               last_first, letter_cover, long, mbi, mbi_dashed, n2, people, phone, plus, slash,
                               tollfree, upper, usd, wday_long, ymd_slash, yy)
from public_kit import m2, out, truth

FAMILY = ("medicare_home_health_summary_notice_change_of_care_and_contractor_decisions_homebound_skilled_need_"
          "face_to_face_duplicate_and_hipps_refusals")
LANG = "en"
SEED = 355013
MEDICARE = "Medicare"
MEDICARE_ALT = ["Centers for Medicare & Medicaid Services", "CMS", "Medicare Part A"]
MAC = "Mullein Government Health Services, LLC"
MAC_ALT = ["Mullein Government Health Services", "Mullein GHS", "Mullein", "Medicare"]
QIC = "Chervil Appeals Review, Inc."
QIC_ALT = ["Chervil Appeals Review", "Chervil", "Medicare"]
MAC_LINE = "Medicare Administrative Contractor for Home Health & Hospice  \u00b7  Jurisdiction HH+H 7"
AGENCIES = {"gold": ("Goldthread Home Health Care, Inc.", "680 Cider Press Way, Lancaster, OH 43130"),
            "spice": ("Spicebush Visiting Nurse Association", "2214 Tanager St, Newark, OH 43055"),
            "fever": ("Feverfew Home Health Services", "31 Mill Race Rd, Chillicothe, OH 45601"),
            "eye": ("Eyebright Home Care", "1907 Sassafras Ln, Marion, OH 43302"),
            "sweet": ("Sweetbriar Home Health Partners", "455 Buckeye Ridge Rd, Delaware, OH 43015")}


def icn(rng):
    """A 14-digit Part A internal control number."""
    return "2" + digits(rng, 13)


def npi(rng):
    return rng.choice("12") + digits(rng, 9)


def ids(m):
    """The MBI as printed dashed; the run-together form accepted."""
    return mbi_dashed(m), {"member_id": [m]}


def mac_head(p, rng, box=None, es=False):
    right = ([f"Apartado postal 6{digits(rng, 4)}, Columbus, OH 43216", f"Servicio al cliente {tollfree(rng)}",
              f"TTY {tollfree(rng, '866')}  \u00b7  Fax {phone(rng)}"] if es else
             [f"PO Box 6{digits(rng, 4)}, Columbus, OH 43216-{digits(rng, 4)}", f"Provider contact center {tollfree(rng)}",
              f"Fax {phone(rng)}  \u00b7  Beneficiary line 1-800-MEDICARE"])
    p.spaced_brand("Mullein", "Government Health Services", MAC_LINE + "  \u00b7  under contract with CMS", right,
                   box=box)


# ------------------------------------------------------------------------------------------------------------------
def born_msn(rng):
    ben, dr_h, dr_c = people(rng, 3, sexes="FXX")
    m = mbi(rng)
    md = mbi_dashed(m)
    nd = dt.date(2026, 4, 14)
    p0, p1 = dt.date(2026, 1, 12), dt.date(2026, 4, 10)
    HOSP = "Wimbrel Valley Medical Center"
    AG, AG_ADDR = AGENCIES["spice"]
    adm, dis = dt.date(2026, 1, 6), dt.date(2026, 1, 10)
    e1a, e1b = dt.date(2026, 1, 12), dt.date(2026, 2, 10)
    e2a, e2b = dt.date(2026, 2, 11), dt.date(2026, 3, 12)
    ch, c1, c2 = icn(rng), icn(rng), icn(rng)
    by = plus(nd, 120)
    hosp_chg, hosp_paid, ded = 24618.35, 19874.22, 1736.00
    l1 = [("Skilled nursing visits (G0299)", 6, 1134.00), ("Physical therapy visits (G0151)", 8, 1496.00)]
    l2 = [("Skilled nursing visits (G0299)", 4, 756.00), ("Physical therapy visits (G0151)", 6, 1122.00),
          ("Home health aide visits (G0156)", 5, 410.00)]
    t1 = round(sum(x for *_, x in l1), 2)
    t2 = round(sum(x for *_, x in l2), 2)
    paid1 = 2211.48
    addr = elder_address(rng)
    p = ELSheet(footer="Page {n} of {nb}",
                run_hdr=f"{ben}  \u00b7  Medicare Number {md}  \u00b7  Page {{n}} of {{nb}}")
    p.set_margins(16, 13, 16)
    p.add_page()
    p.logo_title("MEDICARE", "Summary Notice", sub="for Part A (Hospital Insurance)",
                 note="The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                 logo_size=21, title_size=17, reverse=True)
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y() + 2
    p.set_xy(p.l_margin, y)
    p.f(9.8, "B")
    p.cell(0, 5, ben.upper(), new_x="LMARGIN", new_y="NEXT")
    p.f(9.8)
    for ln in addr:
        p.cell(0, 5, ln.upper(), new_x="LMARGIN", new_y="NEXT")
    bx = p.l_margin + W - 98
    yb = p.kv_box([("Notice for", ben), ("Medicare Number", md), ("Date of This Notice", long(nd)),
                   ("Claims Processed Between", f"{abbr(p0)} \u2013 {abbr(p1)}")], bx, y, 98, cap_w=44, size=8.8,
                  title=None)
    p.set_xy(p.l_margin, max(p.get_y(), yb) + 4)
    p.f(12, "B")
    p.cell(0, 6, "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.columns(
        [("Your Deductible Status", f"Your deductible is what you must pay before Medicare begins to pay. Part A "
                                    f"deductible: you have now met your {usd(ded)} deductible for inpatient hospital "
                                    f"services for the benefit period that began {long(adm)}. You don't pay a "
                                    "deductible for home health care."),
         ("Your Claims & Costs This Period", "**Did Medicare approve all services?**  NO. Medicare did not approve "
                                             "some services. See page 3 and page 4 to find out which and why."),
         ("Total You May Be Billed", f"**{usd(ded)}**  (your providers can't bill you more than this for the "
                                     "claims on this notice)")],
        [("Facilities with Claims This Period", f"{HOSP}: {abbr(adm)} \u2013 {abbr(dis)}\n{AG}: "
                                                f"{abbr(e1a)} \u2013 {abbr(e2b)}"),
         ("Be Informed!", "Medicare pays for home health care only when your doctor certifies that you need part-time "
                          "skilled nursing care or therapy and that you have trouble leaving your home. Ask your "
                          "agency to explain any change in your visits."),
         ("Open Enrollment", "Medicare's Open Enrollment is October 15 \u2013 December 7, 2026. Review your "
                             "coverage every year.")], size=9.2)
    p.add_page()
    p.heading("Making the Most of Your Medicare", 13, rule=True)
    p.flow_cols([
        "How to Check This Notice",
        "Do you recognize the name of each facility and agency? Check the dates. Did you get the services listed? "
        "Compare them with your own calendar of visits, receipts and statements from the agency.",
        "If you already paid a bill, did you pay the right amount? Check the Maximum You May Be Billed column. For "
        "example, if an agency's bill says you owe $100.00 and this notice says $0.00, call the agency first.",
        "How to Report Fraud",
        "If you think a facility or agency billed Medicare for visits you didn't get, call 1-800-MEDICARE. Keep a "
        "record of the visits you had: the date, the nurse's or therapist's name and what was done.",
        "How to Get Help with Your Questions",
        "1-800-MEDICARE. Ask for \"claims\" and have this notice with you. Your State Health Insurance Assistance "
        "Program (SHIP) gives free counseling about Medicare; call your state's SHIP at 1-877-555-" + digits(rng, 4)
        + ".",
        "Your Messages from Medicare",
        "Get a flu shot. Medicare covers one flu shot each flu season at no cost to you. Preventive visits and many "
        "screenings also cost you nothing when your provider accepts assignment.",
        "Do you need help paying your Medicare costs? If your income is limited, your state may help pay premiums, "
        "deductibles and coinsurance. Call your state's Medicaid office to learn more.",
    ], n=3, size=8.8, heads={0, 3, 5, 7})
    p.ln(2)
    p.heading("Your Part A Benefit Periods", 11)
    Wt = p.w - p.l_margin - p.r_margin
    p.wrap_table(["Benefit period began", "Hospital days used", "Days left before coinsurance", "Skilled nursing "
                  "facility days used", "Home health"],
                 [[long(adm), "4", "56", "0", "No day limits; no cost to you"]],
                 [Wt * 0.2, Wt * 0.16, Wt * 0.2, Wt * 0.2, Wt * 0.24], size=8.6)
    p.para("A benefit period ends when you haven't been in a hospital or skilled nursing facility for 60 days in a "
           "row. Home health visits don't use up benefit days.", 8.6)
    p.add_page()
    p.heading("Your Claims for Part A (Hospital Insurance)", 13, rule=True)
    p.para("Part A helps pay for inpatient hospital stays, skilled nursing facility care, hospice and home health "
           "care. The amounts shown are for each service billed; the notes letters are explained on page 4.", 8.8)
    head = ["Service provided & billing code", "Visits / days", "Amount charged", "Non-covered charges",
            "Amount Medicare paid", "Maximum you may be billed", "Notes"]
    widths = [38, 12, 16, 21, 16, 17, 11]
    aligns = ["L", "C", "R", "R", "R", "R", "C"]
    rows, bold, shade = [], set(), set()

    def hdr(lines):
        for ln in lines:
            bold.add(len(rows))
            rows.append([ln, "", "", "", "", "", ""])

    hdr([HOSP, "140 Quail Hollow Dr, Zanesville, OH 43701", f"Referred by: Dr. {dr_h}", f"Claim number {ch}",
         f"Inpatient stay {abbr(adm)} \u2013 {abbr(dis)}"])
    rows.append(["Inpatient hospital stay, 4 days", "4", n2(hosp_chg), "0.00", n2(hosp_paid), n2(ded), "A, E"])
    rows.append(["", "", "", "", "", "", ""])
    hdr([AG, AG_ADDR, f"Referred by: Dr. {dr_c}", f"Claim number {c1}",
         f"Home health period {abbr(e1a)} \u2013 {abbr(e1b)}  \u00b7  Claim approved? Yes"])
    for s, v, x in l1:
        rows.append([s, str(v), n2(x), "0.00", "", "", ""])
    shade.add(len(rows))
    rows.append(["Total for this period", "14", n2(t1), "0.00", n2(paid1), "0.00", "B"])
    rows.append(["", "", "", "", "", "", ""])
    hdr([AG, AG_ADDR, f"Referred by: Dr. {dr_c}", f"Claim number {c2}",
         f"Home health period {abbr(e2a)} \u2013 {abbr(e2b)}  \u00b7  Claim approved? No"])
    for s, v, x in l2:
        rows.append([s, str(v), n2(x), n2(x), "", "", ""])
    shade.add(len(rows))
    rows.append(["Total for this period", "15", n2(t2), n2(t2), "0.00", "0.00", "C, D"])
    p.side_table(head, rows, widths, aligns, [
        ("Medicare Number", md), ("Date of this notice", slash(nd)),
        ("Questions about a claim", "Call 1-800-MEDICARE and say \"claims\""),
        ("Part A deductible 2026", f"{usd(ded)}, met {slash(adm)}"),
        ("Home health", "No deductible and no coinsurance"),
        ("Your next notice", "About July 2026, if you get services")],
        side_w=46, side_title="Your Medicare at a glance", size=7.4, row_h=4.5, bold_rows=bold, shade_rows=shade,
        side_size=7.6)
    p.add_page()
    p.heading("Notes for Claims Above", 12, rule=True)
    p.legend("", [
        ("A", f"{usd(ded)} was applied to your inpatient deductible for the benefit period that began {long(adm)}."),
        ("B", "You don't pay a deductible or coinsurance for home health services Medicare covers."),
        ("C", "Medicare pays for home health care only when leaving your home takes a great deal of effort, or the "
              "help of another person or a device. The records sent for this period say you walked on your own "
              "with a cane and rode the bus by yourself to your volunteer job at the library twice a week, so these "
              "visits aren't covered."),
        ("D", "The agency can't bill you for these services. It didn't tell you in writing, before it gave them, that "
              "Medicare probably wouldn't pay. If you paid the agency for them, you should get a refund."),
        ("E", "This claim was sent to your Medicare supplement insurer, which may pay some of what you owe.")],
             size=8.8)
    p.ln(2)
    p.bar("How to Handle Denied Claims or File an Appeal", 10.4)
    p.para("If you disagree with a coverage or payment decision made by Medicare on this notice, you can appeal. "
           "Follow these steps:", 9.4)
    p.bullets([
        "Step 1: Circle the services or claims you disagree with on this notice.",
        "Step 2: Explain in writing why you disagree, or fill out form CMS-20027 (Medicare Redetermination "
        "Request Form). Include your name, signature, phone number and Medicare Number.",
        "Step 3: Send this notice, or a copy, and any other papers that support your appeal to the company that "
        f"handles home health claims for Medicare: {MAC}, Part A Redeterminations, PO Box 6{digits(rng, 4)}, "
        "Columbus, OH 43216.",
        f"**File an appeal in writing by {long(by)}.** If you need more time, write and explain why."], 9.2)
    p.para("Get help filing an appeal: call 1-800-MEDICARE, or ask someone you trust, such as a family member or your "
           "SHIP counselor, to act for you. You can also ask the agency for copies of your records.", 9.0)
    mid, alt = ids(m)
    t = truth("eob", "not_covered", insurer=MEDICARE, member_id=mid, member_name=ben, cases=[c2],
              claim_amount=m2(t2), service_dates=[f"{iso(e2a)}/{iso(e2b)}"], denial_date=iso(nd), provider=AG,
              appeal_deadline=iso(by),
              alternates={"insurer": MEDICARE_ALT, "service_dates": [[iso(e2a)]],
                          "provider": [f"Dr. {dr_c}", dr_c], **alt},
              denial_alternates=["eligibility", "level_of_care"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxfine_stack(rng):
    ben, son, coord, nurse, dr, rn_rev, md_rev = people(rng, 7, sexes="MMFFXFX")
    son = f"{son.split()[0]} {son.split()[1]} {ben.split()[-1]}"
    m = mbi(rng)
    md = mbi_dashed(m)
    AG, AG_ADDR = AGENCIES["gold"]
    sent = dt.date(2026, 5, 8)
    hd = dt.date(2026, 5, 7)
    eff = dt.date(2026, 5, 11)
    orders = dt.date(2026, 5, 5)
    cover = letter_cover(
        AG, [AG_ADDR, f"Phone {phone(rng, '740')}  \u00b7  Fax {phone(rng, '740')}  \u00b7  Intake and Billing"],
        [("To:", son), ("From:", f"{coord}, RN"), ("Fax:", phone(rng, "312")), ("Phone:", phone(rng, "740")),
         ("Date:", slash(sent)), ("Pages:", "4, with this one")],
        f"Dear Mr. {son.split()[-1]},",
        [f"Thank you for taking my call this morning. As I promised, I am faxing you two papers about your father's "
         f"home care so you have them for his files.",
         f"The first is the change of care notice our nurse, {nurse}, went over with your father at his visit "
         f"yesterday. Dr. {dr.split()[-1]}'s office sent new orders, and the physical therapy visits end next week. "
         "Nursing continues once a week. Your father signed the notice; this copy is for you.",
         "The second is a letter we received from Medicare's home health contractor about the visits he had in "
         "February and March. Please know that your father does not owe anything for those visits. We are "
         "gathering the doctor's notes and will ask the contractor to look at the claim again.",
         "His next nursing visit is Tuesday, May 12, in the morning. Call me any time with questions."],
        ["Warm regards,", "", f"{coord}, RN", "Intake and Billing Coordinator"],
        "CONFIDENTIAL: This fax holds health information about one of our patients. It is meant only for the "
        "person named above. If you got it by mistake, please call us and destroy every page.")
    # document 1: the change of care notice (denies nothing)
    h = ELSheet(footer=None, footer_left="Form CMS-10280")
    h.set_margins(20, 16, 20)
    h.add_page()
    h.logo_title("GOLDTHREAD", "Home Health Care, Inc.", sub=AG_ADDR + f"  \u00b7  {phone(rng, '740')}",
                 logo_size=17, title_size=13)
    h.ln(2)
    h.f(14, "B")
    h.cell(0, 8, "Home Health Change of Care Notice", align="C", new_x="LMARGIN", new_y="NEXT")
    h.ln(3)
    h.grey_tabs([("Patient's name", ben), ("Patient ID number", md), ("Date of notice", long(hd))], cap_w=40,
                size=10, cap=6.8, h=7.4)
    h.ln(2)
    h.para(f"**Effective {long(eff)}, your home health agency will reduce or stop the following home health "
           "services:**", 10.4)
    h.bullets(["Physical therapy visits, 2 times a week: STOP", "Skilled nursing visits: REDUCE from 2 times a week "
               "to 1 time a week"], 10)
    h.para("**This is because:**", 10.4)
    h.checks("", [(True, f"Your doctor changed your orders. The new orders, signed {slash(orders)}, end physical "
                         "therapy because you met your therapy goals and lower nursing visits to one a week."),
                  (False, "Our agency decided to reduce or stop the services listed above.")], size=9.6)
    h.para("**What you need to do:** If you want to keep getting the services listed above, talk to your doctor. "
           "If your doctor agrees, your doctor can change your orders. If you want these services and your doctor "
           "doesn't change the orders, you may be able to get them from another agency or pay for them yourself.",
           10)
    h.para("**Additional information:** If you have other questions, call us at the number above or call "
           "1-800-MEDICARE. This notice is not a Medicare decision; it tells you about a change our agency is making "
           "in your care.", 10)
    h.ln(4)
    y = h.get_y()
    W = h.w - h.l_margin - h.r_margin
    h.f(8.6)
    h.line_seg(h.l_margin, y + 8, h.l_margin + W * 0.6, y + 8)
    h.line_seg(h.l_margin + W * 0.7, y + 8, h.l_margin + W, y + 8)
    h.set_xy(h.l_margin, y + 9)
    h.cell(W * 0.6, 4, "Signature of patient or representative")
    h.set_xy(h.l_margin + W * 0.7, y + 9)
    h.cell(W * 0.3, 4, "Date")
    h.set_xy(h.l_margin + W * 0.72, y + 3)
    h.f(10)
    h.cell(W * 0.28, 4, f"{hd.month}/{hd.day}/{hd.year}")
    h.set_xy(h.l_margin, y + 18)
    h.f(7.2)
    h.multi_cell(W, 3.4, f"Agency use: notice given by {nurse}, RN, at the home visit. Start of care "
                         f"{slash(dt.date(2026, 2, 16))}. Record no. GT-{digits(rng, 6)}.", new_x="LMARGIN",
                 new_y="NEXT")
    mid, alt = ids(m)
    t1 = truth("other", None, insurer=MEDICARE, member_id=mid, member_name=ben, service_dates=[iso(eff)],
               denial_date=iso(hd), provider=AG,
               alternates={"insurer": [None, AG, *MEDICARE_ALT], "service_dates": [[]], **alt})
    # document 2: the contractor's ADR review result (two pages; page 2 goes through sideways)
    ld = dt.date(2026, 5, 1)
    adr = dt.date(2026, 3, 27)
    rec = dt.date(2026, 4, 14)
    sa, sb = dt.date(2026, 2, 16), dt.date(2026, 3, 17)
    f2f = dt.date(2026, 2, 9)
    ic = icn(rng)
    adr_no = f"ADR-26-{digits(rng, 7)}"
    billed = 3142.00
    d = ELSheet(footer="Page {n} of {nb}", run_hdr=f"ICN {ic}  \u00b7  {md}  \u00b7  Page {{n}} of {{nb}}")
    d.set_margins(18, 14, 18)
    d.add_page()
    mac_head(d, rng, box="MEDICAL REVIEW RESULTS")
    d.line(long(ld), 10, "B")
    d.ln(2)
    for ln in [AG, "Attn: Billing and Medical Records", *AG_ADDR.split(", ", 1)]:
        d.line(ln, 9.8)
    d.ln(3)
    d.grey_tabs([("Beneficiary", ben), ("Medicare number", md), ("ICN", ic), ("ADR letter", f"{adr_no}  (sent "
                                                                                            f"{slash(adr)})"),
                 ("Period billed", f"{slash(sa)} - {slash(sb)}"), ("Billed charges", usd(billed)),
                 ("Provider PTAN / NPI", f"36-{digits(rng, 4)}  /  {npi(rng)}"),
                 ("Records received", slash(rec))], cap_w=42, size=9, cap=6.4, h=6.4)
    d.para(f"Dear Provider: We asked for the medical records for the claim above in our letter of {long(adr)}. "
           "We received your records and reviewed them against Medicare's rules for home health services. This "
           "letter gives the result of our review.", 9.8)
    d.decision_strip("DENIED IN FULL", "Review reason code HF214")
    d.para(f"The certifying physician, Dr. {dr}, signed the plan of care for the period. The record you sent for "
           f"the face-to-face encounter is an office visit note dated {long(f2f)}. That visit was for a routine eye "
           "examination and a new glasses prescription. It does not mention the heart failure and the leg wound "
           "for which home health care was ordered, and it does not say why the patient needs skilled nursing at "
           "home.", 9.8)
    d.para("Medicare pays for a home health period only when the certifying physician documents that a "
           "face-to-face encounter related to the primary reason for home health care took place within the 90 "
           "days before or the 30 days after the start of care. No such encounter is documented, so the "
           "requirement is not met and the claim is denied.", 9.8)
    d.add_page()
    d.heading("What happens next", 11, rule=True)
    d.para("The claim will be adjusted and the denial will show on your next remittance advice. Because the agency "
           "was expected to know this requirement, the beneficiary is not liable for the denied charges; you may "
           "not bill the beneficiary for them.", 9.8)
    d.heading("If you disagree", 11)
    d.para("You may ask for a redetermination within 120 days of the date of this letter. Send form CMS-20027 or "
           f"a signed letter with the ICN and any records that show a qualifying encounter to {MAC}, Part A "
           "Redeterminations. Records sent without a request are not an appeal.", 9.8)
    d.heading("Education", 11)
    d.para("You may ask for a one-to-one education call with a nurse reviewer about face-to-face documentation. "
           f"Call our provider contact center to schedule one; calls are held on Tuesdays and Thursdays.", 9.8)
    d.two_sigs([rn_rev + ", RN", "Nurse reviewer, Medical Review"], [md_rev + ", MD", "Contractor medical director"])
    t2 = truth("denial_letter", "other", insurer=MAC, member_id=mid, member_name=ben, cases=[ic, adr_no],
               claim_amount=m2(billed), service_dates=[f"{iso(sa)}/{iso(sb)}"], denial_date=iso(ld), provider=AG,
               appeal_deadline=iso(plus(ld, 120)),
               alternates={"insurer": MAC_ALT, "case_numbers": [[ic]], "service_dates": [[iso(sa)]], **alt},
               denial_alternates=["medical_necessity", "not_covered"])
    return cover, [(out(h), t1), (out(d), t2)]


# ------------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    ben, dr, rev = people(rng, 3, es=True, sexes="FXX")
    m = mbi(rng)
    md = mbi_dashed(m)
    AG, AG_ADDR = AGENCIES["eye"]
    nd = dt.date(2026, 6, 22)
    sa, sb = dt.date(2026, 4, 6), dt.date(2026, 5, 5)
    healed = dt.date(2026, 3, 30)
    req = dt.date(2026, 5, 28)
    ic = icn(rng)
    ap = f"RD26-{digits(rng, 4)}-{digits(rng, 4)}"
    billed = 2746.00
    p = ELSheet(footer=None, footer_left=f"{MAC}  \u00b7  Aviso de Redeterminación  \u00b7  {ap}")
    p.set_margins(18, 14, 18)
    p.add_page()
    mac_head(p, rng, es=True)
    p.f(14, "B")
    p.cell(0, 7, "Aviso de Redeterminación de Medicare", new_x="LMARGIN", new_y="NEXT")
    p.f(10)
    p.cell(0, 5, es_date(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.addr_kv([ben, *elder_address(rng)],
              [("Beneficiaria", ben), ("Número de Medicare", md), ("Número de apelación", ap), ("ICN", ic),
               ("Agencia", AG), ("Período", f"{slash(sa)} al {slash(sb)}"), ("Cargos", usd(billed))],
              w=100, cap_w=36, size=8.6)
    p.para(f"Estimada {ben}:", 10)
    p.para(f"Recibimos su solicitud de redeterminación el {es_date(req)}. Usted pidió que Medicare pague las visitas "
           f"de enfermería y de asistente de salud que {AG} le dio del {es_date(sa)} al {es_date(sb)}. Un "
           "profesional que no participó en la primera decisión revisó su caso.", 9.8)
    p.decision_strip("DECISIÓN: DESFAVORABLE", "Medicare no pagará estas visitas")
    p.para(f"**Por qué:** Medicare paga la atención médica en el hogar solo si usted necesita servicios "
           "especializados de enfermería o de terapia. Según los registros de la agencia, su herida de la pierna "
           f"sanó el {es_date(healed)}. Después de esa fecha, la enfermera revisaba su presión arterial y le "
           "recordaba tomar sus medicinas, y la asistente le ayudaba a bañarse. Estos cuidados no requieren los "
           f"conocimientos de una enfermera. Su médico, Dr. {dr}, no ordenó ningún otro tratamiento.", 9.8)
    p.para("**Quién paga:** Usted recibió un aviso por escrito de la agencia antes de las visitas, así que la agencia "
           "puede cobrarle estos cargos.", 9.8)
    p.flow_cols([
        "Si no está de acuerdo, puede pedir una reconsideración a un Contratista Independiente Calificado (QIC). "
        "Debe pedirla por escrito dentro de los 180 días siguientes a la fecha de esta carta. Envíe una copia de "
        "esta carta y cualquier documento nuevo.",
        "Si necesita ayuda, llame al 1-800-MEDICARE o a su Programa Estatal de Asistencia sobre Seguros de Salud "
        "(SHIP). Puede nombrar a otra persona para que le represente.",
    ], n=2, size=9)
    p.signoff(["Atentamente,", rev, "Unidad de Redeterminaciones de la Parte A"], 9.4)
    mid, alt = ids(m)
    t = truth("denial_letter", "medical_necessity", insurer=MAC, member_id=mid, member_name=ben, cases=[ap, ic],
              claim_amount=m2(billed), service_dates=[f"{iso(sa)}/{iso(sb)}"], denial_date=iso(nd), provider=AG,
              appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": MAC_ALT, "case_numbers": [[ap], [ic]], "service_dates": [[iso(sa)]], **alt},
              denial_alternates=["not_covered"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_remit(rng):
    pts = people(rng, 9)
    AG, AG_ADDR = AGENCIES["fever"]
    rd = dt.date(2026, 6, 5)
    eft = f"EFT{digits(rng, 9)}"
    periods = [(dt.date(2026, 3, 2), dt.date(2026, 3, 31)), (dt.date(2026, 3, 9), dt.date(2026, 4, 7)),
               (dt.date(2026, 3, 16), dt.date(2026, 4, 14)), (dt.date(2026, 3, 23), dt.date(2026, 4, 21)),
               (dt.date(2026, 3, 30), dt.date(2026, 4, 28)), (dt.date(2026, 4, 1), dt.date(2026, 4, 30)),
               (dt.date(2026, 4, 3), dt.date(2026, 5, 2)), (dt.date(2026, 3, 19), dt.date(2026, 4, 17)),
               (dt.date(2026, 4, 6), dt.date(2026, 5, 5))]
    hipps = ["1FC21", "2DA11", "1HB31", "2BC11", "1FA21", "2CB21", "1DC11", "1CB21", "2GA11"]
    charges = [3318.00, 2146.50, 2874.00, 1962.00, 3055.75, 2688.00, 2203.40, 2960.00, 2411.25]
    paid = [2486.19, 1702.33, 2230.87, 1511.46, 2398.02, 2104.66, 1733.95, 0.00, 1874.90]
    DUP = 7
    rows = []
    tot_c = tot_p = 0.0
    den = None
    for i, (who, (a, b), hp, c, pd) in enumerate(zip(pts, periods, hipps, charges, paid)):
        m = mbi(rng)
        ic = icn(rng)
        pcn = f"FV{digits(rng, 6)}"
        adj = round(c - pd, 2)
        grp = "CO 18" if i == DUP else "CO 45"
        rem = "N111" if i == DUP else "MA01"
        visits = rng.randint(9, 17)
        rows.append([[last_first(who), pcn, ic, m, yy(a), yy(b), hp, n2(c),
                      n2(adj), grp, rem, n2(pd)],
                     f"{'':27}{'':11}VISITS {visits:>2}   LUPA N   OUTLIER 0.00   SEQ/PAY 0.00   PT RESP 0.00   "
                     f"REV 0023 {hp}"])
        tot_c, tot_p = tot_c + c, tot_p + pd
        if i == DUP:
            den = (who, m, ic, c, a, b)
    p = ELSheet(footer="Page {n} of {nb}",
                foot_ids=f"Remittance {rd.strftime('%m/%d/%y')}  \u00b7  {eft}  \u00b7  Payee {AG}")
    p.set_margins(12, 13, 12)
    p.add_page()
    p.logo_title("MULLEIN", "Medicare Part A Remittance Advice", sub="Home Health  \u00b7  Standard paper remittance",
                 note=f"{MAC}  \u00b7  {MAC_LINE}", logo_size=16, title_size=13)
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    p.f(9)
    for ln in [AG, "Attn: Patient Accounts", *AG_ADDR.split(", ", 1)]:
        p.set_x(p.l_margin)
        p.cell(90, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    p.kv_box([("Remittance date", slash(rd)), ("Provider number", f"36-{digits(rng, 4)}"), ("NPI", npi(rng)),
              ("EFT trace", eft), ("Paid by EFT", usd(round(tot_p, 2)))], p.l_margin + W - 84, y, 84, cap_w=34,
             size=8.4)
    p.set_y(max(p.get_y(), y + 32) + 3)
    p.f(7.6)
    p.multi_cell(W, 3.6, "Claims are listed in the order we processed them. Amounts are in dollars. GRP/RC is the "
                         "group code and claim adjustment reason code; REM is the remark code. The codes are "
                         "explained at the end of this remittance.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    head = ["PATIENT NAME", "PAT CNTL #", "ICN", "MBI", "FROM", "THRU", "HIPPS", "CHARGES", "ADJ AMT", "GRP/RC",
            "REM", "PAID"]
    widths = [26, 10, 14, 11, 8, 8, 5, -9, -8, 6, 4, -8]
    first = [x for r in rows[:DUP] for x in (r[0], r[1], None)]
    p.mono_listing(head, first, widths, size=6.2)
    p.f(7.4)
    p.cell(0, 4, "Continued on the next page.", new_x="LMARGIN", new_y="NEXT")
    p.add_page()
    p.f(9, "B")
    p.cell(0, 5, "PART A REMITTANCE (CONTINUED)", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.mono_listing(head, [x for r in rows[DUP:] for x in (r[0], r[1], None)], widths, size=6.2)
    p.mono_listing(["", "", "", "", "", "", "", "CHARGES", "ADJ AMT", "", "", "PAID"],
                   [["CLAIM TOTALS", "", "", "", "", "", "", n2(tot_c), n2(round(tot_c - tot_p, 2)), "", "",
                     n2(round(tot_p, 2))]], widths, size=6.2)
    p.f(8.6, "B")
    p.cell(0, 5, "Provider level adjustments", new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4.4, f"None this remittance. Net paid {usd(round(tot_p, 2))} by EFT to the account on file.",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.glossary("Codes used on this remittance", [
        ("CO", "Contractual obligation: the amount is the provider's responsibility, not the patient's."),
        ("45", "Charges are more than the payment allowed under the home health prospective payment system."),
        ("18", "Exact duplicate claim or service: this period was already billed and processed."),
        ("MA01", "If you do not agree with what we paid, you may ask for a redetermination (see below)."),
        ("N111", "No appeal right except on the duplicate claim issue itself; correct the original claim instead."),
        ("HIPPS", "Health Insurance Prospective Payment System code for the 30-day period.")], size=7.4)
    p.para("Redetermination requests must reach the contractor within 120 days from the date you receive this "
           "remittance advice. Do not send a new claim for a period that was already processed; ask for a "
           "reopening or correct the original claim.", 7.8)
    who, m, ic, c, a, b = den
    t = truth("eob", "other", insurer=MAC, member_id=m, member_name=who, cases=[ic], claim_amount=m2(c),
              service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(rd), provider=AG,
              alternates={"insurer": MAC_ALT, "service_dates": [[iso(a)]],
                          "appeal_deadline": [iso(plus(rd, 120)), iso(plus(rd, 125))]},
              type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_qic(rng):
    ben, dr, adj, nurse = people(rng, 4, sexes="MXXF")
    m = mbi(rng)
    md = mbi_dashed(m)
    AG, AG_ADDR = AGENCIES["sweet"]
    dd = dt.date(2026, 7, 21)
    sa, sb = dt.date(2026, 3, 3), dt.date(2026, 4, 1)
    enr = dt.date(2026, 3, 1)
    rd_date = dt.date(2026, 6, 2)
    recv = dt.date(2026, 6, 29)
    ic = icn(rng)
    qn = f"3-{digits(rng, 10)}"
    billed = 2514.00
    plan_id = f"MA{digits(rng, 9)}"
    p = ELSheet(footer="Page {n} of {nb}", footer_left=f"QIC Part A East  \u00b7  Appeal {qn}",
                run_hdr=f"{ben}  \u00b7  Appeal {qn}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_title("CHERVIL", "Medicare Reconsideration", sub="Qualified Independent Contractor  \u00b7  Part A East",
                 note=f"{QIC}  \u00b7  PO Box 4{digits(rng, 4)}, Harrisburg, PA 17105  \u00b7  {tollfree(rng, '888')}",
                 logo_size=18, title_size=14)
    p.set_line_width(0.6)
    p.line_seg(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
    p.set_line_width(0.2)
    p.ln(4)
    p.line(f"Decision date: {long(dd)}", 10, "B")
    p.ln(2)
    for ln in [ben, *elder_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.under([(qn, "Medicare appeal number"), (md, "Medicare number"), (ic, "ICN")], [W * 0.34, W * 0.3, W * 0.36])
    p.under([(AG, "Provider"), (f"{slash(sa)} to {slash(sb)}", "Dates of service"), (usd(billed), "Amount billed")],
            [W * 0.44, W * 0.32, W * 0.24])
    p.ln(2)
    p.para(f"Dear {ben}:", 10)
    p.para(f"We received your request for reconsideration on {long(recv)}. You asked us to review the decision "
           f"dated {long(rd_date)} about home health care you got from {AG}. We are an independent contractor hired "
           "by Medicare to review appeals. We looked at your file again from the start.", 9.8)
    p.decision_strip("OUR DECISION IS UNFAVORABLE", "Original Medicare will not pay")
    p.heading("Why we made this decision", 10.8)
    p.para(f"Medicare's enrollment records show that you joined Mayapple Medicare Advantage Choice (HMO), a Medicare "
           f"Advantage plan, with coverage starting {long(enr)}. The home health period on this claim began on "
           f"{long(sa)}. When you are in a Medicare Advantage plan, the plan, not Original Medicare, covers your "
           "home health care. Original Medicare cannot pay a claim for dates when you were enrolled in the plan.",
           9.8)
    p.para(f"This decision does not mean you did not need the care. Dr. {dr} ordered it and the agency's records "
           "support it. The agency may send the claim to your Medicare Advantage plan. Your plan member ID on the "
           f"enrollment record is {plan_id}.", 9.8)
    p.add_page()
    p.heading("What we reviewed", 10.8, rule=True)
    p.bullets(["The claim and the first decision by Mullein Government Health Services.",
               f"The redetermination notice dated {slash(rd_date)} and your request for reconsideration.",
               "Medicare enrollment records for your Medicare number.",
               f"The agency's plan of care and visit notes for {dmy_abbr(sa)} through {dmy_abbr(sb)}."], 9.4)
    p.heading("Who is responsible for the bill", 10.8)
    p.para("Because the agency could have checked your enrollment before it billed, you are not responsible for "
           "these charges unless your plan decides otherwise. Keep this letter.", 9.6)
    p.heading("If you disagree with this decision", 10.8)
    p.para("You may ask for a hearing before an Administrative Law Judge (ALJ) at the Office of Medicare Hearings "
           "and Appeals. You must file your request within 60 days after you receive this decision. We assume you "
           "receive it 5 days after the decision date unless you show otherwise. To get a hearing, the amount "
           "still in dispute must be at least $190.00.", 9.6)
    p.para(f"cc: {AG}, {AG_ADDR}", 8.4)
    p.two_sigs([adj, "Reconsideration professional"], [nurse + ", RN", "Clinical reviewer"])
    mid, alt = ids(m)
    t = truth("denial_letter", "eligibility", insurer=QIC, member_id=mid, member_name=ben, cases=[qn, ic],
              claim_amount=m2(billed), service_dates=[f"{iso(sa)}/{iso(sb)}"], denial_date=iso(dd), provider=AG,
              alternates={"insurer": QIC_ALT, "case_numbers": [[qn], [ic]], "service_dates": [[iso(sa)]],
                          "appeal_deadline": [iso(plus(dd, 60)), iso(plus(dd, 65))], **alt},
              denial_alternates=["not_covered", "other"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_favorable(rng):
    ben, dr, pt, rev = people(rng, 4, sexes="FXXX")
    m = mbi(rng)
    md = mbi_dashed(m)
    AG, AG_ADDR = AGENCIES["spice"]
    nd = dt.date(2026, 7, 16)
    sa, sb = dt.date(2026, 3, 24), dt.date(2026, 4, 22)
    req = dt.date(2026, 6, 11)
    ic = icn(rng)
    ap = f"RD26-{digits(rng, 4)}-{digits(rng, 4)}"
    billed = 3318.00
    p = ELSheet(footer=None, footer_left=f"Redetermination {ap}  \u00b7  mailed {slash(plus(nd, 1))}")
    p.set_margins(18, 14, 18)
    p.add_page()
    mac_head(p, rng, box="REDETERMINATION NOTICE")
    p.line(f"Date: {dmy_dash(nd)}", 10, "B")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    for ln in [AG, "Attn: Appeals Coordinator", *AG_ADDR.split(", ", 1)]:
        p.line(ln, 9.8)
    bottom = p.sidebar([("Appeal number", ap), ("ICN", ic), ("Beneficiary", ben), ("Medicare number", md),
                        ("Period", f"{slash(sa)} - {slash(sb)}"), ("Billed", n2(billed))], p.l_margin + W - 70, y,
                       70, title="About this appeal", size=8.2)
    p.set_y(max(p.get_y(), bottom) + 3)
    p.para("Dear Appeals Coordinator:", 10)
    p.para(f"We received your request for a redetermination on {long(req)} for the home health period above. Our "
           "first decision denied the claim because the records did not show that the beneficiary was homebound.",
           9.8)
    p.decision_strip("DECISION: FULLY FAVORABLE", "The claim will be paid")
    p.para(f"With the request you sent Dr. {dr}'s office note and the physical therapy evaluation by {pt}, PT. They "
           "show that the beneficiary walked only with a walker and the help of another person after her hip "
           "fracture, that leaving home took a great deal of effort, and that she left home only for medical visits. "
           "These records meet Medicare's homebound rules, and the skilled therapy and nursing visits were "
           "reasonable and necessary.", 9.8)
    p.para("We have sent the claim back for payment. You should see it on a remittance advice within 30 days. The "
           "beneficiary will get a Medicare Summary Notice that shows the new decision. You do not need to do "
           "anything else.", 9.8)
    p.signoff(["Sincerely,", rev, f"Part A Redeterminations, {MAC}"], 9.4)
    mid, alt = ids(m)
    t = truth("other", None, insurer=MAC, member_id=mid, member_name=ben, cases=[ap, ic], claim_amount=m2(billed),
              service_dates=[f"{iso(sa)}/{iso(sb)}"], denial_date=iso(nd), provider=AG,
              alternates={"insurer": MAC_ALT, "case_numbers": [[ap], [ic]], "service_dates": [[iso(sa)]], **alt})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def lowres_hipps(rng):
    ben, dr, rev = people(rng, 3, sexes="MXF")
    m = mbi(rng)
    md = mbi_dashed(m)
    AG, AG_ADDR = AGENCIES["gold"]
    nd = dt.date(2026, 6, 18)
    sa, sb = dt.date(2026, 4, 13), dt.date(2026, 5, 12)
    ic = icn(rng)
    billed = 3560.00
    was, now = 2984.36, 2412.08
    p = ELSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    mac_head(p, rng)
    p.f(12.5, "B")
    p.cell(0, 7, "Claim Review Result: Payment Adjusted", new_x="LMARGIN", new_y="NEXT")
    p.line(upper(nd), 10)
    p.ln(2)
    p.addr_pairs_right([AG, *AG_ADDR.split(", ", 1)],
                       [("Beneficiary", ben), ("MBI", md), ("ICN", ic), ("Service period", f"{yy(sa)} - {yy(sb)}"),
                        ("Total charges", f"${billed:.2f}")], split=0.46, size=9, cap_w=32)
    p.para(f"We reviewed the claim above before payment. The claim's HIPPS code sets the payment for the 30-day "
           "period. Part of the code reflects the patient's functional impairment level, which comes from the "
           "answers to the functional items of the OASIS assessment done at the start of care.", 9.6)
    W = p.w - p.l_margin - p.r_margin
    p.wrap_table(["", "HIPPS code", "Functional impairment level", "Expected payment"],
                 [["As billed", "2HC21", "High", n2(was)], ["After review", "2HA21", "Low", n2(now)]],
                 [W * 0.2, W * 0.2, W * 0.34, W * 0.26], size=9)
    p.para(f"The OASIS answers for grooming, dressing, bathing and walking in your claim say the patient needed "
           "help from another person for each task. The therapy evaluation and the nursing notes from the same week "
           "say the patient dressed and bathed on his own with a shower chair and walked 150 feet with a cane. The "
           "record supports a low functional impairment level, not a high one. We changed the HIPPS code to match "
           "the record and paid the claim at the lower rate.", 9.6)
    p.para(f"The certifying physician, Dr. {dr}, and the plan of care were not questioned in this review.", 9.6)
    p.heading("Your rights", 10.6)
    p.para("If you disagree with this decision, you may ask for a redetermination within 120 days of the date of "
           "this letter. Include the ICN and the pages of the record that support the code you billed.", 9.6)
    p.signoff([rev + ", RN", f"Medical Review Department, {MAC}"], 9.4)
    mid, alt = ids(m)
    t = truth("denial_letter", "coding_error", insurer=MAC, member_id=mid, member_name=ben, cases=[ic],
              claim_amount=m2(billed), service_dates=[f"{iso(sa)}/{iso(sb)}"], denial_date=iso(nd), provider=AG,
              appeal_deadline=iso(plus(nd, 120)),
              alternates={"insurer": MAC_ALT, "service_dates": [[iso(sa)]], **alt},
              denial_alternates=["medical_necessity"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_msn_part_a_three_claims_side_column_second_period_note_c", "born_digital",
                  [born_msn(rng)])]
    cover, docs = faxfine_stack(rng)
    items.append(Item(F + "faxfine_stack_agency_letter_cover_hhccn_then_adr_face_to_face_page_two_sideways",
                      "fax_fine_g4", docs, separators=[cover, None], turns={(1, 1): 90}))
    items += [
        Item(F + "phone_es_redeterminacion_sin_necesidad_de_servicios_especializados", "phone_photo",
             [phone_es(rng)]),
        Item(F + "scanclean_remittance_advice_nine_claims_duplicate_co18_first_on_page_two", "scan_clean_300",
             [scanclean_remit(rng)]),
        Item(F + "photocopy_qic_reconsideration_medicare_advantage_enrollment", "photocopy", [photocopy_qic(rng)]),
        Item(F + "rotated_redetermination_fully_favorable_homebound_supported", "rotated", [rotated_favorable(rng)]),
        Item(F + "lowres_claim_adjustment_hipps_functional_level_changed", "scan_lowres_150", [lowres_hipps(rng)]),
    ]
    return items
