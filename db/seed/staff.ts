import type { StaffRole } from '../../lib/workflow-states';
import type { DemoCritic } from './types';

/** Demo sign-ins, printed by `npm start`. Only seeded when BOBINE_DEMO is on. */
export const demoStaff: {
  email: string;
  password: string;
  name: string;
  role: StaffRole;
  critic?: { slug: DemoCritic; penName: string; bio: string };
}[] = [
  { email: 'admin@bobine.test', password: 'bobine-admin', name: 'Ada Admin', role: 'admin' },
  { email: 'editor@bobine.test', password: 'bobine-editor', name: 'Eddie Editor', role: 'editor' },
  {
    email: 'mulder@bobine.test',
    password: 'bobine-mulder',
    name: 'Fox Mulder',
    role: 'reviewer',
    critic: {
      slug: 'mulder',
      penName: 'Mulder',
      bio: 'Genre devotee and midnight-screening regular. Believes a great action scene is choreography first and spectacle second.',
    },
  },
  {
    email: 'sabine@bobine.test',
    password: 'bobine-sabine',
    name: 'Sabine Roux',
    role: 'reviewer',
    critic: {
      slug: 'sabine',
      penName: 'Sabine',
      bio: 'Follows films from the first press release to the last reshoot. Writes about how movies get made, and what that leaves on screen.',
    },
  },
  {
    email: 'margaux@bobine.test',
    password: 'bobine-margaux',
    name: 'Margaux Lenoir',
    role: 'reviewer',
    critic: {
      slug: 'margaux',
      penName: 'Margaux',
      bio: 'Arthouse at heart, reads the credits to the end. Looks for the line of dialogue a film will be remembered by.',
    },
  },
];
