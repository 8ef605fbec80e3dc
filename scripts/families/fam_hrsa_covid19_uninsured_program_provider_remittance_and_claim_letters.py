"""Papers mirrored (structure and plain wording style only) from HRSA's COVID-19 Uninsured Program, the Health
Resources and Services Administration's program that paid providers for COVID-19 testing, treatment and vaccine
administration given to people with no health coverage: remittances and claim letters to providers, letters to
patients. Public rules used as themselves: the program pays only for people who had no health coverage of any kind
(no job-based or individual plan, no Medicare, no Medicaid) on the day of care; it pays at Medicare rates and a
provider who takes its money may not bill the patient for the rest; a treatment claim needs COVID-19 (U07.1) as
the first diagnosis, except a pregnancy claim where O98.5 comes first; the vaccine itself was given to providers
free, so only its administration is paid; the program stopped taking claims when its money ran out. HRSA, HHS,
Medicaid, CPT/HCPCS and ICD-10 codes and claim adjustment reason code numbers appear as themselves (their wording
is my own). The program's ID and claim number shapes, its remark code N-P1, the cut-off date, every review time
limit, the portal, every provider, billing company, pharmacy, lawyer, person, number and address are invented;
phones use 555. No heading names the kind of denial; each reason is put in plain words of my own.

Documents (8 in 7 files):
- faxstd_landscape_remittance_three_patients_covid_listed_second: a landscape provider remittance on a standard
  fax to an urgent care's billing company, short captions left of and under their boxes ("RA dt", "Pay to",
  "Prov TIN", "Trace #", "Billing prov", "RA #"), three patients with a "Rendering" column, a first-listed
  diagnosis column, claim subtotals, adjustments printed with a trailing minus and RA totals; the middle patient's
  two visits pay 0.00 because J18.9 comes before U07.1 (coding_error; code legend only); "within 90 days of the RA
  dt". Hard: the payee is a billing company, the provider only a table column, the case only a claim column.
- born_digital_portal_claim_detail_vaccine_paid: a portal print view of a paid vaccine administration claim
  (breadcrumb and tabs, ID panel with the program ID beside the clinic's account number, the vaccine's own line
  at 0.00 because it came free); denies nothing (eob, null). Hard: received, processed and paid dates; a nurse as
  rendering, the health centre as billing provider.
- lowres_letter_patient_medicaid_found_hospital_stay: a 150 dpi letter to a patient with odd captions under its
  boxes ("Ltr date", "Pgm ID", "Claim ref." printed in groups, "Medicaid no. (state)"), a hospital stay
  "from February 23 through February 27, 2026" refused because the state's records show Medicaid on those days
  (eligibility); hospital and doctor only in sentences, charges only in a sentence ("14,806.50 USD");
  "within 60 days from the date at the top of this letter".
- photocopy_letter_hospital_claim_after_cutoff: a photocopied letter to a hospital with a parties box (hospital,
  attending, billing agent), an ID panel (program ID beside the hospital account) and a claims table (billed /
  allowed / paid / not paid in parentheses / received, totals) where only the stay "4-9 Mar 2026" (in the text
  "03/04/26 - 03/09/26") is refused
  because it came three days after the program stopped taking claims (timely_filing; other accepted); "by
  June 12, 2026".
- phone_es_carta_vacuna_cobrada_farmacia: a photographed Spanish letter to a patient: a pharmacy billed the
  program for the vaccine itself beside its administration; the administration is paid, the vaccine is not
  (not_covered); a table with paid and unpaid rows and totals, "US$ 142,00" beside "$142.00", the pharmacy's
  account number as decoy; "dentro de un plazo de 45 días contados a partir de la fecha de esta carta".
- rotated_reconsideration_lab_duplicate_four_tests: a reconsideration outcome to a laboratory in a grid of boxes
  (case ref. and claim number; the ordering clinician beside the laboratory), four test dates in ISO form in a
  table, fed sideways: the tests were paid under an earlier claim (other, duplicate); final, no deadline.
- finefax_stack_cover_advocate_letter_then_notice_job_coverage_upside_down: a fax cover sheet, a legal aid
  office's cover letter forwarding the program's notice to the hospital (other, null; its own file number as
  decoy; the deadline as the office counted it), then the program's two-page notice to the patient refusing an
  emergency visit on "Saturday, March 14, 2026" because the hospital's intake shows job-based coverage
  (eligibility; the employer plan's group and member numbers as decoys), its second page (rights and "within 45
  days of the notice date on page 1") upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundec_famga import (ECSheet, dlong, dob, dshort, es_date, es_money, grouped, mixed_id, n2, paren,
                               people, phone, span_dash, span_dmy, span_words, trail, usd_after, workday)
from public_kit import digits, fdate, m2, money, out, plus, truth

FAMILY = "hrsa_covid19_uninsured_program_provider_remittance_and_claim_letters"
LANG = "en"
SEED = 354920
INS = "HRSA COVID-19 Uninsured Program"
ALT = ["Health Resources and Services Administration", "HRSA", "COVID-19 Uninsured Program",
       "HRSA Uninsured Program", "U.S. Department of Health and Human Services"]
BILLER = "Tidewater Peak Medical Billing LLC"
URGENT = "Larkspur Flats Urgent Care"
HC = "Sunbury Flats Community Health Center"
HOSP1 = "Wyncote Valley Regional Hospital"
HOSP2 = "Pellham Crossing Medical Center"
HOSP3 = "Saint Ysolde Community Hospital"
AGENT = "Corbel Revenue Partners"
PHARM = "Farmacia Los Nogales"
LAB = "Quillmont Diagnostic Laboratory"
LEGAL = "Calloway Ridge Legal Services"


def pgm_id(rng):
    """The program's patient ID: 'U' and ten characters, two or three of them letters OCR reads as digits."""
    return "U" + mixed_id(rng, 10, rng.choice([2, 3]))


def claim_no(rng):
    return f"UIC26{mixed_id(rng, 8, 1)}"


def _head(p, rng, unit, box=None):
    p.head(INS, "HRSA", ["Health Resources and Services Administration  |  U.S. Department of Health and Human "
                         "Services", f"{unit}  |  PO Box {rng.randint(30100, 30999)}, Lexington KY 40512  |  "
                                  f"1-866-555-{digits(rng, 4)}  |  TTY 711"], box=box, size=12.5)


def faxstd_remit(rng):
    pts = people(rng, 3, maxlen=17)
    docs = people(rng, 3, maxlen=18)
    rd = workday(dt.date(2026, 3, rng.randint(23, 31)))
    W = 279.4 - 24
    fax = (f"{rd.strftime('%m/%d/%y')} {rng.randint(9, 16)}:{rng.randint(10, 59)}  FROM UIP CLAIMS PROCESSING "
           f"{phone(rng)}  TO {BILLER.upper()}  P.{{n}}")
    p = ECSheet(footer="Page {n} of {nb}", footer_left="UIP-RA-3 (rev. 01/26)", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, "Claims Reimbursement")
    p.title_bar("PROVIDER REMITTANCE ADVICE  -  UNINSURED PROGRAM CLAIMS")
    ra = f"RA-{digits(rng, 8)}"
    p.capcells([("RA dt", fdate(rd, "slash"), 40, "B"), ("Pay to", BILLER, 100, "L"),
                ("Prov TIN", f"{digits(rng, 2)}-{digits(rng, 7)}", 52, "L"), ("Trace #", f"1{digits(rng, 14)}",
                                                                              W - 192, "B")])
    p.capcells([("Billing prov", URGENT, 110, "L"), ("NPI", digits(rng, 10), 48, "B"), ("RA #", ra, W - 158, "B")])
    p.ln(1)
    claims, deny = [], None
    plan = [("test", [("Z20.822", "87635", "SARS-CoV-2 PCR", 51.31), ("Z20.822", "99213", "office visit", 92.10)]),
            ("deny", [("J18.9", "99214", "office visit", None), ("J18.9", "99213", "follow-up visit", None)]),
            ("vax", [("Z23", "90480", "vaccine admin", 40.78)])]
    for (nm, dr, (kind, lines)) in zip(pts, docs, plan):
        pid = pgm_id(rng)
        cl = claim_no(rng)
        acct = f"LF{digits(rng, 6)}"
        d1 = dt.date(2026, 3, rng.randint(2, 6))
        rows = []
        dates = []
        for i, (dx, cpt, desc, allowed) in enumerate(lines):
            d = d1 if kind != "deny" else (d1 if i == 0 else d1 + dt.timedelta(days=2))
            dates.append(d)
            billed = float(rng.choice([245, 265, 280])) if allowed is None and i == 0 else (
                float(rng.choice([150, 165, 175])) if allowed is None else round(allowed * rng.uniform(1.5, 2.2)))
            billed = round(billed, 2)
            if allowed is None:
                rows.append([d.strftime("%m/%d/%y"), f"{cpt} {desc}", dx, dr, billed, 0.0, 0.0, billed, 0.0,
                             "CO-11 N-P1"])
            else:
                rows.append([d.strftime("%m/%d/%y"), f"{cpt} {desc}", dx, dr, billed, allowed, allowed,
                             round(billed - allowed, 2), 0.0, "CO-45"])
        last, first, mi = nm.split()[-1], nm.split()[0], nm.split()[1].rstrip(".")
        claims.append({"lead": [f"{last.upper()}, {first.upper()} {mi}", pid, acct, cl], "lines": rows})
        if kind == "deny":
            deny = (nm, pid, cl, sorted(set(dates)), dr)
    fmt = lambda i, v: trail(v) if i == 3 else n2(v)  # noqa: E731
    subs, tot = p.remit(["Patient", "UIP ID", "Pt acct", "Claim #", "DOS", "Svc", "Dx (1st)", "Rendering",
                         "Billed", "Allowed", "Paid", "Adj", "Pt resp", "Rsn"], claims,
                        [30, 21, 15, 22, 13, 31, 12, 28, 15, 14, 14, 15, 11, W - 241], 5, fmt=fmt, size=6.6)
    p.leaders([("Paid on this RA", n2(tot[2])), ("Amount of this EFT", n2(tot[2]))], size=8.2, w=120)
    p.para("**Rsn.** CO-45: the charge is more than the program allows; the program pays at Medicare rates. "
           "CO-11 N-P1: the program pays for treatment only when COVID-19 (U07.1) is the first diagnosis on the claim "
           "(a pregnancy claim may list O98.5 first and U07.1 second). On these lines J18.9 comes first and U07.1 "
           "second, so nothing was paid. Pt resp is always 0.00: when you take the program's payment you may not "
           "bill the patient for any part of the service.", 7.8)
    p.para("To ask for a reconsideration of a line, or to send a corrected claim, write within 90 days of the RA dt. "
           "Quote the claim number.", 7.8)
    nm, pid, cl, dates, dr = deny
    t = truth("eob", "coding_error", insurer=INS, member_id=pid, member_name=nm, cases=[cl],
              claim_amount=m2(subs[1][0]), service_dates=[d.isoformat() for d in dates], denial_date=rd.isoformat(),
              provider=dr, appeal_deadline=plus(rd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [URGENT]},
              denial_alternates=["not_covered"], type_alternates=["denial_letter"])
    return out(p), t


def bd_portal_paid(rng):
    pt, nurse, user = people(rng, 3)
    pid = pgm_id(rng)
    shown = grouped(pid, [4, 4])
    cl = claim_no(rng)
    acct = f"SFC-{digits(rng, 7)}"
    dos = dt.date(2026, 3, rng.randint(9, 20))
    rcv = plus(dos, rng.randint(2, 5))
    proc = workday(plus(rcv, rng.randint(4, 7)))
    paid = workday(plus(proc, 2))
    p = ECSheet(footer="Page {n} of {nb}", footer_left="Print view - not a bill")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Portal")
    p.portal_bar("Claims  >  Search  >  Claim detail", ["Summary", "Service lines", "Payment", "Notes"], active=0,
                 note=f"Signed in: {user}")
    p.title_bar("CLAIM DETAIL", sub="Status: PAID - finalized")
    p.idpanel([("Claim no.", cl), ("Claim status", "Paid"), ("Processed", fdate(proc, "slash"))])
    p.idpanel([("Patient", pt), ("Uninsured Program ID", shown), ("Patient acct no.", acct)], title="Patient")
    p.idpanel([("Billing provider", HC), ("Rendering", f"{nurse}, RN"), ("Billing NPI", digits(rng, 10))],
              title="Provider")
    W = p.w - p.l_margin - p.r_margin
    lines = [[dshort(dos), "90480", "Administration, COVID-19 vaccine", "Z23", "65.00", "40.78", "40.78", "0.00"],
             [dshort(dos), "91320", "Vaccine (supplied at no cost)", "Z23", "0.00", "0.00", "0.00", "0.00"],
             ["Total", "", "", "", "65.00", "40.78", "40.78", "0.00"]]
    p.table(["Date of service", "Code", "Description", "Dx", "Charge", "Allowed", "Paid", "Patient owes"], lines,
            [30, 15, 56, 12, 17, 17, 17, W - 164], size=7.8, aligns=["L", "L", "L", "L", "R", "R", "R", "R"],
            bold_last=True)
    p.leaders([("Claim received", fdate(rcv, "slash")), ("Payment issued (EFT)", dshort(paid)),
               ("EFT trace", f"1{digits(rng, 14)}"), ("Payment amount", "USD 40.78")], size=8.6, w=110)
    p.para("The vaccine was sent to you by the federal government at no cost, so its line is paid at 0.00 and may "
           "not be billed to anyone. The administration is paid at the Medicare rate; the patient owes nothing.",
           8.6)
    t = truth("eob", None, insurer=INS, member_id=pid, member_name=pt, cases=[cl], claim_amount="65.00",
              service_dates=[dos.isoformat()], denial_date=paid.isoformat(), provider=f"{nurse}",
              alternates={"insurer": ALT, "provider": [HC], "denial_date": [proc.isoformat()]},
              type_alternates=["other"])
    return out(p), t


def lowres_medicaid(rng):
    pt, dr, sig = people(rng, 3)
    pid = pgm_id(rng)
    ref = claim_no(rng)
    a, e = dt.date(2026, 2, 23), dt.date(2026, 2, 27)
    ld = workday(dt.date(2026, 4, rng.randint(6, 17)))
    charges = 14806.50
    mcd = f"{rng.choice('0123456789')}{digits(rng, 9)}"
    p = ECSheet(footer=None)
    p.set_margins(18, 15, 18)
    p.add_page()
    _head(p, rng, "Patient Services")
    for ln in [pt, f"{rng.randint(100, 2999)} Arroyo Seco Ln", "Bakersfield CA 93307"]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ltr date", fdate(ld, "dash"), 34, "B"), ("Pgm ID", pid, 44, "B"),
                ("Claim ref.", grouped(ref, [5, 4, 4]), 48, "B"), ("Medicaid no. (state)", mcd, W - 126, "B")],
               cap=6.0)
    p.para(f"Dear {pt}:", 10)
    p.para(f"{HOSP1} asked the COVID-19 Uninsured Program to pay for the care you had there "
           f"{span_words(a, e)}, when Dr. {dr} treated you for COVID-19. This letter tells you what we decided.", 10)
    p.para("The program can pay only for people who had no health coverage at all on the days they got care. Before "
           "paying, we check the state's records. They show that you were enrolled in Medicaid on each of those days. "
           "Because Medicaid covered you, the program did not pay the hospital. The hospital's charges were "
           f"{usd_after(charges)}.", 10)
    p.para("The hospital may send its bill to Medicaid instead. If you get a bill for this stay, call the hospital "
           "and give them your Medicaid number.", 10)
    p.para("If you think the state's records are wrong (for example, your Medicaid started later), write to us "
           "within 60 days from the date at the top of this letter and send any letter from Medicaid that shows "
           "your dates.", 10)
    p.para(f"Sincerely,\n{sig}\nPatient Services, COVID-19 Uninsured Program", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=pid, member_name=pt, cases=[ref],
              claim_amount=m2(charges), service_dates=[f"{a.isoformat()}/{e.isoformat()}"],
              denial_date=ld.isoformat(), provider=HOSP1, appeal_deadline=plus(ld, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [dr], "service_dates": [[a.isoformat(), e.isoformat()]]})
    return out(p), t


def photocopy_cutoff(rng):
    pt, att, sig = people(rng, 3)
    pid = pgm_id(rng)
    acct = f"H{digits(rng, 9)}"
    a, e = dt.date(2026, 3, 4), dt.date(2026, 3, 9)
    er = dt.date(2026, 2, 27)
    cutoff = dt.date(2026, 3, 23)
    rcv = dt.date(2026, 3, 26)
    ld = workday(dt.date(2026, 4, rng.randint(13, 24)))
    dl = dt.date(2026, 6, 12)
    c1, c2, c3 = claim_no(rng), claim_no(rng), claim_no(rng)
    rows, tot = [], [0.0] * 4
    spec = [(c1, fdate(er, "slash"), "Emergency dept.", 2214.00, 911.42, plus(er, 6)),
            (c2, fdate(er, "slash"), "CT chest", 1380.00, 402.17, plus(er, 6)),
            (c3, span_dmy(a, e), "Inpatient stay", 18406.00, None, rcv)]
    for cl, when, what, billed, allowed, got in spec:
        refused = allowed is None
        vals = [billed, 0.0 if refused else allowed, 0.0 if refused else allowed, billed if refused else 0.0]
        tot = [x + y for x, y in zip(tot, vals)]
        rows.append([cl, when, what, n2(vals[0]), n2(vals[1]), n2(vals[2]), paren(vals[3]), fdate(got, "slash")])
    rows.append(["Totals", "", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), paren(tot[3]), ""])
    p = ECSheet(footer="Page {n} of {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, "Claims Reimbursement")
    p.para(fdate(ld, "long"), 10)
    p.para(f"Patient Accounts\n{HOSP2}\n{rng.randint(200, 4800)} Teasdale Pkwy\nRoswell NM 88201", 10)
    p.parties([("Hospital", HOSP2, f"NPI {digits(rng, 10)}"), ("Attending", f"Dr. {att}", f"NPI {digits(rng, 10)}"),
               ("Billing agent", AGENT, f"Submitter {digits(rng, 6)}")], cap_w=34)
    p.idpanel([("Patient", pt), ("UIP patient ID", pid), ("Hospital acct", acct)])
    p.para(f"We have three claims from your hospital for {pt}. The emergency visit and the CT scan on "
           f"{fdate(er, 'long')} were paid. The inpatient stay ({span_dash(a, e)}) was not.", 9.8)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Claim", "Service dates", "Service", "Billed", "Allowed", "Paid", "Not paid", "Received"], rows,
            [28, 26, 27, 20, 18, 18, 20, W - 157], size=7.8, aligns=["L", "L", "L", "R", "R", "R", "R", "L"],
            bold_last=True)
    p.para(f"The program stopped taking claims for testing and treatment at 11:59 p.m. Eastern time on "
           f"{dlong(cutoff)}, because the money set aside for it had been used up. Claim {c3} reached us on "
           f"{fdate(rcv, 'long')}, three days after that, so it could not be paid. Nothing in your claim or your "
           "records was found wrong; it simply came too late.", 9.8)
    p.para(f"If your agent has a receipt showing the claim reached us on or before the last day, send a copy by "
           f"{fdate(dl, 'long')} and we will look at it again. You may not bill the patient for the days the "
           "program would have paid.", 9.8)
    p.para(f"{sig}\nClaims Reimbursement", 9.8)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=pid, member_name=pt, cases=[c3],
              claim_amount="18406.00", service_dates=[f"{a.isoformat()}/{e.isoformat()}"],
              denial_date=ld.isoformat(), provider=HOSP2, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {att}"],
                          "service_dates": [[a.isoformat(), e.isoformat()]]},
              denial_alternates=["other"])
    return out(p), t


def phone_es(rng):
    pt, pharmacist, sig = people(rng, 3, es=True)
    pid = pgm_id(rng)
    cl = claim_no(rng)
    acct = f"FLN-{digits(rng, 6)}"
    dos = dt.date(2026, 3, rng.randint(2, 13))
    ld = workday(plus(dos, rng.randint(25, 34)))
    admin, vacc = 58.00, 142.00
    p = ECSheet(footer="Página {n} de {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, "Servicios al Paciente")
    p.para(es_date(ld), 10)
    for ln in [pt, f"{rng.randint(100, 2999)} Calle Guadalupe", "Laredo TX 78040"]:
        p.line(ln, 10)
    p.ln(2)
    p.idpanel([("N.º del programa", pid), ("Reclamo", cl), ("N.º de cuenta (farmacia)", acct)])
    p.para(f"Estimado(a) {pt}:", 10)
    p.para(f"El {es_date(dos, True)}, {pharmacist}, de la farmacia {PHARM}, le puso a usted la vacuna contra el "
           "COVID-19. La farmacia nos envió un reclamo con dos cargos: uno por ponerle la vacuna y otro por la vacuna "
           "misma.", 10)
    W = p.w - p.l_margin - p.r_margin
    rows = [[dos.isoformat(), "90480", "Aplicación de la vacuna", n2(admin), n2(admin), "0.00"],
            [dos.isoformat(), "91320", "La vacuna", n2(vacc), "0.00", n2(vacc)],
            ["Total", "", "", n2(admin + vacc), n2(admin), n2(vacc)]]
    p.table(["Fecha", "Código", "Servicio", "Cobrado", "Pagado", "No pagado"], rows, [24, 18, 52, 26, 26, W - 146],
            size=8.4, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"Pagamos el cargo por ponerle la vacuna. No pagamos los {es_money(vacc)} ({money(vacc)}) de la vacuna: "
           "el gobierno federal entrega las vacunas a las farmacias sin costo alguno, así que nadie debe cobrar por "
           "ellas. Usted no tiene que pagar nada por esta visita, y la farmacia no puede cobrarle la diferencia.", 10)
    p.para("Si cree que hay un error, puede pedirnos que revisemos esta decisión dentro de un plazo de 45 días "
           "contados a partir de la fecha de esta carta. Escríbanos a la dirección de arriba.", 10)
    p.para(f"Atentamente,\n{sig}\nServicios al Paciente", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=pid, member_name=pt, cases=[cl],
              claim_amount=m2(admin + vacc), service_dates=[dos.isoformat()], denial_date=ld.isoformat(),
              provider=PHARM, appeal_deadline=plus(ld, 45).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [pharmacist],
                          "claim_amount": [m2(vacc)]})
    return out(p), t


def rotated_lab(rng):
    pt, orderer, officer = people(rng, 3)
    pid = pgm_id(rng)
    cl, earlier = claim_no(rng), claim_no(rng)
    case = f"RC-26-{digits(rng, 5)}"
    first = dt.date(2026, 1, rng.randint(5, 9))
    dates = [plus(first, 7 * i) for i in range(4)]
    od = workday(dt.date(2026, 4, rng.randint(20, 30)))
    paid_on = plus(dates[-1], rng.randint(15, 25))
    each = 275.00
    p = ECSheet(footer="Page {n} of {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, "Claims Reimbursement - Reconsiderations")
    p.title_bar("RECONSIDERATION OUTCOME")
    p.grid([[("Outcome date", fdate(od, "upper")), ("Case ref.", case), ("Claim #", cl)],
            [("Laboratory", LAB), ("Ordering clinician", f"{orderer}, PA-C"), ("UIP patient ID", pid)],
            [("Patient", pt), ("Date of birth", fdate(dob(rng), "slash")), ("Billed", money(each * 4))]],
           size=8.8)
    p.para(f"Your laboratory asked us to reconsider claim {cl}, four SARS-CoV-2 tests for {pt}:", 9.8)
    W = p.w - p.l_margin - p.r_margin
    rows = [[d.isoformat(), "87635", "SARS-CoV-2 amplified probe", n2(each), f"paid under {earlier}"] for d in dates]
    rows.append(["Total", "", "", n2(each * 4), ""])
    p.table(["Collected", "Code", "Test", "Billed", "Status"], rows, [26, 16, 62, 22, W - 126], size=8.2,
            aligns=["L", "L", "L", "R", "L"], bold_last=True)
    p.para(f"The program already paid these same four tests on {fdate(paid_on, 'long')} under claim {earlier}. Claim "
           f"{cl} lists the same patient, the same dates and the same test, so paying it would pay your laboratory "
           "twice for the same work. A second person looked at both claims and agrees. We are keeping our decision.",
           9.8)
    p.para(f"This ends the program's review of claim {cl}. Reviewer: {officer}.", 9.8)
    t = truth("denial_letter", "other", insurer=INS, member_id=pid, member_name=pt, cases=[case, cl],
              claim_amount=m2(each * 4), service_dates=[d.isoformat() for d in dates], denial_date=od.isoformat(),
              provider=LAB, appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [orderer], "case_numbers": [[case], [cl]]})
    return out(p), t


def finefax_stack(rng):
    pt, lawyer, dr, sig = people(rng, 4)
    pid = pgm_id(rng)
    cl = claim_no(rng)
    dos = dt.date(2026, 3, 14)
    nd = workday(dt.date(2026, 4, rng.randint(14, 22)))
    dl = plus(nd, 45)
    cd = workday(plus(nd, rng.randint(8, 12)))
    charges = 3912.40
    own = f"CRL-26-{digits(rng, 4)}"
    grp, emp_id = f"{digits(rng, 5)}-{rng.randint(1, 9)}", f"FFX{digits(rng, 8)}"
    # A: the legal aid office's cover letter (its own document; denies nothing)
    a = ECSheet(footer=None)
    a.set_margins(20, 16, 20)
    a.add_page()
    a.office_head(LEGAL, "Health Coverage Project", [f"{rng.randint(100, 900)} Hollister Ave, Suite 2  |  "
                                                     f"Visalia CA 93291  |  {phone(rng, '559')}"])
    a.para(fdate(cd, "long"), 10)
    a.para(f"Financial Counseling\n{HOSP3}\nVisalia CA 93292", 10)
    a.para(f"Re: {pt} - emergency visit of 03/14/26\nOur file no. {own}", 10)
    a.para("Dear Financial Counselor:", 10)
    a.para(f"We represent {pt}. With our client's permission we enclose a notice the HRSA COVID-19 Uninsured "
           f"Program sent to our client, dated {fdate(nd, 'long')}, about your hospital's claim {cl} (program ID "
           f"{pid}) for the emergency visit on March 14, 2026.", 10)
    a.para("The program did not pay because your intake form lists job-based coverage. Our client's coverage through "
           "the former employer ended on February 28, 2026, two weeks before the visit; we have a letter from the "
           "employer saying so. We are asking the program to look again.", 10)
    a.para(f"The notice allows 45 days from its date; by our count the request must reach the program by "
           f"{fdate(dl, 'long')}. Please do not send the account to collections while the program reviews it.", 10)
    a.para(f"Sincerely,\n\n{lawyer}\nStaff Attorney", 10)
    a.para("Enclosure: program notice (2 pages)", 8.6)
    d_a = (out(a), truth("other", None, insurer=None, member_id=pid, member_name=pt, cases=[cl],
                         service_dates=[dos.isoformat()], denial_date=cd.isoformat(), provider=HOSP3,
                         appeal_deadline=dl.isoformat(), unscored=["insurer"],
                         alternates={"appeal_deadline": [None]}))
    # B: the program's two-page notice to the patient; its second page goes in upside down
    b = ECSheet(footer="Page {n} of {nb}", footer_left=f"Claim {cl}")
    b.set_margins(18, 14, 18)
    b.add_page()
    _head(b, rng, "Patient Services")
    b.para(f"Notice date: {fdate(nd, 'slash')}", 10)
    for ln in [pt, f"{rng.randint(100, 2999)} W Noble Ave Apt {rng.randint(1, 40)}", "Visalia CA 93277"]:
        b.line(ln, 10)
    b.ln(3)
    b.idpanel([("Uninsured Program ID", pid), ("Claim", cl), ("Date of care", dlong(dos))])
    b.para(f"Dear {pt}:", 10)
    b.para(f"{HOSP3} sent the COVID-19 Uninsured Program a claim for {money(charges)} for your emergency room "
           f"visit on {dlong(dos)}, when Dr. {dr} tested and treated you for COVID-19.", 10)
    b.para("The program did not pay this claim. It pays only for people who had no health insurance of any kind on "
           "the day of their care. The hospital's registration record for your visit shows health coverage through "
           "an employer:", 10)
    b.boxed_note("Coverage shown on the hospital's record",
                 f"Fenwick Freight Employees Health Plan  -  group {grp}  -  member {emp_id}  -  listed as active", 9)
    b.para("If that plan covered you on the day of the visit, the hospital should bill it. If it did not, see the "
           "next page.", 10)
    b.add_page()
    b.heading("What you can do", 11.5, rule=True)
    b.para("If your coverage had ended before the day of your care, you may ask us to look at the claim again. Send "
           "a letter from the employer or the plan that shows the date your coverage ended.", 10)
    b.para("Your request must reach us within 45 days of the notice date on page 1. Mail it to the address at the "
           "top of page 1 and write the claim number on each page.", 10)
    b.para("You do not have to pay the hospital while we look at your request. Help is free: call the number on "
           "page 1 (TTY 711). If you need this notice in another language or format, call us.", 10)
    b.para(f"{sig}\nPatient Services", 10)
    d_b = (out(b), truth("denial_letter", "eligibility", insurer=INS, member_id=pid, member_name=pt, cases=[cl],
                         claim_amount=m2(charges), service_dates=[dos.isoformat()], denial_date=nd.isoformat(),
                         provider=HOSP3, appeal_deadline=dl.isoformat(),
                         alternates={"insurer": ALT, "provider": [dr]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_landscape_remittance_three_patients_covid_listed_second", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "born_digital_portal_claim_detail_vaccine_paid", "born_digital", [bd_portal_paid(rng)]),
        Item(F + "lowres_letter_patient_medicaid_found_hospital_stay", "scan_lowres_150", [lowres_medicaid(rng)]),
        Item(F + "photocopy_letter_hospital_claim_after_cutoff", "photocopy", [photocopy_cutoff(rng)]),
        Item(F + "phone_es_carta_vacuna_cobrada_farmacia", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_reconsideration_lab_duplicate_four_tests", "rotated", [rotated_lab(rng)]),
        Item(F + "finefax_stack_cover_advocate_letter_then_notice_job_coverage_upside_down", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 1): 180}),
    ]
