"""Family 'proton_beam_investigational': decisions on proton beam radiation therapy where the reason is that it is
investigational or unproven for the member's cancer, sometimes only in plain words; an approval after a
peer-to-peer conversation; a reviewer signature block.

Issuers: Nimbus Ridge Health Insurance Company ("NIMBUS RIDGE" logo word over a rule, company name below) and
Bishopdale Point Health Plan (parent line "Wharfedale Mutual Holdings" above, return address block). Kinds: pre-service
denials (keyword; plain words "has not been shown to improve outcomes compared with ..."; lung cancer with a
signature block), a post-service claim denial for a course of treatment (claim number, dates of service as a span,
billed charges), a Spanish denial, an upheld first-level appeal, and an approval after a peer-to-peer conversation.
Decoys: the medical policy number and its review date, the diagnosis date, the peer-to-peer date, CPT codes, the
proton center's NPI, the 14-day peer-to-peer window, expedited and external-review time limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_rounds_famsb import (DOCTORS, PROTON_CENTERS as CENTERS, REVIEWERS, address, days, digits, fdate, iso, m2, mixed, money, npi, person,
                              phone, usd)

FAMILY = "proton_beam_investigational"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
NIM, HAL = "Nimbus Ridge Health Insurance Company", "Bishopdale Point Health Plan"
CANCER = {"prostate": ("localized prostate cancer", "intensity-modulated radiation therapy (IMRT)"),
          "breast": ("left-sided breast cancer after lumpectomy", "standard photon radiation with breath-hold"),
          "lung": ("stage III non-small cell lung cancer", "IMRT with concurrent chemotherapy")}
LABELS = [("Member", "Member ID", "Group", "Request number", "Requesting physician", "Treatment center",
           "Planned start date"),
          ("Patient name", "ID no.", "Group no.", "Authorization request #", "Ordering provider", "Facility",
           "Scheduled to begin"),
          ("Covered person", "Subscriber number", "Employer group no.", "Case ID", "Radiation oncologist",
           "Place of service", "Proposed treatment date")]


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str, lab: int, app: str, site: str,
          lang: str = "en") -> dict:
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 200))
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, L=LABELS[lab], app=app, lang=lang, site=site, notice=notice,
             member=person(r, lang), addr=address(r, lang), mid=mixed(r, "NR9999999999" if ins == NIM else
                                                                    "HPA99999999"),
             grp=mixed(r, "99999-A"), req=mixed(r, "PBT-2026-99999"), clm=digits(r, 13),
             center=r.choice(CENTERS), doc=r.choice(DOCTORS), npi=npi(r), rvw=r.choice(REVIEWERS), ph=phone(r),
             start=days(notice, r.randint(9, 24)), dx=days(notice, -r.randint(40, 90)),
             p2p=days(notice, -r.randint(2, 5)), polrev=dt.date(2025, r.randint(1, 12), r.randint(1, 28)),
             by=days(notice, 180), apid=mixed(r, "AP-99999-A"), auth=mixed(r, "AUTH9999999"),
             billed=money(r, 38000, 96000))
    f["end"] = days(f["start"], 38)
    if kind == "claim":
        f["start"], f["end"] = days(notice, -70), days(notice, -32)
    f["fd"] = lambda x: fdate(x, ds)
    return f


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == NIM:
        d.text_line("NIMBUS RIDGE", 19, "B", h=9)
        d.rule(0.8, 1)
        d.text_line("Health Insurance Company", 10.5, h=5.5)
    else:
        d.text_line("Wharfedale Mutual Holdings", 8, h=4)
        d.text_line("Bishopdale Point Health Plan", 15, "B", h=7.5)
        for ln in ["Clinical Review Unit", "PO Box 7731", "Kearney, NE 68847"]:
            d.text_line(ln, 8.6, h=4.3)
        d.rule(0.4, 1)
    d.ln(4)


def label_rows(d: Page, rows: list[tuple[str, str]], w: float = 46) -> None:
    for k, v in rows:
        d.set_font("DejaVu", "B", 9)
        d.cell(w, 5, k + ":")
        d.set_font("DejaVu", "", 9.2)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def reason(f: dict) -> str:
    dx, alt = CANCER[f["site"]]
    k = f["kind"]
    if k == "approved":
        return (f"After a peer-to-peer conversation on {f['fd'](f['p2p'])} between {f['doc']} and our reviewer, "
                "we received dosimetry plans showing that photon therapy would give an unsafe dose to the heart. "
                f"Proton beam therapy for {dx} is approved. Authorization {f['auth']} is valid for dates of "
                f"service from {f['fd'](f['start'])} through {f['fd'](f['end'])}. Nothing in this request was "
                "denied.")
    if k in ("plain", "upheld"):
        return (f"Proton beam therapy for {dx} has not been shown to improve outcomes compared with {alt}. The "
                "studies we reviewed are small and do not show that patients live longer or have fewer side "
                f"effects. Because of this, your plan does not pay for it. {alt[0].upper() + alt[1:]} is available "
                "and covered.")
    return (f"Proton beam radiation therapy (CPT 77520, 77525) for {dx} is considered experimental/investigational "
            "under medical policy MP-RAD-0412 (last reviewed "
            f"{f['fd'](f['polrev'])}). There is not enough evidence that it is safe and effective for this "
            "condition, so it is unproven and not covered under your plan.")


def build_en(f: dict) -> bytes:
    L, fd = f["L"], f["fd"]
    d = Page(f"{'NRHIC' if f['ins'] == NIM else 'HPHP'}-PBT-DN 2026   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f["notice"]), 10, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    rows = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"]), (L[3], f["req"])]
    if f["kind"] == "claim":
        rows += [("Claim number", f["clm"]), ("Dates of service", f"{fd(f['start'])} - {fd(f['end'])}"),
                 ("Total billed", usd(f["billed"], f["ms"]))]
    if f["kind"] == "upheld":
        rows.insert(4, ("Appeal no.", f["apid"]))
    rows += [(L[4], f["doc"]), (L[5], f"{f['center']} (NPI {f['npi']})"), ("Date of diagnosis", fd(f["dx"]))]
    if f["kind"] != "claim":
        rows.append((L[6], fd(f["start"])))
    label_rows(d, rows)
    title = {"approved": "Approval of your request for proton beam therapy",
             "upheld": "Decision on your appeal: proton beam therapy",
             "claim": "Claim denial: proton beam radiation therapy"}.get(f["kind"],
                                                                         "We cannot approve proton beam therapy")
    d.text_line(title, 11.5, "B", h=6.5)
    d.para(f"Dear {f['member']}:", 10)
    if f["kind"] == "upheld":
        d.para(f"You appealed our decision about proton beam therapy requested by {f['doc']}. A radiation "
               "oncologist who did not make the first decision reviewed your appeal. We are upholding the denial.",
               10)
    d.para(reason(f), 10)
    if f["kind"] != "approved":
        d.para(f"Your doctor may ask to talk with our reviewer (a peer-to-peer conversation) within 14 days of "
               f"this letter by calling {f['ph']}.", 10)
        d.text_line("How to appeal", 10.5, "B", h=6)
        t = {"180": "You may appeal within 180 days of the date of this letter.",
             "date": f"We must receive your appeal no later than {fd(f['by'])}.",
             "recv": "You have 180 days from the date you receive this notice to file an appeal."}[f["app"]]
        d.para(t + " If your treatment is urgent, ask for an expedited appeal; we decide those within 72 hours. "
               "You may ask for an independent external review within 4 months after a final decision.", 10)
    d.ln(2)
    d.text_line("Reviewed by:", 9.5, "B", h=5)
    d.para(f"{f['rvw']}\nBoard certified, Radiation Oncology\nMedical Director, {f['ins']}\n"
           f"Phone {f['ph']}", 9.5)
    return pdf_bytes(d)


def build_es(f: dict) -> bytes:
    d = Page("NRHIC-PBT-DN-SP   Página {p} de {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(fdate(f["notice"], "es"), 10, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    label_rows(d, [("Afiliado", f["member"]), ("Número de identificación", f["mid"]), ("Grupo", f["grp"]),
                   ("Número de solicitud", f["req"]), ("Médico que solicita", f["doc"]),
                   ("Centro de tratamiento", f["center"]), ("Fecha prevista de inicio", fdate(f["start"], "es"))],
               54)
    d.text_line("Aviso de denegación: terapia de haz de protones", 11.5, "B", h=6.5)
    d.para(f"Estimado(a) {f['member']}:", 10)
    d.para("La terapia de haz de protones para el cáncer de próstata localizado se considera experimental o de "
           "investigación según nuestra política médica MP-RAD-0412. No hay pruebas suficientes de que sea mejor "
           "que la radioterapia de intensidad modulada (IMRT). Por eso no está cubierta.", 10)
    d.text_line("Cómo apelar", 10.5, "B", h=6)
    d.para("Puede apelar dentro de los 180 días a partir de la fecha de esta carta. Si su caso es urgente, pida "
           f"una apelación acelerada (72 horas). Llame al {f['ph']}.", 10)
    d.para(f"Revisado por:\n{f['rvw']}\nDirector médico, {f['ins']}", 9.5)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    ok = k == "approved"
    dl = {"180": iso(days(f["notice"], 180)), "date": iso(f["by"]), "recv": None}[f["app"]]
    alts: dict = {"provider": [f["center"]]}
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(days(f["notice"], 180)), iso(days(f["notice"], 185))]
    if k in ("claim", "approved"):
        sd = [iso(f["start"], f["end"])]
        if ok:
            alts["service_dates"] = [[iso(f["start"])]]
    else:
        sd = [iso(f["start"])]
    cases = [f["req"]] + ([f["clm"]] if k == "claim" else []) + ([f["apid"]] if k == "upheld" else [])
    if ok:
        cases.append(f["auth"])
    return truth("other" if ok else "denial_letter", None if ok else "experimental", f["lang"], insurer=f["ins"],
                 group_number=f["grp"], member_id=f["mid"], member_name=f["member"], case_numbers=cases,
                 claim_amount=m2(f["billed"]) if k == "claim" else None, service_dates=sd,
                 denial_date=iso(f["notice"]), provider=f["doc"], appeal_deadline=None if ok else dl,
                 alternates=alts, denial_alternates=[] if ok else ["not_covered"])


# (stem, condition, kind, insurer, date style, money style, label set, appeal wording, cancer site)
PLAN = [
    ("proton_beam_investigational_bd_prostate_denial", "born_digital", "keyword", NIM, "long", "plain", 0, "180",
     "prostate"),
    ("proton_beam_investigational_bd_approved_after_p2p", "born_digital", "approved", HAL, "iso", "plain", 1, "180",
     "breast"),
    ("proton_beam_investigational_scan_plain_words", "scan_clean_300", "plain", HAL, "slash", "plain", 1, "date",
     "breast"),
    ("proton_beam_investigational_rot_claim_denied", "rotated", "claim", NIM, "abbr", "usd", 2, "180", "prostate"),
    ("proton_beam_investigational_copy_spanish", "photocopy", "es", NIM, "es", "plain", 0, "180", "prostate"),
    ("proton_beam_investigational_faxs_appeal_upheld", "fax_standard_g4", "upheld", HAL, "dmy", "plain", 0, "date",
     "lung"),
    ("proton_beam_investigational_photo_lung_signature", "phone_photo", "keyword", HAL, "upper", "plain", 2, "recv",
     "lung"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, ms, lab, app, site) in enumerate(PLAN):
        r = random.Random(93100 + i)
        f = facts(r, kind, ins, ds, ms, lab, app, site, "es" if kind == "es" else "en")
        pdf = build_es(f) if kind == "es" else build_en(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f))]))
    return items
