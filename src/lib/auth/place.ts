// A record's place (district + streets) as the guards want it, selected with the record in the
// same query: spread the `*_PLACE_SELECT` into the record's `select` and pass the row to the
// matching `*Place` function. The loader is for when nothing else of the record is needed.
import type { Db, Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Place } from "./guards";

export const NEIGHBORHOOD_PLACE_SELECT = { districtId: true, streetId: true } as const;

export function neighborhoodPlace(n: { districtId: string; streetId: string | null }): Place {
  return { districtId: n.districtId, streetIds: [n.streetId] };
}

/** A project's streets are those of all its neighbourhoods. */
export const PROJECT_PLACE_SELECT = {
  districtId: true,
  neighborhoods: { select: { neighborhood: { select: { streetId: true } } } },
} as const;

export type ProjectPlaceRow = { districtId: string; neighborhoods: { neighborhood: { streetId: string | null } }[] };

export function projectPlace(p: ProjectPlaceRow): Place {
  return { districtId: p.districtId, streetIds: p.neighborhoods.map((n) => n.neighborhood.streetId) };
}

type Client = Db | Tx;

/** A missing record is "not found", whoever asks. */
export async function placeOfNeighborhood(client: Client, neighborhoodId: string): Promise<Place> {
  const row = await client.neighborhood.findUnique({
    where: { id: neighborhoodId },
    select: NEIGHBORHOOD_PLACE_SELECT,
  });
  if (!row) throw new NotFoundError("errors.things.neighbourhood");
  return neighborhoodPlace(row);
}
