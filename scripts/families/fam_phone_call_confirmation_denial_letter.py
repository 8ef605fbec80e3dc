"""Family 'phone_call_confirmation_denial_letter': a health plan's written confirmation of a decision first given by
telephone ("This letter confirms our phone call on DATE with you / your doctor's office, when we told you that ..."),
as Medicare Advantage plans must send after an oral notice of an expedited decision (the wording of the CMS-10003
Notice of Denial of Medical Coverage is followed loosely on the two Medicare letters: "within 65 days of the date of
this notice", a fast appeal in 72 hours) and commercial plans do after a call. The decision is in prose; the call's
date and time, the person spoken with, callback numbers, a call reference number and the plan's hours are decoys.
Scenarios: brain MRI (Medicare, doctor's office), out-of-network specialist (member), spinal cord stimulator trial
approved (doctor's office), extra physical therapy visits (Spanish), an ER-follow-up CT claim without prior
approval (member, claim), rhinoplasty as cosmetic (Medicare), a claim after coverage ended (member).
Issuers (fictional): Tartu Valley Health Plan (logo "TARTU" over a rule), Narva Mutual Health Plan (parent line
"A Hiiumaa Holdings company"), Saaremaa Health Cooperative (return-address block).
Truth: case numbers = the authorization-request / case number and the claim number (the call reference number is a
decoy: it tracks the call, not the request; a list with it accepted). Service dates = the planned date or the claim's
date, never the call date. Denial date = the letter's date. Appeal deadline as printed or letter + N days; "after you
receive" is null (letter + 180 accepted). The approval is other / null.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundag_famgb import (Page, address, clinician, days, digits, fdate, iso, letterhead, m2, mail_to, mixed,
                               money, npi, pairs, person, phone, signature, usd)

FAMILY = "phone_call_confirmation_denial_letter"
LANG = "en"
ISSUERS = {
    "tartu": dict(name="Tartu Valley Health Plan", style="logo", logo="TARTU",
                  line2="Utilization Management | PO Box 7720, Ely, NV 89301"),
    "narva": dict(name="Narva Mutual Health Plan", style="parent", parent="A Hiiumaa Holdings company",
                  line2="Medicare Advantage Coverage Decisions | PO Box 318, Reno, NV 89504"),
    "saare": dict(name="Saaremaa Health Cooperative", style="block",
                  line2="Member Services | 415 Pirita Lane | Susanville, CA 96130"),
}
LABELS = {
    1: dict(pat="Member", mid="Member ID", grp="Group number", ref="Authorization request number",
            clm="Claim number", call="Call reference", prov="Requesting provider", dos="Planned date of service",
            svc="Service", amt="Amount billed"),
    2: dict(pat="Patient", mid="ID #", grp="Group #", ref="Case #", clm="Claim #", call="Call ID",
            prov="Provider", dos="Date of service", svc="Item or service", amt="Billed charges"),
    3: dict(pat="Enrollee", mid="Enrollee ID", grp="Employer group", ref="Request ref.", clm="Claim ref.",
            call="Phone log no.", prov="Doctor / provider", dos="Service date", svc="What was asked for",
            amt="Total charges"),
    "es": dict(pat="Afiliado(a)", mid="Número de miembro", grp="Número de grupo", ref="Número de solicitud",
               clm="Número de reclamación", call="Referencia de la llamada", prov="Proveedor",
               dos="Fecha prevista del servicio", svc="Servicio", amt="Cargos"),
}
# kind: pre / post / approve; who: office / member
SCEN = {
    "mri": dict(kind="pre", who="office", mc=True, svc="MRI of the brain with and without contrast (CPT 70553)",
                prov="Sirje K. Toompea, MD", den="medical_necessity",
                told="we denied the request for a brain MRI. The headaches described in the records started "
                     "three weeks ago, the neurological exam was normal and there are no warning signs. A brain "
                     "MRI is not medically necessary now; your doctor may ask again if new symptoms appear."),
    "oon": dict(kind="pre", who="member", mc=False, svc="Office visits with an out-of-network dermatologist",
                prov="Rebane Dermatology Associates", den="out_of_network",
                told="we cannot approve visits with Rebane Dermatology Associates because this practice is not in "
                     "our network and your plan covers out-of-network care only in an emergency. Three "
                     "dermatologists in our network near you can see you within two weeks."),
    "scs": dict(kind="approve", who="office", mc=False,
                svc="Spinal cord stimulator trial, percutaneous (CPT 63650)", prov="Kuusk Pain Management Center",
                den=None, told="we approved the spinal cord stimulator trial. The approval is good for the dates "
                               "shown below."),
    "es_pt": dict(kind="pre", who="member", mc=False, svc="Fisioterapia, 12 visitas adicionales (CPT 97110)",
                  prov="Centro de Terapia Oyarzun", den="medical_necessity",
                  told="no aprobamos las 12 visitas adicionales de fisioterapia. Las notas muestran que usted ya "
                       "alcanzó las metas de la terapia y puede seguir con ejercicios en casa. Más visitas no son "
                       "médicamente necesarias."),
    "ct": dict(kind="post", who="member", mc=False, svc="CT of the abdomen and pelvis with contrast (CPT 74177)",
               prov="Koppel Imaging Center", den="prior_authorization",
               told="we denied the claim for the CT scan because nobody asked us to approve it before it was done. "
                    "Your plan requires our approval before a CT scan that is not part of an emergency visit."),
    "rhino": dict(kind="pre", who="office", mc=True, svc="Rhinoplasty (CPT 30400)", prov="Lembit A. Laane, MD",
                  den="not_covered",
                  told="we denied the request for nose surgery. The records show the surgery is to change how the "
                       "nose looks; breathing tests were normal. Medicare and our plan do not cover cosmetic "
                       "surgery."),
    "elig": dict(kind="post", who="member", mc=False, svc="Office visit and allergy testing (CPT 99214, 95004)",
                 prov="Ilves Allergy and Asthma Clinic", den="eligibility",
                 told="we denied the claim because your coverage with us ended before the date of the visit. Your "
                      "employer ended your coverage at the end of the month before."),
}


def letter(f: dict) -> bytes:
    s = SCEN[f["scen"]]
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    i = ISSUERS[f["ins"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d = Page(foot=f"{i['name']}  ·  {'H' + f['hnum'] + ' ' if s['mc'] else ''}Letter {f['letter']}  ·  {{p}}/{{n}}")
    d.add_page()
    letterhead(d, i["style"], i["name"], i["line2"], i.get("logo", ""), i.get("parent", ""))
    d.text_line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["member"]] + list(f["addr"]))
    title = ("Confirmación de nuestra llamada: servicio no aprobado" if es else
             "Confirmation of our phone call: your request is approved" if s["kind"] == "approve" else
             "Notice of Denial of Medical Coverage - confirming our phone call" if s["mc"] else
             "Confirmation of our phone call about your " + ("claim" if s["kind"] == "post" else "request"))
    d.text_line(title, 12, "B", h=7)
    dos = f"{fd(f['start'])} - {fd(f['end'])}" if f["end"] else fd(f["start"])
    rows = [(L["pat"], f["member"]), (L["mid"], f["mid"]), (L["grp"], f["group"]), (L["ref"], f["ref"]),
            (L["clm"], f["clm"]), (L["svc"], s["svc"]), (L["prov"], s["prov"]),
            ("Approved dates" if s["kind"] == "approve" else L["dos"], dos),
            (L["amt"], usd(f["amt"], f["ms"]) if f["amt"] else None), (L["call"], f["callref"])]
    pairs(d, rows, kw=62, size=9.1)
    t = f["calltime"]
    if es:
        d.para(f"Estimado(a) {f['member']}:", 9.8)
        d.para(f"Esta carta confirma nuestra llamada del {fd(f['call'])} a las {t}, cuando le dijimos que "
               + s["told"], 9.6)
        d.para("Si no está de acuerdo, puede pedir una apelación dentro de 180 días a partir de la fecha de esta "
               f"carta. Si su salud corre peligro, pida una apelación rápida (72 horas). Llámenos al {f['ph']}, "
               f"de lunes a viernes de 8 a.m. a 6 p.m.; o envíe un fax al {f['fax']}.", 9.3)
    else:
        who = ("your doctor's office (we spoke with " + f["staff"] + ")" if s["who"] == "office" else "you")
        d.para(f"Dear {f['member']}:", 9.8)
        d.para(f"This letter confirms our phone call on {fd(f['call'])} at {t} with {who}, when we told "
               + ("you that " if s["who"] == "member" else "them that ") + s["told"], 9.6)
        if s["kind"] == "approve":
            d.para(f"Authorization number: {f['auth']}. Approval does not guarantee payment if you are not "
                   "enrolled on the date of service. Your doctor's office should call us at "
                   f"{f['ph2']} if the dates change. You do not need to do anything else.", 9.3)
        else:
            if f["dl"] == "days":
                ap = f"you must ask within {f['n']} days of the date of this notice"
            elif f["dl"] == "date":
                ap = f"we must receive your appeal by {fd(f['deadline'])}"
            else:
                ap = "you may ask within 180 days after you receive this letter"
            d.para("If you disagree with this decision, you have the right to appeal: " + ap + ". If waiting "
                   "could seriously harm your health, ask for a fast appeal; we will decide within 72 hours. "
                   f"Call us at {f['ph']} (8 a.m. to 8 p.m., seven days a week) or fax your appeal to {f['fax']}.",
                   9.3)
            if not s["mc"]:
                d.para("After our final decision you may ask for an independent external review within 4 months.",
                       9.0)
    signature(d, [f["signer"], "Coordinadora de Servicios" if es else "Care Coordinator", i["name"]],
              "Atentamente," if es else "Sincerely,")
    d.font(8.5)
    d.cell(0, 4.3, f"cc: {s['prov']}", new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, scen: str, lab, ds: str, date: dt.date, ms: str, dl: str) -> dict:
    s = SCEN[scen]
    lang = "es" if lab == "es" else "en"
    call = days(date, -r.randint(1, 3))
    if s["kind"] == "post":
        start = days(date, -r.randint(30, 70))
    else:
        start = days(date, r.randint(6, 20))
    end = days(start, r.randint(5, 7)) if s["kind"] == "approve" else None
    return dict(ins=ins, scen=scen, lab=lab, ds=ds, date=date, ms=ms, dl=dl, lang=lang, member=person(r, lang),
                mid=mixed(r, "AAA999999999") if ins != "saare" else digits(r, 10),
                group=None if s["mc"] else mixed(r, "99999-AA"), ref=mixed(r, "PA99A999999"),
                clm=digits(r, 13) if s["kind"] == "post" else None,
                amt=money(r, 300, 4000) if s["kind"] == "post" else None, callref=mixed(r, "CR-9999999-9"),
                auth=mixed(r, "AUTH99999999") if s["kind"] == "approve" else None, call=call,
                calltime=f"{r.randint(9, 11)}:{r.choice(['05', '20', '35', '50'])} a.m.", start=start, end=end,
                addr=address(r, lang), ph=phone(r), ph2=phone(r), fax=phone(r), staff=person(r, "en"),
                signer=person(r, "en"), letter=digits(r, 6), hnum=digits(r, 4),
                n=65 if s["mc"] else 180, deadline=days(date, 65 if s["mc"] else 180))


def doc_truth(f: dict) -> dict:
    s = SCEN[f["scen"]]
    cases = [f["ref"]] + ([f["clm"]] if f["clm"] else []) + ([f["auth"]] if f["auth"] else [])
    alts = {"case_numbers": [cases + [f["callref"]]]}
    den = s["den"]
    dead = None
    if den is not None:
        dead = None if f["dl"] == "receive" else iso(f["deadline"])
        if f["dl"] == "receive":
            alts["appeal_deadline"] = [iso(f["deadline"])]
    if f["end"]:
        alts["service_dates"] = [[iso(f["start"])]]
    kw = dict(insurer=ISSUERS[f["ins"]]["name"], member_id=f["mid"], group_number=f["group"], plan_id=None,
              member_name=f["member"], case_numbers=cases, claim_amount=m2(f["amt"]) if f["amt"] else None,
              service_dates=[iso(f["start"], f["end"])], denial_date=iso(f["date"]), provider=s["prov"],
              appeal_deadline=dead, alternates=alts)
    if den is None:
        return truth("other", None, f["lang"], **kw)
    alt = {"eligibility": ["other"], "not_covered": ["medical_necessity"]}.get(den)
    return truth("denial_letter", den, f["lang"], denial_alternates=alt, **kw)


# (stem, condition, issuer, scenario, labels, date style, money style, deadline kind)
PLAN = [
    ("phone_call_confirmation_denial_letter_bd_brain_mri", "born_digital", "narva", "mri", 1, "long", "plain", "days"),
    ("phone_call_confirmation_denial_letter_bd_out_of_network", "born_digital", "tartu", "oon", 2, "slash", "plain",
     "date"),
    ("phone_call_confirmation_denial_letter_scan_stimulator_approved", "scan_clean_300", "saare", "scs", 3, "abbr",
     "plain", "days"),
    ("phone_call_confirmation_denial_letter_lowres_es_therapy", "scan_lowres_150", "tartu", "es_pt", "es", "es",
     "plain", "days"),
    ("phone_call_confirmation_denial_letter_rot_ct_no_approval", "rotated", "saare", "ct", 1, "dmy", "nosign",
     "date"),
    ("phone_call_confirmation_denial_letter_copy_rhinoplasty", "photocopy", "narva", "rhino", 3, "iso", "plain",
     "days"),
    ("phone_call_confirmation_denial_letter_fax_coverage_ended", "fax_standard_g4", "tartu", "elig", 2, "upper",
     "plain", "receive"),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, ins, scen, lab, ds, ms, dl) in enumerate(PLAN):
        r = random.Random(126600 + n)
        date = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 250))
        f = facts(r, ins, scen, lab, ds, date, ms, dl)
        items.append(Item(stem, cond, [(letter(f), doc_truth(f))]))
    return items
