"""Family 'leadless_pacemaker_implant_investigational_vs_medical_necessity_denial': an invented commercial PPO
refusing a leadless pacemaker, either as investigational for the member's rhythm problem or because a standard
transvenous pacemaker is judged adequate (not medically necessary), with the electrophysiologist's letters, the
hospital's and anesthesia group's bills and an EOB with several claims.

Documents: a born-digital pre-service denial (investigational; white-on-dark band, label column); a fine-fax claim
denial told only in sentences (transvenous device adequate; fax header line); a phone photo of an EOB with four
claims, the implant refused (two-line table header); a clean-scan stack of the hospital's statement, a blank
separator and the electrophysiologist's letter to the plan; a sideways Spanish appeal decision approving the device
(denies nothing); a photocopied two-page final appeal upheld (shaded sidebar, running header; external review only);
a low-resolution anesthesia group statement for the refused procedure.
All values invented; phones 1-555. Decoys: DOB, NPIs, medical policy number, patient account numbers, request-received
dates, other claims' numbers, 72-hour and 4-month external review limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundda_famdaa import Page, addr, fd, fee, letterhead, lv, paras, pat, ph, plus, sidebar, usd, wtable

FAMILY = "leadless_pacemaker_implant_investigational_vs_medical_necessity_denial"
LANG = "en"
SEED = 349800
ORG = "Bellwether Crest Health Insurance Company"
ORG_SHORT = "Bellwether Crest"
ORG_ADDR = "PO Box 88214, Omaha, NE 68199"
PLAN = "Bellwether Crest Choice PPO"
POLICY = "CP-CARD-118"
EP = "Dr. Cyrus M. Ellingboe"
EP_BARE = "Cyrus M. Ellingboe"
EP_GROUP = "Lindenvale Heart Rhythm Associates"
HOSP = "Prairie Spire Regional Hospital"
ANES = "Kestrel Point Anesthesia Partners"
MEMBERS = ["Gordon E. Halvorsen", "Bettina R. Lowery", "Augustin P. Mercado", "Philippa J. Stroud",
           "Raymond K. Teasdale", "Honora F. Blackledge", "Virgil S. Ambrose"]
MEMBER_ES = "Candelaria E. Villaseñor"


def base(r, k):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 140))
    return dict(notice=notice, member=MEMBERS[k], mid="BWC" + pat(r, "999999999"), group=pat(r, "99999"),
                phone=ph(r), dob=dt.date(r.randint(1939, 1962), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"),
                addr=[f"{r.randint(100, 9800)} Willow Bend Road", "Kearney, NE 68899"])


def doc_preservice_bd(r):
    f = base(r, 0)
    ref, auth = "UM-" + pat(r, "9999999"), pat(r, "A99999999")
    planned = plus(f["notice"], r.randint(9, 21))
    got = plus(f["notice"], -r.randint(2, 6))
    d = Page(footer=f"{PLAN}  |  {ORG}  |  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, f"Customer Service {f['phone']} (TTY 711)"], 2)
    d.text_line("Notice of Adverse Benefit Determination - Pre-Service", 12.5, "B")
    d.ln(2)
    lv(d, [("Letter date", fd(f["notice"], "abbr")), ("Patient", f["member"]), ("Member ID", f["mid"]),
           ("Group number", f["group"]), ("Date of birth", fd(f["dob"], "abbr")), ("Reference number", ref),
           ("Authorization request", auth), ("Requesting physician", EP), ("Physician NPI", f["npi"]),
           ("Facility", HOSP), ("Request received", fd(got, "abbr")), ("Planned date of service", fd(planned, "abbr"))],
       w=48, size=9.2)
    paras(d, [
        "#Service requested",
        "Implantation of a leadless single-chamber ventricular pacemaker (CPT 33274), outpatient.",
        "#Determination",
        "Denied. Experimental / investigational.",
        "#Reason",
        f"Our medical policy {POLICY} considers a leadless pacemaker proven only for patients who need "
        "single-chamber ventricular pacing and who cannot have a transvenous system. The records show "
        "intermittent second-degree heart block with normal sinus function, for which the leadless device's "
        "evidence is still under study in clinical trials. For this use the device is considered investigational "
        "and is excluded under your plan's Experimental or Investigational Services exclusion.",
        "#Your appeal rights",
        "You or your authorized representative may appeal within 180 days of the date of this letter. Send your "
        f"appeal to {ORG_SHORT} Appeals, {ORG_ADDR}. If your doctor believes waiting could seriously harm your "
        "health, ask for an urgent appeal; we will decide within 72 hours. After our final decision you may ask "
        "for an external review by an independent review organization within 4 months. You may ask for free "
        "copies of the policy and all documents we used."], size=9.1)
    t = truth("denial_letter", "experimental", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref, auth], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=EP, appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [EP_BARE, EP_GROUP, HOSP]})
    return pdf_bytes(d), t


def doc_claim_fax_prose(r):
    f = base(r, 1)
    claim = pat(r, "99A9999999")
    dos = plus(f["notice"], -r.randint(25, 45))
    amt = fee(r, 38000, 61000)
    fl = f"{fd(f['notice'], 'short')} 14:07  {ORG_SHORT.upper()} CLAIMS  1-555-730-4412  >>  {EP_GROUP}  PG {{p}}"
    d = Page(serif=True, fax_line=fl, footer=f"{ORG} - {PLAN}")
    d.add_page()
    letterhead(d, ORG, ["Claims Review", ORG_ADDR], 1)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"We reviewed the claim from {HOSP} for the leadless pacemaker placed on {fd(dos, 'long')}. The claim, "
        f"number {claim}, was billed at {usd(amt, 'plain')}. Your member ID is {f['mid']} under group {f['group']}.",
        f"A cardiologist who reviews for us read the records sent by {EP} with the claim. You have slow heart "
        "rhythm from atrial fibrillation and needed a pacemaker. The records show no blocked or narrowed veins, no "
        "past device infection and no dialysis access that would keep a standard pacemaker with leads from being "
        "used. A standard transvenous single-chamber pacemaker would have met your medical need. The leadless "
        "device was therefore not medically necessary, and the claim is denied. The plan would have covered a "
        "standard pacemaker; the hospital may resubmit the claim if it has other records.",
        "If you disagree, you have 180 days from the date of this letter to ask for an appeal. Write to us at the "
        "address above or call Customer Service at " + f["phone"] + ". An urgent appeal is decided within 72 "
        "hours. After our final decision you may ask for an external review within 4 months.",
        "Sincerely,", "Claims Review Unit", ORG], size=10)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{amt:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=HOSP,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [EP, EP_BARE]})
    return pdf_bytes(d), t


def doc_eob_photo(r):
    f = base(r, 2)
    stmt = f["notice"]
    implant = plus(stmt, -r.randint(20, 40))
    lines = [("Consult 99244", EP_GROUP, plus(implant, -21), fee(r, 280, 460)),
             ("Echo 93306", HOSP, plus(implant, -14), fee(r, 900, 1600)),
             ("Leadless PM 33274", EP_GROUP, implant, fee(r, 3900, 6200)),
             ("Interrogation 93279", EP_GROUP, plus(implant, 10), fee(r, 160, 290))]
    deny = 2
    rows, nos = [], []
    for i, (svc, prov, dos, billed) in enumerate(lines):
        no = pat(r, "E9999999999")
        nos.append(no)
        allowed = 0.0 if i == deny else round(billed * 0.58, 2)
        paid = 0.0 if i == deny else round(allowed * 0.8, 2)
        owe = billed if i == deny else round(allowed - paid, 2)
        rows.append([no, prov, svc, fd(dos, "slash"), usd(billed, "nosign"), usd(allowed, "nosign"),
                     usd(paid, "nosign"), usd(owe, "nosign"), "X41" if i == deny else "--"])
    d = Page(footer=f"{PLAN} - Explanation of Benefits - THIS IS NOT A BILL")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Customer Service {f['phone']}"], 0)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B")
    d.ln(1)
    lv(d, [("Statement date:", fd(stmt, "iso")), ("Member:", f["member"]), ("Member ID:", f["mid"]),
           ("Group:", f["group"]), ("Plan:", PLAN)], w=34, size=9.2)
    wtable(d, ["Claim number", "Provider", "Service", "Date of service", "Billed amount", "Allowed amount",
               "Plan paid", "Your share", "Remark"], rows, [22, 46, 26, 18, 16, 16, 14, 14, 12], size=6.8)
    paras(d, [
        "#Remark codes",
        f"X41  Not covered: experimental or investigational for this diagnosis under medical policy {POLICY}. "
        "Because the service was not approved in advance, the in-network provider may not bill you more than "
        "the amount shown if you appeal and the denial is upheld.",
        "#Deductible and out-of-pocket",
        f"Plan year deductible met: {usd(1500, 'plain')} of {usd(1500, 'plain')}.",
        "#Appeals",
        "You may appeal any denied claim within 180 days of the date of this statement. External review is "
        "available within 4 months of a final internal decision."], size=8.6)
    svc, prov, dos, billed = lines[deny]
    t = truth("eob", "experimental", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[nos[deny]], claim_amount=f"{billed:.2f}",
              service_dates=[dos.isoformat()], denial_date=stmt.isoformat(), provider=EP_GROUP,
              appeal_deadline=plus(stmt, 180).isoformat())
    return pdf_bytes(d), t


def stack_hospital(r):
    f = base(r, 3)
    acct = "PA" + pat(r, "9999999")
    dos = plus(f["notice"], -r.randint(30, 50))
    items = [("Pacemaker, leadless (C1605)", fee(r, 24000, 31000)), ("Cardiac cath lab, 1st hr", fee(r, 6000, 9000)),
             ("Recovery room", fee(r, 1200, 2400)), ("Pharmacy", fee(r, 300, 900)), ("ECG 93005", fee(r, 90, 260))]
    total = round(sum(v for _, v in items), 2)
    d = Page(footer=f"{HOSP}  -  Patient Financial Services  -  1-555-880-4100")
    d.add_page()
    letterhead(d, HOSP, ["Patient Financial Services", "4100 Cottonwood Parkway, Kearney, NE 68899"], 1)
    d.text_line("PATIENT STATEMENT", 13, "B")
    d.ln(1)
    lv(d, [("Statement date", fd(f["notice"], "slash")), ("Patient", f["member"]), ("Account number", acct),
           ("Insurance", f"{ORG_SHORT} ID {f['mid']}"), ("Admit / discharge", f"{fd(dos, 'slash')} outpatient")],
       w=40, size=9.2)
    rows = [[fd(dos, "slash"), s, usd(v, "nosign")] for s, v in items]
    rows.append(["", "Total charges", usd(total, "nosign")])
    rows.append(["", "Insurance payment", "0.00"])
    rows.append(["", "Balance due from patient", usd(total, "nosign")])
    d.table(["Date", "Description", "Amount"], rows, [30, 110, 34], size=8.8, aligns="LLR")
    paras(d, [
        "Your insurance denied this visit as investigational. We have filed an appeal for you with your doctor's "
        "letter. You do not need to pay while the appeal is open; we will send a new statement."], size=9.2)
    bill = pdf_bytes(d)
    t_bill = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=f"{total:.2f}",
                   service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=HOSP,
                   unscored=["insurer"], alternates={"denial_date": [None]})
    let_day = plus(f["notice"], -r.randint(3, 8))
    d = Page(serif=True)
    d.add_page()
    letterhead(d, EP_GROUP, ["Cardiac Electrophysiology", "4100 Cottonwood Parkway, Suite 300, Kearney, NE 68899",
                             "Phone 1-555-880-4700  Fax 1-555-880-4701"], 0)
    d.text_line(fd(let_day, "dmy"), 10)
    d.ln(3)
    addr(d, [f"{ORG_SHORT} Appeals", ORG_ADDR])
    paras(d, [
        f"Re: {f['member']}   Member ID {f['mid']}   Date of birth {fd(f['dob'], 'dmy')}",
        "Letter of medical necessity - leadless pacemaker",
        f"I implanted a leadless ventricular pacemaker in my patient on {fd(dos, 'dmy')} and write to ask you "
        "to pay for it. The patient has permanent atrial fibrillation with slow ventricular rates and fainting. "
        "A venogram showed an occluded left subclavian vein, and the right side carries a dialysis fistula. A "
        "transvenous system would have needed leads through a blocked vein or next to the dialysis access, with a "
        "high risk of infection. This is the use in which the leadless device is standard care, not a research "
        "use.",
        "The venogram report and the clinic notes are attached. I am glad to speak with your medical director.",
        "Sincerely,", "Cyrus M. Ellingboe, MD, FHRS", EP_GROUP], size=10)
    let = pdf_bytes(d)
    t_let = truth("other", None, member_id=f["mid"], member_name=f["member"], service_dates=[dos.isoformat()],
                  denial_date=let_day.isoformat(), provider=EP_BARE, unscored=["insurer"],
                  alternates={"provider": [EP_GROUP], "denial_date": [None]})
    return [(bill, t_bill), (let, t_let)], ["blank", None]


def doc_overturned_es(r):
    f = base(r, 4)
    appeal, ref = "AP" + pat(r, "9999999"), "UM-" + pat(r, "9999999")
    first = plus(f["notice"], -r.randint(25, 40))
    planned = plus(f["notice"], r.randint(8, 16))
    d = Page(footer=f"{ORG} - {PLAN}")
    d.add_page()
    letterhead(d, ORG, ["Departamento de Apelaciones", ORG_ADDR, f"Servicio al Cliente {f['phone']}"], 0)
    d.text_line(fd(f["notice"], "es"), 10)
    d.ln(3)
    addr(d, [MEMBER_ES, *f["addr"]])
    d.text_line("DECISIÓN SOBRE SU APELACIÓN: APROBADA", 12, "B")
    d.ln(1)
    lv(d, [("Número de apelación:", appeal), ("Referencia original:", ref), ("Número de miembro:", f["mid"]),
           ("Grupo:", f["group"]), ("Médico:", EP), ("Fecha programada:", fd(planned, "es"))], w=48, size=9.4)
    paras(d, [
        f"Estimada {MEMBER_ES}:",
        f"El {fd(first, 'es')} negamos la solicitud de un marcapasos sin cables (CPT 33274). Usted apeló esa "
        "decisión. Un cardiólogo electrofisiólogo que no participó en la primera decisión revisó su apelación y "
        "los nuevos estudios. Usted tiene una infección previa de un marcapasos con cables y las venas del lado "
        "izquierdo están cerradas, por lo que no puede recibir un sistema con cables.",
        f"Hemos revocado nuestra decisión y APROBAMOS el marcapasos sin cables en {HOSP} en la fecha programada. "
        "La aprobación es válida por 90 días. No tiene que hacer nada más.",
        "Atentamente,", "Departamento de Apelaciones", ORG], size=9.8)
    t = truth("other", None, lang="es", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=MEMBER_ES, case_numbers=[appeal, ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=EP, alternates={"provider": [EP_BARE, HOSP]})
    return pdf_bytes(d), t


def doc_final_upheld(r):
    f = base(r, 5)
    appeal, claim = "FA-" + pat(r, "99999"), pat(r, "99A9999999")
    dos = plus(f["notice"], -r.randint(70, 100))
    amt = fee(r, 41000, 58000)
    d = Page(header=f"{f['member']}  |  Member ID {f['mid']}  |  Appeal {appeal}",
             footer=f"{ORG}  |  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Appeals and Grievances", ORG_ADDR], 0)
    y0, y1 = sidebar(d, [("Date of notice", fd(f["notice"], "slash")), ("Member", f["member"]),
                         ("Member ID", f["mid"]), ("Group", f["group"]), ("Appeal number", appeal),
                         ("Claim number", claim), ("Date of service", fd(dos, "slash")),
                         ("Billed", usd(amt, "usd")), ("Facility", "Prairie Spire Regional")])
    d.set_xy(72, y0)
    d.set_left_margin(72)
    d.text_line("Final Internal Appeal Decision", 12.5, "B")
    d.ln(2)
    paras(d, [
        f"Dear {f['member']}:",
        f"You asked us to reconsider our denial of the hospital claim for a leadless pacemaker placed at {HOSP}. "
        "This was your second and final internal appeal.",
        "#Decision: denial upheld",
        "An independent board-certified electrophysiologist reviewed the full file. For sick sinus syndrome with "
        f"intact veins and no infection history, medical policy {POLICY} considers the leadless device "
        "investigational; published trials in this group are still under way. The reviewer agreed with the "
        "original decision.",
    ], size=9.4)
    d.set_left_margin(18)
    d.set_y(max(d.get_y(), y1) + 4)
    paras(d, ["#What the plan's documents say",
              "The plan does not cover services that are experimental or investigational (Certificate of Coverage, "
              "Section 7.4)."], size=9.4)
    d.add_page()
    paras(d, [
        "#Your right to external review",
        "You have finished the plan's internal appeals. You may ask for an external review by an independent "
        "review organization within 4 months of receiving this letter. Urgent external reviews are decided "
        "within 72 hours. Send the enclosed form to the Nebraska Department of Insurance or call Customer "
        f"Service at {f['phone']}.",
        "#Other rights",
        "You may ask for free copies of every document used in this decision. You may also have the right to "
        "bring a civil action under section 502(a) of ERISA.",
        "Sincerely,", "Gwendolyn A. Prothero, MD, Medical Director", ORG], size=9.6)
    t = truth("denial_letter", "experimental", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=f"{amt:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=HOSP,
              appeal_deadline=None)
    return pdf_bytes(d), t


def doc_anesthesia_lowres(r):
    f = base(r, 6)
    acct = pat(r, "99999-99")
    dos = plus(f["notice"], -r.randint(40, 60))
    lines = [("Anesthesia, cardiac device procedure (01926)", fee(r, 1400, 2100)),
             ("Anesthesia time, 58 minutes", fee(r, 300, 600))]
    total = round(sum(v for _, v in lines), 2)
    d = Page(footer=f"{ANES}  -  Billing Office 1-555-880-6020")
    d.add_page()
    letterhead(d, ANES, ["PO Box 5120, Grand Island, NE 68899"], 2)
    d.text_line("STATEMENT OF ACCOUNT", 12.5, "B")
    d.ln(1)
    lv(d, [("Statement date", fd(f["notice"], "long")), ("Patient", f["member"]), ("Account no.", acct),
           ("Insurance", f"{ORG} - {f['mid']}"), ("Surgeon", EP), ("Facility", HOSP)], w=38, size=9.2)
    rows = [[fd(dos, "long"), s, usd(v, "flat"), "Denied by insurance"] for s, v in lines]
    rows.append(["", "Total charges", usd(total, "flat"), ""])
    d.table(["Date of service", "Service", "Charge", "Insurance status"], rows, [36, 76, 26, 38], size=8.6,
            aligns="LLRL")
    paras(d, [
        f"{ORG_SHORT} denied the surgeon's procedure on this date, and our services were denied with it. Please "
        f"pay {usd(total, 'flat')} or call us to set up a payment plan. If your appeal is approved we will rebill "
        "your insurance."], size=9.4)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=ANES,
              unscored=["insurer"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_hospital(r(3))
    return [
        Item(f"{FAMILY}_bd_preservice_investigational", "born_digital", [doc_preservice_bd(r(0))]),
        Item(f"{FAMILY}_faxfine_claim_transvenous_adequate_prose", "fax_fine_g4", [doc_claim_fax_prose(r(1))]),
        Item(f"{FAMILY}_photo_eob_four_claims_implant_denied", "phone_photo", [doc_eob_photo(r(2))]),
        Item(f"{FAMILY}_scan300_stack_hospital_statement_and_ep_letter", "scan_clean_300", docs, separators=seps),
        Item(f"{FAMILY}_rotated_apelacion_es_aprobada", "rotated", [doc_overturned_es(r(4))]),
        Item(f"{FAMILY}_copy_final_appeal_upheld_two_page", "photocopy", [doc_final_upheld(r(5))]),
        Item(f"{FAMILY}_lowres_anesthesia_statement", "scan_lowres_150", [doc_anesthesia_lowres(r(6))]),
    ]
