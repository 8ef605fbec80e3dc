"""Medicare Savings Program papers of an invented state (Tessary): the Qualified Medicare Beneficiary (QMB) decision
and proof-of-coverage letters that protect a beneficiary from being billed for Medicare deductibles and coinsurance,
and the state Medicaid program's cost-sharing ("crossover") statements and notices to providers. Mirrored from the
public program's structure (the state pays Medicare Part A and Part B cost-sharing for a QMB; a Specified
Low-Income Medicare Beneficiary (SLMB) gets only the Part B premium paid; crossover claims arrive from Medicare, are
priced by a lesser-of rule and are refused when the service was not covered by Medicare, when another payer must pay
first, or when the claim does not match what Medicare processed); every sentence written here. Medicare, Medicaid,
QMB, SLMB, Part A / Part B, the Social Security Act and CARC / CPT / HCPCS codes appear as themselves. The state of
Tessary, its Department of Health Care Finance, the program brand "TMAP", the fiscal agent (Orriston Fiscal Agent
Services, LLC), the recovery contractor, the auto insurer, every provider, beneficiary, number, address and amount
are invented; phones are 555.

Letterheads: the short brand "TMAP" set as a logo (in a heavy outlined box, reversed out of a black block or in
spaced stencil capitals) with the longer line "Tessary Medical Assistance Program - administered for the State of
Tessary by the Department of Health Care Finance" under or over it; the fiscal agent or the recovery contractor signs
or fills the legal footer.

Documents (8 in 7 files):
- born digital: a two-page remittance advice for crossover claims (professional) to an internal-medicine practice;
  each claim opens with TMAP's TCN, then the patient's name and client ID, then Medicare's ICN; the fourth patient's
  claim pays 0.00 under EOB code 4417, explained only in the code legend on page 2 (SLMB only: no cost-sharing);
  the listing runs on to page 2; a lesser-of payment, an example in the boilerplate and a reversed ID band as decoys.
- standard fax: the QMB approval notice (denies nothing), the case number, client ID and date reversed out of a
  black band; Medicare number, income amounts, application and renewal dates as decoys.
- photocopy: a notice to a nursing facility refusing a directly billed Part A crossover claim received more than
  180 days after Medicare paid (timely filing); values in boxes with grey caption bands under them; signed by the
  fiscal agent's claims unit.
- phone photo, Spanish: the state will not pay for hearing aids Medicare does not cover (QMB pays only Medicare
  cost-sharing); a Spanish reversed band; a 30-day review and a 90-day fair hearing.
- rotated: a two-page notice to a hospital refusing the Part A deductible crossover claim for a stay after a car
  crash until the auto insurer's medical payments coverage is billed; the auto insurer's claim number, the recovery
  contractor's file number and Medicare's ICN as decoys; a running header on page 2.
- standard fax stack: a fax cover; the proof-of-QMB-coverage letter "to any Medicare provider" with a cut-out card
  (denies nothing); a crossover claim status notice to an orthopaedic group whose second patient's claim has two
  lines refused under code X212 (code or modifier not the one Medicare paid), fed upside down.
- 150 dpi: an administrative review decision in two columns upholding the refusal of coinsurance for a venous
  duplex scan Medicare found not reasonable and necessary (review number and TCN both case numbers).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundep_fampc import (EPSheet, abbr, dash, digits, dlong, dmy, es_date, first_last, fresh, iso, last_first,
                               long, m2, mdy_nopad_short, mon_day, n2, nopad, out, packed, people, plus, short,
                               slash, surname, truth, upper, usd)
from public_kit import mbi

FAMILY = ("tessary_medicare_savings_program_qmb_letters_and_crossover_cost_sharing_statements_slmb_only_late_"
          "crossover_auto_insurer_first_hearing_aids_modifier_and_necessity_refusals")
LANG = "en"
SEED = 355052

DHCF = "Tessary Department of Health Care Finance"
DHCF_ALT = ["Tessary Medical Assistance Program", "TMAP", "Department of Health Care Finance",
            "Tessary Medical Assistance Program (TMAP)", "State of Tessary"]
TAG = "Tessary Medical Assistance Program \u2013 administered for the State of Tessary by the Department of Health " \
      "Care Finance"
TAG_ES = "Programa de Asistencia M\u00e9dica de Tessary \u2013 administrado para el Estado de Tessary por el " \
         "Departamento de Finanzas del Cuidado de Salud"
FA = "Orriston Fiscal Agent Services, LLC"
PROV_PHONE = "1-888-555-0143"
MEMB_PHONE = "1-877-555-0168"
TOWNS = ["Ebbsmoor, TY 68115", "Tollerton, TY 68231", "Whitloe Ford, TY 68402", "Haywain Cross, TY 68377",
         "Stonechat Falls, TY 68509", "Stilbury, TY 68144"]
STREETS = ["Cooper's Lot Rd", "Corncrib Ln", "Old Ferry Pike", "Widow's Row", "Sorghum Mill Rd", "Sheepwash Ct",
           "Cistern St", "Hopkiln Dr", "Tollgate Ave", "Wickstand Way"]


def home(rng) -> list[str]:
    return [f"{rng.randint(102, 9870)} {rng.choice(STREETS)}", rng.choice(TOWNS)]


def client_id(rng) -> str:
    """TMAP client ID: 10 digits beginning with 7."""
    return "7" + digits(rng, 9)


def g_client(c: str) -> str:
    return f"{c[:2]} {c[2:6]} {c[6:]}"


def tcn(rng, recv: dt.date) -> str:
    """Transaction control number: 26, the receipt's day of the year, media digit 9 (crossover), 8 digits."""
    return f"26{recv.timetuple().tm_yday:03d}9{digits(rng, 8)}"


def g_tcn(t: str) -> str:
    return f"{t[:5]} {t[5]} {t[6:]}"


def mcr_icn(rng) -> str:
    return "21" + digits(rng, 11)


def npi(rng) -> str:
    return "1" + digits(rng, 9)


def prov_no(rng) -> str:
    return "40" + digits(rng, 7)


def case_no(rng) -> str:
    return "E26" + digits(rng, 7)


def head(p: EPSheet, style: str = "box", tag_above: bool = False, es: bool = False, unit: str = ""):
    right = [DHCF, unit or "Medicare Savings Programs", "P.O. Box 6120", "Ebbsmoor, TY 68115-6120",
             (f"Afiliados: {MEMB_PHONE} (TTY 711)" if es else f"Members: {MEMB_PHONE} (TTY 711)")]
    p.logo_letterhead("TMAP", TAG_ES if es else TAG, right, tag_above=tag_above, style=style)


def prov_head(p: EPSheet, style: str = "box", tag_above: bool = False, unit: str = "Provider Services"):
    right = [DHCF, unit, "P.O. Box 6135", "Ebbsmoor, TY 68115-6135", f"Providers: {PROV_PHONE}"]
    p.logo_letterhead("TMAP", TAG, right, tag_above=tag_above, style=style)


LEGAL_FA = [f"Crossover claims are received, priced and paid for the Department by {FA}, 4410 Lanternjack Pkwy, Ebbsmoor, "
            "TY 68115, under contract. The Department decides coverage and appeals.",
            "TMAP does not discriminate on the basis of race, color, national origin, age, disability or sex. "
            "Form TMAP-RA-X2 (rev. 01/2026)."]


# ---------------------------------------------------------------------------------------------------------------
def born_ra(rng):
    """Crossover remittance advice: six claims, the fourth (SLMB only) pays 0.00 under EOB 4417, legend on page 2."""
    pts = people(rng, 6, 1, "FMFFMF")
    doc = people(rng, 1, 1, "F")[0]
    org = "Pimperne Brook Internal Medicine, PC"
    rend_line = f"{org} - Dr. {doc}"
    ra_date = dt.date(2026, 5, 14)
    pay_no, ra_no = digits(rng, 9), "RA" + digits(rng, 7)
    payee_npi, payee_no, doc_npi = npi(rng), prov_no(rng), npi(rng)
    pts += people(rng, 1, 1, "M")
    recvs = [dt.date(2026, 4, d) for d in (20, 21, 23, 27, 28, 29, 30)]
    doss = [dt.date(2026, 3, 30), dt.date(2026, 4, 1), dt.date(2026, 4, 2), dt.date(2026, 4, 6),
            dt.date(2026, 4, 8), dt.date(2026, 4, 9), dt.date(2026, 4, 13)]
    rows = []
    #             lines: (proc, mod, billed, mcr allowed, mcr paid, deductible, coins, tmap paid, eob)
    specs = [
        [("99214", "", 184.00, 128.40, 102.72, 0.00, 25.68, 25.68, "")],
        [("99213", "", 126.00, 92.10, 73.68, 0.00, 18.42, 11.50, "0950"),
         ("36415", "", 18.00, 3.21, 2.57, 0.00, 0.64, 0.64, "")],
        [("99215", "25", 248.00, 171.80, 137.44, 0.00, 34.36, 34.36, ""),
         ("93000", "", 62.00, 16.44, 13.15, 0.00, 3.29, 3.29, "")],
        [("99214", "", 184.00, 128.40, 102.72, 0.00, 25.68, 0.00, "4417"),
         ("93000", "", 48.00, 16.44, 13.15, 0.00, 3.29, 0.00, "4417")],
        [("G0439", "", 212.00, 134.62, 134.62, 0.00, 0.00, 0.00, "0031")],
        [("99204", "", 276.00, 162.35, 0.00, 162.35, 0.00, 162.35, ""),
         ("81003", "", 14.00, 2.25, 0.00, 2.25, 0.00, 2.25, "")],
        [("99213", "", 126.00, 92.10, 73.68, 0.00, 18.42, 18.42, ""),
         ("82947", "", 22.00, 5.11, 4.09, 0.00, 1.02, 1.02, "")],
    ]
    claims = []
    for i, (pt, rc, dos, sp) in enumerate(zip(pts, recvs, doss, specs)):
        claims.append(dict(pt=pt, cid=client_id(rng), tcn=tcn(rng, rc), icn=mcr_icn(rng), dos=dos, lines=sp))
    den = claims[3]
    den_billed = sum(ln[2] for ln in den["lines"])
    p = EPSheet(footer="Page {n} of {nb}", legal=LEGAL_FA,
                running=f"TMAP REMITTANCE ADVICE {ra_no}  \u00b7  CROSSOVER CLAIMS (PROFESSIONAL)  \u00b7  "
                        f"PAYEE {payee_no}  \u00b7  PAGE {{n}}")
    p.set_margins(14, 13, 14)
    p.add_page()
    prov_head(p, style="box")
    p.f(12.5, "B")
    p.cell(0, 6, "REMITTANCE ADVICE  \u2013  MEDICARE CROSSOVER CLAIMS (PROFESSIONAL)", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.band([("Payee provider no.", payee_no, 1.0), ("Payee NPI", payee_npi, 1.0), ("RA number", ra_no, 0.9),
            ("RA date", slash(ra_date), 0.9), ("EFT trace no.", pay_no, 1.0)], fill=40, size=9.2)
    y0 = p.get_y()
    p.address([org.upper(), "ATTN: PATIENT ACCOUNTS", "2217 SORGHUM MILL RD STE 4", "FENWATER TY 68402-2217"], 9.0)
    p.set_xy(p.l_margin + p.W * 0.55, y0)
    p.f(7.8)
    p.multi_cell(p.W * 0.45, 3.6,
                 "Medicare sends us its claim after it pays (a crossover). For a Qualified Medicare Beneficiary we pay "
                 "the Medicare deductible and coinsurance under the lesser-of rule. Codes in the EOB column are "
                 "explained at the end of this remittance advice.", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    hdr = (f"{'LN':<2} {'FROM':<8} {'PROC':<5} {'MOD':<3} {'BILLED':>10} {'MCR ALLOW':>10} {'MCR PAID':>10} "
           f"{'DEDUCT':>7} {'COINS':>7} {'TMAP PAID':>10}  EOB")
    lines = [("shade", "CROSSOVER CLAIMS  \u2013  PART B  \u2013  PAID AND DENIED"), hdr, ("rule",)]
    pages_split = 5
    blocks = []
    for i, c in enumerate(claims):
        blk = [("b", f"TCN {c['tcn']}  {last_first(c['pt']):<26} CLIENT {c['cid']}  MCR ICN {c['icn']}"),
               f"   RENDERING: {rend_line.upper()}   NPI {doc_npi}"]
        tb = tp = 0.0
        for j, (proc, mod, bil, al, mp, ded, co, tmp, eob) in enumerate(c["lines"], 1):
            blk.append(f"{j:02d} {short(c['dos'])} {proc:<5} {mod:<3} {bil:>10.2f} {al:>10.2f} {mp:>10.2f} "
                       f"{ded:>7.2f} {co:>7.2f} {tmp:>10.2f}  {eob}")
            tb += bil
            tp += tmp
        blk.append(f"{'   CLAIM TOTAL':<21} {tb:>10.2f} {'':<10} {'':<10} {'':<7} {'':<7} {tp:>10.2f}")
        blk.append(("rule",))
        blocks.append(blk)
    for b in blocks[:pages_split]:
        lines += b
    p.mono_lines(lines, size=7.6, lh=3.75)
    p.f(7)
    p.cell(0, 3.5, "(listing continues on the next page)", align="R", new_x="LMARGIN", new_y="NEXT")
    p.add_page()
    rest = []
    for b in blocks[pages_split:]:
        rest += b
    p.mono_lines(rest, size=7.6, lh=3.75)
    tot_b = sum(ln[2] for c in claims for ln in c["lines"])
    tot_p = sum(ln[7] for c in claims for ln in c["lines"])
    p.ln(2)
    p.leaders([("Crossover claims on this remittance advice", "7"), ("Claims paid", "6"), ("Claims denied", "1"),
               ("Total billed", n2(tot_b)), ("Total TMAP paid (EFT " + pay_no + ")", usd(tot_p))], size=8.6,
              w=p.W * 0.62)
    p.heading("EOB code legend", 10.5, rule=True)
    p.legend2("", [
        ("0031", "Medicare paid the whole approved amount; there is no deductible or coinsurance left to pay."),
        ("0950", "Paid under the lesser-of rule: the TMAP fee for the service less the Medicare payment was less "
                 "than the coinsurance."),
        ("2201", "Duplicate of a crossover claim already processed."),
        ("4417", "On the date of service the client is enrolled only as a Specified Low-Income Medicare "
                 "Beneficiary (SLMB). SLMB covers the Medicare Part B premium only; Medicare deductible and "
                 "coinsurance are not payable for this client."),
        ("5120", "The Medicare payment information on the claim is incomplete."),
        ("7004", "Other insurance on file must be billed before TMAP."),
    ], size=7.8, code_w=9)
    p.heading("How the lesser-of rule works", 10, rule=True)
    p.para("Example only: Medicare allows $100.00 and pays $80.00, leaving $20.00 coinsurance. If the TMAP fee for the "
           "service is $90.00, TMAP pays $10.00 (the fee less the Medicare payment). A provider may not bill a QMB "
           "client for the rest.", 8.2)
    p.heading("If you disagree", 10, rule=True)
    p.para("You may ask for an administrative review of a denied or reduced crossover claim. Write to TMAP "
           "Administrative Reviews, P.O. Box 6141, Ebbsmoor, TY 68115-6141, name the TCN and say why. We must receive "
           "your request within 60 days of the date of this remittance advice. A corrected claim may be sent instead "
           "within 365 days of the date of service.", 8.4)
    t = truth("eob", "eligibility", insurer=DHCF, member_id=den["cid"], member_name=den["pt"], cases=[den["tcn"]],
              claim_amount=m2(den_billed), service_dates=[iso(den["dos"])], denial_date=iso(ra_date), provider=doc,
              appeal_deadline=iso(plus(ra_date, 60)),
              alternates={"insurer": DHCF_ALT, "provider": [org, rend_line]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_approval(rng):
    """QMB approval notice: reversed band with case number, client ID and date; decoys."""
    ben = people(rng, 1, 1, "F")[0]
    worker = people(rng, 1, 1, "M")[0]
    cid, cno, mb = client_id(rng), case_no(rng), mbi(rng)
    nd = dt.date(2026, 5, 6)
    recv = dt.date(2026, 4, 9)
    start = dt.date(2026, 6, 1)
    p = EPSheet(footer="Page {n} of {nb}", legal=[
        "Notices of the Tessary Department of Health Care Finance are printed and mailed by "
        f"{FA} under contract.", "Form MSP-210 (01/2026)   Para recibir esta carta en espa\u00f1ol, llame al "
        f"{MEMB_PHONE}."])
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, style="stencil", tag_above=True)
    p.band([("Case number", cno, 1.0), ("Client ID", g_client(cid), 1.0), ("Date of notice", long(nd), 1.1)],
           fill=30, size=10.4, cap_size=6.8, h=12)
    p.address([ben, *home(rng)], 10)
    p.f(13, "B")
    p.cell(0, 7, "Notice of Decision: Medicare Savings Program", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Ms. {surname(ben)}:", 10.2)
    p.para(f"We approved your application for the **Qualified Medicare Beneficiary (QMB)** program. We received your "
           f"application on {long(recv)}. Your QMB coverage starts on **{long(start)}**.", 10.2)
    p.cap_boxes([("QMB", "program", 0.8), ("Approved", "decision", 0.9), (slash(start), "coverage begins", 1.0),
                 ("May 2027", "next renewal due", 1.0)], where="below", size=10)
    p.heading("What QMB does for you", 11)
    p.bullets([
        "TMAP pays your Medicare Part B premium. Social Security will stop taking the premium out of your check; this "
        "can take two or three months, and any premium taken after your start date will be paid back to you.",
        "TMAP pays the Medicare Part A and Part B deductibles, coinsurance and copayments for services Medicare "
        "covers.",
        "Doctors, hospitals and other providers who take Medicare may not bill you for those deductibles, "
        "coinsurance or copayments. Show your Medicare card and your TMAP card each time you get care.",
    ], 9.8)
    p.heading("How we decided", 11)
    p.grid(["Income we counted (monthly)", "Amount", "Limit for one person"],
           [["Social Security retirement (before deductions)", "1,104.00", ""],
            ["Pension, Whitloe Ford Grain Cooperative", "212.40", ""],
            ("bold", ["Countable income after the $20 disregard", "1,296.40", "1,330.00"])],
           [p.W - 70, 30, 40], ["L", "R", "R"], size=8.8, row_h=5.6)
    p.para(f"Your Medicare number is {mb}. Keep it with this notice; you do not need to send it to us.", 9.4)
    p.heading("If you think we are wrong", 11)
    p.para("You may ask for a fair hearing. We must receive your request within 90 days of the date of this notice. "
           f"Call {MEMB_PHONE}, or write to the Office of Administrative Hearings, P.O. Box 6177, Ebbsmoor, TY "
           "68115-6177. You may bring someone to help you.", 9.4)
    p.para(f"Questions? Call your eligibility worker, {first_last(worker)}, at (402) 555-{digits(rng, 4)}.", 9.4)
    p.signoff(["Sincerely,", "Medicare Savings Programs Unit", DHCF], 9.6)
    t = truth("other", None, insurer=DHCF, member_id=cid, member_name=ben, cases=[cno], denial_date=iso(nd),
              alternates={"insurer": DHCF_ALT})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_late(rng):
    """Directly billed Part A SNF crossover claim received more than 180 days after Medicare paid."""
    res, att, clerk = people(rng, 3, 1, "FMF")
    snf = "Nethercroft Commons Rehabilitation and Nursing"
    cid, mb, icn = client_id(rng), mbi(rng), mcr_icn(rng)
    s0, s1 = dt.date(2026, 1, 26), dt.date(2026, 2, 8)
    mpaid = dt.date(2026, 2, 27)
    recv = dt.date(2026, 8, 31)
    nd = dt.date(2026, 9, 9)
    t_ = tcn(rng, recv)
    charges = 9184.50
    mcr = 6031.50
    coins = 2933.00
    snf_npi, snf_no = npi(rng), prov_no(rng)
    p = EPSheet(footer="Page {n} of {nb}", legal=[
        f"This notice was prepared for the Department by {FA}, Claims Resolution Unit, 4410 Lanternjack Pkwy, Ebbsmoor, "
        "TY 68115.", "Form TMAP-CX-31 (rev. 01/2026)"])
    p.set_margins(18, 14, 18)
    p.add_page()
    prov_head(p, style="box", unit="Crossover Claims")
    p.f(12.5, "B")
    p.cell(0, 6.5, "Notice of Crossover Claim Denial", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.boxes_grey_caption([(g_tcn(t_), "transaction control no. (TCN)", 1.2), (cid, "TMAP client ID", 1.0),
                          (upper(nd), "date of this notice", 1.0)], size=10)
    p.address([snf, "Attn: Business Office", "61 Cistern St", "Haywain Cross, TY 68377"], 9.8)
    p.para(f"We received a crossover claim from your facility on {slash(recv)} asking TMAP to pay the Medicare Part A "
           f"coinsurance for a resident who is a Qualified Medicare Beneficiary. Medicare did not send us this claim; "
           f"your office billed it to us directly. We have denied it.", 9.8)
    p.lettered_box([
        ("A. Resident", last_first(res)),
        ("B. Medicare Number", mb),
        ("C. Billing provider", f"{snf}, NPI {snf_npi}"),
        ("D. TMAP provider no.", snf_no),
        ("E. Attending physician", f"Dr. {att} (medical director)"),
        ("F. Days billed", f"{nopad(s0)} through {nopad(s1)} (skilled nursing, 14 coinsurance days)"),
        ("G. Total charges", usd(charges)),
        ("H. Medicare paid / coinsurance", f"{usd(mcr)} / {usd(coins)}"),
        ("J. Medicare ICN and paid date", f"{icn}  \u00b7  {abbr(mpaid)}"),
    ], cap_w=54, size=8.8)
    p.heading("Why we denied it", 11)
    p.para(f"A crossover claim that does not come to us from Medicare must reach us **within 180 days of the date "
           f"Medicare paid it**. Medicare paid this claim on {long(mpaid)}; the last day to send it to us was "
           f"{long(plus(mpaid, 180))}. We received it on {long(recv)}. The claim was filed too late, and TMAP will "
           "not pay the coinsurance.", 9.8)
    p.para("You may not bill the resident or her family for the coinsurance. Federal law does not allow a provider to "
           "collect Medicare cost-sharing from a Qualified Medicare Beneficiary, whether or not TMAP pays.", 9.8)
    p.heading("Your right to a review", 11)
    p.para("If you believe the claim was on time, or that a delay was caused by Medicare or by us, you may ask for an "
           "administrative review within 60 days of the date of this notice. Send a copy of this notice, the Medicare "
           "remittance and proof of the date you first sent the claim to TMAP Administrative Reviews, P.O. Box 6141, "
           "Ebbsmoor, TY 68115-6141.", 9.8)
    p.signoff(["Claims Resolution Unit", FA, "Fiscal agent for the Tessary Department of Health Care Finance",
               f"Reviewed by {first_last(clerk)}, claims examiner"], 9.4)
    t = truth("denial_letter", "timely_filing", insurer=DHCF, member_id=cid, member_name=res, cases=[t_],
              claim_amount=m2(charges), service_dates=[f"{iso(s0)}/{iso(s1)}"], denial_date=iso(nd), provider=snf,
              appeal_deadline=iso(plus(nd, 60)), alternates={"insurer": DHCF_ALT, "provider": [att]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_hearing(rng):
    """Spanish: hearing aids Medicare does not cover; QMB pays only Medicare cost-sharing."""
    ben = people(rng, 1, 1, "F", es=True)[0]
    aud = people(rng, 1, 1, "F", es=True)[0]
    centro = "Centro Auditivo Los Tamarindos"
    cid, mb = client_id(rng), mbi(rng)
    svc = dt.date(2026, 5, 28)
    recv = dt.date(2026, 6, 8)
    nd = dt.date(2026, 6, 17)
    t_ = tcn(rng, recv)
    lines = [("V5261", "Audífonos digitales, par (detrás de la oreja)", 3600.00),
             ("V5011", "Adaptación y orientación", 220.00),
             ("V5275", "Moldes de oído (2)", 160.00)]
    tot = sum(x[2] for x in lines)
    p = EPSheet(footer="Página {n} de {nb}", legal=[
        f"Los avisos del Departamento se imprimen y se envían por correo a través de {FA}, bajo contrato.",
        "Formulario MSP-260S (01/2026)"])
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, style="reverse", es=True, unit="Programas de Ahorros de Medicare")
    p.band([("Número de cliente", cid, 1.0), ("Número de reclamo (TCN)", t_, 1.2), ("Fecha del aviso", es_date(nd), 1.1)],
           fill=55, size=10, cap_size=6.6, h=11.5)
    p.address([ben, *home(rng)], 10)
    p.f(12.5, "B")
    p.multi_cell(0, 6, "Aviso sobre el pago de costos compartidos de Medicare", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Estimada señora {surname(ben)}:", 10)
    p.para(f"Usted está inscrita en el programa de Beneficiario Calificado de Medicare (QMB). Con QMB, TMAP paga su "
           f"prima de la Parte B y los deducibles y coseguros que Medicare le deja a usted por los servicios que "
           f"Medicare cubre. El {es_date(recv)} recibimos una factura de {centro} por sus audífonos:", 10)
    p.grid(["Código", "Servicio del " + es_date(svc), "Cargo"],
           [[c, d, "$" + n2(a)] for c, d, a in lines] + [("bold", ["", "Total facturado", "$" + n2(tot)])],
           [22, p.W - 56, 34], ["L", "L", "R"], size=9, row_h=5.8)
    p.para(f"Proveedor: {centro} \u2013 Lcda. {aud}, audióloga (licencia estatal AU-0473).", 9.6)
    p.heading("Nuestra decisión", 11)
    p.para("**No pagaremos esta factura.** Medicare no cubre los audífonos ni su adaptación, así que no hubo deducible "
           "ni coseguro de Medicare. QMB solo paga los costos que Medicare deja por servicios que Medicare cubre, y "
           "su inscripción es solamente en QMB, sin los demás beneficios de TMAP. Los audífonos no son un beneficio "
           "de su cobertura.", 10)
    p.para("La protección de QMB contra cobros no se aplica a servicios que Medicare no cubre. El centro auditivo "
           "puede cobrarle estos servicios si usted aceptó pagarlos por escrito antes de recibirlos.", 9.6)
    p.heading("Si no está de acuerdo", 11)
    p.para("Puede pedirnos una revisión dentro de 30 días a partir de la fecha de este aviso. Llame al "
           f"{MEMB_PHONE} o escriba a TMAP, P.O. Box 6120, Ebbsmoor, TY 68115-6120. También puede pedir una audiencia "
           "imparcial estatal; debemos recibir esa solicitud dentro de 90 días a partir de la fecha de este aviso.", 9.6)
    p.para(f"Su número de Medicare es {mb}.", 9.2)
    p.signoff(["Atentamente,", "Unidad de Programas de Ahorros de Medicare", "Tessary Department of Health Care Finance"],
              9.4)
    t = truth("denial_letter", "not_covered", insurer=DHCF, member_id=cid, member_name=ben, cases=[t_],
              claim_amount=m2(tot), service_dates=[iso(svc)], denial_date=iso(nd), provider=centro,
              appeal_deadline=iso(plus(nd, 30)), lang="es",
              alternates={"insurer": DHCF_ALT + ["Departamento de Finanzas del Cuidado de Salud"], "provider": [aud]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_auto(rng):
    """Part A deductible crossover refused until the auto insurer's medical payments coverage is billed."""
    pt, att, adj = people(rng, 3, 1, "MFM")
    hosp = "Saint Bevan Regional Medical Center"
    cid, mb, icn = client_id(rng), mbi(rng), mcr_icn(rng)
    a0, a1 = dt.date(2026, 3, 2), dt.date(2026, 3, 7)
    crash = dt.date(2026, 3, 1)
    recv = dt.date(2026, 4, 3)
    nd = dt.date(2026, 4, 22)
    t_ = tcn(rng, recv)
    charges, mcr_paid, ded = 27418.36, 14922.08, 1736.00
    auto_claim = "MP-26-" + digits(rng, 7)
    trs = "TRS-" + digits(rng, 5) + "-26"
    h_npi, att_npi = npi(rng), npi(rng)
    legal = ["Third-party liability recovery for the Department is performed under contract by Tamsworth Recovery "
             "Services, Inc., 90 Cobbler's Knap Rd, Stilbury, TY 68144.",
             "Form TMAP-TPL-08 (rev. 01/2026)"]
    p = EPSheet(footer="Page {n} of {nb}", legal=legal,
                running=f"TMAP Third Party Liability Unit \u00b7 {first_last(pt)} \u00b7 TCN {t_} \u00b7 page {{n}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    prov_head(p, style="reverse", unit="Third Party Liability Unit")
    p.f(12.5, "B")
    p.multi_cell(0, 6.2, "Crossover claim denied: another insurer must pay first", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.cap_boxes([(t_, "TCN", 1.25), (cid, "client ID", 1.0), (dash(nd), "notice date", 0.9)], where="beside",
                size=9.6)
    p.address([hosp, "Patient Financial Services", "1800 Tollgate Ave", "Stonechat Falls, TY 68509"], 9.8)
    p.para(f"Medicare sent us your inpatient claim for {pt}, asking TMAP to pay the Medicare Part A deductible. "
           f"The claim shows that the patient was hurt in a motor vehicle accident on {slash(crash)} (occurrence code "
           f"01). Our records show automobile insurance that may pay for care after that accident.", 9.8)
    p.grid(["Claim item", "What the claim shows"], [
        ["Patient / TMAP client ID", f"{last_first(pt)}  /  {cid}"],
        ["Medicare Number", mb],
        ["Billing provider", f"{hosp}, NPI {h_npi}"],
        ["Attending physician", f"Dr. {att}, Saint Bevan Hospitalist Group"],
        ["Admitted / discharged", f"{abbr(a0)}  /  {abbr(a1)}"],
        ["Total charges", usd(charges)],
        ["Medicare paid (ICN " + icn + ")", usd(mcr_paid)],
        ["Part A deductible billed to TMAP", usd(ded)],
    ], [62, p.W - 62], ["L", "L"], size=8.8, row_h=5.6)
    p.heading("Other coverage on file", 10.5)
    p.pairs([("Insurer", "Marlowe Point Mutual Auto Insurance Company"), ("Coverage", "Medical payments, $5,000.00"),
             ("Auto claim no.", auto_claim), ("Adjuster", f"{first_last(adj)}, (402) 555-{digits(rng, 4)}"),
             ("Recovery file", f"Cadwallon Recovery Services file {trs}")], label_w=38, size=9.2, h=5)
    p.add_page()
    p.heading("Why we denied the claim", 11)
    p.para("TMAP pays after every other source that can pay for the care, including automobile medical payments "
           "coverage. The deductible on this claim must first be billed to the automobile insurer. When it pays or "
           "refuses, send us a new claim with its explanation of benefits attached. We will then pay any deductible "
           "that is left, under the lesser-of rule.", 9.8)
    p.para("Do not bill the patient. He is a Qualified Medicare Beneficiary and may not be charged the Medicare "
           "deductible or coinsurance.", 9.8)
    p.heading("If you disagree", 11)
    p.para("If the automobile coverage does not apply (for example, the policy has ended or its medical payments limit "
           "has been used up), send us proof and we will reprocess the claim. If you disagree with this decision you "
           "may also ask for an administrative review within 60 days of the date of this notice. Write to TMAP "
           "Administrative Reviews, P.O. Box 6141, Ebbsmoor, TY 68115-6141.", 9.8)
    p.para("The recovery contractor may contact the patient about the accident; that contact is not a bill and does "
           "not change this decision.", 9.2)
    p.signoff(["Third Party Liability Unit", DHCF], 9.4)
    t = truth("denial_letter", "other", insurer=DHCF, member_id=cid, member_name=pt, cases=[t_],
              claim_amount=m2(charges), service_dates=[f"{iso(a0)}/{iso(a1)}"], denial_date=iso(nd), provider=hosp,
              appeal_deadline=iso(plus(nd, 60)), alternates={"insurer": DHCF_ALT, "provider": [att]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def stack_docs(rng):
    # document 1: proof of QMB coverage "to any Medicare provider" (denies nothing)
    ben = people(rng, 1, 1, "F")[0]
    cid, cno, mb = client_id(rng), case_no(rng), mbi(rng)
    nd = dt.date(2026, 7, 1)
    p = EPSheet(footer=None, legal=[f"Printed and mailed for the Department by {FA}.", "Form MSP-PV1 (01/2026)"])
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, style="box")
    p.address([ben, *home(rng)], 9.8)
    p.f(13, "B")
    p.cell(0, 7, "Proof of Medicare Savings Program coverage", new_x="LMARGIN", new_y="NEXT")
    p.strip([("Client", first_last(ben)), ("Client ID", cid), ("Case", cno), ("Issued", slash(nd))], fill=35, size=9.4,
            h=7.2)
    p.para("**To any doctor, hospital, pharmacy or other Medicare provider:**", 10)
    p.para(f"The person named above is enrolled in the Qualified Medicare Beneficiary (QMB) program through the Tessary "
           f"Department of Health Care Finance. Her QMB coverage runs from January 1, 2026 through December 31, 2026 "
           f"and continues after that if she renews. Her Medicare number is {mb}.", 10)
    p.shaded_para("Under federal law (Social Security Act sections 1902(n)(3)(B) and 1866(a)(1)(A)), a provider who "
                  "takes Medicare may not charge a QMB for Medicare Part A or Part B deductibles, coinsurance or "
                  "copayments, whether or not TMAP pays. Send crossover claims to TMAP; the Medicare payment and any "
                  "TMAP payment are payment in full.", 9.6)
    p.para(f"To check her enrollment on any date, call TMAP Provider Services at {PROV_PHONE} or use the provider "
           "portal. Have her client ID ready.", 9.8)
    p.para(f"To {first_last(ben)}: keep this letter with your Medicare card. Cut out the card below and show it with "
           "your Medicare card when you get care. If a provider sends you a bill for Medicare deductibles or "
           f"coinsurance, call us at {MEMB_PHONE}.", 9.8)
    p.signoff(["Medicare Savings Programs Unit", DHCF], 9.4)
    p.cut_line("Cut here and keep the card in your wallet")
    x, y = p.l_margin + 10, p.get_y() + 2
    p.set_line_width(0.5)
    p.rect(x, y, 88, 48)
    p.set_line_width(0.2)
    p.set_fill_color(35, 35, 35)
    p.rect(x, y, 88, 9, style="F")
    p.set_text_color(255, 255, 255)
    p.set_font("Sans", "B", 10)
    p.set_xy(x + 3, y + 2)
    p.cell(80, 5, "TMAP  \u00b7  QMB CARD")
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    yy = y + 12
    for k, v in [("Name", first_last(ben).upper()), ("Client ID", g_client(cid)), ("Program", "QMB"),
                 ("Good through", "12/31/2026")]:
        p.set_xy(x + 3, yy)
        p.f(7.4)
        p.cell(24, 5, k)
        p.f(9.6, "B")
        p.cell(55, 5, v)
        yy += 6.5
    p.set_xy(x + 3, yy + 1)
    p.f(6.4)
    p.cell(80, 3, "Providers may not bill this member for Medicare cost-sharing.")
    d1 = (out(p), truth("other", None, insurer=DHCF, member_id=cid, member_name=ben, cases=[cno],
                        denial_date=iso(nd), alternates={"insurer": DHCF_ALT}))

    # document 2: crossover claim status notice to an orthopaedic group; the second patient's claim has two lines
    # refused under X212 (code / modifier / units not the ones Medicare paid)
    pts = people(rng, 3, 1, "MFM")
    surg = people(rng, 1, 1, "M")[0]
    org = "Thrushcombe Orthopaedic Group, PLLC"
    nd2 = dt.date(2026, 7, 8)
    dos = [dt.date(2026, 6, 3), dt.date(2026, 6, 10), dt.date(2026, 6, 11)]
    recv = [dt.date(2026, 6, 24), dt.date(2026, 6, 26), dt.date(2026, 6, 29)]
    specs = [
        [("99213", "", 131.00, 18.61, 18.61, "")],
        [("99214", "25", 190.00, 26.14, 26.14, ""), ("20611", "RT", 285.00, 0.00, 0.00, "X212"),
         ("J1030", "", 46.00, 0.00, 0.00, "X212")],
        [("73562", "LT", 96.00, 6.02, 6.02, ""), ("L1833", "LT", 168.00, 21.30, 21.30, "")],
    ]
    cl = [dict(pt=pt, cid=client_id(rng), tcn=tcn(rng, r), icn=mcr_icn(rng), dos=d, lines=s)
          for pt, r, d, s in zip(pts, recv, dos, specs)]
    den = cl[1]
    billed = sum(x[2] for x in den["lines"])
    o_npi, s_npi = npi(rng), npi(rng)
    p = EPSheet(footer="Page {n} of {nb}", legal=LEGAL_FA)
    p.set_margins(15, 13, 15)
    p.add_page()
    prov_head(p, style="stencil", tag_above=True, unit="Crossover Claims")
    p.f(12, "B")
    p.cell(0, 6, "CROSSOVER CLAIM STATUS NOTICE", new_x="LMARGIN", new_y="NEXT")
    p.band([("Billing provider", org, 1.7), ("Billing NPI", o_npi, 0.9), ("Notice date", long(nd2), 1.0)],
           fill=50, size=9.2, h=10.5)
    p.para(f"Rendering provider on every claim below: Dr. {surg}, {org}, NPI {s_npi}. The amounts are the "
           "coinsurance and deductible TMAP considered after Medicare paid. Codes are explained under the listing.", 8.8)
    hdr = "LN  DOS       PROC   MOD    BILLED   COINS+DED   TMAP PAID  CODE"
    lines = [hdr, ("rule",)]
    for c in cl:
        lines.append(("b", f"{c['tcn']}  {last_first(c['pt'])}  ID {c['cid']}  (Medicare ICN {c['icn']})"))
        for j, (proc, mod, bil, cd, tp, code) in enumerate(c["lines"], 1):
            lines.append(f"{j:02d}  {short(c['dos'])}  {proc:<6} {mod:<4} {bil:>8.2f}   {cd:>9.2f}   {tp:>9.2f}  "
                         f"{code}")
        lines.append(f"    claim billed {sum(x[2] for x in c['lines']):>8.2f}          paid "
                     f"{sum(x[4] for x in c['lines']):>9.2f}")
        lines.append(("rule",))
    p.mono_lines(lines, size=8.0, lh=4.0)
    p.ln(2)
    p.legend2("Codes", [
        ("X212", "The procedure code, modifier or units on this line are not the ones Medicare processed. We "
                 "compare each crossover line with the Medicare line; correct the line to match Medicare and send "
                 "a replacement claim."),
        ("X118", "Medicare's payment date is missing."),
        ("0950", "Payment limited by the lesser-of rule."),
        ("4417", "Client is SLMB only on the date of service."),
    ], size=7.8, code_w=10)
    p.para("Administrative review: you may ask for a review of any line not paid within 60 days of the date of this "
           "notice (TMAP Administrative Reviews, P.O. Box 6141, Ebbsmoor, TY 68115-6141). A replacement claim may be "
           "sent instead. Do not bill the patient for Medicare cost-sharing.", 8.6)
    d2 = (out(p), truth("eob", "coding_error", insurer=DHCF, member_id=den["cid"], member_name=den["pt"],
                        cases=[den["tcn"]], claim_amount=m2(billed), service_dates=[iso(den["dos"])],
                        denial_date=iso(nd2), provider=surg, appeal_deadline=iso(plus(nd2, 60)),
                        alternates={"insurer": DHCF_ALT, "provider": [org],
                                    "claim_amount": [m2(sum(x[2] for x in den["lines"] if x[5] == "X212"))]},
                        type_alternates=["denial_letter"]))
    return [d1, d2]


# ---------------------------------------------------------------------------------------------------------------
def lowres_review(rng):
    """Administrative review decision in two columns, upholding: Medicare found the scan not reasonable and
    necessary."""
    pt, doc, rev = people(rng, 3, 1, "FMF")
    lab = "Pewsham Vein & Vascular Laboratory"
    cid = client_id(rng)
    svc = dt.date(2026, 4, 15)
    recv = dt.date(2026, 5, 4)
    req = dt.date(2026, 6, 19)
    nd = dt.date(2026, 8, 12)
    t_ = tcn(rng, recv)
    arn = "AR-26-" + digits(rng, 5)
    billed = 612.00
    icn = mcr_icn(rng)
    p = EPSheet(footer="Page {n} of {nb}", legal=[
        "Administrative reviews are decided by the Tessary Department of Health Care Finance. Claims data supplied by "
        f"{FA}.", "Form TMAP-AR-4 (rev. 01/2026)"])
    p.set_margins(17, 14, 17)
    p.add_page()
    prov_head(p, style="box", tag_above=True, unit="Administrative Reviews")
    p.f(12.5, "B")
    p.cell(0, 6.5, "Administrative Review Decision", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.pipe_rows([(arn, "review number"), (t_, "TCN of the claim reviewed"), (cid, "client ID of the patient"),
                 (long(nd), "date of this decision")], size=9.6, val_w=52, w=p.W * 0.72)
    p.address([lab, f"Attn: Dr. {doc}", "410 Hopkiln Dr, Suite 2", "Tollerton, TY 68231"], 9.6)
    p.twocol([
        "## What you asked us to review",
        f"On {long(req)} your office asked us to review the denial of the Medicare coinsurance for a duplex scan of "
        f"both legs' veins (CPT 93970) done on {slash(svc)} for {pt}, a Qualified Medicare Beneficiary. The scan was "
        f"billed at {usd(billed)}. Your request was signed by {lab} \u2013 Dr. {doc}, the physician who read the scan.",
        "## What we looked at",
        f"The crossover claim (TCN {t_}); Medicare's remittance for it (ICN {icn}), which shows the service denied with "
        "reason code 50 (not deemed a medical necessity by the payer); the order, the scan report and the office "
        "note you sent; and TMAP's crossover rules.",
        "## Our decision",
        "We **uphold** the denial. TMAP will not pay for this scan.",
        "## Why",
        "Medicare covers venous duplex scans but decided that this one was not reasonable and necessary for the "
        "symptoms recorded: the note describes leg aching with no swelling, pain on one side or other sign of a clot, "
        "and a scan of the same veins was done eleven weeks earlier. When Medicare finds a covered service not "
        "medically necessary, there is no Medicare coinsurance for TMAP to pay, and TMAP does not pay the charge "
        "itself. Your records do not show a change in the patient's condition that the earlier scan did not cover.",
        "## What happens next",
        "Medicare's own appeal process is separate; you may ask Medicare for a redetermination of its decision. If "
        "Medicare later pays the scan, send us the new Medicare remittance and we will pay the coinsurance.",
        "If you disagree with this decision, you may ask for a second-level review by the Department's medical "
        "director. Your request must be received within 30 days of the date of this decision. After that, a "
        "provider may seek judicial review as state law allows.",
    ], size=8.8, gap=7)
    p.signoff(["For the Department,", first_last(rev) + ", RN, Administrative Review Nurse", DHCF], 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=DHCF, member_id=cid, member_name=pt, cases=[arn, t_],
              claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(nd), provider=lab,
              appeal_deadline=iso(plus(nd, 30)), alternates={"insurer": DHCF_ALT, "provider": [doc, f"{lab} \u2013 Dr. {doc}"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh(1)
    F = FAMILY + "_"
    items = [Item(F + "bd_crossover_ra_client_four_slmb_only_4417", "born_digital",
                  [born_ra(rng)])]
    items.append(Item(F + "faxstd_qmb_approval_black_band", "fax_standard_g4", [faxstd_approval(rng)]))
    items.append(Item(F + "photocopy_snf_crossover_after_180_days", "photocopy", [photocopy_late(rng)]))
    items.append(Item(F + "phone_es_audifonos_no_cubiertos", "phone_photo", [phone_es_hearing(rng)]))
    items.append(Item(F + "rotated_hospital_auto_insurer_first", "rotated", [rotated_auto(rng)]))
    items.append(Item(F + "faxstd_stack_proof_of_qmb_then_modifier_upside_down", "fax_standard_g4",
                      stack_docs(rng), separators=["cover", None], turns={(1, 0): 180}))
    items.append(Item(F + "lowres_review_venous_duplex_upheld", "scan_lowres_150", [lowres_review(rng)]))
    return items
