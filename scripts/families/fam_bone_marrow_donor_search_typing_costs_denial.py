"""Family 'bone_marrow_donor_search_typing_costs_denial': the costs of finding an unrelated stem cell donor before an
allogeneic transplant - donor search and cell acquisition management (38204), high-resolution HLA typing (81379)
and donor registry search fees - refused because the transplant center or the typing lab is outside the plan's
transplant network, because the search ran before the transplant was approved, or because the donor's typing was
billed under a donor who is not a member; and the approval of the transplant itself.

Documents: an EOB with two claims (hematology visit paid; the transplant center's search and typing lines denied
as outside the transplant network); a scanned duplex stack of a plan letter refusing a search done before the
transplant approval (its blank back page) and the transplant center's statement; a fine-fax approval of the
allogeneic transplant (38240) at a network center; a Spanish Medicaid plan notice refusing search and typing at a
non-contracted center; an upheld appeal (photocopy) for typing by an out-of-network histocompatibility lab; a
two-column TPA letter refusing typing billed under a sibling donor who is not a member (fed sideways); a phone
photo of a paid EOB for the recipient's typing after the approval.

Decoys: NMDP-style registry and donor IDs, authorization numbers of the approved transplant, NPIs, DOB, dates
received, paid claims, patient account numbers, plan-paid amounts, 72-hour, external-review and fair-hearing
limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "bone_marrow_donor_search_typing_costs_denial"
LANG = "en"
SEED = 289600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CENTER_OON = "Lakemont University Blood and Marrow Transplant Program"
CENTER_NET = "Saint Brendan Cellular Therapy Center"


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 13, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def base(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    dos = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 150))
    return dict(member=member, first=first, last=last, addr=r.address(lang), dos=dos, ph=r.phone(), npi=r.npi(),
                dob=dt.date(r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28)),
                rid=f"{r.digits(4)}-{r.digits(4)}-{r.digits(1)}")


def search_lines(r: Rand) -> list[dict]:
    return [dict(code="38204", desc="Donor search and cell acquisition mgmt", units=1,
                 billed=float(r.randint(2400, 3900))),
            dict(code="81379", desc="HLA class I and II typing, high resolution", units=1,
                 billed=float(r.randint(1850, 2900))),
            dict(code="0819", desc="Unrelated donor registry search fee", units=1,
                 billed=float(r.randint(900, 1600)))]


# ---------------------------------------------------------------- 0: two-claim EOB, search denied (network)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bluewater Harbor Health Plan"
    mid, grp, plan = f"BWH{r.digits(9)}", f"{r.digits(6)}", f"PPO-{r.digits(3)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(28, 40))
    c1, c2 = f"{r.digits(12)}", f"{r.digits(12)}"
    visit = f["dos"] - dt.timedelta(days=r.randint(6, 12))
    vb = float(r.randint(240, 330))
    lines = search_lines(r)
    tot = sum(x["billed"] for x in lines)
    d = Page("Bluewater Harbor Health Plan - Explanation of Benefits - Page {p} of {n}", margins=(13, 12, 13))
    d.add_page()
    d.text_line("BLUEWATER HARBOR", 17, "B", h=8)
    d.text_line("Health Plan", 10, h=5)
    d.text_line(f"PO Box 3310, Bellingham, WA 98225  ·  Member Services {f['ph']}", 8.2, h=4.4)
    d.ln(3)
    d.text_line("Explanation of Benefits - THIS IS NOT A BILL", 12, "B", h=7)
    d.boxes([("Date issued", fmt_date(stmt, "long"), 40), ("Member", f["member"], 52), ("Member ID", mid, 40),
             ("Group", grp, 24), ("Plan", plan, 28)])
    d.ln(5)
    head = ["Date", "Code", "Description", "Billed", "Allowed", "Paid", "Your share", "Rmk"]
    w = [22, 14, 66, 22, 20, 20, 18, 8]
    d.font(9.3, "B")
    d.cell(0, 5.5, f"Claim {c1}  -  Dr. Harriet L. Prescott, Hematology  -  in network", new_x="LMARGIN",
           new_y="NEXT")
    a = round(vb * 0.6, 2)
    d.table(head, [[fmt_date(visit, "slash"), "99215", "Office visit, established", fmt_money(vb), fmt_money(a),
                    fmt_money(a - 40), fmt_money(40), ""]], w, size=8, aligns="LLLRRRRL")
    d.font(9.3, "B")
    d.cell(0, 5.5, f"Claim {c2}  -  {CENTER_OON}  -  not a transplant network center", new_x="LMARGIN",
           new_y="NEXT")
    rows = [[fmt_date(f["dos"], "slash"), x["code"], x["desc"], fmt_money(x["billed"]), "$0.00", "$0.00",
             fmt_money(x["billed"]), "T7"] for x in lines]
    rows.append(["*Claim total", "", "", fmt_money(tot), "$0.00", "$0.00", fmt_money(tot), ""])
    d.table(head, rows, w, size=8, aligns="LLLRRRRL")
    d.text_line("Remark codes", 9.5, "B", h=5.5)
    d.para(f"T7  Transplant services, including donor search, HLA typing and donor acquisition, are covered only at a "
           f"Transplant Network Center of Excellence. {CENTER_OON} is not a Transplant Network center for your "
           "plan, and no network exception was approved. The charges are not covered.", 8.6)
    d.para(f"Recipient registry ID {f['rid']} is shown for reference only. Provider NPI {f['npi']}.", 8.2)
    d.text_line("Your appeal rights", 9.5, "B", h=5.5)
    d.para("You may appeal within 180 days of the date of this EOB. Write to Bluewater Harbor Appeals, PO Box 3318, "
           "Bellingham, WA 98225. If waiting would seriously harm your health, ask for an expedited appeal "
           "(decided within 72 hours). You may ask for an external review after our final decision.", 8.6)
    t = truth("eob", "out_of_network", insurer=ins, plan_id=plan, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[c2], claim_amount=m2(tot), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=CENTER_OON, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"plan_id": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: duplex stack: PA letter + center statement
def doc_pa_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Cedar Hollow Health Insurance Company"
    ld = f["dos"] + dt.timedelta(days=r.randint(25, 40))
    f["ld"] = ld
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Cedar Hollow Health", 16, "B", h=8)
    d.text_line("Utilization Management  ·  88 Lantern Way, Macon, GA 31201", 8.5, h=4.5)
    d.ln(6)
    d.text_line(fmt_date(ld, "abbr"), 10, h=5.5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.font(9.5, "B")
    d.multi_cell(0, 5, f"RE: {f['member']}   Member ID: {f['mid']}   Group: {f['grp']}\n"
                       f"Claim number: {f['claim']}   Provider: {f['center']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"{f['center']} billed us {fmt_money(f['total'], 'plain')} for an unrelated donor search (38204), "
           f"high-resolution HLA typing (81379) and the registry search fee, with a service date of "
           f"{fmt_date(f['dos'], 'long')}. We cannot pay this claim.", 10)
    d.para("Your plan requires prior approval of every transplant and of the services that prepare for it, "
           "including the search for an unrelated donor. Our records show that the search began before we "
           f"approved your transplant: we received the transplant request on {fmt_date(f['req'], 'long')} and "
           f"approved it on {fmt_date(f['appr'], 'long')} (authorization {f['auth']}). Services before the "
           "approval date were not authorized. Later search and typing costs under that authorization will be "
           "paid as approved.", 10)
    d.para("You have the right to appeal. Your written appeal must reach us within 180 days of the date of this "
           "letter. Mail it to Cedar Hollow Health, Appeals Unit, PO Box 1402, Macon, GA 31201. For urgent "
           "situations call us for an expedited appeal. You also have the right to an independent external "
           "review once the appeal process is complete.", 10)
    d.para("Sincerely,\nTransplant Case Management\nCedar Hollow Health Insurance Company", 10)
    t = truth("denial_letter", "prior_authorization", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
              service_dates=[iso(f["dos"])], denial_date=iso(ld), provider=f["center"],
              appeal_deadline=iso(ld + dt.timedelta(days=180)), alternates={"insurer": ["Cedar Hollow Health"]})
    return pdf_bytes(d), t


def doc_center_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    sd = f["ld"] + dt.timedelta(days=r.randint(8, 18))
    acct = f"{r.digits(8)}"
    d = Page("Questions? Patient Financial Services " + f["ph"], margins=(15, 13, 15))
    d.add_page()
    d.text_line(f["center"].upper(), 12.5, "B", h=7)
    d.text_line("Patient Financial Services  ·  600 Sycamore Court, Macon, GA 31201", 8.4, h=4.5)
    d.rule(0.5, 3)
    y = d.get_y()
    d.text_line("STATEMENT", 13, "B", h=7)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.8)
    d.set_y(y)
    for lab, val in [("Statement date", fmt_date(sd, "dmy")), ("Account", acct),
                     ("Guarantor", f"{f['first']} {f['last']}"), ("Balance", fmt_money(f["total"], "space"))]:
        d.set_x(120)
        d.font(8.6)
        d.cell(30, 5, lab)
        d.font(9.2, "B")
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    rows = [[fmt_date(f["dos"], "dmy"), x["code"], x["desc"], fmt_money(x["billed"], "nosign")] for x in f["lines"]]
    rows.append(["*Charges", "", "", fmt_money(f["total"], "nosign")])
    rows.append([fmt_date(f["ld"], "dmy"), "", "Cedar Hollow Health - denied, no authorization", "0.00"])
    rows.append(["*Patient balance", "", "", fmt_money(f["total"], "nosign")])
    d.table(["Date", "Code", "Description", "Amount"], rows, [26, 18, 110, 26], size=8.6, aligns="LLLR")
    d.para(f"Insurance: Cedar Hollow Health  ·  Member ID {f['mid']}  ·  Claim {f['claim']}", 8.8)
    d.para("Your insurer denied these charges. If you or your transplant coordinator file an appeal, call us and we "
           "will place your account on hold. Financial assistance may be available; ask for an application.", 9)
    d.text_line("Please pay by " + fmt_date(sd + dt.timedelta(days=30), "dmy"), 9.5, "B", h=6)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(f["total"]), service_dates=[iso(f["dos"])], denial_date=iso(sd),
              provider=f["center"], unscored=["insurer"], alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    lines = search_lines(r)
    f.update(mid=f"CHH{r.digits(3)}-{r.digits(5)}", grp=f"GA-{r.digits(5)}", claim=f"{r.digits(3)}-{r.digits(9)}",
             center="Orchard Ridge Marrow Transplant Institute", lines=lines,
             total=sum(x["billed"] for x in lines), auth=f"AU{r.digits(9)}")
    f["req"] = f["dos"] + dt.timedelta(days=r.randint(4, 9))
    f["appr"] = f["req"] + dt.timedelta(days=r.randint(5, 10))
    a = doc_pa_letter(r, f)
    s = doc_center_statement(r, f)
    return Item(f"{FAMILY}_duplex_stack", "scan_clean_300", [a, s], separators=["duplex", None])


# ---------------------------------------------------------------- 2: approval of the transplant (fine fax)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Ironwood Mutual Health"
    mid, grp = f"IM {r.digits(4)} {r.digits(4)}", f"{r.digits(8)}"
    auth = f"T-{r.digits(4)}-{r.digits(6)}"
    ld = f["dos"]
    adm = ld + dt.timedelta(days=r.randint(30, 55))
    doc = "Dr. Odette K. Valdez"
    d = Page("Ironwood Mutual Health · Transplant Services · fax page {p} of {n}", margins=(16, 12, 16))
    d.add_page()
    d.text_line("IRONWOOD MUTUAL HEALTH", 15, "B", h=7.5)
    d.text_line("Transplant Services  ·  Fax 1-555-201-7730  ·  " + f["ph"], 8.4, h=4.5)
    d.rule(0.8, 3)
    d.text_line("NOTICE OF APPROVAL - TRANSPLANT", 12, "B", h=7)
    d.boxes([("Notice date", fmt_date(ld, "iso"), 36), ("Authorization no.", auth, 44),
             ("Member", f["member"], 56), ("Member ID", mid, 46)])
    d.boxes([("Group", grp, 36), ("Transplant physician", doc, 56), ("Facility", CENTER_NET, 90)])
    d.boxes([("Service", "Allogeneic hematopoietic cell transplant (38240)", 92),
             ("Planned admission", fmt_date(adm, "iso"), 40), ("Benefit period", "365 days", 50)])
    d.ln(5)
    d.para(f"We approved the request from {doc} for an allogeneic stem cell transplant at {CENTER_NET}, a "
           "Transplant Network Center of Excellence. This approval covers the transplant admission and the "
           "related services listed below, from the date of this notice through the end of the benefit period:",
           9.8)
    for b in ["unrelated donor search and cell acquisition management (38204), registry search and donor "
              "workup fees billed by the center;", "HLA typing of the recipient and of potential donors (81379 and "
              "related codes), whether or not the donor is a member;",
              "donor cell collection and transport; conditioning chemotherapy; the transplant admission;",
              "travel and lodging up to $10,000.00 per transplant when the center is more than 100 miles away."]:
        d.set_x(22)
        d.multi_cell(0, 4.8, "-  " + b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("Services before the notice date, or at another facility, are not part of this approval. Payment depends "
           "on your eligibility on the date of service and on your plan's cost sharing. Your transplant nurse case "
           "manager is Yolanda Fairchild, RN, at the number above.", 9.8)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid.replace(" ", ""), member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(adm)], denial_date=iso(ld),
              provider=doc.replace("Dr. ", ""),
              alternates={"service_dates": [[]], "provider": [CENTER_NET]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: Spanish Medicaid plan notice
def doc_es(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Plan de Salud Bahía Serena"
    mid = f"{r.digits(9)}"
    caso = f"NA-{r.digits(7)}"
    ld = f["dos"] + dt.timedelta(days=r.randint(3, 12))
    center = "Centro de Trasplante Hematológico del Sur"
    doc = "Dra. Milagros E. Acevedo"
    d = Page("Plan de Salud Bahía Serena · Medicaid · página {p} de {n}")
    d.add_page()
    d.text_line("Plan de Salud Bahía Serena", 15, "B", h=7.5)
    d.text_line("Plan de atención administrada de Medicaid  ·  Apartado 4410, Hialeah, FL 33010", 8.4, h=4.5)
    d.ln(5)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B", h=7)
    d.ln(1)
    for k, v in [("Fecha del aviso", fmt_date(ld, "es")), ("Afiliado", f["member"]), ("Número de Medicaid", mid),
                 ("Número de caso", caso), ("Médico que solicita", doc), ("Centro", center)]:
        d.font(9.6, "B")
        d.cell(48, 5.3, k + ":")
        d.font(9.6)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Estimado(a) {f['first']} {f['last']}:", 10)
    d.para(f"Recibimos una solicitud de su médica, {doc}, para la búsqueda de un donante no emparentado (38204) y "
           f"la tipificación HLA de alta resolución (81379) en el {center}, programadas para el "
           f"{fmt_date(f['dos'], 'es')}. Hemos negado esta solicitud.", 10)
    d.para("Motivo: el centro no tiene contrato con nuestro plan para servicios de trasplante. Su plan cubre la "
           "búsqueda de donantes y la tipificación solo en los centros de trasplante de la red (por ejemplo, "
           "el Instituto de Trasplante de Médula de la Bahía). No se pidió ni se aprobó una excepción de red. "
           "Su médica puede pedir los mismos servicios en un centro de la red.", 10)
    d.text_line("Sus derechos", 11, "B", h=6.5)
    d.para("Si no está de acuerdo, puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. "
           "Llame al número de Servicios al Afiliado o escriba a Apelaciones, Apartado 4418, Hialeah, FL 33010. "
           "Si su salud corre peligro, pida una apelación acelerada (72 horas). Después de la apelación puede pedir "
           "una audiencia imparcial estatal dentro de 120 días. Puede pedir copias de su expediente sin costo.", 10)
    d.para("Servicios al Afiliado: " + f["ph"] + " (TTY 711). Este aviso está disponible en inglés.", 9.5)
    t = truth("denial_letter", "out_of_network", lang="es", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[caso], service_dates=[iso(f["dos"])], denial_date=iso(ld),
              provider=doc.replace("Dra. ", ""), appeal_deadline=iso(ld + dt.timedelta(days=60)),
              alternates={"provider": [center]}, denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: upheld appeal, OON HLA lab (photocopy)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Ridgewell Health Insurance Company"
    mid, grp = f"RW{r.digits(10)}", f"{r.letters(1)}{r.digits(5)}"
    appeal, claim = f"GA{r.digits(8)}", f"{r.digits(4)}-{r.digits(4)}-{r.digits(4)}"
    lab = "Quillmark Histocompatibility Laboratory"
    billed = float(r.randint(2100, 3400))
    ad = f["dos"] + dt.timedelta(days=r.randint(80, 110))
    d = Page("Ridgewell Health · Appeal decision · {p}/{n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Ridgewell Health", 16, "B", h=8)
    d.text_line(f"{ins}  ·  Appeals Department, PO Box 908, Lubbock, TX 79401  ·  {f['ph']}", 8.4, h=4.5)
    d.ln(4)
    d.text_line("Appeal decision", 12.5, "B", h=7)
    d.boxes([("Decision date", fmt_date(ad, "slash"), 36), ("Appeal number", appeal, 40),
             ("Claim number", claim, 46), ("Decision", "Denial upheld", 60)])
    d.boxes([("Patient", f["member"], 56), ("Member ID", mid, 44), ("Group", grp, 30),
             ("Date of birth", fmt_date(f["dob"], "slash"), 52)])
    d.boxes([("Provider", lab, 86), ("Service / date", f"81379  {fmt_date(f['dos'], 'slash')}", 48),
             ("Billed", fmt_money(billed), 48)])
    d.ln(5)
    d.para(f"You asked us to reconsider our denial of the high-resolution HLA typing done by {lab}. Your plan "
           "pays for transplant-related laboratory services only when a network laboratory or the approved "
           "Transplant Network center performs them. Quillmark is not in your plan's network and is not part of "
           "your approved center. Your transplant approval named the center's own laboratory, and typing there "
           "was available. Your letter said your doctor chose the laboratory; that does not create an exception "
           "under the plan (Summary Plan Description, Transplant Benefits, page 41).", 9.8)
    d.para("After a full review by a hematologist who did not take part in the first decision, we uphold the "
           "denial. Because this was your only level of internal appeal, you may now ask for an independent "
           "external review within four months after you receive this letter. You may also have the right to "
           "bring a civil action under ERISA section 502(a). Expedited external review is available if a delay "
           "would harm your health (72 hours).", 9.8)
    d.para("Appeals Department, Ridgewell Health", 9.8)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(ad), provider=lab, alternates={"case_numbers": [[appeal]],
                                                             "insurer": ["Ridgewell Health"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: TPA two-column letter: donor not a member
def doc_tpa(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    tpa = "Northbridge Claims Administration"
    plan = "Fenwick County Employees' Health Benefit Plan"
    mid, grp = f"{r.digits(3)}-{r.digits(2)}-{r.digits(4)}", f"FCE{r.digits(4)}"
    claim = f"NB{r.digits(11)}"
    sib, _, _, _ = r.person()
    lab = "Harbor Clinical Laboratory"
    billed = float(r.randint(780, 1450))
    ld = f["dos"] + dt.timedelta(days=r.randint(24, 38))
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.text_line("Northbridge Claims Administration", 14, "B", h=7)
    d.text_line(f"Third-party administrator for the {plan}", 8.6, h=4.5)
    d.rule(0.5, 4)
    y0 = d.get_y()
    d.set_left_margin(14)
    d.set_right_margin(120)
    for ln in [fmt_date(ld, "long"), "", f["member"], *f["addr"]]:
        d.text_line(ln, 9.6, h=4.9)
    d.ln(4)
    d.text_line("Explanation of claim decision", 11, "B", h=6)
    d.para(f"Dear {f['first']} {f['last']},", 9.4)
    d.para(f"{lab} sent us a claim for HLA typing (81379) of {sib}, who was tested on "
           f"{fmt_date(f['dos'], 'long')} as a possible related donor for your transplant. The claim was filed "
           f"under {sib.split()[0]}'s own name and date of birth, with your member ID.", 9.4)
    d.para(f"We denied it because {sib} is not enrolled in the Plan, so the claim cannot be paid as that person's "
           "own claim. The Plan does pay donor typing as part of the recipient's transplant benefit when the "
           "transplant is approved and the lab bills it under the recipient with the donor-testing modifier. Ask "
           "the lab to resubmit it that way.", 9.4)
    d.para("You may appeal within 180 days of the date of this letter. Write to Northbridge Claims Administration, "
           "Appeals, PO Box 770, Erie, PA 16501.", 9.4)
    yl = d.get_y()
    d.set_left_margin(100)
    d.set_right_margin(14)
    d.set_xy(100, y0)
    d.set_fill_color(238, 238, 238)
    d.rect(98, y0 - 1, 98, 96, "F")
    d.text_line("CLAIM SUMMARY", 10, "B", h=6)
    for k, v in [("Employee / member", f["member"]), ("Member ID", mid), ("Group", grp), ("Claim number", claim),
                 ("Provider", lab), ("Patient on claim", f"{sib} (not enrolled)"),
                 ("Date of service", fmt_date(f["dos"], "long")), ("Amount billed", fmt_money(billed)),
                 ("Plan paid", "$0.00"), ("Reason code", "EL-04  person not eligible")]:
        d.font(7.6)
        d.cell(0, 4, k, new_x="LMARGIN", new_y="NEXT")
        d.font(9.2, "B")
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.2)
    d.set_left_margin(14)
    d.set_y(max(yl, d.get_y()) + 6)
    d.para("Your rights under ERISA: after the Plan's final decision you may ask for an external review within four "
           "months and may bring a civil action under section 502(a). For urgent care, an expedited appeal is "
           "decided within 72 hours. This letter does not change your transplant approval.", 8.6)
    t = truth("denial_letter", "eligibility", insurer=tpa, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(ld), provider=lab, appeal_deadline=iso(ld + dt.timedelta(days=180)),
              type_alternates=["eob"], denial_alternates=["coding_error"],
              alternates={"insurer": [plan], "member_name": [sib]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: paid EOB after approval (phone photo)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Ironwood Mutual Health"
    mid, grp = f"IM{r.digits(8)}", f"{r.digits(8)}"
    claim = f"{r.letters(2)}{r.digits(9)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    rows_in = [("81379", "HLA typing, high resolution, recipient", float(r.randint(1900, 2700))),
               ("38204", "Unrelated donor search management", float(r.randint(2600, 3800)))]
    tot = sum(x[2] for x in rows_in)
    d = Page("Ironwood Mutual Health  -  Claim Summary  -  {p}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Ironwood Mutual Health", 16, "B", h=8)
    d.text_line("Your claim summary  (this is not a bill)", 10, h=5.5)
    d.ln(4)
    d.para(f"{f['member']}  ·  ID {mid}  ·  Group {grp}\nProcessed {fmt_date(stmt, 'dmy')}  ·  Claim {claim}", 9.8)
    d.para(f"Provider: {CENTER_NET} (in network, Transplant Network center)  ·  Authorization on file", 9.3)
    rows = []
    for code, desc, b in rows_in:
        a = round(b * 0.71, 2)
        rows.append([fmt_date(f["dos"], "dmy"), code, desc, fmt_money(b, "usd"), fmt_money(a, "usd"),
                     fmt_money(a, "usd"), "0.00"])
    rows.append(["*Total", "", "", fmt_money(tot, "usd"), "", "", "0.00"])
    d.table(["Date", "Code", "Service", "Billed", "Allowed", "Paid", "You owe"], rows, [22, 14, 60, 24, 24, 24, 14],
            size=8, aligns="LLLRRRR")
    d.para("Good news: this claim was paid in full under your transplant approval. You owe nothing for these "
           "services. Your transplant benefit has no deductible when you use a Transplant Network center.", 9.5)
    d.para("Questions or disagree? Call " + f["ph"] + ". You may appeal within 180 days after you receive this "
           "summary.", 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(tot), service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=CENTER_NET,
              type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = Rand(SEED)
    return [
        Item(f"{FAMILY}_two_claim_eob", "born_digital", [doc_eob(r)]),
        item_stack(r),
        Item(f"{FAMILY}_transplant_approval", "fax_fine_g4", [doc_approval(r)]),
        Item(f"{FAMILY}_medicaid_es", "scan_lowres_150", [doc_es(r)]),
        Item(f"{FAMILY}_appeal_upheld", "photocopy", [doc_appeal(r)]),
        Item(f"{FAMILY}_tpa_donor_letter", "rotated", [doc_tpa(r)]),
        Item(f"{FAMILY}_paid_eob", "phone_photo", [doc_paid_eob(r)]),
    ]
