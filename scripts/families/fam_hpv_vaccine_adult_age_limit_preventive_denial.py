"""Family 'hpv_vaccine_adult_age_limit_preventive_denial': an invented commercial insurer refuses the 9-valent HPV
vaccine (CPT 90651, with its administration 90471) for adults aged 27 to 45 because its preventive-care schedule
covers the vaccine routinely only through age 26; after the family physician sends shared clinical decision-making
documentation the plan reprocesses the claims.

Documents: the clinic's patient bill (born digital, an earlier paid physical as decoy, denies nothing itself); a
three-claim member EOB refusing only the vaccine claim (scan); a standard-fax stack (typed cover, the member denial
letter, the physician's shared decision-making note); a Spanish EOB of two claims, the dose-2 claim refused (phone
photo); the plan's reply after the documentation, reprocessing the claim (sideways, denies nothing); a denial told
in sentences (photocopy); an upheld first-level appeal in ruled boxes (low resolution). Everything invented.
Decoys: DOB, NPI, account numbers, other claims, statement due dates, processing periods, 72-hour and external
review limits, ACIP schedule ages, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import MONTHS_ES, Page, m2, money, out

FAMILY = "hpv_vaccine_adult_age_limit_preventive_denial"
LANG = "en"
SEED = 346000

INS = {"org": "Saltmeadow Health Insurance Company", "short": "Saltmeadow Health",
       "addr": "PO Box 7316, Macon, GA 31209", "phone": "1-877-402-6615", "fax": "1-877-402-6690"}
DOC = ("Naomi R. Szabo, MD", "Naomi R. Szabo", "Wilder Pond Family Medicine")
CLINIC_ADDR = "418 Forsyth Street, Macon, GA 31201"
PEOPLE = ["Marisol T. Greer", "Jasper W. Oduya", "Leticia A. Pemberton", "Itzel M. Carrasco",
          "Colin D. Trevino", "Brianna K. Winslow", "Desmond H. Quintero"]
VAX, ADMIN = 287.00, 38.00


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, s):
    if s == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "upper": d.strftime("%d-%b-%Y").upper(), "dash": d.strftime("%m-%d-%Y"),
            "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"), "dmyl": d.strftime("%-d %B %Y"),
            "capsabbr": d.strftime("%b %d, %Y").upper()}[s]


def base(r):
    notice = dt.date(2026, 1, 14) + dt.timedelta(days=r.randint(0, 130))
    return dict(notice=notice, dos=notice - dt.timedelta(days=r.randint(16, 34)),
                mid="SMH" + dg(r, 9), group="GA-" + dg(r, 5), plan="SM-PPO-" + r.choice(["1500", "3000", "4500"]),
                dob=dt.date(r.randint(1981, 1996), r.randint(1, 12), r.randint(1, 28)), npi="1" + dg(r, 9),
                claim="C" + dg(r, 10), acct="WPF" + dg(r, 6), vax=VAX + r.choice([0, 6, 12]),
                adm=ADMIN + r.choice([0, 4]))


def letterhead(p, sub):
    p.line(INS["org"].upper(), 14, "B")
    p.line(sub, 9, "B")
    p.line(f"{INS['addr']}  -  Member Services {INS['phone']}", 8)
    p.ln(4)


def clinic_bill(f):
    p = Page(footer="Page {n} of {nb}", footer_left="Please detach and return the lower part with your payment")
    p.add_page()
    p.line(DOC[2], 15, "B")
    p.line(CLINIC_ADDR + "  |  Billing 1-478-555-0128  |  Tax ID 58-" + f["tax"], 8)
    p.ln(4)
    p.line("PATIENT BILL", 12, "B")
    p.table(["Bill date", "Account", "Guarantor", "Pay by"],
            [[fd(f["notice"], "slash"), f["acct"], f["member"], fd(f["notice"] + dt.timedelta(days=30), "slash")]],
            [34, 34, 66, 34], size=9)
    p.pairs([("Patient", f"{f['member']}   DOB {fd(f['dob'], 'slash')}"), ("Insurance", f"{INS['org']}"),
             ("Member ID / Group", f"{f['mid']} / {f['group']}"), ("Clinician", DOC[0])], 38, 9)
    p.ln(3)
    rows = [[fd(f["phys"], "slash"), "99395", "Preventive visit, 18-39 years", money(212.00), money(212.00),
             money(0.0)],
            [fd(f["dos"], "slash"), "90651", "HPV vaccine 9-valent (Gardasil 9), dose 1", money(f["vax"]), money(0.0),
             money(f["vax"])],
            [fd(f["dos"], "slash"), "90471", "Immunization administration", money(f["adm"]), money(0.0),
             money(f["adm"])]]
    p.table(["Service date", "CPT", "Description", "Charge", "Insurance paid", "Your share"], rows,
            [24, 14, 70, 22, 24, 22], size=8.2, aligns=["L", "L", "L", "R", "R", "R"])
    tot = f["vax"] + f["adm"]
    p.line(f"Balance due: {money(tot)}", 11, "B")
    p.ln(2)
    p.para(f"Message from our billing office: {INS['short']} processed your vaccine visit on "
           f"{fd(f['dos'], 'long')} (claim {f['claim']}, charges {money(tot)}) and did not pay it, saying the HPV "
           "vaccine is covered as preventive care only through age 26. Dr. Szabo has documented your "
           "shared decision about the vaccine and we are asking your plan to look at the claim again. You may "
           "wait for their answer before paying.", 9.5)
    return out(p)


def eob3(f):
    p = Page(footer="Page {n} of {nb}", footer_left="SMH-EOB-03")
    p.add_page()
    p.line(INS["org"], 14, "B")
    p.line("EXPLANATION OF BENEFITS", 11, "B")
    p.line("This is not a bill. Keep it with your health records.", 8.5)
    p.ln(2)
    y = p.get_y()
    p.pairs([("Statement date", fd(f["notice"], "capsabbr")), ("Subscriber", f["member"]),
             ("Member ID", f["mid"]), ("Group", f["group"]), ("Plan", f["plan"])], 34, 9)
    p.set_xy(120, y)
    p.f(8.5)
    p.multi_cell(72, 4.2, f"Processing period\n{fd(f['notice'] - dt.timedelta(days=28), 'capsabbr')} - "
                 f"{fd(f['notice'] - dt.timedelta(days=1), 'capsabbr')}\n\nDeductible met: $812.40 of $1,500.00\n"
                 "Out-of-pocket met: $1,106.15 of $6,000.00", border=1)
    p.set_y(max(p.get_y(), y + 30))
    p.ln(2)
    rows = []
    for cl, prov, d, code, ch, allowed, paid, owe, rc in f["claims"]:
        rows.append([cl, prov, fd(d, "slash"), code, money(ch), money(allowed), money(paid), money(owe), rc])
    p.table(["Claim #", "Provider", "Date", "Service", "Billed", "Allowed", "Paid", "You owe", "Note"], rows,
            [26, 40, 20, 22, 18, 17, 17, 17, 10], size=7.2, row_h=5.4)
    p.heading("Notes", 9.5)
    p.para("**PV** - Paid as preventive care at 100%.  **LB** - Applied to deductible.  **A7** - Immunization is "
           "covered under the preventive care benefit only within the ages on the plan's preventive schedule "
           "(HPV vaccine: ages 9 through 26). Members 27 through 45 may be covered when shared clinical "
           "decision-making with the clinician is documented. No documentation was received.", 8)
    p.para("To appeal, write to us within 180 days of the date of this statement. If your situation is urgent, we "
           "will decide within 72 hours. You may also be eligible for external review.", 8)
    return out(p)


def denial_letter(f):
    p = Page(footer="Page {n} of {nb}", footer_left="SMH-ABD-2 (2026)")
    p.add_page()
    letterhead(p, "Claims Department")
    p.line(fd(f["notice"], "dmyl"), 10)
    p.ln(2)
    p.para(f"{f['member']}\n{f['street']}\nMacon, GA 31204", 10)
    p.heading("Notice of Adverse Benefit Determination", 12, rule=True)
    p.pairs([("Claim number", f["claim"]), ("Member ID", f["mid"]), ("Group number", f["group"]),
             ("Patient", f["member"]), ("Provider", f"{DOC[0]}, {DOC[2]}"), ("Date of service", fd(f["dos"], "dmyl")),
             ("Services", "90651 HPV vaccine; 90471 administration"), ("Amount billed", money(f["vax"] + f["adm"])),
             ("Determination", "Not covered")], 40, 9.5)
    p.ln(2)
    p.para("Your plan's preventive care benefit pays for vaccines on the schedule in your Certificate of Coverage, "
           "Section 6.3. The HPV vaccine is on the schedule for members aged 9 through 26. You were 27 or older "
           "on the date of service, and the claim did not include documentation of shared clinical "
           "decision-making, so the vaccine and its administration are not covered.", 9.5)
    p.para("You may appeal within 180 days of receiving this notice. Send your appeal, with any notes from your "
           "doctor, to the address above or fax it to " + INS["fax"] + ". An urgent appeal is decided within 72 "
           "hours. You may have the right to external review after our final decision.", 9.5)
    return out(p)


def sdm_note(f):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(DOC[2], 14, "B")
    p.line(CLINIC_ADDR + "  -  Fax 1-478-555-0131", 8.5)
    p.ln(5)
    p.line(fd(f["sdm"], "long"), 10)
    p.ln(2)
    p.para(f"To: {INS['org']}, Claims Review\nFax {INS['fax']}", 10)
    p.pairs([("Patient", f["member"]), ("DOB", fd(f["dob"], "slash")), ("Member ID", f["mid"]),
             ("Claim", f["claim"]), ("Date of service", fd(f["dos"], "slash"))], 34, 9.5)
    p.ln(2)
    p.para("Re: Documentation of shared clinical decision-making - HPV vaccination", 10.5)
    p.para("On the date of service I discussed HPV vaccination with my patient, who is between 27 and 45 years "
           "old. We reviewed her risk of new HPV exposure, the expected benefit at her age, and the three-dose "
           "series. She chose to be vaccinated. This conversation is recorded in her chart note, attached, and "
           "meets the shared clinical decision-making recommendation for adults of this age.", 10)
    p.para(f"Please reprocess the claim.\n\n{DOC[0]}\nNPI {f['npi']}", 10)
    return out(p)


def eob_es(f):
    p = Page(footer="Página {n} de {nb}", footer_left="SMH-EOB-ES")
    p.add_page()
    p.line(INS["org"], 14, "B")
    p.line("EXPLICACIÓN DE BENEFICIOS - Esto no es una factura", 10.5, "B")
    p.ln(2)
    p.pairs([("Fecha del estado de cuenta", fd(f["notice"], "es")), ("Afiliado(a)", f["member"]),
             ("Número de afiliado", f["mid"]), ("Grupo", f["group"]),
             ("Fecha de nacimiento", f["dob"].strftime("%d/%m/%Y"))], 58, 9)
    p.ln(3)
    for cl, prov, d, lines, msg in f["claims"]:
        p.line(f"Reclamación {cl}  -  {prov}  -  fecha del servicio {fd(d, 'es')}", 8.5, "B")
        rows = [[c, desc, money(ch), money(pg), money(rp)] for c, desc, ch, pg, rp in lines]
        rows.append(["", "Total de la reclamación", money(sum(x[2] for x in lines)),
                     money(sum(x[3] for x in lines)), money(sum(x[4] for x in lines))])
        p.table(["Código", "Servicio", "Monto facturado", "Pagado por el plan", "Usted debe"], rows,
                [18, 76, 28, 30, 24], size=8, bold_last=True)
        if msg:
            p.para(msg, 8.5)
    p.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de este estado de cuenta. "
           "Las apelaciones urgentes se deciden en 72 horas. Llame a Servicios al Miembro al " + INS["phone"] + ".",
           8.5)
    return out(p)


def reprocess(f):
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    letterhead(p, "Member Inquiries")
    p.line(fd(f["notice"], "abbr"), 10)
    p.ln(2)
    p.para(f"{f['member']}\n{f['street']}\nMacon, GA 31204", 10)
    p.pairs([("Inquiry reference", f["inq"]), ("Member ID", f["mid"]), ("Claim", f["claim"]),
             ("Provider", DOC[0]), ("Date of service", fd(f["dos"], "abbr")),
             ("Billed", money(f["vax"] + f["adm"]))], 40, 9.5)
    p.ln(2)
    p.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    p.para(f"Thank you for your patience. On {fd(f['recv'], 'abbr')} we received a note from {DOC[1]} documenting "
           "the shared clinical decision-making that led to your HPV vaccination. With that note the vaccine "
           "meets your plan's preventive care guidelines for members aged 27 through 45. We have reprocessed the "
           "claim and paid it at 100% as preventive care; you owe nothing for this visit. The remaining doses of "
           "the series will also be covered as preventive care.", 10)
    p.para("A new Explanation of Benefits will follow. Please call Member Services if you have questions.", 9.5)
    return out(p)


def prose(f):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(INS["org"], 13, "B")
    p.line(INS["addr"], 8.5)
    p.ln(6)
    p.line(fd(f["notice"], "long"), 10)
    p.ln(3)
    p.para(f"{f['member']}\n{f['street']}\nMacon, GA 31204", 10)
    p.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]},", 10)
    p.para(f"We have processed claim {f['claim']}, which {DOC[1]} of {DOC[2]} sent us for the HPV vaccine you "
           f"received on {fd(f['dos'], 'long')}. The claim was for {money(f['vax'] + f['adm'])}. We are sorry, "
           "but we cannot pay it.", 10)
    p.para(f"Your coverage under group {f['group']}, member number {f['mid']}, pays for vaccines as preventive care "
           "when they are given within the ages on the plan's preventive schedule. For the HPV vaccine that schedule "
           "ends at age 26. You were older than that on the date of the shot, and we received nothing showing "
           "that you and your doctor made a shared decision about it, so the claim is denied.", 10)
    p.para("If you think we are wrong, you may appeal within 180 days of the date of this letter. Ask your doctor "
           "to include a note about your discussion. If you need a faster answer because of your health, call us "
           f"and we will decide within 72 hours. Our number is {INS['phone']}.", 10)
    p.para("Sincerely,\nClaims Department", 10)
    return out(p)


def upheld(f):
    p = Page(footer="Page {n} of {nb}", footer_left="SMH-APL-1")
    p.add_page()
    letterhead(p, "Appeals Unit")
    p.line("FIRST-LEVEL APPEAL DECISION", 12.5, "B")
    p.ln(2)
    p.boxed_pairs([("Date of decision", fd(f["notice"], "slash")), ("Member", f["member"]),
                   ("Member ID", f["mid"]), ("Group", f["group"]), ("Plan", f["plan"]),
                   ("Appeal number", f["apl"]), ("Claim number", f["claim"]), ("Appeal received", fd(f["recv"], "slash")),
                   ("Provider", f"{DOC[0]} (NPI {f['npi']})"), ("Service", "90651 / 90471 HPV vaccine dose 1"),
                   ("Date of service", fd(f["dos"], "slash")), ("Billed", money(f["vax"] + f["adm"])),
                   ("Decision", "DENIAL UPHELD")], 48, 9)
    p.para("A physician reviewer looked at your appeal and the claim. Your appeal letter explains that you wanted "
           "the vaccine, but the file still contains no clinician documentation of shared clinical "
           "decision-making, which the plan's preventive care guideline PCG-IMM-11 requires for members aged 27 "
           "through 45. The original decision stands.", 9.5)
    p.para("You may request a second-level appeal within 60 days of the date of this decision. After that you may "
           "ask for external review within 4 months. Urgent reviews are completed within 72 hours.", 9.5)
    return out(p)


ITEMS = [("bd_clinic_patient_bill", "born_digital", "bill"),
         ("scan300_eob_three_claims_vaccine_denied", "scan_clean_300", "eob3"),
         ("faxstd_stack_denial_and_sdm_note", "fax_standard_g4", "stack"),
         ("photo_eob_es_dose_two", "phone_photo", "eob_es"),
         ("rotated_reprocessed_after_sdm", "rotated", "reprocess"),
         ("copy_denial_prose", "photocopy", "prose"),
         ("lowres_first_level_appeal_upheld_boxes", "scan_lowres_150", "upheld")]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r)
        f["member"] = PEOPLE[i]
        f["street"] = f"{r.randint(100, 9800)} Vineville Avenue"
        name = f"{FAMILY}_{suffix}"
        nd, sd = f["notice"].isoformat(), f["dos"].isoformat()
        tot = m2(f["vax"] + f["adm"])
        d180 = (f["notice"] + dt.timedelta(days=180)).isoformat()
        alt = {"provider": [DOC[2]]}
        common = dict(insurer=INS["org"], member_id=f["mid"], member_name=f["member"], provider=DOC[1],
                      group_number=f["group"])
        if kind == "bill":
            f["phys"] = f["dos"] - dt.timedelta(days=r.randint(40, 90))
            f["tax"] = dg(r, 7)
            t = truth("other", None, case_numbers=[f["claim"]], claim_amount=tot, service_dates=[sd],
                      denial_date=nd, unscored=["insurer"],
                      alternates={**alt, "case_numbers": [[]], "service_dates": [[f["phys"].isoformat(), sd]]},
                      **{**common, "insurer": None})
            items.append(Item(name, cond, [(clinic_bill(f), t)]))
        elif kind == "eob3":
            r2 = random.Random(SEED + 70)
            f["claims"] = [("C" + dg(r2, 10), "Ocmulgee Lab Services", f["dos"] - dt.timedelta(days=9), "80061",
                            64.00, 22.18, 0.0, 22.18, "LB"),
                           (f["claim"], DOC[2], f["dos"], "90651+90471", f["vax"] + f["adm"], 0.0, 0.0,
                            f["vax"] + f["adm"], "A7"),
                           ("C" + dg(r2, 10), DOC[2], f["dos"] - dt.timedelta(days=9), "99395", 212.00, 141.30,
                            141.30, 0.0, "PV")]
            t = truth("eob", "not_covered", plan_id=f["plan"], case_numbers=[f["claim"]], claim_amount=tot,
                      service_dates=[sd], denial_date=nd, appeal_deadline=d180,
                      alternates={"provider": [DOC[1]]}, **{**common, "provider": DOC[2]})
            items.append(Item(name, cond, [(eob3(f), t)]))
        elif kind == "stack":
            f["sdm"] = f["notice"] + dt.timedelta(days=r.randint(5, 14))
            t1 = truth("denial_letter", "not_covered", case_numbers=[f["claim"]], claim_amount=tot,
                       service_dates=[sd], denial_date=nd, appeal_deadline=None,
                       alternates={**alt, "appeal_deadline": [d180]}, **common)
            t2 = truth("other", None, case_numbers=[f["claim"]], service_dates=[sd], denial_date=f["sdm"].isoformat(),
                       unscored=["insurer"], alternates=alt, **{**common, "insurer": None, "group_number": None})
            items.append(Item(name, cond, [(denial_letter(f), t1), (sdm_note(f), t2)], separators=["cover", None]))
        elif kind == "eob_es":
            r2 = random.Random(SEED + 71)
            d2 = f["dos"]
            den = [("90651", "Vacuna VPH 9-valente, dosis 2", f["vax"], 0.0, f["vax"]),
                   ("90471", "Administración de vacuna", f["adm"], 0.0, f["adm"])]
            f["claims"] = [("C" + dg(r2, 10), "Laboratorio Ocmulgee", d2 - dt.timedelta(days=20),
                            [("85025", "Hemograma completo", 58.00, 46.40, 11.60)], ""),
                           (f["claim"], DOC[2], d2, den,
                            f"Proveedor: {DOC[0]}. Código A7: la vacuna contra el VPH está cubierta como atención "
                            "preventiva solo hasta los 26 años; de 27 a 45 años se requiere documentación de la "
                            "decisión clínica compartida. Reclamación denegada.")]
            t = truth("eob", "not_covered", lang="es", case_numbers=[f["claim"]], claim_amount=tot,
                      service_dates=[sd], denial_date=nd, appeal_deadline=d180,
                      alternates={"provider": [DOC[1]]}, **{**common, "provider": DOC[2]})
            items.append(Item(name, cond, [(eob_es(f), t)]))
        elif kind == "reprocess":
            f["inq"] = "INQ-" + dg(r, 7)
            f["recv"] = f["notice"] - dt.timedelta(days=r.randint(5, 12))
            t = truth("other", None, case_numbers=[f["inq"], f["claim"]], claim_amount=tot, service_dates=[sd],
                      denial_date=nd, alternates={**alt, "claim_amount": [None]}, **{**common, "group_number": None})
            items.append(Item(name, cond, [(reprocess(f), t)]))
        elif kind == "prose":
            t = truth("denial_letter", "not_covered", case_numbers=[f["claim"]], claim_amount=tot,
                      service_dates=[sd], denial_date=nd, appeal_deadline=d180, alternates=alt, **common)
            items.append(Item(name, cond, [(prose(f), t)]))
        else:
            f["apl"] = "APL-" + dg(r, 8)
            f["recv"] = f["notice"] - dt.timedelta(days=r.randint(14, 26))
            t = truth("denial_letter", "not_covered", plan_id=f["plan"], case_numbers=[f["apl"], f["claim"]],
                      claim_amount=tot, service_dates=[sd], denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(), alternates=alt,
                      denial_alternates=["other"], **common)
            items.append(Item(name, cond, [(upheld(f), t)]))
    return items
