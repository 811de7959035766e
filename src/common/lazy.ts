/**
 * For a property whose class is declared later in the same file: TypeScript writes the type of
 * a decorated property into its metadata, and a class used before its declaration would throw.
 * A generic alias is written as Object instead; GraphQL takes the type from the @Field thunk.
 */
export type Lazy<T> = T;
