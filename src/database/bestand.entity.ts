import { Property } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';

/** The columns of a file uploaded through the API, as `leesBestand` checked it. */
export interface BestandVelden {
  bestandsnaam: string;
  bestand: Buffer;
  grootte: number;
  sha256: string;
}

/**
 * A row that carries an uploaded file: the bytes are loaded only when downloaded, the sha256
 * lets anyone check a copy against what was uploaded.
 */
export abstract class BestandEntity extends BaseEntity implements BestandVelden {
  @Property({ type: 'string', length: 255 })
  bestandsnaam: string;

  @Property({ type: 'blob', lazy: true })
  bestand: Buffer;

  @Property({ type: 'integer' })
  grootte: number;

  @Property({ type: 'string', length: 64 })
  sha256: string;

  protected constructor(velden: BestandVelden) {
    super();
    this.bestandsnaam = velden.bestandsnaam;
    this.bestand = velden.bestand;
    this.grootte = velden.grootte;
    this.sha256 = velden.sha256;
  }
}
