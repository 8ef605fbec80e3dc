"""An invented multiple-employer welfare arrangement (MEWA) for small construction contractors: the Trueline Builders
Health Trust, sponsored by an invented trade association, the Trueline Builders Association, for the roofing, framing,
drywall, concrete and siding contractors who are its members, their employees and families (Missouri, Springfield;
claims handled for the Trust by an invented administrator, Hollowstone Benefit Administrators, which writes to
hospitals in its own name). Coverage comes through the employer's membership in the Association: dues are paid each
quarter, a member that is more than 60 days late loses its membership at the end of the last paid month, and its
workers' coverage ends the same day. Every rule, section number, limit and time limit is invented: 20 physical
therapy visits a plan year, hearing aids and their fitting excluded, injuries while working for pay left to the
employer's workers' compensation insurer, treatments whose benefit is not yet shown in published studies excluded,
emergency admissions called in to the Care Review Line within two business days, non-emergency care only from the
Trust's Show-Me Builders network, appeals within 180 days to the Appeals Committee of the Board of Trustees (final;
then external review or a suit under ERISA section 502(a)). Plan codes TB-2500 and TB-1000, contract numbers C-nnnn
(the contractor's), enrollee numbers "TB" with seven characters that mix O and 0, I and 1, S and 5 or B and 8, and
a person suffix -01, -02, -03. Every contractor, hospital, clinic, billing company, person, number, address and form
number is invented; phones use 555; CPT and HCPCS codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- lowres_letter_father_daughter_er_visit_employer_dues_lapsed_tear_off_slip: a 150 dpi letter to a roofer about his
  daughter's emergency visit "on the 9th of March 2026" after his employer's Association membership ended for unpaid
  dues (two-column box with captions in a shaded left column: Contract, Plan code, Enrollee #, Suffix; the emergency
  department and its doctor), a tear-off dues slip for the employer with the past-due dues as a decoy amount and "not
  a bill to you" ("within 180 days after the date of this letter").
- born_digital_eob_narrow_columns_hearing_aids_excluded_check_in_words: an EOB with fourteen narrow columns, dates
  "Mar. 18, '26", a paid audiogram beside the refused hearing aids, a provider check number with the amount in words,
  a deductible meter and a claims-history box as decoys, "THIS IS NOT A BILL" ("within 180 days after you receive
  this statement": nothing to count from).
- scan300_es_carta_esposa_terapia_fisica_visitas_21_a_23: a Spanish letter to a worker about his wife's physical
  therapy visits 21 to 23 of a 20-visit year ("04-mar-2026" in a table, "$495.00 (cuatrocientos noventa y cinco
  dólares con 00/100)", an Association member number as a decoy; "dentro de los 180 días siguientes a la fecha de esta
  carta").
- phone_precertification_approved_knee_representative_at_top: a photographed approval (denies nothing) with the
  member's authorized representative named at the top, values over their captions (Request #, an Auth ref. printed
  in groups with look-alike letters among its digits), the referring family doctor and the performing surgeon, a facility and its same-day surgery
  department, the date as "Tue 05/19/2026".
- faxstd_administrator_letter_hospital_billing_agent_admission_not_called_in: the administrator's standard-fax letter
  to a hospital in care of its billing agent about a son's emergency admission "02APR26" - "05APR26" that nobody
  called in ("Our file", "Your reference" as the hospital's account, "Auth ref. none on file", "USD 18,420.75";
  "postmarked on or before <date>").
- rotated_appeals_committee_docket_prp_shoulder_injections_final: the Board's appeals committee decision, fed
  sideways, keeping the refusal of two platelet-rich plasma injections (a "Docket" number and the claim number in
  captions hung in the left margin, "the 10th of February 2026", a footer "Revised 11/2024"; final, external review
  only: no deadline).
- photocopy_stack_eob_nail_gun_injury_page_two_sideways_blank_then_out_of_network_letter: a photocopied stack of a
  two-page EOB refusing an urgent care visit for a nail-gun injury at work (a paid physical on the same statement;
  page 2 with the remark, a claims history and the appeal rights turned sideways; "within 180 days of the statement
  date"), a blank separator, and a letter to the subscriber refusing his wife's visit to a dermatology clinic in
  Tulsa outside the network ("180 days from the date of this letter, that is, until <date>").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeg_famkb import (EGSheet, apos, child_of, compact, es_date, groups, iso, long, lookalike, n2, people,
                               slash, spouse_of, split_name, the_nth, tollfree, usd, usd_code, words_en, words_es)
from public_kit import digits, m2, out, plus, truth

FAMILY = "construction_contractors_mewa_association_dues_lapse_plan_limits_and_exclusions"
LANG = "en"
SEED = 355061
TRUST = "Trueline Builders Health Trust"
ASSOC = "Trueline Builders Association"
TPA = "Hollowstone Benefit Administrators"
TRUST_ALT = ["Trueline Builders Health Trust Fund", "Board of Trustees of the Trueline Builders Health Trust",
             "Trueline"]
APPEALS = "Appeals Committee, Trueline Builders Health Trust, PO Box 10418, Springfield, MO 65808"
NETWORK = "Show-Me Builders network"


def mo_address(rng):
    town = rng.choice([("Springfield", "65803"), ("Nixa", "65714"), ("Ozark", "65721"), ("Republic", "65738"),
                       ("Bolivar", "65613"), ("Marshfield", "65706"), ("Lebanon", "65536"), ("Branson", "65616")])
    street = rng.choice(["S Kansas Expy", "W Elm St", "N Main Ave Apt 6", "Farm Rd 142", "E Cherry St",
                         "Hickory Hills Dr", "Old Wire Rd", "S Campbell Ave"])
    return [f"{rng.randint(14, 4890)} {street}", f"{town[0]}, MO {town[1]}"]


def enrollee(rng):
    return "TB" + lookalike(rng, 7, pairs=2)


def contract(rng):
    return f"C-{digits(rng, 4)}"


def claim_no(rng, d):
    """Claim #: year, day of the year received, five digits (26-063-04417)."""
    return f"{d.strftime('%y')}-{d.timetuple().tm_yday:03d}-{digits(rng, 5)}"


def brk(c):
    """A claim number broken after its second dash (as a narrow table column prints it)."""
    a, b, rest = c.split("-", 2)
    return f"{a}-{b}-\n{rest}"


def _head(p, rng, unit="Claims", box=None):
    p.head(TRUST, "TB", [f"Sponsored by the {ASSOC}  |  a multiple employer welfare arrangement  |  {unit}",
                         f"411 Trueline Way, Springfield, MO 65804  |  Member line {tollfree(rng)}  |  TTY 711"],
           box=box, size=12.5)


# ------------------------------------------------------------------------------------------------------------------
def lowres_lapse(rng):
    """Letter to a roofer about his daughter's ER visit after his employer's membership lapsed."""
    dad, er_doc, clerk = people(rng, 3, sexes="mfm")
    kid = child_of(rng, dad, "f")
    eid = enrollee(rng)
    ct = contract(rng)
    ld = dt.date(2026, 5, 14)
    due = plus(ld, 180)
    svc = dt.date(2026, 3, 9)
    ended = dt.date(2026, 2, 28)
    amt = 2318.40
    c = claim_no(rng, dt.date(2026, 4, 1))
    EMP = "Ridgeback Roofing & Siding LLC"
    HOSP = "Finley River Medical Center"
    DEPT = "Emergency Department"
    dues = 1140.00
    p = EGSheet(footer="Page {n} of {nb}", footer_left="TB-EL-3 (rev. 10/2025)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Eligibility and Claims")
    p.line(long(ld), 9.8)
    p.ln(2)
    for ln in [dad, *mo_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.kv_box([("Employer", EMP), ("Contract", ct), ("Plan code", "TB-2500"), ("Enrollee #", eid), ("Suffix", "03"),
              ("Patient", f"{kid} (daughter)"), ("Claim #", c)], cap_w=34, w=(p.w - 36) * 0.62, size=9.0, cap=7.6,
             h=6.0)
    p.para(f"Dear Mr. {split_name(dad)[2]}:", 9.8)
    p.para(f"We received the bill from the {DEPT} of {HOSP} for {split_name(kid)[0]}'s visit on {the_nth(svc)} "
           f"(seen by Dr. {er_doc}). The charges were {usd(amt)}. **The Trust cannot pay this bill.**", 9.8)
    p.para(f"Here is why. You and your family have health coverage through the Trust because your employer, {EMP}, "
           f"is a member of the {ASSOC}. Members pay the Association's dues every quarter. The dues for the quarter "
           f"that began January 1 were not paid, and after the 60 days the Association allows, {EMP}'s membership "
           f"ended as of {long(ended)}. When a contractor's membership ends, the coverage of everyone who works for "
           f"it ends the same day. {split_name(kid)[0]}'s visit on {slash(svc)} came after that date.", 9.8)
    p.para(f"If {EMP} pays what it owes within 90 days of the end date, the Association restores its membership "
           f"with no gap, and we will then pay this bill under your plan. We have sent your employer the same news "
           f"and the slip below. You may also have the right to keep coverage by paying for it yourself; we will "
           f"send that notice separately.", 9.6)
    p.para(f"If you think this is wrong, you may appeal within 180 days after the date of this letter. Write to the "
           f"{APPEALS}.", 9.6)
    p.para(f"{clerk}\nEligibility Services", 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.tear_slip(f"Employer dues remittance - {EMP}", [
        ("Contract", ct, W * 0.16), ("Quarter", "Jan. - Mar. 2026", W * 0.22), ("Dues past due", usd(dues), W * 0.2),
        ("Claim held", c, W * 0.22), ("Return by", "05/29/2026", W * 0.2)], cut="Detach - for your employer",
        addr=[ASSOC, "Member Dues, PO Box 10402, Springfield, MO 65808"],
        note="Do not pay this amount yourself. This slip is for your employer; it is not a bill to you.")
    t = truth("denial_letter", "eligibility", insurer=TRUST, plan_id="TB-2500", group=ct, member_id=eid,
              member_name=kid, cases=[c], claim_amount=m2(amt), service_dates=[iso(svc)], denial_date=iso(ld),
              provider=HOSP, appeal_deadline=iso(due),
              alternates={"insurer": TRUST_ALT, "provider": [f"Dr. {er_doc}", er_doc, f"{HOSP} {DEPT}"],
                          "member_id": [f"{eid}-03", f"{eid}03"]})
    return out(p), t


def bd_eob(rng):
    """EOB with narrow columns: a paid audiogram and refused hearing aids."""
    mem, aud = people(rng, 2, sexes="mf")
    eid = enrollee(rng)
    mid = f"{eid}-01"
    ct = contract(rng)
    sd = dt.date(2026, 4, 9)
    d1, d2 = dt.date(2026, 3, 4), dt.date(2026, 3, 18)
    c1, c2 = claim_no(rng, dt.date(2026, 3, 9)), claim_no(rng, dt.date(2026, 3, 23))
    HEAR = "Soundfield Hearing Center"
    check = f"00{digits(rng, 6)}"
    p = EGSheet(footer="Page {n} of {nb}", footer_left="TB-EOB-7 (rev. 02/2026)")
    p.set_margins(10, 12, 10)
    p.add_page()
    _head(p, rng, "Claims", box="EXPLANATION OF BENEFITS")
    p.f(10, "B")
    p.cell(0, 5.5, "THIS IS NOT A BILL", align="C", border=1, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.kv_pair_boxes([("Member", mem), ("Enrollee #", mid), ("Contract", ct), ("Plan code", "TB-1000")],
                    [("Statement date", iso(sd)), ("Employer", "Limestone Ridge Concrete Inc."),
                     ("Claims in period", "03/09/2026 - 04/08/2026"), ("Questions", tollfree(rng))],
                    cap_w=30, size=8.8, cap=7.2, h=6.0)
    W = p.w - p.l_margin - p.r_margin
    head = ["Claim #", "Svc date", "Provider", "Code", "Description", "Billed", "Netwk disc.", "Allowed",
            "Deduct.", "Coins.", "Not cov.", "Plan paid", "You owe", "Rmk"]
    mm = [14, 13, 21, 10, 21.5, 14.5, 12.5, 13, 12, 11, 14.5, 13, 14.5, 7.5]
    widths = [W * x / sum(mm) for x in mm]
    rows = [
        [brk(c1), apos(d1), HEAR, "92557", "Hearing test, complete", "145.00", "26.60", "118.40", "0.00", "0.00",
         "0.00", "118.40", "0.00", "P2"],
        ["", "", "", "", "Claim total", "145.00", "26.60", "118.40", "0.00", "0.00", "0.00", "118.40", "0.00", ""],
        [brk(c2), apos(d2), HEAR, "V5261", "Hearing aids, digital, both ears", "4,600.00", "0.00", "0.00", "0.00",
         "0.00", "4,600.00", "0.00", "4,600.00", "X14"],
        ["", apos(d2), "", "V5011", "Fitting and orientation", "380.00", "0.00", "0.00", "0.00", "0.00", "380.00",
         "0.00", "380.00", "X14"],
        ["", "", "", "", "Claim total", "4,980.00", "0.00", "0.00", "0.00", "0.00", "4,980.00", "0.00", "4,980.00",
         ""],
    ]
    p.wrap_table(head, rows, widths, size=6.6, aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "R", "R", "R",
                                                      "R", "C"], bold_rows=(1, 4), shade_rows=(2, 3))
    p.legend("Remarks", [
        ("P2", "Paid in full at the network rate; a hearing test is not subject to the deductible under plan TB-1000."),
        ("X14", f"The Trust's plan lists hearing aids, their fitting and their batteries among the things it does not "
                f"pay for (Plan section 7.3, item 14). This applies to claim {c2} for the aids fitted on {iso(d2)}, "
                f"even though {aud}, Au.D., wrote that the hearing loss came from years around loud equipment."),
    ], size=7.8)
    y0 = p.get_y()
    p.kv_box([("Deductible 2026", "$1,000.00"), ("Met so far", "$650.00"), ("Out-of-pocket max", "$6,500.00"),
              ("Applied so far", "$1,412.00")], cap_w=34, w=W * 0.44, x=p.l_margin, size=8.4, cap=7.0, h=5.4,
             title="YOUR PLAN YEAR SO FAR")
    p.set_y(y0)
    p.history_box("Claims history (earlier statements)", ["Claim #", "Date", "Provider", "Billed", "Paid"],
                  [[claim_no(rng, dt.date(2026, 1, 21)), "01/14/2026", "Little Sac Family Practice", "212.00",
                    "160.00"],
                   [claim_no(rng, dt.date(2026, 2, 11)), "02/05/2026", "Ozark Hills Lab", "96.00", "41.30"]],
                  [21, 16, 40, 12, 12], size=6.8, x=p.l_margin + W * 0.48)
    p.set_y(max(p.get_y(), y0 + 34))
    p.note(f"Payment to the provider: {HEAR} was paid {usd(118.40)} ({words_en(118.40)}) by check no. {check} "
           f"dated {slash(plus(sd, -1))} for claim {c1}. Nothing was paid on claim {c2}.", title="Provider payment",
           size=8.2)
    p.para(f"**Your right to appeal.** If you disagree with how a claim was handled, you or someone you name may "
           f"appeal within 180 days after you receive this statement. Send your appeal and any records to the "
           f"{APPEALS}. You may ask for copies of the plan rules we used, free of charge.", 8.4)
    t = truth("eob", "not_covered", insurer=TRUST, plan_id="TB-1000", group=ct, member_id=mid, member_name=mem,
              cases=[c2], claim_amount=m2(4980.00), service_dates=[iso(d2)], denial_date=iso(sd), provider=HEAR,
              alternates={"insurer": TRUST_ALT, "provider": [aud, f"{aud}, Au.D."], "member_id": [eid]})
    return out(p), t


def scan_es_pt(rng):
    """Spanish letter to a worker about his wife's physical therapy visits past the yearly limit."""
    worker, = people(rng, 1, sexes="m", pool="es")
    wife = spouse_of(rng, worker, "f")
    ther, clerk = people(rng, 2, sexes="mf")
    eid = enrollee(rng)
    ct = contract(rng)
    ld = dt.date(2026, 4, 16)
    due = plus(ld, 180)
    visits = [dt.date(2026, 3, 4), dt.date(2026, 3, 6), dt.date(2026, 3, 9)]
    rate = 165.00
    amt = rate * 3
    c = claim_no(rng, dt.date(2026, 3, 20))
    PT = "Pomme de Terre Physical Therapy"
    EMP = "Tres Ríos Drywall LLC"
    socio = f"A-{digits(rng, 4)}"
    p = EGSheet(footer="Página {n} de {nb}", footer_left="TB-LM-2s (rev. 12/2025)")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.head(TRUST, "TB", [f"Patrocinado por la {ASSOC}  |  plan de salud de varios empleadores",
                         f"411 Trueline Way, Springfield, MO 65804  |  Línea en español {tollfree(rng)}"], size=12.5)
    p.line(f"Springfield, {es_date(ld)}", 9.8)
    p.ln(2)
    for ln in [f"Sr. {worker}", *mo_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.kv_pair_boxes([("N.º de inscrito", eid), ("Sufijo", "02"), ("Paciente", f"{wife} (esposa)"),
                     ("Reclamación", c)],
                    [("Contrato", ct), ("Código de plan", "TB-2500"), ("Empleador", EMP),
                     ("Socio de la Asociación", socio)], cap_w=36, size=8.8, cap=7.2, h=6.2)
    p.para(f"Estimado Sr. {split_name(worker)[2]}:", 9.8)
    p.para(f"Recibimos la cuenta de {PT} por la terapia física de su esposa, {wife}, con el terapeuta {ther}, de "
           f"los días 4, 6 y 9 de marzo de 2026. **No podemos pagar esas tres visitas, que suman {usd(amt)} "
           f"({words_es(amt)}).**", 9.8)
    p.para(f"La razón es esta: el plan TB-2500 paga hasta 20 visitas de terapia física por persona en cada año del "
           f"plan, de enero a diciembre. Entre enero y febrero su esposa ya había tenido 20 visitas pagadas por el "
           f"plan. Las visitas de marzo fueron la 21.ª, la 22.ª y la 23.ª del año.", 9.8)
    W = p.w - p.l_margin - p.r_margin
    p.wrap_table(["Fecha", "Código", "Servicio", "Visita del año", "Monto"],
                 [[f"{d.day:02d}-mar-2026", "97110", "Ejercicio terapéutico", f"{21 + i}.ª", n2(rate)]
                  for i, d in enumerate(visits)] + [["", "", "Total", "", n2(amt)]],
                 [W * 0.18, W * 0.12, W * 0.38, W * 0.16, W * 0.16], size=8.4,
                 aligns=["L", "L", "L", "C", "R"], bold_rows=(3,))
    p.para(f"Si usted o el terapeuta creen que contamos mal las visitas, mándennos los registros de {PT}. Como estas "
           f"visitas pasan del límite del plan, {PT} puede cobrárselas a usted.", 9.6)
    p.para(f"**Si no está de acuerdo**, usted o la persona que usted nombre puede apelar dentro de los 180 días "
           f"siguientes a la fecha de esta carta. Escriba al Comité de Apelaciones, {TRUST}, PO Box 10418, "
           f"Springfield, MO 65808.", 9.6)
    p.para(f"Atentamente,\n{clerk}\nServicios a los miembros", 9.6)
    t = truth("denial_letter", "not_covered", insurer=TRUST, plan_id="TB-2500", group=ct, member_id=eid,
              member_name=wife, cases=[c], claim_amount=m2(amt), service_dates=[iso(d) for d in visits],
              denial_date=iso(ld), provider=PT, appeal_deadline=iso(due), lang="es",
              alternates={"insurer": TRUST_ALT, "provider": [ther], "member_id": [f"{eid}-02", f"{eid}02"],
                          "service_dates": [[f"{iso(visits[0])}/{iso(visits[-1])}"]]},
              denial_alternates=["other"])
    return out(p), t


def phone_approval(rng):
    """Precertification approval with an authorized representative at the top (denies nothing)."""
    mem, fam_doc, surgeon, nurse = people(rng, 4, sexes="mffm")
    rep = f"{rng.choice(['Maren', 'Greer', 'Tamsin'])} {rng.choice('BDKLMRT')}. {split_name(mem)[2]}"
    eid = enrollee(rng)
    mid = f"{eid}-01"
    ct = contract(rng)
    ld = dt.date(2026, 5, 4)
    surg = dt.date(2026, 5, 19)
    v_to = dt.date(2026, 6, 12)
    req = f"26-{digits(rng, 4)}-{digits(rng, 3)}"
    auth_raw = "A" + lookalike(rng, 8, pairs=2)
    auth = groups(auth_raw, [3, 4])
    HOSP = "Finley River Medical Center"
    DEPT = "Same-Day Surgery Department"
    FP = "Little Sac Family Practice"
    p = EGSheet(footer="Page {n} of {nb}", footer_left="TB-PC-1 (rev. 09/2025)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Care Review Line")
    W = p.w - p.l_margin - p.r_margin
    p.set_fill_color(232, 232, 232)
    p.f(9.2, "B")
    p.multi_cell(W, 5, f" Authorized representative on file: {rep} (daughter), health care power of attorney "
                       f"received 01/12/2026. A copy of this letter was sent to her.", border=1, fill=True,
                 new_x="LMARGIN", new_y="NEXT")
    p.set_fill_color(255, 255, 255)
    p.ln(3)
    p.line(long(ld), 9.8)
    p.ln(1)
    for ln in [mem, *mo_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.under([(req, "Request #"), (auth, "Auth ref."), (mid, "Enrollee #"), (ct, "Contract"), ("TB-2500", "Plan code")],
            [W * 0.22, W * 0.2, W * 0.24, W * 0.16, W * 0.18], size=10)
    p.under([("Tue 05/19/2026", "Surgery date"), (f"{slash(ld)} - {slash(v_to)}", "Approval good for"),
             ("Outpatient (same day)", "Setting")], [W * 0.26, W * 0.4, W * 0.34], size=10)
    p.para(f"Dear Mr. {split_name(mem)[2]}:", 9.8)
    p.para(f"**Your knee surgery is approved.** Your family doctor, Dr. {fam_doc} of {FP}, sent you to "
           f"Dr. {surgeon}, an orthopaedic surgeon at {HOSP}. On {long(plus(ld, -6))} Dr. {surgeon} asked us to "
           f"approve an arthroscopic repair of the torn cartilage in your right knee (CPT 29881).", 9.8)
    p.para(f"What we approved: the surgery on {long(surg)} in the {DEPT} of {HOSP}, with anesthesia and the "
           f"facility's charges, as an outpatient. If the date changes, the surgery must still take place by "
           f"{long(v_to)}; after that the surgeon's office must call us again.", 9.6)
    p.para("Your share is figured the usual way under plan TB-2500 (deductible, then 20% coinsurance up to your "
           "out-of-pocket limit). This approval is not a promise to pay if your coverage has ended by the day of "
           "the surgery, for example because your employer's Association membership has ended.", 9.6)
    p.para(f"Our nurse, {nurse}, RN, will call you the week after the surgery. Questions: {tollfree(rng, '1-866')}.",
           9.6)
    p.para(f"Care Review Line\n{TRUST}", 9.6)
    p.para(f"cc: Dr. {surgeon}; {HOSP}, {DEPT}; Dr. {fam_doc}, {FP}; {rep}", 8.4)
    t = truth("other", None, insurer=TRUST, plan_id="TB-2500", group=ct, member_id=mid, member_name=mem,
              cases=[req, auth_raw], service_dates=[iso(surg)], denial_date=iso(ld), provider=f"Dr. {surgeon}",
              alternates={"insurer": TRUST_ALT, "member_id": [eid],
                          "provider": [surgeon, HOSP, f"{HOSP} {DEPT}", f"Dr. {fam_doc}"],
                          "case_numbers": [[req], [auth_raw]]})
    return out(p), t


def faxstd_admission(rng):
    """The administrator's letter to a hospital (via its billing agent): an emergency admission nobody called in."""
    dad, att, clerk, agent = people(rng, 4, sexes="mfmf")
    son = child_of(rng, dad, "m")
    eid = enrollee(rng)
    mid = f"{eid}-02"
    ct = contract(rng)
    ld = dt.date(2026, 5, 14)
    due = plus(ld, 60)
    adm, dis = dt.date(2026, 4, 2), dt.date(2026, 4, 5)
    amt = 18420.75
    ourfile = f"HBA-26-{lookalike(rng, 6, pairs=1)}"
    acct = f"{digits(rng, 9)}"
    HOSP = "Stockton Lake Regional Hospital"
    AGENT = "Piney Creek Claimworks"
    fax = (f"{slash(plus(ld, 1))} 14:02  HOLLOWSTONE BENEFIT ADM  {tollfree(rng, '1-888')}  ->  PINEY CREEK "
           f"CLAIMWORKS   pg {{n}}")
    p = EGSheet(footer=None, footer_left="HBA-PC-4 (rev. 03/2026)", fax_hdr=fax)
    p.set_margins(17, 13, 17)
    p.add_page()
    p.head(TPA, "HBA", [f"Claims administrator for the {TRUST}",
                        f"PO Box 7715, Springfield, MO 65801  |  Provider line {tollfree(rng)}  |  Fax "
                        f"{tollfree(rng, '1-888')}"])
    p.line(long(ld), 9.8)
    p.ln(1)
    p.pairs([("To", f"{HOSP}, business office"), ("In care of", f"{AGENT} (billing agent), attn. {agent}")],
            label_w=24, size=9.2, h=5.0)
    p.ln(2)
    p.kv_pair_boxes([("Our file", ourfile), ("Your reference", acct), ("Auth ref.", "none on file"),
                     ("Patient", f"{son} (son)")],
                    [("Enrollee #", mid), ("Contract", ct), ("Plan code", "TB-2500"),
                     ("Stay", f"{compact(adm)} - {compact(dis)}")], cap_w=28, size=8.8, cap=7.4, h=6.2)
    p.para(f"We have your claim for {son}'s stay at {HOSP}. He was admitted through your emergency room on "
           f"{iso(adm)} under the care of Dr. {att} and went home on {iso(dis)}. The charges on the claim come to "
           f"{usd_code(amt)}.", 9.4)
    p.para(f"**We are not paying this claim.** The {TRUST}'s plan asks the hospital, the patient or the family to "
           f"call the Care Review Line within two business days after an emergency admission, so that a nurse can "
           f"follow the stay. No one called about this stay; we first heard of it when your claim arrived on "
           f"{long(plus(ld, -12))}. Under the plan (section 5.4), room, board and other hospital charges for a stay "
           f"that was not called in are not paid.", 9.4)
    p.para("Under your agreement with the Trust's network, the family may not be billed for a claim refused for "
           "this reason. The physicians' own claims are handled separately.", 9.4)
    p.para(f"If a call was made, or if the patient's condition kept anyone from calling, send us the call record "
           f"or the medical records that show it. Your request for review must be postmarked on or before "
           f"{long(due)}. Mail it to {TPA}, Provider Reviews, PO Box 7715, Springfield, MO 65801.", 9.4)
    p.para(f"{clerk}, claims analyst", 9.2)
    t = truth("denial_letter", "prior_authorization", insurer=TPA, plan_id="TB-2500", group=ct, member_id=mid,
              member_name=son, cases=[ourfile], claim_amount=m2(amt), service_dates=[f"{iso(adm)}/{iso(dis)}"],
              denial_date=iso(ld), provider=HOSP, appeal_deadline=iso(due),
              alternates={"insurer": [TRUST, "Hollowstone"] + TRUST_ALT, "provider": [f"Dr. {att}", att],
                          "member_id": [eid], "service_dates": [[iso(adm), iso(dis)]]})
    return out(p), t


def rotated_appeal(rng):
    """Appeals Committee decision (final) keeping the refusal of platelet-rich plasma injections."""
    mem, doc, chair, reviewer = people(rng, 4, sexes="mfmf")
    eid = enrollee(rng)
    mid = f"{eid}-01"
    ct = contract(rng)
    dd = dt.date(2026, 5, 27)
    met = dt.date(2026, 5, 20)
    inj = [dt.date(2026, 2, 10), dt.date(2026, 2, 24)]
    amt = 1850.00
    c = claim_no(rng, dt.date(2026, 3, 3))
    docket = f"AC-2026-{rng.randint(20, 60):03d}"
    SPORT = "Sac River Sports Medicine"
    EMP = "Ridgetop Drywall Finishing Co."
    p = EGSheet(footer="Page {n} of {nb}", footer_left="TB-AC-9   Revised 11/2024")
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, "Appeals Committee")
    p.line(long(dd), 9.8)
    p.ln(1)
    for ln in [mem, *mo_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.hang([("Docket", docket), ("Claim #", c), ("Enrollee #", mid), ("Contract", f"{ct} ({EMP})"),
            ("Plan code", "TB-2500"), ("Services", f"{slash(inj[0])} and {slash(inj[1])}"),
            ("Decision", "The first decision stands")], cap_w=30, size=9.4)
    p.para(f"Dear Mr. {split_name(mem)[2]}:", 9.8)
    p.para(f"The Appeals Committee of the Board of Trustees met on {long(met)} and considered your appeal about the "
           f"two injections of platelet-rich plasma into your right shoulder that Dr. {doc} of {SPORT} gave you on "
           f"{the_nth(inj[0])} and on {the_nth(inj[1])}. {SPORT} billed {usd(amt)} for them.", 9.8)
    p.para(f"The Committee read your letter, Dr. {doc}'s notes and the report of {reviewer}, MD, an orthopaedic "
           f"surgeon who does not work for the Trust. The plan does not pay for a treatment until published studies "
           f"have shown that it works at least as well as the usual care for the same problem (Plan section 7.3, "
           f"item 22). For a torn rotator cuff, the studies of these injections are still few and small, and they "
           f"do not agree with one another. The reviewer found no study showing that they help more than physical "
           f"therapy or a steroid injection, both of which the plan pays for.", 9.6)
    p.para("**The Committee therefore keeps the decision not to pay these claims.** This is the Trust's final "
           "decision on your claim; there is no further appeal within the plan.", 9.6)
    p.para("You may ask for an external review by an independent review organization within four months after you "
           "receive this letter. You also have the right to bring a civil action under section 502(a) of ERISA. "
           "You may ask for free copies of every paper the Committee looked at.", 9.4)
    p.para(f"For the Committee,\n\n{chair}\nChair, Appeals Committee", 9.6)
    t = truth("denial_letter", "experimental", insurer=TRUST, plan_id="TB-2500", group=ct, member_id=mid,
              member_name=mem, cases=[docket, c], claim_amount=m2(amt), service_dates=[iso(d) for d in inj],
              denial_date=iso(dd), provider=SPORT,
              alternates={"insurer": TRUST_ALT, "provider": [f"Dr. {doc}", doc], "member_id": [eid],
                          "case_numbers": [[c], [docket]],
                          "service_dates": [[f"{iso(inj[0])}/{iso(inj[1])}"]]},
              denial_alternates=["not_covered"])
    return out(p), t


def photocopy_stack(rng):
    """Two-page EOB (nail-gun injury at work; page 2 sideways), a blank page, an out-of-network letter."""
    mem, uc_doc, derm, clerk = people(rng, 4, sexes="mffm")
    wife = spouse_of(rng, mem, "f", pool="en", taken=(uc_doc, derm))
    eid = enrollee(rng)
    mid = f"{eid}-01"
    ct = contract(rng)
    EMP = "Keel & Plumb Framing LLC"
    # document A: the EOB
    sd = dt.date(2026, 4, 2)
    due = plus(sd, 180)
    inj = dt.date(2026, 3, 4)
    phys = dt.date(2026, 2, 24)
    c_phys, c_inj = claim_no(rng, dt.date(2026, 3, 2)), claim_no(rng, dt.date(2026, 3, 11))
    UC = "Spring Creek Urgent Care"
    FP = "Little Sac Family Practice"
    lines = [("99213", "Office visit", 198.00), ("73130", "X-ray, hand, 3 views", 88.00),
             ("20520", "Foreign body removal", 326.00)]
    tot = sum(x[2] for x in lines)
    a = EGSheet(footer="Page {n} of {nb}", footer_left="TB-EOB-7 (rev. 02/2026)",
                run_hdr=f"{mem}  |  Enrollee # {mid}  |  Statement {iso(sd)}")
    a.set_margins(14, 13, 14)
    a.add_page()
    _head(a, rng, "Claims", box="EXPLANATION OF BENEFITS")
    a.f(9.6, "B")
    a.cell(0, 5, "This is not a bill. Keep it with your records.", new_x="LMARGIN", new_y="NEXT")
    a.ln(2)
    a.kv_pair_boxes([("Member", mem), ("Enrollee #", mid), ("Contract", ct), ("Plan code", "TB-2500")],
                    [("Statement date", iso(sd)), ("Employer", EMP), ("Claims on statement", "2"),
                     ("Questions", tollfree(rng))], cap_w=32, size=8.8, cap=7.2, h=6.0)
    W = a.w - a.l_margin - a.r_margin
    head = ["Claim #", "Date", "Provider", "Code", "Service", "Billed", "Allowed", "Plan paid", "Not paid",
            "You owe", "Rmk"]
    fr = [0.1, 0.088, 0.13, 0.055, 0.15, 0.068, 0.064, 0.064, 0.066, 0.062, 0.05]
    widths = [W * x / sum(fr) for x in fr]
    rows = [[c_phys, slash(phys), FP, "99396", "Preventive visit, 40-64", "265.00", "188.50", "188.50", "0.00",
             "0.00", "P0"]]
    for i, (cd, desc, b) in enumerate(lines):
        rows.append([c_inj if i == 0 else "", slash(inj), UC if i == 0 else "", cd, desc, n2(b), "0.00", "0.00",
                     n2(b), "0.00", "W3"])
    rows.append(["", "", "", "", "Claim total", n2(tot), "0.00", "0.00", n2(tot), "0.00", ""])
    a.wrap_table(head, rows, widths, size=7.2, aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "R", "C"],
                 bold_rows=(4,), shade_rows=(1, 2, 3))
    a.para(f"Claim {c_inj} from {UC} ({apos(inj)}, seen by {uc_doc}, PA-C) was not paid. Remark W3 on page 2 tells "
           f"you why and what to do. The preventive visit was paid in full.", 8.8)
    a.add_page()
    a.legend("What the remark codes mean", [
        ("P0", "Preventive care: paid in full at the network rate, no deductible."),
        ("W3", f"The urgent care notes say that a nail from a nail gun went into your left hand while you were "
               f"framing a house for {EMP} on {long(inj)}. The Trust does not pay for an injury that happens while "
               f"you are working for pay; your employer's workers' compensation insurer pays for it (Plan section "
               f"8.2, item 3). Please give {UC} your employer's workers' compensation information. If the injury "
               f"did not happen at work, tell us and we will look at the claim again."),
    ], size=8.2)
    a.history_box("Claims history - this plan year", ["Claim #", "Date", "Provider", "Billed", "Paid"],
                  [[claim_no(rng, dt.date(2026, 1, 27)), "01/20/2026", "Ozark Hills Lab", "142.00", "96.10"]],
                  [30, 24, 50, 20, 20], size=7.2)
    a.bar("Your right to appeal")
    a.para(f"You may appeal within 180 days of the statement date shown on page 1. Write to the {APPEALS}, and "
           f"include the claim number and any records. Someone you name in writing may appeal for you. If your "
           f"employer's workers' compensation insurer refuses the claim, send us its letter with your appeal.", 8.8)
    d_a = (out(a), truth("eob", "other", insurer=TRUST, plan_id="TB-2500", group=ct, member_id=mid, member_name=mem,
                         cases=[c_inj], claim_amount=m2(tot), service_dates=[iso(inj)], denial_date=iso(sd),
                         provider=UC, appeal_deadline=iso(due),
                         alternates={"insurer": TRUST_ALT, "provider": [uc_doc], "member_id": [eid]},
                         denial_alternates=["not_covered"]))
    # document B: out-of-network letter about the wife
    ld = dt.date(2026, 5, 6)
    due_b = plus(ld, 180)
    visit = dt.date(2026, 4, 7)
    amt = 640.00
    c_b = claim_no(rng, dt.date(2026, 4, 21))
    DERM = "Cimarron Skin Clinic"
    b = EGSheet(footer="Page {n} of {nb}", footer_left="TB-ON-2 (rev. 10/2025)")
    b.set_margins(20, 15, 20)
    b.add_page()
    _head(b, rng, "Claims")
    b.line(long(ld), 9.8)
    b.ln(1)
    for ln in [mem, *mo_address(rng)]:
        b.line(ln, 9.8)
    b.ln(3)
    Wb = b.w - b.l_margin - b.r_margin
    b.kv_box([("Patient", f"{wife} (spouse)"), ("Enrollee #", f"{eid}-02"), ("Claim #", c_b),
              ("Provider", f"{DERM}, Tulsa, Oklahoma"), ("Date of visit", apos(visit)), ("Contract", ct),
              ("Plan code", "TB-2500")], cap_w=30, w=Wb * 0.66, size=9.0, cap=7.6, h=6.0)
    b.para(f"Dear Mr. {split_name(mem)[2]}:", 9.8)
    b.para(f"{DERM} in Tulsa sent us a bill of {usd(amt)} for your wife's visit with Dr. {derm} on "
           f"{slash(visit)}. We are sorry, but the Trust will not pay it.", 9.8)
    b.para(f"Plan TB-2500 pays for care from doctors and clinics in the {NETWORK}, which covers southwest "
           f"Missouri and the nearby counties of Arkansas and Kansas. Outside that network it pays only for "
           f"emergency care. {DERM} has no agreement with the {NETWORK}, and the visit, a planned check of a mole, "
           f"was not an emergency. Dermatologists in the network are listed at the back of your plan booklet, or "
           f"call us and we will find one near you.", 9.6)
    b.para(f"You have 180 days from the date of this letter, that is, until {long(due_b)}, to ask for a review. "
           f"Write to the {APPEALS}.", 9.6)
    b.para(f"Sincerely,\n{clerk}\nClaims", 9.6)
    d_b = (out(b), truth("denial_letter", "out_of_network", insurer=TRUST, plan_id="TB-2500", group=ct,
                         member_id=f"{eid}-02", member_name=wife, cases=[c_b], claim_amount=m2(amt),
                         service_dates=[iso(visit)], denial_date=iso(ld), provider=DERM, appeal_deadline=iso(due_b),
                         alternates={"insurer": TRUST_ALT, "provider": [f"Dr. {derm}", derm],
                                     "member_id": [eid]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "lowres_letter_father_daughter_er_visit_employer_dues_lapsed_tear_off_slip", "scan_lowres_150",
             [lowres_lapse(rng)]),
        Item(F + "born_digital_eob_narrow_columns_hearing_aids_excluded_check_in_words", "born_digital",
             [bd_eob(rng)]),
        Item(F + "scan300_es_carta_esposa_terapia_fisica_visitas_21_a_23", "scan_clean_300", [scan_es_pt(rng)]),
        Item(F + "phone_precertification_approved_knee_representative_at_top", "phone_photo", [phone_approval(rng)]),
        Item(F + "faxstd_administrator_letter_hospital_billing_agent_admission_not_called_in", "fax_standard_g4",
             [faxstd_admission(rng)]),
        Item(F + "rotated_appeals_committee_docket_prp_shoulder_injections_final", "rotated", [rotated_appeal(rng)]),
    ]
    items.append(Item(F + "photocopy_stack_eob_nail_gun_injury_page_two_sideways_blank_then_out_of_network_letter",
                      "photocopy", photocopy_stack(rng), separators=["blank", None], turns={(0, 1): 90}))
    return items
