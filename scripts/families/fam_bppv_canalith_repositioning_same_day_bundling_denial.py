"""Family 'bppv_canalith_repositioning_same_day_bundling_denial': an invented plan refusing canalith repositioning
(CPT 95992) for benign paroxysmal positional vertigo as bundled into the same-day office visit because the claim
carried no modifier; the corrected claim is later paid.

Documents: a born-digital member EOB with three claims (audiology testing and the office visit paid, the
repositioning refused); the ENT practice's patient statement (denies nothing); a low-resolution Spanish notice of
the denied claim; a photocopied provider remittance listing several patients, one claim denied; a standard-fax
stack of the plan's claim edit notice to the practice, a blank separator and the practice's letter to the
patient about the corrected claim, fed upside down; a phone photo of the member letter told only in sentences; a
sideways EOB for the corrected claim, paid (denies nothing).
All values invented; phones 1-555. Decoys: DOB, NPIs, tax ID, check/EFT numbers, patient account numbers,
processing periods, other claims and patients, the audiologist's credential, 72-hour and external-review limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcx_famcxf import Page, addr, factbox, fd, fee, letterhead, lv, paras, pat, plus, usd

FAMILY = "bppv_canalith_repositioning_same_day_bundling_denial"
LANG = "en"
SEED = 349200
ORG = "Quillfeather Health Plan"
ORG_ADDR = "PO Box 20416, Stonebridge, NV 89999"
ENT = "Renata S. Colquitt"
ENT_MD = "Renata S. Colquitt, MD"
PRACTICE = "Harrowgate Ear, Nose & Throat Associates"
PRACTICE_ADDR = "77 Cinder Mesa Drive, Suite 120, Stonebridge, NV 89999"
AUD = "Priya N. Halvorsen, AuD"
MEMBERS = ["Walter G. Pennington", "Agnes R. Tolliver", "Soledad M. Arriaga", "Cornelius B. Hatfield",
           "Eunice L. Drummond", "Vivian C. Maplethorpe", "Howard E. Quarrington"]


def base(r, k):
    notice = dt.date(2026, 1, 6) + dt.timedelta(days=r.randint(0, 170))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(20, 9800)} Pinyon Wash Lane",
                                                        "Stonebridge, NV 89999"],
                mid=pat(r, "QHP999999999"), grp=pat(r, "GRP-99999"), plan=pat(r, "NV-HMO-99"),
                phone=f"1-555-{pat(r, '999-9999')}",
                dob=dt.date(r.randint(1941, 1975), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


CPT95992 = "95992 Canalith repositioning proc(s), per day"


def doc_eob(r):
    f = base(r, 0)
    c1, c2, c3 = pat(r, "26Q999999901"), pat(r, "26Q999999902"), pat(r, "26Q999999903")
    dos = plus(f["notice"], -r.randint(24, 40))
    aud_amt, ov_amt, crp = fee(r, 260, 420), fee(r, 230, 340), fee(r, 180, 290)
    per = (plus(f["notice"], -30), plus(f["notice"], -1))
    d = Page(footer="Quillfeather Health Plan  |  THIS IS NOT A BILL  |  Page {n} of {nb}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}  (TTY 711)", "quillfeather-health.example"], 0)
    d.line("YOUR EXPLANATION OF BENEFITS", 13, "B")
    d.ln(2)
    y = d.get_y()
    addr(d, [f["member"], *f["addr"]], size=9.5)
    d.set_y(y)
    lv(d, [("Date issued:", fd(f["notice"], "abbr")), ("Member:", f["member"]), ("ID number:", f["mid"]),
           ("Group:", f["grp"]), ("Plan:", f["plan"]),
           ("Period:", f"{fd(per[0], 'abbr')} - {fd(per[1], 'abbr')}")], w=26, size=8.6, x=118)
    d.ln(6)
    d.f(9.5, "B")
    d.cell(0, 6, "Summary of claims processed", new_x="LMARGIN", new_y="NEXT")
    head = ["Claim number", "Provider", "Service date", "Service", "Billed", "Plan paid", "You owe", "Rmk"]
    w = [26, 38, 20, 36, 16, 16, 16, 10]
    al = ["L", "L", "L", "L", "R", "R", "R", "C"]
    rows = [[c1, AUD, fd(dos, "abbr"), "92540 Basic vestibular eval", usd(aud_amt, "nosign"),
             usd(aud_amt * .65, "nosign"), usd(aud_amt * .1, "nosign"), "01"],
            [c2, ENT_MD, fd(dos, "abbr"), "99204 New patient visit", usd(ov_amt, "nosign"),
             usd(ov_amt * .6, "nosign"), "40.00", "01"],
            [c3, ENT_MD, fd(dos, "abbr"), "95992 Canalith repositioning", usd(crp, "nosign"), "0.00",
             "0.00", "B7"]]
    d.table(head, rows, w, size=7.4, aligns=al)
    paras(d, [
        "#Remark codes",
        "01  Paid according to your in-network benefits.",
        "B7  The procedure billed is included in the payment for another service the same provider gave you on "
        "the same day (the office visit). It cannot be paid separately because the claim did not carry the "
        "modifier that shows a separate, significant service. Your provider may not bill you for this amount. "
        "The provider may send a corrected claim.",
        "#If you disagree with a claim decision",
        "You or your authorized representative may file an appeal within 180 days of the date this statement "
        f"was issued. Write to Quillfeather Appeals Unit, {ORG_ADDR}. If your health is at serious risk, an "
        "expedited appeal is decided within 72 hours. You may also have the right to an external review."],
        size=8.6)
    t = truth("eob", "coding_error", insurer=ORG, plan_id=f["plan"], group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[c3], claim_amount=f"{crp:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=ENT,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [PRACTICE]})
    return bytes(d.output()), t


def doc_statement(r):
    f = base(r, 1)
    acct = "HEN-" + pat(r, "999999")
    v1 = plus(f["notice"], -r.randint(50, 65))
    v2 = plus(v1, r.randint(7, 10))
    amts = {"99203": fee(r, 190, 260), "95992a": fee(r, 180, 290), "99213": fee(r, 120, 180),
            "95992b": fee(r, 180, 290)}
    rows = [[fd(v1, "nopad"), "99203", "Office visit, new patient", usd(amts["99203"], "flat"), "Ins paid",
             usd(amts["99203"] * .3, "flat")],
            [fd(v1, "nopad"), "95992", "Canalith repositioning", usd(amts["95992a"], "flat"), "Ins denied",
             usd(amts["95992a"], "flat")],
            [fd(v2, "nopad"), "99213-25", "Office visit, established", usd(amts["99213"], "flat"), "Ins paid",
             usd(amts["99213"] * .2, "flat")],
            [fd(v2, "nopad"), "95992", "Canalith repositioning", usd(amts["95992b"], "flat"), "Ins paid",
             usd(amts["95992b"] * .2, "flat")]]
    bal = round(amts["99203"] * .3 + amts["95992a"] + amts["99213"] * .2 + amts["95992b"] * .2, 2)
    d = Page(footer=f"{PRACTICE}   TIN 88-{pat(r, '9999999')}   Billing office 1-555-820-4410")
    d.add_page()
    letterhead(d, PRACTICE, [PRACTICE_ADDR], 2)
    d.line("STATEMENT OF ACCOUNT", 12.5, "B")
    d.ln(1)
    bottom = factbox(d, [("Statement date", fd(f["notice"], "nopad")), ("Account", acct),
                         ("Amount due", usd(round(bal, 2))), ("Due by", fd(plus(f["notice"], 30), "nopad"))],
                     x=146, w=52)
    addr(d, [f["member"], *f["addr"]])
    lv(d, [("Patient", f["member"]), ("Insurance", f"{ORG} - {f['mid']}"), ("Physician", ENT_MD)], w=24,
       size=9.2)
    d.set_y(max(d.get_y(), bottom) + 4)
    d.table(["Date", "Code", "Description", "Charge", "Insurance", "Patient due"], rows,
            [22, 20, 58, 24, 26, 24], size=8.4, aligns=["L", "L", "L", "R", "L", "R"])
    paras(d, [
        f"A note from our billing office: {ORG} denied the canalith repositioning on your first visit "
        f"({fd(v1, 'nopad')}) because it was billed on the same day as your office visit. We are sending a "
        "corrected claim. Until the plan pays, that charge shows on your account; you do not need to pay it "
        "now unless the corrected claim is also denied.",
        "Pay online, by phone, or mail the stub below with your check. Thank you for choosing Harrowgate ENT."],
        size=9.2)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=f"{amts['95992a']:.2f}",
              service_dates=[v1.isoformat()], denial_date=f["notice"].isoformat(), provider=ENT,
              unscored=["insurer"],
              alternates={"provider": [PRACTICE], "claim_amount": [None, f"{bal:.2f}"],
                          "service_dates": [[v1.isoformat(), v2.isoformat()]]})
    return bytes(d.output()), t


def doc_spanish(r):
    f = base(r, 2)
    claim = pat(r, "26Q999999904")
    dos = plus(f["notice"], -r.randint(20, 35))
    amt = fee(r, 180, 290)
    d = Page(footer="Quillfeather Health Plan  -  Página {n} de {nb}")
    d.add_page()
    letterhead(d, ORG, ["Servicios al Miembro " + f["phone"] + " (TTY 711)", ORG_ADDR], 1)
    d.line(f"Fecha: {fd(f['notice'], 'es')}", 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    d.line("AVISO DE DENEGACIÓN DE PAGO DE UNA RECLAMACIÓN", 12, "B")
    d.ln(2)
    d.boxed_pairs([("Número de reclamación", claim), ("Número de miembro", f["mid"]), ("Grupo", f["grp"]),
                   ("Proveedor", ENT_MD), ("Fecha del servicio", fd(dos, "es")),
                   ("Servicio", "95992 Reposicionamiento de canalitos"), ("Monto facturado", usd(amt)),
                   ("Fecha de nacimiento", fd(f["dob"], "es"))], label_w=58, size=9)
    paras(d, [
        f"Estimado(a) {f['member'].split()[0]} {f['member'].split()[-1]}:",
        "Hemos denegado el pago de este servicio. La maniobra de reposicionamiento para el vértigo posicional se "
        "realizó el mismo día que su consulta médica y la reclamación no tenía el modificador que indica un "
        "servicio aparte. Por eso el servicio queda incluido en el pago de la consulta. Su proveedor puede "
        "enviar una reclamación corregida y no le puede cobrar a usted este monto.",
        "#Su derecho a apelar",
        "Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de este aviso. Escriba a "
        f"Quillfeather Appeals Unit, {ORG_ADDR}. Si su salud corre grave peligro, pida una apelación acelerada; "
        "la decidimos en 72 horas. También puede tener derecho a una revisión externa independiente.",
        "Atentamente,", "Departamento de Reclamaciones, Quillfeather Health Plan"], size=9.5)
    t = truth("denial_letter", "coding_error", lang="es", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{amt:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=ENT,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [PRACTICE]})
    return bytes(d.output()), t


def doc_remit(r):
    f = base(r, 3)
    others = [("PELLEGRINI, MAURA J", pat(r, "QHP999999999")), ("OKAFOR, DESMOND A", pat(r, "QHP999999999")),
              ("LINDQVIST, HARALD P", pat(r, "QHP999999999"))]
    last, first, mid = f["member"].split()[-1], f["member"].split()[0], f["member"].split()[1].rstrip(".")
    pname = f"{last.upper()}, {first.upper()} {mid}"
    icns = [pat(r, "2699999999999") for _ in range(4)]
    dos = [plus(f["notice"], -r.randint(15, 40)) for _ in range(4)]
    amt = [fee(r, 120, 320) for _ in range(4)]
    eft = pat(r, "EFT99999999")
    d = Page(footer="QUILLFEATHER HEALTH PLAN  PROVIDER REMITTANCE ADVICE  PAGE {n}")
    d.add_page()
    d.f(11, "B")
    d.cell(0, 6, "QUILLFEATHER HEALTH PLAN", new_x="LMARGIN", new_y="NEXT")
    d.f(8.5)
    d.cell(0, 4.2, "PROVIDER REMITTANCE ADVICE  -  " + ORG_ADDR, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    lv(d, [("PAYEE:", PRACTICE.upper()), ("PAYEE NPI:", f["npi"]), ("TAX ID:", "88-" + pat(r, "9999999")),
           ("REMIT DATE:", fd(f["notice"], "upper")), ("EFT TRACE:", eft)], w=30, size=8.4, bold=False)
    d.ln(3)
    rows, k = [], 2
    pats = others[:2] + [(pname, f["mid"])] + others[2:]
    codes = [("99213-25", "95992"), ("99214", ""), ("99203", "95992"), ("92540", "")]
    for i, ((nm, idn), (a, b)) in enumerate(zip(pats, codes)):
        paid = "0.00" if i == k else usd(amt[i] * .62, "nosign")
        rows.append([nm, idn, icns[i], fd(dos[i], "slash"), a + (" " + b if b else ""), usd(amt[i], "nosign"),
                     paid, "CO-97 N20" if i == k else "CO-45"])
    d.table(["PATIENT", "MEMBER ID", "ICN", "DOS", "PROC", "BILLED", "PAID", "ADJ"], rows,
            [40, 27, 29, 20, 26, 16, 14, 16], size=7.2, row_h=5, border=0)
    paras(d, [
        "ADJUSTMENT AND REMARK CODES",
        "CO-45  Charge exceeds fee schedule/maximum allowable.",
        "CO-97  The benefit for this service is included in the payment/allowance for another service/procedure "
        "that has already been adjudicated.",
        "N20  Service not payable with other service rendered on the same date. Modifier 25 was not reported "
        "on the evaluation and management service.",
        f"RENDERING PROVIDER FOR ALL CLAIMS: {ENT_MD.upper()}.",
        "Corrected claims and requests for reconsideration must be received within 90 days of the remit date. "
        "Send them to Quillfeather Provider Disputes at the address above."], size=7.8)
    t = truth("eob", "coding_error", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[icns[k]], claim_amount=f"{amt[k]:.2f}", service_dates=[dos[k].isoformat()],
              denial_date=f["notice"].isoformat(), provider=ENT,
              appeal_deadline=plus(f["notice"], 90).isoformat(),
              alternates={"provider": [PRACTICE], "appeal_deadline": [None]})
    return bytes(d.output()), t


def stack_edit_notice(r):
    f = base(r, 4)
    claim = pat(r, "26Q999999905")
    dos = plus(f["notice"], -r.randint(18, 30))
    amt = fee(r, 180, 290)
    d = Page(footer="Quillfeather Health Plan - Provider Claims - {n}")
    d.add_page()
    letterhead(d, ORG, ["Provider Claims Services", ORG_ADDR, "Provider line 1-555-307-6600"], 0)
    d.line("CLAIM EDIT NOTICE", 12, "B")
    d.ln(2)
    lv(d, [("Date", fd(f["notice"], "dmy")), ("To", f"{PRACTICE}, attn. Billing"), ("Fax", "1-555-820-4419")],
       w=16, size=9.4)
    d.ln(2)
    d.table(["Field", "Value"], [["Claim number", claim], ["Patient", f["member"]], ["Member ID", f["mid"]],
                                 ["Group", f["grp"]], ["Patient DOB", fd(f["dob"], "dmy")],
                                 ["Rendering provider", ENT_MD], ["Rendering NPI", f["npi"]],
                                 ["Date of service", fd(dos, "dmy")], ["Line denied", CPT95992],
                                 ["Billed amount", usd(amt)], ["Edit", "NCCI procedure-to-procedure, modifier absent"]],
            [55, 119], size=8.6, border=1)
    paras(d, [
        "The line above was denied because the evaluation and management service billed on the same date by "
        "the same provider did not report modifier 25 (significant, separately identifiable service), and the "
        "procedure is bundled into the visit without it. The member may not be billed.",
        "Submit a corrected claim (frequency code 7) with the original claim number, or request a "
        "reconsideration within 90 days of the date of this notice. Expedited review does not apply to claim "
        "edits."], size=9.2)
    edit = bytes(d.output())
    t_edit = truth("denial_letter", "coding_error", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
                   member_name=f["member"], case_numbers=[claim], claim_amount=f"{amt:.2f}",
                   service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=ENT,
                   appeal_deadline=plus(f["notice"], 90).isoformat(), alternates={"provider": [PRACTICE]})
    later = plus(f["notice"], r.randint(2, 5))
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, PRACTICE, [PRACTICE_ADDR, "Billing office 1-555-820-4410"], 1)
    d.line(fd(later, "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]},",
        f"You may receive a statement from {ORG} saying that the repositioning treatment Dr. Renata S. Colquitt gave "
        "you for your dizziness was not paid. This happened because of a coding step on our side: the visit and the "
        "treatment were billed together without a code the plan needs.",
        "We have sent the plan a corrected claim. You do not owe anything for this treatment now, and you do not "
        "need to call the plan or file an appeal. We will let you know if anything else is needed.",
        "Thank you for your patience,", "", "Billing Office", PRACTICE], size=10.2)
    let = bytes(d.output())
    t_let = truth("other", None, member_name=f["member"], denial_date=later.isoformat(), provider=ENT,
                  unscored=["insurer"], alternates={"provider": [PRACTICE]})
    return [(edit, t_edit), (let, t_let)], ["blank", None]


def doc_prose(r):
    f = base(r, 5)
    claim = pat(r, "26Q999999906")
    dos = plus(f["notice"], -r.randint(20, 32))
    amt = fee(r, 180, 290)
    d = Page(serif=True, footer=None)
    d.add_page()
    d.f(12.5, "B")
    d.cell(0, 6, ORG, new_x="LMARGIN", new_y="NEXT")
    d.f(8.8)
    d.cell(0, 4.4, "Claims Department  -  " + ORG_ADDR, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.line(fd(f["notice"], "long"), 10)
    d.ln(4)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"We are writing about claim {claim} that {ENT_MD} sent us for the treatment you received on "
        f"{fd(dos, 'long')}. On that day the doctor saw you for dizziness and "
        f"performed a canalith repositioning maneuver. The doctor billed {usd(amt)} for the maneuver.",
        "We cannot pay the charge for the maneuver. When a doctor performs this treatment at the same visit, it "
        "is included in the payment for the office visit unless the claim shows that the visit was a "
        "separate, significant service. The claim we received did not include that information, so the "
        "maneuver was not paid separately. The office visit itself was paid. Your doctor's office may not bill "
        "you for the maneuver, and it may send us a corrected claim.",
        f"If you disagree with this decision, you may appeal within 180 days of the date of this letter. "
        f"Your member ID is {f['mid']} and your group number is {f['grp']}; please include them with your "
        "appeal. We decide urgent appeals within 72 hours, and you may be able to ask for an external review "
        f"after our decision. Call us at {f['phone']} with any questions.",
        "Sincerely,", "", "Quillfeather Health Plan Claims Department"], size=10.2)
    t = truth("denial_letter", "coding_error", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{amt:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=ENT,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [PRACTICE]})
    return bytes(d.output()), t


def doc_corrected_paid(r):
    f = base(r, 6)
    orig, new = pat(r, "26Q999999907"), pat(r, "26Q999999908")
    dos = plus(f["notice"], -r.randint(45, 60))
    lines = [("99214-25", "Office visit, established, sep. service", fee(r, 160, 230)),
             ("95992", "Canalith repositioning, per day", fee(r, 180, 290))]
    total = round(sum(a for *_, a in lines), 2)
    d = Page(footer="Quillfeather Health Plan  -  Explanation of Benefits  -  {n}/{nb}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}"], 2)
    d.line("Explanation of Benefits - Adjusted Claim", 12.5, "B")
    d.ln(2)
    lv(d, [("Issue date", fd(f["notice"], "iso")), ("Member", f["member"]), ("Member ID", f["mid"]),
           ("Group number", f["grp"]), ("Claim number", new), ("Replaces claim", orig),
           ("Provider", ENT_MD), ("Date of service", fd(dos, "iso"))], w=36, size=9.2)
    d.ln(3)
    rows = [[c, s, usd(a), usd(a * .7), usd(a * .7 - (30 if i == 0 else 0)), usd(30 if i == 0 else 0)]
            for i, (c, s, a) in enumerate(lines)]
    rows.append(["", "Total", usd(total), usd(total * .7), usd(total * .7 - 30), usd(30)])
    d.table(["Code", "Service", "Billed", "Allowed", "Plan paid", "Your cost"], rows, [22, 70, 22, 20, 22, 22],
            size=8.4, aligns=["L", "L", "R", "R", "R", "R"], bold_last=True)
    paras(d, [
        "This claim was sent again by your provider with a corrected code. We reprocessed it and paid it. The "
        "earlier statement for this date of service, which showed the repositioning as not payable, is replaced "
        "by this one. Your cost is your office visit copay.",
        "Keep this statement for your records. This is not a bill."], size=9.4)
    t = truth("eob", None, insurer=ORG, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[new, orig], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=ENT,
              alternates={"provider": [PRACTICE], "case_numbers": [[new]]}, type_alternates=["other"])
    return bytes(d.output()), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_edit_notice(r(4))
    return [
        Item(f"{FAMILY}_bd_eob_three_claims_repositioning_denied", "born_digital", [doc_eob(r(0))]),
        Item(f"{FAMILY}_scan300_ent_statement", "scan_clean_300", [doc_statement(r(1))]),
        Item(f"{FAMILY}_lowres_aviso_es", "scan_lowres_150", [doc_spanish(r(2))]),
        Item(f"{FAMILY}_copy_provider_remittance_one_denied", "photocopy", [doc_remit(r(3))]),
        Item(f"{FAMILY}_faxstd_stack_edit_notice_practice_letter", "fax_standard_g4", docs, separators=seps,
             turns={(1, 0): 180}),
        Item(f"{FAMILY}_photo_member_letter_prose", "phone_photo", [doc_prose(r(5))]),
        Item(f"{FAMILY}_rotated_corrected_claim_paid_eob", "rotated", [doc_corrected_paid(r(6))]),
    ]
