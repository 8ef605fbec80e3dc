"""Papers mirrored (structure and plain wording style only) from those a state Medicaid program's third-party-
liability (TPL) and coordination-of-benefits unit sends: the program's provider remittance advice, where a claim
is denied because other coverage is on file and the provider must bill that carrier first; notices to members that
a claim is denied until an auto insurer, Medicare or a workers' compensation insurer is billed; a provider letter
refusing a claim sent back with the other payer's explanation of benefits too late; an accident and injury
questionnaire sent after a claim with an injury diagnosis was paid; a letter saying other health insurance was added
to a child's record. The state and everything in it are invented: the State of Pellacre, its Pellacre Health Care
Authority and the Authority's Medicaid program PellaCare (letterhead: the short brand "PellaCare" with a drawn mark
and the line "the Medicaid program of the State of Pellacre" under or over it; the Authority's Third Party Liability &
Coordination of Benefits Section in Tarnfield). Casualty recovery is done for the Authority by an invented
contractor, Quarlane Recovery Services, LLC (named in footers and in one signature block); remittances are prepared
by an invented fiscal agent, Wyndstock Claims Solutions, Inc. Invented rules: PellaCare pays last; a claim for a
patient with other coverage on file is denied until the provider bills that carrier and sends its payment or denial;
a claim sent after another payer's decision must reach PellaCare within 180 days of that payer's EOB date; members
ask the TPL Section for a review within 30 days of a notice (or by a printed date), providers within 60 days; a
State Fair Hearing within 90 days is always offered (a decoy). Medicaid IDs are ten digits (printed grouped 3-3-4
in the shaded bands); claims carry a 13-digit ICN; casualty cases "CR-26-" + five digits. Every other carrier, policy,
claim and board number, employer, hospital, clinic, person, number, amount and address is invented; phones 555;
CPT/HCPCS/ICD-10 codes as themselves.

Documents (8 in 7 files):
- bd_remittance_strep_visit_other_coverage_2291: a born-digital two-page remittance advice to a pediatric and family
  practice, claim rows opening with the ICN, the patient and the Medicaid ID and the "practice - doctor" rendering
  line; six claims, one child's visit and strep test paying 0.00 under EOB 2291 (other coverage on file), told only
  in the code list on page 2, another carrier's code, policy and group under that claim; the listing breaks across
  the pages under a dark "continued" strip.
- faxstd_auto_accident_er_visit: a standard-fax member notice: reverse-printed title bar, a dark band with member
  ID, claim no., date of notice and casualty case no.; the emergency room claim denied until the auto insurer's
  medical payments coverage is billed; the auto insurer's claim and policy numbers, the adjuster's and an
  attorney's file numbers as decoys; signed by the recovery contractor for the Authority.
- phone_es_medicare_first_therapy: a photographed Spanish notice: physical therapy on three days denied because
  Medicare Part B pays first; the Medicare number printed beside the PellaCare ID in a grey band.
- photocopy_work_injury_ladder_fall: a photocopied two-page notice (running header, prose in three columns on page
  2): an orthopedic clinic's claim denied because workers' compensation must pay first (the insurer's claim number
  and the commission's file number as decoys); review "no later than" a printed date.
- scan_late_rebill_after_other_payer_eob: a clean-scan provider letter, a light-tinted band of identifiers, the claim
  refused because it came back 241 days after the other payer's EOB (limit 180 days); rendering and billing provider
  both printed.
- rotated_accident_questionnaire_wrist: a two-page questionnaire packet fed turned: a letter saying a claim with a
  fracture code was paid and asking about the accident, then the numbered questionnaire (denies nothing).
- faxstd_stack_other_insurance_added_then_speech_therapy: a standard-fax stack: a cover sheet, a letter saying the
  father's employer coverage was added to a boy's record (denies nothing; the other plan's member and group numbers
  as decoys), and the provider notice denying the boy's speech therapy until that plan is billed, upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundep_fampb import (EPSheet, abbr, digits, dmy_dots, es_date, es_money, first_last, iso, last_comma,
                               last_first, long, m2, mbi, mbi_dash, mon_d_yy, n2, npi, out, people, phone, plain, plus,
                               slash, surname, tollfree, truth, wday_long, workday, yy)

FAMILY = ("pellacre_medicaid_third_party_liability_section_remittance_auto_accident_medicare_first_work_injury_late_"
          "rebill_questionnaire_and_other_insurance_refusals")
LANG = "en"
SEED = 355051
AGENCY = "Pellacre Health Care Authority"
BRAND = "PellaCare"
TAG = "the Medicaid program of the State of Pellacre"
SECTION = "Third Party Liability & Coordination of Benefits Section"
ALT = [AGENCY, "PellaCare", "Pellacre Medicaid", f"{AGENCY} {SECTION}", "PellaCare Pellacre Health Care Authority"]
ALT_ES = ALT + ["Autoridad de Atención Médica de Pellacre"]
CONTRACTOR = "Quarlane Recovery Services, LLC"
FISCAL = "Wyndstock Claims Solutions, Inc."
ADDR = "1180 Statehouse Row, P.O. Box 2716, Tarnfield, Pellacre 70341"
CITY = "Tarnfield, Pellacre 70341"
FOOT = (f"Casualty and estate recovery for the {AGENCY} is performed under contract by {CONTRACTOR}, "
        "P.O. Box 9120, Tarnfield.")
USED: set = set()
TOWNS = [("Tarnfield", "70341"), ("Osgood Ferry", "70418"), ("Sawpit Mills", "70522"), ("Ellesby Bluff", "70263"),
         ("Wrenholt", "70607"), ("Siloam Bend", "70155"), ("East Larchbank", "70384")]
STREETS = ["Tanyard Rd", "Cooper Mill Ln", "W Depot St", "Orchard Row", "Haybarn Ct", "Ferry Landing Dr",
           "Sawpit Ave", "Quarry Hill Rd"]


def mid(rng) -> str:
    """A ten-digit Medicaid ID."""
    return str(rng.randint(3, 8)) + digits(rng, 9)


def grp3(m: str) -> str:
    """402 771 9386 (the ID grouped for the bands)"""
    return f"{m[:3]} {m[3:6]} {m[6:]}"


def icn(rng, d: dt.date) -> str:
    return f"{rng.choice(['21', '22', '40'])}{d:%y}{d.timetuple().tm_yday:03d}{digits(rng, 6)}"


def addr(rng, name: str) -> list[str]:
    t, z = rng.choice(TOWNS)
    return [name, f"{rng.randint(12, 9870)} {rng.choice(STREETS)}", f"{t}, Pellacre {z}"]


def head(p: EPSheet, rng, box: str | None = None, tag_over: bool = False, right: list[str] | None = None,
         es: bool = False):
    tag = "el programa de Medicaid del Estado de Pellacre" if es else TAG
    r = right or [AGENCY, SECTION if not es else "Sección de Responsabilidad de Terceros", ADDR,
                  f"Member line {tollfree(rng)}  \u00b7  TTY 711" if not es else f"Línea de miembros {tollfree(rng)}"]
    p.brand_head(BRAND, tag, r, tag_over=tag_over, mark="swoosh", size=22, box=box)


# ---------------------------------------------------------------------------------------------------------------
def bd_remittance(rng):
    """A remittance advice: six claims opening with ICN, patient and Medicaid ID; one paying 0.00 under 2291."""
    docs = people(rng, 3, "dr", sexes="FMF", used=USED)
    pats = people(rng, 5, "pe", sexes="FMMFF", used=USED)
    kid = people(rng, 1, "pe", sexes="M", last=surname(pats[3]), used=USED)[0]
    payee = "Sallowbrook Pediatrics & Family Care, P.C."
    short = "Sallowbrook Pediatrics"
    rd = workday(dt.date(2026, 4, rng.randint(6, 10)))
    ra_no = f"{rd:%Y%m%d}-{digits(rng, 5)}"
    prov_no = f"PC{digits(rng, 7)}"
    rows_spec = [  # (patient, rendering, lines[(dos, proc, desc, units, billed, allowed, other_paid, paid, eob)])
        (pats[0], docs[0], [(plus(rd, -33), "99393", "Well child 5-11", 1, 186.00, 118.40, 0.00, 118.40, "0100"),
                            (plus(rd, -33), "90700", "DTaP vaccine adm", 1, 42.00, 21.15, 0.00, 21.15, "0815")]),
        (pats[1], docs[1], [(plus(rd, -30), "99214", "Office visit, est", 1, 214.00, 96.30, 61.80, 34.50, "0410")]),
        (pats[2], docs[2], [(plus(rd, -29), "99213", "Office visit, est", 1, 158.00, 71.60, 0.00, 71.60, "0100"),
                            (plus(rd, -29), "94640", "Nebulizer treatment", 1, 64.00, 18.05, 0.00, 18.05, "0100")]),
        (kid, docs[0], [(plus(rd, -26), "99213", "Office visit, est", 1, 158.00, 0.00, 0.00, 0.00, "2291"),
                        (plus(rd, -26), "87880", "Strep test, rapid", 1, 38.00, 0.00, 0.00, 0.00, "2291")]),
        (pats[3], docs[1], [(plus(rd, -22), "99204", "New patient visit", 1, 312.00, 142.85, 0.00, 142.85, "0100"),
                            (plus(rd, -22), "36415", "Venipuncture", 1, 22.00, 3.10, 0.00, 3.10, "0100"),
                            (plus(rd, -22), "85025", "CBC w/ diff", 1, 31.00, 7.77, 0.00, 7.77, "0100")]),
        (pats[4], docs[2], [(plus(rd, -19), "99212", "Office visit, est", 1, 104.00, 44.20, 0.00, 44.20, "0100")]),
    ]
    claims = []
    for name, rend, lines in rows_spec:
        claims.append(dict(name=name, rend=rend, lines=lines, icn=icn(rng, plus(lines[0][0], rng.randint(4, 8))),
                           mid=mid(rng)))
    den = claims[3]
    oc = dict(carrier="Larchbank Health Insurance Company", code="6TR", policy=f"LHW-{digits(rng, 8)}",
              group=digits(rng, 5), holder=people(rng, 1, "pe", sexes="F", last=surname(kid), used=USED)[0])
    p = EPSheet(footer="Page {n} of {nb}", ids_foot=f"Prepared for the {AGENCY} by its fiscal agent, {FISCAL}   "
                                                    f"\u00b7   RA {ra_no}")
    p.set_margins(12, 13, 12)
    p.add_page()
    head(p, rng, box="REMITTANCE ADVICE", right=[AGENCY, "Provider Services " + tollfree(rng),
                                                 "Claims: P.O. Box 2790, " + CITY])
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(9.4, "B")
    p.cell(W * 0.5, 4.6, payee, new_x="LMARGIN", new_y="NEXT")
    p.f(8.8)
    for ln in ["Attn: Patient Accounts", f"{rng.randint(200, 4800)} Cooper Mill Lane, Suite 3",
               "Sawpit Mills, Pellacre 70522"]:
        p.cell(0, 4.3, ln, new_x="LMARGIN", new_y="NEXT")
    y1 = p.get_y()
    paid = sum(x[7] for c in claims for x in c["lines"])
    y2 = p.side_boxes_left([("RA date", slash(rd)), ("RA number", ra_no), ("PellaCare provider no.", prov_no),
                            ("Billing NPI", npi(rng)), ("EFT trace", f"T{digits(rng, 9)}"),
                            ("Payment", f"${paid:,.2f}")], p.l_margin + W * 0.5, y0, W * 0.5, cap_w=36, size=8.6,
                           h=5.4, gap=0.9)
    p.set_y(max(y1, y2) + 3)
    p.band([("Payment cycle", f"{rd:%Y}-{rd.isocalendar()[1]:02d}", 1), ("Claims in this RA", str(len(claims)), 1),
            ("Lines", str(sum(len(c['lines']) for c in claims)), 0.8), ("Program", "PellaCare fee-for-service", 1.6)],
           style="tint", beside=True, size=8.4, cap=6.0)
    p.f(7.6)
    p.multi_cell(W, 3.5, "Each claim starts with its control number (ICN), the patient and the PellaCare ID, and the "
                 "rendering provider; its service lines follow. OTHER INS is what another payer reported paying. "
                 "EOB codes are explained after the listing. Dates are month/day/year.", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1.5)
    widths = [31, 42, 26, 13, 16, 18, 15, 16, 11]
    widths[-1] = W - sum(widths[:-1])
    head_ = ["ICN (CONTROL NO.)", "PATIENT / SERVICE", "PELLACARE ID / DOS", "PROC", "BILLED", "ALLOWED",
             "OTHER INS", "PAID", "EOB"]
    aligns = ["L", "L", "L", "L", "R", "R", "R", "R", "L"]
    rows = []
    tb = 0.0
    for k, c in enumerate(claims):
        if k == 4:
            rows.append(("break",))
        rows.append(("claim", [c["icn"], last_first(c["name"]), c["mid"],
                               f"Rendering: {short} - {c['rend']}", "", "", "", "", ""]))
        for d, proc, desc, u, b, al, oth, pd, eob in c["lines"]:
            rows.append(["", f"  {desc}", f"  {yy(d)}", proc, n2(b), n2(al), n2(oth), n2(pd), eob])
            tb += b
        if c is den:
            rows.append(("note", f"Other coverage on file: carrier code {oc['code']}, policy {oc['policy']}, "
                                 f"group {oc['group']}, policyholder {last_first(oc['holder'])}"))
        cb = sum(x[4] for x in c["lines"])
        cp = sum(x[7] for x in c["lines"])
        rows.append(["", "  claim total", "", "", n2(cb), "", "", n2(cp), ""])
        rows.append(("gap",))
    rows.append(("total", ["", f"RA TOTALS  {len(claims)} claims", "", "", n2(tb), "", "", n2(paid), ""]))
    p.ctl_table(head_, widths, aligns, rows, size=7.4, row_h=4.4,
                cont=f"REMITTANCE ADVICE {ra_no} (continued)  \u00b7  {payee}  \u00b7  page {{n}}")
    p.glossary("EOB codes on this remittance", [("0100", "Paid at the PellaCare fee schedule."),
                    ("0410", "Paid after the amount the other payer reported (OTHER INS) was taken off the "
                             "PellaCare allowed amount."),
                    ("0815", "Vaccine administration paid; the vaccine comes from the state's vaccine program and "
                             "is not paid."),
                    ("2291", "Other health coverage is on file for the patient on the date of service (see the "
                             "carrier code under the claim). PellaCare pays after that coverage. Bill the other "
                             "carrier first, then send the claim again with its payment or denial."),
                    ("3002", "The patient is not eligible for PellaCare on the date of service."),
                    ("4117", "Service billed more than once on the same day.")], size=7.6, cols=2)
    p.para("Claim review: a provider may ask for an administrative review of a denied or reduced claim within 60 days "
           "of the date of this remittance advice. Write to Provider Claim Review, P.O. Box 2790, "
           f"{CITY}, and include the ICN. A claim sent again with another payer's EOB is a new claim, not a review, "
           "and must reach PellaCare within 180 days of that payer's EOB date. Example: an EOB dated 01/05/2026 must "
           "be here by 07/04/2026.", 7.8)
    p.para(f"To update a patient's other coverage, call the {SECTION} at {phone(rng)} or send Form TPL-14.", 7.8)
    total = sum(x[4] for x in den["lines"])
    t = truth("eob", "other", insurer=AGENCY, member_id=den["mid"], member_name=den["name"], cases=[den["icn"]],
              claim_amount=m2(total), service_dates=[iso(den["lines"][0][0])], denial_date=iso(rd),
              provider=den["rend"], appeal_deadline=iso(plus(rd, 60)),
              alternates={"insurer": ALT, "provider": [payee, short, f"{short} - {den['rend']}"]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_auto(rng):
    """A member notice: ER claim denied until the auto insurer is billed; dark ID band."""
    mem = people(rng, 1, "pe", sexes="F", used=USED)[0]
    er_md, analyst, adj, atty = people(rng, 4, "dr", sexes="MFMF", used=USED)
    m = mid(rng)
    acc = workday(dt.date(2026, 2, rng.randint(9, 13)))
    er = plus(acc, 1)
    nd = workday(plus(er, rng.randint(30, 36)))
    clm = icn(rng, plus(er, 9))
    case = f"CR-26-{digits(rng, 5)}"
    hosp = "Dunhollow Regional Medical Center"
    lines = [("99284", "Emergency department visit", 1412.00), ("72040", "X-ray, neck, 2-3 views", 286.00),
             ("70450", "CT head without contrast", 1934.00), ("J1885", "Ketorolac injection", 38.50)]
    total = sum(x[2] for x in lines)
    auto = dict(name="Ostlerby Auto & Casualty Insurance Company", claim=f"OAC-{digits(rng, 2)}-{digits(rng, 7)}",
                policy=f"PA {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}", adj=adj)
    fax_top = (f"{slash(plus(nd, 3))} 10:{rng.randint(10, 59)}  {surname(mem).upper()} FAMILY  "
               f"{phone(rng, '463')}  P.{{n}}")
    p = EPSheet(footer="Page {n} of {nb}", fax_hdr=fax_top, ids_foot=FOOT)
    p.set_margins(17, 15, 17)
    p.add_page()
    head(p, rng, tag_over=True)
    W = p.w - p.l_margin - p.r_margin
    p.rev_bar("NOTICE OF CLAIM DENIAL", right="Accident-related care", size=11)
    p.band([("Member ID", grp3(m), 1.1), ("Claim no.", clm, 1.3), ("Date of notice", slash(nd), 1.0),
            ("Casualty case no.", case, 1.1)], style="dark", size=9.4, cap=6.0)
    for ln in addr(rng, mem):
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {first_last(mem)}:", 10)
    p.para(f"PellaCare got a claim from {hosp} for your emergency room visit on {long(er)}. The hospital billed "
           f"${total:,.2f}. **We did not pay this claim.**", 9.8)
    p.para(f"Why: you told the hospital you were hurt in a car crash on {long(acc)}. When someone is hurt in a car "
           "crash, the car insurance (medical payments or personal injury coverage) must be billed first. PellaCare "
           "is the payer of last resort. It pays only what other insurance does not pay.", 9.6)
    p.table(["Code", "Service", "Billed"], [[c, s, n2(a)] for c, s, a in lines] + [["", "Total billed", n2(total)]],
            [22, W - 58, 36], size=8.8, aligns=["L", "L", "R"], bold_last=True, row_h=5.0)
    p.f(8)
    p.cell(0, 4, f"Emergency physician: {hosp} - {er_md}, MD", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.other_cov("Auto insurance we found for this accident", [
        ("Insurance company", "Ostlerby Auto & Casualty"), ("Policy number", auto["policy"]),
        ("Its claim number", auto["claim"]),
        ("Adjuster", f"{auto['adj']}, {phone(rng, '314')}"), ("Medical payments limit", "$5,000.00"),
        ("Attorney's file no.", f"{surname(atty)} & Pruett, file {digits(rng, 4)}-{digits(rng, 3)}")],
        size=8.4, cap_w=36, cols=2)
    p.heading("What happens now", 10.2)
    p.bullets([f"We told {hosp} to bill {auto['name']} first. After that company pays or says no, the hospital may "
               "send the claim to PellaCare again with its letter.",
               "This is not a bill. The hospital may not bill you while PellaCare is working on the claim.",
               "If you get money from a settlement for this accident, the law says PellaCare must be paid back for "
               "what it paid. Call us before you settle."], size=9.2)
    p.heading("If you disagree", 10.2)
    p.para(f"You can ask the {SECTION} to review this decision within 30 days of the date of this notice. Call "
           f"{phone(rng)} or write to us at {ADDR}. Tell us the claim number. You can also ask for a State Fair "
           "Hearing within 90 days of the date of this notice; the hearing form is on the back.", 9.2)
    p.ln(1)
    p.f(9.2)
    for ln in [analyst, "Casualty Recovery Analyst", f"{CONTRACTOR}, for the {AGENCY}"]:
        p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "other", insurer=AGENCY, member_id=m, member_name=mem, cases=[clm, case],
              claim_amount=m2(total), service_dates=[iso(er)], denial_date=iso(nd), provider=hosp,
              appeal_deadline=iso(plus(nd, 30)),
              alternates={"insurer": ALT, "provider": [er_md], "case_numbers": [[clm]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_medicare(rng):
    """A Spanish member notice: three therapy visits denied because Medicare Part B pays first."""
    mem = people(rng, 1, "es", sexes="M", used=USED)[0]
    pt, sig = people(rng, 2, "dr", sexes="FM", used=USED)
    m = mid(rng)
    mb = mbi(rng)
    v1 = workday(dt.date(2026, 3, rng.randint(2, 5)))
    v2, v3 = workday(plus(v1, 2)), plus(v1, 7)
    nd = workday(plus(v3, rng.randint(24, 29)))
    clm = icn(rng, plus(v3, 6))
    clinic = "Centro de Terapia Física Larchbank"
    lines = [(v1, "97161", "Evaluación de fisioterapia", 196.00), (v1, "97110", "Ejercicio terapéutico", 88.00),
             (v2, "97110", "Ejercicio terapéutico", 88.00), (v2, "97140", "Terapia manual", 79.00),
             (v3, "97110", "Ejercicio terapéutico", 88.00), (v3, "97530", "Actividades terapéuticas", 92.00)]
    total = sum(x[3] for x in lines)
    p = EPSheet(footer="Página {n} de {nb}", ids_foot=FOOT.replace("Casualty and estate recovery for the",
                                                                    "La recuperación de costos para la")
                .replace("is performed under contract by", "la realiza por contrato"))
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, es=True)
    W = p.w - p.l_margin - p.r_margin
    p.f(13, "B")
    p.cell(0, 7, "Aviso de reclamo denegado: Medicare paga primero", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.band([("Número de PellaCare", grp3(m), 1.1), ("Número de Medicare", mbi_dash(mb), 1.1),
            ("Número de reclamo", clm, 1.25), ("Fecha del aviso", es_date(nd), 1.2)], style="grey", size=9.0, cap=5.8)
    for ln in addr(rng, f"Sr. {mem}"):
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimado/a {first_last(mem)}:", 10)
    p.para(f"Recibimos un reclamo de {clinic} por sus sesiones de fisioterapia con {pt}, fisioterapeuta, los días "
           f"{v1.day} y {v2.day} de marzo y el {es_date(v3)}. El total facturado es {es_money(total)}. "
           "**PellaCare no pagó este reclamo.**", 9.8)
    p.para("¿Por qué? Usted tiene Medicare Parte B. Medicare debe pagar primero la fisioterapia. PellaCare paga "
           "después de Medicare lo que Medicare no cubre, como el deducible y el coseguro. El centro de terapia no "
           "nos mandó la explicación de beneficios de Medicare.", 9.8)
    p.table(["Fecha", "Código", "Servicio", "Facturado"],
            [[dmy_dots(d), c, s, plain(a)] for d, c, s, a in lines] + [["", "", "Total", plain(total)]],
            [26, 20, W - 82, 36], size=8.6, aligns=["L", "L", "L", "R"], bold_last=True, row_h=5.0)
    p.heading("¿Qué pasa ahora?", 10.2)
    p.para("Le pedimos al centro que mande el reclamo a Medicare. Cuando Medicare pague, el centro puede mandarnos el "
           "reclamo con el aviso de Medicare. Esto no es una factura: el centro no le puede cobrar a usted.", 9.4)
    p.heading("Si no está de acuerdo", 10.2)
    p.para(f"Puede pedir que la Sección de Responsabilidad de Terceros revise esta decisión dentro de 30 días a partir "
           f"de la fecha de este aviso. Llame al {phone(rng)}. También puede pedir una audiencia imparcial del estado "
           "dentro de 90 días. Tiene derecho a un intérprete sin costo.", 9.2)
    p.ln(1)
    p.f(9.2)
    p.cell(0, 4.6, sig, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.6, f"Sección de Responsabilidad de Terceros, {AGENCY}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "other", insurer=AGENCY, member_id=m, member_name=mem, cases=[clm],
              claim_amount=m2(total), service_dates=[iso(v1), iso(v2), iso(v3)], denial_date=iso(nd), provider=clinic,
              appeal_deadline=iso(plus(nd, 30)), lang="es",
              alternates={"insurer": ALT_ES, "provider": [pt]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_work(rng):
    """A two-page member notice: orthopedic claim denied, workers' compensation first; printed review date."""
    mem = people(rng, 1, "pe", sexes="M", used=USED)[0]
    ortho, sig, sup = people(rng, 3, "dr", sexes="MFM", used=USED)
    m = mid(rng)
    inj = workday(dt.date(2026, 2, rng.randint(16, 20)))
    v1 = plus(inj, 2)
    v2 = plus(v1, 14)
    nd = workday(plus(v2, rng.randint(26, 30)))
    by = plus(nd, 30)
    clm = icn(rng, plus(v2, 5))
    case = f"CR-26-{digits(rng, 5)}"
    clinic = "Thimbleford Orthopedic Clinic"
    lines = [(v1, "99203", "New patient visit", 264.00), (v1, "73110", "X-ray wrist, 3 views", 148.00),
             (v1, "29125", "Short arm splint", 131.00), (v2, "99213", "Follow-up visit", 152.00),
             (v2, "73110", "X-ray wrist, 3 views", 148.00)]
    total = sum(x[3] for x in lines)
    wc = dict(ins="Gorsemead Mutual Compensation Company", claim=f"GMC{digits(rng, 8)}", board=f"26-{digits(rng, 6)}")
    emp = "Copperdeck Distribution, Inc."
    p = EPSheet(footer="Page {n} of {nb}", run_hdr=f"{BRAND}  |  {last_comma(mem)}  |  ID {m}  |  Claim {clm}  |  "
                                                    f"Notice of {slash(nd)}", ids_foot=FOOT)
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    for ln in addr(rng, mem):
        p.line(ln, 10)
    y1 = p.get_y()
    y2 = p.side_boxes_left([("Member ID", m), ("Claim no. (ICN)", clm), ("Casualty case", case),
                            ("Date of injury", slash(inj))], p.l_margin + W * 0.5, y0, W * 0.5, cap_w=30, size=9,
                           h=6.0, gap=1.0)
    p.set_y(max(y1, y2) + 4)
    p.subject_line("Your visits to Thimbleford Orthopedic Clinic: workers' compensation must pay first")
    p.para(f"Dear {first_last(mem)}:", 10)
    p.para(f"{clinic} sent PellaCare a claim for ${total:,.2f} for your visits with {ortho}, MD, on {slash(v1)} and "
           f"{slash(v2)} for a broken wrist. PellaCare has denied the claim.", 9.8)
    p.para(f"The clinic's records say you fell from a ladder at work at {emp} on {slash(inj)}. An injury at work is "
           "paid by the employer's workers' compensation insurance. PellaCare cannot pay for care that workers' "
           "compensation must pay. The table below lists what was billed.", 9.8)
    p.table(["Date", "Code", "Service", "Billed"], [[slash(d), c, s, n2(a)] for d, c, s, a in lines]
            + [["", "", "Total", n2(total)]], [26, 20, W - 82, 36], size=8.8, aligns=["L", "L", "L", "R"],
            bold_last=True, row_h=5.0)
    p.other_cov("Workers' compensation on file", [("Insurer", wc["ins"]), ("Its claim no.", wc["claim"]),
                                                  ("Employer", emp), ("Commission file", wc["board"]),
                                                  ("Status", "claim open, accepted 03/2026"),
                                                  ("Date reported", slash(plus(inj, 3)))], size=8.4, cap_w=34,
                cols=1)
    p.add_page()
    p.heading("What this means for you", 10.6)
    p.cols([[("Who pays", f"Give {clinic} your workers' compensation claim number and the insurer's name. The "
                          "clinic must bill that insurer. You should not get a bill from the clinic for these "
                          "visits.")],
            [("If the insurer says no", "If the insurer or the Workers' Compensation Commission decides "
                                                  "the injury did not happen at work, send us its letter. We will "
                                                  "look at the claim again; there is no deadline for that.")],
            [("Paying us back", "If PellaCare paid for care for this injury and you later get money for it, "
                                "PellaCare has a right to be repaid from that money. Our recovery contractor will "
                                "send you a list of what we paid.")]], size=8.6)
    p.heading("Your right to a review", 10.6)
    p.para(f"If you think this decision is wrong, ask the {SECTION} for a review no later than {long(by)}. Write to "
           f"{ADDR}, or call {phone(rng)}. You may also ask for a State Fair Hearing within 90 days of the date of "
           "this notice. Asking for a review does not stop you from asking for a hearing.", 9.4)
    p.ln(2)
    p.signers([sig, "TPL Specialist", f"{SECTION}"], [sup, "Supervisor", AGENCY], size=8.8)
    t = truth("denial_letter", "other", insurer=AGENCY, member_id=m, member_name=mem, cases=[clm, case],
              claim_amount=m2(total), service_dates=[iso(v1), iso(v2)], denial_date=iso(nd), provider=clinic,
              appeal_deadline=iso(by), alternates={"insurer": ALT, "provider": [ortho], "case_numbers": [[clm]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan_late_rebill(rng):
    """A provider letter: the claim sent back with the other payer's EOB 241 days after it; limit 180 days."""
    pat = people(rng, 1, "pe", sexes="F", used=USED)[0]
    surg, sig = people(rng, 2, "dr", sexes="MF", used=USED)
    m = mid(rng)
    billing = "Harwood Spine & Joint Associates, LLC"
    dos = workday(dt.date(2026, 1, rng.randint(5, 9)))
    eob_d = plus(dos, rng.randint(20, 26))
    # the rebill arrives 241 days after the other payer's EOB: that is in 2026 only if the EOB is early in the year
    recv = plus(eob_d, 241)
    ld = workday(plus(recv, rng.randint(8, 12)))
    clm = icn(rng, recv)
    old = icn(rng, plus(dos, 6))
    lines = [("64483", "Transforaminal epidural injection, lumbar", 1650.00), ("77003", "Fluoroscopic guidance",
                                                                              240.00),
             ("J1040", "Methylprednisolone 80 mg", 24.00)]
    total = sum(x[2] for x in lines)
    other = dict(name="Fenwell Employers Health Plan", claim=f"FW{digits(rng, 10)}", paid=0.00)
    prov_no = f"PC{digits(rng, 7)}"
    p = EPSheet(footer="Page {n} of {nb}", ids_foot=FOOT)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng, right=[AGENCY, "Provider Claim Review Unit", ADDR, f"Provider Services {tollfree(rng)}"])
    W = p.w - p.l_margin - p.r_margin
    p.band([("Provider no.", prov_no, 1), ("ICN", clm, 1.25), ("Date of letter", long(ld), 1.2),
            ("Patient", last_comma(pat), 1.35)], style="tint", size=8.8, cap=5.8)
    y0 = p.get_y()
    for ln in [billing, "Attn: Billing Manager", f"{rng.randint(100, 900)} Quarry Hill Road, Suite 210",
               "Osgood Ferry, Pellacre 70418"]:
        p.line(ln, 9.6)
    p.ln(3)
    p.subject_line("Claim denied: sent after the 180-day limit for claims following another payer")
    p.para("Dear Billing Manager:", 9.8)
    p.para(f"We received a claim on {slash(recv)} for {first_last(pat)} (PellaCare ID {m}) for a lumbar epidural "
           f"injection given on {long(dos)} by {surg}, MD. The claim was sent with the explanation of benefits from "
           f"{other['name']}, which denied it on {slash(eob_d)} because the patient's coverage there had ended.", 9.6)
    p.para("PellaCare pays after other coverage. A claim that follows another payer's decision must reach us within "
           "180 days of the date on that payer's explanation of benefits. This claim reached us 241 days after it. "
           "The claim is denied for late filing.", 9.6)
    p.table(["Item", "Date", "Notes"], [
        ["Date of service", slash(dos), f"Harwood Spine & Joint - {surg}, MD (rendering)"],
        ["First claim to PellaCare", slash(plus(dos, 6)), f"ICN {old}, denied EOB 2291 (other coverage on file)"],
        ["Other payer's EOB", slash(eob_d), f"{other['name']} claim {other['claim']}: coverage ended 12/31/2025"],
        ["This claim received", slash(recv), "241 days after the other payer's EOB (limit 180)"]],
        [42, 24, W - 66], size=8.4, row_h=5.4)
    p.table(["Code", "Service", "Billed"], [[c, s, n2(a)] for c, s, a in lines] + [["", "Claim total", n2(total)]],
            [22, W - 58, 36], size=8.6, aligns=["L", "L", "R"], bold_last=True, row_h=5.0)
    p.para("The patient may not be billed for a claim denied for late filing. If the date we received the claim is "
           "wrong (for example, if you have a mail receipt or an electronic acceptance report dated earlier), send "
           "it to us.", 9.0)
    p.heading("Review", 10.2)
    p.para("You may ask for an administrative review within 60 days of the date of this letter. Write to Provider "
           f"Claim Review Unit, {ADDR}. Include this letter, the ICN and your proof.", 9.0)
    p.ln(1)
    p.f(9)
    p.cell(0, 4.6, sig, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.6, "Claims Resolution, Provider Claim Review Unit", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "timely_filing", insurer=AGENCY, member_id=m, member_name=pat, cases=[clm],
              claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(ld), provider=surg,
              appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": ALT, "provider": [billing, f"Harwood Spine & Joint - {surg}"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_questionnaire(rng):
    """An accident questionnaire packet: a paid claim with a fracture code; questions to answer (denies nothing)."""
    kid = people(rng, 1, "pe", sexes="F", used=USED)[0]
    mom = people(rng, 1, "pe", sexes="F", last=surname(kid), used=USED)[0]
    uc_md, analyst = people(rng, 2, "dr", sexes="MF", used=USED)
    m = mid(rng)
    dos = workday(dt.date(2026, 3, rng.randint(9, 13)))
    ld = workday(plus(dos, rng.randint(34, 40)))
    ret = plus(ld, 30)
    ref = f"AQ-{ld:%y}{digits(rng, 6)}"
    clm = icn(rng, plus(dos, 5))
    uc = "Siloam Bend Urgent Care"
    p = EPSheet(footer="Page {n} of {nb}", ids_foot=FOOT)
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, box="ACCIDENT / INJURY QUESTIONNAIRE", right=[AGENCY, SECTION, f"Casualty unit {phone(rng)}",
                                                                "Fax " + phone(rng)])
    W = p.w - p.l_margin - p.r_margin
    p.band([("Questionnaire ref.", ref, 1.1), ("Member", kid, 1.2), ("PellaCare ID", grp3(m), 1),
            ("Mailed", abbr(ld), 0.9)], style="dark", beside=False, size=9.0, cap=5.8)
    for ln in addr(rng, f"Parent or guardian of {first_last(kid)}"):
        p.line(ln, 9.8)
    p.ln(3)
    p.para(f"Dear {first_last(mom)}:", 9.8)
    p.para(f"PellaCare paid a claim from {uc} for {first_last(kid)}'s visit on {long(dos)} with {uc_md}, MD (claim "
           f"{clm}). The diagnosis on the claim was a broken wrist (S52.501A). When care is for an injury, someone "
           "else may have to pay for it: a car insurer, a homeowner's insurer, a school's accident policy or a "
           "business where the injury happened.", 9.6)
    p.para("**This letter does not change your coverage and does not deny anything.** The claim was paid. Please "
           f"answer the questions on the next page and send them back by {long(ret)}. If the injury was not from an "
           "accident (for example, a fall at home with no one else involved), answer question 1 and sign.", 9.6)
    p.other_cov("About the claim we paid", [("Date of service", slash(dos)), ("Provider", f"{uc} - {uc_md}, MD"),
                                            ("Diagnosis", "S52.501A, W09.8XXA"), ("Claim no. (ICN)", clm)],
                size=8.6, cap_w=32, cols=1)
    p.para("State law requires members to help the Authority find other payers. If we do not hear from you, we may "
           "call you. Your answers are private and are used only to find who else should pay.", 8.8)
    p.f(9)
    p.cell(0, 4.6, f"{analyst}, Casualty Analyst, {CONTRACTOR}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.6, f"for the {AGENCY}", new_x="LMARGIN", new_y="NEXT")
    p.add_page()
    p.rev_bar("ACCIDENT / INJURY QUESTIONNAIRE", right=f"Ref. {ref}", size=10.5)
    p.questions([("1.", "Was the injury caused by an accident? If no, sign at the bottom and stop here.",
                  ["Yes", "No"]),
                 ("2.", "Date of the accident and where it happened (address or place):", 2),
                 ("3.", "What kind of accident was it?", ["Car / vehicle", "Playground / school", "Sports",
                                                           "Someone's home or business", "Other"]),
                 ("4.", "If a vehicle was involved, the car insurance company and its claim number:",
                  "e.g. Example Auto Insurance, claim 00-0000000-00"),
                 ("5.", "Is a lawyer helping you with this accident? Name, phone and file number:", 2),
                 ("6.", "Does the child have any other health insurance (a parent's job, a school policy)?",
                  ["Yes", "No", "Not sure"]),
                 ("7.", "If the injury happened at school or in a sports program, the name of the school or "
                        "program and its accident insurance (policy number if you know it):", 2),
                 ("8.", "Has anyone (an insurer, a lawyer, the other person) paid you anything for this injury? "
                        "How much and when?", "e.g. $250.00 on 02/14/2026 from the other driver's insurer")],
                size=8.8)
    p.ln(2)
    p.f(8.8)
    p.cell(0, 5, "Signature of parent or guardian ______________________________   Date ____________",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Send to: Casualty Unit, {SECTION}, {ADDR}, or fax the pages to the number on page 1.", 8.4)
    t = truth("other", None, insurer=AGENCY, member_id=m, member_name=kid, cases=[ref, clm], claim_amount=None,
              service_dates=[iso(dos)], denial_date=iso(ld), provider=uc, appeal_deadline=None,
              alternates={"insurer": ALT, "case_numbers": [[ref], [clm]], "service_dates": [[]],
                          "provider": [uc_md, None]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    """A cover, the other-insurance-added letter (denies nothing) and the provider notice on the boy's therapy."""
    boy = people(rng, 1, "pe", sexes="M", used=USED)[0]
    mom, dad = people(rng, 2, "pe", sexes="FM", last=surname(boy), used=USED)
    slp, sig1, sig2 = people(rng, 3, "dr", sexes="FMF", used=USED)
    m = mid(rng)
    ld1 = workday(dt.date(2026, 4, rng.randint(13, 17)))
    ref = f"OHI-{digits(rng, 7)}"
    other = dict(name="Tamwick Valley Health Plan, Inc.", code="8MV", mem=f"TVX{digits(rng, 9)}",
                 group=f"{digits(rng, 4)}-{digits(rng, 2)}", emp="Brindlecourt Foods, Inc.",
                 start=dt.date(2026, 1, 1))
    fax_top = f"{slash(plus(ld1, 16))} 14:{rng.randint(10, 59)}  BELLHARROW PEDIATRIC THERAPY  P.{{n}}"
    # 1) other insurance added (denies nothing)
    p = EPSheet(footer="Page {n} of {nb}", fax_hdr=fax_top, fax_off=1, ids_foot=FOOT)
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, wday_long(ld1), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    for ln in addr(rng, mom):
        p.line(ln, 10)
    y1 = p.get_y()
    y2 = p.caption_right([("reference", ref), ("member", boy), ("PellaCare ID", m)],
                         p.l_margin + W * 0.52, y0, W * 0.48, size=9.0)
    p.set_y(max(y1, y2) + 4)
    p.subject_line(f"Other health insurance added to {first_last(boy)}'s record")
    p.para(f"Dear {first_last(mom)}:", 10)
    p.para(f"We learned that {first_last(boy)} has health insurance through his father's job. We added it to his "
           "PellaCare record. **This is not a denial and PellaCare coverage has not changed.** It means doctors and "
           "therapists must bill the other insurance first, and PellaCare pays what is left.", 9.8)
    p.other_cov("Other insurance added", [("Insurance company", other["name"]), ("Carrier code", other["code"]),
                                          ("Policyholder", first_last(dad)), ("Employer", other["emp"]),
                                          ("Member ID on that card", other["mem"]), ("Group number", other["group"]),
                                          ("Coverage start", slash(other["start"])), ("Source", "employer report")],
                size=8.4, cap_w=38, cols=2)
    p.para("If this coverage is wrong or has ended, tell us within 30 days. Send a letter from the employer or the "
           "insurance company that shows the end date. Until we hear from you, claims for dates on or after "
           f"{slash(other['start'])} will be sent back to providers to bill {other['name']} first.", 9.4)
    p.para("Show both cards, the PellaCare card and the other insurance card, every time your child gets care.", 9.4)
    p.ln(1)
    p.f(9.2)
    p.cell(0, 4.6, f"{sig1}, Coordination of Benefits Unit", new_x="LMARGIN", new_y="NEXT")
    d1 = (out(p), truth("other", None, insurer=AGENCY, member_id=m, member_name=boy, cases=[ref], claim_amount=None,
                        denial_date=iso(ld1), provider=None, appeal_deadline=None,
                        alternates={"insurer": ALT, "case_numbers": [[]]}))
    # 2) provider notice: speech therapy denied until the other plan is billed
    billing = "Bellharrow Pediatric Therapy Group"
    v = [workday(dt.date(2026, 3, d)) for d in (rng.randint(2, 4), rng.randint(9, 11), rng.randint(16, 18))]
    v = sorted(set(v))
    nd = workday(plus(ld1, rng.randint(3, 6)))
    clm = icn(rng, plus(v[-1], 8))
    lines = [(d, "92507", "Speech/language treatment", 142.00) for d in v]
    total = sum(x[3] for x in lines)
    q = EPSheet(footer="page {n} of {nb}", ids_foot=FOOT)   # fed upside down: the fax line would not turn with it
    q.set_margins(16, 15, 16)
    q.add_page()
    head(q, rng, right=[AGENCY, "Provider notices", ADDR])
    Wq = q.w - q.l_margin - q.r_margin
    q.rev_bar("NOTICE TO PROVIDER: CLAIM DENIED", right="EOB 2291  other coverage on file", size=10.5, shade=70)
    q.band([("Claim no.", clm, 1.3), ("Patient", last_comma(boy), 1.3), ("PellaCare ID", grp3(m), 1.0),
            ("Notice date", mon_d_yy(nd), 0.9)], style="grey", size=9.0, cap=5.8)
    q.pairs([("Billing provider", f"{billing}, NPI {npi(rng)}"),
             ("Rendering provider", f"{slp}, CCC-SLP, NPI {npi(rng)}"),
             ("Other coverage", f"{other['name']} (code {other['code']}), member {other['mem']}, group "
                                f"{other['group']}")], label_w=36, size=8.8, h=5.0)
    q.ln(2)
    q.table(["Date of service", "Code", "Service", "Billed", "Paid"],
            [[slash(d), c, s, n2(a), "0.00"] for d, c, s, a in lines] + [["", "", "Claim total", n2(total), "0.00"]],
            [30, 18, Wq - 96, 24, 24], size=8.6, aligns=["L", "L", "L", "R", "R"], bold_last=True, row_h=5.0)
    q.para(f"The patient has other health coverage for these dates. Bill {other['name']} first. When it has paid or "
           "denied the claim, send the claim to PellaCare with its explanation of benefits; we will pay up to the "
           "PellaCare rate, less what it paid. If that plan needs a prior authorization for therapy, ask it, not "
           "PellaCare. Do not bill the family for these visits.", 9.0)
    q.para("You may ask for an administrative review of this denial within 60 days of the date of this notice. Send "
           f"the request to Provider Claim Review, {ADDR}.", 9.0)
    q.f(8.8)
    q.cell(0, 4.6, f"{sig2}, Provider Claim Review", new_x="LMARGIN", new_y="NEXT")
    q.f(7.4)
    q.cell(0, 4, f"Mailed {slash(nd)} to the billing provider. Copy kept in the member's TPL file.",
           new_x="LMARGIN", new_y="NEXT")
    d2 = (out(q), truth("denial_letter", "other", insurer=AGENCY, member_id=m, member_name=boy, cases=[clm],
                        claim_amount=m2(total), service_dates=[iso(d) for d in v], denial_date=iso(nd), provider=slp,
                        appeal_deadline=iso(plus(nd, 60)),
                        alternates={"insurer": ALT, "provider": [billing]}, type_alternates=["eob"]))
    return [d1, d2]


# ---------------------------------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_bd_remittance_strep_visit_other_coverage_2291", "born_digital", [bd_remittance(rng)]),
        Item(f"{f}_faxstd_auto_accident_er_visit", "fax_standard_g4", [faxstd_auto(rng)]),
        Item(f"{f}_phone_es_medicare_first_therapy", "phone_photo", [phone_es_medicare(rng)]),
        Item(f"{f}_photocopy_work_injury_ladder_fall", "photocopy", [photocopy_work(rng)]),
        Item(f"{f}_scan_late_rebill_after_other_payer_eob", "scan_clean_300", [scan_late_rebill(rng)]),
        Item(f"{f}_rotated_accident_questionnaire_wrist", "rotated", [rotated_questionnaire(rng)]),
        Item(f"{f}_faxstd_stack_other_insurance_added_then_speech_therapy", "fax_standard_g4", faxstd_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
