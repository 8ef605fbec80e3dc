"""Papers mirrored (structure and plain wording style only) from a Ryan White HIV/AIDS Program Part B region: the
state health department that receives the grant, the regional administrative agency (a consortium) that contracts
with service providers and pays their claims as the payer of last resort, and a funded HIV clinic that confirms its
clients' eligibility. Everything here is invented: the State of Harrowmere (postal code HR), its Department of Health
(Bureau of HIV, STI and Hepatitis Services), the Varrowdale Regional HIV Care Consortium (Region 3), Orrinford
Positive Health Center, every other provider, person, number and amount; phones 555; CPT, HCPCS, CDT and CARC codes
as themselves. The program rules are the public program's in outline (eligibility on HIV status, residency and
income with a yearly confirmation; other payers such as Medicaid billed first; core medical services only from
funded providers; service authorizations for home nursing; a yearly oral health limit; lab tests by the program's
guidelines; a claims filing limit) with invented numbers (500% of the poverty level, a $2,000.00 oral health
limit, a 90-day filing limit, a 500 copies/mL genotype threshold). No real client data.

Client IDs "VC" + 7 digits, Consortium claim numbers (ICNs) 13 digits starting "26", service authorization
requests "SA-26-" + 5 digits, Orrinford eligibility reviews "ELG-" + 6 digits, state clinical reviews "CR-26-" + 4
digits.

Documents (8 in 7 files):
- bd_narrative_summary_home_nursing_a2: a born-digital two-page summary to a client with no table: five numbered
  paragraph headings ("3. Home nursing by ... - claim ... - not paid"), the refusal told only by note A2 explained
  on page 2 (no service authorization); running header; a 60-day review.
- faxstd_remittance_seven_clients_medicaid_first: a standard-fax one-page provider payment statement to the clinic:
  seven clients whose header lines run together (name, ID, ICN, account, received on one line); one client's
  psychotherapy line refused CO-22 / M4 (Medicaid covered the client that day), her Medicaid ID as a decoy.
- faxstd_stack_recert_lapse_then_confirmation: a standard-fax stack: the clinic's own fax cover, its two-page
  letter (page 2 fed sideways) saying Ryan White funds can't pay a visit after the client's eligibility lapsed,
  and another client's eligibility confirmation (denies nothing).
- phone_es_dentadura_limite_salud_oral: a photographed Spanish letter on a partial denture request: the yearly oral
  health limit is nearly used, told only in plain words; labels only in Spanish, captions under ruled boxes.
- scan_state_genotype_viral_load_numbered_boxes: a clean-scan state notice in numbered claim-form boxes ("1a.
  Client ID", "A. Review no."): a resistance genotype not medically necessary at a viral load of 86 copies/mL.
- rotated_unfunded_counselor_pipe_captions: a letter fed turned: two therapy sessions with a counselor who has no
  contract, identifiers as "value | caption" lines beside the address; a printed reply date.
- photocopy_nutrition_late_claim_parent_and_client_boxes: a photocopied letter to a dietitian practice with two
  name boxes side by side (the parent, herself a client with her own ID, and the 16-year-old client): the claim
  came 131 days after the visit (90-day limit); reasons in two columns.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeo_famoc import (EOSheet, abbr, dash, dd_mon, digits, dmy_long, dotted, es_date, es_short, fax_cover,
                               first_last, iso, iso_d, last_first, long, m2, n2, nopad, npi, out, person, plus,
                               short, slash, th, truth, upper, usd, wday_long, workday, ymd_slash)

FAMILY = ("ryan_white_part_b_consortium_payer_of_last_resort_home_nursing_medicaid_first_recertification_lapse_"
          "oral_health_cap_genotype_unfunded_counselor_late_claim_refusals")
LANG = "en"
SEED = 355042

CONS = "Varrowdale Regional HIV Care Consortium"
CONS_ALT = ["Varrowdale Regional HIV Care Consortium (Region 3)", "Varrowdale HIV Care Consortium"]
CONS_ADDR = ["210 Saddletree Street, Suite 4", "Varrowdale, HR 58213"]
CLINIC = "Orrinford Positive Health Center"
CLINIC_ALT = ["Orrinford Positive Health Ctr"]
DOH = "Harrowmere Department of Health"
DOH_ALT = ["Harrowmere Department of Health, Ryan White Part B Program", "State of Harrowmere Department of Health"]

F = ["Amara", "Bettina", "Charmaine", "Delphine", "Esperanza", "Florencia", "Genevieve", "Harriet", "Imani",
     "Josefa", "Keturah", "Leontyne", "Marisela", "Noreen", "Ottilie", "Philippa", "Rosalyn", "Shanice", "Verity",
     "Winifred"]
M = ["Abelardo", "Bartholomew", "Cornelius", "Demetrius", "Ezekiel", "Fitzgerald", "Gideon", "Horatio", "Isidore",
     "Jerome", "Kwabena", "Leopold", "Montgomery", "Nnamdi", "Octavio", "Percival", "Quentin", "Roderick", "Solomon",
     "Thaddeus"]
L = ["Oyelowo", "Pritchard", "Quarshie", "Rutledge", "Santangelo", "Thistlewood", "Umberger", "Valderrama",
     "Whitcombe", "Yeboah", "Zamudio", "Ashdown", "Brannigan", "Coverdale", "Dunmore", "Ellery", "Fairweather",
     "Greenhalgh", "Hollingsworth", "Ibekwe", "Jardine", "Kilbride", "Lomax", "Merriweather", "Nettleford"]
ES_F = ["Araceli", "Belén", "Consuelo", "Dulce", "Eugenia", "Graciela", "Inés", "Jimena", "Lourdes", "Milagros"]
ES_L = ["Arredondo", "Bustamante", "Duarte", "Echeverría", "Galindo", "Huerta", "Ledesma", "Montoya", "Orozco"]
TOWNS = [("Varrowdale", "58213"), ("Orrinford", "58107"), ("Lisbury", "58340"), ("Ondrel Falls", "58261"),
         ("Kestrane", "58422"), ("Marl Harbor", "58390")]
STREETS = ["Tanyard Row", "Cinder Mill Rd", "Goshawk Ave", "Ferrier Lane", "Saltbox Ct", "Quarry Hill Rd",
           "Lantern St", "Old Weir Rd"]
USED: set = set()


def who(rng, sex: str, last: str | None = None) -> str:
    return person(rng, F if sex == "F" else M, L, USED, last)


def addr(rng, name: str, town: tuple | None = None) -> list[str]:
    t, z = town or rng.choice(TOWNS)
    return [name, f"{rng.randint(12, 9870)} {rng.choice(STREETS)}", f"{t}, HR {z}"]


def cid(rng) -> str:
    return "VC" + digits(rng, 7)


def icn(rng) -> str:
    return "26" + digits(rng, 11)


def cons_head(p: EOSheet, rng, box: str | None = None, es: bool = False):
    p.ribbon_head("Varrowdale Regional", "HIV Care Consortium",
                  ("Agencia administrativa del Programa Ryan White contra el VIH/SIDA, Parte B, Región 3" if es else
                   "Administrative agency, Ryan White HIV/AIDS Program Part B, Region 3, under contract with the "
                   "Harrowmere Department of Health"),
                  CONS_ADDR + [("Línea para clientes" if es else "Client line") + " 1-866-555-0148",
                               ("Proveedores" if es else "Provider line") + " 1-866-555-0162"], box=box)


def clinic_head(p: EOSheet, box: str | None = None):
    p.logo_head("OP", "Orrinford Positive", "Health Center",
                ["4 Ferrier Lane, Orrinford, HR 58107", "Eligibility office (458) 555-0193",
                 "Fax (458) 555-0194"], shape="box", box=box, size=16)


def doh_head(p: EOSheet, box: str | None = None):
    p.seal_head("State of Harrowmere", DOH, "Bureau of HIV, STI and Hepatitis Services \u00b7 Ryan White Part B "
                                           "Program \u00b7 Clinical Review Unit",
                ["1500 Capitol Terrace, Lisbury, HR 58340", "Program line (458) 555-0120", "Fax (458) 555-0129"],
                box=box)


# -----------------------------------------------------------------------------------------------------------------
def bd_narrative(rng):
    """Born-digital two-page summary to a client: numbered paragraphs, no table; one claim not paid, note A2."""
    client = who(rng, "F")
    c_id = cid(rng)
    sd = workday(dt.date(2026, 5, rng.randint(11, 14)))
    d1 = workday(dt.date(2026, 3, rng.randint(2, 4)))
    visits = [workday(dt.date(2026, 3, d)) for d in (16, 19, 23, 26)]
    d4 = workday(dt.date(2026, 4, rng.randint(1, 3)))
    d5 = workday(dt.date(2026, 4, rng.randint(13, 15)))
    doc1, dent, nurse_rn, cm = who(rng, "M"), who(rng, "F"), who(rng, "F"), who(rng, "M")
    hh = "Ondrel Home Health Services"
    claims = [icn(rng) for _ in range(5)]
    per = 195.00
    den_total = per * len(visits)
    p = EOSheet(footer="Page {n} of {nb}", run_head=f"{first_last(client)}  \u00b7  Client ID {c_id}  \u00b7  "
                                                      f"Summary dated {slash(sd)}  \u00b7  page {{n}}")
    p.set_margins(20, 16, 20)
    p.add_page()
    cons_head(p, rng, box="SERVICES PAID FOR YOU")
    ytop = p.get_y()
    for ln in addr(rng, client, TOWNS[1]):
        p.line(ln, 9.8)
    yl = p.get_y()
    p.set_y(ytop)
    p.under_boxes([(long(sd), "date of this summary", 44), (c_id, "your client ID", 36)], x=p.w - p.r_margin - 80,
                  size=9.4)
    p.set_xy(p.w - p.r_margin - 80, p.get_y())
    p.f(7.6)
    p.multi_cell(78, 3.6, "Services from March 1, 2026 through April 30, 2026", new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(yl, p.get_y()) + 5)
    p.f(14, "B")
    p.cell(0, 7, "Your Ryan White services summary", new_x="LMARGIN", new_y="NEXT")
    p.f(9.2, "B")
    p.cell(0, 5, "This is not a bill. Keep it with your health papers.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {first_last(client)},", 9.6)
    p.para(f"The {CONS} pays for HIV care and related services for people who qualify for the Ryan White HIV/AIDS "
           "Program Part B in Region 3, when no other coverage pays. Below is each claim our office received for you "
           "for this period, in the order we got them. Where a note code follows a claim, the meaning is on page 2.",
           9.2)
    p.claim_paras([
        (f"Visit with {doc1}, M.D., at {CLINIC} on {long(d1)} - claim {claims[0]} - paid",
         [f"The clinic billed $286.00 for an office visit (99214). The program's rate for the visit is $171.40, and "
          "we paid that amount to the clinic.", "You owe nothing for this visit. Note P0."]),
        (f"Lab work at Lisbury Reference Laboratory on {long(d1)} - claim {claims[1]} - paid",
         ["The laboratory billed $412.00 for a viral load test (87536) and a CD4 count (86361). We paid $238.16.",
          "You owe nothing. Note P0."]),
        (f"Home nursing by {hh} - claim {claims[2]} - not paid",
         [f"The agency billed for four nursing visits at your home by {nurse_rn}, R.N., on {slash(visits[0])}, "
          f"{slash(visits[1])}, {slash(visits[2])} and {slash(visits[3])}, at {usd(per)} a visit "
          f"({usd(den_total)} in all, code G0299).", "The program paid 0.00 on this claim. Note A2."]),
        (f"Medical case management with Lisbury AIDS Services Network on {long(d4)} - claim {claims[3]} - paid",
         [f"Your case manager, {cm}, met with you for 45 minutes (T1016, 3 units). The agency billed 96.00 and we "
          "paid 96.00.", "Note P0."]),
        (f"Dental exam and cleaning at Kestrane Family Dental on {long(d5)} - claim {claims[4]} - paid",
         [f"Dr. {dent} billed $214.00 (D0120, D1110). We paid $162.50 and counted it toward your oral health "
          "limit for the program year. Note P3."]),
    ], size=9.0)
    if p.page_no() == 1:
        p.add_page()
    p.ln(2)
    p.note_box("What the notes mean", [
        ("P0", "Paid at the program's rate. The provider may not bill you for the rest."),
        ("P3", "Paid. Counted toward the yearly oral health limit of $2,000.00 (April 1 to March 31)."),
        ("A2", "Home nursing is paid only when your medical case manager has sent us a service authorization before "
               "the first visit. We did not have one for these dates. The agency may not bill you for these "
               "visits."),
        ("L4", "Another payer (Medicaid, Medicare or a health plan) must be billed first. Ask the provider to send "
               "us that payer's decision."),
        ("E1", "You were not eligible for the program on the date of service."),
    ], size=8.2)
    p.heading("Your eligibility", 10.6)
    p.para("Our records show your Ryan White eligibility is confirmed through 09/30/2026. Your clinic will ask you to "
           "confirm your income, address and any new coverage before then; please answer by 09/15/2026 so your "
           "services are not interrupted.", 9.0)
    p.heading("How payments work", 10.6)
    p.cols([[("", "We pay providers at the program's rates, which may be lower than what they bill. For example, if "
                  "a clinic bills $150.00 and the program's rate is $92.00, we pay $92.00, and the clinic may not "
                  "charge you the other $58.00.")],
            [("", "Ryan White funds pay last. If you have Medicaid, Medicare, or a health plan, your provider must "
                  "bill it first. Tell your case manager right away if your coverage changes.")]], size=8.4)
    p.heading("If you disagree", 10.6)
    p.para("You may ask us to review any claim on this summary within 60 days of the date of this summary. Call the "
           f"client line or write to Client Services, {CONS}, {CONS_ADDR[0]}, {CONS_ADDR[1]}. If you still disagree "
           f"after our review, you may file a grievance with the {DOH}, Ryan White Part B Program, within 30 days "
           "after our review decision.", 9.0)
    p.para("Interpreters are free. Los intérpretes son gratuitos: llame a la línea para clientes.", 8.4)
    t = truth("eob", "prior_authorization", insurer=CONS, member_id=c_id, member_name=client, cases=[claims[2]],
              claim_amount=m2(den_total), service_dates=[iso(v) for v in visits], denial_date=iso(sd),
              provider=hh, appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": CONS_ALT, "service_dates": [[iso(visits[0], visits[-1])]],
                          "provider": [nurse_rn]})
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    """Provider payment statement: seven clients with run-together header lines; one psychotherapy line refused."""
    pd_ = workday(dt.date(2026, 4, rng.randint(27, 30)))
    clients = [who(rng, s) for s in "MFMFFMF"]
    lcsw, np_, md = who(rng, "F"), who(rng, "M"), who(rng, "F")
    mcaid = "91" + digits(rng, 8)
    specs = [
        [("99214", "", "1", 286.00, 171.40), ("96372", "", "1", 48.00, 22.10)],
        [("99213", "", "1", 198.00, 118.60)],
        [("T1016", "", "4", 128.00, 128.00)],
        [("99204", "", "1", 392.00, 236.90), ("36415", "", "1", 22.00, 9.80)],
        [("90837", "", "1", 240.00, 0.00)],
        [("90834", "", "1", 180.00, 112.75)],
        [("97802", "", "2", 152.00, 96.80), ("99213", "25", "1", 198.00, 118.60)],
    ]
    rend = [md, np_, "CASE MGMT TEAM", md, lcsw, lcsw, np_]
    DEN = 4
    claims = []
    for k, (cl, lines) in enumerate(zip(clients, specs)):
        dos = workday(plus(pd_, -rng.randint(16, 40)))
        rec = plus(dos, rng.randint(4, 11))
        claims.append(dict(pt=cl, id=cid(rng), no=icn(rng), dos=dos, rec=rec, lines=lines, acct=digits(rng, 6)))
    den = claims[DEN]

    def row(a, b, c, d, e, f_, g, h, i):
        return f"  {a:<8}  {b:<5} {c:<3} {d:>5} {e:>10} {f_:>10} {g:>10}  {h:<7}  {i}"

    hdr = row("SVC DATE", "CODE", "MOD", "UNITS", "BILLED", "ALLOWED", "PAID", "GRP-RSN", "RMK")
    out_lines = []
    for k, c in enumerate(claims):
        out_lines.append(f"CLIENT {last_first(c['pt'])} ID {c['id']} ICN {c['no']} ACCT {c['acct']} "
                         f"RCVD {c['rec']:%m%d%y}")
        out_lines.append(f"  RENDERING {rend[k].upper()}")
        if k == DEN:
            out_lines.append(f"  OTHER COVERAGE ON FILE: HARROWMERE MEDICAL ASSISTANCE ID {mcaid} EFF 01/01/2026")
        for code, mod, u, b, pd in c["lines"]:
            adj = "CO-22" if k == DEN else ("CO-45" if pd < b else "")
            rmk = "M4" if k == DEN else "P0"
            out_lines.append(row(f"{c['dos']:%m/%d/%y}", code, mod, u, f"{b:,.2f}", f"{pd:,.2f}", f"{pd:,.2f}", adj,
                                 rmk))
        cb = sum(x[3] for x in c["lines"])
        cp = sum(x[4] for x in c["lines"])
        out_lines.append(row("CLAIM", "TOTAL", "", "", f"{cb:,.2f}", "", f"{cp:,.2f}", "", ""))
        out_lines.append("")
    total_paid = sum(x[4] for c in claims for x in c["lines"])
    total_billed = sum(x[3] for c in claims for x in c["lines"])
    p = EOSheet(footer="PAGE {n} OF {nb}",
                run_head=f"PROVIDER PAYMENT STATEMENT  {CLINIC.upper()}  PAID {slash(pd_)}  PAGE {{n}}",
                fax_hdr=f"{upper(pd_)} 10:12   VRHCC CLAIMS UNIT   866 555 0162   -> 458 555 0194   P.{{n}}")
    p.set_margins(14, 14, 14)
    p.add_page()
    cons_head(p, rng, box="PROVIDER PAYMENT STATEMENT")
    p.tab_boxes([[("PAYEE", CLINIC, 70), ("CONTRACT", "PB3-26-0417", 32), ("NPI", npi(rng), 32),
                  ("PAYMENT DATE", slash(pd_), 34), ("EFT TRACE", digits(rng, 11), 38)]], size=8.6)
    p.f(7.8)
    p.multi_cell(p.W, 3.8, f"Paid by the {CONS} from Ryan White HIV/AIDS Program Part B funds, Region 3. Amounts in U.S. dollars. Group and "
                           "reason codes are the standard claim adjustment codes; RMK codes are ours and are explained "
                           "after the claims. Each client's line gives the client, client ID, ICN, your account number "
                           "and the date we received the claim.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.set_font("Mono", "B", 7.4)
    p.cell(0, 3.6, hdr, new_x="LMARGIN", new_y="NEXT")
    p.seg(p.l_margin, p.get_y() + 0.3, p.w - p.r_margin, p.get_y() + 0.3, 0.3)
    p.ln(1.2)
    p.mono(out_lines, size=7.4, bold_prefix="CLIENT")
    p.ln(1)
    p.mono([f"TOTALS  CLAIMS {len(claims)}  BILLED {total_billed:,.2f}  PAID {total_paid:,.2f}  "
            f"WITHHELD 0.00  NET EFT {total_paid:,.2f}"], size=7.6, bold_prefix="TOTALS")
    p.ln(3)
    p.code_key("RMK codes", [
        ("P0", "Paid at the program's rate. The client may not be billed for the difference."),
        ("M4", "The client had Medicaid on the date of service. Bill Medicaid first; if a balance is left that Ryan "
               "White may pay, send a new claim with the Medicaid remittance."),
        ("R2", "No service authorization on file for this service."),
        ("T9", "Claim received more than 90 days after the date of service."),
    ], ncol=2, size=7.2)
    p.f(7.8)
    p.multi_cell(p.W, 3.8, "Reconsideration: send a written request within 90 days of the payment date on page 1 "
                           "to the Claims Unit at the address above. Corrected claims are accepted up to 120 days from "
                           "the date of service. Example: a line billed at 100.00 and allowed at 62.00 shows 38.00 in "
                           "CO-45; that amount may not be billed to the client.", new_x="LMARGIN", new_y="NEXT")
    t = truth("eob", "other", insurer=CONS, member_id=den["id"], member_name=den["pt"], cases=[den["no"]],
              claim_amount=m2(sum(x[3] for x in den["lines"])), service_dates=[iso(den["dos"])],
              denial_date=iso(pd_), provider=CLINIC, appeal_deadline=iso(plus(pd_, 90)),
              alternates={"insurer": CONS_ALT, "provider": [lcsw] + CLINIC_ALT})
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def recert_lapse(rng):
    """Clinic letter (2 pages; page 2 fed sideways in the stack): eligibility lapsed, a visit not paid."""
    client = who(rng, "M")
    c_id = cid(rng)
    chart = "OPH-" + digits(rng, 7)
    elg = "ELG-" + digits(rng, 6)
    ld = workday(dt.date(2026, 3, rng.randint(23, 25)))
    asked = workday(dt.date(2026, 1, rng.randint(26, 28)))
    due = dt.date(2026, 2, 27)
    ended = dt.date(2026, 2, 28)
    visit = workday(dt.date(2026, 3, rng.randint(9, 11)))
    doc_ = who(rng, "M")
    lines = [("99214", "Office visit, established patient", 286.00), ("87536", "HIV-1 viral load (drawn here)", 65.00)]
    total = sum(x[2] for x in lines)
    p = EOSheet(footer="Page {n} of {nb}", run_foot=f"{CLINIC} \u00b7 Ryan White eligibility office \u00b7 review "
                                                     f"{elg}")
    p.set_margins(20, 16, 20)
    p.add_page()
    clinic_head(p)
    p.f(9.6)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    ytop = p.get_y()
    for ln in addr(rng, client, TOWNS[3]):
        p.line(ln, 9.8)
    yl = p.get_y()
    p.set_y(ytop)
    p.pipe_ids([(c_id, "Ryan White client ID"), (chart, "chart no. at this clinic"), (elg, "eligibility review")],
               x=p.w - p.r_margin - 74, size=9.2, w=74)
    p.set_y(max(yl, p.get_y()) + 4)
    p.heading("Ryan White Part B: your eligibility was not confirmed", 12)
    p.para(f"Dear {first_last(client)},", 9.8)
    p.para("Once a year, our Ryan White eligibility office confirms that each client still lives in Harrowmere, "
           "that household income is at or below 500% of the federal poverty level, and whether any new health "
           "coverage has started. Ryan White funds can be used only for clients whose eligibility is current.", 9.4)
    p.para(f"We wrote to you on {long(asked)} and asked for a recent pay stub or benefits letter and proof of your "
           f"address by {long(due)}. We have not received them. Your Ryan White eligibility ended on {long(ended)}.",
           9.4)
    p.para(f"Because of this, Ryan White funds will not pay for your visit with {doc_}, MD, on {long(visit)}. The "
           f"charges were {usd(total)}. The visit is listed on the next page.", 9.4)
    p.para("This does not change your care. You can keep coming to the clinic, and our financial counselor can "
           "review you for our sliding fee scale and for Medicaid or a marketplace plan.", 9.4)
    p.add_page()
    p.heading("The visit Ryan White funds will not pay", 11)
    W = p.W
    p.table(["Date", "Service", "Code", "Charge"],
            [[slash(visit), w_, c, n2(v)] for c, w_, v in lines] + [["", "Total", "", n2(total)]],
            [W * 0.18, W * 0.52, W * 0.12, W * 0.18], size=9, row_h=5.6, head_h=6.4, aligns=["L", "L", "L", "R"],
            bold_last=True)
    p.heading("What you can do", 11)
    p.bullets(["Bring or fax the papers listed above. If they show you were still eligible, we will confirm you back "
               f"to {long(plus(ended, 1))} and send the visit to Ryan White again.",
               "If you think we made a mistake, ask our Ryan White program manager to review this decision within 30 "
               "days of the date of this letter. You can call, write, or ask at the front desk.",
               f"If you still disagree after that review, you may file a grievance with the {DOH}, Ryan White Part B "
               "Program, within 15 days after the clinic's review decision."], 9.2)
    p.sign(["Sincerely,", "", "Ryan White Eligibility Specialist", CLINIC], 9.4)
    t = truth("denial_letter", "eligibility", insurer=CLINIC, member_id=c_id, member_name=client, cases=[elg],
              claim_amount=m2(total), service_dates=[iso(visit)], denial_date=iso(ld), provider=doc_,
              appeal_deadline=iso(plus(ld, 30)), alternates={"insurer": CLINIC_ALT, "provider": [CLINIC]})
    return out(p), t, ld


def recert_ok(rng, ld):
    """Clinic's one-page eligibility confirmation for another client (denies nothing)."""
    client = who(rng, "F")
    c_id = cid(rng)
    elg = "ELG-" + digits(rng, 6)
    d = workday(plus(ld, 1))
    start = dt.date(2026, 4, 1)
    end = dt.date(2027, 3, 31)
    p = EOSheet(footer=None, run_foot=f"{CLINIC} \u00b7 Ryan White eligibility office \u00b7 {elg}")
    p.set_margins(20, 16, 20)
    p.add_page()
    clinic_head(p, box="ELIGIBILITY CONFIRMED")
    p.f(9.6)
    p.cell(0, 5, f"Date: {dmy_long(d)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, client, TOWNS[1]):
        p.line(ln, 9.8)
    p.ln(4)
    p.under_boxes([(c_id, "Ryan White client ID", 42), (elg, "eligibility review", 40),
                   (slash(start), "eligible from", 34), (slash(end), "eligible through", 34)], size=9.2)
    p.para(f"Dear {first_last(client)},", 9.8)
    p.para("Thank you for sending your papers. We reviewed your income, address and coverage, and you qualify for "
           "Ryan White Part B services for the dates above.", 9.4)
    p.boxed_pairs([("Household size", "2"), ("Household income", "238% of the federal poverty level"),
                   ("Other coverage", "None reported"),
                   ("Yearly limit on what you pay", "$2,318.00 (7% of income) for Ryan White services"),
                   ("Next confirmation", "before 03/31/2027")], label_w=62, size=9)
    p.para("You will be charged a small fee at some visits under our sliding fee scale, but never more in a year than "
           "the limit above. Keep your receipts. Tell us within 30 days if your income, address or coverage "
           "changes.", 9.2)
    p.sign(["Ryan White Eligibility Specialist", CLINIC], 9.4)
    t = truth("other", None, insurer=CLINIC, member_id=c_id, member_name=client, cases=[elg], denial_date=iso(d),
              alternates={"insurer": CLINIC_ALT})
    return out(p), t


def stack_recert(rng):
    a, ta, ld = recert_lapse(rng)
    b, tb = recert_ok(rng, ld)
    cm = who(rng, "F")
    cover = fax_cover(CLINIC, ["Ryan White Eligibility Office", "4 Ferrier Lane, Orrinford, HR 58107",
                               "Phone (458) 555-0193   Fax (458) 555-0194"],
                      [("To", f"{cm}, Medical Case Manager"), ("Agency", "Lisbury AIDS Services Network"),
                       ("Fax", "(458) 555-0177"), ("Date", slash(workday(plus(ld, 1)))),
                       ("Pages", "4 including this page"), ("Re", "Two client letters for your files")],
                      ["Copies of two letters we mailed to clients you manage. Please help the first client get us "
                       "the papers we asked for."],
                      fax_hdr=f"{workday(plus(ld, 1)):%m/%d/%Y} 15:40  ORRINFORD POSITIVE HC  4585550194  P{{n}}/4",
                      title="Fax")
    return [(a, ta), (b, tb)], cover


# -----------------------------------------------------------------------------------------------------------------
def phone_es_dental(rng):
    client = person(rng, ES_F, ES_L, USED)
    c_id = cid(rng)
    sa = "SA-26-" + digits(rng, 5)
    ld = workday(dt.date(2026, 2, rng.randint(16, 18)))
    recd = workday(plus(ld, -rng.randint(6, 9)))
    planned = workday(dt.date(2026, 3, rng.randint(9, 11)))
    dentist = person(rng, ES_F, ES_L, USED)
    practice = "Kestrane Family Dental"
    est = 1640.00
    p = EOSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    cons_head(p, rng, box="AVISO SOBRE SU SOLICITUD", es=True)
    p.f(9.6)
    p.cell(0, 5, f"Varrowdale, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, client, TOWNS[4]):
        p.line(ln, 9.8)
    p.ln(4)
    p.under_boxes([(c_id, "Número de cliente", 36), (sa, "Número de solicitud", 38),
                   (es_short(recd), "Recibida", 30), (es_short(planned), "Fecha prevista del servicio", 46)],
                  size=9.2)
    p.under_boxes([("Dentadura parcial superior, base de resina (D5211)", "Servicio solicitado", 110),
                   (usd(est), "Costo estimado", 36)], size=9.2)
    p.under_boxes([(f"Dra. {dentist}, {practice}", "Dentista que la pidió", 146)], size=9.2)
    p.para(f"Estimada {first_last(client)}:", 9.8)
    p.para(f"El {CONS} revisó la solicitud que su dentista nos envió para una dentadura parcial superior. No podemos "
           "aprobarla con fondos de Ryan White en este año del programa.", 9.4)
    p.para("El programa paga hasta $2,000.00 por persona en servicios de salud oral en cada año del programa, que va "
           "del 1 de abril al 31 de marzo. Desde el 1 de abril de 2025 ya pagamos $1,846.00 por sus exámenes, "
           "limpiezas, dos empastes y una extracción. Quedan $154.00, y esa cantidad no alcanza para la dentadura.",
           9.4)
    p.para("El nuevo año del programa empieza el 1 de abril de 2026. Su dentista puede enviarnos la misma solicitud a "
           "partir de esa fecha y la revisaremos otra vez. Si tiene Medicaid u otro seguro dental, dígale a su "
           "administrador de casos: ese seguro debe pagar primero.", 9.4)
    p.heading("Si no está de acuerdo", 10.8)
    p.para("Puede pedirnos una revisión dentro de 30 días a partir de la fecha de esta carta. Llame a la línea para "
           f"clientes o escriba a {CONS_ADDR[0]}, {CONS_ADDR[1]}. Si después de nuestra revisión sigue sin estar de "
           f"acuerdo, puede presentar una queja ante el {DOH} dentro de 15 días después de nuestra decisión.", 9.2)
    p.sign(["Atentamente,", "Unidad de Autorizaciones de Servicio", CONS], 9.2)
    p.f(7.6)
    p.multi_cell(p.W, 3.6, f"Copia: Dra. {dentist}, {practice}, 30 Saltbox Ct, Kestrane, HR 58422. Interpreters are "
                           "free: call the client line.", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "not_covered", insurer=CONS, member_id=c_id, member_name=client, cases=[sa],
              claim_amount=m2(est), service_dates=[iso(planned)], denial_date=iso(ld), provider=dentist,
              appeal_deadline=iso(plus(ld, 30)), lang="es",
              alternates={"insurer": CONS_ALT, "claim_amount": [None], "provider": [practice]})
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def scan_genotype(rng):
    client = who(rng, "M")
    c_id = cid(rng)
    nd = workday(dt.date(2026, 6, rng.randint(1, 3)))
    dos = workday(plus(nd, -rng.randint(30, 36)))
    recd = workday(plus(dos, rng.randint(8, 12)))
    claim = icn(rng)
    cr = "CR-26-" + digits(rng, 4)
    lab = "Lisbury Reference Laboratory"
    orderer = who(rng, "F")
    dob = dt.date(1984, rng.randint(1, 12), rng.randint(1, 28))
    lines = [("87536", "HIV-1 RNA, quantitative (viral load)", 198.00, "Paid", 118.20),
             ("86361", "CD4 count, absolute", 142.00, "Paid", 77.65),
             ("87901", "HIV-1 genotype, reverse transcriptase and protease", 485.00, "Not paid", 0.00)]
    total = sum(x[2] for x in lines)
    p = EOSheet(footer="Page {n} of {nb}", run_head=f"{DOH} \u00b7 Clinical review {cr} \u00b7 page {{n}}")
    p.set_margins(18, 15, 18)
    p.add_page()
    doh_head(p, box="NOTICE OF PAYMENT DECISION")
    p.f(9.6)
    p.cell(0, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    for ln in [lab, "Attn: Billing", "88 Lantern St", "Lisbury, HR 58340"]:
        p.line(ln, 9.6)
    p.f(8.2)
    p.cell(0, 4.4, f"Copy to the client and to the ordering clinician, {orderer}, MD", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    W = p.W
    p.num_boxes([
        [("1. Client name", client, W * 0.4), ("1a. Client ID", c_id, W * 0.3),
         ("2. Date of birth", slash(dob), W * 0.3)],
        [("3. Service provider (billing)", lab, W * 0.4), ("3a. Provider contract no.", "PB3-25-0288", W * 0.3),
         ("3b. CLIA no.", "38D" + digits(rng, 7), W * 0.3)],
        [("4. Ordering clinician", f"{orderer}, MD", W * 0.4), ("5. Claim no.", claim, W * 0.3),
         ("6. Date of service", slash(dos), W * 0.3)],
        [("7. Date received", slash(recd), W * 0.22), ("8. Total billed", usd(total), W * 0.18),
         ("A. Review no.", cr, W * 0.3), ("B. Decision", "Paid in part", W * 0.3)],
    ], size=9.2)
    p.table(["Code", "Test", "Billed", "Decision", "Paid"],
            [[c, w_, n2(b), d_, n2(pd)] for c, w_, b, d_, pd in lines],
            [W * 0.11, W * 0.5, W * 0.13, W * 0.13, W * 0.13], size=8.8, row_h=5.6, head_h=6.2,
            aligns=["L", "L", "R", "L", "R"])
    p.heading("Why the genotype test was not paid", 11)
    p.para("A standard resistance test reads the genes of the virus in the blood sample, so it needs enough virus "
           "to read. Under the program's laboratory guidelines, a genotype is paid when the viral load is 500 "
           "copies/mL or higher, or when the clinician explains why a test at a lower level is needed (for example, "
           "a viral load that has stayed between 200 and 500 copies/mL on two tests).", 9.2)
    p.para("The viral load drawn the same day was 86 copies/mL. The records sent with the claim do not give a reason "
           "to test below the threshold. For this reason the genotype is not medically necessary as billed. The viral "
           "load and the CD4 count were paid at the program's rates.", 9.2)
    p.para("The laboratory may not bill the client for the genotype. If the viral load rises, the clinician may order "
           "the test again and send the result with the new claim.", 9.2)
    p.heading("If you disagree", 11)
    p.para("The laboratory, the ordering clinician or the client may ask for a second review within 60 days of the "
           "date of this notice. Send the request, with any records that show why the test was needed, to the "
           f"Clinical Review Unit, {DOH}, 1500 Capitol Terrace, Lisbury, HR 58340, or fax (458) 555-0129. A reviewer "
           "who did not take part in this decision will answer within 30 days of receiving it.", 9.2)
    p.sign(["Clinical Review Unit", f"Ryan White Part B Program, {DOH}"], 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=DOH, member_id=c_id, member_name=client,
              cases=[claim, cr], claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(nd), provider=lab,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": DOH_ALT, "claim_amount": ["485.00"], "provider": [orderer],
                          "case_numbers": [[claim], [cr]]})
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def rotated_unfunded(rng):
    client = who(rng, "M")
    c_id = cid(rng)
    ld = workday(dt.date(2026, 4, rng.randint(20, 22)))
    s1 = workday(dt.date(2026, 3, rng.randint(4, 6)))
    s2 = workday(plus(s1, 14))
    claim = icn(rng)
    counselor = who(rng, "F")
    practice = "Marl Street Counseling"
    fee = 175.00
    total = fee * 2
    reply = plus(ld, 62)
    p = EOSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    cons_head(p, rng)
    p.f(9.6)
    p.cell(0, 5, abbr(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    ytop = p.get_y()
    for ln in addr(rng, client, TOWNS[5]):
        p.line(ln, 9.8)
    yl = p.get_y()
    p.set_y(ytop)
    p.pipe_ids([(c_id, "client no."), (claim, "claim"), (slash(s1) + ", " + slash(s2), "dates of the sessions"),
                (usd(total), "billed")], x=p.w - p.r_margin - 84, size=9.0, w=84)
    p.set_y(max(yl, p.get_y()) + 5)
    p.heading("About the counseling sessions you had in March", 12)
    p.para(f"Dear {first_last(client)},", 9.8)
    p.para(f"{practice} sent us a claim for two counseling sessions with {counselor}, LPC, on {long(s1)} and "
           f"{long(s2)} ({usd(fee)} each). We can't pay {practice} for these sessions.", 9.4)
    p.para("Ryan White Part B funds in Region 3 pay only service providers that have a contract with the "
           f"{CONS} for that kind of service. {practice} does not have a contract with us for mental health "
           "services, so the program can't pay its claims, even when the care is needed and helpful.", 9.4)
    p.para("The funded mental health providers in your area are listed below. Each of them can see you without a "
           "charge that is more than your yearly limit, and your case manager can make the referral for you.", 9.4)
    p.side_box(p.l_margin, p.get_y(), p.W, "Funded mental health providers, Region 3", [
        ("Orrinford Positive Health Center, behavioral health", "(458) 555-0191"),
        ("Lisbury AIDS Services Network, counseling program", "(458) 555-0175"),
        ("Ondrel Falls Community Mental Health", "(458) 555-0133")], size=8.4)
    p.ln(2)
    p.para(f"(License on the claim: Harrowmere LPC {digits(rng, 5)}. Your call to us on {slash(plus(s2, 9))}: "
           f"reference {digits(rng, 8)}.)", 8.2)
    p.heading("If you disagree", 10.8)
    p.para(f"Write to us no later than {long(reply)}. Tell us why you think the program should pay, and send anything "
           f"that helps, such as a referral from a funded provider. Mail: Client Services, {CONS}, {CONS_ADDR[0]}, "
           f"{CONS_ADDR[1]}. If you still disagree after we answer, you may file a grievance with the {DOH}.", 9.2)
    p.sign(["Client Services", CONS], 9.2)
    t = truth("denial_letter", "out_of_network", insurer=CONS, member_id=c_id, member_name=client, cases=[claim],
              claim_amount=m2(total), service_dates=[iso(s1), iso(s2)], denial_date=iso(ld), provider=practice,
              appeal_deadline=iso(reply), alternates={"insurer": CONS_ALT, "provider": [counselor]})
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def photocopy_late(rng):
    mom = who(rng, "F")
    son = who(rng, "M", last=mom.split()[-1])
    mom_id, son_id = cid(rng), cid(rng)
    ld = workday(dt.date(2026, 5, rng.randint(26, 28)))
    dos = dt.date(2026, 1, 8)
    recd = plus(dos, 131)
    claim = icn(rng)
    rd = who(rng, "F")
    practice = "Harrowmere Nutrition Partners"
    lines = [("97802", "Medical nutrition therapy, first visit", "3", 228.00),
             ("97803", "Medical nutrition therapy, follow-up", "1", 64.00)]
    total = sum(x[3] for x in lines)
    p = EOSheet(serif=True, footer="Page {n} of {nb}")
    p.set_margins(19, 16, 19)
    p.add_page()
    cons_head(p, rng)
    p.f(9.6)
    p.cell(0, 5, wday_long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [practice, f"Attn: {rd}, RDN", "61 Goshawk Ave", "Varrowdale, HR 58213"]:
        p.line(ln, 9.6)
    p.f(8.2)
    p.cell(0, 4.4, f"Copy to the parent named below", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.twin(("PARENT OR GUARDIAN", [("Name", first_last(mom)), ("Client ID", mom_id),
                                   ("Birth date", slash(dt.date(1987, 7, 19))), ("Phone", "(458) 555-0102")]),
           ("CLIENT WHO RECEIVED THE SERVICE", [("Name", son), ("Client ID", son_id),
                                                ("Birth date", slash(dt.date(2009, 10, 3))), ("Age", "16")]),
           size=8.8)
    p.under_boxes([(claim, "claim", 44), (slash(dos), "date of service", 34), (slash(recd), "we received it", 34),
                   (n2(total), "billed", 30), ("T9", "reason", 20)], size=9.0)
    p.heading("Your claim came in after the filing limit", 11.6)
    p.para(f"We received your office's claim for {first_last(son)}'s nutrition visits 131 days after the date of "
           "service. Our contract with your office, like every Region 3 service provider contract, says that claims "
           "must reach the Consortium within 90 days after the date of service. The claim is closed without "
           "payment.", 9.2)
    W = p.W
    p.table(["Code", "Service", "Units", "Billed", "Paid"],
            [[c, w_, u, n2(b), "0.00"] for c, w_, u, b in lines] + [["", "Claim total", "", n2(total), "0.00"]],
            [W * 0.12, W * 0.5, W * 0.1, W * 0.14, W * 0.14], size=8.8, row_h=5.4, head_h=6,
            aligns=["L", "L", "C", "R", "R"], bold_last=True)
    p.cols([[("What this means for the family", "Your office may not bill the client or the parent for these "
                                                "visits. Ryan White clients are not charged for claims a provider "
                                                "sends too late."),
             ("Why the limit", "Ryan White funds are granted year by year. The filing limit lets the program close "
                               "its books for each budget period and report what it paid.")],
            [("How to ask us to reconsider", "Your office may ask us to reconsider within 30 days of the date of "
                                             "this letter. Send proof that the claim reached us, or a clearinghouse, "
                                             "within 90 days after the date of service, such as an acceptance "
                                             "report. A late claim sent again without proof will be closed again."),
             ("Where to send it", f"Claims Unit, {CONS}, {CONS_ADDR[0]}, {CONS_ADDR[1]}.")]], size=8.6)
    p.sign(["Claims Unit", CONS], 9.2)
    t = truth("denial_letter", "timely_filing", insurer=CONS, member_id=son_id, member_name=son, cases=[claim],
              claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(ld), provider=practice,
              appeal_deadline=iso(plus(ld, 30)), alternates={"insurer": CONS_ALT, "provider": [rd]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    b1 = bd_narrative(rng)
    b2 = faxstd_remittance(rng)
    b3, cover = stack_recert(rng)
    b4 = phone_es_dental(rng)
    b5 = scan_genotype(rng)
    b6 = rotated_unfunded(rng)
    b7 = photocopy_late(rng)
    return [
        Item(f"{f}_bd_narrative_summary_home_nursing_a2", "born_digital", [b1]),
        Item(f"{f}_faxstd_remittance_seven_clients_medicaid_first", "fax_standard_g4", [b2]),
        Item(f"{f}_faxstd_stack_recert_lapse_then_confirmation", "fax_standard_g4", b3, separators=[cover, None],
             turns={(0, 1): 90}),
        Item(f"{f}_phone_es_dentadura_limite_salud_oral", "phone_photo", [b4]),
        Item(f"{f}_scan_state_genotype_viral_load_numbered_boxes", "scan_clean_300", [b5]),
        Item(f"{f}_rotated_unfunded_counselor_pipe_captions", "rotated", [b6]),
        Item(f"{f}_photocopy_nutrition_late_claim_parent_and_client_boxes", "photocopy", [b7]),
    ]
