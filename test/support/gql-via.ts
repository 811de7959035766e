import type { GraphQLResponse } from './test-app';

/*
 * Kept apart from test-app.ts, which loads the whole app: the crash suite talks to the app in a
 * child process and should not compile it into the test process.
 */

/** One GraphQL request over HTTP to the app at baseUrl, as a person (a token) or anonymously. */
export async function gqlVia<T = Record<string, any>>(
  baseUrl: string,
  token: string | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}
