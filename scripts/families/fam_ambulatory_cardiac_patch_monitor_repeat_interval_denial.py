"""Family 'ambulatory_cardiac_patch_monitor_repeat_interval_denial': an invented commercial plan refuses a second
14-day adhesive heart-rhythm patch monitor (CPT 93247) worn within six months of the first one, because its
medical policy allows a repeat extended monitor inside six months only for new or changed symptoms.

Documents: the plan's claim denial (born digital, boxed label column and a one-line service table); the
cardiology clinic's patient statement (denies nothing); a member EOB with three claims under claim bars, only
the patch refused (photocopy); a Spanish notice (low resolution); an upheld appeal told only in sentences
(phone photo); the reprocessing notice after a second appeal was granted (sideways; denies nothing); a standard
fax stack of a cover sheet, the provider-facing denial and, after a blank separator, a request for the clinic's
records. Everything invented. Decoys: DOB, NPI, prior monitor date, claim received dates, processing period,
other claims, account numbers, device serial, 72-hour, 4-month and 14-day limits, form and policy numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "ambulatory_cardiac_patch_monitor_repeat_interval_denial"
LANG = "en"
SEED = 339900

PLAN = {"org": "Gannetbridge Health Plan", "addr": "PO Box 40217, Corliss Falls, NA 58814", "phone": "1-877-562-0391",
        "fax": "1-877-562-0398"}
DOC = ("Imogen R. Kelderman, MD", "Imogen R. Kelderman", "Amberlyn Heart & Rhythm Clinic")
CLINIC_ADDR = "1180 Stanhope Avenue, Suite 300, Corliss Falls, NA 58810"
PEOPLE = ["Rosalind T. Achterberg", "Bernard K. Lindgren", "Paulette J. Dunleavy", "Lamar E. Featherstone",
          "Beatriz M. Salcedo", "Clifford N. Rinaldi", "Wanda S. Yarborough"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    if ds == "mdy":
        return f"{d.month}/{d.day}/{d.year}"
    return fdate(d, ds)


def base(r):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 140))
    dos = notice - dt.timedelta(days=r.randint(24, 40))
    return dict(notice=notice, dos=dos, prior=dos - dt.timedelta(days=r.randint(70, 150)),
                recv=dos + dt.timedelta(days=r.randint(15, 20)), claim="GB" + dg(r, 11),
                mid="GHP" + dg(r, 8), group=str(r.randint(10, 99)) + "-" + dg(r, 5),
                plan="GHP-" + r.choice(["SILVER-2000", "GOLD-750", "HDHP-3300"]),
                dob=dt.date(r.randint(1948, 1990), r.randint(1, 12), r.randint(1, 28)), npi="1" + dg(r, 9),
                charge=round(r.randint(780, 1460) + r.choice([0, 0.5, 0.25, 0.75]), 2),
                acct="AHR-" + dg(r, 7), serial="ZP14-" + dg(r, 8))


def letterhead(p, es=False):
    p.line(PLAN["org"], 17, "B")
    p.line(("Departamento de Reclamaciones" if es else "Claims Review Department") + "  \u00b7  " + PLAN["addr"], 8.5)
    p.line(f"{'Servicio al afiliado' if es else 'Member Services'} {PLAN['phone']}  \u00b7  Fax {PLAN['fax']}  "
           "\u00b7  TTY 711", 8.5)
    p.ln(5)


def addr_block(p, f):
    p.para(f"{f['member']}\n{f['street']}\nCorliss Falls, NA 58812", 10)


def denial_bd(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="GHP-CLM-ADV 09/2025")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr_block(p, f)
    p.heading("Notice of Adverse Benefit Determination - Claim Denied", 13, rule=True)
    p.boxed_pairs([("Patient", f["member"]), ("Member ID", f["mid"]), ("Group number", f["group"]),
                   ("Plan", f["plan"]), ("Date of birth", fd(f["dob"], "slash")), ("Claim number", f["claim"]),
                   ("Ordering physician", f"{DOC[0]}, NPI {f['npi']}"),
                   ("Claim received", fd(f["recv"], ds))], 58, 9)
    p.table(["Service", "CPT", "Date of service", "Billed", "Allowed", "Decision"],
            [["14-day ECG patch monitor", "93247", fd(f["dos"], ds), money(f["charge"]), "$0.00",
              "Denied"]], [62, 15, 28, 22, 20, 27], size=8.5)
    p.heading("Why we denied this claim", 11)
    p.para(f"Our medical policy CP-CARD-031 (Ambulatory Electrocardiographic Monitoring) allows one extended "
           f"monitor (more than 48 hours) in a six-month period. Our records show you wore a 14-day patch monitor "
           f"that began on {fd(f['prior'], ds)}. A repeat monitor within six months is covered only when the "
           "records show new or changed symptoms, a change in heart medicine, or a non-diagnostic first study. "
           "The records we received do not show any of these, so the repeat monitor is not medically necessary "
           "under the policy.", 9.5)
    p.para("You may ask for a free copy of the policy and of the records we used.", 9.5)
    p.heading("Your right to appeal", 11)
    p.para(f"You may appeal within 180 days of the date of this letter. Send your appeal to Gannetbridge Appeals, "
           f"{PLAN['addr']}, or fax it to {PLAN['fax']}. Urgent appeals are decided within 72 hours. After our "
           "final decision you may ask for an independent external review within 4 months.", 9)
    return out(p)


def clinic_statement(f, ds):
    p = Page(footer=None, footer_left="Questions about this statement? Call our billing office 1-866-230-4471")
    p.add_page()
    p.f(15, "B").cell(110, 7, DOC[2])
    p.f(9).cell(0, 7, "PATIENT STATEMENT", align="R", new_x="LMARGIN", new_y="NEXT")
    p.line(CLINIC_ADDR, 8.5)
    p.ln(6)
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Account number", f["acct"]), ("Patient", f["member"]),
             ("Guarantor", f["member"]), ("Insurance", f"{PLAN['org']}  ID {f['mid']}"),
             ("Physician", DOC[0])], 36, 9.5)
    p.ln(3)
    rows = [[fd(f["dos"], ds), "93247", "14-day ECG patch monitor (hook-up, recording, report)",
             money(f["charge"], "nosign")],
            [fd(f["notice"] - dt.timedelta(days=9), ds), "", "Insurance: denied - repeat monitor within 6 months",
             "0.00"],
            [fd(f["notice"] - dt.timedelta(days=3), ds), "", "Patient payment - thank you", "-40.00"]]
    p.table(["Date", "Code", "Description", "Amount"], rows, [26, 18, 108, 22], size=8.5,
            aligns=["L", "L", "L", "R"])
    p.pairs([("Total charges", money(f["charge"])), ("Balance due", money(f["charge"] - 40))], 36, 10)
    p.ln(3)
    p.para("Your insurance plan did not pay this charge. If your doctor's office is appealing the decision we will "
           "hold your balance for 60 days. Payment plans are available. Device serial " + f["serial"] + ".", 9)
    return out(p)


def eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="GHP-EOB-M")
    p.add_page()
    p.f(15, "B").cell(100, 7, PLAN["org"])
    p.f(11, "B").cell(0, 7, "Explanation of Benefits", align="R", new_x="LMARGIN", new_y="NEXT")
    p.line("THIS IS NOT A BILL", 9, "B", align="R")
    p.ln(2)
    p.pairs([("Issued", fd(f["notice"], ds)), ("Member", f["member"]), ("Member ID", f["mid"]),
             ("Group", f["group"]), ("Claims processed", f"{fd(f['notice'] - dt.timedelta(days=30), ds)} - "
                                                           f"{fd(f['notice'] - dt.timedelta(days=1), ds)}")], 34, 9)
    p.ln(2)
    for cl, prov, d, rows, note in f["claims"]:
        p.set_fill_color(222, 222, 222)
        p.f(8.5, "B").cell(0, 5.5, f" Claim {cl}   |   Provider: {prov}   |   Patient: {f['member']}", fill=True,
                           new_x="LMARGIN", new_y="NEXT")
        p.table(["Service date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
                [[fd(d, ds)] + row for row in rows], [24, 56, 20, 20, 20, 18, 16], size=8, border="B")
    p.heading("Codes", 9.5)
    p.para("RM6 - Repeat extended ECG monitoring within 6 months of a prior study; the records do not show new "
           "symptoms or a change in treatment. Not medically necessary under policy CP-CARD-031. The provider may "
           "not bill you beyond plan rules while an appeal is pending.", 8)
    p.para("You may appeal a denied claim within 180 days of the date of this statement. Write to the address on "
           f"the back or call {PLAN['phone']}. Expedited appeals: 72 hours.", 8)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="GHP-CLM-ADV-ES")
    p.add_page()
    letterhead(p, es=True)
    p.line(f"Fecha del aviso: {fd(f['notice'], 'es')}", 10)
    p.ln(2)
    addr_block(p, f)
    p.heading("AVISO DE DENEGACIÓN DE UNA RECLAMACIÓN", 12.5, rule=True)
    p.pairs([("Paciente", f["member"]), ("Núm. de identificación", f["mid"]), ("Grupo", f["group"]),
             ("Reclamación núm.", f["claim"]), ("Médico", DOC[0]),
             ("Servicio", "Monitor de ECG en parche de 14 días (93247)"),
             ("Fecha del servicio", fd(f["dos"], "es")), ("Cargo facturado", "US" + money(f["charge"])),
             ("Fecha de nacimiento", f["dob"].strftime("%d/%m/%Y"))], 48, 9.5)
    p.ln(2)
    p.para(f"Denegamos esta reclamación. Usted ya usó un monitor de ritmo cardíaco de 14 días que comenzó el "
           f"{fd(f['prior'], 'es')}. Nuestra política médica CP-CARD-031 cubre un segundo monitor dentro de seis "
           "meses solo si hay síntomas nuevos o un cambio de tratamiento, y los expedientes no lo muestran. Por eso "
           "el segundo monitor no es médicamente necesario.", 10)
    p.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de este aviso. Si su salud "
           "corre peligro, pida una apelación urgente (72 horas). Después puede pedir una revisión externa dentro "
           "de 4 meses.", 10)
    return out(p)


def upheld_prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(PLAN["org"], 15, "B", align="C")
    p.line("Member Appeals  \u00b7  " + PLAN["addr"], 8.5, align="C")
    p.ln(8)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    addr_block(p, f)
    p.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    p.para(f"We have reviewed your appeal, which we logged as appeal number {f['appeal']}. You asked us to pay claim "
           f"{f['claim']} for the 14-day heart rhythm patch monitor that {DOC[1]} of {DOC[2]} placed on "
           f"{fd(f['dos'], ds)}. The clinic billed {money(f['charge'])} for it. Your member ID is {f['mid']}.", 10)
    p.para(f"A cardiologist who was not involved in the first decision read your file. You had finished a 14-day "
           f"monitor that started on {fd(f['prior'], ds)}, and it recorded no rhythm problem. The notes from your "
           "later visit describe the same occasional palpitations and no new medicine. Our policy covers a second "
           "extended monitor within six months only when something has changed, so we are upholding the denial.",
           10)
    p.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months of receiving this letter. You also have the right to bring a civil "
           "action under section 502(a) of ERISA.", 10)
    p.para("Sincerely,\nAppeals Unit, Gannetbridge Health Plan", 10)
    return out(p)


def reprocessed(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="GHP-APL-OVR")
    p.add_page()
    letterhead(p)
    p.line("Appeal decision: claim approved for payment", 13, "B")
    p.ln(2)
    p.pairs([("Notice date", fd(f["notice"], ds)), ("Member name", f["member"]), ("ID number", f["mid"]),
             ("Group", f["group"]), ("Appeal reference", f["appeal"]), ("Claim", f["claim"]),
             ("Physician", DOC[0]), ("Service", "93247 extended ECG patch monitor"),
             ("Service date", fd(f["dos"], ds)), ("Amount billed", money(f["charge"], "nosign")),
             ("Appeal received", fd(f["notice"] - dt.timedelta(days=21), ds))], 40, 9.5)
    p.ln(2)
    p.para("Your cardiologist sent a note showing that you fainted twice after your first monitor and that your "
           "beta-blocker dose was changed. With this information the repeat monitor meets policy CP-CARD-031. We "
           "have reversed our decision and sent the claim back for payment. The clinic will receive a remittance "
           "and you will receive a new Explanation of Benefits.", 10)
    p.para("You do not need to do anything more. If you have questions, call Member Services.", 10)
    return out(p)


def provider_notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="GHP-PRV-DEN 03/2026")
    p.add_page()
    letterhead(p)
    p.line("NOTICE OF CLAIM DENIAL - PROVIDER COPY", 12.5, "B")
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    p.para(f"{DOC[2]}\nAttn: Billing / {DOC[0]}\n{CLINIC_ADDR}", 9.5)
    p.pairs([("Billing NPI", f["npi"]), ("Patient", f["member"]), ("Subscriber ID", f["mid"]),
             ("Group No.", f["group"]), ("Patient DOB", fd(f["dob"], ds)), ("Claim No.", f["claim"]),
             ("DOS", fd(f["dos"], ds)), ("Procedure", "93247"), ("Total charge", money(f["charge"], "usd")),
             ("Date received", fd(f["recv"], ds))], 36, 9.5)
    p.ln(2)
    p.para(f"Remark RM6: a prior extended ECG monitor (93247) was paid for a study beginning {fd(f['prior'], ds)}. "
           "Repeat monitoring within six months requires documentation of new or changed symptoms or a change in "
           "therapy; none was submitted. Denied as not medically necessary (CP-CARD-031). The member may not be "
           "billed unless a signed waiver is on file.", 9.5)
    p.para("Provider appeals must be received within 60 days of the date of this notice. Send records with the "
           "appeal to Provider Appeals at the address above.", 9.5)
    return out(p)


def records_request(f, ds):
    p = Page(footer=None, footer_left="GHP-RFR-2")
    p.add_page()
    letterhead(p)
    p.line(fd(f["rfr"], ds), 10)
    p.ln(2)
    p.para(f"{DOC[2]}\nHealth Information Management\n{CLINIC_ADDR}", 9.5)
    p.line("Request for medical records", 12, "B")
    p.ln(1)
    p.para(f"Re: {f['member']}, member {f['mid']}, claim {f['claim']}", 9.5)
    p.para("We are reviewing an appeal for the claim above. Please send the office notes from the visit that "
           "ordered the repeat monitor, both monitor reports and any medication changes. Please fax the records "
           f"to {PLAN['fax']} within 14 days. This request is not a decision on the claim.", 10)
    p.para("Thank you,\nClinical Records Unit", 10)
    return out(p)


def blank_page():
    """A blank sheet fed between the two documents (it belongs to neither)."""
    p = Page(footer=None)
    p.add_page()
    return out(p)


ITEMS = [
    ("bd_claim_denial_boxed", "born_digital", "bd", "long"),
    ("scan300_clinic_patient_statement", "scan_clean_300", "statement", "slash"),
    ("copy_eob_three_claims_claim_bars", "photocopy", "eob", "dmy"),
    ("lowres_aviso_denegacion_es", "scan_lowres_150", "es", "es"),
    ("photo_upheld_appeal_prose", "phone_photo", "upheld", "abbr"),
    ("rotated_appeal_approved_reprocessing", "rotated", "approved", "iso"),
    ("faxstd_stack_provider_denial_records_request", "fax_standard_g4", "stack", "updash"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r)
        f["member"] = PEOPLE[i]
        f["street"] = f"{r.randint(100, 9800)} Whitcombe Lane"
        f["appeal"] = "APL-" + dg(r, 7)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl = (f["notice"] + dt.timedelta(days=180)).isoformat()
        prov_alt = {"provider": [DOC[2]]}
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"], denial_date=nd,
                      provider=DOC[1])
        if kind == "bd":
            t = truth("denial_letter", "medical_necessity", plan_id=f["plan"], group_number=f["group"],
                      case_numbers=[f["claim"]], claim_amount=m2(f["charge"]), service_dates=[f["dos"].isoformat()],
                      appeal_deadline=dl, alternates=prov_alt, denial_alternates=["not_covered"], **common)
            items.append(Item(name, cond, [(denial_bd(f, ds), t)]))
        elif kind == "statement":
            t = truth("other", None, claim_amount=m2(f["charge"]), service_dates=[f["dos"].isoformat()],
                      alternates=prov_alt, unscored=["insurer"], **common)
            items.append(Item(name, cond, [(clinic_statement(f, ds), t)]))
        elif kind == "eob":
            r2 = random.Random(SEED + 50)
            f["claims"] = [
                ("GB" + dg(r2, 11), DOC[0], f["dos"] - dt.timedelta(days=6),
                 [["Office visit, est. patient (99214)", "245.00", "162.40", "132.40", "30.00", ""]], ""),
                ("GB" + dg(r2, 11), "Corliss Falls Lab Partners", f["dos"] - dt.timedelta(days=6),
                 [["Metabolic panel (80048)", "64.00", "18.22", "18.22", "0.00", ""]], ""),
                (f["claim"], DOC[0], f["dos"],
                 [["ECG patch monitor 14 days (93247)", money(f["charge"], "nosign"), "0.00", "0.00", "0.00",
                   "RM6"]], "RM6")]
            t = truth("eob", "medical_necessity", group_number=f["group"], case_numbers=[f["claim"]],
                      claim_amount=m2(f["charge"]), service_dates=[f["dos"].isoformat()], appeal_deadline=dl,
                      denial_alternates=["not_covered"], **common)
            items.append(Item(name, cond, [(eob(f, ds), t)]))
        elif kind == "es":
            t = truth("denial_letter", "medical_necessity", lang="es", group_number=f["group"],
                      case_numbers=[f["claim"]], claim_amount=m2(f["charge"]), service_dates=[f["dos"].isoformat()],
                      appeal_deadline=dl, denial_alternates=["not_covered"], **common)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
        elif kind == "upheld":
            t = truth("denial_letter", "medical_necessity", case_numbers=[f["appeal"], f["claim"]],
                      claim_amount=m2(f["charge"]), service_dates=[f["dos"].isoformat()], alternates=prov_alt,
                      denial_alternates=["not_covered"], **common)
            items.append(Item(name, cond, [(upheld_prose(f, ds), t)]))
        elif kind == "approved":
            t = truth("other", None, group_number=f["group"], case_numbers=[f["appeal"], f["claim"]],
                      claim_amount=m2(f["charge"]), service_dates=[f["dos"].isoformat()], **common)
            items.append(Item(name, cond, [(reprocessed(f, ds), t)]))
        else:
            f["rfr"] = f["notice"] + dt.timedelta(days=r.randint(20, 30))
            t1 = truth("denial_letter", "medical_necessity", group_number=f["group"], case_numbers=[f["claim"]],
                       claim_amount=m2(f["charge"]), service_dates=[f["dos"].isoformat()],
                       appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(), alternates=prov_alt,
                       denial_alternates=["not_covered"], **common)
            t2 = truth("other", None, insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"],
                       case_numbers=[f["claim"]], denial_date=f["rfr"].isoformat(), provider=DOC[2])
            items.append(Item(name, cond, [(provider_notice(f, ds), t1), (records_request(f, ds), t2)],
                              separators=["cover", blank_page()]))
    return items
