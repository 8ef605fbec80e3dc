"""Family 'state_ombudsman_forwarded_denial_stack': a state consumer-assistance ombudsman's cover letter that
forwards a member's health-plan notice, scanned as one file. The cover page(s) belong to no document; the
forwarded notice is the one document.

The offices (the Beaudry Regional Office of a state Health Insurance Ombudsman, the Inglenook Consumer Assistance
Program for Health Coverage under a state Department of Insurance, the Thistlecombe Office of the Managed Care
Ombudsman) and the plans behind them (Driftmoor Health Alliance, Hobcroft Mutual Health Insurance Company,
Gwynedd Valley Health Partners) are fictional (kit_roundaa_famaa). The cover letter carries the
office's own numbers (complaint no., file reference), its own dates (complaint received, the date the plan sent
the copy, a follow-up date, sometimes the deadline as the office counted it from the day the member got the
letter) and restates the member and plan. One file has a two-page cover (letter and intake summary); one cover and
notice are Spanish; one forwards an approval the plan issued after the office asked it to look again.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundaa_famaa import (address, clinician, days, fdate, iso, local_phone, m2, mixed, money, person, phone,
                               usd)

FAMILY = "state_ombudsman_forwarded_denial_stack"
LANG = "en"
OFFICES = {
    "beaudry": dict(top="OFFICE OF THE HEALTH INSURANCE OMBUDSMAN", sub="Beaudry Regional Office",
                    addr="2200 Heddwyn Court, Suite 310, Galax, VA 24333", signer="Selwyn P. Inglenook-Ashe",
                    role="Ombudsman Specialist", ref=("Complaint No.", "HIO-2026-99999")),
    "inglenook": dict(top="Department of Insurance", sub="Inglenook Consumer Assistance Program for Health Coverage",
                      addr="41 Bryngarth Lane, Dumas, TX 79029", signer="Tegid D. Moelwyn-Ashe",
                      role="Consumer Assistance Counselor", ref=("CAP File", "CAP-99-9999-A"), parent=True),
    "thistle": dict(top="THISTLECOMBE OFFICE OF THE", sub="MANAGED CARE OMBUDSMAN",
                    addr="9 Nantlle Road, Española, NM 87532", signer="Olwenna T. Ystwyth",
                    role="Defensora / Ombudsman Analyst", ref=("Inquiry #", "MCO-999999")),
}
INSURERS = {
    "driftmoor": dict(name="Driftmoor Health Alliance", lines=("DRIFTMOOR", "Health Alliance"),
                      po="PO Box 7702, Dumas, TX 79029"),
    "hobcroft": dict(name="Hobcroft Mutual Health Insurance Company", lines=("Hobcroft Mutual",
                     "Health Insurance Company"), po="PO Box 3310, Galax, VA 24333", parent="A mutual company owned by its policyholders since 1951"),
    "gwynedd": dict(name="Gwynedd Valley Health Partners", lines=("Gwynedd Valley Health Partners", ""),
                    po="Utilization Management - PO Box 58, Española, NM 87532"),
}
SERVICES = {  # key: (service words, code, setting words, post-service claim?)
    "mri": ("MRI of the lower back (lumbar spine) without contrast", "72148", "pre"),
    "knee": ("knee arthroscopy with meniscus repair", "29882", "post"),
    "anesth": ("anesthesia for a gallbladder removal", "00790", "post"),
    "genetic": ("whole exome sequencing genetic test", "81415", "pre"),
    "hearing": ("audífonos digitales para ambos oídos", "V5261", "post"),
    "rehab": ("inpatient rehabilitation facility stay", "0128", "pre"),
    "sleep": ("in-lab sleep study (polysomnography)", "95810", "pre"),
}
REASONS = {
    "mri_kw": ("Not medically necessary. The records do not show six weeks of physical therapy or other "
               "conservative care before imaging, as our imaging guideline requires.", "medical_necessity"),
    "knee_pa": ("We did not pay this claim because the surgery needed our approval before it was done, and your "
                "surgeon did not ask for one.", "prior_authorization"),
    "anesth_oon": ("Out-of-network provider. The anesthesia group is not in your plan's network and your plan "
                   "has no out-of-network benefits for this service.", "out_of_network"),
    "genetic_exp": ("This test is considered experimental and investigational for your condition; the studies "
                    "do not show that its results change treatment.", "experimental"),
    "hearing_nc": ("Su plan no cubre audífonos ni los exámenes para adaptarlos. Es una exclusión de la póliza "
                   "(sección 7.4, Servicios no cubiertos).", "not_covered"),
    "rehab_loc": ("You can get the care you need in a skilled nursing facility. You do not need the level of care "
                  "of an inpatient rehabilitation hospital, so we are not approving that setting.", "level_of_care"),
}
LABELS = [
    dict(member="Member", mid="Member ID", grp="Group", ref="Reference number", claim="Claim number",
         prov="Provider", date="Date(s) of service", billed="Amount billed"),
    dict(member="Patient name", mid="ID #", grp="Group no.", ref="Case ID", claim="Claim #",
         prov="Requesting provider", date="Service date", billed="Total charges"),
    dict(member="Subscriber/Patient", mid="Identification No.", grp="Employer group", ref="Review #",
         claim="Claim ID", prov="Treating provider", date="Dates", billed="Billed amount"),
]
ES = dict(member="Afiliado", mid="N.º de afiliado", grp="Grupo", ref="N.º de caso", claim="N.º de reclamo",
          prov="Proveedor", date="Fecha de servicio", billed="Cantidad facturada")


def notice(f: dict) -> bytes:
    """The plan's own notice, as the member received it."""
    es = f["lang"] == "es"
    ins = INSURERS[f["ins"]]
    lab = ES if es else LABELS[f["labels"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d = Doc("Times" if f["ins"] == "hobcroft" else "Helvetica")
    d.add_page()
    if ins.get("parent"):
        d.text_line(ins["parent"], 8, "I", h=4)
    d.text_line(ins["lines"][0], 18 if f["ins"] == "driftmoor" else 15, "B", h=8)
    if ins["lines"][1]:
        d.text_line(ins["lines"][1], 11, h=5.5)
    d.text_line(ins["po"] + f"  -  {f['ph']}", 8, h=4)
    d.rule(0.5, 4)
    d.text_line(fd(f["date"]), 10.5, h=6)
    d.ln(1)
    for ln in (f["name"], f["street"], f["city"]):
        d.text_line(ln, 10.5, h=5)
    d.ln(3)
    title = {"approval": "Notice of Approval After Review", "es": "Aviso de denegación de beneficios"}.get(
        f["kind"], "Notice of Adverse Benefit Determination")
    d.text_line(title, 12.5, "B", h=7)
    rows = [(lab["member"], f["name"]), (lab["mid"], f["mid"])]
    if f["group"]:
        rows.append((lab["grp"], f["group"]))
    if f["plan_id"]:
        rows.append(("Plan ID" if not es else "ID del plan", f["plan_id"]))
    rows.append((lab["claim"] if f["post"] else lab["ref"], f["case"]))
    rows.append((lab["prov"], f["prov"]))
    svc_dates = fd(f["dos"]) if not f["dos_end"] else f"{fd(f['dos'])} - {fd(f['dos_end'])}"
    rows.append((lab["date"], svc_dates))
    if f["post"]:
        rows.append((lab["billed"], usd(f["billed"], f["ms"])))
    for k, v in rows:
        d.font(10, "B")
        d.cell(48, 5.2, k + ":")
        d.font(10)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    svc, code, _ = SERVICES[f["svc"]]
    if f["kind"] == "approval":
        d.para(f"We looked again at the request for {svc} (code {code}). After reviewing the added records from "
               f"{f['prov']}, we have approved it. Authorization {f['case']} is valid from {fd(f['dos'])} through "
               f"{fd(f['dos_end'])}. Your usual cost sharing applies. You do not need to do anything else.",
               10.5, gap=3)
        d.para(f"Questions? Call Member Services at {f['ph']}.", 10.5, gap=3)
    elif es:
        d.para(f"Revisamos el reclamo por {svc} (código {code}). No podemos pagarlo. Motivo: "
               f"{REASONS[f['reason']][0]}", 10.5, gap=3)
        d.text_line("Sus derechos de apelación", 11, "B", h=6)
        d.para(f"Puede apelar esta decisión dentro de {f['n']} días a partir de la fecha de esta carta. Envíe su "
               f"apelación por escrito a {ins['po']} o llame al {f['ph']}. Si su caso es urgente, pida una "
               "apelación acelerada (72 horas). Después de la apelación interna puede pedir una revisión externa "
               "independiente dentro de 4 meses.", 10.5, gap=3)
    else:
        what = "the claim for" if f["post"] else "the request for"
        d.para(f"We reviewed {what} {svc} (code {code}). We are denying it. Reason: {REASONS[f['reason']][0]}",
               10.5, gap=3)
        d.text_line("Your right to appeal", 11, "B", h=6)
        if f["dl"] == "days":
            d.para(f"You or your representative may appeal within {f['n']} days of the date of this letter. "
                   f"Write to Appeals, {ins['po']}, or call {f['ph']}. If your health is in serious danger, ask "
                   "for an urgent appeal; we decide those within 72 hours. After our final decision you may ask "
                   "for an independent external review within four months.", 10.5, gap=3)
        else:
            d.para(f"If you disagree, send a written appeal. We must receive it by {fd(f['deadline'])}. "
                   f"Write to Appeals, {ins['po']}, or call {f['ph']}. An urgent appeal is decided within 72 "
                   "hours. You may also contact your state's consumer assistance program for help.", 10.5, gap=3)
    d.ln(2)
    d.para(f"{'Atentamente' if es else 'Sincerely'},\n\n{f['reviewer']}, MD\n"
           f"{'Director Médico' if es else 'Medical Director'}, {ins['name']}", 10.5, gap=2)
    return pdf_bytes(d)


def cover(f: dict, c: dict) -> bytes:
    """The ombudsman's cover letter: nothing decided, its own numbers and dates, the member restated."""
    o = OFFICES[c["office"]]
    es = f["lang"] == "es"
    fd = lambda x: fdate(x, c["ds"])  # noqa: E731
    d = Doc("Times" if c["office"] == "beaudry" else "Helvetica")
    d.add_page()
    if o.get("parent"):
        d.text_line("STATE " + o["top"].upper(), 8.5, "B", align="C", h=4.5)
        d.text_line(o["sub"], 14, "B", align="C", h=7)
    else:
        d.text_line(o["top"], 13, "B", align="C", h=6.5)
        d.text_line(o["sub"], 11, "", align="C", h=5.5)
    d.text_line(f"{o['addr']}  |  {c['ph']}  |  Fax {c['fx']}", 8, align="C", h=4)
    d.rule(0.8, 4)
    d.text_line(fd(c["date"]), 10.5, h=6)
    d.ln(1)
    for ln in c["to"]:
        d.text_line(ln, 10.5, h=5)
    d.ln(3)
    plan = INSURERS[f["ins"]]["name"]
    if es:
        rows = [("Asunto:", "Copia del aviso de su plan de salud"), (o["ref"][0] + ":", c["ref"]),
                ("Consumidor:", f["name"]), ("Plan:", plan), ("Queja recibida:", fd(c["received"]))]
    else:
        rows = [("Re:", "Copy of the plan notice" + (" - your complaint" if c["to_member"] else "")),
                (o["ref"][0] + ":", c["ref"]), ("Consumer:", f["name"]), ("Health plan:", plan),
                ("Complaint received:", fd(c["received"]))]
    if c["show_id"]:
        rows.append(("N.º de afiliado:" if es else "Member ID:", f["mid"]))
    for k, v in rows:
        d.font(10, "B")
        d.cell(42, 5, k)
        d.font(10)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    first = f["name"].split()[0]
    if es:
        d.para(f"Estimado(a) {first} {f['name'].split()[-1]}:", 10.5, gap=2)
        d.para(f"Recibimos su queja el {fd(c['received'])}. A petición nuestra, {plan} nos envió el "
               f"{fd(c['plan_sent'])} una copia del aviso que usted recibió. Le adjuntamos esa copia para sus "
               "archivos. Nuestra oficina no decide reclamos; le ayudamos a presentar su apelación ante el plan.",
               10.5, gap=2.5)
        d.para(f"Por favor, llámenos antes del {fd(c['followup'])} para preparar juntos la apelación. Use "
               f"nuestro número {c['ref']} cuando llame.", 10.5, gap=3)
    elif c["kind"] == "approval":
        d.para(f"Dear {first}:", 10.5, gap=2)
        d.para(f"After our office contacted {plan} on {fd(c['plan_sent'])} about your complaint, the plan "
               "reviewed the request again. Enclosed is the plan's new notice. We are closing your file "
               f"{c['ref']}; if anything else goes wrong with this service, call us and we will reopen it.",
               10.5, gap=3)
    elif c["to_member"]:
        d.para(f"Dear {first}:", 10.5, gap=2)
        d.para(f"Thank you for contacting our office on {fd(c['received'])}. At our request, {plan} sent us a "
               f"copy of the notice it mailed to you; it reached us on {fd(c['plan_sent'])}. A copy is enclosed. "
               "The Ombudsman does not decide claims, but we can help you write your appeal to the plan.",
               10.5, gap=2.5)
        tail = (f"You told us the letter reached you on {fd(c['got'])}; counting from that day, we have noted "
                f"{fd(c['counted'])} as the last day to appeal. Please check the enclosed notice, which controls."
                if c["counted"] else "The enclosed notice states how long you have to appeal.")
        d.para(f"{tail} Please call us by {fd(c['followup'])} so we can go over it.", 10.5, gap=3)
    else:
        d.para("Dear Appeals Coordinator:", 10.5, gap=2)
        d.para(f"The consumer named above asked our office for help on {fd(c['received'])} and has signed an "
               "authorization for us to act for her or him. We are forwarding the enclosed notice with the "
               "consumer's request that the plan treat this letter as an appeal of that decision. Please send "
               f"your decision to the consumer and a copy to our office, citing {o['ref'][0]} {c['ref']}.",
               10.5, gap=2.5)
        d.para(f"We will follow up with your unit on {fd(c['followup'])}.", 10.5, gap=3)
    d.para(("Atentamente,\n\n\n" if es else "Sincerely,\n\n\n") + f"{o['signer']}\n{o['role']}", 10.5, gap=3)
    d.text_line(("Adjunto: copia del aviso del plan (1 página)" if es else "Enclosure: plan notice (1 page)")
                + ("    cc: consumer" if not c["to_member"] and not es else ""), 8.5, h=4)
    pages = [d]
    if c["summary"]:
        d.add_page()
        d.text_line("CONSUMER ASSISTANCE - INTAKE SUMMARY", 12, "B", h=7)
        d.rule(0.4, 3)
        rows = [("File", c["ref"]), ("Date opened", fd(c["received"])), ("Consumer", f["name"]),
                ("Phone", c["cphone"]), ("Coverage", f"{plan} (employer group)"),
                ("Issue", "Claim denied - " + SERVICES[f["svc"]][0]), ("Amount in dispute (consumer's estimate)",
                                                                       usd(c["rough"], "plain")),
                ("Date plan copy received", fd(c["plan_sent"])), ("Counselor", o["signer"]),
                ("Next action", f"Call plan appeals unit by {fd(c['followup'])}")]
        d.table(["Item", "Detail"], [[k, v] for k, v in rows], [70, 110], size=9.5, row_h=6.5)
        d.para("Notes: consumer states the anesthesia group was not chosen by her or him and the surgeon was "
               "in network. Ask plan whether surprise-billing protections were applied.", 10, gap=2)
    del pages
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, svc: str, reason: str | None, kind: str, ds: str, ms: str, labels: int,
          lang: str = "en", dl: str = "days") -> dict:
    date = dt.date(2026, r.randint(1, 9), r.randint(1, 27))
    post = SERVICES[svc][2] == "post"
    dos = days(date, -r.randint(20, 60)) if post else days(date, r.randint(8, 25))
    dos_end = days(dos, r.randint(60, 90)) if kind == "approval" else (
        days(dos, r.randint(8, 16)) if svc == "rehab" else None)
    street, city = address(r, lang)
    f = dict(ins=ins, svc=svc, reason=reason, kind=kind, ds=ds, ms=ms, labels=labels, lang=lang, dl=dl, date=date,
             post=post, dos=dos, dos_end=dos_end, street=street, city=city, name=person(r, lang),
             mid=mixed(r, {"driftmoor": "DHA999999999", "hobcroft": "HMH-999-99-9999", "gwynedd": "GV9999999"}[ins]),
             group=r.choice([None, mixed(r, "99999-A9")]), plan_id=r.choice([None, mixed(r, "AA-9999")]),
             case=mixed(r, "9999A999999" if post else "UM-26-999999"), reviewer=clinician(r),
             prov=(["Galax Spine and Pain Center", "Dumas Orthopedic & Sports Clinic",
                            "High Plains Anesthesia Group, PA", "Carnedd Genomics Laboratory",
                            "Centro Auditivo Española", "Nantlle Rehabilitation Hospital",
                            "Bryngarth Sleep Disorders Center"][list(SERVICES).index(svc)]),
             billed=money(r, 900, 6400) if post else None, ph=phone(r), n=r.choice([180, 180, 60]))
    f["deadline"] = days(date, f["n"])
    return f


def cover_facts(r: random.Random, f: dict, office: str, ds: str, to_member: bool, count: bool = False,
                summary: bool = False) -> dict:
    date = days(f["date"], r.randint(12, 30))
    c = dict(office=office, ds=ds, date=date, to_member=to_member, kind=f["kind"], ref=mixed(r, OFFICES[office]["ref"][1]),
             received=days(f["date"], r.randint(3, 8)), plan_sent=days(date, -r.randint(2, 5)),
             followup=days(date, r.randint(7, 14)), got=days(f["date"], r.randint(4, 9)), ph=local_phone(r),
             fx=local_phone(r), cphone=local_phone(r), show_id=r.random() < 0.7, summary=summary,
             rough=int(round(f["billed"] or 2000, -2)))
    c["counted"] = days(c["got"], f["n"]) if count else None
    c["to"] = ([f["name"], f["street"], f["city"]] if to_member else
               ["Appeals and Grievances Unit", INSURERS[f["ins"]]["name"], INSURERS[f["ins"]]["po"]])
    return c


def notice_truth(f: dict, c: dict) -> dict:
    alts = {}
    if c["counted"] and f["kind"] != "approval":
        alts["appeal_deadline"] = [iso(c["counted"])]
    if f["kind"] == "approval":
        return truth("other", None, lang=f["lang"], insurer=INSURERS[f["ins"]]["name"], plan_id=f["plan_id"],
                     group_number=f["group"], member_id=f["mid"], member_name=f["name"], case_numbers=[f["case"]],
                     service_dates=[iso(f["dos"], f["dos_end"])], denial_date=iso(f["date"]), provider=f["prov"])
    denial = REASONS[f["reason"]][1]
    dalts = ["not_covered"] if denial == "experimental" else []
    return truth("denial_letter", denial, lang=f["lang"], insurer=INSURERS[f["ins"]]["name"], plan_id=f["plan_id"],
                 group_number=f["group"], member_id=f["mid"], member_name=f["name"], case_numbers=[f["case"]],
                 claim_amount=m2(f["billed"]) if f["billed"] else None, service_dates=[iso(f["dos"], f["dos_end"])],
                 denial_date=iso(f["date"]), provider=f["prov"], appeal_deadline=iso(f["deadline"]),
                 alternates=alts, denial_alternates=dalts)


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(107600)
    plan = [  # stem, cond, insurer, service, reason, kind, notice ds, money, labels, lang, dl, office, cover ds,
              # to member, counted, summary page
        ("bd_mri", "born_digital", "driftmoor", "mri", "mri_kw", "denial", "long", "plain", 0, "en", "days",
         "beaudry", "abbr", True, True, False),
        ("scan300_knee_pa", "scan_clean_300", "hobcroft", "knee", "knee_pa", "denial", "slash", "plain", 1, "en",
         "date", "inglenook", "long", False, False, False),
        ("lowres_anesth_oon", "scan_lowres_150", "gwynedd", "anesth", "anesth_oon", "denial", "abbr", "nosign", 2,
         "en", "days", "thistle", "slash", True, False, True),
        ("photocopy_genetic", "photocopy", "driftmoor", "genetic", "genetic_exp", "denial", "dmy", "plain", 1, "en",
         "days", "inglenook", "long", True, True, False),
        ("rotated_es_hearing", "rotated", "hobcroft", "hearing", "hearing_nc", "es", "es", "plain", 0, "es", "days",
         "thistle", "es", True, False, False),
        ("faxf_approval_sleep", "fax_fine_g4", "gwynedd", "sleep", None, "approval", "long", "plain", 0, "en",
         "days", "beaudry", "slash", True, False, False),
        ("faxstd_rehab_loc", "fax_standard_g4", "driftmoor", "rehab", "rehab_loc", "denial", "upper", "plain", 2,
         "en", "date", "beaudry", "long", False, False, False),
    ]
    items = []
    for (stem, cond, ins, svc, reason, kind, ds, ms, labels, lang, dl, office, cds, to_member, count,
         summary) in plan:
        f = facts(r, ins, svc, reason, kind, ds, ms, labels, lang, dl)
        c = cover_facts(r, f, office, cds, to_member, count, summary)
        items.append(Item(f"{FAMILY}_{stem}", cond, [(notice(f), notice_truth(f, c))], separators=[cover(f, c)]))
    return items
