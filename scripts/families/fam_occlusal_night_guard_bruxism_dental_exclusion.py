"""Family 'occlusal_night_guard_bruxism_dental_exclusion': dental EOBs, dental plan letters and a medical plan letter
on occlusal guards (CDT D9944 hard appliance, full arch; D9945 soft appliance) and TMJ splints (D7880 occlusal
orthotic device): a night guard denied because the plan covers guards only for bruxism after periodontal or
restorative treatment (bruxism alone excluded), one guard per 5 years, a TMJ splint denied by the dental plan and
sent to the medical plan, the medical plan's own denial for no prior authorization, an alternate benefit of a soft
guard paid on a hard guard, one Spanish EOB, and a fax stack (cover sheet, the dentist's narrative, the plan's
reply). Members are dependents with -01 / -02 suffixes; the dental laboratory that made the guard is a decoy.
All values invented.

Issuers: Larkspur Dental Benefits Company (wordmark over a rule), Quillfeather Dental Plan (boxed header),
Plan Dental Ceiba de Puerto Rico (Spanish EOB), Ridgeback Health Partners (medical plan, centred serif).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "occlusal_night_guard_bruxism_dental_exclusion"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"

LA, QU, CE, RI = ("Larkspur Dental Benefits Company", "Quillfeather Dental Plan", "Plan Dental Ceiba de Puerto Rico",
                  "Ridgeback Health Partners")
ADDR = {LA: "PO Box 40912, Sioux Falls, SD 57186", QU: "2250 Tamarack Parkway, Suite 9, Boise, ID 83702",
        CE: "Apartado 19388, San Juan, PR 00919", RI: "1 Ridgeback Plaza, Wichita, KS 67202"}
OFFICES = [("Harmon Creek Family Dentistry", "Rukmini S. Venkataraman, DDS"),
           ("Pinecrest Dental Group, PC", "Aurelio D. Castellanos, DMD"),
           ("Saltmarsh Dental Arts", "Ngozi E. Okafor, DDS"),
           ("Bayshore TMJ & Sleep Dentistry", "Lars P. Henriksen, DDS")]
OFFICES_ES = [("Clínica Dental Flamboyán", "Dra. Marisela T. Ocasio Rivera, DMD")]
LABS = ["Brightform Dental Laboratory", "Keystone Occlusal Lab, Inc.", "Northfork Dental Ceramics",
        "Laboratorio Dental Cordillera"]
FIRST = ["Priyanka", "Soren", "Fatima", "Declan", "Haeun", "Tomasz", "Adaeze", "Callum", "Noemi", "Bashir",
         "Ilse", "Kofi", "Rosalind", "Yuki"]
LAST = ["Lindqvist", "Okonjo", "Bartosz", "Ferreira", "Haddad", "McAllister", "Nakashima", "Ostrowski",
        "Castellano", "Achebe", "Vantongeren", "Delacroix"]
FIRST_ES = ["Yaritza", "Edgardo", "Maribel", "Wilfredo", "Zuleika", "Néstor"]
LAST_ES = ["Rosario", "Maldonado", "Quiñones", "Vélez", "Cintrón", "Negrón"]


class Page(Doc):
    def __init__(self, serif: bool = False):
        super().__init__("DejaVu", margins=(17, 13, 17))
        self.add_font("DejaVu", "B", BOLD)
        self.add_font("DejaVuSerif", "", SERIF)
        self.add_font("DejaVuSerif", "B", SERIF_B)
        if serif:
            self.base_font = "DejaVuSerif"

    def kv(self, label: str, value: str, w1: float = 48, size: float = 9.5):
        self.font(size - 0.8)
        self.cell(w1, 5.2, label)
        self.font(size, "B")
        self.cell(0, 5.2, value, new_x="LMARGIN", new_y="NEXT")


def name(r: random.Random, es: bool = False) -> str:
    return f"{r.choice(FIRST_ES if es else FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST_ES if es else LAST)}"


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '855', '866', '877', '888'])}-555-{r.randint(100, 199):04d}"


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str) -> dict:
    es = kind == "es"
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 220))
    dos = notice - dt.timedelta(days=r.randint(12, 40))
    office, dentist = OFFICES_ES[0] if es else r.choice(OFFICES)
    if kind in ("tmj", "medical"):
        office, dentist = OFFICES[3]
    sub = name(r, es)
    pat_first = r.choice(FIRST_ES if es else FIRST)
    patient = f"{pat_first} {r.choice('ABCDEFGHJKLMNPRSTW')}. {sub.split()[-1]}"
    suffix = r.choice(["01", "02", "03"])
    pre = {LA: "LDB", QU: "QF", CE: "CEI", RI: "RHP"}[ins]
    base = pre + digits(r, 9)
    code, desc, lo, hi = {"tmj": ("D7880", "Occlusal orthotic device, by report", 1100, 1900),
                          "medical": ("21089", "Unlisted maxillofacial prosthetic procedure (TMJ splint)", 1100, 1900),
                          "alt": ("D9944", "Occlusal guard - hard appliance, full arch", 520, 780)}.get(
        kind, ("D9944", "Occlusal guard - hard appliance, full arch", 480, 760))
    fee = float(r.randint(lo, hi)) + r.choice([0, 0.5, 0.25])
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, es=es, notice=notice, dos=dos, office=office, dentist=dentist,
             sub=sub, patient=patient, base=base, mid=f"{base}-{suffix}", suffix=suffix,
             group=f"{r.choice(['G', 'GRP'])}{digits(r, 6)}", claim=f"{r.randint(20, 26)}{digits(r, 10)}",
             lab=r.choice(LABS[3:] if es else LABS[:3]), lab_inv=f"LI-{digits(r, 6)}", npi=digits(r, 10),
             dob=dt.date(r.randint(1968, 2008), r.randint(1, 12), r.randint(1, 28)), code=code, desc=desc, fee=fee,
             ph=phone(r), received=dos + dt.timedelta(days=r.randint(3, 9)),
             prior=dos - dt.timedelta(days=r.randint(700, 1500)), employer=r.choice(
                 ["Tollgate Logistics", "Marrowstone School District", "Ferrous Works Cooperative",
                  "Cooperativa Agrícola del Oeste"]),
             dx=r.choice(["G47.63 Sleep related bruxism", "F45.8 Bruxism (awake)"]))
    if kind == "alt":
        f["allowed"] = round(fee * 0.62, 2)
        f["alt_allowed"] = round(f["allowed"] * 0.55, 2)
        f["paid"] = round(f["alt_allowed"] * 0.5, 2)
    if kind == "medical":
        f["group"] = f"{digits(r, 5)}-{r.randint(100, 999)}"
    if kind == "stack":
        f["review"] = f"RV-{digits(r, 7)}"
        f["narr_date"] = notice - dt.timedelta(days=r.randint(15, 25))
    return f


def d_(f, d):
    return fmt_date(d, f["ds"])


def m_(f, v):
    return fmt_money(v, f["ms"])


def letterhead(p: Page, f: dict) -> None:
    ins = f["ins"]
    if ins == LA:
        p.text_line("LARKSPUR", 22, "B")
        p.text_line("DENTAL BENEFITS COMPANY", 8.5, "B")
        p.rule(0.8)
        p.text_line(f"{ADDR[LA]}   Customer Service {f['ph']}   TTY 711", 7.5)
    elif ins == QU:
        y = p.get_y()
        p.rect(p.l_margin, y, p.w - p.l_margin - p.r_margin, 16)
        p.set_xy(p.l_margin + 3, y + 2)
        p.text_line(QU, 15, "B")
        p.set_x(p.l_margin + 3)
        p.text_line(f"{ADDR[QU]}  |  Member line {f['ph']}", 8)
        p.set_y(y + 18)
    elif ins == CE:
        p.text_line(CE, 14, "B", "C")
        p.text_line(f"{ADDR[CE]}  ·  Servicio al Cliente {f['ph']}", 8, "", "C")
        p.rule(0.5)
    else:
        p.text_line("Ridgeback Health Partners", 16, "B", "C")
        p.text_line(f"Medical Management Department · {ADDR[RI]} · {f['ph']}", 8, "", "C")
        p.ln(2)
    p.ln(4)


REMARKS = {
    "bruxism": ("N52", "Occlusal guards are a benefit only to protect teeth after periodontal surgery or "
                "extensive restorations. An occlusal guard for bruxism (clenching or grinding) alone is not a "
                "covered service under your plan (Exclusions, item 14)."),
    "alt": ("AB4", "Alternate benefit: the plan pays for an occlusal guard at the allowance for a soft appliance "
            "(D9945). The patient is responsible for the rest of the dentist's fee."),
    "es": ("E31", "Los protectores oclusales para bruxismo (rechinar o apretar los dientes) están excluidos de "
           "su plan. Solo se cubren después de cirugía periodontal o restauraciones extensas."),
}


def dental_eob(p: Page, f: dict) -> None:
    es = f["es"]
    p.add_page()
    letterhead(p, f)
    p.text_line("EXPLICACIÓN DE BENEFICIOS DENTALES" if es else "DENTAL EXPLANATION OF BENEFITS", 13, "B")
    p.text_line("ESTO NO ES UNA FACTURA" if es else "THIS IS NOT A BILL", 8.5)
    p.ln(2)
    if es:
        cells = [("Suscriptor", f["sub"], 48), ("Paciente", f["patient"], 48), ("Fecha de la declaración",
                                                                                d_(f, f["notice"]), 48)]
        cells2 = [("Núm. de suscriptor", f["base"], 48), ("Núm. del paciente", f["mid"], 48),
                  ("Grupo", f["group"], 48)]
    else:
        cells = [("Subscriber", f["sub"], 48), ("Patient", f["patient"], 48), ("Statement date", d_(f, f["notice"]), 48)]
        cells2 = [("Subscriber ID", f["base"], 48), ("Patient ID", f["mid"], 48), ("Group number", f["group"], 48)]
    p.boxes(cells)
    p.boxes(cells2)
    p.ln(3)
    if es:
        p.kv("Dentista tratante:", f"{f['office']} ({f['dentist']})")
        p.kv("NPI del proveedor:", f["npi"])
        p.kv("Número de reclamación:", f["claim"])
        p.kv("Fecha de nacimiento del paciente:", d_(f, f["dob"]), 58)
        p.kv("Recibida:", d_(f, f["received"]))
    else:
        p.kv("Treating dentist:", f"{f['office']} ({f['dentist']})")
        p.kv("Provider NPI:", f["npi"])
        p.kv("Claim number:", f["claim"])
        p.kv("Patient date of birth:", d_(f, f["dob"]))
        p.kv("Claim received:", d_(f, f["received"]))
    p.ln(2)
    lines = []
    if f["kind"] == "alt":
        lines.append([d_(f, f["dos"]), "UA/LA", f["code"], "Occlusal guard, hard, full arch", m_(f, f["fee"]),
                      m_(f, f["alt_allowed"]), m_(f, f["paid"]), m_(f, f["alt_allowed"] - f["paid"] + f["fee"] - f["alt_allowed"]), "AB4"])
        tot = [f["fee"], f["alt_allowed"], f["paid"], f["fee"] - f["paid"]]
    else:
        rc = "E31" if es else "N52"
        lines.append([fmt_date(f["dos"], "es_abbr") if es else d_(f, f["dos"]), "UA", f["code"], "Protector oclusal, duro" if es else "Occlusal guard, hard, full arch",
                      m_(f, f["fee"]), m_(f, 0), m_(f, 0), m_(f, f["fee"]), rc])
        tot = [f["fee"], 0, 0, f["fee"]]
    head = (["Fecha", "Área", "Código", "Descripción", "Cargo", "Permitido", "Pago plan", "Paciente", "Nota"] if es else
            ["Date", "Arch", "CDT", "Description", "Submitted", "Allowed", "Plan paid", "You owe", "Remark"])
    lines.append(["*Total" if not es else "*Total", "", "", "", *[m_(f, x) for x in tot], ""])
    p.table(head, lines, [22, 11, 13, 46, 20, 19, 19, 17, 12], 8, "LLLLRRRRL", head_fill=True)
    p.font(8.5, "B")
    p.cell(0, 5, "Notas / Remarks" if es else "Remark codes", new_x="LMARGIN", new_y="NEXT")
    key = {"alt": "alt", "es": "es"}.get(f["kind"], "bruxism")
    code, txt = REMARKS[key]
    p.para(f"{code}  {txt}", 8.5, 1.5)
    if f["kind"] == "alt":
        p.para("The claim lists the guard as made by " + f["lab"] + f" (lab invoice {f['lab_inv']}); the laboratory "
               "does not bill the plan.", 8.5, 1.5)
    if es:
        p.para(f"Laboratorio que fabricó el aparato: {f['lab']} (factura {f['lab_inv']}). El laboratorio no factura "
               "al plan.", 8.5, 1.5)
        p.ln(1)
        p.text_line("Sus derechos de apelación", 10, "B")
        p.para("Si no está de acuerdo con esta decisión, usted o su dentista pueden pedir una revisión por escrito "
               "dentro de 180 días a partir de la fecha de esta declaración. Envíe su solicitud con el número de "
               f"reclamación a {CE}, Unidad de Apelaciones, {ADDR[CE]}. Para ayuda en español o inglés llame al "
               f"{f['ph']}.", 8.8)
    else:
        p.ln(1)
        p.text_line("Your right to a review", 10, "B")
        p.para("If you disagree with how this claim was processed, you or your dentist may ask for a review. Your "
               "written request must be received within 180 days of the date of this statement. Include the claim "
               "number and any X-rays, periodontal charting or narrative that supports it. You may also ask for "
               "free copies of the plan provisions used.", 8.8)
    p.ln(2)
    p.text_line(f"{f['ins']} · Employer: {f['employer']}", 7.5)


def dental_letter(p: Page, f: dict) -> None:
    """Frequency (QU) or TMJ-to-medical (LA) letter to the member."""
    p.add_page()
    letterhead(p, f)
    p.text_line(d_(f, f["notice"]), 10)
    p.ln(3)
    p.text_line(f"Parent or guardian of {f['patient']}" if f["suffix"] == "03" else f["patient"], 10)
    p.text_line(f"{random.Random(f['claim']).randint(20, 990)} Wexford Hollow Road", 10)
    p.text_line("Boise, ID 83706" if f["ins"] == QU else "Rapid City, SD 57701", 10)
    p.ln(4)
    if f["kind"] == "freq":
        p.text_line("Claim determination: occlusal guard not payable (frequency)", 11, "B")
    else:
        p.text_line("Notice of claim denial: TMJ appliance is not a dental benefit", 11, "B")
    p.ln(1)
    p.kv("Patient:", f["patient"], 40)
    p.kv("Member ID:", f["mid"], 40)
    p.kv("Subscriber:", f["sub"], 40)
    p.kv("Group:", f["group"], 40)
    p.kv("Claim no.:", f["claim"], 40)
    p.kv("Dentist:", f"{f['dentist']}, {f['office']}", 40)
    p.kv("Service:", f"{f['code']} {f['desc']}", 40)
    p.kv("Date of service:", d_(f, f["dos"]), 40)
    p.kv("Amount billed:", m_(f, f["fee"]), 40)
    p.ln(3)
    first = f["patient"].split()[0]
    if f["kind"] == "freq":
        p.para(f"We reviewed the claim from {f['office']} for a night guard for {first}. Your plan pays for one "
               "occlusal guard (D9944, D9945 or D9946) every 5 years. Our records show a hard occlusal guard was "
               f"paid for {first} on {d_(f, f['prior'])}, less than 5 years before this one. Because the frequency "
               "limit has been reached, we are not able to pay this claim. The guard was fabricated by "
               f"{f['lab']}; a remake by the same laboratory is the dental office's concern and not a new benefit.")
        p.para(f"A new guard will be eligible on {d_(f, f['prior'].replace(year=f['prior'].year + 5))}. Under your plan "
               "the dental office may not bill you more than its contracted fee for a non-covered service unless "
               "you agreed in writing before the service.")
        p.text_line("How to appeal", 10.5, "B")
        p.para("You may appeal this decision in writing within 180 days after you receive this notice. Send your "
               f"appeal to {QU}, Appeals, {ADDR[QU]}. We will decide within 30 days.")
    else:
        p.para(f"{f['office']} billed us for an occlusal orthotic device (TMJ splint) made for {first} to treat "
               "temporomandibular joint disorder (diagnosis M26.62, arthralgia of the temporomandibular joint). "
               "Your dental plan excludes treatment of TMJ disorders, including splints, orthotics and "
               "adjustments (Dental Plan Booklet, section 7.3). Appliances for TMJ are medical services and may be "
               "covered by your medical plan.")
        p.para("We have not paid this claim. Ask the dental office to submit it to your medical carrier with the "
               "medical diagnosis and a CPT code. We have not forwarded the claim; if your medical carrier also "
               "denies it, you may send us its decision with a request for review.")
        p.text_line("Your appeal rights", 10.5, "B")
        p.para(f"If you believe we made an error, send a written appeal by {d_(f, f['notice'] + dt.timedelta(days=180))}. "
               f"Call {f['ph']} with questions. The laboratory on the claim ({f['lab']}) is not a provider with us.")
    p.ln(3)
    p.text_line("Dental Claims Review", 10)
    p.text_line(f["ins"], 10)


def medical_letter(p: Page, f: dict) -> None:
    p.add_page()
    letterhead(p, f)
    p.text_line(f"Date of notice: {d_(f, f['notice'])}", 10)
    p.ln(2)
    p.text_line(f["patient"], 10)
    p.text_line("4417 Larchmont Terrace", 10)
    p.text_line("Salina, KS 67401", 10)
    p.ln(3)
    p.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B", "C")
    p.ln(1)
    rows = [("Member", f["patient"]), ("Member number", f["mid"]), ("Group", f["group"]),
            ("Claim number", f["claim"]), ("Provider", f["office"]), ("Treating dentist", f["dentist"]),
            ("Service", f"{f['code']} {f['desc']}"), ("Diagnosis", "M26.621 Arthralgia of right TMJ"),
            ("Date(s) of service", d_(f, f["dos"])), ("Billed", m_(f, f["fee"])),
            ("Dental plan denial received", d_(f, f["received"]))]
    for a, b in rows:
        p.kv(a, b, 52)
    p.ln(3)
    p.para(f"The claim from {f['office']} for a TMJ splint was sent to us after your dental plan denied it. Oral "
           "appliances for temporomandibular joint disorder are covered under your medical benefits only with "
           "prior authorization (Medical Policy MP-311, Oral Appliances for TMD). We have no prior authorization "
           "on file for this service, and the request for retroactive authorization did not include the records "
           "of six weeks of conservative treatment. The claim is denied for no prior authorization.")
    p.para("This is not a decision that the splint is not medically necessary. Your provider may ask for "
           "authorization and resubmit, or you may appeal.")
    p.text_line("Appeal", 10.5, "B")
    p.para("You have 180 days from the date of this notice to file an appeal. If your condition is urgent you may "
           "ask for an expedited appeal, decided within 72 hours. After the internal appeal you may be able to ask "
           "for an external review by an independent review organization.")
    p.text_line("Ridgeback Health Partners - Utilization Management", 9)


def narrative(p: Page, f: dict) -> None:
    """The dentist's narrative asking the plan to reconsider (a provider letter)."""
    p.add_page()
    p.text_line(f["office"], 14, "B")
    p.text_line(f"{f['dentist']}  ·  NPI {f['npi']}  ·  312 Larch Street, Yakima, WA 98901  ·  Fax 1-509-555-0143", 8)
    p.rule(0.4)
    p.ln(2)
    p.text_line(d_(f, f["narr_date"]), 10)
    p.ln(2)
    p.text_line(f"To: {f['ins']}, Dental Appeals", 10)
    p.text_line(f"Fax {f['ph']}", 10)
    p.ln(3)
    p.text_line("Request for reconsideration - narrative of medical necessity", 11, "B")
    p.kv("Patient:", f"{f['patient']}   DOB {d_(f, f['dob'])}", 36)
    p.kv("Member ID:", f["mid"], 36)
    p.kv("Claim number:", f["claim"], 36)
    p.kv("Procedure:", f"D9944 occlusal guard, hard, full arch - {d_(f, f['dos'])}", 36)
    p.kv("Our fee:", m_(f, f["fee"]), 36)
    p.ln(2)
    first = f["patient"].split()[0]
    p.para(f"{first} presented with generalized attrition, two fractured cusps (teeth #3 and #14) restored with "
           "onlays this year, and masseter hypertrophy. The guard is needed to protect the new restorations, not "
           f"only for the grinding itself. The appliance was fabricated by {f['lab']} and delivered on the date "
           "above. Please reconsider the denial under your provision for guards after extensive restorations.")
    p.para("Enclosed: periapical images, intraoral photos, restoration history.")
    p.ln(2)
    p.text_line(f["dentist"], 10)


def reply(p: Page, f: dict) -> None:
    p.add_page()
    letterhead(p, f)
    p.text_line(d_(f, f["notice"]), 10)
    p.ln(2)
    p.text_line(f"{f['dentist']}, {f['office']}", 10)
    p.text_line(f"cc: {f['patient']} (patient)", 10)
    p.ln(3)
    p.text_line("Reconsideration decision - denial upheld", 11, "B")
    p.kv("Review number:", f["review"], 40)
    p.kv("Claim number:", f["claim"], 40)
    p.kv("Patient:", f["patient"], 40)
    p.kv("ID:", f["mid"], 40)
    p.kv("Group:", f["group"], 40)
    p.kv("Date of service:", d_(f, f["dos"]), 40)
    p.kv("Submitted fee:", m_(f, f["fee"]), 40)
    p.ln(2)
    p.para(f"A dental consultant reviewed your narrative dated {d_(f, f['narr_date'])} and the images. The onlays on "
           "#3 and #14 are two single-tooth restorations; the plan's provision for guards after extensive "
           "restorations requires restoration of at least four teeth in an arch or periodontal surgery in the last "
           "24 months. The records show bruxism, which is excluded. The denial is upheld.")
    p.para("The patient may request a second-level review in writing within 60 days of the date of this letter. "
           "Charges for the laboratory work are included in the dentist's fee and are not billed separately.")
    p.text_line("Dental Consultant Review Unit", 10)


def build(f: dict, mode: str) -> bytes:
    p = Page(serif=f["ins"] == RI)
    {"eob": dental_eob, "letter": dental_letter, "medical": medical_letter, "narr": narrative, "reply": reply}[mode](p, f)
    return pdf_bytes(p)


def make_truth(f: dict, mode: str) -> dict:
    k = f["kind"]
    alts: dict = {"member_id": [f["base"]]}
    com = dict(insurer=f["ins"], member_id=f["mid"], member_name=f["patient"], group_number=f["group"],
               case_numbers=[f["claim"]], claim_amount=m2(f["fee"]), service_dates=[iso(f["dos"])],
               denial_date=iso(f["notice"]), provider=f["office"])
    alts["provider"] = [f["dentist"]]
    if mode == "narr":
        return truth("other", None, "en", alternates={"member_id": [f["base"]], "provider": [f["dentist"]]},
                     unscored=["insurer", "group_number"], **dict(com, insurer=None, group_number=None,
                                                                      denial_date=iso(f["narr_date"])))
    if mode == "reply":
        return truth("denial_letter", "not_covered", "en", alternates=dict(alts, case_numbers=[[f["review"]]]),
                     denial_alternates=["other"],
                     **dict(com, case_numbers=[f["review"], f["claim"]],
                            appeal_deadline=iso(f["notice"] + dt.timedelta(days=60))))
    dl = 180
    if k == "medical":
        return truth("denial_letter", "prior_authorization", "en", alternates=alts,
                     **dict(com, appeal_deadline=iso(f["notice"] + dt.timedelta(days=dl))))
    if k == "freq":
        # "within 180 days after you receive this notice": receipt date is not printed
        return truth("denial_letter", "not_covered", "en", alternates=dict(alts, appeal_deadline=[
            iso(f["notice"] + dt.timedelta(days=dl))]), denial_alternates=["other"],
                     **dict(com, appeal_deadline=None))
    if k == "tmj":
        return truth("denial_letter", "not_covered", "en", alternates=alts, denial_alternates=["other"],
                     **dict(com, appeal_deadline=iso(f["notice"] + dt.timedelta(days=dl))))
    if k == "alt":
        return truth("eob", "not_covered", "en", alternates=alts, denial_alternates=["other", "coding_error"],
                     **dict(com, appeal_deadline=iso(f["notice"] + dt.timedelta(days=dl))))
    return truth("eob", "not_covered", "es" if f["es"] else "en", alternates=alts, denial_alternates=["other"],
                 **dict(com, appeal_deadline=iso(f["notice"] + dt.timedelta(days=dl))))


# (stem suffix, condition, kind, insurer, date style, money style)
PLAN = [
    ("bd_eob_d9944_bruxism_only_excluded", "born_digital", "bruxism", LA, "slash", "plain"),
    ("bd_letter_one_guard_per_5_years", "born_digital", "freq", QU, "long", "plain"),
    ("scan300_spanish_eob_bruxismo_excluido", "scan_clean_300", "es", CE, "es", "plain"),
    ("lowres_tmj_splint_refer_to_medical_plan", "scan_lowres_150", "tmj", LA, "abbr", "nosign"),
    ("copy_eob_alternate_benefit_soft_guard", "photocopy", "alt", QU, "iso", "plain"),
    ("phone_medical_plan_tmj_splint_no_prior_auth", "phone_photo", "medical", RI, "dmy", "plain"),
    ("faxstd_stack_narrative_and_plan_reply", "fax_standard_g4", "stack", LA, "long", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds, ms) in enumerate(PLAN):
        f = facts(random.Random(216500 + i), kind, ins, ds, ms)
        name_ = f"{FAMILY}_{suffix}"
        if kind == "stack":
            docs = [(build(f, "narr"), make_truth(f, "narr")), (build(f, "reply"), make_truth(f, "reply"))]
            items.append(Item(name_, cond, docs, separators=["cover", None]))
            continue
        mode = {"bruxism": "eob", "es": "eob", "alt": "eob", "freq": "letter", "tmj": "letter",
                "medical": "medical"}[kind]
        items.append(Item(name_, cond, [(build(f, mode), make_truth(f, mode))]))
    return items
