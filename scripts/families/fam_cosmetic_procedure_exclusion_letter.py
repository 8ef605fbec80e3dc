"""Family 'cosmetic_procedure_exclusion_letter': health plans' decisions on blepharoplasty, rhinoplasty,
panniculectomy and brow lift: denied as cosmetic under the plan's exclusion (not covered) or because the
functional criteria were not met (medical necessity: visual-field loss, pannus grade, skin infections that did not
heal), one approval, one claim denied after surgery, one in Spanish.

Two letters follow the layout and wording of CMS's Notice of Denial of Medical Coverage (or Payment)
(form CMS-10003-NDMCP, the Medicare Advantage "IDN": "Your request was denied", "We denied this request because",
"You have the right to appeal ... within 65 days from the date of this notice", the fast-appeal box, the form
number and OMB line), issued by a fictional Medicare Advantage plan.
Issuers (fictional): Corvallen Health Plan (parent line "Corvallen Group, Inc." above the name), Brightlingsea
Health Plan (IDN form), Hartsease Health Insurance Company (return-address block). Surgeons: Wolvercote Plastic
Surgery, Grayhaven Oculoplastic Surgery.
Decoys: the request-received date, the medical policy number, visual-field percentages and degrees, the 72-hour
fast appeal, the external review's 4 months, the form's number and OMB expiry, the practice's NPI and phone.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundw_famwc import clinician, other_clinician, days, digits, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "cosmetic_procedure_exclusion_letter"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = {"corvallen": "Corvallen Health Plan", "bright": "Brightlingsea Health Plan",
       "hartsease": "Hartsease Health Insurance Company"}
PRACTICES = ["Wolvercote Plastic Surgery", "Grayhaven Oculoplastic Surgery"]
LABELS = {1: ["Date", "Member", "Member ID", "Group number", "Reference number", "Requesting surgeon", "Procedure",
              "Planned date of surgery"],
          2: ["Letter date", "Patient", "ID no.", "Group", "Authorization request #", "Surgeon", "Service requested",
              "Scheduled date"],
          3: ["Date of notice", "Member name", "Subscriber number", "Employer group", "Case no.", "Provider",
              "Service", "Date of service"],
          "es": ["Fecha", "Paciente", "Núm. de identificación", "Grupo", "Núm. de caso", "Cirujano solicitante",
                 "Procedimiento", "Fecha prevista"]}
PROCS = {"bleph": ("15823", "Upper eyelid blepharoplasty with excessive skin weighting down lid, both eyes", 4800),
         "rhino": ("30410", "Rhinoplasty, primary, complete", 7600),
         "pannus": ("15830", "Panniculectomy (excision of excess abdominal skin and fat)", 11200),
         "brow": ("67900", "Repair of brow ptosis (brow lift)", 5400),
         "rinoplastia": ("30410", "Rinoplastia primaria completa", 7300)}
# kind -> (denial, denial alternates, reason)
REASONS = {
    "bleph_mn": ("medical_necessity", None,
                 "The request does not meet the medical necessity criteria in medical policy CP-SURG-042. "
                 "Functional blepharoplasty requires visual-field testing showing at least 12 degrees or 24 percent "
                 "loss of the superior field that improves with the lid taped. Your test shows 6 degrees of loss "
                 "taped and untaped, and the photos do not show the lid margin at or below the pupil."),
    "rhino_idn": ("not_covered", None,
                  "Your plan does not cover cosmetic surgery, which is surgery done to change how a body part "
                  "looks. The records from your surgeon say the surgery is to change the shape of your nose. There "
                  "is no breathing problem, injury or birth defect described. Cosmetic procedures are excluded from "
                  "coverage (Evidence of Coverage, Chapter 4, Section 3.1)."),
    "pannus_ok": (None, None,
                  "APPROVED. The records show a grade 3 pannus hanging below the pubic bone with skin infections "
                  "that did not heal after more than three months of treatment, and your weight has been stable "
                  "for over six months. The panniculectomy is approved at an in-network hospital."),
    "pannus_mn": ("medical_necessity", None,
                  "We cannot approve this surgery. The photos show the fold of skin does not hang below the pubic "
                  "bone, and there are no notes showing rashes or skin infections that kept coming back even after "
                  "three months of creams and other treatment. Without these, the surgery is not needed for your "
                  "health."),
    "bleph_idn": ("medical_necessity", ["not_covered"],
                  "Eyelid surgery is covered only when drooping eyelids block your vision. The visual field test "
                  "and photos your surgeon sent show that your eyelids do not block your vision. Without a problem "
                  "with vision, this surgery is considered cosmetic, and cosmetic surgery is not covered."),
    "rino_es": ("not_covered", None,
                "Su plan excluye la cirugía estética, es decir, la cirugía que se hace para cambiar la apariencia. "
                "Los documentos del cirujano indican que la rinoplastia es para mejorar la forma de la nariz, sin "
                "problema para respirar ni lesión. Esta exclusión aparece en su Certificado de Cobertura, Sección 8."),
    "brow_claim": ("not_covered", None,
                   "This claim is denied. Surgery to improve how you look is not a covered benefit under your plan "
                   "(Summary Plan Description, General Exclusions, item 14: cosmetic services). No request for "
                   "prior approval was on file, and the records do not describe any loss of vision."),
}


class Page(Doc):
    def __init__(self, foot: str | None):
        super().__init__("DejaVu", footer=foot, margins=(20, 15, 20))
        self.add_font("DejaVu", "B", BOLD)


def member_block(d: Page, f: dict) -> None:
    d.set_font(d.base_font, "", 10.5)
    for ln in (f["member"], *f["addr"]):
        d.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def letter(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    d = Page(("Página {p} de {n}" if es else "Page {p} of {n}"))
    d.add_page()
    if f["ins"] == "corvallen":
        d.text_line("Corvallen Group, Inc.", 8, align="R", h=4)
        d.text_line("Corvallen Health Plan", 17, "B", align="R", h=8)
        d.text_line("Utilization Management  |  PO Box 3307, Paducah, KY 42002", 8.5, align="R", h=4.5)
        d.rule(0.5, 4)
    else:
        d.text_line(INS[f["ins"]], 11.5, "B", h=5.5)
        for ln in ("Medical Review Department", "PO Box 7702", "Kalispell, MT 59904"):
            d.text_line(ln, 9.5, h=4.6)
        d.ln(5)
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d.text_line(fd(f["date"]), 10.5, h=5)
    d.ln(3)
    member_block(d, f)
    code, desc, _ = PROCS[f["proc"]]
    vals = [fd(f["date"]), f["member"], f["mid"], f["grp"], f["case"], f"{f['doc']}, MD ({f['practice']})",
            f"{code} - {desc}", fd(f["dos"])]
    rows = list(zip(L, vals))
    if f["kind"] == "brow_claim":
        rows.append(("Amount billed", usd(f["billed"], f["mo"])))
    rows.append(("Recibida" if es else "Claim received" if f["kind"] == "brow_claim" else "Request received",
                 fd(f["received"])))
    for k, v in rows[1:]:
        d.set_font(d.base_font, "B", 9.5)
        d.cell(56, 5, k + ":")
        d.set_font(d.base_font, "", 9.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    den, _, reason = REASONS[f["kind"]]
    first = f["member"].split()[0]
    if es:
        d.para(f"Estimado(a) {first} {f['member'].split()[-1]}:", 10.5, gap=2)
        d.para("Revisamos la solicitud de su cirujano para el procedimiento indicado arriba. Hemos decidido "
               "negar la cobertura. Motivo:", 10.5, gap=2)
    elif den:
        d.para(f"Dear {first} {f['member'].split()[-1]}:", 10.5, gap=2)
        d.para("We reviewed the request for the service listed above. " + (
            "We have denied payment of the claim for the reason below." if f["kind"] == "brow_claim"
            else "A board-certified plastic surgeon reviewed your records. We are not able to approve it:"),
            10.5, gap=2)
    else:
        d.para(f"Dear {first} {f['member'].split()[-1]}:", 10.5, gap=2)
    d.para(reason, 10.5, gap=3)
    if den:
        d.para(f["appeal"], 10, gap=2)
        d.para("Si su salud podría sufrir un daño grave al esperar, pida una apelación acelerada; decidiremos en "
               "72 horas. Después de la apelación interna puede pedir una revisión externa dentro de 4 meses."
               if es else "If waiting could seriously harm your health, ask for an expedited appeal; we will decide "
               "within 72 hours. After our internal appeal you may ask for an external review within 4 months.",
               9.5, gap=3)
    else:
        d.para(f"Approved service dates: {fd(f['dos'])} through {fd(days(f['dos'], 60))}. This approval is not a "
               "guarantee of payment; benefits depend on your eligibility on the date of service.", 10, gap=3)
    d.para(("Atentamente,\n\n" if es else "Sincerely,\n\n") + f"{f['reviewer']}, MD\n" +
           ("Director Médico" if es else "Medical Director") + f"\n{INS[f['ins']]}\n" +
           ("Servicio al Cliente" if es else "Member Services") + f": {f['ph']} (TTY 711)", 10, gap=3)
    d.font(8)
    d.cell(0, 4, f"cc: {f['doc']}, MD, {f['practice']}, NPI {f['npi']}", new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def idn(f: dict) -> bytes:
    """The Notice of Denial of Medical Coverage layout (CMS-10003-NDMCP), values invented."""
    d = Page(None)
    d.add_page()
    d.text_line("Brightlingsea Health Plan", 13, "B", h=6)
    d.text_line("Brightlingsea Senior Advantage (HMO)", 9.5, h=5)
    d.ln(2)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 14, "B", align="C", h=8)
    d.ln(2)
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d.font(10)
    d.cell(90, 5.5, f"Date: {fd(f['date'])}")
    d.cell(0, 5.5, f"Member number: {f['mid']}", new_x="LMARGIN", new_y="NEXT")
    d.cell(90, 5.5, f"Name: {f['member']}")
    d.cell(0, 5.5, f"Case number: {f['case']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Your request was denied", 12, "B", h=6.5)
    code, desc, _ = PROCS[f["proc"]]
    d.para("We denied the medical services/items listed below that you or your physician/provider requested:", 10)
    d.para(f"{desc} (CPT {code}), requested by {f['doc']}, MD, {f['practice']}, scheduled for {fd(f['dos'])}. "
           f"We received the request on {fd(f['received'])}.", 10)
    d.text_line("We denied this request because:", 10.5, "B", h=5.5)
    d.para(REASONS[f["kind"]][2], 10, gap=3)
    d.text_line("You have the right to appeal our decision", 12, "B", h=6.5)
    d.para("You have the right to ask Brightlingsea Health Plan to review our decision by asking us for an appeal. "
           "Ask for a standard appeal: you or your doctor/other provider must ask for an appeal within 65 days "
           "from the date of this notice. We can give you more time if you have a good reason for missing the "
           "deadline.", 10)
    d.rect(d.l_margin, d.get_y(), d.w - d.l_margin - d.r_margin, 22)
    d.set_x(d.l_margin + 2)
    d.font(10, "B")
    d.cell(0, 6, "Ask for a fast appeal", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin + 2)
    d.font(9.5)
    d.multi_cell(d.w - d.l_margin - d.r_margin - 4, 4.6, "You or your doctor can ask for a fast appeal if you "
                 "think waiting for a standard appeal could seriously harm your health. We will decide within 72 "
                 "hours. A fast appeal cannot be used for payment of services you already received.",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.text_line("How to ask for an appeal with your plan", 11, "B", h=6)
    d.para("Step 1: You, your representative, or your doctor/provider must ask for an appeal. Your written request "
           "must include your name, address, member number, the reasons for appealing, and any evidence you wish "
           "to attach.", 9.5, gap=1.5)
    d.para(f"Step 2: Mail, fax, or deliver your appeal or call us. Brightlingsea Health Plan, Appeals and "
           f"Grievances, PO Box 5518, Oshkosh, WI 54903. Phone {f['ph']} (TTY 711), 8 a.m. to 8 p.m., 7 days a "
           "week. Fax (920) 555-4410.", 9.5, gap=3)
    d.text_line("Get help & more information", 11, "B", h=6)
    d.para("1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week. TTY 1-877-486-2048. Your State Health "
           "Insurance Assistance Program can also help.", 9.5, gap=3)
    d.font(7.5)
    d.cell(0, 4, f"cc: {f['doc']}, MD  NPI {f['npi']}", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4, "Form CMS-10003-NDMCP    OMB Approval 0938-0829", new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, kind: str, proc: str, lab, ds: str, dl: str, lang: str = "en",
          mo: str = "plain") -> dict:
    date = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 250))
    post = kind == "brow_claim"
    dos = days(date, -r.randint(25, 50)) if post else days(date, r.randint(10, 35))
    f = dict(ins=ins, kind=kind, proc=proc, lab=lab, ds=ds, dl=dl, lang=lang, mo=mo, date=date, dos=dos,
             member=person(r, lang), addr=_addr(r, lang), mid=mixed(r, "AAA99999999"), grp=digits(r, 7),
             case=mixed(r, "CS26-999999") if ins != "bright" else mixed(r, "999999999A"),
             doc=clinician(r), practice=r.choice(PRACTICES), npi=npi(r), reviewer=None, ph=phone(r),
             received=days(date, -r.randint(3, 9)) if not post else days(dos, r.randint(6, 14)),
             billed=round(PROCS[proc][2] + r.randint(0, 600) + r.choice([0, 0.5, 0.75]), 2),
             deadline=None, dl_alt=None)
    f["reviewer"] = other_clinician(r, f["doc"])
    if ins == "bright":
        f["deadline"] = days(date, 65)
    elif dl == "within":
        f["deadline"] = days(date, 180)
        f["appeal"] = ("Usted puede apelar esta decisión. Su apelación debe enviarse dentro de 180 días a partir de "
                       "la fecha de esta carta." if lang == "es" else
                       "You may appeal this decision within 180 days of the date of this letter. Write to the "
                       "Appeals Unit at the address above and include any records from your surgeon.")
    elif dl == "by":
        f["deadline"] = days(date, 180)
        f["appeal"] = (f"If you disagree, you may appeal. We must receive your appeal by "
                       f"{fdate(f['deadline'], ds)}. Send it to the address above.")
    else:
        f["dl_alt"] = days(date, 180)
        f["appeal"] = ("You may appeal within 180 days after you receive this letter. Your surgeon may also ask "
                       "for a peer-to-peer discussion with our reviewer.")
    return f


def _addr(r, lang):
    from kit_roundw_famwc import address
    return address(r, lang)


def letter_truth(f: dict) -> dict:
    den, dalts, _ = REASONS[f["kind"]]
    alts = {"provider": [f["practice"]]}
    if f["dl_alt"] and den:
        alts["appeal_deadline"] = [iso(f["dl_alt"])]
    if not den:
        alts["service_dates"] = [[]]
    return truth("denial_letter" if den else "other", den, f["lang"], insurer=INS[f["ins"]], member_id=f["mid"],
                 group_number=f["grp"] if f["ins"] != "bright" else None, member_name=f["member"],
                 case_numbers=[f["case"]], claim_amount=m2(f["billed"]) if f["kind"] == "brow_claim" else None,
                 service_dates=[iso(f["dos"])], denial_date=iso(f["date"]), provider=f["doc"],
                 appeal_deadline=iso(f["deadline"]) if den and f["deadline"] else None,
                 denial_alternates=dalts, alternates=alts)


PLAN = [
    ("cosmetic_procedure_exclusion_letter_bd_bleph_mn", "born_digital", "corvallen", "bleph_mn", "bleph", 1,
     "long", "within"),
    ("cosmetic_procedure_exclusion_letter_bd_idn_rhino", "born_digital", "bright", "rhino_idn", "rhino", None,
     "long", "within"),
    ("cosmetic_procedure_exclusion_letter_scan_pannus_ok", "scan_clean_300", "hartsease", "pannus_ok", "pannus", 3,
     "slash", "within"),
    ("cosmetic_procedure_exclusion_letter_rot_pannus_mn", "rotated", "corvallen", "pannus_mn", "pannus", 2, "abbr",
     "by"),
    ("cosmetic_procedure_exclusion_letter_faxs_idn_bleph", "fax_standard_g4", "bright", "bleph_idn", "bleph", None,
     "slash", "within"),
    ("cosmetic_procedure_exclusion_letter_photo_es", "phone_photo", "corvallen", "rino_es", "rinoplastia", "es",
     "es", "within"),
    ("cosmetic_procedure_exclusion_letter_low_brow_claim", "scan_lowres_150", "hartsease", "brow_claim", "brow", 3,
     "dmy", "receive"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, ins, kind, proc, lab, ds, dl) in enumerate(PLAN):
        r = random.Random(96700 + i)
        f = facts(r, ins, kind, proc, lab, ds, dl, "es" if kind.endswith("_es") else "en")
        items.append(Item(stem, cond, [((idn(f) if ins == "bright" else letter(f)), letter_truth(f))]))
    return items
