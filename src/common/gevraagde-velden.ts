import {
  Kind,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * The names of every field a request selects at or below the resolved field, through fragments
 * too: a resolver that can skip expensive parts of its answer asks whether they were asked for.
 * `onder`: only the fields below it, not its own name.
 */
export function gevraagdeVelden(
  info: GraphQLResolveInfo,
  { onder = false }: { onder?: boolean } = {},
): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        names.add(selection.name.value);
        visit(selection.selectionSet, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment: FragmentDefinitionNode | undefined = info.fragments[selection.name.value];
        visit(fragment?.selectionSet, seen);
      }
    }
  };
  for (const node of info.fieldNodes) {
    if (!onder) names.add(node.name.value);
    visit(node.selectionSet, new Set());
  }
  return names;
}
