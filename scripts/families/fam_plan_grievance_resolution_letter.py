"""Family 'plan_grievance_resolution_letter': a health plan's written resolution of a member's grievance (a complaint
about service, not a request to change a coverage decision): a rude phone call, a long wait for a specialist, a
provider's bill after the plan paid, a claim the member was told was approved, a claim wrongly denied as a duplicate,
an out-of-network lab bill (Spanish), a claim the provider filed late. The letters follow the written grievance
resolution a Medicare Advantage plan (42 CFR 422.564) or a commercial plan sends: the grievance number, the date it
was received and the date resolved, what the member told us, what we found, what we did, and where the grievance
touched a claim, the claim number, provider, date of service and amount; where the plan concludes a claim denial was
correct, the appeal rights for that claim. Values invented.
Issuers (fictional): Aragats Health Plan (Medicare Advantage; logo "ARAGATS" over a rule), Sevan Mutual Health
Insurance Company (parent line "A Dilijan Holdings company"), Kotayk Community Health Plan (return-address block).
Truth: a grievance answer decides no coverage unless it confirms a denial: the letters that conclude the denial was
correct and give appeal rights are `denial_letter` with that reason (prior authorization, out of network, timely
filing); the others (`rude`, `wait`, `balance`, `reversed`) are `other` / null with no deadline. Case numbers = the
grievance number and the claim number where one is quoted (either alone accepted). Notice date = the letter's date
(the date resolved is the same day; the received date and the date of the call are decoys).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundai_famib import (Page, address, clinician, days, digits, fdate, iso, letterhead, m2, mail_to, mixed,
                               money, pairs, person, phone, signature, usd)

FAMILY = "plan_grievance_resolution_letter"
LANG = "en"
ISSUERS = {
    "aragats": dict(name="Aragats Health Plan", style="logo", logo="ARAGATS", ma=True,
                    line2="Medicare Advantage Grievances and Appeals | PO Box 7731, Bethel, AK 99559"),
    "sevan": dict(name="Sevan Mutual Health Insurance Company", style="parent", parent="A Dilijan Holdings company",
                  line2="Member Grievance Unit | PO Box 2290, Kotzebue, AK 99752", ma=False),
    "kotayk": dict(name="Kotayk Community Health Plan", style="block", ma=False,
                   line2="Quality of Service Grievances | 880 Tundra Avenue | Dillingham, AK 99576"),
}
LABELS = {
    1: dict(pat="Member", mid="Member ID", grp="Group number", plan="Plan ID", grv="Grievance number",
            rec="Date received", res="Date resolved", clm="Claim number", prov="Provider", dos="Date of service",
            amt="Amount billed"),
    2: dict(pat="Name", mid="ID #", grp="Group #", plan="Plan", grv="Grievance #", rec="Date we got your grievance",
            res="Date resolved", clm="Claim #", prov="Billed by", dos="Service date", amt="Total charges"),
    3: dict(pat="Covered person", mid="Subscriber ID", grp="Employer group", plan="Benefit plan",
            grv="Case reference", rec="Complaint received", res="Resolution date", clm="Claim reference",
            prov="Provider name", dos="Dates of service", amt="Charges"),
    "es": dict(pat="Afiliado(a)", mid="Número de miembro", grp="Número de grupo", plan="Plan", grv="Número de queja",
               rec="Fecha en que la recibimos", res="Fecha de resolución", clm="Número de reclamación",
               prov="Proveedor", dos="Fecha del servicio", amt="Cargos"),
}
SCEN = {
    "rude": dict(den=None, claim=False, prov=None,
                 told="On {call} you called Member Services about your new ID card. You told us the representative "
                      "interrupted you, spoke to you rudely and ended the call before your question was answered.",
                 found="We listened to the recording of your call. The representative did not treat you with the "
                       "courtesy you should expect from us, and your question about your card was not answered.",
                 did="We apologize. The representative's supervisor reviewed the call with the representative and "
                     "scheduled more customer-service training. A new ID card was mailed to you on {fix}."),
    "wait": dict(den=None, claim=False, prov="Narine V. Abrahamyan, MD",
                 told="You told us that you had waited more than nine weeks for an appointment with a dermatologist "
                      "in our network, after your doctor referred you on {call}.",
                 found="Our access standards say a member should get a routine specialist appointment within 30 "
                       "business days. Two network dermatology offices near you had no openings, so the standard was "
                       "not met.",
                 did="Our care coordinator booked an appointment for you with {prov} on {appt}. If that date does "
                     "not work, call us and we will help you find another."),
    "balance": dict(den=None, claim=True, prov="Tundra Orthopedic Associates",
                    told="You told us that {prov} sent you a bill for the full charges of your visit, even though we "
                         "had processed the claim. You received their statement on {call}.",
                    found="We paid the claim at the in-network rate. Under our contract the provider may bill you "
                          "only your copay. The office had posted our payment to the wrong account.",
                    did="We called the provider's billing office. They corrected the account and agreed to remove "
                        "the balance. You owe only your $40.00 copay for this visit."),
    "pa_upheld": dict(den="prior_authorization", claim=True, prov="Kotzebue Imaging Center",
                      told="You told us that when you called on {call}, our representative said your MRI was "
                           "approved, and that you should not have to pay for it.",
                      found="We listened to the recording of that call. The representative said that MRI is a "
                            "covered benefit under your plan; she did not say it had been approved. Your plan "
                            "requires prior authorization for an MRI, and we have no record that {prov} or your "
                            "doctor asked us for one before the scan.",
                      did="Because the MRI was done without the prior authorization your plan requires, the claim "
                          "denial was correct and stays in place. We have shared your concern about the call with "
                          "our Member Services team."),
    "reversed": dict(den=None, claim=True, prov="Bethel Regional Emergency Physicians",
                     told="You told us your emergency room claim was denied as a duplicate, but you went to the "
                          "emergency room twice that day.",
                     found="You are right. The records show two separate visits, one in the morning and one that "
                           "night. Our system matched the second claim to the first by mistake.",
                     did="We reprocessed the claim on {fix} and paid it. You owe only your emergency room copay. An "
                         "updated Explanation of Benefits will be mailed to you."),
    "es_oon": dict(den="out_of_network", claim=True, prov="Laboratorio Clínico Armavir",
                   told="Usted nos dijo que recibió una factura de {prov} por análisis de sangre, y que nadie le "
                        "avisó que el laboratorio no trabaja con nuestro plan. Usted nos llamó el {call}.",
                   found="Revisamos la reclamación. El laboratorio no pertenece a la red de su plan, y su plan HMO "
                         "solo paga servicios fuera de la red en una emergencia. Su médico pudo haber enviado la "
                         "muestra a un laboratorio de la red.",
                   did="Por eso la denegación de la reclamación fue correcta y se mantiene. Hablamos con el "
                       "consultorio de su médico para que use laboratorios de la red en el futuro."),
    "timely": dict(den="timely_filing", claim=True, prov="Vayots Physical Therapy",
                   told="You told us you received our Explanation of Benefits denying your physical therapy claim, "
                        "and you did not understand why, since you had paid your copay on {call}.",
                   found="The provider sent us this claim 14 months after the service. Your plan pays claims only "
                         "when they reach us within 12 months of the date of service. Your provider's contract with "
                         "us says the same.",
                   did="The claim was sent to us too late, so the denial was correct and stays in place. Because "
                       "the delay was the provider's, the provider may not bill you for more than your copay."),
}


def letter(f: dict) -> bytes:
    s = SCEN[f["scen"]]
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    i = ISSUERS[f["ins"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d = Page(foot=f"{i['name']}  ·  GRV-{f['form']}  ·  {{p}}/{{n}}",
             header=f"{L['pat']}: {f['member']}   {L['grv']}: {f['griev']}")
    d.add_page()
    letterhead(d, i["style"], i["name"], i["line2"], i.get("logo", ""), i.get("parent", ""))
    d.text_line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["member"]] + list(f["addr"]))
    d.text_line("Resolución de su queja" if es else
                ["Resolution of your grievance", "Our answer to your complaint", "Grievance decision"][
                    f["lab"] - 1], 12.5, "B", h=8)
    rows = [(L["pat"], f["member"]), (L["mid"], f["mid"]),
            (L["plan"], f["plan"]) if f["plan"] else (L["grp"], f["group"]),
            (L["grv"], f["griev"]), (L["rec"], fd(f["rec"])), (L["res"], fd(f["date"]))]
    if s["claim"]:
        rows += [(L["clm"], f["clm"]), (L["prov"], s["prov"]), (L["dos"], fd(f["dos"])),
                 (L["amt"], usd(f["amt"], f["ms"]))]
    pairs(d, rows, kw=60, size=9.2)
    fill = dict(call=fd(f["call"]), fix=fd(f["fix"]), prov=s["prov"] or "", appt=fd(f["appt"]))
    if es:
        d.para(f"Estimado(a) {f['member']}:", 9.8)
        d.para(f"Gracias por comunicarse con nosotros. Recibimos su queja el {fd(f['rec'])}. " +
               s["told"].format(**fill), 9.4)
        d.text_line("Lo que encontramos", 10, "B", h=6)
        d.para(s["found"].format(**fill), 9.4)
        d.text_line("Lo que hicimos", 10, "B", h=6)
        d.para(s["did"].format(**fill), 9.4)
        d.para("Esta carta responde a su queja. Si no está de acuerdo con la decisión sobre la reclamación, puede "
               "apelar dentro de 60 días a partir de la fecha de esta carta. Envíe su apelación a la dirección de "
               f"arriba o llame al {f['ph']}. Si su salud corre peligro, pida una apelación rápida (72 horas).", 9.2)
    else:
        d.para(f"Dear {f['member']}:", 9.8)
        d.para(f"Thank you for taking the time to tell us about your experience. We received your grievance on "
               f"{fd(f['rec'])}. " + s["told"].format(**fill), 9.4)
        d.text_line("What we found", 10, "B", h=6)
        d.para(s["found"].format(**fill), 9.4)
        d.text_line("What we did", 10, "B", h=6)
        d.para(s["did"].format(**fill), 9.4)
        if s["den"]:
            ap = ("must receive your appeal by " + fd(f["deadline"]) if f["dl"] == "date" else
                  "must ask for an appeal within 60 days of the date of this letter")
            d.para("This letter answers your grievance. A grievance does not change a claim decision. If you "
                   f"disagree with the decision on claim {f['clm']}, you may appeal it: you {ap}. Send it to the "
                   f"address above or fax it to {f['fax']}. If waiting could seriously harm your health, ask for a "
                   "fast appeal; we decide those within 72 hours.", 9.2)
        else:
            d.para("We consider your grievance resolved. If you are not satisfied with this answer, call us at "
                   f"{f['ph']} within 30 days and a grievance supervisor will review it again.", 9.2)
        if i["ma"]:
            d.para("You may also contact 1-800-MEDICARE (1-800-633-4227), or, for a concern about the quality of "
                   "your care, your Quality Improvement Organization.", 8.8)
        else:
            d.para(f"You may also contact the Alaska Division of Insurance, Consumer Services, at (907) 555-6001.", 8.8)
    signature(d, [f["signer"], "Especialista en quejas" if es else "Grievance Coordinator", i["name"]],
              "Atentamente," if es else "Sincerely,")
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, scen: str, lab, ds: str, date: dt.date, ms: str, dl: str) -> dict:
    s = SCEN[scen]
    lang = "es" if lab == "es" else "en"
    rec = days(date, -r.randint(12, 28))
    ma = ISSUERS[ins]["ma"]
    return dict(ins=ins, scen=scen, lab=lab, ds=ds, date=date, ms=ms, dl=dl, lang=lang,
                member=person(r, lang), addr=address(r, lang),
                mid=mixed(r, "AHP999999999") if ins == "aragats" else mixed(r, "SVA99999999") if ins == "sevan"
                else digits(r, 10),
                plan=mixed(r, "H9999-099") if ma else None, group=None if ma else mixed(r, "99999-AA"),
                griev=mixed(r, "GRV-99-999999") if ins != "kotayk" else mixed(r, "QS9999999"),
                rec=rec, call=days(rec, -r.randint(1, 4)), fix=days(date, -r.randint(1, 5)),
                appt=days(date, r.randint(6, 20)),
                clm=digits(r, 13) if s["claim"] else None, amt=money(r, 180, 3400) if s["claim"] else None,
                dos=days(date, -r.randint(60, 420 if scen == "timely" else 140)) if s["claim"] else None,
                ph=phone(r), fax=phone(r), signer=clinician(r, "Narine V. Abrahamyan"), form=digits(r, 4), deadline=days(date, 60))


def doc_truth(f: dict) -> dict:
    s = SCEN[f["scen"]]
    cases = [f["griev"]] + ([f["clm"]] if f["clm"] else [])
    alts = {}
    if f["clm"]:
        alts["case_numbers"] = [[f["griev"]], [f["clm"]]]
    prov = s["prov"] if s["claim"] else None
    sd = [iso(f["dos"])] if s["claim"] else []
    if f["scen"] == "wait":
        alts["provider"] = [s["prov"]]
        alts["service_dates"] = [[iso(f["appt"])]]
    if f["scen"] == "reversed" and f["fix"]:
        pass
    dead = iso(f["deadline"]) if s["den"] else None
    kw = dict(insurer=ISSUERS[f["ins"]]["name"], member_id=f["mid"], group_number=f["group"], plan_id=f["plan"],
              member_name=f["member"], case_numbers=cases, claim_amount=m2(f["amt"]) if f["amt"] else None,
              service_dates=sd, denial_date=iso(f["date"]), provider=prov, appeal_deadline=dead, alternates=alts)
    if s["den"] is None:
        return truth("other", None, f["lang"], **kw)
    return truth("denial_letter", s["den"], f["lang"], **kw)


# (stem, condition, issuer, scenario, labels, date style, money style, deadline kind)
PLAN = [
    ("plan_grievance_resolution_letter_bd_rude_call", "born_digital", "aragats", "rude", 1, "long", "plain", "-"),
    ("plan_grievance_resolution_letter_bd_balance_bill_fixed", "born_digital", "sevan", "balance", 2, "slash",
     "plain", "-"),
    ("plan_grievance_resolution_letter_scan_specialist_wait", "scan_clean_300", "kotayk", "wait", 3, "abbr",
     "plain", "-"),
    ("plan_grievance_resolution_letter_lowres_es_lab_fuera_de_red", "scan_lowres_150", "aragats", "es_oon", "es",
     "es", "es", "days"),
    ("plan_grievance_resolution_letter_rot_mri_no_auth_upheld", "rotated", "sevan", "pa_upheld", 1, "dmy",
     "nosign", "days"),
    ("plan_grievance_resolution_letter_copy_er_duplicate_reversed", "photocopy", "kotayk", "reversed", 2, "iso",
     "plain", "-"),
    ("plan_grievance_resolution_letter_faxs_late_filing_upheld", "fax_standard_g4", "aragats", "timely", 3, "upper",
     "plain", "date"),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, ins, scen, lab, ds, ms, dl) in enumerate(PLAN):
        r = random.Random(132600 + n)
        date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 250))
        f = facts(r, ins, scen, lab, ds, date, ms, dl)
        items.append(Item(stem, cond, [(letter(f), doc_truth(f))]))
    return items
