"""An invented commercial plan (Caldermoor Health Insurance Company) paying a podiatry practice's visits (Fernhollow
Foot and Ankle Associates) and refusing the custom foot orthotics a supplier billed afterwards (Quillon Bay Orthotic
Supply, and once a supplier outside the network). CPT/HCPCS codes (99203, 99213, 73630, L3000, L3020, S0395) and
CARC/RARC codes appear as themselves; the plan, its rules and time limits, the practice, the suppliers, every
podiatrist, orthotist, reviewer, member, number and address are invented. Reasons are in the writer's own words.

Documents (8 in 7 files):
- bd_eob_five_claims_supplier_orthotics_excluded: a born-digital member EOB of five claims (rows running over two
  lines, a totals row): the podiatrist's two visits and the X-ray are paid, the casting is paid, the supplier's
  L3000 pair pays 0.00 under CARC 96 / N425 (foot orthotics excluded: not_covered).
- faxstd_remittance_claim_blocks_middle_patient_no_approval: a provider remittance to the supplier on a standard
  fax, three patients' claims each heading its own lines, the middle patient's L3020 pair refused CO-197
  (prior_authorization).
- photocopy_claim_form_supplier_outside_network: a photocopied claim determination form with captions beside boxes:
  the podiatrist is in the network, the supplier the prescription went to is not (out_of_network).
- phone_es_plantillas_entregadas_despues_de_terminar_la_cobertura: a photographed Spanish letter: orthotics cast
  while covered but delivered after coverage ended with the job (eligibility; the casting date a decoy).
- rotated_orthotics_approval_paid_at_plan_rate: an approval of custom orthotics at the plan's rate, a little less
  than the supplier's charge, said kindly, fed sideways (denies nothing).
- lowres_letter_store_inserts_not_tried_first: a 150 dpi letter whose type a reader must infer ("we pay for custom
  orthotics only when ..."), the supplier only in "the claim ... sent us", the podiatrist and a podiatric reviewer
  named in sentences, delivery "on or about" a date.
- clean_stack_podiatrist_letter_quoting_denial_duplex_then_late_claim_letter_sideways: the podiatrist's letter to
  a patient quoting the plan's earlier refusal (denies nothing), its blank duplex back, then sideways a letter on
  the supplier's claim received after 180 days (timely_filing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddw_famdwb import DWSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "podiatrist_custom_orthotics_and_dme_supplier_denial"
LANG = "en"
SEED = 354201
INS = "Caldermoor Health Insurance Company"
ALT = ["Caldermoor Health", "Caldermoor"]
PLAN = "Caldermoor Choice PPO 2000"
GROUP = "CM-207714"
POD = "Fernhollow Foot and Ankle Associates"
SUP = "Quillon Bay Orthotic Supply"
SUP_OON = "Brasswell Comfort Orthotics"


def cid(rng):
    return f"CMH{digits(rng, 9)}"


def clm(rng):
    return f"{digits(rng, 4)}-{digits(rng, 7)}"


def dob(rng, lo=1958, hi=2008):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def _head(p, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Des Moines IA 50306-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def bd_eob(rng):
    member, pod, pod2, ortho, rx = people(rng, 5)
    m = cid(rng)
    v1 = dt.date(2026, 2, rng.randint(2, 12))
    v2 = plus(v1, rng.randint(14, 21))
    dl = plus(v2, rng.randint(18, 25))
    sd = plus(dl, rng.randint(20, 30))
    n = [clm(rng) for _ in range(5)]
    b = [amount(rng, 180, 240), amount(rng, 70, 110), amount(rng, 60, 90), amount(rng, 110, 160),
         amount(rng, 420, 560)]

    def al(x):
        return round(x * 0.65, 2)

    def pd(x):
        return round(al(x) * 0.8, 2)
    paid = [True, True, True, True, False]
    rows = []
    spec = [(f"{POD}\nDr. {pod}", v1, "99203", "New patient visit, heel pain"),
            (f"{POD}\nDr. {pod}", v1, "73630", "Foot X-ray, 3 views"),
            (f"{POD}\nDr. {pod2}", v2, "99213", "Follow-up visit"),
            (f"{POD}\nDr. {pod2}", v2, "S0395", "Impression casting of both feet for orthotics"),
            (f"{SUP}\n{ortho}, orthotist", dl, "L3000 x2", "Foot insert, removable, molded to patient model, "
                                                          "UCB type, right and left")]
    for (who, d, code, desc), x, ok, num in zip(spec, b, paid, n):
        rows.append([num, who, fdate(d, "slash"), code, desc, money(x, "nosign"),
                     money(al(x) if ok else 0, "nosign"), money(pd(x) if ok else 0, "nosign"),
                     money(round(al(x) - pd(x), 2) if ok else 0, "nosign"), "PD" if ok else "96 N425"])
    tb = round(sum(b), 2)
    ta = round(sum(al(x) for x, ok in zip(b, paid) if ok), 2)
    tp = round(sum(pd(x) for x, ok in zip(b, paid) if ok), 2)
    rows.append(["TOTALS", "", "", "", "", money(tb, "nosign"), money(ta, "nosign"), money(tp, "nosign"),
                 money(round(ta - tp, 2), "nosign"), ""])
    p = DWSheet(footer="Page {n} of {nb}", footer_left="CHIC-EOB-5 (rev. 11/2025)")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL")
    p.capstrip([("MEMBER", member), ("MEMBER ID", m), ("GROUP", GROUP), ("PLAN", PLAN),
                ("STATEMENT DATE", fdate(sd, "abbr")), ("DATE OF BIRTH", fdate(dob(rng), "slash"))],
               [50, 36, 28, 52, 42, 47.4])
    p.ln(3)
    p.wrap_table(["Claim number", "Provider", "Service date", "Code", "Service", "Billed", "Allowed", "Plan paid",
                  "You owe", "Note"], rows, [26, 52, 20, 16, 54, 18, 18, 18, 16, 17.4], size=7.8,
                 aligns=["L"] * 5 + ["R"] * 4 + ["C"], bold_rows=(5,))
    p.para("**Notes.** PD: paid under your plan. 96 N425: not a covered service. Your plan booklet lists foot "
           "orthotics (shoe inserts, arch supports and heel cups, custom made or not) among the things it does not "
           "cover, unless they are part of a leg brace or are for a diabetic foot. The podiatrist's visits, the "
           f"X-ray and the casting are covered and were paid. {SUP} is in our network and may not bill you more "
           "than the amount in You owe for covered care; for the orthotics it may bill you its charge.", 8.2)
    p.para(f"Questions about a prescription? Our pharmacist, {rx}, PharmD, can help at {phone(rng)}. To appeal, "
           "write to us within 180 days of the statement date. Urgent appeals: 72 hours. External review: within "
           "4 months of our final decision.", 8.2)
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
              cases=[n[4]], claim_amount=m2(b[4]), service_dates=[dl.isoformat()], denial_date=sd.isoformat(),
              provider=SUP, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [ortho], "plan_id": [None]})
    return out(p), t


def faxstd_remit(rng):
    six = people(rng, 6)
    pats, pods = six[:3], six[3:]
    rd = dt.date(2026, 4, rng.randint(6, 24))
    blocks, info = [], []
    codes = [("L3000", "Foot insert, molded, UCB"), ("L3020", "Foot insert, molded, long. arch"),
             ("L3000", "Foot insert, molded, UCB")]
    for i, (pt, pod, (code, desc)) in enumerate(zip(pats, pods, codes)):
        d = plus(rd, -rng.randint(15, 40))
        n, m = clm(rng), cid(rng)
        b1 = amount(rng, 200, 280)
        den = i == 1
        lines = []
        for side in ("RT", "LT"):
            if den:
                lines.append([fdate(d, "slash"), f"{code}-{side}", desc, money(b1, "nosign"), "0.00", "0.00",
                              "CO-197"])
            else:
                lines.append([fdate(d, "slash"), f"{code}-{side}", desc, money(b1, "nosign"),
                              money(round(b1 * 0.6, 2), "nosign"), money(round(b1 * 0.48, 2), "nosign"), "1"])
        tot = round(2 * b1, 2)
        blocks.append({"title": f"CLM {n}   PT {pt.upper()}   MBR # {m}   ORD. DPM {pod}",
                       "lines": lines,
                       "total": ["", "", "Claim total", money(tot, "nosign"),
                                 "0.00" if den else money(round(b1 * 1.2, 2), "nosign"),
                                 "0.00" if den else money(round(b1 * 0.96, 2), "nosign"), ""]})
        info.append((pt, pod, n, m, d, tot))
    fax = f"{rd.strftime('%m/%d/%Y')} 07:{rng.randint(10, 59)}  CALDERMOOR PROV PAY  {phone(rng, '515')}  PG {{n}}"
    p = DWSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "CHIC-PRA-2 (rev. 07/2025)")
    p.capstrip([("PAYEE", SUP), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("NPI", digits(rng, 10)),
                ("REMIT DATE", fdate(rd, "slash")), ("EFT TRACE", digits(rng, 11))], [62, 28, 28, 34, 39.9])
    p.ln(3)
    p.claim_blocks(blocks, [22, 24, 62, 22, 20, 20, 21.9],
                   ["DOS", "HCPCS-MOD", "DESCRIPTION", "BILLED", "ALLOWED", "PAID", "ADJ"])
    p.para("**ADJ.** 1: paid per contract. CO-197: precertification absent. Custom molded foot inserts need our "
           "approval before they are made. We have no approval on file for this patient's pair, so both lines are "
           "refused. Your contract does not let you bill the patient for them.", 8.4)
    p.para("Reconsideration: within 60 days of the date of this remittance. Provider Services "
           f"{phone(rng)}.", 8.4)
    pt, pod, n, m, d, tot = info[1]
    t = truth("eob", "prior_authorization", insurer=INS, member_id=m, member_name=pt, cases=[n],
              claim_amount=m2(tot), service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=SUP,
              appeal_deadline=plus(rd, 60).isoformat(), alternates={"insurer": ALT, "provider": [pod]})
    return out(p), t


def photocopy_oon(rng):
    member, pod, sig = people(rng, 3)
    m = cid(rng)
    rxd = dt.date(2026, 3, rng.randint(2, 12))
    dl = plus(rxd, rng.randint(14, 24))
    nd = plus(dl, rng.randint(25, 35))
    n = clm(rng)
    b = amount(rng, 480, 620)
    p = DWSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("CLAIM DETERMINATION", "CHIC-CD-1 (rev. 02/2026)")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("NOTICE DATE", fdate(nd, "slash")), ("MBR #", m)],
              [("GROUP", GROUP), ("CLAIM NO.", n)],
              [("SUPPLIER", SUP_OON), ("NETWORK", "NOT IN NETWORK")],
              [("PRESCRIBED BY", f"Dr. {pod}"), ("RX DATE", fdate(rxd, "slash"))],
              [("DELIVERED", fdate(dl, "slash")), ("AMT BILLED", money(b))]], cap_w=26, cap=5.6)
    p.para(f"**Decision: not paid.** Dr. {pod} of {POD}, who is in our network, wrote the prescription for custom "
           f"orthotics (L3000, a pair). The orthotics were made and delivered by {SUP_OON}, which has no contract "
           f"with us. {PLAN} pays for equipment and supplies only from suppliers in its network, such as {SUP}. "
           "You may owe the supplier its full charge.", 9)
    p.para("You may appeal within 180 days of the notice date. Urgent appeals are decided within 72 hours. "
           f"Member Services {phone(rng)}, TTY 711.", 8.8)
    p.para(f"{sig}, claims examiner", 8.8)
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m,
              member_name=member, cases=[n], claim_amount=m2(b), service_dates=[dl.isoformat()],
              denial_date=nd.isoformat(), provider=SUP_OON, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None]})
    return out(p), t


def phone_es(rng):
    member, pod, ortho, sig = people(rng, 4)
    m = cid(rng)
    cast = dt.date(2026, 5, rng.randint(4, 15))
    end = dt.date(2026, 5, 31)
    dl = dt.date(2026, 6, rng.randint(3, 12))
    nd = plus(dl, rng.randint(25, 35))
    n = clm(rng)
    b = amount(rng, 430, 590)
    p = DWSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Número de miembro", m), ("Grupo", GROUP), ("Reclamo", n), ("Proveedor", SUP)], label_w=42, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"El {fdate(cast, 'long', 'es')} el Dr. {pod}, de {POD}, tomó los moldes de sus pies para unas plantillas "
           f"ortopédicas hechas a la medida. {SUP} le entregó las plantillas el {fdate(dl, 'long', 'es')} y nos cobró "
           f"{money(b)}.", 10)
    p.para(f"Su cobertura con nosotros terminó el {fdate(end, 'long', 'es')}, cuando terminó su empleo. Para un "
           "aparato o suministro, la fecha que cuenta es la fecha de entrega, no la de los moldes. Las plantillas "
           "se entregaron después de que terminó su cobertura, por eso no pagamos este reclamo.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           f"en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[dl.isoformat()], denial_date=nd.isoformat(), provider=SUP,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT})
    return out(p), t


def rotated_approval(rng):
    member, pod, nurse = people(rng, 3)
    m = cid(rng)
    nd = dt.date(2026, 7, rng.randint(6, 16))
    auth = f"PA-{digits(rng, 8)}"
    chg = amount(rng, 520, 600)
    rate = round(chg - rng.randint(40, 75) - 0.25, 2)
    p = DWSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Care Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.line("Your request is approved", 12, "B")
    p.ln(2)
    p.grid([[("Member", member), ("Member ID", m), ("Group", GROUP)],
            [("Approval number", auth), ("Supplier", SUP), ("Prescribed by", f"Dr. {pod}")],
            [("Item", "L3000 custom orthotics, one pair"), ("Approved", "1 pair"), ("Good until", "90 days")]],
           size=8.8)
    p.para(f"Dear {member}:", 10)
    p.para(f"Good news: we approved the custom orthotics Dr. {pod} prescribed for your diabetic foot care. "
           f"{SUP} told us its charge is {money(chg)}. Our rate for this item is {money(rate)}, and that is the "
           "amount we will use to pay the claim. Because the supplier is in our network, it has agreed to "
           "accept our rate; you will only owe your usual coinsurance, not the difference.", 10)
    p.para(f"If you have questions, your nurse care manager, {nurse}, RN, is at {phone(rng)} (TTY 711).", 10)
    t = truth("other", None, insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[auth],
              denial_date=nd.isoformat(), provider=SUP,
              alternates={"insurer": ALT, "provider": [pod], "case_numbers": [[]], "group_number": [None]})
    return out(p), t


def lowres_medn(rng):
    member, pod, rev, sig = people(rng, 4)
    m = cid(rng)
    v = dt.date(2026, 3, rng.randint(2, 14))
    dl = plus(v, rng.randint(16, 24))
    nd = plus(dl, rng.randint(28, 36))
    n = clm(rng)
    b = amount(rng, 460, 600)
    p = DWSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {member}:", 10)
    p.para(f"This letter is about the claim {SUP} sent us (claim {n}, {money(b)}) for the custom orthotics it "
           f"delivered to you on or about {fdate(dl, 'long')}. Dr. {pod} at {POD} prescribed them after your "
           f"visit on {fdate(v, 'long')}, which we paid. Your member ID is {m}, group {GROUP}.", 10)
    p.para("We pay for custom orthotics only when a person has tried ready-made arch supports, stretching and "
           "proper shoes for at least six weeks and they did not help. Dr. "
           f"{rev}, a podiatrist who reviews claims for us, read Dr. {pod}'s notes. The notes say this was your "
           "first visit for heel pain and that nothing had been tried before. So we did not pay the claim. If "
           "ready-made supports do not help, the supplier may send the claim again with the new notes.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. Urgent appeals: 72 hours. "
           f"Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims\n{INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[dl.isoformat()], denial_date=nd.isoformat(),
              provider=SUP, appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [pod]})
    return out(p), t


def clean_stack(rng):
    member, pod, staff = people(rng, 3)
    m = cid(rng)
    v1 = dt.date(2026, 2, 9)
    v2 = dt.date(2026, 2, 23)
    den = dt.date(2026, 3, rng.randint(16, 27))
    ld = plus(den, rng.randint(10, 18))
    n = clm(rng)
    p = DWSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    p.logo_head(POD, "FF", [f"{rng.randint(100, 9800)} Grand Ave, Des Moines IA 503{rng.randint(10, 99)}  |  "
                            f"{phone(rng, '515')}  |  Fax {phone(rng, '515')}"], size=13)
    p.ln(2)
    p.para(fdate(ld, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {member}:", 10)
    p.para(f"You asked us about the letter {INS} sent you on {fdate(den, 'long')} about your orthotics. It said: "
           f"\"We did not pay claim {n} from {SUP} because foot orthotics are not covered under your plan.\" We want "
           "to explain how that affects you.", 10)
    p.para(f"Our own claims for the visits on February 9 and February 23 (02/09/2026 and 02/23/2026) with Dr. {pod} "
           f"were paid, and you owe us nothing for them. The orthotics were billed by {SUP}, not by us; any "
           "question about that bill should go to them or to your insurer. If you choose to appeal the insurer's "
           "decision, we will send a letter explaining why Dr. " + pod + " prescribed them.", 10)
    p.para(f"Sincerely,\n{staff}\nBilling office, {POD}", 10)
    d_a = (out(p), truth("other", None, insurer=INS, member_id=None, member_name=member, cases=[],
                         service_dates=[v1.isoformat(), v2.isoformat()], denial_date=ld.isoformat(), provider=pod,
                         unscored=["insurer"], alternates={"provider": [POD], "case_numbers": [[n]]}))
    member2, pod2, sig = people(rng, 3)
    m2_ = cid(rng)
    dl = dt.date(2026, 1, rng.randint(5, 20))
    rec = plus(dl, rng.randint(188, 200))
    nd = plus(rec, rng.randint(7, 12))
    n2 = clm(rng)
    b = amount(rng, 440, 580)
    q = DWSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.para(fdate(nd, "long"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Member ID", m2_), ("Group", GROUP), ("Claim", n2), ("Amount billed", money(b))], label_w=32,
            size=9.6)
    q.ln(2)
    q.para(f"Dear {member2}:", 10)
    q.para(f"{SUP} sent us a claim for the custom orthotics it delivered to you on {fdate(dl, 'long')}, which "
           f"Dr. {pod2} prescribed. We received the claim on {fdate(rec, 'slash')}.", 10)
    q.para("Suppliers in our network agree to send claims within 180 days of the date of service. This claim "
           "arrived later than that, so we did not pay it. Because the supplier is in our network, it may not bill "
           "you for the orthotics.", 10)
    q.para("If you disagree, you may appeal within 180 days of the date of this letter. External review: within 4 "
           f"months of our final decision. Questions: {phone(rng)} (TTY 711).", 10)
    q.para(f"Sincerely,\n{sig}\nClaims", 10)
    d_b = (out(q), truth("denial_letter", "timely_filing", insurer=INS, group=GROUP, member_id=m2_,
                         member_name=member2, cases=[n2], claim_amount=m2(b), service_dates=[dl.isoformat()],
                         denial_date=nd.isoformat(), provider=SUP, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [pod2]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_five_claims_supplier_orthotics_excluded", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_remittance_claim_blocks_middle_patient_no_approval", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "photocopy_claim_form_supplier_outside_network", "photocopy", [photocopy_oon(rng)]),
        Item(F + "phone_es_plantillas_entregadas_despues_de_terminar_la_cobertura", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_orthotics_approval_paid_at_plan_rate", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_letter_store_inserts_not_tried_first", "scan_lowres_150", [lowres_medn(rng)]),
        Item(F + "clean_stack_podiatrist_letter_quoting_denial_duplex_then_late_claim_letter_sideways",
             "scan_clean_300", clean_stack(rng), separators=["duplex", None], turns={(1, 0): 90}),
    ]
