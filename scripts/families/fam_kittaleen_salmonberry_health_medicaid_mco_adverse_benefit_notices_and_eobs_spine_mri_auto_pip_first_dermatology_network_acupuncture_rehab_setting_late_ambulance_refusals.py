"""Papers mirrored (structure and plain wording style only) from a Washington-style state Medicaid managed care program
("Apple Health"-style): the state's health care authority buys Medicaid coverage for most members from a few
managed care plans; each plan sends its members a Notice of Adverse Benefit Determination when it denies, reduces or
stops a service (what was asked for, what we decided, why, the rule used; appeal to the plan within 60 calendar days
of the notice, ask within 10 days to keep a service going, a 72-hour fast appeal, then a hearing with the office of
administrative hearings within 120 days of the appeal decision and an independent review), prints explanations of
benefits for members and remittance advices for providers, and writes to providers about claims it will not pay.
Medicaid, managed care, CPT/HCPCS, ICD-10 and CARC codes are real and public; the State of Kittaleen (postal code
KL), its Health Care Authority, the Salmonberry Health program, both plans (Vinemaple, offered by Cascara Ridge
Health Plan of Kittaleen, Inc.; HBCH, Hemlock Bay Community Health, run by Hemlock Bay Health Cooperative), every
town, clinic, hospital, carrier, person, number, amount, rule number and time limit are invented; phones 555.

Documents (8 in 7 files):
- faxstd_noabd_lumbar_mri: a standard-fax two-page Vinemaple notice refusing a lumbar MRI as not medically
  necessary yet; the client ID, request number, notice date and the date the request came in printed white on a
  dark band; the requesting provider as "<clinic> - Dr. <name>"; two-column rights page.
- bd_remittance_auto_pip_first: a born-digital two-page Vinemaple provider remittance to a family medicine clinic:
  eight claims, each opening with Vinemaple's claim control number, then the patient and client ID; one claim (a
  driver seen after a car crash) paid 0.00 under OA-22 / TP7, the codes explained only in the list on page 2; the
  auto insurer's PIP claim number printed under that claim; rendering and billing provider both printed.
- phone_es_dermatologia_fuera_de_red: a photographed Spanish HBCH notice refusing a dermatologist outside the network
  (light grey band of identifiers, the "HBCH" logo word with the plan's long name under it).
- photocopy_member_eob_acupuncture: a photocopied two-page HBCH member EOB: three claims, the two acupuncture lines
  of one claim refused under note N7 (explained at the end), identifiers in a dark band, the table going on to page 2 with no
  headings, a running footer naming the cooperative behind the plan.
- lowres_pt_visits_approved: a low-resolution Vinemaple approval of twelve physical therapy visits (denies nothing);
  a framed "Other coverage on file" with the member's Medicare number and a second plan's number as decoys.
- faxstd_stack_rehab_setting_then_plan_switch: a standard-fax stack: a typed cover sheet, Vinemaple's two-page notice
  approving a skilled nursing facility instead of the inpatient rehabilitation hospital asked for (page 2 fed upside
  down), then Vinemaple's letter to a clinic that the patient was enrolled with another plan on the visit date.
- rotated_late_ambulance_claim: HBCH's letter to an ambulance company refusing a claim received after the 120-day
  filing limit, fed sideways; trip number, received date and the PCS form number as decoys.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundep_fampe import (EPSheet, abbr, caps, dd_mon, digits, dob, dots, es_date, first, first_last, iso,
                               last_first, long, m2, n2, nopad, npi, out, people, phone, plus, slash, span_words,
                               tin, tollfree, truth, usd, wday_long, workday, ymd, yy)

FAMILY = ("kittaleen_salmonberry_health_medicaid_mco_adverse_benefit_notices_and_eobs_spine_mri_auto_pip_first_"
          "dermatology_network_acupuncture_rehab_setting_late_ambulance_refusals")
LANG = "en"
SEED = 355054
STATE = "Kittaleen"
HCA = "Kittaleen Health Care Authority"
PROG = "Salmonberry Health"
VM = "Vinemaple Health"
VM_LEGAL = "Cascara Ridge Health Plan of Kittaleen, Inc."
VM_ALT = ["Vinemaple", VM_LEGAL, "Cascara Ridge Health Plan of Kittaleen"]
VM_ADDR = "PO Box 7713, Port Ellery, KL 98641"
HB = "Hemlock Bay Community Health"
HB_LEGAL = "Hemlock Bay Health Cooperative"
HB_ALT = ["HBCH", HB_LEGAL]
HB_ADDR = "1840 Quartermaster Way, Suite 300, Hadlock Springs, KL 98662"
TOWNS = [("Port Ellery", "KL", "98641"), ("Hadlock Springs", "KL", "98662"), ("Skell River", "KL", "98673"),
         ("Orca Flats", "KL", "98655"), ("Tillicum Bend", "KL", "98683"), ("East Quenault", "KL", "98690")]
STREETS = ["Vine Maple Ln", "Salal Ridge Rd", "Cedar Shake Ave", "Alder Bottom Rd", "Mossback Way", "Ferry Dock St",
           "Huckle Hill Dr", "Nettle Creek Rd", "Chum Run Ct"]
USED: set = set()


def cid(rng) -> str:
    """A Salmonberry Health client ID: nine digits and the state letters."""
    return digits(rng, 9) + "KL"


def grouped(c: str) -> str:
    """207418356KL -> 207 418 356KL (a card's grouping)"""
    return f"{c[:3]} {c[3:6]} {c[6:]}"


def vm_ccn(rng, d: dt.date) -> str:
    """Vinemaple claim control number: VM, year, day of year, seven digits."""
    return f"VM26{d.timetuple().tm_yday:03d}{digits(rng, 7)}"


def hb_claim(rng) -> str:
    return f"H26-{digits(rng, 8)}"


def addr(rng, name: str, town=None) -> list[str]:
    t, st, z = town or rng.choice(TOWNS)
    return [name, f"{rng.randint(12, 9870)} {rng.choice(STREETS)}", f"{t}, {st} {z}"]


def vm_head(p: EPSheet, rng, box: str | None = None):
    p.brand_head("Vinemaple", ["a Salmonberry Health (Medicaid) managed care plan",
                               "Integrated physical and behavioral health care for Kittaleen families"],
                 [VM_ADDR, f"Member services {tollfree(rng, '833')}", "TTY 711",
                  f"Fax {phone(rng)}", "vinemaple.example"], frame=True, box=box, size=21)


def vm_foot(code: str) -> str:
    return (f"Vinemaple is offered by {VM_LEGAL} under contract with the {HCA}.  {code}")


def hb_head(p: EPSheet, rng, box: str | None = None, es: bool = False):
    if es:
        tag = [HB, "Salmonberry Health (Medicaid) - atención administrada, administrada para el Estado por "
               + HB_LEGAL]
        above = "Plan de Salmonberry Health del Estado de Kittaleen"
    else:
        tag = [HB, f"Salmonberry Health (Medicaid) managed care, administered for the State by {HB_LEGAL}"]
        above = "A Salmonberry Health plan of the State of Kittaleen"
    p.brand_head("HBCH", tag, [HB_ADDR, f"{'Servicios al afiliado' if es else 'Member services'} "
                                        f"{tollfree(rng, '866')}", "TTY 711", "hemlockbay.example"],
                 above=above, box=box, size=26, spacing=5)


def rights_cols(p: EPSheet, nd: dt.date, plan: str, keep_by: dt.date, size: float = 8.4, stated: bool = False):
    appeal = (f"Your appeal must reach us by {long(plus(nd, 60))}, which is 60 calendar days after the date of this "
              "notice." if stated else "Ask for an appeal within 60 calendar days of the date of this notice.")
    p.cols([[("Ask for an appeal",
              f"If you do not agree with this decision, you can ask {plan} to look at it again. This is called an "
              f"appeal. {appeal} You can call us, write to us or fax us. Your provider or another person you choose "
              "can ask for you with your written permission."),
             ("Keep your services during the appeal",
              f"If this notice stops or reduces a service you already get, you can keep it while we decide. Ask by "
              f"{long(keep_by)} (10 days after the date of this notice). If the decision is upheld, you may have to "
              "pay for those services.")],
            [("Fast appeal",
              "If waiting could seriously harm your health, ask for an expedited appeal. We decide within 72 hours."),
             ("After the appeal",
              "If you still disagree after our appeal decision, you can ask for a hearing with the Kittaleen Office "
              "of Administrative Hearings within 120 days of the date of the appeal decision. You can also ask for "
              "a review by an independent review organization. An administrative law judge's decision can be "
              f"reviewed by the {HCA} Board of Appeals."),
             ("Free help",
              "You can ask for free help in your language, for large print, or for a copy of the rules and records "
              "we used. Call Member services.")]], size=size)


# ---------------------------------------------------------------------------------------------------------------
def fax_noabd_mri(rng):
    """A lumbar MRI asked for after three weeks of back pain: not medically necessary yet."""
    mem = people(rng, 1, "mb", sexes="F", used=USED)[0]
    doc, md_dir = people(rng, 2, "cl", sexes="MF", used=USED)
    m_id = cid(rng)
    req = f"UM-2604-{digits(rng, 6)}"
    nd = workday(dt.date(2026, 4, rng.randint(13, 16)))
    got = workday(plus(nd, -rng.randint(6, 8)))
    planned = workday(plus(nd, rng.randint(8, 12)))
    clinic = "Salal Creek Spine & Pain"
    prov_line = f"{clinic} - Dr. {doc}"
    pdob = dob(rng, 1971, 1988)
    fax_d = plus(nd, 1)
    p = EPSheet(footer="Page {n} of {nb}",
                fax_hdr=f"{slash(fax_d)} 09:{rng.randint(10, 59)}  VINEMAPLE UM DEPT  {phone(rng)}  PAGE {{n}}/2",
                ids_foot=vm_foot("VM-NOABD-EN 01/2026"))
    p.set_margins(18, 15, 18)
    p.add_page()
    vm_head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.dark_band([("Salmonberry client ID", grouped(m_id), 0.27), ("Request no.", req, 0.25),
                 ("Date of notice", slash(nd), 0.22), ("Request received", slash(got), 0.26)])
    y = p.addr_block(addr(rng, mem.upper()), 10)
    p.set_xy(p.l_margin + W * 0.55, y - 15)
    p.f(8.4)
    p.multi_cell(W * 0.45, 4, f"Date of birth: {slash(pdob)}\nLanguage: English\nCopy to: requesting provider",
                 new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 5)
    p.f(13, "B")
    p.cell(0, 6.5, "Notice of Adverse Benefit Determination", new_x="LMARGIN", new_y="NEXT")
    p.f(9.4)
    p.cell(0, 5, "Denial of a request for a service", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {first_last(mem)}:", 9.8)
    p.para(f"{VM} looked at a request from your provider for the service listed below. We have **denied** this "
           "request. This notice tells you why and what you can do if you disagree.", 9.8)
    p.prov_pair([("Requesting provider", prov_line, f"NPI {npi(rng)}  \u00b7  Fax {phone(rng)}"),
                 ("Service requested", "MRI of the lower back (lumbar spine) without contrast, CPT 72148, 1 unit",
                  f"Planned date {slash(planned)} at Eastmarch Imaging Center, Port Ellery"),
                 ("Diagnosis given", "M54.50 Low back pain, unspecified", "")])
    p.heading("Why we made this decision", 10.5)
    p.para(f"Your records show low back pain that started about three weeks before the request, with no weakness "
           "in your legs, no loss of bladder or bowel control, no fever and no history of cancer. For back pain "
           "like this, an MRI is medically necessary after at least six weeks of care such as physical therapy, "
           "a home exercise plan or medicine, when the pain has not improved, or sooner when one of those warning "
           "signs is present. The records do not show six weeks of this care or any warning sign. This means the "
           "MRI is not medically necessary for you at this time.", 9.4)
    p.para(f"A Vinemaple medical director, Dr. {md_dir}, made this decision after reading the records your provider "
           "sent. Your provider may ask again if your pain does not get better with treatment or if new symptoms "
           "start.", 9.4)
    p.heading("Rules we used", 10.5)
    p.bullets(["Kittaleen Administrative Code (KAC) 182-501-0165, medical necessity determinations",
               "Vinemaple clinical policy VM-CP-0412, Advanced imaging of the spine (rev. 02/2026)"], size=8.8)
    p.add_page()
    p.heading("What you can do if you disagree", 11)
    rights_cols(p, nd, VM, plus(nd, 10))
    p.ln(2)
    p.framed_note("To ask for an appeal: call Member services, fax Vinemaple Appeals at "
                  f"{phone(rng)}, or write to Vinemaple Appeals, {VM_ADDR}. Put the request number {req} on "
                  "anything you send.", 8.6)
    p.ln(3)
    p.para("Sincerely,", 9.4)
    p.signers([f"{md_dir}, MD", "Medical Director, Utilization Management", VM_LEGAL],
              ["Vinemaple Appeals and Grievances", f"Phone {tollfree(rng, '833')}", "TTY 711"], size=8.6)
    p.f(7.8)
    p.multi_cell(W, 3.8, f"cc: {prov_line}. This notice was sent to the member on the date of notice above. "
                 f"Fax confirmation printed {slash(fax_d)}.", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "medical_necessity", insurer=VM, member_id=m_id, member_name=mem, cases=[req],
              service_dates=[iso(planned)], denial_date=iso(nd), provider=doc, appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": VM_ALT, "provider": [clinic, prov_line]})
    return out(p), t


def _fm_lines(rng, dos: dt.date, kind: str):
    """Service lines of a family-medicine claim: (code, units, billed)."""
    menu = {"visit": [("99213", 1, rng.choice([188.0, 196.0, 204.0]))],
            "visit4": [("99214", 1, rng.choice([262.0, 271.0, 284.0]))],
            "flu": [("90686", 1, 42.0), ("90471", 1, 31.0)],
            "lab": [("36415", 1, 18.0), ("80053", 1, rng.choice([64.0, 71.0]))],
            "strep": [("87880", 1, 38.0)],
            "well": [("99395", 1, rng.choice([305.0, 318.0])), ("96127", 2, 24.0)],
            "ekg": [("93000", 1, 96.0)]}
    return [(dos, c, u, b) for c, u, b in menu[kind]]


def bd_remittance(rng):
    """A provider remittance: eight claims; a car-crash visit refused until the auto insurer's PIP has paid."""
    clinic = "Osoberry Family Medicine, PLLC"
    clinic_short = "Osoberry Family Medicine"
    docs = people(rng, 3, "cl", sexes="FMF", used=USED)
    creds = ["MD", "DO", "ARNP"]
    rd = workday(dt.date(2026, 5, rng.randint(6, 8)))
    eft = digits(rng, 10)
    payee_id = f"VP{digits(rng, 6)}"
    pts = people(rng, 8, "mb", used=USED)
    kinds = ["visit", "visit4", "well", "lab", "visit", "strep", "ekg", "flu"]
    tpl_i = 5
    claims, total_b, total_p = [], 0.0, 0.0
    tpl = {}
    for i, pt in enumerate(pts):
        dos = workday(dt.date(2026, 4, rng.randint(1, 24)))
        lines = _fm_lines(rng, dos, kinds[i])
        if i == tpl_i:
            lines = [(dos, "99214", 1, 276.0), (dos, "72040", 1, 148.0)]
        ccn = vm_ccn(rng, plus(dos, rng.randint(4, 9)))
        m_id = cid(rng)
        acct = f"OFM{digits(rng, 5)}"
        d_i = i % 3
        rows, cb, cp = [], 0.0, 0.0
        for (d, code, units, billed) in lines:
            if i == tpl_i:
                allowed = paid = 0.0
                adj = "OA-22  TP7"
            else:
                allowed = round(billed * rng.uniform(0.48, 0.62), 2)
                paid = allowed
                adj = "CO-45"
            rows.append([yy(d), code, str(units), n2(billed), n2(allowed), n2(paid), n2(billed - paid), adj])
            cb += billed
            cp += paid
        total_b += cb
        total_p += cp
        dx = {"visit": rng.choice(["J02.9", "I10", "E11.9"]), "visit4": rng.choice(["I10, E11.9", "J45.40"]),
              "well": "Z00.00", "lab": rng.choice(["E11.9", "E78.5"]), "strep": "J02.9", "ekg": "R07.89",
              "flu": "Z23"}[kinds[i]]
        c = {"lead": f"{ccn}    {last_first(pt)}    Client ID {m_id}    Pt acct {acct}",
             "sub": f"Rendering: {docs[d_i]}, {creds[d_i]}  NPI {npi(rng)}   \u00b7   Dx "
                    f"{'S13.4XXA, V43.52XA' if i == tpl_i else dx}",
             "lines": rows,
             "total": ["", "", "Claim", n2(cb), "", n2(cp), n2(cb - cp), ""]}
        if i == tpl_i:
            pip = f"PIP-{digits(rng, 2)}-{digits(rng, 7)}-A"
            c["note"] = (f"Other payer on file: Harrow Mutual Auto Insurance Co., claim {pip}, date of loss "
                         f"{slash(plus(dos, -1))}")
            tpl = dict(pt=pt, ccn=ccn, m_id=m_id, amount=cb, dos=dos, doc=f"{docs[d_i]}", pip=pip)
        claims.append(c)
    p = EPSheet(footer="Page {n} of {nb}", ids_foot=vm_foot(f"Remittance {rd:%Y%m%d}-{payee_id}"),
                run_hdr=f"Vinemaple remittance advice  \u00b7  {clinic_short}  \u00b7  payee {payee_id}  \u00b7  "
                        f"{slash(rd)}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(16, 15, 16)
    p.add_page()
    vm_head(p, rng, box="PROVIDER REMITTANCE ADVICE")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.addr_block(addr(rng, clinic, TOWNS[3]) + [f"Billing NPI {npi(rng)}   TIN {tin(rng)}"], 9.2)
    p.set_y(y0 + 24)
    p.dark_band([("Payee ID", payee_id, 0.2), ("Remittance date", long(rd), 0.28), ("EFT trace no.", eft, 0.26),
                 ("Amount paid", usd(total_p), 0.26)], size=9.2)
    p.para(f"Claims {VM} paid and refused for {clinic} (billing provider) in this payment cycle. Each claim starts with "
           "our claim control number, then the patient and client ID. Adjustment codes are listed at the end of "
           "this remittance.", 8.6)
    head = ["Service date", "Procedure", "Units", "Billed", "Allowed", "Paid", "Adjusted", "Adj. codes"]
    widths = [22, 20, 12, 24, 24, 24, 24, W - 150]
    aligns = ["L", "L", "C", "R", "R", "R", "R", "L"]
    p.remit_claims(head, widths, aligns, claims, size=7.4, foot_room=28)
    p.set_y(p.money_box("Payment summary", [("Claims in this remittance", str(len(claims))),
                                            ("Total billed", usd(total_b)), ("Total paid", usd(total_p))], w=90,
                        size=8.4) + 4)
    p.glossary("Adjustment codes used in this remittance",
               [("CO-45", "Charge exceeds the fee schedule or maximum allowable amount. The member may not be billed "
                          "the difference."),
                ("OA-22", "This care may be covered by another payer per coordination of benefits."),
                ("TP7", "Motor vehicle accident. The member's auto insurance (personal injury protection or medical "
                        "payments coverage) pays first. Bill the auto carrier named under the claim, then send us a "
                        "corrected claim with the auto carrier's explanation of benefits.")], size=7.6)
    p.ln(2)
    p.para("To dispute a claim on this remittance, send a provider dispute within 90 days of the date of this "
           "remittance to Vinemaple Provider Disputes, " + VM_ADDR + ". Corrected claims are not disputes.", 8.2)
    t = truth("eob", "other", insurer=VM, member_id=tpl["m_id"], member_name=tpl["pt"], cases=[tpl["ccn"]],
              claim_amount=m2(tpl["amount"]), service_dates=[iso(tpl["dos"])], denial_date=iso(rd),
              provider=tpl["doc"], appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": VM_ALT, "provider": [clinic, clinic_short]})
    return out(p), t


def phone_es_derm(rng):
    """HBCH (Spanish): an out-of-network dermatologist refused; network dermatologists nearby are listed."""
    mem = people(rng, 1, "es", sexes="F", used=USED)[0]
    doc, rev = people(rng, 2, "cl", sexes="FM", used=USED)
    m_id = cid(rng)
    req = f"HB-PA-{digits(rng, 7)}"
    nd = workday(dt.date(2026, 5, rng.randint(18, 21)))
    got = workday(plus(nd, -rng.randint(5, 9)))
    planned = workday(plus(nd, rng.randint(9, 16)))
    clinic = "Tanager Ridge Dermatology"
    prov_line = f"{clinic} - Dra. {doc}"
    p = EPSheet(footer="Página {n} de {nb}", ids_foot=f"HBCH es un plan de {HB_LEGAL}.  HB-NOABD-SP 03/2026")
    p.set_margins(18, 15, 18)
    p.add_page()
    hb_head(p, rng, es=True)
    W = p.w - p.l_margin - p.r_margin
    p.dark_band([("N.º de cliente de Salmonberry", m_id, 0.3), ("N.º de solicitud", req, 0.25),
                 ("Fecha del aviso", es_date(nd), 0.27), ("Recibida", slash(got), 0.18)], light=True, size=9.4)
    y = p.addr_block(addr(rng, mem), 10)
    p.set_y(y + 4)
    p.f(12.5, "B")
    p.multi_cell(W, 6, "Aviso de determinación adversa de beneficios", new_x="LMARGIN", new_y="NEXT")
    p.f(9.2)
    p.cell(0, 5, "Servicio de un proveedor que no está en nuestra red", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Estimada {first_last(mem)}:", 9.8)
    p.para(f"{HB} revisó la solicitud de su proveedor. **No podemos aprobar** el servicio que se indica abajo con "
           "el proveedor que se pidió. Este aviso explica por qué y qué puede hacer.", 9.6)
    p.prov_pair([("Proveedor", prov_line, f"NPI {npi(rng)}  \u00b7  no participa en la red de HBCH"),
                 ("Servicio", "Consulta y biopsia de piel (CPT 99204, 11104)",
                  f"Fecha prevista: {es_date(planned)}")], cap_w=26)
    p.heading("Por qué tomamos esta decisión", 10.5)
    p.para(f"{clinic} no tiene contrato con {HB}. Pagamos la atención fuera de la red solo cuando es una emergencia "
           "o cuando ningún proveedor de la red puede darle el servicio a tiempo y a una distancia razonable. Hay "
           "dermatólogos de la red a menos de 25 millas de su domicilio que tienen citas disponibles en las próximas "
           "tres semanas. Por eso, la consulta con este proveedor no está cubierta.", 9.4)
    p.other_cov("Dermatólogos de la red cerca de usted",
                [("Port Ellery", "Skell River Skin Clinic - (360) 555-0" + digits(rng, 3)),
                 ("Hadlock Springs", "Quenault Dermatology Group - (360) 555-0" + digits(rng, 3))],
                size=8.2, cap_w=32)
    p.para(f"Regla que usamos: KAC 182-538-0110 (servicios fuera de la red). Revisado por {rev}, RN, "
           "Administración de la Utilización.", 8.6)
    p.heading("Si no está de acuerdo", 10.5)
    p.cols([[("Apelación",
              "Puede pedir una apelación dentro de 60 días calendario a partir de la fecha de este aviso. Llame a "
              "Servicios al afiliado, o escríbanos a la dirección de arriba."),
             ("Apelación rápida", "Si esperar puede dañar su salud, pida una apelación acelerada: decidimos en "
                                  "72 horas.")],
            [("Audiencia", "Si no está de acuerdo con la decisión de la apelación, puede pedir una audiencia ante "
                           "la Oficina de Audiencias Administrativas de Kittaleen dentro de 120 días a partir de la "
                           "fecha de esa decisión."),
             ("Ayuda gratis", "Tiene derecho a un intérprete y a recibir este aviso en otro formato sin costo.")]],
           size=8.4)
    t = truth("denial_letter", "out_of_network", insurer=HB, member_id=m_id, member_name=mem, cases=[req],
              service_dates=[iso(planned)], denial_date=iso(nd), provider=doc, appeal_deadline=iso(plus(nd, 60)),
              lang="es", alternates={"insurer": HB_ALT, "provider": [clinic, prov_line]})
    return out(p), t


def photocopy_eob(rng):
    """HBCH member EOB: three claims, an acupuncture line refused under note N7."""
    mem = people(rng, 1, "mb", sexes="M", used=USED)[0]
    d1, d2, d3 = people(rng, 3, "cl", used=USED)
    m_id = cid(rng)
    sd = workday(dt.date(2026, 6, rng.randint(2, 5)))
    c0, c1 = dt.date(2026, 5, 1), dt.date(2026, 5, 31)
    p = EPSheet(footer="Page {n} of {nb}",
                ids_foot=f"HBCH is a Salmonberry Health plan operated by {HB_LEGAL}, a Kittaleen nonprofit "
                         f"cooperative.  Statement {sd:%y%m}-{m_id[-4:]}")
    p.set_margins(16, 15, 16)
    p.add_page()
    hb_head(p, rng, box="EXPLANATION OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    y = p.addr_block(addr(rng, mem), 9.8)
    p.set_xy(p.l_margin + W * 0.56, y - 14)
    p.f(8.2)
    p.multi_cell(W * 0.44, 4, "THIS IS NOT A BILL.\nKeep it with your health records. You owe nothing for "
                 "covered Salmonberry Health services.", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 4)
    p.dark_band([("Member", first_last(mem), 0.25), ("Client ID", m_id, 0.2), ("Statement date", abbr(sd), 0.17),
                 ("Claims processed", f"{md(c0)} - {md(c1)}/26", 0.19), ("Plan", "Salmonberry IMC", 0.19)],
                size=8.8, shade=70)
    p.framed_note("Your health plan changes nothing about your Salmonberry Health eligibility. To check your "
                  f"eligibility or renew, contact the {HCA}. Example of a client ID: 000000000KL (yours is in the "
                  "bar above).", 8.2)
    p.ln(2)
    p.heading("Claims we processed for you", 10.5)
    rows = []
    claims = []
    spec = [("visit", d1, "Orca Flats Community Clinic", [("99214", 248.0)]),
            ("acu", d2, "Wildrose Integrative Health", [("99203", 212.0), ("97810", 96.0), ("97811", 64.0)]),
            ("lab", d3, "Skell River Laboratory", [("36415", 16.0), ("83036", 41.0), ("80061", 58.0)])]
    target = {}
    for kind, dname, org, lines in spec:
        dos = workday(dt.date(2026, 5, rng.randint(4, 27)))
        cno = hb_claim(rng)
        tot = sum(b for _, b in lines)
        claims.append((dos, cno))
        rows.append(("span", f"Claim {cno}   \u00b7   {org} - {dname}   \u00b7   received {slash(plus(dos, rng.randint(3, 8)))}"))
        for code, b in lines:
            refused = kind == "acu" and code in ("97810", "97811")
            paid = 0.0 if refused else round(b * rng.uniform(0.45, 0.6), 2)
            note = "N7" if refused else "P1"
            rows.append([slash(dos), code, f"${b:,.2f}", "0.00" if refused else n2(paid), n2(paid), "0.00", note])
        rows.append(("bold", ["", "Claim total", f"${tot:,.2f}", "", "", "0.00", ""]))
        rows.append(("gap",))
        if kind == "acu":
            target = dict(dos=dos, cno=cno, tot=tot, doc=dname, org=org, line=96.0 + 64.0)
    # fill the page so the last claim's lines go on at the top of page 2
    p.flow_table(["Date of service", "Service code", "Provider billed", "Plan allowed", "Plan paid", "You owe",
                  "Note"], [26, 24, 30, 28, 26, 22, W - 156], ["L", "L", "R", "R", "R", "R", "L"],
                 rows[:6] + [("break",)] + rows[6:], size=8.2, row_h=5.0, foot_room=30)
    p.heading("What the notes mean", 10)
    p.legend("Notes", [("P1", "Paid under your Salmonberry Health benefits. You owe nothing."),
                       ("N7", "Acupuncture is not a covered Salmonberry Health benefit for adults 21 and older. "
                              "The provider may bill you only if you signed an agreement to pay before the "
                              "service."),
                       ("N2", "Duplicate of a claim already processed.")], size=8.2)
    p.para("Questions about a claim? Call Member services. If you disagree with how we processed a claim, you can "
           "ask for an appeal within 60 days of the date of this statement. Example: for a statement dated "
           f"{slash(dt.date(2026, 1, 15))}, an appeal would be due by {slash(dt.date(2026, 3, 16))}.", 8.6)
    t = truth("eob", "not_covered", insurer=HB, member_id=m_id, member_name=mem, cases=[target["cno"]],
              claim_amount=m2(target["tot"]), service_dates=[iso(target["dos"])], denial_date=iso(sd),
              provider=target["doc"], appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": HB_ALT, "provider": [target["org"], f"{target['org']} - {target['doc']}"],
                          "claim_amount": [m2(target["line"])]})
    return out(p), t


def md(d: dt.date) -> str:
    return f"{d.month:02d}/{d.day:02d}"


def lowres_approval(rng):
    """Vinemaple approves twelve physical therapy visits; other coverage on file printed as decoys."""
    mem = people(rng, 1, "mb", sexes="M", used=USED)[0]
    pt_doc, ref = people(rng, 2, "cl", sexes="FM", used=USED)
    m_id = cid(rng)
    auth = f"UM-2603-{digits(rng, 6)}"
    nd = workday(dt.date(2026, 3, rng.randint(9, 12)))
    a0 = plus(nd, 4)
    a1 = plus(a0, 59)
    org = "Sitka Rise Physical Therapy"
    mbi = "5TQ8-HC2-WN41"
    p = EPSheet(footer="Page {n} of {nb}", ids_foot=vm_foot("VM-APPR-EN 01/2026"))
    p.set_margins(20, 16, 20)
    p.add_page()
    vm_head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(8.6)
    p.cell(0, 4.5, wday_long(nd), align="R", new_x="LMARGIN", new_y="NEXT")
    y = p.addr_block(addr(rng, mem), 10)
    p.set_y(y + 5)
    p.f(12.5, "B")
    p.cell(0, 6, "Your service request is approved", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.hung([(m_id, "Salmonberry client ID", W * 0.3), (auth, "Authorization number", W * 0.3),
            (f"{slash(a0)} - {slash(a1)}", "Approved dates", W * 0.4)], size=9.4)
    p.para(f"Dear {first(mem)},", 9.8)
    p.para(f"Good news. {VM} approved the physical therapy your provider asked for. You do not need to do "
           "anything else. Please keep this letter.", 9.6)
    p.prov_pair([("Provider", f"{pt_doc}, DPT, {org}", f"NPI {npi(rng)}  \u00b7  {phone(rng)}"),
                 ("Approved", "Physical therapy, up to 12 visits (CPT 97110, 97140, 97530)",
                  f"from {long(a0)} to {long(a1)}"),
                 ("Referred by", f"Dr. {ref}", "")])
    p.other_cov("Other coverage on file",
                [("Medicare Part B (primary)", f"Medicare number {mbi}"),
                 (f"Prior plan, ended {slash(dt.date(2026, 1, 31))}",
                  f"HB{digits(rng, 8)} (Hemlock Bay Community Health)")],
                note="Medicare pays first for these visits. Your therapist bills Medicare and then Vinemaple. You "
                     "do not pay a copay for covered visits.", cap_w=46)
    p.para("If you need more visits after the approved dates, your therapist can send a new request with your "
           "progress notes. If you have questions, call Member services.", 9.2)
    p.para("Sincerely,\nVinemaple Utilization Management", 9.2)
    t = truth("other", None, insurer=VM, member_id=m_id, member_name=mem, cases=[auth],
              service_dates=[f"{iso(a0)}/{iso(a1)}"], denial_date=iso(nd), provider=pt_doc,
              alternates={"insurer": VM_ALT, "provider": [org, f"{pt_doc}, DPT, {org}"], "service_dates": [[]],
                          "case_numbers": [[]]})
    return out(p), t


def fax_stack(rng):
    """Cover, an inpatient rehabilitation stay refused in favour of a skilled nursing facility, then a claim refused
    because the patient was enrolled with another plan on the visit date."""
    # A: rehab setting
    mem = people(rng, 1, "mb", sexes="F", used=USED)[0]
    hosp_doc, md_dir, clin_doc = people(rng, 3, "cl", sexes="MFM", used=USED)
    m_id = cid(rng)
    req = f"UM-2605-{digits(rng, 6)}"
    nd = workday(dt.date(2026, 5, rng.randint(11, 13)))
    adm = plus(nd, 1)
    irf = "Madrona Point Rehabilitation Hospital"
    snf = "Chinook Bend Skilled Nursing and Rehabilitation"
    prov_line = f"{irf} - admitting physician Dr. {hosp_doc}"
    ld = workday(plus(nd, rng.randint(6, 8)))
    fax_d = plus(ld, 1)
    pa = EPSheet(footer="Page {n} of {nb}",
                 fax_hdr=f"{caps(fax_d)} 16:{rng.randint(10, 59)}  FROM: VINEMAPLE UM  TO: {phone(rng)}  P.{{n}}",
                 fax_off=1, ids_foot=vm_foot("VM-NOABD-EN 01/2026"))
    pa.set_margins(18, 15, 18)
    pa.add_page()
    vm_head(pa, rng)
    W = pa.w - pa.l_margin - pa.r_margin
    pa.f(13, "B")
    pa.cell(0, 6.5, "Notice of Adverse Benefit Determination", new_x="LMARGIN", new_y="NEXT")
    pa.f(9.2)
    pa.cell(0, 5, "Partial approval: a different level of care than requested", new_x="LMARGIN", new_y="NEXT")
    pa.ln(1.5)
    pa.dark_band([("Client ID", m_id, 0.24), ("Request no.", req, 0.25), ("Notice date", long(nd), 0.27),
                  ("Hospital discharge", slash(nd), 0.24)], shade=30)
    y = pa.addr_block(addr(rng, mem), 9.8)
    pa.set_y(y + 4)
    pa.para(f"Dear {first_last(mem)}:", 9.6)
    pa.para(f"While you were in Kittaleen Valley General Hospital after your stroke, {irf} asked us to approve an "
            f"inpatient rehabilitation stay starting {long(adm)}. We have **not approved** the inpatient "
            f"rehabilitation hospital. We **have approved** care in a skilled nursing facility, {snf}, for the "
            "same dates.", 9.4)
    pa.prov_pair([("Requested by", prov_line, f"NPI {npi(rng)}"),
                  ("Requested", "Inpatient rehabilitation facility stay (revenue code 0128), 14 days",
                   f"Start date {slash(adm)}"),
                  ("Approved instead", f"Skilled nursing facility care at {snf}", "Same start date, review in 7 days")])
    pa.heading("Why", 10.5)
    pa.para("An inpatient rehabilitation hospital is for people who can take part in at least three hours of "
            "therapy a day, five days a week, and who need a rehabilitation doctor to see them most days. Your "
            "therapy notes show you can take part in about one hour of therapy a day right now and that your "
            "medical needs are stable. The care you need can be given safely in a skilled nursing facility with "
            "daily therapy. If you become able to do more therapy, your providers can ask us again.", 9.2)
    pa.add_page()
    pa.heading("What you can do", 11)
    rights_cols(pa, nd, VM, plus(nd, 10), size=8.4, stated=True)
    pa.ln(2)
    pa.para(f"Rules used: KAC 182-550-2561 (inpatient rehabilitation admission criteria); Vinemaple clinical policy "
            f"VM-CP-0218. Decided by Dr. {md_dir}, Medical Director.", 8.6)
    pa.signers([f"{md_dir}, MD", "Medical Director", VM_LEGAL], ["Copy sent to", irf, snf], size=8.4)
    ta = truth("denial_letter", "level_of_care", insurer=VM, member_id=m_id, member_name=mem, cases=[req],
               service_dates=[iso(adm)], denial_date=iso(nd), provider=irf, appeal_deadline=iso(plus(nd, 60)),
               alternates={"insurer": VM_ALT, "provider": [hosp_doc, prov_line],
                           "service_dates": [[f"{iso(adm)}/{iso(plus(adm, 13))}"]]})
    # B: enrolled with another plan on the visit date
    pt = people(rng, 1, "mb", sexes="M", used=USED)[0]
    pt_id = cid(rng)
    dos = workday(dt.date(2026, 4, rng.randint(13, 24)))
    ccn = vm_ccn(rng, plus(dos, 6))
    clinic = "Camas Prairie Clinic"
    cl_line = f"{clinic} - {clin_doc}, MD"
    amt = rng.choice([231.0, 244.0, 259.0]) + 38.0
    pb = EPSheet(footer="Page {n} of {nb}",
                 fax_hdr=f"{caps(fax_d)} 16:{rng.randint(10, 59)}  FROM: VINEMAPLE UM  TO: {phone(rng)}  P.{{n}}",
                 fax_off=3, ids_foot=vm_foot("VM-PRV-ELIG 11/2025"))
    pb.set_margins(20, 15, 20)
    pb.add_page()
    vm_head(pb, rng, box="PROVIDER NOTICE")
    W = pb.w - pb.l_margin - pb.r_margin
    pb.f(9)
    pb.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    pb.ln(1)
    pb.set_y(pb.addr_block([clinic, "Attn: Billing office", "402 Bunchgrass Rd", "Tillicum Bend, KL 98683"], 9.6) + 5)
    pb.re_line([f"Patient {pt}", f"Client ID {pt_id}", f"Claim {ccn}"], size=9.2)
    pb.ln(2)
    pb.para(f"{VM} cannot pay the claim below. On the date of service the patient was not enrolled with Vinemaple. "
            f"The {HCA} enrolment file shows the patient moved to {HB} on "
            f"{long(dt.date(2026, 4, 1))}. Please send the claim to that plan.", 9.2)
    pb.prov_pair([("Rendering provider", f"{clin_doc}, MD", f"NPI {npi(rng)}"),
                  ("Billing provider", clinic, f"NPI {npi(rng)}  \u00b7  TIN {tin(rng)}")], cap_w=40)
    pb.wrap_table(["Claim control no.", "Patient", "Date of service", "Rendering / billing", "Billed", "Status"],
                  [[ccn, last_first(pt), slash(dos), cl_line, usd(amt), "Denied, CARC 24"]],
                  [30, 34, 20, 50, 20, W - 154], size=7.8, aligns=["L", "L", "L", "L", "R", "L"])
    pb.ln(3)
    pb.other_cov("Enrolment on the date of service",
                 [("Vinemaple", f"ended {slash(dt.date(2026, 3, 31))}"),
                  ("Hemlock Bay Community Health", f"from {slash(dt.date(2026, 4, 1))}, HBCH member no. "
                                                   f"HB{digits(rng, 8)}")], cap_w=58)
    pb.para("If you believe the enrolment file is wrong, send a claim dispute within 90 days of the date of this "
            "letter with a copy of the eligibility check you made on the date of service.", 9.0)
    pb.para("Vinemaple Provider Services\n" + f"{tollfree(rng, '833')}  \u00b7  Fax {phone(rng)}", 9.0)
    tb = truth("denial_letter", "eligibility", insurer=VM, member_id=pt_id, member_name=pt, cases=[ccn],
               claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(ld), provider=clin_doc,
               appeal_deadline=iso(plus(ld, 90)),
               alternates={"insurer": VM_ALT, "provider": [clinic, cl_line]})
    return [(out(pa), ta), (out(pb), tb)]


def rotated_late_ambulance(rng):
    """HBCH refuses a ground ambulance claim received after the 120-day filing limit."""
    pt = people(rng, 1, "mb", sexes="F", used=USED)[0]
    rep = people(rng, 1, "cl", sexes="F", used=USED)[0]
    m_id = cid(rng)
    ld = workday(dt.date(2026, 6, rng.randint(15, 18)))
    dos = dt.date(2026, 1, rng.randint(5, 14))
    rcv = workday(dt.date(2026, 6, rng.randint(1, 4)))
    cno = hb_claim(rng)
    trip = f"WH-{digits(rng, 6)}"
    org = "Wren Harbor Ambulance"
    base, miles = 1185.0, rng.randint(9, 17)
    mile_amt = miles * 24.5
    amt = base + mile_amt
    p = EPSheet(footer="Page {n} of {nb}", ids_foot=f"Hemlock Bay Community Health is a plan of {HB_LEGAL}.")
    p.set_margins(20, 16, 20)
    p.add_page()
    hb_head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(9)
    p.cell(0, 5, f"Letter date: {dd_mon(ld)}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.set_y(p.addr_block([org, "Billing Department", "77 Slipway Road", "Orca Flats, KL 98655"], 9.6) + 6)
    p.f(11.5, "B")
    p.cell(0, 6, "Claim denied: received after the filing limit", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.boxed_values([(cno, "HBCH claim number", W * 0.26), (trip, "Your trip number", W * 0.22),
                    (last_first(pt), "Patient", W * 0.3), (m_id, "Client ID", W * 0.22)], size=8.8)
    p.pairs([("Date of service", slash(dos)), ("Claim received", f"{slash(rcv)} (electronic, batch {digits(rng, 6)})"),
             ("Services", f"A0427 ALS emergency transport; A0425 mileage x {miles}"),
             ("Amount billed", f"{n2(amt)}"),
             ("Physician certification", f"PCS form KL-13-0221 on file, signed {slash(plus(dos, 1))}")],
            label_w=46, size=9.0, h=5.2)
    p.ln(2)
    p.para(f"Your agreement with {HB} and the Salmonberry Health provider rules say a claim must reach us within "
           f"120 days of the date of service. For this transport that was {long(plus(dos, 120))}. We received the "
           f"claim on {long(rcv)}, after that date, so we cannot pay it. The patient may not be billed for this "
           "transport.", 9.4)
    p.para("Exceptions: we accept a late claim when the first claim was sent on time and returned, or when another "
           "insurer's denial came late. Send proof of either with a dispute.", 9.0)
    p.para("You may dispute this decision in writing within 60 days of this letter. Send the dispute and any proof "
           f"of timely filing to HBCH Provider Appeals, {HB_ADDR}.", 9.4)
    p.ln(2)
    p.para(f"{rep}\nClaims Resolution Specialist\n{HB_LEGAL}", 9.2)
    t = truth("denial_letter", "timely_filing", insurer=HB, member_id=m_id, member_name=pt, cases=[cno],
              claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(ld), provider=org,
              appeal_deadline=iso(plus(ld, 60)), alternates={"insurer": HB_ALT})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_faxstd_noabd_lumbar_mri", "fax_standard_g4", [fax_noabd_mri(rng)]),
        Item(f"{f}_bd_remittance_auto_pip_first", "born_digital", [bd_remittance(rng)]),
        Item(f"{f}_phone_es_dermatologia_fuera_de_red", "phone_photo", [phone_es_derm(rng)]),
        Item(f"{f}_photocopy_member_eob_acupuncture", "photocopy", [photocopy_eob(rng)]),
        Item(f"{f}_lowres_pt_visits_approved", "scan_lowres_150", [lowres_approval(rng)]),
        Item(f"{f}_faxstd_stack_rehab_setting_then_plan_switch", "fax_standard_g4", fax_stack(rng),
             separators=["cover", None], turns={(0, 1): 180}),
        Item(f"{f}_rotated_late_ambulance_claim", "rotated", [rotated_late_ambulance(rng)]),
    ]
