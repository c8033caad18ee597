// One demo beneficiary: Brussels address with coordinates, intake data, and a national-register
// number whose check digits are valid (beneficiary.rules.ts), unique across the demo.
import type { beneficiaries, PersonNote } from '../db/schema/cases.js';
import { ADULT_FIRST_NAMES, BENEFICIARY_LAST_NAMES, COMMUNES, ELDER_FIRST_NAMES } from './demo-cases.data.js';

type Intake = Omit<typeof beneficiaries.$inferInsert, 'id'>;

/**
 * YYMMDD + a serial (odd for men, even for women) + 97 - (number mod 97); people born from 2000 on
 * have a "2" put before the nine digits for the check.
 */
export function nationalRegisterNumber(birthDate: string, serial: number): string {
  const [y, m, d] = birthDate.split('-');
  const body = `${y.slice(2)}${m}${d}${String(serial).padStart(3, '0')}`;
  const check = 97 - (Number(Number(y) >= 2000 ? `2${body}` : body) % 97);
  return `${body}${String(check).padStart(2, '0')}`;
}

export function demoBeneficiary(sectorCode: string, random: () => number, taken: Set<string>): Intake {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  // Mostly elderly people kept at home; a third are families or adults with a disability.
  const elder = random() < 0.68;
  const sex = random() < 0.6 ? 'F' : 'M';
  const firstName = pick((elder ? ELDER_FIRST_NAMES : ADULT_FIRST_NAMES)[sex]);
  const lastName = pick(BENEFICIARY_LAST_NAMES);
  const year = elder ? int(1928, 1958) : int(1972, 2004);
  const birthDate = `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  let nrn = '';
  do {
    const serial = 2 * int(0, 497) + (sex === 'M' ? 1 : 2);
    nrn = nationalRegisterNumber(birthDate, serial);
  } while (taken.has(nrn));
  taken.add(nrn);

  const commune = pick(COMMUNES[sectorCode] ?? COMMUNES.S1);
  const jitter = () => (random() - 0.5) * 0.014;
  const family = !elder && random() < 0.6;
  const children: PersonNote[] = family ? Array.from({ length: int(1, 3) }, (_, k) => ({ name: `${pick(ADULT_FIRST_NAMES[k % 2 ? 'M' : 'F'])} ${lastName}`, relation: 'child' })) : [];
  const partner: PersonNote[] = random() < 0.35 ? [{ name: `${pick((elder ? ELDER_FIRST_NAMES : ADULT_FIRST_NAMES)[sex === 'F' ? 'M' : 'F'])} ${lastName}`, relation: 'spouse' }] : [];
  const caregiver: PersonNote[] =
    elder && random() < 0.7
      ? [{ name: `${pick(ADULT_FIRST_NAMES[random() < 0.5 ? 'F' : 'M'])} ${lastName}`, relation: random() < 0.5 ? 'daughter' : 'son', phone: `+32 47${int(0, 9)} ${int(10, 99)} ${int(10, 99)} ${int(10, 99)}` }]
      : [];
  return {
    firstName,
    lastName,
    birthDate,
    street: `${pick(commune.streets)} ${int(1, 240)}`,
    postalCode: commune.postalCode,
    city: commune.city.replace(/ \(.*\)$/, ''),
    latitude: Math.round((commune.lat + jitter()) * 1e6) / 1e6,
    longitude: Math.round((commune.lng + jitter()) * 1e6) / 1e6,
    maritalStatus: partner.length ? 'MARRIED' : elder ? pick(['WIDOWED', 'WIDOWED', 'SINGLE', 'DIVORCED'] as const) : pick(['SINGLE', 'SEPARATED', 'DIVORCED', 'DE_FACTO_COHABITATION'] as const),
    nationalRegisterNumber: nrn,
    familyAllowanceNumber: family ? `FA-${int(100000, 999999)}` : null,
    householdMembers: [...partner, ...children],
    informalCaregivers: caregiver,
    outsideProfessionals: [{ name: `Dr ${pick(BENEFICIARY_LAST_NAMES)}`, relation: 'GP' }, ...(elder && random() < 0.5 ? [{ name: 'Soins à domicile', relation: 'home nursing', phone: '+32 2 555 01 01' }] : [])],
    propertyAdministrator: elder && random() < 0.06 ? { name: `Maître ${pick(BENEFICIARY_LAST_NAMES)}`, relation: 'administrateur de biens' } : null,
    accessNotes: random() < 0.4 ? `Key box code ${int(1000, 9999)}` : random() < 0.5 ? 'Ring twice, slow to open' : null,
    safetyNotes: random() < 0.15 ? 'Dog in the flat' : null,
    healthNotes: elder ? pick(['Diabetes, insulin twice a day', 'Reduced mobility, walker', 'Early-stage dementia', 'Heart failure', 'Recovering from a hip fracture']) : random() < 0.3 ? 'Chronic back pain' : null,
    monthlyIncome: String(int(950, 2400)) + '.00',
  };
}
