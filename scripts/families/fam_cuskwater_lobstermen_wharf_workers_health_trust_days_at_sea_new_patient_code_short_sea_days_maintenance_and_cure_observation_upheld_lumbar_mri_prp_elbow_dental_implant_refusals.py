"""An invented health plan for lobster boat crews (captains, sternmen, deckhands) and wharf workers (bait, buying,
fuel and co-op dock staff): the Cuskwater Lobstermen and Wharf Workers Health Trust, a multiemployer trust run by a
Board of Trustees; its Plan Office is operated by Brinnell Plan Services, Inc. (named only in small print; not the
insurer). Letterhead: a drawn lobster buoy on its spar beside the serif logo word "CUSKWATER", the legal name small
directly under it, the harbour line and the operator line in grey; bodies call it "the Trust". Every person, boat,
provider, number, amount, rule and address is invented; phones 555; CPT codes as themselves.

Invented rules: crew eligibility is earned by days at sea. Each boat's captain files a monthly trip report; a day
with gear hauled is one sea day, a day of gear or boat work ashore for the boat counts a half day, days the boat is
hauled out count nothing. 50 sea days in a three-month work quarter give coverage for the benefit quarter that starts
on the first day of the second month after it (January-March -> May-July). Wharf workers earn coverage with 400
wharf hours a quarter. Plans CWT-S1 (sea crew) and CWT-W2 (wharf); groups: each boat "FV" + 4 digits, each wharf
employer "WF" + 4 digits. Member IDs are one digit, a letter, two digits, a letter, three digits ("8Q31T507":
letters in mixed positions) with a dependent suffix joined by a dash: -01 the member, -02 the spouse, -03 and up the
children ("8Q31T507-03"). Claims "K26" + day of year + "-" + 4 digits, shown as "Control no." on remittances and
claim papers; precertifications "PRE-26-" + 4 digits + a letter; Trustees' appeals "Docket TA-26-" + 3 digits;
eligibility decisions "Matter EL-26-" + 4 digits. Decoys: the vessel's official number, trip report batches, check
and batch numbers, form numbers (CW-F12 ...), the P&I insurer's reference, account numbers, NPIs and tax IDs.
New-patient codes on an established patient are a coding error; an injury while working aboard a vessel is owed
maintenance and cure by the vessel owner first; MRI needs precertification; platelet-rich plasma injections are
investigational; dental implants are excluded; appeals within 180 days; provider reconsideration within 120 days;
the Trustees' appeal decision is final (external review only).

Documents (8 in 7 files):
- bd_family_eob_remark_letters_new_patient_code: a born-digital two-page EOB to a sternman for himself, his wife and
  their son: four claims under patient heading bands, a last "Remark" column of the Trust's one-letter codes (D
  deductible, C coinsurance, O other plan paid, B bundled) and the son's office visit refused by M (billed as a new
  patient though the practice saw him within three years); the legend under the table; the statement date said as
  "April 9th, 2026" in a far-right column with dot leaders (plainly only in the footer); 180 days to appeal.
  `eob`, `coding_error`.
- faxstd_stack_coop_slip_cover_sea_days_then_clinic_bill: a standard-fax stack sent from the lobster co-op office: a
  printed buyer's slip lettered across by hand as a cover, the Trust's two-page notice that a deckhand earned 44 of 50
  sea days (the boat hauled out for engine work) so no coverage May-July (date under a pale caption the fax breaks;
  member facts in a box on page 2; "Matter" beside a trip report batch and the vessel's official number)
  - `eligibility`; then the walk-in clinic's statement whose message alone names the refused visit and the PA-C
  - `other`, no denial. Every page carries the co-op fax machine's line with the later day it was sent.
- faxstd_hospital_remittance_maintenance_and_cure: a standard-fax provider remittance to a hospital: three patients,
  the second one's emergency visit for a hand crushed in a trap hauler aboard his boat refused only by code MC
  (maintenance and cure is owed by the vessel owner); DE / CO / OP explain payments; the remittance date under a
  pale caption; check and batch numbers as decoys; 120 days to ask for reconsideration. `eob`, `other`.
- faxfine_trustees_observation_upheld_drop_labels: a fine-fax decision of the Trustees' Appeals Committee keeping a
  captain's wife's overnight stay for atrial fibrillation at the observation level; "Docket" and "Control no." in
  label blocks whose values sit below and to the right; the decision date said as "the 14th of May, 2026"; final
  (external review only). `denial_letter`, `level_of_care`.
- scan300_es_resonancia_lumbar_no_necesaria: a Spanish precertification letter to a wharf worker refusing a lumbar
  MRI as not medically necessary (six weeks of treatment not tried), asked for by "Dra." at a harbour clinic;
  "Referencia" beside form and batch numbers; captions in a narrow column, values at the page edge.
  `denial_letter`, `medical_necessity`.
- rotated_prp_elbow_investigational_date_in_footer: a sideways-fed two-page precertification letter refusing
  platelet-rich plasma injections for a deckhand's elbow as investigational; the letter has no date line, its date
  is only in the footer; "Control no." beside a form number; the DO and his practice. `denial_letter`, `experimental`.
- bd_dental_implant_excluded_label_blocks: a born-digital claim letter refusing a dental implant (DDS) as excluded;
  label blocks with values below and to the right; the service date said as "March 30th"; 180 days to appeal.
  `denial_letter`, `not_covered`.

Truth notes: insurer short forms ("Cuskwater Health Trust", "Cuskwater Trust", "Cuskwater", the "&" spelling) are
accepted; the member ID is the patient's, printed with its dependent suffix, and the bare base number is accepted
too; the rendering clinician is the provider with the practice or facility accepted (and the reverse on the clinic's
own statement); on the clinic statement the insurer is unscored, and the Trust's claim number in the message and the
member ID are accepted as absent; the Trustees' decision carries docket and control number (either alone accepted),
the stay as a span (the first day alone or both days accepted); the planned dates on pre-service letters are the
service dates, none accepted.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeu_famue import (EUSheet, addr_block, digits, es_date, first_last, iso, last_first, long, m2, n2, npi,
                               ord_day, ord_short, out, people, phone, plus, sign, slash, slip_cover, the_nth_of, tin,
                               tollfree, truth, usd)

FAMILY = ("cuskwater_lobstermen_wharf_workers_health_trust_days_at_sea_new_patient_code_short_sea_days_maintenance_"
          "and_cure_observation_upheld_lumbar_mri_prp_elbow_dental_implant_refusals")
LANG = "en"
SEED = 355200
USED: set = set()

INS = "Cuskwater Lobstermen and Wharf Workers Health Trust"
ADMIN = "Brinnell Plan Services, Inc."
INS_ALT = [INS, "Cuskwater Lobstermen & Wharf Workers Health Trust", "Cuskwater Health Trust", "Cuskwater Trust",
           "Cuskwater"]
OFFICE = ["Plan Office, 14 Gaff Wharf", "Merrisk Harbor, NQ 07431"]
FOOT = f"{INS}  \u00b7  {OFFICE[0]}, {OFFICE[1]}"
PLAN_S, PLAN_W = "CWT-S1", "CWT-W2"
LET = "CDFHJKLMNPQRTVWXY"


def member_base(rng) -> str:
    return f"{rng.randint(2, 9)}{rng.choice(LET)}{digits(rng, 2)}{rng.choice(LET)}{digits(rng, 3)}"


def claim_no(rng, d: dt.date) -> str:
    return f"K26{d.timetuple().tm_yday:03d}-{digits(rng, 4)}"


def precert_no(rng) -> str:
    return f"PRE-26-{digits(rng, 4)}{rng.choice(LET)}"


def head(p: EUSheet, rng, box: str | None = None):
    p.buoy_head("CUSKWATER", INS,
                [OFFICE[0].split(", ")[1], OFFICE[1], f"Member line {tollfree(rng, '844')}",
                 f"Provider line {tollfree(rng, '833')}", f"Fax {phone(rng, '207')}"],
                tagline="Health coverage for the lobster fleet and the wharves that serve it",
                small=f"Plan Office operated by {ADMIN}", box=box, size=24, legal_size=7.4)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    member = people(rng, 1, "lb", sexes="M", used=USED)[0]
    last = member.split()[-1]
    wife = people(rng, 1, "lb", sexes="F", last=last, used=USED)[0]
    son = people(rng, 1, "lb", sexes="M", last=last, used=USED)[0]
    pcp, ob, ped, rad = people(rng, 4, "lc", sexes="MFFM", used=USED)
    base = member_base(rng)
    grp = f"FV{digits(rng, 4)}"
    boat = "F/V Tidy Margin"
    sd = dt.date(2026, 4, 9)
    peds = "Merrisk Harbor Pediatrics"
    d1, d2, d3, d4 = dt.date(2026, 3, 4), dt.date(2026, 3, 11), dt.date(2026, 3, 19), dt.date(2026, 3, 19)
    claims = [
        (member, "01", "Self", f"Dr. {pcp}, MD  \u00b7  Gullhead Family Medicine", d1,
         [("99213", "Office visit", 212.00, 168.00, 0.00, 168.00, 0.00, 168.00, "D")]),
        (wife, "02", "Spouse", f"Dr. {ob}, DO  \u00b7  Saltonstow Women's Health", d2,
         [("77067", "Screening mammogram", 298.00, 241.00, 193.00, 0.00, 48.00, 0.00, "O")]),
        (son, "03", "Son", f"Dr. {ped}, MD  \u00b7  {peds}", d3,
         [("99204", "Office visit, new patient", 318.00, 0.00, 0.00, 0.00, 0.00, 0.00, "M")]),
        (son, "03", "Son", f"Dr. {rad}, MD  \u00b7  Merrisk Harbor Imaging", d4,
         [("73610", "X-ray, ankle, 3 views", 142.00, 104.00, 0.00, 0.00, 83.20, 20.80, "C"),
          ("73610-26", "Reading of the X-ray", 38.00, 0.00, 0.00, 0.00, 0.00, 0.00, "B")]),
    ]
    nos = [claim_no(rng, plus(c[4], rng.randint(3, 8))) for c in claims]
    den = 2
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=f"EOB {slash(sd)}  \u00b7  {FOOT}")
    p.set_margins(14, 14, 14)
    p.add_page()
    head(p, rng, box="EXPLANATION OF BENEFITS")
    y = p.get_y()
    addr_block(p, [member.upper(), "3 Hawsepipe Lane", "Port Tarrowin, NQ 07445"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.far_leaders([("Statement date", ord_day(sd)), ("Member", first_last(member)), ("Member ID", f"{base}-01"),
                   ("Plan", PLAN_S), ("Group (boat)", f"{grp}  {boat}"),
                   ("Claims processed", "03/01/2026 - 03/31/2026")],
                  x=p.l_margin + W * 0.48, cap_w=24, size=8.8, cap=7.2)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para("This statement shows the claims the Trust processed for you and your family last month. It is not a "
           "bill. Each line ends in a remark letter; the letters are explained under the table.", 8.6)
    rows = []
    for i, (who, suf, rel, prov, d, lines) in enumerate(claims):
        rows.append(("head", f"{who}  ({rel})    Member ID {base}-{suf}    Claim {nos[i]}"))
        for code, svc, b, allow, oth, ded, tp, yo, rem in lines:
            rows.append([slash(d), code, svc, n2(b), n2(allow), n2(oth), n2(ded), n2(tp), n2(yo), rem])
        rows.append(("sub", f"Provider: {prov}"))
    allrows = [x for c in claims for x in c[5]]
    tt = [sum(x[i] for x in allrows) for i in (2, 3, 4, 5, 6, 7)]
    rows.append(("total", ["", "", "Totals", *[n2(v) for v in tt], ""]))
    p.coded_rows(["Date", "Code", "Service", "Billed", "Allowed", "Other plan paid", "Deductible", "Trust paid",
                  "You owe", "Remark"],
                 [W * k / 100 for k in (11, 8.5, 21, 8.5, 8.5, 9, 9.5, 8, 8, 8)],
                 ["L", "L", "L", "R", "R", "R", "R", "R", "R", "C"], rows, size=7.4, row_h=5.2)
    p.legend_cols("Remark letters", [
        ("D", "Applied to the calendar-year deductible ($500.00 a person; $1,500.00 a family)."),
        ("C", "Paid at 80% of the allowed amount; the rest is your coinsurance."),
        ("O", "Another plan paid first as this patient's primary coverage; the Trust paid the balance of its "
              "allowed amount, up to what the patient owed."),
        ("B", "Part of another service on this claim; not paid separately and not billed to you by a network "
              "provider."),
        ("M", "Not paid: the visit was billed as a new patient visit, but the patient was seen by this practice in "
              "the last three years. The provider may send a corrected claim with the right visit code."),
        ("X", "Not paid: a service the Trust does not cover."),
        ("P", "Not paid: precertification was needed and not obtained."),
    ], ncol=2, size=7.2, code_w=6)
    p.bar("Questions or appeals", 8.6)
    p.para("If you think a claim was paid wrongly, call the member line first. You may appeal in writing within 180 "
           "days of the date of this statement to the Appeals Unit, Plan Office, 14 Gaff Wharf, Merrisk Harbor, "
           "NQ 07431. Give the claim number and say why.", 8.2)
    p.add_page()
    p.bar("Your sea days and coverage", 8.6)
    p.ruled_rows(["Work month", f"Sea days on {boat}'s trip reports"],
                 [["January 2026", "14"], ["February 2026", "19"], ["March 2026", "23"],
                  ["Work quarter January - March 2026", "56"]],
                 [W * 0.6, W * 0.4], ["L", "R"], size=8.2, bold_rows=(3,))
    p.para("You need 50 sea days in a work quarter. Your January - March days give you and your family coverage from "
           "May 1 through July 31, 2026.", 8.2)
    p.para("Deductible met so far in 2026: you $168.00 of $500.00; family $168.00 of $1,500.00.", 8.2)
    who, suf, rel, prov, d, lines = claims[den]
    t = truth("eob", "coding_error", insurer=INS, plan_id=PLAN_S, group=grp, member_id=f"{base}-{suf}",
              member_name=son, cases=[nos[den]], claim_amount=m2(lines[0][2]), service_dates=[iso(d)],
              denial_date=iso(sd), provider=f"{ped}, MD", appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": INS_ALT, "member_id": [base], "provider": [ped, peds]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def stack_sea_days_and_clinic(rng):
    hand = people(rng, 1, "lb", sexes="M", used=USED)[0]
    wife = people(rng, 1, "lb", sexes="F", last=hand.split()[-1], used=USED)[0]
    capt, clerk = people(rng, 2, "lb", sexes="MF", used=USED)
    pa = people(rng, 1, "lc", sexes="F", used=USED)[0]
    base = member_base(rng)
    grp = f"FV{digits(rng, 4)}"
    boat = "F/V Gansey Girl"
    matter = f"EL-26-{digits(rng, 4)}"
    nd = dt.date(2026, 4, 16)
    sent = dt.date(2026, 6, 22)
    coop_fax = f"207 555 {digits(rng, 4)}"
    tx = f"{slash(sent)}  11:{rng.randint(10, 59)}  TARROWIN LOBSTER COOP  {coop_fax}  P{{n}}/{{t}}"
    # --- the Trust's eligibility notice (2 pages) ---
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_off=1, tx_total=4)
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, box="ELIGIBILITY DECISION")
    y = p.get_y()
    addr_block(p, [hand, "22 Sprattling Road", "Port Tarrowin, NQ 07446"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.far_right([("Matter", matter), ("Trip report batch", f"TR-2026-Q1-{digits(rng, 3)}"),
                 ("Vessel official no.", digits(rng, 7)), ("Form", "CW-E4")],
                x=p.l_margin + W * 0.55, cap_w=28, size=9.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.pale_pair("Date of notice", long(nd), size=10)
    p.ln(3)
    p.para(f"Dear {first_last(hand)}:", 9.6)
    p.para("You will not have Trust coverage from May 1 through July 31, 2026. Your coverage now in force ends on "
           "April 30, 2026.", 9.4)
    p.bar("Why", 9.2)
    p.para(f"Coverage for May through July is earned with 50 sea days in the work quarter January through March "
           f"2026. The trip reports the captain of the {boat} filed for those months show 41 days with gear "
           "hauled. The boat was hauled out at the yard from February 9 to February 27 for engine work; those days "
           "count nothing. You also worked 6 days on the boat's gear ashore in March, which count a half day each. "
           "Your total is 44 sea days, 6 short of 50 (Trust rules, section 2.3).", 9.2)
    p.bar("How you can keep your coverage", 9.2)
    p.para("You may pay for coverage yourself for May through July: $486.00 a month, the first payment due by April "
           "25, 2026. If a trip report is missing days you fished, the captain may send a corrected report with the "
           "dealer's slips for those days.", 9.2)
    p.bar("If you disagree", 9.2)
    p.para("You may appeal within 180 days of the date of this letter. Write to the Appeals Unit at the Plan Office "
           "and send any trip reports, fuel or dealer slips that show days at sea we did not count.", 9.2)
    p.add_page()
    p.facts_box("Member facts", [
        ("Member", hand), ("Member ID", f"{base}-01"), ("Plan", PLAN_S), ("Group", grp), ("Boat", boat),
        ("Captain", first_last(capt)), ("Work quarter", "January - March 2026"), ("Sea days counted", "44"),
        ("Sea days needed", "50"), ("Matter", matter)], cap_w=30)
    p.para("Sea days are counted from the trip reports that each captain files with the Plan Office by the 15th of "
           "the next month. A day with traps hauled is one sea day; a day of work on the boat or its gear ashore is "
           "a half day; days the boat is hauled out or laid up do not count.", 8.8)
    p.ln(2)
    sign(p, [first_last(clerk), "Eligibility Unit", "Plan Office"])
    notice = out(p)
    t1 = truth("denial_letter", "eligibility", insurer=INS, plan_id=PLAN_S, group=grp, member_id=f"{base}-01",
               member_name=hand, cases=[matter], denial_date=iso(nd), appeal_deadline=iso(plus(nd, 180)),
               alternates={"insurer": INS_ALT, "member_id": [base]})
    # --- the clinic's statement (1 page) ---
    clinic = "Saltonstow Walk-In Clinic"
    visit = dt.date(2026, 5, 12)
    stmt = dt.date(2026, 6, 15)
    clm = claim_no(rng, plus(visit, 6))
    acct = f"SW-{digits(rng, 6)}"
    charge, paid = 268.00, 25.00
    q = EUSheet(footer=None, tx=tx, tx_off=3, tx_total=4)
    q.set_margins(18, 16, 18)
    q.add_page()
    q.f(15, "B")
    q.cell(0, 7, clinic, new_x="LMARGIN", new_y="NEXT")
    q.f(8.2)
    for ln in ["4 Pot Warp Lane, Saltonstow, NQ 07452", f"Billing office {phone(rng, '207')}",
               "Open every day 7 a.m. to 7 p.m., all season"]:
        q.cell(0, 3.8, ln, new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    q.set_line_width(0.5)
    q.line_seg(q.l_margin, q.get_y(), q.w - q.r_margin, q.get_y())
    q.set_line_width(0.2)
    q.ln(4)
    W = q.w - q.l_margin - q.r_margin
    y = q.get_y()
    addr_block(q, [hand.upper(), "22 SPRATTLING ROAD", "PORT TARROWIN NQ 07446"], 9.4)
    yl = q.get_y()
    q.set_y(y)
    q.boxes([[("Statement date", slash(stmt), 0.5), ("Account", acct, 0.5)],
             [("Insurance ID", f"{base}-01", 0.5), ("Amount due", usd(charge - paid), 0.5)]],
            x=q.l_margin + W * 0.5, w=W * 0.5, size=9.0)
    q.set_y(max(q.get_y(), yl) + 3)
    q.ruled_rows(["Date", "Description", "Amount"],
                 [["05/28/2026", "Balance forward", usd(charge)], ["06/02/2026", "Payment - thank you", f"-{usd(paid)}"],
                  ["", "Amount due", usd(charge - paid)]],
                 [W * 0.2, W * 0.56, W * 0.24], ["L", "L", "R"], size=9.0, bold_rows=(2,))
    q.ln(2)
    q.framed_note(f"A message from our billing office: your health plan, the Cuskwater Trust, did not pay for your "
                  f"visit on {slash(visit)}, when you saw {pa}, PA-C, for your cut hand (charges "
                  f"{usd(charge)}; the Trust's claim {clm}). The Trust's letter says your coverage had ended on April "
                  "30. The balance is now yours. If your coverage is put back, tell us and we will bill the Trust "
                  "again. We can set up a payment plan of $25.00 a month.", 9.0)
    q.ln(3)
    q.f(8.4)
    q.multi_cell(W, 4, "Please pay by July 15, 2026. Make checks payable to Saltonstow Walk-In Clinic, or pay at the "
                       "front desk.", new_x="LMARGIN", new_y="NEXT")
    q.ln(10)
    q.set_draw_color(120, 120, 120)
    q.line_seg(q.l_margin, q.get_y(), q.w - q.r_margin, q.get_y())
    q.set_draw_color(0, 0, 0)
    q.ln(3)
    q.f(8.2, "B")
    q.cell(0, 4, "Return this part with your payment", new_x="LMARGIN", new_y="NEXT")
    q.f(8.4)
    q.cell(0, 4.4, f"Account {acct}    Patient {hand}    Amount due {usd(charge - paid)}    Amount paid $________",
           new_x="LMARGIN", new_y="NEXT")
    bill = out(q)
    t2 = truth("other", None, insurer=None, member_id=f"{base}-01", member_name=hand, cases=[clm],
               claim_amount=m2(charge), service_dates=[iso(visit)], denial_date=iso(stmt), provider=clinic,
               unscored=["insurer"],
               alternates={"member_id": [base, None], "case_numbers": [[]], "provider": [f"{pa}, PA-C", pa]})
    cover = slip_cover(rng, ["Tarrowin Lobster Co-op", "Co-op Wharf, Port Tarrowin, NQ 07445",
                             f"Office {phone(rng, '207')}  \u00b7  Fax {coop_fax}"], digits(rng, 5),
                       [(82, "FAX  TO: CUSKWATER PLAN OFFICE"), (96, "ATTN: ELIGIBILITY / APPEALS"),
                        (114, f"FROM: {first_last(wife).upper()}"), (126, f"for {first_last(hand)}"),
                        (146, f"RE: his sea days - {boat}"), (158, "Captain is sending the Feb report again,"),
                        (170, "boat was NOT hauled out the whole time!"), (202, "4 pages w/ this one"),
                        (216, f"call {phone(rng, '207')}")],
                       tx=tx, tx_total=4)
    return cover, [(notice, t1), (bill, t2)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    pts = people(rng, 3, "lb", sexes="MMF", used=USED)
    er1, er2, dpt = people(rng, 3, "lc", sexes="FMF", used=USED)
    hosp = "Merrisk Harbor Hospital"
    bases = [member_base(rng) for _ in pts]
    grps = [f"FV{digits(rng, 4)}", f"FV{digits(rng, 4)}", f"WF{digits(rng, 4)}"]
    plans = [PLAN_S, PLAN_S, PLAN_W]
    rd = dt.date(2026, 5, 20)
    sent = dt.date(2026, 5, 26)
    d1, d2, d3 = dt.date(2026, 4, 22), dt.date(2026, 4, 27), dt.date(2026, 5, 1)
    ctl = [claim_no(rng, plus(d, rng.randint(3, 6))) for d in (d1, d2, d3)]
    claims = [
        (pts[0], bases[0], plans[0], grps[0], ctl[0], f"Dr. {er1}, MD", d1, [
            ("99283", "Emergency visit, moderate", 684.00, 512.00, 0.00, 409.60, "DE CO"),
            ("93010", "ECG reading", 64.00, 41.00, 0.00, 32.80, "CO")]),
        (pts[1], bases[1], plans[1], grps[1], ctl[1], f"Dr. {er2}, DO", d2, [
            ("99284", "Emergency visit, high", 1128.00, 0.00, 0.00, 0.00, "MC"),
            ("12002", "Repair of wounds, 2.6-7.5 cm", 612.00, 0.00, 0.00, 0.00, "MC"),
            ("73130", "X-ray, hand, 3 views", 406.00, 0.00, 0.00, 0.00, "MC")]),
        (pts[2], bases[2], plans[2], grps[2], ctl[2], f"{dpt}, DPT", d3, [
            ("97110", "Therapeutic exercise, 2 units", 168.00, 124.00, 62.00, 37.20, "OP CO"),
            ("97140", "Manual therapy, 1 unit", 84.00, 61.00, 30.50, 18.30, "OP CO")]),
    ]
    den = 1
    chk = digits(rng, 8)
    batch = f"{digits(rng, 3)}-{digits(rng, 2)}"
    tx = f"{slash(sent)}  08:{rng.randint(10, 59)}  CUSKWATER PLAN OFC  207 555 {digits(rng, 4)}  PG {{n}} OF {{t}}"
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_total=1)
    p.set_margins(14, 14, 14)
    p.add_page()
    head(p, rng, box="PROVIDER REMITTANCE")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [hosp, "Patient Financial Services", "1 Bellbuoy Hill", "Merrisk Harbor, NQ 07433"], 9.0)
    yl = p.get_y()
    p.set_y(y)
    p.pale_pair("Remittance date", slash(rd), x=p.l_margin + W * 0.52, size=9.6)
    p.far_right([("Check no.", chk), ("Batch", batch), ("Payee TIN", tin(rng)), ("Billing NPI", npi(rng))],
                x=p.l_margin + W * 0.52, cap_w=26, size=8.6)
    p.set_y(max(p.get_y(), yl) + 1)
    rows = []
    for who, base, pl, grp, c, rend, d, lines in claims:
        rows.append(("head", f"{last_first(who)}    ID {base}-01    {pl} / {grp}    Control no. {c}"))
        for code, s, b, allow, oth, pd, rem in lines:
            rows.append([slash(d), code, s, n2(b), n2(allow), n2(oth), n2(pd), rem])
        rows.append(("sub", f"Rendering: {rend}    Claim total billed {usd(sum(x[2] for x in lines))}"))
    allr = [x for c in claims for x in c[7]]
    rows.append(("total", ["", "", "Remittance totals", n2(sum(x[2] for x in allr)), n2(sum(x[3] for x in allr)),
                           n2(sum(x[4] for x in allr)), n2(sum(x[5] for x in allr)), ""]))
    p.coded_rows(["Service date", "Code", "Service", "Billed", "Allowed", "Other plan paid", "Paid", "Remark"],
                 [W * k / 100 for k in (12, 9, 31, 10, 10, 10, 9, 9)], ["L", "L", "L", "R", "R", "R", "R", "C"],
                 rows, size=7.4, row_h=5.0, code_box=False)
    p.legend_cols("Remark codes", [
        ("DE", "Part of the allowed amount applied to the patient's deductible."),
        ("CO", "Paid at 80%; the patient owes the coinsurance."),
        ("OP", "Another plan paid first; the Trust paid up to its allowed amount."),
        ("MC", "Injury or illness while working aboard a vessel. Under maritime law the vessel owner owes the crew "
               "member maintenance and cure; bill the owner or the owner's P&I insurer. The Trust pays only after "
               "that coverage is refused in writing."),
        ("TF", "Received after the 180-day filing limit."),
        ("PC", "Precertification needed and not obtained."),
    ], ncol=2, size=7.2, code_w=8)
    p.bar("Reconsideration", 8.6)
    p.para("You may ask the Trust to reconsider a claim within 120 days of the date of this remittance. For an MC "
           "claim, send the owner's or the P&I insurer's written refusal with the request; the Trust will then "
           "process the claim under the member's plan.", 8.2)
    who, base, pl, grp, c, rend, d, lines = claims[den]
    t = truth("eob", "other", insurer=INS, plan_id=pl, group=grp, member_id=f"{base}-01", member_name=who, cases=[c],
              claim_amount=m2(sum(x[2] for x in lines)), service_dates=[iso(d)], denial_date=iso(rd),
              provider=f"{er2}, DO", appeal_deadline=iso(plus(rd, 120)),
              alternates={"insurer": INS_ALT, "member_id": [base], "provider": [er2, hosp]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_trustees(rng):
    capt = people(rng, 1, "lb", sexes="M", used=USED)[0]
    wife = people(rng, 1, "lb", sexes="F", last=capt.split()[-1], used=USED)[0]
    hosp_md, chair, sec = people(rng, 3, "lc", sexes="MFM", used=USED)
    base = member_base(rng)
    grp = f"FV{digits(rng, 4)}"
    hosp = "Duskmere General Hospital"
    adm = dt.date(2026, 3, 6)
    dis = dt.date(2026, 3, 7)
    clm = claim_no(rng, plus(dis, 9))
    dock = f"TA-26-{digits(rng, 3)}"
    filed = dt.date(2026, 4, 10)
    dd = dt.date(2026, 5, 14)
    sent = dt.date(2026, 5, 19)
    billed, obs = 14220.00, 4116.00
    tx = f"{slash(sent)} 15:{rng.randint(10, 59)} CUSKWATER APPEALS 207-555-{digits(rng, 4)} {{n2}}/{{t2}}"
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=f"CW-A3  \u00b7  decided {slash(dd)}  \u00b7  {FOOT}", tx=tx,
                tx_total=1)
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, box="APPEAL DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [wife, f"c/o {first_last(capt)}", "7 Gurnard Hill Road", "Duskmere, NQ 07461"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.drop_block([("Docket", dock), ("Control no.", clm), ("Member ID", f"{base}-02"),
                  ("Plan / Group", f"{PLAN_S} / {grp}"), ("Form", "CW-A3 (Board)")],
                 x=p.l_margin + W * 0.6, indent=13, size=9.2)
    p.set_y(max(p.get_y(), yl) + 2)
    p.f(9.6)
    p.multi_cell(W, 5, f"Decided by the Appeals Committee of the Board of Trustees on {the_nth_of(dd)}.",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {first_last(wife)}:", 9.6)
    p.para(f"The Committee reviewed your appeal, received on {long(filed)}, about your stay at {hosp} from "
           f"{long(adm)} to {long(dis)}. The hospital billed the stay as an inpatient admission. The Trust paid it "
           f"at its observation rate ({usd(obs)}) and you asked the Trust to pay it as an inpatient stay "
           f"({usd(billed)} billed).", 9.2)
    p.bar("What the Committee found", 9.0)
    p.para(f"A cardiologist who advises the Committee read the emergency and hospital records. You came to the "
           f"emergency department with a fast, irregular heartbeat (atrial fibrillation). Dr. {hosp_md}, MD, "
           "treated you with medicine by vein and then by mouth, your heart rhythm went back to normal during the "
           "night, your tests showed no heart attack, and you went home the next afternoon. Care like this, with "
           "monitoring for less than two days, is observation care. Nothing in the records needed inpatient care.",
           9.0)
    p.bar("Decision", 9.0)
    p.para("The Committee upheld the payment at the observation level. The hospital is in the Trust's network and "
           "may bill you only your observation coinsurance, not the difference.", 9.0)
    p.bar("This decision is final under the Trust", 9.0)
    p.para("You have used the Trust's one level of appeal. You may ask for an external review by an independent "
           "review organization within four months after you receive this letter; call the member line for the "
           "form. You may also bring a civil action under section 502(a) of ERISA.", 8.8)
    p.ln(2)
    sign(p, [first_last(chair), "Chair, Appeals Committee", "Board of Trustees"], close="For the Committee,")
    p.para(f"Prepared by {first_last(sec)}, Appeals Unit, Plan Office", 7.8)
    t = truth("denial_letter", "level_of_care", insurer=INS, plan_id=PLAN_S, group=grp, member_id=f"{base}-02",
              member_name=wife, cases=[dock, clm], claim_amount=m2(billed),
              service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(dd), provider=f"{hosp_md}, MD",
              appeal_deadline=None,
              alternates={"insurer": INS_ALT, "member_id": [base], "case_numbers": [[dock], [clm]],
                          "provider": [hosp_md, hosp], "service_dates": [[iso(adm)], [iso(adm), iso(dis)]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan300_es_mri(rng):
    worker = people(rng, 1, "sp", sexes="M", used=USED)[0]
    dra, medic = people(rng, 2, "sp", sexes="FM", used=USED)
    base = member_base(rng)
    grp = f"WF{digits(rng, 4)}"
    clinic = "Clínica del Muelle de Saltonstow"
    ref = precert_no(rng)
    asked = dt.date(2026, 4, 20)
    ld = dt.date(2026, 4, 24)
    planned = dt.date(2026, 5, 7)
    p = EUSheet(footer="Página {n} de {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, box="DECISIÓN DE PRECERTIFICACIÓN")
    addr_block(p, [worker, "51 calle Gansey, apto. 2", "Saltonstow, NQ 07453"], 9.6)
    W = p.w - p.l_margin - p.r_margin
    p.far_right([("Fecha", es_date(ld)), ("Referencia", ref), ("Miembro", f"{base}-01"),
                 ("Plan / Grupo", f"{PLAN_W} / {grp}"), ("Formulario", "CW-P4S"), ("Lote", digits(rng, 4))],
                cap_w=30, size=9.2)
    p.para(f"Estimado {first_last(worker)}:", 9.6)
    p.para(f"El {es_date(asked)}, la Dra. {dra}, de la {clinic}, pidió al Fideicomiso que precertificara una "
           f"resonancia magnética de la columna lumbar (CPT 72148) para usted, programada para el {es_date(planned)}. "
           "El Fideicomiso no puede aprobarla.", 9.4)
    p.bar("Por qué", 9.2)
    p.para("Un médico revisor leyó las notas de la clínica. Usted tiene dolor de espalda baja desde hace tres semanas, "
           "después de cargar cajas de carnada en el muelle, sin debilidad en las piernas, sin pérdida de "
           "sensibilidad y sin fiebre. Según los criterios médicos del Fideicomiso, la resonancia de la columna "
           "lumbar es médicamente necesaria cuando hay señales de alarma o cuando el dolor sigue después de seis "
           "semanas de tratamiento (terapia física, medicamentos, actividad adaptada). Sus notas no muestran "
           "señales de alarma ni seis semanas de tratamiento, por lo que el estudio no es médicamente necesario "
           "por ahora.", 9.0)
    p.para("Si el dolor continúa después de seis semanas de tratamiento, o si aparece debilidad u otro síntoma "
           "nuevo, su doctora puede pedir la precertificación otra vez.", 9.0)
    p.bar("Si no está de acuerdo", 9.2)
    p.para("Usted o su doctora pueden apelar por escrito dentro de 180 días a partir de la fecha de esta carta. "
           "Envíe la apelación a la Unidad de Apelaciones, Plan Office, 14 Gaff Wharf, Merrisk Harbor, NQ 07431. "
           "Si esperar pone en grave riesgo su salud, pida una apelación urgente por teléfono; se decide en 72 "
           "horas.", 9.0)
    p.ln(2)
    sign(p, [f"Dr. {first_last(medic)}", "Director médico", "Plan Office"], close="Atentamente,")
    p.para(f"c.c.: Dra. {dra}, {clinic}", 8.0)
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=PLAN_W, group=grp, member_id=f"{base}-01",
              member_name=worker, cases=[ref], service_dates=[iso(planned)], denial_date=iso(ld), provider=dra,
              appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": INS_ALT + ["Fideicomiso de Salud Cuskwater"], "member_id": [base],
                          "provider": [clinic], "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_prp(rng):
    hand = people(rng, 1, "lb", sexes="M", used=USED)[0]
    do, reviewer = people(rng, 2, "lc", sexes="MF", used=USED)
    base = member_base(rng)
    grp = f"FV{digits(rng, 4)}"
    prac = "Gullhead Orthopaedics & Sports Medicine"
    ctl = precert_no(rng)
    ld = dt.date(2026, 5, 4)
    asked = dt.date(2026, 4, 27)
    planned = dt.date(2026, 5, 19)
    p = EUSheet(footer="Page {n} of {nb}",
                ids_foot=f"CW-L12  \u00b7  Issued {slash(ld)}  \u00b7  {FOOT}")
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, box="PRECERTIFICATION DECISION")
    y = p.get_y()
    addr_block(p, [hand, "80 Lobster Pound Road", "Gullhead, NQ 07468"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.far_leaders([("Control no.", ctl), ("Member ID", f"{base}-01"), ("Plan", PLAN_S), ("Group", grp),
                   ("Form", "CW-L12")], x=p.l_margin + W * 0.5, cap_w=20, size=9.0)
    p.set_y(max(p.get_y(), yl) + 2)
    p.para(f"Dear {first_last(hand)}:", 9.6)
    p.para(f"On {long(asked)}, Dr. {do}, DO, of {prac} asked the Trust to precertify a series of three "
           f"platelet-rich plasma (PRP) injections into the tendon at your right elbow (CPT 0232T), the first "
           f"planned for {long(planned)}. The Trust cannot approve them.", 9.2)
    p.bar("Why", 9.0)
    p.para("The Trust's medical policy MP-31 lists platelet-rich plasma injections as investigational for tendon "
           "problems of the elbow, including the tennis elbow that hauling traps can bring on. Studies so far do "
           "not agree on whether the injections work better than physical therapy or a brace, and they have not "
           "settled how to prepare or how often to give them. The Trust does not cover services its policies list "
           "as investigational or experimental (Plan Document, Exclusions, item 11).", 9.0)
    p.para("Covered care your doctor may talk with you about: physical therapy, a forearm brace, medicine for pain "
           "and swelling, and a steroid injection.", 9.0)
    p.add_page()
    p.bar("If you disagree", 9.0)
    p.para("You or your doctor may appeal within 180 days of the date of this letter. Write to the Appeals Unit at "
           "the Plan Office and send any studies or records you want the Appeals Committee to read. If waiting "
           "would seriously harm your health, ask for an urgent appeal by phone; it is decided within 72 hours.",
           9.0)
    p.para("Because this decision is made before the service, nothing has been billed. If you have the injections "
           "anyway, the Trust will not pay for them and the provider may bill you.", 9.0)
    p.ln(2)
    sign(p, [f"{first_last(reviewer)}, MD", "Medical Director", "Cuskwater Plan Office"])
    p.para(f"cc: Dr. {do}, DO, {prac}", 8.0)
    t = truth("denial_letter", "experimental", insurer=INS, plan_id=PLAN_S, group=grp, member_id=f"{base}-01",
              member_name=hand, cases=[ctl], service_dates=[iso(planned)], denial_date=iso(ld),
              provider=f"{do}, DO", appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": INS_ALT, "member_id": [base], "provider": [do, prac], "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_dental(rng):
    member = people(rng, 1, "lb", sexes="F", used=USED)[0]
    dds, clerk = people(rng, 2, "lc", sexes="FM", used=USED)
    base = member_base(rng)
    grp = f"WF{digits(rng, 4)}"
    office = "Gullhead Family Dentistry"
    svc = dt.date(2026, 3, 30)
    ld = dt.date(2026, 4, 20)
    clm = claim_no(rng, plus(svc, 7))
    lines = [("D6010", "Implant body, surgical placement, tooth #19", 2460.00),
             ("D6057", "Custom abutment, tooth #19", 720.00),
             ("D6065", "Implant crown, porcelain, tooth #19", 1200.00)]
    total = sum(x[2] for x in lines)
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=f"CW-C7  \u00b7  {slash(ld)}  \u00b7  {FOOT}")
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, box="CLAIM DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    p.f(9.6)
    p.cell(0, 5, ord_day(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    addr_block(p, [member, "19 Wrack Line Road", "Gullhead, NQ 07469"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.drop_block([("Member ID", f"{base}-01"), ("Plan / Group", f"{PLAN_W} / {grp}"), ("Control no.", clm),
                  ("Batch", f"D-{digits(rng, 4)}-{rng.randint(10, 99)}")], x=p.l_margin + W * 0.62, indent=12, size=9.2)
    p.set_y(max(p.get_y(), yl) + 2)
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"We processed the claim from {office} for the dental implant Dr. {dds}, DDS, placed on "
           f"{ord_short(svc)}. The Trust did not pay it.", 9.4)
    p.ruled_rows(["Date", "Code", "Service", "Billed", "Trust paid"],
                 [[slash(svc), c, s, n2(b), "0.00"] for c, s, b in lines] +
                 [["", "", "Claim total", n2(total), "0.00"]],
                 [W * k / 100 for k in (14, 11, 49, 13, 13)], ["L", "L", "L", "R", "R"], size=8.6, bold_rows=(3,))
    p.bar("Why", 9.2)
    p.para("Dental implants, the abutments that hold them and the crowns placed on them are excluded from the "
           "Trust's dental benefit (Plan Document, Dental Exclusions, item 4), whatever the reason for the implant. "
           "The Trust's dental benefit covers a fixed bridge or a removable partial denture to replace a missing "
           "tooth; if you have not had one in the last five years, the Trust would pay for that at 50%.", 9.2)
    p.bar("If you disagree", 9.2)
    p.para("You may appeal within 180 days of the date of this letter. Write to the Appeals Unit at the Plan Office "
           "and give the control number. The Appeals Committee of the Board of Trustees decides appeals.", 9.2)
    p.ln(2)
    sign(p, [first_last(clerk), "Dental Claims", "Plan Office"])
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=PLAN_W, group=grp, member_id=f"{base}-01",
              member_name=member, cases=[clm], claim_amount=m2(total), service_dates=[iso(svc)], denial_date=iso(ld),
              provider=f"{dds}, DDS", appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": INS_ALT, "member_id": [base], "provider": [dds, office]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    eob = bd_eob(rng)
    cover, stack_docs = stack_sea_days_and_clinic(rng)
    return [
        Item(f"{f}_bd_family_eob_remark_letters_new_patient_code", "born_digital", [eob]),
        Item(f"{f}_faxstd_stack_coop_slip_cover_sea_days_then_clinic_bill", "fax_standard_g4", stack_docs,
             separators=[cover, None]),
        Item(f"{f}_faxstd_hospital_remittance_maintenance_and_cure", "fax_standard_g4", [faxstd_remittance(rng)]),
        Item(f"{f}_faxfine_trustees_observation_upheld_drop_labels", "fax_fine_g4", [faxfine_trustees(rng)]),
        Item(f"{f}_scan300_es_resonancia_lumbar_no_necesaria", "scan_clean_300", [scan300_es_mri(rng)]),
        Item(f"{f}_rotated_prp_elbow_investigational_date_in_footer", "rotated", [rotated_prp(rng)]),
        Item(f"{f}_bd_dental_implant_excluded_label_blocks", "born_digital", [bd_dental(rng)]),
    ]
