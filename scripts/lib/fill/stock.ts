// The housing stock of one generated neighbourhood, derived only from (seed, index): the writer
// walks the neighbourhoods once per table and gets the same buildings, units and dwellings each
// time, so no table has to be held in memory and every foreign key exists before it is used.
import { prng } from "../../../prisma/seed/prng";

export type GenDwelling = { id: string; room: string; floor: number; area: string; ownerRef: string };
type GenUnit = { id: string; name: string; floors: number; hasLift: boolean; dwellings: GenDwelling[] };
export type GenBuilding = { id: string; name: string; floors: number; units: GenUnit[] };

export function neighborhoodId(index: number): string {
  return `gn${index.toString(36)}`;
}

/** A sub-generator for one thing, independent of how many numbers other things drew. */
export function rngFor(seed: number, kind: number, index: number) {
  return prng((Math.imul(seed, 0x9e3779b1) ^ Math.imul(kind + 1, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0);
}

export function stockOf(seed: number, index: number, maxBuildings: number, singleBuilding: boolean): GenBuilding[] {
  const r = rngFor(seed, 1, index);
  const n = neighborhoodId(index);
  const buildingCount = singleBuilding ? 1 : r.int(1, maxBuildings);
  const buildings: GenBuilding[] = [];
  let owners = 0;
  const recentOwners: string[] = [];
  for (let b = 0; b < buildingCount; b++) {
    const kind = r.next();
    // Old stock: mostly 5–7-storey walk-ups, some mid-rise, a few high-rise towers.
    const floors = kind < 0.7 ? r.int(5, 7) : kind < 0.9 ? r.int(8, 11) : r.int(18, 33);
    const unitCount = r.int(1, 4);
    const perFloor = r.int(2, 3);
    const building: GenBuilding = { id: `${n}b${b.toString(36)}`, name: `${b + 1}栋`, floors, units: [] };
    for (let u = 0; u < unitCount; u++) {
      const unit: GenUnit = {
        id: `${building.id}u${u}`,
        name: `${u + 1}单元`,
        floors,
        hasLift: floors >= 12,
        dwellings: [],
      };
      for (let f = 1; f <= floors; f++) {
        for (let k = 1; k <= perFloor; k++) {
          // About 8% of dwellings belong to an owner of another dwelling of the neighbourhood.
          let ownerRef: string;
          if (recentOwners.length > 0 && r.next() < 0.08) ownerRef = r.pick(recentOwners);
          else {
            ownerRef = `go${n}.${(owners++).toString(36)}`;
            recentOwners.push(ownerRef);
            if (recentOwners.length > 40) recentOwners.shift();
          }
          const area = r.int(3800, 12800);
          unit.dwellings.push({
            id: `${unit.id}d${f}x${k}`,
            room: `${f}${String(k).padStart(2, "0")}`,
            floor: f,
            area: `${Math.floor(area / 100)}.${String(area % 100).padStart(2, "0")}`,
            ownerRef,
          });
        }
      }
      building.units.push(unit);
    }
    buildings.push(building);
  }
  return buildings;
}

export function dwellingsOf(buildings: GenBuilding[]): GenDwelling[] {
  return buildings.flatMap((b) => b.units.flatMap((u) => u.dwellings));
}
