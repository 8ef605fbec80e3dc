"""Family 'lymphedema_complete_decongestive_therapy_visit_limit_denial': an invented commercial plan refusing
complete decongestive therapy (CDT: 97140 manual lymphatic drainage, 29581 multilayer compression bandaging, 97535
self-care training) for arm lymphedema after breast cancer treatment because the 30-visit yearly rehabilitation
limit is used up.

Documents: a born-digital pre-service notice denying 12 more visits; the lymphedema clinic's statement of account
(denies nothing); a photocopied member EOB with three claims (office visit and compression sleeve paid, the CDT
visits claim refused over the limit); a fine-fax stack of a cover, the clinic's exception request and the plan's
exception decision (denied); a Spanish member notice on a phone photo; a sideways upheld appeal told in sentences;
a low-resolution approval of six visits after a cellulitis episode (denies nothing).
All values invented; phones 1-555. Decoys: DOB, NPI, surgery date, request-received dates, visits used, account
and tax ID numbers, other claims, 72-hour and external-review limits, policy numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcu_famcue import Page, addr, cover, fd, fee, letterhead, lv, paras, pat, ph, plus, usd

FAMILY = "lymphedema_complete_decongestive_therapy_visit_limit_denial"
LANG = "en"
SEED = 345300
ORG = "Calderwood Mutual Health Plan"
ORG_ADDR = "PO Box 4471, Thistlewood, OR 97999"
CLINIC = "Riverbend Lymphedema & Wellness Center"
CLINIC_ADDR = "2280 Tamarack Ridge Road, Suite 140, Thistlewood, OR 97999"
OTR = "Noreen T. Achebe, OTR/L"
OTR_BARE = "Noreen T. Achebe"
ONC = "Dr. Felix P. Marchbanks"
MEMBERS = ["Harriet L. Quennell", "Odalys V. Brightwater", "Philippa K. Stroud", "Maureen D. Okafor-Lane",
           "Constance R. Whitlow", "Ines B. Harrowgate",
           "Beatrix J. Fennimore"]
MEMBER_ES = "Graciela M. Portillo"
CODES = [("97140", "Manual lymphatic drainage, 15 min units"), ("29581", "Multilayer compression bandaging, arm"),
         ("97535", "Self-care / home management training")]


def base(r, k):
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 150))
    return dict(notice=notice, member=MEMBERS[k % len(MEMBERS)],
                addr=[f"{r.randint(14, 9800)} Larkspur Hollow Lane", "Thistlewood, OR 97999"],
                mid=pat(r, "CMH999999999"), grp=pat(r, "G-99999"), phone=ph(r),
                dob=dt.date(r.randint(1954, 1980), r.randint(1, 12), r.randint(1, 28)),
                surgery=notice - dt.timedelta(days=r.randint(300, 700)), npi=r.choice("12") + pat(r, "999999999"))


def visits(start, n, gap=3):
    return [start + dt.timedelta(days=gap * k) for k in range(n)]


def doc_preservice(r):
    f = base(r, 0)
    ref = pat(r, "UM-2026-999999")
    start = plus(f["notice"], r.randint(4, 9))
    req = plus(f["notice"], -r.randint(3, 6))
    ds = "long"
    d = Page(footer="Calderwood Mutual Health Plan - Utilization Management - Page {p} of {n}")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, f"Member Services {f['phone']}  TTY 711"])
    d.text_line(fd(f["notice"], ds), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    d.ln(1)
    lv(d, [("Patient", f["member"]), ("Date of birth", fd(f["dob"], "slash")), ("Member ID", f["mid"]),
           ("Group No.", f["grp"]), ("Reference #", ref), ("Requesting provider", OTR), ("NPI", f["npi"]),
           ("Facility", CLINIC), ("Service", "Complete decongestive therapy, 12 visits (97140, 29581, 97535)"),
           ("Planned start", fd(start, ds)), ("Request received", fd(req, ds))], w=50, size=9.4)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        "We reviewed the request from your therapist for 12 more visits of complete decongestive therapy for "
        f"lymphedema of the left arm following your surgery on {fd(f['surgery'], ds)}. We cannot approve it.",
        "#Why we denied the request",
        "Your plan covers up to 30 outpatient rehabilitation visits each calendar year, physical, occupational and "
        "speech therapy combined (Schedule of Benefits, section 7.4). All 30 visits have been used for 2026. Visits "
        "past this limit are not a covered benefit. This decision is based on your benefit limit, not on whether "
        "the therapy is medically necessary.",
        "#If you disagree",
        "You or your provider may appeal within 180 days of the date of this letter. Write to Calderwood Mutual "
        f"Appeals, {ORG_ADDR}, or fax 1-555-318-7702. If a delay could seriously harm your health you may ask for "
        "an expedited appeal, decided within 72 hours. After our final decision you may ask for an independent "
        "external review within 4 months.",
        "You may receive, free of charge, copies of all documents relevant to this decision.",
        "Sincerely,", "Utilization Management, Calderwood Mutual Health Plan"], size=9.5)
    t = truth("denial_letter", "not_covered", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], service_dates=[start.isoformat()],
              denial_date=f["notice"].isoformat(), provider=OTR,
              appeal_deadline=plus(f["notice"], 180).isoformat(), denial_alternates=["other"],
              alternates={"provider": [OTR_BARE, CLINIC], "service_dates": [[]]})
    return pdf_bytes(d), t


def doc_statement(r):
    f = base(r, 1)
    acct = pat(r, "RB-99999")
    claim = pat(r, "9999999999")
    vs = visits(plus(f["notice"], -r.randint(40, 55)), 3, 4)
    lines = []
    for v in vs:
        for c, dsc in CODES[:2]:
            lines.append((v, c, dsc, fee(r, 60, 140)))
    total = round(sum(x[3] for x in lines), 2)
    d = Page(footer="Riverbend Lymphedema & Wellness Center  Tax ID 93-4418207")
    d.add_page()
    letterhead(d, CLINIC, [CLINIC_ADDR, f"Billing office {ph(r)}"], 1)
    d.text_line("STATEMENT OF ACCOUNT", 13, "B", "C")
    d.ln(2)
    y = d.get_y()
    addr(d, [f"{f['member']}", *f["addr"]])
    d.set_y(y)
    lv(d, [("Statement date", fd(f["notice"], "slash")), ("Account no.", acct), ("Patient", f["member"]),
           ("Insurance", ORG), ("Member ID", f["mid"]), ("Insurer claim #", claim)], w=34, size=9, x=112)
    d.ln(4)
    rows = [[fd(v, "slash"), c, dsc, usd(a, "nosign")] for v, c, dsc, a in lines]
    rows.append([fd(f["notice"] - dt.timedelta(days=6), "slash"), "", "Calderwood Mutual: denied, visit limit met",
                 "0.00"])
    rows.append(["*", "", "Total charges", usd(total, "nosign")])
    d.table(["Date", "Code", "Description", "Charge"], rows, [28, 18, 98, 30], size=8.8, aligns="LLLR")
    d.para(f"Your insurance did not pay these visits. Balance now due from patient: {usd(total)}. "
           "Payment plans are available; call our billing office. Therapist: " + OTR + ".", 9.5)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[claim],
              claim_amount=f"{total:.2f}", service_dates=[v.isoformat() for v in vs],
              denial_date=f["notice"].isoformat(), provider=CLINIC, unscored=["insurer"],
              alternates={"provider": [OTR, OTR_BARE], "case_numbers": [[]]})
    return pdf_bytes(d), t


def doc_eob(r):
    f = base(r, 2)
    period = (plus(f["notice"], -60), plus(f["notice"], -5))
    c1, c2, c3 = pat(r, "26-9999999-01"), pat(r, "26-9999999-02"), pat(r, "26-9999999-03")
    ov = plus(f["notice"], -r.randint(40, 50))
    sl = plus(ov, r.randint(2, 5))
    vs = visits(plus(ov, 8), 4, 3)
    ov_amt, sl_amt = fee(r, 180, 260), fee(r, 140, 220)
    per = [fee(r, 190, 260) for _ in vs]
    total = round(sum(per), 2)
    d = Page(footer="Calderwood Mutual Health Plan  |  This is not a bill  |  {p}/{n}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Questions: {f['phone']}"], 2)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B")
    d.text_line("THIS IS NOT A BILL", 9)
    d.ln(2)
    y = d.get_y()
    lv(d, [("Member", f["member"]), ("ID", f["mid"]), ("Group", f["grp"])], w=22, size=9)
    d.set_y(y)
    lv(d, [("Statement date", fd(f["notice"], "dmy")), ("Claims processed", f"{fd(period[0], 'dmy')} - "
                                                                        f"{fd(period[1], 'dmy')}")],
       w=34, size=9, x=110)
    d.ln(2)
    head = ["Service date", "Provider / service", "Billed", "Allowed", "Plan paid", "You owe", "Note"]
    w = [26, 66, 20, 20, 20, 18, 10]
    rows = [[f"*Claim {c1}", "", "", "", "", "", ""],
            [fd(ov, "dmy"), f"{ONC} - office visit 99214", usd(ov_amt, "flat"), usd(ov_amt * 0.7, "flat"),
             usd(ov_amt * 0.7 - 30, "flat"), "$30.00", ""],
            [f"*Claim {c2}", "", "", "", "", "", ""],
            [fd(sl, "dmy"), "Tillman Medical Supply - sleeve A6545", usd(sl_amt, "flat"), usd(sl_amt * 0.8, "flat"),
             usd(sl_amt * 0.64, "flat"), usd(sl_amt * 0.16, "flat"), ""],
            [f"*Claim {c3}", "", "", "", "", "", ""]]
    for v, a in zip(vs, per):
        rows.append([fd(v, "dmy"), f"{CLINIC[:22]} - CDT 97140/29581", usd(a, "flat"), "$0.00", "$0.00",
                     usd(a, "flat"), "V30"])
    rows.append(["", "Claim total", usd(total, "flat"), "$0.00", "$0.00", usd(total, "flat"), ""])
    d.table(head, rows, w, size=7.8, aligns="LLRRRRC")
    paras(d, [
        "#Notes",
        "V30 - Your plan covers 30 outpatient rehabilitation visits per calendar year. These visits were past that "
        "limit and are not covered. Rendering provider for claim " + c3 + ": " + CLINIC + ".",
        "#Appeal rights",
        "You may appeal a denied claim within 180 days of the date of this statement. Send your request to "
        f"Calderwood Mutual Appeals, {ORG_ADDR}. Urgent appeals are decided within 72 hours."], size=8.8)
    t = truth("eob", "not_covered", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[c3], claim_amount=f"{total:.2f}",
              service_dates=[v.isoformat() for v in vs], denial_date=f["notice"].isoformat(), provider=CLINIC,
              appeal_deadline=plus(f["notice"], 180).isoformat(), denial_alternates=["other"])
    return pdf_bytes(d), t


def stack_exception(r):
    f = base(r, 3)
    ref = pat(r, "EXC-99999-A")
    sent = plus(f["notice"], -r.randint(8, 12))
    start = plus(f["notice"], r.randint(5, 10))
    # clinic's exception request (denies nothing)
    d = Page(serif=True)
    d.add_page()
    letterhead(d, CLINIC, [CLINIC_ADDR, "Fax 1-555-640-2219"], 0)
    d.text_line(fd(sent, "abbr"), 10)
    d.ln(3)
    addr(d, ["Calderwood Mutual Health Plan", "Benefit Exceptions Unit", ORG_ADDR])
    d.text_line(f"Re: {f['member']}   Member ID {f['mid']}   Group {f['grp']}", 10, "B")
    d.ln(2)
    paras(d, [
        "To the Benefit Exceptions Unit:",
        f"I am requesting an exception to the 30-visit rehabilitation limit for {f['member']}, who developed "
        "stage II secondary lymphedema of the right arm after axillary node dissection. Her arm volume difference "
        "rose from 9% to 17% over the last six weeks. I ask for 10 visits of complete decongestive therapy "
        f"(manual lymphatic drainage 97140 and compression bandaging 29581), starting {fd(start, 'abbr')}.",
        "Without the intensive phase she is at risk of cellulitis and of progression to irreversible fibrosis. "
        "Measurements and the treating oncologist's note are attached.",
        "Sincerely,", "", OTR + ", CLT", f"{CLINIC}"], size=10)
    req = pdf_bytes(d)
    t_req = truth("other", None, insurer=None, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
                  service_dates=[start.isoformat()], denial_date=sent.isoformat(), provider=OTR,
                  unscored=["insurer"], alternates={"provider": [OTR_BARE, CLINIC]})
    # plan's decision (denied)
    d = Page(footer="Calderwood Mutual Health Plan - Benefit Exceptions - {p}")
    d.add_page()
    letterhead(d, ORG, ["Benefit Exceptions Unit", ORG_ADDR], 1)
    d.text_line("BENEFIT EXCEPTION REQUEST - DECISION", 12, "B")
    d.ln(1)
    lv(d, [("Date", fd(f["notice"], "iso")), ("To", f"{OTR}, {CLINIC}"), ("Member", f["member"]),
           ("Member ID", f["mid"]), ("Exception request #", ref), ("Received", fd(plus(sent, 1), "iso")),
           ("Visits asked", "10, from " + fd(start, "iso")), ("Decision", "DENIED")], w=46, size=9.6)
    paras(d, [
        "Your request for an exception to the member's yearly rehabilitation visit limit has been denied. The "
        "plan document allows exceptions to visit limits only for services given under a hospice or home health "
        "plan of care; outpatient lymphedema therapy is not among them. The member has used 30 of 30 visits.",
        "The member or the provider acting for the member may appeal this decision within 180 days of the date of "
        "this notice. External review may be requested within 4 months of a final internal decision."], size=9.6)
    dec = pdf_bytes(d)
    t_dec = truth("denial_letter", "not_covered", insurer=ORG, member_id=f["mid"], member_name=f["member"],
                  case_numbers=[ref], service_dates=[start.isoformat()], denial_date=f["notice"].isoformat(),
                  provider=OTR, appeal_deadline=plus(f["notice"], 180).isoformat(), denial_alternates=["other"],
                  alternates={"provider": [OTR_BARE, CLINIC]})
    cov = cover("Riverbend Lymphedema - Therapy office", "Calderwood Mutual Benefit Exceptions",
                "1-555-640-2219", "1-555-318-7702", fd(f["notice"], "slash"), 3,
                "Exception decision attached, with a copy of your request.")
    return [(dec, t_dec), (req, t_req)], [cov, None]


def doc_es(r):
    f = base(r, 4)
    f["member"] = MEMBER_ES
    claim = pat(r, "9999999999-99")
    vs = visits(plus(f["notice"], -r.randint(25, 35)), 3, 5)
    per = [fee(r, 170, 240) for _ in vs]
    total = round(sum(per), 2)
    d = Page(footer="Calderwood Mutual Health Plan - página {p} de {n}")
    d.add_page()
    letterhead(d, ORG, ["Departamento de Reclamaciones", ORG_ADDR, f"Servicios al Miembro {f['phone']}"], 0)
    d.text_line(fd(f["notice"], "es"), 10)
    d.ln(3)
    addr(d, [MEMBER_ES, *f["addr"]])
    d.text_line("AVISO DE DENEGACIÓN DE RECLAMACIÓN", 12.5, "B")
    d.ln(1)
    lv(d, [("Paciente:", MEMBER_ES), ("Número de miembro:", f["mid"]), ("Grupo:", f["grp"]),
           ("Número de reclamación:", claim), ("Fecha de nacimiento:", fd(f["dob"], "slash"))], w=52, size=9.4)
    paras(d, [
        f"Estimada Sra. {MEMBER_ES.split()[-1]}:",
        f"Recibimos la reclamación de {CLINIC} por terapia descongestiva completa los días "
        f"{fd(vs[0], 'es')}, {fd(vs[1], 'es')} y {fd(vs[2], 'es')}, por un total facturado de {usd(total)}. "
        "Hemos negado esta reclamación.",
        "#Motivo",
        "Su plan cubre hasta 30 visitas de rehabilitación ambulatoria por año calendario. Usted ya usó las 30 "
        "visitas de 2026, y las visitas adicionales no son un beneficio cubierto.",
        "#Sus derechos",
        "Puede apelar dentro de 180 días a partir de la fecha de este aviso. Envíe su apelación a Calderwood Mutual "
        f"Appeals, {ORG_ADDR}. Si su salud corre grave peligro, pida una apelación acelerada (72 horas). Tiene "
        "derecho a una revisión externa independiente dentro de 4 meses después de la decisión final."], size=9.6)
    t = truth("denial_letter", "not_covered", lang="es", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=MEMBER_ES, case_numbers=[claim], claim_amount=f"{total:.2f}",
              service_dates=[v.isoformat() for v in vs], denial_date=f["notice"].isoformat(), provider=CLINIC,
              appeal_deadline=plus(f["notice"], 180).isoformat(), denial_alternates=["other"])
    return pdf_bytes(d), t


def doc_upheld(r):
    f = base(r, 5)
    f["notice"] = plus(f["notice"], 110)
    appeal, claim = pat(r, "AP-999999"), pat(r, "9999999999")
    vs = visits(plus(f["notice"], -r.randint(60, 75)), 2, 3)
    per = [fee(r, 180, 230) for _ in vs]
    total = round(sum(per), 2)
    got = plus(f["notice"], -r.randint(20, 28))
    d = Page(serif=True, footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ORG, ["Appeals and Grievances", ORG_ADDR], 0)
    d.text_line(fd(f["notice"], "abbr"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"We received your appeal on {fd(got, 'abbr')}. Your appeal number is {appeal}. You asked us to pay claim "
        f"{claim} from {CLINIC} for complete decongestive therapy visits on {fd(vs[0], 'abbr')} and "
        f"{fd(vs[1], 'abbr')}, billed at {usd(total)}, given by {OTR}.",
        "A reviewer who was not part of the first decision looked at your appeal and your plan's Schedule of "
        "Benefits. The plan covers 30 outpatient rehabilitation visits a year, and these visits were the 31st and "
        "32nd. We are upholding the denial because visits over the limit are not covered.",
        f"Your member ID is {f['mid']} and your group number is {f['grp']}.",
        "If you still disagree, you may ask for a second-level appeal within 60 days of the date of this letter. "
        "You may also ask an independent review organization for an external review within 4 months.",
        "Sincerely,", "Appeals and Grievances, Calderwood Mutual Health Plan"], size=10)
    t = truth("denial_letter", "not_covered", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=f"{total:.2f}",
              service_dates=[v.isoformat() for v in vs], denial_date=f["notice"].isoformat(), provider=OTR,
              appeal_deadline=plus(f["notice"], 60).isoformat(), denial_alternates=["other"],
              alternates={"provider": [OTR_BARE, CLINIC]})
    return pdf_bytes(d), t


def doc_approval(r):
    f = base(r, 6)
    auth = pat(r, "A99999999")
    a, b = plus(f["notice"], 3), plus(f["notice"], 45)
    d = Page(footer="Calderwood Mutual Health Plan")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR], 2)
    d.text_line(fd(f["notice"], "upper"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("APPROVAL NOTICE", 12.5, "B")
    d.ln(1)
    lv(d, [("Member", f["member"]), ("ID #", f["mid"]), ("Authorization", auth), ("Provider", OTR),
           ("Clinic", CLINIC), ("Approved", "6 visits, CDT (97140, 29581)"),
           ("Valid", f"{fd(a, 'upper')} through {fd(b, 'upper')}")], w=36, size=9.6)
    paras(d, [
        "Good news: after your hospital stay for cellulitis of the arm, we approved 6 visits of complete "
        "decongestive therapy as an exception to your yearly visit limit. Please give your therapist the "
        "authorization number above. This approval does not guarantee payment if your coverage ends."], size=9.8)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[auth],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=f["notice"].isoformat(), provider=OTR,
              alternates={"provider": [OTR_BARE, CLINIC]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_exception(r(3))
    return [
        Item(f"{FAMILY}_bd_preservice_30_visit_limit", "born_digital", [doc_preservice(r(0))]),
        Item(f"{FAMILY}_scan300_clinic_statement", "scan_clean_300", [doc_statement(r(1))]),
        Item(f"{FAMILY}_copy_eob_three_claims_cdt_denied", "photocopy", [doc_eob(r(2))]),
        Item(f"{FAMILY}_faxfine_stack_exception_decision_request", "fax_fine_g4", docs, separators=seps),
        Item(f"{FAMILY}_photo_aviso_es", "phone_photo", [doc_es(r(4))]),
        Item(f"{FAMILY}_rotated_upheld_appeal_prose", "rotated", [doc_upheld(r(5))]),
        Item(f"{FAMILY}_lowres_exception_approval", "scan_lowres_150", [doc_approval(r(6))]),
    ]
