import Blockquote from '@tiptap/extension-blockquote';
import BulletList from '@tiptap/extension-bullet-list';
import Document from '@tiptap/extension-document';
import ListItem from '@tiptap/extension-list-item';
import OrderedList from '@tiptap/extension-ordered-list';
import Table from '@tiptap/extension-table';
import TableCell from '@tiptap/extension-table-cell';
import TableHeader from '@tiptap/extension-table-header';
import TableRow from '@tiptap/extension-table-row';
import StarterKit from '@tiptap/starter-kit';
import { SUGGESTIE_EXTENSIES, SUGGESTIE_MARKS } from './suggesties';

/*
 * The one definition of what an afspraak's text may hold, shared by the web client's editor
 * (which adds collaboration and cursors on top) and the server, which builds its ProseMirror
 * schema from the same list to read and write the co-editor's documents. A node or mark added
 * here is known to both at once. Pure and DOM-free: the server imports it too.
 */

/**
 * The block containers, whose children (paragraphs, lists, items, rows, cells) may carry a
 * suggestion mark: a list or table proposed in the negotiation is marked as a whole. A node's
 * own `marks` field is what allows that; Tiptap lets it win over any extendNodeSchema.
 */
const BLOKHOUDERS = [
  Document,
  Blockquote,
  BulletList,
  OrderedList,
  ListItem,
  Table,
  TableRow,
  TableHeader,
  TableCell,
].map((knoop) => knoop.extend({ marks: SUGGESTIE_MARKS.join(' ') }));

/** The extensions that define the document's nodes and marks (undo is Yjs's, not Tiptap's). */
export const DOCUMENT_EXTENSIES = [
  StarterKit.configure({
    history: false,
    document: false,
    blockquote: false,
    bulletList: false,
    orderedList: false,
    listItem: false,
  }),
  ...BLOKHOUDERS,
  ...SUGGESTIE_EXTENSIES,
];
