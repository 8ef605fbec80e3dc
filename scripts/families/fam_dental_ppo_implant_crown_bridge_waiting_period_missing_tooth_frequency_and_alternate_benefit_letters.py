"""An invented dental PPO (Stonegarth Dental Insurance Company, "Stonegarth Dental PPO") insuring the dental plans
of three invented employers, refusing or cutting implants, crowns and bridges: a 12-month waiting period for major
services, a missing-tooth clause (no benefit to replace a tooth lost before coverage began), a once-in-60-months
limit on crowns and buildups per tooth, an alternate benefit (a fixed bridge paid at the fee of a removable
partial denture when a partial would replace every missing tooth of the arch), a crown refused because a filling
would do, crowns to change how front teeth look; papers to members and to dental offices. CDT codes and the
Universal tooth numbers appear as themselves; the company, its reason codes (P100, B80, F60, M9), its time limits,
the employers, every dental office, billing service, clinic, dentist, person, number and address are invented;
phones use 555. No heading names the kind of refusal; each reason is put in plain words of my own.

Documents (8 in 7 files):
- faxstd_landscape_payment_register_three_patients_crown_within_60_months: a landscape provider payment register
  on a standard fax to a dental office's billing service, short captions left of and under boxes ("Reg dt" as
  APR 27, 2026, "Payee", "Pay-to TIN", "Chk/EFT", "Office", "Ofc NPI", "Reg #"), three patients of two employer
  groups with a "Treating DDS" column, a tooth column, submitted / allowed / ded / plan pd / pt resp and claim
  subtotals; the middle patient's crown and buildup on tooth 14 pay 0.00 under F60 (a crown on that tooth was paid
  in 2022; legend only); "within 180 days from the Reg dt". Hard: payee is the billing service, the dentist a column.
- born_digital_member_letter_implant_in_waiting_period: a letter to a member with a facts box at the right
  ("Stonegarth ID" in groups, employee number and group as decoys, ordinal dates "January 1st, 2026" for when
  coverage and major services begin) and a tooth chart: an implant and bone graft placed "Tuesday, April 14, 2026"
  inside the 12-month waiting period for major services (not_covered; eligibility accepted); dentist and office
  only in sentences, the amount only in words and a sentence; "on or before Friday, October 23, 2026".
- lowres_office_letter_bridge_paid_as_partial_denture: a 150 dpi letter to a prosthodontics office with odd
  captions under their boxes ("Ntc dt", "Mbr", "Grp", "Clm", "Pt", "Rend. DDS", "Ofc acct"), a tooth chart (3-5
  shaded, 4, 13 and 14 crossed) and a table (submitted / PPO fee / benefit basis / plan pays / office may collect,
  totals) where the three bridge units pay 0.00 and an alternate-benefit row for a partial denture pays half its
  fee (not_covered; other accepted); "within 60 days of the Ntc dt".
- photocopy_family_statement_implant_tooth_lost_before_coverage: a photocopied explanation of dental benefits to a
  subscriber with a shaded member band (ID, group, employer, statement date), the subscriber's paid cleaning claim
  and the spouse's implant and graft on tooth 19 refused under M9 because the tooth was lost before coverage
  began ("(2,310.00)" in a Not covered column, totals; day-named dates "Thu 04/09/26"); "no later than 180 days
  after you receive this statement" (nothing to count from: null).
- phone_es_carta_corona_tijuana_bastaba_empaste: a photographed Spanish letter to a member on a crown placed at a
  Tijuana clinic, refused because the X-rays show a small one-surface cavity a filling would fix
  (medical_necessity; not_covered accepted); exam and X-ray paid; "MXN 9,850.00" beside "US$ 562,86" and the
  claim's total "US$ 620,00 ($620.00)"; "a más tardar el 30 de septiembre de 2026".
- rotated_member_statement_crown_and_buildup_paid: a paid member statement with captions under the values (no
  boxes), ISO dates, the annual maximum used and left as decoys, fed sideways; denies nothing (eob, null).
- scan300_stack_office_letter_then_predetermination_front_crowns_sideways: a dental office's letter to a patient
  forwarding the plan's answer on four front crowns and quoting its own fee (other, null; the appointment date
  kept), the blank duplex back, then the plan's two-page pre-treatment estimate refusing crowns on teeth 7 to 10
  because the teeth are sound and the crowns would only change their color and shape (not_covered), its second
  page (what you can do, "within 180 days of the date of this notice") turned sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounded_famha import (EDSheet, es_date, es_money, grouped, mixed_id, n2, ordinal, paren, people,
                               weekday_on, words, workday)
from public_kit import digits, fdate, m2, money, out, plus, truth

FAMILY = "dental_ppo_implant_crown_bridge_waiting_period_missing_tooth_frequency_and_alternate_benefit_letters"
LANG = "en"
SEED = 355030
INS = "Stonegarth Dental Insurance Company"
ALT = ["Stonegarth Dental", "Stonegarth Dental PPO", "Stonegarth"]
OFFICE = "Ardloch Family & Implant Dentistry"
PROSTH = "Cairnwell Prosthodontics"
BILLER = "Byrnholt Dental Billing Group"
CLINIC_MX = "Clínica Dental Mirasierra"
EMPLOYERS = ["Drewsmoor Logistics", "Hatherwick County Schools", "Brindlemoss Credit Union"]


def mbr_id(rng):
    """Stonegarth's member ID: 'SGD' and seven characters, two of them letters OCR reads as digits."""
    return "SGD" + mixed_id(rng, 7, 2)


def grp_no(rng):
    return f"{digits(rng, 5)}-{rng.choice('ABSZ')}{rng.randint(1, 9)}"


def claim_no(rng):
    return f"26D{mixed_id(rng, 9, 1)}"


def _head(p, rng, box=None):
    p.head(INS, "SD", ["Stonegarth Dental PPO  |  Dental Claims, PO Box " + str(rng.randint(88100, 88999)) +
                       ", Sioux Falls SD 57186  |  1-888-555-" + digits(rng, 4)], box=box, size=12.5)


def faxstd_register(rng):
    names = people(rng, 6, maxlen=18)
    pts, dds = names[:3], names[3:]
    rd = workday(dt.date(2026, 4, rng.randint(20, 29)))
    W = 279.4 - 24
    fax = (f"{rd.strftime('%m/%d/%Y')}  {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}  STONEGARTH DENTAL "
           f"PROVIDER SVCS  >>  {BILLER.upper()}  pg {{n}}")
    p = EDSheet(footer="Page {n} of {nb}", footer_left="SGD-PPR-4", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("PROVIDER PAYMENT REGISTER  -  STONEGARTH DENTAL PPO")
    reg = f"R{digits(rng, 9)}"
    p.capcells([("Reg dt", fdate(rd, "upper"), 40, "B"), ("Payee", BILLER, 96, "L"),
                ("Pay-to TIN", f"{digits(rng, 2)}-{digits(rng, 7)}", 52, "L"), ("Chk/EFT", f"E{digits(rng, 11)}",
                                                                              W - 188, "B")])
    p.capcells([("Office", OFFICE, 118, "L"), ("Ofc NPI", digits(rng, 10), 50, "B"), ("Reg #", reg, W - 168, "B")])
    p.ln(1)
    grps = [grp_no(rng), grp_no(rng)]
    plan = [("paid", grps[0], [("D0120", "periodic eval", "", "P"), ("D0274", "BWX 4 films", "", "P"),
                               ("D1110", "prophy adult", "", "P")]),
            ("deny", grps[1], [("D2950", "core buildup", "14", "F"), ("D2740", "crown porc/ceram", "14", "F")]),
            ("paid", grps[0], [("D2391", "resin 1s post", "19", "B")])]
    claims, deny = [], None
    for nm, dr, (kind, grp, lines) in zip(pts, dds, plan):
        mid = mbr_id(rng)
        cl = claim_no(rng)
        dos = dt.date(2026, 4, rng.randint(1, 14))
        rows, ded_left = [], 50.0
        for cpt, desc, th, how in lines:
            sub = {"D0120": 68.0, "D0274": 92.0, "D1110": 124.0, "D2950": 365.0, "D2740": 1420.0,
                   "D2391": 238.0}[cpt]
            if how == "F":
                rows.append([dos.strftime("%m/%d/%y"), f"{cpt} {desc}", th, dr, sub, 0.0, 0.0, 0.0, sub, "F60"])
                continue
            allowed = round(sub * rng.uniform(0.62, 0.74), 2)
            if how == "P":
                rows.append([dos.strftime("%m/%d/%y"), f"{cpt} {desc}", th, dr, sub, allowed, 0.0, allowed, 0.0,
                             "P100"])
            else:
                ded = min(ded_left, allowed)
                ded_left -= ded
                pd = round((allowed - ded) * 0.8, 2)
                rows.append([dos.strftime("%m/%d/%y"), f"{cpt} {desc}", th, dr, sub, allowed, ded, pd,
                             round(allowed - pd, 2), "B80"])
        last, first, mi = nm.split()[-1], nm.split()[0], nm.split()[1].rstrip(".")
        claims.append({"lead": [f"{last.upper()}, {first.upper()} {mi}", mid, grp, cl], "lines": rows})
        if kind == "deny":
            deny = (nm, mid, grp, cl, dos, dr)
    subs, tot = p.remit(["Patient", "Mbr ID", "Grp", "Claim #", "DOS", "CDT", "Th", "Treating DDS", "Submitted",
                         "Allowed", "Ded", "Plan pd", "Pt resp", "Rsn"], claims,
                        [30, 22, 16, 22, 13, 34, 8, 28, 16, 15, 11, 15, 15, W - 245], 5, size=6.6,
                        sub_label="Clm tot", tot_label="REGISTER TOTALS")
    p.leaders([("Plan paid this register", n2(tot[3])), ("EFT amount", n2(tot[3]))], size=8.2, w=120)
    p.para("**Rsn.** P100: preventive and diagnostic, paid at 100% of the PPO fee. B80: basic, 80% of the PPO fee "
           "after the deductible. F60: a crown, a buildup or another major restoration is a benefit once on the "
           "same tooth in 60 months; this tooth had a crown paid by Stonegarth on 09/14/2022, so the next one is a "
           "benefit from 09/14/2027. The patient may be charged your full fee for an F60 line.", 7.8)
    p.para("Appeals: in writing, within 180 days from the Reg dt, to Dental Appeals at the address above. Quote "
           "the claim number and send the X-rays.", 7.8)
    nm, mid, grp, cl, dos, dr = deny
    t = truth("eob", "not_covered", insurer=INS, member_id=mid, member_name=nm, group=grp, cases=[cl],
              claim_amount=m2(subs[1][0]), service_dates=[dos.isoformat()], denial_date=rd.isoformat(), provider=dr,
              appeal_deadline=plus(rd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [OFFICE]},
              denial_alternates=["other"], type_alternates=["denial_letter"])
    return out(p), t


def bd_waiting(rng):
    pt, dds, sig = people(rng, 3)
    mid = mbr_id(rng)
    grp = grp_no(rng)
    emp = f"E-{digits(rng, 6)}"
    cl = claim_no(rng)
    eff = dt.date(2026, 1, 1)
    major = dt.date(2027, 1, 1)
    dos = dt.date(2026, 4, 14)
    ld = workday(plus(dos, rng.randint(9, 14)))
    dl = dt.date(2026, 10, 23)
    implant, graft = 2985.00, 640.00
    p = EDSheet(footer="Page {n} of {nb}", footer_left=f"Ref. {cl}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    for ln in [pt, f"{rng.randint(100, 9800)} Wheatfield Rd", "Mitchell SD 57301"]:
        p.line(ln, 10)
    p.ln(4)
    side = [("Letter date", fdate(ld, "abbr")), ("Stonegarth ID", grouped(mid, [3, 4, 3])),
            ("Group", f"{grp} ({EMPLOYERS[0]})"), ("Employee no.", emp), ("Claim no.", cl),
            ("Coverage began", ordinal(eff)), ("Major services from", ordinal(major))]
    paras = [f"Dear {pt}:",
             f"Dr. {dds} of {OFFICE} placed a dental implant in the space of your lower right first molar (tooth 30) "
             f"on {dlong(dos)}, with a bone graft the same day, and sent us the claim.",
             f"The office's charges came to {words(implant + graft).lower()} ({money(implant + graft)}).",
             "Your plan counts implants, crowns, bridges and dentures as major services. It pays for them only "
             "after you have been covered by the plan for 12 months in a row. You have been covered since the "
             "first day of this year, so major services become benefits at the start of next year. The implant "
             "and the graft were done before then, and the plan paid nothing toward them.",
             "If you had dental coverage through another employer right before this plan began, with no break, "
             "send us a letter from that plan showing its dates. We may count that time toward the 12 months."]
    p.facts_right(side, paras, side_w=62, size=9.6, title="About this claim")
    p.tooth_chart(missing=[], treated=[30], legend="shaded = on this claim")
    p.para(f"To appeal, write to Dental Appeals at the address above. Send your request so that it reaches us on or "
           f"before {dlong(dl)}. You may also call us at the number above.", 9.6)
    p.para(f"Sincerely,\n{sig}\nMember Services, Stonegarth Dental PPO", 9.6)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=pt, group=grp, cases=[cl],
              claim_amount=m2(implant + graft), service_dates=[dos.isoformat()], denial_date=ld.isoformat(),
              provider=f"Dr. {dds}", appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "provider": [OFFICE]}, denial_alternates=["eligibility"])
    return out(p), t


def dlong(d):
    return d.strftime("%A, %B %-d, %Y")


def lowres_bridge(rng):
    pt, dds, sig = people(rng, 3)
    mid = mbr_id(rng)
    grp = grp_no(rng)
    cl = claim_no(rng)
    acct = f"CP-{digits(rng, 5)}"
    seat = dt.date(2026, 3, 23)
    prep = dt.date(2026, 3, 2)
    nd = workday(dt.date(2026, 4, rng.randint(13, 22)))
    units = [("3", "D6750", "retainer crown", 1150.00, 985.00), ("4", "D6240", "pontic", 1100.00, 940.00),
             ("5", "D6750", "retainer crown", 1150.00, 985.00)]
    basis = 1260.00
    pays = round(basis * 0.5, 2)
    p = EDSheet(footer=None)
    p.set_margins(18, 15, 18)
    p.add_page()
    _head(p, rng)
    p.para(f"{PROSTH}\nAttn: Insurance Coordinator\n{rng.randint(100, 2999)} Prairie Ave, Suite 300\n"
           "Sioux City IA 51101", 10)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ntc dt", fdate(nd, "short"), 28, "B"), ("Mbr", mid, 38, "B"), ("Grp", grp, 30, "B"),
                ("Clm", cl, W - 96, "B")], cap=6.0)
    p.capcells([("Pt", pt, 58, "B"), ("Rend. DDS", f"Dr. {dds}", 62, "B"), ("Ofc acct", acct, W - 120, "B")],
               cap=6.0)
    p.para(f"We have processed your claim for the upper right bridge (teeth 3 to 5) you seated for {pt} on "
           f"{fdate(seat, 'short')} (prepared {fdate(prep, 'short')}).", 9.8)
    p.tooth_chart(missing=[4, 13, 14], treated=[3, 4, 5])
    rows, tot = [], [0.0, 0.0, 0.0, 0.0, 0.0]
    for th, code, desc, sub, fee in units:
        vals = [sub, fee, 0.0, 0.0, fee]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([th, code, desc, n2(sub), n2(fee), "0.00", "0.00", n2(fee)])
    tot = [tot[0], tot[1], basis, pays, round(tot[1] - pays, 2)]
    rows.append(["3-5", "D5213", "alt. benefit: partial denture", "", "", n2(basis), n2(pays), trail_(pays)])
    rows.append(["Totals", "", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), n2(tot[3]), n2(tot[4])])
    p.table(["Th", "Code", "Description", "Submitted", "PPO fee", "Benefit basis", "Plan pays",
             "Office may collect"], rows, [14, 16, 50, 20, 18, 20, 18, W - 156], size=7.8,
            aligns=["L", "L", "L", "R", "R", "R", "R", "R"], bold_last=True)
    p.para("Teeth 13 and 14 on the same arch are also missing, and a bridge from 3 to 5 does not replace them. An "
           "upper partial denture would replace all three missing teeth. When more than one kind of treatment "
           "would restore the mouth, the plan pays toward the one that costs least and still does the job, so we "
           "based our payment on the PPO fee of an upper partial denture, at the 50% the plan pays for major "
           "services. The bridge units themselves were not paid.", 9.4)
    p.para("The patient may be charged the PPO fee less our payment, not your full fee. You may ask us to "
           "reconsider within 60 days of the Ntc dt; send the periodontal charting and a note on why a partial "
           "would not work for this patient.", 9.4)
    p.para(f"{sig}, Dental Consultant Unit", 9.4)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=pt, group=grp, cases=[cl],
              claim_amount=m2(tot[0]), service_dates=[seat.isoformat()], denial_date=nd.isoformat(),
              provider=f"Dr. {dds}", appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [PROSTH],
                          "service_dates": [[prep.isoformat(), seat.isoformat()],
                                            [f"{prep.isoformat()}/{seat.isoformat()}"]]},
              denial_alternates=["other"], type_alternates=["eob"])
    return out(p), t


def trail_(v):
    return f"{v:,.2f}-"


def photocopy_statement(rng):
    sub_nm, spouse, dds1, dds2 = people(rng, 4, maxlen=21)
    mid = mbr_id(rng)
    grp = grp_no(rng)
    sd = workday(dt.date(2026, 5, rng.randint(4, 12)))
    d1 = weekday_on(dt.date(2026, 3, rng.randint(10, 20)), 1)
    d2 = weekday_on(dt.date(2026, 4, 6), 3)
    c1, c2 = claim_no(rng), claim_no(rng)
    acct = f"AFD{digits(rng, 5)}"
    p = EDSheet(footer="Page {n} of {nb}", footer_left="This is not a bill.")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, box="EXPLANATION OF DENTAL BENEFITS")
    for ln in [sub_nm, f"{rng.randint(100, 9800)} Bluestem Ct", "Yankton SD 57078"]:
        p.line(ln, 10)
    p.ln(3)
    p.shaded_band([("ID", mid), ("Group", grp), ("Employer", EMPLOYERS[1]), ("Statement date", fdate(sd, "slash"))])
    W = p.w - p.l_margin - p.r_margin
    head = ["Date", "Th", "Code", "Description", "Treating dentist", "Submitted", "PPO fee", "Plan paid",
            "Your share", "Not covered", "Rmk"]
    widths = [20, 7, 12, 27, 33, 16, 14, 14, 14, 16, W - 173]
    al = ["L", "L", "L", "L", "L", "R", "R", "R", "R", "R", "C"]
    p.line(f"Claim {c1}   Patient: {sub_nm} (subscriber)   Office acct {acct}", 8.6, "B")
    r1 = [("D0120", "periodic eval", 68.0, 44.0), ("D1110", "prophy adult", 124.0, 82.0)]
    rows, t1 = [], [0.0] * 5
    for code, desc, s, fee in r1:
        vals = [s, fee, fee, 0.0, 0.0]
        t1 = [a + b for a, b in zip(t1, vals)]
        rows.append([dayname2(d1), "", code, desc, dds1, n2(s), n2(fee), n2(fee), "0.00", paren(0), "P"])
    rows.append(["Claim total", "", "", "", "", *[n2(v) for v in t1[:4]], paren(t1[4]), ""])
    p.table(head, rows, widths, size=7.2, aligns=al, bold_last=True, row_h=5.0)
    p.line(f"Claim {c2}   Patient: {spouse} (spouse)   Office acct {acct}", 8.6, "B")
    r2 = [("D6010", "implant body", 1890.0), ("D6104", "graft at implant", 420.0)]
    rows, t2 = [], [0.0] * 5
    for code, desc, s in r2:
        vals = [s, 0.0, 0.0, 0.0, s]
        t2 = [a + b for a, b in zip(t2, vals)]
        rows.append([dayname2(d2), "19", code, desc, dds2, n2(s), "0.00", "0.00", "0.00", paren(s), "M9"])
    rows.append(["Claim total", "", "", "", "", *[n2(v) for v in t2[:4]], paren(t2[4]), ""])
    p.table(head, rows, widths, size=7.2, aligns=al, bold_last=True, row_h=5.0)
    tt = [a + b for a, b in zip(t1, t2)]
    p.leaders([("Submitted, this statement", n2(tt[0])), ("Plan paid to the office", n2(tt[2])),
               ("Not covered", paren(tt[4])), ("Annual maximum (each person)", "$1,500.00")],
              size=8.6, w=130)
    p.para("**Rmk.** P: preventive, paid in full at the PPO fee. M9: tooth 19 was already missing when the patient's "
           f"coverage with Stonegarth began on January 1, 2026 (the office's chart notes say it was taken out in "
           "the fall of 2025). The plan does not pay for an implant, bridge or denture that replaces a tooth lost "
           "before the patient was covered. The office may bill its full fee for M9 lines.", 8.4)
    p.para(f"Questions: {OFFICE} treated both patients. If you disagree with this statement, write to us no later "
           "than 180 days after you receive it and include the office's chart notes for tooth 19.", 8.4)
    t = truth("eob", "not_covered", insurer=INS, member_id=mid, member_name=spouse, group=grp, cases=[c2],
              claim_amount=m2(t2[0]), service_dates=[d2.isoformat()], denial_date=sd.isoformat(),
              provider=dds2, appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [OFFICE]}, denial_alternates=["eligibility"])
    return out(p), t


def dayname2(d):
    """Thu 04/09/26"""
    return d.strftime("%a %m/%d/%y")


def phone_es(rng):
    pt, dds, sig = people(rng, 3, es=True)
    mid = mbr_id(rng)
    grp = grp_no(rng)
    emp = f"E-{digits(rng, 6)}"
    cl = claim_no(rng)
    dos = dt.date(2026, 3, 12)
    ld = workday(dt.date(2026, 4, rng.randint(13, 24)))
    dl = dt.date(2026, 9, 30)
    rate = 17.50
    lines = [("D0140", "—", "Examen de urgencia", 650.00, True),
             ("D0220", "30", "Radiografía periapical", 350.00, True), ("D2740", "30", "Corona de porcelana", 9850.00, False)]
    p = EDSheet(footer="Página {n} de {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng)
    p.para(es_date(ld), 10)
    for ln in [pt, f"{rng.randint(100, 2999)} Calle Alamar", "Chula Vista CA 91911"]:
        p.line(ln, 10)
    p.ln(2)
    p.idpanel([("ID Stonegarth", grouped(mid, [3, 4, 3])), ("Grupo", grp), ("Reclamo", cl), ("N.º de empleado", emp)])
    p.para(f"Estimado(a) {pt}:", 10)
    p.para(f"El {es_date(dos, True)}, el Dr. {dds}, de la {CLINIC_MX} en Tijuana, le colocó una corona de porcelana en "
           "el diente 30. Usted pagó la cuenta en pesos y nos pidió que le devolviéramos el dinero. Convertimos los "
           f"pesos a dólares con el tipo de cambio de su recibo (MXN {rate:.2f} por dólar).", 10)
    W = p.w - p.l_margin - p.r_margin
    rows, tm, tu, tp = [], 0.0, 0.0, 0.0
    for code, th, desc, mxn, ok in lines:
        usd = round(mxn / rate, 2)
        paid = round(usd * 0.8, 2) if ok else 0.0
        tm, tu, tp = tm + mxn, tu + usd, tp + paid
        rows.append([f"{dos.day}/{dos.month}/{dos.year}", th, code, desc, f"MXN {mxn:,.2f}", es_money(usd)[4:],
                     n2(paid)])
    rows.append(["Total", "", "", "", f"MXN {tm:,.2f}", es_money(tu)[4:], n2(tp)])
    p.table(["Fecha", "Diente", "Código", "Servicio", "Cobrado (pesos)", "Cobrado (US$)", "Le pagamos"], rows,
            [22, 14, 16, 46, 30, 26, W - 154], size=8.2, aligns=["L", "L", "L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"El total de su reclamo fue de {es_money(tu)} ({money(tu)}). Pagamos el examen y la radiografía. No "
           f"pagamos la corona (MXN 9,850.00, o sea {es_money(round(9850 / rate, 2))}).", 10)
    p.para("Su plan paga una corona solo cuando el diente está tan dañado que un empaste no alcanza para "
           "repararlo. La radiografía que mandó la clínica muestra una caries pequeña en una sola cara del diente, "
           "sin fractura y con casi todo el diente sano. Un empaste habría bastado.", 10)
    p.para(f"Si no está de acuerdo, mándenos una carta con las radiografías o fotos que muestren otra cosa. Debe "
           f"llegarnos a más tardar el {es_date(dl)}.", 10)
    p.para(f"Atentamente,\n{sig}\nServicios a Miembros, Stonegarth Dental PPO", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=pt, group=grp,
              cases=[cl], claim_amount=m2(tu), service_dates=[dos.isoformat()], denial_date=ld.isoformat(),
              provider=CLINIC_MX, appeal_deadline=dl.isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [f"Dr. {dds}"], "claim_amount": ["562.86", "10850.00"]},
              denial_alternates=["not_covered"])
    return out(p), t


def rotated_paid(rng):
    pt, dds = people(rng, 2)
    mid = mbr_id(rng)
    grp = grp_no(rng)
    cl = claim_no(rng)
    dos = dt.date(2026, 4, rng.randint(6, 17))
    sd = workday(plus(dos, rng.randint(11, 18)))
    p = EDSheet(footer="Page {n} of {nb}", footer_left="Keep this statement for your records.")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, box="BENEFIT STATEMENT")
    for ln in [pt, f"{rng.randint(100, 9800)} Quarry Ridge Rd", "Rapid City SD 57701"]:
        p.line(ln, 10)
    p.ln(3)
    p.under([(fdate(sd, "iso"), "statement date"), (mid, "member ID"), (grp, "group"), (cl, "claim number")])
    p.under([(pt, "patient (subscriber)"), (f"Dr. {dds}", "treating dentist"), (OFFICE, "dental office")],
            widths=[50, 50, 80])
    W = p.w - p.l_margin - p.r_margin
    lines = [("D2950", "core buildup", 340.0, 238.0), ("D2740", "crown, porcelain/ceramic", 1395.0, 976.0)]
    rows, tot = [], [0.0] * 5
    ded_left = 50.0
    for code, desc, s, fee in lines:
        ded = min(ded_left, fee)
        ded_left -= ded
        pd = round((fee - ded) * 0.5, 2)
        vals = [s, fee, ded, pd, round(fee - pd, 2)]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([dos.isoformat(), "3", code, desc, *[n2(v) for v in vals]])
    rows.append(["Total", "", "", "", *[n2(v) for v in tot]])
    p.table(["Service date", "Tooth", "Code", "Service", "Office fee", "PPO fee", "Deductible", "Plan paid",
             "You pay"], rows, [24, 12, 14, 44, 17, 17, 17, 17, W - 162], size=7.8,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "R"], bold_last=True)
    used = tot[3]
    p.leaders([("Annual maximum", "1,500.00"), ("Used this plan year, with this claim", n2(used)),
               ("Left this plan year", n2(1500 - used))], size=8.8, w=120)
    p.para(f"We paid {money(tot[3])} to {OFFICE}. Crowns and buildups are major services, paid at 50% of the PPO "
           "fee after the deductible. The office agreed to accept the PPO fee, so you owe the office only the "
           "amount in the You pay column.", 9.4)
    t = truth("eob", None, insurer=INS, member_id=mid, member_name=pt, group=grp, cases=[cl],
              claim_amount=m2(tot[0]), service_dates=[dos.isoformat()], denial_date=sd.isoformat(),
              provider=f"Dr. {dds}", alternates={"insurer": ALT, "provider": [OFFICE]}, type_alternates=["other"])
    return out(p), t


def scan300_stack(rng):
    pt, dds, coord, sig = people(rng, 4)
    mid = mbr_id(rng)
    grp = grp_no(rng)
    pd_no = f"PD26-{mixed_id(rng, 7, 1)}"
    rcvd = workday(dt.date(2026, 4, rng.randint(13, 17)))
    nd = workday(plus(rcvd, rng.randint(8, 12)))
    ld = workday(plus(nd, rng.randint(6, 10)))
    appt = weekday_on(dt.date(2026, 6, 15), 0)
    fee_each = 1290.00
    teeth = [7, 8, 9, 10]
    street = f"{rng.randint(100, 9800)} Elm Grove Dr"
    total = fee_each * 4
    # A: the dental office's letter to the patient (its own document; denies nothing)
    A = EDSheet(footer=None)
    A.set_margins(20, 16, 20)
    A.add_page()
    A.left_head(OFFICE, [f"Dr. {dds}, DDS  |  {rng.randint(100, 4000)} Main St, Suite B  |  Brookings SD 57006",
                         f"Phone 605-555-{digits(rng, 4)}  |  Fax 605-555-{digits(rng, 4)}"],
                ["Office hours", "Mon-Thu 7:30-4:30"])
    A.para(fdate(ld, "abbr"), 10)
    A.para(f"{pt}\n{street}\nBrookings SD 57006", 10)
    A.para(f"Re: your front crowns (teeth 7, 8, 9 and 10)\nStonegarth pre-treatment estimate {pd_no}", 10)
    A.para(f"Dear {pt}:", 10)
    A.para("Your dental plan has answered our request for an estimate, and a copy of its notice is enclosed. The "
           "plan will not pay toward the four crowns. Its reviewer read the X-rays and photos as showing sound "
           "teeth, and the plan does not pay for work done to change how teeth look.", 10)
    A.para(f"Our fee for the four crowns is {money(total)} ({money(fee_each)} each). If you would like to go ahead "
           "anyway, that amount would be yours to pay; we can set up a payment plan. Whitening and bonding are "
           "other choices that cost less, and we are glad to talk them over with you.", 10)
    A.para(f"We are keeping your appointment on {dlong(appt)} for now. Please call {coord}, our insurance "
           "coordinator, to tell us how you would like to proceed.", 10)
    A.para(f"Warm regards,\n\nDr. {dds}", 10)
    A.para("Enclosure: Stonegarth Dental PPO pre-treatment estimate (2 pages)", 8.6)
    d_a = (out(A), truth("other", None, insurer=None, member_id=None, member_name=pt, cases=[pd_no],
                         claim_amount=m2(total), service_dates=[appt.isoformat()], denial_date=ld.isoformat(),
                         provider=f"Dr. {dds}", unscored=["insurer"],
                         alternates={"provider": [OFFICE], "service_dates": [[]], "claim_amount": [None]}))
    # B: Stonegarth's two-page pre-treatment estimate; its second page is fed sideways
    B = EDSheet(footer="Page {n} of {nb}", footer_left=f"Pre-treatment estimate {pd_no}")
    B.set_margins(18, 14, 18)
    B.add_page()
    _head(B, rng, box="PRE-TREATMENT ESTIMATE")
    B.para(f"Date of this notice: {fdate(nd, 'long')}", 9.8)
    for ln in [pt, street, "Brookings SD 57006"]:
        B.line(ln, 10)
    B.ln(3)
    B.beside([[("Estimate no.", pd_no), ("Member ID", mid)], [("Group", grp), ("Request rcvd", fdate(rcvd, "slash"))],
              [("Dentist", f"Dr. {dds}"), ("Planned date", fdate(appt, "slash"))]], cap_w=22)
    B.para(f"{OFFICE} asked what the plan would pay toward the treatment below.", 9.8)
    W = B.w - B.l_margin - B.r_margin
    rows = [[str(t), "D2740", "Crown, porcelain/ceramic", n2(fee_each), "0.00", n2(fee_each)] for t in teeth]
    rows.append(["Total", "", "", n2(total), "0.00", n2(total)])
    B.table(["Tooth", "Code", "Treatment planned", "Submitted", "Plan would pay", "Not covered"], rows,
            [16, 18, 62, 26, 26, W - 148], size=8.4, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    B.tooth_chart(missing=[], treated=teeth, legend="shaded = planned treatment")
    B.para("Our dental consultant looked at the X-rays, the photos and the chart notes the office sent. Teeth 7, 8, "
           "9 and 10 have small fillings, no decay, no cracks and healthy roots. The notes say the crowns are "
           "planned to make the teeth lighter and more even in shape. The plan pays for crowns that repair "
           "damage; it does not pay for treatment whose purpose is to change how teeth look. If you have the "
           "crowns done, the plan will not pay toward them.", 9.6)
    B.para("This is an estimate, not a promise of payment; see page 2.", 9.6)
    B.add_page()
    B.heading("If you disagree", 11.5, rule=True)
    B.para("You or your dentist may ask us to look at this again. Send the request, with any X-rays, photos or notes "
           "that show damage to these teeth, within 180 days of the date of this notice to Dental Appeals at the "
           "address on page 1.", 9.8)
    B.para("A dentist who did not make this decision will review your request. We will answer in writing within 30 "
           "days of receiving it.", 9.8)
    B.para("Estimates are based on the plan and your eligibility on the date of this notice. Payment depends on the "
           "treatment actually done and on your coverage on the day it is done.", 9.8)
    B.para(f"{sig}\nDental Consultant Unit", 9.8)
    d_b = (out(B), truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=pt, group=grp,
                         cases=[pd_no], claim_amount=m2(total), service_dates=[appt.isoformat()],
                         denial_date=nd.isoformat(), provider=f"Dr. {dds}", appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [OFFICE]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_landscape_payment_register_three_patients_crown_within_60_months", "fax_standard_g4",
             [faxstd_register(rng)]),
        Item(F + "born_digital_member_letter_implant_in_waiting_period", "born_digital", [bd_waiting(rng)]),
        Item(F + "lowres_office_letter_bridge_paid_as_partial_denture", "scan_lowres_150", [lowres_bridge(rng)]),
        Item(F + "photocopy_family_statement_implant_tooth_lost_before_coverage", "photocopy",
             [photocopy_statement(rng)]),
        Item(F + "phone_es_carta_corona_tijuana_bastaba_empaste", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_member_statement_crown_and_buildup_paid", "rotated", [rotated_paid(rng)]),
        Item(F + "scan300_stack_office_letter_then_predetermination_front_crowns_sideways", "scan_clean_300",
             scan300_stack(rng), separators=["duplex", None], turns={(1, 1): 90}),
    ]
