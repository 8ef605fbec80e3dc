"""An invented cruise line's medical plan for its seafarers (the Solenne Crew Medical Plan of Solenne Cruises Ltd.,
claims administered by Halewind Marine Medical Administrators on its own letterhead; the line's Fleet Medical
Department issues guarantees of payment to hospitals in ports). The plan carries out the shipowner's duty of
maintenance and cure in plain words: it pays for the care of an illness or injury that arises while the seafarer is in
the service of the ship, in ports abroad and at home until the treating doctor finds the seafarer as well as care can
make him, with a daily maintenance allowance; it does not pay for illness that did not arise in service (a condition
known and not declared at the pre-employment medical, an injury from the seafarer's own intoxication), for conditions
first reported after sign-off, for care ashore in a port without the ship's doctor's shore referral, or for pharmacy
claims that reach it more than 90 days after the medicine was dispensed. Every company, ship, port agent, hospital,
clinic, pharmacy, person, number, code, rule, limit and amount is invented (US phones 555); CPT codes are used as
themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_benefit_statement_landscape_page_two_dental_after_sign_off: the administrator's two-page statement
  to a steward at home; page 1 the group no. and crew no. side by side in boxes with the plan no., vessel and sign-off
  date, a dot-leader summary (billed, plan paid, your share, the maintenance check and its number, a year-to-date
  deductible of the family cover as decoys) and "THIS IS NOT A BILL"; page 2 landscape, the claim table with the
  providers only in its rows, the dental claim after sign-off paying 0.00 under S4, the totals row at the foot and
  the code glossary under it; "within 180 days of the statement date".
- scan_stack_nassau_hospital_invoice_duplex_then_hernia_not_in_service_sideways: a clean-scan stack of the Nassau
  hospital's invoice to a seafarer after the plan refused it (a real bill: "Please pay by", the plan's claim reference,
  the hospital's account no.; denies nothing), its duplex back, and the administrator's two-page letter refusing the
  hernia repair because the information received does not show the hernia began in service (a 2025 clinic note and
  the pre-employment questionnaire), "March 27th, 2026", page 2 fed sideways with the review rights ("within 90 days
  of the date of this letter").
- lowres_two_column_piraeus_polyclinic_no_shore_referral_subject_line: a 150 dpi two-column letter to a polyclinic in
  Piraeus whose claim number is printed only in the subject line; day-first dates "16.03.2026", "EUR 1.480,00" in the
  table and "EUR 1,480.00" in a sentence, the radiologist named; no shore referral from the ship's doctor; "within four
  months of the date of this letter".
- photocopy_four_pages_wife_representative_intoxication_ashore: a photocopied three-page letter to a seafarer's wife
  as his representative (her letter's date as "the date you wrote"), a running header with crew no. and claim no.
  on every page, page 2 the hospital's claim lines in Philipsburg with "Attending:" under them, page 3 the reason
  buried in one long paragraph (a fall after curfew with a high blood alcohol level is not an injury in the service of
  the ship), signed by a nurse reviewer and the medical director; page 4 the nondiscrimination notice and taglines
  in the crew's languages; "no later than June 29, 2026".
- stdfax_pharmacy_claim_notice_ninety_days_boxes: a standard fax to a Nassau pharmacy, values in boxes with captions
  on the left and above ("Rx no." and a phone call reference as decoys); dispensed 01/09/2026, received 101 days later;
  "within 30 days of the date of this notice".
- phone_es_dengue_despues_del_desembarque_la_ceiba: a photographed Spanish letter to a seafarer in Honduras about a
  clinic's bill for dengue that began after sign-off; the address block at the left, the key/value block on the
  right half, "4 de marzo de 2026" dates, "dentro de los 60 días siguientes a la fecha de esta carta".
- rotated_guarantee_of_payment_juneau_appendectomy: the Fleet Medical Department's guarantee of payment, fed turned,
  to a hospital in Juneau for a crew member landed with appendicitis ("Wednesday, June 3, 2026"), GOP no. and claim
  reference that look alike, a "not to exceed" amount, the ship's doctor and an ambulance company as decoys; denies
  nothing.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeg_famka import last_first
from kit_roundeh_famla import (EHSheet, TAGS_CREW, dash_mon, dotted, es_date, es_money, eur_es, long, n2, nth_long,
                               plus, slash, usd, wk_long)
from public_kit import digits, m2, out, truth

FAMILY = "solenne_cruises_crew_medical_plan_seafarer_maintenance_and_cure_service_and_sign_off_refusals"
LANG = "en"
SEED = 355070

SOL = "Solenne Cruises Ltd."
PLAN = "Solenne Crew Medical Plan"
HW = "Halewind Marine Medical Administrators"
HW_ALT = [f"{HW} Ltd.", "Halewind", PLAN, SOL, "Solenne Cruises"]
SOL_ALT = ["Solenne Cruises", f"{SOL} Fleet Medical Department", "Fleet Medical Department", PLAN]
HW_ADDR = "1450 Biscayne Wharf Way, Suite 600, Miami, FL 33132"
GROUP = "SCM-2040"
PLANNO = "SCMP-03"
SHIPS = ["MS Solenne Aurelia", "MS Solenne Vireo", "MS Solenne Calla"]
NASSAU_H = "Conch Reef Medical Centre"
PIRAEUS = "Akti Marina Polyclinic"
PHILIPSBURG = "Pelican Key General Hospital"
PHARM = "Sandbar Pharmacy"
CEIBA = "Clínica Médica Cangrejal"
JUNEAU = "Mendenhall Shore Hospital"
JNU_AMB = "Gastineau Medic Transport"
ILOILO_H = "Visayan Seaside Medical Center"
ILOILO_PT = "Molo Physical Rehabilitation Clinic"
DENTAL = "Jaro Smile Dental Clinic"

FIRST = ["Rodel", "Jomar", "Arnel", "Jericho", "Wahyu", "Agus", "Taras", "Bohdan", "Anand", "Ferdinand", "Ketut",
         "Marlon", "Reynaldo", "Dmytro", "Sandeep", "Edgardo", "Yusuf", "Nestor"]
FIRST_F = ["Maricel", "Dewi", "Oksana", "Leonora", "Rosalind", "Lorna", "Nadiya", "Priya", "Imelda", "Sari"]
LAST = ["Dimaculangan", "Panganiban", "Macaraeg", "Santoso", "Wibisono", "Hrytsenko", "Kovalchuk", "Pillai",
        "Villacorta", "Setiawan", "Melnyk", "Dalisay", "Tolentino", "Kusuma", "Bondarenko", "Menon", "Lacson",
        "Pradipta", "Sabado", "Ostapenko"]
FIRST_ES = ["Wilmer", "Osman", "Denis", "Marvin", "Kelin", "Yovany", "Elvin", "Nery"]
LAST_ES = ["Zelaya", "Funes", "Cálix", "Maradiaga", "Bustillo", "Paz", "Aguilar", "Rápalo"]
DOCS = ["Corvin Ashdale", "Helene Marrack", "Tobias Grenfell", "Inga Solberg", "Piet Van Roosendaal",
        "Amira Haddad", "Colm Fitzhenry", "Lucia Benedetti", "Stavros Kalogeris", "Mireille Aubert",
        "Gideon Thorne", "Keziah Oduya", "Ruth Calloway", "Anselm Breuer"]


def names(rng, sexes: str, es: bool = False) -> list[str]:
    """Invented 'First M. Last' names with no first or last name repeated; 'm' a man, 'f' a woman."""
    got, used = [], set()
    while len(got) < len(sexes):
        want = sexes[len(got)]
        fs = FIRST_ES if es else (FIRST_F if want == "f" else FIRST)
        f, la = rng.choice(fs), rng.choice(LAST_ES if es else LAST)
        if f in used or la in used:
            continue
        used |= {f, la}
        got.append(f"{f} {rng.choice('ABCDEFGJLMNPRSTV')}. {la}")
    return got


def doctors(rng, n):
    return rng.sample(DOCS, n)


def crew_no(rng):
    return f"SCX {digits(rng, 7)}"


def nosp(s):
    return s.replace(" ", "")


def phone(rng, area="305"):
    return f"({area}) 555-{digits(rng, 4)}"


def hw_claim(rng):
    return f"HW-26-{digits(rng, 5)}"


def hw_head(p, rng, title=None):
    """The administrator's letterhead: a heavy rule, the name in capitals, the plan line, the Miami office."""
    p.set_line_width(1.0)
    p.line_seg(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
    p.set_line_width(0.2)
    p.ln(2.5)
    p.f(14, "B")
    p.cell(0, 7, "HALEWIND", new_x="LMARGIN", new_y="NEXT")
    p.f(9, "B")
    p.cell(0, 4.6, f"{HW} Ltd.  \u00b7  claims administrator for the {PLAN}", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{HW_ADDR}   |   crew claims {phone(rng)}   |   fax {phone(rng)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    if title:
        p.f(12, "B")
        p.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        p.ln(1)


def sol_head(p, rng):
    """The cruise line's own letterhead (Fleet Medical Department)."""
    y = p.get_y()
    p.set_fill_color(30, 30, 30)
    p.rect(p.l_margin, y, 12, 12, style="F")
    p.set_text_color(255, 255, 255)
    p.set_xy(p.l_margin, y + 2.5)
    p.f(13, "B")
    p.cell(12, 7, "S", align="C")
    p.set_text_color(0, 0, 0)
    p.set_xy(p.l_margin + 15, y)
    p.f(14, "B")
    p.cell(0, 6.5, "SOLENNE CRUISES", new_x="LEFT", new_y="NEXT")
    p.f(8.6)
    p.cell(0, 4.2, f"{SOL}  \u00b7  Fleet Medical Department  \u00b7  700 Harbour Crescent, Miami, FL 33131  \u00b7  "
                   f"24-hour medical desk {phone(rng)}", new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(p.get_y(), y + 13))
    p.rule(3)


def home_ph(rng):
    town = rng.choice([("Iloilo City", "5000"), ("Bacolod City", "6100"), ("Tacloban City", "6500")])
    return [f"Blk {rng.randint(2, 19)} Lot {rng.randint(1, 30)}, Sampaguita St.", f"Brgy. San Isidro, {town[0]}",
            f"{town[1]} Philippines"]


# ---------------------------------------------------------------------------------------------------------------
def born_statement(rng):
    stw, dent, ortho, pt = names(rng, "m") + doctors(rng, 3)
    cno = crew_no(rng)
    ship = SHIPS[0]
    inj = dt.date(2026, 1, 17)
    off = dt.date(2026, 1, 29)
    sd = dt.date(2026, 4, 14)
    chk = f"{digits(rng, 6)}"
    maint = 35.0 * 31
    claims = []
    for d, prov, cpt, desc, amt in [(dt.date(2026, 3, 3), ILOILO_H, "99214", "Orthopaedic follow-up", 68.0),
                                    (dt.date(2026, 3, 5), ILOILO_PT, "97110", "Therapeutic exercise x3", 54.0),
                                    (dt.date(2026, 3, 12), ILOILO_PT, "97110", "Therapeutic exercise x3", 54.0),
                                    (dt.date(2026, 3, 19), ILOILO_PT, "97140", "Manual therapy x2", 42.0)]:
        claims.append(dict(c=hw_claim(rng), lines=[(d, prov, cpt, desc, amt, amt, amt, 0.0, "P1")]))
    dd = dt.date(2026, 3, 24)
    ref = dict(c=hw_claim(rng), lines=[(dd, DENTAL, "D0140", "Limited oral evaluation", 24.0, 0.0, 0.0, 24.0, "S4"),
                                       (dd, DENTAL, "D7210", "Surgical extraction, tooth 30", 96.5, 0.0, 0.0, 96.5,
                                        "S4")])
    claims.append(ref)
    billed = round(sum(x[4] for x in ref["lines"]), 2)
    tb = round(sum(x[4] for c in claims for x in c["lines"]), 2)
    tp = round(sum(x[6] for c in claims for x in c["lines"]), 2)
    ts = round(sum(x[7] for c in claims for x in c["lines"]), 2)
    p = EHSheet(footer="Page {n} of {nb}", footer_left=f"HMMA-CS4  \u00b7  {cno}  \u00b7  statement {sd:%d%m%y}")
    p.set_margins(16, 14, 16)
    p.add_page()
    hw_head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(12.5, "B")
    p.cell(W * 0.55, 6, "CREW MEDICAL BENEFIT STATEMENT", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(W * 0.55, 4.6, f"Statement date: {sd.day} {sd:%B %Y}", new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    for ln in [stw, *home_ph(rng)]:
        p.line(ln, 10)
    p.sidebar([("Questions", f"Crew claims desk {phone(rng)}"), ("Write to", f"{HW}, {HW_ADDR}"),
               ("Your case manager", f"{doctors(rng, 1)[0]}, RN")], p.l_margin + W * 0.6, y0, W * 0.4,
              title="CONTACT US", size=8.2)
    p.set_y(max(p.get_y(), y0 + 44) + 3)
    p.capstrip([("Group no.", GROUP), ("Crew no.", cno), ("Plan no.", PLANNO), ("Vessel", ship),
                ("Signed off", slash(off))], [W * 0.16, W * 0.2, W * 0.16, W * 0.28, W * 0.2], size=9.2)
    p.ln(5)
    p.heading("This period in short", 11)
    p.leaders([("Billed by providers", usd(tb)), ("Paid by the plan to providers", usd(tp)),
               ("Your share", usd(ts)),
               (f"Maintenance paid to you, 01 Mar - 31 Mar 2026 (31 days at $35.00), check no. {chk}", usd(maint)),
               ("Year-to-date deductible, family cover (not used for your own care)", "$0.00 of $250.00")],
              size=9.4, w=W)
    p.f(12, "B")
    p.cell(0, 8, "THIS IS NOT A BILL", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.para(f"Your cure for the right shoulder injury of {slash(inj)} on board {ship} continues; the plan pays your "
           "doctor and therapy bills directly. Each claim is on page 2, with what the codes mean.", 9.6)
    p.add_page(orientation="L")
    W = p.w - p.l_margin - p.r_margin
    p.heading("Your claims this period", 11, rule=True)
    widths = [25, 24, 55, 15, 53, 21, 21, 21, 21, 12]
    widths = [w * W / sum(widths) for w in widths]
    rows = []
    for c in claims:
        for j, (d, prov, cpt, desc, a, al, pd, sh, code) in enumerate(c["lines"]):
            rows.append([dash_mon(d), c["c"] if j == 0 else "", prov, cpt, desc, n2(a), n2(al), n2(pd), n2(sh), code])
        if len(c["lines"]) > 1:
            rows.append(["", "", "", "", "Claim total", n2(sum(x[4] for x in c["lines"])),
                         n2(sum(x[5] for x in c["lines"])), n2(sum(x[6] for x in c["lines"])),
                         n2(sum(x[7] for x in c["lines"])), ""])
    rows.append(["", "", "TOTALS", "", "", n2(tb), n2(tp), n2(tp), n2(ts), ""])
    p.table(["Date", "Claim no.", "Provider", "Code", "Service", "Billed", "Allowed", "Plan paid", "Your share",
             "Note"], rows, widths, size=8.2, row_h=5.2, aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"],
            bold_last=True)
    p.legend("What the notes mean", [
        ("P1", "Paid in full as cure of a condition that arose in the service of the ship."),
        ("S4", f"Care after your sign-off date ({slash(off)}) for a condition that was not recorded in the ship's "
               "medical log or at your sign-off examination. Cover under the plan ends at sign-off, except for cure "
               "of a condition recorded before it."),
        ("M2", "Maintenance allowance paid for the days shown."),
        ("R9", "Shore care without the ship's doctor's referral.")], size=8)
    p.para("If you think a claim was handled wrongly, you may ask for a review within 180 days of the statement date "
           f"on page 1. Write to {HW}, Reviews, {HW_ADDR}, with the claim number.", 8.6)
    t = truth("eob", "eligibility", insurer=HW, plan_id=PLANNO, group=GROUP, member_id=nosp(cno), member_name=stw,
              cases=[ref["c"]], claim_amount=m2(billed), service_dates=[dd.isoformat()], denial_date=sd.isoformat(),
              provider=DENTAL, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": HW_ALT, "member_id": [cno.split()[1]]},
              denial_alternates=["not_covered"])
    return out(p), t


def scan_stack(rng):
    sea, = names(rng, "m")
    surg, shipdoc, rn = doctors(rng, 3)
    cno = crew_no(rng)
    ship = SHIPS[1]
    claim = hw_claim(rng)
    adm, dis = dt.date(2026, 3, 4), dt.date(2026, 3, 5)
    ld = dt.date(2026, 3, 27)
    inv_d = dt.date(2026, 4, 16)
    acct = f"CRMC-{digits(rng, 6)}"
    lines = [("Surgical suite, 1 hr 40 min", 4860.0), ("Anaesthesia", 1735.0), ("Surgeon's fee, inguinal hernia "
             "repair (49505)", 2980.0), ("Mesh implant", 612.4), ("Ward, 1 night", 1150.0), ("Pharmacy", 187.35)]
    billed = round(sum(x[1] for x in lines), 2)
    addr = [f"vul. Prychalna {rng.randint(3, 40)}, kv. {rng.randint(2, 90)}", "Izmail 68600", "Ukraine"]
    # A: the hospital's invoice to the seafarer (a real bill)
    a = EHSheet(footer="Page {n} of {nb}", footer_left="Conch Reef Medical Centre  \u00b7  Patient Accounts")
    a.set_margins(18, 16, 18)
    a.add_page()
    a.logo_head(NASSAU_H, "CRMC", ["East Shore Road, Nassau, N.P., The Bahamas", f"Patient Accounts {phone(rng, '242')}"],
                box="INVOICE")
    W = a.w - a.l_margin - a.r_margin
    a.addr_kv_right([sea, *addr], [("Invoice date", slash(inv_d)), ("Account no.", acct),
                                   ("Admitted", slash(adm)), ("Discharged", slash(dis)),
                                   ("Surgeon", f"Dr. {surg}")], split=0.5, size=9.2)
    a.table(["Charge", "Amount (USD)"], [[k, n2(v)] for k, v in lines] + [["Total charges", n2(billed)]],
            [W * 0.72, W * 0.28], size=9, aligns=["L", "R"], bold_last=True)
    a.pairs([("Insurance", f"{PLAN} (via {HW})"), ("Member / crew no.", cno),
             ("Plan claim ref.", claim), ("Insurance status", f"Denied by plan {slash(ld)}"),
             ("Balance due from patient", usd(billed))], label_w=52, size=9.4, h=5.2)
    a.ln(3)
    a.f(11, "B")
    a.cell(0, 7, f"Please pay by {slash(plus(inv_d, 30))}", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    a.ln(2)
    a.para("Pay by card through our patient portal or by wire (details on the back). If you have asked your plan to "
           "look at its decision again, call us and we will hold your account for 60 days.", 9)
    t_a = truth("other", None, insurer=None, member_id=nosp(cno), member_name=sea, cases=[claim],
                claim_amount=m2(billed), service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"],
                denial_date=inv_d.isoformat(), provider=NASSAU_H, unscored=["insurer"],
                alternates={"member_id": [cno.split()[1], None], "case_numbers": [[]],
                            "provider": [f"Dr. {surg}", surg]})
    # B: the administrator's two-page refusal (page 2 sideways)
    peme = dt.date(2025, 9, 22)
    signon = dt.date(2025, 10, 6)
    note25 = dt.date(2025, 6, 11)
    b = EHSheet(footer="Page {n} of {nb}", footer_left=f"Mailed {slash(ld)}  \u00b7  HMMA-L22",
                every=f"{last_first(sea)}  \u00b7  Crew no. {cno}  \u00b7  Claim {claim}")
    b.set_margins(18, 16, 18)
    b.add_page()
    hw_head(b, rng)
    b.line(nth_long(ld), 10)
    b.ln(3)
    for ln in [sea, *addr]:
        b.line(ln, 10)
    b.ln(3)
    b.re_line([f"Crew no. {cno}", f"Group no. {GROUP}", f"Claim {claim}", f"Service {slash(adm)}"])
    b.ln(1)
    b.para(f"Dear {sea.split()[0]} {sea.split()[-1]}:", 10)
    b.para(f"{NASSAU_H} in Nassau has asked the {PLAN} to pay for the repair of a right inguinal hernia that "
           f"Dr. {surg} performed on {nth_long(adm)}, with one night in hospital, after the ship's doctor on "
           f"{ship}, Dr. {shipdoc}, sent you ashore. The hospital billed ${n2(billed)}.", 10)
    b.para("**We are not able to pay this claim.** The information we received does not show that your hernia began "
           "or got worse while you were in the service of the ship. A note from a clinic in Izmail dated "
           f"{slash(note25)} records a right inguinal hernia and a plan to repair it. At your pre-employment medical "
           f"examination on {slash(peme)} you answered no to the question about hernias, and you signed on "
           f"{ship} on {slash(signon)}. The ship's medical log shows no strain or injury before the day you "
           "reported the pain.", 10)
    b.para("The plan pays for the cure of an illness or injury that arises in the service of the ship. A condition "
           "known before you signed on, and not declared at the pre-employment medical, is not one the plan pays "
           "for. Your maintenance allowance for the days you were ashore is not affected.", 10)
    b.para("Your right to a review is on page 2.", 10)
    b.signoff(["Yours sincerely,", "", rn, "Crew Claims Nurse Reviewer"], 9.6)
    b.add_page()
    b.heading("If you disagree", 12, rule=True)
    b.para("You, or someone you name in writing, may ask us to review this decision. Your request must reach us "
           "within 90 days of the date of this letter. Send any record that shows the hernia began or worsened on "
           "board, such as a statement from the ship's doctor or an entry in the medical log we may not have.", 10)
    b.para(f"Write to {HW}, Reviews, {HW_ADDR}, or e-mail the crew claims desk. A physician who did not take part "
           "in this decision will look at your request and answer within 30 days.", 10)
    b.para("If you are a member of a seafarers' union, your collective agreement may also give you a grievance "
           "procedure; its time limits are set by that agreement, not by this letter.", 10)
    t_b = truth("denial_letter", "not_covered", insurer=HW, group=GROUP, member_id=nosp(cno), member_name=sea,
                cases=[claim], claim_amount=m2(billed), service_dates=[adm.isoformat()],
                denial_date=ld.isoformat(), provider=NASSAU_H, appeal_deadline=plus(ld, 90).isoformat(),
                alternates={"insurer": HW_ALT, "member_id": [cno.split()[1]], "provider": [f"Dr. {surg}", surg],
                            "service_dates": [[f"{adm.isoformat()}/{dis.isoformat()}"]]},
                denial_alternates=["eligibility"])
    return [(out(a), t_a), (out(b), t_b)]


def lowres_piraeus(rng):
    sea, = names(rng, "m")
    rad, shipdoc, ce = doctors(rng, 3)
    cno = crew_no(rng)
    ship = SHIPS[2]
    claim = hw_claim(rng)
    svc = dt.date(2026, 3, 16)
    rcv = dt.date(2026, 4, 14)
    ld = dt.date(2026, 4, 23)
    lines = [("Orthopaedic consultation", 180.0), ("MRI lumbar spine", 1120.0), ("Report", 180.0)]
    billed = round(sum(x[1] for x in lines), 2)
    p = EHSheet(footer="Page {n} of {nb}", footer_left="HMMA-L9")
    p.set_margins(18, 16, 18)
    p.add_page()
    hw_head(p, rng)
    p.line(dotted(ld), 10)
    p.ln(2)
    for ln in [PIRAEUS, "Accounts Department", "Akti Themistokleous 118", "185 37 Piraeus, Greece"]:
        p.line(ln, 10)
    p.ln(3)
    p.subject(f"Your invoice for crew member {sea}, {ship}  -  our claim {claim}", cap="Re:")
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Service", "Amount"], [[dotted(svc), k, es_money(v)] for k, v in lines]
            + [["", "Total invoiced", eur_es(billed)]], [W * 0.18, W * 0.54, W * 0.28], size=9,
            aligns=["L", "L", "R"], bold_last=True)
    p.columns(
        [("What you sent us", f"Your invoice for the visit of {dotted(svc)}, when {ship} was alongside in Piraeus: "
                              f"a consultation, an MRI of the lower back and the report of Dr. {rad}, radiologist, "
                              f"for EUR {n2(billed)}. We received it on {dotted(rcv)}."),
         ("What the plan pays", "Care ashore for the ship's crew in a port, when the ship's doctor has referred the "
                                "crew member in writing and the ship's port agent has booked the visit, and any "
                                "emergency.")],
        [("Why we are not paying", f"The ship's doctor, Dr. {shipdoc}, did not refer {sea.split()[0]} ashore, and "
                                   "the port agent has no booking for him. He went to your clinic on his own during "
                                   "shore leave for back pain that was not an emergency. The ship's medical centre "
                                   "was open that day."),
         ("What you can do", "Send us a copy of a written shore referral if you hold one. You may also ask us to "
                             "reconsider within four months of the date of this letter. The crew member has been "
                             "told that the bill is his to settle.")], size=9.2)
    p.signoff(["Yours faithfully,", ce, f"Crew Claims, {HW}"], 9.6)
    t = truth("denial_letter", "prior_authorization", insurer=HW, member_name=sea, cases=[claim],
              claim_amount=m2(billed), service_dates=[svc.isoformat()], denial_date=ld.isoformat(), provider=PIRAEUS,
              appeal_deadline=dt.date(2026, 8, 23).isoformat(),
              alternates={"insurer": HW_ALT, "provider": [f"Dr. {rad}", rad], "appeal_deadline": [None]})
    return out(p), t


def photocopy_wife(rng):
    sea, wife = names(rng, "mf")
    wife = f"{wife.split()[0]} {wife.split()[1]} {sea.split()[-1]}"
    att, rn, md = doctors(rng, 3)
    cno = crew_no(rng)
    ship = SHIPS[0]
    claim = hw_claim(rng)
    adm, dis = dt.date(2026, 3, 14), dt.date(2026, 3, 16)
    wrote = dt.date(2026, 3, 30)
    ld = dt.date(2026, 4, 28)
    by = dt.date(2026, 6, 29)
    lines = [(adm, "99285", "Emergency department visit", 1240.0), (adm, "70450", "CT head without contrast", 1685.0),
             (adm, "25605", "Closed reduction, wrist fracture", 2310.0), (adm, "0110", "Ward, 2 nights", 2480.0),
             (dis, "99238", "Discharge day", 215.0)]
    billed = round(sum(x[3] for x in lines), 2)
    p = EHSheet(footer="Page {n} of {nb}", footer_left="HMMA-L31",
                every=f"Crew no. {cno}   |   Claim {claim}   |   {last_first(sea)}   |   page {{n}} of {{nb}}")
    p.set_margins(20, 16, 20)
    p.add_page()
    hw_head(p, rng)
    p.line(long(ld), 10)
    p.ln(3)
    for ln in [wife, *home_ph(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear Mrs. {wife.split()[-1]}:", 10)
    p.para(f"Thank you for your letter of {long(wrote)}, written for your husband, {sea}, with the form he signed "
           "naming you to act for him on this claim. You asked why the plan has not paid the hospital in "
           f"Philipsburg, St. Maarten, where he was treated from {long(adm)} to {long(dis)} after a fall ashore.", 10)
    p.para("We have now decided the claim. The plan will not pay the hospital's charges. Page 2 lists the charges "
           "as we received them; page 3 explains our decision and what you can do.", 10)
    p.para(f"Your husband's wages and his place on the crew list of {ship} are matters for the company, not for this "
           "plan; please contact the crew office about them.", 10)
    p.add_page()
    p.heading("The claim", 11.5, rule=True)
    W = p.w - p.l_margin - p.r_margin
    p.pairs([("Hospital", PHILIPSBURG), ("Claim", claim), ("Crew member", f"{sea}, {cno}")], label_w=30, size=9.6,
            h=5.2)
    p.ln(1)
    p.table(["Date", "Code", "Service", "Billed", "Plan pays"],
            [[dash_mon(d), c, s, n2(a), "0.00"] for d, c, s, a in lines] + [["", "", "Total", n2(billed), "0.00"]],
            [W * 0.17, W * 0.11, W * 0.44, W * 0.14, W * 0.14], size=9, aligns=["L", "L", "L", "R", "R"],
            bold_last=True)
    p.pairs([("Attending", f"Dr. {att}, orthopaedics")], label_w=24, size=9.4, h=5)
    p.add_page()
    p.heading("Our decision", 11.5, rule=True)
    p.para(f"We have read the hospital's records, the report the ship's security officer wrote on the night of "
           f"{long(adm)}, the ship's medical log and your letter, and we understand that this has been a hard time "
           "for your family, with your husband away from work while his wrist heals and the hospital writing to "
           "you about its bill; we also accept that the company's crew office knew he had gone ashore that evening "
           "and that he was not on duty, which is why the claim was not refused at once and why it took us longer "
           "than usual to decide it. The security report and the hospital's emergency record both say that he fell "
           "from a harbour wall at 02:40, more than four hours after the time the crew had to be back on board, and "
           "that a blood test on arrival showed an alcohol level of 0.21 per cent; under section 4.3 of the plan "
           "rules an injury caused by a seafarer's own intoxication is not an injury arising in the service of the "
           "ship, and for that reason the plan does not pay the hospital's charges. Nothing in this letter changes "
           "the care he has already received, and the ship's doctor will see him again when he rejoins.", 10)
    p.heading("If you disagree", 11)
    p.para(f"You may ask for a review. We must receive your request no later than {long(by)}. Send anything that "
           "shows the fall happened some other way, such as a statement from someone who was with him.", 10)
    p.two_sigs([rn, "Nurse Reviewer, RN", HW], [md, "Medical Director", HW])
    p.taglines_page(HW, phone(rng, "800"), TAGS_CREW, title="Help in your language / Tulong sa iyong wika")
    t = truth("denial_letter", "not_covered", insurer=HW, member_id=nosp(cno), member_name=sea, cases=[claim],
              claim_amount=m2(billed), service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"],
              denial_date=ld.isoformat(), provider=PHILIPSBURG, appeal_deadline=by.isoformat(),
              alternates={"insurer": HW_ALT, "member_id": [cno.split()[1]], "provider": [f"Dr. {att}", att]},
              denial_alternates=["other"])
    return out(p), t


def stdfax_pharmacy(rng):
    sea, = names(rng, "f")
    shipdoc, ce = doctors(rng, 2)
    cno = crew_no(rng)
    ship = SHIPS[1]
    claim = hw_claim(rng)
    rx = f"RX{digits(rng, 7)}"
    callref = f"CR-{digits(rng, 8)}"
    disp = dt.date(2026, 1, 9)
    rcv = dt.date(2026, 4, 20)
    nd = dt.date(2026, 4, 24)
    amt = 138.75
    fax = f"{slash(nd)} 09:{rng.randint(10, 59)}  HALEWIND CREW CLAIMS  {phone(rng)}  ->  SANDBAR PHARMACY  p.{{n}}"
    p = EHSheet(footer="Page {n} of {nb}", footer_left="HMMA-PX2", fax_hdr=fax)
    p.set_margins(16, 14, 16)
    p.add_page()
    hw_head(p, rng, title="PHARMACY CLAIM NOTICE")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Notice date", slash(nd), W * 0.3, "A"), ("Claim no.", claim, W * 0.34, "A"),
                ("Rx no.", rx, W * 0.36, "A")], size=9.6, h=7.6)
    p.capcells([("Pharmacy", f"{PHARM}, Nassau", W * 0.55, "L"), ("Prescriber", f"Dr. {shipdoc} (ship)", W * 0.45,
                "L")], size=9.2, h=7.6)
    p.capcells([("Crew member", last_first(sea), W * 0.5, "L"), ("Crew no.", cno, W * 0.5, "L")], size=9.2, h=7.6)
    p.capcells([("Vessel", ship, W * 0.34, "A"), ("Dispensed", slash(disp), W * 0.22, "A"),
                ("Received", slash(rcv), W * 0.22, "A"), ("Amount claimed", usd(amt), W * 0.22, "A")], size=9.4,
               h=7.6)
    p.ln(4)
    p.para(f"The claim above is closed without payment. Pharmacy claims for the {PLAN} must reach us within 90 days "
           f"of the date the medicine was dispensed; this one reached us on {slash(rcv)}, 101 days after it was "
           "dispensed. The plan's agreement with your pharmacy does not allow the crew member to be billed for it.",
           10)
    p.para(f"Your office called us about this claim on {slash(plus(rcv, 2))} (call reference {callref}). We found no "
           "earlier submission from your pharmacy for this prescription.", 10)
    p.para("If you can show that the claim was sent to us within the 90 days (a transmission report or a courier "
           "receipt), write to us within 30 days of the date of this notice and we will process it.", 10)
    p.signoff(["Crew Claims", ce, HW], 9.6)
    t = truth("denial_letter", "timely_filing", insurer=HW, member_id=nosp(cno), member_name=sea, cases=[claim],
              claim_amount=m2(amt), service_dates=[disp.isoformat()], denial_date=nd.isoformat(), provider=PHARM,
              appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": HW_ALT, "member_id": [cno.split()[1]], "provider": [f"{PHARM}, Nassau"]},
              type_alternates=["eob"])
    return out(p), t


def phone_es(rng):
    sea, doc = names(rng, "mm", es=True)
    ce, = doctors(rng, 1)
    cno = crew_no(rng)
    ship = SHIPS[2]
    claim = hw_claim(rng)
    off = dt.date(2026, 2, 20)
    onset = dt.date(2026, 3, 2)
    svc = dt.date(2026, 3, 4)
    ld = dt.date(2026, 3, 26)
    amt = 612.4
    p = EHSheet(footer="Página {n} de {nb}", footer_left="HMMA-L9S")
    p.set_margins(18, 16, 18)
    p.add_page()
    hw_head(p, rng)
    p.addr_kv_right([sea, "Barrio La Isla, calle 4, casa 27", "La Ceiba, Atlántida", "Honduras"],
                    [("Fecha", es_date(ld)), ("N.º de tripulante", cno), ("Reclamación", claim),
                     ("Buque", ship), ("Desembarque", es_date(off)), ("Clínica", CEIBA),
                     ("Monto facturado", f"US$ {n2(amt)}")], split=0.45, size=9.0, title="Su reclamación")
    p.heading("Factura de la clínica que el plan no pagará", 12)
    p.para(f"Estimado señor {sea.split()[-1]}:", 10)
    p.para(f"{CEIBA} nos envió la factura de la consulta y los análisis del {es_date(svc)} con el Dr. {doc}, por "
           f"US$ {n2(amt)}. Según la clínica, usted tuvo dengue y la fiebre comenzó el {es_date(onset)}.", 10)
    p.para(f"El {PLAN} no pagará esta factura. Usted terminó su contrato y desembarcó del {ship} en Miami el "
           f"{es_date(off)}. La fiebre comenzó diez días después, en su casa, y el dengue no aparece en el libro "
           "médico del buque ni en su examen de desembarque. La cobertura del plan termina en la fecha de "
           "desembarque, salvo para la cura de una enfermedad registrada antes de esa fecha.", 10)
    p.para("Si usted tuvo síntomas a bordo que el médico del buque no anotó, envíenos lo que tenga (mensajes, "
           "recetas, el nombre de un compañero que lo vio enfermo).", 10)
    p.heading("Si no está de acuerdo", 10.5)
    p.para("Puede pedirnos que revisemos esta decisión dentro de los 60 días siguientes a la fecha de esta carta. "
           f"Escriba a {HW}, {HW_ADDR}, Estados Unidos.", 10)
    p.signoff(["Atentamente,", ce, "Reclamaciones de tripulantes"], 9.8)
    t = truth("denial_letter", "eligibility", insurer=HW, member_id=nosp(cno), member_name=sea, cases=[claim],
              claim_amount=m2(amt), service_dates=[svc.isoformat()], denial_date=ld.isoformat(), provider=CEIBA,
              appeal_deadline=plus(ld, 60).isoformat(), lang="es",
              alternates={"insurer": HW_ALT, "member_id": [cno.split()[1]], "provider": [f"Dr. {doc}", doc]},
              denial_alternates=["not_covered"])
    return out(p), t


def rotated_gop(rng):
    sea, = names(rng, "m")
    surg, shipdoc, fmd = doctors(rng, 3)
    cno = crew_no(rng)
    ship = SHIPS[1]
    core = digits(rng, 5)
    gop = f"GOP-26-{core}"
    ref = f"HW-26-{core[:3]}{core[4]}{core[3]}"
    d = dt.date(2026, 6, 3)
    cap = 25000.0
    p = EHSheet(footer=None, footer_left="SOL-FMD 07 Guarantee of payment")
    p.set_margins(16, 14, 16)
    p.add_page(orientation="L")
    sol_head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(13, "B")
    p.cell(W * 0.6, 7, "GUARANTEE OF PAYMENT")
    p.f(9.4)
    p.cell(W * 0.4, 7, wk_long(d), align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    p.set_xy(p.l_margin, y0)
    for ln in ["To: Admissions and Patient Accounts", JUNEAU, "3260 Glacier Spur Road", "Juneau, AK 99801"]:
        p.line(ln, 10)
    p.sidebar([("GOP no.", gop), ("Claim reference (for your invoice)", ref), ("Crew member", last_first(sea)),
               ("Crew no.", cno), ("Vessel", f"{ship}, in port Juneau")], p.l_margin + W * 0.55, y0, W * 0.45,
              title="REFERENCES", size=8.8)
    p.set_y(y0 + 28)
    cw = W * 0.52
    p.col_para(f"{SOL} guarantees payment for the care of the crew member named at the right, landed today from "
               f"{ship} by the ship's doctor, Dr. {shipdoc}, with suspected appendicitis, for admission on "
               f"{wk_long(d)}.", cw, 9.6)
    p.col_para("The guarantee covers the emergency department, surgery (laparoscopic appendectomy, 44970 or as the "
               f"surgeon decides, Dr. {surg} on call), the hospital stay and the follow-up visit before he flies "
               f"home, up to USD {n2(cap)} without a further approval. The ambulance from the pier ({JNU_AMB}) is "
               "covered under its own guarantee.", cw, 9.6)
    p.col_para(f"Send the itemized invoice and the discharge summary to {HW}, the plan's claims administrator, "
               "quoting the claim reference. This is not a bill, and the crew member is not to be asked to pay "
               "anything.", cw, 9.6)
    p.signoff(["For the Fleet Medical Department,", fmd, "Fleet Medical Director"], 9.4)
    t = truth("other", None, insurer=SOL, member_id=nosp(cno), member_name=sea, cases=[gop, ref],
              service_dates=[d.isoformat()], denial_date=d.isoformat(), provider=JUNEAU,
              alternates={"insurer": SOL_ALT, "member_id": [cno.split()[1]], "case_numbers": [[gop], [ref]],
                          "provider": [f"Dr. {surg}", surg], "service_dates": [[]], "claim_amount": [m2(cap)]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_benefit_statement_landscape_page_two_dental_after_sign_off", "born_digital",
             [born_statement(rng)]),
    ]
    items.append(Item(F + "scan_stack_nassau_hospital_invoice_duplex_then_hernia_not_in_service_sideways",
                      "scan_clean_300", scan_stack(rng), separators=["duplex", None], turns={(1, 1): 270}))
    items += [
        Item(F + "lowres_two_column_piraeus_polyclinic_no_shore_referral_subject_line", "scan_lowres_150",
             [lowres_piraeus(rng)]),
        Item(F + "photocopy_four_pages_wife_representative_intoxication_ashore", "photocopy", [photocopy_wife(rng)]),
        Item(F + "stdfax_pharmacy_claim_notice_ninety_days_boxes", "fax_standard_g4", [stdfax_pharmacy(rng)]),
        Item(F + "phone_es_dengue_despues_del_desembarque_la_ceiba", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_guarantee_of_payment_juneau_appendectomy", "rotated", [rotated_gop(rng)]),
    ]
    return items
