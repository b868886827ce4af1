/**
 * graphology ships an ESM build whose default export is the Graph class, but its type
 * declarations are read as CommonJS under `moduleResolution: NodeNext`, so TypeScript types
 * `import Graph from 'graphology'` as the module object. This bridge gives the rest of the code
 * one correctly typed Graph class and type.
 */
import graphologyModule from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';

type GraphClass = typeof graphologyModule.default;
const loaded = graphologyModule as unknown as GraphClass | { default: GraphClass };

export const Graph: GraphClass = typeof loaded === 'function' ? loaded : loaded.default;
export type Graph<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> = AbstractGraph<N, E, G>;
