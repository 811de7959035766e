import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * ProseMirror learns of a selection the browser made itself (Shift+arrow, a double click) only
 * when the `selectionchange` event arrives, a task later. A key pressed before that (a quick
 * Shift+→ → → Delete, or typing right after a double click on a busy machine) acted on the old
 * selection: one letter deleted instead of three, or the first typed letter landing where the
 * cursor was before. Read the browser's selection before the key is handled, so the key acts on
 * what the person sees selected. Always false: the key itself is handled as usual.
 */
export function leesSelectieVoorToets(view: EditorView, event: KeyboardEvent): boolean {
  if (event.isComposing || event.keyCode === 229 || !view.hasFocus()) return false;
  const huidig = view.state.selection;
  if (!(huidig instanceof TextSelection)) return false;
  const dom = (view.root as Document).getSelection?.();
  if (!dom?.anchorNode || !dom.focusNode) return false;
  if (!view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode)) return false;
  let anchor: number;
  let head: number;
  try {
    anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
    head = view.posAtDOM(dom.focusNode, dom.focusOffset);
  } catch {
    return false;
  }
  if (anchor === huidig.anchor && head === huidig.head) return false;
  const doc = view.state.doc;
  if (Math.max(anchor, head) > doc.content.size) return false;
  const $anchor = doc.resolve(anchor);
  const $head = doc.resolve(head);
  if (!$anchor.parent.inlineContent || !$head.parent.inlineContent) return false;
  view.dispatch(view.state.tr.setSelection(TextSelection.between($anchor, $head)));
  return false;
}
