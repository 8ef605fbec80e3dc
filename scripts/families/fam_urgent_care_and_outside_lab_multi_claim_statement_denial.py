"""An invented commercial plan (Thornapple Reach Health Insurance Company) paying an urgent care centre's visits
(Halberd Point Urgent Care) and refusing one outside lab's test (Millstream Reference Laboratory) among several
claims, on remittances, EOBs and statements with three to five claims, and on letters where the lab is named only
in sentences. CPT codes and CARC codes appear as themselves; the plan, its rules and time limits, the centre, the
lab, every doctor, reviewer, person, number and address are invented. Reasons are in the writer's own words.

Documents (8 in 7 files):
- faxstd_remittance_to_lab_four_patients_vitamin_d_not_needed: a landscape remittance to the lab on a standard fax
  (payee, TIN, NPI, EFT trace), four patients one claim a row, test names over two lines, a totals row; the third
  patient's vitamin D level is refused CO-50 (medical_necessity).
- bd_member_eob_claim_blocks_throat_culture_lab_out_of_network: a member EOB whose claim numbers head blocks of
  lines (two centre visits paid, the lab's throat culture sent outside the network refused: out_of_network).
- photocopy_claim_acknowledgement_lab_claim_pending: a letter saying the lab's claim for a test "on or about" a
  date was received and is pending the ordering notes (denies nothing).
- phone_es_carta_reclamo_duplicado_del_laboratorio: a photographed Spanish letter: the lab billed the same urine
  culture twice; the first, paid claim is a decoy (other: duplicate).
- rotated_approval_visit_paid_less_network_discount: a letter saying the centre's visit was paid, a little less
  than billed because of the network price, said kindly (denies nothing), fed sideways.
- lowres_letter_allergy_panels_march_3_and_10_lab_only_in_sentences: a 150 dpi letter: the lab and the ordering
  doctor named only in sentences, two draws "on March 3, 2026 and March 10, 2026"; the type left to the reader
  ("we only pay for ... when ...": medical_necessity, not_covered accepted); medical director and nurse reviewer
  as decoys.
- scan300_stack_lab_letter_quoting_late_filing_denial_then_statement_sideways: the lab's letter to a patient
  quoting the plan's earlier late-filing denial (denies nothing), a blank separator, then fed sideways a member
  statement of five claims (one a row, a date span broken after its dash, a totals row) whose lab respiratory
  panel done without approval is refused (prior_authorization, CARC 197).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddw_famdwa import DWSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "urgent_care_and_outside_lab_multi_claim_statement_denial"
LANG = "en"
SEED = 354200
INS = "Thornapple Reach Health Insurance Company"
ALT = ["Thornapple Reach Health Insurance", "Thornapple Reach"]
PLAN = "Thornapple Reach Choice PPO 2500"
GROUP = "TR-604417"
UC = "Halberd Point Urgent Care"
LAB = "Millstream Reference Laboratory"


def mid(rng):
    return f"TRH{digits(rng, 9)}"


def clm(rng):
    return f"{rng.choice('ABCDE')}{digits(rng, 12)}"


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(1958, 2008), rng.randint(1, 12), rng.randint(1, 28))


def head(p: DWSheet, rng, unit="Member Services"):
    p.f(14.5, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Green Bay WI 54307  |  {phone(rng)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_remit(rng):
    pats = people(rng, 4)
    docs = people(rng, 4)
    rd = dt.date(2026, 4, rng.randint(6, 24))
    specs = [("80053", "Comprehensive\nmetabolic panel", 38, 70, False),
             ("85025", "Complete blood\ncount", 22, 45, False),
             ("82306", "Vitamin D,\n25-hydroxy", 48, 85, True),
             ("87880", "Strep A\nantigen", 28, 50, False)]
    rows, info = [], []
    tb = tp = 0.0
    for pt, dr, (code, desc, lo, hi, den) in zip(pats, docs, specs):
        d = plus(rd, -rng.randint(14, 30))
        n, m = clm(rng), mid(rng)
        b = amount(rng, lo, hi)
        al = 0.0 if den else round(b * 0.55, 2)
        rows.append([n, pt, m, fdate(d, "slash"), f"Dr. {dr}", code, desc, money(b, "nosign"), money(al, "nosign"),
                     money(al, "nosign"), "CO-50" if den else "1"])
        tb += b
        tp += al
        info.append((pt, dr, n, m, d, b))
    rows.append(["TOTALS", "", "", "", "", "", "", money(tb, "nosign"), money(tp, "nosign"), money(tp, "nosign"),
                 ""])
    fax = f"{rd.strftime('%m/%d/%Y')} 05:{rng.randint(10, 59)}  TRHIC PROVIDER PAY  {phone(rng, '920')}  PG {{n}}"
    p = DWSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "TRH-PRA-2 (rev. 08/2025)")
    p.capstrip([("PAYEE", LAB), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("PAYEE NPI", digits(rng, 10)),
                ("REMIT DATE", fdate(rd, "slash")), ("EFT TRACE", digits(rng, 12))], [80, 40, 40, 45, 54.4])
    p.ln(3)
    p.mtable(["CLAIM NO.", "PATIENT", "MEMBER ID", "DOS", "ORDERING", "CPT", "TEST", "BILLED", "ALLOWED", "PAID",
              "ADJ"], rows, [32, 38, 28, 20, 36, 12, 28, 17, 17, 17, 14.4], size=7.4,
             aligns=["L"] * 7 + ["R"] * 3 + ["C"], bold_last=True)
    pt, dr, n, m, d, b = info[2]
    p.para("**ADJ.** 1: paid per your agreement. CO-50: not medically necessary. The vitamin D level was ordered at "
           "an urgent care visit for a cough, and the order lists no condition that a vitamin D level would help "
           "find or treat (such as kidney disease, bone loss or a malabsorption problem). Under your agreement the "
           "patient may not be billed for this test.", 7.9)
    p.para("Reconsideration: within 120 days of the remit date. Send the ordering notes with the request. Provider "
           f"Services {phone(rng)}.", 7.9)
    t = truth("eob", "medical_necessity", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=LAB,
              appeal_deadline=plus(rd, 120).isoformat(), alternates={"insurer": ALT, "provider": [dr]})
    return out(p), t


def bd_eob(rng):
    member, subscriber, d1, d2 = people(rng, 4)
    m = mid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    v1 = plus(sd, -rng.randint(24, 30))
    v2 = plus(v1, rng.randint(5, 8))
    c1, c2, c3 = clm(rng), clm(rng), clm(rng)
    a, b_, c = amount(rng, 150, 210), amount(rng, 28, 45), amount(rng, 24, 40)
    l1 = amount(rng, 60, 95)
    f1 = amount(rng, 110, 160)
    al = lambda x: round(x * 0.6, 2)  # noqa: E731
    p = DWSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS", "This is not a bill  |  TRH-EOB-1")
    W = p.w - p.l_margin - p.r_margin
    p.capboxes([("Subscriber", subscriber), ("Patient", member), ("Member ID", m), ("Group", GROUP)],
               [W * 0.28, W * 0.28, W * 0.24, W * 0.2])
    p.capboxes([("Plan", PLAN), ("Patient date of birth", fdate(dob(rng), "slash")),
                ("Statement date", fdate(sd, "slash"))], [W * 0.45, W * 0.27, W * 0.28])
    p.ln(3)
    groups = [
        (f"Claim {c1}  |  {UC}  |  Dr. {d1}",
         [[fdate(v1, "slash"), "99214", "Urgent care visit", money(a, "nosign"), money(al(a), "nosign"),
           money(round(al(a) - 50, 2), "nosign"), "A"],
          [fdate(v1, "slash"), "87880", "Rapid strep test", money(b_, "nosign"), money(al(b_), "nosign"),
           money(al(b_), "nosign"), "A"],
          [fdate(v1, "slash"), "99000", "Specimen handling", money(c, "nosign"), money(al(c), "nosign"),
           money(al(c), "nosign"), "A"]]),
        (f"Claim {c2}  |  {LAB}",
         [[fdate(plus(v1, 1), "slash"), "87081", "Throat culture", money(l1, "nosign"), "0.00", "0.00", "N7"],
          ["", "", "Claim total", money(l1, "nosign"), "0.00", "0.00", ""]]),
        (f"Claim {c3}  |  {UC}  |  Dr. {d2}",
         [[fdate(v2, "slash"), "99213", "Follow-up visit", money(f1, "nosign"), money(al(f1), "nosign"),
           money(round(al(f1) - 50, 2), "nosign"), "A"]]),
    ]
    tot = a + b_ + c + l1 + f1
    tal = al(a) + al(b_) + al(c) + al(f1)
    tpd = tal - 100
    p.claim_rows(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "Note"], groups,
                 [24, 18, 60, 24, 24, 24, W - 174], aligns=["L", "L", "L", "R", "R", "R", "C"], size=8.2,
                 total=["", "", "TOTALS", money(tot, "nosign"), money(tal, "nosign"), money(tpd, "nosign"), ""])
    p.para("**Notes.** A: paid under your plan after your $50 urgent care copay. N7: not paid. The centre sent your "
           f"throat swab to {LAB} for a culture. That lab is not in the {PLAN} network, and your plan pays for lab "
           "work only at network labs unless we approve another lab first. The centre's network lab could have "
           "done this culture. The lab may bill you for it.", 8.6)
    p.para("You may appeal within 180 days of the statement date. Urgent appeals: 72 hours. External review: "
           f"within 4 months of our final decision. Member Services {phone(rng)}, TTY 711.", 8.6)
    t = truth("eob", "out_of_network", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
              cases=[c2], claim_amount=m2(l1), service_dates=[plus(v1, 1).isoformat()], denial_date=sd.isoformat(),
              provider=LAB, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None]})
    return out(p), t


def photocopy_ack(rng):
    member, doc, sig = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 4, rng.randint(6, 10))
    rec = plus(v, rng.randint(9, 15))
    ld = plus(rec, rng.randint(3, 7))
    n = clm(rng)
    b = amount(rng, 240, 380)
    p = DWSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, rng, "Claims")
    p.line("CLAIM RECEIVED - PENDING", 12, "B")
    p.ln(2)
    p.para(fdate(ld, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member ID", m), ("Group", GROUP), ("Claim number", n), ("Date received", fdate(rec, "slash"))],
            label_w=36, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"We received the claim that {LAB} sent us for blood work drawn on or about {fdate(v, 'long')}, during "
           f"the week of April 6, after your visit to {UC}. The lab billed {money(b)}.", 10)
    p.para(f"Before we can decide the claim, we need the order for the tests from Dr. {doc} at the centre. We "
           "asked the centre for it today. This letter is not a denial, and you do not need to do anything now. "
           "If we do not get the order within 45 days, we will write to you again.", 10)
    p.para(f"If the lab sends you a bill for this claim before we decide it, please call us at {phone(rng)} "
           "(TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department", 10)
    t = truth("other", None, insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=ld.isoformat(), provider=LAB,
              alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def phone_es(rng):
    member, doc, sig = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 5, rng.randint(4, 20))
    first_paid = plus(v, rng.randint(12, 18))
    nd = plus(first_paid, rng.randint(10, 16))
    n_first, n = clm(rng), clm(rng)
    b = amount(rng, 45, 80)
    p = DWSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Número de miembro", m), ("Grupo", GROUP), ("Reclamo", n)], label_w=42, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"El {fdate(v, 'long', 'es')} la Dra. {doc} de {UC} le pidió un cultivo de orina (87086). El centro "
           f"envió la muestra a {LAB}, que nos cobró {money(b)} por el cultivo.", 10)
    p.para(f"Ya pagamos ese mismo cultivo el {fdate(first_paid, 'long', 'es')}, en el reclamo {n_first}. El "
           f"reclamo {n} es una segunda copia del mismo cobro, por el mismo día y la misma prueba, así que no lo "
           "pagamos. Usted no debe nada por esta segunda copia.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           f"en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "other", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=LAB,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def rotated_approval(rng):
    member, doc, sig = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 6, rng.randint(2, 20))
    nd = plus(v, rng.randint(18, 26))
    n = clm(rng)
    b = amount(rng, 190, 260)
    al = round(b * 0.62, 2)
    paid = round(al - 50, 2)
    p = DWSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Claims")
    p.line("YOUR CLAIM WAS APPROVED", 12.5, "B")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.boxed_pairs([("Member ID", m), ("Group", GROUP), ("Claim number", n), ("Date of visit", fdate(v, "slash")),
                   ("Billed by the centre", money(b)), ("Network price", money(al)),
                   ("We paid", money(paid)), ("Your copay", money(50))], label_w=60)
    p.para(f"Dear {member}:", 10)
    p.para(f"We approved and paid the claim for your visit with Dr. {doc} at {UC}. Thank you for using a network "
           "centre.", 10)
    p.para("You may notice that we paid a little less than the centre billed. That is only because the centre "
           "agreed to a network price for this visit; the difference is taken off your bill, and the centre may "
           "not ask you for it. What you owe is your usual urgent care copay shown above.", 10)
    p.para(f"Questions? Call us at {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department", 10)
    t = truth("other", None, insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n], claim_amount=m2(b),
              service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=UC,
              alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def lowres_allergy(rng):
    member, doc, md, rn, sig = people(rng, 5)
    m = mid(rng)
    v1 = dt.date(2026, 3, 3)
    v2 = dt.date(2026, 3, 10)
    rec = dt.date(2026, 3, rng.randint(20, 27))
    nd = plus(rec, rng.randint(14, 20))
    n = clm(rng)
    b = amount(rng, 520, 780)
    p = DWSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Member ID {m}    Group {GROUP}    Claim {n}", 9.6)
    p.ln(1)
    p.para(f"Dear {member}:", 10)
    p.para(f"This letter is about the claim {LAB} sent us for the allergy blood tests drawn on March 3, 2026 and "
           f"March 10, 2026. Dr. {doc} at {UC} ordered the tests after your visits for hives. The lab billed "
           f"{money(b)}; we received the claim on {fdate(rec, 'long')}.", 10)
    p.para("We only pay for allergy blood panels when skin testing cannot be done, for example because of a skin "
           "condition or a medicine that cannot be stopped, and when the panel is limited to the allergens the "
           "history points to. The order asked for a full panel twice in one week, and the notes do not say why "
           f"skin testing could not be done. So we did not pay the claim. {rn}, RN, reviewed the notes, and Dr. "
           f"{md}, our medical director, made the decision.", 10)
    p.para(f"The visits to {UC} were paid. If you disagree, you may appeal within 180 days of the date of this "
           "letter. Urgent appeals are decided within 72 hours. You may also ask for an external review within "
           f"4 months of our final decision. Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims\n{INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[v1.isoformat(), v2.isoformat()],
              denial_date=nd.isoformat(), provider=LAB, appeal_deadline=plus(nd, 180).isoformat(),
              denial_alternates=["not_covered"], alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def stack(rng):
    pt, mgr, _ = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 1, rng.randint(12, 26))
    old = plus(v, rng.randint(200, 210))
    ld = plus(old, rng.randint(10, 16))
    n = clm(rng)
    acct = f"MRL-{digits(rng, 7)}"
    b = amount(rng, 90, 160)
    p = DWSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    p.logo_head(LAB, "MRL", [f"{rng.randint(100, 9800)} Industrial Pkwy, Appleton WI 54914  |  Patient billing "
                             f"{phone(rng, '920')}  |  CLIA {digits(rng, 2)}D{digits(rng, 7)}"], size=12)
    p.para(fdate(ld, "long"), 10)
    for ln in [pt, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Patient account", acct), ("Insurance", f"{INS}, member {m}"), ("Claim", n)], label_w=36, size=9.4)
    p.ln(2)
    p.para(f"Dear {pt}:", 10)
    p.para(f"We tested a sample for you on {fdate(v, 'long')} and billed your insurance {money(b)}. On "
           f"{fdate(old, 'long')} {INS} wrote to us that it would not pay, saying: \"This claim was received more "
           "than 180 days after the date of service.\"", 10)
    p.para("Our records show we first sent the claim within 30 days of the test, and we have asked the insurer to "
           "look at it again with our proof of filing. You do not need to pay anything while this is open; we will "
           "not send your account to collections.", 10)
    p.para(f"Sincerely,\n{mgr}\nBilling Manager", 10)
    t1 = truth("other", None, insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
               service_dates=[v.isoformat()], denial_date=ld.isoformat(), provider=LAB, unscored=["insurer"],
               alternates={"case_numbers": [[]], "denial_date": [old.isoformat()]})
    # statement of five claims, fed sideways
    member, d1, d2 = people(rng, 3)
    m2_ = mid(rng)
    sd = dt.date(2026, 7, rng.randint(6, 22))
    a = plus(sd, -rng.randint(40, 48))
    a2 = plus(a, 2)
    x = plus(a2, 1)
    f = plus(sd, -rng.randint(18, 24))
    cs = [clm(rng) for _ in range(5)]
    bs = [amount(rng, 160, 220), amount(rng, 140, 190), amount(rng, 380, 560), amount(rng, 30, 55),
          amount(rng, 120, 170)]
    al = [round(v_ * 0.6, 2) for v_ in bs]
    al[2] = 0.0
    rows = [[cs[0], f"{UC}\nDr. {d1}", "Urgent care visits (2)", f"{fdate(a, 'slash')} -\n{fdate(a2, 'slash')}"],
            [cs[1], f"{UC}", "Chest X-ray, 2 views", fdate(a2, "slash")],
            [cs[2], f"{LAB}", "Respiratory pathogen\npanel, 22 targets", fdate(x, "slash")],
            [cs[3], f"{LAB}", "Blood count", fdate(x, "slash")],
            [cs[4], f"{UC}\nDr. {d2}", "Follow-up visit", fdate(f, "slash")]]
    codes = ["PD", "PD", "197", "PD", "PD"]
    full = []
    for r_, b_, a_, c_ in zip(rows, bs, al, codes):
        full.append(r_ + [money(b_, "nosign"), money(a_, "nosign"), money(a_, "nosign"), c_])
    full.append(["TOTALS", "", "", "", money(sum(bs), "nosign"), money(sum(al), "nosign"), money(sum(al), "nosign"),
                 ""])
    q = DWSheet(footer="Page {n} of {nb}")
    q.set_margins(12, 12, 12)
    q.add_page()
    head(q, rng)
    q.title_bar("MEMBER CLAIMS STATEMENT", f"{PLAN}  |  Not a bill")
    W = q.w - q.l_margin - q.r_margin
    q.capboxes([("Member", member), ("Member ID", m2_), ("Group", GROUP), ("Statement date", fdate(sd, "slash"))],
               [W * 0.32, W * 0.26, W * 0.18, W * 0.24])
    q.ln(3)
    q.mtable(["Claim", "Provider", "Service", "Date(s)", "Billed", "Allowed", "Paid", "Code"], full,
             [28, 50, 34, 22, 16, 16, 16, W - 182], size=7.6, aligns=["L"] * 4 + ["R"] * 3 + ["C"], bold_last=True)
    q.para("**Codes.** PD: paid. 197: not paid because no approval was asked for before the service. Your plan asks "
           "the ordering doctor to get our approval before a lab runs a large respiratory panel (more than five "
           f"targets). {LAB} ran a 22-target panel on a sample taken at the centre, and no approval is on file. "
           "Network providers may not bill you for this.", 8.4)
    q.para(f"Appeal within 180 days of the statement date. Urgent appeals: 72 hours. Member Services {phone(rng)}.",
           8.4)
    t2 = truth("eob", "prior_authorization", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m2_,
               member_name=member, cases=[cs[2]], claim_amount=m2(bs[2]), service_dates=[x.isoformat()],
               denial_date=sd.isoformat(), provider=LAB, appeal_deadline=plus(sd, 180).isoformat(),
               alternates={"insurer": ALT, "plan_id": [None]})
    return [(out(p), t1), (out(q), t2)]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_to_lab_four_patients_vitamin_d_not_needed", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "bd_member_eob_claim_blocks_throat_culture_lab_out_of_network", "born_digital", [bd_eob(rng)]),
        Item(F + "photocopy_claim_acknowledgement_lab_claim_pending", "photocopy", [photocopy_ack(rng)]),
        Item(F + "phone_es_carta_reclamo_duplicado_del_laboratorio", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_approval_visit_paid_less_network_discount", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_letter_allergy_panels_march_3_and_10_lab_only_in_sentences", "scan_lowres_150",
             [lowres_allergy(rng)]),
        Item(F + "scan300_stack_lab_letter_quoting_late_filing_denial_then_statement_sideways", "scan_clean_300",
             stack(rng), separators=["blank", None], turns={(1, 0): 90}),
    ]
