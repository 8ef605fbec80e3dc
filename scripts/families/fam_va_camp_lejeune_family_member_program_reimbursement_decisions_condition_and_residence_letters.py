"""Papers mirrored (structure and plain wording style only) from the VA's Camp Lejeune Family Member Program
(CLFMP), under which the Department of Veterans Affairs pays providers, or pays back family members, for care of
family members of Veterans who served at Camp Lejeune: explanations of payment to providers and to family members,
decisions on applications and residence, claim letters, a reconsideration decision. Public rules used as
themselves: a family member must have lived (or been in utero) at Camp Lejeune or MCAS New River for at least 30
days, counted together, between August 1, 1953 and December 31, 1987, and be related to a Veteran who served there;
the program pays only for care of one of the fifteen listed conditions for which the family member is approved
(among them breast, bladder, kidney and lung cancer and neurobehavioral effects); it pays last, after every other
health plan the family member has (a Medicare Advantage plan, an employer plan); a decision may be reviewed within
one year of its date (Supplemental Claim, Higher-Level Review, Board of Veterans' Appeals). The VA, the Veterans
Health Administration, the Board, Medicare, VA Form 10182, CPT and ICD-10 codes appear as themselves (their wording
is my own). The program's family member ID shape, its office code, reason codes (P1, C4, O2), the 90-day provider
review limit, the 60-day records limit, the PO box, every hospital, clinic, billing company, service office,
person, number and address are invented; phones use 555. No heading names the kind of denial; each reason is put in
plain words of my own.

Documents (8 in 7 files):
- faxstd_landscape_eop_three_family_members_blood_pressure_visits: a landscape provider explanation of payment on
  a standard fax to an internal medicine and oncology group's billing company, short captions left of and under
  their boxes ("EOP dt", "Payee", "TIN", "EFT trace", "Grp prov", "Grp NPI", "EOP #"), three family members with a
  "Rendering" column, billed / OHI pd / mbr share / VA pd / adj (printed with a trailing minus) and claim
  subtotals, the middle member's three blood pressure lines on two days paying 0.00 under C4 because high blood
  pressure is not the condition the member is approved for (not_covered; legend only); "within 90 days of the EOP dt".
  Hard: the payee is a billing company, the provider a column, the ID has letters among digits.
- born_digital_payment_letter_three_infusion_days_paid: an explanation of payment to a family member with an "In
  Reply Refer To" block (office code, claim number, a military date "04 MAR 2026"), the family member's employer
  plan and its member number as decoys, three chemotherapy days printed "Tue Feb 3, 2026", billed / other plan
  paid / your cost / VA paid you, and a direct deposit advice with the amount in words; denies nothing (eob, null).
- lowres_application_decision_nineteen_days_on_base: a 150 dpi decision with odd captions under their boxes
  ("Ltr dt", "Appl #", "Veteran", "Days found", "Medicare no.", "Clm ref."): the housing records show 19 days at
  Camp Lejeune in 1986, fewer than 30, so the application and the hospital stay "from March 2 through March 6,
  2026" that came with it are refused (eligibility); amount only in a sentence; "within one year from the date of
  this letter". Hard: residence dates from 1986 beside the 2026 stay, no program ID yet (the Medicare number only).
- photocopy_hospital_letter_medicare_advantage_not_billed_first: a photocopied letter to a hospital with a parties
  box (hospital, attending urologist, billing agent), an ID panel (the program ID printed with dashes beside the
  Medicare number and the Medicare Advantage plan's member number) and a three-claim table (billed / OHI paid / VA
  paid / not paid in parentheses / received, totals) where only the bladder procedure of Wednesday, March 11, 2026
  is refused because the Medicare Advantage plan was never billed (other, coordination of benefits); "send it by
  July 31, 2026".
- phone_es_carta_neurofeedback_ocho_sesiones: a photographed Spanish letter to a family member approved for
  neurobehavioral effects: eight neurofeedback sessions (dates "lun 2/3/2026", day first) at a clinic, the
  therapist only in a sentence, refused because the treatment is still being studied (experimental); "US$
  1.440,00 ($1,440.00)"; "dentro de un año contado desde la fecha de esta carta".
- rotated_reconsideration_repeat_pet_scan_kept: a reconsideration decision in a grid of boxes (decision date
  "23 APR 2026", reconsideration and claim numbers, imaging centre beside the ordering oncologist) keeping the
  refusal of a PET/CT six weeks after the last one as not needed (medical_necessity); the earlier, paid scan's
  date as a decoy; "must reach the Board by <military date>"; fed sideways.
- finefax_stack_cover_service_officer_letter_then_records_notice_upside_down: a fax cover sheet, a county
  Veterans service officer's letter forwarding the program's notice to a cancer institute's billing office and
  asking it to send the doctor's records (other, null; its own file number as decoy; no deadline), then the
  program's two-page notice closing a radiation claim "9-13 Feb 2026" because the treating doctor's records never
  came within 60 days (other, records not received), its second page (what to do, "within 365 days of the notice
  date printed on page 1") upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundec_famga import span_dash, span_dmy, span_words
from kit_rounded_famha import (EDSheet, dayname, es_date, es_money, es_short, grouped, mil, mixed_id, n2, paren,
                               people, phone, plus_year, trail, weekday_on, words, workday)
from public_kit import digits, fdate, m2, mbi, money, out, plus, truth

FAMILY = "va_camp_lejeune_family_member_program_reimbursement_decisions_condition_and_residence_letters"
LANG = "en"
SEED = 354930
INS = "U.S. Department of Veterans Affairs"
ALT = ["Department of Veterans Affairs", "Veterans Health Administration", "Camp Lejeune Family Member Program",
       "VA Camp Lejeune Family Member Program", "VA", "CLFMP"]
GROUP = "Tolland Cove Internal Medicine & Oncology"
BILLER = "Calloway Mere Revenue Services"
INFUSION = "Ospreyhurst Infusion Center"
HOSP1 = "Moorcliffe Regional Medical Center"
HOSP2 = "Pennock Fold Hospital"
AGENT = "Fallowgate Claims Partners"
CLINIC_ES = "Centro de Neuroterapia Lindqvale"
IMAGING = "Greyholm PET & Imaging Center"
CANCER = "Tolland Cove Cancer Institute"
VSO = "Quorley County Veterans Service Office"
EMP_PLAN = "Kilnhurst Mutual Health Plan"
MA_PLAN = "Tarn Ridge Advantage Plus (HMO)"
UNIT = "Camp Lejeune Family Member Program"


def fm_id(rng):
    """The program's family member ID: 'FM' and eight characters, two of them letters OCR reads as digits."""
    return "FM" + mixed_id(rng, 8, 2)


def claim_no(rng):
    return f"CL26{mixed_id(rng, 9, 1)}"


def vet_file(rng):
    return f"{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"


def _head(p, rng, box=None):
    p.head(INS, "VA", ["Veterans Health Administration  |  " + UNIT,
                       f"PO Box {rng.randint(460100, 469900)}, Denver CO 80246-{digits(rng, 4)}  |  "
                       f"1-{phone(rng)}  |  TTY 711"], box=box, size=12.5)


def faxstd_eop(rng):
    names = people(rng, 6, maxlen=18)
    pts, docs = names[:3], names[3:]
    ed = workday(dt.date(2026, 4, rng.randint(6, 17)))
    W = 279.4 - 24
    fax = (f"{ed.strftime('%m/%d/%y')} {rng.randint(8, 17)}:{rng.randint(10, 59)}  FROM VA CLFMP CLAIMS "
           f"{phone(rng)}  TO {BILLER.upper()}  P.{{n}}")
    p = EDSheet(footer="Page {n} of {nb}", footer_left="CLFMP-EOP-P (rev. 02/26)", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("EXPLANATION OF PAYMENT  -  PROVIDER COPY  -  CAMP LEJEUNE FAMILY MEMBER PROGRAM")
    eop = f"EOP{digits(rng, 9)}"
    p.capcells([("EOP dt", fdate(ed, "slash"), 40, "B"), ("Payee", BILLER, 96, "L"),
                ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}", 46, "L"), ("EFT trace", f"8{digits(rng, 13)}",
                                                                        W - 182, "B")])
    p.capcells([("Grp prov", GROUP, 118, "L"), ("Grp NPI", digits(rng, 10), 50, "B"), ("EOP #", eop, W - 168, "B")])
    p.ln(1)
    plan = [("paid", "C50.412", [("96413", "chemo inf 1st hr", 0), ("J9355", "trastuzumab x42", 0)]),
            ("deny", "I10", [("99214", "office visit", 0), ("93000", "EKG w/ interp", 0), ("99213", "f/u visit", 14)]),
            ("paid", "C64.12", [("99215", "office visit", 0), ("74178", "CT abd/pelvis", 0)])]
    claims, deny = [], None
    for nm, dr, (kind, dx, lines) in zip(pts, docs, plan):
        pid = fm_id(rng)
        cl = claim_no(rng)
        acct = f"TC{digits(rng, 6)}"
        d1 = dt.date(2026, 3, rng.randint(2, 12))
        rows, dates = [], []
        for cpt, desc, off in lines:
            d = d1 + dt.timedelta(days=off)
            dates.append(d)
            billed = float(rng.choice([185, 210, 240, 265, 320, 415, 880, 1240]))
            if cpt == "J9355":
                billed = 3865.00
            ohi = round(billed * rng.uniform(0.45, 0.6), 2)
            share = round(billed * rng.uniform(0.08, 0.15), 2)
            adj = round(billed - ohi - share, 2)
            va = 0.0 if kind == "deny" else share
            rows.append([d.strftime("%m/%d/%y"), f"{cpt} {desc}", dx, dr, billed, ohi, share, va, adj,
                         "C4" if kind == "deny" else "P1"])
        last, first, mi = nm.split()[-1], nm.split()[0], nm.split()[1].rstrip(".")
        claims.append({"lead": [f"{last.upper()}, {first.upper()} {mi}", pid, acct, cl], "lines": rows})
        if kind == "deny":
            deny = (nm, pid, cl, sorted(set(dates)), dr)
    fmt = lambda i, v: trail(v) if i == 4 else n2(v)  # noqa: E731
    subs, tot = p.remit(["Family mbr", "FM ID", "Pt acct", "Claim #", "DOS", "Svc", "Dx", "Rendering", "Billed",
                         "OHI pd", "Mbr share", "VA pd", "Adj", "Rsn"], claims,
                        [30, 20, 15, 22, 13, 31, 13, 27, 15, 14, 14, 14, 15, W - 243], 5, fmt=fmt, size=6.6,
                        sub_label="Subtot", tot_label="EOP TOTALS")
    p.leaders([("VA paid on this EOP", n2(tot[3])), ("EFT amount", n2(tot[3]))], size=8.2, w=120)
    p.para("**Rsn.** P1: paid the family member's share left after the other health insurance (OHI) paid. "
           "C4: the diagnosis on the line is not a condition this family member is approved for; the program pays "
           "only for care of an approved condition (see the member's approval letter). Adj: the part above what "
           "the OHI allowed, which may not be billed to the family member.", 7.8)
    p.para("To ask us to look at a line again, write within 90 days of the EOP dt and quote the Claim #. Medical "
           "records showing the care was for an approved condition may be sent with the request.", 7.8)
    nm, pid, cl, dates, dr = deny
    t = truth("eob", "not_covered", insurer=INS, member_id=pid, member_name=nm, cases=[cl],
              claim_amount=m2(subs[1][0]), service_dates=[d.isoformat() for d in dates], denial_date=ed.isoformat(),
              provider=dr, appeal_deadline=plus(ed, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [GROUP]},
              denial_alternates=["eligibility", "other"], type_alternates=["denial_letter"])
    return out(p), t


def bd_payment(rng):
    pt, onc, vet, sig = people(rng, 4)
    pid = fm_id(rng)
    cl = claim_no(rng)
    first = weekday_on(dt.date(2026, 1, rng.randint(5, 16)), 1)
    dates = [first + dt.timedelta(days=21 * i) for i in range(3)]
    ld = workday(plus(dates[-1], rng.randint(24, 33)))
    dep = workday(plus(ld, 2))
    emp_id = f"KMH{digits(rng, 9)}"
    p = EDSheet(footer="Page {n} of {nb}", footer_left="CLFMP-EOP-F")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    y = p.get_y()
    end = p.refer_block([("Office", "741/CLF"), ("Claim no.", cl), ("Date", mil(ld))])
    p.address_left([pt, f"{rng.randint(100, 9800)} Loblolly Pine Dr", "Jacksonville NC 28546"], y)
    p.set_y(max(end, p.get_y()) + 4)
    p.title_bar("EXPLANATION OF PAYMENT")
    p.idpanel([("Family member", pt), ("CLFMP ID", grouped(pid, [2, 4, 4])), ("Other health plan", EMP_PLAN),
               ("Plan member no.", emp_id)], widths=[44, 36, 52, 42])
    p.para(f"We received a claim from you for care of your approved condition, breast cancer. Dr. {onc} gave you "
           f"chemotherapy at {INFUSION} on the three days below. Your employer plan paid first; the program paid "
           "you back the part that plan left for you to pay.", 9.8)
    W = p.w - p.l_margin - p.r_margin
    rows, tot = [], [0.0] * 4
    for d in dates:
        billed = 4210.00
        ohi = round(billed * rng.uniform(0.7, 0.8), 2)
        cost = round(rng.uniform(240, 330), 2)
        vals = [billed, ohi, cost, cost]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([dayname(d), INFUSION, "Chemo infusion", *[n2(v) for v in vals]])
    rows.append(["Total", "", "", *[n2(v) for v in tot]])
    p.table(["Date of care", "Provider", "Service", "Billed", "Other plan paid", "Your cost", "VA paid you"], rows,
            [30, 42, 26, 20, 22, 18, W - 158], size=7.8, aligns=["L", "L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para(f"All three days were paid. The program does not pay the part of the bill your plan's contract with the "
           f"center removed, and the center may not bill you for it. Veteran: {vet}.", 9.4)
    p.para(f"{sig}\n{UNIT}", 9.4)
    p.stub("DIRECT DEPOSIT ADVICE", [("Paid to", pt), ("Claim no.", cl), ("Deposit date", fdate(dep, "slash")),
                                     ("Amount", f"$****{tot[3]:,.2f}"), ("Trace no.", f"0{digits(rng, 14)}"),
                                     ("Account ending", digits(rng, 4))],
           note=f"Amount in words: {words(tot[3])}.")
    t = truth("eob", None, insurer=INS, member_id=pid, member_name=pt, cases=[cl], claim_amount=m2(tot[0]),
              service_dates=[d.isoformat() for d in dates], denial_date=ld.isoformat(), provider=INFUSION,
              alternates={"insurer": ALT, "provider": [f"Dr. {onc}"], "denial_date": [dep.isoformat()]},
              type_alternates=["other"])
    return out(p), t


def lowres_residence(rng):
    pt, vet, dr, sig = people(rng, 4)
    appl = f"A26-{digits(rng, 6)}"
    clm = claim_no(rng)
    med = mbi(rng)
    a, e = dt.date(2026, 3, 2), dt.date(2026, 3, 6)
    ld = workday(dt.date(2026, 4, rng.randint(14, 24)))
    charges = 14380.20
    p = EDSheet(footer=None)
    p.set_margins(18, 15, 18)
    p.add_page()
    _head(p, rng)
    for ln in [pt, f"{rng.randint(100, 2999)} Sandpiper Ct", "Beaufort SC 29906"]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ltr dt", fdate(ld, "dash"), 30, "B"), ("Appl #", appl, 30, "B"), ("Veteran", vet, 52, "B"),
                ("Days found", "19", 22, "B"), ("Medicare no.", med, W - 134, "B")], cap=6.0)
    p.capcells([("Clm ref.", grouped(clm, [4, 5, 4]), 52, "B")], cap=6.0)
    p.para(f"Dear {pt}:", 10)
    p.para(f"We have finished looking at your application to the {UNIT} and at the claim {HOSP1} sent with it for "
           f"your stay there {span_words(a, e)}, when Dr. {dr} treated your kidney cancer.", 10)
    p.para("To be paid for as a Camp Lejeune family member, a person must have lived at Camp Lejeune or MCAS New "
           "River (or been in utero while the mother lived or served there) for at least 30 days, counted "
           "together, between August 1, 1953 and December 31, 1987.", 10)
    p.para("The base housing office's records and the Veteran's orders you sent show that you lived in family "
           "housing on the base from June 3, 1986 to June 21, 1986. That is 19 days. We found no other days. "
           "Because that is fewer than 30, we cannot approve your application, and we cannot pay the hospital's "
           f"claim of {money(charges)} for that stay.", 10)
    p.para("If you lived on the base on other days, send us what shows it: a lease or housing assignment, utility "
           "bills, school records, or the Veteran's orders for another period. We will look at your application "
           "again when it comes.", 10)
    p.para("If you disagree with this decision, you may ask for a Supplemental Claim, a Higher-Level Review or an "
           "appeal to the Board of Veterans' Appeals within one year from the date of this letter. The enclosed "
           "sheet explains each choice.", 10)
    p.para(f"Sincerely,\n{sig}\nEligibility Unit, {UNIT}", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=None, member_name=pt, cases=[appl, clm],
              claim_amount=m2(charges), service_dates=[f"{a.isoformat()}/{e.isoformat()}"],
              denial_date=ld.isoformat(), provider=HOSP1, appeal_deadline=plus_year(ld).isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {dr}"], "member_id": [med],
                          "case_numbers": [[appl], [clm]], "service_dates": [[a.isoformat(), e.isoformat()]]})
    return out(p), t


def photocopy_cob(rng):
    pt, uro, sig = people(rng, 3)
    pid = fm_id(rng)
    shown = f"{pid[:2]}-{pid[2:6]}-{pid[6:]}"
    med = mbi(rng)
    ma_id = f"TRA{digits(rng, 8)}"
    proc = dt.date(2026, 3, 11)
    ct = dt.date(2026, 2, rng.randint(16, 20))
    lab = plus(ct, rng.randint(3, 6))
    ld = workday(dt.date(2026, 4, rng.randint(20, 28)))
    dl = dt.date(2026, 7, 31)
    c1, c2, c3 = claim_no(rng), claim_no(rng), claim_no(rng)
    spec = [(c2, fdate(ct, "short"), "CT urogram", 2860.00, 2014.35, 214.00, plus(ct, 19)),
            (c3, fdate(lab, "short"), "Urine cytology", 412.00, 301.10, 38.00, plus(lab, 15)),
            (c1, fdate(proc, "short"), "Cystoscopy, TURBT", 7918.40, None, None, plus(proc, 12))]
    rows, tot = [], [0.0] * 4
    for cl, when, what, billed, ohi, va, got in spec:
        refused = ohi is None
        vals = [billed, 0.0 if refused else ohi, 0.0 if refused else va, billed if refused else 0.0]
        tot = [x + y for x, y in zip(tot, vals)]
        rows.append([cl, when, what, n2(vals[0]), n2(vals[1]), n2(vals[2]), paren(vals[3]), fdate(got, "slash")])
    rows.append(["Totals", "", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), paren(tot[3]), ""])
    p = EDSheet(footer="Page {n} of {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng)
    p.para(fdate(ld, "long"), 10)
    p.para(f"Patient Financial Services\n{HOSP2}\n{rng.randint(200, 4800)} Tidewater Blvd\nNew Bern NC 28562", 10)
    p.parties([("Hospital", HOSP2, f"NPI {digits(rng, 10)}"), ("Attending", f"Dr. {uro}, urology",
                                                             f"NPI {digits(rng, 10)}"),
               ("Billing agent", AGENT, f"Submitter ID {digits(rng, 6)}")], cap_w=34)
    p.idpanel([("Family member", pt), ("Family member ID", shown), ("Medicare no.", med),
               ("MA plan member no.", ma_id)], widths=[48, 40, 42, W_(p) - 130])
    p.para(f"We have three claims from your hospital for {pt}. Two were paid. The third, for the procedure on "
           f"{dlong(proc)}, was not.", 9.8)
    W = W_(p)
    p.table(["Claim", "Date", "Service", "Billed", "OHI paid", "VA paid", "Not paid", "Received"], rows,
            [27, 17, 32, 20, 20, 18, 20, W - 154], size=7.8, aligns=["L", "L", "L", "R", "R", "R", "R", "L"],
            bold_last=True)
    p.para(f"The program pays last: only what is left after every other plan that covers the family member has "
           f"paid. {pt} is a member of {MA_PLAN}, a Medicare Advantage plan. Claim {c1} ({money(7918.40, 'usd')}) "
           "came to us with no payment and no explanation of benefits from that plan, so we cannot tell what, if "
           "anything, is left for the program to pay.", 9.8)
    p.para(f"Please bill the Medicare Advantage plan first. When it has paid or refused the claim, send us its "
           f"explanation of benefits with a copy of the claim. If you want us to look at claim {c1} again, send it "
           f"by {fdate(dl, 'long')}. You may not bill {pt} for more than the share left after both payers.", 9.8)
    p.para(f"{sig}\nClaims Unit, {UNIT}", 9.8)
    t = truth("denial_letter", "other", insurer=INS, member_id=shown, member_name=pt, cases=[c1],
              claim_amount="7918.40", service_dates=[proc.isoformat()], denial_date=ld.isoformat(), provider=HOSP2,
              appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {uro}"]}, denial_alternates=["not_covered"])
    return out(p), t


def W_(p):
    return p.w - p.l_margin - p.r_margin


def dlong(d):
    return d.strftime("%A, %B %-d, %Y")


def phone_es(rng):
    pt, ther, sig = people(rng, 3, es=True)
    vet = people(rng, 1)[0]
    pid = fm_id(rng)
    cl = claim_no(rng)
    acct = f"CNL-{digits(rng, 5)}"
    d0 = weekday_on(dt.date(2026, 3, 2), 0)
    dates = []
    d = d0
    while len(dates) < 8:
        dates.append(d)
        d = d + dt.timedelta(days=3 if d.weekday() == 0 else 4)
    ld = workday(plus(dates[-1], rng.randint(20, 30)))
    each = 180.00
    p = EDSheet(footer="Página {n} de {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.head(INS, "VA",
           ["Departamento de Asuntos de Veteranos  |  Programa para Familiares de Camp Lejeune",
            f"PO Box {rng.randint(460100, 469900)}, Denver CO 80246  |  1-{phone(rng)}  |  TTY 711"], size=11.5)
    p.para(es_date(ld), 10)
    for ln in [pt, f"{rng.randint(100, 2999)} Calle Palma Real", "Kissimmee FL 34741"]:
        p.line(ln, 10)
    p.ln(2)
    p.idpanel([("Identificación CLFMP", pid), ("Reclamo n.º", cl), ("Cuenta en la clínica", acct)])
    p.para(f"Estimado(a) {pt}:", 10)
    p.para(f"El programa le aprobó a usted la atención de efectos neuroconductuales. {CLINIC_ES} nos envió un "
           f"reclamo por ocho sesiones de neurorretroalimentación (neurofeedback) que le dio {ther} en marzo de "
           "2026:", 10)
    W = W_(p)
    rows = [[es_short(x), "90901", "Neurofeedback", n2(each), "0.00", "0.00"] for x in dates]
    rows.append(["Total", "", "", n2(each * 8), "0.00", "0.00"])
    p.table(["Fecha", "Código", "Servicio", "Cobrado", "Otro seguro pagó", "VA pagó"], rows,
            [30, 18, 40, 26, 30, W - 144], size=8.4, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"No pagamos estas sesiones ({es_money(each * 8)}, o sea {money(each * 8)}). La neurorretroalimentación "
           "todavía se está estudiando: los estudios publicados son pocos y pequeños, y no muestran con claridad que "
           "mejore la memoria, la atención ni el ánimo de las personas con efectos neuroconductuales. El programa "
           "paga solamente la atención cuyo beneficio ya está demostrado.", 10)
    p.para("Si su médico le indica otro tratamiento para los mismos síntomas, pídale a la clínica que nos envíe el "
           "reclamo. Si no está de acuerdo con esta decisión, puede pedir una revisión dentro de un año contado "
           "desde la fecha de esta carta.", 10)
    p.para(f"Atentamente,\n{sig}\nPrograma para Familiares de Camp Lejeune\nVeterano: {vet}", 10)
    t = truth("denial_letter", "experimental", insurer=INS, member_id=pid, member_name=pt, cases=[cl],
              claim_amount=m2(each * 8), service_dates=[x.isoformat() for x in dates], denial_date=ld.isoformat(),
              provider=CLINIC_ES, appeal_deadline=plus_year(ld).isoformat(), lang="es",
              alternates={"insurer": ALT + ["Departamento de Asuntos de Veteranos de los EE. UU."], "provider": [ther]},
              denial_alternates=["not_covered", "medical_necessity"])
    return out(p), t


def rotated_recon(rng):
    pt, onc, vet, reviewer = people(rng, 4)
    pid = fm_id(rng)
    cl = claim_no(rng)
    rc = f"RCN-26-{mixed_id(rng, 5, 1)}"
    prior = dt.date(2026, 2, rng.randint(2, 6))
    scan = plus(prior, 42)
    od = workday(dt.date(2026, 4, rng.randint(20, 28)))
    dl = plus_year(od)
    billed = 6240.00
    p = EDSheet(footer="Page {n} of {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng)
    p.title_bar("DECISION ON YOUR REQUEST FOR RECONSIDERATION")
    p.grid([[("Decision date", mil(od)), ("Recon. no.", rc), ("Claim no.", cl)],
            [("Imaging center", IMAGING), ("Ordering physician", f"{onc}, MD"), ("CLFMP ID", pid)],
            [("Family member", pt), ("Veteran", vet), ("Billed", money(billed))]], size=8.8)
    p.para(f"You asked us to look again at claim {cl}, a PET/CT scan done on {scan.isoformat()} at {IMAGING} for "
           "your approved condition, lung cancer. We first refused it because the records did not show why a new "
           "scan was needed so soon.", 9.8)
    p.para(f"A physician reviewer who took no part in the first decision read the records you and Dr. {onc} sent. "
           f"Your last PET/CT was on {prior.isoformat()}, six weeks earlier, and the program paid for it. Between the "
           "two scans the notes show no new symptoms, no change in your examination and no change of treatment; "
           "your treatment plan called for the next scan after three more cycles of chemotherapy, which had not yet "
           "been given. The reviewer found that the second scan was not needed at that time.", 9.8)
    p.para("We are keeping our decision. The program will pay for a scan when the records show it is needed to "
           "decide or change your care.", 9.8)
    p.para(f"If you still disagree, you may appeal to the Board of Veterans' Appeals on VA Form 10182. Your appeal "
           f"must reach the Board by {mil(dl)}. Reviewer: {reviewer}.", 9.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=pid, member_name=pt, cases=[rc, cl],
              claim_amount=m2(billed), service_dates=[scan.isoformat()], denial_date=od.isoformat(),
              provider=IMAGING, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "provider": [onc], "case_numbers": [[rc], [cl]]})
    return out(p), t


def finefax_stack(rng):
    pt, vso, dr, sig = people(rng, 4)
    pid = fm_id(rng)
    cl = claim_no(rng)
    med = mbi(rng)
    a, e = dt.date(2026, 2, 9), dt.date(2026, 2, 13)
    asked = workday(dt.date(2026, 2, rng.randint(23, 27)))
    nd = workday(plus(asked, rng.randint(62, 70)))
    cd = workday(plus(nd, rng.randint(7, 12)))
    charges = 6115.00
    own = f"QC-VSO-{digits(rng, 4)}"
    # A: the county Veterans service officer's cover letter (its own document; denies nothing)
    A = EDSheet(footer=None)
    A.set_margins(20, 16, 20)
    A.add_page()
    A.office_head(VSO, "Accredited Veterans Service Officer", [f"{rng.randint(100, 900)} Courthouse Sq, Room 14  |  "
                                                               f"Quorley NC 28590  |  {phone(rng, '252')}"])
    A.para(fdate(cd, "long"), 10)
    A.para(f"Billing Office\n{CANCER}\n{rng.randint(100, 4000)} Medical Park Dr\nGreenville NC 27834", 10)
    A.para(f"Re: {pt}, CLFMP claim {cl}\nOur file: {own}", 10)
    A.para("To the billing office:", 10)
    A.para(f"I help {pt}, a Camp Lejeune family member approved for breast cancer, with VA claims. With {pt}'s "
           f"written permission I enclose the notice the {UNIT} sent on {fdate(nd, 'long')} about your claim "
           f"for the radiation treatments of {span_dash(a, e)}.", 10)
    A.para(f"The program closed the claim because Dr. {dr}'s treatment notes and the treating physician's report it "
           f"asked for on {fdate(asked, 'long')} never reached it. Could your office send them to the address on the "
           "notice, with the claim number on each page? The program will open the claim again when they arrive.",
           10)
    A.para("Please hold the account while this is sorted out. Call me with any question.", 10)
    A.para(f"Respectfully,\n\n{vso}\nCounty Veterans Service Officer", 10)
    A.para("Enclosure: VA notice (2 pages)", 8.6)
    d_a = (out(A), truth("other", None, insurer=None, member_id=None, member_name=pt, cases=[cl],
                         service_dates=[f"{a.isoformat()}/{e.isoformat()}"], denial_date=cd.isoformat(),
                         provider=CANCER, unscored=["insurer"],
                         alternates={"provider": [f"Dr. {dr}"], "service_dates": [[a.isoformat(), e.isoformat()]]}))
    # B: the program's two-page notice to the family member; its second page goes in upside down
    B = EDSheet(footer="Page {n} of {nb}", footer_left=f"Claim {cl}")
    B.set_margins(18, 14, 18)
    B.add_page()
    _head(B, rng)
    y = B.get_y()
    end = B.refer_block([("Office", "741/CLF"), ("Claim", cl), ("Notice date", fdate(nd, "slash"))])
    B.address_left([pt, f"{rng.randint(100, 2999)} Live Oak Ln", "Havelock NC 28532"], y)
    B.set_y(max(end, B.get_y()) + 4)
    B.idpanel([("CLFMP ID", pid), ("Medicare no.", med), ("Dates of care", span_dmy(a, e))])
    B.para(f"Dear {pt}:", 10)
    B.para(f"{CANCER} sent us a claim for {money(charges)} for the radiation treatment Dr. {dr} gave you on "
           f"five days ({span_dash(a, e)}).", 10)
    B.para(f"To pay it we need to see that the treatment was for your approved condition. On {fdate(asked, 'long')} "
           "we wrote to the institute and to you asking for the treating doctor's notes for those days and a "
           "treating physician's report, and we said we needed them within 60 days. We have not received them. "
           "We have closed the claim without payment.", 10)
    B.para("Nothing else about the claim was found wrong. See page 2 for what you can do.", 10)
    B.add_page()
    B.heading("What you can do", 11.5, rule=True)
    B.para("Ask the institute to send the notes and the report to the address on page 1, with the claim number on "
           "each page. When they come we will open the claim again; you do not need to send a new claim.", 10)
    B.para("If you disagree with this decision you may ask for a review. Your request must reach us within 365 days "
           "of the notice date printed on page 1.", 10)
    B.para("You do not have to pay the institute while we wait for the records. Free help is available from a "
           "county Veterans service officer or an accredited representative.", 10)
    B.para(f"{sig}\nClaims Unit, {UNIT}", 10)
    d_b = (out(B), truth("denial_letter", "other", insurer=INS, member_id=pid, member_name=pt, cases=[cl],
                         claim_amount=m2(charges), service_dates=[f"{a.isoformat()}/{e.isoformat()}"],
                         denial_date=nd.isoformat(), provider=CANCER, appeal_deadline=plus(nd, 365).isoformat(),
                         alternates={"insurer": ALT, "provider": [f"Dr. {dr}"],
                                     "service_dates": [[a.isoformat(), e.isoformat()]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_landscape_eop_three_family_members_blood_pressure_visits", "fax_standard_g4",
             [faxstd_eop(rng)]),
        Item(F + "born_digital_payment_letter_three_infusion_days_paid", "born_digital", [bd_payment(rng)]),
        Item(F + "lowres_application_decision_nineteen_days_on_base", "scan_lowres_150", [lowres_residence(rng)]),
        Item(F + "photocopy_hospital_letter_medicare_advantage_not_billed_first", "photocopy", [photocopy_cob(rng)]),
        Item(F + "phone_es_carta_neurofeedback_ocho_sesiones", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_reconsideration_repeat_pet_scan_kept", "rotated", [rotated_recon(rng)]),
        Item(F + "finefax_stack_cover_service_officer_letter_then_records_notice_upside_down", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 1): 180}),
    ]
