"""Family 'spinal_muscular_atrophy_gene_therapy_age_criteria_denial': an invented Medicaid managed care plan refusing
a one-time onasemnogene abeparvovec (J3399) gene therapy infusion for a child with spinal muscular atrophy because
the child is outside the clinical policy's age/weight criteria (under 24 months, 13.5 kg or less at infusion), then
approving it after a peer-to-peer review.

Documents: a born-digital member Notice of Adverse Benefit Determination; the specialty pharmacy's order-on-hold
letter (denies nothing); a fine-fax stack (driver's cover, the plan's provider notification and the neurologist's
peer-to-peer request); a Spanish member notice photographed; the approval after the peer-to-peer told only in
sentences (sideways); the infusion center's appointment and financial clearance letter (150 dpi; denies nothing);
a photocopied member EOB with the paid infusion claim.
All values invented; phones 1-555. Decoys: DOB, weight, NPI, request-received dates, Rx and order numbers, policy
number, 72-hour, 10-day, 120-day fair hearing limits, peer-to-peer window.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcv_famcve import Page, addr, fd, fee, letterhead, lv, out, paras, pat, plus, usd

FAMILY = "spinal_muscular_atrophy_gene_therapy_age_criteria_denial"
LANG = "en"
SEED = 346500
ORG = "Bayside Horizon Health Plan"
ORG_ADDR = "PO Box 58214, Tollesport, NV 89999"
PROG = "Bayside Horizon Medicaid (a State Medicaid managed care plan)"
NEURO = "Rosalind K. Achterberg"
NEURO_T = "Dr. Rosalind K. Achterberg"
CLINIC = "Tollesport Children's Neuromuscular Clinic"
PHARM = "Meridian Crest Specialty Pharmacy"
INFUSION = "Granite Bay Pediatric Infusion Center"
DRUG = "onasemnogene abeparvovec-xioi (Zolgensma), HCPCS J3399"
POLICY = "Clinical Policy CP-GT-014"
CHILDREN = ["Theodore J. Vandermeer", "Amelia R. Castellanos", "Oliver P. Whitcombe", "Nora E. Lindqvist",
            "Felix A. Ravensworth", "Hazel M. Brightman", "Jonah T. Kettleby"]
PARENTS = ["Clarissa Vandermeer", "Paola Castellanos", "Devon Whitcombe", "Ingrid Lindqvist", "Marcus Ravensworth",
           "Tessa Brightman", "Ruth Kettleby"]
CHILD_ES = "Santiago E. Irizarry"
PARENT_ES = "Yesenia Irizarry"


def base(r, k):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120))
    dob = notice - dt.timedelta(days=r.randint(735, 770))
    return dict(notice=notice, child=CHILDREN[k], parent=PARENTS[k], dob=dob,
                addr=[f"{r.randint(110, 9800)} Saltgrass Way", "Tollesport, NV 89999"],
                mid=pat(r, "99999999999"), plan="BHM-" + pat(r, "9999"), phone="1-555-" + pat(r, "999-9999"),
                npi=r.choice("12") + pat(r, "999999999"), wt=round(r.uniform(12.6, 13.4), 1))


def doc_member_nabd(r):
    f = base(r, 0)
    ref = pat(r, "PA-26-9999999")
    planned = plus(f["notice"], r.randint(9, 16))
    rec = plus(f["notice"], -r.randint(4, 9))
    ds = "long"
    d = Page(footer="Bayside Horizon Health Plan  |  NABD-GT  |  Page {n} of {nb}")
    d.add_page()
    letterhead(d, ORG, [PROG, ORG_ADDR, f"Member Services {f['phone']} (TTY 711)"], 2)
    d.line(fd(f["notice"], ds), 10)
    d.ln(3)
    addr(d, [f"To the parent or guardian of {f['child']}", f["parent"], *f["addr"]])
    d.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    d.line("This notice explains a decision about a service for your child.", 9)
    d.ln(2)
    lv(d, [("Member", f["child"]), ("Date of birth", fd(f["dob"], "slash")), ("Medicaid ID", f["mid"]),
           ("Plan ID", f["plan"]), ("Reference number", ref), ("Requesting provider", f"{NEURO_T}, {CLINIC}"),
           ("Provider NPI", f["npi"]), ("Service requested", "One-time gene therapy infusion, J3399"),
           ("Requested date of service", fd(planned, ds)), ("Date we got the request", fd(rec, ds))], w=54, size=9.3)
    paras(d, [
        "#What we decided",
        f"We denied the request for {DRUG}. This service is not medically necessary for your child under our "
        f"{POLICY}, because your child does not meet the policy's criteria.",
        "#Why we decided this",
        f"The policy covers this one-time infusion for a child with spinal muscular atrophy who is under 24 months "
        f"of age on the day of the infusion and weighs 13.5 kg or less. On the requested date your child will be "
        f"older than 24 months. The records we received list a weight of {f['wt']} kg.",
        "#Your right to appeal",
        "You may ask us for an appeal within 60 days of the date of this notice. Call Member Services or write to "
        f"Appeals Unit, {ORG_ADDR}. If waiting could seriously harm your child's health, ask for a fast appeal; we "
        "decide fast appeals within 72 hours. To keep getting a service while you appeal, you must ask within 10 "
        "days. After our appeal decision you may ask for a State Fair Hearing within 120 days.",
        "Your child's doctor may also ask to speak with our medical director (peer-to-peer review) within 5 "
        "business days."], size=9.4)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, plan_id=f["plan"], member_id=f["mid"],
              member_name=f["child"], case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=NEURO,
              appeal_deadline=plus(f["notice"], 60).isoformat(), alternates={"provider": [CLINIC]})
    return out(d), t


def doc_pharmacy(r):
    f = base(r, 1)
    ref = pat(r, "PA-26-9999999")
    order, rx = pat(r, "MCS-999999"), pat(r, "Rx 9999999")
    ship = plus(f["notice"], r.randint(6, 12))
    d = Page(serif=True, footer=None, footer_left="Meridian Crest Specialty Pharmacy  |  Accredited specialty "
                                                  "pharmacy  |  Fax 1-555-271-0448")
    d.add_page()
    letterhead(d, PHARM, ["4410 Copperleaf Parkway, Suite 300", "Tollesport, NV 89999",
                          "Patient Care Team 1-555-271-0440"], 3)
    d.line(fd(f["notice"], "abbr"), 10)
    d.ln(3)
    addr(d, [f["parent"], *f["addr"]])
    d.line(f"Re: {f['child']}   Order {order}", 10.5, "B")
    d.ln(2)
    paras(d, [
        f"Dear {f['parent']},",
        f"Our team received an order from {NEURO_T} at {CLINIC} for your child's one-time gene therapy, {DRUG}. "
        f"We had planned to ship the medicine to {INFUSION} for an infusion on {fd(ship, 'abbr')}.",
        f"Before we can ship, the health plan must approve the order. {ORG} told us on "
        f"{fd(plus(f['notice'], -2), 'abbr')} that the request (plan reference {ref}) was not approved. Your order "
        "is on hold. Nothing has been shipped and you do not owe us anything.",
        "We have sent the plan's decision to the doctor's office, which can ask for a peer-to-peer review or an "
        "appeal. We will keep the order open for 30 days.",
        "#Order details"], size=10)
    lv(d, [("Patient", f["child"]), ("Date of birth", fd(f["dob"], "slash")), ("Medicaid ID", f["mid"]),
           ("Prescription", rx), ("Prescriber", NEURO_T), ("Status", "ON HOLD - prior authorization denied")],
       w=36, size=9.6)
    paras(d, ["Warm regards,", "Patient Care Team, " + PHARM], size=10)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["child"], case_numbers=[ref],
              service_dates=[ship.isoformat()], denial_date=f["notice"].isoformat(), provider=NEURO,
              unscored=["insurer"], alternates={"provider": [PHARM, INFUSION], "case_numbers": [[]],
                                                "service_dates": [[]]})
    return out(d), t


def stack_provider(r):
    f = base(r, 2)
    ref = pat(r, "PA-26-9999999")
    planned = plus(f["notice"], r.randint(8, 14))
    rec = plus(f["notice"], -r.randint(3, 7))
    # plan's provider notification (boxed form)
    d = Page(footer="BHHP UM Provider Notification  -  {n}/{nb}")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management - Pharmacy and Specialty Drugs", ORG_ADDR,
                        "UM fax 1-555-902-3316   UM phone 1-555-902-3300"], 1)
    d.line("PRIOR AUTHORIZATION DETERMINATION - PROVIDER NOTIFICATION", 11.5, "B")
    d.ln(2)
    d.boxed_pairs([("Notification date", fd(f["notice"], "iso")), ("To", NEURO_T), ("Practice", CLINIC),
                   ("Fax", "1-555-640-7781"), ("NPI", f["npi"]), ("Member", f["child"]),
                   ("DOB", fd(f["dob"], "iso")), ("Medicaid ID", f["mid"]), ("Authorization request #", ref),
                   ("Received", fd(rec, "iso")), ("Drug / HCPCS", "Zolgensma / J3399, 1 kit"),
                   ("Proposed infusion date", fd(planned, "iso")), ("Determination", "DENIED")], label_w=58)
    paras(d, [
        f"Rationale: the request does not meet the medical necessity criteria of {POLICY} (onasemnogene "
        "abeparvovec). Criteria require age under 24 months at infusion and weight of 13.5 kg or less. The "
        f"member will be over 24 months of age on the proposed date; documented weight {f['wt']} kg.",
        "Peer-to-peer: the prescriber may call 1-555-902-3300 within 5 business days of this notice to discuss "
        "the case with the reviewing physician.",
        "Appeal: the provider, with the member's written consent, may file an appeal within 60 days of the date "
        "of this notice. Expedited appeals are decided within 72 hours. A State Fair Hearing may be requested "
        "only after the plan's appeal decision."], size=9.3)
    notif = out(d)
    t1 = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["child"],
               case_numbers=[ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
               provider=NEURO, appeal_deadline=plus(f["notice"], 60).isoformat(), alternates={"provider": [CLINIC]})
    # neurologist's peer-to-peer request letter
    sent = plus(f["notice"], 2)
    d = Page(footer=None)
    d.add_page()
    letterhead(d, CLINIC, ["Pediatric Neuromuscular and Neurogenetics Program",
                           "900 Lighthouse Hill Drive, Tollesport, NV 89999", "Phone 1-555-640-7700"], 0)
    d.line(fd(sent, "slash"), 10)
    d.ln(2)
    addr(d, ["Medical Director, Utilization Management", ORG, ORG_ADDR])
    d.line(f"RE: Request for peer-to-peer review - {f['child']}, Medicaid ID {f['mid']}", 10, "B")
    d.line(f"Authorization request {ref}", 10, "B")
    d.ln(2)
    paras(d, [
        "Dear Medical Director,",
        f"I ask for a peer-to-peer review of your denial of onasemnogene abeparvovec for my patient, who has "
        "spinal muscular atrophy type 1 with two copies of SMN2 and was diagnosed on newborn screening. He has "
        "been treated with nusinersen since the neonatal period; motor scores have plateaued.",
        f"The request was first sent to the plan at 22 months of age and was returned twice for missing forms. "
        f"The age criterion is now missed only because of that delay. His weight of {f['wt']} kg is within the "
        "labeled dosing range. I ask that the infusion be approved for "
        f"{fd(planned, 'slash')} at {INFUSION}.",
        "I can be reached at 1-555-640-7700 at any time this week.",
        "Sincerely,", "", NEURO_T + ", MD", "Director, Pediatric Neuromuscular Program"], size=9.8)
    req = out(d)
    t2 = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["child"], case_numbers=[ref],
               service_dates=[planned.isoformat()], denial_date=sent.isoformat(), provider=NEURO,
               unscored=["insurer"], alternates={"provider": [CLINIC], "case_numbers": [[]]})
    return [(notif, t1), (req, t2)], ["cover", None]


def doc_es(r):
    f = base(r, 3)
    ref = pat(r, "PA-26-9999999")
    planned = plus(f["notice"], r.randint(9, 15))
    ds = "es"
    d = Page(footer="Bayside Horizon Health Plan - página {n} de {nb}")
    d.add_page()
    letterhead(d, ORG, ["Medicaid - Plan de atención administrada", ORG_ADDR,
                        f"Servicios para Miembros {f['phone']} (TTY 711)"], 0)
    d.line(fd(f["notice"], ds), 10)
    d.ln(3)
    addr(d, [PARENT_ES, *f["addr"]])
    d.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B")
    d.ln(1)
    lv(d, [("Nombre del miembro", CHILD_ES), ("Fecha de nacimiento", fd(f["dob"], "slash")),
           ("Número de Medicaid", f["mid"]), ("Número de referencia", ref),
           ("Proveedor que lo pidió", NEURO_T), ("Servicio", "Terapia génica, una sola infusión (J3399)"),
           ("Fecha pedida del servicio", fd(planned, ds))], w=58, size=9.3)
    paras(d, [
        f"Estimada Sra. {PARENT_ES.split()[-1]}:",
        "Negamos la solicitud de onasemnogén abeparvovec (Zolgensma) para su hijo. El servicio no es médicamente "
        f"necesario según nuestra {POLICY}: la póliza cubre esta infusión cuando el niño tiene menos de 24 meses "
        "de edad el día de la infusión y pesa 13.5 kg o menos. En la fecha pedida su hijo tendrá más de 24 meses.",
        "#Su derecho a apelar",
        "Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Si esperar pone en grave "
        "peligro la salud de su hijo, pida una apelación rápida (72 horas). Después de nuestra decisión puede "
        "pedir una Audiencia Imparcial Estatal dentro de 120 días.",
        "Si necesita ayuda con este aviso, llame gratis a Servicios para Miembros."], size=9.5)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ORG, member_id=f["mid"],
              member_name=CHILD_ES, case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=NEURO,
              appeal_deadline=plus(f["notice"], 60).isoformat())
    return out(d), t


def doc_approval_prose(r):
    f = base(r, 4)
    ref, auth = pat(r, "PA-26-9999999"), pat(r, "AUTH9999999")
    p2p = plus(f["notice"], -r.randint(2, 4))
    inf = plus(f["notice"], r.randint(6, 11))
    d = Page(serif=True, footer="Page {n} of {nb}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR], 1)
    d.line(fd(f["notice"], "dlong"), 10)
    d.ln(3)
    addr(d, [f["parent"], *f["addr"]])
    paras(d, [
        f"Dear {f['parent']},",
        f"We are writing about your child, {f['child']}, Medicaid ID {f['mid']}. Earlier we denied the request "
        f"from {NEURO_T} for a one-time gene therapy infusion (reference {ref}).",
        f"On {fd(p2p, 'dlong')} Dr. Achterberg spoke with our medical director. She explained that the request "
        "was first sent before your child turned 24 months old and was delayed by paperwork. After that "
        "discussion we changed our decision.",
        f"Good news: the infusion is approved. Your authorization number is {auth}. The infusion is planned "
        f"for {fd(inf, 'dlong')} at {INFUSION}. Please take this letter with you.",
        "This approval covers one infusion only. It does not guarantee payment if your child is no longer "
        "enrolled on that day.",
        "If you have questions, call Member Services at " + f["phone"] + ".",
        "Sincerely,", "Utilization Management, " + ORG], size=10.2)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["child"], case_numbers=[ref, auth],
              service_dates=[inf.isoformat()], denial_date=f["notice"].isoformat(), provider=NEURO,
              alternates={"provider": [INFUSION], "case_numbers": [[auth], [ref]]})
    return out(d), t


def doc_infusion(r):
    f = base(r, 5)
    auth = pat(r, "AUTH9999999")
    appt = plus(f["notice"], r.randint(5, 9))
    acct = pat(r, "GB-99999")
    d = Page(footer=None, footer_left="Granite Bay Pediatric Infusion Center - Patient Access - Tax ID 88-3104526")
    d.add_page()
    letterhead(d, INFUSION, ["1275 Quarry Bend Road, Building C", "Tollesport, NV 89999",
                             "Scheduling 1-555-733-2100"], 1)
    d.line("INFUSION APPOINTMENT AND FINANCIAL CLEARANCE", 12, "B", "C")
    d.ln(3)
    y = d.get_y()
    addr(d, [f["parent"], *f["addr"]])
    d.set_y(y)
    lv(d, [("Letter date", fd(f["notice"], "dash")), ("Account", acct), ("Patient", f["child"]),
           ("Insurance", ORG), ("Member ID", f["mid"]), ("Authorization", auth)], w=30, size=9, x=112)
    d.ln(4)
    d.table(["Appointment", "Arrive", "Treatment", "Ordering physician"],
            [[fd(appt, "dash"), "7:00 AM", "Zolgensma IV infusion (J3399), 60 min", NEURO_T]],
            [30, 20, 74, 50], size=8.8)
    paras(d, [
        "Your child's infusion is financially cleared: the health plan approved it under the authorization shown "
        "above, and no payment is due from you at check-in. "
        "Plan on a stay of about 6 hours. Bring the prednisolone prescribed for the day before the infusion.",
        "If your child is ill within 3 days before the appointment, call us to reschedule."], size=9.6)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["child"], case_numbers=[auth],
              service_dates=[appt.isoformat()], denial_date=f["notice"].isoformat(), provider=INFUSION,
              unscored=["insurer"], alternates={"provider": [NEURO], "case_numbers": [[]]})
    return out(d), t


def doc_paid_eob(r):
    f = base(r, 6)
    claim = pat(r, "26-99999-999999")
    dos = plus(f["notice"], -r.randint(25, 40))
    drug = 2125000.00
    adm = fee(r, 380, 640)
    total = round(drug + adm, 2)
    period = (plus(f["notice"], -35), plus(f["notice"], -3))
    d = Page(footer="This is not a bill.  Bayside Horizon Health Plan  {n}/{nb}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}"], 1)
    d.line("MEMBER EXPLANATION OF BENEFITS", 12.5, "B")
    d.ln(2)
    y = d.get_y()
    lv(d, [("Member", f["child"]), ("Medicaid ID", f["mid"]), ("Plan ID", f["plan"])], w=26, size=9)
    d.set_y(y)
    lv(d, [("Statement date", fd(f["notice"], "upper")),
           ("Claims processed", f"{fd(period[0], 'upper')} to {fd(period[1], 'upper')}")], w=34, size=9, x=108)
    d.ln(3)
    d.line(f"Claim {claim}   Provider: {INFUSION}", 9.5, "B")
    d.ln(1)
    d.table(["Date of service", "Service", "Billed", "Allowed", "Plan paid", "You owe"],
            [[fd(dos, "upper"), "J3399 onasemnogene abeparvovec, 1 kit", usd(drug, "nosign"), usd(drug, "nosign"),
              usd(drug, "nosign"), "0.00"],
             [fd(dos, "upper"), "96365 IV infusion, first hour", usd(adm, "nosign"), usd(adm * 0.6, "nosign"),
              usd(adm * 0.6, "nosign"), "0.00"],
             ["", "Claim totals", usd(total, "nosign"), usd(drug + adm * 0.6, "nosign"),
              usd(drug + adm * 0.6, "nosign"), "0.00"]],
            [26, 62, 26, 24, 24, 16], size=8.3, aligns=["L", "L", "R", "R", "R", "R"], bold_last=True)
    paras(d, [
        "Claim status: PAID. Authorization on file. Ordering provider: " + NEURO_T + ".",
        "Medicaid members do not pay for covered services. If you get a bill, call Member Services. If you "
        "disagree with how a claim was processed you may ask for an appeal within 60 days of the date of this "
        "statement."], size=9)
    t = truth("eob", None, insurer=ORG, plan_id=f["plan"], member_id=f["mid"], member_name=f["child"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=INFUSION,
              alternates={"provider": [NEURO], "appeal_deadline": [plus(f["notice"], 60).isoformat()]})
    return out(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_provider(r(2))
    return [
        Item(f"{FAMILY}_bd_member_nabd_age_criteria", "born_digital", [doc_member_nabd(r(0))]),
        Item(f"{FAMILY}_scan300_specialty_pharmacy_order_hold", "scan_clean_300", [doc_pharmacy(r(1))]),
        Item(f"{FAMILY}_faxfine_stack_provider_notice_p2p_request", "fax_fine_g4", docs, separators=seps),
        Item(f"{FAMILY}_photo_aviso_es", "phone_photo", [doc_es(r(3))]),
        Item(f"{FAMILY}_rotated_approval_after_p2p_prose", "rotated", [doc_approval_prose(r(4))]),
        Item(f"{FAMILY}_lowres_infusion_center_clearance", "scan_lowres_150", [doc_infusion(r(5))]),
        Item(f"{FAMILY}_copy_paid_eob_infusion", "photocopy", [doc_paid_eob(r(6))]),
    ]
