/** Where an uploaded document is downloaded (an /export/ address, so a ticket works). */
export const documentPad = (overeenkomstId: string, documentId: string) =>
  `/export/overeenkomsten/${overeenkomstId}/documenten/${documentId}`;
