"""Papers mirrored (structure and plain wording style only) from a state newborn and child hearing screening follow-up
program (an Early Hearing Detection and Intervention program of a state health department) that pays diagnostic
audiology and early hearing aids for children whose families have no coverage for them: referrals from birthing
hospitals after a newborn screen that did not pass, an age limit (birth to the sixth birthday), an income limit,
prior approval of hearing aids by the program's audiology consultant, program-enrolled pediatric audiologists only,
a claim time limit, private insurance and Medicaid first (the program pays last), and a fiscal agent that pays the
providers. Every name is invented: the State of Brennaway (BW), the Brennaway Department of Health and its program
"EarlySound" (the Brennaway Newborn Hearing Screening and Follow-up Program; benefit plans EHDI-DX for diagnosis and
EHDI-HA for hearing aids), the fiscal agent Tiverlake Fiscal Services, Inc., the other insurer, every hospital, clinic,
audiologist, family, number and address; CPT / HCPCS codes and CARCs appear as themselves; phones 555.

Documents (8 in 7 files):
- born_digital: the fiscal agent's two-page remittance advice to a pediatric audiology clinic: four children's claims
  whose header rows carry inline captions (Client, Plan:, Referral #, Auth); one child's diagnostic claim pays 0.00
  under OA-22 with the bare note marks "2, 4", explained in a numbered note list (other coverage first) beside a
  letter-code legend; the table breaks across the pages.
- fax_standard_g4: the program's notice that hearing aids fitted without prior approval cannot be paid ("Date of
  notice: Mon 04/13/2026"), values in ruled boxes, faxed to the audiology center.
- fax_standard_g4 stack: the mother's hand-lettered fax cover ("Frm", "Attn", "# of pgs  four", "Re:" run into the
  subject; names the child, not the program) to a family support worker, then the program's two-page refusal of a
  hearing aid request because the child turned six (page 2 fed sideways), then the hearing clinic's bill (a different
  sender) whose refused visit is named only in its message.
- scan_clean_300: approval of a diagnostic ABR for a baby referred by the birthing hospital ("Decision of Tuesday,
  March 10, 2026"), two-column prose, hospital screen dates and a referral number as decoys (denies nothing).
- photocopy (Spanish): a diagnostic visit with an audiologist not enrolled with the program.
- phone_photo: a late earmold claim ("Notice of the 5th of May, 2026"), with a printed review date.
- rotated: a personal remote microphone system for school is not a program benefit.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundes_famsb import (ESSheet, abbr, day_long, day_short, digits, dmy, es_date, es_short, fax_line, hand_cover,
                               home_fax_line, iso, long, n2, ordinal, plus, short_md, slash, upper, usd)
from public_kit import m2, out, truth

FAMILY = "brennaway_earlysound_newborn_hearing_follow_up_other_coverage_row_unapproved_aids_age_six_unenrolled_audiologist_late_earmolds_remote_mic_refusals"
LANG = "en"
SEED = 355081
PROG = "Brennaway EarlySound Program"
PROG_ES = "Programa EarlySound de Brennaway"
DEPT = "Brennaway Department of Health"
LONGNAME = "Brennaway Newborn Hearing Screening and Follow-up Program"
PROG_ALT = ["EarlySound Program", "EarlySound", DEPT, LONGNAME, "Newborn Hearing Screening and Follow-up Program",
            PROG_ES, PROG]
FA = "Tiverlake Fiscal Services, Inc."
FA_ALT = ["Tiverlake Fiscal Services", "Tiverlake"] + PROG_ALT
DX, HA = "EHDI-DX", "EHDI-HA"
RIGHT = ["Family line (844) 555-0163", "Provider line (844) 555-0164", "Fax (608) 555-0171",
         "41 Capstone Row, Port Aldry, BW 60214"]
LEGAL = ("EarlySound is the Brennaway Newborn Hearing Screening and Follow-up Program of the Brennaway Department of "
         "Health, Division of Family and Child Health, 41 Capstone Row, Port Aldry, BW 60214. The Brennaway EarlySound "
         "Program pays last, after any other coverage. Form EHDI-N4 (rev. 02/2026).")
LEGAL_ES = ("EarlySound es el Programa de Detección Auditiva del Recién Nacido y Seguimiento del Departamento de Salud de "
            "Brennaway, 41 Capstone Row, Port Aldry, BW 60214. El Programa EarlySound de Brennaway paga al final, "
            "después de cualquier otra cobertura. Formulario EHDI-N4S (rev. 02/2026).")


def client_id(rng: random.Random) -> str:
    """EarlySound client number: letters that look like digits, a dash, six digits ('SIB-407216')."""
    return f"SIB-{digits(rng, 6)}"


def icn(rng: random.Random) -> str:
    return f"26{digits(rng, 11)}"


def auth_no(rng: random.Random) -> str:
    return f"A26-{digits(rng, 5)}"


def referral(rng: random.Random) -> str:
    return f"NHS-26-{digits(rng, 5)}"


def earlysound(p: ESSheet, sub: str = "Newborn Hearing Screening and Follow-up Program", es: bool = False):
    p.stacked_mark("Early", "Sound", "Departamento de Salud de Brennaway" if es else DEPT, sub,
                   RIGHT if not es else ["Línea para familias (844) 555-0163", "Fax (608) 555-0171",
                                         "41 Capstone Row, Port Aldry, BW 60214"])


# ------------------------------------------------------------------------------------------------------------------
def born_remittance(rng):
    pay = dt.date(2026, 4, 24)
    CLINIC = "Fallowden Children's Audiology, PLLC"
    wrath, duv = "Hollis Wrathall, AuD", "Marisela Duvernay, AuD"
    kids = [("Ayla R. Tyldesley", client_id(rng), DX, dt.date(2026, 3, 31)),
            ("Mateo J. Arrambide", client_id(rng), DX, dt.date(2026, 4, 2)),
            ("Kofi D. Ampomah", client_id(rng), HA, dt.date(2026, 4, 7)),
            ("Liesl N. Oosterbaan", client_id(rng), HA, dt.date(2026, 4, 9))]
    icns = [icn(rng) for _ in kids]
    refs = [referral(rng), referral(rng)]
    auths = [auth_no(rng), auth_no(rng)]
    ra = f"RA-{digits(rng, 7)}"
    eft = f"EFT {digits(rng, 9)}"
    # (code, service, units, billed, allowed, paid, adj, notes)
    c1 = [("92652", "ABR, threshold estimation", 1, 610.00, 402.18, 402.18, "CO-45", "1"),
          ("92587", "Otoacoustic emissions, limited", 1, 140.00, 61.40, 61.40, "CO-45", "1"),
          ("92567", "Tympanometry", 1, 88.00, 31.22, 31.22, "CO-45", "1")]
    c2 = [("92652", "ABR, threshold estimation", 1, 610.00, 0.00, 0.00, "OA-22", "2, 4"),
          ("92588", "Otoacoustic emissions, comprehensive", 1, 195.00, 0.00, 0.00, "OA-22", "2, 4"),
          ("92567", "Tympanometry", 1, 88.00, 0.00, 0.00, "OA-22", "2, 4"),
          ("92550", "Tympanometry and reflex", 1, 74.00, 0.00, 0.00, "OA-22", "2, 4")]
    c3 = [("V5261", "Hearing aid, digital, binaural, BTE", 1, 3780.00, 2620.00, 2620.00, "CO-45", "1"),
          ("V5160", "Dispensing fee, binaural", 1, 400.00, 310.00, 310.00, "CO-45", "1"),
          ("V5264", "Ear mold / insert", 2, 190.00, 118.00, 118.00, "CO-45", "1, 3")]
    c4 = [("V5264", "Ear mold / insert", 2, 190.00, 118.00, 118.00, "CO-45", "1, 3"),
          ("V5275", "Ear impression, each", 2, 84.00, 52.60, 52.60, "CO-45", "1")]

    def rows(d, lines):
        r, tot = [], [0.0, 0.0, 0.0]
        for code, svc, u, b, a, pd, adj, nt in lines:
            r.append([slash(d), code, svc, str(u), n2(b), n2(a), n2(pd), adj, nt])
            tot = [tot[0] + b, tot[1] + a, tot[2] + pd]
        return r, tot

    parts = [rows(k[3], c) for k, c in zip(kids, (c1, c2, c3, c4))]
    heads = [
        f"ICN {icns[0]}   Client {kids[0][1]}   {kids[0][0]}   Plan: {DX}   Referral # {refs[0]}",
        f"ICN {icns[1]}   Client {kids[1][1]}   {kids[1][0]}   Plan: {DX}   Referral # {refs[1]}",
        f"ICN {icns[2]}   Client {kids[2][1]}   {kids[2][0]}   Plan: {HA}   Auth {auths[0]}",
        f"ICN {icns[3]}   Client {kids[3][1]}   {kids[3][0]}   Plan: {HA}   Auth {auths[1]}",
    ]
    subs = [f"Rendering  {duv}      Place of service  11 (office)      Auth  not required",
            f"Rendering  {wrath}      Place of service  11 (office)      Auth  not required",
            f"Rendering  {duv}      Fitting  right and left      Prior approval on file",
            f"Rendering  {wrath}      Replacement molds (growth)      Prior approval on file"]
    claims = []
    for h, s, (r, tot) in zip(heads, subs, parts):
        claims.append({"head": h, "sub": [s], "rows": r,
                       "total": ["", "", "Claim total", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), "", ""]})
    paid = sum(t[2] for _, t in parts)
    p = ESSheet(footer="Page {n} of {nb}",
                legal="Tiverlake Fiscal Services, Inc. pays EarlySound claims as fiscal agent for the Brennaway "
                      "Department of Health under contract DOH-FA-2291. Program rules: Brennaway Admin. Code ch. "
                      "64-19.",
                run_hdr=f"TIVERLAKE  \u00b7  EarlySound remittance {ra}  \u00b7  Payee {CLINIC}  \u00b7  "
                        f"page {{n}} of {{nb}}")
    p.set_margins(14, 13, 14)
    p.add_page()
    p.logo_word("Tiverlake", FA, "Fiscal agent for the Brennaway EarlySound Program",
                ["Provider services (844) 555-0164", "Claims PO Box 7730, Port Aldry, BW 60219",
                 "Fax (608) 555-0176", "tiverlake-earlysound.example"])
    W = p.W
    p.bar("REMITTANCE ADVICE  \u00b7  EARLYSOUND PROVIDER PAYMENTS", right="Keep for your records", size=10)
    p.cap_boxes([[("Payee", CLINIC, 0.42), ("Remittance number", ra, 0.2), ("Payment date", long(pay), 0.2),
                  ("Payment", eft, 0.18)],
                 [("Payee address", "18 Coopersgate Row, Fallowden, BW 60418", 0.42),
                  ("Program provider no.", f"PRV-{digits(rng, 6)}", 0.2), ("NPI", f"1{digits(rng, 9)}", 0.2),
                  ("Claims on this advice", "4", 0.18)]], size=8.8)
    p.run_table(["Benefit plan", "Claims", "Billed", "Allowed", "Paid"],
                [[f"{DX}  diagnostic audiology", "2", n2(parts[0][1][0] + parts[1][1][0]),
                  n2(parts[0][1][1] + parts[1][1][1]), n2(parts[0][1][2] + parts[1][1][2])],
                 [f"{HA}  hearing aids and ear molds", "2", n2(parts[2][1][0] + parts[3][1][0]),
                  n2(parts[2][1][1] + parts[3][1][1]), n2(parts[2][1][2] + parts[3][1][2])]],
                [70, 20, 30, 30, W - 150], aligns=["L", "C", "R", "R", "R"], size=8, row_h=4.8)
    p.set_font("Sans", "B", 8.4)
    p.cell(W, 4.6, "Message from EarlySound to enrolled audiologists", new_x="LMARGIN", new_y="NEXT")
    p.small("From May 1, 2026 the Program pays for hearing aid batteries only with a prior approval that covers the "
            "whole year (up to 80 cells a year for each hearing aid). Requests for a second set of hearing aids within "
            "four years of the first need the audiology consultant's review and the latest audiogram. Enrollment "
            "renewals for 2026-2027 are due by June 30, 2026; a practice that does not renew cannot be paid for care "
            "given after that date. The fee schedule (example: ABR threshold estimation, $402.18) is posted for "
            "providers on the Tiverlake portal.", 7.6, border=1, gap=3)
    p.small("Each claim opens with its internal control number (ICN), the child's EarlySound client number and name, the "
            "benefit plan and the hospital referral or prior approval number. Adjustment codes (Adj) are the standard "
            "claim adjustment reason codes; the numbers in the Notes column refer to the numbered notes after the "
            "claims.", 7.6)
    p.claims_grid(["Service date", "Code", "Service", "Units", "Billed", "Allowed", "Paid", "Adj", "Notes"],
                  [20, 14, 55, 11, 18, 18, 17, 15, W - 168], ["L", "L", "L", "C", "R", "R", "R", "C", "C"], claims,
                  size=7.5, row_h=4.9, foot_room=34)
    p.set_font("Sans", "B", 8.6)
    p.cell(0, 5, f"Total paid on this advice: {usd(paid)}  ({eft}, deposited {slash(plus(pay, 1))})",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.note_list("Notes", [
        ("1", "Paid at the EarlySound fee schedule. A provider who accepts EarlySound may not bill the family for any "
              "part of a covered service."),
        ("2", "Other coverage on file: the child is a dependent on a private health plan (Glenquair Mutual Health "
              "Company, subscriber Tomás Arrambide, ID GQM 8830 2147). EarlySound pays last. Bill the other plan "
              "first and send us its explanation of benefits with a new claim."),
        ("3", "Ear molds: one pair every 6 months through age 2, then one pair every 12 months."),
        ("4", "Nothing paid on this claim."),
        ("5", "Claim received more than 180 days after the date of service."),
        ("6", "The child was not enrolled with EarlySound on the date of service."),
    ], size=7.7)
    p.legend_split("Adjustment codes used by Tiverlake for EarlySound", [
        ("CO-45", "Charge exceeds the fee schedule amount. The difference is not paid and may not be billed."),
        ("OA-22", "This care may be covered by another payer under coordination of benefits."),
        ("CO-29", "The time limit for filing has expired."),
        ("CO-197", "Prior approval was required and is absent."),
        ("CO-31", "The patient cannot be identified as our client."),
    ], size=7.5, code_w=15)
    p.columns([
        ("Reconsideration", "A provider may ask Tiverlake to reconsider any claim on this advice within 90 days of "
         "the date of this remittance. Write to Reconsiderations, PO Box 7730, Port Aldry, BW 60219, or fax (608) "
         "555-0176, with the ICN and the reason. A claim sent again with another payer's explanation of benefits "
         "is a new claim, not a reconsideration."),
        ("Families", "Families do not receive this advice. When EarlySound cannot pay, the program writes to the "
         "family separately. Questions about a child's enrollment: family line (844) 555-0163."),
    ], n=2, size=8)
    t = truth("eob", "other", insurer=FA, plan_id=DX, member_id=kids[1][1], member_name=kids[1][0],
              cases=[icns[1]], claim_amount=m2(parts[1][1][0]), service_dates=[iso(kids[1][3])], denial_date=iso(pay),
              provider="Hollis Wrathall", appeal_deadline=iso(plus(pay, 90)),
              alternates={"insurer": FA_ALT, "case_numbers": [[icns[1], refs[1]]], "provider": [CLINIC]},
              type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_unapproved_aids(rng):
    child, mom = "Saoirse L. Mounsey", "Niamh Mounsey"
    cid = client_id(rng)
    nd = dt.date(2026, 4, 13)
    fit, got = dt.date(2026, 3, 24), dt.date(2026, 4, 3)
    dob = dt.date(2024, 9, 30)
    cn = icn(rng)
    CTR = "Summerlade Hearing & Balance Center"
    aud = "Dr. Ottoline Farquar, AuD"
    lines = [("V5261", "Hearing aids, digital, behind the ear, both ears", 3960.00),
             ("V5160", "Dispensing fee, both ears", 420.00), ("V5264", "Ear molds (2)", 180.00),
             ("V5275", "Ear impressions (2)", 90.00)]
    billed = sum(v for *_, v in lines)
    job = digits(rng, 4)
    fl = fax_line(nd, "09:41", "BW DOH EARLYSOUND", "(608) 555-0171", "SUMMERLADE HEARING 6085550139", job)
    p = ESSheet(footer="Page {n} of {nb}", fax_hdr=fl, legal=LEGAL)
    p.set_margins(18, 14, 18)
    p.add_page()
    earlysound(p)
    W = p.W
    y0 = p.get_y()
    p.address_block([f"To the parent or guardian of {child}", mom, "2207 Sandywell Lane", "Summerlade BW 60433"],
                    9.4, y=y0)
    p.set_xy(p.l_margin + W * 0.55, y0)
    p.set_font("Sans", "", 8.6)
    p.cell(W * 0.45, 5, f"Date of notice: {day_short(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + W * 0.55)
    p.multi_cell(W * 0.45, 4.6, f"Copy to: {aud}, {CTR}", new_x="LMARGIN", new_y="NEXT")
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 21) + 3)
    p.set_font("Sans", "B", 12)
    p.multi_cell(W, 6, "Notice of decision: EarlySound cannot pay for hearing aids fitted before the program approved "
                       "them", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.cap_boxes([[("Child", child, 0.34), ("Client number", cid, 0.22), ("Benefit plan", HA, 0.2),
                  ("Date of birth", slash(dob), 0.24)],
                 [("Claim (ICN)", cn, 0.34), ("Fitted on", long(fit), 0.22), ("Claim received", slash(got), 0.2),
                  ("Amount billed", usd(billed), 0.24)],
                 [("Audiologist", aud, 0.34), ("Practice", CTR, 0.44), ("Audiology license", "AUD-BW 00731", 0.22)]],
                size=8.8)
    p.para(f"Dear {mom}:", 9.6)
    p.para(f"EarlySound received a claim from {CTR} for two hearing aids, ear molds and the fitting for Saoirse on "
           f"{long(fit)}. We are sorry, but the Program cannot pay this claim.", 9.2)
    p.para("**Why.** EarlySound pays for hearing aids only when the Program's audiology consultant approves them before "
           "they are fitted. The audiologist sends the hearing test results and a request, and we answer within 10 "
           "working days. We have no request for Saoirse's hearing aids, and none was made after the fitting. The rule "
           "is in section 64-19-7 of the Brennaway Administrative Code.", 9.2)
    p.run_table(["Code", "Service", "Billed", "Paid"],
                [[c, s, n2(v), "0.00"] for c, s, v in lines] + [["", "Total", n2(billed), "0.00"]],
                [20, 100, 26, W - 146], aligns=["L", "L", "R", "R"], size=8.6, bold_rows={len(lines)})
    p.para("**What the audiologist can do.** The audiologist may still send the request with Saoirse's test results. "
           "If the consultant finds the hearing aids were needed and the claim is sent again, we can pay it at the "
           f"program rate. Because the practice accepts EarlySound, {CTR} may not ask you to pay while this is being "
           "sorted out.", 9.2)
    p.heading("If you disagree", 10.4)
    p.para("You may ask for a program review within 30 days of the date of this notice. Call the family line, or write "
           "to EarlySound Reviews, 41 Capstone Row, Port Aldry, BW 60214, or fax (608) 555-0171. If the review does not "
           "change the decision, you may then ask for an administrative hearing within 90 days of the review decision.",
           9.2)
    p.signature(["Program Services Unit", "EarlySound, Brennaway Department of Health"], 9.2)
    t = truth("denial_letter", "prior_authorization", insurer=PROG, plan_id=HA, member_id=cid, member_name=child,
              cases=[cn], claim_amount=m2(billed), service_dates=[iso(fit)], denial_date=iso(nd), provider=CTR,
              appeal_deadline=iso(plus(nd, 30)),
              alternates={"insurer": PROG_ALT, "provider": [aud, "Ottoline Farquar"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def stack_age_six(rng):
    child, mom = "Jonah P. Stellwagen", "Marit Stellwagen"
    cid = client_id(rng)
    nd = dt.date(2026, 3, 20)
    ev, req_got, fit = dt.date(2026, 3, 3), dt.date(2026, 3, 6), dt.date(2026, 4, 2)
    dob = dt.date(2020, 2, 11)
    bill_d = dt.date(2026, 4, 8)
    fax_d = dt.date(2026, 4, 10)
    rq = auth_no(rng)
    CLIN = "Ebbing Cross Pediatric Hearing Clinic"
    aud = "Thaddeus Opoku, AuD"
    est = 4890.00
    ev_amt = 385.00
    hfl = home_fax_line(fax_d, "19:07", "STELLWAGEN", "608 555 0148")
    cover = hand_cover(rng, "FAX", [("To:", "Ebbing Cross Early Intervention"), ("Attn", "Ms. Ferelith Nockolds"),
                                     ("Frm", "Marit Stellwagen (Jonah's mom)"), ("Ph.", "608-555-0148"),
                                     ("# of pgs", "four"), ("Re:Jonah", "hearing aid letter + bill")],
                       ["Hi Ferelith - here is what came.", "They say he is too old now??", "Can we talk Tues?  - M."],
                       fax_hdr=hfl, fax_tot=4, pad="Compliments of Foxbrook Family Pharmacy - refills (608) 555-0150")
    # --- document 1: the program's refusal (2 pages) ----------------------------------------------------------------
    p = ESSheet(footer="Page {n} of {nb}", legal=LEGAL, fax_hdr=hfl, fax_off=1, fax_tot=4)
    p.set_margins(18, 14, 18)
    p.add_page()
    earlysound(p)
    W = p.W
    y0 = p.get_y()
    p.address_block([mom, "Parent of Jonah P. Stellwagen", "5 Weirgate Court, Apt 2", "Ebbing Cross BW 60451"], 9.4,
                    y=y0)
    p.set_xy(p.l_margin + W * 0.55, y0)
    p.label_col([("Notice date", dmy(nd)), ("Client no.", cid), ("Request no.", rq), ("Benefit plan", HA),
                 ("Received", slash(req_got))], p.l_margin + W * 0.55, y0, W * 0.45, 24, size=8.8, h=4.8)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 22) + 3)
    p.set_font("Serif", "B", 12.5)
    p.multi_cell(W, 6.2, "We cannot approve hearing aids for Jonah", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear {mom}:", 9.6)
    p.para(f"On {long(req_got)} the Program received a request from {aud} of {CLIN} for two behind-the-ear hearing aids "
           f"and ear molds for Jonah, to be fitted on {long(fit)}. The clinic estimated the cost at {usd(est)}.", 9.2)
    p.para("**What we decided.** We cannot approve the request.", 9.2)
    p.para(f"**Why.** EarlySound serves children from birth up to their sixth birthday. Our records show Jonah was born "
           f"on {slash(dob)}, so he turned six on {long(dt.date(2026, 2, 11))}, before the request was made. The age "
           "limit is set by section 64-19-3 of the Brennaway Administrative Code, and the Program cannot make "
           "exceptions to it.", 9.2)
    p.para("A separate notice about the clinic's claim for Jonah's hearing aid evaluation went to the clinic.", 9.2)
    p.heading("Other help for Jonah", 10.4)
    p.bullets(["Brennaway Children's Special Health Services may help with hearing aids for children up to age 21 who "
               "meet its income rules. Phone (844) 555-0180.",
               "If Jonah has Medicaid or Brennaway KidsCare, hearing aids are a covered benefit there. Show his card "
               "to the clinic.",
               "Your school district must check Jonah's hearing needs for school under his education plan."], 9)
    p.add_page()
    p.heading("If you disagree", 10.4)
    p.para("You may ask for a program review within 30 days of the date of this notice. Tell us why you think the "
           "decision is wrong and send any papers that help (for example, a birth certificate if our date of birth "
           "is wrong). Write to EarlySound Reviews, 41 Capstone Row, Port Aldry, BW 60214, call the family line or fax "
           "(608) 555-0171.", 9.2)
    p.para("If the review does not change our decision, you may ask for an administrative hearing within 90 days of "
           "the review decision. You may bring someone to help you, such as a family member or an advocate.", 9.2)
    p.heading("Language help", 10.4)
    p.para("Free help in your language: (844) 555-0163. Ayuda gratis en español. TTY 711.", 9)
    p.ln(2)
    p.para("Sincerely,", 9.4)
    p.signature(["Ines Laborde, AuD", "Audiology Consultant, EarlySound", DEPT], 9.4, script="Ines Laborde")
    letter = out(p)
    t1 = truth("denial_letter", "eligibility", insurer=PROG, plan_id=HA, member_id=cid, member_name=child, cases=[rq],
               service_dates=[iso(fit)], denial_date=iso(nd), provider=aud, appeal_deadline=iso(plus(nd, 30)),
               alternates={"insurer": PROG_ALT, "provider": [CLIN, "Thaddeus Opoku"], "claim_amount": [m2(est)],
                           "service_dates": [[]]})
    # --- document 2: the hearing clinic's bill (another sender, 1 page) ---------------------------------------------
    acct = f"EC-{digits(rng, 6)}"
    b = ESSheet(footer=None, fax_hdr=hfl, fax_off=3, fax_tot=4)
    b.set_margins(16, 14, 16)
    b.add_page()
    W = b.W
    b.set_font("Sans", "B", 15)
    b.cell(W * 0.62, 7, CLIN)
    b.set_font("Sans", "", 7.6)
    b.set_xy(b.l_margin + W * 0.62, b.get_y())
    b.multi_cell(W * 0.38, 3.6, "300 Spindlewell Street, Suite 4\nEbbing Cross, BW 60452\nBilling (608) 555-0144",
                 align="R", new_x="LMARGIN", new_y="NEXT")
    b.set_font("Sans", "I", 8.2)
    b.cell(W, 4.4, "Hearing tests, hearing aids and cochlear implant care for children", new_x="LMARGIN",
           new_y="NEXT")
    b.ln(3)
    b.bar("STATEMENT", right=f"Statement date {slash(bill_d)}", size=11)
    y0 = b.get_y()
    b.address_block([mom, "5 Weirgate Court, Apt 2", "Ebbing Cross BW 60451"], 9.4, y=y0)
    b.beside([(acct, "account"), (child, "patient"), (cid, "EarlySound ID"), (slash(bill_d), "statement date")],
             b.l_margin + W * 0.52, y0, W * 0.48, size=8.8)
    b.set_xy(b.l_margin, y0 + 26)
    b.set_font("Sans", "B", 9.6)
    b.cell(W, 6, "A message from our billing office", new_x="LMARGIN", new_y="NEXT")
    b.para(f"We billed EarlySound for Jonah's hearing aid evaluation and ear impressions on {long(ev)} "
           f"({usd(ev_amt)}). The Program did not pay: it told us Jonah had passed its age limit (his sixth birthday) "
           "before that visit. Because no other coverage is on file for him, the charge is now yours.", 9.2)
    b.para("If Jonah has Medicaid, Brennaway KidsCare or a private health plan, please call us with the card details "
           "and we will bill it instead. We can also set up a payment plan of $35.00 a month with no interest.", 9.2)
    b.ln(2)
    b.cap_boxes([[("Previous balance", "0.00", 0.2), ("New charges", n2(ev_amt), 0.2), ("Payments", "0.00", 0.2),
                  ("Adjustments", "0.00", 0.2), ("Amount due", usd(ev_amt), 0.2)]], size=10)
    b.para(f"Please pay by {slash(plus(bill_d, 30))}. Online: ebbingcrosshearing.example/pay. Questions: (608) "
           "555-0144, Monday to Thursday.", 8.8)
    b.set_dash_pattern(dash=1.2, gap=1.2)
    b.seg(b.l_margin, b.get_y() + 2, b.l_margin + W, b.get_y() + 2)
    b.set_dash_pattern()
    b.ln(6)
    b.runline([("Account", acct), ("Amount due", usd(ev_amt)), ("Amount enclosed", "$ ________")], mode="gap",
              size=9, gap=3, sep=8)
    t2 = truth("other", None, insurer=None, member_id=cid, member_name=child, claim_amount=m2(ev_amt),
               service_dates=[iso(ev)], denial_date=iso(bill_d), provider=CLIN, unscored=["insurer"])
    return cover, [(letter, t1), (out(b), t2)]


# ------------------------------------------------------------------------------------------------------------------
def scanclean_approval(rng):
    baby, mom = "Noor E. Qasrawi", "Yasmin Qasrawi"
    cid = client_id(rng)
    dd = dt.date(2026, 3, 10)
    dob, scr, rescr, ref_got = dt.date(2026, 1, 19), dt.date(2026, 1, 20), dt.date(2026, 2, 9), dt.date(2026, 2, 12)
    appt = dt.date(2026, 3, 26)
    valid = dt.date(2026, 6, 30)
    ref = referral(rng)
    an = auth_no(rng)
    HOSP = "Wrensfield Regional Medical Center"
    AUD = "Gannetford Children's Hospital"
    aud = "Dr. Bronagh Loughnane, AuD"
    mrn = f"MRN {digits(rng, 8)}"
    p = ESSheet(footer="Page {n} of {nb}", legal=LEGAL,
                run_foot=f"EarlySound  \u00b7  Approval {an}  \u00b7  Client {cid}  \u00b7  {slash(dd)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    earlysound(p, "Newborn Hearing Screening and Follow-up Program  \u00b7  Diagnostic audiology")
    W = p.W
    y0 = p.get_y()
    p.address_block([mom, f"Parent of {baby}", "78 Tannerdown Bank", "Wrensfield BW 60407"], 9.4, y=y0)
    p.set_xy(p.l_margin + W * 0.5, y0)
    p.set_font("Sans", "B", 9)
    p.cell(W * 0.5, 5, f"Decision of {day_long(dd)}", new_x="LMARGIN", new_y="NEXT")
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 20) + 3)
    p.set_font("Serif", "B", 13)
    p.cell(W, 7, "Approved: a diagnostic hearing test for Noor", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.under_boxes([[(baby, "Child", 0.36), (cid, "EarlySound client no.", 0.22), (DX, "Benefit plan", 0.18),
                    (an, "Approval no.", 0.24)],
                   [(AUD, "Approved provider", 0.5), (slash(appt), "Appointment", 0.22),
                    (f"through {slash(valid)}", "Approval good", 0.28)]], size=9)
    p.run_table(["Newborn screen", "Where", "Date", "Result"],
                [["Inpatient screen (AABR)", HOSP, slash(scr), "Did not pass, both ears"],
                 ["Outpatient rescreen", HOSP, slash(rescr), "Did not pass, right ear"],
                 ["Hospital referral to EarlySound", f"Referral # {ref}", slash(ref_got), "Received"]],
                [52, 62, 26, W - 140], size=8.4)
    p.columns([
        ("", f"Dear {mom}:"),
        ("What we approved", f"{HOSP} told us that Noor, born on {long(dob)}, did not pass her newborn hearing screen "
         f"or the rescreen. EarlySound approves a full diagnostic hearing test (ABR with ear tests) for Noor at {AUD} "
         f"with {aud}. Her appointment is on {long(appt)}. The Program will pay the hospital directly, up to the "
         "program rate of $1,480.00."),
        ("Why this matters", "Most babies who do not pass the screen hear normally. The test tells us for sure. Babies "
         "whose hearing loss is found by three months and who get help by six months learn to talk and listen best."),
        ("What happens next", "Please keep the appointment, and feed Noor just before it so she sleeps during the test. "
         "If you cannot go on that date, call the hospital's audiology desk at (608) 555-0127 to change it before "
         "the approval ends. You will not be billed for this test."),
        ("Other coverage", "You told us Noor has no health insurance yet. If she gets Medicaid or another plan before "
         "the test, please tell us: the Program pays only after other coverage."),
        ("Questions", "Call the family line, (844) 555-0163. Ask for your child's follow-up coordinator."),
    ], n=2, size=8.8)
    p.signature(["Follow-up Coordination Team", "EarlySound, Brennaway Department of Health"], 9.2)
    t = truth("other", None, insurer=PROG, plan_id=DX, member_id=cid, member_name=baby, cases=[an],
              service_dates=[iso(appt)], denial_date=iso(dd), provider=AUD,
              alternates={"insurer": PROG_ALT, "case_numbers": [[an, ref]],
                          "provider": [aud, "Bronagh Loughnane", "Gannetford Children's Hospital, Pediatric Audiology"],
                          "service_dates": [[]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_es(rng):
    baby, mom = "Valentina S. Covián", "Graciela Covián"
    cid = client_id(rng)
    nd = dt.date(2026, 3, 18)
    dos, got = dt.date(2026, 2, 27), dt.date(2026, 3, 9)
    cn = icn(rng)
    CLIN = "Audiología Los Girasoles, LLC"
    aud = "Lic. Renata Escandón, AuD"
    lines = [("92652", "Potenciales evocados auditivos (ABR), umbrales", 690.00),
             ("92587", "Emisiones otoacústicas, limitadas", 186.00), ("92567", "Timpanometría", 95.00),
             ("92579", "Audiometría con refuerzo visual", 265.00)]
    billed = sum(v for *_, v in lines)
    p = ESSheet(footer="Página {n} de {nb}", legal=LEGAL_ES)
    p.set_margins(18, 14, 18)
    p.add_page()
    earlysound(p, "Programa de Detección Auditiva del Recién Nacido y Seguimiento", es=True)
    W = p.W
    y0 = p.get_y()
    p.address_block([mom, f"Madre de {baby}", "1410 Bramblehurst Avenue, Apt 6", "Pebblecross BW 60470"], 9.4, y=y0)
    p.set_xy(p.l_margin + W * 0.52, y0)
    p.label_col([("Fecha del aviso:", es_date(nd)), ("Niña:", baby), ("Número de cliente:", cid),
                 ("Plan de beneficios:", DX), ("Reclamo (ICN):", cn)], p.l_margin + W * 0.52, y0, W * 0.48, 31,
                size=8.6, h=4.8)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 22) + 3)
    p.set_font("Sans", "B", 12)
    p.multi_cell(W, 6, "Aviso de decisión: no podemos pagar la prueba auditiva de Valentina", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1)
    p.para(f"Estimada {mom}:", 9.6)
    p.para(f"El Programa recibió el {es_date(got)} un reclamo de {CLIN} por la evaluación auditiva de Valentina del "
           f"{es_date(dos)}, con {aud}. El total facturado fue de {usd(billed)}.", 9.2)
    p.run_table(["Fecha", "Código", "Servicio", "Facturado", "Pagado"],
                [[es_short(dos), c, s, n2(v), "0.00"] for c, s, v in lines] +
                [["", "", "Total", n2(billed), "0.00"]], [34, 18, 84, 22, W - 158],
                aligns=["L", "L", "L", "R", "R"], size=8.4, bold_rows={len(lines)})
    p.para("**Por qué no podemos pagar.** EarlySound solo paga las pruebas hechas por audiólogos pediátricos inscritos "
           f"en el Programa. {CLIN} no está inscrita con EarlySound, y la prueba no fue una emergencia. Hay audiólogos "
           "inscritos cerca de usted que pudieron hacer la misma prueba (vea la lista abajo). La regla está en la "
           "sección 64-19-5 del Código Administrativo de Brennaway.", 9.2)
    p.para("**Lo que usted puede hacer.** Si no sabía que la clínica no estaba inscrita, pida a la clínica que le "
           "devuelva cualquier pago o que se inscriba con el Programa y nos envíe el reclamo otra vez.", 9.2)
    p.small("Audiólogos pediátricos inscritos cerca de Pebblecross:  Fallowden Children's Audiology, PLLC, (608) "
            "555-0131  \u00b7  Gannetford Children's Hospital, audiología, (608) 555-0127  \u00b7  Summerlade Hearing & "
            "Balance Center, (608) 555-0139", 8, border=1, gap=3)
    p.heading("Si no está de acuerdo", 10.4)
    p.para("Puede pedir una revisión del Programa dentro de 30 días a partir de la fecha de este aviso. Llame a la línea "
           "para familias o escriba a EarlySound Reviews, 41 Capstone Row, Port Aldry, BW 60214. Si la revisión no "
           "cambia la decisión, puede pedir una audiencia administrativa dentro de 90 días después de la decisión de "
           "la revisión.", 9.2)
    p.signature(["Unidad de Servicios del Programa", "EarlySound, Departamento de Salud de Brennaway"], 9.2)
    t = truth("denial_letter", "out_of_network", insurer=PROG_ES, plan_id=DX, member_id=cid, member_name=baby,
              cases=[cn], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(nd), provider=CLIN,
              appeal_deadline=iso(plus(nd, 30)), lang="es",
              alternates={"insurer": PROG_ALT, "provider": [aud, "Renata Escandón"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def phone_late_earmolds(rng):
    child, dad = "Theo M. Harrowick", "Declan Harrowick"
    cid = client_id(rng)
    nd = dt.date(2026, 5, 5)
    dos, got = dt.date(2026, 1, 6), dt.date(2026, 4, 21)
    review_by = dt.date(2026, 6, 4)
    cn = icn(rng)
    CLIN = "Stilemere Hearing Services"
    aud = "Quentin Garfias, AuD"
    lines = [("V5264", "Ear molds, soft (2)", 196.00), ("V5275", "Ear impressions (2)", 88.00),
             ("92592", "Hearing aid check, one ear", 72.00)]
    billed = sum(v for *_, v in lines)
    p = ESSheet(footer="Page {n} of {nb}", legal=LEGAL,
                run_foot=f"Notice date {slash(nd)}  \u00b7  Client {cid}  \u00b7  ICN {cn}")
    p.set_margins(18, 14, 18)
    p.add_page()
    earlysound(p)
    W = p.W
    y0 = p.get_y()
    p.address_block([dad, f"Parent of {child}", "930 Hallamby Road", "Ashwold BW 60462"], 9.4, y=y0)
    p.set_xy(p.l_margin + W * 0.5, y0)
    p.set_font("Serif", "I", 9.4)
    p.multi_cell(W * 0.5, 4.8, f"Notice of {ordinal(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 20) + 3)
    p.sc_boxes([("Child", child, 0.32), ("Client number", cid, 0.2), ("Benefit plan", HA, 0.16),
                ("Claim ICN", cn, 0.32)])
    p.sc_boxes([("Provider", CLIN, 0.4), ("Date of service", slash(dos), 0.2), ("Claim received", slash(got), 0.2),
                ("Billed", usd(billed), 0.2)])
    p.set_font("Sans", "B", 12)
    p.cell(W, 6.5, "The claim for Theo's new ear molds came in too late", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear {dad}:", 9.6)
    p.para(f"{CLIN} fitted new ear molds for Theo and checked his hearing aid on {long(dos)}. The claim reached the "
           f"Program on {long(got)}, 105 days after the visit.", 9.2)
    p.para("EarlySound pays claims only when they reach us within 90 days of the date of service (Brennaway "
           "Administrative Code 64-19-9). This claim was late, so it is denied.", 9.2)
    p.para(f"**You do not owe this bill.** A provider that accepts EarlySound must send claims on time. {CLIN} may not "
           "bill you for this visit.", 9.2)
    p.heading("If you or the provider disagree", 10.4)
    p.para(f"If the provider can show that it sent the claim on time (for example, a mail receipt or an electronic "
           f"claim report), it may ask for a review. A request for review must reach us by {long(review_by)}. Send it "
           "to EarlySound Reviews, 41 Capstone Row, Port Aldry, BW 60214, or fax (608) 555-0171.", 9.2)
    p.small("Theo's ear molds are covered again from July 6, 2026 (one pair every 6 months through age 2). Theo's next "
            "hearing test is due in June; his audiologist will send the request.", 8)
    p.signature(["Claims Review", "EarlySound, Brennaway Department of Health"], 9.2)
    t = truth("denial_letter", "timely_filing", insurer=PROG, plan_id=HA, member_id=cid, member_name=child,
              cases=[cn], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(nd), provider=CLIN,
              appeal_deadline=iso(review_by), alternates={"insurer": PROG_ALT, "provider": [aud]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_remote_mic(rng):
    child, mom = "Imani K. Danquah", "Abena Danquah"
    cid = client_id(rng)
    nd = dt.date(2026, 4, 30)
    got = dt.date(2026, 4, 16)
    rq = auth_no(rng)
    CLIN = "Fallowden Children's Audiology, PLLC"
    aud = "Dr. Perpetua Rendell, AuD"
    est = 2450.00
    p = ESSheet(footer="Page {n} of {nb}", legal=LEGAL,
                run_hdr=f"EarlySound  \u00b7  Request {rq}  \u00b7  {child}", run_hdr_all=False)
    p.set_margins(18, 14, 18)
    p.add_page()
    earlysound(p)
    W = p.W
    p.runline([("Notice date", day_long(nd)), ("Request", rq)], mode="dash", size=8.8, sep=10)
    p.runline([("Child", child), ("Client", cid), ("Plan", HA)], mode="dash", size=8.8, sep=8)
    p.runline([("Requested by", aud), ("Practice", CLIN)], mode="dash", size=8.6, sep=8)
    p.ln(2)
    p.address_block([mom, f"Parent of {child}", "61 Cobwell Terrace", "Fallowden BW 60419"], 9.4)
    p.ln(3)
    p.set_font("Sans", "B", 12)
    p.multi_cell(W, 6, "Request for a personal remote microphone system: not a program benefit", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1)
    p.run_table(["Item asked for", "Code", "Estimated cost", "Decision"],
                [["Remote microphone (FM/DM) system, both ears", "V5282", usd(est),
                  "Not covered"]], [94, 18, 30, W - 142], size=8.4)
    p.para(f"Dear {mom}:", 9.6)
    p.para(f"On {long(got)} {aud} asked the Program to pay for a remote microphone system for Imani to use at school, "
           "with her hearing aids, from the start of the next school year.", 9.2)
    p.para("**What we decided.** EarlySound pays for hearing tests, hearing aids, ear molds, batteries and hearing aid "
           "repairs. Remote microphone systems and other assistive listening devices are not on the list of program "
           "benefits (Brennaway Administrative Code 64-19-6), so we cannot pay for this system.", 9.2)
    p.para("**Where else to ask.** A remote microphone used in class is part of the help a school gives a child with "
           "hearing loss. Ask Imani's school district to include it in her education plan. The district's special "
           "education office can also lend one while it decides.", 9.2)
    p.para("Imani's hearing aids (approved last year) and her ear molds stay covered. Batteries: up to 80 a year.", 9.0)
    p.heading("If you disagree", 10.4)
    p.para("You may ask for a program review within 30 days of the date of this notice. Write to EarlySound Reviews, "
           "41 Capstone Row, Port Aldry, BW 60214, call the family line or fax (608) 555-0171.", 9.2)
    p.signature(["Ines Laborde, AuD, Audiology Consultant", "EarlySound, Brennaway Department of Health"], 9.2)
    t = truth("denial_letter", "not_covered", insurer=PROG, plan_id=HA, member_id=cid, member_name=child, cases=[rq],
              denial_date=iso(nd), provider=aud, appeal_deadline=iso(plus(nd, 30)),
              alternates={"insurer": PROG_ALT, "provider": [CLIN, "Perpetua Rendell"], "claim_amount": [m2(est)]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_remittance_other_coverage_row_numbered_notes", "born_digital",
                  [born_remittance(rng)]),
             Item(F + "faxstd_hearing_aids_fitted_before_approval_date_of_notice_weekday", "fax_standard_g4",
                  [faxstd_unapproved_aids(rng)])]
    cover, docs = stack_age_six(rng)
    items.append(Item(F + "faxstd_stack_hand_cover_age_six_refusal_sideways_then_clinic_bill",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 90}))
    items += [Item(F + "scanclean_diagnostic_abr_approved_after_hospital_referral", "scan_clean_300",
                   [scanclean_approval(rng)]),
              Item(F + "photocopy_es_audiologa_no_inscrita", "photocopy", [photocopy_es(rng)]),
              Item(F + "phone_late_earmold_claim_notice_of_the_5th", "phone_photo", [phone_late_earmolds(rng)]),
              Item(F + "rotated_remote_microphone_system_not_a_benefit", "rotated", [rotated_remote_mic(rng)])]
    return items
