import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { gecontroleerdVoor } from './vereist';

/**
 * The other half of `naastDeLezing`: a resolver whose check still runs is answered only once the
 * check has passed; when it fails, its error is the answer, whatever the resolver read.
 */
@Injectable()
export class VereistInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const lopend = gecontroleerdVoor(context)?.lopend;
    if (!lopend) return next.handle();
    return from(naDeControle(lopend, lastValueFrom(next.handle())));
  }
}

async function naDeControle<T>(controle: Promise<void>, antwoord: Promise<T>): Promise<T> {
  const [gecontroleerd, gelezen] = await Promise.allSettled([controle, antwoord]);
  if (gecontroleerd.status === 'rejected') throw gecontroleerd.reason;
  if (gelezen.status === 'rejected') throw gelezen.reason;
  return gelezen.value;
}
