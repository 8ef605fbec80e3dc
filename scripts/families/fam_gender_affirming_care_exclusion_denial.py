"""Family 'gender_affirming_care_exclusion_denial': a health plan's decisions on gender-affirming care (surgery,
hormones, voice therapy, hair removal). The letters follow the content a group health plan's adverse benefit
determination must carry (29 CFR 2560.503-1(g) and 45 CFR 147.136(b)): the claim or request identified (date of
service, provider, amount), the specific reason, the plan provision or medical policy relied on, what information
would change the decision, the internal appeal and external review. The medical-policy criteria (two letters of
support from qualified health professionals, 12 continuous months of hormone therapy, persistent, well-documented
gender dysphoria) follow the WPATH SOC-based criteria many published plan medical policies use. Reasons are in
plain words; the keyword ("cosmetic", "exclusion", "medically necessary") appears on some only.
Scenarios: vaginoplasty with one letter of support instead of two (medical necessity), facial feminization judged
cosmetic (not covered), testosterone approved, laser hair removal under a plan exclusion (Spanish), chest surgery
partly approved (mastectomy approved, liposuction contouring denied as cosmetic), a voice therapy claim under the
plan's voice-therapy exclusion, a hysterectomy with less than 12 months of hormone therapy.
Issuers (fictional): Vagur Health Plan (logo "VAGUR" over a rule), Hestur Mutual Health Insurance Company (parent line
"A Svinoy Group company"), Sandoy Health Cooperative (return-address block).
Truth: case numbers = the request / reference number, the claim number on the claim, the authorization number on
the approvals (the medical policy number and letter ID are not). Service dates = the planned date or the claim's
date (date of birth, request received and hormone start dates are decoys). Denial date = the letter's date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundah_famhc import (Page, address, clinician, days, digits, fdate, iso, letterhead, m2, mail_to, mixed,
                               money, npi, pairs, person, phone, signature, usd)

FAMILY = "gender_affirming_care_exclusion_denial"
LANG = "en"
ISSUERS = {
    "vagur": dict(name="Vagur Health Plan", style="logo", logo="VAGUR",
                  line2="Utilization Management | PO Box 4410, Decorah, IA 52101"),
    "hestur": dict(name="Hestur Mutual Health Insurance Company", style="parent", parent="A Svinoy Group company",
                   line2="Clinical Review Department | PO Box 9082, Madison, WI 53707"),
    "sandoy": dict(name="Sandoy Health Cooperative", style="block",
                   line2="Member Appeals and Decisions | 2207 Vidoy Lane | Viroqua, WI 54665"),
}
LABELS = {
    1: dict(pat="Member", mid="Member ID", grp="Group number", ref="Reference number", clm="Claim number",
            prov="Requesting provider", dos="Planned date of service", svc="Service requested", amt="Amount billed",
            dob="Date of birth", rec="Request received", auth="Authorization number"),
    2: dict(pat="Patient name", mid="Subscriber ID", grp="Group #", ref="Case ID", clm="Claim #",
            prov="Provider", dos="Date of service", svc="Service", amt="Total charges", dob="DOB",
            rec="Received on", auth="Auth #"),
    3: dict(pat="Enrollee", mid="ID #", grp="Employer group", ref="Request #", clm="Claim ref.",
            prov="Treating provider", dos="Scheduled date", svc="Care asked for", amt="Billed", dob="Birth date",
            rec="Date we got the request", auth="Approval number"),
    "es": dict(pat="Afiliado(a)", mid="Número de miembro", grp="Número de grupo", ref="Número de referencia",
               clm="Número de reclamación", prov="Proveedor", dos="Fecha del servicio", svc="Servicio solicitado",
               amt="Cargos", dob="Fecha de nacimiento", rec="Solicitud recibida", auth="Número de aprobación"),
}
# kind: pre / post / approve / partial
SCEN = {
    "vagino": dict(kind="pre", den="medical_necessity", alt=None, policy="MP-GA-014",
                   svc="Vaginoplasty with penile inversion (CPT 55970)", prov="Marjun A. Elduvik, MD",
                   why="Our medical policy for genital surgery asks for two letters of support from qualified "
                       "mental health professionals who have each assessed you. We received one letter, from your "
                       "therapist. Without the second letter, the policy's criteria are not met and we cannot "
                       "find the surgery medically necessary at this time.",
                   fix="If your surgeon sends a second letter of support, we will review the request again."),
    "ffs": dict(kind="pre", den="not_covered", alt=["medical_necessity"], policy="MP-GA-022",
                svc="Facial feminization: brow lift and forehead contouring (CPT 21137, 67900)",
                prov="Nordskali Plastic Surgery Associates",
                why="Your plan covers gender-affirming surgery on the genitals and chest. It treats changes to the "
                    "face and forehead as cosmetic: they change how you look and are listed among the services "
                    "your plan does not pay for (Certificate of Coverage, section 7.3, Cosmetic services).",
                fix="Your plan's benefit booklet lists the gender-affirming services it covers."),
    "testo": dict(kind="approve", den=None, alt=None, policy="RX-GA-003",
                  svc="Testosterone cypionate injection, 200 mg every 2 weeks (J1071)", prov="Torkil M. Funningur, MD",
                  why="We approved this request. Your doctor sent the records our policy asks for, and the "
                      "treatment meets our criteria for hormone therapy.",
                  fix=""),
    "es_hair": dict(kind="post", den="not_covered", alt=None, policy="MP-GA-031",
                    svc="Depilación láser de la cara, 6 sesiones (CPT 17999)", prov="Clínica Dermatológica Tamadaba",
                    why="Su plan no cubre la depilación láser ni la electrólisis. Estos servicios aparecen en la "
                        "lista de exclusiones de su Evidencia de Cobertura (sección 8, Servicios excluidos), aun "
                        "cuando forman parte de un plan de tratamiento de afirmación de género.",
                    fix="Usted es responsable del saldo que le cobre la clínica."),
    "chest": dict(kind="partial", den="not_covered", alt=["medical_necessity"], policy="MP-GA-018",
                  svc="Bilateral mastectomy with chest reconstruction (CPT 19303); liposuction of the chest wall "
                      "(CPT 15877)",
                  prov="Eirikur K. Saksun, MD",
                  why="We approved the mastectomy and chest reconstruction. We did not approve the liposuction of "
                      "the chest wall and sides: the records describe it as shaping to improve the look of the "
                      "chest after surgery, which your plan does not pay for.",
                  fix="Only the liposuction is denied. The approved surgery is not affected."),
    "voice": dict(kind="post", den="not_covered", alt=None, policy="MP-GA-027",
                  svc="Voice and communication therapy, 8 visits (CPT 92507)", prov="Hovsgaard Speech and Voice Center",
                  why="Your plan pays for speech therapy only to restore speech lost to an illness or injury. "
                      "Voice therapy to change the pitch and sound of your voice falls under the plan exclusion "
                      "for voice modification services, so the claim was denied.",
                  fix="You may owe the provider for these visits."),
    "hyst": dict(kind="pre", den="medical_necessity", alt=None, policy="MP-GA-014",
                 svc="Total laparoscopic hysterectomy with removal of both ovaries (CPT 58571)",
                 prov="Turid O. Skuvoy, MD",
                 why="Our policy asks for 12 months in a row of hormone therapy before this surgery, unless hormones "
                     "are not right for you. The records show you started hormones about 7 months ago. The request "
                     "does not meet our criteria yet.",
                 fix="Your surgeon may ask again once you have had 12 months of hormone therapy."),
}


def letter(f: dict) -> bytes:
    s = SCEN[f["scen"]]
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    i = ISSUERS[f["ins"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d = Page(foot=f"{i['name']}  ·  Form UM-{f['form']}  ·  Letter ID {f['letter']}  ·  {{p}}/{{n}}",
             header=f"{L['pat']}: {f['member']}   {L['ref']}: {f['ref']}")
    d.add_page()
    letterhead(d, i["style"], i["name"], i["line2"], i.get("logo", ""), i.get("parent", ""))
    d.text_line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["member"]] + list(f["addr"]))
    k = s["kind"]
    title = ("Aviso de denegación de una reclamación" if es else
             "Your request is approved" if k == "approve" else
             "Notice of partial approval" if k == "partial" else
             "Notice of adverse benefit determination - claim" if k == "post" else
             "We did not approve your request")
    d.text_line(title, 12.5, "B", h=8)
    dos = fd(f["start"])
    rows = [(L["pat"], f["member"]), (L["dob"], fd(f["dob"])), (L["mid"], f["mid"]), (L["grp"], f["group"]),
            (L["ref"], f["ref"]), (L["clm"], f["clm"]), (L["svc"], s["svc"]), (L["prov"], s["prov"]),
            ("NPI", f["npi"]), (L["dos"], dos), (L["amt"], usd(f["amt"], f["ms"]) if f["amt"] else None),
            (L["rec"], fd(f["received"])), (L["auth"], f["auth"])]
    pairs(d, rows, kw=58, size=9.1)
    if es:
        d.para(f"Estimado(a) {f['member']}:", 9.8)
        d.para(f"Revisamos la reclamación de {f['prov_short']} por los servicios del {dos}. La reclamación fue "
               "denegada. " + s["why"], 9.5)
        d.para(s["fix"] + f" Política médica: {s['policy']}. Hormonas desde: {fd(f['hstart'])}.", 9.2)
        d.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta. "
               f"Llame al {f['ph']} o envíe su apelación por fax al {f['fax']}. Si su salud corre peligro, pida "
               "una apelación rápida (72 horas). Después, puede pedir una revisión externa independiente dentro "
               "de 4 meses.", 9.2)
    else:
        d.para(f"Dear {f['member']}:", 9.8)
        intro = (f"We reviewed the claim from {f['prov_short']} for care on {dos}. " if k == "post" else
                 f"We reviewed the request from {f['prov_short']} for care planned on {dos}. ")
        d.para(intro + s["why"], 9.5)
        if f["table"]:
            d.table(["What our policy asks for", "What we received", "Met?"],
                    [["Persistent, well-documented gender dysphoria", f"Therapist letter dated {fd(f['ldate'])}",
                      "Yes"],
                     ["Two letters of support" if f["scen"] == "vagino" else "Letter of support",
                      "One letter" if f["scen"] == "vagino" else "One letter", "No" if f["scen"] == "vagino" else
                      "Yes"],
                     ["12 continuous months of hormone therapy", f"Started {fd(f['hstart'])}",
                      "No" if f["scen"] == "hyst" else "Yes"]],
                    [78, 70, 20], size=8.6)
        d.para(s["fix"] + f" We used medical policy {s['policy']}, which you may ask for free of charge.", 9.2)
        if k == "approve":
            d.para(f"This approval is good for 12 months from {dos}. Approval does not guarantee payment if you "
                   f"are not enrolled when you get the care. Questions: {f['ph']}.", 9.2)
        else:
            if f["dl"] == "days":
                ap = f"You must ask for an appeal within 180 days of the date of this letter"
            elif f["dl"] == "date":
                ap = f"We must receive your appeal by {fd(f['deadline'])}"
            else:
                ap = "You may ask for an appeal within 180 days after you receive this letter"
            d.para("Your right to appeal. " + ap + ". You, your doctor or someone you name may appeal. Send "
                   f"your appeal and any records to the address above, or fax it to {f['fax']}. If waiting could "
                   "seriously harm your health, ask for an urgent appeal; we will decide within 72 hours. After "
                   "our final decision you may ask for an external review by an independent reviewer within "
                   "4 months.", 9.2)
            d.para("You may ask for the diagnosis and treatment codes and their meanings, and for copies of "
                   f"all documents used in this decision, free of charge. Call Member Services at {f['ph']}.", 9.0)
    signature(d, [f["signer"] + (", MD" if not es else ", MD"),
                  "Directora médica" if es else "Medical Director, Gender-Affirming Care Review", i["name"]],
              "Atentamente," if es else "Sincerely,")
    d.font(8.5)
    d.cell(0, 4.3, f"cc: {s['prov']}", new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, scen: str, lab, ds: str, date: dt.date, ms: str, dl: str, table: bool) -> dict:
    s = SCEN[scen]
    lang = "es" if lab == "es" else "en"
    post = s["kind"] == "post"
    start = days(date, -r.randint(30, 75)) if post else days(date, r.randint(14, 45))
    prov = s["prov"]
    short = prov if not prov.endswith(", MD") else "Dr. " + prov.split()[-2]
    return dict(ins=ins, scen=scen, lab=lab, ds=ds, date=date, ms=ms, dl=dl, lang=lang, table=table,
                member=person(r, lang), dob=dt.date(r.randint(1979, 2003), r.randint(1, 12), r.randint(1, 28)),
                mid=mixed(r, "VHP999999999") if ins == "vagur" else mixed(r, "AA9999999-01") if ins == "hestur"
                else digits(r, 11),
                group=mixed(r, "999999-AA"), ref=mixed(r, "GA99-999999"),
                clm=digits(r, 12) if post else None, amt=money(r, 600, 4800) if post else None,
                auth=mixed(r, "A99999999") if s["kind"] in ("approve", "partial") else None,
                npi=npi(r), start=start, received=days(date, -r.randint(4, 12)),
                hstart=days(date, -r.randint(200, 230) if scen == "hyst" else -r.randint(500, 900)),
                ldate=days(date, -r.randint(40, 90)), prov_short=short,
                addr=address(r, lang), ph=phone(r), fax=phone(r), signer=clinician(r, prov),
                letter=digits(r, 7), form=digits(r, 3), deadline=days(date, 180))


def doc_truth(f: dict) -> dict:
    s = SCEN[f["scen"]]
    cases = [f["ref"]] + ([f["clm"]] if f["clm"] else []) + ([f["auth"]] if f["auth"] else [])
    alts = {}
    den = s["den"]
    dead = None
    if den is not None:
        dead = None if f["dl"] == "receive" else iso(f["deadline"])
        if f["dl"] == "receive":
            alts["appeal_deadline"] = [iso(f["deadline"])]
    if s["kind"] == "partial":
        alts["case_numbers"] = [[f["ref"]]]
    kw = dict(insurer=ISSUERS[f["ins"]]["name"], member_id=f["mid"], group_number=f["group"], plan_id=None,
              member_name=f["member"], case_numbers=cases, claim_amount=m2(f["amt"]) if f["amt"] else None,
              service_dates=[iso(f["start"])], denial_date=iso(f["date"]), provider=s["prov"],
              appeal_deadline=dead, alternates=alts)
    if den is None:
        return truth("other", None, f["lang"], **kw)
    return truth("denial_letter", den, f["lang"], denial_alternates=s["alt"], **kw)


# (stem, condition, issuer, scenario, labels, date style, money style, deadline kind, criteria table)
PLAN = [
    ("gender_affirming_care_exclusion_denial_bd_vaginoplasty_letters", "born_digital", "vagur", "vagino", 1, "long",
     "plain", "days", True),
    ("gender_affirming_care_exclusion_denial_bd_facial_cosmetic", "born_digital", "hestur", "ffs", 2, "slash",
     "plain", "date", False),
    ("gender_affirming_care_exclusion_denial_scan_testosterone_approved", "scan_clean_300", "sandoy", "testo", 3,
     "abbr", "plain", "days", False),
    ("gender_affirming_care_exclusion_denial_lowres_es_hair_removal", "scan_lowres_150", "vagur", "es_hair", "es",
     "es", "es", "days", False),
    ("gender_affirming_care_exclusion_denial_rot_chest_partial", "rotated", "hestur", "chest", 1, "dmy", "plain",
     "days", False),
    ("gender_affirming_care_exclusion_denial_copy_voice_therapy", "photocopy", "sandoy", "voice", 2, "iso",
     "nosign", "date", False),
    ("gender_affirming_care_exclusion_denial_fax_hysterectomy_hormones", "fax_standard_g4", "vagur", "hyst", 3,
     "upper", "plain", "receive", True),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, ins, scen, lab, ds, ms, dl, table) in enumerate(PLAN):
        r = random.Random(130500 + n)
        date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 250))
        f = facts(r, ins, scen, lab, ds, date, ms, dl, table)
        items.append(Item(stem, cond, [(letter(f), doc_truth(f))]))
    return items
