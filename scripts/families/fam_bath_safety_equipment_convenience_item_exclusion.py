"""Family 'bath_safety_equipment_convenience_item_exclusion': Medicare Summary Notices, Medicaid notices and plan
letters and EOBs on bathroom safety equipment: shower chairs (E0240), raised toilet seats (E0244), tub transfer benches
(E0247), grab bars (no HCPCS, billed as E1399 or as a home modification) and a 3-in-1 commode chair (E0163).
All issuers, people, IDs, phone numbers and amounts are invented.

Issuers: Medicare (MSN Part B, a convenience item denial), Hollowmere Health Plan (commercial letter: grab bars not
primarily medical), Tallgrass State Medicaid Waiver Program (Department of Aging and Disability Services; an approval
of grab bars and a transfer bench as an environmental home modification), Ostrander Valley Medicare Advantage (EOB:
a commode chair paid for a bed-confined member), Plan de Salud Sierra Clara (Spanish letter: raised toilet seat
excluded), Bramblewood Community Health Plan (phone-photographed letter: transfer bench denied), and a fine fax of an
appeal decision upholding the shower chair denial. Decoys: the occupational therapist who recommended the item, the
store's NPI, the member's date of birth, the date a request was received, phone numbers, the 120-day fair hearing limit.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundak_famkc import address, days, fdate, iso, m2, mbi, mixed, money, npi, person, phone, tollfree, usd

FAMILY = "bath_safety_equipment_convenience_item_exclusion"
LANG = "en"
OTS = ["Ngozi T. Abernathy, OTR/L", "Farid K. Lindqvist, OT", "Marisol P. Oyelaran, OTR/L", "Kenji W. Halvorsen, OTD",
       "Aurelie S. Mbeki, OTR/L", "Tomasz R. Achterberg, OT", "Priya N. Castellanos, OTR/L"]
STORES = [("Larkspur Medical Supply", "1180 Fenwick Avenue", "Harrowgate, MN 55961"),
          ("Quillon Home Health Mart", "42 Ashdown Plaza", "Pellston, WI 54419"),
          ("Cordell & Finch Medical Equipment", "907 Barrow Street", "Eskdale, IA 50922"),
          ("Tienda Médica La Ceiba", "315 Calle Almendro", "Crnomelj, TX 79849")]
CODES = {"E0240": "Bath/shower chair, with or without wheels, any size",
         "E0244": "Raised toilet seat",
         "E0247": "Transfer bench for tub or toilet with or without commode opening",
         "E0163": "Commode chair, mobile or stationary, with fixed arms",
         "E1399": "Durable medical equipment, miscellaneous (grab bars, 2)",
         "S5165": "Home modifications; per service (grab bars and installation)"}


def lines_for(r, codes):
    return [(c, CODES[c], money(r, 45, 190) if c != "S5165" else money(r, 380, 720)) for c in codes]


def header(d: Doc, name: str, sub: str, addr: str, ph: str, fax: str | None = None) -> None:
    if fax:
        d.text_line(fax, 8)
        d.ln(1)
    d.text_line(name, 15, "B")
    d.text_line(sub, 9)
    d.text_line(f"{addr}  |  {ph}", 8.5)
    d.rule(0.6, 3)


def kv(d: Doc, rows, w=52, size=10):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.3, k)
        d.font(size)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def addressee(d: Doc, who, addr, date_s=None):
    if date_s:
        d.text_line(date_s, 10.5)
        d.ln(3)
    for ln in (who, *addr):
        d.text_line(ln, 10.5)
    d.ln(4)


def msn(i, r):
    """Medicare Summary Notice, Part B: shower chair + raised toilet seat denied as convenience items."""
    m, a = person(r), address(r)
    st, ot = STORES[0], OTS[i]
    notice = dt.date(2026, 3, 4)
    dos = days(notice, -r.randint(20, 40))
    ln = lines_for(r, ["E0240", "E0244"])
    tot = round(sum(x[2] for x in ln), 2)
    claim = mixed(r, "99-9999-9999-999")
    mid = mbi(r)
    dl = days(notice, 120)
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 9)
    d.ln(3)
    addressee(d, m[0].upper(), [x.upper() for x in a])
    kv(d, [("Medicare Number", mid), ("Notice date", fdate(notice, "long")),
           ("Claims processed", f"Between {fdate(days(notice, -90), 'long')} and {fdate(notice, 'long')}"),
           ("Customer Service", tollfree(r))])
    d.para(f"Did Medicare Approve All Services? NO. Medicare denied 2 services on 1 claim. If you disagree with a "
           f"decision, you can file an appeal. Appeals must be filed by {fdate(dl, 'long')}.", 10)
    d.text_line(f"{fdate(dos, 'slash')}  {st[0]}, {st[1]}, {st[2]}", 10, "B")
    d.text_line(f"Claim number {claim}   Referred by: {ot.split(',')[0]}", 9.5)
    d.table(["Service Provided & Billing Code", "Approved?", "Provider Charged", "Medicare-Approved",
             "May Be Billed", "Notes"],
            [[f"{c} {desc[:28]}", "No", usd(ch), "$0.00", usd(ch), "A"] for c, desc, ch in ln]
            + [["*Total for claim", "", usd(tot), "$0.00", usd(tot), ""]], [62, 18, 30, 26, 24, 14], size=8, aligns="LCRRRC")
    d.text_line("Notes for Claims Above", 10, "B")
    d.para("A  Medicare does not pay for this item because it is a convenience item and is not primarily medical in "
           "nature. Bathroom safety equipment such as shower chairs and raised toilet seats is not durable medical "
           "equipment under Medicare Part B. You signed no Advance Beneficiary Notice, so check with the supplier "
           "before you pay.", 9.5)
    d.text_line("How to Handle Denials or File an Appeal", 10, "B")
    d.para(f"If you disagree with a coverage decision, you can file an appeal. The appeal must be filed in writing "
           f"by {fdate(dl, 'long')}. Circle the services you disagree with, explain why, and send a copy of this "
           f"page to the Medicare contractor at PO Box 6870, Ferncliff, MO 63197. The recommendation from "
           f"{ot} dated {fdate(days(dos, -14), 'slash')} may support your appeal.", 9.5)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=mid, member_name=m[0], case_numbers=[claim],
              claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(notice), provider=st[0],
              appeal_deadline=iso(dl), alternates={"insurer": ["Centers for Medicare & Medicaid Services"]},
              denial_alternates=["medical_necessity"], type_alternates=["denial_letter"])
    return pdf_bytes(d), t


def plan_letter(i, r, kind):
    """Commercial / MA denial letters: grab bars (not primarily medical), transfer bench (convenience)."""
    if kind == "grab":
        ins, sub, adr = "Hollowmere Health Plan", "Member Services · Commercial PPO", "PO Box 41880, Tarrant Mills, OH 43917"
        codes, st, ds, notice = ["E1399"], STORES[1], "abbr", dt.date(2026, 4, 17)
        mid, grp = mixed(r, "HHP999999999"), mixed(r, "GR-99999")
    else:
        ins, sub, adr = "Bramblewood Community Health Plan", "Utilization Management Department", "2200 Keswick Road, Marbury, KY 40999"
        codes, st, ds, notice = ["E0247"], STORES[2], "dmy", dt.date(2026, 6, 9)
        mid, grp = mixed(r, "BCH-99999-99"), None
    m, a, ot = person(r), address(r), OTS[i]
    dos = days(notice, -r.randint(15, 35))
    ln = lines_for(r, codes)
    tot = round(sum(x[2] for x in ln), 2)
    claim = mixed(r, "9999999999A")
    ph = tollfree(r)
    d = Doc("Helvetica", footer=f"{ins}  ·  page {{p}}")
    d.add_page()
    header(d, ins, sub, adr, ph)
    addressee(d, m[0], a, fdate(notice, ds))
    d.text_line("Notice of Claim Denial" if kind == "grab" else "Adverse Benefit Determination", 13, "B")
    d.ln(2)
    kv(d, [("Member:", m[0]), ("Member ID:", mid)] + ([("Group number:", grp)] if grp else [])
       + [("Claim number:", claim), ("Date of birth:", fdate(dt.date(r.randint(1936, 1960), r.randint(1, 12), r.randint(1, 28)), ds)),
          ("Supplier:", f"{st[0]}, NPI {npi(r)}"), ("Purchase date:" if kind == "grab" else "Delivery date:", fdate(dos, ds)),
          ("Amount billed:", usd(tot))])
    d.table(["Code", "Item", "Billed", "Plan pays"], [[c, desc, usd(ch), "$0.00"] for c, desc, ch in ln],
            [22, 112, 24, 24], aligns="LLRR")
    if kind == "grab":
        d.para(f"We received your claim for grab bars bought from {st[0]}. Your plan covers durable medical equipment "
               "that serves a medical purpose. Grab bars are installed in the home, are useful to people who are not "
               "sick or injured, and are not primarily medical in nature. Your Evidence of Coverage (Section 7, "
               "Exclusions) lists \"convenience items and home fixtures, including grab bars and bath rails\". The "
               f"claim is denied. We know {ot} recommended the bars after your home safety visit; the recommendation "
               "does not change the exclusion.")
        dl_days = 180
        d.text_line("Your right to appeal", 11, "B")
        d.para(f"You may ask for an internal appeal within {dl_days} days of the date of this letter. Send your appeal "
               f"to the address above or call {ph}. After the internal appeal you may ask for an external review.")
        dl = days(notice, dl_days)
    else:
        dl = days(notice, 60)
        d.para(f"Your plan does not cover the tub transfer bench delivered by {st[0]}. A transfer bench is a "
               "bathroom safety item. The plan treats it as a comfort or convenience item, not as medical "
               f"equipment, even when recommended by an occupational therapist ({ot}).")
        d.text_line("How to appeal", 11, "B")
        d.para(f"Your appeal must reach us no later than {fdate(dl, ds)}. If your health could be seriously harmed "
               "by waiting, ask for a fast (72-hour) appeal. Call us at " + ph + " (TTY 711).")
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, group_number=grp, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(notice),
              provider=st[0], appeal_deadline=iso(dl), denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def waiver(i, r):
    """Medicaid HCBS waiver: grab bars + transfer bench approved as a home modification."""
    ins = "Tallgrass Department of Aging and Disability Services"
    m, a, ot, st = person(r), address(r), OTS[i], STORES[2]
    notice = dt.date(2026, 5, 22)
    start = days(notice, 21)
    ln = lines_for(r, ["S5165", "E0247"])
    tot = round(sum(x[2] for x in ln), 2)
    case, mid = mixed(r, "HM-2026-99999"), mixed(r, "9999999999")
    d = Doc("Helvetica")
    d.add_page()
    d.text_line("STATE OF TALLGRASS", 9, "B")
    header(d, ins, "Home and Community-Based Services Waiver Program", "PO Box 1305, Linwood Springs, KS 66099",
           tollfree(r))
    addressee(d, m[0], a, fdate(notice, "long"))
    d.text_line("NOTICE OF ACTION - REQUEST APPROVED", 13, "B")
    d.ln(2)
    kv(d, [("Medicaid ID", mid), ("Case number", case), ("Program", "Elderly and Physically Disabled Waiver"),
           ("Request received", fdate(days(notice, -12), "long")), ("Provider", st[0]),
           ("Recommended by", ot), ("Work to begin", fdate(start, "long"))])
    d.table(["Code", "Service", "Amount requested", "Action"],
            [[c, desc, usd(ch), "Approved"] for c, desc, ch in ln] + [["*Total", "", usd(tot), ""]],
            [22, 104, 34, 24], aligns="LLRL")
    d.para("Your request is APPROVED. Medicare and most plans do not cover grab bars or a tub transfer bench because "
           "they are not primarily medical. Under the waiver they are covered as an environmental accessibility "
           f"adaptation (home modification) that lets you stay safely at home. {st[0]} will install the grab bars "
           "and deliver the bench. You owe nothing.")
    d.para("If you disagree with any part of this decision you may ask for a State Fair Hearing within 120 days of "
           "the date of this notice. Because your request was approved in full, no action is needed.", 9.5)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=m[0], case_numbers=[case],
              claim_amount=m2(tot), service_dates=[iso(start)], denial_date=iso(notice), provider=st[0],
              alternates={"claim_amount": [None], "service_dates": [[]],
                          "insurer": ["Tallgrass State Medicaid Waiver Program"]})
    return pdf_bytes(d), t


def commode_eob(i, r):
    """MA EOB: commode chair E0163 paid for a bed-confined member (raised toilet seat on same claim denied)."""
    ins = "Ostrander Valley Medicare Advantage"
    m, a, ot, st = person(r), address(r), OTS[i], STORES[0]
    notice = dt.date(2026, 7, 30)
    dos = days(notice, -r.randint(18, 30))
    ch = money(r, 140, 230)
    claim, mid = mixed(r, "OV99999999"), mixed(r, "OVM999999999")
    allowed = round(ch * 0.62, 2)
    d = Doc("Helvetica")
    d.add_page()
    header(d, ins, "Explanation of Benefits - This is not a bill", "PO Box 8800, Granite Ferry, NC 27999", tollfree(r))
    kv(d, [("Statement date", fdate(notice, "iso")), ("Member", m[0]), ("Member ID", mid), ("Plan", "H7731-004"),
           ("Claim", claim), ("Supplier", f"{st[0]}  NPI {npi(r)}")], w=40)
    d.table(["Date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe"],
            [[fdate(dos, "iso"), "E0163", "Commode chair, fixed arms", usd(ch), usd(allowed),
              usd(round(allowed * 0.8, 2)), usd(round(allowed * 0.2, 2))]],
            [24, 16, 56, 22, 22, 22, 20], aligns="LLLRRRR")
    d.para(f"This claim is approved. A commode chair is covered when the member is confined to bed or to one room. "
           f"Your physician's order states you are bed-confined after your hip surgery; {ot} also recorded this on "
           f"{fdate(days(dos, -9), 'iso')}. You owe your 20% coinsurance to {st[0]}.", 9.5)
    d.para(f"If you disagree with how we processed this claim you may appeal within 65 days of the date of this "
           f"statement.", 9.5)
    t = truth("eob", None, insurer=ins, member_id=mid, member_name=m[0], case_numbers=[claim], claim_amount=m2(ch),
              service_dates=[iso(dos)], denial_date=iso(notice), provider=st[0], appeal_deadline=iso(days(notice, 65)),
              alternates={"appeal_deadline": [None]}, type_alternates=["other"])
    return pdf_bytes(d), t


def spanish(i, r):
    ins = "Plan de Salud Sierra Clara"
    m, a, ot, st = person(r, "es"), address(r, "es"), OTS[i], STORES[3]
    notice = dt.date(2026, 8, 12)
    dos = days(notice, -r.randint(14, 28))
    ln = lines_for(r, ["E0244"])
    tot = ln[0][2]
    claim, mid = mixed(r, "SC-9999999"), mixed(r, "SCL99999999")
    d = Doc("Helvetica")
    d.add_page()
    header(d, ins, "Servicios para Miembros", "Apartado 4410, Semic, NM 87028", tollfree(r))
    addressee(d, m[0], a, fdate(notice, "es"))
    d.text_line("Aviso de denegación de pago", 13, "B")
    d.ln(2)
    kv(d, [("Número de miembro:", mid), ("Número de reclamación:", claim), ("Proveedor:", st[0]),
           ("Fecha de compra:", fdate(dos, "es")), ("Cantidad facturada:", usd(tot)),
           ("Recomendado por:", ot)])
    d.para(f"Estimado(a) {m[1]} {m[3]}: negamos el pago del asiento elevado para inodoro (E0244) que compró en "
           f"{st[0]}. Su plan excluye los artículos de conveniencia o comodidad que no son principalmente médicos, "
           "como sillas de ducha, asientos elevados de inodoro y barras de apoyo.")
    d.para("Si no está de acuerdo, puede apelar dentro de 60 días a partir de la fecha de este aviso. Llame a "
           "Servicios para Miembros (TTY 711). Si tiene Medicaid, también puede pedir una audiencia imparcial "
           "estatal dentro de 120 días.")
    t = truth("denial_letter", "not_covered", "es", insurer=ins, member_id=mid, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(notice),
              provider=st[0], appeal_deadline=iso(days(notice, 60)), denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def appeal_fax(i, r):
    """Appeal decision upholding a shower chair denial, faxed (fine mode)."""
    ins = "Hollowmere Health Plan"
    m, a, ot, st = person(r), address(r), OTS[i], STORES[1]
    notice = dt.date(2026, 9, 3)
    dos = days(notice, -r.randint(70, 100))
    ln = lines_for(r, ["E0240"])
    tot = ln[0][2]
    claim, app, mid = mixed(r, "9999999999A"), mixed(r, "APL-99999"), mixed(r, "HHP999999999")
    d = Doc("Helvetica")
    d.add_page()
    header(d, ins, "Appeals and Grievances", "PO Box 41880, Tarrant Mills, OH 43917", tollfree(r),
           fax=f"{fdate(notice, 'slash')} 14:22  FROM HOLLOWMERE APPEALS {phone(r)}  TO {phone(r)}  P.1/1")
    addressee(d, m[0], a, fdate(notice, "upper"))
    d.text_line("Appeal Decision: Denial Upheld", 13, "B")
    kv(d, [("Member ID", mid), ("Appeal number", app), ("Original claim", claim), ("Item", "E0240 shower chair"),
           ("Date purchased", fdate(dos, "upper")), ("Billed", usd(tot)), ("Store", st[0])], w=40)
    d.para(f"A reviewer who took no part in the first decision looked at your appeal and the letter from {ot}. The "
           "shower chair remains excluded as a convenience item that is not primarily medical. We uphold the denial.")
    d.para("You may ask for an external review by an independent review organization within 4 months of the date "
           "you receive this letter.", 9.5)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=m[0], case_numbers=[app, claim],
              claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(notice), provider=st[0],
              appeal_deadline=None, alternates={"case_numbers": [[app]]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    R = lambda i: random.Random(248500 + i)  # noqa: E731
    return [
        Item(f"{FAMILY}_bd_msn_shower_chair_toilet_seat", "born_digital", [msn(0, R(0))]),
        Item(f"{FAMILY}_bd_grab_bars_not_primarily_medical", "born_digital", [plan_letter(1, R(1), "grab")]),
        Item(f"{FAMILY}_scan300_waiver_home_modification_approved", "scan_clean_300", [waiver(2, R(2))]),
        Item(f"{FAMILY}_lowres_commode_bed_confined_paid", "scan_lowres_150", [commode_eob(3, R(3))]),
        Item(f"{FAMILY}_copy_spanish_raised_toilet_seat", "photocopy", [spanish(4, R(4))]),
        Item(f"{FAMILY}_phone_transfer_bench_convenience", "phone_photo", [plan_letter(5, R(5), "bench")]),
        Item(f"{FAMILY}_faxfine_shower_chair_appeal_upheld", "fax_fine_g4", [appeal_fax(6, R(6))]),
    ]
