"""Family 'american_samoa_medicaid_off_island_claim_denial': American Samoa Medicaid State Agency notices denying
off-island (Hawaii / mainland) hospital and physician claims and off-island referral requests, with reconsideration
and administrative hearing rights. The agency appears only as itself, mirrored for structure and wording; every
recipient, provider, address, number and amount is invented (phones use 555).

Documents: a clean scan of an off-island referral denial (medical necessity) with a right-aligned header block and a
boxed "Questions?" sidebar; a photocopied two-page claim denial for a Honolulu hospital stay without an approved
referral (abbreviated labels Mbr #, ICN, Acct, Auth #), page 2 a tear-off reconsideration / hearing request form with
the ID and ICN pre-printed; a fine fax of an off-island claim determination form in numbered boxes (timely filing);
a born-digital letter to a Honolulu physician stating every fact in sentences (recipient not eligible on the dates);
a phone photo of an off-island referral approval (denies nothing); a sideways scan of a recipient's off-island claims
statement with wrapped column headings, several providers, a totals row and one duplicate claim denied; a
standard-fax stack: cover sheet, a mainland lab claim denied for a coding error, and a two-page referral denial
(service available on-island) whose second page is fed upside down, with its duplex back.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from public_kit import Page, out, plus, truth
from inv_kit import Rand
from kit_rounddg_famdgc import (blank_lines, fd, hrule, numbered_boxes, panel, right_block, side_para, tear_line,
                                usd, wrapped_table)

FAMILY = "american_samoa_medicaid_off_island_claim_denial"
LANG = "en"
SEED = 350902
INS = "American Samoa Medicaid State Agency"
ALT = {"insurer": ["Medicaid State Agency", "American Samoa Medicaid", "ASMSA"]}
PH, FX, TTY = "(684) 555-0147", "(684) 555-0163", "(684) 555-0179"
FIRST = ["Sina", "Tavita", "Malia", "Ioane", "Lagi", "Pele", "Faasao", "Tuli", "Aolele", "Mikaele", "Losa", "Fetu"]
LAST = ["Leota", "Tauiliili", "Sapolu", "Fuimaono", "Aumua", "Soliai", "Mauga", "Tuitele", "Alapati", "Sagapolu"]
VILLAGES = ["Tafuna", "Nuuuli", "Leone", "Fagatogo", "Aua", "Vailoatai", "Pavaiai", "Malaeimi"]
HOSP = ["Makaiwa Point Medical Center", "Kaleo Ridge Hospital", "Pacific Crest Medical Center"]
MAIN = ["Sierra Vale Orthopaedic Institute", "Redwood Basin Cancer Center", "Bayshore Reference Laboratory"]


def who(r: Rand):
    f, m, l = r.choice(FIRST), r.choice("AFILMNPST"), r.choice(LAST)
    return f"{f} {m}. {l}", f, m, l


def mid(r: Rand) -> tuple[str, str]:
    """(printed with spaces, truth without)."""
    d = r.digits(10)
    return f"AS {d[:4]} {d[4:7]} {d[7:]}", "AS" + d


def doc_name(r: Rand) -> str:
    return r.choice(["Dr. Amara Whitfield", "Dr. Lorenzo Baptiste", "Dr. Grant Okonkwo", "Dr. Helena Voss",
                     "Dr. Philip Stanwyck", "Dr. Teresa Ibarra"])


def head(p: Page, size: float = 10, serif_title: str | None = None):
    p.line("AMERICAN SAMOA GOVERNMENT", size - 1.5, "B")
    p.line("American Samoa Medicaid State Agency", size + 3, "B")
    p.line("Off-Island Medical Referral and Claims Office", size - 1)
    p.line(f"PO Box 998383  -  Pago Pago, AS 96799  -  Tel. {PH}", size - 2)
    hrule(p, 0.8, 3)
    if serif_title:
        p.line(serif_title, size + 1.5, "B")
        p.ln(1)


def rights(p: Page, nd: dt.date, size: float = 9, who_: str = "you"):
    p.para(f"**If {who_} disagree.** You may ask the Agency to reconsider this decision. Your written request must "
           f"reach us within 30 days of the date of this notice. You may also ask for an administrative hearing "
           f"within 90 days of the date of this notice; you may speak for yourself or have a relative, friend, "
           f"lawyer or other person speak for you. If you need a fast decision because waiting could seriously harm "
           f"your health, say so; we decide fast requests within 72 hours.", size)


# ---------------------------------------------------------------------------------------------------------------
def doc_referral_denial(r: Rand):
    name, f, m, l = who(r)
    mp, mt = mid(r)
    nd = dt.date(2026, 2, r.randint(2, 20))
    req = plus(nd, -r.randint(6, 12))
    planned = plus(nd, r.randint(18, 30))
    ref = f"OIR-2026-{r.digits(4)}"
    prev = f"OIR-2025-{r.digits(4)}"
    dr = doc_name(r)
    parent = f"{r.choice(FIRST)} {l}"
    p = Page(serif=True)
    p.add_page()
    head(p, 10)
    right_block(p, [("Notice date", fd(nd, "long")), ("Reference", ref), ("Medicaid ID", mp),
                    ("Date of birth", fd(dt.date(1961, r.randint(1, 12), r.randint(1, 28)), "slash"))], y=p.get_y())
    p.set_y(p.get_y() - 21)
    p.line(name.upper(), 9.5)
    p.line(f"c/o {parent} (caregiver)", 9.5)
    p.line(f"{r.choice(VILLAGES)} Village", 9.5)
    p.line("Pago Pago, AS 96799", 9.5)
    p.ln(8)
    p.line("NOTICE OF DENIAL - OFF-ISLAND MEDICAL REFERRAL", 12, "B")
    p.ln(2)
    y0 = p.get_y()
    bottom = panel(p, p.l_margin, y0, 52, "Questions?", [
        f"Call the Off-Island Office: {PH}", f"Fax: {FX}", f"TTY: {TTY}", "Mon-Fri 7:30 am - 4:00 pm",
        "Form ASMSA-OIR-3 (rev. 01/2026)", "Plan year 01/01/2026 - 12/31/2026"], size=8)
    x = p.l_margin + 57
    w = p.w - p.r_margin - x
    p.set_y(y0)
    side_para(p, x, w, f"Dear {name}:")
    side_para(p, x, w, f"{dr}, Tafuna Family Health Clinic, asked us to approve an off-island referral. "
              f"The Medicaid State Agency received the request from the clinic "
              f"(NPI {r.npi()}), on {fd(req, 'slash')} to refer you off-island to {HOSP[0]} in Honolulu, Hawaii "
              f"for a total knee replacement of the right knee planned for {fd(planned, 'long')}.")
    side_para(p, x, w, "**We denied this request.** The records sent do not show that the surgery is medically "
              "necessary at this time: they do not show six months of physical therapy, injections or other "
              "conservative care on-island, and the x-ray report does not describe end-stage joint damage. "
              "Off-island care is covered only when it is medically necessary and cannot be given in the "
              "Territory (Off-Island Referral Policy, section 4.2).")
    side_para(p, x, w, f"An earlier request for the same knee, reference {prev}, was denied on "
              f"{fd(plus(req, -r.randint(90, 150)), 'slash')}. Your doctor may send a new request with the missing "
              f"records at any time.")
    p.set_y(max(p.get_y(), bottom) + 2)
    rights(p, nd, 9.5)
    p.para("This notice does not change your Medicaid eligibility. The Agency follows 42 CFR 431.206 and 431.210 in "
           "giving you this notice.", 9)
    p.ln(2)
    p.line("Off-Island Referral Committee", 9.5, "B")
    p.line("American Samoa Medicaid State Agency", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mt, member_name=name, cases=[ref],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=dr,
              appeal_deadline=plus(nd, 30).isoformat(),
              alternates=dict(ALT, provider=["Tafuna Family Health Clinic"]))
    return out(p), t


def doc_hospital_two_page(r: Rand):
    name, f, m, l = who(r)
    mp, mt = mid(r)
    nd = dt.date(2026, 3, r.randint(10, 25))
    a = dt.date(2026, 1, r.randint(5, 20))
    b = plus(a, r.randint(3, 7))
    icn = f"26{r.digits(3)}-{r.digits(6)}"
    acct = f"HA{r.digits(8)}"
    amt = r.randint(28000, 61000) + 0.5
    hosp = HOSP[1]
    p = Page(serif=False, footer="Page {n} of {nb}", footer_left=f"{name}  |  Mbr # {mp}  |  ICN {icn}")
    p.add_page()
    head(p, 9.5)
    p.line("NOTICE OF CLAIM DENIAL", 13, "B", "C")
    p.line("Off-island hospital services", 9, "", "C")
    p.ln(3)
    p.pairs([("Notice date", fd(nd, "abbr")), ("Recipient", name), ("Mbr #", mp),
             ("DOB", fd(dt.date(1979, r.randint(1, 12), r.randint(1, 28)), "dash2")),
             ("Billing provider", f"{hosp}, Honolulu, HI"), ("ICN", icn), ("Acct", acct),
             ("Auth #", "none on file"), ("Admit - discharge", f"{fd(a, 'slash')} - {fd(b, 'slash')}"),
             ("Claim received", fd(plus(b, r.randint(12, 20)), "slash")), ("Billed charges", usd(amt)),
             ("Amount paid", "$0.00")], label_w=42, size=9.5, h=5.6)
    p.ln(3)
    p.para(f"We denied payment of this claim. Hospital care outside American Samoa must be approved in advance through "
           f"an off-island referral, except for a medical emergency. The Agency has no approved referral for "
           f"{name} for these dates, and the hospital records do not describe an emergency admission "
           f"(Medicaid State Plan, off-island services; Off-Island Referral Policy, section 2.1).", 9.5)
    p.para(f"The hospital may not bill you for this stay while a reconsideration or hearing is pending. A previous "
           f"claim from the same hospital, ICN 25{r.digits(3)}-{r.digits(6)}, was paid on "
           f"{fd(plus(a, -r.randint(200, 260)), 'slash')} for {usd(r.randint(900, 4000) + 0.25)}.", 9.5)
    rights(p, nd, 9.5)
    p.para(f"Questions: call {PH} (TTY {TTY}) or fax {FX}.", 9)
    p.add_page()
    p.line("REQUEST FOR RECONSIDERATION OR ADMINISTRATIVE HEARING", 11.5, "B", "C")
    p.line("Return this page to the Medicaid State Agency, PO Box 998383, Pago Pago, AS 96799", 8.5, "", "C")
    tear_line(p)
    p.boxed_pairs([("Recipient", name), ("Medicaid ID (Mbr #)", mp), ("ICN / case", icn),
                   ("Notice dated", fd(nd, "slash"))], label_w=55)
    p.para("[  ] I ask the Agency to reconsider its decision (within 30 days of the date of the notice).", 9.5, 1)
    p.para("[  ] I ask for an administrative hearing (within 90 days of the date of the notice).", 9.5, 3)
    blank_lines(p, ["Why I disagree:", "", "", "Representative (if any):", "Telephone:", "Signature:", "Date:"])
    p.para("Form ASMSA-HR-1. Keep a copy for your records.", 8)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mt, member_name=name, cases=[icn],
              claim_amount=f"{amt:.2f}", service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=nd.isoformat(), provider=hosp, appeal_deadline=plus(nd, 30).isoformat(),
              alternates=ALT, denial_alternates=["out_of_network"])
    return out(p), t


def doc_form_boxes(r: Rand):
    name, f, m, l = who(r)
    mp, mt = mid(r)
    nd = dt.date(2026, 2, r.randint(3, 26))
    dos = dt.date(2024, r.randint(10, 12), r.randint(1, 28))
    rec = plus(dos, r.randint(370, 400))
    icn = f"25{r.digits(3)}-{r.digits(6)}"
    amt = float(r.randint(1800, 6900))
    prov = MAIN[0]
    dr = doc_name(r)
    p = Page(serif=False, footer=None)
    p.add_page()
    p.f(7.5)
    p.cell(0, 4, f"{fd(nd, 'short')} 09:{r.randint(10, 59)}  FROM: ASMSA CLAIMS UNIT {FX}   TO: {r.digits(3)}-555-{r.digits(4)}"
                 f"   P. 001/001", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.line("American Samoa Medicaid State Agency", 12, "B")
    p.line("OFF-ISLAND CLAIM DETERMINATION", 11, "B")
    p.line("Form ASMSA-CD-7   |   Complete boxes 1-14   |   Do not staple", 7.5)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    numbered_boxes(p, [
        [("1. Patient name", name, W * 0.42), ("2. Medicaid ID no.", mp, W * 0.33), ("3. Date of birth", fd(dt.date(1988, r.randint(1, 12), r.randint(1, 28)), "slash"), W * 0.25)],
        [("4. Sponsor / guardian", f"{r.choice(FIRST)} {l}", W * 0.42), ("5. Claim no. (ICN)", icn, W * 0.33), ("6. Notice date", fd(nd, "iso"), W * 0.25)],
        [("7. Rendering provider", f"{dr}, {prov}", W * 0.62), ("8. NPI", r.npi(), W * 0.19), ("9. Tax ID", f"{r.digits(2)}-{r.digits(7)}", W * 0.19)],
        [("10. Date(s) of service", fd(dos, "slash"), W * 0.26), ("11. Date claim received", fd(rec, "slash"), W * 0.26),
         ("12. Billed amount", usd(amt, "nosign"), W * 0.24), ("13. Allowed", "0.00", W * 0.24)],
        [("14. Determination / reason", "DENIED - Reason 29: claim received more than 12 months after the date of service", W)],
    ])
    p.para("Claims for off-island services must reach the Agency within 12 months of the date of service "
           "(Provider Manual, chapter 6). This claim was received after that limit and cannot be paid. The "
           "recipient may not be billed for a claim denied for late filing.", 9)
    p.para("A provider who believes the claim was filed on time may send proof of timely filing (a clearinghouse "
           "acceptance report or a prior remittance) and ask for reconsideration within 30 days of the date of this "
           "notice. Administrative hearing: within 90 days of the date of this notice.", 9)
    p.para(f"Claims Unit: {PH}   Fax {FX}   TTY {TTY}.   Plan year 01/01/{dos.year} - 12/31/{dos.year}.", 8.5)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=mt, member_name=name, cases=[icn],
              claim_amount=f"{amt:.2f}", service_dates=[dos.isoformat()], denial_date=nd.isoformat(),
              provider=dr, appeal_deadline=plus(nd, 30).isoformat(),
              alternates=dict(ALT, provider=[prov, f"{dr}, {prov}"]))
    return out(p), t


def doc_sentence_letter(r: Rand):
    name, f, m, l = who(r)
    mp, mt = mid(r)
    nd = dt.date(2026, 4, r.randint(1, 20))
    a = dt.date(2026, 3, r.randint(2, 8))
    b = plus(a, 5)
    end = plus(a, -r.randint(3, 9))
    ref = f"AS-OI-2026-{r.digits(5)}"
    amt = r.randint(2100, 9800) + 0.75
    dr = "Dr. Sunita Raghavan"
    p = Page(serif=True, footer=None)
    p.add_page()
    p.set_margins(28, 22, 28)
    p.set_x(28)
    p.line("American Samoa Medicaid State Agency", 14, "B", "C")
    p.line("Pago Pago, American Samoa 96799", 9, "", "C")
    p.ln(8)
    p.line(fd(nd, "long"), 10.5)
    p.ln(5)
    for ln in [dr, "Pacific Crest Nephrology Associates", "1450 Kapiolani Way, Suite 600", "Honolulu, HI 96814"]:
        p.line(ln, 10.5)
    p.ln(6)
    p.para(f"Dear Dr. Raghavan:", 10.5, 3)
    p.para(f"We have reviewed your claim for the services you provided to our recipient {name} "
           f"(Medicaid ID {mp}) on {fd(a, 'long').split(',')[0]} through {fd(b, 'long')} at Pacific Crest Medical "
           f"Center. The claim, which the Agency logged under reference number {ref} when it arrived on "
           f"{fd(plus(b, 11), 'long')}, asks for {usd(amt)} in professional charges.", 10.5, 3)
    p.para(f"We are not able to pay it. Our records show that {f}'s Medicaid coverage ended on "
           f"{fd(end, 'long')}, when the annual renewal was not completed, and it has not been restored for the "
           f"days on which you treated {f}. Medicaid pays only for services given while a person is eligible. "
           f"Since {f}'s date of birth and name match our file, we do not believe the claim was sent for the "
           f"wrong person.", 10.5, 3)
    p.para(f"If coverage is restored for those days, you may send the claim again and we will pay it. If you believe "
           f"we are wrong, you may ask us to reconsider within 30 days of the date of this letter by writing to the "
           f"Off-Island Claims Office or faxing {FX}. A hearing with the Agency may be asked within 90 days. "
           f"You may reach us at {PH} or, by TTY, at {TTY}.", 10.5, 3)
    p.para(f"Please do not bill {name} or the family, including {f}'s mother, {r.choice(FIRST)} {l}, who signed "
           f"the admission papers, for these services while the question of coverage is open.", 10.5, 6)
    p.line("Sincerely,", 10.5)
    p.ln(8)
    p.line("Claims Review Officer", 10.5)
    p.line("American Samoa Medicaid State Agency", 10.5)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mt, member_name=name, cases=[ref],
              claim_amount=f"{amt:.2f}", service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=nd.isoformat(), provider=dr, appeal_deadline=plus(nd, 30).isoformat(),
              alternates=dict(ALT, provider=["Pacific Crest Nephrology Associates"]))
    return out(p), t


def doc_approval(r: Rand):
    name, f, m, l = who(r)
    mp, mt = mid(r)
    nd = dt.date(2026, 3, r.randint(2, 28))
    planned = plus(nd, r.randint(10, 25))
    ref = f"OIR-2026-{r.digits(4)}"
    esc = f"{r.choice(FIRST)} {r.choice(LAST)}"
    p = Page(serif=False, footer="ASMSA-OIR-5  Page {n} of {nb}")
    p.add_page()
    head(p, 10, "APPROVAL OF OFF-ISLAND MEDICAL REFERRAL")
    p.boxed_pairs([("Date of this notice", fd(nd, "slash")), ("Recipient", name), ("Medicaid ID", mp),
                   ("Referral no.", ref), ("Approved provider", "Redwood Basin Cancer Center, Sacramento, CA"),
                   ("Service", "PET/CT scan and oncology consultation"),
                   ("Appointment date", fd(planned, "long")), ("Medical escort", f"{esc} (spouse)"),
                   ("Airfare / per diem", "Round trip PPG-HNL-SMF; $45 per day escort per diem")], label_w=50)
    p.para(f"Your off-island referral is **approved**. The Agency will pay the approved provider for the services "
           f"listed above and will issue travel documents for you and your escort. Bring this notice and your "
           f"Medicaid card to the appointment. Approval is valid for 60 days from {fd(nd, 'abbr')}.", 9.5)
    p.para(f"Questions: {PH} - Fax {FX} - TTY {TTY}.", 9)
    t = truth("other", None, insurer=INS, member_id=mt, member_name=name, cases=[ref],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider="Redwood Basin Cancer Center",
              alternates=ALT)
    return out(p), t


def doc_statement_table(r: Rand):
    name, f, m, l = who(r)
    mp, mt = mid(r)
    nd = dt.date(2026, 3, r.randint(5, 28))
    base = dt.date(2026, 1, r.randint(5, 15))
    rows, total_b, total_p = [], 0.0, 0.0
    provs = [("Makaiwa Point Medical Center", 1), ("Dr. Grant Okonkwo", 1), ("Kaleo Ridge Imaging", 1),
             ("Dr. Grant Okonkwo", 0)]
    denied = None
    for i, (pv, paid) in enumerate(provs):
        d = plus(base, i * 2 if paid else 2)
        billed = r.randint(300, 4200) + r.choice([0, 0.5, 0.25])
        pp = round(billed * 0.62, 2) if paid else 0.0
        cn = f"26{r.digits(3)}-{r.digits(6)}"
        code = "" if paid else "18"
        if not paid:
            denied = (pv, d, billed, cn)
        rows.append([fd(d, "slash"), pv, cn, usd(billed, "nosign"), usd(pp, "nosign"), "0.00", code])
        total_b += billed
        total_p += pp
    rows.append(["", "Totals", "", usd(total_b, "nosign"), usd(total_p, "nosign"), "0.00", ""])
    p = Page(serif=False, footer="Page {n} of {nb}")
    p.add_page()
    head(p, 9.5)
    right_block(p, [("Statement date", fd(nd, "iso")), ("Recipient", name), ("Medicaid ID", mp)], w=90)
    p.ln(3)
    p.line("STATEMENT OF OFF-ISLAND MEDICAL CLAIMS", 11.5, "B")
    p.para("This is not a bill. It lists claims from off-island providers processed for you in the last 30 days.", 9)
    wrapped_table(p, ["Date(s)\nof service", "Provider", "Claim\nnumber", "Amount\nbilled", "Medicaid\npaid",
                      "Your\nshare", "Remark\ncode"], rows, [22, 52, 30, 22, 22, 16, 16],
                  aligns=["L", "L", "L", "R", "R", "R", "C"])
    p.para(f"**Remark 18:** Duplicate claim. Claim {denied[3]} repeats a claim already processed and paid for the same "
           f"provider, recipient, date and service; the duplicate is denied. If the provider billed a different "
           f"service, the provider may send records.", 9)
    p.para("If you disagree with a denied claim, you may ask for reconsideration within 30 days of the date of this "
           "statement, or for an administrative hearing within 90 days.", 9)
    p.para(f"Your plan year: 01/01/2026 - 12/31/2026.  Questions: {PH}; TTY {TTY}; fax {FX}.", 8.5)
    t = truth("eob", "other", insurer=INS, member_id=mt, member_name=name, cases=[denied[3]],
              claim_amount=f"{denied[2]:.2f}", service_dates=[denied[1].isoformat()], denial_date=nd.isoformat(),
              provider=denied[0], appeal_deadline=plus(nd, 30).isoformat(), alternates=ALT)
    return out(p), t


def doc_lab_coding(r: Rand):
    name, f, m, l = who(r)
    mp, mt = mid(r)
    nd = dt.date(2026, 2, r.randint(2, 26))
    dos = dt.date(2026, 1, r.randint(3, 25))
    icn = f"26{r.digits(3)}-{r.digits(6)}"
    amt = r.randint(180, 950) + 0.4
    p = Page(serif=True, footer=None)
    p.add_page()
    head(p, 10)
    p.line("NOTICE OF CLAIM DENIAL - LABORATORY", 11.5, "B")
    p.ln(2)
    p.pairs([("Date", fd(nd, "upper")), ("Recipient", f"{name}   (Medicaid ID {mp})"),
             ("Laboratory", MAIN[2] + ", Oakland, CA"), ("Claim ICN", icn), ("Date of service", fd(dos, "slash")),
             ("Charges", usd(amt, "flat")), ("Rx no. (related)", f"RX{r.digits(7)}")], label_w=38, size=9.5)
    p.ln(2)
    p.para("The claim lists a diagnosis code that is not valid for the date of service and does not match the test "
           "billed (CPT 80053). It cannot be paid as coded. The laboratory may correct and resend the claim.", 9.5)
    p.para("Reconsideration may be asked within 30 days of the date of this notice; an administrative hearing within "
           f"90 days. Phone {PH}, TTY {TTY}.", 9.5)
    t = truth("denial_letter", "coding_error", insurer=INS, member_id=mt, member_name=name, cases=[icn],
              claim_amount=f"{amt:.2f}", service_dates=[dos.isoformat()], denial_date=nd.isoformat(),
              provider=MAIN[2], appeal_deadline=plus(nd, 30).isoformat(), alternates=ALT)
    return out(p), t


def doc_onisland(r: Rand):
    name, f, m, l = who(r)
    mp, mt = mid(r)
    nd = dt.date(2026, 3, r.randint(2, 26))
    planned = plus(nd, r.randint(12, 30))
    ref = f"OIR-2026-{r.digits(4)}"
    dr = doc_name(r)
    p = Page(serif=False, footer="Notice " + ref + "   page {n} of {nb}")
    p.add_page()
    head(p, 10)
    right_block(p, [("Notice date", fd(nd, "nopad")), ("Ref No.", ref), ("Medicaid ID", mp)], w=80)
    p.ln(4)
    p.line(name, 10)
    p.line(f"{r.choice(VILLAGES)}, AS 96799", 10)
    p.ln(4)
    p.line("NOTICE OF DENIAL OF OFF-ISLAND REFERRAL", 12, "B")
    p.para(f"{dr} asked the Agency to send you to Kaleo Ridge Hospital, Honolulu, for an upper endoscopy on "
           f"{fd(planned, 'long')}. We denied the request because this service is available in American Samoa "
           f"from a Medicaid provider on-island. Off-island referrals are approved only when a covered service "
           f"cannot be provided in the Territory.", 10)
    p.para("Your doctor can schedule the procedure on-island. This notice does not stop any care you are getting now.", 10)
    p.add_page()
    p.line("YOUR RIGHTS", 11.5, "B")
    rights(p, nd, 10)
    p.para(f"Call {PH}, fax {FX}, or TTY {TTY}. Form ASMSA-OIR-3.", 9.5)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=mt, member_name=name, cases=[ref],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=dr,
              appeal_deadline=plus(nd, 30).isoformat(), alternates=ALT, denial_alternates=["not_covered"])
    return out(p), t


def documents(rng) -> list[Item]:
    r = Rand(rng.randint(0, 2 ** 31))
    n = FAMILY + "_"
    return [Item(n + "scan_referral_sidebar", "scan_clean_300", [doc_referral_denial(r)]),
            Item(n + "copy_hospital_tearoff", "photocopy", [doc_hospital_two_page(r)]),
            Item(n + "fax_claim_form_boxes", "fax_fine_g4", [doc_form_boxes(r)]),
            Item(n + "bd_physician_letter", "born_digital", [doc_sentence_letter(r)]),
            Item(n + "photo_referral_approval", "phone_photo", [doc_approval(r)]),
            Item(n + "rot_claims_statement", "rotated", [doc_statement_table(r)]),
            Item(n + "fax_stack", "fax_standard_g4", [doc_lab_coding(r), doc_onisland(r)],
                 separators=["cover", "duplex"], turns={(1, 1): 180})]
