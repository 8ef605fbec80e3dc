"""Family 'diabetes_self_management_training_hours_limit_msn': Medicare Summary Notices (Part B), Medicare Advantage
EOBs and a plan letter on diabetes self-management training (DSMT): G0108 (individual, each 30 min) and G0109
(group of two or more, each 30 min).

Cases: group classes over the 10 hours of the first year denied (MSN); group classes paid (MA EOB, and an MSN
photographed with a phone); the 2 hours of a later year used up (MSN); individual sessions denied without a
documented need for one-on-one training (MA EOB); a program without national accreditation denied (MSN faxed behind
the program's own fax cover sheet, which belongs to no document); the first-year limit in a plan letter
(photocopy).

Modelled from memory on the public MSN layout and on MA EOB / CMS-10003 style letters; shares the page builders of
fam_medical_nutrition_therapy_visit_limit_denial. Everything is invented. Decoys: the referring endocrinologist,
the program's CDCES educator, dates of birth, NPIs, the claims-processed period, the date a claim was received, the
program's fax and phone numbers and the hours already used.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fam_medical_nutrition_therapy_visit_limit_denial import (CITIES, FIRST, LAST, PLANS, STREETS, Page, build_eob,
                                                               build_letter, build_msn, fd, fee, line, m2, mbi, npi,
                                                               pat, ph, usd)
from inv_kit import pdf_bytes, truth

FAMILY = "diabetes_self_management_training_hours_limit_msn"
LANG = "en"
FIRST2 = ["Cordelia", "Anselm", "Folasade", "Wilhelmina", "Rustam", "Evangeline", "Osric", "Marisela", "Gunnar",
          "Temperance", "Ikenna", "Rosamund"]
LAST2 = ["Pemberton-Osei", "Halvorsen", "Ackerley", "Nwachukwu", "Strickland", "Verhoeven", "Castellanos",
         "Drummond", "Tanaka-Reyes", "Whitlock", "Balogun", "Mirabelli"]
PROGS = [("Marrow Creek Community Hospital Diabetes Education Program", "88 Tanner Mill Road, Marrow Creek, OR 97366",
          "Delphine Arkwright, RN, CDCES"),
         ("St. Brendan's Medical Center – Diabetes Self-Management Education", "600 Clover Hill Drive, East Tilden, NE 68799",
          "Tobias Ngata-Ferreira, RDN, CDCES"),
         ("Pell Harbor Regional Hospital Diabetes Center", "15 Osprey Bluff Lane, Pell Harbor, RI 02879",
          "Anneliese Okoro, PharmD, CDCES"),
         ("Sugar Maple Wellness Diabetes Classes", "2207 Weatherby Street, East Tilden, NE 68799",
          "Harriet Lindqvist, RN")]
ENDOS = ["Dr. Cassius Vandermolen, Endocrinology", "Dr. Yetunde Albrechtsen, Endocrinology",
         "Dr. Florentino Achebe-Kraus, Endocrinology", "Dr. Saoirse Mbatha, Endocrinology"]


def make(kind: str, r: random.Random, ds: str, ls: str, seed: int) -> dict:
    notice = dt.date(2026, 5, 4) + dt.timedelta(days=r.randint(0, 140))
    city, st, z = r.choice(CITIES)
    member = f"{r.choice(FIRST2 + FIRST)} {r.choice('BCDFGHJKLMNPRSTW')}. {r.choice(LAST2 + LAST)}"
    pi = {"yr1": 0, "paid_eob": 2, "later": 1, "indiv": 2, "accr": 3, "paid_msn": 1, "yr1_letter": 0}[kind]
    prov, prov_addr, rd = PROGS[pi]
    f = dict(kind=kind, lang="en", ds=ds, ls=ls, seed=seed, notice=notice, member=member,
             addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", f"{city}, {st} {z}"), prov=prov,
             prov_addr=prov_addr, rd=rd, refdoc=ENDOS[pi], mbi=mbi(r), npi=npi(r), npi2=npi(r), ph=ph(r),
             period=(notice - dt.timedelta(days=r.randint(28, 33)), notice - dt.timedelta(days=r.randint(1, 4))),
             deadline=notice + dt.timedelta(days=120),
             dob=dt.date(r.randint(1940, 1959), r.randint(1, 12), r.randint(1, 28)),
             tag="DSMT", rd_label="Educator:", ref_label="Ordered by:",
             dept="Utilization Management, Diabetes Education Review")
    f["plan"] = PLANS["GW" if kind in ("paid_eob", "indiv") else "TB"]
    f["mid"] = pat(r, "GW9999999-02") if kind in ("paid_eob", "indiv") else pat(r, "TBM999999999")
    f["group"] = pat(r, "MA-99999")
    f["claim"] = pat(r, "99999999999999") if kind in ("yr1", "later", "accr", "paid_msn") else pat(r, "26A99999999")
    f["received"] = notice - dt.timedelta(days=r.randint(12, 25))
    d0 = notice - dt.timedelta(days=r.randint(60, 75))
    step = 7
    dates = [d0 + dt.timedelta(days=step * i) for i in range(6)]
    gr, ir = fee(r, 26, 34), fee(r, 58, 72)
    ga, ia = round(r.uniform(17.5, 21.5), 2), round(r.uniform(48.0, 56.0), 2)
    G = "Diabetes self-mgmt training, group, 30 min"
    I = "Diabetes self-mgmt training, individual, 30 min"
    if kind == "yr1":
        # 4 classes of 2 hours (4 units) already paid earlier; this claim: 2 paid units, then over the limit
        f["lines"] = [line(dates[0], "G0109", G, 4, gr * 4, ga * 4, note="a"),
                      line(dates[1], "G0109", G, 4, gr * 4, ga * 2, note="a,b"),
                      line(dates[2], "G0109", G, 4, gr * 4, 0, ok=False, note="b"),
                      line(dates[3], "G0109", G, 4, gr * 4, 0, ok=False, note="b")]
        f["notes"] = [("a", "This approved amount has been applied toward your coinsurance. You pay 20%."),
                      ("b", "Medicare covers up to 10 hours of initial diabetes self-management training in the "
                            "first 12 months. You have used all 10 hours. You do not have to pay this amount.")]
        f["den"] = [1, 2, 3]
    elif kind == "later":
        f["lines"] = [line(dates[0], "G0108", I, 2, ir * 2, ia * 2, note="a"),
                      line(dates[2], "G0109", G, 2, gr * 2, ga * 2, note="a"),
                      line(dates[4], "G0109", G, 2, gr * 2, 0, ok=False, note="c")]
        f["notes"] = [("a", "This approved amount has been applied toward your coinsurance. You pay 20%."),
                      ("c", "After the first year, Medicare covers 2 hours of follow-up diabetes self-management "
                            "training each calendar year. You already received 2 hours this year. You do not have "
                            "to pay this amount.")]
        f["den"] = [2]
    elif kind == "accr":
        f["lines"] = [line(dates[i], "G0109", G, 4, gr * 4, 0, ok=False, note="d") for i in (0, 1, 2)]
        f["notes"] = [("d", "Medicare pays for diabetes self-management training only when the program is accredited "
                            "as meeting national standards. Our records do not show that this program was accredited "
                            "on the date of service. You do not have to pay this amount.")]
        f["den"] = [0, 1, 2]
    elif kind == "paid_msn":
        f["lines"] = [line(dates[i], "G0109", G, 4, gr * 4, ga * 4, note="a") for i in (0, 1, 2, 3)]
        f["notes"] = [("a", "This approved amount has been applied toward your coinsurance. You pay 20%. Initial "
                            "training hours used: 8 of 10.")]
        f["den"] = []
    elif kind == "paid_eob":
        f["lines"] = [line(dates[i], "G0109", "DSMT group class, 30 min", 4, gr * 4, ga * 4, paid=ga * 4,
                           note="P1") for i in (0, 1, 2, 3, 4)]
        f["notes"] = [("P1", "Covered in full: diabetes self-management training in a group, referral from your "
                             "doctor on file, in-network accredited program. No copay.")]
        f["hours_text"] = "Initial DSMT hours used to date: 10 of 10 (first 12 months)."
        f["den"] = []
    elif kind == "indiv":
        f["lines"] = [line(dates[0], "G0108", "DSMT individual, 30 min", 2, ir * 2, 0, ok=False, note="N7"),
                      line(dates[1], "G0108", "DSMT individual, 30 min", 2, ir * 2, 0, ok=False, note="N7"),
                      line(dates[3], "G0109", "DSMT group class, 30 min", 4, gr * 4, ga * 4, paid=ga * 4,
                           note="P1")]
        f["notes"] = [("N7", "Individual training is covered only when your doctor documents a special need "
                             "(for example vision, hearing or language limits) or no group class is available. The "
                             "referral does not document such a need. Group classes are covered. Your provider may "
                             "not bill you for this amount."),
                      ("P1", "Group class covered in full. No copay.")]
        f["den"] = [0, 1]
    elif kind == "yr1_letter":
        f["lines"] = [line(dates[i], "G0109", G, 4, gr * 4, 0, ok=False) for i in (2, 3, 4)]
        f["den"] = [0, 1, 2]
        f["case_label"] = "Claim number:"
        f["case"] = f["claim"]
        f["title"] = "Notice of Denial of Medical Payment: Diabetes Self-Management Training"
        f["body"] = [f"We have denied payment for diabetes self-management training group classes (G0109) from "
                     f"{prov}. In the first 12 months, your plan covers up to 10 hours of initial training. Our "
                     f"records show 10 hours were paid for classes that began on {fd(dates[0], ds)}. The classes "
                     "listed above are over the limit and are not covered.",
                     "After the first year you may get up to 2 hours of follow-up training each year with a new "
                     "order from your doctor. A network provider may not bill you for the denied classes."]
        f["appeal_text"] = (f"If you disagree, you may ask for a reconsideration within 65 days of the date of this "
                            f"notice. Write to {f['plan']['org']}, Appeals Unit, {f['plan']['addr']}, or call "
                            f"{f['ph']} (TTY 711).")
        f["appeal_days"] = 65
    for x in f["lines"]:
        for k in ("ch", "appr", "paid", "you"):
            x[k] = round(x[k], 2)
        if x["ok"]:
            x["you"] = round(x["appr"] - x["paid"], 2)
    f["total"] = round(sum(x["ch"] for x in f["lines"]), 2)
    f["den_dates"] = [f["lines"][i]["dos"] for i in f["den"]] or [x["dos"] for x in f["lines"]]
    return f


def truth_of(f: dict) -> dict:
    k = f["kind"]
    all_dates = sorted({x["dos"].isoformat() for x in f["lines"]})
    den_dates = sorted({x.isoformat() for x in f["den_dates"]})
    alts = {"provider": [f["rd"]]}
    if den_dates != all_dates:
        alts["service_dates"] = [all_dates]
    den_sum = m2(sum(f["lines"][i]["ch"] for i in f["den"])) if f["den"] else None
    if den_sum and den_sum != m2(f["total"]):
        alts["claim_amount"] = [den_sum]
    common = dict(member_name=f["member"], claim_amount=m2(f["total"]), service_dates=den_dates,
                  denial_date=f["notice"].isoformat(), provider=f["prov"])
    if k in ("yr1", "later", "accr", "paid_msn"):
        alts["insurer"] = ["Centers for Medicare & Medicaid Services"]
        if k == "paid_msn":
            alts["appeal_deadline"] = [None]
        return truth("eob", None if k == "paid_msn" else "not_covered", insurer="Medicare", member_id=f["mbi"],
                     case_numbers=[f["claim"]], appeal_deadline=f["deadline"].isoformat(), alternates=alts,
                     denial_alternates=["other"] if k == "accr" else None, **common)
    p = f["plan"]
    alts["insurer"] = [p["product"]]
    n65 = (f["notice"] + dt.timedelta(days=65)).isoformat()
    if k in ("paid_eob", "indiv"):
        if k == "paid_eob":
            alts["appeal_deadline"] = [None]
        return truth("eob", None if k == "paid_eob" else "medical_necessity", insurer=p["org"], member_id=f["mid"],
                     group_number=f["group"], case_numbers=[f["claim"]], appeal_deadline=n65, alternates=alts,
                     denial_alternates=["not_covered"] if k == "indiv" else None, **common)
    return truth("denial_letter", "not_covered", insurer=p["org"], member_id=f["mid"], plan_id=p["pbp"],
                 case_numbers=[f["case"]], appeal_deadline=n65, alternates={**alts, "plan_id": [None]}, **common)


def fax_cover(f: dict, r: random.Random) -> bytes:
    d = Page(footer=None)
    d.add_page()
    d.text_line(f["prov"], 13, "B")
    d.text_line(f"{f['prov_addr']}  ·  Phone {ph(r)}  ·  Fax {ph(r)}", 8.5)
    d.rule(0.6, 6)
    d.text_line("FAX", 30, "B")
    d.ln(4)
    d.rows([("To:", f"{f['member']}"), ("Fax:", ph(r)), ("From:", f["rd"]),
            ("Date:", fd(f["notice"] + dt.timedelta(days=9), "slash")), ("Pages:", "3 (including cover)"),
            ("Re:", "Your Medicare Summary Notice – diabetes classes")], 30, 11, 8)
    d.ln(6)
    d.para(f"Dear {f['member'].split()[0]}, as we discussed by phone, here is the copy of your Medicare Summary Notice "
           "that you dropped off at the front desk. Our program's accreditation renewal is pending; we are working "
           "with Medicare on the denied classes. Please keep this copy, and call us before you send an appeal.", 10.5)
    d.ln(10)
    d.para("CONFIDENTIALITY NOTICE: This facsimile contains protected health information intended only for the "
           "recipient named above. If you received it in error, please call the sender and destroy all copies.", 8.5)
    return pdf_bytes(d)


BUILD = {"yr1": build_msn, "later": build_msn, "accr": build_msn, "paid_msn": build_msn, "paid_eob": build_eob,
         "indiv": build_eob, "yr1_letter": build_letter}

PLAN = [
    ("bd_msn_g0109_over_10_hours_first_year", "born_digital", "yr1", "long", "short"),
    ("bd_ma_eob_group_classes_paid", "born_digital", "paid_eob", "abbr", "slash"),
    ("scan300_msn_later_year_over_2_hours", "scan_clean_300", "later", "slash", "short"),
    ("lowres_ma_eob_g0108_individual_no_documented_need", "scan_lowres_150", "indiv", "dmy", "iso"),
    ("faxfine_stack_program_cover_msn_not_accredited", "fax_fine_g4", "accr", "upper", "short"),
    ("photo_msn_group_classes_paid", "phone_photo", "paid_msn", "long", "slash"),
    ("copy_ma_letter_first_year_limit", "photocopy", "yr1_letter", "iso", "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ls) in enumerate(PLAN):
        r = random.Random(246600 + i)
        f = make(kind, r, ds, ls, 246600 + i)
        doc = [(BUILD[kind](f), truth_of(f))]
        if kind == "accr":
            items.append(Item(f"{FAMILY}_{suffix}", cond, doc, separators=[fax_cover(f, r)]))
        else:
            items.append(Item(f"{FAMILY}_{suffix}", cond, doc))
    return items
