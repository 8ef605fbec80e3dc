"""Family 'skilled_therapy_maintenance_denial': a commercial plan's utilization-review letters for outpatient and
home therapy (physical, occupational, speech) where more visits are denied because the therapy has become
maintenance only: the member has reached a plateau and no further measurable improvement is expected, so a
skilled therapist is not needed (medical necessity, said with the keyword, in plain words, or both). One letter
approves fewer visits than asked (partial approval), one approves every visit (denies nothing), one is sent to the
therapy clinic with a RE: block, one denies visits already given on a claim (claim number and billed amount), one
Spanish.

Issuers: Strathy Mutual Health Insurance Company (parent line "A member of the Blencathra Financial Group" above
the name, return address block, signature block of a physical-therapist reviewer) and Aviemore Health Plan (logo
word "AVIEMORE" over a rule, "Health Plan · Clinical Review" line). Providers: Pitlochry Rehab & Sports Therapy,
Helmsdale Home Health Services, Dornoch Speech & Language Clinic, Newtonmore Hand Therapy. Decoys: date of surgery
or onset, evaluation date, request received date, visits used this year ("24 of 30"), peer-to-peer deadline,
72-hour expedited appeal, 4-month external review, the reviewer's licence number.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundx_famxa import address, clinician, days, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "skilled_therapy_maintenance_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SM, AV = "Strathy Mutual Health Insurance Company", "Aviemore Health Plan"
PROV = {"pt": "Pitlochry Rehab & Sports Therapy", "home": "Helmsdale Home Health Services",
        "slp": "Dornoch Speech & Language Clinic", "ot": "Newtonmore Hand Therapy"}
SERV = {"pt": ("outpatient physical therapy", "97110 / 97140", "terapia física ambulatoria"),
        "home": ("home health physical therapy", "G0151", ""),
        "slp": ("outpatient speech therapy", "92507", ""),
        "ot": ("outpatient occupational therapy (hand)", "97530 / 97165", "")}
LABELS = [("Date", "Member", "Member ID", "Group", "Reference number", "Provider", "Dates requested"),
          ("Letter date", "Patient", "ID #", "Group no.", "Authorization request #", "Treating provider",
           "Service period"),
          ("Date of notice", "Member name", "Identification number", "Employer group", "Case ID", "Requesting provider",
           "Requested from / to")]
LABELS_ES = ("Fecha", "Afiliado", "Número de identificación", "Grupo", "Número de referencia", "Proveedor",
             "Fechas solicitadas")


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(19, 14, 19))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, serv: str, lab: int, ds: str, app: str) -> dict:
    lang = "es" if kind == "es" else "en"
    date = dt.date(2026, 2, 23) + dt.timedelta(days=r.randint(0, 200))
    start = days(date, r.randint(2, 9))
    req = r.choice([8, 12, 12, 16])
    end = days(start, 7 * (req // 2) - 1)
    f = dict(kind=kind, ins=ins, serv=serv, L=LABELS_ES if lang == "es" else LABELS[lab], ds=ds, app=app,
             lang=lang, date=date, start=start, end=end, req=req, appr=4 if kind == "partial" else 0,
             member=person(r, lang), addr=address(r, lang),
             mid=mixed(r, "SMH999999999") if ins == SM else mixed(r, "AV-99999999"),
             grp=mixed(r, "99999-A") if ins == SM else digits_g(r), ref=mixed(r, "UR2026-999999") if ins == SM else
             mixed(r, "A99999999"), prov=PROV[serv], doc=clinician(r), rev=clinician(r), npi=npi(r), ph=phone(r),
             onset=days(date, -r.randint(120, 260)), evalu=days(date, -r.randint(70, 110)),
             recv=days(date, -r.randint(2, 6)), p2p=days(date, 5), used=r.choice([18, 22, 24]), by=days(date, 180),
             lic=f"PT{r.randint(10000, 99999)}")
    if kind == "claim":
        vs = sorted({days(date, -r.randint(15, 40)) for _ in range(3)})
        f["visits"] = [(v, money(r, 140, 260)) for v in vs]
        f["billed"] = round(sum(a for _, a in f["visits"]), 2)
        f["claim"] = mixed(r, "9999A99999") if ins == SM else mixed(r, "AVC-9999999")
    f["part_end"] = days(start, 13)
    return f


def digits_g(r: random.Random) -> str:
    return str(r.randint(100000, 989999))


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == SM:
        d.text_line("A member of the Blencathra Financial Group", 7.8, h=4)
        d.text_line(SM, 13.5, "B", h=7)
        for ln in ["Utilization Management", "PO Box 8120", "Nacogdoches, TX 75961"]:
            d.text_line(ln, 8.6, h=4.3)
        d.rule(0.3, 1)
    else:
        d.text_line("AVIEMORE", 22, "B", h=9)
        d.rule(0.8, 1)
        d.text_line("Health Plan · Clinical Review · 77 Tobermory Square, Oneonta, NY 13820", 8.3, h=4.4)
    d.ln(4)


def block(d: Page, rows: list[tuple[str, str]]) -> None:
    for a, b in rows:
        d.font(9.6, "B")
        d.cell(58, 5.1, a + ":")
        d.font(9.6)
        d.cell(0, 5.1, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def build(f: dict) -> bytes:
    L, es, k = f["L"], f["lang"] == "es", f["kind"]
    what = SERV[f["serv"]][2] if es else SERV[f["serv"]][0]
    d = Page("Página {p} de {n}" if es else "Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    span = f"{fd(f, f['start'])} {'al' if es else 'through'} {fd(f, f['end'])}"
    if k == "provider":
        d.text_line(fd(f, f["date"]), 10, h=5)
        d.ln(2)
        for ln in [f["prov"], "Attn: Utilization / Authorizations", "1180 Garve Road", "Elko, NV 89801"]:
            d.text_line(ln, 10, h=5)
        d.ln(3)
        d.text_line(f"RE:  {L[1]}: {f['member']}", 9.6, "B", h=5.2)
        d.text_line(f"       {L[2]}: {f['mid']}    {L[3]}: {f['grp']}", 9.6, "B", h=5.2)
        d.text_line(f"       {L[4]}: {f['ref']}    Treating therapist NPI {f['npi']}", 9.6, "B", h=5.2)
        d.ln(3)
        d.para(f"Dear Provider: we reviewed your request received {fdate(f['recv'], 'slash')} for {f['req']} visits of "
               f"{what} for the patient above, {span}.")
        d.table(["Service", "Visits requested", "Visits approved", "Decision"],
                [[SERV[f["serv"]][1], str(f["req"]), "0", "Not approved"]], [50, 36, 36, 40], size=9)
    else:
        d.text_line(fd(f, f["date"]), 10, h=5)
        d.ln(2)
        for ln in [f["member"], *f["addr"]]:
            d.text_line(ln, 10, h=5)
        d.ln(4)
        rows = [(L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"])]
        if k == "claim":
            rows += [("Claim number", f["claim"]), (L[5], f["prov"]),
                     ("Amount billed", usd(f["billed"]))]
        else:
            rows += [(L[4], f["ref"]), (L[5], f["prov"]), (L[6], span)]
        block(d, rows)
    if k == "keyword":
        d.text_line("Notice of Adverse Benefit Determination", 12, "B", h=6.5)
        d.para(f"We reviewed the request from {f['prov']} for {f['req']} more visits of {what}. The request is denied. "
               "Reason: not medically necessary. The records show maintenance therapy only; no further functional "
               f"improvement is expected. You have made no measurable progress since your evaluation on "
               f"{fdate(f['evalu'], 'slash')}. Criteria used: Rehabilitative Therapy Guideline RT-04.")
    elif k == "partial":
        d.text_line("Your request was partly approved", 12, "B", h=6.5)
        d.table(["Visits requested", "Visits approved", "Approved dates", "Visits not approved"],
                [[str(f["req"]), "4", f"{fdate(f['start'], 'slash')} - {fdate(f['part_end'], 'slash')}",
                  str(f["req"] - 4)]], [36, 34, 60, 36], size=9)
        d.para("We approved 4 visits so your therapist can teach you and your family a home exercise program. We did "
               f"not approve the other {f['req'] - 4} visits. Your progress has leveled off, and the records do not "
               "show that you will keep getting better with more skilled therapy. Care to keep you at your current "
               "level (maintenance) can be done safely at home without a licensed therapist.")
    elif k == "plain":
        d.text_line("We cannot approve more therapy visits", 12, "B", h=6.5)
        d.para(f"Your home therapist asked for {f['req']} more visits. Your therapist's notes show that you can walk "
               "about the same distance now as you could a month ago, and your balance scores have not changed. "
               "You have gone as far as therapy can take you right now. The exercises that keep you where you are "
               "can be done by you, with help from your family, without a trained therapist coming to your home. "
               "So we will not pay for these visits.")
    elif k == "approve":
        d.text_line("Your request is approved", 12, "B", h=6.5)
        d.para(f"We approved all {f['req']} visits of {what} requested by {f['prov']}, {span}. Your therapist reports "
               "steady gains in swallowing and speech, and more progress is expected. If more visits are needed "
               "after this period, your therapist must send a new request with updated progress notes.")
        d.para(f"Visits used this plan year before this approval: {f['used']} of 60.")
    elif k == "es":
        d.text_line("Aviso de denegación de beneficios", 12, "B", h=6.5)
        d.para(f"Revisamos la solicitud de {f['prov']} de {f['req']} visitas más de {what}. La solicitud fue "
               "denegada. Motivo: no es médicamente necesaria. Los registros muestran que la terapia es de "
               "mantenimiento: ya no se espera más mejoría. Puede seguir su programa de ejercicios en casa. Fecha de "
               f"la cirugía: {fdate(f['onset'], 'slash')}.")
    elif k == "provider":
        d.para("Determination: the request does not meet medical necessity criteria. Progress notes from the last "
               "four weeks show the patient's functional scores unchanged (plateau). Services to maintain function, "
               "without expectation of significant improvement in a reasonable and predictable period, are "
               f"maintenance care. A peer-to-peer conversation may be requested by {fdate(f['p2p'], 'slash')}.")
    elif k == "claim":
        d.text_line("Claim denial: therapy visits", 12, "B", h=6.5)
        d.table(["Date of visit", "Service", "Billed", "Paid"],
                [[fd(f, v), SERV[f["serv"]][1], usd(a), usd(0)] for v, a in f["visits"]], [40, 50, 30, 30], size=9)
        d.para("We did not pay for these visits. The therapy notes show that you reached your goals and then kept the "
               "same level at each visit; the visits helped you stay where you were rather than improve. We pay for "
               "therapy that is expected to improve your condition, so these visits were not medically necessary.")
    if k != "approve":
        d.text_line("Derecho a apelar" if es else "Appeal rights", 11, "B", h=6)
        if es:
            a = "Usted puede apelar dentro de 180 días a partir de la fecha de esta carta."
        else:
            a = {"notice": "You or your provider may appeal within 180 days of the date of this letter.",
                 "date": f"Your appeal must be received by {fd(f, f['by'])}.",
                 "recv": "You may appeal within 180 days after you receive this letter."}[f["app"]]
        d.para(a + (" Si su salud está en grave riesgo, pida una apelación urgente (72 horas)." if es else
                    " If waiting could seriously harm your health, ask for an expedited appeal (decided within 72 "
                    "hours). You may also ask for an external review within 4 months of our final decision.")
               + f" {f['ph']}.")
    d.ln(2)
    d.text_line("Atentamente," if es else "Sincerely,", 10, h=5)
    d.text_line(f"{f['rev']}, PT, DPT" + ("" if es else f" · Reviewer licence {f['lic']}"), 10, h=5)
    d.text_line(("Revisión clínica, " if es else "Clinical Review, ") + f["ins"], 9, h=4.6)
    d.text_line(f"cc: {f['doc']}, MD (" + ("médico que refiere" if es else "referring physician") + ")", 8.5, h=4.5)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts: dict = {}
    span = iso(f["start"], f["end"])
    if k == "approve":
        return truth("other", None, f["lang"], insurer=f["ins"], group_number=f["grp"], member_id=f["mid"],
                     member_name=f["member"], case_numbers=[f["ref"]], service_dates=[span],
                     denial_date=iso(f["date"]), provider=f["prov"])
    dl = {"notice": iso(days(f["date"], 180)), "date": iso(f["by"]), "recv": None}["notice" if k == "es" else f["app"]]
    if f["app"] == "recv" and k != "es":
        alts["appeal_deadline"] = [iso(days(f["date"], 180)), iso(days(f["date"], 185))]
    if k == "claim":
        return truth("denial_letter", "medical_necessity", f["lang"], insurer=f["ins"], group_number=f["grp"],
                     member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
                     claim_amount=m2(f["billed"]), service_dates=[iso(v) for v, _ in f["visits"]],
                     denial_date=iso(f["date"]), provider=f["prov"], appeal_deadline=dl,
                     alternates=alts, type_alternates=["eob"])
    if k == "partial":
        alts["service_dates"] = [[iso(days(f["part_end"], 1), f["end"])]]
    return truth("denial_letter", "medical_necessity", f["lang"], insurer=f["ins"], group_number=f["grp"],
                 member_id=f["mid"], member_name=f["member"], case_numbers=[f["ref"]], service_dates=[span],
                 denial_date=iso(f["date"]), provider=f["prov"], appeal_deadline=dl, alternates=alts,
                 type_alternates=["other"] if k == "partial" else [])


# (stem, condition, kind, issuer, service, label set, date style, appeal wording)
PLAN = [
    ("skilled_therapy_maintenance_denial_bd_pt_keyword", "born_digital", "keyword", SM, "pt", 0, "long", "notice"),
    ("skilled_therapy_maintenance_denial_bd_ot_four_of_twelve", "born_digital", "partial", AV, "ot", 1, "slash",
     "notice"),
    ("skilled_therapy_maintenance_denial_scan_home_plain", "scan_clean_300", "plain", SM, "home", 2, "abbr", "recv"),
    ("skilled_therapy_maintenance_denial_lowres_speech_approved", "scan_lowres_150", "approve", AV, "slp", 0, "dmy",
     "notice"),
    ("skilled_therapy_maintenance_denial_copy_spanish", "photocopy", "es", SM, "pt", 0, "es", "notice"),
    ("skilled_therapy_maintenance_denial_rot_to_clinic", "rotated", "provider", AV, "pt", 2, "iso", "date"),
    ("skilled_therapy_maintenance_denial_faxf_visits_claim", "fax_fine_g4", "claim", SM, "ot", 1, "upper", "notice"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, serv, lab, ds, app) in enumerate(PLAN):
        f = facts(random.Random(97700 + i), kind, ins, serv, lab, ds, app)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
