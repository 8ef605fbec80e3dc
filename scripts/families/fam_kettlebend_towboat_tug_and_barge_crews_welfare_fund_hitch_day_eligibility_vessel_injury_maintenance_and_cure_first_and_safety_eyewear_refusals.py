"""An invented welfare fund for tugboat, towboat and barge crews. The Kettlebend River & Harbor Crews Welfare
Fund is a multiemployer fund of three invented towing companies (Sawbill Marine Towing, LLC on the Ohio and
Tennessee rivers; Lowwater Barge Line, Inc. at Cairo; Carmody Harbor Tugs, Inc. in Mobile harbor), run by a Board
of Trustees with a Fund Office in Paducah, Kentucky, and administered by Pilothouse Benefit Administrators, Inc.
Participant IDs are "KR" + seven digits; a spouse or child is the participant's number plus a two-digit suffix
(printed " 02", "*03", "*01"). Employer groups KRH-210 / KRH-340 / KRH-455. The invented rules: a crew member is
covered in a month when his employers reported at least 50 hitch days for him in the three-month work period that
ends two months before it (a hitch day is a day aboard a contributing employer's vessel on a hitch, the crew-change
day included; days off between hitches never count; shipyard days count half); an injury or illness that begins
while a crew member is in the service of the vessel, travel to and from crew change included, is the vessel
owner's to pay first as maintenance and cure under the general maritime law (a public doctrine, named as itself),
while a shore illness or injury that begins on days off is the Fund's; safety eyewear and other protective
equipment are the employer's to furnish; sleep studies in a lab need precertification; non-emergency care is paid
only in the Towpath PPO network; inpatient stays are reviewed for the level of care. Every company, vessel,
official number, river mile, hospital, clinic, person, number, code, amount and time limit is invented, phones
555; real river towns with invented streets; CPT / HCPCS codes as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born digital: a two-page family benefit statement with a sidebar "Your crew record at a glance" beside the claims
  table (the participant's own ID and the dependents' " 02" / " 03" IDs in it), four claims, the wife's massage
  line refused under K9, explained only in the notes on page 2; "within 180 days of the date of this statement".
- photocopy: a two-page letter refusing a son's emergency room claim (ID "*03", the father's own ID beside it)
  because 41 of the 50 hitch days were reported: a hitch strip (days on dark, shipyard grey, days off white) and a
  hitch table broken across the pages; a self-payment offer as a decoy amount and time limit.
- rotated: the Fund's letter holding a deckhand's hand surgery claim for the vessel owner's maintenance and cure
  (hurt making up tow), values over captions in ruled boxes, a log entry and official number as decoys.
- phone photo, Spanish: a cook's sleep study in a lab without precertification ("dentro de 180 días a partir de la
  fecha de esta carta").
- 150 dpi: a notice to an out-of-network surgery center (a softball injury on days off, so the Fund's to pay, but
  not in the PPO), captions beside values in ruled boxes, two columns of prose; "within 60 days of the date of this
  notice".
- clean scan: a two-page level-of-care decision on a pilot's chest-pain stay (observation paid, inpatient refused),
  captions under the boxes, a running header on page 2; appeal "by" a printed date.
- standard fax stack: the towing company crew office's fax whose message opens "Dear Mrs. ..." (no document), the
  Fund's letter refusing prescription safety glasses (the employer's safety program), and the Fund's payment notice
  for the wife's urgent care visit (ID "*01"; denies nothing), fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundel_famlb import (LBSheet, abbr, fresh, dash, digits, dlong, dmon, dmy, dots, es_date, first_last, iso,
                               last_first, letter_cover, long, m2, money_box, n2, nopad, out, packed, people, phone,
                               plus, same_surname, short, slash, spaced, surname, tollfree, truth, upper, usd,
                               usd_es)

FAMILY = ("kettlebend_towboat_tug_and_barge_crews_welfare_fund_hitch_day_eligibility_vessel_injury_maintenance_"
          "and_cure_first_and_safety_eyewear_refusals")
LANG = "en"
SEED = 355111

FUND = "Kettlebend River & Harbor Crews Welfare Fund"
FUND_ES = "Fondo de Bienestar de las Tripulaciones de Río y Puerto Kettlebend"
FUND_ALT = ["Kettlebend River and Harbor Crews Welfare Fund", "Kettlebend River & Harbor Crews Welfare Fund Office",
            "Kettlebend Welfare Fund", "Kettlebend Crews Welfare Fund", "Kettlebend River & Harbor Crews",
            "Board of Trustees of the Kettlebend River & Harbor Crews Welfare Fund", FUND_ES]
ADMIN = "Pilothouse Benefit Administrators, Inc."
OFFICE = "Fund Office, 1400 Levee Street, Paducah, KY 42001"
SAWBILL, LOWWATER, CARMODY = "Sawbill Marine Towing, LLC", "Lowwater Barge Line, Inc.", "Carmody Harbor Tugs, Inc."
GROUPS = {SAWBILL: "KRH-210", LOWWATER: "KRH-340", CARMODY: "KRH-455"}


def pid(rng) -> str:
    return "KR" + digits(rng, 7)


def claim_no(rng, d: dt.date) -> str:
    return f"K{d:%y%j}{digits(rng, 5)}"


def on_no(rng) -> str:
    return "O.N. " + digits(rng, 7)


def home(rng):
    town, st, z = rng.choice([("Paducah", "KY", "42003"), ("Metropolis", "IL", "62960"), ("Calvert City", "KY", "42029"),
                              ("Cairo", "IL", "62914"), ("Evansville", "IN", "47712"), ("Smithland", "KY", "42081")])
    street = rng.choice(["Towhead Rd", "Lock and Dam Rd", "Fleeting Area Ln", "Bluff St", "Mooring Cell Dr",
                         "Tow Knee Ct", "Lower Landing Rd"])
    return [f"{rng.randint(105, 8870)} {street}", f"{town}, {st} {z}"]


def fund_head(p, rng, es=False):
    p.foot_left = f"{FUND}   \u00b7   {p.foot_left}" if p.foot_left else FUND
    if es:
        p.spaced_letterhead("Kettlebend", "River & Harbor Crews Welfare Fund",
                            f"{FUND_ES}  \u00b7  administrado por {ADMIN}",
                            ["Oficina del Fondo", "1400 Levee Street", "Paducah, KY 42001",
                             f"Servicios {tollfree(rng, '888')}"], spacing=3.0, size=16)
    else:
        p.spaced_letterhead("Kettlebend", "River & Harbor Crews Welfare Fund",
                            f"administered by {ADMIN} for the Board of Trustees  \u00b7  {OFFICE}",
                            ["Fund Office", "1400 Levee Street", "Paducah, KY 42001",
                             f"Member services {tollfree(rng, '888')}", f"Fax {phone(rng, '270')}"],
                            spacing=3.0, size=16)


# ---------------------------------------------------------------------------------------------------------------
def born_family_statement(rng):
    mem, wife, son, uc_doc, ped, dc, lab_doc = people(rng, 7, 2, "MFMFMMF")
    last = surname(mem)
    wife, son = same_surname(wife, last), same_surname(son, last)
    num = pid(rng)
    id_w, id_s = f"{num} 02", f"{num} 03"
    sd = dt.date(2026, 5, 14)
    d_uc, d_ped, d_dc, d_lab = dt.date(2026, 4, 13), dt.date(2026, 4, 20), dt.date(2026, 4, 22), dt.date(2026, 4, 24)
    clinic = "Hollow Bend Chiropractic"
    claims = [
        (claim_no(rng, d_uc), mem, "Tow Landing Urgent Care", uc_doc, d_uc,
         [("Office visit, est.", "99213", 168.00, 118.40, "P1"), ("Strep test", "87880", 38.00, 16.10, "P1")]),
        (claim_no(rng, d_ped), son, "Kettle Creek Pediatrics", ped, d_ped,
         [("Well child, 5-11", "99393", 226.00, 171.35, "W1"), ("Vaccine admin", "90460", 41.00, 24.80, "W1")]),
        (claim_no(rng, d_dc), wife, clinic, dc, d_dc,
         [("Spinal manip., 3-4", "98941", 72.00, 48.60, "C2"), ("Manual therapy", "97140", 64.00, 39.90, "C2"),
          ("Massage", "97124", 58.00, None, "K9")]),
        (claim_no(rng, d_lab), wife, "Riverbend Reference Lab", lab_doc, d_lab,
         [("Lipid panel", "80061", 54.00, 19.25, "P1"), ("TSH", "84443", 62.00, 21.70, "P1")]),
    ]
    rows, tb, tp, ty = [], 0.0, 0.0, 0.0
    for cno, pat, prov, rend, d, lines in claims:
        rows.append(("group", f"{pat}  \u00b7  {prov}  \u00b7  {rend}  \u00b7  Claim {cno}"))
        cb = cp = cy = 0.0
        for desc, code, b, al, note in lines:
            if al is None:
                rows.append([short(d), f"{code} {desc}", n2(b), "0.00", "0.00", n2(b), note])
                cb, cy = cb + b, cy + b
                continue
            pd = round(al * (0.8 if note == "C2" else 1.0), 2)
            rows.append([short(d), f"{code} {desc}", n2(b), n2(al), n2(pd), n2(round(al - pd, 2)), note])
            cb, cp, cy = cb + b, cp + pd, cy + round(al - pd, 2)
        rows.append(("bold", ["", "Claim total", n2(cb), "", n2(cp), n2(cy), ""]))
        tb, tp, ty = tb + cb, tp + cp, ty + cy
    den = claims[2]
    den_b = sum(x[2] for x in den[5])
    p = LBSheet(footer="Page {n} of {nb}", footer_left=f"KRH-BS-2  \u00b7  issued {slash(sd)}",
                running=f"{last_first(mem)}    {num[:2]} {num[2:]}    Benefit statement of {dmy(sd)}")
    p.set_margins(14, 14, 14)
    p.add_page()
    fund_head(p, rng)
    p.f(14, "B")
    p.cell(0, 7, "Family Benefit Statement", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 4.6, f"Statement date {long(sd)}   \u00b7   This is not a bill", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    p.address([mem, *home(rng)], 9.8)
    yb = money_box(p, "Claims on this statement", [("Billed by providers", usd(tb)), ("Paid by the Fund", usd(tp)),
                                                   ("Your share", usd(ty))], x=p.l_margin + p.W - 82, y=y0, w=82)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 3)
    side_w = 52
    tw = p.W - side_w - 4
    widths = [14, 40, 16, 16, 16, 16]
    widths.append(tw - sum(widths))
    yt = p.get_y()
    p.grid(["Date", "Service", "Billed", "Fund allows", "Fund paid", "Your share", "Note"], rows, widths,
           ["L", "L", "R", "R", "R", "R", "C"], size=7.0, row_h=4.6)
    yend = p.get_y()
    p.sidebar_box("Your crew record at a glance", [
        ("Participant", mem), ("Participant ID", f"{num[:2]} {num[2:]}"),
        ("Employer / group", f"{SAWBILL}  {GROUPS[SAWBILL]}"),
        ("Vessel", "M/V Garnet Sawbill  (" + on_no(rng) + ")"),
        ("Rotation", "28 days on / 14 days off"),
        ("Hitch days reported, Jan-Mar 2026", "61  (50 needed)"),
        ("Covered through", long(dt.date(2026, 6, 30))),
        ("Spouse", f"{first_last(wife)}\n{id_w}"),
        ("Child", f"{first_last(son)}\n{id_s}"),
        ("Family deductible", "$300.00 met"),
    ], x=p.l_margin + tw + 4, y=yt, w=side_w, size=7.2)
    p.set_xy(p.l_margin, max(yend, p.get_y()) + 2)
    p.f(8.4, "B")
    p.cell(0, 4.6, f"Statement totals: billed {n2(tb)}, Fund paid {n2(tp)}, your share {n2(ty)}",
           new_x="LMARGIN", new_y="NEXT")
    p.add_page()
    p.heading("What the notes mean", 10.5, rule=True)
    for code, text in [
        ("P1", "Paid at the Towpath PPO rate after the deductible; a network provider may not bill you more."),
        ("W1", "Preventive care for a child, paid in full."),
        ("C2", "Chiropractic care: the Fund pays 80% of its allowance, up to 20 visits a year."),
        ("K9", "Massage therapy is not a covered service, even when a chiropractor or therapist gives it. See "
               "Exclusions in your Summary Plan Description."),
        ("M4", "Injury or illness that began in the service of the vessel: bill the vessel owner first for "
               "maintenance and cure."),
    ]:
        p.f(8.6, "B")
        p.cell(12, 4.6, code)
        p.f(8.6)
        p.multi_cell(p.W - 12, 4.4, text, new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
    p.heading("If you disagree", 10.5, rule=True)
    p.para("You may appeal any claim on this statement to the Board of Trustees. Your appeal must be in writing and "
           f"filed within 180 days of the date of this statement. Send it to the {OFFICE}, with the claim number. "
           "You may see and copy the plan documents and records used to decide your claim at no cost.", 8.8)
    p.para("How the PPO rate works: a Towpath PPO doctor who charges $245.00 for a visit the Fund rates at $152.00 "
           "writes off the $93.00 difference; you owe only your deductible and coinsurance on the $152.00. Keep "
           "this statement with your tax papers.", 8.6)
    t = truth("eob", "not_covered", insurer=FUND, group=GROUPS[SAWBILL], member_id=id_w.replace(" ", ""),
              member_name=wife, cases=[den[0]], claim_amount=m2(den_b), service_dates=[iso(d_dc)],
              denial_date=iso(sd), provider=dc, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": FUND_ALT, "provider": [clinic, f"Dr. {dc}"], "claim_amount": [m2(58.00)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_hitch_days(rng):
    mem, son, er_doc, officer = people(rng, 4, 2, "MMFF")
    last = surname(mem)
    son = same_surname(son, last)
    num = pid(rng)
    sid = f"{num}*03"
    er_d = dt.date(2026, 6, 7)
    hosp = "Cumberland Bend Medical Center"
    cno = claim_no(rng, er_d)
    billed = 2318.40
    ld = dt.date(2026, 7, 2)
    recv = dt.date(2026, 6, 22)
    hitches = [("A", "M/V Lowwater Pride", dt.date(2026, 1, 6), dt.date(2026, 1, 30), "on"),
               ("B", "M/V Lowwater Pride (shipyard, Paducah)", dt.date(2026, 2, 21), dt.date(2026, 2, 28), "yard"),
               ("B", "M/V Lowwater Pride", dt.date(2026, 3, 1), dt.date(2026, 3, 12), "on")]
    counted = 0.0
    trows = []
    prev_end = None
    for h, vessel, a, b, kind in hitches:
        days = (b - a).days + 1
        if prev_end and (a - prev_end).days > 1:
            off = (a - prev_end).days - 1
            trows.append(["", "Days off between hitches", f"{dmon(plus(prev_end, 1))}", f"{dmon(plus(a, -1))}",
                          str(off), "0"])
        c = days / 2 if kind == "yard" else days
        counted += c
        trows.append([h, vessel, dmon(a), dmon(b), str(days), f"{c:g}"])
        prev_end = b
    trows.insert(3, ("break",))
    trows.append(["", "Days off after hitch B", dmon(dt.date(2026, 3, 13)), dmon(dt.date(2026, 3, 31)), "19", "0"])
    trows.append(("bold", ["", "Hitch days counted, January - March 2026", "", "", "", f"{counted:g}"]))
    assert counted == 41
    p = LBSheet(footer="Page {n} of {nb}", footer_left=f"KRH-EL-5   {cno}",
                running=f"{last.upper()}, {parts_first(mem).upper()}   {num[:2]} {num[2:]}   {dots(ld)}   page {{n}}")
    p.set_margins(18, 15, 18)
    p.add_page()
    fund_head(p, rng)
    p.f(9.6)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([mem, *home(rng)], 9.6)
    p.pairs([("Participant", f"{mem}    ID {num[:2]} {num[2:]}"), ("Patient", f"{son} (son)    ID {sid}"),
             ("Employer group", f"{LOWWATER}  {GROUPS[LOWWATER]}"), ("Claim", cno), ("Provider", hosp),
             ("Date of service", f"{slash(er_d)} (emergency room)"), ("Billed", usd(billed)),
             ("Received", slash(recv))], label_w=36, size=9, h=4.9)
    p.ln(2)
    p.para(f"Dear Mr. {last}:", 9.6)
    p.para(f"We received {hosp}'s claim for {first_last(son)}'s emergency room visit on {long(er_d)}. We are sorry, but "
           "the Fund cannot pay it, because you and your family were not eligible for benefits in June 2026.", 9.4)
    p.para("Under the Fund's rules, you are covered in a month when your employers report at least 50 hitch days for "
           "you in the three-month work period that ends two months before that month. Coverage for June depends on "
           "January, February and March. A hitch day is a day aboard a contributing employer's vessel on a hitch, "
           "including the crew-change day. Days off between hitches do not count, and days while the vessel is in "
           "the shipyard count as half days.", 9.4)
    p.para(f"{LOWWATER} reported 41 hitch days for you in January through March 2026, 9 fewer than the 50 "
           "needed. The strip and the table show what was reported.", 9.4)
    p.hitch_strip("Days reported, January - March 2026", dt.date(2026, 1, 1), dt.date(2026, 3, 31),
                  [(a, b, k) for _, _, a, b, k in hitches], note="Dark: hitch days aboard. Grey: shipyard days "
                  "(half days). White: days off.")
    W = p.W
    p.grid(["Hitch", "Vessel", "Joined", "Left", "Days", "Counted"], trows, [14, 74, 24, 24, 16, W - 152],
           ["L", "L", "L", "L", "R", "R"], size=8.2, row_h=5.2, cont="Hitch days reported (continued)")
    p.heading("Keeping coverage", 11, rule=True)
    p.para("You may pay for June coverage yourself. The self-payment for one month is $612.00 and must reach the "
           "Fund Office within 30 days of this letter. If we receive it, we will pay this claim. Coverage starts "
           "again on its own in any month for which you earn 50 hitch days.", 9.2)
    p.heading("Your right to appeal", 11, rule=True)
    p.para("If you think the hitch days are wrong or that we misread the rules, you may appeal to the Board of "
           "Trustees within 180 days of the date of this letter. Send copies of your pay stubs or the vessel's crew "
           f"list if your employer missed any days. Write to the {OFFICE}.", 9.2)
    p.signoff(["Sincerely,", officer, "Eligibility Department", f"{ADMIN}, for the Fund"], 9.2)
    t = truth("denial_letter", "eligibility", insurer=FUND, group=GROUPS[LOWWATER], member_id=sid, member_name=son,
              cases=[cno], claim_amount=m2(billed), service_dates=[iso(er_d)], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(plus(ld, 180)), alternates={"insurer": FUND_ALT})
    return out(p), t


def parts_first(full: str) -> str:
    return full.split()[0]


# ---------------------------------------------------------------------------------------------------------------
def rotated_vessel_injury(rng):
    mem, surgeon, mate, examiner = people(rng, 4, 2, "MMMF")
    num = pid(rng)
    hurt = dt.date(2026, 4, 28)
    surg = dt.date(2026, 5, 5)
    center = "Dauphin Bay Surgery Center"
    practice = "Gulf Hand & Upper Extremity"
    cno = claim_no(rng, surg)
    billed = 14260.00
    ld = dt.date(2026, 5, 29)
    recv = dt.date(2026, 5, 19)
    p = LBSheet(footer="Page {n} of {nb}", footer_left=f"KRH-MC-1  \u00b7  {cno}")
    p.set_margins(18, 15, 18)
    p.add_page()
    fund_head(p, rng)
    p.f(9.6)
    p.cell(0, 5, dmy(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([mem, *home(rng)], 9.6)
    p.cap_boxes([(mem, "participant", 2.6), (f"{num[:2]} {num[2:]}", "participant id", 1.5),
                 (GROUPS[CARMODY], "employer group", 1.3)], where="below")
    p.cap_boxes([(cno, "claim number", 1.6), (f"Dr. {surgeon}, {practice}", "treating surgeon", 3.0),
                 (upper(surg), "date of surgery", 1.4)], where="below")
    p.cap_boxes([(usd(billed), "billed", 1.3), (slash(recv), "claim received", 1.3), (slash(hurt), "date of injury",
                                                                                      1.3),
                 ("Tug Jessamine C", "vessel", 1.6)], where="below")
    p.ln(1)
    p.para(f"Dear Mr. {surname(mem)}:", 9.6)
    p.para(f"We received the claim for the surgery on your left hand done by Dr. {surgeon} at {center} on "
           f"{long(surg)}. Your injury report says you hurt your hand on {long(hurt)} while making up tow aboard the "
           f"Tug Jessamine C, when a line came tight and caught your hand against a timberhead.", 9.4)
    p.para("Because you were hurt while in the service of the vessel, your employer, as owner of the Tug Jessamine "
           f"C, owes you maintenance and cure under the general maritime law. Cure pays your medical care. Under the "
           f"Fund's rules, the vessel owner must pay first, so the Fund is not paying this claim now. We have sent a "
           f"copy of the claim to {CARMODY}'s crew claims office.", 9.4)
    p.f(8)
    p.set_fill_color(240, 240, 240)
    p.multi_cell(p.W, 4, f"From the vessel's report: Log entry {packed(hurt)} 1415 hrs, Tug Jessamine C "
                 f"({on_no(rng)}), Mobile River mile 3.2, deckhand {mem} injured L hand making up tow. Mate on watch: "
                 f"{mate}. Crew member sent to {center} by company car.", border=1, fill=True,
                 new_x="LMARGIN", new_y="NEXT")
    p.set_fill_color(255, 255, 255)
    p.ln(2)
    p.heading("What happens next", 10.5, rule=True)
    p.bullets([f"Ask {practice} and {center} to bill {CARMODY} for your care.",
               "If the vessel owner refuses to pay maintenance and cure in writing, send us a copy. The Fund will "
               "then pay the claim under its usual rules, and you will sign an agreement to repay the Fund from any "
               "later recovery.",
               "Keep your own copies of the injury report and every bill."], 9.0)
    p.heading("Your right to appeal", 10.5, rule=True)
    p.para("You may appeal this decision to the Board of Trustees within 180 days of the date of this letter. Write "
           f"to the {OFFICE}, and tell us why you think the injury did not happen in the service of the vessel.", 9.2)
    p.signoff(["Sincerely,", examiner, "Claims Department", f"{ADMIN}, for the Fund"], 9.2)
    t = truth("denial_letter", "other", insurer=FUND, group=GROUPS[CARMODY], member_id=num, member_name=mem,
              cases=[cno], claim_amount=m2(billed), service_dates=[iso(surg)], denial_date=iso(ld),
              provider=surgeon, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": FUND_ALT, "provider": [f"Dr. {surgeon}", practice, center]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_sleep_study(rng):
    mem, = people(rng, 1, 2, "M", es=True)
    sleep_doc, examiner = people(rng, 2, 2, "FF")
    num = pid(rng)
    lab = "Paducah Sleep Disorders Center"
    st = dt.date(2026, 5, 19)
    cno = claim_no(rng, st)
    billed = 3185.00
    ld = dt.date(2026, 6, 16)
    p = LBSheet(footer="Página {n} de {nb}", footer_left=f"KRH-ES-7  {cno}")
    p.set_margins(18, 15, 18)
    p.add_page()
    fund_head(p, rng, es=True)
    p.f(9.6)
    p.cell(0, 5, f"Paducah, Kentucky, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([f"Sr. {mem}", *home(rng)], 9.6)
    p.boxed_pairs([("Participante", mem), ("Número de participante", num), ("Empleador",
                                                                           f"{SAWBILL}  (grupo {GROUPS[SAWBILL]})"),
                   ("Puesto", "cocinero, M/V Ida Sawbill"), ("Número de reclamación", cno),
                   ("Proveedor", lab), ("Servicio", "estudio del sueño en laboratorio (CPT 95810)"),
                   ("Fecha del servicio", es_date(st)), ("Cargos", usd_es(billed))], label_w=56, size=9)
    p.para(f"Estimado Sr. {surname(mem)}:", 9.6)
    p.para(f"Recibimos la reclamación de {lab} por el estudio del sueño que le hicieron la noche del "
           f"{es_date(st)}, ordenado por la Dra. {sleep_doc}. El Fondo no puede pagarla.", 9.4)
    p.para("Las reglas del Fondo piden una precertificación antes de cualquier estudio del sueño en laboratorio. "
           "Ni usted ni el centro la pidieron antes del estudio. Por esa razón el estudio no se paga. Un estudio del "
           "sueño en casa no necesita precertificación; si su médica le pide más estudios, llame antes al "
           f"{tollfree(rng, '888')}.", 9.4)
    p.para("Esta decisión no dice que el estudio no era necesario. Si el centro pide la precertificación ahora, "
           "revisaremos los récords y le diremos si se habría aprobado.", 9.4)
    p.heading("Su derecho a apelar", 10.5)
    p.para("Usted puede apelar ante la Junta de Fideicomisarios dentro de 180 días a partir de la fecha de esta "
           "carta. Escriba a la Oficina del Fondo, 1400 Levee Street, Paducah, KY 42001, y diga por qué no está de "
           "acuerdo. Puede pedir copias gratis de los documentos del plan.", 9.4)
    p.signoff(["Atentamente,", examiner, f"Departamento de Reclamaciones, {ADMIN}"], 9.2)
    t = truth("denial_letter", "prior_authorization", insurer=FUND, group=GROUPS[SAWBILL], member_id=num,
              member_name=mem, cases=[cno], claim_amount=m2(billed), service_dates=[iso(st)], denial_date=iso(ld),
              provider=lab, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": FUND_ALT, "provider": [sleep_doc, f"Dra. {sleep_doc}"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_out_of_network(rng):
    mem, surgeon, examiner = people(rng, 3, 2, "MMF")
    num = pid(rng)
    asc = "Riverfront Ambulatory Surgery Center, LLC"
    sd = dt.date(2026, 5, 27)
    hurt = dt.date(2026, 5, 16)
    cno = claim_no(rng, sd)
    billed = 8975.00
    ld = dt.date(2026, 6, 24)
    p = LBSheet(footer="{n}", footer_left=f"KRH-PN-3 \u00b7 {cno}")
    p.set_margins(17, 15, 17)
    p.add_page()
    fund_head(p, rng)
    p.f(9.6)
    p.cell(0, 5, f"Notice date: {slash(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([asc, "Attn: Patient Accounts", "2200 Riverside Dr, Suite 100", "Evansville, IN 47708"], 9.6)
    p.cap_boxes([(mem, "patient / participant", 2.4), (num, "participant id", 1.8), (cno, "claim", 1.8)],
                where="beside")
    p.cap_boxes([(f"Dr. {surgeon}", "surgeon", 2.2), ("29881", "cpt", 1.0), (slash(sd), "date of service", 1.6),
                 (n2(billed), "billed", 1.6)], where="beside")
    p.cap_boxes([(f"NPI {digits(rng, 10)}", "facility", 1.8), (f"TIN {digits(rng, 2)}-{digits(rng, 7)}", "facility",
                                                                 1.8),
                 (slash(hurt), "date of injury", 1.6), (GROUPS[LOWWATER], "group", 1.2)], where="beside")
    p.ln(1)
    p.f(12, "B")
    p.cell(0, 6, "Notice of claim decision to the provider", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.twocol([
        "To the business office:",
        f"We have reviewed your claim for the knee arthroscopy you performed on {mem} on {long(sd)}. The "
        "participant's injury report shows that he twisted his knee playing softball at home during his days off, "
        "so this is a shore injury and the Fund, not the vessel owner, decides the claim.",
        "## Decision",
        f"The Fund does not pay this claim. {asc} is not in the Towpath PPO network, and the Fund pays "
        "non-emergency care only at network providers. The surgery was scheduled eleven days after the injury and "
        "was not an emergency.",
        "Network surgery centers were available to the participant; the nearest is 14 miles from your center. "
        "The participant was told of the network rule in the Summary Plan Description and on his ID card.",
        "## Billing the participant",
        "You are not bound by a network agreement with the Fund. Any amount you collect from the participant is "
        "between you and him.",
        "## Appeal",
        "The participant, or you with his written consent, may appeal to the Board of Trustees within 60 days of "
        f"the date of this notice. Write to the {OFFICE}, or fax the appeal to the Fund Office. Include the "
        "operative report and any records that show the care could not wait.",
        f"{examiner}\nProvider Claims, {ADMIN}\nfor the Board of Trustees",
    ], size=8.8)
    p.f(7.2)
    p.multi_cell(p.W, 3.4, f"Copy to participant: {mem}. This notice is issued by the {FUND}.", new_x="LMARGIN",
                 new_y="NEXT")
    t = truth("denial_letter", "out_of_network", insurer=FUND, group=GROUPS[LOWWATER], member_id=num,
              member_name=mem, cases=[cno], claim_amount=m2(billed), service_dates=[iso(sd)], denial_date=iso(ld),
              provider=asc, appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": FUND_ALT, "provider": ["Riverfront Ambulatory Surgery Center", surgeon,
                                                            f"Dr. {surgeon}"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan_level_of_care(rng):
    mem, cardio, reviewer, examiner = people(rng, 4, 2, "MFMF")
    num = pid(rng)
    hosp = "Mercy Landing Hospital"
    a, b = dt.date(2026, 3, 22), dt.date(2026, 3, 24)
    off = dt.date(2026, 3, 19)
    cno = claim_no(rng, b)
    billed = 21640.75
    ld = dt.date(2026, 4, 21)
    dl = dt.date(2026, 9, 18)
    ref = f"UR-{digits(rng, 6)}"
    p = LBSheet(footer="Page {n} of {nb}", footer_left="KRH-LOC-2 (2025)",
                running=f"{mem}  \u00b7  ID {num}  \u00b7  Claim {cno}  \u00b7  Review {ref}")
    p.set_margins(18, 15, 18)
    p.add_page()
    fund_head(p, rng)
    p.f(9.6)
    p.cell(0, 5, dmon(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([mem, *home(rng)], 9.6)
    p.cap_boxes([(mem, "participant (patient)", 2.4), (num, "id number", 1.6), (GROUPS[SAWBILL], "group", 1.2)],
                where="below")
    p.cap_boxes([(hosp, "hospital", 2.4), (f"{dmon(a)} to {dmon(b)}", "stay", 2.0), (ref, "review no.", 1.2)],
                where="below")
    p.cap_boxes([(cno, "claim", 1.6), (usd(billed), "hospital charges", 1.6), (iso(off), "off hitch", 1.3),
                 ("M/V Ida Sawbill", "last vessel", 1.6)], where="below")
    p.heading("Decision on the level of care for your hospital stay", 11.5)
    p.para(f"Dear Mr. {surname(mem)}:", 9.6)
    p.para(f"You went to {hosp}'s emergency room with chest pain on {long(a)}, three days after you came off your "
           f"hitch on the M/V Ida Sawbill. Because your symptoms began on your days off, this is a shore illness "
           "and the Fund, not Sawbill Marine Towing, pays for it.", 9.4)
    p.para(f"The hospital admitted you as an inpatient and you went home on {long(b)}. Our nurse reviewer and Dr. "
           f"{reviewer}, a cardiologist who reviews claims for the Fund, read the hospital records. Your heart tests "
           "were normal by the morning after you arrived, and you needed monitoring and repeat blood tests, not "
           "inpatient hospital care. That care is given in observation status.", 9.4)
    p.para("We approved the stay as observation care and will pay the hospital at the Fund's observation rate. We "
           "did not approve inpatient care for the stay. The hospital's charges that are more than the observation "
           "rate are part of this decision.", 9.4)
    p.grid(["Day", "Date", "What the records show", "Level approved"],
           [["1", dmy(a), "Chest pain, ECG normal, troponin x2 normal", "Observation"],
            ["2", dmy(plus(a, 1)), "Stress test normal; on room air; walking", "Observation"],
            ["3", dmy(b), "Discharged home 10:40", "Observation"]],
           [12, 28, 100, p.W - 140], ["C", "L", "L", "L"], size=8.4, row_h=5.4)
    p.add_page()
    p.heading("Your right to appeal", 11, rule=True)
    p.para(f"You, or Dr. {cardio} or the hospital with your written consent, may appeal this decision to the "
           f"Board of Trustees. We must receive your appeal by {long(dl)}. Write to the {OFFICE}. A doctor who did "
           "not take part in this decision will review it. If your doctor says that waiting would put your health "
           "at serious risk, call us and ask for a fast review; we answer those within 72 hours.", 9.2)
    p.para("You may ask for free copies of the records and the criteria we used. The Fund paid the emergency room "
           "visit and the doctors' claims separately; they are not part of this decision.", 9.2)
    p.signoff(["Sincerely,", examiner, "Utilization Review", f"{ADMIN}, for the Fund"], 9.2)
    t = truth("denial_letter", "level_of_care", insurer=FUND, group=GROUPS[SAWBILL], member_id=num, member_name=mem,
              cases=[cno, ref], claim_amount=m2(billed), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(ld),
              provider=hosp, appeal_deadline=iso(dl),
              alternates={"insurer": FUND_ALT, "case_numbers": [[cno], [ref]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    mem, wife, clerk, optom, uc_doc, examiner = people(rng, 6, 2, "MFFMFF")
    last = surname(mem)
    wife = same_surname(wife, last)
    num = pid(rng)
    wid = f"{num}*01"
    opt = "Towhead Optical"
    od = dt.date(2026, 4, 30)
    c1 = claim_no(rng, od)
    b1 = 386.00
    ld1 = dt.date(2026, 5, 21)
    uc_d = dt.date(2026, 5, 9)
    c2 = claim_no(rng, uc_d)
    b2, p2 = 412.00, 278.40
    ld2 = dt.date(2026, 5, 28)
    cover = letter_cover(
        [SAWBILL, f"Crew Office  \u00b7  88 Fleeting Area Ln, Paducah, KY 42003  \u00b7  {phone(rng, '270')}"],
        [("To:", f"Mrs. {first_last(wife)}"), ("Fax:", phone(rng, "270")), ("From:", clerk),
         ("Date:", short(plus(ld2, 4))), ("Pages:", "3 (cover + 2)"), ("Re:", "mail for " + first_last(mem))],
        [f"Dear Mrs. {last},",
         f"{first_last(mem).split()[0]} called from the M/V Garnet Sawbill this morning and asked me to fax you the "
         "two letters from the welfare fund that came to the crew office for him. He is due off the boat on the "
         "12th.",
         "About the glasses: our safety program pays for safety glasses through the company store, up to $150.00 a "
         "year. Bring the receipt to the office and we will see what we can do.",
         "The other letter is about your visit to the urgent care. It looks like the Fund paid it."],
        ["Take care,", clerk, "Crew Office"],
        "This fax is for the person named above. If you are not that person, please call the Crew Office and "
        "destroy these pages.")

    # document 1: prescription safety glasses refused
    p = LBSheet(footer="Page {n} of {nb}", footer_left=f"KRH-DL-9  {c1}")
    p.set_margins(18, 15, 18)
    p.add_page()
    fund_head(p, rng)
    p.f(9.6)
    p.cell(0, 5, abbr(ld1), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([mem, "c/o Sawbill Marine Towing, LLC, Crew Office", "88 Fleeting Area Ln", "Paducah, KY 42003"], 9.6)
    p.pairs([("Participant ID", num), ("Group", f"{GROUPS[SAWBILL]} ({SAWBILL})"), ("Claim", c1),
             ("Provider", f"{opt} ({optom}, OD)"), ("Date of service", dash(od)), ("Amount billed", n2(b1))],
            label_w=40, size=9.2, h=5)
    p.ln(2)
    p.para(f"Dear Mr. {last}:", 9.6)
    p.para(f"We received {opt}'s claim for prescription safety glasses: safety frames marked Z87, lenses and side "
           "shields. We are not able to pay it.", 9.4)
    p.grid(["Item", "Code", "Billed"],
           [["Safety frame, Z87.1", "V2020", "168.00"], ["Single vision lenses, polycarbonate, pair", "V2100",
                                                           "174.00"],
            ["Side shields, pair", "V2799", "44.00"], ("bold", ["Total", "", n2(b1)])],
           [110, 30, p.W - 140], ["L", "L", "R"], size=8.6, row_h=5.4)
    p.para("Safety glasses, hearing protection, safety boots and other protective equipment are tools of the job. "
           "Your employer furnishes them under its safety program, and the Fund's plan excludes them. The Fund pays "
           "for one eye exam and one pair of regular glasses every 24 months; your exam on the same day was paid "
           "separately.", 9.4)
    p.para("You may appeal this decision to the Board of Trustees within 180 days of the date of this letter. Write "
           f"to the {OFFICE}.", 9.4)
    p.signoff(["Sincerely,", examiner, "Claims Department"], 9.2)
    d1 = (out(p), truth("denial_letter", "not_covered", insurer=FUND, group=GROUPS[SAWBILL], member_id=num,
                        member_name=mem, cases=[c1], claim_amount=m2(b1), service_dates=[iso(od)],
                        denial_date=iso(ld1), provider=opt, appeal_deadline=iso(plus(ld1, 180)),
                        alternates={"insurer": FUND_ALT, "provider": [optom, f"{optom}, OD"]}))

    # document 2: payment notice for the wife's visit (denies nothing), fed upside down
    q = LBSheet(footer=None)
    q.set_margins(18, 15, 18)
    q.add_page()
    fund_head(q, rng)
    q.f(13.5, "B")
    q.cell(0, 7, "Claim Payment Notice", new_x="LMARGIN", new_y="NEXT")
    q.f(9.2)
    q.cell(0, 5, f"Date: {nopad(ld2)}", new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    q.address([mem, "c/o Sawbill Marine Towing, LLC, Crew Office", "88 Fleeting Area Ln", "Paducah, KY 42003"], 9.4)
    q.cap_boxes([(wife, "patient", 2.4), (wid, "patient id", 1.6), (f"{num[:2]} {num[2:]}", "participant id", 1.6)],
                where="below")
    q.para(f"The Fund has paid the claim below for {first_last(wife)}. The payment was sent to the provider.", 9.4)
    q.grid(["Claim", "Provider", "Date", "Billed", "Allowed", "Paid", "Your share"],
           [[c2, "Lockmaster Urgent Care", short(uc_d), n2(b2), "348.00", n2(p2), "69.60"]],
           [30, 48, 18, 20, 20, 20, q.W - 156], ["L", "L", "L", "R", "R", "R", "R"], size=8.4, row_h=5.6)
    q.pairs([("Seen by", f"{uc_doc}, PA-C"), ("Services", "99214 office visit; 71046 chest x-ray"),
             ("Payment", f"EFT {digits(rng, 9)} on {short(plus(ld2, -1))}")], label_w=30, size=9, h=5)
    q.ln(2)
    q.para("Your share is the 20% coinsurance after the deductible. Please pay it to the provider when you get a "
           "bill. Questions: call member services.", 9.2)
    d2 = (out(q), truth("other", None, insurer=FUND, member_id=wid, member_name=wife, cases=[c2],
                        claim_amount=m2(b2), service_dates=[iso(uc_d)], denial_date=iso(ld2),
                        provider="Lockmaster Urgent Care",
                        alternates={"insurer": FUND_ALT, "provider": [uc_doc]}))
    return cover, [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh(2)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_family_statement_sidebar_suffix_ids_k9",
             "born_digital", [born_family_statement(rng)]),
        Item(F + "photocopy_hitch_days_son_star_03_table_continued", "photocopy",
             [photocopy_hitch_days(rng)]),
        Item(F + "rotated_hand_surgery_maintenance_and_cure_first", "rotated",
             [rotated_vessel_injury(rng)]),
        Item(F + "phone_es_estudio_del_sueno_sin_precertificacion", "phone_photo",
             [phone_es_sleep_study(rng)]),
        Item(F + "lowres_out_of_network_surgery_center_two_columns",
             "scan_lowres_150", [lowres_out_of_network(rng)]),
        Item(F + "scan_chest_pain_observation_not_inpatient", "scan_clean_300",
             [scan_level_of_care(rng)]),
    ]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_dear_cover_safety_glasses_then_payment_upside_down",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(1, 0): 180}))
    return items
