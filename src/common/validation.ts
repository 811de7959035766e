import {
  type ArgumentMetadata,
  applyDecorators,
  ValidationPipe,
  type ValidationError,
} from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  isEmail,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { AppError, ErrorCode } from './app-error';

/*
 * Validation decorators with Dutch messages. The messages say what is wrong; the pipe below puts
 * the field path in front, so "input.titel: is verplicht" names the field wherever it is nested.
 */

const zeg = (message: string) => ({ message });

/** A NUL character cannot be stored in PostgreSQL text; refuse it as input instead. */
// eslint-disable-next-line no-control-regex -- the control character is exactly what is refused
const ZonderNul = () => Matches(/^[^\u0000]*$/, zeg('bevat een ongeldig teken'));

export const Tekst = (max = 300) =>
  applyDecorators(
    IsString(zeg('moet tekst zijn')),
    ZonderNul(),
    IsNotEmpty(zeg('is verplicht')),
    MaxLength(max, zeg(`mag hoogstens ${max} tekens lang zijn`)),
  );

/** Like Tekst, but may be left empty (what is still open is a waarschuwing, not an error). */
export const OpenTekst = (max = 300) =>
  applyDecorators(
    IsString(zeg('moet tekst zijn')),
    ZonderNul(),
    MaxLength(max, zeg(`mag hoogstens ${max} tekens lang zijn`)),
  );

export const LangeTekst = (max = 20000) =>
  applyDecorators(
    IsString(zeg('moet tekst zijn')),
    MaxLength(max, zeg(`mag hoogstens ${max} tekens lang zijn`)),
  );

export const Optioneel = () => IsOptional();

/** Half of a surrogate pair without its other half: no character at all. */
export const LOSSE_SURROGAAT =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** An e-mail address; validator.js's check throws (encodeURI) on a lone surrogate, so that goes first. */
export const Email = () =>
  ValidateBy(
    {
      name: 'isEmail',
      validator: {
        validate: (waarde: unknown) =>
          typeof waarde === 'string' && !LOSSE_SURROGAAT.test(waarde) && isEmail(waarde),
      },
    },
    zeg('moet een e-mailadres zijn'),
  );

export const Id = () => IsUUID('all', zeg('moet een geldig id zijn'));

export const Ids = (max = 200) =>
  applyDecorators(
    IsUUID('all', { each: true, message: 'moet een lijst van geldige ids zijn' }),
    ArrayMaxSize(max, zeg(`mag hoogstens ${max} elementen bevatten`)),
  );

export const Jaar = () =>
  applyDecorators(
    IsInt(zeg('moet een jaartal zijn')),
    Min(2000, zeg('moet 2000 of later zijn')),
    Max(2100, zeg('moet 2100 of eerder zijn')),
  );

export const GeheelGetal = (min: number, max: number) =>
  applyDecorators(
    IsInt(zeg('moet een geheel getal zijn')),
    Min(min, zeg(`moet minstens ${min} zijn`)),
    Max(max, zeg(`mag hoogstens ${max} zijn`)),
  );

export const Getal = () =>
  IsNumber({ allowNaN: false, allowInfinity: false }, zeg('moet een getal zijn'));

export const Percentage = () =>
  applyDecorators(
    Getal(),
    Min(0, zeg('moet minstens 0 zijn')),
    Max(100, zeg('mag hoogstens 100 zijn')),
  );

/** The most cents an amount may hold: € 100 miljard, far beyond any agreement yet exact in a double. */
export const MAX_CENTEN = 10_000_000_000_000;

/**
 * An amount of money in whole euro cents (GraphQL Float: an Int stops at € 21 miljoen).
 * 15000000 is € 150.000.
 */
export const Centen = () =>
  applyDecorators(
    IsInt(zeg('moet een bedrag in hele centen zijn (15000000 is € 150.000)')),
    Min(0, zeg('mag niet negatief zijn')),
    Max(MAX_CENTEN, zeg('mag hoogstens € 100.000.000.000 zijn')),
  );

/** A KvK number: the 8 digits of the Handelsregister (spaces are not part of it). */
export const KvkNummer = () =>
  Matches(/^\d{8}$/, zeg('moet een KvK-nummer van 8 cijfers zijn, bijv. 12345678'));

export const JaNee = () => IsBoolean(zeg('moet ja of nee zijn'));

export const Keuze = (values: object) => IsEnum(values, zeg('is geen geldige keuze'));

export const Keuzes = (values: object) =>
  applyDecorators(
    IsEnum(values, { each: true, message: 'bevat een ongeldige keuze' }),
    ArrayMaxSize(50, zeg('mag hoogstens 50 elementen bevatten')),
  );

export const Webadres = () =>
  IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    zeg('moet een webadres zijn (https://…)'),
  );

export const Genest = (
  type: () => new () => object,
  options: { lijst?: boolean; max?: number } = {},
) =>
  applyDecorators(
    ValidateNested({ each: options.lijst ?? false, message: 'is ongeldig' }),
    Type(type),
    ...(options.lijst
      ? [
          ArrayMaxSize(
            options.max ?? 200,
            zeg(`mag hoogstens ${options.max ?? 200} elementen bevatten`),
          ),
        ]
      : []),
  );

export interface VeldFout {
  veld: string;
  melding: string;
}

export function flattenValidationErrors(errors: ValidationError[], parent?: string): VeldFout[] {
  return errors.flatMap((error) => {
    const veld = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, melding]) => ({
      veld,
      melding: constraint === 'whitelistValidation' ? 'is geen bekend veld' : melding,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], veld)];
  });
}

export function validationError(fouten: VeldFout[]): AppError {
  const message =
    'Ongeldige invoer: ' + fouten.map((fout) => `${fout.veld} ${fout.melding}`).join('; ');
  const error = new AppError(ErrorCode.VALIDATIE_FOUT, message, fouten[0]?.veld);
  error.extensions.velden = fouten;
  return error;
}

/** Carries class-validator's errors to the pipe, which knows the argument's name. */
class RawValidationErrors extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('validatie');
  }
}

/**
 * class-validator with whitelisting and Dutch messages. Field paths start at the argument
 * ("input.titel"); for an @ArgsType the arguments are the fields themselves ("take").
 */
export class DutchValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      forbidUnknownValues: true,
      exceptionFactory: (errors) => new RawValidationErrors(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof RawValidationErrors) {
        throw validationError(flattenValidationErrors(error.errors, metadata.data));
      }
      throw error;
    }
  }
}
