"""An invented Medicare supplement (Medigap) insurer, Orchard Lantern Mutual Insurance Company, paying after Original
Medicare: crossover claims that Medicare sends on by itself, Part B excess charges, foreign travel emergency care,
papers that print Medicare's amounts beside the supplement's. Public Medigap rules used as themselves: the standard
plan letters (A, G, N), a supplement pays its share only of what Medicare approves, so a service Medicare refuses is
refused too; Plan G pays Part B excess charges and Plan N does not; Plan N leaves a copayment of up to $20 for some
office visits; Plans G and N pay 80% of emergency care abroad during the first 60 days of a trip after a yearly
deductible, and Plan A has no foreign travel benefit; a skilled nursing facility's coinsurance is paid only for days
Medicare covers, and Medicare covers such a stay only after three days as a hospital inpatient; a policy ends when
the premium is not paid by the end of its grace period. The company, its codes (PD, M-NR, N20, XC1), form numbers,
the grace period's length, every provider, billing service, person, number and address are invented; phones use 555.
No heading names the kind of denial; each reason is put in plain words of the writer's own.

Documents (8 in 7 files):
- faxstd_landscape_crossover_remit_three_patients_echo_medicare_refused: a landscape provider remittance on a
  standard fax to a cardiology clinic's billing service (short captions left of and under the boxes: "Remit Dt",
  "Payee", "EFT #", "TIN"), three patients with a "Rendering" column, Medicare's and the supplement's money
  columns, totals and a take-back printed "18.40-"; the middle patient's repeat echocardiogram pays 0.00 because
  Medicare found it not needed (medical_necessity), code legend only; "within 120 days of the Remit Dt".
- born_digital_plan_n_statement_paired_rows_dermatology_excess: a member statement where each service line takes two
  rows (Medicare, then Plan N) with charged / Medicare approved / paid / Part B excess / left for you and a totals
  pair; a dermatology practice that does not take assignment charged more than Medicare allows "on March 4 and
  March 18, 2026", and Plan N does not pay the excess (not_covered); the paid office visit with its $20 copay is
  the decoy claim; "You have until <date>".
- lowres_letter_portugal_emergency_day_75_of_trip: a 150 dpi letter with odd captions under boxes ("Ltr Dt",
  "Pol. No.", "Trip began", "Care on", "Billed (EUR)", "Billed (USD)"): emergency care at a clinic in Setúbal on
  "Saturday, April 18, 2026", the 75th day of the trip, after the 60 days the benefit lasts (not_covered);
  "USD 2,311.20" beside "EUR 2.140,00"; "within 60 days of the date of this letter".
- photocopy_letter_policy_lapsed_two_therapy_visits: a photocopied letter: the premium was not paid by the end of
  the grace period, so two therapy visits "on April 14 and April 21, 2026" after the policy ended are not paid
  (eligibility); the therapist and hospital only in a sentence, a referring doctor in a box as a decoy, a two-claim
  table with "USD" amounts and a totals row; "no later than <date>".
- phone_es_carta_plan_a_hospital_hermosillo: a photographed Spanish letter: a stay in a Hermosillo hospital
  "del 3 al 9 de marzo" is not paid because Plan A has no foreign travel benefit (not_covered); "MXN 38,400.00"
  and "US$ 2.181,82 ($2,181.82)"; "dentro de los 60 días siguientes a la fecha de esta carta".
- rotated_paid_plan_g_crossover_statement: a paid Plan G crossover statement with parentheses for Medicare's
  payment, fed sideways (denies nothing).
- finefax_stack_cover_duplicate_paper_claim_then_snf_appeal_sideways: a fax cover sheet, a letter to a hospital's
  billing office refusing a paper claim of four therapy sessions (ISO dates in a table) already paid through the
  Medicare crossover (other, duplicate; a claim number with an S among digits), then sideways an appeal decision
  keeping the refusal of a nursing home stay "04/02/26 thru 04/24/26" that Medicare did not cover because the
  hospital stay before it was observation (not_covered; level_of_care accepted; final, no deadline).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeb_famff import EBSheet, es_date, es_money, n2, neg, people, phone, thru, us_address, workday
from public_kit import digits, fdate, m2, mbi, money, out, plus, truth

FAMILY = "medigap_supplement_after_medicare_crossover_excess_charge_foreign_travel_denial"
LANG = "en"
SEED = 355015
INS = "Orchard Lantern Mutual Insurance Company"
ALT = ["Orchard Lantern", "Orchard Lantern Mutual", "Orchard Lantern Mutual Insurance"]
BILLER = "Halcyon Reach Billing Services"
CARDIO = "Fairwater Heart & Vascular Clinic"
DERM = "Dunmore Vale Dermatology"
PCP = "Elm Hollow Internal Medicine"
HOSP = "Quillan Ford Community Hospital"
ORTHO = "Tamarack Bend Orthopaedic Associates"
SNF = "Clearbrook Manor Nursing and Rehabilitation"
PT_CLINIC = "Clínica Vale do Sado"
MX_HOSP = "Hospital Cerro Azul de Hermosillo"


def policy(rng):
    s = f"MSP {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    return s, s.replace(" ", "")


def claim_no(rng, letter="S"):
    return f"26{letter}{digits(rng, 7)}"


def icn(rng):
    return f"{rng.choice('12')}{digits(rng, 12)}"


def _head(p, rng, box=None, unit="Medicare Supplement Service Center"):
    p.head(INS, "OL", [f"{unit}  |  PO Box {rng.randint(14000, 14999)}, Cedar Rapids IA 52406  |  "
                       f"1-800-555-{digits(rng, 4)}  |  TTY 711"], box=box, size=12.5)


def faxstd_remit(rng):
    names = people(rng, 3)
    docs = people(rng, 3)
    rd = workday(dt.date(2026, 4, rng.randint(6, 17)))
    eft = f"EFT{digits(rng, 9)}"
    W = 279.4 - 24
    fax = (f"{rd.strftime('%m/%d/%y')} {rng.randint(13, 17)}:{rng.randint(10, 59)}  ORCHARD LANTERN MS PROVIDER "
           f"SVCS  {phone(rng, '319')}  >>  {BILLER.upper()}  pg {{n}}")
    p = EBSheet(footer="Page {n} of {nb}", footer_left="OL-PR-40 (01/26)", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, unit="Medicare Supplement Provider Services")
    p.title_bar("SUPPLEMENT REMITTANCE - MEDICARE CROSSOVER CLAIMS")
    p.capcells([("Remit Dt", fdate(rd, "slash"), 52, "L"), ("Payee", BILLER, 90, "B"),
                ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}", 40, "B"), ("EFT #", eft, W - 182, "B")])
    p.capcells([("Prov", CARDIO, 96, "L"), ("Grp NPI", digits(rng, 10), 46, "B"),
                ("Rcvd from Medicare", fdate(plus(rd, -rng.randint(5, 9)), "slash"), W - 142, "B")])
    p.ln(1)
    rows, tot, deny = [], [0.0] * 5, None
    svc = [("99214", "office visit", 168.00, None), ("93306", "echo (TTE)", 0.0, "M-NR"),
           ("93000", "ECG 12-lead", 42.00, None)]
    for i, (nm, dr, (cpt, desc, appr_base, code)) in enumerate(zip(names, docs, svc)):
        pol, pol_t = policy(rng)
        cl = claim_no(rng, rng.choice("SBO") if i == 1 else "A")
        ic = icn(rng)
        dos = dt.date(2026, 3, rng.randint(2, 27))
        if code:
            billed = round(rng.randint(780, 960) + 0.0, 2)
            appr = mpd = coins = sp = 0.0
        else:
            billed = round(appr_base * rng.uniform(1.6, 2.1), 2)
            appr = round(appr_base * rng.uniform(0.62, 0.7), 2)
            mpd = round(appr * 0.8, 2)
            coins = round(appr - mpd, 2)
            sp = coins
        last, first, mi = nm.split()[-1], nm.split()[0], nm.split()[1].rstrip(".")
        vals = [billed, appr, mpd, coins, sp]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([f"{last.upper()}, {first.upper()} {mi}", pol, cl, ic, dos.isoformat(), f"{cpt} {desc}",
                     dr, *[n2(v) for v in vals],
                     code or "PD"])
        if code:
            deny = (nm, pol_t, cl, ic, dos, billed, dr)
    rows.append(["Claim totals", "", "", "", "", "", "", *[n2(v) for v in tot], ""])
    p.table(["Insured", "Policy", "Our Clm #", "Mcare ICN", "DOS", "Svc", "Rendering", "Billed", "Mcare Appr",
             "Mcare Pd", "Coins", "Supp Pd", "Cd"], rows,
            [32, 24, 19, 25, 17, 26, 30, 14, 14, 14, 14, 13, W - 242], size=6.9,
            aligns=["L"] * 7 + ["R"] * 5 + ["C"], bold_last=True)
    offset = 18.40
    p.leaders([("Supplement paid on these claims", n2(tot[4])),
               ("Recovery of an earlier overpayment (claim 25A7730418)", neg(offset)),
               ("Net amount of this EFT", n2(round(tot[4] - offset, 2)))], size=8.4, w=140)
    p.para("**Cd.** PD: paid the Medicare coinsurance or deductible passed to us. M-NR: Medicare approved nothing for "
           "this line because, on the records it had, a second full echocardiogram so soon after the last one was "
           "not needed. A Medicare supplement pays its part only of what Medicare approves, so the policy pays "
           "nothing here and the insured may not be billed unless they signed an advance notice.", 8.0)
    p.para("If you believe the supplement's part was figured wrong, write to Provider Services within 120 days of "
           "the Remit Dt. A disagreement with Medicare's decision goes to Medicare, not to us.", 8.0)
    nm, pol_t, cl, ic, dos, billed, dr = deny
    t = truth("eob", "medical_necessity", insurer=INS, member_id=pol_t, member_name=nm, cases=[cl],
              claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=rd.isoformat(), provider=dr,
              appeal_deadline=plus(rd, 120).isoformat(),
              alternates={"insurer": ALT, "provider": [CARDIO], "case_numbers": [[cl, ic]]},
              denial_alternates=["other", "not_covered"], type_alternates=["denial_letter"])
    return out(p), t


def bd_plan_n(rng):
    member, derm_dr, pcp_dr = people(rng, 3)
    shown, pol = policy(rng)
    cert = f"C-{digits(rng, 7)}"
    m_ = mbi(rng)
    sd = workday(dt.date(2026, 4, rng.randint(20, 29)))
    dl = workday(plus(sd, rng.randint(85, 95)))
    ov = dt.date(2026, 2, rng.randint(9, 26))
    d1, d2 = dt.date(2026, 3, 4), dt.date(2026, 3, 18)
    c1, c2 = claim_no(rng, "A"), claim_no(rng, "A")
    i1, i2 = icn(rng), icn(rng)
    # claim 1: office visit, participating doctor, Plan N copay
    a1 = 128.44
    mp1 = round(a1 * 0.8, 2)
    co1 = round(a1 - mp1, 2)
    ch1 = 196.00
    lines = [{"lead": [c1, PCP, fdate(ov, "slash"), "99213 office visit"],
              "rows": ([ch1, a1, mp1, 0.0, None], [None, None, round(co1 - 20.0, 2), None, 20.00]),
              "note": ("", "N20")}]
    # claim 2: non-participating dermatology, excess charges
    excess_tot, ch2_tot = 0.0, 0.0
    for d, cpt, base in ((d1, "17000 destroy lesion", 74.10), (d1, "17003 each add'l x6", 41.70),
                         (d2, "11102 skin biopsy", 96.30)):
        appr = base
        ch = round(appr * 1.15, 2)
        mp = round(appr * 0.8, 2)
        co = round(appr - mp, 2)
        ex = round(ch - appr, 2)
        excess_tot += ex
        ch2_tot += ch
        lead = [c2 if d == d1 and cpt.startswith("17000") else "", DERM if cpt.startswith("17000") else "",
                fdate(d, "slash"), cpt]
        lines.append({"lead": lead, "rows": ([ch, appr, mp, ex, None], [None, None, co, None, ex]),
                      "note": ("", "XC1")})
    ch2_tot = round(ch2_tot, 2)
    excess_tot = round(excess_tot, 2)
    p = EBSheet(footer="Page {n} of {nb}", footer_left=f"Statement for policy {shown}")
    p.set_margins(14, 13, 14)
    p.add_page()
    _head(p, rng, box="YOUR SUPPLEMENT STATEMENT")
    p.addr_pair("Insured", [member, *us_address(rng)], "Your policy",
                [f"Medicare Supplement Plan N", f"Policy no. {shown}", f"Certificate {cert}",
                 f"Statement date {fdate(sd, 'abbr')}"])
    p.para("This statement shows what Medicare did with each service and then what your Plan N paid. The first row "
           "of each service is Medicare's; the row under it is ours. Keep it with your Medicare Summary Notice.", 9.0)
    W = p.w - p.l_margin - p.r_margin
    p.paired(["Claim no.", "Provider", "Date", "Service", "Who", "Charged", "Medicare approved", "Paid",
              "Part B excess", "Left for you", "Note"], lines,
             [18, 38, 16, 29, 13, 13, 14, 12, 12, 13, W - 178], ("Medicare", "Plan N"), size=6.5)
    p.para(f"**What happened with claim {c2}.** Dr. {derm_dr} at {DERM} treated you on March 4 and March 18, 2026. "
           f"This practice does not take Medicare assignment, so it may charge up to 15% more than Medicare "
           f"approves. It charged you {money(ch2_tot)} in all; Medicare approved less, and the difference, "
           f"{money(excess_tot)}, is a Part B excess charge.", 9.0)
    p.para("**Notes.** N20: Plan N leaves you a copayment of up to $20 for this kind of office visit. XC1: your Plan N "
           "does not pay any amount a doctor charges above what Medicare approves; we paid the coinsurance, the "
           "rest is left for you. Some other plan letters pay that amount; Plan N is not one of them.", 9.0)
    p.para(f"You have until {fdate(dl, 'long')} to ask us to reconsider anything on this statement. Medicare number on "
           f"file: {m_}. Medicare claim numbers: {i1} and {i2}.", 9.0)
    t = truth("eob", "not_covered", insurer=INS, member_id=pol, member_name=member, cases=[c2],
              claim_amount=m2(ch2_tot), service_dates=[d1.isoformat(), d2.isoformat()], denial_date=sd.isoformat(),
              provider=DERM, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "member_id": [cert], "provider": [derm_dr], "plan_id": ["N", "Plan N"],
                          "claim_amount": [m2(excess_tot)], "case_numbers": [[c2, i2]]})
    return out(p), t


def lowres_portugal(rng):
    member, dr, sig = people(rng, 3)
    shown, pol = policy(rng)
    began = dt.date(2026, 2, 3)
    care = dt.date(2026, 4, 18)
    day_n = (care - began).days + 1
    ld = workday(plus(care, rng.randint(24, 34)))
    cl = claim_no(rng, "F")
    eur = 2140.00
    usd = 2311.20
    p = EBSheet(footer=None)
    p.set_margins(18, 15, 18)
    p.add_page()
    _head(p, rng, unit="Foreign Travel Claims")
    for ln in [member, *us_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ltr Dt", fdate(ld, "slash"), 34, "B"), ("Pol. No.", shown, 46, "B"), ("Clm", cl, 36, "B"),
                ("Plan", "G", 18, "B"), ("Trip began", fdate(began, "slash"), W - 134, "B")], cap=6.2)
    p.capcells([("Care on", fdate(care, "slash"), 34, "B"), ("Billed (EUR)", "EUR 2.140,00", 46, "B"),
                ("Billed (USD)", f"USD {n2(usd)}", 36, "B"), ("Medicare paid", "0.00", W - 116, "B")], cap=6.2)
    p.para(f"Dear {member}:", 10)
    p.para(f"We received the bill and the medical report from {PT_CLINIC} in Setúbal, Portugal. Dr. {dr} saw you "
           f"in its emergency room on {care.strftime('%A, %B %-d, %Y')} for a fall with a broken wrist. The clinic "
           f"charged EUR 2.140,00, which is USD {n2(usd)} at the exchange rate on that day. Medicare does not pay "
           "for care outside the United States, so the whole bill came to us.", 10)
    p.para(f"Your Plan G helps with emergency care abroad only during the first 60 days of each trip. Your passport "
           f"stamps and your own claim form show that this trip began on {fdate(began, 'long')}; the day you were "
           f"treated was day {day_n} of the trip. Because the care came after the first 60 days, the policy does not "
           "pay any part of this bill.", 10)
    p.para("If you were back in the United States during the trip and started a new trip later, send us proof, such "
           "as boarding passes, within 60 days of the date of this letter, and we will look at the claim again.", 10)
    p.para(f"Sincerely,\n{sig}\nForeign Travel Claims", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=None, member_id=pol, member_name=member,
              cases=[cl], claim_amount=m2(usd), service_dates=[care.isoformat()], denial_date=ld.isoformat(),
              provider=PT_CLINIC, appeal_deadline=plus(ld, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [dr], "claim_amount": [m2(eur)], "plan_id": ["G", "Plan G"]})
    return out(p), t


def photocopy_lapse(rng):
    member, therapist, referrer, sig = people(rng, 4)
    shown, pol = policy(rng)
    due = dt.date(2026, 3, 1)
    ended = dt.date(2026, 3, 31)
    v1, v2 = dt.date(2026, 4, 14), dt.date(2026, 4, 21)
    nd = workday(dt.date(2026, 5, rng.randint(11, 20)))
    dl = dt.date(2026, 6, 30)
    rows, tot, cases, icns = [], [0.0] * 4, [], []
    for v in (v1, v2):
        ch = round(rng.randint(260, 340) + 0.0, 2)
        appr = round(ch * rng.uniform(0.42, 0.5), 2)
        mp = round(appr * 0.8, 2)
        co = round(appr - mp, 2)
        cl, ic = claim_no(rng, "L"), icn(rng)
        cases.append(cl)
        icns.append(ic)
        vals = [ch, appr, mp, co]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([cl, ic, fdate(v, "slash"), *[f"USD {n2(x)}" for x in vals], "0.00"])
    rows.append(["Total", "", "", *[f"USD {n2(x)}" for x in tot], "0.00"])
    p = EBSheet(footer="Page {n} of {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *us_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.beside([[("Policy", shown), ("Plan", "Medicare Supplement Plan G")],
              [("Premium due", fdate(due, "slash")), ("Policy ended", fdate(ended, "slash"))],
              [("Referred by", f"Dr. {referrer}"), ("Medicare no.", mbi(rng))]], cap_w=24, size=8.8)
    p.para(f"Dear {member}:", 10)
    p.para(f"Medicare sent us two claims for physical therapy. {therapist}, your physical therapist, saw you at "
           f"{HOSP}'s outpatient rehabilitation department on April 14 and April 21, 2026. Medicare paid its share "
           "and passed the rest to us.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Our claim", "Medicare claim", "Visit", "Charged", "Medicare approved", "Medicare paid",
             "Coinsurance sent to us", "We paid"], rows, [22, 30, 18, 24, 24, 24, 24, W - 166], size=7.6,
            aligns=["L", "L", "L", "R", "R", "R", "R", "R"], bold_last=True)
    p.para(f"We could not pay these claims. The premium that was due on {fdate(due, 'long')} never reached us, and "
           "we did not receive it during the 30 days that follow a due date. When that time ran out, your policy "
           f"ended on {fdate(ended, 'long')}. The visits came after that day, when the policy was no longer in force, "
           "so the coinsurance is yours or the hospital's to settle.", 10)
    p.para(f"If you did send the premium in time, mail us a copy of the cancelled check or bank record no later than "
           f"{fdate(dl, 'long')}. If it shows the payment reached us in time, we will put the policy back and pay "
           "these claims.", 10)
    p.para(f"Sincerely,\n{sig}\nPolicy Services", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=pol, member_name=member, cases=cases,
              claim_amount=m2(round(tot[0], 2)), service_dates=[v1.isoformat(), v2.isoformat()],
              denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "provider": [therapist], "claim_amount": [m2(round(tot[3], 2))],
                          "case_numbers": [cases + icns], "plan_id": ["G", "Plan G"]})
    return out(p), t


def phone_es(rng):
    member, dr, sig = people(rng, 3, es=True)
    shown, pol = policy(rng)
    a, e = dt.date(2026, 3, 3), dt.date(2026, 3, 9)
    nd = workday(dt.date(2026, 4, rng.randint(13, 24)))
    cl = claim_no(rng, "F")
    mxn, usd = 38400.00, 2181.82
    p = EBSheet(footer="Página {n} de {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, unit="Centro de Servicio - Seguro Suplementario de Medicare")
    p.para(es_date(nd, True), 10)
    for ln in [member, *us_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.hang([("Póliza", shown), ("Plan", "Seguro Suplementario de Medicare, Plan A"), ("Reclamo", cl),
            ("Hospital", f"{MX_HOSP}, Sonora, México"), ("Estancia", f"del {es_date(a)} al {es_date(e)}"),
            ("Cobrado", f"MXN {n2(mxn)}  =  {es_money(usd)} ({money(usd)})"), ("Medicare pagó", "0.00")],
           cap_w=32, size=9.4)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"Recibimos la cuenta de {MX_HOSP}. Usted estuvo internado allí {span_words_es(a, e)} de 2026, a cargo "
           f"del Dr. {dr}, por una neumonía. El hospital cobró MXN {n2(mxn)}, unos {es_money(usd)} al tipo de "
           "cambio de esos días. Medicare no paga atención fuera de los Estados Unidos.", 10)
    p.para("Lamentamos decirle que su póliza tampoco puede pagar. Usted tiene el Plan A, y el Plan A no incluye "
           "ayuda para emergencias durante viajes al extranjero. Otras letras de plan sí la incluyen, pero la suya "
           "no, y no podemos agregarla a una cuenta que ya ocurrió.", 10)
    p.para("Si cree que nos equivocamos, escríbanos dentro de los 60 días siguientes a la fecha de esta carta y "
           "díganos por qué.", 10)
    p.para(f"Atentamente,\n{sig}\nReclamos del Extranjero", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=pol, member_name=member, cases=[cl],
              claim_amount=m2(usd), service_dates=[f"{a.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(),
              provider=MX_HOSP, appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [dr], "claim_amount": [m2(mxn)], "plan_id": ["A", "Plan A"],
                          "service_dates": [[a.isoformat(), e.isoformat()]]})
    return out(p), t


def span_words_es(a: dt.date, b: dt.date) -> str:
    return f"del {a.day} al {b.day} de {es_date(a).split(' de ')[1]}"


def rotated_paid(rng):
    member, dr = people(rng, 2)
    shown, pol = policy(rng)
    sd = workday(dt.date(2026, 5, rng.randint(4, 15)))
    dos = dt.date(2026, 4, rng.randint(6, 24))
    cl, ic = claim_no(rng, "A"), icn(rng)
    lines, tot = [], [0.0] * 5
    for cpt, desc, appr in (("99204", "new patient visit", 171.20), ("73562", "knee X-ray, 3 views", 38.90),
                            ("20610", "knee joint injection", 61.35)):
        ch = round(appr * 1.15, 2)
        mp = round(appr * 0.8, 2)
        co = round(appr - mp, 2)
        ex = round(ch - appr, 2)
        vals = [ch, appr, mp, co, ex]
        tot = [a + b for a, b in zip(tot, vals)]
        lines.append([dos.isoformat(), cpt, desc, n2(ch), n2(appr), neg(mp, "paren"), n2(co), n2(ex),
                      n2(round(co + ex, 2)), "0.00"])
    lines.append(["Totals", "", "", n2(tot[0]), n2(tot[1]), neg(tot[2], "paren"), n2(tot[3]), n2(tot[4]),
                  n2(round(tot[3] + tot[4], 2)), "0.00"])
    p = EBSheet(footer="Page {n} of {nb}")
    p.set_margins(15, 14, 15)
    p.add_page()
    _head(p, rng, box="CLAIM PAID")
    p.addr_pair("Insured", [member, *us_address(rng)], "Policy",
                ["Medicare Supplement Plan G", f"Policy no. {shown}", f"Date of this statement {fdate(sd, 'slash')}"])
    p.memo([("Claim:", f"{cl}   (Medicare claim {ic})"), ("Provider:", f"{ORTHO} - Dr. {dr}"),
            ("Received:", "automatically from Medicare (crossover)")], size=9.0)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Code", "Service", "Charged", "Medicare approved", "Medicare paid", "Coinsurance",
             "Part B excess", "Plan G paid", "You owe"], lines, [20, 14, 35, 17, 17, 17, 20, 17, 17, W - 174],
            size=7.4, aligns=["L", "L", "L", "R", "R", "R", "R", "R", "R", "R"], bold_last=True)
    both = money(round(tot[3] + tot[4], 2))
    p.para(f"Your Plan G paid the coinsurance and the Part B excess charge on this claim, {both} in all, directly to "
           f"{ORTHO}. Medicare's payment is shown in parentheses because it came off the charge "
           "before we paid. You owe the practice nothing for these services.", 9.2)
    p.para("Questions? Call the number at the top. Please do not send us the practice's bill for this date; it has "
           "been paid.", 9.2)
    t = truth("eob", None, insurer=INS, member_id=pol, member_name=member, cases=[cl],
              claim_amount=m2(round(tot[0], 2)), service_dates=[dos.isoformat()], denial_date=sd.isoformat(),
              provider=ORTHO,
              alternates={"insurer": ALT, "provider": [dr], "case_numbers": [[cl, ic]], "plan_id": ["G", "Plan G"]},
              type_alternates=["other"])
    return out(p), t


def finefax_stack(rng):
    member, therapist, sig = people(rng, 3)
    shown, pol = policy(rng)
    nd = workday(dt.date(2026, 5, rng.randint(4, 14)))
    dates = sorted(dt.date(2026, 3, d) for d in rng.sample(range(2, 31), 4))
    cl = claim_no(rng, "S")
    earlier = claim_no(rng, "A")
    ic = icn(rng)
    rows, tot = [], 0.0
    for d in dates:
        ch = 214.00
        tot += ch
        rows.append([d.isoformat(), "97110 therapeutic exercise x3", therapist, n2(ch), "paid on " + earlier])
    rows.append(["Total", "", "", n2(tot), ""])
    tot = round(tot, 2)
    p = EBSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Medicare Supplement Provider Services")
    p.memo([("TO:", f"Patient Financial Services, {HOSP}"), ("FROM:", "Provider Services, Orchard Lantern"),
            ("DATE:", fdate(nd, "upper")), ("RE:", f"Paper claim {cl} for {member}, policy {shown}")])
    p.para(f"Your billing office mailed us a paper claim, number {cl} in our records, for four outpatient therapy "
           f"sessions {member} had in March 2026. The sessions are listed below.", 9.8)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Session date", "Service", "Therapist", "Charged", "Status"], rows, [26, 56, 44, 22, W - 148], size=8.0,
            aligns=["L", "L", "L", "R", "L"], bold_last=True)
    p.para(f"We are not paying this paper claim. Medicare already sent us these same four sessions on its own "
           f"(Medicare claim {ic}), and we paid the coinsurance to your hospital under claim {earlier}. Paying the "
           "paper claim would pay the same sessions a second time. There is no need to send a Medicare supplement "
           "claim on paper when Medicare crosses it over to us.", 9.8)
    p.para("If you think the paper claim is for different services, send the itemized bill no later than 120 days "
           "after the date on this letter. Our provider line answers most questions within two business days.", 9.8)
    p.para(f"{sig}\nProvider Services", 9.8)
    d_a = (out(p), truth("denial_letter", "other", insurer=INS, member_id=pol, member_name=member, cases=[cl],
                         claim_amount=m2(tot), service_dates=[d.isoformat() for d in dates],
                         denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=plus(nd, 120).isoformat(),
                         alternates={"insurer": ALT, "provider": [therapist]}))
    member2, rep, attending, officer = people(rng, 4)
    shown2, pol2 = policy(rng)
    a, e = dt.date(2026, 4, 2), dt.date(2026, 4, 24)
    obs_a = plus(a, -3)
    appl = f"APL-26-{digits(rng, 5)}"
    cl2 = claim_no(rng, "K")
    charges = round(rng.randint(9100, 9900) + 0.0, 2)
    dd = workday(dt.date(2026, 6, rng.randint(8, 19)))
    q = EBSheet(footer="Page {n} of {nb}")
    q.set_margins(18, 14, 18)
    q.add_page()
    _head(q, rng, unit="Appeals Unit")
    q.title_bar("OUR DECISION ON YOUR APPEAL")
    q.hang([("Date", fdate(dd, "long")), ("Appeal no.", appl), ("Claim no.", cl2), ("Insured", member2),
            ("Policy", f"{shown2} (Plan G)"), ("Nursing home", SNF), ("Stay", thru(a, e)),
            ("Charges", f"USD {n2(charges)}")], cap_w=30, size=9.2)
    q.para(f"Dear {rep}:", 10)
    q.para(f"You asked us, as {member2}'s daughter and representative, to pay the nursing home bill from {SNF} "
           f"for the stay {thru(a, e)}. A second person, who had not seen the claim before, looked at the Medicare "
           "notice, the hospital's papers and your letter.", 10)
    q.para(f"Before the nursing home, {member2} spent three nights at the hospital, from {fdate(obs_a, 'long')}, "
           f"under Dr. {attending}. The hospital kept {member2} as an outpatient under observation for all of that "
           "time. Medicare pays for a nursing home stay only after at least three days as an admitted hospital "
           "inpatient, so Medicare did not pay for the stay. This policy pays nursing home coinsurance only for days "
           "Medicare covers. Our answer stays the same: we cannot pay this claim.", 10)
    q.para(f"This is our final decision under the policy. Reviewer: {officer}. If you have concerns about how we "
           "handled this appeal, you may contact your state's department of insurance.", 10)
    d_b = (out(q), truth("denial_letter", "not_covered", insurer=INS, member_id=pol2, member_name=member2,
                         cases=[appl, cl2], claim_amount=m2(charges),
                         service_dates=[f"{a.isoformat()}/{e.isoformat()}"],
                         denial_date=dd.isoformat(), provider=SNF, appeal_deadline=None,
                         alternates={"insurer": ALT, "case_numbers": [[appl], [cl2]], "plan_id": ["G", "Plan G"],
                                     "service_dates": [[a.isoformat(), e.isoformat()]]},
                         denial_alternates=["level_of_care"]))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_landscape_crossover_remit_three_patients_echo_medicare_refused", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "born_digital_plan_n_statement_paired_rows_dermatology_excess", "born_digital", [bd_plan_n(rng)]),
        Item(F + "lowres_letter_portugal_emergency_day_75_of_trip", "scan_lowres_150", [lowres_portugal(rng)]),
        Item(F + "photocopy_letter_policy_lapsed_two_therapy_visits", "photocopy", [photocopy_lapse(rng)]),
        Item(F + "phone_es_carta_plan_a_hospital_hermosillo", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_paid_plan_g_crossover_statement", "rotated", [rotated_paid(rng)]),
        Item(F + "finefax_stack_cover_duplicate_paper_claim_then_snf_appeal_sideways", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
