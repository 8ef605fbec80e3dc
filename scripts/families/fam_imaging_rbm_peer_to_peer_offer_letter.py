"""Family 'imaging_rbm_peer_to_peer_offer_letter': a radiology benefit manager's (RBM) adverse determination for
advanced imaging (MRI, CT, PET) on behalf of a health plan, offering the ordering physician a peer-to-peer talk with
the reviewing radiologist; letters to the member and to the ordering physician, one Spanish, one approval issued after
the peer-to-peer, one retrospective request denied for missing authorization.

Layout model (real public practice, values invented): the RBM adverse-determination letters that imaging benefit
managers send for health plans ("Re: Request for MRI of the lumbar spine", "We reviewed this request on behalf of
<plan>", the criteria named, "Your physician may request a peer-to-peer conversation with our physician reviewer",
appeal rights of the health plan).
Issuers (fictional): Heronwick Imaging Management (logo word "HERONWICK" over a rule, acting for Stonemarsh Health
Plan), Pinewarren Radiology Benefits (parent line "A Dapplemere Health Holdings company" above the centred name, acting
for Mossbank Community Health Plan); the third letterhead style is a return-address block.
Decoys: the plan on whose behalf the RBM writes, the peer-to-peer deadline (a date or "within 14 days"), the date the
request was received, the imaging centre and its NPI, the ordering physician's NPI, the criteria (guideline) number,
the plan's external-review and expedited-appeal time limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundaa_famac import (Page, address, clinician, days, digits, fdate, iso, letterhead, local_phone, m2,
                               mail_to, mixed, money, npi, pairs, person, phone, signature, usd)

FAMILY = "imaging_rbm_peer_to_peer_offer_letter"
LANG = "en"
RBMS = {
    "hw": dict(name="Heronwick Imaging Management", logo="HERONWICK", parent="",
               line2="Radiology Benefit Management | PO Box 61870 | Kewanee, IL 61443",
               plan="Stonemarsh Health Plan", mid="SMH999999999", grp="G-99999", req="HW99-9999999",
               planid="SMH-PPO-99", guide="HIM-NEU-9999"),
    "pw": dict(name="Pinewarren Radiology Benefits", logo="PINEWARREN", parent="A Dapplemere Health Holdings company",
               line2="Utilization Review for Advanced Imaging | 4410 Coppergate Road | Wahpeton, ND 58075",
               plan="Mossbank Community Health Plan", mid="MCH-99999999", grp="99999", req="PRB-9999-999999",
               planid=None, guide="PRB-CT-99"),
}
CENTERS = ["Fernlea Diagnostic Imaging", "Quarrydale Open MRI and CT"]
# member, member id, group, request no., service, planned date, ordering physician, facility, plan id
LAB = {1: ["Member", "Member ID", "Group number", "Request number", "Service requested", "Planned date of service",
           "Ordering physician", "Imaging facility", "Plan ID"],
       2: ["Patient", "Subscriber ID", "Group #", "Case ID", "Procedure", "Scheduled date", "Ordering provider",
           "Rendering facility", "Plan"],
       3: ["Enrollee", "ID number", "Employer group", "Reference no.", "Exam", "Date of exam", "Referring physician",
           "Site", "Benefit plan"],
       "es": ["Miembro", "Núm. de identificación", "Grupo", "Número de solicitud", "Servicio solicitado",
              "Fecha programada", "Médico que ordenó", "Centro de imágenes", "Plan"]}
EXAMS = {"72148": "MRI lumbar spine without contrast", "74177": "CT abdomen and pelvis with contrast",
         "78815": "PET/CT skull base to mid-thigh", "73721": "MRI knee (lower extremity joint) without contrast",
         "78816": "PET/CT whole body", "75574": "CT coronary angiography (CCTA)",
         "73221": "Resonancia magnética de hombro sin contraste"}


def _fd(f, x):
    return fdate(x, f["ds"])


def facts(r: random.Random, spec: dict, seed: int) -> dict:
    lang = spec.get("lang", "en")
    p = RBMS[spec["rbm"]]
    member = person(r, lang)
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 230))
    f = dict(spec, lang=lang, seed=seed, member=member, date=date, recv=days(date, -r.randint(2, 6)),
             dos=days(date, r.randint(6, 20)) if not spec.get("retro") else days(date, -r.randint(20, 40)),
             mid=mixed(r, p["mid"]), grp=mixed(r, p["grp"]), req=mixed(r, p["req"]),
             planid=mixed(r, p["planid"]) if p["planid"] else None, guide=mixed(r, p["guide"]),
             doc=clinician(r, member), center=r.choice(CENTERS), addr=address(r, lang), ph=phone(r),
             p2p=local_phone(r), npi=npi(r), cnpi=npi(r), billed=money(r, 1400, 6800))
    f["rev"] = clinician(r, member, f["doc"])
    f["p2p_by"] = days(f["date"], 14)
    f["dl"] = days(f["date"], spec.get("days", 180))
    return f


def reason(f: dict) -> str:
    e = EXAMS[f["code"]]
    w = f["why"]
    if w == "mn_back":
        return (f"The {e} is not medically necessary. Our guideline for low back pain calls for an MRI when there are "
                "red-flag signs or when pain continues after at least 6 weeks of treatment such as physical therapy "
                "or medication. The records sent do not show 6 weeks of treatment or any red-flag sign.")
    if w == "mn_ct":
        return (f"Medical necessity criteria were not met for {e}. The notes describe abdominal pain for two days "
                "with a normal exam and normal blood work; an ultrasound is the first test recommended for this "
                "picture. The CT may be approved if the ultrasound is not conclusive.")
    if w == "plain_knee":
        return ("The information we received does not show that you had knee x-rays first, or that you tried "
                "physical therapy or other care for your knee pain over the last 6 weeks. Without this, the MRI "
                "does not meet our guidelines at this time, so we cannot approve it.")
    if w == "exp_pet":
        return (f"The {e} was requested to evaluate fatigue and weight loss without a known or suspected cancer. "
                "PET imaging for this use is considered experimental and investigational: published studies have "
                "not shown that it improves care for this purpose.")
    if w == "retro":
        return (f"The {e} was performed on {_fd(f, f['dos'])} before a request was made. No prior authorization "
                "was on file for this exam, and the plan requires authorization for advanced imaging at "
                "non-emergency sites. The retrospective request was received after the exam was done and is "
                "denied for lack of prior authorization.")
    return ""


def rbm_letter(f: dict) -> bytes:
    p = RBMS[f["rbm"]]
    L = LAB[f["lab_set"]]
    doc_letter = f["to"] == "md"
    d = Page(foot=f"{p['name']} acts on behalf of {p['plan']}.  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f["style"], p["name"], p["line2"], p["logo"], p["parent"])
    d.text_line(_fd(f, f["date"]), 10, h=6)
    if doc_letter:
        mail_to(d, f"{f['doc']}, MD", f"{f['center']} referrals desk", "Fax " + local_phone(random.Random(f["seed"])))
    else:
        mail_to(d, f["member"], *f["addr"])
    kind = "approved" if f["why"] == "approved" else "denied"
    d.text_line("Notice of Approval - Advanced Imaging" if kind == "approved" else
                "Adverse Determination - Advanced Imaging Request", 13, "B", h=7)
    rows = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"]), (L[8], f["planid"]), (L[3], f["req"]),
            (L[4], f"{f['code']} - {EXAMS[f['code']]}"),
            ("Date of service" if f.get("retro") else L[5], _fd(f, f["dos"])),
            (L[6], f"{f['doc']}, MD (NPI {f['npi']})"), (L[7], f"{f['center']} (NPI {f['cnpi']})")]
    if f.get("retro"):
        rows.append(("Billed charges", usd(f["billed"], f["ms"])))
    rows.append(("Request received", _fd(f, f["recv"])))
    pairs(d, rows, kw=52)
    greet = f"Dear Dr. {f['doc'].split()[-1]}:" if doc_letter else f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:"
    d.text_line(greet, 10, h=6)
    if kind == "approved":
        d.para(f"On {_fd(f, f['p2p_on'])} you spoke with our physician reviewer, Dr. {f['rev']}, about this request. "
               f"Based on the added clinical information (a rising tumour marker and a new lung nodule on CT), the "
               f"{EXAMS[f['code']]} is approved on behalf of {p['plan']}.", 10)
        d.para(f"Authorization number {f['req']} is valid for one exam performed at {f['center']} from "
               f"{_fd(f, f['date'])} through {_fd(f, days(f['date'], 60))}. If the exam is moved to another site, "
               f"call {f['ph']} before the exam so that the authorization can be updated. Approval is not a "
               "guarantee of payment; benefits depend on eligibility on the date of service.", 10)
        signature(d, ["Sincerely,", f"{f['rev']}, MD", "Physician Reviewer, " + p["name"]])
        return pdf_bytes(d)
    d.para(f"{p['name']} reviews advanced imaging requests for {p['plan']}. A physician reviewer, Dr. {f['rev']}, "
           f"board certified in diagnostic radiology, reviewed the request against guideline {f['guide']}.", 10)
    d.text_line("Why the request was not approved", 11, "B", h=6)
    d.para(reason(f), 10)
    if f["why"] != "retro":
        d.text_line("Peer-to-peer conversation", 11, "B", h=6)
        when = (f"by {_fd(f, f['p2p_by'])}" if f["p2p_style"] == "date" else
                "within 14 days of the date of this letter")
        d.para(f"The ordering physician may discuss this decision with the physician reviewer {when} by calling "
               f"{f['p2p']}, Monday to Friday 8 a.m. to 6 p.m. A peer-to-peer conversation is not an appeal and does "
               "not extend the appeal time limit below.", 10)
    d.text_line("Your right to appeal", 11, "B", h=6)
    if f["dl_style"] == "date":
        ap = f"You, or your physician on your behalf, may appeal this decision. Your appeal must be received by {_fd(f, f['dl'])}."
    else:
        ap = (f"You, or your physician on your behalf, may ask {p['plan']} for an appeal within {f['days']} days of "
              "the date of this letter.")
    d.para(ap + f" Send it to {p['plan']} Appeals, PO Box 61890, Kewanee, IL 61443, or call {f['ph']}. If waiting "
           "could seriously harm your health, ask for an expedited appeal; we will decide within 72 hours. After the "
           "plan's appeal you may have the right to an external review by an independent review organization "
           "within 4 months.", 10)
    signature(d, ["Sincerely,", f"{f['rev']}, MD", "Physician Reviewer, " + p["name"]])
    return pdf_bytes(d)


def es_letter(f: dict) -> bytes:
    p = RBMS[f["rbm"]]
    L = LAB["es"]
    d = Page(foot="Página {p} de {n}")
    d.add_page()
    letterhead(d, f["style"], p["name"], p["line2"], p["logo"], p["parent"])
    d.text_line(_fd(f, f["date"]), 10, h=6)
    mail_to(d, f["member"], *f["addr"])
    d.text_line("Aviso de determinación adversa - Estudio de imágenes", 13, "B", h=7)
    pairs(d, [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"]), (L[8], f["planid"]), (L[3], f["req"]),
              (L[4], f"{f['code']} - {EXAMS[f['code']]}"), (L[5], _fd(f, f["dos"])),
              (L[6], f"{f['doc']}, MD"), (L[7], f["center"]), ("Fecha de recibo", _fd(f, f["recv"]))], kw=52)
    d.para(f"Estimado(a) {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    d.para(f"{p['name']} revisa los estudios de imágenes avanzados en nombre de {p['plan']}. No aprobamos la "
           "resonancia magnética de su hombro porque no es médicamente necesaria en este momento. Los expedientes "
           "no muestran radiografías del hombro ni 6 semanas de terapia física o medicamentos.", 10)
    d.text_line("Conversación entre médicos", 11, "B", h=6)
    d.para(f"Su médico puede hablar con nuestro médico revisor, Dr. {f['rev']}, antes del "
           f"{_fd(f, f['p2p_by'])}, llamando al {f['p2p']}. Esta conversación no es una apelación.", 10)
    d.text_line("Su derecho a apelar", 11, "B", h=6)
    d.para(f"Usted puede apelar esta decisión ante {p['plan']} dentro de 180 días a partir de la fecha de esta "
           f"carta. Llame al {f['ph']} (TTY 711) o escriba a la dirección de arriba. Si esperar puede poner en "
           "peligro su salud, pida una apelación acelerada (72 horas).", 10)
    signature(d, ["Atentamente,", f"{f['rev']}, MD", "Médico revisor, " + p["name"]])
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    p = RBMS[f["rbm"]]
    common = dict(insurer=p["name"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
                  plan_id=f["planid"], case_numbers=[f["req"]],
                  claim_amount=m2(f["billed"]) if f.get("retro") else None,
                  service_dates=[iso(f["dos"])], denial_date=iso(f["date"]), provider=f"{f['doc']}")
    alts = {"insurer": [p["plan"]], "provider": [f["center"]]}
    if f["why"] == "approved":
        alts["service_dates"] = [[iso(f["date"], days(f["date"], 60))], []]
        return truth("other", None, f["lang"], alternates=alts, **common)
    denial, dalt = {"mn_back": ("medical_necessity", None), "mn_ct": ("medical_necessity", None),
                    "plain_knee": ("medical_necessity", None), "exp_pet": ("experimental", ["medical_necessity"]),
                    "retro": ("prior_authorization", None), "es": ("medical_necessity", None)}[f["why"]]
    return truth("denial_letter", denial, f["lang"], appeal_deadline=iso(f["dl"]), alternates=alts,
                 denial_alternates=dalt, **common)


PLAN = [
    ("imaging_rbm_peer_to_peer_offer_letter_bd_member_lumbar_mri", "born_digital",
     dict(rbm="hw", style="logo", to="member", lab_set=1, ds="long", ms="plain", code="72148", why="mn_back",
          p2p_style="date", dl_style="days", days=180)),
    ("imaging_rbm_peer_to_peer_offer_letter_bd_physician_ct_abdomen", "born_digital",
     dict(rbm="pw", style="parent", to="md", lab_set=2, ds="slash", ms="plain", code="74177", why="mn_ct",
          p2p_style="days", dl_style="date", days=60)),
    ("imaging_rbm_peer_to_peer_offer_letter_scan_pet_approved_after_p2p", "scan_clean_300",
     dict(rbm="hw", style="block", to="md", lab_set=3, ds="abbr", ms="plain", code="78815", why="approved")),
    ("imaging_rbm_peer_to_peer_offer_letter_lowres_member_knee_plain", "scan_lowres_150",
     dict(rbm="pw", style="block", to="member", lab_set=3, ds="dmy", ms="plain", code="73721", why="plain_knee",
          p2p_style="days", dl_style="days", days=180)),
    ("imaging_rbm_peer_to_peer_offer_letter_copy_physician_pet_investigational", "photocopy",
     dict(rbm="hw", style="logo", to="md", lab_set=1, ds="abbr", ms="plain", code="78816", why="exp_pet",
          p2p_style="date", dl_style="date", days=180)),
    ("imaging_rbm_peer_to_peer_offer_letter_faxf_physician_ccta_retro", "fax_fine_g4",
     dict(rbm="pw", style="parent", to="md", lab_set=2, ds="iso", ms="space", code="75574", why="retro", retro=True,
          dl_style="days", days=60)),
    ("imaging_rbm_peer_to_peer_offer_letter_phone_es_hombro", "phone_photo",
     dict(rbm="hw", style="logo", to="member", lab_set="es", ds="es", ms="es", code="73221", why="es", lang="es",
          days=180)),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, spec) in enumerate(PLAN):
        f = facts(random.Random(109500 + i), spec, 109500 + i)
        if f["why"] == "approved":
            f["p2p_on"] = days(f["date"], -1)
        pdf = es_letter(f) if f["lang"] == "es" else rbm_letter(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f))]))
    return items
