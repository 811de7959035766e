import { Field, InputType } from '@nestjs/graphql';
import { AppError, ErrorCode } from './app-error';
import { DutchValidationPipe, Genest, Percentage, Tekst } from './validation';

@InputType()
class Betrokkene {
  @Field() @Tekst(10) bijdrage!: string;
  @Field() @Percentage() kostenaandeel!: number;
}

@InputType()
class Invoer {
  @Field() @Tekst(5) titel!: string;
  @Field(() => [Betrokkene]) @Genest(() => Betrokkene, { lijst: true }) betrokkenen!: Betrokkene[];
}

async function fout(value: unknown, data?: string): Promise<AppError> {
  try {
    await new DutchValidationPipe().transform(value, { type: 'body', metatype: Invoer, data });
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('geen fout');
}

describe('DutchValidationPipe', () => {
  it('names each field by its path from the argument, in Dutch', async () => {
    const error = await fout(
      { titel: '', betrokkenen: [{ bijdrage: 'Bouwt', kostenaandeel: 150 }] },
      'input',
    );
    expect(error.code).toBe(ErrorCode.VALIDATIE_FOUT);
    expect(error.extensions.velden).toEqual(
      expect.arrayContaining([
        { veld: 'input.titel', melding: 'is verplicht' },
        { veld: 'input.betrokkenen.0.kostenaandeel', melding: 'mag hoogstens 100 zijn' },
      ]),
    );
    expect(error.message).toMatch(/^Ongeldige invoer: /);
  });

  it('refuses fields the input does not have, and NUL characters', async () => {
    const onbekend = await fout({ titel: 'Ok', betrokkenen: [], kleur: 'rood' }, 'input');
    expect(onbekend.extensions.velden).toEqual([
      { veld: 'input.kleur', melding: 'is geen bekend veld' },
    ]);
    const nul = await fout({ titel: 'a\u0000b', betrokkenen: [] }, 'input');
    expect(nul.extensions.velden).toEqual([
      { veld: 'input.titel', melding: 'bevat een ongeldig teken' },
    ]);
  });

  it('lets valid input through as an instance of the input class', async () => {
    const value = await new DutchValidationPipe().transform(
      { titel: 'Ok', betrokkenen: [{ bijdrage: 'Grond', kostenaandeel: 40 }] },
      { type: 'body', metatype: Invoer, data: 'input' },
    );
    expect(value).toBeInstanceOf(Invoer);
    expect((value as Invoer).betrokkenen[0]).toBeInstanceOf(Betrokkene);
  });
});
