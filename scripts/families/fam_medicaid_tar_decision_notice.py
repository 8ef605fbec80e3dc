"""Family 'medicaid_tar_decision_notice': a state Medicaid program's decisions on Treatment Authorization Requests
(TARs), after the shape of the California Medi-Cal TAR papers (a beneficiary Notice of Action naming the TAR control
number, and the provider's TAR adjudication response with one row per service line: service code, quantity
requested and authorized, from/through dates, status APPROVED / MODIFIED / DENIED and a reason code explained in a
legend), for an invented state: the Ormsbury Department of Health Care Services, program "Ormsbury Medi-Assist".
Beneficiary notices offer only a state fair hearing; provider responses offer a TAR reconsideration.

Letterhead: "ORMSBURY MEDI-ASSIST" over a line with the department's name under it, the state seal line "State of
Ormsbury" above on two, a return address block (field office) on the beneficiary notices.
Decoys: the provider number and NPI, the referring physician, the aid code and county code, the field office and
its medical consultant, the TAR received date, the approved lines' dates on mixed TARs, the fair-hearing 90 days
and the aid-paid-pending 10 days.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundw_famwb import address, clinician, days, digits, fdate, iso, local_phone, mixed, npi, pairs, person, \
    phone

FAMILY = "medicaid_tar_decision_notice"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEPT = "Ormsbury Department of Health Care Services"
PROVIDERS = {"dme": "Scarrowby Medical Supply", "rehab": "Ulverley Rehabilitation Hospital",
             "home": "Wickerby Home Infusion Pharmacy", "dent": "Crumpsall Dental Group",
             "therapy": "Dunmallet Pediatric Therapy Center"}
LABELS = {1: ["Notice date", "Beneficiary", "Medi-Assist ID", "TAR control number", "Provider"],
          2: ["Date of this notice", "Recipient name", "Client ID no.", "TAR Control No.", "Requesting provider"],
          3: ["Date", "Patient", "Beneficiary ID", "TAR #", "Provider name"],
          "es": ["Fecha del aviso", "Beneficiario", "Número de Medi-Assist", "Número de control del TAR",
                 "Proveedor"]}
CODES = {"A": "Approved as requested.",
         "M01": "Quantity reduced to the amount that is medically necessary for the condition documented.",
         "D05": "Not medically necessary: the records do not show that the service is needed for the condition.",
         "D12": "The service can be given safely at a lower level of care (skilled nursing facility).",
         "D20": "Not a benefit of the Medi-Assist program for beneficiaries 21 years of age and older.",
         "D31": "Beneficiary not eligible for Medi-Assist on the dates of service requested.",
         "D08": "Medical justification insufficient; requested documentation not attached."}
# scenario: lines (code, description, qty requested, qty authorized, status, reason, start offset, length days)
SCEN = {
    "bed_denied": ("dme", [("E0260", "Hospital bed, semi-electric", "1", "1", "APPROVED", "A", 0, 90),
                           ("E0277", "Powered air mattress", "1", "0", "DENIED", "D05", 0, 90)]),
    "approved": ("therapy", [("97110", "Therapeutic exercise, 15 min", "24", "24", "APPROVED", "A", 0, 89),
                             ("92507", "Speech-language treatment", "24", "24", "APPROVED", "A", 0, 89)]),
    "modified": ("home", [("J1100", "Dexamethasone injection, per 1 mg", "60", "30", "MODIFIED", "M01", 0, 60),
                          ("99601", "Home infusion nursing visit", "12", "12", "APPROVED", "A", 0, 60)]),
    "rehab_es": ("rehab", [("0118", "Inpatient rehabilitation, per day", "14", "0", "DENIED", "D12", 0, 13)]),
    "dental": ("dent", [("D2740", "Crown, porcelain/ceramic", "2", "0", "DENIED", "D20", 0, 0),
                        ("D0120", "Periodic oral evaluation", "1", "1", "APPROVED", "A", 0, 0)]),
    "inelig": ("dme", [("K0823", "Power wheelchair, group 2", "1", "0", "DENIED", "D31", 0, 0)]),
    "mixed": ("home", [("S9500", "Home infusion antibiotic, per diem", "21", "14", "MODIFIED", "M01", 0, 20),
                       ("J0690", "Cefazolin injection, 500 mg", "126", "0", "DENIED", "D08", 0, 20),
                       ("99601", "Home infusion nursing visit", "6", "6", "APPROVED", "A", 0, 20)]),
}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(16, 14, 16))
        self.add_font("DejaVu", "B", BOLD)


def facts(r, lab, ds, lang, kind, scen):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 240))
    start = days(notice, r.randint(4, 16))
    pkey, lines = SCEN[scen]
    rows = []
    for code, desc, q, qa, st, rc, off, ln in lines:
        a = days(start, off)
        rows.append(dict(code=code, desc=desc, q=q, qa=qa, st=st, rc=rc, a=a, b=days(a, ln)))
    f = dict(lab=LABELS[lab], ds=ds, lang=lang, kind=kind, scen=scen, notice=notice, rows=rows,
             prov=PROVIDERS[pkey], pnum=mixed(r, "ZZ9999999").replace("ZZ", "PV"), pnpi=npi(r), member=person(r, lang),
             addr=address(r, lang), mid=mixed(r, "99999999A"), tar=digits(r, 11), doc=clinician(r),
             aid=r.choice(["1H", "3N", "M1", "K1"]), county=str(r.randint(10, 58)), recv=days(notice, -r.randint(5, 12)),
             ph=phone(r), fo=local_phone(r), box=digits(r, 4), mc="Dr. F. Wendholt, Medical Consultant")
    f["fd"] = lambda x: fdate(x, ds)
    return f


def denied(f):
    return [x for x in f["rows"] if x["st"] != "APPROVED"]


def letterhead(d, f, seal=False, block=False):
    if seal:
        d.text_line("STATE OF ORMSBURY", 8, "B", h=4)
    d.text_line("ORMSBURY MEDI-ASSIST", 19, "B", h=9)
    d.rule(0.8, 1)
    d.text_line(f"{DEPT}  ·  Treatment Authorization Unit", 8.6, h=4.4)
    if block:
        d.text_line(f"Northern Field Office  ·  PO Box {f['box']}  ·  Hibbing, MN 55746  ·  {f['fo']}", 8.3, h=4.4)
    d.ln(4)


def line_table(d, f, es=False):
    fd = f["fd"]
    head = (["Línea", "Código", "Descripción", "Pedido", "Aprob.", "Desde", "Hasta", "Estado", "Razón"] if es else
            ["Line", "Code", "Description", "Req.", "Auth.", "From", "Through", "Status", "Reason"])
    st_es = {"APPROVED": "APROBADO", "DENIED": "NEGADO", "MODIFIED": "MODIFICADO"}
    rows = [[str(i + 1), x["code"], x["desc"], x["q"], x["qa"], fd(x["a"]), fd(x["b"]),
             st_es[x["st"]] if es else x["st"], x["rc"]] for i, x in enumerate(f["rows"])]
    wide = f["ds"] in ("long", "es")
    w = [9, 13, 56, 13, 13, 22, 22, 19, 12] if not wide else [9, 12, 46, 12, 12, 27, 27, 20, 11]
    d.table(head, rows, w, size=7.6, aligns="LLLRRLLLL", head_fill=True)


def legend(d, f, es=False):
    d.text_line("Códigos de razón" if es else "Reason codes", 9.6, "B", h=5.5)
    for x in f["rows"]:
        if x["rc"] != "A":
            text = CODES[x["rc"]]
            if es:
                text = {"D12": "El servicio se puede dar con seguridad en un nivel de atención más bajo (centro de "
                               "enfermería especializada)."}[x["rc"]]
            d.para(f"{x['rc']}  {text}", 8.8, gap=1)
    d.ln(2)


def build(f) -> bytes:
    L, fd, k, es = f["lab"], f["fd"], f["kind"], f["lang"] == "es"
    d = Page(f"ODHCS TAR-NOA {f['county']}  ·  {{p}} of {{n}}")
    d.add_page()
    ben = k in ("ben", "ben_es")
    letterhead(d, f, seal=k in ("ben", "prov_seal"), block=ben)
    if ben:
        d.font(9.8)
        d.multi_cell(90, 4.8, "\n".join([f["member"], f["addr"][0], f["addr"][1]]), new_x="LMARGIN", new_y="NEXT")
        d.ln(4)
        d.text_line("AVISO DE ACCIÓN" if es else "NOTICE OF ACTION", 14, "B", h=7)
        d.text_line("Solicitud de autorización de tratamiento (TAR)" if es else "Treatment Authorization Request (TAR)",
                    10.5, "B", h=6)
        pairs(d, [(L[0], fd(f["notice"])), (L[1], f["member"]), (L[2], f["mid"]), (L[3], f["tar"]),
                  (L[4], f["prov"]), ("Médico que refiere" if es else "Referring physician", f"{f['doc']}, MD")],
              58, 9.4, bold_keys=(L[3],))
        if es:
            x = f["rows"][0]
            d.para(f"Su proveedor, {f['prov']}, pidió a Medi-Assist que aprobara {x['q']} días de rehabilitación "
                   f"como paciente hospitalizado del {fd(x['a'])} al {fd(x['b'])}. Medi-Assist ha NEGADO esta "
                   "solicitud. Usted puede recibir la atención que necesita en un centro de enfermería "
                   "especializada, que es un nivel de atención más bajo.", 9.8)
            line_table(d, f, es=True)
            legend(d, f, es=True)
            d.text_line("Su derecho a una audiencia estatal", 10.5, "B", h=6)
            d.para("Si no está de acuerdo, puede pedir una audiencia estatal dentro de 90 días a partir de la fecha "
                   "de este aviso. Llame al " + f["ph"] + " o escriba a la oficina de audiencias estatales.", 9.4)
            return pdf_bytes(d)
        some = [x for x in f["rows"] if x["st"] == "APPROVED"]
        intro = (f"Your provider asked Medi-Assist to approve the services below. We approved "
                 f"{'some of them' if some else 'none of them'}. ")
        if f["scen"] == "dental":
            intro += ("The crowns were denied because they are not covered for adults under the Medi-Assist dental "
                      "benefit. ")
        else:
            intro += "The lines marked DENIED or MODIFIED were not approved as asked, for the reasons in the legend. "
        d.para(intro, 9.8)
        line_table(d, f)
        legend(d, f)
        d.text_line("Your hearing rights", 10.5, "B", h=6)
        d.para("If you do not agree with this action, you may ask for a State Hearing. You must ask within 90 days "
               "of the date of this notice. If you ask for a hearing within 10 days of the date this notice was "
               "mailed, you may keep getting services while you wait for the hearing decision (aid paid pending). "
               f"To ask for a hearing, call {f['ph']}.", 9.2)
        d.para(f"Reviewed by {f['mc']}. TAR received {fd(f['recv'])}. Aid code {f['aid']}.", 8.4)
        return pdf_bytes(d)
    # provider adjudication response
    d.text_line("TAR ADJUDICATION RESPONSE", 13, "B", h=7)
    d.boxes([(L[3], f["tar"], 42), (L[0], fd(f["notice"]), 40), (L[2], f["mid"], 38),
             ("Provider number", f["pnum"], 38)])
    d.ln(3)
    pairs(d, [(L[1], f["member"]), (L[4], f"{f['prov']}  (NPI {f['pnpi']})"),
              ("Prescribing physician", f"{f['doc']}, MD"), ("Received", fd(f["recv"])),
              ("Aid code / County", f"{f['aid']} / {f['county']}")], 48, 9.0)
    line_table(d, f)
    legend(d, f)
    if not denied(f):
        d.para("All lines are approved as requested. Bill each service with this TAR control number within the "
               "dates shown. Approval does not guarantee payment if the beneficiary is not eligible on the date of "
               "service.", 9.2)
        return pdf_bytes(d)
    if f["scen"] == "inelig":
        d.para("Eligibility check: no Medi-Assist eligibility on file for the dates of service requested.", 9.2)
    if k == "prov_date":
        d.para(f"Reconsideration: a provider may ask for a reconsideration of this TAR decision. The request must "
               f"be received by {fd(days(f['notice'], 60))}. Attach the documents listed in the reason codes.", 9.0)
    else:
        d.para("Reconsideration: a provider may ask for a reconsideration of this TAR decision within 60 days of "
               "the date of this response. Attach the documents listed in the reason codes.", 9.0)
    d.para("The beneficiary has been sent a Notice of Action with State Hearing rights (90 days).", 8.6)
    return pdf_bytes(d)


def make_truth(f) -> dict:
    k, scen = f["kind"], f["scen"]
    den = {"bed_denied": "medical_necessity", "modified": "medical_necessity", "rehab_es": "level_of_care",
           "dental": "not_covered", "inelig": "eligibility", "mixed": "medical_necessity"}.get(scen)
    dalt = {"rehab_es": ["medical_necessity"], "mixed": ["other"], "dental": ["other"]}.get(scen, [])
    rows = denied(f) or f["rows"]
    sd = sorted({iso(x["a"], x["b"]) for x in rows})
    alts = {}
    if den is None:
        alts["service_dates"] = [[]]
    if k in ("ben", "ben_es", "ben_plain"):
        dl = None
        alts["appeal_deadline"] = [iso(days(f["notice"], 90))]
    else:
        dl = None if den is None else iso(days(f["notice"], 60))
    return truth("other" if den is None else "denial_letter", den, f["lang"], insurer=DEPT, member_id=f["mid"],
                 member_name=f["member"], case_numbers=[f["tar"]], service_dates=sd, denial_date=iso(f["notice"]),
                 provider=f["prov"], appeal_deadline=dl, alternates=alts, denial_alternates=dalt)


# (stem, condition, labels, date style, lang, kind, scenario)
PLAN = [
    ("medicaid_tar_decision_notice_bd_noa_mattress_denied", "born_digital", 1, "long", "en", "ben", "bed_denied"),
    ("medicaid_tar_decision_notice_bd_provider_all_approved", "born_digital", 2, "slash", "en", "prov_seal",
     "approved"),
    ("medicaid_tar_decision_notice_scan_provider_quantity_modified", "scan_clean_300", 3, "iso", "en", "prov",
     "modified"),
    ("medicaid_tar_decision_notice_lowres_aviso_rehab_es", "scan_lowres_150", "es", "es", "es", "ben_es",
     "rehab_es"),
    ("medicaid_tar_decision_notice_copy_noa_adult_crowns", "photocopy", 2, "abbr", "en", "ben", "dental"),
    ("medicaid_tar_decision_notice_photo_provider_not_eligible", "phone_photo", 1, "dmy", "en", "prov_date",
     "inelig"),
    ("medicaid_tar_decision_notice_faxf_provider_three_lines", "fax_fine_g4", 3, "slash", "en", "prov", "mixed"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, lab, ds, lang, kind, scen) in enumerate(PLAN):
        r = random.Random(95600 + i)
        f = facts(r, lab, ds, lang, kind, scen)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
