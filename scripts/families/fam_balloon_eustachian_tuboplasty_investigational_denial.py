"""Family 'balloon_eustachian_tuboplasty_investigational_denial': an invented commercial plan refuses balloon
dilation of the Eustachian tube (CPT 69705 one side, 69706 both sides) for chronic obstructive Eustachian tube
dysfunction as investigational under its medical policy.
Documents: the pre-service determination in ruled label boxes (born digital); a Spanish claim denial to a member
(scan 300); a standard-fax stack (cover + the ENT's letter of medical necessity + the plan's provider notice +
blank separator); the surgery center's statement (photocopy, denies nothing); a three-claim member EOB refusing
only the surgery center's claim (phone photo); a prose-only claim letter (sideways); the upheld final internal
appeal with external review only (150 dpi).
Issuer (fictional): Silverpine Health Assurance. ENT: Cascade Ear, Nose & Throat Associates. Surgery center:
Riverbend Surgery Center.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundct_famctc import days, fdate, hline, letterhead, mail_to, mixed, phone, signature, usd
from public_kit import MONTHS_ES, Page, m2, out

FAMILY = "balloon_eustachian_tuboplasty_investigational_denial"
LANG = "en"
SEED = 343800
PLAN = "Silverpine Health Assurance"
ENT = "Cascade Ear, Nose & Throat Associates"
ASC = "Riverbend Surgery Center"
DOCS = ["Odile Marchbanks", "Farid Castellanos", "Greta Lindqvist", "Samuel Otieno"]
MEMBERS = ["Ingrid P. Holloway", "Lamar T. Achterberg", "Wanda S. Kowalczyk", "Kenji R. Blackwood",
           "Rosalind E. Pettigrew", "Bernard N. Szabo"]
MEMBERS_ES = ["Xiomara L. Benítez", "Joaquín A. Montalvo", "Milagros D. Irizarry", "Efraín C. Zamora"]
STREETS = ["1907 Tamarack Way", "33 Ridgeback Road", "5120 Alder Glen Ct, Apt 14", "712 Foundry Street"]
CITIES = ["Pine Hollow, ID 83814", "Coeur Lake, ID 83815", "Silver Forks, ID 83837"]
POLICY = "MP-ENT-112 (Balloon Dilation of the Eustachian Tube)"
WHY = ("Balloon dilation of the Eustachian tube is investigational for chronic Eustachian tube dysfunction under "
       f"medical policy {POLICY}. The published studies are small and short, and there is not enough evidence that "
       "it improves health outcomes compared with standard treatment. The plan does not cover investigational "
       "services.")


def facts(r: random.Random) -> dict:
    date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 80))
    surg = days(date, r.randint(10, 20))
    fac, pro = float(r.choice([4850, 5320, 6175])), float(r.choice([1480, 1725, 1890]))
    return dict(date=date, recv=days(date, -r.randint(3, 7)), surg=surg, member=r.choice(MEMBERS),
                addr=[r.choice(STREETS), r.choice(CITIES)], mid=mixed(r, "SPH-999-99-9999"), grp=mixed(r, "99999-AA"),
                plan_id=mixed(r, "SPHPPO-99"), pa=mixed(r, "PA26-999999"), doc=r.choice(DOCS),
                npi=r.choice("12") + mixed(r, "999999999"), dob=dt.date(r.randint(1962, 2003), r.randint(1, 12),
                                                                        r.randint(1, 28)),
                ph=phone(r), fax=phone(r), fac=fac, sup=round(r.uniform(300, 700), 2), pro=pro,
                clm=mixed(r, "AA99999999"), c1=mixed(r, "AA99999999"), c2=mixed(r, "AA99999999"),
                appeal=mixed(r, "FA-2026-9999"), acct=mixed(r, "RSC-999999"))


def T(f, dtype, den, cases=(), dead=None, amount=None, svc=None, prov=None, alts=None, uns=None, date=None,
      ins=PLAN, member=None, mid=None, plan=True, lang="en", dalts=None, grp=True):
    return truth(dtype, den, lang, insurer=ins, plan_id=f["plan_id"] if plan else None, group_number=f["grp"] if grp else None,
                 member_id=mid or f["mid"], member_name=member or f["member"], case_numbers=list(cases),
                 claim_amount=amount, service_dates=[x.isoformat() for x in (svc or [])],
                 denial_date=(date or f["date"]).isoformat(), provider=prov or f["doc"],
                 appeal_deadline=dead.isoformat() if dead else None, alternates=alts or {}, unscored=uns or [],
                 denial_alternates=dalts or [])


def boxed_determination(f) -> bytes:
    fd = lambda x: fdate(x, "slash")  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="SPH-UM-07 Rev. 09/2025")
    d.add_page()
    letterhead(d, PLAN, f"Utilization Management  |  PO Box 5180, Boise, ID 83705  |  {f['ph']}", "bar")
    d.line("PRE-SERVICE COVERAGE DETERMINATION - DENIED", 12, "B", h=8)
    d.ln(1)
    W = d.w - d.l_margin - d.r_margin

    def boxes(cells):
        x0, y0 = d.get_x(), d.get_y()
        x = x0
        for label, value, w in cells:
            d.rect(x, y0, w, 11)
            d.set_xy(x + 1, y0 + 0.8)
            d.f(6.3).cell(w - 2, 3, label.upper())
            d.set_xy(x + 1, y0 + 4.8)
            d.f(9.4).cell(w - 2, 5, value)
            x += w
        d.set_xy(x0, y0 + 11)

    boxes([("Notice date", fd(f["date"]), W * .25), ("Reference no.", f["pa"], W * .25),
           ("Received", fd(f["recv"]), W * .25), ("Scheduled date", fd(f["surg"]), W * .25)])
    boxes([("Patient", f["member"], W * .4), ("Member number", f["mid"], W * .3), ("Birth date", fd(f["dob"]), W * .3)])
    boxes([("Group", f["grp"], W * .25), ("Plan ID", f["plan_id"], W * .25),
           ("Requesting surgeon", f"Dr. {f['doc']}", W * .5)])
    boxes([("Facility", ASC, W * .5), ("Surgeon NPI", f["npi"], W * .25), ("Procedure", "69706 (bilateral)", W * .25)])
    d.ln(4)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.para(f"We reviewed the request from Dr. {f['doc']} of {ENT} for balloon dilation of both Eustachian tubes. "
           "The request is denied.", 9.6)
    d.heading("Reason", 10.5)
    d.para(WHY, 9.4)
    d.heading("Appeal rights", 10.5)
    d.para("You may file an appeal within 180 days of the date on this notice. If your situation is urgent, you may "
           "ask for an expedited review (decided within 72 hours). Idaho external review: within 4 months after a "
           "final decision.", 9.2)
    signature(d, ["Clinical Review Unit", PLAN])
    return out(d)


def spanish_notice(f) -> bytes:
    fd = lambda x: fdate(x, "es")  # noqa: E731
    d = Page(serif=True, footer="Página {n} de {nb}")
    d.add_page()
    letterhead(d, PLAN, f"Servicios para Miembros {f['ph']}  |  PO Box 5180, Boise, ID 83705", "center")
    d.line(fd(f["date_es"]), 10, align="R", h=6)
    mail_to(d, [f["member_es"]] + f["addr"])
    d.line("AVISO DE DENEGACIÓN DE RECLAMACIÓN", 12.5, "B", h=8)
    d.pairs([("Miembro", f["member_es"]), ("Nº de identificación", f["mid_es"]), ("Grupo", f["grp"]),
             ("Plan", f["plan_id"]), ("Número de reclamación", f["clm_es"]), ("Fecha del servicio", fd(f["surg_es"])),
             ("Proveedor", ASC), ("Monto facturado", usd(f["tot_es"])), ("Fecha de nacimiento", fd(f["dob"]))],
            label_w=52, size=9.6)
    d.ln(2)
    d.para("No podemos pagar la dilatación con balón de la trompa de Eustaquio (código 69705). Según la política "
           f"médica {POLICY}, este procedimiento se considera en investigación (experimental) y el plan no cubre "
           "servicios experimentales.", 9.8)
    d.para("Usted puede apelar dentro de 180 días a partir de la fecha de este aviso. Si su salud corre peligro, "
           "pida una apelación rápida (72 horas). Llámenos al " + f["ph"] + ".", 9.8)
    signature(d, ["Departamento de Reclamaciones", PLAN])
    return out(d)


def ent_letter(f) -> bytes:
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, ENT, "2260 Riverstone Pkwy, Suite 310, Coeur Lake, ID 83815  |  Tel (208) 555-0148", "center")
    d.para(fdate(f["lmn"], "long"), 10)
    d.para(f"{PLAN}\nUtilization Management\nFax {f['fax']}", 10)
    d.para(f"RE: {f['member']}   Member ID {f['mid']}   DOB {fdate(f['dob'], 'slash')}   Request {f['pa']}", 10)
    d.para("Letter of Medical Necessity - balloon dilation of the Eustachian tubes (CPT 69706)", 10.5)
    d.para(f"I am writing on behalf of my patient, who has had obstructive Eustachian tube dysfunction in both ears "
           "for more than 12 months despite 6 weeks of nasal steroid spray, two courses of antihistamines and "
           "autoinflation. Tympanometry shows type C curves on both sides and the ETDQ-7 score is 4.6. I ask that "
           f"you approve the procedure, scheduled at {ASC} on {fdate(f['surg'], 'long')}.", 10)
    d.para("Thank you for your reconsideration.", 10)
    d.para(f"Dr. {f['doc']}\nOtolaryngology, {ENT}\nNPI {f['npi']}", 10)
    return out(d)


def provider_notice(f) -> bytes:
    fd = lambda x: fdate(x, "upper")  # noqa: E731
    d = Page(footer=None, footer_left="SPH-PRV-2")
    d.add_page()
    letterhead(d, PLAN, f"Provider Services fax {f['fax']}", "right")
    d.line("NOTICE TO PROVIDER - SERVICE NOT AUTHORIZED", 11.5, "B", h=8)
    d.table(["Date", "Ref #", "Patient", "Member #", "CPT", "DOS", "Status"],
            [[fd(f["pdate"]), f["pa"], f["member"], f["mid"], "69706", fd(f["surg"]), "DENIED-INV"]],
            [24, 24, 40, 32, 14, 24, 22], size=7.8)
    d.para(f"Attn: Dr. {f['doc']}, {ENT}. We re-reviewed the request with your letter of medical necessity. The "
           f"procedure remains investigational under {POLICY}. Group {f['grp']}.", 9.3)
    d.para("A provider appeal may be sent within 60 days of the date of this notice. Peer-to-peer requests: "
           f"{f['ph']}, within 7 business days.", 9.3)
    return out(d)


def asc_statement(f) -> bytes:
    fd = lambda x: fdate(x, "nopad")  # noqa: E731
    d = Page(footer=None)
    d.add_page()
    letterhead(d, ASC, "48 Millrace Road, Pine Hollow, ID 83814  |  Patient accounts (208) 555-0193", "rule",
               "STATEMENT")
    y0 = d.get_y()
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.set_y(y0)
    d.pairs([("Date", fd(f["stmt"])), ("Account", f["acct"]), ("Guarantor", f["member"]),
             ("Primary ins.", PLAN), ("ID", f["mid"])], label_w=26, size=8.8, x=d.l_margin + 105, h=4.8)
    d.ln(6)
    d.table(["DOS", "Description", "Charge", "Credits", "Balance"],
            [[fd(f["surg"]), "69706 Balloon dilation ET, bilateral - facility", usd(f["fac"], "nosign"), "0.00",
              usd(f["fac"], "nosign")],
             [fd(f["surg"]), "C1726 Balloon dilation catheter", usd(f["sup"], "nosign"), "0.00",
              usd(f["sup"], "nosign")],
             [fd(f["eobd"]), f"Insurance denied - claim {f['clm']}", "", "", ""]], [26, 84, 24, 20, 20],
            size=8.6, border=0, aligns=["L", "L", "R", "R", "R"])
    hline(d)
    d.ln(2)
    d.f(10.5, "B").cell(0, 6, f"PLEASE PAY THIS AMOUNT:  {usd(f['asc_tot'])}", align="R", new_x="LMARGIN",
                        new_y="NEXT")
    d.ln(2)
    d.para(f"Surgeon: Dr. {f['doc']}. Surgeon's fees are billed separately by {ENT}. Payment is due within 30 days.",
           8.6)
    return out(d)


def eob(f) -> bytes:
    fd = lambda x: fdate(x, "short")  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{PLAN} | EOB")
    d.add_page()
    letterhead(d, PLAN, "Explanation of Benefits  |  THIS IS NOT A BILL", "rule")
    d.pairs([("Date issued", fdate(f["eobd"], "long")), ("Member", f["member"]), ("Member number", f["mid"]),
             ("Group", f["grp"]), ("Plan", f["plan_id"])], label_w=36, size=9, h=4.8)
    d.ln(3)
    o1 = days(f["surg"], -40)
    o2 = days(f["surg"], -26)
    rows = [[f["c1"], "Cascade ENT Assoc.", fd(o1), "92567 Tympanometry", usd(96.0, "nosign"), "71.20", "0.00", "PD"],
            [f["c2"], "Cascade ENT Assoc.", fd(o2), "31231 Nasal endoscopy", usd(f["pro"] / 6, "nosign"),
             usd(f["pro"] / 9, "nosign"), "25.00", "PD"],
            [f["clm"], ASC, fd(f["surg"]), "69706 + C1726 facility", usd(f["asc_tot"], "nosign"), "0.00",
             usd(f["asc_tot"], "nosign"), "X4"]]
    d.table(["Claim #", "Provider", "DOS", "Service", "Billed", "Paid", "You owe", "Note"], rows,
            [22, 40, 16, 38, 18, 16, 18, 10], size=7.2)
    d.para(f"Note PD: paid; you owe your copay. Note X4: the service is investigational under {POLICY} and is not "
           "covered.", 8.4)
    d.para("To appeal the denied claim, write to us within 180 days of the date of this statement. Processing "
           f"period: {fdate(days(f['eobd'], -31), 'long')} to {fdate(f['eobd'], 'long')}.", 8.4)
    return out(d)


def prose_letter(f) -> bytes:
    d = Page(footer=None)
    d.add_page()
    letterhead(d, PLAN, "Member Claims Correspondence", "center")
    d.para(fdate(f["eobd"], "long"), 10)
    mail_to(d, [f["member"]] + f["addr"])
    d.para(f"Dear {f['member']},", 10)
    d.para(f"On {fdate(f['surg'], 'long')} you had balloon dilation of both Eustachian tubes at {ASC}. The surgery "
           f"center billed us {usd(f['asc_tot'])} under claim {f['clm']}, and we have denied the claim because the "
           f"procedure is investigational under our medical policy. Your surgeon, Dr. {f['doc']}, was told before "
           f"the surgery (reference {f['pa']}) that it would not be covered.", 10)
    d.para(f"Your member number is {f['mid']} in group {f['grp']}.", 10)
    d.para("You may appeal within 180 days of the date of this letter. You may also ask for the medical policy we "
           "used. Urgent appeals are decided within 72 hours.", 10)
    signature(d, [PLAN], 10)
    return out(d)


def final_appeal(f) -> bytes:
    fd = lambda x: fdate(x, "dmy")  # noqa: E731
    d = Page(footer="Page {n} of {nb}")
    d.add_page()
    letterhead(d, PLAN, "Appeals & Grievances  |  PO Box 5190, Boise, ID 83705", "rule")
    d.line(fd(f["appd"]), 10, h=6)
    mail_to(d, [f["member"]] + f["addr"])
    d.line("FINAL INTERNAL APPEAL DECISION - DENIAL UPHELD", 12, "B", h=8)
    d.pairs([("Appeal ID", f["appeal"]), ("Claim", f["clm"]), ("Member #", f["mid"]), ("Group", f["grp"]),
             ("Date of service", fd(f["surg"])), ("Amount", usd(f["asc_tot"], "usd")), ("Facility", ASC),
             ("Appeal filed", fd(days(f["appd"], -27)))], label_w=38, size=9.4)
    d.ln(2)
    d.para("An otolaryngologist not involved in the earlier decision reviewed your appeal. Balloon dilation of the "
           f"Eustachian tube remains investigational under {POLICY}. The denial is upheld. This is the final "
           "internal decision; no further internal appeal is available.", 9.6)
    d.para("You may ask for an external review by an independent review organization within 4 months of the date "
           "of this letter through the Idaho Department of Insurance.", 9.6)
    signature(d, ["Appeals Nurse Reviewer", PLAN])
    return out(d)


def documents(rng: random.Random) -> list[Item]:
    f = facts(rng)
    f["lmn"] = days(f["date"], 3)
    f["pdate"] = days(f["lmn"], 4)
    f["eobd"] = days(f["surg"], rng.randint(20, 32))
    f["stmt"] = days(f["eobd"], 9)
    f["appd"] = days(f["eobd"], rng.randint(45, 60))
    f["asc_tot"] = round(f["fac"] + f["sup"], 2)
    f["member_es"] = rng.choice(MEMBERS_ES)
    f["mid_es"], f["clm_es"] = mixed(rng, "SPH-999-99-9999"), mixed(rng, "AA99999999")
    f["date_es"] = days(f["date"], rng.randint(30, 60))
    f["surg_es"] = days(f["date_es"], -rng.randint(18, 30))
    f["tot_es"] = round(rng.choice([4850, 5320, 6175]) + rng.uniform(300, 700), 2)
    drs = {"provider": [ENT]}
    A = T(f, "denial_letter", "experimental", [f["pa"]], days(f["date"], 180), svc=[f["surg"]], alts=dict(drs))
    B = T(f, "denial_letter", "experimental", [f["clm_es"]], days(f["date_es"], 180), amount=m2(f["tot_es"]),
          svc=[f["surg_es"]], prov=ASC, date=f["date_es"], member=f["member_es"], mid=f["mid_es"], lang="es")
    C1 = T(f, "other", None, [f["pa"]], svc=[f["surg"]], date=f["lmn"], plan=False, uns=["insurer"], ins=None, grp=False,
           alts=drs)
    C2 = T(f, "denial_letter", "experimental", [f["pa"]], days(f["pdate"], 60), svc=[f["surg"]], date=f["pdate"],
           plan=False, alts=drs)
    D = T(f, "other", None, [f["clm"]], amount=m2(f["asc_tot"]), svc=[f["surg"]], prov=ASC, date=f["stmt"],
          plan=False, grp=False, uns=["insurer"], alts={"case_numbers": [[]], "provider": [f["doc"]]})
    E = T(f, "eob", "experimental", [f["clm"]], days(f["eobd"], 180), amount=m2(f["asc_tot"]), svc=[f["surg"]],
          prov=ASC, date=f["eobd"])
    F = T(f, "denial_letter", "experimental", [f["clm"], f["pa"]], days(f["eobd"], 180), amount=m2(f["asc_tot"]),
          svc=[f["surg"]], prov=ASC, date=f["eobd"], plan=False,
          alts={"provider": [f["doc"]], "case_numbers": [[f["clm"]]]})
    G = T(f, "denial_letter", "experimental", [f["appeal"], f["clm"]], None, amount=m2(f["asc_tot"]),
          svc=[f["surg"]], prov=ASC, date=f["appd"], plan=False)
    p = FAMILY + "_"
    return [
        Item(p + "bd_boxed_preservice", "born_digital", [(boxed_determination(f), A)]),
        Item(p + "scan_aviso_es", "scan_clean_300", [(spanish_notice(f), B)]),
        Item(p + "fax_lmn_provider_stack", "fax_standard_g4", [(ent_letter(f), C1), (provider_notice(f), C2)],
             separators=["cover", "blank"]),
        Item(p + "copy_asc_statement", "photocopy", [(asc_statement(f), D)]),
        Item(p + "photo_three_claim_eob", "phone_photo", [(eob(f), E)]),
        Item(p + "rot_prose_claim_letter", "rotated", [(prose_letter(f), F)]),
        Item(p + "lowres_final_appeal", "scan_lowres_150", [(final_appeal(f), G)]),
    ]
