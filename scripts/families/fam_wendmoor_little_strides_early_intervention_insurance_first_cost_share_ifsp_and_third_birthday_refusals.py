"""Papers mirrored (structure and plain wording style only) from a state's early intervention program for infants and
toddlers under Part C of the Individuals with Disabilities Education Act, as the state lead agencies' parent papers
describe it: a child is served from birth until the third birthday (Wendmoor has not taken the federal option to
serve children past it); services must be written into the child's individualized family service plan (IFSP); with
the parents' written consent the family's own health insurance is billed first and the program pays what is left; a
family cost share by income is set for some services, while evaluation and assessment, service coordination, IFSP
development and the parents' rights cost the family nothing and no child goes without a service because the family
cannot pay; a prior written notice explains a refused action; parents may ask for mediation or a due process
hearing, or file a state complaint about something that happened not more than one year before. Those public rules
are used as themselves. The state (the State of Wendmoor, postal code WM), its Department of Health and Family
Services, the program name "Little Strides", the Central Billing Office, Region 3 and every town, provider, clinic,
insurer (Pinecrest Mutual Health), person, number, code (N2, F1, ...), form name, address (phones 555), cost share
level and amount and every time limit that is not one of the public rules above (60 days of a statement, 60 calendar
days after receipt, 45 days of a notice, 30 days in Spanish, a printed date) are invented. Letters go to the parents.

Documents (8 in 7 files):
- born_digital_statement_child_number_only_in_header_feeding_line_code_on_back_page: a three-page statement of
  services and payments to the parents (the child's number printed only in the running header "Child no. ..."; the
  statement date "2026/04/17" in the box and the header; three claims under caption bands, billed / insurance paid /
  not allowed / program paid / family share, the family cost share and its 2026 year-to-date as decoys, a "for
  example" in the boilerplate); on the speech clinic's claim one feeding therapy line is refused under code N2, told
  only on the back page (not on the IFSP); the totals row on page 2; "within 60 days of the statement date".
- finefax_prior_written_notice_speech_after_third_birthday_two_signers: a prior written notice faxed to the speech
  clinic's copy (typed fax header), the notice number only in the "Re:" line, facts beside the address on the right
  half ("Servicing:" the therapist, request made, decided), "Tuesday, May 12, 2026": summer speech therapy asked for
  after the child turns three is refused; signed by the service coordinator and the regional manager; "within 60
  calendar days of the date you receive this notice" (nothing to count from).
- photocopy_three_page_letter_hearing_tests_insurance_not_billed_first_taglines: a photocopied three-page letter (IDs
  and the mailed date in a small footer on every page, "May 4th, 2026"), the hospital's three audiology lines in a
  table without rules on page 2 ("Rendering:" the audiologist), the reason on page 3 buried in one long paragraph
  ("the information we received does not show" that the family's insurance was billed first), an example with
  dollars, a nondiscrimination notice and a page of taglines; "no later than" a printed date.
- phone_es_carta_terapia_ocupacional_despues_del_tercer_cumpleanos: a photographed two-column Spanish letter: five
  occupational therapy sessions on one claim, the two before the third birthday paid and the three after it refused
  ("6 de abril de 2026", "dentro de los 30 días siguientes a la fecha de esta carta").
- rotated_family_cost_share_determination_values_over_captions: the family cost share determination, fed turned
  (denies nothing): values over small captions, the income scale as decoys, the services that never cost anything.
- lowres_notice_feeding_clinic_not_enrolled_authorization_and_claim_look_alike: a 150 dpi notice form with values
  over captions, the IFSP service authorization "A26-....." and the claim "C26-.....-3" alike, "14-May-2026",
  received "2026/05/08": a feeding clinic that is not enrolled with the program; "within 45 days of the date of this
  notice".
- faxstd_stack_pediatrics_cover_review_decision_upside_down_then_riding_center_bill: a standard-fax stack: a
  pediatric office's fax cover, the Bureau's two-page review decision keeping the refusal of six hippotherapy
  sessions that are not on the IFSP (running header with the review and claim numbers; page 2 upside down; only
  mediation, a hearing or a state complaint follow: no deadline), then the riding center's bill to the parents (a
  real bill; denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundei_famid import (EISheet, age_on, bday, digits, dmy, es_date, fax_cover, first, folks, iso, last, long,
                               n2, phone, plus, same_sur, slash, th, usd, wday, wm_address, workday, ymd)
from public_kit import m2, out, truth

FAMILY = "wendmoor_little_strides_early_intervention_insurance_first_cost_share_ifsp_and_third_birthday_refusals"
LANG = "en"
SEED = 354983
INS = "Wendmoor Department of Health and Family Services"
INS_ALT = ["Little Strides", "Little Strides Early Intervention Program", "Wendmoor Early Intervention Program",
           "Little Strides, Wendmoor's Early Intervention Program", "Division of Early Childhood",
           "Wendmoor Department of Health and Family Services, Division of Early Childhood",
           "Little Strides Central Billing Office", "Department of Health and Family Services"]
INS_ALT_ES = INS_ALT + ["Departamento de Salud y Servicios para la Familia de Wendmoor"]
PROG = "Little Strides, Wendmoor's Early Intervention Program"
CBO = "Little Strides Central Billing Office"
PMH = "Pinecrest Mutual Health"
R3 = "Little Strides Region 3 (Harrowgate and Amberlow Counties)"


def child_no(rng):
    return f"WM {digits(rng, 4)} {digits(rng, 4)}"


def dense(s):
    return s.replace(" ", "")


def dept_head(p, rng, unit, box=None, es=False):
    lines = [f"Division of Early Childhood  |  {PROG} (IDEA Part C)", unit,
             f"tel. {phone(rng, '608')}  |  fax {phone(rng, '608')}  |  TTY 711"]
    if es:
        lines.insert(0, "Departamento de Salud y Servicios para la Familia de Wendmoor")
    p.head(INS, "WDHFS", lines, box=box, size=12)


# ---------------------------------------------------------------------------------------------------------------
def born_statement(rng):
    child, mom, dad, slp, devsp, coord = folks(rng, "gFMXXX")
    child = same_sur(child, mom)
    dad = same_sur(dad, mom)
    cid = child_no(rng)
    born = dt.date(2024, rng.randint(5, 9), rng.randint(3, 26))
    sd = workday(dt.date(2026, 4, rng.randint(15, 17)))
    ifsp0 = dt.date(2025, 11, rng.randint(3, 20))
    card = f"PMH {digits(rng, 7)} 01"
    # claim 1: service coordination (no cost to the family), claim 2: special instruction, paid
    cl = [f"CB-26-{digits(rng, 6)}" for _ in range(3)]
    sc_d = [dt.date(2026, 3, 31)]
    si_d = [dt.date(2026, 3, d) for d in (5, 12, 19, 26)]
    sp_d = [dt.date(2026, 3, d) for d in (3, 10, 17)]
    feed_d = dt.date(2026, 3, 24)
    si_fee, sp_fee, feed_fee = 128.00, 145.00, 185.00
    si_ins = [round(si_fee * 0.55, 2)] * 4
    sp_ins = [round(sp_fee * 0.6, 2)] * 3
    fam = 40.00
    cl2_b = round(si_fee * 4, 2)
    cl3_b = round(sp_fee * 3 + feed_fee, 2)
    si_ls = [round(si_fee - a, 2) for a in si_ins]
    sp_ls = [round(sp_fee - a, 2) for a in sp_ins]
    sp_ls[-1] = round(sp_ls[-1] - fam, 2)
    tot_b = round(95.00 + cl2_b + cl3_b, 2)
    tot_ins = round(sum(si_ins) + sum(sp_ins), 2)
    tot_ls = round(95.00 + sum(si_ls) + sum(sp_ls), 2)
    p = EISheet(footer=None, footer_left=f"Form LS-CBO-12 (rev. 01/2026)   |   printed {slash(sd)}   |   "
                f"questions: {phone(rng, '608')}",
                every=f"Child no. {cid}   |   Statement {ymd(sd)}   |   Page {{n}} of {{nb}}")
    p.set_margins(15, 15, 15)
    p.add_page()
    dept_head(p, rng, CBO + ", P.O. Box 7720, Ketterby, WM 58104", box="STATEMENT OF SERVICES AND PAYMENTS")
    p.addr_right([f"To the parents of {child}", f"{mom} and {dad}", *wm_address(rng)],
                 [("Statement date", ymd(sd)), ("Child", child), ("Born", slash(born)),
                  ("IFSP in effect since", long(ifsp0)), ("Service coordinator", coord),
                  ("Insurance on file", f"{PMH}"), ("Insurance ID", card),
                  ("Family cost share", f"Level C, {usd(fam)} a month")], split=0.46, cap_w=34, size=8.6)
    p.not_a_bill("THIS STATEMENT IS NOT A BILL", "Your monthly family cost share invoice is mailed separately.", 11)
    W = p.w - p.l_margin - p.r_margin
    p.dotted([("Billed by your child's providers for March 2026", usd(tot_b)),
              (f"Paid by your health insurance ({PMH})", usd(tot_ins)),
              ("Paid by Little Strides", usd(tot_ls)),
              ("Not paid by anyone (see the codes on the back page)", usd(feed_fee)),
              ("Your family cost share for March 2026 (already invoiced)", usd(fam)),
              ("Family cost share paid in 2026 so far / most you pay in a year", f"{usd(fam * 3)} / {usd(480.00)}")],
             size=8.8, w=W)
    p.para("Little Strides pays after your health insurance. For example, if a visit costs $100.00 and your insurance "
           "pays $60.00, Little Strides pays the other $40.00 to the provider. Your family cost share is a flat "
           "monthly amount; it does not change with the number of visits, and service coordination and evaluations "
           "never count toward it.", 8.4)
    head = ["Date", "Service", "Code", "Billed", "Insurance paid", "Not allowed", "Little Strides paid",
            "Family share", "Notes"]
    widths = [20, 44, 14, 18, 19, 18, 20, 18, W - 171]
    al = ["L", "L", "L", "R", "R", "R", "R", "R", "C"]
    p.heading("Claims paid or refused this month", 10.5)
    p.claim_band([("Claim no.", cl[0], 34), ("Patient", _two(child), 40),
                  ("Provider", "Little Strides Region 3\nservice coordination", 76),
                  ("Received", slash(plus(sc_d[0], 3)), W - 146)],
                 [[slash(sc_d[0]), "Service coordination, month", "T1016", "95.00", "0.00", "0.00", "95.00", "0.00",
                   "F1"]], widths, al, head=head, sub=["", "Claim total", "", "95.00", "0.00", "0.00", "95.00",
                                                       "0.00", ""])
    p.claim_band([("Claim no.", cl[1], 34), ("Patient", _two(child), 40),
                  ("Provider", f"Bright Path Developmental Services\nRendering: {devsp}", 76),
                  ("Received", slash(plus(si_d[-1], 6)), W - 146)],
                 [[slash(d), "Special instruction, 1 hour", "T1027", n2(si_fee), n2(a), "0.00", n2(b), "0.00", "P1"]
                  for d, a, b in zip(si_d, si_ins, si_ls)], widths, al, head=head,
                 sub=["", "Claim total", "", n2(cl2_b), n2(sum(si_ins)), "0.00", n2(sum(si_ls)), "0.00", ""])
    p.add_page()
    p.ln(2)
    rows = [[slash(d), "Speech-language therapy", "92507", n2(sp_fee), n2(a), "0.00", n2(b),
             n2(fam) if i == 2 else "0.00", "P1" + (" F2" if i == 2 else "")]
            for i, (d, a, b) in enumerate(zip(sp_d, sp_ins, sp_ls))]
    rows.insert(3, [slash(feed_d), "Feeding therapy", "92526", n2(feed_fee), "0.00", n2(feed_fee), "0.00", "0.00",
                    "N2"])
    p.claim_band([("Claim no.", cl[2], 34), ("Patient", _two(child), 40),
                  ("Provider", f"Little Oaks Pediatric Therapy, LLC\nRendering: {slp}, CCC-SLP", 76),
                  ("Received", slash(plus(feed_d, 9)), W - 146)],
                 rows, widths, al, head=head,
                 sub=["", "Claim total", "", n2(cl3_b), n2(sum(sp_ins)), n2(feed_fee), n2(sum(sp_ls)), n2(fam), ""])
    p.totals_row(["", "STATEMENT TOTALS, 3 claims", "", n2(tot_b), n2(tot_ins), n2(feed_fee), n2(tot_ls), n2(fam),
                  ""], widths, al)
    p.para("Providers are paid by the Central Billing Office twice a month by direct deposit. A provider may not "
           "bill you for any amount in the Little Strides paid or Not allowed columns unless a code on the back page "
           "says so.", 8.4)
    p.code_page("Reading this statement: what the notes mean", [
        ("P1", "Paid. Your insurance paid first, as your written consent on the IFSP allows, and Little Strides paid "
               "what was left of the Little Strides rate."),
        ("F1", "A service that is always free to your family (service coordination, evaluation and assessment, "
               "writing and reviewing the IFSP). Your insurance is never billed for it."),
        ("F2", "Your family cost share for the month was taken from this line."),
        ("N2", "Not paid. This service is not written in your child's IFSP, so Little Strides cannot pay for it. "
               "If you think your child needs it, ask your service coordinator for an IFSP review meeting. The "
               "provider may bill your insurance or you."),
        ("N5", "Not paid. The provider is not enrolled with Little Strides (not used on this statement)."),
        ("N8", "Not paid. The date of service is on or after your child's third birthday (not used on this "
               "statement).")],
        after=[("If you disagree with a note", f"Write to the {CBO}, P.O. Box 7720, Ketterby, WM 58104, within 60 "
                                               "days of the statement date. Give the claim number and tell us why. "
                                               "You may also ask your service coordinator to help you."),
               ("Your rights as a parent", "You can also ask for mediation or a due process hearing, or file a "
                                           "state complaint. The parent rights booklet your service coordinator "
                                           "gave you explains how.")])
    t = truth("eob", "prior_authorization", insurer=INS, member_id=dense(cid), member_name=child, cases=[cl[2]],
              claim_amount=m2(cl3_b), service_dates=[iso(feed_d)], denial_date=iso(sd), provider=slp,
              appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": INS_ALT, "provider": ["Little Oaks Pediatric Therapy, LLC",
                                                           "Little Oaks Pediatric Therapy"],
                          "claim_amount": [m2(feed_fee)],
                          "service_dates": [sorted([iso(d) for d in sp_d + [feed_d]])]},
              denial_alternates=["not_covered"])
    return out(p), t


def _two(full):
    a = full.split()
    return f"{a[0]} {a[1]}\n{' '.join(a[2:])}"


def finefax_pwn(rng):
    child, mom, slp, coord, mgr = folks(rng, "bFXXX")
    child = same_sur(child, mom)
    cid = child_no(rng)
    born = dt.date(2023, 6, rng.randint(16, 19))
    b3 = bday(born, 3)
    start = plus(b3, (7 - b3.weekday()) % 7 or 7)  # the Monday after the birthday
    end = dt.date(2026, 8, 28)
    meet = dt.date(2026, 4, rng.randint(27, 29))
    asked = plus(meet, 2)
    dec = dt.date(2026, 5, 8)
    nd = dt.date(2026, 5, 12)
    pwn = f"3-26-0{digits(rng, 3)}"
    fax = (f"{slash(nd)} 14:{rng.randint(10, 59)}  LITTLE STRIDES REG 3  {phone(rng, '608')}  ->  LITTLE OAKS PEDS "
           f"THERAPY  p. {{n}}/2")
    p = EISheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left="LS-PWN-2 Prior written notice (rev. 07/2025)")
    p.set_margins(17, 15, 17)
    p.add_page()
    dept_head(p, rng, R3 + ", 41 Tanyard Way, Amberlow, WM 58137")
    p.line(wday(nd), 10)
    p.ln(3)
    p.addr_right([mom, *wm_address(rng)],
                 [("Child", child), ("Child no.", cid), ("Born", long(born)), ("Service coordinator", coord),
                  ("Request made", long(asked)), ("Decided", ymd(dec)),
                  ("Requested provider", "Little Oaks Pediatric\nTherapy, LLC"), ("Servicing:", f"{slp}, CCC-SLP")],
                 split=0.48, cap_w=33, size=8.8)
    p.re_line([f"Prior Written Notice {pwn}", "request to continue speech therapy after age three"])
    p.heading("Prior written notice: an action Little Strides refuses to take", 11.5)
    p.para(f"Dear {first(mom)} {last(mom)}:", 10)
    p.para(f"At {first(child)}'s IFSP review on {long(meet)} you asked that weekly speech-language therapy with "
           f"{slp} go on through the summer, from {long(start)} through {long(end)}, until {first(child)} starts "
           "preschool in September. You put the request in writing two days later. This notice tells you what we "
           "decided and why, before anything changes.", 9.8)
    p.heading("What we decided", 10.5)
    p.para(f"Little Strides will not add speech-language therapy from {long(start)} through {long(end)} to the IFSP. "
           f"{first(child)}'s services under the IFSP, including the weekly therapy, continue as they are until "
           f"{long(plus(b3, -1))}.", 9.8)
    p.heading("Why", 10.5)
    p.para(f"Early intervention is for children from birth until their third birthday. {first(child)} turns three on "
           f"{long(b3)}. Federal law lets a state choose to keep serving some children after that day, but Wendmoor "
           "has not made that choice, so the program has no way to pay for or provide services after the birthday. "
           "We looked at keeping the therapy until the school year begins and at a shorter summer plan; neither is "
           "possible for the same reason.", 9.8)
    p.heading("What we used to decide", 10.5)
    p.bullets([f"{first(child)}'s IFSP and the notes of the review meeting", "Your written request",
               f"The transition plan and the referral sent to the Amberlow Unified School District on "
               f"{long(dt.date(2026, 3, 2))}, whose preschool special education team can decide what "
               f"{first(child)} needs from the birthday on"], 9.4)
    p.heading("Your rights", 10.5)
    p.para("If you disagree, you may ask this office to look at the decision again within 60 calendar days of the "
           "date you receive this notice. You may also ask for mediation or for a due process hearing, or file a "
           "written state complaint about something that happened not more than one year before; none of these "
           "costs you anything. The enclosed parent rights booklet explains each one.", 9.6)
    p.two_signers([coord, "Service coordinator", R3.split(" (")[0]],
                  [mgr, "Regional program manager", R3.split(" (")[0]])
    p.para(f"Copy: Little Oaks Pediatric Therapy, LLC (by fax); {first(child)}'s IFSP file.", 8.4)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=dense(cid), member_name=child, cases=[pwn],
              service_dates=[f"{iso(start)}/{iso(end)}"], denial_date=iso(nd),
              provider="Little Oaks Pediatric Therapy, LLC",
              alternates={"insurer": INS_ALT + ["Little Strides Region 3"], "provider": [f"{slp}, CCC-SLP", slp],
                          "service_dates": [[]]})
    return out(p), t


def photocopy_hearing(rng):
    child, mom, aud, clerk = folks(rng, "gFXX")
    child = same_sur(child, mom)
    cid = child_no(rng)
    claim = f"CB-26-{digits(rng, 6)}"
    ld = dt.date(2026, 5, 4)
    mailed = dt.date(2026, 5, 6)
    dos = dt.date(2026, 3, rng.randint(10, 13))
    rcvd = dt.date(2026, 4, rng.randint(20, 24))
    consent = dt.date(2025, 9, rng.randint(8, 26))
    by = dt.date(2026, 7, 6)
    hosp = "Harrowgate Regional Medical Center"
    lines = [("92652", "Auditory brainstem response, threshold", 612.00),
             ("92588", "Otoacoustic emissions, diagnostic", 238.00),
             ("92567", "Tympanometry", 96.00)]
    tot = round(sum(v for *_, v in lines), 2)
    card = f"PMH {digits(rng, 7)}"
    p = EISheet(footer="Page {n} of {nb}", serif=True,
                footer_left=f"Child no. {cid}  |  Claim {claim}  |  Letter date {slash(ld)}  |  Notice mailed "
                            f"{slash(mailed)}")
    p.set_margins(22, 18, 22)
    p.add_page()
    dept_head(p, rng, CBO + ", P.O. Box 7720, Ketterby, WM 58104")
    p.line(th(ld), 10)
    p.ln(3)
    for ln in [mom, *wm_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_line([f"{child}, child no. {cid}", f"hearing tests at {hosp}", f"claim {claim}"])
    p.para(f"Dear {first(mom)} {last(mom)}:", 10)
    p.para(f"On {long(rcvd)} the Central Billing Office received a claim from {hosp} for the hearing tests "
           f"{first(child)} had on {long(dos)}. Her service coordinator had arranged the tests as part of her IFSP, "
           "and we know how much you wanted clear answers about her hearing.", 10.2)
    p.para("The next page lists what the hospital billed. The page after it gives our decision on the claim and what "
           "you can do if you do not agree. We have sent the hospital a copy of this letter.", 10.2)
    p.para("You do not need to pay anything to the hospital because of this letter, and nothing in it changes the "
           "services on the IFSP.", 10.2)
    p.add_page()
    p.heading("What the hospital billed", 11.5)
    p.f(9.6)
    p.cell(0, 5, f"Pediatric Audiology, {hosp}, 1200 Weir St, Halsted Ford, WM 58122", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"Rendering: {aud}, Au.D.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.open_table(["Date of service", "Procedure", "Description", "Billed"],
                 [[slash(dos), c, s, n2(v)] for c, s, v in lines], [30, 22, W - 82, 30],
                 aligns=["L", "L", "L", "R"], size=9.4, row_h=5.6, totals=["", "", "Total billed", n2(tot)])
    p.para(f"Health insurance on file for {first(child)}: {PMH}, card {card} (subscriber {mom}). You signed your "
           f"consent for Little Strides to bill this insurance on {long(consent)}.", 9.8)
    p.para(f"The hospital sent the claim to Little Strides only. It did not include an explanation of benefits from "
           f"{PMH}.", 9.8)
    p.add_page()
    p.heading("Our decision", 11.5)
    p.para("Little Strides is set up so that every family's early intervention services go ahead whether or not the "
           "family has health insurance, and so that the family's own insurance, when the parents agree to it, "
           "pays its part first; the state's money then covers what is left and whatever the insurance does not "
           "cover at all, and a family is never charged because insurance said no. To keep that promise the Central "
           "Billing Office looks at each claim to see whether the insurance on file has had its turn, and the "
           f"information we received does not show that {hosp} sent this claim to {PMH} before sending it to us, "
           "so Little Strides cannot pay it yet; once the insurance has decided, the hospital can send the claim "
           "again with the insurance statement and we will pay what is left, even if the insurance paid nothing. "
           "For example, if the insurance pays $250.00 of a $400.00 bill, the hospital sends us the other $150.00 "
           "with the statement.", 10)
    p.para("We have told the hospital the same thing. Please do not pay the hospital for these tests; if it sends "
           "you a bill, call your service coordinator.", 10)
    p.heading("If you do not agree", 11)
    p.para(f"Write to the {CBO} no later than {long(by)}. Use the claim number in the footer and tell us why. You "
           "may also ask for mediation or a due process hearing as the parent rights booklet explains.", 10)
    p.signoff(["Sincerely,", "", clerk, f"Claims unit, {CBO}"], 10)
    p.nondiscrimination("The Wendmoor Department of Health and Family Services", phone(rng, "608"))
    p.tagline_page(phone(rng, "608"))
    t = truth("denial_letter", "other", insurer=INS, member_id=dense(cid), member_name=child, cases=[claim],
              claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(by),
              alternates={"insurer": INS_ALT, "provider": [f"{aud}, Au.D.", aud, f"Pediatric Audiology, {hosp}"]})
    return out(p), t


def phone_es(rng):
    child, mom, ot, sig = folks(rng, "bFXX", es=True)
    child = same_sur(child, mom)
    cid = child_no(rng)
    born = dt.date(2023, 3, rng.randint(14, 17))
    b3 = bday(born, 3)
    sess = [plus(dt.date(2026, 3, 2), 7 * i + rng.randint(0, 1)) for i in range(5)]
    sess = [d if d.weekday() < 5 else plus(d, 2) for d in sess]
    before = [d for d in sess if d < b3]
    after = [d for d in sess if d >= b3]
    fee = 132.00
    tot = round(fee * len(sess), 2)
    no = round(fee * len(after), 2)
    claim = f"CB-26-{digits(rng, 6)}"
    ld = dt.date(2026, 4, 6)
    clinic = "Kestrel Pediatric Occupational Therapy"
    p = EISheet(footer="Página {n} de {nb}", footer_left="LS-CBO-31s (rev. 01/2026)")
    p.set_margins(16, 14, 16)
    p.add_page()
    dept_head(p, rng, CBO + ", P.O. Box 7720, Ketterby, WM 58104", es=True)
    p.line(f"Ketterby, {es_date(ld)}", 10, "B")
    p.ln(2)
    for ln in [f"Sra. {mom}", *wm_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.f(10.4, "B")
    p.multi_cell(0, 5.2, f"Asunto: reclamo {claim}, terapia ocupacional de {child}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    rows = "\n".join(f"{es_date(d)}: US$ {fee:,.2f} - " + ("pagada" if d < b3 else "no pagada") for d in sess)
    p.columns(
        [("Estimada señora:",
          f"Le escribimos sobre el reclamo que nos mandó {clinic} por las sesiones de terapia ocupacional de "
          f"{first(child)} en marzo de 2026. La terapeuta fue {ot}, OTR/L. El reclamo trae cinco sesiones por un "
          f"total de US$ {tot:,.2f}."),
         ("Datos del niño", f"Niño: {child}\nNúmero del niño: {cid}\nFecha de nacimiento: {es_date(born)}"),
         ("Las sesiones del reclamo", rows)],
        [("Lo que decidimos",
          f"Little Strides pagó las sesiones de antes del {es_date(b3)}. No pagará las {len(after)} sesiones de esa "
          f"fecha en adelante (US$ {no:,.2f})."),
         ("Por qué",
          f"{first(child)} cumplió tres años el {es_date(b3)}. La intervención temprana atiende a los niños desde "
          "que nacen hasta el día en que cumplen tres años; Wendmoor no ofrece servicios después de esa fecha. "
          "Desde el cumpleaños, el distrito escolar decide los servicios de su hijo."),
         ("Si no está de acuerdo",
          "Puede pedir que revisemos esta decisión dentro de los 30 días siguientes a la fecha de esta carta. "
          "Escriba a la Oficina Central de Facturación, P.O. Box 7720, Ketterby, WM 58104, o llame a su "
          "coordinadora de servicios. También puede pedir mediación o una audiencia de debido proceso."),
         ("", f"Atentamente,\n\n{sig}\nUnidad de reclamos")], size=9.2)
    p.nondiscrimination("El Departamento de Salud y Servicios para la Familia", phone(rng, "608"),
                        title="Aviso contra la discriminación", es=True)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=dense(cid), member_name=child, cases=[claim],
              claim_amount=m2(tot), service_dates=[iso(d) for d in after], denial_date=iso(ld), provider=clinic,
              appeal_deadline=iso(plus(ld, 30)), lang="es",
              alternates={"insurer": INS_ALT_ES, "provider": [f"{ot}, OTR/L", ot], "claim_amount": [m2(no)]})
    assert before and after
    return out(p), t


def rotated_cost_share(rng):
    child, mom, dad, officer = folks(rng, "gFMX")
    child = same_sur(child, mom)
    dad = same_sur(dad, mom)
    cid = child_no(rng)
    det = f"FCS-26-{digits(rng, 5)}"
    issued = workday(dt.date(2026, 3, rng.randint(10, 13)))
    starts = dt.date(2026, 4, 1)
    income = rng.choice([61840.00, 64215.00, 66930.00])
    p = EISheet(footer="Page {n} of {nb}", footer_left="LS-FCS-1 Family cost share determination (rev. 01/2026)")
    p.set_margins(17, 15, 17)
    p.add_page()
    dept_head(p, rng, "Family Cost Share Unit, P.O. Box 7731, Ketterby, WM 58104", box="FAMILY COST SHARE")
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(det, "Determination no.", W * 0.26), (dmy(issued), "Date issued", W * 0.2),
                  (child, "Child", W * 0.3), (cid, "Child no.", W * 0.24)])
    p.over_boxes([(f"{mom} and {dad}", "Parents", W * 0.56), ("4", "Household size", W * 0.14),
                  (usd(income), "Yearly income counted", W * 0.30)])
    p.over_boxes([("Level C", "Cost share level", W * 0.22), ("$40.00 a month", "Your monthly cost share", W * 0.28),
                  (long(starts), "Starts", W * 0.26), ("$480.00", "Most you pay in a year", W * 0.24)])
    p.ln(2)
    for ln in [mom, *wm_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Thank you for sending the income papers your service coordinator asked for. We used them to set your "
           f"family's cost share for {first(child)}'s early intervention services. The amount above is what you pay "
           "each month for the services on the IFSP that carry a cost share, however many visits there are.", 9.8)
    p.heading("How the levels are set", 10.5)
    p.open_table(["Level", "Yearly income for a household of 4", "Monthly cost share", "Yearly most"],
                 [["A", "up to $48,000", "$0.00", "$0.00"], ["B", "$48,001 to $60,000", "$20.00", "$240.00"],
                  ["C", "$60,001 to $78,000", "$40.00", "$480.00"], ["D", "$78,001 to $102,000", "$75.00", "$900.00"],
                  ["E", "over $102,000", "$110.00", "$1,320.00"]],
                 [20, 70, 40, W - 130], aligns=["L", "L", "R", "R"], size=9)
    p.heading("Services that never cost your family anything", 10.5)
    p.bullets(["Finding and screening children who may need early intervention", "Evaluation and assessment",
               "Service coordination", "Writing and reviewing the IFSP",
               "Your rights as a parent, including mediation and due process hearings"], 9.2)
    p.para("No child goes without a service on the IFSP because the family cannot pay. If paying the cost share "
           "would be a hardship, or your income or family size changes, ask your service coordinator for a new "
           "calculation at any time.", 9.6)
    p.para(f"Nothing has been refused. Your consent to bill {PMH} stays on file; you may withdraw it in writing at "
           "any time.", 9.6)
    p.signoff(["", officer, "Family Cost Share Unit"], 9.6)
    t = truth("other", None, insurer=INS, member_id=dense(cid), member_name=child, cases=[det],
              denial_date=iso(issued),
              alternates={"insurer": INS_ALT, "case_numbers": [[]]})
    return out(p), t


def lowres_not_enrolled(rng):
    child, mom, feeder, sig = folks(rng, "bFXX")
    child = same_sur(child, mom)
    cid = child_no(rng)
    serial = digits(rng, 5)
    auth = f"A26-{serial}"
    claim = f"C26-{serial}-3"
    sess = [dt.date(2026, 4, d) for d in (6, 13, 20, 27)]
    rcvd = dt.date(2026, 5, 8)
    nd = dt.date(2026, 5, 14)
    fee = 160.00
    tot = round(fee * len(sess), 2)
    clinic = "Tiny Bites Feeding Clinic"
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"LS-CBO-7 Notice of claim decision (rev. 01/2026)   |   "
                                                       f"{slash(nd)}")
    p.set_margins(16, 14, 16)
    p.add_page()
    dept_head(p, rng, CBO + ", P.O. Box 7720, Ketterby, WM 58104", box="NOTICE OF CLAIM DECISION")
    W = p.w - p.l_margin - p.r_margin
    p.under([(dmy(nd), "Notice date"), (claim, "Claim no."), (auth, "IFSP service authorization"),
             (cid, "Child no.")], widths=[W * 0.2, W * 0.24, W * 0.3, W * 0.26])
    p.under([(child, "Child"), (mom, "Parent"), (clinic, "Billed by")], widths=[W * 0.3, W * 0.3, W * 0.4])
    p.under([(f"{slash(sess[0])} - {slash(sess[-1])}", "Dates of service"), (f"{len(sess)} visits, 92526",
                                                                             "Service"),
             (usd(tot), "Billed"), (ymd(rcvd), "Claim received")], widths=[W * 0.3, W * 0.24, W * 0.2, W * 0.26])
    p.ln(2)
    for ln in [mom, *wm_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.heading("What this notice is about", 11)
    p.para(f"{clinic} sent us a claim for feeding therapy that {feeder} gave {first(child)} from {long(sess[0])} "
           f"through {long(sess[-1])}, one visit a week. {first(child)}'s IFSP does include feeding therapy, and the "
           f"service authorization {auth} lets an enrolled Little Strides provider give it once a week.", 10)
    p.open_table(["Date", "Service", "Therapist", "Billed"],
                 [[slash(d), "Feeding therapy (92526)", feeder, n2(fee)] for d in sess], [30, 60, 56, W - 146],
                 aligns=["L", "L", "L", "R"], size=9, totals=["", "", "Total", n2(tot)])
    p.heading("Our decision", 11)
    p.para(f"Little Strides pays only providers who are enrolled with it and have signed its provider agreement. "
           f"{clinic} is not an enrolled provider, so the Central Billing Office cannot pay this claim. The "
           "authorization above names Little Oaks Pediatric Therapy, LLC, which is enrolled and can give the same "
           "service.", 10)
    p.para(f"Talk with your service coordinator if you want {first(child)} to keep seeing {feeder}; the clinic can "
           "ask to enroll, and once it is enrolled the IFSP can be changed.", 10)
    p.heading("If you disagree", 10.5)
    p.para(f"Ask us to review this decision within 45 days of the date of this notice. Write to the {CBO}, P.O. Box "
           "7720, Ketterby, WM 58104, and give the claim number.", 10)
    p.signoff(["Claims examiner:", sig], 9.6)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=dense(cid), member_name=child,
              cases=[claim, auth], claim_amount=m2(tot), service_dates=[iso(d) for d in sess], denial_date=iso(nd),
              provider=clinic, appeal_deadline=iso(plus(nd, 45)),
              alternates={"insurer": INS_ALT, "case_numbers": [[claim]], "provider": [feeder],
                          "service_dates": [[f"{iso(sess[0])}/{iso(sess[-1])}"]]})
    return out(p), t


def faxstd_stack(rng):
    child, mom, dad, pt, rev, ped, nurse = folks(rng, "gFMXXXF")
    child = same_sur(child, mom)
    dad = same_sur(dad, mom)
    cid = child_no(rng)
    rv = f"RV-26-0{digits(rng, 3)}"
    claim = f"CB-26-{digits(rng, 6)}"
    sess = [dt.date(2026, 4, 7) + dt.timedelta(days=7 * i) for i in range(6)]
    fee = 115.00
    tot = round(fee * len(sess), 2)
    meet = dt.date(2026, 2, rng.randint(9, 13))
    first_no = dt.date(2026, 5, rng.randint(18, 21))
    asked = plus(first_no, rng.randint(8, 12))
    dd = dt.date(2026, 6, 16)
    center = "Windrush Therapeutic Riding Center"
    home = wm_address(rng)
    # the pediatric office's fax cover (no document's page)
    cover = fax_cover("Amberlow Family Pediatrics", ["214 Copse Ave, Amberlow, WM 58137",
                                                     f"tel. {phone(rng, '608')}  |  fax {phone(rng, '608')}"],
                      [("To:", "Little Strides Region 3, service coordination"), ("From:", f"{nurse}, RN, for Dr. {ped}"),
                       ("Date:", slash(plus(dd, 6))), ("Re:", f"{child}, born 2024"),
                       ("Pages:", "4 including this sheet")],
                      f"{first(mom)} {last(mom)} left these two papers with us at {first(child)}'s check-up and asked "
                      "us to send them to her service coordinator before the IFSP review. Dr. "
                      f"{last(ped)} supports adding the riding therapy; a letter will follow.")
    b = EISheet(footer="Page {n} of {nb}", footer_left="LS-RV-4 Review decision (rev. 07/2025)",
                every=f"Review {rv}  |  claim {claim}  |  child no. {cid}  |  page {{n}} of {{nb}}")
    b.set_margins(18, 16, 18)
    b.add_page()
    dept_head(b, rng, "Bureau of Early Intervention, Office of Reviews, 100 Capitol Row, Ketterby, WM 58104")
    b.line(f"Decided: {wday(dd)}", 10, "B")
    b.ln(2)
    b.addr_right([f"{mom} and {dad}", *home],
                 [("Review no.", rv), ("Claim", claim), ("Child", child), ("Child no.", cid), ("Provider", center),
                  ("Therapist", f"{pt}, PT"), ("Visits", f"{len(sess)}, {slash(sess[0])} to {slash(sess[-1])}"),
                  ("Billed", usd(tot))], split=0.48, cap_w=28, size=9)
    b.heading("Decision on your request for a review", 12)
    b.para(f"Dear {first(mom)} and {first(dad)} {last(mom)}:", 10)
    b.para(f"On {long(first_no)} the Central Billing Office wrote that Little Strides would not pay {center} for the "
           f"six hippotherapy visits {first(child)} had on {', '.join(long(d).replace(', 2026', '') for d in sess[:-1])}"
           f" and {long(sess[-1])}. You asked for a review on {long(asked)}. I read your letter, the claim, the IFSP "
           "and the notes of the IFSP meetings.", 10)
    W = b.w - b.l_margin - b.r_margin
    b.open_table(["Visit", "Service", "Billed"], [[slash(d), "Hippotherapy (97530 with horse), 45 minutes", n2(fee)]
                                                  for d in sess], [28, W - 58, 30], aligns=["L", "L", "R"], size=9,
                 totals=["", "Claim total", n2(tot)])
    b.para("**The Bureau keeps the decision.** Little Strides can pay only for services that the IFSP team has "
           f"written into the IFSP. At the meeting on {long(meet)} the team talked about riding therapy and chose "
           f"physical therapy at home twice a month instead; hippotherapy was not added then or later. We "
           f"understand that {first(child)} enjoys the horses and that you have seen her balance improve.", 10)
    b.add_page()
    b.heading("What you can do now", 11)
    b.para("You can ask your service coordinator for an IFSP review meeting at any time. If the team adds "
           "hippotherapy, Little Strides can pay for visits from the date it is added, if the riding center enrolls "
           "as a provider. The program cannot pay for visits before that.", 10)
    b.para("This review is the Bureau's last word on the claim. You may still ask for mediation or a due process "
           "hearing, or file a state complaint, as the parent rights booklet explains; these are free.", 10)
    b.signoff(["For the Bureau of Early Intervention,", "", rev, "Review officer"], 9.8)
    d_b = (bytes(b.output()),
           truth("denial_letter", "prior_authorization", insurer=INS, member_id=dense(cid), member_name=child,
                 cases=[rv, claim], claim_amount=m2(tot), service_dates=[iso(d) for d in sess], denial_date=iso(dd),
                 provider=center,
                 alternates={"insurer": INS_ALT + ["Bureau of Early Intervention"], "case_numbers": [[rv], [claim]],
                             "provider": [f"{pt}, PT", pt],
                             "service_dates": [[f"{iso(sess[0])}/{iso(sess[-1])}"]]},
                 denial_alternates=["not_covered"]))
    # the riding center's bill
    acct = f"WR-{digits(rng, 5)}"
    sd = plus(dd, 2)
    a = EISheet(footer=None, footer_left=f"{center}  |  a 501(c)(3) program  |  thank you for riding with us")
    a.set_margins(18, 16, 18)
    a.add_page()
    a.head(center, "WTRC", ["Ditch Lane Farm, 8800 Old Mill Rd, Dunmore Cross, WM 58171",
                            f"Billing: {phone(rng, '608')}  |  office hours Tue-Sat 9-3"], box="STATEMENT", size=12)
    a.addr_kv([f"{mom} and {dad}", *home],
              [("Statement date", slash(sd)), ("Account no.", acct), ("Rider", child), ("Therapist", f"{pt}, PT"),
               ("Pay by", slash(plus(sd, 30)))], w=86, cap_w=30)
    W = a.w - a.l_margin - a.r_margin
    a.table(["Date", "Service", "Charge"], [[slash(d), "Hippotherapy session, 45 minutes", n2(fee)] for d in sess]
            + [["", "Little Strides: not paid (see its letter)", "0.00"], ["", "Balance due from you", n2(tot)]],
            [W * 0.2, W * 0.6, W * 0.2], size=9.4, aligns=["L", "L", "R"], bold_last=True)
    a.para(f"Little Strides did not pay these visits. Please pay {usd(tot)} by the date above, or call us to set up "
           "monthly payments. If your health insurance may pay, send us its card and we will bill it.", 9.6)
    d_a = (bytes(a.output()),
           truth("other", None, insurer=None, member_name=child, claim_amount=m2(tot),
                 service_dates=[iso(d) for d in sess], denial_date=iso(sd), provider=center,
                 alternates={"provider": [f"{pt}, PT", pt], "member_name": [mom]},
                 unscored=["insurer"]))
    return [d_b, d_a], cover


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_statement_child_number_only_in_header_feeding_line_code_on_back_page", "born_digital",
             [born_statement(rng)]),
        Item(F + "finefax_prior_written_notice_speech_after_third_birthday_two_signers", "fax_fine_g4",
             [finefax_pwn(rng)]),
        Item(F + "photocopy_three_page_letter_hearing_tests_insurance_not_billed_first_taglines", "photocopy",
             [photocopy_hearing(rng)]),
        Item(F + "phone_es_carta_terapia_ocupacional_despues_del_tercer_cumpleanos", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_family_cost_share_determination_values_over_captions", "rotated", [rotated_cost_share(rng)]),
        Item(F + "lowres_notice_feeding_clinic_not_enrolled_authorization_and_claim_look_alike", "scan_lowres_150",
             [lowres_not_enrolled(rng)]),
    ]
    docs, cover = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_pediatrics_cover_review_decision_upside_down_then_riding_center_bill",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    return items
