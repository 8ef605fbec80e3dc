"""Family 'liver_transplant_center_of_excellence_network_denial': an invented commercial plan refusing a liver
transplant evaluation at a transplant center that is not in its designated Center of Excellence (COE) network,
then approving the evaluation at a designated center.

Documents: a born-digital member pre-service denial; the non-designated transplant center's letter to the patient
(denies nothing); a standard-fax stack (driver's cover, the plan's provider notification to the center, the
plan's nurse case manager letter with the duplex back of its sheet); a Spanish member notice photographed; the
approval at the designated center (photocopy); a 150 dpi EOB with several claims of which only the
non-designated center's evaluation claim is denied; the upheld appeal told only in sentences (sideways).
All values invented; phones 1-555. Decoys: DOB, MELD score, NPI, request-received dates, processing periods,
other claims, policy numbers, travel and lodging limits, 72-hour and 4-month external review limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcv_famcve import Page, addr, fd, fee, letterhead, lv, out, paras, pat, plus, usd

FAMILY = "liver_transplant_center_of_excellence_network_denial"
LANG = "en"
SEED = 347800
ORG = "Marrowfield Health Assurance"
ORG_ADDR = "1600 Ledgerstone Plaza, Suite 900, Kettering Falls, MO 64999"
COE = "Marrowfield Transplant Excellence Network"
NONDES = "Harborlight University Transplant Institute"
NONDES_ADDR = "410 Wharfside Avenue, Port Adley, IL 62999"
DESIG = "Calloway Memorial Transplant Center"
REFDOC = "Anneliese V. Rourke"
REFCLINIC = "Northbrook Liver and Digestive Clinic"
TXDOC = "Tobias N. Ferreira-Lund"
CM = "Renata Blackwood"
POLICY = "Medical Policy MP-TX-007 (Solid Organ Transplant)"
MEMBERS = ["Gideon P. Strand", "Leticia A. Winslow", "Percy J. Underhill", "Naomi C. Fairchild",
           "Anselm R. Greer", "Yolanda F. Prescott", "Rufus H. Lomax"]
MEMBER_ES = "Joaquín E. Villalobos"


def base(r: random.Random, k: int) -> dict:
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 120))
    return dict(notice=notice, name=MEMBERS[k], mid="MHA" + pat(r, "9999 9999 99").replace(" ", ""),
                grp=pat(r, "99999-9999"), plan="PPO-" + pat(r, "XX99"),
                dob=dt.date(r.randint(1955, 1985), r.randint(1, 12), r.randint(1, 28)),
                addr=[f"{r.randint(100, 9900)} Cottonwood Bend", "Kettering Falls, MO 64999"],
                phone="1-555-" + pat(r, "999-9999"), npi=r.choice("12") + pat(r, "999999999"),
                meld=r.randint(18, 29), ref=pat(r, "TXR-999999"), eval=plus(notice, r.randint(10, 24)),
                recv=plus(notice, -r.randint(3, 9)))


def doc_member_denial(r):
    f = base(r, 0)
    d = Page(footer="Marrowfield Health Assurance  -  UM-TX-01  -  Page {n} of {nb}")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management - Transplant Services", ORG_ADDR,
                        f"Member Services {f['phone']} (TTY 711)"], 1)
    y = d.get_y()
    addr(d, [f["name"], *f["addr"]])
    d.set_y(y)
    lv(d, [("Date of notice", fd(f["notice"], "long")), ("Reference #", f["ref"]), ("Member ID", f["mid"]),
           ("Group #", f["grp"]), ("Plan", f["plan"])], w=30, size=8.8, x=112)
    d.ln(3)
    d.line("NOTICE OF PRE-SERVICE DENIAL", 12.5, "B")
    d.ln(1)
    d.boxed_pairs([("Service requested", "Liver transplant evaluation (outpatient, multi-day)"),
                   ("Requested facility", NONDES), ("Referring physician", f"Dr. {REFDOC}, {REFCLINIC}"),
                   ("Requested start date", fd(f["eval"], "long")), ("Request received", fd(f["recv"], "long")),
                   ("Decision", "Not approved")], label_w=48, size=9)
    paras(d, [
        "#Why we made this decision",
        f"Your plan covers transplant services, including the evaluation, only at a facility in the {COE}. "
        f"{NONDES} is not a designated Center of Excellence for liver transplant under your plan. Services at "
        "a non-designated transplant facility are treated as out-of-network and are not covered. This decision "
        f"is based on your plan's transplant benefit and {POLICY}. It is not a decision about whether you need "
        "a transplant.",
        f"Two designated liver transplant centers are within your plan's service area, including {DESIG}. Your "
        "transplant case manager will call you to help arrange an evaluation there.",
        "#Your right to appeal",
        "You may appeal within 180 days of the date of this notice. Send your appeal to Appeals, " + ORG_ADDR +
        ". If your doctor believes a delay could seriously jeopardize your life or health, ask for an expedited "
        "appeal; we will decide it within 72 hours. You may also ask for an external review after our final "
        "decision (within 4 months).",
        f"Physician reviewer: Dr. Lionel Espere. Referring physician NPI {f['npi']}."], size=9.3)
    t = truth("denial_letter", "out_of_network", insurer=ORG, plan_id=f["plan"], group_number=f["grp"],
              member_id=f["mid"], member_name=f["name"], case_numbers=[f["ref"]],
              service_dates=[f["eval"].isoformat()], denial_date=f["notice"].isoformat(), provider=NONDES,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [REFDOC]})
    return out(d), t


def doc_center_letter(r):
    f = base(r, 1)
    mrn = pat(r, "HL-9999999")
    dep = fee(r, 18000, 26000)
    d = Page(serif=True, footer=None, footer_left="Harborlight University Transplant Institute  |  Financial "
                                                  "Clearance  |  1-555-287-4400")
    d.add_page()
    letterhead(d, NONDES, [NONDES_ADDR, "Liver Transplant Program"], 3)
    d.line(fd(f["notice"], "dmy"), 10)
    d.ln(3)
    addr(d, [f["name"], *f["addr"]])
    d.line(f"Patient: {f['name']}    MRN {mrn}    DOB {fd(f['dob'], 'slash')}", 9.5, "B")
    d.ln(2)
    paras(d, [
        f"Dear {f['name'].split()[0]},",
        f"Thank you for your referral from Dr. {REFDOC}. Our liver transplant team had scheduled your "
        f"evaluation to begin on {fd(f['eval'], 'dmy')} with Dr. {TXDOC}.",
        f"We asked {ORG} to approve the evaluation. The plan told us that its transplant benefit can only be "
        f"used at a center in its {COE}, and that our program is not in that network (plan reference "
        f"{f['ref']}). We have put your appointments on hold.",
        "You have three choices:",
        f"1. Ask the plan to send you to one of its designated centers. We will send your records there.",
        f"2. Appeal the plan's decision. We can help by sending a letter of medical need.",
        f"3. Go ahead with the evaluation as a self-pay patient. A deposit of {usd(dep)} would be due "
        "before the first visit.",
        "Please call our financial counselor at 1-555-287-4400 to tell us what you decide. We wish you well.",
        "Sincerely,", "Transplant Financial Clearance Team"], size=10)
    t = truth("other", None, insurer=None, member_name=f["name"], case_numbers=[f["ref"]],
              service_dates=[f["eval"].isoformat()], denial_date=f["notice"].isoformat(), provider=NONDES,
              unscored=["insurer"], alternates={"provider": [TXDOC, REFDOC], "case_numbers": [[]],
                                                "service_dates": [[]]})
    return out(d), t


def stack_provider_and_cm(r):
    f = base(r, 2)
    d = Page(footer="MHA Transplant UM  fax notice  {n}/{nb}")
    d.add_page()
    letterhead(d, ORG, ["Transplant Utilization Management", "Fax 1-555-761-0290   Phone 1-555-761-0200"], 1)
    d.line("PROVIDER NOTIFICATION - ADVERSE DETERMINATION", 11.5, "B")
    d.ln(1)
    d.boxed_pairs([("Date", fd(f["notice"], "iso")), ("To", f"{NONDES}, Transplant Intake"),
                   ("Attn", f"Dr. {TXDOC}"), ("Member", f["name"]), ("DOB", fd(f["dob"], "iso")),
                   ("Member ID / Group", f"{f['mid']} / {f['grp']}"), ("Case number", f["ref"]),
                   ("Received", fd(f["recv"], "iso")), ("Service", "Liver transplant evaluation, CPT 99205 + panel"),
                   ("Proposed date", fd(f["eval"], "iso")), ("Determination", "DENIED - non-designated facility")],
                  label_w=46, size=9)
    paras(d, [
        f"Basis: the member's plan limits transplant benefits, including pre-transplant evaluation, to "
        f"facilities in the {COE}. {NONDES} does not hold a COE designation for liver transplant with this "
        "plan. Out-of-network transplant services are excluded.",
        "The ordering provider may request reconsideration or file an appeal on the member's behalf within 180 "
        "days of the date of this notification. Expedited review: 72 hours. MELD at request: "
        f"{f['meld']}.", "Reviewer: Lionel Espere, MD, Medical Director."], size=9)
    prov = out(d)
    t1 = truth("denial_letter", "out_of_network", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
               member_name=f["name"], case_numbers=[f["ref"]], service_dates=[f["eval"].isoformat()],
               denial_date=f["notice"].isoformat(), provider=NONDES,
               appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [TXDOC]})
    sent = plus(f["notice"], r.randint(2, 5))
    d = Page(footer="Page {n} of {nb}")
    d.add_page()
    letterhead(d, ORG, ["Case Management - Transplant", ORG_ADDR], 0)
    d.line(fd(sent, "abbr"), 10)
    d.ln(3)
    addr(d, [f["name"], *f["addr"]])
    d.line(f"Member ID {f['mid']}   |   Your case manager: {CM}, RN, CCM   |   Direct line 1-555-761-0245",
           8.8, "B")
    d.ln(2)
    paras(d, [
        f"Dear {f['name'].split()[0]},",
        f"I am the nurse case manager who will help you with your transplant care. I know you received a letter "
        f"saying we could not approve your evaluation at {NONDES}. I want to help you get evaluated quickly at a "
        "center in our network.",
        "#Designated liver transplant centers near you"], size=9.8)
    d.table(["Center", "City", "Distance", "Intake phone"],
            [[DESIG, "Kettering Falls, MO", "14 miles", "1-555-330-8100"],
             ["Saint Bellamy Transplant Institute", "Ardmore Heights, KS", "212 miles", "1-555-442-9060"]],
            [70, 44, 24, 38], size=8.6)
    paras(d, [
        "#Travel and lodging",
        "When a designated center is more than 100 miles from home, the plan pays travel and lodging for you and "
        "one companion up to $10,000 per transplant episode (lodging up to $50 per night per person).",
        f"If you choose {DESIG}, I can send the referral from Dr. {REFDOC} today. Please call me at "
        "1-555-761-0245.",
        "Warmly,", f"{CM}, RN, CCM", "Transplant Case Management"], size=9.8)
    cm = out(d)
    t2 = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["name"], denial_date=sent.isoformat(),
               provider=None, alternates={"provider": [DESIG, NONDES, REFDOC]})
    return [(prov, t1), (cm, t2)], ["cover", "duplex"]


def doc_es(r):
    f = base(r, 3)
    d = Page(footer="Marrowfield Health Assurance - página {n} de {nb}")
    d.add_page()
    letterhead(d, ORG, ["Administración de Utilización - Trasplantes", ORG_ADDR,
                        f"Servicios al Miembro {f['phone']} (TTY 711)"], 2)
    d.line(fd(f["notice"], "es"), 10)
    d.ln(3)
    addr(d, [MEMBER_ES, "2417 Calle Mirasol", "Las Cruces, NM 88001"])
    d.line("AVISO DE DENEGACIÓN ANTES DEL SERVICIO", 12.5, "B")
    d.ln(1)
    lv(d, [("Miembro", MEMBER_ES), ("Fecha de nacimiento", fd(f["dob"], "slash")),
           ("N.º de identificación", f["mid"]), ("N.º de grupo", f["grp"]), ("N.º de referencia", f["ref"]),
           ("Centro solicitado", NONDES), ("Fecha de inicio solicitada", fd(f["eval"], "es_abbr")),
           ("Recibimos la solicitud", fd(f["recv"], "es_abbr"))], w=56, size=9.2)
    paras(d, [
        f"Estimado Sr. {MEMBER_ES.split()[-1]}:",
        f"No aprobamos la evaluación para trasplante de hígado en {NONDES}. Su plan cubre los servicios de "
        f"trasplante, incluida la evaluación, solamente en un centro de la red {COE} (Centros de Excelencia). "
        "Ese centro no pertenece a la red, por lo que los servicios se consideran fuera de la red y no están "
        "cubiertos. Esta decisión no significa que usted no necesite un trasplante.",
        f"Puede hacer la evaluación en {DESIG}, que sí es un centro designado. Su administradora de casos le "
        "llamará.",
        "#Su derecho a apelar",
        "Puede apelar dentro de 180 días a partir de la fecha de este aviso. Si su médico cree que esperar pone "
        "en grave peligro su vida o su salud, pida una apelación acelerada (72 horas). Después de nuestra "
        "decisión final puede pedir una revisión externa dentro de 4 meses.",
        f"Médico que refirió: Dra. {REFDOC}."], size=9.4)
    t = truth("denial_letter", "out_of_network", lang="es", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=MEMBER_ES, case_numbers=[f["ref"]], service_dates=[f["eval"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=NONDES,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [REFDOC]})
    return out(d), t


def doc_approval(r):
    f = base(r, 4)
    auth = pat(r, "AX99999999")
    start = f["eval"]
    end = plus(start, r.randint(2, 4))
    d = Page(footer=None, footer_left="Marrowfield Health Assurance  |  Authorization notice  |  keep for your records")
    d.add_page()
    letterhead(d, ORG, ["Transplant Services", ORG_ADDR], 3)
    d.line("AUTHORIZATION APPROVED", 13, "B")
    d.ln(2)
    lv(d, [("Notice date", fd(f["notice"], "upper")), ("Member", f["name"]), ("Member ID", f["mid"]),
           ("Plan", f["plan"]), ("Authorization no.", auth), ("Prior request (not approved)", f["ref"])],
       w=52, size=9.4)
    d.table(["Approved service", "Facility (COE)", "From", "Through", "Units"],
            [["Liver transplant evaluation", DESIG, fd(start, "upper"), fd(end, "upper"), "1 episode"]],
            [48, 62, 24, 24, 20], size=8.4)
    paras(d, [
        f"{DESIG} is a designated liver transplant center in the {COE}. Your evaluation is approved at the "
        "in-network benefit level. Transplant surgery, if recommended, needs a separate approval.",
        "Travel and lodging: not approved at this time (the center is less than 100 miles from your home).",
        f"Case manager: {CM}, RN, CCM, 1-555-761-0245."], size=9.4)
    t = truth("other", None, insurer=ORG, plan_id=f["plan"], member_id=f["mid"], member_name=f["name"],
              case_numbers=[auth], service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=DESIG,
              alternates={"case_numbers": [[auth, f["ref"]]]})
    return out(d), t


def doc_multi_eob(r):
    f = base(r, 5)
    dos1 = plus(f["notice"], -r.randint(50, 60))
    dos2 = plus(f["notice"], -r.randint(35, 45))
    dos3 = plus(f["notice"], -r.randint(22, 30))
    c1, c2, c3 = pat(r, "9999999-01"), pat(r, "9999999-02"), pat(r, "9999999-03")
    a1, a2, a3a, a3b, a3c = fee(r, 180, 320), fee(r, 240, 610), fee(r, 900, 1400), fee(r, 2100, 3900), \
        fee(r, 1400, 2600)
    a3 = round(a3a + a3b + a3c, 2)
    per = (plus(f["notice"], -31), plus(f["notice"], -1))
    d = Page(footer="Page {n} of {nb}  -  This is not a bill")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, "Claims questions " + f["phone"]], 0)
    d.line("Member Explanation of Benefits", 13, "B", "C")
    d.ln(2)
    lv(d, [("Prepared for", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]),
           ("Statement date", fd(f["notice"], "dmy")),
           ("For claims processed", f"{fd(per[0], 'dmy')} to {fd(per[1], 'dmy')}")], w=44, size=9)
    hdr = ["Claim / date", "Provider", "Service", "Charged", "Plan paid", "You owe"]
    wd = [40, 48, 40, 18, 18, 16]
    al = ["L", "L", "L", "R", "R", "R"]
    d.line(f"Claim {c1}", 9, "B")
    d.table(hdr, [[fd(dos1, "dmy"), f"Dr. {REFDOC}", "Office visit 99214", usd(a1, "nosign"),
                   usd(a1 * 0.62, "nosign"), "35.00"]], wd, size=7.8, aligns=al)
    d.line(f"Claim {c2}", 9, "B")
    d.table(hdr, [[fd(dos2, "dmy"), "Kettering Falls Reference Lab", "Hepatic panel, INR", usd(a2, "nosign"),
                   usd(a2 * 0.48, "nosign"), "0.00"]], wd, size=7.8, aligns=al)
    d.line(f"Claim {c3}", 9, "B")
    d.table(hdr, [[fd(dos3, "dmy"), NONDES[:22] + "...", "Transplant consult 99205", usd(a3a, "nosign"), "0.00",
                   usd(a3a, "nosign")],
                  [fd(dos3, "dmy"), "", "CT abdomen 74178", usd(a3b, "nosign"), "0.00", usd(a3b, "nosign")],
                  [fd(dos3, "dmy"), "", "Echo 93306", usd(a3c, "nosign"), "0.00", usd(a3c, "nosign")],
                  ["Claim total", "", "", usd(a3, "nosign"), "0.00", usd(a3, "nosign")]], wd, size=7.8, aligns=al,
            bold_last=True)
    paras(d, [
        f"Claim {c3} ({NONDES}): NOT COVERED - TX4. Transplant evaluation services are covered only at a "
        f"{COE} facility. This facility is not designated; the claim was processed as out-of-network and "
        "denied.",
        "Appeal rights: you may ask for an appeal within 180 days of the statement date above. For an urgent "
        "appeal call us; we decide within 72 hours."], size=8.8)
    t = truth("eob", "out_of_network", insurer=ORG, group_number=f["grp"], member_id=f["mid"], member_name=f["name"],
              case_numbers=[c3], claim_amount=f"{a3:.2f}", service_dates=[dos3.isoformat()],
              denial_date=f["notice"].isoformat(), provider=NONDES,
              appeal_deadline=plus(f["notice"], 180).isoformat())
    return out(d), t


def doc_upheld_prose(r):
    f = base(r, 6)
    apl = pat(r, "AP-2026-99999")
    recv = plus(f["notice"], -r.randint(18, 28))
    d = Page(serif=True, footer="Page {n} of {nb}")
    d.add_page()
    letterhead(d, ORG, ["Appeals Department", ORG_ADDR], 0)
    d.line(fd(f["notice"], "slash"), 10.5)
    d.ln(4)
    addr(d, [f["name"], *f["addr"]], size=10.5)
    paras(d, [
        f"Dear {f['name'].split()[0]} {f['name'].split()[-1]},",
        f"On {fd(recv, 'slash')} we received your appeal, which we numbered {apl}. You asked us to reverse our "
        f"decision of reference {f['ref']}, which did not approve a liver transplant evaluation at {NONDES} "
        f"that was to begin on {fd(f['eval'], 'slash')}. Your member ID is {f['mid']} and your group number is "
        f"{f['grp']}.",
        "A transplant hepatologist who took no part in the first decision reviewed your appeal, the letter from "
        f"Dr. {REFDOC}, and the terms of your plan. Your plan covers transplant evaluation and surgery only at "
        f"centers in the {COE}. {NONDES} is not one of them, and a designated center, {DESIG}, is able to see "
        "you within two weeks. Because a designated center is available, no network exception applies.",
        "We are upholding our decision. The evaluation at the non-designated center remains out of network and "
        "is not covered. This was your final internal appeal.",
        "You may ask for an external review by an independent review organization within 4 months of the date "
        "of this letter. If your situation is urgent, an expedited external review is decided within 72 hours. "
        f"Your case manager, {CM}, can arrange your evaluation at {DESIG} at any time.",
        "Sincerely,", "Appeals Department", ORG], size=10.4)
    t = truth("denial_letter", "out_of_network", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["name"], case_numbers=[apl, f["ref"]], service_dates=[f["eval"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=NONDES,
              alternates={"case_numbers": [[apl]], "provider": [REFDOC]})
    return out(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_provider_and_cm(r(2))
    return [
        Item(f"{FAMILY}_bd_member_pre_service_denial", "born_digital", [doc_member_denial(r(0))]),
        Item(f"{FAMILY}_scan300_transplant_center_hold_letter", "scan_clean_300", [doc_center_letter(r(1))]),
        Item(f"{FAMILY}_faxstd_stack_provider_notice_case_manager", "fax_standard_g4", docs, separators=seps),
        Item(f"{FAMILY}_photo_aviso_es", "phone_photo", [doc_es(r(3))]),
        Item(f"{FAMILY}_copy_approval_designated_center", "photocopy", [doc_approval(r(4))]),
        Item(f"{FAMILY}_lowres_eob_three_claims_one_denied", "scan_lowres_150", [doc_multi_eob(r(5))]),
        Item(f"{FAMILY}_rotated_upheld_appeal_prose", "rotated", [doc_upheld_prose(r(6))]),
    ]
