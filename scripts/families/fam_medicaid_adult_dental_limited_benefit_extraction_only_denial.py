"""Arizona Medicaid (AHCCCS, the Arizona Health Care Cost Containment System) adult dental benefit notices, mirrored
for structure and wording style only, from an invented AHCCCS dental plan (Quillwood Community Dental Plan): for
members 21 and older the benefit is limited to emergency dental care and extractions, so a crown and a partial
denture are denied and an extraction is paid. AHCCCS, its rules and the State Fair Hearing appear as themselves;
the plan, the dental offices, every person and number are invented.

Documents (8 in 7 files):
- bd_nabd_crown_preservice_cc_office: Notice of Adverse Benefit Determination for a crown (D2740) the dentist asked
  to place, "4 March 2026" style dates, received date and DOB as decoys, an example amount in the text, 60-day
  appeal with 72-hour / 10-day / 120-day decoys, cc: the dental office; page 2 nondiscrimination and taglines.
- faxstd_remittance_to_office_mono_two_pages: the plan's remittance advice to the dental office ("Attn: Billing
  Office"), small type, claims of several patients in a monospaced table with no rules, continued on page 2 under a
  repeated header, the partial denture claim denied in the middle, "04-MAR-2026" dates, adjustments in brackets.
- scan300_office_statement_crown_balance: the dental office's own statement to the member (exam, x-rays and
  extraction paid by the plan, the crown denied and billed to the patient), "USD" amounts (denies nothing).
- phone_cover_letter_facts_on_page2_partial_denture: a prose cover letter on page 1, the facts (AHCCCS ID, claim,
  date of service, billed) only in a box on page 2 whose running header carries a different printed date.
- rotated_spanish_notice_partial_denture: the Spanish notice (Aviso de determinación adversa de beneficios).
- lowres_appeal_resolution_upheld_crown: Notice of Appeal Resolution upholding the crown denial; only a State Fair
  Hearing (120 days) is left, so no appeal deadline; cc: the dental office.
- photocopy_stack_extraction_approval_then_member_eob: the approval of an emergency extraction
  addressed to the oral surgery office (denies nothing), its duplex back, a fax cover, then the member's EOB (exam, extraction,
  panoramic x-ray paid, the crown denied in the middle) fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkc import DKSheet, brackets, ordinal, short, upper_dmy, words
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "medicaid_adult_dental_limited_benefit_extraction_only_denial"
LANG = "en"
SEED = 351702

PLAN = "Quillwood Community Dental Plan"
OFFICE = "Saltbush Family Dentistry"
DENTIST = "Marguerite Halvorsen"
SURG_OFFICE = "Verde Valley Oral Surgery"
SURGEON = "Teodoro Castellanos"
RULE = ("AHCCCS covers dental services for members 21 years of age and older only as emergency dental care, up "
        "to $1,000 per member per contract year (October 1 through September 30), and medically necessary "
        "extractions. Crowns, bridges and partial or complete dentures are not covered for adult members "
        "(Arizona Administrative Code R9-22-207).")


def _ids(rng):
    return {"mid": "A" + digits(rng, 8), "dob": dt.date(rng.randint(1958, 1996), rng.randint(1, 12),
                                                         rng.randint(1, 28))}


def _head(p, rng, title):
    p.letterhead(PLAN, ["An AHCCCS Complete Care dental plan  |  PO Box 4417, Tempe AZ 85280",
                        f"Member Services 1-866-555-{digits(rng, 4)} (TTY 711)  |  Provider Services "
                        f"1-866-555-{digits(rng, 4)}"])
    p.line(title, 12.5, "B")
    p.ln(2)


def _rights(p, size=8.6, lang="en"):
    if lang == "es":
        p.heading("Si no está de acuerdo con esta decisión", 9.5)
        p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Llame a Servicios "
               "para Miembros o escríbanos. Si su salud está en grave peligro, pida una apelación acelerada: la "
               "decidimos dentro de 72 horas. Si quiere seguir recibiendo un servicio que ya tenía mientras "
               "decidimos, pídalo dentro de 10 días. Si no está de acuerdo con la decisión de la apelación, puede "
               "pedir una Audiencia Imparcial Estatal (State Fair Hearing) dentro de 120 días a partir de la fecha "
               "de la decisión de la apelación.", size)
        return
    p.heading("What you can do if you disagree", 9.5)
    p.para("You can ask us for an appeal within 60 days of the date of this notice. Call Member Services or write "
           "to us. If waiting could seriously harm your health, ask for an expedited appeal: we decide it within "
           "72 hours. If you want to keep getting a service you already had while we decide, ask within 10 days. "
           "If you do not agree with the appeal decision, you can ask for a State Fair Hearing within 120 days of "
           "the date of the appeal decision. Providers have 180 days to submit a corrected claim.", size)


# 1 -----------------------------------------------------------------------------------------------------------
def bd_nabd_crown(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 3, rng.randint(2, 9))
    rec = plus(nd, -rng.randint(6, 11))
    planned = plus(nd, rng.randint(14, 24))
    req = f"PA-26-{digits(rng, 6)}"
    tooth = rng.choice([3, 14, 19, 30])
    p = DKSheet(footer="Page {n} of {nb}", running=[f"{mem}  |  AHCCCS ID {ids['mid']}  |  {req}"])
    p.add_page()
    _head(p, rng, "Notice of Adverse Benefit Determination")
    p.pairs([("Date of this notice", nd.strftime("%-d %B %Y")),
             ("Member", mem), ("AHCCCS ID", ids["mid"]), ("Date of birth", fdate(ids["dob"], "slash")),
             ("Request number", req), ("Request received", rec.strftime("%-d %B %Y")),
             ("Requested by", f"Dr. {DENTIST}, DDS, {OFFICE}")], label_w=46, size=9.2, h=5)
    p.ln(2)
    for ln in [mem] + address(rng):
        p.line(ln, 9.5)
    p.ln(3)
    p.para(f"Dear {mem}:", 9.8)
    p.heading("What we decided", 10)
    p.para(f"Dr. {DENTIST} asked us to approve a porcelain-fused-to-metal crown (D2740) on tooth #{tooth}, "
           f"planned for {planned.strftime('%-d %B %Y')}. **We denied this request.**", 9.8)
    p.heading("Why we decided this", 10)
    p.para(RULE + " A crown is not emergency dental care. The $1,000 emergency limit does not change this: for "
           "example, if a crown cost $950.00, it would still not be covered for an adult member.", 9.8)
    p.para("If the tooth becomes painful or infected, your dentist can ask us for emergency treatment or an "
           "extraction, which are covered.", 9.8)
    _rights(p)
    p.para(f"cc: {OFFICE}, Attn: Dr. {DENTIST}", 8.6)
    p.add_page()
    p.nondiscrimination(PLAN)
    p.taglines()
    p.para("Form QCDP-NABD-ADL (rev. 01/2026)", 7)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[req],
              service_dates=[span(planned)], denial_date=nd.isoformat(), provider=DENTIST,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"provider": [OFFICE]})
    return out(p), t


# 2 -----------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    rd = dt.date(2026, 3, rng.randint(10, 20))
    ra = f"RA{digits(rng, 7)}"
    npi, tin = digits(rng, 10), f"86-{digits(rng, 7)}"
    pats = [person(rng)[0] for _ in range(6)]
    mids = ["A" + digits(rng, 8) for _ in range(6)]
    claims = [f"26{digits(rng, 9)}" for _ in range(6)]
    dos = [plus(rd, -rng.randint(8, 40)) for _ in range(6)]
    codes = [("D0140", "LIMITED EVAL"), ("D7140", "EXTRACTION ERUPTED"), ("D9110", "PALLIATIVE TX"),
             ("D5213", "PARTIAL DENTURE MAX"), ("D7210", "SURG EXTRACTION"), ("D0220", "PERIAPICAL 1ST")]
    billed = [amount(rng, 55, 95), amount(rng, 140, 210), amount(rng, 70, 110), amount(rng, 1350, 1900),
              amount(rng, 220, 320), amount(rng, 28, 45)]
    den = 3
    p = DKSheet(footer="Page {n} of {nb}", running=[f"{PLAN}  -  REMITTANCE ADVICE {ra}  -  {OFFICE}  (continued)",
                                                     f"Printed {upper_dmy(plus(rd, 1))}"])
    p.set_margins(12, 10, 12)
    p.add_page()
    p.set_font("Mono", "", 6.6)
    p.cell(0, 3, f"FROM: {PLAN} PROVIDER SVCS  FAX 480-555-{digits(rng, 4)}   {upper_dmy(rd)} 07:{rng.randint(10, 59)}"
                 f"   P.001", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.letterhead(PLAN, ["An AHCCCS Complete Care dental plan  |  Claims Department  |  PO Box 4417, Tempe AZ 85280"],
                 size=11)
    p.line("REMITTANCE ADVICE", 10, "B")
    p.pairs([("To", f"{OFFICE}"), ("Attn", "Billing Office"), ("Remittance no.", ra),
             ("Remittance date", upper_dmy(rd)), ("Billing NPI", npi), ("Tax ID", tin)], label_w=32, size=7.6,
            h=3.9)
    p.ln(2)
    hdr = [f"{'CLAIM':<12} {'PATIENT / AHCCCS ID':<30} {'DOS':<12} {'CODE':<6} {'DESCRIPTION':<18} {'BILLED':>9} "
           f"{'ALLOWED':>9} {'ADJ':>11} {'PAID':>9}  RC", "-" * 118]

    def row(i):
        b = billed[i]
        if i == den:
            al, adj, pd, rc = 0.0, b, 0.0, "N19"
        else:
            al = round(b * 0.62, 2)
            adj, pd, rc = b - al, al, "PD"
        nm = pats[i].upper()[:28]
        return (f"{claims[i]:<12} {nm:<30} {upper_dmy(dos[i]):<12} {codes[i][0]:<6} {codes[i][1]:<18} "
                f"{b:>9,.2f} {al:>9,.2f} {brackets(adj):>11} {pd:>9,.2f}  {rc}"), \
               f"{'':<12} {mids[i]:<30}"

    lines = list(hdr)
    for i in range(4):
        a, b = row(i)
        lines += [a, b]
    p.mono(lines, 6.4, bold={0})
    p.para("N19  Not a covered adult dental service. " + RULE, 7.2)
    p.add_page()
    lines = list(hdr)
    for i in range(4, 6):
        a, b = row(i)
        lines += [a, b]
    tb = sum(billed)
    tp = sum(round(billed[i] * 0.62, 2) for i in range(6) if i != den)
    lines += ["-" * 118, f"{'TOTALS':<62}{'':<27}{tb:>9,.2f} {'':>9} {brackets(tb - tp):>11} {tp:>9,.2f}"]
    p.mono(lines, 6.4, bold={0})
    p.para("RC codes: PD paid at the AHCCCS dental fee schedule; N19 not covered for members 21 and older. Amounts "
           "in brackets are contractual adjustments. A claim dispute must be filed within 60 days of the date of "
           "this remittance advice; a corrected claim within 180 days. Member appeals (60 days) and State Fair "
           "Hearings (120 days) are separate processes.", 7.2)
    i = den
    t = truth("eob", "not_covered", insurer=PLAN, member_id=mids[i], member_name=pats[i], cases=[claims[i]],
              claim_amount=m2(billed[i]), service_dates=[span(dos[i])], denial_date=rd.isoformat(), provider=OFFICE,
              appeal_deadline=plus(rd, 60).isoformat(), type_alternates=["denial_letter"])
    return out(p), t


# 3 -----------------------------------------------------------------------------------------------------------
def scan300_statement(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sd = dt.date(2026, 4, rng.randint(1, 9))
    v1 = dt.date(2026, 2, rng.randint(2, 12))
    v2 = plus(v1, rng.randint(14, 21))
    acct = f"SFD-{digits(rng, 5)}"
    ex, xr, xt, cr = amount(rng, 60, 90), amount(rng, 30, 45), amount(rng, 150, 210), amount(rng, 1050, 1290)
    p = DKSheet(footer="Page {n} of {nb}")
    p.add_page()
    p.letterhead(OFFICE, [f"General and family dentistry  |  2290 W Pimento Ridge Rd, Mesa AZ 85202  |  480-555-"
                          f"{digits(rng, 4)}", f"Marguerite Halvorsen, DDS  |  NPI {digits(rng, 10)}"])
    p.line("PATIENT STATEMENT", 12, "B")
    p.pairs([("Statement date", fdate(sd, "iso")), ("Account", acct), ("Patient", mem),
             ("Date of birth", fdate(ids["dob"], "iso")), ("Insurance", f"{PLAN} (AHCCCS)"),
             ("AHCCCS ID", ids["mid"])], label_w=38, size=9, h=4.8)
    p.ln(3)
    rows = [[fdate(v1, "iso"), "D0140", "Limited oral evaluation", money(ex, "usd"), brackets(ex), "0.00"],
            [fdate(v1, "iso"), "D0220", "Periapical x-ray", money(xr, "usd"), brackets(xr), "0.00"],
            [fdate(v1, "iso"), "D7140", "Extraction, tooth #30", money(xt, "usd"), brackets(xt), "0.00"],
            [fdate(v2, "iso"), "D2740", "Crown, tooth #19 *", money(cr, "usd"), "0.00", money(cr, "usd")],
            ["", "", "Balance due", money(ex + xr + xt + cr, "usd"), brackets(ex + xr + xt), money(cr, "usd")]]
    p.table(["Date", "Code", "Service", "Charge", "Plan paid / adj.", "You owe"], rows, [26, 16, 56, 30, 30, 26],
            size=8.4, border=0, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"* {PLAN} did not pay the crown: for AHCCCS members 21 and older only emergency dental care and "
           f"extractions are covered. You signed our written estimate on {fdate(v1, 'long')} agreeing to pay "
           f"for the crown yourself. Amount due: {words(cr)} ({money(cr, 'usd')}).", 8.6)
    p.para("Please pay within 30 days. Ask us about a payment plan. Amounts in brackets are payments and "
           "adjustments by your plan.", 8.6)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, claim_amount=m2(cr),
              service_dates=[span(v2)], denial_date=sd.isoformat(), provider=OFFICE, unscored=["insurer"],
              alternates={"claim_amount": [m2(ex + xr + xt + cr), None], "provider": [DENTIST],
                          "service_dates": [[], [span(v1), span(v2)]]})
    return out(p), t


# 4 -----------------------------------------------------------------------------------------------------------
def phone_cover_letter(rng):
    ids = _ids(rng)
    mem, mf, _, ml = person(rng)
    nd = dt.date(2026, 3, rng.randint(3, 12))
    dos = plus(nd, -rng.randint(15, 30))
    claim = f"26{digits(rng, 9)}"
    billed = amount(rng, 1380, 1850)
    p = DKSheet(footer="Page {n} of {nb}",
                running=[f"{PLAN}  |  Notice of Adverse Benefit Determination  |  Printed {short(plus(nd, 1))}"])
    p.set_margins(22, 16, 22)
    p.add_page()
    p.letterhead(PLAN, ["An AHCCCS Complete Care dental plan  |  PO Box 4417, Tempe AZ 85280",
                        f"Member Services 1-866-555-{digits(rng, 4)} (TTY 711)"])
    p.line(ordinal(nd), 10)
    p.ln(3)
    for ln in [mem] + address(rng):
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {mf} {ml}:", 10)
    p.para(f"We are writing about the removable partial denture that {OFFICE} made for you earlier this year. "
           "We reviewed the claim the dental office sent us, and we cannot pay for it. The details of the claim "
           "are in the box on the next page.", 10)
    p.para(RULE, 10)
    p.para("This decision is about the partial denture only. Your extraction and emergency visits this contract "
           "year were paid. You have used part of your $1,000 emergency dental amount; what is left stays "
           "available until September 30.", 10)
    p.para("Please read the next page for the claim facts and for what you can do if you disagree. You can ask us "
           "for an appeal within 60 days of the date of this notice.", 10)
    p.para(f"Sincerely,\n\nDental Utilization Review\n{PLAN}", 10)
    p.para(f"cc: {OFFICE}", 8.6)
    p.add_page()
    p.heading("Claim facts", 11)
    p.boxed_pairs([("Notice date", fdate(nd, "iso")), ("Member", mem), ("AHCCCS ID", ids["mid"]),
                   ("Date of birth", fdate(ids["dob"], "iso")), ("Claim number", claim),
                   ("Date of service", fdate(dos, "iso")), ("Service", "D5213 Maxillary partial denture, cast metal"),
                   ("Amount billed", money(billed, "usd")), ("Amount paid", "USD 0.00"),
                   ("Dental office", f"{OFFICE} (Dr. {DENTIST})")], label_w=48, size=9)
    _rights(p, 9)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=OFFICE,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"provider": [DENTIST]})
    return out(p), t


# 5 -----------------------------------------------------------------------------------------------------------
def rotated_spanish(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 3, rng.randint(16, 25))
    dos = plus(nd, -rng.randint(12, 26))
    claim = f"26{digits(rng, 9)}"
    billed = amount(rng, 1250, 1700)
    p = DKSheet(footer="Página {n} de {nb}")
    p.add_page()
    p.letterhead(PLAN, ["Un plan dental de AHCCCS Complete Care  |  PO Box 4417, Tempe AZ 85280",
                        f"Servicios para Miembros 1-866-555-{digits(rng, 4)} (TTY 711)"])
    p.line("Aviso de determinación adversa de beneficios", 12, "B")
    p.ln(2)
    p.pairs([("Fecha de este aviso", fdate(nd, "long", "es")), ("Miembro", mem), ("Número de AHCCCS", ids["mid"]),
             ("Fecha de nacimiento", fdate(ids["dob"], "dmy", "es")), ("Número de reclamo", claim),
             ("Fecha del servicio", fdate(dos, "long", "es")), ("Consultorio dental", OFFICE),
             ("Cantidad facturada", money(billed))], label_w=48, size=9.2, h=5)
    p.ln(3)
    p.para(f"Estimado(a) {mem}:", 9.8)
    p.heading("Lo que decidimos", 10)
    p.para(f"{OFFICE} nos envió un reclamo por una dentadura parcial removible inferior (D5212) colocada el "
           f"{fdate(dos, 'long', 'es')}. **Negamos el pago.**", 9.8)
    p.heading("Por qué", 10)
    p.para("Para los miembros de AHCCCS de 21 años o más, los servicios dentales cubiertos son solo la atención "
           "dental de emergencia, hasta $1,000 por año de contrato (del 1 de octubre al 30 de septiembre), y las "
           "extracciones médicamente necesarias. Las coronas, los puentes y las dentaduras parciales o completas "
           "no están cubiertos para adultos (Código Administrativo de Arizona R9-22-207).", 9.8)
    _rights(p, 9, "es")
    p.para(f"cc: {OFFICE}", 8.6)
    p.taglines(6.8)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=OFFICE,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es")
    return out(p), t


# 6 -----------------------------------------------------------------------------------------------------------
def lowres_appeal_resolution(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 4, rng.randint(6, 17))
    filed = plus(nd, -rng.randint(20, 28))
    planned = plus(nd, rng.randint(10, 20))
    req = f"PA-26-{digits(rng, 6)}"
    apl = f"APL-{digits(rng, 7)}"
    p = DKSheet(footer="Page {n} of {nb}")
    p.add_page()
    _head(p, rng, "Notice of Appeal Resolution")
    p.pairs([("Date of this notice", fdate(nd, "long")), ("Member", mem), ("AHCCCS ID", ids["mid"]),
             ("Appeal number", apl), ("Original request", req), ("Appeal received", fdate(filed, "long")),
             ("Service", "D2750 Crown, porcelain fused to high noble metal"),
             ("Planned date", fdate(planned, "long"))], label_w=44, size=9.2, h=5)
    p.ln(3)
    p.para(f"Dear {mem}:", 9.8)
    p.para(f"You appealed our decision to deny the crown that Dr. {DENTIST} of {OFFICE} asked to place. A dentist "
           "who did not make the first decision reviewed your appeal, your dental records and the x-rays.", 9.8)
    p.para("**We upheld our decision (the crown is still denied).** " + RULE, 9.8)
    p.heading("If you still disagree", 10)
    p.para("You have finished our appeal process. You can ask for a State Fair Hearing within 120 days of the date "
           "of this notice. Send your request to us in writing; we send it on to the AHCCCS Administration. If "
           "waiting could seriously harm your health, ask for an expedited hearing. Corrected claims from your "
           "dentist must be filed within 180 days of the date of service.", 9.2)
    p.para(f"Dental Appeals Unit, {PLAN}", 9.5)
    p.para(f"cc: {OFFICE}", 8.6)
    p.nondiscrimination(PLAN, 6.9)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem,
              cases=[apl, req], service_dates=[span(planned)], denial_date=nd.isoformat(), provider=DENTIST,
              alternates={"provider": [OFFICE], "case_numbers": [[apl]]})
    return out(p), t


# 7 -----------------------------------------------------------------------------------------------------------
def photocopy_stack(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 2, rng.randint(9, 16))
    ext = plus(nd, rng.randint(2, 5))
    auth = f"PA-26-{digits(rng, 6)}"
    p = DKSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Approval of emergency dental services")
    p.pairs([("To", SURG_OFFICE), ("Attn", f"Dr. {SURGEON}, DMD"), ("Date", fdate(nd, "abbr")),
             ("Authorization", auth), ("Member", mem), ("AHCCCS ID", ids["mid"]),
             ("Approved", "D7210 Surgical extraction, tooth #17"), ("Approved date", fdate(ext, "abbr"))],
            label_w=36, size=9.5)
    p.ln(3)
    p.para(f"We approved the surgical extraction you asked for. The member reported pain and swelling; an extraction "
           f"is covered for adult AHCCCS members. Please complete it by {fdate(plus(ext, 30), 'long')} and bill "
           f"with authorization {auth}.", 9.8)
    p.para(f"cc: {mem}", 8.6)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[auth],
                          service_dates=[span(ext)], denial_date=nd.isoformat(), provider=SURGEON,
                          alternates={"provider": [SURG_OFFICE], "case_numbers": [[]]}))
    sd = plus(nd, rng.randint(40, 55))
    v1 = plus(ext, 0)
    v2 = plus(ext, rng.randint(12, 20))
    cl = [f"26{digits(rng, 9)}" for _ in range(4)]
    b = [amount(rng, 55, 90), amount(rng, 260, 340), amount(rng, 1050, 1290), amount(rng, 80, 120)]
    q = DKSheet(footer="Page {n} of {nb}")
    q.set_margins(16, 14, 16)
    q.add_page()
    _head(q, rng, "Explanation of Benefits - this is not a bill")
    q.pairs([("Statement date", fdate(sd, "long")), ("Member", mem), ("AHCCCS ID", ids["mid"]),
             ("Contract year", "10/01/2025 - 09/30/2026")], label_w=38, size=9, h=4.8)
    q.ln(3)
    rows = [[cl[0], SURG_OFFICE, "D0140 Limited evaluation", fdate(v1, "slash"), money(b[0], "nosign"),
             money(b[0] * 0.6, "nosign"), "0.00", "Paid"],
            [cl[1], SURG_OFFICE, "D7210 Surgical extraction", fdate(v1, "slash"), money(b[1], "nosign"),
             money(b[1] * 0.6, "nosign"), "0.00", "Paid"],
            [cl[2], OFFICE, "D2740 Crown, tooth #18", fdate(v2, "slash"), money(b[2], "nosign"), "0.00",
             money(b[2], "nosign"), "Denied N19"],
            [cl[3], SURG_OFFICE, "D0330 Panoramic x-ray", fdate(v1, "slash"), money(b[3], "nosign"),
             money(b[3] * 0.6, "nosign"), "0.00", "Paid"]]
    q.table(["Claim", "Dental office", "Service", "Date", "Billed", "Plan paid", "You may owe", "Status"], rows,
            [22, 40, 42, 18, 16, 16, 16, 16], size=7.4, aligns=["L", "L", "L", "L", "R", "R", "R", "L"])
    q.para(f"N19  Claim {cl[2]}: a crown is not a covered dental service for members 21 and older. Your emergency "
           f"dental amount used this contract year: {money(b[0] * 0.6 + b[1] * 0.6 + b[3] * 0.6)} of $1,000.00.",
           8.2)
    q.para("You can ask for an appeal within 60 days of the date of this statement. A State Fair Hearing may be "
           "requested within 120 days of the appeal decision. Questions: Member Services (TTY 711).", 8.2)
    doc2 = (out(q), truth("eob", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[cl[2]],
                          claim_amount=m2(b[2]), service_dates=[span(v2)], denial_date=sd.isoformat(),
                          provider=OFFICE, appeal_deadline=plus(sd, 60).isoformat()))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_nabd_crown_preservice_cc_office", "born_digital", [bd_nabd_crown(rng)]),
        Item(F + "faxstd_remittance_to_office_mono_two_pages", "fax_standard_g4", [faxstd_remittance(rng)]),
        Item(F + "scan300_office_statement_crown_balance", "scan_clean_300", [scan300_statement(rng)]),
        Item(F + "phone_cover_letter_facts_on_page2_partial_denture", "phone_photo", [phone_cover_letter(rng)]),
        Item(F + "rotated_spanish_notice_partial_denture", "rotated", [rotated_spanish(rng)]),
        Item(F + "lowres_appeal_resolution_upheld_crown", "scan_lowres_150", [lowres_appeal_resolution(rng)]),
        Item(F + "photocopy_stack_extraction_approval_then_member_eob", "photocopy", photocopy_stack(rng),
             separators=["duplex", "cover"], turns={(1, 0): 90}),
    ]
