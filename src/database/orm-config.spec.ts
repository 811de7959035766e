import { tijdstipTypen } from './orm-config';

describe('tijdstipTypen', () => {
  const typen = tijdstipTypen();
  const parse = (oid: number, tekst: string): unknown =>
    (typen.getTypeParser(oid, 'text') as unknown as (tekst: string) => unknown)(tekst);

  it('reads timestamptz as a Date, at the moment the text names', () => {
    const waarde = parse(1184, '2026-11-26 03:45:27.972+00');
    expect(waarde).toBeInstanceOf(Date);
    expect((waarde as Date).toISOString()).toBe('2026-11-26T03:45:27.972Z');
    expect(parse(1184, '2026-11-26 04:45:27+01')).toEqual(new Date('2026-11-26T03:45:27Z'));
  });

  it('reads timestamptz[] as Dates', () => {
    expect(parse(1185, '{"2026-01-01 00:00:00+00","2026-01-02 00:00:00+00"}')).toEqual([
      new Date('2026-01-01T00:00:00Z'),
      new Date('2026-01-02T00:00:00Z'),
    ]);
  });

  it('keeps the types without a zone as text, as MikroORM expects', () => {
    expect(parse(1082, '2026-11-26')).toBe('2026-11-26');
    expect(parse(1114, '2026-11-26 03:45:27')).toBe('2026-11-26 03:45:27');
    expect(parse(1186, '01:00:00')).toBe('01:00:00');
    expect(parse(1182, '{2026-11-26,2026-11-27}')).toEqual(['2026-11-26', '2026-11-27']);
  });
});
