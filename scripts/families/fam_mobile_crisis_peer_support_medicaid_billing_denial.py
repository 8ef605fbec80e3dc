"""Family 'mobile_crisis_peer_support_medicaid_billing_denial': a state Medicaid managed care plan refuses peer
support (H0038) and mobile crisis (S9484/H2011) claims because the billing agency or the rendering staff was not
certified by the state for that service on the date it was given. Public-ish: mirrors the structure of state
Medicaid MCO "Notice of Adverse Benefit Determination" letters (what we decided, why, your rights, plan appeal
within 60 days, state fair hearing after the appeal, continuation of benefits, 72-hour expedited appeal).

Documents: member NABD (born digital); Spanish NABD for a mobile crisis visit; a fax stack of a provider
remittance (several patients, ours refused) and the plan's request for certification records (denies nothing);
a provider claim denial letter with the facts only in sentences; an approval after certification was backdated
(denies nothing); an upheld appeal decision turned sideways; a member claims summary with several claims, one
refused (low resolution). Everything invented: plan, state agency, people, IDs, amounts. Decoys: DOB, NPI,
Medicaid ID vs plan ID, received dates, account numbers, other claims, fair hearing / 72-hour limits, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "mobile_crisis_peer_support_medicaid_billing_denial"
LANG = "en"
SEED = 337700

PLAN = {"org": "Quarrystone Community Care Plan", "addr": "PO Box 40917, Harwell City, NA 60419",
        "phone": "1-866-507-3318", "tty": "711", "state": "New Arcadia Medicaid (ArcadiaCare)",
        "agency": "New Arcadia Department of Human Services"}
AGENCIES = [("Brightwater Peer Recovery Collective", "Tamsin R. Okafor, CPRS", "Tamsin R. Okafor"),
            ("Cobalt Valley Mobile Crisis Team", "Lionel P. Esterhaus, LPC", "Lionel P. Esterhaus")]
PEOPLE = ["Wendell J. Rutledge", "Xiomara L. Benítez", "Marisol T. Greer", "Desmond K. Holloway",
          "Brianna S. Lomax", "Ezra N. Prescott", "Harriet O. Dubois"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds, lang="en"):
    if ds == "ord":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suf} of {d.strftime('%B %Y')}"
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds, lang)


def base(r, i):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 160))
    d1 = notice - dt.timedelta(days=r.randint(25, 45))
    dates = [d1, d1 + dt.timedelta(days=7), d1 + dt.timedelta(days=14)]
    units = [r.randint(4, 8) for _ in dates]
    rate = r.choice([14.26, 15.80, 16.42])
    return dict(notice=notice, dates=dates, units=units, rate=rate, claim="Q26" + dg(r, 9),
                mid="QCC" + dg(r, 8), medicaid=dg(r, 4) + " " + dg(r, 4) + " " + dg(r, 2),
                npi="1" + dg(r, 9), dob=dt.date(r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28)),
                acct="BW-" + dg(r, 5), recv=dates[-1] + dt.timedelta(days=r.randint(3, 8)), ref="NABD-" + dg(r, 7))


def lines_total(f):
    return round(sum(u * f["rate"] for u in f["units"]), 2)


def letterhead(p: Page, spanish=False):
    p.line(PLAN["org"], 15, "B")
    p.line(("Un plan de salud de " if spanish else "A health plan for ") + PLAN["state"], 9)
    p.line(f"{PLAN['addr']}   |   {PLAN['phone']} (TTY {PLAN['tty']})", 8.5)
    p.ln(4)


def nabd(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="QCCP-NABD-BH 03/2025  Approved by NA-DHS")
    p.add_page()
    letterhead(p)
    p.pairs([("Notice date", fd(f["notice"], ds)), ("Reference", f["ref"])], 30, 9.5)
    p.ln(3)
    p.para(f"{f['member']}\n{f['street']}\nHarwell City, NA 60412", 10)
    p.ln(2)
    p.heading("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, rule=True)
    p.boxed_pairs([("Member", f["member"]), ("Plan member ID", f["mid"]), ("ArcadiaCare (Medicaid) ID", f["medicaid"]),
                   ("Date of birth", fd(f["dob"], "slash")), ("Claim number", f["claim"]),
                   ("Provider", f"{AGENCIES[0][0]} (NPI {f['npi']})"), ("Staff who gave the service", AGENCIES[0][1])],
                  62, 9)
    p.heading("What did we decide?", 11)
    p.para(f"We have denied payment for the peer support services listed below. Your provider billed "
           f"{money(lines_total(f))} for these services.", 10)
    rows = [[fd(d, ds), "H0038", "Self-help/peer services, per 15 min", str(u), money(u * f["rate"]), "Denied"]
            for d, u in zip(f["dates"], f["units"])]
    p.table(["Date of service", "Code", "Service", "Units", "Billed", "Decision"], rows, [35, 15, 58, 13, 24, 22],
            size=8.5)
    p.heading("Why did we make this decision?", 11)
    p.para("ArcadiaCare pays for peer support only when it is given by a Certified Peer Recovery Specialist working "
           "for an agency the state has certified for peer support. Our records from the New Arcadia Department of "
           "Human Services show that the provider was not certified to give this service on these dates. "
           "(ArcadiaCare Provider Manual, Chapter 14, Section 14.3; 42 CFR 440.130(d).)", 10)
    p.para("**You do not owe the provider for these services.** A Medicaid provider may not bill you for a service "
           "we denied for a billing or certification reason.", 10)
    p.heading("What can you do if you disagree?", 11)
    p.para("You can ask us for a plan appeal. You must ask within 60 days of the date of this notice. You can call us "
           f"at {PLAN['phone']} or write to Appeals, {PLAN['addr']}. If waiting could seriously harm your health, ask "
           "for a fast appeal; we decide fast appeals within 72 hours.", 10)
    p.para("If you still disagree after our appeal decision, you may ask for a State Fair Hearing within 120 days of "
           "the date of the appeal decision. Form DHS-FH-11 is enclosed. We received this claim on "
           f"{fd(f['recv'], ds)}.", 10)
    return out(p)


def nabd_es(f, ds):
    p = Page(serif=True, footer="Página {n} de {nb}", footer_left="QCCP-NABD-BH-SP 03/2025")
    p.add_page()
    letterhead(p, spanish=True)
    p.line(f"Fecha del aviso: {fd(f['notice'], 'long', 'es')}", 10)
    p.ln(3)
    p.para(f"{f['member']}\n{f['street']}\nHarwell City, NA 60415", 10)
    p.ln(2)
    p.heading("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, rule=True)
    p.pairs([("Miembro", f["member"]), ("Núm. de miembro", f["mid"]), ("Núm. de reclamación", f["claim"]),
             ("Fecha de nacimiento", fd(f["dob"], "dmy", "es")), ("Proveedor", AGENCIES[1][0])], 48, 9.5)
    p.ln(2)
    d = f["dates"][0]
    p.para(f"**¿Qué decidimos?** Negamos el pago de la intervención de crisis móvil (código S9484) que recibió el "
           f"{fd(d, 'long', 'es')}. El proveedor facturó {money(f['amt'])} por este servicio.", 10)
    p.para("**¿Por qué?** ArcadiaCare solo paga la intervención de crisis móvil cuando el equipo está certificado por "
           "el Departamento de Servicios Humanos de New Arcadia para prestar ese servicio. El equipo que lo atendió "
           "no tenía esa certificación en la fecha del servicio. Usted no tiene que pagar este servicio.", 10)
    p.para("**¿Qué puede hacer?** Puede pedir una apelación al plan dentro de los 60 días a partir de la fecha de "
           f"este aviso. Llame al {PLAN['phone']} o escriba a Apelaciones, {PLAN['addr']}. Si su salud está en "
           "peligro, pida una apelación rápida; la decidiremos en 72 horas. Después de la apelación puede pedir una "
           "Audiencia Imparcial Estatal dentro de los 120 días.", 10)
    p.para("Si necesita ayuda en otro idioma o en otro formato, llame gratis. Número de referencia: " + f["ref"], 9)
    return out(p)


def remittance(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="QCCP 835 PRINT IMAGE")
    p.add_page()
    p.line(PLAN["org"] + "  -  Provider Remittance Advice", 12, "B")
    p.pairs([("Payee", f"{AGENCIES[0][0]}   NPI {f['npi']}"), ("Remit date", fd(f["notice"], ds)),
             ("Check/EFT", "EFT " + dg(random.Random(f["npi"]), 10)), ("Cycle", "Weekly 4")], 28, 9)
    p.ln(2)
    rows = []
    for pt, mid, cl, d, code, ch, pd, adj in f["ra"]:
        rows.append([pt, mid, cl, fd(d, "short"), code, money(ch, "nosign"), money(pd, "nosign"), adj])
    p.table(["Patient", "Member ID", "ICN", "DOS", "Proc", "Billed", "Paid", "CARC/RARC"], rows,
            [38, 24, 30, 17, 14, 17, 15, 25], size=7.5)
    p.para("CO-B7: This provider was not certified/eligible to be paid for this procedure/service on this date of "
           "service. N95: This provider type/provider specialty may not bill this service. CO-45: Charge exceeds fee "
           "schedule.", 8)
    p.para("Claim reconsideration requests must be received within 90 days of the remit date.", 8)
    return out(p)


def records_request(f, ds):
    p = Page(footer=None, footer_left="QCCP-PNM-77")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"] + dt.timedelta(days=2), ds), 10)
    p.ln(3)
    p.para(f"{AGENCIES[0][0]}\nAttn: Billing / Credentialing\n88 Tanner Row, Harwell City, NA 60418", 10)
    p.line("Re: Peer support certification documents", 10.5, "B")
    p.ln(2)
    p.para(f"Our credentialing team is updating your file. Please send a copy of your agency's peer support "
           f"certification letter from the Department of Human Services and the current CPRS certificate of each "
           f"staff member who bills H0038 under NPI {f['npi']}. This is not a claim decision.", 10)
    p.para("Please send the documents within 30 days by fax to 1-866-507-3390 or through the provider portal. "
           "Questions: Provider Network Management, ext. 4412.", 10)
    p.para("Thank you,\nProvider Network Management", 10)
    return out(p)


def provider_prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(4)
    p.para(f"{AGENCIES[0][0]}\nBilling Office\n88 Tanner Row\nHarwell City, NA 60418", 10)
    p.ln(2)
    p.para("Dear Provider:", 10)
    p.para(f"We have reviewed the claim you submitted for our member {f['member']} (plan ID {f['mid']}) for peer "
           f"support given on {fd(f['dates'][0], ds)} and {fd(f['dates'][1], ds)}. The claim, which we numbered "
           f"{f['claim']}, billed a total of {money(f['two'])}.", 10)
    p.para(f"The claim is denied. The rendering staff member, {AGENCIES[0][1]}, did not hold a current peer "
           "recovery specialist certification on those dates, and under the ArcadiaCare Provider Manual peer support "
           "may only be billed for certified staff. The member may not be billed.", 10)
    p.para("You may request a provider appeal in writing within 60 days of the date of this letter. Include the "
           "certificate and any supervision records. Corrected claims are a separate process and are accepted within "
           "365 days of the service date.", 10)
    p.para("Sincerely,\nClaims Resolution Department", 10)
    return out(p)


def approval(f, ds):
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    p.para(f"{f['member']}\n{f['street']}\nHarwell City, NA 60412", 10)
    p.heading("Good news about your peer support claim", 12)
    p.pairs([("Member ID", f["mid"]), ("Claim", f["claim"]), ("Provider", AGENCIES[0][0]),
             ("Service dates", ", ".join(fd(d, ds) for d in f["dates"][:2]))], 32, 9.5)
    p.ln(2)
    p.para(f"Earlier we told you we would not pay for peer support services from {AGENCIES[0][0]}. The state has "
           "since confirmed the agency's certification back to those dates, so we reprocessed the claim and it is "
           f"now approved and paid. The provider billed {money(f['two'])}.", 10)
    p.para("You do not need to do anything. You owe nothing for these services.", 10)
    return out(p)


def upheld(f, ds):
    p = Page(footer=None, footer_left="QCCP-APD-2")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    p.line("NOTICE OF APPEAL RESOLUTION", 12.5, "B")
    p.ln(1)
    p.pairs([("Member", f["member"]), ("Member ID", f["mid"]), ("Appeal number", f["appeal"]),
             ("Original claim", f["claim"]), ("Provider", AGENCIES[1][0]),
             ("Service", f"Mobile crisis response (H2011), {fd(f['dates'][0], ds)}"), ("Amount billed", money(f["amt"]))],
            36, 9.5)
    p.ln(2)
    p.para(f"We received your appeal on the {fd(f['notice'] - dt.timedelta(days=21), 'ord')}. A reviewer who was not part "
           "of the first decision looked at the state's certification list. The crisis team was certified for "
           "crisis stabilization only, not for mobile crisis response, on the date of service. Our decision to deny "
           "payment is upheld.", 10)
    p.para("You may ask for a State Fair Hearing within 120 days of the date of this notice. If you were getting "
           "services and ask within 10 days, they may continue during the hearing.", 10)
    return out(p)


def summary(f, ds):
    p = Page(footer="{n}/{nb}")
    p.add_page()
    letterhead(p)
    p.line("Member Claims Summary - this is not a bill", 12.5, "B")
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Member", f["member"]), ("Member ID", f["mid"])], 32, 9.5)
    p.ln(2)
    for who, cl, prov, d, code, desc, ch, st in f["claims"]:
        p.f(9, "B")
        p.cell(0, 5.5, f"Claim {cl}   {prov}", border="B", new_x="LMARGIN", new_y="NEXT")
        p.table(["Date", "Code", "Service", "Billed", "Plan paid", "Status"],
                [[fd(d, ds), code, desc, money(ch), money(0 if st != "Paid" else ch * .71), st]],
                [24, 16, 66, 22, 22, 24], size=8)
    p.para("DN-B7: The provider was not certified by the state for this service on the date you received it. You "
           "cannot be billed. You may appeal within 60 days of the statement date.", 8.5)
    return out(p)


ITEMS = [
    ("bd_member_nabd_peer_support", "born_digital", "nabd", "long"),
    ("scan300_aviso_crisis_movil_es", "scan_clean_300", "es", "long"),
    ("faxfine_stack_remit_records_request", "fax_fine_g4", "stack", "slash"),
    ("copy_provider_denial_prose", "photocopy", "prose", "upper"),
    ("photo_approval_after_certification", "phone_photo", "approval", "dmy"),
    ("rotated_appeal_resolution_upheld", "rotated", "upheld", "iso"),
    ("lowres_member_claims_summary", "scan_lowres_150", "summary", "updash"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        f["member"] = PEOPLE[i]
        f["street"] = f"{r.randint(100, 9800)} Wicklow Terrace"
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        if kind == "nabd":
            t = truth("denial_letter", "other", insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"],
                      case_numbers=[f["claim"], f["ref"]], claim_amount=m2(lines_total(f)),
                      service_dates=[d.isoformat() for d in f["dates"]], denial_date=nd, provider=AGENCIES[0][0],
                      appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
                      alternates={"provider": [AGENCIES[0][2]], "case_numbers": [[f["claim"]]],
                                  "member_id": [f["medicaid"].replace(" ", "")]},
                      denial_alternates=["not_covered"])
            items.append(Item(name, cond, [(nabd(f, ds), t)]))
        elif kind == "es":
            f["amt"] = float(r.randint(310, 640)) + .5
            t = truth("denial_letter", "other", lang="es", insurer=PLAN["org"], member_id=f["mid"],
                      member_name=f["member"], case_numbers=[f["claim"], f["ref"]], claim_amount=m2(f["amt"]),
                      service_dates=[f["dates"][0].isoformat()], denial_date=nd, provider=AGENCIES[1][0],
                      appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
                      alternates={"case_numbers": [[f["claim"]]]}, denial_alternates=["not_covered"])
            items.append(Item(name, cond, [(nabd_es(f, ds), t)]))
        elif kind == "stack":
            r2 = random.Random(SEED + 50)
            last, first = f["member"].split()[-1].upper(), " ".join(f["member"].split()[:2]).upper()
            ch = round(f["units"][0] * f["rate"], 2)
            f["ra"] = [("ACEVEDO, RAMON T", "QCC" + dg(r2, 8), "Q26" + dg(r2, 9), f["dates"][0] - dt.timedelta(days=3),
                        "H0038", 94.80, 71.10, "CO-45"),
                       (f"{last}, {first}", f["mid"], f["claim"], f["dates"][0], "H0038", ch, 0.0, "CO-B7 N95"),
                       ("ZAMORA, LUZ E", "QCC" + dg(r2, 8), "Q26" + dg(r2, 9), f["dates"][0] + dt.timedelta(days=1),
                        "H0038", 126.40, 94.80, "CO-45")]
            t1 = truth("eob", "other", insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"],
                       case_numbers=[f["claim"]], claim_amount=m2(ch), service_dates=[f["dates"][0].isoformat()],
                       denial_date=nd, provider=AGENCIES[0][0],
                       appeal_deadline=(f["notice"] + dt.timedelta(days=90)).isoformat(),
                       alternates={"appeal_deadline": [None]}, denial_alternates=["not_covered"])
            t2 = truth("other", None, insurer=PLAN["org"], denial_date=(f["notice"] + dt.timedelta(days=2)).isoformat(),
                       provider=AGENCIES[0][0], unscored=["member_name"])
            items.append(Item(name, cond, [(remittance(f, ds), t1), (records_request(f, ds), t2)],
                              separators=["cover", None]))
        elif kind == "prose":
            f["two"] = round((f["units"][0] + f["units"][1]) * f["rate"], 2)
            t = truth("denial_letter", "other", insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"],
                      case_numbers=[f["claim"]], claim_amount=m2(f["two"]),
                      service_dates=[d.isoformat() for d in f["dates"][:2]], denial_date=nd, provider=AGENCIES[0][2],
                      appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
                      alternates={"provider": [AGENCIES[0][0]]}, denial_alternates=["not_covered"])
            items.append(Item(name, cond, [(provider_prose(f, ds), t)]))
        elif kind == "approval":
            f["two"] = round((f["units"][0] + f["units"][1]) * f["rate"], 2)
            t = truth("other", None, insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"],
                      case_numbers=[f["claim"]], claim_amount=m2(f["two"]),
                      service_dates=[d.isoformat() for d in f["dates"][:2]], denial_date=nd, provider=AGENCIES[0][0],
                      alternates={"service_dates": [[]], "claim_amount": [None]})
            items.append(Item(name, cond, [(approval(f, ds), t)]))
        elif kind == "upheld":
            f["amt"] = float(r.randint(380, 720)) + .25
            f["appeal"] = "AP-" + dg(r, 8)
            t = truth("denial_letter", "other", insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"],
                      case_numbers=[f["appeal"], f["claim"]], claim_amount=m2(f["amt"]),
                      service_dates=[f["dates"][0].isoformat()], denial_date=nd, provider=AGENCIES[1][0],
                      appeal_deadline=None, denial_alternates=["not_covered"])
            items.append(Item(name, cond, [(upheld(f, ds), t)]))
        else:
            r2 = random.Random(SEED + 60)
            ch = round(f["units"][1] * f["rate"], 2)
            f["claims"] = [(f["member"], "Q26" + dg(r2, 9), "Harwell Family Clinic", f["dates"][0], "99214",
                            "Office visit, established", 182.00, "Paid"),
                           (f["member"], f["claim"], AGENCIES[0][0], f["dates"][1], "H0038", "Peer support, 15 min",
                            ch, "Denied DN-B7"),
                           (f["member"], "Q26" + dg(r2, 9), "Sunmeadow Pharmacy Services", f["dates"][2], "90686",
                            "Flu vaccine", 38.00, "Paid")]
            t = truth("eob", "other", insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"],
                      case_numbers=[f["claim"]], claim_amount=m2(ch), service_dates=[f["dates"][1].isoformat()],
                      denial_date=nd, provider=AGENCIES[0][0],
                      appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
                      denial_alternates=["not_covered"])
            items.append(Item(name, cond, [(summary(f, ds), t)]))
    return items
