"""Papers of an invented health plan for bookbinders, paper conservators and archive and library staff (the Quire
Trades Health Plan, brand "QUIRE"): member statements, pre-service and claim letters, an appeal decision and a
provider payment statement, about the trade's troubles (hand and wrist strain from folding, sewing and paring;
mould and dust in stacks and vaults; adhesive and solvent fumes; cuts). Eligibility comes from an hours bank: hours
in covered employment reported by bindery, conservation-lab and archive employers in one quarter buy coverage in a
later three-month period.

Everything is invented: the plan, the Quire Trades Health and Welfare Fund, the claims administrator (Gildenhurst
Benefit Administrators, Inc.), the workers' compensation carrier, every provider, member, number, address and amount;
phones are 555. CPT / HCPCS / ICD-10 codes are themselves.

The letterhead is the short brand QUIRE set as a logo (in a heavy box, in spaced stencil capitals or reversed out of
a black block) with a tagline under or over it ("the health plan for bookbinders, paper conservators and archive &
library staff"); the administrator signs several letters and fills the legal footer.

Documents (8 in 7 files):
- born digital: a two-page member explanation of benefits, three claims in one table; the hand clinic's claim has
  one line (20550) refused under note B7 (included in another procedure that day), explained on page 2; member ID,
  group, plan ID and date reversed out of a dark band; billing clinic and rendering surgeon both printed.
- 300 dpi scan, Spanish: a wrist MRI claim refused because the plan's prior approval was not asked for; Spanish
  labels in a shaded band.
- fine fax: a provider payment statement to an occupational clinic; each claim opens with the plan's control number,
  then the patient and member number; the third patient's two lines are refused under WC1 (work injury: the
  workers' compensation carrier pays first), the carrier's claim number printed in a remark.
- standard fax: a concurrent-review letter approving observation instead of an inpatient stay for a mould-triggered
  hypersensitivity pneumonitis flare; IDs in a black band; hospital and attending physician both printed.
- photocopy: a first-level appeal decision keeping the refusal of shockwave therapy for tennis elbow
  (investigational); appeal and claim numbers in boxes with captions beside them; signed by the administrator.
- phone photo: prior approval of a carpal tunnel release (denies nothing).
- standard fax stack: a union benefits counsellor's cover letter; an out-of-network allergist's claim for a member's
  wife refused; an hours-bank letter refusing hand-therapy visits after coverage ended, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundel_famlb import letter_cover
from kit_roundep_fampc import (EPSheet, abbr, dash, digits, dlong, dmy, dots, es_date, first_last, fresh, iso,
                               last_first, long, m2, mon_day, n2, nopad, out, people, plus, same_surname, short,
                               slash, surname, truth, upper, usd)

FAMILY = ("quire_trades_health_plan_bookbinders_paper_conservators_archive_staff_bundled_injection_wrist_mri_no_"
          "approval_bindery_comp_first_observation_shockwave_allergist_hours_refusals")
LANG = "en"
SEED = 355152

QT = "Quire Trades Health Plan"
QT_ALT = ["Quire", "QUIRE", "Quire Trades Health and Welfare Fund", "Quire Trades Health Plan (QUIRE)"]
TPA = "Gildenhurst Benefit Administrators, Inc."
TAG = "the health plan for bookbinders, paper conservators and archive & library staff"
TAG_ES = "el plan de salud de encuadernadores, conservadores de papel y personal de archivos y bibliotecas"
PH = "1-855-555-0192"
PROV_PH = "1-855-555-0197"
LEGAL = (f"{QT} is the group health plan of the Quire Trades Health and Welfare Fund. Claims are administered for "
         f"the Fund by {TPA}, P.O. Box 2818, Calder Mills, PA 19403. The administrator does not insure the plan's "
         "benefits.")
PLAN = "QTH-2"
TOWNS = ["Calder Mills, PA 19403", "Bindon, PA 19330", "Stitchford, PA 19425", "Pressley, PA 19464",
         "Tollhouse Gap, PA 19520"]
STREETS = ["Tenter Row", "Vellum Ct", "Ragpaper Ln", "Sewing Frame Rd", "Foxglove Alley", "Guard Sheet St",
           "Paring Stone Ave", "Marbling Way"]


def legal(form: str) -> list[str]:
    return [LEGAL, f"Form {form}   Se habla espa\u00f1ol: {PH}"]


def home(rng) -> list[str]:
    return [f"{rng.randint(14, 960)} {rng.choice(STREETS)}", rng.choice(TOWNS)]


def member_id(rng) -> str:
    return "QT" + digits(rng, 7)


def g_mid(m: str) -> str:
    return f"{m[:2]} {m[2:5]} {m[5:]}"


def claim_no(rng, d: dt.date) -> str:
    """Plan claim control number: QC, two-digit year, day of the year, six digits."""
    return f"QC26{d.timetuple().tm_yday:03d}{digits(rng, 6)}"


def group_no(rng) -> str:
    return "G-" + digits(rng, 5)


def npi(rng) -> str:
    return "1" + digits(rng, 9)


def head(p: EPSheet, style: str = "box", tag_above: bool = False, es: bool = False, unit: str = "Member Services"):
    right = [QT, unit, "P.O. Box 2810", "Calder Mills, PA 19403-2810",
             (f"Afiliados: {PH}" if es else f"Members: {PH}") + "  (TTY 711)"]
    p.logo_letterhead("QUIRE", TAG_ES if es else TAG, right, tag_above=tag_above, style=style, size=23)


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    """Member EOB, three claims; the hand clinic's claim has 20550 refused under B7 (bundled); note on page 2."""
    mem, surg, pa, occ = people(rng, 4, 2, "MMFF")
    mid, grp = member_id(rng), group_no(rng)
    sd = dt.date(2026, 4, 9)
    d_hand, d_occ, d_lab = dt.date(2026, 3, 17), dt.date(2026, 3, 4), dt.date(2026, 3, 24)
    c_hand, c_occ, c_lab = claim_no(rng, dt.date(2026, 3, 23)), claim_no(rng, dt.date(2026, 3, 9)), \
        claim_no(rng, dt.date(2026, 3, 30))
    clinic = "Colophon Hand & Upper Limb Clinic"
    occ_clinic = "Deckle Street Occupational Health"
    lab = "Guard Sheet Clinical Laboratory"
    rend = f"{clinic} - Dr. {surg}"
    hand = [("99213-25", "Office visit", 168.00, 104.20, 83.36, 20.84, ""),
            ("20526-LT", "Injection, carpal tunnel", 236.00, 121.75, 97.40, 24.35, ""),
            ("20550-LT", "Injection, tendon sheath", 198.00, 0.00, 0.00, 0.00, "B7")]
    occl = [("94010", "Spirometry", 96.00, 38.60, 38.60, 0.00, "P1"),
            ("99203", "New patient visit", 210.00, 118.90, 118.90, 0.00, "P1")]
    labl = [("86606", "Aspergillus antibody", 74.00, 16.30, 13.04, 3.26, ""),
            ("86331", "Precipitin panel", 58.00, 12.85, 10.28, 2.57, "")]
    hand_billed = sum(x[2] for x in hand)
    p = EPSheet(footer="Page {n} of {nb}", legal=legal("QT-EOB-1 (rev. 11/2025)"),
                running=f"QUIRE  \u00b7  Explanation of Benefits for {first_last(mem)}  \u00b7  {nopad(sd)}  "
                        f"\u00b7  page {{n}}")
    p.set_margins(16, 14, 16)
    p.add_page()
    head(p, style="stencil")
    p.band([("Member ID", g_mid(mid), 1.0), ("Group no.", grp, 0.8), ("Plan ID", PLAN, 0.7),
            ("Statement date", long(sd), 1.1)], fill=38, size=9.6)
    y0 = p.get_y()
    p.address([mem, *home(rng)], 9.6)
    p.set_xy(p.l_margin + p.W * 0.52, y0)
    p.f(14, "B")
    p.cell(p.W * 0.48, 7, "Explanation of Benefits", new_x="LEFT", new_y="NEXT")
    p.f(8.6)
    p.multi_cell(p.W * 0.48, 4, "This is not a bill. It shows what your plan did with claims we received from "
                 "March 9 to March 30, 2026. Notes in the last column are explained on page 2.",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    W = p.W
    widths = [24, W - 24 - 22 - 22 - 22 - 20 - 12, 22, 22, 22, 20, 12]
    rows = [("group", f"Claim {c_occ}  \u00b7  {slash(d_occ)}  \u00b7  {occ_clinic} - Dr. {occ}")]
    rows += [[c, d, n2(b), n2(a), n2(pp), n2(y), nt] for c, d, b, a, pp, y, nt in occl]
    rows += [("group", f"Claim {c_hand}  \u00b7  {slash(d_hand)}  \u00b7  {clinic}"),
             ("group", f"      billing provider: {clinic}  \u00b7  rendering provider: Dr. {surg}")]
    rows += [[c, d, n2(b), n2(a), n2(pp), n2(y), nt] for c, d, b, a, pp, y, nt in hand]
    rows += [("bold", ["", "Claim total", n2(hand_billed), n2(sum(x[3] for x in hand)), n2(sum(x[4] for x in hand)),
                       n2(sum(x[5] for x in hand)), ""])]
    rows += [("group", f"Claim {c_lab}  \u00b7  {slash(d_lab)}  \u00b7  {lab}, ordered by {pa}, PA-C")]
    rows += [[c, d, n2(b), n2(a), n2(pp), n2(y), nt] for c, d, b, a, pp, y, nt in labl]
    p.grid(["Code", "Service", "Amount billed", "Plan allowed", "Plan paid", "You owe", "Note"], rows, widths,
           ["L", "L", "R", "R", "R", "R", "L"], size=8.2, row_h=5.4)
    allb = sum(x[2] for x in hand + occl + labl)
    paid = sum(x[4] for x in hand + occl + labl)
    owe = sum(x[5] for x in hand + occl + labl)
    p.leaders([("Total billed by your providers", usd(allb)), ("Total your plan paid", usd(paid)),
               ("Total you may owe your providers", usd(owe))], size=9, w=W * 0.6)
    p.shaded_para("Occupational exposure program: visits and tests for members who work with mould-damaged collections "
                  "are paid in full (note P1). Ask your employer's conservation lead for the exposure log form.", 8.6)
    p.add_page()
    p.heading("Notes", 11, rule=True)
    p.legend2("", [
        ("P1", "Paid in full under the occupational exposure program. You owe nothing for this service."),
        ("B7", "This service is part of another procedure done by the same provider on the same day and is not paid "
               "separately under the plan's coding rules (an injection of a tendon sheath is included in a carpal "
               "tunnel injection of the same hand). The provider may not bill you for this line."),
        ("D2", "We already received and processed this claim."),
        ("E9", "The patient was not covered on the date of service."),
        ("N4", "The provider is not in the Quire network."),
    ], size=8.2, code_w=8)
    p.heading("Your 2026 plan year so far", 10.5, rule=True)
    p.grid(["", "In network", "Limit"], [["Deductible met", "400.00", "400.00"],
                                         ["Out-of-pocket costs", "1,188.45", "3,500.00"]],
           [70, 40, 40], ["L", "R", "R"], size=8.6, row_h=5.2)
    p.para("How coinsurance works (an example, not one of your claims): if the plan allows $100.00 for a service after "
           "your deductible is met, the plan pays $80.00 and you pay $20.00.", 8.6)
    p.heading("If you disagree", 10.5, rule=True)
    p.para("You or someone you name may appeal any decision on this statement. Write to Quire Appeals, P.O. Box 2822, "
           "Calder Mills, PA 19403-2822, or fax 1-855-555-0193. Your appeal must be filed within 180 days of the date "
           "of this statement. Include the claim number and anything that supports your appeal. You may ask for "
           "copies of the records and rules we used, free of charge.", 8.8)
    p.para(f"Questions: call Member Services at {PH}, Monday to Friday, 8:30 a.m. to 5:00 p.m.", 8.8)
    t = truth("eob", "coding_error", insurer=QT, plan_id=PLAN, group=grp, member_id=mid, member_name=mem,
              cases=[c_hand], claim_amount=m2(hand_billed), service_dates=[iso(d_hand)], denial_date=iso(sd),
              provider=surg, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": QT_ALT, "provider": [clinic, rend], "claim_amount": [m2(198.00)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan_es_mri(rng):
    """Spanish: wrist MRI claim refused, no prior approval."""
    mem = people(rng, 1, 2, "F", es=True)[0]
    rad, ordering = people(rng, 2, 2, "MF")
    mid, grp = member_id(rng), group_no(rng)
    svc = dt.date(2026, 3, 5)
    recv = dt.date(2026, 3, 16)
    nd = dt.date(2026, 3, 26)
    cno = claim_no(rng, recv)
    center = "Marbled Hill Imaging Center"
    billed = 1480.00
    p = EPSheet(footer="Página {n} de {nb}", legal=[
        f"{QT} es el plan de salud colectivo del Quire Trades Health and Welfare Fund. {TPA} administra los "
        "reclamos para el Fondo.", "Formulario QT-DN-S (rev. 11/2025)"])
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, style="reverse", es=True, unit="Servicios al Afiliado")
    p.band([("Número de afiliado", mid, 1.0), ("Número de reclamo", cno, 1.3), ("Fecha del aviso", es_date(nd), 1.1)],
           fill=150, text=0, size=10, cap_size=6.6, h=11.5)
    p.address([mem, *home(rng)], 10)
    p.f(13, "B")
    p.cell(0, 7, "Aviso de denegación de un reclamo", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Estimada {mem.split()[0]}:", 10)
    p.para(f"Revisamos el reclamo de {center} por la resonancia magnética de su muñeca derecha (código 73221) del "
           f"{es_date(svc)}. El cargo fue de US$ {n2(billed)}. **No pagaremos este reclamo.**", 10)
    p.lettered_box([("A. Paciente", mem), ("B. Grupo", grp), ("C. Centro que hizo el estudio", center),
                    ("D. Radiólogo que leyó el estudio", f"Dr. {rad}"),
                    ("E. Médica que lo pidió", f"Dra. {ordering}"),
                    ("F. Clínica de la médica", "Colophon Hand & Upper Limb Clinic"),
                    ("G. Autorización previa", "ninguna en nuestros registros")], cap_w=62, size=9.4)
    p.heading("Por qué", 11)
    p.para("Su plan exige aprobación antes de una resonancia magnética, una tomografía o un estudio PET que no sea de "
           "emergencia. Nadie nos pidió esa aprobación antes del estudio. El centro de imágenes está en la red Quire y "
           "sabía de esta regla; por eso no puede cobrarle a usted este estudio.", 10)
    p.para("Si el estudio era urgente, o si su médica pidió la aprobación y tiene prueba de ello (un número de "
           "solicitud, un fax enviado), envíenos esa prueba.", 9.8)
    p.heading("Su derecho a apelar", 11)
    p.para("Usted puede apelar dentro de 180 días a partir de la fecha de este aviso. Escriba a Quire Appeals, P.O. Box "
           f"2822, Calder Mills, PA 19403-2822, o llame al {PH}. Puede pedir gratis copias de los documentos que "
           "usamos. Si su salud corre peligro por la espera, pida una apelación urgente; contestamos en 72 horas.", 9.8)
    p.signoff(["Atentamente,", "Departamento de Reclamos", f"{TPA}, administrador de {QT}"], 9.4)
    t = truth("denial_letter", "prior_authorization", insurer=QT, group=grp, member_id=mid, member_name=mem,
              cases=[cno], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(nd), provider=center,
              appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": QT_ALT, "provider": [rad, ordering]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def finefax_remit(rng):
    """Provider payment statement; claim lines open with the control number, then the patient and member number;
    the third patient's two lines refused under WC1 (work injury; WC carrier's claim number in a remark)."""
    pts = people(rng, 5, 2, "FMMFM")
    docs = people(rng, 2, 2, "FM")
    payee = "Deckle Street Occupational Health, P.C."
    sd = dt.date(2026, 6, 18)
    eft = digits(rng, 10)
    tin = f"{digits(rng, 2)}-{digits(rng, 7)}"
    p_npi = npi(rng)
    dnpi = [npi(rng), npi(rng)]
    dos = [dt.date(2026, 5, 21), dt.date(2026, 5, 26), dt.date(2026, 5, 27), dt.date(2026, 6, 1), dt.date(2026, 6, 2)]
    specs = [
        [("99213", 142.00, 96.40, 96.40, "")],
        [("94010", 96.00, 38.60, 38.60, "P1"), ("95004", 120.00, 31.20, 31.20, "P1")],
        [("99203", 210.00, 0.00, 0.00, "WC1"), ("12002", 265.00, 0.00, 0.00, "WC1"),
         ("90715", 58.00, 44.10, 44.10, "")],
        [("99212", 96.00, 61.80, 49.44, "")],
        [("97110", 88.00, 52.30, 41.84, ""), ("97140", 82.00, 47.75, 38.20, "")],
    ]
    rend = [0, 0, 1, 1, 0]
    cl = []
    for i, (pt, d, s) in enumerate(zip(pts, dos, specs)):
        cl.append(dict(pt=pt, mid=member_id(rng), cno=claim_no(rng, plus(d, 6)), dos=d, lines=s, doc=docs[rend[i]],
                       dnpi=dnpi[rend[i]]))
    den = cl[2]
    wc_no = "WC-2026-" + digits(rng, 5)
    den_billed = sum(x[1] for x in den["lines"])
    p = EPSheet(footer="Page {n} of {nb}", legal=legal("QT-PPS-2 (rev. 11/2025)"))
    p.set_margins(14, 13, 14)
    p.add_page()
    right = [QT, "Provider Services", "P.O. Box 2836", "Calder Mills, PA 19403-2836", f"Providers: {PROV_PH}"]
    p.logo_letterhead("QUIRE", TAG, right, tag_above=True, style="box", size=21)
    p.f(12, "B")
    p.cell(0, 6, "PROVIDER PAYMENT STATEMENT", new_x="LMARGIN", new_y="NEXT")
    p.band([("Payee", payee, 1.8), ("Payee NPI", p_npi, 0.9), ("Tax ID", tin, 0.8), ("Statement date", dash(sd), 0.9)],
           fill=60, size=9.0, h=10.5)
    p.kv_line([("EFT no.", eft), ("Claims", str(len(cl))), ("Paid", usd(sum(x[3] for c in cl for x in c["lines"])))])
    hdr = f"{'CONTROL NO.':<16}{'PATIENT':<28}{'MEMBER NO.':<11}"
    sub = f"   {'LN':<3}{'DOS':<10}{'CODE':<7}{'BILLED':>9}{'ALLOWED':>10}{'PAID':>9}  RMK"
    lines = [("b", hdr), ("b", sub), ("rule",)]
    for c in cl:
        lines.append(("b", f"{c['cno']:<16}{last_first(c['pt']):<28}{c['mid']:<11}"))
        lines.append(f"   REND: {payee.upper()} - DR. {c['doc'].upper()}  NPI {c['dnpi']}")
        for j, (code, b, a, pd_, r) in enumerate(c["lines"], 1):
            lines.append(f"   {j:<3}{short(c['dos']):<10}{code:<7}{b:>9.2f}{a:>10.2f}{pd_:>9.2f}  {r}")
        if c is den:
            lines.append(f"   RMK WC1: CARRIER LATHE HILL CASUALTY MUTUAL  WC CLAIM {wc_no}  DOI {short(c['dos'])}")
        lines.append(f"   {'CLAIM':<20}{sum(x[1] for x in c['lines']):>9.2f}{'':>10}"
                     f"{sum(x[3] for x in c['lines']):>9.2f}")
        lines.append(("rule",))
    p.mono_lines(lines, size=7.9, lh=3.9)
    p.ln(2)
    p.legend2("Remark codes", [
        ("P1", "Occupational exposure program; paid at 100% of the allowed amount."),
        ("WC1", "The claim says the injury happened at work. The employer's workers' compensation carrier pays "
                "first; bill the carrier named in the remark. Send us its decision if it refuses, with a new "
                "claim."),
        ("CO45", "Charge exceeds the fee schedule; the difference may not be billed to the patient."),
        ("N4", "Provider not in the Quire network."),
    ], size=7.8, code_w=10)
    p.para("Reviews: a provider may ask for a review of any line on this statement within 90 days of the date of this "
           f"statement. Write to Provider Reviews, P.O. Box 2836, Calder Mills, PA 19403-2836, or call {PROV_PH}.",
           8.4)
    t = truth("eob", "other", insurer=QT, member_id=den["mid"], member_name=den["pt"], cases=[den["cno"]],
              claim_amount=m2(den_billed), service_dates=[iso(den["dos"])], denial_date=iso(sd), provider=den["doc"],
              appeal_deadline=iso(plus(sd, 90)),
              alternates={"insurer": QT_ALT, "provider": [payee, f"{payee} - Dr. {den['doc']}"],
                          "claim_amount": [m2(sum(x[1] for x in den["lines"] if x[4] == "WC1"))]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_observation(rng):
    """Concurrent review: observation approved instead of an inpatient stay (level of care)."""
    mem, att, md, nurse = people(rng, 4, 2, "FMFF")
    mid, grp = member_id(rng), group_no(rng)
    a0, a1 = dt.date(2026, 2, 9), dt.date(2026, 2, 11)
    nd = dt.date(2026, 2, 12)
    ref = "UR" + digits(rng, 8)
    hosp = "Saint Osyth Memorial Hospital"
    acct = digits(rng, 9)
    p = EPSheet(footer="Page {n} of {nb}", legal=legal("QT-UR-5 (rev. 11/2025)"))
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, style="box", unit="Care Review")
    p.band([("Member ID", mid, 1.0), ("Review reference", ref, 1.1), ("Date of notice", slash(nd), 0.9)],
           fill=25, size=10.6, cap_size=7, h=12.5)
    p.address([mem, *home(rng)], 10)
    p.f(12.5, "B")
    p.multi_cell(0, 6.2, "We approved observation care, not an inpatient stay", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Ms. {surname(mem)}:", 10)
    p.para(f"{hosp} asked us on {long(a0)} to approve an inpatient admission for you. You were treated for a flare of "
           f"hypersensitivity pneumonitis (ICD-10 J67.8) after you worked in a vault with mould-damaged ledgers. You "
           f"went home on {long(a1)}.", 10)
    p.grid(["What was asked", "What we decided"], [
        ["Inpatient admission from " + abbr(a0), "Not approved as inpatient care"],
        ["Hospital care from " + abbr(a0) + " to " + abbr(a1), "Approved as outpatient observation care"],
    ], [p.W / 2, p.W / 2], ["L", "L"], size=9.2, row_h=6)
    p.para(f"Hospital: {hosp} (account {acct}).  Attending physician: Dr. {att}, Saint Osyth Pulmonary Associates.",
           9.4)
    p.heading("Why", 11)
    p.para(f"Dr. {md}, a lung specialist who reviews care for the plan, read the hospital's records. Your oxygen level "
           "stayed above 92 percent on two litres of oxygen, you needed no breathing machine, and your steroid "
           "treatment could be started and watched in an observation unit. The plan's guideline for inpatient care "
           "of this condition asks for oxygen needs or lung function that observation care cannot safely handle. "
           "Observation care met your needs. The care itself was needed; only the setting was changed.", 10)
    p.para("Observation care is paid under your outpatient hospital benefit. The hospital bills it on an outpatient "
           "claim; your cost-sharing may differ from an inpatient stay.", 9.6)
    p.heading("Your right to appeal", 11)
    p.para("You, your doctor or the hospital may appeal within 180 days of the date of this letter. Send it to Quire "
           "Appeals, P.O. Box 2822, Calder Mills, PA 19403-2822, or fax 1-855-555-0193. If waiting could seriously "
           "harm your health, ask for an expedited appeal and we will decide within 72 hours.", 9.6)
    p.signoff(["Sincerely,", f"{first_last(nurse)}, RN, Care Review", f"{TPA}, for {QT}"], 9.4)
    p.para(f"cc: {hosp}, Utilization Management;  Dr. {att}", 8.6)
    t = truth("denial_letter", "level_of_care", insurer=QT, group=None, member_id=mid, member_name=mem, cases=[ref],
              service_dates=[f"{iso(a0)}/{iso(a1)}"], denial_date=iso(nd), provider=hosp,
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": QT_ALT, "provider": [att], "service_dates": [[iso(a0)]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_appeal(rng):
    """First-level appeal decision: shockwave therapy for tennis elbow is investigational (upheld)."""
    mem, doc, rev = people(rng, 3, 2, "MMF")
    mid, grp = member_id(rng), group_no(rng)
    sess = [dt.date(2026, 1, 13), dt.date(2026, 1, 20), dt.date(2026, 1, 27)]
    recv = dt.date(2026, 2, 3)
    cno = claim_no(rng, recv)
    areq = dt.date(2026, 3, 30)
    apl = "APL-26-" + digits(rng, 4)
    nd = dt.date(2026, 4, 30)
    clinic = "Endleaf Sports & Tendon Clinic"
    each = 450.00
    p = EPSheet(footer="Page {n} of {nb}", legal=legal("QT-AP-1 (rev. 11/2025)"),
                running=f"Appeal {apl}  \u00b7  {first_last(mem)}  \u00b7  decision of {dots(nd)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, style="stencil", tag_above=True, unit="Appeals")
    p.f(12.5, "B")
    p.cell(0, 6.5, "Decision on your appeal", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.cap_boxes([(apl, "appeal no.", 1.0), (cno, "claim no.", 1.3), (mid, "member id", 1.0)], where="beside",
                size=9.6)
    p.cap_boxes([(grp, "group", 0.8), (long(nd), "decision date", 1.2), (long(areq), "appeal received", 1.3)],
                where="beside", size=9.6)
    p.address([mem, *home(rng)], 10)
    p.para(f"Dear Mr. {surname(mem)}:", 10)
    p.para(f"You appealed our refusal to pay for three sessions of extracorporeal shockwave therapy (code 0102T) for "
           f"tennis elbow (lateral epicondylitis) of your right arm, given by {clinic} \u2013 Dr. {doc} on "
           f"{long(sess[0])}, {long(sess[1])} and {long(sess[2])}. The clinic billed {usd(each)} a session, "
           f"{usd(each * 3)} in all.", 10)
    p.heading("Our decision: the refusal stands", 11)
    p.para(f"Dr. {rev}, an orthopaedic surgeon who had no part in the first decision, reviewed your appeal, your "
           "physical therapy notes and the studies your doctor sent. The plan does not cover treatment that "
           "is investigational, which means its benefit has not been shown in well-designed studies published in "
           "peer-reviewed journals. The studies of shockwave therapy for tennis elbow do not agree on whether it works "
           "better than a sham treatment, and the plan's medical policy QT-MP-118 lists it as investigational for "
           "this use.", 10)
    p.para("We know that your work (paring leather and cutting boards all day) makes this injury hard to rest. Your "
           "plan does cover physical therapy, a counterforce brace and steroid injections for this condition.", 9.8)
    p.heading("What you can do next", 11)
    p.para("You may ask for a second-level appeal by the Fund's Board of Trustees. Your request must be received "
           "within 60 days of the date of this letter. After that, you may ask for an external review by an "
           "independent review organization within four months, and you may bring a civil action under ERISA "
           "section 502(a).", 9.8)
    p.signoff(["Sincerely,", "Appeals Unit", f"{TPA}, claims administrator for {QT}"], 9.4)
    t = truth("denial_letter", "experimental", insurer=QT, group=grp, member_id=mid, member_name=mem,
              cases=[apl, cno], claim_amount=m2(each * 3), service_dates=[iso(x) for x in sess], denial_date=iso(nd),
              provider=doc, appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": QT_ALT, "provider": [clinic, f"{clinic} \u2013 Dr. {doc}"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_approval(rng):
    """Prior approval of a carpal tunnel release (denies nothing)."""
    mem, surg = people(rng, 2, 2, "FM")
    mid, grp = member_id(rng), group_no(rng)
    nd = dt.date(2026, 5, 6)
    planned = dt.date(2026, 5, 19)
    v0, v1 = dt.date(2026, 5, 6), dt.date(2026, 8, 4)
    pa = "PA" + digits(rng, 8)
    asc = "Gathering Point Surgery Center"
    p = EPSheet(footer=None, legal=legal("QT-PA-3 (rev. 11/2025)"))
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, style="reverse", unit="Care Review")
    p.f(13, "B")
    p.cell(0, 7, "Your surgery is approved", new_x="LMARGIN", new_y="NEXT")
    p.strip([("Member", mem), ("Member ID", mid), ("Approval no.", pa)], fill=50, size=9.6, h=7.4)
    p.address([mem, *home(rng)], 10)
    p.para(f"Dear {mem.split()[0]},", 10)
    p.para(f"We approved the surgery your surgeon asked for. Please keep this letter and bring it to the surgery "
           f"center.", 10)
    p.margin_rows([("Procedure", "Carpal tunnel release, open, left hand (64721)"),
                   ("Requested by", f"Dr. {surg}, Colophon Hand & Upper Limb Clinic"),
                   ("Where", asc), ("Planned date", long(planned)),
                   ("Approval valid", f"{slash(v0)} through {slash(v1)}"), ("Group", grp),
                   ("Date of this letter", long(nd))], cap_w=36, size=9.8)
    p.para("This approval says the surgery is medically necessary. Payment still depends on your being covered on the "
           "date of surgery (your hours bank) and on the terms of the plan. The approval does not cover a second "
           "procedure or the other hand.", 9.6)
    p.para("Your share: the surgery center and the surgeon are in the Quire network. After your deductible, you pay "
           "20% of the allowed amount; for example, on an allowed amount of $1,000.00 you would pay $200.00.", 9.4)
    p.signoff(["Care Review", QT], 9.4)
    t = truth("other", None, insurer=QT, group=grp, member_id=mid, member_name=mem, cases=[pa],
              service_dates=[iso(planned)], denial_date=iso(nd), provider=surg,
              alternates={"insurer": QT_ALT, "provider": [asc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def stack_docs(rng):
    counsellor = people(rng, 1, 2, "F")[0]
    # document 1: out-of-network allergist, member's wife
    sub, wife, allergist = people(rng, 3, 2, "MFM")
    wife = same_surname(wife, surname(sub))
    mid, grp = member_id(rng), group_no(rng)
    svc = dt.date(2026, 6, 23)
    recv = dt.date(2026, 7, 2)
    nd = dt.date(2026, 7, 15)
    cno = claim_no(rng, recv)
    aclin = "Foxing Lane Allergy & Asthma"
    lines = [("99204", "New patient visit", 325.00), ("95004", "Skin prick tests, 40", 440.00),
             ("95024", "Intradermal tests, 12", 276.00)]
    tot = sum(x[2] for x in lines)
    p = EPSheet(footer="Page {n} of {nb}", legal=legal("QT-DN-4 (rev. 11/2025)"))
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, style="box", unit="Claims")
    p.strip([("Member ID", mid), ("Group", grp), ("Claim", cno), ("Notice date", long(nd))], fill=45, size=9.0,
            h=7.2, gap=4)
    p.address([sub, *home(rng)], 10)
    p.f(12.5, "B")
    p.cell(0, 6.5, "We cannot pay this claim: the provider is outside the Quire network", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Mr. {surname(sub)}:", 10)
    p.para(f"We received a claim for your wife, {wife} (patient 02 on your membership), from {aclin} \u2013 "
           f"Dr. {allergist}, for allergy testing on {long(svc)}:", 10)
    p.grid(["Code", "Service", "Charge"], [[c, d, n2(a)] for c, d, a in lines] + [("bold", ["", "Total", n2(tot)])],
           [22, p.W - 56, 34], ["L", "L", "R"], size=9, row_h=5.6)
    p.para(f"{aclin} is not in the Quire network. Your plan pays for care from providers outside the network only in "
           "an emergency, for urgent care away from home, or when we approved it in advance because no network "
           "provider could give the care. None of these applies to this visit, and the plan will pay nothing for "
           "it. Network allergists near you include Stitchford Allergy Partners and Bindon Asthma Center.", 10)
    p.para("Because the provider is outside the network, it may bill you for the full charge.", 9.8)
    p.heading("If you disagree", 11)
    p.para("You may appeal within 180 days of the date of this notice. Write to Quire Appeals, P.O. Box 2822, Calder "
           "Mills, PA 19403-2822.", 9.8)
    p.signoff(["Claims Department", f"{TPA}, for {QT}"], 9.4)
    d1 = (out(p), truth("denial_letter", "out_of_network", insurer=QT, group=grp, member_id=mid, member_name=wife,
                        cases=[cno], claim_amount=m2(tot), service_dates=[iso(svc)], denial_date=iso(nd),
                        provider=allergist, appeal_deadline=iso(plus(nd, 180)),
                        alternates={"insurer": QT_ALT, "provider": [aclin, f"{aclin} \u2013 Dr. {allergist}"]}))

    # document 2: hours bank short, hand therapy after coverage ended (fed sideways)
    mem, ot = people(rng, 2, 2, "MF")
    mid2, grp2 = member_id(rng), group_no(rng)
    visits = [dt.date(2026, 5, 5), dt.date(2026, 5, 12), dt.date(2026, 5, 19)]
    recv2 = dt.date(2026, 6, 1)
    nd2 = dt.date(2026, 6, 24)
    cno2 = claim_no(rng, recv2)
    kyt = "Kettle Yard Hand Therapy"
    per = 164.00
    p = EPSheet(footer="Page {n} of {nb}", legal=legal("QT-EL-2 (rev. 11/2025)"))
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, style="stencil", unit="Eligibility")
    p.boxes_grey_caption([(mid2, "member id", 1.0), (cno2, "claim number", 1.3), (dash(nd2), "date of notice", 0.9)],
                         size=10)
    p.address([mem, *home(rng)], 10)
    p.f(12.5, "B")
    p.cell(0, 6.5, "Your coverage had ended when you had these visits", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Mr. {surname(mem)}:", 10)
    p.para(f"We received a claim from {kyt} \u2013 {ot}, OTR/L, CHT (license OT-021877) for three hand therapy visits "
           f"for your left wrist (De Quervain's tendinitis) on {slash(visits[0])}, {slash(visits[1])} and "
           f"{slash(visits[2])}, {usd(per)} a visit, {usd(per * 3)} in all. We cannot pay it: you were not covered by "
           "the plan in May 2026.", 10)
    p.heading("How your coverage is earned", 11)
    p.para("Hours you work for employers that pay into the Fund go into your hours bank. To be covered for May, June "
           "and July 2026 you needed 300 hours reported for January, February and March 2026.", 9.8)
    p.grid(["Month worked", "Employer", "Hours reported"], [
        ["January 2026", "Tenter Row Bindery (group " + grp2 + ")", "118"],
        ["February 2026", "Tenter Row Bindery", "96"],
        ["March 2026", "Tenter Row Bindery", "42"],
        ("bold", ["Total for the quarter", "", "256"]),
    ], [40, p.W - 80, 40], ["L", "L", "R"], size=9, row_h=5.6)
    p.para("You had 256 hours, 44 short of the 300 needed, and your reserve bank was empty. Your coverage ended on "
           "April 30, 2026.", 9.8)
    p.heading("Keeping coverage", 11)
    p.para("You may buy coverage for May through July by self-payment of $612.00 a month. You must choose this within "
           "45 days of the date of this notice. If you do, we will process this claim again.", 9.6)
    p.heading("If you think our records are wrong", 11)
    p.para("If your employer did not report all your hours, send us pay stubs. You may also appeal within 180 days of "
           "the date of this notice to Quire Appeals, P.O. Box 2822, Calder Mills, PA 19403-2822.", 9.6)
    p.signoff(["Eligibility Department", f"{TPA}, for {QT}"], 9.4)
    d2 = (out(p), truth("denial_letter", "eligibility", insurer=QT, group=grp2, member_id=mid2, member_name=mem,
                        cases=[cno2], claim_amount=m2(per * 3), service_dates=[iso(x) for x in visits],
                        denial_date=iso(nd2), provider=ot, appeal_deadline=iso(plus(nd2, 180)),
                        alternates={"insurer": QT_ALT, "provider": [kyt]}))
    cover = letter_cover(
        ["Bookbinders & Conservators Local 9", "Member Benefits Desk  \u00b7  211 Ragpaper Ln, Bindon, PA 19330",
         "(610) 555-0148  \u00b7  fax (610) 555-0149"],
        [("To:", "Quire Appeals"), ("Fax:", "1-855-555-0193"), ("From:", first_last(counsellor)),
         ("Date:", "07/20/2026"), ("Pages:", "3 with this one"), ("Re:", "two members' letters")],
        ["Hello,", "I am helping two of our members with the letters that follow. Both would like to appeal. Please "
         "call me before you close either file; signed authorizations are on file with the Local.",
         "Thank you for your help."],
        ["Best regards,", first_last(counsellor), "Benefits counsellor"],
        "This fax may contain health information. If you are not the person it is meant for, call us and destroy it.")
    return cover, [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh(2)
    F = FAMILY + "_"
    items = [Item(F + "bd_eob_hand_clinic_line_b7_bundled", "born_digital", [born_eob(rng)])]
    items.append(Item(F + "scan_es_resonancia_muneca_sin_aprobacion", "scan_clean_300", [scan_es_mri(rng)]))
    items.append(Item(F + "faxfine_remittance_third_patient_wc1", "fax_fine_g4", [finefax_remit(rng)]))
    items.append(Item(F + "faxstd_observation_not_inpatient", "fax_standard_g4", [faxstd_observation(rng)]))
    items.append(Item(F + "photocopy_appeal_shockwave_upheld", "photocopy", [photocopy_appeal(rng)]))
    items.append(Item(F + "phone_carpal_tunnel_approved", "phone_photo", [phone_approval(rng)]))
    cover, docs = stack_docs(rng)
    items.append(Item(F + "faxstd_stack_allergist_oon_then_hours_sideways", "fax_standard_g4", docs,
                      separators=[cover, None], turns={(1, 0): 90}))
    return items
