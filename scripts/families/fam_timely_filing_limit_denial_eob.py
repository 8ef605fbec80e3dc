"""Family 'timely_filing_limit_denial_eob': claims denied because they reached the payer after the plan's filing
limit (CARC 29 "The time limit for filing has expired"): member EOBs (one with a second, paid claim beside the denied
one; one in Spanish; one that says it only in plain words) and provider notices (a remittance-style letter with the
patient account number as a decoy), each printing the claim received date, the filing limit in days and the service
dates, with the note that an in-network provider may not bill the member; one letter reverses the denial after the
provider sent proof of timely filing (denies nothing). All values invented.

Payers: Neringa Health Assurance (logo word over a rule, member EOBs) and Zarasai Community Health Plan (parent line
"A Moletai Mutual Holdings company", return-address block). Providers: Silute Imaging Center, Joniskis Internal
Medicine, Sakiai Surgical Partners, Kretinga Physical Therapy.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundaj_famja import address, clinician, days, fdate, iso, m2, mixed, money, npi, person, tollfree, usd

FAMILY = "timely_filing_limit_denial_eob"
LANG = "en"
NE, ZA = "Neringa Health Assurance", "Zarasai Community Health Plan"
PROV = ["Silute Imaging Center", "Joniskis Internal Medicine", "Sakiai Surgical Partners", "Kretinga Physical Therapy"]
LABELS = [("Claim number", "Statement date", "Date claim received", "Billed"),
          ("Claim #", "Date issued", "Received on", "Amount charged"),
          ("Claim ID", "Processed date", "Receipt date", "Provider charges")]
SVC = {"Silute Imaging Center": [("CT abdomen/pelvis w/ contrast", "74177"), ("Contrast material", "Q9967")],
       "Joniskis Internal Medicine": [("Office visit, established", "99214"), ("Hemoglobin A1c", "83036"),
                                      ("Venipuncture", "36415")],
       "Sakiai Surgical Partners": [("Excision, benign lesion", "11403"), ("Pathology, surgical", "88305")],
       "Kretinga Physical Therapy": [("Therapeutic exercise", "97110"), ("Manual therapy", "97140")]}


def facts(r: random.Random, kind: str, ins: str, prov: str, lab: int, ds: str, ms: str, limit: int) -> dict:
    lang = "es" if kind == "es" else "en"
    dec = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 240))
    late = r.randint(25, 110)
    first = days(dec, -(limit + late + r.randint(8, 20)))
    span = kind == "pt"
    end = days(first, 21) if span else first
    received = days(first if not span else end, limit + late)
    lines = []
    if span:
        for k in range(4):
            d = days(first, 7 * k)
            lines.append(dict(date=d, desc=SVC[prov][k % 2][0], code=SVC[prov][k % 2][1], ch=money(r, 90, 170)))
    else:
        for desc, code in SVC[prov]:
            lines.append(dict(date=first, desc=desc, code=code, ch=money(r, 30, 900)))
    total = round(sum(x["ch"] for x in lines), 2)
    member = person(r, lang)
    sub = member
    dep = kind in ("two", "pt")
    if dep:
        p = person(r, lang)
        sub = (f"{p[1]} {p[2]}. {member[3]}", p[1], p[2], member[3])
    other_date = days(dec, -r.randint(30, 60))
    return dict(kind=kind, ins=ins, prov=prov, L=LABELS[lab], ds=ds, ms=ms, lang=lang, dec=dec, first=first, end=end,
                span=span, received=received, limit=limit, lines=lines, total=total, member=member, sub=sub, dep=dep,
                addr=address(r, lang), doc=clinician(r), npi=npi(r), acct=mixed(r, "PA99999999"),
                mid=("NHA" + mixed(r, "99999999") + "-0" + ("2" if dep else "1")) if ins == NE else mixed(r, "Z999999999"),
                grp=mixed(r, "99999-999") if ins == NE else mixed(r, "ZC99999"),
                claim=mixed(r, "9999999999999") if ins == NE else "ZC" + mixed(r, "99999999"),
                claim2=mixed(r, "9999999999999"), other_date=other_date, other_ch=money(r, 80, 300),
                ph=tollfree(r), deadline=days(dec, 180), ack=days(dec, -r.randint(40, 70)),
                orig_dec=days(dec, -r.randint(45, 90)), submitted=days(first, r.randint(20, 60)))


def letterhead(d: Doc, f: dict) -> None:
    if f["ins"] == NE:
        d.text_line("NERINGA", 22, "B")
        d.rule(0.8)
        d.text_line(f"{NE}  ·  PO Box 5521, Oshoto, WY 82721  ·  Member Services {f['ph']}", 8)
    else:
        d.text_line("A Moletai Mutual Holdings company", 7.5)
        d.text_line(ZA, 15, "B")
        for ln in ("Claims Administration", "PO Box 3309", "Saco, MT 59261"):
            d.text_line(ln, 8.5)
    d.ln(5)


def reason_lines(f: dict) -> tuple[str, str]:
    lim, rec = f["limit"], fdate(f["received"], f["ds"])
    k = f["kind"]
    if k == "es":
        return ("29", f"29 - El plazo para presentar la reclamación ha vencido. Recibimos esta reclamación el {rec}; "
                f"su plan exige que las reclamaciones lleguen dentro de {lim} días a partir de la fecha del servicio. "
                "Como el proveedor pertenece a nuestra red, no puede cobrarle a usted esta cantidad.")
    if k == "plain":
        return ("", f"This claim reached us on {rec}. Your plan gives providers {lim} days from the date of service "
                "to send us a claim, and this one came in after that, so we did not pay it. Because "
                f"{f['prov']} is in our network, it may not bill you for these services.")
    return ("CARC 29", f"29 - The time limit for filing has expired. We received this claim on {rec}. The filing "
            f"limit for this plan is {lim} days from the date of service. This provider is in-network and may not "
            "bill the member for services denied for late filing.")


def eob(f: dict) -> bytes:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    es, L = f["lang"] == "es", f["L"]
    d.text_line("EXPLICACIÓN DE BENEFICIOS - ESTO NO ES UNA FACTURA" if es
                else "EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B")
    d.ln(2)
    sub, pt = f["sub"], f["member"]
    left = [sub[0], *f["addr"]]
    right = ([("Fecha del estado", fdate(f["dec"], f["ds"])), ("Número de miembro", f["mid"]),
              ("Grupo", f["grp"]), ("Paciente", pt[0])] if es else
             [(L[1], fdate(f["dec"], f["ds"])), ("Member ID", f["mid"]), ("Group number", f["grp"]),
              ("Patient", pt[0])])
    y = d.get_y()
    for i, ln in enumerate(left):
        d.set_xy(18, y + i * 5)
        d.font(10)
        d.cell(80, 5, ln)
    for i, (a, b) in enumerate(right):
        d.set_xy(110, y + i * 5)
        d.font(9, "B")
        d.cell(38, 5, a + ":")
        d.font(9)
        d.cell(0, 5, b)
    d.set_xy(18, y + 25)
    claims = []
    if f["kind"] == "two":
        claims.append(("paid", f["claim2"], "Joniskis Internal Medicine" if f["prov"] != "Joniskis Internal Medicine"
                       else "Silute Imaging Center", [dict(date=f["other_date"], desc="Office visit, new patient",
                                                           code="99203", ch=f["other_ch"])]))
    claims.append(("den", f["claim"], f["prov"], f["lines"]))
    code, text = reason_lines(f)
    for kind, num, prov, lines in claims:
        tot = round(sum(x["ch"] for x in lines), 2)
        d.font(9.5, "B")
        if es:
            d.cell(0, 5.5, f"Reclamación {num}   Proveedor: {prov}   {L[2] if False else 'Recibida'}: "
                   f"{fdate(f['received'], f['ds'])}", new_x="LMARGIN", new_y="NEXT")
        else:
            rec = f["received"] if kind == "den" else days(f["other_date"], 12)
            d.cell(0, 5.5, f"{L[0]}: {num}    Provider: {prov}    {L[2]}: {fdate(rec, f['ds'])}",
                   new_x="LMARGIN", new_y="NEXT")
        head = (["Fecha", "Servicio", "Código", "Cargos", "Permitido", "Pagado", "Usted debe", "Nota"] if es else
                ["Date", "Service", "Code", L[3], "Allowed", "Plan paid", "You owe", "Remark"])
        rows = []
        for ln in lines:
            ch = usd(ln["ch"], f["ms"])
            if kind == "den":
                rows.append([fdate(ln["date"], "short"), ln["desc"], ln["code"], ch, usd(0, f["ms"]),
                             usd(0, f["ms"]), usd(0, f["ms"]), code or "A1"])
            else:
                allowed = round(ln["ch"] * 0.7, 2)
                rows.append([fdate(ln["date"], "short"), ln["desc"], ln["code"], ch, usd(allowed, f["ms"]),
                             usd(round(allowed - 30, 2), f["ms"]), usd(30, f["ms"]), "P1"])
        zero = usd(0, f["ms"])
        rows.append(["*" + ("Total" if not es else "Total"), "", "", usd(tot, f["ms"]), "", "", zero if kind == "den"
                     else usd(30, f["ms"]), ""])
        d.table(head, rows, [18, 48, 14, 22, 20, 20, 20, 16], size=8.3, aligns="LLLRRRRL")
    d.text_line("Notas / Remarks" if es else "Remark codes", 10, "B")
    if f["kind"] == "two":
        d.para("P1 - Paid under your office visit benefit; you owe the copay.", 9)
    d.para(("" if not code or es else f"{code}: ") + text if code != "" else "A1 - " + text, 9)
    d.ln(2)
    if es:
        d.para("Si no está de acuerdo con esta decisión, puede apelar dentro de 180 días a partir de la fecha de este "
               f"estado de cuenta. Llame al {f['ph']} (TTY 711). Servicios de idiomas gratuitos.", 9)
    else:
        d.para("Your right to appeal: you may ask us to review this decision within 180 days of the date of this "
               f"statement. Call {f['ph']} (TTY 711) or write to Appeals, PO Box 5522, Oshoto, WY 82721. Your plan's "
               "deductible resets on January 1; claims for prior-year services are counted toward the year of service.",
               9)
    return pdf_bytes(d)


def notice(f: dict) -> bytes:
    """Provider notice (denial) or reversal letter."""
    d = Doc("Helvetica")
    d.add_page()
    letterhead(d, f)
    L = f["L"]
    d.text_line(fdate(f["dec"], f["ds"]), 10)
    d.ln(3)
    for ln in (f["prov"], "Attn: Billing Office", f"NPI {f['npi']}"):
        d.text_line(ln, 10)
    d.ln(4)
    rev = f["kind"] == "reversal"
    d.text_line("Claim reprocessed - timely filing proof accepted" if rev else
                "Provider notice: claim denied for untimely filing", 11.5, "B")
    d.ln(2)
    sd = (fdate(f["first"], f["ds"]) + (f" through {fdate(f['end'], f['ds'])}" if f["span"] else ""))
    rows = [("Patient", f["member"][0]), ("Member ID", f["mid"]), ("Group", f["grp"]), (L[0], f["claim"]),
            ("Patient account no.", f["acct"]), ("Dates of service", sd), (L[3], usd(f["total"], f["ms"])),
            (L[2], fdate(f["received"], f["ds"])), ("Filing limit", f"{f['limit']} days")]
    for a, b in rows:
        d.font(9.5, "B")
        d.cell(52, 5, a + ":")
        d.font(9.5)
        d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    if rev:
        d.para(f"On {fdate(f['orig_dec'], f['ds'])} we denied this claim with reason code 29 (the time limit for "
               f"filing has expired) because our system showed it received on {fdate(f['received'], f['ds'])}. "
               f"Your office sent a clearinghouse acceptance report showing the claim was first submitted on "
               f"{fdate(f['submitted'], f['ds'])}, within the {f['limit']}-day filing limit.")
        d.para("We accepted this proof of timely filing and reprocessed the claim. It has been paid under the "
               "member's benefits; a corrected remittance will follow. No further action is needed. The member "
               "owes only the applicable cost share shown on the member's Explanation of Benefits.")
        d.para(f"Questions: Provider Services {f['ph']}.")
    else:
        d.para(f"Reason: CARC 29 - The time limit for filing has expired. Under your participation agreement with "
               f"{ZA if f['ins'] == ZA else NE}, claims must be received within {f['limit']} days of the date of "
               "service. This claim was received after the filing limit. Group Number and Patient account no. are "
               "printed as you billed them.")
        d.para("As a network provider you may not bill the member for services denied for late filing. Any amount "
               "the member paid toward these services must be refunded.")
        d.para("To request reconsideration, send proof of timely filing (for example an accepted clearinghouse "
               "report or a payer rejection letter dated within the filing limit) within 60 days of the date of "
               f"this notice to Provider Disputes, PO Box 3310, Saco, MT 59261, or call {f['ph']}.")
        d.para(f"Provider reconsiderations received after the deadline will not be reviewed. Rendering clinician on "
               f"the claim: {f['doc']}.")
    d.ln(3)
    d.text_line("Provider Claims Unit", 10)
    d.text_line(f["ins"], 10)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    sdates = [iso(x) for x in {ln["date"] for ln in f["lines"]}]
    alts: dict = {"provider": [f["doc"]]} if k in ("notice", "reversal", "pt") else {}
    if f["span"]:  # the notice prints only the span of the weekly visits
        sdates = [iso(f["first"], f["end"])]
    if k in ("notice", "pt"):
        dl = days(f["dec"], 60)
    elif k == "reversal":
        dl = None
    else:
        dl = days(f["dec"], 180)
    common = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"][0],
                  case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=sdates,
                  denial_date=iso(f["dec"]), provider=f["prov"], appeal_deadline=None if dl is None else iso(dl))
    if k == "reversal":
        return truth("other", None, f["lang"], alternates=alts, **common)
    if k in ("notice", "pt"):
        return truth("denial_letter", "timely_filing", f["lang"], alternates=alts, **common)
    return truth("eob", "timely_filing", f["lang"], alternates=alts, **common)


# (stem suffix, condition, kind, payer, provider, label set, date style, money style, filing limit days)
PLAN = [
    ("bd_member_eob_carc29_imaging", "born_digital", "eob", NE, "Silute Imaging Center", 0, "long", "plain", 90),
    ("bd_provider_notice_untimely", "born_digital", "notice", ZA, "Joniskis Internal Medicine", 1, "slash", "plain",
     180),
    ("scan300_reversed_proof_of_timely_filing", "scan_clean_300", "reversal", ZA, "Sakiai Surgical Partners", 2,
     "abbr", "nosign", 120),
    ("lowres_eob_plain_words_late_claim", "scan_lowres_150", "plain", ZA, "Joniskis Internal Medicine", 2, "iso",
     "plain", 180),
    ("rotated_eob_two_claims_one_late", "rotated", "two", NE, "Sakiai Surgical Partners", 1, "dmy", "plain", 90),
    ("faxstd_spanish_eob_plazo_vencido", "fax_standard_g4", "es", NE, "Silute Imaging Center", 0, "es", "plain", 90),
    ("copy_provider_notice_therapy_visits", "photocopy", "pt", ZA, "Kretinga Physical Therapy", 0, "upper", "usd",
     120),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, prov, lab, ds, ms, lim) in enumerate(PLAN):
        f = facts(random.Random(134600 + i), kind, ins, prov, lab, ds, ms, lim)
        pdf = notice(f) if kind in ("notice", "reversal", "pt") else eob(f)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, make_truth(f))]))
    return items
