// Inputs for a beneficiary's intake data (recueil d'informations).
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { MaritalStatusEnum } from './case.types.js';
import { GLOBAL_ID, LABEL, Limited, NAME, NOTE, Nested, day, listOf, range, text } from '../../graphql/input-limits.js';

@InputType()
export class AddressInput {
  @Limited(LABEL)
  @Field(() => String, { nullable: true })
  street?: string | null;

  @Limited(text(20))
  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Limited(NAME)
  @Field(() => String, { nullable: true })
  city?: string | null;

  @Limited({ ...range(-90, 90), code: 'INVALID_LATITUDE' })
  @Field(() => Float, { nullable: true, description: 'Entered by hand, -90..90.' })
  latitude?: number | null;

  @Limited({ ...range(-180, 180), code: 'INVALID_LONGITUDE' })
  @Field(() => Float, { nullable: true, description: 'Entered by hand, -180..180.' })
  longitude?: number | null;
}

@InputType()
export class PersonNoteInput {
  @Limited(NAME)
  @Field(() => String)
  name!: string;

  @Limited(NAME)
  @Field(() => String, { nullable: true })
  relation?: string | null;

  @Limited(text(40))
  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Limited(NOTE)
  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: 'Intake data. On update, omitted fields keep their value.' })
export class BeneficiaryInput {
  @Limited(NAME)
  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Limited(NAME)
  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Limited(day('1900-01-01', 'today'))
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  birthDate?: string | null;

  @Nested()
  @Field(() => AddressInput, { nullable: true })
  address?: AddressInput | null;

  @Field(() => MaritalStatusEnum, { nullable: true })
  maritalStatus?: MaritalStatusEnum | null;

  @Limited(text(20))
  @Field(() => String, { nullable: true, description: '11 digits YYMMDDSSSCC, dots and dashes allowed; the check digits are verified.' })
  nationalRegisterNumber?: string | null;

  @Limited(text(40))
  @Field(() => String, { nullable: true })
  familyAllowanceNumber?: string | null;

  @Limited(listOf(50))
  @Nested()
  @Field(() => [PersonNoteInput], { nullable: true })
  householdMembers?: PersonNoteInput[] | null;

  @Limited(listOf(50))
  @Nested()
  @Field(() => [PersonNoteInput], { nullable: true })
  informalCaregivers?: PersonNoteInput[] | null;

  @Limited(listOf(50))
  @Nested()
  @Field(() => [PersonNoteInput], { nullable: true })
  outsideProfessionals?: PersonNoteInput[] | null;

  @Nested()
  @Field(() => PersonNoteInput, { nullable: true })
  propertyAdministrator?: PersonNoteInput | null;

  @Limited(NOTE)
  @Field(() => String, { nullable: true })
  accessNotes?: string | null;

  @Limited(NOTE)
  @Field(() => String, { nullable: true })
  safetyNotes?: string | null;

  @Limited(NOTE)
  @Field(() => String, { nullable: true })
  healthNotes?: string | null;

  @Limited({ ...range(0, 100_000, ' euros'), code: 'INVALID_AMOUNT' })
  @Field(() => Float, { nullable: true, description: 'Monthly income in euros.' })
  monthlyIncome?: number | null;
}

@InputType()
export class BeneficiaryUpdateInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  beneficiaryId!: string;

  @Limited(range(0, 2_147_483_647))
  @Field(() => Int, { description: 'The `version` you read: a stale write is refused with CONFLICT.' })
  expectedVersion!: number;

  @Nested()
  @Field(() => BeneficiaryInput)
  changes!: BeneficiaryInput;
}
