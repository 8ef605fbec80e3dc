"""Massachusetts Health Connector ConnectorCare plan adverse determinations from an invented carrier.

Saltmarsh Bay Health Plan (invented) sells ConnectorCare plans through the Massachusetts Health Connector. Its
notices are mirrored for structure and wording only: an internal appeal (grievance) asked within 180 days of
the notice, a 72-hour expedited review, then an external review through the Office of Patient Protection
(Massachusetts Health Policy Commission) within four months of the final internal decision. The Health
Connector and the Office of Patient Protection appear only as themselves; every member, provider, plan,
number, phone and address is fictional.

Documents (8 in 7 files):
  fourcol        adverse determination, facts in two label/value columns side by side (born digital)
  two_page       two-page prior authorization denial, boxed appeal panel on page 2, running footer (clean scan)
  carta_es       Spanish claim denial notice, Spanish labels and dates, $1.234,50 money (photocopy)
  eob_blocks     EOB with three claim blocks, one denied, a (45.00) adjustment and remark legend (150 dpi)
  fax_re         level-of-care letter with a Re: block under a typed fax header line (fax, standard)
  overturned     internal appeal overturned: the service is approved (phone photo)
  stack          fax cover + eligibility denial with duplex back, then an approval fed upside down (fax, fine)
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddf_famdff import (boxed_panel, claim_block, d_abbr, d_dmy2, d_es, d_long, d_nth, d_pad, d_slash,
                                fax_header, four_col, m_es, m_neg, m_usd, re_block)
from public_kit import Page, m2, out, plus, truth

FAMILY = "massachusetts_connectorcare_health_plan_adverse_determination"
LANG = "en"
SEED = 350705

PLAN = "Saltmarsh Bay Health Plan"
ADDR = "Saltmarsh Bay Health Plan, Appeals and Grievances, P.O. Box 5521, Brockton, MA 02301"
PHONE = "1-855-555-0148 (TTY 711)"
TYPES = ["ConnectorCare Plan Type 2A", "ConnectorCare Plan Type 2B", "ConnectorCare Plan Type 3A",
         "ConnectorCare Plan Type 1"]
MEMBERS = [("Rosalind", "Abernathy"), ("Obinna", "Carrasco"), ("Tobias", "Featherstone"), ("Wanda", "Kowalczyk"),
           ("Desmond", "Yarborough"), ("Ingrid", "Holloway"), ("Kenji", "Rinaldi"), ("Paulette", "Dunleavy"),
           ("Clifford", "Iwamoto")]
MEMBERS_ES = [("Yesenia", "Salcedo"), ("Ignacio", "Espinoza"), ("Marisol", "Trujillo")]
DOCTORS = [("Dr. Helena Marchetti", "Bridgewater Spine and Pain Associates"),
           ("Dr. Nnamdi Osei-Bonsu", "Taunton River Orthopedics"),
           ("Dr. Colette Villanueva", "Quincy Shore Neurology"),
           ("Dr. Abram Lindqvist", "North Attleboro Family Medicine"),
           ("Dr. Priya Castellanos", "Fall River Harbor Cardiology")]


def member(rng, es=False):
    first, last = rng.choice(MEMBERS_ES if es else MEMBERS)
    mi = rng.choice("ABCDEFGHJKLMNPRSTVW")
    doc, prac = rng.choice(DOCTORS)
    return dict(name=f"{first} {mi}. {last}", first=first, last=last, mi=mi,
                mid=f"SBH{rng.randint(10000000, 99999999)}-0{rng.randint(1, 3)}",
                plan_id=rng.choice(TYPES), plan_code=f"MA-CC-{rng.choice(['2A', '2B', '3A'])}-{rng.randint(100, 999)}",
                grp=f"CC{rng.randint(100000, 999999)}", doc=doc, prac=prac,
                npi=f"1{rng.randint(100000000, 999999999)}", tin=f"04-{rng.randint(1000000, 9999999)}",
                dob=dt.date(rng.randint(1958, 1999), rng.randint(1, 12), rng.randint(1, 28)))


def cents(rng, lo, hi):
    return round(rng.randint(lo, hi) + rng.choice([0.5, 0.25, 0.75, rng.randint(1, 99) / 100]), 2)


def letterhead(p, small="Member Services " + PHONE + "  |  saltmarshbay.example"):
    p.set_text_color(20, 70, 120)
    p.f(16, "B")
    p.cell(0, 8, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.f(8)
    p.cell(0, 4, "A ConnectorCare carrier offered through the Massachusetts Health Connector", new_x="LMARGIN",
           new_y="NEXT")
    p.cell(0, 4, small, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)


def address_block(p, m, lines):
    p.f(10)
    for ln in [m["name"].upper()] + lines:
        p.cell(0, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(5)


def rights_text(nd_phrase="the date of this notice"):
    return [
        f"**Internal appeal.** You, your provider or someone you name in writing may ask us to review this decision. "
        f"Your request must reach us within 180 days of {nd_phrase}. Write to {ADDR}, or call {PHONE}.",
        "**Expedited review.** If waiting could seriously harm your health, ask for an expedited review. We will "
        "decide within 72 hours.",
        "**External review.** If we uphold our decision, you may ask for an external review through the Office of "
        "Patient Protection at the Massachusetts Health Policy Commission within four months of receiving our "
        "final written decision. The external review is free.",
        "You may ask for free copies of the documents, criteria and guidelines we used. A request for diagnosis and "
        "treatment codes is not an appeal.",
    ]


# ---------------------------------------------------------------- documents

def fourcol(rng):
    m = member(rng)
    nd = dt.date(2026, 2, rng.randint(2, 26))
    svc = plus(nd, rng.randint(9, 20))
    rec = plus(nd, -rng.randint(3, 6))
    ref = f"UM-{rng.randint(2600000, 2699999)}"
    p = Page(footer=None)
    p.set_margins(20, 16, 20)
    p.add_page()
    letterhead(p)
    p.f(9)
    p.cell(0, 4.5, d_long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    address_block(p, m, ["77 Pleasant Valley St Apt 4", "Brockton, MA 02302"])
    p.f(12.5, "B")
    p.cell(0, 6, "Notice of Adverse Determination", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    four_col(p, [
        ("Member name", m["name"], "Reference number", ref),
        ("Member ID", m["mid"], "Date request received", d_abbr(rec)),
        ("Date of birth", d_pad(m["dob"]), "Requested service", "MRI lumbar spine without contrast (CPT 72148)"),
        ("Plan", m["plan_id"], "Planned date of service", d_slash(svc)),
        ("Requesting provider", f"{m['doc']}, {m['prac']}", "Provider NPI", m["npi"]),
        ("Subscriber / policyholder", m["name"], "Clinical policy used", "SBH-MP-RAD-031 Advanced Imaging of the Spine"),
    ], widths=(30, 55, 33, 52))
    p.para(f"Dear {m['first']} {m['last']},", 10)
    p.para("We reviewed the request your provider sent for the imaging study listed above. A board-certified "
           "physician reviewer decided that the study is **not medically necessary** for you at this time. Your "
           "records show low back pain for five weeks without weakness, numbness or other warning signs, and no "
           "record of six weeks of physical therapy or home exercise. Our policy covers lumbar MRI after six weeks "
           "of treatment that did not help, or sooner when warning signs are present.", 10)
    p.para("This decision does not mean you cannot have the service. It means we will not pay for it. Your provider "
           "may send new information or talk with our reviewer by calling 1-855-555-0193.", 10)
    p.f(11, "B")
    p.cell(0, 6, "Your appeal rights", new_x="LMARGIN", new_y="NEXT")
    for t in rights_text():
        p.para(t, 9)
    p.para(f"Health Connector Customer Service: 1-877-555-0102 (TTY 1-877-555-0103). Form SBH-AD-CC-07 (01/26).", 8)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=m["plan_id"], member_id=m["mid"],
              member_name=m["name"], cases=[ref], service_dates=[svc.isoformat()], denial_date=nd.isoformat(),
              provider=m["doc"], appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"provider": [m["prac"]], "service_dates": [[]], "plan_id": [None]})
    return out(p), t


def two_page(rng):
    m = member(rng)
    nd = dt.date(2026, 3, rng.randint(2, 27))
    svc = plus(nd, -rng.randint(12, 30))
    pa = f"PA{nd.strftime('%y')}{rng.randint(1000000, 9999999)}"
    claim = f"{rng.randint(20000000000, 29999999999)}"
    billed = cents(rng, 1800, 4200)
    p = Page(footer=None, footer_left=f"{m['name']}   Member ID {m['mid']}   Notice {pa}")
    p.foot = "Page {n} of {nb}"
    p.set_margins(22, 18, 22)
    p.add_page()
    letterhead(p)
    p.f(10)
    p.cell(0, 5, f"Date of notice: {d_pad(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    address_block(p, m, ["15 Cranberry Hwy", "Wareham, MA 02571"])
    p.f(13, "B")
    p.multi_cell(0, 6.5, "We denied payment because the service needed prior approval", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(2)
    p.pairs([("Member", m["name"]), ("Member ID", m["mid"]), ("Plan", m["plan_id"]), ("Group", m["grp"]),
             ("Claim number", claim), ("Prior authorization no.", pa),
             ("Provider", m["prac"]), ("Date of service", d_long(svc)), ("Amount billed", f"${billed:,.2f}"),
             ("Claim received", d_dmy2(plus(svc, rng.randint(4, 9))))], label_w=52, size=9.5, h=5.2)
    p.ln(2)
    p.para(f"{m['prac']} billed us for a nerve conduction study and needle electromyography performed on the date "
           "above. Under your ConnectorCare Evidence of Coverage, Section 6.3, these tests need our approval before "
           "they are done. We did not receive a request for approval before the date of service, so we denied the "
           "claim. The provider was told of this requirement in its network agreement.", 10)
    p.para("Because this was an in-network provider, the provider may not bill you for this denied service except "
           "for your normal copayment. If you get a bill, call us.", 10)
    p.para(f"Your deductible for plan year 2026 is $0. Your out-of-pocket maximum is $ 1,500 and you have met $ 210 "
           "of it. Other claims on this date were paid and are shown on your Explanation of Benefits.", 9)
    p.add_page()
    p.f(11, "B")
    p.cell(0, 6, "Other things you should know", new_x="LMARGIN", new_y="NEXT")
    p.para("If you disagree, you can appeal. Include a copy of this notice and any records that support your "
           "appeal. A friend, relative, provider or lawyer can help you, and you may name someone to act for you on "
           "form SBH-REP-2.", 9.5)
    boxed_panel(p, "YOUR RIGHT TO APPEAL", rights_text("the date of this notice") + [
        "Help is free: the Health Connector's ombudsman and Health Care For All's HelpLine can help you understand "
        "this notice. Health Connector Customer Service 1-877-555-0102."])
    p.para(f"Prior authorization list: policy SBH-PA-2026-01. Notice form SBH-DN-PA (rev. 11/25). "
           f"Printed {d_abbr(plus(nd, -1))}.", 8)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, plan_id=m["plan_id"], group=m["grp"],
              member_id=m["mid"], member_name=m["name"], cases=[claim], claim_amount=m2(billed),
              service_dates=[svc.isoformat()], denial_date=nd.isoformat(), provider=m["prac"],
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"case_numbers": [[claim, pa]]})
    return out(p), t


def carta_es(rng):
    m = member(rng, es=True)
    nd = dt.date(2026, 1, rng.randint(5, 28))
    svc = plus(nd, -rng.randint(20, 40))
    claim = f"SB-{rng.randint(26000000, 26999999)}-E"
    billed = cents(rng, 1100, 2900)
    p = Page(footer="Página {n} de {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    letterhead(p, "Servicios al Miembro 1-855-555-0148 (TTY 711)  |  saltmarshbay.example/es")
    p.f(10)
    p.cell(0, 5, f"Fecha del aviso: {d_es(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    address_block(p, m, ["204 Main St Apt 2", "Lawrence, MA 01840"])
    p.f(12.5, "B")
    p.cell(0, 6, "Aviso de determinación adversa: reclamo denegado", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.boxed_pairs([("Nombre del miembro", m["name"]), ("Número de identificación", m["mid"]),
                   ("Plan", m["plan_id"]), ("Número de reclamo", claim),
                   ("Proveedor", f"{m['doc']} - {m['prac']}"), ("Fecha del servicio", d_es(svc)),
                   ("Cargos facturados", f"{billed:,.2f}"), ("Fecha de nacimiento", d_pad(m["dob"]))],
                  label_w=55, size=9.5)
    p.para(f"Estimado/a {m['first']} {m['last']}:", 10)
    p.para(f"Recibimos un reclamo de {m['prac']} por {m_es(billed)} por una prueba de conducción nerviosa "
           "en el consultorio. Su plan ConnectorCare no cubre este servicio cuando lo presta un proveedor fuera de "
           "la red del plan sin una remisión aprobada, salvo en una emergencia. El servicio no fue una emergencia "
           "y no encontramos una remisión aprobada. Por eso **denegamos el reclamo**.", 10)
    p.para("El proveedor puede cobrarle el monto total. Su deducible del año del plan es $0; el máximo de gastos de "
           "bolsillo es 1 500 USD.", 10)
    p.f(11, "B")
    p.cell(0, 6, "Sus derechos de apelación", new_x="LMARGIN", new_y="NEXT")
    p.para(f"Puede pedir una apelación interna dentro de 180 días a partir de la fecha de este aviso. Escriba a "
           f"{ADDR} o llame al 1-855-555-0148. Si su salud está en grave peligro, pida una revisión acelerada; "
           "decidiremos en 72 horas.", 9.5)
    p.para("Si mantenemos nuestra decisión, puede pedir una revisión externa a la Oficina de Protección al Paciente "
           "(Office of Patient Protection) de la Comisión de Políticas de Salud de Massachusetts dentro de cuatro "
           "meses de recibir nuestra decisión final.", 9.5)
    p.para("Formulario SBH-DN-ES-03. Servicio al cliente del Health Connector: 1-877-555-0102.", 8)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id=m["plan_id"], member_id=m["mid"],
              member_name=m["name"], cases=[claim], claim_amount=m2(billed), service_dates=[svc.isoformat()],
              denial_date=nd.isoformat(), provider=m["doc"], appeal_deadline=plus(nd, 180).isoformat(),
              lang="es", alternates={"provider": [m["prac"]]})
    return out(p), t


def eob_blocks(rng):
    m = member(rng)
    nd = dt.date(2026, 4, rng.randint(2, 24))
    sub = ("Harold", "Abernathy") if m["last"] != "Abernathy" else ("Harold", "Lindgren")
    p = Page(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    letterhead(p)
    p.f(14, "B")
    p.cell(0, 7, "Explanation of Benefits", new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4, "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    four_col(p, [("Statement date", d_pad(nd), "Patient", m["name"]),
                 ("Subscriber", f"{sub[0]} R. {sub[1]}", "Member ID", m["mid"]),
                 ("Plan", m["plan_id"], "Claims processed", f"{d_abbr(plus(nd, -30))} - {d_abbr(plus(nd, -2))}")],
             widths=(28, 58, 30, 62), size=8.5)
    widths = [22, 58, 24, 22, 22, 18, 18]
    head = ["Date", "Service", "Billed", "Allowed", "Adjust.", "Plan paid", "Remark"]
    claims = []
    provs = rng.sample(DOCTORS, 3)
    deny_i = rng.randint(0, 2)
    for i in range(3):
        d0 = plus(nd, -rng.randint(14, 40))
        cn = f"{rng.randint(26100000000, 26199999999)}"
        lines = [("Office visit, est. patient (99214)", cents(rng, 180, 260)),
                 ("Electrocardiogram (93000)", cents(rng, 60, 110))] if i != deny_i else \
            [("Cardiac event monitor, 30 days (93268)", cents(rng, 700, 1100)),
             ("Office visit, est. patient (99213)", cents(rng, 140, 190))]
        claims.append((cn, provs[i], d0, lines))
    den = claims[deny_i]
    for i, (cn, (doc, prac), d0, lines) in enumerate(claims):
        rows, tb, tp = [], 0, 0
        for svc, b in lines:
            if i == deny_i:
                allowed, adj, paid, rk = 0, b, 0, "N54"
            else:
                allowed = round(b * 0.62, 2)
                adj = 45.00 if svc.startswith("Office") else round(b - allowed, 2)
                allowed = round(b - adj, 2)
                paid = round(allowed - (10 if svc.startswith("Office") else 0), 2)
                rk = "A12"
            tb += b
            tp += paid
            rows.append([d_slash(d0), svc, f"{b:,.2f}", f"{allowed:,.2f}", m_neg(adj), f"{paid:,.2f}", rk])
        claim_block(p, f"Claim {cn}   {prac} ({doc})   {d_slash(d0)}", head, rows, widths,
                    ["", "Claim total", f"{tb:,.2f}", "", "", f"{tp:,.2f}", ""],
                    sub=f"Provider NPI {rng.randint(1000000000, 1999999999)}  |  Patient account {rng.randint(300000, 899999)}")
    p.f(9, "B")
    p.cell(0, 5, "Remark codes", new_x="LMARGIN", new_y="NEXT")
    p.para("A12  Provider discount: the network provider agreed to accept the allowed amount. You owe only your copay.\n"
           "N54  Denied. Cardiac event monitoring for more than 14 days is not medically necessary without a "
           "nondiagnostic shorter monitor first (policy SBH-MP-CAR-012). You may appeal within 180 days of the "
           "date of this statement.", 8.5)
    p.para(f"Plan year 2026: deductible $0 met; out-of-pocket $ 1,500, met to date $ 385. Questions: {PHONE}.", 8.5)
    cn, (doc, prac), d0, lines = den
    total = round(sum(b for _, b in lines), 2)
    t = truth("eob", "medical_necessity", insurer=PLAN, plan_id=m["plan_id"], member_id=m["mid"],
              member_name=m["name"], cases=[cn], claim_amount=m2(total), service_dates=[d0.isoformat()],
              denial_date=nd.isoformat(), provider=prac, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"provider": [doc]})
    return out(p), t


def fax_re(rng):
    m = member(rng)
    nd = dt.date(2026, 2, rng.randint(3, 25))
    adm = plus(nd, -rng.randint(2, 5))
    dis = plus(adm, 2)
    ref = f"IP-{rng.randint(4000000, 4999999)}"
    hosp = "South Shore Harborview Hospital"
    p = Page(footer=None)
    p.set_margins(24, 18, 24)
    p.add_page()
    fax_header(p, f"{d_pad(nd)} 14:{rng.randint(10, 59)}  FROM: SBH UM DEPT 508-555-0177  TO: 508-555-0142"
                  f"   P.001/002")
    p.ln(4)
    letterhead(p, "Utilization Management  |  Fax 508-555-0177  |  " + PHONE)
    p.f(10)
    p.cell(0, 5, d_long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    for ln in ["Utilization Review Department", hosp, "90 Riverside Pkwy", "Weymouth, MA 02188"]:
        p.cell(0, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    re_block(p, [f"{m['name']} (DOB {d_dmy2(m['dob'])})", f"Member ID {m['mid']}  |  {m['plan_id']}",
                 f"Review reference {ref}", f"Dates of service {d_pad(adm)} - {d_pad(dis)}"])
    p.para("Dear Utilization Review staff:", 10)
    p.para(f"We reviewed the request for an inpatient stay for our member named above, who came to {hosp} with "
           f"chest pain and was placed in a bed on {d_nth(adm)}. Our physician reviewer found that the care given "
           "could have been safely given in **observation status** rather than as an inpatient admission: serial "
           "troponins were normal, the stress test was negative and no intravenous treatment was needed after the "
           "first day. We therefore approve the stay as outpatient observation and deny the inpatient level of care.",
           10)
    p.para(f"The attending physician, {m['doc']}, may ask for a peer-to-peer conversation within 5 business days "
           "by calling 1-855-555-0193. The member, the hospital or the physician may appeal within 180 days of the "
           "date of this letter, or ask for an expedited review (72 hours) if the member is still in the hospital.",
           10)
    p.para("If the final decision is unfavorable, the member may ask the Office of Patient Protection for an "
           "external review within four months. Criteria used: MCG Chest Pain, Observation Care guideline, "
           "available free on request.", 10)
    p.para("Sincerely,\n\nMarguerite T. Oduya, RN\nUtilization Management, for the Medical Director", 10)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, plan_id=m["plan_id"], member_id=m["mid"],
              member_name=m["name"], cases=[ref], service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"],
              denial_date=nd.isoformat(), provider=hosp, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"provider": [m["doc"]], "service_dates": [[adm.isoformat(), dis.isoformat()]]})
    return out(p), t


def overturned(rng):
    m = member(rng)
    nd = dt.date(2026, 3, rng.randint(3, 28))
    appeal = f"GRV-2026-{rng.randint(10000, 99999)}"
    orig = f"UM-{rng.randint(2600000, 2699999)}"
    svc = plus(nd, rng.randint(7, 21))
    p = Page(footer=None)
    p.set_margins(20, 16, 20)
    p.add_page()
    letterhead(p)
    p.f(10)
    p.cell(0, 5, f"{d_abbr(nd)}  ({d_pad(nd)})", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    address_block(p, m, ["8 Oyster Point Rd", "New Bedford, MA 02740"])
    p.f(13, "B")
    p.cell(0, 6.5, "Your appeal is approved", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    four_col(p, [("Appeal number", appeal, "Original reference", orig),
                 ("Member", m["name"], "Member ID", m["mid"]),
                 ("Approved provider", m["prac"], "Service", "Physical therapy evaluation and 12 visits"),
                 ("Appeal received on", d_dmy2(plus(nd, -rng.randint(10, 25))), "Approved from", d_pad(svc))],
             widths=(30, 68, 26, 46), size=9)
    p.para(f"Dear {m['first']} {m['last']}:", 10)
    p.para("A physician who took no part in the first decision reviewed your appeal, your physical therapist's notes "
           "and your provider's letter. We have **reversed** our earlier decision. The services listed above are "
           "approved and will be paid under your ConnectorCare benefits, subject to your usual copayment.", 10)
    p.para("You do not need to do anything else. Keep this letter for your records. Your representative, your "
           "daughter, was sent a copy. Questions: " + PHONE + ".", 10)
    t = truth("other", None, insurer=PLAN, plan_id=None, member_id=m["mid"], member_name=m["name"],
              cases=[appeal, orig], service_dates=[svc.isoformat()], denial_date=nd.isoformat(), provider=m["prac"],
              alternates={"case_numbers": [[appeal]], "service_dates": [[]]})
    return out(p), t


def elig_denial(rng):
    m = member(rng)
    nd = dt.date(2026, 1, rng.randint(6, 29))
    svc = dt.date(2025, 12, rng.randint(2, 30))
    claim = f"{rng.randint(25300000000, 25399999999)}"
    billed = cents(rng, 240, 900)
    p = Page(footer="Page {n} of {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    letterhead(p)
    p.f(12.5, "B")
    p.cell(0, 6, "Notice of Claim Denial - Coverage Not in Effect", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    four_col(p, [("Notice date", d_slash(nd), "Claim number", claim),
                 ("Member", m["name"], "Member ID", m["mid"]),
                 ("Provider", m["prac"], "Date of service", d_slash(svc)),
                 ("Total charges", m_usd(billed), "Coverage end date (termination)", d_abbr(dt.date(2025, 11, 30)))],
             widths=(28, 56, 34, 52), size=9)
    p.para("Your ConnectorCare coverage with us ended on November 30, 2025 because the Health Connector told us "
           "your premium was not paid for the grace period. The service above was on a date when you were not "
           "enrolled, so we denied the claim. If the Health Connector reinstates your coverage, we will reprocess "
           "it. You may appeal within 180 days of the date of this notice; write to " + ADDR + ".", 10)
    p.para("Health Connector Customer Service 1-877-555-0102 (TTY 1-877-555-0103). Form SBH-DN-EL-01.", 8.5)
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=None, member_id=m["mid"], member_name=m["name"],
              cases=[claim], claim_amount=m2(billed), service_dates=[svc.isoformat()], denial_date=nd.isoformat(),
              provider=m["prac"], appeal_deadline=plus(nd, 180).isoformat())
    return out(p), t


def approval(rng):
    m = member(rng)
    nd = dt.date(2026, 2, rng.randint(2, 27))
    ref = f"UM-{rng.randint(2700000, 2799999)}"
    start = plus(nd, 5)
    end = plus(start, 89)
    p = Page(footer=None)
    p.set_margins(26, 20, 26)
    p.add_page()
    letterhead(p)
    p.f(12, "B")
    p.cell(0, 6, "Prior Authorization Approved", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.pairs([("Date", d_long(nd)), ("Authorization", ref), ("Member", m["name"]), ("ID", m["mid"]),
             ("Service", "Continuous glucose monitor and sensors (90 days)"), ("Provider", m["doc"]),
             ("Valid", f"{d_pad(start)} through {d_pad(end)}")], label_w=34, size=10)
    p.para("We approved the request above. Payment depends on your eligibility on the date of service and the terms "
           "of your plan. Questions: " + PHONE + ".", 10)
    t = truth("other", None, insurer=PLAN, member_id=m["mid"], member_name=m["name"], cases=[ref],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(),
              provider=m["doc"], alternates={"service_dates": [[]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY
    return [
        Item(f"{F}_fourcol", "born_digital", [fourcol(rng)]),
        Item(f"{F}_two_page", "scan_clean_300", [two_page(rng)]),
        Item(f"{F}_carta_es", "photocopy", [carta_es(rng)]),
        Item(f"{F}_eob_blocks", "scan_lowres_150", [eob_blocks(rng)]),
        Item(f"{F}_fax_re", "fax_standard_g4", [fax_re(rng)]),
        Item(f"{F}_overturned", "phone_photo", [overturned(rng)]),
        Item(f"{F}_stack", "fax_fine_g4", [elig_denial(rng), approval(rng)], separators=["cover", "duplex"],
             turns={(1, 0): 180}),
    ]
