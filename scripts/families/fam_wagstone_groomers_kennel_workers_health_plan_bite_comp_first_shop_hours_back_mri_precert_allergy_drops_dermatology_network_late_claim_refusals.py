"""An invented health plan for dog groomers, bathers, kennel attendants, doggy-daycare and boarding staff and their
families: the Wagstone Health Plan for Groomers and Kennel Workers, sponsored by the Wagstone Pet Care Trades Health and
Welfare Fund (letterhead: the logo word "WAGSTONE" beside a drawn paw print with the small legal name "Wagstone Pet Care
Trades Health and Welfare Fund" directly under it and the tagline "Health coverage for groomers, bathers and kennel
staff"; the body calls it "the Fund"). Claims, precertification and provider payments are handled by the invented
Hollinbank Benefit Administrators, LLC (brand split over two lines, "HOLLIN" over "BANK", the legal line "Benefit
Administrators, LLC" beside the break; the body calls it "HBA"). Invented rules: coverage is salon-based - a member is
covered in a coverage month when a participating shop (grooming salon, boarding kennel, daycare) reported at least 80
hours for the work month two months earlier; mobile groomers are covered only through a sponsoring shop; a bite or a
scratch from an animal at the shop is a work injury and goes first to the shop's workers' compensation carrier; MRI,
CT, PET and planned surgery need HBA's precertification; allergy shots are covered, sublingual allergen drops are
experimental; care is paid in the Valleyline Provider Network only, except emergencies; network providers file within
180 days of the date of service. Plan codes WG-1 (full-time shop staff) and WG-2 (part-time and mobile), participating
shop numbers "SHP-" + four digits (printed as the group, or as "Client" on HBA's remittance), member numbers "ZB" + six
digits + "-S0n" (S00 the worker, S01 / S02 family; printed "ZB 447120-S01" on some papers), claims "HB26" + day of year
+ "-" + four digits, precertifications "PC-" + six digits. Every shop, provider, person, number, amount and street is
invented; real Lehigh Valley towns; phones 555; CPT and HCPCS codes as themselves.

Documents (8 in 7 files):
- bd_remit_bite_at_salon_comp_first: a born-digital two-page remittance from HBA to an urgent care; five claims whose
  lead lines carry inline captions ("Plan: WG-1  Client SHP-2071  Auth ..."); a bather's visit for a dog bite at the
  salon pays 0.00 under W2 on every line, told only in the code list on page 2 (look-alikes W3, WZ unused); a
  deductible row on another claim as decoy; EFT trace and check totals.
- faxstd_kennel_hours_short_no_june_coverage: a standard-fax Fund notice, "Date of notice: Mon <Mon D, YYYY>": the
  kennel reported 52.5 hours for April, so no coverage for June and a walk-in visit is not paid (eligibility); an
  hours table, a self-payment offer as decoy.
- faxstd_lumbar_mri_no_precert: a standard-fax HBA notice to an imaging center, "Decided on the 5th of August 2026":
  a lumbar MRI after a lifting strain done without precertification (prior_authorization).
- lowres_es_gotas_sublinguales: a 150 dpi Spanish Fund letter refusing three months of sublingual allergen drops for
  dog dander as experimental (an earlier paid allergy-test claim as decoy).
- photocopy_practice_bill_scratch_visit: a photocopied family practice statement; the refused visit (a cat scratch at
  the kennel, comp first) is told only in the message box, not in the activity table (denies nothing).
- scan300_rotator_cuff_precert_approved: a clean-scan HBA precertification approval (denies nothing).
- faxfine_stack_hand_cover_two_senders: a fine-fax stack: a hand-lettered cover naming the patient and not the
  insurer (no page count), the Fund's letter refusing patch testing by a dermatologist outside the network, then
  HBA's letter refusing a physical therapy claim filed after 180 days (its first page fed sideways).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundes_famsc import (ESSheet, abbr, addr_block, digits, dr, es_wday, first_last, hand_cover, iso,
                               last_first, long, m2, n2, npi, ord_of, out, people, plus, sign, slash, tin, truth, usd,
                               wd_abbr, wday_long, workday)

FAMILY = ("wagstone_groomers_kennel_workers_health_plan_bite_comp_first_shop_hours_back_mri_precert_allergy_drops_"
          "dermatology_network_late_claim_refusals")
LANG = "en"
SEED = 355182
USED: set = set()

FUND = "Wagstone Pet Care Trades Health and Welfare Fund"
PLAN = "Wagstone Health Plan for Groomers and Kennel Workers"
TPA = "Hollinbank Benefit Administrators, LLC"
FUND_ALT = [FUND, "Wagstone", "Wagstone Health Plan", PLAN, "Wagstone Fund", "Wagstone Pet Care Trades Health "
            "and Welfare Fund (the Fund)"]
TPA_ALT = [TPA, "Hollinbank", "Hollinbank Benefit Administrators", "HBA", FUND, "Wagstone", "Wagstone Health Plan"]
FUND_ADDR = ["Fund Office, 615 Kessler Mill Road", "Easton, PA 18042"]
TPA_ADDR = ["P.O. Box 4410", "Bethlehem, PA 18016-4410"]
FUND_FOOT = f"{FUND}  \u00b7  {FUND_ADDR[0]}, {FUND_ADDR[1]}  \u00b7  EIN 23-4471906  \u00b7  Plan No. 501"
TPA_FOOT = f"{TPA}  \u00b7  {TPA_ADDR[0]}, {TPA_ADDR[1]}  \u00b7  claims administrator for the {PLAN}"
FT, PT_ = "WG-1", "WG-2"
SHOPS = {"SHP-2071": "Suds & Scissors Dog Spa, Allentown", "SHP-3318": "Barkwood Boarding Kennels, Nazareth",
         "SHP-2958": "The Clip Joint Pet Salon, Easton", "SHP-4425": "Happy Hollow Doggie Daycare, Bethlehem",
         "SHP-1604": "Muddy Paws Grooming Barn, Kutztown", "SHP-5132": "Tailspin Mobile Grooming (via SHP-2071)"}


def zb(rng) -> str:
    return "ZB" + digits(rng, 6)


def zbp(x: str) -> str:
    """ZB 447120-S01"""
    return x[:2] + " " + x[2:]


def claim_no(rng, d: dt.date) -> str:
    return f"HB26{d.timetuple().tm_yday:03d}-{digits(rng, 4)}"


def fund_head(p: ESSheet, box: str | None = None):
    p.logo_legal("WAGSTONE", FUND, [FUND_ADDR[0], FUND_ADDR[1], "Member services (610) 555-0127",
                                     "Fax (610) 555-0188", "wagstonefund.example"],
                 tagline="Health coverage for groomers, bathers and kennel staff", box=box, mark="paw")


def tpa_head(p: ESSheet, box: str | None = None):
    p.split_word("HOLLIN", "BANK", "Benefit Administrators, LLC",
                 [TPA_ADDR[0], TPA_ADDR[1], "Provider line 1-888-555-0171", "Precertification fax (610) 555-0164"],
                 small=[f"claims administrator for the {PLAN}"], box=box, size=19)


# ---------------------------------------------------------------------------------------------------------------
def bd_remit(rng):
    payee = "Saucon Valley Urgent & Occupational Care"
    pts = people(rng, 5, "gr", sexes="FFMFM", used=USED)
    clin = people(rng, 3, "gd", sexes="FMF", used=USED)
    rd = workday(dt.date(2026, 7, rng.randint(6, 10)))
    bite = workday(dt.date(2026, 6, rng.randint(8, 12)))
    den = 1
    shops = ["SHP-2071", "SHP-2071", "SHP-3318", "SHP-1604", "SHP-4425"]
    plans = [FT, FT, FT, PT_, FT]
    sfx = ["S00", "S00", "S02", "S00", "S01"]
    ids = [f"{zb(rng)}-{s}" for s in sfx]
    pc = f"PC-{digits(rng, 6)}"
    svc = {
        0: [(dt.date(2026, 6, 2), "99213", "Office visit, est. patient", 172.00, 104.20, 84.20, "CS"),
            (dt.date(2026, 6, 2), "96372", "Injection, IM", 48.00, 21.60, 21.60, "PN")],
        1: [(bite, "99203", "New patient visit", 228.00, 0.00, 0.00, "W2"),
            (bite, "12002", "Wound repair, simple, 2.6-7.5 cm", 412.00, 0.00, 0.00, "W2"),
            (bite, "90715", "Tdap vaccine", 86.00, 0.00, 0.00, "W2"),
            (bite, "90471", "Vaccine administration", 34.00, 0.00, 0.00, "W2")],
        2: [(dt.date(2026, 6, 15), "99213", "Office visit, est. patient", 172.00, 104.20, 0.00, "DD"),
            (dt.date(2026, 6, 15), "87880", "Strep test, rapid", 38.00, 16.10, 16.10, "PN")],
        3: [(dt.date(2026, 6, 18), "99214", "Office visit, est. patient", 246.00, 151.40, 131.40, "CS"),
            (dt.date(2026, 6, 18), "72100", "X-ray, lumbar spine, 2-3 views", 134.00, 41.80, 41.80, "PN")],
        4: [(dt.date(2026, 6, 24), "99213", "Office visit, est. patient", 172.00, 104.20, 84.20, "CS")],
    }
    nos = [claim_no(rng, plus(svc[i][0][0], rng.randint(4, 9))) for i in range(5)]
    rend = [dr(clin[0], "PA-C"), dr(clin[1], "PA-C"), dr(clin[2], "MD"), dr(clin[0], "PA-C"), dr(clin[2], "MD")]
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=TPA_FOOT,
                run_hdr=f"HOLLINBANK  \u00b7  remittance {digits(rng, 8)}  \u00b7  {payee}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(14, 15, 14)
    p.add_page()
    tpa_head(p, box="PROVIDER REMITTANCE ADVICE")
    y = p.get_y()
    addr_block(p, [payee, "Attn: Billing", "2150 Center Street", "Hellertown, PA 18055"], 9.0)
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.kv_box([("Remittance date", long(rd)), ("Payee NPI", npi(rng)), ("Tax ID", tin(rng)),
              ("EFT trace", f"1{digits(rng, 9)}"), ("Claims listed", "5")],
             p.l_margin + W * 0.5, y, W * 0.5, cap_w=34, size=8.4)
    p.set_y(max(p.get_y(), y + 30) + 2)
    p.f(7.8)
    p.multi_cell(0, 3.8, f"Plan: {PLAN}. Each claim's lead line gives the claim number, the patient, the member "
                 "number, the plan and the participating shop (Client). Codes in the last column are explained on "
                 "the last page.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    rows = []
    for i in range(5):
        extra = f"   Auth {pc}" if i == 3 else ""
        rows.append(("span", f"{nos[i]}   {last_first(pts[i])}   {ids[i]}   Plan: {plans[i]}   Client {shops[i]}"
                             f"{extra}"))
        rows.append(("note", f"Rendering: {rend[i]}"))
        for d, c, s, b, a, pd, code in svc[i]:
            rows.append([slash(d), c, s, n2(b), n2(a), n2(pd), code])
        rows.append(("bold", ["", "", "Claim total", n2(sum(x[3] for x in svc[i])), n2(sum(x[4] for x in svc[i])),
                              n2(sum(x[5] for x in svc[i])), ""]))
        rows.append(("gap",))
        if i == 2:
            rows.append(("break",))
    p.claim_rows(["Service date", "Code", "Description", "Charged", "Allowed", "Paid", "Code"],
                 [W * k / 100 for k in (13, 9, 40, 11, 11, 10, 6)], ["L", "L", "L", "R", "R", "R", "C"], rows,
                 size=7.8)
    tc = sum(x[3] for i in range(5) for x in svc[i])
    tp = sum(x[5] for i in range(5) for x in svc[i])
    p.pairs([("Total charged", n2(tc)), ("Total paid", n2(tp)), ("Paid by EFT", usd(tp))],
            label_w=48, size=8.0, h=4.2)
    p.legend_rows("Codes used on this remittance", [
        ("", "PN", "Paid at the Valleyline network rate."),
        ("", "CS", "Member copay subtracted ($20.00 for an urgent care visit)."),
        ("", "DD", "Applied to the member's deductible; bill the member up to the allowed amount."),
        ("", "W2", "Not paid by the Plan: the records show an animal bite or scratch at the member's shop while "
                   "working. The shop's workers' compensation carrier pays first. Send the carrier's decision to "
                   "HBA if it refuses the claim; do not bill the member while the comp claim is open."),
        ("", "W3", "Held: the member's accident questionnaire has not come back."),
        ("", "WZ", "Work injury paid after the comp carrier refused in writing."),
        ("", "E8", "No coverage this month: the shop reported fewer than 80 hours for the work month."),
        ("", "P4", "Precertification needed and not on file."),
    ], size=7.4, grp_w=0, head=("", "Code", "What it means"))
    p.para("Reconsideration: a provider may ask HBA to reconsider a claim on this remittance within 90 days of the "
           f"remittance date. Write to Provider Reconsiderations, {TPA_ADDR[0]}, {TPA_ADDR[1]}.", 7.8)
    b = svc[den]
    t = truth("eob", "other", insurer=TPA, plan_id=plans[den], group=shops[den], member_id=ids[den],
              member_name=pts[den], cases=[nos[den]], claim_amount=m2(sum(x[3] for x in b)),
              service_dates=[iso(bite)], denial_date=iso(rd), provider=rend[den], appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": TPA_ALT, "provider": [clin[1], payee]},
              denial_alternates=["not_covered"], type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_hours(rng):
    member = people(rng, 1, "gr", sexes="M", used=USED)[0]
    np_, sig = people(rng, 2, "gd", sexes="FM", used=USED)
    clinic = "Nazareth Walk-In Care"
    mid = f"{zb(rng)}-S00"
    g = "SHP-3318"
    visit = workday(dt.date(2026, 6, rng.randint(8, 10)))
    nd = workday(dt.date(2026, 7, rng.randint(13, 15)))
    while nd.weekday() != 0:
        nd = plus(nd, 1)
    clm = claim_no(rng, plus(visit, 6))
    items = [("99203", "New patient visit", 214.00), ("87804", "Flu test, rapid", 42.00),
             ("J1885", "Ketorolac injection", 26.00)]
    total = sum(x[2] for x in items)
    tx = (f"{slash(nd)}  14:{rng.randint(10, 59)}  WAGSTONE FUND ELIG  610 555 0188  "
          "PG {n}/{t}")
    p = ESSheet(footer="Page {n} of {nb}", tx=tx, tx_total=1, ids_foot=FUND_FOOT)
    p.set_margins(18, 17, 18)
    p.add_page()
    fund_head(p, box="ELIGIBILITY NOTICE")
    addr_block(p, [member, "44 Schoeneck Avenue", "Nazareth, PA 18064"], 9.4)
    p.line(f"Date of notice: {wd_abbr(nd)}", 10.0, "B")
    p.ln(1.5)
    p.boxes([[("Member no.", zbp(mid), 0.3), ("Plan", FT, 0.16), ("Shop (group)", f"{g}\n{SHOPS[g]}", 0.54)],
             [("Claim", clm, 0.3), ("Visit", slash(visit), 0.16), ("Provider", f"{dr(np_, 'CRNP')}, {clinic}", 0.54)]],
            size=8.6)
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"The Fund received a claim from {clinic} for your visit on {long(visit)}. You were not covered by the "
           "Fund in June 2026, so the claim is not paid.", 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date", "Code", "Service", "Charged", "Paid"],
                 [[slash(visit), c, s_, n2(a), "0.00"] for c, s_, a in items] + [["", "", "Total", usd(total), "0.00"]],
                 [W * k / 100 for k in (15, 11, 50, 13, 11)], ["L", "L", "L", "R", "R"], size=8.2,
                 bold_rows=(len(items),))
    p.para("Coverage under the Wagstone plan is earned at your shop. You are covered in a month when your "
           "participating shop reported at least 80 hours of work for you in the work month two months earlier. For "
           "June 2026 coverage, the work month is April 2026. Your shop reported these hours:", 9.2)
    hours = [("January 2026", "March 2026", "118.0", "yes"), ("February 2026", "April 2026", "96.5", "yes"),
             ("March 2026", "May 2026", "88.0", "yes"), ("April 2026", "June 2026", "52.5", "no"),
             ("May 2026", "July 2026", "104.0", "yes")]
    p.ruled_rows(["Work month", "Coverage month", "Hours reported by Barkwood Boarding Kennels", "Covered"],
                 [list(h) for h in hours], [W * k / 100 for k in (22, 22, 40, 16)], ["L", "L", "R", "C"], size=8.4,
                 bold_rows=(3,))
    p.bar("What you can do", 9.0)
    p.bullets([
        "Self-payment: you may buy June 2026 coverage for $286.00 if the Fund Office receives your payment within 30 "
        "days after you get this notice. If you pay on time, HBA will process the claim again.",
        "Hours that are missing: if you worked hours in April that the kennel did not report, send your pay stubs. "
        "We will ask the kennel to correct its report.",
        "Appeal: if you believe this decision is wrong, you may appeal in writing within 180 days of the date of "
        f"this notice to the Board of Trustees, {FUND_ADDR[0]}, {FUND_ADDR[1]}.",
    ], size=9.0)
    sign(p, [sig, "Eligibility Department", FUND])
    t = truth("denial_letter", "eligibility", insurer=FUND, plan_id=FT, group=g, member_id=mid, member_name=member,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(visit)], denial_date=iso(nd),
              provider=dr(np_, "CRNP"), appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": FUND_ALT, "provider": [np_, clinic]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_mri(rng):
    member = people(rng, 1, "gr", sexes="M", used=USED)[0]
    ordering, reader, sig = people(rng, 3, "gd", sexes="MFF", used=USED)
    center = "Bethlehem Open MRI"
    practice = "Lehigh Spine & Sports Medicine"
    mid = f"{zb(rng)}-S00"
    g = "SHP-2958"
    scan = workday(dt.date(2026, 7, rng.randint(13, 16)))
    nd = dt.date(2026, 8, 5)
    clm = claim_no(rng, plus(scan, 8))
    amt = 1640.00
    tx = f"AUG-05-2026 16:{rng.randint(10, 59)}  HOLLINBANK PRECERT  6105550164  " + "P{n}/{t}"
    p = ESSheet(footer="Page {n} of {nb}", tx=tx, tx_total=1,
                ids_foot=f"Notice {slash(nd)}  \u00b7  Claim {clm}  \u00b7  {TPA}")
    p.set_margins(18, 17, 18)
    p.add_page()
    tpa_head(p, box="CLAIM NOTICE TO PROVIDER")
    addr_block(p, ["Business Office", center, "3901 Freemansburg Avenue", "Bethlehem, PA 18020"], 9.2)
    p.line(f"Decided on {ord_of(nd)}", 10.2, "B")
    p.ln(1.5)
    p.hung([(clm, "Claim", 45), (zbp(mid), "Member", 45), (f"{FT}  /  {g}", "Plan / group", 40),
            ("none on file", "Precertification", 40)], size=9.0)
    p.para(f"Patient: {member}. Ordered by {dr(ordering, 'DO')}, {practice}. Read by {dr(reader, 'MD')}.", 9.0)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date of service", "Code", "Service", "Charged", "Paid"],
                 [[slash(scan), "72148", "MRI lumbar spine without contrast   Referral # none", n2(amt), "0.00"]],
                 [W * k / 100 for k in (16, 10, 50, 13, 11)], ["L", "L", "L", "R", "R"], size=8.4)
    p.para(f"HBA received your claim for the lumbar MRI done on {ord_of(scan)}. Under the {PLAN}, an MRI needs "
           "precertification from HBA before it is done, except in an emergency or during a hospital stay. No "
           "precertification was asked for, and the scan was a planned outpatient test ordered two weeks after the "
           "member strained his back lifting a dog into a grooming tub. The claim is not paid.", 9.2)
    p.para("As a Valleyline network provider, you may not bill the member for a service refused because "
           "precertification was not obtained.", 9.2)
    p.para("If you believe precertification was not needed, or that it was asked for, you may appeal within 60 days "
           f"of the date of this notice. Send the records and any fax confirmation to Provider Appeals, "
           f"{TPA_ADDR[0]}, {TPA_ADDR[1]}.", 9.0)
    sign(p, [sig, "Utilization Management", TPA])
    t = truth("denial_letter", "prior_authorization", insurer=TPA, plan_id=FT, group=g, member_id=mid,
              member_name=member, cases=[clm], claim_amount=m2(amt), service_dates=[iso(scan)], denial_date=iso(nd),
              provider=center, appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": TPA_ALT, "provider": [dr(ordering, "DO"), ordering, dr(reader, "MD"), reader]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es(rng):
    member = people(rng, 1, "es", sexes="F", used=USED)[0]
    allergist, sig = people(rng, 2, "gd", sexes="MF", used=USED)
    practice = "Allentown Allergy & Asthma Center"
    mid = f"{zb(rng)}-S00"
    g = "SHP-4425"
    months = [workday(dt.date(2026, 5, rng.randint(4, 6))), workday(dt.date(2026, 6, rng.randint(3, 5))),
              workday(dt.date(2026, 7, rng.randint(6, 8)))]
    nd = workday(dt.date(2026, 8, rng.randint(10, 13)))
    clm = claim_no(rng, plus(months[-1], 9))
    old = claim_no(rng, dt.date(2026, 4, 14))
    each = 185.00
    total = each * 3
    p = ESSheet(footer="Página {n} de {nb}", ids_foot=FUND_FOOT)
    p.set_margins(18, 17, 18)
    p.add_page()
    fund_head(p, box="DECISIÓN DEL FONDO")
    addr_block(p, [member, "812 N 7th Street, Apt 2", "Allentown, PA 18102"], 9.4)
    p.under([(es_wday(nd), "Fecha de la decisión"), (zbp(mid), "N.º de miembro"), (f"{FT} / {g}", "Plan / tienda"),
             (clm, "Reclamación")], widths=[(p.w - 36) * k for k in (0.33, 0.24, 0.2, 0.23)], size=8.8)
    p.para(f"Estimada {first_last(member)}:", 9.6)
    p.para(f"El Fondo recibió una reclamación de {practice} por gotas de alérgenos bajo la lengua (gotas "
           f"sublinguales) para la caspa de perro, recetadas por {dr(allergist, 'MD')}:", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Fecha", "Código", "Servicio", "Cargo"],
                 [[slash(d), "95199", "Gotas sublinguales de alérgenos, 30 días", n2(each)] for d in months] +
                 [["", "", "Total", usd(total)]],
                 [W * k / 100 for k in (16, 12, 54, 18)], ["L", "L", "L", "R"], size=8.4, bold_rows=(3,))
    p.bar("Nuestra decisión", 9.0)
    p.para("El Fondo no paga estas gotas. Las gotas de alérgenos preparadas para tomarse bajo la lengua no están "
           "aprobadas para la alergia a la caspa de perro, y los estudios publicados no muestran todavía que den "
           "resultado. Según las reglas del plan, los tratamientos experimentales o de investigación no están "
           "cubiertos.", 9.0)
    p.para(f"Las vacunas contra la alergia (inyecciones bajo la piel) sí están cubiertas. Las pruebas de alergia de "
           f"abril se pagaron con la reclamación {old}. Hable con su alergista sobre las inyecciones.", 9.0)
    p.bar("Si no está de acuerdo", 9.0)
    p.para("Puede apelar por escrito dentro de 180 días a partir de la fecha de esta carta. Envíe su apelación a la "
           f"Junta de Fideicomisarios, {FUND_ADDR[0]}, {FUND_ADDR[1]}, con los estudios o cartas que quiera que la "
           "Junta lea.", 9.0)
    sign(p, [sig, "Revisión de Reclamaciones", FUND], close="Atentamente,")
    t = truth("denial_letter", "experimental", insurer=FUND, plan_id=FT, group=g, member_id=mid, member_name=member,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(d) for d in months], denial_date=iso(nd),
              provider=dr(allergist, "MD"), appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": FUND_ALT, "provider": [allergist, practice]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_bill(rng):
    member = people(rng, 1, "gr", sexes="F", used=USED)[0]
    np_, md = people(rng, 2, "gd", sexes="FM", used=USED)
    practice = "Riverbend Family Practice"
    mid = f"{zb(rng)}-S00"
    v1 = workday(dt.date(2026, 4, rng.randint(20, 22)))
    scratch = workday(dt.date(2026, 5, rng.randint(19, 21)))
    sd = workday(dt.date(2026, 6, rng.randint(15, 17)))
    clm = claim_no(rng, plus(scratch, 5))
    acct = f"RFP-{digits(rng, 6)}"
    p = ESSheet(footer=None)
    p.set_margins(18, 16, 18)
    p.add_page()
    p.f(17, "B")
    p.cell(0, 8, practice, new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    for ln in ["1720 Lehigh Street, Suite 3", "Easton, PA 18042", "Billing questions (610) 555-0139"]:
        p.cell(0, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    y = p.get_y()
    addr_block(p, [member, "29 Bushkill Drive", "Easton, PA 18042"], 9.6)
    W = p.w - p.l_margin - p.r_margin
    p.kv_box([("Statement date", slash(sd)), ("Account", acct), ("Insurance", "Wagstone / HBA"),
              ("Insurance ID", mid), ("Amount due", "$266.40")], p.l_margin + W * 0.52, y, W * 0.48, cap_w=30,
             size=8.8)
    p.set_y(max(p.get_y(), y + 30) + 3)
    p.bar("Account activity", 9.0)
    p.ruled_rows(["Date", "Description", "Provider", "Charge", "Ins. paid", "Adjust.", "You owe"],
                 [["", "Previous balance", "", "", "", "", "0.00"],
                  [slash(v1), "Office visit, est. patient (99213)", md, "172.00", "-84.20", "-67.80", "20.00"],
                  [slash(v1), "Allergy shot given (95115)", md, "36.00", "-21.60", "-14.00", "0.40"]],
                 [W * k / 100 for k in (12, 32, 20, 9, 9, 9, 9)], ["L", "L", "L", "R", "R", "R", "R"], size=8.0)
    p.message_box("Message from your provider", [
        f"Your health plan did not pay for your visit with {dr(np_, 'CRNP')} on {long(scratch)} for the cat scratch "
        f"on your right forearm (insurance claim {clm}). The plan says the scratch happened at the kennel where you "
        "work, so the kennel's workers' compensation insurance must pay first. We have moved the $246.00 charge for "
        "that visit to your balance.",
        "If the kennel has opened a workers' compensation claim, call us with the carrier's name and claim number "
        "and we will bill the carrier instead. Otherwise please pay the amount due by the date below.",
    ], size=8.8)
    p.pairs([("Amount due", "$266.40"), ("Please pay by", long(plus(sd, 30)))], label_w=40, size=9.4, h=5)
    p.ln(4)
    p.f(7.6)
    p.cell(0, 4, "- - - - - - - - - - - - - - - - - - - -  detach and return with your payment  - - - - - - - - - - - "
           "- - - - - - - - -", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.pairs([("Patient", member), ("Account", acct), ("Amount enclosed", "$________")], label_w=40, size=9, h=5)
    t = truth("other", None, insurer=None, member_id=mid, member_name=member, cases=[clm], claim_amount=m2(246.00),
              service_dates=[iso(scratch)], denial_date=iso(sd), provider=practice, appeal_deadline=None,
              alternates={"provider": [dr(np_, "CRNP"), np_], "case_numbers": [[]]},
              unscored=["insurer"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan_approval(rng):
    member = people(rng, 1, "gr", sexes="F", used=USED)[0]
    surg, nurse = people(rng, 2, "gd", sexes="MF", used=USED)
    group_ = "Slate Belt Orthopaedics"
    asc = "Lehigh Valley Orthopaedic Surgery Center"
    mid = f"{zb(rng)}-S00"
    g = "SHP-1604"
    rcv = workday(dt.date(2026, 9, rng.randint(1, 3)))
    ad = workday(plus(rcv, rng.randint(3, 5)))
    planned = workday(plus(ad, rng.randint(12, 18)))
    pc = f"PC-{digits(rng, 6)}"
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=TPA_FOOT)
    p.set_margins(18, 17, 18)
    p.add_page()
    tpa_head(p, box="PRECERTIFICATION APPROVED")
    addr_block(p, [member, "300 Greenwich Street", "Kutztown, PA 19530"], 9.4)
    p.boxes([[("Date of this letter", abbr(ad), 0.25), ("Precertification", pc, 0.25),
              ("Member no.", mid, 0.25), ("Plan / shop", f"{PT_} / {g}", 0.25)]], size=8.8, under=True)
    p.side_prov([("Surgeon", [dr(surg, "MD"), group_]), ("Where", [asc, "outpatient surgery"]),
                 ("When", [wday_long(planned), f"request received {slash(rcv)}"])], size=8.2)
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"HBA approved the shoulder surgery that {dr(surg, 'MD')} asked for: arthroscopic rotator cuff repair, "
           f"right shoulder (29827), at {asc}. The approval covers the surgeon, the anesthesia and the surgery "
           "center on the planned date or within 60 days after it, and 16 visits of physical therapy afterward with "
           "a Valleyline therapist.", 9.2)
    p.para("Your surgeon's notes say the shoulder has hurt for a year from lifting large dogs into the bathing tub. If "
           "you or your doctor report it as a work injury, the shop's workers' compensation carrier must be billed "
           "first. This approval does not decide that question.", 9.0)
    p.para("The Fund pays only if you are covered on the day of surgery: your shop must report at least 80 hours for "
           "you in the work month two months before. Your deductible and coinsurance apply. Nothing in this letter "
           "is refused.", 9.0)
    sign(p, [dr(nurse, "RN"), "Precertification Nurse", TPA])
    t = truth("other", None, insurer=TPA, plan_id=PT_, group=g, member_id=mid, member_name=member, cases=[pc],
              claim_amount=None, service_dates=[iso(planned)], denial_date=iso(ad), provider=dr(surg, "MD"),
              appeal_deadline=None,
              alternates={"insurer": TPA_ALT, "service_dates": [[]], "provider": [surg, group_, asc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_stack(rng):
    member = people(rng, 1, "gr", sexes="F", used=USED)[0]
    sister = people(rng, 1, "gr", sexes="F", last=member.split()[-1], used=USED)[0]
    derm, sig, innet, pt, sig2 = people(rng, 5, "gd", sexes="FMFMF", used=USED)
    mid = f"{zb(rng)}-S00"
    g = "SHP-2071"
    # (i) the Fund's letter: patch testing by a dermatologist outside the network
    office = "Poconos Skin & Contact Dermatitis Clinic"
    vd = workday(dt.date(2026, 6, rng.randint(1, 3)))
    reads = [plus(vd, 2), plus(vd, 4)]
    nd = workday(dt.date(2026, 7, rng.randint(20, 22)))
    clm = claim_no(rng, plus(reads[-1], 6))
    items = [(vd, "99204", "New patient visit", 312.00), (vd, "95044", "Patch tests, 36 allergens", 1188.00),
             (reads[0], "99212", "Patch test reading", 96.00), (reads[1], "99212", "Patch test reading", 96.00)]
    total = sum(x[3] for x in items)
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=FUND_FOOT)
    p.set_margins(18, 17, 18)
    p.add_page()
    fund_head(p, box="CLAIM DECISION")
    addr_block(p, [member, "1518 Liberty Street", "Allentown, PA 18102"], 9.4)
    p.run_line([[("Letter date", long(nd), "gap")], [("Member no.", zbp(mid), "gap")],
                [("Plan", f"{FT}", "none"), ("Shop", f"{g}  {SHOPS[g]}", "none")], [("Claim", clm, "gap")]],
               size=9.0, gap_w=24)
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"The Fund received a claim from {office} in Stroudsburg for patch testing by {dr(derm, 'MD')} to find "
           "the cause of the rash on your hands:", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date", "Code", "Service", "Charged"],
                 [[slash(d), c, s, n2(a)] for d, c, s, a in items] + [["", "", "Total", usd(total)]],
                 [W * k / 100 for k in (16, 11, 55, 18)], ["L", "L", "L", "R"], size=8.4, bold_rows=(len(items),))
    p.para("The Fund pays for care only from providers in the Valleyline Provider Network, except in an emergency "
           "or when HBA approved an outside provider in advance because no network provider could give the care. "
           "The clinic and the dermatologist are not in the network, the testing was planned, and no approval was "
           f"asked for. Network dermatologists do patch testing in Allentown and Bethlehem, for example "
           f"{dr(innet, 'MD')} at Lehigh Valley Dermatology Associates. The claim is not paid.", 9.0)
    p.para("You may appeal in writing within 180 days of the date of this letter to the Board of Trustees at the Fund "
           "Office. Tell us why a network dermatologist could not do the testing.", 9.0)
    sign(p, [sig, "Claims Review", FUND])
    oon = out(p)
    oon_t = truth("denial_letter", "out_of_network", insurer=FUND, plan_id=FT, group=g, member_id=mid,
                  member_name=member, cases=[clm], claim_amount=m2(total),
                  service_dates=[iso(vd)] + [iso(x) for x in reads], denial_date=iso(nd), provider=dr(derm, "MD"),
                  appeal_deadline=iso(plus(nd, 180)),
                  alternates={"insurer": FUND_ALT, "provider": [derm, office]})
    # (ii) HBA's letter: a physical therapy claim filed after 180 days
    clinic = "Palmer Township Physical Therapy"
    d0 = workday(dt.date(2026, 1, rng.randint(12, 14)))
    ptd = [d0, plus(d0, 2), plus(d0, 7)]
    rcv = workday(plus(d0, rng.randint(196, 204)))
    ld = workday(plus(rcv, rng.randint(8, 11)))
    clm2 = claim_no(rng, rcv)
    rows2 = [[slash(d), "97110", "Therapeutic exercise, 2 units", "164.00"] for d in ptd]
    tot2 = 164.00 * 3
    q = ESSheet(footer="Page {n} of {nb}", ids_foot=TPA_FOOT)
    q.set_margins(18, 17, 18)
    q.add_page()
    tpa_head(q, box="LATE CLAIM NOTICE")
    addr_block(q, [member, "1518 Liberty Street", "Allentown, PA 18102"], 9.4)
    y_end = q.caption_right([("Notice date", abbr(ld)), ("Claim", clm2), ("Claim received", slash(rcv)),
                             ("Member no.", mid), ("Plan / shop", f"{FT} / {g}")], q.l_margin, q.get_y(),
                            (q.w - q.l_margin - q.r_margin) * 0.62, size=8.8)
    q.set_y(y_end + 3)
    q.para(f"Dear {first_last(member)}:", 9.6)
    q.para(f"HBA received a claim from {clinic} for physical therapy with {dr(pt, 'DPT')} for your lower back:", 9.2)
    W = q.w - q.l_margin - q.r_margin
    q.ruled_rows(["Date", "Code", "Service", "Charged"], rows2 + [["", "", "Total", usd(tot2)]],
                 [W * k / 100 for k in (16, 11, 55, 18)], ["L", "L", "L", "R"], size=8.4, bold_rows=(3,))
    q.para(f"Network providers must file claims within 180 days of the date of service. The claim reached us on "
           f"{long(rcv)}, more than 180 days after the visits, so it is not paid. Because the therapist is in the "
           "Valleyline network, the therapist may not bill you for these visits. We sent the same notice to the "
           "therapist.", 9.0)
    q.para("If you or the therapist can show the claim was filed on time, you may ask for a review within 180 days of "
           f"the date of this letter. Write to HBA Appeals, {TPA_ADDR[0]}, {TPA_ADDR[1]}.", 9.0)
    sign(q, [sig2, "Member Services", TPA])
    late = out(q)
    late_t = truth("denial_letter", "timely_filing", insurer=TPA, plan_id=FT, group=g, member_id=mid,
                   member_name=member, cases=[clm2], claim_amount=m2(tot2), service_dates=[iso(d) for d in ptd],
                   denial_date=iso(ld), provider=dr(pt, "DPT"), appeal_deadline=iso(plus(ld, 180)),
                   alternates={"insurer": TPA_ALT, "provider": [pt, clinic]})
    cover = hand_cover(rng, [f"To: Marisa - Pet Trades Workers Center", f"from {first_last(sister)} (sister)",
                             "call me 610 555 0142", "",
                             f"these are about {first_last(member)}'s claims", "her rash doctor + the back PT",
                             "she says both say NOT PAID ???", "can you look before Friday, thank you!!"],
                       top="FAX")
    return [(oon, oon_t), (late, late_t)], cover


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    remit = bd_remit(rng)
    hours = faxstd_hours(rng)
    mri = faxstd_mri(rng)
    es = lowres_es(rng)
    bill = photocopy_bill(rng)
    ok = scan_approval(rng)
    stack, cover = faxfine_stack(rng)
    return [
        Item(f"{f}_bd_remit_bite_at_salon_comp_first", "born_digital", [remit]),
        Item(f"{f}_faxstd_kennel_hours_short_no_june_coverage", "fax_standard_g4", [hours]),
        Item(f"{f}_faxstd_lumbar_mri_no_precert", "fax_standard_g4", [mri]),
        Item(f"{f}_lowres_es_gotas_sublinguales", "scan_lowres_150", [es]),
        Item(f"{f}_photocopy_practice_bill_scratch_visit", "photocopy", [bill]),
        Item(f"{f}_scan300_rotator_cuff_precert_approved", "scan_clean_300", [ok]),
        Item(f"{f}_faxfine_stack_hand_cover_two_senders", "fax_fine_g4", stack,
             separators=[cover, None], turns={(1, 0): 90}),
    ]
