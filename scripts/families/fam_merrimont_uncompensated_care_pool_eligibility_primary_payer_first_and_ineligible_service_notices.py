"""Papers mirrored (structure and plain wording style only) from a state uncompensated-care pool: the safety-net
program some states run to pay acute hospitals and community health centers for the care they give low-income
residents who have no insurance or too little (eligibility determinations with full and partial levels and a yearly
deductible for the partial level, a medical hardship level for families whose bills outgrow their income, the pool
as payer of last resort that pays only after any other coverage, a list of services it does not pay for, claims
only from the hospitals and health centers that take part, provider remittance advices with adjustment codes).
The state (the State of Merrimont, postal code MR), the program (the Merrimont Uncompensated Care Pool of the
Merrimont Department of Health Care Finance), its levels' names, its rules and every time limit, code, form number,
hospital, health center, imaging office, clearinghouse, insurer, person, number and address are invented (phones
555); CPT codes appear as themselves. No heading names the kind of refusal; each reason is told in plain words.

Documents (8 in 7 files):
- born_digital_clearinghouse_remittance_landscape_other_coverage_line: a landscape remittance advice the
  clearinghouse prints for a community health center: fourteen narrow columns, five patients, the Pool ID broken
  over two lines in its column, "04MAR26"-style header dates, an EFT trace and check number, totals and a claims
  history box (an earlier claim's number and amount) as decoys; one patient's two lines pay 0.00 under code OC7
  (other coverage must pay first), told only in the legend; "within 60 days of the remittance date".
- faxstd_partial_level_granted_stay_before_start_authorized_rep: a standard-fax eligibility notice sent to an
  authorized representative named at the top, a key/value box with shaded captions ("Our file", "Your reference"
  holding a date, ISO dates throughout), granting the partial level but not reaching back to the hospital stay
  (amount only in a sentence); "within 30 days of the date of this notice".
- photocopy_prose_only_letter_to_husband_wife_dental_implant: a photocopied letter with every fact only in
  sentences (no key/value block), written to a husband about his wife's implant at a hospital's oral surgery
  department, the date as "the 17th of March 2026", the amount in words beside digits; not a service the pool pays.
- phone_es_carta_a_la_madre_renovacion_no_devuelta: a photographed Spanish letter to a mother about her adult
  daughter's health-center visit after the daughter's enrollment ended because the yearly renewal never came back
  (told without the usual words), "USD" amounts, a P.O. box for requests as decoy; "a más tardar el <fecha>".
- rotated_medical_hardship_approved_not_a_bill: the pool's medical hardship approval fed turned (denies nothing):
  the Pool ID printed in spaced groups, the family's share beside "This is not a bill", a "Revised 11/2024" footer.
- lowres_imaging_office_not_in_pool_referring_and_reading_doctor_tear_slip: a 150 dpi letter dated "Mar. 17, '26"
  on a CT scan at a free-standing imaging office that does not take part (the referring health-center doctor and the
  reading radiologist both named), a tear-off return slip repeating the IDs; "must reach us by <date>".
- finefax_stack_cover_prior_approval_after_surgery_then_review_upheld_upside_down: a fine-fax stack of a fax cover
  sheet, a prior-approval notice whose values stand above their captions (the same request number printed as
  "Request #" and, without dashes, as "Auth ref.") on a planned hernia repair done before anyone asked, and a
  two-page review decision (docket no. and claim no.; page 2 upside down) keeping the refusal of an emergency visit
  because the patient's exchange plan must be billed first (an earlier paid claim as decoy; only a hearing left).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeg_famkf import (FKSheet, apos, compact, es_date, iso, last_first, long, lookalike, mr_address, n2,
                               people, phone, plus, slash, spaced, surname, the_nth, tollfree, usd, usd_code,
                               with_surname, words, workday, yy)
from public_kit import digits, m2, out, truth

FAMILY = "merrimont_uncompensated_care_pool_eligibility_primary_payer_first_and_ineligible_service_notices"
LANG = "en"
SEED = 354965
POOL = "Merrimont Uncompensated Care Pool"
DEPT = "Merrimont Department of Health Care Finance"
POOL_ALT = [DEPT, "Uncompensated Care Pool", "Merrimont Care Pool", "MUCP",
            "Fondo de Atención No Compensada de Merrimont"]
CHC = "Birchmere Community Health Center"
CHC2 = "Ollerton Street Community Health Center"
HOSP = "Tullamore Regional Medical Center"
QGH = "Quernmoor General Hospital"
QGH_DEPT = "Department of Oral and Maxillofacial Surgery"
IMG = "Penrith Imaging Partners"
KCX = "Kessock Claims Exchange"
HALL = "Hallbrook Mutual Health"
PO_CLAIMS = "P.O. Box 2291, Calder Falls, MR 05410"


def pool_id(rng, pairs="OI"):
    return "MR" + lookalike(rng, 9, pairs)


def pool_head(p, rng, unit="Uncompensated Care Pool Office", box=None, extra=None):
    p.head(POOL, "MUCP", [f"{DEPT}  |  {unit}",
                          extra or f"{rng.randint(20, 240)} State House Annex, Calder Falls, MR 05410  |  "
                                   f"{tollfree(rng)}  |  TTY 711"], box=box, size=12.5)


# ---------------------------------------------------------------------------------------------------------------
def born_remit(rng):
    names = people(rng, 10)
    pts, rndr = names[:5], names[5:]
    rd = workday(dt.date(2026, 3, rng.randint(2, 6)))
    printed = plus(rd, 1)
    ids = [pool_id(rng, rng.choice(["OI", "SB", "OS", "IB"])) for _ in pts]
    accts = [f"BCH{digits(rng, 6)}" for _ in pts]
    icns = [f"26{32 + i * 3:03d}{digits(rng, 6)}" for i in range(5)]
    dos = [dt.date(2026, 2, d) for d in sorted(rng.sample(range(2, 27), 5))]
    k = 2                                       # the refused patient
    rows, tot_b, tot_p = [], 0.0, 0.0
    codes = [("99213", 1, 168.0, 112.4, 0.0, "A00"), ("99395", 1, 241.0, 158.9, 40.0, "DD1"),
             None, ("90834", 1, 196.0, 131.75, 0.0, "A00"), ("99214", 1, 236.0, 154.2, 25.0, "DD1")]
    den_lines = [("99214", 1, 236.0), ("80053", 1, 118.0)]
    den_total = round(sum(b for _, _, b in den_lines), 2)

    def idcell(s):
        return s[:6] + "\n" + s[6:]

    for i, nm in enumerate(pts):
        who = [accts[i], last_first(nm), idcell(ids[i]), icns[i], yy(dos[i]), yy(dos[i])]
        cl = f"{split_initial(rndr[i])}, {'NP' if i == k else rng.choice(['MD', 'DO', 'PA-C', 'LCSW'])}"
        if i == k:
            for j, (c, u, b) in enumerate(den_lines):
                rows.append((who if j == 0 else ["", "", "", "", yy(dos[i]), yy(dos[i])])
                            + [c, str(u), n2(b), "0.00", "0.00", "0.00", "OC7", cl if j == 0 else ""])
            rows.append(["", "", "", "", "", "", "", "", n2(den_total), "0.00", "0.00", "0.00", "", "Claim total"])
            tot_b += den_total
            continue
        c, u, b, a, sh, code = codes[i]
        paid = round(a - sh, 2)
        rows.append(who + [c, str(u), n2(b), n2(a), n2(sh), n2(paid), code, cl])
        tot_b += b
        tot_p += paid
    rows.append(["TOTALS", "", "", "", "", "", "", "", n2(tot_b), "", "", n2(tot_p), "", ""])
    p = FKSheet(footer="Page {n} of {nb}",
                footer_left=f"{KCX} remittance print {slash(printed)} of the Pool's 835 dated {slash(rd)}  |  "
                            "KCX-RP2 Revised 11/2024")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    p.f(7.4)
    p.cell(0, 3.6, f"Printed for the payee by {KCX}, claims clearinghouse  |  Submitter ID KCX{digits(rng, 5)}  |  "
                   f"support {phone(rng, '802')}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    pool_head(p, rng, unit="Claims Payment Unit", box="PROVIDER REMITTANCE ADVICE")
    W = p.w - p.l_margin - p.r_margin
    p.beside([[("Payee", CHC), ("Payee ID", f"UCP-P{digits(rng, 5)}"), ("NPI", f"1{digits(rng, 9)}")],
              [("Remit Dt", compact(rd)), ("EFT Dt", compact(plus(rd, 1))), ("EFT trace / Chk #",
                                                                               f"EFT{digits(rng, 9)}")],
              [("Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("Paid this remit", n2(tot_p)),
               ("Claims", f"{len(pts)}")]], cap_w=26, size=8.4)
    p.wrap_table(["Pat acct", "Patient", "Pool ID", "ICN", "From", "Thru", "Proc", "Units", "Billed", "Allowed",
                  "Pt share", "Pool paid", "Adj", "Rendering"], rows,
                 [19, 38, 16, 22, 15, 15, 12, 11, 17, 16, 15, 16, 10, W - 222], size=7.2,
                 aligns=["L", "L", "L", "L", "L", "L", "L", "C", "R", "R", "R", "R", "C", "L"])
    p.legend("Adjustment codes on this remittance", [
        ("A00", "Paid at the Pool rate for the service."),
        ("DD1", "Part of the allowed amount goes toward the patient's Pool Partial yearly deductible; the health "
                "center may ask the patient for that part."),
        ("OC7", f"Our records show other health coverage for this patient on the date of service ({HALL}). The Pool "
                "pays only what is left after that coverage has paid or turned the claim down. Send the claim there "
                "first, then send us a new claim with its remittance attached.")], size=7.4)
    p.para("A payee that disagrees with how a line was decided may ask the Pool's Claims Review Unit to look at it "
           f"again within 60 days of the remittance date above. Write to {PO_CLAIMS}, with the ICN.", 7.8)
    hist_id = ids[k]
    p.history_box(f"Claims history  -  {last_first(pts[k])}  -  Pool ID {hist_id}  (earlier claims, for your records)",
                  ["ICN", "From", "Proc", "Billed", "Pool paid"],
                  [[f"25{digits(rng, 3)}{digits(rng, 6)}", yy(dt.date(2025, 10, rng.randint(6, 28))), "99213",
                    n2(172.0), n2(114.6)],
                   [f"25{digits(rng, 3)}{digits(rng, 6)}", yy(dt.date(2025, 12, rng.randint(1, 19))), "99214",
                    n2(236.0), n2(154.2)]],
                  [30, 22, 18, 22, 22], x=p.l_margin)
    t = truth("eob", "other", insurer=POOL, member_id=ids[k], member_name=pts[k], cases=[icns[k]],
              claim_amount=m2(den_total), service_dates=[iso(dos[k])], denial_date=iso(rd), provider=CHC,
              appeal_deadline=iso(plus(rd, 60)),
              alternates={"insurer": POOL_ALT, "provider": [rndr[k], first_last_of(rndr[k]), split_initial(rndr[k])]})
    return out(p), t


def split_initial(full):
    parts = full.split()
    return f"{parts[0][0]}. {' '.join(parts[2:])}"


def first_last_of(full):
    parts = full.split()
    return f"{parts[0]} {' '.join(parts[2:])}"


def faxstd_eligibility(rng):
    pat, rep, sig = people(rng, 3)
    pid = pool_id(rng, "OS")
    fileno = f"E26-{digits(rng, 5)}"
    s0 = dt.date(2026, 1, rng.randint(4, 8))
    stay = (s0, plus(s0, rng.randint(3, 5)))
    rcvd = dt.date(2026, 2, rng.randint(16, 20))
    eff = plus(rcvd, -14)
    nd = workday(plus(rcvd, rng.randint(8, 12)))
    their = plus(rcvd, -rng.randint(3, 6))
    bill = round(rng.randint(14000, 21000) + rng.choice([0.6, 0.35, 0.0]), 2)
    ded = rng.choice([960.0, 1180.0, 1340.0])
    income = rng.choice([41880, 43260, 45720])
    fax = (f"{nd:%m/%d/%Y} 10:{rng.randint(10, 59)}  FROM MUCP ELIGIBILITY  {phone(rng, '802')}  TO "
           f"{phone(rng, '802')}  P.{{n}}")
    p = FKSheet(footer="Page {n} of {nb}", footer_left="Notice UCP-E4  Revised 11/2024", fax_hdr=fax)
    p.set_margins(17, 15, 17)
    p.add_page()
    pool_head(p, rng, unit="Eligibility Unit")
    p.f(9, "B")
    p.cell(0, 5, f"AUTHORIZED REPRESENTATIVE: {rep.upper()}  (for applicant {pat})", border=1,
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.addr_kv([rep, f"for {pat}", *mr_address(rng)],
              [("Our file", fileno), ("Your reference", f"your letter of {iso(their)}"), ("Applicant", pat),
               ("Pool ID", pid), ("Notice date", iso(nd)), ("Application in", iso(rcvd)),
               ("Level", f"Pool Partial from {iso(eff)}")], w=96, cap_w=33)
    p.heading("What we decided about the application", 11.5)
    p.para(f"Dear {rep}:", 10)
    p.para(f"You sent us an application for {pat} as {pat.split()[0]}'s authorized representative. We received the "
           f"complete application on {iso(rcvd)}. It shows a household of two with a yearly income of "
           f"USD {income:,}.", 10)
    p.para(f"**{pat} qualifies for Pool Partial.** Pool Partial starts on {iso(eff)}, which is as far back as the Pool "
           f"can reach: fourteen days before the day a complete application arrives. At this income the household "
           f"pays the first USD {ded:,.2f} of Pool-covered care in each calendar year (the yearly deductible); after "
           "that the Pool pays the hospital or health center.", 10)
    p.para(f"**The hospital stay in January.** The application also asked us to pay {HOSP}'s bill of "
           f"{usd_code(bill)} for the stay from {iso(stay[0])} to {iso(stay[1])}. Those days come before "
           f"{iso(eff)}. The Pool can only pay for care given on or after the first day of a person's Pool level, so "
           f"it will not pay that bill. {HOSP} can tell you about its own payment plans and its own discount "
           "policy.", 10)
    p.heading("If you think we got this wrong", 10.5)
    p.para("You or the applicant may ask us to look at the file again (a desk review) within 30 days of the date of "
           "this notice. Call the number above or write to the Eligibility Unit with the file number. If the desk "
           "review does not change the decision, you may then ask the Office of Administrative Hearings for a "
           "hearing; the desk review letter tells you how.", 9.6)
    p.signoff(["Eligibility Unit", sig, "Eligibility specialist"], 9.4)
    t = truth("denial_letter", "eligibility", insurer=POOL, member_id=pid, member_name=pat, cases=[fileno],
              claim_amount=m2(bill), service_dates=[f"{iso(stay[0])}/{iso(stay[1])}"], denial_date=iso(nd),
              provider=HOSP, appeal_deadline=iso(plus(nd, 30)),
              alternates={"insurer": POOL_ALT, "claim_amount": [None]})
    return out(p), t


def photocopy_prose(rng):
    wife, husb, dent, sig = people(rng, 4, sexes="FM")
    wife = with_surname(wife, surname(husb))
    pid = pool_id(rng, "IB")
    claim = f"26-{digits(rng, 3)}-{digits(rng, 5)}"
    dos = dt.date(2026, 2, rng.randint(9, 13))
    ld = workday(dt.date(2026, 3, rng.randint(16, 19)))
    billed = rng.choice([1940.0, 2185.0, 2310.0])
    p = FKSheet(footer=None, footer_left=f"Mailed {iso(ld)}  |  Letter UCP-L9  |  Revised 11/2024", serif=True)
    p.set_margins(22, 18, 22)
    p.add_page()
    pool_head(p, rng, unit="Claims Review Unit")
    p.ln(2)
    p.line(f"Calder Falls, {the_nth(ld)}", 10.4)
    p.ln(4)
    for ln in [f"Mr. {husb}", *mr_address(rng)]:
        p.line(ln, 10.4)
    p.ln(5)
    p.para(f"Dear Mr. {husb.split()[-1]},", 10.6)
    p.para(f"We are writing to you about your wife, {wife}, whose Pool ID is {pid}. {QGH}'s {QGH_DEPT} sent us claim "
           f"{claim} for the care Dr. {dent} gave her on February {dos.day}, 2026: a dental implant and the post that "
           f"holds it, to replace a lower tooth. The hospital billed {words(billed).lower()} ({usd(billed)}).", 10.6)
    p.para("The Pool will not pay this claim. The Pool pays a hospital's dental clinic to treat pain, an infection or "
           "an injury of the mouth, for example to take out a tooth that is infected. It does not pay to put back a "
           "tooth that is missing, whether with an implant, a bridge or a denture, and however the tooth was lost. "
           "Dr. " + dent.split()[-1] + "'s notes say the tooth had been taken out last autumn and the gum had healed, "
           "so the implant was not treatment of pain or infection.", 10.6)
    p.para(f"Your wife does not have to pay the hospital for the visits on which the Pool did pay. For the implant, "
           f"the hospital may ask her to pay; it may also offer its own discount. Please show the hospital this "
           f"letter.", 10.6)
    p.para("If you or your wife believe we read the notes wrongly, you may ask the Claims Review Unit to look at the "
           "claim again. Your request must be made within 45 days after the date at the top of this letter. Write to "
           f"us at {PO_CLAIMS}, or call us, and tell us the claim number written above.", 10.6)
    p.ln(3)
    p.signoff(["Yours sincerely,", "", sig, "Claims Review Unit"], 10.2)
    t = truth("denial_letter", "not_covered", insurer=POOL, member_id=pid, member_name=wife, cases=[claim],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(ld), provider=QGH,
              appeal_deadline=iso(plus(ld, 45)),
              alternates={"insurer": POOL_ALT, "provider": [f"{QGH}, {QGH_DEPT}", QGH_DEPT, f"Dr. {dent}", dent]})
    return out(p), t


def phone_es(rng):
    hija, madre, doc, sig = people(rng, 4, es=True, sexes="FFF")
    pid = pool_id(rng, "SB")
    claim = f"26{digits(rng, 9)}"
    sent = dt.date(2025, 12, 1)
    ended = dt.date(2026, 1, 31)
    dos = dt.date(2026, 2, rng.randint(17, 24))
    ld = workday(dt.date(2026, 3, rng.randint(9, 13)))
    by = plus(ld, 60)
    lines = [("Consulta, paciente establecida (99214)", 236.0),
             ("Análisis de sangre (80061)", rng.choice([84.0, 92.0]))]
    tot = round(sum(b for _, b in lines), 2)
    p = FKSheet(footer="Página {n} de {nb}", footer_left="Aviso UCP-S2  Revisado 11/2024")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.head(POOL, "MUCP", ["Fondo de Atención No Compensada de Merrimont  |  " + DEPT,
                          f"Línea de ayuda en español {tollfree(rng)}  |  TTY 711"], size=12.5)
    p.line(f"Calder Falls, {es_date(ld)}", 10, "B")
    p.ln(2)
    p.addr_kv([f"Sra. {madre}", *mr_address(rng)],
              [("Paciente", hija), ("Pool ID", pid), ("Reclamo n.º", claim), ("Centro de salud", CHC2),
               ("Fecha de la visita", es_date(dos))], w=108, cap_w=30, size=8.4)
    p.heading("Sobre la visita de su hija al centro de salud", 12)
    p.para(f"Estimada señora {madre.split()[-1]}:", 10)
    p.para(f"Le escribimos a usted porque su hija {hija} nos dio su nombre y su dirección para recibir el correo del "
           f"Fondo. El {CHC2} nos mandó el reclamo {claim} por la visita de su hija con la Dra. {doc} el "
           f"{es_date(dos)}.", 10)
    p.para(f"**El Fondo no pagará esta visita.** Cada año el Fondo pide a cada persona inscrita que confirme sus "
           f"ingresos y su domicilio. Mandamos ese formulario a nombre de su hija el {es_date(sent)} y nunca nos "
           f"llegó de vuelta. Por eso su hija dejó de estar inscrita en el Fondo el {es_date(ended)}. La visita fue "
           "después de esa fecha.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Servicio", "Cargo"], [[s, usd_code(b)] for s, b in lines] + [["Total del reclamo", usd_code(tot)]],
            [W * 0.7, W * 0.3], size=9, aligns=["L", "R"], bold_last=True)
    p.para("**Qué puede hacer.** Su hija puede volver a pedir su inscripción hoy mismo; si todavía vive en Merrimont y "
           "sus ingresos no cambiaron, el Fondo puede cubrir de nuevo sus visitas desde catorce días antes de la "
           "fecha en que recibamos la solicitud completa. El centro de salud puede ayudarle a llenarla.", 10)
    p.para(f"**Si no está de acuerdo.** Si su hija sí devolvió el formulario, pida que revisemos el caso. Su pedido "
           f"debe llegarnos a más tardar el {es_date(by)}. Escriba al Apartado Postal (P.O. Box) 2291, Calder Falls, "
           "MR 05410, con el número de reclamo, o llame a la línea de ayuda.", 10)
    p.signoff(["Atentamente,", sig, "Unidad de Revisión de Reclamos"], 9.8)
    t = truth("denial_letter", "eligibility", insurer=POOL, member_id=pid, member_name=hija, cases=[claim],
              claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(ld), provider=CHC2,
              appeal_deadline=iso(by), lang="es",
              alternates={"insurer": POOL_ALT, "provider": [f"Dra. {doc}", doc]})
    return out(p), t


def rotated_hardship(rng):
    pat, sig = people(rng, 2)
    pid = pool_id(rng, "OI")
    mh = f"MH-26-{digits(rng, 5)}"
    a = dt.date(2026, 1, rng.randint(12, 20))
    b = plus(a, rng.randint(4, 6))
    ld = workday(dt.date(2026, 3, rng.randint(2, 6)))
    bill = round(rng.randint(24000, 31000) + rng.choice([0.35, 0.8, 0.0]), 2)
    share = rng.choice([2140.0, 1875.0, 2390.0])
    p = FKSheet(footer="Page {n} of {nb}", footer_left="Form UCP-MH3  Revised 11/2024")
    p.set_margins(18, 16, 18)
    p.add_page()
    pool_head(p, rng, unit="Medical Hardship Desk")
    p.line(long(ld), 10, "B")
    p.ln(2)
    p.addr_kv([pat, *mr_address(rng)],
              [("Pool ID", spaced(pid, [3, 4, 2])), ("Hardship file", mh), ("Hospital", HOSP),
               ("Stay", f"{slash(a)} - {slash(b)}"), ("Hospital bill", usd(bill))], w=92, cap_w=30)
    p.heading("Your medical hardship application is approved", 12)
    p.para(f"Dear {pat}:", 10)
    p.para(f"You asked the Pool for help with {HOSP}'s bill for your stay from {long(a)} to {long(b)}. Your family's "
           "medical bills for the last twelve months came to more than a quarter of its income, so the Pool will "
           "pay the hospital for the stay.", 10)
    p.para("Your family's share is set from your income. The hospital will send you a bill for that part only.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["", "Amount", ""], [["Hospital bill for the stay", usd(bill), ""],
                                 ["Your family's share", usd(share), "This is not a bill"],
                                 ["Paid by the Pool to the hospital", usd(round(bill - share, 2)), ""]],
            [W * 0.5, W * 0.22, W * 0.28], size=9.4, aligns=["L", "R", "L"])
    p.para("You do not need to do anything. If the hospital asks you for more than your family's share, call us at "
           "the number above and give the hardship file number.", 10)
    p.signoff(["Sincerely,", sig, "Medical Hardship Desk"], 9.6)
    t = truth("other", None, insurer=POOL, member_id=pid, member_name=pat, cases=[mh], claim_amount=m2(bill),
              service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(ld), provider=HOSP,
              alternates={"insurer": POOL_ALT, "claim_amount": [None], "service_dates": [[]]})
    return out(p), t


def lowres_imaging(rng):
    pat, refd, rad, sig = people(rng, 4)
    pid = pool_id(rng, "IB")
    claim = f"26-{digits(rng, 3)}-{digits(rng, 5)}"
    dos = dt.date(2026, 2, rng.randint(18, 25))
    ld = workday(dt.date(2026, 3, rng.randint(16, 19)))
    by = plus(ld, 45)
    billed = rng.choice([1386.0, 1412.5, 1295.0])
    p = FKSheet(footer="Page {n} of {nb}", footer_left="Letter UCP-L14  Revised 11/2024")
    p.set_margins(18, 15, 18)
    p.add_page()
    pool_head(p, rng, unit="Claims Review Unit")
    p.pairs([("Date", apos(ld)), ("Pool ID", pid), ("Claim", claim)], label_w=22, size=10, h=5.2)
    p.ln(3)
    for ln in [pat, *mr_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {pat}:", 10)
    p.para(f"Dr. {refd} at {CHC} sent you for a CT scan of the belly, which was done at {IMG} on {long(dos)} and "
           f"read by Dr. {rad}, radiologist. {IMG} sent the Pool a claim for {usd(billed)}.", 10)
    p.para(f"**The Pool cannot pay this claim.** The Pool pays the state's acute care hospitals and the community "
           f"health centers that have joined it, for care they give. {IMG} is an imaging office that stands on its "
           "own; it is not part of a hospital and has not joined the Pool. The same scan is paid when it is done in "
           f"the imaging department of any Merrimont hospital, for example at {HOSP} or {QGH}.", 10)
    p.para(f"Please tell Dr. {refd.split()[-1]}'s office about this letter before your next scan. You may also ask "
           f"{IMG} whether it has a discount for people without insurance.", 10)
    p.para(f"If you think the Pool should pay, ask us to look at the claim again. Your request must reach us by "
           f"{apos(by)}. Use the slip below.", 10)
    p.signoff(["Sincerely,", sig, "Claims Review Unit"], 9.6)
    p.tear_slip("Request to look at a claim again", [
        [("Patient", pat), ("Pool ID", pid), ("Claim", claim)],
        [("Letter date", slash(ld)), ("Send back by", slash(by)), ("Phone where we can reach you", "")]],
        note=f"Mail to: Claims Review Unit, {PO_CLAIMS}. Tell us in a few lines why the Pool should pay.")
    t = truth("denial_letter", "out_of_network", insurer=POOL, member_id=pid, member_name=pat, cases=[claim],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(ld), provider=IMG,
              appeal_deadline=iso(by), alternates={"insurer": POOL_ALT, "provider": [f"Dr. {rad}", rad]})
    return out(p), t


def finefax_stack(rng):
    # document 1: prior approval asked after the operation
    pat, surg, rn = people(rng, 3)
    pid = pool_id(rng, "OS")
    num = f"26{digits(rng, 6)}"
    req = f"REQ-{num[:2]}-{num[2:]}"
    surg_d = dt.date(2026, 3, rng.randint(2, 4))
    rcvd = plus(surg_d, rng.randint(2, 4))
    nd = workday(plus(rcvd, rng.randint(4, 6)))
    billed = rng.choice([9880.0, 10412.0, 9365.0])
    a = FKSheet(footer="Page {n} of {nb}", footer_left="Notice UCP-PA2  Revised 11/2024")
    a.set_margins(17, 15, 17)
    a.add_page()
    pool_head(a, rng, unit="Prior Approval Desk", box="NOTICE ON A REQUEST")
    W = a.w - a.l_margin - a.r_margin
    a.over_boxes([(nd.strftime("%-d %b %Y"), "Date of notice", W * 0.22), (req, "Request #", W * 0.26),
                  (pid, "Pool ID", W * 0.28), (rcvd.strftime("%-d %b %Y"), "Request received", W * 0.24)])
    a.over_boxes([(pat, "Patient", W * 0.29), (f"Dr. {surg}", "Requesting provider", W * 0.31),
                  (HOSP, "Facility", W * 0.40)])
    a.over_boxes([("Open repair of inguinal hernia, right (CPT 49505)", "Service", W * 0.6),
                  (surg_d.strftime("%-d %b %Y"), "Date of surgery", W * 0.2), (n2(billed), "Facility claim", W * 0.2)])
    a.ln(2)
    for ln in [pat, *mr_address(rng)]:
        a.line(ln, 10)
    a.ln(3)
    a.para(f"Dear {pat}:", 10)
    a.para(f"Dr. {surg}'s office asked us to approve the repair of your hernia at {HOSP}. The request reached us on "
           f"{rcvd.strftime('%-d %b %Y')}, {(rcvd - surg_d).days} days after the operation. The hospital has sent a "
           f"claim of {n2(billed)} for it.", 10)
    a.para("**We cannot approve it now.** A planned operation that is not an emergency must be approved by the "
           "Pool before it is done, so that we can check that it is covered and where it is best done. Nothing in the "
           "hospital's papers says the operation was an emergency: it was booked three weeks ahead. We did not look "
           "at whether the operation was needed.", 10)
    a.para("You should not be billed for the operation while the hospital asks us to look again. If you or Dr. "
           f"{surg.split()[-1]} disagree, ask for a review within 60 days of the date of this notice. Write to "
           f"{PO_CLAIMS}.", 10)
    a.f(8.4)
    a.cell(0, 4.4, f"Auth ref. {num}   |   reviewed by {rn}, RN   |   Prior Approval Desk fax {phone(rng, '802')}",
           new_x="LMARGIN", new_y="NEXT")
    d_a = (out(a), truth("denial_letter", "prior_authorization", insurer=POOL, member_id=pid, member_name=pat,
                         cases=[req], claim_amount=m2(billed), service_dates=[iso(surg_d)], denial_date=iso(nd),
                         provider=f"Dr. {surg}", appeal_deadline=iso(plus(nd, 60)),
                         alternates={"insurer": POOL_ALT, "case_numbers": [[num], [req, num]],
                                     "provider": [HOSP], "claim_amount": [None]}))
    # document 2: a review decision, two pages
    pat2, chair, erdoc = people(rng, 3)
    pid2 = pool_id(rng, "SB")
    docket = f"UCP-RV-26-{digits(rng, 4)}"
    icn = f"26{digits(rng, 3)}{digits(rng, 6)}"
    old_icn = f"25{digits(rng, 3)}{digits(rng, 6)}"
    ed = dt.date(2026, 1, rng.randint(20, 29))
    dd = workday(dt.date(2026, 3, rng.randint(23, 27)))
    billed2 = round(rng.randint(2900, 3800) + rng.choice([0.8, 0.25, 0.0]), 2)
    b = FKSheet(footer="Page {n} of {nb}", footer_left="Decision UCP-RV1  Revised 11/2024",
                every=f"Docket {docket}  |  {pat2}  |  page {{n}}")
    b.set_margins(18, 17, 18)
    b.add_page()
    pool_head(b, rng, unit="Claims Review Unit  |  Review decisions")
    b.line(f"Decision date: {long(dd)}", 10, "B")
    b.ln(2)
    b.addr_kv([pat2, *mr_address(rng)],
              [("Docket", docket), ("Pool ID", pid2), ("Claim (ICN)", icn), ("Hospital", QGH),
               ("Visit", slash(ed))], w=88, cap_w=28)
    b.heading("Decision on your request for review", 12)
    b.para(f"Dear {pat2}:", 10)
    b.para(f"You asked us to look again at our refusal of {QGH}'s claim for your emergency room visit of "
           f"{long(ed)}, when Dr. {erdoc} treated a cut hand. The hospital billed {usd(billed2)}. We read your letter, "
           "the hospital's claim and the coverage records.", 10)
    b.para("**The refusal stands.** On the day of the visit you were enrolled in a plan bought on the state's health "
           f"insurance exchange, {HALL}, which began on January 1, 2026. The Pool pays only for what no other coverage "
           f"pays. The hospital has not yet sent the claim to {HALL}. When it does, and {HALL} has paid or refused "
           "it, the hospital may send the Pool a new claim for what is left.", 10)
    b.add_page()
    b.para(f"You wrote that the Pool paid the hospital before (claim {old_icn}, November 3, 2025, $212.00). That "
           f"visit was before your {HALL} plan began, so the Pool was the only payer then.", 10)
    b.para(f"Please give {QGH}'s billing office your {HALL} card. If the exchange plan leaves a balance you cannot "
           "pay, the Pool can look at it once the hospital sends us the plan's statement.", 10)
    b.heading("What else you can do", 10.5)
    b.para("This is the Pool's last decision on the claim. You may ask the Office of Administrative Hearings for a "
           "hearing within 30 days after you receive this decision. Send a copy of this letter with your request.",
           9.8)
    b.signoff(["For the Claims Review Unit,", chair, "Review officer"], 9.6)
    d_b = (out(b), truth("denial_letter", "other", insurer=POOL, member_id=pid2, member_name=pat2,
                         cases=[docket, icn], claim_amount=m2(billed2), service_dates=[iso(ed)],
                         denial_date=iso(dd), provider=QGH,
                         alternates={"insurer": POOL_ALT, "case_numbers": [[docket], [icn]],
                                     "provider": [f"Dr. {erdoc}", erdoc]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_clearinghouse_remittance_landscape_other_coverage_line", "born_digital",
             [born_remit(rng)]),
        Item(F + "faxstd_partial_level_granted_stay_before_start_authorized_rep", "fax_standard_g4",
             [faxstd_eligibility(rng)]),
        Item(F + "photocopy_prose_only_letter_to_husband_wife_dental_implant", "photocopy", [photocopy_prose(rng)]),
        Item(F + "phone_es_carta_a_la_madre_renovacion_no_devuelta", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_medical_hardship_approved_not_a_bill", "rotated", [rotated_hardship(rng)]),
        Item(F + "lowres_imaging_office_not_in_pool_referring_and_reading_doctor_tear_slip", "scan_lowres_150",
             [lowres_imaging(rng)]),
    ]
    items.append(Item(F + "finefax_stack_cover_prior_approval_after_surgery_then_review_upheld_upside_down",
                      "fax_fine_g4", finefax_stack(rng), separators=["cover", None], turns={(1, 1): 180}))
    return items
