import { Field, GraphQLISODateTime, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { IsBase64Bestand } from '../common/bestand';
import { ArrayMaxSize, IsInt, Matches, Max, Min } from 'class-validator';
import { Genest, Id, Tekst } from '../common/validation';

@InputType()
export class ExterneOndertekenaarInput {
  @Field(() => ID, { description: 'De ondertekenende partij' }) @Id() partijId!: string;
  @Field({ description: 'Wie namens de partij tekende' }) @Tekst(200) naam!: string;
  @Field({ description: 'In welke functie, bijv. "wethouder Wonen"' }) @Tekst(200) functie!: string;
}

@InputType({
  description:
    'Een onderdeel dat buiten Driehoek (op papier) is ondertekend, met de ondertekende PDF',
})
export class ExterneOndertekeningInput {
  @Field(() => ID) @Id() onderdeelId!: string;
  @Field({ description: 'De dag van ondertekening, JJJJ-MM-DD (niet in de toekomst)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'moet een dag als JJJJ-MM-DD zijn' })
  datum!: string;
  @Field(() => [ExterneOndertekenaarInput], {
    description: 'Per ondertekenende partij van het onderdeel: wie tekende',
  })
  @Genest(() => ExterneOndertekenaarInput, { lijst: true, max: 50 })
  ondertekenaars!: ExterneOndertekenaarInput[];
  @Field(() => [Int], {
    description: 'De jaarschijven die het ondertekende document dekt (tot en met dit jaar)',
  })
  @IsInt({ each: true, message: 'moet een lijst van jaartallen zijn' })
  @Min(2000, { each: true, message: 'moet 2000 of later zijn' })
  @Max(2100, { each: true, message: 'moet 2100 of eerder zijn' })
  @ArrayMaxSize(50, { message: 'mag hoogstens 50 elementen bevatten' })
  jaren!: number[];
  @Field({ description: 'De bestandsnaam van de PDF' }) @Tekst(255) bestandsnaam!: string;
  @Field({ description: 'De ondertekende PDF, base64-gecodeerd (hoogstens 5 MB)' })
  @IsBase64Bestand()
  bestand!: string;
}

@ObjectType('ExterneOndertekenaar')
export class ExterneOndertekenaarModel {
  @Field(() => ID) partijId!: string;
  @Field({ description: 'De naam van de partij' }) partij!: string;
  @Field() naam!: string;
  @Field() functie!: string;
}

@ObjectType('ExterneOndertekening', {
  description: 'Het onderdeel is buiten Driehoek ondertekend (op papier), met de ondertekende PDF',
})
export class ExterneOndertekeningModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, {
    description: 'De versie waarin de inhoud bij het vastleggen is bewaard (wat ondertekend is)',
  })
  versieId!: string;
  @Field({ description: 'De dag van ondertekening, JJJJ-MM-DD' }) datum!: string;
  @Field(() => [ExterneOndertekenaarModel]) ondertekenaars!: ExterneOndertekenaarModel[];
  @Field(() => [Int], { description: 'De jaarschijven die het dekt' }) jaren!: number[];
  @Field() bestandsnaam!: string;
  @Field(() => Int, { description: 'In bytes' }) grootte!: number;
  @Field({ description: 'SHA-256 van de PDF, hexadecimaal' }) sha256!: string;
  @Field(() => GraphQLISODateTime) geregistreerdOp!: Date;
  @Field({ description: 'Wie het vastlegde' }) geregistreerdDoor!: string;
  @Field({
    description:
      'Waar de PDF te downloaden is (GET, met Authorization of een exportTicket voor dit adres)',
  })
  downloadUrl!: string;
}
