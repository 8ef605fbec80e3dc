"""Family 'sterilization_consent_form_missing_denial': state Medicaid fee-for-service remittances, Medicaid managed
care EOBs and letters that deny a sterilization claim (tubal ligation / salpingectomy 58661, 58670, vasectomy 55250)
because the federal sterilization consent form (HHS-687, "Consent for Sterilization", 42 CFR 441 Subpart F) or the
state equivalent was missing, incomplete, signed fewer than 30 days or more than 180 days before the surgery, or
the member was under 21 when she or he signed. Surgeon and facility both appear (one bills, the other is a decoy),
the anesthesia claim is listed as a decoy, and the consent signature date is a decoy date. One paid remittance
after a corrected consent form, one Spanish member notice, one fax stack (cover + provider letter + member notice).
All values invented.

Issuers: Tallowmere State Medical Assistance Program (fee-for-service, remittance), Harmonia Community Health Plan
(Medicaid MCO; EOBs and letters), Ridgeline Medicaid Health Plan (Medicaid MCO; letters).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "sterilization_consent_form_missing_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TM, HA, RI = ("Tallowmere State Medical Assistance Program", "Harmonia Community Health Plan",
              "Ridgeline Medicaid Health Plan")
ADDR = {TM: ("Office of Provider Payments, PO Box 4410", "Cresthaven, TS 60811", "1-855-301-7745"),
        HA: ("2200 Alder Commons Parkway", "Brookfall, TS 60733", "1-866-418-2290"),
        RI: ("PO Box 9071", "Marlow Springs, TS 60952", "1-844-672-0318")}
FIRST = ["Aaliyah", "Thuy", "Rosalba", "Keisha", "Priyanka", "Oksana", "Fatoumata", "Carmen", "Jolene", "Ngozi",
         "Dmitri", "Tariq", "Emeka", "Bao", "Rigoberto"]
LAST = ["Okafor", "Nguyen-Hale", "Brightwater", "Castellanos", "Vukovic", "Adeyemi", "Lindqvist", "Rahimi",
        "Tuilagi", "Mbeki-Ross", "Delgadillo", "Haverford", "Sorensen", "Kaur", "Yazzie"]
SURGEONS = ["Ilse M. Vandermeer, MD", "Kofi A. Boateng, MD", "Renata S. Oliveira, DO", "Hamid R. Farahani, MD",
            "Lucia P. Montesinos, MD", "Graham T. Whitlock, MD"]
FACILITIES = ["Sable Creek Women's Surgery Center", "Brookfall General Hospital", "Cinderhill Ambulatory Surgery Center",
              "Marlow Springs Regional Medical Center"]
ANES = ["Northfork Anesthesia Associates", "Copperline Anesthesia Group"]
PROCS = {"58661": "Laparoscopy, removal of adnexal structures (bilateral salpingectomy)",
         "58670": "Laparoscopy, fulguration or occlusion of oviducts",
         "55250": "Vasectomy, unilateral or bilateral"}


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(17, 13, 17))
        self.add_font("DejaVu", "B", BOLD)


def person(r: random.Random, female: bool = True) -> str:
    first = r.choice(FIRST[:10] if female else FIRST[8:])
    return f"{first} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"


def dig(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def facts(r: random.Random, kind: str, ins: str, cpt: str, ds: str, ms: str, lang: str = "en") -> dict:
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 230))
    surg = notice - dt.timedelta(days=r.randint(25, 60))
    gap = {"missing": r.randint(35, 90), "short": r.randint(12, 26), "long": r.randint(190, 240),
           "under21": r.randint(40, 70), "incomplete": r.randint(40, 90), "paid": r.randint(35, 80)}[kind]
    consent = surg - dt.timedelta(days=gap)
    age = 20 if kind == "under21" else r.randint(24, 39)
    dob = dt.date(consent.year - age, r.randint(1, 12), r.randint(1, 27))
    if kind == "under21" and dob > consent.replace(year=consent.year - 20):
        dob = dob.replace(year=dob.year - 0)
    female = cpt != "55250"
    f = dict(kind=kind, ins=ins, cpt=cpt, ds=ds, ms=ms, lang=lang, notice=notice, surg=surg, consent=consent,
             dob=dob, member=person(r, female), maddr=f"{r.randint(100, 9800)} {r.choice(['Larkspur Row', 'Tamarack Street', 'Orchard Bend Road', 'Calle Mirasol'])}",
             mcity=r.choice(["Brookfall, TS 60734", "Cresthaven, TS 60815", "Pell City, TS 60640"]),
             mid=r.choice(["", "TS"]) + dig(r, 10 if ins == TM else 9), surgeon=r.choice(SURGEONS),
             fac=r.choice(FACILITIES), anes=r.choice(ANES), snpi=r.choice("12") + dig(r, 9),
             fnpi=r.choice("12") + dig(r, 9), anpi=r.choice("12") + dig(r, 9),
             icn=dig(r, 4) + dig(r, 3) + dig(r, 6), icn2=dig(r, 4) + dig(r, 3) + dig(r, 6),
             charge=round(r.uniform(850, 2400), 2) if cpt != "55250" else round(r.uniform(420, 980), 2),
             fcharge=round(r.uniform(3200, 8800), 2), acharge=round(r.uniform(480, 1300), 2),
             group="MCD-" + dig(r, 4) if ins != TM else None, acct="PA" + dig(r, 7),
             ref="GR-" + str(notice.year) + "-" + dig(r, 6))
    f["apaid"] = round(f["acharge"] * r.uniform(0.3, 0.45), 2)
    f["paid"] = round(f["charge"] * r.uniform(0.38, 0.55), 2)
    return f


def d_(f, d):
    return fmt_date(d, f["ds"])


def mo(f, v):
    return fmt_money(v, f["ms"])


def head(d: Page, f: dict, right: str = "") -> None:
    ins = f["ins"]
    a1, a2, ph = ADDR[ins]
    if ins == TM:
        d.text_line("STATE OF TALLOWMERE", 8.5, "B", "C")
        d.text_line("Department of Human Services - " + TM, 9, "", "C")
        d.text_line(f"{a1}, {a2}   Provider Services {ph}", 8, "", "C")
        d.rule(0.6)
    elif ins == HA:
        d.text_line("HARMONIA", 20, "B")
        d.text_line("Community Health Plan  |  A Tallowmere Medicaid managed care plan", 8.5)
        d.text_line(f"{a1}, {a2}   Member Services {ph} (TTY 711)", 8)
        d.rule(0.8)
    else:
        d.text_line(RI, 13, "B", "R")
        d.text_line(a1, 9, "", "R")
        d.text_line(a2, 9, "", "R")
        d.text_line(ph, 9, "", "R")
        d.ln(2)
    d.ln(3)


def kv(d: Page, rows, w1=52, size=9.5):
    for a, b in rows:
        if b is None:
            continue
        d.font(size - 1)
        d.cell(w1, 5, a)
        d.font(size, "B")
        d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


REASON_EN = {
    "missing": "No Consent for Sterilization form (HHS-687) was received with the claim or is on file for this "
               "member. Federal rules (42 CFR 441.258) do not allow payment for a sterilization without a "
               "properly completed consent form signed at least 30 days before the procedure.",
    "short": "The Consent for Sterilization form was signed fewer than 30 days before the date of surgery. "
             "Federal rules require at least 30 days (and no more than 180 days) between the member's signature "
             "and the sterilization, except for premature delivery or emergency abdominal surgery, which the "
             "form does not show.",
    "long": "The Consent for Sterilization form was signed more than 180 days before the date of surgery, so the "
            "consent had expired. A new form must be signed at least 30 days before the procedure.",
    "under21": "The member was under 21 years of age on the date the Consent for Sterilization form was signed. "
               "Medicaid cannot pay for a sterilization of a person who was not at least 21 when consent was given.",
    "incomplete": "The Consent for Sterilization form is incomplete: the section 'Statement of Person Obtaining "
                  "Consent' is not signed or dated, and the physician's statement does not show the expected date "
                  "of the sterilization. An incomplete form cannot be accepted.",
}


def remit(d: Page, f: dict, paid: bool) -> None:
    """Fee-for-service remittance advice to the billing surgeon: the surgeon's claim and the anesthesia claim."""
    d.add_page()
    head(d, f)
    d.text_line("REMITTANCE ADVICE  -  PROFESSIONAL CLAIMS (CMS-1500)", 12, "B", "C")
    d.ln(2)
    kv(d, [("Payee:", f["surgeon"]), ("Payee NPI:", f["snpi"]), ("RA date:", d_(f, f["notice"])),
           ("RA number:", "RA" + f["icn"][:8]), ("Check / EFT no.:", "EFT" + f["icn2"][-7:] if paid else "none")], 40)
    d.text_line(f"ICN {f['icn']}", 9, "B")
    d.text_line(f"Recipient: {f['member']}     Medicaid ID {f['mid']}     Patient acct {f['acct']}", 9)
    d.ln(1)
    rows = [[d_(f, f["surg"]), f["cpt"], "1", mo(f, f["charge"]), mo(f, f["paid"] if paid else 0),
             "" if paid else ("16 / N4" if f["kind"] in ("missing", "incomplete") else "A1 / N4")]]
    d.table(["Service date", "Proc", "Units", "Billed", "Paid", "CARC/RARC"], rows, [34, 34, 14, 30, 28, 36], 8.6,
            "LLRRRL")
    d.text_line("Status: PAID" if paid else "Status: DENIED", 10, "B")
    d.ln(1)
    if paid:
        d.para(f"Claim resubmitted with a corrected Consent for Sterilization form (member signature dated "
               f"{d_(f, f['consent'])}; surgery {d_(f, f['surg'])}; 30-day waiting period met). The original "
               f"denial under ICN {f['icn2']} is reversed and the claim is paid at the Medicaid fee schedule.", 9)
    else:
        d.para("EOB 611: " + REASON_EN[f["kind"]], 9)
        d.para(f"Facility: {f['fac']} (NPI {f['fnpi']}) - the facility claim is processed separately.", 8.5)
    d.ln(1)
    d.text_line("Other claims on this advice for the same recipient", 9, "B")
    d.table(["ICN", "Provider", "Date", "Proc", "Billed", "Paid"],
            [[f["icn2"] if not paid else f["icn"][:-3] + "551", f["anes"], d_(f, f["surg"]), "00851" if f["cpt"] != "55250" else "00921",
              mo(f, f["acharge"]), mo(f, f["apaid"] if paid else 0)]],
            [36, 58, 26, 16, 22, 22], 8.2, "LLLLRR")
    if not paid:
        d.para("The anesthesia claim above is also denied (linked sterilization claim). To correct, send the "
               "claim with a complete, legible Consent for Sterilization form signed by the member, the interpreter "
               "(if used), the person who obtained consent and the physician. Corrected claims or requests for "
               f"administrative review must be received by {d_(f, f['dead'])}.", 8.8)
    d.text_line("Remittance totals: billed " + mo(f, f["charge"] + f["acharge"]) + "   paid " +
                mo(f, (f["paid"] + f["apaid"]) if paid else 0), 8.5)


def member_eob(d: Page, f: dict) -> None:
    d.add_page()
    head(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(2)
    kv(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["group"]), ("Date of birth:", d_(f, f["dob"])),
           ("Statement date:", d_(f, f["notice"])), ("Claim number:", f["icn"]), ("Provider:", f["surgeon"]),
           ("Place of service:", f["fac"])], 40)
    d.table(["Date of service", "Service", "Code", "Amount billed", "Plan paid", "You owe", "Note"],
            [[d_(f, f["surg"]), "Sterilization surgery", f["cpt"], mo(f, f["charge"]), mo(f, 0), mo(f, 0), "CS1"]],
            [28, 40, 14, 26, 22, 20, 14], 8.6, "LLLRRRL")
    d.para("CS1 - " + REASON_EN[f["kind"]], 9)
    d.para(f"Your consent form on file is dated {d_(f, f['consent'])}. You do not have to pay this bill: a Medicaid "
           "provider cannot bill you for a service the plan denied for this reason.", 9)
    d.para("Your right to appeal: you or your provider may ask for an appeal within 60 days of the date of this "
           f"statement. Call {ADDR[f['ins']][2]} or write to the address above. If we uphold the denial you may ask "
           "for a State Fair Hearing within 120 days of our appeal decision.", 8.8)


def provider_letter(d: Page, f: dict) -> None:
    """Letter to the billing provider (facility or surgeon)."""
    d.add_page()
    head(d, f)
    billing = f["bill"]
    d.text_line(d_(f, f["notice"]), 10)
    d.ln(3)
    d.text_line(billing, 10)
    d.text_line("Attn: Patient Financial Services", 10)
    d.ln(4)
    d.text_line("Notice of Claim Denial - Sterilization Consent Requirements", 11.5, "B")
    d.ln(1)
    other = f["surgeon"] if billing == f["fac"] else f["fac"]
    kv(d, [("Member name:", f["member"]), ("Medicaid ID:", f["mid"]), ("Claim number:", f["icn"]),
           ("Reference:", f["ref"]), ("Date of surgery:", d_(f, f["surg"])),
           ("Procedure:", f"{f['cpt']} {PROCS[f['cpt']]}"),
           ("Total charges:", mo(f, f["bcharge"])), ("Consent signed:", d_(f, f["consent"])),
           ("Surgeon:" if billing == f["fac"] else "Facility:", other)], 44)
    d.para(f"Dear Provider: We reviewed the claim above billed by {billing}. We are unable to pay it. "
           + REASON_EN[f["kind"]])
    d.para("Claims for a sterilization must include a copy of the Consent for Sterilization form (HHS-687 or the "
           "state equivalent), and every claim linked to the surgery (surgeon, assistant, anesthesia and facility) "
           "is denied until a valid form is received. The member may not be billed.")
    if f["deadline_style"] == "date":
        d.para(f"You may send a corrected claim or request a provider appeal. Your request must be received by "
               f"{d_(f, f['dead'])}. Send it to Provider Appeals at the address above or fax "
               f"1-855-{dig(random.Random(f['icn']), 3)}-0140.")
    else:
        d.para("You may request a provider appeal within 90 days of the date of this letter. Send it to Provider "
               "Appeals at the address above; include the claim number and the complete consent form.")
    d.ln(2)
    d.text_line("Claims Review Unit", 10)
    d.text_line(f["ins"], 10)


ES_REASON = {"short": "El formulario de Consentimiento para la Esterilización fue firmado menos de 30 días antes "
                      "de la cirugía. Las reglas federales exigen por lo menos 30 días (y no más de 180 días) entre "
                      "su firma y la cirugía."}


def member_notice(d: Page, f: dict) -> None:
    d.add_page()
    head(d, f)
    es = f["lang"] == "es"
    d.text_line(d_(f, f["notice"]), 10)
    d.ln(3)
    for ln in (f["member"], f["maddr"], f["mcity"]):
        d.text_line(ln, 10)
    d.ln(4)
    if es:
        d.text_line("AVISO DE DENEGACIÓN DE PAGO", 12, "B")
        kv(d, [("Miembro:", f["member"]), ("Núm. de identificación:", f["mid"]), ("Grupo:", f["group"]),
               ("Número de reclamo:", f["icn"]), ("Proveedor:", f["bill"]),
               ("Servicio:", f"{f['cpt']} Vasectomía" if f["cpt"] == "55250" else f"{f['cpt']} Ligadura de trompas"),
               ("Fecha del servicio:", d_(f, f["surg"])), ("Cantidad facturada:", mo(f, f["bcharge"]))], 50)
        d.para(f"Estimado(a) {f['member'].split()[0]}: Hemos negado el pago del servicio arriba. "
               + ES_REASON[f["kind"]] + f" Su formulario fue firmado el {d_(f, f['consent'])}.")
        d.para("Usted no tiene que pagar este servicio. Su proveedor no puede cobrarle.")
        d.para("Si no está de acuerdo, puede pedir una apelación dentro de 60 días a partir de la fecha de este "
               f"aviso. Llame al {ADDR[f['ins']][2]} (TTY 711). Después de la apelación puede pedir una audiencia "
               "imparcial del estado dentro de 120 días.")
        d.text_line("Departamento de Apelaciones", 10)
    else:
        d.text_line("Notice of Denial of Payment", 12, "B")
        kv(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group number:", f["group"]),
               ("Claim number:", f["icn"]), ("Provider:", f["bill"]), ("Service:", f"{f['cpt']} {PROCS[f['cpt']]}"),
               ("Date of service:", d_(f, f["surg"])), ("Amount billed:", mo(f, f["bcharge"]))], 44)
        d.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}: We denied payment for the service above. "
               + REASON_EN[f["kind"]])
        d.para("You do not have to pay for this service. If you wish to have the procedure covered in the future, "
               "talk with your doctor about signing a new consent form at least 30 days before surgery.")
        d.para(f"You may ask for an appeal within 60 days of the date of this notice. Call {ADDR[f['ins']][2]} "
               "(TTY 711). After the appeal you may ask for a State Fair Hearing.")
        d.text_line("Appeals and Grievances Department", 10)


def cover_pdf(f: dict) -> bytes:
    d = Page()
    d.add_page()
    d.text_line("FAX", 26, "B")
    d.text_line(f["fac"], 12, "B")
    d.text_line("Patient Financial Services - Denials Management", 9)
    d.ln(6)
    kv(d, [("To:", f"{f['surgeon']} - office of"), ("From:", "Denials Management"), ("Pages:", "3 including cover"),
           ("Date:", d_(f, f["notice"] + dt.timedelta(days=4)))], 30, 11)
    d.para("Re: sterilization claim denied by the plan for the consent form date. Copies of the plan's letters "
           "attached. Please send us a copy of the patient's consent form if a newer one was signed.", 10.5)
    d.para("CONFIDENTIAL: this fax contains protected health information. If you received it in error, call the "
           "sender and destroy it.", 8)
    return pdf_bytes(d)


def base_truth(f: dict, doc_type: str, denial, provider: str, amount: float, deadline, **kw) -> dict:
    return truth(doc_type, denial, f["lang"], insurer=f["ins"], group_number=f.get("group"), member_id=f["mid"],
                 member_name=f["member"], case_numbers=kw.pop("cases", [f["icn"]]), claim_amount=m2(amount),
                 service_dates=[iso(f["surg"])], denial_date=iso(f["notice"]), provider=provider,
                 appeal_deadline=iso(deadline) if deadline else None, **kw)


DENALT = {"missing": ["not_covered"], "incomplete": ["not_covered"], "short": ["other"], "long": ["other"],
          "under21": ["eligibility", "other"]}


def documents(rng) -> list[Item]:
    items = []
    # 1 remittance, consent missing, surgeon bills
    f = facts(random.Random(164500), "missing", TM, "58661", "slash", "plain")
    f["group"] = None
    f["dead"] = f["notice"] + dt.timedelta(days=365 - 180)
    d = Page(); remit(d, f, False)
    t = base_truth(f, "eob", "other", f["surgeon"], f["charge"], f["dead"], denial_alternates=DENALT["missing"],
                   type_alternates=["denial_letter"], alternates={"claim_amount": [m2(f["charge"] + f["acharge"])]})
    items.append(Item(f"{FAMILY}_bd_medicaid_remit_consent_form_missing_58661", "born_digital", [(pdf_bytes(d), t)]))

    # 2 Spanish member notice, vasectomy, signed < 30 days
    f = facts(random.Random(164501), "short", HA, "55250", "es", "plain", "es")
    f["bill"], f["bcharge"] = f["surgeon"], f["charge"]
    d = Page(); member_notice(d, f)
    t = base_truth(f, "denial_letter", "not_covered", f["surgeon"], f["charge"], f["notice"] + dt.timedelta(days=60),
                   denial_alternates=DENALT["short"])
    items.append(Item(f"{FAMILY}_bd_spanish_member_notice_vasectomy_under_30_days", "born_digital",
                      [(pdf_bytes(d), t)]))

    # 3 member EOB, under 21 at consent
    f = facts(random.Random(164502), "under21", HA, "58670", "long", "plain")
    d = Page(); member_eob(d, f)
    t = base_truth(f, "eob", "not_covered", f["surgeon"], f["charge"], f["notice"] + dt.timedelta(days=60),
                   denial_alternates=DENALT["under21"])
    items.append(Item(f"{FAMILY}_scan300_mco_eob_member_under_21_at_consent", "scan_clean_300", [(pdf_bytes(d), t)]))

    # 4 provider letter to the facility, consent incomplete; surgeon is the decoy
    f = facts(random.Random(164503), "incomplete", RI, "58661", "iso", "plain")
    f["bill"], f["bcharge"], f["deadline_style"] = f["fac"], f["fcharge"], "days"
    f["group"] = None
    d = Page(); provider_letter(d, f)
    t = base_truth(f, "denial_letter", "other", f["fac"], f["fcharge"], f["notice"] + dt.timedelta(days=90),
                   cases=[f["icn"], f["ref"]], denial_alternates=DENALT["incomplete"])
    items.append(Item(f"{FAMILY}_lowres_facility_letter_consent_form_incomplete", "scan_lowres_150",
                      [(pdf_bytes(d), t)]))

    # 5 paid remittance after a corrected consent form
    f = facts(random.Random(164504), "paid", TM, "58670", "dmy", "nosign")
    f["group"] = None
    d = Page(); remit(d, f, True)
    t = base_truth(f, "other", None, f["surgeon"], f["charge"], None, type_alternates=["eob"],
                   alternates={"case_numbers": [[f["icn"], f["icn2"]]]})
    items.append(Item(f"{FAMILY}_copy_medicaid_remit_paid_after_corrected_consent", "photocopy", [(pdf_bytes(d), t)]))

    # 6 fax stack: facility cover, provider letter to the surgeon (>180 days), member notice
    f = facts(random.Random(164505), "long", RI, "58661", "abbr", "plain")
    f["group"] = None
    f["bill"], f["bcharge"], f["deadline_style"] = f["surgeon"], f["charge"], "date"
    f["dead"] = f["notice"] + dt.timedelta(days=90)
    d1 = Page(); provider_letter(d1, f)
    t1 = base_truth(f, "denial_letter", "not_covered", f["surgeon"], f["charge"], f["dead"],
                    cases=[f["icn"], f["ref"]], denial_alternates=DENALT["long"])
    d2 = Page(); member_notice(d2, f)
    t2 = base_truth(f, "denial_letter", "not_covered", f["surgeon"], f["charge"], f["notice"] + dt.timedelta(days=60),
                    denial_alternates=DENALT["long"])
    items.append(Item(f"{FAMILY}_fax_stack_cover_provider_letter_and_member_notice_over_180_days", "fax_standard_g4",
                      [(pdf_bytes(d1), t1), (pdf_bytes(d2), t2)], separators=[cover_pdf(f), None]))

    # 7 phone photo of member EOB, vasectomy consent missing
    f = facts(random.Random(164506), "missing", HA, "55250", "mdy_nopad", "plain")
    d = Page(); member_eob(d, f)
    t = base_truth(f, "eob", "other", f["surgeon"], f["charge"], f["notice"] + dt.timedelta(days=60),
                   denial_alternates=DENALT["missing"])
    items.append(Item(f"{FAMILY}_photo_mco_eob_vasectomy_consent_missing", "phone_photo", [(pdf_bytes(d), t)]))
    return items
