// The 2018 conversion of 11-digit mobile numbers to 10 digits: the 4-digit prefix 01xx became a
// 3-digit prefix 0xx, the subscriber digits unchanged (Ministry of Information and Communications
// plan carried out from 2018-09-15; FACTS §6, H/M). Old records keep old numbers, so they are mapped.
export const MOBILE_PREFIX_2018: Readonly<Record<string, string>> = {
  // Viettel
  "0162": "032",
  "0163": "033",
  "0164": "034",
  "0165": "035",
  "0166": "036",
  "0167": "037",
  "0168": "038",
  "0169": "039",
  // MobiFone
  "0120": "070",
  "0121": "079",
  "0122": "077",
  "0126": "076",
  "0128": "078",
  // VinaPhone
  "0123": "083",
  "0124": "084",
  "0125": "085",
  "0127": "081",
  "0129": "082",
  // Vietnamobile
  "0186": "056",
  "0188": "058",
  // Gmobile
  "0199": "059",
};

/** The 10-digit national number of a pre-2018 11-digit mobile number, or undefined. */
export function renumberMobile2018(national: string): string | undefined {
  if (national.length !== 11) return undefined;
  const prefix = MOBILE_PREFIX_2018[national.slice(0, 4)];
  return prefix === undefined ? undefined : prefix + national.slice(4);
}
