export const DATABASE_INFO = Symbol('DATABASE_INFO');

export interface DatabaseInfo {
  embedded: boolean;
  schema: string;
}
