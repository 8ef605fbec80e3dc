"""Family 'postcard_claim_status_notice': a short claim-status mailer printed on a small page (a 6 x 4 inch
postcard or a half sheet), in large type or very small type, saying a claim was denied or processed, with the few
facts it gives (member, claim number, date of service, provider, amount) and "see your EOB online".

Modelled on the paperless-EOB reminder cards and claim-status mailers that plans send instead of a paper EOB.
Some files carry the address side as page 1 (return address, presorted first-class indicia with a permit number,
mailing barcode digits) and the message side as page 2. Values and wording invented.

Issuers (fictional): Frio Canyon Health Plan (logo words "FRIO CANYON" over a rule), Sabinal Benefit Administrators
(a third-party administrator for the Bandera County Employees' Health Plan; the TPA's letterhead), Helotes Community
Health Plan (Spanish card).
Papers: a denied claim in large type (not covered), a paid claim (denies nothing), a small-type card denied for late
filing (plain words), a half sheet denied for missing prior authorization, a duplicate-claim card, a Spanish card
(coverage not active), and a half sheet listing two claims (one paid, one denied out of network).
Decoys: postage permit number, mail-piece ID, the web-portal PIN hint, the member's paid amount, the other claim on
the two-claim sheet, a "notice date" vs "processed date", the customer-service hours sentence.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundag_famgc import (CLINICIANS, Card, address, days, fdate, iso, m2, mixed, money, person, phone, usd)

FAMILY = "postcard_claim_status_notice"
LANG = "en"
PLANS = {
    "frio": dict(name="Frio Canyon Health Plan", logo="FRIO CANYON", ret="PO Box 77120, Boerne, TX 78006",
                 web="myfriocanyon.example/eob", mid="FCH999999999", claim="FC99999999999", grp="99999"),
    "sab": dict(name="Sabinal Benefit Administrators", logo="SABINAL", ret="PO Box 4206, Lampasas, TX 76550",
                web="sabinalbenefits.example", mid="BCE-99999-99", claim="SB-9999-999999", grp="BANDERA-99",
                plan="Bandera County Employees' Health Plan"),
    "hel": dict(name="Helotes Community Health Plan", logo="HELOTES COMMUNITY", ret="Apartado 3391, Hondo, TX 78861",
                web="helotescommunity.example/eob", mid="HCH99999999", claim="9999999999", grp="H99999"),
}
PROVS = ["Cibolo Creek Family Clinic", "Bandera Pass Imaging", "Sabinal Street Urgent Care", "Hill Country Lab Services"]
LAB = {1: ["Member", "Member ID", "Claim #", "Date of service", "Provider", "Amount billed"],
       2: ["Patient", "ID", "Claim number", "Service date", "Provider", "Billed"],
       3: ["For", "Member no.", "Claim", "DOS", "Seen by", "Charges"],
       "es": ["Afiliado", "Núm. de miembro", "Reclamación", "Fecha de servicio", "Proveedor", "Facturado"]}


def address_side(f: dict) -> Card:
    p = PLANS[f["plan"]]
    c = Card(f["size"])
    c.add_page()
    c.line_(p["name"], 8, "B", h=3.6, w=70)
    c.line_(p["ret"], 7, h=3.2, w=70)
    c.set_xy(c.w - 42, 6)
    c.set_font("DejaVu", "", 6.5)
    c.multi_cell(35, 3, f"PRESORTED\nFIRST-CLASS MAIL\nU.S. POSTAGE PAID\nPERMIT NO. {f['permit']}", border=1,
                 align="C")
    c.set_xy(c.w / 2 - 10, c.h / 2 - 2)
    c.set_font("DejaVu", "", 9.5)
    c.multi_cell(0, 4.5, "\n".join([f["member"].upper(), *f["addr"]]))
    c.set_xy(c.w / 2 - 10, c.h / 2 + 13)
    c.set_font("DejaVu", "", 6)
    c.cell(0, 3, f"Mail piece {f['piece']}")
    return c


def message(c: Card, f: dict) -> None:
    p = PLANS[f["plan"]]
    kind, es, big = f["kind"], f["lang"] == "es", f["type"] == "big"
    L = LAB["es" if es else f["lab"]]
    c.add_page()
    c.line_(p["logo"], 15 if big else 11, "B", h=6 if big else 5)
    c.set_line_width(0.6)
    c.line(c.l_margin, c.get_y(), c.w - c.r_margin, c.get_y())
    c.ln(1)
    if not p.get("plan"):
        c.line_(f"{p['name']}  -  Claims Department", 6.5 if not big else 8, h=3.4)
    else:
        c.line_(f"{p['name']}, administrator for the {p['plan']}", 6.5 if not big else 8, h=3.4)
    nd = fdate(f["date"], f["ds"])
    head = {"notcov": "Your claim was denied", "paid": "Your claim has been processed",
            "late": "Claim status update", "pa": "A claim was denied", "dup": "Claim status: not paid",
            "es": "Su reclamación fue denegada", "two": "Your recent claims"}[kind]
    c.line_(head, 13 if big else 9, "B", h=6 if big else 4.5)
    c.line_(f"{'Fecha del aviso' if es else 'Notice date'}: {nd}", 10 if big else 6.8, h=5 if big else 3.3)
    sz = 10.5 if big else 6.8
    h = 5 if big else 3.3
    kw = 42 if big else 26
    if kind == "two":
        c.set_font("DejaVu", "", sz)
        c.cell(0, h, f"{L[0]}: {f['member']}    {L[1]}: {f['mid']}    Group: {f['grp']}", new_x="LMARGIN",
               new_y="NEXT")
        c.ln(1)
        c.set_font("DejaVu", "B", sz)
        for t, w in zip([L[2], L[3], L[4], L[5], "Status"], [40, 26, 52, 24, 50]):
            c.cell(w, h, t, border="B")
        c.ln(h + 0.5)
        c.set_font("DejaVu", "", sz)
        for cl in f["claims"]:
            for t, w in zip([cl["no"], fdate(cl["dos"], f["ds"]), cl["prov"], usd(cl["billed"], f["ms"]),
                             cl["status"]], [40, 26, 52, 24, 50]):
                c.cell(w, h, t)
            c.ln(h + 0.3)
        c.ln(1)
        c.para(f"The claim from {f['claims'][1]['prov']} was denied because the provider is not in your plan's "
               f"network and your plan has no out-of-network benefits for this service. The other claim was paid: "
               f"plan paid {usd(f['claims'][0]['paid'], f['ms'])}.", sz)
    else:
        cl = f["claims"][0]
        rows = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], cl["no"]), (L[3], fdate(cl["dos"], f["ds"])),
                (L[4], cl["prov"]), (L[5], usd(cl["billed"], f["ms"]))]
        if f.get("grp_printed"):
            rows.insert(2, ("Group" if not es else "Grupo", f["grp"]))
        for lab, val in rows:
            c.set_font("DejaVu", "", sz)
            c.cell(kw, h, f"{lab}:")
            c.set_font("DejaVu", "B", sz)
            c.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")
        c.ln(1)
        why = {"notcov": "This service is not covered under your plan (benefit exclusion: cosmetic services).",
               "paid": f"Plan paid {usd(cl['paid'], f['ms'])}. You may owe the provider "
                       f"{usd(round(cl['billed'] - cl['paid'] - cl['disc'], 2), f['ms'])}. Nothing was denied.",
               "late": "We did not pay this claim because the provider sent it to us more than 180 days after the "
                       "date of service. You do not owe the provider for this claim.",
               "pa": "This service needed prior authorization and none was obtained, so the claim was denied.",
               "dup": "We already received and processed this claim; this copy was a duplicate and was not paid.",
               "es": "No pagamos esta reclamación porque su cobertura no estaba activa en la fecha del servicio."}[kind]
        c.para(why, sz)
    web = p["web"]
    if es:
        c.para(f"Vea su Explicación de Beneficios (EOB) en línea: {web}. Preguntas: {f['ph']}, lunes a viernes, "
               "8 a.m. a 6 p.m.", sz - 1)
    else:
        c.para(f"See your Explanation of Benefits (EOB) online at {web} for details and your appeal rights. "
               f"Questions? Call {f['ph']} (TTY 711), Monday-Friday 8 a.m.-6 p.m.", sz - 1)
    if not big:
        c.set_font("DejaVu", "", 5.5)
        c.multi_cell(0, 2.6, f"Processed {fdate(f['proc'], f['ds'])}. Go paperless: sign in with your member ID "
                             f"and the last 4 digits of your phone number. Piece {f['piece']}.")


def card(f: dict) -> bytes:
    c = address_side(f) if f.get("addr_side") else Card(f["size"])
    message(c, f)
    return bytes(c.output())


def facts(r: random.Random, spec: dict) -> dict:
    lang = spec.get("lang", "en")
    p = PLANS[spec["plan"]]
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 230))
    prov = r.choice(CLINICIANS) if spec.get("person_prov") else r.choice(PROVS)
    claims = []
    for i in range(2 if spec["kind"] == "two" else 1):
        billed = money(r, 140, 2400)
        claims.append(dict(no=mixed(r, p["claim"]), dos=days(date, -r.randint(20, 45) - 9 * i),
                           prov=prov if i == 0 else "Sabinal Street Urgent Care", billed=billed,
                           paid=round(billed * 0.62, 2), disc=round(billed * 0.2, 2),
                           status="Paid" if (i == 0 and spec["kind"] == "two") else "Denied - out of network"))
    if spec["kind"] == "late":
        claims[0]["dos"] = days(date, -r.randint(200, 240))
    return dict(spec, lang=lang, member=person(r, lang), date=date, proc=days(date, -2), claims=claims,
                mid=mixed(r, p["mid"]), grp=mixed(r, p["grp"]), addr=address(r, lang), ph=phone(r),
                permit=str(r.randint(100, 999)), piece=mixed(r, "99999-99999-9"))


DTYPE = {"notcov": "not_covered", "late": "timely_filing", "pa": "prior_authorization", "dup": "other",
         "es": "eligibility", "two": "out_of_network", "paid": None}


def make_truth(f: dict) -> dict:
    p = PLANS[f["plan"]]
    kind = f["kind"]
    cl = f["claims"][1] if kind == "two" else f["claims"][0]
    grp = f["grp"] if (kind == "two" or f.get("grp_printed")) else None
    common = dict(insurer=p["name"], member_id=f["mid"], group_number=grp, member_name=f["member"],
                  case_numbers=[cl["no"]], claim_amount=m2(cl["billed"]), service_dates=[iso(cl["dos"])],
                  denial_date=iso(f["date"]), provider=cl["prov"])
    alts = {"insurer": [p["plan"]]} if p.get("plan") else {}
    if kind == "paid":
        return truth("other", None, f["lang"], alternates=alts, type_alternates=["eob"], **common)
    return truth("denial_letter", DTYPE[kind], f["lang"], alternates=alts, type_alternates=["eob"], **common)


PLAN = [
    ("postcard_claim_status_notice_bd_big_type_not_covered", "born_digital",
     dict(kind="notcov", plan="frio", lab=1, ds="long", ms="plain", size="postcard", type="big", addr_side=True)),
    ("postcard_claim_status_notice_bd_half_sheet_paid", "born_digital",
     dict(kind="paid", plan="frio", lab=2, ds="slash", ms="plain", size="half", type="big", grp_printed=True,
          person_prov=True)),
    ("postcard_claim_status_notice_scan_small_type_late_filing", "scan_clean_300",
     dict(kind="late", plan="sab", lab=3, ds="short", ms="nosign", size="postcard", type="small", addr_side=True)),
    ("postcard_claim_status_notice_lowres_half_sheet_no_auth", "scan_lowres_150",
     dict(kind="pa", plan="sab", lab=1, ds="abbr", ms="plain", size="half", type="big", grp_printed=True)),
    ("postcard_claim_status_notice_copy_duplicate", "photocopy",
     dict(kind="dup", plan="frio", lab=2, ds="dmy", ms="plain", size="postcard", type="small", person_prov=True)),
    ("postcard_claim_status_notice_phone_es_not_active", "phone_photo",
     dict(kind="es", plan="hel", lab="es", ds="es", ms="es", size="postcard", type="big", lang="es",
          addr_side=True)),
    ("postcard_claim_status_notice_rot_two_claims_oon", "rotated",
     dict(kind="two", plan="sab", lab=3, ds="iso", ms="plain", size="half", type="small")),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, spec) in enumerate(PLAN):
        f = facts(random.Random(127600 + i), spec)
        items.append(Item(stem, cond, [(card(f), make_truth(f))]))
    return items
