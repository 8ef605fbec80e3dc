"""Family 'hospital_claim_itemization_request': an insurer's letters that pend a hospital claim until the hospital
sends an itemized bill or the medical records, and the letters and EOB that deny it after no reply. Addressed to the
hospital (Re: patient block) or to the member (the member's copy, "You do not need to do anything"). Requests deny
nothing (reply-by date, a checklist of what is needed); denials say "records not received" or only plain words ("we
asked ... and did not get it, so we cannot pay"); one EOB line with a remark code; one Spanish member letter.

Issuers: Locronan Mutual Health Insurance Company (logo word "LOCRONAN" over a rule, "Mutual Health Insurance
Company · Claims Review" line) and Plougastel Health Plan (return-address block top left: name, "Clinical Claim
Review", PO Box, town; signature block of a claim analyst). Hospitals Saint Tugdual Medical Center, Pont-Aven
Regional Hospital, Morlaix Valley Hospital. Decoys: patient account number, the hospital's NPI and Tax ID, the
reply-by date, date the claim was received, the 45-day resubmission window, the threshold in the itemization policy.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundy_famya import address, days, fax, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "hospital_claim_itemization_request"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LM, PG = "Locronan Mutual Health Insurance Company", "Plougastel Health Plan"
HOSP = ["Saint Tugdual Medical Center", "Pont-Aven Regional Hospital", "Morlaix Valley Hospital"]
LABELS = [("Date", "Patient", "Member ID", "Group number", "Claim number", "Dates of service", "Total charges",
           "Patient account number"),
          ("Letter date", "Member", "Subscriber ID", "Group #", "Claim #", "Admission - discharge", "Billed amount",
           "Hospital account #"),
          ("Date of letter", "Patient name", "ID number", "Employer group", "Claim reference", "Stay",
           "Amount billed", "Provider account")]
LABELS_ES = ("Fecha", "Paciente", "Número de afiliado", "Número de grupo", "Número de reclamación",
             "Fechas de servicio", "Cargos totales", "Número de cuenta del hospital")


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(19, 14, 19))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str, ms: str, to: str) -> dict:
    lang = "es" if kind == "es" else "en"
    date = dt.date(2026, 2, 20) + dt.timedelta(days=r.randint(0, 200))
    adm = days(date, -r.randint(40, 90))
    los = r.randint(2, 7)
    return dict(kind=kind, ins=ins, L=LABELS_ES if lang == "es" else LABELS[lab], ds=ds, ms=ms, to=to, lang=lang,
                date=date, adm=adm, dis=days(adm, los), recv=days(adm, los + r.randint(8, 20)),
                asked=days(date, -r.randint(46, 60)), reply=days(date, 45), member=person(r, lang),
                addr=address(r, lang), hosp=r.choice(HOSP),
                mid=mixed(r, "LMH999999999") if ins == LM else mixed(r, "PGH-99999-99"),
                grp=mixed(r, "99999") if ins == LM else mixed(r, "G-9999"),
                claim=mixed(r, "26999A99999") if ins == LM else mixed(r, "99-999999-99"),
                req="IR-" + mixed(r, "9999999"), acct=mixed(r, "99999999"), npi=npi(r), tin=mixed(r, "99-9999999"),
                amt=money(r, 18000, 96000), ph=phone(r), fx=fax(r))


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == LM:
        d.text_line("LOCRONAN", 23, "B", h=10)
        d.rule(0.9, 1)
        d.text_line("Mutual Health Insurance Company · Claims Review · PO Box 5512 · Thief River Falls, MN 56701", 8.3,
                    h=4.4)
    else:
        for ln, s, st in ((PG, 12.5, "B"), ("Clinical Claim Review", 9, ""), ("PO Box 2044", 9, ""),
                          ("Guymon, OK 73942", 9, "")):
            d.text_line(ln, s, st, h=5)
        d.text_line(f"Fax {f['fx']}", 8.5, h=4.5)
        d.rule(0.3, 1)
    d.ln(5)


def block(d: Page, rows: list[tuple[str, str]], w: float = 58) -> None:
    for a, b in rows:
        d.font(9.5, "B")
        d.cell(w, 5.1, a + ":")
        d.font(9.5)
        d.cell(0, 5.1, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def build(f: dict) -> bytes:
    L, es, k, ms = f["L"], f["lang"] == "es", f["kind"], f["ms"]
    d = Page("Página {p} de {n}" if es else "Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f, f["date"]), 10, h=5)
    d.ln(2)
    if f["to"] == "hospital":
        for ln in (f["hosp"], "Attn: Patient Financial Services", "400 Ploumanach Lane", "Hood River, OR 97031"):
            d.text_line(ln, 10, h=5)
    else:
        for ln in [f["member"], *f["addr"]]:
            d.text_line(ln, 10, h=5)
    d.ln(4)
    stay = f"{fd(f, f['adm'])} - {fd(f, f['dis'])}"
    rows = [(L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"]), (L[4], f["claim"]),
            ("Hospital", f["hosp"]), (L[5], stay), (L[6], usd(f["amt"], ms))]
    if f["to"] == "hospital":
        rows += [(L[7], f["acct"]), ("NPI / Tax ID", f"{f['npi']} / {f['tin']}")]
    if k in ("itemize_hosp", "records_rot"):
        rows.insert(4, ("Information request ID", f["req"]))
    if k == "itemize_hosp":
        d.text_line("REQUEST FOR ITEMIZED BILL", 13, "B", h=7)
        block(d, rows)
        d.para(f"We received the claim below on {fd(f, f['recv'])}. Total charges are more than $15,000.00, so under "
               "our itemized bill review policy we need an itemized statement before we can finish processing it. "
               "The claim is pended. Please send:")
        for x in ("a UB-04 itemized statement listing every revenue code, HCPCS/CPT code, unit and charge;",
                  "the room and board charges by date;", "the pharmacy and supply detail (NDC where billed)."):
            d.para("  •  " + x, gap=0.5)
        d.ln(2)
        d.para(f"Please send it by {fd(f, f['reply'])} to fax {f['fx']} or upload it to the provider portal with the "
               "request ID above. If we do not receive it, the claim may be denied. This is not a denial.")
    elif k == "member_info":
        d.text_line("We need more information about your hospital claim", 13, "B", h=7)
        block(d, rows)
        d.para(f"{f['hosp']} sent us a claim for your stay. Before we can pay it, we have asked the hospital for an "
               "itemized bill and the discharge summary. We are sending you this copy so you know why your claim "
               "is taking longer. You do not need to do anything. You will get an Explanation of Benefits when the "
               f"claim is finished. The hospital has until {fd(f, f['reply'])} to send the papers.")
        d.para(f"Questions? Call Member Services at {f['ph']}, Monday to Friday, 8 a.m. to 6 p.m.")
    elif k == "records_rot":
        d.text_line("Medical records needed to process claim", 13, "B", h=7)
        block(d, rows)
        d.para("Please send the records listed below so we can decide this claim. We have not denied it. Until we "
               "get them it stays open.")
        d.table(["Record", "Needed"], [["History and physical", "Yes"], ["Physician orders and progress notes", "Yes"],
                                       ["Discharge summary", "Yes"], ["Operative report", "If surgery"],
                                       ["Itemized bill", "Yes"]], [90, 40], size=9)
        d.para(f"Reply by {fd(f, f['reply'])}. Mail: Clinical Claim Review, PO Box 2044, Guymon, OK 73942. Fax "
               f"{f['fx']}. Write the claim number on every page.")
    elif k == "es":
        d.text_line("Su reclamación del hospital fue denegada", 13, "B", h=7)
        block(d, rows)
        d.para(f"El {fd(f, f['asked'])} le pedimos a {f['hosp']} los expedientes médicos de su hospitalización. No "
               "los recibimos. Sin esos expedientes no podemos saber qué servicios se dieron, por eso denegamos la "
               "reclamación: expedientes médicos no recibidos.")
        d.para("Si el hospital nos envía los expedientes, volveremos a revisar la reclamación. Usted también puede "
               "apelar esta decisión dentro de 180 días a partir de la fecha de esta carta. Llame al "
               f"{f['ph']} si tiene preguntas.")
    else:
        title = {"deny_hosp": "CLAIM DENIAL - RECORDS NOT RECEIVED", "deny_plain": "Notice of claim decision"}[k]
        d.text_line(title, 13, "B", h=7)
        block(d, rows)
        if k == "deny_hosp":
            d.para(f"On {fd(f, f['asked'])} we asked for the itemized bill for this claim (request {f['req']}). We "
                   "did not receive it within 45 days. The claim is denied: requested records not received. Denial "
                   "code RNR-45.")
            d.para("You may send the itemized bill as a corrected claim, or appeal this decision in writing within "
                   "180 days of the date of this letter. Per your provider agreement, the member may not be billed "
                   "for charges denied for missing information.")
        else:
            d.para(f"We wrote to {f['hosp']} on {fd(f, f['asked'])} to ask for the hospital's bill showing each "
                   "charge and for the notes from your stay. We never got them. We cannot tell what we would be "
                   "paying for, so we will not pay this claim now.")
            d.para(f"If you disagree, you can appeal. Your appeal must reach us by {fd(f, days(f['date'], 60))}. If "
                   "the hospital sends the papers later, we will look at the claim again.")
    d.ln(2)
    d.text_line("Atentamente," if es else "Sincerely,", 10, h=5)
    d.text_line("Claim Analyst, Clinical Claim Review" if f["ins"] == PG else "Claims Review Department", 10, h=5)
    if f["to"] == "member" and k != "es":
        d.text_line(f"cc: {f['hosp']}", 8.5, h=4.5)
    return pdf_bytes(d)


def build_eob(f: dict) -> bytes:
    L, ms = f["L"], f["ms"]
    d = Page("Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B", h=7)
    d.text_line("This is not a bill", 9, h=5)
    d.ln(2)
    block(d, [("Statement date", fd(f, f["date"])), (L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"]),
              (L[4], f["claim"]), ("Provider", f["hosp"])], w=48)
    adm, dis = fdate(f["adm"], "slash"), fdate(f["dis"], "slash")
    d.table(["Service dates", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Remark"],
            [[f"{adm}-{dis}", "Inpatient hospital", usd(f["amt"], ms), "0.00", "0.00", "0.00", "N4"],
             ["*Total", "", usd(f["amt"], ms), "0.00", "0.00", "0.00", ""]],
            [44, 34, 24, 20, 20, 18, 14], size=8.4, aligns="LLRRRRL", head_fill=True)
    d.para("N4 - Claim denied. We asked the provider for an itemized bill and it was not received. You do not owe "
           "this amount. The provider may resubmit the claim with the itemized bill.", 9)
    d.para(f"Your appeal rights: you may appeal within 180 days of the statement date. Call {f['ph']}.", 9)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    common = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
                  claim_amount=m2(f["amt"]), service_dates=[iso(f["adm"], f["dis"])], denial_date=iso(f["date"]),
                  provider=f["hosp"])
    alts = {"service_dates": [[iso(f["adm"])]]}
    if k in ("itemize_hosp", "member_info", "records_rot"):
        cases = [f["claim"]] + ([f["req"]] if k != "member_info" else [])
        if len(cases) > 1:
            alts["case_numbers"] = [[f["claim"]]]
        return truth("other", None, f["lang"], case_numbers=cases, alternates=alts, **common)
    cases = [f["claim"]] + ([f["req"]] if k == "deny_hosp" else [])
    if len(cases) > 1:
        alts["case_numbers"] = [[f["claim"]]]
    dl = iso(days(f["date"], 60 if k == "deny_plain" else 180))
    return truth("eob" if k == "eob" else "denial_letter", "other", f["lang"], case_numbers=cases,
                 appeal_deadline=dl, alternates=alts, **common)


# (stem suffix, condition, kind, issuer, label set, date style, money style, addressee)
PLAN = [
    ("bd_itemize_request_to_hospital", "born_digital", "itemize_hosp", LM, 0, "long", "plain", "hospital"),
    ("bd_member_copy_pending", "born_digital", "member_info", PG, 1, "abbr", "plain", "member"),
    ("scan_denied_records_not_received", "scan_clean_300", "deny_hosp", PG, 2, "slash", "nosign", "hospital"),
    ("lowres_eob_remark_n4", "scan_lowres_150", "eob", LM, 1, "slash", "plain", "member"),
    ("copy_spanish_denied", "photocopy", "es", LM, 0, "es", "es", "member"),
    ("rot_records_request", "rotated", "records_rot", PG, 0, "iso", "plain", "hospital"),
    ("faxs_denied_plain_words", "fax_standard_g4", "deny_plain", LM, 2, "dmy", "space", "member"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, lab, ds, ms, to) in enumerate(PLAN):
        f = facts(random.Random(101510 + i), kind, ins, lab, ds, ms, to)
        pdf = build_eob(f) if kind == "eob" else build(f)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, make_truth(f))]))
    return items
