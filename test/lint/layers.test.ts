/**
 * @jest-environment node
 *
 * The layer rule (eslint.layers.mjs, docs/architecture.md "Layers") fails on a wrong import and
 * lets a right one through. Runs the project's own ESLint config on virtual files: the paths
 * decide which block applies, nothing is written to disk.
 */
import { lintProbes } from './lintProbes';

/** Registers a probe; its layer problems are read inside a test. */
const layerProblemsOf = lintProbes(['@typescript-eslint/no-restricted-imports', 'no-restricted-globals']);

describe('src/domain imports only src/domain', () => {
  const file = 'src/domain/layerProbe.ts';
  const graphAdapter = layerProblemsOf(file, "import { requestRecall } from '../graph/recall';\nexport const probe = requestRecall;\n");
  const portTypeAndReact = layerProblemsOf(
    file,
    "import type { OutlookHost } from '../host/outlookHost';\nimport { useState } from 'react';\nexport type Probe = OutlookHost;\nexport const probe = useState;\n",
  );
  const fetchGlobal = layerProblemsOf(file, 'export const probe = () => fetch("/x");\n');
  const sibling = layerProblemsOf(file, "import { MessageReason } from './reasonCodes';\nexport const probe = MessageReason;\n");

  it('reports an import of the Graph adapter', () => {
    expect(graphAdapter()).toEqual([expect.stringContaining('src/domain is the pure core')]);
  });

  it('reports even a type-only import of a port, and React', () => {
    expect(portTypeAndReact()).toHaveLength(2);
  });

  it('reports fetch reached as a global', () => {
    expect(fetchGlobal()).toEqual([expect.stringContaining('src/domain is the pure core')]);
  });

  it('lets a sibling domain import through', () => {
    expect(sibling()).toEqual([]);
  });
});

describe('a component imports no adapter', () => {
  const officeHost = layerProblemsOf(
    'src/app/components/LayerProbe.tsx',
    "import { officeHost } from '../../host/officeHost';\nexport const probe = officeHost;\n",
  );
  const graphAndTenant = layerProblemsOf(
    'src/app/steps/LayerProbe.tsx',
    "import { requestRecall } from '../../graph/recall';\nimport { simulatedTenantHandlers } from '../../demo/simulatedTenant';\nexport const probe = [requestRecall, simulatedTenantHandlers];\n",
  );
  const portValue = layerProblemsOf(
    'src/app/followUp/LayerProbe.tsx',
    "import { NewMessageFormUnavailable } from '../../host/outlookHost';\nexport const probe = NewMessageFormUnavailable;\n",
  );
  const portTypeAndServices = layerProblemsOf(
    'src/app/safetyWindow/LayerProbe.tsx',
    "import type { OutlookHost } from '../../host/outlookHost';\nimport { useServices } from '../services';\nexport type Probe = OutlookHost;\nexport const probe = useServices;\n",
  );

  it('reports the Office host adapter in a component', () => {
    expect(officeHost()).toEqual([expect.stringContaining('must not import an adapter')]);
  });

  it('reports a Graph request and the simulated tenant in a step', () => {
    expect(graphAndTenant()).toHaveLength(2);
  });

  it('reports a value import from a port', () => {
    expect(portValue()).toEqual([expect.stringContaining('only as a type')]);
  });

  it('lets a type-only port import and the services provider through', () => {
    expect(portTypeAndServices()).toEqual([]);
  });
});

describe('a use case depends on ports, not on adapters or React', () => {
  const file = 'src/usecases/check/layerProbe.ts';
  const concreteClient = layerProblemsOf(file, "import { GraphClient } from '../../graph/graphClient';\nexport const probe = GraphClient;\n");
  const graphModuleAndReact = layerProblemsOf(
    file,
    "import { fetchRecallFacts } from '../../graph/recallFacts';\nimport { useEffect } from 'react';\nexport const probe = [fetchRecallFacts, useEffect];\n",
  );
  const servicesProviderAndFetch = layerProblemsOf(
    file,
    "import type { Services } from '../../app/services';\nexport type Probe = Services;\nexport const probe = () => fetch('/x');\n",
  );
  const portTypes = layerProblemsOf(
    file,
    "import type { GraphPort } from '../../graph/graphPort';\nimport type { OutlookHost } from '../../host/outlookHost';\nimport { assessMessage } from '../../domain/assessment';\nexport type Probe = GraphPort | OutlookHost;\nexport const probe = assessMessage;\n",
  );

  it('reports the concrete Graph client', () => {
    expect(concreteClient()).toEqual([expect.stringContaining('A use case must not import an adapter')]);
  });

  it('reports a Graph module called directly, and React', () => {
    expect(graphModuleAndReact()).toEqual([expect.stringContaining('A use case must not import an adapter'), expect.stringContaining('must not use React')]);
  });

  it('reports the UI layer (even as a type) and fetch reached as a global', () => {
    expect(servicesProviderAndFetch()).toHaveLength(2);
  });

  it('lets the Graph and host ports as types, and the domain, through', () => {
    expect(portTypes()).toEqual([]);
  });
});
