// The board's texts read as sentences for a person: no "absent(e)", "tâche(s)", "volant(e)" in any
// locale (word for the person named, or neutral wording; numbers through vue-i18n's plural forms);
// French with one apostrophe, the typographic ’ (English keeps its own usage, the straight ').
import { describe, expect, it } from 'vitest';
import { createBoardI18n } from '../i18n';

// Every locale file beside this test, read by Vite as the board reads them.
const locales = import.meta.glob<{ default: unknown }>('./*.json', { eager: true });
const files = Object.keys(locales).map((f) => f.replace('./', ''));

/** Every message of a locale file, with its dotted key. */
function messages(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (tree && typeof tree === 'object') return Object.entries(tree).flatMap(([k, v]) => messages(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

// A bracketed ending glued to a word: "(e)", "(s)", "(es)", "(ne)", "(x)", "(le)", "(ère)".
const BRACKETED_ENDING = /\p{L}\((?:e|s|es|ne|le|x|ère|ice|euse)\)/iu;
// Inclusive-writing dots and slashes for endings: "absent·e", "volant/e", "social.e".
const DOTTED_ENDING = /\p{L}[·./](?:e|es|s)\b/u;

describe('locale wording', () => {
  it('finds the locale files (fr and en at least)', () => {
    expect(files).toEqual(expect.arrayContaining(['fr.json', 'en.json']));
  });

  for (const file of files) {
    it(`${file}: no "(e)" / "(s)" endings nor "·e" forms: each message is worded for the person and the number`, () => {
      const all = messages(locales[`./${file}`].default);
      expect(all.length).toBeGreaterThan(100);
      const bad = all.filter(([, text]) => BRACKETED_ENDING.test(text) || DOTTED_ENDING.test(text.replace(/\{[^}]*\}/g, '')));
      expect(bad).toEqual([]);
    });
  }

  it('fr.json: the typographic apostrophe (’) throughout, never the straight one (\'), so the wall never mixes them', () => {
    const all = messages(locales['./fr.json'].default);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter(([, text]) => text.includes("'"))).toEqual([]);
    // French texts do elide: the scan reads real messages, not an empty set.
    expect(all.filter(([, text]) => text.includes('’')).length).toBeGreaterThan(50);
  });

  // Found from outside: "Permanence de week-end : personne de garde." reads as "the person on call",
  // the opposite of the CRITICAL alert it words. Nobody on call says so without a doubt.
  it('fr.json: nobody on call reads "personne n’est de garde", never "… : personne de garde"', () => {
    const fr = createBoardI18n('fr').global;
    const shift = 'Permanence de week-end';
    expect(fr.t('alerts.cause.NOBODY', { shift })).toBe('Permanence de week-end : personne n’est de garde.');
    expect(fr.t('alerts.cause.ALL_AWAY', { shift, names: 'Anne Evrard' })).toBe('Permanence de week-end : personne n’est de garde (Anne Evrard en absence).');
    expect(fr.t('skip.NOBODY_ON_CALL')).toBe('personne n’est de garde');
    const all = messages(locales['./fr.json'].default);
    expect(all.filter(([, text]) => /(^|: )personne de garde/.test(text))).toEqual([]);
  });

  it('the scan would catch the forms the issue names', () => {
    for (const text of ['AS volant(e)', '{count} tâche(s) suspendue(s)', 'absent(e)', 'seul(e)', 'ouverte(s)', 'task(s)']) expect(BRACKETED_ENDING.test(text)).toBe(true);
    expect(DOTTED_ENDING.test('absent·e')).toBe(true);
    expect(BRACKETED_ENDING.test('Permanence (S3)')).toBe(false);
  });

  it('suspended tasks take the plural form of each language (0 and 1 singular in French)', () => {
    const fr = createBoardI18n('fr').global;
    const en = createBoardI18n('en').global;
    expect(fr.t('planning.suspended', { count: 1 }, 1)).toBe('1 tâche suspendue');
    expect(fr.t('planning.suspended', { count: 4 }, 4)).toBe('4 tâches suspendues');
    expect(fr.t('planning.suspended', { count: 0 }, 0)).toBe('aucune tâche suspendue');
    expect(en.t('planning.suspended', { count: 1 }, 1)).toBe('1 task suspended');
    expect(en.t('planning.suspended', { count: 2 }, 2)).toBe('2 tasks suspended');
  });
});
