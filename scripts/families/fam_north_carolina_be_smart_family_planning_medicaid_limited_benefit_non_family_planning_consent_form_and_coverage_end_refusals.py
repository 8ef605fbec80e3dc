"""North Carolina's Family Planning Medicaid (the program once called "Be Smart"), mirrored for structure and plain
wording style only: a limited Medicaid benefit that pays only for family planning and family planning-related
services (the annual exam, birth control and its insertion or removal, pregnancy tests, screening and treatment of
sexually transmitted infections, Pap tests, sterilization, and rides to family planning visits), determined by the
county department of social services and paid through NCTracks; everything else (a sore throat visit, a dentist,
an emergency room) is outside the benefit. Real names appear only as themselves: North Carolina, NC Medicaid, its
Division of Health Benefits, the NC Department of Health and Human Services, NCTracks, Person County's Department
of Social Services, the Office of Administrative Hearings, the federal sterilization consent form HHS-687 and its
30-day rule, the MAFDN eligibility category code, and CPT / HCPCS / ICD-10 codes as themselves. Every clinic,
practice, laboratory, insurer, person, Medicaid ID, ICN, case and request number, EOB code, address, phone (555),
amount and every other time limit is invented. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_nctracks_remittance_monospace_captions_on_page_one_only_sore_throat_claim_eob_code: a two-page
  monospace remittance advice to a district health department; six claims, five paid, one office visit for a sore
  throat paid 0.00 on page 2 where the rows stand under no column caption (the Medicaid ID is a bare cell), told
  only by EOB code 9312, explained in the code list at the end; a pended claim, EFT and NPI decoys.
- scan_county_dss_renewal_approved_three_column_prose_ticket_ids_son_medicaid_id: the county DSS notice approving
  the renewal of Family Planning Medicaid (denies nothing), identifiers as "value  caption" lines in a framed
  ticket, a household table with the son's own Medicaid ID, income and limit without a dollar sign, what the
  benefit pays for and what it does not in three columns.
- fine_fax_vasectomy_consent_signed_too_few_days_boxes_captions_under: NC Medicaid's letter to a urology practice
  under a fax header, facts in ruled boxes with their captions under them; the consent form was signed 22 days
  before the surgery, fewer than the 30 the federal rule requires; reconsideration within 30 days of the letter.
- phone_es_aviso_transporte_a_cita_dental_fuera_del_beneficio: a photographed Spanish notice from the county DSS
  refusing a ride to a dentist: Family Planning Medicaid pays only for rides to family planning visits; a local
  appeal within 60 days of the notice, the state hearing's 30 days as a decoy.
- rotated_two_column_letter_iud_after_coverage_ended_running_header_ids: NC Medicaid's letter fed turned; a
  running header with the beneficiary's name, Medicaid ID and the ICN (no captions); an IUD inserted twelve days
  after the coverage ended at renewal; an eligibility table; reconsideration within 30 days of the letter.
- lowres_out_of_state_cytology_lab_not_enrolled_captions_beside_boxes_clia_decoy: a 150 dpi letter to a Virginia
  laboratory that is not enrolled with NC Medicaid (captions at the left of ruled boxes, a CLIA number, accession
  number and the ordering clinic's NPI as decoys, "must be received by" a printed date).
- photocopy_stack_other_insurance_first_letter_blank_then_clinic_statement_sideways: NC Medicaid's letter to a
  family medicine practice (the spouse's employer plan must pay first; his policy number and name as decoys; no
  time limit to appeal), a blank separator, and the practice's statement to the patient (denies nothing) fed
  sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundek_famkd import (KDSheet, abbr, dash, digits, dlong, dmon, dmy, es_date, first, iso, last_first,
                               long, m2, n2, nopad, out, packed, people, phone, plus, short, slash, spaced, surname,
                               tollfree, truth, upper, usd, wday, workday)

FAMILY = ("north_carolina_be_smart_family_planning_medicaid_limited_benefit_non_family_planning_consent_form_and_"
          "coverage_end_refusals")
LANG = "en"
SEED = 355003
NCM = "NC Medicaid"
NCM_ALT = ["North Carolina Medicaid", "NC Medicaid Division of Health Benefits", "Division of Health Benefits",
           "NC Department of Health and Human Services", "North Carolina Department of Health and Human Services",
           "NCDHHS", "NC Medicaid Direct", "NCTracks", "Family Planning Medicaid"]
DSS = "Person County Department of Social Services"
DSS_ALT = ["Person County DSS", "Person County Department of Social Services Medicaid Unit", NCM,
           "North Carolina Medicaid", "Departamento de Servicios Sociales del Condado de Person"]
PROGRAM = "Family Planning Medicaid"
CAT = "MAFDN"
NCM_BOX = "P.O. Box 30968, Raleigh, NC 27622"
DSS_ADDR = "418 Leasburg Rd, Roxboro, NC 27573"
CLINIC = "Haw Bluff District Health Department"
URO = "Yadkin Narrows Urology, PA"
WOMEN = "Shoal Creek Women's Health Center"
LAB = "Blue Gap Cytology Laboratory, LLC"
FAMMED = "Brightleaf Family Medicine"
DENTAL = "Flat River Dental Associates"
OTHER_INS = "Kingsferry Mutual Health Insurance Company"


def mid(rng) -> str:
    """A Medicaid ID: nine digits and a letter."""
    return digits(rng, 9) + rng.choice("KLMNPR")


def icn(rng, d: dt.date) -> str:
    return f"{d:%y}{d.timetuple().tm_yday:03d}{digits(rng, 12)}"


def npi(rng) -> str:
    return "1" + digits(rng, 9)


def nc_address(rng):
    town, z = rng.choice([("Roxboro", "27573"), ("Timberlake", "27583"), ("Hurdle Mills", "27541"),
                          ("Rougemont", "27572"), ("Semora", "27343")])
    street = rng.choice(["Chub Lake Rd", "Tobacco Barn Ln", "Hyco Shores Dr", "Depot St Apt 3B", "Mayo Lake Rd",
                         "Sourwood Ct", "Old Durham Rd", "Cunningham Mill Rd"])
    return [f"{rng.randint(104, 9780)} {street}", f"{town}, NC {z}"]


def ncm_head(p, rng, unit: str = "Provider Services"):
    p.masthead(NCM, f"Division of Health Benefits  |  North Carolina Department of Health and Human Services  |  "
                    f"{unit}",
               [NCM_BOX, f"NCTracks Call Center {tollfree(rng, '800')}", f"Fax {phone(rng, '919')}"], size=15)


def dss_head(p, rng, es: bool = False):
    p.masthead(DSS, ("Departamento de Servicios Sociales  |  Unidad de Medicaid" if es else
                     "Economic Services  |  Medicaid Unit"),
               [DSS_ADDR, f"{'Teléfono' if es else 'Phone'} {phone(rng, '336')}", f"Fax {phone(rng, '336')}",
                "TTY 711"], size=12.5)


# ---------------------------------------------------------------------------------------------------------------
def born_remittance(rng):
    """Two-page monospace RA; the refused claim is on page 2 under no column caption."""
    everyone = people(rng, 12, sexes="FFMFFFFFFFFM")
    pats, rend = everyone[:9], everyone[9:]
    ra_d = dt.date(2026, 3, 24)
    ra_no = f"{digits(rng, 7)}"
    eft = f"EFT{digits(rng, 9)}"
    pay_npi = npi(rng)
    payee = f"{digits(rng, 8)}"
    rnpis = [npi(rng) for _ in rend]
    base = dt.date(2026, 3, 2)
    specs = [
        [("99395", "FP", 1, 265.00, 148.62, "0002"), ("87591", "", 1, 61.00, 35.09, "0002"),
         ("87491", "", 1, 61.00, 35.09, "0002")],
        [("99213", "FP", 1, 168.00, 71.17, "0002"), ("J1050", "", 150, 96.00, 44.40, "0418"),
         ("96372", "", 1, 42.00, 17.81, "0002")],
        [("11981", "", 1, 312.00, 167.60, "0002"), ("J7307", "", 1, 1098.00, 961.42, "0418")],
        [("99214", "FP", 1, 238.00, 105.02, "0002"), ("81025", "", 1, 18.00, 8.61, "0002")],
        [("99385", "FP", 1, 285.00, 158.40, "0002"), ("88175", "", 1, 96.00, 27.84, "0002"),
         ("87624", "", 1, 131.00, 35.09, "0002")],
        [("99212", "FP", 1, 112.00, 41.30, "1170"), ("J7304", "", 1, 124.00, 88.16, "0418")],
        [("99213", "", 1, 168.00, 0.0, "9312")],  # the refused claim
        [("99401", "FP", 1, 74.00, 36.42, "1170"), ("87389", "", 1, 52.00, 24.31, "0002")],
    ]
    den_i = 6
    claims = []
    for i, (pat, lines) in enumerate(zip(pats[:-1], specs)):
        d = plus(base, rng.randint(0, 9))
        claims.append(dict(pat=pat, mid=mid(rng), icn=icn(rng, plus(ra_d, -rng.randint(5, 9))), dos=d, lines=lines,
                           ri=rng.randrange(len(rend))))
    den = claims[den_i]
    den_b = sum(x[3] for x in den["lines"])

    def claim_lines(c):
        rows = []
        for j, (proc, mod, units, b, al, code) in enumerate(c["lines"]):
            name = last_first(c["pat"])[:21] if j == 0 else ""
            idc = c["mid"] if j == 0 else ""
            ic = c["icn"] if j == 0 else ""
            rows.append(f"{name:<21} {idc:<11} {ic:<17} {short(c['dos']):<8} {short(c['dos']):<8} {proc:<5} "
                        f"{mod:<3} {units:>4} {flat_(b):>9} {flat_(al):>9} {flat_(al):>9} {code:>4}")
        tb = sum(x[3] for x in c["lines"])
        ta = sum(x[4] for x in c["lines"])
        rows.append(f"{'':<21} {'':<11} {'':<17} {'':<8} {'':<8} {'':<5} {'':<3} {'':>4} {'-' * 9:>9} "
                    f"{'-' * 9:>9} {'-' * 9:>9}")
        rows.append(f"{'  CLAIM TOTAL':<21} {'':<11} {'':<17} {'':<8} {'':<8} {'':<5} {'':<3} {'':>4} {flat_(tb):>9} "
                    f"{flat_(ta):>9} {flat_(ta):>9}")
        rows.append(f"  RENDERING {rnpis[c['ri']]}  {rend[c['ri']].upper()}   TAXONOMY 261QF0050X")
        rows.append("")
        return rows

    def flat_(v):
        return f"{v:.2f}"

    hdr = (f"{'RECIPIENT NAME':<21} {'RECIP ID':<11} {'ICN':<17} {'FROM DOS':<8} {'TO DOS':<8} {'PROC':<5} "
           f"{'MOD':<3} {'UNIT':>4} {'BILLED':>9} {'ALLOWED':>9} {'PAID':>9} {'EOB':>4}")
    p = KDSheet(footer="PAGE {n} OF {nb}", footer_left=f"RA {ra_no}  |  CHECKWRITE {short(ra_d)}")
    p.set_margins(11, 12, 11)
    p.add_page()
    ncm_head(p, rng, unit="NCTracks")
    p.mono_lines([f"REMITTANCE ADVICE (RA)                                      RA NUMBER {ra_no}",
                  f"PAYEE  {CLINIC.upper()}                        PAYEE ID {payee}",
                  f"       FAMILY PLANNING CLINIC, 1107 E RALEIGH ST, SILER CITY NC 27344",
                  f"NPI    {pay_npi}                         CHECKWRITE DATE {short(ra_d)}   {eft}",
                  ""], size=7.6, bold={0})
    p.mono_lines(["-" * 124, hdr, "-" * 124], size=6.9, bold={1})
    first_page = []
    for c in claims[:den_i]:
        first_page += claim_lines(c)
    p.mono_lines(first_page, size=6.9)
    p.mono_lines(["", "  *** CLAIMS CONTINUE ON THE NEXT PAGE ***"], size=6.9)
    p.add_page()
    p.mono_lines([f"NC MEDICAID / NCTRACKS   RA {ra_no}   {CLINIC.upper()}   PAYEE ID {payee}", ""], size=7.2,
                 bold={0})
    rest = []
    for c in claims[den_i:]:
        rest += claim_lines(c)
    p.mono_lines(rest, size=6.9)
    tb = sum(sum(x[3] for x in c["lines"]) for c in claims)
    tp = sum(sum(x[4] for x in c["lines"]) for c in claims)
    pend_icn = icn(rng, plus(ra_d, -3))
    p.mono_lines(["-" * 124,
                  f"RA TOTALS   CLAIMS {len(claims)}   BILLED {tb:,.2f}   PAID {tp:,.2f}   EFT AMOUNT {tp:,.2f}",
                  "",
                  "PENDED CLAIMS (NO ACTION NEEDED; SHOWN FOR INFORMATION)",
                  f"  {last_first(pats[-1])[:21]:<21} ICN {pend_icn}  BILLED 265.00  "
                  "STATUS: IN PROCESS",
                  "-" * 124], size=6.9, bold={1})
    p.ln(2)
    p.legend("EOB CODE DESCRIPTIONS", [
        ("0002", "Paid according to the NC Medicaid fee schedule for this service."),
        ("0418", "Drug or device paid at the NDC-based rate; the NDC on the claim was used."),
        ("1170", "Family planning counseling visit; no copayment applies to family planning services."),
        ("9312", f"The recipient's eligibility on the date of service is {PROGRAM} ({CAT}), which covers family "
                 "planning and family planning-related services only. This service is not a family planning or "
                 "family planning-related service and is not covered for this recipient."),
    ], size=7.6)
    p.para("Claims must be received within 365 days of the date of service. Providers who disagree with the "
           "processing of a claim may submit a reconsideration review request through the NCTracks provider portal "
           "with the supporting records. For example, an office visit billed at $100.00 with the FP modifier "
           "and a family planning diagnosis is paid at the family planning rate.", 7.8)
    t = truth("eob", "not_covered", insurer=NCM, member_id=den["mid"], member_name=den["pat"], cases=[den["icn"]],
              claim_amount=m2(den_b), service_dates=[iso(den["dos"])], denial_date=iso(ra_d),
              provider=rend[den["ri"]],
              alternates={"insurer": NCM_ALT, "provider": [CLINIC], "plan_id": [CAT]})
    return out(p), t


def scan_renewal_approved(rng):
    mom, son, husband, worker = people(rng, 4, sexes="FMMF")
    son = f"{first(son)} {son.split()[1]} {surname(mom)}"
    husband = f"{first(husband)} {husband.split()[1]} {surname(mom)}"
    m_id, s_id = mid(rng), mid(rng)
    case = f"{digits(rng, 10)}"
    nd = dt.date(2026, 4, 2)
    start, end = dt.date(2026, 4, 1), dt.date(2027, 3, 31)
    home = nc_address(rng)
    p = KDSheet(footer="Page {n} of {nb}", footer_left=f"Notice generated {packed(plus(nd, -1))}  |  "
                                                         f"NC FAST notice DSS-NE-4")
    p.set_margins(17, 15, 17)
    p.add_page()
    dss_head(p, rng)
    p.line(f"Date of notice: {long(nd)}", 10, "B")
    p.ln(2)
    y0 = p.get_y()
    for ln in [mom, *home]:
        p.line(ln, 10.2)
    W = p.w - p.l_margin - p.r_margin
    yb = p.ticket([(spaced(case, [4, 3, 3]), "Case ID"), (m_id, "Medicaid ID"), (CAT, "Program code"),
                   (f"{slash(start)} – {slash(end)}", "Certification period"), (worker, "Caseworker"),
                   (phone(rng, '336'), "Caseworker phone")], p.l_margin + W - 84, y0, 84,
                  title="Keep these numbers")
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 4)
    p.heading("Your Medicaid renewal is approved", 13)
    p.para(f"Dear {first(mom)} {surname(mom)}:", 10)
    p.para(f"We reviewed your household's Medicaid renewal. You will keep {PROGRAM} for the certification period "
           "shown above. You do not need to do anything now. We will write to you before the period ends.", 10)
    p.table(["Person", "Medicaid ID", "Program", "Decision", "Begins"],
            [[mom, m_id, f"{PROGRAM} ({CAT})", "Approved", slash(start)],
             [son, s_id, "Medicaid for Infants and Children (MIC)", "Approved", slash(start)],
             [husband, "—", "Did not ask for Medicaid", "—", "—"]],
            [W * 0.22, W * 0.15, W * 0.38, W * 0.12, W * 0.13], size=8.2)
    p.heading("How we decided", 10.5)
    p.leaders([("Countable monthly household income", "2,184.00"), ("Household size", "3"),
               (f"Income limit for {PROGRAM}, household of 3", "4,146.00"),
               ("Income verified by", "pay stubs received 03/18/2026")], size=9, w=W * 0.8)
    p.ln(1)
    p.heading(f"About {PROGRAM}", 10.5, rule=True)
    p.tricol([
        "A family planning exam once a year and up to six more family planning visits a year.",
        "Birth control: pills, the shot, the patch, the ring, implants and IUDs, and the visits to place or "
        "remove them.",
        "Pregnancy tests, Pap tests, and tests and treatment for sexually transmitted infections.",
        "Sterilization (vasectomy or tubal sterilization) after the 30-day waiting period.",
        "||",
        "Care that is not for family planning: emergency room visits, hospital stays, sick visits for a cold or "
        "the flu, X-rays, dental care, eye care, and medicines that are not for family planning.",
        "Rides to visits that are not family planning visits.",
        "If you need other care, ask us whether you can apply for full Medicaid. Your son's Medicaid covers his "
        "care; it does not change yours.",
        "||",
        "Show your Medicaid ID card at every visit and tell the clinic that your coverage is Family Planning "
        "Medicaid.",
        "Tell us within 10 days if your income, address or household changes, or if you become pregnant; you may "
        "then qualify for more coverage.",
        "If you have other health insurance, tell us and the clinic; Medicaid pays after other insurance.",
    ], size=8.4, heads=["It pays for", "It does not pay for", "What you must do"])
    p.heading("If you disagree", 10.5)
    p.para("You may ask for a hearing about this decision. Call or write your caseworker within 60 days of the date "
           "of this notice. You may bring someone to help you, and you may ask for free legal help.", 9.2)
    p.para(f"Questions about services: NC Medicaid Contact Center {tollfree(rng, '888')}.", 9.2)
    t = truth("other", None, insurer=DSS, member_id=m_id, member_name=mom, cases=[case], denial_date=iso(nd),
              alternates={"insurer": DSS_ALT, "case_numbers": [[]], "plan_id": [CAT]})
    return out(p), t


def fine_fax_consent(rng):
    pat, surg, clerk = people(rng, 3, sexes="MFF")
    m_id = mid(rng)
    ld = dt.date(2026, 4, 14)
    surgery = dt.date(2026, 3, 19)
    signed = plus(surgery, -22)
    recv = plus(ld, -rng.randint(8, 12))
    c = icn(rng, recv)
    lines = [("55250", "Vasectomy, bilateral, with postoperative semen exam(s)", 1, 1185.00),
             ("88302", "Surgical pathology, vas deferens segments", 1, 146.00)]
    billed = sum(x[3] for x in lines)
    dob = dt.date(rng.randint(1988, 1996), rng.randint(1, 12), rng.randint(1, 28))
    fax = f"{short(ld)} 14:{rng.randint(10, 59)}  NC MEDICAID PROV SVCS  {phone(rng, '919')}  P. {{n}}/1"
    p = KDSheet(footer="Page {n} of {nb}", footer_left=f"NCM-STER-2  |  {slash(ld)}", fax_hdr=fax)
    p.set_margins(15, 15, 15)
    p.add_page()
    ncm_head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    for ln in [URO, "Attn: Billing", "2209 Country Club Rd Ste 300", "Winston-Salem, NC 27104"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.title_bar("CLAIM DECISION - STERILIZATION", f"{PROGRAM}  |  eligibility category {CAT}")
    p.capcells([("Date of this letter", long(ld), W * 0.3, "B"), ("ICN", c, W * 0.38, "B"),
                ("Claim received", dash(recv), W * 0.32, "B")])
    p.capcells([("Beneficiary", pat, W * 0.38, "B"), ("Medicaid ID", m_id, W * 0.3, "B"),
                ("Date of birth", slash(dob), W * 0.32, "B")])
    p.capcells([("Date of surgery", slash(surgery), W * 0.3, "B"), ("Consent form signed (HHS-687)", slash(signed),
                                                                     W * 0.38, "B"),
                ("Days between", "22", W * 0.32, "B")])
    p.capcells([("Surgeon (rendering)", f"{surg}, MD", W * 0.38, "B"), ("Rendering NPI", npi(rng), W * 0.3, "B"),
                ("Total billed", usd(billed), W * 0.32, "B")])
    p.ln(1)
    p.table(["Code", "Service", "Units", "Billed", "Paid"],
            [[a, b, str(u), usd(v), "$0.00"] for a, b, u, v in lines] + [["", "Total", "", usd(billed), "$0.00"]],
            [W * 0.1, W * 0.56, W * 0.08, W * 0.13, W * 0.13], size=8.6, aligns=["L", "L", "R", "R", "R"],
            bold_last=True)
    p.bar("Why the claim was not paid", 9.6)
    p.para(f"{PROGRAM} pays for a sterilization only when the federal consent rules are met. The person must sign the "
           "consent form (HHS-687) at least 30 days, and not more than 180 days, before the surgery; the only "
           "exceptions are premature delivery and emergency abdominal surgery, when at least 72 hours must pass. "
           f"The consent form sent with this claim was signed on {long(signed)} and the surgery was done on "
           f"{long(surgery)}, 22 days later. Neither exception applies to a vasectomy. The claim is denied, and a "
           "form signed after the surgery cannot correct it.", 9.4)
    p.para("The beneficiary may not be billed for this service, because the denial is due to a requirement the "
           "provider must meet. The interpreter's and the physician's signature dates on the form were not used to "
           "count the days.", 9.4)
    p.bar("Reconsideration", 9.6)
    p.para("If the consent form in our file is not the one your office completed before the surgery, send the "
           "correct signed copy with a reconsideration request. We must receive it within 30 days of the date of "
           f"this letter. Fax it to the number above or mail it to {NCM_BOX}, Attn: Sterilization Review.", 9.4)
    p.para(f"Prepared by {clerk}, provider services.", 8.6)
    t = truth("denial_letter", "other", insurer=NCM, member_id=m_id, member_name=pat, cases=[c],
              claim_amount=m2(billed), service_dates=[iso(surgery)], denial_date=iso(ld), provider=surg,
              appeal_deadline=iso(plus(ld, 30)), denial_alternates=["not_covered"],
              alternates={"insurer": NCM_ALT, "provider": [URO, f"{surg}, MD"], "plan_id": [CAT]})
    return out(p), t


def phone_es_ride(rng):
    pat, worker = people(rng, 2, es=True, sexes="FM")
    m_id = mid(rng)
    nd = dt.date(2026, 3, 9)
    appt = dt.date(2026, 3, 17)
    asked = plus(nd, -rng.randint(2, 4))
    req = f"T-26-{digits(rng, 5)}"
    dentist = people(rng, 1, sexes="M")[0]
    home = nc_address(rng)
    p = KDSheet(footer="Página {n} de {nb}", footer_left=f"DSS-NEMT-ES  |  {slash(nd)}")
    p.set_margins(17, 15, 17)
    p.add_page()
    dss_head(p, rng, es=True)
    p.line(f"Fecha de este aviso: {es_date(nd)}", 10, "B")
    p.ln(2)
    y0 = p.get_y()
    for ln in [pat, *home]:
        p.line(ln, 10.2)
    W = p.w - p.l_margin - p.r_margin
    yb = p.ticket([(m_id, "Número de Medicaid"), (req, "Solicitud de transporte"), (CAT, "Programa"),
                   (es_date(asked), "Fecha de la llamada")], p.l_margin + W - 80, y0, 80)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 4)
    p.heading("Aviso sobre su pedido de transporte a una cita médica", 12.5)
    p.para(f"Estimada señora {surname(pat)}:", 10)
    p.para(f"El {es_date(asked)} usted nos llamó para pedir transporte de ida y vuelta a {DENTAL}, donde tiene cita "
           f"con el Dr. {dentist} el {es_date(appt)} para sacarle una muela.", 10)
    p.para(f"**Decisión: no podemos darle este transporte.** Su cobertura es {PROGRAM}. Este Medicaid paga el "
           "transporte solamente para ir y volver de citas de planificación familiar (por ejemplo, su examen anual "
           "o una cita para su método anticonceptivo). Una cita con el dentista no es una cita de planificación "
           "familiar, y el cuidado dental no está cubierto por su Medicaid.", 10)
    p.para("Si esta misma semana tiene también una cita de planificación familiar, llámenos y le programaremos ese "
           "viaje. Si sus ingresos o su familia cambiaron, puede pedir que revisemos si califica para Medicaid "
           "completo.", 10)
    p.heading("Si no está de acuerdo", 11)
    p.para("Puede pedir una apelación local. Llame o escriba a su trabajador social dentro de 60 días a partir de la "
           "fecha de este aviso. Después de la decisión local, si sigue en desacuerdo, puede pedir una audiencia "
           "estatal ante la Oficina de Audiencias Administrativas dentro de 30 días de esa decisión.", 9.8)
    p.signoff(["Atentamente,", worker, "Transporte de Medicaid, Departamento de Servicios Sociales"], 9.6)
    t = truth("denial_letter", "not_covered", insurer=DSS, member_id=m_id, member_name=pat, cases=[req],
              service_dates=[iso(appt)], denial_date=iso(nd), appeal_deadline=iso(plus(nd, 60)), lang="es",
              alternates={"insurer": DSS_ALT, "provider": [DENTAL, dentist], "appeal_deadline": [None],
                          "plan_id": [CAT]})
    return out(p), t


def rotated_iud_after_end(rng):
    pat, doc, sig = people(rng, 3, sexes="FFM")
    m_id = mid(rng)
    ld = dt.date(2026, 4, 7)
    seg_start, seg_end = dt.date(2026, 1, 1), dt.date(2026, 2, 28)
    dos = dt.date(2026, 3, 12)
    recv = plus(dos, rng.randint(6, 10))
    c = icn(rng, recv)
    lines = [("58300", "Insertion of intrauterine device", 1, 226.00), ("J7300", "Intrauterine copper contraceptive",
                                                                       1, 1149.00),
             ("81025", "Urine pregnancy test", 1, 19.00)]
    billed = sum(x[3] for x in lines)
    p = KDSheet(footer="Page {n} of {nb}", footer_left=f"Mailed {dmon(ld)}  |  NCM-ELIG-7",
                every=f"{last_first(pat)}   {m_id}   {c}")
    p.set_margins(17, 15, 17)
    p.add_page()
    ncm_head(p, rng)
    p.line(f"Date: {dmon(ld)}", 10, "B")
    p.ln(2)
    for ln in [WOMEN, f"Attn: {doc}, MD, and the billing office", "640 Green Valley Rd", "Greensboro, NC 27408"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.subject("Your claim for an IUD placement")
    p.twocol([
        f"Dear Dr. {surname(doc)}:",
        f"We have processed your claim for the copper IUD you placed for {pat} on {long(dos)}. The claim is "
        "denied. This letter explains why and what you can do.",
        "## What our records show",
        f"The beneficiary's {PROGRAM} coverage (category {CAT}) for this year ran from {long(seg_start)} through "
        f"{long(seg_end)}. It ended because the county found, after a change she reported, that her household "
        "income is now over the limit. "
        "NCTracks shows no Medicaid coverage of any kind for her on the date of service.",
        "Because she was not eligible on that day, NC Medicaid cannot pay any part of the claim, even though an "
        "IUD placement is a family planning service.",
        "## What you can do",
        "Ask her to contact the Person County Department of Social Services. If her income has dropped again "
        "or the county's decision is changed on appeal, coverage for March may be restored. If the county adds "
        "coverage for March, resubmit the claim; no reconsideration is needed.",
        "If you believe our eligibility record is wrong, you may ask for a reconsideration review within 30 days "
        "of the date of this letter. Include a copy of the eligibility response your office received when you "
        "checked her coverage.",
        f"Questions: NCTracks Call Center {tollfree(rng, '800')}.",
    ], size=9.1)
    W = p.w - p.l_margin - p.r_margin
    p.heading("Claim detail", 10.5)
    p.table(["Date of service", "Code", "Service", "Billed", "Paid"],
            [[abbr(dos), a, b, n2(v), "0.00"] for a, b, _, v in lines] + [["", "", "Total", n2(billed), "0.00"]],
            [W * 0.18, W * 0.1, W * 0.46, W * 0.13, W * 0.13], size=8.6, aligns=["L", "L", "L", "R", "R"],
            bold_last=True)
    p.heading("Eligibility on file", 10.5)
    p.table(["Category", "Begin", "End", "Status"],
            [[CAT, slash(seg_start), slash(seg_end), "Ended - income over limit"],
             ["(none)", slash(plus(seg_end, 1)), "", "No coverage"]],
            [W * 0.2, W * 0.2, W * 0.2, W * 0.4], size=8.6)
    p.signoff(["Sincerely,", sig, "Claims Resolution, NC Medicaid"], 9.4)
    t = truth("denial_letter", "eligibility", insurer=NCM, member_id=m_id, member_name=pat, cases=[c],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(ld), provider=doc,
              appeal_deadline=iso(plus(ld, 30)),
              alternates={"insurer": NCM_ALT, "provider": [WOMEN, f"{doc}, MD"], "plan_id": [CAT]})
    return out(p), t


def lowres_lab_not_enrolled(rng):
    pat, orderer, sig = people(rng, 3, sexes="FFM")
    m_id = mid(rng)
    ld = dt.date(2026, 4, 10)
    by = dt.date(2026, 5, 11)
    coll = dt.date(2026, 3, 3)
    got = plus(coll, 2)
    recv = plus(coll, rng.randint(15, 20))
    c = icn(rng, recv)
    clia = f"49D{digits(rng, 7)}"
    acc = f"BG-{digits(rng, 2)}-{digits(rng, 6)}"
    lines = [("88175", "Cytopathology, cervical, automated thin layer", 1, 118.00),
             ("87624", "HPV, high-risk types, amplified probe", 1, 162.00)]
    billed = sum(x[3] for x in lines)
    p = KDSheet(footer=None, footer_left=f"NCM-ENR-3  |  {upper(ld)}")
    p.set_margins(17, 15, 17)
    p.add_page()
    ncm_head(p, rng, unit="Provider Enrollment and Claims")
    p.line(wday(ld), 10, "B")
    p.ln(2)
    for ln in [LAB, "Billing Department", "3370 Electric Rd Ste 12", "Roanoke, VA 24018"]:
        p.line(ln, 9.8)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("ICN", c, W * 0.5, "L"), ("Received", slash(recv), W * 0.5, "L")])
    p.capcells([("Patient", pat, W * 0.5, "L"), ("Medicaid ID", m_id, W * 0.5, "L")])
    p.capcells([("Collected", slash(coll), W * 0.33, "L"), ("Billed", usd(billed), W * 0.33, "L"),
                ("CLIA", clia, W * 0.34, "L")])
    p.capcells([("Ordering", f"{CLINIC} ({orderer}, CNM)", W, "L")])
    p.capcells([("Accession", acc, W * 0.5, "L"), ("Specimen in lab", slash(got), W * 0.5, "L")])
    p.ln(2)
    p.heading("We cannot pay this claim", 12)
    p.para(f"Your laboratory billed NC Medicaid for a Pap test and an HPV test on a specimen collected on "
           f"{long(coll)} from {pat}, whose coverage is {PROGRAM}. Both tests are family planning-related services, "
           "and the ordering clinic is enrolled with NC Medicaid.", 9.8)
    p.para("However, your laboratory is not enrolled as an NC Medicaid provider. NC Medicaid pays only providers "
           "enrolled through NCTracks on the date of service, including laboratories outside North Carolina that "
           "test specimens from North Carolina clinics. The claim is denied.", 9.8)
    p.table(["Code", "Service", "Billed", "Paid"],
            [[a, b, n2(v), "0.00"] for a, b, _, v in lines] + [["", "Total", n2(billed), "0.00"]],
            [W * 0.12, W * 0.58, W * 0.15, W * 0.15], size=8.8, aligns=["L", "L", "R", "R"], bold_last=True)
    p.para("You may apply to enroll through the NCTracks provider portal. Enrollment may be effective up to 365 days "
           "before the application for an out-of-state laboratory. After you are enrolled, you may submit the claim "
           "again as a new claim. The patient may not be billed while an enrollment decision is pending.", 9.8)
    p.para(f"To ask us to reconsider, send proof that you were enrolled on the date of service. Your request must be "
           f"received by {long(by)}.", 9.8)
    p.signoff(["Sincerely,", sig, "Provider Enrollment and Claims, NC Medicaid"], 9.4)
    t = truth("denial_letter", "out_of_network", insurer=NCM, member_id=m_id, member_name=pat, cases=[c],
              claim_amount=m2(billed), service_dates=[iso(coll)], denial_date=iso(ld), provider=LAB,
              appeal_deadline=iso(by),
              alternates={"insurer": NCM_ALT, "provider": ["Blue Gap Cytology Laboratory", CLINIC, orderer],
                          "plan_id": [CAT],
                          "case_numbers": [[c, acc]]})
    return out(p), t


def photocopy_stack(rng):
    pat, spouse, doc, sig, billing = people(rng, 5, sexes="FMFMF")
    spouse = f"{first(spouse)} {spouse.split()[1]} {surname(pat)}"
    m_id = mid(rng)
    dos = dt.date(2026, 2, 24)
    recv = plus(dos, rng.randint(10, 16))
    ld = dt.date(2026, 3, 20)
    c = icn(rng, recv)
    pol = f"KMH{digits(rng, 9)}"
    grp = f"{digits(rng, 5)}-{digits(rng, 2)}"
    lines = [("99395", "Preventive visit, established, age 18-39", 1, 245.00),
             ("87591", "Gonorrhea, amplified probe", 1, 58.00), ("87491", "Chlamydia, amplified probe", 1, 58.00),
             ("81025", "Urine pregnancy test", 1, 17.00)]
    billed = sum(x[3] for x in lines)
    # document 1: NC Medicaid's letter to the practice
    p = KDSheet(footer="Page {n} of {nb}", footer_left=f"NCM-TPL-5  |  {slash(ld)}")
    p.set_margins(17, 15, 17)
    p.add_page()
    ncm_head(p, rng, unit="Third Party Liability")
    p.line(long(ld), 10, "B")
    p.ln(2)
    for ln in [FAMMED, "Attn: Billing Office", "215 N Main St", "Roxboro, NC 27573"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.re_line([pat, f"Medicaid ID {m_id}", f"ICN {c}"])
    p.ln(2)
    p.para(f"Dear Provider:", 9.8)
    p.para(f"We received your claim for the family planning visit of {long(dos)}, billed with {usd(billed)} in "
           f"charges. Our records show that {pat} also has health insurance through her husband's employer, and "
           "Medicaid pays only after all other insurance has paid. The claim is denied until the other insurer has "
           "processed it.", 9.8)
    W = p.w - p.l_margin - p.r_margin
    p.boxed_pairs([("Other insurer", OTHER_INS), ("Policyholder", spouse), ("Policy number", pol),
                   ("Group number (other plan)", grp), ("Coverage verified", f"{slash(plus(recv, 3))} by phone")],
                  label_w=58, size=9)
    p.table(["Date", "Code", "Service", "Billed"],
            [[dash(dos), a, b, usd(v)] for a, b, _, v in lines] + [["", "", "Total charges", usd(billed)]],
            [W * 0.16, W * 0.12, W * 0.54, W * 0.18], size=8.6, aligns=["L", "L", "L", "R"], bold_last=True)
    p.para(f"Please bill {OTHER_INS} first. When it has paid or denied the claim, send NC Medicaid a new claim with "
           "its explanation of benefits attached; Medicaid will then pay up to its rate, less what the other "
           "insurer paid. If the other coverage has ended, send proof of the end date and we will update our "
           "records and reprocess the claim. A family planning beneficiary may not be billed for the charges "
           "while this is being settled.", 9.6)
    p.signoff(["Sincerely,", sig, "Third Party Liability Unit"], 9.4)
    d1 = (out(p), truth("denial_letter", "other", insurer=NCM, member_id=m_id, member_name=pat, cases=[c],
                        claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(ld), provider=FAMMED,
                        alternates={"insurer": NCM_ALT, "provider": [doc], "plan_id": [CAT]}))
    # document 2: the practice's statement to the patient
    sd = dt.date(2026, 4, 6)
    acct = f"{digits(rng, 6)}"
    q = KDSheet(footer=None, footer_left=f"Statement {dmy(sd)}  |  Acct {acct}")
    q.set_margins(16, 15, 16)
    q.add_page()
    q.masthead(FAMMED, "Family medicine  |  women's health  |  walk-in hours",
               ["215 N Main St, Roxboro, NC 27573", f"Billing {phone(rng, '336')}", "Mon-Fri 8-5"],
               box="PATIENT STATEMENT", size=14)
    W = q.w - q.l_margin - q.r_margin
    q.capstrip([("STATEMENT DATE", dmy(sd)), ("ACCOUNT NO.", acct), ("PATIENT", pat), ("AMOUNT DUE", "$0.00")],
               [W * 0.2, W * 0.18, W * 0.38, W * 0.24], size=9)
    q.ln(3)
    for ln in [pat, *nc_address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.f(8.6, "B")
    q.cell(0, 5, f"Seen by {doc}, MD", new_x="LMARGIN", new_y="NEXT")
    q.table(["Date", "Code", "Description", "Charges", "Insurance pending", "Your balance"],
            [[dash(dos), a, b, n2(v), n2(v), "0.00"] for a, b, _, v in lines] +
            [["", "", "Totals", n2(billed), n2(billed), "0.00"]],
            [W * 0.13, W * 0.09, W * 0.42, W * 0.12, W * 0.13, W * 0.11], size=7.8,
            aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    q.boxed_pairs([("Primary insurance", OTHER_INS), ("Secondary", f"{NCM}  {m_id}"),
                   ("Claim status", f"Sent to primary {slash(plus(ld, 5))}"),
                   ("Your amount due", "$0.00 - do not pay; for your records")], label_w=44, size=8.6)
    q.para("Medicaid asked us to bill your husband's insurance first. You do not owe anything for this visit now. "
           "If that insurance sends you a letter asking about other coverage, please answer it so the claim can be "
           f"paid. Questions: call {billing} in our billing office.", 9.4)
    d2 = (out(q), truth("other", None, insurer=None, member_id=m_id, member_name=pat, claim_amount=m2(billed),
                        service_dates=[iso(dos)], denial_date=iso(sd), provider=doc, unscored=["insurer"],
                        alternates={"provider": [FAMMED, f"{doc}, MD"], "member_id": [None],
                                    "claim_amount": [None]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_nctracks_remittance_monospace_captions_on_page_one_only_sore_throat_claim_eob_code",
             "born_digital", [born_remittance(rng)]),
        Item(F + "scan_county_dss_renewal_approved_three_column_prose_ticket_ids_son_medicaid_id", "scan_clean_300",
             [scan_renewal_approved(rng)]),
        Item(F + "fine_fax_vasectomy_consent_signed_too_few_days_boxes_captions_under", "fax_fine_g4",
             [fine_fax_consent(rng)]),
        Item(F + "phone_es_aviso_transporte_a_cita_dental_fuera_del_beneficio", "phone_photo", [phone_es_ride(rng)]),
        Item(F + "rotated_two_column_letter_iud_after_coverage_ended_running_header_ids", "rotated",
             [rotated_iud_after_end(rng)]),
        Item(F + "lowres_out_of_state_cytology_lab_not_enrolled_captions_beside_boxes_clia_decoy", "scan_lowres_150",
             [lowres_lab_not_enrolled(rng)]),
        Item(F + "photocopy_stack_other_insurance_first_letter_blank_then_clinic_statement_sideways", "photocopy",
             photocopy_stack(rng), separators=["blank", None], turns={(1, 0): 90}),
    ]
