"use server";
// The funding forms' entry points: a refusal renders the form again with what was typed and each
// error at its field; they work with JavaScript off.
import { formEntry } from "@/lib/form-state";
import {
  createFundingRecord,
  deleteFundingRecord,
  markLiftSharePaid,
  saveLiftCoefficients,
  seedDefaultLiftCoefficients,
  splitLift,
  updateFundingRecord,
} from "./actions";

export const createFundingRecordForm = formEntry(createFundingRecord);
export const updateFundingRecordForm = formEntry(updateFundingRecord);
export const deleteFundingRecordForm = formEntry(deleteFundingRecord);
export const saveLiftCoefficientsForm = formEntry(saveLiftCoefficients);
export const seedDefaultLiftCoefficientsForm = formEntry(seedDefaultLiftCoefficients);
export const splitLiftForm = formEntry(splitLift);
export const markLiftSharePaidForm = formEntry(markLiftSharePaid);
