"""Family 'genicular_nerve_radiofrequency_ablation_knee_denial': an invented commercial plan refusing genicular nerve
radiofrequency ablation (after diagnostic genicular nerve blocks) for knee osteoarthritis pain, as not medically
necessary or as investigational; the pain clinic's letters and statements, EOBs.

Documents: a born-digital pre-service denial (label column, not medically necessary: one block, not two); a fine-fax
stack of a cover, the pain physician's letter of medical necessity (other) and the plan's denial calling cooled RFA
investigational (blank separator after it); a phone photo of the pain clinic's statement (three lines, the RFA
refused by the plan, other); a low-resolution member EOB with three claims, the RFA denied; a scanned approval of
the diagnostic genicular nerve block (denies nothing); a photocopied appeal decision upholding the investigational
denial told only in sentences; a sideways paid EOB for the nerve block (eob, no denial).
All values invented; phones 1-555. Decoys: DOB, NPI, request-received dates, medical policy number, other claims'
numbers, processed period, 72-hour and external-review limits, patient account numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcy_famcya import Page, addr, cover, fd, fee, letterhead, lv, paras, pat, ph, plus, sidebar, usd

FAMILY = "genicular_nerve_radiofrequency_ablation_knee_denial"
LANG = "en"
SEED = 349400
ORG = "Fernvale Mutual Health"
ORG_ADDR = "PO Box 30571, Rochester, MN 55999"
CLINIC = "Whetstone Ridge Pain & Spine"
CLINIC_ADDR = "418 Marlowe Parkway, Suite 210, Rochester, MN 55999"
DOC = "Ingrid S. Valcourt, MD"
DOC_BARE = "Ingrid S. Valcourt"
POLICY = "Medical Policy MP-7.01.142 Radiofrequency Ablation of Peripheral Nerves"
MEMBERS = ["Walter E. Gundersen", "Philippa R. Okonkwo", "Delbert N. Hagstrom", "Rosalind T. Achebe",
           "Marvin O. Lindqvist", "Beverly J. Stavros", "Clement H. Nordgaard"]


def base(r, k):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 170))
    return dict(notice=notice, member=MEMBERS[k], mid="FVM" + pat(r, "999999999"), group=pat(r, "G-99999"),
                phone=ph(r), addr=[f"{r.randint(100, 9800)} Zumbro Bluff Drive", "Rochester, MN 55999"],
                dob=dt.date(r.randint(1946, 1975), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def appeal_text(deadline_phrase):
    return [
        "#Your right to appeal",
        f"You or your provider may ask for an appeal {deadline_phrase}. Send your appeal to {ORG} Appeals, "
        f"{ORG_ADDR}, or fax 1-555-318-4470. If waiting could seriously harm your health, ask for an urgent "
        "appeal; we decide urgent appeals within 72 hours.",
        "#External review",
        "After our appeal you may ask for an independent external review within 4 months of our final decision "
        "if the denial involved medical necessity, appropriateness, level of care or experimental treatment."]


def doc_pre_bd(r):
    f = base(r, 0)
    ref = "UM" + pat(r, "99999999")
    planned = plus(f["notice"], r.randint(8, 18))
    got = plus(f["notice"], -r.randint(4, 9))
    d = Page(footer=f"{ORG}  |  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Customer Service {f['phone']}"], 0)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("Notice of Adverse Benefit Determination - Prior Authorization", 11.5, "B")
    d.ln(1)
    lv(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["group"]),
           ("Date of birth:", fd(f["dob"], "slash")), ("Reference #:", ref), ("Requesting physician:", DOC),
           ("NPI:", f["npi"]), ("Request received:", fd(got, "slash")),
           ("Service:", "Radiofrequency ablation, genicular nerves, right knee (CPT 64624)"),
           ("Planned date:", fd(planned, "slash"))], w=48, size=9.3)
    paras(d, [
        "#Decision: not approved",
        "Genicular nerve radiofrequency ablation may be medically necessary for moderate to severe knee "
        "osteoarthritis pain lasting 6 months or more when two separate diagnostic genicular nerve blocks each "
        "gave at least 50% pain relief. The records show one block with 40% relief. The criteria are not met, "
        "so the procedure is not medically necessary.",
        f"Criteria used: {POLICY}."], size=9.4)
    paras(d, appeal_text("within 180 days of the date of this letter"), size=9)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=DOC, appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [DOC_BARE, CLINIC]})
    return pdf_bytes(d), t


def stack_lmn(r):
    f = base(r, 1)
    ref = "UM" + pat(r, "99999999")
    planned = plus(f["notice"], r.randint(10, 20))
    sent = plus(f["notice"], -r.randint(6, 10))
    d = Page(serif=True)
    d.add_page()
    letterhead(d, CLINIC, [CLINIC_ADDR, "Phone 1-555-288-6100  Fax 1-555-288-6199"], 1)
    d.text_line(fd(sent, "abbr"), 10)
    d.ln(3)
    addr(d, [f"{ORG} Utilization Management", "Fax 1-555-318-4400"])
    paras(d, [
        f"RE: {f['member']}, ID {f['mid']}, DOB {fd(f['dob'], 'abbr')}",
        f"I am requesting approval of cooled radiofrequency ablation of the superior lateral, superior medial and "
        f"inferior medial genicular nerves of the left knee, planned for {fd(planned, 'abbr')}. My patient has "
        "Kellgren-Lawrence grade 4 osteoarthritis, has had knee pain for three years, and is not a candidate for "
        "knee replacement because of heart failure. Physical therapy, NSAIDs, two steroid injections and "
        "hyaluronic acid did not help. Two diagnostic genicular nerve blocks each gave 80% relief for the "
        "duration of the anesthetic.",
        "Thank you for your prompt review.", "Sincerely,", DOC, f"NPI {f['npi']}"], size=10)
    lmn = pdf_bytes(d)
    t_lmn = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"],
                  service_dates=[planned.isoformat()], denial_date=sent.isoformat(), provider=DOC,
                  unscored=["insurer"], alternates={"provider": [DOC_BARE, CLINIC]})
    d = Page(footer=f"{ORG} - Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR], 2)
    d.boxes([("Date", fd(f["notice"], "iso"), 34), ("Member", f["member"], 56), ("Member ID", f["mid"], 44),
             ("Reference", ref, 46)])
    d.boxes([("Provider", DOC, 70), ("Procedure", "Cooled RFA genicular nerves, left knee", 80),
             ("Planned date", fd(planned, "iso"), 30)])
    d.ln(4)
    paras(d, [
        "#Determination: DENIED - investigational",
        "Cooled (internally cooled) radiofrequency ablation of the genicular nerves is considered investigational "
        "under our medical policy. Published studies do not yet show that it improves long-term pain and "
        "function compared with other treatments, so it is not covered under your plan's exclusion for "
        f"experimental and investigational services. Policy: {POLICY}."], size=9.6)
    paras(d, appeal_text("within 180 days of the date of this notice"), size=9)
    dec = pdf_bytes(d)
    t_dec = truth("denial_letter", "experimental", insurer=ORG, member_id=f["mid"], member_name=f["member"],
                  case_numbers=[ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
                  provider=DOC, appeal_deadline=plus(f["notice"], 180).isoformat(),
                  alternates={"provider": [DOC_BARE]})
    cov = cover(CLINIC, f"{ORG} UM", "1-555-288-6199", "1-555-318-4400", fd(f["notice"], "slash"), 4,
                "Determination on your RFA request; your letter is attached.")
    return [(lmn, t_lmn), (dec, t_dec)], [cov, "blank"]


def doc_statement_photo(r):
    f = base(r, 2)
    acct = pat(r, "99999")
    d1 = plus(f["notice"], -r.randint(70, 90))
    d2 = plus(d1, r.randint(14, 21))
    d3 = plus(d2, r.randint(20, 30))
    a1, a2, a3 = fee(r, 180, 260), fee(r, 900, 1300), fee(r, 3800, 5200)
    d = Page()
    d.add_page()
    letterhead(d, CLINIC, [CLINIC_ADDR, "Billing 1-555-288-6150"], 0)
    d.text_line("PATIENT STATEMENT", 13, "B")
    lv(d, [("Statement date", fd(f["notice"], "dash")), ("Account #", acct), ("Patient", f["member"]),
           ("Insurance", f"{ORG}  ID {f['mid']}"), ("Physician", DOC)], w=40, size=9.4)
    rows = [[fd(d1, "dash"), "99204 New patient visit", usd(a1), "Paid by insurance", usd(a1 * 0.2)],
            [fd(d2, "dash"), "64454 Genicular nerve block", usd(a2), "Paid by insurance", usd(a2 * 0.2)],
            [fd(d3, "dash"), "64624 RF ablation genicular", usd(a3), "Denied by insurance", usd(a3)]]
    d.table(["Date", "Service", "Charge", "Insurance", "Your balance"], rows, [28, 56, 28, 40, 28], size=8.8)
    paras(d, [
        f"Your insurance denied the ablation as not medically necessary. We have asked {ORG} to reconsider. "
        "You do not need to pay the denied amount while the appeal is pending. Please pay the other balances "
        f"by {fd(plus(f['notice'], 30), 'dash')}."], size=9.4)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], claim_amount=f"{a3:.2f}",
              service_dates=[d3.isoformat()], denial_date=f["notice"].isoformat(), provider=DOC,
              unscored=["insurer"],
              alternates={"provider": [DOC_BARE, CLINIC], "claim_amount": [f"{a1 + a2 + a3:.2f}", None],
                          "service_dates": [[d1.isoformat(), d2.isoformat(), d3.isoformat()]]})
    return pdf_bytes(d), t


def doc_eob_lowres(r):
    f = base(r, 3)
    dd = sorted(plus(f["notice"], -r.randint(18, 50)) for _ in range(3))
    cl = [pat(r, "9999-99999-99") for _ in range(3)]
    am = [fee(r, 140, 220), fee(r, 4100, 5600), fee(r, 90, 160)]
    d = Page(footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Customer Service {f['phone']}"], 1)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B", "C")
    d.ln(1)
    y = d.get_y()
    lv(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["group"])], w=28, size=9)
    d.set_y(y)
    lv(d, [("Statement date", fd(f["notice"], "upper")),
           ("Claims processed", f"{fd(plus(f['notice'], -30), 'upper')} to {fd(f['notice'], 'upper')}")],
       w=34, size=9, x=110)
    d.ln(2)
    rows = [[cl[0], fd(dd[0], "upper"), "Office visit", CLINIC, usd(am[0], "nosign"), usd(am[0] * 0.7, "nosign"), ""],
            [cl[1], fd(dd[1], "upper"), "RF ablation 64624", CLINIC, usd(am[1], "nosign"), "0.00", "M7"],
            [cl[2], fd(dd[2], "upper"), "Knee X-ray", "Bluestem Imaging", usd(am[2], "nosign"),
             usd(am[2] * 0.8, "nosign"), ""]]
    d.table(["Claim", "Date", "Service", "Provider", "Billed", "Plan paid", "Note"], rows,
            [30, 24, 32, 46, 20, 20, 12], size=8.0)
    paras(d, [
        "M7 - Not medically necessary: the records did not show two diagnostic nerve blocks with at least 50% "
        f"relief ({POLICY}). You may owe the provider for this service.",
        "You may appeal a denied claim within 180 days of the date of this statement."], size=8.8)
    t = truth("eob", "medical_necessity", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[cl[1]], claim_amount=f"{am[1]:.2f}",
              service_dates=[dd[1].isoformat()], denial_date=f["notice"].isoformat(), provider=CLINIC,
              appeal_deadline=plus(f["notice"], 180).isoformat())
    return pdf_bytes(d), t


def doc_block_approval(r):
    f = base(r, 4)
    auth = "AUTH-" + pat(r, "9999999")
    a = plus(f["notice"], r.randint(5, 9))
    b = plus(a, 89)
    d = Page(footer=f"{ORG}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Customer Service {f['phone']}"], 0)
    y0, _ = sidebar(d, [("Date", fd(f["notice"], "long")), ("Member", f["member"]), ("Member ID", f["mid"]),
                        ("Authorization", auth), ("Provider", DOC_BARE), ("Valid", f"{fd(a, 'slash')} -"),
                        ("", fd(b, "slash"))])
    d.set_xy(72, y0)
    d.set_left_margin(72)
    d.text_line("Your request is approved", 12, "B")
    d.ln(2)
    paras(d, [
        f"Dear {f['member']},",
        "We approved diagnostic genicular nerve blocks of the right knee (CPT 64454), up to two sessions, at "
        f"{CLINIC}. The approval is valid for the dates shown at left.",
        "This approval is not a promise of payment; benefits depend on your eligibility and plan terms on the "
        "date of service. Radiofrequency ablation needs a separate request."], size=9.8)
    d.set_left_margin(18)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[auth],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=DOC_BARE, alternates={"provider": [CLINIC]})
    return pdf_bytes(d), t


def doc_upheld_prose(r):
    f = base(r, 5)
    appeal, ref = "AP-" + pat(r, "999999"), "UM" + pat(r, "99999999")
    planned = plus(f["notice"], -r.randint(40, 60))
    d = Page(serif=True, footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ORG, ["Appeals and Grievances", ORG_ADDR], 1)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"We have finished our review of your appeal, which we filed as appeal number {appeal}. You asked us to "
        f"change our decision (reference {ref}) not to cover cooled radiofrequency ablation of the genicular "
        f"nerves of your right knee, done by {DOC} on {fd(planned, 'long')}, member ID {f['mid']}.",
        "An orthopedic surgeon who was not involved in the first decision reviewed the records. Our medical "
        "policy still considers cooled radiofrequency ablation of the knee investigational, so we are upholding "
        "the denial. The procedure remains excluded as experimental or investigational under your plan.",
        "This is our final internal decision. You may ask for an independent external review within 4 months "
        "of the date you receive this letter; expedited external reviews are decided within 72 hours.",
        "Sincerely,", "Appeals and Grievances", ORG], size=10)
    t = truth("denial_letter", "experimental", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=DOC, alternates={"provider": [DOC_BARE]})
    return pdf_bytes(d), t


def doc_paid_eob_rot(r):
    f = base(r, 6)
    claim = pat(r, "9999-99999-99")
    dos = plus(f["notice"], -r.randint(15, 30))
    billed = fee(r, 900, 1300)
    allowed = round(billed * 0.55, 2)
    d = Page(footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Customer Service {f['phone']}"], 2)
    d.text_line("Explanation of Benefits", 12, "B")
    lv(d, [("Issued", fd(f["notice"], "abbr")), ("Member", f["member"]), ("ID", f["mid"]), ("Claim", claim),
           ("Provider", DOC), ("Date of service", fd(dos, "abbr"))], w=36, size=9.4)
    d.table(["Service", "Billed", "Allowed", "Plan paid", "You owe"],
            [["64454 Genicular nerve block", usd(billed, "space"), usd(allowed, "space"),
              usd(allowed * 0.8, "space"), usd(allowed * 0.2, "space")]], [60, 28, 28, 28, 28], size=9)
    paras(d, ["Your claim was paid. Your share is your 20% coinsurance. If you disagree, you may appeal within 180 "
              "days of the date of this statement."], size=9.2)
    t = truth("eob", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[claim],
              claim_amount=f"{billed:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider=DOC, appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [DOC_BARE], "appeal_deadline": [None]}, type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_lmn(r(1))
    return [
        Item(f"{FAMILY}_bd_rfa_pre_service_one_block", "born_digital", [doc_pre_bd(r(0))]),
        Item(f"{FAMILY}_faxfine_stack_lmn_and_cooled_rfa_investigational", "fax_fine_g4", docs, separators=seps),
        Item(f"{FAMILY}_photo_pain_clinic_statement", "phone_photo", [doc_statement_photo(r(2))]),
        Item(f"{FAMILY}_lowres_eob_three_claims_rfa_denied", "scan_lowres_150", [doc_eob_lowres(r(3))]),
        Item(f"{FAMILY}_scan300_nerve_block_approved_sidebar", "scan_clean_300", [doc_block_approval(r(4))]),
        Item(f"{FAMILY}_copy_appeal_upheld_investigational_prose", "photocopy", [doc_upheld_prose(r(5))]),
        Item(f"{FAMILY}_rotated_paid_eob_nerve_block", "rotated", [doc_paid_eob_rot(r(6))]),
    ]
