import { Injectable } from '@nestjs/common';

type Luisteraar = () => Promise<void>;

/**
 * Announces that who may do what has changed (a member removed, a role or a deelnemer changed,
 * signatories changed, a session ended, an onderdeel frozen), so long-lived connections such as
 * the co-editor's re-check their rights. The announcer waits for them: when the mutation that
 * removed a member returns, that member's open connections have already lost their rights.
 */
@Injectable()
export class ToegangEvents {
  private readonly luisteraars = new Set<Luisteraar>();

  luister(luisteraar: Luisteraar): () => void {
    this.luisteraars.add(luisteraar);
    return () => this.luisteraars.delete(luisteraar);
  }

  async gewijzigd(): Promise<void> {
    await Promise.all([...this.luisteraars].map((l) => l()));
  }
}
