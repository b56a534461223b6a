// Mainland mobile numbers, the login name of residents. Pure, so the rule is unit-tested.

/** 11 digits, 1 then 3–9: the numbers China's carriers hand out to phones. */
const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** What a resident typed → the stored number (spaces, dashes, dots and a leading +86 ignored); null when it is not a mobile number. */
export function normalizeMobile(typed: string): string | null {
  // NFKC turns full-width digits typed with a Chinese input method (１３８…) into plain ones.
  let digits = typed
    .normalize("NFKC")
    .trim()
    .replace(/[\s\-.()]/g, "");
  if (digits.startsWith("+86")) digits = digits.slice(3);
  else if (digits.startsWith("0086")) digits = digits.slice(4);
  return MOBILE_PATTERN.test(digits) ? digits : null;
}

/** "138****5678": enough for the resident and staff to recognise, not the whole number. */
export function maskMobile(mobile: string): string {
  return mobile.length === 11 ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : mobile;
}
