import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** Room kept between a name label and the text's edge, in pixels. */
const RAND = 4;

/**
 * Keeps another person's name label inside the text's box: the label hangs to the right of
 * their caret, so near the right edge it was cut off by the card (the text clips what sticks
 * out sideways, so a label never widens a phone's page). Such a label hangs to the left of the
 * caret instead, and a name longer than the text is wide ends in an ellipsis.
 */
function pasLabelsIn(view: EditorView): void {
  const vak = view.dom.getBoundingClientRect();
  if (vak.width === 0) return;
  for (const label of view.dom.querySelectorAll<HTMLElement>('.collaboration-cursor__label')) {
    label.style.maxWidth = `${Math.max(vak.width - 2 * RAND, 40)}px`;
    label.classList.remove('collaboration-cursor__label--links');
    const rechts = label.getBoundingClientRect().right;
    if (rechts > vak.right - RAND) label.classList.add('collaboration-cursor__label--links');
  }
}

export function cursorLabelsBinnen() {
  return Extension.create({
    name: 'cursorLabelsBinnen',
    addProseMirrorPlugins() {
      return [
        new Plugin({
          view: (view) => {
            let frame = 0;
            const later = () => {
              cancelAnimationFrame(frame);
              frame = requestAnimationFrame(() => pasLabelsIn(view));
            };
            const waarnemer = new ResizeObserver(later);
            waarnemer.observe(view.dom);
            later();
            return {
              // Remote cursors arrive as decoration updates: every update may move a label.
              update: later,
              destroy: () => {
                cancelAnimationFrame(frame);
                waarnemer.disconnect();
              },
            };
          },
        }),
      ];
    },
  });
}
