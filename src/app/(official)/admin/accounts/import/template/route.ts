import { accountTemplateResponse } from "@/modules/accounts/import-upload";

export async function GET() {
  return accountTemplateResponse();
}
