"""Family 'vertebral_body_tethering_scoliosis_investigational_denial': an invented commercial plan refuses
anterior vertebral body tethering (VBT, CPT 22836/22837) for a teenager with adolescent idiopathic scoliosis as
experimental / investigational under its medical policy.

Documents: the plan's pre-service denial (born digital, label column and a request table); the pediatric spine
surgeon's letter of medical necessity to the plan (denies nothing); a fine-fax stack of a cover, the plan's
physician peer review summary keeping the denial and the plan's acknowledgement of the family's appeal; a denial
told only in sentences (photocopy); the appeal decision that overturns the denial (phone photo); a Spanish
denial turned sideways; a member EOB with three claims where only the surgeon's tethering claim is refused
(low resolution). Everything invented. Decoys: DOB, NPI, Cobb angles, received dates, policy and form numbers,
subscriber (parent) vs patient, 72-hour and external-review limits, other claims, account numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "vertebral_body_tethering_scoliosis_investigational_denial"
LANG = "en"
SEED = 339700

PLAN = {"org": "Quillmark Health Partners", "addr": "PO Box 4410, Ashby Falls, OR 97399",
        "phone": "1-877-640-2218", "fax": "1-877-640-2290", "web": "quillmarkhealth.example"}
SURGEON = ("Imogen R. Castellane, MD", "Imogen R. Castellane", "Ferncliff Children's Spine Center")
HOSPITAL = "Ferncliff Children's Hospital"
KIDS = [("Lena Q. Abernathy", "Marcus Abernathy"), ("Tobias J. Winslow", "Harriet Winslow"),
        ("Sadie M. Prescott", "Colin Prescott"), ("Owen P. Lindgren", "Ingrid Lindgren"),
        ("Ruby K. Nakamura", "Kenji Nakamura"), ("Itzel A. Montalvo", "Ramón Montalvo"),
        ("Maisie D. Rutledge", "Wendell Rutledge")]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 130))
    return dict(notice=notice, surg=notice + dt.timedelta(days=r.randint(21, 50)),
                recv=notice - dt.timedelta(days=r.randint(5, 13)), req="PR-26-" + dg(r, 6),
                mid="QHP" + dg(r, 8) + "-0" + str(r.randint(2, 4)), group="GRP " + dg(r, 6),
                plan="QH-SEL-" + r.choice(["2000", "3500", "1000"]),
                dob=dt.date(r.randint(2010, 2013), r.randint(1, 12), r.randint(1, 28)), npi="1" + dg(r, 9),
                cobb=r.randint(36, 52), acct="FCS" + dg(r, 7), appeal="APL-" + dg(r, 7))


def letterhead(p, dept="Utilization Management"):
    p.line(PLAN["org"], 17, "B")
    p.line(f"{dept}  ·  {PLAN['addr']}", 8.5)
    p.line(f"Member Services {PLAN['phone']} (TTY 711)  ·  Fax {PLAN['fax']}  ·  {PLAN['web']}", 8.5)
    p.ln(5)


def addr_block(p, f):
    p.para(f"To the parent or guardian of\n{f['member']}\n{f['street']}\nAshby Falls, OR 97391", 10)


def denial_bd(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="QHP-UM-ADV-INV 11/2025")
    p.add_page()
    letterhead(p)
    p.pairs([("Notice date", fd(f["notice"], ds)), ("Review ID", f["req"])], 30, 9.5)
    p.ln(2)
    addr_block(p, f)
    p.heading("Notice of Adverse Benefit Determination: Investigational Service", 12.5, rule=True)
    p.boxed_pairs([("Patient", f["member"]), ("Subscriber", f["parent"]), ("Member ID", f["mid"]),
                   ("Group", f["group"]), ("Plan ID", f["plan"]), ("Patient date of birth", fd(f["dob"], "slash")),
                   ("Requesting surgeon", f"{SURGEON[0]}  NPI {f['npi']}"),
                   ("Request received", fd(f["recv"], ds))], 48, 9)
    p.table(["Service requested", "Code", "Planned date", "Place", "Determination"],
            [["Vertebral body tethering, thoracic", "22836", fd(f["surg"], ds), "Inpatient hospital", "Denied"]],
            [64, 14, 30, 44, 28], size=8.2)
    p.heading("Reason for our decision", 11)
    p.para(f"Our medical policy QHP-MP-0714 (Spinal Tethering for Scoliosis) considers anterior vertebral body "
           f"tethering experimental/investigational. The device has a Humanitarian Device Exemption only, and "
           f"published studies do not yet show long-term outcomes equal to spinal fusion. A board-certified "
           f"orthopaedic surgeon reviewed the records (major curve {f['cobb']} degrees, Risser 1). Because the "
           f"service is investigational, it is not covered under your plan.", 9.3)
    p.heading("Your right to appeal", 11)
    p.para(f"You may ask for an appeal within 180 days of the date of this notice. Send a letter and any records "
           f"to Appeals Unit, {PLAN['addr']}, or fax {PLAN['fax']}. If waiting could seriously harm the patient's "
           "health, ask for an expedited appeal; we answer those within 72 hours. After our final internal "
           "decision you may ask for an independent external review within 4 months.", 9)
    return out(p)


def surgeon_letter(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(SURGEON[2], 15, "B")
    p.line("Division of Pediatric Orthopaedics  ·  1180 Wrenfield Avenue, Ashby Falls, OR 97394", 8.5)
    p.line("Clinic 1-866-512-0437  ·  Fax 1-866-512-0499", 8.5)
    p.ln(6)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    p.para(f"{PLAN['org']}\nAttn: Utilization Management / Medical Director\n{PLAN['addr']}", 10)
    p.line("RE: LETTER OF MEDICAL NECESSITY", 10.5, "B")
    p.pairs([("Patient", f["member"]), ("DOB", fd(f["dob"], "slash")), ("Insurance ID", f["mid"]),
             ("Prior auth request", f["req"]), ("Procedure", "Vertebral body tethering (22836)"),
             ("Surgery date requested", fd(f["surg"], ds)), ("Clinic account", f["acct"])], 48, 9.5,
            bold_label=False)
    p.ln(2)
    p.para("Dear Medical Director,", 10)
    p.para(f"I am writing on behalf of my patient, who has progressive adolescent idiopathic scoliosis. Despite "
           f"full-time bracing for 14 months the thoracic curve has progressed from 31 to {f['cobb']} degrees. The "
           "patient remains skeletally immature (Risser 1, open triradiate cartilage), which is exactly the window in "
           "which growth modulation can correct the curve while preserving motion.", 10)
    p.para("Fusion would permanently stiffen seven to nine levels of a young spine. Tethering offers a motion-"
           "sparing alternative, and our center has performed more than 120 of these procedures with outcomes "
           "reported in peer-reviewed journals. I respectfully ask that the request be approved.", 10)
    p.para(f"Sincerely,\n\n\n{SURGEON[0]}\nDirector, Pediatric Spine Program   NPI {f['npi']}", 10)
    return out(p)


def peer_review(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="QHP-PR-02")
    p.add_page()
    letterhead(p, "Medical Management")
    p.line("PHYSICIAN PEER REVIEW SUMMARY", 13, "B")
    p.ln(1)
    p.pairs([("Summary date", fd(f["notice"], ds)), ("Review ID", f["req"]), ("Patient", f["member"]),
             ("ID #", f["mid"]), ("Treating surgeon", SURGEON[0]), ("Surgeon NPI", f["npi"]),
             ("Procedure", "VBT, CPT 22836 / 22837"), ("Proposed surgery", fd(f["surg"], ds)),
             ("Peer call held", fd(f["call"], ds)), ("Reviewer", "Board-certified orthopaedic spine surgeon")],
            44, 9.3)
    p.ln(2)
    p.para(f"On the call {SURGEON[1]} described the curve progression despite bracing and the center's experience. "
           "The reviewer agreed the patient is a candidate for surgical correction but explained that tethering "
           "remains investigational under policy QHP-MP-0714 and that spinal fusion would be covered if requested.",
           9.5)
    p.para("Outcome: the adverse determination is upheld. The request remains denied as experimental/investigational.",
           9.5)
    p.para(f"The member may file a first-level appeal no later than {fd(f['dl'], ds)} (180 days from the initial "
           "notice). Urgent appeals are decided within 72 hours.", 9.5)
    return out(p)


def ack(f, ds):
    p = Page(footer=None, footer_left="QHP-APL-ACK")
    p.add_page()
    letterhead(p, "Appeals Unit")
    p.line(fd(f["ackd"], ds), 10)
    p.ln(2)
    addr_block(p, f)
    p.line("We received your appeal", 12, "B")
    p.pairs([("Appeal number", f["appeal"]), ("Original review", f["req"]), ("Patient", f["member"]),
             ("Member ID", f["mid"]), ("Appeal received", fd(f["ackr"], ds))], 38, 9.5)
    p.ln(2)
    p.para("This letter confirms that we have your appeal about vertebral body tethering. A surgeon who did not "
           "take part in the first decision will review it, and we will send you our decision within 30 days of "
           "the date we received the appeal. You may send more records at any time before then. This letter is "
           "not a decision.", 10)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(4)
    p.para(f"{f['parent']}\n{f['street']}\nAshby Falls, OR 97391", 10)
    p.para(f"Dear {f['parent']}:", 10)
    p.para(f"We reviewed the request from {SURGEON[1]} at {SURGEON[2]} for spinal tethering surgery for your "
           f"son, {f['member']}, which is planned for {fd(f['surg'], ds)} at {HOSPITAL}. We gave the request "
           f"review number {f['req']}, and it is filed under your son's member number {f['mid']}.", 10)
    p.para("We are sorry, but we are not able to cover this surgery. Our medical policy considers vertebral "
           "body tethering to be experimental and investigational because there is not yet enough long-term "
           "evidence that it works as well as spinal fusion, and your plan does not cover investigational "
           "services.", 10)
    p.para(f"If you disagree, you can appeal within 180 days of the date of this letter. Write to us at the address "
           f"above or call {PLAN['phone']}. If your son's health could be seriously harmed by waiting, ask us for "
           "a fast appeal and we will decide it within 72 hours.", 10)
    p.para("Sincerely,\nUtilization Management Department", 10)
    return out(p)


def overturn(f, ds):
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    letterhead(p, "Appeals Unit")
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr_block(p, f)
    p.heading("Appeal decision: OVERTURNED", 13.5)
    p.pairs([("Patient", f["member"]), ("Member #", f["mid"]), ("Group #", f["group"]),
             ("Appeal no.", f["appeal"]), ("Original review", f["req"]), ("Surgeon", SURGEON[0]),
             ("Facility", HOSPITAL), ("Approved service", "Vertebral body tethering (22836)"),
             ("Surgery date", fd(f["surg"], ds)), ("Authorized inpatient days", "3")], 46, 9.5)
    p.ln(2)
    p.para("An independent orthopaedic spine surgeon reviewed your appeal with the new records and the surgeon's "
           "letter. Given your child's skeletal immaturity and failed bracing, we have reversed our earlier "
           "decision and approved the surgery. The authorization is valid for 120 days. You do not need to do "
           "anything else.", 10)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="QHP-UM-ADV-SP")
    p.add_page()
    letterhead(p, "Gestión de Utilización")
    p.line(f"Fecha del aviso: {fd(f['notice'], 'es')}", 10)
    p.ln(2)
    p.para(f"Al padre, madre o tutor de\n{f['member']}\n{f['street']}\nAshby Falls, OR 97391", 10)
    p.heading("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, rule=True)
    p.pairs([("Paciente", f["member"]), ("Núm. de miembro", f["mid"]), ("Grupo", f["group"]),
             ("Núm. de revisión", f["req"]), ("Cirujano", SURGEON[0]),
             ("Fecha prevista de la cirugía", fd(f["surg"], "es")),
             ("Fecha de nacimiento", f["dob"].strftime("%d/%m/%Y"))], 56, 9.5)
    p.ln(2)
    p.para("Negamos la solicitud de anclaje del cuerpo vertebral (tethering, código 22836). Nuestra política "
           "médica QHP-MP-0714 considera este procedimiento experimental o en investigación, y su plan no cubre "
           "servicios en investigación.", 10)
    p.para("Puede apelar dentro de los 180 días a partir de la fecha de este aviso. Si la salud del paciente corre "
           "peligro, pida una apelación acelerada (72 horas). Después puede pedir una revisión externa dentro de "
           "4 meses.", 10)
    return out(p)


def eob(f, ds):
    p = Page(footer="{n}/{nb}", footer_left="QHP-EOB-M")
    p.add_page()
    p.line(PLAN["org"], 15, "B")
    p.line("Explanation of Benefits  ·  This is not a bill", 11, "B")
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Subscriber", f["parent"]), ("Patient", f["member"]),
             ("Member ID", f["mid"]), ("Group", f["group"])], 30, 9)
    p.ln(2)
    rows = [[cl, prov, fd(d, ds), desc, money(ch, "nosign"), money(paid, "nosign"), note]
            for cl, prov, d, desc, ch, paid, note in f["claims"]]
    p.table(["Claim", "Provider", "Date of service", "Service", "Charged", "Plan paid", "Code"], rows,
            [25, 43, 24, 40, 19, 17, 12], size=7.4)
    p.para("X41 - Experimental or investigational procedure (medical policy QHP-MP-0714). The surgeon's claim was "
           "denied; you may appeal within 180 days of the date of this statement. Claims received 02/01 through "
           "02/28.", 8)
    p.para("Codes left blank were paid under your plan's in-network benefit.", 8)
    return out(p)


ITEMS = [
    ("bd_adverse_determination_label_column", "born_digital", "bd", "long"),
    ("scan300_surgeon_letter_of_medical_necessity", "scan_clean_300", "lmn", "long"),
    ("faxfine_stack_peer_review_appeal_ack", "fax_fine_g4", "stack", "slash"),
    ("copy_denial_prose_only", "photocopy", "prose", "abbr"),
    ("photo_appeal_overturned", "phone_photo", "overturn", "dmy"),
    ("rotated_aviso_es", "rotated", "es", "es"),
    ("lowres_eob_three_claims_surgeon_denied", "scan_lowres_150", "eob", "updash"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r)
        f["member"], f["parent"] = KIDS[i]
        f["street"] = f"{r.randint(100, 9800)} Larchmont Row"
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl = (f["notice"] + dt.timedelta(days=180)).isoformat()
        surg = [f["surg"].isoformat()]
        alt = {"provider": [SURGEON[2]]}
        if kind == "bd":
            t = truth("denial_letter", "experimental", insurer=PLAN["org"], plan_id=f["plan"],
                      group_number=f["group"], member_id=f["mid"], member_name=f["member"], case_numbers=[f["req"]],
                      service_dates=surg, denial_date=nd, provider=SURGEON[1], appeal_deadline=dl, alternates=alt)
            items.append(Item(name, cond, [(denial_bd(f, ds), t)]))
        elif kind == "lmn":
            t = truth("other", None, insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"],
                      case_numbers=[f["req"]], service_dates=surg, denial_date=nd, provider=SURGEON[1],
                      alternates=alt, unscored=["insurer"])
            items.append(Item(name, cond, [(surgeon_letter(f, ds), t)]))
        elif kind == "stack":
            f["call"] = f["notice"] - dt.timedelta(days=2)
            orig = f["notice"] - dt.timedelta(days=r.randint(8, 15))
            f["dl"] = orig + dt.timedelta(days=180)
            f["ackr"] = f["notice"] + dt.timedelta(days=r.randint(6, 12))
            f["ackd"] = f["ackr"] + dt.timedelta(days=2)
            t1 = truth("denial_letter", "experimental", insurer=PLAN["org"], member_id=f["mid"],
                       member_name=f["member"], case_numbers=[f["req"]], service_dates=surg, denial_date=nd,
                       provider=SURGEON[1], appeal_deadline=f["dl"].isoformat(), alternates=alt)
            t2 = truth("other", None, insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"],
                       case_numbers=[f["appeal"], f["req"]], denial_date=f["ackd"].isoformat())
            items.append(Item(name, cond, [(peer_review(f, ds), t1), (ack(f, ds), t2)],
                              separators=["cover", None]))
        elif kind == "prose":
            t = truth("denial_letter", "experimental", insurer=PLAN["org"], member_id=f["mid"],
                      member_name=f["member"], case_numbers=[f["req"]], service_dates=surg, denial_date=nd,
                      provider=SURGEON[1], appeal_deadline=dl, alternates=alt)
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        elif kind == "overturn":
            t = truth("other", None, insurer=PLAN["org"], group_number=f["group"], member_id=f["mid"],
                      member_name=f["member"], case_numbers=[f["appeal"], f["req"]], service_dates=surg,
                      denial_date=nd, provider=SURGEON[1], alternates={"provider": [SURGEON[2]],
                                                                       "service_dates": [[]]})
            items.append(Item(name, cond, [(overturn(f, ds), t)]))
        elif kind == "es":
            t = truth("denial_letter", "experimental", lang="es", insurer=PLAN["org"], group_number=f["group"],
                      member_id=f["mid"], member_name=f["member"], case_numbers=[f["req"]], service_dates=surg,
                      denial_date=nd, provider=SURGEON[1], appeal_deadline=dl)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
        else:
            r2 = random.Random(SEED + 70)
            sd = f["notice"] - dt.timedelta(days=r.randint(24, 40))
            fee = 9800 + r.randint(0, 4000) + 0.50
            cl = "Q" + dg(r, 11)
            f["claims"] = [("Q" + dg(r2, 11), "Ashby Falls Imaging", sd - dt.timedelta(days=20),
                            "Scoliosis X-ray, 2 views", 186.00, 148.80, ""),
                           ("Q" + dg(r2, 11), "Stride Orthotics & Prosth.", sd - dt.timedelta(days=11),
                            "Brace adjustment", 95.00, 76.00, ""),
                           (cl, "Imogen R. Castellane MD", sd, "VBT thoracic 22836", fee, 0.00, "X41")]
            t = truth("eob", "experimental", insurer=PLAN["org"], group_number=f["group"], member_id=f["mid"],
                      member_name=f["member"], case_numbers=[cl], claim_amount=m2(fee), service_dates=[sd.isoformat()],
                      denial_date=nd, provider=SURGEON[1], appeal_deadline=dl, alternates=alt)
            items.append(Item(name, cond, [(eob(f, ds), t)]))
    return items
