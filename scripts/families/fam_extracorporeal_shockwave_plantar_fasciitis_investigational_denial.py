"""Family 'extracorporeal_shockwave_plantar_fasciitis_investigational_denial': an invented commercial plan refuses
extracorporeal shockwave therapy (ESWT, CPT 28890) for chronic plantar fasciitis as investigational under its
medical policy, while paying the podiatrist's office visits and X-rays.

Documents: the member claim denial letter (born digital, shaded left sidebar of facts, a stated appeal-by date);
a Spanish claim denial notice (scan); a three-claim EOB with only the shockwave claim refused (low resolution); a
standard-fax stack (typed cover, the plan's provider claim notice, the plan's request for records on the appeal,
blank back page); the upheld first-level appeal told in sentences (photocopy); the podiatry practice's statement
of four visits, only the shockwave visit refused by the plan (phone photo, denies nothing); the second-level
appeal decision with only external review left (sideways). Everything invented. Decoys: DOB, NPI, tax ID,
account numbers, other visits and claims, received dates, processing period, 72-hour, 30-day and 4-month limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fpdf import FPDF
from inv_kit import truth
from public_kit import Page, m2, money, out

FAMILY = "extracorporeal_shockwave_plantar_fasciitis_investigational_denial"
LANG = "en"
SEED = 346400

PLAN = {"org": "Kittatinny Health Assurance", "addr": "PO Box 2290, Easton, PA 18044", "phone": "1-855-403-7718",
        "fax": "1-855-403-7790"}
POD = ("Leticia R. Haverford, DPM", "Leticia R. Haverford", "Slate Belt Foot & Ankle Clinic")
IMG = "Lehigh Gap Imaging"
PEOPLE = ["Harriet V. Kessler", "Naomi B. Lomax", "Ingrid S. Oduya", "Yolanda C. Prescott", "Brianna M. Rutledge",
          "Odette F. Winslow", "Mei A. Tanaka"]
PEOPLE_ES = ["Xiomara L. Benítez"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, s):
    if s == "es":
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "upper": d.strftime("%d-%b-%Y").upper(), "dash": d.strftime("%m-%d-%Y"),
            "abbr": d.strftime("%b %-d, %Y"), "dmyl": d.strftime("%-d %B %Y"), "short": d.strftime("%m/%d/%y")}[s]


def base(r):
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 130))
    eswt = notice - dt.timedelta(days=r.randint(24, 40))
    return dict(notice=notice, eswt=eswt, clm="KHA" + dg(r, 11), mid="KT" + dg(r, 9), group="PA" + dg(r, 5),
                dob=dt.date(r.randint(1955, 1988), r.randint(1, 12), r.randint(1, 28)), npi="1" + dg(r, 9),
                charge=round(r.choice([975, 1050, 1150, 1240, 1325]) + r.choice([0, 0.5, 0.75]), 2),
                recv=eswt + dt.timedelta(days=r.randint(5, 10)), acct="SB" + dg(r, 6))


def letterhead(p, sub):
    p.f(15, "B")
    p.cell(0, 7.5, PLAN["org"].upper(), new_x="LMARGIN", new_y="NEXT")
    p.line(sub, 9)
    p.line(f"{PLAN['addr']}   Member Services {PLAN['phone']}   TTY 711", 8)
    y = p.get_y() + 1.5
    FPDF.line(p, p.l_margin, y, p.w - p.r_margin, y)
    p.ln(6)


def denial_bd(f):
    p = Page(footer="Page {n} of {nb}", footer_left="KHA-CLM-DN 2026")
    p.add_page()
    letterhead(p, "Claims Determination Notice")
    top = p.get_y()
    p.set_fill_color(228, 232, 236)
    p.rect(p.l_margin, top, 58, 112, style="F")
    rows = [("NOTICE DATE", fd(f["notice"], "abbr")), ("MEMBER", f["member"]), ("MEMBER ID", f["mid"]),
            ("GROUP", f["group"]), ("DATE OF BIRTH", fd(f["dob"], "abbr")), ("CLAIM NUMBER", f["clm"]),
            ("CLAIM RECEIVED", fd(f["recv"], "abbr")), ("DATE OF SERVICE", fd(f["eswt"], "abbr")),
            ("PROVIDER", POD[0]), ("AMOUNT BILLED", money(f["charge"])),
            ("APPEAL BY", fd(f["notice"] + dt.timedelta(days=180), "abbr"))]
    y = top + 3
    for k, v in rows:
        p.set_xy(p.l_margin + 3, y)
        p.f(6.8, "B")
        p.cell(52, 3.4, k)
        p.set_xy(p.l_margin + 3, y + 3.6)
        p.f(8.8)
        p.cell(52, 4.4, v)
        y += 10
    p.set_left_margin(p.l_margin + 64)
    p.set_xy(p.l_margin, top)
    p.para(f"{f['member']}\n{f['street']}\nBethlehem, PA 18017", 10)
    p.ln(2)
    p.heading("We did not approve payment for this service", 12)
    p.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]},", 10)
    p.para("We reviewed the claim described at the left for extracorporeal shockwave therapy (CPT 28890) to the "
           "plantar fascia of your right foot. The claim is denied.", 9.8)
    p.para("Reason: Medical Policy MP-PODI-019 considers extracorporeal shockwave therapy for plantar fasciitis "
           "investigational. Published studies have not shown that it improves long-term pain or function "
           "compared with standard treatment. Services that are investigational are excluded from coverage "
           "under your plan (Certificate of Coverage, Section 7.4).", 9.8)
    p.para("The office visits and X-rays from the same provider were processed separately and are shown on your "
           "Explanation of Benefits.", 9.8)
    p.heading("How to appeal", 11)
    p.para("Send your written appeal to the address above so that we receive it by the date shown under APPEAL BY. "
           "If your situation is urgent we will decide an expedited appeal within 72 hours. You may ask for an "
           "external review within 4 months after our final internal decision.", 9.3)
    p.set_left_margin(18)
    return out(p)


def spanish(f):
    p = Page(footer="Página {n} de {nb}", footer_left="KHA-CLM-DN-ES")
    p.add_page()
    letterhead(p, "Aviso de determinación de reclamación")
    p.para(f"{f['member']}\n{f['street']}\nAllentown, PA 18102", 10)
    p.ln(1)
    p.heading("AVISO DE DENEGACIÓN DE RECLAMACIÓN", 12.5, rule=True)
    p.pairs([("Fecha del aviso", fd(f["notice"], "es")), ("Afiliada", f["member"]), ("Nº de afiliado", f["mid"]),
             ("Grupo", f["group"]), ("Fecha de nacimiento", fd(f["dob"], "es")),
             ("Número de reclamación", f["clm"]), ("Fecha del servicio", fd(f["eswt"], "es")),
             ("Proveedor", POD[0]), ("Servicio", "28890 Terapia de ondas de choque extracorpóreas"),
             ("Monto facturado", money(f["charge"]))], 52, 9.5)
    p.ln(2)
    p.heading("Motivo de la denegación", 11)
    p.para("Según la Política Médica MP-PODI-019, la terapia de ondas de choque extracorpóreas para la fascitis "
           "plantar se considera experimental o en investigación. Los servicios en investigación no están "
           "cubiertos por su plan.", 9.8)
    p.heading("Su derecho a apelar", 11)
    p.para("Usted puede apelar esta decisión dentro de 180 días a partir de la fecha de este aviso. Si su caso es "
           "urgente, decidiremos una apelación acelerada en 72 horas. Después de nuestra decisión final, puede "
           "pedir una revisión externa independiente dentro de 4 meses.", 9.5)
    p.para(f"Llame a Servicios al Miembro al {PLAN['phone']} (TTY 711). Este aviso está disponible en inglés.", 9)
    return out(p)


def eob(f):
    p = Page(footer="Page {n} of {nb}", footer_left="KHA-EOB")
    p.add_page()
    letterhead(p, "EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    p.pairs([("Statement date", fd(f["notice"], "upper")), ("Member", f["member"]), ("Member ID", f["mid"]),
             ("Group", f["group"]), ("Claims processed", f["period"])], 38, 9)
    p.ln(3)
    for cl, prov, d, code, desc, ch, allowed, paid, you, note in f["claims"]:
        p.f(8.8, "B")
        p.cell(0, 5.5, f"Claim number {cl}    Provider: {prov}", new_x="LMARGIN", new_y="NEXT")
        p.table(["Date of service", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Remark"],
                [[fd(d, "upper"), code, desc, money(ch, "flat"), money(allowed, "flat"), money(paid, "flat"),
                  money(you, "flat"), note]], [24, 14, 52, 20, 18, 18, 18, 14], size=7.8)
    p.heading("Remarks", 10)
    p.para("01 - Processed at the in-network rate. Your copay or coinsurance is shown under You owe.", 8.3)
    p.para("IV - Denied. The service is investigational under Medical Policy MP-PODI-019 and is not covered. The "
           "provider may bill you for this amount. You may appeal within 180 days of the date of this statement.",
           8.3)
    return out(p)


def provider_notice(f):
    p = Page(footer="Page {n} of {nb}", footer_left="KHA-PRV-CN")
    p.add_page()
    letterhead(p, "Provider Claims Notification")
    p.pairs([("Date", fd(f["notice"], "dash")), ("Provider", POD[0]), ("Practice", POD[2]), ("NPI", f["npi"]),
             ("Patient", f["member"]), ("Member #", f["mid"]), ("Patient DOB", fd(f["dob"], "dash")),
             ("Claim #", f["clm"]), ("DOS", fd(f["eswt"], "dash")), ("Procedure", "28890 ESWT, plantar fascia"),
             ("Billed", money(f["charge"])), ("Status", "DENIED - investigational (MP-PODI-019)")], 34, 9.5)
    p.ln(3)
    p.para("The member may be billed for this service. A provider appeal, with the member's written consent, "
           "may be submitted within 180 days of the date of this notification. Corrected claims are due within "
           "90 days of the date of service.", 9)
    return out(p)


def records_req(f):
    p = Page(footer=None)
    p.add_page()
    letterhead(p, "Appeals Department - Request for Medical Records")
    p.line(fd(f["rr"], "dash"), 10)
    p.ln(2)
    p.para(f"{POD[0]}\n{POD[2]}\n455 Northampton Street, Easton, PA 18042", 10)
    p.pairs([("Re", f"Appeal {f['apl']} - claim {f['clm']}"), ("Member", f"{f['member']}  ID {f['mid']}"),
             ("Date of service", fd(f["eswt"], "dash"))], 34, 9.5)
    p.ln(2)
    p.para("We received an appeal for the claim above. To complete our review, please send the office notes for "
           "the last six months, the treatment plan, and documentation of prior conservative treatment "
           "(stretching, orthotics, night splints, injections). Please send the records within 30 days of the "
           f"date of this letter to fax {PLAN['fax']}. This letter is not a decision on the appeal.", 9.8)
    p.para("Appeals Coordinator", 10)
    return out(p)


def upheld_prose(f):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p, "Appeals Department")
    p.line(fd(f["notice"], "dmyl"), 10)
    p.ln(3)
    p.para(f"{f['member']}\n{f['street']}\nEaston, PA 18045", 10)
    p.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    p.para(f"This letter is about your appeal number {f['apl']}, which we received on {fd(f['recv2'], 'dmyl')}. "
           f"You asked us to pay claim {f['clm']} for the shockwave therapy {POD[1]} gave you on "
           f"{fd(f['eswt'], 'dmyl')}, billed at {money(f['charge'])}. Your member ID is {f['mid']} and your "
           f"group number is {f['group']}.", 10)
    p.para("A podiatric surgeon who did not take part in the first decision reviewed the office notes and the "
           "studies your provider sent. Our medical policy still considers extracorporeal shockwave therapy for "
           "plantar fasciitis investigational, so it is not covered. We are upholding the denial.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. After that you may "
           "ask for an external review by an independent organization within 4 months. If your health could be "
           f"harmed by waiting, an urgent appeal is decided within 72 hours. Call us at {PLAN['phone']}.", 10)
    p.para("Sincerely,\n\nAppeals Department", 10)
    return out(p)


def statement(f):
    p = Page(footer=None)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, POD[2], new_x="LMARGIN", new_y="NEXT")
    p.line(f"455 Northampton Street, Easton, PA 18042  -  (610) 555-0163  -  Tax ID 23-{f['tax']}", 8.5)
    p.ln(4)
    p.line("STATEMENT OF ACCOUNT", 12, "B")
    p.ln(1)
    p.pairs([("Statement date", fd(f["stmt"], "short")), ("Account", f["acct"]), ("Patient", f["member"]),
             ("Rendering", POD[0]), ("Primary insurance", f"{PLAN['org']}  ID {f['mid']}")], 40, 9.3)
    p.ln(2)
    rows = []
    for d, code, desc, ch, ins, bal in f["lines"]:
        rows.append([fd(d, "short"), code, desc, money(ch, "nosign"), ins, money(bal, "nosign")])
    p.table(["Date", "Code", "Description", "Charge", "Insurance", "Your part"], rows, [20, 16, 66, 22, 34, 22],
            size=8, aligns=["L", "L", "L", "R", "L", "R"])
    p.pairs([("Total charges", money(f["total"])), ("Insurance paid", money(f["paid"])),
             ("Balance due", money(f["bal"]))], 40, 9.5, x=110)
    p.ln(3)
    p.para(f"* Shockwave therapy on {fd(f['eswt'], 'short')} was denied by your insurance as investigational "
           f"(their claim {f['clm']}). You signed our financial policy before treatment. Please pay within 30 days "
           "or call us to set up a plan.", 8.8)
    return out(p)


def second_level(f):
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    letterhead(p, "Second-Level Appeal Committee")
    p.heading("FINAL INTERNAL APPEAL DECISION", 12.5, rule=True)
    p.boxed_pairs([("Decision date", fd(f["notice"], "iso")), ("Member", f["member"]), ("Member ID", f["mid"]),
                   ("Group", f["group"]), ("Appeal number", f["apl2"]), ("Claim number", f["clm"]),
                   ("Service", "28890 Extracorporeal shockwave therapy"), ("Date of service", fd(f["eswt"], "iso")),
                   ("Treating provider", POD[0]), ("Charges", money(f["charge"], "nosign")),
                   ("Committee decision", "Original denial upheld")], 50, 9.3)
    p.para("The committee, which included a board-certified podiatrist, found that the service remains "
           "investigational under Medical Policy MP-PODI-019 and is excluded under your plan. This is our final "
           "internal decision. You have no further internal appeal.", 9.8)
    p.heading("External review", 10.5)
    p.para("You may ask for an external review by an Independent Review Organization within 4 months of the date "
           "you receive this letter. Expedited external reviews are decided within 72 hours.", 9.3)
    return out(p)


ITEMS = [("bd_member_denial_sidebar", "born_digital", "bd"),
         ("scan300_aviso_denegacion_es", "scan_clean_300", "es"),
         ("lowres_eob_three_claims_eswt_denied", "scan_lowres_150", "eob"),
         ("faxstd_stack_provider_notice_records_request", "fax_standard_g4", "stack"),
         ("copy_upheld_appeal_prose", "photocopy", "upheld"),
         ("photo_podiatry_statement_four_visits", "phone_photo", "stmt"),
         ("rotated_final_appeal_decision", "rotated", "final")]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r)
        f["member"] = PEOPLE_ES[0] if kind == "es" else PEOPLE[i]
        f["street"] = f"{r.randint(100, 9800)} {r.choice(['Sullivan Trail', 'Freemansburg Ave', 'Wood Ave'])}"
        name = f"{FAMILY}_{suffix}"
        nd, sd = f["notice"].isoformat(), f["eswt"].isoformat()
        d180 = (f["notice"] + dt.timedelta(days=180)).isoformat()
        alt_p = [POD[0], POD[2]]
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"], provider=POD[1])
        dalt = ["not_covered"]
        if kind == "bd":
            t = truth("denial_letter", "experimental", group_number=f["group"], case_numbers=[f["clm"]],
                      claim_amount=m2(f["charge"]), service_dates=[sd], denial_date=nd, appeal_deadline=d180,
                      alternates={"provider": alt_p}, denial_alternates=dalt, **common)
            items.append(Item(name, cond, [(denial_bd(f), t)]))
        elif kind == "es":
            t = truth("denial_letter", "experimental", lang="es", group_number=f["group"], case_numbers=[f["clm"]],
                      claim_amount=m2(f["charge"]), service_dates=[sd], denial_date=nd, appeal_deadline=d180,
                      alternates={"provider": alt_p}, denial_alternates=dalt, **common)
            items.append(Item(name, cond, [(spanish(f), t)]))
        elif kind == "eob":
            f["period"] = f"{fd(f['notice'] - dt.timedelta(days=30), 'upper')} - {fd(f['notice'] - dt.timedelta(days=1), 'upper')}"
            first = f["eswt"] - dt.timedelta(days=r.randint(20, 30))
            c_ov = ("KHA" + dg(r, 11), POD[2], first, "99203", "New patient office visit", 238.00, 121.40, 91.40,
                    30.00, "01")
            c_xr = ("KHA" + dg(r, 11), IMG, first + dt.timedelta(days=2), "73630", "X-ray foot, 3 views", 164.50,
                    58.12, 46.50, 11.62, "01")
            c_sw = (f["clm"], POD[2], f["eswt"], "28890", "ESWT plantar fascia, high energy", f["charge"], 0.0, 0.0,
                    f["charge"], "IV")
            f["claims"] = [c_ov, c_xr, c_sw]
            t = truth("eob", "experimental", group_number=f["group"], case_numbers=[f["clm"]],
                      claim_amount=m2(f["charge"]), service_dates=[sd], denial_date=nd, appeal_deadline=d180,
                      denial_alternates=dalt, alternates={"provider": [POD[1], POD[0]]},
                      **{**common, "provider": POD[2]})
            items.append(Item(name, cond, [(eob(f), t)]))
        elif kind == "stack":
            f["rr"] = f["notice"] + dt.timedelta(days=r.randint(24, 34))
            f["apl"] = "KAP-" + dg(r, 7)
            t1 = truth("denial_letter", "experimental", case_numbers=[f["clm"]], claim_amount=m2(f["charge"]),
                       service_dates=[sd], denial_date=nd, appeal_deadline=d180, alternates={"provider": alt_p},
                       denial_alternates=dalt, **common)
            t2 = truth("other", None, case_numbers=[f["apl"], f["clm"]], service_dates=[sd],
                       denial_date=f["rr"].isoformat(), alternates={"provider": alt_p}, **common)
            items.append(Item(name, cond, [(provider_notice(f), t1), (records_req(f), t2)],
                              separators=["cover", "duplex"]))
        elif kind == "upheld":
            f["apl"] = "KAP-" + dg(r, 7)
            f["recv2"] = f["notice"] - dt.timedelta(days=r.randint(15, 25))
            f["eswt"] = f["recv2"] - dt.timedelta(days=r.randint(40, 60))
            t = truth("denial_letter", "experimental", group_number=f["group"], case_numbers=[f["apl"], f["clm"]],
                      claim_amount=m2(f["charge"]), service_dates=[f["eswt"].isoformat()], denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
                      alternates={"provider": alt_p}, denial_alternates=dalt, **common)
            items.append(Item(name, cond, [(upheld_prose(f), t)]))
        elif kind == "stmt":
            f["tax"] = dg(r, 7)
            first = f["eswt"] - dt.timedelta(days=r.randint(21, 28))
            f2 = f["eswt"] + dt.timedelta(days=r.randint(20, 28))
            f["lines"] = [(first, "99203", "New patient visit", 238.00, "Paid", 30.00),
                          (first, "73630", "X-ray foot, 3 views (in office)", 121.00, "Paid", 8.40),
                          (f["eswt"], "28890", "Shockwave therapy, plantar fascia *", f["charge"], "DENIED",
                           f["charge"]),
                          (f2, "99213", "Follow-up visit", 146.00, "Paid", 30.00)]
            f["total"] = round(sum(x[3] for x in f["lines"]), 2)
            f["bal"] = round(sum(x[5] for x in f["lines"]), 2)
            f["paid"] = round(f["total"] - f["bal"], 2)
            f["stmt"] = f2 + dt.timedelta(days=r.randint(12, 20))
            t = truth("other", None, case_numbers=[f["clm"]], claim_amount=m2(f["charge"]), service_dates=[sd],
                      denial_date=f["stmt"].isoformat(), unscored=["insurer"],
                      alternates={"provider": [POD[1], POD[0]], "claim_amount": [m2(f["total"])],
                                  "service_dates": [sorted({first.isoformat(), sd, f2.isoformat()})],
                                  "case_numbers": [[]]},
                      **{**common, "provider": POD[2]})
            items.append(Item(name, cond, [(statement(f), t)]))
        else:
            f["apl2"] = "KAP2-" + dg(r, 7)
            t = truth("denial_letter", "experimental", group_number=f["group"], case_numbers=[f["apl2"], f["clm"]],
                      claim_amount=m2(f["charge"]), service_dates=[sd], denial_date=nd,
                      alternates={"provider": alt_p}, denial_alternates=dalt, **common)
            items.append(Item(name, cond, [(second_level(f), t)]))
    return items
