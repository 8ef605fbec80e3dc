"""Family 'vision_therapy_convergence_insufficiency_denial': a medical plan's letters and EOBs and a vision plan's
letter on office-based vision therapy / orthoptic training (CPT 92065) for a child's convergence insufficiency
(ICD-10 H51.11), all invented.

Reasons: excluded as educational training (reading / school performance), excluded as treatment of a learning
disability (dyslexia billed with the therapy), sessions over the 12-session calendar-year limit (post-service EOB
and a pre-service request for more sessions, faxed behind a cover sheet), billed to the wrong plan (the vision
plan says 92065 is a medical benefit), one EOB paid, one Spanish EOB. Decoys: the parent / subscriber, the child's
date of birth, the referring pediatrician and the school (and its reading specialist), the practice's NPI and
phone, the request received date, sessions already used, allowed / paid / you-owe figures, the 72-hour expedited
appeal and external review time limits.

Issuers: Orrisdale Health Insurance Company (medical plan: serif letters with a fact block, "ORRISDALE" EOB with a
member panel and a line table; Spanish "Explicación de beneficios"), Clearwell Vision Plan, Inc. (vision plan
letter with a ruled box grid).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "vision_therapy_convergence_insufficiency_denial"
LANG = "en"
TB = "Orrisdale Health Insurance Company"
CW = "Clearwell Vision Plan, Inc."
ADDR = {TB: ("PO Box 48130", "Fallowmere, IA 50316"), CW: ("2200 Lucerne Parkway, Suite 400", "Dunmore Heights, AZ 85288")}
PLANS = {TB: "Orrisdale Select PPO 3000", CW: "Clearwell Vision Plus 130"}
CHILD = ["Amara", "Oisin", "Priya", "Mateus", "Saoirse", "Kenji", "Ludmila", "Tobiah", "Zainab", "Florian", "Nkechi",
         "Henrike", "Rafferty", "Ines"]
CHILD_ES = ["Ximena", "Santino", "Valentina", "Emiliano", "Renata", "Thiago"]
PARENT = ["Adaeze", "Bartholomew", "Cosima", "Dariusz", "Eleonora", "Fergus", "Gulnara", "Hamish", "Ileana", "Jareth"]
PARENT_ES = ["Rosaura", "Gilberto", "Maricela", "Leopoldo"]
LAST = ["Okonkwo-Hale", "Vanterpool", "Szymanski", "Abernethy", "Lindqvist", "Mbeki", "Castellanos", "Thorsby",
        "Ravensworth", "Oyama", "Delacroix", "Petrakis"]
LAST_ES = ["Echeverría", "Villaseñor", "Galindo", "Ocampo", "Zubiría"]
PRACTICES = [("Focal Point Vision Therapy Center", "Marguerite A. Lindholm, O.D."),
             ("Wendover Family Optometry", "Tobias R. Achebe, O.D."),
             ("Binocular Vision Clinic of Ashcombe", "Henrietta S. Kowalczyk, O.D., FCOVD"),
             ("Brightlake Children's Eye Care", "Rohan P. Vasudevan, O.D.")]
PEDS = ["Pinecrest Pediatrics (Dr. Ottoline F. Marsh, MD)", "Harbor Lane Pediatric Group (Dr. Emeric J. Tarrant, MD)",
        "Sunbury Children's Clinic (Dr. Folasade K. Idowu, MD)"]
SCHOOLS = ["Larkhaven Elementary School", "Cobbleridge Middle School", "St. Aldric Academy", "Meadowbrook Primary School"]
STREETS = ["Quenby Lane", "Harcourt Row", "Ellesmere Drive", "Partridge Hollow Rd", "Tolliver Street"]
TOWNS = [("Fallowmere", "IA", "50317"), ("Dunmore Heights", "AZ", "85289"), ("Ashcombe", "OR", "97302"),
         ("Rio Bravo Springs", "TX", "78046")]


def facts(r: random.Random, kind: str, ins: str, ds: str, lang: str = "en") -> dict:
    es = lang == "es"
    last = r.choice(LAST_ES if es else LAST)
    child = f"{r.choice(CHILD_ES if es else CHILD)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    parent = f"{r.choice(PARENT_ES if es else PARENT)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    dec = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 130))
    dob = dt.date(2026 - r.randint(7, 13), r.randint(1, 12), r.randint(1, 28))
    prac, od = r.choice(PRACTICES)
    fee = r.choice([95.0, 110.0, 118.0, 125.0, 135.0, 142.5])
    allowed = round(fee * r.choice([0.62, 0.7, 0.74]), 2)
    n = {"limit": r.randint(2, 4), "prelimit": 0}.get(kind, r.randint(3, 6))
    first = dec - dt.timedelta(days=r.randint(30, 45) + 7 * n)
    sess = [first + dt.timedelta(days=7 * i + r.choice([0, 0, 1, 2])) for i in range(n)]
    town = r.choice(TOWNS)
    if ins == TB:
        mid, grp, claim = (f"TH{r.randint(10000000, 99999999)}-0{r.randint(2, 4)}", f"{r.randint(300000, 399999)}",
                           f"{r.randint(26000, 26999)}-{r.randint(100000, 999999)}")
    else:
        mid, grp, claim = (f"CW{r.randint(1000000, 9999999)}", f"VG-{r.randint(1000, 9999)}",
                           f"VC{r.randint(10000000, 99999999)}")
    rows = []
    for i, s in enumerate(sess):
        if kind == "paid":
            coins = round(allowed * 0.2, 2)
            rows.append(dict(d=s, billed=fee, allowed=allowed, coins=coins, paid=round(allowed - coins, 2), rc="P1"))
        else:
            rows.append(dict(d=s, billed=fee, allowed=0.0, coins=0.0, paid=0.0,
                             rc={"edu": "X31", "ld": "X33", "limit": "V12", "wrong": "W07"}.get(kind, "X31")))
    req_start = dec + dt.timedelta(days=r.randint(10, 20))
    req_end = req_start + dt.timedelta(weeks=11)
    return dict(kind=kind, ins=ins, ds=ds, lang=lang, dec=dec, child=child, child_first=child.split()[0],
                parent=parent, last=last, dob=dob, prac=prac, od=od, ped=r.choice(PEDS), school=r.choice(SCHOOLS),
                fee=fee, rows=rows, total=round(fee * n, 2), paid_total=round(sum(x["paid"] for x in rows), 2),
                allowed_total=round(sum(x["allowed"] for x in rows), 2), mid=mid, grp=grp, claim=claim,
                addr=(f"{r.randint(11, 8800)} {r.choice(STREETS)}", f"{town[0]}, {town[1]} {town[2]}"),
                npi=f"1{r.randint(100000000, 999999999)}", phone=f"1-866-555-{r.randint(1000, 1999)}",
                fax=f"1-855-555-{r.randint(2000, 2999)}", ref=f"UM{r.randint(1000000, 9999999)}",
                received=dec - dt.timedelta(days=r.randint(3, 9)), req_start=req_start, req_end=req_end,
                used=12, asked=r.choice([12, 16, 18]))


def fd(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


REMARKS = {
    "P1": "Processed under your medical benefit for orthoptic / vision therapy. Paid at the in-network rate after "
          "your 20% coinsurance.",
    "X31": "Not covered. Your plan excludes educational, developmental or training services, including vision "
           "training to improve reading or school performance.",
    "X33": "Not covered. Your plan excludes services to treat learning disabilities, including dyslexia.",
    "V12": "Not covered. Your plan covers up to 12 vision therapy / orthoptic training sessions per calendar year. "
           "This limit has been reached.",
}
REMARKS_ES = {
    "X31": "No cubierto. Su plan excluye servicios educativos, de desarrollo o de entrenamiento, incluido el "
           "entrenamiento visual para mejorar la lectura o el rendimiento escolar.",
}


def t_head(d: Doc, f: dict, title: str | None = None) -> None:
    d.add_page()
    d.set_font("Times", "B", 20)
    d.cell(0, 9, "ORRISDALE", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "I", 9)
    d.cell(0, 4.5, f"{TB}  -  {ADDR[TB][0]}, {ADDR[TB][1]}", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.5, 5)
    if title:
        d.set_font("Helvetica", "B", 11)
        d.cell(0, 6, title, align="R", new_x="LMARGIN", new_y="NEXT")


def t_letter(d: Doc, f: dict) -> None:
    """Orrisdale letter to the parent: educational or learning-disability exclusion, or pre-service over the limit."""
    k = f["kind"]
    t_head(d, f)
    d.set_font("Times", "", 10.5)
    d.cell(0, 5, fd(f, f["dec"]), new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    for ln in (f"Parent or guardian of {f['child']}", f["parent"], *f["addr"]):
        d.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    block = [("Patient", f["child"]), ("Date of birth", fd(f, f["dob"])), ("Subscriber", f["parent"]),
             ("Member ID", f["mid"]), ("Group", f["grp"])]
    if k == "prelimit":
        block += [("Request number", f["ref"]), ("Requested by", f"{f['od']}, {f['prac']} (NPI {f['npi']})"),
                  ("Request received", fd(f, f["received"])),
                  ("Dates requested", f"{fd(f, f['req_start'])} to {fd(f, f['req_end'])}"),
                  ("Service", f"Vision therapy / orthoptic training, CPT 92065 x {f['asked']} sessions")]
    else:
        block += [("Claim number", f["claim"]), ("Provider", f"{f['prac']} ({f['od']})"),
                  ("Referred by", f["ped"]), ("Amount billed", fmt_money(f["total"]))]
    for key, v in block:
        d.set_font("Times", "B", 10)
        d.cell(38, 5.2, key + ":")
        d.set_font("Times", "", 10)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.set_font("Times", "B", 12)
    subj = {"edu": "Vision therapy claim denied - educational services exclusion",
            "ld": "Vision therapy claim denied - learning disability exclusion",
            "prelimit": "Request for additional vision therapy sessions - denied"}[k]
    d.cell(0, 6, subj, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.set_font("Times", "", 10.5)
    sal = f"Dear {f['parent'].split()[0]} {f['last']}:"
    if k == "edu":
        body = [sal,
                f"We reviewed the claim for {f['child_first']}'s vision therapy sessions (CPT 92065, orthoptic "
                f"training) at {f['prac']}. The records list convergence insufficiency (H51.11), but the treatment "
                f"plan sets goals for reading speed, tracking across a page and homework stamina, and it was "
                f"requested after a reading evaluation at {f['school']}.",
                "Your plan's Exclusions section does not cover educational, developmental or training services, "
                "including vision training whose purpose is to improve reading or school performance. For that "
                "reason the sessions below are denied. This decision is not a finding that the therapy is not "
                "helpful for your child."]
    elif k == "ld":
        body = [sal,
                f"We received a claim from {f['prac']} for vision therapy (CPT 92065) for {f['child_first']}. "
                f"The claim lists specific reading disorder (dyslexia, F81.0) as the primary diagnosis and "
                f"convergence insufficiency (H51.11) as secondary. The progress notes describe a referral from "
                f"the reading specialist at {f['school']}.",
                "Your certificate of coverage excludes treatment of learning disabilities, including dyslexia and "
                "other reading disorders, and vision therapy given for them. The sessions below are therefore not "
                "covered under your medical benefit."]
    else:
        body = [sal,
                f"{f['od']} of {f['prac']} asked us to approve {f['asked']} more sessions of vision therapy "
                f"(CPT 92065) for {f['child_first']}'s convergence insufficiency. Our records show "
                f"{f['child_first']} has already had {f['used']} covered sessions this calendar year.",
                "Your plan covers up to 12 vision therapy / orthoptic training sessions per calendar year. Because "
                "this limit has been reached, we cannot approve more sessions in this calendar year. This is a "
                "benefit limit, not a decision about medical necessity. The limit starts over on January 1."]
    for p in body:
        d.multi_cell(0, 5, p, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
    if k != "prelimit":
        d.set_font("Times", "", 10)
        d.table(["Session date", "CPT", "Description", "Billed", "Plan paid"],
                [[fd(f, x["d"]), "92065", "Orthoptic training", fmt_money(x["billed"]), fmt_money(0)]
                 for x in f["rows"]] + [["*Total", "", "", fmt_money(f["total"]), fmt_money(0)]],
                [36, 18, 52, 28, 28], size=9.5, aligns="LLLRR")
    d.set_font("Times", "B", 11)
    d.cell(0, 6, "Your right to appeal", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 10.5)
    dl = f["dec"] + dt.timedelta(days=180)
    apx = (f"You, your child's provider or someone you name may appeal in writing within 180 days of the date of "
           f"this letter. Send it to Orrisdale Appeals, {ADDR[TB][0]}, {ADDR[TB][1]}, or fax {f['fax']}."
           if k != "ld" else
           f"If you disagree, send a written appeal so that we receive it by {fd(f, dl)}. Mail it to Orrisdale "
           f"Appeals, {ADDR[TB][0]}, {ADDR[TB][1]}, or fax {f['fax']}.")
    for p in [apx,
              "If waiting could seriously harm your child's health, ask for an expedited appeal; we decide those "
              "within 72 hours. After our final decision you may ask for an external review within 4 months.",
              f"Questions? Call Member Services at {f['phone']} (TTY 711).",
              "Sincerely,", "Clinical Benefits Review", TB]:
        d.multi_cell(0, 5, p, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.5)


def t_eob(d: Doc, f: dict) -> None:
    """Orrisdale EOB: paid, over the session limit, or (Spanish) educational exclusion."""
    es = f["lang"] == "es"
    d.add_page()
    d.set_font("Times", "B", 20)
    d.cell(100, 9, "ORRISDALE")
    d.set_font("Helvetica", "B", 11)
    d.cell(0, 9, "Explicación de beneficios" if es else "Explanation of Benefits", align="R",
           new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 7.8)
    d.cell(100, 4, f"{TB}  -  {ADDR[TB][0]}, {ADDR[TB][1]}")
    d.cell(0, 4, "ESTO NO ES UNA FACTURA" if es else "THIS IS NOT A BILL", align="R", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.6, 4)
    y = d.get_y()
    for ln in (f["parent"].upper(), f["addr"][0].upper(), f["addr"][1].upper()):
        d.text_line(ln, 9.5)
    if es:
        panel = [("Fecha de emisión", fd(f, f["dec"])), ("Paciente", f["child"]),
                 ("Fecha de nacimiento", fd(f, f["dob"])), ("Suscriptor", f["parent"]), ("ID de miembro", f["mid"]),
                 ("Grupo", f["grp"]), ("Reclamación", f["claim"])]
    else:
        panel = [("Issue date", fd(f, f["dec"])), ("Patient", f["child"]), ("Patient DOB", fd(f, f["dob"])),
                 ("Subscriber", f["parent"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim #", f["claim"])]
    d.set_xy(112, y)
    for k, v in panel:
        d.set_x(112)
        d.font(8.2, "B")
        d.cell(34, 4.5, k)
        d.font(8.2)
        d.cell(0, 4.5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    if es:
        d.para(f"Proveedor: {f['prac']} - {f['od']} (de la red). Remitido por: {f['ped']}.", size=8.8)
    else:
        d.para(f"Provider: {f['prac']} - {f['od']} (in network)   NPI {f['npi']}   Referred by: {f['ped']}", size=8.8)
        if f["kind"] == "limit":
            d.para(f"Vision therapy sessions used this calendar year before this claim: {f['used']} of 12.", size=8.8)
    head = (["Fecha", "Código", "Servicio", "Facturado", "Permitido", "Coseguro", "Pagado", "Nota"] if es else
            ["Service date", "Code", "Service", "Billed", "Allowed", "Coinsurance", "Paid", "Note"])
    svc = "Entrenamiento ortóptico" if es else "Orthoptic training"
    rows = [[fd(f, x["d"]), "92065", svc, fmt_money(x["billed"]), fmt_money(x["allowed"]), fmt_money(x["coins"]),
             fmt_money(x["paid"]), x["rc"]] for x in f["rows"]]
    rows.append(["*Total", "", "", fmt_money(f["total"]), fmt_money(f["allowed_total"]),
                 fmt_money(sum(x["coins"] for x in f["rows"])), fmt_money(f["paid_total"]), ""])
    d.table(head, rows, [25, 15, 38, 20, 20, 22, 18, 14], size=8.2, aligns="LLLRRRRL", border_head="TB",
            head_fill=True)
    owe = round(f["total"] - f["paid_total"], 2) if f["kind"] != "paid" else sum(x["coins"] for x in f["rows"])
    d.para(("Usted puede deber: " if es else "Your share: ") + fmt_money(owe), size=9.5)
    d.text_line("Notas" if es else "Notes", 10, "B")
    d.ln(1)
    for rc in sorted({x["rc"] for x in f["rows"]}):
        d.para(f"{rc}  {(REMARKS_ES if es else REMARKS)[rc]}", size=8.6, gap=1.2)
    d.ln(2)
    d.text_line("Sus derechos de apelación" if es else "Your appeal rights", 10, "B")
    d.ln(1)
    if es:
        d.para(f"Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta explicación. "
               f"Llame al {f['phone']} o escriba a Apelaciones, {ADDR[TB][0]}, {ADDR[TB][1]}.", size=8.8)
    else:
        d.para(f"If you disagree with how this claim was processed, you may appeal within 180 days of the date of "
               f"this statement. Call {f['phone']} (TTY 711) or write to Appeals, {ADDR[TB][0]}, {ADDR[TB][1]}.",
               size=8.8)


def c_letter(d: Doc, f: dict) -> None:
    """Clearwell vision plan letter: 92065 is a medical benefit, billed to the wrong plan."""
    d.add_page()
    d.set_font("Helvetica", "B", 17)
    d.cell(120, 8, "Clearwell Vision Plan")
    d.set_font("Helvetica", "", 8)
    d.multi_cell(0, 3.8, f"{ADDR[CW][0]}\n{ADDR[CW][1]}\nMember Services {f['phone']}", align="R",
                 new_x="LMARGIN", new_y="NEXT")
    d.rule(1.2, 5)
    d.set_font("Helvetica", "", 10)
    for ln in (f["parent"], *f["addr"]):
        d.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.boxes([("Letter date", fd(f, f["dec"]), 34), ("Vision member ID", f["mid"], 40), ("Group", f["grp"], 28),
             ("Claim number", f["claim"], 42), ("Plan", PLANS[CW], 36)], value_size=9.2)
    d.boxes([("Patient", f["child"], 60), ("Patient date of birth", fd(f, f["dob"]), 40),
             ("Provider", f["prac"], 80)], value_size=9.2)
    d.ln(5)
    d.text_line("Claim not payable under your vision plan", 12, "B")
    d.ln(2)
    d.para(f"Dear {f['parent'].split()[0]} {f['last']},", size=10)
    d.para(f"{f['prac']} sent us a claim for vision therapy (orthoptic training, CPT 92065) for {f['child']} "
           f"for the dates below. Your Clearwell plan covers routine eye exams, lenses, frames and contact lenses. "
           f"Vision therapy for convergence insufficiency is the treatment of a medical eye condition, so it is "
           f"not a benefit of this vision plan. It may be covered by your medical plan. Please ask the provider to "
           f"send the claim to your medical insurance carrier.", size=10)
    d.table(["Date of service", "Procedure", "Charge", "Vision plan paid", "Reason"],
            [[fd(f, x["d"]), "92065", fmt_money(x["billed"]), fmt_money(0), "W07 medical benefit"] for x in f["rows"]]
            + [["*Claim total", "", fmt_money(f["total"]), fmt_money(0), ""]], [34, 26, 28, 34, 56], size=9,
            aligns="LLRRL")
    dl = f["dec"] + dt.timedelta(days=180)
    d.para(f"If you think this claim should be covered by your vision plan, you may request an appeal. Your appeal "
           f"must be received by {fd(f, dl)}. Write to Clearwell Appeals Unit, {ADDR[CW][0]}, {ADDR[CW][1]}, or "
           f"fax {f['fax']}. Include the claim number {f['claim']}.", size=10)
    d.para(f"The provider's office ({f['od']}) can call Provider Services at 1-800-555-0142 for help filing the "
           f"claim with your medical plan.", size=10)
    d.para(f"Sincerely,\nClaims Department\n{CW}", size=10)


def build(f: dict) -> bytes:
    d = Doc("Helvetica")
    {"tl": t_letter, "te": t_eob, "cl": c_letter}[f["layout"]](d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts = {"provider": [f["od"]]}
    dl = iso(f["dec"] + dt.timedelta(days=180))
    common = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["child"],
                  denial_date=iso(f["dec"]), provider=f["prac"], appeal_deadline=dl)
    if k == "prelimit":
        alts["service_dates"] = [[iso(f["req_start"])]]
        return truth("denial_letter", "not_covered", f["lang"], case_numbers=[f["ref"]],
                     service_dates=[iso(f["req_start"], f["req_end"])], claim_amount=None, alternates=alts,
                     denial_alternates=["other"], **common)
    common.update(case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                  service_dates=[iso(x["d"]) for x in f["rows"]])
    if f["layout"] == "cl":
        alts["plan_id"] = [PLANS[CW]]
    if k == "paid":
        alts["appeal_deadline"] = [None]
        return truth("eob", None, f["lang"], alternates=alts, type_alternates=["other"], **common)
    doc = "eob" if f["layout"] == "te" else "denial_letter"
    den_alt = {"limit": ["other"], "wrong": ["other"], "ld": ["other"], "edu": ["other"]}[k]
    return truth(doc, "not_covered", f["lang"], alternates=alts, denial_alternates=den_alt,
                 type_alternates=(["denial_letter"] if doc == "eob" else None), **common)


# (stem suffix, condition, kind, issuer, layout, date style, lang, separators)
PLAN = [
    ("bd_letter_educational_exclusion", "born_digital", "edu", TB, "tl", "long", "en", None),
    ("bd_eob_paid_orthoptic_training", "born_digital", "paid", TB, "te", "slash", "en", None),
    ("scan300_eob_over_12_session_limit", "scan_clean_300", "limit", TB, "te", "abbr", "en", None),
    ("lowres_vision_plan_wrong_plan", "scan_lowres_150", "wrong", CW, "cl", "iso", "en", None),
    ("copy_spanish_eob_servicio_educativo", "photocopy", "edu", TB, "te", "es_abbr", "es", None),
    ("faxf_cover_preservice_more_sessions", "fax_fine_g4", "prelimit", TB, "tl", "slash", "en", ["cover"]),
    ("rotated_letter_learning_disability", "rotated", "ld", TB, "tl", "dmy", "en", None),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, layout, ds, lang, seps) in enumerate(PLAN):
        f = facts(random.Random(195500 + i), kind, ins, ds, lang)
        f["layout"] = layout
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))], separators=seps))
    return items
