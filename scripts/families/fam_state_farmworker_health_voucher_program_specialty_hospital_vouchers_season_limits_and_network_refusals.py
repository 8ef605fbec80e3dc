"""Papers mirrored (structure and plain wording style only) from a state migrant and seasonal farmworker health voucher
program: a state office runs a voucher and case-manager system (as the public migrant health voucher programs of the
Health Center Program do, and as state farmworker health programs describe theirs): farmworkers and their dependants
are enrolled through Access Point clinics (community health centers, local health departments), who issue a voucher
before specialty or hospital care by one of the program's voucher providers; a farmworker is someone who did
agricultural work in the last 24 months; the program pays at the Medicaid fee-for-service rate and is the payer of
last resort (Medicaid, other insurance and workers' compensation first); providers may not bill enrollees for voucher
care. The program name (Cosecha Sana Farmworker Health Voucher Program of an invented Nebraska Office of Farmworker
and Rural Health), the season (March 1 - November 30), the limits per person and season (six specialty visits, a
$400.00 dental allowance, a $3,000.00 hospital outpatient allowance), the 90-day billing limit, the 30- and 45-day
review limits, the 90-day state hearing limit and every clinic, hospital, farm, carrier, billing company, person,
number, address and form number are invented; phones use 555; CPT and CDT codes appear as themselves. No heading
names the kind of refusal; each reason is told in plain words.

Documents (8 in 7 files):
- born_digital_landscape_payment_register_billing_company_claim_after_ninety_days: a landscape voucher payment
  register to an orthopedic clinic in care of its billing company, fifteen narrow columns whose claim and voucher
  numbers break over two lines, dates "02FEB26", an EFT trace number and a claims-history box as decoys; one patient's
  claim (visit and X-ray) reached the program 93 days after the service (told only in the legend; "within 45 days of
  the register date").
- scan300_prose_letter_mother_son_ear_specialist_not_voucher_office: a letter with every fact in sentences (no
  key/value block) to a mother about her son's visit to a hospital's ear, nose and throat department, the Access
  Point doctor who referred him and the hospital doctor who saw him both named, "the 4th of March 2026", the amount
  in words beside the digits, the enrollee number with a "-03" suffix ("within 30 days of the date of this letter").
- phone_es_carta_representante_temporada_no_confirmada: a photographed Spanish letter whose authorized representative
  (the patient's wife) is named at the top, a two-column box with captions in a shaded left column, a CT scan done
  before the Access Point confirmed the 2026 season ("4 de marzo de 2026", "$1,234.50 (mil doscientos treinta y
  cuatro dólares con 50/100)"; "dentro de 30 días a partir de la fecha de esta carta").
- rotated_specialty_voucher_form_values_over_captions_tear_off_slip: a specialty care voucher (denies nothing) with
  values above their captions, the referring Access Point doctor, the performing surgeon and the hospital department,
  the appointment as "Apr. 21, '26", an enrollee number with "*02", a tear-off slip repeating the IDs and a form
  "Revised 11/2024", fed sideways or upside down.
- faxfine_letter_to_hospital_farm_injury_workers_comp_first: a fine-fax letter to a hospital about a grain auger
  injury at work: "Our file" and "Your reference" (the hospital's account, a decoy) in a two-column box, the file
  number printed a second time without dashes in the reply line, "USD 8,412.60", the carrier's claim number as a
  decoy ("within 60 days from the date of this letter").
- photocopy_household_statement_one_line_dental_allowance_used: a household statement with four people by "Person
  code", only the daughter's fillings refused because an earlier visit used the season's dental allowance (that
  earlier claim's number and amount in a claims-history box), "This is not a bill" beside the total, the review
  address with a P.O. box ("no later than 45 days after the statement date (by July 23, 2026)").
- faxstd_stack_cover_review_decision_then_voucher_request_refused_page_two_upside_down: a standard-fax stack of a fax
  cover sheet, a review decision keeping the refusal of a knee MRI done without its own voucher ("Matter no.", only a
  state hearing offered: no deadline) and a two-page voucher request decision refusing a repeat abdominal CT five weeks
  after a normal one ("Request #", the hospital's radiology department; "within 30 days of the date of this
  notice"), its page 2 upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeg_famkb import (EGSheet, apos, child_of, compact, es_date, fax_cover, groups, iso, last_first, long,
                               lookalike, mdy, n2, people, phone, slash, spouse_of, split_name, the_nth, tollfree, usd,
                               usd_code, words_en, words_es)
from public_kit import digits, m2, out, plus, truth

FAMILY = "state_farmworker_health_voucher_program_specialty_hospital_vouchers_season_limits_and_network_refusals"
LANG = "en"
SEED = 354961
PROG = "Cosecha Sana Farmworker Health Voucher Program"
OFFICE = "Nebraska Office of Farmworker and Rural Health"
PROG_ALT = ["Cosecha Sana", OFFICE, "Cosecha Sana Farmworker Health Program"]
REVIEW_ADDR = "Voucher Review Unit, PO Box 6620, Lincoln, NE 68506"
AP = ["Elkhorn Bend Community Health Center", "Sappa Valley Family Clinic"]


def ne_address(rng):
    town = rng.choice([("Lexington", "68850"), ("Schuyler", "68661"), ("Madison", "68748"), ("Gothenburg", "69138"),
                       ("Cozad", "69130"), ("Gering", "69341"), ("Crete", "68333"), ("Fremont", "68025")])
    street = rng.choice(["W 7th St", "Calle Rural 14", "Plum Creek Pkwy", "N Adams St Apt 3", "Rd 431",
                         "Farm Rd 12", "E 2nd St", "Lincoln Ave"])
    return [f"{rng.randint(12, 1890)} {street}", f"{town[0]}, NE {town[1]}"]


def enrollee(rng):
    """Household enrollee number: NE and seven characters mixing O/0, I/1, S/5 or B/8."""
    return "NE" + lookalike(rng, 7, pairs=2)


def claim_no(rng, d):
    """Claim number: CS, year and month received, a dash, five digits."""
    return f"CS{d.strftime('%y%m')}-{digits(rng, 5)}"


def voucher_no(rng):
    return f"V26-{digits(rng, 5)}-{rng.choice('ACEHKMRT')}"


def _head(p, rng, unit="Voucher Claims", box=None):
    p.head(PROG, "CS", [f"{OFFICE}  |  {unit}",
                        f"PO Box {rng.randint(94100, 94199)}, Lincoln, NE 68509  |  {tollfree(rng, '1-877')}  |  "
                        f"Línea en español {tollfree(rng, '1-877')}"], box=box, size=12.5)


# ------------------------------------------------------------------------------------------------------------------
def bd_register(rng):
    """Landscape voucher payment register to a clinic in care of its billing company."""
    pats = people(rng, 4, sexes="mfmm", pool="es")
    doc1, doc2 = people(rng, 2, sexes="mf")
    CLINIC = "Wolfbend Orthopedic Clinic"
    BILLER = "Tallgrass Medical Billing, LLC"
    reg = dt.date(2026, 5, 11)
    due = plus(reg, 45)
    svc_late = dt.date(2026, 2, 2)
    rec_late = plus(svc_late, 93)
    ids = [enrollee(rng) for _ in pats]
    sfx = ["01", "02", "01", "03"]
    late = 1
    claims = []
    specs = [
        (dt.date(2026, 4, 6), [("99204", 1, "C. Fenwick", 268.00, 171.40)]),
        (svc_late, [("99213", 1, "C. Fenwick", 185.00, 0.0), ("73562", 1, "C. Fenwick", 96.00, 0.0)]),
        (dt.date(2026, 4, 14), [("20610", 1, "D. Marchetti", 212.00, 88.64),
                                ("J3301", 4, "D. Marchetti", 40.00, 24.48)]),
        (dt.date(2026, 4, 20), [("99213", 1, "D. Marchetti", 185.00, 74.85)]),
    ]
    for i, (d, lines) in enumerate(specs):
        rcv = rec_late if i == late else plus(d, rng.randint(9, 20))
        claims.append({"no": claim_no(rng, rcv), "v": voucher_no(rng), "d": d, "lines": lines, "rcv": rcv})
    # invent the rendering clinicians' full names (the table prints initial and last name)
    fen = f"Corinne {rng.choice('BDHKLMPRT')}. Fenwick"
    mar = f"Dalton {rng.choice('BDHKLMPRT')}. Marchetti"
    p = EGSheet(footer="Page {n} of {nb}", footer_left="CS-VPR-2 (rev. 01/2026)   Voucher Payment Register")
    p.set_margins(11, 10, 11)
    p.add_page(orientation="L")
    _head(p, rng, "Voucher Claims  |  Provider line " + tollfree(rng, "1-877"), box="VOUCHER PAYMENT REGISTER")
    p.kv_pair_boxes([("Payee", CLINIC), ("In care of", BILLER), ("Payee address", f"PO Box {rng.randint(2100, 2999)},"
                                                                                   f" Grand Island, NE 68802"),
                     ("Payee no.", f"VP-{digits(rng, 5)}")],
                    [("Register date", iso(reg)), ("Register no.", f"R-{digits(rng, 4)}"),
                     ("EFT trace no.", f"{digits(rng, 10)}"), ("Pay method", "EFT to the payee's account on file")],
                    cap_w=32, size=8.6, cap=7.2, h=5.8)
    W = p.w - p.l_margin - p.r_margin
    head = ["Claim no.", "Voucher no.", "Enrollee #", "Sfx", "Patient", "Svc date", "Code", "Qty", "Rendering",
            "Billed", "Medicaid rate", "Other payer", "Paid", "Enrollee owes", "Rsn"]
    fr = [0.062, 0.056, 0.078, 0.03, 0.135, 0.058, 0.045, 0.035, 0.085, 0.06, 0.065, 0.055, 0.06, 0.06, 0.036]
    widths = [W * x / sum(fr) for x in fr]
    rows, bold, shade = [], [], []
    tot_b = tot_p = 0.0
    for i, c in enumerate(claims):
        for j, (code, units, rend, billed, paid) in enumerate(c["lines"]):
            amt = billed * units if code.startswith("J") else billed
            rate = amt if i == late else round(paid * 1.0, 2)
            first = j == 0
            rows.append([c["no"].replace("-", "-\n") if first else "", c["v"].replace("-", "-\n", 1) if first else "",
                         ids[i] if first else "", sfx[i] if first else "", last_first(pats[i]) if first else "",
                         compact(c["d"]), code, str(units), rend, n2(amt), n2(paid if i != late else 0) if i != late
                         else "0.00", "0.00", n2(paid), "0.00", "T90" if i == late else "P1"])
            if i == late:
                shade.append(len(rows) - 1)
            tot_b += amt
            tot_p += paid
        c["billed"] = sum((b * u if cd.startswith("J") else b) for cd, u, _, b, _ in c["lines"])
    rows.append(["Register totals", "", "", "", f"{len(claims)} claims", "", "", "", "", n2(tot_b), "", "0.00",
                 n2(tot_p), "0.00", ""])
    bold.append(len(rows) - 1)
    p.wrap_table(head, rows, widths, size=7.2, aligns=["L", "L", "L", "C", "L", "L", "L", "C", "L", "R", "R", "R", "R",
                                                       "R", "C"], bold_rows=tuple(bold), shade_rows=tuple(shade))
    lc = claims[late]
    y0 = p.get_y()
    p.legend("Reason codes", [
        ("P1", "Paid at the program's rate for the code (the state Medicaid fee schedule). The enrollee owes nothing "
               "for voucher care."),
        ("T90", f"Claim {lc['no']} (voucher {lc['v']}, billed {n2(lc['billed'])}) for "
                f"{last_first(pats[late])}'s visit and X-ray of {iso(lc['d'])} reached us on {iso(lc['rcv'])}, 93 "
                f"days after the service. The program pays voucher claims that reach it within 90 days after the "
                f"service. The enrollee may not be billed for it."),
    ], size=7.6)
    p.history_box("Earlier claims on these enrollees' vouchers (already settled; shown for your records)",
                  ["Claim no.", "Enrollee #", "Svc date", "Billed", "Paid", "Register"],
                  [[claim_no(rng, dt.date(2026, 3, 2)), ids[0], compact(dt.date(2026, 2, 23)), "185.00", "74.85",
                    f"R-{digits(rng, 4)}"],
                   [claim_no(rng, dt.date(2026, 1, 19)), ids[late], compact(dt.date(2026, 1, 12)), "268.00", "171.40",
                    f"R-{digits(rng, 4)}"]],
                  [34, 30, 22, 20, 20, 22], size=7.0)
    p.para(f"A clinic that thinks a claim on this register was paid or refused in error may ask the Voucher Review "
           f"Unit to look at it again within 45 days of the register date. Send the claim number, the reason and any "
           f"proof of an earlier submission (a clearinghouse acceptance report) to {REVIEW_ADDR}, or fax "
           f"{tollfree(rng, '1-877')}. Questions about the EFT: {phone(rng, '402')}.", 8.2)
    t = truth("eob", "timely_filing", insurer=PROG, member_id=ids[late], member_name=pats[late],
              cases=[lc["v"], lc["no"]], claim_amount=m2(lc["billed"]), service_dates=[iso(lc["d"])],
              denial_date=iso(reg), provider=CLINIC, appeal_deadline=iso(due),
              alternates={"insurer": PROG_ALT, "provider": ["C. Fenwick", fen, f"Dr. {fen}"],
                          "case_numbers": [[lc["no"]], [lc["no"], lc["v"]]],
                          "member_id": [f"{ids[late]}-02", f"{ids[late]}02"]})
    return out(p), t


def scan_prose_letter(rng):
    """Prose-only letter to a mother about her son's visit to a hospital ENT department that takes no vouchers."""
    mom, = people(rng, 1, sexes="f", pool="es")
    son = child_of(rng, mom, "m")
    ref_doc, ent_doc, clerk = people(rng, 3, sexes="fmf")
    hh = enrollee(rng)
    mid = f"{hh}-03"
    ld = dt.date(2026, 4, 22)
    due = plus(ld, 30)
    svc = dt.date(2026, 3, 4)
    refd = dt.date(2026, 2, 23)
    amt = 612.00
    c = claim_no(rng, dt.date(2026, 3, 27))
    HOSP = "Tamarack Prairie Hospital"
    DEPT = "Department of Otolaryngology"
    sf = split_name(son)[0]
    p = EGSheet(footer="Page {n} of {nb}", footer_left="")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Voucher Claims")
    p.line(long(ld), 10)
    p.ln(3)
    for ln in [mom, *ne_address(rng)]:
        p.line(ln, 10)
    p.ln(5)
    p.para(f"Dear Ms. {split_name(mom)[2]}:", 10)
    p.para(f"We are writing about your son, {son}, and his visit to the {DEPT} (ear, nose and throat) at {HOSP} "
           f"on Wednesday, {the_nth(svc)}, where Dr. {ent_doc} saw him. The hospital sent us its bill for that visit, "
           f"{usd(amt)} ({words_en(amt)}), which we filed under claim number {c} and {sf}'s enrollee number, "
           f"{mid}.", 10)
    p.para(f"We are sorry to tell you that Cosecha Sana cannot pay this bill. Dr. {ref_doc} at {AP[0]} wrote on "
           f"{long(refd)} that {sf} should see an ear specialist, and that was good advice. But the program pays a "
           f"specialist only when your Access Point clinic gives you a voucher for the visit, and only at an office "
           f"that has signed an agreement to see patients with our vouchers. The hospital's ear, nose and throat "
           f"department has never signed that agreement. In your area, Sandstone ENT Associates in Kearney sees "
           f"children with our vouchers, and the clinic can make that appointment for you.", 10)
    p.para(f"Please show this letter to the hospital's billing office. Because the hospital does not take our "
           f"vouchers, the program cannot tell it to stop billing you, but many hospitals have their own help for "
           f"families who cannot pay, and the staff at {AP[0]} can help you ask for it.", 10)
    p.para(f"If you think we made a mistake, for example because the clinic did give you a voucher for this visit, "
           f"write to us within 30 days of the date of this letter. Send your letter to the {REVIEW_ADDR}. "
           f"Please give us the claim number and the visit date, {mdy(svc)}, and send a copy of any voucher you "
           f"have. If you do not agree with what we decide after that, you may ask for a state hearing within 90 "
           f"days of our review decision.", 10)
    p.para(f"If you would like to talk to someone in Spanish, call us at {tollfree(rng, '1-877')}.", 10)
    p.para(f"Sincerely,\n\n{clerk}\nVoucher Claims", 10)
    t = truth("denial_letter", "out_of_network", insurer=PROG, member_id=mid, member_name=son, cases=[c],
              claim_amount=m2(amt), service_dates=[iso(svc)], denial_date=iso(ld), provider=HOSP,
              appeal_deadline=iso(due),
              alternates={"insurer": PROG_ALT, "provider": [f"Dr. {ent_doc}", ent_doc, f"{HOSP} {DEPT}"],
                          "member_id": [hh]})
    return out(p), t


def phone_es_letter(rng):
    """Spanish letter to an authorized representative: CT scan before the season was confirmed."""
    worker, = people(rng, 1, sexes="m", pool="es")
    wife = spouse_of(rng, worker, "f")
    rad, ordering, clerk = people(rng, 3, sexes="fmm")
    hh = enrollee(rng)
    mid = f"{hh}-01"
    ld = dt.date(2026, 4, 29)
    due = plus(ld, 30)
    svc = dt.date(2026, 3, 4)
    conf = dt.date(2026, 3, 23)
    form_d = dt.date(2026, 2, 2)
    amt = 1234.50
    c = claim_no(rng, dt.date(2026, 4, 2))
    v = voucher_no(rng)
    IMG = "Chalk Bluff Imaging Center"
    p = EGSheet(footer="Página {n} de {nb}", footer_left="CS-NA-3s (rev. 01/2026)")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.head(PROG, "CS", [f"{OFFICE}  |  Reclamaciones de vales",
                        f"PO Box {rng.randint(94100, 94199)}, Lincoln, NE 68509  |  Línea en español "
                        f"{tollfree(rng, '1-877')}"], size=12.5)
    W = p.w - p.l_margin - p.r_margin
    p.set_fill_color(235, 235, 235)
    p.f(9.4, "B")
    p.multi_cell(W, 5.2, f" Representante autorizada: {wife} (esposa). Formulario de representante firmado el "
                         f"{es_date(form_d)}. Enviamos esta carta a la representante.", border=1, fill=True,
                 new_x="LMARGIN", new_y="NEXT")
    p.set_fill_color(255, 255, 255)
    p.ln(3)
    p.line(f"Lincoln, {es_date(ld)}", 9.8)
    p.ln(2)
    for ln in [f"Sra. {wife}", *ne_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.kv_box([("Paciente", worker), ("N.º de inscrito", mid), ("N.º de vale", v), ("N.º de reclamación", c),
              ("Proveedor", f"{IMG} (tomografía del abdomen)"), ("Fecha del servicio", es_date(svc)),
              ("Clínica de acceso", AP[1])], cap_w=44, size=9.2, cap=8.0, h=6.6)
    p.para(f"Estimada Sra. {split_name(wife)[2]}:", 9.8)
    p.para(f"Recibimos la cuenta de {IMG} por la tomografía que le hicieron a su esposo, {worker}, el "
           f"{es_date(svc)}, pedida por el Dr. {ordering}. **El programa no puede pagar esa cuenta de {usd(amt)} "
           f"({words_es(amt)}).**", 9.8)
    p.para(f"Le explicamos por qué. Cada temporada (del 1 de marzo al 30 de noviembre), la clínica de acceso tiene "
           f"que confirmar que la persona sigue trabajando en el campo y que sus ingresos no pasaron el límite. El "
           f"programa paga la atención a partir del día en que la clínica hace esa confirmación. La clínica "
           f"{AP[1]} confirmó la temporada 2026 de su esposo el {es_date(conf)}. La tomografía fue antes de esa "
           f"fecha, cuando su esposo todavía no estaba inscrito para 2026, aunque el vale ya se había escrito.", 9.8)
    p.para(f"{IMG} firmó el acuerdo del programa y no debe cobrarle a su esposo más de lo que cobraría a un "
           f"paciente del programa. Si la clínica tiene papeles que muestran que la confirmación se hizo antes del "
           f"{es_date(svc)}, pídale que nos los mande.", 9.8)
    p.para(f"**Si no está de acuerdo**, puede pedir una revisión dentro de 30 días a partir de la fecha de esta "
           f"carta. Escriba a: Unidad de Revisión de Vales, PO Box 6620, Lincoln, NE 68506. Si tampoco está de "
           f"acuerdo con la revisión, puede pedir una audiencia estatal dentro de 90 días después de recibirla.", 9.4)
    p.para(f"Atentamente,\n{clerk}\nReclamaciones de vales", 9.6)
    t = truth("denial_letter", "eligibility", insurer=PROG, member_id=mid, member_name=worker, cases=[c, v],
              claim_amount=m2(amt), service_dates=[iso(svc)], denial_date=iso(ld), provider=IMG,
              appeal_deadline=iso(due), lang="es",
              alternates={"insurer": PROG_ALT, "provider": [f"Dr. {ordering}"], "member_id": [hh],
                          "case_numbers": [[c]]})
    return out(p), t


def rotated_voucher(rng):
    """A specialty care voucher (approval; denies nothing) with a tear-off slip."""
    head_w, = people(rng, 1, sexes="m", pool="es")
    wife = spouse_of(rng, head_w, "f")
    ref_doc, surgeon, nurse = people(rng, 3, sexes="mfm")
    hh = enrollee(rng)
    mid = f"{hh}*02"
    issued = dt.date(2026, 4, 14)
    appt = dt.date(2026, 4, 21)
    until = dt.date(2026, 6, 12)
    v = voucher_no(rng)
    HOSP = "Niobrara Ridge Medical Center"
    DEPT = "Department of Orthopaedics"
    p = EGSheet(footer="Page {n} of {nb}", footer_left="Form CS-SV-1   Revised 11/2024")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, "Specialty and Hospital Vouchers")
    p.title_bar("SPECIALTY CARE VOUCHER  /  VALE PARA ATENCIÓN ESPECIALIZADA",
                sub="Issued by the Access Point named below for the program. Bring this voucher to the appointment.")
    W = p.w - p.l_margin - p.r_margin
    p.under([(v, "Voucher no. (Auth ref.)"), (iso(issued), "Date issued"), (AP[0], "Access Point")],
            [W * 0.3, W * 0.22, W * 0.48], size=10)
    p.under([(wife, "Enrollee (patient)"), (mid, "Enrollee #"), ("Spouse of head of household", "Relationship")],
            [W * 0.34, W * 0.3, W * 0.36], size=10)
    p.under([(f"Dr. {ref_doc}", "Referred by (Access Point clinician)"), (f"Dr. {surgeon}", "Voucher provider"),
             ("Orthopaedic surgery", "Specialty")], [W * 0.36, W * 0.36, W * 0.28], size=9.6)
    p.under([(HOSP, "Facility"), (DEPT, "Department"), ("2nd floor, east wing", "Where to go")],
            [W * 0.4, W * 0.36, W * 0.24], size=9.6)
    p.checks("Services this voucher pays for", [
        (True, "Office consultation, new patient (one visit)"),
        (True, "X-rays of the right shoulder taken at the visit"),
        (True, "One follow-up visit within the dates below"),
        (False, "MRI or CT (needs a new voucher from the Access Point)"),
        (False, "Surgery or a hospital stay (needs a hospital voucher)"),
        (False, "Physical therapy (needs a new voucher)"),
    ], size=8.8, cols=2)
    p.under([(apos(appt), "Appointment"), (f"{iso(issued)} to {iso(until)}", "Valid"), ("2 visits", "Visits"),
             ("Shoulder pain after a fall from a hay wagon", "Reason for referral")],
            [W * 0.18, W * 0.3, W * 0.12, W * 0.4], size=9.2)
    p.para(f"The appointment with Dr. {surgeon} is on {wlong_en(appt)} at 10:40 a.m. at {HOSP}, {DEPT}, second "
           f"floor. If you cannot go, call {AP[0]} at {phone(rng, '402')} so the nurse, {nurse}, can change the date "
           f"on this voucher.", 9.2)
    p.heading("For the voucher provider", size=9.6)
    p.bullets([
        "The program pays at the state Medicaid fee schedule. Do not collect any payment from the enrollee for the "
        "services checked above.",
        "Send your claim within 90 days after the service with this voucher number and the slip below.",
        "Any other service (imaging beyond plain X-rays, surgery, therapy) needs a new voucher before it is done.",
    ], size=8.6)
    p.tear_slip("Voucher provider: return this part with your bill", [
        ("Voucher no.", v, W * 0.24), ("Enrollee #", mid, W * 0.24), ("Patient", wife, W * 0.3),
        ("Appointment", slash(appt), W * 0.22)], cut="Tear here",
        addr=[f"{PROG}", "Voucher Claims, PO Box 94140, Lincoln, NE 68509"],
        note="Keep the top part in the patient's chart.")
    t = truth("other", None, insurer=PROG, member_id=mid, member_name=wife, cases=[v], service_dates=[iso(appt)],
              denial_date=iso(issued), provider=HOSP,
              alternates={"insurer": PROG_ALT + [AP[0]], "member_id": [hh],
                          "provider": [f"Dr. {surgeon}", surgeon, f"{HOSP}, {DEPT}", f"Dr. {ref_doc}", AP[0]],
                          "service_dates": [[f"{iso(issued)}/{iso(until)}"], []]})
    return out(p), t


def wlong_en(d):
    return d.strftime("%A, %B %-d, %Y")


def faxfine_hospital(rng):
    """Fine-fax letter to a hospital: a farm injury at work goes to the farm's workers' compensation insurer."""
    worker, = people(rng, 1, sexes="m", pool="es")
    att, clerk, biller = people(rng, 3, sexes="fmf")
    hh = enrollee(rng)
    mid = f"{hh}-01"
    ld = dt.date(2026, 4, 27)
    due = plus(ld, 60)
    adm, dis = dt.date(2026, 3, 4), dt.date(2026, 3, 6)
    amt = 8412.60
    f_core = f"{digits(rng, 2)}{digits(rng, 4)}"
    ourfile = f"CS-26-{f_core}"
    ourfile_flat = f"CS26{f_core}"
    acct = f"HAR {digits(rng, 8)}"
    wc = f"WC{digits(rng, 2)}-{digits(rng, 6)}"
    HOSP = "Buckhorn Plains Hospital"
    DEPT = "General Surgery"
    FARM = "Stillwater Farm Partnership"
    CARRIER = "Sandhill Prairie Mutual Casualty"
    fax = (f"{slash(plus(ld, 1))} 09:14  COSECHA SANA VOUCHER CLAIMS  {tollfree(rng, '1-877')}  ->  "
           f"BUCKHORN PLAINS PFS   p. {{n}}")
    p = EGSheet(footer="Page {n} of {nb}", footer_left="CS-COB-6 (rev. 02/2026)", fax_hdr=fax)
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Voucher Claims - Other Coverage")
    p.line(long(ld), 9.8)
    p.ln(1)
    p.pairs([("To", f"{HOSP}, Patient Financial Services"), ("Attention", biller)], label_w=24, size=9.4, h=5.0)
    p.ln(2)
    p.kv_pair_boxes([("Our file", ourfile), ("Your reference", acct), ("Enrollee #", mid), ("Patient", worker)],
                    [("Admitted", iso(adm)), ("Discharged", iso(dis)), ("Department", DEPT),
                     ("Total charges", usd_code(amt))], cap_w=30, size=9.0, cap=7.6, h=6.4)
    p.para(f"Re: your bill for {worker}'s hospital stay", 9.8)
    p.para(f"Mr. {split_name(worker)[2]} came to your emergency department on {apos(adm)} after the auger of a grain "
           f"cart caught his left hand while he was unloading corn for {FARM} near Gothenburg. Dr. {att} repaired "
           f"two tendons and he went home on {apos(dis)}. Your bill of {usd_code(amt)} for the stay reached us on "
           f"{long(plus(ld, -9))}.", 9.6)
    p.para(f"The voucher program pays only what no one else has to pay. Care for an injury that happens while a "
           f"person is doing farm work for an employer is paid by the employer's workers' compensation insurance. "
           f"{FARM} has that insurance with {CARRIER}, which has opened claim {wc} (its own number, for your "
           f"billing). Please send the bill to {CARRIER}. We have closed our file on this bill without payment, "
           f"and the hospital voucher issued for this stay will not be used.", 9.6)
    p.para(f"If {CARRIER} refuses the claim because it finds that the injury did not happen at work, send us a "
           f"copy of its letter within 60 days from the date of this letter and we will look at your bill again. "
           f"Mr. {split_name(worker)[2]} may not be billed while the carrier decides.", 9.6)
    p.para(f"{clerk}\nVoucher Claims - Other Coverage Desk", 9.4)
    p.ln(2)
    p.f(8.4, "B")
    p.multi_cell(0, 4.2, f"Reply to: {REVIEW_ADDR}   |   Please quote file {ourfile_flat} on every page you send.",
                 border="T", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "other", insurer=PROG, member_id=mid, member_name=worker, cases=[ourfile],
              claim_amount=m2(amt), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(ld), provider=HOSP,
              appeal_deadline=iso(due),
              alternates={"insurer": PROG_ALT, "provider": [f"Dr. {att}", att, f"{HOSP} {DEPT}"],
                          "member_id": [hh], "case_numbers": [[ourfile_flat], [ourfile, ourfile_flat]],
                          "service_dates": [[iso(adm), iso(dis)]]})
    return out(p), t


def photocopy_household(rng):
    """Household statement: four people, only the daughter's fillings refused (season dental allowance used)."""
    father, = people(rng, 1, sexes="m", pool="es")
    mother = spouse_of(rng, father, "f")
    daughter = child_of(rng, father, "f", taken=(mother,))
    son = child_of(rng, father, "m", taken=(mother, daughter))
    hh = enrollee(rng)
    sd = dt.date(2026, 6, 8)
    due = plus(sd, 45)
    DENT = "Wild Plum Family Dental"
    rows_spec = [
        ("01", father, dt.date(2026, 5, 12), AP[1], "80053 Metabolic panel; 83036 A1c", 118.00, 61.20),
        ("02", mother, dt.date(2026, 5, 14), "Buffalo Grass Eye Care", "92004 Eye exam, new patient", 165.00, 92.40),
        ("03", daughter, dt.date(2026, 5, 19), DENT, "D2391 x2 Resin fillings, 1 surface", 296.00, 0.0),
        ("04", son, dt.date(2026, 5, 26), AP[1], "90715 Tdap vaccine; 90460 admin", 88.00, 51.36),
    ]
    claims = [claim_no(rng, plus(r[2], 10)) for r in rows_spec]
    early = claim_no(rng, dt.date(2026, 4, 20))
    p = EGSheet(footer="Page {n} of {nb}", footer_left="CS-HVS-4   Revised 11/2024")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, "Household Statements", box="HOUSEHOLD VOUCHER STATEMENT")
    addr = ne_address(rng)
    y0 = p.get_y()
    for ln in [f"Household of {father}", *addr]:
        p.line(ln, 9.8)
    W = p.w - p.l_margin - p.r_margin
    p.set_y(y0)
    end = p.kv_box([("Enrollee #", hh), ("Statement date", iso(sd)), ("Access Point", AP[1]),
                    ("Season", "2026 (Mar. 1 - Nov. 30)")], cap_w=28, w=W * 0.5, x=p.l_margin + W * 0.5, size=8.6,
                   cap=7.2, h=5.8)
    p.set_xy(p.l_margin, end + 4)
    p.para("This statement lists the care the program handled for your household since the last statement. Each "
           "person has a person code after the household's enrollee number.", 9.0)
    head = ["Pers. code", "Patient", "Claim no.", "Date", "Office", "Service", "Billed", "Program paid", "You owe",
            "Note"]
    fr = [0.055, 0.14, 0.12, 0.088, 0.14, 0.17, 0.075, 0.08, 0.062, 0.045]
    widths = [W * x / sum(fr) for x in fr]
    rows, shade = [], []
    for (pc, who, d, office, svc, billed, paid), cn in zip(rows_spec, claims):
        rows.append([pc, who, cn, slash(d), office, svc, n2(billed), n2(paid), "0.00", "D4" if pc == "03" else "PD"])
        if pc == "03":
            shade.append(len(rows) - 1)
    tot = sum(r[5] for r in rows_spec)
    rows.append(["", "Totals", "", "", "", "", n2(tot), n2(sum(r[6] for r in rows_spec)), "0.00", ""])
    p.wrap_table(head, rows, widths, size=7.2, aligns=["C", "L", "L", "L", "L", "L", "R", "R", "R", "C"],
                 bold_rows=(len(rows) - 1,), shade_rows=tuple(shade))
    p.f(9.2, "B")
    p.cell(0, 5, f"Billed on this statement: {usd(tot)}      THIS IS NOT A BILL.", new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    p.cell(0, 4.4, "You do not owe these offices anything for the care the program paid.", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(2)
    d_first, d_name = split_name(daughter)[0], daughter
    p.legend("Notes", [
        ("PD", "Paid by the program at the Medicaid rate."),
        ("D4", f"The program pays up to $400.00 of dental care for each person each season. {d_first}'s visit to "
               f"{DENT} on April 14 already used all of it (see the box below), so the two fillings of "
               f"{long(rows_spec[2][2])} (claim {claims[2]}, {usd(296.00)}) are left without payment. {DENT} may "
               f"offer its own sliding fee; ask the front desk."),
    ], size=8.0)
    p.history_box(f"Claims history - dental, {d_name} (person code 03)",
                  ["Claim no.", "Date", "Office", "Billed", "Paid", "Season allowance left"],
                  [[early, "04/14/2026", DENT, "412.00", "400.00", "0.00"]], [30, 22, 40, 18, 18, 36], size=7.4)
    p.para(f"**Do you disagree with a note on this statement?** Ask for a review no later than 45 days after the "
           f"statement date (by {long(due)}). Write to the {REVIEW_ADDR}, or ask {AP[1]} to send it for you. "
           f"After the review you may ask for a state hearing within 90 days.", 8.8)
    t = truth("eob", "not_covered", insurer=PROG, member_id=hh, member_name=daughter, cases=[claims[2]],
              claim_amount=m2(296.00), service_dates=[iso(rows_spec[2][2])], denial_date=iso(sd), provider=DENT,
              appeal_deadline=iso(due),
              alternates={"insurer": PROG_ALT, "member_id": [f"{hh}-03", f"{hh}03"]},
              denial_alternates=["other"])
    return out(p), t


def faxstd_stack(rng):
    """Cover sheet + review decision (MRI without its own voucher) + two-page voucher request decision (repeat CT)."""
    # document A: review decision
    pa, = people(rng, 1, sexes="m", pool="es")
    ortho, reviewer = people(rng, 2, sexes="mf")
    hh_a = enrollee(rng)
    mid_a = f"{hh_a}-01"
    dd = dt.date(2026, 5, 18)
    mri = dt.date(2026, 3, 10)
    amt = 1480.00
    c_a = claim_no(rng, dt.date(2026, 3, 24))
    matter = f"RV-26-{digits(rng, 4)}"
    v_a = voucher_no(rng)
    IMG = "Redtail Imaging Center"
    a = EGSheet(footer="Page {n} of {nb}", footer_left="CS-RD-2 (rev. 01/2026)")
    a.set_margins(18, 14, 18)
    a.add_page()
    _head(a, rng, "Voucher Review Unit", box="NOTICE OF REVIEW DECISION")
    a.line(long(dd), 9.8)
    a.ln(1)
    for ln in [pa, *ne_address(rng)]:
        a.line(ln, 9.8)
    a.ln(2)
    W = a.w - a.l_margin - a.r_margin
    a.hung([(matter, "Matter no.", W * 0.2), (c_a, "Claim", W * 0.22), (mid_a, "Enrollee #", W * 0.26),
            (slash(mri), "Date of service", W * 0.16), ("Decision kept", "Result", W * 0.16)], size=9.4)
    a.para(f"Dear Mr. {split_name(pa)[2]}:", 9.8)
    a.para(f"You asked us to look again at our refusal to pay {IMG} for the MRI of your left knee on {long(mri)} "
           f"({usd(amt)}). {reviewer}, who did not take part in the first decision, reviewed your letter, the "
           f"voucher and the imaging center's records.", 9.6)
    a.para(f"Your voucher {v_a} from {AP[0]} paid for a visit with Dr. {ortho} and plain X-rays. It did not include "
           f"an MRI. The voucher itself says that an MRI needs a new voucher from the Access Point before it is "
           f"done, and the clinic has no record that anyone asked for one. Dr. {ortho} sent you to {IMG} the same "
           f"week, and the scan was done before a voucher was asked for. We therefore keep our first decision: the "
           f"program will not pay this bill.", 9.6)
    a.para(f"{IMG} agreed, as a voucher provider, to check for a voucher before doing a scan. It may not bill you "
           f"for the MRI. If it does, call us.", 9.6)
    a.para("**If you still disagree**, you may ask for a state hearing. Call or write the State Hearing Office, PO Box "
           f"95026, Lincoln, NE 68509, {phone(rng, '402')}, within 90 days after you receive this notice. This is "
           f"the program's last review.", 9.4)
    a.para(f"{reviewer}\nVoucher Review Unit", 9.4)
    d_a = (out(a), truth("denial_letter", "prior_authorization", insurer=PROG, member_id=mid_a, member_name=pa,
                         cases=[matter, c_a], claim_amount=m2(amt), service_dates=[iso(mri)], denial_date=iso(dd),
                         provider=IMG,
                         alternates={"insurer": PROG_ALT, "provider": [f"Dr. {ortho}", ortho], "member_id": [hh_a],
                                     "case_numbers": [[matter], [matter, c_a, v_a]]}))
    # document B: voucher request decision, two pages
    pb, = people(rng, 1, sexes="f", pool="es")
    req_doc, nurse = people(rng, 2, sexes="fm")
    hh_b = enrollee(rng)
    mid_b = f"{hh_b}-02"
    nd = dt.date(2026, 5, 19)
    due = plus(nd, 30)
    first_ct = dt.date(2026, 4, 20)
    planned = dt.date(2026, 5, 27)
    rq = "VR" + lookalike(rng, 7, pairs=1)
    rq_p = groups(rq, [3, 4])
    HOSP = "Buckhorn Plains Hospital"
    DEPT = "Department of Radiology"
    b = EGSheet(footer="Page {n} of {nb}", footer_left="CS-VR-5 (rev. 01/2026)",
                run_hdr=f"{pb}  |  Enrollee # {mid_b}  |  Request # {rq_p}")
    b.set_margins(18, 14, 18)
    b.add_page()
    _head(b, rng, "Specialty and Hospital Vouchers", box="VOUCHER REQUEST - DECISION")
    b.line(long(nd), 9.8)
    b.ln(1)
    for ln in [pb, *ne_address(rng)]:
        b.line(ln, 9.8)
    b.ln(2)
    b.kv_box([("Request #", rq_p), ("Enrollee #", mid_b), ("Asked for by", f"Dr. {req_doc}, {AP[0]}"),
              ("Service asked for", "CT of the abdomen and pelvis with contrast (74177)"),
              ("Where", f"{HOSP}, {DEPT}"), ("Planned date", slash(planned))], cap_w=38, size=9.0, cap=7.6, h=6.2)
    b.para(f"Dear Ms. {split_name(pb)[2]}:", 9.8)
    b.para(f"Dr. {req_doc} asked the program for a hospital voucher so that you could have a CT scan of your belly "
           f"at {HOSP} on {long(planned)}. **We are not issuing that voucher.**", 9.8)
    b.para(f"Our nurse reviewer, {nurse}, RN, read the notes Dr. {req_doc} sent. You had a CT scan of the same area "
           f"on {long(first_ct)}, and it showed nothing wrong. The notes sent now describe the same pain as in "
           f"April, with no new signs and no change in your blood tests. A second scan five weeks after the first "
           f"would not change the plan of care the doctor describes (a diet change and a follow-up visit). If your "
           f"pain gets worse, or something new is found, Dr. {req_doc} can ask again at any time and we will look at "
           f"the new request quickly.", 9.6)
    b.para("What you can do if you disagree is on page 2.", 9.6)
    b.add_page()
    b.bar("What you can do if you disagree")
    b.para(f"You, Dr. {req_doc} or someone you choose may ask the Voucher Review Unit to review this decision within "
           f"30 days of the date of this notice. Write to {REVIEW_ADDR}, or ask {AP[0]} to send the request for you. "
           f"Include any new test results or notes.", 9.6)
    b.para("If your health could be seriously harmed by waiting, call us and ask for a fast review; we decide fast "
           "reviews within 72 hours.", 9.6)
    b.para("After the review, you may ask for a state hearing within 90 days after you receive the review decision. "
           "The hearing office's address will be on that decision.", 9.6)
    b.bar("Other help")
    b.para(f"Questions: {tollfree(rng, '1-877')} (Spanish, K'iche' and English). Your Access Point's health "
           f"promoter can help you with the forms. The program does not charge for a review.", 9.4)
    b.para(f"Copy sent to: Dr. {req_doc}, {AP[0]}; {HOSP}, {DEPT}.", 8.8)
    d_b = (out(b), truth("denial_letter", "medical_necessity", insurer=PROG, member_id=mid_b, member_name=pb,
                         cases=[rq], service_dates=[iso(planned)], denial_date=iso(nd), provider=f"Dr. {req_doc}",
                         appeal_deadline=iso(due),
                         alternates={"insurer": PROG_ALT, "member_id": [hh_b],
                                     "provider": [req_doc, HOSP, f"{HOSP}, {DEPT}", AP[0]]}))
    cover = fax_cover("Farmworker Legal Aid Project, health desk", f"(402) 555-{digits(rng, 4)}",
                      f"{AP[0]}, health promoter desk", f"(402) 555-{digits(rng, 4)}", dt.date(2026, 5, 21), 5,
                      "two program letters for our patients",
                      "Two letters from Cosecha Sana that our patients asked us to send you. Both gave us written "
                      "permission. Please call the promoter desk when you have looked at them.")
    return [d_a, d_b], cover


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_landscape_payment_register_billing_company_claim_after_ninety_days", "born_digital",
             [bd_register(rng)]),
        Item(F + "scan300_prose_letter_mother_son_ear_specialist_not_voucher_office", "scan_clean_300",
             [scan_prose_letter(rng)]),
        Item(F + "phone_es_carta_representante_temporada_no_confirmada", "phone_photo", [phone_es_letter(rng)]),
        Item(F + "rotated_specialty_voucher_form_values_over_captions_tear_off_slip", "rotated",
             [rotated_voucher(rng)]),
        Item(F + "faxfine_letter_to_hospital_farm_injury_workers_comp_first", "fax_fine_g4", [faxfine_hospital(rng)]),
        Item(F + "photocopy_household_statement_one_line_dental_allowance_used", "photocopy",
             [photocopy_household(rng)]),
    ]
    docs, cover = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_cover_review_decision_then_voucher_request_refused_page_two_upside_down",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(1, 1): 180}))
    return items
