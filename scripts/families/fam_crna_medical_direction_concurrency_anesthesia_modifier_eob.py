"""An invented commercial plan (Ironwood Meridian Health) reducing or denying anesthesia claims: an
anesthesiologist billing medical direction (QK) while directing more than four concurrent cases, a CRNA billing
QZ (no medical direction) for a case the anesthesiologist billed as personally performed (AA), medical direction
not documented for ECT sessions, a second full claim for the same case; with the anesthesia group's statement.
The modifiers (AA, AD, QK, QX, QY, QZ) appear as themselves; every plan, group, clinician, person and number is
invented.

Documents (8 in 7 files):
- bd_eob_stacked_claim_blocks_qk_over_four: member EOB with three stacked "Claim n of 3" blocks (surgeon, CRNA
  QX, anesthesiologist QK), the third denied (five concurrent rooms), footnote marks on amounts.
- faxstd_letter_crna_qz_same_case_two_page: two-page letter to the anesthesia group under a typed fax header line
  on each page, small type, a grey band and a From / Thru table on the continuation page below a repeated
  header; ICN, DCN, the group's reference, the patient account and the adjusted earlier claim near each other.
- scan300_group_statement_anesthesia_lines: the anesthesia group's statement to the patient (denies nothing),
  several lines, one denied by the plan.
- rotated_upheld_appeal_ratio_split_number: appeal decision upholding the QK denial, the claim number split at
  a hyphen over a line end, fed sideways.
- photo_reprocessed_corrected_ad_claim_paid: the plan's letter that the corrected claim (AD) was paid (denies
  nothing).
- lowres_two_column_ect_sessions_direction_not_documented: two-column letter, the facts in the right column,
  three ECT anesthesia sessions in one sentence ("on March 3, 10 and 17, 2026"), supervising psychiatrist and
  CRNA named as decoys.
- photocopy_stack_member_letter_and_duplicate_case_denial: the member's letter to the plan, a blank separator,
  then a denial of a second full claim for the same case (inset claim summary in the prose) fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhc import DHSheet, days_list, yy
from kit_rounddg_famdge import dmy_upper, nth
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "crna_medical_direction_concurrency_anesthesia_modifier_eob"
LANG = "en"
SEED = 351202
PLAN = "Ironwood Meridian Health"
GROUP = "Cottonwood Basin Anesthesia Consultants, P.L.L.C."
GROUP_SHORT = "Cottonwood Basin Anesthesia Consultants"
MDA = "Owen Castellanos, DO"
CRNA = "Anneliese Brandt, CRNA"
SURGEON = "Priya Nandakumar, MD"
FACILITY = "Red Mesa Surgical Hospital"
POLICY = "IMH-RP-ANES-031"


def _ids(rng):
    return {"mid": f"IMW{digits(rng, 3)}O{digits(rng, 4)}", "grp": f"G{digits(rng, 4)}-8{rng.choice('BS')}",
            "plan": f"EPO {rng.choice(['Silver', 'Gold'])} {digits(rng, 2)}"}


def _claim(rng, suffix=""):
    return f"1{rng.choice('IS')}{digits(rng, 4)}-{rng.choice('B8')}{digits(rng, 5)}{suffix}"


def _dob(rng):
    return dt.date(rng.randint(1950, 1995), rng.randint(1, 12), rng.randint(1, 28))


def _phone(rng):
    return f"1-877-555-{digits(rng, 4)}"


def _lh(p: DHSheet, rng, dept: str):
    p.set_fill_color(70, 70, 78)
    p.rect(p.l_margin, p.get_y(), 8, 12, style="F")
    p.set_x(p.l_margin + 11)
    p.f(15, "B")
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 11)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  -  PO Box {rng.randint(1000, 9999)}, Tucson AZ 857{rng.randint(10, 99)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(5)


def bd_eob(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    sd = dt.date(2026, 4, 8) + dt.timedelta(days=rng.randint(0, 14))
    dos = plus(sd, -rng.randint(25, 40))
    a = [amount(rng, 2800, 4200), amount(rng, 900, 1500), amount(rng, 1100, 1700)]
    cl = [_claim(rng), _claim(rng), _claim(rng)]
    p = DHSheet(footer="Page {n} of {nb}", footer_left=f"{name} - {ids['mid']}")
    p.set_margins(18, 12, 18)
    p.add_page()
    _lh(p, rng, "Explanation of Benefits - this is not a bill")
    p.right_block([("Statement date", fdate(sd, "abbr")), ("Member", name), ("Member ID", ids["mid"]),
                   ("Group", ids["grp"]), ("Plan", ids["plan"])], w=100, size=8.5)
    p.ln(2)
    p.para(f"Surgery at {FACILITY} on {fdate(dos, 'long')}: laparoscopic cholecystectomy. Three claims were "
           "processed for this visit.", 9)
    allowed2 = round(a[1] * 0.5, 2)
    p.claim_block("Claim 1 of 3", [("Claim number", cl[0]), ("Provider", f"{SURGEON} (surgeon)"),
                                   ("Service date", fdate(dos, "slash")), ("Billed", money(a[0])),
                                   ("Plan paid", money(round(a[0] * 0.62, 2))), ("Status", "Paid")], size=9,
                  label_w=36)
    p.claim_block("Claim 2 of 3", [("Claim number", cl[1]), ("Provider", f"{CRNA} (QX, medically directed)"),
                                   ("Service date", fdate(dos, "slash")), ("Billed", money(a[1]) + "*"),
                                   ("Plan paid", money(allowed2)), ("Status", "Paid at the medically directed rate")],
                  size=9, label_w=36)
    p.claim_block("Claim 3 of 3", [("Claim number", cl[2]), ("Provider", f"{MDA} (anesthesiologist, QK)"),
                                   ("Service date", fdate(dos, "slash")), ("Billed", money(a[2]) + "†"),
                                   ("Plan paid", "$0.00"), ("Status", "Denied - remark MD5")], size=9, label_w=36,
                  shade=True)
    p.para("* A CRNA's medically directed service is paid at 50% of the anesthesia allowance.", 8.5)
    p.para("† MD5: Modifier QK means medical direction of two, three or four concurrent anesthesia cases. The "
           "anesthesia record shows the anesthesiologist was directing five concurrent cases at the time, which "
           f"is medical supervision (modifier AD) under reimbursement policy {POLICY}. The claim was billed with "
           "the wrong modifier and is denied; the group may send a corrected claim. You do not owe the amount "
           "denied for this reason.", 8.5)
    p.para(f"Your plan year runs 01/01/2026 - 12/31/2026. Deductible $1,500, met $1,500. You can appeal within "
           f"180 days of the date of this statement. Call {_phone(rng)} (TTY 711).", 8.5)
    t = truth("eob", "coding_error", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[cl[2]], claim_amount=m2(a[2]), service_dates=[span(dos)],
              denial_date=sd.isoformat(), provider=MDA, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"provider": [GROUP]})
    return out(p), t


def faxstd_letter(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 4, 14) + dt.timedelta(days=rng.randint(0, 10))
    dos = plus(nd, -rng.randint(30, 45))
    icn = f"26{digits(rng, 3)}I{digits(rng, 6)}"
    dcn = f"D0C{digits(rng, 7)}"
    ref = f"CBA-{digits(rng, 5)}"
    acct = f"{digits(rng, 8)}"
    old = _claim(rng)
    amt = amount(rng, 980, 1600)
    aa_claim = _claim(rng)
    p = DHSheet(footer="Page {n} of {nb}", footer_left="IMH-PR-ANES-7")
    p.fax_hdr = (f"{dmy_upper(nd)} 16:{rng.randint(10, 59)}  IRONWOOD MERIDIAN PROV REL  FAX 520-555-"
                 f"{digits(rng, 4)}  PG {{n}}/2")
    p.set_margins(16, 12, 16)
    p.add_page()
    _lh(p, rng, "Provider Claims Review")
    p.line(fdate(nd, "long"), 8.5)
    p.ln(1)
    p.f(8.5)
    x = p.get_x()
    p.multi_cell(70, 4, "Cottonwood Basin Anesthesia\nConsultants, P.L.L.C.\nAttn: Billing Office", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(2)
    p.band("CLAIM REVIEW DECISION - ANESTHESIA MODIFIER", 8.5, fill=215)
    p.pairs([("Patient", name), ("Member ID", ids["mid"]), ("Group", ids["grp"]),
             ("ICN", icn), ("DCN", dcn), ("Your reference", ref), ("Patient account", acct),
             ("Adjusts claim", old), ("Rendering", CRNA), ("Amount billed", money(amt))], label_w=32, size=8,
            h=4.1)
    p.ln(2)
    p.para(f"We reviewed the claim above from {CRNA} for anesthesia during a total knee arthroplasty at "
           f"{FACILITY}. The claim was billed with modifier QZ (CRNA service without medical direction). For the "
           f"same case and the same anesthesia time, {MDA} billed with modifier AA (anesthesia personally "
           f"performed by the anesthesiologist), claim {aa_claim}, which we paid.", 8)
    p.para("An anesthesia case can be paid once in full. When the anesthesiologist personally performs the case, "
           "a CRNA claim for the same minutes is not separately payable; when the anesthesiologist directs the "
           "CRNA, the two claims are billed QK or QY and QX and each is paid at 50%. The modifiers billed here do "
           f"not fit together, so the CRNA claim is denied (policy {POLICY}). A corrected claim pair may be sent.",
           8)
    p.para("The lines and dates of this claim are on page 2.", 8)
    p.add_page()
    p.cont_header(f"Continued  |  Patient {name}  |  Member ID {ids['mid']}  |  ICN {icn}", 7.5)
    p.band("CLAIM LINES", 8, fill=215)
    p.table(["Line", "Code / mod.", "Description", "From", "Thru", "Units / min", "Billed", "Status"],
            [["1", "01402 QZ", "Anesth, knee arthroplasty", fdate(dos, "slash"), fdate(dos, "slash"), "7 + 142 min",
              money(amt, "nosign"), "DENIED AN4"]],
            [10, 22, 48, 21, 21, 20, 20, 22], size=7.5, aligns=["C", "L", "L", "L", "L", "C", "R", "L"])
    p.para("AN4: Another provider was paid for this anesthesia case as personally performed (modifier AA).", 7.5)
    p.para("You may ask for a reconsideration within 90 days of the date of this letter. Send the anesthesia "
           "record with the names and times of every provider in the room. This is a provider dispute; the member "
           f"may not be billed. Provider Relations {_phone(rng)}.", 7.5)
    t = truth("denial_letter", "coding_error", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[icn, dcn], claim_amount=m2(amt), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=CRNA, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"case_numbers": [[icn]], "provider": [GROUP]}, denial_alternates=["other"])
    return out(p), t


def scan300_statement(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    resp = f"{person(rng)[1]} {last}"
    sd = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 10))
    dos = plus(sd, -rng.randint(40, 55))
    acct = f"CBAC-{digits(rng, 7)}"
    cl = _claim(rng)
    l1, l2 = amount(rng, 1200, 1800), amount(rng, 1000, 1500)
    paid1 = round(l1 * 0.5, 2)
    p = DHSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(12, "B")
    p.multi_cell(80, 6, "Cottonwood Basin Anesthesia\nConsultants, P.L.L.C.", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Tax ID 86-{digits(rng, 7)}  |  Billing questions 520-555-{digits(rng, 4)}", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(3)
    p.line("STATEMENT", 12, "B")
    p.right_block([("Statement date", fdate(sd, "slash")), ("Account no.", acct), ("Patient", name),
                   ("Responsible party", resp), ("Insurance", PLAN), ("Policy no.", ids["mid"])], w=110, size=8.5)
    p.ln(3)
    rows = [[fdate(dos, "slash"), "01630 QK", f"{MDA}, anesthesiologist", money(l1, "nosign"), money(paid1, "nosign"),
             money(round(l1 - paid1, 2), "nosign"), "0.00"],
            [fdate(dos, "slash"), "01630 QX", f"{CRNA}", money(l2, "nosign"), "0.00", "0.00", money(l2, "nosign")]]
    p.table(["Date", "Code", "Provider", "Charge", "Ins. paid", "Adjust.", "Balance"], rows +
            [["", "", "Total", money(l1 + l2, "nosign"), money(paid1, "nosign"), money(round(l1 - paid1, 2), "nosign"),
              money(l2)]], [22, 20, 56, 20, 20, 18, 22], size=8.5, aligns=["L", "L", "L", "R", "R", "R", "R"],
            bold_last=True)
    p.para(f"Anesthesia for shoulder arthroscopy at {FACILITY}, surgeon {SURGEON}. Your insurer denied the CRNA line "
           f"(claim {cl}) as billed with a medical direction modifier it did not accept. We have sent a corrected "
           "claim; you do not need to pay this balance while it is under review.", 9)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[cl],
              claim_amount=m2(l2), service_dates=[span(dos)], denial_date=sd.isoformat(), provider=GROUP_SHORT,
              unscored=["insurer"], alternates={"provider": [CRNA], "claim_amount": [m2(l1 + l2)]})
    return out(p), t


def rotated_appeal(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 10))
    od = plus(nd, -rng.randint(35, 50))
    dos = plus(od, -rng.randint(20, 30))
    claim = _claim(rng)
    appeal = f"AP5-{digits(rng, 6)}"
    amt = amount(rng, 1100, 1900)
    p = DHSheet(serif=True, footer="Page {n} of {nb}")
    p.set_margins(24, 18, 24)
    p.add_page()
    _lh(p, rng, "Appeals")
    p.line("Appeal decision - first level", 12, "B")
    p.ln(2)
    p.pairs([("Decision date", fdate(nd, "iso")), ("Member", name), ("ID", ids["mid"]), ("Group", ids["grp"]),
             ("Appeal no.", appeal), ("Appellant", f"{GROUP_SHORT} for {MDA}"), ("Amount billed", money(amt))],
            label_w=36, size=9.5, h=5)
    p.ln(3)
    head, tail = claim.split("-")
    p.para(f"Dear {first} {last}: The anesthesia group appealed our denial of claim {head}-", 10, gap=0)
    p.para(f"{tail} for the anesthesia that {MDA} billed for your surgery on {fdate(dos, 'long')}. We first denied "
           f"it on {nth(od)}.", 10)
    p.para("An anesthesiologist who was not part of the first decision reviewed the anesthesia record and the "
           "group's room log. During your case the anesthesiologist was directing five CRNAs in five rooms at "
           "once. Modifier QK covers medical direction of no more than four concurrent cases; five is medical "
           f"supervision (AD) under policy {POLICY}. Decision: we upheld the denial. The claim may be resubmitted "
           "with modifier AD.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter, or for an external "
           "review by an independent review organization within 4 months. Expedited reviews are decided within "
           f"72 hours. Appeals line {_phone(rng)}, TTY 711.", 10)
    t = truth("denial_letter", "coding_error", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[appeal, claim], claim_amount=m2(amt), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=MDA, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"case_numbers": [[appeal]], "provider": [GROUP_SHORT]})
    return out(p), t


def photo_reprocessed(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 10))
    dos = plus(nd, -rng.randint(50, 65))
    orig, corr = _claim(rng), _claim(rng, "-01")
    amt = amount(rng, 600, 900)
    paid = round(amt * 0.41, 2)
    p = DHSheet(footer=None)
    p.set_margins(22, 18, 22)
    p.add_page()
    _lh(p, rng, "Claims")
    p.line(fdate(nd, "upper"), 10)
    p.ln(3)
    p.para(f"Dear {first} {last},", 10)
    p.para(f"Good news: we processed the corrected anesthesia claim that {GROUP_SHORT} sent for your surgery on "
           f"{fdate(dos, 'abbr')}. The anesthesiologist, {MDA}, billed the corrected claim {corr} with modifier AD "
           f"(medical supervision) and it replaces claim {orig}, which we had denied. We paid the corrected claim.",
           10)
    p.boxed_pairs([("Member", name), ("Member ID", ids["mid"]), ("Group", ids["grp"]), ("Corrected claim", corr),
                   ("Replaces claim", orig), ("Billed", money(amt)), ("Plan paid", money(paid)),
                   ("Your share", "$0.00")], label_w=50, size=9.5)
    p.para(f"You do not need to do anything. Questions? Call {_phone(rng)} (TTY 711).", 10)
    t = truth("other", None, insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=name,
              cases=[corr], claim_amount=m2(amt), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=MDA, alternates={"case_numbers": [[corr, orig]], "provider": [GROUP_SHORT]})
    return out(p), t


def lowres_ect(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    d1 = dt.date(2026, 3, 3)
    days = [d1, plus(d1, 7), plus(d1, 14)]
    nd = plus(days[-1], rng.randint(25, 35))
    claim = _claim(rng)
    auth = f"AUTH-{digits(rng, 3)}-S{digits(rng, 4)}"
    amt = amount(rng, 1500, 2400)
    psych = "Dr. Miriam Okafor-Stein, MD"
    p = DHSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _lh(p, rng, "Claims Review")
    p.line("Claim decision", 13, "B")
    p.ln(3)
    left = [f"Dear {first} {last}:",
            f"We reviewed the anesthesia claim from {MDA} for your electroconvulsive therapy (ECT) sessions on "
            f"{days_list(days)}. The psychiatrist who gave the treatments, {psych}, and the CRNA, {CRNA}, are "
            "paid on their own claims.",
            "Dr. Castellanos billed each session with modifier QK (medical direction). For medical direction the "
            "anesthesia record must show the anesthesiologist at induction and emergence of each case. The records "
            "for these three sessions show neither, so medical direction is not supported and the claim cannot be "
            "paid as billed. The group may send a corrected claim.",
            "You can appeal within 180 days of the date of this letter. An expedited appeal is decided within 72 "
            f"hours. Call {_phone(rng)} (TTY 711).",
            "Claims Review"]
    right = [("Letter date", fdate(nd, "abbr")), ("Member", name), ("Member ID", ids["mid"]),
             ("Group", ids["grp"]), ("Claim number", claim), ("Prior authorization", auth + " (ECT, approved)"),
             ("Anesthesia provider", MDA), ("Billed by", GROUP),
             ("Dates of service", "\n".join(fdate(d, "slash") for d in days)),
             ("Amount billed", money(amt)), ("Amount paid", "$0.00"), ("Date of birth", fdate(_dob(rng), "slash"))]
    p.two_col(left, right, split=0.58)
    t = truth("denial_letter", "coding_error", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[claim], claim_amount=m2(amt), service_dates=[span(d) for d in days],
              denial_date=nd.isoformat(), provider=MDA, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"provider": [GROUP_SHORT]}, denial_alternates=["medical_necessity", "other"])
    return out(p), t


def photocopy_stack(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    ld = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 8))
    dos = plus(ld, -rng.randint(30, 40))
    claim = _claim(rng)
    q = DHSheet(footer=None, serif=True)
    q.set_margins(28, 24, 28)
    q.add_page()
    q.line(name, 10.5)
    for a in address(rng):
        q.line(a, 10.5)
    q.ln(5)
    q.line(fdate(ld, "long"), 10.5)
    q.ln(4)
    q.line(f"{PLAN} - Member Services", 10.5)
    q.ln(4)
    q.para(f"Member ID {ids['mid']}. I had surgery on {fdate(dos, 'slash')} and I now have two anesthesia bills "
           f"for the same operation, one from Dr. Castellanos and one from a nurse anesthetist. Can you tell me "
           "which one I really owe? I was only put to sleep once.", 10.5)
    q.para(f"Thank you,\n{first} {mi}. {last}", 10.5)
    doc1 = (out(q), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=name,
                          service_dates=[span(dos)], denial_date=ld.isoformat(),
                          alternates={"insurer": [None], "service_dates": [[]]}))
    nd = plus(ld, rng.randint(8, 14))
    amt = amount(rng, 1300, 2100)
    icn = f"26{digits(rng, 3)}O{digits(rng, 6)}"
    p = DHSheet(footer=None)
    p.set_margins(20, 16, 20)
    p.add_page()
    _lh(p, rng, "Claims")
    p.line("Explanation of a claim denial", 12, "B")
    p.line(fdate(nd, "slash"), 10)
    p.ln(3)
    p.para(f"Dear {first} {last}: thank you for your letter. We looked at both anesthesia claims for your surgery "
           f"on {fdate(dos, 'long')}. We paid the claim from {MDA}, billed as personally performed (AA). The "
           f"second claim, from {CRNA}, is for the same case and the same minutes:", 10)
    p.inset("Claim denied", [("Claim", claim), ("ICN", icn), ("Provider", CRNA), ("Date of service", yy(dos)),
                             ("Billed", money(amt)), ("Patient", f"{name}  (ID {ids['mid']})")], w=110)
    p.para("It is a duplicate of a case already paid, so it is denied and you do not owe it. You may appeal within "
           f"180 days of the date of this letter. Call {_phone(rng)} (TTY 711).", 10)
    doc2 = (out(p), truth("denial_letter", "other", insurer=PLAN, member_id=ids["mid"], member_name=name,
                          cases=[claim, icn], claim_amount=m2(amt), service_dates=[span(dos)],
                          denial_date=nd.isoformat(), provider=CRNA, appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"case_numbers": [[claim]]}, denial_alternates=["coding_error"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_stacked_claim_blocks_qk_over_four", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_letter_crna_qz_same_case_two_page", "fax_standard_g4", [faxstd_letter(rng)]),
        Item(F + "scan300_group_statement_anesthesia_lines", "scan_clean_300", [scan300_statement(rng)]),
        Item(F + "rotated_upheld_appeal_ratio_split_number", "rotated", [rotated_appeal(rng)]),
        Item(F + "photo_reprocessed_corrected_ad_claim_paid", "phone_photo", [photo_reprocessed(rng)]),
        Item(F + "lowres_two_column_ect_sessions_direction_not_documented", "scan_lowres_150", [lowres_ect(rng)]),
        Item(F + "photocopy_stack_member_letter_and_duplicate_case_denial", "photocopy", photocopy_stack(rng),
             separators=["blank", None], turns={(1, 0): 90}),
    ]
