import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Actor } from '../auth/actor';
import { AppError, ErrorCode } from '../common/app-error';
import type { OwnedTable, PermissionsService } from './permissions.service';

/**
 * What a resolver needs before it runs, declared on it with {@link Vereist} and checked by
 * `VereistGuard` against the one `PermissionsService`. Each requirement names the argument paths
 * it reads ("input.onderdeelId"); those arguments are validated first, so invalid input is still
 * refused as invalid before anyone is told they may not. A requirement that learns which
 * overeenkomst the item belongs to returns it, for {@link GecontroleerdeOvereenkomst}.
 */
export interface Eis {
  /**
   * Argument paths read, dotted from the GraphQL argument ("input.id", "overeenkomstId"); on an
   * HTTP route from the request ("params.id", "query.versie").
   */
  readonly paden: readonly string[];
  /**
   * The check may run alongside the resolver instead of before it (see {@link naastDeLezing}).
   */
  readonly naastDeLezing?: boolean;
  controleer(
    permissions: PermissionsService,
    actor: Actor,
    waarde: (pad: string) => unknown,
  ): Promise<string | void> | string | void;
}

export const VEREIST = Symbol('VEREIST');

/** The requirements are checked in the order given; the first that fails decides the error. */
export const Vereist = (...eisen: Eis[]) => SetMetadata(VEREIST, eisen);

/** How the items of each table are called in a NOT_FOUND message. */
const LABEL: Record<OwnedTable, string> = {
  onderdeel: 'Onderdeel',
  afspraak: 'Afspraak',
  deelnemer: 'Deelnemer',
  jaarschijf: 'Jaarschijf',
  indicator: 'Indicator',
  wijzigingsvoorstel: 'Wijzigingsvoorstel',
  versie: 'Versie',
  opmerking: 'Opmerking',
};

function tekst(waarde: unknown): string {
  return typeof waarde === 'string' ? waarde : '';
}

function teksten(waarde: unknown): string[] {
  return Array.isArray(waarde) ? waarde.filter((w): w is string => typeof w === 'string') : [];
}

/**
 * Lets a query's read start while `eis` is still being checked, saving a round trip in series:
 * `VereistInterceptor` holds the resolver's answer until the check has passed, and a failed check
 * decides the error, so nothing read is returned to someone who may not see it. Mutations and
 * subscriptions still check first (they act, or keep streaming). The check finds no overeenkomst
 * for {@link GecontroleerdeOvereenkomst}: the resolver already has the id it reads.
 */
export function naastDeLezing(eis: Eis): Eis {
  return { ...eis, naastDeLezing: true };
}

/** The overeenkomst at `pad` is visible; with `optioneel`, only checked when given. */
export function zichtbaar(pad: string, { optioneel = false } = {}): Eis {
  return {
    paden: [pad],
    async controleer(permissions, actor, waarde) {
      const id = waarde(pad);
      if (optioneel && !id) return;
      await permissions.zichtbaar(actor, tekst(id), 'Overeenkomst', tekst(id));
      return tekst(id);
    },
  };
}

/** The item of `tabel` at `pad` lies in an overeenkomst the actor may see. */
export function zichtbaarVia(tabel: OwnedTable, pad: string): Eis {
  return {
    paden: [pad],
    controleer: (permissions, actor, waarde) =>
      permissions.zichtbaarVia(actor, tabel, tekst(waarde(pad)), LABEL[tabel]),
  };
}

/** The actor holds the regie of the overeenkomst at `pad`; `wat` names the refused action. */
export function regie(pad: string, wat: string): Eis {
  return {
    paden: [pad],
    async controleer(permissions, actor, waarde) {
      const id = tekst(waarde(pad));
      await permissions.regie(actor, id, 'Overeenkomst', id, wat);
      return id;
    },
  };
}

/** The actor holds the regie of the overeenkomst the item of `tabel` at `pad` belongs to. */
export function regieVia(tabel: OwnedTable, pad: string, wat: string): Eis {
  return {
    paden: [pad],
    controleer: (permissions, actor, waarde) =>
      permissions.regieVia(actor, tabel, tekst(waarde(pad)), LABEL[tabel], wat),
  };
}

/** Own themes follow their overeenkomst's regie; the shared defaults are refused by the service. */
export function themaRegie(pad: string, wat: string): Eis {
  return {
    paden: [pad],
    async controleer(permissions, actor, waarde) {
      const id = tekst(waarde(pad));
      const overeenkomstId = await permissions.themaVan(id);
      if (overeenkomstId) await permissions.regie(actor, overeenkomstId, 'Thema', id, wat);
      return overeenkomstId ?? undefined;
    },
  };
}

/** The afspraken of the onderdeel at `pad` may be edited. */
export function onderdeelBewerken(pad: string): Eis {
  return {
    paden: [pad],
    controleer: (permissions, actor, waarde) =>
      permissions.onderdeelBewerken(actor, tekst(waarde(pad))),
  };
}

/**
 * A document may be uploaded to the overeenkomst at `pad` by whoever may edit afspraken in one
 * of its onderdelen: the verwijzingen that point at it are theirs to write.
 */
export function documentUploaden(pad: string): Eis {
  return {
    paden: [pad],
    controleer: (permissions, actor, waarde) =>
      permissions.documentUploaden(actor, tekst(waarde(pad))),
  };
}

/** The afspraak at `pad` may be edited. */
export function afspraakBewerken(pad: string): Eis {
  return {
    paden: [pad],
    controleer: (permissions, actor, waarde) =>
      permissions.afspraakBewerken(actor, tekst(waarde(pad))),
  };
}

/** A new overeenkomst for the gemeenten at `pad`. */
export function nieuweOvereenkomst(pad: string): Eis {
  return {
    paden: [pad],
    controleer: (permissions, actor, waarde) =>
      permissions.nieuweOvereenkomst(actor, teksten(waarde(pad))),
  };
}

/** A new indicator in the overeenkomst at `pad`, measuring the afspraken at `afsprakenPad`. */
export function nieuweIndicator(pad: string, afsprakenPad: string): Eis {
  return {
    paden: [pad, afsprakenPad],
    async controleer(permissions, actor, waarde) {
      const id = tekst(waarde(pad));
      await permissions.indicatoren.indicatorBewerken(
        actor,
        id,
        teksten(waarde(afsprakenPad)),
        'Overeenkomst',
        id,
      );
      return id;
    },
  };
}

/**
 * The existing indicator at `pad` may be edited, and, with `afsprakenPad`, also as it will be
 * when it measures those afspraken.
 */
export function indicatorBewerken(pad: string, afsprakenPad?: string): Eis {
  return {
    paden: afsprakenPad ? [pad, afsprakenPad] : [pad],
    controleer: (permissions, actor, waarde) =>
      permissions.indicatoren.bestaandeIndicatorBewerken(
        actor,
        tekst(waarde(pad)),
        afsprakenPad ? teksten(waarde(afsprakenPad)) : undefined,
      ),
  };
}

/** Linking indicators changes who may edit them: only those who may edit each one link it. */
export function indicatorenKoppelen(pad: string): Eis {
  return {
    paden: [pad],
    async controleer(permissions, actor, waarde) {
      for (const id of teksten(waarde(pad))) {
        await permissions.indicatoren.bestaandeIndicatorBewerken(actor, id);
      }
    },
  };
}

/**
 * The streefwaarde or realisatie at `pad`, judged by `regel` on the indicator it belongs to; a
 * refusal names the item itself.
 */
function viaIndicator(
  tabel: 'streefwaarde' | 'realisatie',
  pad: string,
  regel: (
    permissions: PermissionsService,
    actor: Actor,
    indicatorId: string,
    label: string,
    id: string,
  ) => Promise<string>,
): Eis {
  const label = tabel === 'streefwaarde' ? 'Streefwaarde' : 'Realisatie';
  return {
    paden: [pad],
    async controleer(permissions, actor, waarde) {
      const id = tekst(waarde(pad));
      const indicatorId = await permissions.indicatoren.indicatorVan(tabel, id, label);
      return regel(permissions, actor, indicatorId, label, id);
    },
  };
}

/** The streefwaarde at `pad` may be edited: by those who may edit its indicator. */
export function streefwaardeBewerken(pad: string): Eis {
  return viaIndicator('streefwaarde', pad, (permissions, actor, indicatorId, label, id) =>
    permissions.indicatoren.bestaandeIndicatorBewerken(actor, indicatorId, [], label, id),
  );
}

/** Realisaties of the indicator at `pad` may be entered. */
export function realisatieInvoeren(pad: string): Eis {
  return {
    paden: [pad],
    async controleer(permissions, actor, waarde) {
      const id = tekst(waarde(pad));
      return permissions.indicatoren.realisatieInvoeren(actor, id, 'Indicator', id);
    },
  };
}

/** The realisatie at `pad` may be changed: by those who may enter its indicator's realisaties. */
export function realisatieBewerken(pad: string): Eis {
  return viaIndicator('realisatie', pad, (permissions, actor, indicatorId, label, id) =>
    permissions.indicatoren.realisatieInvoeren(actor, indicatorId, label, id),
  );
}

/** The partij at `pad` exists and is managed by the actor (a beheerder). */
export function partijBeheer(pad: string): Eis {
  return {
    paden: [pad],
    controleer: (permissions, actor, waarde) =>
      permissions.bestaandePartijBeheer(actor, tekst(waarde(pad))),
  };
}

/** The actor may register new organisations. */
export function partijRegistreren(): Eis {
  return { paden: [], controleer: (permissions, actor) => permissions.partijRegistreren(actor) };
}

/**
 * What the guard learned about one call, kept for the resolver or route: per GraphQL field its
 * resolve info, per HTTP route its request.
 */
export interface Gecontroleerd {
  /** The overeenkomst a requirement found. */
  overeenkomstId?: string;
  /** Checks still running alongside the resolver ({@link naastDeLezing}). */
  lopend?: Promise<void>;
}

const gecontroleerd = new WeakMap<object, Gecontroleerd>();

/** The key of one call: its resolve info (GraphQL) or its request (HTTP). */
function sleutel(context: ExecutionContext): object {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>()
    : context.switchToHttp().getRequest<object>();
}

export function onthoud(context: ExecutionContext, uitkomst: Gecontroleerd): void {
  gecontroleerd.set(sleutel(context), uitkomst);
}

export function gecontroleerdVoor(context: ExecutionContext): Gecontroleerd | undefined {
  return gecontroleerd.get(sleutel(context));
}

/**
 * The overeenkomst the declared requirement found (for a resolver that reads the item after the
 * check), so the resolver does not look it up a second time.
 */
export const GecontroleerdeOvereenkomst = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string => {
    const overeenkomstId = gecontroleerdVoor(context)?.overeenkomstId;
    // Only reachable when a resolver asks for it without declaring a requirement that finds it.
    if (!overeenkomstId) throw new AppError(ErrorCode.INTERNAL, 'Geen overeenkomst gecontroleerd');
    return overeenkomstId;
  },
);
