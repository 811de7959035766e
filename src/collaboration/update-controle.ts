import * as Y from 'yjs';
import { heeftStuurteken, heeftStuurtekenDiep } from '../common/stuurtekens';

/** What an incoming Yjs update would change, found without applying it. */
export interface UpdateInhoud {
  /** Names of the root types (fragments) it inserts into or deletes from. */
  fragmenten: Set<string>;
  /** Text, attribute names or values, or node names holding a control character. */
  stuurteken: boolean;
  /**
   * It builds on content the document does not have (or on itself in a circle): Yjs would keep
   * it aside as pending, where nobody can tell which fragment it will land in.
   */
  onvolledig: boolean;
  /** It embeds a subdocument, which the layout has no place for. */
  subdocument: boolean;
  /**
   * An item's left origin does not stand left of its right origin in one list (a bit flip can do
   * that): Yjs would place it differently depending on the order it meets other updates in, so
   * the document held in memory and one rebuilt from the stored updates would differ.
   */
  strijdig: boolean;
}

/** How far to walk from a left origin looking for the right one; beyond it, the update is refused. */
const MAX_AFSTAND = 20_000;

type Struct = Y.Item | Y.GC | Y.Skip;

/**
 * Decodes the update and finds, for every item in it, the root type it goes into (through its
 * parent, or its left or right neighbour when the encoding leaves the parent out), looked up in
 * the update itself or in the document; and for every deletion the root of the deleted content.
 * Throws on malformed bytes, before anything is touched.
 */
export function leesUpdate(doc: Y.Doc, update: Uint8Array): UpdateInhoud {
  const { structs, ds } = Y.decodeUpdate(update);
  const uitkomst: UpdateInhoud = {
    fragmenten: new Set(),
    stuurteken: false,
    onvolledig: false,
    subdocument: false,
    strijdig: false,
  };
  const perClient = new Map<number, Struct[]>();
  for (const struct of structs as Struct[]) {
    const lijst = perClient.get(struct.id.client) ?? [];
    lijst.push(struct);
    perClient.set(struct.id.client, lijst);
  }
  // An update lists each client's structs in clock order: found by bisection, as a large paste
  // holds thousands of them.
  const inUpdate = (id: Y.ID): Struct | undefined => {
    const lijst = perClient.get(id.client);
    if (!lijst) return undefined;
    let [laag, hoog] = [0, lijst.length - 1];
    while (laag <= hoog) {
      const midden = (laag + hoog) >> 1;
      const struct = lijst[midden]!;
      if (id.clock < struct.id.clock) hoog = midden - 1;
      else if (id.clock >= struct.id.clock + struct.length) laag = midden + 1;
      else return struct;
    }
    return undefined;
  };

  const wortels = new Map<Y.Item, string | null>();
  const bezig = new Set<Y.Item>();
  /** The root the (not yet integrated) item goes into; null when it cannot be known. */
  const wortelVanNieuw = (item: Y.Item): string | null => {
    if (wortels.has(item)) return wortels.get(item) ?? null;
    if (bezig.has(item)) return null; // a circle of references: never integrable
    bezig.add(item);
    const parent = item.parent as unknown;
    const wortel =
      typeof parent === 'string'
        ? parent
        : parent instanceof Y.ID
          ? wortelVan(parent)
          : item.origin
            ? wortelVan(item.origin)
            : item.rightOrigin
              ? wortelVan(item.rightOrigin)
              : null;
    bezig.delete(item);
    wortels.set(item, wortel);
    return wortel;
  };
  /** The root of the type holding the struct with this id (a GC'd struct: '' , it is inert). */
  const wortelVan = (id: Y.ID): string | null => {
    const nieuw = inUpdate(id);
    if (nieuw) return nieuw instanceof Y.Item ? wortelVanNieuw(nieuw) : '';
    if (id.clock >= Y.getState(doc.store, id.client)) return null;
    const struct = Y.getItem(doc.store, id) as Y.Item | Y.GC;
    return struct instanceof Y.Item ? wortelVanBestaand(struct) : '';
  };

  for (const struct of structs as Struct[]) {
    if (!(struct instanceof Y.Item)) continue;
    const wortel = wortelVanNieuw(struct);
    if (wortel === null) uitkomst.onvolledig = true;
    else if (wortel !== '') uitkomst.fragmenten.add(wortel);
    if (struct.parentSub !== null && heeftStuurteken(struct.parentSub)) uitkomst.stuurteken = true;
    if (typeof struct.parent === 'string' && heeftStuurteken(struct.parent))
      uitkomst.stuurteken = true;
    if (!naastElkaarMogelijk(doc, struct, inUpdate)) uitkomst.strijdig = true;
    const content: unknown = struct.content;
    if (content instanceof Y.ContentDoc) uitkomst.subdocument = true;
    if (inhoudHeeftStuurteken(content)) uitkomst.stuurteken = true;
  }

  ds.clients.forEach((bereiken, client) => {
    const bestaand = doc.store.clients.get(client);
    if (!bestaand) return;
    const tot = Y.getState(doc.store, client);
    for (const { clock, len } of bereiken) {
      if (clock >= tot) continue; // deleting what nobody has is inert; its own items are checked above
      for (let i = Y.findIndexSS(bestaand, clock); i < bestaand.length; i++) {
        const struct = bestaand[i]!;
        if (struct.id.clock >= clock + len) break;
        if (struct instanceof Y.Item && !struct.deleted) {
          const wortel = wortelVanBestaand(struct);
          if (wortel !== '') uitkomst.fragmenten.add(wortel);
        }
      }
    }
  });
  return uitkomst;
}

/**
 * Whether an item's origins, where both are already in the document, can stand around it: the
 * right origin is found walking right from the left origin, in the same list. References into
 * the update itself are checked when Yjs integrates it, from the first new item on.
 */
function naastElkaarMogelijk(
  doc: Y.Doc,
  item: Y.Item,
  inUpdate: (id: Y.ID) => Struct | undefined,
): boolean {
  const { origin, rightOrigin } = item;
  if (!origin || !rightOrigin) return true;
  if (inUpdate(origin) || inUpdate(rightOrigin)) return true;
  const bestaat = (id: Y.ID) => id.clock < Y.getState(doc.store, id.client);
  // Content the document lacks makes the update incomplete, found above.
  if (!bestaat(origin) || !bestaat(rightOrigin)) return true;
  const links = Y.getItem(doc.store, origin) as Y.Item | Y.GC;
  const rechts = Y.getItem(doc.store, rightOrigin) as Y.Item | Y.GC;
  if (!(links instanceof Y.Item) || !(rechts instanceof Y.Item)) return true;
  if (links === rechts) return rightOrigin.clock === origin.clock + 1;
  if (links.parent !== rechts.parent) return false;
  // Within one struct only its last character can be a left origin with something right of it.
  if (origin.clock !== links.id.clock + links.length - 1) return false;
  if (rightOrigin.clock !== rechts.id.clock) return false;
  let stap: Y.Item | null = links.right;
  for (let n = 0; stap && n < MAX_AFSTAND; n++, stap = stap.right) if (stap === rechts) return true;
  return false;
}

/** The root of an item already in the document: up through its parents. */
function wortelVanBestaand(item: Y.Item): string {
  let type = item.parent as Y.AbstractType<unknown> | null;
  while (type?._item) type = type._item.parent as Y.AbstractType<unknown>;
  return type ? Y.findRootTypeKey(type) : '';
}

function inhoudHeeftStuurteken(content: unknown): boolean {
  if (content instanceof Y.ContentString) return heeftStuurteken(content.str);
  if (content instanceof Y.ContentFormat)
    return heeftStuurteken(content.key) || heeftStuurtekenDiep(content.value);
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON)
    return heeftStuurtekenDiep(content.arr);
  if (content instanceof Y.ContentEmbed) return heeftStuurtekenDiep(content.embed);
  if (content instanceof Y.ContentType) {
    const type = content.type as { nodeName?: unknown; hookName?: unknown };
    return [type.nodeName, type.hookName].some((n) => typeof n === 'string' && heeftStuurteken(n));
  }
  return false;
}
