"""Family 'opioid_treatment_program_weekly_bundle_out_of_network_denial': an invented state Medicaid managed-care
plan refuses an opioid treatment program's weekly methadone dosing bundles (HCPCS G2067) because the program is not
in the plan's network.

Documents: a member claims summary with three claims of which only the program's claim (four weekly bundles) is
refused (born digital); a scanned stack of the Medicaid "Notice of Adverse Benefit Determination" (notice of action),
a blank separator and the clinic's patient statement; a provider claim notice to the program (fine fax); a Spanish
"Aviso de determinación adversa" (phone photo); a letter with every fact in sentences (photocopy); the appeal
resolution that approves the claim under a single-case agreement (sideways; denies nothing); a pre-service notice
refusing continued weekly dosing at the program (low resolution). Everything invented. Decoys: DOB, NPI, TIN,
received dates, processing periods, patient account numbers, other claims, 10-day continuation, 120-day fair
hearing, 72-hour expedited limits, form numbers, phone and fax numbers, a 30-mile network distance.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "opioid_treatment_program_weekly_bundle_out_of_network_denial"
LANG = "en"
SEED = 342300

PLAN = {"org": "Larkspur Community Health Plan", "addr": "PO Box 7731, Halvern City, WM 58120",
        "phone": "1-844-377-2090", "fax": "1-844-377-2099", "web": "larkspurchp.example",
        "state": "Westmarch Medicaid (Westmarch Health Connect)"}
OTP = ("Harbor Lantern Treatment Center", "418 Cordage Row, Port Ellery, WM 58211", "(471) 555-0164",
       "Ines R. Okafor", "DO")
PCP = "Port Ellery Family Health"
LAB = "Meridale Clinical Labs"
PEOPLE = ["Wendell J. Strand", "Marisol T. Quintero", "Desmond K. Lomax", "Leticia A. Ibarra", "Colin M. Rutledge",
          "Naomi P. Underhill", "Ramón E. Figueroa"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]
DESC = "G2067 methadone weekly bundle"


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r, i):
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 100))
    w1 = notice - dt.timedelta(days=r.randint(40, 62))
    w1 -= dt.timedelta(days=w1.weekday())  # weeks begin on Monday
    weeks = [w1 + dt.timedelta(days=7 * k) for k in range(4)]
    rate = r.choice([212.00, 226.50, 240.00, 251.75])
    return dict(notice=notice, weeks=weeks, rate=rate, total=round(rate * 4, 2),
                claim=r.choice(["26", "25"]) + dg(r, 3) + "-" + dg(r, 7), mid="LCH" + dg(r, 8),
                mcd="WM" + dg(r, 9), plan="WHC-" + r.choice(["STAR", "PLUS", "KIDS"]) + "-" + dg(r, 2),
                member=PEOPLE[i], dob=dt.date(r.randint(1968, 1999), r.randint(1, 12), r.randint(1, 28)),
                npi="1" + dg(r, 9), tin=dg(r, 2) + "-" + dg(r, 7), acct="HLT" + dg(r, 6),
                recv=weeks[-1] + dt.timedelta(days=r.randint(9, 16)),
                street=f"{r.randint(100, 9800)} {r.choice(['Tallow Creek Rd', 'Gannet Ave', 'Bramble Ct'])}")


def letterhead(p, es=False):
    p.line(PLAN["org"], 15, "B")
    p.line(("Un plan de " if es else "A health plan for ") + PLAN["state"], 8.5)
    p.line(f"{PLAN['addr']}  |  {PLAN['phone']} (TTY 711)  |  {PLAN['web']}", 8.5)
    p.ln(4)


def addr(p, f):
    p.para(f"{f['member']}\n{f['street']}\nPort Ellery, WM 58214", 10)


def weeks_text(f, ds):
    w = [fd(d, ds) for d in f["weeks"]]
    return f"{w[0]}, {w[1]}, {w[2]} and {w[3]}"


def eob_bd(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LCHP-MCS-01 (rev. 10/2025)")
    p.add_page()
    letterhead(p)
    p.line("MEMBER CLAIMS SUMMARY", 13.5, "B")
    p.line("This is not a bill. It shows claims we processed for you.", 8.5)
    p.ln(2)
    p.pairs([("Date of this summary", fd(f["notice"], ds)), ("Member", f["member"]),
             ("Member ID", f["mid"]), ("Medicaid ID", f["mcd"]), ("Birth date", fd(f["dob"], ds)),
             ("Plan", f["plan"]),
             ("Processed", f"{fd(f['weeks'][0] - dt.timedelta(days=14), ds)} - {fd(f['notice'] - dt.timedelta(days=3), ds)}")],
            42, 9.2, h=4.9)
    p.ln(2)
    rows = []
    for cl, prov, d, code, ch, paid, rc in f["claims"]:
        rows.append([cl, prov, d, code, money(ch, "nosign"), money(paid, "nosign"), "0.00", rc])
    p.table(["Claim #", "Provider", "Date of service", "Code", "Billed", "Plan paid", "You owe", "Code"],
            rows, [27, 44, 27, 14, 18, 18, 15, 14], size=7.3, aligns=["L", "L", "L", "L", "R", "R", "R", "L"])
    p.para(f"Claim {f['claim']} total billed: {money(f['total'])} (four weekly bundles). {OTP[0]} is not a "
           f"{PLAN['org']} network provider.", 8.5)
    p.heading("Remark codes", 10)
    p.para("PD1 - Paid in full. Medicaid members owe no copay for this service.\n"
           "N42 - Denied. The provider is not in our network and no referral or single-case agreement was on file. "
           "In-network opioid treatment programs are available within 30 miles of your home.\n", 8.5)
    p.para("If you do not agree with a denial you may ask for an appeal within 60 days of the date of this summary. "
           "If your health is at serious risk, ask for a fast appeal (decided within 72 hours). Once you have an "
           "appeal decision you may ask for a State Fair Hearing within 120 days.", 8.5)
    return out(p)


def noa(f, ds):
    p = Page(serif=True, footer="Page {n} of {nb}", footer_left="LCHP-NOABD-2025")
    p.add_page()
    letterhead(p)
    p.line(f"Notice date: {fd(f['notice'], ds)}", 10)
    p.ln(2)
    addr(p, f)
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    p.line("(Notice of Action about your Medicaid benefits)", 9)
    p.ln(2)
    p.boxed_pairs([("Member name", f["member"]), ("Member ID", f["mid"]), ("Medicaid ID", f["mcd"]),
                   ("Claim number", f["claim"]), ("Provider", OTP[0]),
                   ("Service", "Opioid treatment program weekly bundle (G2067) x 4"),
                   ("Dates of service", weeks_text(f, "slash")), ("Amount billed", money(f["total"])),
                   ("Date received", fd(f["recv"], "slash"))], 48, 9)
    p.heading("What we decided", 10.5)
    p.para("We denied payment for these services. The provider that gave them is not part of our network. Your "
           "plan covers opioid treatment from network programs; out-of-network care is covered only in an emergency "
           "or with our approval before you get it. We did not have that approval.", 9.5)
    p.heading("Your right to appeal", 10.5)
    p.para("You may ask for an appeal within 60 calendar days from the date on this notice. Call "
           f"{PLAN['phone']} or write to Appeals, {PLAN['addr']}. For a fast appeal (72 hours) tell us your "
           "health could be harmed by waiting. If we uphold this decision you may ask for a State Fair Hearing "
           "within 120 days of our appeal decision. To keep getting services during the appeal, ask within 10 "
           "days of this notice.", 9)
    return out(p)


def otp_statement(f, ds):
    p = Page(footer=None, footer_left="Please return the lower portion with your payment")
    p.add_page()
    p.line(OTP[0], 15, "B")
    p.line(f"{OTP[1]}   {OTP[2]}", 8.5)
    p.line(f"Medical Director: {OTP[3]}, {OTP[4]}", 8.5)
    p.ln(4)
    p.line("PATIENT STATEMENT", 12, "B")
    p.pairs([("Statement date", fd(f["stmt"], ds)), ("Account", f["acct"]), ("Patient", f["member"]),
             ("Primary insurance", f"{PLAN['org']}, member {f['mid']}")], 38, 9)
    p.ln(2)
    rows = [[fd(d, ds), "G2067", f"Methadone weekly bundle, week {k + 1}", money(f["rate"], "flat")]
            for k, d in enumerate(f["weeks"])]
    rows.append(["", "", "Total charges", money(f["total"], "flat")])
    rows.append(["", "", f"Insurance claim {f['claim']} denied - out of network", "$0.00"])
    rows.append(["", "", "Balance", money(f["total"], "flat")])
    p.table(["Week of", "Code", "Description", "Charge"], rows, [32, 18, 100, 28], size=8.5, border=0,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("Your Medicaid plan has not paid these weeks. We are asking your plan for a single-case agreement; you "
           "do not need to pay while that request is open. Sliding-fee help is available at the front desk.", 9)
    return out(p)


def provider_fax(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LCHP-PRV-CLM-7")
    p.add_page()
    p.line(f"FAX FROM {PLAN['org'].upper()} CLAIMS  {PLAN['fax']}  TO {OTP[0].upper()}  (471) 555-0170", 7.5)
    p.ln(2)
    letterhead(p)
    p.line("PROVIDER CLAIM DETERMINATION", 12.5, "B")
    p.ln(1)
    p.table(["Notice date", "Claim", "Patient", "Member ID", "Billed"],
            [[fd(f["notice"], ds), f["claim"], f["member"], f["mid"], money(f["total"], "usd")]],
            [30, 34, 46, 30, 34], size=8.5)
    p.pairs([("Billing provider", f"{OTP[0]}   NPI {f['npi']}   TIN {f['tin']}"),
             ("Patient DOB", fd(f["dob"], ds)), ("Claim received", fd(f["recv"], ds))], 38, 8.5, h=4.8)
    p.ln(2)
    rows = [[str(k + 1), fd(d, ds), "G2067", money(f["rate"], "nosign"), "0.00", "CO-242"]
            for k, d in enumerate(f["weeks"])]
    p.table(["Ln", "DOS", "HCPCS", "Charge", "Paid", "Adj"], rows, [10, 34, 22, 28, 24, 24], size=8.5)
    p.para("CO-242: Services not provided by network/primary care providers. The billing provider is not "
           "enrolled in the plan's network for opioid treatment program services. Submit a request for a "
           "single-case agreement with the member's treatment history to be considered for network-level payment.",
           8.5)
    p.para("A provider may dispute this determination within 90 days of the date of this notice by sending the "
           f"dispute form (LCHP-PD-3) to {PLAN['fax']}.", 8.5)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="LCHP-NOABD-2025 (SP)")
    p.add_page()
    letterhead(p, es=True)
    p.line(f"Fecha del aviso: {fd(f['notice'], 'es')}", 10)
    p.ln(3)
    addr(p, f)
    p.heading("Aviso de determinación adversa de beneficios", 13, rule=True)
    p.pairs([("Afiliado", f["member"]), ("Núm. de afiliado", f["mid"]), ("Núm. de Medicaid", f["mcd"]),
             ("Número de reclamo", f["claim"]), ("Proveedor", OTP[0]), ("Monto facturado", money(f["total"]))],
            48, 9.5)
    p.ln(2)
    w = [fd(d, "es") for d in f["weeks"]]
    p.para(f"Usted recibió tratamiento con metadona en {OTP[0]} durante las semanas que empezaron el {w[0]}, el "
           f"{w[1]}, el {w[2]} y el {w[3]}. Negamos el pago porque ese programa no forma parte de nuestra red de "
           "proveedores y no teníamos una aprobación previa para atención fuera de la red.", 10)
    p.para("Puede pedir una apelación dentro de 60 días calendario a partir de la fecha de este aviso. Si su salud "
           "corre peligro, pida una apelación rápida (72 horas). Después de la decisión de apelación puede pedir una "
           "Audiencia Imparcial Estatal dentro de 120 días. Para seguir recibiendo servicios, pídalo dentro de 10 "
           "días.", 10)
    p.para("Atentamente,\nDepartamento de Reclamos", 10)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(4)
    addr(p, f)
    first, last = f["member"].split()[0], f["member"].split()[-1]
    p.para(f"Dear {first} {last}:", 10)
    p.para(f"We are writing to you, {f['member']}, about claim {f['claim']}. {OTP[0]} sent us this claim for "
           f"methadone treatment in the weeks beginning {weeks_text(f, ds)}, billed at {money(f['total'])} for the "
           f"four weekly bundles. Your member ID is {f['mid']} and your plan is {f['plan']}.", 10)
    p.para(f"We cannot pay this claim because {OTP[0]} is not in the {PLAN['org']} network. Your plan pays for "
           "treatment at programs outside our network only in an emergency or when we approve it ahead of time, "
           "and we had no such approval. We can help you move your care to a network program near you, or your "
           "program can ask us for a single-case agreement.", 10)
    p.para("If you disagree, you may appeal within 60 days of the date of this letter. You may ask for a fast "
           "appeal if waiting 30 days could harm your health; we decide fast appeals within 72 hours. You can ask for "
           "a State Fair Hearing after our appeal decision, within 120 days of that decision.", 10)
    p.para("Sincerely,\n\nMember Appeals and Grievances", 10)
    return out(p)


def overturned(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LCHP-NAR-OVT")
    p.add_page()
    letterhead(p)
    p.line("NOTICE OF APPEAL RESOLUTION", 12.5, "B")
    p.line("Decision: APPROVED", 11, "B")
    p.ln(2)
    p.pairs([("Date", fd(f["notice"], ds)), ("Appeal number", f["apl"]), ("Member", f["member"]),
             ("Member ID", f["mid"]), ("Claim", f["claim"]), ("Program", OTP[0])], 36, 9.5)
    p.ln(2)
    p.para(f"You appealed our denial of the weekly methadone bundles you received at {OTP[0]} in the weeks "
           f"beginning {weeks_text(f, ds)}. We first denied the claim because the program is not in our network.",
           9.5)
    p.para("We have reversed that decision. You had been stable on treatment at this program before you joined "
           "our plan, and the nearest network program could not take you for six weeks. We signed a single-case "
           f"agreement with {OTP[0]} and will reprocess the claim, billed at {money(f['total'])}, at the network "
           "rate within 30 days. You owe nothing for these weeks.", 9.5)
    p.para("No further action is needed. Questions: " + PLAN["phone"] + ".", 9.5)
    return out(p)


def preservice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LCHP-NOABD-PS")
    p.add_page()
    letterhead(p)
    p.line("Notice of Action - Service Request", 12.5, "B")
    p.ln(1)
    p.table(["Notice date", "Request #", "Member", "Member ID", "Plan"],
            [[fd(f["notice"], ds), f["req"], f["member"], f["mid"], f["plan"]]], [30, 34, 50, 32, 30], size=8.5)
    p.table(["Requested service", "Provider", "From", "Through", "Decision"],
            [["G2067 weekly bundle x 13", OTP[0][:22], fd(f["p1"], ds), fd(f["p2"], ds), "Denied"]],
            [44, 48, 28, 28, 24], size=8)
    p.para(f"Request received {fd(f['notice'] - dt.timedelta(days=3), ds)} from {OTP[0]} (NPI {f['npi']}). "
           "Reason: the program is out of network. Network opioid treatment programs can start your care; our care "
           "coordinators will arrange a warm handoff so your dose is not interrupted.", 9)
    p.para("Appeal: within 60 days of the date of this notice. Fast appeal: decided in 72 hours. Continuation of "
           "benefits: ask within 10 days. State Fair Hearing: within 120 days of the appeal decision.", 9)
    return out(p)


ITEMS = [
    ("bd_member_claims_summary_three_claims_otp_denied", "born_digital", "eob", "slash"),
    ("scan300_stack_notice_of_action_and_clinic_statement", "scan_clean_300", "stack", "long"),
    ("faxfine_provider_claim_determination", "fax_fine_g4", "prov", "updash"),
    ("photo_aviso_determinacion_adversa_es", "phone_photo", "es", "es"),
    ("copy_letter_sentences_only", "photocopy", "prose", "long"),
    ("rotated_appeal_resolution_approved", "rotated", "ovt", "abbr"),
    ("lowres_preservice_notice_of_action", "scan_lowres_150", "pre", "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl = (f["notice"] + dt.timedelta(days=60)).isoformat()
        wk = [d.isoformat() for d in f["weeks"]]
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"], provider=OTP[0])
        alt = {"member_id": [f["mcd"]]}
        if kind == "eob":
            r2 = random.Random(SEED + 70)
            v = f["weeks"][0] - dt.timedelta(days=5)
            f["claims"] = [(r2.choice(["26", "25"]) + dg(r2, 3) + "-" + dg(r2, 7), PCP, fd(v, ds), "99214", 188.00,
                            142.60, "PD1"),
                           (r2.choice(["26", "25"]) + dg(r2, 3) + "-" + dg(r2, 7), LAB, fd(v + dt.timedelta(days=2), ds),
                            "80307", 96.00, 61.25, "PD1")]
            f["claims"] += [(f["claim"] if k == 0 else "", OTP[0][:21] if k == 0 else "", fd(d, ds), "G2067",
                             f["rate"], 0.0, "N42") for k, d in enumerate(f["weeks"])]
            t = truth("eob", "out_of_network", plan_id=f["plan"], case_numbers=[f["claim"]],
                      claim_amount=m2(f["total"]), service_dates=wk, denial_date=nd, appeal_deadline=dl,
                      alternates=alt, **common)
            items.append(Item(name, cond, [(eob_bd(f, ds), t)]))
        elif kind == "stack":
            f["stmt"] = f["notice"] + dt.timedelta(days=r.randint(6, 14))
            t1 = truth("denial_letter", "out_of_network", case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                       service_dates=wk, denial_date=nd, appeal_deadline=dl, alternates=alt, **common)
            t2 = truth("other", None, case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=wk,
                       denial_date=f["stmt"].isoformat(), unscored=["insurer"],
                       alternates={"provider": [f"{OTP[3]}, {OTP[4]}"]}, **common)
            items.append(Item(name, cond, [(noa(f, ds), t1), (otp_statement(f, ds), t2)],
                              separators=["blank", None]))
        elif kind == "prov":
            t = truth("denial_letter", "out_of_network", case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                      service_dates=wk, denial_date=nd, appeal_deadline=(f["notice"] + dt.timedelta(days=90)).isoformat(),
                      **common)
            items.append(Item(name, cond, [(provider_fax(f, ds), t)]))
        elif kind == "es":
            t = truth("denial_letter", "out_of_network", lang="es", case_numbers=[f["claim"]],
                      claim_amount=m2(f["total"]), service_dates=wk, denial_date=nd, appeal_deadline=dl,
                      alternates=alt, **common)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
        elif kind == "prose":
            t = truth("denial_letter", "out_of_network", plan_id=f["plan"], case_numbers=[f["claim"]],
                      claim_amount=m2(f["total"]), service_dates=wk, denial_date=nd, appeal_deadline=dl, **common)
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        elif kind == "ovt":
            f["apl"] = "APL-" + dg(r, 8)
            t = truth("other", None, case_numbers=[f["apl"], f["claim"]], claim_amount=m2(f["total"]),
                      service_dates=wk, denial_date=nd, **common)
            items.append(Item(name, cond, [(overturned(f, ds), t)]))
        else:
            f["req"] = "SR" + dg(r, 9)
            f["p1"] = f["notice"] + dt.timedelta(days=7 - f["notice"].weekday())
            f["p2"] = f["p1"] + dt.timedelta(days=13 * 7 - 1)
            t = truth("denial_letter", "out_of_network", plan_id=f["plan"], case_numbers=[f["req"]],
                      claim_amount=None, service_dates=[f"{f['p1'].isoformat()}/{f['p2'].isoformat()}"],
                      denial_date=nd, appeal_deadline=dl, **common)
            items.append(Item(name, cond, [(preservice(f, ds), t)]))
    return items
