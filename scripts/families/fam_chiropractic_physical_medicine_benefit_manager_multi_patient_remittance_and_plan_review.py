"""An invented chiropractic and physical medicine benefit manager (Marlowgate Physical Medicine Management) that
decides and pays chiropractic, physical therapy and massage claims for several health plans (a mutual insurer, a
freight company's employee plan, a city's employee plan) and reviews the treatment plans offices must send before
visits go past an evaluation. It pays a chiropractic clinic (Kestrelbrook Chiropractic & Rehab) and a physical
therapy clinic (Corrowen Street Physical Therapy) whose claims a billing service (Tallyhoe Claims Billing) sends;
remittances to them list several patients of different plans, each with its own group. CPT codes appear as
themselves; the manager, the plans, their visit limits, filing limits and every other time limit, remark codes,
clinics, the decompression centre, every person, number and address are invented. Reasons are put in the
writer's own words; no heading names the kind of denial.

Documents (8 in 7 files):
- faxstd_remittance_four_patients_office_xray_not_bought: a landscape remittance on a standard fax with captions
  above their boxes ("Payee (billing svc)", "Remit Dt", "Remit #", "EFT #", a check-protected "Amt Pd"): four
  patients of four plans, billed / allowed / paid / pt resp, claim totals and TOTALS; one row, a lumbar X-ray taken
  on the clinic's own unit, pays 0.00 under X9 whose legend says that plan buys spine films only from imaging sites
  (not_covered); "within 90 days of the Remit Dt".
- lowres_treatment_plan_eight_of_eighteen_visits: a 150 dpi letter to a chiropractor with short captions BELOW
  their boxes ("Ltr Dt" as 05-APR-2026, "Rev #", "Plan rcvd", "Fax conf.", "Pt", "Mbr", "Grp", "Pln"): 8 of 18
  visits approved, the other 10 "05/04/26 thru 05/29/26" refused because the re-exam findings call for a short run
  of care (medical_necessity); a peer-call date as a decoy; "within 60 days of the Ltr Dt".
- photocopy_plan_eob_massage_and_manual_therapy_same_minutes: a photocopied EOB on a client plan's letterhead (the
  manager only named as reviewer) with a COPY stamp: one claim of two visits, discount / not covered in
  parentheses / plan paid / you owe; the massage row of the second visit refused because it was billed for the same
  minutes as manual therapy (coding_error); the subscriber beside the spouse who was treated.
- phone_es_fisioterapia_lesion_en_el_trabajo: a photographed Spanish letter with a reference box: six physical
  therapy visits "del 2 al 13 de marzo" refused because the shoulder was hurt at work and the employer's workers'
  compensation must pay first (other); ISO dates in the table, "984,00 dólares" in the text.
- rotated_statement_two_visits_paid: a member statement with captions under the boxes and a ledger, everything paid,
  visits used as a decoy, fed sideways (denies nothing).
- born_digital_pt_visits_before_plan_of_care_arrived: a letter with the address beside a reference box and a
  parties box (therapist, clinic, referring doctor, billing service): four visits with day-named dates between the
  evaluation and the day the plan of care arrived (prior_authorization); the sum only in a sentence ("688.00 USD");
  "by <weekday, date>".
- finefax_stack_remittance_claim_after_90_days_duplex_then_decompression_sideways: a landscape remittance to the
  physical therapy clinic (captions left of boxes) whose middle patient's claim came 131 days after the visit
  (timely_filing, legend only), its duplex back, then sideways a letter refusing spinal decompression table
  sessions "from the 3rd to the 9th of March" as not shown to work (experimental).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeb_famfe import EBSheet, amt, eb_date, es_money, last_first, nb, ord_span, people, thru  # noqa: F401
from public_kit import amount, digits, m2, money, out, plus, truth

FAMILY = "chiropractic_physical_medicine_benefit_manager_multi_patient_remittance_and_plan_review"
LANG = "en"
SEED = 355014
INS = "Marlowgate Physical Medicine Management"
ALT = ["Marlowgate", "Marlowgate PMM", "Marlowgate Physical Medicine"]
CHIRO = "Kestrelbrook Chiropractic & Rehab"
PT = "Corrowen Street Physical Therapy"
BILLER = "Tallyhoe Claims Billing"
DECOMP = "Greyling Spine & Decompression Center"
QMH = "Quenmore Mutual Health Plan"
PLANS = {"QMH": QMH, "TRF": "Towhee Ridge Freight Employee Benefit Plan",
         "RME": "Ravensburg Municipal Employees' Health Plan", "SGC": "Sproul Gap Credit Union Health Plan"}


def address(rng):
    city, st_, z = rng.choice([("Frederick", "MD", "217"), ("Hagerstown", "MD", "217"), ("Winchester", "VA", "226"),
                               ("Martinsburg", "WV", "254"), ("York", "PA", "174"), ("Chambersburg", "PA", "172")])
    st = rng.choice(["Potomac St", "Locust Ave", "Apple Blossom Dr", "Queen St", "Tuscarora Pike", "Burkittsville Rd",
                     "Kiln Ct", "Fairground Rd"])
    return [f"{rng.randint(100, 4999)} {st}", f"{city}, {st_} {z}{rng.randint(10, 99)}"]


def mbr(rng, code):
    return f"{code}{digits(rng, 8)}"


def grp(rng, code):
    return f"{code}-{digits(rng, 5)}"


def claim_no(rng):
    """A claim number with one letter among its digits (B or S, which a fax may turn into 8 or 5)."""
    return f"MP{digits(rng, 4)}{rng.choice('BS')}{digits(rng, 5)}"


def npi(rng):
    return digits(rng, 10)


def phone(rng, area="301"):
    return f"{area}-555-{digits(rng, 4)}"


def _head(p: EBSheet, rng, unit="Member Services", extra: str | None = None, size=13):
    p.logo_head(INS, "MPM", [f"{unit}  |  PO Box {digits(rng, 4)}, Frederick, MD 21705-{digits(rng, 4)}",
                             extra or f"Members {phone(rng, '866')}  |  TTY 711  |  Providers {phone(rng, '866')}",
                             "Chiropractic, physical therapy and massage benefits for the health plans we serve"],
                size=size)


def faxstd_remit(rng):
    pts = people(rng, 4)
    dcs = people(rng, 3)
    rd = dt.date(2026, 4, rng.randint(6, 24))
    codes = ["QMH", "SGC", "TRF", "RME"]
    claims, info = [], []
    for i, (pt, code) in enumerate(zip(pts, codes)):
        n, m, g = claim_no(rng), mbr(rng, code), grp(rng, code)
        dc = dcs[i % 3]
        dos = plus(rd, -rng.randint(12, 30))
        spec = {0: [("98941", 68, 80), ("97140", 48, 60)], 1: [("98940", 52, 62)],
                2: [("98941", 68, 80), ("72100", 95, 130)], 3: [("98940", 52, 62), ("97012", 36, 44)]}[i]
        lines = []
        for j, (c, lo, hi) in enumerate(spec):
            b = amount(rng, lo, hi)
            if c == "72100":
                lines.append([eb_date(dos, "short"), c, b, 0.0, 0.0, 0.0, "X9"])
                continue
            al = round(b * 0.72, 2)
            owe = 20.0 if j == 0 else 0.0
            lines.append([eb_date(dos, "short"), c, b, al, round(al - owe, 2), owe, "CP" if owe else "P1"])
        claims.append({"first": [n, last_first(pt), m, g, dc], "lines": lines})
        info.append((pt, n, m, g, dc, dos, lines))
    p = EBSheet(footer="Page {n} of {nb}",
                fax_hdr=f"{eb_date(rd, 'short')} 16:{rng.randint(10, 59)}  MARLOWGATE PROV PAY  "
                        f"{phone(rng, '866')}  P.{{n}}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payments", f"Provider line {phone(rng, '866')}  |  Remits also posted to the provider "
                                       "portal", size=12)
    p.title_bar("PROVIDER REMITTANCE  -  CHIROPRACTIC / PHYSICAL MEDICINE", "Form MPM-R2")
    tot = [0.0] * 4
    for c in claims:
        for ln in c["lines"]:
            tot = [a + b for a, b in zip(tot, ln[2:6])]
    p.capform([[("A", "Payee (billing svc)", BILLER, 0.19), ("A", "Clinic", CHIRO, 0.24),
                ("A", "Clinic NPI", npi(rng), 0.11), ("A", "Remit Dt", eb_date(rd, "short"), 0.09),
                ("A", "Remit #", f"R{digits(rng, 8)}", 0.11), ("A", "EFT #", digits(rng, 12), 0.13),
                ("A", "Amt Pd", amt(round(tot[2], 2), "stars"), 0.13)]], size=8.2)
    p.claims_table(["Clm #", "Patient", "Mbr ID", "Grp", "Rndr DC", "DOS", "Code", "Billed", "Allowed", "Paid",
                    "Pt Resp", "Rmk"], claims, [27, 38, 26, 24, 36, 16, 13, 17, 17, 17, 17, 11.4], size=7.2,
                   sub_label="Clm total")
    pt, n, m, g, dc, dos, lines = info[2]
    b = round(sum(ln[2] for ln in lines), 2)
    xr = lines[1][2]
    p.legend([("P1", "Paid at the contract rate."),
              ("CP", "Patient's copay for the visit; collect it from the patient."),
              ("X9", f"Spine films taken on the clinic's own X-ray unit. The patient's plan ({PLANS['TRF']}) buys "
                     "spine films only when they are taken and read at an imaging site it has a contract with, "
                     "whoever orders them. Nothing is paid for this line and the patient may not be billed for it.")],
             size=7.4)
    p.para("To ask us to reconsider a line, write within 90 days of the Remit Dt and quote the Clm #. Questions about "
           "the payment itself go to the provider line.", 7.6)
    t = truth("eob", "not_covered", insurer=INS, group=g, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[dos.isoformat()], denial_date=rd.isoformat(), provider=dc,
              appeal_deadline=plus(rd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [CHIRO], "claim_amount": [m2(xr)]})
    return out(p), t


def lowres_plan(rng):
    pt, dc, rev, sig = people(rng, 4)
    code = "RME"
    m, g = mbr(rng, code), grp(rng, code)
    rec = dt.date(2026, 3, rng.randint(23, 26))
    nd = plus(rec, rng.randint(6, 10))
    s, e = dt.date(2026, 4, 6), dt.date(2026, 5, 29)
    ok_end, no_start = dt.date(2026, 5, 1), dt.date(2026, 5, 4)
    rv = f"TPR-{digits(rng, 7)}"
    reexam = plus(rec, -1)
    p = EBSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Treatment Plan Review")
    p.line(f"Dr. {dc}, DC", 9.8)
    p.line(CHIRO, 9.8)
    for ln in address(rng):
        p.line(ln, 9.8)
    p.ln(3)
    p.capform([[("B", "Ltr Dt", eb_date(nd, "dmy_up"), 0.22), ("B", "Rev #", rv, 0.26),
                ("B", "Plan rcvd", eb_date(rec, "short"), 0.2), ("B", "Fax conf.", f"FX{digits(rng, 9)}", 0.32)],
               [("B", "Pt", last_first(pt), 0.38), ("B", "Mbr", m, 0.24), ("B", "Grp", g, 0.2),
                ("B", "Pln", code, 0.18)],
               [("B", "Tx prd asked", thru(s, e), 0.4), ("B", "Visits asked", "18", 0.3),
                ("B", "Visits OK'd", "8", 0.3)]], size=8.8)
    p.para(f"Dear Dr. {dc.split()[-1]}:", 9.8)
    p.para("We have finished our review of the treatment plan your office sent for the patient above: 18 visits, "
           f"about three a week, {thru(s, e)}, each with manipulation (98941), manual therapy (97140) and massage "
           "(97124).", 9.6)
    p.para(f"Your re-exam of {eb_date(reexam, 'short')} records neck turning to 70 of 80 degrees each way, pain at "
           "2 of 10 most days and 4 of 10 at worst, full nights of sleep, and a return to full duty at work. With "
           "findings like these the record supports a short run of visits that hands the patient over to exercise "
           "at home. Three visits a week for eight weeks goes well past what the findings show a need for.", 9.6)
    p.para(f"**We approve 8 visits, {thru(s, ok_end)}.** The other 10 visits in the plan, {thru(no_start, e)}, are "
           "not approved. If the patient is worse at the re-exam after the eighth visit, send the new findings and "
           "we will look again.", 9.6)
    p.para(f"Dr. {rev}, DC, reviewed this plan. To talk it over with the reviewer, call the peer line at "
           f"{phone(rng, '866')} by {eb_date(plus(nd, 14), 'long')}.", 9.4)
    p.para("**Appeal.** The patient, or your office for the patient, may appeal this decision. Appeals must be "
           "received within 60 days of the Ltr Dt. An urgent appeal is decided within 72 hours.", 9.4)
    p.para(f"{sig}\nTreatment Plan Review, Marlowgate Physical Medicine Management\ncc: {pt} (patient)", 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=g, member_id=m, member_name=pt, cases=[rv],
              service_dates=[f"{no_start.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(), provider=dc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [CHIRO],
                          "service_dates": [[f"{s.isoformat()}/{e.isoformat()}"],
                                            [no_start.isoformat(), e.isoformat()]]})
    return out(p), t


def photocopy_eob(rng):
    sub, pt, dc, sig = people(rng, 4)
    code = "QMH"
    m, g = mbr(rng, code), grp(rng, code)
    plan = f"QM-CH{rng.choice([500, 750, 1000])}"
    v1 = dt.date(2026, 3, rng.randint(9, 13))
    v2 = plus(v1, 2)
    nd = plus(v2, rng.randint(18, 26))
    n = claim_no(rng)
    spec = [(v1, "98941", "Spinal manipulation, 3-4 regions", 70, 82), (v1, "97140", "Manual therapy, 15 min", 50, 62),
            (v1, "97012", "Mechanical traction", 36, 44), (v2, "98941", "Spinal manipulation, 3-4 regions", 70, 82),
            (v2, "97140", "Manual therapy, 15 min", 50, 62), (v2, "97124", "Massage, 15 min", 52, 64)]
    rows, tot = [], [0.0] * 5
    refused = 0.0
    for d, c, what, lo, hi in spec:
        b = amount(rng, lo, hi)
        if (d, c) == (v2, "97124"):
            vals = [b, 0.0, b, 0.0, 0.0]
            refused = b
            note = "K7"
        else:
            al = round(b * 0.7, 2)
            paid = round(al * 0.8, 2)
            vals = [b, round(b - al, 2), 0.0, paid, round(al - paid, 2)]
            note = ""
        tot = [a + v for a, v in zip(tot, vals)]
        rows.append([eb_date(d, "short"), f"{c} {what}", amt(vals[0]), amt(vals[1]),
                     amt(vals[2], "paren") if vals[2] else "0.00", amt(vals[3]), amt(vals[4]), note])
    rows.append(["", "Claim totals", amt(round(tot[0], 2)), amt(round(tot[1], 2)), amt(round(tot[2], 2), "paren"),
                 amt(round(tot[3], 2)), amt(round(tot[4], 2)), ""])
    b = round(tot[0], 2)
    p = EBSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 13, 16)
    p.add_page()
    p.logo_head(QMH, "QM", [f"Member Claims  |  PO Box {digits(rng, 4)}, York, PA 17405-{digits(rng, 4)}  |  "
                            f"{phone(rng, '877')}  |  TTY 711",
                            f"Chiropractic and physical therapy claims are reviewed and paid for Quenmore by {INS}."],
                size=13)
    p.title_bar("EXPLANATION OF BENEFITS", "This is not a bill. It shows how your claim was handled.")
    p.addr_refs([sub, *address(rng)],
                [("Statement date", eb_date(nd, "dmy_up")), ("Member ID", m), ("Group", g), ("Plan", plan),
                 ("Statement no.", f"E{digits(rng, 9)}")], box_w=80, cap_w=28)
    p.pairs([("Patient", f"{pt} (spouse)"), ("Claim no.", n),
             ("Provider", f"{CHIRO}  -  treating chiropractor Dr. {dc}"),
             ("Billed through", f"{BILLER} (patient acct. K-{digits(rng, 6)})")], label_w=32, size=9)
    p.ln(2)
    p.table(["Date", "Service", "Billed", "Discount", "Not covered", "Plan paid", "You owe", "Note"], rows,
            [20, 62, 17, 17, 19, 17, 17, 14.9], size=8.0, aligns=["L", "L", "R", "R", "R", "R", "R", "C"],
            bold_last=True, head_h=6, row_h=5.4)
    p.legend([("K7", f"On {eb_date(v2, 'short')} the office billed 15 minutes of massage (97124) and 15 minutes of "
                     "manual therapy (97140) for the same part of the back, and the visit note describes one "
                     "stretch of hands-on work. One stretch of time can be billed under one of these codes, not "
                     f"both, so the massage line is not paid. {CHIRO} may send a corrected claim. You do not owe "
                     "the amount in the Not covered column.")], title="What the note means", size=8.2)
    p.para(f"**Your deductible:** {money(rng.choice([500, 750, 1000]))} for the plan year, met in full.  "
           f"**Chiropractic visits used:** {rng.randint(6, 11)} of 24.", 8.6)
    p.para("**Appeals.** An appeal is on time if it reaches Quenmore Member Appeals, at the address above, within "
           "180 days from the statement date shown above. Include the claim number.", 8.6)
    p.stamp("COPY", 140, p.get_y() + 6, angle=14, size=18, sub="MEMBER FILE")
    t = truth("eob", "coding_error", insurer=QMH, plan_id=plan, group=g, member_id=m, member_name=pt, cases=[n],
              claim_amount=m2(b), service_dates=[v2.isoformat()], denial_date=nd.isoformat(), provider=dc,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ["Quenmore Mutual", "Quenmore", INS] + ALT, "provider": [CHIRO],
                          "claim_amount": [m2(refused)], "service_dates": [[v1.isoformat(), v2.isoformat()]]})
    return out(p), t


def phone_es(rng):
    pt, ther, sig = people(rng, 3)
    code = "TRF"
    m, g = mbr(rng, code), grp(rng, code)
    first = dt.date(2026, 3, 2)
    ds = [plus(first, k) for k in (0, 2, 4, 7, 9, 11)]
    hurt = dt.date(2026, 2, rng.randint(18, 25))
    nd = plus(ds[-1], rng.randint(24, 34))
    n = claim_no(rng)
    per = rng.choice([164.0, 168.0, 172.0])
    b = per * 6
    p = EBSheet(footer="Página {n} de {nb}")
    p.set_margins(15, 12, 15)
    p.add_page()
    _head(p, rng, "Servicios para Miembros", f"Miembros {phone(rng, '866')}  |  TTY 711  |  Se habla español")
    p.para(eb_date(nd, "es"), 9.8)
    p.addr_refs([pt, *address(rng)],
                [("N.º de miembro", m), ("Grupo", g), ("Reclamo", n), ("Su plan", "Towhee Ridge Freight"),
                 ("Ref. de llamada", f"LL-{digits(rng, 7)}")], box_w=84, cap_w=28, title="Datos de su reclamo")
    p.heading("Sus visitas de fisioterapia", 12)
    p.para(f"Estimado(a) {pt}:", 9.8)
    p.para(f"La fisioterapeuta {ther}, PT, de {PT} le atendió el hombro derecho en seis visitas, del 2 al "
           f"{nb(eb_date(ds[-1], 'es'))}. La clínica nos cobró {es_money(b)} por las seis visitas.", 9.8)
    p.para(f"En la primera visita, usted le contó a la fisioterapeuta que se lastimó el hombro el "
           f"{eb_date(hurt, 'es')}, al bajar cajas de un camión en su trabajo. Cuando alguien se lastima trabajando, "
           "quien paga primero es el seguro de compensación para trabajadores (workers' compensation) de su "
           "empleador. Su plan no paga estas visitas mientras ese seguro no haya tomado su decisión.", 9.8)
    p.table(["Fecha", "Servicio", "Cobrado (US$)"],
            [[d.isoformat(), "97110 ejercicios, 97140 terapia manual", f"{per:,.2f}"] for d in ds]
            + [["", "Total", f"{b:,.2f}"]], [34, 100, 49], size=8.8, aligns=["L", "L", "R"], bold_last=True,
            head_h=6, row_h=5.4)
    p.para("**Qué puede hacer.** Dé a la clínica el nombre del seguro de su empleador y el número de su reclamo de "
           "compensación. Si ese seguro dice que no pagará, mándenos su carta y volveremos a ver este reclamo.", 9.4)
    p.para("**Si no está de acuerdo**, puede apelar dentro de 90 días a partir de la fecha de esta carta. Escriba a "
           f"la dirección de arriba o llame al {phone(rng, '866')}.", 9.4)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.4)
    t = truth("denial_letter", "other", insurer=INS, group=g, member_id=m, member_name=pt, cases=[n],
              claim_amount=m2(b), service_dates=[d.isoformat() for d in ds], denial_date=nd.isoformat(),
              provider=ther, appeal_deadline=plus(nd, 90).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [PT]})
    return out(p), t


def rotated_paid(rng):
    pt, dc, sig = people(rng, 3)
    code = "RME"
    m, g = mbr(rng, code), grp(rng, code)
    v1 = dt.date(2026, 4, rng.randint(6, 10))
    v2 = plus(v1, 7)
    nd = plus(v2, rng.randint(12, 18))
    n = claim_no(rng)
    rows = []
    for d in (v1, v2):
        for c, lo, hi in (("98940", 52, 62), ("97012", 36, 44)):
            b = amount(rng, lo, hi)
            al = round(b * 0.75, 2)
            owe = 15.0 if c == "98940" else 0.0
            rows.append((f"{eb_date(d, 'short')}  {c}", b, al, round(al - owe, 2), owe))
    b = round(sum(r[1] for r in rows), 2)
    p = EBSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.title_bar("STATEMENT OF CHIROPRACTIC BENEFITS", f"For members of the {PLANS['RME']}")
    for ln in [pt, *address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.boxes_below([(eb_date(nd, "long"), "Statement date"), (m, "Member ID"), (g, "Group"), (n, "Claim number")],
                  [46, 42, 34, 57.9])
    p.boxes_below([(f"Dr. {dc}, DC", "Treating chiropractor"), (CHIRO, "Clinic")], [76, 103.9])
    p.ln(1)
    p.para("We paid this claim. The amounts below show what the clinic billed, what your plan allows, what we paid "
           "and the copay you pay the clinic.", 9.6)
    p.ledger(rows, heads=("Visit and service", "Billed", "Allowed", "We paid", "Your copay"))
    p.para(f"**Visits used this plan year:** {rng.randint(5, 9)} of 24.  Visits after the first 12 need a treatment "
           "plan sent by the clinic.", 9.4)
    p.para(f"Questions? Call {phone(rng, '866')} (TTY 711).\n\n{sig}\nMember Services", 9.4)
    t = truth("eob", None, insurer=INS, group=g, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[v1.isoformat(), v2.isoformat()], denial_date=nd.isoformat(), provider=dc,
              alternates={"insurer": ALT, "provider": [CHIRO]}, type_alternates=["other"])
    return out(p), t


def born_pt(rng):
    pt, ther, doc, sig = people(rng, 4)
    code = "SGC"
    m, g = mbr(rng, code), grp(rng, code)
    ev = dt.date(2026, 3, 2) + dt.timedelta(days=7 * rng.randint(0, 1))
    ds = [plus(ev, k) for k in (2, 4, 7, 9)]
    arrived = plus(ev, 11)
    nd = plus(arrived, rng.randint(24, 32))
    dl = plus(nd, rng.randint(80, 90))
    n = claim_no(rng)
    per = rng.choice([172.0, 178.0, 181.5])
    b = per * 4
    p = EBSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.para(eb_date(nd, "long"), 10)
    p.addr_refs([pt, *address(rng)],
                [("Member ID", m), ("Group", g), ("Plan", PLANS["SGC"]), ("Claim", n),
                 ("Plan of care rcvd", eb_date(arrived, "short"))], box_w=86, cap_w=28)
    p.para(f"Dear {pt}:", 10)
    p.para(f"{ther}, PT, at {PT} evaluated your low back on {eb_date(ev, 'wshort')} after Dr. {doc} sent you there. "
           "Your plan pays for the evaluation on its own. For the visits after it, the therapy office must send us a "
           "plan of care and have our OK before the visits happen.", 10)
    p.para(f"The plan of care reached us on {eb_date(arrived, 'wlong')}, and we approved visits from that day on. "
           "The four visits below took place before it reached us, so they are not approved and we will not pay "
           f"them. The office's billing service, {BILLER}, billed {amt(b, 'usd_after')} for the four visits. The "
           "office agreed with us to ask first, so it may not bill you for them.", 10)
    p.table(["Visit", "Day and date", "What was done"],
            [[str(i + 2), eb_date(d, "wshort"), "Therapeutic exercise 97110, manual therapy 97140"]
             for i, d in enumerate(ds)], [18, 40, 121.9], size=9, aligns=["C", "L", "L"], head_h=6, row_h=5.6)
    p.parties("Who is named in this letter",
              [("Treating therapist", f"{ther}, PT", f"NPI {npi(rng)}"),
               ("Therapy office", PT, f"Tax ID 52-{digits(rng, 7)}"),
               ("Referring doctor", f"Dr. {doc}", "Family medicine"),
               ("Billing service", BILLER, f"Invoice TCB-{digits(rng, 6)}")])
    p.para(f"**If you disagree**, you or the office for you may appeal. We must have your appeal by "
           f"{eb_date(dl, 'wlong')}. Tell us why you think the visits should be paid and send anything that shows "
           "we were asked earlier.", 9.8)
    p.para(f"Sincerely,\n{sig}\nClinical Review, Marlowgate Physical Medicine Management", 9.8)
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=g, member_id=m, member_name=pt, cases=[n],
              claim_amount=m2(b), service_dates=[d.isoformat() for d in ds], denial_date=nd.isoformat(),
              provider=ther, appeal_deadline=dl.isoformat(), alternates={"insurer": ALT, "provider": [PT]})
    return out(p), t


def finefax_stack(rng):
    pts = people(rng, 3)
    ths = people(rng, 2)
    pd = dt.date(2026, 7, rng.randint(6, 24))
    codes = ["QMH", "TRF", "RME"]
    claims, info = [], []
    for i, (pt, code) in enumerate(zip(pts, codes)):
        n, m, g = claim_no(rng), mbr(rng, code), grp(rng, code)
        th = ths[i % 2]
        if i == 1:
            rcvd = plus(pd, -rng.randint(6, 10))
            dos = plus(rcvd, -131)
        else:
            dos = plus(pd, -rng.randint(14, 30))
            rcvd = plus(dos, rng.randint(3, 8))
        lines = []
        for j, (c, lo, hi) in enumerate((("97110", 88, 104), ("97140", 52, 64))):
            b = amount(rng, lo, hi)
            if i == 1:
                lines.append([eb_date(dos, "short"), c, b, 0.0, 0.0, 0.0, "L90"])
            else:
                al = round(b * 0.7, 2)
                owe = 25.0 if j == 0 else 0.0
                lines.append([eb_date(dos, "short"), c, b, al, round(al - owe, 2), owe, "CP" if owe else "P1"])
        claims.append({"first": [n, last_first(pt), m, g, f"{th}, PT", eb_date(rcvd, "short")], "lines": lines})
        info.append((pt, n, m, g, th, dos, rcvd, lines))
    tot_paid = sum(ln[4] for c in claims for ln in c["lines"])
    p = EBSheet(footer="Page {n} of {nb}",
                fax_hdr=f"{eb_date(pd, 'short')} 11:{rng.randint(10, 59)}  MARLOWGATE PROV PAY  "
                        f"{phone(rng, '866')}  P.{{n}}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payments", f"Provider line {phone(rng, '866')}", size=12)
    p.title_bar("PROVIDER REMITTANCE  -  PHYSICAL THERAPY", "Form MPM-R2")
    p.capform([[("L", "Payee", BILLER, 0.3), ("L", "Clinic", PT, 0.36), ("L", "Pd Dt", eb_date(pd, "short"), 0.16),
                ("L", "Chk/EFT", digits(rng, 11), 0.18)],
               [("L", "Clinic NPI", npi(rng), 0.3), ("L", "Remit #", f"R{digits(rng, 8)}", 0.36),
                ("L", "Amt Pd", amt(round(tot_paid, 2), "stars"), 0.34)]], size=8.2, cap_w=16)
    p.claims_table(["Clm #", "Patient", "Mbr ID", "Grp", "Rndr PT", "Rcvd", "DOS", "Code", "Billed", "Allowed",
                    "Paid", "Pt Resp", "Rmk"], claims, [24, 42, 22, 19, 44, 14, 14, 11, 14.5, 14.5, 14.5, 14.5, 11.4],
                   size=7.2, sub_label="Clm total")
    pt, n, m, g, th, dos, rcvd, lines = info[1]
    b = round(sum(ln[2] for ln in lines), 2)
    p.legend([("P1", "Paid at the contract rate."), ("CP", "Patient's copay; collect it from the patient."),
              ("L90", "This claim reached us 131 days after the date of service. Your agreement with Marlowgate "
                      "gives 90 days from the date of service to send a claim. Nothing is paid and the patient may "
                      "not be billed.")], size=7.4)
    p.para("Proof that a claim was sent in time (a clearinghouse report showing we accepted it) must reach us within "
           "60 days of the Pd Dt.", 7.6)
    d_a = (out(p), truth("eob", "timely_filing", insurer=INS, group=g, member_id=m, member_name=pt, cases=[n],
                         claim_amount=m2(b), service_dates=[dos.isoformat()], denial_date=pd.isoformat(), provider=th,
                         appeal_deadline=plus(pd, 60).isoformat(), alternates={"insurer": ALT, "provider": [PT]}))
    pt2, dc, rev, sig = people(rng, 4)
    code = "QMH"
    m2_, g2 = mbr(rng, code), grp(rng, code)
    s = dt.date(2026, 3, 3)
    ds = [s, plus(s, 1), plus(s, 2), plus(s, 3), plus(s, 6)]
    nd = dt.date(2026, 4, rng.randint(13, 24))
    n2 = claim_no(rng)
    per = 95.0
    b2 = per * len(ds)
    q = EBSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Clinical Review")
    q.para(eb_date(nd, "long"), 10)
    for ln in [pt2, *address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.idstrip([("Member ID", m2_), ("Group", g2), ("Plan", "Quenmore Mutual"), ("Claim", n2)], 8.8)
    q.para(f"Dear {pt2}:", 10)
    q.para(f"Dr. {dc}, DC, at {DECOMP} gave you five sessions on a motorized spinal decompression table "
           f"{ord_span(ds[0], ds[-1])}. The center billed {amt(b2)} for them ({amt(per)} a session).", 10)
    q.table(["Session", "Date", "Code", "Billed"],
            [[str(i + 1), d.isoformat(), "S9090", amt(per)] for i, d in enumerate(ds)] + [["", "", "Total", amt(b2)]],
            [22, 40, 40, 28], size=9, aligns=["C", "L", "L", "R"], bold_last=True, head_h=6, row_h=5.4)
    q.para("A decompression table pulls on the spine with a motor, letting go and pulling again on a timer. Its "
           "makers say this takes pressure off the discs. The studies so far are small and most do not compare it "
           "with anything; the few that compare it with ordinary traction or with exercise have not found that it "
           "does better. Until better studies show that it helps, the plans we work for do not pay for it, and we "
           "will not pay for these sessions.", 10)
    q.para(f"Dr. {rev}, DC, made this decision. If you disagree, you may appeal within 60 days of the date above. "
           f"Call {phone(rng, '866')} (TTY 711) or write to us.", 10)
    q.para(f"Sincerely,\n{sig}\nClinical Review", 10)
    d_b = (out(q), truth("denial_letter", "experimental", insurer=INS, group=g2, member_id=m2_, member_name=pt2,
                         cases=[n2], claim_amount=m2(b2), service_dates=[d.isoformat() for d in ds],
                         denial_date=nd.isoformat(), provider=dc, appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [DECOMP],
                                     "service_dates": [[f"{ds[0].isoformat()}/{ds[-1].isoformat()}"]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED * 10 + i)  # noqa: E731
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_four_patients_office_xray_not_bought", "fax_standard_g4", [faxstd_remit(r(1))]),
        Item(F + "lowres_treatment_plan_eight_of_eighteen_visits", "scan_lowres_150", [lowres_plan(r(2))]),
        Item(F + "photocopy_plan_eob_massage_and_manual_therapy_same_minutes", "photocopy", [photocopy_eob(r(3))]),
        Item(F + "phone_es_fisioterapia_lesion_en_el_trabajo", "phone_photo", [phone_es(r(4))]),
        Item(F + "rotated_statement_two_visits_paid", "rotated", [rotated_paid(r(5))]),
        Item(F + "born_digital_pt_visits_before_plan_of_care_arrived", "born_digital", [born_pt(r(6))]),
        Item(F + "finefax_stack_remittance_claim_after_90_days_duplex_then_decompression_sideways", "fax_fine_g4",
             finefax_stack(r(7)), separators=["duplex", None], turns={(1, 0): 90}),
    ]
