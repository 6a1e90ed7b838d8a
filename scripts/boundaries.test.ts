import { describe, expect, it } from 'vitest';
import { checkFile, checkRepository, specifiersOf } from './boundaries';

const rulesBroken = (file: string, source: string) => checkFile(file, source).map((v) => v.rule);

describe('import boundaries', () => {
  it('lets a module reach another only through its index', () => {
    const from = 'src/server/modules/open311/service.ts';
    expect(rulesBroken(from, "import { createTicket } from '../tickets';")).toEqual([]);
    expect(rulesBroken(from, "import { createTicket } from '../tickets/index';")).toEqual([]);
    expect(rulesBroken(from, "import { x } from './repo';")).toEqual([]);
    expect(rulesBroken(from, "import { createTicket } from '../tickets/intake';")).toEqual([
      'another module is reached only through its index.ts',
    ]);
    expect(rulesBroken('src/server/app.ts', "export { a } from './modules/places/repo';")).toHaveLength(1);
    expect(
      rulesBroken('src/server/main.ts', "const m = await import('./modules/tickets/sweep');"),
    ).toHaveLength(1);
  });

  it('keeps platform, database, shared and web code apart', () => {
    expect(rulesBroken('src/server/platform/http.ts', "import { x } from '../modules/tickets';")).toEqual([
      'platform code knows no module',
    ]);
    expect(rulesBroken('src/server/db/client.ts', "import { x } from '../modules/places';")).toHaveLength(1);
    expect(
      rulesBroken('src/server/db/seed/demo.ts', "import { x } from '../../modules/places';"),
    ).toHaveLength(1);
    expect(rulesBroken('src/server/seed/seed.ts', "import { x } from '../modules/places';")).toEqual([]);
    expect(
      rulesBroken('src/server/seed/seed.ts', "import { x } from '../modules/places/repo';"),
    ).toHaveLength(1);
    expect(rulesBroken('src/shared/tickets.ts', "import { x } from '../server/config';")).toHaveLength(1);
    expect(rulesBroken('src/web/api/client.ts', "import type { X } from '../../server/app';")).toHaveLength(
      1,
    );
  });

  it('lets web faces use the web modules, never the other way round', () => {
    const face = 'src/web/console/tickets/detail-page.tsx';
    expect(rulesBroken(face, "import { useTicket } from '../../modules/tickets/api';")).toEqual([]);
    expect(
      rulesBroken('src/web/mobile/tickets/ticket-page.tsx', "import { x } from '../../ui/states';"),
    ).toEqual([]);
    expect(rulesBroken('src/web/modules/tickets/api.ts', "import { x } from '../places/api';")).toEqual([]);
    expect(
      rulesBroken('src/web/modules/tickets/api.ts', "import { x } from '../../console/tickets/tags';"),
    ).toEqual(['a web module never imports a face']);
    expect(rulesBroken('src/web/modules/places/api.ts', "import { x } from '../../public/home';")).toEqual([
      'a web module never imports a face',
    ]);
    expect(rulesBroken(face, "import { x } from '../../mobile/tickets/status';")).toEqual([
      'a web face never imports another face',
    ]);
    expect(rulesBroken('src/web/ui/states.tsx', "import { x } from '../modules/tickets/api';")).toEqual([
      'the web ui kit and the API client import no module and no face',
    ]);
    expect(rulesBroken('src/web/api/client.ts', "import { x } from '../console/app';")).toHaveLength(1);
  });

  it('reads static, type-only, re-exported and dynamic imports, across lines', () => {
    const source = `import {\n  a,\n  b,\n} from './a';\nimport type { T } from "../t";\nexport * from './c';\nawait import('./d');\nimport x from 'zod';`;
    expect(specifiersOf(source)).toEqual(['./a', '../t', './c', './d']);
  });

  it('finds no forbidden import in this repository', () => {
    expect(checkRepository(process.cwd())).toEqual([]);
  });
});
