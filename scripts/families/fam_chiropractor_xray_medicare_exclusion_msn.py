"""Family 'chiropractor_xray_medicare_exclusion_msn': Medicare Part B and spinal x-rays ordered or taken by a
chiropractor. Medicare pays a chiropractor only for manual manipulation of the spine to correct a subluxation
(98940-98942 with modifier AT, active treatment); an x-ray a chiropractor takes or orders is not covered.

Documents: a Medicare Summary Notice Part B with two providers (a family doctor's visit approved, the
chiropractor's claim with the manipulations approved and the lumbar x-ray 72100 refused); the chiropractor's
Advance Beneficiary Notice of Noncoverage (CMS-R-131) copy; a MAC redetermination notice upholding the refusal;
a fax stack (cover, the chiropractor's patient statement, the member's filled CMS-20027 redetermination
request); a Spanish MSN ("Resumen de Medicare"); an all-approved MSN (manipulations with AT only); the MAC's
remittance advice to the chiropractor (two patients, one x-ray line refused CO-96/N425).

Mirrors the public MSN / ABN / redetermination layouts from memory. Everything is invented (555 phone numbers).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "chiropractor_xray_medicare_exclusion_msn"
LANG = "en"
SEED = 337100
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
MAC = "Tri-Lakes Medicare Administrative Services, LLC"  # invented Part B contractor
MAC_ADDR = "Medicare Part B Redeterminations, PO Box 55120, Cedar Run, IA 50699"
CHIROS = [("Wexford Spine & Chiropractic, PC", "Dr. Callum R. Brightwater, DC", "Callum R. Brightwater"),
          ("Ridgeline Family Chiropractic", "Dr. Annelise M. Okafor, DC", "Annelise M. Okafor"),
          ("Clínica Quiropráctica del Valle", "Dr. Rogelio T. Saldívar, DC", "Rogelio T. Saldívar")]
PCP = ("Cedar Run Internal Medicine", "Dr. Felicity A. Marchbanks")


class Page(Doc):
    def __init__(self, footer=None, font="DejaVu"):
        super().__init__(font, footer=footer, margins=(15, 13, 15))
        self.add_font("DejaVu", "B", BOLD)

    def rows(self, rows, lw=50, size=9.5, h=5.2):
        for k, v in rows:
            self.font(size, "B")
            self.cell(lw, h, k)
            self.font(size)
            self.multi_cell(0, h, v, new_x="LMARGIN", new_y="NEXT")

    def grid(self, head, rows, widths, size=7.6, aligns=None, h=5.0):
        aligns = aligns or "L" * len(widths)
        self.font(size - 0.6, "B")
        lh = size * 0.42
        n = max(len(self.multi_cell(w, lh, t, dry_run=True, output="LINES")) for t, w in zip(head, widths))
        hh = n * lh + 1.2
        x0, y0 = self.get_x(), self.get_y()
        x = x0
        for t, w in zip(head, widths):
            self.rect(x, y0, w, hh)
            self.set_xy(x + 0.3, y0 + 0.5)
            self.multi_cell(w - 0.6, lh, t, new_x="RIGHT", new_y="TOP")
            x += w
        self.set_xy(x0, y0 + hh)
        for row in rows:
            bold = row[0].startswith("*")
            self.font(size, "B" if bold else "")
            for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
                self.cell(w, h, c[1:] if (bold and i == 0) else c, border=1, align=a)
            self.ln(h)
        self.ln(2)


def fd(d, s):
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "short": d.strftime("%m/%d/%y"), "upper": d.strftime("%d-%b-%Y").upper(),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}", "abbr": d.strftime("%b %-d, %Y")}[s]


def usd(v):
    return f"${v:,.2f}"


def m2(v):
    return f"{v:.2f}"


def mbi(r):
    let = "ACDEFGHJKMNPQRTUVWXY"
    return (str(r.randint(1, 9)) + r.choice(let) + r.choice(let) + str(r.randint(0, 9)) + r.choice(let)
            + r.choice(let) + str(r.randint(0, 9)) + r.choice(let) + r.choice(let) + str(r.randint(0, 9))
            + str(r.randint(0, 9)))


def digits(r, n):
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


PEOPLE = [("Winifred L. Ashcombe", "1418 Thistledown Road", "Cedar Run, IA 50613"),
          ("Gustavo P. Llewellyn", "77 Brackett Street", "Marrow Falls, IA 50701"),
          ("Eulalia R. Benavides", "902 Calle Las Palmas", "Río Claro, TX 78596"),
          ("Barnaby K. Stroud", "5 Heron Point Way", "Cedar Run, IA 50613"),
          ("Theodora J. Quist", "3310 Maplecrest Drive", "Marrow Falls, IA 50701")]


# ------------------------------------------------------------------------------------------- MSN
EN = dict(title="Medicare Summary Notice for Part B (Medical Insurance)",
          sub="The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
          nf="Notice for", num="Medicare Number", date="Date of This Notice", per="Claims Processed Between",
          approve="Did Medicare Approve All Services?", total="Total You May Be Billed",
          provs="Providers with Claims This Period", dash="Your Claims & Costs This Period",
          claims="Your Claims for Part B (Medical Insurance)", cn="Claim Number", by="Service Provided By",
          head=["Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
                "Medicare-Approved Amount", "Amount Medicare Paid", "Maximum You May Be Billed", "See Notes"],
          tot="Total for Claim", notes="Notes for Claims Above", yes="Yes", no="No", YES="YES", NO="NO",
          appeal="If you disagree with a claims decision on this notice, you can file an appeal. Appeals must be "
                 "filed by {d}.", handle="How to Handle Denied Claims or File an Appeal",
          help="Get help with this notice: call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.",
          pg="Page {p} of {n}")
ES = dict(title="Resumen de Medicare para la Parte B (Seguro Médico)",
          sub="El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y Medicaid",
          nf="Aviso para", num="Número de Medicare", date="Fecha de este aviso", per="Reclamaciones procesadas entre",
          approve="¿Aprobó Medicare todos los servicios?", total="Total que se le puede facturar",
          provs="Proveedores con reclamaciones en este período", dash="Sus reclamaciones y costos de este período",
          claims="Sus reclamaciones de la Parte B (Seguro Médico)", cn="Número de reclamación",
          by="Servicio prestado por",
          head=["Servicio prestado y código de facturación", "¿Servicio aprobado?", "Cantidad que cobró el proveedor",
                "Cantidad aprobada por Medicare", "Cantidad que pagó Medicare", "Lo máximo que se le puede facturar",
                "Ver notas"],
          tot="Total reclamación", notes="Notas sobre las reclamaciones", yes="Sí", no="No", YES="SÍ", NO="NO",
          appeal="Si no está de acuerdo con una decisión de este aviso, puede apelar. Las apelaciones deben "
                 "presentarse a más tardar el {d}.", handle="Cómo manejar las reclamaciones denegadas o apelar",
          help="Para obtener ayuda, llame al 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.",
          pg="Página {p} de {n}")


def line(dos, code, desc, ch, appr, ok=True, note=""):
    paid = round(appr * 0.8, 2) if ok else 0.0
    you = round(appr - paid, 2) if ok else ch  # ABN signed: the whole charge may be billed
    return dict(dos=dos, code=code, desc=desc, ch=ch, appr=appr if ok else 0.0, paid=paid, you=you, ok=ok, note=note)


def build_msn(f):
    T = ES if f["lang"] == "es" else EN
    s = f["ds"]
    d = Page(footer=T["pg"].replace("{p}", "{p}").replace("{n}", "{n}"))
    d.add_page()
    d.text_line(T["title"], 13.5, "B")
    d.text_line(T["sub"], 8)
    d.ln(4)
    y0 = d.get_y()
    for t in (f["name"].upper(), f["addr"][0].upper(), f["addr"][1].upper()):
        d.text_line(t, 10)
    d.set_xy(106, y0)
    for k, v in ((T["nf"], f["name"]), (T["num"], f["mbi"]), (T["date"], fd(f["notice"], s)),
                 (T["per"], f"{fd(f['period'][0], s)} – {fd(f['period'][1], s)}")):
        d.set_x(106)
        d.font(7.8, "B")
        d.cell(42, 6, k)
        d.font(9)
        d.multi_cell(52, 6, v, new_x="LMARGIN", new_y="NEXT")
    d.rect(104, y0 - 1.5, 98, d.get_y() - y0 + 3)
    d.set_y(max(d.get_y() + 4, y0 + 30))
    d.text_line(T["dash"], 11.5, "B")
    d.rule(0.5, 1.5)
    lines_all = [x for c in f["claims"] for x in c["lines"]]
    ok = all(x["ok"] for x in lines_all)
    d.rows([(T["approve"], T["YES"] if ok else T["NO"]),
            (T["total"], usd(sum(x["you"] for x in lines_all)))], 78, 10)
    for c in f["claims"]:
        d.rows([(T["provs"] if c is f["claims"][0] else "", f"{c['prac']}   {fd(c['lines'][0]['dos'], s)}")], 78, 9)
    d.ln(2)
    d.para(T["appeal"].format(d=fd(f["deadline"], s)), 9.5)
    d.para(T["help"], 8.5)
    d.text_line(T["claims"], 12, "B")
    d.rule(0.5, 1.5)
    for c in f["claims"]:
        d.text_line(c["prac"], 10, "B")
        d.text_line(c["paddr"], 8.4)
        d.text_line(f"{T['by']}: {c['doc']}", 8.4)
        d.text_line(f"{T['cn']}: {c['claim']}", 8.4)
        d.ln(1)
        rows = [[f"{fd(x['dos'], f['ls'])}  {x['desc']} ({x['code']})", T["yes"] if x["ok"] else T["no"],
                 usd(x["ch"]), usd(x["appr"]), usd(x["paid"]), usd(x["you"]), x["note"]] for x in c["lines"]]
        t = [round(sum(x[k] for x in c["lines"]), 2) for k in ("ch", "appr", "paid", "you")]
        rows.append(["*" + T["tot"], "", *[usd(v) for v in t], ""])
        d.grid(T["head"], rows, [76, 16, 19, 19, 18, 19, 11], 7.1, "LCRRRRC")
    d.text_line(T["notes"], 10.5, "B")
    for k, v in f["notes"]:
        d.font(8.6, "B")
        d.cell(6, 4.4, k)
        d.font(8.6)
        d.multi_cell(0, 4.4, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.8)
    d.ln(2)
    d.text_line(T["handle"], 11.5, "B")
    d.rule(0.5, 1.5)
    d.para(T["appeal"].format(d=fd(f["deadline"], s)), 9.3)
    return pdf_bytes(d)


def chiro_claim(r, chiro, dates, xray_on, xok=False, note_x="B"):
    lines = []
    for i, dd in enumerate(dates):
        lines.append(line(dd, "98940-AT", "Chiro manipulation, 1-2 regions", 58.0, 29.74, note="A"))
        if dd == xray_on:
            lines.append(line(dd, "72100", "X-ray lower spine, 2-3 views", round(r.randint(95, 140) + .0, 2),
                              0, ok=xok, note=note_x))
    return dict(prac=chiro[0], paddr=f"{r.randint(100, 990)} Old Mill Road, Cedar Run, IA 50613", doc=chiro[1],
                claim=digits(r, 14), lines=lines)


def msn_case(r, kind):
    if kind == "es":
        name, a1, a2 = PEOPLE[2]
        chiro, lang, s, ls = CHIROS[2], "es", "es", "short"
    elif kind == "paid":
        name, a1, a2 = PEOPLE[3]
        chiro, lang, s, ls = CHIROS[1], "en", "long", "short"
    else:
        name, a1, a2 = PEOPLE[0]
        chiro, lang, s, ls = CHIROS[0], "en", "abbr", "short"
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 60))
    d1 = notice - dt.timedelta(days=r.randint(40, 50))
    dates = [d1, d1 + dt.timedelta(days=2), d1 + dt.timedelta(days=7)]
    f = dict(lang=lang, ds=s, ls=ls, name=name, addr=(a1, a2), mbi=mbi(r), notice=notice,
             period=(notice - dt.timedelta(days=90), notice - dt.timedelta(days=2)),
             deadline=notice + dt.timedelta(days=120))
    cc = chiro_claim(r, chiro, dates, None if kind == "paid" else d1)
    if kind == "bd":
        ov = 168.0 + r.randint(0, 40)
        pc = dict(prac=PCP[0], paddr="2400 Quarry Street, Cedar Run, IA 50613", doc=PCP[1], claim=digits(r, 14),
                  lines=[line(d1 - dt.timedelta(days=12), "99213", "Office/outpatient visit, est", ov,
                              round(ov * .55, 2), note="A")])
        f["claims"] = [pc, cc]
    else:
        f["claims"] = [cc]
    if lang == "es":
        f["notes"] = [("A", "Esta cantidad aprobada se aplicó a su coseguro. Usted paga el 20%."),
                      ("B", "Medicare no paga las radiografías ordenadas o tomadas por un quiropráctico. "
                            "Medicare solo cubre la manipulación manual de la columna vertebral para corregir una "
                            "subluxación. Si firmó un Aviso Anticipado al Beneficiario (ABN), usted es responsable.")]
    else:
        f["notes"] = [("A", "This approved amount has been applied toward your coinsurance. You pay 20%. "
                            "Manipulation billed with modifier AT (active/corrective treatment) is covered.")]
        if kind != "paid":
            f["notes"].append(("B", "Medicare does not pay for x-rays ordered or taken by a chiropractor. Medicare "
                                    "only covers manual manipulation of the spine to correct a subluxation. You "
                                    "signed an Advance Beneficiary Notice, so you may be billed."))
        else:
            f["notes"].append(("B", "Maintenance therapy (without AT) is not covered; all services on this notice "
                                    "were billed as active treatment."))
    return f, cc


def msn_truth(f, cc, kind):
    x = [ln for ln in cc["lines"] if not ln["ok"]]
    total = m2(sum(ln["ch"] for ln in cc["lines"]))
    lang = f["lang"]
    if kind == "paid":
        return truth("eob", None, lang, insurer="Medicare", member_id=f["mbi"], member_name=f["name"],
                     case_numbers=[cc["claim"]], claim_amount=total,
                     service_dates=sorted({ln["dos"].isoformat() for ln in cc["lines"]}),
                     denial_date=f["notice"].isoformat(), provider=chiro_name(cc), appeal_deadline=f["deadline"].isoformat(),
                     alternates={"appeal_deadline": [None], "provider": [cc["prac"]]},
                     type_alternates=["other"])
    return truth("eob", "not_covered", lang, insurer="Medicare", member_id=f["mbi"], member_name=f["name"],
                 case_numbers=[cc["claim"]], claim_amount=total,
                 service_dates=[x[0]["dos"].isoformat()], denial_date=f["notice"].isoformat(),
                 provider=chiro_name(cc), appeal_deadline=f["deadline"].isoformat(),
                 alternates={"provider": [cc["prac"]], "claim_amount": [m2(x[0]["ch"])],
                             "service_dates": [sorted({ln["dos"].isoformat() for ln in cc["lines"]})]})


def chiro_name(cc):
    for c in CHIROS:
        if c[0] == cc["prac"]:
            return c[2]
    return cc["doc"]


# ------------------------------------------------------------------------------------------- ABN
def build_abn(r):
    name, a1, a2 = PEOPLE[1]
    chiro = CHIROS[1]
    idn = f"RFC-{digits(r, 6)}"
    day = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 30))
    est = 118.0 + r.randint(0, 30)
    m = mbi(r)
    d = Page(font="Helvetica")
    d.add_page()
    d.text_line(f"A. Notifier: {chiro[0]}, 4418 Juniper Drive, Marrow Falls, IA 50701  Tel. {ph(r)}", 9)
    d.text_line(f"B. Patient Name: {name}", 9)
    d.text_line(f"C. Identification Number: {idn}     Medicare Number (optional): {m}", 9)
    d.ln(3)
    d.text_line("Advance Beneficiary Notice of Non-coverage (ABN)", 14, "B", align="C")
    d.ln(2)
    d.para("NOTE: If Medicare doesn't pay for D. X-ray of the lower spine below, you may have to pay. Medicare does "
           "not pay for everything, even some care that you or your health care provider have good reason to think "
           "you need. We expect Medicare may not pay for the D. below.", 9.5)
    d.set_font("Helvetica", "B", 9)
    d.cell(60, 7, "D. Service", border=1)
    d.cell(72, 7, "E. Reason Medicare May Not Pay:", border=1)
    d.cell(0, 7, "F. Estimated Cost", border=1, new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 8.5)
    y = d.get_y()
    d.multi_cell(60, 4.5, "X-ray, lumbar spine, 2-3 views (CPT 72100), taken in this office", border=1)
    d.set_xy(d.l_margin + 60, y)
    d.multi_cell(72, 4.5, "Medicare does not pay for x-rays taken or ordered by a chiropractor, even when used "
                          "to show a subluxation.", border=1)
    d.set_xy(d.l_margin + 132, y)
    d.cell(0, 9, usd(est), border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("WHAT YOU NEED TO DO NOW:", 9.5, "B")
    d.para("- Read this notice, so you can make an informed decision about your care.\n- Ask us any questions that "
           "you may have after you finish reading.\n- Choose an option below about whether to receive the D. listed "
           "above.", 9)
    d.text_line("G. OPTIONS:   Check only one box. We cannot choose a box for you.", 9.5, "B")
    d.para("[X] OPTION 1. I want the D. listed above. You may ask to be paid now, but I also want Medicare billed "
           "for an official decision on payment, which is sent to me on a Medicare Summary Notice (MSN). I "
           "understand that if Medicare doesn't pay, I am responsible for payment, but I can appeal to Medicare by "
           "following the directions on the MSN.\n[ ] OPTION 2. I want the D. listed above, but do not bill "
           "Medicare.\n[ ] OPTION 3. I don't want the D. listed above.", 8.6)
    d.text_line("H. Additional Information:", 9.5, "B")
    d.para(f"Your spinal manipulation (98940-AT) will be billed to Medicare as usual. X-ray requested by "
           f"{chiro[1]} on the day of your first visit.", 8.8)
    d.text_line("I. Signature: ____Gustavo P. Llewellyn____     J. Date: " + fd(day, "slash"), 9.5)
    d.ln(3)
    d.para("CMS does not discriminate in its programs and activities. To request this publication in an alternative "
           "format, please call: 1-800-MEDICARE or email: AltFormatRequest@cms.hhs.gov.", 7.5)
    d.text_line("Form CMS-R-131 (Exp. 01/31/2026)                                  Form Approved OMB No. 0938-0566", 7.5)
    t = truth("other", None, "en", member_id=m, member_name=name, provider="Callum R. Brightwater"
              if False else chiro[2], denial_date=day.isoformat(), unscored=["insurer"],
              alternates={"provider": [chiro[0]], "member_id": [None], "denial_date": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- redetermination
def build_redet(r):
    name, a1, a2 = PEOPLE[4]
    chiro = CHIROS[0]
    notice = dt.date(2026, 5, 4) + dt.timedelta(days=r.randint(0, 20))
    dos = notice - dt.timedelta(days=r.randint(95, 110))
    rec = notice - dt.timedelta(days=r.randint(20, 40))
    claim, appeal, m = digits(r, 14), f"RD{digits(r, 9)}", mbi(r)
    ch = 126.0 + r.randint(0, 20)
    d = Page(font="Times")
    d.add_page()
    d.text_line(MAC.upper(), 13, "B")
    d.text_line("A CMS Contracted Medicare Administrative Contractor  |  Jurisdiction 9 Part B", 8.5)
    d.text_line(MAC_ADDR, 8.5)
    d.rule(0.5, 4)
    d.text_line(fd(notice, "long"), 11)
    d.ln(3)
    for t in (name, a1, a2):
        d.text_line(t, 11)
    d.ln(4)
    d.text_line("MEDICARE REDETERMINATION NOTICE", 13, "B")
    d.ln(1)
    d.rows([("Beneficiary:", name), ("Medicare Number:", m), ("Appeal Number:", appeal), ("Claim Number:", claim),
            ("Provider/Supplier:", f"{chiro[0]} ({chiro[1]})"), ("Date request received:", fd(rec, "long"))], 46, 10.5)
    d.ln(2)
    d.text_line("Decision", 12, "B")
    d.para(f"Your request for a redetermination of the service listed below has been denied (unfavorable). "
           f"Medicare will not pay for the lumbar spine x-ray (72100), billed at {usd(ch)}, that you received on "
           f"{fd(dos, 'long')}.", 11)
    d.text_line("Explanation", 12, "B")
    d.para("Under Medicare rules, a chiropractor is covered only for manual manipulation of the spine to correct a "
           "subluxation. An x-ray may be used to document the subluxation, but Medicare does not pay for an x-ray "
           "that a chiropractor orders or takes. The manipulations billed on the same claim with modifier AT were "
           "paid and are not part of this appeal. Because you signed an Advance Beneficiary Notice before the "
           "x-ray, you are responsible for the charge.", 11)
    d.text_line("If you disagree with this decision", 12, "B")
    d.para("You may request a reconsideration by a Qualified Independent Contractor (QIC). You must file your "
           "request within 180 days of the date of this notice. Use the enclosed form CMS-20033. An "
           "Administrative Law Judge hearing is available later only if the amount in controversy is at least "
           "the required amount.", 11)
    d.para(f"Questions: 1-800-MEDICARE (1-800-633-4227). Sincerely, Redetermination Unit, {MAC}.", 10)
    t = truth("denial_letter", "not_covered", "en", insurer=MAC, member_id=m, member_name=name,
              case_numbers=[appeal, claim], claim_amount=m2(ch), service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=chiro[2], appeal_deadline=(notice + dt.timedelta(days=180)).isoformat(),
              alternates={"insurer": ["Medicare"], "provider": [chiro[0]], "case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- fax stack
def build_statement(r, f, cc):
    chiro = CHIROS[0]
    stmt = f["notice"] + dt.timedelta(days=9)
    acct = f"WSC-{digits(r, 5)}"
    d = Page(font="Courier")
    d.add_page()
    d.text_line(chiro[0].upper(), 13, "B")
    d.text_line(f"{cc['paddr']}   Tel {ph(r)}   Tax ID 42-{digits(r, 7)}", 8.5)
    d.rule(0.4, 3)
    d.text_line("PATIENT STATEMENT", 12, "B")
    d.rows([("Statement date", fd(stmt, "slash")), ("Account no.", acct), ("Patient", f["name"]),
            ("Insurance", f"Medicare Part B  {f['mbi']}"), ("Treating doctor", chiro[1])], 42, 9.5)
    d.ln(2)
    rows = []
    for ln in cc["lines"]:
        rows.append([fd(ln["dos"], "slash"), ln["code"], ln["desc"][:34], usd(ln["ch"])])
    tot = sum(ln["ch"] for ln in cc["lines"])
    mpaid = sum(ln["paid"] for ln in cc["lines"])
    adj = sum(ln["ch"] - ln["appr"] for ln in cc["lines"] if ln["ok"])
    bal = round(tot - mpaid - adj, 2)
    rows += [["", "", "Total charges", usd(tot)], ["", "", "Medicare paid", "-" + usd(mpaid)],
             ["", "", "Contractual adjustment", "-" + usd(adj)], ["*", "", "BALANCE DUE FROM PATIENT", usd(bal)]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [28, 24, 92, 30], 8.5, "LLLR")
    d.para("Medicare denied the x-ray (72100): Medicare does not cover x-rays taken by a chiropractor. You signed an "
           "ABN (Option 1), so this charge is yours. Your balance also includes your 20% coinsurance on the "
           "adjustments. Payment due in 30 days. Questions about this statement? Call our billing office.", 9)
    t = truth("other", None, "en", member_id=f["mbi"], member_name=f["name"], claim_amount=m2(tot),
              service_dates=sorted({ln["dos"].isoformat() for ln in cc["lines"]}), denial_date=stmt.isoformat(),
              provider=chiro[2], unscored=["insurer"],
              alternates={"provider": [chiro[0]], "claim_amount": [None],
                          "service_dates": [[cc["lines"][0]["dos"].isoformat()]], "denial_date": [None]})
    return pdf_bytes(d), t


def build_20027(r, f, cc):
    chiro = CHIROS[0]
    x = [ln for ln in cc["lines"] if not ln["ok"]][0]
    signed = f["notice"] + dt.timedelta(days=14)
    d = Page(font="Helvetica")
    d.add_page()
    d.text_line("DEPARTMENT OF HEALTH AND HUMAN SERVICES", 8, "B")
    d.text_line("CENTERS FOR MEDICARE & MEDICAID SERVICES", 8, "B")
    d.ln(2)
    d.text_line("MEDICARE REDETERMINATION REQUEST FORM - 1st LEVEL OF APPEAL", 12, "B", align="C")
    d.ln(3)
    d.boxes([("1. Beneficiary's name (first, middle, last)", f["name"], 100), ("2. Medicare number", f["mbi"], 80)])
    d.boxes([("3. Item or service you wish to appeal", "X-ray lumbar spine 72100", 100),
             ("4. Date the service or item was received", fd(x["dos"], "slash"), 80)])
    d.boxes([("5. Claim number (if known)", cc["claim"], 100),
             ("6. Name of supplier / provider", f"{chiro[0]}", 80)])
    d.ln(3)
    d.para("7. I do not agree with the determination of my claim. MY REASONS ARE:", 9.5)
    d.para("    The x-ray was needed to show the subluxation my chiropractor is treating. The Medicare Summary Notice "
           f"dated {fd(f['notice'], 'slash')} says it is not covered. Please review again.", 10)
    d.para("8. Date of the initial determination notice: " + fd(f["notice"], "slash"), 9.5)
    d.para("9. Additional information Medicare should consider: statement from my chiropractor attached.", 9.5)
    d.boxes([("10. Requester's name", f["name"], 70), ("11. Relationship to beneficiary", "Self", 40),
             ("14. Date signed", fd(signed, "slash"), 70)])
    d.boxes([("12. Requester's address", f"{f['addr'][0]}, {f['addr'][1]}", 120), ("13. Phone", ph(r), 60)])
    d.ln(4)
    d.text_line(f"Send to: {MAC_ADDR}", 8.5)
    d.text_line("Form CMS-20027 (12/10)     According to the Paperwork Reduction Act of 1995 ... OMB 0938-1112", 7)
    t = truth("other", None, "en", member_id=f["mbi"], member_name=f["name"], case_numbers=[cc["claim"]],
              service_dates=[x["dos"].isoformat()], denial_date=signed.isoformat(), provider=chiro[0],
              unscored=["insurer"], alternates={"denial_date": [None], "case_numbers": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- remittance
def build_ra(r):
    chiro = CHIROS[1]
    ra = dt.date(2026, 4, 6) + dt.timedelta(days=r.randint(0, 30))
    d = Page(font="Courier")
    d.add_page()
    d.text_line(MAC.upper(), 11, "B")
    d.text_line("MEDICARE PART B REMITTANCE ADVICE (STANDARD PAPER REMIT)", 10, "B")
    d.ln(1)
    d.text_line(f"PAYEE: {chiro[0].upper()}    NPI {r.choice('12')}{digits(r, 9)}    PTAN {digits(r, 6)}", 8.5)
    d.text_line(f"REMIT DATE: {fd(ra, 'upper')}   CHECK/EFT #: {digits(r, 10)}   PAGE 1 OF 1", 8.5)
    d.rule(0.3, 2)
    pats = []
    for i, (pname, _, _) in enumerate([PEOPLE[3], PEOPLE[1]]):
        dos = ra - dt.timedelta(days=r.randint(20, 30))
        first, mid, last = pname.split()[0], pname.split()[1].rstrip("."), pname.split()[-1]
        icn = digits(r, 13)
        acnt = f"RFC{digits(r, 5)}"
        m = mbi(r)
        lines = [("98940AT", 58.0, 29.74, 23.79, "", "CO-45")]
        if i == 1:
            lines.append(("72100", 132.0, 0.0, 0.0, "N425", "CO-96"))
        pats.append(dict(name=pname, dos=dos, icn=icn, m=m, lines=lines))
        d.font(8.2, "B")
        d.cell(0, 4.6, f"NAME {last.upper()}, {first.upper()} {mid}   MID {m}   ACNT {acnt}   ICN {icn}   ASG Y",
               new_x="LMARGIN", new_y="NEXT")
        d.font(8)
        d.cell(0, 4.4, "PERF PROV   SERV DATE   POS  PROC     BILLED   ALLOWED  PROV PD  RARC  GRP/RC",
               new_x="LMARGIN", new_y="NEXT")
        for code, b, al, pd, rarc, grp in lines:
            d.cell(0, 4.4, f"{digits(r, 10)}  {fd(dos, 'short')}    11   {code:<7} {b:>8.2f} {al:>8.2f} {pd:>8.2f}"
                           f"  {rarc:<5} {grp}", new_x="LMARGIN", new_y="NEXT")
        tb = sum(x[1] for x in lines)
        d.cell(0, 4.4, f"CLAIM TOTALS                         {tb:>8.2f} {sum(x[2] for x in lines):>8.2f} "
                       f"{sum(x[3] for x in lines):>8.2f}", new_x="LMARGIN", new_y="NEXT")
        pats[-1]["tb"] = tb
        d.ln(2)
    d.rule(0.3, 2)
    d.text_line("GLOSSARY: Group, Reason, MOA, Remark and Adjustment Codes", 9, "B")
    d.para("CO  Contractual Obligation.  45  Charge exceeds fee schedule/maximum allowable.  96  Non-covered "
           "charge(s).  N425  Statutorily excluded service(s). Medicare does not pay for x-rays ordered or taken by "
           "a chiropractor.  AT  Acute/active treatment modifier.", 8.3)
    d.para("To request a redetermination, file within 120 days of the date of this remittance. Form CMS-20027 or "
           "the contractor's portal may be used. For questions call the Provider Contact Center " + ph(r) + ".", 8.3)
    p = pats[1]
    t = truth("eob", "not_covered", "en", insurer=MAC, member_id=p["m"], member_name=p["name"],
              case_numbers=[p["icn"]], claim_amount=m2(p["tb"]), service_dates=[p["dos"].isoformat()],
              denial_date=ra.isoformat(), provider=chiro[0], appeal_deadline=(ra + dt.timedelta(days=120)).isoformat(),
              alternates={"claim_amount": ["132.00"], "insurer": ["Medicare"], "appeal_deadline": [None]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(SEED)
    f1, c1 = msn_case(r, "bd")
    msn1 = (build_msn(f1), msn_truth(f1, c1, "bd"))
    fes, ces = msn_case(r, "es")
    msn_es = (build_msn(fes), msn_truth(fes, ces, "es"))
    fp, cp = msn_case(r, "paid")
    msn_paid = (build_msn(fp), msn_truth(fp, cp, "paid"))
    return [
        Item(f"{FAMILY}_bd_msn_two_providers", "born_digital", [msn1]),
        Item(f"{FAMILY}_scan_abn_copy", "scan_clean_300", [build_abn(r)]),
        Item(f"{FAMILY}_copy_redetermination_upheld", "photocopy", [build_redet(r)]),
        Item(f"{FAMILY}_faxfine_statement_and_request", "fax_fine_g4",
             [build_statement(r, f1, c1), build_20027(r, f1, c1)], separators=["cover", None]),
        Item(f"{FAMILY}_lowres_msn_es", "scan_lowres_150", [msn_es]),
        Item(f"{FAMILY}_phone_msn_all_approved", "phone_photo", [msn_paid]),
        Item(f"{FAMILY}_rotated_remittance", "rotated", [build_ra(r)]),
    ]
