"""Family 'ohio_medicaid_mco_claim_payment_denial_notice': public-ish notices from an Ohio Medicaid managed care
plan telling a member that a claim was not paid, in the structure of the Ohio MCO notices of denial of payment:
the claim facts, the reason, "you do not have to pay this bill", the plan appeal (60 calendar days), and the state
hearing rights (after the plan appeal, 120 calendar days; Bureau of State Hearings). The plan, people, providers
and numbers are invented.

Documents: a born-digital denial of payment (no prior authorization, boxed claim facts); a clean scan of the plan's
provider remittance advice with five claims, one denied for the filing limit; a standard-fax stack of a cover, a
coordination-of-benefits denial of payment and the member's filled appeal request form (its page fed upside down);
a photocopied Spanish notice (not enrolled with the plan on the date of service); a phone photo of an appeal
resolution that reverses a denial (denies nothing); a sideways appeal resolution upholding a denial, told only in
sentences; a low-resolution out-of-network denial with a sidebar and a printed appeal-by date.
Decoys: DOB, NPI, tax ID, claim-received dates, check/EFT numbers, patient account numbers, other claims,
72-hour expedited and 120-day state hearing limits, the 365-day filing limit, form numbers, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcx_famcxd import Page, addr, fd, fee, letterhead, paras, pat, plus, sidebar, usd

FAMILY = "ohio_medicaid_mco_claim_payment_denial_notice"
LANG = "en"
SEED = 348700
ORG = "Lakeshore Crossroads Health Plan"
TAG = "An Ohio Medicaid Managed Care Plan"
ORG_ADDR = "PO Box 417720, Columbus, OH 43241-7720"
MS = "1-555-214-0800"
PROV_LINE = "1-555-214-0877"
FORM = "LCHP-NDP-0425"
MEMBERS = ["Harriet J. Prescott", "Desmond K. Oyelaran", "Leticia M. Underhill", "Wendell A. Szabo",
           "Naomi R. Fairchild", "Jasper T. Holloway", "Odette L. Greer"]
MEMBERS_ES = ["Xiomara P. Figueroa", "Efraín L. Montalvo"]


def base(r, name):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    return dict(notice=notice, member=name, mid=pat(r, "999999999999"),
                dob=dt.date(r.randint(1958, 2019), r.randint(1, 12), r.randint(1, 28)),
                addr=[f"{r.randint(110, 9870)} {r.choice(['Euclid Ave', 'Sawmill Rd', 'Linden Ave', 'Parsons Ave', 'Lorain Rd'])}",
                      r.choice(["Dayton, OH 45405", "Toledo, OH 43609", "Akron, OH 44306", "Columbus, OH 43207"])])


def hearing_rights(d, size=8.8, appeal=True):
    items = []
    if appeal:
        items += [
            "#How to ask for an appeal",
            "If you do not agree with this decision, you may ask us for an appeal. You must ask for an appeal within "
            "60 calendar days from the date on this notice. You can call Member Services, write to us, or use the "
            "enclosed appeal form. Someone else, such as a relative, friend or your provider, may ask for you with "
            "your written permission.",
            "If waiting for a standard appeal could seriously harm your health, you can ask for an expedited "
            "appeal. We will decide an expedited appeal within 72 hours."]
    items += [
        "#State hearing",
        "You must complete our appeal process before you ask for a state hearing. If we do not decide in your favor, "
        "you may ask the Ohio Department of Job and Family Services, Bureau of State Hearings, for a state hearing "
        "within 120 calendar days from the date of our appeal decision notice. At the hearing you may speak for "
        "yourself or have a lawyer, relative or friend speak for you. Free legal help may be available from your "
        "local legal aid office.",
        "#You do not have to pay this bill",
        "A provider who accepts Ohio Medicaid may not bill you for a covered service the plan did not pay. If you "
        f"get a bill, call Member Services at {MS} (TTY 711), Monday through Friday, 7 a.m. to 8 p.m."]
    paras(d, items, size=size)


def doc_pa_bd(r):
    f = base(r, MEMBERS[0])
    claim = pat(r, "99999999999999")
    dos = plus(f["notice"], -r.randint(25, 50))
    recv = plus(dos, r.randint(6, 14))
    amt = fee(r, 1450, 2900)
    prov = "Sandusky Bay Imaging Center"
    npi = pat(r, "1999999999")
    d = Page(footer=f"{FORM} (ODM approved 03/2025)    Page {{n}} of {{nb}}")
    d.add_page()
    letterhead(d, ORG, [TAG, ORG_ADDR, f"Member Services {MS}  (TTY 711)"], 0)
    d.line(fd(f["notice"], "long"), 10, align="R")
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.line("NOTICE OF DENIAL OF PAYMENT", 13, "B")
    d.line("This is not a bill.", 9.5)
    d.ln(2)
    d.boxed_pairs([("Member name", f["member"]), ("Medicaid ID", f["mid"]), ("Date of birth", fd(f["dob"], "slash")),
                   ("Claim number", claim), ("Provider", f"{prov}  (NPI {npi})"), ("Date of service", fd(dos, "slash")),
                   ("Service", "MRI lumbar spine without contrast (72148)"), ("Amount billed", usd(amt)),
                   ("Date we received the claim", fd(recv, "slash"))], label_w=62, size=9.2)
    paras(d, [
        "#What we decided",
        f"We did not pay the claim listed above. {ORG} requires prior authorization for advanced imaging such as "
        "MRI when it is done outside an emergency room or hospital stay. We have no record that your provider "
        "asked for or received prior authorization before the date of service.",
        "This decision is based on Ohio Administrative Code rule 5160-26-03 and your member handbook, section 6 "
        "(Services that need approval)."], size=9.4)
    hearing_rights(d)
    t = truth("denial_letter", "prior_authorization", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{amt:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prov,
              appeal_deadline=plus(f["notice"], 60).isoformat())
    return bytes(d.output()), t


def doc_remit(r):
    f = base(r, MEMBERS[1])
    payee = "Maple Grove Pediatrics, Inc."
    npi, tin = pat(r, "1999999999"), pat(r, "99-9999999")
    eft = "EFT" + pat(r, "9999999999")
    pats = ["PRESCOTT, HARRIET J", "OYELARAN, DESMOND K", "UNDERHILL, LETICIA M", "SZABO, WENDELL A",
            "GREER, ODETTE L"]
    deny_i = 2
    rows, denied = [], None
    total_paid = 0.0
    for i, p in enumerate(pats):
        icn = pat(r, "9999999999999")
        mid = pat(r, "999999999999")
        acct = "MG" + pat(r, "999999")
        dos = plus(f["notice"], -r.randint(20, 60) if i != deny_i else -r.randint(400, 430))
        code = r.choice(["99213", "99214", "99392", "90460"])
        billed = fee(r, 95, 260)
        if i == deny_i:
            allowed = paid = 0.0
            carc = "CO-29"
            denied = dict(icn=icn, mid=mid, dos=dos, billed=billed, name=p)
        else:
            allowed = round(billed * r.uniform(0.45, 0.7), 2)
            paid = allowed
            carc = "CO-45"
        total_paid += paid
        rows.append([p, mid, acct, icn, fd(dos, "short"), code, usd(billed, "nosign"), usd(allowed, "nosign"),
                     usd(paid, "nosign"), carc])
    d = Page(footer=f"{ORG}  Provider Remittance Advice   Page {{n}} of {{nb}}")
    d.add_page()
    letterhead(d, ORG, [TAG, "Provider Services " + PROV_LINE, ORG_ADDR], 2, tag="REMITTANCE ADVICE / EXPLANATION OF PAYMENT")
    d.pairs([("Payee", payee), ("Payee NPI", npi), ("Tax ID", tin), ("Remittance date", fd(f["notice"], "slash")),
             ("Payment", f"{eft}  {usd(total_paid)}"), ("Claims processed", f"{fd(plus(f['notice'], -7), 'slash')} - "
                                                                       f"{fd(plus(f['notice'], -1), 'slash')}")],
            label_w=42, size=9, h=4.9)
    d.ln(3)
    d.table(["Patient", "Medicaid ID", "Pt acct", "ICN", "DOS", "Proc", "Billed", "Allowed", "Paid", "CARC"], rows,
            [33, 22, 15, 24, 13, 10, 15, 15, 14, 13], size=6.8, row_h=5,
            aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "L"])
    paras(d, [
        "#Adjustment reason codes",
        "CO-45  Charge exceeds fee schedule / maximum allowable. Contractual; not billable to the member.",
        "CO-29  The time limit for filing has expired. Claims must be received within 365 days of the date of "
        "service. Not billable to the member.",
        "Claim disputes and corrected claims may be submitted through the provider portal. Medicaid members may not "
        "be billed for covered services."], size=8.2, gap=1.2)
    t = truth("eob", "timely_filing", insurer=ORG, member_id=denied["mid"], member_name="Leticia M. Underhill",
              case_numbers=[denied["icn"]], claim_amount=f"{denied['billed']:.2f}",
              service_dates=[denied["dos"].isoformat()], denial_date=f["notice"].isoformat(),
              provider="Maple Grove Pediatrics")
    return bytes(d.output()), t


def stack_cob(r):
    f = base(r, MEMBERS[3])
    claim = pat(r, "99999999999999")
    dos = plus(f["notice"], -r.randint(30, 55))
    amt = fee(r, 310, 980)
    prov = "Cuyahoga Falls Physical Therapy"
    other = "Great Lakes Mutual Employee Benefit Plan"
    d = Page(footer=f"{FORM}-COB   Page {{n}} of {{nb}}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {MS}", "TTY 711"], 1, tag=TAG)
    d.pairs([("Notice date", fd(f["notice"], "abbr")), ("Member", f["member"]), ("Member ID", f["mid"]),
             ("Claim #", claim)], label_w=30, size=9.6)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    d.line("Your claim was not paid", 12.5, "B")
    d.ln(1)
    d.table(["Date of service", "Provider", "Service", "Billed", "Plan paid"],
            [[fd(dos, "abbr"), prov, "PT evaluation, therapeutic exercise", usd(amt), "$0.00"]],
            [26, 52, 54, 24, 24], size=8.4)
    paras(d, [
        "#Why we did not pay",
        f"Our records show that you have other health insurance ({other}). Medicaid pays last. The provider must "
        "first bill your other insurance and send us its explanation of benefits. We did not receive it, so "
        "we could not pay this claim.",
        "If your other insurance has ended, call Member Services so we can update your record, and ask the "
        "provider to send the claim again."], size=9.4)
    hearing_rights(d, size=8.6)
    notice = bytes(d.output())
    t_n = truth("denial_letter", "other", insurer=ORG, member_id=f["mid"], member_name=f["member"],
                case_numbers=[claim], claim_amount=f"{amt:.2f}", service_dates=[dos.isoformat()],
                denial_date=f["notice"].isoformat(), provider=prov,
                appeal_deadline=plus(f["notice"], 60).isoformat())
    signed = plus(f["notice"], r.randint(6, 12))
    d = Page(footer=f"{ORG}  Appeal Request Form  {FORM}-AR")
    d.add_page()
    d.f(13, "B")
    d.cell(0, 7, "MEMBER APPEAL REQUEST FORM", align="C", new_x="LMARGIN", new_y="NEXT")
    d.f(8.5)
    d.cell(0, 4.5, f"Mail to {ORG}, Appeals Unit, {ORG_ADDR}  or fax 1-555-214-0899", align="C",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.boxed_pairs([("Member name", f["member"]), ("Member ID", f["mid"]), ("Date of birth", fd(f["dob"], "dash")),
                   ("Phone", "(555) 019-" + pat(r, "9999")), ("Claim number", claim),
                   ("Date of service", fd(dos, "dash")), ("Provider", prov),
                   ("Person filing", "Member (self)")], label_w=55, size=9.5, h=7.2)
    paras(d, [
        "Why do you disagree with our decision?",
        f"My job insurance with {other.split(' Employee')[0]} ended before my therapy started. I sent the letter "
        "from my employer to the therapy office. Please pay the claim.",
        f"Signature: {f['member']}            Date: {fd(signed, 'dash')}"], size=10)
    form = bytes(d.output())
    t_f = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[claim],
                service_dates=[dos.isoformat()], denial_date=signed.isoformat(), provider=prov,
                unscored=["insurer"], alternates={"denial_date": [None]})
    return [(notice, t_n), (form, t_f)]


def doc_es(r):
    f = base(r, MEMBERS_ES[0])
    claim = pat(r, "99999999999999")
    enrolled = dt.date(f["notice"].year, f["notice"].month, 1)
    dos = plus(enrolled, -r.randint(5, 20))
    amt = fee(r, 180, 420)
    prov = "Olentangy Urgent Care"
    d = Page(footer=f"{FORM}-S   Página {{n}} de {{nb}}")
    d.add_page()
    letterhead(d, ORG, ["Un plan de atención administrada de Medicaid de Ohio", ORG_ADDR,
                        f"Servicios para Miembros {MS} (TTY 711)"], 0)
    d.line(fd(f["notice"], "es"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.line("AVISO DE DENEGACIÓN DE PAGO", 13, "B")
    d.line("Esto no es una factura.", 9.5)
    d.ln(2)
    d.pairs([("Nombre del miembro", f["member"]), ("Número de Medicaid", f["mid"]),
             ("Fecha de nacimiento", fd(f["dob"], "es")), ("Número de reclamo", claim), ("Proveedor", prov),
             ("Fecha del servicio", fd(dos, "es")), ("Cantidad facturada", usd(amt))], label_w=56, size=9.6)
    paras(d, [
        "#Nuestra decisión",
        f"No pagamos este reclamo. Usted se inscribió en {ORG} a partir del {fd(enrolled, 'es')}. En la fecha del "
        "servicio usted no era miembro de nuestro plan. Si tenía Medicaid en esa fecha, el proveedor debe "
        "facturar al Departamento de Medicaid de Ohio o al plan en el que usted estaba inscrito.",
        "#Cómo pedir una apelación",
        "Si no está de acuerdo, puede pedirnos una apelación dentro de 60 días calendario a partir de la fecha de "
        "este aviso. Puede llamar a Servicios para Miembros o escribirnos. Si su salud corre peligro, puede pedir "
        "una apelación acelerada; la decidiremos en 72 horas.",
        "#Audiencia estatal",
        "Debe terminar nuestro proceso de apelación antes de pedir una audiencia estatal. Si no decidimos a su "
        "favor, puede pedir una audiencia estatal a la Oficina de Audiencias Estatales del Departamento de Trabajo "
        "y Servicios para Familias de Ohio dentro de 120 días calendario a partir de la fecha de nuestra decisión.",
        "No tiene que pagar esta factura si el servicio está cubierto por Medicaid. Llame a Servicios para Miembros "
        f"al {MS}."], size=9.4)
    t = truth("denial_letter", "eligibility", lang="es", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{amt:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prov,
              appeal_deadline=plus(f["notice"], 60).isoformat())
    return bytes(d.output()), t


def doc_overturn_photo(r):
    f = base(r, MEMBERS[4])
    claim = pat(r, "99999999999999")
    appeal = "AP-" + pat(r, "2699999")
    dos = plus(f["notice"], -r.randint(70, 100))
    filed = plus(f["notice"], -r.randint(10, 20))
    amt = fee(r, 620, 1400)
    prov = "Hocking Hills Family Dental"
    d = Page(serif=True, footer=f"{FORM}-AR2")
    d.add_page()
    letterhead(d, ORG, [TAG, ORG_ADDR, f"Member Services {MS}"], 2)
    d.line(fd(f["notice"], "iso"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    d.line("NOTICE OF APPEAL RESOLUTION  -  DECISION CHANGED", 12, "B")
    d.ln(2)
    d.table(["Appeal number", "Claim number", "Date of service", "Billed"],
            [[appeal, claim, fd(dos, "iso"), usd(amt)]], [40, 50, 40, 40], size=9)
    paras(d, [
        f"We received your appeal on {fd(filed, 'iso')}. You asked us to pay for the tooth extraction and "
        f"sedation you had at {prov}. We first denied the claim because we thought the sedation needed prior "
        "authorization.",
        "A dentist who was not part of the first decision reviewed your appeal. Sedation for an extraction done in "
        "the dental office does not need prior authorization under your benefits. We have changed our decision and "
        "will pay the claim. The provider will receive payment within 30 days.",
        f"You do not need to do anything else. You do not owe the provider for this service. Member ID: {f['mid']}.",
        f"If you have questions, call Member Services at {MS} (TTY 711)."], size=9.8)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[appeal, claim],
              claim_amount=f"{amt:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider=prov, alternates={"claim_amount": [None]})
    return bytes(d.output()), t


def doc_upheld_prose(r):
    f = base(r, MEMBERS[5])
    claim = pat(r, "99999999999999")
    appeal = "AP-" + pat(r, "2699999")
    dos = plus(f["notice"], -r.randint(60, 90))
    filed = plus(f["notice"], -r.randint(14, 25))
    amt = fee(r, 340, 760)
    prov = "Brecksville Laser and Skin"
    d = Page(serif=True, footer=None)
    d.add_page()
    d.f(12, "B")
    d.cell(0, 6, ORG, new_x="LMARGIN", new_y="NEXT")
    d.f(8.5)
    d.cell(0, 4.5, f"Appeals Unit  -  {ORG_ADDR}", new_x="LMARGIN", new_y="NEXT")
    d.ln(9)
    d.line(fd(f["notice"], "long"), 10)
    d.ln(4)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        f"This letter is about your appeal number {appeal}, which we received on {fd(filed, 'long')}. You asked us "
        f"to pay claim number {claim} from {prov} for laser hair removal on {fd(dos, 'long')}. The provider billed "
        f"{usd(amt)} for this visit. Your Medicaid ID number is {f['mid']}.",
        "A physician reviewer who did not take part in the first decision looked at your appeal and the records "
        "your provider sent. Ohio Medicaid does not cover services that are done mainly to change how a person "
        "looks. Laser hair removal is not a covered service under Ohio Administrative Code rule 5160-1-61, and your "
        "records do not show that it was done to treat an illness. For this reason we are upholding our decision "
        "not to pay the claim.",
        "This is the final decision of our appeal process. If you do not agree, you may ask for a state hearing. "
        "You must ask within 120 calendar days from the date of this notice. Write to the Bureau of State Hearings, "
        "Ohio Department of Job and Family Services, or call 1-555-204-3310. You may bring a lawyer, relative or "
        "friend to the hearing, and free legal help may be available from your local legal aid office.",
        f"If you have questions, please call Member Services at {MS} (TTY 711).",
        "Sincerely,", "", "Appeals Coordinator"], size=10.2)
    t = truth("denial_letter", "not_covered", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=f"{amt:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prov)
    return bytes(d.output()), t


def doc_oon_lowres(r):
    f = base(r, MEMBERS[6])
    claim = pat(r, "99999999999999")
    dos = plus(f["notice"], -r.randint(30, 50))
    lines = [("99204", "New patient office visit", fee(r, 210, 330)),
             ("95165", "Allergen immunotherapy preparation", fee(r, 260, 520)),
             ("95004", "Percutaneous allergy tests (40)", fee(r, 180, 320))]
    total = round(sum(a for _, _, a in lines), 2)
    prov = "Wabash Valley Allergy Associates"
    by = plus(f["notice"], 60)
    d = Page(footer=f"{FORM}  Notice of Denial of Payment  p. {{n}}/{{nb}}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {MS}"], 1, tag=TAG)
    bottom = sidebar(d, [("Notice date", fd(f["notice"], "dmyu")), ("Member", f["member"]), ("Member ID", f["mid"]),
                         ("Claim number", claim), ("Date of service", fd(dos, "dmyu")), ("Total billed", usd(total)),
                         ("Appeal by", fd(by, "dmyu")), ("Date of birth", fd(f["dob"], "dmyu"))])
    d.set_right_margin(80)
    addr(d, [f["member"], *f["addr"]])
    d.line("Notice of Denial of Payment", 12, "B")
    d.ln(1)
    paras(d, [
        f"We did not pay for the services you received from {prov}, an allergy practice in Terre Haute, "
        "Indiana. This provider is not in our network and is not enrolled as an Ohio Medicaid provider.",
        "Out-of-network services are covered only in an emergency or when we approve them before you get "
        "them. We did not approve these services before the visit."], size=9.2)
    d.set_y(max(d.get_y(), bottom) + 2)
    d.set_right_margin(18)
    d.line(f"Provider: {prov} (non-participating)", 9.4, "B")
    d.ln(1)
    d.table(["Code", "Description", "Billed", "Paid"], [[c, s, usd(a), "$0.00"] for c, s, a in lines] +
            [["", "Total", usd(total), "$0.00"]], [22, 100, 30, 28], size=8.6, bold_last=True)
    paras(d, [
        f"#Your right to appeal",
        "If you disagree, ask for an appeal by the date shown above. Call Member Services or write to our Appeals "
        "Unit. You may ask for an expedited (72-hour) appeal if waiting could seriously harm your health.",
        "After our appeal, you may ask for a state hearing within 120 calendar days from the date of our appeal "
        "decision. Do not pay a bill for these services before you talk to us."], size=8.8)
    t = truth("denial_letter", "out_of_network", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prov, appeal_deadline=by.isoformat())
    return bytes(d.output()), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    st = stack_cob(r(2))
    return [
        Item(f"{FAMILY}_bd_mri_no_prior_auth", "born_digital", [doc_pa_bd(r(0))]),
        Item(f"{FAMILY}_scan300_remittance_five_claims_one_denied", "scan_clean_300", [doc_remit(r(1))]),
        Item(f"{FAMILY}_faxstd_stack_cob_notice_appeal_form", "fax_standard_g4", st, separators=["cover", None],
             turns={(1, 0): 180}),
        Item(f"{FAMILY}_copy_aviso_es_not_enrolled", "photocopy", [doc_es(r(3))]),
        Item(f"{FAMILY}_photo_appeal_reversed_dental", "phone_photo", [doc_overturn_photo(r(4))]),
        Item(f"{FAMILY}_rotated_appeal_upheld_prose", "rotated", [doc_upheld_prose(r(5))]),
        Item(f"{FAMILY}_lowres_out_of_network_sidebar", "scan_lowres_150", [doc_oon_lowres(r(6))]),
    ]
