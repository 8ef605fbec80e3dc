"""Family 'hipaa_records_request_response_letter': a hospital's or clinic's health-information-management (HIM)
office answering a patient's HIPAA right-of-access request (45 CFR 164.524): records sent with a cost-based fee,
a partial denial (psychotherapy notes; a reviewable harm determination with the right to have a licensed health care
professional review it), a one-time 30-day extension, or a request for a signed access form. Each names the request
date, the patient, the medical record number (MRN), the date of birth and the dates of the records asked for. The
letters decide no insurance claim: document type other, no denial type.

Issuers: Novo Mesto Regional Medical Center (logo word over a rule, parent line "A Gorenje Valley Health System
member") and Sentjur Family Clinic (return address block, signature block). Everything invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundak_famka import address, clinician, days, fdate, iso, mixed, money, person, phone, usd

FAMILY = "hipaa_records_request_response_letter"
LANG = "en"
NM, SJ = "Novo Mesto Regional Medical Center", "Sentjur Family Clinic"
LABELS = [("Request number", "Date of request", "Medical record number", "Records requested for"),
          ("Request ID", "Received", "MRN", "Dates of service requested"),
          ("ROI tracking #", "Your request dated", "Med. Rec. No.", "Treatment dates")]


def facts(r: random.Random, kind: str, iss: str, lab: int, ds: str, ms: str) -> dict:
    lang = "es" if kind == "es" else "en"
    sent = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 210))
    req = days(sent, -r.randint(9, 27))
    s1 = days(req, -r.randint(120, 400))
    e1 = days(s1, r.randint(2, 6))
    s2 = days(e1, r.randint(20, 90))
    spans = [(s1, e1), (s2, s2)] if kind in ("sent", "partial", "es") else [(s1, e1)]
    pages = r.randint(40, 260)
    fee = round(6.5 if kind == "portal" else min(0.25 * pages + 4.0, 60.0), 2)
    return dict(kind=kind, iss=iss, L=LABELS[lab], ds=ds, ms=ms, lang=lang, sent=sent, req=req, spans=spans,
                pages=pages, fee=fee, pt=person(r, lang), addr=address(r, lang),
                dob=dt.date(r.randint(1950, 2000), r.randint(1, 12), r.randint(1, 28)),
                mrn=mixed(r, "NM-9999999") if iss == NM else mixed(r, "SFC99999"),
                reqno=mixed(r, "ROI-2026-99999") if iss == NM else mixed(r, "HIM99999A"),
                clerk=clinician(r), reviewer=clinician(r), ph=phone(r), fax=phone(r),
                ext=days(req, 60), ins_name="Koper Dental Benefit Company")


def span_text(f: dict, ds: str | None = None) -> str:
    ds = ds or f["ds"]
    out = []
    for a, b in f["spans"]:
        if a == b:
            out.append(fdate(a, ds))
        elif f["lang"] == "es":
            out.append(f"del {fdate(a, ds)} al {fdate(b, ds)}")
        else:
            out.append(f"{fdate(a, ds)} through {fdate(b, ds)}")
    return ("; y " if f["lang"] == "es" else "; and ").join(out)


def letterhead(d: Doc, f: dict) -> None:
    if f["iss"] == NM:
        d.text_line("A Gorenje Valley Health System member", 7.5)
        d.text_line("NOVO MESTO", 22, "B")
        d.rule(0.8)
        d.text_line(f"{NM}  |  Health Information Management  |  2200 Koper Road, Gorenje Falls, OR 97352", 8)
        d.text_line(f"Release of Information  Tel {f['ph']}  Fax {f['fax']}", 8)
    else:
        d.text_line(SJ, 16, "B")
        d.text_line("Medical Records Office", 9)
        d.text_line("77 Ribnica Lane", 9)
        d.text_line("Bowbells, ND 58721", 9)
        d.text_line(f"Phone {f['ph']}", 9)
    d.ln(6)


def body(f: dict) -> list[str]:
    k, pt = f["kind"], f["pt"]
    fee = usd(f["fee"], f["ms"])
    req = fdate(f["req"], f["ds"])
    if k == "sent":
        return [f"We received your request on {req} for a copy of your medical records. Enclosed are "
                f"{f['pages']} pages from your record for the dates listed above: discharge summaries, physician "
                "progress notes, laboratory results and imaging reports.",
                f"The fee for this copy is {fee}. It covers only the labor to copy the records, the paper and the "
                "postage, as allowed under 45 CFR 164.524(c)(4). An invoice is enclosed; please do not send payment "
                "to your health plan. This letter is not a bill from your insurance company and does not affect any "
                "claim."]
    if k == "auth":
        return [f"Thank you for your request dated {req}. Before we can release records we must verify your "
                "identity. The access request form we received is not signed, and no copy of a photo ID was "
                "enclosed.",
                "Please sign and date the enclosed Patient Access Request form (HIM-112) and return it with a copy of "
                "a government-issued photo ID. If you would like the records sent to a third party, such as an "
                "attorney or another doctor, also complete section C of the form.",
                "We will process your request within 30 days after we receive the signed form. There is no charge "
                "for this letter."]
    if k == "partial":
        return [f"We received your request on {req} for your complete record, including behavioral health notes. "
                f"We have granted most of your request: {f['pages']} pages are enclosed.",
                "We have not included the separate psychotherapy notes kept by your therapist. Psychotherapy notes "
                "are not part of the designated record set that HIPAA gives you the right to access, so this part "
                "of the decision cannot be reviewed. Your treatment summaries, diagnoses, medication records and "
                "session dates are included.",
                f"Fee: {fee} (labor and supplies). If you have questions or wish to file a complaint, contact our "
                f"Privacy Officer at {f['ph']} or the Office for Civil Rights, U.S. Department of Health and Human "
                "Services."]
    if k == "ext":
        return [f"We received your request on {req} for copies of your records. Some of the records you asked "
                "for are stored off site in our archive and we cannot gather them within 30 days.",
                "As allowed by 45 CFR 164.524(b)(2), we are taking one extension of up to 30 additional days. "
                f"We expect to send your records no later than {fdate(f['ext'], f['ds'])}. You do not need to do "
                "anything. If you have moved, please call us with your new address."]
    if k == "harm":
        return [f"We received your request on {req} for a copy of your records. After reviewing them, "
                f"{f['reviewer']}, a licensed health care professional, has determined that releasing the "
                "consultation notes from one visit is reasonably likely to endanger the life or physical safety of "
                "another person. We are therefore not releasing those pages. The rest of your records are enclosed.",
                "You have the right to have this decision reviewed by a licensed health care professional who "
                "did not take part in the original decision. To request a review, write to our Privacy Officer at "
                f"the address above or call {f['ph']}. We will tell you the result of the review in writing.",
                "You may also file a complaint with us or with the Secretary of Health and Human Services, Office "
                "for Civil Rights. We will not retaliate against you for filing a complaint."]
    if k == "portal":
        return [f"Your request of {req} for an electronic copy of your records has been completed. The records "
                "for the dates above were sent to the secure email address you gave us, as PDF files, on the date "
                "of this letter.",
                f"Flat fee for an electronic copy: {fee}. You may also view many of your results at no charge in "
                "our patient portal. This letter is about your records only and is not a decision on any insurance "
                "claim."]
    return [f"Recibimos su solicitud del {fdate(f['req'], 'es')} para obtener una copia de su expediente médico. "
            f"Adjuntamos {f['pages']} páginas de su expediente de las fechas indicadas arriba.",
            f"El cargo por esta copia es {fee}, que cubre solo la mano de obra, el papel y el franqueo, según la "
            "ley federal HIPAA (45 CFR 164.524). Esta carta no es una factura de su seguro médico."]


def build(f: dict) -> bytes:
    d = Doc("Helvetica", footer=("Página {p}" if f["lang"] == "es" else "Page {p}"))
    d.add_page()
    letterhead(d, f)
    es, L, pt = f["lang"] == "es", f["L"], f["pt"]
    d.text_line(fdate(f["sent"], f["ds"]), 10)
    d.ln(4)
    for ln in (pt[0], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(5)
    title = {"sent": "Your request for medical records", "auth": "We need more information to complete your request",
             "partial": "Response to your request for access: granted in part",
             "ext": "Notice of extension of time to respond", "harm": "Response to your request for access: "
             "denied in part", "portal": "Electronic copy of your records sent",
             "es": "Respuesta a su solicitud de expediente médico"}[f["kind"]]
    d.text_line(title, 11.5, "B")
    d.ln(2)
    if es:
        rows = [("Paciente", pt[0]), ("Número de solicitud", f["reqno"]), ("Fecha de la solicitud",
                fdate(f["req"], "es")), ("Número de expediente (MRN)", f["mrn"]),
                ("Fecha de nacimiento", f["dob"].strftime("%m/%d/%Y")), ("Fechas solicitadas", span_text(f))]
    else:
        rows = [("Patient", pt[0]), (L[0], f["reqno"]), (L[1], fdate(f["req"], f["ds"])), (L[2], f["mrn"]),
                ("Date of birth", f["dob"].strftime("%m/%d/%Y")), (L[3], span_text(f))]
    if f["iss"] == SJ and not es:
        d.table(["Item", "Detail"], [[a, b] for a, b in rows], [62, 110], size=9.5)
    else:
        for a, b in rows:
            d.font(10, "B")
            d.cell(62, 5.2, a + ":")
            d.font(10)
            d.multi_cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
        d.ln(3)
    d.para(("Estimado/a " if es else "Dear ") + f"{pt[1]} {pt[3]}:")
    for p in body(f):
        d.para(p)
    if f["kind"] in ("sent", "es"):
        d.para("La próxima vez puede pedir sus registros por medio del portal del paciente." if es else
               f"Your health plan ({f['ins_name']} or any other) was not sent a copy. Records of visits before "
               "2015 are kept on microfilm and take longer to copy.")
    d.ln(3)
    d.text_line("Atentamente," if es else "Sincerely,", 10)
    d.ln(5)
    d.text_line(f["clerk"], 10)
    d.text_line("Especialista en Divulgación de Información" if es else "Release of Information Specialist", 10)
    d.text_line(f["iss"], 10)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    spans = [iso(a, b) for a, b in f["spans"]]
    return truth("other", None, f["lang"], insurer=f["iss"], member_name=f["pt"][0], case_numbers=[f["reqno"]],
                 service_dates=spans, denial_date=iso(f["sent"]), provider=f["iss"],
                 alternates={"case_numbers": [[]], "service_dates": [[]], "provider": [None]},
                 unscored=["plan_id", "group_number", "member_id", "claim_amount", "appeal_deadline"])


# (stem suffix, condition, kind, issuer, label set, date style, money style)
PLAN = [
    ("bd_records_sent_with_fee", "born_digital", "sent", NM, 0, "long", "plain"),
    ("bd_signed_access_form_needed", "born_digital", "auth", SJ, 1, "slash", "plain"),
    ("scan300_granted_in_part_psychotherapy_notes", "scan_clean_300", "partial", NM, 2, "abbr", "nosign"),
    ("lowres_thirty_day_extension", "scan_lowres_150", "ext", SJ, 0, "iso", "plain"),
    ("copy_denied_in_part_review_right", "photocopy", "harm", NM, 1, "dmy", "plain"),
    ("phone_electronic_copy_flat_fee", "phone_photo", "portal", SJ, 2, "upper", "usd"),
    ("faxstd_spanish_records_sent", "fax_standard_g4", "es", NM, 0, "es", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, iss, lab, ds, ms) in enumerate(PLAN):
        f = facts(random.Random(137600 + i), kind, iss, lab, ds, ms)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
