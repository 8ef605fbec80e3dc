"""Family 'medicaid_nursing_facility_bed_hold_claim_denial': a state Medicaid agency's or Medicaid managed care
plan's papers on a nursing facility's bed-hold (reserve bed) days billed while a resident was in the hospital or
on therapeutic home leave: remittance advices to the facility denying days because the annual bed-hold limit was
reached or the leave was not documented, a plan's letter that the facility's occupancy was below the threshold,
a notice to the resident, a Spanish notice to the resident's family, one paid remittance, and a fax stack (cover,
plan letter to the facility, copy of the resident notice).

All agencies, plans, facilities, residents, numbers and phones are invented (555 numbers). Decoys: per-diem
rates, days billed vs allowed, hospital admission and return dates, other residents' claims, provider numbers,
NPIs, dates of birth, the limit and occupancy figures, fair-hearing deadlines.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, pdf_bytes, truth

FAMILY = "medicaid_nursing_facility_bed_hold_claim_denial"
LANG = "en"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

STATES = [("Kestrel State Department of Medical Assistance", "Kestrel Medicaid", "PO Box 30512", "Hollin City, KS 66699"),
          ("Commonwealth of Averlin Office of Medicaid Services", "Averlin Medicaid", "PO Box 8841",
           "Dunmore Falls, KY 40699")]
MCOS = [("Larkspur Community Care Plan", "LTSS Medicaid Managed Care", "PO Box 6120", "Westray, OH 43999"),
        ("Bridgeline Health Partners", "STAR+PLUS Long-Term Care", "PO Box 4477", "Palo Duro, TX 79199")]
FACS = ["Meadowlark Ridge Nursing & Rehabilitation Center", "Saint Ottilie Care Center", "Harbourne Gardens Skilled Nursing",
        "Elmstead Manor Health Care Center"]
FIRST = ["Wilhelmina", "Augustin", "Perpetua", "Casimir", "Yevgenia", "Obadiah", "Marguerite", "Thaddeus", "Zofia",
         "Bernadine"]
LAST = ["Kowalczyk", "Abernethy-Soto", "Delacroix", "Ostrowski", "Fenwright", "Achterberg", "Mulcahy", "Ravensworth"]
FIRST_ES = ["Eustaquia", "Anacleto", "Remedios", "Filiberto", "Consuelo"]
LAST_ES = ["Arredondo", "Villaseñor", "Quiñones", "Barrientos", "Ocampo"]


def digits(r, n):
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def usd(v):
    return f"${v:,.2f}"


def new_doc():
    d = Doc("DejaVu", footer="Page {p} of {n}")
    d.add_font("DejaVu", "B", DEJAVU_B)
    return d


def kv(d, rows, w=55, size=9.5):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.2, k)
        d.font(size)
        d.multi_cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")


def facts(r, lang="en", payer="state", leave="hospital"):
    pay = r.choice(STATES if payer == "state" else MCOS)
    date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 160))
    start = date - dt.timedelta(days=r.randint(25, 70))
    nd = r.randint(5, 11)
    end = start + dt.timedelta(days=nd - 1)
    rate = round(r.randint(168, 265) + r.choice([0.0, 0.4, 0.75, 0.12]), 2)
    if lang == "es":
        first, last = r.choice(FIRST_ES), r.choice(LAST_ES)
    else:
        first, last = r.choice(FIRST), r.choice(LAST)
    mid = r.choice("ABCDEFGHJLMNPRST")
    used = r.randint(12, 14)
    return dict(pay=pay, date=date, start=start, end=end, nd=nd, rate=rate, billed=round(rate * nd, 2),
                name=f"{first} {mid}. {last}", first=first, mid=mid, last=last, mid_id=digits(r, 10) if payer == "state"
                else f"LC{digits(r, 9)}", fac=r.choice(FACS), npi="1" + digits(r, 9), provno=digits(r, 7),
                tcn=digits(r, 17) if payer == "state" else f"{date.year}{digits(r, 8)}", leave=leave,
                dob=dt.date(r.randint(1929, 1950), r.randint(1, 12), r.randint(1, 28)), used=used,
                limit=15 if leave == "hospital" else 18, occ=r.randint(78, 88), thresh=90,
                hosp="Wyndcliff Regional Medical Center", phone=f"(555) {r.randint(200, 989)}-{r.randint(1000, 9999)}",
                ref=f"BH-{digits(r, 7)}", rel="daughter")


def ra(f, ds, status, reason):
    """Remittance advice with the bed-hold claim and one other resident's routine-day claim above it."""
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    d.add_page()
    d.text_line(f["pay"][0], 13, "B")
    d.text_line(f"{f['pay'][1]} - Long Term Care Remittance Advice", 10, "B")
    d.text_line(f"{f['pay'][2]}, {f['pay'][3]}   Provider Services {f['phone']}", 8.5)
    d.rule(0.5, 3)
    kv(d, [("Payee:", f["fac"]), ("Medicaid Provider No.:", f["provno"]), ("NPI:", f["npi"]),
           ("RA Date:", D(f["date"])), ("Payment No.:", digits(random.Random(f["tcn"]), 8))], 48, 9)
    d.ln(2)
    o = random.Random(f["tcn"] + "o")
    orate = f["rate"]
    od = o.randint(20, 30)
    d.text_line("PAID CLAIMS - ROUTINE NURSING FACILITY DAYS", 9.5, "B")
    d.table(["Recipient", "Recipient ID", "TCN", "From", "Thru", "Rev", "Units", "Billed", "Paid"],
            [[f"{o.choice([x for x in LAST if x != f['last']])}, {o.choice([x for x in FIRST if x != f['first']])}", digits(o, 10), digits(o, 17), D(f["start"] - dt.timedelta(days=30)),
              D(f["start"] - dt.timedelta(days=31 - od)), "0120", str(od), f"{orate * od:,.2f}", f"{orate * od:,.2f}"]],
            [30, 22, 34, 18, 18, 10, 10, 19, 19], size=7.2)
    title = "PAID CLAIMS - BED HOLD / RESERVE BED DAYS" if status == "paid" else \
        "DENIED / PARTIALLY DENIED CLAIMS - BED HOLD / RESERVE BED DAYS"
    d.text_line(title, 9.5, "B")
    rev = "0185" if f["leave"] == "hospital" else "0183"
    allowed = f["nd"] if status == "paid" else f["allow"]
    pd = round(f["rate"] * allowed, 2)
    d.table(["Recipient", "Recipient ID", "TCN", "From", "Thru", "Rev", "Units", "Billed", "Paid", "EOB"],
            [[f"{f['last']}, {f['first']} {f['mid']}", f["mid_id"], f["tcn"], D(f["start"]), D(f["end"]), rev,
              str(f["nd"]), f"{f['billed']:,.2f}", f"{pd:,.2f}", "" if status == "paid" else f["eobc"]],
             ["*Claim total", "", "", "", "", "", str(f["nd"]), f"{f['billed']:,.2f}", f"{pd:,.2f}", ""]],
            [30, 22, 34, 18, 18, 10, 10, 19, 19, 10], size=7.2)
    d.font(8.5)
    d.multi_cell(0, 4.4, f"Per-diem rate {usd(f['rate'])}; reserve bed days paid at 100% of the facility per diem. "
                         f"Units billed {f['nd']}, units allowed {allowed}.", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.text_line("EXPLANATION OF BENEFIT CODES", 9.5, "B")
    if status != "paid":
        d.para(f"{f['eobc']}  {reason}", 8.5)
    d.para("0120  Routine nursing facility days paid at the facility per diem.", 8.5)
    dl = f["date"] + dt.timedelta(days=f["appeal_days"])
    d.para(f"Provider appeal rights: a provider who disagrees with a denial on this remittance may request an "
           f"administrative review within {f['appeal_days']} days of the date of this remittance advice. Send the "
           f"request with the remittance page and supporting records to the address above.", 8.5)
    return pdf_bytes(d), dl


def facility_letter(f, ds, reason_kind):
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    d.add_page()
    d.text_line(f["pay"][0], 14, "B")
    d.text_line(f"{f['pay'][1]}  |  {f['pay'][2]}, {f['pay'][3]}  |  {f['phone']}", 8.5)
    d.rule(0.6, 4)
    d.text_line(D(f["date"]), 10.5)
    d.ln(3)
    for ln in (f["fac"], "Attn: Business Office Manager", f"NPI {f['npi']}"):
        d.text_line(ln, 10)
    d.ln(3)
    d.text_line("Notice of Denial: Bed-Hold (Reserve Bed) Days", 12.5, "B")
    d.ln(1)
    kv(d, [("Member:", f["name"]), ("Member ID:", f["mid_id"]), ("Date of birth:", fmt_date(f["dob"], "slash")),
           ("Claim number:", f["tcn"]), ("Reference:", f["ref"]),
           ("Leave type:", "Hospital leave" if f["leave"] == "hospital" else "Therapeutic home leave"),
           ("Leave dates billed:", f"{D(f['start'])} through {D(f['end'])} ({f['nd']} days)"),
           ("Per-diem rate / billed:", f"{usd(f['rate'])} x {f['nd']} = {usd(f['billed'])}")], 52)
    d.ln(3)
    if reason_kind == "occupancy":
        d.para(f"Reserve bed days are paid only when the facility's occupancy was at least {f['thresh']}% during the "
               f"month the leave began. Your cost report and census show an occupancy of {f['occ']}% for "
               f"{f['start'].strftime('%B %Y')}. Because occupancy was below the threshold, a bed was available "
               f"on the resident's return and the bed-hold days are not covered. All {f['nd']} days are denied.")
    else:
        d.para(f"The member had already used {f['used']} of the {f['limit']} hospital bed-hold days allowed per "
               f"calendar year before this leave. We approved {f['allow']} day(s) and denied "
               f"{f['nd'] - f['allow']} day(s) because the annual bed-hold limit was reached. The hospital "
               f"admission at {f['hosp']} is not in question.")
    dl = f["date"] + dt.timedelta(days=60)
    d.text_line("Your appeal rights", 11, "B")
    d.para("If you disagree, you may file a provider appeal (reconsideration) within 60 days of the date of this "
           "letter. The member and the member's representative have separate appeal and state fair hearing rights, "
           "described in the notice sent to the member. The facility may not bill the member for denied bed-hold "
           "days.")
    d.para(f"Sincerely,\nLong-Term Services Utilization Review\n{f['pay'][0]}")
    return pdf_bytes(d), dl


RES = {
    "en": dict(title="Notice of Action: Reserve Bed Days Not Paid", dear="Dear", member="Member", mid="Member ID",
               fac="Nursing facility", leave="Leave dates", days="Days requested / approved", claim="Claim number",
               appeal="You have the right to appeal. Ask for an appeal within 60 days of the date of this notice by "
                      "calling {p} or writing to us. If you are still unhappy after the appeal, you can ask for a "
                      "State Fair Hearing within 120 days of the appeal decision. You may have a family member, "
                      "friend or lawyer help you. The facility may not bill you for these days.",
               date_style=None),
    "es": dict(title="Aviso de acción: Días de reserva de cama no pagados", dear="Estimado/a familiar de",
               member="Residente", mid="Número de Medicaid", fac="Centro de enfermería", leave="Fechas de ausencia",
               days="Días solicitados / aprobados", claim="Número de reclamación",
               appeal="Usted tiene derecho a apelar. Pida una apelación dentro de 60 días a partir de la fecha de este "
                      "aviso llamando al {p} o por escrito. Si no está de acuerdo con la decisión de la apelación, "
                      "puede pedir una audiencia imparcial estatal dentro de 120 días de esa decisión. El centro no "
                      "puede cobrarle a usted ni al residente por estos días.", date_style="es"),
}


def resident_notice(f, ds, lang, reason_kind):
    T = RES[lang]
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    d.add_page()
    d.text_line(f["pay"][0], 14, "B")
    d.text_line(f"{f['pay'][2]}, {f['pay'][3]}   {f['phone']}   TTY 711", 8.5)
    d.rule(0.6, 4)
    d.text_line(D(f["date"]), 10.5)
    d.ln(3)
    addressee = f["name"] if lang == "en" else f"Familia de {f['name']}"
    for ln in (addressee, f"c/o {f['fac']}", "2250 Pellham Crossing", "Dunmore Falls, KY 40601" if f["pay"] in STATES
               else "Westray, OH 43901"):
        d.text_line(ln, 10)
    d.ln(3)
    d.text_line(T["title"], 12.5, "B")
    d.ln(1)
    kv(d, [(T["member"] + ":", f["name"]), (T["mid"] + ":", f["mid_id"]), (T["fac"] + ":", f["fac"]),
           (T["claim"] + ":", f["tcn"]), (T["leave"] + ":", f"{D(f['start'])} - {D(f['end'])}"),
           (T["days"] + ":", f"{f['nd']} / {f['allow']}")], 58)
    d.ln(3)
    if lang == "es":
        d.para(f"{T['dear']} {f['name']}:")
        d.para(f"El centro de enfermería pidió a Medicaid que pagara {f['nd']} días para reservar la cama de "
               f"{f['first']} mientras estaba en el hospital. Medicaid paga hasta {f['limit']} días de reserva de "
               f"cama por hospital en cada año calendario. Ya se habían usado {f['used']} días este año. Por eso "
               f"aprobamos {f['allow']} día(s) y negamos los demás: se alcanzó el límite anual de días de reserva "
               f"de cama. Esto no cambia el derecho de {f['first']} a regresar al centro.")
    elif reason_kind == "undocumented":
        d.para(f"{T['dear']} {f['first']} {f['last']}:")
        d.para(f"Your nursing facility asked us to pay {f['nd']} days to hold your bed while you were on a home "
               "visit (therapeutic leave). Therapeutic leave is paid only when the leave is part of your plan of "
               "care and is written in your record with a physician's order. The facility's records do not show a "
               f"physician's order or plan of care entry for this leave, so we cannot pay these days. We approved "
               f"{f['allow']} days.")
    else:
        d.para(f"{T['dear']} {f['first']} {f['last']}:")
        d.para(f"Your nursing facility asked us to pay {f['nd']} days to hold your bed while you were in the "
               f"hospital. Medicaid pays up to {f['limit']} hospital bed-hold days each calendar year. You had "
               f"already used {f['used']} days, so we approved {f['allow']} day(s) and denied the rest because "
               "the yearly limit was reached.")
    d.para(T["appeal"].format(p=f["phone"]))
    return pdf_bytes(d), f["date"] + dt.timedelta(days=60)


def t_common(f, dl, insurer, alts=None, den_dates=None, amount=True, ref=False):
    a = {"service_dates": [[f["start"].isoformat(), f["end"].isoformat()]], "insurer": [f["pay"][1]]}
    a.update(alts or {})
    return dict(insurer=insurer, member_id=f["mid_id"], member_name=f["name"],
                case_numbers=[f["tcn"], f["ref"]] if ref else [f["tcn"]],
                claim_amount=f"{f['billed']:.2f}" if amount else None, service_dates=[f"{f['start'].isoformat()}/{f['end'].isoformat()}"],
                denial_date=f["date"].isoformat(), provider=f["fac"], appeal_deadline=dl, alternates=a)


PLAN = [
    ("bd_ra_hospital_bed_hold_annual_limit", "born_digital", "ra_limit", "state", "hospital", "slash", "en"),
    ("bd_plan_letter_occupancy_below_threshold", "born_digital", "fac_occ", "mco", "hospital", "long", "en"),
    ("scan300_resident_notice_leave_not_documented", "scan_clean_300", "res_undoc", "mco", "therapeutic", "abbr",
     "en"),
    ("lowres_ra_bed_hold_days_paid", "scan_lowres_150", "ra_paid", "state", "hospital", "iso", "en"),
    ("copy_aviso_familia_limite_anual", "photocopy", "res_limit", "state", "hospital", "es", "es"),
    ("faxstd_stack_plan_letter_and_resident_notice", "fax_standard_g4", "stack", "mco", "hospital", "dmy", "en"),
    ("phone_ra_therapeutic_leave_undocumented", "phone_photo", "ra_undoc", "state", "therapeutic", "mdy_nopad", "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, payer, leave, ds, lang) in enumerate(PLAN):
        r = random.Random(153600 + i)
        f = facts(r, lang, payer, leave)
        f["allow"] = max(0, f["limit"] - f["used"]) if kind in ("ra_limit", "res_limit", "stack") else 0
        f["appeal_days"] = r.choice([30, 60])
        ins = f["pay"][0]
        den_sub = None
        if f["allow"]:
            den_sub = f"{(f['start'] + dt.timedelta(days=f['allow'])).isoformat()}/{f['end'].isoformat()}"
        if kind.startswith("ra"):
            if kind == "ra_paid":
                pdf, dl = ra(f, ds, "paid", "")
                t = truth("eob", None, **t_common(f, None, ins, {"appeal_deadline": [dl.isoformat()]}))
            else:
                f["eobc"] = "4417" if kind == "ra_limit" else "4426"
                reason = ("Annual hospital bed-hold (reserve bed) day limit of 15 days per calendar year reached. "
                          "Days over the limit are denied." if kind == "ra_limit" else
                          "Therapeutic leave days denied: leave not documented in the resident's plan of care / no "
                          "physician order on file.")
                pdf, dl = ra(f, ds, "deny", reason)
                t = truth("eob", "not_covered" if kind == "ra_limit" else "other",
                          denial_alternates=["other"] if kind == "ra_limit" else ["not_covered"],
                          **t_common(f, dl.isoformat(), ins, den_dates=den_sub))
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)]))
        elif kind == "fac_occ":
            pdf, dl = facility_letter(f, ds, "occupancy")
            t = truth("denial_letter", "not_covered", denial_alternates=["other"],
                      **t_common(f, dl.isoformat(), ins, ref=True))
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)]))
        elif kind.startswith("res"):
            pdf, dl = resident_notice(f, ds, lang, "undocumented" if kind == "res_undoc" else "limit")
            t = truth("denial_letter", "other" if kind == "res_undoc" else "not_covered", lang=lang,
                      denial_alternates=["not_covered"] if kind == "res_undoc" else ["other"],
                      **t_common(f, dl.isoformat(), ins, den_dates=den_sub, amount=False))
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)]))
        else:
            p1, dl1 = facility_letter(f, ds, "limit")
            p2, dl2 = resident_notice(f, ds, "en", "limit")
            t1 = truth("denial_letter", "not_covered", denial_alternates=["other"],
                       **t_common(f, dl1.isoformat(), ins, den_dates=den_sub, ref=True))
            t2 = truth("denial_letter", "not_covered", denial_alternates=["other"],
                       **t_common(f, dl2.isoformat(), ins, den_dates=den_sub, amount=False))
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(p1, t1), (p2, t2)], separators=["cover", None]))
    return items
