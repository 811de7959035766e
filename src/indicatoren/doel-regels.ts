import { AppError, ErrorCode, invalid } from '../common/app-error';
import { dag } from '../jaarcyclus/nederlandse-tijd';
import { StreefwaardeSoort } from './indicator.entity';
import { type EffectOordeel, MAX_HORIZON_JAREN } from './richting';

/**
 * Where a target for `jaar` goes: its jaarschijf inside the periode, or the horizon after it (the
 * year the agreement works towards, "in 2030 heeft elke kern een ontmoetingsplek" in a 2026–2029
 * agreement). Before the periode, or further than MAX_HORIZON_JAREN after it, is refused.
 */
export function streefjaar(
  jaar: number,
  periode: { startjaar: number; eindjaar: number },
): 'jaarschijf' | 'horizon' {
  if (jaar >= periode.startjaar && jaar <= periode.eindjaar) return 'jaarschijf';
  if (jaar > periode.eindjaar && jaar <= periode.eindjaar + MAX_HORIZON_JAREN) return 'horizon';
  throw new AppError(
    ErrorCode.JAAR_BUITEN_PERIODE,
    jaar < periode.startjaar
      ? `${jaar} valt voor de periode ${periode.startjaar}–${periode.eindjaar} van de overeenkomst`
      : `${jaar} ligt meer dan ${MAX_HORIZON_JAREN} jaar na de periode ${periode.startjaar}–${periode.eindjaar}; een horizondoel ligt uiterlijk in ${periode.eindjaar + MAX_HORIZON_JAREN}`,
    'input.jaar',
  );
}

/**
 * A realisatie is a number, or (only against a described effect) a judgement with its text:
 * "bereikt / deels / niet" and what was reached. Checked before anything is written.
 */
export function checkRealisatie(
  r: { waarde: number | null; oordeel: EffectOordeel | null; toelichting: string },
  doelSoort: StreefwaardeSoort | null,
  jaar: number,
): void {
  if (r.oordeel != null && doelSoort !== StreefwaardeSoort.EFFECT) {
    throw invalid(
      'input.oordeel',
      `Een oordeel (bereikt, deels, niet) hoort bij een beoogd effect; de streefwaarde voor ${jaar} is ${doelSoort == null ? 'niet gezet' : 'een getal'}: vul de gerealiseerde waarde in`,
    );
  }
  if (r.oordeel != null && !r.toelichting.trim()) {
    throw invalid('input.toelichting', 'Licht het oordeel toe: wat is er van het effect bereikt?');
  }
  if (r.waarde == null && r.oordeel == null) {
    throw invalid(
      'input.waarde',
      doelSoort === StreefwaardeSoort.EFFECT
        ? 'Geef een oordeel over het effect (bereikt, deels of niet) of een gerealiseerde waarde'
        : 'Een realisatie heeft een waarde',
    );
  }
}

/** A horizon target's year: after the periode (see streefjaar); it has no jaarschijf. */
export function horizonjaar(jaar: number, periode: { startjaar: number; eindjaar: number }): null {
  if (streefjaar(jaar, periode) === 'jaarschijf') {
    throw new AppError(
      ErrorCode.JAAR_BUITEN_PERIODE,
      `Een horizondoel ligt na de periode ${periode.startjaar}–${periode.eindjaar}; ${jaar} heeft een jaarschijf: laat horizon weg`,
      'input.horizon',
    );
  }
  return null;
}

/** Entered before its year ended (Dutch time, by the app's clock): an interim figure. */
export function isTussenstand(jaar: number, nu: Date): boolean {
  return nu < dag(jaar + 1, '01-01');
}
