import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { ID } from '../common/id.scalar';
import { NEED_ALL } from '../overeenkomsten/overeenkomst-need';
import { OvereenkomstModel } from '../overeenkomsten/overeenkomst.model';
import { OvereenkomstReader } from '../overeenkomsten/overeenkomst.reader';
import { BevestigImportInput, OvereenkomstImportModel } from './import.models';
import { ImportService } from './import.service';

/**
 * Who may see and confirm an import depends on the gemeente it was uploaded for (stored with
 * it), so the service checks that: opstellers and ondertekenaars of that gemeente.
 */
@Resolver(() => OvereenkomstImportModel)
export class ImportResolver {
  constructor(
    private readonly service: ImportService,
    private readonly reader: OvereenkomstReader,
  ) {}

  @Query(() => OvereenkomstImportModel, {
    description: 'Een geüpload akkoord en wat eruit gelezen is (POST /import/overeenkomsten)',
  })
  overeenkomstImport(@HuidigeGebruiker() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.haal(actor, id);
  }

  @Mutation(() => OvereenkomstModel, {
    description:
      'Maakt van het nagekeken voorstel van een import de overeenkomst, in één keer; het bestand blijft bewaard bij haar documenten',
  })
  async bevestigImport(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: BevestigImportInput,
  ) {
    return this.reader.overeenkomst(await this.service.bevestig(actor, input), NEED_ALL);
  }
}
