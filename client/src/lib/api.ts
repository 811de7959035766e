import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { geldigToken, leesSessie, opSessie } from './sessie';

function wsUrl(pad: string): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}${pad}`;
}

export const collabUrl = (): string => wsUrl('/collab');

let ws: WsClient | null = null;
function live(): WsClient {
  ws ??= createWsClient({
    url: wsUrl('/graphql'),
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    connectionParams: async () => ({ token: (await geldigToken()) ?? '' }),
  });
  return ws;
}
// Logging out ends the live connection; the next person starts a new one with their token. A
// renewed token does not: the server checks the session behind the connection on every event.
opSessie((sessie) => {
  if (sessie) return;
  void ws?.dispose();
  ws = null;
});

/** GraphQL over HTTP (queries, mutations) and graphql-ws (live events), both with the token. */
export function maakClient(): Client {
  return new Client({
    url: '/graphql',
    requestPolicy: 'cache-and-network',
    // Apollo refuses GET without a preflight header (CSRF protection): always POST.
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: live().subscribe(
              { query: request.query ?? '', variables: request.variables },
              sink,
            ),
          }),
        }),
      }),
      fetchExchange,
    ],
    fetch: async (input, init) => {
      const token = leesSessie() ? await geldigToken() : null;
      const headers = new Headers(init?.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
  });
}
