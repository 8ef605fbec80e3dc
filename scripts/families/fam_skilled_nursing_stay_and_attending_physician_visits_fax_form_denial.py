"""An invented commercial plan (Quarry Glen Health Insurance Company) ending a skilled nursing facility stay's
coverage (Hollyridge Skilled Nursing and Rehabilitation Center) while the attending physician's visits (Wexcombe
Post-Acute Physicians) are paid, mostly on fax and caption forms sent to a spouse, a daughter or a son as authorised
representative. Revenue codes, CPT/HCPCS codes and CARC codes appear as themselves; the plan, its rules and time
limits, the facilities, the physician group, every person, number and address are invented. Reasons are put in the
writer's own words.

Documents (8 in 7 files):
- faxstd_concurrent_review_form_skilled_care_ends: a concurrent review form on a standard fax (two-line captions,
  split boxes "Date of this notice | Date faxed", "Member name | Member ID", the earlier approved period, the
  "Last covered day" and "Not covered from" boxes) ending coverage because home health care would do
  (level_of_care).
- faxstd_stack_cover_eob_five_claims_custodial_days_then_duplicate_visit_sideways: a cover sheet, a member EOB of
  five claims (From / To columns; the facility's first claim and three attending visits paid, the later days
  refused as custodial care, not_covered), then fed sideways a letter refusing an attending visit billed twice
  (other).
- photocopy_claim_form_wound_supplies_in_daily_rate: a photocopied claim decision form to a daughter (authorised
  representative), the claim number printed once in the header, lines with one date column, the wound vacuum
  supplies refused as part of the daily rate (CARC 97, coding_error), an "Appeal by" date printed.
- phone_es_ingreso_sin_aprobacion: a photographed Spanish letter to a wife on a stay begun without approval
  (prior_authorization), the dates in words.
- lowres_letter_to_son_facility_outside_network: a 150 dpi prose letter to a son (authorised representative), "the
  stay that began on ... and ended on ..." at a facility outside the network (out_of_network); the attending
  physician only in a sentence.
- born_digital_extension_approval: an approval of 14 more skilled nursing days "from ... through ..." (denies
  nothing).
- clean_appeal_decision_form_upheld: a clean scan of an appeal decision form keeping the end of skilled coverage
  (medical_necessity), appeal number and original review number, reviewing physician as a decoy.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddv_famdvb import DVSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "skilled_nursing_stay_and_attending_physician_visits_fax_form_denial"
LANG = "en"
SEED = 354001
INS = "Quarry Glen Health Insurance Company"
ALT = ["Quarry Glen", "Quarry Glen Health"]
PLAN = "Quarry Glen Choice PPO 2000"
GROUP = "QG-40417"
SNF = "Hollyridge Skilled Nursing and Rehabilitation Center"
MDS = "Wexcombe Post-Acute Physicians"


def mid(rng):
    return f"QGM{digits(rng, 8)}"


def clm(rng):
    return f"{digits(rng, 4)}-{digits(rng, 6)}-{rng.randint(10, 99)}"


def ur(rng):
    return f"CR26-{digits(rng, 6)}"


def dob(rng):
    return dt.date(rng.randint(1938, 1962), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def _head(p: DVSheet, rng, unit="Member Services"):
    p.logo_head(INS, "QG", [f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Harrisburg PA 17105-{digits(rng, 4)}  |  "
                            f"{phone(rng)}  |  TTY 711"], size=12.5)


def faxstd_ur(rng):
    member, wife, att, rev, cm = people(rng, 5)
    m = mid(rng)
    adm = dt.date(2026, 4, rng.randint(1, 15))
    a_end = plus(adm, 13)
    last = plus(adm, rng.randint(20, 26))
    nd = plus(last, -2)
    first_nc = plus(last, 1)
    r = ur(rng)
    fax = f"{nd.strftime('%m/%d/%Y')} 15:{rng.randint(10, 59)}  QGHIC UTIL MGMT  {phone(rng, '717')}  P{{n}}/2"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF END OF SKILLED NURSING COVERAGE", "Form QG-UR-12 (rev. 10/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.cbox_row([("Date of this notice | Date faxed", f"{fdate(nd, 'slash')} | {fdate(nd, 'slash')}"),
                ("Sent to (spouse)", wife), ("Review\nnumber", r)], [72, 70, W - 142])
    p.cbox_row([("Member name | Member ID", f"{member} | {m}"), ("Group | Plan", f"{GROUP} | {PLAN}")], [100, W - 100])
    p.cbox_row([("Servicing facility", SNF), ("Attending\nphysician", f"Dr. {att}")], [112, W - 112])
    p.cbox_row([("Admitted", fdate(adm, "slash")), ("Earlier approved period", f"{fdate(adm, 'slash')} - "
                                                   f"{fdate(a_end, 'slash')}"),
                ("Last covered\nday", fdate(last, "slash")), ("Not covered\nfrom", fdate(first_nc, "slash"))],
               [32, 60, 44, W - 136])
    p.ln(3)
    p.bar("Reason for our decision")
    p.para("Your husband came to the facility after a hip replacement to regain his walking. The therapy notes for "
           "the last week show he walks 200 feet with a walker, climbs four stairs with a rail and dresses himself "
           "with a little help. He no longer needs daily skilled care in a nursing facility; the therapy he still "
           "needs can be given at home by a home health agency, which your plan covers. Days in the facility after "
           "the last covered day are not covered.", 9)
    p.para(f"Reviewed by Dr. {rev}, medical director. The facility's case manager, {cm}, can help arrange home "
           "health care. The attending physician's visits through the last covered day are paid as usual.", 8.8)
    p.bar("If you disagree")
    p.para("Ask for a fast appeal before the last covered day; we decide fast appeals within 72 hours. You may also "
           "appeal within 180 days of the date of this notice. External review: within 4 months of our final "
           f"decision. Call {phone(rng)} (TTY 711).", 8.8)
    t = truth("denial_letter", "level_of_care", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m,
              member_name=member, cases=[r], service_dates=[first_nc.isoformat()], denial_date=nd.isoformat(),
              provider=SNF, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [att], "service_dates": [[]], "plan_id": [None]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def faxstd_stack(rng):
    member, att, rev = people(rng, 3)
    m = mid(rng)
    adm = dt.date(2026, 5, rng.randint(1, 8))
    e1 = plus(adm, 13)
    s2 = plus(e1, 1)
    e2 = plus(s2, rng.randint(9, 13))
    sd = plus(e2, rng.randint(25, 35))
    ns = [clm(rng) for _ in range(5)]
    snf1, snf2 = amount(rng, 8500, 11000), amount(rng, 6000, 9000)
    vs = [amount(rng, 140, 230) for _ in range(3)]
    vd = [plus(adm, 1), plus(adm, 8), plus(s2, 2)]
    fax = f"{sd.strftime('%m/%d/%Y')} 10:{rng.randint(10, 59)}  QUARRY GLEN MBR SVCS  {phone(rng, '717')}  PAGE {{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL")
    W = p.w - p.l_margin - p.r_margin
    p.cbox_row([("Statement date", fdate(sd, "abbr")), ("Member name | Member ID", f"{member} | {m}"),
                ("Group", GROUP), ("Date of\nbirth", fdate(dob(rng), "slash")), ("Plan year", "2026")],
               [36, 110, 36, 36, W - 218])
    p.ln(3)

    def row(n, prov, a, b, code, desc, bill, paid, rsn):
        al = round(bill * 0.62, 2) if paid else 0.0
        pd = round(al * 0.8, 2) if paid else 0.0
        return [n, prov, fdate(a, "slash"), fdate(b, "slash"), code, desc, money(bill, "nosign"),
                money(al, "nosign"), money(pd, "nosign"), money(round(al - pd, 2) if paid else bill, "nosign"), rsn]
    short = "Hollyridge Skilled Nursing & Rehab"
    rows = [row(ns[0], short, adm, e1, "0191", "Skilled nursing days (14)", snf1, True, "P1"),
            row(ns[1], f"Dr. {att}", vd[0], vd[0], "99306", "Attending visit, admission", vs[0], True, "P1"),
            row(ns[2], f"Dr. {att}", vd[1], vd[1], "99309", "Attending visit", vs[1], True, "P1"),
            row(ns[3], short, s2, e2, "0191", f"Nursing facility days ({(e2 - s2).days + 1})", snf2, False, "C5"),
            row(ns[4], f"Dr. {att}", vd[2], vd[2], "99309", "Attending visit", vs[2], True, "P1")]
    p.table(["Claim no.", "Provider", "From", "To", "Code", "Service", "Billed", "Allowed", "Plan paid",
             "You owe", "Note"], rows, [28, 64, 19, 19, 11, 40, 18, 17, 17, 16, W - 249], size=7.6,
            aligns=["L"] * 6 + ["R"] * 4 + ["C"])
    p.para(f"**Notes.** P1: paid under your plan. C5 (CARC 96, non-covered charge): from {fdate(s2, 'long')} the "
           "facility gave help with bathing, meals and walking but no daily skilled nursing or therapy. That is "
           f"custodial care, which your plan does not cover in any setting. The facility ({SNF}) "
           "billed those days on the claim marked C5; the doctor's visits during those days are paid. You may owe "
           f"the facility for these days. Reviewed by Dr. {rev}.", 8.2)
    p.para("Appeal within 180 days of the statement date. Urgent appeals: 72 hours.", 8.2)
    d1 = (out(p), truth("eob", "not_covered", insurer=INS, group=GROUP, member_id=m, member_name=member,
                        cases=[ns[3]], claim_amount=m2(snf2), service_dates=[f"{s2.isoformat()}/{e2.isoformat()}"],
                        denial_date=sd.isoformat(), provider=SNF, appeal_deadline=plus(sd, 180).isoformat(),
                        alternates={"insurer": ALT, "provider": [short],
                                    "service_dates": [[s2.isoformat(), e2.isoformat()]]},
                        denial_alternates=["level_of_care"]))
    member2, dau, att2, sig = people(rng, 4)
    m2_ = mid(rng)
    v = dt.date(2026, 6, rng.randint(2, 24))
    nd = plus(v, rng.randint(20, 30))
    n = clm(rng)
    b = amount(rng, 140, 220)
    q = DVSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.para(fdate(nd, "long"), 10)
    for ln in [dau, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Member", member2), ("Member ID", m2_), ("Group", GROUP), ("Claim", n)], label_w=28, size=9.6)
    q.ln(2)
    q.para(f"Dear {dau}:", 10)
    q.para(f"Dr. {att2} of {MDS} saw your mother at {SNF} on {fdate(v, 'long')} and billed us {money(b)} for the "
           "visit (99309). We had already paid the same doctor for a visit with the same code on the same day, so "
           "this second claim is a copy of the first. We did not pay it again.", 10)
    q.para("If the doctor saw your mother twice that day, the office may send the notes and a corrected claim. "
           "You do not owe anything for this claim. You may appeal within 180 days of the date of this letter.", 10)
    q.para(f"Sincerely,\n{sig}\nClaims", 10)
    d2 = (out(q), truth("denial_letter", "other", insurer=INS, group=GROUP, member_id=m2_, member_name=member2,
                        cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                        provider=att2, appeal_deadline=plus(nd, 180).isoformat(),
                        alternates={"insurer": ALT, "provider": [MDS]}))
    return [d1, d2]


def photocopy_bundled(rng):
    member, dau, att, rev = people(rng, 4)
    m = mid(rng)
    adm = dt.date(2026, 7, rng.randint(1, 10))
    dis = plus(adm, rng.randint(10, 14))
    nd = plus(dis, rng.randint(25, 35))
    by = plus(nd, 180)
    n = clm(rng)
    rb = amount(rng, 7000, 9500)
    pt, ot = amount(rng, 900, 1400), amount(rng, 700, 1100)
    vac = amount(rng, 380, 620)
    tot = round(rb + pt + ot + vac, 2)
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar(f"CLAIM DECISION  -  CLAIM {n}", "Form QG-CD-3 (rev. 01/2026)")
    W = p.w - p.l_margin - p.r_margin
    p.cbox_row([("Date of this notice | Date mailed", f"{fdate(nd, 'slash')} | {fdate(plus(nd, 1), 'slash')}"),
                ("Sent to (authorized\nrepresentative)", f"{dau} (daughter)"), ("Appeal\nby", fdate(by, "slash"))],
               [72, 78, W - 150])
    p.cbox_row([("Member name | Member ID", f"{member} | {m}"), ("Group", GROUP), ("Date of\nbirth",
                                                                                  fdate(dob(rng), "slash"))],
               [110, 36, W - 146])
    p.cbox_row([("Billing provider", SNF), ("Attending physician\n(not on this claim)", f"Dr. {att}")],
               [112, W - 112])
    p.ln(2)
    vd = plus(adm, rng.randint(2, 5))
    p.table(["Date", "Rev / HCPCS", "Description", "Units", "Billed", "Paid", "Code"],
            [[fdate(adm, "slash"), "0191", "Skilled nursing days", str((dis - adm).days), money(rb, "nosign"),
              money(round(rb * 0.6, 2), "nosign"), "P1"],
             [fdate(plus(adm, 1), "slash"), "0420 / 97110", "Physical therapy", "10", money(pt, "nosign"),
              money(round(pt * 0.6, 2), "nosign"), "P1"],
             [fdate(plus(adm, 1), "slash"), "0430 / 97535", "Occupational therapy", "8", money(ot, "nosign"),
              money(round(ot * 0.6, 2), "nosign"), "P1"],
             [fdate(vd, "slash"), "0270 / A6550", "Wound vacuum supplies", "1", money(vac, "nosign"), "0.00", "97"],
             ["", "", "Claim total", "", money(tot, "nosign"), money(round((rb + pt + ot) * 0.6, 2), "nosign"), ""]],
            [24, 28, 56, 14, 24, 24, W - 170], size=8.6, aligns=["L", "L", "L", "C", "R", "R", "C"], bold_last=True)
    p.para("Code 97 (CARC 97): the benefit for this service is included in the payment for another service already "
           "paid. Our contract with the facility pays one daily rate for each skilled nursing day, and that rate "
           "includes wound care supplies. The facility may not bill them separately, and it may not bill your "
           f"father for them. Reviewed by {rev}, coding specialist.", 8.8)
    p.para("To appeal, write to us by the date in the 'Appeal by' box. Fast appeals: 72 hours.", 8.8)
    t = truth("denial_letter", "coding_error", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(vac), service_dates=[vd.isoformat()], denial_date=nd.isoformat(), provider=SNF,
              appeal_deadline=by.isoformat(),
              alternates={"insurer": ALT, "claim_amount": [m2(tot)]}, type_alternates=["eob"])
    return out(p), t


def phone_es(rng):
    member, wife, att, sig = people(rng, 4)
    m = mid(rng)
    a = dt.date(2026, 3, rng.randint(2, 12))
    b = plus(a, rng.randint(8, 12))
    nd = plus(b, rng.randint(25, 35))
    n = clm(rng)
    bill = amount(rng, 5000, 8000)
    p = DVSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [wife, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Miembro", member), ("Número de miembro", m), ("Grupo", GROUP), ("Reclamo", n)], label_w=42, size=9.6)
    p.ln(2)
    p.para(f"Estimada {wife}:", 10)
    p.para(f"Su esposo estuvo en {SNF} desde el {fdate(a, 'long', 'es')} hasta el {fdate(b, 'long', 'es')}. El "
           f"centro nos cobró {money(bill)} por esos días. El Dr. {att}, de {MDS}, lo atendió allí; sus visitas ya "
           "fueron pagadas.", 10)
    p.para("Su plan exige que el centro nos pida aprobación antes de un ingreso a un centro de enfermería "
           "especializada. El centro no la pidió ni nos avisó del ingreso. Por eso no pagamos estos días. El centro "
           "está en nuestra red y no puede cobrarle a usted por ellos.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           f"en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(bill), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=nd.isoformat(), provider=SNF, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


def lowres_oon(rng):
    member, son, att, sig = people(rng, 4)
    m = mid(rng)
    a = dt.date(2026, 6, rng.randint(1, 8))
    b = plus(a, rng.randint(14, 18))
    rcv = plus(b, rng.randint(5, 10))
    nd = plus(rcv, rng.randint(10, 20))
    n = clm(rng)
    bill = amount(rng, 11000, 16000)
    far = "Bellmarsh Shore Nursing and Rehabilitation"
    p = DVSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [son, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {member}   Member ID {m}   Group {GROUP}   Claim {n}", 9.6)
    p.ln(1)
    p.para(f"Dear {son}:", 10)
    p.para(f"You are your father's authorized representative, so we are writing to you about the nursing facility "
           f"stay that began on {fdate(a, 'long')} and ended on {fdate(b, 'long')}, at {far} in Cape May, New "
           f"Jersey. Dr. {att} cared for him there. The facility billed us {money(bill)}, and we received the claim "
           f"on {fdate(rcv, 'slash')}.", 10)
    p.para(f"{far} is not in your plan's network, and your plan pays for care outside the network only in an "
           f"emergency. Skilled nursing care after a hospital stay is planned care; {SNF} and other network "
           "facilities near your father's home had beds that week. We did not pay the claim, and the facility may "
           "bill your father.", 10)
    p.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Call {phone(rng)} (TTY 711).",
           10)
    p.para(f"Sincerely,\n{sig}\nClaims Department", 10)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(bill), service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(),
              provider=far, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [att], "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


def bd_approval(rng):
    member, wife, att, cm = people(rng, 4)
    m = mid(rng)
    nd = dt.date(2026, 8, rng.randint(3, 20))
    a = plus(nd, 1)
    b = plus(a, 13)
    r = ur(rng)
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [wife, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member", member), ("Member ID", m), ("Group", GROUP), ("Review number", r)], label_w=34, size=9.6)
    p.ln(2)
    p.para(f"Dear {wife}:", 10)
    p.para(f"Dr. {att} asked us to approve more skilled nursing days for your husband at {SNF}. We approved 14 more "
           f"days, from {fdate(a, 'long')} through {fdate(b, 'long')}. The doctor's visits during the stay are "
           "covered as usual.", 10)
    p.para(f"Before the last approved day the facility will tell us how he is doing. Your case manager is {cm}, "
           f"{phone(rng)}. Keep this letter for your records.", 10)
    t = truth("other", None, insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[r],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=SNF,
              alternates={"insurer": ALT, "provider": [att], "case_numbers": [[]],
                          "service_dates": [[], [a.isoformat(), b.isoformat()]]})
    return out(p), t


def clean_appeal(rng):
    member, rep, att, revmd, pharm = people(rng, 5)
    m = mid(rng)
    adm = dt.date(2026, 2, rng.randint(2, 12))
    a_end = plus(adm, 20)
    first_nc = plus(a_end, 1)
    dis = plus(first_nc, rng.randint(8, 12))
    nd = plus(dis, rng.randint(30, 40))
    ap = f"APL-{digits(rng, 7)}"
    r = ur(rng)
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Appeals")
    p.title_bar("APPEAL DECISION", "Form QG-AP-2 (rev. 12/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.cbox_row([("Date of this notice", fdate(nd, "long")), ("Sent to", f"{rep} (authorized representative)")],
               [60, W - 60])
    p.cbox_row([("Member name | Member ID", f"{member} | {m}"), ("Appeal number | Original review number",
                                                                 f"{ap} | {r}")], [W / 2, W / 2])
    p.cbox_row([("Facility", SNF), ("Attending physician", f"Dr. {att}"), ("Decision", "DENIAL UPHELD")],
               [90, 60, W - 150])
    p.cbox_row([("Days approved earlier", f"{fdate(adm, 'slash')} - {fdate(a_end, 'slash')}"),
                ("Days in this appeal: from", fdate(first_nc, "slash")), ("to", fdate(dis, "slash"))],
               [70, 60, W - 130])
    p.ln(3)
    p.bar("What we decided and why")
    p.para(f"You asked us to cover the skilled nursing days from {fdate(first_nc, 'long')} through "
           f"{fdate(dis, 'long')}. Dr. {revmd}, a physician who did not take part in the first decision, read the "
           "facility's records and Dr. " + att + "'s notes. After the earlier approved days the wound was closing, "
           "the antibiotic had ended, and the nursing notes record checks of vital signs and help with daily tasks, "
           "not care that only a nurse or therapist can give. Those days did not need skilled nursing care, so we "
           f"are keeping our decision. Our clinical pharmacist, {pharm}, confirmed the antibiotic end date.", 9)
    p.bar("What you can do next")
    p.para("You may ask for a second-level appeal within 60 days of the date of this notice. You may instead ask "
           "for an external review by an independent review organization within 4 months of this notice. Urgent "
           f"external reviews are decided within 72 hours. Call {phone(rng)} (TTY 711).", 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=member, cases=[ap, r],
              service_dates=[f"{first_nc.isoformat()}/{dis.isoformat()}"], denial_date=nd.isoformat(), provider=SNF,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [att], "case_numbers": [[ap], [r]],
                          "service_dates": [[first_nc.isoformat(), dis.isoformat()]]},
              denial_alternates=["level_of_care"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_concurrent_review_form_skilled_care_ends", "fax_standard_g4", [faxstd_ur(rng)]),
        Item(F + "faxstd_stack_cover_eob_five_claims_custodial_days_then_duplicate_visit_sideways",
             "fax_standard_g4", faxstd_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
        Item(F + "photocopy_claim_form_wound_supplies_in_daily_rate", "photocopy", [photocopy_bundled(rng)]),
        Item(F + "phone_es_ingreso_sin_aprobacion", "phone_photo", [phone_es(rng)]),
        Item(F + "lowres_letter_to_son_facility_outside_network", "scan_lowres_150", [lowres_oon(rng)]),
        Item(F + "born_digital_extension_approval", "born_digital", [bd_approval(rng)]),
        Item(F + "clean_appeal_decision_form_upheld", "scan_clean_300", [clean_appeal(rng)]),
    ]
