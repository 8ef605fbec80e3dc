"""Family 'tubal_ligation_reversal_infertility_exclusion_denial': an invented commercial plan refusing tubal ligation
reversal (tubal reanastomosis) under its infertility and sterilization-reversal exclusion.

Documents: a born-digital pre-service denial with a right-hand sidebar; the reproductive surgeon's self-pay surgical
quote (denies nothing); a photocopied member EOB with three claims (office visit and lab paid, the reversal surgery
refused); a standard-fax stack of a cover, the plan's provider notice (boxes) with a blank separator, and the surgeon's
letter to the patient about self-pay options; a phone photo of the plan's upheld appeal told only in sentences; a
sideways approval of a diagnostic laparoscopy for pelvic pain (denies nothing); a low-resolution Spanish notice.
All values invented; phones 1-555. Decoys: DOB, NPI, tax ID, request-received dates, quote validity, account numbers,
other claims, 72-hour and external-review limits, certificate section and policy numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcw_famcwf import Page, addr, cover, fd, fee, letterhead, lv, paras, pat, plus, sidebar, usd

FAMILY = "tubal_ligation_reversal_infertility_exclusion_denial"
LANG = "en"
SEED = 347900
ORG = "Cobblestone Health Alliance"
ORG_ADDR = "PO Box 4418, Port Alder, OR 97999"
SURGEON = "Philippa R. Castellane"
SURGEON_MD = "Philippa R. Castellane, MD"
PRACTICE = "Lakemont Reproductive Surgery Associates"
PRACTICE_ADDR = "880 Tidewater Plaza, Suite 210, Port Alder, OR 97999"
ASC = "Lakemont Surgery Center"
MEMBERS = ["Corinne A. Blackstone", "Tamara L. Westergaard", "Jolene M. Pritchard", "Audra K. Fennimore",
           "Shelby N. Ravenscroft", "Monique D. Ellsworth", "Yadira C. Montenegro"]
EXCL = "Section 7.3(q)"
POLICY = "CHA-MP-412"


def base(r, k):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 170))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(20, 9800)} Salal Ridge Road",
                                                        "Port Alder, OR 97999"],
                mid=pat(r, "CHA99999999"), grp=pat(r, "G-99999"), plan=pat(r, "PPO-A99"),
                phone=f"1-555-{pat(r, '999-9999')}",
                dob=dt.date(r.randint(1984, 1996), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def doc_preservice(r):
    f = base(r, 0)
    ref = "UM" + pat(r, "26-99999-A")
    surg = plus(f["notice"], r.randint(21, 40))
    got = plus(f["notice"], -r.randint(3, 8))
    d = Page(footer="Cobblestone Health Alliance  -  Utilization Management  -  Page {n} of {nb}")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, f"Member Services {f['phone']}  (TTY 711)"], 0)
    sidebar(d, [("Notice date", fd(f["notice"], "long")), ("Member", f["member"]), ("Member ID", f["mid"]),
                ("Group number", f["grp"]), ("Plan", f["plan"]), ("Birth date", fd(f["dob"], "slash")),
                ("Reference #", ref), ("Received", fd(got, "long")), ("Provider NPI", f["npi"])])
    d.set_right_margin(66)
    addr(d, [f["member"], *f["addr"]])
    d.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B")
    d.line("Request for coverage before the service", 9)
    d.ln(3)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        f"{SURGEON_MD} of {PRACTICE} asked us to cover a laparoscopic tubal reanastomosis (reversal of tubal "
        f"ligation, CPT 58750) at {ASC}, scheduled for {fd(surg, 'slash')}.",
        "#What we decided",
        "We cannot approve this request. The service is not a covered benefit under your plan.",
        "#Why",
        f"Your Evidence of Coverage, {EXCL}, excludes \"reversal of voluntary sterilization\" and services whose "
        "purpose is to achieve pregnancy, except the infertility diagnostic services listed in the Schedule of "
        f"Benefits. Our medical policy {POLICY} applies the same exclusion to tubal reanastomosis. Your surgeon's "
        "records show the surgery is requested so that you may become pregnant again.",
        "#Your right to appeal",
        "If you disagree, you or someone you name may appeal within 180 days of the date of this notice. Write "
        f"to Cobblestone Appeals, {ORG_ADDR}, or fax 1-555-310-4470. If a delay could seriously harm your "
        "health you may ask for an expedited appeal, which we decide within 72 hours. After our final decision "
        "you may ask for an external review within 4 months.",
        "Sincerely,", "Medical Management, Cobblestone Health Alliance"], size=9.3)
    d.set_right_margin(18)
    t = truth("denial_letter", "not_covered", insurer=ORG, plan_id=f["plan"], group_number=f["grp"],
              member_id=f["mid"], member_name=f["member"], case_numbers=[ref], service_dates=[surg.isoformat()],
              denial_date=f["notice"].isoformat(), provider=SURGEON,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [PRACTICE]})
    return bytes(d.output()), t


def doc_quote(r):
    f = base(r, 1)
    surg = plus(f["notice"], r.randint(25, 50))
    quote_no = pat(r, "Q-99999")
    items = [("Surgeon's fee, tubal reanastomosis (58750)", fee(r, 4200, 5600)),
             ("Facility fee, Lakemont Surgery Center", fee(r, 3100, 4300)),
             ("Anesthesia (general), est. 3 hours", fee(r, 900, 1400)),
             ("Pre-operative labs and hysterosalpingogram", fee(r, 380, 650))]
    total = round(sum(a for _, a in items), 2)
    deposit = 1500.00
    d = Page(serif=True, footer=f"{PRACTICE}  -  Tax ID 93-{pat(r, '9999999')}")
    d.add_page()
    letterhead(d, PRACTICE, [PRACTICE_ADDR, "Phone 1-555-402-8800", "Fax 1-555-402-8811"], 1)
    d.line("SURGICAL FEE QUOTE  -  SELF-PAY PACKAGE", 12.5, "B", "C")
    d.ln(3)
    lv(d, [("Quote no.", quote_no), ("Prepared", fd(f["notice"], "abbr")), ("Patient", f["member"]),
           ("Date of birth", fd(f["dob"], "abbr")), ("Insurance", f"{ORG}  ID {f['mid']}"),
           ("Surgeon", f"Dr. {SURGEON}"), ("Tentative surgery date", fd(surg, "abbr"))], w=52, size=9.8)
    d.ln(3)
    rows = [[s, usd(a)] for s, a in items] + [["Package price (all of the above)", usd(total)]]
    d.table(["Service", "Fee"], rows, [130, 44], size=9.2, aligns=["L", "R"], bold_last=True)
    paras(d, [
        f"This quote is valid for 90 days. A non-refundable deposit of {usd(deposit)} holds the surgery date; "
        "the balance is due 14 days before surgery. Your insurance has told us that reversal of sterilization is "
        "excluded under your plan, so we have priced this as a self-pay package. Complications requiring a "
        "hospital stay are not included.",
        "Financing is available through our patient lending partner. Questions: ask for Renata in our surgical "
        "scheduling office."], size=9.6)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], service_dates=[surg.isoformat()],
              denial_date=f["notice"].isoformat(), provider=SURGEON, unscored=["insurer"],
              alternates={"provider": [PRACTICE], "claim_amount": [f"{total:.2f}"]})
    return bytes(d.output()), t


def doc_eob(r):
    f = base(r, 2)
    c1, c2, c3 = pat(r, "26099999901"), pat(r, "26099999902"), pat(r, "26099999903")
    vis = plus(f["notice"], -r.randint(60, 75))
    lab = plus(vis, r.randint(1, 4))
    surg = plus(lab, r.randint(20, 30))
    v_amt, l_amt = fee(r, 240, 390), fee(r, 120, 260)
    lines = [("58750", "Tubotubal anastomosis"), ("58660", "Laparoscopy, lysis of adhesions"),
             ("00840", "Anesthesia, intraperitoneal lower abdomen")]
    per = [fee(r, 700, 5200) for _ in lines]
    total = round(sum(per), 2)
    period = (plus(f["notice"], -30), plus(f["notice"], -2))
    d = Page(footer="THIS IS NOT A BILL  -  Cobblestone Health Alliance  -  {n}/{nb}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Questions? {f['phone']}"], 2)
    d.line("EXPLANATION OF BENEFITS", 13, "B")
    d.ln(2)
    y = d.get_y()
    addr(d, [f["member"].upper(), *[a.upper() for a in f["addr"]]], size=9.5)
    d.set_y(y)
    lv(d, [("Issued:", fd(f["notice"], "slash")), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
           ("Claims received:", f"{fd(period[0], 'slash')} - {fd(period[1], 'slash')}")], w=32, size=8.8, x=112)
    d.ln(8)
    head = ["Service date", "Description", "Billed", "Allowed", "Paid by plan", "You owe", "Note"]
    w = [22, 58, 20, 20, 20, 20, 14]
    al = ["L", "L", "R", "R", "R", "R", "C"]
    d.f(9, "B")
    d.cell(0, 6, f"Claim {c1}   Provider: Port Alder Women's Clinic   Patient: {f['member']}",
           new_x="LMARGIN", new_y="NEXT")
    d.table(head, [[fd(vis, "slash"), "Office visit, established 99214", usd(v_amt, "nosign"),
                    usd(v_amt * 0.7, "nosign"), usd(v_amt * 0.7 - 30, "nosign"), "30.00", "A1"]],
            w, size=7.8, aligns=al)
    d.f(9, "B")
    d.cell(0, 6, f"Claim {c2}   Provider: Cascade Reference Laboratory   Patient: {f['member']}",
           new_x="LMARGIN", new_y="NEXT")
    d.table(head, [[fd(lab, "slash"), "AMH and hormone panel", usd(l_amt, "nosign"), usd(l_amt * 0.55, "nosign"),
                    usd(l_amt * 0.55, "nosign"), "0.00", "A1"]], w, size=7.8, aligns=al)
    d.f(9, "B")
    d.cell(0, 6, f"Claim {c3}   Provider: {SURGEON_MD}   Patient: {f['member']}", new_x="LMARGIN",
           new_y="NEXT")
    rows = [[fd(surg, "slash"), f"{c} {s}", usd(a, "nosign"), "0.00", "0.00", usd(a, "nosign"), "X27"]
            for (c, s), a in zip(lines, per)]
    rows.append(["", "Claim total", usd(total, "nosign"), "0.00", "0.00", usd(total, "nosign"), ""])
    d.table(head, rows, w, size=7.8, aligns=al, bold_last=True)
    paras(d, [
        "#Notes",
        "A1  Processed under your in-network benefits.",
        f"X27  Not covered. Reversal of sterilization is excluded by your Evidence of Coverage ({EXCL}). "
        "You are responsible for the full charge.",
        "#Appeal rights",
        "You may appeal a denied claim within 180 days of the date of this statement. Write to Cobblestone "
        f"Appeals, {ORG_ADDR}. An urgent appeal is decided within 72 hours."], size=8.6)
    t = truth("eob", "not_covered", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[c3], claim_amount=f"{total:.2f}",
              service_dates=[surg.isoformat()], denial_date=f["notice"].isoformat(), provider=SURGEON,
              appeal_deadline=plus(f["notice"], 180).isoformat())
    return bytes(d.output()), t


def stack_provider(r):
    f = base(r, 3)
    ref = "UM" + pat(r, "26-99999-A")
    surg = plus(f["notice"], r.randint(18, 30))
    d = Page(footer="Cobblestone Health Alliance  Provider Services  p. {n}")
    d.add_page()
    letterhead(d, ORG, ["Provider Services", ORG_ADDR, "Provider line 1-555-310-4400"], 1)
    d.line("PRIOR AUTHORIZATION DETERMINATION  -  NOT APPROVED", 11.5, "B")
    d.ln(2)
    lv(d, [("Date", fd(f["notice"], "iso")), ("To", f"{SURGEON_MD}, {PRACTICE}"), ("Fax", "1-555-402-8811")],
       w=18, size=9.4)
    d.ln(2)
    d.boxed_pairs([("Case number", ref), ("Member", f["member"]), ("Member ID / Group", f"{f['mid']} / {f['grp']}"),
                   ("Date of birth", fd(f["dob"], "iso")), ("Requesting provider NPI", f["npi"]),
                   ("Procedure", "58750 Tubotubal anastomosis (tubal ligation reversal)"),
                   ("Requested date of service", fd(surg, "iso")), ("Determination", "DENIED - benefit exclusion")],
                  label_w=58, size=9.2)
    paras(d, [
        f"Rationale: Reversal of voluntary sterilization is excluded under the member's Evidence of Coverage "
        f"({EXCL}). This is a benefit determination, not a medical necessity determination; a peer-to-peer "
        "review will not change the outcome.",
        "The provider may request reconsideration on the member's behalf within 180 days of the date of this "
        "notice. The member has been sent a separate letter with her appeal rights."], size=9.4)
    dec = bytes(d.output())
    t_dec = truth("denial_letter", "not_covered", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
                  member_name=f["member"], case_numbers=[ref], service_dates=[surg.isoformat()],
                  denial_date=f["notice"].isoformat(), provider=SURGEON,
                  appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [PRACTICE]})
    later = plus(f["notice"], r.randint(3, 6))
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, PRACTICE, [PRACTICE_ADDR, "Phone 1-555-402-8800"], 0)
    d.line(fd(later, "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member'].split()[0]},",
        f"Your insurance plan, {ORG}, has told us it will not pay for your tubal reversal because the plan "
        "excludes reversal of sterilization. We have kept your surgery date on hold for two weeks while you "
        "decide what you would like to do.",
        "You may appeal the plan's decision; we will send your records and a letter supporting you. You may also "
        "go ahead as a self-pay patient: our package price covers the surgeon, the surgery center and anesthesia. "
        "Our financial counselor can go over payment plans with you.",
        "Please call the office at 1-555-402-8800 and let us know how you would like to proceed.",
        "Warm regards,", "", f"Dr. {SURGEON}", PRACTICE], size=10)
    let = bytes(d.output())
    t_let = truth("other", None, member_name=f["member"], service_dates=[], denial_date=later.isoformat(),
                  provider=SURGEON, unscored=["insurer"], alternates={"provider": [PRACTICE]})
    cov = cover("Cobblestone Health Alliance - Provider Services", "Lakemont Reproductive Surgery Associates",
                "1-555-310-4471", "1-555-402-8811", fd(f["notice"], "slash"), 3,
                "Determination enclosed for the authorization request referenced inside. Please share with the "
                "surgeon's scheduling office.")
    return [(dec, t_dec), (let, t_let)], [cov, "blank"]


def doc_upheld_prose(r):
    f = base(r, 4)
    f["notice"] = plus(f["notice"], 80)
    appeal = "AP-" + pat(r, "9999999")
    ref = "UM" + pat(r, "26-99999-A")
    surg = plus(f["notice"], r.randint(30, 45))
    got = plus(f["notice"], -r.randint(15, 25))
    d = Page(serif=True, footer=None)
    d.add_page()
    d.f(12, "B")
    d.cell(0, 6, ORG.upper(), new_x="LMARGIN", new_y="NEXT")
    d.f(9)
    d.cell(0, 4.5, "Member Appeals  -  " + ORG_ADDR, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.line(fd(f["notice"], "wlong"), 10)
    d.ln(4)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"Thank you for your letter, which reached us on {fd(got, 'long')}. You asked us to look again at our "
        f"decision not to cover the reversal of your tubal ligation that {SURGEON_MD} plans to perform on "
        f"{fd(surg, 'long')}. We filed your appeal under number {appeal}; the original request was reference "
        f"{ref}. For our records, your member number is {f['mid']} and your group is {f['grp']}.",
        "A physician reviewer board-certified in obstetrics and gynecology, who had no part in the first "
        "decision, read your letter, your surgeon's notes and the plan documents. The reviewer understood that "
        "your family circumstances have changed since your sterilization. However, your Evidence of Coverage "
        f"excludes the reversal of voluntary sterilization in {EXCL}, and the plan has no exception to this "
        "exclusion. For this reason we are upholding our decision, and the surgery will not be covered.",
        "This letter ends our internal appeal process. If you still disagree, you may ask for an independent "
        "external review within four months of receiving this letter; the enclosed form explains how. You may "
        f"also call us at {f['phone']} with any questions.",
        "Sincerely,", "", "Lucinda O. Harwell, RN, Appeals Coordinator"], size=10.2)
    t = truth("denial_letter", "not_covered", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[appeal, ref], service_dates=[surg.isoformat()],
              denial_date=f["notice"].isoformat(), provider=SURGEON, alternates={"provider": [PRACTICE]})
    return bytes(d.output()), t


def doc_approval(r):
    f = base(r, 5)
    auth = pat(r, "A99999999")
    dos = plus(f["notice"], r.randint(10, 25))
    d = Page(footer="Cobblestone Health Alliance  |  Authorization Services")
    d.add_page()
    letterhead(d, ORG, ["Authorization Services", ORG_ADDR], 2)
    d.line(fd(f["notice"], "dmyl"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    d.line("Your request has been approved", 12.5, "B")
    d.ln(2)
    d.table(["Authorization", "Service", "Provider", "Approved date(s)", "Setting"],
            [[auth, "49320 Diagnostic laparoscopy", SURGEON_MD, fd(dos, "dmyl"), "Outpatient surgery"]],
            [28, 50, 44, 28, 24], size=8.4)
    paras(d, [
        f"We approved the service above for {f['member']} (member ID {f['mid']}, group {f['grp']}) to evaluate "
        "chronic pelvic pain. The approval is valid for 60 days from the approved date; if the surgery is moved "
        "outside that window, your surgeon must contact us.",
        "This approval covers the diagnostic procedure only. Benefits are subject to your deductible, "
        "coinsurance and eligibility on the date of service. Any procedure performed during the same surgery "
        "that needs its own review (for example, a reconstructive tubal procedure) is not included in this "
        "approval.",
        f"Questions? Call Member Services at {f['phone']}."], size=9.6)
    t = truth("other", None, insurer=ORG, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[auth], service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider=SURGEON, alternates={"provider": [PRACTICE]})
    return bytes(d.output()), t


def doc_spanish(r):
    f = base(r, 6)
    ref = "UM" + pat(r, "26-99999-A")
    surg = plus(f["notice"], r.randint(20, 35))
    d = Page(footer="Cobblestone Health Alliance  -  Página {n} de {nb}")
    d.add_page()
    letterhead(d, ORG, ["Administración Médica", ORG_ADDR, f"Servicios al Miembro {f['phone']} (TTY 711)"], 0)
    d.line(f"Fecha del aviso: {fd(f['notice'], 'es')}", 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    d.line("AVISO DE DENEGACIÓN DE COBERTURA", 12.5, "B")
    d.ln(1)
    lv(d, [("Número de referencia:", ref), ("Número de miembro:", f["mid"]), ("Grupo:", f["grp"]),
           ("Fecha de nacimiento:", fd(f["dob"], "es")), ("Médico solicitante:", SURGEON_MD),
           ("Fecha programada:", fd(surg, "es"))], w=52, size=9.6)
    d.ln(3)
    paras(d, [
        f"Estimada {f['member'].split()[0]}:",
        "Su cirujana solicitó la reversión de la ligadura de trompas (anastomosis tubárica, CPT 58750). Hemos "
        "decidido no cubrir este servicio.",
        "#Motivo",
        f"Su Evidencia de Cobertura, {EXCL}, excluye la reversión de la esterilización voluntaria y los "
        "servicios cuyo fin es lograr un embarazo. Este servicio no es un beneficio cubierto por su plan.",
        "#Su derecho a apelar",
        "Puede apelar esta decisión dentro de 180 días a partir de la fecha de este aviso. Envíe su apelación "
        f"por escrito a Cobblestone Appeals, {ORG_ADDR}. Si la espera pone en grave peligro su salud, pida una "
        "apelación acelerada; la decidimos dentro de 72 horas. También puede pedir una revisión externa "
        "independiente dentro de 4 meses después de nuestra decisión final.",
        "Atentamente,", "Administración Médica, Cobblestone Health Alliance"], size=9.6)
    t = truth("denial_letter", "not_covered", lang="es", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], service_dates=[surg.isoformat()],
              denial_date=f["notice"].isoformat(), provider=SURGEON,
              appeal_deadline=plus(f["notice"], 180).isoformat())
    return bytes(d.output()), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_provider(r(3))
    return [
        Item(f"{FAMILY}_bd_preservice_sidebar_denial", "born_digital", [doc_preservice(r(0))]),
        Item(f"{FAMILY}_scan300_surgeon_self_pay_quote", "scan_clean_300", [doc_quote(r(1))]),
        Item(f"{FAMILY}_copy_eob_three_claims_reversal_denied", "photocopy", [doc_eob(r(2))]),
        Item(f"{FAMILY}_faxstd_stack_provider_notice_surgeon_letter", "fax_standard_g4", docs, separators=seps),
        Item(f"{FAMILY}_photo_appeal_upheld_prose", "phone_photo", [doc_upheld_prose(r(4))]),
        Item(f"{FAMILY}_rotated_laparoscopy_approval", "rotated", [doc_approval(r(5))]),
        Item(f"{FAMILY}_lowres_aviso_es", "scan_lowres_150", [doc_spanish(r(6))]),
    ]
