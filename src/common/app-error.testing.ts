import { AppError } from './app-error';

/** For unit specs: the AppError that `run` throws; fails when it throws nothing or something else. */
export function gegooideFout(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('geen fout');
}
