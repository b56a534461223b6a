import { handleAccountImport } from "@/modules/accounts/import-upload";

export async function POST(request: Request) {
  return handleAccountImport(request);
}
