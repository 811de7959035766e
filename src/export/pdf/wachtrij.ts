/**
 * At most `grootte` tasks at once, the rest in order of arrival. Each running task holds a slot
 * number (0 … grootte-1), so what belongs to one runner at a time (a LibreOffice profile) can be
 * kept per slot.
 */
export class Wachtrij {
  private readonly vrij: number[];
  private readonly wachtend: ((slot: number) => void)[] = [];

  constructor(grootte: number) {
    this.vrij = Array.from({ length: grootte }, (_, i) => i);
  }

  async voerUit<T>(taak: (slot: number) => Promise<T>): Promise<T> {
    const slot = this.vrij.pop() ?? (await new Promise<number>((neem) => this.wachtend.push(neem)));
    try {
      return await taak(slot);
    } finally {
      const volgende = this.wachtend.shift();
      if (volgende) volgende(slot);
      else this.vrij.push(slot);
    }
  }
}
