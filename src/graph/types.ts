// The attributes Parley keeps on graphology nodes, edges and the graph itself (DESIGN §3).
// sigma reserves `type` for its rendering program, so the entity or relation kind is `kind`.
import type { MultiGraph } from 'graphology';
import type { Entity, Relation, Source } from '../data/schema';

export type NodeAttributes = Omit<Entity, 'id'> & {
  x: number;
  y: number;
  size: number;
  color: string;
};

export type EdgeAttributes = Omit<Relation, 'id' | 'source' | 'target' | 'directed'>;

export type GraphAttributes = {
  title: string;
  schemaVersion: number;
  sources: Source[];
};

export type ParleyGraph = MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
