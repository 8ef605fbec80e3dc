"""An invented short-term limited-duration health plan, Tarnhollow Life and Health Insurance Company's "Interval 364
Short-Term Medical", sold to individuals through an association group, refusing claims for health problems it says
the insured already had: each plan option has its own look-back window (12, 24 or 60 months before the coverage
start date), the plan writes to doctors and pharmacies for records from that window, closes claims when the
records never come, and treats a condition first found during an earlier term as one the insured already had when
a new term begins. The company, its plan codes, association group, claim and ID shapes, codes (P24, DN), records
request numbers, every time limit, provider, pharmacy, person, number and address are invented; phones use 555.
CPT and ICD-10 codes appear as themselves. No heading names the kind of denial; each reason is put in plain words
of my own.

Documents (8 in 7 files):
- faxstd_provider_copy_knee_scope_injection_in_window: a provider-copy claim decision on a standard fax with short
  odd captions left of and under their boxes ("Dt", "Ins'd", "Ins'd ID" printed in groups with O and S among
  digits, "Pln", "Assn grp", "Clm", "Svc", "Chg"), a parties box (surgery center, surgeon, nurse reviewer, records
  source), a knee arthroscopy on "Mon 04/06/26" refused because a steroid shot for the same knee fell in the
  12-month window (not_covered); "within 60 days of the Dt above". Hard: which party is the provider, captions of
  two letters, a records-request number as decoy.
- born_digital_eob_two_claims_diabetes_lines_refused: a member EOB with an ID panel (Insured ID beside the
  application number), two claims with claim subtotals and totals in six money columns, only the endocrinology
  claim's three lines refused ("Not covered" with a trailing minus; code P24 explained only in the legend);
  "within 180 days after you receive this statement" (nothing to count from: null).
- lowres_letter_records_never_came_two_therapy_visits: a 150 dpi letter with values printed before their captions
  (dot leaders), two physical therapy visits "Tuesday, March 10, 2026 and Thursday, March 12, 2026" closed without
  payment because the family doctor never sent the chart the plan asked for (other, records not received); therapy
  clinic and family practice only in sentences, "USD 1,284.00" only in a sentence; "within 90 days of the date of this
  letter".
- photocopy_letter_second_term_kidney_stone: a photocopied letter: a new term is a new policy, so a kidney stone
  first found during the first term counts as a condition the insured already had; two hospital claims refused
  (amounts in parentheses), a paid urgent care claim in the same table, totals; the hospital only in a sentence;
  "on the 14th and the 20th of March"; "so it arrives by Friday, June 19, 2026".
- phone_es_carta_hernia_ventana_60_meses: a photographed Spanish letter with values over their captions (no boxes):
  a hernia repair "el martes 3 de marzo de 2026" refused because a visit in 2022 for a lump in the groin falls
  inside the 60-month window ("US$ 6.240,00 ($6,240.00)"); "dentro de 180 días a partir de la fecha de esta carta".
- rotated_appeal_decision_shoulder_mri_now_paid: an appeal decision with captions beside boxes reversing the
  refusal of a shoulder MRI (the window's visit was for a neck strain), fed sideways (denies nothing: other, null).
- scan_stack_clinic_cover_letter_blank_then_notice_echo_holter_sideways: a heart clinic's billing office cover
  letter to the patient (other, null; account number and a 60-day hold as decoys), a blank separator, then the
  plan's two-page notice refusing an echocardiogram and a heart monitor (ISO dates in a table) because a beta
  blocker was filled for palpitations inside the 24-month window (not_covered), its second page (rights, "within
  180 days of this notice's date") turned sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundec_famga import (ECSheet, dlong, dshort2, es_date, es_money, grouped, mixed_id, n2, paren, people,
                               phone, trail, workday)
from public_kit import digits, fdate, m2, money, out, plus, truth

FAMILY = "short_term_medical_plan_lookback_preexisting_refusal_records_request_and_renewal_term"
LANG = "en"
SEED = 355020
INS = "Tarnhollow Life and Health Insurance Company"
ALT = ["Tarnhollow", "Tarnhollow Life and Health", "Tarnhollow Life & Health Insurance Company"]
PRODUCT = "Interval 364 Short-Term Medical"
ASC = "Brennock Hill Surgery Center"
FAMDOC = "Maple Lantern Family Practice"
URGENT = "Ashcombe Urgent Care"
ENDO = "Halvergate Endocrine Associates"
PT = "Ostrander Physical Therapy"
FAMDOC2 = "Dunstall Family Medicine"
HOSP = "Gilcrest Memorial Hospital"
SURG_ES = "Centro Quirúrgico Paloverde"
CLIN_ES = "Clínica Familiar Tres Arroyos"
IMG = "Cloverhitch Imaging"
HEART = "Fernacre Heart Clinic"


def ins_id(rng):
    """TLH and nine characters, two of them letters OCR reads as digits."""
    return "TLH" + mixed_id(rng, 9, 2)


def plan_code(rng, opt):
    return f"I364-{opt}"


def group_no(rng):
    return "AG" + mixed_id(rng, 6, 1)


def claim_no(rng):
    return f"S{rng.choice('26')}{digits(rng, 2)}-{mixed_id(rng, 7, 1)}"


def _head(p, rng, unit, box=None):
    p.head(INS, "TL", [f"{PRODUCT}  |  {unit}", f"PO Box {rng.randint(5200, 5899)}, Sioux Falls SD 57117  |  "
                                                 f"1-877-555-{digits(rng, 4)}  |  Fax 1-877-555-{digits(rng, 4)}"],
           box=box, size=12.5)


def faxstd_provider(rng):
    ins, surgeon, nurse, fam = people(rng, 4)
    iid = ins_id(rng)
    shown = grouped(iid, [3, 3, 3, 3])
    pc, grp = plan_code(rng, "A"), group_no(rng)
    cl = claim_no(rng)
    start = dt.date(2026, 2, 1)
    shot = dt.date(2025, 9, 22)
    dos = dt.date(2026, 4, 6)
    nd = workday(dt.date(2026, 4, rng.randint(27, 30)))
    chg = 7418.00
    rr = f"RR-{digits(rng, 6)}"
    fax = (f"{nd.strftime('%m/%d/%Y')} {rng.randint(8, 17)}:{rng.randint(10, 59)} TARNHOLLOW STM CLAIMS -> "
           f"{ASC.upper()} BUS. OFFICE  #{digits(rng, 4)} P.{{n}}/1")
    p = ECSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 13, 14)
    p.add_page()
    _head(p, rng, "Claims Office")
    p.title_bar("CLAIM DECISION - PROVIDER COPY", sub="Keep with the remittance. This is not a bill.")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Dt", fdate(nd, "short"), 34, "L"), ("Ins'd", ins, 70, "L"), ("Ins'd ID", shown, W - 104, "B")])
    p.capcells([("Pln", pc, 36, "L"), ("Assn grp", grp, 46, "L"), ("Clm", cl, 54, "L"),
                ("Cov. start", fdate(start, "short"), W - 136, "B")])
    p.capcells([("Svc", f"{dshort2(dos)}  29881 knee arthroscopy, L", 112, "B"), ("Chg", money(chg), W - 112, "B")])
    p.parties([("Facility", ASC, f"NPI {digits(rng, 10)}"), ("Surgeon", f"Dr. {surgeon}", f"NPI {digits(rng, 10)}"),
               ("Nurse reviewer", f"{nurse}, RN", "Clinical review"),
               ("Records from", FAMDOC, f"Request {rr}")], cap_w=34)
    p.para(f"We asked {FAMDOC} for the insured's chart and received it. A note there dated "
           f"{fdate(shot, 'slash')} says {ins.split()[0]} was seen for pain in the same left knee, had a steroid "
           "injection, and was told an orthopedic visit might be needed. That visit is inside the 12 months just "
           f"before the coverage start date of {fdate(start, 'slash')}.", 9.4)
    p.para("Under plan option A, any health problem that was looked at, treated or medicated in those 12 months is "
           "not paid for during this term. The arthroscopy treats that same knee problem, so the claim is refused "
           "in full. The insured has been told by letter.", 9.4)
    p.para("To ask for a second look, write to the Claims Office within 60 days of the Dt above and include any "
           "notes that show the knee problem began after the coverage start date.", 9.4)
    p.para(f"Claims Office fax line: {phone(rng, '877')}", 8.2)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=pc, group=grp, member_id=iid, member_name=ins,
              cases=[cl], claim_amount=m2(chg), service_dates=[dos.isoformat()], denial_date=nd.isoformat(),
              provider=ASC, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {surgeon}"]}, type_alternates=["eob"])
    return out(p), t


def bd_eob(rng):
    ins, endo_dr, uc_dr = people(rng, 3, maxlen=22)
    iid = ins_id(rng)
    appl = f"APP-{digits(rng, 8)}"
    pc, grp = plan_code(rng, "B"), group_no(rng)
    start = dt.date(2026, 1, 15)
    found = dt.date(2025, 11, 18)
    sd = workday(dt.date(2026, 4, rng.randint(6, 14)))
    c1, c2 = claim_no(rng), claim_no(rng)
    u = dt.date(2026, 2, rng.randint(9, 20))
    e1, e2 = dt.date(2026, 3, 2), dt.date(2026, 3, 9)

    def line(d, svc, chg, allowed_pct, refused, ded=0.0):
        disc = round(chg * (1 - allowed_pct), 2)
        allowed = round(chg - disc, 2)
        if refused:
            return [d.strftime("%m/%d/%Y"), svc, chg, disc, allowed, allowed, 0.0, 0.0, "P24"]
        paid = round((allowed - ded) * 0.8, 2)
        return [d.strftime("%m/%d/%Y"), svc, chg, disc, allowed, 0.0, ded, paid, "DN"]

    claims = [{"lead": [c1, URGENT], "lines": [line(u, "99203 new patient visit", 214.00, 0.78, False, 50.0),
                                               line(u, "73610 X-ray ankle", 168.00, 0.7, False)]},
              {"lead": [c2, ENDO], "lines": [line(e1, "99204 new patient visit", 362.00, 0.74, True),
                                             line(e1, "83036 hemoglobin A1c", 64.00, 0.6, True),
                                             line(e2, "95251 glucose monitor review", 121.00, 0.7, True)]}]
    p = ECSheet(footer="Page {n} of {nb}", footer_left=f"EOB {sd.strftime('%Y%m%d')}-{digits(rng, 5)}")
    p.set_margins(13, 12, 13)
    p.add_page(orientation="L")
    _head(p, rng, "Claims Office", box="EXPLANATION OF BENEFITS")
    p.addr_pair("Insured", [ins, f"{rng.randint(100, 9800)} Larkin Bluff Rd", "Rapid City SD 57702"],
                "Statement", [f"Statement date {fdate(sd, 'long')}", f"Term {fdate(start, 'slash')} - "
                              f"{fdate(plus(start, 363), 'slash')}", "Look-back window: 24 months"])
    p.idpanel([("Insured ID", iid), ("Application no.", appl), ("Plan", pc), ("Assn group", grp)])
    W = p.w - p.l_margin - p.r_margin
    fmt = lambda i, v: trail(v) if i == 3 else n2(v)  # noqa: E731
    subs, tot = p.remit(["Claim no.", "Provider", "Date", "Service", "Charged", "Discount", "Allowed",
                         "Not covered", "Deductible", "Plan paid", "Code"], claims,
                        [24, 50, 19, 44, 17, 16, 16, 17, 17, 17, W - 237], 6, fmt=fmt, size=7.4,
                        sub_label="Claim total", tot_label="TOTALS")
    p.boxed_note("Codes", f"DN: network discount applied; the insured owes only the deductible and coinsurance. "
                 f"P24: this line is for a health problem that was found, treated or medicated in the 24 months before "
                 f"the coverage start date ({fdate(start, 'slash')}). A blood sugar test at a pharmacy clinic on "
                 f"{fdate(found, 'slash')} showed diabetes, so care for diabetes is not paid during this term.", 8.4)
    p.para("You can ask us to review anything on this statement within 180 days after you receive it. Write to the "
           "Claims Office and quote the claim number.", 8.8)
    t = truth("eob", "not_covered", insurer=INS, plan_id=pc, group=grp, member_id=iid, member_name=ins, cases=[c2],
              claim_amount=m2(subs[1][0]), service_dates=[e1.isoformat(), e2.isoformat()],
              denial_date=sd.isoformat(), provider=ENDO, appeal_deadline=None,
              alternates={"insurer": ALT})
    return out(p), t


def lowres_records(rng):
    ins, famdr, sig = people(rng, 3)
    iid = ins_id(rng)
    shown = grouped(iid, [3, 4, 5], "-")
    c1, c2 = claim_no(rng), claim_no(rng)
    start = dt.date(2026, 1, 1)
    asked = dt.date(2026, 3, 19)
    v1, v2 = dt.date(2026, 3, 10), dt.date(2026, 3, 12)
    ld = workday(dt.date(2026, 5, rng.randint(4, 12)))
    req = f"RR-{digits(rng, 6)}"
    each = 642.00
    p = ECSheet(footer=None)
    p.set_margins(18, 15, 18)
    p.add_page()
    _head(p, rng, "Claims Office - Records Unit")
    for ln in [ins, f"{rng.randint(100, 9800)} Quarry Hill Dr", "Brookings SD 57006"]:
        p.line(ln, 10)
    p.ln(2)
    p.rpairs([(fdate(ld, "abbr"), "date of this letter"), (shown, "your insured ID"),
              (f"{c1} and {c2}", "claims"), (req, "our records request")], val_w=80, size=9.4)
    p.para(f"Dear {ins}:", 10)
    p.para(f"{PT} sent us two claims for the physical therapy you had on {v1.strftime('%A, %B %-d, %Y')} and "
           f"{v2.strftime('%A, %B %-d, %Y')}, for low back pain. Together they billed USD {n2(each * 2)}.", 10)
    p.para(f"Your plan does not pay for a health problem you already had in the 12 months before your coverage "
           f"started on {fdate(start, 'long')}. To find out, we wrote to Dr. {famdr} at {FAMDOC2} on "
           f"{fdate(asked, 'long')} for your chart from that year, sent you a copy of the request, and allowed 30 "
           "days.", 10)
    p.para("Nothing has come from the practice, and we have not had the chart from you. Without it we cannot tell "
           "whether the back pain started before your coverage, so both claims are closed with no payment.", 10)
    p.para("You, or the therapy clinic, may appeal this within 90 days of the date of this letter. Sending the chart "
           "with the appeal is enough; we will then decide the claims on what it shows.", 10)
    p.para(f"{sig}\nRecords Unit", 10)
    t = truth("denial_letter", "other", insurer=INS, member_id=shown, member_name=ins, cases=[c1, c2],
              claim_amount=m2(each * 2), service_dates=[v1.isoformat(), v2.isoformat()], denial_date=ld.isoformat(),
              provider=PT, appeal_deadline=plus(ld, 90).isoformat(),
              alternates={"insurer": ALT, "case_numbers": [[c1, c2, req]], "claim_amount": [m2(each)]},
              denial_alternates=["not_covered"])
    return out(p), t


def photocopy_term(rng):
    ins, uro, sig = people(rng, 3)
    iid = ins_id(rng)
    pc = plan_code(rng, "C")
    t1a, t1b, t2 = dt.date(2025, 8, 1), dt.date(2026, 1, 31), dt.date(2026, 2, 1)
    first = dt.date(2025, 12, 3)
    d1, d2 = dt.date(2026, 3, 14), dt.date(2026, 3, 20)
    flu = dt.date(2026, 2, rng.randint(16, 24))
    nd = workday(dt.date(2026, 4, rng.randint(20, 28)))
    dl = dt.date(2026, 6, 19)
    c1, c2, c3 = claim_no(rng), claim_no(rng), claim_no(rng)
    spec = [(c3, flu, "Urgent care, flu test", 246.00, False), (c1, d1, "Emergency room", 4310.00, True),
            (c2, d2, "Shock wave lithotripsy", 9875.00, True)]
    rows, tot = [], [0.0] * 5
    for cl, d, what, billed, refused in spec:
        disc = round(billed * 0.22, 2)
        allowed = round(billed - disc, 2)
        vals = [billed, disc, allowed, allowed if refused else 0.0, 0.0 if refused else round(allowed * 0.8, 2)]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([cl, d.strftime("%m/%d/%y"), what, n2(vals[0]), n2(vals[1]), n2(vals[2]), paren(vals[3]),
                     n2(vals[4])])
    rows.append(["Totals", "", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), paren(tot[3]), n2(tot[4])])
    refused_billed = 4310.00 + 9875.00
    p = ECSheet(footer="Page {n} of {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, "Claims Office")
    p.para(fdate(nd, "long"), 10)
    for ln in [ins, f"{rng.randint(100, 9800)} Prairie Smoke Ln", "Mitchell SD 57301"]:
        p.line(ln, 10)
    p.ln(2)
    p.beside([[("Insured ID", iid), ("Plan", pc)],
              [("First term", f"{fdate(t1a, 'slash')} to {fdate(t1b, 'slash')}"),
               ("This term began", fdate(t2, "slash"))]],
             cap_w=26, size=8.8)
    p.para(f"Dear {ins}:", 10)
    p.para(f"We have decided three claims for you. Two of them are for the care you got at {HOSP} on the 14th and the "
           f"20th of March: its emergency room, and then the stone treatment Dr. {uro} gave you there.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Claim", "Date", "Service", "Billed", "Network savings", "Allowed", "Not paid", "Plan paid"], rows,
            [26, 17, 40, 20, 21, 19, 20, W - 163], size=7.6, aligns=["L", "L", "L", "R", "R", "R", "R", "R"],
            bold_last=True)
    p.para(f"The flu test was paid. The two hospital claims, {money(refused_billed)} billed together, were not. "
           f"Each term you buy is a new policy that starts on its own date. Your kidney stone was first found on "
           f"{fdate(first, 'long')}, during your first term, so for the term that began on {fdate(t2, 'long')} it is "
           "a problem you already had when the policy started. This plan does not pay for such a problem during "
           "the term.", 10)
    p.para(f"If you think we have this wrong, send us a written appeal so it arrives by {dlong(dl)}. Tell us why and "
           "send any records that help.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Office", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=pc, member_id=iid, member_name=ins, cases=[c1, c2],
              claim_amount=m2(refused_billed), service_dates=[d1.isoformat(), d2.isoformat()],
              denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {uro}"]})
    return out(p), t


def phone_es(rng):
    ins, surgeon, sig = people(rng, 3, es=True)
    iid = ins_id(rng)
    shown = grouped(iid, [3, 3, 3, 3])
    cl = claim_no(rng)
    start = dt.date(2026, 2, 1)
    visit = dt.date(2022, 8, 14)
    dos = dt.date(2026, 3, 3)
    nd = workday(dt.date(2026, 4, rng.randint(6, 17)))
    amt = 6240.00
    p = ECSheet(footer="Página {n} de {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, "Oficina de Reclamos")
    p.para(es_date(nd), 10)
    for ln in [ins, f"{rng.randint(100, 4800)} W Calle Sierrita", "Tucson AZ 85746"]:
        p.line(ln, 10)
    p.ln(2)
    p.under([(shown, "N.º de asegurado"), (cl, "Reclamo"), (fdate(start, "slash"), "Inicio de la cobertura"),
             ("60 meses", "Período de revisión")], size=9.6)
    p.para(f"Estimado(a) {ins}:", 10)
    p.para(f"{SURG_ES} nos envió la cuenta de la operación de hernia inguinal que el Dr. {surgeon} le hizo el "
           f"{es_date(dos, True)}. El cargo fue de {es_money(amt)} ({money(amt)}).", 10)
    p.para(f"Su opción de plan revisa los 60 meses (5 años) anteriores a la fecha en que empezó su cobertura. En "
           f"ese período, el {es_date(visit)}, usted fue a la {CLIN_ES} por un bulto en la ingle, y allí le dijeron "
           "que era una hernia. La operación trató ese mismo problema. Como ya lo tenía antes de que empezara su "
           "cobertura, el plan no paga la operación.", 10)
    p.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta. Mándenos una "
           "carta con sus razones y cualquier documento médico que las apoye.", 10)
    p.para(f"Atentamente,\n{sig}\nOficina de Reclamos", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=iid, member_name=ins, cases=[cl],
              claim_amount=m2(amt), service_dates=[dos.isoformat()], denial_date=nd.isoformat(), provider=SURG_ES,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [f"Dr. {surgeon}"]})
    return out(p), t


def rotated_overturn(rng):
    ins, orderer, reviewer = people(rng, 3)
    iid = ins_id(rng)
    pc, grp = plan_code(rng, "B"), group_no(rng)
    cl = claim_no(rng)
    appeal = f"AP-{digits(rng, 2)}-{mixed_id(rng, 6, 1)}"
    neck = dt.date(2024, 11, 5)
    dos = dt.date(2026, 2, rng.randint(16, 26))
    dd = workday(dt.date(2026, 5, rng.randint(11, 20)))
    billed = 1940.00
    pay = 1062.40
    p = ECSheet(footer="Page {n} of {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, "Appeals")
    p.title_bar("YOUR APPEAL: WE CHANGED OUR DECISION")
    p.beside([[("Decided", fdate(dd, "long")), ("Appeal no.", appeal)],
              [("Insured", ins), ("Insured ID", iid)],
              [("Claim", cl), ("Plan / group", f"{pc} / {grp}")],
              [("Imaging", IMG), ("Ordered by", f"Dr. {orderer}")]], cap_w=22, size=8.8)
    p.para(f"Dear {ins}:", 10)
    p.para(f"We first refused claim {cl} for the MRI of your right shoulder done at {IMG} on "
           f"{fdate(dos, 'long')} ({money(billed)} billed). We said a visit on {fdate(neck, 'slash')}, inside the "
           "24 months before your coverage began, was for the same problem.", 10)
    p.para(f"{reviewer}, a nurse who had not worked on the claim before, read the notes you sent. That visit was for a "
           "neck strain after a car accident; the shoulder is not mentioned. The shoulder problem began after your "
           "coverage started.", 10)
    p.para(f"We have reversed our decision. We will pay {IMG} {money(pay)}, the plan's share after your deductible, "
           "within 15 business days, and you will receive a new statement. There is nothing more you need to do.", 10)
    p.para("Appeals Unit", 10)
    t = truth("other", None, insurer=INS, plan_id=pc, group=grp, member_id=iid, member_name=ins, cases=[appeal, cl],
              claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=dd.isoformat(), provider=IMG,
              appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [f"Dr. {orderer}"], "case_numbers": [[appeal], [cl]]})
    return out(p), t


def scan_stack(rng):
    ins, cardio, clerk, sig = people(rng, 4)
    iid = ins_id(rng)
    shown = grouped(iid, [3, 3, 3, 3])
    cl = claim_no(rng)
    start = dt.date(2026, 1, 1)
    filled = dt.date(2025, 7, 8)
    noted = dt.date(2025, 6, 30)
    asked, got = dt.date(2026, 3, 31), dt.date(2026, 4, 17)
    d1, d2 = dt.date(2026, 3, 2), dt.date(2026, 3, 16)
    nd = workday(dt.date(2026, 4, rng.randint(22, 29)))
    cd = workday(plus(nd, rng.randint(9, 14)))
    echo, holter = 1642.00, 676.00
    total = echo + holter
    acct = f"FHC{digits(rng, 7)}"
    # A: the heart clinic's billing office cover letter (its own document; denies nothing)
    a = ECSheet(footer=None)
    a.set_margins(20, 16, 20)
    a.add_page()
    a.left_head(HEART, [f"Patient Billing Office  |  {rng.randint(100, 999)} Cathedral Ave  |  Sioux City IA 51101",
                        f"Billing questions {phone(rng, '712')}"], ["Mon-Thu 8:00-4:30", "Fri 8:00-noon"])
    a.para(fdate(cd, "long"), 10)
    a.para(f"{ins}\n{rng.randint(100, 9800)} Bluestem Ct\nNorth Sioux City SD 57049", 10)
    a.para(f"Account no. {acct}", 9.4)
    a.para(f"Dear {ins.split()[0]} {ins.split()[-1]}:", 10)
    a.para(f"Enclosed is a copy of a letter your short-term plan, Tarnhollow, sent about claim {cl} (insured ID "
           f"{shown}) for your echocardiogram on 03/02/26 and your heart monitor on 03/16/26 at our clinic. The plan "
           f"will not pay the charges of {money(total)}.", 10)
    a.para("We have put your account on hold for 60 days so you can appeal to the plan. The letter explains how. If "
           "the plan pays after your appeal, we will bill it again. If not, we will send you a statement and you may "
           "ask us for a payment plan.", 10)
    a.para(f"Sincerely,\n{clerk}\nPatient Billing Office", 10)
    d_a = (out(a), truth("other", None, insurer=None, member_id=iid, member_name=ins, cases=[cl],
                         claim_amount=m2(total), service_dates=[d1.isoformat(), d2.isoformat()],
                         denial_date=cd.isoformat(), provider=HEART, appeal_deadline=None, unscored=["insurer"]))
    # B: the plan's two-page notice; its second page goes in sideways
    b = ECSheet(footer="Page {n} of {nb}", footer_left=f"Insured ID {shown}")
    b.set_margins(18, 14, 18)
    b.add_page()
    _head(b, rng, "Claims Office")
    b.para(f"Notice date {fdate(nd, 'iso')}", 10)
    for ln in [ins, f"North Sioux City SD 57049"]:
        b.line(ln, 10)
    b.ln(2)
    b.idpanel([("Insured", ins), ("Insured ID", shown), ("Claim", cl), ("Coverage began", fdate(start, "slash"))])
    b.para(f"Dear {ins}:", 10)
    b.para(f"We received the claim from {HEART} for two heart tests Dr. {cardio} ordered:", 10)
    W = b.w - b.l_margin - b.r_margin
    b.table(["Date", "Code", "Test", "Billed", "Paid"],
            [[d1.isoformat(), "93306", "Echocardiogram", n2(echo), "0.00"],
             [d2.isoformat(), "93224", "48-hour heart monitor", n2(holter), "0.00"],
             ["Total", "", "", n2(total), "0.00"]], [26, 18, 70, 26, W - 140], size=8.4,
            aligns=["L", "L", "L", "R", "R"], bold_last=True)
    b.para(f"Your plan looks back 24 months before your coverage began. On {fdate(asked, 'long')} we asked your "
           f"earlier doctor and your pharmacy for records from that time; they reached us on {fdate(got, 'long')}. "
           f"They show a visit on {fdate(noted, 'slash')} for a racing heartbeat and a prescription for metoprolol "
           f"filled on {fdate(filled, 'slash')}.", 10)
    b.para("The tests looked into that same heart rhythm problem. Because you were treated for it in the 24 months "
           "before your coverage began, this plan does not pay for it, and the claim is not paid.", 10)
    b.add_page()
    b.heading("If you disagree", 11.5, rule=True)
    b.para("You may appeal within 180 days of this notice's date. Write to the Claims Office at the address on "
           "page 1, tell us why you disagree, and send any records that show the problem began after your coverage "
           "started.", 10)
    b.para("You may ask, free of charge, for copies of the records and plan wording we used. If we uphold our "
           "decision you may be able to ask your state's insurance department for help.", 10)
    b.para("Short-term medical coverage is not the same as comprehensive health insurance and may not cover "
           "health problems you had before it started.", 9)
    b.para(f"{sig}\nClaims Office", 10)
    d_b = (out(b), truth("denial_letter", "not_covered", insurer=INS, member_id=iid, member_name=ins, cases=[cl],
                         claim_amount=m2(total), service_dates=[d1.isoformat(), d2.isoformat()],
                         denial_date=nd.isoformat(), provider=HEART, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [f"Dr. {cardio}"]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_provider_copy_knee_scope_injection_in_window", "fax_standard_g4", [faxstd_provider(rng)]),
        Item(F + "born_digital_eob_two_claims_diabetes_lines_refused", "born_digital", [bd_eob(rng)]),
        Item(F + "lowres_letter_records_never_came_two_therapy_visits", "scan_lowres_150", [lowres_records(rng)]),
        Item(F + "photocopy_letter_second_term_kidney_stone", "photocopy", [photocopy_term(rng)]),
        Item(F + "phone_es_carta_hernia_ventana_60_meses", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_appeal_decision_shoulder_mri_now_paid", "rotated", [rotated_overturn(rng)]),
        Item(F + "scan_stack_clinic_cover_letter_blank_then_notice_echo_holter_sideways", "scan_clean_300",
             scan_stack(rng), separators=["blank", None], turns={(1, 1): 90}),
    ]
