import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The current time, in one place, so the yearly cycle's rules (nothing accounted for before the
 * year has ended) can be tested on any day.
 */
@Injectable()
export class Klok {
  private vast: Date | null = null;

  nu(): Date {
    return this.vast ? new Date(this.vast) : new Date();
  }

  /** Tests: freeze the clock at a moment (null: real time again). */
  zet(moment: Date | null): void {
    this.vast = moment;
  }
}

@Global()
@Module({ providers: [Klok], exports: [Klok] })
export class KlokModule {}
