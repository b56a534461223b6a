// What a page needs of a Next.js request when a test calls it directly: page tests mock
// `next/headers` and `next-intl/server` with these (`vi.mock(path, () => import(…))`).

/** No language cookie and no headers: the page renders in Chinese, the default. */
export const nextHeaders = {
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers(),
};

// next-intl's request config exists only in a Next.js request; the key stands in for the words
// (what page tests check is the data and the refusals, not the wording).
const t = Object.assign((key: string) => key, {
  rich: (key: string) => key,
  markup: (key: string) => key,
  raw: (key: string) => key,
  has: () => true,
});

export const nextIntlServer = {
  getTranslations: async () => t,
  getLocale: async () => "zh",
  getMessages: async () => ({}),
  setRequestLocale: () => {},
};
