"""Family 'criteria_excerpt_attachment_denial': a health plan's utilization-management decision letter followed in the
same document by one or two pages excerpting the clinical criteria the reviewer used - a licensed screening-criteria
product in the style of InterQual / MCG (invented here: "Rogla Clinical Criteria" with subsets and episode-day points,
"Sneznik Care Guidelines" with guideline IDs and editions) or the plan's own medical policy: numbered criteria with
"met / not met / not documented" check marks, evidence notes that carry their own dates, guideline and policy numbers,
edition, effective, last-revised and next-review dates. The letter follows the ERISA adverse-benefit-determination
content (29 CFR 2560.503-1(g): specific reason, the plan provision, the internal guideline relied on - "a copy is
enclosed" - and the appeal steps).
Scenarios: lumbar MRI without six weeks of conservative care, an inpatient chest-pain admission paid as observation
(post-service, to the hospital), total knee replacement, an in-lab sleep study redirected to a home test (Spanish),
home oxygen approved (every criterion met; nothing denied), inpatient rehabilitation redirected to a skilled nursing
facility, an upper endoscopy claim.

Issuers (fictional): Krka River Health Plan (logo word "KRKA" over a rule), Postojna Health Partners (parent line
"A Nanos Mutual Holdings company" above the centred name), Idrija Community Health Plan (return-address block).
Truth: the plan is the insurer (never the criteria vendor); case numbers = the review / authorization number and on
claims the claim number (guideline IDs, policy numbers, criteria subset codes are decoys); provider = the requesting /
billing provider (the ordering physician accepted); service dates = the planned date / the stay / the claim's date;
the criteria pages' dates are decoys. Claim amount only on the two post-service claims. Appeal deadline 180 days of
the letter, a printed date, or null when the clock runs from receipt. Setting decisions (inpatient -> observation,
IRF -> SNF) are level_of_care (medical_necessity accepted); the rest medical_necessity.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundaf_famfb import (Page, address, clinician, days, digits, fdate, iso, letterhead, m2, mail_to, mixed,
                               money, npi, pairs, person, phone, signature, usd)

FAMILY = "criteria_excerpt_attachment_denial"
LANG = "en"
ISSUERS = {
    "krka": dict(name="Krka River Health Plan", style="logo", logo="KRKA",
                 line2="Utilization Management | PO Box 1188, Laramie, WY 82073"),
    "postojna": dict(name="Postojna Health Partners", style="parent", parent="A Nanos Mutual Holdings company",
                     line2="Clinical Review Department | PO Box 6034, Wichita, KS 67201"),
    "idrija": dict(name="Idrija Community Health Plan", style="block",
                   line2="Health Services Review | PO Box 377 | Pueblo West, CO 81007"),
}
LABELS = {
    1: dict(pat="Member", mid="Member ID", grp="Group number", plan="Plan ID", ref="Review number",
            clm="Claim number", prov="Requesting provider", doc="Ordering physician", dos="Planned date of service",
            rec="Request received", svc="Service requested", amt="Amount billed"),
    2: dict(pat="Patient", mid="Subscriber ID", grp="Group #", plan="Plan", ref="Authorization request #",
            clm="Claim #", prov="Facility / provider", doc="Attending physician", dos="Dates of service",
            rec="Received", svc="Service reviewed", amt="Billed charges"),
    3: dict(pat="Enrollee", mid="ID #", grp="Employer group", plan="Plan ID", ref="UM case ID", clm="Claim ref.",
            prov="Provider", doc="Treating physician", dos="Service date", rec="Date received", svc="Service",
            amt="Total charges"),
    "es": dict(pat="Afiliado(a)", mid="Número de miembro", grp="Número de grupo", plan="Plan",
               ref="Número de revisión", clm="Número de reclamación", prov="Proveedor que lo solicitó",
               doc="Médico que lo ordenó", dos="Fecha prevista del servicio", rec="Fecha en que se recibió",
               svc="Servicio solicitado", amt="Cargos"),
}
# scenario -> dict(kind pre/post/approve, svc, vendor, guideline, criteria [(text, status, evidence with {d})], reason,
#                  denial, provider kind, span days)
SCEN = {
    "mri": dict(kind="pre", svc="MRI lumbar spine without contrast (CPT 72148)", vendor="sneznik",
                gl="Lumbar Spine MRI, Low Back Pain", den="medical_necessity", pk="imaging", span=0, pages=1,
                crit=[("Low back pain with radiculopathy after at least 6 weeks of physician-directed conservative "
                       "care (physical therapy, medication)", "NOT MET", "PT started {d}; 2 visits documented"),
                      ("Red-flag finding: cauda equina signs, suspected infection or tumor, progressive motor "
                       "deficit", "NOT MET", "Exam {d}: strength 5/5, no saddle anesthesia"),
                      ("Prior surgery at the same level within 12 months", "NOT MET", "None reported"),
                      ("Results will change treatment (candidate for injection or surgery)", "MET",
                       "Office note {d}")],
                reason="The records show about two weeks of treatment for back pain, and no warning signs such as "
                       "loss of bladder control or new weakness. The guideline asks for six weeks of treatment first. "
                       "The MRI is not medically necessary at this time."),
    "obs": dict(kind="post", svc="Inpatient admission, chest pain (revenue code 0120)", vendor="rogla",
                gl="Acute Adult - Chest Pain / Acute Coronary Syndrome", den="level_of_care", pk="hospital", span=2,
                pages=2,
                crit=[("Admission: troponin above the 99th percentile or rising pattern", "NOT MET",
                       "Troponin x3 normal, last {d}"),
                      ("Admission: ECG with new ST elevation or depression >= 1 mm", "NOT MET", "ECG {d}: sinus rhythm"),
                      ("Admission: hemodynamic instability requiring IV vasoactive drip", "NOT MET",
                       "BP 138/82 on {d}"),
                      ("Observation: chest pain with serial troponin and stress testing planned", "MET",
                       "Stress test {d}: negative"),
                      ("Observation: discharge expected within 48 hours", "MET", "Discharged {d}")],
                reason="The hospital stay was reviewed after the claim was received. The patient's tests were normal "
                       "and the care given (monitoring, blood tests, a stress test) could be given in observation "
                       "status. Inpatient level of care was not needed; the stay is covered as outpatient "
                       "observation, and the inpatient claim is denied."),
    "tka": dict(kind="pre", svc="Total knee arthroplasty, right (CPT 27447)", vendor="rogla",
                gl="Procedures - Knee Arthroplasty, Total", den="medical_necessity", pk="ortho", span=0, pages=2,
                crit=[("Radiographic Kellgren-Lawrence grade 3 or 4 osteoarthritis", "MET", "X-ray {d}: grade 3"),
                      ("Pain limiting daily activities for at least 3 months", "MET", "Note {d}"),
                      ("Failed 12 weeks of non-surgical treatment including physical therapy or home exercise",
                       "NOT MET", "PT 4 weeks, {d} onward"),
                      ("Intra-articular injection tried, unless contraindicated", "NOT DOCUMENTED", "-"),
                      ("BMI under 40 or documented weight-management plan", "MET", "BMI 33.4 on {d}")],
                reason="Knee replacement is covered when non-surgical treatment for at least 12 weeks has not helped. "
                       "The records show four weeks of physical therapy and no joint injection. Because these steps "
                       "were not tried, the surgery is not medically necessary now."),
    "es_psg": dict(kind="pre", svc="Polisomnografía en laboratorio (CPT 95810)", vendor="sneznik",
                   gl="Estudio del sueño en laboratorio (polisomnografía)", den="medical_necessity", pk="sleep",
                   span=0, pages=1,
                   crit=[("Sospecha de apnea obstructiva sin otras enfermedades graves: usar prueba en casa primero",
                          "NO CUMPLE", "Consulta del {d}"),
                         ("Enfermedad cardiopulmonar grave o trastorno neuromuscular", "NO CUMPLE", "Ninguno"),
                         ("Prueba en casa anterior sin resultado o técnicamente inadecuada", "NO CUMPLE",
                          "No se hizo prueba en casa"),
                         ("Somnolencia diurna (Epworth > 10)", "CUMPLE", "Epworth 14 el {d}")],
                   reason="Las pautas piden primero una prueba del sueño en casa para personas sin otras enfermedades "
                          "graves. No hay registro de una prueba en casa. El estudio en laboratorio no es "
                          "médicamente necesario en este momento. Su médico puede pedir la prueba en casa."),
    "o2": dict(kind="approve", svc="Home oxygen concentrator, stationary and portable (E1390, E1392)", vendor="policy",
               gl="Home Oxygen Therapy", den=None, pk="dme", span=89, pages=1,
               crit=[("Resting room-air SpO2 at or below 88 percent, or PaO2 at or below 55 mm Hg", "MET",
                      "SpO2 87% on {d}"),
                     ("Testing within 30 days before the order", "MET", "Test {d}"),
                     ("Alternative treatment tried or considered", "MET", "Note {d}"),
                     ("Face-to-face visit with the ordering physician", "MET", "Visit {d}")],
               reason=""),
    "irf": dict(kind="pre", svc="Inpatient rehabilitation facility admission after hip fracture repair",
                vendor="rogla", gl="Rehabilitation - Inpatient Rehabilitation Facility (IRF)", den="level_of_care",
                pk="rehab", span=0, pages=1,
                crit=[("Requires and can take part in 3 hours of therapy a day, 5 days a week", "NOT MET",
                       "PT note {d}: tolerates 45 minutes"),
                      ("Needs at least two therapy disciplines, one being PT or OT", "MET", "PT and OT ordered"),
                      ("Requires physician supervision by a rehabilitation physician (face-to-face 3 days a week)",
                       "NOT MET", "No active medical issue since {d}"),
                      ("Skilled nursing facility level: daily skilled therapy, tolerance under 3 hours", "MET",
                       "Evaluation {d}")],
                reason="The patient cannot yet take part in three hours of therapy a day and does not need the close "
                       "doctor supervision of a rehabilitation hospital. Care in a skilled nursing facility meets "
                       "the patient's needs. The request for admission to the inpatient rehabilitation facility is "
                       "denied; a skilled nursing facility stay is approved under a separate letter."),
    "egd": dict(kind="post", svc="Upper GI endoscopy with biopsy (CPT 43239)", vendor="policy",
                gl="Upper Gastrointestinal Endoscopy", den="medical_necessity", pk="gi", span=0, pages=1,
                crit=[("Heartburn that continues after 8 weeks of twice-daily acid-reducing medicine", "NOT MET",
                       "Medicine started {d}"),
                      ("Alarm signs: weight loss, bleeding, anemia, trouble swallowing", "NOT MET",
                       "Hgb 13.9 on {d}"),
                      ("Age 60 or older with new symptoms", "NOT MET", "-"),
                      ("Surveillance of known Barrett's esophagus at the stated interval", "NOT MET", "No history")],
                reason="The endoscopy was done after three weeks of heartburn medicine, with no warning signs. Our "
                       "medical policy covers this test when symptoms continue after eight weeks of treatment or "
                       "when warning signs are present. The claim is denied as not medically necessary."),
}
PROVIDERS = {"imaging": "Velenje Imaging Center", "hospital": "Logatec Community Hospital",
             "ortho": "Kozjak Orthopedic Associates", "sleep": "Centro del Sueño Bohinj", "dme": "Pivka Home Oxygen, LLC",
             "rehab": "Trbovlje Rehabilitation Hospital", "gi": "Ormoz Digestive Health Clinic"}
VENDORS = {"rogla": "Rogla Clinical Criteria", "sneznik": "Sneznik Care Guidelines", "policy": "Medical Policy"}


def criteria_pages(d: Page, f: dict, es: bool) -> None:
    s = SCEN[f["scen"]]
    fd = lambda x: fdate(x, "slash")  # noqa: E731  criteria pages print their own short dates
    for pg in range(s["pages"]):
        d.add_page()
        d.text_line(("Anexo A - Criterios usados" if es else "Attachment A - Clinical criteria used for this review")
                    + (f" (continued)" if pg else ""), 12, "B", h=7)
        d.rule(0.4, 1)
        if f["vendor"] == "policy":
            pairs(d, [("Source", f"{ISSUERS[f['ins']]['name']} Medical Policy {f['gid']}"),
                      ("Title", s["gl"]), ("Policy effective", fd(f["eff"])), ("Last revised", fd(f["rev"])),
                      ("Next scheduled review", fd(f["nrev"]))], kw=50, size=8.8)
        else:
            pairs(d, [("Fuente" if es else "Criteria product", f"{VENDORS[f['vendor']]} - {f['ed']}"),
                      ("Guía" if es else ("Subset" if f["vendor"] == "rogla" else "Guideline"), s["gl"]),
                      ("ID", f["gid"]), ("Revisión" if es else "Revision dates",
                                         f"{fd(f['rev'])}; {fd(f['eff'])}"),
                      ("Licensed content", "Reproduced under license; excerpt limited to the criteria reviewed.")
                      if not es else (None, None)], kw=40, size=8.8)
        crit = s["crit"] if s["pages"] == 1 else (s["crit"][:3] if pg == 0 else s["crit"][3:])
        start = 1 if pg == 0 else 4
        rows = []
        for n, (txt, st, ev) in enumerate(crit, start):
            mark = "[X]" if st in ("MET", "CUMPLE") else "[ ]"
            rows.append((n, txt, mark + " " + st, ev.format(d=fd(f["evd"][n - 1]))))
        d.font(8.2, "B")
        for h, w in zip(["#", "Criterio" if es else "Criterion", "Resultado" if es else "Met / not met",
                         "Evidencia" if es else "Evidence in records"], [8, 96, 32, 46]):
            d.cell(w, 6, h, border="B")
        d.ln(6.5)
        for n, txt, st, ev in rows:
            y = d.get_y()
            d.font(8.2)
            d.set_xy(d.l_margin, y)
            d.cell(8, 4.3, f"{f['pfx']}{n}")
            d.set_xy(d.l_margin + 8, y)
            d.multi_cell(94, 4.3, txt, align="L")
            y2 = d.get_y()
            d.set_xy(d.l_margin + 104, y)
            d.cell(32, 4.3, st)
            d.set_xy(d.l_margin + 136, y)
            d.multi_cell(46, 4.3, ev, align="L")
            d.set_y(max(y2, d.get_y()) + 2)
        d.ln(2)
        if pg == s["pages"] - 1:
            d.para(("Resultado: se cumplen todos los criterios." if es else "Outcome: all criteria met.")
                   if f["den"] is None else ("Resultado: criterios no cumplidos. Revisado por: " if es else
                                             "Outcome: criteria not met. Reviewer: ") + f"{f['md']}, MD", 8.8)
        d.para(f"Criteria set {f['cs']} · printed {fd(f['printed'])} · © {VENDORS[f['vendor']]}" if f["vendor"] !=
               "policy" else f"Policy {f['gid']} · printed {fd(f['printed'])}", 7.5)


def letter(f: dict) -> bytes:
    s = SCEN[f["scen"]]
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    i = ISSUERS[f["ins"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d = Page(foot=f"{i['name']}  ·  {'Formulario' if es else 'Form'} UM-{f['form']}  ·  {{p}}/{{n}}",
             header=f"{f['member']}  ·  {L['ref']} {f['ref']}")
    d.add_page()
    letterhead(d, i["style"], i["name"], i["line2"], i.get("logo", ""), i.get("parent", ""))
    d.text_line(fd(f["date"]), 10, h=6)
    to_hosp = s["kind"] == "post" and s["pk"] == "hospital"
    if to_hosp:
        mail_to(d, [f["prov"], "Attn: Utilization Review / Patient Financial Services", f["prov_addr"]])
    else:
        mail_to(d, [f["member"]] + list(f["addr"]))
    title = ("Aviso de decisión: servicio no aprobado" if es else
             "Approval of your request" if s["kind"] == "approve" else
             "Notice of adverse benefit determination" if f["lab"] != 3 else "We denied coverage for a service")
    d.text_line(title, 12.5, "B", h=7)
    d.ln(1)
    dos = (f"{fd(f['start'])} - {fd(f['end'])}" if f["end"] else fd(f["start"]))
    rows = [(L["pat"], f["member"]), (L["mid"], f["mid"]), (L["grp"], f["group"]), (L["plan"], f["plan"]),
            (L["ref"], f["ref"]), (L["clm"], f["clm"]), (L["svc"], s["svc"]),
            (L["prov"], f"{f['prov']} (NPI {f['npi']})"), (L["doc"], f"{f['doc']}, MD"), (L["dos"], dos),
            (L["rec"], fd(f["received"])), (L["amt"], usd(f["amt"], f["ms"]) if f["amt"] else None)]
    if s["kind"] == "approve":
        rows.insert(5, ("Authorization number", f["auth"]))
        rows = [(k, v) for k, v in rows if k != L["dos"]] + [("Approved period", f"{fd(f['start'])} through "
                                                                                  f"{fd(f['end'])}")]
    pairs(d, rows, kw=56, size=9.1)
    if es:
        d.para("Revisamos la solicitud de su médico. Decidimos que el plan no cubrirá este servicio.", 9.8)
        d.para("Por qué: " + s["reason"], 9.6)
        d.para(f"Usamos la guía clínica {VENDORS[f['vendor']]} {f['gid']}; una copia de los criterios revisados está "
               "adjunta (Anexo A). Un médico revisor tomó esta decisión: " + f"{f['md']}, MD.", 9.3)
        d.para("Su derecho a apelar: usted puede pedir una apelación dentro de 180 días a partir de la fecha de esta "
               "carta. Si su salud corre peligro, pida una apelación rápida (respuesta en 72 horas).", 9.3)
    elif s["kind"] == "approve":
        d.para(f"We approved the request from {f['prov']} for the service above. The approval is valid for the "
               f"period shown. Our nurse reviewer compared the records with our medical policy {f['gid']}; every "
               "criterion was met (see Attachment A). Approval does not guarantee payment if you are not enrolled on "
               "the date of service or benefits change.", 9.6)
    else:
        d.para(("We reviewed the hospital's claim for the stay shown above. " if to_hosp else
                "We reviewed the request and the medical records. ") + "Reason for our decision: " + s["reason"], 9.6)
        src = (f"our Medical Policy {f['gid']} ({s['gl']})" if f["vendor"] == "policy" else
               f"{VENDORS[f['vendor']]}, {f['ed']}, {s['gl']} ({f['gid']})")
        d.para(f"The criteria used: {src}. The criteria we reviewed, with each marked met or not met, are enclosed "
               f"as Attachment A. The plan provision: Section {f['sect']} of your benefit booklet covers services "
               f"that are medically necessary. The decision was made by {f['md']}, MD, {f['spec']}.", 9.3)
        if f["dl"] == "days":
            ap = "You may appeal within 180 days of the date of this letter."
        elif f["dl"] == "date":
            ap = f"You have until {fd(f['deadline'])} to ask us for an appeal."
        else:
            ap = "You may appeal within 180 days after you receive this notice."
        d.para("Your appeal rights: " + ap + " Send your appeal in writing with any new records. If waiting could "
               "seriously harm your health, ask for an expedited appeal (decision within 72 hours). Your doctor may "
               "ask for a peer-to-peer talk with the reviewer within 14 days. You may also ask for an external "
               "review within 4 months after our final decision.", 9.2)
    d.para(("Preguntas: " if es else "Questions: call ") + f["ph"] + " (TTY 711).", 9)
    signature(d, [f"{f['md']}, MD", "Director Médico" if es else "Medical Director", i["name"]],
              "Atentamente," if es else "Sincerely,")
    d.font(8.5)
    d.cell(0, 4.3, ("cc: " + (f"{f['doc']}, MD" if not to_hosp else f"{f['member']} (member); {f['doc']}, MD"))
           + ("   Adjunto: Anexo A" if es else "   Enclosure: Attachment A (criteria excerpt)"),
           new_x="LMARGIN", new_y="NEXT")
    criteria_pages(d, f, es)
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, scen: str, lab, ds: str, date: dt.date, ms: str, dl: str) -> dict:
    s = SCEN[scen]
    lang = "es" if lab == "es" else "en"
    if s["kind"] == "post":
        start = days(date, -r.randint(25, 50))
    else:
        start = days(date, r.randint(7, 21))
    end = days(start, s["span"]) if s["span"] else None
    md = clinician(r)
    doc = clinician(r, md)
    ra = address(r)
    vendor = s["vendor"]
    gid = {"rogla": mixed(r, "RCC-99-999"), "sneznik": mixed(r, "A-999 (ASG)"), "policy": mixed(r, "MP.AA.999")}[vendor]
    if s["kind"] == "post" and s["span"]:
        evd = sorted(days(start, r.randint(0, s["span"])) for _ in range(6))
    elif s["kind"] == "post":
        evd = [days(start, -r.randint(3, 40)) for _ in range(6)]
    else:
        evd = [days(date, -r.randint(8, 80)) for _ in range(6)]
    return dict(ins=ins, scen=scen, lab=lab, ds=ds, date=date, ms=ms, dl=dl, lang=lang, den=s["den"],
                member=person(r, lang), mid=mixed(r, "AAA999999999") if ins == "krka" else digits(r, 11),
                group=mixed(r, "G999999") if ins != "idrija" else digits(r, 5),
                plan=(digits(r, 5) + "KS" + digits(r, 7) if ins == "postojna" else None),
                ref=mixed(r, "UM9999999999") if ins == "krka" else mixed(r, "9999A999999"),
                clm=(digits(r, 13) if s["kind"] == "post" else None),
                auth=("AUTH-" + digits(r, 7) if s["kind"] == "approve" else None),
                amt=(money(r, 2500, 24000) if s["kind"] == "post" else None), prov=PROVIDERS[s["pk"]],
                prov_addr=f"{ra[0]}, {ra[1]}", npi=npi(r), doc=doc, md=md,
                spec=r.choice(["board certified in internal medicine", "board certified in family medicine"]),
                start=start, end=end, received=days(date, -r.randint(2, 6)), addr=address(r, lang), ph=phone(r),
                form=digits(r, 4), vendor=vendor, gid=gid, ed=r.choice(["29th Edition", "2026 release", "Ed. 31"]),
                eff=dt.date(2026, 1, 1), rev=days(date, -r.randint(120, 300)), nrev=days(date, r.randint(90, 200)),
                printed=days(date, -1), evd=evd, cs=mixed(r, "CS-9999"), pfx=("C" if vendor == "rogla" else ""),
                sect=f"{r.randint(3, 9)}.{r.randint(1, 12)}", deadline=days(date, 180))


def doc_truth(f: dict) -> dict:
    s = SCEN[f["scen"]]
    den = s["den"]
    cases = [f["ref"]] + ([f["clm"]] if f["clm"] else []) + ([f["auth"]] if f["auth"] else [])
    dead = None if den is None or f["dl"] == "receive" else iso(f["deadline"])
    alts = {"provider": [f["doc"]]}
    if f["end"]:
        alts["service_dates"] = [[iso(f["start"])]]
    if den is not None and f["dl"] == "receive":  # 'within 180 days after you receive': notice + 180 accepted
        alts["appeal_deadline"] = [iso(f["deadline"])]
    kw = dict(insurer=ISSUERS[f["ins"]]["name"], member_id=f["mid"], group_number=f["group"], plan_id=f["plan"],
              member_name=f["member"], case_numbers=cases, claim_amount=m2(f["amt"]) if f["amt"] else None,
              service_dates=[iso(f["start"], f["end"])], denial_date=iso(f["date"]), provider=f["prov"],
              appeal_deadline=dead, alternates=alts)
    if den is None:
        return truth("other", None, f["lang"], **kw)
    return truth("denial_letter", den, f["lang"],
                 denial_alternates=["medical_necessity"] if den == "level_of_care" else None, **kw)


# (stem, condition, issuer, scenario, labels, date style, money style, deadline kind)
PLAN = [
    ("criteria_excerpt_attachment_denial_bd_lumbar_mri", "born_digital", "krka", "mri", 1, "long", "plain", "days"),
    ("criteria_excerpt_attachment_denial_bd_inpatient_to_observation", "born_digital", "postojna", "obs", 2, "slash",
     "plain", "date"),
    ("criteria_excerpt_attachment_denial_scan_knee_replacement", "scan_clean_300", "idrija", "tka", 3, "abbr",
     "plain", "days"),
    ("criteria_excerpt_attachment_denial_lowres_es_sleep_study", "scan_lowres_150", "krka", "es_psg", "es", "es",
     "plain", "days"),
    ("criteria_excerpt_attachment_denial_rot_oxygen_approved", "rotated", "postojna", "o2", 1, "iso", "plain", "days"),
    ("criteria_excerpt_attachment_denial_copy_irf_to_snf", "photocopy", "idrija", "irf", 2, "dmy", "plain",
     "receive"),
    ("criteria_excerpt_attachment_denial_phone_egd_claim", "phone_photo", "krka", "egd", 3, "upper", "nosign", "date"),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, ins, scen, lab, ds, ms, dl) in enumerate(PLAN):
        r = random.Random(123600 + n)
        date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 250))
        f = facts(r, ins, scen, lab, ds, date, ms, dl)
        items.append(Item(stem, cond, [(letter(f), doc_truth(f))]))
    return items
