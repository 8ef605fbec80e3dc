"""Family 'retro_termination_recoupment': notices that coverage was ended retroactively (premium not paid by the end
of the grace period, employment ended, a dependent past the age limit), the claims paid after the end date reversed
and a refund asked for; plus a reprocessed EOB, an upheld appeal and a reinstatement that reverses it all.

Issuers: Harrowell Health Insurance Company (return address block at the top left, the logo word "HARROWELL" at the
right over a line) and Inchcombe Community Health Plan (parent line "Mistlethorpe Health System" above the name).
Decoys: the refund amount and its due date, the grace period dates, the unpaid premium, the employer's name, the
premium months, paid amounts, an external-review time limit on the upheld appeal.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_rounds_famsc import address, clinician, days, digits, fdate, iso, m2, mixed, money, person, phone, usd

FAMILY = "retro_termination_recoupment"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
C = "Harrowell Health Insurance Company"
D = "Inchcombe Community Health Plan"
EMPLOYERS = ["Yarrowby Tool & Die Co.", "Umberfield Freight Lines, Inc."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
LABELS = {1: ["Member", "Member ID", "Group no.", "Claim no.", "Date of service", "Provider", "Billed"],
          2: ["Subscriber", "ID number", "Group", "Claim #", "Service date", "Rendering provider", "Charges"],
          3: ["Insured", "Policy ID", "Employer group", "Claim reference", "DOS", "Billed by", "Amount billed"],
          "es": ["Afiliado", "Número de afiliado", "Grupo", "Reclamación", "Fecha de servicio", "Proveedor",
                 "Cargos"]}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, lab, ds: str, ms: str, n: int, lang: str, app: str) -> dict:
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 180))
    term = dt.date(notice.year, notice.month, 1) - dt.timedelta(days=r.choice([62, 92]))
    term = dt.date(term.year, term.month, 1) - dt.timedelta(days=1)  # last day of a month
    same = r.random() < 0.5 or n == 1
    doc0 = clinician(r)
    claims = []
    for k in range(n):
        sd = days(term, r.randint(4, 45) + 12 * k)
        b = money(r, 140, 2600)
        paid = round(b * r.uniform(0.4, 0.7), 2)
        claims.append(dict(no=mixed(r, "H99999-99999") if ins == C else mixed(r, "ICH9A999999"), date=sd,
                           doc=doc0 if same else clinician(r, avoid=(doc0,)), billed=b, paid=paid))
    claims.sort(key=lambda c: c["date"])
    member = person(r, lang)
    f = dict(kind=kind, ins=ins, lab=LABELS[lab], ds=ds, ms=ms, lang=lang, notice=notice, term=term,
             member=member, addr=address(r, lang), mid=mixed(r, "HW999999999") if ins == C else mixed(r, "ICP-9999999"),
             grp=mixed(r, "99A99") if ins == C else digits(r, 7), claims=claims, same=same, ph=phone(r),
             box=digits(r, 5), app=app, premium=money(r, 380, 1400), emp=r.choice(EMPLOYERS),
             refund_by=days(notice, r.choice([30, 45])), appeal_no=mixed(r, "APL-99-99999"),
             sub=person(r, lang))
    if kind == "dependent":  # the parent holds the policy and shares the child's surname
        first = next(x for x in ("Valentine", "Emmeline", "Benedick") if x != member.split()[0])
        f["sub"] = f"{first} {f['sub'].split()[1]} {member.split()[-1]}"
    f["fd"] = lambda x: fdate(x, ds)
    f["dl"] = days(notice, 60) if app == "stmt60" else days(notice, r.choice([60, 90]))
    return f


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == C:
        y = d.get_y()
        d.font(8.5)
        d.multi_cell(90, 4.2, f"{C}\nEligibility & Recovery Services\nPO Box {f['box']}\nWheeling, WV 26003",
                     new_x="LMARGIN", new_y="NEXT")
        d.set_xy(130, y)
        d.font(20, "B")
        d.cell(0, 9, "HARROWELL", align="R", new_x="LMARGIN", new_y="NEXT")
        d.set_y(y + 19)
        d.rule(0.7, 3)
    else:
        d.text_line("Mistlethorpe Health System", 8.5, h=4.2)
        d.text_line(D, 15, "B", h=7.5)
        d.text_line(f"Membership Accounting  ·  PO Box {f['box']}, Kokomo, IN 46901  ·  {f['ph']}", 8.5, h=4.5)
        d.rule(0.4, 3)
    d.ln(2)


def rows(d: Page, f: dict, pairs: list) -> None:
    for k, v in pairs:
        d.set_font("DejaVu", "B", 9)
        d.cell(45, 5, k + ":")
        d.set_font("DejaVu", "", 9.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def claim_table(d: Page, f: dict, refund_col: str = "Refund due") -> None:
    L, ms = f["lab"], f["ms"]
    body = [[c["no"], f["fd"](c["date"]), f"Dr. {c['doc']}", usd(c["billed"], ms), usd(c["paid"], ms),
             usd(c["paid"], ms)] for c in f["claims"]]
    if len(f["claims"]) > 1:
        body.append(["*Total", "", "", usd(sum(c["billed"] for c in f["claims"]), ms),
                     usd(sum(c["paid"] for c in f["claims"]), ms), usd(sum(c["paid"] for c in f["claims"]), ms)])
    head = [L[3], L[4], L[5], L[6], "We paid" if f["lang"] == "en" else "Pagado", refund_col]
    d.table(head, body, [28, 34, 44, 22, 22, 22], size=8, aligns="LLLRRR", head_fill=True)


def appeal_text(f: dict) -> str:
    a = f["app"]
    if f["lang"] == "es":
        return (f"Si no está de acuerdo, puede apelar dentro de 60 días a partir de la fecha de este aviso. "
                f"Llame al {f['ph']}.")
    if a == "stmt60":
        return "You may appeal this decision within 60 days of the date of this notice."
    if a == "date":
        return f"If you believe your coverage was ended in error, send us your appeal by {f['fd'](f['dl'])}."
    return "You may appeal within 180 days after you receive this notice."


def build(f: dict) -> bytes:
    kind, ms = f["kind"], f["ms"]
    d = Page(f"{'HHIC' if f['ins'] == C else 'ICHP'}-RT-{kind[:3].upper()}  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 10)
    d.ln(3)
    for ln in [f["sub"] if kind == "dependent" else f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    L = f["lab"]
    c0 = f["claims"][0]
    tb = sum(c["billed"] for c in f["claims"])
    tp = sum(c["paid"] for c in f["claims"])
    t = f["term"]
    if kind == "es":
        rows(d, f, [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"])])
        d.text_line("Aviso de cancelación retroactiva de su cobertura", 11.5, "B", h=6)
        d.para(f"Estimado(a) {f['member']}:", 10)
        d.para(f"No recibimos el pago de la prima de {MESES[days(t, 1).month - 1]} "
               f"({usd(f['premium'], ms)}) antes de que terminara su periodo de gracia. Por eso su cobertura "
               f"terminó el {f['fd'](t)}. Las reclamaciones de servicios recibidos después de esa fecha fueron "
               "anuladas porque usted no tenía cobertura (elegibilidad) en la fecha del servicio:", 10)
        claim_table(d, f, "Reembolso")
        d.para(f"Le pedimos que nos reembolse {usd(tp, ms)} a más tardar el {f['fd'](f['refund_by'])}.", 10)
        d.text_line("Su derecho a apelar", 10.5, "B", h=6)
        d.para(appeal_text(f), 10)
        d.para("Atentamente,\nDepartamento de Afiliación\n" + f["ins"], 10)
        return pdf_bytes(d)
    if kind == "eob":
        d.text_line("EXPLANATION OF BENEFITS - CLAIM ADJUSTMENT", 11.5, "B", h=6)
        rows(d, f, [("Issue date", f["fd"](f["notice"])), (L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"])])
        d.table([L[3], L[4], L[5], L[6], "Orig. paid", "Adjusted", "Remark"],
                [[c0["no"], fdate(c0["date"], "slash"), f"Dr. {c0['doc']}", usd(c0["billed"], ms),
                  usd(c0["paid"], ms), "-" + usd(c0["paid"], ms), "E27"]],
                [28, 23, 42, 22, 20, 21, 14], size=8, aligns="LLLRRRL")
        d.para(f"E27 - Coverage was not in effect on the date of service. Your coverage ended on {f['fd'](t)} "
               "because the premium was not paid by the end of the grace period. The payment we made on this claim "
               "has been reversed, and we will ask the provider for it back.", 9)
        d.text_line("Appeal rights", 10, "B", h=5.5)
        d.para(appeal_text(f) + f" Member Services: {f['ph']}.", 9)
        return pdf_bytes(d)
    if kind == "reinstate":
        rows(d, f, [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"])])
        d.text_line("Your coverage has been reinstated", 11.5, "B", h=6)
        d.para(f"Dear {f['member']}:", 10)
        d.para(f"We received your premium payment of {usd(f['premium'], ms)}. Your coverage, which we had ended as "
               f"of {f['fd'](t)}, is restored without a break. The claims below, which we had reversed, have been "
               "processed again and paid. You no longer owe the refund we asked for in our earlier letter.", 10)
        claim_table(d, f, "Now paid")
        d.para(f"If you have questions, call {f['ph']}.", 10)
        d.para("Sincerely,\nMembership Accounting\n" + f["ins"], 10)
        return pdf_bytes(d)
    if kind == "upheld":
        rows(d, f, [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"]), ("Appeal number", f["appeal_no"]),
                    (L[3], c0["no"])])
        d.text_line("Appeal decision: upheld", 11.5, "B", h=6)
        d.para(f"Dear {f['member']}:", 10)
        d.para(f"You appealed our decision to end your coverage as of {f['fd'](t)} and to reverse claim "
               f"{c0['no']} for care from Dr. {c0['doc']} on {f['fd'](c0['date'])} ({usd(c0['billed'], ms)} "
               "billed). A reviewer who took no part in the first decision looked at your appeal. The grace period "
               f"for the premium due on {f['fd'](days(t, 1))} ended on {f['fd'](days(t, 31))} with no payment "
               "received. We uphold our decision: you were not eligible for coverage on the date of service.", 10)
        d.para(f"Please repay {usd(c0['paid'], ms)} by {f['fd'](f['refund_by'])}. This completes our internal "
               "appeal process. You may ask for an external review within 4 months of receiving this letter.", 10)
        d.para("Sincerely,\nAppeals Unit\n" + f["ins"], 10)
        return pdf_bytes(d)
    # premium / employment / dependent letters with a claim list
    rows(d, f, [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"])])
    d.text_line({"premium": "Notice of retroactive termination and refund request",
                 "employment": "Coverage ended - claims reversed",
                 "dependent": "Important notice about your dependent's coverage"}[kind], 11.5, "B", h=6)
    if kind == "premium":
        d.para(f"Dear {f['member']}:", 10)
        d.para(f"The premium of {usd(f['premium'], ms)} due on {f['fd'](days(t, 1))} was not paid by the end of "
               f"the grace period on {f['fd'](days(t, 31))}. As a result, your coverage terminated effective "
               f"{f['fd'](t)}, the last day of the month for which premium was paid. Claims for services after "
               "that date are denied for lack of eligibility, and payments we already made are reversed:", 10)
    elif kind == "employment":
        d.para(f"Dear {f['member']}:", 10)
        d.para(f"{f['emp']} told us on {f['fd'](days(f['notice'], -9))} that your job ended and that your "
               f"coverage should have stopped on {f['fd'](t)}. Because you were no longer on the plan after that "
               "day, we cannot pay for care you received later. We took back our payments on these claims:", 10)
    else:
        d.para(f"Dear {f['sub']}:", 10)
        d.para(f"Our records show that your child {f['member']} turned 26 during the month that ended "
               f"{f['fd'](t)}. A child can stay on your plan only through the end of that month. We found out only "
               f"now, so we paid some of {f['member'].split()[0]}'s care after that day by mistake. We have taken "
               "those payments back:", 10)
    claim_table(d, f)
    d.para(f"Please send a refund of {usd(tp, ms)} by {f['fd'](f['refund_by'])}, or call us at {f['ph']} to set "
           "up a payment plan. The providers may bill you for these services.", 10)
    d.text_line("If you disagree", 10.5, "B", h=6)
    d.para(appeal_text(f) + " Include any proof of coverage, such as a bank record of premium paid.", 10)
    d.para("Sincerely,\nEligibility & Recovery Services\n" + f["ins"], 10)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    kind = f["kind"]
    cl = f["claims"]
    den = None if kind == "reinstate" else "eligibility"
    dtype = "other" if den is None else ("eob" if kind == "eob" else "denial_letter")
    dl = None
    alts: dict = {}
    if den and kind != "upheld":
        if f["app"] == "recv":
            alts["appeal_deadline"] = [iso(days(f["notice"], 180)), iso(days(f["notice"], 185))]
        else:
            dl = iso(f["dl"])
    if kind == "upheld":
        cases = [f["appeal_no"], cl[0]["no"]]
    else:
        cases = [c["no"] for c in cl]
    unscored = [] if f["same"] else ["provider"]
    return truth(dtype, den, f["lang"], insurer=f["ins"], group_number=f["grp"], member_id=f["mid"],
                 member_name=f["member"], case_numbers=cases, claim_amount=m2(sum(c["billed"] for c in cl)),
                 service_dates=[iso(c["date"]) for c in cl], denial_date=iso(f["notice"]),
                 provider=cl[0]["doc"] if f["same"] else None, appeal_deadline=dl, alternates=alts,
                 unscored=unscored)


# (stem, condition, kind, insurer, label set, date style, money style, claims, lang, appeal wording)
PLAN = [
    ("retro_termination_recoupment_bd_premium_grace_period", "born_digital", "premium", C, 1, "long", "plain", 3,
     "en", "stmt60"),
    ("retro_termination_recoupment_bd_adjusted_eob", "born_digital", "eob", D, 2, "abbr", "nosign", 1, "en",
     "date"),
    ("retro_termination_recoupment_scan_employment_ended", "scan_clean_300", "employment", D, 3, "slash", "plain", 2,
     "en", "date"),
    ("retro_termination_recoupment_lowres_aviso_es", "scan_lowres_150", "es", C, "es", "es", "es", 2, "es",
     "stmt60"),
    ("retro_termination_recoupment_copy_reinstated", "photocopy", "reinstate", C, 2, "dmy", "usd", 2, "en", "none"),
    ("retro_termination_recoupment_rot_dependent_age_26", "rotated", "dependent", D, 1, "abbr", "bare", 2, "en",
     "recv"),
    ("retro_termination_recoupment_faxs_appeal_upheld", "fax_standard_g4", "upheld", D, 3, "iso", "plain", 1, "en",
     "none"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, lab, ds, ms, n, lang, app) in enumerate(PLAN):
        r = random.Random(94100 + i)
        f = facts(r, kind, ins, lab, ds, ms, n, lang, app)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
