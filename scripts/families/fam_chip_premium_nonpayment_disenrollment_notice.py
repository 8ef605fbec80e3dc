"""Family 'chip_premium_nonpayment_disenrollment_notice': a state Children's Health Insurance Program notice ending a
child's coverage for unpaid premiums (or denying a renewal): family case number, child's name and ID, premium months
and amounts owed (decoys, not claim amounts), grace period, coverage end date, lock-out period, right to a review or
fair hearing within N days, how to pay to restore coverage. One stack: the notice, then the CHIP health plan's EOB
page denying a visit after the end date. One Spanish notice; one reinstatement letter.

Issuers (fictional): Lakeshore KidCare (Lakeshore State Department of Family Health, CHIP program) and Prairie Hills
Children's Health Plan (a fictional state's CHIP program "Prairie Hills CHP"); the stack's EOB from Bluefen Community
Health Plan (the CHIP managed care plan). Decoys: premium amounts and months, grace period dates, coverage end date,
lock-out end, the parent's name, the child's date of birth, phone numbers, the payment coupon.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "chip_premium_nonpayment_disenrollment_notice"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LK, PH, BF = "Lakeshore KidCare", "Prairie Hills Children's Health Plan", "Bluefen Community Health Plan"
KIDS = [("Yusuf", "Haddad", "Samira"), ("Freya", "Lindqvist", "Ole"), ("Mateo", "Quispe", "Rocío"),
        ("Aiyana", "Redcloud", "Tala"), ("Renata", "Olivares", "Marisela"), ("Kofi", "Asante", "Abena"),
        ("Hoang", "Tran", "Lien")]
CLINICS = ["Dr. Priyanka S. Venkataraman", "Sprucewood Pediatrics, PC"]


class Page(Doc):
    def __init__(self, foot: str | None):
        super().__init__("DejaVu", footer=foot, margins=(17, 14, 17))
        self.add_font("DejaVu", "B", BOLD)


def facts(i: int, kind: str, ins: str, ds: str, days: int, lang: str = "en") -> dict:
    r = Rand(152600 + i)
    first, last, parent = KIDS[i]
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 200))
    end = (notice.replace(day=1) + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    prem = float(r.choice([15, 20, 25, 30, 35, 40, 50]))
    months = []
    m = notice.replace(day=1)
    for _ in range(r.choice([2, 3])):
        m = (m - dt.timedelta(days=1)).replace(day=1)
        months.append(m)
    months.reverse()
    grace = end - dt.timedelta(days=r.choice([14, 20, 29]))
    return dict(kind=kind, ins=ins, ds=ds, days=days, lang=lang, notice=notice, end=end, prem=prem, months=months,
                owed=prem * len(months), grace=grace, lock=r.choice([60, 90]),
                child=f"{first} {r.choice('ABDJLMRS')}. {last}", parent=f"{parent} {last}",
                dob=dt.date(r.randint(2010, 2022), r.randint(1, 12), r.randint(1, 28)),
                case=("FC-" + r.digits(8)) if ins == LK else (r.digits(3) + "-" + r.digits(6)),
                cid=("LK" + r.digits(9)) if ins == LK else ("PH" + r.digits(7) + r.letters(1)),
                notice_no="N" + r.digits(9), addr=r.address(lang), phone=r.phone(), pay_phone=r.phone(),
                visit=end + dt.timedelta(days=r.randint(5, 25)), claim=r.digits(11), vbill=float(r.randint(140, 420)),
                vnpi=r.npi(), mco_id="BF" + r.digits(8), paid_on=notice - dt.timedelta(days=r.randint(3, 9)))


def D(f, d):
    return fmt_date(d, f["ds"])


def M(f, v):
    return fmt_money(v, "plain")


def head(d: Page, f: dict) -> None:
    if f["ins"] == LK:
        d.text_line("Lakeshore State Department of Family Health", 9, h=4.6)
        d.text_line("LAKESHORE KIDCARE", 18, "B", h=8)
        d.text_line("Children's Health Insurance Program  ·  P.O. Box 7720, Marquette, MI 49855", 8.4, h=4.4)
    else:
        d.text_line("PRAIRIE HILLS CHILDREN'S HEALTH PLAN", 15, "B", h=7.5)
        d.text_line("State CHIP Program  ·  Eligibility & Premium Unit  ·  2210 Capitol Loop, Pierre, SD 57501", 8.4,
                    h=4.4)
    d.rule(0.5, 4)


def kv(d: Page, rows, w=58):
    for a, b in rows:
        d.font(9.6, "B")
        d.cell(w, 5.1, a)
        d.font(9.6)
        d.cell(0, 5.1, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def notice(f: dict) -> bytes:
    k, es = f["kind"], f["lang"] == "es"
    d = Page(("Aviso " if es else "Notice ") + f["notice_no"] + ("  ·  Página {p} de {n}" if es else "  ·  Page {p} of {n}"))
    d.add_page()
    head(d, f)
    d.text_line(("Fecha del aviso: " if es else "Notice date: ") + D(f, f["notice"]), 10, h=6)
    d.ln(1)
    d.text_line(("Para los padres o tutores de " if es else "To the parent or guardian of ") + f["child"], 9.6, h=5)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 9.6, h=5)
    d.ln(3)
    if k == "reinstate":
        title = "Your Child's Coverage Has Been Restored"
    elif k == "renewal":
        title = "Notice of Action: Renewal Denied"
    else:
        title = ("Aviso de cancelación de cobertura por falta de pago de primas" if es else
                 "Notice of Disenrollment for Unpaid Premiums")
    d.text_line(title, 13, "B", h=7)
    d.ln(1)
    if es:
        rows = [("Número de caso familiar:", f["case"]), ("Niño(a):", f["child"]), ("Número de identificación:", f["cid"]),
                ("Fecha de nacimiento:", D(f, f["dob"])), ("Fecha en que termina la cobertura:", D(f, f["end"]))]
    else:
        rows = [("Family case number:", f["case"]), ("Child:", f["child"]), ("Child ID:", f["cid"]),
                ("Date of birth:", D(f, f["dob"]))]
        if k != "reinstate":
            rows.append(("Coverage ends:", D(f, f["end"])))
    kv(d, rows)
    if k in ("unpaid", "unpaid_table", "es"):
        if es:
            d.para(f"No recibimos el pago de las primas mensuales de {f['child']}. Le enviamos un aviso del período de "
                   f"gracia, que terminó el {D(f, f['grace'])}. Como las primas siguen sin pagarse, la cobertura de "
                   f"{f['child']} en el programa termina el {D(f, f['end'])}.", 9.8)
        else:
            d.para(f"We did not receive the monthly premiums for {f['child']}'s coverage. We sent you a grace period "
                   f"notice; the grace period ended on {D(f, f['grace'])}. Because the premiums are still unpaid, "
                   f"{f['child']}'s coverage will end on {D(f, f['end'])}.", 9.8)
        rows = [[D(f, m) if f["ds"] != "long" else m.strftime("%B %Y"), M(f, f["prem"]), M(f, 0), M(f, f["prem"])]
                for m in f["months"]]
        rows.append(["*Total owed" if not es else "*Total adeudado", "", "", M(f, f["owed"])])
        d.table(["Mes de prima", "Prima", "Pagado", "Adeudado"] if es else
                ["Premium month", "Premium", "Paid", "Balance due"], rows, [50, 30, 30, 30], size=8.8,
                aligns="LRRR", head_fill=True)
        if es:
            d.para(f"Período de espera: si la cobertura termina, {f['child']} no podrá volver a inscribirse durante "
                   f"{f['lock']} días, a menos que pague todo lo adeudado. Para mantener la cobertura, pague "
                   f"{M(f, f['owed'])} antes del {D(f, f['end'])} en línea, por teléfono al {f['pay_phone']} o por "
                   "correo con el cupón adjunto.", 9.8)
            d.text_line("Su derecho a una audiencia imparcial", 10.5, "B", h=6)
            d.para(f"Si cree que esta decisión es incorrecta, puede pedir una revisión o una audiencia imparcial "
                   f"dentro de {f['days']} días a partir de la fecha de este aviso. Llame al {f['phone']}. Si paga el "
                   "saldo, no necesita pedir una audiencia.", 9.8)
        else:
            d.para(f"Lock-out period: if coverage ends, {f['child']} cannot re-enroll for {f['lock']} days unless you "
                   f"pay the full past-due amount. To keep coverage, pay {M(f, f['owed'])} before {D(f, f['end'])} "
                   f"online, by phone at {f['pay_phone']}, or by mail with the payment coupon below.", 9.8)
            d.text_line("Your right to a review and fair hearing", 10.5, "B", h=6)
            if k == "unpaid":
                d.para(f"If you think this decision is wrong, you may ask for a review within {f['days']} days of the "
                       f"date of this notice. If you are still unhappy after the review, you may ask for a state fair "
                       f"hearing. Call {f['phone']}. Paying the balance due restores coverage without a review.", 9.8)
            else:
                d.para(f"You have the right to ask for a fair hearing. Your request must be made within {f['days']} "
                       f"days from the date of this notice. Call {f['phone']} or write to the address above. You can "
                       "bring someone to help you.", 9.8)
        d.ln(2)
        d.rule(0.3, 2)
        d.text_line("PAYMENT COUPON  -  " + ("Cupón de pago" if es else "return with your payment"), 8.6, "B", h=5)
        d.text_line(f"Case {f['case']}   Amount due {M(f, f['owed'])}   Pay by {D(f, f['end'])}", 8.6, h=5)
    elif k == "renewal":
        d.para(f"We reviewed {f['child']}'s annual renewal. We cannot renew {f['child']}'s coverage because the "
               f"premiums for " + ", ".join(m.strftime("%B %Y") for m in f["months"]) + f" ({M(f, f['owed'])} in "
               f"total) were not paid by the end of the grace period on {D(f, f['grace'])}. Coverage ends "
               f"{D(f, f['end'])}. A child whose renewal is denied for unpaid premiums has a {f['lock']}-day lock-out "
               "period before a new application can be approved, unless the past-due premiums are paid.", 9.8)
        d.text_line("If you disagree", 10.5, "B", h=6)
        d.para(f"You can ask for a fair hearing within {f['days']} days of the date of this notice. Call "
               f"{f['phone']}. To restore coverage instead, pay the past-due amount by phone at {f['pay_phone']}.",
               9.8)
    else:  # reinstate
        d.para(f"We received your payment of {M(f, f['owed'])} on {D(f, f['paid_on'])} for the past-due premiums "
               f"for " + ", ".join(m.strftime("%B %Y") for m in f["months"]) + f". {f['child']}'s coverage has been "
               f"restored with no break in coverage. The disenrollment that was scheduled for {D(f, f['end'])} has "
               f"been cancelled, and no lock-out period applies. Your next premium of {M(f, f['prem'])} is due on "
               f"the first of next month.", 9.8)
        d.para(f"Questions? Call {f['phone']}. Thank you for keeping your child covered.", 9.8)
    return pdf_bytes(d)


def eob_page(f: dict) -> bytes:
    d = Page("Bluefen Community Health Plan  ·  This is not a bill")
    d.add_page()
    d.text_line("Bluefen Community Health Plan", 16, "B", h=8)
    d.text_line("A Lakeshore KidCare health plan  ·  Claims, P.O. Box 3310, Traverse City, MI 49685", 8.4, h=4.4)
    d.rule(0.5, 3)
    d.text_line("EXPLANATION OF BENEFITS", 12.5, "B", h=7)
    d.boxes([("Date issued", D(f, f["notice"] + dt.timedelta(days=12)), 38), ("Patient", f["child"], 50),
             ("Member ID", f["mco_id"], 38), ("Claim no.", f["claim"], 40)])
    d.ln(3)
    d.para(f"Provider: {CLINICS[1]}  (rendering: {CLINICS[0]}, NPI {f['vnpi']})", 9)
    rows = [[D(f, f["visit"]), "99213", "Office visit, established patient", M(f, f["vbill"]), M(f, 0), "E27"],
            ["*Claim total", "", "", M(f, f["vbill"]), M(f, 0), ""]]
    d.table(["Date of service", "Code", "Service", "Charged", "Plan paid", "Remark"], rows, [30, 16, 62, 24, 24, 16],
            size=8.4, aligns="LLLRRL", head_fill=True)
    d.text_line("Remark E27", 9.6, "B", h=5.5)
    d.para(f"The patient was not enrolled on the date of service. Coverage under Lakeshore KidCare ended "
           f"{D(f, f['end'])}. This service is not covered.", 9)
    d.text_line("Appeals", 9.6, "B", h=5.5)
    d.para(f"You or the provider may appeal within 60 days of the date of this statement. Call {f['phone']}.", 9)
    return pdf_bytes(d)


def notice_truth(f: dict) -> dict:
    k = f["kind"]
    if k == "reinstate":
        return truth("other", None, f["lang"], insurer=f["ins"], member_id=f["cid"], member_name=f["child"],
                     case_numbers=[f["case"]], denial_date=iso(f["notice"]), unscored=["service_dates"],
                     alternates={"case_numbers": [[f["case"], f["notice_no"]]]})
    dl = iso(f["notice"] + dt.timedelta(days=f["days"]))
    alts = {"appeal_deadline": [None], "case_numbers": [[f["case"], f["notice_no"]]]}
    return truth("denial_letter", "eligibility", f["lang"], insurer=f["ins"], member_id=f["cid"],
                 member_name=f["child"], case_numbers=[f["case"]], denial_date=iso(f["notice"]), appeal_deadline=dl,
                 unscored=["service_dates"], alternates=alts, denial_alternates=["other"])


def eob_truth(f: dict) -> dict:
    issued = f["notice"] + dt.timedelta(days=12)
    return truth("eob", "eligibility", "en", insurer=BF, member_id=f["mco_id"], member_name=f["child"],
                 case_numbers=[f["claim"]], claim_amount=m2(f["vbill"]), service_dates=[iso(f["visit"])],
                 denial_date=iso(issued), provider=CLINICS[1], appeal_deadline=iso(issued + dt.timedelta(days=60)),
                 alternates={"provider": [CLINICS[0]], "insurer": [LK]}, denial_alternates=["not_covered"])


# (stem, condition, kind, issuer, date style, review days, lang)
PLAN = [
    ("chip_premium_nonpayment_disenrollment_notice_bd_unpaid_review", "born_digital", "unpaid", LK, "long", 30, "en"),
    ("chip_premium_nonpayment_disenrollment_notice_bd_reinstated", "born_digital", "reinstate", PH, "slash", 30, "en"),
    ("chip_premium_nonpayment_disenrollment_notice_scan_renewal_denied", "scan_clean_300", "renewal", PH, "abbr", 90, "en"),
    ("chip_premium_nonpayment_disenrollment_notice_lowres_aviso_es", "scan_lowres_150", "es", LK, "es", 30, "es"),
    ("chip_premium_nonpayment_disenrollment_notice_copy_fair_hearing_table", "photocopy", "unpaid_table", PH, "iso", 45, "en"),
    ("chip_premium_nonpayment_disenrollment_notice_fax_stack_notice_and_eob", "fax_standard_g4", "unpaid", LK, "slash", 30, "en"),
    ("chip_premium_nonpayment_disenrollment_notice_rot_lockout_notice", "rotated", "unpaid_table", LK, "dmy", 30, "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, days, lang) in enumerate(PLAN):
        f = facts(i, kind, ins, ds, days, lang)
        docs = [(notice(f), notice_truth(f))]
        if "stack" in stem:
            docs.append((eob_page(f), eob_truth(f)))
            items.append(Item(stem, cond, docs, separators=["blank", None]))
        else:
            items.append(Item(stem, cond, docs))
    return items
