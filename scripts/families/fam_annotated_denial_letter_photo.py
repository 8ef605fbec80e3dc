"""Family 'annotated_denial_letter_photo': a patient's or advocate's own copy of a claim denial letter, marked up by hand
before it was photographed, copied, scanned or faxed: highlighter bands over the reason and the appeal sentence, the
claim number and date of service circled in red, margin notes in pen ("called 3/2, Dana said send Dr letter",
"appeal by ~Oct 1?"), a sticky note on the blank part of the page, an arrow to the appeal paragraph.

Layout model (public form, values invented): the U.S. Department of Labor (EBSA) model "Notice of Adverse Benefit
Determination" for group health plans and its "Notice of Final Internal Adverse Benefit Determination": "Important:
This notice contains information about your right to appeal", the claim box (Claimant / Patient / Claim ID / Date of
service / Provider / Amount of claim / Plan), "Reason for adverse determination", "Denial code", "Description of the
standard that was used in denying the claim", the Q&A rights block ("What if I need help understanding this
denial?", "What if I don't agree with this decision?", "How do I file an appeal?", "What if my situation is
urgent?", "Who may file an appeal?", "Can I provide additional information about my claim?", "What happens next?",
"Other resources to help you", EBSA 1-866-444-3272); one Spanish version of the same notice.
Issuers (fictional): Kestrelford Benefit Services (a TPA, logo word "KESTRELFORD" over a rule or a return-address
block, administering the Wimbleball Foods Employee Health Plan), Cranleigh Mutual Health Insurance Company (parent
line "A Poltimore Financial Group company" above the centred name, or a return-address block).
The overlays are PNG images placed on the page before capture (kit_roundac_famcc); their handwriting holds decoy
dates, a phone number and a first name, never a truth value that the typed letter does not print.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundac_famcc import (Page, address, arrow, circle, clinician, days, digits, fdate, highlight, iso,
                               letterhead, local_phone, mail_to, mixed, money, npi, pairs, para_at, person, phone,
                               signature, sticky, usd, write)

FAMILY = "annotated_denial_letter_photo"
LANG = "en"
ORGS = {
    "kb": dict(name="Kestrelford Benefit Services", logo="KESTRELFORD", parent="",
               line2="Claims Administrator | PO Box 7731 | Ouray, CO 81427",
               plan="Wimbleball Foods Employee Health Plan", mid="KBS9999999", grp="WF-99999", claim="99999999999",
               appeal="aPL-99-99999", planid=None),
    "cm": dict(name="Cranleigh Mutual Health Insurance Company", logo="CRANLEIGH",
               parent="A Poltimore Financial Group company",
               line2="Member Appeals | 410 Fenchurch Row | Medora, ND 58645",
               plan="Cranleigh Choice EPO", mid="CMH999999999", grp="999999", claim="E9999999999",
               appeal="GA9999999", planid="CMH-EPO-99"),
}
PROVIDERS = {"ortho": "Hawkridge Orthopedics", "img": "Oareford Imaging Center", "fm": "Culbone Family Medicine",
             "hosp": "Brendon Valley Hospital"}
# claimant, patient, claim, date of service, provider, amount, plan, group, member id, plan id
LAB = {1: ["Claimant", "Patient", "Claim ID", "Date of service", "Provider", "Amount of claim", "Plan",
           "Group number", "Member ID", "Plan ID"],
       2: ["Subscriber", "Patient name", "Claim number", "Service date(s)", "Provider of service", "Amount billed",
           "Health plan", "Group #", "ID number", "Plan code"],
       3: ["Employee", "Person who received care", "Claim #", "Dates of service", "Rendering provider",
           "Total charges", "Plan name", "Policy / group", "Identification no.", "Benefit plan ID"],
       "es": ["Reclamante", "Paciente", "Número de reclamo", "Fecha de servicio", "Proveedor", "Monto del reclamo",
              "Plan", "Número de grupo", "Número de identificación", "Identificación del plan"]}
SERVICES = {
    "mn": ("lumbar MRI without contrast (CPT 72148)", "img", "CO-50",
           "The service is not medically necessary. The records sent with the claim show low back pain for three "
           "weeks with no leg weakness, numbness or other warning signs, and no trial of physical therapy. Under "
           "the plan's imaging guideline an MRI is medically necessary after six weeks of treatment that did not "
           "help, or sooner when warning signs are present."),
    "pa": ("right knee arthroscopy with meniscectomy (CPT 29881)", "ortho", "CO-197",
           "Your plan requires that we approve this kind of surgery before it is done. We have no record that "
           "anyone asked us to approve it, so the plan will not pay the claim. If your doctor believes we should "
           "have been asked and was not able to reach us, your doctor may send us the records with your appeal."),
    "exp": ("genome-wide microbiome stool analysis (CPT 0097U)", "fm", "CO-55",
            "This test is considered experimental or investigational for the symptoms billed. Published studies "
            "have not shown that its results change treatment or improve health outcomes, and it is excluded "
            "under the plan's exclusion for experimental and investigational services."),
    "oon": ("shoulder rotator cuff repair, surgeon's fee (CPT 29827)", "ortho", "CO-242",
            "We looked again at your claim and the records you sent. Hawkridge Orthopedics does not have a contract "
            "with the plan. Your plan pays for planned, non-emergency care only when you get it from doctors in "
            "the plan's list, and there were surgeons on that list within 30 miles of your home who could do this "
            "surgery. For that reason the plan will still not pay for this claim."),
    "loc": ("inpatient hospital stay, 3 days (revenue code 0120)", "hosp", "CO-50",
            "The stay was reviewed by a physician. Your chest pain was checked with blood tests and a stress test, "
            "which were normal, and you did not need care that only an inpatient unit can give. This care could "
            "have been safely given as an outpatient in observation status, so the inpatient level of care was "
            "not approved. Charges are denied at the inpatient level of care."),
    "ok": ("upper endoscopy with biopsy (CPT 43239)", "fm", "",
           "We reviewed your appeal and the letter from your doctor. The biopsy was needed to check for the cause "
           "of your bleeding, and it meets the plan's rules. We have reversed our earlier decision. The claim will "
           "be paid under your plan's benefits; you will receive a new Explanation of Benefits within 30 days."),
    "es": ("audífonos para ambos oídos (V5261)", "fm", "CO-96",
           "Su plan no cubre audífonos para adultos. La sección 7.4 de la descripción del plan (exclusiones) dice "
           "que los audífonos y su ajuste no son un beneficio del plan, excepto para menores de 18 años."),
}


def facts(r: random.Random, spec: dict, seed: int) -> dict:
    lang = spec.get("lang", "en")
    o = ORGS[spec["org"]]
    member = person(r, lang)
    date = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 230))
    svc = days(date, -r.randint(24, 55) - (120 if spec.get("final") else 0))
    f = dict(spec, lang=lang, seed=seed, member=member, date=date, svc=svc, svc_end=days(svc, 2),
             mid=mixed(r, o["mid"]), grp=mixed(r, o["grp"]), claim=mixed(r, o["claim"]), appeal=mixed(r, o["appeal"]),
             planid=mixed(r, o["planid"]) if o["planid"] else None, amt=money(r, 380, 14800), addr=address(r, lang),
             ph=phone(r), npi=npi(r), recv=days(date, -r.randint(8, 30)), icd=r.choice(["M54.50", "R10.13", "K92.1"]))
    f["sub"] = f"{r.choice(['Alastair', 'Godfrey', 'Merryn', 'Benedek'])} {r.choice('BDFKLMRT')}. {member.split()[-1]}"
    if f["sub"].split()[0] == member.split()[0]:
        f["sub"] = member
    f["doc"] = clinician(r, member)
    f["dl"] = days(date, spec.get("ndays", 180))
    f["call"] = days(date, r.randint(3, 9))
    f["guess"] = days(date, r.choice([150, 170, 200]))
    f["helper"] = r.choice(["Dana", "Priya", "Lou", "Renata"])
    f["callph"] = local_phone(r)
    return f


def _fd(f, x):
    return fdate(x, f["ds"])


def letter(f: dict) -> bytes:
    o = ORGS[f["org"]]
    L = LAB[f["lab"]]
    rr = random.Random(f["seed"] * 7)
    svc_name, pkey, code, why = SERVICES[f["why"]]
    prov = PROVIDERS[pkey]
    es = f["lang"] == "es"
    final, ok = f.get("final"), f["why"] == "ok"
    d = Page(foot=("DOL model notice adapted by " if not es else "Aviso modelo del DOL - ") + o["name"]
             + ("   Page {p} of {n}" if not es else "   Página {p} de {n}"))
    d.set_auto_page_break(True, margin=16)
    d.add_page()
    letterhead(d, f["style"], o["name"], o["line2"], o["logo"], o["parent"])
    d.text_line(_fd(f, f["date"]), 10, h=6)
    y_addr = d.get_y()
    mail_to(d, [f["sub"], *f["addr"]])
    if es:
        title = "Aviso de determinación adversa de beneficios"
        imp = "Importante: este aviso contiene información sobre su derecho a apelar. Guárdelo. Esto no es una factura."
    elif ok:
        title = "Notice of Appeal Decision - Claim Approved on Appeal"
        imp = "This is not a bill. Keep this notice for your records."
    elif final:
        title = "Notice of Final Internal Adverse Benefit Determination"
        imp = ("Important: This notice contains information about your right to request an external review. "
               "Keep this notice for your records.")
    else:
        title = "Notice of Adverse Benefit Determination"
        imp = ("Important: This notice contains information about your right to appeal. Keep this notice for your "
               "records. This is not a bill.")
    d.text_line(title, 12, "B", h=7)
    d.para(imp, 8.8, 1.5)
    marks: dict = {}
    rows = [(L[0], f["sub"]), (L[1], f["member"]), (L[8], f["mid"]), (L[6], o["plan"]), (L[9], f["planid"]),
            (L[7], f["grp"]), (L[2], f["claim"])]
    if final or ok:
        rows.append(("Appeal number" if not es else "Número de apelación", f["appeal"]))
    rows += [(L[3], _fd(f, f["svc"]) + (f" - {_fd(f, f['svc_end'])}" if f["why"] == "loc" else "")),
             (L[4], f"{prov} (NPI {f['npi']})"), (L[5], usd(f["amt"], f.get("ms", "plain"))),
             ("Date received" if not es else "Fecha de recibo", _fd(f, f["recv"]))]
    y_box = d.get_y()
    pairs(d, rows, kw=52, size=9.2, marks=marks)
    if es:
        d.text_line("Su reclamo ha sido denegado.", 10.5, "B", h=6)
        d.para(f"Servicio: {svc_name}. Código de diagnóstico {f['icd']}.", 9.2, 1.5)
        d.text_line("Razón de la determinación adversa", 10, "B", h=5.5)
        y_why = para_at(d, why, 9.2, 1.5)
        d.para(f"Código de denegación: {code}. Puede pedir sin costo los códigos de diagnóstico y tratamiento y su "
               "significado.", 8.8, 1.5)
        d.text_line("¿Cómo presento una apelación?", 10, "B", h=5.5)
        y_ap = para_at(d, f"Envíe su apelación por escrito dentro de {f['ndays']} días a partir de la fecha de este "
                          f"aviso a la dirección de arriba, o llame al {f['ph']}. Si su situación es urgente, la "
                          "revisión se hará en 72 horas. Después de la apelación interna puede pedir una revisión "
                          "externa dentro de 4 meses. Para ayuda: EBSA 1-866-444-3272.", 9.0, 1.5)
        signature(d, ["Atentamente,", "Departamento de Apelaciones, " + o["name"]])
    else:
        head = {True: "Decision on your appeal"}.get(bool(final or ok), "Your claim has been denied.")
        d.text_line(head, 10.5, "B", h=6)
        d.para(f"Service: {svc_name}, billed by {prov}. Diagnosis code {f['icd']}.", 9.2, 1.5)
        if not ok:
            d.text_line("Reason for adverse determination", 10, "B", h=5.5)
        y_why = para_at(d, why, 9.2, 1.5)
        if not ok:
            d.para(f"Denial code: {code}. Description of the standard that was used in denying the claim: the plan's "
                   "Summary Plan Description and its clinical guidelines, free of charge on request. Diagnosis and "
                   "treatment codes and their meanings are available on request.", 8.6, 1.5)
        if ok:
            y_ap = para_at(d, f"Questions? Call {f['ph']}. Nothing else is needed from you. If the provider billed you "
                              "for this service, you may show them this letter.", 9.0, 1.5)
        elif final:
            d.text_line("What happens next?", 10, "B", h=5.5)
            y_ap = para_at(d, "This is the plan's final internal decision. You may ask for an external review by an "
                              "independent review organization within 4 months of receiving this notice. Send the "
                              f"enclosed form to the address above or call {f['ph']}. If your situation is urgent, "
                              "ask for an expedited external review. You also have the right to bring a civil action "
                              "under section 502(a) of ERISA.", 9.0, 1.5)
        else:
            d.text_line("Important information about your appeal rights", 10, "B", h=5.5)
            if f.get("dl_style") == "date":
                how = f"Submit a written request for an internal appeal no later than {_fd(f, f['dl'])}"
            else:
                how = f"Submit a written request within {f['ndays']} days of the date of this notice"
            y_ap = para_at(d, "What if I don't agree with this decision? You have a right to appeal any decision not "
                              f"to pay for an item or service. How do I file an appeal? {how} to the address above, "
                              f"or call {f['ph']}. What if my situation is urgent? Urgent reviews are generally "
                              "decided within 72 hours. Who may file an appeal? You or someone you name to act for "
                              "you (your authorized representative).", 9.0, 1.5)
            d.para("Can I provide additional information about my claim? Yes. What happens next? If we continue to "
                   "deny the payment, you may be able to ask for an external review by an independent third party "
                   "within 4 months. Other resources to help you: Employee Benefits Security Administration, "
                   "1-866-444-EBSA (3272).", 8.6, 1.5)
        signature(d, ["Sincerely,", "Claims Appeals Unit, " + o["name"]])
    y_end = d.get_y()
    # ---- the reader's marks
    cx, cy, cw, _ = marks[L[2]]
    if "circle_claim" in f["marks"]:
        circle(d, rr, cx, cy, cw)
    if "circle_dos" in f["marks"]:
        x, y, w, _ = marks[L[3]]
        circle(d, rr, x, y, w, ink="blue")
    if "hl_why" in f["marks"]:
        for k in range(min(3, int((y_why[1] - y_why[0]) / 4.4))):
            highlight(d, rr, 20, y_why[0] + k * 4.42, rr.uniform(120, 174), 4.4, f.get("hl", "yellow"))
    if "hl_ap" in f["marks"]:
        highlight(d, rr, 20, y_ap[0] + 4.42, rr.uniform(100, 170), 4.4, "pink" if f.get("hl") == "yellow" else "yellow")
    if "hl_amt" in f["marks"]:
        x, y, w, _ = marks[L[5]]
        highlight(d, rr, x, y, w, 5, f.get("hl", "yellow"))
    notes = f.get("notes", [])
    if notes:
        write(d, rr, 140, y_box + 1, notes[0], 3.9, f.get("ink", "blue"), angle=rr.uniform(-4, 4))
    if len(notes) > 1 and y_end < 245:
        write(d, rr, 24, y_end + 2, notes[1], 4.3, f.get("ink", "blue"), angle=rr.uniform(-3, 3))
    if "arrow" in f["marks"]:
        arrow(d, rr, 186, y_box + 22, 182, y_ap[0] + 2)
    if f.get("sticky"):
        sticky(d, rr, 138, y_addr - 4, f["sticky"])
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    o = ORGS[f["org"]]
    _, pkey, _, _ = SERVICES[f["why"]]
    sd = [iso(f["svc"], f["svc_end"])] if f["why"] == "loc" else [iso(f["svc"])]
    cases = [f["claim"]] + ([f["appeal"]] if f.get("final") or f["why"] == "ok" else [])
    common = dict(insurer=o["name"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
                  plan_id=f["planid"], case_numbers=cases, claim_amount=f"{f['amt']:.2f}", service_dates=sd,
                  denial_date=iso(f["date"]), provider=PROVIDERS[pkey])
    alts = {}
    if f["org"] == "kb":
        alts["insurer"] = [o["plan"]]
    if len(cases) > 1:
        alts["case_numbers"] = [[f["claim"]]]
    if f["why"] == "ok":
        return truth("other", None, f["lang"], alternates=alts, **common)
    denial, dalt = {"mn": ("medical_necessity", None), "pa": ("prior_authorization", None),
                    "exp": ("experimental", None), "oon": ("out_of_network", None),
                    "loc": ("level_of_care", ["medical_necessity"]), "es": ("not_covered", None)}[f["why"]]
    dl = None if f.get("final") else iso(f["dl"])
    return truth("denial_letter", denial, f["lang"], appeal_deadline=dl, alternates=alts, denial_alternates=dalt,
                 **common)


def _notes(f: dict) -> list[list[str]]:
    c, g = f["call"], f["guess"]
    return f["note_fn"](f, c, g)


PLAN = [
    ("annotated_denial_letter_photo_phone_mednec_highlighted", "phone_photo",
     dict(org="kb", style="logo", lab=1, ds="long", why="mn", ndays=180, hl="yellow",
          marks=["circle_claim", "hl_why", "hl_ap", "arrow"],
          note_fn=lambda f, c, g: [[f"called {c.month}/{c.day} - {f['helper']}", "said send Dr letter",
                                    f"appeal by ~{g.strftime('%b')} {g.day}?"],
                                   ["PT started last wk. ask Dr. for records!", f"{f['callph']}"]])),
    ("annotated_denial_letter_photo_phone_sticky_no_approval_plain", "phone_photo",
     dict(org="cm", style="parent", lab=2, ds="slash", why="pa", ndays=180, hl="green",
          marks=["circle_claim", "circle_dos", "hl_why"],
          sticky=["Call ortho office", "Mon 8am - did they", "ask for approval??"],
          note_fn=lambda f, c, g: [["they say no", "pre-approval"], ["keep w/ bills - folder 2026"]])),
    ("annotated_denial_letter_photo_phone_es_audifonos", "phone_photo",
     dict(org="cm", style="block", lab="es", ds="es", why="es", lang="es", ndays=180, hl="yellow",
          marks=["circle_claim", "hl_why", "hl_ap"],
          note_fn=lambda f, c, g: [["¡llamar el lunes!", "preguntar por", "excepción"],
                                   [f"hija: {f['callph']}"]])),
    ("annotated_denial_letter_photo_copy_experimental_test", "photocopy",
     dict(org="kb", style="block", lab=3, ds="abbr", why="exp", ndays=180, dl_style="date", hl="yellow", ms="nosign",
          marks=["circle_claim", "hl_why", "hl_amt"],
          note_fn=lambda f, c, g: [["NOT experimental -", "Dr. says standard", "now"],
                                   [f"sent copy to HR {c.month}/{c.day}", "appeal form enclosed? NO"]])),
    ("annotated_denial_letter_photo_copy_final_upheld_out_of_network", "photocopy",
     dict(org="cm", style="logo", lab=1, ds="dmy", why="oon", final=True, hl="pink",
          marks=["circle_claim", "hl_why", "arrow"],
          note_fn=lambda f, c, g: [["2nd no.", "external review", "4 mo. = ?"],
                                   ["ask state consumer help line", f"{f['callph']}"]])),
    ("annotated_denial_letter_photo_scan_overturned_paid", "scan_clean_300",
     dict(org="kb", style="logo", lab=2, ds="iso", why="ok", hl="green", marks=["circle_claim", "hl_why"],
          sticky=["YES!!", "they reversed it", "watch for new EOB"],
          note_fn=lambda f, c, g: [["won :)"], [f"EOB came {g.month}/{g.day}? check"]])),
    ("annotated_denial_letter_photo_faxf_advocate_inpatient_stay", "fax_fine_g4",
     dict(org="cm", style="parent", lab=3, ds="upper", why="loc", ndays=180, dl_style="date", hl="yellow",
          marks=["circle_claim", "circle_dos", "hl_why", "hl_ap"], ink="black",
          note_fn=lambda f, c, g: [["advocate copy - RK", "obs vs inpt!!", "2-midnight?"],
                                   [f"rec'd from family {c.month}/{c.day}", "pls call me back"]])),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, spec) in enumerate(PLAN):
        f = facts(random.Random(115500 + i), spec, 115500 + i)
        f["notes"] = _notes(f)
        items.append(Item(stem, cond, [(letter(f), make_truth(f))]))
    return items
