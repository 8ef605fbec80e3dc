"""Guam Medicaid and Medically Indigent Program (MIP) notices of denial (public program, mirrored for structure only).

The Guam Department of Public Health and Social Services (Division of Public Welfare, Bureau of Health Care
Financing Administration) runs Guam Medicaid and the territory's Medically Indigent Program. Its notices deny
claims, prior authorizations and off-island referrals and tell the recipient how to ask for an administrative
hearing; providers may ask the Bureau to reconsider a claim decision. The agency and programs appear only as
themselves; every member, provider, hospital, address, phone number, ID and amount here is invented.

Documents (8 in 7 files):
- `..._bd_offisland_referral`: two-page notice denying an off-island referral (cardiac procedure in Honolulu):
  right-aligned header block, boxed "Questions?" panel, paragraphs; page 2 a tear-off hearing request form
  with the member ID and case number pre-printed (born digital).
- `..._scan300_mip_claim_form`: MIP claim denial on a form of numbered boxes (eligibility ended) (scan 300).
- `..._faxfine_eomb_table`: member explanation of Medicaid benefits, claims table with wrapped headings, three
  providers, totals row, one CT scan denied (no prior authorization), remark explained below (fax fine).
- `..._photocopy_hospital_sentences`: letter to a hospital stating everything in sentences, inpatient days
  paid at the observation level (level of care) (photocopy).
- `..._lowres_referral_approval`: approval of an off-island orthopedic referral after reconsideration, IDs in
  broken shapes (Mbr #, Auth #, a number split across a line end); denies nothing (150 dpi).
- `..._rotated_mip_dental`: MIP adult dental crown not covered, label column, dd-MON-yyyy dates (rotated).
- `..._faxstd_stack`: fax cover sheet, ambulance claim denied for timely filing (provider notice), blank
  separator, reconsideration decision upholding a wheelchair denial fed sideways (fax standard).
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from kit_rounddg_famdga import blank_lines, hline, checkbox, cut_line, fax_line, numbered_boxes, panel, right_block
from public_kit import Page, fdate, out, plus, truth

FAMILY = "guam_medicaid_and_medically_indigent_program_notice_of_denial"
LANG = "en"
SEED = 350900

AGENCY = "Department of Public Health and Social Services"
AGENCY_ALT = ["Guam Department of Public Health and Social Services",
              "Bureau of Health Care Financing Administration", "Government of Guam"]
ADDR = "P.O. Box 7311, Hagatna, Guam 96932"


def letterhead(p: Page, unit: str = "Bureau of Health Care Financing Administration", size: float = 10) -> None:
    p.line("GOVERNMENT OF GUAM", size - 1.5, "B", align="C")
    p.line("DEPARTMENT OF PUBLIC HEALTH AND SOCIAL SERVICES", size + 2, "B", align="C")
    p.line(f"Division of Public Welfare  |  {unit}", size - 1, align="C")
    p.line(f"{ADDR}  |  Tel (671) 555-0148  |  Fax (671) 555-0149", size - 2.5, align="C")
    y = p.get_y() + 1.5
    hline(p, p.l_margin, y, p.w - p.r_margin, y)
    p.ln(4)


def g1_offisland(rng) -> tuple[bytes, dict]:
    nd, planned = dt.date(2026, 2, 17), dt.date(2026, 3, 9)
    mid, case = "660 418 273", "OIR-2026-01184"
    p = Page(footer="Page {n} of {nb}", footer_left="DPHSS-BHCFA Form OIR-3 (rev. 10/2025)")
    p.add_page()
    letterhead(p)
    y0 = p.get_y()
    p.f(9.5)
    for ln in ["Joaquin T. Mendiola", "c/o Rosa M. Mendiola (authorized representative)", "218 Chalan Lemmai",
               "Dededo, GU 96929"]:
        p.cell(90, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    right_block(p, [("Notice date:", fdate(nd, "long")), ("Reference:", case), ("Member ID:", mid),
                    ("Program:", "Guam Medicaid"), ("Date of birth:", "07/22/1958")], y=y0, w=82)
    p.ln(6)
    p.heading("NOTICE OF DENIAL OF OFF-ISLAND REFERRAL", 12.5)
    x_main, w_main = p.l_margin, 112
    y = p.get_y()
    panel_x = p.l_margin + w_main + 6
    panel(p, panel_x, y, p.w - p.r_margin - panel_x, "Questions?",
          ["Call the Medicaid Off-Island Referral Unit, Monday to Friday, 8 a.m. to 5 p.m.",
           "Phone: (671) 555-0162", "Fax: (671) 555-0163", "TTY: (671) 555-0170",
           "Walk-in: 2nd floor, Suite 204, at the address above.",
           "Ask for help in Chamorro, Chuukese, Tagalog or another language at no cost."], size=8.3)
    p.set_xy(x_main, y)

    def para(t):
        p.f(9.6)
        p.set_x(x_main)
        p.multi_cell(w_main, 4.6, t, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    para(f"Dr. Marisa Q. Tenorio of Harmon Loop Cardiology asked us on January 29, 2026 to approve an off-island "
         f"referral so that you could have a cardiac catheterization with possible stent placement at "
         f"Kalihi Summit Heart Center in Honolulu, Hawaii, planned for {fdate(planned, 'long')}.")
    para("We have denied this request. The Off-Island Referral Committee reviewed the records sent with the request "
         "on February 12, 2026. A diagnostic cardiac catheterization is available on Guam, and the records do "
         "not show that the service must be done off-island. Off-island care is covered only when the needed "
         "service is not available on Guam and the referral is medically necessary.")
    para("Rule we used: Guam Medicaid State Plan, Off-Island Medical Referral policy BHCFA-OIR-05, section 4(b); "
         "42 CFR 440.230 and 431.210.")
    p.set_x(x_main)
    p.heading("Your right to an administrative hearing", 10.5)
    p.para(f"If you disagree, you may ask for an administrative hearing. You have 60 days from the date of this "
           f"notice to ask. Use the form on page 2, or call or write to us. You may speak for yourself or have a "
           f"relative, friend, lawyer or other person speak for you. Free legal help may be available from a legal "
           f"services office in Hagatna.", 9.6)
    p.para("If your health is in serious danger, you may ask for an expedited hearing; we decide within 3 working "
           "days. Earlier notice: your request of 11/14/2025 (reference OIR-2025-03307) for a cardiology "
           "consultation off-island was denied on 12/02/2025.", 9.6)
    p.para("Sincerely,\nLeonora C. Aguon, Program Coordinator, Off-Island Referral Unit", 9.6)
    # page 2: tear-off request form
    p.add_page()
    p.line("GUAM MEDICAID / MIP - REQUEST FOR ADMINISTRATIVE HEARING", 11.5, "B")
    p.para("Return this page to: Hearings Office, Department of Public Health and Social Services, " + ADDR
           + "  Fax (671) 555-0177.", 8.8)
    cut_line(p)
    p.f(9.5, "B")
    p.cell(60, 6, f"Member ID: {mid}")
    p.cell(60, 6, f"Case no.: {case}")
    p.cell(0, 6, f"Notice date: {fdate(nd, 'slash')}", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    blank_lines(p, ["Name of person asking:", "Mailing address:", "Phone number:",
                    "Why do you disagree?", "", "", "Name of representative (if any):", "Signature and date:"])
    checkbox(p, "I need an interpreter. Language: ____________________")
    checkbox(p, "My health is in serious danger; I ask for an expedited hearing.")
    t = truth("denial_letter", "medical_necessity", insurer=AGENCY, member_id=mid,
              member_name="Joaquin T. Mendiola", cases=[case], service_dates=[planned.isoformat()],
              denial_date=nd.isoformat(), provider="Dr. Marisa Q. Tenorio", appeal_deadline=None,
              alternates={"insurer": AGENCY_ALT, "provider": ["Harmon Loop Cardiology"],
                          "appeal_deadline": [plus(nd, 60).isoformat()], "service_dates": [[]]},
              denial_alternates=["not_covered"])
    return out(p), t


def g2_mip_form(rng) -> tuple[bytes, dict]:
    nd = dt.date(2026, 3, 23)
    d1, d2 = dt.date(2026, 3, 2), dt.date(2026, 3, 4)
    p = Page(footer=None, footer_left="MIP-CD-7  03/2025")
    p.set_margins(12, 12, 12)
    p.add_page()
    p.line("Government of Guam - Department of Public Health and Social Services", 8.5, align="L")
    p.line("MEDICALLY INDIGENT PROGRAM (MIP)", 14, "B")
    p.line("NOTICE OF CLAIM DENIAL", 12, "B")
    p.line("Bureau of Health Care Financing Administration  -  " + ADDR, 8)
    p.ln(3)
    W = p.w - 24
    numbered_boxes(p, [("1. Patient name", "Lourdes B. Quichocho", W * 0.42), ("2. MIP number", "MIP-0471-2293", W * 0.3),
                       ("3. Date of birth", "05/30/1971", W * 0.28)])
    numbered_boxes(p, [("4. Mailing address", "41 Route 10, Apt 3, Chalan Pago, GU 96910", W * 0.6),
                       ("5. Household head", "Felix R. Quichocho", W * 0.4)])
    numbered_boxes(p, [("6. Provider / clinic", "Marianas Crest Medical Clinic", W * 0.45),
                       ("6a. Provider no.", "GU-MIP-20417", W * 0.25), ("6b. NPI", "1720584913", W * 0.3)])
    numbered_boxes(p, [("7. Date(s) of service", f"{fdate(d1, 'slash')} - {fdate(d2, 'slash')}", W * 0.34),
                       ("8. Date claim received", "03/11/2026", W * 0.22), ("9. Claim no. (ICN)", "2026 081 004417", W * 0.24),
                       ("10. Billed amount", "$2,418.60", W * 0.2)])
    numbered_boxes(p, [("11. Amount paid", "$0.00", W * 0.2), ("12. Date of notice", fdate(nd, "slash"), W * 0.22),
                       ("13. Eligibility period on file", "09/01/2025 - 02/28/2026", W * 0.32),
                       ("14. Reason code", "E21", W * 0.26)])
    p.ln(3)
    numbered_boxes(p, [("15. Reason for denial", "", W)], h=30)
    y = p.get_y() - 24
    p.set_xy(14, y)
    p.f(9.3)
    p.multi_cell(W - 4, 4.4, "E21 - The patient was not eligible for MIP on the date(s) of service. MIP coverage "
                 "ended 02/28/2026 because the annual redetermination was not completed. MIP pays only for care "
                 "given while the patient is eligible. (Guam MIP Rules, Part III, 3.2.)")
    p.set_xy(12, y + 24 + 3)
    numbered_boxes(p, [("16. Your hearing rights", "", W)], h=40)
    y = p.get_y() - 34
    p.set_xy(14, y)
    p.f(9)
    p.multi_cell(W - 4, 4.3, "If you think this decision is wrong you may ask for an administrative hearing within "
                 "60 days of the date of this notice. Write to the Hearings Office at the address above or call "
                 "(671) 555-0177 (TTY 671-555-0170). If you reapply and are found eligible for March 2026, the "
                 "provider may send the claim again. Plan year limits: MIP deductible $150 for 01/01/2026 - "
                 "12/31/2026.")
    p.set_xy(12, y + 34 + 4)
    p.f(7.5)
    p.cell(0, 4, "Eligibility worker: T. Santos  -  Worker no. 118  -  Printed 03/24/2026")
    t = truth("denial_letter", "eligibility", insurer=AGENCY, member_id="MIP-0471-2293",
              member_name="Lourdes B. Quichocho", cases=["2026 081 004417"], claim_amount="2418.60",
              service_dates=[f"{d1.isoformat()}/{d2.isoformat()}"], denial_date=nd.isoformat(),
              provider="Marianas Crest Medical Clinic", appeal_deadline=None,
              alternates={"insurer": AGENCY_ALT + ["Medically Indigent Program"],
                          "appeal_deadline": [plus(nd, 60).isoformat()],
                          "service_dates": [[d1.isoformat(), d2.isoformat()]]})
    return out(p), t


def g3_eomb(rng) -> tuple[bytes, dict]:
    sd = dt.date(2026, 4, 6)
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    fax_line(p, "APR-08-2026 09:14  FROM: 671 555 0149  DPHSS BHCFA          TO: 6715550391        P. 1/1")
    p.ln(2)
    p.line("Guam Medicaid", 15, "B")
    p.line("Explanation of Medicaid Benefits (this is not a bill)", 10)
    p.line("Department of Public Health and Social Services - Bureau of Health Care Financing Administration", 8.5)
    p.ln(3)
    y = p.get_y()
    p.pairs([("Recipient", "Ignacio P. Borja"), ("Recipient no.", "771 902 584"), ("Case head", "Carmen S. Borja"),
             ("Mailing address", "66 San Vicente St, Barrigada, GU 96913")], label_w=34, size=9, h=5)
    right_block(p, [("Statement date", fdate(sd, "short")), ("Claims processed", "03/16/26 - 04/03/26"),
                    ("Program", "Medicaid (Title XIX)")], y=y, w=80, label_w=34)
    p.ln(8)
    p.heading("Services billed for you", 10.5, rule=False)
    head = ["ICN", "Provider", "Date(s)\nof service", "Service", "Amount\nbilled", "Medicaid\npaid",
            "Your\nshare", "Remark\ncode"]
    rows = [["26075-00144-08", "Dr. Vicente A. Cruz-Lizama", "03/03/26", "Office visit 99214", "185.00", "142.30", "0.00", "A1"],
            ["26069-00381-22", "Pacific Crest Imaging", "03/10/26", "CT abdomen/pelvis 74177", "1,960.00", "0.00", "0.00", "PA1"],
            ["26071-00902-15", "Coral Shoal Laboratory", "03/10/26", "Lab panel 80053", "96.40", "71.15", "0.00", "A1"],
            ["26079-01220-03", "Tumon Family Pharmacy", "03/12/26", "Rx 0418827 (30 days)", "48.75", "45.25", "3.50", "A2"]]
    rows.append(["", "Totals", "", "", "2,290.15", "258.70", "3.50", ""])
    assert abs(185 + 1960 + 96.40 + 48.75 - 2290.15) < 0.01
    p.table(head, rows, [27, 42, 18, 38, 18, 18, 14, 15], size=7.8, aligns=["L", "L", "L", "L", "R", "R", "R", "C"],
            bold_last=True)
    p.heading("Remark codes", 9.5)
    p.bullets(["A1 - Paid at the Guam Medicaid fee schedule.",
               "A2 - Paid; the $3.50 pharmacy copayment is yours to pay.",
               "PA1 - Denied. This service needs prior authorization from the Bureau and none was on file for the "
               "date of service. The ordering doctor may ask for authorization; you do not have to pay this bill "
               "if the provider did not get authorization."], 8.5)
    p.para("If you disagree with a denied service you may ask for an administrative hearing within 60 days of the "
           "date of this statement. Call (671) 555-0162, TTY (671) 555-0170, fax (671) 555-0163. Report fraud: "
           "(671) 555-0188.", 8.8)
    t = truth("eob", "prior_authorization", insurer="Guam Medicaid", member_id="771 902 584",
              member_name="Ignacio P. Borja", cases=["26069-00381-22"], claim_amount="1960.00",
              service_dates=["2026-03-10"], denial_date=sd.isoformat(), provider="Pacific Crest Imaging",
              appeal_deadline=None,
              alternates={"insurer": [AGENCY] + AGENCY_ALT, "appeal_deadline": [plus(sd, 60).isoformat()]})
    return out(p), t


def g4_hospital(rng) -> tuple[bytes, dict]:
    nd, a, b = dt.date(2026, 4, 14), dt.date(2026, 3, 4), dt.date(2026, 3, 9)
    icn = "2026-0415-7730"
    p = Page(serif=True, footer=None)
    p.set_margins(24, 18, 24)
    p.add_page()
    letterhead(p, "Provider Relations and Claims Review", 9.5)
    p.ln(2)
    p.para(fdate(nd, "long"), 10.5)
    p.para("Patient Financial Services\nFanihi Ridge Medical Center\n1200 Marine Corps Drive, Suite B\n"
           "Tamuning, GU 96913", 10.5, gap=5)
    p.para("Dear Provider:", 10.5)
    body = [
        f"We have finished our review of the inpatient claim, ICN {icn}, that Fanihi Ridge Medical Center sent us "
        f"for the care of Ana L. Cepeda, Medicaid number 7730 2215 9, born October 3, 1949, for the services "
        f"Dr. Benedicto S. Flores provided on March 4 through March 9, 2026. Your claim was received on "
        f"March 27, 2026 and billed charges of $18,412.75.",
        "The records show that Ms. Cepeda was admitted for chest pain that was ruled out within the first day, "
        "and that she stayed while her daughter, Teresa Cepeda-Manibusan, arranged care at home. After review by "
        "the Bureau's medical consultant, we have decided that an inpatient level of care was not needed for "
        "the stay. We will pay the first day at the observation rate and we have denied the remaining inpatient "
        "days. This decision replaces our notice of March 31, 2026 (reference CR-26-00912), which asked you for "
        "the discharge summary.",
        f"If you disagree, you may ask us to reconsider within 30 days of the date of this letter. Send the "
        f"reconsideration with the records you want us to review to the Claims Review Unit at the address above, "
        f"or fax them to (671) 555-0149. Please quote ICN {icn} and your provider number GU-MA-00318 on every page.",
        "Ms. Cepeda has been told of this decision separately and of her own right to an administrative hearing. "
        "You may not bill her for the days we denied.",
        "If you have questions, please call Provider Relations at (671) 555-0151.",
    ]
    for t_ in body:
        p.para(t_, 10.5, gap=3.5)
    p.para("Sincerely,\n\n\nDr. Helena R. Pangelinan, Medical Consultant\nBureau of Health Care Financing "
           "Administration", 10.5)
    t = truth("denial_letter", "level_of_care", insurer=AGENCY, member_id="7730 2215 9",
              member_name="Ana L. Cepeda", cases=[icn], claim_amount="18412.75",
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(),
              provider="Fanihi Ridge Medical Center", appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": AGENCY_ALT, "provider": ["Dr. Benedicto S. Flores"],
                          "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


def g5_approval(rng) -> tuple[bytes, dict]:
    nd, surg, v1, v2 = dt.date(2026, 4, 2), dt.date(2026, 4, 22), dt.date(2026, 4, 20), dt.date(2026, 5, 19)
    p = Page(footer=None, footer_left="BHCFA-OIR-9  Approval")
    p.set_margins(20, 14, 20)
    p.add_page()
    p.line("DPHSS  /  Guam Medicaid", 13, "B")
    p.line("Off-Island Referral Unit  -  " + ADDR + "  -  (671) 555-0162", 8.5)
    p.ln(4)
    p.f(9.5)
    p.cell(95, 5, "Mbr # 98 0044 217")
    p.cell(0, 5, "Auth # OIR-26-00731", align="R", new_x="LMARGIN", new_y="NEXT")
    p.cell(95, 5, "Ref No. OIR-2026-00655 (reconsideration)")
    p.cell(0, 5, "Date: " + fdate(nd, "iso"), align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.para("Tomasa F. Leon Guerrero\n502 Chalan Palasyo\nAgana Heights, GU 96910", 10, gap=5)
    p.line("NOTICE OF APPROVAL - OFF-ISLAND REFERRAL", 12, "B")
    p.ln(2)
    p.para("Good news. After reconsidering the request your doctor sent, we have APPROVED your off-island referral. "
           "Our first decision (notice of 03/06/2026) is reversed.", 10)
    p.pairs([("Approved service", "Total knee replacement, right knee, and inpatient stay"),
             ("Requesting doctor", "Dr. Ricardo M. Ulloa, Ypao Point Orthopedics"),
             ("Receiving hospital", "Makiki Bone & Joint Institute, Honolulu, HI"),
             ("Surgery date", fdate(surg, "abbr")),
             ("Approval valid", f"{fdate(v1, 'slash')} through {fdate(v2, 'slash')}"),
             ("Escort", "Approved: Jesus B. Leon Guerrero (spouse)"),
             ("Airfare / lodging", "Economy round trip; lodging allowance per policy BHCFA-OIR-05")],
            label_w=44, size=9.5)
    p.ln(2)
    p.para("Keep this notice and bring it to your travel appointment. Your authorization number is printed at the "
           "top of this notice; the hospital must quote it on its claim, written as OIR-26-"
           "00731 with no other number. If the surgery date changes, call us before you travel.", 10)
    p.para("This approval does not cover follow-up visits after the approval ends. Member date of birth on file: "
           "2/14/1952. Questions: phone (671) 555-0162, TTY (671) 555-0170.", 10)
    t = truth("other", None, insurer="Guam Medicaid", member_id="98 0044 217", member_name="Tomasa F. Leon Guerrero",
              cases=["OIR-26-00731", "OIR-2026-00655"], service_dates=[surg.isoformat()],
              denial_date=nd.isoformat(), provider="Dr. Ricardo M. Ulloa", appeal_deadline=None,
              alternates={"insurer": [AGENCY, "DPHSS"] + AGENCY_ALT, "provider": ["Ypao Point Orthopedics"],
                          "case_numbers": [["OIR-26-00731"]],
                          "service_dates": [[], [f"{v1.isoformat()}/{v2.isoformat()}"]]})
    return out(p), t


def g6_dental(rng) -> tuple[bytes, dict]:
    nd, planned = dt.date(2026, 3, 17), dt.date(2026, 4, 7)
    p = Page(footer="Page {n} of {nb}", footer_left="MIP-DN-2")
    p.add_page()
    letterhead(p, "Medically Indigent Program", 9.5)
    p.line("NOTICE OF DENIAL - DENTAL SERVICE", 12, "B", align="C")
    p.ln(3)
    p.boxed_pairs([("Date of notice", nd.strftime("%d-%b-%Y").upper()),
                   ("Recipient", "Evelyn D. Sablan"),
                   ("MIP recipient no.", "MIP-0388-5106"),
                   ("Date of birth", "11-JUN-1980"),
                   ("Dentist", "Dr. Rosalind K. Taitague, Mangilao Dental Care"),
                   ("Service requested", "Crown, porcelain/ceramic (D2740), tooth 30"),
                   ("Planned date", "07-APR-2026"),
                   ("Request received", "09-MAR-2026"),
                   ("Prior authorization no.", "DPA 2026 0331"),
                   ("Amount requested", "1,140.00 USD")], label_w=52)
    p.heading("Why we denied it", 10.5)
    p.para("MIP covers dental care for adults only to relieve pain or infection (emergency extractions and "
           "palliative treatment). Crowns and other restorative dental services for adults aged 21 and over are "
           "not a covered MIP benefit. The dentist may offer you another treatment that is covered.", 9.8)
    p.heading("Your rights", 10.5)
    p.para("You may ask for an administrative hearing within 60 days of the date of this notice. Call "
           "(671) 555-0177 or write to the Hearings Office, " + ADDR + ". TTY (671) 555-0170. Your case "
           "worker is Arlene T. Muna, (671) 555-0156.", 9.8)
    t = truth("denial_letter", "not_covered", insurer=AGENCY, member_id="MIP-0388-5106",
              member_name="Evelyn D. Sablan", cases=["DPA 2026 0331"], claim_amount="1140.00",
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(),
              provider="Dr. Rosalind K. Taitague", appeal_deadline=None,
              alternates={"insurer": AGENCY_ALT + ["Medically Indigent Program"],
                          "provider": ["Mangilao Dental Care"], "claim_amount": [None],
                          "appeal_deadline": [plus(nd, 60).isoformat()]})
    return out(p), t


def g7a_ambulance(rng) -> tuple[bytes, dict]:
    nd, dos = dt.date(2026, 2, 3), dt.date(2024, 11, 2)
    p = Page(footer=None)
    p.add_page()
    letterhead(p, "Claims Processing Unit", 9)
    right_block(p, [("Date:", fdate(nd, "dash")), ("Provider no.:", "GU-MA-00577"), ("Payee:", "Talofofo Valley Ambulance")],
                w=95, label_w=28)
    p.ln(4)
    p.line("Provider Notice of Claim Denial - Timely Filing", 12, "B")
    p.ln(2)
    p.pairs([("Recipient", "Dolores A. Camacho"), ("Medicaid ID", "GMA 553 0192 6"),
             ("ICN", "2026 020 118 54"), ("Date of service", fdate(dos, "slash")),
             ("Service", "A0427 ALS emergency transport, A0425 mileage x 14"),
             ("Total charge", "$1,286.00"), ("Date received", "01/20/2026")], label_w=40, size=9.5)
    p.ln(2)
    p.para("The claim was received more than 365 days after the date of service. Guam Medicaid does not pay "
           "claims filed after the time limit unless the provider shows that the delay was caused by retroactive "
           "eligibility or by another payer's late decision. No such proof was sent.", 9.6)
    p.para("You may ask for reconsideration within 30 days of the date of this notice; include proof of timely "
           "filing (for example the other payer's denial dated within the time limit). Fax (671) 555-0149. The "
           "recipient may not be billed for this service.", 9.6)
    t = truth("denial_letter", "timely_filing", insurer=AGENCY, member_id="GMA 553 0192 6",
              member_name="Dolores A. Camacho", cases=["2026 020 118 54"], claim_amount="1286.00",
              service_dates=[dos.isoformat()], denial_date=nd.isoformat(), provider="Talofofo Valley Ambulance",
              appeal_deadline=plus(nd, 30).isoformat(), alternates={"insurer": AGENCY_ALT})
    return out(p), t


def g7b_recon(rng) -> tuple[bytes, dict]:
    nd = dt.date(2026, 2, 10)
    p = Page(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    letterhead(p)
    p.para(f"{fdate(nd, 'abbr')}\n\nVictor E. Santos\n15 Tun Jesus Crisostomo St\nYigo, GU 96929", 10, gap=4)
    p.para("Re: Reconsideration decision, Recon no. RC-2026-0047; Medicaid ID 4402 118 90; request DME-25-4471 "
           "(power wheelchair, group 2, K0823)", 10, gap=3)
    p.para("Dear Mr. Santos:", 10)
    p.para("We have reconsidered our denial of December 19, 2025 of the power wheelchair Dr. Agnes P. Reyes asked "
           "for you. Our medical consultant reviewed the new mobility evaluation dated January 14, 2026. You are "
           "able to walk short distances in your home with a walker and to use a manual wheelchair for longer "
           "distances, so a power wheelchair is not medically necessary under our DME policy (BHCFA-DME-12). "
           "The denial is upheld. The supplier, Hafa Adai Medical Supply, quoted $6,930.00.", 10)
    p.para("If you still disagree, you may ask for an administrative hearing within 90 days of the date of this "
           "decision. Call (671) 555-0177 (TTY 671-555-0170) or write to the Hearings Office. Your son, "
           "Paul Santos, may ask for you if you sign the representative form.", 10)
    p.para("Sincerely,\nClaims Review Unit", 10)
    t = truth("denial_letter", "medical_necessity", insurer=AGENCY, member_id="4402 118 90",
              member_name="Victor E. Santos", cases=["RC-2026-0047", "DME-25-4471"], denial_date=nd.isoformat(),
              provider="Dr. Agnes P. Reyes", appeal_deadline=None,
              alternates={"insurer": AGENCY_ALT, "appeal_deadline": [plus(nd, 90).isoformat()],
                          "case_numbers": [["RC-2026-0047"]], "claim_amount": ["6930.00"],
                          "provider": ["Hafa Adai Medical Supply"]})
    return out(p), t


def documents(rng):
    F = FAMILY
    return [
        Item(f"{F}_bd_offisland_referral", "born_digital", [g1_offisland(rng)]),
        Item(f"{F}_scan300_mip_claim_form", "scan_clean_300", [g2_mip_form(rng)]),
        Item(f"{F}_faxfine_eomb_table", "fax_fine_g4", [g3_eomb(rng)]),
        Item(f"{F}_photocopy_hospital_sentences", "photocopy", [g4_hospital(rng)]),
        Item(f"{F}_lowres_referral_approval", "scan_lowres_150", [g5_approval(rng)]),
        Item(f"{F}_rotated_mip_dental", "rotated", [g6_dental(rng)]),
        Item(f"{F}_faxstd_stack", "fax_standard_g4", [g7a_ambulance(rng), g7b_recon(rng)],
             separators=["cover", "blank"], turns={(1, 0): 90}),
    ]
