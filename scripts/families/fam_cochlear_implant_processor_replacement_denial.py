"""Family 'cochlear_implant_processor_replacement_denial': a health plan's letters about a request or claim for a
replacement cochlear implant external sound processor (HCPCS L8692-style coding printed as L8619 / L8627 / L8628).
Decisions: replacement not yet due (the plan pays for one processor every five years: benefit limit, not_covered),
an upgrade to a newer model not medically necessary while the current processor works, the same limit told only in
plain words on a claim, an upgrade excluded as a convenience item, a lost processor sent first to the manufacturer's
loss-and-damage warranty (other), one approval (processor damaged beyond repair, denies nothing) and one Spanish
(upgrade not medically necessary).

Issuers: Skarvanes Health Plan (logo word "SKARVANES" over a rule, "Health Plan · Utilization Management" line) and
Nolsoy Mutual Benefit Association (parent line "Member of the Nolsoy Mutual Group" above the centred name, then a
return-address block). Decoys: the implant surgery date, the date the current processor was supplied, the date the
request was received, the manufacturer serial number, the audiologist's NPI, the medical policy number, the 72-hour
expedited review timetable and the external review limit (4 months).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundz_famza import address, clinician, days, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "cochlear_implant_processor_replacement_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SK, NM = "Skarvanes Health Plan", "Nolsoy Mutual Benefit Association"
LABELS = [("Letter date", "Member", "Member ID", "Group number", "Reference number", "Requesting provider",
           "Date of service"),
          ("Date", "Patient name", "Subscriber ID", "Group", "Case #", "Audiologist", "Service date(s)"),
          ("Notice date", "Enrollee", "ID number", "Employer group no.", "Authorization request no.",
           "Ordering clinician", "Planned date")]
LABELS_ES = ("Fecha de la carta", "Afiliado", "Número de afiliado", "Grupo", "Número de referencia",
             "Proveedor solicitante", "Fecha de servicio")
DEVICE = "Replacement external sound processor, cochlear implant (HCPCS L8619), right ear"
DEVICE_UP = "Upgrade to new-model sound processor with headpiece (HCPCS L8627, L8628), left ear"
DEVICE_ES = "Procesador de sonido externo nuevo (actualización), implante coclear (HCPCS L8619), oído derecho"


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(19, 14, 19))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str, ms: str, claim: bool, dl: str) -> dict:
    lang = "es" if kind == "es" else "en"
    date = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 210))
    recv = days(date, -r.randint(5, 14))
    svc = days(recv, -r.randint(6, 30)) if claim else days(date, r.randint(12, 30))
    prior = days(date, -r.randint(3 * 365, 4 * 365 - 40))
    surgery = days(prior, -r.randint(30, 200))
    return dict(kind=kind, ins=ins, L=LABELS_ES if lang == "es" else LABELS[lab], ds=ds, ms=ms, lang=lang, date=date,
                recv=recv, svc=svc, prior=prior, surgery=surgery, claim=claim, dl=dl, member=person(r, lang),
                addr=address(r, lang), mid=mixed(r, "SKV999999999") if ins == SK else mixed(r, "NMB-9999-99999"),
                grp=mixed(r, "G99999") if ins == SK else digits6(r), ref=(mixed(r, "CI9999999") if not claim else
                                                                          mixed(r, "9999A99999999")),
                prov=clinician(r), npi=npi(r), ph=phone(r), amt=money(r, 5200, 9800), serial=mixed(r, "SN99999999"),
                md=clinician(r), policy=mixed(r, "MP-99.999"))


def digits6(r: random.Random) -> str:
    return str(r.randint(100000, 999999))


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == SK:
        d.text_line("SKARVANES", 24, "B", h=10)
        d.rule(0.9, 1)
        d.text_line("Health Plan · Utilization Management · PO Box 4471 · Kemmerer, WY 83101", 8.4, h=4.4)
    else:
        d.text_line("Member of the Nolsoy Mutual Group", 8, align="C", h=4)
        d.text_line(NM, 15, "B", align="C", h=7.5)
        d.rule(0.3, 2)
        for ln in ("Prior Review Department", "620 Skopun Lane, Floor 2", "Wibaux, MT 59353"):
            d.text_line(ln, 8.6, h=4.2)
    d.ln(5)


def reason(f: dict) -> tuple[str, list[str]]:
    k, p = f["kind"], f["prov"]
    pr = fd(f, f["prior"])
    if k == "limit":
        return "Decision: Denied - benefit limit", [
            f"Your plan covers one replacement external sound processor every five (5) years. Our records show "
            f"your current processor (serial {f['serial']}) was supplied on {pr}, less than five years ago. You "
            "have not yet reached the replacement period, and the audiologist's report says the processor works. "
            "Replacement before five years is not covered under your benefit plan (Durable Medical Equipment "
            "section, Hearing devices). This is a benefit limit, not a decision about whether you need the device."]
    if k == "upgrade":
        return "Decision: Not approved - not medically necessary", [
            f"{p} asked us to approve an upgrade to a newer sound processor model. Our medical director, "
            f"{f['md']}, MD, reviewed the request against medical policy {f['policy']}. The policy covers an "
            "upgrade only when the current processor can no longer be repaired or no longer meets the member's "
            "hearing needs. Your current processor works and your speech scores are stable. The upgrade is not "
            "medically necessary for you at this time."]
    if k == "plain":
        return "Why we did not pay this claim", [
            f"We paid for a sound processor for you on {pr}. Your plan pays for one every five years, so we cannot "
            "pay for another one until that time has passed. The processor your audiologist billed was a "
            "replacement for one that still works. You may owe the amount billed; call us if you have questions."]
    if k == "convenience":
        return "Decision: Denied - excluded item", [
            "The claim is for a newer sound processor that replaces a working processor of an older model. Your "
            "plan's Evidence of Coverage lists upgrades and convenience features (such as wireless streaming and "
            "water resistance) as exclusions. Upgrades are not covered, so the plan will not pay this claim."]
    if k == "warranty":
        return "Decision: Denied - other coverage applies first", [
            f"You told us your processor (serial {f['serial']}) was lost. The processor supplied on {pr} is still "
            "within the manufacturer's three-year loss and damage warranty. A lost processor under warranty must "
            "be replaced by the manufacturer first; the plan pays only after the warranty has paid or has been "
            "used up. Please ask your audiologist to file a warranty claim and send us the result."]
    return "Decision: Approved", [
        f"We approved the replacement sound processor requested by {p}. The audiologist's report shows your "
        f"processor (serial {f['serial']}) was damaged beyond repair and the manufacturer declined repair. "
        f"Authorization number {f['ref']} is valid for 90 days from the date of this letter. The planned fitting "
        f"date is {fd(f, f['svc'])}. Your usual cost share for durable medical equipment applies."]


def build(f: dict) -> bytes:
    L, es, k = f["L"], f["lang"] == "es", f["kind"]
    d = Page("Página {p} de {n}" if es else "Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f, f["date"]), 10, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    title = ("AVISO DE DENEGACIÓN DE COBERTURA" if es else
             "NOTICE OF APPROVAL" if k == "approve" else
             "CLAIM DECISION" if f["claim"] else "NOTICE OF ADVERSE BENEFIT DETERMINATION")
    d.text_line(title, 13, "B", h=7)
    d.ln(1)
    rows = [(L[0], fd(f, f["date"])), (L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"]), (L[4], f["ref"]),
            (L[5], f"{f['prov']}, AuD"),
            ("NPI", f["npi"]),
            (L[6], fd(f, f["svc"]))]
    if f["claim"]:
        rows.append(("Importe facturado" if es else "Amount billed", usd(f["amt"], f["ms"])))
    rows.append(("Artículo" if es else "Item", DEVICE_ES if es else DEVICE_UP if k in ("upgrade", "convenience")
                 else DEVICE))
    for a, b in rows:
        d.font(9.5, "B")
        d.cell(58, 5.1, a + ":")
        d.font(9.5)
        d.cell(0, 5.1, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    if es:
        d.para(f"Recibimos la solicitud de {f['prov']} el {fd(f, f['recv'])}. Su implante coclear se colocó el "
               f"{fd(f, f['surgery'])} y su procesador actual se entregó el {fd(f, f['prior'])}.")
        d.text_line("Decisión: No aprobado - no es médicamente necesario", 11, "B", h=6)
        d.para(f"Nuestro director médico, {f['md']}, MD, revisó la solicitud según la política médica "
               f"{f['policy']}. La política cubre un procesador nuevo solo cuando el actual ya no se puede reparar. "
               "Su procesador funciona bien y sus resultados de audición son estables. La actualización no es "
               "médicamente necesaria en este momento.")
        d.text_line("Su derecho a apelar", 11, "B", h=6)
        d.para("Puede apelar esta decisión dentro de 180 días a partir de la fecha de esta carta. Si su salud "
               "corre peligro, pida una apelación acelerada; la decidimos en 72 horas. Después de la apelación "
               "puede pedir una revisión externa dentro de 4 meses. Llame al " + f["ph"] + " (TTY 711).")
    else:
        d.para(f"We received the request on {fd(f, f['recv'])}. Your cochlear implant surgery was on "
               f"{fd(f, f['surgery'])}.")
        head, paras = reason(f)
        d.text_line(head, 11, "B", h=6)
        for p in paras:
            d.para(p)
        if k != "approve":
            d.text_line("Your right to appeal", 11, "B", h=6)
            dl = {"within": "You may file an appeal within 180 days of the date of this letter.",
                  "by": f"Your written appeal must reach us by {fd(f, days(f['date'], 180))}.",
                  "receive": "You may file an appeal within 180 days after you receive this notice."}[f["dl"]]
            d.para(dl + " Send it to the address above or call " + f["ph"] + ". If waiting could seriously harm "
                   "your health, ask for an expedited appeal; we decide those within 72 hours. After our final "
                   "decision you may ask for an independent external review within 4 months.")
    d.ln(2)
    d.text_line("Atentamente," if es else "Sincerely,", 10, h=5)
    d.text_line("Departamento de Revisión Previa" if es else
                ("Claims Department" if f["claim"] else "Utilization Management"), 10, h=5)
    d.text_line(f["ins"], 10, h=5)
    d.text_line(f"cc: {f['prov']}, AuD", 8.4, h=4.5)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts: dict = {}
    dl = iso(days(f["date"], 180)) if f["dl"] in ("within", "by") else None
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["date"], 180))]
    common = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
                  denial_date=iso(f["date"]), provider=f["prov"], case_numbers=[f["ref"]],
                  service_dates=[iso(f["svc"])], claim_amount=m2(f["amt"]) if f["claim"] else None)
    if k == "approve":
        return truth("other", None, f["lang"], alternates=alts, **common)
    den = {"limit": "not_covered", "upgrade": "medical_necessity", "plain": "not_covered",
           "convenience": "not_covered", "warranty": "other", "es": "medical_necessity"}[k]
    dalt = {"limit": ["other"], "plain": ["other"], "convenience": ["medical_necessity"],
            "warranty": ["not_covered"]}.get(k)
    return truth("denial_letter", den, f["lang"], appeal_deadline=dl, alternates=alts, denial_alternates=dalt,
                 **common)


# (stem suffix, condition, kind, issuer, label set, date style, money style, claim?, deadline wording)
PLAN = [
    ("bd_not_due_five_year_limit", "born_digital", "limit", SK, 0, "long", "plain", False, "within"),
    ("bd_upgrade_not_necessary", "born_digital", "upgrade", NM, 1, "slash", "plain", False, "by"),
    ("scan_approved_damaged", "scan_clean_300", "approve", SK, 2, "abbr", "plain", False, "within"),
    ("lowres_claim_plain_limit", "scan_lowres_150", "plain", NM, 0, "iso", "nosign", True, "within"),
    ("copy_spanish_upgrade", "photocopy", "es", SK, 0, "es", "es", False, "within"),
    ("faxf_claim_upgrade_excluded", "fax_fine_g4", "convenience", NM, 2, "upper", "plain", True, "receive"),
    ("phone_lost_warranty_first", "phone_photo", "warranty", SK, 1, "dmy", "plain", False, "within"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, lab, ds, ms, claim, dl) in enumerate(PLAN):
        f = facts(random.Random(104500 + i), kind, ins, lab, ds, ms, claim, dl)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
