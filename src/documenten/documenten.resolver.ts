import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { OvereenkomstModel } from '../overeenkomsten/overeenkomst.model';
import { documentUploaden, Vereist } from '../partijen/vereist';
import { DocumentenService } from './documenten.service';
import { OvereenkomstDocumentModel, UploadDocumentInput } from './overeenkomst-document.models';

@Resolver(() => OvereenkomstModel)
export class DocumentenResolver {
  constructor(private readonly service: DocumentenService) {}

  @Mutation(() => OvereenkomstDocumentModel, {
    description:
      'Uploadt een document (PDF, DOCX of ODT, hoogstens 5 MB) bij een overeenkomst, waarnaar een verwijzing kan wijzen (wie afspraken van de overeenkomst bewerkt)',
  })
  @Vereist(documentUploaden('input.overeenkomstId'))
  uploadDocument(@HuidigeGebruiker() actor: Actor, @Args('input') input: UploadDocumentInput) {
    return this.service.upload(actor, input);
  }

  @ResolveField('documenten', () => [OvereenkomstDocumentModel], {
    description: 'De geüploade documenten, waarnaar verwijzingen kunnen wijzen',
  })
  documenten(@Parent() overeenkomst: OvereenkomstModel) {
    return this.service.van(overeenkomst.id);
  }
}
