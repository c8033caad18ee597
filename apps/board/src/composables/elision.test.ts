// "de" before a name, as the board's French sentences need it (found from outside: "l’absence de Aminata").
import { describe, expect, it } from 'vitest';
import { createBoardI18n } from '../i18n';
import { de } from './elision';

describe('de(name): French elision before a vowel sound', () => {
  it('elides before a vowel', () => {
    expect(de('Aminata Da Silva')).toBe('d’Aminata Da Silva');
    expect(de('Olivier Renard')).toBe('d’Olivier Renard');
    expect(de('Ursula Maes')).toBe('d’Ursula Maes');
  });

  it('elides before an accented vowel or a ligature, whatever the case', () => {
    expect(de('Émile Dupont')).toBe('d’Émile Dupont');
    expect(de('Ève Lambert')).toBe('d’Ève Lambert');
    expect(de('Œ Test')).toBe('d’Œ Test');
    expect(de('isabelle')).toBe('d’isabelle');
  });

  it('elides before a mute h', () => {
    expect(de('Hélène Martin')).toBe('d’Hélène Martin');
    expect(de('Hugo Peeters')).toBe('d’Hugo Peeters');
  });

  it('keeps "de " before a consonant, and before a y that sounds as one', () => {
    expect(de('Samira Henrard')).toBe('de Samira Henrard');
    expect(de('Claire Vandenbroucke')).toBe('de Claire Vandenbroucke');
    expect(de('Youssef El Amrani')).toBe('de Youssef El Amrani');
    expect(de('Yves Dubois')).toBe('d’Yves Dubois');
  });

  it('the French messages that name someone after "de" read elided, the English ones unchanged', () => {
    const fr = createBoardI18n('fr').global;
    const en = createBoardI18n('en').global;
    const aminata = { name: 'Aminata Da Silva', deName: de('Aminata Da Silva') };
    expect(fr.t('wall.group.SCHEDULED_WHILE_ABSENT', { count: 3, ...aminata }, 3)).toBe('3 visites prévues pendant l’absence d’Aminata Da Silva');
    expect(fr.t('skip.AWAY', aminata)).toBe('absence d’Aminata Da Silva');
    expect(fr.t('onCall.inPlaceOf', aminata)).toBe('à la place d’Aminata Da Silva');
    expect(fr.t('skip.AWAY', { name: 'Samira Henrard', deName: de('Samira Henrard') })).toBe('absence de Samira Henrard');
    expect(en.t('skip.AWAY', aminata)).not.toContain('d’');
    expect(en.t('skip.AWAY', aminata)).toContain('Aminata Da Silva');
  });
});
