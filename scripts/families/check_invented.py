#!/usr/bin/env python3
"""Check the invented families' truth against their own rendered text: every labelled value must be printed.

Why: a truth value the page does not show would score intake wrong. This reads each family's source PDFs with
pdftotext (not intake) and looks for each field's value in any of the ways the families print it.
`python scripts/families/check_invented.py [FAMILY ...]`
"""

from __future__ import annotations

import datetime as dt
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from inv_kit import MONTHS_ES, fmt_date  # noqa: E402

INVENTED = ["detailed_notice_of_discharge_cms10066", "important_message_from_medicare_cms_r193", "claim_file_production_bates_stamped", "large_print_accessible_denial_notice", "insurer_mail_not_a_denial", "two_column_eob_sidebar_summary", "ledger", "prose", "boxed", "sidebar", "rxbenefit", "tpa", "dental", "seguro", "nodeny", "upheld", "vision",
            "mainframe", "grid_statement", "carta_pr", "utilization_fax", "portal_print", "mbho_loc",
            "bilingual_notice", "email_print", "qa_letter", "dense_eob", "narrative_eob", "rbm_fax",
            "medigap_crossover", "ltc_benefit_denial", "ambulance_claim", "student_health_plan", "app_screenshot",
            "caption_below", "two_column_letter", "marketplace_eob", "asam_residential",
            "pharmacy_rejection", "travel_medical", "nemt_trip_denial", "dental_predetermination",
            "mail_batch_stack", "handwritten_cover", "letter_with_attachments", "nsa_oon_eob", "appeal_acknowledgement",
            "dme_supplier_denial", "quarterly_claims_statement", "pip_auto_medical", "genetic_test_pa_fax",
            "explicacion_beneficios", "pace_service_denial", "cob_secondary_eob", "short_term_rescission",
            "provider_balance_statement", "bariatric_criteria_denial", "partd_monthly_eob", "hmo_out_of_area",
            "aba_hours_reduction", "er_downcode_eob", "medicaid_tpl_denial", "provider_remittance_advice",
            "advocate_cover_stack", "two_up_print", "site_of_care_infusion", "transplant_coe_denial",
            "fertility_exclusion_eob", "medicaid_emergency_oos", "partb_drug_step_therapy",
            "second_level_appeal_decision", "dental_multi_tooth_eob", "hearing_aid_benefit_letter",
            "wheelchair_repair_pa_fax", "oral_oncology_pa_letter", "urgent_care_level_eob",
            "nursing_facility_level_of_care", "wc_utilization_review", "prosthetic_limb_denial",
            "clinical_trial_costs_denial", "multi_page_eob_split_claim", "logo_only_letterhead", "pt_visit_limit_eob",
            "part_c_ire_reconsideration", "charity_care_denial", "mh_parity_disclosure_response",
            "cobra_continuation_denial", "ub04_claim_copy_with_payer_denial_stamp", "filled_medicare_redetermination_request_form", "specialty_rx_reauthorization", "cpap_compliance_denial",
            "landscape_wide_eob", "spanish_prose_denial", "home_health_episode_denial", "foreign_claim_reimbursement",
            "lab_frequency_limit_eob", "newborn_eligibility_denial", "glp1_exclusion_letter",
            "medicaid_share_of_cost_notice", "cardiac_monitor_denial", "provider_peer_review_letter",
            "claim_reprocessing_recoupment", "snf_three_day_rule", "supplemental_indemnity_claim",
            "repetitive_ambulance_pa", "orthodontic_benefit_letter", "spinal_cord_stimulator_denial",
            "tpa_spd_excerpt_letter", "contact_lens_vision_benefit", "mail_order_pharmacy_statement",
            "tricare_referral_denial", "mco_transition_of_care_letter", "telehealth_visit_denial",
            "allergy_testing_unit_limit_eob", "skin_substitute_wound_care",
            "champva_eob", "msn_es", "union_trust_fund_denial",
            "inpatient_observation_downgrade", "proton_beam_investigational", "air_ambulance_nsa_eob",
            "claim_pended_records_request", "retro_termination_recoupment", "network_gap_exception_denial",
            "hra_fsa_reimbursement_denial", "itemized_bill_with_payer_denial", "formulary_exception_es",
            "asc_coding_denial_letter", "home_sleep_test_redirect", "chiropractic_visit_limit_eob",
            "medicare_part_d_eob_es", "mental_health_residential_denial", "eob_with_prior_balance_statement",
            "state_employee_plan_appeal_decision", "medicaid_renewal_termination_notice", "out_of_area_urgent_care_eob",
            "dol_model_notice_es", "infertility_benefit_denial", "wound_vac_rental_eob",
            "cms_idn_part_b_drug", "emergency_room_facility_fee_letter", "student_visa_insurance_claim",
            "medicare_redetermination_notice_partb_es", "hospital_prior_auth_fax_reply", "vision_plan_frame_allowance_eob",
            "marketplace_qhp_notice_es", "ambulatory_infusion_step_therapy", "dental_medicaid_child_eob",
            "medicare_moon_style_ma_plan_letter", "ground_ambulance_nonemergency_denial", "genetic_counseling_requirement_denial",
            "eating_disorder_php_concurrent_review", "oxygen_rental_cap_eob", "multi_claim_monthly_statement",
            "home_health_change_of_care_notice", "medicaid_tar_decision_notice", "pharmacy_quantity_limit_partial_approval",
            "fax_cover_two_replies_stack", "anesthesia_time_units_eob", "cosmetic_procedure_exclusion_letter",
            "ma_part_d_coverage_determination_denial_cms10146", "dental_claim_downcode_alternate_benefit",
            "provider_appeal_response_letter",
            "bcbs_style_commercial_eob_two_page", "medicaid_pharmacy_lock_in_denial", "skilled_therapy_maintenance_denial",
            "mail_room_mixed_stack", "hospital_financial_assistance_and_denial", "urgent_concurrent_inpatient_denial_phone_photo",
            "medicaid_managed_care_notice_of_appeal_resolution", "hospital_claim_itemization_request",
            "ppo_network_gap_pricing_eob",
            "accident_questionnaire_claim_hold", "vision_medical_eye_exam_misbilled", "infusion_site_of_care_redirection_letter",
            "medicare_summary_notice_part_a_snf", "autism_speech_therapy_age_limit", "tricare_for_life_crossover_eob",
            "cochlear_implant_processor_replacement_denial", "ma_plan_pharmacy_claim_reject_letter",
            "qio_fast_appeal_decision_letter", "transposed_eob_service_columns",
            "hospice_revocation_claim_denial", "employer_self_funded_final_internal_appeal",
            "lab_panel_frequency_medicaid_eob", "behavioral_health_outpatient_session_limit",
            "medicare_advantage_part_b_drug_eob_line", "state_ombudsman_forwarded_denial_stack",
            "dme_cgm_supplies_denial", "marketplace_eob_tabular_es_en",
            "imaging_rbm_peer_to_peer_offer_letter", "federal_employee_fehb_disputed_claim_opm",
            "dsnp_integrated_coverage_determination_cms10716", "dialysis_monthly_eob_oon",
            "ny_medicaid_mmc_initial_adverse_determination", "duplicate_and_bundled_line_eob",
            "iop_partial_authorization_letter", "part_d_hospice_related_drug_denial",
            "msn_part_b_multi_claim_three_page", "medicaid_dental_prior_auth_denial_es",
            "household_two_letters_stack", "oncology_pathway_regimen_denial",
            "annotated_denial_letter_photo", "billing_dispute_response_letter",
            "ma_notice_of_denial_of_payment_cms10003", "multi_page_letter_decision_on_page_two",
            "inpatient_drg_clinical_validation_downgrade", "multi_service_decision_table_letter",
            "medicare_prior_auth_non_affirmation_letter", "family_eob_several_patients",
            "provider_collection_notice_after_denial", "dot_leader_fact_sheet_denial",
            "medicare_appeals_council_decision", "running_footer_case_facts_letter",
            "unprocessable_claim_return_letter", "criteria_excerpt_attachment_denial",
            "cob_other_insurance_questionnaire_denial", "accumulator_panel_eob",
            "state_imr_external_review_decision", "phone_call_confirmation_denial_letter",
            "texas_ura_adverse_determination_notice", "postcard_claim_status_notice",
            "hospital_financial_clearance_auth_denied_letter", "good_faith_estimate_self_pay_notice",
            "gender_affirming_care_exclusion_denial", "employer_benefits_office_letter_relaying_denial",
            "medicare_nemb_cms20007_notice", "plan_grievance_resolution_letter",
            "critical_illness_supplemental_claim_denial", "explanation_of_payment_check_stub_to_member",
            "cms1500_claim_copy_with_payer_rejection", "timely_filing_limit_denial_eob",
            "federal_idr_payment_determination_notice", "preventive_service_billed_diagnostic_eob",
            "medicare_savings_program_application_denial", "compounded_drug_pbm_exclusion_letter",
            "ada_dental_claim_form_with_denial", "hipaa_records_request_response_letter",
            "workers_comp_notice_of_denial_libc496", "marketplace_eligibility_determination_notice",
            "part_d_late_enrollment_penalty_reconsideration_decision", "oxygen_cmn_cms484_with_supplier_denial"]
STYLES = ["slash", "short", "long", "iso", "dmy", "abbr", "dot", "upper", "mdy_nopad", "es", "es_abbr"]


def norm(s: str) -> str:
    return re.sub(r"\s+", "", s.lower())


def date_forms(iso_date: str) -> set[str]:
    d = dt.date.fromisoformat(iso_date)
    printer = {d.strftime("%m/%d/%y"), d.strftime("%b %d, %Y"),  # line-printer forms: 03/04/26, MAR 04, 2026
               d.strftime("%-d %b %Y"),  # e-mail header form: Tue, 3 Mar 2026 14:05:22 -0500
               d.strftime("%-d %B %Y"),  # day-first long form: 4 March 2026
               d.strftime("%d.%m.%Y"), f"{d.day}/{d.month}/{d.year}",  # day-first: 04.03.2026, 4/3/2026
               d.strftime("%m-%d-%Y"),  # dashed month-first, as check_families.py accepts: 03-04-2026
               d.strftime("%B %-d through")}  # a span's first day in a sentence: from March 3 through March 9, 2026
    return ({norm(fmt_date(d, s)) for s in STYLES} | {norm(f"{d.day} de {MONTHS_ES[d.month - 1]}")}
            | {norm(x) for x in printer})


def money_forms(m: str) -> set[str]:
    v = float(m)
    return {norm(f"{v:,.2f}"), norm(f"{v:.2f}")}


def problems(t: dict, text: str) -> list[str]:
    f, out, flat = t["fields"], [], norm(text)
    # a newborn billed before it had a name is "Baby Girl LAST" on the claim, and that is the patient's name there
    if not re.fullmatch(r"([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+ [A-Z]\.|Baby (Girl|Boy)|Bebé (Niña|Niño)) [A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]+",
                        f["member_name"] or "X Y. Z") \
            and not (f["member_name"] is None and "member_name" in t.get("unscored", ())):  # patient undefined
        out.append(f"member_name shape {f['member_name']!r}")
    for k in ("insurer", "member_id", "group_number", "plan_id", "provider"):
        v = f[k]
        if v and norm(v.replace(" ", "")) not in flat and not (k == "insurer" and "vidaplena" in flat):
            out.append(f"{k} {v!r} not printed")
    if f["member_name"]:
        first, last = f["member_name"].split()[0], f["member_name"].split()[-1]
        if norm(first) not in flat or norm(last) not in flat:
            out.append("member_name not printed")
    for c in f["case_numbers"]:
        if norm(c) not in flat:
            out.append(f"case {c} not printed")
    if f["claim_amount"] and not money_forms(f["claim_amount"]) & {m for m in money_forms(f["claim_amount"])
                                                                      if m in flat}:
        out.append(f"claim_amount {f['claim_amount']} not printed")
    for s in f["service_dates"]:
        for part in s.split("/"):
            if not any(x in flat for x in date_forms(part)):
                out.append(f"service date {part} not printed")
    for k in ("denial_date", "appeal_deadline"):
        v = f[k]
        if v and k == "denial_date" and not any(x in flat for x in date_forms(v)):
            out.append(f"{k} {v} not printed")
    if f["appeal_deadline"] and f["denial_date"] and f["appeal_deadline"] <= f["denial_date"]:
        out.append("appeal deadline before notice")
    if f["appeal_deadline"] and not any(x in flat for x in date_forms(f["appeal_deadline"])):
        days = (dt.date.fromisoformat(f["appeal_deadline"]) - dt.date.fromisoformat(f["denial_date"])).days
        if not re.search(rf"{days}(calendar)?(días|days)", flat):  # "60 calendar days" too
            out.append("appeal deadline neither printed nor 'N days'")
    if t["document_type"] == "other" and (t["denial_type"] or f["appeal_deadline"]):
        out.append("an 'other' document with a denial or deadline")
    return out


def main() -> int:
    import importlib

    fams = sys.argv[1:] or INVENTED
    bad = n = 0
    with tempfile.TemporaryDirectory() as tmp:
        for fam in fams:
            mod = importlib.import_module(f"fam_{fam}")
            for item in mod.documents(random.Random(0)):
                for k, (pdf, t) in enumerate(item.docs):
                    p = Path(tmp) / "x.pdf"
                    p.write_bytes(pdf)
                    text = subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True).stdout
                    n += 1
                    for msg in problems(t, text):
                        bad += 1
                        print(f"{item.name}[{k}]: {msg}")
    print(f"{n} documents checked, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
