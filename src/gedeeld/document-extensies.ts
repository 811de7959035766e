import Table from '@tiptap/extension-table';
import TableCell from '@tiptap/extension-table-cell';
import TableHeader from '@tiptap/extension-table-header';
import TableRow from '@tiptap/extension-table-row';
import StarterKit from '@tiptap/starter-kit';
import { SUGGESTIE_EXTENSIES } from './suggesties';

/*
 * The one definition of what an afspraak's text may hold, shared by the web client's editor
 * (which adds collaboration and cursors on top) and the server, which builds its ProseMirror
 * schema from the same list to read and write the co-editor's documents. A node or mark added
 * here is known to both at once. Pure and DOM-free: the server imports it too.
 */

/** The extensions that define the document's nodes and marks (undo is Yjs's, not Tiptap's). */
export const DOCUMENT_EXTENSIES = [
  StarterKit.configure({ history: false }),
  Table,
  TableRow,
  TableHeader,
  TableCell,
  ...SUGGESTIE_EXTENSIES,
];
