/** The public address the e2e server is configured with: deliberately not the address the browser uses. */
export const E2E_PUBLIC_URL = "https://renew.e2e-test.example";
