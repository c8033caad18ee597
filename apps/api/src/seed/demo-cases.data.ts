// Word lists of the demo case files: Brussels streets by sector (with approximate coordinates, no
// geocoding), beneficiaries' names, reasons for contact and aid-plan actions by domain.

export interface Commune {
  city: string;
  postalCode: string;
  lat: number;
  lng: number;
  streets: string[];
}

export const COMMUNES: Record<string, Commune[]> = {
  S1: [
    { city: 'Schaerbeek', postalCode: '1030', lat: 50.8676, lng: 4.3775, streets: ['Chaussée de Haecht', 'Rue Royale Sainte-Marie', 'Avenue Louis Bertrand', 'Rue de Brabant', 'Boulevard Lambermont', 'Rue Josaphat', 'Avenue Rogier'] },
    { city: 'Evere', postalCode: '1140', lat: 50.8707, lng: 4.4027, streets: ['Rue de Genève', 'Avenue Henri Conscience', 'Rue Édouard Stuckens', 'Avenue Notre-Dame', 'Rue Jan Blockx'] },
  ],
  S2: [
    { city: 'Molenbeek-Saint-Jean', postalCode: '1080', lat: 50.8548, lng: 4.3249, streets: ['Chaussée de Gand', 'Rue de Ribaucourt', 'Boulevard Léopold II', 'Rue des Quatre-Vents', "Rue de l'Intendant", 'Chaussée de Ninove'] },
    { city: 'Koekelberg', postalCode: '1081', lat: 50.8624, lng: 4.3262, streets: ['Avenue de la Basilique', 'Rue Herkoliers', 'Avenue Seghers', 'Rue Schmitz'] },
  ],
  S3: [
    { city: 'Anderlecht', postalCode: '1070', lat: 50.8365, lng: 4.3078, streets: ['Chaussée de Mons', 'Rue Wayez', 'Boulevard Sylvain Dupuis', 'Avenue Clemenceau', 'Rue Van Lint'] },
    { city: 'Anderlecht (Cureghem)', postalCode: '1070', lat: 50.8431, lng: 4.3266, streets: ['Rue de Fiennes', 'Rue Brogniez', 'Rue Eloy', 'Rue Clemenceau', 'Place Lemmens'] },
  ],
  S4: [
    { city: 'Ixelles', postalCode: '1050', lat: 50.8275, lng: 4.3719, streets: ["Chaussée d'Ixelles", 'Rue du Bailli', 'Avenue de la Couronne', 'Rue Malibran', 'Rue Gray'] },
    { city: 'Etterbeek', postalCode: '1040', lat: 50.8361, lng: 4.3893, streets: ['Rue des Champs', "Avenue d'Auderghem", 'Rue Général Leman', 'Chaussée de Wavre', 'Avenue de la Chasse'] },
  ],
  S5: [
    { city: 'Saint-Gilles', postalCode: '1060', lat: 50.8268, lng: 4.3455, streets: ['Chaussée de Waterloo', 'Rue de la Victoire', 'Avenue Jean Volders', 'Rue de Mérode', 'Rue Théodore Verhaegen'] },
    { city: 'Forest', postalCode: '1190', lat: 50.8108, lng: 4.3186, streets: ['Chaussée de Neerstalle', 'Avenue Van Volxem', 'Rue du Charroi', 'Avenue du Globe', 'Boulevard de la Deuxième Armée Britannique'] },
  ],
  S6: [
    { city: 'Laeken', postalCode: '1020', lat: 50.8796, lng: 4.3497, streets: ['Rue Marie-Christine', 'Avenue de la Reine', 'Rue Léopold Ier', 'Boulevard Émile Bockstael', 'Rue des Palais Outre-Ponts'] },
    { city: 'Neder-Over-Heembeek', postalCode: '1120', lat: 50.8977, lng: 4.3889, streets: ['Rue de Ransbeek', 'Rue Bruyn', 'Chaussée de Vilvorde', 'Avenue des Pagodes', 'Rue de Heembeek'] },
  ],
  S7: [
    { city: 'Woluwe-Saint-Lambert', postalCode: '1200', lat: 50.8463, lng: 4.4283, streets: ['Boulevard Brand Whitlock', 'Avenue Georges Henri', 'Rue Voot', 'Avenue de Broqueville', 'Chaussée de Roodebeek'] },
    { city: 'Auderghem', postalCode: '1160', lat: 50.8157, lng: 4.4331, streets: ['Boulevard du Souverain', 'Avenue du Kouter', 'Rue Émile Idiers', 'Avenue Chaudron', 'Chaussée de Wavre'] },
  ],
};

// First names unlike the staff's (demo.ts), so no beneficiary shares a full name with someone on the board.
export const ELDER_FIRST_NAMES = {
  F: ['Jeanne', 'Germaine', 'Simone', 'Yvonne', 'Lucienne', 'Jacqueline', 'Paulette', 'Gilberte', 'Marguerite', 'Godelieve', 'Rita', 'Josée', 'Denise', 'Madeleine', 'Georgette', 'Fatma', 'Zohra', 'Rosa', 'Irène', 'Monique'],
  M: ['Marcel', 'Georges', 'Roger', 'Albert', 'André', 'Fernand', 'René', 'Jozef', 'Frans', 'Gaston', 'Hassan', 'Mustafa', 'Lucien', 'Raymond', 'Émile', 'Willy', 'Giuseppe', 'Jean-Pierre', 'Omer', 'Hubert'],
};
export const ADULT_FIRST_NAMES = {
  F: ['Amandine', 'Jessica', 'Hajar', 'Salma', 'Océane', 'Mélanie', 'Nathalie', 'Severine', 'Imane', 'Kimberley', 'Tine', 'Sanne', 'Bintou', 'Esra', 'Magdalena'],
  M: ['Rachid', 'Bilal', 'Jordan', 'Steve', 'Frédéric', 'Dieter', 'Wim', 'Ibrahim', 'Abdel', 'Mamadou', 'Cédric', 'Grégory', 'Tomasz', 'Emre', 'Christophe'],
};
export const BENEFICIARY_LAST_NAMES = [
  'Vandevelde', 'Desmedt', 'Delvaux', 'Gilson', 'Collignon', 'Pirard', 'Lefèbvre', 'Piron', 'Denis', 'Delhaye', 'Thiry',
  'Charlier', 'Hubert', 'Renson', 'Lemmens', 'Verbeke', 'Van den Bossche', 'Vandamme', 'De Wolf', 'Segers', 'Wuyts',
  'Verstraeten', 'Bogaert', 'Cools', 'Mahieu', 'Dewulf', 'El Khattabi', 'Benhaddou', 'Azzouzi', 'Ouazzani', 'Chakir',
  'Öztürk', 'Demir', 'Çelik', 'Wiśniewski', 'Lewandowski', 'Dumitru', 'Stoica', 'Lukusa', 'Ilunga', 'Camara', 'Sow',
  'Ferreira', 'Lopes', 'Russo', 'Bianchi', 'Fontaine', 'Dethier', 'Gérardy', 'Lecomte', 'Noël', 'Bodart', 'Claessens',
  'Goethals', 'Vermeersch', 'De Clercq', 'Baert', 'Smets', 'Van Hoof', 'Meunier',
];

export const REASONS = [
  'Lives alone after a fall, struggles with daily care',
  'Husband in a care home, needs help at home',
  'Early dementia, family overwhelmed',
  'Back home after a hospital stay, needs personal care',
  'Single parent with three children, parent in burn-out',
  'Disability after a stroke, cannot do the shopping',
  'Unpaid rent and energy bills, risk of eviction',
  'Isolated, home in poor condition',
  'Family in crisis after a separation',
  'Chronic illness, needs help with household tasks',
  'Informal caregiver exhausted, asks for respite',
  'Newly arrived family, no access to rights yet',
];

export const URGENT_REASONS = [
  'Found alone without heating, urgent help needed today',
  'Caregiver hospitalised this morning, person alone at home',
  'Eviction notice executed tomorrow, nowhere to go',
  'Fell at home, refuses hospital, nobody to help tonight',
];

export const REDIRECTED_TO = ['CPAS de la commune', 'Service de santé mentale', 'Maison de repos et de soins', 'Service d’aide aux justiciables'];

export interface ActionTemplate {
  domain: string;
  objective: string;
  kind: 'INTERVENTION' | 'RECOMMENDATION';
  description: string;
  criterion: string;
}

export const ACTIONS: ActionTemplate[] = [
  { domain: 'HEALTH', objective: 'Stay safe at home', kind: 'INTERVENTION', description: 'Refer to the falls prevention clinic', criterion: 'Appointment held' },
  { domain: 'HEALTH', objective: 'Take the treatment regularly', kind: 'RECOMMENDATION', description: 'Ask the pharmacist for a weekly pill box', criterion: 'Pill box in use' },
  { domain: 'HOUSING', objective: 'Adapt the home', kind: 'INTERVENTION', description: 'Contact the housing adaptation service for grab bars', criterion: 'Grab bars installed' },
  { domain: 'HOUSING', objective: 'Keep the home warm', kind: 'RECOMMENDATION', description: 'Call the energy supplier about the social tariff', criterion: 'Social tariff applied' },
  { domain: 'FINANCES', objective: 'Pay the rent on time', kind: 'RECOMMENDATION', description: 'Bring the last three bank statements', criterion: 'Budget drawn up' },
  { domain: 'FINANCES', objective: 'Reduce debts', kind: 'INTERVENTION', description: 'Refer to the debt mediation service', criterion: 'Repayment plan agreed' },
  { domain: 'FAMILY', objective: 'Relieve the informal caregiver', kind: 'INTERVENTION', description: 'Consult the respite care partners', criterion: 'Respite days planned' },
  { domain: 'FAMILY', objective: 'Keep the children at school', kind: 'RECOMMENDATION', description: 'Meet the school’s social worker', criterion: 'Attendance followed' },
  { domain: 'OLD_AGE_AUTONOMY', objective: 'Eat well every day', kind: 'INTERVENTION', description: 'Arrange meals on wheels', criterion: 'Meals delivered' },
  { domain: 'OLD_AGE_AUTONOMY', objective: 'Keep moving', kind: 'RECOMMENDATION', description: 'Go to the neighbourhood seniors’ activity once a week', criterion: 'Weekly attendance' },
  { domain: 'DISABILITY', objective: 'Obtain the disability allowance', kind: 'INTERVENTION', description: 'Write the social report for the allowance request', criterion: 'Request filed' },
  { domain: 'ACCESS_TO_RIGHTS', objective: 'Open rights to health insurance', kind: 'RECOMMENDATION', description: 'Gather the documents for the mutual insurance fund', criterion: 'Membership active' },
  { domain: 'ACCESS_TO_RIGHTS', objective: 'Increased reimbursement', kind: 'INTERVENTION', description: 'Letter to the mutual insurance fund for the BIM status', criterion: 'BIM status granted' },
  { domain: 'EMPLOYMENT', objective: 'Find a training', kind: 'RECOMMENDATION', description: 'Register with Actiris', criterion: 'Registration done' },
];

export const VISIT_REPORTS = [
  'Managing well; the helper’s hours are enough for now.',
  'Tired and more isolated; proposed a meeting with the family.',
  'The home is tidy, the treatment taken; no change to the plan.',
  'Mobility has decreased; more family-helper hours proposed.',
  'Income proofs handed over; financial participation to be recomputed.',
];
