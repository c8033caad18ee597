// Plain fields are read by graphql's default resolver; a field with a rule of its own (the auth
// checker, an audited read) or a field resolver keeps its resolver, so the rule still runs.
import { isObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { relaisSchema } from './schema.js';

describe('field resolvers', () => {
  it('plain fields have none; @Authorized, audited and resolved fields keep theirs', async () => {
    const schema = await relaisSchema();
    const field = (type: string, name: string) => {
      const t = schema.getType(type);
      if (!isObjectType(t)) throw new Error(`${type} is not an object type`);
      return (t as GraphQLObjectType).getFields()[name];
    };
    for (const [type, name] of [['CaseFile', 'status'], ['CaseFile', 'id'], ['Beneficiary', 'lastName'], ['Staff', 'fullName'], ['Sector', 'name']]) {
      expect(field(type, name).resolve, `${type}.${name}`).toBeUndefined();
    }
    // Staff.email: @Authorized (the kiosk may not); Beneficiary.healthNotes: audited on read (R5).
    for (const [type, name] of [['Staff', 'email'], ['Beneficiary', 'healthNotes'], ['Beneficiary', 'nationalRegisterNumber'], ['ConflictFacts', 'absenceKind'], ['CaseFile', 'beneficiary']]) {
      expect(field(type, name).resolve, `${type}.${name}`).toBeTypeOf('function');
    }
  });
});
