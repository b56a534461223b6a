// The generator's sizes. Dwellings per neighbourhood follow from buildings × units × floors ×
// dwellings per floor (see stock.ts); the figures in the comments are what a run produced.
export type Scale = {
  name: string;
  neighborhoods: number;
  /** Buildings per neighbourhood, uniform between 1 and this. */
  maxBuildings: number;
  projects: number;
  streetsPerDistrict: [number, number];
  communitiesPerStreet: [number, number];
  /** Items put to the residents' vote per project (besides lift items per unit): drives the vote count. */
  votedItems: [number, number];
};

export const SCALES: Record<string, Scale> = {
  // a few thousand dwellings, seconds: for tests
  small: {
    name: "small",
    neighborhoods: 60,
    maxBuildings: 2,
    projects: 24,
    streetsPerDistrict: [1, 2],
    communitiesPerStreet: [1, 2],
    votedItems: [2, 4],
  },
  // Chongqing's programme: ~10,000 neighbourhoods, ~2.3 M dwellings, ~3,000 projects. The one
  // measured run (docs/performance.md) had votedItems [2, 4]: 2.8 M votes; [5, 7] aims at ~5 M.
  chongqing: {
    name: "chongqing",
    neighborhoods: 9985,
    maxBuildings: 8,
    projects: 3039,
    streetsPerDistrict: [8, 20],
    communitiesPerStreet: [2, 5],
    votedItems: [5, 7],
  },
  // a fifth of a national deployment: ~56,000 neighbourhoods, ~9.6 M dwellings
  "national-fifth": {
    name: "national-fifth",
    neighborhoods: 56000,
    maxBuildings: 6,
    projects: 17000,
    streetsPerDistrict: [30, 60],
    communitiesPerStreet: [3, 6],
    votedItems: [5, 7],
  },
};
