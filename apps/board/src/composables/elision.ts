// French elides "de" before a vowel sound: "l’absence d’Aminata Da Silva", "à la place d’Hélène",
// but "l’absence de Samira Henrard". The board's French messages take the name already joined to its
// "de" ({deName}), since the message cannot know how the name starts; English ignores it.

/** Whether a name starts with a vowel sound as French hears it, for elision. */
export function startsWithVowelSound(name: string): boolean {
  // Accents off ("Émile", "Ève", "Île"), so that only the letter counts.
  const word = name.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (/^[aeiouœæ]/.test(word)) return true;
  // A first name's h is mute in French use ("d’Hélène", "d’Hugo", "d’Hamid").
  if (word.startsWith('h')) return true;
  // A y before a consonant is a vowel ("d’Yves", "d’Yvonne"), before a vowel it is not ("de Youssef").
  return /^y[^aeiouy]/.test(word);
}

/** "de" joined to a name as French writes it: "d’Aminata", "de Samira". */
export function de(name: string): string {
  const trimmed = name.trim();
  return startsWithVowelSound(trimmed) ? `d’${trimmed}` : `de ${trimmed}`;
}
