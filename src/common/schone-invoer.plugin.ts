import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { STUURTEKEN } from './stuurtekens';
import { LOSSE_SURROGAAT, validationError, type VeldFout } from './validation';

/**
 * Half a surrogate pair is no character either: a text column would silently hold U+FFFD
 * instead, and jsonb (an audit entry) refuses it.
 */
const ONGELDIG = new RegExp(`${STUURTEKEN.source}|${LOSSE_SURROGAAT.source}`);

/** Reported faults per request; a hostile request need not be answered in full. */
const MAX_FOUTEN = 20;

function melding(tekst: string): string {
  const teken = ONGELDIG.exec(tekst)![0].charCodeAt(0);
  const code = `U+${teken.toString(16).toUpperCase().padStart(4, '0')}`;
  if (teken >= 0xd800) return `bevat een half teken (${code}) zonder zijn andere helft`;
  return `bevat een stuurteken (${code}); alleen tab en regeleinde zijn toegestaan`;
}

/** A field path for the message, without the control characters a key may itself hold. */
const leesbaar = (sleutel: string) => sleutel.replace(new RegExp(STUURTEKEN, 'g'), '?');

/** Every string in a variable's value, keys of JSON objects included. */
function zoekInWaarde(waarde: unknown, pad: string, fouten: VeldFout[]): void {
  if (fouten.length >= MAX_FOUTEN) return;
  if (typeof waarde === 'string') {
    if (ONGELDIG.test(waarde)) fouten.push({ veld: pad, melding: melding(waarde) });
  } else if (Array.isArray(waarde)) {
    waarde.forEach((w, i) => zoekInWaarde(w, `${pad}.${i}`, fouten));
  } else if (waarde && typeof waarde === 'object') {
    for (const [sleutel, w] of Object.entries(waarde)) {
      const veld = `${pad}.${leesbaar(sleutel)}`;
      if (ONGELDIG.test(sleutel))
        fouten.push({ veld, melding: `heeft een naam met een stuurteken` });
      zoekInWaarde(w, veld, fouten);
    }
  }
}

/** Every string written in the query itself, and the variables it refers to. */
function zoekInLiteral(
  node: ValueNode,
  pad: string,
  variabelen: Record<string, unknown>,
  standaard: ReadonlyMap<string, ValueNode>,
  fouten: VeldFout[],
): void {
  switch (node.kind) {
    case Kind.STRING:
      if (ONGELDIG.test(node.value)) fouten.push({ veld: pad, melding: melding(node.value) });
      return;
    case Kind.LIST:
      node.values.forEach((v, i) => zoekInLiteral(v, `${pad}.${i}`, variabelen, standaard, fouten));
      return;
    case Kind.OBJECT:
      for (const veld of node.fields)
        zoekInLiteral(veld.value, `${pad}.${veld.name.value}`, variabelen, standaard, fouten);
      return;
    case Kind.VARIABLE: {
      const naam = node.name.value;
      if (naam in variabelen) zoekInWaarde(variabelen[naam], pad, fouten);
      else {
        const waarde = standaard.get(naam);
        if (waarde) zoekInLiteral(waarde, pad, variabelen, standaard, fouten);
      }
      return;
    }
    default:
      return;
  }
}

/** The control characters in a request's arguments, each with its field path ("input.tekst"). */
export function stuurtekensIn(
  document: DocumentNode,
  variabelen: Record<string, unknown> = {},
): VeldFout[] {
  const fouten: VeldFout[] = [];
  const standaard = new Map<string, ValueNode>();
  visit(document, {
    VariableDefinition(node) {
      if (node.defaultValue) standaard.set(node.variable.name.value, node.defaultValue);
      return false;
    },
  });
  visit(document, {
    Argument(node) {
      zoekInLiteral(node.value, node.name.value, variabelen, standaard, fouten);
      return false;
    },
  });
  return fouten;
}

/**
 * Refuses, before anything runs, every request whose input holds a control character, wherever
 * it is: a field of any input type, a list item, a plain String argument, a string inside a JSON
 * value. One check here rather than a rule on each field, so a new field cannot forget it.
 */
export function schoneInvoerPlugin(): ApolloServerPlugin {
  return {
    requestDidStart(): Promise<GraphQLRequestListener<object>> {
      return Promise.resolve({
        didResolveOperation({ request, document }) {
          const fouten = stuurtekensIn(document, request.variables ?? {});
          if (fouten.length === 0) return Promise.resolve();
          const error = validationError(fouten);
          // Refused before execution: the client's fault, not the server's (Apollo's default 500).
          error.extensions.http = { status: 400 };
          throw error;
        },
      });
    },
  };
}
