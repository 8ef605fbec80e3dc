"""Family 'freestanding_birth_center_facility_fee_out_of_network_eob': an invented PPO pays the certified nurse-midwife
in network for a birth at a freestanding birth center but processes the birth center's own facility fee as out of
network (nothing paid under the out-of-network deductible); on appeal it grants a network gap exception because no
contracted birth center is within reach, and reprocesses the facility claim.

Documents: a member EOB with three claims where only the facility claim is refused (born digital); the birth
center's itemized bill (clean scan); a faxed stack of the overturned appeal behind a fax cover and the corrected EOB
(standard fax); a prose-only member denial letter (photocopy); a Spanish letter (phone photo); the plan's notice
to the birth center (sideways); the midwife's paid EOB (low resolution, denies nothing). Everything invented.
Decoys: mother's and baby's DOB, NPI and TIN, admission times, received dates, processing periods, account
numbers, network-gap mileage standard, 72-hour and external-review limits, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "freestanding_birth_center_facility_fee_out_of_network_eob"
LANG = "en"
SEED = 341200

PLAN = {"org": "Larkmoor Community Health Plan", "addr": "PO Box 3391, Vessey Junction, NA 71208",
        "phone": "1-877-530-2264", "fax": "1-877-530-2299", "web": "larkmoorhealth.example"}
BC = ("Hollowbrook Family Birth Center", "415 Cressida Road, Vessey Junction, NA 71214", "(318) 555-0127")
CNM = ("Ottilie K. Brandvold", "CNM")
PEOPLE = [("Naomi R. Strand", "Rufus D. Strand"), ("Itzel M. Carrasco", "Arturo J. Carrasco"),
          ("Brianna T. Kessler", "Ezra L. Kessler"), ("Leticia A. Valdez", "Mateo P. Valdez"),
          ("Mei S. Nakamura", "Jasper K. Nakamura"), ("Xiomara L. Peña", "Joaquín R. Peña"),
          ("Yolanda F. Rutledge", "Anselm B. Rutledge")]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


FAC_LINES = [("0724", "Birthing center - facility fee", 4150.00), ("0250", "Pharmacy", 186.50),
             ("0270", "Medical/surgical supplies", 312.00), ("0170", "Newborn nursery care", 640.00)]


def base(r, i):
    notice = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 125))
    birth = notice - dt.timedelta(days=r.randint(28, 55))
    scale = r.choice([1.0, 1.08, 0.94, 1.15])
    lines = [(c, d, round(v * scale, 2)) for c, d, v in FAC_LINES]
    return dict(notice=notice, birth=birth, dis=birth + dt.timedelta(days=1), lines=lines,
                total=round(sum(v for _, _, v in lines), 2), claim="LCH" + dg(r, 10), mid="LKM" + dg(r, 8),
                group="GRP-" + dg(r, 5), plan="LCHP PPO " + r.choice(["2500", "1500", "3000"]),
                member=PEOPLE[i][0], sub=PEOPLE[i][1],
                dob=dt.date(r.randint(1988, 1999), r.randint(1, 12), r.randint(1, 28)), npi="1" + dg(r, 9),
                tin=dg(r, 2) + "-" + dg(r, 7), acct="HB" + dg(r, 7), mclaim="LCH" + dg(r, 10),
                recv=birth + dt.timedelta(days=r.randint(6, 12)),
                street=f"{r.randint(100, 9800)} {r.choice(['Marram Lane', 'Pipistrelle Dr', 'Ochre Bluff Rd'])}")


def letterhead(p, es=False):
    p.line(PLAN["org"], 16, "B")
    p.line(PLAN["addr"] + "   ·   " + ("Atención al Miembro " if es else "Member Care ") + PLAN["phone"], 8.5)
    p.line(PLAN["web"] + "   TTY 711", 8.5)
    p.ln(5)


def addr(p, f):
    p.para(f"{f['member']}\n{f['street']}\nVessey Junction, NA 71210", 10)


def stay(f, ds):
    return f"{fd(f['birth'], ds)} - {fd(f['dis'], ds)}"


def eob_bd(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LCHP EOB 2026-01")
    p.add_page()
    letterhead(p)
    p.line("EXPLANATION OF BENEFITS", 14, "B")
    p.line("This is not a bill", 9)
    p.ln(2)
    x0, y0 = p.get_x(), p.get_y()
    p.pairs([("Date issued", fd(f["notice"], ds)), ("Patient", f["member"]), ("Subscriber", f["sub"]),
             ("ID number", f["mid"]), ("Group", f["group"])], 30, 9, h=5)
    y1 = p.get_y()
    p.set_xy(x0 + 100, y0)
    p.f(8.5, "B")
    p.multi_cell(70, 4.4, f"Plan: {f['plan']}\nIn-network deductible met: $2,500.00\nOut-of-network deductible met: $0.00\n"
                 f"Claims received {fd(f['birth'], ds)} - {fd(f['notice'] - dt.timedelta(days=3), ds)}", border=1)
    p.set_xy(x0, max(y1, p.get_y()) + 3)
    rows = []
    for cl, prov, dates, what, ch, paid, you, net, rc in f["claims"]:
        rows.append([cl, prov, dates, what, money(ch, "nosign"), net, money(paid, "nosign"), money(you, "nosign"), rc])
    p.table(["Claim", "Provider", "Dates", "Service", "Charges", "Network", "Plan paid", "Your share", "Code"], rows,
            [25, 32, 34, 27, 16, 15, 15, 16, 10], size=7)
    p.para(f"Claim {f['claim']} ({BC[0]}): total charges {money(f['total'])}. Processed at the out-of-network "
           "level.", 8.5)
    p.heading("Codes", 10)
    p.para("N1 - In-network provider; paid under your in-network benefit.\n"
           "ON4 - This facility is not in the Larkmoor PPO network. Out-of-network charges apply to your "
           "out-of-network deductible ($5,000.00), so the plan paid nothing. If no in-network birth center was "
           "available to you, you may ask for a network gap exception when you appeal.\n"
           "N2 - Newborn routine care, paid in full.", 8.5)
    p.para("You may appeal any claim on this statement within 180 days of the date this statement was issued. "
           "Urgent appeals are decided within 72 hours. External review: 4 months after a final decision.", 8.5)
    return out(p)


def bc_bill(f, ds):
    p = Page(footer=None, footer_left="Hollowbrook Family Birth Center - Federal Tax ID " + f["tin"])
    p.add_page()
    p.line(BC[0], 16, "B")
    p.line(BC[1] + "   " + BC[2], 8.5)
    p.ln(4)
    p.line("ITEMIZED STATEMENT", 12, "B")
    p.boxed_pairs([("Statement date", fd(f["stmt"], ds)), ("Account number", f["acct"]), ("Patient", f["member"]),
                   ("Admitted / discharged", stay(f, ds)), ("Attending midwife", f"{CNM[0]}, {CNM[1]}"),
                   ("Primary insurance", f"{PLAN['org']}   Member {f['mid']}")], 48, 9)
    rows = [[fd(f["birth"], ds), c, d, money(v)] for c, d, v in f["lines"]]
    rows.append(["", "", "Total charges", money(f["total"])])
    rows.append(["", "", f"Insurance ({PLAN['org']}) - claim {f['claim']} processed out of network", "$0.00"])
    rows.append(["", "", "PATIENT BALANCE", money(f["total"])])
    p.table(["Date", "Rev code", "Description", "Charge"], rows, [30, 20, 102, 26], size=8.5, border=0,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("Your insurer processed our facility fee as out of network. Many families win a network gap exception "
           "on appeal; we will send our accreditation and a letter with your appeal on request. Midwife services are "
           "billed separately by the midwife.", 9)
    return out(p)


def overturn(f, ds):
    p = Page(serif=True, footer="Page {n} of {nb}", footer_left="LCHP-APL-OVR")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    addr(p, f)
    p.line("Appeal Decision: Approved", 13, "B")
    p.pairs([("Appeal number", f["apl"]), ("Claim number", f["claim"]), ("Facility", BC[0]),
             ("Dates of service", stay(f, ds)), ("Billed charges", money(f["total"]))], 40, 9.5)
    p.ln(2)
    p.para(f"We have reviewed your appeal of how we processed the facility claim from {BC[0]}. Our network has no "
           "contracted freestanding birth center within 60 miles of your home, so we have approved a network gap "
           "exception. We are overturning our earlier decision and will reprocess the claim at the in-network "
           "level. You will receive a corrected Explanation of Benefits.", 10)
    p.para("The birth center may not bill you more than your in-network cost share for this stay.", 10)
    p.para("Sincerely,\nAppeals Unit", 10)
    return out(p)


def corrected_eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LCHP EOB ADJ")
    p.add_page()
    letterhead(p)
    p.line("CORRECTED EXPLANATION OF BENEFITS", 13, "B")
    p.pairs([("Issue date", fd(f["ceob"], ds)), ("Patient", f["member"]), ("ID number", f["mid"]),
             ("Group", f["group"]), ("Claim", f"{f['adj']} (adjusts {f['claim']})"), ("Provider", BC[0])], 32, 9)
    p.ln(2)
    rows = [[fd(f["birth"], ds), c, d, money(v, "nosign"), money(round(v * 0.8, 2), "nosign")] for c, d, v in f["lines"]]
    rows.append(["", "", "Totals", money(f["total"], "nosign"), money(round(f["total"] * 0.8, 2), "nosign")])
    p.table(["Date", "Rev", "Service", "Billed", "Plan paid"], rows, [28, 16, 86, 24, 24], size=8, bold_last=True)
    p.para("NGX - Network gap exception approved on appeal; processed at the in-network benefit. Your share is "
           "your in-network coinsurance.", 8.5)
    return out(p)


def prose_denial(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(4)
    addr(p, f)
    p.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    p.para(f"We are writing about claim {f['claim']}, which {BC[0]} sent us for the birth of your baby and your stay "
           f"there from {fd(f['birth'], ds)} through {fd(f['dis'], ds)}. The birth center billed "
           f"{money(f['total'])}. Your member ID is {f['mid']}.", 10)
    p.para(f"Your midwife, {CNM[0]}, {CNM[1]}, is in our network, and we paid her claim. The birth center is not in "
           "our network. Under your PPO, out-of-network facility charges count toward a separate out-of-network "
           "deductible, which you have not met, so we paid nothing on this claim.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. If there was no in-network "
           "birth center you could reasonably use, tell us in your appeal and ask for a network gap exception. You "
           "may call us at " + PLAN["phone"] + ".", 10)
    p.para("Sincerely,\n\nClaims Department", 10)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="LCHP-CLM-SP")
    p.add_page()
    letterhead(p, es=True)
    p.line(fd(f["notice"], "es"), 10)
    p.ln(3)
    addr(p, f)
    p.heading("Aviso sobre su reclamo", 13, rule=True)
    p.pairs([("Paciente", f["member"]), ("Número de miembro", f["mid"]), ("Grupo", f["group"]),
             ("Reclamo", f["claim"]), ("Centro", BC[0]), ("Total facturado", money(f["total"]))], 44, 9.5)
    p.ln(2)
    p.para(f"Usted dio a luz en {BC[0]} el {fd(f['birth'], 'es')} y salió el {fd(f['dis'], 'es')}. Pagamos a su "
           f"partera, {CNM[0]}, que está en nuestra red. El centro de partos no está en nuestra red: procesamos su "
           "cargo como fuera de la red y, como usted no ha cumplido el deducible fuera de la red, no pagamos nada.",
           10)
    p.para("Puede apelar dentro de los 180 días a partir de la fecha de esta carta. Si no había un centro de partos "
           "de la red disponible, pida una excepción por falta de red. Revisión externa: dentro de 4 meses de la "
           "decisión final.", 10)
    p.para("Atentamente,\nDepartamento de Reclamos", 10)
    return out(p)


def provider_notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LCHP-PRV-RA 07/2025")
    p.add_page()
    letterhead(p)
    p.line("PROVIDER CLAIM DETERMINATION", 12.5, "B")
    p.line(f"To: {BC[0]}  ·  Billing  ·  NPI {f['npi']}  ·  TIN {f['tin']}", 9)
    p.ln(2)
    p.table(["Notice date", "Claim no.", "Patient", "Member ID", "Patient DOB", "Received"],
            [[fd(f["notice"], ds), f["claim"], f["member"], f["mid"], fd(f["dob"], ds), fd(f["recv"], ds)]],
            [26, 30, 38, 28, 26, 26], size=8)
    rows = [[stay(f, ds), c, d, money(v, "usd"), "0.00", "ON4"] for c, d, v in f["lines"]]
    rows.append(["", "", "CLAIM TOTAL", money(f["total"], "usd"), "0.00", ""])
    p.table(["From - through", "Rev", "Description", "Billed", "Paid", "Reason"], rows, [42, 12, 58, 28, 16, 18],
            size=7.5)
    p.para("ON4: Provider is not contracted with the Larkmoor PPO network. Processed under the member's "
           "out-of-network benefit; amount applied to the out-of-network deductible. You may bill the member.", 8.5)
    p.para("Provider appeals must be received within 90 days of the date of this notice. Attach the admission "
           "record and any network gap exception request.", 8.5)
    return out(p)


def midwife_eob(f, ds):
    p = Page(footer="{n}/{nb}", footer_left="LCHP EOB 2026-01")
    p.add_page()
    letterhead(p)
    p.line("Explanation of Benefits - Claim Paid", 13, "B")
    p.line(f"Statement date: {fd(f['notice'], ds)}", 9.5)
    p.ln(2)
    p.boxed_pairs([("Patient / ID", f"{f['member']}  /  {f['mid']}"), ("Group / plan", f"{f['group']}  /  {f['plan']}"),
                   ("Claim number", f["mclaim"]), ("Rendering provider", f"{CNM[0]}, {CNM[1]} (in network)"),
                   ("Date of delivery", fd(f["birth"], ds))], 44, 9)
    rows = [["59400", "Routine obstetric care incl. delivery", money(f["mtotal"]), money(f["mallow"]),
             money(round(f["mallow"] * 0.8, 2)), money(round(f["mallow"] * 0.2, 2))]]
    p.table(["Code", "Service", "Billed", "Allowed", "Paid", "You owe"], rows, [16, 70, 22, 22, 22, 22], size=8)
    p.para("N1 - In-network provider; paid at 80% after deductible. Global maternity care: prenatal visits, "
           "delivery and postpartum care are one claim. Questions? Call " + PLAN["phone"] + ".", 8.5)
    return out(p)


ITEMS = [
    ("bd_member_eob_three_claims_facility_oon", "born_digital", "eob", "slash"),
    ("scan300_birth_center_itemized_statement", "scan_clean_300", "bill", "abbr"),
    ("faxstd_stack_appeal_overturned_and_corrected_eob", "fax_standard_g4", "stack", "long"),
    ("copy_denial_letter_sentences_only", "photocopy", "prose", "long"),
    ("photo_aviso_centro_de_partos_es", "phone_photo", "es", "es"),
    ("rotated_provider_determination_birth_center", "rotated", "prov", "updash"),
    ("lowres_midwife_paid_eob", "scan_lowres_150", "paid", "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl = (f["notice"] + dt.timedelta(days=180)).isoformat()
        spn = f"{f['birth'].isoformat()}/{f['dis'].isoformat()}"
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"], provider=BC[0])
        f["mtotal"] = round(r.choice([3650.00, 3890.00, 4120.00]), 2)
        f["mallow"] = round(f["mtotal"] * 0.72, 2)
        if kind == "eob":
            f["claims"] = [(f["mclaim"], "O. Brandvold, CNM", fd(f["birth"], ds), "Maternity 59400", f["mtotal"],
                            round(f["mallow"] * 0.8, 2), round(f["mallow"] * 0.2, 2), "In", "N1"),
                           ("LCH" + dg(r, 10), "Vessey Pediatrics", fd(f["dis"], ds), "Newborn 99460", 285.00, 285.00,
                            0.0, "In", "N2"),
                           (f["claim"], "Hollowbrook Birth Ctr", f"{fd(f['birth'], ds)}-{fd(f['dis'], ds)}",
                            "Facility fee", f["total"], 0.0, f["total"], "Out", "ON4")]
            t = truth("eob", "out_of_network", plan_id=f["plan"], group_number=f["group"], case_numbers=[f["claim"]],
                      claim_amount=m2(f["total"]), service_dates=[spn], denial_date=nd, appeal_deadline=dl, **common)
            items.append(Item(name, cond, [(eob_bd(f, ds), t)]))
        elif kind == "bill":
            f["stmt"] = f["notice"] + dt.timedelta(days=r.randint(5, 14))
            t = truth("other", None, case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=[spn],
                      denial_date=f["stmt"].isoformat(), unscored=["insurer"],
                      alternates={"provider": [f"{CNM[0]}, {CNM[1]}", CNM[0]]}, **common)
            items.append(Item(name, cond, [(bc_bill(f, ds), t)]))
        elif kind == "stack":
            f["apl"] = "APL-" + dg(r, 7)
            f["adj"] = f["claim"] + "-A1"
            f["ceob"] = f["notice"] + dt.timedelta(days=r.randint(6, 12))
            t1 = truth("other", None, case_numbers=[f["apl"], f["claim"]], claim_amount=m2(f["total"]),
                       service_dates=[spn], denial_date=nd, **dict(common, member_id=None))
            t2 = truth("eob", None, group_number=f["group"], case_numbers=[f["adj"], f["claim"]],
                       claim_amount=m2(f["total"]), service_dates=[f["birth"].isoformat()],
                       denial_date=f["ceob"].isoformat(),
                       alternates={"case_numbers": [[f["adj"]]]}, **common)
            items.append(Item(name, cond, [(overturn(f, ds), t1), (corrected_eob(f, ds), t2)],
                              separators=["cover", None]))
        elif kind == "prose":
            t = truth("denial_letter", "out_of_network", case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                      service_dates=[spn], denial_date=nd, appeal_deadline=dl, **common)
            items.append(Item(name, cond, [(prose_denial(f, ds), t)]))
        elif kind == "es":
            t = truth("denial_letter", "out_of_network", lang="es", group_number=f["group"],
                      case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=[spn], denial_date=nd,
                      appeal_deadline=dl, **common)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
        elif kind == "prov":
            t = truth("denial_letter", "out_of_network", case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                      service_dates=[spn], denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=90)).isoformat(), **common)
            items.append(Item(name, cond, [(provider_notice(f, ds), t)]))
        else:
            t = truth("eob", None, plan_id=f["plan"], group_number=f["group"], case_numbers=[f["mclaim"]],
                      claim_amount=m2(f["mtotal"]), service_dates=[f["birth"].isoformat()], denial_date=nd,
                      **dict(common, provider=f"{CNM[0]}, {CNM[1]}"), alternates={"provider": [CNM[0]]})
            items.append(Item(name, cond, [(midwife_eob(f, ds), t)]))
    return items
