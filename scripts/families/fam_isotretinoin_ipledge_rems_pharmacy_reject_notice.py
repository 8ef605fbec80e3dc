"""Family 'isotretinoin_ipledge_rems_pharmacy_reject_notice': isotretinoin fills refused because the iPLEDGE REMS
prescription window or the plan's authorization lapsed before the pharmacy could dispense, seen as a pharmacy
reject notice handed to the patient, a PBM denial letter, a fax stack to the prescriber (PBM reject notice +
pharmacy hold note), a Spanish PBM notice, a PBM approval of a new authorization window, a monthly prescription
claims statement with one refused fill and an upheld appeal. All values invented (PBM, plan, pharmacy, people, IDs).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "isotretinoin_ipledge_rems_pharmacy_reject_notice"
LANG = "en"
SEED = 335100
PBM = "Quillmark Pharmacy Benefit Services"
PLAN = "Larchmont Valley Health Plan"
PHARM = "Brightwater Community Pharmacy"
DOCTORS = ["Dr. Renata S. Okonkwo", "Dr. Philippa D. Marlowe", "Dr. Tobias E. Lindqvist", "Dr. Anouk V. Castellanos"]
PRACTICE = "Saltmarsh Dermatology Group"


def member(r: Rand, lang: str = "en") -> dict:
    nm, first, mid, last = r.person(lang)
    return dict(member=nm, first=first, last=last, addr=r.address(lang), dob=r.date(dt.date(1999, 1, 1), 3000),
                ph=r.phone(), npi=r.npi(), doc=r.choice(DOCTORS), mid=f"QLM{r.digits(8)}", grp=f"{r.digits(5)}-RX",
                rx=f"Rx {r.digits(7)}", ipl=r.digits(10))


def labels(d: Doc, rows, w: float = 44, size: float = 9.5, border: str | int = 0):
    for lab, val in rows:
        d.font(size, "B")
        d.cell(w, 5.3, lab, border=border)
        d.font(size)
        d.cell(0, 5.3, val, border=border, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


# 1 ------------------------------------------------------------ pharmacy reject notice to the patient (born digital)
def doc_reject(r: Rand) -> tuple[bytes, dict]:
    f = member(r)
    day = r.date(dt.date(2026, 1, 12), 60)
    written = day - dt.timedelta(days=r.randint(8, 12))
    d = Doc(margins=(24, 16, 24))
    d.add_page()
    d.text_line(PHARM, 15, "B", h=7)
    d.text_line("418 Quarry Street, Erie, PA 16501  -  Pharmacy 1-814-555-0142  -  NCPDP 39" + r.digits(5), 8.5, h=5)
    d.rule(0.5, 5)
    d.text_line("NOTICE: YOUR PRESCRIPTION COULD NOT BE FILLED TODAY", 12, "B", h=7)
    labels(d, [("Date", fmt_date(day, "abbr")), ("Patient", f["member"]), ("Date of birth", fmt_date(f["dob"], "slash")),
               ("Prescription", f"{f['rx']}  isotretinoin 40 mg capsules, #60"), ("Prescriber", f["doc"]),
               ("Date written", fmt_date(written, "slash")), ("Plan reject", "75 / REMS - dispensing window expired")])
    d.para(f"The iPLEDGE REMS program did not return an authorization for this prescription. Isotretinoin can only be "
           f"dispensed within 7 days of the date your prescriber confirmed you in iPLEDGE, and that window ended before "
           f"the prescription reached us. Your prescription plan ({PBM}, member ID {f['mid']}) also returned reject code "
           "75 (prior authorization required).", 10)
    d.para("What you can do: ask your prescriber to confirm you again in the iPLEDGE system and, if needed, send a new "
           "prescription. You may also call your plan. This notice is not a decision by your plan and is not a bill. "
           "iPLEDGE contact center: 1-866-495-0654.", 10)
    d.para("Pharmacist: ____________________   Patient copy", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], service_dates=[iso(day)],
              denial_date=iso(day), provider=f["doc"], unscored=["insurer"],
              alternates={"service_dates": [[]], "provider": [PHARM]})
    return pdf_bytes(d), t


# 2 ------------------------------------------------------------ PBM denial letter (scan clean)
def doc_pbm_letter(r: Rand) -> tuple[bytes, dict]:
    f = member(r)
    case = f"CD{r.digits(9)}"
    notice = r.date(dt.date(2026, 2, 2), 40)
    recv = notice - dt.timedelta(days=r.randint(1, 3))
    fill = recv - dt.timedelta(days=1)
    d = Doc(footer="QPBS-ISO-DEN 11/2025   page {p} of {n}", margins=(22, 16, 22))
    d.add_page()
    d.text_line(PBM, 14, "B", h=7)
    d.text_line(f"on behalf of {PLAN}", 9, h=5)
    d.text_line("PO Box 88410, Lubbock, TX 79401   Member Services " + f["ph"], 9, h=5)
    d.ln(6)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    labels(d, [("Member ID", f["mid"]), ("RxGroup", f["grp"]), ("Coverage determination", case),
               ("Request received", fmt_date(recv, "slash")), ("Drug", "Isotretinoin 30 mg capsule")])
    d.text_line("Notice of Denial of Prescription Drug Coverage", 12, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}: We reviewed the request from {f['doc']} for isotretinoin filled at "
           f"{PHARM} on {fmt_date(fill, 'long')}. We cannot cover this fill.", 10.5)
    d.para("Reason: our coverage rules for isotretinoin require a current iPLEDGE REMS authorization for each fill. "
           "The authorization for this fill had lapsed: the 7-day prescription window after your prescriber's "
           "confirmation had passed, and the plan's prior authorization for the drug expired at the end of your last "
           "approved course. A new authorization is needed before we can pay for another fill.", 10.5)
    d.text_line("Your right to appeal", 11, "B", h=6)
    d.para("You may ask us to review this decision (an appeal) within 180 days of the date of this notice. If your "
           "health could be seriously harmed by waiting, ask for an expedited review; we answer within 72 hours. "
           "Prescriber NPI on file: " + f["npi"] + ".", 10)
    t = truth("denial_letter", "other", insurer=PBM, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[case], service_dates=[iso(fill)], denial_date=iso(notice), provider=f["doc"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)), denial_alternates=["prior_authorization"],
              alternates={"insurer": [PLAN], "service_dates": [[]]})
    return pdf_bytes(d), t


# 3 ------------------------------------------------------------ fax stack: PBM notice to prescriber + pharmacy hold
def doc_fax_notice(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Doc(margins=(16, 12, 16))
    d.add_page()
    d.text_line(PBM.upper() + "  -  PRESCRIBER NOTIFICATION", 11.5, "B", h=7)
    d.text_line("Fax 1-877-555-0163   Pharmacy help desk 1-877-555-0150", 8.5, h=5)
    d.rule(0.6, 4)
    d.boxes([("Date of notice", fmt_date(f["notice"], "dmy"), 40), ("Reference #", f["ref"], 48),
             ("Member ID", f["mid"], 44), ("Group", f["grp"], 44)])
    d.boxes([("Patient", f["member"], 70), ("DOB", fmt_date(f["dob"], "dmy"), 36), ("Prescriber", f["doc"], 70)])
    d.ln(4)
    d.para(f"To {f['doc']}, {PRACTICE}: a claim for isotretinoin 40 mg (#60) for your patient was rejected at "
           f"the point of sale on {fmt_date(f['fill'], 'dmy')}. Reject: REMS authorization not found / expired. "
           "Our records show the iPLEDGE confirmation was more than 7 days old and the prior authorization on file "
           f"ended {fmt_date(f['paend'], 'dmy')}. The fill is denied.", 10)
    d.para("To restart therapy, confirm the patient in iPLEDGE and submit a new prior authorization request (form "
           "QPBS-PA-22). Urgent requests are decided within 24 hours. You or the patient may appeal within 60 days "
           "of the date of this notice.", 10)
    t = truth("denial_letter", "other", insurer=PBM, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["ref"]], service_dates=[iso(f["fill"])], denial_date=iso(f["notice"]), provider=f["doc"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=60)), denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


def doc_hold(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Doc(font="Courier", margins=(20, 16, 20))
    d.add_page()
    d.text_line(PHARM.upper(), 12, "B", h=7)
    d.text_line("PRESCRIPTION ON HOLD - ACTION NEEDED", 11, "B", h=7)
    d.ln(2)
    d.para(f"TO: {f['doc']}\nRE: {f['member']}  DOB {fmt_date(f['dob'], 'slash')}\nRX: {f['rx']}\n"
           f"DATE: {fmt_date(f['notice'], 'slash')}", 10)
    d.para("The patient's isotretinoin is on hold. iPLEDGE returned no valid authorization and the plan rejected "
           "the claim. Please re-confirm the patient in iPLEDGE and send a new prescription. The patient has been "
           "told. Thank you.", 10)
    t = truth("other", None, member_name=f["member"], denial_date=iso(f["notice"]), provider=f["doc"],
              unscored=["insurer"], alternates={"provider": [PHARM]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = member(r)
    notice = r.date(dt.date(2026, 2, 9), 40)
    f.update(notice=notice, fill=notice - dt.timedelta(days=1), paend=notice - dt.timedelta(days=r.randint(3, 9)),
             ref=f"QPR-{r.digits(6)}-{r.digits(2)}")
    return Item(f"{FAMILY}_faxfine_stack", "fax_fine_g4", [doc_fax_notice(r, f), doc_hold(r, f)],
                separators=["cover", None])


# 4 ------------------------------------------------------------ Spanish PBM notice (phone photo)
def doc_es(r: Rand) -> tuple[bytes, dict]:
    f = member(r, "es")
    case = f"DC-{r.digits(8)}"
    notice = r.date(dt.date(2026, 2, 16), 40)
    fill = notice - dt.timedelta(days=r.randint(2, 4))
    d = Doc(font="DejaVu", margins=(22, 16, 22))
    d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    d.add_page()
    d.text_line(PBM, 14, "", h=7)
    d.text_line("Servicios al Afiliado: " + f["ph"] + " (TTY 711)", 9, h=5)
    d.rule(0.4, 5)
    d.text_line(fmt_date(notice, "es"), 10.5, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(3)
    d.text_line("Aviso de denegación de cobertura de medicamentos", 12, "", h=7)
    labels(d, [("Nº de afiliado", f["mid"]), ("Grupo", f["grp"]), ("Número de caso", case),
               ("Fecha de nacimiento", fmt_date(f["dob"], "es")), ("Medicamento", "isotretinoína 20 mg cápsulas")], w=48)
    d.para(f"Estimado/a {f['first']} {f['last']}: el {fmt_date(fill, 'es')} su farmacia nos envió una reclamación por "
           f"isotretinoína recetada por {f['doc']}. Denegamos la cobertura porque la autorización del programa "
           "iPLEDGE REMS había vencido: la receta se presentó fuera del plazo de 7 días después de la confirmación "
           "de su médico. Se necesita una nueva autorización antes de cubrir otro surtido.", 10.5)
    d.para("Usted puede apelar dentro de 60 días a partir de la fecha de este aviso. Si su salud corre peligro, pida "
           "una apelación rápida (72 horas). También puede pedir una revisión externa dentro de 4 meses.", 10.5)
    t = truth("denial_letter", "other", lang="es", insurer=PBM, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[case], service_dates=[iso(fill)], denial_date=iso(notice),
              provider=f["doc"], appeal_deadline=iso(notice + dt.timedelta(days=60)),
              denial_alternates=["prior_authorization"], alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# 5 ------------------------------------------------------------ approval of a new window (photocopy)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = member(r)
    auth = f"PA{r.digits(4)}-{r.digits(5)}"
    issued = r.date(dt.date(2026, 2, 20), 40)
    start, end = issued, issued + dt.timedelta(days=149)
    d = Doc(font="Times", margins=(24, 18, 24))
    d.add_page()
    d.text_line(PBM, 15, "B", align="C", h=7)
    d.text_line("Clinical Review Department", 10, align="C", h=5)
    d.ln(8)
    d.text_line(fmt_date(issued, "iso"), 11, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 11, h=5.5)
    d.ln(4)
    d.para(f"RE: Prior authorization {auth}   Member {f['mid']}   Group {f['grp']}", 11)
    d.text_line("Your isotretinoin request is APPROVED", 12, "B", h=7)
    d.para(f"{f['doc']} asked us to cover a new course of isotretinoin. We approved it for "
           f"{fmt_date(start, 'iso')} through {fmt_date(end, 'iso')}. Each fill must still be authorized by the "
           "iPLEDGE REMS program and picked up within the 7-day window after your monthly confirmation; a fill "
           "outside that window will be rejected at the pharmacy.", 11)
    d.para("You do not need to do anything else now. Questions: " + f["ph"] + ". Your date of birth on file is "
           + fmt_date(f["dob"], "iso") + ".", 11)
    t = truth("other", None, insurer=PBM, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(start, end)], denial_date=iso(issued), provider=f["doc"],
              alternates={"service_dates": [[iso(start)], []]})
    return pdf_bytes(d), t


# 6 ------------------------------------------------------------ monthly prescription claims statement (rotated)
def doc_statement(r: Rand) -> tuple[bytes, dict]:
    f = member(r)
    stmt = r.date(dt.date(2026, 3, 2), 25)
    fills = sorted(r.date(stmt - dt.timedelta(days=30), 24) for _ in range(3))
    drugs = [("Clindamycin 1% gel 60 g", float(r.amount(40, 90))), ("Isotretinoin 40 mg cap #60", float(r.amount(380, 760))),
             ("Doxycycline hyclate 100 mg #30", float(r.amount(25, 60)))]
    claims = [f"{r.digits(12)}" for _ in range(3)]
    d = Doc(footer=f"{PBM}  |  Prescription Claims Statement  |  {{p}}/{{n}}", margins=(14, 12, 14))
    d.add_page()
    d.text_line(PBM, 14, "B", h=7)
    d.text_line("PRESCRIPTION CLAIMS STATEMENT - THIS IS NOT A BILL", 10, "B", h=6)
    labels(d, [("Statement date", fmt_date(stmt, "upper")), ("Member", f["member"]), ("ID number", f["mid"]),
               ("Rx group", f["grp"]), ("Period", f"{fmt_date(stmt - dt.timedelta(days=31), 'upper')} - {fmt_date(stmt - dt.timedelta(days=1), 'upper')}")], w=36, size=9)
    rows = []
    for i, (dn, amt) in enumerate(drugs):
        den = i == 1
        rows.append([fmt_date(fills[i], "upper"), claims[i], dn, PHARM if i != 2 else "Harborline Mail Pharmacy",
                     fmt_money(amt, "nosign"), "0.00" if den else m2(amt * 0.8), "REJ R75" if den else "PAID"])
    d.table(["Fill date", "Claim no.", "Drug", "Pharmacy", "Cost", "Plan paid", "Status"], rows,
            [24, 28, 48, 42, 16, 16, 14], size=7.4, aligns="LLLLRRL")
    d.para(f"R75: Claim {claims[1]} was not covered. An iPLEDGE REMS authorization was not current on the fill date "
           "(the prescription window had expired) and no prior authorization was on file. Ask your prescriber to "
           "request a new authorization.", 8.5)
    d.para("Appeals: you may appeal a rejected claim within 180 days of the date of this statement. Year-to-date "
           "out-of-pocket: $" + f"{r.randint(100, 400)}.00 of $3,500.00. Deductible: $250.00.", 8.5)
    t = truth("eob", "other", insurer=PBM, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[claims[1]], claim_amount=m2(drugs[1][1]), service_dates=[iso(fills[1])],
              denial_date=iso(stmt), provider=PHARM, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# 7 ------------------------------------------------------------ appeal upheld (low res)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = member(r)
    appeal, orig = f"APL{r.digits(8)}", f"CD{r.digits(9)}"
    decided = r.date(dt.date(2026, 3, 4), 35)
    fill = decided - dt.timedelta(days=r.randint(30, 45))
    d = Doc(margins=(20, 16, 20))
    d.add_page()
    d.text_line(PBM, 13, "B", h=7)
    d.text_line("Appeals and Grievances", 9, h=5)
    d.rule(0.5, 4)
    d.text_line("Appeal decision date: " + fmt_date(decided, "mdy_nopad"), 10, h=6)
    d.para(f"{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}", 10)
    d.para(f"Appeal number: {appeal}    Original determination: {orig}\nMember ID: {f['mid']}    Group: {f['grp']}", 10)
    d.text_line("We upheld our decision", 11.5, "B", h=7)
    d.para(f"You appealed our denial of isotretinoin filled on {fmt_date(fill, 'mdy_nopad')} and prescribed by "
           f"{f['doc']}. A pharmacist and a dermatologist who did not make the first decision reviewed your appeal. "
           "The iPLEDGE REMS records show the fill was presented after the prescription window had closed, so no "
           "REMS authorization existed on that date. Federal REMS rules do not allow us to pay for a fill without "
           "it. The denial stands.", 10)
    d.para("If you disagree you may ask for an external review by an independent review organization within 4 months "
           "of the date of this letter. This was your final internal appeal.", 10)
    t = truth("denial_letter", "other", insurer=PBM, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, orig], service_dates=[iso(fill)], denial_date=iso(decided), provider=f["doc"],
              alternates={"case_numbers": [[appeal]]}, denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_reject, "bd_pharmacy_reject", "born_digital"), (2, doc_pbm_letter, "scan_pbm_denial", "scan_clean_300"),
              (3, doc_es, "photo_aviso_es", "phone_photo"), (4, doc_approval, "copy_new_window_approval", "photocopy"),
              (5, doc_statement, "rot_claims_statement", "rotated"), (6, doc_appeal, "lowres_appeal_upheld", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
