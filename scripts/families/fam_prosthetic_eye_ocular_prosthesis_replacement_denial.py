"""Family 'prosthetic_eye_ocular_prosthesis_replacement_denial': Medicare Summary Notices (one in Spanish), Medicare
Advantage EOBs, a commercial plan letter and a Medicaid notice on ocular prostheses (V2623 prosthetic eye, plastic,
custom; V2624 polishing/resurfacing; V2627 scleral cover shell).

Cases: a replacement eye within 5 years of the last one denied (MSN; the same in a Spanish MSN); polishing more than
twice a year denied (commercial letter; an MA EOB); a scleral shell approved and paid (MA EOB); the ocularist out of
network under Medicaid managed care (notice with fair hearing rights); polishing lines over the limit (MSN).

Modelled from memory on the public MSN layout and typical plan letters. All people, plans, ocularists and numbers
are invented (555 phone numbers). Decoys: the referring ophthalmologist, NPIs, the date of birth, the date the last
prosthesis was supplied, the claim received date and the claims-processed period.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fam_smoking_cessation_counseling_session_limit_msn import (build_eob, build_letter, build_msn, fd, fee, line,
                                                                m2, mbi, npi, pat, ph, usd)
from inv_kit import truth

FAMILY = "prosthetic_eye_ocular_prosthesis_replacement_denial"
LANG = "en"
FIRST = ["Aurelio", "Ngozi", "Ingeborg", "Thaddeus", "Pilar", "Radomir", "Keziah", "Oluwaseun", "Marisol",
         "Leopold", "Sunniva", "Bartholomew", "Hyacinth", "Tomasz"]
LAST = ["Quennell", "Adeyemi-Cross", "Vantongeren", "Rasmussen", "Oyelaran", "Castellanos", "Thistlewood",
        "Brankovic", "Mirabeau", "Halloran", "Szczepanik", "Delacroix-Poe"]
FIRST_ES = ["Eulalia", "Fermín", "Rosaura", "Teodoro", "Graciela"]
LAST_ES = ["Villarreal", "Echeverría", "Saldívar", "Montemayor", "Arriaga"]
STREETS = ["Wrenfield Court", "Copperbeech Lane", "Galloway Road", "Pinnacle Ridge Drive", "Tamarind Way"]
CITIES = [("Ashgrove Landing", "OR", "97399"), ("Millbrae Hollow", "WI", "54988"), ("Pecos Bend", "NM", "88399")]
PRACS = [("Halloway Ocular Prosthetics, LLC", "220 Copperbeech Lane, Suite 4, Ashgrove Landing, OR 97399"),
         ("Lakeshore Artificial Eye Studio", "7 Galloway Road, Millbrae Hollow, WI 54988"),
         ("Estudio de Prótesis Oculares del Río", "1840 Tamarind Way, Pecos Bend, NM 88399")]
OPHTHS = ["Dr. Leocadia M. Fenwick-Obi", "Dr. Sebastián R. Ulloa", "Dr. Marguerite A. Okonkwo-Hale"]
ORGS = {"MA": dict(word="COPPERBEECH", org="Copperbeech Health Plan", product="Copperbeech Medicare Advantage Plus (PPO)",
                   addr="PO Box 41170, Ashgrove Landing, OR 97399", pbp="H3390-004"),
        "COM": dict(word="GALLOWAY MUTUAL", org="Galloway Mutual Health Insurance Company",
                    product="Galloway Select PPO", addr="PO Box 820, Millbrae Hollow, WI 54988", pbp=""),
        "MCD": dict(word="PINNACLE COMMUNITY CARE", org="Pinnacle Community Care (Medicaid managed care)",
                    product="Pinnacle Medicaid", addr="PO Box 3306, Pecos Bend, NM 88399", pbp="")}
V23 = "Prosthetic eye, plastic, custom"
V24 = "Polishing/resurfacing of ocular prosthesis"
V27 = "Scleral cover shell"
V23_ES = "Prótesis ocular, plástico, a medida"


def person(r, lang="en"):
    return f"{r.choice(FIRST_ES if lang == 'es' else FIRST)} {r.choice('BCDEFGHJKLMNPRSTW')}. " \
           f"{r.choice(LAST_ES if lang == 'es' else LAST)}"


def make(kind, r, ds, ls):
    lang = "es" if kind == "es_msn" else "en"
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 220))
    dos = notice - dt.timedelta(days=r.randint(22, 50))
    city, st, z = CITIES[2] if lang == "es" else r.choice(CITIES[:2])
    pi = {"repl_msn": 0, "polish_com": 1, "shell_eob": 0, "oon_mcd": 2, "polish_eob": 1, "es_msn": 2,
          "polish_msn": 0}[kind]
    f = dict(kind=kind, lang=lang, ds=ds, ls=ls, notice=notice, dos=dos, member=person(r, lang),
             addr=(f"{r.randint(10, 9900)} {r.choice(STREETS)}", f"{city}, {st} {z}"), prac=PRACS[pi],
             doc=OPHTHS[pi], mbi=mbi(r), npi=npi(r), ph=ph(r),
             period=(notice - dt.timedelta(days=r.randint(28, 33)), notice - dt.timedelta(days=r.randint(1, 4))),
             deadline=notice + dt.timedelta(days=120),
             dob=dt.date(r.randint(1940, 1975), r.randint(1, 12), r.randint(1, 28)),
             ded_text="You have met your Part B deductible of $283.00 for 2026.",
             by=PRACS[pi][0], received=dos + dt.timedelta(days=r.randint(4, 11)))
    f["prior"] = dos - dt.timedelta(days=r.randint(700, 1500))
    c23, c24, c27 = fee(r, 3400, 5200), fee(r, 160, 290), fee(r, 2600, 3900)
    if kind in ("repl_msn", "es_msn"):
        f["claim"] = pat(r, "99999999999999")
        f["extra"] = [("Referred by" if lang == "en" else "Referido por", f["doc"])]
        if lang == "en":
            f["lines"] = [line(dos, "V2623-RT", f"{V23}, replacement", c23, 0, ok=False, note="a")]
            f["notes"] = [("a", f"Medicare paid for a prosthetic eye for you on {fd(f['prior'], ds)}. A custom "
                                "prosthetic eye is replaced no more often than every 5 years unless it is lost or "
                                "damaged beyond repair or the fit has changed, and the records do not show this. You "
                                "do not have to pay this amount unless you signed an Advance Beneficiary Notice.")]
        else:
            f["ded_text"] = "Usted ha pagado el deducible de la Parte B de $283.00 para 2026."
            f["lines"] = [line(dos, "V2623-LT", f"{V23_ES}, reemplazo", c23, 0, ok=False, note="a")]
            f["notes"] = [("a", f"Medicare pagó una prótesis ocular para usted el {fd(f['prior'], ds)}. Una prótesis "
                                "ocular a medida se reemplaza solo cada 5 años, salvo que se pierda, se dañe sin "
                                "arreglo o cambie el ajuste. Los registros no lo muestran. Usted no tiene que pagar "
                                "esta cantidad a menos que haya firmado un Aviso Anticipado al Beneficiario.")]
    elif kind == "polish_msn":
        f["claim"] = pat(r, "99999999999999")
        f["extra"] = [("Referred by", f["doc"])]
        a24 = round(c24 * .55, 2)
        f["lines"] = [line(dos, "V2627-LT", V27 + ", re-fit check", 0.0, 0.0, note="b"),
                      line(dos, "V2624-LT", V24, c24, 0, ok=False, note="a")]
        f["lines"] = [f["lines"][1]]
        f["notes"] = [("a", "Medicare covers polishing and resurfacing of an ocular prosthesis twice a year. Our "
                            "records show this service was already paid twice in the last 12 months. You do not "
                            "have to pay this amount unless you signed an Advance Beneficiary Notice.")]
        f["a24"] = a24
    elif kind == "shell_eob":
        f["org"] = ORGS["MA"]
        f["mid"] = pat(r, "CBH99999999")
        f["claim"] = pat(r, "CB26-9999999")
        a27 = round(c27 * .68, 2)
        f["lines"] = [line(dos, "V2627-RT", V27, c27, a27, paid=round(a27 * .8, 2), note="1")]
        f["notes"] = [("1", "Prosthetic devices: you pay 20% coinsurance after your deductible. Approved under "
                            f"authorization {pat(r, 'PA-999999')}.")]
        f["by"] = f"Referred by {f['doc']}"
    elif kind == "polish_eob":
        f["org"] = ORGS["MA"]
        f["mid"] = pat(r, "CBH99999999")
        f["claim"] = pat(r, "CB26-9999999")
        f["lines"] = [line(dos, "V2624-LT", V24, c24, 0, ok=False, note="P3")]
        f["notes"] = [("P3", "Limit reached. The plan covers polishing of an ocular prosthesis 2 times per calendar "
                             "year; 2 were paid earlier this year. The provider may not bill you for this service.")]
        f["by"] = f"Referred by {f['doc']}"
    elif kind == "polish_com":
        f["org"] = ORGS["COM"]
        f["mid"] = pat(r, "GMH999999999")
        f["group"] = pat(r, "G-99999")
        f["claim"] = pat(r, "2026999999")
        d2 = dos - dt.timedelta(days=r.randint(60, 120))
        d1 = d2 - dt.timedelta(days=r.randint(60, 110))
        f["earlier"] = (d1, d2)
        f["lines"] = [line(dos, "V2624", V24, c24, 0, ok=False)]
        f["deadline"] = notice + dt.timedelta(days=180)
    elif kind == "oon_mcd":
        f["org"] = ORGS["MCD"]
        f["mid"] = pat(r, "NM99999999")
        f["case"] = pat(r, "PCC-DN-999999")
        f["lines"] = [line(dos, "V2623-LT", V23, c23, 0, ok=False), line(dos, "V2624-LT", V24, c24, 0, ok=False)]
        f["deadline"] = notice + dt.timedelta(days=90)
    f["total"] = round(sum(x["ch"] for x in f["lines"]), 2)
    return f


def build_polish_com(f):
    ds, x = f["ds"], f["lines"][0]
    rows = [("Patient:", f["member"]), ("Member ID:", f["mid"]), ("Group number:", f["group"]),
            ("Claim number:", f["claim"]), ("Provider:", f"{f['prac'][0]} (ocularist)"),
            ("Referring physician:", f["doc"]), ("Date of service:", fd(x["dos"], ds)),
            ("Amount billed:", usd(x["ch"])), ("Claim received:", fd(f["received"], ds))]
    paras = ["We reviewed the claim above for polishing and resurfacing of your artificial eye (CPT/HCPCS V2624). "
             "Your plan covers this service up to two times in a 12-month period (Certificate of Coverage, Prosthetic "
             f"Devices, 4.2). We already paid for polishing on {fd(f['earlier'][0], ds)} and {fd(f['earlier'][1], ds)}. "
             "This third service is over the limit and is denied. Because the provider is in network, you cannot be "
             "billed for it.",
             "#Your right to appeal",
             f"You may appeal this decision in writing within 180 days of the date you receive this letter. Mail it to "
             f"Galloway Mutual Appeals Unit, {f['org']['addr']}, or fax 1-555-310-4471. Questions: {f['ph']}."]
    return build_letter(f, "Notice of Adverse Benefit Determination", rows, paras)


def build_oon(f):
    ds = f["ds"]
    rows = [("Member:", f["member"]), ("Medicaid ID:", f["mid"]), ("Date of birth:", fd(f["dob"], ds)),
            ("Notice number:", f["case"]), ("Provider:", f"{f['prac'][0]}, {f['prac'][1]}"),
            ("Provider NPI:", f["npi"]), ("Ordered by:", f["doc"]), ("Date of service:", fd(f["dos"], ds))]
    table = (["Code", "Service", "Billed", "Action"],
             [[x["code"], x["desc"], usd(x["ch"]), "Denied"] for x in f["lines"]] +
             [["", "Total", usd(f["total"]), ""]], [26, 100, 26, 30], 8.6, "LLRL")
    paras = ["#What we decided",
             "We denied payment for these services. The ocularist who made your prosthesis is not in the Pinnacle "
             "Community Care network, and no out-of-network approval was asked for before the service. Our network "
             "has ocularists who can make and polish an artificial eye. Your doctor may ask us for an out-of-network "
             "approval if no network ocularist can meet your needs.",
             "#Your rights",
             f"You may ask for an appeal within 60 days of the date of this notice. If we uphold our decision you may ask "
             f"for a State Fair Hearing. You must ask for a State Fair Hearing by {fd(f['deadline'], ds)}. "
             f"Call Member Services at {f['ph']} for help. You cannot be billed for covered services by a Medicaid "
             "provider."]
    return build_letter(f, "NOTICE OF ADVERSE BENEFIT DETERMINATION - Out-of-Network Provider", rows, paras, table)


def build_eob2(f):
    return build_eob(dict(f, tail=[f"Last prosthesis supplied {fd(f['prior'], f['ds'])}."]))


def truth_of(f):
    k = f["kind"]
    com = dict(member_name=f["member"], denial_date=f["notice"].isoformat(), provider=f["prac"][0],
               claim_amount=m2(f["total"]), service_dates=[f["dos"].isoformat()])
    malt = {"insurer": ["Centers for Medicare & Medicaid Services"]}
    msn = dict(insurer="Medicare", member_id=f["mbi"], appeal_deadline=f["deadline"].isoformat(),
               case_numbers=[f.get("claim")])
    n65 = (f["notice"] + dt.timedelta(days=65)).isoformat()
    if k in ("repl_msn", "es_msn"):
        return truth("eob", "not_covered", lang=f["lang"], alternates=malt,
                     denial_alternates=["medical_necessity", "other"], **msn, **com)
    if k == "polish_msn":
        return truth("eob", "not_covered", alternates=malt, denial_alternates=["other", "medical_necessity"],
                     **msn, **com)
    if k == "shell_eob":
        return truth("eob", None, insurer=f["org"]["org"], plan_id=f["org"]["pbp"], member_id=f["mid"],
                     case_numbers=[f["claim"]], appeal_deadline=n65,
                     alternates={"plan_id": [None], "appeal_deadline": [None]}, **com)
    if k == "polish_eob":
        return truth("eob", "not_covered", insurer=f["org"]["org"], plan_id=f["org"]["pbp"], member_id=f["mid"],
                     case_numbers=[f["claim"]], appeal_deadline=n65, alternates={"plan_id": [None]},
                     denial_alternates=["other"], **com)
    if k == "polish_com":
        return truth("denial_letter", "not_covered", insurer=f["org"]["org"], member_id=f["mid"],
                     group_number=f["group"], case_numbers=[f["claim"]], unscored=["appeal_deadline"],
                     alternates={"insurer": ["Galloway Mutual"]}, denial_alternates=["other"], **com)
    if k == "oon_mcd":
        return truth("denial_letter", "out_of_network", insurer=f["org"]["org"], member_id=f["mid"],
                     case_numbers=[f["case"]], appeal_deadline=f["deadline"].isoformat(),
                     alternates={"insurer": ["Pinnacle Community Care"],
                                 "appeal_deadline": [(f["notice"] + dt.timedelta(days=60)).isoformat()]},
                     denial_alternates=["prior_authorization"], **com)
    raise ValueError(k)


BUILD = {"repl_msn": build_msn, "es_msn": build_msn, "polish_msn": build_msn, "shell_eob": build_eob2,
         "polish_eob": build_eob2, "polish_com": build_polish_com, "oon_mcd": build_oon}
PLAN = [
    ("bd_msn_v2623_replacement_within_5_years", "born_digital", "repl_msn", "long", "short"),
    ("bd_commercial_letter_v2624_third_polish", "born_digital", "polish_com", "abbr", "slash"),
    ("scan300_ma_eob_v2627_scleral_shell_paid", "scan_clean_300", "shell_eob", "slash", "slash"),
    ("lowres_medicaid_notice_ocularist_out_of_network", "scan_lowres_150", "oon_mcd", "dmy", "slash"),
    ("photo_ma_eob_v2624_polish_limit", "phone_photo", "polish_eob", "upper", "slash"),
    ("faxfine_msn_es_v2623_reemplazo", "fax_fine_g4", "es_msn", "es", "es_slash"),
    ("copy_msn_v2624_polish_twice_a_year", "photocopy", "polish_msn", "iso", "slash"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ls) in enumerate(PLAN):
        f = make(kind, random.Random(253500 + i), ds, ls)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(BUILD[kind](f), truth_of(f))]))
    return items
