"""Delaware Medicaid managed care (the Diamond State Health Plan, Delaware Health and Social Services, Division of
Medicaid and Medical Assistance) transition-of-care notices from an invented managed care plan, mirrored for
structure and wording style only: a new member asks to keep seeing an out-of-network provider during the plan's
transition-of-care period; the request is denied or granted for a limited period, and claims for care after the
period are denied. Plan appeal within 60 days of the notice; a State Fair Hearing within 120 days of the plan's
appeal decision and continued benefits asked for within 10 days are decoys. The state program appears as itself;
the plan, its behavioral health manager, every provider, person and number is invented.

Documents (8 in 7 files):
- bd_nabd_neurologist_named_in_prose: notice of adverse benefit determination; the plan is named only in the logo
  block and the closing; "Dr. ... of ... asked us to approve" visits "from March 3 through May 29, 2026"; date of
  decision and date of this notice both printed (the notice date is the denial date); plan member ID with a
  prefix beside the Medicaid ID.
- faxstd_provider_notice_home_nursing_claim_captions: small-type provider notice faxed to the home nursing agency,
  a typed fax header line on both pages, captions over boxed values, the denied claim's span "03/03/2026 thru
  03/28/2026" after the transition period ended, a past transition authorization as decoy, claim with "-02".
- scan300_member_eob_claims_table: member explanation of benefits with four claims, the out-of-network
  counseling claim denied, its span split over From | To cells with different months.
- photo_two_page_limited_approval: transition-of-care approval for a limited period (denies nothing), span
  "January 5 - March 31, 2026", page 2 warns that later claims will be denied.
- rotated_two_column_bho_appeal_upheld: the behavioral health manager's appeal decision "on behalf of" the plan,
  upheld, facts in a ruled right-hand box, "Dates of service: 3/3/26-3/28/26"; only a State Fair Hearing remains.
- lowres_state_enrollment_letter: the state agency's enrollment letter naming the plan in the body, Medicaid ID
  of digits beside an eligibility case number of similar length (denies nothing).
- copy_stack_provider_letter_then_denial_cc: the neurology office's letter to the plan asking for continuity of
  care (the plan the addressee), a blank separator, then the plan's denial (single "DOS"), its provider named
  only in the "cc:" line, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhe import mixed_id
from kit_rounddi_famdib import DISheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "medicaid_managed_care_continuity_of_care_transition_out_of_network_denial"
LANG = "en"
SEED = 351301
PLAN = "Juneberry Community Health Plan"
PLAN_SHORT = "Juneberry"
STATE = "Delaware Health and Social Services"
DMMA = "Division of Medicaid and Medical Assistance"
PROGRAM = "Diamond State Health Plan"
BHO = "Wrenfield Behavioral Health Partners"
NEURO = "Rosalind V. Quennell"
NEURO_PRACTICE = "Foxglove Pediatric Neurology"
NURSING = "Ridgeback Home Nursing, LLC"
THERAPIST = "Marisol K. Dunbarton"
COUNSELING = "Cattail Family Counseling"
TOC = "90 days"


def _ids(rng):
    return {"mid": "JCH" + digits(rng, 8), "mcd": digits(rng, 10), "case": digits(rng, 9)}


def _addr(rng):
    town = rng.choice(["Dover DE 199", "Milford DE 199", "Newark DE 197", "Seaford DE 199", "Smyrna DE 199"])
    return [f"{rng.randint(100, 9899)} {rng.choice(['Loockerman St', 'Bay Rd', 'Kirkwood Hwy', 'Walnut St'])}",
            f"{town}{rng.randint(10, 80)}"]


def _dob(rng, child=True):
    return dt.date(rng.randint(2012, 2022) if child else rng.randint(1958, 1995), rng.randint(1, 12),
                   rng.randint(1, 28))


def _logo(p: DISheet, rng, dept: str, y: float = 12):
    p.set_y(y)
    p.set_fill_color(40, 96, 70)
    p.ellipse(p.l_margin, y, 11, 11, style="F")
    p.set_xy(p.l_margin + 14, y)
    p.f(13, "B")
    p.cell(0, 6, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 14)
    p.f(7.5)
    p.cell(0, 4, f"A {PROGRAM} managed care plan  |  {dept}  |  PO Box {rng.randint(1000, 9999)}, Newark DE "
                 f"197{rng.randint(10, 99)}", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 16)


def _rights(p: DISheet, nd_word: str, size: float = 9):
    p.para(f"**How to appeal.** If you disagree, you or someone you choose may ask us for an appeal within 60 days "
           f"of the date of this {nd_word}. Call Member Services or write to us. If waiting could seriously harm "
           "your health, ask for a fast (expedited) appeal; we decide those within 72 hours.", size)
    p.para("**Keep getting services.** If services you already get are being stopped or reduced, you may ask to "
           "keep getting them during the appeal. You must ask within 10 days of the date this notice was mailed "
           "or before the change takes effect, whichever is later.", size)
    p.para("**State Fair Hearing.** If we do not decide in your favor, you may ask for a State Fair Hearing with "
           f"{STATE} within 120 days of the date of our appeal decision.", size)


def bd_nabd(rng):
    ids = _ids(rng)
    child, cf, cm, cl = person(rng)
    parent = f"{person(rng)[1]} {cl}"
    enr = dt.date(2026, 2, 1)
    nd = dt.date(2026, 2, 16) + dt.timedelta(days=rng.randint(0, 6))
    dec = plus(nd, -rng.randint(1, 3))
    rec = plus(dec, -rng.randint(5, 9))
    s0, s1 = dt.date(2026, 3, 3), dt.date(2026, 5, 29)
    req = f"TOC-26-{digits(rng, 6)}"
    p = DISheet(footer="Page {n} of {nb}", footer_left="JCHP-NABD-TOC (01/26)")
    p.set_margins(22, 14, 22)
    p.add_page()
    _logo(p, rng, "Utilization Management")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B")
    p.ln(2)
    p.pairs([("Date of this notice", fdate(nd, "long")), ("Date of decision", fdate(dec, "long")),
             ("Member", child), ("Member ID", ids["mid"]), ("Medicaid ID", ids["mcd"]),
             ("Date of birth", fdate(_dob(rng), "slash")), ("Request number", req),
             ("Request received", fdate(rec, "slash"))], label_w=42, size=9.5, h=5)
    p.ln(3)
    p.para(f"Dear {parent}:", 10)
    p.para(f"{child} joined our plan on {fdate(enr, 'long')}. Dr. {NEURO} of {NEURO_PRACTICE} asked us to approve "
           f"continued visits with her, an out-of-network provider, for {cf} from {fdate(s0, 'long').replace(', 2026', '')}"
           f" through {fdate(s1, 'long')}, as part of the transition of care for new members.", 10)
    p.para(f"**What we decided.** We denied this request. Our transition-of-care policy lets a new member keep "
           f"seeing an out-of-network provider for up to {TOC} when changing providers would harm an active course "
           f"of treatment. The records sent show {cf}'s seizures have been controlled on the same medicine for two "
           "years and no treatment change is planned. Three in-network pediatric neurologists accept new patients "
           "within 25 miles of your home. We can help you make the first appointment.", 10)
    p.para("This decision was made by a physician reviewer. You may ask for a free copy of the policy and records "
           "we used.", 10)
    _rights(p, "notice", 9)
    p.para(f"Sincerely,\n\nMember Services\n{PLAN}\n1-855-555-{digits(rng, 4)} (TTY 711)", 10)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, member_id=ids["mid"], member_name=child,
              cases=[req], service_dates=[span(s0, s1)], denial_date=nd.isoformat(), provider=NEURO,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"member_id": [ids["mcd"]], "provider": [NEURO_PRACTICE], "service_dates": [[span(s0)]]})
    return out(p), t


def faxstd_provider_notice(rng):
    ids = _ids(rng)
    pat, pf, pm, pl = person(rng)
    enr = dt.date(2025, 12, 1)
    toc_end = dt.date(2026, 2, 28)
    nd = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 7))
    s0, s1 = dt.date(2026, 3, 3), dt.date(2026, 3, 28)
    billed = round(amount(rng, 95, 125) * 22, 2)
    claim = digits(rng, 11) + "-02"
    past_auth = f"TA{digits(rng, 7)}"
    npi, tin = digits(rng, 10), f"51-{digits(rng, 7)}"
    fax = (f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  FROM: JUNEBERRY CHP CLAIMS 302-555-{digits(rng, 4)}"
           f"   TO: 302-555-{digits(rng, 4)}   P.{{n}}/2")
    p = DISheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Provider Claims", y=11)
    p.line("PROVIDER NOTICE OF CLAIM DENIAL - TRANSITION OF CARE PERIOD ENDED", 9.5, "B")
    p.ln(1)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 30), ("Claim number", claim, 44), ("Billing provider", NURSING, 62),
         ("Billing NPI", npi, 46)],
        [("Member name", pat, 52), ("Plan member ID", ids["mid"], 40), ("Medicaid ID", ids["mcd"], 40),
         ("Provider tax ID", tin, 50)],
        [("Service from", fdate(s0, "slash"), 30), ("Service to", fdate(s1, "slash"), 30),
         ("Units / visits", "22 visits", 26), ("Billed charges", money(billed), 32), ("Allowed", "$0.00", 26),
         ("Network status", "Out of network", 38)],
    ], cap=6.3, val=7.8)
    p.ln(1)
    p.para(f"We denied this claim for private duty home nursing services from {fdate(s0, 'slash')} thru "
           f"{fdate(s1, 'slash')}. The member enrolled with our plan on {fdate(enr, 'slash')}. We approved "
           f"out-of-network home nursing from your agency for the transition-of-care period under authorization "
           f"{past_auth} ({fdate(enr, 'slash')} - {fdate(toc_end, 'slash')}). That period ended and no new "
           "authorization was requested. Your agency is not in our network, so the services after the period are "
           "not covered.", 7.8)
    p.para("Remark TC3: services by a non-participating provider after the transition-of-care period. Remark N54: "
           "claim information is inconsistent with the authorization on file.", 7.8)
    p.add_page()
    p.band("PROVIDER APPEAL AND MEMBER RIGHTS", 7.8)
    p.para("You may file a provider appeal within 60 days of the date of this notice. Send the appeal with the "
           "claim number and any records that show a new authorization was requested. A corrected claim is not an "
           "appeal. Claims must be filed within 120 days of the date of service.", 7.8)
    p.para(f"The member has been sent a separate notice with the member's appeal rights and the right to a State "
           f"Fair Hearing within 120 days of our appeal decision. Do not bill the member: {PROGRAM} members may not be "
           "billed for covered services denied for provider reasons.", 7.8)
    p.para(f"Provider Services 1-855-555-{digits(rng, 4)}  |  Form JCHP-PN-22 (01/26)", 7.8)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, member_id=ids["mid"], member_name=pat,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(s0, s1)], denial_date=nd.isoformat(),
              provider=NURSING, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"member_id": [ids["mcd"]]})
    return out(p), t


def scan300_eob(rng):
    ids = _ids(rng)
    pat, pf, pm, pl = person(rng)
    sd = dt.date(2026, 5, 6) + dt.timedelta(days=rng.randint(0, 8))
    c0, c1 = dt.date(2026, 3, 24), dt.date(2026, 4, 14)
    rows, claims = [], [digits(rng, 12) for _ in range(4)]
    pcp = (plus(c0, -rng.randint(10, 20)), amount(rng, 140, 190))
    lab = (plus(pcp[0], 2), amount(rng, 40, 90))
    cou = round(amount(rng, 110, 140) * 4, 2)
    rx = (plus(c1, 6), amount(rng, 160, 260))
    rows.append([claims[0], "Heronwood Family Medicine", fdate(pcp[0], "slash"), fdate(pcp[0], "slash"),
                 money(pcp[1], "nosign"), money(pcp[1] * 0.62, "nosign"), "0.00", "Paid"])
    rows.append([claims[1], "Tidewater Reference Lab", fdate(lab[0], "slash"), fdate(lab[0], "slash"),
                 money(lab[1], "nosign"), money(lab[1] * 0.5, "nosign"), "0.00", "Paid"])
    rows.append([claims[2], COUNSELING, fdate(c0, "slash"), fdate(c1, "slash"), money(cou, "nosign"), "0.00",
                 "0.00", "Denied  OT7"])
    rows.append([claims[3], "Brandywine Physical Therapy", fdate(rx[0], "slash"), fdate(rx[0], "slash"),
                 money(rx[1], "nosign"), money(rx[1] * 0.55, "nosign"), "0.00", "Paid"])
    p = DISheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Member Services")
    p.line("MEMBER EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 11, "B")
    p.right_block([("Statement date:", fdate(sd, "abbr")), ("Member:", pat), ("Member ID:", ids["mid"]),
                   ("Medicaid ID:", ids["mcd"]), ("Period:", f"03/01/2026 - {fdate(sd, 'slash')}")], w=100,
                  size=8.5, y=p.get_y() - 6)
    p.ln(3)
    p.table(["Claim number", "Provider", "From", "To", "Billed", "Plan paid", "You owe", "Status"], rows,
            [28, 50, 20, 20, 18, 18, 14, 20], size=7.8, aligns=["L", "L", "L", "L", "R", "R", "R", "L"])
    p.para(f"OT7  {COUNSELING} is not in our network. The transition-of-care period for your counseling with "
           f"{THERAPIST}, LCSW ended on {fdate(dt.date(2026, 3, 2), 'long')}. Sessions on or after that date need "
           "an in-network counselor or our approval. You do not owe anything for this claim; the provider may not "
           f"bill you. Claim {claims[2]}: 4 sessions, {fdate(c0, 'long')} to {fdate(c1, 'long')}.", 8.5)
    p.para("If you disagree with a denied claim, you may appeal within 60 days of the date of this statement. You "
           f"may ask for a State Fair Hearing with {STATE} within 120 days of our appeal decision. Call "
           f"1-855-555-{digits(rng, 4)} (TTY 711).", 8.5)
    t = truth("eob", "out_of_network", insurer=PLAN, member_id=ids["mid"], member_name=pat, cases=[claims[2]],
              claim_amount=m2(cou), service_dates=[span(c0, c1)], denial_date=sd.isoformat(), provider=COUNSELING,
              appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"member_id": [ids["mcd"]], "provider": [THERAPIST]})
    return out(p), t


def photo_approval(rng):
    ids = _ids(rng)
    pat, pf, pm, pl = person(rng)
    nd = dt.date(2026, 1, 9) + dt.timedelta(days=rng.randint(0, 5))
    s0, s1 = dt.date(2026, 1, 5), dt.date(2026, 3, 31)
    auth = f"TA{digits(rng, 7)}"
    p = DISheet(footer="Page {n} of {nb}", cont=f"{pat}  |  Member ID {ids['mid']}  |  Authorization {auth}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _logo(p, rng, "Care Coordination")
    p.line("Transition of Care Approval", 12, "B")
    p.ln(2)
    p.pairs([("Date", fdate(nd, "long")), ("Member", pat), ("Member ID", ids["mid"]),
             ("Authorization", auth), ("Approved", f"{fdate(s0, 'long').replace(', 2026', '')} - {fdate(s1, 'long')}")],
            label_w=32, size=10)
    p.ln(3)
    p.para(f"Dear {pat}:", 10)
    p.para(f"Welcome to {PLAN}. You asked to keep the services you received from {NURSING} before you joined our "
           f"plan. We approved skilled home nursing visits from that agency, at the same number of hours, from "
           f"{fdate(s0, 'slash')} to {fdate(s1, 'slash')}.", 10)
    p.para(f"{NURSING} is not in our network. This approval lets you keep your nurses while your care coordinator "
           "helps you move to an in-network agency. You do not need to do anything else for these dates.", 10)
    p.add_page()
    p.heading("What happens after March 31, 2026", 11)
    p.para("Visits after the approved period will not be paid unless the agency joins our network or we approve "
           "more time. Claims for visits after that date will be denied. Your care coordinator will call you by "
           "March 1 to plan the change.", 10)
    p.bullets(["Call your care coordinator if your nursing needs change.",
               "If we later deny or reduce a service, we will send you a notice with your appeal rights.",
               f"Questions: Member Services 1-855-555-{digits(rng, 4)} (TTY 711)."], 10)
    p.para(f"Sincerely,\n\nCare Coordination Department\n{PLAN}", 10)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=pat, cases=[auth],
              service_dates=[span(s0, s1)], denial_date=nd.isoformat(), provider=NURSING,
              alternates={"case_numbers": [[]]})
    return out(p), t


def rotated_appeal(rng):
    ids = _ids(rng)
    pat, pf, pm, pl = person(rng)
    nd = dt.date(2026, 5, 18) + dt.timedelta(days=rng.randint(0, 8))
    rec = plus(nd, -rng.randint(20, 28))
    s0, s1 = dt.date(2026, 3, 3), dt.date(2026, 3, 28)
    appeal = mixed_id(rng, "APL-", "dddddd")
    claim = digits(rng, 12)
    billed = round(amount(rng, 110, 140) * 4, 2)
    p = DISheet(serif=True, footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.set_y(12)
    p.f(13, "B")
    p.cell(0, 6, BHO, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Behavioral health services on behalf of {PLAN}  |  1-855-555-{digits(rng, 4)} (TTY 711)",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.line("NOTICE OF APPEAL RESOLUTION", 12, "B")
    p.ln(2)
    left = [f"{pat}\n" + "\n".join(_addr(rng)),
            f"Dear {pat}:",
            f"You asked us to review the denial of the counseling sessions you had with {THERAPIST}, LCSW from "
            f"{fdate(s0, 'long').replace(', 2026', '')} through {fdate(s1, 'long')}. A licensed psychologist who "
            "did not make the first decision reviewed your appeal.",
            f"Decision: we upheld the denial. The therapist is not in the {PLAN_SHORT} network. Your "
            f"transition-of-care period ended on {fdate(dt.date(2026, 3, 1), 'long')}, and we did not receive a "
            "request to extend it. In-network therapists are available; we sent you a list.",
            "This ends the plan's appeal process. If you disagree, you may ask for a State Fair Hearing within 120 "
            f"days of the date of this notice. Write to {STATE}, {DMMA}, Fair Hearing Unit. If you ask within 10 "
            "days, services being reduced may continue until the hearing decision."]
    right = [("Date of notice", fdate(nd, "abbr")), ("Appeal number", appeal), ("Claim number", claim),
             ("Member", pat), ("Medicaid ID", ids["mcd"]), ("Plan", PLAN), ("Provider", f"{THERAPIST}, LCSW"),
             ("Practice", COUNSELING), ("Dates of service", f"{s0.month}/{s0.day}/26-{s1.month}/{s1.day}/26"),
             ("Billed", money(billed)), ("Appeal received", fdate(rec, "slash"))]
    p.box_col(left, right, left_w=110, size=9.5, title="Appeal facts")
    p.para(f"Sincerely,\n\nAppeals Coordinator, {BHO}", 9.5)
    p.para(f"Claim {claim} covers 4 sessions billed for {fdate(s0, 'slash')} - {fdate(s1, 'slash')}.", 8)
    t = truth("denial_letter", "out_of_network", insurer=BHO, member_id=ids["mcd"], member_name=pat,
              cases=[appeal, claim], claim_amount=m2(billed), service_dates=[span(s0, s1)],
              denial_date=nd.isoformat(), provider=THERAPIST, appeal_deadline=None,
              alternates={"insurer": [PLAN], "case_numbers": [[appeal]], "provider": [COUNSELING]})
    return out(p), t


def lowres_state_letter(rng):
    ids = _ids(rng)
    pat, pf, pm, pl = person(rng)
    nd = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randint(0, 8))
    eff = dt.date(2026, 2, 1)
    p = DISheet(footer="Page {n} of {nb}", footer_left="DMMA-ENR-410 (01/26)")
    p.set_margins(22, 14, 22)
    p.add_page()
    p.set_y(12)
    p.f(12, "B")
    p.cell(0, 6, STATE, new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 4.5, DMMA, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.5, f"New Castle DE  |  Health Benefit Manager 1-800-555-{digits(rng, 4)}", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(5)
    p.pairs([("Notice date", fdate(nd, "slash")), ("Medicaid ID", ids["mcd"]), ("Case number", ids["case"])],
            label_w=32, size=10)
    p.ln(2)
    for ln in [pat, *_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line(f"Your {PROGRAM} health plan", 11, "B")
    p.ln(2)
    p.para(f"Dear {pat}:", 10)
    p.para(f"Starting {fdate(eff, 'long')}, your health plan will be {PLAN}. The plan will pay for your covered "
           "Medicaid services and help you find doctors in its network.", 10)
    p.para(f"If you are seeing a doctor or other provider who is not in {PLAN}'s network, the plan must help "
           "you keep getting the care you need while you change providers. Call the plan before your next visit "
           "and ask about transition of care.", 10)
    p.para(f"You may change to a different health plan for any reason within 90 days of {fdate(eff, 'long')}. "
           "After that you may change plans only during open enrollment or for a good reason.", 10)
    p.para("If you disagree with this notice, you may ask for a fair hearing within 90 days of the date of this "
           "notice.", 10)
    t = truth("other", None, insurer=STATE, member_id=ids["mcd"], member_name=pat, denial_date=nd.isoformat(),
              alternates={"insurer": [PLAN], "case_numbers": [[ids["case"]]]})
    return out(p), t


def copy_stack(rng):
    ids = _ids(rng)
    child, cf, cm, cl = person(rng)
    parent = f"{person(rng)[1]} {cl}"
    ld = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 5))
    dos = dt.date(2026, 4, 14)
    npi = digits(rng, 10)
    p = DISheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    p.set_y(12)
    p.f(13, "B")
    p.cell(0, 6, NEURO_PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Pediatric epilepsy and headache clinic  |  Wilmington DE  |  302-555-{digits(rng, 4)}  |  NPI {npi}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in ["Utilization Management", PLAN, f"Fax 302-555-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.line(f"Re: Continuity of care request for {child}, Member ID {ids['mid']}", 10, "B")
    p.ln(2)
    p.para("To the reviewer:", 10)
    p.para(f"I have treated {child} for infantile spasms and later focal epilepsy since 2023. {cf} joined your plan "
           f"on {fdate(dt.date(2026, 3, 1), 'long')}. A medicine taper is under way and the next step is planned for "
           f"the visit on {fdate(dos, 'long')} with a video EEG review. Changing neurologists in the middle of the "
           "taper would risk breakthrough seizures.", 10)
    p.para("I ask the plan to approve this visit and the follow-up visits through the end of the taper as "
           "transition of care, or to offer a single-case agreement. Records are attached.", 10)
    p.para(f"Sincerely,\n\nDr. {NEURO}\n{NEURO_PRACTICE}", 10)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=child,
                          service_dates=[span(dos)], denial_date=ld.isoformat(), provider=NEURO,
                          alternates={"insurer": [None], "provider": [NEURO_PRACTICE], "service_dates": [[]]}))
    nd = plus(ld, rng.randint(6, 10))
    req = f"TOC-26-{digits(rng, 6)}"
    q = DISheet(footer=None)
    q.set_margins(22, 14, 22)
    q.add_page()
    _logo(q, rng, "Utilization Management")
    q.line("Notice of Adverse Benefit Determination", 12, "B")
    q.ln(2)
    q.pairs([("Notice date", fdate(nd, "abbr")), ("Member", child), ("Member ID", ids["mid"]),
             ("Request no.", req), ("Service", "Office visit, established patient, out of network"),
             ("DOS", fdate(dos, "slash"))], label_w=30, size=9.5)
    q.ln(2)
    q.para(f"Dear {parent}:", 10)
    q.para(f"We received a request to cover a neurology visit for {child} on {fdate(dos, 'long')} with a provider "
           "who is not in our network. We denied the request. In-network pediatric neurologists can take over "
           "the medicine taper; our nurse care manager will send the records and make the appointment. Our "
           f"transition-of-care period of {TOC} applies when no in-network provider can safely continue the "
           "treatment.", 10)
    q.para("You may appeal within 60 days of the date of this notice. A State Fair Hearing may be asked for within "
           "120 days of our appeal decision. Ask within 10 days to keep services during the appeal.", 9.5)
    q.para(f"Sincerely,\nUtilization Management, {PLAN}", 10)
    q.para(f"cc: Dr. {NEURO}, {NEURO_PRACTICE}", 8.5)
    doc2 = (out(q), truth("denial_letter", "out_of_network", insurer=PLAN, member_id=ids["mid"], member_name=child,
                          cases=[req], service_dates=[span(dos)], denial_date=nd.isoformat(), provider=NEURO,
                          appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"provider": [NEURO_PRACTICE]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_nabd_neurologist_named_in_prose", "born_digital", [bd_nabd(rng)]),
        Item(F + "faxstd_provider_notice_home_nursing_claim_captions", "fax_standard_g4",
             [faxstd_provider_notice(rng)]),
        Item(F + "scan300_member_eob_claims_table", "scan_clean_300", [scan300_eob(rng)]),
        Item(F + "photo_two_page_limited_approval", "phone_photo", [photo_approval(rng)]),
        Item(F + "rotated_two_column_bho_appeal_upheld", "rotated", [rotated_appeal(rng)]),
        Item(F + "lowres_state_enrollment_letter", "scan_lowres_150", [lowres_state_letter(rng)]),
        Item(F + "copy_stack_provider_letter_then_denial_cc", "photocopy", copy_stack(rng),
             separators=["blank", None], turns={(1, 0): 90}),
    ]
