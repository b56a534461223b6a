"use server";

import { defineAction, formAction } from "@/lib/action";
import { assertCanManageDistrict } from "@/lib/auth/guards";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { UpdateNeighborhoodNotesInput } from "./schema";

export const updateNeighborhoodNotes = defineAction({
  name: "neighborhood.updateNotes",
  input: UpdateNeighborhoodNotesInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const current = await tx.neighborhood.findUnique({
      where: { id: input.id },
      select: { id: true, districtId: true, notes: true, version: true },
    });
    if (!current) throw new NotFoundError({ zh: "小区", en: "neighbourhood" });
    assertCanManageDistrict(actor, current.districtId);
    return current;
  },
  run: async ({ input, tx, scope: before, audit }) => {
    // Only the version the user saw may be replaced; otherwise a colleague's edit would be lost.
    const { count } = await tx.neighborhood.updateMany({
      where: { id: input.id, version: input.version },
      data: { notes: input.notes, version: { increment: 1 } },
    });
    if (count === 0) {
      throw new ConflictError({
        zh: "该小区信息已被他人修改,请刷新页面后再保存(您填写的内容仍保留在表单中)。",
        en: "Someone else changed this neighbourhood first. Reload the page and save again (your text is kept in the form).",
      });
    }
    const after = { notes: input.notes, version: before.version + 1 };
    await audit({
      action: "neighborhood.updateNotes",
      entityType: "Neighborhood",
      entityId: input.id,
      districtId: before.districtId,
      before: { notes: before.notes, version: before.version },
      after,
    });
    return after;
  },
  revalidate: (input) => [`/district/neighborhoods/${input.id}`],
});

export const updateNeighborhoodNotesForm = formAction(updateNeighborhoodNotes);
