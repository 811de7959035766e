import { Field, GraphQLISODateTime, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { IsBase64Bestand } from '../common/bestand';
import { Id, Tekst } from '../common/validation';

@InputType({
  description: 'Een document (PDF, DOCX of ODT) bij een overeenkomst, om naar te verwijzen',
})
export class UploadDocumentInput {
  @Field(() => ID) @Id() overeenkomstId!: string;
  @Field({ description: 'De bestandsnaam, bijv. "woonzorgvisie-2026.pdf"' })
  @Tekst(255)
  bestandsnaam!: string;
  @Field({ description: 'Het bestand, base64-gecodeerd (hoogstens 5 MB)' })
  @IsBase64Bestand()
  inhoud!: string;
}

@ObjectType('Document', {
  description: 'Een geüpload document waarnaar een verwijzing wijst',
})
export class DocumentModel {
  @Field(() => ID) id!: string;
  @Field() bestandsnaam!: string;
  @Field(() => Int, { description: 'In bytes' }) grootte!: number;
  @Field({ description: 'SHA-256 van het bestand, hexadecimaal' }) sha256!: string;
  @Field({
    description:
      'Waar het document te downloaden is (GET, met Authorization of een exportTicket voor dit adres)',
  })
  downloadUrl!: string;
}

@ObjectType('OvereenkomstDocument', {
  description: 'Een document dat bij de overeenkomst is geüpload',
})
export class OvereenkomstDocumentModel extends DocumentModel {
  @Field({ description: 'application/pdf, DOCX of ODT' }) mimeType!: string;
  @Field(() => GraphQLISODateTime) geuploadOp!: Date;
  @Field({ description: 'Wie het uploadde' }) geuploadDoor!: string;
}
