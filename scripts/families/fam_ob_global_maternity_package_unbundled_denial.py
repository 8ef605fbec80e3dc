"""Family 'ob_global_maternity_package_unbundled_denial': member EOBs, provider remittances and letters denying
maternity services billed apart from a global obstetric package (CPT 59400 / 59510 / 59610 include routine
antepartum visits, the delivery and postpartum care): prenatal office visits, a routine ultrasound, a postpartum
visit and antepartum visit codes denied as bundled (CARC CO-97), a delivery claim denied because the global package
was already paid to another provider (CARC B13), one paid global cesarean claim, and a Spanish member EOB.

All insurers, plans, people, numbers and phones are invented (555 numbers). Decoys: the newborn's name and date
of birth, the delivery date on prenatal denials, the already-paid global claim's number and amounts, NPIs, the
estimated due date, patient account numbers, group and plan names, other claims on the statement.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, pdf_bytes, truth

FAMILY = "ob_global_maternity_package_unbundled_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

INS = {"cb": ("Cedarbrook Health Alliance", "PO Box 77410, Harrow Point, OR 97999", "(555) 314-2270"),
       "pm": ("Pinecrest Mutual Health Plan", "1450 Larchmont Parkway, Sellwood, MN 55999", "(555) 208-6631"),
       "cs": ("Costa Serena Health Plan", "PO Box 40218, Bahía Clara, FL 33999", "(555) 471-0093"),
       "hb": ("Harborlight Medicaid Health Plan", "PO Box 5120, Stillwater Bay, NC 27999", "(555) 662-1804")}
GROUPS = [("Willowmere Women's Health Associates", "Anneliese K. Okonkwo-Brandt, MD"),
          ("Brightwater Midwifery Collective", "Sorcha N. Delahunt, CNM"),
          ("Tamsin Vale Obstetrics & Gynecology", "Rajendra P. Iyer-Lund, DO"),
          ("Saguaro Sky Maternal Care", "Ximena L. Abarca, MD")]
HOSP = ["Northgate Regional Birth Center", "Saint Brigid of Kildare Medical Center"]
MOMS = [("Priyanka", "Oyelowo"), ("Josephine", "Marchbanks"), ("Aiyana", "Thorvaldsen"), ("Halima", "Brennan-Okafor"),
        ("Mireille", "Kaczmarek"), ("Tuyet", "Lindqvist"), ("Rosalind", "Achebe-Winter")]
PREFIX = {"cb": "CHA", "pm": "PMH", "cs": "CSH", "hb": "HMP"}
MOMS_ES = [("Yesenia", "Carbajal"), ("Marisela", "Oquendo")]


def digits(r, n):
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def money(v, style="plain"):
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "bare": f"{v:.2f}"}[style]


def new_doc(footer="Page {p} of {n}"):
    d = Doc("DejaVu", footer=footer)
    d.add_font("DejaVu", "B", BOLD)
    d.add_page()
    return d


def kv(d, rows, w=48, size=9.5):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.1, k)
        d.font(size)
        d.multi_cell(0, 5.1, v, new_x="LMARGIN", new_y="NEXT")


def facts(r, lang="en", i=0, ins="cb"):
    first, last = (MOMS_ES if lang == "es" else MOMS)[i % (2 if lang == "es" else len(MOMS))]
    mid = r.choice("ABCDEFGHJKLMNPRST")
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    delivery = date - dt.timedelta(days=r.randint(30, 75))
    visits = sorted({delivery - dt.timedelta(days=r.randint(20, 200)) for _ in range(3)})
    grp, clin = r.choice(GROUPS)
    baby_first = r.choice(["Amara", "Callum", "Ines", "Oren", "Zuri", "Leopold", "Noor", "Teodoro"])
    return dict(first=first, mid=mid, last=last, name=f"{first} {mid}. {last}", date=date, delivery=delivery,
                visits=visits, grp=grp, clin=clin, npi="1" + digits(r, 9), gnpi="1" + digits(r, 9),
                mid_id=f"{PREFIX[ins]}{digits(r, 9)}", group=f"G{digits(r, 6)}",
                claim=f"{date.year % 100:02d}{digits(r, 3)}{r.choice('ABEK')}{digits(r, 7)}",
                gclaim=f"{(date.year - 1) % 100 if delivery.month < 3 else date.year % 100:02d}{digits(r, 3)}G{digits(r, 7)}",
                ref=f"OBR-{digits(r, 7)}", acct=f"PA{digits(r, 6)}", baby=f"{baby_first} {last}",
                dob_mom=dt.date(r.randint(1986, 2000), r.randint(1, 12), r.randint(1, 28)),
                edd=delivery + dt.timedelta(days=r.randint(3, 12)), hosp=r.choice(HOSP),
                gbilled=float(r.choice([4850, 5275, 5690, 6120])) + r.choice([0, 0.5, 0.25]))


def letterhead(d, ins, sub=None, es=False):
    name, addr, ph = INS[ins]
    d.text_line(name, 15, "B")
    if sub:
        d.text_line(sub, 9.5, "B")
    d.text_line(f"{addr}   {'Servicio al cliente' if es else 'Customer Service'} {ph}   TTY 711", 8.5)
    d.rule(0.6, 3)


def legend(d, rows, size=8.3):
    for code, text in rows:
        d.font(size, "B")
        d.cell(18, 4.4, code)
        d.font(size)
        d.multi_cell(0, 4.4, text, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


CO97 = ("CO-97", "The benefit for this service is included in the payment/allowance for another service/procedure "
                 "that has already been adjudicated (global obstetric package).")
M144 = ("M144", "Pre-/post-operative care payment is included in the allowance for the surgery/procedure.")
B13 = ("CO-B13", "Previously paid. Payment for this claim/service may have been provided in a previous payment.")
N111 = ("N111", "No appeal right except duplicate claim/service issue. This service was included in a claim that "
                "has been previously billed and adjudicated.")


def member_eob(f, ins, ds, lines, note, amount_style="plain", statement_days=180, paid=False, es=False):
    """Member EOB: the already-paid global claim (decoy, or the claim itself when paid) and the denied claim."""
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    M = lambda v: money(v, amount_style)  # noqa: E731
    d = new_doc("Página {p} de {n}" if es else "Page {p} of {n}")
    letterhead(d, ins, "Explicación de beneficios - ESTO NO ES UNA FACTURA" if es else
               "Explanation of Benefits - THIS IS NOT A BILL", es)
    if es:
        kv(d, [("Fecha del estado de cuenta:", D(f["date"])), ("Afiliada:", f["name"]),
               ("Nº de afiliado:", f["mid_id"]), ("Número de grupo:", f["group"]),
               ("Plan:", "Costa Serena Familia HMO 2000")], 58)
    else:
        kv(d, [("Statement date:", D(f["date"])), ("Member:", f["name"]), ("Member ID:", f["mid_id"]),
               ("Group number:", f["group"]), ("Plan:", f"{INS[ins][0].split()[0]} Select PPO 1500"),
               ("Claims processed:", f"{D(f['date'] - dt.timedelta(days=30))} - {D(f['date'] - dt.timedelta(days=1))}")],
           44)
    d.ln(2)
    hdr = (["Fecha de servicio", "Servicio (código)", "Facturado", "Permitido", "Pagó el plan", "Usted debe", "Nota"]
           if es else ["Date of service", "Service (code)", "Billed", "Allowed", "Plan paid", "You owe", "Note"])
    W = [36, 54, 20, 20, 22, 18, 10] if es else [26, 62, 22, 22, 22, 18, 12]
    if not paid:
        d.text_line(("Reclamación ya procesada (paquete global)  Nº " if es else
                     "Previously processed claim (global package)  Claim # ") + f["gclaim"], 9.5, "B")
        d.text_line(f"{'Proveedor' if es else 'Provider'}: {f['grp']}   NPI {f['gnpi']}", 8.5)
        gall = round(f["gbilled"] * 0.82, 2)
        d.table(hdr, [[D(f["delivery"]), f"{f['gcode']} " + ("atención obstétrica global" if es else "global obstetric care"), M(f["gbilled"]), M(gall),
                       M(round(gall * 0.9, 2)), M(round(gall * 0.1, 2)), ""]], W, size=7.8)
    title = ("Reclamación Nº " if es else "Claim # ") + f["claim"]
    d.text_line(title + ("   (DENEGADA)" if es else ("" if paid else "   (DENIED)")), 9.5, "B")
    d.text_line(f"{'Proveedor' if es else 'Provider'}: {f['prov_line']}", 8.5)
    d.text_line(f"{'Recibida' if es else 'Received'}: {D(f['date'] - dt.timedelta(days=19))}   "
                f"{'Cuenta del paciente' if es else 'Patient acct'}: {f['acct']}", 8.5)
    rows = []
    tot = [0.0, 0.0, 0.0, 0.0]
    for ddate, svc, billed, allowed, pd, owe, code in lines:
        rows.append([D(ddate), svc, M(billed), M(allowed), M(pd), M(owe), code])
        for k, v in enumerate((billed, allowed, pd, owe)):
            tot[k] += v
    rows.append(["*" + ("Total de la reclamación" if es else "Claim total"), "", M(tot[0]), M(tot[1]), M(tot[2]),
                 M(tot[3]), ""])
    d.table(hdr, rows, W, size=7.8)
    d.text_line("Notas" if es else "Notes", 9.5, "B")
    legend(d, note)
    return d, tot[0]


def eob_footer(d, f, ins, days, es=False, by=None):
    D = f["D"]
    if es:
        d.para(f"Su recién nacida/o, {f['baby']} (fecha de nacimiento {D(f['delivery'])}), tiene su propia "
               "tarjeta y sus reclamaciones se procesan con su propio número de afiliado.", 8.5)
        d.text_line("Sus derechos de apelación", 10, "B")
        d.para(f"Si no está de acuerdo con esta decisión, puede presentar una apelación dentro de {days} días a partir "
               f"de la fecha de este estado de cuenta. Llame al {INS[ins][2]} o escriba a {INS[ins][1]}. Si necesita "
               "ayuda, puede comunicarse con la oficina del consumidor de seguros de su estado.", 8.5)
        return
    d.para(f"Newborn: {f['baby']}, born {D(f['delivery'])} at {f['hosp']}. The baby's claims are processed under "
           "the baby's own member ID and appear on a separate statement.", 8.5)
    d.text_line("Your right to appeal", 10, "B")
    when = (f"no later than {D(by)}" if by else f"within {days} days of the date of this statement")
    d.para(f"If you disagree with how we processed a claim, you or someone you name may file an appeal {when}. "
           f"Call {INS[ins][2]} or write to Appeals, {INS[ins][1]}. You may also ask for the plan's maternity "
           "payment policy free of charge. You have the right to an external review after our appeal decision.", 8.5)


def remit(f, ins, ds):
    """Provider remittance to the second practice: delivery claim denied, global already paid to another provider."""
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    letterhead(d, ins, "Provider Remittance Advice")
    kv(d, [("Payee:", f["grp"]), ("Payee NPI:", f["gnpi"]), ("Tax ID:", f"XX-XXX{digits(random.Random(f['claim']), 4)}"),
           ("Remit date:", D(f["date"])), ("EFT trace:", digits(random.Random(f["claim"] + "e"), 12))], 36, 9)
    d.ln(2)
    o = random.Random(f["claim"] + "o")
    oname = o.choice([m for m in MOMS if m[1] != f["last"]])
    odate = f["delivery"] - dt.timedelta(days=o.randint(3, 20))
    W = [40, 24, 34, 22, 18, 22, 20, 14]
    H = ["Patient", "Member ID", "Claim no.", "DOS", "Proc", "Billed", "Paid", "Rsn"]
    d.text_line("PAID CLAIMS", 9.5, "B")
    obill = 265.00
    d.table(H, [[f"{oname[1].upper()}, {oname[0].upper()}", f"PMH{digits(o, 9)}", digits(o, 14), D(odate), "99214",
                 f"{obill:,.2f}", f"{obill * 0.74:,.2f}", "CO-45"]], W, size=7.6)
    d.text_line("DENIED CLAIMS", 9.5, "B")
    d.table(H, [[f"{f['last'].upper()}, {f['first'].upper()} {f['mid']}", f["mid_id"], f["claim"], D(f["delivery"]),
                 "59400", f"{f['billed']:,.2f}", "0.00", "CO-B13"],
                ["*Claim total", "", "", "", "", f"{f['billed']:,.2f}", "0.00", ""]], W, size=7.6)
    d.font(8.6)
    d.multi_cell(0, 4.5, f"Patient account {f['acct']}. Rendering: {f['clin']}. Newborn on the delivery record: "
                         f"Baby {'Girl' if random.Random(f['claim']).random() < 0.5 else 'Boy'} {f['last']}, "
                         f"DOB {D(f['delivery'])} (billed under the newborn's own ID).",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.text_line("REASON AND REMARK CODES", 9.5, "B")
    legend(d, [B13, N111, ("PLN-OB7", f"Global obstetric care for this pregnancy (59400) was paid on "
                                      f"{D(f['date'] - dt.timedelta(days=24))} to another provider, {f['other_grp']}. "
                                      "Only one global package is paid per pregnancy. The providers must settle "
                                      "the split of care between themselves or bill the component codes "
                                      "(59409/59410 delivery only) with records."),
               ("CO-45", "Charge exceeds fee schedule/maximum allowable.")])
    d.text_line("PROVIDER RECONSIDERATION", 9.5, "B")
    d.para(f"To request reconsideration, submit the form with delivery and prenatal records within 180 days of the "
           f"remit date. Send to Provider Disputes, {INS[ins][1]}. Questions: Provider Services {INS[ins][2]}.", 8.6)
    return pdf_bytes(d)


def member_letter(f, ins, ds, kind):
    """Letter to the member: routine ultrasound billed apart from the global package."""
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    letterhead(d, ins)
    d.text_line(D(f["date"]), 10.5)
    d.ln(3)
    for ln in (f["name"], f"{random.Random(f['claim']).randint(14, 980)} Quillfeather Lane", "Sellwood, MN 55901"):
        d.text_line(ln, 10)
    d.ln(3)
    d.text_line("Notice of Claim Denial", 13, "B")
    kv(d, [("Member:", f["name"]), ("Member ID:", f["mid_id"]), ("Date of birth:", fmt_date(f["dob_mom"], "slash")),
           ("Claim number:", f["claim"]), ("Reference number:", f["ref"]), ("Provider:", f"{f['clin']}, {f['grp']}"),
           ("Service:", "Obstetric ultrasound, follow-up (CPT 76816)"), ("Date of service:", D(f["visits"][-1])),
           ("Amount billed:", money(f["billed"]))], 40)
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"We reviewed the claim listed above and denied it. Your doctor's practice was already paid for your "
           f"global maternity care (CPT {f['gcode']}, claim {f['gclaim']}), which covered your prenatal visits, the "
           f"delivery on {D(f['delivery'])} and your postpartum care. Under our Maternity Global Package payment "
           "policy, routine follow-up ultrasounds done by the same practice during the pregnancy are part of that "
           "package unless the records show a high-risk condition that needed extra imaging. The claim did not "
           "include a diagnosis or records showing such a condition, so this service is not paid separately "
           "(claim adjustment reason code CO-97).")
    d.para("This is not a decision that the ultrasound was not needed. You should not be billed for it: the provider "
           "agreed to accept the global payment. If you receive a bill, call us.")
    d.text_line("How to appeal", 11, "B")
    d.para(f"You have the right to appeal. Your written appeal must be filed within 180 days of the date of this "
           f"letter. Send it to Member Appeals, {INS[ins][1]}, or call {INS[ins][2]}. Include this letter and any "
           "records from your doctor. If we uphold the denial you may ask for an external review by an independent "
           "review organization.")
    d.para(f"Sincerely,\nClaims Review Unit\n{INS[ins][0]}")
    return pdf_bytes(d)


def provider_letter(f, ins, ds):
    """Letter to the midwife practice: antepartum visit codes billed after the global package."""
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    letterhead(d, ins, "Payment Integrity - Maternity Claims")
    d.text_line(f"Date: {D(f['date'])}", 10)
    d.ln(2)
    for ln in (f["grp"], "Attn: Billing Manager", f"Group NPI {f['gnpi']}"):
        d.text_line(ln, 10)
    d.ln(3)
    d.text_line("RE: Denial of separately billed antepartum care", 12, "B")
    d.ln(1)
    kv(d, [("Patient / member:", f"{f['name']}  (ID {f['mid_id']})"), ("Claim no.:", f["claim"]),
           ("Case reference:", f["ref"]), ("Rendering clinician:", f"{f['clin']} (NPI {f['npi']})"),
           ("Codes billed:", "59426 antepartum care, 7 or more visits"),
           ("Visit dates billed:", ", ".join(D(v) for v in f["visits"])),
           ("Total charge:", money(f["billed"], "nosign")),
           ("Estimated due date:", D(f["edd"])), ("Delivery date:", D(f["delivery"]))], 44)
    d.ln(2)
    d.para(f"The member's global obstetric package (CPT {f['gcode']}) was billed by and paid to your practice on "
           f"claim {f['gclaim']}. Antepartum care codes 59425 and 59426 may be billed only when the same practice "
           "does not provide the delivery. Because the global code already includes these visits, the antepartum "
           "claim is denied as unbundled (CARC CO-97, RARC M144). The delivery hospital, "
           f"{f['hosp']}, and the newborn ({f['baby']}, DOB {D(f['delivery'])}) are not affected by this decision.")
    dl = f["date"] + dt.timedelta(days=180)
    d.text_line("Reconsideration", 11, "B")
    d.para(f"If you believe the visits were for a separate condition, send a corrected claim or a reconsideration "
           f"request with the prenatal record. Requests must be received by {D(dl)}. Fax: (555) 208-6690. The "
           "member may not be billed for denied bundled services.")
    d.para(f"Maternity Claims Review\n{INS[ins][0]}")
    return pdf_bytes(d), dl


def make(i, suffix, cond, kind, ins, ds, lang="en"):
    r = random.Random(157500 + i)
    f = facts(r, lang, i, ins)
    f["D"] = lambda x: fmt_date(x, ds)  # noqa: E731
    f["gcode"] = {"eob_visits": "59400", "letter_us": "59400", "eob_paid": "59510", "eob_es": "59400",
                  "remit": "59400", "prov_letter": "59400", "eob_mixed": "59610"}[kind]
    f["prov_line"] = f"{f['grp']} ({f['clin']})"
    name = INS[ins][0]
    base = dict(insurer=name, member_id=f["mid_id"], member_name=f["name"], denial_date=f["date"].isoformat())
    if kind == "eob_visits":
        lines = [(v, "Office visit, est. patient (99213)", 168.0, 0.0, 0.0, 0.0, "CO-97") for v in f["visits"]]
        d, billed = member_eob(f, ins, ds, lines, [CO97, M144])
        eob_footer(d, f, ins, 180)
        t = truth("eob", "coding_error", denial_alternates=["other"], group_number=f["group"],
                  case_numbers=[f["claim"]], claim_amount=f"{billed:.2f}",
                  service_dates=[v.isoformat() for v in f["visits"]], provider=f["grp"],
                  appeal_deadline=(f["date"] + dt.timedelta(days=180)).isoformat(),
                  alternates={"provider": [f["clin"]]}, **base)
        return pdf_bytes(d), t
    if kind == "eob_mixed":
        v = f["visits"][-1]
        lines = [(v, "Prenatal office visit (99214)", 236.0, 0.0, 0.0, 0.0, "CO-97"),
                 (v, "Venipuncture (36415)", 28.0, 14.5, 14.5, 0.0, "")]
        d, billed = member_eob(f, ins, ds, lines, [CO97, ("PL12", "Routine prenatal visits after a VBAC global "
                                                                  "package (59610) has been paid are not paid "
                                                                  "separately. Lab draws are paid.")], "nosign")
        eob_footer(d, f, ins, 180, by=f["date"] + dt.timedelta(days=180))
        t = truth("eob", "coding_error", denial_alternates=["other"], group_number=f["group"],
                  case_numbers=[f["claim"]], claim_amount=f"{billed:.2f}", service_dates=[v.isoformat()],
                  provider=f["grp"], appeal_deadline=(f["date"] + dt.timedelta(days=180)).isoformat(),
                  alternates={"provider": [f["clin"]], "claim_amount": ["236.00"]}, **base)
        return pdf_bytes(d), t
    if kind == "eob_es":
        pp = f["delivery"] + dt.timedelta(days=r.randint(38, 50))
        f["date"] = max(f["date"], pp + dt.timedelta(days=25))
        base["denial_date"] = f["date"].isoformat()
        lines = [(pp, "Visita posparto (59430)", 210.0, 0.0, 0.0, 0.0, "CO-97")]
        d, billed = member_eob(f, ins, ds, lines, [
            ("CO-97", "El beneficio de este servicio está incluido en el pago de otro servicio ya procesado: la "
                      "atención posparto forma parte del paquete obstétrico global (59400) que ya se pagó."),
            ("M144", "El pago de la atención previa y posterior está incluido en el pago del procedimiento.")],
            es=True)
        eob_footer(d, f, ins, 180, es=True)
        t = truth("eob", "coding_error", lang="es", denial_alternates=["other"], group_number=f["group"],
                  case_numbers=[f["claim"]], claim_amount=f"{billed:.2f}", service_dates=[pp.isoformat()],
                  provider=f["grp"], appeal_deadline=(f["date"] + dt.timedelta(days=180)).isoformat(),
                  alternates={"provider": [f["clin"]]}, **base)
        return pdf_bytes(d), t
    if kind == "eob_paid":
        f["claim"] = f["gclaim"]
        ga = round(f["gbilled"] * 0.8, 2)
        lines = [(f["delivery"], "Global cesarean delivery (59510)",
                  f["gbilled"], ga, round(ga * 0.8, 2), round(ga * 0.2, 2), "PD1")]
        d, billed = member_eob(f, ins, ds, lines, [("PD1", "Paid as global obstetric care. Routine prenatal and "
                                                           "postpartum visits by this practice are included and will "
                                                           "not be paid again."),
                                                   ("CO-45", "Charge exceeds the network allowed amount.")],
                               paid=True)
        eob_footer(d, f, ins, 180)
        t = truth("eob", None, group_number=f["group"], case_numbers=[f["claim"]], claim_amount=f"{billed:.2f}",
                  service_dates=[f["delivery"].isoformat()], provider=f["grp"], appeal_deadline=None,
                  alternates={"provider": [f["clin"]],
                              "appeal_deadline": [(f["date"] + dt.timedelta(days=180)).isoformat()]}, **base)
        return pdf_bytes(d), t
    if kind == "letter_us":
        f["billed"] = 312.0 + r.choice([0, 0.5])
        pdf = member_letter(f, ins, ds, kind)
        t = truth("denial_letter", "coding_error", denial_alternates=["other"], case_numbers=[f["claim"], f["ref"]],
                  claim_amount=f"{f['billed']:.2f}", service_dates=[f["visits"][-1].isoformat()],
                  provider=f["clin"], appeal_deadline=(f["date"] + dt.timedelta(days=180)).isoformat(),
                  alternates={"provider": [f["grp"]]}, **base)
        return pdf, t
    if kind == "remit":
        f["other_grp"] = r.choice([g for g, _ in GROUPS if g != f["grp"]])
        f["billed"] = f["gbilled"]
        pdf = remit(f, ins, ds)
        t = truth("eob", "other", denial_alternates=["coding_error"], case_numbers=[f["claim"]],
                  claim_amount=f"{f['billed']:.2f}", service_dates=[f["delivery"].isoformat()], provider=f["grp"],
                  appeal_deadline=(f["date"] + dt.timedelta(days=180)).isoformat(),
                  alternates={"provider": [f["clin"]]}, **base)
        return pdf, t
    f["billed"] = 1140.0 + r.choice([0, 0.75])
    pdf, dl = provider_letter(f, ins, ds)
    t = truth("denial_letter", "coding_error", denial_alternates=["other"], case_numbers=[f["claim"], f["ref"]],
              claim_amount=f"{f['billed']:.2f}", service_dates=[v.isoformat() for v in f["visits"]],
              provider=f["clin"], appeal_deadline=dl.isoformat(), alternates={"provider": [f["grp"]]}, **base)
    return pdf, t


PLAN = [
    ("bd_eob_prenatal_visits_bundled", "born_digital", "eob_visits", "cb", "slash"),
    ("bd_remit_delivery_global_paid_other_provider", "born_digital", "remit", "pm", "mdy_nopad"),
    ("scan300_letter_followup_ultrasound_bundled", "scan_clean_300", "letter_us", "pm", "long"),
    ("lowres_eob_global_cesarean_paid", "scan_lowres_150", "eob_paid", "cb", "iso"),
    ("copy_eob_es_visita_posparto", "photocopy", "eob_es", "cs", "es"),
    ("faxfine_letter_midwife_antepartum_codes", "fax_fine_g4", "prov_letter", "hb", "dmy"),
    ("phone_eob_vbac_prenatal_visit_bundled", "phone_photo", "eob_mixed", "cb", "abbr"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds) in enumerate(PLAN):
        lang = "es" if ds == "es" else "en"
        pdf, t = make(i, suffix, cond, kind, ins, ds, lang)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)]))
    return items
