"""Family 'hospice_respite_room_and_board_nursing_facility_denial': a Medicaid hospice member living in (or moved for
respite to) a nursing facility; the hospice bills the state Medicaid program (or its managed-care plan) for nursing
facility room and board (revenue code 0659) and the room and board is refused.
Documents: a state Medicaid Notice of Action (eligibility: no long-term-care Medicaid approval on the dates), a
Spanish notice (nursing facility level of care not established), the hospice's letter to the family explaining
respite and room and board (denies nothing), an MCO member EOB with three claims of which only room and board is
denied, a fax stack (fax cover + a prose-only notice of a late room-and-board claim, blank separator, the nursing
facility's statement), an appeal decision upholding the denial, a phone photo of a prose-only notice.
Issuers (fictional): Northmarch Department of Medical Assistance (state program, form NDMA-H41), Cobbleford Health
Plan (Medicaid MCO), Linden Hollow Hospice (provider), Quarrytown Care Center (nursing facility).
Truth: insurer = letterhead issuer (unscored on the hospice's and facility's own papers); member ID = Medicaid ID;
case numbers = notice/claim/appeal numbers (hospice account and NPI are decoys); service dates = the room and board
span; provider = the hospice (the facility as alternate where both are named as billing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundaj_famjc import Page, address, days, digits, fdate, iso, letterhead, m2, mail_to, mixed, pairs, phone, \
    signature, usd

FAMILY = "hospice_respite_room_and_board_nursing_facility_denial"
LANG = "en"
SEED = 339100
STATE = "Northmarch Department of Medical Assistance"
MCO = "Cobbleford Health Plan"
HOSP = "Linden Hollow Hospice"
NF = "Quarrytown Care Center"
MEMBERS = ["Rosalind T. Fairweather", "Obadiah K. Lindqvist", "Henrietta M. Sallow", "Cornelius P. Adair",
           "Winifred L. Marchbank"]
MEMBERS_ES = ["Graciela R. Montealegre", "Teodoro A. Villaseñor"]


def facts(r: random.Random, lang="en") -> dict:
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    start = days(date, -r.randint(25, 60))
    n = r.randint(4, 5) if r.random() < .5 else r.randint(12, 28)
    end = days(start, n - 1)
    rate = round(r.uniform(188, 246), 2)
    return dict(date=date, start=start, end=end, n=n, rate=rate, total=round(rate * n, 2),
                member=r.choice(MEMBERS_ES if lang == "es" else MEMBERS), addr=address(r, lang),
                mid=digits(r, 10), notice=mixed(r, "NOA-2026-999999"), claim=digits(r, 14),
                acct=mixed(r, "LH-999999"), npi=r.choice("12") + digits(r, 9), dob=dt.date(r.randint(1931, 1952),
                r.randint(1, 12), r.randint(1, 28)), ph=phone(r), fax=phone(r), appeal=mixed(r, "AP-99-999999"),
                grp=mixed(r, "MCD-99"), recv=days(date, -r.randint(8, 20)), caseworker=r.choice(
                    ["Delphine Ashgrove", "Marcus Thornbury", "Imogen Westerly"]))


def notice_of_action(f, ds="long", ms="plain", reason="elig", es=False, prose=False, stack_cover=False) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(foot=f"Form NDMA-H41 (rev. 07/2025)  ·  {'página' if es else 'page'} {{p}} {'de' if es else 'of'} {{n}}")
    d.add_page()
    letterhead(d, "parent", STATE, "Office of Long-Term Care Services | 300 Capitol Mall, Harrowgate, NM 87001",
               parent="STATE OF NORTHMARCH")
    d.text_line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["member"]] + list(f["addr"]))
    if es:
        d.text_line("AVISO DE ACCIÓN: DENEGACIÓN DE ALOJAMIENTO Y COMIDA EN HOGAR DE ANCIANOS", 11.5, "B", h=7)
        pairs(d, [("Número de Medicaid", f["mid"]), ("Número de aviso", f["notice"]),
                  ("Fecha de nacimiento", fdate(f["dob"], "slash")), ("Hospicio", HOSP),
                  ("Centro de enfermería", NF)], kw=58)
        d.para(f"Estimado(a) {f['member']}:", 10)
        d.para(f"Su hospicio, {HOSP}, pidió que Medicaid pague el alojamiento y comida (room and board) en {NF} del "
               f"{fdate(f['start'], 'es')} al {fdate(f['end'], 'es')}, por un total de {usd(f['total'], 'es')}. "
               "Hemos DENEGADO esta solicitud.", 9.8)
        d.para("Motivo: la evaluación PASRR y la revisión de nivel de cuidado no muestran que usted necesite el nivel "
               "de cuidado de un centro de enfermería. Medicaid paga el alojamiento y comida de un afiliado de "
               "hospicio solo cuando el afiliado cumple con el nivel de cuidado de centro de enfermería "
               "(Reglamento 8.312.2 NMAC del estado de Northmarch).", 9.6)
        d.para(f"Si no está de acuerdo, puede pedir una apelación dentro de 60 días a partir de la fecha de este "
               f"aviso. Llame al {f['ph']}. Usted también puede pedir una audiencia imparcial estatal dentro de 90 "
               "días. Si pide la audiencia antes de 10 días, sus beneficios pueden continuar.", 9.4)
        signature(d, [f["caseworker"], "Especialista de elegibilidad", STATE], "Atentamente,")
        return pdf_bytes(d)
    if prose:
        d.text_line("Notice about your hospice room and board claim", 12, "B", h=8)
        d.para(f"Dear {f['member']}:", 10)
        d.para(f"This letter is about Medicaid member {f['mid']}. On {fd(f['recv'])} we received a claim from "
               f"{HOSP} for nursing facility room and board at {NF} for the days {fd(f['start'])} through "
               f"{fd(f['end'])}. The hospice billed {usd(f['total'], ms)} on claim {f['claim']}.", 9.8)
        d.para("We cannot pay this claim. Room and board claims must reach us within 180 days after the last day of "
               "the month of service, and this claim arrived after that limit. Because the late filing was the "
               "provider's responsibility, the hospice and the nursing facility may not bill you for these days.",
               9.8)
        d.para(f"Your notice number is {f['notice']}. If you disagree, ask for an appeal within 60 days of the date "
               f"of this notice by calling {f['ph']}. You may ask for a state fair hearing within 90 days. Our fax "
               f"number is {f['fax']}.", 9.6)
        signature(d, [f["caseworker"], "Claims Resolution Unit", STATE])
        return pdf_bytes(d)
    d.text_line("NOTICE OF ACTION - HOSPICE ROOM AND BOARD", 12, "B", h=8)
    d.boxes([("Medicaid ID", f["mid"], 44), ("Notice No.", f["notice"], 48), ("Date of birth",
            fdate(f["dob"], "slash"), 36), ("Case worker", f["caseworker"], 46)])
    d.ln(3)
    d.para(f"Dear {f['member']}:", 10)
    d.para("The action below was taken on a request for nursing facility room and board that your hospice provider "
           "submitted for you.", 9.8)
    d.table(["Service", "Dates", "Provider", "Amount", "Decision"],
            [["NF room & board (rev 0659)", f"{fdate(f['start'], 'slash')}-{fdate(f['end'], 'slash')}", HOSP,
              usd(f["total"], ms), "DENIED"]], [50, 46, 40, 22, 20], size=8.3, aligns="LLLRL")
    d.para("Reason: Medicaid pays hospice room and board in a nursing facility only for members who are eligible for "
           "long-term care (institutional) Medicaid on the dates of service. Our records show your application for "
           "institutional Medicaid was not approved for these dates; your current coverage is community Medicaid "
           "only. Authority: 42 CFR 418.112 and 42 CFR 435.217.", 9.5)
    d.para(f"Your right to appeal: you must ask for an appeal within 60 days of the date of this notice. Call "
           f"{f['ph']} or fax {f['fax']}. If you ask within 10 days, your benefits can continue while we decide. "
           "You may also ask for a state fair hearing.", 9.4)
    d.para(f"Hospice NPI {f['npi']}. Hospice account {f['acct']}.", 8.5)
    signature(d, [f["caseworker"], "Eligibility Specialist", STATE])
    return pdf_bytes(d)


def hospice_letter(f, ds="abbr") -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(foot=f"{HOSP}  ·  Family services")
    d.add_page()
    letterhead(d, "logo", HOSP, "18 Orchard Bend | Harrowgate, NM 87004 | 24-hour line " + f["ph"],
               logo="Linden Hollow")
    d.text_line(fd(f["date"]), 10, h=6)
    mail_to(d, ["Family of " + f["member"]] + list(f["addr"]))
    d.text_line("About your respite stay and room and board", 12, "B", h=8)
    d.para(f"Dear family of {f['member']},", 10)
    d.para(f"We have arranged a respite stay for {f['member']} at {NF} from {fd(f['start'])} through {fd(f['end'])} "
           "so that you can rest. During respite, hospice pays the facility for the stay as part of the hospice "
           "benefit; you owe nothing for these days.", 9.8)
    d.para("If the stay goes on after the fifth day, the extra days are no longer respite. For a Medicaid member who "
           "stays on in the facility, Medicaid may pay room and board through us to the facility; we will ask "
           "Medicaid for approval and tell you in writing what it decides. This letter is not a bill.", 9.8)
    pairs(d, [("Patient", f["member"]), ("Medicaid ID", f["mid"]), ("Our account", f["acct"]),
              ("Daily facility rate", usd(f["rate"])), ("Nurse case manager", "Beatrix Hollingshead, RN")], kw=52)
    signature(d, ["Fenella Draycott", "Social Worker", HOSP], "Warmly,")
    return pdf_bytes(d)


def mco_eob(f, ds="slash", ms="plain") -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(foot=f"{MCO} Medicaid  ·  This is not a bill  ·  page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, "block", MCO, "Medicaid Managed Care | PO Box 7713 | Harrowgate, NM 87009")
    d.text_line("EXPLANATION OF BENEFITS", 13, "B", h=8)
    pairs(d, [("Statement date", fd(f["date"])), ("Member", f["member"]), ("Member ID", f["mid"]),
              ("Group", f["grp"]), ("Date of birth", fdate(f["dob"], "slash"))], kw=44)
    a1, a2 = f["o1"], f["o2"]
    d.table(["Claim #", "Provider", "Service", "Dates", "Billed", "Plan paid", "Code"],
            [[f["c1"], HOSP, "Routine home care", fd(f["s1"]), usd(a1, ms), usd(round(a1 * .92, 2), ms), "--"],
             [f["claim"], HOSP, "NF room and board", f"{fd(f['start'])}-{fd(f['end'])}", usd(f["total"], ms),
              usd(0, ms), "RB7"],
             [f["c3"], "Adair Family Medicine", "Office visit", fd(f["s3"]), usd(a2, ms), usd(round(a2 * .8, 2), ms),
              "--"]], [27, 35, 31, 40, 17, 17, 10], size=7.6, aligns="LLLLRRL")
    d.para("RB7: Room and board in a nursing facility is not covered for a hospice member unless the plan authorized "
           "it before the stay. No authorization was on file for these dates.", 8.8)
    d.para(f"Appeals: you or your provider may appeal within 60 days of the date of this statement. Call {f['ph']}. "
           "Urgent appeals are decided within 72 hours. You may request a state fair hearing within 120 days of our "
           "appeal decision.", 8.8)
    return pdf_bytes(d)


def nf_statement(f, ds="iso") -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(foot=f"{NF}  ·  Resident accounts")
    d.add_page()
    letterhead(d, "block", NF, "Resident Accounts | 422 Millrace Road | Harrowgate, NM 87006")
    d.text_line("RESIDENT STATEMENT", 12, "B", h=8)
    pairs(d, [("Statement date", fd(f["date"])), ("Resident", f["member"]), ("Resident account", f["racct"]),
              ("Medicaid ID", f["mid"]), ("Hospice", HOSP)], kw=44)
    d.table(["Dates", "Description", "Days", "Charges"],
            [[f"{fd(f['start'])} to {fd(f['end'])}", "Room and board - hospice resident", str(f["n"]),
              usd(f["total"])], ["", "Pending with Medicaid (billed through hospice)", "", usd(-f["total"])],
             ["*Balance due", "", "", usd(0)]], [56, 78, 14, 26], aligns="LLRR")
    d.para("No payment is due now. We will write to you if Medicaid does not pay.", 9.4)
    return pdf_bytes(d)


def appeal_decision(f, ds="dmy", ms="nosign") -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(foot=f"{MCO}  ·  Appeals and Grievances")
    d.add_page()
    letterhead(d, "logo", MCO, "Appeals and Grievances | PO Box 7720, Harrowgate, NM 87009", logo="COBBLEFORD")
    d.text_line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["member"]] + list(f["addr"]))
    d.text_line("Notice of Appeal Resolution", 12, "B", h=8)
    pairs(d, [("Appeal number", f["appeal"]), ("Original claim", f["claim"]), ("Member ID", f["mid"]),
              ("Service", "Nursing facility room and board"), ("Dates of service",
              f"{fd(f['start'])} - {fd(f['end'])}"), ("Amount billed", usd(f["total"], ms)), ("Hospice", HOSP)],
          kw=50)
    d.para(f"Dear {f['member']}:", 10)
    d.para(f"We received your appeal on {fd(f['recv'])}. A physician reviewer who was not part of the first decision "
           "looked at the hospice and facility records. The records show that the stay was a respite stay of more "
           "than five days and that no nursing facility level of care screening was completed. We are upholding our "
           "denial: room and board for these days is not covered.", 9.6)
    d.para(f"You may ask for a State Fair Hearing within 120 days of the date of this notice. Call {f['ph']}. If you "
           "ask within 10 days, services can continue. You may also ask for an external review.", 9.4)
    signature(d, ["Dr. Percival Oakhurst", "Medical Director", MCO])
    return pdf_bytes(d)


def T(f, insurer, dtype, den, lang="en", cases=(), amount=True, dead=None, alts=None, uns=None, dalt=None,
      provider=HOSP, group=None):
    return truth(dtype, den, lang, insurer=insurer, plan_id=None, group_number=group, member_id=f["mid"],
                 member_name=f["member"], case_numbers=list(cases), claim_amount=m2(f["total"]) if amount else None,
                 service_dates=[iso(f["start"], f["end"])], denial_date=iso(f["date"]), provider=provider,
                 appeal_deadline=iso(dead) if dead else None, alternates=alts or {}, unscored=uns or [],
                 denial_alternates=dalt)


def documents(rng) -> list[Item]:
    items = []
    P = FAMILY + "_"
    r = random.Random(SEED + 1)
    f = facts(r)
    items.append(Item(P + "bd_noa_no_institutional_medicaid", "born_digital",
                      [(notice_of_action(f, "long", "plain", "elig"),
                        T(f, STATE, "denial_letter", "eligibility", cases=[f["notice"]],
                          dead=days(f["date"], 60)))]))
    r = random.Random(SEED + 2)
    f = facts(r, "es")
    items.append(Item(P + "lowres_es_nivel_de_cuidado", "scan_lowres_150",
                      [(notice_of_action(f, es=True),
                        T(f, STATE, "denial_letter", "level_of_care", "es", cases=[f["notice"]],
                          dead=days(f["date"], 60), dalt=["medical_necessity", "eligibility"]))]))
    r = random.Random(SEED + 3)
    f = facts(r)
    f["n"] = 5
    f["end"] = days(f["start"], 4)
    f["total"] = round(f["rate"] * 5, 2)
    items.append(Item(P + "copy_hospice_family_respite_letter", "photocopy",
                      [(hospice_letter(f), T(f, None, "other", None, amount=False, uns=["insurer"]))]))
    r = random.Random(SEED + 4)
    f = facts(r)
    f.update(c1=digits(r, 14), c3=digits(r, 14), o1=round(r.uniform(900, 1600), 2), o2=round(r.uniform(120, 260), 2),
             s1=days(f["start"], -9), s3=days(f["start"], -4))
    items.append(Item(P + "scan_mco_eob_three_claims", "scan_clean_300",
                      [(mco_eob(f), T(f, MCO, "eob", "prior_authorization", cases=[f["claim"]],
                                      dead=days(f["date"], 60), group=f["grp"], dalt=["not_covered"]))]))
    r = random.Random(SEED + 5)
    f = facts(r)
    f["racct"] = mixed(r, "R-99999")
    t1 = T(f, STATE, "denial_letter", "timely_filing", cases=[f["notice"], f["claim"]], dead=days(f["date"], 60))
    t2 = T(f, None, "other", None, uns=["insurer"], provider=NF, alts={"provider": [HOSP]})
    items.append(Item(P + "faxstd_stack_late_claim_and_nf_statement", "fax_standard_g4",
                      [(notice_of_action(f, "slash", "usd", prose=True), t1), (nf_statement(f), t2)],
                      separators=["cover", "blank"]))
    r = random.Random(SEED + 6)
    f = facts(r)
    items.append(Item(P + "rot_appeal_upheld", "rotated",
                      [(appeal_decision(f), T(f, MCO, "denial_letter", "level_of_care",
                                              cases=[f["appeal"], f["claim"]], dalt=["not_covered"]))]))
    r = random.Random(SEED + 7)
    f = facts(r)
    items.append(Item(P + "photo_prose_late_room_and_board", "phone_photo",
                      [(notice_of_action(f, "upper", "plain", prose=True),
                        T(f, STATE, "denial_letter", "timely_filing", cases=[f["notice"], f["claim"]],
                          dead=days(f["date"], 60)))]))
    return items
