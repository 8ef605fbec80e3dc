"""Where a person can find a value the letter did not give: shown in summaries and on every blank."""

from __future__ import annotations

WHERE_TO_FIND = {
    "insurer": "the top of the letter or the front of your insurance card",
    "plan_id": "your insurance card (often printed under your name), or call the member services line",
    "group_number": "the front of your insurance card, or ask your employer's benefits office",
    "member_id": "your insurance card, directly below your name",
    "member_name": "your insurance card; the patient's name as the plan has it",
    "case_numbers": "the first page of the denial letter or EOB (claim, reference or case number), or call "
                    "the member services line",
    "claim_amount": "the EOB for this claim, or the provider's billing office",
    "service_dates": "the EOB, or the provider's billing office",
    "denial_date": "the date printed at the top of the denial letter",
    "provider": "the EOB or the letter; or your own records of who treated you",
    "appeal_deadline": "the appeal rights section of the letter, or call the member services line",
}
LABELS = {
    "insurer": "Insurer", "plan_id": "Plan ID", "group_number": "Group number", "member_id": "Member ID",
    "member_name": "Member (patient)", "case_numbers": "Claim / case numbers", "claim_amount": "Claim amount",
    "service_dates": "Service dates", "denial_date": "Date of denial notice", "provider": "Provider",
    "appeal_deadline": "Appeal deadline",
}
PLAN_TYPES = {
    "erisa": "employer plan (ERISA)", "individual": "individual or marketplace plan",
    "medicare_advantage": "Medicare Advantage / Part D plan", "original_medicare": "Original Medicare",
    "medicaid": "Medicaid managed care", "fehb": "federal employees plan (FEHB)",
    "government_employer": "state or local government employer plan", "unknown": "plan type not stated",
}
