// Inputs for a beneficiary's intake data (recueil d'informations).
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { MaritalStatusEnum } from './case.types.js';

@InputType()
export class AddressInput {
  @Field(() => String, { nullable: true })
  street?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => Float, { nullable: true, description: 'Entered by hand, -90..90.' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Entered by hand, -180..180.' })
  longitude?: number | null;
}

@InputType()
export class PersonNoteInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  relation?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: 'Intake data. On update, omitted fields keep their value.' })
export class BeneficiaryInput {
  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  birthDate?: string | null;

  @Field(() => AddressInput, { nullable: true })
  address?: AddressInput | null;

  @Field(() => MaritalStatusEnum, { nullable: true })
  maritalStatus?: MaritalStatusEnum | null;

  @Field(() => String, { nullable: true, description: '11 digits YYMMDDSSSCC, dots and dashes allowed; the check digits are verified.' })
  nationalRegisterNumber?: string | null;

  @Field(() => String, { nullable: true })
  familyAllowanceNumber?: string | null;

  @Field(() => [PersonNoteInput], { nullable: true })
  householdMembers?: PersonNoteInput[] | null;

  @Field(() => [PersonNoteInput], { nullable: true })
  informalCaregivers?: PersonNoteInput[] | null;

  @Field(() => [PersonNoteInput], { nullable: true })
  outsideProfessionals?: PersonNoteInput[] | null;

  @Field(() => PersonNoteInput, { nullable: true })
  propertyAdministrator?: PersonNoteInput | null;

  @Field(() => String, { nullable: true })
  accessNotes?: string | null;

  @Field(() => String, { nullable: true })
  safetyNotes?: string | null;

  @Field(() => String, { nullable: true })
  healthNotes?: string | null;

  @Field(() => Float, { nullable: true, description: 'Monthly income in euros.' })
  monthlyIncome?: number | null;
}

@InputType()
export class BeneficiaryUpdateInput {
  @Field(() => ID)
  beneficiaryId!: string;

  @Field(() => Int, { description: 'The `version` you read: a stale write is refused with CONFLICT.' })
  expectedVersion!: number;

  @Field(() => BeneficiaryInput)
  changes!: BeneficiaryInput;
}
