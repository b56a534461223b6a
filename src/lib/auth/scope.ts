import "server-only";
// Which district owns a record, looked up by id. A missing record is "not found", whoever asks.
import type { Db, Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

type Client = Db | Tx;

export async function districtOfNeighborhood(client: Client, neighborhoodId: string): Promise<string> {
  const row = await client.neighborhood.findUnique({ where: { id: neighborhoodId }, select: { districtId: true } });
  if (!row) throw new NotFoundError({ zh: "小区", en: "neighbourhood" });
  return row.districtId;
}

export async function districtOfProject(client: Client, projectId: string): Promise<string> {
  const row = await client.project.findUnique({ where: { id: projectId }, select: { districtId: true } });
  if (!row) throw new NotFoundError({ zh: "项目", en: "project" });
  return row.districtId;
}

export async function districtOfDwelling(client: Client, dwellingId: string): Promise<string> {
  const row = await client.dwelling.findUnique({
    where: { id: dwellingId },
    select: { neighborhood: { select: { districtId: true } } },
  });
  if (!row) throw new NotFoundError({ zh: "房屋", en: "dwelling" });
  return row.neighborhood.districtId;
}
