"""Papers of an invented One Care plan in Massachusetts. One Care is the public program in which MassHealth and
Medicare are joined in one plan for adults with disabilities who have both (members join at ages 21 to 64); each
member has a care team with a Care Coordinator and may add a Long-Term Supports (LTS) Coordinator from an
independent community organisation, and has an individualized care plan. The papers mirror the structure and plain
wording style of the integrated notices such a plan sends (a denial of medical coverage or of payment with a Level
1 Appeal to the plan, the Medicare Independent Review Entity and the MassHealth Board of Hearings after it, My
Ombudsman for help), a claims summary, a care-plan letter from the care team, and a Level 1 appeal decision. The
plan (Nonotuck Commons Health Plan), every clinic, vendor, hospital, person, number, code, address and time limit
is invented except One Care, MassHealth, Medicare, the Board of Hearings, My Ombudsman and the CPT/HCPCS codes,
which appear as themselves; phones use 555. No heading names the kind of refusal: only the reason's own words.

Documents (8 in 7 files):
- faxstd_pt_visits_more_not_approved: a standard-fax copy to a physical therapy clinic of a refusal of 12 more
  visits "from <date> through <date>" ("04/27/26 - 06/25/26" in a box) because six visits showed no change
  (medical_necessity); short captions left of and under boxes ("Dt", "Enr. #", "MH #", "Medicare #", "Req. #"), the
  One Care ID with a look-alike letter beside the MassHealth ID and Medicare number; the clinic in a party box beside
  the treating therapist, the plan's reviewer and the Care Coordinator; "within 60 calendar days from the date on
  this notice".
- born_digital_claims_summary_nail_care_row: a two-month claims summary (ISO dates, provider column, billed /
  allowed / paid / not paid with a totals row, a taken-back "38.40-" on an older claim) where one line of a foot
  doctor's claim, nail trimming, is not paid (not_covered; medical_necessity accepted); the claim's total is the
  amount (the line alone accepted); "within 60 days of the summary date printed above".
- lowres_rehab_hospital_asked_nursing_facility_approved: a 150 dpi notice with captions under their boxes
  ("Issued", "Enrollee No.", "MassHealth", "Medicare", "Ref.") and to their left ("Hosp.", "Asked for"): a rehabilitation
  hospital stay asked for "Tuesday, April 7, 2026" after a hip replacement is refused and a skilled nursing facility
  approved instead (level_of_care); the rehabilitation hospital is named only in a sentence, the hospital the member
  is in and its case manager in boxes; "You have 60 calendar days from the date of this notice".
- photocopy_wheelchair_motor_repair_no_approval_first: a photocopied payment refusal to a member: a power wheelchair
  vendor's repair claim (billed through a billing company named in the box beside it) where the drive motor and its
  labour were done without asking the plan first (prior_authorization) and the battery was paid; a table with
  billed / allowed / paid / not paid, "(1,164.00)" in parentheses, a totals row; "so that we get it by <date>".
- phone_es_aviso_viajes_compania_sin_contrato: a photographed Spanish payment refusal: six rides to a day program
  by a van company that has no contract with the plan (out_of_network), ride dates with day names in a table with a
  total, "US$ 1.047,00" in the text; "dentro de 60 días calendario a partir de la fecha de este aviso".
- rotated_care_plan_update_adult_day_health: a care-team letter from the Care Coordinator, fed turned: the care
  plan was updated and adult day health three days a week "from May 4 through October 30, 2026" is approved (denies
  nothing); a care-team roster with the LTS Coordinator and the primary care doctor.
- scan_stack_lts_coordinator_cover_then_appeal_decision_upside_down: an LTS Coordinator's cover letter from an
  independent living center forwarding the decision (its own document: denies nothing, no insurer; the Board of
  Hearings date it counts is no appeal deadline), a blank separator page, then a two-page Level 1 appeal decision
  keeping the refusal of a community health center's visit on a day the member was not enrolled (eligibility),
  its second page upside down; only the Board of Hearings (120 days) follows, so no appeal deadline.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundec_famgb import (GBSheet, dob, es_date, es_money, long, ma_address, masshealth_id, mixid, nos, paren,
                               people, phone, slash, spaced, span_words, span_yy, tollfree, trail, usd, wday,
                               workday, yy)
from public_kit import digits, m2, mbi, out, plus, truth

FAMILY = "massachusetts_one_care_integrated_plan_coverage_and_care_team_notice"
LANG = "en"
SEED = 354921
INS = "Nonotuck Commons Health Plan"
PLAN = "Nonotuck Commons One Care (HMO D-SNP)"
ALT = ["Nonotuck Commons", "Nonotuck Commons One Care", PLAN, "Nonotuck Commons Health"]
ADDR = "PO Box 4417, Holyoke MA 01041-4417"


def oc_id(rng):
    """The plan's own One Care ID: NC, digits with look-alike letters, a dash."""
    return mixid(rng, "NC#@#-##@##")


def _head(p, rng, unit, box=None, size=12.5, es=False):
    contact = (f"Servicios para Miembros {tollfree(rng)} (TTY 711), de 8 a.m. a 8 p.m., los 7 días  |  Fax {phone(rng)}"
               if es else f"Member Services {tollfree(rng)} (TTY 711), 8 a.m. to 8 p.m., 7 days a week  |  "
               f"Fax {phone(rng)}")
    p.head(INS, "NC", [f"{PLAN}  |  {unit}  |  {ADDR}", contact], box=box, size=size)


def _level1(nd_text: str) -> str:
    return (f"**If you disagree.** You, your provider or someone you name can ask us for a Level 1 Appeal. {nd_text} "
            "Call Member Services or write to the Appeals Unit at the address above. If waiting could seriously "
            "harm your health, ask for a fast appeal; we answer a fast appeal within 72 hours.")


LEVEL2 = ("**After a Level 1 Appeal.** If we still say no to a service Medicare covers, we send your case to the "
          "Independent Review Entity ourselves. If the service is one only MassHealth covers, you can ask the "
          "MassHealth Board of Hearings for a fair hearing within 120 calendar days of our Level 1 decision. "
          "My Ombudsman can help you with any of these steps at no cost (1-855-555-0148, TTY 711).")


def faxstd_pt(rng):
    member, pt, reviewer, cc = people(rng, 4)
    clinic = "Mill River Physical Therapy"
    oid, mh, mb = oc_id(rng), masshealth_id(rng), mbi(rng)
    rec = dt.date(2026, 4, rng.randint(13, 16))
    nd = workday(plus(rec, rng.randint(3, 5)))
    start = nd + dt.timedelta(days=(7 - nd.weekday()) % 7 or 7)
    end = plus(start, 59)
    req = mixid(rng, "UM26-####@#")
    fax = (f"{slash(nd)} {rng.randint(9, 16)}:{rng.randint(10, 59)}  NONOTUCK COMMONS UM  {phone(rng)}  -> "
           f"{clinic.upper()}  P.{{n}}/1")
    p = GBSheet(footer="Page {n} of {nb}", footer_left=f"NC-UM-IDN  rev 11/25   {req}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF DENIAL OF MEDICAL COVERAGE", "Provider copy. The member's copy was mailed on the date shown.")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Dt", yy(nd), 30, "L"), ("Enr. #", oid, 44, "B"), ("MH #", spaced(mh, [4, 4, 4]), 50, "B"),
                ("Medicare #", mb, W - 124, "B")], size=9.4)
    p.capcells([("Mbr", member, 70, "L"), ("DOB", slash(dob(rng)), 38, "L"), ("Req. #", req, W - 108, "L")],
               size=9.4)
    p.parties([("Therapy clinic", clinic, f"NPI {digits(rng, 10)}"),
               ("Treating therapist", f"{pt}, PT, DPT", "per request form"),
               ("Plan reviewer", f"{reviewer}, PT", "Utilization Management"),
               ("Care Coordinator", cc, phone(rng))], cap_w=38, size=8.6)
    p.capcells([("Asked for", "Outpatient PT, 12 visits (97110, 97116, 97530)", 116, "L"),
                ("Dates", span_yy(start, end), W - 116, "B")], size=9.2)
    p.para(f"We looked at the request {clinic} sent us on {long(rec)} for 12 more physical therapy visits "
           f"{span_words(start, end)}, and at the notes from your last eight visits.", 9.2)
    p.para("Your walking speed and your balance scores were the same at each of your last six visits. The notes say "
           "you now do your home exercise program by yourself and safely. More visits with a therapist are not "
           "expected to change how far or how safely you walk, so we cannot approve them. You can keep doing the home "
           "program your therapist gave you, and your Care Coordinator can talk with you about a community exercise "
           "class.", 9.2)
    p.para(f"If your walking gets worse, for example after a fall, your doctor or {clinic} can send a new request.", 9.2)
    p.para(_level1("We must get your request within 60 calendar days from the date on this notice."), 9.2)
    p.para(LEVEL2, 9.2)
    p.para("You may ask for a free copy of the rules and the notes we used. This notice is about one request only; "
           "your other services do not change.", 8.6)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=oid, member_name=member, cases=[req],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [pt], "service_dates": [[start.isoformat()]]})
    return out(p), t


def bd_summary(rng):
    member, pcp, dpm, lab_dr = people(rng, 4)
    oid, mh, mb = oc_id(rng), masshealth_id(rng), mbi(rng)
    sd = workday(dt.date(2026, 5, rng.randint(6, 12)))
    foot = "Kestrel Hill Podiatry"
    d_pcp = dt.date(2026, 3, rng.randint(2, 6))
    d_foot = dt.date(2026, 3, rng.randint(23, 27))
    d_lab = dt.date(2026, 4, rng.randint(6, 10))
    d_old = dt.date(2026, 1, rng.randint(12, 16))
    cl = [mixid(rng, "26###########") for _ in range(4)]
    visit_b, nail_b = 168.00, 94.00
    rows = [
        [cl[0], d_pcp.isoformat(), f"Dr. {pcp}", "99214 office visit", "245.00", "132.80", "132.80", "0.00", ""],
        [cl[1], d_foot.isoformat(), foot, "99213 office visit", nos(visit_b), "88.40", "88.40", "0.00", ""],
        ["", d_foot.isoformat(), foot, "11721 nail debridement, 6+", nos(nail_b), "0.00", "0.00", nos(nail_b), "N7"],
        ["", "", "", "Claim total", nos(visit_b + nail_b), "88.40", "88.40", nos(nail_b), ""],
        [cl[2], d_lab.isoformat(), "Holyoke Outreach Lab", "80053, 83036 lab tests", "126.00", "41.16", "41.16",
         "0.00", ""],
        [cl[3], d_old.isoformat(), f"Dr. {pcp}", "99213 corrected claim", "0.00", "0.00",
         trail(38.40), "", "A2"],
    ]
    tb = 245.00 + visit_b + nail_b + 126.00
    ta = 132.80 + 88.40 + 41.16
    tp = round(ta - 38.40, 2)
    rows.append(["Totals", "", "", "", nos(tb), nos(ta), nos(tp), nos(nail_b), ""])
    p = GBSheet(footer="Page {n} of {nb}")
    p.set_margins(13, 13, 13)
    p.add_page()
    _head(p, rng, "Member Services", box="CLAIMS SUMMARY")
    p.addr_pair("Prepared for", [member, *ma_address(rng)], "Your plan",
                [PLAN, "Medicare and MassHealth benefits in one plan", f"Summary date: {long(sd)}"], split=0.5)
    p.idstrip([("One Care ID", oid), ("MassHealth ID", mh), ("Medicare Number", mb),
               ("Months covered", "March and April 2026")], size=8.2)
    p.para("This is not a bill. It lists the claims we processed for you in the months above. You do not pay for "
           "covered services in One Care; a provider may not bill you for a line we did not pay.", 8.8)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Claim no.", "Date of service", "Provider", "Service", "Billed", "Allowed", "Plan paid", "Not paid",
             "Code"], rows, [24, 17, 38, 40, 15, 14, 15, 14, W - 177], size=6.8,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.para(f"**N7** Trimming or scraping of toenails, corns or calluses is paid only when the foot doctor's claim shows "
           f"a condition such as diabetes with loss of feeling in the feet or poor blood flow in the legs. The claim "
           f"from {foot} (Dr. {dpm}) for {d_foot.isoformat()} did not show one, so this line was not paid. The "
           "office visit on the same claim was paid.", 8.4)
    p.para("**A2** A claim paid earlier was corrected. The amount after the minus sign was taken back from the "
           "provider; it does not change what you owe, which is nothing.", 8.4)
    p.para("**Think we got a line wrong?** You can ask for a Level 1 Appeal within 60 days of the summary date printed "
           "above. Call Member Services or write to the Appeals Unit; give the claim number. Your Care Coordinator "
           "can help you.", 8.8)
    t = truth("eob", "not_covered", insurer=INS, member_id=oid, member_name=member, cases=[cl[1]],
              claim_amount=m2(visit_b + nail_b), service_dates=[d_foot.isoformat()], denial_date=sd.isoformat(),
              provider=foot, appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [dpm], "claim_amount": [m2(nail_b)]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def lowres_irf(rng):
    member, surgeon, cm, md = people(rng, 4)
    hosp = "Baystate Crossing Medical Center"
    irf = "Mount Tekoa Rehabilitation Hospital"
    snf = "Laurel Brook Nursing and Rehabilitation"
    oid, mh, mb = oc_id(rng), masshealth_id(rng), mbi(rng)
    adm = dt.date(2026, 4, 7)
    nd = plus(adm, -1)
    ref = mixid(rng, "IR-26-####-@#")
    p = GBSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, "Clinical Review")
    p.title_bar("NOTICE OF DENIAL OF MEDICAL COVERAGE")
    for ln in [member, *ma_address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Issued", slash(nd), 30, "B"), ("Enrollee No.", oid, 36, "B"), ("MassHealth", mh, 36, "B"),
                ("Medicare", mb, 34, "B"), ("Ref.", ref, W - 136, "B")], size=9)
    p.hung([("Hosp.", f"{hosp} (you are a patient there now)"),
            ("Asked for", f"Admission to a rehabilitation hospital on {wday(adm)}"),
            ("Asked by", f"{cm}, RN, hospital case manager, for Dr. {surgeon}")], cap_w=20, size=9)
    p.para(f"Dear {member}:", 10)
    p.para(f"After your hip replacement, the hospital asked us to approve a stay at {irf}, a rehabilitation "
           "hospital. We said no to that stay. We approved a stay at a skilled nursing facility instead, "
           f"{snf} or another one in our network that has a bed.", 10)
    p.para("A rehabilitation hospital gives at least three hours of therapy a day, five days a week, with a doctor "
           "seeing you every day. Your therapy notes say you walk 120 feet with a walker and need help only getting "
           "in and out of the shower, and that you tire after about an hour of exercise. You need therapy and nursing "
           "every day, and a skilled nursing facility can give you both. You do not need the hours and the doctor "
           f"visits of a rehabilitation hospital. Dr. {md}, one of our doctors, made this decision.", 10)
    p.para("You have 60 calendar days from the date of this notice to ask for a Level 1 Appeal. If you are still in "
           "the hospital, call us today and ask for a fast appeal; we will answer within 72 hours.", 10)
    p.para(LEVEL2, 9)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=oid, member_name=member, cases=[ref],
              service_dates=[adm.isoformat()], denial_date=nd.isoformat(), provider=irf,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [hosp, surgeon]}, denial_alternates=["medical_necessity"])
    return out(p), t


def photocopy_repair(rng):
    member, tech, sig = people(rng, 3)
    vendor = "Millbrook Mobility Service"
    biller = "Corliss Medical Billing LLC"
    oid, mh = oc_id(rng), masshealth_id(rng)
    d1 = dt.date(2026, 3, rng.randint(9, 13))
    d2 = plus(d1, 2)
    nd = workday(plus(d2, rng.randint(24, 30)))
    dl = plus(nd, 60)
    clm = mixid(rng, "26##@########")
    acct = f"MMS-{digits(rng, 6)}"
    lines = [(d1, "E2361", "22NF sealed lead acid battery, each (2)", 438.00, 301.20, 301.20, 0.00),
             (d2, "E2368", "power wheelchair motor, replacement", 982.00, 0.00, 0.00, 982.00),
             (d2, "K0739", "repair labor, 15 min (x4)", 182.00, 0.00, 0.00, 182.00)]
    billed = round(sum(x[3] for x in lines), 2)
    refused = round(sum(x[6] for x in lines), 2)
    p = GBSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Claims and Payment")
    p.line(long(nd), 10, "B")
    p.ln(2)
    for ln in [member, *ma_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.title_bar("NOTICE OF DENIAL OF PAYMENT")
    p.beside([[("One Care ID", oid), ("MassHealth ID", spaced(mh, [4, 4, 4]))],
              [("Claim", clm), ("Vendor acct", acct)]], cap_w=24, size=8.8)
    p.parties([("Repair vendor", vendor, f"technician {tech}"),
               ("Billed for the vendor by", biller, f"{phone(rng, '508')}")], cap_w=44, size=8.6)
    p.para(f"Dear {member}:", 10)
    p.para(f"{vendor} repaired your power wheelchair and sent us a claim for {usd(billed)}. We paid for the two new "
           "batteries. We did not pay for the new drive motor or the labor to put it in.", 10)
    W = p.w - p.l_margin - p.r_margin
    rows = [[slash(d), c, s, nos(b), nos(a), nos(pd), paren(n) if n else "0.00"] for d, c, s, b, a, pd, n in lines]
    rows.append(["Totals", "", "", nos(billed), nos(301.20), nos(301.20), paren(refused)])
    p.table(["Date", "Code", "What was done", "Billed", "Allowed", "Paid", "Not paid"], rows,
            [22, 16, 62, 20, 18, 18, W - 156], size=8.2, aligns=["L", "L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para("Repairs that cost more than $500 need our approval before the work is done. We have no request from "
           f"{vendor} for the motor, and the vendor called us only after the work was finished. The batteries cost less "
           "than that and were paid.", 10)
    p.para(f"You do not have to pay for this. {vendor} and {biller} may not bill you for the amount we did not pay. "
           "If you get a bill, call Member Services.", 10)
    p.para(f"If you disagree, you can ask for a Level 1 Appeal. Send it so that we get it by {long(dl)}. The vendor "
           "can also ask us to look at the claim again with the notes that explain why the motor could not wait.", 10)
    p.para(LEVEL2, 8.8)
    p.para(f"Sincerely,\n{sig}\nClaims and Payment", 10)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=oid, member_name=member, cases=[clm],
              claim_amount=m2(billed), service_dates=[d2.isoformat()], denial_date=nd.isoformat(), provider=vendor,
              appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "claim_amount": [m2(refused)],
                          "service_dates": [[d1.isoformat(), d2.isoformat()]]})
    return out(p), t


def phone_es_rides(rng):
    member, sig, staff = people(rng, 3, es=True)
    company = "Valle Azul Transport LLC"
    program = "Programa de Día Riverside Commons"
    oid, mh = oc_id(rng), masshealth_id(rng)
    first = dt.date(2026, 3, 2)
    days = [first, plus(first, 2), plus(first, 4), plus(first, 7), plus(first, 9), plus(first, 11)]
    nd = workday(plus(days[-1], rng.randint(24, 30)))
    clm = mixid(rng, "26####@#####")
    each = 174.50
    total = round(each * len(days), 2)
    p = GBSheet(footer="Página {n} de {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Servicios para Miembros", es=True)
    p.title_bar("AVISO DE DENEGACIÓN DE PAGO")
    for ln in [member, *ma_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.hung_pair([("Fecha", es_date(nd)), ("Nº One Care", oid), ("Nº MassHealth", mh)],
                [("Reclamo", clm), ("Compañía", company), ("Destino", program)], cap_w=22, size=8.6)
    p.para(f"Estimado(a) {member}:", 9.8)
    p.para(f"{company} nos envió un reclamo por seis viajes de ida y vuelta entre su casa y el {program}, por "
           f"{es_money(total)} en total. No pagamos este reclamo.", 9.8)
    W = p.w - p.l_margin - p.r_margin
    rows = [[es_date(d, True), "casa - programa - casa", "18", nos(each), "0.00"] for d in days]
    rows.append(["Total", "", "108", nos(total), "0.00"])
    p.table(["Fecha del viaje", "Recorrido", "Millas", "Cobrado", "Pagado"], rows, [62, 50, 16, 24, W - 152],
            size=8.6, aligns=["L", "L", "C", "R", "R"], bold_last=True)
    p.para(f"{company} no tiene contrato con nuestro plan. Los viajes a citas y programas se piden a nuestra línea de "
           "transporte por lo menos dos días hábiles antes, y la línea los da a una compañía con contrato. Estos viajes "
           "no se pidieron así, y por eso no los pagamos. Usted no tiene que pagarlos; la compañía no puede cobrarle.",
           9.8)
    p.para(f"Para sus próximos viajes, llame a la línea de transporte ({tollfree(rng)}). Su Coordinador(a) de Cuidado, "
           f"{staff}, puede ayudarle a programarlos.", 9.8)
    p.para("Si no está de acuerdo, puede pedir una Apelación de Nivel 1 dentro de 60 días calendario a partir de la "
           "fecha de este aviso. Llame a Servicios para Miembros o escriba a la dirección de arriba. My Ombudsman "
           "puede ayudarle gratis.", 9.8)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.8)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=oid, member_name=member, cases=[clm],
              claim_amount=m2(total), service_dates=[d.isoformat() for d in days], denial_date=nd.isoformat(),
              provider=company, appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates={"insurer": ALT})
    return out(p), t


def rotated_icp(rng):
    member, cc, lts, pcp, nurse = people(rng, 5)
    adh = "Brightwater Adult Day Health"
    ilc = "Swift River Independent Living Center"
    oid, mh = oc_id(rng), masshealth_id(rng)
    start = dt.date(2026, 5, 4)
    end = dt.date(2026, 10, 30)
    nd = plus(start, -rng.randint(8, 12))
    auth = mixid(rng, "AU-26-#####@")
    p = GBSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    p.center_head(INS, "One Care  |  your care team", [f"{ADDR}  |  Care Coordination {tollfree(rng)} (TTY 711)"])
    p.under([(long(nd), "Date"), (spaced(oid.replace("-", ""), [5, 5]), "One Care ID"), (mh, "MassHealth ID"),
             (auth, "Authorization")], widths=[40, 40, 44, 46], size=9.4)
    for ln in [member, *ma_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {member}:", 10)
    p.para(f"Thank you for meeting with your care team on {long(plus(nd, -6))}. We updated your individualized care "
           "plan with the goals you told us about: getting out of the house more, and help with lunch and your "
           "medicines on weekdays.", 10)
    p.para(f"We approved adult day health at {adh}, three days a week (Monday, Wednesday and Friday), "
           f"{span_words(start, end)}. The center's van will pick you up; you do not need to call for rides to the "
           f"center. A nurse at the center, {nurse}, will help you with your noon medicines.", 10)
    p.para("Your other services stay the same. If you want a change to your care plan, call your Care Coordinator. "
           "You can ask to change the plan at any time.", 10)
    p.roster("Your care team", [("Care Coordinator", cc, phone(rng)),
                                ("LTS Coordinator", f"{lts} (Swift River ILC)", phone(rng)),
                                ("Primary care", f"Dr. {pcp}", phone(rng)),
                                ("Adult day health", adh, phone(rng))])
    p.para(f"With best wishes,\n{cc}\nCare Coordinator, {INS}", 10)
    t = truth("other", None, insurer=INS, member_id=oid.replace("-", ""), member_name=member, cases=[auth],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=adh,
              alternates={"insurer": ALT, "service_dates": [[start.isoformat()], []], "case_numbers": [[]]})
    return out(p), t


def scan_stack(rng):
    member, lts, sig, doc, lab = people(rng, 5)
    ilc = "Swift River Independent Living Center"
    chc = "Quinapoxet Community Health Center"
    oid, mh, mb = oc_id(rng), masshealth_id(rng), mbi(rng)
    visit = dt.date(2026, 2, 17)
    dd = workday(dt.date(2026, 5, rng.randint(11, 15)))
    cl_date = plus(dd, rng.randint(6, 9))
    apl = mixid(rng, "AP26-@####")
    clm = mixid(rng, "26####@####")
    charges = 412.00
    home = ma_address(rng)
    # ---- the LTS Coordinator's cover letter (its own document) ----
    c = GBSheet(footer=None)
    c.set_margins(22, 18, 22)
    c.add_page()
    c.center_head(ilc, "Independent living services for people with disabilities",
                  [f"{rng.randint(20, 480)} Main Street, Ware MA 01082  |  {phone(rng)}"], size=14)
    c.para(long(cl_date), 10)
    for ln in [member, *home]:
        c.line(ln, 10)
    c.ln(3)
    c.para(f"**RE: Your One Care appeal {apl}  (One Care ID {oid})**", 10)
    c.para(f"Dear {member.split()[0]},", 10)
    c.para(f"As your LTS Coordinator, and with the permission you signed, I got a copy of the enclosed letter from "
           f"{INS}. They kept their answer on the {chc} visit in February. The reason is the gap in your MassHealth, "
           "not the visit itself.", 10)
    c.para("Two things can still help. First, MassHealth can sometimes put coverage back for the month you missed if "
           "the renewal papers are sent; I have a copy of the form and can bring it when I visit. Second, you can ask "
           f"the MassHealth Board of Hearings for a fair hearing. The Board must get that request within 120 days of "
           f"the date on the plan's letter, which by my count is {long(plus(dd, 120))}. Please do not wait that "
           "long; call me and we will fill it out together.", 10)
    c.para(f"The health center has agreed not to send you a bill while this is being worked on.", 10)
    c.para(f"Warmly,\n{lts}\nLong-Term Supports Coordinator\n{ilc}", 10)
    c.para(f"Enclosure: appeal decision dated {long(dd)}", 8.6)
    t_cover = truth("other", None, insurer=None, member_id=oid, member_name=member, cases=[apl],
                    denial_date=cl_date.isoformat(), unscored=["insurer", "provider"],
                    alternates={"insurer": [INS], "appeal_deadline": [plus(dd, 120).isoformat()],
                                "service_dates": [[visit.isoformat()]], "case_numbers": [[]]})
    # ---- the plan's Level 1 appeal decision (2 pages; the second fed upside down) ----
    p = GBSheet(footer="Page {n} of {nb}", run_hdr=f"{member}  |  Appeal {apl}  |  page {{n}} of {{nb}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals Unit")
    p.title_bar("YOUR LEVEL 1 APPEAL: OUR DECISION")
    for ln in [member, *home]:
        p.line(ln, 10)
    p.ln(3)
    p.dotted([("Date of this letter", long(dd)), ("Appeal number", apl), ("One Care ID", oid),
              ("MassHealth ID", spaced(mh, [4, 4, 4])), ("Medicare Number", mb), ("Claim", clm),
              ("Health center", chc), ("Date of visit", f"{wday(visit)}")], cap_w=58, size=9.2)
    p.para(f"Dear {member}:", 10)
    p.para(f"You asked us to look again at our decision not to pay {chc} for your visit with Dr. {doc} and the blood "
           f"tests done that day (charges of ${charges:,.2f}). A reviewer who was not part of the first decision "
           "looked at your appeal.", 10)
    p.para("**Our decision: we are keeping our first decision.**", 10)
    p.para("We can pay only for care you get while you are a member of our One Care plan. You stopped being a "
           "member on January 31, 2026, because your MassHealth ended that day after the yearly renewal was not "
           "returned. When MassHealth started again, you were enrolled in our plan again on March 1, 2026. The visit "
           "was between those dates, when you were not a member.", 10)
    p.add_page()
    p.para("**What happens next.** Medicare's Independent Review Entity does not review questions about who was a "
           "member on a date, so we have not sent your case there. If MassHealth puts your coverage back for "
           "February, ask the health center to send the claim again and we will pay it.", 10)
    p.para("**A fair hearing.** You can ask the MassHealth Board of Hearings for a fair hearing. The Board must get "
           "your request within 120 calendar days of the date of this letter. You can ask by phone or by mail; the "
           "form is enclosed.", 10)
    p.para("**Help.** My Ombudsman is an independent program that helps One Care members with problems like this, at "
           "no cost (1-855-555-0148, TTY 711). Your care team can help you too.", 10)
    p.para(f"Sincerely,\n{sig}\nAppeals Unit, {INS}\n\ncc: {lts}, LTS Coordinator (with your written permission)", 10)
    t_dec = truth("denial_letter", "eligibility", insurer=INS, member_id=oid, member_name=member, cases=[apl, clm],
                  claim_amount=m2(charges), service_dates=[visit.isoformat()], denial_date=dd.isoformat(),
                  provider=chc, appeal_deadline=None,
                  alternates={"insurer": ALT, "provider": [doc], "case_numbers": [[apl], [clm]]})
    return [(out(c), t_cover), (out(p), t_dec)]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_pt_visits_more_not_approved", "fax_standard_g4", [faxstd_pt(rng)]),
        Item(F + "born_digital_claims_summary_nail_care_row", "born_digital", [bd_summary(rng)]),
        Item(F + "lowres_rehab_hospital_asked_nursing_facility_approved", "scan_lowres_150", [lowres_irf(rng)]),
        Item(F + "photocopy_wheelchair_motor_repair_no_approval_first", "photocopy", [photocopy_repair(rng)]),
        Item(F + "phone_es_aviso_viajes_compania_sin_contrato", "phone_photo", [phone_es_rides(rng)]),
        Item(F + "rotated_care_plan_update_adult_day_health", "rotated", [rotated_icp(rng)]),
        Item(F + "scan_stack_lts_coordinator_cover_then_appeal_decision_upside_down", "scan_clean_300",
             scan_stack(rng), separators=["blank", None], turns={(1, 1): 180}),
    ]
