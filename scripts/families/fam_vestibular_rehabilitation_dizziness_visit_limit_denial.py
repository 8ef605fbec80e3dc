"""Family 'vestibular_rehabilitation_dizziness_visit_limit_denial': commercial and Medicare Advantage EOBs and
letters on vestibular rehabilitation (97112 neuromuscular re-education, 97110) and canalith repositioning (95992)
for dizziness / benign paroxysmal positional vertigo.

Cases: visits over the plan's 20-visit therapy limit (commercial EOB, several visit dates); the same in Spanish
(an EOB, photocopied); canalith repositioning billed with an office visit on the same day, the visit bundled (plan
letter; an MA EOB, phone photo); therapy denied without a diagnosis of a vestibular disorder (MA notice); an
appeal decision upholding the visit limit (fax); an approval for 8 visits (no denial).

Layouts are invented, modelled loosely on typical EOBs and CMS-10003-style notices. All people, plans, clinics
and numbers are invented (555 phone numbers). Decoys: the audiologist who did the balance testing (VNG), the
referring doctor, NPIs, dates of birth, the date a claim or request was received, the claims-processed period,
visits used counts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fam_smoking_cessation_counseling_session_limit_msn import (build_eob, build_letter, fd, fee, line, m2, npi,
                                                                pat, ph, usd)
from inv_kit import truth

FAMILY = "vestibular_rehabilitation_dizziness_visit_limit_denial"
LANG = "en"
FIRST = ["Marguerite", "Tiberius", "Adaeze", "Lorcan", "Svetlana", "Hiroshi", "Perpetua", "Bartholomew",
         "Ingeborg", "Kwabena", "Ottoline", "Florian"]
LAST = ["Quenneville", "Abernathy-Cole", "Rautenberg", "Obiora", "Castellanos", "Whitmore", "Lindahl", "Nakagawa",
        "Prendergast", "Vukovic", "Ashdown", "Mbeki-Turner"]
FIRST_ES = ["Eleuterio", "Guadalupe", "Heriberta", "Maximino"]
LAST_ES = ["Arredondo", "Villaseñor", "Cienfuegos", "Zamudio"]
STREETS = ["Heron Bluff Road", "Millrace Lane", "Quarry Hill Drive", "Sable Court", "Alder Crossing"]
CITIES = [("Brennock", "WI", "54497"), ("Tallow Springs", "MO", "65799"), ("East Calder", "OR", "97499")]
CITIES_ES = [("Valle Alto", "NM", "87599"), ("Santa Inés", "TX", "78599")]
CLINICS = [("Millrace Balance & Vestibular Therapy", "220 Millrace Lane, Brennock, WI 54497"),
           ("Tallow Springs ENT & Balance Center", "14 Quarry Hill Drive, Tallow Springs, MO 65799"),
           ("Sable Court Physical Therapy, PLLC", "9 Sable Court, East Calder, OR 97499"),
           ("Centro de Terapia del Equilibrio Valle Alto", "610 Alder Crossing, Valle Alto, NM 87599")]
AUDS = ["Dr. Renata O. Fairbanks, AuD", "Dr. Kasimir J. Ellory, AuD", "Dr. Nomvula P. Strand, AuD",
        "Dra. Itzel M. Barragán, AuD"]
REFS = ["Dr. Aurelio T. Kingsley", "Dr. Philippa N. Okoro", "Dr. Stellan V. Marsh", "Dr. Cayetano R. Lugo"]
ORGS = {"COM": dict(word="HERON BLUFF", org="Heron Bluff Health Insurance Company", product="Heron Bluff Select PPO",
                    addr="PO Box 40117, Brennock, WI 54497", pbp=""),
        "MA": dict(word="QUARRY HILL HEALTH", org="Quarry Hill Health Plan, Inc.",
                   product="Quarry Hill Medicare Advantage Plus (HMO)", addr="PO Box 8812, Tallow Springs, MO 65799",
                   pbp="H5520-004"),
        "ES": dict(word="SEGUROS ALDER", org="Alder Mutual Health Plan", product="Alder Salud PPO",
                   addr="PO Box 2290, Valle Alto, NM 87599", pbp="")}
D97112 = "Neuromuscular re-education, 15 min"
D97110 = "Therapeutic exercise, 15 min"
D95992 = "Canalith repositioning, per day"
D99213 = "Office visit, established patient, level 3"


def person(r, lang="en"):
    return (f"{r.choice(FIRST_ES if lang == 'es' else FIRST)} {r.choice('BCDEFGHJKLMNPRSTW')}. "
            f"{r.choice(LAST_ES if lang == 'es' else LAST)}")


def visits(r, start, n):
    out, d = [], start
    for _ in range(n):
        out.append(d)
        d += dt.timedelta(days=r.choice([2, 3, 4, 7]))
    return out


def make(kind, r, ds, ls):
    lang = "es" if kind == "es_eob" else "en"
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    ci = {"limit_eob": 0, "approve": 0, "bundle_letter": 1, "nodx": 2, "es_eob": 3, "upheld": 2, "bundle_eob": 1}[kind]
    city, st, z = r.choice(CITIES_ES if lang == "es" else CITIES)
    f = dict(kind=kind, lang=lang, ds=ds, ls=ls, notice=notice, member=person(r, lang),
             addr=(f"{r.randint(10, 9900)} {r.choice(STREETS)}", f"{city}, {st} {z}"), prac=CLINICS[ci],
             aud=AUDS[ci], ref=REFS[ci], npi=npi(r), ph=ph(r),
             period=(notice - dt.timedelta(days=r.randint(28, 33)), notice - dt.timedelta(days=r.randint(1, 4))),
             dob=dt.date(r.randint(1941, 1990), r.randint(1, 12), r.randint(1, 28)))
    org = ORGS["ES" if lang == "es" else ("MA" if kind in ("nodx", "bundle_eob") else "COM")]
    f["org"] = org
    f["mid"] = pat(r, {"COM": "HBX999999999", "MA": "QH99999999", "ES": "AMS-9999-9999"}[
        "ES" if lang == "es" else ("MA" if kind in ("nodx", "bundle_eob") else "COM")])
    f["group"] = pat(r, "G-99999") if org is ORGS["COM"] else pat(r, "9999AL") if lang == "es" else None
    f["claim"] = pat(r, "9999A99999999")
    c12, c10, c92, c13 = fee(r, 95, 140), fee(r, 80, 120), fee(r, 160, 240), fee(r, 150, 210)
    start = notice - dt.timedelta(days=r.randint(30, 45))
    if kind in ("limit_eob", "es_eob"):
        vs = visits(r, start, 4)
        f["used"] = 20
        desc = "Reeducación neuromuscular, 15 min" if lang == "es" else D97112
        f["lines"] = [line(vs[0], "97112", desc, c12, round(c12 * .62, 2), paid=round(c12 * .62 - 30, 2),
                           you=30.0, note="A")] + [line(v, "97112", desc, c12, 0, ok=False, note="B") for v in vs[1:]]
        f["denied_dates"] = vs[1:]
    elif kind in ("bundle_letter", "bundle_eob"):
        f["lines"] = [line(start, "95992", D95992, c92, round(c92 * .55, 2), paid=round(c92 * .55 - 20, 2),
                           you=20.0, note="1"),
                      line(start, "99213", D99213, c13, 0, ok=False, note="2")]
        f["denied_dates"] = [start]
    elif kind == "nodx":
        f["case"] = pat(r, "QH-UM-26-99999")
        f["received"] = notice - dt.timedelta(days=r.randint(3, 9))
        f["start"] = notice + dt.timedelta(days=r.randint(4, 10))
    elif kind == "upheld":
        vs = visits(r, start - dt.timedelta(days=40), 3)
        f["lines"] = [line(v, "97112", D97112, c12, 0, ok=False) for v in vs] + \
                     [line(vs[-1], "97110", D97110, c10, 0, ok=False)]
        f["denied_dates"] = vs
        f["appeal"] = pat(r, "APL-26-999999")
        f["received"] = notice - dt.timedelta(days=r.randint(20, 28))
    elif kind == "approve":
        f["case"] = pat(r, "PA99999999")
        f["start"] = notice + dt.timedelta(days=r.randint(3, 8))
        f["end"] = f["start"] + dt.timedelta(days=59)
    if "lines" in f:
        f["total"] = round(sum(x["ch"] for x in f["lines"]), 2)
        f["received"] = f.get("received") or max(x["dos"] for x in f["lines"]) + dt.timedelta(days=r.randint(3, 8))
    return f


def build_limit_eob(f):
    return build_eob(dict(f, by=f"Referred by {f['ref']}", days=180, notes=[
        ("A", "Paid at your in-network benefit after your $30.00 copay."),
        ("B", f"Your plan covers up to {f['used']} physical therapy visits per calendar year. Our records show "
              f"{f['used']} visits were used before this date, so this visit is over the benefit limit. The "
              "provider may bill you for this amount.")],
        tail=[f"Group number: {f['group']}", f"Balance testing (VNG) by {f['aud']} on a prior claim is not part of this claim."]))


def build_bundle_eob(f):
    return build_eob(dict(f, by=f"Balance testing by {f['aud']}", notes=[
        ("1", "Canalith repositioning paid. Your specialist copay is $20.00."),
        ("2", "The office visit on the same day as canalith repositioning is included in the payment for the "
              "procedure (bundled). A separate visit is paid only with modifier 25 and a separately documented "
              "problem. You do not owe this amount.")]))


def build_es_eob(f):
    ds, ls = f["ds"], f["ls"]
    rows = [("Paciente:", f["member"]), ("Número de miembro:", f["mid"]), ("Grupo:", f["group"]),
            ("Reclamación:", f["claim"]), ("Proveedor:", f"{f['prac'][0]}, NPI {f['npi']}"),
            ("Remitido por:", f["ref"]), ("Recibida:", fd(f["received"], ds))]
    tbl = (["Fecha", "Servicio", "Facturado", "Permitido", "Pagado", "Usted debe", "Nota"],
           [[fd(x["dos"], ls), f"{x['code']} {x['desc']}", usd(x["ch"]), usd(x["appr"]), usd(x["paid"]),
             usd(x["you"]), x["note"]] for x in f["lines"]] +
           [["*Total", "", usd(f["total"]), usd(sum(x["appr"] for x in f["lines"])),
             usd(sum(x["paid"] for x in f["lines"])), usd(sum(x["you"] for x in f["lines"])), ""]],
           [22, 60, 20, 20, 18, 20, 12], 7.4, "LLRRRRC")
    paras = ["A: Pagado según su beneficio dentro de la red, después de su copago de $30.00.",
             f"B: Su plan cubre hasta {f['used']} visitas de terapia física por año calendario. Ya se usaron "
             f"{f['used']} visitas antes de esta fecha; esta visita excede el límite del beneficio.",
             f"La prueba de equilibrio hecha por {f['aud']} no forma parte de esta reclamación.",
             "#Su derecho a apelar",
             "Si no está de acuerdo, puede apelar por escrito dentro de los 180 días a partir de la fecha de esta "
             f"explicación. Escriba a {f['org']['org']}, Apelaciones, {f['org']['addr']}, o llame al {f['ph']}."]
    return build_letter(dict(f, notice=f["notice"]), "EXPLICACIÓN DE BENEFICIOS - Esto no es una factura", rows,
                        paras, tbl)


def build_bundle_letter(f):
    ds = f["ds"]
    rows = [("Patient:", f["member"]), ("Member ID:", f["mid"]), ("Group number:", f["group"]),
            ("Claim number:", f["claim"]), ("Provider:", f["prac"][0]),
            ("Date of service:", fd(f["lines"][0]["dos"], ds)), ("Claim received:", fd(f["received"], ds))]
    tbl = (["Code", "Service", "Charge", "Allowed", "Status"],
           [[x["code"], x["desc"], usd(x["ch"]), usd(x["appr"]), "Paid" if x["ok"] else "Denied"]
            for x in f["lines"]] + [["*Total", "", usd(f["total"]), "", ""]], [22, 80, 26, 26, 26], 8.4, "LLRRL")
    paras = ["Dear Member,",
             "We processed the claim above. The canalith repositioning procedure (Epley maneuver) was paid. The "
             "office visit billed on the same date was denied because the evaluation that decides to do the "
             "repositioning is part of the procedure. Billing both is unbundling under our Correct Coding policy "
             f"(RP-114). Balance testing by {f['aud']} was billed on a separate claim.",
             "#Your right to appeal",
             "You or your provider may appeal within 180 days of the date of this letter. Send the appeal to "
             f"{f['org']['org']}, Appeals Unit, {f['org']['addr']}, or call {f['ph']}. You are not responsible for "
             "the denied office visit."]
    return build_letter(f, "Claim Decision: Office Visit Included in Procedure", rows, paras, tbl)


def build_nodx(f):
    ds = f["ds"]
    rows = [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Date of birth:", fd(f["dob"], ds)),
            ("Reference number:", f["case"]), ("Requested by:", f"{f['prac'][0]}, {f['prac'][1]}"),
            ("Service:", "Vestibular rehabilitation (97112, 97110), 12 visits"),
            ("Requested start:", fd(f["start"], ds)), ("Request received:", fd(f["received"], ds))]
    paras = ["#We have DENIED the services requested",
             "Vestibular rehabilitation is covered for members with a diagnosed vestibular disorder (for example "
             "benign paroxysmal positional vertigo, vestibular neuritis or unilateral vestibular loss). The request "
             f"lists dizziness and unsteadiness only. The balance test report from {f['aud']} was normal and no "
             "vestibular diagnosis was made. Without a diagnosis of a vestibular disorder, these visits are not "
             "medically necessary. Your doctor may send a new request with more information.",
             "#You have the right to appeal",
             "You must ask for a reconsideration within 65 days of the date of this notice. Write to "
             f"{f['org']['org']}, Appeals, {f['org']['addr']}, or call {f['ph']} (TTY 711). If waiting could "
             "seriously harm your health, ask for a fast decision (72 hours)."]
    return build_letter(f, "Notice of Denial of Medical Coverage", rows, paras,
                        form="Form CMS-10003-NDMCP  OMB Approval 0938-0829")


def build_upheld(f):
    ds, ls = f["ds"], f["ls"]
    rows = [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["group"]),
            ("Appeal number:", f["appeal"]), ("Claim number:", f["claim"]), ("Provider:", f["prac"][0]),
            ("Appeal received:", fd(f["received"], ds))]
    tbl = (["Visit date", "Code", "Billed"],
           [[fd(x["dos"], ls), x["code"], usd(x["ch"])] for x in f["lines"]] + [["*Total billed", "", usd(f["total"])]],
           [40, 30, 30], 8.6, "LLR")
    paras = ["#Decision: the denial is UPHELD",
             "A physical therapist reviewed your appeal and the therapy notes. Your plan allows 20 outpatient "
             "rehabilitation visits each calendar year, whatever the diagnosis. You had used all 20 visits before "
             "the visits listed above. The plan has no exception for vestibular rehabilitation, so the visits "
             "remain denied as over the benefit limit.",
             "#Next steps",
             "This is the final internal decision. You may ask for an external review within 4 months of this "
             f"letter. Questions: {f['ph']}."]
    return build_letter(f, "Appeal Decision - Rehabilitation Visit Limit", rows, paras, tbl)


def build_approve(f):
    ds = f["ds"]
    rows = [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["group"]),
            ("Authorization #:", f["case"]), ("Provider:", f["prac"][0]), ("Referred by:", f["ref"]),
            ("Approved:", "Vestibular rehabilitation, 8 visits (97112, 97110, 95992)"),
            ("Valid:", f"{fd(f['start'], ds)} through {fd(f['end'], ds)}")]
    paras = ["Good news: we have APPROVED the therapy your provider asked for. The approval covers 8 visits in the "
             "period shown. Your usual specialist copay applies to each visit.",
             f"Your balance testing with {f['aud']} supports a diagnosis of right posterior canal BPPV. If you "
             "need more visits, your therapist can send a new request before the last approved visit.",
             f"Questions? Call {f['ph']}."]
    return build_letter(f, "Prior Authorization Approval", rows, paras)


def truth_of(f):
    k = f["kind"]
    o = f["org"]
    c = dict(insurer=o["org"], member_name=f["member"], member_id=f["mid"], provider=f["prac"][0],
             denial_date=f["notice"].isoformat())
    if f.get("group"):
        c["group_number"] = f["group"]
    ins_alt = {"insurer": [o["product"]]}
    if k in ("limit_eob", "es_eob"):
        return truth("eob", "not_covered", lang=f["lang"], claim_amount=m2(f["total"]), case_numbers=[f["claim"]],
                     service_dates=[d.isoformat() for d in f["denied_dates"]],
                     appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
                     denial_alternates=["other"], alternates=ins_alt, **c)
    if k == "bundle_letter":
        return truth("denial_letter", "coding_error", claim_amount=m2(f["total"]), case_numbers=[f["claim"]],
                     service_dates=[f["lines"][0]["dos"].isoformat()],
                     appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
                     type_alternates=["eob"], alternates=ins_alt, **c)
    if k == "bundle_eob":
        return truth("eob", "coding_error", claim_amount=m2(f["total"]), case_numbers=[f["claim"]], plan_id=o["pbp"],
                     service_dates=[f["lines"][0]["dos"].isoformat()],
                     appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
                     alternates={**ins_alt, "plan_id": [None]}, **c)
    if k == "nodx":
        return truth("denial_letter", "medical_necessity", case_numbers=[f["case"]],
                     service_dates=[f["start"].isoformat()],
                     appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
                     alternates={**ins_alt, "service_dates": [[]]}, **c)
    if k == "upheld":
        return truth("denial_letter", "not_covered", claim_amount=m2(f["total"]),
                     case_numbers=[f["appeal"], f["claim"]], service_dates=[d.isoformat() for d in f["denied_dates"]],
                     denial_alternates=["other"], alternates=ins_alt, **c)
    if k == "approve":
        return truth("other", None, case_numbers=[f["case"]],
                     service_dates=[f"{f['start'].isoformat()}/{f['end'].isoformat()}"],
                     alternates={**ins_alt, "service_dates": [[], [f["start"].isoformat()]]}, **c)
    raise ValueError(k)


BUILD = {"limit_eob": build_limit_eob, "es_eob": build_es_eob, "bundle_letter": build_bundle_letter,
         "bundle_eob": build_bundle_eob, "nodx": build_nodx, "upheld": build_upheld, "approve": build_approve}

PLAN = [
    ("bd_eob_97112_visits_over_20_limit", "born_digital", "limit_eob", "long", "slash"),
    ("bd_letter_approved_8_visits", "born_digital", "approve", "abbr", "slash"),
    ("scan300_letter_95992_office_visit_bundled", "scan_clean_300", "bundle_letter", "slash", "slash"),
    ("lowres_ma_notice_no_vestibular_diagnosis", "scan_lowres_150", "nodx", "dmy", "slash"),
    ("copy_eob_es_visitas_sobre_limite", "photocopy", "es_eob", "es", "iso"),
    ("faxfine_appeal_upheld_visit_limit", "fax_fine_g4", "upheld", "iso", "short"),
    ("photo_ma_eob_95992_99213_bundled", "phone_photo", "bundle_eob", "upper", "slash"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ls) in enumerate(PLAN):
        f = make(kind, random.Random(252500 + i), ds, ls)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(BUILD[kind](f), truth_of(f))]))
    return items
