"""An invented merchant mariners' union welfare plan. The Fairlead Mariners' Union (deck, engine and steward
ratings on U.S.-flag ships and tugs) and the shipping companies that sign its agreement run the Fairlead Mariners
Welfare Plan, a multiemployer plan governed by a Board of Trustees, with a Fund Office in Norfolk, Virginia, and
union halls in Norfolk, Jacksonville, Houston and Tacoma. Participant IDs are "FMW" and seven digits (a dependent
adds "-01", "-02" ...). The invented rules: a member is covered in a calendar month when he has at least 60 days of
covered sea time in the four calendar months before it; only days signed on the articles of a contributing
employer's vessel count (days in the hall, in training, or on a vessel whose owner does not contribute do not);
an illness or injury that begins while the member is in the service of the ship is the shipowner's to pay first as
maintenance and cure under the general maritime law (a public doctrine, named as itself), and the plan pays only
after the shipowner refuses in writing, then asks to be repaid; when a member is ashore between ships,
non-emergency care is paid only at the plan's designated port clinics or network doctors; examinations needed for a
credential or a job (the Coast Guard's merchant mariner medical certificate, form CG-719K, named as itself) are
excluded; advanced imaging needs the plan's care review first; claims must reach the Fund Office within 90 days of
the service. Every company, vessel, official and IMO number, clinic, hospital, person, number, code, amount and
time limit is invented, phones 555; CPT codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_family_eob_ids_only_in_running_header_coast_guard_physical_code_e7: a two-page EOB for the
  member and his family, the participant ID only in a running header line on both pages (no caption), four claims
  with the providers in bold heading lines, the member's Coast Guard physical refused under code E7 beside his own
  paid dermatology visit and the family's paid claims; the codes on page 2; an example amount in the boilerplate;
  "within 180 days of the statement date".
- photocopy_two_page_sea_time_letter_table_carried_forward_voyage_chart_daughter_surgery: the Fund Office's
  letter refusing a daughter's tonsillectomy because the member had 47 counted days of the 60 needed; a sea-time
  table broken across the two pages with carried / brought forward subtotals (hall days, a training course and a
  foreign-flag ship shaded and not counted; official numbers, IMO numbers, voyage numbers and "04FEB26"-shaped
  dates as decoys), a voyage chart; "within 180 days of the date of this letter".
- scan_care_review_shoulder_mri_values_with_captions_after_control_number_up_the_edge: the plan's care review
  decision refusing a shoulder MRI before six weeks of physical therapy (medical necessity): identifiers as
  "value  caption" lines in a ticket, a document control number printed up the left edge, the planned date, the
  received date and a 72-hour urgent-appeal decoy; "within 180 days of the date of this letter".
- phone_es_carta_clinica_no_designada_en_tierra_entre_embarques_houston: a photographed Spanish letter refusing a
  walk-in clinic visit in Houston while the member was ashore between ships (the plan's port clinic was the place to
  go); union book number and mariner credential number as decoys; "dentro de 180 días a partir de la fecha de esta
  carta".
- rotated_monthly_eligibility_notice_covered_july_dependents_ids_voyage_chart: a monthly eligibility notice fed
  turned, denies nothing: covered for July 2026 with 71 counted days, dependents with their own IDs, a voyage chart.
- lowres_three_column_letter_to_tacoma_practice_claim_received_after_ninety_days: a 150 dpi letter to a family
  practice in three columns of prose (a claim for a January visit received in May, after the 90 days; the bill
  first sent to the shipowner as a decoy date); "within 60 days of the date of this letter".
- faxstd_stack_routing_slip_then_maintenance_and_cure_hold_then_shipowner_acceptance_upside_down: a standard-fax
  stack: the union hall's half-page routing slip (no document), the plan's letter holding an orthopedic claim because
  the knee injury happened aboard ship (the reference line carries the participant ID with no caption), and the
  shipowner's letter accepting maintenance and cure (denies nothing; a daily maintenance rate as a decoy amount),
  fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundek_famkd import (KDSheet, abbr, dash, digits, dlong, dmon, dmy, es_abbr, es_date, first, iso,
                               last_first, long, m2, n2, nopad, out, packed, people, phone, plus, routing_slip,
                               same_surname, short, slash, spaced, surname, tollfree, truth, upper, usd, usd_after,
                               wday, workday)

FAMILY = "fairlead_mariners_union_welfare_plan_sea_time_eligibility_maintenance_and_cure_first_and_port_clinic_refusals"
LANG = "en"
SEED = 355103
PLAN = "Fairlead Mariners Welfare Plan"
PLAN_ES = "Plan de Bienestar de los Marinos de Fairlead"
UNION = "Fairlead Mariners' Union"
PLAN_ALT = ["Fairlead Mariners' Welfare Plan", "Fairlead Mariners Welfare Plan Fund Office", "Fairlead",
            "Board of Trustees of the Fairlead Mariners Welfare Plan", "Fairlead Mariners Welfare Fund", PLAN_ES]
FUND = "Fund Office, 900 Craney Landing, Norfolk, VA 23504"
OWNER = "Topmast Bulk Carriers, Inc."
OWNER_ALT = ["Topmast Bulk Carriers", "Topmast", "Topmast Bulk Carriers Inc"]
EMPLOYERS = {"Topmast Bulk Carriers, Inc.": "0412", "Marlinspike Ocean Lines, LLC": "0387",
             "Scupper Point Towing Co.": "0455"}
FOREIGN = "Sargasso Reefer Shipping S.A."
VESSELS = [("M/V Topmast Pioneer", OWNER), ("M/V Topmast Resolve", OWNER), ("SS Marlinspike Trader",
                                                                           "Marlinspike Ocean Lines, LLC"),
           ("Tug Scupper Point", "Scupper Point Towing Co."), ("M/V Sargasso Dawn", FOREIGN)]


def pid(rng) -> str:
    return "FMW" + digits(rng, 7)


def on_no(rng) -> str:
    return digits(rng, 7)


def imo(rng) -> str:
    return "9" + digits(rng, 6)


def book(rng) -> str:
    return f"{rng.choice(['N', 'J', 'H', 'T'])}-{digits(rng, 5)}"


def home_address(rng):
    town, st, z = rng.choice([("Norfolk", "VA", "23505"), ("Portsmouth", "VA", "23704"), ("Chesapeake", "VA", "23320"),
                              ("Jacksonville", "FL", "32206"), ("Brunswick", "GA", "31520"),
                              ("Elizabeth City", "NC", "27909"), ("Hampton", "VA", "23661")])
    street = rng.choice(["Gunwale Ct", "Anchor Watch Ln", "Tidemark Dr", "Ballast Point Rd Apt 4", "Lighter St",
                         "Seawall Ave", "Channel Marker Way", "Bilge Pump Ln"])
    return [f"{rng.randint(103, 9860)} {street}", f"{town}, {st} {z}"]


def plan_head(p, rng, box=None, es=False):
    if es:
        p.masthead(PLAN, f"{PLAN_ES}  |  Oficina del Fondo",
                   ["900 Craney Landing, Norfolk, VA 23504", f"Servicios al miembro {tollfree(rng, '877')}",
                    f"Fax {phone(rng, '757')}"], box=box, size=13)
    else:
        p.masthead(PLAN, f"Fund Office  |  Board of Trustees  |  sponsored by the {UNION} and contributing employers",
                   ["900 Craney Landing, Norfolk, VA 23504", f"Member services {tollfree(rng, '877')}",
                    f"Fax {phone(rng, '757')}", "TTY 711"], box=box, size=13)


# ---------------------------------------------------------------------------------------------------------------
def born_family_eob(rng):
    mem, wife, son, derm, occ, ob, uc = people(rng, 7, sexes="MFMFMFM", pool=2)
    last = surname(mem)
    wife, son = same_surname(wife, last), same_surname(son, last)
    num = pid(rng)
    sd = dt.date(2026, 3, 27)
    base = dt.date(2026, 2, 23)
    d_ob, d_uc, d_derm, d_occ = (plus(base, rng.randint(0, 3)), plus(base, rng.randint(4, 7)),
                                 plus(base, rng.randint(8, 11)), plus(base, rng.randint(12, 16)))
    claims = [
        (f"26{d_ob:%m%d}{digits(rng, 5)}", wife, "Seaboard Women's Care", ob, d_ob,
         [("Preventive visit, 40-64", "99396", 312.00, 214.50, "P1"), ("Cervical cytology", "88175", 96.00, 41.20,
                                                                       "P1")]),
        (f"26{d_uc:%m%d}{digits(rng, 5)}", son, "Harbormaster Urgent Care", uc, d_uc,
         [("Office visit, established", "99213", 178.00, 112.40, "D2"), ("Strep test, rapid", "87880", 42.00, 18.60,
                                                                        "D2")]),
        (f"26{d_derm:%m%d}{digits(rng, 5)}", mem, "Ocean View Dermatology", derm, d_derm,
         [("Office visit, new patient", "99203", 245.00, 158.90, "P1"), ("Destruction, premalignant lesion",
                                                                         "17000", 136.00, 71.25, "P1")]),
        (f"26{d_occ:%m%d}{digits(rng, 5)}", mem, "Portside Occupational Health", occ, d_occ,
         [("Work-related or licensing examination", "99455", 265.00, None, "E7"),
          ("Drug screen, presumptive", "80305", 48.00, None, "E7"),
          ("Pure tone audiometry", "92552", 62.00, None, "E7"),
          ("Visual acuity screening", "99173", 18.00, None, "E7")]),
    ]
    rows, tb, tp, to_ = [], 0.0, 0.0, 0.0
    for cno, pat, prov, rend, d, lines in claims:
        rows.append(("span", f"{pat}   |   {prov}   |   Claim {cno}   |   Rendering: {rend}"))
        cb = cp = co = 0.0
        for desc, code, b, al, note in lines:
            if al is None:
                rows.append([short(d), desc, code, n2(b), "0.00", "0.00", "0.00", n2(b), note])
                cb, co = cb + b, co + b
                continue
            pd = round(al * (0.8 if note == "D2" else 1.0), 2)
            yo = round(al - pd, 2)
            rows.append([short(d), desc, code, n2(b), n2(al), n2(round(b - al, 2)), n2(pd), n2(yo), note])
            cb, cp, co = cb + b, cp + pd, co + yo
        rows.append(("bold", ["", "Claim total", "", n2(cb), "", "", n2(cp), n2(co), ""]))
        rows.append(("gap",))
        tb, tp, to_ = tb + cb, tp + cp, to_ + co
    rows.append(("bold", ["", "STATEMENT TOTALS", "", n2(tb), "", "", n2(tp), n2(to_), ""]))
    den = claims[3]
    den_b = sum(x[2] for x in den[5])
    p = KDSheet(footer="Page {n} of {nb}", footer_left=f"FMWP-EOB-3  |  mailed {slash(plus(sd, 1))}",
                every=f"{mem.upper()}    {num[:3]} {num[3:]}    {dmy(sd)}")
    p.set_margins(14, 14, 14)
    p.add_page()
    plan_head(p, rng, box="EXPLANATION OF BENEFITS")
    p.line("THIS IS NOT A BILL", 10, "B")
    p.line(f"Statement date: {long(sd)}", 9.6)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [mem, *home_address(rng)]:
        p.line(ln, 10)
    p.set_xy(p.l_margin, y0)
    yb = p.money_box("This statement", [("Billed by providers", usd(tb)), ("Paid by the plan", usd(tp)),
                                        ("Amount you may owe", usd(to_))], x=p.l_margin + W - 86, w=86)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 3)
    p.para("This statement lists claims for you and your covered dependents processed since your last statement. "
           "The plan pays 100% of its allowance for covered care at network providers and 80% at urgent care "
           "centers. For example, if a provider bills $100.00 and the plan allows $70.00, the provider may not "
           "bill you for the other $30.00.", 8.6)
    p.heading("Claims processed", 11, rule=True)
    widths = [15, 55, 13, 18, 18, 17, 18, 18, W - 172]
    p.listing(["Date", "Service", "Code", "Billed", "Plan allows", "Discount", "Plan paid", "You may owe", "Note"],
              rows, widths, ["L", "L", "L", "R", "R", "R", "R", "R", "C"], size=7.4, row_h=4.5,
              cont="Claims processed, continued")
    p.add_page()
    p.heading("What the notes mean", 10.5, rule=True)
    p.ruled_glossary("Note codes used on this statement", [
        ("P1", "Paid in full at the plan allowance; network provider."),
        ("D2", "Urgent care center: the plan pays 80% of its allowance."),
        ("E7", "Examinations, tests and forms needed to get, keep or renew a license, credential or job are not "
               "covered, including the Coast Guard merchant mariner medical certificate (form CG-719K) and drug "
               "tests required by an employer. Ask the company that asked for the exam whether it will pay."),
        ("M3", "Injury or illness while in the service of a vessel: send the bill to the shipowner first."),
    ], size=8.0)
    p.para("If you disagree with how a claim was handled, you may appeal to the Board of Trustees within 180 days "
           f"of the statement date. Write to the {FUND}, and give the claim number. You may see the plan documents "
           "used to decide your claim at no cost.", 8.6)
    t = truth("eob", "not_covered", insurer=PLAN, member_id=num, member_name=mem, cases=[den[0]],
              claim_amount=m2(den_b), service_dates=[iso(den[4])], denial_date=iso(sd), provider=den[3],
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [den[2]]})
    return out(p), t


def photocopy_sea_time(rng):
    mem, kid, surgeon, sig = people(rng, 4, sexes="MFMF", pool=2)
    kid = same_surname(kid, surname(mem))
    num = pid(rng)
    dep = f"{num}-02"
    bk = book(rng)
    ld = dt.date(2026, 7, 8)
    surg = dt.date(2026, 6, 9)
    recv = plus(surg, rng.randint(11, 16))
    claim = f"26{surg:%m%d}{digits(rng, 5)}"
    lines = [("0360", "Operating room services", 1, 4860.00), ("0370", "Anesthesia", 1, 1275.00),
             ("0710", "Recovery room", 1, 935.00), ("0250", "Pharmacy", 1, 318.40)]
    billed = round(sum(x[3] for x in lines), 2)
    hosp = "Chesapeake Narrows Children's Hospital"
    # sea time in the look-back months February-May 2026
    v = {n: (on_no(rng), imo(rng)) for n, _ in VESSELS}
    seg = [
        ("M/V Topmast Pioneer", dt.date(2026, 2, 1), dt.date(2026, 2, 14), True, "Voy. 26-02"),
        ("Union hall (Norfolk)", dt.date(2026, 2, 15), dt.date(2026, 2, 26), False, "hall"),
        ("M/V Sargasso Dawn (Panama)", dt.date(2026, 2, 27), dt.date(2026, 3, 24), False, "Voy. 0311"),
        ("Union hall (Houston)", dt.date(2026, 3, 25), dt.date(2026, 4, 5), False, "hall"),
        ("Firefighting course", dt.date(2026, 4, 6), dt.date(2026, 4, 10), False, "training"),
        ("SS Marlinspike Trader", dt.date(2026, 4, 14), dt.date(2026, 5, 11), True, "Voy. 118"),
        ("Tug Scupper Point, relief", dt.date(2026, 5, 26), dt.date(2026, 5, 28), True, "relief"),
        ("Tug Scupper Point, relief", dt.date(2026, 5, 30), dt.date(2026, 5, 31), True, "relief"),
    ]
    counted = sum((b - a).days + 1 for _, a, b, c, _ in seg if c)
    assert counted < 60

    def vrow(name, a, b, c, voy):
        key = name.split(" (")[0].split(",")[0]
        if key in v:
            on, im = v[key]
            ids = f"O.N. {on} / IMO {im}"
        else:
            ids = "—"
        days = (b - a).days + 1
        return [name, ids, voy, packed(a), packed(b), str(days), str(days) if c else "0"]

    rows = [vrow(*s) for s in seg]
    p = KDSheet(footer="Page {n} of {nb}", footer_left=f"FMWP-EL-2  |  {dmon(ld)}")
    p.set_margins(16, 15, 16)
    p.add_page()
    plan_head(p, rng)
    p.line(long(ld), 10, "B")
    p.ln(2)
    y0 = p.get_y()
    for ln in [mem, *home_address(rng)]:
        p.line(ln, 10)
    W = p.w - p.l_margin - p.r_margin
    yb = p.kv_box([("Participant ID", num), ("Patient", kid), ("Dependent ID", dep), ("Claim no.", claim),
                   ("Union book no.", bk)], p.l_margin + W - 84, y0, 84, cap_w=30)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 4)
    p.subject(f"Your daughter's surgery at {hosp}")
    p.para(f"Dear {first(mem)} {surname(mem)}:", 9.8)
    p.para(f"{hosp} sent us a claim for {kid}'s tonsillectomy on {long(surg)} ({usd(billed)} in charges; the "
           f"surgeon, Dr. {surgeon}, will bill separately). We received it on {slash(recv)}. We cannot pay it, because "
           "the plan's records show that you and your family were not covered in June.", 9.8)
    p.table(["Rev.", "Hospital service", "Units", "Charges", "Plan pays"],
            [[c, s_, str(u), n2(b), "0.00"] for c, s_, u, b in lines] + [["", "Total", "", n2(billed), "0.00"]],
            [W * 0.1, W * 0.5, W * 0.1, W * 0.15, W * 0.15], size=8.4, aligns=["L", "L", "R", "R", "R"],
            bold_last=True)
    p.para("You are covered in a calendar month when you have at least 60 days of covered sea time in the four "
           "calendar months before it. For June 2026 we count February through May. Only days signed on the articles "
           "of a vessel whose owner contributes to the plan count. Days on the shipping list at the hall, days in a "
           "training course, and days on a vessel whose owner does not contribute are listed below but count as 0.",
           9.8)
    head = ["Vessel or activity", "Official / IMO no.", "Voyage", "Signed on", "Signed off", "Days", "Counted"]
    widths = [W * 0.27, W * 0.25, W * 0.1, W * 0.1, W * 0.1, W * 0.08, W * 0.1]
    aligns = ["L", "L", "L", "L", "L", "R", "R"]
    r1, r2 = rows[:5], rows[5:]
    c1 = sum(int(r[6]) for r in r1)
    a1 = sum(int(r[5]) for r in r1)
    p.carried_table(head, r1, r2, widths, aligns, {}, ["Carried forward to page 2", "", "", "", "", str(a1), str(c1)],
                    ["Brought forward from page 1", "", "", "", "", str(a1), str(c1)],
                    ["Total, Feb 1 - May 31", "", "", "", "", str(sum(int(r[5]) for r in rows)),
                     str(counted)], size=8.0, row_h=5.4, cont="Your sea time, continued",
                    shade_rows={i for i, s in enumerate(seg) if not s[3]})
    p.voyage_chart("Your sea time at a glance", dt.date(2026, 2, 1), dt.date(2026, 5, 31),
                   [(s[0].split(" (")[0].split(",")[0], s[1], s[2], s[3]) for s in seg],
                   note="Dark bars count toward coverage; grey bars do not.")
    p.para(f"You had {counted} counted days, fewer than the 60 needed, so the plan did not cover you or your "
           "dependents in June 2026, and the claim is denied. Your July coverage is decided separately.", 9.8)
    p.heading("If you think we missed sea time", 10.5)
    p.para("If you sailed on a contributing vessel that is not listed, send a copy of your discharge certificate or "
           "the articles page with your signature. You may also appeal to the Board of Trustees within 180 days of "
           f"the date of this letter. Write to the {FUND}.", 9.6)
    p.signoff(["Sincerely,", sig, "Eligibility Department"], 9.4)
    t = truth("denial_letter", "eligibility", insurer=PLAN, member_id=dep, member_name=kid, cases=[claim],
              claim_amount=m2(billed), service_dates=[iso(surg)], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "member_id": [num], "provider": [surgeon, f"Dr. {surgeon}"]})
    return out(p), t


def scan_mri_review(rng):
    mem, ortho, rn, md = people(rng, 4, sexes="MMFM", pool=2)
    num = pid(rng)
    req = f"CR-{digits(rng, 2)}-{digits(rng, 5)}"
    ld = dt.date(2026, 5, 19)
    got = plus(ld, -rng.randint(3, 5))
    planned = dt.date(2026, 5, 28)
    hurt = dt.date(2026, 4, 27)
    dcn = f"DCN {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}"
    practice = "Bayside Orthopaedic Associates"
    p = KDSheet(footer="Page {n} of {nb}", footer_left=f"FMWP-CR-6  |  {slash(ld)}", edge=dcn + "   CR DECISION")
    p.set_margins(19, 15, 17)
    p.add_page()
    plan_head(p, rng)
    p.line(wday(ld), 10, "B")
    p.ln(2)
    y0 = p.get_y()
    for ln in [mem, *home_address(rng)]:
        p.line(ln, 10)
    W = p.w - p.l_margin - p.r_margin
    yb = p.ticket([(num, "participant"), (req, "care review request"), ("73221", "MRI, shoulder, without dye"),
                   (abbr(planned), "planned date"), (slash(got), "request received"),
                   (f"Dr. {ortho}", "requested by")], p.l_margin + W - 88, y0, 88, title="About this request")
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 4)
    p.heading("Care review decision on an MRI of your right shoulder", 12)
    p.para(f"Dear {first(mem)} {surname(mem)}:", 9.8)
    p.para(f"Dr. {ortho} of {practice} asked the plan to approve an MRI of your right shoulder, planned for "
           f"{long(planned)}. Advanced imaging needs the plan's care review before it is done. A nurse reviewer and "
           "the plan's medical director, a physician, reviewed the request and the office notes that came with it.",
           9.8)
    p.para("**We did not approve the MRI.** The office notes say your shoulder began to hurt after you pulled a "
           f"mooring line at home on {long(hurt)}, that you can lift your arm above your head, and that strength "
           "testing is normal. The plan's care review guideline for a shoulder MRI without a tear seen on "
           "examination or X-ray asks for at least six weeks of physical therapy or a home exercise program first. "
           "The notes do not show that this was tried. An MRI is therefore not medically necessary now.", 9.8)
    p.para("This is not a decision that you do not need care. Physical therapy for the shoulder is covered, and "
           "Dr. " + surname(ortho) + " may ask again if the pain does not get better after six weeks, with the "
           "therapy notes.", 9.8)
    p.heading("Your right to appeal", 10.5)
    p.para("You or Dr. " + surname(ortho) + " may appeal to the Board of Trustees within 180 days of the date of this "
           "letter. If waiting would seriously harm your health, ask for an urgent appeal; we decide urgent appeals "
           f"within 72 hours. Send appeals to the {FUND}, or fax them to the number above. You may ask for the "
           "guideline and the notes we used, free of charge.", 9.6)
    p.two_sigs([f"{rn}, RN", "Care review nurse"], [f"{md}, MD", "Medical Director"])
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=num, member_name=mem, cases=[req],
              service_dates=[iso(planned)], denial_date=iso(ld), provider=ortho,
              appeal_deadline=iso(plus(ld, 180)), denial_alternates=["prior_authorization"],
              alternates={"insurer": PLAN_ALT, "provider": [practice, f"Dr. {ortho}"]})
    return out(p), t


def phone_es_port_clinic(rng):
    mem, doc, sig = people(rng, 3, es=True, sexes="MFF", pool=2)
    num = pid(rng)
    bk = book(rng)
    mmc = digits(rng, 7)
    ld = dt.date(2026, 5, 6)
    visit = dt.date(2026, 4, 16)
    off = plus(visit, -rng.randint(6, 9))
    claim = f"26{visit:%m%d}{digits(rng, 5)}"
    clinic = "Clínica Buen Puerto"
    lines = [("99204", "Consulta, paciente nuevo", 298.00), ("71046", "Radiografía de tórax, 2 vistas", 164.00),
             ("J1885", "Inyección de ketorolaco", 24.00)]
    tot = round(sum(x[2] for x in lines), 2)
    p = KDSheet(footer=None, footer_left=f"FMWP-ES-4  |  {es_abbr(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p, rng, es=True)
    p.line(f"Norfolk, Virginia, {es_date(ld)}", 10, "B")
    p.ln(2)
    p.addr_pairs_right([mem, *home_address(rng)],
                       [("Participante", num), ("Reclamación", claim), ("Proveedor", clinic),
                        ("Libreta sindical", bk), ("Credencial MMC", mmc), ("Cobrado", usd(tot))],
                       split=0.5, cap_w=30, size=8.8)
    p.heading("Su visita a una clínica en Houston", 12.5)
    p.para(f"Estimado señor {surname(mem)}:", 10)
    p.para(f"{clinic} nos envió la cuenta de su visita del {es_date(visit)} por tos y dolor de pecho. Usted había "
           f"firmado la salida (sign-off) del SS Marlinspike Trader el {es_date(off)} y estaba en tierra, esperando "
           "embarque en la sala sindical de Houston.", 10)
    p.para("**Nuestra decisión.** Cuando usted está en tierra entre embarques, el Plan paga la atención que no es de "
           "emergencia solamente en las clínicas portuarias designadas del Plan o con médicos de la red. En Houston, "
           "la clínica portuaria designada es la Clínica Portuaria del Plan en Channelview, abierta todos los días. "
           f"{clinic} no es una clínica designada ni está en la red, y la visita no fue una emergencia. Por eso el "
           "Plan no puede pagar esta cuenta.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Fecha", "Código", "Servicio", "Cobrado", "Paga el Plan"],
            [[es_date(visit), c, s, n2(b), "0.00"] for c, s, b in lines] + [["", "", "Total", n2(tot), "0.00"]],
            [W * 0.26, W * 0.11, W * 0.37, W * 0.13, W * 0.13], size=8.6, aligns=["L", "L", "L", "R", "R"],
            bold_last=True)
    p.para("Si la visita fue una emergencia, o si la clínica designada estaba cerrada, envíenos los papeles que lo "
           "muestren. Usted puede apelar ante la Junta de Fideicomisarios dentro de 180 días a partir de la fecha de "
           "esta carta. Escriba a la Oficina del Fondo (la dirección está arriba).", 10)
    p.signoff(["Atentamente,", sig, "Departamento de Reclamaciones"], 9.6)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, member_id=num, member_name=mem, cases=[claim],
              claim_amount=m2(tot), service_dates=[iso(visit)], denial_date=iso(ld), provider=clinic,
              appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": ["Clinica Buen Puerto"]})
    return out(p), t


def rotated_eligibility_notice(rng):
    mem, wife, k1, k2, sig = people(rng, 5, sexes="MFFMF", pool=2)
    last = surname(mem)
    wife, k1, k2 = (same_surname(x, last) for x in (wife, k1, k2))
    num = pid(rng)
    nd = dt.date(2026, 6, 12)
    bk = book(rng)
    seg = [("M/V Topmast Resolve", dt.date(2026, 3, 3), dt.date(2026, 4, 18), True),
           ("Union hall (Jacksonville)", dt.date(2026, 4, 19), dt.date(2026, 5, 4), False),
           ("SS Marlinspike Trader", dt.date(2026, 5, 5), dt.date(2026, 5, 28), True)]
    counted = sum((b - a).days + 1 for _, a, b, c in seg if c)
    p = KDSheet(footer=None, footer_left=f"FMWP-MEN-1  |  {upper(nd)}")
    p.set_margins(17, 15, 17)
    p.add_page()
    plan_head(p, rng, box="MONTHLY ELIGIBILITY NOTICE")
    p.line(f"Notice date: {long(nd)}", 10, "B")
    p.ln(2)
    y0 = p.get_y()
    for ln in [mem, *home_address(rng)]:
        p.line(ln, 10)
    W = p.w - p.l_margin - p.r_margin
    yb = p.kv_box([("Participant ID", num), ("Union book no.", bk), ("Home hall", "Jacksonville")],
                  p.l_margin + W - 80, y0, 80, cap_w=30)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 5)
    p.f(22, "B")
    p.cell(0, 11, "JULY 2026:  COVERED", align="C", border=1, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.para(f"Good news: you earned coverage for July 2026. You had {counted} days of covered sea time from March "
           "through June, more than the 60 you need. Your covered dependents are covered with you.", 10)
    p.voyage_chart("Sea time counted for July (March - June 2026)", dt.date(2026, 3, 1), dt.date(2026, 6, 30),
                   [(s[0], s[1], s[2], s[3]) for s in seg], note="Dark bars count; the hall days do not.")
    p.table(["Covered person", "ID", "Relationship", "July 2026"],
            [[mem, num, "Participant", "Covered"], [wife, f"{num}-01", "Spouse", "Covered"],
             [k1, f"{num}-02", "Daughter", "Covered"], [k2, f"{num}-03", "Son", "Covered"]],
            [W * 0.34, W * 0.26, W * 0.2, W * 0.2], size=8.8)
    p.para("To be covered in August, you need 60 counted days from April through July. Days on the shipping list "
           "at the hall do not count. If you have no sea time coming, ask the hall about the plan's self-payment "
           "option before your coverage ends.", 9.4)
    p.signoff(["Eligibility Department", sig], 9.4)
    t = truth("other", None, insurer=PLAN, member_id=num, member_name=mem, denial_date=iso(nd),
              alternates={"insurer": PLAN_ALT})
    return out(p), t


def lowres_timely_filing(rng):
    mem, doc, sig = people(rng, 3, sexes="MFM", pool=2)
    num = pid(rng)
    visit = dt.date(2026, 1, 14)
    first_sent = dt.date(2026, 2, 20)
    recv = dt.date(2026, 5, 4)
    ld = dt.date(2026, 5, 18)
    claim = f"26{recv:%m%d}{digits(rng, 5)}"
    acct = f"{digits(rng, 6)}"
    practice = "Commencement Bay Family Practice"
    lines = [("99214", "Office visit, established", 226.00), ("94640", "Nebulizer treatment", 58.00),
             ("J7613", "Albuterol, inhalation solution", 12.50)]
    tot = round(sum(x[2] for x in lines), 2)
    p = KDSheet(footer=None, footer_left=f"FMWP-TF-2  |  {slash(ld)}  |  your acct {acct}")
    p.set_margins(16, 15, 16)
    p.add_page()
    plan_head(p, rng)
    p.line(f"Date of this letter: {dlong(ld)}", 10, "B")
    p.ln(2)
    for ln in [practice, "Attn: Insurance billing", "4418 N Pearl St", "Tacoma, WA 98407"]:
        p.line(ln, 9.8)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(claim, "Claim no.", W * 0.22), (num, "Participant ID", W * 0.2), (mem, "Patient", W * 0.3),
                  (slash(recv), "Received by the Fund Office", W * 0.28)], size=9)
    p.over_boxes([(nopad(visit), "Date of service", W * 0.22), (usd(tot), "Billed", W * 0.2),
                  (f"Dr. {doc}", "Treating doctor", W * 0.3), (nopad(first_sent), "First sent to shipowner", W * 0.28)],
                 size=9)
    p.heading("Claim for a visit in January: received too late", 11.5)
    p.tricol([
        f"We received your claim for {mem}'s visit of {long(visit)} on {long(recv)}. The plan pays only claims that "
        "reach the Fund Office within 90 days after the date of service. This claim arrived 110 days after the "
        "visit.",
        f"Your office notes say the bill was first sent on {long(first_sent)} to the shipowner, {OWNER}, because "
        "the patient had mentioned his ship. The plan's 90 days run from the date of service, not from the date a "
        "bill is returned by someone else, so the claim is denied.",
        "Our records show no claim for this visit from your office before May. The member did not ask us to hold "
        "the claim open while the shipowner decided, and no maintenance-and-cure claim was filed for this illness.",
        "Because the plan's time limit is part of the plan, the member is not responsible for the plan's share. "
        "Whether you may bill him for the visit depends on your own agreement with him; you are not a network "
        "provider.",
        "If you have proof that the claim reached us, or reached the plan's clearinghouse, within the 90 days "
        "(an acceptance report or a certified mail receipt), you may ask for a review within 60 days of the date of "
        "this letter.",
        f"Send the request to the {FUND}, Attn: Provider Reviews. Questions: provider line {tollfree(rng, '866')}.",
    ], size=8.6)
    p.table(["Code", "Service", "Billed", "Paid"],
            [[c, s, n2(b), "0.00"] for c, s, b in lines] + [["", "Total", n2(tot), "0.00"]],
            [W * 0.14, W * 0.56, W * 0.15, W * 0.15], size=8.6, aligns=["L", "L", "R", "R"], bold_last=True)
    p.signoff(["Sincerely,", sig, "Claims Department"], 9.4)
    t = truth("denial_letter", "timely_filing", insurer=PLAN, member_id=num, member_name=mem, cases=[claim],
              claim_amount=m2(tot), service_dates=[iso(visit)], denial_date=iso(ld), provider=doc,
              appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": PLAN_ALT, "provider": [practice, f"Dr. {doc}"]})
    return out(p), t


def faxstd_stack(rng):
    mem, ortho, sig, crew_mgr, agent, para = people(rng, 6, sexes="MFMFMF", pool=2)
    num = pid(rng)
    emp_no = f"TBC-{digits(rng, 5)}"
    hurt = dt.date(2026, 3, 2)
    signoff = dt.date(2026, 3, 6)
    v1 = dt.date(2026, 3, 10)
    recv = plus(v1, rng.randint(9, 14))
    ld = dt.date(2026, 4, 3)
    od = dt.date(2026, 4, 9)
    sent = dt.date(2026, 4, 13)
    claim = f"26{v1:%m%d}{digits(rng, 5)}"
    owner_ref = f"TBC-MC-26-{digits(rng, 3)}"
    ortho_pr = "Elizabeth River Bone & Joint, PC"
    lines = [("99204", "Office visit, new patient", 318.00), ("73721", "MRI, knee, without contrast", 1420.00),
             ("20610", "Aspiration/injection, major joint", 186.00)]
    tot = round(sum(x[2] for x in lines), 2)
    on, im = on_no(rng), imo(rng)
    home = home_address(rng)
    cover = routing_slip(f"{UNION.upper()}  -  PORT OF NORFOLK HALL",
                         ["1146 Water St, Norfolk, VA 23510", f"Tel {phone(rng, '757')}", f"Fax {phone(rng, '757')}"],
                         para, "Pagoda Point Maritime Law, PLLC", phone(rng, "757"), f"{agent}, Port Agent",
                         slash(sent), 3, f"{mem} - knee injury aboard M/V Topmast Pioneer",
                         ["As you asked: the Welfare Plan's letter and the company's acceptance letter. "
                          "Originals are with the member."],
                         [(True, "For your file"), (False, "Please call"), (True, "Member asked us to send"),
                          (False, "Reply needed")])
    # document 1: the plan holds the claim, maintenance and cure first
    p = KDSheet(footer="Page {n} of {nb}", footer_left=f"FMWP-MC-1  |  {slash(ld)}")
    p.set_margins(17, 15, 17)
    p.add_page()
    plan_head(p, rng)
    p.line(long(ld), 10, "B")
    p.ln(2)
    for ln in [mem, *home]:
        p.line(ln, 10)
    p.ln(3)
    p.re_line([last_first(mem), f"{num[:3]} {num[3:]}", f"Claim {claim}", ortho_pr], sep="  /  ")
    p.para(f"Dear {first(mem)} {surname(mem)}:", 9.8)
    p.para(f"{ortho_pr} billed the plan {usd(tot)} for your visit with Dr. {ortho} on {long(v1)}, the MRI of your "
           "left knee and the injection that day. The notes say you hurt the knee when you slipped on a ladder in "
           f"the engine room of the M/V Topmast Pioneer (O.N. {on}, IMO {im}) on {long(hurt)}, and that you signed "
           f"off the vessel at Jacksonville on {long(signoff)} because of the injury.", 9.8)
    p.para("**What this means for the claim.** An injury that happens while you are in the service of a ship is "
           f"the shipowner's to pay first. Under the general maritime law, {OWNER} owes you maintenance (a daily "
           "amount for food and lodging) and cure (your medical care) until your doctor says you have improved as "
           "much as you are going to. The plan does not pay claims that the shipowner owes, so we are not paying "
           "this claim now.", 9.8)
    p.bullets([f"Send the bills to {OWNER}'s crew claims office and tell the doctor's office to do the same.",
               "If the company refuses in writing to pay, send us its letter. The plan will then pay the claim as "
               "a covered claim and ask the company (or any settlement) to pay the plan back.",
               "Keep us informed if you hire a lawyer about the injury."], 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Code", "Service", "Billed"],
            [[dmon(v1), c, s, usd(b)] for c, s, b in lines] + [["", "", "Total", usd(tot)]],
            [W * 0.17, W * 0.12, W * 0.53, W * 0.18], size=8.6, aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("If the injury did not happen aboard ship or in the ship's service, tell us what happened; you may also "
           f"appeal to the Board of Trustees within 180 days of the date of this letter. Write to the {FUND}.", 9.6)
    p.signoff(["Sincerely,", sig, "Claims Department"], 9.4)
    d1 = (out(p), truth("denial_letter", "other", insurer=PLAN, member_id=num, member_name=mem, cases=[claim],
                        claim_amount=m2(tot), service_dates=[iso(v1)], denial_date=iso(ld), provider=ortho,
                        appeal_deadline=iso(plus(ld, 180)),
                        alternates={"insurer": PLAN_ALT, "provider": [ortho_pr, f"Dr. {ortho}"]}))
    # document 2: the shipowner accepts maintenance and cure (denies nothing)
    q = KDSheet(footer=None, footer_left=f"Crew Claims  |  {owner_ref}")
    q.set_margins(18, 16, 18)
    q.add_page()
    q.masthead(OWNER, "Crew Claims Department  |  operators of the M/V Topmast Pioneer and M/V Topmast Resolve",
               ["2 Dockside Plaza, Jacksonville, FL 32206", f"Crew claims {phone(rng, '904')}",
                f"Fax {phone(rng, '904')}"], size=13.5)
    q.line(abbr(od), 10, "B")
    q.ln(2)
    for ln in [mem, *home]:
        q.line(ln, 10)
    q.ln(3)
    q.boxed_pairs([("Our reference", owner_ref), ("Employee no.", emp_no), ("Vessel", "M/V Topmast Pioneer"),
                   ("Date of incident", dash(hurt)), ("Signed off", dash(signoff))], label_w=46, size=9.2)
    q.heading("Maintenance and cure", 12)
    q.para(f"Dear Mr. {surname(mem)}:", 9.8)
    q.para(f"We have received the report of your injury aboard the M/V Topmast Pioneer on {long(hurt)}. {OWNER} "
           "accepts its obligation to pay maintenance and cure from the day after you signed off.", 9.8)
    q.para("Maintenance will be paid at the rate of $45.00 a day, every two weeks, by direct deposit, until your "
           f"doctor finds that you have reached maximum medical improvement. Cure: we will pay {ortho_pr} for your "
           f"treatment with Dr. {ortho}, including the bills from {long(v1)}, directly. Please ask the office to send "
           "all bills to this department with our reference number, and not to your union welfare plan.", 9.8)
    q.para("Send us a doctor's work status note after each visit. This letter does not settle any other claim you "
           "may have.", 9.8)
    q.signoff(["Yours truly,", crew_mgr, "Crew Claims Manager"], 9.6)
    d2 = (out(q), truth("other", None, insurer=OWNER, member_id=emp_no, member_name=mem, cases=[owner_ref],
                        denial_date=iso(od), provider=ortho,
                        alternates={"insurer": OWNER_ALT, "member_id": [None], "case_numbers": [[]],
                                    "service_dates": [[iso(v1)]], "provider": [ortho_pr, f"Dr. {ortho}", None]}))
    return cover, [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_family_eob_ids_only_in_running_header_coast_guard_physical_code_e7", "born_digital",
             [born_family_eob(rng)]),
        Item(F + "photocopy_two_page_sea_time_letter_table_carried_forward_voyage_chart_daughter_surgery",
             "photocopy", [photocopy_sea_time(rng)]),
        Item(F + "scan_care_review_shoulder_mri_values_with_captions_after_control_number_up_the_edge",
             "scan_clean_300", [scan_mri_review(rng)]),
        Item(F + "phone_es_carta_clinica_no_designada_en_tierra_entre_embarques_houston", "phone_photo",
             [phone_es_port_clinic(rng)]),
        Item(F + "rotated_monthly_eligibility_notice_covered_july_dependents_ids_voyage_chart", "rotated",
             [rotated_eligibility_notice(rng)]),
        Item(F + "lowres_three_column_letter_to_tacoma_practice_claim_received_after_ninety_days", "scan_lowres_150",
             [lowres_timely_filing(rng)]),
    ]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_routing_slip_then_maintenance_and_cure_hold_then_shipowner_acceptance_upside_"
                          "down", "fax_standard_g4", docs, separators=[cover, None], turns={(1, 0): 180}))
    return items
