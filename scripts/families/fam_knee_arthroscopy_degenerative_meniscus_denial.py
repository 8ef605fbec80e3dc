"""Family 'knee_arthroscopy_degenerative_meniscus_denial': plan and orthopedic benefit manager letters and EOBs on knee
arthroscopy with meniscectomy (29880 both menisci, 29881 one meniscus) for a degenerative meniscal tear in a knee with
osteoarthritis, and a chondroplasty (29877 / G0289) billed with it.

Issuers (all invented): Kittredge Bay Health Alliance (logo word "KITTREDGE BAY" over a rule; letters and EOBs),
Arclight Orthopedic Review Services (musculoskeletal benefit manager writing for Kittredge Bay; return-address block),
Ceibamar Salud (Spanish plan letter). Contents: pre-service denial for no mechanical locking and Kellgren-Lawrence
grade 3 (benefit manager letter); EOB with a physical therapy visit paid as a decoy claim and the chondroplasty line
denied as bundled into the meniscectomy; an upheld first-level appeal (grade 4; second-level appeal within 60 days);
an approval for a locked knee with a displaced bucket-handle tear (150 dpi); a rotated scan of the surgery center's
facility claim denied after the surgery (printed deadline); a fax to the orthopedic practice denying 29880 with a
peer-to-peer offer (decoy date); a photocopied Spanish letter. Decoys: the physical therapist whose note is quoted,
X-ray and MRI dates, dates of birth, NPIs, request received dates, the peer-to-peer deadline.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import MONTHS_ES, Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "knee_arthroscopy_degenerative_meniscus_denial"
LANG = "en"

KB, AR, CS = "Kittredge Bay Health Alliance", "Arclight Orthopedic Review Services", "Ceibamar Salud"
ADDR = {KB: ("PO Box 52218", "Halverton, NE 68979"), AR: ("4410 Denholm Parkway, Suite 300", "Quarrington, TN 37998"),
        CS: ("Apartado 19044", "Caguas, PR 00726")}
PRACTICES = ["Quarrymen Orthopaedic & Sports Medicine", "Halvard Joint & Spine Surgeons",
             "Oakhurst Bend Orthopedic Associates"]
SURGEONS = ["Dr. Emeka Vandermeer", "Dr. Signe Alcantara", "Dr. Rohan Featherstonhaugh", "Dr. Liesel Okafor-Grant"]
PTS = ["Sabine Okafor, PT, DPT", "Mateus Lindgren, PT", "Harriet Osei-Bonsu, DPT"]
PT_CLINIC = "Kinetic Ferry Physical Therapy"
ASC = "Brightwater Hollow Surgery Center"
FIRST = ["Benedikt", "Rosalind", "Olumide", "Fiorella", "Haskell", "Mirela", "Tomasz", "Adaeze", "Winifred",
         "Jaroslav", "Imani", "Cosmo", "Valentina", "Thaddeus"]
LAST = ["Ashdown", "Kowalski", "Brennan-Idowu", "Sorensen", "Vasquez", "Tanaka", "Holmgren", "Oduya", "Pritchard",
        "Zelenko", "Marchetti", "Abernathy", "Lindqvist", "Okoro"]
FIRST_ES = ["Milagros", "Efraín", "Yamilet", "Rigoberto", "Xiomara"]
LAST_ES = ["Irizarry", "Montalvo", "Santiago", "Cintrón", "Figueroa"]
STREETS = ["Tinker Hollow Road", "Greystone Lane", "Wicker Park Court", "Old Ferry Drive", "Bramble Way"]
TOWNS = ["Halverton, NE 68979", "Quarrington, TN 37998", "Pensby Mills, IN 46999", "Lowgate, SC 29999"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def facts(r: random.Random, ins: str, ds: str, lang: str = "en") -> dict:
    if lang == "es":
        first, last = r.choice(FIRST_ES), r.choice(LAST_ES)
    else:
        first, last = r.choice(FIRST), r.choice(LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 140))
    dos = notice - dt.timedelta(days=r.randint(20, 50))
    if ins in (KB, AR):
        mid_ = "KBH" + digits(r, 9)
        grp = "KB" + digits(r, 5)
        claim = f"{notice.strftime('%y')}KB{digits(r, 9)}"
    else:
        mid_ = "CS-" + digits(r, 8)
        grp = "PR-" + digits(r, 4)
        claim = "CSR" + digits(r, 10)
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice, dos=dos,
                mid=mid_, grp=grp, claim=claim, practice=r.choice(PRACTICES), surgeon=r.choice(SURGEONS),
                pt=r.choice(PTS), side=r.choice(["right", "left"]),
                dob=dt.date(r.randint(1950, 1985), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=npi(r),
                npi2=npi(r), xray=dos - dt.timedelta(days=r.randint(40, 90)),
                mri=dos - dt.timedelta(days=r.randint(20, 38)), case="AOR-" + digits(r, 8))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Doc, f: dict) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == KB:
        d.text_line("KITTREDGE BAY", 22, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"{KB}  |  {a[0]}  |  {a[1]}  |  Member Services {f['ph']}", 8.5)
    elif ins == AR:
        d.text_line(AR, 13, "B")
        d.text_line(f"Musculoskeletal utilization review on behalf of {KB}", 9)
        d.text_line(a[0], 9)
        d.text_line(a[1], 9)
    else:
        d.text_line("CEIBAMAR", 22, "B")
        d.text_line(f"{CS}  -  {a[0]}, {a[1]}", 9)
        d.rule(0.6, 1.2)
    d.ln(6)


def pairs(d: Doc, rows: list[tuple[str, str]], lw: float = 52, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def knee_history(f: dict) -> str:
    return (f"The standing X-rays of {D(f, f['xray'])} and the MRI of {D(f, f['mri'])} of the {f['side']} knee were "
            f"reviewed, with the physical therapy notes of {f['pt']} ({PT_CLINIC}), who treated the knee for six "
            "weeks before the request.")


# --------------------------------------------------------------------------------------------------- letters
def denial_letter(f: dict, code: str, desc: str, amt: float | None, pre: bool, reason: str, how: str, days: int,
                  denial: str, dalts: list[str], to_office: bool = False, fax: str | None = None,
                  title: str = "Notice of Adverse Benefit Determination", provider: str | None = None,
                  extra: str | None = None, upheld: str | None = None, rotated_font: str = "Helvetica"
                  ) -> tuple[bytes, dict]:
    d = Doc(rotated_font, footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    if to_office:
        for ln in (f["practice"], "Attn: Surgical Scheduling", f"Fax {phone(f['r'])}"):
            d.text_line(ln, 10.5)
        d.text_line(f"cc: {f['name']}", 9.5)
        d.ln(5)
    else:
        addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    prov = provider or f["practice"]
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Date of birth:", D(f, f["dob"]))]
    cases = []
    if upheld:
        rows.append(("Appeal number:", upheld))
        cases.append(upheld)
    if f["ins"] == AR:
        rows.append(("Arclight case number:", f["case"]))
        cases.append(f["case"])
    rows.append(("Request number:" if pre else "Claim number:", f["claim"]))
    cases.append(f["claim"])
    rows += [("Planned surgery date:" if pre else "Date of surgery:", D(f, f["dos"])),
             ("Procedure:", f"{code} {desc}, {f['side']} knee"),
             ("Surgeon:", f"{f['surgeon']}, {f['practice']}"), ("Facility:", ASC), ("Surgeon NPI:", f["npi"])]
    if pre:
        rows.append(("Request received:", D(f, f["notice"] - dt.timedelta(days=5))))
    else:
        rows.append(("Billed charges:", fmt_money(amt)))
    pairs(d, rows)
    d.para(f"Dear {f['first']} {f['last']}:" if not to_office else f"Dear Dr. {f['surgeon'].split()[-1]}:")
    d.para(knee_history(f))
    d.text_line("Why we made this decision" if not upheld else "Why we upheld the decision", 11, "B")
    d.ln(1)
    d.para(reason)
    if extra:
        d.para(extra)
    d.para("The criteria used were the Arclight Clinical Guideline MSK-07, Knee Arthroscopy and Meniscal Surgery. You "
           "may ask for a free copy of the guideline and of all records used in this decision.", 9.5)
    d.text_line("Your right to appeal" if not upheld else "Your right to a second-level appeal", 11, "B")
    d.ln(1)
    dl = f["notice"] + dt.timedelta(days=days)
    if how == "date":
        d.para(f"If you disagree, send a written appeal to {KB}, Appeals Unit, {ADDR[KB][0]}, {ADDR[KB][1]}. Your "
               f"appeal must be postmarked by {D(f, dl)}.")
    else:
        d.para(f"If you disagree, you or your doctor may appeal. The appeal must be filed within {days} days of the "
               f"date of this {how}. Send it to {KB}, Appeals Unit, {ADDR[KB][0]}, {ADDR[KB][1]}, or fax it to "
               f"{phone(f['r'])}.")
    d.para("If a delay could seriously jeopardize your health, you may ask for an expedited appeal; we decide those "
           "within 72 hours. You may also ask for an independent external review within 4 months after the final "
           "internal decision.", 9.5)
    d.para(f"Questions: {f['ph']} (TTY 711)")
    d.para(f"Sincerely,\nPhysician Reviewer, board certified in orthopedic surgery\n{f['ins']}", 10)
    alts: dict = {"provider": [f["surgeon"]] + ([f["practice"]] if prov != f["practice"] else [])}
    if f["ins"] == AR:
        alts["insurer"] = [KB]
    if upheld:
        alts["case_numbers"] = [[upheld]]
    t = truth("denial_letter", denial, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=cases, claim_amount=None if amt is None else m2(amt),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=prov, appeal_deadline=iso(dl),
              alternates=alts, denial_alternates=dalts)
    return pdf_bytes(d), t


def approval(f: dict, auth: str) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line("Approval of Requested Surgery", 13, "B")
    d.ln(2)
    pairs(d, [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
              ("Arclight case number:", f["case"]), ("Authorization number:", auth),
              ("Procedure:", f"29881 Arthroscopy, knee, with meniscectomy (medial OR lateral), {f['side']}"),
              ("Surgeon:", f"{f['surgeon']}, {f['practice']}"), ("Facility:", ASC),
              ("Approved date of surgery:", D(f, f["dos"])), ("Approved units:", "1")])
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(knee_history(f))
    d.para(f"The request is approved. The records show a locked {f['side']} knee: since a twisting injury you cannot "
           "straighten the knee past 20 degrees, and the MRI shows a displaced bucket-handle tear of the medial "
           "meniscus. The X-rays show Kellgren-Lawrence grade 1 changes only. Arthroscopic meniscectomy for a "
           "mechanically locked knee meets the criteria in Arclight Clinical Guideline MSK-07.")
    d.para("This approval is not a guarantee of payment. Benefits depend on your eligibility on the date of surgery "
           "and your plan's deductible and coinsurance.")
    d.para(f"Questions: {f['ph']} (TTY 711)")
    d.para(f"Sincerely,\nClinical Review Team\n{AR}", 10)
    t = truth("other", None, insurer=AR, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[f["case"], auth], claim_amount=None, service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["practice"], appeal_deadline=None,
              alternates={"provider": [f["surgeon"]], "insurer": [KB], "case_numbers": [[auth], [f["case"]]]})
    return pdf_bytes(d), t


def carta_es(f: dict, amt: float) -> tuple[bytes, dict]:
    def fe(d_: dt.date) -> str:
        return f"{d_.day} de {MONTHS_ES[d_.month - 1]} de {d_.year}"
    d = Doc("DejaVu", footer="Página {p} de {n}")
    d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    d.add_page()
    letterhead(d, f)
    d.text_line(fe(f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line("Aviso de denegación de beneficios", 13, "B")
    d.ln(2)
    pairs(d, [("Afiliado:", f["name"]), ("Núm. de afiliado:", f["mid"]), ("Grupo:", f["grp"]),
              ("Fecha de nacimiento:", fe(f["dob"])), ("Núm. de reclamación:", f["claim"]),
              ("Fecha de la cirugía:", fe(f["dos"])),
              ("Procedimiento:", f"29881 Artroscopia de rodilla con meniscectomía, rodilla "
                                 f"{'derecha' if f['side'] == 'right' else 'izquierda'}"),
              ("Proveedor:", f"{f['practice']} ({f['surgeon']})"), ("Cantidad facturada:", fmt_money(amt))], lw=50)
    d.para(f"Estimado(a) {f['first']} {f['last']}:")
    d.para(f"Revisamos la reclamación de la cirugía de rodilla realizada el {fe(f['dos'])}. Revisamos las radiografías "
           f"del {fe(f['xray'])}, la resonancia magnética y las notas de terapia física de {f['pt']}.")
    d.text_line("Razón de la denegación", 11, "B")
    d.ln(1)
    d.para("La cirugía no es médicamente necesaria. Las radiografías muestran artrosis de la rodilla grado 3 de "
           "Kellgren-Lawrence y la resonancia muestra un desgarro degenerativo del menisco. Usted no tiene bloqueo "
           "mecánico de la rodilla. Los estudios muestran que la meniscectomía artroscópica no ayuda más que la "
           "terapia física en estos casos. Nuestras guías no la cubren sin bloqueo mecánico.")
    d.text_line("Su derecho a apelar", 11, "B")
    d.ln(1)
    d.para("Si no está de acuerdo, puede apelar por escrito dentro de 180 días a partir de la fecha de este aviso. "
           f"Envíe su apelación a {CS}, Unidad de Apelaciones, {ADDR[CS][0]}, {ADDR[CS][1]}. Si su salud corre "
           "peligro, puede pedir una apelación acelerada (72 horas).")
    d.para(f"Preguntas: {f['ph']} (TTY 711), lunes a viernes de 8:00 a.m. a 6:00 p.m.")
    d.para(f"Atentamente,\nDepartamento de Revisión Médica\n{CS}", 10)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=CS, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["claim"]], claim_amount=m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["practice"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)), alternates={"provider": [f["surgeon"]]})
    return pdf_bytes(d), t


# --------------------------------------------------------------------------------------------------- EOB
def eob_bundled(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Explanation of Benefits", 15, "B")
    d.text_line("This is not a bill. Keep it with your records.", 9)
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(110, y0)
    for k, v in [("Date issued", D(f, f["notice"])), ("Patient", f["name"]), ("Member ID", f["mid"]),
                 ("Group", f["grp"]), ("Birth date", D(f, f["dob"]))]:
        d.set_x(110)
        d.font(9, "B")
        d.cell(30, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    pt = dict(claim=f"{f['notice'].strftime('%y')}KB{digits(r, 9)}", prov=f"{PT_CLINIC} ({f['pt']})", npi=f["npi2"],
              dos=f["dos"] - dt.timedelta(days=r.randint(12, 30)),
              lines=[("97110", "Therapeutic exercise, 15 min x3", 246.00, 138.60, 98.60, 40.00, "")])
    ent = dict(claim=f["claim"], prov=f["practice"], npi=f["npi"], dos=f["dos"],
               lines=[("29881", "Knee arthroscopy, meniscectomy, " + f["side"], 5840.00, 2918.45, 2334.76, 583.69, ""),
                      ("29877", "Knee arthroscopy, chondroplasty", 2175.00, 0.0, 0.0, 0.0, "B7")])
    for c in (pt, ent):
        d.font(10, "B")
        d.cell(0, 6, f"Claim {c['claim']}  |  {c['prov']}  |  NPI {c['npi']}", new_x="LMARGIN", new_y="NEXT")
        rows = [[D(f, c["dos"]), ln[0], ln[1], fmt_money(ln[2]), fmt_money(ln[3]), fmt_money(ln[4]),
                 fmt_money(ln[5]), ln[6]] for ln in c["lines"]]
        rows.append(["*Total", "", "", fmt_money(sum(x[2] for x in c["lines"])),
                     fmt_money(sum(x[3] for x in c["lines"])), fmt_money(sum(x[4] for x in c["lines"])),
                     fmt_money(sum(x[5] for x in c["lines"])), ""])
        d.table(["Date", "Code", "Service", "Charged", "Allowed", "Plan paid", "Your share", "Note"],
                rows, [22, 14, 60, 20, 19, 19, 19, 10], size=8, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Notes", 10, "B")
    d.para("B7  Chondroplasty (29877) in the same knee on the same day as a meniscectomy (29880 / 29881) is included "
           "in the meniscectomy and is not paid separately (CARC 97). You are not responsible for this amount.", 8.8)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=180)
    d.para("Your right to appeal: if you disagree with how this claim was processed, you may appeal within 180 days of "
           "the date of this statement. Write to the Appeals Unit at the address above.", 9)
    d.para(f"Questions? {f['ph']} (TTY 711)", 9)
    t = truth("eob", "coding_error", insurer=KB, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount="8015.00", service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["practice"], appeal_deadline=iso(dl),
              alternates={"claim_amount": ["2175.00"], "provider": [f["surgeon"]]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# --------------------------------------------------------------------------------------------------- plan
def documents(rng) -> list[Item]:
    items = []
    r = random.Random(214600)

    f = facts(random.Random(214601), AR, "long")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(12, 30))
    f["xray"] = f["notice"] - dt.timedelta(days=r.randint(40, 70))
    f["mri"] = f["notice"] - dt.timedelta(days=r.randint(15, 30))
    items.append(Item(f"{FAMILY}_bd_obm_preservice_no_locking_kl3", "born_digital", [denial_letter(
        f, "29881", "Arthroscopy, knee, with meniscectomy (medial OR lateral)", None, True,
        "The request is not medically necessary. The X-rays show Kellgren-Lawrence grade 3 osteoarthritis of the "
        f"{f['side']} knee and the MRI shows a degenerative horizontal tear of the medial meniscus. The notes describe "
        "pain and swelling but no mechanical locking or catching. For a degenerative tear in a knee with moderate or "
        "severe arthritis, arthroscopic partial meniscectomy has not been shown to work better than physical therapy "
        "and exercise, and our guideline covers it only when the knee locks.", "letter", 180, "medical_necessity",
        [])]))

    f = facts(random.Random(214602), KB, "slash")
    items.append(Item(f"{FAMILY}_bd_eob_chondroplasty_bundled_pt_paid", "born_digital", [eob_bundled(f)]))

    f = facts(random.Random(214603), KB, "abbr")
    appeal_no = "KBA-" + digits(r, 7)
    first_d = f["notice"] - dt.timedelta(days=r.randint(50, 70))
    f["dos"] = first_d - dt.timedelta(days=r.randint(20, 40))
    f["mri"] = f["dos"] - dt.timedelta(days=r.randint(20, 38))
    f["xray"] = f["mri"] - dt.timedelta(days=r.randint(14, 40))
    items.append(Item(f"{FAMILY}_scan300_upheld_appeal_kl4", "scan_clean_300", [denial_letter(
        f, "29880", "Arthroscopy, knee, with meniscectomy (medial AND lateral)", 9265.00, False,
        f"On {D(f, first_d)} we denied this claim as not medically necessary. You appealed and sent a letter from "
        f"{f['surgeon']}. An orthopedic surgeon who did not make the first decision reviewed the appeal. The X-rays "
        "show Kellgren-Lawrence grade 4 osteoarthritis with bone-on-bone narrowing of the medial compartment, and "
        "the MRI shows degenerative tears of both menisci. There was no locked knee. Meniscectomy does not relieve "
        "the pain of advanced arthritis, so the surgery was not medically necessary. We uphold our denial.", "letter",
        60, "medical_necessity", [], title="Appeal Decision: Denial Upheld", upheld=appeal_no)]))

    f = facts(random.Random(214604), AR, "iso")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(7, 21))
    f["xray"] = f["notice"] - dt.timedelta(days=r.randint(10, 20))
    f["mri"] = f["notice"] - dt.timedelta(days=r.randint(4, 9))
    items.append(Item(f"{FAMILY}_lowres_approval_locked_knee", "scan_lowres_150",
                      [approval(f, "KBP" + digits(r, 8))]))

    f = facts(random.Random(214605), KB, "dmy")
    items.append(Item(f"{FAMILY}_rotated_asc_facility_claim_denied", "rotated", [denial_letter(
        f, "29881", "Arthroscopy, knee, with meniscectomy (medial OR lateral)", 7412.50, False,
        f"{ASC} billed the facility charges for this surgery. The surgery was not approved before it was done, and "
        "when we reviewed the records after the claim came in, they show Kellgren-Lawrence grade 3 arthritis, a "
        "degenerative tear and no mechanical locking. The surgery does not meet our medical necessity criteria, so "
        "the facility claim is denied. Under your plan's network agreement the surgery center may not bill you for "
        "this amount.", "date", 180, "medical_necessity", ["prior_authorization"],
        title="Your claim was denied", provider=ASC, rotated_font="Times")]))

    f = facts(random.Random(214606), AR, "slash")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(10, 25))
    f["xray"] = f["notice"] - dt.timedelta(days=r.randint(30, 60))
    f["mri"] = f["notice"] - dt.timedelta(days=r.randint(12, 25))
    p2p = f["notice"] + dt.timedelta(days=14)
    fax = f"ARCLIGHT ORTHO REVIEW  FAX {phone(r)}  {fmt_date(f['notice'], 'slash')} 09:41  PG 1"
    items.append(Item(f"{FAMILY}_faxf_obm_to_practice_29880_peer_to_peer", "fax_fine_g4", [denial_letter(
        f, "29880", "Arthroscopy, knee, with meniscectomy (medial AND lateral)", None, True,
        "The request is not medically necessary. The X-rays show Kellgren-Lawrence grade 3 changes with joint space "
        "narrowing, and the MRI shows complex degenerative tears of both menisci with no displaced fragment. The "
        f"physical therapy notes of {f['pt']} record full range of motion and no locking or giving way. Our guideline "
        "does not cover meniscectomy for a degenerative tear in an arthritic knee without mechanical symptoms.",
        "notice", 180, "medical_necessity", [], to_office=True, fax=fax,
        extra=f"Peer-to-peer discussion: the surgeon may call {phone(r)} to speak with the physician reviewer by "
              f"{D(f, p2p)}. A peer-to-peer discussion is not an appeal.")]))

    f = facts(random.Random(214607), CS, "es", lang="es")
    items.append(Item(f"{FAMILY}_copy_es_carta_sin_bloqueo_mecanico", "photocopy", [carta_es(f, 6980.00)]))
    return items
