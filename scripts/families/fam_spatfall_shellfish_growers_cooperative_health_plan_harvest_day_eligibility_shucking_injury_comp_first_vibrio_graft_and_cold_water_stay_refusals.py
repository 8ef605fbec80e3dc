"""An invented cooperative health plan for oyster farmers, shellfish harvesters, deckhands and shucking-house
workers and their families: the Spatfall Shellfish Growers Cooperative Health Plan, with claims handled by the
administrator Cultch Point Benefit Administrators, Inc., which prints some papers on its own letterhead. Invented
rules: a member is covered for a coverage period when the cooperative's landing tickets show at least 40 harvest days
in the harvest period that ended a month before it (January-April harvest days earn June-September coverage; 8 paid
shucking-house hours count as a day); an injury at work for an employer that carries workers' compensation (a
shucking house, a packing plant) is paid by that insurance first; protective work gear (cut-resistant gloves,
waders, immersion suits) is not a covered supply; skin grafts and other planned surgery need the plan's approval
first; care from a provider outside the plan's coastal network is not paid when a network provider was within 30
miles; a stay for cold-water immersion is paid at the inpatient level only when the records meet the plan's
inpatient criteria; hand therapy after a tendon repair is paid while the records show measurable progress. Every
plan, company, vessel, town, hospital, clinic, person, number, address, code of the plan and time limit is invented;
phones use 555; CPT and HCPCS codes appear as themselves. No heading names the kind of refusal.

Members' dependants carry the subscriber's number with a suffix: SGC204817*01 on the statements, SGC204817-02 on
letters, "SGC204817 02" where a letter was typed by hand.

Documents (8 in 7 files):
- bd_eob_spatfall_logo_beside_title_side_column_glove_line_code_px4: a statement with the reversed logo word right
  beside its title, a claims table with a side column (member box, "your plan at a glance", contact box); a
  co-grower wife's urgent care claim for an oyster-shell cut paid except the cut-resistant gloves line, told only by
  note PX4 on page 2; her husband's and their son's claims paid.
- faxstd_stack_dear_cover_shucking_injury_comp_first_sideways_appeal_acknowledgement: a fax cover
  whose message opens "Dear Mr. ...", the administrator's letter refusing a Vibrio hand infection stay because the
  puncture happened at the shucking house (its workers' compensation carrier first; page 2 fed sideways), and the
  later acknowledgement of the member's appeal (denies nothing).
- scan300_harvest_days_short_landing_tickets_three_column_prose: an MRI refused because the landing tickets for
  January-April showed 31 of 40 harvest days; prose in three columns, a landing ticket extract with dealer and
  area numbers, tiles.
- photocopy_es_clinica_de_heridas_fuera_de_la_red_captions_beside_boxes: Spanish: a daughter's wound care visits
  at a clinic outside the network refused (a network clinic 12 miles away).
- phone_cold_water_immersion_inpatient_paid_as_observation_split_brand: the administrator's letter (brand split over
  two lines) paying a son's two-day stay after he went overboard in 44-degree water only at the observation level.
- rotated_two_pages_vibrio_wound_skin_graft_without_approval_bare_ids_running_header: a two-page letter fed turned,
  the member ID printed bare in a corner block and a running header, refusing a planned skin graft done without
  the plan's approval.
- lowres_provider_notice_hand_therapy_visits_13_to_20_no_progress_two_columns: a provider notice to a hand therapy
  clinic refusing 8 visits after a flexor tendon repair (the therapy records showed no measurable progress).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundel_famle import (ELSheet, abbr, apos, caps_dmy, dear_cover, dmy_long, es_date, es_dmy, fresh,
                               iso, last_first, long, n2, parts, people, phone, plus, roman_yy, slash, tollfree, usd,
                               with_last, yy)
from public_kit import digits, m2, out, truth

FAMILY = ("spatfall_shellfish_growers_cooperative_health_plan_harvest_day_eligibility_shucking_injury_comp_first_"
          "vibrio_graft_and_cold_water_stay_refusals")
LANG = "en"
SEED = 355114
COOP = "Spatfall Shellfish Growers Cooperative Health Plan"
COOP_ES = "Plan de Salud Cooperativo de Cultivadores de Mariscos Spatfall"
COOP_ALT = ["Spatfall Shellfish Growers Cooperative", "Spatfall Cooperative Health Plan", "Spatfall Health Plan",
            "Spatfall"]
TPA = "Cultch Point Benefit Administrators, Inc."
TPA_ALT = ["Cultch Point Benefit Administrators", "Cultch Point"]
COOP_ADDR = "Cooperative Hall, 14 Tonging Wharf Rd, Skiffhaven, MD 21679"
TPA_ADDR = "PO Box 3318, Dredgeport, MD 21683"
GRW, HRV, SHK = "GRW-11", "HRV-12", "SHK-13"
PLAN = "SGC-PPO-2"
HOSP = "Stonequay Regional Hospital"


def sid(rng) -> str:
    return f"SGC{digits(rng, 6)}"


def claim_no(rng, d: dt.date) -> str:
    return f"C{d.strftime('%y%m%d')}{digits(rng, 5)}"


def coop_head(p: ELSheet, rng, right=None, es=False):
    if es:
        p.spaced_head("Spatfall", "Plan de Salud Cooperativo de Cultivadores de Mariscos",
                      f"Administrado por {TPA}",
                      [f"{COOP_ADDR}  |  Servicios al socio {tollfree(rng, '866')}  |  TTY 711"], right=right)
    else:
        p.spaced_head("Spatfall", "Shellfish Growers Cooperative Health Plan",
                      f"Claims administered for the Plan by {TPA}",
                      [f"{COOP_ADDR}  |  Member services {tollfree(rng, '866')}  |  TTY 711"], right=right)


def tpa_head(p: ELSheet, rng, title=None, sub=None):
    p.split_brand("Cultch", "Point", ["Benefit Administrators, Inc.", f"Claims administrator for the {COOP}",
                                      f"{TPA_ADDR}  ·  {tollfree(rng, '855')}  ·  Fax {phone(rng, '410')}"],
                  title=title, sub=sub, size=18)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    """Family statement: the gloves line of the wife's urgent care claim refused (note PX4 on page 2)."""
    husband, = people(rng, 1, sexes="M")
    last = parts(husband)[2]
    wife = with_last(people(rng, 1, sexes="F")[0], last)
    son = with_last(people(rng, 1, sexes="M")[0], last)
    num = sid(rng)
    sd = dt.date(2026, 4, 17)
    d_h, d_w, d_s = dt.date(2026, 3, 24), dt.date(2026, 3, 30), dt.date(2026, 4, 2)
    c_h, c_w, c_s = claim_no(rng, d_h), claim_no(rng, d_w), claim_no(rng, d_s)
    uc = "Marshbank Walk-In & Urgent Care"
    np_, = people(rng, 1, sexes="F")
    uc_np = f"{np_}, FNP"
    fm = "Tideflat Family Medicine"
    ped = "Wyckhaven Children's Clinic"
    w_lines = [("99213", "Office visit", 165.00, 120.00, 96.00, 24.00, "P2"),
               ("12002", "Wound repair, 2.6-7.5 cm", 310.00, 228.00, 182.40, 45.60, "P2"),
               ("90715", "Tdap vaccine", 72.00, 58.00, 58.00, 0.00, "P1"),
               ("90471", "Vaccine admin", 28.00, 22.00, 22.00, 0.00, "P1"),
               ("99070", "Supplies: cut-resistant gloves", 46.00, 0.00, 0.00, 46.00, "PX4")]
    h_lines = [("99214", "Office visit", 228.00, 162.00, 129.60, 32.40, "P2")]
    s_lines = [("99394", "Preventive visit, 12-17", 240.00, 185.00, 185.00, 0.00, "P1")]
    w_tot = sum(x[2] for x in w_lines)
    p = ELSheet(footer="Page {n} of {nb}", footer_left=f"{COOP}  |  Statement {iso(sd)}",
                run_hdr=f"{last_first(husband)}  |  {num}  |  continued")
    p.add_page()
    p.logo_title("SPATFALL", "EXPLANATION OF BENEFITS",
                 f"Administered by {TPA} for the {COOP}",
                 [f"{COOP_ADDR}  |  Member services {tollfree(rng, '866')}  |  TTY 711  |  This is not a bill"])
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("STATEMENT DATE", iso(sd)), ("SUBSCRIBER", husband), ("SUBSCRIBER ID", num), ("GROUP", GRW),
                ("PLAN", PLAN)], [W * 0.17, W * 0.27, W * 0.2, W * 0.14, W * 0.22], size=8.6)
    p.ln(4)
    for ln in [husband.upper(), "3 Shell Road Landing", "Kettlebottom, MD 21681"]:
        p.line(ln, 9.6)
    p.ln(4)
    rows, bold = [], set()
    for c, pat, pid_, prov, lines, d in ((c_h, husband, num, fm, h_lines, d_h),
                                         (c_w, wife, f"{num}*01", uc, w_lines, d_w),
                                         (c_s, son, f"{num}*02", ped, s_lines, d_s)):
        rows.append(f"Claim {c}  ·  {pat}  ·  {pid_}")
        rows.append(f"Provider: {prov}")
        for code, desc, b, a, pd, o, note in lines:
            rows.append([yy(d), desc, code, n2(b), n2(pd), n2(o), note])
        bold.add(len(rows))
        rows.append(["", "Claim total", "", n2(sum(x[2] for x in lines)), n2(sum(x[4] for x in lines)),
                     n2(sum(x[5] for x in lines)), ""])
    allx = h_lines + w_lines + s_lines
    p.table_side(["Date", "Service", "Code", "Billed", "Plan paid", "You owe", "Note"], rows,
                 [15, 45, 12, 15, 15, 14, 10], ["L", "L", "L", "R", "R", "R", "C"],
                 [("Member box", [("Subscriber", husband), ("ID", num), ("Spouse", f"{num}*01"),
                                  ("Son", f"{num}*02"), ("Group", GRW)]),
                  ("Your plan at a glance", [("Covered through", "May 31, 2026"), ("Harvest days counted", "52 / 40"),
                                             ("Deductible met", "$600.00 of $600.00"),
                                             ("Out-of-pocket met", "$1,148.40 of $4,500.00")]),
                  ("Questions?", f"Call {tollfree(rng, '866')}, weekdays 7 a.m. to 6 p.m. During oyster season "
                                 "we also answer Saturday mornings.")],
                 side_w=50, size=7.3, row_h=4.9, bold_rows=bold)
    p.money_box("This statement", [("Billed by providers", usd(sum(x[2] for x in allx))),
                                   ("Plan paid", usd(sum(x[4] for x in allx))),
                                   ("You may owe providers", usd(sum(x[5] for x in allx)))], w=90)
    p.add_page()
    p.glossary("Notes", [
        ("P1", "Paid in full; preventive care and vaccines have no deductible or coinsurance."),
        ("P2", "Paid at 80% of the allowed amount; the rest is your coinsurance."),
        ("P7", "Paid at the network rate for care outside the coastal network in an emergency."),
        ("PX4", "Protective clothing and work gear, such as cut-resistant gloves, waders, boots and immersion "
                "suits, are not covered supplies, even when a provider gives them after an injury. The provider "
                "may bill you for this line."),
        ("PW2", "An injury at work for an employer with workers' compensation is paid by that insurance first."),
        ("PA1", "This service needs the Plan's approval before it is done."),
    ], cols=2)
    p.heading("If you disagree with this statement", 10)
    p.para("You may appeal a decision on any line. Send your written appeal within 180 days of the statement date "
           f"to the Plan at {COOP_ADDR}, or to the administrator at {TPA_ADDR}. Tell us the claim number and the "
           "line, and why you disagree. You may ask for free copies of the plan rules used. The Board of the "
           "Cooperative decides appeals at its monthly meeting.", 8.8)
    p.para("Example of how coinsurance works: for an allowed amount of $100.00 after the deductible, the Plan pays "
           "$80.00 and you pay $20.00.", 8.2)
    p.nondiscrim(COOP, tollfree(rng, "866"))
    t = truth("eob", "not_covered", insurer=COOP, plan_id=PLAN, group=GRW, member_id=f"{num}*01", member_name=wife,
              cases=[c_w], claim_amount=m2(w_tot), service_dates=[iso(d_w)], denial_date=iso(sd), provider=uc,
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": COOP_ALT + [TPA] + TPA_ALT, "member_id": [num], "claim_amount": ["46.00"],
                          "provider": [uc_np, np_]})
    return out(p), t


def faxstd_stack(rng):
    """Fax cover ('Dear Mr. ...'), the shucking-house injury letter (page 2 sideways), the appeal acknowledgement."""
    shucker, = people(rng, 1, sexes="M")
    rep, = people(rng, 1, sexes="F")
    num = sid(rng)
    a, b = dt.date(2026, 5, 11), dt.date(2026, 5, 14)
    inj = dt.date(2026, 5, 9)
    clm = claim_no(rng, b)
    ld = dt.date(2026, 6, 3)
    bill = 14862.35
    emp = "Tongsman Oyster House, Inc."
    carrier = "Brinegate Mutual Casualty Company"
    wc_no = f"BMC-WC-{digits(rng, 7)}"
    id_nm, = people(rng, 1, sexes="M")
    id_md = f"Dr. {id_nm}"
    addr = [shucker, "61 Packing House Row", "Dredgeport, MD 21683"]
    p = ELSheet(footer="Page {n} of {nb}", footer_left=f"CPBA-WC-3  |  Claim {clm}")
    p.add_page()
    tpa_head(p, rng, title="CLAIM DECISION", sub=[f"Letter date {slash(ld)}"])
    p.addr_kv(addr, [("Member ID", num), ("Group", SHK), ("Plan", PLAN), ("Claim", clm),
                     ("Hospital", HOSP), ("Dates", f"{slash(a)} - {slash(b)}"), ("Billed", usd(bill))],
              w=92, cap_w=26, size=8.4)
    p.line(f"Dear Mr. {parts(shucker)[2]}:", 10)
    p.ln(2)
    p.para(f"We reviewed the claim from {HOSP} for your hospital stay from {long(a)} through {long(b)}, when you "
           f"were treated for a Vibrio infection of your left hand. The {COOP} will not pay this claim now.", 9.8)
    p.para(f"The hospital's records say the infection started from a puncture by an oyster knife while you were "
           f"shucking at {emp} on {long(inj)}. {emp} carries workers' compensation insurance with {carrier}. Under "
           "the Plan's rules, an injury at work for an employer that carries workers' compensation is paid by that "
           "insurance first. The Plan pays only what the workers' compensation carrier does not owe under the law.",
           9.4)
    p.para(f"Please give the hospital the carrier's claim number, {wc_no}, and ask it to bill the carrier. If the "
           "carrier denies your claim in writing, send us a copy of its letter and we will look at this claim "
           "again.", 9.4)
    p.add_page()
    p.heading("If you disagree", 10.5)
    p.para(f"You may appeal this decision to the Board of the Cooperative. Send your written appeal within 180 days "
           f"of the date of this letter to {TPA}, Appeals, {TPA_ADDR}. Tell us why you disagree, for example if the "
           "injury did not happen at work. You may send records and statements from your employer or co-workers. "
           "You may ask for free copies of the Plan rules and the records we used.", 9.4)
    p.para(f"Treating infectious disease physician named in the records: {id_md}. Date of the employer's first "
           f"report of injury: {roman_yy(dt.date(2026, 5, 12))}.", 8.8)
    p.sig_scrawl("Claims Review", TPA)
    dA = (out(p), truth("denial_letter", "other", insurer=TPA, plan_id=PLAN, group=SHK, member_id=num,
                        member_name=shucker, cases=[clm], claim_amount=m2(bill), service_dates=[f"{iso(a)}/{iso(b)}"],
                        denial_date=iso(ld), provider=HOSP, appeal_deadline=iso(plus(ld, 180)),
                        alternates={"insurer": TPA_ALT + [COOP] + COOP_ALT, "service_dates": [[iso(a), iso(b)]],
                                    "case_numbers": [[clm, wc_no]], "provider": [id_md, id_nm]}))
    # --- appeal acknowledgement ---
    rd = dt.date(2026, 6, 24)
    kd = dt.date(2026, 6, 29)
    due = dt.date(2026, 8, 21)
    apl = f"APL-26-{digits(rng, 5)}"
    q = ELSheet(footer=None, footer_left="CPBA-ACK-1")
    q.add_page()
    tpa_head(q, rng, title="APPEAL RECEIVED")
    q.line(long(kd), 10)
    q.ln(3)
    for ln in addr:
        q.line(ln, 10)
    q.ln(4)
    q.caps_under([(apl, "Appeal number", 44), (clm, "Claim number", 44), (num, "Member ID", 40),
                  (caps_dmy(rd), "Appeal received", 51.9)], size=8.8)
    q.para(f"Dear Mr. {parts(shucker)[2]}:", 10)
    q.para(f"We received your appeal of our decision on the claim from {HOSP} for your stay from {slash(a)} to "
           f"{slash(b)} ({usd(bill)} billed). Thank you for sending the statement from your employer.", 9.8)
    q.para(f"The Board of the Cooperative will decide your appeal at its meeting on {long(dt.date(2026, 8, 12))}. "
           f"We will mail you the decision no later than {long(due)}. You do not need to do anything now. If you "
           "have more papers to send, mail them so they reach us before the meeting.", 9.6)
    q.para(f"If you have questions, call {rep} in the appeals unit at {phone(rng, '410')}.", 9.4)
    q.sig_scrawl(rep, "Appeals Coordinator", TPA)
    dB = (out(q), truth("other", None, insurer=TPA, member_id=num, member_name=shucker, cases=[apl, clm],
                        claim_amount=m2(bill), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(kd),
                        provider=HOSP,
                        alternates={"insurer": TPA_ALT + [COOP] + COOP_ALT, "service_dates": [[iso(a), iso(b)], []],
                                    "case_numbers": [[apl]]}))
    cover = dear_cover([TPA, f"Member Services  |  {TPA_ADDR}", f"Phone {tollfree(rng, '855')}  |  Fax "
                                                                 f"{phone(rng, '410')}"],
                       [("To:", f"{shucker}, c/o Spatfall Cooperative office"), ("Fax:", phone(rng, '410')),
                        ("From:", f"{rep}, Member Services"), ("Date:", apos(dt.date(2026, 7, 1))),
                        ("Pages:", "4 including this page"), ("Re:", "copies you asked for")],
                       f"Dear Mr. {parts(shucker)[2]},",
                       ["As you asked when you called on Tuesday, here are copies of our letter about your hospital "
                        "claim and of the letter saying we received your appeal. The Cooperative office said it "
                        "would keep them at the front desk for you.",
                        "Please call me if any page is missing or hard to read."],
                       ["Sincerely,", rep])
    return [dA, dB], cover


def scan300_harvest_days(rng):
    """Harvest days short: an MRI refused (landing ticket extract, three-column prose)."""
    harv, = people(rng, 1, sexes="M")
    capt, = people(rng, 1, sexes="M")
    num = sid(rng)
    dos = dt.date(2026, 6, 16)
    ld = dt.date(2026, 7, 9)
    clm = claim_no(rng, dos)
    bill = 1620.00
    img = "Mudflat Point Imaging Center"
    ortho_nm, = people(rng, 1, sexes="M")
    ortho = f"Dr. {ortho_nm}"
    p = ELSheet(footer="Page {n} of {nb}", footer_left=f"{COOP}  |  ELIG-7")
    p.add_page()
    coop_head(p, rng, right=["COVERAGE DECISION"])
    p.line(long(ld), 10)
    p.ln(3)
    p.addr_kv([harv, "12 Bushel Lane", "Tongsman Creek, MD 21680"],
              [("Member ID", num), ("Group", HRV), ("Claim", clm), ("Service", f"Lumbar MRI, {slash(dos)}"),
               ("Provider", img), ("Billed", usd(bill))], w=92, cap_w=26, size=8.4)
    p.line(f"Dear Mr. {parts(harv)[2]}:", 10)
    p.ln(2)
    p.para(f"We received the claim from {img} for the MRI of your lower back that {ortho} ordered. The Plan cannot "
           "pay this claim, because you were not covered on the day of the MRI.", 9.8)
    p.tiles([("31", "harvest days on landing tickets, Jan-Apr 2026"), ("40", "harvest days needed"),
             ("9", "days short"), ("Jun-Sep 2026", "coverage period not earned")], size=13, heavy=2)
    p.three_cols([
        ("How coverage is earned", "The Plan covers a member for a coverage period when the Cooperative's landing "
                                   "tickets show at least 40 harvest days in the harvest period that ended a month "
                                   "before it. Harvest days from January through April earn coverage for June "
                                   "through September."),
        ("What counts as a day", "A day counts when a landing ticket was written with your harvester license number "
                                 "on it, on any boat. Eight paid hours at a member shucking house also count as a "
                                 "day. Days on a closed area or a relay permit count when the ticket shows them."),
        ("What we found", "The landing tickets for January through April 2026 show 31 harvest days for you. The "
                          "harvest was closed for 19 days in February by ice. The Board has not voted an ice "
                          "credit for 2026, so those days do not count."),
        ("If days are missing", "If you sold oysters on days that are not on this list, ask the buyer for a copy of "
                                "the landing ticket and send it to us. If the missing days bring you to 40, we will "
                                "pay this claim."),
        ("Paying your own way", "You may buy coverage for June through September at $612.00 a month. The form is "
                                "enclosed and must be returned within 45 days; this is separate from an appeal."),
        ("Your right to appeal", "You may appeal to the Board of the Cooperative within 120 days of the date of this "
                                 "letter. Write to the Plan at the address above and send any papers you want the "
                                 "Board to see."),
    ], size=8.4)
    p.report_excerpt("Landing tickets with your license number, January-April 2026 (extract)",
                     ["Ticket", "Date", "Boat", "Area", "Bushels", "Buyer cert."],
                     [[f"LT-{digits(rng, 6)}", "01/06/26", "Miss Primrose", "Area 14B", "11", "MD-0412-SS"],
                      [f"LT-{digits(rng, 6)}", "01/07/26", "Miss Primrose", "Area 14B", "9", "MD-0412-SS"],
                      [f"LT-{digits(rng, 6)}", "03/03/26", "Cora Lynn", "Area 9", "14", "MD-0388-SP"],
                      [f"LT-{digits(rng, 6)}", "04/21/26", "Cora Lynn", "Area 9", "12", "MD-0388-SP"],
                      ["", "", "", "31 tickets, Jan-Apr 2026", "358", ""]],
                     [28, 22, 32, 42, 20, 35.9],
                     note=f"Captain of record on Cora Lynn: {capt}. Harvester license HL-{digits(rng, 5)}.")
    p.sig_scrawl("Eligibility Office", COOP)
    p.nondiscrim(COOP, tollfree(rng, "866"))
    p.tagline_block(tollfree(rng, "866"))
    t = truth("denial_letter", "eligibility", insurer=COOP, group=HRV, member_id=num, member_name=harv, cases=[clm],
              claim_amount=m2(bill), service_dates=[iso(dos)], denial_date=iso(ld), provider=img,
              appeal_deadline=iso(plus(ld, 120)),
              alternates={"insurer": COOP_ALT + [TPA] + TPA_ALT, "provider": [ortho, ortho_nm]})
    return out(p), t


def photocopy_es(rng):
    """Spanish: a daughter's wound care visits at a clinic outside the network."""
    dad, = people(rng, 1, es=True, sexes="M")
    girl = with_last(people(rng, 1, es=True, sexes="F")[0], parts(dad)[2])
    num = sid(rng)
    dep = f"{num} 02"
    clinic = "Pinfish Bay Wound Care Center"
    net = "Oysterbed Wound Clinic"
    visits = [dt.date(2026, 8, 4), dt.date(2026, 8, 11), dt.date(2026, 8, 18)]
    clm = claim_no(rng, visits[-1])
    ld = dt.date(2026, 9, 15)
    bill = 3 * 285.00
    p = ELSheet(footer="Página {n} de {nb}", footer_left=f"{COOP}  |  ONR-ES-1")
    p.add_page()
    coop_head(p, rng, es=True, right=["AVISO DE DENEGACIÓN"])
    p.line(es_date(ld), 10)
    p.ln(3)
    for ln in [dad, "58 Camino del Muelle", "Skiffhaven, MD 21679"]:
        p.line(ln, 10)
    p.ln(4)
    p.beside([[("Paciente", girl), ("N.º de socio", dep)],
              [("Socio titular", f"{dad} ({num})"), ("Grupo", SHK)],
              [("Reclamación", clm), ("Cobrado", f"US$ {n2(bill)}")],
              [("Clínica", clinic), ("Fechas", ", ".join(es_dmy(v) for v in visits))]], cap_w=24, size=8.2)
    p.ln(2)
    p.para(f"Estimado Sr. {parts(dad)[2]}:", 10)
    p.para(f"Recibimos la reclamación de {clinic} por tres visitas de cuidado de heridas de su hija, el "
           f"{es_date(visits[0])}, el {es_date(visits[1])} y el {es_date(visits[2])}, por la infección de la pierna "
           "que tuvo este verano. El Plan no pagará estas visitas.", 9.8)
    p.para("**Motivo.** La clínica no participa en la red costera del Plan. El Plan paga la atención fuera de la "
           "red solo en una emergencia, o cuando no hay un proveedor de la red a menos de 30 millas. Estas visitas "
           f"fueron citas programadas, y {net}, que sí es de la red, queda a 12 millas de su casa.", 9.6)
    p.para("Si su hija todavía necesita cuidado de la herida, puede ir a una clínica de la red y el Plan pagará la "
           f"visita según sus beneficios. Llame a Servicios al socio para pedir una cita en {net}.", 9.4)
    p.heading("Si no está de acuerdo", 10.5)
    p.para("Puede apelar ante la Junta de la Cooperativa dentro de 90 días a partir de la fecha de esta carta. "
           "Escríbanos a la dirección de arriba y díganos por qué no está de acuerdo; por ejemplo, si la clínica le "
           "dijo que era de la red. Puede pedir copias gratis de las reglas del Plan.", 9.4)
    p.para("Ejemplo: si una visita de la red cuesta US$ 150.00 y ya pagó el deducible, el Plan paga US$ 120.00.",
           8.4)
    p.sig_scrawl("Departamento de Reclamaciones", COOP_ES)
    t = truth("denial_letter", "out_of_network", insurer=COOP_ES, group=SHK, member_id=dep.replace(" ", ""),
              member_name=girl, cases=[clm], claim_amount=m2(bill), service_dates=[iso(v) for v in visits],
              denial_date=iso(ld), provider=clinic, appeal_deadline=iso(plus(ld, 90)), lang="es",
              alternates={"insurer": [COOP] + COOP_ALT + [TPA] + TPA_ALT, "member_id": [num]})
    return out(p), t


def phone_cold_water(rng):
    """A son's two-day stay after going overboard paid only at the observation level."""
    dad, = people(rng, 1, sexes="M")
    son = with_last(people(rng, 1, sexes="M")[0], parts(dad)[2])
    md_nm, = people(rng, 1, sexes="F")
    hosp_md = f"Dr. {md_nm}"
    num = sid(rng)
    dep = f"{num}-02"
    a, b = dt.date(2026, 3, 2), dt.date(2026, 3, 4)
    clm = claim_no(rng, b)
    ld = dt.date(2026, 3, 26)
    by = dt.date(2026, 9, 22)
    bill = 9418.60
    obs = 3126.00
    p = ELSheet(footer="Page {n} of {nb}", footer_left=f"CPBA-LOC-2  |  {TPA}")
    p.add_page()
    tpa_head(p, rng, title="CLAIM DECISION", sub=[dmy_long(ld)])
    for ln in [son, f"c/o {dad}", "9 Deadrise Court", "Kettlebottom, MD 21681"]:
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(clm, "Claim number", W * 0.24), (dep, "Member ID", W * 0.22), (num, "Subscriber ID", W * 0.2),
                  (HRV, "Group", W * 0.12), (usd(bill), "Billed", W * 0.22)], size=8.8)
    p.over_boxes([(HOSP, "Hospital", W * 0.4), (f"{slash(a)} to {slash(b)}", "Stay", W * 0.3),
                  (hosp_md, "Attending physician", W * 0.3)], size=8.6)
    p.ln(1)
    p.para(f"Dear {parts(son)[0]}:", 10)
    p.para(f"We reviewed the claim from {HOSP} for your stay from {long(a)} to {long(b)}, after you went overboard "
           "from the workboat Cora Dee while tonging in water of about 44 degrees. We are glad you are well. The "
           "Plan will pay this stay as observation care, not as an inpatient admission.", 9.8)
    p.para("**Why.** The hospital's records show that your core temperature was 94.1 degrees when you arrived, "
           "that you were rewarmed with warm blankets and warm fluids, and that your temperature, heart rhythm and "
           "blood tests were normal by the next morning. You did not need intensive care, a breathing machine or "
           "active internal rewarming. The Plan's criteria for an inpatient admission after cold-water immersion "
           "were not met; the care you needed could be given safely in observation status. We have therefore "
           f"allowed the stay at the observation rate ({usd(obs)} allowed) instead of the inpatient rate. Because "
           "the hospital is in the Plan's network, it may not bill you for the difference.", 9.3)
    p.para("**Appeal.** You, the hospital or someone you name may appeal this decision to the Board of the "
           f"Cooperative. Your appeal must reach {TPA}, Appeals, {TPA_ADDR}, no later than {long(by)}. Send any "
           "records you want considered, such as the emergency department notes.", 9.3)
    p.para(f"Marine police report no. MP-{digits(rng, 6)}; boat registration MD {digits(rng, 4)} CD.", 8.2)
    p.sig_scrawl("Medical Review", TPA)
    t = truth("denial_letter", "level_of_care", insurer=TPA, group=HRV, member_id=dep, member_name=son, cases=[clm],
              claim_amount=m2(bill), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(ld), provider=HOSP,
              appeal_deadline=iso(by),
              alternates={"insurer": TPA_ALT + [COOP] + COOP_ALT, "member_id": [num],
                          "service_dates": [[iso(a), iso(b)]], "provider": [hosp_md, md_nm]})
    return out(p), t


def rotated_graft(rng):
    """Two pages: a planned skin graft after a Vibrio wound done without the Plan's approval; ID only bare."""
    grower, = people(rng, 1, sexes="M")
    sur_nm, mgr, adv = people(rng, 3, sexes="MMF")
    surgeon = f"Dr. {sur_nm}"
    num = sid(rng)
    adm = dt.date(2026, 7, 7)
    dis = dt.date(2026, 7, 15)
    dos = dt.date(2026, 8, 5)
    clm = claim_no(rng, dos)
    first_clm = claim_no(rng, dis)
    ld = dt.date(2026, 8, 28)
    lines = [("15100", "Split-thickness skin graft, first 100 sq cm", 4280.00),
             ("15101", "Each additional 100 sq cm", 1165.00), ("11042", "Debridement, subcutaneous", 690.00)]
    tot = sum(x[2] for x in lines)
    f, m, last = parts(grower)
    p = ELSheet(footer="Page {n} of {nb}", run_hdr=f"{last.upper()} {f[0]}.    {num}    {clm}")
    p.add_page()
    coop_head(p, rng)
    p.corner_refs([num, clm, "PA/SG/1"], y=p.get_y())
    p.line(abbr(ld), 10)
    p.ln(3)
    for ln in [grower, "440 Cove Point Rd", "Mudflat, MD 21684"]:
        p.line(ln, 10)
    p.ln(5)
    p.line(f"Dear Mr. {last}:", 10)
    p.ln(2)
    p.para(f"This letter is about the claim from {surgeon} and {HOSP} for the skin graft on your right leg on "
           f"{long(dos)}. The Plan paid your hospital stay from {slash(adm)} to {slash(dis)} for the Vibrio "
           f"infection under claim {first_clm}. It will not pay for the graft.", 9.8)
    p.callout("In short", "A skin graft that is planned ahead needs the Plan's approval before it is done. Nobody "
                          "asked the Plan to approve this graft.", size=9.4)
    p.table(["Code", "Service", "Billed", "Plan paid"],
            [[c, d, n2(x), "0.00"] for c, d, x in lines] + [["", "Total", n2(tot), "0.00"]],
            [20, 100, 30, 29.9], size=8.8, aligns=["L", "L", "R", "R"], bold_last=True)
    p.add_page()
    p.heading("Why the Plan will not pay", 10.5)
    p.para("The Plan pays emergency surgery without approval. The debridement done on the day you were admitted "
           "was an emergency and was paid. The graft was different: the surgeon's notes say it was scheduled on "
           f"{long(dt.date(2026, 7, 22))}, two weeks before it was done, once the wound was clean. Under the Plan's "
           "rules, planned surgery, including skin grafts, must be approved by the Plan before it is done. We have no "
           "request for approval from the surgeon or the hospital.", 9.4)
    p.para("This decision is not about whether you needed the graft. If the surgeon sends the request now with "
           "the wound photographs and notes, we will review it as a late request for approval.", 9.4)
    p.heading("How to appeal", 10.5)
    p.para("You, or someone you name in writing, may appeal to the Board of the Cooperative within 120 days of the "
           "date of this letter. Send the appeal to the Plan at the address on page 1.", 9.4)
    p.two_sigs([mgr, "Claims manager"], [f"Dr. {adv}", "Plan medical advisor"])
    p.nondiscrim(COOP, tollfree(rng, "866"))
    t = truth("denial_letter", "prior_authorization", insurer=COOP, member_id=num, member_name=grower, cases=[clm],
              claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(ld), provider=surgeon,
              appeal_deadline=iso(plus(ld, 120)),
              alternates={"insurer": COOP_ALT + [TPA] + TPA_ALT, "provider": [HOSP, sur_nm]})
    return out(p), t


def lowres_hand_therapy(rng):
    """Provider notice: hand therapy visits 13-20 after a flexor tendon repair not medically necessary."""
    husband, = people(rng, 1, sexes="M")
    wife = with_last(people(rng, 1, sexes="F")[0], parts(husband)[2])
    ot, rev = people(rng, 2, sexes="FM")
    num = sid(rng)
    dep = f"{num}-01"
    clinic = "Tideflat Hand & Upper Limb Therapy"
    days = [dt.date(2026, 9, d) for d in (8, 10, 15, 17, 22, 24, 29)] + [dt.date(2026, 10, 1)]
    clm = claim_no(rng, days[-1])
    nd = dt.date(2026, 10, 15)
    per = 97.00 + 2 * 58.00
    tot = per * len(days)
    p = ELSheet(footer="Page {n} of {nb}", footer_left=f"Provider notice  |  {clm}")
    p.add_page()
    coop_head(p, rng, right=["PROVIDER NOTICE", f"Notice date {slash(nd)}"])
    for ln in [clinic, "Attn: Billing", "220 Oyster Shell Blvd, Unit 4", "Skiffhaven, MD 21679"]:
        p.line(ln, 9.6)
    p.ln(3)
    p.idstrip([("Patient", wife), ("Member ID", dep), ("Subscriber", f"{husband} ({num})"), ("Group", GRW)],
              size=8.4)
    p.idstrip([("Claim", clm), ("Billed", n2(tot)), ("Therapist", f"{ot}, OTR/L")], size=8.4)
    p.ln(2)
    p.table(["Visit", "Date", "Codes", "Billed", "Paid"],
            [[str(13 + i), slash(d), "97165/97110 x2" if i == 0 else "97140, 97110 x2", n2(per), "0.00"]
             for i, d in enumerate(days)] + [["", "", "Total", n2(tot), "0.00"]],
            [16, 32, 70, 32, 29.9], size=8.4, aligns=["C", "L", "L", "R", "R"], bold_last=True)
    p.columns([("What we decided", "Visits 1 through 12 after the repair of the flexor tendon of the left index "
                                   "finger (oyster knife laceration, May) were paid. The 8 visits on this claim "
                                   "are not medically necessary, and the Plan will not pay them."),
               ("Records reviewed", "Therapy notes of visits 9 to 20, the surgeon's note of September 2 and the "
                                    "range-of-motion and grip measurements.")],
              [("Why", "The Plan pays hand therapy after a tendon repair while the measurements show progress. From "
                       "visit 10 on, total active motion stayed at 205 degrees and grip at 22 kg, and the notes say "
                       "the home program was being done. Therapy that keeps the finger where it is can be done at "
                       "home; these visits were not medically necessary."),
               ("Review", "To ask for a review, write within 60 days of the date of this notice with new "
                          "measurements or notes. The member may not be billed for these visits.")], size=8.6)
    p.para(f"Example: a visit billed at 213.00 with two units of therapeutic exercise is allowed at the fee "
           f"schedule, less coinsurance. Tax ID on file: 52-{digits(rng, 7)}.", 8.0)
    p.sig_scrawl("Utilization Review", COOP, f"Reviewer: {rev}, OTD")
    t = truth("denial_letter", "medical_necessity", insurer=COOP, group=GRW, member_id=dep, member_name=wife,
              cases=[clm], claim_amount=m2(tot), service_dates=[iso(d) for d in days], denial_date=iso(nd),
              provider=clinic, appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": COOP_ALT + [TPA] + TPA_ALT, "member_id": [num],
                          "service_dates": [[f"{iso(days[0])}/{iso(days[-1])}"]], "provider": [ot]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh("coast")
    F = FAMILY + "_"
    items = [Item(F + "bd_eob_spatfall_logo_beside_title_side_column_glove_line_code_px4", "born_digital",
                  [bd_eob(rng)])]
    docs, cover = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_dear_cover_shucking_injury_comp_first_sideways_appeal_acknowledgement",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 90}))
    items += [
        Item(F + "scan300_harvest_days_short_landing_tickets_three_column_prose", "scan_clean_300",
             [scan300_harvest_days(rng)]),
        Item(F + "photocopy_es_clinica_de_heridas_fuera_de_la_red_captions_beside_boxes", "photocopy",
             [photocopy_es(rng)]),
        Item(F + "phone_cold_water_immersion_inpatient_paid_as_observation_split_brand", "phone_photo",
             [phone_cold_water(rng)]),
        Item(F + "rotated_two_pages_vibrio_wound_skin_graft_without_approval_bare_ids_running_header", "rotated",
             [rotated_graft(rng)]),
        Item(F + "lowres_provider_notice_hand_therapy_visits_13_to_20_no_progress_two_columns", "scan_lowres_150",
             [lowres_hand_therapy(rng)]),
    ]
    return items
