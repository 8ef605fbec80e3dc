"""An invented commercial plan (Thistledown Health Plan, with Brackenridge Benefit Administrators as its claims
administrator for appeals) denying or reducing complex urodynamic studies: a complex cystometrogram (CPT 51729)
over the plan's frequency limit of one study in 12 months, and the uroflowmetry (51741) and needle/patch EMG
(51784) codes bundled into the cystometrogram on the same day; with the urology practice's statement, a letter
from the practice to the plan, an upheld appeal, a prior authorization approval and a later claim denied for a
study done after the authorization period. Every plan, person, practice and number is invented.

Documents (8 in 7 files):
- bd_denial_letter_frequency_limit_prose: claim denial letter; the plan named only in the logo block and the
  closing; the urologist and practice named in prose ("Dr. ... of ... asked us to pay"); the earlier study date,
  the date received, date of birth and plan year as decoys; claim number with a "-01" suffix.
- faxstd_provider_claim_notice_bundled: the plan's provider claim notice in 7.5-8 pt under a typed fax header
  line on each page, small captions above boxed values, line table with From | To cells, 51741 and 51784 denied
  as included in 51729 (coding error), NPI, tax ID and patient account decoys; the provider's 90-day appeal.
- scan300_practice_statement: the urology practice's statement (denies nothing), the study's lines with the
  insurance adjustments and the frequency-limit balance billed to the patient.
- photocopy_two_page_practice_letter_to_plan: the practice's two-page reconsideration letter to the plan (the plan
  the addressee, the urologist the sender; denies nothing); page 2 under a repeated header; a cc line.
- rotated_eob_three_claims_one_denied: member EOB with three claims in a table (From | To), the urodynamic claim
  denied for the frequency limit, a pelvic floor therapy span "03/03/2026 thru 03/28/2026" as decoy.
- lowres_tpa_upheld_appeal_two_column: Brackenridge Benefit Administrators "on behalf of" the plan upholding the
  bundling denial; two columns with the facts on the right; the practice named only in the Re: line.
- phone_stack_auth_approval_then_expired_auth_denial: a prior authorization approval for a repeat study
  ("April 6 - May 5, 2026", denies nothing), its duplex back, then a claim denial upside down for a study done
  after that period (prior authorization).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhe import DHSheet
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "urodynamic_study_complex_cystometrogram_denial"
LANG = "en"
SEED = 351403
PLAN = "Thistledown Health Plan"
TPA = "Brackenridge Benefit Administrators"
PRACTICE = "Millbrook Urology Associates, PC"
URO = "Cassius T. Harwell"
PCP = "Yolanda Pemberton-Reyes"
PT = "Saltmarsh Pelvic Health Physical Therapy"
LIMIT = "one complex urodynamic study (CPT 51728 or 51729) in any 12-month period"


def _ids(rng):
    return {"mid": "TDH" + digits(rng, 9), "grp": f"GRP-{digits(rng, 6)}", "claim": f"C26{digits(rng, 7)}-01"}


def _dob(rng):
    return dt.date(rng.randint(1950, 1985), rng.randint(1, 12), rng.randint(1, 28))


def _charges(rng):
    return {"51729": amount(rng, 880, 1150), "51741": amount(rng, 140, 210), "51784": amount(rng, 290, 380),
            "51797": amount(rng, 240, 320)}


def _logo(p: DHSheet, rng, dept: str, y: float = 12, name: str = PLAN):
    p.set_y(y)
    p.set_fill_color(30, 90, 80)
    p.ellipse(p.l_margin, y, 11, 11, style="F")
    p.set_xy(p.l_margin + 14, y)
    p.f(14, "B")
    p.cell(0, 6, name, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 14)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(2000, 9999)}, Spokane WA 992{rng.randint(10, 99)}  |  "
                 f"1-866-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 16)


def bd_letter(rng):
    ids = _ids(rng)
    who, f_, m_, l_ = person(rng)
    nd = dt.date(2026, 4, 14) + dt.timedelta(days=rng.randint(0, 14))
    dos = dt.date(2026, 3, 3) + dt.timedelta(days=rng.randint(0, 12))
    prior = dt.date(2025, 9, 8) + dt.timedelta(days=rng.randint(0, 30))
    rec = plus(dos, rng.randint(5, 12))
    c = _charges(rng)
    tot = round(c["51729"] + c["51797"], 2)
    p = DHSheet(serif=True, footer=None)
    p.set_margins(24, 14, 24)
    p.add_page()
    _logo(p, rng, "Member Services")
    p.line(fdate(nd, "long"), 10.5)
    p.ln(3)
    for ln in [who, *address(rng)]:
        p.line(ln, 10.5)
    p.ln(4)
    p.line(f"Member ID: {ids['mid']}     Group: {ids['grp']}     Claim: {ids['claim']}", 9.5, "B")
    p.ln(3)
    p.para(f"Dear {f_} {l_}:", 10.5)
    p.para(f"Dr. {URO} of {PRACTICE} asked us to pay for a complex urodynamic study (a cystometrogram with "
           f"voiding pressure and urethral pressure profile, CPT 51729, with intra-abdominal pressure, 51797) that "
           f"you had on {fdate(dos, 'long')}. We received the claim on {fdate(rec, 'long')}. The practice billed "
           f"{money(tot)}.", 10.5)
    p.para(f"We cannot pay for this study. Your benefit plan covers {LIMIT}. Our records show a complex urodynamic "
           f"study on {fdate(prior, 'long')}, less than 12 months before this one. The plan's urodynamic testing "
           "policy allows a repeat study sooner only when a surgery is planned or the first study could not be "
           "read, and the records we received show neither.", 10.5)
    p.para("You have the right to appeal. Send your appeal within 180 days of the date of this letter. If your "
           "health could be seriously harmed by waiting, ask for an urgent appeal; we decide urgent appeals within "
           "72 hours. After our final decision you may ask for an external review within 4 months.", 10.5)
    p.para("Your date of birth on file: " + fdate(_dob(rng), "slash") + ". Plan year: 01/01/2026 - 12/31/2026.",
           9)
    p.para(f"Sincerely,\n\nMember Services\n{PLAN}", 10.5)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=who, cases=[ids["claim"]], claim_amount=m2(tot), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=URO, appeal_deadline=plus(nd, 180).isoformat(),
              denial_alternates=["medical_necessity"], alternates={"provider": [PRACTICE]})
    return out(p), t


def faxstd_notice(rng):
    ids = _ids(rng)
    who, f_, m_, l_ = person(rng)
    nd = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 14))
    dos = dt.date(2026, 2, 9) + dt.timedelta(days=rng.randint(0, 14))
    c = _charges(rng)
    tot = round(sum(c.values()), 2)
    den = round(c["51741"] + c["51784"], 2)
    acct = "MUA-" + digits(rng, 6)
    fax = (f"{nd.strftime('%m/%d/%y')} 09:{rng.randint(10, 59)} THISTLEDOWN HP PROV SVCS 509-555-{digits(rng, 4)}"
           f" -> MILLBROOK UROLOGY 509-555-{digits(rng, 4)}  PAGE {{n}} OF 2")
    p = DHSheet(footer="Page {n} of {nb}", fax_hdr=fax, cont=f"Provider claim notice - claim {ids['claim']} (cont.)")
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Provider Claim Notice", y=11)
    p.nboxes([("Notice date", fdate(nd, "slash"), 28), ("Claim number", ids["claim"], 34),
              ("Patient", who, 46), ("Member ID", ids["mid"], 36), ("Group", ids["grp"], 43.9)], h=10.5, cap=6,
             val=8)
    p.nboxes([("Rendering provider", f"{URO}, MD", 46), ("Billing provider", PRACTICE, 62),
              ("Billing NPI", digits(rng, 10), 28), ("Tax ID", f"91-{digits(rng, 7)}", 24),
              ("Patient account", acct, 27.9)], h=10.5, cap=6, val=7.6)
    p.nboxes([("Date received", fdate(plus(dos, 9), "slash"), 28), ("Referring provider", f"Dr. {PCP}", 52),
              ("Place of service", "11 - Office", 30), ("Claim billed", money(tot), 30), ("Plan paid", money(
                  round((c["51729"] + c["51797"]) * .62, 2)), 47.9)], h=10.5, cap=6, val=8)
    p.ln(3)
    p.band("SERVICE LINES", 8)
    rows = [[fdate(dos, "slash"), fdate(dos, "slash"), code, money(v, "nosign"),
             money(round(v * .62, 2), "nosign") if code in ("51729", "51797") else "0.00",
             "" if code in ("51729", "51797") else "CO-97 / N19"] for code, v in c.items()]
    p.table(["From", "To", "CPT", "Billed", "Allowed / paid", "Adj. codes"], rows, [26, 26, 20, 26, 30, 59.9],
            size=7.8, row_h=4.6, aligns=["L", "L", "L", "R", "R", "L"])
    p.para(f"CO-97 / N19: 51741 (complex uroflowmetry) and 51784 (EMG studies of the anal or urethral sphincter) are "
           f"included in the payment for 51729 when billed for the same patient on the same day. Denied lines: "
           f"{money(den)}. The member may not be billed for these lines.", 7.8)
    p.add_page()
    p.band("PROVIDER APPEALS AND CORRECTED CLAIMS", 8)
    p.para("If you disagree with this decision, send a provider appeal within 90 days of the date of this notice. "
           "A corrected claim must reach us within 365 days of the date of service. Urgent pre-service reviews are "
           "decided within 72 hours.", 7.8)
    p.para(f"Form TDH-PCN-07 (01/26)  |  Provider Services 1-866-555-{digits(rng, 4)}", 7.5)
    t = truth("eob", "coding_error", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=who,
              cases=[ids["claim"]], claim_amount=m2(tot), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=URO, appeal_deadline=plus(nd, 90).isoformat(), type_alternates=["denial_letter"],
              alternates={"claim_amount": [m2(den)], "provider": [PRACTICE]})
    return out(p), t


def scan300_statement(rng):
    ids = _ids(rng)
    who, f_, m_, l_ = person(rng)
    dos = dt.date(2026, 2, 16) + dt.timedelta(days=rng.randint(0, 14))
    ov = plus(dos, -rng.randint(14, 28))
    sd = plus(dos, rng.randint(50, 70))
    c = _charges(rng)
    ovc = amount(rng, 190, 260)
    tot = round(sum(c.values()) + ovc, 2)
    acct = digits(rng, 7)
    p = DHSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{address(rng)[0]}, Spokane WA 992{rng.randint(10, 99)}  |  Billing 509-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.f(12, "B")
    p.cell(0, 6, "STATEMENT", new_x="LMARGIN", new_y="NEXT")
    p.right_block([("Statement date:", fdate(sd, "abbr")), ("Account:", acct), ("Amount due:", "see below")], w=90,
                  size=8.5, y=p.get_y() - 6)
    p.ln(3)
    p.pairs([("Patient", who), ("Provider", f"{URO}, MD"), ("Insurance", f"{PLAN}  {ids['mid']}")], label_w=26,
            size=9)
    p.ln(2)
    fr = round(c["51729"] + c["51797"], 2)
    rows = [[fdate(ov, "slash"), "99204", "New patient visit", money(ovc, "nosign"), money(ovc * .8, "nosign"),
             money(ovc * .2, "nosign")],
            [fdate(dos, "slash"), "51729", "Complex cystometrogram w/ UPP", money(c["51729"], "nosign"), "0.00",
             money(c["51729"], "nosign")],
            [fdate(dos, "slash"), "51797", "Intra-abdominal voiding pressure", money(c["51797"], "nosign"), "0.00",
             money(c["51797"], "nosign")],
            [fdate(dos, "slash"), "51741", "Complex uroflowmetry", money(c["51741"], "nosign"),
             "adj " + money(c["51741"], "nosign"), "0.00"],
            [fdate(dos, "slash"), "51784", "Sphincter EMG", money(c["51784"], "nosign"),
             "adj " + money(c["51784"], "nosign"), "0.00"],
            ["", "", "Total charges", money(tot, "nosign"), "", ""]]
    p.table(["Date", "CPT", "Description", "Charge", "Insurance", "Patient"], rows, [24, 16, 70, 24, 30, 23.9],
            size=8.3, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    due = round(ovc * .2 + fr, 2)
    p.para(f"Your plan denied the study of {fdate(dos, 'long')} (51729, 51797) under its limit of one complex "
           f"urodynamic study in 12 months, leaving {money(fr)} as your responsibility. The uroflow and EMG lines "
           f"were adjusted off as included in the study and are not billed to you. Amount due: {money(due)}.", 9)
    p.para("Questions about this bill? Call our billing office. Payment plans are available.", 9)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=who, claim_amount=m2(tot),
              service_dates=[span(dos)], denial_date=sd.isoformat(), provider=URO, unscored=["insurer"],
              alternates={"provider": [PRACTICE], "claim_amount": [m2(fr), m2(due)],
                          "service_dates": [[span(ov), span(dos)]]})
    return out(p), t


def photocopy_letter(rng):
    ids = _ids(rng)
    who, f_, m_, l_ = person(rng)
    ld = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 14))
    dos = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 14))
    prior = dt.date(2025, 10, 6) + dt.timedelta(days=rng.randint(0, 30))
    surg = plus(ld, rng.randint(20, 40))
    c = _charges(rng)
    tot = round(c["51729"] + c["51797"], 2)
    p = DHSheet(footer="Page {n} of {nb}", cont=f"{PLAN} - {who} - Member ID {ids['mid']} - Claim {ids['claim']}")
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Female pelvic medicine and reconstructive surgery  |  509-555-{digits(rng, 4)}  |  NPI "
                 f"{digits(rng, 10)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [PLAN, "Attn: Provider Reconsiderations", f"PO Box {rng.randint(2000, 9999)}",
               f"Spokane WA 992{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"Patient: {who}   DOB {fdate(_dob(rng), 'slash')}", f"Member ID {ids['mid']}   Claim {ids['claim']}",
                f"Date of service: {fdate(dos, 'slash')}   Billed {money(tot)}"], 9.5)
    p.para("Dear Reconsideration Committee:", 10)
    p.para(f"I am writing about the denial of the complex urodynamic study I performed for {f_} {l_} on "
           f"{fdate(dos, 'long')}. The claim was denied because of the plan's limit of one study in 12 months; "
           f"the earlier study was done on {fdate(prior, 'long')} by another practice.", 10)
    p.para("The earlier tracing could not be interpreted: the rectal catheter was displaced during filling, so "
           "detrusor pressure was never recorded, and that practice's report says so. A study that cannot be read "
           "is one of the exceptions in your own urodynamic testing policy.", 10)
    p.para(f"The repeat study showed stress urinary incontinence with a normal detrusor, and a midurethral sling is "
           f"planned for {fdate(surg, 'long')}. Surgical planning is the second exception in the policy.", 10)
    p.add_page()
    p.para("For these two reasons I ask you to reconsider the denial and pay the claim. The earlier study's report "
           "and the tracing of the repeat study are enclosed.", 10)
    p.para("Please contact my office with any questions; I am available for a peer-to-peer review.", 10)
    p.para(f"Sincerely,\n\n{URO}, MD\nUrologist, {PRACTICE}", 10)
    p.para(f"cc: Dr. {PCP}, primary care; {who}", 8.5)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=who, cases=[ids["claim"]],
              claim_amount=m2(tot), service_dates=[span(dos)], denial_date=ld.isoformat(), provider=URO,
              alternates={"insurer": [None], "provider": [PRACTICE], "claim_amount": [None]})
    return out(p), t


def rotated_eob(rng):
    ids = _ids(rng)
    who, f_, m_, l_ = person(rng)
    sub = person(rng)[0]
    sd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 12))
    dos = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 8))
    pt0, pt1 = dt.date(2026, 3, 3), dt.date(2026, 3, 28)
    ov = plus(dos, -rng.randint(8, 14))
    c = _charges(rng)
    uro = round(c["51729"] + c["51797"], 2)
    ptc = amount(rng, 900, 1300)
    ovc = amount(rng, 180, 240)
    cl = [f"C26{digits(rng, 7)}-0{i}" for i in (1, 1, 1)]
    p = DHSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Explanation of Benefits - this is not a bill")
    p.right_block([("Statement date", fdate(sd, "long")), ("Subscriber", sub), ("Patient", who),
                   ("Member ID", ids["mid"]), ("Group", ids["grp"])], w=100, size=8.5, y=p.get_y())
    p.ln(4)
    rows = [[f"Dr. {URO}", cl[0], fdate(ov, "slash"), fdate(ov, "slash"), money(ovc, "nosign"),
             money(ovc * .75, "nosign"), "PAID"],
            [PT, cl[1], fdate(pt0, "slash"), fdate(pt1, "slash"), money(ptc, "nosign"), money(ptc * .7, "nosign"),
             "PAID"],
            [f"Dr. {URO}", cl[2], fdate(dos, "slash"), fdate(dos, "slash"), money(uro, "nosign"), "0.00",
             "DENIED U12"]]
    p.table(["Provider", "Claim number", "From", "To", "Billed", "Plan paid", "Status"], rows,
            [50, 32, 22, 22, 20, 20, 21.9], size=7.8, aligns=["L", "L", "L", "L", "R", "R", "L"])
    p.para(f"U12  Complex urodynamic study (51729, 51797) on {fdate(dos, 'long')}: your plan covers {LIMIT}. A study "
           "was paid within the last 12 months, so this one is not covered. You may owe the provider the billed "
           "amount.", 8.5)
    p.para(f"Pelvic floor therapy with {PT}: 03/03/2026 thru 03/28/2026, 8 visits, paid at the in-network rate.",
           8.5)
    p.para("You may appeal a denied claim within 180 days of the date of this statement. Call Member Services at "
           f"1-866-555-{digits(rng, 4)} (TTY 711).", 8.5)
    t = truth("eob", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=who,
              cases=[cl[2]], claim_amount=m2(uro), service_dates=[span(dos)], denial_date=sd.isoformat(),
              provider=URO, appeal_deadline=plus(sd, 180).isoformat(), denial_alternates=["medical_necessity"])
    return out(p), t


def lowres_appeal(rng):
    ids = _ids(rng)
    who, f_, m_, l_ = person(rng)
    nd = dt.date(2026, 6, 1) + dt.timedelta(days=rng.randint(0, 14))
    od = plus(nd, -rng.randint(40, 60))
    dos = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 14))
    c = _charges(rng)
    tot = round(sum(c.values()), 2)
    appeal = f"BBA-AP-26{digits(rng, 5)}"
    p = DHSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _logo(p, rng, f"Appeals, on behalf of {PLAN}", name=TPA)
    p.line("NOTICE OF APPEAL DECISION", 12, "B")
    p.ln(1)
    p.re_block([f"Services of {PRACTICE}"], 9.5)
    left = [f"{who}\n" + "\n".join(address(rng)),
            f"Dear {f_} {l_}:",
            f"{TPA} administers claims and appeals for {PLAN}. We reviewed your appeal of the claim decision dated "
            f"{fdate(od, 'long')} for the urodynamic testing done on {fdate(dos, 'long')}. A board-certified "
            "urologist who did not take part in the first decision reviewed it.",
            "Decision: upheld. The uroflowmetry (51741) and the sphincter EMG (51784) were done during the same "
            "session as the complex cystometrogram (51729). The plan pays these codes as part of 51729 and does not "
            "pay them separately. You do not owe the provider for these two lines.",
            "You may ask for a second-level appeal within 60 days of the date of this letter, or for an external "
            "review within 4 months."]
    right = [("Date of notice", fdate(nd, "slash")), ("Appeal no.", appeal), ("Claim no.", ids["claim"]),
             ("Member", who), ("Member ID", ids["mid"]), ("Group", ids["grp"]), ("DOS", fdate(dos, "slash")),
             ("Billed (claim)", money(tot)), ("Lines appealed", "51741, 51784")]
    p.two_col(left, right, left_w=112, size=9.3)
    p.ln(2)
    p.para(f"Sincerely,\n\nAppeals Unit, {TPA}\non behalf of {PLAN}", 9.5)
    t = truth("denial_letter", "coding_error", insurer=TPA, group=ids["grp"], member_id=ids["mid"], member_name=who,
              cases=[appeal, ids["claim"]], claim_amount=m2(tot), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=PRACTICE, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": [PLAN], "case_numbers": [[appeal]],
                          "claim_amount": [m2(c["51741"] + c["51784"])]})
    return out(p), t


def phone_stack(rng):
    ids = _ids(rng)
    who, f_, m_, l_ = person(rng)
    ad = dt.date(2026, 3, 30) + dt.timedelta(days=rng.randint(0, 3))
    a0, a1 = dt.date(2026, 4, 6), dt.date(2026, 5, 5)
    pa = f"PA{digits(rng, 8)}"
    p = DHSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    _logo(p, rng, "Utilization Management")
    p.line(f"Prior authorization approved  -  {fdate(ad, 'long')}", 11, "B")
    p.ln(2)
    p.pairs([("Authorization no.", pa), ("Patient", who), ("Member ID", ids["mid"]), ("Requesting", f"Dr. {URO}"),
             ("Service", "51729 complex cystometrogram, 1 study"), ("Valid", "April 6 - May 5, 2026")],
            label_w=36, size=9.5)
    p.ln(2)
    p.para(f"We approved the request from Dr. {URO} of {PRACTICE} for a repeat complex urodynamic study. The study "
           f"must be done from {fdate(a0, 'long')} through {fdate(a1, 'long')}. Approval is not a guarantee of "
           "payment; benefits depend on your eligibility on the date of service.", 9.5)
    d1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=who, cases=[pa],
                        service_dates=[span(a0, a1)], denial_date=ad.isoformat(), provider=URO,
                        alternates={"provider": [PRACTICE], "service_dates": [[], [span(a0)]]}))
    nd = dt.date(2026, 6, 15) + dt.timedelta(days=rng.randint(0, 10))
    dos = dt.date(2026, 5, 12) + dt.timedelta(days=rng.randint(0, 6))
    c = _charges(rng)
    tot = round(c["51729"] + c["51797"], 2)
    claim = f"C26{digits(rng, 7)}-02"
    q = DHSheet(footer=None)
    q.set_margins(22, 14, 22)
    q.add_page()
    _logo(q, rng, "Claims Department")
    q.line("Claim decision", 12, "B")
    q.ln(2)
    q.pairs([("Notice date", fdate(nd, "slash")), ("Patient", who), ("Member ID", ids["mid"]), ("Claim", claim),
             ("DOS", fdate(dos, "slash")), ("Billed", money(tot)), ("Provider", f"{URO}, MD")], label_w=30, size=9.5)
    q.ln(2)
    q.para(f"The complex urodynamic study of {fdate(dos, 'long')} is denied. Authorization {pa} covered a study from "
           f"{fdate(a0, 'long')} through {fdate(a1, 'long')} only, and no authorization was in place on the date of "
           "service. You may appeal within 180 days of the date of this notice.", 9.5)
    d2 = (out(q), truth("denial_letter", "prior_authorization", insurer=PLAN, member_id=ids["mid"], member_name=who,
                        cases=[claim], claim_amount=m2(tot), service_dates=[span(dos)], denial_date=nd.isoformat(),
                        provider=URO, appeal_deadline=plus(nd, 180).isoformat(),
                        alternates={"provider": [PRACTICE], "case_numbers": [[claim, pa]]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_denial_letter_frequency_limit_prose", "born_digital", [bd_letter(rng)]),
        Item(F + "faxstd_provider_claim_notice_bundled", "fax_standard_g4", [faxstd_notice(rng)]),
        Item(F + "scan300_practice_statement", "scan_clean_300", [scan300_statement(rng)]),
        Item(F + "photocopy_two_page_practice_letter_to_plan", "photocopy", [photocopy_letter(rng)]),
        Item(F + "rotated_eob_three_claims_one_denied", "rotated", [rotated_eob(rng)]),
        Item(F + "lowres_tpa_upheld_appeal_two_column", "scan_lowres_150", [lowres_appeal(rng)]),
        Item(F + "phone_stack_auth_approval_then_expired_auth_denial", "phone_photo", phone_stack(rng),
             separators=["duplex", None], turns={(1, 0): 180}),
    ]
