"""Family 'allergen_immunotherapy_vial_unit_limit_denial': commercial and Medicare Advantage EOBs and letters on
allergy shots: antigen preparation doses (95165, billed in units = doses) over a yearly unit limit, with the
injections themselves (95115 one injection, 95117 two or more) usually paid.

Cases: a commercial EOB paying part of a 95165 line and denying the doses over the 150-unit calendar-year maximum
(born digital); a Medicare Advantage EOB with two claims, the injections claim paid and the antigen claim over the
yearly limit denied (clean scan); a pre-service letter refusing extra treatment vials as not medically necessary
(150 dpi scan); a Spanish EOB with doses over the yearly limit (photocopy); a Medicare Advantage EOB paid in full
(phone photo); a commercial claim letter on two vial sets over the limit (rotated); an appeal decision upholding
the unit-limit denial (fine fax).

Layouts are invented, modelled loosely on typical EOBs and claim letters. All values invented: people, insurers,
allergy practices, addresses, IDs and amounts (phone numbers 1-555-xxx-xxxx). Decoys: dates of birth, NPIs, the
referring primary care doctor, the date the claim was received, the date the extract vials were mixed, units
allowed to date, patient account numbers, allowed/paid/you-owe amounts.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Rand, fmt_date, fmt_money, truth
from kit_roundbx_fambxb import eob, letter

FAMILY = "allergen_immunotherapy_vial_unit_limit_denial"
LANG = "en"
SEED = 255500

CLINICS = ["Meadowgrass Allergy & Asthma Center", "Cobblestone ENT and Allergy, PC", "Lakeshore Allergy Associates",
           "Centro de Alergia y Asma Las Palmas", "Brightwater Allergy Clinic", "Harlan Creek Allergy Partners",
           "Sorrel Valley Allergy & Immunology"]
PCPS = ["Dr. Winifred O. Castellano", "Dr. Ahmed R. Thornbury", "Dr. Pilar E. Rosenthal", "Dra. Carmen I. Olivares",
        "Dr. Bartholomew K. Iqbal", "Dr. Elspeth M. Garroway", "Dr. Tobias J. Ferncliff"]
ORGS = [
    dict(name="Tamarack Mutual Health", addr="PO Box 44120, Fenwick, OR 97999", full="Tamarack Mutual Health"),
    dict(name="BLUESTEM HEALTH PARTNERS", addr="2200 Prairie Light Blvd, Sioux Bend, SD 57999",
         full="Bluestem Health Partners", product="Bluestem Senior Advantage (PPO)"),
    dict(name="Halvard Benefit Life", addr="88 Counting House Square, Merrow, CT 06999", full="Halvard Benefit Life"),
    dict(name="Salud Sereno Health Plan", addr="PO Box 7310, Laredo, TX 78099", full="Salud Sereno Health Plan"),
    dict(name="Silverfern Health", addr="1 Silverfern Plaza, Yuma, AZ 85399", full="Silverfern Health",
         product="Silverfern Medicare Plus (HMO)"),
    dict(name="Ridgeback Assurance Health", addr="PO Box 9001, Erie, PA 16599", full="Ridgeback Assurance Health"),
    dict(name="Quillfeather Health Insurance Co.", addr="410 Quill Street, Bangor, ME 04499",
         full="Quillfeather Health Insurance Co."),
]
D95165 = "Antigen prep/supervision, allergen immunotherapy"
D95117 = "Allergen immunotherapy, 2 or more injections"
D95115 = "Allergen immunotherapy, single injection"


def phone(r):
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(i, lang="en"):
    r = Rand(SEED + i)
    o = dict(ORGS[i])
    o["phone"] = f"Member Services {phone(r)}  ·  TTY 711  ·  Fax {phone(r)}"
    name, first, mid, last = r.person(lang)
    a1, a2 = r.address(lang)
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    f = dict(r=r, org=o, member=name, last=last, first=first, mid=mid, a1=a1, a2=a2, notice=notice,
             clinic=CLINICS[i], pcp=PCPS[i], npi=r.npi(),
             dob=dt.date(r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28)),
             claim=r.digits(4) + r.letters(2) + r.digits(7), mid_=r.letters(3) + r.digits(9),
             group=r.digits(6) + "-" + r.letters(1) + r.digits(2))
    f["start"] = notice - dt.timedelta(days=r.randint(28, 45))
    return f


def price(r, lo=14, hi=22):
    return float(f"{r.randint(lo, hi)}.{r.choice(['00', '50', '25', '75'])}")


def addr_block(f):
    return [f["member"], f["a1"], f["a2"]]


def item0():
    """Commercial EOB: 95165 x 30, 10 units allowed to reach the 150 cap, 20 denied; 95117 lines paid."""
    f = base(0)
    r, o, ds, ls, mf = f["r"], f["org"], "long", "slash", "plain"
    u = price(r)
    d1 = f["start"]
    inj = [d1 + dt.timedelta(days=7 * k) for k in (1, 2)]
    ch1 = round(u * 30, 2)
    ai = float(r.randint(28, 36))
    lines = [(d1, "95165", "Antigen prep, immunotherapy x30", ch1, round(u * 10 * .8, 2), "AU2"),
             *[(d, "95117", D95117, ai, round(ai * .8, 2), "PD") for d in inj]]
    total = round(sum(x[3] for x in lines), 2)
    body = [[fmt_date(d, ls), c, desc, fmt_money(ch, mf), fmt_money(al, mf), fmt_money(al * .9, mf),
             fmt_money(al * .1 if rc == "PD" else al * .1, mf), rc] for d, c, desc, ch, al, rc in lines]
    body.append(["*Claim total", "", "", fmt_money(total, mf), "", "", "", ""])
    left = [("Patient:", f["member"]), ("Member ID:", f["mid_"]), ("Group No.:", f["group"]),
            ("Date of birth:", fmt_date(f["dob"], ls))]
    right = [("Statement date:", fmt_date(f["notice"], ds)), ("Claim No.:", f["claim"]),
             ("Provider:", f["clinic"]), ("Provider NPI:", f["npi"])]
    legend = [("AU2", "Allergen immunotherapy doses (95165) are limited to 150 units per calendar year under your "
                      "plan. 140 units were paid earlier this year; 10 units were allowed and 20 units are over the "
                      "yearly maximum. The 20 units are not covered. The provider may not bill you for them."),
              ("PD", "Paid at the in-network rate after your 10% coinsurance.")]
    tail = ["#Your right to appeal",
            f"If you think this claim was processed wrongly, you can file an appeal within 180 days of the date "
            f"of this statement. Send a letter and any records to Tamarack Mutual Health, Appeals Unit, {o['addr']}. "
            f"Referring physician on file: {f['pcp']}. Claim received {fmt_date(f['notice'] - dt.timedelta(days=9), ls)}."]
    pdf = eob(o, "Explanation of Benefits", left, right,
              ["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Remark"],
              body, [22, 13, 63, 18, 18, 17, 16, 13], "LLLRRRRL", legend, tail,
              footer="Tamarack Mutual Health  ·  EOB page {p} of {n}")
    t = truth("eob", "not_covered", insurer=o["full"], group_number=f["group"], member_id=f["mid_"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=f"{total:.2f}",
              service_dates=[d1.isoformat()], denial_date=f["notice"].isoformat(), provider=f["clinic"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["other", "medical_necessity"])
    return Item(f"{FAMILY}_bd_eob_95165_units_over_150_yearly_max", "born_digital", [(pdf, t)])


def item1():
    """MA EOB, two claims: injections paid, antigen claim over the yearly limit denied."""
    f = base(1)
    r, o, ds, ls, mf = f["r"], f["org"], "abbr", "mdy_nopad", "nosign"
    claim2 = r.digits(4) + r.letters(2) + r.digits(7)
    u = price(r, 12, 18)
    inj = [f["start"] + dt.timedelta(days=7 * k) for k in range(3)]
    ai = float(r.randint(24, 31))
    rows1 = [[fmt_date(d, ls), "95115", D95115, fmt_money(ai, mf), fmt_money(ai * .75, mf), fmt_money(0, mf), "1"]
             for d in inj]
    t1 = ai * 3
    rows1.append(["*Claim total", "", "", fmt_money(t1, mf), "", fmt_money(0, mf), ""])
    dd = [f["start"] + dt.timedelta(days=2), f["start"] + dt.timedelta(days=16)]
    lines2 = [(d, round(u * 30, 2)) for d in dd]
    total = round(sum(x[1] for x in lines2), 2)
    rows2 = [[fmt_date(d, ls), "95165", D95165 + " (30 units)", fmt_money(ch, mf), fmt_money(0, mf),
              fmt_money(0, mf), "2"] for d, ch in lines2]
    rows2.append(["*Claim total", "", "", fmt_money(total, mf), "", fmt_money(0, mf), ""])
    left = [("Member name:", f["member"]), ("Member ID:", f["mid_"]), ("Plan:", o["product"])]
    right = [("Date of notice:", fmt_date(f["notice"], ds)),
             ("Period:", f"{fmt_date(f['notice'] - dt.timedelta(days=30), ds)} - "
                         f"{fmt_date(f['notice'] - dt.timedelta(days=1), ds)}")]
    legend = [("1", "Paid. Your $0 copay for allergy injections applies."),
              ("2", "Your plan covers up to 180 units of antigen preparation (95165) in a 12-month period. The "
                    "units on this claim are over that limit. You do not owe this amount; the provider was told "
                    "not to bill you.")]
    tail = ["#If you disagree with our decision",
            "You or your doctor can ask us to reconsider. You must ask within 65 days of the date of this notice. "
            f"Call {phone(r)} or write to Bluestem Health Partners, Medicare Appeals, {o['addr']}.",
            "Bluestem Senior Advantage is a PPO plan with a Medicare contract. Y0999_EOB26_C"]
    pdf = eob(o, "Medicare Advantage EOB", left, right,
              ["Date", "Code", "Service", "Charged", "Plan paid", "You pay", "Note"], None,
              [22, 14, 72, 22, 22, 18, 12], "LLLRRRL", legend, tail,
              sections=[(f"Claim {f['claim']}  ·  {f['clinic']}  ·  Referred by {f['pcp']}", rows1),
                        (f"Claim {claim2}  ·  {f['clinic']}  ·  NPI {f['npi']}", rows2)],
              footer="Bluestem Health Partners  ·  Page {p} of {n}", legend_head="Notes")
    t = truth("eob", "not_covered", insurer=o["full"], member_id=f["mid_"], member_name=f["member"],
              case_numbers=[claim2], claim_amount=f"{total:.2f}", service_dates=[d.isoformat() for d in dd],
              denial_date=f["notice"].isoformat(), provider=f["clinic"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
              alternates={"insurer": [o["product"]]}, denial_alternates=["medical_necessity", "other"])
    return Item(f"{FAMILY}_scan300_ma_eob_two_claims_95165_over_180_units", "scan_clean_300", [(pdf, t)])


def item2():
    """Pre-service letter: request for additional maintenance vials over the yearly units, not medically necessary."""
    f = base(2)
    r, o, ds = f["r"], f["org"], "dmy"
    ref = "UM-" + r.digits(8)
    planned = f["notice"] + dt.timedelta(days=r.randint(10, 20))
    recv = f["notice"] - dt.timedelta(days=r.randint(3, 8))
    rows = [("Member:", f["member"]), ("Identification No.:", f["mid_"]), ("Group:", f["group"]),
            ("Reference ID:", ref), ("Requesting provider:", f"{f['clinic']} (NPI {f['npi']})"),
            ("Service requested:", "95165 antigen preparation, 120 additional units"),
            ("Requested start:", fmt_date(planned, ds)), ("Request received:", fmt_date(recv, ds))]
    paras = [f"Dear {f['first']} {f['last']}:",
             "We reviewed a request from your allergist for 120 more units of allergy extract (two new treatment "
             "vials) for this year. Your plan covers 150 units each calendar year when the records show the shots "
             "are working. You have already received 150 units.",
             "#Why we said no",
             "The records we received do not show fewer symptoms or less medicine use after your first year of "
             "allergy shots, and no new allergy testing was sent. Units above the yearly amount are approved only "
             "when that information shows a need. The request is not medically necessary under our Allergen "
             "Immunotherapy clinical policy (CP-0318). A board-certified allergist reviewed this request.",
             "#What you can do",
             f"You may appeal within 180 days of the date of this letter. Call {phone(r)} or write to Halvard Benefit "
             f"Life, Appeals, {o['addr']}. If your health could be seriously harmed by waiting, ask for a fast (72-hour) "
             "appeal. Your doctor may also ask for a peer-to-peer discussion.",
             f"cc: {f['clinic']}; {f['pcp']} (primary care)"]
    pdf = letter(o, fmt_date(f["notice"], ds), addr_block(f), "Notice of Adverse Benefit Determination", rows, paras,
                 footer="HBL-UM-ADV-2026  ·  page {p} of {n}", date_label="Date: ", lw=46)
    t = truth("denial_letter", "medical_necessity", insurer=o["full"], group_number=f["group"], member_id=f["mid_"],
              member_name=f["member"], case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["clinic"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"service_dates": [[]]}, denial_alternates=["not_covered"])
    return Item(f"{FAMILY}_lowres_letter_extra_vials_not_medically_necessary", "scan_lowres_150", [(pdf, t)])


def item3():
    """Spanish EOB: 95165 doses over the yearly limit (photocopy)."""
    f = base(3, "es")
    r, o, ds, ls, mf = f["r"], f["org"], "es", "es_abbr", "plain"
    u = price(r, 13, 19)
    dd = [f["start"], f["start"] + dt.timedelta(days=21)]
    lines = [(d, round(u * 20, 2)) for d in dd]
    inj = f["start"] + dt.timedelta(days=7)
    ai = float(r.randint(26, 33))
    total = round(sum(x[1] for x in lines) + ai, 2)
    body = [[fmt_date(d, ls), "95165", "Preparación de antígeno (20 dosis)", fmt_money(ch, mf), fmt_money(0, mf),
             fmt_money(0, mf), "L7"] for d, ch in lines]
    body.insert(1, [fmt_date(inj, ls), "95117", "Inyecciones de alergia (2 o más)", fmt_money(ai, mf),
                    fmt_money(ai * .8, mf), fmt_money(ai * .2, mf), "P1"])
    body.append(["*Total", "", "", fmt_money(total, mf), "", "", ""])
    left = [("Paciente:", f["member"]), ("N.º de miembro:", f["mid_"]), ("Grupo:", f["group"])]
    right = [("Fecha:", fmt_date(f["notice"], ds)), ("N.º de reclamo:", f["claim"]), ("Proveedor:", f["clinic"])]
    legend = [("L7", "Su plan cubre hasta 156 dosis de antígeno (95165) por año calendario. Estas dosis superan el "
                     "límite anual y no están cubiertas. El proveedor de la red no puede cobrarle este monto."),
              ("P1", "Pagado. Se aplicó su coseguro del 20%.")]
    tail = ["#Su derecho a apelar",
            "Si no está de acuerdo, puede presentar una apelación dentro de 180 días a partir de la fecha de esta "
            f"explicación. Escriba a Salud Sereno Health Plan, Apelaciones, {o['addr']}, o llame al {phone(r)}.",
            f"Fecha de nacimiento del paciente: {fmt_date(f['dob'], ds)}. Médico que refiere: {f['pcp']}."]
    pdf = eob(o, "Explicación de Beneficios", left, right,
              ["Fecha", "Código", "Servicio", "Cobrado", "Pagado", "Usted paga", "Nota"], body,
              [23, 14, 70, 22, 20, 22, 12], "LLLRRRL", legend, tail, banner="ESTO NO ES UNA FACTURA",
              legend_head="Notas", footer="Salud Sereno Health Plan  ·  Página {p} de {n}")
    t = truth("eob", "not_covered", lang="es", insurer=o["full"], group_number=f["group"], member_id=f["mid_"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=f"{total:.2f}",
              service_dates=[d.isoformat() for d in dd], denial_date=f["notice"].isoformat(), provider=f["clinic"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["other", "medical_necessity"])
    return Item(f"{FAMILY}_copy_eob_es_dosis_sobre_limite_anual", "photocopy", [(pdf, t)])


def item4():
    """MA EOB paid in full: injections and a 10-unit antigen line (phone photo)."""
    f = base(4)
    r, o, ds, ls, mf = f["r"], f["org"], "slash", "slash", "usd"
    u = price(r, 12, 17)
    d0 = f["start"]
    inj = [d0, d0 + dt.timedelta(days=7), d0 + dt.timedelta(days=14)]
    ai = float(r.randint(22, 30))
    lines = [(d0, "95165", D95165 + " x10", round(u * 10, 2))] + [(d, "95117", D95117, ai) for d in inj]
    total = round(sum(x[3] for x in lines), 2)
    body = [[fmt_date(d, ls), c, desc, fmt_money(ch, mf), fmt_money(ch * .7, mf), fmt_money(ch * .7, mf),
             fmt_money(0, mf)] for d, c, desc, ch in lines]
    body.append(["*Total", "", "", fmt_money(total, mf), "", "", fmt_money(0, mf)])
    left = [("Member:", f["member"]), ("Member number:", f["mid_"]), ("Plan:", o["product"])]
    right = [("Issue date:", fmt_date(f["notice"], ds)), ("Claim ID:", f["claim"]), ("Provider:", f["clinic"])]
    legend = [("OK", "Approved and paid. Allergy antigen units used this year: 70 of 180.")]
    tail = [f"Your provider was paid directly. Questions? Call {phone(r)}. If you disagree with how this claim was "
            "processed, you can ask for a reconsideration within 65 days of the date of this notice."]
    pdf = eob(o, "Explanation of Benefits", left, right,
              ["Date", "Code", "Service", "Billed", "Approved", "Plan paid", "You owe"], body,
              [22, 14, 68, 22, 20, 22, 18], "LLLRRRR", legend, tail, legend_head="Claim notes",
              footer="Silverfern Health  ·  {p}/{n}")
    t = truth("eob", None, insurer=o["full"], member_id=f["mid_"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=f"{total:.2f}", service_dates=[d.isoformat() for d in inj],
              denial_date=f["notice"].isoformat(), provider=f["clinic"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
              alternates={"insurer": [o["product"]], "service_dates": [[]], "appeal_deadline": [None]})
    return Item(f"{FAMILY}_photo_ma_eob_95117_95165_paid", "phone_photo", [(pdf, t)])


def item5():
    """Commercial claim letter: two vial sets (95165 x 40 each) over the 150-unit limit (rotated scan)."""
    f = base(5)
    r, o, ds, ls, mf = f["r"], f["org"], "iso", "iso", "space"
    u = price(r, 15, 21)
    dd = [f["start"], f["start"] + dt.timedelta(days=r.randint(20, 30))]
    lines = [(d, round(u * 40, 2)) for d in dd]
    total = round(sum(x[1] for x in lines), 2)
    acct = "PT-" + r.digits(6)
    rows = [("Patient:", f["member"]), ("Subscriber ID:", f["mid_"]), ("Group number:", f["group"]),
            ("Claim number:", f["claim"]), ("Billing provider:", f["clinic"]),
            ("Patient account (provider):", acct), ("Total charges:", fmt_money(total, mf))]
    table = (["Date of service", "Code", "Units", "Charge", "Decision"],
             [[fmt_date(d, ls), "95165", "40", fmt_money(ch, mf), "Denied - over yearly units"] for d, ch in lines],
             [34, 20, 16, 28, 60], "LLRRL")
    paras = ["We finished processing the claim above. The antigen preparation units (CPT 95165) on both dates are "
             "denied because your plan's benefit for allergy immunotherapy is limited to 150 units per plan year, and "
             "150 units had already been paid before these dates of service. Allergy injections (95115, 95117) "
             "remain covered.",
             "#Appeal rights",
             f"You may ask for a review within 180 days of the date of this letter. Write to Ridgeback Assurance "
             f"Health, Claim Appeals, {o['addr']}, or fax {phone(r)}. You also have the right to an independent "
             "external review after the internal appeal."]
    pdf = letter(o, fmt_date(f["notice"], ds), addr_block(f), "Claim Determination Notice", rows, paras, table,
                 footer="RAH-CLM-17", date_label="Letter date: ", lw=54)
    t = truth("denial_letter", "not_covered", insurer=o["full"], group_number=f["group"], member_id=f["mid_"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=f"{total:.2f}",
              service_dates=[d.isoformat() for d in dd], denial_date=f["notice"].isoformat(), provider=f["clinic"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["other", "medical_necessity"])
    return Item(f"{FAMILY}_rotated_letter_95165_two_vial_sets_over_150", "rotated", [(pdf, t)])


def item6():
    """Appeal decision upholding the unit-limit denial (fine fax)."""
    f = base(6)
    r, o, ds, ls, mf = f["r"], f["org"], "wlong", "long", "plain"
    appeal = "APL-" + r.digits(4) + "-" + r.digits(5)
    u = price(r, 14, 20)
    d1 = f["start"] - dt.timedelta(days=40)
    total = round(u * 60, 2)
    recv = f["notice"] - dt.timedelta(days=r.randint(18, 26))
    rows = [("Member:", f["member"]), ("Member ID:", f["mid_"]), ("Appeal number:", appeal),
            ("Original claim:", f["claim"]), ("Provider:", f["clinic"]),
            ("Service:", f"95165 antigen preparation, 60 units, {fmt_date(d1, ls)}"),
            ("Billed charges:", fmt_money(total, mf)), ("Appeal received:", fmt_date(recv, ls))]
    paras = [f"Dear {f['first']} {f['last']}:",
             "#Our decision: the denial is upheld",
             "You appealed our denial of 60 units of allergy antigen preparation. Your certificate of coverage limits "
             "allergen immunotherapy antigen to 150 units per calendar year (Section 6.4, Allergy Care). Our records "
             "show 150 units were paid before this date of service. The units on this claim are over the yearly limit "
             "and are not a covered benefit. This decision was made by an appeals reviewer who took no part in the "
             "first decision.",
             "#External review",
             "You have exhausted the plan's internal appeal. You may ask for an external review by an independent "
             "review organization within 4 months of receiving this letter. Call "
             f"{phone(r)} for the form. Date of birth on file: {fmt_date(f['dob'], ls)}."]
    pdf = letter(o, fmt_date(f["notice"], ds), addr_block(f), "Final Internal Appeal Decision", rows, paras,
                 footer="Quillfeather Health  ·  Appeals  ·  {p} of {n}", lw=40, size=10.5)
    t = truth("denial_letter", "not_covered", insurer=o["full"], member_id=f["mid_"], member_name=f["member"],
              case_numbers=[appeal, f["claim"]], claim_amount=f"{total:.2f}", service_dates=[d1.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["clinic"], appeal_deadline=None,
              denial_alternates=["other", "medical_necessity"])
    return Item(f"{FAMILY}_faxfine_appeal_upheld_units_over_limit", "fax_fine_g4", [(pdf, t)])


def documents(rng) -> list[Item]:
    return [item0(), item1(), item2(), item3(), item4(), item5(), item6()]
